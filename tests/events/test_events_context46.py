"""Context 46 (session 29, helper CTX): an outsider's bare objection or aimless vow, far below
the story's one deal, answers both parties of that deal.

"Georgia and Armenia signed a deal to lay a pipeline under the Black Sea. [details, a quote,
a third state's funding] ... Turkey objected", "... It said Ankara would take all necessary
steps to protect its rights": no act aimed at the reactor is told, and the acts just told
(_uncoded_authors' three sentences back) are details of the deal, so the objection and the
vow found no target. The deal the story is about, coded both ways in the lead (joint_roots),
gives both its parties (reactions._lead_deal_parties), tried last among the context rules.
Only a bare objection (deal_objecting_verbs: "reacted sharply" answers a hostile act) or a
vow with no aim of its own ("would take all necessary measures to contain the outbreak"
speaks of a matter of its own), by a state no party to the deal, when the story codes no
other deal both ways and no act aimed at the reactor. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# details of a pipeline deal that name no state: the acts just told before a reaction
_PIPE = (
    "The line will run 400 kilometers along the seabed. Work is due to start next spring. "
    '"This is a road to Europe for our gas," the energy minister said at the ceremony. '
    "Engineers will survey the route first. "
)

# the deal the story is about, beyond the acts just told
LEAD_DEAL: list[Case] = [
    (
        "TBILISI",
        "Georgia and Armenia signed a deal on Monday to lay a gas pipeline under the Black "
        "Sea. " + _PIPE + "Turkey objected.",
        "GEO>ARM:05|06 ARM>GEO:05|06 TUR>GEO:11 TUR>ARM:11",
    ),
    (
        "YEREVAN",
        "Georgia and Armenia signed a deal on Monday to lay a gas pipeline under the Black "
        "Sea. " + _PIPE + "Turkey's Foreign Ministry said the route crossed waters it claims. "
        "It said Ankara would take all necessary steps to protect its rights.",
        "GEO>ARM:05|06 ARM>GEO:05|06 TUR>GEO:13 TUR>ARM:13",
    ),
]

# near-misses: an aimed vow, a reaction of manner, a party's own objection, two deals, an
# act aimed at the reactor, and a vow an analyst forecasts keep no target from the deal
KEPT: list[Case] = [
    (
        "BATUMI",
        "Georgia and Armenia signed a deal on Monday to lay a gas pipeline under the Black "
        "Sea. " + _PIPE + "Turkey said it would take all necessary measures to contain the "
        "cholera outbreak in its eastern provinces.",
        "GEO>ARM:05|06 ARM>GEO:05|06",
    ),
    (
        "GYUMRI",
        "Georgia and Armenia signed a deal on Monday to lay a gas pipeline under the Black "
        "Sea. " + _PIPE + "Turkey reacted sharply.",
        "GEO>ARM:05|06 ARM>GEO:05|06",
    ),
    (
        "KUTAISI",
        "Georgia and Armenia signed a deal on Monday to lay a gas pipeline under the Black "
        "Sea. " + _PIPE + "Georgia's opposition objected.",
        "GEO>ARM:05|06 ARM>GEO:05|06",
    ),
    (
        "VANADZOR",
        "Georgia and Armenia signed a deal on Monday to lay a gas pipeline under the Black "
        "Sea. Separately, Iran and Iraq signed a deal on Tuesday to build a railway. "
        + _PIPE
        + "Turkey objected.",
        "GEO>ARM:05|06 ARM>GEO:05|06 IRN>IRQ:05|06 IRQ>IRN:05|06",
    ),
    (
        "DILIJAN",
        "Georgia and Armenia signed a deal on Monday to lay a gas pipeline under the Black "
        "Sea. Armenia's foreign minister accused Turkey of blocking the project for years. "
        + _PIPE
        + "Turkey objected.",
        "GEO>ARM:05|06 ARM>GEO:05|06 ARM>TUR:11",
    ),
    (
        "RUSTAVI",
        "Georgia and Armenia signed a deal on Monday to lay a gas pipeline under the Black "
        "Sea. " + _PIPE + '"Ankara will take all necessary steps," an analyst in Istanbul '
        "predicted.",
        "GEO>ARM:05|06 ARM>GEO:05|06",
    ),
]

# near-misses with no deal of a pair: a domestic decision told in the lead
NONE: list[NearMiss] = [
    (
        "POTI",
        "Georgia's parliament approved a new law on Monday to tax gas imports. "
        + _PIPE
        + "Turkey objected.",
    ),
]

GAPS: list[Gap] = []

CASES = LEAD_DEAL + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context46_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context46_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
