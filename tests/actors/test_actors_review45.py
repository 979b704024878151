"""Review 45 (session 27, reviewer R): "he" after a private person made a sentence's subject;
"it" after a craft no actor owns.

"Estonian Foreign Minister Margus Tsahkna said ... ¶ The officer, a major in the Lithuanian
army, was arrested in September. Prosecutors said he had met Chinese intelligence officers in
Minsk" coded the Estonian minister meeting China's spies: "he" skipped the officer, whom no
actor stands for, for the latest person named. A sentence after that person's whose subject is
a private person (pronouns.yaml private_people, private_men, private_women; no mention on it)
now holds "he"/"she" (coref._private_subject_since), so nothing is coded; a woman does not
hold "he". The subject of a speech verb is left as it was ("A journalist asked about Greece.
He said ...": the official asked speaks).

"Aliyev said the jet had been hit by a Russian missile before it tried to land in Kazakhstan"
coded RUS>KAZ 036: "it" took the missile's state. An "it" after a craft subject of its own
sentence that no mention covers (pronouns.yaml unowned_crafts; not "a Russian drone", whose
modifier is a state's mention; a maker's name, "the Embraer jet", is no state's) is the
craft (coref._craft_subject_before). Every sentence was written for this file; the cases run
through the whole pipeline in one batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    # kept: a woman does not hold "he"; an official named, then "he" with no one between
    (
        "WARSAW",
        "Russian Foreign Minister Sergei Lavrov said Moscow would respond.\n\nA woman was "
        "arrested in Warsaw on Monday. Prosecutors said he had met Polish officials in Minsk.",
        "RUS>POL:04",
    ),
    (
        "NAIROBI",
        "Egypt's foreign minister Badr Abdelatty arrived in Nairobi on Monday. The visit was "
        "the first in a decade. He met Kenyan President William Ruto.",
        "EGY>KEN:04 EGY>KEN:04",
    ),
    (
        "WARSAW",
        "A Russian drone crashed in a field after it entered Polish airspace, Warsaw said.",
        "RUS>POL:15",
    ),
    (
        "MANILA",
        "The Chinese coast guard ship rammed the boat after it entered Philippine waters, "
        "Manila said.",
        "CHN>PHL:15",
    ),
    # the private suspect still holds "he" (no POL>RUS meeting); his detention in Warsaw, a
    # foreign national held at home, is Poland's arrest of a Belarusian (session 58, A58's
    # passive-arrest rule, as the open sets code a foreign national arrested in the passive)
    (
        "WARSAW",
        "Polish Prime Minister Donald Tusk said the country would respond.\n\nThe suspect, a "
        "Belarusian citizen, was detained in Warsaw. Prosecutors said he had met Russian "
        "officers in Minsk.",
        "POL>BLR:17",
    ),
]

# the private person holds the pronoun: no state met anyone
NONE: list[tuple[str, str]] = [
    (
        "VILNIUS",
        "Estonian Foreign Minister Margus Tsahkna said the Baltic states faced the same "
        "threats.\n\nThe officer, a major in the Lithuanian army, was arrested in September. "
        "Prosecutors said he had met Chinese intelligence officers in Minsk.",
    ),
    (
        "BERLIN",
        "German Chancellor Friedrich Merz said Berlin would not be intimidated.\n\nA man was "
        "arrested in Munich on Monday. Prosecutors said he had met Iranian diplomats in "
        "Vienna.",
    ),
    (
        "BAKU",
        "Aliyev said the jet had been hit by a Russian missile before it tried to land in "
        "Kazakhstan.",
    ),
    (
        "ANKARA",
        "The airliner was struck by an Iranian missile shortly after it took off for Ukraine.",
    ),
    (
        "BAKU",
        "President Ilham Aliyev said the Embraer jet had been hit by a Russian missile over "
        "the city of Grozny before it tried to land in the Kazakh city of Aktau.",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_actors_review45_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES] + [b for _, b in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review45_pronouns(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
