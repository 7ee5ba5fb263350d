"""The sentence forms (lint/annotate/sentence_forms.py) are searched only where their words
are, and only with the parts of a form whose words the sentence holds: the forms found are
those every form's whole pattern, searched in turn, finds (the health-page sentences, the
seed article's and made-up sentences where a narrowed part decides)."""

from __future__ import annotations

from conftest import REPO
from lint.annotate.sentence_forms import sentence_forms


def _plain(forms, text: str) -> list[str]:
    """The reader before the gate: every form's whole pattern, every match in turn."""
    found = []
    for name, pattern in forms.forms:
        for match in pattern.finditer(text):
            verb = match.groupdict().get("verb")
            if verb is None or verb.lower() in forms.verbs:
                found.append(name)
                break
    return found


def _texts() -> list[str]:
    rows = (REPO / "bench/data/health_pages/sentences.tsv").read_text(
        encoding="utf-8").splitlines()[1:]
    texts = [row.split("\t")[-1].rstrip() for row in rows]
    for path in sorted((REPO / "content").glob("*.md")):
        texts += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return texts


def test_forms_as_every_pattern_searched():
    forms = sentence_forms()
    texts = _texts() + [
        "One in five adults is affected, and it is very common in women.",
        "About 30% of people have it; it affects about one in ten.",
        "Describe your symptoms to the doctor, the nurse said: “see us”.",
        "To reduce the risk, people must rest; the Council launched a campaign.",
    ]
    found = {}
    for text in texts:
        gated = forms.of(text)
        assert gated == _plain(forms, text), text
        for name in gated:
            found[name] = found.get(name, 0) + 1
    # Every form is found somewhere, so each gate was passed as well as closed.
    assert set(found) == {name for name, _ in forms.forms}
    # Some searches ran with only some parts of a form.
    assert forms._gates._narrowed
