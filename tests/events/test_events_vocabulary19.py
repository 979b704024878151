"""Event vocabulary, nineteenth set (session 14): plain wire-copy verbs and nouns for the CAMEO
roots 03-20, code by code, with near-misses in their literal, business and sports senses.

Rules: a letter written to a leader or government (v.write_to 040); "dialled his counterpart"
(v.telephone reads group mentions); an election's result not recognised (v.not_recognize 120;
a government not recognised is a standing position, no event); allegations investigated,
looked or delved into (v.investigate_claims, v.look_into_claims 090); fact-finding missions
sent (v.send_fact_finders 090); warplanes intercepted (v.intercept_warplane 150, drones stay v.intercept); flotillas
monitored or tracked (v.shadow_craft 150); boats chased out of an area (v.chase_off 170); a
ship's crew detained (v.seize_crew 173); assets nationalised (v.seize 171; a flagged ship
names no state, test_events_vocabulary11); trade cut or severed (v.ban_trade 163); armed forces pushing into a state (v.push_into
190, no "crossed") and weapons slamming into a place (v.slam_into 190). Rows that already
passed stand as guards for the vocabulary the brief named (bans, bars, suspended flights,
closed consulates, revoked visas, phone calls, regret over, shadowing, torn-up agreements,
extraditions, lifted bans, seized vessels).

Same harness as test_events_vocabulary18.py; every sentence was written for this file. NONE
holds near-misses that must code nothing; GAPS are expected failures (strict: a fixed gap
fails the run).
"""

from __future__ import annotations

import pytest

