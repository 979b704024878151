"""Event vocabulary of wire news, on sentences we wrote, through the whole pipeline.

Each case is a one-sentence article (headline, dateline, body) in the shape of a VOA story,
so actors come from the actors stage as they would on a real article. A case lists the
events its body sentence must give as "SRC>TGT:RR" (principal codes and CAMEO root; "a|b"
accepts either root, as the gold's root lists do); events of the headline are not checked.
GAPS holds cases that fail for reasons outside the pattern file (parser, NER, actors,
extractor), each with the reason: expected failures, so a fix upstream shows up as XPASS.
NONE holds sentences that must code nothing: sports, companies named after states,
weather, metaphors, hypotheticals, negations, domestic affairs, and the light verbs of
the patterns in their other senses.
"""

from __future__ import annotations

import pytest

from audit_cases import matches as _matches  # tests/events/, on sys.path through conftest

from newsgraph.model import RawDocument, Result
from newsgraph.settings import Settings

# (headline, dateline, body sentence, expected events)
CASES: list[tuple[str, str, str, str]] = [
    # 01 public statements: condolences and sympathy
    (
        "Erdogan offers condolences to Iran after Kerman blasts",
        "ISTANBUL",
        "Turkish President Recep Tayyip Erdogan offered his condolences to Iran on Thursday "
        "after twin blasts killed dozens of people in the city of Kerman.",
        "TUR>IRN:01",
    ),
    (
        "Japan sends condolences to Morocco after deadly quake",
        "TOKYO",
        "Japan's Foreign Ministry sent condolences to Morocco on Saturday after a powerful "
        "earthquake struck the High Atlas mountains.",
        "JPN>MAR:01",
    ),
    (
        "India voices solidarity with Nepal after plane crash",
        "NEW DELHI",
        "India expressed solidarity with Nepal after a passenger plane crashed near Pokhara "
        "airport on Sunday.",
        "IND>NPL:05|01",
    ),
    # 02 appeals
    (
        "EU urges Armenia, Azerbaijan back to talks",
        "BRUSSELS",
        "The European Union called on Armenia and Azerbaijan to return to the negotiating table.",
        "EU>ARM:02 EU>AZE:02",
    ),
    (
        "Guterres appeals to Israel to let more aid into Gaza",
        "UNITED NATIONS",
        "U.N. Secretary-General Antonio Guterres appealed to Israel on Monday to allow more "
        "aid trucks into Gaza.",
        "UN>ISR:02",
    ),
    (
        "Zelenskyy presses Berlin for long-range missiles",
        "KYIV, UKRAINE",
        "Ukrainian President Volodymyr Zelenskyy urged Germany to send Taurus cruise missiles.",
        "UKR>DEU:02",
    ),
    (
        "Seoul asks Beijing to rein in Pyongyang",
        "SEOUL, SOUTH KOREA",
        "South Korea asked China to play a constructive role in curbing North Korea's nuclear "
        "program.",
        "KOR>CHN:02",
    ),
    (
        "Manila pleads with Beijing over fishermen",
        "MANILA, PHILIPPINES",
        "The Philippines pleaded with China to stop harassing its fishermen near Scarborough "
        "Shoal.",
        "PHL>CHN:02",
    ),
    (
        "Beijing presses Manila to remove grounded warship",
        "BEIJING",
        "Beijing pressed Manila to withdraw its grounded warship from Second Thomas Shoal.",
        "CHN>PHL:02|10",
    ),
    # 03 intent to cooperate
    (
        "China pledges support for Pakistan's economy",
        "ISLAMABAD",
        "China pledged support for Pakistan's economic recovery during talks in Beijing.",
        "CHN>PAK:03",
    ),
    (
        "Japan vows deeper security ties with Philippines",
        "TOKYO",
        "Japan vowed to deepen security cooperation with the Philippines.",
        "JPN>PHL:03",
    ),
    (
        "Saudi Arabia offers to mediate in Ukraine war",
        "RIYADH, SAUDI ARABIA",
        "Saudi Arabia offered to mediate between Russia and Ukraine.",
        "SAU>RUS:03 SAU>UKR:03",
    ),
    (
        "US promises Taiwan continued support",
        "WASHINGTON",
        "The United States promised Taiwan continued military support.",
        "USA>TWN:03",
    ),
    (
        "Germany pledges more military aid to Ukraine",
        "BERLIN",
        "Germany pledged 5 billion euros in military aid to Ukraine.",
        "DEU>UKR:03|07",
    ),
    (
        "India ready to work with Maldives on maritime security",
        "NEW DELHI",
        "India expressed its willingness to work with the Maldives on security in the Indian "
        "Ocean.",
        "IND>MDV:03",
    ),
    # 04 consult: meetings, calls, visits, hosting, mediation
    (
        "Wang Yi, Lavrov hold talks in Beijing",
        "BEIJING",
        "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergey "
        "Lavrov in Beijing on Tuesday.",
        "CHN>RUS:04",
    ),
    (
        "Blinken meets Saudi crown prince in Riyadh",
        "RIYADH, SAUDI ARABIA",
        "U.S. Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman in "
        "Riyadh on Monday.",
        "USA>SAU:04",
    ),
    (
        "Modi hosts UAE president in New Delhi",
        "NEW DELHI",
        "Indian Prime Minister Narendra Modi played host to UAE President Mohamed bin Zayed "
        "in New Delhi on Tuesday.",
        "IND>ARE:04",
    ),
    (
        "Macron, Zelenskyy speak by phone",
        "PARIS",
        "French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr "
        "Zelenskyy on Monday.",
        "FRA>UKR:04",
    ),
    (
        "Xi and Biden hold long phone call",
        "WASHINGTON",
        "The phone call between Chinese President Xi Jinping and U.S. President Joe Biden "
        "lasted nearly two hours.",
        "CHN>USA:04 USA>CHN:04",
    ),
    (
        "Orban travels to Moscow",
        "BUDAPEST, HUNGARY",
        "Hungarian Prime Minister Viktor Orban traveled to Moscow for talks with Russian "
        "President Vladimir Putin.",
        "HUN>RUS:04",
    ),
    (
        "Kenya's Ruto hosts Ethiopia's Abiy",
        "NAIROBI, KENYA",
        "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State "
        "House in Nairobi.",
        "KEN>ETH:04",
    ),
    (
        "Albanese visits China in sign of thaw",
        "BEIJING",
        "Australian Prime Minister Anthony Albanese paid a visit to China on Saturday.",
        "AUS>CHN:04",
    ),
    (
        "Scholz welcomes Ruto to Berlin",
        "BERLIN",
        "German Chancellor Olaf Scholz welcomed Kenyan President William Ruto to Berlin.",
        "DEU>KEN:04",
    ),
    (
        "Iran, Saudi Arabia hold talks in Baghdad",
        "BAGHDAD",
        "Iran and Saudi Arabia held their first round of talks in Baghdad.",
        "IRN>SAU:04 SAU>IRN:04",
    ),
    (
        "Vietnam rolls out red carpet for Xi",
        "HANOI, VIETNAM",
        "Vietnam rolled out the red carpet for Chinese President Xi Jinping on Tuesday.",
        "VNM>CHN:04",
    ),
    (
        "UAE brokers another Russia-Ukraine prisoner swap",
        "ABU DHABI",
        "The United Arab Emirates brokered a prisoner exchange between Russia and Ukraine.",
        "ARE>RUS:04 ARE>UKR:04",
    ),
    (
        "Biden-Xi meeting eases tensions",
        "SAN FRANCISCO",
        "Biden's meeting with Chinese President Xi Jinping in San Francisco eased tensions, "
        "U.S. President Joe Biden's aides said.",
        "USA>CHN:04",
    ),
    (
        "Kishida's Washington trip yields defense deals",
        "TOKYO",
        "Japanese Prime Minister Fumio Kishida's visit to Washington produced a set of new "
        "defense agreements.",
        "JPN>USA:04",
    ),
    (
        "Taiwan welcomes US lawmakers",
        "TAIPEI, TAIWAN",
        "Taiwan was visited by a U.S. congressional delegation last week.",
        "USA>TWN:04",
    ),
    (
        "Modi, Sunak meet at G20",
        "NEW DELHI",
        "Indian Prime Minister Narendra Modi held a bilateral meeting with British Prime "
        "Minister Rishi Sunak on Saturday.",
        "IND>GBR:04",
    ),
    (
        "Blinken, Wang talk by phone",
        "WASHINGTON",
        "U.S. Secretary of State Antony Blinken had a phone call with Chinese Foreign Minister "
        "Wang Yi on Friday.",
        "USA>CHN:04",
    ),
    (
        "Lula makes state visit to Beijing",
        "BEIJING",
        "Brazilian President Luiz Inacio Lula da Silva made a state visit to China in April.",
        "BRA>CHN:04",
    ),
    (
        "Egypt hosts Gaza truce talks",
        "CAIRO",
        "Egypt hosted talks between Israel and Qatar on a Gaza truce.",
        "EGY>ISR:04 EGY>QAT:04 ISR>QAT:04 QAT>ISR:04",
    ),
    # 05 diplomatic cooperation: deals, praise, endorsement, recognition, apology
    (
        "India, UAE ink trade corridor deal",
        "NEW DELHI",
        "India and the United Arab Emirates inked a deal on a trade corridor.",
        "IND>ARE:05 ARE>IND:05",
    ),
    (
        "Kenya strikes deal with Haiti on police mission",
        "NAIROBI, KENYA",
        "Kenya struck a deal with Haiti to deploy police officers.",
        "KEN>HTI:05",
    ),
    (
        "Washington lauds Hanoi's MIA cooperation",
        "HANOI, VIETNAM",
        "Washington lauded Hanoi for its help in accounting for missing American servicemen.",
        "USA>VNM:05",
    ),
    (
        "Germany backs Ukraine's EU bid",
        "BERLIN",
        "Germany backed Ukraine's bid to join the European Union.",
        "DEU>UKR:05",
    ),
    (
        "France endorses India's UN Security Council bid",
        "PARIS",
        "France endorsed India's bid for a permanent seat on the Security Council.",
        "FRA>IND:05",
    ),
    (
        "Poland thanks South Korea for fast tank deliveries",
        "WARSAW, POLAND",
        "Poland thanked South Korea for the swift delivery of K2 tanks.",
        "POL>KOR:05",
    ),
    (
        "Japan apologizes to South Korea",
        "TOKYO",
        "Japan apologized to South Korea for the remarks of a senior official.",
        "JPN>KOR:05",
    ),
    (
        "Kenya, Japan sign memorandum on infrastructure",
        "NAIROBI, KENYA",
        "Kenya signed a memorandum of understanding with Japan on port infrastructure.",
        "KEN>JPN:05",
    ),
    (
        "Canada backs Philippines in sea dispute",
        "MANILA, PHILIPPINES",
        "Canada's foreign minister expressed support for the Philippines in its maritime "
        "dispute with China.",
        "CAN>PHL:05",
    ),
    (
        "Nigeria, Ghana seal energy pact",
        "ABUJA, NIGERIA",
        "Nigeria sealed an energy pact with Ghana on Wednesday.",
        "NGA>GHA:05",
    ),
    (
        "Macron pays tribute to India's climate role",
        "PARIS",
        "French President Emmanuel Macron paid tribute to India for its role in the climate talks.",
        "FRA>IND:05",
    ),
    # 06 material cooperation
    (
        "Seoul shares missile data with Tokyo",
        "SEOUL, SOUTH KOREA",
        "South Korea shared intelligence with Japan on North Korean missile launches.",
        "KOR>JPN:06",
    ),
    (
        "Egypt, Sudan hold joint air drills",
        "CAIRO",
        "Egypt and Sudan carried out joint air force drills near their border.",
        "EGY>SDN:06 SDN>EGY:06",
    ),
    (
        "Kazakhstan teams up with China on rail link",
        "ASTANA, KAZAKHSTAN",
        "Kazakhstan teamed up with China to build a new railway link.",
        "KAZ>CHN:06",
    ),
    (
        "Japan, Australia step up defense cooperation",
        "TOKYO",
        "Japan stepped up defense cooperation with Australia on Thursday.",
        "JPN>AUS:06|03",
    ),
    # 07 aid
    (
        "World Bank approves loan for Pakistan",
        "ISLAMABAD",
        "The World Bank approved a $1.5 billion loan for Pakistan on Friday.",
        "WB>PAK:07",
    ),
    (
        "Washington unveils new aid package for Kyiv",
        "WASHINGTON",
        "Washington rolled out a new $425 million military aid package for Kyiv.",
        "USA>UKR:07",
    ),
    (
        "Japan sends relief supplies to Turkey",
        "TOKYO",
        "Japan sent relief supplies to Turkey after the earthquake.",
        "JPN>TUR:07",
    ),
    (
        "EU disburses tranche to Ukraine",
        "BRUSSELS",
        "The European Union disbursed a 4.2 billion euro tranche to Ukraine on Tuesday.",
        "EU>UKR:07",
    ),
    (
        "India dispatches relief to quake-hit Myanmar",
        "NEW DELHI",
        "India dispatched relief supplies to earthquake-hit Myanmar.",
        "IND>MMR:07",
    ),
    (
        "China donates vaccines to Cambodia",
        "PHNOM PENH, CAMBODIA",
        "China donated 500,000 vaccine doses to Cambodia.",
        "CHN>KHM:07",
    ),
    (
        "IMF agrees bailout for Pakistan",
        "ISLAMABAD",
        "The International Monetary Fund approved a $7 billion bailout for Pakistan.",
        "IMF>PAK:07",
    ),
    (
        "Denmark delivers F-16s to Ukraine",
        "COPENHAGEN, DENMARK",
        "Denmark delivered the first F-16 fighter jets to Ukraine.",
        "DNK>UKR:07",
    ),
    (
        "Britain airlifts aid to Sudan",
        "LONDON",
        "Britain airlifted humanitarian aid to Sudan.",
        "GBR>SDN:07",
    ),
    (
        "Saudi Arabia extends oil credit to Pakistan",
        "RIYADH, SAUDI ARABIA",
        "Saudi Arabia extended a $1.2 billion oil credit facility to Pakistan.",
        "SAU>PAK:07",
    ),
    # 08 yield: returns, releases, lifted sanctions, withdrawals, prisoner swaps
    (
        "Russia hands over soldiers' bodies to Ukraine",
        "KYIV, UKRAINE",
        "Russia handed over the bodies of 500 fallen soldiers to Ukraine.",
        "RUS>UKR:08",
    ),
    (
        "Iran frees two French nationals",
        "PARIS",
        "Iran released two French nationals after more than two years in detention.",
        "IRN>FRA:08",
    ),
    (
        "US lifts sanctions on Syria's central bank",
        "WASHINGTON",
        "The United States lifted sanctions on Syria's central bank.",
        "USA>SYR:08",
    ),
    (
        "Russia's Kherson retreat",
        "KYIV, UKRAINE",
        "Russian troops pulled out of the city of Kherson in November 2022.",
        "RUS>UKR:08",
    ),
    (
        "Armenia returns border villages to Azerbaijan",
        "YEREVAN, ARMENIA",
        "Armenia returned four border villages to Azerbaijan.",
        "ARM>AZE:08",
    ),
    (
        "Ukraine, Russia swap prisoners",
        "KYIV, UKRAINE",
        "Ukraine and Russia swapped prisoners of war on Friday.",
        "UKR>RUS:08 RUS>UKR:08",
    ),
    (
        "Washington eases Venezuela oil sanctions",
        "WASHINGTON",
        "Washington eased oil sanctions on Venezuela after the election deal.",
        "USA>VEN:08",
    ),
    # 09 investigate
    (
        "ICC opens probe into Venezuela",
        "THE HAGUE, NETHERLANDS",
        "The International Criminal Court opened an investigation into Venezuela over alleged "
        "crimes against humanity.",
        "ICC>VEN:09",
    ),
    (
        "IAEA sends inspectors to Iran",
        "VIENNA",
        "The IAEA sent a team of inspectors to Iran's Fordow site.",
        "IAEA>IRN:09",
    ),
    (
        "Poland probes Russian sabotage",
        "WARSAW, POLAND",
        "Poland launched an investigation into Russian sabotage on its railways.",
        "POL>RUS:09",
    ),
    # 10 demand
    (
        "China demands US stop arming Taiwan",
        "BEIJING",
        "China demanded that the United States stop arming Taiwan.",
        "CHN>USA:10",
    ),
    # 11 disapprove
    (
        "North Korea lashes out at Seoul over drills",
        "SEOUL, SOUTH KOREA",
        "North Korea lashed out at South Korea over its joint drills with the United States.",
        "PRK>KOR:11",
    ),
    (
        "China slams Japan's water release",
        "BEIJING",
        "China slammed Japan's decision to release treated water from the Fukushima plant.",
        "CHN>JPN:11",
    ),
    (
        "Moscow accuses Kyiv of shelling nuclear plant",
        "MOSCOW",
        "Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant.",
        "RUS>UKR:11",
    ),
    (
        "Egypt condemns Israeli seizure of Rafah crossing",
        "CAIRO",
        "Egypt condemned Israel's seizure of the Rafah crossing.",
        "EGY>ISR:11",
    ),
    (
        "Russia summons British ambassador",
        "MOSCOW",
        "Moscow summoned the British ambassador on Friday.",
        "RUS>GBR:11",
    ),
    (
        "China hits out at US over Taiwan arms sale",
        "BEIJING",
        "The Chinese foreign ministry hit out at Washington over a new arms sale to Taiwan.",
        "CHN>USA:11",
    ),
    (
        "Pakistan criticizes India over minister's remarks",
        "ISLAMABAD",
        "Pakistan's foreign office criticized India over remarks by its defense minister.",
        "PAK>IND:11",
    ),
    (
        "Germany lodges protest with China",
        "BERLIN",
        "Germany's foreign ministry lodged a formal protest with China over the hacking.",
        "DEU>CHN:11",
    ),
    (
        "Erdogan takes swipe at Sweden",
        "ANKARA, TURKEY",
        "Turkey's president took a swipe at Sweden over the Quran burnings.",
        "TUR>SWE:11",
    ),
    (
        "South Africa files genocide case against Israel",
        "JOHANNESBURG",
        "South Africa filed a case against Israel at the International Court of Justice.",
        "ZAF>ISR:11",
    ),
    (
        "France criticizes Israeli settlement policy",
        "PARIS",
        "Israel was criticized by France over its settlement policy.",
        "FRA>ISR:11",
    ),
    (
        "Polish ministry summons Russian envoy",
        "WARSAW, POLAND",
        "The Russian ambassador was summoned by the Polish foreign ministry.",
        "POL>RUS:11",
    ),
    (
        "Iran blames Israel for killing",
        "TEHRAN, IRAN",
        "Iran blamed Israel for the killing of a senior commander.",
        "IRN>ISR:11",
    ),
    (
        "Kremlin critical of French training plans",
        "MOSCOW",
        "The Kremlin was critical of France's plans to train Ukrainian soldiers.",
        "RUS>FRA:11",
    ),
    (
        "Beijing rebukes Manila",
        "BEIJING",
        "Beijing rebuked Manila for its patrols near the shoal.",
        "CHN>PHL:11",
    ),
    (
        "Venezuela denounces US sanctions",
        "CARACAS, VENEZUELA",
        "Venezuela denounced the United States over the new oil sanctions.",
        "VEN>USA:11",
    ),
    (
        "Serbia chides EU",
        "BELGRADE, SERBIA",
        "Serbia railed against the European Union over its new visa rules.",
        "SRB>EU:11",
    ),
    # 12 reject
    (
        "Israel rebuffs French ceasefire call",
        "JERUSALEM",
        "Israel rebuffed calls from France for an immediate ceasefire in Lebanon.",
        "ISR>FRA:12",
    ),
    (
        "Tehran rejects Washington's offer of talks",
        "TEHRAN, IRAN",
        "Tehran rejected Washington's offer of direct talks.",
        "IRN>USA:12",
    ),
    (
        "Russia vetoes UN resolution on Sudan",
        "UNITED NATIONS",
        "Russia vetoed a U.N. Security Council resolution on Sudan.",
        "RUS>UN:12",
    ),
    (
        "Seoul dismisses Pyongyang's offer",
        "SEOUL, SOUTH KOREA",
        "Seoul dismissed Pyongyang's offer of talks as propaganda.",
        "KOR>PRK:12",
    ),
    (
        "Beijing snubs US request for defense talks",
        "BEIJING",
        "Beijing snubbed a U.S. request for a meeting between defense chiefs.",
        "CHN>USA:12",
    ),
    (
        "India turns down US mediation offer",
        "NEW DELHI",
        "India turned down an offer from the United States to mediate the Kashmir dispute.",
        "IND>USA:12",
    ),
    # 13 threaten
    (
        "Trump threatens tariffs on Canada, Mexico",
        "WASHINGTON",
        "President Donald Trump threatened to slap 25% tariffs on Canada and Mexico.",
        "USA>CAN:13 USA>MEX:13",
    ),
    (
        "Russia warns NATO over troops",
        "MOSCOW",
        "Russia warned NATO against sending troops to Ukraine.",
        "RUS>NATO:13",
    ),
    (
        "North Korea threatens South with retaliation",
        "SEOUL, SOUTH KOREA",
        "North Korea threatened South Korea with merciless retaliation.",
        "PRK>KOR:13",
    ),
    (
        "Iran vows revenge against Israel",
        "TEHRAN, IRAN",
        "Iran vowed revenge against Israel for the killing of a top commander.",
        "IRN>ISR:13",
    ),
    # 14 protest
    (
        "Armenian protesters rally against Azerbaijan",
        "YEREVAN, ARMENIA",
        "Armenian protesters rallied against Azerbaijan outside the government building.",
        "ARM>AZE:14",
    ),
    (
        "Iranian students protest outside British embassy",
        "TEHRAN, IRAN",
        "Iranian students staged a protest against Britain outside the embassy in Tehran.",
        "IRN>GBR:14",
    ),
    # 15 force posture
    (
        "Russia masses troops on Ukraine border",
        "KYIV, UKRAINE",
        "Russia massed troops along its border with Ukraine.",
        "RUS>UKR:15",
    ),
    (
        "China stages drills around Taiwan",
        "TAIPEI, TAIWAN",
        "China staged large-scale military drills around Taiwan.",
        "CHN>TWN:15",
    ),
    (
        "India puts forces on alert",
        "NEW DELHI",
        "India put its forces on high alert along the border with Pakistan.",
        "IND>PAK:15",
    ),
    # 16 reduce relations: sanctions, tariffs, asset freezes, envoys, ties
    (
        "US slaps sanctions on Iranian oil exporters",
        "WASHINGTON",
        "The United States slapped sanctions on Iranian oil exporters.",
        "USA>IRN:16",
    ),
    (
        "Britain blacklists Russian banks",
        "LONDON",
        "Britain blacklisted six Russian banks.",
        "GBR>RUS:16",
    ),
    (
        "EU freezes Russian central bank assets",
        "BRUSSELS",
        "The European Union froze the assets of Russia's central bank.",
        "EU>RUS:16",
    ),
    (
        "Canada imposes tariffs on Chinese EVs",
        "OTTAWA, CANADA",
        "Canada imposed 100% tariffs on Chinese electric vehicles.",
        "CAN>CHN:16",
    ),
    (
        "Beijing levies duties on French brandy",
        "BEIJING",
        "Beijing levied anti-dumping duties on French brandy.",
        "CHN>FRA:16",
    ),
    (
        "Israel recalls envoy to Ireland",
        "JERUSALEM",
        "Israel recalled its ambassador to Ireland for consultations.",
        "ISR>IRL:16",
    ),
    (
        "Nicaragua breaks off ties with Israel",
        "MANAGUA, NICARAGUA",
        "Nicaragua broke off diplomatic relations with Israel.",
        "NIC>ISR:16",
    ),
    (
        "Niger expels French ambassador",
        "NIAMEY, NIGER",
        "Niger expelled the French ambassador.",
        "NER>FRA:16",
    ),
    (
        "Russia bans Moldovan fruit",
        "MOSCOW",
        "Russia banned imports of Moldovan fruit.",
        "RUS>MDA:16",
    ),
    (
        "US tightens chip export controls on China",
        "WASHINGTON",
        "Washington imposed export controls on Chinese chipmakers.",
        "USA>CHN:16",
    ),
    (
        "Moscow expels Estonian diplomats",
        "MOSCOW",
        "Moscow expelled two Estonian diplomats in a tit-for-tat move.",
        "RUS>EST:16",
    ),
    (
        "Sanctions dent Russian oil revenue",
        "LONDON",
        "The sanctions Washington imposed on Moscow have hit Russia's oil revenues.",
        "USA>RUS:16",
    ),
    (
        "China halts Japanese seafood imports",
        "BEIJING",
        "China halted imports of Japanese seafood.",
        "CHN>JPN:16",
    ),
    (
        "EU sanctions Iran over drones",
        "BRUSSELS",
        "Sanctions were imposed on Iran by the European Union on Monday.",
        "EU>IRN:16",
    ),
    (
        "China's sanctions on US defense firms take effect",
        "BEIJING",
        "China's sanctions on U.S. defense firms took effect on Friday.",
        "CHN>USA:16",
    ),
    (
        "Australia cuts funding to UNRWA",
        "CANBERRA, AUSTRALIA",
        "Australia suspended its funding for UNRWA.",
        "AUS>UN:16",
    ),
    # 17 coerce
    (
        "Russia detains US soldier",
        "MOSCOW",
        "Russia detained a U.S. soldier in Vladivostok on theft charges.",
        "RUS>USA:17",
    ),
    (
        "Iran seizes Greek tanker",
        "ATHENS, GREECE",
        "Iran seized a Greek oil tanker in the Gulf of Oman.",
        "IRN>GRC:17",
    ),
    (
        "US deports Indians on military flight",
        "NEW DELHI",
        "The United States deported more than 100 Indian nationals on a military flight.",
        "USA>IND:17",
    ),
    (
        "Poland arrests Belarusian spy suspect",
        "WARSAW, POLAND",
        "Poland arrested a Belarusian man on suspicion of espionage.",
        "POL>BLR:17",
    ),
    (
        "Philippine authorities arrest Chinese nationals",
        "MANILA, PHILIPPINES",
        "Three Chinese nationals were arrested by Philippine authorities on suspicion of "
        "espionage.",
        "PHL>CHN:17",
    ),
    (
        "Pakistan's expulsion of Afghans draws criticism",
        "ISLAMABAD",
        "Pakistan's expulsion of Afghan refugees continued on Monday.",
        "PAK>AFG:16|17",
    ),
    # 18 assault and 20 mass violence
    (
        "Russian troops executed Ukrainian POWs, Kyiv says",
        "KYIV, UKRAINE",
        "Russian soldiers executed Ukrainian prisoners of war near Bakhmut.",
        "RUS>UKR:18|19|20",
    ),
    (
        "Russia used chemical agents in Ukraine, watchdog says",
        "THE HAGUE, NETHERLANDS",
        "Russia used chemical weapons against Ukrainian troops.",
        "RUS>UKR:19|20",
    ),
    # 19 fight
    (
        "Israeli jets strike southern Lebanon",
        "BEIRUT",
        "Israeli warplanes struck targets in southern Lebanon.",
        "ISR>LBN:19",
    ),
    (
        "Ukraine shoots down Russian drones",
        "KYIV, UKRAINE",
        "Ukraine shot down 38 Russian drones overnight.",
        "RUS>UKR:19",
    ),
    (
        "Pakistan carries out airstrikes in Afghanistan",
        "ISLAMABAD",
        "Pakistan carried out airstrikes on Afghan territory.",
        "PAK>AFG:19",
    ),
    (
        "Russian forces shell Kherson",
        "KYIV, UKRAINE",
        "Russian forces shelled the Ukrainian city of Kherson.",
        "RUS>UKR:19",
    ),
    (
        "Ukraine's strikes on Russian refineries cut output",
        "KYIV, UKRAINE",
        "Ukraine's strikes on Russian oil refineries have cut fuel output.",
        "UKR>RUS:19",
    ),
    (
        "Israeli strikes damaged Iranian missile sites",
        "JERUSALEM",
        "Israel's strikes on Iran last month damaged missile production sites.",
        "ISR>IRN:19",
    ),
    (
        "Indian, Chinese troops clash on border",
        "NEW DELHI",
        "Indian and Chinese troops clashed along their disputed Himalayan border.",
        "IND>CHN:19 CHN>IND:19",
    ),
    (
        "Thailand, Cambodia trade fire",
        "BANGKOK",
        "Thailand and Cambodia traded fire along their border on Thursday.",
        "THA>KHM:19 KHM>THA:19",
    ),
    (
        "Iran fires missiles at Israel",
        "JERUSALEM",
        "Iran fired a barrage of ballistic missiles at Israel.",
        "IRN>ISR:19",
    ),
    (
        "Russian troops capture Ukrainian village",
        "KYIV, UKRAINE",
        "Russian troops captured the Ukrainian village of Krasnohorivka.",
        "RUS>UKR:17|19",
    ),
    (
        "Russia attacks Ukraine with drones",
        "KYIV, UKRAINE",
        "Ukraine was attacked by Russia with more than 100 drones overnight.",
        "RUS>UKR:19",
    ),
    (
        "Russia bombards Ukrainian energy grid",
        "KYIV, UKRAINE",
        "Russia bombarded Ukraine's energy grid with missiles and drones.",
        "RUS>UKR:19",
    ),
    (
        "Azerbaijan launches offensive against Armenia",
        "BAKU, AZERBAIJAN",
        "Azerbaijan launched an offensive against Armenia in September.",
        "AZE>ARM:19",
    ),
    (
        "Russian missile hits Odesa port",
        "KYIV, UKRAINE",
        "A Russian missile hit the Ukrainian port city of Odesa.",
        "RUS>UKR:19",
    ),
    (
        "Israel invades Lebanon",
        "BEIRUT",
        "Israeli ground forces invaded southern Lebanon.",
        "ISR>LBN:19",
    ),
    # more phrasings of the same verbs, written to check that the patterns generalise
    (
        "Kremlin conveys sympathy to Japan",
        "MOSCOW",
        "The Kremlin conveyed its sympathy to Japan after the earthquake.",
        "RUS>JPN:01",
    ),
    (
        "Lebanon pleads with France for help",
        "BEIRUT",
        "Lebanon pleaded with France to send more aid to the south.",
        "LBN>FRA:02",
    ),
    (
        "Saudi Arabia hosts talks with Kuleba",
        "JEDDAH, SAUDI ARABIA",
        "Saudi Arabia hosted talks with Ukraine's top diplomat in Jeddah.",
        "SAU>UKR:04",
    ),
    (
        "Oman convenes Iran-US talks",
        "MUSCAT, OMAN",
        "Oman convened a new round of negotiations between Iran and the United States.",
        "OMN>IRN:04 OMN>USA:04 IRN>USA:04 USA>IRN:04",
    ),
    (
        "South Africa hosts Xi",
        "PRETORIA, SOUTH AFRICA",
        "South Africa played host to Chinese President Xi Jinping for a state visit.",
        "ZAF>CHN:04",
    ),
    (
        "Pakistan's army chief in Saudi Arabia",
        "ISLAMABAD",
        "Pakistan's army chief made a visit to Saudi Arabia last week.",
        "PAK>SAU:04",
    ),
    (
        "Modi heads to Kyiv",
        "NEW DELHI",
        "Indian Prime Minister Narendra Modi began a two-day trip to Ukraine on Friday.",
        "IND>UKR:04",
    ),
    (
        "Ukraine thanks Poland for taking in refugees",
        "KYIV, UKRAINE",
        "Ukraine paid tribute to Poland for taking in millions of refugees.",
        "UKR>POL:05",
    ),
    (
        "Xi congratulates Trump",
        "BEIJING",
        "Chinese President Xi Jinping congratulated Donald Trump on his election victory.",
        "CHN>USA:05",
    ),
    (
        "Japan unveils aid for Sri Lanka",
        "COLOMBO, SRI LANKA",
        "Japan rolled out an emergency aid package for Sri Lanka.",
        "JPN>LKA:07",
    ),
    (
        "World Bank releases Kenya loan",
        "NAIROBI, KENYA",
        "The World Bank disbursed a $500 million loan to Kenya.",
        "WB>KEN:07",
    ),
    (
        "Turkey airlifts food to Syria",
        "ANKARA, TURKEY",
        "Turkey airlifted tents and food to Syria after the floods.",
        "TUR>SYR:07",
    ),
    (
        "Ukraine takes Russia to world court",
        "THE HAGUE, NETHERLANDS",
        "Ukraine brought a case against Russia at the International Court of Justice.",
        "UKR>RUS:11",
    ),
    (
        "Hungary turns down Kyiv request",
        "BUDAPEST, HUNGARY",
        "Hungary turned down a request from Ukraine to allow weapons transit.",
        "HUN>UKR:12 UKR>HUN:02",
    ),
    (
        "Serbians protest against NATO",
        "BELGRADE, SERBIA",
        "Thousands of Serbians staged a protest against NATO in Belgrade.",
        "SRB>NATO:14",
    ),
    (
        "Taiwan puts forces on alert",
        "TAIPEI, TAIWAN",
        "Taiwan put its forces on alert against China.",
        "TWN>CHN:15",
    ),
    (
        "North Korea stages artillery drills",
        "SEOUL, SOUTH KOREA",
        "North Korea staged artillery drills near the border with South Korea.",
        "PRK>KOR:15",
    ),
    (
        "Russia stages missile attack on grid",
        "KYIV, UKRAINE",
        "Russia staged a massive missile attack on Ukraine's energy grid.",
        "RUS>UKR:19",
    ),
    (
        "Saudi Arabia executes Yemenis",
        "RIYADH, SAUDI ARABIA",
        "Saudi Arabia executed two Yemeni nationals on Tuesday.",
        "SAU>YEM:18",
    ),
    (
        "Armenian, Azerbaijani forces clash",
        "YEREVAN, ARMENIA",
        "Armenian and Azerbaijani forces clashed on the border overnight.",
        "ARM>AZE:19 AZE>ARM:19",
    ),
    (
        "Iraq's chemical attacks remembered",
        "TEHRAN, IRAN",
        "Iraq used mustard gas against Iran in the 1980s.",
        "IRQ>IRN:20|19",
    ),
    (
        "Chinese coast guard fires water cannon",
        "MANILA, PHILIPPINES",
        "The Chinese coast guard fired water cannon at Philippine supply boats.",
        "CHN>PHL:17|19",
    ),
    (
        "China's coast guard blasts Philippine vessels",
        "MANILA, PHILIPPINES",
        "China's coast guard blasted Philippine vessels with water cannon.",
        "CHN>PHL:17|19",
    ),
    (
        "UN Security Council condemns launch",
        "UNITED NATIONS",
        "The U.N. Security Council condemned North Korea's latest missile launch.",
        "UN>PRK:11",
    ),
    (
        "Turkey ratifies Sweden's NATO bid",
        "ANKARA, TURKEY",
        "Turkey's parliament ratified Sweden's bid to join NATO.",
        "TUR>SWE:05",
    ),
    # the phrasings of issue #5 once more, in other sentences
    (
        "UN calls for Israel to halt strikes",
        "UNITED NATIONS",
        "The United Nations called for Israel to halt its strikes on Rafah.",
        "UN>ISR:02",
    ),
    (
        "Turkey cracks down on Syrian refugees",
        "ISTANBUL",
        "Turkey cracked down on Syrian refugees in Istanbul after the riots.",
        "TUR>SYR:17",
    ),
    (
        "Thailand extradites Chinese dissident",
        "BANGKOK",
        "Thailand extradited a Chinese dissident back to China.",
        # 'to China' under 'back' is read (particle_adverbs): v.extradite's 063, as
        # test_events_vocabulary13 codes the same act without 'back'
        "THA>CHN:17|06",
    ),
    (
        "Ukraine, Poland agree on grain",
        "WARSAW, POLAND",
        "Ukraine reached an agreement with Poland on grain transit.",
        "UKR>POL:05",
    ),
    (
        "Qatar mediates on Ukrainian children",
        "DOHA, QATAR",
        "Qatar has mediated between Russia and Ukraine on the return of children.",
        "QAT>RUS:04 QAT>UKR:04",
    ),
    (
        "Russia clamps down on Central Asian migrants",
        "MOSCOW",
        "Russia clamped down on Tajik migrants after the concert hall attack.",
        "RUS>TJK:17",
    ),
    (
        "Seoul recalls envoy",
        "SEOUL, SOUTH KOREA",
        "South Korea recalled its envoy to Russia after the treaty was signed.",
        "KOR>RUS:16",
    ),
    (
        "Japan summons Chinese ambassador",
        "TOKYO",
        "Japan summoned the Chinese ambassador over the airspace violation.",
        "JPN>CHN:11",
    ),
    (
        "Washington backs Manila",
        "WASHINGTON",
        "The United States backed the Philippines in its dispute with China.",
        "USA>PHL:05",
    ),
    (
        "Ankara inks deal with Baghdad",
        "BAGHDAD",
        "Turkey inked a water deal with Iraq on Monday.",
        "TUR>IRQ:05",
    ),
    (
        "Iran, Russia sign treaty",
        "MOSCOW",
        "Iranian President Masoud Pezeshkian signed a strategic partnership treaty with Russian President Vladimir Putin.",
        "IRN>RUS:05",
    ),
    (
        "China rebuffs US call",
        "BEIJING",
        "China rebuffed a U.S. call for talks on nuclear arms control.",
        "CHN>USA:12",
    ),
    (
        "EU freezes Hungarian funds",
        "BRUSSELS",
        "The European Union froze billions of euros in funds for Hungary.",
        "EU>HUN:16",
    ),
    (
        "US levies duties on Canadian lumber",
        "WASHINGTON",
        "Washington levied new duties on Canadian softwood lumber.",
        "USA>CAN:16",
    ),
    (
        "Lavrov lashes out at the West",
        "MOSCOW",
        "Russian Foreign Minister Sergey Lavrov lashed out at NATO over its plans for Ukraine.",
        "RUS>NATO:11",
    ),
    (
        "Mexico hands over cartel suspects",
        "MEXICO CITY",
        "Mexico handed over 29 cartel suspects to the United States.",
        "MEX>USA:06",
    ),
    (
        "Belarus frees Lithuanian",
        "VILNIUS, LITHUANIA",
        "Belarus freed a Lithuanian citizen jailed for espionage.",
        "BLR>LTU:08",
    ),
    (
        "Pakistan's strikes on Iran",
        "ISLAMABAD",
        "Pakistan's strikes on Iran came two days after Iranian missiles hit Pakistani territory.",
        "PAK>IRN:19 IRN>PAK:19",
    ),
    (
        "Macron holds talks with Modi",
        "PARIS",
        "Macron held talks with Indian Prime Minister Narendra Modi at the Elysee Palace, French President Emmanuel Macron's office said.",
        "FRA>IND:04",
    ),
    (
        "China, Russia hold summit",
        "MOSCOW",
        "The China-Russia summit in Beijing ended with a joint statement on Ukraine.",
        "CHN>RUS:04 RUS>CHN:04",
    ),
    # more wire verbs: asking for, siding with, arms sales, reopened borders, rebukes, turn-downs
    (
        "Kyiv asks Washington for Patriots",
        "KYIV, UKRAINE",
        "Ukraine asked the United States for more Patriot air defense systems.",
        "UKR>USA:02",
    ),
    (
        "Ukraine seeks air defenses from Germany",
        "KYIV, UKRAINE",
        "Ukraine sought more air defense systems from Germany.",
        "UKR>DEU:02",
    ),
    (
        "Blinken wraps up Israel visit",
        "TEL AVIV, ISRAEL",
        "U.S. Secretary of State Antony Blinken wrapped up a visit to Israel on Wednesday.",
        "USA>ISR:04",
    ),
    (
        "Erdogan receives Orban",
        "ANKARA, TURKEY",
        "Turkish President Recep Tayyip Erdogan received Hungarian Prime Minister Viktor Orban in Ankara.",
        "TUR>HUN:04",
    ),
    (
        "France sides with Greece",
        "PARIS",
        "France sided with Greece in its maritime dispute with Turkey.",
        "FRA>GRC:05",
    ),
    (
        "Britain throws support behind Ukraine",
        "LONDON",
        "Britain threw its support behind Ukraine's bid to join NATO.",
        "GBR>UKR:05",
    ),
    (
        "US approves F-16 sale to Turkey",
        "WASHINGTON",
        "The State Department approved the sale of F-16 fighter jets to Turkey.",
        "USA>TUR:07",
    ),
    (
        "US approves arms sales to Israel",
        "WASHINGTON",
        "Washington approved $8 billion in arms sales to Israel.",
        "USA>ISR:07",
    ),
    (
        "Pakistan reopens Torkham crossing",
        "ISLAMABAD",
        "Pakistan reopened the Torkham border crossing with Afghanistan.",
        "PAK>AFG:08",
    ),
    (
        "Russia eases Georgian wine restrictions",
        "MOSCOW",
        "Russia eased its restrictions on Georgian wine.",
        "RUS>GEO:08",
    ),
    (
        "China hits back at Japan",
        "BEIJING",
        "China hit back at Japan over its comments on Taiwan.",
        "CHN>JPN:11",
    ),
    (
        "Japan raps China over incursion",
        "TOKYO",
        "Japan rapped China over the incursion into its waters.",
        "JPN>CHN:11",
    ),
    (
        "Venezuela pillories US",
        "CARACAS, VENEZUELA",
        "Venezuela pilloried the United States for its new sanctions.",
        "VEN>USA:11",
    ),
    (
        "Ukraine rules out concessions",
        "KYIV, UKRAINE",
        "Ukraine ruled out territorial concessions to Russia.",
        "UKR>RUS:12",
    ),
    (
        "Kyiv balks at US plan",
        "KYIV, UKRAINE",
        "Kyiv balked at the U.S. proposal for a minerals deal.",
        "UKR>USA:12",
    ),
    (
        "Israel defies US warnings",
        "JERUSALEM",
        "Israel defied U.S. warnings about an offensive in Rafah.",
        "ISR>USA:12",
    ),
    (
        "China warns of countermeasures",
        "BEIJING",
        "China warned of resolute countermeasures against the United States.",
        "CHN>USA:13",
    ),
    (
        "US puts Iran on notice",
        "WASHINGTON",
        "The United States put Iran on notice over its support for the Houthis.",
        "USA>IRN:13",
    ),
    (
        "Iraqi protesters storm Swedish embassy",
        "BAGHDAD",
        "Iraqi protesters stormed the Swedish embassy in Baghdad.",
        "IRQ>SWE:14|17|18",
    ),
    (
        "Canada kicks out Indian diplomats",
        "OTTAWA, CANADA",
        "Canada kicked out six Indian diplomats.",
        "CAN>IND:16",
    ),
    (
        "Russia declares US diplomats persona non grata",
        "MOSCOW",
        "Russia declared two U.S. diplomats persona non grata.",
        "RUS>USA:16",
    ),
    (
        "Trump slaps Canada with tariffs",
        "WASHINGTON",
        "Trump slapped Canada with 25% tariffs, U.S. President Donald Trump's aides said.",
        "USA>CAN:16",
    ),
    (
        "Russia cuts off gas to Moldova",
        "CHISINAU, MOLDOVA",
        "Russia cut off gas supplies to Moldova on New Year's Day.",
        "RUS>MDA:16",
    ),
    (
        "Russia jails US journalist",
        "MOSCOW",
        "Russia sentenced an American journalist to 16 years in prison.",
        "RUS>USA:17",
    ),
    (
        "Taliban detain British couple",
        "KABUL",
        "The Taliban detained a British couple in Bamiyan province.",
        "AFG>GBR:17",
    ),
    (
        "Pakistan deports Afghans",
        "ISLAMABAD",
        "Pakistan deported thousands of Afghans last year.",
        "PAK>AFG:17",
    ),
    (
        "Russia seizes German firms' assets",
        "MOSCOW",
        "Russia seized the assets of two German companies.",
        "RUS>DEU:17",
    ),
    (
        "Israeli troops open fire on Lebanese soldiers",
        "BEIRUT",
        "Israeli troops opened fire on Lebanese soldiers near the border.",
        "ISR>LBN:19",
    ),
    (
        "Russian jets bomb Idlib",
        "DAMASCUS",
        "Russian jets bombed the Syrian city of Idlib.",
        "RUS>SYR:19",
    ),
    (
        "US strikes Yemen",
        "WASHINGTON",
        "The United States struck Houthi targets in Yemen.",
        "USA>YEM:19",
    ),
    (
        "Ukraine downs Russian drones",
        "KYIV, UKRAINE",
        "Ukraine downed 50 Russian drones overnight.",
        "RUS>UKR:19",
    ),
    (
        "North Korea ships shells to Russia",
        "SEOUL, SOUTH KOREA",
        "North Korea shipped millions of artillery shells to Russia.",
        "PRK>RUS:07",
    ),
    (
        "Japan signals readiness for talks with North",
        "TOKYO",
        "Japan signaled its readiness to hold talks with North Korea.",
        "JPN>PRK:03",
    ),
    (
        "Putin welcomes Kim",
        "MOSCOW",
        "Russian President Vladimir Putin welcomed North Korean leader Kim Jong Un to the Kremlin.",
        "RUS>PRK:04",
    ),
    (
        "Kenya, Somalia restore ties",
        "NAIROBI, KENYA",
        "Kenya restored diplomatic relations with Somalia.",
        "KEN>SOM:03|05",
    ),
    (
        "Tokyo welcomes Seoul decision",
        "TOKYO",
        "Tokyo welcomed Seoul's decision on wartime labor compensation.",
        "JPN>KOR:05",
    ),
    (
        "Germany probes Russian sabotage",
        "BERLIN",
        "Germany is investigating suspected Russian sabotage of its rail network.",
        "DEU>RUS:09",
    ),
    (
        "Kyiv demands apology from Budapest",
        "KYIV, UKRAINE",
        "Kyiv demanded an apology from Budapest.",
        "UKR>HUN:10",
    ),
    # nominal events and passives
    (
        "India bans Chinese apps",
        "NEW DELHI",
        "India's ban on Chinese apps has cost ByteDance its biggest market.",
        "IND>CHN:16",
    ),
    (
        "G7 loan for Ukraine",
        "KYIV, UKRAINE",
        "The G7's $50 billion loan package for Ukraine was finalized on Friday.",
        "G7>UKR:07",
    ),
    (
        "Tariffs take effect",
        "WASHINGTON",
        "Trump's tariffs on Chinese goods took effect on Tuesday, U.S. President Donald Trump's aides said.",
        "USA>CHN:16",
    ),
    (
        "Sanctions cut Iran's exports",
        "DUBAI",
        "The U.S. sanctions on Iranian oil have cut exports by half.",
        "USA>IRN:16",
    ),
    (
        "Germany's support for Ukraine",
        "BERLIN",
        "Germany's support for Ukraine remains strong.",
        "DEU>UKR:05|07",
    ),
    (
        "Erdogan, Putin talk in Sochi",
        "ANKARA, TURKEY",
        "Erdogan's talks with Putin in Sochi ended without a grain deal, Turkish President Recep Tayyip Erdogan's office said.",
        "TUR>RUS:04",
    ),
    (
        "Li Qiang visits Australia",
        "CANBERRA, AUSTRALIA",
        "A visit by Chinese Premier Li Qiang to Australia ended on Tuesday.",
        "CHN>AUS:04",
    ),
    (
        "Beijing condemns strikes",
        "BEIJING",
        "Beijing's condemnation of the U.S. strikes came within hours.",
        "CHN>USA:11",
    ),
    (
        "Canada expels Indian diplomats",
        "OTTAWA, CANADA",
        "Canada's expulsion of six Indian diplomats deepened the rift.",
        "CAN>IND:16",
    ),
    (
        "India rejects Canada's allegations",
        "NEW DELHI",
        "India's rejection of Canada's allegations was swift.",
        "IND>CAN:12",
    ),
    (
        "Philippine police arrest Chinese national",
        "MANILA, PHILIPPINES",
        "The arrest of a Chinese national by Philippine authorities angered Beijing.",
        "PHL>CHN:17",
    ),
    (
        "Russian airstrikes hit Idlib",
        "DAMASCUS",
        "Russian airstrikes on Syria's Idlib province killed 10 people.",
        "RUS>SYR:19",
    ),
    (
        "EU aid package for Ukraine",
        "BRUSSELS",
        "The EU's aid package for Ukraine was approved on Thursday.",
        "EU>UKR:07",
    ),
    (
        "Modi, Trump talk by phone",
        "NEW DELHI",
        "Indian Prime Minister Narendra Modi's call with U.S. President Donald Trump lasted 35 minutes.",
        "IND>USA:04",
    ),
    (
        "China's ban on Japanese seafood",
        "TOKYO",
        "China's ban on Japanese seafood remains in place.",
        "CHN>JPN:16",
    ),
    (
        "Ukraine's Kursk incursion",
        "KYIV, UKRAINE",
        "Ukraine's incursion into Russia's Kursk region surprised Moscow.",
        "UKR>RUS:19",
    ),
    (
        "Philippines expels Chinese spies",
        "MANILA, PHILIPPINES",
        "Two Chinese spies were expelled by the Philippines.",
        "PHL>CHN:16|17",
    ),
    (
        "Germany promises weapons",
        "KYIV, UKRAINE",
        "Ukraine was promised more weapons by Germany.",
        "DEU>UKR:03|07",
    ),
    (
        "Wang Yi visits Seoul",
        "SEOUL, SOUTH KOREA",
        "South Korea was visited by Chinese Foreign Minister Wang Yi in May.",
        "CHN>KOR:04",
    ),
    (
        "Russian spy arrested in Poland",
        "WARSAW, POLAND",
        "A Russian spy was arrested by Polish authorities.",
        "POL>RUS:17",
    ),
    (
        "Kyiv hit by missiles",
        "KYIV, UKRAINE",
        "Kyiv was hit by Russian missiles overnight.",
        "RUS>UKR:19",
    ),
    (
        "Japan praises Taiwan",
        "TOKYO",
        "Taiwan was praised by Japan for its pandemic response.",
        "JPN>TWN:05",
    ),
    (
        "Hungary criticized by EU",
        "BRUSSELS",
        "Hungary was criticized by the European Union over its new media law.",
        "EU>HUN:11",
    ),
    (
        "Armenia attacked by Azerbaijan",
        "YEREVAN, ARMENIA",
        "Armenia was attacked by Azerbaijan in September 2022.",
        "AZE>ARM:19",
    ),
    # persona non grata and standing with
    (
        "Estonia expels Russian diplomat",
        "TALLINN, ESTONIA",
        "Estonia declared a Russian diplomat persona non grata on Monday.",
        "EST>RUS:16",
    ),
    (
        "Estonia expels Russian envoy",
        "TALLINN, ESTONIA",
        "Estonia declared the ambassador of Russia persona non grata.",
        "EST>RUS:16",
    ),
    (
        "Moldova expels Russian",
        "CHISINAU, MOLDOVA",
        "Moldova's foreign ministry said it had declared a Russian embassy employee persona non grata.",
        "MDA>RUS:16",
    ),
    (
        "US stands with Israel",
        "WASHINGTON",
        "The United States stood with Israel at the Security Council vote.",
        "USA>ISR:05",
    ),
    (
        "Biden: US stands with Ukraine",
        "WASHINGTON",
        "U.S. President Joe Biden said the United States stands with Ukraine.",
        "USA>UKR:05",
    ),
    (
        "Poland sides with Kyiv",
        "WARSAW, POLAND",
        "Poland sided with Ukraine against Hungary in the dispute.",
        "POL>UKR:05",
    ),
    # 2025 stories: strikes, truces, treaties, envoys
    (
        "US bombs Iranian nuclear sites",
        "WASHINGTON",
        "The United States bombed three Iranian nuclear sites on Saturday.",
        "USA>IRN:19",
    ),
    (
        "North Koreans fight alongside Russians",
        "SEOUL, SOUTH KOREA",
        "North Korean soldiers are fighting alongside Russian forces in the Kursk region.",
        "PRK>RUS:06",
    ),
    (
        "Canada hits back with tariffs",
        "OTTAWA, CANADA",
        "Canada hit back with tariffs on U.S. goods worth $20 billion.",
        "CAN>USA:16",
    ),
    (
        "Sudan accuses UAE",
        "PORT SUDAN, SUDAN",
        "Sudan's army accused the United Arab Emirates of arming its rivals.",
        "SDN>ARE:11",
    ),
    (
        "Algeria recalls envoy from France",
        "ALGIERS, ALGERIA",
        "Algeria recalled its ambassador from France on Tuesday.",
        "DZA>FRA:16",
    ),
    (
        "Malaysia brokers Thai-Cambodian truce",
        "KUALA LUMPUR, MALAYSIA",
        "Malaysia brokered a ceasefire between Thailand and Cambodia.",
        "MYS>THA:04 MYS>KHM:04",
    ),
    (
        "India suspends Indus treaty",
        "NEW DELHI",
        "India suspended the Indus Waters Treaty with Pakistan.",
        "IND>PAK:16",
    ),
    (
        "Pakistan closes airspace to Indian airlines",
        "ISLAMABAD",
        "Pakistan closed its airspace to Indian airlines.",
        "PAK>IND:16",
    ),
    (
        "Iran launches missiles at Israel",
        "TEHRAN, IRAN",
        "Iran launched hundreds of missiles and drones at Israel.",
        "IRN>ISR:19",
    ),
    (
        "India strikes Pakistan",
        "NEW DELHI",
        "India struck nine sites in Pakistan early Wednesday.",
        "IND>PAK:19",
    ),
    # roots with few cases so far: 01, 09, 10, 13, 14, 15, 18
    (
        "Kishida sends message of condolence",
        "TOKYO",
        "Japan's prime minister sent a message of condolence to Turkey.",
        "JPN>TUR:01",
    ),
    (
        "UN rights body probes Israel",
        "GENEVA",
        "The U.N. Human Rights Council launched a probe into Israel's conduct in Gaza.",
        "UN>ISR:09",
    ),
    (
        "Ukraine demands Russian withdrawal",
        "KYIV, UKRAINE",
        "Ukraine demanded that Russia withdraw its troops from the nuclear plant.",
        "UKR>RUS:10",
    ),
    (
        "China demands explanation",
        "BEIJING",
        "China demanded an explanation from the United States.",
        "CHN>USA:10",
    ),
    (
        "Bangladeshis protest against India",
        "DHAKA, BANGLADESH",
        "Hundreds of Bangladeshis demonstrated against India in Dhaka.",
        "BGD>IND:14",
    ),
    (
        "Chinese agents kidnap Taiwanese",
        "TAIPEI, TAIWAN",
        "Chinese agents kidnapped a Taiwanese businessman in Shenzhen.",
        "CHN>TWN:18",
    ),
    (
        "North Korea's abductions",
        "TOKYO",
        "North Korea abducted Japanese citizens in the 1970s and 1980s.",
        "PRK>JPN:18",
    ),
    (
        "China warns Philippines",
        "BEIJING",
        "China warned the Philippines against provocations in the South China Sea.",
        "CHN>PHL:13",
    ),
    (
        "Iran threatens to retaliate",
        "TEHRAN, IRAN",
        "Iran threatened to retaliate against the United States.",
        "IRN>USA:13",
    ),
    (
        "China sends warships near Taiwan",
        "TAIPEI, TAIWAN",
        "China sent warships near Taiwan's coast on Monday.",
        "CHN>TWN:15",
    ),
    (
        "Russia sends bombers near Japan",
        "TOKYO",
        "Russia dispatched two strategic bombers to the airspace near Japan.",
        "RUS>JPN:15",
    ),
    # pounded, and talks held by pairs
    (
        "Russian artillery pounds Vovchansk",
        "KYIV, UKRAINE",
        "Russian artillery pounded the Ukrainian town of Vovchansk overnight.",
        "RUS>UKR:19",
    ),
    (
        "Israeli jets pound southern Lebanon",
        "BEIRUT",
        "Israeli jets pounded southern Lebanon on Sunday.",
        "ISR>LBN:19",
    ),
    (
        "Turkey pounds Kurdish positions in Iraq",
        "ANKARA, TURKEY",
        "Turkish warplanes pounded targets in northern Iraq.",
        "TUR>IRQ:19",
    ),
    (
        "Iran, Oman hold talks",
        "MUSCAT, OMAN",
        "Iran's foreign minister held a phone call with his Omani counterpart on Sunday.",
        "IRN>OMN:04",
    ),
    (
        "Seoul, Tokyo hold security talks",
        "SEOUL, SOUTH KOREA",
        "South Korea and Japan held their first security talks in five years.",
        "KOR>JPN:04 JPN>KOR:04",
    ),
    # invitations, delegations, trade
    (
        "China condemns strikes",
        "BEIJING",
        "China issued a statement condemning the U.S. strikes on Iran.",
        "CHN>USA:11 USA>IRN:19",
    ),
    (
        "Xi invites Putin",
        "BEIJING",
        "Chinese President Xi Jinping invited Russian President Vladimir Putin to visit China in October.",
        "CHN>RUS:03|04",
    ),
    (
        "Seoul extends invitation to Tokyo",
        "SEOUL, SOUTH KOREA",
        "South Korea extended an invitation to Japan's prime minister for a summit in Seoul.",
        "KOR>JPN:03|04",
    ),
    (
        "Czechs host Taiwanese delegation",
        "PRAGUE",
        "The Czech Republic hosted a delegation from Taiwan last week.",
        "CZE>TWN:04",
    ),
    (
        "Pyongyang sends delegation to Moscow",
        "SEOUL, SOUTH KOREA",
        "North Korea sent a high-level delegation to Moscow for talks on military cooperation.",
        "PRK>RUS:04",
    ),
    (
        "India, Pakistan agree to boost trade",
        "NEW DELHI",
        "India agreed to boost trade with Bangladesh.",
        "IND>BGD:03",
    ),
    # idioms: doors slammed and opened, traded barbs, declared war
    (
        "Moscow shuts door on talks",
        "MOSCOW",
        "Moscow slammed the door on talks with Kyiv.",
        "RUS>UKR:12",
    ),
    (
        "NATO door shut for Ukraine",
        "WASHINGTON",
        "The United States shut the door on Ukraine's NATO bid.",
        "USA>UKR:12",
    ),
    (
        "Tokyo opens door to talks",
        "TOKYO",
        "Tokyo opened the door to talks with Pyongyang.",
        "JPN>PRK:03",
    ),
    (
        "Russia, Ukraine trade accusations",
        "KYIV, UKRAINE",
        "Russia and Ukraine traded accusations over the dam collapse.",
        "RUS>UKR:11 UKR>RUS:11",
    ),
    (
        "India, Pakistan trade barbs",
        "UNITED NATIONS",
        "India traded barbs with Pakistan at the General Assembly.",
        "IND>PAK:11",
    ),
    ("Iraq declares war", "BAGHDAD", "Iraq declared war on Iran in September 1980.", "IRQ>IRN:19"),
    (
        "Kyiv levels charges at Moscow",
        "KYIV, UKRAINE",
        "Ukraine leveled new accusations against Russia over the deportation of children.",
        "UKR>RUS:11",
    ),
    # war reporting: repelled attacks, destroyed depots, harsh responses, disengagement
    (
        "Russia repels attack",
        "MOSCOW",
        "Russia's defense ministry said its forces had repelled a Ukrainian attack near Pokrovsk.",
        "UKR>RUS:19",
    ),
    (
        "Ukraine destroys depot",
        "KYIV, UKRAINE",
        "Ukraine's military said it had destroyed a Russian ammunition depot in Crimea.",
        "UKR>RUS:19",
    ),
    (
        "Pentagon weapons package",
        "WASHINGTON",
        "The Pentagon announced a new $500 million weapons package for Ukraine.",
        "USA>UKR:07",
    ),
    (
        "Russia accuses Britain",
        "MOSCOW",
        "Russia accused Britain of orchestrating the attack.",
        "RUS>GBR:11",
    ),
    (
        "Treasury sanctions Chinese firms",
        "WASHINGTON",
        "The U.S. Treasury sanctioned five Chinese companies on Friday.",
        "USA>CHN:16",
    ),
    (
        "Khamenei vows harsh response",
        "TEHRAN, IRAN",
        "Iran's supreme leader vowed a harsh response to Israel.",
        "IRN>ISR:13",
    ),
    (
        "India, China agree to disengage",
        "NEW DELHI",
        "India and China agreed to disengage troops along their disputed border.",
        "IND>CHN:03|08 CHN>IND:03|08",
    ),
    ("Thailand deports Uyghurs", "BANGKOK", "Thailand deported 40 Uyghurs to China.", "THA>CHN:17"),
    (
        "Venezuela frees Americans",
        "CARACAS, VENEZUELA",
        "Venezuela released six detained Americans after a visit by a U.S. envoy.",
        "VEN>USA:08",
    ),
    (
        "Ukraine knocks out Russian radar",
        "KYIV, UKRAINE",
        "Ukrainian drones destroyed a Russian radar station in occupied Crimea.",
        "UKR>RUS:19",
    ),
    # session 3 (issue #5): blind-gold misses and the extractor owner's requests
    (
        "Fidan arrives in Amman",
        "AMMAN, JORDAN",
        "Turkish Foreign Minister Hakan Fidan arrived in Amman on Tuesday for a two-day visit.",
        "TUR>JOR:04",
    ),
    (
        "Ruto in Kampala",
        "KAMPALA, UGANDA",
        "Kenyan President William Ruto was received at the airport by his Ugandan counterpart.",
        "UGA>KEN:04",
    ),
    (
        "Modi in Hanoi",
        "HANOI, VIETNAM",
        "The Indian prime minister was welcomed in Hanoi by Vietnamese President Vo Van Thuong.",
        "VNM>IND:04",
    ),
    (
        "World Bank backs Kenya",
        "NAIROBI, KENYA",
        "The World Bank approved $300 million in financing for Kenya on Friday.",
        "WB>KEN:07",
    ),
    (
        "World Bank loan for Bangladesh",
        "DHAKA, BANGLADESH",
        "The World Bank approved $1.2 billion in financing for Bangladesh.",
        "WB>BGD:07",
    ),
    (
        "Latvia expels Belarusian diplomat",
        "RIGA, LATVIA",
        "Latvia ordered a Belarusian diplomat to leave the country within 72 hours.",
        "LVA>BLR:16",
    ),
    (
        "Poland expels Russian consul",
        "WARSAW, POLAND",
        "Poland ordered the Russian consul in Poznan to leave the country.",
        "POL>RUS:16",
    ),
    (
        "US raises steel duties",
        "WASHINGTON",
        "The United States raised duties on Mexican steel to 25%.",
        "USA>MEX:16",
    ),
    (
        "Mexico hikes tariffs on Chinese cars",
        "MEXICO CITY",
        "Mexico raised tariffs on Chinese cars to 50%.",
        "MEX>CHN:16",
    ),
    (
        "Caucasus guns fall silent",
        "MOSCOW",
        "Armenia and Azerbaijan agreed on Sunday to a ceasefire.",
        "ARM>AZE:05|08 AZE>ARM:05|08",
    ),
    (
        "Qatar brokers swap",
        "DOHA, QATAR",
        "Qatar brokered a prisoner swap between Russia and Ukraine.",
        "QAT>RUS:04 QAT>UKR:04",
    ),
    (
        "Egypt mediates Gaza talks",
        "CAIRO",
        "Egypt mediated talks between Israel and Hamas.",
        "EGY>ISR:04 EGY>PSE:04 ISR>PSE:04 PSE>ISR:04",
    ),
    (
        "Lula calls Milei",
        "BRASILIA, BRAZIL",
        "Brazilian President Lula called Milei to offer his congratulations.",
        # session 17: the call and the congratulations it voiced are two acts (the gold codes
        # both for this form; test_events_secondacts17 PURPOSE)
        "BRA>ARG:04 BRA>ARG:05",
    ),
    (
        "Xi, Putin speak",
        "BEIJING",
        "Chinese President Xi Jinping called Putin on Sunday to discuss the war.",
        "CHN>RUS:04",
    ),
    (
        "Macron calls Zelenskyy",
        "PARIS",
        "Macron called Zelenskyy to express his support.",
        "FRA>UKR:04",
    ),
    (
        "Macron congratulates Brazil's leader",
        "PARIS",
        "French President Emmanuel Macron offered his congratulations to Brazil's new president.",
        "FRA>BRA:05",
    ),
    (
        "Peru shuts embassy",
        "LIMA, PERU",
        "Peru closed its embassy in Venezuela in 2022.",
        "PER>VEN:16",
    ),
    (
        "Argentina closes consulates",
        "BUENOS AIRES, ARGENTINA",
        "Argentina closed its consulates in Bolivia.",
        "ARG>BOL:16",
    ),
    (
        "Sweden shuts Tehran embassy",
        "STOCKHOLM",
        "Sweden closed its embassy in Tehran.",
        "SWE>IRN:16",
    ),
    (
        "Spain ready to work with Caracas",
        "MADRID",
        "Spain said it was ready to work with Venezuela's new government.",
        "ESP>VEN:03",
    ),
    (
        "Germany appalled by veto",
        "BERLIN",
        "Germany said it was appalled by the Russian veto.",
        "DEU>RUS:11",
    ),
    (
        "France appalled by veto",
        "PARIS",
        "France was appalled by Russia's veto of the resolution.",
        "FRA>RUS:11",
    ),
    (
        "Germany shocked by attack",
        "BERLIN",
        "Germany was shocked by the Russian attack.",
        "DEU>RUS:11",
    ),
    (
        "China slams drills",
        "BEIJING",
        "China said the U.S. drills were hostile and preposterous.",
        "CHN>USA:11",
    ),
    (
        "Beijing blames Washington",
        "BEIJING",
        "Beijing said Washington was to blame for the crisis.",
        "CHN>USA:11",
    ),
    (
        "Iran accuses Israel",
        "TEHRAN, IRAN",
        "Iran said Israel was trying to escalate the conflict.",
        "IRN>ISR:11",
    ),
    (
        "China protests Japan drills",
        "BEIJING",
        "China protested Japan's military drills near the islands.",
        "CHN>JPN:11",
    ),
    (
        "Japan protests China zone",
        "TOKYO",
        "Japan protested China's decision to expand the zone.",
        "JPN>CHN:11",
    ),
    (
        "Japan invites Modi",
        "TOKYO",
        "Japan invited Indian Prime Minister Narendra Modi to visit Tokyo.",
        "JPN>IND:03|04",
    ),
    (
        "Japan invites Yoon",
        "TOKYO",
        "Japan invited South Korean President Yoon Suk Yeol to visit Tokyo in May.",
        "JPN>KOR:03|04",
    ),
    (
        "Egypt, Iran to restore ties",
        "CAIRO",
        "Egypt and Iran agreed to restore diplomatic relations.",
        "EGY>IRN:05|03 IRN>EGY:05|03",
    ),
    (
        "India, China to resume flights",
        "NEW DELHI",
        "India and China agreed to resume direct flights.",
        "IND>CHN:05|03 CHN>IND:05|03",
    ),
    (
        "Gulf rivals to reopen missions",
        "LONDON",
        "Iran and Saudi Arabia agreed to reopen their embassies.",
        "IRN>SAU:05|03 SAU>IRN:05|03",
    ),
    (
        "China blocks resupply",
        "MANILA, PHILIPPINES",
        "China's coast guard blocked a Philippine resupply mission near the shoal.",
        # session 65: ships stopped (191, v.block_resupply), as the open sets code blocked
        # boats (19/15/17 in sets 2, 5, 24, 25), no protest blockade (144)
        "CHN>PHL:19",
    ),
    (
        "Chinese warships near Japan",
        "TOKYO",
        "Chinese warships entered Japanese waters near the islands on Monday.",
        "CHN>JPN:15",
    ),
    (
        "Russian bombers in Korean zone",
        "SEOUL, SOUTH KOREA",
        "Two Russian bombers entered South Korea's air defense zone on Tuesday.",
        "RUS>KOR:15",
    ),
    (
        "Russian troops on the move",
        "KYIV, UKRAINE",
        "Russian troops are moving into eastern Ukraine.",
        "RUS>UKR:15",
    ),
    (
        "India, Pakistan trade accusations",
        "ISLAMABAD",
        "India and Pakistan traded accusations over the attack.",
        "IND>PAK:11 PAK>IND:11",
    ),
    (
        "Colombia, Ecuador trade accusations",
        "BOGOTA, COLOMBIA",
        "Colombia and Ecuador exchanged accusations over the border attack.",
        "COL>ECU:11 ECU>COL:11",
    ),
    (
        "US accuses China",
        "WASHINGTON",
        "The U.S. accused China of abusing export control rules.",
        "USA>CHN:11",
    ),
    (
        "Israeli tanks in Lebanon",
        "BEIRUT",
        "Israeli tanks rolled into the southern Lebanese town of Khiam.",
        "ISR>LBN:15|19",
    ),
    (
        "Pyongyang slams drills",
        "SEOUL, SOUTH KOREA",
        "North Korea said Washington's drills were a rehearsal for invasion.",
        "PRK>USA:11",
    ),
    (
        "Moscow blames NATO",
        "MOSCOW",
        "Russia said NATO was trying to escalate the war.",
        "RUS>NATO:11",
    ),
    (
        "Rabat open to talks",
        "RABAT, MOROCCO",
        "Morocco said it was willing to hold talks with Algeria.",
        "MAR>DZA:03",
    ),
    (
        "Putin congratulates Tokayev",
        "MOSCOW",
        "Russian President Vladimir Putin sent a congratulatory message to Kazakhstan's president.",
        "RUS>KAZ:05",
    ),
    (
        "Xi writes to Hanoi",
        "BEIJING",
        "Chinese President Xi Jinping sent a congratulatory letter to the new Vietnamese leader.",
        "CHN>VNM:05",
    ),
    # promoted from GAPS (session 4: fixed upstream)
    (
        "Sanctions slapped on Iranian firms",
        "WASHINGTON",
        "Sanctions were slapped on Iranian oil firms by Washington.",
        "USA>IRN:16",
    ),
    (
        "Putin, Xi hold summit",
        "MOSCOW",
        "The Sino-Russian summit in Beijing ended with a joint statement on Ukraine.",
        "CHN>RUS:04 RUS>CHN:04",
    ),
    (
        "Brazil, Argentina discuss Mercosur deal",
        "BRASILIA, BRAZIL",
        "Brazil's foreign minister consulted with his Argentine counterpart on the Mercosur "
        "trade deal.",
        "BRA>ARG:04",
    ),
    (
        "Armenia, Azerbaijan agree peace treaty text",
        "YEREVAN, ARMENIA",
        "Armenia and Azerbaijan reached an agreement on the text of a peace treaty.",
        "ARM>AZE:05 AZE>ARM:05",
    ),
    (
        "China, Brazil sign trade deals",
        "BRASILIA, BRAZIL",
        "China and Brazil signed agreements to expand trade in local currencies.",
        "CHN>BRA:05 BRA>CHN:05",
    ),
    (
        "US, Philippines launch joint patrols",
        "MANILA, PHILIPPINES",
        "The United States and the Philippines launched joint naval patrols in the South China "
        "Sea.",
        "USA>PHL:06 PHL>USA:06",
    ),
    (
        "China criticizes new US sanctions",
        "BEIJING",
        "China criticized the sanctions Washington imposed on Chinese firms.",
        "CHN>USA:11 USA>CHN:16",
    ),
    (
        "Chinese coast guard blasts Philippine boats",
        "MANILA, PHILIPPINES",
        "Chinese coast guard ships blasted Philippine vessels with water cannon.",
        "CHN>PHL:17|18|19",
    ),
    (
        "Ukrainian drones set Russian depot ablaze",
        "KYIV, UKRAINE",
        "A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region.",
        "UKR>RUS:19",
    ),
    (
        "Israel raids Lebanon",
        "BEIRUT",
        "Israeli commandos raided a village in southern Lebanon.",
        "ISR>LBN:19",
    ),
    (
        "Sharif extends condolences to Turkey",
        "ISLAMABAD",
        "Pakistan's prime minister extended condolences to Turkey after the mine collapse.",
        "PAK>TUR:01",
    ),
    (
        "Caucasus guns fall silent",
        "YEREVAN, ARMENIA",
        "Armenia and Azerbaijan agreed on Saturday to a truce.",
        "ARM>AZE:05|08 AZE>ARM:05|08",
    ),
    # promoted from GAPS (session 4: fixed upstream)
    (
        "Trump, Putin meet in Alaska",
        "ANCHORAGE, ALASKA",
        "U.S. President Donald Trump and Russian President Vladimir Putin met in Alaska on Friday.",
        "USA>RUS:04 RUS>USA:04",
    ),
    # aid received: the from-phrase's giver is the source (v.receive_aid)
    (
        "Kenya gets IMF loans",
        "NAIROBI, KENYA",
        "Kenya has received loans from the International Monetary Fund.",
        "IMF>KEN:07",
    ),
    (
        "Ukraine gets Swedish vehicles",
        "KYIV, UKRAINE",
        "Ukraine received 40 armored vehicles from Sweden.",
        "SWE>UKR:07",
    ),
    (
        "Ghana gets Saudi pledges",
        "ACCRA, GHANA",
        "Ghana received investment pledges from Saudi Arabia last year.",
        "SAU>GHA:03",
    ),
    (
        "Russia snubs Swiss peace summit",
        "GENEVA",
        "Russia snubbed the peace summit hosted by Switzerland.",
        "RUS>CHE:12",
    ),
    (
        "Russian troops pull out of Kharkiv region",
        "KYIV, UKRAINE",
        "Russian forces pulled out of the Kharkiv region.",
        "RUS>UKR:08",
    ),
    (
        "Ethiopia walks out of dam talks",
        "ADDIS ABABA, ETHIOPIA",
        "Ethiopia walked out of talks with Egypt over the Nile dam.",
        "ETH>EGY:12|16",
    ),
    (
        "Russia pounds Kharkiv with glide bombs",
        "KYIV, UKRAINE",
        "Russia pounded Kharkiv with glide bombs overnight.",
        "RUS>UKR:19",
    ),
    # (a known gap until session 12: the criticized act's by-phrase the parser hangs on the
    # verb names the target, v.criticize's "prep:by" slot)
    (
        "Pyongyang slams drills",
        "SEOUL, SOUTH KOREA",
        "Pyongyang slammed the joint drills by the United States and South Korea.",
        "PRK>USA:11 PRK>KOR:11",
    ),
    # a gap until session 13: a late 'by' on a passive's predicate noun is its agent (08050bc)
    (
        "Diplomat expelled",
        "TALLINN, ESTONIA",
        "A Russian diplomat was declared persona non grata by Estonia.",
        "EST>RUS:16",
    ),
    # a gap until session 13: phrases under the adverb 'back' are the verb's (particle_adverbs)
    (
        "India pushes back against China",
        "NEW DELHI",
        "India pushed back against China over its claims to Arunachal Pradesh.",
        "IND>CHN:11|12",
    ),
    # a gap until session 14: armed forces pushing into a state (v.push_into, vocabulary19)
    (
        "Ukrainian troops push into Kursk",
        "KYIV, UKRAINE",
        "Ukrainian forces pushed into Russia's Kursk region in August.",
        "UKR>RUS:19",
    ),
    # a gap until session 18: the attacker is the passive agent of a participle under the
    # object ('fired by Iran')
    (
        "Israel intercepts Iranian missiles",
        "JERUSALEM",
        "Israel intercepted most of the missiles fired by Iran.",
        "IRN>ISR:19",
    ),
]

