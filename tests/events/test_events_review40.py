"""Review 40 (session 25, reviewer R): a firm's words are no state's, and an answer is no act.

A wire story names a firm by where it is from ("Turkish drone maker Baykar", "Norwegian energy
firm Equinor") and then has it speak of itself ("said it had signed a contract with Kuwait").
The "it" was read as the state the adjective names, or as a state told in the sentence before,
so the firm's contract, plant or investment was coded as the state's (TUR>KWT 057, JPN>MEX
0311). A reported "it"/"its" whose speaker carries a firm noun (pronouns.yaml firm_nouns) and
no actor is the firm's (coref._firm_reporter), and a named firm with such a noun before it is
no state (parties._actors_of). State bodies named with an adjective ("the Ukrainian security
service SBU", "the Philippine foreign ministry") keep speaking for their state. A reaction that
names no act ("Japan called it unacceptable") after another's answer to an act with no target
("The United States condemned the launch") answers the act, not the answer (ANSWERS_PASSED). A
trailing "calling it a response in kind" on the doer's own expulsion names that deed, aimed at
no one, also when the answer noun gave the naming a reaction's context (OWN_DEEDS_NAMED). Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FIRMS_NOT: list[NearMiss] = [
    ("ANKARA", "Turkish drone maker Baykar said it had signed a contract with Kuwait."),
    ("OSLO", "Norwegian energy firm Equinor said it had signed a deal with Brazil."),
    ("TOKYO", "Japanese carmaker Toyota said it would invest $2 billion in Mexico."),
    ("SEOUL", "South Korean automaker Hyundai said it would build a plant in India."),
    ("SEOUL", "South Korean automaker Hyundai will build a new plant in Vietnam."),
    ("ANKARA", "Baykar, Turkey's biggest drone maker, said it had signed a contract with Qatar."),
    (
        "ACCRA",
        "Cameroon said it would study the proposal. Swiss chocolate maker Barry Callebaut "
        "said it had signed a contract with Ghana's cocoa board.",
    ),
    ("CAIRO", "Egypt's state-run gas company EGAS said it had signed a deal with Israel."),
]

STATE_SPEAKERS: list[Case] = [
    # kept: a state body named with its state's adjective speaks for the state
    (
        "KYIV",
        "The Ukrainian security service SBU said it had arrested two Russian agents.",
        "UKR>RUS:17",
    ),
    (
        "MANILA",
        "The Philippine foreign ministry said it had summoned China's ambassador.",
        "PHL>CHN:11",
    ),
    (
        "ANKARA",
        "Turkish Defence Minister Yasar Guler said Ankara would sell drones to Kuwait.",
        "TUR>KWT:03",
    ),
    ("NAIROBI", "Kenya's central bank said it would lend $100 million to Uganda.", "KEN>UGA:03"),
]

# "called it ..." after an answer to an act with no target of its own: the act answered, not
# the answer before it (reactions._uncoded_authors passes over answers the context aimed at
# another); an answer aimed at the reactor is still what it answers
ANSWERS_PASSED: list[Case] = [
    (
        "TOKYO",
        "North Korea fired two ballistic missiles into the sea on Tuesday. The United States "
        "condemned the launch. Japan called it unacceptable.",
        "USA>PRK:11 JPN>PRK:11",
    ),
    (
        "CANBERRA",
        "North Korea launched a spy satellite on Monday. South Korea condemned the launch. "
        "Australia called it reckless.",
        "KOR>PRK:11 AUS>PRK:11",
    ),
    (
        "WARSAW",
        "Russia test-fired a hypersonic missile on Friday. NATO condemned the test. Poland "
        "called it a threat to Europe.",
        "NATO>RUS:11 POL>RUS:11",
    ),
    # kept: a coded act answered in turn
    (
        "NICOSIA",
        "Turkey sent a drill ship into disputed waters. Greece condemned the move. Cyprus "
        "called it a provocation.",
        "GRC>TUR:11 CYP>TUR:11",
    ),
    (
        "PARIS",
        "Russia expelled two Estonian diplomats. Germany condemned the expulsion. France "
        "called it unjustified.",
        "RUS>EST:16 DEU>RUS:11 FRA>RUS:11",
    ),
]

# a participle naming its host's own deed a response is no reaction (extract: _names_host_deed
# also after the context gave the naming a "reaction" kind)
OWN_DEEDS_NAMED: list[Case] = [
    (
        "NAIROBI",
        "Kenya expelled two Somali diplomats on Monday, calling it a response in kind.",
        "KEN>SOM:16",
    ),
    (
        "BAMAKO",
        "Mali ordered two Ivorian diplomats to leave, calling it a response in kind.",
        "MLI>CIV:16",
    ),
    (
        "TBILISI",
        "Georgia expelled a Russian diplomat, calling it a response to interference.",
        "GEO>RUS:16",
    ),
    # kept: a host that answers another's act passes on whom it answers
    (
        "WARSAW",
        "Russia struck Kyiv overnight. Poland condemned the attack, calling it barbaric.",
        "RUS>UKR:19 POL>RUS:11",
    ),
    ("ACCRA", "Ghana rejected Togo's plan on Tuesday, calling it a trap.", "GHA>TGO:12"),
]

# a firm the article calls the state's, or one the actor data knows as state-owned
# (state_companies.yaml), acts for its state: session 32 ruling
STATE_FIRMS: list[Case] = [
    (
        "MOSCOW",
        "Russian gas giant Gazprom said it would halt gas supplies to Moldova.",
        "RUS>MDA:16",
    ),
    ("LIMA", "China's state firm COSCO said it would build a new port in Peru.", "CHN>PER:03"),
]
CASES: list[Case] = STATE_SPEAKERS + ANSWERS_PASSED + OWN_DEEDS_NAMED + STATE_FIRMS
NONE: list[NearMiss] = FIRMS_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review40_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review40_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
