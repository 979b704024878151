"""Event vocabulary, second set: a root-by-root audit (01-20) on wire sentences we wrote.

Same harness as test_events_vocabulary.py: each case is a one-sentence article (neutral
headline, dateline, body) through the whole pipeline, and the body must code exactly the
listed "SRC>TGT:RR" events ("a|b" accepts either root). The sentences vary the voice (active,
passive, nominal, phrasal and light verbs, reported speech) and name real states and IGOs.
NONE holds near-misses that must code nothing (sports, companies, people, metaphors,
hypotheticals, negations, domestic affairs, acts with no second party). GAPS are expected
failures for reasons outside the pattern file, each with the reason.
"""

from __future__ import annotations

import pytest

from audit_cases import audit_bodies, code_audit, matches, slug  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # 01 public statements
    ("BRASILIA, BRAZIL", "Brazil voiced concern to Venezuela over the disputed election.", "BRA>VEN:11|01"),
    ("TOKYO", "Japan offered words of support to the Philippines.", "JPN>PHL:05|01"),
    ("OTTAWA", "Canada expressed regret over India's decision to expel its diplomats.", "CAN>IND:11|01"),
    ("ATHENS, GREECE", "Condolences were sent to Turkey by the Greek prime minister.", "GRC>TUR:01"),
    # 02 appeal
    ("NAIROBI, KENYA", "Kenya appealed to the United Nations for more funding for the Haiti mission.", "KEN>UN:02"),
    ("WARSAW, POLAND", "Poland requested additional Patriot batteries from the United States.", "POL>USA:02"),
    ("AMMAN, JORDAN", "Jordan urged Israel to halt settlement expansion.", "JOR>ISR:02"),
    ("MEXICO CITY", "Mexico lobbied Washington to delay the tariffs.", "MEX>USA:02"),
    ("WASHINGTON", "The United States pressured Israel to accept the ceasefire.", "USA>ISR:02"),
    ("CAIRO", "Egypt called for Israel to withdraw from the Rafah crossing.", "EGY>ISR:02"),
    ("ADDIS ABABA, ETHIOPIA", "The African Union asked Sudan's warring parties to agree to a ceasefire.", "AU>SDN:02"),
    ("TAIPEI, TAIWAN", "Taiwan sought support from Japan for its bid to join the trade pact.", "TWN>JPN:02"),
    ("MANILA, PHILIPPINES", "The Philippines made an appeal to China to stop harassing its fishermen.", "PHL>CHN:02"),
    ("MANILA, PHILIPPINES", "An appeal was made to China by the Philippines to stop harassing its fishermen.", "PHL>CHN:02"),
    ("KYIV, UKRAINE", "Ukraine renewed its appeal to Germany for Taurus missiles.", "UKR>DEU:02"),
    # 03 intent to cooperate
    ("PARIS", "France committed to training Ukrainian pilots.", "FRA>UKR:03"),
    ("BERLIN", "Germany committed to supplying more air defense systems to Ukraine.", "DEU>UKR:03"),
    ("ANKARA, TURKEY", "Turkey expressed readiness to host new talks between Russia and Ukraine.", "TUR>RUS:03 TUR>UKR:03"),
    ("DOHA, QATAR", "Qatar expressed its willingness to mediate between Israel and Hamas.", "QAT>ISR:03 QAT>PSE:03"),
    ("MOSCOW", "Russia expressed its desire to improve relations with Japan.", "RUS>JPN:03"),
    ("TOKYO", "Japan voiced its willingness to resume talks with North Korea.", "JPN>PRK:03"),
    ("DOHA, QATAR", "Qatar offered to host negotiations between Israel and Hamas.", "QAT>ISR:03 QAT>PSE:03"),
    ("BEIJING", "China promised to buy more American soybeans.", "CHN>USA:03"),
    ("TOKYO", "Japan pledged to support Ukraine.", "JPN>UKR:03"),
    ("ANKARA, TURKEY", "Turkey offered to mediate between Russia and Ukraine.", "TUR>RUS:03 TUR>UKR:03"),
    ("BEIJING", "China extended an invitation to Brazil's president to visit Beijing.", "CHN>BRA:03"),
    # 04 consult
    ("NEW DELHI", "Modi held a phone call with Putin on Tuesday.", "IND>RUS:04"),
    (
        "WASHINGTON",
        "U.S. Secretary of State Antony Blinken spoke by phone with his Turkish counterpart.",
        "USA>TUR:04",
    ),
    ("PARIS", "Macron hosted Zelenskyy at the Elysee Palace.", "FRA>UKR:04"),
    ("BEIJING", "Xi received the Vietnamese prime minister in Beijing.", "CHN>VNM:04"),
    ("MOSCOW", "The Indian foreign minister traveled to Moscow for talks with Lavrov.", "IND>RUS:04"),
    ("ANKARA, TURKEY", "Erdogan welcomed the Iraqi prime minister to Ankara.", "TUR>IRQ:04"),
    ("BEIJING", "Lavrov was received by Chinese Foreign Minister Wang Yi in Beijing.", "CHN>RUS:04"),
    ("OSLO, NORWAY", "Norway is mediating between Colombia and the ELN rebels.", "NOR>COL:04"),
    ("BERLIN", "German Chancellor Olaf Scholz paid a visit to China.", "DEU>CHN:04"),
    ("NEW DELHI", "Saudi Arabia's crown prince made an official visit to India.", "SAU>IND:04"),
    ("WASHINGTON", "The United States and China resumed talks on climate.", "USA>CHN:04 CHN>USA:04"),
    # 05 cooperate (verbal)
    ("RABAT, MOROCCO", "The agreement was signed by Israel and Morocco in Rabat.", "ISR>MAR:05 MAR>ISR:05"),
    ("TOKYO", "Japan praised the Philippines for its commitment to regional security.", "JPN>PHL:05"),
    ("BERLIN", "Germany thanked Qatar for its role in freeing the hostages.", "DEU>QAT:05"),
    ("WASHINGTON", "The United States recognized Israel's sovereignty over the Golan Heights.", "USA>ISR:05"),
    ("SEOUL, SOUTH KOREA", "South Korea apologized to Japan over the incident.", "KOR>JPN:05"),
    ("CAIRO", "Egypt welcomed Saudi Arabia's decision to invest in its economy.", "EGY>SAU:05"),
    ("BEIJING", "China endorsed Brazil's peace plan for Ukraine.", "CHN>BRA:05"),
    ("SEOUL, SOUTH KOREA", "Seoul said it had agreed with Tokyo to resume security talks.", "KOR>JPN:05"),
    (
        "WASHINGTON",
        "The United States welcomed the ceasefire agreement between Israel and Lebanon.",
        "USA>ISR:05 USA>LBN:05",
    ),
    ("CAIRO", "Egypt hailed the agreement between Sudan and South Sudan.", "EGY>SDN:05 EGY>SSD:05"),
    # 06 cooperate (material)
    ("SEOUL, SOUTH KOREA", "The United States and South Korea held joint military exercises.", "USA>KOR:06 KOR>USA:06"),
    ("LONDON", "Britain shared intelligence with Ukraine about Russian troop movements.", "GBR>UKR:06"),
    ("OTTAWA", "Canada teamed up with Mexico to fight drug trafficking.", "CAN>MEX:06"),
    ("WARSAW, POLAND", "France trained Ukrainian soldiers in Poland.", "FRA>UKR:06"),
    ("WASHINGTON", "The United States trained Ukrainian pilots on F-16 jets.", "USA>UKR:06"),
    # 07 provide aid
    ("TOKYO", "Japan provided $500 million in humanitarian aid to Ukraine.", "JPN>UKR:07"),
    ("WASHINGTON", "The World Bank approved a $1 billion loan for Egypt.", "WB>EGY:07"),
    ("ISLAMABAD", "The IMF disbursed $700 million to Pakistan.", "IMF>PAK:07"),
    ("ISLAMABAD", "Saudi Arabia deposited $3 billion in Pakistan's central bank.", "SAU>PAK:07"),
    ("CHISINAU, MOLDOVA", "The European Union gave Moldova 1.8 billion euros.", "EU>MDA:07"),
    ("COLOMBO, SRI LANKA", "China lent Sri Lanka $1 billion.", "CHN>LKA:07"),
    (
        "KYIV, UKRAINE",
        "Military aid worth $400 million was approved for Ukraine by the United States.",
        "USA>UKR:07",
    ),
    ("TAIPEI, TAIWAN", "The United States stepped up military support for Taiwan.", "USA>TWN:07"),
    # 08 yield
    ("ANKARA, TURKEY", "Turkey lifted its veto on Sweden's NATO membership.", "TUR>SWE:08"),
    ("BUDAPEST, HUNGARY", "Hungary withdrew its objection to Finland's NATO bid.", "HUN>FIN:08"),
    ("BAKU, AZERBAIJAN", "Azerbaijan ceded the district to Armenia.", "AZE>ARM:08"),
    ("YEREVAN, ARMENIA", "Armenia handed over four villages to Azerbaijan.", "ARM>AZE:08"),
    ("CARACAS, VENEZUELA", "Venezuela freed six American detainees.", "VEN>USA:08"),
    ("BRUSSELS", "The European Union eased restrictions on Belarusian potash.", "EU>BLR:08"),
    ("KYIV, UKRAINE", "Russia and Ukraine swapped prisoners.", "RUS>UKR:08 UKR>RUS:08"),
    # 09 investigate
    ("VIENNA", "The IAEA inspected Iran's nuclear facilities.", "IAEA>IRN:09"),
    ("THE HAGUE, NETHERLANDS", "The ICC opened an investigation into Russia's actions in Ukraine.", "ICC>RUS:09"),
    # 10 demand
    ("KYIV, UKRAINE", "Ukraine demanded compensation from Russia.", "UKR>RUS:10"),
    ("WARSAW, POLAND", "Poland demanded reparations from Germany.", "POL>DEU:10"),
    ("VIENNA", "The IAEA demanded access to Iran's nuclear sites.", "IAEA>IRN:10"),
    (
        "WASHINGTON",
        "The United States demanded that China stop its military drills near Taiwan.",
        "USA>CHN:10",
    ),
    # 11 disapprove
    ("MOSCOW", "Russia accused Ukraine of shelling the nuclear plant.", "RUS>UKR:11"),
    ("TEHRAN, IRAN", "Iran blamed Israel for the assassination.", "IRN>ISR:11"),
    ("ISLAMABAD", "Pakistan lashed out at India over the dam.", "PAK>IND:11"),
    ("BEIJING", "Beijing slammed Tokyo's decision to release treated water.", "CHN>JPN:11"),
    ("ANKARA, TURKEY", "Israel was condemned by Turkey for the raid.", "TUR>ISR:11"),
    ("NEW DELHI", "India hit back at Pakistan over its comments on Kashmir.", "IND>PAK:11"),
    ("TOKYO", "North Korea's missile launch drew condemnation from Japan.", "JPN>PRK:11"),
    ("BEIJING", "China summoned the Japanese ambassador over the remarks.", "CHN>JPN:11"),
    ("MANILA, PHILIPPINES", "The Philippines lodged a complaint with China over the collision.", "PHL>CHN:11"),
    # 12 reject
    ("TEHRAN, IRAN", "Iran rejected the U.S. proposal.", "IRN>USA:12"),
    ("JERUSALEM", "Israel rebuffed a French call for a ceasefire.", "ISR>FRA:12"),
    ("KYIV, UKRAINE", "Ukraine turned down Russia's offer of a ceasefire.", "UKR>RUS:12"),
    ("UNITED NATIONS", "Russia vetoed a U.N. Security Council resolution on Ukraine.", "RUS>UN:12"),
    ("BRATISLAVA, SLOVAKIA", "Slovakia blocked the EU statement on Israel.", "SVK>EU:12"),
    # 13 threaten
    ("SEOUL, SOUTH KOREA", "North Korea threatened South Korea with a nuclear attack.", "PRK>KOR:13"),
    ("BEIJING", "China warned the Philippines against further provocations.", "CHN>PHL:13"),
    ("TEHRAN, IRAN", "Iran said it would retaliate against Israel.", "IRN>ISR:13"),
    ("SEOUL, SOUTH KOREA", "North Korea warned it would retaliate against South Korea.", "PRK>KOR:13"),
    ("MOSCOW", "Russia vowed to respond to Finland's NATO accession.", "RUS>FIN:13"),
    ("WASHINGTON", "The United States issued an ultimatum to the Taliban.", "USA>AFG:13"),
    (
        "JERUSALEM",
        "Israeli jets struck military sites in Iran on Friday. Tehran vowed to retaliate.",
        "ISR>IRN:19 IRN>ISR:13",
    ),
    (
        "OTTAWA",
        "The United States imposed tariffs on Canadian steel. Canada said it would retaliate.",
        "USA>CAN:16 CAN>USA:13",
    ),
    # 14 protest
    ("TEHRAN, IRAN", "Iranian students staged a protest against Britain.", "IRN>GBR:14"),
    # 15 force posture
    ("TAIPEI, TAIWAN", "China deployed warships near Taiwan.", "CHN>TWN:15"),
    ("NEW DELHI", "India reinforced troops along the border with China.", "IND>CHN:15"),
    ("HELSINKI, FINLAND", "Russia reinforced its troops along the border with Finland.", "RUS>FIN:15"),
    ("TAIPEI, TAIWAN", "Chinese fighter jets entered Taiwan's air defense identification zone.", "CHN>TWN:15"),
    ("TALLINN, ESTONIA", "Russia violated Estonia's airspace.", "RUS>EST:15"),
    ("TOKYO", "Japan's deployment of missiles near Taiwan alarmed Beijing.", "JPN>TWN:15"),
    # 16 reduce relations
    ("NIAMEY, NIGER", "Niger ordered French troops to leave.", "NER>FRA:16"),
    ("BAMAKO, MALI", "Mali told the U.N. peacekeeping mission to leave the country.", "MLI>UN:16"),
    ("MOSCOW", "Russia told the Estonian ambassador to leave the country.", "RUS>EST:16"),
    ("OTTAWA", "Canada recalled its ambassador from Saudi Arabia.", "CAN>SAU:16"),
    ("BAKU, AZERBAIJAN", "Azerbaijan closed its embassy in Tehran.", "AZE>IRN:16"),
    ("VILNIUS, LITHUANIA", "Lithuania downgraded diplomatic ties with China.", "LTU>CHN:16"),
    ("MOSCOW", "Moscow declared a German diplomat persona non grata.", "RUS>DEU:16"),
    ("WARSAW, POLAND", "Two Russian diplomats were expelled by Poland.", "POL>RUS:16"),
    ("MOSCOW", "Russia suspended talks with Ukraine.", "RUS>UKR:16"),
    ("WASHINGTON", "The United States blacklisted Chinese firms.", "USA>CHN:16"),
    ("BRUSSELS", "Sanctions were imposed on Iranian drone makers by the European Union.", "EU>IRN:16"),
    ("BEIJING", "China halted imports of Australian coal.", "CHN>AUS:16"),
    ("BEIJING", "China retaliated with tariffs on American soybeans.", "CHN>USA:16"),
    # 17 coerce
    ("MOSCOW", "An American journalist was detained by Russia.", "RUS>USA:17"),
    ("TEHRAN, IRAN", "Iran arrested a French citizen on spying charges.", "IRN>FRA:17"),
    ("MOSCOW", "Russia confiscated the assets of German companies.", "RUS>DEU:17"),
    ("JERUSALEM", "Israel deported Turkish activists.", "ISR>TUR:17"),
    ("TEHRAN, IRAN", "Iran seized a Greek tanker.", "IRN>GRC:17"),
    # 19 fight
    ("JERUSALEM", "Iran retaliated against Israel with a barrage of missiles.", "IRN>ISR:19"),
    ("KYIV, UKRAINE", "Russia used cluster munitions against Ukrainian cities.", "RUS>UKR:19"),
    ("BEIRUT", "Israel launched a ground operation in Lebanon.", "ISR>LBN:19"),
    ("SANAA, YEMEN", "Saudi Arabia began a bombing campaign in Yemen.", "SAU>YEM:19"),
    ("KYIV, UKRAINE", "Kyiv was struck by Russian missiles overnight.", "RUS>UKR:19"),
    ("ISLAMABAD", "Pakistan carried out airstrikes in Afghanistan.", "PAK>AFG:19"),
    ("KYIV, UKRAINE", "Ukraine attacked a Russian oil refinery with drones.", "UKR>RUS:19"),
    ("NEW DELHI", "Indian and Chinese troops clashed in the Galwan Valley.", "IND>CHN:19 CHN>IND:19"),
    ("BANGKOK", "Thai and Cambodian troops exchanged fire along the border.", "THA>KHM:19 KHM>THA:19"),
    ("TEHRAN, IRAN", "The killing of an Iranian general by Israel sparked fears of war.", "ISR>IRN:19|18"),
    ("KYIV, UKRAINE", "The killing of Ukrainian civilians by Russia was condemned.", "RUS>UKR:19|18"),
    ("JERUSALEM", "Israel said it had struck Hezbollah targets in Lebanon.", "ISR>LBN:19"),
    ("MOSCOW", "Russia said its forces had shot down 30 Ukrainian drones.", "UKR>RUS:19"),
    ("LONDON", "Britain joined the United States in striking Houthi targets in Yemen.", "GBR>YEM:19"),
    # 20 mass violence
    ("KYIV, UKRAINE", "Russia used chemical weapons against Ukrainian troops.", "RUS>UKR:20"),
    (
        "KYIV, UKRAINE",
        "Russian forces captured the town of Avdiivka.",
        "RUS>UKR:19",
    ),
    # a known gap until session 13, which made it pass
    (
        "KYIV, UKRAINE",
        "Ukraine was given additional air defense systems by Germany.",
        "DEU>UKR:07",
    ),
    # a gap until session 13: phrases under the adverb 'back' are the verb's (particle_adverbs)
    (
        "YEREVAN, ARMENIA",
        "Armenia handed four villages back to Azerbaijan.",
        "ARM>AZE:08",
    ),
    # a gap until session 37: a ship of another state's flag seized is an act on that state
    # (v.detain_vessel, as sets 5, 18, 31 and 49 code it)
    ("TEHRAN, IRAN", "Iran seized a British-flagged tanker.", "IRN>GBR:17"),
    # a pledge to respond to a crisis placed in a state is aid pledged to it (session 63, T63's
    # placed recipient: the near miss it was, with no state party, no longer holds)
    ("BRUSSELS", "The EU pledged to respond to the humanitarian crisis in Sudan.", "EU>SDN:03"),
]

