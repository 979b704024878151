"""Review 54 (session 27, lead): two states that agree to set, adopt or create something
common to both settle a joint undertaking between them (v.agree_joint, 057 both ways).

"Peru and Chile agreed on Monday to set a common export tax" coded nothing: v.agree_joint
knew only sharing, splitting, dividing, connecting and pooling. "common" now joins its
object_words. "joint" does not: joint bodies, teams and drills have patterns of their own
(v.establish_joint, v.send_joint, v.joint_drill: 03), which a 057 would replace; for the
same reason drills and manoeuvres join its unless_words. Every sentence was written for
this file; the cases run through the whole pipeline in one batch (``audit_cases``).

A time clause in the present tense under a host with a modal ("the Royal Navy will alert
Ireland's navy when Russian vessels enter the Irish zone", from set 27's first run), or
opened by "whenever", tells an act that may come, not one that came: parties._may_come
blocks it (rules.yaml generic_marks: when, whenever, once; the parser reads "when" as an
advmod, not a mark). In the past tense the act came ("When Russian ships entered Estonian
waters on Monday, Estonia summoned ...").

"its neighbor" is the one state named near it that its owner is not; the owner was every
subject of the sentence, so "Peru and Ecuador opened talks, with Quito pressing its
neighbor for compensation" found no neighbor (coref._neighbor now takes the latest subject
before it, with the names joined to it). A reciprocal pattern's coordinated parties pair
with each other when the only party its target slots find is one of them ("Kenya and
Ethiopia signed a deal to double the power Ethiopia sells to its neighbor" coded only
ETH>KEN once the neighbor was Kenya).

A state named a friend is approved of (v.call_friend, 051): "Britain's minister called
Ireland 'a close and trusted partner'", "called Egypt a pillar of stability" coded nothing
(v.call_praise names acts an achievement; v.regard_as_friend needs "as"). Only a state
itself the object; a trading partner and a foe are none.

What a state wants another to do, asked of it, is a demand (v.want_of, 10): "The
Philippines wants China to withdraw its ships" coded nothing. Only the infinitive's own
subject is asked, and only an act asked of it (object_words), not a wish for it ("wants
Ukraine to win", "wants Ukraine to join the EU").

A pair named as places a route runs through ("smuggled through Bolivia and Argentina":
plurals.yaml route_preps) is no party to a later "the two presidents", and a pair that only
raised or echoed concerns looks on (onlooker_verbs) when "both governments" is contacted:
each took the pair reference from the story's sides.

An objection to, or criticism of, a deal "between X and Y" is aimed at each party (v.criticize
and v.object_to read "between" as v.welcome does), and "objected to the deal" told after the
deal answers its parties as "criticized the deal" does (v.object_to_act; a noun in a
pattern's prepositional phrase is the act answered, not this act, as "lodged a protest" is).
"""

from __future__ import annotations

import pytest

from audit_cases import audit_params, code_audit, matches

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    ("LIMA", "Peru and Chile agreed on Monday to set a common export tax.", "PER>CHL:05 CHL>PER:05"),
    (
        "NAIROBI",
        "Kenya and Uganda, which share a long border, agreed on Friday to adopt a common visa "
        "policy.",
        "KEN>UGA:05 UGA>KEN:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo agreed on Tuesday to create a common customs post at Aflao.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    # kept: a joint drill stays an intent to cooperate militarily (v.joint_drill)
    (
        "OSLO",
        "Norway and Iceland agreed on Monday to hold joint naval exercises.",
        "NOR>ISL:03 ISL>NOR:03",
    ),
    # kept: a joint commission stays an intent to cooperate (v.establish_joint)
    (
        "HANOI",
        "Vietnam and Laos agreed to set up a joint commission on the Mekong.",
        "VNM>LAO:03 LAO>VNM:03",
    ),
]

# a time clause in the past tense tells an act that came
CASES += [
    (
        "TALLINN",
        "When Russian ships entered Estonian waters on Monday, Estonia summoned the Russian "
        "ambassador.",
        "RUS>EST:15 EST>RUS:11",
    ),
    (
        "CHISINAU",
        "Moldova expelled two Russian diplomats once the plot was uncovered.",
        "MDA>RUS:16",
    ),
]

