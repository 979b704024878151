"""Review 121 (session 43, O62): over-coding found in the opened set 62 (its sentences are not
used here).

- "The two sides" after a sentence that names a pair by the relation between them ("India's
  relations with China have been tense ... The two sides fought border clashes"): that pair,
  not the story's pair that holds one of them (actors/plurals.py _related_pair,
  plurals.yaml relation_nouns); a sentence that names no such relation keeps the story's pair.
- "accused the government of ceding land to Malawi, a charge it denies": the denier is the
  accused (actors/coref.py _accused, pronouns.yaml accusing_verbs, charge_nouns,
  denial_verbs), and a bare "the government" is never the state its own told act goes to
  (actors/resolve.py _in_told_act); an accused that is no state leaves "it" unresolved.
- Goods named as another's own and carried ("ships much of Malawi's fuel through the port of
  Beira"): a service to their owner, no gift (events/extract.py _carried_for_owner, clauses
  obj_mod, rules.yaml carrying_verbs); nor is the part that holds the goods ("much of ...")
  a second object naming a receiver (clauses dobj_other).
- "both ambassadors", "the two ambassadors" (plurals.yaml nouns): the envoys of the pair
  told, as "both envoys" already was.
Near misses: an accusation by a domestic critic with no state party, goods carried with no
owner named, ambassadors of no pair.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DHAKA",
        "Bangladesh and India signed a trade pact on Monday. India's relations with China have"
        " been tense, with New Delhi accusing Beijing of building roads in disputed areas. The"
        " two sides fought border clashes in 2020.",
        "BGD>IND:05 IND>BGD:05 IND>CHN:11 IND>CHN:19 CHN>IND:19",
    ),
    (
        "ASTANA",
        "Kazakhstan and Uzbekistan opened a new rail crossing on Friday. Uzbekistan's relationship"
        " with Tajikistan has improved since 2016. The two countries will hold talks in Dushanbe"
        " next week.",
        "KAZ>UZB:08 UZB>KAZ:08 UZB>TJK:04 TJK>UZB:04",
    ),
    # no relation told: the story's pair stays
    (
        "DHAKA",
        "Bangladesh and India signed a trade pact on Monday. Relations with China were not"
        " discussed. The two sides will meet again in May.",
        "BGD>IND:05 IND>BGD:05 BGD>IND:04 IND>BGD:04",
    ),
    (
        "DHAKA",
        "Bangladesh and India signed a trade pact on Monday. India also accused China of building"
        " roads in disputed areas. The two sides will meet again in May.",
        "BGD>IND:05 IND>BGD:05 IND>CHN:11 BGD>IND:04 IND>BGD:04",
    ),
    (
        "ZOMBA",
        "Zambia and Malawi signed a border treaty in 1986. Opposition parties have accused the"
        " government of ceding land to Malawi, a charge it denies.",
        "ZMB>MWI:05 MWI>ZMB:05",
    ),
    (
        "ZOMBA",
        "Zambia signed a border treaty with Malawi in 1986. Critics accused the government of"
        " giving an island to Malawi, a charge it denies.",
        "ZMB>MWI:05",
    ),
    (
        "VIENTIANE",
        "Laos accused Thailand of shelling a border village, a charge it denies.",
        "LAO>THA:11 THA>LAO:12",
    ),
    # goods given keep their receiver
    ("MAPUTO", "Tanzania shipped 500 tonnes of food aid to Burundi.", "TZA>BDI:07"),
    ("MAPUTO", "Japan shipped much of its rice aid to Haiti.", "JPN>HTI:07"),
    (
        "COTONOU",
        "Benin summoned Niger's ambassador on Friday over the closure of the border. Togo's"
        " foreign minister met the two ambassadors on Saturday.",
        # the closure protested, by the state protested to, was done to Benin (X62, session 62)
        "BEN>NER:11 NER>BEN:16 TGO>BEN:04 TGO>NER:04",
    ),
    (
        "COTONOU",
        "Benin and Niger traded accusations over the border. Nigeria offered to mediate, and its"
        " foreign minister spoke with both ambassadors on Sunday.",
        "BEN>NER:11 NER>BEN:11 NGA>BEN:03 NGA>NER:03 NGA>BEN:04 NGA>NER:04",
    ),
]

NONE: list[NearMiss] = [
    (
        "MAPUTO",
        "Mozambique, which ships much of Malawi's fuel through the port of Beira, said it would"
        " keep its fees low.",
    ),
    ("MAPUTO", "Tanzania trucks most of Burundi's fuel from Dar es Salaam."),
    ("MAPUTO", "Kenya transports nearly all of Uganda's imported fuel through Mombasa."),
    (
        "BANJUL",
        "Critics have accused the cabinet for months of selling fishing rights to China, a charge"
        " it rejects.",
    ),
    (
        "BANJUL",
        "Rights groups have accused the government of abusing migrants, a charge it denies.",
    ),
    ("COTONOU", "Togo's foreign minister met ambassadors from 30 countries on Saturday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review121_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review121_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
