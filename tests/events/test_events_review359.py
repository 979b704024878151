"""Review 359 (session 65, O95): a threat to stop doing something to a state.

"Britain threatened on Wednesday to stop issuing visas to Somali officials": v.threaten reads
its target in the infinitive's phrases (xcomp_args), but the phrase naming the state hangs on
the gerund that "stop" governs, so no target was found. An infinitive that stops a doing
(rules ceasing_verbs: stop, cease, quit) lends the gerund's phrases to xcomp_args
(clauses._stopped_doings). Found opening blind set 95 (article 03).

Near misses: a stop threatened on no state; a stop done, not threatened (its own 16, as
before); a stop of one's own state's paperwork.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# xcomp_args through "stop/cease + gerund"
CASES: list[Case] = [
    (
        "LONDON",
        "Britain threatened on Wednesday to stop issuing visas to Somali officials.",
        "GBR>SOM:13",
    ),
    ("MOSCOW", "Russia threatened to stop supplying gas to Moldova.", "RUS>MDA:13"),
    (
        "WASHINGTON",
        "The United States threatened to cease sharing intelligence with Pakistan.",
        "USA>PAK:13",
    ),
    # ... a stop done is the stop itself, as before
    ("MOSCOW", "Russia stopped supplying gas to Moldova on Monday.", "RUS>MDA:16"),
]
# ... not a stop that reaches no state
NONE: list[NearMiss] = [
    ("LONDON", "Britain threatened to stop talking to reporters."),
    ("OTTAWA", "Canada will stop issuing visas for its own diplomats' families."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review359_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review359_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
