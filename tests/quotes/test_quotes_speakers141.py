"""A bare role word reads back to the person the story has just named again, however far back
it gave them the role (session 67, helper Q67).

Wire stories name an official with a role ("Its state secretary, Ivana X, said ..."), go on
about others for ten sentences and more, then name the official again and quote them by the
role: "X said Serbia would not apologise. “...,” the state secretary said." The role
read-back (quotes/attribute.py ``_role_antecedent``) looked ten sentences back only, so the
quotation spoke as "state secretary" (or as a role phrase nearer, "Security Council
spokesman"). It now reads on to the article's start for a person named, not by a pronoun,
outside quotation marks in the role's sentence or the one before (``_recently_named``).
Found by Q67's battery (/tmp/s67/Q67/battery_src.py, L09 and L14).

Near misses: a person given the role far back but not named again keeps the old answer (the
bare role); a nearer holder of the role is still taken first.

Gap: "The head of the National Water Commission, X ... the water commission chief said":
a role naming the body by other words than the introduction's.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_FILLER = (
    "About 120,000 ethnic Serbs live in Croatia, down from far more before the war. "
    "Serb parties have been part of several governments. "
    "A Serb politician serves as a deputy prime minister. "
    "Belgrade often accuses Zagreb of failing the minority. "
    "Zagreb denies this. "
    "The two countries fought a war in the 1990s.\n"
    "The minister is a member of the ruling party. "
    "He has made similar remarks in the past. "
    "Last year he asked for compensation for refugees. "
    "Croatia rejected that. "
    "It protested to the embassy at the time.\n"
)

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "BELGRADE (AP) - Serbia defended its minister on Friday.\n"
        "Serbia's foreign ministry defended the remarks. Its state secretary, Ivana Petrovic, said "
        'the minister had "only told the truth."\n' + _FILLER + "Petrovic said Serbia would not "
        'apologise. "We have nothing to withdraw," the state secretary said.',
        "nothing to withdraw",
        "Ivana Petrovic",
    ),
    (
        "ADDIS ABABA (Reuters) - Ethiopia rejected Egypt's account on Tuesday.\n"
        "A spokesman for the prime minister's office, Dawit Tesfaye, said the talks had not "
        "failed.\n" + _FILLER + "Tesfaye said Ethiopia would write to the Security Council. "
        '"We have nothing to hide," the spokesman said.',
        "nothing to hide",
        "Dawit Tesfaye",
    ),
]

_NEAR: list[tuple[str, str, str]] = [
    (
        "BELGRADE (AP) - Serbia defended its minister on Friday.\n"
        "Its state secretary, Ivana Petrovic, said the minister had told the truth.\n"
        + _FILLER
        + 'Serbia would not apologise. "We have nothing to withdraw," the state secretary said.',
        "nothing to withdraw",
        "state secretary",
    ),
    (
        "BELGRADE (AP) - Serbia defended its minister on Friday.\n"
        "Its state secretary, Ivana Petrovic, said the minister had told the truth.\n"
        + _FILLER
        + "Another state secretary, Marko Ilic, said Serbia would not apologise. Petrovic agreed. "
        '"We have nothing to withdraw," the state secretary said.',
        "nothing to withdraw",
        "Marko Ilic",
    ),
]

_GAPS: list[tuple[str, str, str]] = [
    (
        "MEXICO CITY (AP) - Mexico will deliver the water it owes the United States.\n"
        "The head of the National Water Commission, Efrain Morales, said the plan would use "
        "water from dams.\nMorales said the commission would meet farmers next week. "
        '"We will listen to every one of them," the water commission chief said.',
        "listen to every one",
        "Efrain Morales",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers141_role_read_back_far(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.xfail(strict=True, reason="a role naming the body by other words")
@pytest.mark.parametrize(("text", "words", "speaker"), _GAPS)
def test_speakers141_gaps(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
