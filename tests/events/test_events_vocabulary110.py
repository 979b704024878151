"""Vocabulary 110 (session 57, helper R57b, recall of roots 03, 05, 06 and 07): a sum added,
and a fresh start named.

A form the open sets' misses of material aid hold, rewritten here with other names and words:
- "Seoul would add 8 million dollars for clinics in ...", "will add 12 million pounds to the
  bridge project": a sum added is money given, as a sum granted is (v.give_money, now with
  "add"), aimed where the sum's for- or to-phrase says, or at the recipient the story gives
  (the delivery rules: the sides of the project told before); told as future, a pledge (03).
- A sum added to one's own reserves, budget or money supply, or an index gaining points,
  names no recipient and codes nothing; "add" as a verb of saying is not read here at all
  (its object is no sum).
- "called the accords a new page in relations", "a new chapter for the region": a fresh start
  named is approval (v.call_praise, aimed at the act's authors), no blame (v.call_names no
  longer reads "page" or "chapter" as a name of a wrong); a past named with grief ("a dark
  chapter of history") is neither, and a wrong named beside the page ("a shameful page")
  still blames.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# patterns.yaml v.give_money: lemma "add"
SUM_ADDED: list[Case] = [
    (
        "TOKYO",
        "Japan said on Monday that it would add 20 million dollars for mine clearance in Laos.",
        "JPN>LAO:03|07",
    ),
    ("OSLO", "Norway added 50 million dollars for flood relief in Sudan on Tuesday.", "NOR>SDN:07"),
    (
        "BRUSSELS",
        "The European Union will add 30 million euros for Kenyan border posts.",
        "EU>KEN:03|07",
    ),
    (
        "CANBERRA",
        "Fiji's cabinet approved a new airport at Nadi. Australia will add 15 million dollars to the project.",
        "AUS>FJI:03|07",
    ),
]
OWN_SUM_NOT: list[NearMiss] = [
    ("BRASILIA", "Brazil added 1.2 billion dollars to its foreign reserves in March."),
    ("SANTIAGO", "Chile's central bank added 2 billion dollars to the money supply."),
    ("MANILA", "The Philippine government added 3 billion pesos to its defense budget."),
    ("LONDON", "The FTSE index added 3 percent on Monday."),
]

# patterns.yaml v.call_praise object_words, v.call_names unless_words: page, chapter
FRESH_START: list[Case] = [
    (
        "RABAT",
        "Morocco and Mauritania signed three accords on fishing. Spain called the accords a new "
        "page for the region.",
        "MAR>MRT:05 MRT>MAR:05 ESP>MAR:05 ESP>MRT:05",
    ),
    (
        "HANOI",
        "Vietnam and Cambodia signed a border treaty. Laos called the treaty a new chapter for the "
        "Mekong region.",
        "VNM>KHM:05 KHM>VNM:05 LAO>VNM:05 LAO>KHM:05",
    ),
    (
        "LIMA",
        "Chile expelled two Peruvian diplomats. Peru called the expulsions a shameful page in relations.",
        "CHL>PER:16 PER>CHL:11",
    ),
]
GRIEF_NOT: list[NearMiss] = [
    ("PRAGUE", "Slovakia's premier called the 1968 invasion a sad page in Czech history."),
]

CASES: list[Case] = SUM_ADDED + FRESH_START
NONE: list[NearMiss] = OWN_SUM_NOT + GRIEF_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary110_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary110_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