# (dateline, body): nothing may be coded in the body
NONE: list[tuple[str, str]] = [
    # retaliation: sports, people, negation, no party
    ("MUNICH, GERMANY", "Spain retaliated with two late goals against Germany."),
    ("LONDON", "The striker retaliated against the defender."),
    ("DETROIT", "Workers threatened to retaliate against the company."),
    ("TEHRAN, IRAN", "Iran did not retaliate against Israel."),
    ("TEHRAN, IRAN", "Iran vowed to retaliate."),
    # orders to leave: residents, sports, own troops
    ("JERUSALEM", "Israel ordered residents of northern Gaza to leave their homes."),
    ("LONDON", "The coach told his players to leave the field."),
    ("LONDON", "Chelsea ordered Brazilian striker Neymar to leave the training camp."),
    ("NIAMEY, NIGER", "Niger ordered its troops to leave the border area."),
    # pledges, commitments and readiness with no state party
    ("HANOI, VIETNAM", "The company committed to investing in Vietnam."),
    ("TOKYO", "Japan committed to cutting emissions by half."),
    ("NEW DELHI", "Apple expressed interest in expanding in India."),
    ("BEIJING", "China expressed its readiness to defend its sovereignty."),
    ("TAIPEI, TAIWAN", "Taiwan expressed its readiness to defend itself against China."),
    # money that is no aid
    ("MANCHESTER, ENGLAND", "Manchester United paid 80 million pounds to Real Madrid for the striker."),
    ("MOSCOW", "Russia paid $2 billion to India for the rice."),
    ("TOKYO", "Japan's central bank gave banks 2 trillion yen in loans."),
    ("NEW YORK", "The bank lent the company $5 million."),
    ("LONDON", "The Bank of England left interest rates unchanged."),
    # yielding, inspecting, withdrawing at home or in sport
    ("WASHINGTON", "The senator dropped her objection to the bill."),
    ("ANKARA, TURKEY", "Turkey dropped its objection to the new stadium design."),
    ("MEXICO CITY", "The company inspected its plants in Mexico."),
    ("SAO PAULO, BRAZIL", "Brazil's Petrobras inspected its offshore oil platforms."),
    ("LONDON", "The striker pulled out of the match with a knee injury."),
    ("MOSCOW", "Russia pulled out of the Eurovision song contest."),
    ("WASHINGTON", "The United States pulled out of the Paris climate agreement."),
    ("BOGOTA, COLOMBIA", "The farmers handed the land back to the company."),
    ("LONDON", "The fans made an appeal to the club to keep the coach."),
    # force and weapons with no second state
    ("MOSCOW", "Russia reinforced its troops with North Korean soldiers."),
    ("DHAKA, BANGLADESH", "The army used drones to monitor the floods."),
    ("RIO DE JANEIRO", "Brazil and Argentina agreed to resume the friendly match."),
    ("RIO DE JANEIRO", "Brazil agreed with Argentina to resume the friendly match."),
    ("DETROIT", "The union agreed with the company to resume negotiations."),
    # metaphors, hypotheticals, negations and domestic force
    ("BUENOS AIRES, ARGENTINA", "Inflation attacked the savings of Argentine families."),
    ("BRUSSELS", "China's exports invaded European markets."),
    ("SAO PAULO, BRAZIL", "Brazil's central bank fired a warning shot at markets."),
    ("CUPERTINO, CALIFORNIA", "Apple bombed in China last quarter."),
    ("BRUSSELS", "If Russia attacks a NATO member, the alliance will respond."),
    ("TBILISI, GEORGIA", "Russia could invade Georgia, analysts warned."),
    ("BERLIN", "Germany is not sending Taurus missiles to Ukraine."),
    ("NEW DELHI", "India has never threatened Pakistan, the minister said."),
    ("TOKYO", "Japan refused to condemn Russia."),
    ("TAIPEI, TAIWAN", "Would China attack Taiwan?"),
    ("QUETTA, PAKISTAN", "Pakistan's army attacked militants in Balochistan."),
    ("ABUJA, NIGERIA", "Nigeria's military bombed bandit camps in Zamfara state."),
    ("NEW DELHI", "Indian police arrested opposition leaders in Delhi."),
    # training, demands, killings and deployments with no second state
    ("KYIV, UKRAINE", "Ukraine trained its own soldiers in Poland."),
    ("MADRID", "The coach trained young players in Madrid."),
    ("DETROIT", "The union demanded access to the company's books."),
    ("NAIROBI, KENYA", "The killing of elephants in Kenya has fallen."),
    ("MEXICO CITY", "The killing of a journalist in Mexico shocked the nation."),
    ("NEW DELHI", "The deployment of broadband in rural India is slow."),
    ("JUBA, SOUTH SUDAN", "China's deployment of peacekeepers in South Sudan was praised."),
    ("NIAMEY, NIGER", "The United States launched a rescue operation in Niger."),
    ("TAIPEI, TAIWAN", "China launched a diplomatic campaign against Taiwan."),
    ("MUMBAI, INDIA", "The company launched an advertising campaign in India."),
    ("BRASILIA, BRAZIL", "Brazil launched a military operation against gold miners in the Amazon."),
    # welcoming and words of support that are no act on a state
    ("DOHA, QATAR", "Qatar welcomed the match between Brazil and Argentina."),
    ("PARIS", "The mayor welcomed the merger between the two French banks."),
    ("TOKYO", "Japan offered words of encouragement to its Olympic team."),
    # pushing that is no appeal between states
    ("BUENOS AIRES, ARGENTINA", "Inflation pushed Argentina to devalue its currency."),
    ("LONDON", "The coach pushed his players to train harder."),
    # evacuating one's own citizens is no act on the host state
    ("NEW DELHI", "India evacuated its citizens from Sudan."),
    ("SEOUL, SOUTH KOREA", "South Korea evacuated its citizens from Israel."),
    # no second party, or no act
    ("ADDIS ABABA, ETHIOPIA", "Ethiopia walked out of the talks."),
    ("MOSCOW", "The Kremlin declined to comment on reports of talks with Washington."),
    ("SEOUL, SOUTH KOREA", "North Korea warned it would retaliate if the drills went ahead."),
    # a sea named after a state is a place, not the state (was a known gap until session 11)
    ("TEHRAN, IRAN", "Iran seized a tanker in the Gulf of Oman."),
]

