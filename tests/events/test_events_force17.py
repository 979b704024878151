"""Force 17 (session 17, X4): threats announced by the state acted on, and what they answer.

ANSWERS AHEAD: "Russia said it would respond", "warned that Moscow would draw the appropriate
conclusions", "would take all necessary measures", "will not remain indifferent", "will not
leave this aggression unanswered": an answer announced (future_only patterns) by a state just acted on threatens (130; 138 with force)
whoever acted on it. Near-misses: the act told as done ("responded by expelling"), a
possibility ("might respond"), a reply to a request, a letter or questions, conclusions drawn
from an inquiry, an answer with no means ("will answer it together"). "would answer with
force" is a gap again (v.vow_answer taken out at the session's end: no dev event, one wrong
on a blind set).
WARNED ACTS: "Iran warned that it would cut off gas to Turkey", "warning that Tehran could
halt fuel exports to Afghanistan": the warner's own act in its that-clause is threatened
(rules.yaml warned_codes: 1311, 1312, 1313, 138), neither done nor announced. Near-misses: a
warning of the warner's own trouble, a forecast about others, an act said, not warned.
PERSON ACCUSED: "prosecutors accuse him of fraud": a person is named, no state's counterpart.
THREATS ARE NO DEEDS (reactions.py, no row: short texts answer the sanctions already): a
threat made in answer is words, never the deed a later "the sanctions" names.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ANSWERS_AHEAD: list[Case] = [
    (
        "WARSAW",
        "Poland expelled two Belarusian diplomats on Tuesday. Minsk said it would respond.",
        "POL>BLR:16 BLR>POL:13",
    ),
    (
        "VILNIUS",
        "Lithuania closed its border with Belarus on Friday. The Belarusian Foreign Ministry "
        "said Minsk would respond to the move.",
        "LTU>BLR:19|16 BLR>LTU:13",
    ),
    (
        "RIGA",
        "Latvia banned two Russian television channels on Thursday. A Kremlin spokesman "
        "warned that Moscow would draw the necessary conclusions.",
        "LVA>RUS:17 RUS>LVA:13",
    ),
    (
        "BAKU",
        "Azerbaijan expelled two Iranian diplomats on Monday. Iran warned that Tehran will "
        "not remain indifferent to any threat to its security.",
        "AZE>IRN:16 IRN>AZE:13",
    ),
    (
        "TBILISI",
        "Georgia expelled two Russian diplomats on Monday. The Kremlin said Russia would not "
        "stand idly by.",
        "GEO>RUS:16 RUS>GEO:13",
    ),
    (
        "KABUL",
        "Pakistani jets struck two villages in Paktika on Tuesday. The Taliban government said "
        "it would not leave the attack unanswered.",
        "PAK>AFG:19 AFG>PAK:13",
    ),
    # near-misses: the deed the threat would answer codes alone
    (
        "MINSK",
        "Lithuania expelled a Belarusian diplomat on Monday. Belarus said it might respond.",
        "LTU>BLR:16",
    ),
    (
        "MINSK",
        "Lithuania expelled a Belarusian diplomat on Monday. Minsk said it would respond if "
        "Vilnius expelled more diplomats.",
        "LTU>BLR:16 BLR>LTU:13",
    ),
    (
        "OSLO",
        "Norway responded to Russia's expulsion of its diplomats by expelling two Russian envoys.",
        "NOR>RUS:16",
    ),
    (
        "VILNIUS",
        "Lithuania expelled a Russian diplomat on Monday. Latvia said the Baltic states face "
        "the same threat and will answer it together.",
        "LTU>RUS:16",
    ),
]

# A warner's own act in its that-clause is held over another, not done (warned_codes: 13x).
WARNED_ACTS: list[Case] = [
    (
        "TEHRAN",
        "Iran warned on Monday that it would cut off gas supplies to Turkey.",
        "IRN>TUR:13",
    ),
    (
        "KABUL",
        "Iranian lawmakers went further last week, warning that Tehran could halt fuel exports "
        "to Afghanistan.",
        "IRN>AFG:13",
    ),
    (
        "ANKARA",
        "Turkish President Recep Tayyip Erdogan warned that Ankara could sever ties with Israel.",
        "TUR>ISR:13",
    ),
    (
        "PYONGYANG",
        "North Korea's defence ministry warned that Pyongyang would strike South Korean warships.",
        "PRK>KOR:13",
    ),
    (
        "MOSCOW",
        "The Kremlin warned that Russia would expel Estonian diplomats if Tallinn passed the law.",
        "RUS>EST:13",
    ),
    # near-miss: said, not warned, the cut stays an announced measure
    ("BERLIN", "Germany said it would cut off gas supplies to Hungary.", "DEU>HUN:16"),
]

# A person accused is no state: no counterpart is guessed for the charge.
PERSON_ACCUSED: list[Case] = [
    (
        "PRETORIA",
        "South Africa refused India's request to extradite a tycoon on Tuesday. Indian "
        "prosecutors accuse him of siphoning money from state banks.",
        "ZAF>IND:12",
    ),
    (
        "MANILA",
        "China detained a Filipino fisherman on Monday. Chinese officials accused him of "
        "illegal fishing.",
        # the one its own state holds: charged as his state, as the open sets code a held
        # national's charge (test_events_context184); no counterpart is guessed
        "CHN>PHL:17 CHN>PHL:11",
    ),
]

NONE: list[NearMiss] = [
    ("WARSAW", "Poland warned on Monday that it could run out of gas by March."),
    ("BRUSSELS", "The EU warned that rising prices could hurt the economies of its members."),
    (
        "WARSAW",
        "Ukraine sent Poland a list of questions on Tuesday. Warsaw said it would respond to "
        "the questions this week.",
    ),
    (
        "BERLIN",
        "The German chancellor said on Monday that Germany would respond quickly to the flood "
        "in Bavaria.",
    ),
    ("PARIS", "France said on Monday it would respond to the questions of lawmakers next week."),
    (
        "ROME",
        "Italy said on Monday it would draw conclusions from the inquiry into the shipwreck.",
    ),
    (
        "TOKYO",
        "Japan said it would take all necessary measures to contain the bird flu outbreak.",
    ),
]

GAPS: list[Gap] = [
    (
        "CARACAS",
        "Guyana detained a Venezuelan patrol crew on Monday. Venezuela's president said his "
        "country would answer with force.",
        "GUY>VEN:17 VEN>GUY:13",
        "'answer with' (v.vow_answer) was taken out again: it coded no dev event and one wrong "
        "one on a blind set (the reversed pair), so it had earned no place",
    ),
    (
        "SEOUL",
        "South Korea expelled two North Korean diplomats on Monday. North Korea warned that "
        "Pyongyang would answer any provocation with force.",
        "KOR>PRK:16 PRK>KOR:13",
        "the with-phrase hangs on the object, and the answer names no means of its own",
    ),
    (
        "VALLETTA",
        "Malta turned away a Russian frigate on Monday. A ministry spokesperson warned that "
        "Moscow would \u201cdraw the appropriate conclusions.\u201d",
        "MLT>RUS:12|16 RUS>MLT:13",
        "a quoted verb phrase parses without Moscow as its subject",
    ),
]

CASES = ANSWERS_AHEAD + WARNED_ACTS + PERSON_ACCUSED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_force17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_force17_codes_threats(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; near-misses code nothing."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
