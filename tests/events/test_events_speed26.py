"""Speed 26 (session 26, builder SPD): clause patterns turned down before their try, same events.

A verb of saying is tried with some twenty clause patterns (say_must, say_accuse, say_abets
...), three quarters of all the pattern tries of the dev texts, and nearly all fail their
need. A pattern with no object is now checked for its needs, forbids and particles
(objects._misfit, the first check _verb_hits makes of it) before the set-up of a try; and a
need met only by a pattern word in the reported clauses (objects._WORDED_CLAUSE_NEEDS) is
turned down at once when no word of the clauses is one (objects._clause_vocabulary, once per
verb), as content_clause is when no judged head is (objects._judged_heads). An active
pattern none of whose sources passes its subject tests (extract._voiceless) is turned down
before any other check of its try, with the sources read once per verb
(extract._active_sides) and, when there is none, every code the pattern may end with
(extract._stateless_codes): "v.be_in" (subject: person) is tried on every "be". Rows are
(dateline, body, expected events "SRC>TGT:RR"): the same before and after; the tests of the
tries fail without the checks.
"""

from __future__ import annotations

from typing import Any

import pytest

from audit_cases import Case, code_bodies

ROWS: list[Case] = [
    # a duty, or a plain future: obliged_clause
    ("LIMA", "Peru said Bolivia must hand back the seized trucks.", "PER>BOL:10"),
    ("LIMA", "Peru said Bolivia would hand back the seized trucks.", ""),
    ("MANILA", "The Philippines said China should release the detained fishermen.", "PHL>CHN:02"),
    ("MANILA", "The Philippines said China could release the detained fishermen.", ""),
    # good faith denied, or affirmed: unserious_clause
    ("ACCRA", "Ghana said Togo was not serious about peace.", "GHA>TGO:11"),
    ("ACCRA", "Ghana said Togo was serious about peace.", ""),
    # a servile role, or a partner's: role_clause
    ("NAIROBI", "Kenya said Somalia had become an instrument of foreign powers.", "KEN>SOM:11"),
    ("NAIROBI", "Kenya said Somalia had become a partner of foreign powers.", ""),
    # an act that reveals, or the weather: shown_clause
    ("SANTIAGO", "Chile said Bolivia's decision showed La Paz was hiding the truth.", "CHL>BOL:11"),
    ("SANTIAGO", "Chile said the weather showed La Paz was hiding the truth.", ""),
    # a judgement: content_clause
    ("VIENNA", "Austria said Hungary's new border law was illegal.", "AUT>HUN:11"),
    ("VIENNA", "Austria said Hungary's new border law was popular.", ""),
    # a charge of backing, or of help: abet_clause
    ("KAMPALA", "Uganda said Rwanda was arming the rebels in eastern Congo.", "UGA>RWA:11"),
    ("KAMPALA", "Uganda said Rwanda was feeding the refugees in eastern Congo.", ""),
    # no reported clause of a judgement at all
    ("HANOI", "Vietnam said on Monday that it had received the letter.", ""),
]

_CLAUSE_HELPERS = ("_worded_clause", "_undone_clause")


@pytest.fixture(scope="module")
def coded() -> dict[str, Any]:
    """The rows coded once with the coder's tries and clause reads logged."""
    import newsgraph.events.extract as extract
    import newsgraph.events.objects as objects
    from newsgraph.events.context import _memo

    misfits: list[tuple[str, str]] = []  # (pattern id, misfit) of tries with no object
    reads: list[tuple[str, bool]] = []  # (helper, a pattern word among the clauses' words)
    verb_hits = extract._verb_hits

    def logged_hits(ctx: Any, verb: Any, pattern: Any) -> Any:
        if not pattern.objects:
            misfits.append((pattern.id, objects._misfit(ctx, verb, pattern)))
        return verb_hits(ctx, verb, pattern)

    def logged(name: str) -> Any:
        helper = getattr(objects, name)

        def read(ctx: Any, verb: Any, words: frozenset[str], *args: Any, **kw: Any) -> Any:
            seen = _memo(ctx, objects._clause_vocabulary, verb)
            reads.append((name, not words.isdisjoint(seen)))
            return helper(ctx, verb, words, *args, **kw)

        return read

    rows = [(d, b) for d, b, _ in ROWS]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(extract, "_verb_hits", logged_hits)
        for name in _CLAUSE_HELPERS:
            mp.setattr(objects, name, logged(name))
        events = code_bodies(rows)
    return {"events": events, "misfits": misfits, "reads": reads}


