"""Reactions 54 (session 48, P19): an answer vowed on a condition that names no state.

- '"If these incursions continue, we will respond"': an answer promised on a condition that
  tells a hostile deed but names no doer threatens (130) whoever last acted against the
  speaker's state (v.respond_if_provoked: reaction, answering a hostile act; needs
  provoked_condition, the if- or unless-clause holding a word of a hostile deed). A condition
  that names its state stays v.respond_if's; one of no deed ("if prices keep rising"), of
  talks, or a possibility ("we may respond") threatens no one.
- '"Our response will be stronger"': one's own answer foretold by its quality (the subject of
  "will be" with an adjective) threatens the same (n.foretold_answer,
  nominals._foretold_answer); a response told as done ("our response was measured") is
  none.
- A hard answer promised ('"Our military will respond sternly to any provocation"',
  "respond harshly to any incursion") threatens as "respond firmly" does (v.respond_in_kind's
  manner words: sternly, strongly, harshly, severely, robustly, mercilessly); a reply to a
  letter or a request is none (its unless_words).

Every article was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_SHELLED = "Uzbek troops shelled a Kyrgyz border post on Monday, wounding two guards."
_SEIZED = "The Indonesian navy seized two Vietnamese fishing boats near Natuna on Friday."

CASES: list[Case] = [
    ("BISHKEK", f'{_SHELLED} "If the shelling continues, we will respond," Kyrgyz Defence Minister Aibek Osmonov said.',
     "UZB>KGZ:19 KGZ>UZB:13"),
    ("BISHKEK", f'{_SHELLED} "If these incursions do not stop, we will retaliate," the Kyrgyz foreign minister said.',
     "UZB>KGZ:19 KGZ>UZB:13"),
    ("HANOI", f'{_SEIZED} "If these seizures go on, our response will be firm," Vietnamese Foreign Minister Tran Van Loc said.',
     "IDN>VNM:17 VNM>IDN:13"),
    # the quote alone, its speaker told in the sentence before
    ("BISHKEK", f'{_SHELLED} "Kyrgyzstan wants peace," Kyrgyz Defence Minister Aibek Osmonov told reporters. "If these provocations continue, our response will be stronger."',
     "UZB>KGZ:19 KGZ>UZB:13"),
    # the condition names the deed told: its doer is threatened, whoever it was done to
    ("BISHKEK", 'Uzbek troops shelled a Tajik border post on Monday. "If the shelling continues, we will respond," the Kyrgyz foreign minister said.',
     "UZB>TJK:19 KGZ>UZB:13"),
    # a condition that names its state keeps it
    ("BISHKEK", f'{_SHELLED} "If Tashkent does not stop, we will respond," the Kyrgyz foreign minister said.',
     "UZB>KGZ:19 KGZ>UZB:13"),
    # a hard answer promised to any provocation
    ("SEOUL", 'North Korean soldiers fired at South Korean guards on Monday. "Our military will respond sternly to any provocation," a South Korean defence ministry spokesman said.',
     "PRK>KOR:19 KOR>PRK:13"),
    ("SEOUL", 'North Korean soldiers fired at South Korean guards on Monday. "We will respond strongly to your letter," South Korean Defence Minister Kim Dong-ho told Pyongyang.',
     "PRK>KOR:19"),
]

NEAR_MISSES: list[NearMiss] = [
    # no deed in the condition, talks, a possibility, a response told as done
    ("BISHKEK", '"If prices keep rising, we will respond," Kyrgyz Economy Minister Aibek Osmonov said.'),
    ("BISHKEK", '"If the talks fail, we will respond," the Kyrgyz foreign minister said.'),
    ("HANOI", '"Our response was measured," Vietnamese Foreign Minister Tran Van Loc said.'),
    ("HANOI", '"Their response will be studied carefully," a Vietnamese analyst said.'),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_reactions54_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_reactions54_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
