"""Issue 16, session 21 (branch i274): a class said against the class the knowledge base's
sourced tables give a drug with no established class (MEC004), and routes compared per
product (MEC003). Sentences in our own words."""

from __future__ import annotations

from conftest import mec_on


def _found(project, text: str):
    return sorted((d.code, d.span.start.line) for d in mec_on(project, text).diagnostics
                  if d.code != "MEC005")


def _messages(project, text: str):
    return [d.message for d in mec_on(project, text).diagnostics if d.code != "MEC005"]


# (b) lisinopril has no FDA established class in DrugCentral, only MeSH's
# "Angiotensin-Converting Enzyme Inhibitors": that is its known class.

def test_a_class_disjoint_from_the_known_one_contradicts(project):
    found = _found(project, "# Blood pressure\n\nLisinopril is a beta blocker.\n")
    assert found == [("MEC004", 3)], found


def test_the_message_names_the_known_class_and_its_source(project):
    messages = _messages(project, "# Blood pressure\n\nFor years lisinopril has been "
                                  "prescribed as a beta blocker.\n")
    assert len(messages) == 1, messages
    assert "'beta blocker'" in messages[0] and "ACE inhibitor" in messages[0], messages
    assert "MeSH pharmacological action" in messages[0], messages


def test_the_known_class_itself_passes(project):
    assert _found(project, "# Blood pressure\n\nLisinopril is an ACE inhibitor that "
                           "lowers blood pressure.\n") == []


def test_a_class_sharing_members_with_the_known_one_passes(project):
    """Timolol (no FDA established class either) is known as a beta blocker through MeSH;
    the narrower kind the text names shares its members."""
    assert _found(project, "# Eyes\n\nTimolol is a nonselective beta blocker used as eye "
                           "drops.\n\nTimolol is a beta blocker.\n") == []


def test_a_descriptive_class_is_not_judged(project):
    assert _found(project, "# Blood pressure\n\nLisinopril is an antihypertensive agent.\n") \
        == []
