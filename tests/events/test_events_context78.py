"""Context 78 (session 38, helper S51): a pair told in the past that is the story's own, and
a joined act told by the speaker's own announcement.

1. "Peru and Ecuador fought a border war in 1995 ... The two countries signed a trade accord":
   a pair named in a clause dated long ago is passed over by a later pair reference
   (plurals._historic: the parties of the news are meant), unless it is the story's own pair
   (plurals._choose, bygone): then the reference is that pair, not a pair of bystanders named
   nearer ("Chile and Argentina have had similar rules").
2. "said it had recalled its envoy and would close its border with Mali": a will/would verb
   joined to a reported clause with no subject of its own is told by that clause's subject
   (modality._own_announcement walks up the conjuncts), so a measure announced so is kept as
   one announced in its own clause is (a refusal or a threat keeps to its own clause);
   another state's clause stays another's forecast.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a pair told long ago that is the story's own pair
STORY_PAIR: list[Case] = [
    (
        "LIMA",
        "Peru protested on Monday after Ecuador closed a border crossing. Chile and Argentina"
        " have had similar rules for years. Peru and Ecuador fought a border war in 1995, but"
        " ties have improved. The two countries signed a trade accord in May.",
        "PER>ECU:11 PER>ECU:19 ECU>PER:19 PER>ECU:05 ECU>PER:05",
    ),
    (
        "LIMA",
        "Peru and Ecuador agreed on Monday to reopen their border crossing at Huaquillas. Chile"
        " and Argentina have had similar rules for years. Peru and Ecuador fought a border war"
        " in 1995. The two neighbors signed a fishing accord in March.",
        "PER>ECU:05 ECU>PER:05 PER>ECU:19 ECU>PER:19 PER>ECU:05 ECU>PER:05",
    ),
]

# 2. a joined will/would verb told by the speaker's own announcement
JOINED: list[Case] = [
    (
        "ALGIERS",
        "Algeria said it had recalled its ambassador and would close its border with Mali.",
        "DZA>MLI:16",
    ),
    (
        "SANTIAGO",
        "Chile said it had summoned Argentina's ambassador and would ask the European Union to"
        " examine the case.",
        "CHL>ARG:11 CHL>EU:02",
    ),
]

CASES: list[Case] = STORY_PAIR + JOINED

NONE: list[NearMiss] = [
    # another state's clause: a forecast, no announcement
    (
        "ALGIERS",
        "Algeria said Mali had recalled its ambassador and would close its border with Niger.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context78_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context78_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
