"""A name set off after "the head of <IGO or state>," holds that post (session 66, helper Q66).

'The head of the World Health Organization, Tomas Herrera, arrived ... “...,” the WHO chief
told reporters' spoke as "WHO chief": the parser hangs the name on the body the of-phrase
names ("Organization"), not on "head", so the actors stage gave the person no title, and an
IGO's "chief" referred back only to a head named by a listed head title ("director-general").
Now the name set off after "<title> of <state or IGO itself>," holds the title
(resolve.Resolver._office_before_comma, as "envoy to Sudan, X," did), a generic head of the
IGO ("head") fits its "chief" (Resolver._add_title), and a role read back finds the name
hung on its of-phrase's body (attribute._of_body_appositives; cues.yaml role_synonyms
chief/head). Found by Q66's gold-free battery (/tmp/s66/Q66/battery_src.py, c29), the wire
form of "The head of the U.N. nuclear watchdog, X," told again as "the agency chief".

Near misses: the IGO's spokesman is not its head; a minister met by the head is the
minister. Gaps: the head of a part of the IGO ("the head of the WHO's cholera team, X,")
already bore the head title before this change, so "the WHO chief" still finds that person;
and "the WHO spokesman" after the head alone finds the head (both as on main).

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_JUBA = (
    "JUBA (Reuters) - The head of the World Health Organization, Tomas Herrera, arrived in "
    "Juba on Monday as cholera spread.\n"
)

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        _JUBA + "“We need clean water before we need medicine,” the WHO chief told reporters.\n"
        "“Every day counts,” he added.",
        "clean water before",
        "Tomas Herrera",
    ),
    (
        _JUBA + "“We need clean water before we need medicine,” the WHO chief told reporters.\n"
        "“Every day counts,” he added.",
        "Every day counts",
        "Tomas Herrera",
    ),
    (
        "VIENNA (Reuters) - The head of the Organization of the Petroleum Exporting Countries, "
        "Haitham Mansour, met Iraq's oil minister on Monday.\n"
        '"The market is balanced," the OPEC chief said.',
        "market is balanced",
        "Haitham Mansour",
    ),
    (
        "SANTIAGO (AP) - The foreign minister of Chile, Paula Reyes, met her Peruvian "
        'counterpart on Monday.\n"We agreed on a calendar," the Chilean minister told reporters.',
        "agreed on a calendar",
        "Paula Reyes",
    ),
]

_NEAR: list[tuple[str, str, str]] = [
    (
        "JUBA (Reuters) - The head of the World Health Organization, Tomas Herrera, met South "
        "Sudan's health minister, Elia Lomuro, on Monday.\n"
        "“We need clean water,” the minister told reporters.",
        "clean water",
        "Elia Lomuro",
    ),
]

_GAPS: list[tuple[str, str, str]] = [
    (
        "JUBA (Reuters) - The head of the World Health Organization's cholera team, Anna Berg, "
        "arrived in Juba on Monday.\n“We need clean water,” the WHO chief told reporters.",
        "clean water",
        "WHO chief",
    ),
    (
        _JUBA + "“We need clean water,” the WHO spokesman told reporters.",
        "clean water",
        "WHO spokesman",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers131_head_of_body_named(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.xfail(strict=True, reason="a part's head bears the IGO's head title; a spokesman reads back to the head")
@pytest.mark.parametrize(("text", "words", "speaker"), _GAPS)
def test_speakers131_gaps(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
