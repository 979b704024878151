"""Pair references and pronouns (refs part 12).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.

EACH_OTHER: "each" opening the subject and "the other" as the complement ("Each side accused
the other of ...", "each blamed the other") is said of a pair as "each other" is: every pair
both ways, after any act that named the pair, not only after a clash. "The other members",
"traders on each side of the border" name no pair.

GAMES: a pair reference to two states named in a game (a contest word such as "cup" or
"final", or a score such as "2-1") is two teams: no act ("Brazil beat Argentina 2-1. The two
sides blamed each other").

OBJECT_PRONOUNS: an object pronoun is never the person its own verb's subject stands for, even
when that subject is a pronoun itself ("Modi spoke with Putin. He invited him to visit India":
him = Putin); "invited him" is an invitation as "invited Macron" is.

JOINED_PEOPLE: people of two states joined by "and" as a subject are what a "they" or an
object "them" after them stands for, as joined states are ("Pashinyan and Aliyev held talks.
Macron urged them to sign": ARM and AZE); people of no state ("his wife") give nothing.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

EACH_OTHER: list[Case] = [
    (
        "KHARTOUM",
        "Sudan and South Sudan held talks on oil fees on Monday. Each side accused the other "
        "of blocking a deal.",
        "SDN>SSD:04 SSD>SDN:04 SDN>SSD:11 SSD>SDN:11",
    ),
    (
        "NAIROBI",
        "Kenya and Somalia held talks on their sea border on Monday. Each country accused the "
        "other of bad faith.",
        "KEN>SOM:04 SOM>KEN:04 KEN>SOM:11 SOM>KEN:11",
    ),
    (
        "BEIRUT",
        "Israel and Lebanon agreed a truce on Monday. Each government later charged the other "
        "with violating it.",
        "ISR>LBN:05 LBN>ISR:05 ISR>LBN:11 LBN>ISR:11",
    ),
    (
        "GAZA",
        "Israel and Hamas agreed a final deal on hostages on Monday. Each side accused the "
        "other of delays.",
        "ISR>PSE:05 PSE>ISR:05 ISR>PSE:11 PSE>ISR:11",
    ),
    (
        "CAIRO",
        "Egypt and Ethiopia held talks on the dam on Monday. Afterwards each blamed the other "
        "for the deadlock.",
        "EGY>ETH:04 ETH>EGY:04 EGY>ETH:11 ETH>EGY:11",
    ),
    (
        "ISLAMABAD",
        "Pakistani and Afghan forces clashed at the Torkham crossing on Sunday. Each side "
        "blamed the other for starting the fighting.",
        "PAK>AFG:19 AFG>PAK:19 PAK>AFG:11 AFG>PAK:11",
    ),
    (
        "ISLAMABAD",
        "Pakistani and Afghan forces clashed at the Chaman crossing on Sunday. Traders on each "
        "side of the border waited for the gate to reopen.",
        "PAK>AFG:19 AFG>PAK:19",
    ),
    (
        "BANGKOK",
        "Thailand and Cambodia agreed a ceasefire on Monday. The neighbours later accused each "
        "other of breaching it.",
        "THA>KHM:05 KHM>THA:05 THA>KHM:11 KHM>THA:11",
    ),
]

EACH_OTHER_NONE: list[NearMiss] = [
    (
        "MADRID",
        "Spain's two largest parties met on Monday. Each side accused the other of blocking "
        "the budget.",
    ),
    (
        "LONDON",
        "Shell and BP reported record profits on Tuesday. The two sides accused each other of "
        "poaching staff.",
    ),
    ("NEW DELHI", "Two Indian ministers accused each other of corruption on Monday."),
]

GAMES_NONE: list[NearMiss] = [
    (
        "RIO DE JANEIRO",
        "Brazil beat Argentina 2-1 in Rio on Sunday. The two sides blamed each other for the "
        "rough play.",
    ),
    (
        "RIYADH",
        "Saudi Arabia and the UAE played to a draw in the Gulf Cup on Sunday. Each side blamed "
        "the other for the dull match.",
    ),
    (
        "DUBLIN",
        "Irish and British fans clashed before the rugby final on Saturday. Each side blamed "
        "the other for the violence.",
    ),
    (
        "LIMA",
        "Peru and Chile drew 1-1 in Lima on Tuesday. Both sides accused each other of time "
        "wasting.",
    ),
]

OBJECT_PRONOUNS: list[Case] = [
    (
        "NEW DELHI",
        "Indian Prime Minister Narendra Modi spoke with Russian President Vladimir Putin by "
        "phone on Monday. He invited him to visit India.",
        "IND>RUS:04 IND>RUS:03",
    ),
    (
        "ADDIS ABABA",
        "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto on Monday. He "
        "later thanked him for his support.",
        "ETH>KEN:04 ETH>KEN:05",
    ),
    (
        "BERLIN",
        "French President Emmanuel Macron visited Berlin on Monday. German Chancellor Olaf "
        "Scholz invited him to address the Bundestag.",
        "FRA>DEU:04 DEU>FRA:03",
    ),
    (
        "SEOUL",
        "Japanese Foreign Minister Yoko Kamikawa arrived in Seoul on Tuesday. South Korean "
        "President Yoon Suk Yeol thanked her for Japan's support.",
        "JPN>KOR:04 KOR>JPN:05",
    ),
]

OBJECT_PRONOUNS_NONE: list[NearMiss] = [
    (
        "WASHINGTON",
        "Former President George Bush and his son spoke at the library on Monday. Bush "
        "praised them for their service.",
    ),
    (
        "PARIS",
        "French and German farmers protested in Brussels on Monday. Police urged them to go home.",
    ),
    (
        "BUENOS AIRES",
        "Argentina received its first F-16 jets on Monday. Brazil's air force chief called "
        "them outdated.",
    ),
]

JOINED_PEOPLE: list[Case] = [
    (
        "PARIS",
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held "
        "talks in Paris on Monday. French President Emmanuel Macron urged them to sign a peace "
        "treaty.",
        "ARM>AZE:04 AZE>ARM:04 FRA>ARM:02 FRA>AZE:02",
    ),
    (
        "WASHINGTON",
        "Rwandan President Paul Kagame and Congolese President Felix Tshisekedi signed a peace "
        "deal on Friday. Qatar congratulated them.",
        "RWA>COD:05 COD>RWA:05 QAT>RWA:05 QAT>COD:05",
    ),
    (
        "MOSCOW",
        "Russian President Vladimir Putin and Chinese President Xi Jinping met in Moscow on "
        "Monday. They signed a pact on energy.",
        "RUS>CHN:04 CHN>RUS:04 RUS>CHN:05 CHN>RUS:05",
    ),
    (
        "KIGALI",
        "Rwandan President Paul Kagame and Congolese President Felix Tshisekedi met at a forum "
        "on Friday. Students applauded them.",
        "RWA>COD:04 COD>RWA:04",
    ),
    # an agreed swap by a joint subject: both ways (joint_pledge_verbs; a gap until session 14)
    (
        "ISTANBUL",
        "Russian and Ukrainian delegations met in Istanbul on Friday. The two sides agreed to "
        "swap prisoners.",
        "RUS>UKR:04 UKR>RUS:04 RUS>UKR:03 UKR>RUS:03",
    ),
]

JOINED_PEOPLE_NONE: list[NearMiss] = [
    (
        "MOSCOW",
        "Russian President Vladimir Putin and his wife visited a church on Sunday. Priests "
        "blessed them.",
    ),
]

GAPS: list[Gap] = [
    (
        "CARACAS",
        "Venezuela and Guyana met in St Vincent on Thursday. Both sides pledged not to use force.",
        "VEN>GUY:04 GUY>VEN:04 VEN>GUY:03 GUY>VEN:03",
        "a joint pledge with no target of its own codes nothing (intent acts are one-way)",
    ),
]

CASES = EACH_OTHER + OBJECT_PRONOUNS + JOINED_PEOPLE
NONE = EACH_OTHER_NONE + GAMES_NONE + OBJECT_PRONOUNS_NONE + JOINED_PEOPLE_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs12_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_refs12_codes_pairs_and_pronouns(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
