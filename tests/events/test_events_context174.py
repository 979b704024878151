"""Context 174 (session 64, B2): a border closure is the neighbour's only as its source's news.

Context 173's rule gives a land border closed naming no one to the neighbour the story names
(reactions._bordering_state). That holds only for the source's own act told as news
(reactions._own_closure_told): the main clause or a verb joined to it, a relative clause, or
the source's own report of itself ("Rwanda's army said it had closed ..."). Another party's
report ("Kenya said Rwanda had closed", "Diplomats said ...", "..., a Kenyan official said"),
a charge ("accused Rwanda of closing"), an after-clause, a quotation and the passive keep coding
nothing. A closure a protest named as a noun just before ("summoned Rwanda's envoy over the
closure of the Gatuna crossing. Rwanda shut the crossing on Friday") is the one closure told
twice, coded once.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_STRANDED = "Hundreds of Ugandan truck drivers were stranded on Monday. "

# the source's own closure, told as news: closed to the one neighbour named
CASES: list[Case] = [
    (
        "KAMPALA, Uganda",
        _STRANDED + "Rwanda closed the Gatuna crossing on Tuesday and recalled its trade attache.",
        "RWA>UGA:16",
    ),
    (
        "KAMPALA, Uganda",
        _STRANDED + "Rwanda, which closed the Gatuna crossing on Tuesday, gave no reason.",
        "RWA>UGA:16",
    ),
    # ... its own report of itself
    (
        "KAMPALA, Uganda",
        _STRANDED + "Rwanda's army said it had closed the Gatuna crossing on Tuesday.",
        "RWA>UGA:16",
    ),
    (
        "KAMPALA, Uganda",
        _STRANDED + "Rwanda's army said on Tuesday that it had closed the Gatuna crossing.",
        "RWA>UGA:16",
    ),
    # ... once after the noun a protest named
    (
        "KAMPALA, Uganda",
        "Uganda summoned Rwanda's envoy on Monday over the closure of the Gatuna crossing. "
        "Rwanda shut the crossing on Friday.",
        "UGA>RWA:11 RWA>UGA:16",
    ),
]

# another party's report, a charge, an after-clause, a quotation: no closure coded
NONE: list[NearMiss] = [
    ("KAMPALA, Uganda", _STRANDED + "Kenya said Rwanda had closed the Gatuna crossing on Tuesday."),
    (
        "KAMPALA, Uganda",
        _STRANDED + "Diplomats said Rwanda had closed the Gatuna crossing on Tuesday.",
    ),
    (
        "KAMPALA, Uganda",
        _STRANDED + "Rwanda's army closed the Gatuna crossing on Tuesday, a Kenyan official said.",
    ),
    (
        "KAMPALA, Uganda",
        _STRANDED + "Trade fell sharply after Rwanda closed the Gatuna crossing in February.",
    ),
    (
        "KAMPALA, Uganda",
        _STRANDED + '"We closed the Gatuna crossing on Tuesday," Rwanda\'s army said.',
    ),
    # ... nor the passive: a standing state, or a closure told from the closed-off side
    ("KAMPALA, Uganda", _STRANDED + "The Gatuna crossing was closed by Rwanda on Tuesday."),
]
# ... the charge alone codes
CASES += [
    (
        "KAMPALA, Uganda",
        _STRANDED + "Kenya accused Rwanda on Tuesday of closing the Gatuna crossing.",
        "KEN>RWA:11",
    ),
]

GAPS: list[Gap] = [
    # the source's report naming its own organ, not a pronoun: its own act, not yet told apart
    # from another party's report
    (
        "KAMPALA, Uganda",
        _STRANDED + "Rwanda's foreign ministry said the army had closed the Gatuna crossing.",
        "RWA>UGA:16",
        "a noun subject of the reported closure is never read as the sayer's own",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context174_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context174_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
