"""Review 39 (session 24, builder CO): probes of wire stories that read wrongly.

A cooperative act that a state only can or could do states no will to act
("Chile can sell copper to India", "Peru could send troops to Ecuador"): CAMEO 03 needs a
will told ("will", "would", "plans to", "pledged"), so such a verb, or one it complements
("could begin to export"), codes nothing (modality._possible_only, rules possibility_modals;
"may" and "might" keep their intent: "Peru and Ecuador may sign an accord").
An offer on a condition ("said it can supply gas to Germany if asked"), a will/would and a
threat told with "could" ("warned it could cut gas supplies") stay coded.
A state's one-word brand ("Taiwan's TSMC", "China's Huawei", "Kenya's Safaricom", names the
parser calls organizations) is a firm no state acts through (parties._actors_of, rules
private_body_labels); ministries, central banks, parliaments and state bodies known by name
("Pakistan's ISI", groups.yaml) stay the state.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# modality._possible_only: ability or possibility is no intent; a will, an offer on a
# condition and a threat are kept
WILLED: list[Case] = [
    ("HANOI", "Vietnam will send rice to the Philippines, the trade ministry said.", "VNM>PHL:03"),
    ("BUENOS AIRES", "Argentina said it would supply wheat to Brazil next year.", "ARG>BRA:03"),
    ("OSLO", "Norway said it can supply gas to Germany if asked.", "NOR>DEU:03"),
    ("WARSAW", "Poland warned it could cut gas supplies to Hungary.", "POL>HUN:13"),
    ("TOKYO", "Japan pledged to send aid to Myanmar after the floods.", "JPN>MMR:03"),
]
POSSIBLE_NOT: list[NearMiss] = [
    ("SANTIAGO", "Chile can sell copper to India, the mining minister said."),
    ("LIMA", "Peru could send troops to Ecuador, the defense minister said on Tuesday."),
    ("JAKARTA", "Indonesia said it could begin to export nickel to Australia."),
    ("NAIROBI", "Kenya can export tea to Pakistan, officials said."),
]

# parties._actors_of, rules private_body_labels: a state's one-word brand is no state body
STATE_BODIES: list[Case] = [
    ("MOSCOW", "Russia's Defense Ministry criticized Ukraine on Monday.", "RUS>UKR:11"),
    ("ISLAMABAD", "Pakistan's ISI accused India of plotting attacks.", "PAK>IND:11"),
    ("NAIROBI", "Kenya's central bank signed a deal with Uganda.", "KEN>UGA:05"),
    (
        "PRETORIA",
        "South Africa's Department of International Relations praised Germany for its apology.",
        "ZAF>DEU:05",
    ),
    ("BERLIN", "Germany's Bundestag condemned Iran on Thursday.", "DEU>IRN:11"),
]
FIRMS_NOT: list[NearMiss] = [
    ("TAIPEI", "Taiwan's TSMC is building a plant in Japan."),
    ("NAIROBI", "China's Huawei signed a deal with Kenya's Safaricom on Tuesday."),
    ("HANOI", "South Korea's Samsung signed a deal with Vietnam."),
]

CASES: list[Case] = WILLED + STATE_BODIES
NONE: list[NearMiss] = POSSIBLE_NOT + FIRMS_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review39_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review39_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
