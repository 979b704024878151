"""Clauses 53 (session 44, O60): a joined verb with a modal of its own that the parser hung on
an infinitive, from a miss of the opened set 60 (its sentences are not used here).

"said it welcomed any effort to close the smuggling routes and would share radar data with
Costa Rica's coast guard": the parser joins "would share" to "close", the infinitive the noun
"effort" holds, so the sharing had no subject. A to-infinitive takes no modal conjunct, so the
joined verb is the clause verb's above the noun ("welcomed"), whose subject does it
(parties._finite_infinitive_host, read by clauses._subject_tokens).
Near misses: a sharing only planned by another ("urged Costa Rica to share"), a sharing denied.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SAN JOSE",
        "Panama's Security Ministry said it welcomed any effort to close the smuggling routes and"
        " would share radar data with Costa Rica's coast guard.",
        "PAN>CRI:03",
    ),
    (
        "TEGUCIGALPA",
        "Honduras's army said it welcomed any effort to close the smuggling corridors and would"
        " share flight data with Nicaragua's air force.",
        "HND>NIC:03",
    ),
    # as before: a joined verb the parser hangs on the clause verb, a plain modal clause
    (
        "LIMA",
        "Chile's Defense Ministry said it backed every step to stop the drug flights and would"
        " share radar images with Peru's air force.",
        "CHL>PER:03",
    ),
    (
        "SAN JOSE",
        "Panama's Security Ministry said it would share radar data with Costa Rica's coast guard.",
        "PAN>CRI:03",
    ),
]

NONE: list[NearMiss] = [
    (
        "SAN JOSE",
        "Panama's Security Ministry said it welcomed any effort to close the smuggling routes and"
        " would not share radar data with Costa Rica's coast guard.",
    ),
    (
        "SAN JOSE",
        "Panama's Security Ministry said it welcomed any effort by smugglers to hide their"
        " routes and would study the data.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses53_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses53_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
