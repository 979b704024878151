"""Open gaps 25 (session 25, builder OL): open gaps of earlier builders, precision first.

Coded: an act whose infinitive a "take" with an object of time measures is told as lasting,
not planned (parties._block_state, rules.yaml lasting_verbs: "Kenya said it would take time
to repair relations with Tanzania" gave 030); go-betweens are never the pair "between them"
names (coref._mediators: "Turkey and Qatar brokered talks between them" gave TUR<>QAT 040);
words of an unless-clause are no unless_words of the trigger (extract._averted_only: "would
impose sanctions unless Togo released the detainees" was read as a friendly answer), and a
veto warned of threatens (warned_codes 129); a note's appeal goes to its addressee
(parties._carried_addressee, clauses._carrier: "sent a letter to Germany urging it to pay");
a regret that another state did something disapproves of it (v.complain_that); an act said
to be an act of war is charged (v.say_accuse); a hostile act refused or opposed spares its
victim and is not done (Pattern.spares_victims, rules.yaml opposing_governors: "Brazil
opposed sanctioning Venezuela" gave BRA>VEN 120). Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

LASTING_ACTS: list[Case] = [
    # kept: steps taken, work done or a wish to repair ties is intent
    (
        "NAIROBI",
        "Kenya said it would take steps to repair relations with Tanzania.",
        "KEN>TZA:03",
    ),
    (
        "LIMA",
        "Peru said it wanted to restore ties with Bolivia after the election.",
        "PER>BOL:03",
    ),
]

LASTING_ACTS_NOT: list[NearMiss] = [
    ("NAIROBI", "Kenya said it would take time to repair relations with Tanzania."),
    ("LIMA", "Peru said it would take years to restore ties with Bolivia."),
    ("WARSAW", "It will take decades to rebuild trust with Russia, Poland's president said."),
    ("SANTIAGO", "Chile said it could take months to resume talks with Argentina."),
]

GO_BETWEENS: list[Case] = [
    # a pair told before is who "between them" names when the go-betweens are the subject
    (
        "ANKARA",
        "Russia and Ukraine have not met since May. Turkey and Qatar brokered talks between "
        "them on Friday.",
        "TUR>RUS:04 TUR>UKR:04 QAT>RUS:04 QAT>UKR:04 RUS>UKR:04 UKR>RUS:04",
    ),
    (
        "CAIRO",
        "Sudan and South Sudan have not spoken since the clashes. Egypt and Kenya mediated "
        "between them in Cairo.",
        "EGY>SDN:04 EGY>SSD:04 KEN>SDN:04 KEN>SSD:04",
    ),
    # kept: one go-between, and a pair that holds its own talks
    (
        "RIYADH",
        "Sudan and Chad have not spoken since May. Saudi Arabia brokered a deal between them "
        "on Tuesday.",
        "SAU>SDN:04 SAU>TCD:04",
    ),
    (
        "ISTANBUL",
        "Russia and Ukraine held talks between them in Istanbul.",
        "RUS>UKR:04 UKR>RUS:04",
    ),
]

GO_BETWEENS_NOT: list[NearMiss] = [
    ("DOHA", "Turkey and Qatar brokered talks between them."),
    ("MUSCAT", "Oman and Jordan facilitated a meeting between them last year."),
]

AVERTED_ACTS: list[Case] = [
    # a friendly step demanded on pain of a threat is still a threat
    (
        "ACCRA",
        "Ghana warned it would impose sanctions unless Togo released the detainees.",
        "GHA>TGO:13",
    ),
    (
        "BUENOS AIRES",
        "Argentina warned that it would suspend fishing licences unless Uruguay freed the "
        "crew.",
        "ARG>URY:13",
    ),
    # a veto held over another's bid threatens
    (
        "ATHENS",
        "Greece warned that it would veto Turkey's bid unless Ankara withdrew its ships.",
        "GRC>TUR:13",
    ),
    (
        "VIENNA",
        "Austria warned on Monday that it could block Serbia's accession bid.",
        "AUT>SRB:13",
    ),
]

AVERTED_ACTS_NOT: list[NearMiss] = [
    # an answer to a friendly step, and a friendly act of its own, are no threat
    ("ACCRA", "Ghana warned it would release the prisoners if Togo lifted the blockade."),
    ("LIMA", "Peru said it would respond positively if Chile proposed talks."),
    ("NICOSIA", "Cyprus will veto Turkey's bid, officials said."),
]

CARRIED_APPEALS: list[Case] = [
    # a note's appeal goes to the note's addressee; "it" is the addressee, not the sender
    (
        "WARSAW",
        "Poland sent a letter to Germany urging it to pay compensation.",
        "POL>DEU:02",
    ),
    (
        "LA PAZ",
        "Bolivia sent Chile a note on Monday asking it to reopen the border crossing.",
        "BOL>CHL:02",
    ),
    (
        "LIMA",
        "Peru sent a note to Ecuador on Friday demanding the release of the fishermen.",
        "PER>ECU:10",
    ),
]

CARRIED_APPEALS_NOT: list[NearMiss] = [
    ("WARSAW", "Poland sent a letter to its citizens urging them to vote."),
]

REGRETS: list[Case] = [
    # a regret that another state did something disapproves of that state
    (
        "GUATEMALA CITY",
        '"We regret that Honduras has chosen to close its embassy," the Guatemalan foreign '
        "minister said.",
        "GTM>HND:11",
    ),
    (
        "TOKYO",
        "Japan regretted that China had not responded to its proposal.",
        "JPN>CHN:11",
    ),
    (
        "MADRID",
        "Spain deplored that Morocco had let thousands of migrants cross the border.",
        "ESP>MAR:11",
    ),
]

REGRETS_NOT: list[NearMiss] = [
    ("NAIROBI", "Kenya regretted that it could not attend the summit in Addis Ababa."),
    ("OSLO", "Norway regretted that bad weather had delayed the talks."),
]

ACTS_OF_WAR: list[Case] = [
    (
        "KYIV",
        "Russia seized two Ukrainian ships. Kyiv said the seizure was an act of war.",
        "RUS>UKR:17 UKR>RUS:11",
    ),
    (
        "CARACAS",
        "Venezuela said the blockade by the United States was an act of war.",
        "VEN>USA:11",
    ),
]

ACTS_OF_WAR_NOT: list[NearMiss] = [
    ("KYIV", "Ukraine said Russia's war had displaced millions of people."),
    ("NAIROBI", "Kenya said the war in Sudan was a tragedy."),
    ("TEHRAN", "Iran said any attack on its nuclear sites would be an act of war."),
]

SPARED_VICTIMS: list[Case] = [
    # kept: help or a handing refused rejects its receiver; a demand rejected rejects its author
    (
        "BERLIN",
        "Germany refused to deliver weapons to Ukraine.",
        "DEU>UKR:12",
    ),
    (
        "SANTIAGO",
        "Chile rejected Bolivia's demand.",
        "CHL>BOL:12",
    ),
    (
        "ANKARA",
        "Turkey refused to extradite the suspects to Sweden.",
        "TUR>SWE:12",
    ),
    # kept: a measure it will not lift or ease rejects the state it weighs on
    (
        "BEIJING",
        "China declined to lift its curbs on Australian wine.",
        "CHN>AUS:12",
    ),
    (
        "ATHENS",
        "Greece refused to ease sanctions on Belarus.",
        "GRC>BLR:12",
    ),
]

SPARED_VICTIMS_NOT: list[NearMiss] = [
    # a hostile act refused or opposed spares its victim, and is not done
    ("BRASILIA", "Brazil opposed sanctioning Venezuela."),
    ("BUDAPEST", "Hungary refused to back new sanctions on Russia."),
    ("NEW DELHI", "India declined to impose sanctions on Russia."),
    ("WARSAW", "Poland refused to attack Belarus."),
    ("ROME", "Italy rejected calls to expel Russian diplomats."),
]

NONE: list[NearMiss] = (
    LASTING_ACTS_NOT
    + GO_BETWEENS_NOT
    + AVERTED_ACTS_NOT
    + CARRIED_APPEALS_NOT
    + REGRETS_NOT
    + ACTS_OF_WAR_NOT
    + SPARED_VICTIMS_NOT
)
GAPS: list[Gap] = []
CASES = (
    LASTING_ACTS
    + GO_BETWEENS
    + AVERTED_ACTS
    + CARRIED_APPEALS
    + REGRETS
    + ACTS_OF_WAR
    + SPARED_VICTIMS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_open25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_open25_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
