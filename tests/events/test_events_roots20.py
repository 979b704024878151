"""Roots 20 (session 21, builder AG): acts told around agreements and meetings — visits
made by a state's officials.

Coded: a group of a state's officials, negotiators or lawmakers that travels or flies to a
state visits it (042) as a delegation does (v.officials_travel_to, rules traveller_nouns,
clauses._state_travellers); tourists, students and a return home visit no one. Left: such a
group that "arrived in" a capital (tests/actors/test_actors_refs7.py expects no visit there).
A visit told in a phrase set off by commas on the subject ("X, on a visit to Y, urged ...":
clauses._apposed_bearer) or set before the verb (context._governing_verb: a fronted on-phrase
is no argument of "urged") is the subject's visit (042). A party's ratification of a pact
told before with it as a signer is made with the other signers (057; extract._verb_hits: an
assent verb, rules assent_verbs, on its own antecedent act); not yet ratified, or a signer
praising its own pact, codes nothing more. Adjectives coordinated before a title share
its role and kind (actors/resolve.share_roles), so a host of "the Jordanian and Iraqi
foreign ministers" hosts both (v.host takes only people). Those who announce or unveil
something at a ceremony a state hosts are its guests (v.host_talks, mediated_host_verbs). Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TRAVELLERS: list[Case] = [
    (
        "SYDNEY",
        "Chinese officials traveled to Canberra in March for the first strategic dialogue in "
        "six years.",
        "CHN>AUS:04",
    ),
    ("DUBAI", "Iranian negotiators flew to Muscat on Sunday.", "IRN>OMN:04"),
    (
        "ISTANBUL",
        "Senior Turkish officials traveled to Baghdad on Tuesday for talks on water sharing.",
        "TUR>IRQ:04",
    ),
    ("TOKYO", "A group of Japanese lawmakers traveled to Taipei last week.", "JPN>TWN:04"),
]

NOT_TRAVELLERS: list[NearMiss] = [
    ("BEIJING", "Chinese tourists flew to Bangkok for the Lunar New Year holiday."),
    ("NEW DELHI", "Indian students returned to Kyiv in September despite the war."),
    ("MOSCOW", "Russian officials returned to Moscow on Friday after the talks."),
    ("WASHINGTON", "U.S. officials came to the conclusion that the plan would fail."),
]

# a visit told in a phrase set off by commas on the subject, or set before the verb: the
# subject visits (042) whatever the verb does (a request is no blocking governor of it)
VISIT_PHRASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya's foreign minister, on a visit to Kampala, urged Uganda to reopen the border.",
        "KEN>UGA:02 KEN>UGA:04",
    ),
    (
        "ATHENS",
        "Greek Prime Minister Nikos Pappas, on a trip to Rome, called for a joint coast guard.",
        "GRC>ITA:04",
    ),
    (
        "ROME",
        "On a visit to Paris, Italy's prime minister urged France to share the burden of "
        "migration.",
        "ITA>FRA:02 ITA>FRA:04",
    ),
]

NOT_VISIT_PHRASES: list[NearMiss] = [
    (
        "NEW DELHI",
        "Indian Foreign Minister Arjun Rao, on a planned visit to Colombo, will urge Sri Lanka "
        "to release the fishermen.",
    ),
    (
        "MOSCOW",
        "The Russian defense minister, on a visit to troops in the Kursk region, said the "
        "front was stable.",
    ),
    (
        "WARSAW",
        "Polish President Marek Nowak, on a visit to his hometown of Lublin, urged voters to "
        "turn out.",
    ),
    (
        "TOKYO",
        "Japan's foreign minister will, on a visit to Hanoi next month, sign a maritime pact.",
    ),
]

# a party's ratification of a pact told before with its partners: 057 with each other party
RATIFIED_PACTS: list[Case] = [
    (
        "KUALA LUMPUR",
        "Malaysia and Brunei signed a border treaty in January. Brunei's parliament ratified "
        "the treaty in May.",
        "MYS>BRN:05 BRN>MYS:05 BRN>MYS:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a fishing accord last year. The Togolese parliament ratified the "
        "accord on Tuesday.",
        "GHA>TGO:05 TGO>GHA:05 TGO>GHA:05",
    ),
    (
        "LIMA",
        "The pact was signed in Quito in January by Peru's defense minister and his Ecuadorian "
        "counterpart. Ecuador's national assembly ratified the pact in May.",
        "PER>ECU:05 ECU>PER:05 ECU>PER:05",
    ),
]

# a ratification not yet made, and a signer's praise of its own pact: no second 057
UNRATIFIED_PACTS: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo signed a maritime accord last year. The Togolese parliament has yet to "
        "ratify the accord.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a trade accord last year. Togo's parliament could ratify the "
        "accord next month.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a border accord last year. Togo's president welcomed the accord "
        "on Tuesday.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
]

# guests named by coordinated adjectives before a title ("the Chilean and Peruvian trade
# ministers"): each state's ministers are hosted (043), not only the last
SHARED_TITLES: list[Case] = [
    (
        "BRASILIA",
        "The Chilean and Peruvian trade ministers were received by Brazil's foreign minister "
        "in Brasilia.",
        "BRA>CHL:04 BRA>PER:04",
    ),
    (
        "CAIRO",
        "Egypt's president received the Jordanian and Iraqi foreign ministers in Cairo on "
        "Sunday.",
        "EGY>JOR:04 EGY>IRQ:04",
    ),
    (
        "DODOMA",
        "The Kenyan and Ugandan defense ministers were hosted by Tanzania's president in "
        "Dodoma.",
        "TZA>KEN:04 TZA>UGA:04",
    ),
]

NOT_SHARED_TITLES: list[NearMiss] = [
    (
        "BRASILIA",
        "The Chilean and Peruvian football coaches were received by Brazil's sports minister.",
    ),
    ("CAIRO", "Egypt's president received the Egyptian and Sudanese business leaders in Cairo."),
]

# what foreign officials announce or unveil at a ceremony a state hosts: the host receives
# them (043, v.host_talks; rules mediated_host_verbs)
HOSTED_ANNOUNCERS: list[Case] = [
    (
        "ACCRA",
        "The grants were announced in Accra by French Minister for Africa Paul Martin and "
        "Japan's ambassador to Ghana, Kenji Sato, at a ceremony hosted by Ghanaian Foreign "
        "Minister Ama Owusu.",
        "GHA>FRA:04 GHA>JPN:04",
    ),
    (
        "BRASILIA",
        "Peru's trade minister and his Chilean counterpart announced the deal at a ceremony "
        "hosted by Brazil's president.",
        "BRA>PER:04 BRA>CHL:04",
    ),
    (
        "NAIROBI",
        "Sweden's foreign minister unveiled a new aid package for Kenya at a ceremony hosted "
        "by Kenyan President William Otieno.",
        "SWE>KEN:07 KEN>SWE:04",
    ),
]

NOT_HOSTED_ANNOUNCERS: list[NearMiss] = [
    (
        "ACCRA",
        "Ghana's finance minister announced the new budget at a ceremony hosted by Ghanaian "
        "President John Mensah.",
    ),
    (
        "SAO PAULO",
        "Nike announced a sponsorship deal at a ceremony hosted by Brazil's sports minister.",
    ),
    (
        "NAIROBI",
        "The winners of the marathon were announced at a ceremony hosted by Kenya's president.",
    ),
]

NONE: list[NearMiss] = (
    NOT_TRAVELLERS + NOT_VISIT_PHRASES + NOT_SHARED_TITLES + NOT_HOSTED_ANNOUNCERS
)
GAPS: list[Gap] = []
CASES = (
    TRAVELLERS
    + VISIT_PHRASES
    + RATIFIED_PACTS
    + UNRATIFIED_PACTS
    + SHARED_TITLES
    + HOSTED_ANNOUNCERS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots20_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots20_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
