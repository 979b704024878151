"""Open gaps 27 (session 27, builder OL): forms found on text nobody tuned to.

Coded: a later conjunct of a nationality adjective modifies the noun as the first does, so
"its" after "French and British criticism of" is the criticised state's, not the last
critic's (coref._role_of); "it" reported by a one-word firm after a state's possessive
("Italy's Leonardo said it had signed ...") is the firm's, not the state's (coref._owned_name,
as parties._actors_of reads the brand); a weak "its" on the of-phrase of a number or a word of
how many ("seized one of its tankers", "several of its villages") owns the object as on the
object itself (pronouns.yaml partitive_words: coref._attacker, objects._owned_targets); a hostile
reaction to "the move", "the decision", "the step" (summing_nouns) answers the act told just
before even when it is done at home or declared ("Russia lowered its oil export quota ...
Kazakhstan criticized the move": reactions._main_act_authors, summed); a joint statement's
authors named by the agent of its participle ("issued by Australia and New Zealand") or, for a
statement sent (rules.yaml sender_nouns), by a from-phrase are each a source (parties._actors_of).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# coordinated nationality adjectives on a criticism noun are all critics, and "its" after
# them the criticised state (coref._role_of: the later conjunct is a modifier too)
JOINED_CRITICS: list[Case] = [
    (
        "ANKARA",
        "Turkey rejected German and Dutch criticism of its referendum on Sunday.",
        "TUR>DEU:12 TUR>NLD:12 DEU>TUR:11 NLD>TUR:11",
    ),
    (
        "MOSCOW",
        "Russia rejected Swedish and Finnish criticism of its troop build-up near the border.",
        "RUS>SWE:12 RUS>FIN:12 SWE>RUS:11 FIN>RUS:11",
    ),
    (
        "CARACAS",
        "Venezuela has rejected Colombian, Brazilian and Chilean criticism of its election.",
        # session 49 (O72): each listed critic is rejected, as with two ("parallel targets
        # are separate events"); the list of three gave the first only before
        "VEN>COL:12 VEN>BRA:12 VEN>CHL:12 COL>VEN:11 BRA>VEN:11 CHL>VEN:11",
    ),
    # kept: one critic
    (
        "BUDAPEST",
        "Hungary rejected Dutch criticism of its media law.",
        "HUN>NLD:12 NLD>HUN:11",
    ),
]

# kept: a state body after the possessive is the state's
OWNED_BODIES: list[Case] = [
    (
        "ROME",
        "Italy's defence ministry said it had signed a contract with Poland.",
        "ITA>POL:05",
    ),
    (
        "ROME",
        "Italy's government said on Friday it had signed a gas contract with Algeria.",
        "ITA>DZA:05",
    ),
]

# "it" reported by a firm named after a state's possessive is the firm: no state acts
OWNED_FIRMS: list[NearMiss] = [
    ("ROME", "Italy's Leonardo said it had signed a contract with Poland."),
    ("PARIS", "France's Dassault said it had signed a contract with Indonesia for 18 more jets."),
    ("PARIS", "France's Thales said on Monday it would supply radars to India."),
    ("TOKYO", "Japan's Toyota said it would invest $2 billion in Thailand."),
]

# "its" on the of-phrase of a part is the speaker's, as on the object itself
PARTITIVE_OWNERS: list[Case] = [
    (
        "TEHRAN",
        "Iran said Israel seized two of its oil tankers in the Red Sea on Sunday.",
        "ISR>IRN:17",
    ),
    (
        "HANOI",
        "Vietnam said China had seized several of its fishing boats.",
        "CHN>VNM:17",
    ),
    (
        "KYIV",
        "Ukraine said Russia had captured three of its villages.",
        "RUS>UKR:19",
    ),
    (
        "TEHRAN",
        "Iran said the United States seized one of its tankers in the Gulf.",
        "USA>IRN:17",
    ),
    # kept: the doer's own
    (
        "KYIV",
        "Ukraine said it had recaptured three of its villages from Russian troops.",
        "UKR>RUS:19",
    ),
]

# near-misses: "its own", or no hostile act on the part
PARTITIVE_NOT: list[NearMiss] = [
    ("TEHRAN", "Iran said it had seized one of its own tankers for smuggling."),
    (
        "MANILA",
        "The Philippines said Chinese coast guard vessels escorted two of its supply boats.",
    ),
]

# a hostile reaction to a summing noun answers the act just told, coded or not
SUMMED_ACTS: list[Case] = [
    (
        "MOSCOW",
        "Russia lowered its oil export quota on Tuesday. Kazakhstan criticized the move.",
        "KAZ>RUS:11",
    ),
    (
        "ANKARA",
        "Turkey changed the name of its currency on Monday. Greece mocked the decision.",
        "GRC>TUR:11",
    ),
    (
        "BRUSSELS",
        "The European Union announced a new climate target on Wednesday. India condemned the "
        "decision.",
        "IND>EU:11",
    ),
    (
        "BRASILIA",
        "Brazil declared a state of emergency in the Amazon on Friday. Bolivia criticized the "
        "step.",
        "BOL>BRA:11",
    ),
]

# near-misses: a firm's act, lawmakers at home, a plan not done
SUMMED_NOT: list[NearMiss] = [
    ("LAGOS", "Shell raised its fuel prices in Nigeria on Monday. Nigeria criticized the move."),
    (
        "BUDAPEST",
        "Hungary's president vetoed a new media law on Monday. Hungarian lawmakers criticized "
        "the move.",
    ),
    ("TOKYO", "Japan plans to raise its defense budget. China criticized the move."),
    (
        "WARSAW",
        "Poland extended its army's mandate on Monday. Poland's opposition condemned the decision.",
    ),
]

# a joint statement's signatories, by a participle's agent or a from-phrase, each speak
JOINT_STATEMENTS: list[Case] = [
    (
        "CANBERRA",
        "A joint statement issued by Australia and New Zealand urged China to respect the ruling.",
        "AUS>CHN:02 NZL>CHN:02",
    ),
    (
        "HANOI",
        "A joint statement from Vietnam and the Philippines criticized China's actions in the "
        "South China Sea.",
        "VNM>CHN:11 PHL>CHN:11",
    ),
    (
        "ATHENS",
        "A statement released by Greece's foreign ministry condemned Turkey's drilling.",
        "GRC>TUR:11",
    ),
    # kept: the by-phrase on the noun
    (
        "TOKYO",
        "A joint statement by Japan and South Korea condemned North Korea's latest launch.",
        "JPN>PRK:11 KOR>PRK:11",
    ),
]

# near-misses: a report or video from a place is from there, no author
STATEMENTS_NOT: list[NearMiss] = [
    ("CAIRO", "A report from Gaza accused Israel of blocking aid trucks."),
    ("BEIRUT", "A video from southern Lebanon showed Israeli tanks crossing the border."),
]

# a state firm the actor data knows (state_companies.yaml) acts for its state: session 32 ruling
STATE_FIRMS: list[Case] = [
    ("LAGOS", "Nigeria's NNPC said it had signed a supply deal with Ghana.", "NGA>GHA:05"),
]
NONE: list[NearMiss] = OWNED_FIRMS + PARTITIVE_NOT + SUMMED_NOT + STATEMENTS_NOT
GAPS: list[Gap] = []
CASES = (
    JOINED_CRITICS + OWNED_BODIES + PARTITIVE_OWNERS + SUMMED_ACTS + JOINT_STATEMENTS + STATE_FIRMS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_open27_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_open27_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
