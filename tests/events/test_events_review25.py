"""Review 25 (session 16, lead): what a light verb's object may be reached through.

IN-PHRASES: a light-verb pattern ("have talks", "provide aid") reads its object noun through an
in-phrase only from a sum ("$300 million in grants", "60 million euros in aid"): an in-phrase
on any other noun is no object ("had full confidence in dialogue between A and B", "had a
role in the talks") and codes no talks by the one who has it (_amount in _object_candidates).
STANDING: a deed told in a relative clause in the perfect or with "since" is passed over by
"the decision" only when the clause describes an actor ("Russia, which has deployed instructors
to Mali since 2021, ..."); a clause on a measure or a document may tell the news "the
decision" sums up ("The sanctions, which Peru has imposed on Chile since March, ...")
(_standing_aside).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

AMOUNTS: list[Case] = [
    (
        "BRUSSELS",
        "The European Union sent 60 million euros in humanitarian aid to Chad on Monday.",
        "EU>TCD:07",
    ),
    (
        "TOKYO",
        "Japan provided $300 million in grants and loans to Pakistan on Tuesday.",
        "JPN>PAK:07",
    ),
    ("BERLIN", "Germany gave Ukraine 2 billion euros in military aid.", "DEU>UKR:07"),
    ("ANKARA", "Turkey held a round of talks with Greece on Monday.", "TUR>GRC:04"),
]

# An attitude or a part in talks is no talks held: only the talks' own parties meet.
IN_PHRASES: list[Case] = [
    (
        "MADRID",
        "Spain had a role in the talks between Morocco and Algeria.",
        "MAR>DZA:04 DZA>MAR:04",
    ),
]

STANDING: list[Case] = [
    (
        "LIMA",
        "The sanctions, which Peru has imposed on Chile since March, hurt trade. Brazil "
        "criticized the decision.",
        "PER>CHL:16 BRA>PER:11",
    ),
    (
        "BAMAKO",
        "Mali recalled its ambassador from Senegal on Monday. Guinea, which has sent advisers to "
        "Mali since 2022, declined to comment. Senegal regretted the decision.",
        "MLI>SEN:16 GIN>MLI:06 SEN>MLI:11",
    ),
]

NONE: list[NearMiss] = [
    ("PARIS", "France said it had full confidence in dialogue between Senegal and Mauritania."),
    ("BERLIN", "Germany had great faith in negotiations with Poland, the chancellor said."),
    ("ROME", "Italy has no interest in talks with Libya, the foreign minister said."),
]

GAPS: list[Gap] = []

CASES = AMOUNTS + IN_PHRASES + STANDING


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review25_codes_objects_and_standing_deeds(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; near-misses code nothing."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
