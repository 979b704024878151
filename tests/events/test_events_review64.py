"""What an act is said to show, and what it endangers (session 30, S29).

"said the incident showed that Belarusian strikes ... threatened NATO territory": the revealed
clause's subject is an act noun with no actor of its own, so its owner (premodifier or
possessor) is the state shown (clauses shown_actor, v.say_shows 111), and a mishap may show it
as an act does ("the crash showed that", objects shown_clause). The strikes "threatened"
territory, airspace or sovereignty: what an act endangers is no party threatened (v.threaten's
endangered objects), while a state threatening a state ("threatened Lithuania with
retaliation", "threatened to seize Polish territory") stays 13. Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "VILNIUS",
        "Lithuania's Foreign Ministry said the incident showed that Belarusian strikes on the "
        "Neman bridges threatened NATO territory.",
        "LTU>BLR:11",
    ),
    (
        "TALLINN",
        "Estonia's Defense Ministry said the crash showed that Russian drone incursions "
        "threatened alliance airspace.",
        "EST>RUS:11",
    ),
    (
        "KYIV",
        "Ukraine said Moscow's missile tests threatened Moldova's territorial integrity.",
        "UKR>RUS:11",
    ),
    # a state threatening a state stays a threat
    ("MOSCOW", "Russia threatened Lithuania with retaliation.", "RUS>LTU:13"),
    ("MINSK", "Belarus threatened to seize Polish territory.", "BLR>POL:13"),
]

NONE: list[NearMiss] = [
    # what an act endangers is no party threatened; data shows no state's deed
    (
        "WARSAW",
        "Belarusian drills near the border threatened Lithuania's sovereignty, analysts said.",
    ),
    ("RIGA", "Latvia said the report showed that Russian exports had risen."),
]
GAPS: list[Gap] = [
    (
        "ZAGREB",
        "Croatia said the collision showed that Serbian patrols on the river were a provocation.",
        "HRV>SRB:11",
        "'patrols' is no act noun, and a copula's subject is not read as the state shown",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review64_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review64_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
