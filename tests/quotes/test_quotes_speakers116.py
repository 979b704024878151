"""Quote speakers of spokespeople (session 63, helper D63): convention 3 of "Conventions
decided (session 63)" in tests/gold/README.md.

A spokesperson is a person, so the guidelines' "full name as the article first gives it"
applies, not the rule for an institution that speaks:

- a named spokesperson ("Japanese Foreign Ministry spokesperson Kenji Sato") is the name;
- an unnamed one is the spokesperson as the article gives it, without the article and in the
  article's word order ("a spokesperson for the Foreign Ministry in Lisbon" -> "spokesperson
  for the Foreign Ministry", "an interior ministry spokesman" -> "interior ministry
  spokesman", "Vietnam's foreign ministry spokesperson"), as the open sets give it in about
  380 quotes;
- a bare one after the institution that spoke ("Norway's Foreign Ministry rejected the
  protest. A spokesperson said ...") stays a spokesperson: the scorer takes any speaker that
  ends in the same word, so "Norway's Foreign Ministry spokesperson" and "ministry
  spokeswoman" both match a gold that resolves the owner.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_AS_GIVEN: list[tuple[str, str, str]] = [
    (
        "TOKYO (AP) - Japan protested on Monday. Japanese Foreign Ministry spokesperson Kenji Sato"
        ' said the move was "unacceptable."',
        "unacceptable",
        "Kenji Sato",
    ),
    (
        "LISBON (AP) - Portugal rejected the request. A spokesperson for the Foreign Ministry in"
        ' Lisbon said the talks were "not the right forum."',
        "not the right forum",
        "spokesperson for the Foreign Ministry",
    ),
    (
        "ROME (AP) - Italy rejected the request. An interior ministry spokesman said Italy had"
        ' "done its part."',
        "done its part",
        "interior ministry spokesman",
    ),
    (
        'BERN (AP) - Switzerland declined. "We see no basis for it," a spokesman for'
        " Switzerland's foreign ministry said.",
        "We see no basis",
        "spokesman for Switzerland's foreign ministry",
    ),
    (
        'HANOI (AP) - Vietnam protested. "This violates our sovereignty," Vietnam\'s foreign'
        " ministry spokesperson said.",
        "violates our sovereignty",
        "Vietnam's foreign ministry spokesperson",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _AS_GIVEN)
def test_speakers116_spokesperson_as_given(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


#: (text, words, last word of the speaker): a bare spokesperson after its institution
_BARE: list[tuple[str, str, str]] = [
    (
        "OSLO (AP) - Norway's Foreign Ministry rejected the protest. A spokesperson said the"
        ' exercise was "purely defensive."',
        "purely defensive",
        "spokesperson",
    ),
    (
        "SOFIA (AP) - Bulgaria's Foreign Ministry condemned the move. A ministry spokeswoman said"
        ' Sofia would respond with "equal measures."',
        "equal measures",
        "spokeswoman",
    ),
]


@pytest.mark.parametrize(("text", "words", "last"), _BARE)
def test_speakers116_bare_spokesperson_stays_one(
    run: Run, text: str, words: str, last: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == last, quote.speaker


# (was a strict xfail; resolved by attribute._earlier_igo_body, session 63 helper Q63,
# tests/quotes/test_quotes_speakers124.py)
def test_speakers116_owner_noun_resolved(run: Run) -> None:
    """ "The U.N. refugee agency urged ... a spokeswoman for the agency said": the gold's
    "U.N. refugee agency spokeswoman" (set 66; session 68's decision 6 put the role last)."""
    text = (
        'ACCRA (AP) - The U.N. refugee agency urged Ghana to halt returns. "Conditions are not'
        ' safe," a spokeswoman for the agency said in Geneva.'
    )
    quote = quote_with(run(text), "Conditions are not safe")
    assert quote.speaker == "U.N. refugee agency spokeswoman", quote.speaker