# (dateline, body, expected, why): expected failures outside the pattern file
GAPS: list[tuple[str, str, str, str]] = [
    (
        "NEW DELHI",
        "Talks were held between India and Pakistan in Islamabad.",
        "IND>PAK:04 PAK>IND:04",
        "extractor: a passive reciprocal light verb has no subjects; the between-phrase is not read",
    ),
    (
        "BEIJING",
        "China condemned the U.S. decision to sell arms to Taiwan.",
        "CHN>USA:11 USA>TWN:07",
        "extractor: the infinitive under 'the U.S. decision' takes the main clause's subject",
    ),
    (
        "BUDAPEST, HUNGARY",
        "Hungary vetoed the EU's aid package for Ukraine.",
        "HUN>EU:12",
        "extractor: a nominal aid package under a veto/block verb is still coded EU>UKR 07",
    ),
    (
        "TEHRAN, IRAN",
        "Iran may retaliate against Israel, analysts said.",
        "",
        "extractor: speculation (may) reported by analysts takes the pattern's future_code (13)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every case through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)

def test_events_vocabulary2_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), CASES, ids=[slug(c[1]) for c in CASES])
def test_events_vocabulary2_codes_audit_sentences(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body"), NONE, ids=[slug(c[1]) for c in NONE])
def test_events_vocabulary2_near_misses_code_nothing(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str
) -> None:
    assert coded[body] == [], (body, coded[body])


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [
        pytest.param(d, b, e, marks=pytest.mark.xfail(reason=why), id=slug(b))
        for d, b, e, why in GAPS
    ],
)
def test_events_vocabulary2_known_gaps(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)
