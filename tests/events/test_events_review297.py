"""Review 297 (session 64, C64): "will not hesitate to take further measures", a vague threat
under a denied litotes verb.

'Morocco said it "will not hesitate" to take further measures': "hesitate" denied affirms the
infinitive under it (rules litotes_verbs), and the modality check already read it so, but the
counterpart search asks whether the act is its sentence's own news (sides._told), and an
infinitive under "hesitate" was no main clause, so "take further measures" (v.take_steps_against,
a measure held in store: 130) found no one to aim at unless a word of its own object
("necessary", "countermeasures") sent it down the reaction path. The infinitive of a denied
litotes verb now tells the act as the verb itself would (decision 2 of tests/gold/README.md
"Conventions decided (session 63)": an announced conflictual act, 13 when held in store).

Near misses: steps to help or protect its own people, a friendly step promised, a hesitation
not denied ("hesitated to take further measures": not done).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a measure held in store under "will not hesitate": a threat at whoever acted on the speaker
CASES: list[Case] = [
    (
        "RABAT",
        "Qatar detained 12 Moroccan sailors on Friday. Foreign Minister Salma Idrissi said Morocco "
        "would not hesitate to take further measures.",
        "QAT>MAR:17 MAR>QAT:13",
    ),
    (
        "LIMA",
        "Chile expelled two Peruvian diplomats on Monday. Peru's foreign minister said Lima "
        "\u201cwill not hesitate\u201d to take further steps if its citizens were harassed.",
        "CHL>PER:16 PER>CHL:13",
    ),
    (
        "HANOI",
        "Cambodia seized three Vietnamese fishing boats on Sunday. Vietnam said it would not "
        "hesitate to take all necessary measures.",
        "KHM>VNM:17 VNM>KHM:13",
    ),
]
# ... not steps to shield its own people, a friendly step, nor a hesitation told as such
NONE: list[NearMiss] = [
    (
        "DAKAR",
        "Senegal's president said the government would not hesitate to take further steps to "
        "protect its farmers.",
    ),
    (
        "ACCRA",
        "Ghana's president said Accra would not hesitate to take further steps to deepen "
        "cooperation with its neighbours.",
    ),
    (
        "NAIROBI",
        "Kenyan officials hesitated to take further measures after the floods.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review297_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review297_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
