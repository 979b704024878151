"""Reactions 40 (session 35, helper WELC): "the agreement" a reaction names is the deal both
sides signed, not one side's nearer undertaking.

A reaction to "the agreement" told further back than the family window (coordination.
_FAMILY_WINDOW) is placed by _told_act, which took the nearest telling of the act: "In a
separate step, Ecuador agreed to free 12 Peruvian fishermen" ("agreed" tells "agreement" by
its ending) hid "Peru and Ecuador signed an agreement" ten sentences before, and the welcome
went to Ecuador alone. One side's undertaking (rules undertaking_verbs with an infinitive and
a single state as subject: reactions._undertaking) is now held while a telling further back
is sought, as a telling years back is; with no other telling it still gives the undertaking's
author. Two sides that "agreed to" something together still tell the deal itself. The reactor
is never its own target (a party welcoming the deal answers its co-signer only).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_BRIDGE = (
    "Peru and Ecuador signed an agreement on Tuesday to build a bridge over the Zarumilla "
    "river. The bridge will be 400 meters long. Work is due to start in June. It will cost "
    "about $60 million. Engineers will survey the banks in April. A development bank will "
    "lend most of the money. Traders in the border towns have waited years for it. The old "
    "crossing floods every winter. Lorries now wait up to two days. "
)
_GRID = (
    "Latvia and Estonia signed an accord on Monday to link their power grids. The link will "
    "be 200 kilometers long. Work is due to start in June. It will cost about 80 million "
    "euros. Engineers will survey the route in April. The European Union will pay for most of "
    "it. Farmers along the route will be paid for their land. The old line dates from 1975. It "
    "often fails in winter. "
)

# the deal both signed, told ten sentences before, wins over one side's nearer undertaking
SIGNED_DEAL: list[Case] = [
    (
        "LIMA",
        _BRIDGE + "In a separate step, Ecuador agreed to free 12 Peruvian fishermen held in "
        "Guayaquil. Colombia welcomed the agreement.",
        "PER>ECU:05 ECU>PER:05 ECU>PER:03 COL>PER:05 COL>ECU:05",
    ),
    (
        "RIGA",
        _GRID + "Estonia also agreed to buy more Latvian gas next winter. Lithuania praised "
        "the agreement.",
        "LVA>EST:05 EST>LVA:05 LTU>LVA:05 LTU>EST:05",
    ),
    # the reactor one of the signers: its co-signer only, never itself
    (
        "LIMA",
        _BRIDGE + "In a separate step, Ecuador agreed to free 12 Peruvian fishermen held in "
        "Guayaquil. Ecuador's president welcomed the agreement.",
        "PER>ECU:05 ECU>PER:05 ECU>PER:03 ECU>PER:05",
    ),
    # two sides that agreed together: that is a deal too (the nearer one, as before)
    (
        "RIGA",
        _GRID + "Latvia and Estonia also agreed to hold joint patrols on their border. "
        "Lithuania praised the agreement.",
        "LVA>EST:05 EST>LVA:05 LVA>EST:03 EST>LVA:03 LTU>LVA:05 LTU>EST:05",
    ),
]

# no deal signed before: the undertaking is still the act meant (as before)
UNDERTAKING_ONLY: list[Case] = [
    (
        "NAIROBI",
        "Kenya agreed on Monday to free 12 Ugandan fishermen held in Kisumu. The men were "
        "arrested in March on Lake Victoria. Officials said they would be home by Friday. "
        "Tanzania welcomed the agreement.",
        # session 62 (K62): a deal told one way is both parties' own, as the open sets code
        # a welcome of "the agreement" (set 32: the giver and the receiver; review228)
        "KEN>UGA:03 TZA>KEN:05 TZA>UGA:05",
    ),
]

# near-misses: a negated welcome codes no welcome
NONE: list[NearMiss] = []
NEGATED: list[Case] = [
    (
        "LIMA",
        _BRIDGE + "In a separate step, Ecuador agreed to free 12 Peruvian fishermen held in "
        "Guayaquil. Colombia did not welcome the agreement.",
        "PER>ECU:05 ECU>PER:05 ECU>PER:03",
    ),
    (
        "LIMA",
        _BRIDGE + "In a separate step, Ecuador agreed to free 12 Peruvian fishermen held in "
        "Guayaquil. Colombia would welcome any agreement on the river.",
        "PER>ECU:05 ECU>PER:05 ECU>PER:03",
    ),
]

GAPS: list[Gap] = []

CASES = SIGNED_DEAL + UNDERTAKING_ONLY + NEGATED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions40_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions40_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
