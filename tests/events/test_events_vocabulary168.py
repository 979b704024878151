"""Vocabulary 168 (session 68, V68): appeals, renewed ties, intrusions and talks told with
words no pattern listed.

"coaxed", "cajoled", "goaded", "enjoined" a state to act are appeals (v.urge, 020), and
"prevailed on/upon Hamas to free" as well (v.prevail_on: the state is the on-phrase's);
"rekindled", "revived", "reinvigorated", "forged closer", "reset", "rebuilt", "revitalized" ties
or an alliance with a state improve relations (v.strengthen_ties, 050); ships that "encroached
on", "trespassed into" or "overflew" (the tagger leaves it as is) another state's waters or
airspace show force (v.enter_waters, 150); "chatted with" a leader is a meeting (v.talk_with,
040; by phone 041).

Near misses: "prevailed in the vote" asks no one; a state's own plants revived, a strategy
forged and farmland encroached on name no partner.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("PARIS", "France coaxed Iran to release the detained aid worker.", "FRA>IRN:02"),
    ("WASHINGTON", "The United States goaded Japan to raise its defense spending.", "USA>JPN:02"),
    ("DOHA", "Qatar prevailed on Hamas to free the hostages.", "QAT>PSE:02"),
    ("ROME", "Italy prevailed upon Libya to curb migrant departures.", "ITA>LBY:02"),
    ("RIYADH", "Saudi Arabia rekindled ties with Iran.", "SAU>IRN:05"),
    ("ANKARA", "Turkey revived relations with Egypt after a decade.", "TUR>EGY:05"),
    ("TOKYO", "Japan reinvigorated its partnership with Australia.", "JPN>AUS:05"),
    ("DELHI", "India forged closer ties with Greece.", "IND>GRC:05"),
    ("LONDON", "Britain reset relations with the European Union.", "GBR>EU:05"),
    ("CANBERRA", "Australia rebuilt its relationship with China.", "AUS>CHN:05"),
    ("SEOUL", "South Korea revitalized its alliance with the United States.", "KOR>USA:05"),
    ("MANILA", "Chinese ships encroached on Philippine waters.", "CHN>PHL:15"),
    ("TOKYO", "Chinese drones overflew Japanese airspace near Okinawa.", "CHN>JPN:15"),
    ("SEOUL", "North Korean jets trespassed into South Korea's airspace.", "PRK>KOR:15"),
    ("WASHINGTON", "Trump chatted with Putin by phone on Tuesday.", "USA>RUS:04"),
    ("PARIS", "Macron chatted with Scholz on the sidelines of the summit.", "FRA>DEU:04"),
]
NONE: list[NearMiss] = [
    ("BERLIN", "Germany prevailed in the vote."),
    ("BERLIN", "Germany revived its old coal plants."),
    ("LONDON", "Britain forged a new trade strategy."),
    ("ROME", "Developers encroached on farmland near Rome."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary168_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary168_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
