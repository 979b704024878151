"""Quote speakers (session 61): bare unnamed sources naming a thing in a free relative
("halted the sale over what officials called “...”") name it for the state or body whose act the
relative hangs on, as the annotators give it; sources with words of their own ("what
Turkish officials called"), or a person's act, keep the officials. Quoted words are no
speaker of their own relative clause ("not to believe “miracle healers” who claim");
a speech noun owns the "for" phrase the parser hangs on its verb ("brought a call from
the EU for “...”"); a spokesperson for an office named later in the paragraph ("the
spokesperson, X,") is that person from the first quotation on; "she said" after "One of
the fired judges said" is that one (by the singular noun, as "one of the officials"
speaks), not a person named before."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_HEAD = "Ghana halts refinery sale\n\nACCRA (Reuters) - "

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        _HEAD + "Ghana halted the sale of its state refinery to a Turkish group on Friday over "
        "what officials called “gaps in the bidding file.”",
        "gaps in the bidding file",
        "Ghana",
    ),
]

_OTHERS: list[tuple[str, str, str]] = [
    (
        # the quoted words are no speaker of their own relative clause
        _HEAD + "Health Minister Rosa Tamayo warned parents not to believe “miracle healers” who "
        "claim to cure cancer.",
        "miracle healers",
        "Rosa Tamayo",
    ),
    (
        # the noun's "for" phrase hung on the verb
        _HEAD + "Ghana halted the sale on Friday.\nOfficials in Accra said the buyer had been told "
        "in writing.\nThe shelling brought a call from the European Union for “an immediate "
        "ceasefire” around the plant.",
        "an immediate ceasefire",
        "European Union",
    ),
    (
        # the spokeswoman the paragraph names next
        _HEAD + "A spokeswoman for the WHO director-general said the agency was “gravely "
        "concerned” by the attacks. “Health workers are not targets,” the spokeswoman, Leila "
        "Haddad, told reporters in Geneva.",
        "gravely concerned",
        "Leila Haddad",
    ),
    (
        # a pronoun after an unnamed "one of" the people who spoke, not the person named before
        _HEAD + "Judge Elena Ruiz said the reform broke the constitution. “This is a purge,” she "
        "said.\nOne of the fired judges, speaking on condition that her name be withheld, said "
        "she had been followed for weeks.\n“Nobody explained anything to me,” she said.",
        "Nobody explained anything",
        "fired judge",
    ),
]

#: near misses
_NEAR: list[tuple[str, str, str]] = [
    (
        # officials of another state, named by their words
        _HEAD + "Ghana halted the sale over what Turkish officials called “a rushed review.”",
        "a rushed review",
        "Turkish officials",
    ),
    (
        # a person's act: the officials are not his
        _HEAD + "Trade Minister Kofi Mensah halted the sale over what officials called “a hasty "
        "review.”",
        "a hasty review",
        "officials",
    ),
    (
        # a judging relative of its own: the judge speaks
        _HEAD + "The decision drew criticism from Chile, which called it “a step backwards.”",
        "a step backwards",
        "Chile",
    ),
    (
        # a spokesperson never named stays the phrase
        _HEAD + "A spokesman for the Foreign Ministry said the talks were “useful.”",
        "useful",
        "spokesman for the Foreign Ministry",
    ),
    (
        # "one of" things, not people: the person named before
        _HEAD + "Judge Elena Ruiz said the reform broke the constitution.\nOne of the reports, "
        "published in March, said threats had risen.\n“They took my files,” she said.",
        "They took my files",
        "Elena Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _OTHERS + _NEAR)
def test_speakers112_officials_name_for_the_acting_state(run: Run, text: str, words: str, speaker: str) -> None:
    assert quote_with(run(text), words).speaker == speaker
