"""Reactions to an act told before by a plain noun, and charges in reported speech (issue #5,
part 9).

TOLD: a reaction whose object is a plain noun ("the vote", "the ruling", "the report", "the
findings", "the decision", "the move") answers the act told one or more sentences before:
a court's warrant or verdict (act family `ruling`, court verbs in `act_derivations`), a
council's vote ("vote adopt"), a decision told by a deciding word just before
(`deciding_words`, or in the story's lead, with no act coded since), a feeling about such a noun ("expressed
concern over the step"), a statement about the reactor told by a saying
verb (`_reporting_authors`), an act begun ("began discharging ... the discharge"), and a
body that acts for the actor naming it ("the EU's observer mission", "a WTO panel", "NATO
allies": `body_nouns`); "it" in a clause joined to such a reaction stands for its noun
("Kyiv praised the ruling, while Moscow dismissed it"). REPORTED: a charge told in a reported clause with no verb of
blame ("China said Washington was meddling in ...") is also found inside a clause of belief
("said it believed that Ankara was violating ...", `belief_words`), in a verb joined with no
subject of its own, in a passive with an agent ("its airspace had been violated by
Russian drones"), and for an act noun told before as the clause's subject ("China said the
pact undermined regional stability": the pact's signers). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR"). Every sentence was written for this file; none is copied from a gold set.
The first tables were written before the code, with near-misses; the SECOND tables after
it, as phrasings it was not designed for.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TOLD: list[Case] = [
    # a council's or a parliament's vote
    (
        "KHARTOUM, SUDAN",
        "The U.N. General Assembly voted on Tuesday to demand an immediate ceasefire in Sudan. "
        "Khartoum rejected the vote.",
        "SDN>UN:12",
    ),
    (
        "BEIRUT",
        "The U.N. Security Council voted on Thursday to extend its peacekeeping mission in "
        "Lebanon for another year. Lebanon welcomed the vote.",
        "LBN>UN:05",
    ),
    (
        "JERUSALEM",
        "The U.N. Security Council adopted a resolution on Friday demanding that Israel halt "
        "its offensive in Rafah. Israel rejected the vote.",
        "UN>ISR:10 ISR>UN:12",
    ),
    (
        "BAMAKO, MALI",
        "The U.N. Security Council voted on Friday to renew sanctions on Mali's junta. The "
        "measures include a travel ban on three officers. They were first imposed in 2017. "
        "Mali's transitional government rejected the vote on Sunday.",
        "UN>MLI:16 MLI>UN:12",
    ),
    # a court's warrant, ruling or verdict
    (
        "TRIPOLI, LIBYA",
        "The International Criminal Court issued an arrest warrant on Monday for a senior "
        "Libyan commander. Libya rejected the ruling.",
        # the warrant itself is the court's charge (session 21: v.issue_warrant, 173, as set
        # 17's gold codes "The ICC issued the warrant ..., charging" 11/17)
        "ICC>LBY:17 LBY>ICC:12",
    ),
    (
        "CAIRO",
        "The International Criminal Court issued a warrant for a Libyan commander on Monday. "
        "Egypt criticized the decision.",
        "ICC>LBY:17 EGY>ICC:11",
    ),
    (
        "BAMAKO, MALI",
        "The International Criminal Court convicted a former Islamist police chief of war "
        "crimes on Thursday. Mali welcomed the verdict.",
        "MLI>ICC:05",
    ),
    (
        "WASHINGTON",
        "The World Trade Organization ruled on Monday that U.S. tariffs on Chinese steel broke "
        "global trade rules. Washington rejected the ruling.",
        "USA>CHN:16",
    ),
    (
        "ISLAMABAD, PAKISTAN",
        "India's Supreme Court upheld the scrapping of Kashmir's special status on Monday. "
        "Pakistan condemned the verdict.",
        "PAK>IND:11",
    ),
    # a statement about the reactor, by a body of an IGO
    (
        "HARARE, ZIMBABWE",
        "Observers from the European Union said Sunday's election in Zimbabwe fell short of "
        "regional standards. The government in Harare dismissed the report.",
        "ZWE>EU:12",
    ),
    (
        "LILONGWE, MALAWI",
        "The European Union's observer mission said the count in Malawi was flawed. The "
        "government rejected the report.",
        "MWI>EU:12",
    ),
    (
        "JAKARTA, INDONESIA",
        "A WTO panel found that Indonesia's ban on nickel exports broke trade rules. Jakarta "
        "rejected the findings.",
        "",
    ),
    (
        "KIGALI, RWANDA",
        "U.N. experts said in a report that Rwandan soldiers were fighting alongside rebels in "
        "eastern Congo. Kigali rejected the findings.",
        "RWA>UN:12",
    ),
    # a decision, a move, an act begun
    (
        "MOSCOW",
        "NATO allies agreed on Tuesday to station more troops in Romania. Moscow condemned the "
        "decision.",
        "RUS>NATO:11",
    ),
    (
        "NIAMEY, NIGER",
        "ECOWAS leaders decided at a summit in Abuja on Sunday to lift sanctions on Niger. "
        "Niamey welcomed the move.",
        "",
    ),
    (
        "BEIJING",
        "Japan began discharging treated radioactive water from the Fukushima plant into the "
        "Pacific on Thursday. The foreign ministry in Beijing condemned the discharge.",
        "CHN>JPN:11",
    ),
    # shared acts, answers and second verbs that already worked (kept as they are)
    (
        "QUITO, ECUADOR",
        "Colombia and Venezuela signed a border security accord in Caracas on Friday. Brazil "
        "and Ecuador welcomed the accord.",
        "COL>VEN:05 VEN>COL:05 BRA>COL:05 BRA>VEN:05 ECU>COL:05 ECU>VEN:05",
    ),
    (
        "VILNIUS, LITHUANIA",
        "Lithuania accused Belarus of flying smuggling balloons into its airspace. Minsk "
        "dismissed the charge.",
        "LTU>BLR:11 BLR>LTU:12",
    ),
    (
        "NAIROBI, KENYA",
        "Tanzania extended its ban on Kenyan poultry imports for six months on Monday. The ban "
        "was first imposed in March. Traders in both countries say prices have risen. Kenya "
        "said it regretted the move and called on Dodoma to reconsider.",
        # "The ban was first imposed in March": the ban's doer told before (_told_doers)
        "TZA>KEN:16 TZA>KEN:16 KEN>TZA:11|12 KEN>TZA:02",
    ),
    (
        "KYIV, UKRAINE",
        "Russia said Ukraine had shelled a hospital in Donetsk. Ukraine rejected the report.",
        "UKR>RUS:12",
    ),
]

# round 2, a probe batch that found three more misses, then fixed: a feeling about a deed
# ("expressed concern over the step": _felt_act), a reaction coordinated before a verb with
# a target of its own ("condemned the vote and warned Athens"), a mediator of an agreement
# ("was brokered by Turkey") who is no author of it, a resolution told by a vote
TOLD += [
    (
        "NAIROBI, KENYA",
        "Somalia and Ethiopia signed an accord on Thursday to end their dispute over a port "
        "deal. The agreement was brokered by Turkey. Kenya's foreign ministry welcomed the "
        "accord in a statement on Friday.",
        "SOM>ETH:05 ETH>SOM:05 TUR>SOM:05|04 TUR>ETH:05|04 KEN>SOM:05 KEN>ETH:05",
    ),
    (
        "GENEVA",
        "The U.N. Human Rights Council voted on Friday to open an inquiry into abuses in Iran. "
        "Tehran condemned the resolution as politically motivated.",
        "IRN>UN:11",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "Japan's parliament approved a bill on Friday allowing its troops to strike enemy "
        "bases. South Korea expressed concern over the step.",
        "KOR>JPN:11|12",
    ),
    (
        "ANKARA, TURKEY",
        "The Greek parliament voted on Wednesday to extend territorial waters in the Ionian "
        "Sea. Turkey condemned the vote and warned Athens against further steps.",
        "TUR>GRC:11 TUR>GRC:13",
    ),
    (
        "TOKYO",
        "The U.N. Security Council voted on Thursday to tighten sanctions on North Korea. Japan "
        "said it welcomed the vote and urged all states to enforce the measures.",
        "UN>PRK:16 JPN>UN:05",
    ),
    (
        "ABUJA, NIGERIA",
        "ECOWAS suspended Guinea after the coup on Sunday. The bloc also froze the assets of "
        "the junta's leaders. Guinea's military government rejected the decision.",
        # the freeze "also" done continues the suspension's one target (coord13)
        "",
    ),
    (
        "BRASILIA, BRAZIL",
        "Argentina decided on Monday to withdraw from the World Health Organization. Brazil "
        "called the move a mistake.",
        "ARG>WHO:16 BRA>ARG:11",
    ),
]

# round 3: "it" in a clause joined to a reaction stands for that reaction's act noun
# (_shared_act); the second batch's "while Moscow dismissed it" was the probe
TOLD += [
    (
        "KYIV, UKRAINE",
        "The International Criminal Court issued an arrest warrant for a Russian general on "
        "Tuesday over strikes on Ukraine's power grid. Kyiv praised the ruling, while Moscow "
        "dismissed it as meaningless.",
        "ICC>RUS:17 UKR>ICC:05 RUS>ICC:12",
    ),
    (
        "GENEVA",
        "The U.N. Security Council voted to extend the mission in Mali. France welcomed the "
        "vote, but Russia criticized it.",
        "FRA>UN:05 RUS>UN:11",
    ),
    (
        "BRUSSELS",
        "Hungary vetoed the EU's aid package for Ukraine on Thursday. Poland criticized the "
        "package, and Slovakia defended it.",
        "HUN>EU:12 EU>UKR:07 POL>EU:11 SVK>EU:05",
    ),
]

# round 4: "the decision" also sums up a decision told in the story's lead (a dateline cut
# into sentences of its own does not count as lead), when no act it answers was coded since
TOLD += [
    (
        "MOSCOW",
        "NATO agreed on Tuesday to station more troops in Romania. The troops will arrive in "
        "May. Officials said the deployment would last a year. Romania's parliament debated "
        "the budget on Friday. Moscow condemned the decision.",
        # NATO's basing troops in Romania, pledged, since session 43 (v.station_forces)
        "NATO>ROU:03 RUS>NATO:11",
    ),
    (
        "BANGKOK",
        "Thailand ordered the closure of its border crossings with Cambodia on Monday after a "
        "deadly clash. Thousands of traders were stranded at the Aranyaprathet checkpoint. "
        "Long lines of trucks formed on both sides. Local officials said food prices were "
        "rising in border towns. Schools in the area stayed closed. Malaysia backed the "
        "decision on Wednesday.",
        "THA>KHM:16|19 MYS>THA:05",
    ),
]

TOLD_NONE: list[Case] = [
    # a deed coded since the lead is the one "the decision" answers (_latest_deed)
    (
        "BANGKOK",
        "Thailand ordered the closure of its border crossings with Cambodia on Monday after a "
        "deadly clash. Thousands of traders were stranded at the Aranyaprathet checkpoint. "
        "Long lines of trucks formed on both sides. On Tuesday, Cambodia suspended imports of "
        "Thai fuel. Local officials said food prices were rising in border towns. Schools in "
        "the area stayed closed. Malaysia backed the decision on Wednesday.",
        "THA>KHM:16|19 KHM>THA:16 MYS>KHM:05",
    ),
    (
        "PARIS",
        "The U.N. Security Council voted to extend the mission in Mali. France welcomed the "
        "vote, but Russia said it was premature.",
        "FRA>UN:05",
    ),
    (
        "TOKYO",
        "China raised tariffs on Australian wine on Monday. Japan expressed concern about the "
        "weather.",
        "CHN>AUS:16",
    ),
    (
        "ANKARA, TURKEY",
        "The Greek parliament voted on Wednesday to extend territorial waters. Turkey condemned "
        "the vote and said it would hold talks with Cyprus.",
        "TUR>CYP:03|04",
    ),
]

NONE: list[NearMiss] = [
    (
        "NAIROBI, KENYA",
        "Heavy rains fell on Monday. Kenya welcomed the news, and Uganda welcomed it too.",
    ),
    (
        "NAIROBI, KENYA",
        "Fighting erupted in eastern Congo on Monday. Kenya expressed concern over the situation.",
    ),
    (
        "LONDON",
        "The International Court of Justice ordered Israel to prevent acts of genocide in Gaza. "
        "Britain said it respected the court's ruling.",
    ),
]

# near-misses: the reactor's own act, nouns that name no act, another act told since, an
# act too far back, a saying verb that is negated or names someone else
TOLD_NONE: list[Case] = [
    (
        "LIMA, PERU",
        "Chile signed a trade deal with Peru on Monday. Chile welcomed the deal.",
        "CHL>PER:05",
    ),
    (
        "NAIROBI, KENYA",
        "The Kenyan government extended its ban on Ugandan eggs on Monday. The government "
        "defended the move.",
        "KEN>UGA:16",
    ),
    (
        "NAIROBI, KENYA",
        "Uganda voted against a regional trade resolution on Monday. Kenya extended its ban on "
        "Ugandan eggs on Tuesday. Nairobi defended the move.",
        "KEN>UGA:16",
    ),
    (
        "NIAMEY, NIGER",
        "The African Union voted on Monday to suspend Niger. On Tuesday, ECOWAS voted to "
        "impose sanctions on Niger. Niger rejected the vote.",
        "AU>NER:16",
    ),
    (
        "KYIV, UKRAINE",
        "Russia's parliament voted on Monday to ratify a treaty with North Korea. On Wednesday, "
        "Germany announced new air defense aid for Ukraine. Ukraine welcomed the decision.",
        "RUS>PRK:05 DEU>UKR:07 UKR>DEU:05",
    ),
    (
        "CAIRO",
        "The International Criminal Court issued a warrant for a Libyan commander, and Libya "
        "issued its own warrant for a militia leader. Egypt criticized the ruling.",
        "ICC>LBY:17 EGY>LBY:11",
    ),
]

NONE += [
    ("NAIROBI, KENYA", "Heavy rains fell across East Africa on Monday. Kenya welcomed the news."),
    (
        "BRASILIA, BRAZIL",
        "Economists debated a common currency for South America at a forum on Monday. Brazil "
        "rejected the idea.",
    ),
    (
        "DOHA, QATAR",
        "Amnesty International said in a report that Saudi border guards had killed migrants at "
        "the border with Yemen. Iran welcomed the report.",
    ),
    (
        "LILONGWE, MALAWI",
        "The European Union's observer mission did not say whether the count in Malawi was "
        "flawed. The government rejected the report.",
    ),
    (
        "KAMPALA, UGANDA",
        "Kenya's president said the economy grew by 5 percent last year. Uganda dismissed the "
        "report.",
    ),
    (
        "BERLIN",
        "Lawmakers voted on Tuesday to raise the defense budget. Germany welcomed the vote.",
    ),
]

# REPORTED: criticism told in reported speech with no criticism verb (v.say_accuse and its
# kin): partial quotes, an IGO or a collective as the clause's subject, a pact between two
# states, a clause of belief holding the charge, a clause joined with no subject of its own,
# a passive with an agent, a trailing "arguing/claiming that ..."
REPORTED: list[Case] = [
    (
        "BEIJING",
        'China said on Tuesday that Washington was "meddling in" its internal affairs.',
        "CHN>USA:11",
    ),
    ("HAVANA, CUBA", 'Cuba said the bloc was "interfering".', "CUB>EU:11"),
    (
        "TEHRAN, IRAN",
        'Iran said the IAEA was "violating" its own rules by publishing the report.',
        "IRN>IAEA:11",
    ),
    (
        "CARACAS, VENEZUELA",
        "Venezuela said the Organization of American States was interfering in its affairs.",
        "",
    ),
    (
        "MOSCOW",
        "Russia said the G7 was trying to undermine the global economy with its price cap.",
        "RUS>G7:11",
    ),
    (
        "BEIJING",
        "China said the defense pact between Japan and the Philippines undermined regional "
        "stability.",
        "CHN>JPN:11 CHN>PHL:11",
    ),
    (
        "ATHENS, GREECE",
        "Greece said it believed that Ankara was violating its airspace on a daily basis.",
        # "its" is the speaker's airspace, as "Greek airspace" codes it (review11: OWN)
        "GRC>TUR:11 TUR>GRC:15",
    ),
    (
        "BELGRADE, SERBIA",
        "Serbia's foreign minister said he was convinced that Kosovo was provoking new clashes "
        "in the north.",
        "SRB>XKX:11",
    ),
    (
        "YEREVAN, ARMENIA",
        "Armenia said it was clear that Baku had violated the ceasefire overnight.",
        "ARM>AZE:11",
    ),
    (
        "TEHRAN, IRAN",
        "Iran said it was convinced the IAEA had acted under pressure from Washington and was "
        "undermining its credibility.",
        "IRN>IAEA:11",
    ),
    (
        "WARSAW, POLAND",
        "Poland said its airspace had been violated by Russian drones overnight.",
        # the violation told is coded on its own (review11: OWN)
        "POL>RUS:11 RUS>POL:15",
    ),
    (
        "BAKU, AZERBAIJAN",
        "Azerbaijan suspended talks with Armenia on Friday, claiming that Yerevan had breached "
        "the ceasefire.",
        "AZE>ARM:16 AZE>ARM:11",
    ),
    (
        "BEIJING",
        "Beijing issued a statement on Monday, arguing that Manila had violated its sovereignty.",
        "CHN>PHL:11",
    ),
]

# round 2: the clause's subject is an act told before, with no actor in its own phrase
# (_clause_act answers through _told_act)
REPORTED += [
    (
        "BEIJING",
        "Japan and the Philippines signed a defense pact in Manila on Monday. China said the "
        "pact undermined regional stability.",
        "JPN>PHL:05|06 PHL>JPN:05|06 CHN>JPN:11 CHN>PHL:11",
    ),
    (
        "WASHINGTON",
        "Venezuela expelled the European Union's election observers on Monday. The State "
        "Department said the expulsion was unacceptable.",
        "VEN>EU:16 USA>VEN:11",
    ),
    (
        "MOSCOW",
        "NATO agreed on Tuesday to station more troops in Romania. Russia said the decision was "
        "a provocation.",
        "NATO>ROU:03 RUS>NATO:11",  # the basing pledged since session 43 (v.station_forces)
    ),
    # near-misses: no charge word, a future or negated clause, a generic subject
    (
        "BEIJING",
        "Japan and the Philippines signed a defense pact in Manila on Monday. China said the "
        "pact was useful for trade.",
        "JPN>PHL:05|06 PHL>JPN:05|06",
    ),
    (
        "BEIJING",
        "Japan and the Philippines signed a defense pact in Manila on Monday. China said the "
        "pact would undermine regional stability.",
        "JPN>PHL:05|06 PHL>JPN:05|06",
    ),
    (
        "BEIJING",
        "Japan and the Philippines signed a defense pact in Manila on Monday. China said the "
        "pact did not threaten its interests.",
        "JPN>PHL:05|06 PHL>JPN:05|06",
    ),
    (
        "BEIJING",
        "Japan and the Philippines signed a defense pact in Manila on Monday. China said the "
        "situation in the region was dangerous and provocative.",
        "JPN>PHL:05|06 PHL>JPN:05|06",
    ),
]

# near-misses: praise or neutral words, negated or future clauses, a belief denied or doubted
NONE += [
    (
        "BEIJING",
        "Heavy storms hit southern China on Monday. China said the weather was a threat to the "
        "harvest.",
    ),
    ("BEIJING", "China said Washington was right to seek talks."),
    ("NEW DELHI", "India said the talks with Pakistan were useful."),
    ("MOSCOW", "Russia said Finland was not violating any treaty."),
    ("ANKARA, TURKEY", "Turkey said Greece would violate the treaty if it armed the islands."),
    (
        "BEIJING",
        "China said the pact between Japan and the Philippines would not threaten anyone.",
    ),
    ("TOKYO", "Japan said it believed that China was acting responsibly."),
    ("NAIROBI, KENYA", 'Kenya said the African Union was "helping" to resolve the crisis.'),
    ("BERLIN", "Germany said it hoped that Russia would stop interfering in Moldova."),
    (
        "BERLIN",
        "Germany said it was not convinced that Russia was interfering in Moldova's election.",
    ),
    (
        "ANKARA, TURKEY",
        "Turkey said it believed Greece would violate the treaty if it armed the islands.",
    ),
    ("WARSAW, POLAND", "Poland said its airspace had not been violated by Russian drones."),
    ("MOSCOW", "Russia said it had acted lawfully and was not violating the treaty."),
    ("VIENNA", "Austria said it doubted that Hungary was undermining the bloc's unity."),
    ("KYIV, UKRAINE", "Ukraine said it was clear that the talks in Geneva had been useful."),
]

# SECOND batch, written after the code (7 of its 10 reactions coded unchanged, 3 before it)
SECOND: list[Case] = [
    (
        "BELGRADE, SERBIA",
        "The European Parliament adopted a resolution on Thursday calling for an international "
        "investigation into Serbia's December election. Serbian President Aleksandar Vucic "
        "dismissed the vote as interference.",
        "SRB>EU:12",
    ),
    (
        "ANKARA, TURKEY",
        "Sweden's parliament voted on Wednesday to approve the country's entry into NATO. "
        "Turkey's foreign ministry welcomed the decision.",
        "TUR>SWE:05",
    ),
    (
        "TOKYO",
        "South Korea's Supreme Court ordered Japanese firms to compensate wartime laborers on "
        "Thursday. Tokyo protested the ruling.",
        "KOR>JPN:10 JPN>KOR:11",
    ),
    (
        "BRUSSELS",
        "Hungary and Slovakia agreed on Friday to keep buying Russian oil through the Druzhba "
        "pipeline. The European Commission criticized the move.",
        "EU>HUN:11 EU>SVK:11",
    ),
    (
        "WARSAW, POLAND",
        "Lithuania decided on Wednesday to close two of its border crossings with Belarus. "
        "Poland backed the step, and Latvia said it would consider similar measures.",
        "LTU>BLR:16|19 POL>LTU:05",
    ),
    (
        "PRETORIA, SOUTH AFRICA",
        "U.S. lawmakers voted to review Washington's ties with South Africa. Pretoria said it "
        "regretted the vote.",
        "ZAF>USA:11|12",
    ),
    (
        "ADDIS ABABA, ETHIOPIA",
        "The African Union's Peace and Security Council voted late on Monday to lift Mali's "
        "suspension from the bloc. The military government in Bamako hailed the vote as a "
        "victory for diplomacy.",
        # the vote lifts the suspension (v.lift_suspension, test_events_vocabulary18)
        "AU>MLI:08 MLI>AU:05",
    ),
    # a gap until session 14: "an instrument of" reads as a charge (v.say_servile)
    (
        "MANAGUA, NICARAGUA",
        'Nicaragua said the OAS was acting as "an instrument of interference" of Washington.',
        "",
    ),
]

# SECOND batch of REPORTED, written after its code (6 of its 9 charges coded unchanged, 2
# before it; one more after the fix below)
SECOND += [
    (
        "BEIJING",
        'A Chinese foreign ministry spokesman said Canberra was "undermining" bilateral trust '
        "with its new security law.",
        "CHN>AUS:11",
    ),
    (
        "MOSCOW",
        "The Kremlin said it was certain that Kyiv had sabotaged the pipeline.",
        "RUS>UKR:11",
    ),
    (
        "BAGHDAD, IRAQ",
        "Iraq said it believed Turkish forces had violated its sovereignty in the strike on "
        "Sinjar.",
        "IRQ>TUR:11",
    ),
    (
        "TAIPEI, TAIWAN",
        "Taiwan said it was clear that China was trying to intimidate its people with the drills.",
        "TWN>CHN:11",
    ),
    (
        "HANOI, VIETNAM",
        "Vietnam said China had deployed a survey ship in its waters and was violating its "
        "sovereignty.",
        "VNM>CHN:11",
    ),
    (
        "MADRID",
        "Spain said its embassy had been visited by Moroccan officials on Monday.",
        "MAR>ESP:04",
    ),
]

# fixed after the second batch: the clause's subject is the first mention's head, so its
# conjuncts count ("the United States and Britain"; the second batch's drills by South Korea
# and the United States)
REPORTED += [
    (
        "PYONGYANG, NORTH KOREA",
        "North Korea's state media said the joint drills by South Korea and the United States "
        "were a rehearsal for invasion.",
        "PRK>KOR:11 PRK>USA:11",
    ),
    (
        "BEIJING",
        "China said the United States and Britain were meddling in Hong Kong.",
        "CHN>USA:11 CHN>GBR:11",
    ),
    (
        "BEIJING",
        "China said the joint drills by Japan and the Philippines were provocative.",
        "CHN>JPN:11 CHN>PHL:11",
    ),
    (
        "ADDIS ABABA, ETHIOPIA",
        "Ethiopia expelled two Egyptian diplomats, claiming that Cairo had interfered in its "
        "affairs.",
        "ETH>EGY:16 ETH>EGY:11",
    ),
]

NONE += [
    (
        "BRUSSELS",
        "The European Union said it believed Belarus was not behind the balloon incursions.",
    ),
    ("TOKYO", "Japan said it was sure the talks with South Korea would succeed."),
    (
        "CARACAS, VENEZUELA",
        "Election monitors from the Carter Center said the vote in Venezuela did not meet "
        "international standards. Venezuela's electoral council rejected the report.",
    ),
    (
        "MANILA, PHILIPPINES",
        "A U.N.-backed tribunal ruled that Beijing's claims in the South China Sea have no "
        "legal basis. China has refused to recognize the ruling.",
    ),
]

# (dateline, body, expected, why it fails today)
GAPS: list[Gap] = [
    (
        "MOSCOW",
        "Romania's parliament debated the budget on Friday. Lawmakers approved higher spending "
        "on roads. NATO agreed on Tuesday to station more troops in Romania. The troops will "
        "arrive in May. Officials said the deployment would last a year. Romania's president "
        "met farmers on Saturday. Moscow condemned the decision.",
        "",
        "a near miss that held only while 'Lawmakers' was read as Moscow's (the dateline's); "
        "read as Romania's (its parliament named before, session 18), 'the decision' takes the "
        "lead's domestic approval of road spending (RUS>ROU:11), as it does on main for "
        "'Romanian lawmakers approved': a lead decision needs an outward act (reactions)",
    ),
    (
        "NEW DELHI",
        "The World Health Organization said in a report on Tuesday that India's COVID-19 death "
        "toll was ten times the official figure. New Delhi questioned the findings.",
        "IND>WHO:11|12",
        "no pattern codes 'questioned the findings' (patterns.yaml)",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "North Korea began dismantling the Kaesong liaison office on Monday. Seoul condemned "
        "the demolition.",
        "KOR>PRK:11",
        "'demolition' is told by no verb of its own ('dismantle')",
    ),
    (
        "KINSHASA, CONGO",
        "Congo said its territory had been invaded by Rwandan troops and called on the U.N. "
        "to act.",
        "COD>RWA:11|19 COD>UN:02",
        "'invade' is no clause word of v.say_accuse (patterns.yaml)",
    ),
]

CASES = TOLD + TOLD_NONE + REPORTED + SECOND


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context9_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context9_codes_each_told_act(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
