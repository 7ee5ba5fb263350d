"""Annotators: each judgment is made once, here, and stored on the model with its reasons.

Rules, `classify`, and the reports read `sentence.annotations`; none of
them judge a sentence themselves.
"""
