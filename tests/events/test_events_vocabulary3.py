"""Event vocabulary, third set: the blind hand-made set's categories (issue #5) and a
coverage audit of the least covered roots (06, 08, 10, 12, 15, 17, 18).

Same harness as test_events_vocabulary2.py: each case is a one-sentence article (neutral
headline, dateline, body) through the whole pipeline, and the body must code exactly the
listed "SRC>TGT:RR" events ("a|b" accepts either root). Every sentence here was written for
this file in wire style; none is copied from a gold set. Root choices follow the CAMEO
codebook and PETRARCH's CAMEO.2.0 verb dictionary (../shared/peers): coordinate is 050,
admit as a member 054, restricting ships' movement 191, deporting people 174, downed
drones and missiles the attacker's aerial weapons 195, "open to talks" an intent (036),
growing military or economic ties stated as fact 06. NONE holds near-misses that must code
nothing. GAPS are expected failures for reasons outside the pattern file, each with its reason.
"""

from __future__ import annotations

import pytest

from audit_cases import audit_bodies, code_audit, matches, slug  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # closing another state's mission (161): the mission's state is the target
    ("WARSAW, POLAND", "Poland closed the Russian consulate in Gdansk.", "POL>RUS:16"),
    ("WASHINGTON", "The United States closed the Chinese consulate in Houston.", "USA>CHN:16"),
    ("SANTIAGO, CHILE", "Chile closed its consulates in Venezuela.", "CHL>VEN:16"),
    # coordination (050; material cooperation 06x on defense or the economy)
    (
        "SEOUL, SOUTH KOREA",
        "Seoul is closely coordinating with Washington and Tokyo on the North Korean threat.",
        "KOR>USA:05|06 KOR>JPN:05|06",
    ),
    (
        "MANILA, PHILIPPINES",
        "The Philippines said it was coordinating closely with Japan.",
        "PHL>JPN:05|06",
    ),
    ("BERLIN", "Germany coordinated its response with France.", "DEU>FRA:05"),
    ("ROME", "Italy coordinated closely with Germany on energy supplies.", "ITA>DEU:06"),
    # negotiating agreed (036) and willingness to talk (036, not talks held)
    (
        "NAIROBI, KENYA",
        "Kenya and Ethiopia agreed to negotiate access to the port of Lamu.",
        "KEN>ETH:03|05 ETH>KEN:03|05",
    ),
    ("WASHINGTON", "The United States is open to new negotiations with Tehran.", "USA>IRN:03"),
    ("TOKYO", "Japan said it was open to talks with North Korea.", "JPN>PRK:03"),
    ("TOKYO", "Japan is open to a summit with North Korea.", "JPN>PRK:03"),
    ("WASHINGTON", "The United States is open to cooperation with India on space.", "USA>IND:03"),
    # admission as a member (054)
    ("JAKARTA, INDONESIA", "ASEAN admitted East Timor as its 11th member.", "ASEAN>TLS:05"),
    # a demand stated with "must" (10)
    ("KYIV, UKRAINE", "Ukraine said Russia must take concrete steps toward peace.", "UKR>RUS:10"),
    ("LONDON", "Britain said Iran must stop enriching uranium.", "GBR>IRN:10"),
    (
        "WASHINGTON",
        "Russia must take concrete action to end the war, the State Department said.",
        "USA>RUS:10",
    ),
    # agreeing to a truce with a named side (057)
    ("MOSCOW", "Russia agreed to a ceasefire with Ukraine.", "RUS>UKR:05|08"),
    (
        "ISLAMABAD, PAKISTAN",
        "Pakistan agreed to a truce with Afghanistan after days of fighting.",
        "PAK>AFG:05|08",
    ),
    # contact (04)
    (
        "DOHA, QATAR",
        "Qatar was in contact with Afghan and Pakistani officials.",
        "QAT>AFG:04 QAT>PAK:04",
    ),
    # calling another state's claim false (111)
    ("BEIJING", "China said the Japanese report was false.", "CHN>JPN:11"),
    ("MOSCOW", "Russia said the allegations from Britain were false.", "RUS>GBR:11"),
    ("MOSCOW", "The Kremlin dismissed Britain's allegations as not credible.", "RUS>GBR:12|11"),
    # forces stopping ships (191), not a protest blockade (144)
    (
        "MANILA, PHILIPPINES",
        "Chinese coast guard vessels blocked two Philippine supply boats near the shoal.",
        "CHN>PHL:19",
    ),
    ("TAIPEI, TAIWAN", "Chinese warships blocked a Taiwanese fishing boat.", "CHN>TWN:19"),
    # growing military or economic ties: a fact is 06, an intent 03, diplomatic ties 03
    ("TEHRAN, IRAN", "Iran is deepening its military ties with Russia.", "IRN>RUS:06"),
    ("TEHRAN, IRAN", "Iran vowed to deepen its military ties with Russia.", "IRN>RUS:03"),
    ("BRUSSELS", "Russia and China are deepening their economic ties.", "RUS>CHN:06 CHN>RUS:06"),
    (
        "JAKARTA, INDONESIA",
        "Indonesia is strengthening defense cooperation with Australia.",
        "IDN>AUS:06",
    ),
    ("TOKYO", "Japan improved relations with South Korea.", "JPN>KOR:03|05"),
    # deporting people (174) against expelling diplomats (166)
    (
        "ISLAMABAD, PAKISTAN",
        "Pakistan expelled tens of thousands of Afghans last year.",
        "PAK>AFG:17",
    ),
    ("ISLAMABAD, PAKISTAN", "Pakistan deported thousands of Afghan refugees.", "PAK>AFG:17"),
    ("ANKARA, TURKEY", "Turkey deported hundreds of Syrian migrants to Syria.", "TUR>SYR:17"),
    ("TEHRAN, IRAN", "Iran expelled two German diplomats.", "IRN>DEU:16"),
    ("BERLIN", "Germany expelled a Russian diplomat.", "DEU>RUS:16"),
    # aid received: the giver is the source
    ("DAKAR, SENEGAL", "Senegal obtained a $500 million loan from the World Bank.", "WB>SEN:07"),
    ("CHISINAU, MOLDOVA", "Moldova received 20 military trucks from Germany.", "DEU>MDA:07"),
    ("CAIRO", "Egypt secured investment pledges from the United Arab Emirates.", "ARE>EGY:03"),
    ("KYIV, UKRAINE", "Ukraine got $2 billion in aid from the European Union.", "EU>UKR:07"),
    ("ACCRA, GHANA", "Ghana received criticism from the United States.", "USA>GHA:11"),
    # aerial weapons (195)
    ("KYIV, UKRAINE", "Ukraine intercepted 40 Russian drones.", "RUS>UKR:19"),
    ("MOSCOW", "Russia's drone attack on Kyiv killed three people.", "RUS>UKR:19"),
    # (the code stays 190 here: refine reads the object subtree, never a weapon subject)
    ("MOSCOW", "Russian drones attacked Kyiv overnight.", "RUS>UKR:19"),
    # --- coverage audit of the least covered roots ---
    # 06 material cooperation
    (
        "CANBERRA, AUSTRALIA",
        "Australia and Japan held joint naval exercises in the Coral Sea.",
        "AUS>JPN:06 JPN>AUS:06",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea shared intelligence on the missile launch with Japan.",
        "KOR>JPN:06",
    ),
    ("ROME", "Italy signed a deal to buy natural gas from Algeria.", "ITA>DZA:06"),
    ("NEW DELHI", "India purchased S-400 missile systems from Russia.", "IND>RUS:06"),
    ("WARSAW, POLAND", "Poland ordered 250 tanks from the United States.", "POL>USA:06"),
    ("KYIV, UKRAINE", "Ukraine received a visit from the French president.", "FRA>UKR:04"),
    (
        "RIYADH, SAUDI ARABIA",
        "Saudi Arabia and China are cooperating on a nuclear power project.",
        "SAU>CHN:06 CHN>SAU:06",
    ),
    ("MEXICO CITY", "Mexico extradited a cartel leader to the United States.", "MEX>USA:06"),
    ("STOCKHOLM", "Sweden extradited a Kurdish activist to Turkey.", "SWE>TUR:06"),
    (
        "WASHINGTON",
        "The United States and Britain trained Ukrainian pilots on F-16 jets.",
        "USA>UKR:06 GBR>UKR:06",
    ),
    (
        "NAIROBI, KENYA",
        "Kenya and Uganda expanded trade across their shared border.",
        "KEN>UGA:06 UGA>KEN:06",
    ),
    (
        "LONDON",
        "Britain and Norway launched a joint patrol in the North Sea.",
        "GBR>NOR:06 NOR>GBR:06",
    ),
    # 08 yield
    ("DAMASCUS", "Syria released two Jordanian citizens detained last year.", "SYR>JOR:08"),
    ("TEHRAN, IRAN", "Iran freed a French national held since 2022.", "IRN>FRA:08"),
    ("MOSCOW", "Russia returned 20 Ukrainian children to their families in Ukraine.", "RUS>UKR:08"),
    ("ANKARA, TURKEY", "Turkey lifted its veto on Sweden's NATO membership.", "TUR>SWE:08"),
    ("WASHINGTON", "The United States eased sanctions on Venezuela's oil sector.", "USA>VEN:08"),
    ("KYIV, UKRAINE", "Russian troops withdrew from the Kherson region of Ukraine.", "RUS>UKR:08"),
    (
        "PYONGYANG, NORTH KOREA",
        "North Korea allowed IAEA inspectors into the Yongbyon site.",
        "PRK>IAEA:08",
    ),
    ("TEHRAN, IRAN", "Iran handed back the seized tanker to Greece.", "IRN>GRC:08"),
    # a suspect handed over is judicial cooperation (06, 063) since session 37, as the sets code it
    (
        "THE HAGUE, NETHERLANDS",
        "The Netherlands handed over the suspect to the International Criminal Court.",
        "NLD>ICC:06",
    ),
    # 10 demand
    (
        "WASHINGTON",
        "The United States demanded an explanation from China over the balloon.",
        "USA>CHN:10",
    ),
    ("KYIV, UKRAINE", "Ukraine demanded that Russia withdraw its troops.", "UKR>RUS:10"),
    ("NEW DELHI", "India insisted that Canada share evidence for its claims.", "IND>CAN:10"),
    ("BRUSSELS", "The EU demanded that Belarus free political prisoners.", "EU>BLR:10"),
    ("BEIJING", "China demanded Japan retract the remarks.", "CHN>JPN:10"),
    ("MANILA, PHILIPPINES", "Manila told Beijing to stop harassing its vessels.", "PHL>CHN:10"),
    ("WASHINGTON", "Trump told Zelenskyy to make a deal with Russia.", "USA>UKR:10|02"),
    ("TOKYO", "Japan said China should lift its ban on Japanese seafood.", "JPN>CHN:02|10"),
    # 12 reject
    ("MOSCOW", "Russia rejected the Ukrainian peace plan.", "RUS>UKR:12"),
    ("TEHRAN, IRAN", "Iran refused to allow IAEA inspectors into its sites.", "IRN>IAEA:12"),
    ("WASHINGTON", "The United States vetoed the U.N. resolution on Gaza.", "USA>UN:12"),
    ("NEW DELHI", "India turned down an offer of mediation from the United States.", "IND>USA:12"),
    ("PYONGYANG, NORTH KOREA", "North Korea dismissed South Korea's offer of talks.", "PRK>KOR:12"),
    ("ISTANBUL", "Turkey refused Sweden's request to extradite the suspects.", "TUR>SWE:12"),
    ("CAIRO", "Egypt rejected Israel's proposal to run the Rafah crossing.", "EGY>ISR:12"),
    ("BEIJING", "China refused to return the seized Philippine vessel.", "CHN>PHL:12"),
    ("MOSCOW", "Russia rejected calls from the United Nations for a ceasefire.", "RUS>UN:12"),
    ("TEHRAN, IRAN", "Iran ruled out direct talks with the United States.", "IRN>USA:12"),
    ("ANKARA, TURKEY", "Turkey defied the EU's demands over Cyprus.", "TUR>EU:12"),
    # 15 force posture
    (
        "SEOUL, SOUTH KOREA",
        "North Korea deployed troops to the border with South Korea.",
        "PRK>KOR:15",
    ),
    ("WARSAW, POLAND", "Poland moved additional troops to its border with Belarus.", "POL>BLR:15"),
    ("MOSCOW", "Russia massed troops along its border with Ukraine.", "RUS>UKR:15"),
    (
        "NEW DELHI",
        "India beefed up its military presence along the border with China.",
        "IND>CHN:15",
    ),
    ("BEIJING", "China staged military drills around Taiwan.", "CHN>TWN:15"),
    ("MOSCOW", "Russia conducted nuclear drills near the border with Finland.", "RUS>FIN:15"),
    ("KYIV, UKRAINE", "Belarus moved tanks toward its border with Ukraine.", "BLR>UKR:15"),
    (
        "TAIPEI, TAIWAN",
        "Taiwan put its forces on high alert after China sent warships near the island.",
        "CHN>TWN:15",
    ),
    # 17 coerce
    ("BEIJING", "China detained two Canadian citizens on spying charges.", "CHN>CAN:17"),
    ("MOSCOW", "Russia arrested an American journalist in Yekaterinburg.", "RUS>USA:17"),
    ("TEHRAN, IRAN", "Iran seized a British oil tanker in the Strait of Hormuz.", "IRN>GBR:17"),
    ("ISLAMABAD, PAKISTAN", "Pakistan deported 500 Afghan nationals on Monday.", "PAK>AFG:17"),
    ("MOSCOW", "Russia sentenced a U.S. soldier to four years in prison.", "RUS>USA:17"),
    ("MINSK, BELARUS", "Belarus jailed a Polish journalist.", "BLR>POL:17"),
    (
        "CARACAS, VENEZUELA",
        "Venezuela arrested three Colombian soldiers near the border.",
        "VEN>COL:17",
    ),
    ("JAKARTA, INDONESIA", "Indonesia confiscated two Vietnamese fishing boats.", "IDN>VNM:17"),
    (
        "BAKU, AZERBAIJAN",
        "Azerbaijan detained a French citizen on espionage charges.",
        "AZE>FRA:17",
    ),
    (
        "DHAKA, BANGLADESH",
        "Bangladesh expelled hundreds of Rohingya refugees to Myanmar.",
        "BGD>MMR:17",
    ),
    # 18 assault
    ("TEHRAN, IRAN", "Israel assassinated a Hamas leader in Tehran.", "ISR>PSE:18"),
    ("JERUSALEM", "Hamas took Israeli civilians hostage.", "PSE>ISR:18"),
    ("KYIV, UKRAINE", "Russian agents tried to assassinate a Ukrainian general.", "RUS>UKR:18"),
    ("KYIV, UKRAINE", "Russian agents plotted to kill Zelenskyy.", "RUS>UKR:18"),
    ("MOSCOW", "Ukraine killed a Russian general with a bomb in Moscow.", "UKR>RUS:18|19"),
    ("TEHRAN, IRAN", "Israel killed an Iranian nuclear scientist near Tehran.", "ISR>IRN:18|19"),
    ("KYIV, UKRAINE", "Russian soldiers tortured Ukrainian prisoners of war.", "RUS>UKR:18"),
    # 19 with aerial weapons (195) and armed killing
    ("KABUL, AFGHANISTAN", "Pakistani forces shot dead two Afghan border guards.", "PAK>AFG:19"),
    (
        "SRINAGAR, INDIA",
        "Indian troops shot dead three Pakistani soldiers along the Line of Control.",
        "IND>PAK:19",
    ),
    ("KYIV, UKRAINE", "Russian forces struck Kyiv with missiles and drones.", "RUS>UKR:19"),
    ("KYIV, UKRAINE", "Russia fired ballistic missiles at Ukraine.", "RUS>UKR:19"),
    ("KYIV, UKRAINE", "Russia's missile strike on Kyiv killed five people.", "RUS>UKR:19"),
    ("KYIV, UKRAINE", "Ukraine shot down a Russian drone.", "RUS>UKR:19"),
    (
        "JAKARTA, INDONESIA",
        "East Timor was admitted as ASEAN's 11th member.",
        "ASEAN>TLS:05",
    ),
    (
        "BRUSSELS",
        "Finland was admitted to NATO in April.",
        "NATO>FIN:05",
    ),
    (
        "KHARTOUM, SUDAN",
        "The army held out for weeks before agreeing to a truce with Ethiopia.",
        "SDN>ETH:05|08",
    ),
    (
        "DOHA, QATAR",
        "Qatar was in contact with officials in Kabul and Islamabad.",
        "QAT>AFG:04 QAT>PAK:04",
    ),
    (
        "PRAGUE",
        "The Czech government ordered the closure of the Russian consulate in Brno.",
        "CZE>RUS:16",
    ),
    (
        "KHARTOUM, SUDAN",
        "Sudan allowed U.N. aid convoys to enter Darfur.",
        "SDN>UN:08",
    ),
    # a work done jointly by coordinated subjects is cooperation (v.act_together reads the
    # adverb, session 27; a gap until then)
    (
        "NEW DELHI",
        "India and France are jointly developing a new jet engine.",
        "IND>FRA:06 FRA>IND:06",
    ),
]

