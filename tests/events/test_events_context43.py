"""Context 43 (session 27, builder S26): sides the context gives, read from set 26's extras.

Coded: a fight with no foe told years back goes on with no act of the news (reactions.
_context_target: "whose army retook the plain in 2020 while Ethiopia's military was fighting
in Tigray"); an appeal to "both countries" after a pair told in a clause dated a year back or
more goes to the story's pair (plurals._historic with ``years``: "Ecuador and Peru signed a
deal in 2023 ... urged both countries to show restraint"); "the two countries" said by a
speaker whose state no list holds is the story's pair when it holds that state ("the emir
stressed the ties between the two countries"); a telling of the act as its doer's own ("has
imposed its own sanctions") is passed over for the story's (coordination._antecedent_author,
_family_author; reactions._own_kind); "the European measures" are the EU's once the EU is
named (igos.yaml contextual); "imposed travel bans and asset freezes", whose "freezes" the
parser reads as a verb, is repaired (context._nouns_read_as_verbs); "called for dialogue" asks
both sides of the quarrel just told, as "called for calm" does. Tried and taken back, kept
as gaps: a gift naming a receiver no actor stands for goes to no state named elsewhere. Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a fight with no foe named, told years back, continues no conflict of the news
BACKGROUND_FIGHTS: list[Case] = [
    (
        "QUITO",
        "Ecuador's army said Monday that Peruvian forces had shelled two of its positions. The "
        "valley is claimed by Ecuador, whose army took back most of it in 2019 while Peru's "
        "military was fighting in the Amazon region.",
        "PER>ECU:19",
    ),
    (
        "BAKU",
        "Armenian forces shelled Azerbaijani villages on Sunday, Baku said. Azerbaijan's army "
        "regained the district in late 2023 while Armenia's troops were fighting in the north.",
        "ARM>AZE:19",
    ),
    (
        "N'DJAMENA",
        "Chad's army said on Friday that Sudanese forces had shelled the town of Adre. Two years "
        "ago, Sudan's soldiers fought in Darfur for months.",
        "SDN>TCD:19",
    ),
    # kept: the fight told with the news goes on against the same foe
    (
        "KYIV",
        "Russian forces shelled Kharkiv overnight, Kyiv said. Russian troops were also fighting "
        "near Pokrovsk on Tuesday.",
        "RUS>UKR:19 RUS>UKR:19",
    ),
    (
        "NIAMEY",
        "Mali's army struck targets in Niger on Monday, Niamey said. The Malian troops kept "
        "fighting through the night.",
        "MLI>NER:19 MLI>NER:19",
    ),
]

# an appeal to a pair: a pair told in a clause dated a year back or more is background
DATED_PAIRS: list[Case] = [
    (
        "SANTIAGO",
        "Chile on Tuesday closed its ports to Peruvian fishing boats in a row over anchovy "
        "quotas. Peru's Foreign Ministry summoned Chile's ambassador. Lima said the ban broke "
        "a 2019 accord. Ecuador and Peru signed a bilateral fishing deal in 2023 that Chile did "
        "not join. The European Union urged both countries to show restraint.",
        "CHL>PER:16 PER>CHL:11 ECU>PER:05 PER>ECU:05 EU>CHL:02 EU>PER:02",
    ),
    (
        "HANOI",
        "Vietnam on Monday barred Cambodian trucks from its border crossings in a dispute over "
        "rice tariffs. Cambodia's Commerce Ministry protested to Vietnam. Phnom Penh said the "
        "ban hurt farmers. Laos and Cambodia agreed a transit pact in 2022 that Vietnam never "
        "joined. Japan called on the two countries to settle the dispute.",
        "VNM>KHM:16 KHM>VNM:11 KHM>VNM:11 LAO>KHM:05 KHM>LAO:05 JPN>VNM:02 JPN>KHM:02",
    ),
    # kept: the dated pair is the story's own
    (
        "LIMA",
        "Ecuador and Peru fought a border war in 1995. Peru accused Ecuador on Monday of moving "
        "troops to the frontier. Quito denied the charge. Ecuador said its soldiers were on "
        "routine patrols. The United Nations urged both countries to show restraint.",
        "ECU>PER:19 PER>ECU:19 PER>ECU:11 ECU>PER:15 ECU>PER:12 UN>ECU:02 UN>PER:02",
    ),
]

# "the two countries" said by a speaker whose state no list holds: the story's pair
SPEAKER_PAIRS: list[Case] = [
    (
        "DOHA",
        "Qatar will deposit $2 billion with Egypt's central bank, the two governments said "
        "Monday after Egypt's president held talks in Doha with the emir. Egypt's finance "
        "minister thanked Doha for the help. Cairo has struggled to pay for imports. Turkey and Saudi "
        "Arabia have rolled over deposits worth about $5 billion in the past year. The Qatari "
        "news agency QNA said the emir stressed the strong ties between the two countries. "
        "Egypt's defense minister met his Qatari counterpart separately to discuss joint "
        "training. The two countries signed a security cooperation agreement in May 2024.",
        # session 55 (C55b): "held talks in Doha with the emir" codes its talks with the host
        # (v.hold_talks_in, the emir's state left unread by v.hold_talks), a second EGY>QAT:04
        "QAT>EGY:03 EGY>QAT:05 EGY>QAT:04 EGY>QAT:04 EGY>QAT:05 QAT>EGY:05",
    ),
]

# kept: a gift to a person of the state, or with no receiver named, goes to the one state
# in reach
NAMED_RECEIVERS: list[Case] = [
    (
        "QUITO",
        "Ecuador recalled its ambassador to Bolivia on Wednesday after Bolivia's president "
        "called Quito a refuge for criminals. The dispute dates to June, when Ecuador granted "
        "asylum to former Bolivian Interior Minister Carlos Mamani.",
        "ECU>BOL:16 BOL>ECU:11 ECU>BOL:07",
    ),
    (
        "BERLIN",
        "Floods have displaced 300,000 people in Somalia. Germany pledged 10 million euros on "
        "Tuesday.",
        "DEU>SOM:03",
    ),
]

# a telling as its doer's own ("its own sanctions") sets one beside the story's act
OWN_TELLINGS: list[Case] = [
    (
        "BRUSSELS",
        "The European Union imposed sanctions on 12 Nicaraguan officials on Monday. Nicaragua "
        "expelled the EU's envoy. The United States has imposed its own sanctions on hundreds "
        "of officials. Honduras welcomed the sanctions.",
        "EU>NIC:16 NIC>EU:16|17 HND>EU:05",
    ),
    (
        "LONDON",
        "Britain imposed sanctions on Iranian officials on Monday. Iran summoned the British "
        "ambassador. Canada has imposed its own sanctions on Iranian judges. Australia welcomed "
        "the sanctions.",
        "GBR>IRN:16 IRN>GBR:11 CAN>IRN:16 AUS>GBR:05",
    ),
    (
        "VIENTIANE",
        "Vietnam and Laos signed a border agreement on Monday. Cambodia signed its own agreement "
        "with Laos in 2023. Thailand welcomed the agreement.",
        "VNM>LAO:05 LAO>VNM:05 KHM>LAO:05 THA>VNM:05 THA>LAO:05",
    ),
    # kept: the own telling is the only one
    (
        "OTTAWA",
        "Canada imposed its own sanctions on Iranian judges on Monday. Australia welcomed the "
        "sanctions.",
        "CAN>IRN:16 AUS>CAN:05",
    ),
]

# "the European measures" are the EU's once the EU is named; not before
EUROPEAN_ACTS: list[Case] = [
    (
        "MINSK",
        "The European Union on Monday imposed travel bans on 10 Belarusian officials. Belarus "
        "ordered the EU's envoy to leave the country. China's Foreign Ministry called the "
        "European measures illegitimate.",
        "EU>BLR:16 BLR>EU:16 CHN>EU:11",
    ),
    # kept: coded before through the tariffs' telling; with no EU named, no EU
    (
        "BEIJING",
        "The European Union raised tariffs on Chinese electric cars on Tuesday. Beijing "
        "condemned the European tariffs as protectionism.",
        "EU>CHN:16 CHN>EU:11",
    ),
    (
        "BELGRADE",
        "Serbia signed a gas deal with Russia on Monday. Kosovo criticized the European "
        "sanctions on Moscow.",
        "SRB>RUS:05",
    ),
]

# a plural noun closing or opening the object list, read as a verb ("imposed travel bans and
# asset freezes on ...": "freezes" as a clause), is the object again (context._nouns_read_as_verbs)
FREEZES: list[Case] = [
    (
        "OTTAWA",
        "Canada imposed travel bans and asset freezes on six Russian officials on Friday.",
        "CAN>RUS:16",
    ),
    (
        "LONDON",
        "Britain on Tuesday imposed asset freezes and travel bans on five Iranian commanders.",
        "GBR>IRN:16",
    ),
    # kept: a real clause after the object
    (
        "BRUSSELS",
        "The EU imposed sanctions on Belarus and Minsk denies any wrongdoing.",
        "EU>BLR:16",
    ),
]

# the noun's own word marked as another's own gives way to the rest of its family
OWN_FAMILY: list[Case] = [
    (
        "BANGKOK",
        "Vietnam and Laos signed a border deal on Monday. Cambodia signed its own agreement "
        "with Laos in 2023. Thailand welcomed the agreement.",
        "VNM>LAO:05 LAO>VNM:05 KHM>LAO:05 THA>VNM:05 THA>LAO:05",
    ),
]

# an appeal for dialogue with no target of its own goes to both sides of the quarrel just
# told, as one for calm does (rules.yaml calming_words)
DIALOGUE: list[Case] = [
    (
        "LA PAZ",
        "Chile closed its border with Peru on Monday. Peru's Foreign Ministry summoned Chile's "
        "ambassador. Bolivia called for dialogue.",
        "CHL>PER:16 PER>CHL:11 BOL>CHL:02 BOL>PER:02",
    ),
    (
        "ASUNCION",
        "Argentina accused Uruguay of polluting the river on Friday. Uruguay rejected the "
        "accusation. Paraguay, which trades with both countries, called for dialogue.",
        "ARG>URY:11 URY>ARG:12 PRY>ARG:02 PRY>URY:02",
    ),
    # kept: no quarrel told, no sides
    (
        "LA PAZ",
        "Chile and Peru signed a trade deal on Monday. Bolivia called for dialogue.",
        "CHL>PER:05 PER>CHL:05",
    ),
]

NONE: list[NearMiss] = [
    ("TOKYO", "Japan imposed export curbs and Russia responds with threats."),
]
RECEIVER_GAP = (
    "a gift naming a receiver no actor stands for still goes to the one state in reach (tried: "
    "cost 'gave $10 million to the national disaster agency' of the flooded state)"
)
GAPS: list[Gap] = [
    (
        "CHISINAU",
        "Moldova summoned Romania's ambassador on Wednesday after a Romanian minister spoke at "
        "a festival in Balti. Moldova's Foreign Ministry called the remarks unacceptable. The "
        "minister told a crowd at the festival on Saturday that Romania would give 2 million "
        "euros to groups organizing a local vote on union.",
        "MDA>ROU:11",
        RECEIVER_GAP,
    ),
    (
        "NICOSIA",
        "Turkey's minister said in Nicosia that Ankara would give $3 million to charities "
        "working in the north.",
        "",
        RECEIVER_GAP,
    ),
]
CASES = (
    BACKGROUND_FIGHTS
    + DATED_PAIRS
    + SPEAKER_PAIRS
    + NAMED_RECEIVERS
    + OWN_TELLINGS
    + EUROPEAN_ACTS
    + FREEZES
    + OWN_FAMILY
    + DIALOGUE
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context43_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context43_sides(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
