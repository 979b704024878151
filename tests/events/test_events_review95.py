"""Review 95 (session 34, S43): four coder errors among a development set's extras, each in a
general form.

A state's police or troops that free people another party held ("freed two engineers held by
a gang", "freed a priest kidnapped by gunmen") rescue them: no release (084) is conceded by
the rescuer (v.release, v.set_free: a by-agent under the freed people's clause, or a word of
kidnapping or a raid). Condolences offered "for" a state's dead or wounded are a comment to
that state (018), never an offer (030), and with no state found they are nothing
(v.offer_condolences, v.offer). A promise that the culprits "would be found" or "punished" is
an act at home, no pledge to the state talked with (sides._counterpart_fits). Money "for the
mission" a story named as an IGO's ("the African Union mission") goes to that IGO, not to the
dateline's state (reactions._mission_owner).

Then four of its misses in their general form: a dispute raised "at a summit" of leaders, or
taken "to every forum", on a condition the other side controls is a threat (v.raise_at_summit,
v.refer_dispute's forum), and pressing on ("if the work went ahead", "if Lilongwe proceeded")
is such a condition as a duty left undone is (rules persisting_verbs, "ahead"); a craft said
to have been "fishing legally" defends its state's catch (v.say_lawful). A state expected to act "quickly" is pressed to
(v.expect_compliance's haste words, 100); know-how shared with another state's people is cooperation
(v.share_expertise, 060; 03 when promised); "does not accept that its ships crossed the line"
after an accusation rejects it (v.not_accept_that, 120). Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a captor's own release stays one
    ("TEHRAN", "Iran freed two French tourists held in Evin prison since 2023.", "IRN>FRA:08"),
    (
        "BAKU",
        "Azerbaijani police released two detained Armenian journalists on Friday.",
        "AZE>ARM:08",
    ),
    (
        "LIMA",
        "Peru's foreign minister offered condolences for a Bolivian officer who was wounded in"
        " the raid.",
        "PER>BOL:01",
    ),
    (
        "LIMA",
        "Peru's president spoke by phone with Bolivia's president on Friday and offered Peru's"
        " condolences for a Bolivian soldier who was killed in the flood.",
        "PER>BOL:04 PER>BOL:01",
    ),
    ("LIMA", "Peru offered Bolivia help to rebuild the flooded towns.", "PER>BOL:03"),
    (
        "QUITO",
        "Peru's interior minister met Ecuador's interior minister in Quito on Monday. He promised"
        " that the gunmen would be caught.",
        "PER>ECU:04",
    ),
    (
        "QUITO",
        "Colombia's foreign minister met Ecuador's foreign minister on Tuesday and vowed that the"
        " attackers would be punished.",
        "COL>ECU:04",
    ),
    # a promise of the promiser's own act on the other state's business stays a pledge
    (
        "QUITO",
        "Ecuador's president spoke with Colombia's president on Monday. He promised that the loan"
        " would be repaid by June.",
        "ECU>COL:04 ECU>COL:03",
    ),
    (
        "NDJAMENA",
        "Chad will withdraw its 1,500 soldiers from the African Union mission in Sudan by the end"
        " of May, its defense minister said. The European Union said it would release 30 million"
        " euros for the mission next month.",
        "TCD>AU:03|16 EU>AU:07|03",
    ),
    (
        "BANGUI",
        "Rwanda will send 600 more troops to the U.N. force in the Central African Republic, its"
        " army said. Japan pledged $12 million for the force on Tuesday.",
        "RWA>UN:03 JPN>UN:03|07",
    ),
]

CASES += [
    (
        "LUSAKA",
        "Zambia sent a protest note to Malawi over its dam plan. The foreign minister said Zambia"
        " would raise the issue at a summit of southern African leaders in August if the work"
        " went ahead.",
        "ZMB>MWI:11 ZMB>MWI:13",
    ),
    # no condition: a plan, uncoded
    (
        "LUSAKA",
        "Zambia sent a protest note to Malawi over its dam plan. The foreign minister said Zambia"
        " would raise the issue at a regional summit.",
        "ZMB>MWI:11",
    ),
    (
        "LUSAKA",
        "Zambia sent a protest note to Malawi over its dam plan. The foreign minister said Zambia"
        " would take the dispute to the regional court if Lilongwe proceeded with the tender.",
        "ZMB>MWI:11 ZMB>MWI:13",
    ),
    (
        "KINGSTON",
        'Jamaica formally asked the Netherlands to open talks on reparations. "If The Hague will'
        ' not talk to us, we will take our case to every forum that will hear it," the foreign'
        " minister said.",
        "JAM>NLD:02 JAM>NLD:13",
    ),
    # an appeal first told in the quotation is the news itself
    (
        "KINGSTON",
        '"We are asking the Netherlands to return the artifacts," the foreign minister of'
        " Jamaica said.",
        "JAM>NLD:02",
    ),
    (
        "LIMA",
        "Peru's navy seized a Chinese fishing vessel inside its waters on Monday and detained its"
        " crew, drawing a protest from Beijing. At a briefing in Beijing, Foreign Ministry"
        " spokeswoman Li Na said the vessel had been fishing legally in international waters.",
        "PER>CHN:17 CHN>PER:11 CHN>PER:12",
    ),
    (
        "LIMA",
        "Peru's navy seized a Chinese fishing vessel inside its waters on Monday. Foreign Ministry"
        " spokeswoman Li Na said the vessel had been fishing illegally.",
        "PER>CHN:17",
    ),
]

CASES += [
    (
        "NAIROBI",
        "Kenya has formally asked France to extradite a former minister, Attorney General Jane"
        ' Otieno said on Thursday. "We expect Paris to act quickly," Otieno said.',
        "KEN>FRA:02 KEN>FRA:10",
    ),
    (
        "NAIROBI",
        "Kenya expects France to respond swiftly to its request, the minister said.",
        "KEN>FRA:10",
    ),
    (
        "NAIROBI",
        "Rwanda's justice minister, on a visit to Nairobi, said Kigali would share with Kenyan"
        " prosecutors the experience it had gained in tracing stolen money.",
        "RWA>KEN:03 RWA>KEN:04",
    ),
    (
        "NAIROBI",
        "Rwanda shared its expertise in flood control with Kenyan engineers last year.",
        "RWA>KEN:06",
    ),
    (
        "KINGSTON",
        "Jamaica accused Dutch troops of crossing into its waters. The Netherlands does not"
        " accept that its ships crossed the line.",
        # session 52: "Dutch troops crossing into its waters" under the accusation codes 150
        # too (v.cross_into), as "crossing the border" would (v.cross_border)
        "JAM>NLD:11 NLD>JAM:15 NLD>JAM:12",
    ),
]

NONE: list[NearMiss] = [
    # a forecast, no haste asked; know-how told to no state; a claim of no one's
    ("NAIROBI", "Kenya expects France to remain its top investor, the minister said."),
    ("NAIROBI", "The minister shared his experience with reporters."),
    ("KINGSTON", "The Netherlands does not accept that the climate is changing, a spokesman said."),
    # people freed from a gang, gunmen, militants or smugglers: a rescue
    (
        "LIMA",
        "Peruvian police freed two Bolivian engineers on Monday who had been held for a week by a"
        " gang near the border.",
    ),
    ("NIAMEY", "Nigerien troops freed an Italian priest kidnapped by gunmen in March."),
    (
        "MANILA",
        "Philippine marines freed three Malaysian sailors held hostage by militants on Jolo.",
    ),
    ("ACCRA", "Ghanaian soldiers set free two Togolese traders held by smugglers near the border."),
    # condolences with no state consoled
    ("LIMA", "Peru offered its sympathies for the Bolivian miners killed in the blast."),
]

GAPS: list[Gap] = [
    (
        "KINGSTON",
        'Jamaica formally asked the Netherlands on Monday to open talks on reparations. "We are'
        ' not asking for charity. We are asking the Netherlands to sit down with us," the'
        " foreign minister said.",
        "JAM>NLD:02",
        "an appeal said again in a quotation after the news told it restates it (optional by"
        " the guidelines) and is coded again: the rule that dropped it (session 34, S43) was"
        " taken out at landing, since without the quoted appeal a later reaction answered"
        " another act and a blind set lost a required event",
    ),
    (
        "KINGSTON",
        "Jamaica formally asked the Netherlands to open talks on reparations. The Netherlands did"
        " not accept that reparations were the answer.",
        "JAM>NLD:02 NLD>JAM:12",
        "a refusal told as a reaction answers a complaint, demand or threat (reaction_matches"
        " 'answered complaint'), not an appeal",
    ),
    (
        "HAVANA",
        "Cuba freed a jailed American contractor held by its security police since 2022.",
        "CUB>USA:08",
        "the by-agent is the freer's own organ: a release, read as a rescue (the agent's owner"
        " is not compared with the subject)",
    ),
    (
        "NDJAMENA",
        "Chad will withdraw its 1,500 soldiers from the African Union mission in Sudan by the end"
        " of May, its defense minister said. The European Union, which funded the mission's"
        " predecessor, said it would give 30 million euros to the mission.",
        "TCD>AU:03|16 EU>AU:07|03",
        "a gift 'to the mission' fills the recipient slot with no actor, so no gift is kept for"
        " _mission_owner to place",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review95_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review95_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
