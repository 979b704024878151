"""An honest block trace (session 59): the nearest pattern is the one that fitted.

Every saying tries some 40 clause patterns and every auxiliary "had" the light-verb
patterns of "have"; listed under each silent sentence, their stops ("needs-content_clause",
"object-unmatched") hid what stopped the event. Now a pattern that fitted by its trigger
alone (Blocked.bare: tried on an auxiliary or a copula, or a clause pattern whose clause
holds none of its words but "be", "have" ...) is neither listed nor counted, a miss where
only such patterns were tried counts as "bare-trigger", and a pattern stopped at the sides
outranks one stopped at the form, which outranks one whose words did not fit (trace.rank).
The sentences are ours; the coder's events are the same with the trace on or off.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import process
from newsgraph.cli import app
from newsgraph.evaluate.run import evaluate_files
from newsgraph.events.trace import BARE, Blocked, blocked_trace, rank
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

DATE = "2026-03-04"

# a clause pattern of "say" that found a word of its own ("illegal") and fitted, stopped
# at the sides (fishermen are no state's)
ILLEGAL = "LIMA — Peruvian fishermen said Chile's patrols were illegal."
# "had" is the auxiliary of "had shown": the patterns of "have" are not the clause's
SHOWN = "LUSAKA — Zambia's president said Malawi had shown great restraint."
# no clause pattern of "say" finds a word of its in "Estonia deserved credit"
CREDIT = "RIGA — Latvia said Estonia deserved credit."
# a copula: "were" only links the judgement ("illegal") to its subject
COPULA = ILLEGAL

# clause patterns of "say" with none of their words in ILLEGAL's clause
UNCUED = ("v.say_must", "v.say_shows", "v.say_abets", "v.say_harms_ties", "v.say_unjust")


def _blocks(text: str) -> tuple[Blocked, ...]:
    with blocked_trace() as trace:
        result = process(text, date=DATE)
    assert not result.events
    return tuple(b for blocks in trace.sentences.values() for b in blocks)


def test_bare_marks_uncued_clause_patterns() -> None:
    blocks = {b.pattern: b for b in _blocks(ILLEGAL)}
    assert not blocks["v.say_accuse"].bare  # "illegal" is one of its words
    assert blocks["v.say_accuse"].reason == "source-unresolved"
    for pattern in UNCUED:
        assert blocks[pattern].bare, pattern


def test_bare_marks_auxiliary_and_copula() -> None:
    have = [b for b in _blocks(SHOWN) if b.trigger == "have"]
    assert have and all(b.bare for b in have)
    # the main verb's own patterns stay
    assert any(b.trigger == "show" and not b.bare for b in _blocks(SHOWN))
    be = [b for b in _blocks(COPULA) if b.trigger == "be"]
    assert be and all(b.bare for b in be)


def test_bare_marks_say_without_its_object_word() -> None:
    # "said no to": no "no" under the saying of a that-clause
    blocks = {b.pattern: b for b in _blocks(ILLEGAL)}
    assert blocks["v.say_no"].bare


def test_rank_sides_then_fitted_form_then_unfitted() -> None:
    assert rank("source-unresolved") > rank("needs-shown_clause") > rank("object-unmatched")
    assert rank("no-deed-target") > rank("no-target") > rank("negated")
    assert rank("forbidden-dependent") > rank("no-particle") == rank(BARE)


@pytest.mark.parametrize("text", [ILLEGAL, SHOWN, CREDIT])
def test_bare_changes_no_event(text: str) -> None:
    with blocked_trace():
        traced = process(text, date=DATE)
    assert traced.events == process(text, date=DATE).events


DOCS = [
    (ILLEGAL, "Peruvian fishermen said Chile's patrols were illegal", "PER", "CHL", "11"),
    (SHOWN, "said Malawi had shown great restraint", "ZMB", "MWI", "05"),
    (CREDIT, "Latvia said Estonia deserved credit", "LVA", "EST", "05"),
]


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = [
        json.dumps(
            {
                "doc_id": f"d{i}",
                "date": DATE,
                "text": text,
                "events": [
                    {"evidence": evidence, "source": src, "target": tgt, "root": [root]}
                ],
            }
        )
        for i, (text, evidence, src, tgt, root) in enumerate(DOCS)
    ]
    path.write_text("\n".join(lines))
    return path


def test_details_list_the_fitted_pattern_first(gold: Path) -> None:
    score = evaluate_files([str(gold)], Settings(), blocked=True)
    misses = {d.doc_id: d.blocked for d in score.misses()}
    illegal, shown, credit = misses["d0"], misses["d1"], misses["d2"]
    assert (illegal[0].pattern, illegal[0].reason) == ("v.say_accuse", "source-unresolved")
    assert not {b.pattern for b in illegal} & set(UNCUED)
    assert not any(b.trigger in ("be", "have") or b.bare for b in illegal + shown)
    assert credit == (Blocked("", "", BARE),)
    # session 62: a praise of shown resolve (v.say_shown_resolve) fits "had shown" and stops
    # at its praising words ("great restraint" is none of them): the fitted pattern is shown
    assert (shown[0].pattern, shown[0].reason) == ("v.say_shown_resolve", "needs-kept_clause")


def test_counts_the_nearest_only(gold: Path) -> None:
    score = evaluate_files([str(gold)], Settings(), blocked=True)
    rows = {r: (st, near, n) for r, st, near, n in score.blocked_conditions()}
    assert rows["source-unresolved"] == ("sides", 1, 1)
    # CREDIT: no pattern of a praise fitted beyond its trigger; SHOWN: one fitted "had shown"
    assert rows[BARE] == ("form", 1, 1)
    assert rows["needs-kept_clause"] == ("form", 1, 1)
    assert "needs-content_clause" not in rows and "needs-abet_clause" not in rows
    assert score.events.matched == 0


def test_cli_blocked_prints_counts_only(gold: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold), "--blocked"], catch_exceptions=False)
    assert result.exit_code == 0
    assert BARE in result.output and "source-unresolved" in result.output
    assert "Estonia" not in result.output and "v.say_accuse" not in result.output
