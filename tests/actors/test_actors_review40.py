"""Review 40 (session 25, builder S24): a state's department is its government, from set 24's
neighbour sets.

"South Africa's Department of International Relations said it valued its partnership with
India" gave no South African actor ("department" was no role noun), so "it" went back to the
last state named before; "India's Department of Commerce" was even the U.S. Commerce
Department. "department" is a government role noun (roles.yaml GOV), with the foreign
ministries called departments as whole phrases, so a spokesperson after one keeps the title
(tests/quotes/test_quotes_speakers22.py). Every sentence was written for this file; the cases
run through the whole pipeline in one batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    (
        "PRETORIA",
        "The United Arab Emirates deported two suspects to India in May. South Africa's "
        "Department of International Relations said it valued its partnership with India.",
        "ARE>IND:17 ZAF>IND:05",
    ),
    (
        "NEW DELHI",
        "India's Department of Commerce criticized the Chinese tariffs on Monday.",
        "IND>CHN:11",
    ),
    (
        "MANILA",
        "The Philippine Department of Foreign Affairs summoned China's ambassador on Tuesday.",
        "PHL>CHN:11",
    ),
]

NONE: list[tuple[str, str]] = [
    # a shop is no government
    ("NAIROBI", "A fire broke out in a department store in Nairobi on Sunday."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_actors_review40_bodies_are_unique() -> None:
    bodies = [c[1] for c in CASES] + [n[1] for n in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review40_whose(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