# "its neighbor": the one state the latest subject before it is not
CASES += [
    (
        "LIMA",
        "Peru and Ecuador opened talks on Monday, with Quito pressing its neighbor for "
        "compensation.",
        "PER>ECU:04 ECU>PER:04 ECU>PER:02|10",
    ),
    (
        "DHAKA",
        "India and Bangladesh opened talks on the river treaty on Tuesday, with Dhaka pressing "
        "its larger neighbor for a guaranteed flow.",
        "IND>BGD:04 BGD>IND:04 BGD>IND:02|10",
    ),
    (
        "KAMPALA",
        "Uganda and Kenya signed an agreement on Friday to raise the power Uganda sells to its "
        "eastern neighbor.",
        "UGA>KEN:05 KEN>UGA:05 UGA>KEN:06",
    ),
]

# a state named a friend (051)
CASES += [
    (
        "ATHENS",
        'Greece\'s prime minister called Egypt "a pillar of stability in our region."',
        "GRC>EGY:05",
    ),
    ("WARSAW", 'Poland\'s president called Germany "a reliable ally" on Monday.', "POL>DEU:05"),
    ("TOKYO", "Japan called Australia its closest partner in the region.", "JPN>AUS:05"),
    (
        "ATHENS",
        'Egypt\'s president visited Greece on Monday. His host called Egypt "a close and '
        'trusted partner."',
        "EGY>GRC:04 GRC>EGY:05",
    ),
]

# what a state wants another to do (10)
CASES += [
    (
        "MANILA",
        "The Philippines wants China to withdraw its ships from the shoal, the foreign "
        "ministry said.",
        "PHL>CHN:10",
    ),
    ("SEOUL", "Seoul wants Tokyo to apologize for the remarks.", "KOR>JPN:10"),
    ("DHAKA", "Bangladesh wants India to guarantee a minimum flow in the dry season.", "BGD>IND:10"),
]

# pair references past a route's places and a pair that only raised concerns
CASES += [
    (
        "LIMA",
        "Peru and Chile agreed on Tuesday to set a common copper export tax. Copper from both "
        "countries has been smuggled through Bolivia and Argentina. The two presidents agreed "
        "to meet again in Lima in March.",
        "PER>CHL:05 CHL>PER:05 PER>CHL:04|03 CHL>PER:04|03",
    ),
    (
        "BRUSSELS",
        "Bosnia protested to Croatia over the waste site on Monday. Slovenia and Austria have "
        "also raised concerns. The European Commission said it was in contact with both "
        "governments.",
        "BIH>HRV:11 SVN>HRV:11 AUT>HRV:11 EU>BIH:04 EU>HRV:04",
    ),
]

# a deal between two parties, or told before, criticised or objected to
CASES += [
    (
        "ANKARA",
        "Turkey objected to the cable deal between Greece and Egypt on Monday.",
        "TUR>GRC:11 TUR>EGY:11",
    ),
    (
        "MOSCOW",
        "Russia criticized the defense deal between Finland and Sweden on Monday.",
        "RUS>FIN:11 RUS>SWE:11",
    ),
    (
        "ANKARA",
        "Greece and Egypt signed a cable deal on Monday. Turkey objected to the deal, saying "
        "it ignored Turkish rights.",
        "GRC>EGY:05 EGY>GRC:05 TUR>GRC:11 TUR>EGY:11",
    ),
]

# near-misses: a common thing that is no undertaking, or refused; a time clause that may come
NONE: list[tuple[str, str]] = [
    ("HELSINKI", "Finland's navy will alert Estonia whenever Russian ships enter Estonian waters."),
    ("BEIJING", "China protests whenever Japanese ministers visit the Yasukuni shrine."),
    ("SEOUL", "When the Japanese minister visits Seoul, South Korea will hold a protest rally."),
    ("QUITO", "Ecuador and Colombia did not agree to a common tariff."),
    ("BERLIN", "Germany called China its largest trading partner."),
    ("BRUSSELS", "The EU wants Ukraine to win the war."),
    ("PARIS", "France wants Ukraine to join the European Union."),
    ("ANKARA", "Turkey wants to join the European Union."),
    ("TOKYO", "Japan does not want China to withdraw from the talks."),
    ("DELHI", 'India called the deal "a model for partners everywhere."'),
    ("ACCRA", "Ghana agreed to set a common price for its farmers."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_events_review54_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES] + [b for _, b in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review54_common_undertakings(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    assert matches(coded[body], expected), coded[body]
