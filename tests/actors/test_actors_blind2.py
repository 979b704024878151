"""Actor rules from the second blind audit, each checked on sentences written for it.

Non-state armed groups are no state (listed ones and unlisted proper names
ending in "Forces"/"Army"/"Front"); a ruling movement's name for its state;
plural references that take the parties, not the mediators; "its prime
minister"; a pronoun for the official, not a private person; a bare IGO head
title; "the three diplomats" after "three Russian diplomats"; "the group" for
the bloc just named. Near misses sit beside each rule. All sentences are
parsed in one batch (see ``test_actors_coverage``).
"""

from __future__ import annotations

import pytest

from test_actors_blind import run_cases
from test_actors_coverage import Case

CASES = (
    # 4. armed groups without a state: listed, and unlisted proper names
    Case("armed-rsf", "Chad accused the Rapid Support Forces of shelling border villages.",
         "Rapid Support Forces", None, forbid="SDN"),
    Case("armed-rsf-acronym", "The Sudanese army said the RSF had attacked El Obeid.",
         "RSF", None, forbid="SDN"),
    Case("armed-sdf", "The Syrian Democratic Forces said on Monday that they had captured the town.",
         "Syrian Democratic Forces", None, forbid="SYR"),
    Case("armed-unlisted", "The Zambezi Popular Liberation Front attacked a Mozambican army post.",
         "Zambezi Popular Liberation Front", None, forbid="MOZ"),
    Case("armed-unlisted-demonym", "The Free Malian Army said it had seized two towns on Sunday.",
         "Free Malian Army", None, forbid="MLI"),
    Case("armed-ttp", "The Pakistani Taliban, or TTP, claimed the attack on the police station.",
         "Pakistani Taliban", None, forbid="AFG"),
    Case("armed-ttp-not-pak", "The Pakistani Taliban claimed the bombing in Peshawar.",
         "Pakistani Taliban", None, forbid="PAK"),
    Case("armed-its", "The Kivu Defense Front said on Monday that its fighters had withdrawn.",
         "its", None, forbid="COD"),
    # near misses: a state's own forces keep their state
    Case("armed-state-forces", "The Sudanese Armed Forces shelled the city on Monday.",
         "Sudanese Armed Forces", "SDN"),
    Case("armed-state-aerospace", "Russian Aerospace Forces struck targets in Ukraine.",
         "Russian", "RUS"),
    Case("armed-state-listed", "The People's Liberation Army held drills near Taiwan.",
         "People's Liberation Army", "CHN"),
    Case("armed-state-role", "Sudanese forces attacked the camp on Monday.", "Sudanese forces", "SDN"),
    Case("armed-state-possessive", "Ukraine's Unmanned Systems Forces struck a refinery in "
         "Russia on Monday.", "Ukraine", "UKR"),
    Case("armed-state-defence", "The Kenya Defence Forces said they had killed militants near "
         "the border.", "Kenya Defence Forces", "KEN"),
    Case("armed-state-listed-unit", "U.S. Forces Korea said the drills would continue.",
         "U.S. Forces Korea", "USA"),
    Case("armed-state-taliban", "The Taliban recalled their envoy from Islamabad.", "Taliban", "AFG"),
    # 3. a ruling movement's name for its state
    Case("emirate", "“The Islamic Emirate will respond to this aggression,” the spokesman said.",
         "Islamic Emirate", "AFG"),
    Case("emirate-of", "The Islamic Emirate of Afghanistan protested to Pakistan.",
         "Islamic Emirate of Afghanistan", "AFG"),
    # 6. plural references take the parties, not the mediators or the actor itself
    Case("sides-not-mediators",
         "Thailand and Cambodia traded artillery fire before a ceasefire brokered by Malaysia "
         "and China, and talks between the two governments in Kuala Lumpur stalled.",
         "the two governments", "KHM"),
    Case("sides-not-mediators-near",
         "Thailand and Cambodia traded artillery fire before a ceasefire brokered by Malaysia "
         "and China, and talks between the two governments in Kuala Lumpur stalled.",
         "the two governments", None, forbid="MYS"),
    Case("sides-not-subject",
         "Serbia and Kosovo blamed each other for the clash. Hungary and Austria offered help. "
         "Austria's foreign minister urged both sides on Friday to calm tensions.",
         "both sides", None, forbid="AUT"),
    Case("sides-not-subject-parties",
         "Serbia and Kosovo blamed each other for the clash. Hungary and Austria offered help. "
         "Austria's foreign minister urged both sides on Friday to calm tensions.",
         "both sides", "SRB"),
    Case("sides-called-on",
         "Armenia and Azerbaijan exchanged fire on Monday. Georgia called on both sides to withdraw.",
         "both sides", "AZE"),
    # a numbered plural with no list: the latest sentence with exactly that many parties
    Case("sides-sentence-back", "Armenian and Azerbaijani troops exchanged fire on Tuesday. "
         "Armenia's Defense Ministry said four soldiers were wounded. Armenian Prime Minister "
         "Aram Petrosyan accused Baku of planning the attack. He ordered more troops to the "
         "border. By evening, the two governments had agreed to a ceasefire.",
         "the two governments", "AZE"),
    Case("sides-delegations-back", "Congolese Foreign Minister Jean Nkosi said his country would "
         "honor the deal and called on "
         "Kigali to withdraw. The African Union welcomed the truce. Kenya's foreign minister "
         "thanked both delegations for their flexibility.", "both delegations", "RWA",
         dateline="KINSHASA"),
    # near miss: a speaker's "the two countries" far back must hold the speaker's state
    Case("sides-speaker-back", "Argentine President Martin Ibarra called Ruiz, Chile's "
         "president-elect, to congratulate her. Spain's prime minister also sent a message. "
         "Brazil's president, Lucas Andrade, said he hoped the two countries would deepen "
         "cooperation.", "the two countries", None, forbid="ARG"),
    # an external affairs minister is a foreign minister: a bare "Minister X" after it is his
    Case("minister-external", "India's external affairs minister arrived in Cairo on Sunday. "
         "Minister Rajan Mehta was received at the airport by his Egyptian counterpart.",
         "Rajan Mehta", "IND", dateline="CAIRO"),
    # near miss: mediators named as the subject are still "the two countries"
    Case("sides-mediators-subject",
         "Peru and Ecuador clashed last year. Brazil and Chile mediated the talks on Monday. "
         "The two countries said they would keep mediating.",
         "The two countries", "CHL"),
    Case("sides-joint-subject",
         "Japan and South Korea held talks in Tokyo. Both sides agreed to expand cooperation.",
         "Both sides", "KOR"),
    # 2. "its" + an office: the office of the state or IGO "its" stands for
    Case("its-pm", "Moldova joined the customs pact on Sunday. Its prime minister thanked "
         "the members for their support.", "Its prime minister", "MDA"),
    Case("its-ministry", "Belarus's government rejected the report. Its Foreign Ministry said "
         "the vote was an internal affair.", "Its Foreign Ministry", "BLR"),
    Case("its-igo-head", "The OSCE opened its annual meeting in Vienna. Its secretary general "
         "called for a ceasefire.", "Its secretary general", "OSCE"),
    Case("its-police", "Lithuania expelled a Belarusian diplomat, days after its police "
         "detained two men.", "its police", "LTU"),
    # near miss: a former holder acts for no one
    Case("its-former", "Moldova signed the deal on Monday. Its former president criticized "
         "the agreement.", "former president", None, forbid="MDA"),
    # 7. "he" doing an official act: the official, not a private person
    Case("he-official", "President Gustavo Reyes said the fugitive, Carlos Mendoza, had fled "
         "to Madrid. Mendoza is wanted for fraud. He had raised the case in a phone call with "
         "the Spanish prime minister.", "He", "COL", dateline="BOGOTA"),
    Case("he-nameless-title", "Peru asked Brazil to hand over Jorge Salas, a former banker. "
         "Salas denies the charges. The office of Peru's president said she had raised the "
         "case with the Brazilian foreign minister.", "she", "PER"),
    # near miss: a private person's own act stays his
    Case("he-private", "Jorge Salas, a former banker, fled to Brazil last year. Salas denies "
         "the charges. He said he would fight extradition.", "He", None, forbid="BRA"),
    # 1. an IGO head title with no body stated: the IGO just named, and later the surname
    Case("igo-head-bare", "The World Health Organization warned on Monday that cholera cases "
         "were rising. Director General Amara Osei said the agency needed more funds.",
         "Amara Osei", "WHO", dateline="GENEVA"),
    Case("igo-head-surname", "The World Health Organization warned on Monday that cholera cases "
         "were rising. Director General Amara Osei said the agency needed more funds. Osei met "
         "Yemen's health minister in Aden on Tuesday.", "Osei met", "WHO", dateline="GENEVA"),
    Case("igo-head-stated", "IAEA Director General Matti Laine arrived in Tehran on Monday. "
         "Laine met Iranian Foreign Minister Reza Amini.", "Laine met", "IAEA"),
    # near miss: no IGO in the article, no IGO for the title
    Case("igo-head-none", "Pakistan's intelligence chief met Afghan officials on Monday. "
         "Director General Asim Malik said the talks were useful.", "Asim Malik", None,
         forbid="UN", dateline="ISLAMABAD"),
    # 5. "the three diplomats" after "three Russian diplomats": that group
    Case("diplomats-same", "The Czech government said it would expel two Russian diplomats. "
         "Prague ordered the two diplomats to leave within a week.", "the two diplomats", "RUS",
         dateline="PRAGUE"),
    Case("diplomats-number", "Hungary expelled three Belarusian diplomats and two Russian "
         "diplomats. Budapest ordered the three diplomats to leave.", "the three diplomats", "BLR"),
    Case("diplomats-number-near", "Hungary expelled three Belarusian diplomats and two Russian "
         "diplomats. Budapest ordered the three diplomats to leave.", "the three diplomats", None,
         forbid="RUS"),
    # 6. "the group": the bloc named just before, never an organisation in between
    Case("group-bloc", "Leaders of the Association of Southeast Asian Nations met on Sunday. "
         "India will sign a trade deal with the bloc on Monday. Japan will also hold talks "
         "with the group this week.", "the group", "ASEAN"),
    Case("group-g7", "G7 leaders met in Canada on Monday. The group said it would support "
         "Ukraine.", "The group", "G7"),
    Case("group-not-ngo", "ASEAN leaders met on Monday. Amnesty International criticized "
         "Myanmar. The group said the junta had killed civilians.", "The group", None,
         forbid="ASEAN"),
    Case("group-not-armed", "The EU imposed sanctions on Iran. Hamas praised Iran. The group "
         "said the sanctions were unjust.", "The group", None, forbid="EU"),
    Case("members-igo", "Moldova was admitted to the bloc at the EU summit. Its prime minister "
         "thanked member states for their support.", "member states", "EU"),
    # near miss: no IGO named before, no actor
    Case("members-none", "Moldova thanked member states for their support.", "member states",
         None, forbid="MDA"),
    Case("junta-name", "The State Administration Council rejected the statement on Monday.",
         "State Administration Council", "MMR"),
    Case("junta-army", "The Tatmadaw shelled villages near the border on Sunday.", "Tatmadaw",
         "MMR"),
    # near miss: a parallel government rules no state
    Case("parallel-government", "Envoys met representatives of Myanmar's opposition National "
         "Unity Government on Monday.", "National Unity Government", None, forbid="MMR"),
    Case("islamic-state-no-state", "The Islamic State group claimed the bombing in Kabul.",
         "Islamic State", None, forbid="AFG"),
)


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    return run_cases(list(CASES))


def test_actors_blind2_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_blind2_resolves(case: Case, results: dict[str, str | None]) -> None:
    assert results[case.id] is None, f"{case.text}\n{results[case.id]}"