from audit_cases import (
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # 03 intent
    ("TOKYO", "Japan pledged to respect China's sovereignty over its territory.", "JPN>CHN:03"),
    ("NEW DELHI", "India offered to supply wheat to Sri Lanka.", "IND>LKA:03"),
    ("NAIROBI", "Kenya said it was willing to send police officers to Haiti.", "KEN>HTI:03"),
    # 04 consult: calls, letters, visits
    (
        "WARSAW",
        "The Polish president wrote to the German chancellor about war reparations.",
        "POL>DEU:04",
    ),
    (
        "TOKYO",
        "The Japanese prime minister wrote to the Chinese president last week.",
        "JPN>CHN:04",
    ),
    ("BEIJING", "Beijing wrote to Washington about the detained students.", "CHN>USA:04"),
    (
        "NEW DELHI",
        "The Indian foreign minister dialled his Chinese counterpart on Friday.",
        "IND>CHN:04",
    ),
    ("ANKARA", "The Turkish president dialled his Russian counterpart on Sunday.", "TUR>RUS:04"),
    (
        "ANKARA",
        "Erdogan spoke by phone with Putin on Monday about the grain corridor.",
        "TUR>RUS:04",
    ),
    (
        "TOKYO",
        "Japan's prime minister held a video call with the Australian prime minister.",
        "JPN>AUS:04",
    ),
    ("BERLIN", "The German chancellor telephoned the Ukrainian president on Sunday.", "DEU>UKR:04"),
    # 05 diplomatic cooperation
    ("RABAT", "Morocco upgraded its ties with Israel to full diplomatic relations.", "MAR>ISR:05"),
    ("SANTIAGO", "Chile thanked Argentina for its help in fighting the wildfires.", "CHL>ARG:05"),
    # 06 material cooperation
    ("PARIS", "France shared intelligence with Morocco on the suspects.", "FRA>MAR:06"),
    ("BANGKOK", "Thailand extradited a Russian blogger to Russia.", "THA>RUS:06|08"),
    # 07 aid
    ("RIYADH", "Saudi Arabia funded a new power plant in Yemen.", "SAU>YEM:07"),
    ("ISLAMABAD", "The IMF disbursed $1.1 billion to Pakistan on Friday.", "IMF>PAK:07"),
    ("DOHA", "Qatar airlifted food and medicine to Gaza.", "QAT>PSE:07"),
    # 08 yield: bans lifted (suspects handed over: 06 judicial cooperation, session 37)
    ("BEIJING", "China lifted its ban on Japanese seafood.", "CHN>JPN:08"),
    ("RIYADH", "Saudi Arabia lifted its travel ban on Lebanon.", "SAU>LBN:08"),
    ("WASHINGTON", "Washington eased restrictions on flights to Cuba.", "USA>CUB:08"),
    ("ISLAMABAD", "Pakistan handed over three suspects to Afghanistan.", "PAK>AFG:06"),
    # 09 investigate
    (
        "OTTAWA",
        "Canada looked into allegations of Indian interference.",
        "CAN>IND:09",
    ),
    ("OTTAWA", "Canada delved into Chinese meddling in its elections.", "CAN>CHN:09"),
    ("LONDON", "Britain looked into Russia's role in the poisoning.", "GBR>RUS:09"),
    ("BERLIN", "Germany probed reports of Russian sabotage on its railways.", "DEU>RUS:09"),
    ("THE HAGUE", "The UN sent a fact-finding mission to Syria.", "UN>SYR:09"),
    ("KHARTOUM", "The UN dispatched a team of investigators to Sudan.", "UN>SDN:09"),
    ("VIENNA", "The IAEA dispatched inspectors to Iran.", "IAEA>IRN:09"),
    # 11 disapprove
    ("BEIJING", "China expressed regret over the Philippines' decision.", "CHN>PHL:11"),
    (
        "BEIJING",
        "Beijing expressed regret over Canada's decision to ban the app.",
        "CHN>CAN:11",
    ),
    ("TOKYO", "Japan lodged a protest with China over the incursion.", "JPN>CHN:11"),
    # 12 reject: elections and governments not recognised
    (
        "LONDON",
        "Britain did not recognise the election of Venezuela's president.",
        "GBR>VEN:12",
    ),
    ("LIMA", "Peru did not recognise the victory of Venezuela's president.", "PER>VEN:12"),
    ("QUITO", "Ecuador refused to recognise the new government in Caracas.", "ECU>VEN:12"),
    ("BRUSSELS", "The EU declined to recognize the Venezuelan government.", "EU>VEN:12"),
    # 15 force posture: shadowing, monitoring, intercepting warplanes
    ("MANILA", "Chinese coast guard vessels shadowed a Philippine supply ship.", "CHN>PHL:15"),
    ("LONDON", "The Royal Navy tailed a Russian warship through the Channel.", "GBR>RUS:15"),
    ("OSLO", "Norwegian frigates monitored a Russian flotilla off the coast.", "NOR>RUS:15"),
    ("AMSTERDAM", "The Dutch navy monitored a Russian warship in the North Sea.", "NLD>RUS:15"),
    ("TOKYO", "Japan scrambled jets to intercept Chinese aircraft.", "JPN>CHN:15"),
    ("TAIPEI", "Taiwan intercepted Chinese fighter jets near the island.", "TWN>CHN:15"),
    ("KYIV", "Ukraine intercepted 40 Russian drones overnight.", "RUS>UKR:19"),
    # 16 reduce relations: bans, bars, closures, revocations, torn-up deals
    ("BEIJING", "China banned exports of gallium to the United States.", "CHN>USA:16"),
    ("MOSCOW", "Russia barred Latvian ships from its ports.", "RUS>LVA:16"),
    ("NEW DELHI", "India suspended flights to Pakistan.", "IND>PAK:16"),
    (
        "WASHINGTON",
        "The United States closed the Russian consulate in San Francisco.",
        "USA>RUS:16",
    ),
    ("WARSAW", "Poland revoked the visas of Belarusian diplomats.", "POL>BLR:16"),
    ("MOSCOW", "Moscow annulled its grain agreement with Kyiv.", "RUS>UKR:16"),
    ("MOSCOW", "Russia tore up the arms control treaty with the United States.", "RUS>USA:16"),
    ("BRUSSELS", "The EU banned Russian planes from its airspace.", "EU>RUS:16"),
    # 17 coerce: crews, assets
    ("MOSCOW", "Russia detained the crew of a Ukrainian vessel.", "RUS>UKR:17"),
    (
        "COLOMBO",
        "Sri Lankan authorities arrested the crew of an Indian trawler.",
        "LKA>IND:17",
    ),
    (
        "MOSCOW",
        "Russia nationalised the assets of a Finnish energy company.",
        "RUS>FIN:17",
    ),
    ("TEHRAN", "Iran nationalized the assets of a British oil company.", "IRN>GBR:17"),
    ("MANILA", "The Philippine coast guard boarded a Chinese fishing vessel.", "PHL>CHN:17"),
    ("HANOI", "Chinese ships chased Vietnamese fishing boats out of the area.", "CHN>VNM:17"),
    ("ANKARA", "Turkey cut trade with Israel.", "TUR>ISR:16"),
    ("ANKARA", "Turkey severed trade links with Israel.", "TUR>ISR:16"),
    # 19 fight: forces pushing into a state, weapons slamming into a place
    ("BEIRUT", "Israeli tanks rumbled into southern Lebanon.", "ISR>LBN:19"),
    ("BEIRUT", "Israeli tanks pushed into southern Lebanon.", "ISR>LBN:19"),
    ("DAMASCUS", "Turkish troops pushed into northern Syria.", "TUR>SYR:19"),
    ("KHARKIV", "Russian missiles slammed into Kharkiv overnight.", "RUS>UKR:19"),
    ("ISLAMABAD", "Indian shells slammed into Pakistani villages.", "IND>PAK:19"),
    ("DAMASCUS", "Israel bombed military targets in Syria.", "ISR>SYR:19"),
    ("KABUL", "Pakistan carried out airstrikes in Afghanistan.", "PAK>AFG:19"),
    # 17 coerce: a craft forced to land (v.force_landing, session 50; was a gap)
    ("MINSK", "Belarus forced a Lithuanian plane to land in Minsk.", "BLR>LTU:17"),
    # a monarch named by the realm (a gap until session 54: rules role_nouns)
    ("PARIS", "The Emir of Qatar paid a state visit to France this week.", "QAT>FRA:04"),
    # a split prefix merged before the tagger (nlp._merge_split_prefixes, session 60)
    (
        "MANAMA",
        "Bahrain re-established diplomatic ties with Qatar.",
        "BHR>QAT:05",
    ),
]

