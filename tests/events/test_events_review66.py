"""Review 66 (session 30, helper SILENT): a warning whose reported clause names only the
warner's own state.

Coded: "Iran summoned Britain's ambassador and warned that Tehran would respond to any new
sanctions" codes IRN>GBR 13, as "warned that it would respond" did: the capital the clause
names is the warner itself, no one warned (extract._own_side_told drops such slot targets,
and sides._names_other counts no mention of the source's own state as naming another), so
the warning is aimed at the source's counterpart as the pronoun's is. Census of session 30:
"same-state" warnings in silent sentences (sets 11 and 31).
Near-misses: a harm foretold for the warner's own state or people, with no counterpart
acted on, codes nothing.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

OWN_CAPITAL: list[Case] = [
    (
        "TEHRAN",
        "Iran summoned Britain's ambassador on Monday and warned that Tehran would respond "
        "to any new sanctions.",
        "IRN>GBR:11 IRN>GBR:13",
    ),
    (
        "ANKARA",
        "Turkey's foreign ministry summoned Sweden's ambassador and warned that Ankara would "
        "take all necessary measures.",
        "TUR>SWE:11 TUR>SWE:13",
    ),
    (
        "RABAT",
        "Morocco recalled its ambassador from Algeria and warned that Rabat would respond to "
        "any further provocation.",
        "MAR>DZA:16 MAR>DZA:13",
    ),
    (
        "LIMA",
        "Chile condemned Peru's missile test and warned that Santiago would respond firmly.",
        "CHL>PER:11 CHL>PER:13",
    ),
    (
        "RABAT",
        "Morocco recalled its ambassador from Algeria and cautioned that Rabat would respond "
        "to any further provocation.",
        "MAR>DZA:16 MAR>DZA:13",
    ),
    # the pronoun, as before
    (
        "TEHRAN",
        "Iran summoned Britain's ambassador on Monday and warned that it would respond to "
        "any new sanctions.",
        "IRN>GBR:11 IRN>GBR:13",
    ),
]

OWN_HARM: list[NearMiss] = [
    ("TOKYO", "Japan warned on Monday that Tokyo's economy could shrink next year."),
    (
        "TEHRAN",
        "Iran warned that Tehran would lose billions of dollars if the sanctions stayed in "
        "place.",
    ),
    ("NAIROBI", "Kenya's president warned that Nairobi would face a difficult year."),
    (
        "NAIROBI",
        "Kenya's foreign ministry said the new levy was unfair but warned that Kenyans would "
        "have to pay it.",
    ),
]

NONE: list[NearMiss] = OWN_HARM
GAPS: list[Gap] = [
    (
        "SEOUL",
        "North Korea's army called South Korea's drills a rehearsal for invasion and warned "
        "that Pyongyang would answer any provocation with force.",
        "PRK>KOR:11 PRK>KOR:13",
        "a naming by 'called ... a rehearsal' is no act coded here, so no counterpart is "
        "told for the warning",
    ),
]
CASES = OWN_CAPITAL


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review66_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review66_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
