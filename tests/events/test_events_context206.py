"""Context 206 (session 68, I68): help offered or pledged with no recipient named.

"Floods have displaced 30,000 people in Mozambique. South Africa offered help.": a promise
refined to aid (033: "offered help", "pledged support", "promised food aid") gives, as a pledge
of a sum does, so the recipient finders of a gift (reactions: the one state in reach, the
dateline's state, the lead's recipient) look for whom it is for (reactions._giving); before, only
a sum promised or a delivery did, and help offered with its recipient told in the sentence before
coded nothing.

Near misses: two states in reach give the help to neither; a wish for help or help refused is
no promise.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MAPUTO",
        "Floods have displaced 30,000 people in Mozambique. South Africa offered help.",
        "ZAF>MOZ:03",
    ),
    (
        "MAPUTO",
        "A cyclone tore through central Mozambique on Sunday. South Africa pledged support.",
        "ZAF>MOZ:03",
    ),
    (
        "KATHMANDU",
        "A landslide buried a village in western Nepal on Friday. India promised food aid and "
        "tents.",
        "IND>NPL:03",
    ),
    (
        "KYIV",
        "Russia fired 100 missiles at Ukraine overnight. Germany promised more air defence help.",
        "RUS>UKR:19 DEU>UKR:03",
    ),
    # two states in reach: the help goes to neither
    (
        "NAIROBI",
        "Floods have displaced 30,000 people in Kenya and Somalia. Norway offered help.",
        "",
    ),
]
NONE: list[NearMiss] = [
    ("LIMA", "Storms cut roads across northern Peru. Chile did not offer any help."),
    ("DHAKA", "Cyclone damage in Bangladesh was severe. Aid groups hoped India would offer help."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context206_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context206_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
