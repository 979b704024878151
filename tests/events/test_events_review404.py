"""Review 404 (session 67, A67): an arrest told as a passive whose by-agent is a bare role.

"MANAGUA — A Lithuanian priest was detained by police in the northern city of Esteli": the
bare "police" took the state of its sentence's subject, the detained priest's, so the arrest
was Lithuania's own and coded nothing. A bare role as the by-agent of a passive is none of its
patient's states (actors: Resolver._agent_patients): the place, the dateline, or a sentence
before that names one other state decides.

Near misses: a domestic arrest (the dateline is the patient's own), no state but the
patient's, no state for the patient, and a sentence before naming two states (which one's
police is not said).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MANAGUA",
        "A Lithuanian priest was detained by police in the northern city of Esteli on Friday.",
        "NIC>LTU:17",
    ),
    (
        "MALE",
        "A Swedish journalist was detained by police on the island of Thilafushi on August 11.",
        "MDV>SWE:17",
    ),
    (
        "ACCRA",
        "Two Togolese fishermen were arrested by the coast guard off Keta on Monday.",
        "GHA>TGO:17",
    ),
    (
        "",
        "Ghana said on Monday it would protect its fishing grounds. Two Togolese fishermen were "
        "arrested by the coast guard near the border.",
        "GHA>TGO:17",
    ),
    # ... not when the sentence before names two states
    (
        "",
        "Kenya held border talks with Uganda. A Somali trader was arrested by police on Friday.",
        "KEN>UGA:04",
    ),
]
NONE: list[NearMiss] = [
    ("VILNIUS", "A Lithuanian man was arrested by police on Friday."),
    ("", "A Lithuanian priest was detained by police on Friday."),
    ("MANAGUA", "Two protesters were detained by police on Monday."),
]
GAPS: list[Gap] = [
    (
        "MANAGUA",
        "Nicaragua expelled a Lithuanian priest, Jonas Petraitis, on Monday. Petraitis was "
        "detained by police in the city of Esteli on Friday.",
        "NIC>LTU:16 NIC>LTU:17",
        "the priest named again by his surname carries no state for the passive's target",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review404_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review404_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
