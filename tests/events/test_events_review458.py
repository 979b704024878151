"""Review 458 (session 68, lead): a force that only names another noun's body is no threat.

"South Africa said it was ready to send air force helicopters if Maputo asked": a readiness
(v.ready_to_work) refines to a threat of force (138) on the word "force" among its complements;
"air force" there only says whose helicopters, so the offer stays an offer (03). Since session
68 the readiness names the party of its condition (cond_subj), which made the misreading an
event aimed at the party asking for help (set 25's extra at the merge). A "force" that is itself
the thing used or sent ("ready to use force", "to send a task force to the shoal") keeps its
threat (rules compound_body_nouns; extract._bodies_named).

And a pair told only by "both" or "the two" in the condition names no one ("ready to support
an assessment if both governments asked": set 51's two extras at the merge, read from a
background pair; clauses cond_subj).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PRETORIA",
        "Cyclone Freddy flattened villages across Mozambique. South Africa said it was ready to "
        "send air force helicopters if Maputo asked for them.",
        "ZAF>MOZ:03",
    ),
    (
        "LILONGWE",
        "Storms cut roads across Malawi this week. Zambia said it was prepared to fly in air "
        "force transport planes if Lilongwe requested help.",
        "ZMB>MWI:03",
    ),
    (
        "CANBERRA",
        "Australia said it was willing to send air force planes to carry aid to Tonga.",
        "AUS>TON:03",
    ),
    # the force is what is used or sent: a threat
    (
        "MANILA",
        "The Philippines said it was ready to send a task force to the disputed shoal if China "
        "blocked its boats again.",
        "PHL>CHN:13",
    ),
    (
        "TAIPEI",
        "China said it was ready to use force against Taiwan if the island declared independence.",
        "CHN>TWN:13",
    ),
    ("ATHENS", "Greece said it was ready to use force against Turkey.", "GRC>TUR:13"),
    # a pair told by "both" in the condition: no party named
    (
        "CAIRO",
        "Egypt and Sudan quarrelled over the dam. Ethiopia said it was ready to share data if "
        "both governments asked.",
        "EGY>SDN:11 SDN>EGY:11",
    ),
]
NONE: list[NearMiss] = [
    ("ROME", "Italy said it was ready to host talks if the two sides agreed."),
]
GAPS: list[Gap] = [
    (
        "DILI",
        "Indonesia said it was willing to send navy and air force medical teams to East Timor if "
        "Dili asked.",
        "IDN>TLS:03",
        "a force joined to another body (\"navy and air force\") is parsed as no compound",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review458_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review458_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