@pytest.mark.parametrize(("dateline", "body", "expected"), ROWS, ids=[b[:40] for _, b, _ in ROWS])
def test_rows(coded: dict[str, Any], dateline: str, body: str, expected: str) -> None:
    assert sorted(coded["events"][body]) == sorted(expected.split())


def test_no_try_of_a_pattern_failing_its_needs(coded: dict[str, Any]) -> None:
    """Every pattern with no object that _verb_hits tries meets its needs and particles (the
    say patterns that code the rows above are tried)."""
    tried = {p for p, _ in coded["misfits"]}
    assert {"v.say_must", "v.say_unserious", "v.say_servile", "v.say_abets"} <= tried
    assert [(p, m) for p, m in coded["misfits"] if m] == []


def test_clauses_read_only_for_a_pattern_word_in_them(coded: dict[str, Any]) -> None:
    """The worded clause helpers run only when one of the pattern's words is a word of the
    verb's reported clauses (the rows' harm, abet and must-be-undone patterns have none)."""
    assert coded["reads"]
    assert [r for r in coded["reads"] if not r[1]] == []


def test_the_block_trace_names_the_same_need() -> None:
    """A clause pattern turned down before its try is recorded as _verb_hits would have
    recorded it: its first unmet need."""
    from newsgraph import process
    from newsgraph.events.trace import blocked_trace

    text = "KAMPALA — Uganda said Rwanda was feeding the refugees in eastern Congo."
    with blocked_trace() as trace:
        result = process(text, date="2026-03-04")
    assert not result.events
    found = {
        (b.pattern, b.reason)
        for (a, _), blocks in trace.sentences.items()
        if a == result.article.id
        for b in blocks
    }
    assert {
        ("v.say_must", "needs-obliged_clause"),
        ("v.say_accuse", "needs-content_clause"),
        ("v.say_abets", "needs-abet_clause"),
        ("v.say_threat", "needs-threat_clause"),
    } <= found, sorted(found)


# v.be_in and v.travel_to: a person's stay or trip is a visit; no one else's
STAYS: list[Case] = [
    (
        "LIMA",
        "Peru's foreign minister was in Quito on Monday for talks with Ecuadorian officials.",
        "PER>ECU:04",
    ),
    ("LIMA", "The Peruvian ambassador was in Quito on Monday.", ""),
    ("LIMA", "The conference was in Quito on Monday, and Peru is a member of the group.", ""),
    ("LIMA", "Peru's foreign minister will not be in Quito next week.", ""),
    ("LIMA", "The weather was bad in Quito on Monday.", ""),
    ("SANTIAGO", "Chile's president flew to Lima on Tuesday.", "CHL>PER:04"),
    ("SANTIAGO", "The cargo flew to Lima on Tuesday.", ""),
]


@pytest.fixture(scope="module")
def stays() -> dict[str, Any]:
    """The stays coded once, with the tries that set up their states logged."""
    import newsgraph.events.extract as extract

    set_up: list[tuple[str, str]] = []  # (pattern id, sentence) of each _block_state asked
    block_state = extract._block_state

    def logged(ctx: Any, verb: Any, pattern: Any) -> Any:
        set_up.append((pattern.id, ctx.parse.sentences[verb.sent].text))
        return block_state(ctx, verb, pattern)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(extract, "_block_state", logged)
        events = code_bodies([(d, b) for d, b, _ in STAYS])
    return {"events": events, "set_up": set_up}


@pytest.mark.parametrize(("dateline", "body", "expected"), STAYS, ids=[b[:40] for _, b, _ in STAYS])
def test_stays(stays: dict[str, Any], dateline: str, body: str, expected: str) -> None:
    assert sorted(stays["events"][body]) == sorted(expected.split())


def test_no_set_up_without_a_fitting_source(stays: dict[str, Any]) -> None:
    """v.be_in sets up its try for the minister's stay only: not for the posted ambassador
    (unless_subject), a conference, Peru's membership or the weather (nor a denied stay,
    turned down as negated before); v.travel_to for the president's trip, not the cargo's."""
    tried = {(p, s) for p, s in stays["set_up"] if p in ("v.be_in", "v.travel_to")}
    assert {(p, s[s.index("— ") + 2 :] if "— " in s else s) for p, s in tried} == {
        ("v.be_in", STAYS[0][1]),
        ("v.travel_to", STAYS[5][1]),
    }