NONE: list[tuple[str, str]] = [
    ("LONDON", "The company wrote to shareholders about the merger."),
    ("LONDON", "The novelist wrote to the newspaper about the review."),
    ("LONDON", "The Russian author wrote to his publisher in Paris."),
    ("DUBLIN", "The singer phoned the radio station during the show."),
    ("LONDON", "The minister spoke by phone with farmers' leaders."),
    ("ROME", "The club did not accept the result of the vote."),
    ("LONDON", "The club refused to recognise the breakaway league."),
    ("BELGRADE", "Serbia does not recognise Kosovo's independence."),
    ("ASTANA", "Kazakhstan, which has not recognized the government in Kabul, hosted a forum."),
    ("BOSTON", "Police investigated the death of a Chinese tourist."),
    ("GENEVA", "The minister looked into the eyes of the Chinese president."),
    ("RIO DE JANEIRO", "The club sent a scouting team to Brazil."),
    ("MADRID", "The bank financed the reconstruction of the stadium."),
    ("MADRID", "The bank financed a new stadium in Madrid."),
    ("PARIS", "Diplomats gathered at the French embassy for a reception."),
    # citizens protesting at an embassy do not act for their state (test_events_review18)
    ("SEOUL", "Protesters in Seoul rallied outside the Japanese embassy."),
    ("LONDON", "Fans rallied outside the Italian restaurant after the match."),
    ("OSLO", "The agency monitored Chinese flights over the Arctic."),
    ("PARIS", "Photographers shadowed the actress to her hotel."),
    ("ROME", "The Italian striker shadowed the French defender all game."),
    ("SYDNEY", "The airline intercepted a stray drone near the runway."),
    ("MUNICH", "Stewards escorted the German fans out of the stadium."),
    ("MILAN", "Police escorted the fans out of the stadium."),
    ("ROTTERDAM", "Police arrested the crew of a cocaine-smuggling yacht."),
    ("KYIV", "Ukrainian forces captured Iranian-made drones near the front."),
    ("ROTTERDAM", "Customs officers seized a shipment of cocaine at the port."),
    ("BOSTON", "Doctors detained the patient for observation."),
    ("MADRID", "The league banned the striker for three matches."),
    ("DENPASAR", "The airline suspended flights to Bali because of volcanic ash."),
    ("EDINBURGH", "The festival lifted its ban on dogs."),
    ("TURIN", "The striker expressed regret over his red card."),
    ("NASHVILLE", "The band tore up its record contract."),
    ("GENEVA", "The court revoked the licence of the club."),
    ("ROME", "Spain pushed into the final with a win over Italy."),
    ("SHANGHAI", "Chinese carmakers pushed into Europe."),
    ("ANKARA", "Syrian refugees crossed into Turkey."),
    ("PERTH", "The Indian team looked into the Australian bowling attack."),
    ("WARSAW", "A Russian drone crashed into a field in Poland."),
    ("BEIJING", "The company cut its exports to China."),
    ("LONDON", "The waves slammed into the British coast."),
]


GAPS: list[tuple[str, str, str, str]] = [
    (
        "NEW DELHI",
        "India relaxed curbs on investment from China.",
        "IND>CHN:08",
        "the parser reads 'relaxed' as an adjective of 'curbs'",
    ),
    (
        "NEW DELHI",
        "India stepped up purchases of Russian crude.",
        "IND>RUS:06",
        "oil bought from a state is no event here (test_events_review15, context9 rows)",
    ),
    (
        "TEHRAN",
        "Iran put its forces on high alert after Israel's threats.",
        "IRN>ISR:15",
        "an alert raised names no target; the cause after 'after' is not read",
    ),
    (
        "ASMARA",
        "Eritrean troops crossed into Ethiopia.",
        "ERI>ETH:19",
        "'crossed into' is left out of v.push_into: refugees and migrants cross too",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary19_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
