"""Context 138 (session 59, G59): the host of forces stationed is a party to a later pair.

"A will station troops in B under an agreement, the two governments said, a move that drew a
protest from C. The agreement was signed by the two countries' defense ministers": B is
named only after "in", and a state after a locative is a place, no party a plural reference
counts (plurals._place), unless the phrase places a mission ("an embassy in Ghana"). So
"the two governments" found no pair, and "the two countries" took the latest interaction,
C's protest against A: the signing was coded between A and the protester. A locative on a
verb of stationing (plurals.yaml stationing_verbs), or on the forces it stations, now names
the forces' host, a party as a mission's host is.

Talks held in a third state still leave the venue out, and so does a trip's host named
only as a place in an unrelated sentence.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# plurals._mission_host (stationing_verbs: the host of the forces is a party)
STATIONED_HOST: list[Case] = [
    (
        "RIGA",
        "Poland will station a rocket artillery unit and about 200 soldiers in Latvia under an "
        "agreement reached on Monday, the two governments said, a move that drew a sharp "
        "protest from Russia. The agreement was signed in Riga by the two countries' defense "
        "ministers.",
        "POL>LVA:06|03 RUS>POL:11 POL>LVA:05 LVA>POL:05",
    ),
    (
        "VILNIUS",
        "Germany will deploy a brigade of 4,000 troops in Lithuania under a deal reached on "
        "Tuesday, the two governments said, drawing a protest from Belarus. The deal was signed "
        "in Vilnius by the two countries' defense ministers.",
        "BLR>DEU:11 DEU>LTU:05 LTU>DEU:05",
    ),
    (
        "BUCHAREST",
        "Italy will station fighter jets in Romania from June, the two governments said, "
        "prompting a protest from Russia. The two countries signed a deal on training.",
        "ITA>ROU:03|06 RUS>ITA:11 ITA>ROU:05 ROU>ITA:05",
    ),
]
# ... a venue of talks is still no party
STATIONED_HOST_NOT: list[Case] = [
    (
        "DOHA",
        "Iran and Qatar held talks in Oman on Monday, drawing a protest from Bahrain. The two "
        "countries signed a deal on gas.",
        "IRN>QAT:04 QAT>IRN:04 BHR>IRN:11 BHR>QAT:11 IRN>QAT:05 QAT>IRN:05",
    ),
    (
        "GENEVA",
        "Armenia's foreign minister met his Azerbaijani counterpart in Switzerland on Monday, "
        "drawing criticism from Russia. The two countries agreed to reopen a border crossing.",
        "ARM>AZE:04 RUS>ARM:11 ARM>AZE:05 AZE>ARM:05",
    ),
]

CASES: list[Case] = STATIONED_HOST + STATIONED_HOST_NOT
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context138_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context138_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
