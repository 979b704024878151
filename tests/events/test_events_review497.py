"""Review 497 (session 70, O103): a joined verb with a modal of its own is not denied by its host.

"said it would not follow Singapore's lead and would restrict imports of Thai poultry": the
second verb repeats "would", so it is a clause of its own, and the first verb's "not" does not
reach it, as a joined verb with a tense of its own ("and has condemned") was already read
(parties._finite_conjunct). A bare joined verb ("would not restrict imports or ban eggs",
"would not impose sanctions and withdraw its ambassador") shares its host's negation, and a
joined verb denied itself ("and would not restrict") stays denied.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KUALA LUMPUR",
        "Malaysia said on Tuesday that it would not follow Singapore's lead and would restrict "
        "imports of Thai poultry.",
        "MYS>THA:16",
    ),
    (
        "TOKYO",
        "Japan said it would not recognize the referendum and would expel two Russian diplomats.",
        "JPN>RUS:16|17",
    ),
    (
        "ACCRA",
        "Ghana said it could not accept the ruling and would appeal to Togo to reopen the border.",
        "GHA>TGO:02",
    ),
]
NONE: list[NearMiss] = [
    # a bare joined verb shares the host's negation
    (
        "KUALA LUMPUR",
        "Malaysia said it would not restrict imports of Thai poultry or ban Thai eggs.",
    ),
    ("BERLIN", "Germany said it would not impose sanctions on Iran and withdraw its ambassador."),
    # the joined verb denied itself
    (
        "KUALA LUMPUR",
        "Malaysia said it would not follow Singapore's lead and would not restrict imports of "
        "Thai poultry.",
    ),
    (
        "OSLO",
        "Norway said it would neither expel Russian diplomats nor would it close its consulate.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review497_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review497_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
