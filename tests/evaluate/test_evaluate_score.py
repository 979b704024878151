"""Scoring on hand-made system outputs whose right answers we know."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from newsgraph.evaluate import GoldDoc, GoldEvent, GoldQuote, Score, load_gold, score
from newsgraph.evaluate.score import jaccard, same_speaker, tokens
from newsgraph.model import Actor, Article, Event, Quote, Result, Sentence

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

HEAD = "Ministers trade blame after border clash\n"
BODY = (
    "Russia shelled Ukraine on Monday. "
    "Germany condemned Russia for the strike and urged Moscow to stop. "
    "France hosted Germany in Paris. "
    "Poland may send tanks to Ukraine next year."
)
TEXT = HEAD + BODY

# Gold for TEXT: three required events and one optional (a future action).
SHELL = GoldEvent("Russia shelled Ukraine", "RUS", "UKR", ("19",), "195", False)
CONDEMN = GoldEvent("Germany condemned Russia", "DEU", "RUS", ("11",), "111", False)
HOST = GoldEvent("France hosted Germany", "FRA", "DEU", ("04",), None, False)
TANKS = GoldEvent("Poland may send tanks", "POL", "UKR", ("07", "06"), None, True)


def _sentences(text: str) -> tuple[Sentence, ...]:
    """Split at line ends and after a full stop; good enough for text we wrote."""
    out = []
    for m in re.finditer(r"[^\n.]+\.?", text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if m.group().strip():
            out.append(Sentence(len(out), start, m.end(), text[start : m.end()], 0, 0))
    return tuple(out)


def _sent_of(sentences: tuple[Sentence, ...], phrase: str) -> int:
    return next(s.index for s in sentences if phrase in s.text)


def _event(
    sentences: tuple[Sentence, ...], phrase: str, src: str, tgt: str, code: str
) -> Event:
    i = _sent_of(sentences, phrase)
    return Event(
        id=f"{phrase}-{src}-{tgt}-{code}",
        article_id="a",
        sentence_index=i,
        sentence=sentences[i].text,
        source_actor=Actor(src, src),
        target_actor=Actor(tgt + "GOV", tgt, "GOV"),
        code=code,
        root=code[:2],
        quad_class=1,
        goldstein=0.0,
        trigger=(0, 0),
        source_span=(0, 0),
        target_span=(0, 0),
        rule="test",
        evidence=phrase,
    )


def _quote(text: str, words: str, speaker: str | None, nth: int = 0) -> Quote:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Quote(id=words, article_id="a", start=start, end=start + len(words), text=words,
                 speaker=speaker)


def _result(
    text: str,
    events: Sequence[tuple[str, str, str, str]] = (),
    quotes: Sequence[Quote] = (),
    body_start: int = 0,
) -> Result:
    sentences = _sentences(text)
    return Result(
        article=Article(id="a", text=text, body_start=body_start),
        sentences=sentences,
        events=tuple(_event(sentences, *e) for e in events),
        quotes=tuple(quotes),
    )


def _gold(events: tuple[GoldEvent, ...] = (SHELL, CONDEMN, HOST, TANKS),
          quotes: tuple[GoldQuote, ...] = (), text: str = TEXT, doc_id: str = "g1") -> GoldDoc:
    return GoldDoc(doc_id, "2024-01-01", text, None, events, quotes)


PERFECT = [
    ("Russia shelled Ukraine", "RUS", "UKR", "195"),
    ("Germany condemned Russia", "DEU", "RUS", "111"),
    ("France hosted Germany", "FRA", "DEU", "042"),
]


def _ev(s: Score) -> dict:
    return s.to_dict()["events"]  # type: ignore[return-value]


def _qu(s: Score) -> dict:
    return s.to_dict()["quotes"]  # type: ignore[return-value]


# -- events -------------------------------------------------------------------


def test_score_perfect_output_is_all_ones() -> None:
    quotes = (GoldQuote("Olaf Scholz", "DEU", "stop the shelling now"),)
    text = TEXT + '\nScholz said: "stop the shelling now."'
    s = score([(_gold(quotes=quotes, text=text),
                _result(text, PERFECT, [_quote(text, "stop the shelling now", "Olaf Scholz")]))])
    ev, qu = _ev(s), _qu(s)
    assert (ev["precision"], ev["recall"], ev["f1"]) == (1.0, 1.0, 1.0)
    assert ev["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert (ev["matched"], ev["system"], ev["gold_required"]) == (3, 3, 3)
    assert (qu["precision"], qu["recall"], qu["f1"], qu["speaker_accuracy"]) == (1.0,) * 4
    assert s.misses() == () and s.extras() == () and s.wrong_speakers() == ()


def test_score_missing_required_event_lowers_recall_only() -> None:
    ev = _ev(score([(_gold(), _result(TEXT, PERFECT[:2]))]))
    assert ev["recall"] == round(2 / 3, 4)
    assert ev["precision"] == 1.0
    assert ev["f1"] == 0.8


def test_score_extra_event_lowers_precision_only() -> None:
    extra = ("France hosted Germany", "DEU", "FRA", "042")  # wrong direction
    s = score([(_gold(), _result(TEXT, [*PERFECT, extra]))])
    ev = _ev(s)
    assert (ev["precision"], ev["recall"]) == (0.75, 1.0)
    assert [d.note.split()[0] for d in s.extras()] == ["DEU→FRA"]


def test_score_optional_gold_match_counts_neither_way() -> None:
    optional = ("Poland may send tanks", "POL", "UKR", "070")
    with_it = _ev(score([(_gold(), _result(TEXT, [*PERFECT, optional]))]))
    without = _ev(score([(_gold(), _result(TEXT, PERFECT))]))
    assert with_it == without
    assert with_it["system"] == 3 and with_it["matched"] == 3


def test_score_optional_gold_with_wrong_root_is_an_extra() -> None:
    wrong = ("Poland may send tanks", "POL", "UKR", "190")
    ev = _ev(score([(_gold(), _result(TEXT, [*PERFECT, wrong]))]))
    assert (ev["system"], ev["precision"]) == (4, 0.75)


def test_score_swapped_direction_does_not_match() -> None:
    swapped = [("Russia shelled Ukraine", "UKR", "RUS", "195")]
    ev = _ev(score([(_gold(events=(SHELL,)), _result(TEXT, swapped))]))
    assert (ev["matched"], ev["precision"], ev["recall"]) == (0, 0.0, 0.0)


def test_score_event_in_another_sentence_does_not_match() -> None:
    elsewhere = [("Germany condemned Russia", "RUS", "UKR", "195")]
    ev = _ev(score([(_gold(events=(SHELL,)), _result(TEXT, elsewhere))]))
    assert ev["matched"] == 0


def test_score_any_listed_root_matches() -> None:
    gold = GoldEvent("France hosted Germany", "FRA", "DEU", ("05", "04"), None, False)
    ev = _ev(score([(_gold(events=(gold,)), _result(TEXT, [PERFECT[2]]))]))
    assert (ev["matched"], ev["f1"]) == (1, 1.0)


def test_score_gold_event_matches_one_system_event_only() -> None:
    twice = [PERFECT[0], PERFECT[0]]
    s = score([(_gold(events=(SHELL,)), _result(TEXT, twice))])
    ev = _ev(s)
    assert (ev["matched"], ev["system"], ev["precision"], ev["recall"]) == (1, 2, 0.5, 1.0)
    assert len(s.extras()) == 1


def test_score_matching_is_maximum_not_first_come() -> None:
    # "France hosted Germany" may be coded 04 or 05 in one gold event, only 04 in the
    # other; a first-come pass would give the 04 system event to the first gold event.
    both = GoldEvent("France hosted Germany", "FRA", "DEU", ("04", "05"), None, False)
    only04 = GoldEvent("in Paris", "FRA", "DEU", ("04",), None, False)
    system = [("France hosted Germany", "FRA", "DEU", "042"),
              ("France hosted Germany", "FRA", "DEU", "051")]
    ev = _ev(score([(_gold(events=(both, only04)), _result(TEXT, system))]))
    assert (ev["matched"], ev["precision"], ev["recall"]) == (2, 1.0, 1.0)


def test_score_required_gold_preferred_over_optional() -> None:
    required = GoldEvent("France hosted Germany", "FRA", "DEU", ("04",), None, False)
    optional = GoldEvent("in Paris", "FRA", "DEU", ("04", "03"), None, True)
    ev = _ev(score([(_gold(events=(optional, required)), _result(TEXT, [PERFECT[2]]))]))
    assert (ev["matched"], ev["recall"], ev["precision"]) == (1, 1.0, 1.0)


def test_score_strict_needs_the_gold_code() -> None:
    loose = [("Russia shelled Ukraine", "RUS", "UKR", "190"),  # gold 195: root ok, code wrong
             ("Germany condemned Russia", "DEU", "RUS", "111"),
             ("France hosted Germany", "FRA", "DEU", "043")]  # gold has no code: root decides
    s = score([(_gold(), _result(TEXT, loose))])
    ev = _ev(s)
    assert (ev["precision"], ev["recall"]) == (1.0, 1.0)
    assert ev["strict"]["precision"] == round(2 / 3, 4)
    assert ev["strict"]["recall"] == round(2 / 3, 4)
    assert [d.kind for d in s.details] == ["wrong code"]


def test_score_by_root_counts() -> None:
    system = [PERFECT[0], ("France hosted Germany", "DEU", "FRA", "042")]
    by_root = _ev(score([(_gold(), _result(TEXT, system))]))["by_root"]
    assert by_root["19"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                             "gold": 1, "system": 1, "matched": 1}
    assert by_root["11"]["gold"] == 1 and by_root["11"]["recall"] == 0.0
    assert by_root["04"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0,
                             "gold": 1, "system": 1, "matched": 0}
    assert "07" not in by_root  # optional gold is not counted


def test_score_micro_averages_documents() -> None:
    s = score([(_gold(doc_id="a"), _result(TEXT, PERFECT)),
               (_gold(doc_id="b"), _result(TEXT, PERFECT[:1]))])
    d = s.to_dict()
    assert d["documents"] == 2
    assert d["events"]["recall"] == round(4 / 6, 4)
    assert [p["doc_id"] for p in d["per_document"]] == ["a", "b"]
    assert d["per_document"][1]["events"]["recall"] == round(1 / 3, 4)
    assert [m.doc_id for m in s.misses()] == ["b", "b"]


def test_score_empty_documents_and_empty_input() -> None:
    empty = score([(_gold(events=()), _result(TEXT))])
    ev, qu = _ev(empty), _qu(empty)
    assert (ev["precision"], ev["recall"], ev["f1"]) == (1.0, 1.0, 1.0)
    assert (qu["precision"], qu["recall"], qu["speaker_accuracy"]) == (1.0, 1.0, 1.0)
    nothing = score([]).to_dict()
    assert nothing["documents"] == 0 and nothing["per_document"] == []
    # Something found where there was nothing to find: 0.0, not 1.0.
    ev = _ev(score([(_gold(events=()), _result(TEXT, PERFECT[:1]))]))
    assert (ev["precision"], ev["recall"], ev["f1"]) == (0.0, 0.0, 0.0)
    # Nothing found where there was something to find.
    ev = _ev(score([(_gold(), _result(TEXT))]))
    assert (ev["precision"], ev["recall"]) == (0.0, 0.0)


def test_score_to_dict_shape_and_rounding() -> None:
    d = score([(_gold(), _result(TEXT, PERFECT[:1]))]).to_dict()
    assert set(d) == {"documents", "events", "quotes", "per_document"}
    assert set(d["events"]) == {"precision", "recall", "f1", "strict", "by_root",
                                "matched", "system", "gold_required", "missed_by_cause",
                                "extra_by_cause", "root_swaps"}
    assert set(d["quotes"]) == {"precision", "recall", "f1", "speaker_accuracy",
                                "matched", "system", "gold"}
    assert d["events"]["recall"] == 0.3333


def test_score_accepts_gold_and_results_as_two_sequences() -> None:
    assert score([_gold()], [_result(TEXT, PERFECT)]).to_dict() == score(
        [(_gold(), _result(TEXT, PERFECT))]).to_dict()
    with pytest.raises(ValueError):
        score([_gold()], [])


# -- quotes -------------------------------------------------------------------

QTEXT = (
    "Leader vows \"no retreat\" in speech\n"
    "Olaf Scholz said: \"one two three four five six seven eight nine.\" "
    "He added: \"we stand with Ukraine,\" and then \"we will not waver.\" "
    "The statement called it \"a test of the 'rules-based order' we built.\""
)
LONG = "one two three four five six seven eight nine."
BODY_AT = QTEXT.index("\n") + 1


def _free(qid: str, words: str, speaker: str | None) -> Quote:
    """A system quote placed in the body, whatever its words."""
    return Quote(qid, "a", BODY_AT, BODY_AT + len(words), words, speaker)


def _qscore(gold: tuple[GoldQuote, ...], quotes: list[Quote], body_start: int = 0) -> dict:
    return _qu(score([(_gold(events=(), quotes=gold, text=QTEXT),
                       _result(QTEXT, quotes=quotes, body_start=body_start))]))


def test_score_jaccard_threshold() -> None:
    assert jaccard(tokens("A b, c!"), tokens("c B a")) == 1.0
    gold = (GoldQuote("Olaf Scholz", "DEU", LONG),)
    eight_of_nine = _free("q", "one two three four five six seven eight", "Scholz")
    eight_plus_one = _free("q", "one two three four five six seven eight ten", "S")
    seven_of_nine = _free("q", "one two three four five six seven", "Scholz")
    assert jaccard(tokens(eight_plus_one.text), tokens(LONG)) == 0.8
    assert _qscore(gold, [eight_of_nine])["matched"] == 1  # 8/9 = 0.89
    assert _qscore(gold, [eight_plus_one])["matched"] == 1  # 8/10 = 0.8, on the line
    below = _qscore(gold, [seven_of_nine])  # 7/9 = 0.78
    assert below["matched"] == 0 and below["recall"] == 0.0


def test_score_quote_below_threshold_is_an_extra() -> None:
    gold = (GoldQuote("Olaf Scholz", "DEU", "we stand with Ukraine,"),)
    wide = _free("q", "we stand with Ukraine and then we", "Scholz")  # 4/6
    qu = _qscore(gold, [wide])
    assert (qu["matched"], qu["system"], qu["precision"]) == (0, 1, 0.0)


def test_score_speaker_rules() -> None:
    assert same_speaker("Scholz", "Olaf Scholz")
    assert same_speaker("olaf scholz", "Olaf Scholz")
    assert same_speaker("Chancellor Scholz,", "Olaf Scholz")
    assert not same_speaker("Olaf Schulz", "Olaf Scholz")
    assert not same_speaker("Olaf", "Olaf Scholz")
    assert not same_speaker(None, "Olaf Scholz")
    assert not same_speaker("", "Olaf Scholz")
    gold = (GoldQuote("Olaf Scholz", "DEU", "we stand with Ukraine,"),
            GoldQuote("Olaf Scholz", "DEU", "we will not waver."))
    quotes = [_quote(QTEXT, "we stand with Ukraine,", "SCHOLZ"),
              _quote(QTEXT, "we will not waver.", None)]
    qu = _qscore(gold, quotes)
    assert (qu["matched"], qu["precision"], qu["recall"]) == (2, 1.0, 1.0)
    assert qu["speaker_accuracy"] == 0.5


def test_score_wrong_speaker_is_listed() -> None:
    gold = (GoldQuote("Olaf Scholz", "DEU", "we will not waver."),)
    s = score([(_gold(events=(), quotes=gold, text=QTEXT),
                _result(QTEXT, quotes=[_quote(QTEXT, "we will not waver.", "Emmanuel Macron")]))])
    (wrong,) = s.wrong_speakers()
    assert wrong.doc_id == "g1" and "Emmanuel Macron" in wrong.note


def test_score_headline_quote_not_penalised() -> None:
    gold = (GoldQuote("Olaf Scholz", "DEU", "we will not waver."),)
    quotes = [_quote(QTEXT, "no retreat", "Olaf Scholz"),
              _quote(QTEXT, "we will not waver.", "Olaf Scholz")]
    head = QTEXT.index("\n") + 1
    assert _qscore(gold, quotes, body_start=head)["precision"] == 1.0
    assert _qscore(gold, quotes, body_start=0)["precision"] == 1.0  # first line fallback
    body_extra = _qscore(gold, [*quotes, _quote(QTEXT, "we stand with Ukraine,", "Scholz")])
    assert (body_extra["system"], body_extra["precision"]) == (2, 0.5)


def test_score_headline_quote_does_not_take_a_body_match() -> None:
    text = 'Pentagon: "no retreat"\nThe Pentagon said "no retreat" on Monday.'
    gold = _gold(events=(), quotes=(GoldQuote("Pentagon", "USA", "no retreat"),), text=text)
    result = _result(text, quotes=[_quote(text, "no retreat", "Pentagon", 0),
                                   _quote(text, "no retreat", "the Pentagon", 1)])
    s = score([(gold, result)])
    assert (_qu(s)["precision"], _qu(s)["recall"]) == (1.0, 1.0)


def test_score_nested_quote_not_penalised_but_duplicate_is() -> None:
    outer = "a test of the 'rules-based order' we built."
    gold = (GoldQuote("The statement", None, outer),)
    nested = _quote(QTEXT, "rules-based order", "The statement")
    qu = _qscore(gold, [_quote(QTEXT, outer, "statement"), nested])
    assert (qu["matched"], qu["system"], qu["precision"], qu["speaker_accuracy"]) == (1, 1, 1.0,
                                                                                      1.0)
    duplicate = _qscore(gold, [_quote(QTEXT, outer, "statement")] * 2)
    assert (duplicate["system"], duplicate["precision"]) == (2, 0.5)


def test_score_split_quotes() -> None:
    parts = (GoldQuote("Olaf Scholz", "DEU", "we stand with Ukraine,"),
             GoldQuote("Olaf Scholz", "DEU", "we will not waver."))
    as_parts = [_quote(QTEXT, "we stand with Ukraine,", "Scholz"),
                _quote(QTEXT, "we will not waver.", "Scholz")]
    assert _qscore(parts, as_parts)["f1"] == 1.0
    # One system quote spanning both parts matches neither (4/8 overlap): both missed,
    # and it is an extra.
    merged = _free("q", "we stand with Ukraine, we will not waver.", "Scholz")
    qu = _qscore(parts, [merged])
    assert (qu["matched"], qu["system"], qu["gold"]) == (0, 1, 2)
    # The system splitting one gold quote: the pieces are fragments of it, not extras.
    whole = (GoldQuote("Olaf Scholz", "DEU", LONG),)
    pieces = [_free("q", "one two three four", "Scholz"),
              _free("r", "five six seven eight nine", "Scholz")]
    qu = _qscore(whole, pieces)
    assert (qu["matched"], qu["system"], qu["gold"], qu["recall"]) == (0, 0, 1, 0.0)


def test_score_each_gold_quote_matched_once_best_first() -> None:
    gold = (GoldQuote("Olaf Scholz", "DEU", "one two three four five six seven eight"),
            GoldQuote("Olaf Scholz", "DEU", LONG))
    best = _free("q", LONG, "Scholz")
    qu = _qscore(gold, [best])
    assert (qu["matched"], qu["recall"]) == (1, 0.5)
    s = score([(_gold(events=(), quotes=gold, text=QTEXT), _result(QTEXT, quotes=[best]))])
    assert [m.text for m in s.misses()] == [gold[0].text]


# -- the shared gold files -----------------------------------------------------


def _oracle(doc: GoldDoc) -> Result:
    """A system that outputs exactly the gold: every event, with the text as its sentence."""
    events = tuple(
        Event(str(i), doc.doc_id, 0, doc.text, Actor(e.source, e.source), Actor(e.target, e.target),
              e.code or e.root[0] + "0", e.root[0], 1, 0.0, (0, 0), (0, 0), (0, 0), "oracle")
        for i, e in enumerate(doc.events)
    )
    quotes = tuple(
        Quote(str(i), doc.doc_id, doc.text.find(q.text), doc.text.find(q.text) + len(q.text),
              q.text, q.speaker)
        for i, q in enumerate(doc.quotes)
    )
    return Result(article=Article(doc.doc_id, doc.text), events=events, quotes=quotes)


@pytest.mark.parametrize("name", ["seed.jsonl", "news-dev.jsonl"])
def test_score_shared_gold_against_itself_is_perfect(name: str) -> None:
    path = SHARED / "gold" / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    docs = load_gold(path)
    d = score([(doc, _oracle(doc)) for doc in docs]).to_dict()
    required = sum(len(doc.required_events) for doc in docs)
    assert d["events"]["matched"] == d["events"]["system"] == required
    assert d["events"]["f1"] == d["events"]["strict"]["f1"] == 1.0
    assert d["quotes"]["f1"] == d["quotes"]["speaker_accuracy"] == 1.0


def test_score_detail_lines_name_document_kind_and_text() -> None:
    s = score([(_gold(doc_id="doc-7"), _result(TEXT, [("Russia shelled Ukraine", "UKR", "RUS",
                                                       "195")]))])
    lines = s.detail_lines()
    assert (
        "doc-7: missed event (RUS→UKR 19 195; right root, reversed direction): Russia shelled Ukraine"
        in lines
    )
    assert any(line.startswith("doc-7: extra event (UKR→RUS 195") for line in lines)
    assert len(s.misses()) == 3 and len(s.extras()) == 1


def test_score_reports_wrong_code_only_when_no_event_has_the_gold_code() -> None:
    # "Germany condemned Russia ... and urged Moscow": two gold events of one pair and root,
    # one coded 111 and one 112; the system codes both. However the events come, each meets the
    # entry of its own code and no "wrong code" is reported.
    blame = GoldEvent("condemned Russia for the strike", "DEU", "RUS", ("11",), "112", False)
    for order in ((0, 1), (1, 0)):
        events = [("Germany condemned Russia", "DEU", "RUS", "112"),
                  ("Germany condemned Russia", "DEU", "RUS", "111")]
        system = [events[i] for i in order]
        s = score([(_gold(events=(CONDEMN, blame)), _result(TEXT, system))])
        assert _ev(s)["matched"] == 2
        assert [d.kind for d in s.details if d.kind == "wrong code"] == []
