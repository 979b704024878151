"""Context 29 (session 16, IT3): reactions to a deed named only by "the action" or "the measures".

DEED NOUNS (gaps): a reaction whose object is "the action" or "the measure(s)" would, like "the
move", sum up the deed just told ("Argentina's coast guard seized a trawler. The United States
praised the action": USA>ARG). Added as deed_nouns in session 16 and taken out the same
session: on an unseen set the two words answered the wrong deed (3 right reactions lost, 4
wrong ones coded, counted by rule id) for one event gained on dev. Near-misses: no deed told
before, a deed of no other state, or "action" that is no object.
RELATIVE NAMING: "..., a step Moscow called illegal": a naming verb's unless_words judge the
name given, and the relative clause's head noun is the thing named (_verb_hits).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DEED_NOUNS: list[Case] = [
    (
        "BUENOS AIRES",
        "Argentina's coast guard seized a Chinese trawler. The United States praised the action.",
        "ARG>CHN:17 USA>ARG:05",
    ),
    (
        "BUENOS AIRES",
        "Argentina's navy seized a Chinese trawler on Friday. The United States praised the "
        "coast guard's action.",
        "ARG>CHN:17 USA>ARG:05",
    ),
    (
        "KYIV",
        "Russia struck Ukrainian power plants overnight. The UN condemned the action.",
        "RUS>UKR:19 UN>RUS:11",
    ),
]

# A protest or a naming answers the deed just told by its own rules, whatever its noun.
ANSWERED: list[Case] = [
    (
        "NAIROBI",
        "Kenya deported three Somali clerics on Monday. Somalia condemned the action.",
        "KEN>SOM:17 SOM>KEN:11",
    ),
    (
        "HANOI",
        "China detained 12 Vietnamese fishermen near the Paracels. Vietnam protested the action.",
        "CHN>VNM:17 VNM>CHN:11",
    ),
    (
        "SEOUL",
        "Japan imposed export curbs on South Korea on Monday. Seoul called the measures "
        "retaliatory.",
        "JPN>KOR:16 KOR>JPN:11",
    ),
]

# A naming in a reduced relative clause on the deed's noun ("..., a step Moscow called illegal"):
# the noun is the thing named, not the name given, so "step" does not read as praise (the
# name given still does: "a step Tripoli called important").
RELATIVE_NAMING: list[Case] = [
    (
        "MOSCOW",
        "Estonia expelled a Russian diplomat on Monday, a step Moscow called illegal.",
        "EST>RUS:16 RUS>EST:11",
    ),
    (
        "VILNIUS",
        "Belarus shut two border crossings with Lithuania, a step Vilnius called blackmail.",
        "BLR>LTU:16 LTU>BLR:11",
    ),
    (
        "BEIJING",
        "Japan detained a Chinese captain near the islands, a step Beijing called illegal.",
        "JPN>CHN:17 CHN>JPN:11",
    ),
    (
        "ANKARA",
        "Greece extended its territorial waters in the Ionian Sea, a step Ankara called "
        "unacceptable.",
        "TUR>GRC:11",
    ),
    (
        "LIMA",
        "Peru recalled its ambassador from Mexico, a step the Mexican Foreign Ministry called "
        "regrettable.",
        "PER>MEX:16 MEX>PER:11",
    ),
    # near-misses with an event of their own: praise, and a state naming its own act
    (
        "MOSCOW",
        "Estonia expelled a Russian diplomat on Monday, a step Moscow called an important signal.",
        "EST>RUS:16",
    ),
    (
        "CAIRO",
        "Egypt closed the Rafah crossing with Gaza, a step Cairo called necessary.",
        "EGY>PSE:16",
    ),
    (
        "ROME",
        "Italy hosted talks with Libya on Monday, a step Tripoli called a turning point.",
        "ITA>LBY:04",
    ),
]

NONE: list[NearMiss] = [
    (
        "ACCRA",
        "Ghana's central bank raised interest rates on Monday. The IMF welcomed the measure.",
    ),
    ("PARIS", "France called for action on climate change."),
    ("BERLIN", "Storms hit northern Germany on Monday. Poland praised the rescue action."),
    ("LONDON", "Britain welcomed the measures the Bank of England announced."),
    ("OTTAWA", "Canada praised the swift action of its firefighters."),
    (
        "ROME",
        "Italy's parliament passed the budget on Monday, a step the government called overdue.",
    ),
    (
        "TALLINN",
        "Estonia opened a new port on Monday, a step Moscow called a model for the region.",
    ),
]

GAPS: list[Gap] = [
    (d, b, e, "deed_nouns: 'the action' and 'the measures' answered the wrong deed on unseen text")
    for d, b, e in DEED_NOUNS
]

CASES = ANSWERED + RELATIVE_NAMING


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context29_codes_deed_nouns(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; near-misses code nothing."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
