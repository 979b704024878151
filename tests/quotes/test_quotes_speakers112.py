"""Quote speakers (session 61): bare unnamed sources naming a thing in a free relative
("citing what officials called “...”") name it for the state or body whose act the
relative hangs on, as the annotators give it; sources with words of their own ("what
Chilean officials called"), or a person's act, keep the officials. Quoted words are no
speaker of their own relative clause ("not to trust “so-called brokers” who promise");
a speech noun owns the "for" phrase the parser hangs on its verb ("drew a call from the
EU for “...”"); a spokesperson for an office named later in the paragraph ("the
spokesperson, X,") is that person from the first quotation on."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_HEAD = "Peru suspends mining deal\n\nLIMA (Reuters) - "

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        _HEAD + "Peru on Thursday suspended a $2 billion agreement under which a Chinese fund was "
        "to take a stake in one of its largest mines, citing what officials called "
        "“irregularities in the audit.”",
        "irregularities in the audit",
        "Peru",
    ),
    (
        _HEAD + "Paraguay, which borders only Brazil, Bolivia and Argentina, has spent years "
        "looking for what officials call “new ports.”",
        "new ports",
        "Paraguay",
    ),
]

_OTHERS: list[tuple[str, str, str]] = [
    (
        _HEAD + "Officials in Vientiane said Laos had asked Thailand to make sure the 20 were "
        "“treated humanely.” Foreign Ministry spokesman Khamphao Ernthavanh also urged Lao "
        "citizens not to trust “so-called job brokers” who promise factory work in Europe.",
        "so-called job brokers",
        "Khamphao Ernthavanh",
    ),
    (
        _HEAD + "Officials in Lima said a visit would be allowed “once the first hearing is "
        "held.”\nThe arrests drew a call from the European Union for “full transparency” from "
        "both governments.",
        "full transparency",
        "European Union",
    ),
    (
        _HEAD + "A spokesperson for the U.N. Secretary-General said the United Nations “deeply "
        "regrets” the decision. “Our officers report impartially, as they do in every "
        "country,” the spokesperson, Maria Okonkwo, said in New York.",
        "deeply regrets",
        "Maria Okonkwo",
    ),

    (
        # a pronoun after an unnamed "one of" the people who spoke, not the person named before
        _HEAD + "Prosecutor Ana Quispe said the cases gave people hope. “If the money stops, who "
        "pays?” she said.\nOne of the dismissed prosecutors, who asked not to be named because "
        "she is appealing the decision, said she had received threats since March.\n“They took "
        "my badge on a Friday afternoon, without a hearing,” she said.",
        "They took my badge",
        "dismissed prosecutor",
    ),
]

#: near misses
_NEAR: list[tuple[str, str, str]] = [
    (
        # officials of another state, named by their words
        _HEAD + "Peru suspended the deal, citing what Chilean officials called “a rushed audit.”",
        "a rushed audit",
        "Chilean officials",
    ),
    (
        # a speech verb outside the quoted words keeps its own subject
        _HEAD + "Farmers said “the men in grey” who came at night had burned the fields.",
        "the men in grey",
        "Farmers",
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
        _HEAD + "Prosecutor Ana Quispe said the cases gave people hope.\nOne of the reports, "
        "published in March, said threats had risen.\n“They took my badge,” she said.",
        "They took my badge",
        "Ana Quispe",
    ),
    (
        # a person's act: the officials are not hers
        _HEAD + "Minister Ana Ruiz suspended the deal, citing what officials called “a rushed audit.”",
        "a rushed audit",
        "officials",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _OTHERS + _NEAR)
def test_speakers112_officials_name_for_the_acting_state(run: Run, text: str, words: str, speaker: str) -> None:
    assert quote_with(run(text), words).speaker == speaker
