"""Vocabulary 165 (session 68, V68): judgement verbs no pattern listed.

V68 compared the lemmas of our patterns per CAMEO root with the verbs the CAMEO codebook files
under each code and ranked the missing ones by their count in news. Among the judgements:
"taunted", "savaged", "panned", "needled" and the misspelt "chastized" a state are criticism
(v.criticize, 111); "feted", "lionized", "eulogized", "toasted" a leader are praise (v.praise,
051); "disavowed", "disowned", "gainsaid" a state or its statement are a rejection (v.reject,
120).

Near misses: the same verbs on no actor (a film panned, bread toasted, a singer feted) code
nothing.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("BERLIN", "Germany taunted Russia over its failed offensive.", "DEU>RUS:11"),
    (
        "WASHINGTON",
        "The State Department savaged Venezuela's government over the vote.",
        "USA>VEN:11",
    ),
    ("CANBERRA", "Australia panned China's new visa rules.", "AUS>CHN:11"),
    ("BEIJING", "China needled Japan over its wartime past.", "CHN>JPN:11"),
    ("DELHI", "India feted Egypt's president at a state banquet.", "IND>EGY:05"),
    ("MOSCOW", "Russian state media lionized Serbia's president.", "RUS>SRB:05"),
    ("PARIS", "France eulogized Senegal's late president as a friend.", "FRA>SEN:05"),
    ("TOKYO", "The Japanese emperor toasted the visiting Indian prime minister.", "JPN>IND:05"),
    ("ABUJA", "Nigeria disavowed Niger's junta.", "NGA>NER:12"),
    ("MOSCOW", "The Kremlin disowned the statement by Belarus.", "RUS>BLR:12"),
]
NONE: list[NearMiss] = [
    ("LONDON", "British newspapers panned the film."),
    ("PARIS", "The chef toasted the bread before the dinner."),
    ("ROME", "Fans feted the singer after the concert."),
    ("OSLO", "The novelist disowned her first book."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary165_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary165_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
