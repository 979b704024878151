"""Event vocabulary, seventeenth set (session 12): the twelfth blind set's missed forms, and
threats or criticism told in reported speech.

Vocabulary: a state's TV channels, broadcasters or websites banned, pulled off the air or
unlicensed (v.ban_media, v.pull_off_air, v.revoke_media_licence: 172); visas required of a
state's citizens (v.require_visas: 160); a body designated or listed as terrorist or
undesirable (v.designate_terrorist, v.declare_undesirable, v.add_to_terror_list: 172, a state
sponsor of terrorism 163 as v.blacklist); sovereignty handed over (v.cede_territory: 0842);
warships escorting another state's tankers (v.escort_ships: 074) or a drill ship into another
state's waters (v.escort_drill_ship: 150). Reported speech: "said Turkey would face
consequences" (v.say_threat: 130), "said the move would harm ties" (v.say_harms_ties: 111),
"said it would hit back" (v.hit_back: 130; done, 111), "would respond with retaliatory
measures" (v.respond_in_kind).

Same harness as test_events_vocabulary16.py; every sentence was written for this file. NONE
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
    # 172: a state's media banned (v.ban_media, v.pull_off_air, v.revoke_media_licence)
    (
        "VILNIUS",
        "Lithuania banned three Belarusian state TV channels on Tuesday, citing propaganda.",
        "LTU>BLR:17",
    ),
    (
        "BRUSSELS",
        "The European Union banned four more Russian media outlets on Friday.",
        "EU>RUS:17",
    ),
    (
        "ASTANA",
        "Kazakh authorities blocked two Russian propaganda websites on Friday.",
        "KAZ>RUS:17",
    ),
    ("KYIV", "Kyiv banned Russian state media outlets from its airwaves.", "UKR>RUS:17"),
    (
        "RIGA",
        "Latvia pulled three Russian television channels off the air on Monday.",
        "LVA>RUS:17",
    ),
    (
        "CHISINAU",
        "Moldova suspended the licences of six Russian TV channels on Friday.",
        "MDA>RUS:17",
    ),
    (
        "VILNIUS",
        "Lithuania has suspended the broadcasts of five Russian TV channels for three months.",
        "LTU>RUS:17",
    ),
    # 160: visas required of a state's people (v.require_visas); the cut forms stay coded
    ("TBILISI", "Georgia introduced a visa regime for Russian citizens on Monday.", "GEO>RUS:16"),
    (
        "BAKU",
        "Azerbaijan introduced visa requirements for Russian citizens on Wednesday.",
        "AZE>RUS:16",
    ),
    ("ASHGABAT", "Turkmenistan reimposed visas on Uzbek nationals in May.", "TKM>UZB:16"),
    ("MOSCOW", "Russia began requiring visas for Estonian citizens in January.", "RUS>EST:16"),
    ("ASTANA", "Kazakhstan scrapped visa-free travel for Japanese nationals.", "KAZ>JPN:16"),
    ("RIGA", "Latvia did not issue visas to Russian citizens in March.", "LVA>RUS:16"),
    # 172 designations; a state sponsor of terrorism 163 (v.designate_terrorist and kin)
    (
        "WASHINGTON",
        "The United States designated Iran's Revolutionary Guards a foreign terrorist"
        " organization in 2019.",
        "USA>IRN:17",
    ),
    (
        "OTTAWA",
        "Canada listed Iran's Revolutionary Guard as a terrorist entity on Wednesday.",
        "CAN>IRN:17",
    ),
    (
        "CANBERRA",
        "Australia listed Iran's Islamic Revolutionary Guard Corps as a state sponsor of terrorism.",
        "AUS>IRN:16",
    ),
    (
        "MOSCOW",
        "Russia declared Germany's Deutsche Welle an undesirable organisation.",
        "RUS>DEU:17",
    ),
    (
        "MOSCOW",
        "Russia added Germany's Deutsche Welle to its list of undesirable organizations.",
        "RUS>DEU:17",
    ),
    (
        "WASHINGTON",
        "The Trump administration redesignated Cuba as a state sponsor of terrorism.",
        "USA>CUB:16",
    ),
    (
        "BRUSSELS",
        "The European Union added Iran's Revolutionary Guards to its terror list.",
        "EU>IRN:17",
    ),
    # 0842: sovereignty handed over (v.cede_territory, v.hand_over)
    (
        "LONDON",
        "Britain transferred sovereignty over the Chagos archipelago to Mauritius.",
        "GBR>MUS:08",
    ),
    (
        "LONDON",
        "Britain handed over sovereignty of the Chagos Islands to Mauritius.",
        "GBR>MUS:08",
    ),
    # 'to China' under the particle 'back' (particle_adverbs, test_events_vocabulary18)
    ("HONG KONG", "Britain handed Hong Kong back to China in 1997.", "GBR>CHN:08"),
    # escorts: another state's tankers guarded (074), a drill ship into its waters (150)
    (
        "TOKYO",
        "U.S. Navy destroyers escorted Japanese oil tankers through the Strait of Hormuz.",
        "USA>JPN:07",
    ),
    (
        "NICOSIA",
        "A Turkish frigate escorted a seismic survey vessel into Cypriot waters.",
        "TUR>CYP:15",
    ),
    (
        "NICOSIA",
        "Turkey sent naval vessels to escort its drilling ship off Cyprus.",
        "TUR>CYP:15",
    ),
    (
        "KYIV",
        "American warships escorted Ukrainian grain freighters through the Black Sea.",
        "USA>UKR:07",
    ),
    # 13: a cost foretold for another state (v.say_threat)
    (
        "ATHENS",
        "Turkey sent a survey ship into disputed waters on Tuesday. Greece said Turkey would"
        " face consequences.",
        "GRC>TUR:13",
    ),
    (
        "NEW DELHI",
        "Pakistan shelled Indian posts in Kashmir. India's army chief said Pakistan would pay a"
        " heavy price.",
        "PAK>IND:19 IND>PAK:13",
    ),
    (
        "BEIJING",
        "Washington imposed sanctions on five Chinese firms. Beijing said the United States"
        " would bear the consequences.",
        "USA>CHN:16 CHN>USA:13",
    ),
    (
        "TEHRAN",
        "Israel struck a military site near Isfahan. Iran's foreign minister warned that Israel"
        " would pay a price.",
        "ISR>IRN:19 IRN>ISR:13",
    ),
    (
        "MOSCOW",
        "Norway expelled 15 Russian diplomats. Russia's foreign ministry said Oslo would face"
        " retaliation.",
        "NOR>RUS:16 RUS>NOR:13",
    ),
    (
        "BEIJING",
        "The United States sent warships through the Taiwan Strait. China said Washington would"
        " bear full responsibility for the consequences.",
        "CHN>USA:13",
    ),
    (
        "TEHRAN",
        "U.S. forces seized an Iranian tanker. Iran said the United States would be held"
        " responsible.",
        "USA>IRN:17 IRN>USA:13",
    ),
    # an act said to bring consequences answers its author (v.say_threat through _clause_act)
    (
        "CAIRO",
        "Israel seized the Rafah crossing. Egypt said the move would have serious consequences.",
        "EGY>ISR:13",
    ),
    (
        "TEHRAN",
        "Washington imposed new sanctions on Iranian oil. Iran said the decision would be met"
        " with a firm response.",
        "USA>IRN:16 IRN>USA:13",
    ),
    (
        "ANKARA",
        "Sweden allowed a Koran burning outside the Turkish embassy. Turkey said Stockholm's"
        " decision would have consequences.",
        "TUR>SWE:13",
    ),
    # 13 / 11: hitting back (v.hit_back), answering in kind (v.respond_in_kind)
    (
        "BEIJING",
        "The United States imposed new tariffs on Chinese steel. China's commerce ministry said"
        " it would hit back.",
        "USA>CHN:16 CHN>USA:13",
    ),
    (
        "BEIJING",
        "Washington added Chinese chipmakers to its entity list. China vowed to hit back.",
        "USA>CHN:16 CHN>USA:13",
    ),
    ("BEIJING", "Beijing hit back at Washington on Monday over its trade charges.", "CHN>USA:11"),
    (
        "MOSCOW",
        "Latvia banned Russian state TV channels. The Kremlin said Moscow would respond with"
        " retaliatory measures.",
        "LVA>RUS:17 RUS>LVA:13",
    ),
    (
        "CAIRO",
        "Israel expelled two Egyptian diplomats on Monday. Egypt said Cairo would respond with"
        " similar steps.",
        "ISR>EGY:16 EGY>ISR:13",
    ),
    # steps taken for one's own people are no counter-threat (v.take_steps_against)
    (
        "NEW DELHI",
        "The United States imposed tariffs on Indian rice. India said it would take similar"
        " steps to protect its farmers.",
        "USA>IND:16",
    ),
    (
        "BEIJING",
        "The United States imposed tariffs on Chinese solar panels. China said it would take"
        " similar steps.",
        "USA>CHN:16 CHN>USA:13",
    ),
    # a retaliation held in store (v.reserve_right: 130)
    (
        "TEHRAN",
        "Israel struck a drone factory near Isfahan. Iran said it reserved the right to respond.",
        "ISR>IRN:19 IRN>ISR:13",
    ),
    (
        "MOSCOW",
        "Norway seized a Russian fishing trawler. Moscow said it reserves the right to take"
        " countermeasures.",
        "NOR>RUS:17 RUS>NOR:13",
    ),
    # 11: an act said to harm ties (v.say_harms_ties); a violation already coded
    (
        "BEIJING",
        "Japan released treated water into the sea. China said the decision would harm"
        " bilateral ties.",
        "CHN>JPN:11",
    ),
    (
        "BEIJING",
        "The United States approved arms sales to Taiwan. Beijing said the move would damage"
        " relations.",
        "USA>TWN:07 CHN>USA:11",
    ),
    (
        "SEOUL",
        "Japan imposed export curbs on South Korea. South Korea said the move has damaged"
        " bilateral relations.",
        "JPN>KOR:16 KOR>JPN:11",
    ),
    (
        "BEIJING",
        "Manila approved new U.S. bases. Beijing said the decision would complicate relations.",
        "CHN>PHL:11",
    ),
    (
        "AMMAN",
        "Israel approved new settlements. Jordan said the decision was a flagrant violation of"
        " international law.",
        "JOR>ISR:11",
    ),
    # a state declared a terrorist state is no listing (172), but the name given is a wrong
    # named, as "called Israel a terrorist state" (v.call_names); a verdict verb names it
    # too (v.declare_wrong, session 46; the guidelines code denouncing 11)
    ("ANKARA", "Erdogan declared Israel a terrorist state on Wednesday.", "TUR>ISR:11"),
]

NONE: list[tuple[str, str]] = [
    ("VILNIUS", "Lithuania banned smoking in public places on Tuesday."),
    ("RIGA", "Latvia's regulator pulled a cooking show off the air after complaints."),
    ("LONDON", "Britain's regulator suspended a music channel over indecent content."),
    ("MOSCOW", "Russia banned Western social media apps for its soldiers."),
    ("CHISINAU", "Moldova shut down six pro-Russian TV channels on Friday."),
    ("ATHENS", "Greek warships escorted the ferry to Crete."),
    ("BERLIN", "Germany said Britain would bear the costs of the new port."),
    ("ROME", "Italy said the EU would face a tough choice on migration."),
    ("LONDON", "The Foreign Office said the visit would strengthen ties with India."),
    ("TEHRAN", "Iran said it reserved the right to enrich uranium."),
    ("TAIPEI", "Taiwan said it reserves the right to defend itself."),
    ("LONDON", "Britain said the deal would complicate relations with unions."),
    ("TOKYO", "Japan did not issue visas on Sunday because of the holiday."),
    ("LONDON", "Britain transferred its sovereignty claims to the courts."),
    ("BERLIN", "Germany said the drought would have serious consequences for farmers."),
    ("LONDON", "Britain said the new rules would have consequences for trade with France."),
    ("PARIS", "France said the reform would be met with a warm response from investors."),
    ("HELSINKI", "Finland introduced a new visa for digital nomads on Monday."),
    ("BAKU", "Azerbaijan introduced a visa-free regime for Chinese tourists on Wednesday."),
    ("TOKYO", "Japan introduced an electronic visa for Indian visitors."),
    ("LONDON", "Britain listed its priorities for the talks with France."),
    ("WASHINGTON", "The United States put Cuba on its list of priorities for the summit."),
    ("LONDON", "Britain handed over a petition to the Mauritian parliament."),
    ("ATHENS", "Greek coastguard boats escorted a tourist ferry into Piraeus."),
    ("ATHENS", "Greek coastguard vessels escorted a Turkish fishing boat out of Greek waters."),
    ("CAIRO", "Wheat prices rose sharply. Egypt said consumers would pay higher prices for bread."),
    ("ATHENS", "Greece said Turkey would pay its debt to the IMF early."),
    ("BERLIN", "Germany said Poland would face a difficult winter without Russian gas."),
    ("PARIS", "France said it would face consequences if it failed to act."),
    ("LONDON", "Arsenal hit back in the second half."),
    ("SEOUL", "South Korea said the storm damaged relations with its fishing towns."),
    ("OSLO", "Norway said the new rules would not harm ties with Britain."),
    ("LONDON", "Britain said the decision would harm its economy."),
    ("SEOUL", "Samsung said it would respond in kind to Apple's lawsuit."),
    ("PARIS", "Germany proposed a joint fund. France said it would respond positively."),
    ("ROME", "Italy said it would respond to the request within days."),
    (
        "CAIRO",
        "Israel sent a letter to Egypt on Monday. Egypt said it would respond to the letter.",
    ),
]

GAPS: list[tuple[str, str, str, str]] = [
    (
        "ANKARA",
        "Turkish warships escorted a drill ship into waters claimed by Cyprus.",
        "TUR>CYP:15",
        "the claimant in a participle under the waters is no place v.escort_drill_ship reads",
    ),
    (
        "HONIARA",
        "The Solomon Islands switched recognition from Taiwan to China.",
        "SLB>CHN:05 SLB>TWN:16",
        "one verb codes one pattern: the partner dropped (161) needs a second event",
    ),
    (
        "MOSCOW",
        "Finland joined NATO on Tuesday. The Kremlin said Helsinki would regret the decision.",
        "RUS>FIN:13",
        "'would regret' takes any object; v.say_threat wants a cost word as the object",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary17_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
