"""A friendly act a charge only alleges (session 30, S33): the charge is coded, not the act.

"accused France of siding with Armenia", "blamed Iran for arming Russia": the accusation is
the accuser's act on the accused (112), and no gold set codes the support of the third state
it names as an event of its own (extract._alleged_friendly, friendly_roots under a verb of
charging_verbs, sides._charge_host). A hostile deed charged stays with its own rules
("accused Bolivia of shelling its posts"), and a friendly act after a verb of praise or thanks
is still the praised state's act ("thanked Poland for hosting refugees"). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ASTANA",
        "Kazakhstan's president, who has long accused Turkey of siding with Georgia, spoke on "
        "Monday.",
        "KAZ>TUR:11",
    ),
    ("ALGIERS", "Algeria accused Qatar of backing Tunisia in the dispute.", "DZA>QAT:11"),
    ("ACCRA", "Ghana blamed Togo for helping Benin in the border row.", "GHA>TGO:11"),
    (
        "CANBERRA",
        "Australia accused Laos of supplying weapons to Myanmar's army.",
        "AUS>LAO:11",
    ),
    # kept: a hostile deed charged against the accuser, a friendly act praised or thanked
    (
        "LA PAZ",
        "Peru accused Bolivia on Monday of shelling its border posts.",
        "PER>BOL:11 BOL>PER:19",
    ),
    (
        "VILNIUS",
        "Estonia praised Lithuania for hosting refugees from Belarus.",
        "EST>LTU:05",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context51_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context51_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
