"""Envoys handed a note, and who a pair subject acts on (session 31, S34).

"Togo's charge d'affaires in Accra had been handed a protest note": an agentless passive of a
sending verb whose object is a note and whose subject is an envoy is the host's protest to
the envoy's state (v.lodge_protest, 114, by the state of the act told before), as "was handed
a note demanding ..." already was (clauses._handed_envoys now takes the sending verb itself,
not only a participle on its note). A letter handed to an envoy stays no protest.

"The two countries plan to review the treaty and have invited Chile to send observers": the
state a plural subject's own verbs act on is none of its members (plurals._own_object); a
verb it is only joined to keeps its own object out of it ("The UAE lent Guinea $500 million,
and the two countries signed a defense pact": Guinea is one of the two).

"Nigeria summoned Benin's ambassador over the closure ... its police arrested 30 Nigerian
traders. Benin's government defended the measure": a defence of a deed answers the deed's
victim's protest told anywhere in the window, before the deed too (reactions._defended_deed);
another state's protest about something else is not answered. Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Ghana recalled its ambassador from Togo on Monday. The Foreign Ministry said Togo's "
        "charge d'affaires in Accra had been handed a protest note.",
        "GHA>TGO:16 GHA>TGO:11",
    ),
    (
        "ACCRA",
        "Ghana recalled its ambassador from Togo on Monday. Togo's ambassador was handed a "
        "protest note, the ministry said.",
        "GHA>TGO:16 GHA>TGO:11",
    ),
    # near-miss: a letter is no protest
    (
        "ACCRA",
        "Ghana recalled its ambassador from Togo on Monday. Togo's ambassador was handed a "
        "letter from the Ghanaian president, the ministry said.",
        "GHA>TGO:16",
    ),
    (
        "LIMA",
        "Peru and Bolivia signed a lake treaty on Friday, drawing an objection from Chile.\n\n"
        "The treaty lets fleets from both countries fish anywhere on the lake.\n\nChile said the "
        "treaty ignored its rights. Chile's navy has detained Bolivian boats for years, and "
        "Bolivia has accused Santiago of piracy. Bolivia and Chile have had no ambassadors "
        "since 1978.\n\nFishermen in Copacabana said they hoped the treaty would end years of "
        "seized nets.\n\nThe two countries plan to review the treaty in a year and have "
        "invited Chile to send observers.",
        "PER>BOL:05 BOL>PER:05 CHL>PER:11 CHL>BOL:11 CHL>BOL:17 BOL>CHL:11 "
        "PER>CHL:03 BOL>CHL:03",
    ),
    # near-misses: a verb the plural is only joined to keeps its object a member
    (
        "CONAKRY",
        "The UAE lent Guinea $500 million in 2023 to build a power plant, and the two countries "
        "signed a defense pact last year.",
        "ARE>GIN:07 ARE>GIN:05 GIN>ARE:05",
    ),
    (
        "TOKYO",
        "Relations improved in November, when Japan's prime minister visited Beijing and the two "
        "governments agreed to resume economic talks.",
        "JPN>CHN:04 JPN>CHN:05 CHN>JPN:05",
    ),
    # a defence of a deed answers a protest told before the deed, by the deed's victim only
    (
        "ABUJA",
        "Nigeria summoned Benin's ambassador on Monday to protest the closure of the Seme "
        "crossing. Benin shut the crossing last week, and its police arrested 30 Nigerian "
        "traders. Benin's government defended the measure.",
        # the closure protested, by the state protested to, was done to Nigeria (X62, session 62)
        "NGA>BEN:11 BEN>NGA:16 BEN>NGA:17 BEN>NGA:12",
    ),
    (
        "ABUJA",
        "Benin's police arrested 30 Nigerian traders on Monday. Ghana summoned Benin's "
        "ambassador over a fishing dispute. Benin's government defended the measure.",
        "BEN>NGA:17 GHA>BEN:11",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context53_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context53_envoys_and_pair_objects(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
