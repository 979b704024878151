"""The block trace (session 23, builder DG): why a sentence coded nothing.

With the trace on (events/trace.py ``blocked_trace``), the coder records, for each sentence
that yields no event, every pattern whose trigger the sentence holds and the first check
that stopped it; ``newsgraph eval --details`` lists them under each event missed in such a
sentence, ``--blocked`` counts them without any text. The trace changes no event. Each row
is a sentence we wrote, the pattern it holds and the condition that must be named.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import process
from newsgraph.cli import app
from newsgraph.evaluate.run import evaluate_files
from newsgraph.events.trace import NO_TRIGGER, Blocked, blocked_trace, stage
from newsgraph.model import Result
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

DATE = "2026-03-04"

# (text, pattern id, condition): the pattern is tried in the body's sentence and stopped so
BLOCKED: list[tuple[str, str, str]] = [
    # negated
    ("TOKYO — Japan did not criticize China on Monday.", "v.criticize", "negated"),
    ("ANKARA — Turkey has never condemned Iran's missile tests.", "v.criticize", "negated"),
    # hypothetical: a condition, a duty, a wish
    (
        "ACCRA — If Ghana expels the Togolese ambassador, Togo will respond.",
        "v.expel",
        "conditional-mark",
    ),
    (
        "LIMA — Peru should recall its ambassador from Chile, a senator said.",
        "v.recall_envoy",
        "normative-modal",
    ),
    (
        "BERN — Switzerland hoped Armenia and Azerbaijan would sign a peace treaty.",
        "v.sign",
        "wished",
    ),
    # a target not resolved: no earlier act for the reaction, no state in the slot
    ("NAIROBI — Kenya condemned the decision on Tuesday.", "v.criticize", "no-deed-target"),
    # "the proposal" is a deed that a praise answers (session 44, P2: a welcome answers the
    # offer told just before), and none was told
    ("BRASILIA — Brazil praised the proposal on Monday.", "v.praise", "no-deed-target"),
    ("DHAKA — Bangladesh's foreign minister visited the border on Monday.", "v.visit", "no-target"),
    # a source not resolved: fishermen are no state's
    (
        "HANOI — Vietnamese fishermen accused China of ramming their boat.",
        "v.accuse",
        "source-unresolved",
    ),
]

# near-misses: these sentences code an event, so nothing of theirs is recorded
CODED: list[str] = [
    "OSLO — Norway condemned Russia's attack on Ukraine on Monday.",
    "CAIRO — Egypt refused to recognize the new government in Khartoum.",
    "TOKYO — Japan criticized China on Monday.",
]


def _traced(text: str) -> tuple[Result, dict[int, tuple[Blocked, ...]]]:
    with blocked_trace() as trace:
        result = process(text, date=DATE)
    silent = {i: b for (a, i), b in trace.sentences.items() if a == result.article.id}
    return result, silent


def _events(result: Result) -> list[tuple[str, str, str, str]]:
    return [
        (e.source_actor.code, e.target_actor.code, e.code, e.rule or "") for e in result.events
    ]


@pytest.mark.parametrize(("text", "pattern", "reason"), BLOCKED)
def test_blocked_names_the_condition(text: str, pattern: str, reason: str) -> None:
    result, silent = _traced(text)
    assert not result.events
    found = {(b.pattern, b.reason) for blocks in silent.values() for b in blocks}
    assert (pattern, reason) in found, sorted(found)


@pytest.mark.parametrize("text", CODED)
def test_blocked_records_no_coding_sentence(text: str) -> None:
    result, silent = _traced(text)
    coded = {e.sentence_index for e in result.events}
    assert coded and not coded & set(silent)


@pytest.mark.parametrize("text", [t for t, _, _ in BLOCKED] + CODED)
def test_blocked_trace_changes_no_event(text: str) -> None:
    traced, _ = _traced(text)
    assert _events(traced) == _events(process(text, date=DATE))


def test_blocked_stages() -> None:
    assert [stage(r) for r in ("needs-oprd", "negated", "no-target", "no-deed-target")] == [
        "form",
        "modality",
        "sides",
        "context",
    ]


TEXT = (
    "PARIS — France praised Germany on Monday for its budget. Italy did not criticize Spain "
    "on Tuesday. Portugal ate pasta on Wednesday. Greece would condemn Turkey if the drills "
    "went on, a senator said."
)
GOLD_EVENTS = [
    {"evidence": "France praised Germany", "source": "FRA", "target": "DEU", "root": ["05"]},
    {"evidence": "Italy did not criticize Spain", "source": "ITA", "target": "ESP", "root": ["11"]},
    {"evidence": "Portugal ate pasta", "source": "PRT", "target": "ESP", "root": ["11"]},
    {"evidence": "Greece would condemn Turkey", "source": "GRC", "target": "TUR", "root": ["11"]},
]


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    doc = {"doc_id": "d1", "date": "2026-03-02", "text": TEXT, "events": GOLD_EVENTS}
    path.write_text(json.dumps(doc))
    return path


def test_blocked_counts_misses_by_condition(gold: Path) -> None:
    score = evaluate_files([str(gold)], Settings(), blocked=True)
    rows = {r: (st, near, n) for r, st, near, n in score.blocked_conditions()}
    assert rows["negated"] == ("modality", 1, 1)
    assert rows[NO_TRIGGER] == ("form", 1, 1)
    # "would condemn": a plan, and no intent code of a criticism to fall back on
    assert rows["planned-only"] == ("modality", 1, 1)
    # the saying verb's clause patterns find none of their words in "would condemn Turkey":
    # fitted by the trigger alone, they are not counted (session 59)
    assert "needs-content_clause" not in rows
    assert score.events.matched == 1
    # off, nothing is recorded and the scores are the same
    plain = evaluate_files([str(gold)], Settings())
    assert plain.blocked_conditions() == ()
    assert plain.events == score.events


def test_cli_eval_blocked_prints_counts_only(gold: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold), "--blocked"], catch_exceptions=False)
    assert result.exit_code == 0
    out = result.output
    assert "negated" in out and NO_TRIGGER in out and "planned-only" in out
    assert "pasta" not in out and "Italy" not in out and "criticize" not in out  # no text
    data = json.loads(
        CliRunner().invoke(app, ["eval", str(gold), "--json", "--blocked"]).output
    )
    assert data["events"]["missed_silent_blocked_by"]["negated"]["nearest"] == 1


def test_cli_eval_details_lists_blocked_patterns(gold: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold), "--details"], catch_exceptions=False)
    err = " ".join((result.stderr if result.stderr_bytes is not None else result.output).split())
    # the pattern that got furthest first, then the saying verb's stopped at their form
    assert "Italy did not criticize Spain blocked: v.criticize 'criticize': negated;" in err
    assert f"blocked: {NO_TRIGGER}" in err
