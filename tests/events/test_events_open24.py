"""Open gaps 24 (session 24, builder OL): open gaps of earlier builders, precision first.

Coded: a resident envoy who is or stays in a capital is posted there, no visitor (v.be_in
unless_subject: "The Hungarian ambassador would stay in Warsaw" gave 036); an answer
promised if the other side lowers or waives a charge is no threat (v.respond_if
unless_words: "would reciprocate if Tanzania cut its port fees" gave 130); givers named
together give alongside one another, not to each other (reactions._givers in
_sole_recipient: "Egypt and Jordan sent rescue teams to the flooded villages" gave EGY<>JOR
073); a quarrel or a fight told by its frequency is standing background, no act (habit_words
of v.clash_over, v.clash_leader, v.fight: "The two countries have clashed over the issue
repeatedly" gave 111 both ways); a craft sent with a state's officials aboard is their visit
(v.send_craft_officials, objects._ferries_people with officials: "Kuwait sent an aircraft
carrying its foreign minister to Baghdad" gave nothing, and with the participle hung on the
verb, aid); "it" before "take" with an object of acting is the state, no expletive
(coref._expletive, pronouns.yaml acting_objects: "Vietnam warned that it would take legal
action unless Manila withdrew" coded nothing, "it" left unresolved). Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

RESIDENT_ENVOYS: list[Case] = [
    # kept: a leader or minister in a capital visits it
    (
        "BUDAPEST",
        "Hungarian President Tamas Sulyok would stay in Warsaw for two days.",
        "HUN>POL:04",
    ),
    (
        "BRASILIA",
        "The Brazilian foreign minister was in Buenos Aires on Tuesday for talks.",
        "BRA>ARG:04",
    ),
]

RESIDENT_ENVOYS_NOT: list[NearMiss] = [
    ("WARSAW", "The Hungarian ambassador would stay in Warsaw, officials said."),
    ("SANTIAGO", "Chile's ambassador was in Lima on Friday, the ministry said."),
    ("TOKYO", "The Japanese consul stayed in Busan during the storm."),
]

FRIENDLY_CONDITIONS: list[Case] = [
    # kept: a hostile step answered is a threat
    (
        "BEIJING",
        "Beijing said it would retaliate if Washington imposed new tariffs on Chinese steel.",
        "CHN>USA:13",
    ),
    (
        "MOSCOW",
        "Moscow said it would respond if Kyiv cut gas transit to Europe.",
        "RUS>UKR:13",
    ),
]

FRIENDLY_CONDITIONS_NOT: list[NearMiss] = [
    ("NAIROBI", "Kenya said it would reciprocate if Tanzania cut its port fees."),
    ("ACCRA", "Ghana said it would respond in kind if Togo lowered its tariffs on cocoa."),
    (
        "HANOI",
        '"We will reciprocate if Manila waives the visa fees," Vietnam\'s foreign minister said.',
    ),
]

FELLOW_GIVERS: list[Case] = [
    # the one state in reach, not the fellow giver, receives
    (
        "CAIRO",
        "Floods killed 300 people in eastern Libya. Egypt and Tunisia sent rescue teams on "
        "Tuesday.",
        "EGY>LBY:07 TUN>LBY:07",
    ),
    (
        "NEW DELHI",
        "An earthquake struck Nepal on Saturday. India and China pledged 10 million dollars each.",
        "IND>NPL:03|07 CHN>NPL:03|07",
    ),
    (
        "ANKARA",
        "Turkey sent a rescue team to Syria on Monday, and Greece dispatched firefighters.",
        "TUR>SYR:07 GRC>SYR:07",
    ),
]

FELLOW_GIVERS_NOT: list[NearMiss] = [
    ("AMMAN", "Egypt and Jordan sent rescue teams to the flooded villages on Tuesday."),
    ("TOKYO", "Japan and South Korea dispatched medical teams to the quake zone."),
    ("BERLIN", "Germany and France sent relief supplies to the flooded region."),
]

HABITS: list[Case] = [
    # kept: a quarrel told as done
    ("BUDAPEST", "Hungary clashed with Brussels over migration on Monday.", "HUN>EU:11"),
]

HABITS_NOT: list[NearMiss] = [
    (
        "NEW DELHI",
        "India and China disagree over the border. The two countries have clashed over the "
        "issue repeatedly.",
    ),
    ("VIENNA", "Austria has often clashed with Brussels over migration."),
    ("WARSAW", "Poland and Germany have long sparred over war reparations."),
    ("ROME", "Prime Minister Meloni has repeatedly clashed with the European Commission."),
    ("MANILA", "Chinese and Philippine vessels have frequently clashed near the reef."),
]

CRAFT_VISITS: list[Case] = [
    (
        "KUWAIT CITY",
        "Kuwait sent an aircraft carrying its foreign minister to Baghdad on Sunday.",
        "KWT>IRQ:04",
    ),
    (
        "DOHA",
        "Qatar sent a plane carrying its prime minister to Cairo for talks.",
        "QAT>EGY:04",
    ),
    # kept: a medical team aboard is aid, goods aboard are relief
    ("TOKYO", "Japan sent an aircraft carrying a medical team to Turkey.", "JPN>TUR:07"),
]

CRAFT_VISITS_NOT: list[NearMiss] = [
    ("ROME", "Italy sent a plane carrying 40 evacuees to Rome from Niger."),
    ("ATHENS", "Greece sent a ship carrying migrants to Libya."),
    ("ANKARA", "Turkey sent a jet carrying President Erdogan's envoy to Tripoli."),
]

TAKEN_ACTS: list[Case] = [
    (
        "HANOI",
        "Vietnam warned that it would take legal action unless Manila withdrew its ships.",
        "VNM>PHL:13",
    ),
    (
        "LA PAZ",
        "Bolivia warned that it would take control of the mine unless Chile paid.",
        "BOL>CHL:13",
    ),
]

TAKEN_ACTS_NOT: list[NearMiss] = [
    ("CAIRO", "Egypt warned that it would take years to rebuild the dam unless Sudan helped."),
]

NONE: list[NearMiss] = (
    RESIDENT_ENVOYS_NOT
    + FRIENDLY_CONDITIONS_NOT
    + FELLOW_GIVERS_NOT
    + HABITS_NOT
    + CRAFT_VISITS_NOT
    + TAKEN_ACTS_NOT
)
GAPS: list[Gap] = []
CASES = RESIDENT_ENVOYS + FRIENDLY_CONDITIONS + FELLOW_GIVERS + HABITS + CRAFT_VISITS + TAKEN_ACTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_open24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_open24_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
