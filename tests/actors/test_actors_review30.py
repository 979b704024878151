"""Review 30 (session 20, lead): a bare organ in a sentence whose subject is a person of a
known state is that person's state's.

"President Emmanuel Macron asked parliament to back a law that Moldova opposes" gave
Moldova's parliament (a state named after the organ), and "Chancellor Olaf Scholz said the
Foreign Ministry had summoned Russia's ambassador" in a Geneva story gave Switzerland's
ministry (the dateline): a person was no candidate of ``Resolver._recent_state``, only
states and state titles were. A person of a known state who is a subject before the organ
in its sentence now counts as a subject there. Every sentence was written for this file; the
cases run through the whole pipeline in one batch (``audit_cases.code_audit``).
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
        "GENEVA",
        "Chancellor Olaf Scholz said the Foreign Ministry had summoned Russia's ambassador.",
        "DEU>RUS:11",
    ),
    (
        "GENEVA",
        "Chancellor Friedrich Merz said the Foreign Ministry had summoned China's ambassador "
        "over the cyberattack.",
        "DEU>CHN:11",
    ),
    (
        "GENEVA",
        "Prime Minister Keir Starmer said the Defense Ministry would send more troops to "
        "Estonia, which Russia has threatened.",
        "GBR>EST:07|03 RUS>EST:13",
    ),
]

# a request to one's own legislature is no act on the state named after it
NONE: list[tuple[str, str]] = [
    ("BRUSSELS", "President Emmanuel Macron asked parliament to back a law that Moldova opposes."),
    ("BRUSSELS", "Prime Minister Mark Carney urged lawmakers to approve new sanctions on Iran."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_actors_review30_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES] + [b for _, b in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review30_organ_of_a_person_subject(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