# Cases that fail for reasons outside the pattern file (parser, NER, actors, extractor), as
# (headline, dateline, body, expected, why): kept as expected failures so a fix shows up.
GAPS: list[tuple[str, str, str, str, str]] = [
    (
        "Israel strikes Iran's consulate",
        "DAMASCUS",
        "Israel carried out a strike on Iran's consulate in Damascus.",
        "ISR>IRN:19",
        "rules.yaml: consulate is no role noun, so Iran's consulate does not stand for Iran",
    ),
    (
        "Turkey mediates between Ethiopia and Somalia",
        "ANKARA, TURKEY",
        "Turkey mediated talks between Ethiopia and Somalia over a port deal.",
        "TUR>ETH:04 TUR>SOM:04",
        "parser: 'mediated' is tagged as an adjective of 'talks'",
    ),
    (
        "Kyiv demands return of children from Russia",
        "KYIV, UKRAINE",
        "Ukraine demanded the return of children deported by Russia.",
        "UKR>RUS:10",
        "extractor: obj_sub does not search passive agents ('deported by Russia')",
    ),
    (
        "Sudan, Chad talks",
        "CAIRO",
        "The deal came after three days of talks between Sudan and Chad mediated by Egypt.",
        "EGY>SDN:04 EGY>TCD:04 SDN>TCD:04 TCD>SDN:04",
        "parser: 'mediated by Egypt' is parsed as a clause with 'days' as subject",
    ),
]

