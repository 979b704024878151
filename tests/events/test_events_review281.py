"""Review 281 (session 63, R63): an object pronoun after "his host" that its verb's subject acted on.

"Turkmenistan's president thanked his host ... and invited him to the opening": the object
pronoun of a verb joined by "and" to one it shares its subject with stands for that verb's
object, and a role noun of one person ("his host", "her guest", "his counterpart":
pronouns.yaml role_nouns) is such an object too (coref._one_of_role). Never the subject the
two verbs share (binding: "X thanked his host and invited him" is not X), which the last
fallback of coref._person_antecedent read before and so lost the invitation.

Near misses: the object names a crowd, not one person's role ("the people of Vietnam"); the
pronoun is a subject ("and said he would return": the speaker).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# coref._one_of_role: "him" is the host the shared subject thanked, and he is invited
HOST_INVITED: list[Case] = [
    (
        "BOGOTA",
        "Ecuador's president began a state visit to Colombia on Monday. Ecuador's president "
        "thanked his host for the warm welcome and invited him to visit Quito next year.",
        "ECU>COL:04 ECU>COL:05 ECU>COL:03",
    ),
    (
        "ABUJA",
        "Ghana's president arrived in Abuja on Tuesday for talks with Nigeria's president. "
        "Ghana's president thanked his host for the talks and invited him to open the new "
        "port in Tema next year.",
        "GHA>NGA:04 GHA>NGA:05 GHA>NGA:03",
    ),
]
# ... not a crowd for a role, nor a subject pronoun
NOT_INVITED: list[Case] = [
    (
        "HANOI",
        "Laos' prime minister began a visit to Vietnam on Monday. Laos' prime minister thanked "
        "the people of Vietnam and invited him to visit Vientiane.",
        "LAO>VNM:04 LAO>VNM:05",
    ),
    (
        "QUITO",
        "Peru's president began a state visit to Ecuador on Monday. Peru's president praised "
        "his host and said he would return next year.",
        "PER>ECU:04 PER>ECU:05",
    ),
]

CASES: list[Case] = HOST_INVITED + NOT_INVITED
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "VIENNA",
        "Hungary's prime minister held talks with Austria's chancellor in Vienna on Friday. The "
        "Hungarian prime minister thanked his counterpart and invited him to Budapest.",
        "HUN>AUT:04 HUN>AUT:05 HUN>AUT:03",
        "'his counterpart' after a named chancellor is not read as a mention: no thanks, no invite",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review281_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review281_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
