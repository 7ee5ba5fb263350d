"""An unnamed member of a class whose record differs from the class's effect is the class's
exception, not an error of the text (issue 16, session 24, i344; moved here from MEC004 in
i352).

"GnRH agonists lower LH over months"; "Unlike other GnRH agonists, which are mainly used to
inhibit luteinizing hormone" (a veterinary page on deslorelin, gold round 32): one effect said
by the same words of several drugs the text does not each name. Where the knowledge base gives
that effect to most of them, a member it gives another effect (gonadorelin, native GnRH given
in pulses) is the exception to the class's rule. A member the text names is still held to its
own record; so is each member of a class statement only a minority bears out ("GnRH agonists
raise LH": gonadorelin alone), or none ("Aromatase inhibitors raise estradiol")."""

from __future__ import annotations


def mark_class_exceptions(assertions, mentions, kb) -> None:
    """Set `exception` (the reason) on each effect of an unnamed class member the class's
    other members outvote."""
    named = {mention.name for mention in mentions}
    groups: dict[tuple, list] = {}
    for assertion in assertions:
        if assertion.attribute == "effect" and assertion.comparable and assertion.at and \
                assertion.drug in kb.drugs:
            groups.setdefault((id(assertion.sentence), assertion.at, assertion.value),
                              []).append(assertion)
    for (_, _, value), group in groups.items():
        hormone, direction = value.split(":")
        records = {a.drug: kb.drugs[a.drug].effects.get(hormone) for a in group}
        agree = [d for d, record in records.items() if record == direction]
        differ = [d for d, record in records.items() if record not in (None, direction)]
        if len(differ) >= len(agree):
            continue  # an exception is the minority
        reason = f"{len(agree)} of the class's {len(agree) + len(differ)} members bear it out"
        for assertion in group:
            if assertion.drug in differ and assertion.drug not in named:
                assertion.exception = reason
