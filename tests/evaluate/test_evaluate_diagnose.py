"""Causes of missed events, on hand-made system outputs whose causes we know."""

from __future__ import annotations

import pytest

from newsgraph.evaluate import GoldDoc, GoldEvent, score
from newsgraph.evaluate.diagnose import (
    CAUSES,
    DUPLICATE,
    EXTRA_CAUSES,
    EXTRA_DUPLICATE,
    EXTRA_OTHER_ROOT,
    EXTRA_OTHERS,
    EXTRA_REVERSED,
    EXTRA_WRONG_SOURCE,
    EXTRA_WRONG_TARGET,
    NO_GOLD,
    NOT_ONE_SENTENCE,
    OTHER_ROOT,
    REVERSED,
    WRONG_SOURCE,
    WRONG_TARGET,
    miss_cause,
)
from newsgraph.model import Actor, Article, Event, Mention, Result, Sentence

TEXT = "Russia shelled Ukraine on Monday. Germany condemned the attack. Poland sent aid."
SENTS = tuple(
    Sentence(i, TEXT.index(t), TEXT.index(t) + len(t), t, 0, 0)
    for i, t in enumerate(
        ("Russia shelled Ukraine on Monday.", "Germany condemned the attack.", "Poland sent aid.")
    )
)
SHELL = GoldEvent("Russia shelled Ukraine", "RUS", "UKR", ("19",), "195")
CONDEMN = GoldEvent("Germany condemned the attack", "DEU", "RUS", ("11",), "111")


def _event(sentence: int, src: str, tgt: str, code: str) -> Event:
    return Event(
        id=f"{sentence}-{src}-{tgt}-{code}",
        article_id="a",
        sentence_index=sentence,
        sentence=SENTS[sentence].text,
        source_actor=Actor(src, src),
        target_actor=Actor(tgt, tgt),
        code=code,
        root=code[:2],
        quad_class=1,
        goldstein=0.0,
        trigger=(0, 0),
        source_span=(0, 0),
        target_span=(0, 0),
        rule="test",
    )


def _mention(word: str, code: str) -> Mention:
    start = TEXT.index(word)
    sentence = next(s.index for s in SENTS if s.start <= start < s.end)
    return Mention(
        f"m-{word}", "a", start, start + len(word), word, sentence, 0, 0, "name", Actor(code, code)
    )


def _result(events: tuple[Event, ...] = (), mentions: tuple[Mention, ...] = ()) -> Result:
    return Result(article=Article("a", TEXT), sentences=SENTS, mentions=mentions, events=events)


NAMED = (
    _mention("Russia", "RUS"),
    _mention("Ukraine", "UKR"),
    _mention("Germany", "DEU"),
    _mention("Poland", "POL"),
)


@pytest.mark.parametrize(
    ("gold", "events", "cause"),
    [
        (SHELL, (_event(0, "RUS", "UKR", "111"),), OTHER_ROOT),
        (SHELL, (_event(0, "UKR", "RUS", "195"),), REVERSED),
        (SHELL, (_event(0, "RUS", "POL", "195"),), WRONG_TARGET),
        (SHELL, (_event(0, "BLR", "UKR", "190"),), WRONG_SOURCE),
        # an event of the right pair in ANOTHER sentence does not count
        (
            SHELL,
            (_event(1, "RUS", "UKR", "195"),),
            "no event in the sentence; both actors named in it",
        ),
        (
            SHELL,
            (_event(0, "POL", "DEU", "111"),),
            "other events in the sentence; both actors named in it",
        ),
        # the attack's author is named only in the sentence before: an implicit target
        (CONDEMN, (), "no event in the sentence; target not named in it"),
        (
            CONDEMN,
            (_event(1, "DEU", "POL", "020"),),
            "other events in the sentence; target not named in it",
        ),
        (
            GoldEvent("Poland sent aid", "POL", "UKR", ("07",)),
            (),
            "no event in the sentence; target not named in it",
        ),
        (GoldEvent("the attack. Poland", "DEU", "POL", ("07",)), (), NOT_ONE_SENTENCE),
    ],
)
def test_diagnose_miss_cause(gold: GoldEvent, events: tuple[Event, ...], cause: str) -> None:
    assert cause in CAUSES
    assert miss_cause(gold, _result(events, NAMED)) == cause


def test_diagnose_actors_named_by_mentions_only() -> None:
    """Without actor mentions in the sentence neither side counts as named."""
    assert miss_cause(SHELL, _result()) == "no event in the sentence; neither actor named in it"
    ukraine_only = (_mention("Ukraine", "UKR"),)
    assert (
        miss_cause(SHELL, _result((), ukraine_only))
        == "no event in the sentence; source not named in it"
    )


