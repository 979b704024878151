"""Quote speakers of session 30 (helper SPK), from the development sets' wrong speakers: a
person's words inside a body's report (", the ministry said") stay the person's.

"Foreign Minister X told the ambassador that Dakar expected “...,” the ministry said" spoke as
the ministry: the parser took "that" for the object of a relative clause on "ambassador", and
the climb to "told" stopped there; a "that" object beside an object of the clause's own is the
reported clause's "that" (attribute._that_misread). "Nigeria's foreign minister telephoned X
on Sunday to express “...”, the Ghanaian ministry said" spoke as the ministry: an infinitive
of purpose with no subject of its own, on a done act, is said by the act's subject, a person
named or a noun for one (attribute._purpose_clause, _person_noun); a plan ("will send a team
to discuss"), an agreement ("agreed to “...”") and a body's act stay the report's.

A speaker inside a relative clause: "... to X's ambassador, Y, at the Russian Foreign Ministry,
which said the rules were “...”", with the clause hung on the ambassador, spoke as Y: "which"
never stands for a person; it is the noun right before ", which" (attribute._which_antecedent;
the parser read the invented texts right, so the test hangs the clause where the model once
did). "Japan protested over drills on islands that both countries claim, saying “...”" spoke
as "both countries": a comma-set participle the parser hung on a restrictive relative clause
is the finite verb's above it (attribute._above_restrictive). Every text was written for this
file."""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph.model import Article
from newsgraph.settings import Settings
from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "DAKAR, Senegal — Foreign Minister Aminata Sow told the ambassador that Dakar expected "
        "“clear answers and a full inquiry,” the ministry said.",
        "clear answers",
        "Aminata Sow",
    ),
    (
        "ACCRA, Ghana — Ghana has also sought support from West African governments. Nigeria’s "
        "foreign minister telephoned Mensah on Sunday to express “full support” for Accra, the "
        "Ghanaian ministry said.",
        "full support",
        "Nigeria’s foreign minister",
    ),
]

#: near-misses that must stay as they are: a real relative clause with "that" for its
#: object, a planned act, an agreement, an act of a body
_KEPT: list[tuple[str, str, str]] = [
    (
        "DAKAR, Senegal — Foreign Minister Aminata Sow rejected the plan that Gambia called “a "
        "fair offer,” the ministry said.",
        "fair offer",
        "Gambia",
    ),
    (
        "LIMA, Peru — Peru's government will send a team to Quito to discuss “shared risks,” the "
        "ministry said.",
        "shared risks",
        "ministry",
    ),
    (
        "LIMA, Peru — Peru's trade minister agreed to “deepen talks” with Chile, the ministry said.",
        "deepen talks",
        "ministry",
    ),
    (
        "LIMA, Peru — Police closed the road to stop “illegal crossings,” the ministry said.",
        "illegal crossings",
        "ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers36_person_inside_body_report(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


#: (text, words of the quote, speaker)
_RELATIVES: list[tuple[str, str, str]] = [
    (
        "SEOUL — South Korea lodged a protest with China on Friday over fishing on reefs off Jeju "
        "that both countries claim, saying Beijing's move to license the boats was “unacceptable.”",
        "unacceptable",
        "South Korea",
    ),
    # near-misses: a relative with a comma before it keeps its own subject's participle; "who"
    (
        'LIMA, Peru — Peru criticized Chile\'s navy, which began drills on Monday, saying they were "routine."',
        "routine",
        "Peru",
    ),
    (
        "LIMA, Peru — The letter was handed to Chile's ambassador, Rosa Fuentes, who said the "
        'quotas were "fair" and would stay.',
        "fair",
        "Rosa Fuentes",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _RELATIVES)
def test_speakers36_relative_clauses(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


#: (text, the relative clause's verb, the word the model hung it on, words of the quote, speaker)
_REHUNG: list[tuple[str, str, str, str, str]] = [
    (
        "HELSINKI, Finland — The note was delivered to Finland's ambassador in Moscow, Anna "
        'Virtanen, at the Russian Foreign Ministry, which said the rules were "discriminatory" '
        "and aimed at pushing Russian firms out of the region.",
        "said",
        "ambassador",
        "discriminatory",
        "Russian Foreign Ministry",
    ),
    # near-miss: "who" on the same person keeps the person
    (
        "HELSINKI, Finland — The note was delivered to Finland's ambassador in Moscow, Anna "
        'Virtanen, at the Russian Foreign Ministry, who said the rules were "discriminatory" '
        "and aimed at pushing Russian firms out of the region.",
        "said",
        "ambassador",
        "discriminatory",
        "Anna Virtanen",
    ),
]


@pytest.mark.parametrize(("text", "verb", "head", "words", "speaker"), _REHUNG)
def test_speakers36_which_is_no_person(
    text: str, verb: str, head: str, words: str, speaker: str
) -> None:
    from newsgraph.actors import resolve_mentions
    from newsgraph.nlp import parse_text
    from newsgraph.quotes import find_quotes

    settings = Settings()
    parse = parse_text(text, settings)
    at = {t.text: t.i for t in reversed(parse.tokens)}  # each word's first token
    tokens = list(parse.tokens)
    tokens[at[verb]] = tokens[at[verb]]._replace(head=at[head])
    children = tuple(tuple(t.i for t in tokens if t.head == h.i and t.i != h.i) for h in tokens)
    parse = dataclasses.replace(parse, tokens=tuple(tokens), children=children)
    article = Article(id="t", text=text, date="2025-02-04")
    quotes = find_quotes(article, parse, resolve_mentions(article, parse, settings), settings)
    assert quote_with(quotes, words).speaker == speaker
