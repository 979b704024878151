"""Family words the model lemmatizes off their listed lemma (session 31, VOCAB).

A word in a pattern's list never fires when the parser gives its inflected forms another
lemma: "axed" is "ax" (listed "axe"), "greenlighted" is "greenlighte" and "greenlit" its own,
"cochaired" "cochaire", "relisted" "reliste", "unlisted" "unliste", "reapplied" "reapplie",
"resupplied" "resupplie", "bogged" "bogge"; a plural noun "boycotts" stays "boycotts", and
"summons" is "summon". Each model lemma is listed beside its word, as "din", "fin" and
"retook" already are, so these forms code what their siblings code. The near misses keep the
words' other senses ("the coach axed two players"). Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("LIMA", "Peru axed the planned talks with Bolivia.", "PER>BOL:16"),
    ("LIMA", "Peru axed its tariffs on Bolivian quinoa.", "PER>BOL:08"),
    ("LIMA", "Peru axed a visit to Bolivia by its trade minister.", "PER>BOL:16"),
    (
        "NAIROBI",
        "The U.S. State Department greenlighted the sale of 12 helicopters to Kenya.",
        "USA>KEN:07",
    ),
    ("NAIROBI", "Washington greenlit the sale of 12 helicopters to Kenya.", "USA>KEN:07"),
    (
        "OSLO",
        "Norway and Finland cochaired the Arctic talks with Russia.",
        "NOR>RUS:04 FIN>RUS:04",
    ),
    ("HAVANA", "The United States relisted Cuba as a state sponsor of terrorism.", "USA>CUB:16"),
    ("HAVANA", "The United States unlisted Cuba as a state sponsor of terrorism.", "USA>CUB:08"),
    ("AMMAN", "Jordan resupplied Gaza with food and medicine.", "JOR>PSE:07"),
    ("DHAKA", "Bangladesh's boycotts of Israeli goods hurt trade.", "BGD>ISR:16"),
    ("RIGA", "Latvia's summons of the Russian ambassador followed the drone crash.", "LVA>RUS:11"),
]

NONE: list[NearMiss] = [
    ("TUNIS", "The coach axed two Tunisian players from the squad."),
    ("DHAKA", "Bangladesh joined boycotts of Israeli goods."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary46_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary46_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
