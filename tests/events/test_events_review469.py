"""Review 469 (session 69, RT69): a party told to mind what is its own is rebuked (111).

"Islamabad should look at its own failures before it lectures others", "Spain should worry about
its own streets": an obliged clause (should, ought, must) whose verb turns the other party's eyes
to what is its own is a retort, CAMEO's disapproval (111; the guidelines' "criticize" -> 11), not
an appeal (v.say_should 020) nor a demand (v.say_must 100). `v.say_mind_own` (patterns.yaml,
before v.say_must and v.say_should) needs the obliged clause and objects `retort_clause`: the
clause's verb is one of looking or caring (its clause_words) with "own" under it.

Near misses: an obliged clause of another verb with "own" ("must guard its own borders" stays a
demand), and a looking verb with nothing of the party's own ("should look at the proposal again"
stays an appeal). Gap: the retort told in an infinitive of "told" ("told Spain to mind its own
business": v.tell_to's appeal).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KABUL",
        "Islamabad should look at its own failures before it lectures others, the Afghan "
        "foreign minister said on Tuesday.",
        "AFG>PAK:11",
    ),
    (
        "SAN SALVADOR",
        "El Salvador's president wrote on Monday that Spain should worry about its own streets.",
        "SLV>ESP:11",
    ),
    ("TEHRAN", "Iran said Sweden should look at the gangs on its own streets.", "IRN>SWE:11"),
    ("ANKARA", "Turkey said Greece must mind its own business.", "TUR>GRC:11"),
    (
        "MINSK",
        "Belarus said Lithuania should attend to its own economy instead of lecturing Minsk.",
        "BLR>LTU:11",
    ),
    (
        "CAIRO",
        "Egypt's foreign minister said Ethiopia should care for its own people before "
        "blaming others.",
        "EGY>ETH:11",
    ),
]
# an obliged clause of another verb, or a looking verb with nothing of the party's own
NONE: list[NearMiss] = []
CASES += [
    ("MOSCOW", "Russia said Armenia must guard its own borders.", "RUS>ARM:10"),
    ("NAIROBI", "Kenya said Somalia should look at the proposal again.", "KEN>SOM:02"),
    ("LIMA", "Peru said Chile should focus on the border talks.", "PER>CHL:02"),
    ("TOKYO", "Japan said China should release the fishermen it holds.", "JPN>CHN:02"),
]
GAPS: list[Gap] = [
    (
        "MADRID",
        "El Salvador's president told Spain to mind its own business.",
        "SLV>ESP:11",
        "codes SLV>ESP:02 (an appeal): the retort told in an infinitive of 'told' is v.tell_to's",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review469_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review469_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
