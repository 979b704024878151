"""Vocabulary 136 (session 65, X65): wire idioms of force, blows and refusals.

- "China staged a show of force around Taiwan", "mounted a show of strength off Japan": the
  display named outright (150, v.show_of_force), aimed as v.drill_near's drills are.
- "Israeli warplanes hammered the Yemeni port of Hodeidah": "hammered" as "pounded" (v.hammer),
  only by armed forces or a state named alone; a leader who "hammered China over trade"
  criticizes, and "hammered out a deal" is no blow (forbid prt; v.negotiate_deal codes it).
- "Ethiopia ruled out Egyptian involvement": a state's part refused (120, v.reject_role).
- "Russia threw out Japan's claim to the islands": a claim or proposal thrown out is rejected
  (120, v.throw_out_claim), no expulsion (v.kick_out read it 166); diplomats thrown out are.

Found by X65's probe battery of invented wire sentences, not by any gold set. Near misses: a
show of unity or support; a loss hammered; hammered in words; a court ruling on a role; a
case thrown out by a judge.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("TAIPEI", "China staged a show of force around Taiwan on Thursday.", "CHN>TWN:15"),
    ("TOKYO", "Russia mounted a show of strength off Japan's northern coast.", "RUS>JPN:15"),
    ("SANAA", "Israeli warplanes hammered the Yemeni port of Hodeidah overnight.", "ISR>YEM:19"),
    ("KYIV", "Russia hammered Ukraine's power grid with missiles.", "RUS>UKR:19"),
    ("BEIRUT", "Israel hammered out a border agreement with Lebanon.", "ISR>LBN:05"),
    ("CAIRO", "Sudan has ruled out Egyptian involvement in the talks.", "SDN>EGY:12"),
    ("ADDIS ABABA", "Ethiopia ruled out any role for Kenya in the negotiations.", "ETH>KEN:12"),
    ("MOSCOW", "Russia threw out Japan's claim to the disputed islands.", "RUS>JPN:12"),
    ("PYONGYANG", "North Korea tossed out a proposal from Seoul for talks.", "PRK>KOR:12"),
    ("OTTAWA", "Canada threw out six Indian diplomats on Monday.", "CAN>IND:16"),
]
NONE: list[NearMiss] = [
    ("BRUSSELS", "EU leaders put on a show of unity in Brussels."),
    ("LONDON", "Inflation hammered Britain's economy last year."),
    ("WASHINGTON", "The U.S. president hammered China over trade on Friday."),
    ("BERLIN", "Germany's chancellor hammered Russia in a speech on Tuesday."),
    ("MOSCOW", "Russia hammered Ukraine over its NATO bid."),
    ("THE HAGUE", "The court ruled on Belgium's role in the case."),
    ("PARIS", "The judge threw out the case against the minister."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary136_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary136_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
