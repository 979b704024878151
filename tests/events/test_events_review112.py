"""Review 112 (session 40, builder S56): set 56's extras, read as general forms.

Five forms behind the extras of set 56 (opened in session 40):
- a state "heavily indebted" to another owes it money: no thanks (v.grateful's unless_words);
- an aid or act named "a vote of confidence" is praise, no name-calling (v.call_names);
- talks begun or resumed ("began negotiating the agreement in 2023", "resumed negotiating")
  are under way, no deal struck (046, extract._progressive with ongoing_heads);
- two acts of one root whose one target the context gives ("has funded demining since the
  1990s and says it has paid $150 million") tell one act twice: one event;
- "welcomes all projects that help Laos develop" is a stand on whatever act of a kind, as
  "any step that ...": it answers no deed told (sides._any_act with restricted_quantifiers).
Near misses: gratitude that is "deeply indebted", "a betrayal of confidence", a deal
negotiated or talks finished, "all the agreements" just told.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# owing money is no thanks; thanks still are
INDEBTED: list[Case] = [
    ("VIENTIANE", "Laos is heavily indebted to China after a decade of railway loans.", ""),
    ("LUSAKA", "Zambia is financially indebted to China, its finance minister said on Monday.", ""),
    (
        "VIENTIANE",
        "Laos said on Monday that it was deeply indebted to Vietnam for its help during the floods.",
        "LAO>VNM:05",
    ),
    ("ACCRA", "Ghana is grateful to Japan for its support, the president said.", "GHA>JPN:05"),
]

# a vote of confidence named is no insult; a betrayal of it still is
CONFIDENCE: list[Case] = [
    (
        "BEIRUT",
        "Lebanon's prime minister called the Qatari aid \"a vote of confidence in the state.\"",
        "",
    ),
    (
        "AMMAN",
        "Jordan's foreign minister called the Saudi loan a vote of confidence in Jordan's economy.",
        "",
    ),
    (
        "BEIRUT",
        "Lebanon's prime minister called the Syrian decision a betrayal of confidence.",
        "LBN>SYR:11",
    ),
]

# talks begun or resumed are talks (04); a deal negotiated or talks finished a deal (05)
ONGOING: list[Case] = [
    (
        "SEOUL",
        "South Korea and Malaysia began negotiating the agreement in 2023.",
        "KOR>MYS:04 MYS>KOR:04",
    ),
    (
        "NAIROBI",
        "Kenya and Tanzania resumed negotiating a border treaty on Monday.",
        "KEN>TZA:04 TZA>KEN:04",
    ),
    (
        "NAIROBI",
        "Kenya and Uganda started to negotiate a trade deal last year.",
        "KEN>UGA:04 UGA>KEN:04",
    ),
    (
        "NAIROBI",
        "Kenya and Rwanda finished negotiating a trade deal last year.",
        "KEN>RWA:05 RWA>KEN:05",
    ),
    ("NAIROBI", "Ethiopia and Djibouti negotiated a port agreement in 2024.", "ETH>DJI:05 DJI>ETH:05"),
]

# one act of help told twice with a target from the context: one event
TOLD_TWICE: list[Case] = [
    (
        "TOKYO",
        "Japan agreed on Tuesday to give Cambodia 40 demining machines. Japan has funded"
        " demining in Cambodia since the 1990s through the Cambodian Mine Action Centre and says"
        " it has paid more than $150 million in all.",
        # the machines agreed to be given are aid goods since session 65 (vocabulary131)
        "JPN>KHM:03 JPN>KHM:07",
    ),
]

# whatever act of a kind welcomed answers no deed told; the deals just told are
ANY_ACT: list[Case] = [
    (
        "HANOI",
        "Laos and Vietnam signed an agreement on Wednesday to build a railway to the sea. China's"
        " embassy in Vientiane said in a statement that it \"welcomes all projects that help Laos"
        " develop.\"",
        "LAO>VNM:05 VNM>LAO:05",
    ),
    (
        "NAIROBI",
        "Kenya and Uganda signed an agreement on Monday to build a pipeline to the coast. China's"
        " embassy said it welcomed all projects that help the region grow.",
        "KEN>UGA:05 UGA>KEN:05",
    ),
    (
        "HANOI",
        "Vietnam and Cambodia signed two agreements on Monday. China welcomed all the agreements.",
        "VNM>KHM:05 KHM>VNM:05 CHN>VNM:05 CHN>KHM:05",
    ),
    # "all ... to" an infinitive is a purpose, no kind said ("all necessary measures to
    # contain the outbreak": a stand told as before)
    (
        "LOME",
        "Ghana accused Togo on Monday of hiding a cholera outbreak. Togo said it would take all"
        " necessary measures to contain the outbreak.",
        "GHA>TGO:11",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES: list[Case] = INDEBTED + CONFIDENCE + ONGOING + TOLD_TWICE + ANY_ACT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review112_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review112_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
