"""Three readings that coded acts no one did (session 30, S33).

A go-between's act needs its sides in its own clause: "The note was delivered to Finland's
ambassador" after a protest note restates the protest, and no message was relayed between two
parties (Pattern.go_between: no doer told before for v.relay_messages). "protested the sale of
fighter jets to Libya": the act protested is the object, its to-phrase names who receives it,
not whom the protest goes to (v.protest_to and v.complain forbid a direct object;
v.protest_act reads the act's author). A feigned act is no act: "now it pretends to care about
Bulgaria's farmers" (pretend, feign, purport among the blocking_governors). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MOSCOW",
        "Russia sent Finland a protest note on Monday over its new fishing rules. The note was "
        "delivered to Finland's ambassador in Moscow, Juha Virtanen, at the Russian Foreign "
        "Ministry.",
        "RUS>FIN:11",
    ),
    (
        "ROME",
        "Italy summoned Egypt's ambassador on Thursday to protest the sale of fighter jets to "
        "Libya.",
        "ITA>EGY:11",
    ),
    # kept: a go-between with its sides, the protested act's author, a protest addressed
    (
        "MUSCAT",
        "Oman relayed messages between Iran and the United States.",
        "OMN>IRN:04 OMN>USA:04",
    ),
    ("HANOI", "Vietnam protested the deployment of Chinese ships to the reef.", "VNM>CHN:11"),
    ("TOKYO", "Japan protested to China over the new buoy.", "JPN>CHN:11"),
    ("SANTIAGO", "Chile complained to Peru about the new fence.", "CHL>PER:11"),
    ("ZAGREB", "Croatia said it was worried about Bosnia's stability.", "HRV>BIH:11"),
]

NONE: list[NearMiss] = [
    (
        "SOFIA",
        '"Athens closed the border and now it pretends to care about Bulgaria\'s farmers," the '
        "minister said.",
    ),
    ("SKOPJE", "Albania pretended to support North Macedonia's bid."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary39_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary39_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