def test_diagnose_duplicate_gold_takes_the_one_match() -> None:
    """Two gold events the same event would match: the second is missed as a duplicate."""
    gold = GoldDoc(
        "a", None, TEXT, None, (SHELL, GoldEvent("shelled Ukraine", "RUS", "UKR", ("19",))), ()
    )
    s = score([(gold, _result((_event(0, "RUS", "UKR", "195"),), NAMED))])
    assert [d.cause for d in s.misses()] == [DUPLICATE]


def test_diagnose_score_counts_every_cause_and_lines_name_it() -> None:
    gold = GoldDoc("doc-3", None, TEXT, None, (SHELL, CONDEMN), ())
    s = score([(gold, _result((_event(0, "UKR", "RUS", "195"),), NAMED))])
    counts = dict(s.miss_causes())
    assert list(counts) == list(CAUSES)
    assert counts[REVERSED] == 1
    assert counts["no event in the sentence; target not named in it"] == 1
    assert sum(counts.values()) == 2
    by_cause = s.to_dict()["events"]["missed_by_cause"]  # type: ignore[index]
    assert by_cause == counts
    assert (
        "doc-3: missed event (RUS→UKR 19 195; right root, reversed direction): Russia shelled Ukraine"
        in s.detail_lines()
    )


def test_diagnose_perfect_output_has_no_causes() -> None:
    gold = GoldDoc("a", None, TEXT, None, (SHELL,), ())
    s = score([(gold, _result((_event(0, "RUS", "UKR", "195"),), NAMED))])
    assert all(n == 0 for _, n in s.miss_causes())
    assert s.misses() == ()


@pytest.mark.parametrize(
    ("events", "cause"),
    [
        ((_event(2, "POL", "UKR", "070"),), NO_GOLD),
        ((_event(0, "RUS", "UKR", "195"), _event(0, "RUS", "UKR", "190")), EXTRA_DUPLICATE),
        ((_event(0, "RUS", "UKR", "111"),), EXTRA_OTHER_ROOT),
        ((_event(0, "UKR", "RUS", "195"),), EXTRA_REVERSED),
        ((_event(0, "RUS", "POL", "195"),), EXTRA_WRONG_TARGET),
        ((_event(0, "BLR", "UKR", "195"),), EXTRA_WRONG_SOURCE),
        ((_event(0, "DEU", "POL", "040"),), EXTRA_OTHERS),
    ],
)
def test_diagnose_extra_cause(events: tuple[Event, ...], cause: str) -> None:
    gold = GoldDoc("a", None, TEXT, None, (SHELL,), ())
    s = score([(gold, _result(events, NAMED))])
    extras = s.extras()
    assert [d.cause for d in extras] == [cause]
    counts = dict(s.extra_causes())
    assert list(counts) == list(EXTRA_CAUSES) and counts[cause] == 1
    assert s.to_dict()["events"]["extra_by_cause"] == counts  # type: ignore[index]


def test_diagnose_extra_matching_an_optional_gold_is_no_extra() -> None:
    optional = GoldEvent("Poland sent aid", "POL", "UKR", ("07",), None, True)
    gold = GoldDoc("a", None, TEXT, None, (SHELL, optional), ())
    s = score(
        [(gold, _result((_event(0, "RUS", "UKR", "195"), _event(2, "POL", "UKR", "070")), NAMED))]
    )
    assert s.extras() == ()
    assert all(n == 0 for _, n in s.extra_causes())


def test_diagnose_root_swaps_count_the_roots_on_each_side_without_text() -> None:
    # the shelling coded as a protest: one miss and one extra of "another root", counted by
    # their roots (ours 11, gold 19); a reversed pair is no swap
    gold = GoldDoc("a", None, TEXT, None, (SHELL, CONDEMN), ())
    events = (_event(0, "RUS", "UKR", "111"), _event(1, "RUS", "DEU", "111"))
    s = score([(gold, _result(events, NAMED))])
    assert s.root_swaps() == (
        ("missed event", "ours 11; gold 19", 1),
        ("extra event", "ours 11; gold 19", 1),
    )
    rows = s.to_dict()["events"]["root_swaps"]  # type: ignore[index]
    assert rows == [
        {"kind": "missed event", "roots": "ours 11; gold 19", "count": 1},
        {"kind": "extra event", "roots": "ours 11; gold 19", "count": 1},
    ]
    assert all(d.swap == "" for d in s.details if d.cause != OTHER_ROOT and "another root" not in d.cause)
