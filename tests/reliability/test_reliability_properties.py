"""Property tests: repair is idempotent, extraction never raises and keeps spans in the text,
the scorer's figures are ratios and a perfect system scores 1.0.

Texts are generated from fragments we wrote (names, verbs, quote marks,
punctuation, newlines), so the parser sees news-like sentences.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.evaluate import GoldDoc, GoldEvent, GoldQuote, score
from newsgraph.ingest.repair import fix
from newsgraph.model import Actor, Article, Event, Quote, Result, Sentence, stable_id
from newsgraph.quotes import find_spans
from newsgraph.settings import Settings

# -- fragments ------------------------------------------------------------------

NAMES = ("Jens Stoltenberg", "Yoon Suk Yeol", "the NATO chief", "President Amadou Toure",
         "Kenya", "the Russian foreign ministry", "he", "she", "Beijing", "the United Nations",
         "Peru", "state media", "Bolivia's president", "O'Neill", "al-Sisi")
VERBS = ("said", "urged", "condemned", "met", "accused", "praised", "told reporters",
         "threatened", "visited", "signed a deal with", "called on", "rejected", "warned")
WORDS = ("on Monday", "in Seoul", "to increase support", "for the attack", "after talks",
         "and", "but", "that", "the border", "weapons", "peace", "is", "will", "not",
         "12", "2023", "U.S.", "e.g.", "—", "–", "…", "(AP)", "'s")
MARKS = ("\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "«", "»", "„", "``", "''", "\u300c")
PUNCT = (".", ",", ";", ":", "?", "!", " ", " ", " ", "\n", "\n\n", "\t", "  ")
CLEAN = ("The minister", "said", "café", "naïve", "Zürich", "São Paulo", "Gdańsk", "Δ",
         "€5", "£3", "¥100", "—", "\u201cyes,\u201d", "it\u2019s", "Москва", "서울", "東京",
         "\n", "\n\n", " ", ".", ",", "2023-01-30", "50%", "ﬁ", "\u00a0")

fragment = st.sampled_from(NAMES + VERBS + WORDS + MARKS + PUNCT)
news_text = st.lists(fragment, min_size=1, max_size=40).map(lambda parts: " ".join(parts))
clean_text = st.lists(st.sampled_from(CLEAN), min_size=1, max_size=30).map("".join)


def _mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="ignore")


# -- repair ---------------------------------------------------------------------


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(news_text, clean_text, clean_text.map(_mojibake), news_text.map(_mojibake)))
def test_reliability_repair_fix_is_idempotent(text: str) -> None:
    once = fix(text)
    assert fix(once) == once


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clean_text)
def test_reliability_repair_leaves_clean_text_unchanged(text: str) -> None:
    assert fix(text) == text


# -- quotes detection (no model) ----------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(news_text, st.integers(min_value=0, max_value=400))
def test_reliability_quote_spans_lie_inside_the_text(text: str, body_start: int) -> None:
    body_start = min(body_start, len(text))
    for span in find_spans(text, body_start):
        assert 0 <= span.start <= span.end <= len(text)


# -- extraction with the model ----------------------------------------------------


@pytest.fixture(scope="module")
def nlp_settings() -> Settings:
    from newsgraph.nlp import load_nlp

    found = Settings()
    load_nlp(found)
    return found


def _analyse(text: str, found: Settings):
    from newsgraph.actors import resolve_mentions
    from newsgraph.events import code_events
    from newsgraph.nlp import parse_text
    from newsgraph.quotes import find_quotes

    body_start = text.find("\n") + 1 if "\n" in text.strip() else 0
    article = Article(stable_id(text), text, path="<generated>", date="2024-03-05", body_start=body_start)
    parse = parse_text(text, found)
    mentions = resolve_mentions(article, parse, found)
    return article, parse, mentions, code_events(article, parse, mentions, found), find_quotes(
        article, parse, mentions, found
    )


def _inside(span: tuple[int, int] | None, n: int) -> bool:
    return span is None or 0 <= span[0] <= span[1] <= n


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(news_text)
def test_reliability_extraction_never_raises_and_spans_fit(nlp_settings: Settings, text: str) -> None:
    article, parse, mentions, events, quotes = _analyse(text, nlp_settings)
    n = len(text)
    for m in mentions:
        assert 0 <= m.start <= m.end <= n and text[m.start : m.end] == m.text
        assert 0 <= m.sentence_index < len(parse.sentences)
    for e in events:
        assert all(_inside(s, n) for s in (e.trigger, e.source_span, e.target_span))
        assert 0 <= e.sentence_index < len(parse.sentences)
        assert e.evidence in text and e.root == e.code[:2]
    for q in quotes:
        assert 0 <= q.start <= q.end <= n and _inside(q.speaker_span, n)
        assert q.text == text[q.start : q.end]
        assert all(0 <= i < len(parse.sentences) for i in q.sentence_indices)


# -- scorer ---------------------------------------------------------------------

SENTENCE_WORDS = ("Russia", "shelled", "Ukraine", "on", "Monday", "France", "hosted", "talks",
                  "with", "Germany", "the", "army", "said", "peace", "tanks")
CODES = ("RUS", "UKR", "FRA", "DEU", "NATO", "USA")
ROOTS = ("01", "02", "04", "11", "19")


@st.composite
def gold_docs(draw: st.DrawFn) -> GoldDoc:
    sentences = draw(st.lists(st.lists(st.sampled_from(SENTENCE_WORDS), min_size=2, max_size=8),
                              min_size=1, max_size=5))
    texts = [" ".join(words) + "." for words in sentences]
    text = "Headline here\n" + " ".join(texts)
    events = []
    for _ in range(draw(st.integers(0, 5))):
        words = sentences[draw(st.integers(0, len(sentences) - 1))]
        a = draw(st.integers(0, len(words) - 1))
        b = draw(st.integers(a + 1, len(words)))
        roots = tuple(draw(st.lists(st.sampled_from(ROOTS), min_size=1, max_size=2, unique=True)))
        code = draw(st.one_of(st.none(), st.just(roots[0] + "1")))
        events.append(GoldEvent(" ".join(words[a:b]), draw(st.sampled_from(CODES)),
                                draw(st.sampled_from(CODES)), roots, code, draw(st.booleans())))
    quotes = [
        GoldQuote(draw(st.sampled_from(("Jens Stoltenberg", "Olaf Scholz", "the ministry"))), None,
                  " ".join(draw(st.lists(st.sampled_from(SENTENCE_WORDS), min_size=1, max_size=6))))
        for _ in range(draw(st.integers(0, 3)))
    ]
    return GoldDoc(f"doc-{draw(st.integers(0, 10**6))}", None, text, None, tuple(events), tuple(quotes))


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], text.index("\n") + 1
    out.append(Sentence(0, 0, start - 1, text[: start - 1], 0, 0))
    for part in text[start:].split(". "):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        out.append(Sentence(len(out), start, end, text[start:end], 0, 0))
        start = end + 1
    return tuple(out)


def _event(k: int, sentence: Sentence, src: str, tgt: str, root: str, code: str) -> Event:
    return Event(f"e{k}", "a", sentence.index, sentence.text, Actor(src, src), Actor(tgt, tgt),
                 code, root, 1, 0.0, (0, 0), (0, 0), (0, 0), "test")


def _perfect(gold: GoldDoc) -> Result:
    sentences = _sentences(gold.text)
    events = []
    for k, g in enumerate(gold.events):
        sent = next(s for s in sentences[1:] if g.evidence in s.text)
        events.append(_event(k, sent, g.source, g.target, g.root[0], g.code or g.root[0] + "0"))
    quotes = tuple(Quote(f"q{k}", "a", 0, 0, q.text, speaker=q.speaker) for k, q in enumerate(gold.quotes))
    article = Article("a", gold.text, body_start=gold.text.index("\n") + 1)
    return Result(article, sentences, (), tuple(events), quotes)


@st.composite
def system_for(draw: st.DrawFn, gold: GoldDoc) -> Result:
    sentences = _sentences(gold.text)
    events = tuple(
        _event(k, draw(st.sampled_from(sentences)), draw(st.sampled_from(CODES)),
               draw(st.sampled_from(CODES)), root, root + draw(st.sampled_from(("", "1", "2"))))
        for k, root in enumerate(draw(st.lists(st.sampled_from(ROOTS), max_size=6)))
    )
    quotes = tuple(
        Quote(f"q{k}", "a", 0, 0, " ".join(words), speaker=draw(st.sampled_from((None, "Scholz", "Jens Stoltenberg"))))
        for k, words in enumerate(draw(st.lists(st.lists(st.sampled_from(SENTENCE_WORDS), max_size=6), max_size=4)))
    )
    return Result(Article("a", gold.text, body_start=gold.text.index("\n") + 1), sentences, (), events, quotes)


def _ratios(result) -> list[float]:
    data = result.to_dict()
    found = [data["events"]["precision"], data["events"]["recall"], data["events"]["f1"],
             data["quotes"]["precision"], data["quotes"]["recall"], data["quotes"]["f1"],
             data["quotes"]["speaker_accuracy"]]
    found += [v for k, v in data["events"]["strict"].items() if k in ("precision", "recall", "f1")]
    return found


@settings(max_examples=150, deadline=None)
@given(st.lists(gold_docs(), min_size=1, max_size=3).flatmap(
    lambda golds: st.tuples(st.just(golds), st.tuples(*(system_for(g) for g in golds)))))
def test_reliability_scores_are_ratios(pair) -> None:
    golds, systems = pair
    result = score(golds, list(systems))
    assert all(0.0 <= v <= 1.0 for v in _ratios(result))
    for counts in (result.events, result.strict, result.quotes, *(c for _, c in result.by_root)):
        assert 0 <= counts.matched <= min(counts.system, counts.gold) or counts.gold == 0
        assert 0.0 <= counts.precision <= 1.0 and 0.0 <= counts.recall <= 1.0
    assert result.strict.matched <= result.events.matched


@settings(max_examples=150, deadline=None)
@given(st.lists(gold_docs(), min_size=1, max_size=3))
def test_reliability_perfect_system_scores_one(golds: list[GoldDoc]) -> None:
    result = score(golds, [_perfect(g) for g in golds])
    assert _ratios(result) == [1.0] * len(_ratios(result))
    assert not result.misses() and not result.extras()