# (dateline, body): nothing may be coded in the body
NONE: list[tuple[str, str]] = [
    ("OTTAWA", "Canada closed its consulate in Vancouver."),
    ("LONDON", "The charity coordinated relief efforts with local volunteers."),
    ("LONDON", "The club is open to talks with Chelsea."),
    ("PARIS", "The minister said the rumors were false."),
    ("MANILA, PHILIPPINES", "Chinese vessels blocked the road to the port."),
    ("KYIV, UKRAINE", "Ukraine received a letter from Poland."),
    ("NAIROBI, KENYA", "Kenya received a call from the IMF chief."),
    ("LONDON", "The company bought gas from a Norwegian supplier."),
    ("LONDON", "The minister told reporters to wait for the report."),
    ("LONDON", "The striker tried to kill time before the match."),
    ("KYIV, UKRAINE", "Ukraine tried to join NATO."),
    ("LIBREVILLE, GABON", "The rebels held the town hostage to their demands."),
    ("LONDON", "The two clubs held joint training sessions."),
    ("PARIS", "Police released the suspect on bail."),
    ("WASHINGTON", "Apple demanded an apology from the newspaper."),
    ("MOSCOW", "Russia refused to comment on the report."),
    ("BERLIN", "The company rejected the union's pay offer."),
    ("BERLIN", "Police arrested three protesters in Berlin."),
    ("TOKYO", "Japan's tsunami alert was lifted on Sunday."),
    ("LONDON", "Britain rejected the idea."),
    ("PARIS", "The teacher told students to stay home."),
    ("LONDON", "The museum bought paintings from a French collector."),
    ("LONDON", "The company bought American software."),
    ("BRUSSELS", "Oxford admitted 300 students from China."),
    ("KYIV, UKRAINE", "Ukraine is open to the idea."),
    ("TOKYO", "Japan deployed new software in its ministries."),
    ("BERLIN", "Police held the suspect for questioning."),
    ("WASHINGTON", "The senator demanded answers from the Pentagon."),
    ("LONDON", "Police shot dead a man in London."),
    ("BAGHDAD", "Militia fighters held three Turkish engineers hostage."),  # no state acts
]

# (dateline, body, expected, why): expected failures outside the pattern file
GAPS: list[tuple[str, str, str, str]] = [
    (
        "BEIJING",
        "China said the U.S. claims could not be considered credible.",
        "CHN>USA:11|12",
        "extractor: content clauses must be affirmed and modal-free; a negated credible is not read",
    ),
    (
        "ANKARA, TURKEY",
        "Turkey bought Russian S-400 missiles.",
        "TUR>RUS:06",
        "extractor: a seller named only as the object's modifier is not read apart from purchases "
        "nested under help or a credit line ('help Egypt buy Indian wheat')",
    ),
    (
        "MANILA, PHILIPPINES",
        "China sent warships into waters claimed by the Philippines.",
        "CHN>PHL:15",
        "extractor: the claimant is the passive agent of a participle under the place ('claimed by')",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every case through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)

def test_events_vocabulary3_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), CASES, ids=[slug(c[1]) for c in CASES])
def test_events_vocabulary3_codes_blind_categories(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body"), NONE, ids=[slug(c[1]) for c in NONE])
def test_events_vocabulary3_near_misses_code_nothing(  # type: ignore[no-untyped-def]
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
def test_events_vocabulary3_known_gaps(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)
