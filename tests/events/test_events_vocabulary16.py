"""Event vocabulary, sixteenth set (session 12): what wire copy says instead of the textbook
verb, across CAMEO roots 02-19 — phrasal verbs ("rounded up", "took out", "reached out to"),
light verbs with nouns ("pulled the plug on", "put the brakes on", "fired warning shots at")
and idioms ("sent the ambassador packing", "poured cold water on", "gave marching orders").

Each new pattern has positive rows and near-misses with the same verb in its other senses
("took out a loan", "locked up the title", "pumped money into a start-up", "put a freeze on
hiring"). Rows the coder already handled stay as regression rows of the same vocabulary.

Same harness as test_events_vocabulary13.py; every sentence was written for this file. NONE
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
    # 02 appeal: 'leaned on X to' (v.lean_on) beside the light-verb forms already coded
    ("WASHINGTON", "The United States leaned on Israel to let more aid into Gaza.", "USA>ISR:02"),
    ("LONDON", "Britain piled pressure on Iran to free the detained sailors.", "GBR>IRN:02"),
    ("ABUJA", "Nigeria leaned hard on Niger to restore the ousted president.", "NGA>NER:02"),
    ("PARIS", "France called on Israel to halt its offensive.", "FRA>ISR:02"),
    ("BRUSSELS", "NATO asked Turkey to drop its objections.", "NATO>TUR:02"),
    # 03 intent
    ("KYIV", "Germany vowed to stand by Ukraine for as long as it takes.", "DEU>UKR:03"),
    ("WASHINGTON", "The United States vowed to back the Philippines.", "USA>PHL:03"),
    # 04 consult: 'jetted into' (v.travel_to), 'reached out to' (v.reach_out), 'the welcome
    # mat' (v.play_host)
    ("RABAT", "French Foreign Minister Jean-Noel Barrot flew to Rabat on Tuesday.", "FRA>MAR:04"),
    (
        "HANOI",
        "The Australian prime minister jetted into Hanoi on Sunday for a two-day stay.",
        "AUS>VNM:04",
    ),
    ("ANKARA", "Erdogan held a phone call with Putin on Wednesday.", "TUR>RUS:04"),
    ("CAIRO", "Egypt hosted a delegation from Hamas on Monday.", "EGY>PSE:04"),
    (
        "SEOUL",
        "South Korea reached out to North Korea on Thursday, proposing military talks.",
        "KOR>PRK:04|02|03",
    ),
    (
        "NEW DELHI",
        "India rolled out the red carpet for the Saudi crown prince on Tuesday.",
        "IND>SAU:04|05",
    ),
    (
        "BEIJING",
        "Chinese President Xi Jinping sat down with his Brazilian counterpart in Beijing.",
        "CHN>BRA:04",
    ),
    (
        "MOSCOW",
        "The Kremlin said Putin spoke by phone with Iran's president on Friday.",
        "RUS>IRN:04",
    ),
    (
        "BERLIN",
        "Chancellor Merz huddled with the Polish prime minister in Warsaw on Monday.",
        "DEU>POL:04",
    ),
    ("PARIS", "Macron paid a surprise visit to Kyiv on Tuesday.", "FRA>UKR:04"),
    ("TEHRAN", "Iran's new president reached out to Saudi Arabia in his first week.", "IRN>SAU:04"),
    ("HANOI", "Vietnam rolled out the welcome mat for Putin.", "VNM>RUS:04|05"),
    ("ABU DHABI", "The UAE played host to Israel's president.", "ARE>ISR:04"),
    ("PARIS", "Macron held a video call with Zelenskyy.", "FRA>UKR:04"),
    (
        "RIYADH",
        "Saudi Arabia brokered a prisoner swap between Russia and Ukraine.",
        "SAU>RUS:04 SAU>UKR:04",
    ),
    # 05 cooperate: 'hammered out a deal' (v.negotiate_deal), 'shoulder to shoulder with'
    # (v.stand_shoulder); a deal struck with a partner is coded one way, as a signing
    (
        "ANKARA",
        "Turkey struck a deal with Iraq to export oil through its pipeline.",
        "TUR>IRQ:05|06",
    ),
    (
        "BERLIN",
        "Germany threw its weight behind France's bid for a joint EU defence fund.",
        "DEU>FRA:05",
    ),
    (
        "WASHINGTON",
        "The U.S. State Department gave the green light to an arms sale to Taiwan.",
        "USA>TWN:05|07",
    ),
    ("LONDON", "Britain inked a trade pact with India on Thursday.", "GBR>IND:05|06"),
    (
        "ABU DHABI",
        "The United Arab Emirates opened an embassy in Damascus on Sunday.",
        "ARE>SYR:05",
    ),
    ("RIYADH", "Saudi Arabia patched up ties with Qatar after a three-year rift.", "SAU>QAT:05"),
    ("MANILA", "The Philippines sealed a defence agreement with Japan on Monday.", "PHL>JPN:05|06"),
    ("BAKU", "Azerbaijan hammered out a peace deal with Armenia in Washington.", "AZE>ARM:05|04"),
    ("PARIS", "France signed off on a defence pact with India on Monday.", "FRA>IND:05"),
    ("ADDIS ABABA", "Ethiopia hammered out a border deal with Eritrea.", "ETH>ERI:05"),
    ("KYIV", "Zelenskyy thanked Denmark for its latest aid package.", "UKR>DNK:05"),
    (
        "WASHINGTON",
        "The United States voiced support for the Philippines in its maritime dispute.",
        "USA>PHL:05",
    ),
    ("LONDON", "Britain stood shoulder to shoulder with Ukraine on Monday.", "GBR>UKR:05"),
    # 06 material cooperation
    ("WARSAW", "Poland teamed up with Germany to build a new air-defence shield.", "POL>DEU:06|05"),
    (
        "MANILA",
        "The Philippine navy held joint drills with Japan in the South China Sea.",
        "PHL>JPN:06",
    ),
    # 07 aid: money or weapons pumped, poured or funnelled into a state (v.pump_money)
    ("AMMAN", "Jordan airlifted medical supplies to Gaza on Wednesday.", "JOR>PSE:07"),
    ("WASHINGTON", "The United States rushed air-defence missiles to Israel.", "USA>ISR:07"),
    ("BERLIN", "Germany shipped tanks to Ukraine in March.", "DEU>UKR:07"),
    ("TOKYO", "Japan wrote off $1 billion of Myanmar's debt.", "JPN>MMR:07"),
    ("PARIS", "France pumped $500 million into Lebanon's army.", "FRA>LBN:07"),
    ("CANBERRA", "Australia bankrolled the new port in Papua New Guinea.", "AUS>PNG:07"),
    ("TEHRAN", "Iran's army pumped weapons into Syria for years.", "IRN>SYR:07"),
    # 08 yield: a terrorism designation lifted (v.take_off_list, v.delist), people set free
    # (v.set_free)
    (
        "WASHINGTON",
        "The United States took Cuba off its list of state sponsors of terrorism.",
        "USA>CUB:08",
    ),
    ("ISLAMABAD", "Pakistan handed over the suspects to Afghanistan on Monday.", "PAK>AFG:06"),
    ("WASHINGTON", "The United States lifted its travel ban on Chad.", "USA>TCD:08"),
    ("MOSCOW", "Russia freed two American citizens on Thursday.", "RUS>USA:08"),
    ("JERUSALEM", "Israel eased restrictions on Gaza on Sunday.", "ISR>PSE:08"),
    (
        "WASHINGTON",
        "Washington removed the Houthis from its terrorism blacklist on Friday.",
        "USA>YEM:08",
    ),
    ("BRUSSELS", "The European Union delisted Sudan's former ruling party on Monday.", "EU>SDN:08"),
    ("ANKARA", "Turkey dropped its objections to Finland joining NATO.", "TUR>FIN:08"),
    ("TEHRAN", "Iran set free a detained French tourist.", "IRN>FRA:08"),
    ("CARACAS", "Venezuela set two detained American oil executives free.", "VEN>USA:08"),
    # 09 investigate
    (
        "THE HAGUE",
        "The International Criminal Court launched a probe into Israel's conduct in Gaza.",
        "ICC>ISR:09",
    ),
    # a subsidy probe of another state's goods is a trade measure (16): ruled by the lead,
    # session 36, to follow the gold of sets 20, 44 and 47
    ("BRUSSELS", "The EU opened an inquiry into Chinese electric vehicle subsidies.", "EU>CHN:16"),
    # 10 demand
    ("BEIJING", "China insisted that Japan retract the remarks.", "CHN>JPN:10"),
    # 11 disapprove: 'took X to task' as the parser reads it with 'task' a verb
    # (v.take_to_task_xcomp)
    ("BEIJING", "China lodged a protest with Japan on Monday.", "CHN>JPN:11"),
    ("WARSAW", "Poland hauled in the Russian ambassador on Tuesday.", "POL>RUS:11|16"),
    ("ANKARA", "Erdogan lashed out at Israel on Wednesday.", "TUR>ISR:11"),
    ("BEIJING", "China hit out at the United States over its tariffs.", "CHN>USA:11"),
    ("MOSCOW", "The Kremlin took a swipe at NATO on Tuesday.", "RUS>NATO:11"),
    ("DELHI", "India pointed the finger at Pakistan for the attack.", "IND>PAK:11"),
    ("PARIS", "France rapped Italy over its treatment of migrants.", "FRA>ITA:11"),
    ("BEIJING", "China blasted the United States for its arms sales to Taiwan.", "CHN>USA:11"),
    ("LONDON", "Britain called in Iran's ambassador on Monday.", "GBR>IRN:11|16"),
    ("TOKYO", "Japan filed a formal complaint with China over the incursion.", "JPN>CHN:11"),
    ("BEIJING", "China took Japan to task over its defence white paper.", "CHN>JPN:11"),
    ("MOSCOW", "The Kremlin fired back at NATO on Tuesday.", "RUS>NATO:11"),
    ("NEW DELHI", "India summoned the Bangladeshi envoy on Monday.", "IND>BGD:11|16"),
    # 12 reject: a proposal shot down (v.shoot_down_idea), cold water and the cold shoulder
    # (v.cold_water), a state's ship turned back (v.turn_back)
    ("KYIV", "Ukraine turned down Russia's offer of a ceasefire.", "UKR>RUS:12"),
    ("TEHRAN", "Iran brushed aside the European Union's criticism.", "IRN>EU:12"),
    ("MOSCOW", "Russia walked out of the talks with Ukraine in Istanbul.", "RUS>UKR:12|16"),
    ("WASHINGTON", "The United States shot down a French proposal for a ceasefire.", "USA>FRA:12"),
    ("PYONGYANG", "North Korea snubbed South Korea's offer of talks.", "PRK>KOR:12"),
    ("ISLAMABAD", "Pakistan spurned India's call for talks.", "PAK>IND:12"),
    ("ATHENS", "Greece turned back a Turkish ship near Rhodes.", "GRC>TUR:12|17|16"),
    ("MOSCOW", "Moscow shot down Kyiv's proposal for an energy truce.", "RUS>UKR:12"),
    ("MOSCOW", "Russia gave the cold shoulder to a French peace initiative.", "RUS>FRA:12"),
    ("BEIJING", "China poured cold water on Japan's proposal for a summit.", "CHN>JPN:12"),
    ("TEHRAN", "Iran dismissed out of hand a U.S. offer of talks.", "IRN>USA:12"),
    ("BERLIN", "Germany ruled out sending Taurus missiles to Ukraine.", "DEU>UKR:12"),
    ("MOSCOW", "Moscow poured cold water on Kyiv's plan for a prisoner swap.", "RUS>UKR:12"),
    # 13 threaten
    ("WASHINGTON", "The United States issued an ultimatum to Venezuela on Monday.", "USA>VEN:13"),
    ("MOSCOW", "Russia gave Moldova an ultimatum on Friday.", "RUS>MDA:13"),
    ("BEIJING", "China warned Japan against meddling in Taiwan.", "CHN>JPN:13"),
    ("MOSCOW", "Russia threatened Finland with countermeasures.", "RUS>FIN:13"),
    # 15 force posture: patrols and presence stepped up near a neighbour (v.step_up_presence),
    # warning shots and flares (v.warning_shot), muscle flexed (v.flex_muscle)
    ("HELSINKI", "Finland stepped up patrols near its border with Russia.", "FIN>RUS:15"),
    ("BEIJING", "China massed troops on its border with India.", "CHN>IND:15"),
    ("VILNIUS", "Lithuania beefed up its military presence near Belarus.", "LTU>BLR:15"),
    ("BEIJING", "China has stepped up naval patrols off the Philippine coast.", "CHN>PHL:15"),
    ("MINSK", "Belarus boosted its troop presence along the border with Poland.", "BLR>POL:15"),
    ("SEOUL", "South Korea fired a warning shot at North Korean soldiers.", "KOR>PRK:15|19"),
    ("TAIPEI", "China flexed its military muscle near Taiwan with new drills.", "CHN>TWN:15"),
    ("MOSCOW", "Russia sent its Baltic fleet on a show of force near Finland.", "RUS>FIN:15"),
    (
        "MANILA",
        "A Chinese coast guard ship fired warning flares toward a Philippine vessel.",
        "CHN>PHL:15",
    ),
    # 16 reduce relations: sent packing (v.send_packing), the plug pulled (v.pull_plug), the
    # brakes, a freeze or a moratorium put on (v.put_brake), marching orders
    # (v.marching_orders), booted out (v.kick_out)
    ("PANAMA CITY", "Panama cut ties with Venezuela on Monday.", "PAN>VEN:16"),
    ("BAMAKO", "Mali broke off relations with Algeria on Sunday.", "MLI>DZA:16"),
    ("BAMAKO", "Mali broke off diplomatic relations with Ukraine.", "MLI>UKR:16"),
    ("OTTAWA", "Canada shut its embassy in Iran in 2012.", "CAN>IRN:16"),
    ("WASHINGTON", "Washington slapped tariffs on Chinese steel on Friday.", "USA>CHN:16"),
    ("WASHINGTON", "The U.S. Treasury froze the assets of Venezuela's central bank.", "USA>VEN:16"),
    ("WASHINGTON", "The United States blacklisted six Iranian firms on Thursday.", "USA>IRN:16"),
    ("WASHINGTON", "The United States pulled out of the nuclear deal with Iran.", "USA>IRN:16"),
    ("PRAGUE", "The Czech Republic kicked out two Russian diplomats.", "CZE>RUS:16"),
    ("ABUJA", "Niger sent the French ambassador packing.", "NER>FRA:16"),
    ("SEOUL", "South Korea downgraded ties with North Korea.", "KOR>PRK:16"),
    ("BERLIN", "Germany pulled the plug on arms exports to Israel.", "DEU>ISR:16"),
    ("BRUSSELS", "The EU slapped sanctions on Belarus on Monday.", "EU>BLR:16"),
    ("LONDON", "Britain put Iran's Revolutionary Guards on its sanctions list.", "GBR>IRN:16"),
    ("MOSCOW", "Russia shuttered the German consulate in Kaliningrad.", "RUS>DEU:16"),
    ("WASHINGTON", "The United States slashed aid to Colombia.", "USA>COL:16"),
    ("BAMAKO", "Mali sent the French envoy packing in 2022.", "MLI>FRA:16"),
    ("WASHINGTON", "Washington pulled the plug on talks with Pyongyang.", "USA>PRK:16"),
    ("WASHINGTON", "The United States imposed visa curbs on Nigerian officials.", "USA>NGA:16"),
    ("BRUSSELS", "The EU put the brakes on Hungary's funding.", "EU>HUN:16"),
    ("PARIS", "France recalled its ambassador from Algeria.", "FRA>DZA:16"),
    ("WASHINGTON", "Washington pulled its ambassador out of Russia.", "USA>RUS:16"),
    ("BEIJING", "China put a freeze on Lithuanian imports.", "CHN>LTU:16"),
    ("OTTAWA", "Canada booted out a Chinese diplomat.", "CAN>CHN:16"),
    ("NEW DELHI", "India gave marching orders to a Canadian diplomat.", "IND>CAN:16"),
    ("WASHINGTON", "The United States pulled out of UNESCO.", "USA>UN:16"),
    ("MINSK", "Belarus shut its border with Poland.", "BLR>POL:16|19"),
    ("WASHINGTON", "The United States kicked out two Cuban diplomats.", "USA>CUB:16"),
    ("BERLIN", "Germany imposed a moratorium on arms sales to Turkey.", "DEU>TUR:16"),
    ("LONDON", "Britain handed marching orders to Russia's defence attache.", "GBR>RUS:16"),
    ("NEW DELHI", "India gave a Canadian diplomat his marching orders.", "IND>CAN:16"),
    # 17 coerce: taken into custody (v.take_into_custody), rounded or locked up (v.round_up)
    ("MOSCOW", "Russian police rounded up three Estonian nationals.", "RUS>EST:17"),
    ("TEHRAN", "Iran took two British sailors into custody.", "IRN>GBR:17"),
    ("CARACAS", "Venezuela locked up two American citizens.", "VEN>USA:17"),
    ("TEHRAN", "Iran's navy impounded a Greek tanker.", "IRN>GRC:17"),
    ("MINSK", "Belarusian police took a Lithuanian journalist into custody.", "BLR>LTU:17"),
    ("TEHRAN", "Iran rounded up dozens of Afghan migrants.", "IRN>AFG:17"),
    ("MOSCOW", "Russia jailed an American journalist for 16 years.", "RUS>USA:17"),
    # 19 fight: munitions rained, hurled or lobbed (v.rain_fire), assets taken or knocked out
    # (v.take_out)
    ("KYIV", "Russia pounded Kharkiv with missiles overnight.", "RUS>UKR:19"),
    ("GAZA", "Israel rained bombs on southern Lebanon on Tuesday.", "ISR>LBN:19"),
    ("KYIV", "Russia unleashed a barrage of drones on Kyiv.", "RUS>UKR:19"),
    ("BEIRUT", "Israeli jets carried out air strikes against Syria.", "ISR>SYR:19"),
    ("ISLAMABAD", "Pakistan hit targets inside Afghanistan on Sunday.", "PAK>AFG:19"),
    ("JERUSALEM", "Israel took out an Iranian air-defence battery.", "ISR>IRN:19"),
    ("KYIV", "Russia hurled missiles at Odesa overnight.", "RUS>UKR:19"),
    ("GAZA", "Israeli artillery lobbed shells into southern Lebanon.", "ISR>LBN:19"),
    ("KYIV", "Ukraine knocked out a Russian radar station in Crimea.", "UKR>RUS:19"),
    ("KYIV", "Russia launched a massive drone attack on Ukraine.", "RUS>UKR:19"),
    ("BEIRUT", "Israel struck Hezbollah targets in Lebanon.", "ISR>LBN:19"),
    ("KYIV", "Russia pummelled Ukraine's power grid overnight.", "RUS>UKR:19"),
    ("JERUSALEM", "Israel bombarded Gaza City on Sunday.", "ISR>PSE:19"),
    # the new patterns in the passive, with other objects and tenses, and batch-three idioms:
    # an olive branch (v.olive_branch, 030), heels dug in (v.dig_in_heels, 120), blame laid
    # (v.lay_blame, 112), a state showered with munitions (v.shower_with), frozen or cut out
    # of a body (v.freeze_out, 160), security tightened at a border (v.step_up_presence),
    # suspects turned over (v.turn_over, 063 since session 37)
    ("TALLINN", "Two Estonian nationals were rounded up by Russian police in Pskov.", "RUS>EST:17"),
    ("ATHENS", "The Turkish ship was turned back by Greece near Rhodes.", "GRC>TUR:12"),
    ("KYIV", "Kyiv's proposal was shot down by Moscow within hours.", "RUS>UKR:12"),
    ("PARIS", "The French ambassador was sent packing by Niger in 2023.", "NER>FRA:16"),
    ("CHISINAU", "Russia has pulled the plug on gas supplies to Moldova.", "RUS>MDA:16"),
    ("BERLIN", "Germany put arms exports to Turkey on hold.", "DEU>TUR:16"),
    ("BRUSSELS", "The EU put accession talks with Turkey on ice.", "EU>TUR:16"),
    (
        "WASHINGTON",
        "The United States rained missiles down on Houthi targets in Yemen.",
        "USA>YEM:19",
    ),
    ("KYIV", "Ukraine took out a Russian warship in the Black Sea.", "UKR>RUS:19"),
    ("WASHINGTON", "The Pentagon poured $2 billion worth of weapons into Israel.", "USA>ISR:07"),
    ("TOKYO", "Moscow brushed off Tokyo's protest over the islands.", "RUS>JPN:12"),
    ("RIYADH", "Saudi Arabia slammed the door on talks with Iran.", "SAU>IRN:12|16"),
    ("ANKARA", "Turkey extended an olive branch to Greece on Monday.", "TUR>GRC:03"),
    ("JERUSALEM", "Israel held out an olive branch to Lebanon.", "ISR>LBN:03"),
    ("WASHINGTON", "Washington eased up on sanctions against Venezuela.", "USA>VEN:08"),
    ("BUDAPEST", "Hungary dug in its heels against Ukraine's bid to join the EU.", "HUN>UKR:12"),
    ("VILNIUS", "Lithuania ramped up surveillance along the Belarusian border.", "LTU>BLR:15"),
    ("WARSAW", "Poland beefed up security along its border with Belarus.", "POL>BLR:15"),
    ("KYIV", "Russia stepped up attacks on Ukraine's energy grid.", "RUS>UKR:19"),
    ("MOSCOW", "The Kremlin laid the blame for the attack at Kyiv's door.", "RUS>UKR:11"),
    (
        "SEOUL",
        "North Korea fired warning shots across the border at South Korean troops.",
        "PRK>KOR:15|19",
    ),
    (
        "MANILA",
        "China's coast guard hit a Philippine supply boat with water cannon.",
        "CHN>PHL:17|19|15",
    ),
    ("KYIV", "Russia showered Ukrainian cities with drones overnight.", "RUS>UKR:19"),
    ("BEIRUT", "Hezbollah lobbed rockets at northern Israel.", "LBN>ISR:19|"),
    ("NEW DELHI", "India froze Pakistan out of the regional trade talks.", "IND>PAK:16|12"),
    ("ABUJA", "Nigeria rounded up 300 Chadian migrants and sent them home.", "NGA>TCD:17"),
    ("ANKARA", "Turkey turned over the suspects to Iraq on Tuesday.", "TUR>IRQ:06"),
    ("MOSCOW", "The Kremlin put the blame squarely on Kyiv.", "RUS>UKR:11"),
    ("GAZA", "Hamas pelted Israeli towns with rockets.", "PSE>ISR:19|"),
    ("WASHINGTON", "Washington cut Russia out of the SWIFT payments system.", "USA>RUS:16"),
    ("ATHENS", "Greece tightened security along its border with Turkey.", "GRC>TUR:15"),
    ("SEOUL", "South Korea dug in its heels over Japan's demand for an apology.", "KOR>JPN:12"),
    ("CAIRO", "Egypt held out an olive branch to Ethiopia over the dam.", "EGY>ETH:03"),
    # the new patterns under a threat, a refusal, a relative or subordinate clause and
    # coordinated subjects
    ("WASHINGTON", "Washington threatened to pull the plug on aid to Kyiv.", "USA>UKR:13"),
    ("WASHINGTON", "Washington refused to take Cuba off its terrorism list.", "USA>CUB:12"),
    ("SEOUL", "South Korea said it had reached out to North Korea but got no reply.", "KOR>PRK:04"),
    (
        "BEIJING",
        "China, which poured cold water on Japan's summit proposal, said on Monday it would talk.",
        "CHN>JPN:12",
    ),
    (
        "KYIV",
        "After Russia rained missiles on Kyiv, Ukraine summoned the Belarusian envoy.",
        "RUS>UKR:19 UKR>BLR:11|16",
    ),
    (
        "WARSAW",
        "Poland and Lithuania stepped up patrols along their borders with Belarus.",
        "POL>BLR:15 LTU>BLR:15",
    ),
    ("PARIS", "France has put the brakes on trade talks with Australia.", "FRA>AUS:16"),
    ("ROME", "Italy gave the cold shoulder to Germany's migration plan on Monday.", "ITA>DEU:12"),
    # batch four: fences mended, hatchets buried, ties thawed (v.strengthen_ties, 050); a bill
    # footed (v.foot_bill), a state bailed out (v.bail_out), a lifeline thrown
    # (v.throw_lifeline), a government propped up (v.prop_up) (07x); overtures
    # (v.make_overture, 030); ranks closed (v.close_ranks, 051); craft shadowed
    # (v.shadow_craft, 150), buzzed (v.harass_vessel) or chased off (v.chase_off, 170)
    ("RIYADH", "Saudi Arabia mended fences with Qatar in 2021.", "SAU>QAT:05"),
    ("CAIRO", "Egypt buried the hatchet with Turkey after a decade of feuding.", "EGY>TUR:05"),
    ("LONDON", "Britain thawed ties with Iran on Monday.", "GBR>IRN:05"),
    ("WASHINGTON", "The United States footed the bill for Ukraine's power repairs.", "USA>UKR:07"),
    ("BEIJING", "China bailed out Pakistan with a $2 billion loan.", "CHN>PAK:07"),
    ("WASHINGTON", "Washington threw Kyiv a financial lifeline.", "USA>UKR:07"),
    ("MOSCOW", "Russia propped up the Syrian government for a decade.", "RUS>SYR:07|06"),
    ("WARSAW", "Poland closed ranks with Lithuania against Russia.", "POL>LTU:05"),
    ("MOSCOW", "Russian jets buzzed a U.S. drone over the Black Sea.", "RUS>USA:15|17|19"),
    ("OTTAWA", "Chinese fighter jets shadowed a Canadian patrol plane.", "CHN>CAN:15"),
    (
        "MANILA",
        "China's coast guard chased off Philippine fishing boats near the shoal.",
        "CHN>PHL:17|15",
    ),
    ("ANKARA", "Turkey made overtures to Syria on Monday.", "TUR>SYR:03"),
    ("BERLIN", "Germany hit Russia with fresh sanctions.", "DEU>RUS:16"),
    ("TOKYO", "Japan lodged a strong complaint with China.", "JPN>CHN:11"),
    ("BEIJING", "China slapped export curbs on Japanese firms.", "CHN>JPN:16"),
    ("NEW DELHI", "India banned Chinese apps in 2020.", "IND>CHN:16"),
    ("TOKYO", "Russian warships tailed a Japanese destroyer near Hokkaido.", "RUS>JPN:15"),
    (
        "HANOI",
        "Chinese ships chased away Vietnamese fishing boats near the Paracels.",
        "CHN>VNM:17",
    ),
    ("COLOMBO", "India tossed a lifeline to Sri Lanka in 2022.", "IND>LKA:07"),
    ("AMMAN", "The EU picked up the tab for Jordan's refugee camps.", "EU>JOR:07"),
    ("DAMASCUS", "Iran propped up the Syrian army with militias and cash.", "IRN>SYR:07"),
    (
        "BEIJING",
        "China and Australia thawed their frosty relations in 2023.",
        "CHN>AUS:05 AUS>CHN:05",
    ),
    # batch five: notice served (v.serve_notice, 130), a sabre rattled (v.rattle_sabre, 138), a
    # threat dangled or held over a state (v.dangle_threat), a commission of inquiry set up
    # (v.open_investigation, 090)
    ("MOSCOW", "Russia rattled its nuclear sabre at NATO on Tuesday.", "RUS>NATO:13|15"),
    ("WASHINGTON", "Trump dangled the threat of tariffs over Mexico.", "USA>MEX:13"),
    ("BEIJING", "Beijing served notice on Tokyo over the islands.", "CHN>JPN:13"),
    ("KYIV", "Ukraine pressed Russia for the return of deported children.", "UKR>RUS:10|02"),
    ("TEHRAN", "Iran insisted on compensation from Britain.", "IRN>GBR:10"),
    ("GENEVA", "The UN set up a commission of inquiry into Israel's conduct in Gaza.", "UN>ISR:09"),
    ("WASHINGTON", "Washington held the threat of sanctions over Ankara.", "USA>TUR:13"),
    ("BEIJING", "China warned Manila to back off.", "CHN>PHL:13|02"),
    # the from-phrase under the particle 'back' (particle_adverbs, test_events_vocabulary18)
    ("KYIV", "Russia pulled its troops back from the Ukrainian border on Monday.", "RUS>UKR:08"),
    # a gap until session 14 (v.intercept_warplane, test_events_vocabulary19)
    ("SEOUL", "South Korea scrambled jets to intercept Chinese bombers.", "KOR>CHN:15"),
    # session 65 (X65): v.hammer codes a blow by forces or a state named alone; a leader who
    # "hammered China over trade" criticizes (test_events_vocabulary136)
    ("KYIV", "Ukraine hammered Russian oil refineries with drones.", "UKR>RUS:19"),
]

NONE: list[tuple[str, str]] = [
    # exits with no state partner, and each new pattern's verb in its other senses
    ("MOSCOW", "Russia pulled out of the Black Sea grain deal."),
    ("WASHINGTON", "The United States pulled out of the Paris climate accord."),
    ("LONDON", "The driver took the children off the bus in Bristol."),
    ("BERLIN", "The singer's speech struck a chord with German voters."),
    ("TOKYO", "The Japanese carmaker cut costs by ten percent."),
    ("ROME", "The Italian chef flew to Rabat for a cooking festival."),
    ("PARIS", "The French airline cut ties with its catering supplier."),
    ("SEOUL", "A South Korean pop star reached out to fans on Thursday."),
    ("CAIRO", "The Egyptian museum hosted a delegation from a German university."),
    ("LONDON", "The British bank froze the assets of a failed hedge fund."),
    ("MADRID", "The Spanish club threw its weight behind the new coach."),
    ("MANILA", "The Philippine boxer walked out of the press conference."),
    ("OSLO", "The Norwegian studio gave the green light to a sequel."),
    ("ATHENS", "The Greek lifeguards turned back swimmers at the beach."),
    ("DUBLIN", "The Irish company struck a deal with a Chinese supplier."),
    ("CANBERRA", "The Australian team rolled out the red carpet for the fans."),
    ("VIENNA", "The Austrian ski resort stepped up patrols on its slopes."),
    ("TOKYO", "Japan's central bank held a phone call with reporters."),
    ("NAIROBI", "Kenyan police handed over the lost wallet to its owner."),
    ("OTTAWA", "The Canadian retailer shut its store in Paris."),
    ("LONDON", "The football club opened an office in Rabat."),
    ("SEOUL", "The Korean chipmaker slapped a price increase on its memory chips."),
    ("BERLIN", "The German league pulled out of the broadcasting deal."),
    ("WASHINGTON", "The U.S. president took questions from reporters on Monday."),
    ("PARIS", "France's president lashed out at the striking rail workers."),
    ("BEIJING", "The Chinese studio pulled the plug on the film's release."),
    ("TOKYO", "Japanese firefighters pounded the blaze with water."),
    ("LONDON", "The British comedian took a swipe at his rivals."),
    ("MOSCOW", "Russia's central bank slashed interest rates on Friday."),
    ("HANOI", "The Vietnamese airline scrambled to find new pilots."),
    ("WASHINGTON", "Washington leaned on its allies in Congress to pass the bill."),
    ("LONDON", "The British diver leaned on the rail to catch his breath."),
    ("BERLIN", "The German striker headed to Madrid for a medical."),
    ("PARIS", "France's football coach reached out to the injured players."),
    ("TOKYO", "The Japanese firm took its products off the Chinese market."),
    ("ROME", "Italy removed the migrants from the boat on Friday."),
    ("LONDON", "The British coach shot down the idea of a rematch."),
    ("BEIJING", "China shot down the proposal of a Chinese tech company."),
    ("BERLIN", "German police stepped up patrols near the U.S. embassy."),
    ("MANILA", "The Philippines stepped up joint patrols with Japan near Scarborough Shoal."),
    ("WARSAW", "The United States boosted its military presence in Poland."),
    ("MADRID", "Spain sent the French side packing in the semi-final."),
    ("TOKYO", "The Japanese coach sent his players packing after the defeat."),
    ("LONDON", "The British broadcaster pulled the plug on its Russian-language service."),
    ("MOSCOW", "Russian police took a drunk driver into custody."),
    ("ROME", "Italy locked up the title with a win over France."),
    ("PARIS", "The French mayor rounded up volunteers to clean the beach."),
    ("BERLIN", "Critics rained criticism on Germany over the budget."),
    ("LONDON", "The British government took out a loan from the IMF."),
    ("TOKYO", "Japan took out ads in Chinese newspapers."),
    ("ATHENS", "Greece turned back a migrant boat near Lesbos."),
    ("SEOUL", "South Korea's envoy turned back to the podium to answer questions."),
    ("LONDON", "The British band gave the cold shoulder to its former manager."),
    ("PARIS", "The French chef poured cold water on the new restaurant trend."),
    ("BERLIN", "The German investor pumped $500 million into a start-up."),
    ("ROME", "The Italian striker fired back at his critics."),
    ("MADRID", "The Spanish coach put the brakes on the transfer talks."),
    ("TOKYO", "Japanese firefighters hammered the blaze with water."),
    ("LONDON", "The British investor poured money into a Chinese start-up."),
    ("TOKYO", "Japan's central bank pumped cash into the money markets."),
    ("BERLIN", "Germany set free trade rules for the region."),
    ("PARIS", "French police fired warning shots in the air at a rally."),
    ("TOKYO", "Japan's carmakers flexed their muscle in the Chinese market."),
    ("MADRID", "Spain put a freeze on public hiring."),
    ("LONDON", "The Chelsea manager gave the French striker his marching orders."),
    ("ROME", "The Italian government gave the cold shoulder to the striking unions."),
    # batch three's near-misses
    ("LONDON", "British police rounded up the usual suspects in Leeds."),
    ("TOKYO", "The Japanese chef put his plans for a Paris restaurant on ice."),
    ("BERLIN", "The German carmaker put its Chinese expansion on hold."),
    ("PARIS", "The French striker took out a Spanish defender with a late tackle."),
    ("ROME", "Italy's coach knocked out Spain in the quarter-finals."),
    ("MADRID", "Spain knocked out Germany in the quarter-finals."),
    ("SEOUL", "The Korean band pumped up the crowd in Tokyo."),
    ("LONDON", "The British firm pulled the plug on its Chinese joint venture."),
    ("ATHENS", "The Greek farmer extended an olive branch to his neighbour."),
    ("MADRID", "The Spanish union dug in its heels over pay."),
    ("LONDON", "The British coach laid the blame on the referee."),
    ("PARIS", "French fans showered the team with praise."),
    ("TOKYO", "Japanese fans pelted the Chinese players with bottles."),
    ("BUENOS AIRES", "Brazil shut out Argentina 2-0 in the final."),
    ("ATHENS", "Greek police tightened security around the Turkish president's visit."),
    ("SEOUL", "The Korean firm turned over its profits to the state."),
    # the new patterns only threatened, negated, asked or expected, and batch four's near-misses
    ("BERLIN", "Germany has not pulled the plug on arms exports to Israel."),
    ("MOSCOW", "Russia could rain missiles on Kyiv again, the ministry said."),
    ("TEHRAN", "Iran did not take the British sailors into custody."),
    ("MANILA", "Would China step up patrols near the Philippine coast?"),
    ("BAMAKO", "Mali is expected to send the French ambassador packing."),
    ("MOSCOW", "Moscow shrugged off Western sanctions."),
    ("MADRID", "Spanish police chased off the protesters near the parliament."),
    ("LONDON", "The British team closed ranks behind its coach."),
    ("MILAN", "Italian investors propped up the ailing carmaker."),
    ("PARIS", "French paparazzi shadowed the Spanish king's yacht."),
    ("ROME", "The Italian chef made overtures to the French restaurant's owners."),
    ("SEOUL", "Korean fans threw a lifeline to the struggling band."),
    ("LONDON", "The British neighbours buried the hatchet over the fence."),
    ("PARIS", "The French club footed the bill for the party."),
    ("ROME", "The Italian bank bailed out its struggling subsidiary."),
    # batch five's near-misses: no state threatened, a prospect of relief or a deal is no threat
    ("LONDON", "The British referee served notice on the unruly players."),
    ("MADRID", "The Spanish general brandished a sword at the parade."),
    ("LONDON", "The British prime minister held the prospect of a trade deal over Brussels."),
    ("WASHINGTON", "Washington dangled the prospect of sanctions relief over Iran."),
    ("TOKYO", "The Japanese firm set up an inquiry into its accounts."),
    ("BERLIN", "The German club served notice on its coach."),
]

GAPS: list[tuple[str, str, str, str]] = [
    (
        "DOHA",
        "Qatar's emir received a call from the Iranian president on Saturday.",
        "IRN>QAT:04",
        "a bare 'call' received may be an appeal: v.receive_phone_call wants a phone word",
    ),
    (
        "TOKYO",
        "Japan chipped in $10 million for Sudan's flood victims.",
        "JPN>SDN:07",
        "the for-phrase names victims, not a state; no aid pattern reads 'chip in'",
    ),
    (
        "ANKARA",
        "Turkey backed down from its threat to block Sweden's NATO bid.",
        "TUR>SWE:08",
        "the yielded-to state sits inside the threat's infinitive; no pattern reads it",
    ),
    (
        "BERLIN",
        "Germany extended a helping hand to Turkey after the earthquake.",
        "DEU>TUR:07|05",
        "'a helping hand' names no aid noun",
    ),
    (
        "MOSCOW",
        "Russia let go of two detained Lithuanian soldiers.",
        "RUS>LTU:08",
        "'let go of' is parsed as two verbs; no release pattern fires",
    ),
    (
        "LONDON",
        "Two British sailors were taken into custody by Iran on Friday.",
        "IRN>GBR:17",
        "a light-verb pattern's passive subject is read as its object noun, never as the target (v.take_into_custody)",
    ),
    (
        "TEHRAN",
        "Iran set the detained British sailors free on Monday.",
        "IRN>GBR:08",
        "'free' after the object is parsed as an adverbial clause, which object_words do not read (v.set_free)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary16_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary16_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
