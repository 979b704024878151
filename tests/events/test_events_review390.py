"""Review 390 (session 66, P2): a blow dealt with a trade measure is that measure.

"Australia was hit with tariffs by China" coded an attack (v.hit, 19). A state hit with
tariffs, duties, a ban or sanctions is hit by that measure (v.hit_with, 163), no force:
v.hit's unless_prep_objects now lists the measures, read under its with-phrase only
(unless_preps), so a strike told beside a ban or sanctions elsewhere in the sentence stays a
strike. In the passive, v.hit_with's object is the with-phrase, so the passive's subject is
the one acted on, as the active's direct object is ("China hit Australia with tariffs").

Near misses: a depot hit by missiles or with drones, a refinery that had escaped sanctions,
air defences hit despite an embargo: still attacks (19).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# hit with a measure: the measure (16), active or passive
CASES: list[Case] = [
    ("CANBERRA", "Australia was hit with tariffs by China.", "CHN>AUS:16"),
    (
        "OTTAWA",
        "Canada was hit with steel duties by the United States on Friday.",
        "USA>CAN:16",
    ),
    ("BEIJING", "China hit Australia with tariffs on barley.", "CHN>AUS:16"),
    # ... while a blow by arms stays an attack (19), whatever measure the sentence names
    ("KYIV", "A Ukrainian fuel depot was hit by Russian missiles overnight.", "RUS>UKR:19"),
    ("KHARKIV", "Russia hit a Ukrainian fuel depot with drones.", "RUS>UKR:19"),
    ("ODESA", "Ukraine hit a Russian refinery that had escaped sanctions.", "UKR>RUS:19"),
    ("TEHRAN", "Israel hit Iranian air defences despite an arms embargo.", "ISR>IRN:19"),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "SANTIAGO",
        "Chile was hit with new export restrictions by Argentina.",
        "ARG>CHL:16",
        "the parser hangs the by-phrase on the restrictions, so v.hit_with finds no source",
    ),
    (
        "OSLO",
        "Norway was hit with a fishing ban by Russia.",
        "RUS>NOR:16",
        "the parser hangs the by-phrase on the ban, so v.hit_with finds no source",
    ),
    (
        "TOKYO",
        "Japan was hit with export curbs by China.",
        "CHN>JPN:16",
        "curbs are not among v.hit_with's objects",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review390_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review390_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
