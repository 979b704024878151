"""Vocabulary 82 (session 47, O66): money announced or lent "for X to ...", and names of
praise that blamed.

- A sum announced for a state is money given (v.give_money now reads "announce", 071): "Japan
  announced 20 million dollars to help Nepalese authorities rebuild schools"; a sum of
  tariffs, sales or spending announced is no gift (unless_words); a receiver found from
  context that is one of a pair told as the giver ("the two governments ... announced 10
  million dollars") is none (extract._fellow_giver).
- "approved a $35 million credit for Tonga to rebuild roads": the parser reads "for Tonga to
  rebuild" as a clause whose subject is Tonga, marked by "for"; that subject is whom the
  credit is for (clauses._for_clause_subjects, under the obj_sub slot of a for-phrase; the
  clause may hang on the credit or on the verb whose object it is).
- An appeal for emergency aid or disaster relief asks for humanitarian aid (appeal refinement
  0233, after talks, calm and release: "emergency talks" stay 026).
- "would draw all the consequences" is the stock threat "would draw the conclusions" is
  (v.draw_conclusions, 130, aimed at whoever last acted on the speaker's state).
- A deed called "an act of solidarity", "of friendship" or "of sovereignty" is no wrong of the
  one named (v.call_names unless_words); a wrong beside them still outweighs ("a violation of
  its sovereignty", "a betrayal of solidarity").

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # v.give_money: announced
    ("TOKYO", "Japan announced $20 million to help Nepal rebuild schools.", "JPN>NPL:07"),
    (
        "TOKYO",
        "Japan announced 20 million dollars to help Nepalese authorities rebuild schools.",
        "JPN>NPL:07",
    ),
    ("SEOUL", "South Korea on Monday announced 50 million dollars to help Laos rebuild bridges.", "KOR>LAO:07"),
    # a for-clause's subject is whom the sum is for
    (
        "WASHINGTON",
        "The International Monetary Fund on Tuesday approved a $120 million loan for Malawi to"
        " support its budget.",
        "IMF>MWI:07",
    ),
    (
        "WASHINGTON",
        "The World Bank on Monday approved a $35 million emergency credit for Tonga to rebuild"
        " roads and schools.",
        "WB>TON:07",
    ),
    # the clause hung on the verb rather than on the credit
    (
        "WASHINGTON",
        "The World Bank on Thursday approved a $35 million emergency credit for the Maldives to"
        " rebuild roads, schools and a water system on Addu, the bank said in a statement.",
        "WB>MDV:07",
    ),
    # a pair told as the giver gives to neither of its own (extract._fellow_giver)
    (
        "SUVA",
        "Tonga and Fiji held talks in Suva on Monday. Fiji's prime minister said after the talks"
        " that the two governments would also work together on fisheries and policing, and"
        " announced 10 million dollars for a new wharf.",
        "TON>FJI:04 FJI>TON:04 TON>FJI:03 FJI>TON:03",
    ),
    # "draw the consequences": the stock threat of v.draw_conclusions (130), at whoever acted
    (
        "TUNIS",
        "Libya refused on Monday to extradite a former Tunisian minister. Government spokesman"
        ' Ali Ben Salem said Tunis would "draw all the consequences," without giving details.',
        "LBY>TUN:12 TUN>LBY:13",
    ),
    (
        "TUNIS",
        "Libya refused on Monday to extradite a former Tunisian minister. Tunisia said it would"
        " draw the consequences of the refusal.",
        "LBY>TUN:12 TUN>LBY:13",
    ),
    # consequences drawn in the past: no threat; the refusal to extradite a former official is
    # coded against the state he served (review 217)
    (
        "TUNIS",
        "Libya refused on Monday to extradite a former Tunisian minister. Tunisia said it had"
        " drawn the consequences of the affair last year.",
        "LBY>TUN:12",
    ),
    # a wrong beside a good name still blames
    ("HAVANA", "Nicaragua called Mexico's shipment a violation of its sovereignty.", "NIC>MEX:11"),
    ("HAVANA", "Nicaragua called Mexico's vote a betrayal of solidarity.", "NIC>MEX:11"),
]

NEAR_MISSES: list[NearMiss] = [
    # announced sums that are no gift
    ("TOKYO", "Japan announced $5 billion in sales to India."),
    ("TOKYO", "Japan announced $20 million in new spending for its schools."),
    # a for-clause whose subject is no state
    ("WASHINGTON", "The World Bank approved a $35 million credit for farmers to rebuild roads."),
    ("TOKYO", "Japan approved a plan for Nepal to repay its debt over ten years."),
    ("WASHINGTON", "The World Bank on Thursday approved new rules for Malawi to follow, the bank said."),
    # consequences drawn by voters (drawn in the past: a row of CASES, coding the refusal only)
    ("TUNIS", "Analysts said voters would draw the consequences of the crisis at the next election."),
    # good names
    ("ROME", "Tunisia's foreign ministry called Italy's decision \"an act of friendship and trust.\""),
    ("HAVANA", "Nicaragua called Mexico's shipment \"an act of sovereignty and solidarity.\""),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary82_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary82_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)


#: (dateline, body, the appeal's full code)
APPEAL_CODES: list[tuple[str, str, str]] = [
    ("SUVA", "The government in Suva appealed to the United Nations for $40 million in emergency aid.", "0233"),
    ("SUVA", "Fiji appealed to Australia for disaster relief after the cyclone.", "0233"),
    ("SUVA", "Fiji called on Australia to hold emergency talks on the fishing dispute.", "026"),
    ("SUVA", "Fiji appealed to Australia for military help.", "0232"),
]


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "code"), APPEAL_CODES)
def test_events_vocabulary82_appeal_codes(dateline: str, body: str, code: str) -> None:
    """The appeal's specific code: emergency aid and relief are humanitarian."""
    from newsgraph.pipeline import process

    result = process(f"World news in brief\n\n{dateline} — {body}\n", date="2025-03-14")
    assert [e.code for e in result.events if e.sentence_index >= 1] == [code], body
