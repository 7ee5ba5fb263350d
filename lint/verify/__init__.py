"""Online reference checks (opt-in): Crossref and PubMed, cached and polite.

An unreachable service makes an entry unverifiable, never "not found".
"""
