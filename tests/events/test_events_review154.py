"""Review 154 (session 47, lead): acts on an envoy told "according to" their teller.

- "according to" names who tells of an act, never a part of it (rules.attribution_preps):
  its words no longer refine or veto the act. "According" has the lemma "accord", a deal
  word that vetoes v.expel and v.recall ("expelled under the accord"), so "The Chinese
  ambassador was expelled, according to Vietnam" coded nothing.
- An agentless act on an envoy named by state ("the Chinese ambassador was summoned") takes
  for its doer the one state other than the envoy's that its "according to" phrase names
  (extract._according_state), as a speaker's state does in "Vietnam said the Chinese
  ambassador had been summoned" (_reporting_state). Never a recall, which the envoy's own
  state makes, never the envoy's own state, never two tellers.
- A foreign ministry by its other names ("the Department of Foreign Affairs", "the Foreign
  Office", "the Foreign Affairs Ministry") is the dateline's state's, as "the Foreign
  Ministry" is (roles.yaml bare).
- A complaint naming no one (talk_complaint_roots: 11), joined after a talk of its subject,
  is made to whom the talk was with, as an appeal there is (extract._after_talk): "met
  Nepalese officials and lodged a formal protest" protests to Nepal, where it used to answer
  the act just told (an objectless complaint) or an act of a third state told before.
- A state said to stir up violence or unrest is accused (v.say_incites, 112): "said Berlin
  had encouraged Warsaw's provocations", "said Ottawa was stoking unrest", "said Kyiv had
  orchestrated the attack"; encouraging talks or fuelling growth is no charge.
- An act another is stirred up to do ("incited Pristina to attack Serbs") is not done
  (blocking_governors) and is the stirred one's (object_control_verbs), not the inciter's.
- A rejection appended to an accusation as a noun phrase ("accused Bolivia of sheltering
  smugglers, a charge La Paz denied") answers the accuser, as one appended to a report does
  ("said ..., a charge Bucharest rejected"): reactions._claim_tellers stops its climb at a
  charging verb too; the parse is repaired where spaCy made the denial the root
  (nlp._reactions_read_as_roots), and a perfect may stand between the name and the verb
  ("a charge Lome has repeatedly denied", parties._contact_clause).
- A state hosted for a meeting is a visit received (v.host_state_for_talks, 043): "Kenya
  hosted Uganda for talks"; a team hosted for a match is none.
- An embassy downgraded in a state reduces relations with it (v.reduce_presence, 161), and
  a joint body with a named partner left is a cut (v.withdraw_treaty, 160), no military
  retreat (v.withdraw_from's unless_words).
- Sanctions a state faced from another are the other's (v.face_sanctions, 163, reversed):
  "Iran faced new sanctions from the European Union"; a possible one is not coded.
- Goods lent or loaned are aid given (v.provide_aid): "Poland lent Ukraine 40 tanks";
  support lent stays a show of support (v.throw_support).
- A request agreed to is a yielding (v.accede, 080; the guidelines code "agree" 05, the open
  gold a request agreed to 05/08): "Slovakia agreed to Austria's request".
- A passive act's patient refines its code as the object of the active does ("the Chinese
  ambassador was expelled by Vietnam" is 161, as "Vietnam expelled the Chinese ambassador").

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the teller of an agentless act on another state's envoy did it
    (
        "",
        "The Estonian ambassador was summoned on Monday, according to a statement from "
        "Latvia's foreign ministry.",
        "LVA>EST:11",
    ),
    (
        "",
        "According to the Peruvian foreign ministry, the Chilean envoy was summoned on Friday.",
        "PER>CHL:11",
    ),
    ("", "The Ghanaian ambassador was expelled on Tuesday, according to Togo.", "TGO>GHA:16"),
    (
        "",
        "According to officials in Amman, the Syrian charge d'affaires was summoned and "
        "handed a protest note.",
        "JOR>SYR:11",
    ),
    # "according to" no longer vetoes an act told with it
    ("", "Togo expelled the Ghanaian ambassador, according to a government statement.", "TGO>GHA:16"),
    ("", "Ghana recalled its ambassador from Togo, according to state radio.", "GHA>TGO:16"),
    # a foreign ministry by its other names is the dateline's state's, as "the Foreign
    # Ministry" is (roles.yaml bare)
    (
        "CANBERRA",
        "The Department of Foreign Affairs and Trade said it had summoned the Chinese ambassador.",
        "AUS>CHN:11",
    ),
    ("DUBLIN", "The Department of Foreign Affairs summoned the Russian ambassador.", "IRL>RUS:11"),
    ("LONDON", "The Foreign Office summoned the Iranian charge d'affaires.", "GBR>IRN:11"),
    ("QUITO", "The Foreign Affairs Ministry expelled a Peruvian diplomat.", "ECU>PER:16"),
    # a complaint naming no one after a talk is made to whom the talk was with
    (
        "",
        "Slovakia criticized Hungary over the quotas. The Polish envoy met European Commission "
        "officials on Friday and handed over a formal letter of protest.",
        "SVK>HUN:11 POL>EU:04 POL>EU:11",
    ),
    (
        "",
        "The Bhutanese envoy met Nepalese officials and lodged a formal protest.",
        "BTN>NPL:04 BTN>NPL:11",
    ),
    (
        "",
        "The Bhutanese envoy met Nepalese officials and voiced concern over the new fence.",
        "BTN>NPL:04 BTN>NPL:11",
    ),
    # ... but one that names its own addressee keeps it
    (
        "",
        "The Bhutanese envoy met Nepalese officials and lodged a protest with India.",
        "BTN>NPL:04 BTN>IND:11",
    ),
    # a state said to stir up violence or unrest
    ("", "Belarus said Germany had encouraged Poland's provocations.", "BLR>DEU:11"),
    ("", "Tehran said Ottawa was stoking unrest in the region.", "IRN>CAN:11"),
    ("", "Moscow said Kyiv had orchestrated the attack on the bridge.", "RUS>UKR:11"),
    ("", "Belgrade accused Tirana of inciting Pristina to attack Serbs.", "SRB>ALB:11"),
    # a rejection appended to an accusation answers the accuser
    ("", "Peru accused Bolivia of sheltering smugglers, a charge La Paz denied.", "PER>BOL:11 BOL>PER:12"),
    (
        "",
        "Mali accused Algeria of arming separatists, a charge Algiers has repeatedly rejected.",
        "MLI>DZA:11 DZA>MLI:12",
    ),
    (
        "",
        "Colombia accused Venezuela of harboring rebels, an accusation Caracas dismissed as "
        "baseless.",
        "COL>VEN:11 VEN>COL:12",
    ),
    (
        "",
        "Ghana accused Togo of arming militias, which Lome denied.",
        "GHA>TGO:11 TGO>GHA:12",
    ),
    # hosting, downgrading, leaving a joint body
    ("", "Rwanda hosted Burundi for talks on the border.", "RWA>BDI:04"),
    ("", "Lithuania downgraded its embassy in Minsk to a liaison office.", "LTU>BLR:16"),
    ("", "Armenia pulled out of the joint commission with Georgia.", "ARM>GEO:16"),
    ("", "Serbia withdrew from the border committee with Montenegro.", "SRB>MNE:16"),
    # sanctions faced from another
    ("", "Syria faced new sanctions from the European Union on Monday.", "EU>SYR:16"),
    # goods lent
    ("", "Slovakia lent Ukraine 12 howitzers.", "SVK>UKR:07"),
    ("", "Japan loaned two patrol boats to Vietnam.", "JPN>VNM:07"),
    ("", "Austria lent its support to Slovenia's bid.", "AUT>SVN:05"),
    # a request agreed to
    ("", "Slovakia agreed to Austria's request on Monday.", "SVK>AUT:05|08"),
    # a named doer still does it, wherever the teller is
    (
        "",
        "The Ghanaian ambassador was expelled by Togo, according to Nigerian officials.",
        "TGO>GHA:16",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a recall is the envoy's own state's, whoever tells of it
    ("", "The Moroccan ambassador was recalled for consultations, according to Algeria."),
    # the teller is the envoy's own state: who summoned him is unsaid
    ("", "The Nepali ambassador was summoned on Monday, according to Nepal's foreign ministry."),
    # two tellers, or an envoy of no named state
    ("", "The Iranian envoy was summoned on Friday, according to Dutch and Belgian officials."),
    ("", "The ambassador was summoned on Monday, according to Latvia's foreign ministry."),
    # fishermen of the teller's own state held by someone unnamed
    ("", "Two Vietnamese fishermen were detained near the islands, according to Hanoi."),
    # encouraging talks, fuelling growth, a charge denied; an act one is stirred up to do
    ("", "Beijing said Tokyo was encouraging talks with Seoul."),
    ("", "Brasilia said Buenos Aires had fuelled growth in the region."),
    ("", "Ankara said Athens had not provoked the incident."),
    # a team hosted, a storm's damage, a retreat of troops
    ("", "Rwanda hosted Burundi in a friendly match before the talks."),
    ("", "The storm cut power to the embassy in Minsk."),
    ("", "Armenian troops pulled out of the village."),
    # a request only to be considered
    ("", "Slovakia agreed to consider Austria's request."),
    # sanctions only possible
    ("", "Syria could face sanctions from the European Union."),
    # no dateline: the department is nobody's
    ("", "The Department of Foreign Affairs summoned a Russian diplomat."),
]

GAPS: list[Gap] = [
    (
        "",
        "Belgrade said Tirana had incited Pristina to attack Serbs in the north.",
        "SRB>ALB:11",
        "the incited party is the object, not one of v.say_incites' words; the act it is stirred "
        "to (the infinitive) is not read by the worded clause",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review154_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review154_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Togo expelled the Ghanaian ambassador on Tuesday.",
        "The Ghanaian ambassador was expelled by Togo on Tuesday.",
        "The Ghanaian ambassador was expelled on Tuesday, according to Togo.",
    ],
)
def test_events_review154_expelled_envoy_is_161_in_either_voice(text: str) -> None:
    """An expelled ambassador reduces relations (161), active or passive."""
    from newsgraph.pipeline import process

    events = process(f"Envoy out\n\n{text}\n", date="2026-03-03").events
    assert [(e.source, e.target, e.code) for e in events] == [("TGO", "GHA", "161")]
