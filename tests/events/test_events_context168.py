"""Context 168 (session 63, T63): an arrest naming no state is aimed at the held's employer's.

"Maldivian police detained a reporter for Swedish public radio", "arrested two reporters who
work for Cape Verde's state broadcaster", "arrested Rosa Huaman, a researcher at Peru's glacier
institute": an arrest (held_staff_codes) whose slots and clause name no state is aimed at the
one state whose body employs the held, read from an employee noun's for/at/of phrase (the held
itself or its apposition) or a relative clause of working (staff_verbs), as "detained a Swedish
reporter" is aimed at Sweden (sides._held_staff_states).

An employer is a state body by its role (employer_roles) or by a word (public_body_words:
"public radio", "national institute"), as in parties._actors' employee reading.

Near misses: an employer of the arresting state itself; a private
employer (a newspaper); a place the held works in, no employer; a firm's owner named
by a hyphened demonym.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MALE",
        "Maldivian police detained a reporter for Swedish public radio on Monday.",
        "MDV>SWE:17",
    ),
    (
        "BISSAU",
        "Bissau police arrested two reporters who work for Cape Verde's state broadcaster on "
        "Tuesday.",
        "GNB>CPV:17",
    ),
    (
        "BISHKEK",
        "Kyrgyz border guards arrested Rosa Huaman, a researcher at Peru's national glacier "
        "institute, on Monday.",
        "KGZ>PER:17",
    ),
]
NONE: list[NearMiss] = [
    (
        "MOSCOW",
        "Russian police detained a reporter for Russian state television on Monday.",
    ),
    (
        "RIGA",
        "Latvian police detained a reporter for a Swedish newspaper on Thursday.",
    ),
    (
        "ANKARA",
        "Turkish police detained a reporter working in Syria on Monday.",
    ),
    (
        "ANKARA",
        "Turkish police detained two workers at a Chinese-owned factory on Monday.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context168_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context168_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
