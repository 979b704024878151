"""States and office holders referred back to by description (refs part 9).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.

TITLES: a bare "the emir", "the minister", "the envoy" with no named person it fits is the
latest unnamed office holder ("Qatar's emir", "India's defence minister") whose title ends with
it, within two sentences; nothing when that sentence names another state's holder of the same
title ("Egypt's foreign minister met Jordan's foreign minister") or a counterpart. An epithet
("the top diplomat") stands for its title, "the premier" also for a prime minister. "King
Abdullah of Jordan": the state after "of" is the person's, not the dateline's.

COUNTRY: "the country"/"the nation" as the subject of a clause under a verb whose subject is a
state or its official is that state ("Algeria's foreign minister said the country would close
its border with Mali"), when no other state is named before it; opening a sentence it may carry
plain adjectives ("The oil-rich nation", "The reclusive state": "state" only after one). A
plain "the country's" before a title or role ("the country's foreign minister") is that
state's office, in the same places. A possessive with no office ("the country's economy"),
"a country", "every country" and a state named with another before it give nothing.

KINDS: "the Asian giant" is China or India, whichever was named last.

BODIES: "the body", "the organization", "the 15-member body" as the subject of an active verb
are the IGO named last within three sentences; nothing when that sentence names two IGOs, when
an organisation of no state (an aid group) is named in between, or for "the body of".
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TITLES: list[Case] = [
    (
        "DOHA",
        "Qatar's emir met Ghana's president in Doha on Sunday. The emir urged Israel to allow "
        "more aid into Gaza.",
        "QAT>GHA:04 QAT>ISR:02|10",
    ),
    (
        "NEW DELHI",
        "India's defence minister toured a factory on Tuesday. The minister criticised Pakistan "
        "for harbouring militants.",
        "IND>PAK:11",
    ),
    (
        "MOSCOW",
        "Russia's envoy to the United Nations spoke on Tuesday. The envoy accused Ukraine of "
        "shelling the nuclear plant.",
        "RUS>UKR:11",
    ),
    (
        "MUSCAT",
        "Oman's sultan met Iran's foreign minister on Monday. The sultan called on the United "
        "States to resume talks with Iran.",
        "OMN>IRN:04 OMN>USA:02|10",
    ),
    (
        "RABAT",
        "Morocco's king received Spain's prime minister on Monday. The king praised Spain for "
        "its support.",
        "MAR>ESP:04 MAR>ESP:05",
    ),
    (
        "MANAMA",
        "Bahrain's crown prince met Japan's foreign minister on Saturday. The crown prince "
        "thanked Japan for its support.",
        "BHR>JPN:04 BHR>JPN:05",
    ),
    (
        "WARSAW",
        "Poland's president toured the border on Friday. The president accused Belarus of "
        "pushing migrants across it.",
        "POL>BLR:11",
    ),
    (
        "DOHA",
        "Qatar's emir met Blinken in Doha. Kuwait's emir arrived on Tuesday. The emir urged Iran "
        "to release the ship.",
        "KWT>IRN:02|10",
    ),
    (
        "CAIRO",
        "Egypt's foreign minister visited Ankara on Monday. The top diplomat urged Israel to "
        "withdraw from Rafah.",
        "EGY>TUR:04 EGY>ISR:02|10",
    ),
    (
        "DOHA",
        "Qatar's prime minister met Hamas leaders on Monday. The premier urged Israel to accept "
        "the truce.",
        "QAT>PSE:04 QAT>ISR:02|10",
    ),
    # "of" a state after a titled name is the person's state, not the dateline's
    (
        "LONDON",
        "King Abdullah of Jordan arrived in Cairo on Sunday. The king urged Israel to halt its "
        "offensive.",
        "JOR>EGY:04 JOR>ISR:02|10",
    ),
    (
        "PARIS",
        "President Hassan Sheikh Mohamud of Somalia accused Ethiopia of violating its sovereignty.",
        "SOM>ETH:11",
    ),
    # the other title holder named in the same sentence: either may be meant
    (
        "TOKYO",
        "China's premier met Japan's prime minister on Monday. The premier urged the United "
        "States to lift its tariffs.",
        "CHN>JPN:04",
    ),
    (
        "CAIRO",
        "Egypt's foreign minister met his Saudi counterpart on Monday. The top diplomat urged "
        "Israel to withdraw from Rafah.",
        "EGY>SAU:04",
    ),
    (
        "KUWAIT CITY",
        "Qatar's emir met Kuwait's emir on Sunday. The emir urged Israel to allow aid into Gaza.",
        "QAT>KWT:04",
    ),
    (
        "CAIRO",
        "Egypt's foreign minister met Jordan's foreign minister on Sunday. The foreign minister "
        "condemned Israel.",
        "EGY>JOR:04",
    ),
    (
        "ANKARA",
        "Turkey's foreign minister met his Greek counterpart on Monday. The minister accused "
        "Cyprus of provocations.",
        "TUR>GRC:04",
    ),
    (
        "BEIJING",
        "China's foreign minister spoke by phone with his Indian counterpart on Monday. The "
        "minister urged Pakistan to arrest the attackers.",
        "CHN>IND:04",
    ),
]

COUNTRY: list[Case] = [
    (
        "ALGIERS",
        "Algeria's foreign minister said on Monday that the country would close its border with "
        "Mali.",
        "DZA>MLI:16",
    ),
    (
        "NAIROBI",
        "Kenya's president William Ruto said on Monday that the country would expel the Somali "
        "ambassador.",
        "KEN>SOM:16",
    ),
    (
        "SEOUL",
        "South Korea's president said the country would impose new sanctions on North Korea.",
        "KOR>PRK:16|17",
    ),
    (
        "ISLAMABAD",
        "Pakistan's prime minister said on Sunday that the country would expel Afghan diplomats.",
        "PAK>AFG:16",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia's government said on Monday that the nation had recalled its ambassador from "
        "Egypt.",
        "ETH>EGY:16",
    ),
    (
        "KHARTOUM",
        "Sudan's army chief said the country would cut diplomatic ties with Kenya.",
        "SDN>KEN:16",
    ),
    (
        "TEHRAN",
        "Iran's foreign ministry spokesman said on Monday that the country would never abandon "
        "its nuclear program, and accused Israel of sabotage.",
        "IRN>ISR:11",
    ),
    (
        "BRUSSELS",
        "Officials in Ankara said the country would close its airspace to Israel.",
        "TUR>ISR:16",
    ),
    (
        "CARACAS",
        "Venezuela raised its oil output in March. The oil-rich nation signed a new energy deal "
        "with Russia on Tuesday.",
        "VEN>RUS:05",
    ),
    (
        "HAVANA",
        "Cuba marked the anniversary on Sunday. The communist nation accused the United States "
        "of tightening the embargo.",
        "CUB>USA:11",
    ),
    (
        "ABUJA",
        "Nigeria held elections on Saturday. The country's foreign minister accused Niger of "
        "closing the border.",
        "NGA>NER:11",
    ),
    (
        "ANKARA",
        "Turkey's president spoke on Monday. The country's defence ministry accused Greece of "
        "violating its airspace.",
        "TUR>GRC:11 GRC>TUR:15",
    ),
    (
        "SEOUL",
        "North Korea fired two missiles on Sunday. The reclusive state accused South Korea of "
        "provocations.",
        "PRK>KOR:11",
    ),
    (
        "BAMAKO",
        "Mali's junta said on Monday that the country would leave ECOWAS.",
        "",
    ),
    (
        "BERLIN",
        "A spokesman for Germany's foreign ministry said the country had summoned Russia's "
        "ambassador.",
        "DEU>RUS:11|16",
    ),
    # another state named before it, a possessive, a mixed list: nothing for the clause
    (
        "ABUJA",
        "Nigeria's president met Niger's leader on Monday. The country's foreign minister "
        "accused Chad of arming rebels.",
        "NGA>NER:04",
    ),
    (
        "PYONGYANG",
        "North Korea fired two missiles on Sunday. The state media accused South Korea of "
        "provocations.",
        "PRK>KOR:11",
    ),
    (
        "BERLIN",
        "Germany's chancellor said after meeting Poland's president that the country would send "
        "troops to Lithuania.",
        "DEU>POL:04",
    ),
    (
        "ANKARA",
        "Turkey's president said the country's economy would grow and accused Greece of "
        "provocations.",
        "TUR>GRC:11",
    ),
    (
        "PARIS",
        "France and Germany held a summit on Monday. The country will send tanks to Ukraine.",
        "FRA>DEU:04 DEU>FRA:04",
    ),
    (
        "ROME",
        "Italy's prime minister met Tunisia's president on Friday. The country will send police "
        "equipment to Tunisia.",
        "ITA>TUN:04",
    ),
]

COUNTRY_NONE: list[NearMiss] = [
    (
        "CAIRO",
        "Egypt's foreign minister told Qatar's emir on Monday that the country would expel "
        "Israeli diplomats.",
    ),
    ("KHARTOUM", "The UN's humanitarian chief said the country must allow aid into Darfur."),
    (
        "KYIV",
        "Ukraine's president said Russia had attacked power plants and the country would "
        "retaliate against Moscow.",
    ),
    (
        "DAMASCUS",
        "Syria's former president, who fled to Russia, said the country would never forgive "
        "Israel.",
    ),
    ("GENEVA", "The United Nations said every country must help Sudan."),
    (
        "HANOI",
        "Vietnam's economy grew. A country that borders China accused Beijing of dumping steel.",
    ),
    ("MADRID", "Spain's foreign minister spoke on Monday. The other country accused Morocco."),
    (
        "ANKARA",
        "Turkey's president spoke on Monday. The country's economy shrank and Greece was blamed.",
    ),
]

BODIES: list[Case] = [
    (
        "GENEVA",
        "The World Health Organization released its report on Friday. The organization urged "
        "China to share data on the outbreak.",
        "WHO>CHN:02|10",
    ),
    (
        "ADDIS ABABA",
        "The African Union held its summit on Sunday. The body called on Sudan to hold elections.",
        "AU>SDN:02|10",
    ),
    (
        "NEW YORK",
        "The UN Security Council met on Friday. The 15-member body urged Israel to allow aid "
        "into Gaza.",
        "UN>ISR:02|10",
    ),
    (
        "NEW YORK",
        "The United Nations said on Monday the organization would send aid to Gaza. Israel "
        "rejected the plan.",
        "UN>PSE:03|07 ISR>UN:12",
    ),
    (
        "VIENNA",
        "OPEC met in Vienna on Thursday. The organization urged Russia to cut output.",
        "OPEC>RUS:02|10",
    ),
    # two bodies in the latest sentence; the body of a person; a passive; an aid group between
    (
        "BRUSSELS",
        "NATO and the EU held talks on Monday. The body urged Russia to withdraw its troops.",
        "NATO>EU:04 EU>NATO:04",
    ),
    (
        "CAIRO",
        "The IMF approved a loan to Egypt. The body was returned to Israel on Monday.",
        "IMF>EGY:07",
    ),
]

BODIES_NONE: list[NearMiss] = [
    (
        "GAZA",
        "The UN said on Monday that aid was blocked. The body of a UN worker was found in Gaza.",
    ),
    (
        "GENEVA",
        "The WHO warned of an outbreak in Sudan. Doctors Without Borders said the organization "
        "would send doctors to Sudan.",
    ),
]

KINDS: list[Case] = [
    (
        "BEIJING",
        "China's economy grew 5 percent last year, officials said. The Asian giant has "
        "criticised Japan over its defence budget.",
        "CHN>JPN:11",
    ),
    (
        "NEW DELHI",
        "India and China held border talks on Monday. The Asian giant later accused Pakistan of "
        "backing militants.",
        "IND>CHN:04 CHN>IND:04",
    ),
]

KINDS_NONE: list[NearMiss] = [
    ("TEHRAN", "Iran tested a missile on Sunday. The kingdom accused Israel of lying."),
    ("TOKYO", "Japan's economy shrank in March. The Asian giant accused Vietnam of dumping."),
]

GAPS: list[Gap] = []

CASES = TITLES + COUNTRY + KINDS + BODIES
NONE = COUNTRY_NONE + KINDS_NONE + BODIES_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs9_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_refs9_codes_descriptive_references(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
