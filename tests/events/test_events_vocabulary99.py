"""Vocabulary 99 (session 53, O75): heads of foreign offices sent out, courts fought in words.

- "ordered the head of the UNHCR office in Juba to leave the country", "told the director of
  Russia's trade mission to depart": the head, chief or director of another state's or an
  IGO's office ordered out is expelled (166, v.order_leave), as its diplomats and officials
  are, not only told what to do (1056); the of-phrase names whose office it is.
- "whose governments have clashed with the court": a court, tribunal, prosecutor or judge is
  fought in words only, so no armed clash (190, v.fight) is read, and no such clash in a
  relative clause takes the place of the act its sentence's subjects react to ("Mali and
  Burkina Faso, whose ... clashed with the court, praised the move": the move's doer).
- "Mali ordered two French diplomats to leave ... [three paragraphs] ... Senegal said it
  regretted the expulsion": a third state's reaction to a named act reaches back past the
  bystander window to the lead's act of that kind, as wire copy tells reactions to its lead
  last (reactions._context_target, as _latest_deed does for "the move"); not when another
  act of the kind was told after the lead, or the lead tells two by different authors (which
  one is meant is not said).
- "Benin denied hosting French forces", "denied buying Turkish drones": a denied act that
  harms no one names no party of the denial (clauses._harmless_denied for the xcomp_obj and
  xcomp_args slots of v.reject); a denied harm ("denied attacking Nigerien troops") still
  answers the state harmed.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the head, chief or director of a foreign or IGO office ordered out: an expulsion (16)
    ("JUBA", "South Sudan on Tuesday ordered the head of the UNHCR office in Juba to leave the country within 72 hours.", "SSD>UN:16"),
    ("BAMAKO", "Mali ordered the chief of the World Food Programme's office in Gao to leave the country.", "MLI>UN:16"),
    ("TALLINN", "Estonia told the director of Russia's trade mission to depart within a week.", "EST>RUS:16"),
    ("NIAMEY", "Niger ordered the head of the European Union's delegation to leave the country on Friday.", "NER>EU:16"),
    # the expulsion's own accusation beside it stays
    ("KINSHASA", 'Congo on Monday ordered the head of the U.N. human rights office to leave the country, accusing the United Nations of "spreading lies."', "COD>UN:16 COD>UN:11"),
    # a court fought in words: no clash; the reaction after it answers the act just told
    ("CONAKRY", "Chad on Monday ordered the head of the International Criminal Court's office to leave. Niger and Sudan, whose military rulers have also clashed with the court, praised the decision.", "TCD>ICC:16 NER>TCD:05 SDN>TCD:05"),
    ("ARUSHA", "Burundi has clashed with the tribunal for years, Kenya said.", ""),
    # armies still clash
    ("ADDIS ABABA", "Ethiopian and Sudanese troops clashed near the border on Sunday.", "ETH>SDN:19 SDN>ETH:19"),
    ("ADDIS ABABA", "Sudanese troops clashed with Ethiopian forces near the court house in Gallabat.", "SDN>ETH:19"),
    # a denied harm answers the state harmed
    ("NIAMEY", "Burkina Faso denied attacking Nigerien troops near the border.", "BFA>NER:12"),
    # a named act's reaction reaches back to the lead's act of the kind
    ("BAMAKO", "Mali on Tuesday ordered two French diplomats to leave the country within 72 hours. The order was read on state radio. Traders in Bamako reacted with dismay. Lawyers said they would appeal. Senegal said it regretted the expulsion.", "MLI>FRA:16 SEN>MLI:11"),
    ("YANGON", "Myanmar's junta on Tuesday told the head of the UNICEF office in Yangon to leave within a week. The notice was delivered by hand. Aid groups voiced alarm. Donors said they would wait. Thailand said it deplored the expulsion.", "MMR>UN:16 THA>MMR:11"),
    ("BAMAKO", "Mali on Tuesday ordered two Algerian diplomats to leave the country within 72 hours. The order was read on state radio. Traders in Bamako reacted with dismay. Lawyers said they would appeal. Analysts were not surprised. Senegal condemned the expulsions.", "MLI>DZA:16 SEN>MLI:11"),
]

NEAR_MISSES: list[NearMiss] = [
    # a domestic post, or the head of the country's own police, is no foreign office
    ("LUSAKA", "Zambia ordered the head of the police unit to leave his post within 72 hours."),
    ("ABUJA", "Nigeria's president ordered the head of the central bank to leave office on Friday."),
    # a court quarrel is no armed clash
    ("THE HAGUE", "Venezuela, whose government has clashed with the court for years, said on Monday it would not attend the hearing."),
    ("ARUSHA", "Burundi's army clashed with the tribunal's prosecutors over the evidence, Kenya said."),
    # a denied act that harms no one names no party
    ("COTONOU", "Togo has denied hosting Russian military instructors."),
    ("COTONOU", "Togo denied buying Chinese drones last year."),
    ("COTONOU", "Togo denied importing Indian rice through Lome."),
]

#: a second act of the kind told after the lead, beyond the window: which one is meant?
_TWO_EXPULSIONS = (
    "Mali on Tuesday ordered two French diplomats to leave the country within 72 hours. The order was"
    " read on state radio. France told two Malian diplomats to leave Paris on Wednesday. Traders in"
    " Bamako reacted with dismay. Lawyers said they would appeal. Analysts were not surprised."
    " Senegal regretted the expulsion."
)
_BOTH_IN_LEAD = (
    "Mali on Tuesday ordered two French diplomats to leave the country, and France responded within"
    " hours by expelling two Malian diplomats. The order was read on state radio. Traders in Bamako"
    " reacted with dismay. Lawyers said they would appeal. Senegal regretted the expulsion."
)

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary99_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary99_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
def test_events_vocabulary99_no_lead_act_past_another_of_its_kind() -> None:
    """The two expulsions stay; Senegal's regret names neither."""
    got = code_audit([("BAMAKO", _TWO_EXPULSIONS, "")], [], [])[_TWO_EXPULSIONS]
    assert matches(got, "MLI>FRA:16 FRA>MLI:16"), got
    got = code_audit([("BAMAKO", _BOTH_IN_LEAD, "")], [], [])[_BOTH_IN_LEAD]
    assert matches(got, "MLI>FRA:16 FRA>MLI:16"), got
