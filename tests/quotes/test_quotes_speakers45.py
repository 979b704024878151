"""Quote speakers of session 33 (helper S41), from set 41's four wrong speakers, by their forms.

A head named by title and later "the <nationality> leader" speaks under the first title, also
when a generic head of a body ("the head of Kenya's ports authority, Amos Waweru") was named
before: a generic head holds no head of state's title (resolve._generic_only). A document's
words speak for whoever acted in it ("made the request in a letter ... the letter said": the
writer, not the state; attribute._issuer), but not for one only quoted or cited in it
(cues.yaml citing_verbs). A quoted phrase taken "as" by a relative clause's verb of acceptance
("which Samoa accepted as “a first step”") is that clause subject's (cues.yaml as_verbs). A
possessed subject the parser hung as a clause before its verb ("ASEAN's secretary-general, in
Hanoi for a meeting, called ...": "general" read as an adjective) speaks
(attribute._misread_subject). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "MOMBASA, Kenya — Kenya and Tanzania signed a port deal on Monday. It was signed by "
        "Tanzania's transport minister, Asha Juma, and the head of Kenya's ports authority, Amos "
        "Waweru. Kenya's president welcomed his guest at the state house.\n\n"
        '"Tanzania is our closest partner," the Kenyan leader told reporters.',
        "our closest partner",
        "Kenya's president",
    ),
    (
        "NUKU'ALOFA, Tonga — Tonga asked Japan on Monday to fund a new wharf. Tonga's prime "
        "minister made the request in a letter to Japan's prime minister.\n\n"
        '"Our wharf is too old," the letter said.',
        "Our wharf is too old",
        "Tonga's prime minister",
    ),
    (
        "APIA, Samoa — Under a deal signed in 2023, New Zealand agreed to pay $40 million, which "
        'Samoa accepted as "a first step" toward full compensation.',
        "a first step",
        "Samoa",
    ),
    (
        "HANOI — Vietnam and Laos signed a border treaty on Friday. Tran Van Minh, a retired "
        "diplomat, attended the ceremony.\n\nASEAN's secretary-general, in Hanoi for a "
        'separate meeting, called the treaty "good news for the whole region."',
        "good news for the whole region",
        "ASEAN's secretary-general",
    ),
    (
        "HANOI — Vietnam and Laos signed a border treaty on Friday. Tran Van Minh, a retired "
        "diplomat, attended the ceremony.\n\nThe Commonwealth's secretary-general, in Hanoi for "
        'a separate meeting, called the treaty "a model for the world."',
        "a model for the world",
        "Commonwealth's secretary-general",
    ),
]

#: near-misses that must stay as they are: a statement released speaks for its body
_KEPT: list[tuple[str, str, str]] = [
    (
        "LIMA — Peru's foreign ministry released a statement on Monday.\n\n"
        '"We reject the claim," the statement said.',
        "We reject the claim",
        "Peru's foreign ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers45_titles_letters_relatives(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