# (headline, dateline, body sentence): nothing may be coded in the body
NONE: list[tuple[str, str, str]] = [
    # sports
    (
        "Brazil edges Argentina in qualifier",
        "RIO DE JANEIRO",
        "Brazil beat Argentina 2-1 in a World Cup qualifier on Tuesday.",
    ),
    ("Spain routs Germany", "MADRID", "Spain thrashed Germany 4-0 to reach the final."),
    (
        "Japan knocks out South Korea",
        "DOHA, QATAR",
        "Japan defeated South Korea in the Asian Cup semifinal.",
    ),
    (
        "Djokovic beats Sinner",
        "SHANGHAI",
        "Serbian tennis star Novak Djokovic defeated Italy's Jannik Sinner in Shanghai.",
    ),
    (
        "Messi scores twice",
        "BUENOS AIRES",
        "Argentina's Lionel Messi scored twice against Bolivia on Thursday.",
    ),
    (
        "Morocco stuns Portugal",
        "DOHA, QATAR",
        "Morocco stunned Portugal to reach the World Cup semifinals.",
    ),
    (
        "France hosts Italy in Six Nations",
        "PARIS",
        "France hosted Italy in the Six Nations rugby championship on Sunday.",
    ),
    (
        "Kenya's runners dominate Boston",
        "BOSTON",
        "Kenyan runners crushed the Ethiopian field in the Boston Marathon.",
    ),
    # companies and brands named after states
    (
        "Air India resumes Toronto flights",
        "NEW DELHI",
        "Air India resumed flights to Toronto after a two-day suspension.",
    ),
    (
        "Qatar Airways orders Boeing jets",
        "DOHA, QATAR",
        "Qatar Airways struck a deal with Boeing for 160 jets.",
    ),
    (
        "Turkish Airlines signs Airbus order",
        "ISTANBUL",
        "Turkish Airlines signed a deal with Airbus for 230 new aircraft.",
    ),
    (
        "Singapore Airlines adds Beijing flights",
        "SINGAPORE",
        "Singapore Airlines added three weekly flights to Beijing.",
    ),
    (
        "Volkswagen expands in China",
        "BERLIN",
        "Volkswagen signed a deal with Chinese carmaker SAIC to build electric cars.",
    ),
    (
        "Saudi Aramco buys stake in Chinese refiner",
        "RIYADH, SAUDI ARABIA",
        "Saudi Aramco bought a 10% stake in a Chinese refiner.",
    ),
    (
        "Korean Air completes Asiana takeover",
        "SEOUL, SOUTH KOREA",
        "Korean Air completed its takeover of Asiana Airlines.",
    ),
    # weather and nature
    (
        "Cold front sweeps US",
        "CHICAGO",
        "A cold front from Canada swept across the northern United States, bringing heavy snow.",
    ),
    (
        "Typhoon batters Vietnam",
        "HANOI, VIETNAM",
        "Typhoon Yagi battered northern Vietnam after hitting China's Hainan island.",
    ),
    (
        "Heat wave hits Iberia",
        "MADRID",
        "A heat wave from North Africa hit Spain and Portugal this week.",
    ),
    (
        "Dust storm blankets Beijing",
        "BEIJING",
        "Dust storms from Mongolia blanketed Beijing on Friday.",
    ),
    (
        "Storm pounds France and Britain",
        "PARIS",
        "Storm Ciaran pounded France and Britain with winds of over 100 miles an hour.",
    ),
    (
        "Earthquake strikes Japan",
        "TOKYO",
        "A magnitude 7.5 earthquake struck Japan's Noto peninsula on New Year's Day.",
    ),
    # metaphors, markets and culture
    ("Yuan slides", "SHANGHAI", "The Chinese yuan slumped against the U.S. dollar on Monday."),
    (
        "Tokyo stocks hammered",
        "TOKYO",
        "Japanese stocks were hammered by a sell-off on Wall Street.",
    ),
    ("Peso hits low", "MEXICO CITY", "Mexico's peso hit a two-year low against the dollar."),
    (
        "K-pop conquers Japan",
        "SEOUL, SOUTH KOREA",
        "South Korean pop music has conquered Japan's charts.",
    ),
    ("Russian ballet in Paris", "PARIS", "Russian ballet stars dazzled audiences in Paris."),
    (
        "Panda arrives in Washington",
        "WASHINGTON",
        "A Chinese panda arrived at the Washington zoo on Tuesday.",
    ),
    (
        "Indian film wins in France",
        "CANNES, FRANCE",
        "An Indian film won the top prize at the Cannes film festival in France.",
    ),
    # hypotheticals and speculation
    (
        "NATO would respond, Stoltenberg says",
        "BRUSSELS",
        "If Russia attacked a NATO member, the alliance would respond collectively.",
    ),
    (
        "Analysts weigh Taiwan risk",
        "TAIPEI, TAIWAN",
        "Analysts said China could invade Taiwan by 2027.",
    ),
    (
        "Oil markets eye Hormuz",
        "DUBAI",
        "Should Iran close the Strait of Hormuz, oil prices would soar.",
    ),
    (
        "Trump muses about tariffs",
        "WASHINGTON",
        "Trump said he might impose tariffs on Mexico at some point.",
    ),
    (
        "Analysts weigh Israeli options",
        "JERUSALEM",
        "Analysts debated whether Israel would strike Iran's nuclear sites.",
    ),
    # negations and refusals
    (
        "Australia spared sanctions",
        "CANBERRA, AUSTRALIA",
        "Beijing has not imposed new sanctions on Australia.",
    ),
    ("India abstains", "NEW DELHI", "India declined to criticize Russia at the vote."),
    ("Berlin rules out troops", "BERLIN", "Germany has never sent troops to Ukraine."),
    ("Turkey will not host talks", "ANKARA, TURKEY", "Turkey refused to host the talks."),
    ("Japan denies oil deal", "TOKYO", "Japan did not sign any deal with Russia on oil."),
    # domestic affairs
    (
        "French parliament passes pension law",
        "PARIS",
        "The French parliament approved a new pension law.",
    ),
    (
        "Kenyan police detain protesters",
        "NAIROBI, KENYA",
        "Kenyan police arrested dozens of protesters in Nairobi.",
    ),
    (
        "Chinese lawyer detained",
        "BEIJING",
        "Chinese authorities detained a prominent human rights lawyer in Beijing.",
    ),
    (
        "Pakistan army kills militants",
        "ISLAMABAD",
        "Pakistan's army killed six militants in a raid in North Waziristan.",
    ),
    (
        "Lula vetoes land bill",
        "BRASILIA, BRAZIL",
        "Brazilian President Luiz Inacio Lula da Silva vetoed a bill on indigenous lands.",
    ),
    (
        "South Korea's president reshuffles cabinet",
        "SEOUL, SOUTH KOREA",
        "South Korea's president replaced four cabinet ministers on Friday.",
    ),
    (
        "Indian government cracks down on mining",
        "NEW DELHI",
        "The Indian government cracked down on illegal mining in Goa.",
    ),
    (
        "Mexico's senate approves judicial reform",
        "MEXICO CITY",
        "Mexico's Senate approved a sweeping judicial reform.",
    ),
    (
        "Protesters rally in Tbilisi",
        "TBILISI, GEORGIA",
        "Thousands of people staged a protest in Tbilisi against a new media law.",
    ),
    (
        "Kenyan police file case",
        "NAIROBI, KENYA",
        "Kenyan police filed a case against a local politician.",
    ),
    (
        "Germany steps up search",
        "BERLIN",
        "German police stepped up their search for a missing hiker.",
    ),
    (
        "Fans clash in Marseille",
        "MARSEILLE, FRANCE",
        "English fans clashed with police after the match in Marseille.",
    ),
    # light verbs whose other objects are no events
    ("Egypt to host forum", "CAIRO", "Egypt played host to a regional economic forum."),
    ("Floods cost Pakistan dearly", "ISLAMABAD", "Pakistan paid a heavy price for the floods."),
    (
        "Minister tours flood zone",
        "NEW DELHI",
        "India's home minister made a brief visit to flood-hit areas in the south.",
    ),
    ("Lebanon trims subsidies", "BEIRUT", "Lebanon's government rolled back fuel subsidies."),
    (
        "Brazil declines to condemn Moscow",
        "BRASILIA, BRAZIL",
        "Brazil declined to condemn Moscow at the General Assembly.",
    ),
    (
        "Kenya executes budget",
        "NAIROBI, KENYA",
        "The Kenyan government executed its budget plan on time.",
    ),
    (
        "Turkish bank lends to firms",
        "ISTANBUL",
        "Turkey's central bank disbursed loans to small businesses.",
    ),
    (
        "Police crack down on drivers",
        "NEW DELHI",
        "Indian police cracked down on drunk drivers in New Delhi.",
    ),
    ("Summit ends", "BRUSSELS", "The summit in Brussels ended without a joint statement."),
    (
        "North Korea fires missile",
        "SEOUL, SOUTH KOREA",
        "North Korea fired a ballistic missile into the sea off its east coast.",
    ),
    (
        "Refugees cross into Poland",
        "WARSAW, POLAND",
        "Ukrainian refugees pushed into Poland through the night.",
    ),
    (
        "Ukraine rules out elections",
        "KYIV, UKRAINE",
        "Ukraine ruled out holding elections under martial law.",
    ),
    (
        "Tourists storm museum",
        "PARIS",
        "Chinese tourists stormed the Louvre on the first day of the holiday.",
    ),
    # light verbs and nouns of the new patterns in other senses
    (
        "India bans Chinese apps",
        "NEW DELHI",
        "The Taliban's ban on girls' education remains in force.",
    ),
    (
        "China unveils stimulus",
        "BEIJING",
        "China's stimulus package for its property sector disappointed investors.",
    ),
    ("Minister asks for patience", "LONDON", "He asked reporters for patience."),
    ("Company seeks loan", "NAIROBI, KENYA", "The company sought a loan from the World Bank."),
    (
        "Ruto at ceremony",
        "NAIROBI, KENYA",
        "Kenya's president stood with his wife at the ceremony.",
    ),
    (
        "Stadium sold",
        "LONDON",
        "The city council approved the sale of the stadium to a Saudi investor.",
    ),
    ("Pakistan rules out election", "ISLAMABAD", "Pakistan ruled out a snap election."),
    ("Investors balk at bonds", "HONG KONG", "Investors balked at the new Chinese bond issue."),
    ("Thieves storm store", "PARIS", "Thieves stormed a jewelry store in Paris."),
    ("Coach drops players", "LONDON", "The coach kicked out two players from the squad."),
    (
        "Coast guard fights fire",
        "MANILA, PHILIPPINES",
        "China's coast guard used water cannon to put out a fire on a fishing boat.",
    ),
    (
        "Sharif visits hospital",
        "ISLAMABAD",
        "Pakistan's prime minister paid a visit to a hospital in Lahore.",
    ),
    (
        "Jaishankar visits home state",
        "NEW DELHI",
        "India's foreign minister made a trip to his home state of Gujarat.",
    ),
    (
        "Emperor honors quake victims",
        "TOKYO",
        "Japan's emperor paid tribute to the victims of the earthquake.",
    ),
    ("Kremlin honors Gorbachev", "MOSCOW", "The Kremlin paid tribute to the late Soviet leader."),
    ("Germany on alert", "BERLIN", "Germany put its troops on alert."),
    (
        "Britain votes with majority",
        "UNITED NATIONS",
        "Britain sided with the majority in the vote.",
    ),
    ("Turkey reopens schools", "ANKARA, TURKEY", "Turkey reopened schools in the earthquake zone."),
    ("Japan cracks down on speeding", "TOKYO", "Japanese police cracked down on speeding drivers."),
    (
        "Cabinet approves budget",
        "NEW DELHI",
        "India's cabinet approved the sale of a state-owned steel firm.",
    ),
    (
        "Leaders at ceremony",
        "WARSAW, POLAND",
        "Poland's president stood with his Lithuanian counterpart during the national anthem.",
    ),
    (
        "Minister stood with troops",
        "KYIV, UKRAINE",
        "Ukraine's defense minister stood with soldiers at the front line.",
    ),
    # leaving a deal with no named partner is no retreat and no event (leaving a bloc or a
    # court reduces relations with it: test_events_vocabulary13)
    (
        "US quits climate deal",
        "WASHINGTON",
        "The United States withdrew from the Paris climate agreement.",
    ),
    # arrivals, markets, sport and nature with state names in them
    ("Tokyo Olympics", "TOKYO", "Tokyo hosted the 2021 Olympic Games without spectators."),
    ("Brazil to host COP30", "BELEM, BRAZIL", "Brazil hosted the COP30 climate summit in Belem."),
    (
        "India tourism record",
        "NEW DELHI",
        "India welcomed a record number of American tourists last year.",
    ),
    (
        "Germany took in refugees",
        "BERLIN",
        "Germany received more than a million Syrian refugees in 2015 and 2016.",
    ),
    ("Rouble slumps", "MOSCOW", "The Russian rouble hit a record low against the dollar."),
    ("Chinese team wins", "PARIS", "The Chinese team won gold against Japan in the final."),
    ("Wine exports fall", "PARIS", "French wine exports to China fell 10% this year."),
    (
        "Accident in Pakistan",
        "ISLAMABAD",
        "Two Chinese nationals were killed in a road accident in Pakistan.",
    ),
    ("Shark attack", "CAIRO", "A Russian tourist was attacked by a shark in Egypt."),
    ("Rains hit Pakistan", "ISLAMABAD", "Heavy monsoon rains hit Pakistan and India this week."),
    (
        "Ambassador at ceremony",
        "KYIV, UKRAINE",
        "The Chinese ambassador attended the ceremony in Kyiv.",
    ),
    (
        "Putin skips G20",
        "RIO DE JANEIRO",
        "Putin did not attend the G20 summit in Rio, Russian President Vladimir Putin's spokesman said.",
    ),
    ("Stocks", "SHANGHAI", "Indian stocks beat Chinese shares this year."),
    ("Students", "LONDON", "Chinese students are flocking to British universities."),
    (
        "Japanese carmakers",
        "TOKYO",
        "Japanese carmakers cut prices in China to fight off local rivals.",
    ),
    (
        "Korean shipbuilders",
        "SEOUL, SOUTH KOREA",
        "South Korean shipbuilders won orders from Greek shipping firms.",
    ),
    ("Film festival", "VENICE, ITALY", "An Iranian director won the top prize in Venice."),
    ("Drought", "NAIROBI, KENYA", "A severe drought struck Kenya and Somalia last year."),
    ("US team", "DOHA, QATAR", "The U.S. team tied with England in the group stage."),
    ("Migrants", "ROME", "Thousands of Tunisian migrants arrived in Italy by boat."),
    (
        "Navy sends ship",
        "MANILA, PHILIPPINES",
        "The Philippine navy sent a ship to rescue fishermen.",
    ),
    ("Hailstorm pounds Delhi", "NEW DELHI", "A hailstorm pounded New Delhi on Tuesday evening."),
    (
        "Team sent to Olympics",
        "NAIROBI, KENYA",
        "Kenya sent a delegation of 80 athletes to the Olympics in Paris.",
    ),
    (
        "Sweden courts investors",
        "STOCKHOLM",
        "Sweden invited Chinese investors to a forum on green steel.",
    ),
    (
        "Kenya invites bids",
        "NAIROBI, KENYA",
        "Kenya invited bids from Japanese firms for a new port.",
    ),
    ("Police close door", "LONDON", "The minister closed the door on a return to politics."),
    (
        "Mexico declares war on cartels",
        "MEXICO CITY",
        "Mexico's president declared war on drug cartels.",
    ),
    ("Fans trade insults", "LONDON", "English and Scottish fans traded insults before the match."),
    (
        "Storm destroys homes",
        "MANILA, PHILIPPINES",
        "Typhoon Haiyan destroyed thousands of homes in the Philippines.",
    ),
    ("Fire destroys depot", "LAGOS, NIGERIA", "A fire destroyed a fuel depot in Lagos on Sunday."),
    (
        "Germany destroys stockpile",
        "BERLIN",
        "Germany destroyed its stockpile of old artillery shells.",
    ),
    (
        "Kenya hosts US business leaders",
        "NAIROBI, KENYA",
        "Kenya hosted a delegation of American business leaders.",
    ),
    ("China sends envoy to funeral", "ROME", "China sent an envoy to the funeral in Rome."),
    ("Pakistan parade", "ISLAMABAD", "Pakistan staged a military parade in Islamabad."),
    ("Russia emergency", "MOSCOW", "Russia declared a state of emergency in the Belgorod region."),
    (
        "Bomb disposal",
        "KYIV, UKRAINE",
        "Rescue teams destroyed an unexploded Russian bomb in Kharkiv.",
    ),
    (
        "Germany recalls cars",
        "BERLIN",
        "Germany recalled 100,000 Chinese-made cars over faulty brakes.",
    ),
    ("Japan trade fair", "TOKYO", "Japan opened the door to foreign workers with a new visa."),
    # session 3 near-misses
    ("Chinese firms in Africa", "NAIROBI, KENYA", "Chinese companies are moving into Africa."),
    (
        "Ukrainians in Poland",
        "WARSAW, POLAND",
        "Millions of Ukrainians moved into Poland after the invasion.",
    ),
    ("Prices rise", "BEIJING", "The company raised prices on Chinese goods."),
    ("Soy duties", "BUENOS AIRES, ARGENTINA", "Argentina raised export duties on soybeans."),
    (
        "Ambassador leaves",
        "MOSCOW",
        "The president ordered the Russian ambassador to leave the room.",
    ),
    ("Court ruling", "LONDON", "The court ordered Russian officials to pay damages."),
    ("Museum closes", "PARIS", "The museum closed its doors in Paris."),
    ("Toll", "ANKARA, TURKEY", "The minister said she was appalled by the death toll."),
    ("Ready", "LONDON", "I am ready to work with anyone."),
    ("Plant closure", "DETROIT", "Workers protested the closure of the plant."),
    ("Players", "LONDON", "The players agreed to resume the match after the rain."),
    ("Investors", "TOKYO", "The company invited investors to visit its plant."),
    ("Abuse of power", "KYIV, UKRAINE", "The minister was accused of abusing his power."),
    (
        "Chip rules",
        "WASHINGTON",
        "China abused U.S. export control rules to buy chips, the report said.",
    ),
    ("Shoal", "MANILA, PHILIPPINES", "Fishermen blocked a road near the shoal on Monday."),
    ("Calls", "LONDON", "The coach called the players to discuss the match."),
    ("Back channel", "MUSCAT, OMAN", "Iran sent a message to the United States through Oman."),
    ("Olympic team", "TOKYO", "Japan sent a congratulatory message to its Olympic team."),
    # promoted from GAPS (session 4: fixed upstream)
    (
        "Pakistan denies seeking Chinese loans",
        "ISLAMABAD",
        "Islamabad has neither anticipated nor sought any assistance from Beijing.",
    ),
    (
        "Iran silent",
        "TEHRAN, IRAN",
        "Iran offered no condolences to Israel.",
    ),
    (
        "Pakistan tours England",
        "LONDON",
        "Pakistan's cricket team toured England last summer.",
    ),
]


