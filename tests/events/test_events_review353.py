"""Review 353 (session 65, A65): an IGO's seat city in a story that names the IGO and not the
city's state.

"Tanzania ... would send a delegation to Addis Ababa" after "The African Union suspended
Tanzania" coded a visit to Ethiopia, and "Before flying back to Jakarta, the secretary-general"
(ASEAN's) a visit to Indonesia. Addis Ababa (the AU's seat) and Jakarta (ASEAN's) are now
capitals that host an IGO's seat (igos.yaml ``hosted_in``, resolve.py ``_hosted_seats``, as
Vienna for the IAEA, the OSCE and OPEC): in a story that names that IGO and names the city's
state by no other name, the city is the IGO; the IGO's own officer going home is then no visit.

Near misses: the story names the city's state (Ethiopia's prime minister, Indonesia's
president, a trip "to Indonesia"), or names no IGO seated there: the city is the state's
capital, a visit to the state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DODOMA",
        "The African Union suspended Tanzania on Tuesday. Tanzania's government said the "
        "country would send a delegation to Addis Ababa next week.",
        "AU>TZA:16 TZA>AU:04",
    ),
    (
        "BANJUL",
        "The African Union criticized Gambia's election law on Monday. Gambia's foreign "
        "minister will travel to Addis Ababa on Friday to explain it.",
        "AU>GMB:11 GMB>AU:04",
    ),
    (
        "VIENTIANE",
        "ASEAN urged Laos to release the activists on Monday. Laos said its foreign minister "
        "would fly to Jakarta to brief the bloc.",
        "ASEAN>LAO:02 LAO>ASEAN:04",
    ),
    # the IGO's own officer going home: no visit at all
    (
        "ULAANBAATAR",
        "ASEAN's secretary-general met Mongolia's foreign minister on Monday. Before flying "
        "back to Jakarta, the secretary-general invited the minister to a meeting in Manila.",
        "ASEAN>MNG:04 ASEAN>MNG:03",
    ),
    # ... the city's state named: its capital, as before
    (
        "NAIROBI",
        "The African Union praised Kenya on Tuesday. Kenya's president will fly to Addis "
        "Ababa next week for talks with Ethiopia's prime minister.",
        "AU>KEN:05 KEN>ETH:04",
    ),
    (
        "KUALA LUMPUR",
        "ASEAN welcomed the deal. Indonesia's president said Malaysia's prime minister would "
        "visit Jakarta next week.",
        "MYS>IDN:04",
    ),
    (
        "MANILA",
        "The Philippine president will visit Jakarta on Monday, the first trip to Indonesia by "
        "a Philippine leader in five years.",
        "PHL>IDN:04",
    ),
    # ... no IGO named: the state's capital
    (
        "NAIROBI",
        "Kenya's president flew to Addis Ababa on Monday for talks on the border.",
        "KEN>ETH:04",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review353_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review353_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
