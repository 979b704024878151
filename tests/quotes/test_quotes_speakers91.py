"""Quote speakers of session 53 (O74): a term under a leader's own act, "according to a
statement"; a body's head told again by bare title.

"Vargas was received by Chile's president, who thanked Peru for its “steady support”,
according to a statement from the presidency": the statement only tells of the act, so a term
under the act's own verb is its subject's words, the leader's as the article first gives him
(attribute._according_to, with _clause_subject); a document's own words ("The note demanded
“...”, according to a statement from the ministry") stay the statement's issuer's, and so do
a thing's ("Chile's deal with Peru marks “...”, according to the joint statement").

"ASEAN's deputy secretary-general visited Nairobi ... [other speakers] ... The deputy
secretary-general dismissed the criticism. “...,” he told reporters": a body head's bare title,
ranked or not, refers back to its one holder however far (actors.resolve
Resolver._nameless_before, _igo_head_at), so "he" is the officer, not the speaker before.

"Kenya's foreign minister complained that Ugandan officials had refused visas ..., calling the
refusal “a slap in the face.”": a naming participle after a that-clause is the reporter's
(nlp._namings_read_as_reported), so the name given is the minister's words.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_ACCORDING: list[tuple[str, str, str]] = [
    (
        "SANTIAGO (Reuters) - Peru's foreign minister arrived in Santiago on Monday.\n\nVargas was"
        " received at the palace by Chile's president, who thanked Peru for its \"steady support\","
        " according to a statement from the presidency.",
        "steady support",
        "Chile's president",
    ),
    (
        "SANTIAGO (Reuters) - Vargas was received at the royal palace by Chile's president, who"
        ' thanked Peru for its "steady support" and invited the Peruvian president to visit the'
        " country later this year, according to a statement from the Moneda Palace.",
        "steady support",
        "Chile's president",
    ),
    (
        "SANTIAGO (Reuters) - The minister was received by the Chilean president at the palace."
        " According to a statement from the presidency, the president thanked Peru for its"
        ' "long and quiet partnership" and asked for more help.',
        "long and quiet partnership",
        "Chilean president",
    ),
]

#: a document's own words stay its issuer's
_DOCUMENTS: list[tuple[str, str, str]] = [
    (
        "LIMA (Reuters) - Peru's foreign ministry said it had handed Chile's envoy a note. The note"
        ' demanded "immediate access" to the men, according to a statement from the ministry.',
        "immediate access",
        "Peru's foreign ministry",
    ),
    # a thing's clause, no person's act: the statement's
    (
        "SANTIAGO (Reuters) - Chile's deal with Peru marks \"a new phase of friendship,\""
        " according to the joint statement.",
        "a new phase of friendship",
        "joint statement",
    ),
]

#: a body's head by bare title, speakers between
_BODY_HEADS: list[tuple[str, str, str]] = [
    (
        "NAIROBI (Reuters) - ASEAN's deputy secretary-general visited Nairobi on Tuesday.\n\n"
        "Russia's foreign ministry criticized the trip. Its spokeswoman, Olga Petrova, said ASEAN"
        ' was "meddling in Africa."\n\nThe deputy secretary-general dismissed the criticism.'
        ' "Nobody is meddling," he told reporters.',
        "Nobody is meddling",
        "deputy secretary-general",
    ),
]


#: a naming participle after a reported clause
_NAMINGS: list[tuple[str, str, str]] = [
    (
        "NAIROBI (Reuters) - Kenya's foreign minister complained that Ugandan officials had"
        " refused visas to ten Kenyan athletes before a race in Kampala, calling the refusal"
        ' "a slap in the face."',
        "a slap in the face",
        "Kenya's foreign minister",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _NAMINGS)
def test_speakers91_naming_participle_is_reporters(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _ACCORDING)
def test_speakers91_term_under_leaders_act_according_to_statement(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _DOCUMENTS)
def test_speakers91_documents_words_stay_issuers(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _BODY_HEADS)
def test_speakers91_body_head_by_bare_title(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