def _slug(body: str) -> str:
    """A short test id from the body's first words."""
    return "-".join(body.split()[:6]).strip(".,")


def _article(head: str, dateline: str, body: str) -> str:
    return f"{head}\n\n{dateline} — {body}\n"


def _body_events(result: Result, body: str) -> list[str]:
    """The events of the body sentence(s), as "SRC>TGT:RR"."""
    start = result.article.text.index(body[:30])
    first = max(s.index for s in result.sentences if s.start <= start)
    return [f"{e.source}>{e.target}:{e.root}" for e in result.events if e.sentence_index >= first]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every case through the whole pipeline at once (one nlp.pipe batch)."""
    from newsgraph.pipeline import analyse, prepare

    settings = Settings()
    rows = [(h, d, b) for h, d, b, _ in CASES] + [(h, d, b) for h, d, b, _, _ in GAPS] + NONE
    articles = [
        prepare(RawDocument(f"<case {i}>", _article(*row), (("date", "2025-03-14"),)), settings)
        for i, row in enumerate(rows)
    ]
    out: dict[str, list[str]] = {}
    for (_, _, body), result in zip(rows, analyse(articles, settings)):
        assert isinstance(result, Result), result
        out[body] = _body_events(result, body)
    return out


@pytest.mark.model
@pytest.mark.parametrize(
    ("head", "dateline", "body", "expected"), CASES, ids=[_slug(c[2]) for c in CASES]
)
def test_events_vocabulary_codes_wire_phrasing(  # type: ignore[no-untyped-def]
    coded, head: str, dateline: str, body: str, expected: str
) -> None:
    assert _matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("head", "dateline", "body", "expected"),
    [
        pytest.param(h, d, b, e, marks=pytest.mark.xfail(reason=why), id=_slug(b))
        for h, d, b, e, why in GAPS
    ],
)
def test_events_vocabulary_known_gaps(  # type: ignore[no-untyped-def]
    coded, head: str, dateline: str, body: str, expected: str
) -> None:
    assert _matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(("head", "dateline", "body"), NONE, ids=[_slug(c[2]) for c in NONE])
def test_events_vocabulary_codes_nothing(  # type: ignore[no-untyped-def]
    coded, head: str, dateline: str, body: str
) -> None:
    assert coded[body] == [], (body, coded[body])
