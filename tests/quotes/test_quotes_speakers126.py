"""An IGO that speaks by its acronym speaks by its full name as the article first gives it
(session 64, helper Q64): decision 2 of "Conventions decided (session 64)" in
tests/gold/README.md.

"the WHO said" after "The World Health Organization sent a team" is "World Health
Organization", as a surname is a person's full name (attribute._igo_in_full). The same body
is the one the acronym spells ("SE" of "Southeast" in ASEAN, "of", "for", "in" skipped;
attribute._spells_out), or the description the acronym stands in apposition to ("The U.N.
refugee agency, UNHCR,"). Near misses keep the acronym: an article that never spells the body
out, a name of another body with the same actor code (the European Commission is no name of
the EU; the United Nations no name of UNHCR), a name given only inside a quotation; and a
spokesperson or an official of the body keeps the article's words (session 63's decision 3).

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "GENEVA (AP) - The World Health Organization sent a team to Chad on Monday."
        ' "We need access to every district," the WHO said in a statement.',
        "every district",
        "World Health Organization",
    ),
    (
        "VIENNA (AP) - The International Atomic Energy Agency said on Monday that Iran had blocked"
        ' its inspectors. "This is unacceptable," the IAEA said.',
        "unacceptable",
        "International Atomic Energy Agency",
    ),
    (
        "JAKARTA (AP) - Leaders of the Association of Southeast Asian Nations met on Monday."
        ' "We call for restraint by all parties," ASEAN said in a draft statement.',
        "restraint by all parties",
        "Association of Southeast Asian Nations",
    ),
    (
        "GENEVA (AP) - The U.N. refugee agency, UNHCR, said it had received reports of abuse at"
        ' the border. "These are credible reports," UNHCR said.',
        "credible reports",
        "U.N. refugee agency",
    ),
    (
        "VIENNA (AP) - The Organization for Security and Co-operation in Europe sent observers to"
        ' Georgia. "The vote was orderly," the OSCE said on Tuesday.',
        "vote was orderly",
        "Organization for Security and Co-operation in Europe",
    ),
    (
        "GENEVA (AP) - The World Health Organization (WHO) sent a team to Chad."
        ' "We need access," WHO said, adding that it would stay.',
        "We need access",
        "World Health Organization",
    ),
    (
        # the full name given after the quote: the article still spells the body out
        "GENEVA (AP) - The WHO sent a team to Chad on Monday. \"We need access to every"
        ' district," the WHO said. The World Health Organization has 194 member states.',
        "every district",
        "World Health Organization",
    ),
]

#: (text, words of the quote, speaker): near misses that keep the words at the quote
_NEAR: list[tuple[str, str, str]] = [
    (
        "GENEVA (AP) - The WHO sent a team to Chad on Monday."
        ' "We need access to every district," the WHO said.',
        "every district",
        "WHO",
    ),
    (
        "BRUSSELS (AP) - The European Commission proposed new tariffs on Monday."
        ' "We will protect our farmers," the EU said.',
        "protect our farmers",
        "EU",
    ),
    (
        "NAIROBI (AP) - The United Nations said on Monday that UNHCR had received reports of"
        ' abuse. "These are credible reports," UNHCR said.',
        "credible reports",
        "UNHCR",
    ),
    (
        'GENEVA (AP) - Chad\'s health minister said: "The World Health Organization must act."'
        ' "We are sending a team," the WHO said.',
        "sending a team",
        "WHO",
    ),
    (
        "VIENNA (AP) - The International Atomic Energy Agency sent inspectors to Iran."
        ' "We were denied access," an IAEA spokesman said.',
        "denied access",
        "IAEA spokesman",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers126_acronym_in_full(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _NEAR)
def test_speakers126_words_at_the_quote_kept(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
