"""Review 299 (session 64, C64): "him" is no mine's or field's name.

"... a rail spur from the Tavan Tolgoi coal field ... Mongolia's president thanked Seoul for
its support and invited him to visit": the model read the field's name as a person, and the
pronoun resolver took that "person" for "him", so the invitation found no state. A name the
model took for a person's that modifies a lower-case site noun after it, at most one noun
between (offices.yaml site_tails: mine, field, dam, pipeline, port terminal ...), is the
place's name, no person (resolve._site_name); "the Biden administration" (no site noun) stays
the person's group.

Near misses: a name before a noun that is no site.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a place's name before a site noun is no one "him" may stand for
CASES: list[Case] = [
    (
        "SEOUL",
        "South Korea's president hosted the Mongolian president in Seoul on Tuesday. Korean "
        "banks will lend 400 million dollars to build a railway from the Erdene Tolgoi coal "
        'field. "We will stand by Mongolia for decades," the South Korean leader told '
        "reporters. Mongolia's president thanked Seoul for its help and invited him to visit "
        "Ulaanbaatar in the spring.",
        "KOR>MNG:04 KOR>MNG:03 MNG>KOR:05 MNG>KOR:03|04",
    ),
    (
        "TOKYO",
        "Japan's prime minister received Kazakhstan's president in Tokyo on Monday. Japanese "
        'firms will expand the Kashagan Nur oil field under a new deal. "Kazakhstan is a '
        "partner we trust,\" the Japanese leader told reporters. Kazakhstan's president "
        "thanked Tokyo for its support and invited him to visit Astana next year.",
        "JPN>KAZ:04 JPN>KAZ:05 KAZ>JPN:05 KAZ>JPN:03|04",
    ),
    # ... while a person named before a noun that is no site is still one
    (
        "ASTANA",
        "Japan's foreign minister, Kenji Sato, arrived in Astana on Monday. Kazakhstan's "
        "president received Sato at his residence and thanked him for Japan's help.",
        "JPN>KAZ:04 KAZ>JPN:04 KAZ>JPN:05",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review299_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review299_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
