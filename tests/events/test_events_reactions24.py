"""Reactions 24 (session 23, builder IT): reactions whose target is implied, the deed answered
told earlier in the story and not named again.

A defiance or a veto told in the lead is a deed a later "the decision" or "the move" sums up,
not an answer of words: "Serbia received Sudan's president, defying a court warrant ... The
EU criticized the decision" is aimed at Serbia even when the story tells other acts after the
lead (rules rejecting_deed_codes, read by reactions._latest_deed). "The recall" is a hostile
deed's noun (reaction_matches recall: 16), so "called the recall 'theater'", which the parser
reads as one noun phrase, is split as "called the decision 'theater'" is
(context._merged_predicates), and answers the envoy recalled; a product recall answers no one.
A state's defence of its own deed that the state it was done to protested rejects that
protest ("Peruvian police detained six Bolivian fishermen. Bolivia summoned Peru's ambassador
... Peru's government defended the operation": PER>BOL 120, reactions._defended_deed); a
deed no one protested, another's deed defended, or a response to a disaster codes no
rejection.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a defiance or a veto in the lead, details after it, then "the decision" or "the move"
LEAD_DEFIANCE: list[Case] = [
    (
        "BELGRADE",
        "Serbia gave Sudan's president a state welcome on Monday, defying an International "
        "Criminal Court warrant for his arrest. The visit was his first to Europe in a decade. "
        "He later held talks with President Aleksandar Vucic, and the two governments signed "
        "deals on farming and energy. The court issued its warrant in 2023. Rights groups say "
        "the war in Darfur has killed thousands. Serbian officials said the visit had been "
        "planned for months. The European Union criticized the decision.",
        "SRB>SDN:04 SRB>ICC:12 SRB>SDN:05 SDN>SRB:05 EU>SRB:11",
    ),
    (
        "BUDAPEST",
        "Hungary hosted Russia's president in Budapest on Thursday, defying an ICC warrant. "
        "Thousands of police guarded the route from the airport. The two governments later "
        "signed a gas deal. The court's prosecutor said member states were obliged to make "
        "arrests. Hungarian officials said the trip was a private matter. Budapest has long "
        "opposed the court's work. Poland condemned the decision.",
        "HUN>RUS:04 HUN>ICC:12 HUN>RUS:05 RUS>HUN:05 POL>HUN:11",
    ),
    (
        "NEW YORK",
        "Russia vetoed a U.N. Security Council resolution on Sudan on Friday. Thirteen "
        "members voted for the text, which Britain had drafted. Moscow and Khartoum signed a "
        "grain accord in May. Russia's envoy said the text ignored Khartoum's views. "
        "Diplomats said talks on a new draft would resume next week. Aid groups said "
        "millions faced hunger. Kenya criticized the move.",
        "RUS>UN:12 RUS>SDN:05 SDN>RUS:05 KEN>RUS:11",
    ),
]

# a rejection in words in the lead is an answer: no "decision" of its own
LEAD_WORDS: list[Case] = [
    (
        "NAIROBI",
        "Kenya rejected a U.N. report on the protests on Tuesday. The report was written by a "
        "panel of experts. Kenya and Uganda later signed a trade pact. Kenyan officials said "
        "the experts never visited Nairobi. Many shops stayed closed. Rights groups said "
        "dozens were still missing. The European Union criticized the decision.",
        "KEN>UN:12 KEN>UGA:05 UGA>KEN:05",
    ),
]

# "the recall" answers an envoy recalled, across the parser's merged predicate
RECALL: list[Case] = [
    (
        "ACCRA",
        "Ghana recalled its high commissioner from Nigeria on Friday. Nigeria called the "
        'recall "theater" and said it would not respond in kind.',
        "GHA>NGA:16 NGA>GHA:11",
    ),
    (
        "LIMA",
        "Peru recalled its ambassador from Bolivia on Monday. Bolivian Foreign Minister Ana "
        'Rojas called the recall "pure theater."',
        "PER>BOL:16 BOL>PER:11",
    ),
    (
        "HANOI",
        "Vietnam recalled its ambassador to Cambodia for consultations on Tuesday. The "
        "ambassador arrived in Hanoi late at night. A Cambodian government spokesman called the "
        'recall "theater" and an overreaction.',
        "VNM>KHM:16 KHM>VNM:11",
    ),
]

# a state defends its own deed, which the state it was done to protested: a rejection of it
DEFENDED: list[Case] = [
    (
        "COLOMBO",
        "Indian coast guard ships seized two Sri Lankan trawlers on Sunday. Sri Lanka's "
        "foreign ministry lodged a protest with New Delhi. The crews were taken to Chennai. "
        "Fishermen's groups said the trawlers had drifted. Indian officials defended the "
        "action.",
        "IND>LKA:17 LKA>IND:11 IND>LKA:12",
    ),
    (
        "KYIV",
        "Ukraine expelled a Hungarian consul on Monday. Hungary summoned Ukraine's "
        "ambassador. Ukraine defended the move.",
        "UKR>HUN:16 HUN>UKR:11 UKR>HUN:12",
    ),
    (
        "LA PAZ",
        "Peruvian police detained six Bolivian fishermen on Monday. Bolivia summoned Peru's "
        "ambassador to protest the arrests. The men were taken to Lima, where a judge will "
        "hear their case. Their families said they had been fishing for decades. Local "
        "officials said the boats were impounded. Peru's government defended the operation.",
        "PER>BOL:17 BOL>PER:11 PER>BOL:12",
    ),
    # no protest: the defence answers no one
    (
        "ANKARA",
        "Turkish jets struck Kurdish militia positions in northern Syria on Monday. Turkey's "
        "defense ministry defended the operation.",
        "TUR>SYR:19",
    ),
    # another's deed defended is backed (v.defend's own target), not rejected
    (
        "ATHENS",
        "Greece expelled a Libyan envoy on Monday. Libya criticized the expulsion. Egypt "
        "defended the decision.",
        "GRC>LBY:16 LBY>GRC:11 EGY>GRC:05",
    ),
    (
        "TOKYO",
        "Japan banned Chinese seafood imports on Monday. China condemned the ban. South Korea "
        "defended Japan's decision.",
        "JPN>CHN:16 CHN>JPN:11 KOR>JPN:05",
    ),
    # a protested deed, then a defence of what no deed names
    (
        "LIMA",
        "Peru expelled two Bolivian diplomats on Monday. Bolivia condemned the expulsion. "
        "Peru defended its borders.",
        "PER>BOL:16 BOL>PER:11",
    ),
]

NONE: list[NearMiss] = [
    # a response to a disaster answers no state
    ("ROME", "Floods hit northern Italy on Monday. Italy's government defended its response."),
    # a product recall is no deed of a state
    (
        "TOKYO",
        "Toyota announced a recall of two million cars on Monday. Japan called the "
        'recall "necessary."',
    ),
    (
        "SEOUL",
        "Hyundai began a recall of its electric buses. The South Korean government "
        'called the recall "theater."',
    ),
]

GAPS: list[Gap] = []
CASES = LEAD_DEFIANCE + LEAD_WORDS + RECALL + DEFENDED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions24_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
