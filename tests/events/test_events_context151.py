"""Context 151 (session 62, C62): an ask or a demand naming no one, after a complaint.

"Kenya's Foreign Ministry accused Ugandan police of beating three Kenyan traders. It demanded
that Kenyan diplomats be given access to all of them": an ask or a demand (rules
asked_after_roots) whose clause names no one, and that no other context rule places, is made
of the one state its source complained of (held_complaint_roots: an accusation, a protest, a
summons) earlier in its sentence or in the sentence just before
(reactions._asked_of_complained). A demand with a direct object already found that state as a
counterpart; a that-clause or a for-phrase ("asked for talks") did not. With no complaint,
access to or the release of its people ("had asked for access to its citizens") is asked of
the one state that held them in the story (a detention or seizure coded before: rules
freed_after_codes), as a release naming no one frees them (_freed_state). G61's holder from the
same sentence (reverted in session 61) put the holder into the slot even where another target
was found; this fills only an ask with no target.

Near misses: two states held the asker's people; none held them; the ask names its own
addressee ("asked the African Union to investigate"), if by no actor ("urged Asian nations to
...", "called on regional bodies to ...": extract._addressed_ask); a saying ("Every state has
a duty to ..."); an ask told in a relative clause; the complaint named two states; no
complaint before; a complaint two sentences back, with another state named between; the ask
only planned. A warning (13) is left to the threat rules (rules.yaml asked_after_roots).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._asked_of_complained: the complaint just before names whom the ask is made of
ASKED_AFTER_COMPLAINT: list[Case] = [
    (
        "NAIROBI",
        "Kenya's Foreign Ministry accused Ugandan police of beating three Kenyan traders. It "
        "demanded that Kenyan diplomats be given access to all of them.",
        "KEN>UGA:11 KEN>UGA:10",
    ),
    (
        "LIMA",
        "Peru's foreign ministry criticized Chile's decision to close two border crossings. It "
        "asked for talks on reopening them.",
        "PER>CHL:11 PER>CHL:02",
    ),
]
# ... and, with no complaint, access to or the release of its held people asked of their holder
ASKED_OF_HOLDER: list[Case] = [
    (
        "BANGKOK",
        "Malaysian police seized a Thai trawler and arrested its crew on Monday. Thailand's "
        "embassy in Kuala Lumpur said it had asked for access to its citizens.",
        "MYS>THA:17 THA>MYS:02",
    ),
    (
        "BUCHAREST",
        "Mexican police arrested 14 Romanians in Cancun on Monday, the attorney general's "
        "office said. Romania's Foreign Ministry said it had asked for access to its citizens.",
        "MEX>ROU:17 ROU>MEX:02",
    ),
]
# ... not when two states held its people, or none held the asker's people
NOT_HELD: list[Case] = [
    (
        "CONSTANTA",
        "Mexican police arrested 14 Romanians and 3 Bulgarians in Cancun on Monday, the attorney "
        "general's office said. Guatemala's police arrested two more Romanians on Tuesday. "
        "Romania's Foreign Ministry said it had asked for access to its citizens.",
        "MEX>ROU:17 MEX>BGR:17 GTM>ROU:17",
    ),
    (
        "SOFIA",
        "Mexican police arrested 14 Romanians in Cancun on Monday. Bulgaria's Foreign Ministry "
        "said it had asked for access to its citizens.",
        "MEX>ROU:17",
    ),
]
# ... not of another state: the ask names its own, or the complaint is not just before
NOT_COMPLAINED: list[Case] = [
    (
        "MOMBASA",
        "Kenya's Foreign Ministry accused Ugandan police of beating three Kenyan traders. It "
        "asked the African Union to investigate.",
        "KEN>UGA:11 KEN>AU:02",
    ),
    (
        "KISUMU",
        "Kenya's Foreign Ministry accused Ugandan and Tanzanian police of beating three Kenyan "
        "traders. It demanded that an independent inquiry be opened.",
        "KEN>UGA:11 KEN>TZA:11",
    ),
    (
        "ELDORET",
        "Kenya's Foreign Ministry accused Ugandan police of beating three Kenyan traders. "
        "Tanzania's government said its own traders had been stopped at the border. Kenya "
        "demanded that its diplomats see the men.",
        "KEN>UGA:11",
    ),
    (
        "BEIJING",
        "A Chinese spokesperson accused Tokyo of reckless behavior and urged Asian nations to "
        "stay alert to outside meddling.",
        "CHN>JPN:11",
    ),
    (
        "KUMASI",
        "Ghana's foreign ministry condemned Togo's decision as unjust and called on regional "
        "bodies to suspend Togo's observer status.",
        "GHA>TGO:11",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia's foreign ministry accused Sudan of shelling a border village. \"Every state "
        "has a duty to protect civilians,\" a ministry spokesman said.",
        "ETH>SDN:11",
    ),
    (
        "KAMPALA",
        "Uganda expelled a Kenyan diplomat on Tuesday, accusing him of helping organize a rally "
        "at which opposition leaders called for new elections.",
        "UGA>KEN:16 UGA>KEN:11",
    ),
    (
        "AREQUIPA",
        "Peru's foreign ministry criticized Chile's decision to close two border crossings. It "
        "said it would ask for talks on reopening them next month if nothing changed.",
        "PER>CHL:11",
    ),
]

CASES: list[Case] = ASKED_AFTER_COMPLAINT + ASKED_OF_HOLDER + NOT_HELD + NOT_COMPLAINED
NONE: list[NearMiss] = [
    (
        "NAKURU",
        "Kenya's health ministry said three traders had died in a bus crash on Monday. It "
        "demanded that the bus company pay their families.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context151_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context151_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
