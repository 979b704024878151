"""Speed 25 (session 25, builder SPD): patterns turned down before their try, same events.

The event coder tries each pattern of a verb's lemma on it; three cheap checks, each made
once per verb, now spare the costly ones. A light-verb pattern none of whose objects names
a word near the verb is not tried (extract._object_unnamed, objects._object_words). An
active pattern none of whose sources passes its subject tests returns before the search for
targets (extract._voiceless; never while tracing). A verb of saying reads what its reported
clauses say once for all its content_clause patterns (objects._judged_clauses), and worded
clause patterns none of whose words is a clause's verb are turned down at once
(objects._clause_verbs). Rows are (dateline, body, expected events "SRC>TGT:RR"): the same
before and after; the tests of the tries fail without the checks.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from audit_cases import Case, code_bodies

ROWS: list[Case] = [
    # a person's stay is a visit; an envoy posted there, or a meeting, is no visitor
    (
        "NAIROBI",
        "Kenya's foreign minister was in Addis Ababa on Tuesday for talks with Ethiopian "
        "officials.",
        "KEN>ETH:04",
    ),
    ("NAIROBI", "The Kenyan ambassador was in Addis Ababa on Tuesday.", ""),
    ("NAIROBI", "The summit was in Addis Ababa on Tuesday, and Kenya is a member of the bloc.", ""),
    # light verbs: the object named, or another noun
    (
        "SANTIAGO",
        "Chile lodged a formal protest with Argentina over the fishing dispute.",
        "CHL>ARG:11",
    ),
    ("SANTIAGO", "Chile lodged a formal complaint about the weather on Friday.", ""),
    ("HANOI", "Vietnam imposed sanctions on two Cambodian firms on Monday.", "VNM>KHM:16"),
    # content clauses: a judgement affirmed, denied, or read as a passive verb
    ("OSLO", "Norway said Russia's decision to expel the diplomats was unjustified.", "NOR>RUS:11"),
    ("OSLO", "Norway said Russia's decision to expel the diplomats was not unjustified.", ""),
    (
        "HANOI",
        "The decision was described as misguided by Vietnam, which said Cambodia's move was "
        "misguided.",
        "VNM>KHM:11",
    ),
    # worded clauses: the clause's verb is of the pattern's words, or not
    ("KAMPALA", "Uganda said Rwanda was backing the rebels in eastern Congo.", "UGA>RWA:11"),
    ("KAMPALA", "Uganda said Rwanda was watching the rebels in eastern Congo.", ""),
    ("LIMA", "Peru said Chile's new tariffs would hurt Peruvian farmers.", "PER>CHL:11"),
    ("LIMA", "Peru said Chile's new tariffs would help Peruvian farmers.", ""),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, Any]:
    """The rows coded once with the coder's tries logged, and once more while tracing."""
    import newsgraph.events.extract as extract
    import newsgraph.events.objects as objects
    from newsgraph.events.clauses import _hyphen_agent
    from newsgraph.events.modality import _passive_trigger
    from newsgraph.events.trace import blocked_trace

    tried: list[tuple[str, bool]] = []  # (pattern id, an object matched) of light verbs
    searched: list[tuple[str, str]] = []  # (pattern id, verb) whose targets were sought
    judged: Counter[tuple[int, int]] = Counter()  # (ctx, verb) -> _judged_clauses runs
    held: list[Any] = []  # every ctx seen, kept alive so that no id is reused for another
    verb_hits, targets, judged_clauses = (
        extract._verb_hits,
        extract._targets,
        objects._judged_clauses,
    )

    def logged_hits(ctx: Any, verb: Any, pattern: Any) -> Any:
        if pattern.objects:
            passive = _passive_trigger(ctx, verb, _hyphen_agent(ctx, verb) is not None)
            found = objects._matched_object(ctx, verb, pattern, passive)
            tried.append((pattern.id, found is not None))
        return verb_hits(ctx, verb, pattern)

    def logged_targets(ctx: Any, verb: Any, obj: Any, pattern: Any, skip_dobj: bool) -> Any:
        searched.append((pattern.id, verb.text))
        return targets(ctx, verb, obj, pattern, skip_dobj)

    def logged_judged(ctx: Any, verb: Any) -> Any:
        held.append(ctx)
        judged[(id(ctx), verb.i)] += 1
        return judged_clauses(ctx, verb)

    rows = [(d, b) for d, b, _ in ROWS]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(extract, "_verb_hits", logged_hits)
        mp.setattr(extract, "_targets", logged_targets)
        mp.setattr(objects, "_judged_clauses", logged_judged)
        events = code_bodies(rows)
    with blocked_trace():
        traced = code_bodies(rows)
    return {
        "events": events,
        "traced": traced,
        "tried": tried,
        "searched": searched,
        "judged": judged,
    }


@pytest.mark.parametrize(("dateline", "body", "expected"), ROWS, ids=[b[:40] for _, b, _ in ROWS])
def test_rows(coded: dict[str, Any], dateline: str, body: str, expected: str) -> None:
    assert sorted(coded["events"][body]) == sorted(expected.split())


def test_tracing_codes_the_same(coded: dict[str, Any]) -> None:
    """The early return before the targets is skipped while tracing: same events."""
    assert coded["traced"] == coded["events"]


def test_light_verbs_tried_only_with_their_object(coded: dict[str, Any]) -> None:
    """Every light-verb pattern tried finds its object (none tried in vain on these rows)."""
    assert coded["tried"]
    assert [p for p, found in coded["tried"] if not found] == []


def test_no_target_search_without_a_person_subject(coded: dict[str, Any]) -> None:
    """v.be_in (subject: person) seeks targets for the minister only, not the posted
    ambassador nor the summit or Kenya's membership."""
    assert [v for p, v in coded["searched"] if p == "v.be_in"] == ["was"]


def test_reported_clauses_read_once_per_verb(coded: dict[str, Any]) -> None:
    assert coded["judged"]
    assert max(coded["judged"].values()) == 1
