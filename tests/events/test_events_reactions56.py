"""Reactions 56 (session 49, lead): a denial appended to a charge answers who made it.

"X accused Y of ..., a charge Y denies" is how wire copy reports most denials. The parser
reads "a charge officials deny" (a common noun doing the denying, not a name) as the
sentence's verb with "charge" a compound of its subject; nlp._reactions_read_as_roots now
restores it for the doers' common nouns of data/nlp/appended_reactions.yaml as it did for
names ("a charge La Paz denied"). A charge told by no state or IGO (rights groups, the
opposition, critics, local media) is answered by no event: the denial is not aimed at some
earlier actor of the story (extract: reactions._private_claim).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("GENEVA", "U.N. experts accused Eritrea of forced labour, a charge Asmara denies.", "UN>ERI:11 ERI>UN:12"),
    (
        "BAMAKO",
        "Mali said Algeria was arming separatists, a claim officials in Algiers dismissed.",
        "MLI>DZA:11 DZA>MLI:12",
    ),
    (
        "LOME",
        "Togo accused Ghana of harbouring rebels, an accusation the Ghanaian government denied.",
        "TGO>GHA:11 GHA>TGO:12",
    ),
    (
        "NDJAMENA",
        "Chad accused Sudan of arming rebels, a charge the Sudanese government denies.",
        "TCD>SDN:11 SDN>TCD:12",
    ),
    (
        "NEW DELHI",
        "India accused Pakistan of training the gunmen, a charge officials in Islamabad deny.",
        "IND>PAK:11 PAK>IND:12",
    ),
    # acts before: the denial of a private charge is not aimed at their parties
    (
        "KYIV",
        "Ukraine accused Russia of shelling the plant, a charge Moscow denies.\n\n"
        "The opposition accused the government of fraud, a charge officials deny.\n\n"
        "Rights groups accused the Thai army of torturing detainees, an accusation the "
        "government rejected.",
        "UKR>RUS:11 RUS>UKR:12",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a decision told before is not what a denial of critics' charge answers
    (
        "BLANTYRE",
        "The World Food Programme said it would airlift food to some 30,000 displaced people, "
        "while UNICEF warned of a cholera outbreak.\n\nCritics have accused the government of "
        "failing to invest in early-warning systems, a charge officials deny.",
    ),
    ("BANGKOK", "Rights groups accused Thailand of torture, a charge Bangkok denies."),
    ("NAIROBI", "Local media accused the Kenyan police of abuses, a charge police deny."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_reactions56_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_reactions56_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
