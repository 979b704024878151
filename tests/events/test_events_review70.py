"""A reaction after a relative clause on its own subject (session 30, task DIR): the right target.

"Chad, which has itself shelled rebel groups in northern Sudan, condemned the shelling" is
parsed with "shelled" as the root, "Chad" its subject and "condemned" its conjunct, so the
condemnation shared the shelling's target (Sudan) instead of answering the shelling told
before (Burundi's). A root verb whose subject is followed by ", which" (or ", who") as the
subject of the verb or of its auxiliary, with a tensed conjunct right after a comma and no
"and" or "or", is read again as a relative clause on that subject, the conjunct the main verb
(context._swallowed_relatives); the relative clause's own act keeps its actors. Kept: a
sentence the parser already reads right, and a plain list of acts joined by "and". Each row
is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KIGALI",
        "Burundi's army shelled a Rwandan border village on Monday, Rwanda's government said. "
        "Chad, which has itself shelled rebel groups in northern Sudan, condemned the shelling.",
        "BDI>RWA:19 TCD>SDN:19 TCD>BDI:11",
    ),
    (
        "TRIPOLI",
        "Tunisia's army shelled a Libyan border post on Monday, Libya's government said. "
        "Egypt, which has itself shelled militant groups in eastern Libya, condemned the "
        "shelling.",
        "TUN>LBY:19 EGY>LBY:19 EGY>TUN:11",
    ),
    (
        "KINSHASA",
        "Uganda's army shelled a Congolese border village on Monday, Congo's government said. "
        "Rwanda, which has itself shelled armed opposition groups in eastern Congo, denounced "
        "the shelling.",
        "UGA>COD:19 RWA>COD:19 RWA>UGA:11",
    ),
    # kept: a sentence the parser reads right, a relative clause with no act, a list with "and"
    (
        "ABUJA",
        "Cameroon's army shelled a Nigerian border town on Monday, Nigeria's government said. "
        "Niger, which has itself bombed rebel camps in northern Mali, condemned the shelling.",
        "CMR>NGA:19 NER>MLI:19 NER>CMR:11",
    ),
    (
        "BANGUI",
        "Chad's army shelled a village in the Central African Republic on Monday, the Central "
        "African government said. Cameroon, which borders both countries, condemned the "
        "shelling.",
        "TCD>CAF:19 CMR>TCD:11",
    ),
    (
        "NIAMEY",
        "Mali's army shelled a Nigerien border post on Monday and condemned Algeria's silence.",
        "MLI>NER:19 MLI>DZA:11",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review70_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review70_relative_on_reactor(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
