"""Event vocabulary, eighteenth set (session 13): the words wire copy uses for the CAMEO codes
of roots 02-20 about states and IGOs, code by code, with near-misses in their literal,
business and sports senses.

Rules: turning to a state for a loan (v.turn_to_for 023); coming to a state's defence or aid
(v.come_to_defence 052/070); putting pen to paper (057); tariffs and duties dropped, scrapped,
rolled back or slashed (v.ease_sanctions 085); visa-free travel reinstated (v.restore_visa_free
081); a suspension lifted (v.lift_suspension 080); bodies returned (v.return_bodies 0841); a
state's soldier or diplomat sent home (v.send_home 0841/166); scorn poured (v.pour_scorn 111);
days given to act (v.give_deadline 139); war games (150); spy planes intercepted
(v.intercept_plane 150); export curbs to a state (v.curb_exports_to 163); troops kicked out
(v.kick_out_troops 166); ties snapped; gas pumped; occupation in a place; an against-phrase
before an at-phrase (v.lash_out); prep phrases under the particle adverbs back, away, home
(rules.yaml particle_adverbs: "pulled its troops back from Kyiv").

Same harness as test_events_vocabulary17.py; every sentence was written for this file. NONE
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
    # 02 appeals
    ("BERLIN", "Germany pressed Serbia on Monday to recognise Kosovo's passports.", "DEU>SRB:02"),
    (
        "BRUSSELS",
        "EU foreign ministers implored Israel to open more crossings into Gaza.",
        "EU>ISR:02",
    ),
    (
        "WASHINGTON",
        "The State Department prodded Egypt to free the detained activists.",
        "USA>EGY:02",
    ),
    ("KYIV", "Zelensky appealed to Germany for more air defence systems.", "UKR>DEU:02"),
    ("BEIRUT", "Lebanon turned to the IMF for an emergency loan on Tuesday.", "LBN>IMF:02"),
    ("TRIPOLI", "Libya sought help from Italy to contain the migrant flows.", "LBY>ITA:02"),
    ("ISLAMABAD", "Pakistan lobbied China to roll over a $2 billion loan.", "PAK>CHN:02"),
    ("DHAKA", "Bangladesh asked India to hand back the ousted prime minister.", "BGD>IND:02"),
    # 03 intent to cooperate, to meet, to mediate
    (
        "ANKARA",
        "Turkey offered to broker a deal between Russia and Ukraine.",
        "TUR>RUS:03 TUR>UKR:03",
    ),
    (
        "DOHA",
        "Qatar stands ready to mediate between Sudan and South Sudan.",
        "QAT>SDN:03 QAT>SSD:03",
    ),
    (
        "MOSCOW",
        "The Kremlin said it was ready to sit down with Kyiv without preconditions.",
        "RUS>UKR:03",
    ),
    ("SEOUL", "Seoul vowed to deepen defence ties with Canberra.", "KOR>AUS:03"),
    ("TOKYO", "Japan pledged $500 million to Ukraine on Friday.", "JPN>UKR:03|07"),
    ("NAIROBI", "China offered to build a new railway for Kenya.", "CHN>KEN:03"),
    # 04 consult: calls, visits, hosting, talks, mediation
    ("PARIS", "Macron spoke by phone with Erdogan on Tuesday.", "FRA>TUR:04"),
    ("NEW DELHI", "Modi flew to Tokyo on Sunday for a two-day visit.", "IND>JPN:04"),
    (
        "ISLAMABAD",
        "The Chinese foreign minister touched down in Islamabad on Friday.",
        "CHN>PAK:04",
    ),
    (
        "RIYADH",
        "Secretary of State Antony Blinken jetted into Riyadh on Wednesday for talks on Gaza.",
        "USA>SAU:04",
    ),
    (
        "HANOI",
        "Vietnam rolled out the red carpet for the South Korean president on Monday.",
        "VNM>KOR:04",
    ),
    ("CAIRO", "Cairo played host to Jordan's King Abdullah on Monday.", "EGY>JOR:04"),
    (
        "MUSCAT",
        "Oman brokered a prisoner swap between Iran and the United States.",
        "OMN>IRN:04 OMN>USA:04",
    ),
    ("BEIJING", "Xi held a video call with the Spanish prime minister on Thursday.", "CHN>ESP:04"),
    (
        "RABAT",
        "Morocco's foreign minister sat down with his Spanish counterpart in Madrid.",
        "MAR>ESP:04",
    ),
    # 05 praise, defend, recognise, apologise, sign
    ("WASHINGTON", "President Joe Biden hailed Finland's accession to NATO.", "USA>FIN:05"),
    ("MOSCOW", "The Kremlin lauded China's peace plan for Ukraine.", "RUS>CHN:05"),
    ("WASHINGTON", "Washington applauded Riyadh's decision to raise oil output.", "USA>SAU:05"),
    ("BEIJING", "Beijing stood by Moscow at the Security Council on Friday.", "CHN>RUS:05"),
    ("BEIJING", "China came to Russia's defence at the UN on Monday.", "CHN>RUS:05"),
    ("MADRID", "Spain formally recognised the State of Palestine on Tuesday.", "ESP>PSE:05"),
    ("TOKYO", "Japan apologised to South Korea for wartime forced labour.", "JPN>KOR:05"),
    ("NEW DELHI", "Britain inked a free trade deal with India on Thursday.", "GBR>IND:05"),
    ("NAIROBI", "Kenya put pen to paper on a trade pact with the EU.", "KEN>EU:05"),
    ("LONDON", "London threw its weight behind Kyiv's peace formula.", "GBR>UKR:05"),
    (
        "CANBERRA",
        "Australia endorsed Japan's bid for a seat on the Security Council.",
        "AUS>JPN:05",
    ),
    # 06 material cooperation
    ("DOHA", "Qatar delivered liquefied natural gas to Germany for the first time.", "QAT>DEU:06"),
    ("MOSCOW", "Russia shipped record volumes of crude to India in May.", "RUS>IND:06"),
    ("MADRID", "Spain extradited a Russian hacker to the United States.", "ESP>USA:06"),
    ("RABAT", "Morocco extradited a French drug lord to France on Friday.", "MAR>FRA:06"),
    (
        "LONDON",
        "Britain shared intelligence with Ukraine on Russian troop movements.",
        "GBR>UKR:06",
    ),
    (
        "MANILA",
        "Philippine and American troops held joint drills in the South China Sea.",
        "PHL>USA:06 USA>PHL:06",
    ),
    ("BEIJING", "China agreed to finance a port in Sri Lanka's south.", "CHN>LKA:06|03|05"),
    # 07 aid
    ("WASHINGTON", "The World Bank approved a $1.2 billion loan for Pakistan.", "WB>PAK:07"),
    ("RIYADH", "Saudi Arabia deposited $3 billion in Pakistan's central bank.", "SAU>PAK:07"),
    ("TOKYO", "Japan extended a yen loan to Bangladesh for a new metro line.", "JPN>BGD:07"),
    ("BERLIN", "Germany delivered more Leopard tanks to Ukraine on Monday.", "DEU>UKR:07"),
    ("WASHINGTON", "Washington rushed artillery shells to Kyiv last month.", "USA>UKR:07"),
    ("TEHRAN", "Iran supplied hundreds of drones to Russia, officials said.", "IRN>RUS:07"),
    ("ABU DHABI", "The UAE airlifted food and medicine to Gaza on Sunday.", "ARE>PSE:07"),
    ("ANKARA", "Turkey dispatched rescue teams to Morocco after the earthquake.", "TUR>MAR:07"),
    ("NEW DELHI", "India shipped 20,000 tonnes of wheat to Afghanistan.", "IND>AFG:07"),
    ("KIGALI", "Rwanda deployed 1,000 troops to Mozambique to fight insurgents.", "RWA>MOZ:07|15"),
    # 08 yield: release, return, ease sanctions, reinstate, de-escalate
    ("MOSCOW", "Russia freed two American prisoners in a swap on Thursday.", "RUS>USA:08"),
    ("PYONGYANG", "North Korea sent home a detained US soldier.", "PRK>USA:08"),
    ("LONDON", "Portugal handed Macau back to China in 1999.", "PRT>CHN:08"),
    ("BERLIN", "Germany returned 20 looted bronzes to Nigeria on Tuesday.", "DEU>NGA:08"),
    ("WASHINGTON", "Washington lifted sanctions on Syria's central bank.", "USA>SYR:08"),
    ("OTTAWA", "Canada dropped its tariffs on Chinese electric vehicles.", "CAN>CHN:08"),
    ("WASHINGTON", "Trump rolled back tariffs on Mexican steel on Friday.", "USA>MEX:08"),
    ("OTTAWA", "Canada reinstated visa-free travel for Mexican citizens.", "CAN>MEX:08"),
    ("ADDIS ABABA", "The African Union lifted Gabon's suspension on Wednesday.", "AU>GAB:08"),
    ("KUWAIT CITY", "Kuwait lifted its visa ban on Pakistani nationals.", "KWT>PAK:08"),
    ("MOSCOW", "Russia pulled its troops back from Kyiv in March.", "RUS>UKR:08"),
    # 09 investigate
    ("THE HAGUE", "The ICC opened an investigation into Israel's conduct in Gaza.", "ICC>ISR:09"),
    ("WARSAW", "Poland launched a probe into Russian interference in its election.", "POL>RUS:09"),
    ("GENEVA", "The UN set up an inquiry into Myanmar's crackdown.", "UN>MMR:09"),
    # 10 demand
    ("BEIJING", "Beijing demanded that Manila tow away its grounded warship.", "CHN>PHL:10"),
    ("BRUSSELS", "The EU told Georgia to drop its foreign agent law.", "EU>GEO:10|02"),
    # 11 criticise, accuse, complain, sue
    ("BEIJING", "Beijing rapped Tokyo over its record defence budget.", "CHN>JPN:11"),
    ("ANKARA", "Ankara lashed out at Athens over the migrant pushbacks.", "TUR>GRC:11"),
    ("MOSCOW", "Moscow blasted Washington's decision to send cluster munitions.", "RUS>USA:11"),
    ("TEHRAN", "Tehran hit out at London over the new sanctions.", "IRN>GBR:11"),
    ("ROME", "Paris slammed Rome's migrant policy on Thursday.", "FRA>ITA:11"),
    ("MOSCOW", "The Kremlin took a swipe at Berlin over its arms deliveries.", "RUS>DEU:11"),
    ("SEOUL", "Seoul blamed Pyongyang for the GPS jamming.", "KOR>PRK:11"),
    ("BAGHDAD", "Baghdad pointed the finger at Ankara for the drone strike.", "IRQ>TUR:11"),
    ("ROME", "Italy filed a formal complaint with France over the border checks.", "ITA>FRA:11"),
    ("ALGIERS", "Algeria summoned the French ambassador on Tuesday.", "DZA>FRA:11"),
    ("KYIV", "Ukraine sued Russia at the International Court of Justice.", "UKR>RUS:11"),
    ("PRETORIA", "South Africa filed a genocide case against Israel at the ICJ.", "ZAF>ISR:11"),
    ("MEXICO CITY", "Mexico took Washington to court over the gun trade.", "MEX>USA:11"),
    # 12 reject
    ("NEW DELHI", "India rebuffed Pakistan's offer of talks.", "IND>PAK:12"),
    ("JERUSALEM", "Israel spurned the UN's call for a ceasefire.", "ISR>UN:12"),
    ("TEHRAN", "Tehran turned down the EU's offer of talks on Monday.", "IRN>EU:12"),
    ("WASHINGTON", "Washington shot down the French proposal on Friday.", "USA>FRA:12"),
    ("BEIJING", "China brushed aside Manila's offer of talks on the reef.", "CHN>PHL:12"),
    ("MOSCOW", "Russia vetoed a Security Council resolution on Syria.", "RUS>UN:12"),
    # 13 threaten
    ("WASHINGTON", "Trump threatened to slap tariffs on Canada.", "USA>CAN:13"),
    ("MOSCOW", "Moscow warned NATO against sending troops to Ukraine.", "RUS>NATO:13"),
    ("BEIJING", "China vowed to retaliate against Washington's chip curbs.", "CHN>USA:13"),
    # 15 force posture
    ("TAIPEI", "China sent 20 warships near Taiwan on Monday.", "CHN>TWN:15"),
    ("KYIV", "Russia massed troops on its border with Ukraine.", "RUS>UKR:15"),
    (
        "BEIJING",
        "Chinese fighter jets intercepted an American spy plane over the sea.",
        "CHN>USA:15",
    ),
    # 16 reduce relations: ties, envoys, sanctions, aid, troops
    ("MANAGUA", "Nicaragua broke off relations with Taiwan on Thursday.", "NIC>TWN:16"),
    ("QUITO", "Ecuador downgraded ties with Mexico after the embassy raid.", "ECU>MEX:16"),
    ("JERUSALEM", "Israel pulled its ambassador from Ankara on Saturday.", "ISR>TUR:16"),
    ("NIAMEY", "Niger recalled its ambassador to Paris for consultations.", "NER>FRA:16"),
    ("ALGIERS", "Algeria recalled its envoy to Madrid on Saturday.", "DZA>ESP:16"),
    ("WASHINGTON", "Washington slapped tariffs on Chinese steel on Tuesday.", "USA>CHN:16"),
    ("BRUSSELS", "The EU froze the assets of Russia's central bank.", "EU>RUS:16|17"),
    ("LONDON", "Britain blacklisted three Iranian banks on Monday.", "GBR>IRN:16|17"),
    ("OTTAWA", "Canada sanctioned two Russian defence firms.", "CAN>RUS:16"),
    ("TOKYO", "Japan tightened export curbs on chip equipment to China.", "JPN>CHN:16"),
    ("MOSCOW", "Russia banned imports of Moldovan wine in 2006.", "RUS>MDA:16"),
    ("WASHINGTON", "The United States cut aid to Ethiopia on Friday.", "USA>ETH:16"),
    ("BERLIN", "Germany halted development aid to Niger after the coup.", "DEU>NER:16"),
    ("BAMAKO", "Mali kicked out the French troops in 2022.", "MLI>FRA:16"),
    ("NIAMEY", "Niger ordered the French troops to leave by December.", "NER>FRA:16|10"),
    ("MOSCOW", "Russia walked out of the talks with Ukraine.", "RUS>UKR:16"),
    # 17 coerce: seize, ban, detain, expel
    ("TEHRAN", "Iran seized a Greek tanker in the Gulf of Oman.", "IRN>GRC:17"),
    ("TEHRAN", "Iranian commandos boarded a British-flagged tanker.", "IRN>GBR:17"),
    ("MOSCOW", "Russia confiscated the assets of two Finnish companies.", "RUS>FIN:17"),
    ("TEHRAN", "Iran detained two British diplomats on Sunday.", "IRN>GBR:17"),
    ("MINSK", "Belarus detained a Polish consul in Grodno.", "BLR>POL:17"),
    ("MOSCOW", "Russia expelled ten Latvian diplomats on Friday.", "RUS>LVA:17|16"),
    ("WARSAW", "Poland sent home a Russian diplomat for spying.", "POL>RUS:17|16"),
    ("CHISINAU", "Moldova declared a Russian diplomat persona non grata.", "MDA>RUS:17|16"),
    ("BUDAPEST", "Hungary revoked the licence of a Romanian broadcaster.", "HUN>ROU:17"),
    # 19 fight
    ("KYIV", "Russia pounded Kharkiv with glide bombs overnight.", "RUS>UKR:19"),
    ("DAMASCUS", "Israeli jets struck targets near Damascus on Sunday.", "ISR>SYR:19"),
    ("MOSCOW", "Ukrainian drones hit an oil refinery in Russia's Samara region.", "UKR>RUS:19"),
    ("ANKARA", "Turkey shelled Kurdish positions in northern Syria.", "TUR>SYR:19"),
    ("JERUSALEM", "Israel bombed Iran's nuclear sites on Friday.", "ISR>IRN:19"),
    ("KYIV", "Russia blockaded Ukraine's Black Sea ports for months.", "RUS>UKR:19"),
    (
        "MANILA",
        "A Chinese coast guard ship fired water cannon at a Philippine vessel.",
        "CHN>PHL:19|17",
    ),
    ("ISLAMABAD", "Pakistan shot down an Indian drone over Kashmir.", "IND>PAK:19"),
    ("JERUSALEM", "Israel intercepted dozens of Iranian missiles overnight.", "IRN>ISR:19"),
    ("KYIV", "Russian forces captured the Ukrainian town of Avdiivka.", "RUS>UKR:19"),
    # second batch: rarer words, code by code
    ("KYIV", "Ukraine pleaded with Washington for more Patriot batteries.", "UKR>USA:02"),
    ("ROME", "Italy leaned on Tunisia to stem the flow of migrants.", "ITA>TUN:02"),
    ("TEHRAN", "Iran said it was open to talks with Washington.", "IRN>USA:03"),
    ("RIYADH", "Saudi Arabia promised to invest $600 billion in the United States.", "SAU>USA:03"),
    ("MOSCOW", "Putin received the Hungarian prime minister in the Kremlin.", "RUS>HUN:04"),
    ("BRASILIA", "Lula paid a state visit to Beijing in April.", "BRA>CHN:04"),
    (
        "CAIRO",
        "U.S. Secretary of State Antony Blinken wrapped up a visit to Cairo on Tuesday.",
        "USA>EGY:04",
    ),
    ("WASHINGTON", "Washington congratulated Warsaw on its election.", "USA>POL:05"),
    ("MOSCOW", "Lavrov thanked Pyongyang for its support.", "RUS>PRK:05"),
    (
        "WASHINGTON",
        "Washington commended Hanoi for its help in finding missing soldiers.",
        "USA>VNM:05",
    ),
    ("ATHENS", "Greece and Egypt sealed a maritime deal on Thursday.", "GRC>EGY:05 EGY>GRC:05"),
    (
        "TEGUCIGALPA",
        "China and Honduras established diplomatic ties in March.",
        "CHN>HND:05 HND>CHN:05",
    ),
    (
        "BEIJING",
        "Saudi Arabia and Iran restored diplomatic relations in March.",
        "SAU>IRN:05 IRN>SAU:05",
    ),
    ("BAKU", "Azerbaijan began pumping gas to Syria via Turkey.", "AZE>SYR:06"),
    (
        "SEOUL",
        "US and South Korean forces staged joint exercises on Monday.",
        "USA>KOR:06 KOR>USA:06",
    ),
    ("CAIRO", "The IMF disbursed $1 billion to Egypt on Friday.", "IMF>EGY:07"),
    ("BRUSSELS", "The EU released 1.5 billion euros for Ukraine.", "EU>UKR:07"),
    ("LUSAKA", "China wrote off part of Zambia's debt.", "CHN>ZMB:07"),
    ("BERLIN", "Germany sent two Patriot systems to Israel.", "DEU>ISR:07"),
    ("COLOMBO", "Japan gave Sri Lanka a $100 million grant.", "JPN>LKA:07"),
    ("ANKARA", "Ankara dropped its objection to Sweden's NATO bid.", "TUR>SWE:08"),
    ("BEIJING", "China lifted its ban on Japanese seafood.", "CHN>JPN:08"),
    ("BEIJING", "Beijing scrapped its tariffs on Australian wine.", "CHN>AUS:08"),
    ("KYIV", "Russia returned the bodies of 500 Ukrainian soldiers.", "RUS>UKR:08"),
    ("BRUSSELS", "The EU eased its sanctions on Belarusian potash.", "EU>BLR:08"),
    ("WASHINGTON", "Washington waived sanctions on Iraq's electricity imports.", "USA>IRQ:08"),
    ("VIENNA", "The IAEA probed Iran's undeclared nuclear sites.", "IAEA>IRN:09"),
    ("WARSAW", "Warsaw called for Berlin to pay war reparations.", "POL>DEU:10|02"),
    ("MOSCOW", "Russia demanded an apology from Britain.", "RUS>GBR:10"),
    ("BELGRADE", "Moscow chided Belgrade over its arms sales.", "RUS>SRB:11"),
    ("NEW DELHI", "India berated Canada over the killing of a Sikh separatist.", "IND>CAN:11"),
    ("BUDAPEST", "Hungary assailed Brussels over its migration pact.", "HUN>EU:11"),
    ("WARSAW", "Warsaw castigated Minsk for pushing migrants over the border.", "POL>BLR:11"),
    ("BEIJING", "China scolded Manila over the reef standoff.", "CHN>PHL:11"),
    ("ANKARA", "Erdogan railed against Israel at the United Nations.", "TUR>ISR:11"),
    ("MOSCOW", "Moscow poured scorn on Kyiv's peace plan.", "RUS>UKR:11"),
    ("MOSCOW", "The Kremlin took aim at NATO on Thursday.", "RUS>NATO:11"),
    ("OTTAWA", "Ottawa filed a WTO complaint against China.", "CAN>CHN:11"),
    ("ADDIS ABABA", "Ethiopia dismissed Egypt's proposal on the dam.", "ETH>EGY:12"),
    ("SEOUL", "Seoul ruled out talks with Pyongyang.", "KOR>PRK:12"),
    ("BEIJING", "Beijing balked at Washington's request for military talks.", "CHN>USA:12"),
    ("TEHRAN", "Iran vowed revenge against Israel on Saturday.", "IRN>ISR:13"),
    ("WASHINGTON", "Trump gave Russia 50 days to end the war.", "USA>RUS:13"),
    ("PYONGYANG", "North Korea threatened to wipe out South Korea.", "PRK>KOR:13"),
    ("TAIPEI", "China staged war games around Taiwan on Monday.", "CHN>TWN:15"),
    ("CARACAS", "Venezuela mobilised troops to the border with Guyana.", "VEN>GUY:15"),
    ("ANCHORAGE", "Russian bombers flew near Alaska on Wednesday.", "RUS>USA:15"),
    ("WARSAW", "Russia halted gas deliveries to Poland in April.", "RUS>POL:16"),
    ("OTTAWA", "Saudi Arabia froze trade with Canada in 2018.", "SAU>CAN:16"),
    ("TOKYO", "China curbed rare earth exports to Japan.", "CHN>JPN:16"),
    ("TBILISI", "The United States imposed visa bans on Georgian officials.", "USA>GEO:16|17"),
    ("WASHINGTON", "Washington put Cuba back on its terror list.", "USA>CUB:16|17"),
    (
        "BEIJING",
        "China placed two US defence firms on its unreliable entity list.",
        "CHN>USA:16|17",
    ),
    ("TAIPEI", "Beijing suspended imports of Taiwanese pineapples.", "CHN>TWN:16"),
    ("RABAT", "Morocco snapped ties with Iran in 2018.", "MAR>IRN:16"),
    ("CAIRO", "The Arab League suspended Syria's membership in 2011.", ""),
    ("NIAMEY", "Niger expelled the French ambassador in August.", "NER>FRA:16|17"),
    ("CARACAS", "Venezuela nabbed two Colombian soldiers near the border.", "VEN>COL:17"),
    ("ODESA", "Ukraine impounded a Russian ship in the port of Izmail.", "UKR>RUS:17"),
    ("JERUSALEM", "Israel barred UN officials from entering the country.", "ISR>UN:17|16"),
    ("MOSCOW", "Moscow banned Latvian officials from entering Russia.", "RUS>LVA:17|16"),
    ("GAZA", "Israel pummelled Gaza overnight.", "ISR>PSE:19"),
    ("BANGKOK", "Thailand launched air strikes on Cambodian positions.", "THA>KHM:19"),
    ("NEW DELHI", "India struck nine sites in Pakistan overnight.", "IND>PAK:19"),
    ("TEHRAN", "Iran fired a barrage of missiles at Israel on Tuesday.", "IRN>ISR:19"),
    ("KYIV", "Russia rained missiles on Kyiv overnight.", "RUS>UKR:19"),
    ("ANKARA", "Turkish jets bombed PKK hideouts in northern Iraq.", "TUR>IRQ:19"),
    ("MANILA", "A Chinese navy ship rammed a Philippine supply boat.", "CHN>PHL:19|17"),
    ("DAMASCUS", "Israel occupied the buffer zone in southern Syria.", "ISR>SYR:19"),
    # rows for this set's rules (v.turn_to_for ... v.kick_out_troops)
    ("KYIV", "Kyiv turned to Berlin for more air defences.", "UKR>DEU:02"),
    ("WASHINGTON", "Washington rushed to Israel's defence at the Security Council.", "USA>ISR:05"),
    ("BAKU", "Turkey came to Azerbaijan's aid after the earthquake.", "TUR>AZE:07"),
    ("BELGRADE", "Serbia put pen to paper on a gas deal with Russia.", "SRB>RUS:05"),
    ("NEW DELHI", "India slashed duties on American whiskey.", "IND>USA:08"),
    ("TBILISI", "Georgia restored the visa waiver for Russian citizens.", "GEO>RUS:08"),
    ("ABUJA", "ECOWAS ended the suspension of Guinea on Friday.", ""),
    ("KYIV", "Ukraine handed over the bodies of 40 Russian soldiers.", "UKR>RUS:08"),
    ("BEIJING", "Beijing heaped scorn on Washington's human rights report.", "CHN>USA:11"),
    ("BRUSSELS", "The EU gave Poland two months to comply with the ruling.", "EU>POL:13"),
    (
        "LONDON",
        "Russian jets shadowed a British reconnaissance plane over the Black Sea.",
        "RUS>GBR:15",
    ),
    ("KYIV", "Ukraine intercepted 40 Russian drones overnight.", "RUS>UKR:19"),
    (
        "THE HAGUE",
        "The Netherlands imposed export controls on chip machines to China.",
        "NLD>CHN:16",
    ),
    ("NIAMEY", "Niger booted U.S. troops out of the country.", "NER>USA:16"),
    # third batch: envoys, bans, warnings, recaptures, licences (v.strip_licence)
    ("ANKARA", "Turkey recalled its ambassador to Israel for consultations.", "TUR>ISR:16"),
    ("BOGOTA", "Colombia expelled Israel's ambassador on Thursday.", "COL>ISR:16|17"),
    ("LONDON", "Britain froze the assets of three Russian banks.", "GBR>RUS:16|17"),
    ("WASHINGTON", "Washington slapped visa restrictions on Ugandan officials.", "USA>UGA:16|17"),
    ("BEIJING", "Beijing halted imports of Lithuanian beef.", "CHN>LTU:16"),
    ("MOSCOW", "Russia cut off gas to Bulgaria on Wednesday.", "RUS>BGR:16"),
    ("KYIV", "Ukraine banned imports of Russian goods.", "UKR>RUS:16"),
    ("CAIRO", "Egypt reopened its embassy in Damascus.", "EGY>SYR:05"),
    ("SEOUL", "South Korea lodged a protest with Japan over the textbooks.", "KOR>JPN:11"),
    ("BEIJING", "China handed a stern warning to the Philippines.", "CHN>PHL:13"),
    ("TEHRAN", "Iran summoned Britain's charge d'affaires on Sunday.", "IRN>GBR:11"),
    ("ISLAMABAD", "Pakistan downed two Indian jets over Kashmir.", "IND>PAK:19"),
    ("BAKU", "Azerbaijan retook the town of Shusha from Armenian forces.", "AZE>ARM:19"),
    ("KYIV", "Ukraine recaptured the city of Kherson from Russian troops.", "UKR>RUS:19"),
    ("HAVANA", "Cuba welcomed a Russian warship to Havana.", "CUB>RUS:04|05"),
    ("BERLIN", "Germany offered Kyiv a further 4 billion euros in military aid.", "DEU>UKR:03|07"),
    ("WASHINGTON", "The United States approved a $2 billion arms sale to Taiwan.", "USA>TWN:07"),
    (
        "PARIS",
        "France handed over its last military base in Chad to the Chadian army.",
        "FRA>TCD:08",
    ),
    ("BRUSSELS", "The EU blacklisted five Iranian officials over the crackdown.", "EU>IRN:16|17"),
    ("VILNIUS", "Lithuania shut two border crossings with Belarus.", "LTU>BLR:16|19"),
    ("BEIJING", "China snubbed a request by the Pentagon for a call.", "CHN>USA:12"),
    ("NEW DELHI", "India stonewalled Canada's request for cooperation.", "IND>CAN:12"),
    ("ADDIS ABABA", "Ethiopia and Somalia buried the hatchet in Ankara.", "ETH>SOM:05 SOM>ETH:05"),
    (
        "HANOI",
        "Vietnam upgraded ties with Australia to a comprehensive strategic partnership.",
        "VNM>AUS:05",
    ),
    ("DOHA", "Qatar bankrolled Gaza's civil servants for years.", "QAT>PSE:07"),
    ("MOSCOW", "Russia accused Britain of masterminding the drone attack.", "RUS>GBR:11"),
    ("MANILA", "The Philippines hauled China before an arbitration tribunal.", "PHL>CHN:11"),
    (
        "MOSCOW",
        "Moscow slapped an entry ban on 500 U.S. citizens including Obama.",
        "RUS>USA:16|17",
    ),
    (
        "PYONGYANG",
        "North Korea lobbed artillery shells near the sea border with South Korea.",
        "PRK>KOR:15|19",
    ),
    ("SEOUL", "Seoul suspended a 2018 military pact with Pyongyang.", "KOR>PRK:16"),
    ("KYIV", "Kyiv thanked Washington for the new aid package.", "UKR>USA:05"),
    ("BRUSSELS", "The EU extended its sanctions on Russia by six months.", "EU>RUS:16"),
    ("RIGA", "Latvia stripped a Russian TV channel of its licence.", "LVA>RUS:17"),
    # session 46 (P9): more time given to a state to repay is economic aid (07), as the sets
    # code it (27, 45) and v.restructure_debt codes easing a debt; it was a near miss here
    # against v.give_deadline's 139, which it still is not
    ("ATHENS", "Germany gave Greece five more years to repay its loans.", "DEU>GRC:07"),
]

NONE: list[tuple[str, str]] = [
    ("CUPERTINO", "Apple slapped a steep price hike on its new phones."),
    ("BERLIN", "Germany's coach recalled Mueller to the squad for the Euro qualifiers."),
    ("RIO DE JANEIRO", "Brazil thrashed Argentina 3-0 in the World Cup qualifier."),
    ("DORTMUND", "Germany hosted Italy in a friendly in Dortmund on Saturday."),
    ("TOULOUSE", "Airbus delivered 20 jets to China Eastern in March."),
    ("TOKYO", "Toyota inked a battery deal with a Chinese supplier."),
    ("ROME", "The Italian navy intercepted a migrant boat off Lampedusa."),
    ("LONDON", "Lawmakers shot down the budget bill on Tuesday."),
    ("PARIS", "France beat England 24-17 in the Six Nations."),
    ("TOKYO", "Japan stunned Germany 2-1 at the World Cup in Qatar."),
    ("OTTAWA", "Canada's central bank froze interest rates on Wednesday."),
    ("LONDON", "Police froze the bank accounts of a drug gang."),
    ("ABUJA", "Nigeria lifted the trophy after beating Ghana on penalties."),
    ("TOKYO", "The French ambassador recalled her years in Tokyo with fondness."),
    ("LONDON", "Britain granted asylum to 5,000 people last year."),
    ("CAIRO", "Egypt played host to the Africa Cup of Nations in 2019."),
    ("PARIS", "Britain handed over the Olympic flag to France on Sunday."),
    ("SYDNEY", "Australia's bowlers rapped England's batsmen all afternoon."),
    ("LONDON", "The club blacklisted two agents after the transfer scandal."),
    ("BERLIN", "Germany sent home three players after the curfew breach."),
    ("MUMBAI", "Tata Steel inked a supply deal with a Brazilian miner."),
    ("MADRID", "Spain knocked Italy out of the European Championship."),
    ("WARSAW", "Poland's goalkeeper shot down every French effort in the first half."),
    ("SEOUL", "Samsung lodged a complaint with the Dutch court over Apple's patents."),
    ("NEW DELHI", "India crushed Pakistan by eight wickets in Ahmedabad."),
    ("ATHENS", "The Greek coast guard boarded a yacht carrying migrants."),
    ("BERLIN", "Germany's Siemens pulled out of the Russian market."),
    ("TOKYO", "Japan's Nissan recalled 100,000 cars in the United States."),
    ("RIYADH", "Huawei inked a cloud deal with Saudi telecoms firm STC."),
    ("SANTIAGO", "Argentina routed Chile 3-0 in Santiago."),
    ("WOLFSBURG", "Volkswagen halted deliveries to Russia in March."),
    ("PERTH", "India's captain hailed Australia's bowlers after the match."),
    ("TOKYO", "Japan slapped a record fine on a local airline."),
    ("PARIS", "Macron hailed the victory of Les Bleus over Morocco."),
    ("DOHA", "The Dutch coach blamed the referee for the defeat to Argentina."),
    ("LONDON", "The Chinese embassy in London hosted a Lunar New Year reception."),
    ("BERLIN", "Germany's parliament shot down a proposal by the far-right party."),
    ("LAGOS", "Dangote shipped its first cargo of petrol to Cameroon."),
    ("ATHENS", "The Turkish striker fired a shot at the Greek goal."),
    ("SEOUL", "South Korea's Hyundai froze hiring in China."),
    ("MOSCOW", "The Russian team was thrown out of the tournament."),
    ("BUENOS AIRES", "Argentina lifted its ban on beef exports."),
    ("LONDON", "Britain sent home thousands of Channel migrants last year."),
    ("ROME", "Italy dropped Bonucci from its squad to face England."),
    ("ROME", "Italy turned to Chinese banks for a loan."),
    ("LONDON", "Britain turned to the next item on the agenda."),
    ("PARIS", "The French captain came to the referee's defence."),
    ("NAIROBI", "The army came to the aid of flood victims in Kenya."),
    ("TURIN", "The striker put pen to paper on a new contract with Juventus."),
    ("BRASILIA", "Brazil cut tariffs on imported rice to curb inflation."),
    ("BANGKOK", "Thailand restored visa-free entry for tourists."),
    ("LONDON", "The league lifted the suspension of Chelsea's captain."),
    ("KATHMANDU", "Nepal returned the bodies of the climbers to their families."),
    ("NAIROBI", "Kenya sent home a Chinese tourist who fell ill."),
    ("MILAN", "The coach poured scorn on Italy's defending."),
    ("HANGZHOU", "China staged the Asian Games in Hangzhou."),
    ("TBILISI", "Protesters occupied the main square in Tbilisi."),
    ("NEW DELHI", "India imposed curbs on rice exports to tame prices."),
    ("MADRID", "The coach kicked out two players from the squad."),
    ("OSLO", "Norway's women's team sent home their coach."),
    ("LONDON", "The referee handed a warning to the Brazilian captain."),
    ("NEW DELHI", "The minister stonewalled questions from reporters."),
    ("LONDON", "Britain stripped a cooking channel of its licence."),
    ("ROME", "Spain retook the lead against Italy in the second half."),
]


GAPS: list[tuple[str, str, str, str]] = [
    (
        "BERLIN",
        "Germany formally said sorry to Namibia for the colonial-era killings.",
        "DEU>NAM:05",
        "'to Namibia' hangs under the acomp 'sorry', which no prep slot reads",
    ),
    (
        "TEHRAN",
        "Iran allowed IAEA inspectors back into the Fordow site.",
        "IRN>IAEA:08",
        "inspectors let in (086) with no infinitive: no pattern reads 'allowed X into'",
    ),
    (
        "MOSCOW",
        "Moscow insisted that Kyiv cede the four regions.",
        "RUS>UKR:10",
        "v.demand reads no that-clause subject (ccomp_subj is for infinitives)",
    ),
    (
        "NEW DELHI",
        "India ramped up purchases of Russian oil last year.",
        "IND>RUS:06",
        "buying a state's oil is no pattern (v.resume_imports is a lifted ban, 085)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary18_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary18_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
