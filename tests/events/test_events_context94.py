"""Context 94 (session 45, helper O63): the signers of a deal told here first by a participle
that names none.

"Peru will sell gas to Ecuador under an agreement signed on Monday" tells two acts of the
pair: the sale and the signing (057). The participle names no signer, so they are read from
the act done under the deal: its doer (sides._deal_user) and the party it is aimed at, the
host's object or a phrase of rules.yaml deal_host_preps (sides._deal_host_partners); the
signing is kept beside the sale (extract._signing_under), also when the deal's phrase hangs on
a later conjunct ("will send ... to X and train ..., under an agreement signed ...").
Near misses: "the agreement" was told before (new_deal_determiners), a deal dated years back is
background, a deal signed by a named agent has its own signers, and an act aimed at no one
gives the deal no partner.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peru will sell natural gas to Ecuador under an agreement signed on Monday.",
        "PER>ECU:06 PER>ECU:05",
    ),
    (
        "HANOI",
        "Vietnam will export rice to the Philippines under a five-year accord signed on"
        " Wednesday, officials said.",
        "VNM>PHL:06 VNM>PHL:05",
    ),
    (
        "NAIROBI",
        "Kenya will send 90 engineers and technicians to Uganda over the next three years and"
        " train 200 Ugandan nursing students at its colleges, under an agreement signed on Friday"
        " during a visit to Nairobi by Uganda's president.",
        "KEN>UGA:03 KEN>UGA:05 UGA>KEN:04",
    ),
    # a deal told before, one dated years back, one with its own signers: the act alone
    ("AMMAN", "Jordan will sell electricity to Iraq under the agreement signed on Sunday.", "JOR>IRQ:06"),
    (
        "ROME",
        "Italy will train Libyan coast guard officers under an agreement signed in 2019.",
        "ITA>LBY:06",
    ),
    (
        "VALLETTA",
        "Italy will sell gas to Malta under an agreement signed by two energy firms on Monday.",
        "ITA>MLT:06",
    ),
]

# an act aimed at no one gives the deal no partner
NONE: list[NearMiss] = [
    ("SANTIAGO", "Chile will build a new port near Arica under an agreement signed on Monday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context94_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context94_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
