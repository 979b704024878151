"""Quote speakers of session 48 (helper O69):

- words that describe a speech noun ("thanked Ottawa for its “quick and generous” response")
  are the thanker's judgement of it, not the response's own words (attribute._claim_owner
  leaves an adjective on the noun to _term_owner, which gives the clause's subject);
- "he" of a free relative "for what he called “...”" is the named subject of the clause
  the relative hangs on (attribute._relative_antecedent), whoever the actors stage tied it to;
- the subject of a "whose" clause speaks for the name the clause hangs on ("welcomed by the
  European Union, whose delegation said it “...”": attribute._whose_owner);
- a cue set inside a clause ("Morales, he said, would “...”") whose "he" the actors stage
  tied to that clause's own subject speaks as the person named before it
  (attribute._interrupted_subject, _speaker_before_subject);
- a reported clause with a named subject of its own takes the quoted words as its own when
  its verb takes them "as" something ("It said the president had described the case as
  “...”": attribute._as_owner, _reported_clause).

Near misses: the response's own words in a that-clause, and a "what he called" under a
pronoun subject. Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA — Peru's Foreign Minister Ana Rojas thanked Ottawa for its \"quick and generous\""
        " response.",
        "quick and generous",
        "Rojas",
    ),
    (
        "ACCRA — Ghana's Foreign Minister Kofi Mensah praised Paris for its “calm and patient”"
        " approach.",
        "calm and patient",
        "Mensah",
    ),
    (
        "RIGA — Latvia's prime minister arrived in Vilnius on Monday. Lithuania's President Rasa"
        ' Jankute thanked Riga for what she called "a neighbourly gesture."',
        "neighbourly gesture",
        "Jankute",
    ),
    (
        "SUVA — The deal was also welcomed by the European Union, whose delegation in Suva said"
        ' it "supports every step that links the islands."',
        "links the islands",
        "Union",
    ),
    (
        "LOME — Togo's prime minister spoke by phone with Benin's President Paul Adjovi on"
        " Wednesday, the government said in a statement. It said the president had described"
        ' the case as "a quarrel between cousins."',
        "quarrel between cousins",
        "Adjovi",
    ),
    (
        "QUITO — Peru's president wrote on social media that no court \"can judge\" Peru."
        ' Morales, he said, would "face justice soon."',
        "face justice soon",
        "president",
    ),
    # near misses: the response's own words, and the free relative under a pronoun
    (
        "LIMA — Peru's Foreign Minister Ana Rojas cited Chile's response that it would \"act"
        ' within days."',
        "act within days",
        "Chile",
    ),
    (
        "RIGA — Lithuania's President Rasa Jankute arrived in Riga on Monday. She thanked Latvia"
        ' for what she called "a neighbourly gesture."',
        "a neighbourly gesture",
        "Jankute",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers74_judged_and_reported_words(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker, quote.speaker
