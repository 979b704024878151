"""Vocabulary 27 (session 24, builder FM): triggers and objects the "form" stage of
``eval --blocked`` found missing in silent sentences (no known trigger, object-unmatched).

Coded: held people handed to another state with no "over" are returned as "handed over"
ones are (v.hand_people_to, 0841, the people of v.hand_over_people; a letter or a trophy
handed to someone is no return). A signed instrument is any written one two parties put
their names to (v.sign takes mou, arrangement, document, instrument, plan, programme), and
a joint statement, application, proposal or bid signed together is the same accord
(v.sign_joint; a letter or a statement one signs alone is its content's act). A state's
military units, arms and craft are named by their kinds when sent or massed (v.mobilize,
v.reinforce_border: battalions, paratroopers, corvettes, howitzers; drones, fleets and
flotillas stay out); a border reinforced, fortified or militarized against the neighbour
named with it shows force (v.fortify_border, 150). Jets scrambled after another's craft
show force at its state (v.scramble_jets, 150, the after- or as-clause's subject), and
craft that approach or near a state's airspace or waters show force as those that enter
them (v.enter_waters). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HANDED_PEOPLE: list[Case] = [
    ("ANKARA", "Turkey handed the two suspects to Iraqi police on Friday.", "TUR>IRQ:06"),
    ("NIAMEY", "Niger handed three captured soldiers to Benin at the border.", "NER>BEN:08"),
    (
        "ACCRA",
        "Ghana said it would hand 20 of the detained sailors to Nigerian officials on Monday.",
        "GHA>NGA:03",
    ),
]

SIGNED_INSTRUMENTS: list[Case] = [
    (
        "ANKARA",
        "Turkey and Azerbaijan signed an MoU on energy cooperation.",
        "TUR>AZE:05 AZE>TUR:05",
    ),
    (
        "NEW DELHI",
        "Japan and India signed an action plan on maritime security.",
        "JPN>IND:05 IND>JPN:05",
    ),
    (
        "AMMAN",
        "Egypt and Jordan signed several documents on trade and investment.",
        "EGY>JOR:05 JOR>EGY:05",
    ),
    ("MUSCAT", "Qatar and Oman signed an arrangement on visa waivers.", "QAT>OMN:05 OMN>QAT:05"),
    (
        "ABUJA",
        "Nigeria and Niger signed an instrument of ratification for the border treaty.",
        "NGA>NER:05 NER>NGA:05",
    ),
    (
        "HANOI",
        "Vietnam and Cambodia signed a joint statement on border trade on Monday.",
        "VNM>KHM:05 KHM>VNM:05",
    ),
    (
        "LIMA",
        "Peru and Ecuador signed a joint application to host the 2031 Pan American Games.",
        "PER>ECU:05 ECU>PER:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a joint bid to host the 2029 Africa Cup of Nations.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
]

# the military's units, arms and craft by their kinds (v.mobilize, v.reinforce_border)
MILITARY_KINDS: list[Case] = [
    ("BAMAKO", "Mali deployed two battalions to the border with Niger on Sunday.", "MLI>NER:15"),
    ("BAKU", "Azerbaijan deployed paratroopers near the Armenian border.", "AZE>ARM:15"),
    ("ANKARA", "Turkey sent two corvettes toward the Greek island of Kastellorizo.", "TUR>GRC:15"),
    ("ISLAMABAD", "Pakistan moved an infantry division toward the Indian border.", "PAK>IND:15"),
    ("CARACAS", "Venezuela sent marines to the border with Guyana.", "VEN>GUY:15"),
    ("WARSAW", "Poland deployed howitzers along its border with Belarus.", "POL>BLR:15"),
]

# a frontier armed against the neighbour across it (v.fortify_border)
FORTIFIED_BORDERS: list[Case] = [
    ("WARSAW", "Poland fortified its border with Belarus last year.", "POL>BLR:15"),
    ("YEREVAN", "Armenia reinforced its border with Azerbaijan on Monday.", "ARM>AZE:15"),
]

# jets scrambled against another's craft (v.scramble_jets), craft nearing a state's airspace
# or waters (v.enter_waters takes approach and near)
AIR_SEA_SHOWS: list[Case] = [
    (
        "OSLO",
        "Norway said it had scrambled fighter jets twice this month after Russian military "
        "aircraft approached Norwegian airspace over the Barents Sea.",
        "NOR>RUS:15 RUS>NOR:15",
    ),
    (
        "TALLINN",
        "Estonia scrambled jets as Russian bombers flew near its airspace on Monday.",
        "EST>RUS:15",
    ),
    ("TAIPEI", "Chinese warships neared Taiwanese waters on Tuesday.", "CHN>TWN:15"),
    (
        "TOKYO",
        "Russian patrol ships approached Japanese waters near Hokkaido on Friday.",
        "RUS>JPN:15",
    ),
    # a state's plane acts for it as its aircraft does (rules agent_nouns; session 50, was a gap)
    (
        "HELSINKI",
        "Finland scrambled two fighter jets on Sunday after a Russian military plane approached "
        "Finnish airspace.",
        "FIN>RUS:15 RUS>FIN:15",
    ),
]

NONE: list[NearMiss] = [
    # things handed that are no people held, people handed to no state
    ("CAIRO", "The Egyptian minister handed a letter to the Sudanese ambassador."),
    ("PARIS", "The coach handed the trophy to the French captain."),
    ("DAKAR", "Officials handed the fishermen to their families in Dakar."),
    ("NAIROBI", "Police handed the suspects to prosecutors on Monday."),
    # signed alone, or a letter
    ("WASHINGTON", "The president signed a plan to cut taxes."),
    ("NAIROBI", "The Kenyan president signed a document pardoning 20 prisoners."),
    ("COPENHAGEN", "Dozens of Danish lawmakers signed a joint letter on Monday."),
    ("KAMPALA", "Kenya and Uganda signed a joint letter to the African Union."),
    # units and craft of no military, sent within a state
    ("SAO PAULO", "The company sent a division of engineers to the new plant."),
    ("SANTOS", "Brazil sent two cruise ships to the port."),
    ("NAHA", "Japan dispatched a squadron of fighter jets to Okinawa."),
    # jets scrambled at no state's craft, craft of no state, approaches of no craft
    ("ATHENS", "Greece scrambled helicopters after a ferry caught fire near Crete."),
    ("MANILA", "Chinese fishermen approached Philippine waters."),
    ("KHARTOUM", "The talks approached a deal on water rights with Egypt."),
    # a border's police or town reinforced is no frontier armed
    ("CHISINAU", "Moldova reinforced the border police with new recruits."),
    ("N'DJAMENA", "Chad fortified the border town with sandbags."),
]

STAFF_GAP = (
    "personnel of a state arriving in another are lent staff (06), but 'officers from "
    "Rwanda' is no actor mention (actors stage), and a group that 'would follow' names no "
    "state"
)
GAPS: list[Gap] = [
    (
        "RIGA",
        "Latvia scrambled fighter jets after two Russian bombers approached Latvian airspace on "
        "Sunday.",
        "LVA>RUS:15 RUS>LVA:15",
        "the parser reads 'scrambled' before 'fighter jets' as an adjective, and the jets as "
        "the subject of 'approached'",
    ),
    (
        "BANGUI",
        "The first 150 police officers from Rwanda arrived in the Central African Republic on "
        "Monday.",
        "RWA>CAF:06",
        STAFF_GAP,
    ),
]

CASES = HANDED_PEOPLE + SIGNED_INSTRUMENTS + MILITARY_KINDS + FORTIFIED_BORDERS + AIR_SEA_SHOWS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary27_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary27_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
