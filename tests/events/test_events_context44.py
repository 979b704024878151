"""Context 44 (session 28, builder S27): pairs a plural reference takes, read from set 27's
extras.

A list a preposition picks out as examples ("lost 5,000 head of cattle mostly to Mali and
Guinea", "went mainly to Tanzania and Kenya": plurals.yaml sample_words, read by
plurals._bystander as route_preps are) is no pair "the two presidents" or "both countries"
refers to later; the story's pair is. A pair told in a clause dated a year back or more is
background for a third party in contact with "both governments" as it is for one appealing
to them (plurals._choose: appeal or _contacted). Kept: a list named plainly, and a pair
told days back, are still taken. A crop's or a farm year's "season" in the sentence is no
sports season: two states agreeing to set a common price "after a season in which ..." settle
it between them (v.agree_joint unless_words keep "match", "friendly", "league", not
"season"). A visit by a foreigner told as the frame of a verb done in a place ("signed a gas
deal in Tashkent during a visit by Turkey's vice president") is made to that place's state,
whoever the verb's doers are (nominals host_args: the host verb's in-phrase); the visitor's
own place is none. Training another state's specialists ("would train 600 Uzbek engineers")
is material cooperation (v.train_specialists 060, 03 when pledged), and a share of a cost lent
to a state ("will lend Laos up to 70% of the cost") economic aid (v.lend_share 071); fees paid
to a state for a service ("will pay Cameroon $12 a barrel in transit fees") economic
cooperation (v.pay_fees 061). A dateline with an agency's credit ("DUBLIN (Reuters) -") names
its state (sides._dateline_host stopped at the parenthesis and gave none), and a trip that
goes "on" to a place of that state ("BEIJING ... He travels on to Shanghai") is the visit
there going on, no new one (extract._trip_on_within, rules continuing_particles); on to
another state ("travels on to Nicosia" from Athens) it is one. Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a list picked out as examples names no sides
SAMPLE_LISTS: list[Case] = [
    (
        "DAKAR",
        "Senegal and Mali agreed on Monday to run joint patrols against cattle theft. Senegal "
        "lost about 5,000 head of cattle last year, mostly to Mali and Guinea, officials said. "
        "The two presidents agreed to meet again in Bamako in June.",
        "SEN>MLI:05 MLI>SEN:05 SEN>MLI:03 MLI>SEN:03",
    ),
    (
        "LUSAKA",
        "Zambia and Malawi signed a maize trade pact on Tuesday. Zambian maize sold abroad went "
        "mainly to Tanzania and Kenya last season. The two presidents will meet again in June.",
        "ZMB>MWI:05 MWI>ZMB:05 ZMB>MWI:04 MWI>ZMB:04",
    ),
    (
        "HANOI",
        "Vietnam and Laos signed a power deal on Friday. Laotian coffee is sold chiefly to "
        "Thailand and Cambodia. The European Union praised both countries.",
        "VNM>LAO:05 LAO>VNM:05 EU>VNM:05 EU>LAO:05",
    ),
    # kept: a list named plainly is still the pair
    (
        "BAMAKO",
        "Senegal and Mali agreed on Monday to run joint patrols against cattle theft. Mali and "
        "Guinea signed a grazing pact in March. The two presidents will meet in June.",
        "SEN>MLI:05 MLI>SEN:05 MLI>GIN:05 GIN>MLI:05 MLI>GIN:04 GIN>MLI:04",
    ),
]

# a third party in contact with "both governments" after a pair dated years back
DATED_CONTACTS: list[Case] = [
    (
        "TIRANA",
        "Albania lodged a protest with Montenegro on Monday over a dam on their shared river. "
        "Albania's Foreign Ministry asked Podgorica to halt the work. North Macedonia and "
        "Montenegro agreed in 2021 that the dam would be built by 2030. A European Commission "
        "spokesperson said the Commission was in contact with both governments.",
        "ALB>MNE:11 ALB>MNE:02 MKD>MNE:05 MNE>MKD:05 EU>ALB:04 EU>MNE:04",
    ),
    (
        "VIENTIANE",
        "Laos filed a complaint with Cambodia on Tuesday over a sand-mining barge on the Mekong. "
        "Laos asked Phnom Penh to remove the barge. Thailand and Cambodia signed a river accord "
        "in 2019. Japan's Foreign Ministry was in touch with both governments.",
        "LAO>KHM:11 LAO>KHM:02 THA>KHM:05 KHM>THA:05 JPN>LAO:04 JPN>KHM:04",
    ),
    # kept: a pair told days back is the news
    (
        "LILONGWE",
        "Zambia complained to Malawi on Monday over maize smuggling. Malawi and Mozambique "
        "signed a border accord on Sunday. Britain said it was in contact with both governments.",
        "ZMB>MWI:11 MWI>MOZ:05 MOZ>MWI:05 GBR>MWI:04 GBR>MOZ:04",
    ),
]

# a farm season is no sports season
SEASONS: list[Case] = [
    (
        "DAKAR",
        "Senegal and Mali, which together raise most of the region's cattle, agreed on Tuesday "
        "to set a common price for cattle, after a season in which thousands of head crossed "
        "illegally into neighboring countries.",
        "SEN>MLI:05 MLI>SEN:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo agreed on Monday to set a common price for cocoa before the main crop "
        "season.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
]

# a visit framing a verb done in a place is made to that place
VISIT_PLACES: list[Case] = [
    (
        "ANKARA",
        "Uzbekistan signed a gas deal in Tashkent on Monday during a visit by Turkish Vice "
        "President Cevdet Yilmaz.",
        "TUR>UZB:04",
    ),
    (
        "MOSCOW",
        "Uzbekistan signed a contract with Russia's state gas company Gazprom on Tuesday to build "
        "a pipeline. The contract was signed in Tashkent by Gazprom's director general, Ivan "
        "Petrov, and the head of Uzbekistan's energy agency, Aziz Karimov, during a visit by "
        "Russian Deputy Prime Minister Oleg Sokolov.",
        # the head of Russia's state gas company signs for Russia (session 32 ruling): the
        # passive joint signing is both sides' (as test_events_coord21's ministers)
        "UZB>RUS:05 UZB>RUS:05 RUS>UZB:05 RUS>UZB:04",
    ),
    # kept: no place named, a deal with another state tells nothing of the visit
    (
        "JAKARTA",
        "Vietnam signed a trade deal with the Philippines on Monday during a visit by "
        "Indonesia's president.",
        "VNM>PHL:05",
    ),
]

# specialists trained, a share of a cost lent
TERMS: list[Case] = [
    ("HANOI", "Japan trained 200 Vietnamese nurses at hospitals in Osaka last year.", "JPN>VNM:06"),
    (
        "TASHKENT",
        "Gordeyev said Moscow valued the deal and would train 600 Uzbek engineers at Russian "
        "universities.",
        "RUS>UZB:03",
    ),
    (
        "VIENTIANE",
        "Under the deal, China will lend Laos up to 70% of the cost through a state credit.",
        "CHN>LAO:07|03",
    ),
    (
        "YAOUNDE",
        "Under the deal, Chad will pay Cameroon about $12 a barrel in transit and processing fees.",
        "TCD>CMR:06|03",
    ),
    ("DJIBOUTI", "Ethiopia pays Djibouti more than $1 billion a year in port fees.", "ETH>DJI:06"),
]

# a trip on within the dateline's state; a dateline with an agency credit
TRIPS_ON: list[Case] = [
    (
        "BEIJING (Reuters)",
        "Samoa's prime minister met China's premier in Beijing on Thursday. He travels on to "
        "Shanghai on Friday.",
        "WSM>CHN:04",
    ),
    (
        "DUBLIN (Reuters)",
        "Norway's defence minister arrived on Monday for a two-day visit.",
        "NOR>IRL:04",
    ),
    # kept: on to another state is a visit; a trip not told as going on is coded as before
    (
        "ATHENS (Reuters)",
        "Egypt's president signed a deal in Athens on Wednesday. Egypt's president travels on "
        "to Nicosia on Thursday for talks with Cyprus' president.",
        "EGY>CYP:04",
    ),
    (
        "SHANGHAI (Reuters)",
        "Samoa's prime minister met China's premier in Beijing on Thursday. He travels to "
        "Shanghai on Friday.",
        "WSM>CHN:04 WSM>CHN:04",
    ),
]

NONE: list[NearMiss] = [
    ("ASTANA", "Kazakhstan will train its own engineers at home, the energy ministry said."),
    ("SEOUL", "South Korea will train 50 Korean doctors in Germany."),
    ("NUR-SULTAN", "The government will lend local farmers 60% of the cost of new tractors."),
    ("NAIROBI", "Kenya will pay its nurses higher fees for night shifts."),
    ("MOMBASA", "Kenyan students pay British universities high fees."),
    (
        "HANOI",
        "Vietnam signed a trade deal in Hanoi on Monday during a visit by Vietnam's president.",
    ),
    (
        "BAMAKO",
        "Senegal and Mali agreed on Tuesday to share a friendly match season with a common "
        "ticket price.",
    ),
]

GAPS: list[Gap] = [
    (
        "PHNOM PENH",
        "Laos filed a complaint with Cambodia on Monday over a dredging barge on the Mekong. "
        "Laos asked Phnom Penh to tow the barge away. Thailand and Cambodia signed a river "
        "accord in 2018. Japan said it was in touch with both governments.",
        "LAO>KHM:11 LAO>KHM:02 THA>KHM:05 KHM>THA:05 JPN>LAO:04 JPN>KHM:04",
        "a speaker's own 'it' is the plural's actor only through the speaker: the story's pair "
        "(_named_pair) then wants the speaker's state among its members and gives none",
    ),
]
CASES = SAMPLE_LISTS + DATED_CONTACTS + SEASONS + VISIT_PLACES + TERMS + TRIPS_ON


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context44_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context44_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
