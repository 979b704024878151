"""Vocabulary 121 (session 61, helper V61): talks in a capital that one official reports after.

"NATO and Ghana signed ..., NATO's deputy secretary-general said after talks in Accra": the
one named official who says something after bare "talks in CAPITAL" held them with the
capital's state (040, n.talks_said_after), when the sentence names that state as a party
besides the place. Near misses: a group of officials, talks told before ("after the talks"),
no saying, a venue city whose state the sentence names nowhere else, the speaker's own
capital. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").

The sentences are ours.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TALKS: list[Case] = [
    (
        "BANJUL",
        "The African Union and Gambia agreed on Friday on a plan to train border police, African"
        " Union commissioner Amina Diallo said after talks in Banjul.",
        "AU>GMB:05|04 GMB>AU:05|04 AU>GMB:04",
    ),
    (
        "SUVA",
        "Japan and Fiji signed a grant for a new wharf on Monday, Japan's deputy foreign minister"
        " said after talks in the Fijian capital.",
        "JPN>FJI:05 FJI>JPN:05 JPN>FJI:04",
    ),
    (
        "TBILISI",
        "Canada and Georgia signed an accord on pilot training on Thursday, Canada's defence"
        " minister said following talks in Tbilisi.",
        "CAN>GEO:05 GEO>CAN:05 CAN>GEO:04",
    ),
    # a venue city: its state is no party, so only the deal between the two is coded
    (
        "GENEVA",
        "Armenia and Azerbaijan agreed on Sunday to reopen a rail line, Armenia's foreign"
        " minister said after talks in Geneva.",
        "ARM>AZE:05|03|08 AZE>ARM:05|03|08",
    ),
    # talks told before ("the talks"): no new meeting of the speaker's
    (
        "COPENHAGEN",
        "Norway and Denmark agreed on Friday to share patrol data, Norway's envoy said after the"
        " talks in Copenhagen.",
        "NOR>DNK:05|06|03 DNK>NOR:05|06|03",
    ),
    # a group of officials reports no one's talks of its own
    (
        "LILONGWE",
        "Malawi and Zambia agreed to reopen a border post, Zambian officials said after talks in"
        " Lilongwe.",
        "MWI>ZMB:05|03|08 ZMB>MWI:05|03|08",
    ),
    # the sayer the parser read as an apposition of "units" (nlp._restore_bare_sayer)
    (
        "DAKAR",
        "NATO and Senegal agreed on Monday on a training package for the West African country's"
        " navy and border units, the alliance's deputy secretary-general said after talks in"
        " Dakar.",
        "NATO>SEN:05 SEN>NATO:05 NATO>SEN:04",
    ),
]
NOT_TALKS: list[NearMiss] = [
    # the speaker's own capital names no partner
    ("ROME", "Italy's foreign minister said after talks in Rome that progress was slow."),
    # talks only ahead
    ("DAKAR", "Senegal's foreign minister said talks in Banjul would begin next week."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(TALKS, NOT_TALKS, GAPS)


def test_events_vocabulary121_bodies_are_unique() -> None:
    bodies = audit_bodies(TALKS, NOT_TALKS, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(TALKS, NOT_TALKS, GAPS))
def test_events_vocabulary121_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
