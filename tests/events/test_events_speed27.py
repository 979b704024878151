"""Speed 27 (session 27, builder SPD): the event stage's cheapest helpers made cheaper, same events.

A parse's phrase (model.Parse.subtree) is read once per head and kept on the parse: the
stages ask for the same phrase again and again (half of the event stage's calls), and a
parse is never changed, only replaced by a new one whose keep starts empty. A capitalised
first word (context._capital_noun), asked of every noun of every sentence, is turned down
on its tag before its sentence is looked up. A verb's complements (objects._complement_lemmas)
take every child of a word below the verb without a second look, and the children a helper
asks for (_Ctx.kids) are gathered by a plain loop; only an adjective is asked whether it
predicates (extract._predicative). Rows are (dateline, body, expected events
"SRC>TGT:RR"): the same before and after; the tests of the keep and the refusal fail
without them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from audit_cases import Case, code_bodies

ROWS: list[Case] = [
    # a capitalised act noun as the first word, or a common noun
    (
        "BRUSSELS",
        "Talks between Serbia and Kosovo resumed in Brussels on Monday.",
        "SRB>XKX:04 XKX>SRB:04",
    ),
    (
        "BAKU",
        "Negotiations between Armenia and Azerbaijan ended without a deal on Tuesday.",
        "ARM>AZE:04 AZE>ARM:04",
    ),
    # a vowed or threatened act: the complements read below the verb
    ("ANKARA", "Turkey has vowed to impose new tariffs on Greek olive oil.", "TUR>GRC:13"),
    (
        "MEXICO CITY",
        "The tariffs that Mexico has threatened to impose on Canadian steel took effect on Friday.",
        "MEX>CAN:13",
    ),
    ("WARSAW", "Poland urged Belarus to release the detained journalists.", "POL>BLR:02"),
    ("WARSAW", "Poland said the weather in Belarus was cold.", ""),
    ("ACCRA", "Ghana's president visited Togo on Wednesday.", "GHA>TGO:04"),
    ("ACCRA", "Ghana's president visited a factory on Wednesday.", ""),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_bodies([(d, b) for d, b, _ in ROWS])


@pytest.mark.parametrize(("dateline", "body", "expected"), ROWS, ids=[b[:40] for _, b, _ in ROWS])
def test_rows(coded: dict[str, list[str]], dateline: str, body: str, expected: str) -> None:
    assert sorted(coded[body]) == sorted(expected.split())


@pytest.fixture(scope="module")
def parse(nlp: Any) -> Any:
    from newsgraph.nlp import to_parse

    return to_parse(nlp("Kenya's foreign minister met his Ugandan counterpart in Kampala on Friday."))


def test_a_phrase_is_read_once_per_parse(parse: Any) -> None:
    """The second ask of a head's phrase is the first answer, kept on the parse."""
    root = next(t for t in parse.tokens if t.head == t.i)
    first = parse.subtree(root.i)
    assert [t.i for t in first] == list(range(len(parse.tokens)))
    assert parse.subtree(root.i) is first


def test_a_replaced_parse_reads_its_own_tree(parse: Any) -> None:
    """A repair replaces the parse: the new one keeps nothing of the old one's phrases."""
    minister = next(t for t in parse.tokens if t.text == "minister")
    old = parse.subtree(minister.i)
    # the same parse with "minister" stripped of its children
    bare = replace(
        parse, children=tuple(() if i == minister.i else c for i, c in enumerate(parse.children))
    )
    assert [t.text for t in bare.subtree(minister.i)] == ["minister"]
    assert parse.subtree(minister.i) is old and len(old) > 1
    assert bare == bare and bare != parse  # the keep takes no part in equality


class _NoSentences:
    """A context whose sentences cannot be read: a refusal on the tag must not read them."""

    dateline_end = -1

    class parse:  # noqa: N801 - stands for the attribute
        sentences: tuple[Any, ...] = ()


def test_capital_noun_turned_down_on_its_tag(parse: Any) -> None:
    """A common noun or a named entity is no capitalised first word, without a look at its
    sentence (asked of every noun of every sentence)."""
    from newsgraph.events.context import _capital_noun

    minister = next(t for t in parse.tokens if t.text == "minister")
    kenya = next(t for t in parse.tokens if t.text == "Kenya")
    ctx: Any = _NoSentences()
    assert minister.pos == "NOUN" and not _capital_noun(ctx, minister)
    assert kenya.ent_type and not _capital_noun(ctx, kenya)


def test_kids_gives_a_new_list_of_the_asked_relations(parse: Any) -> None:
    """Callers extend what kids gives: each call a new list, in the parse's order."""
    from newsgraph.events.context import _Ctx, load_rules
    from newsgraph.events.patterns import load_patterns

    ctx = _Ctx(parse, (), load_rules(), load_patterns())
    verb = next(t for t in ctx.parse.tokens if t.text == "met")
    every = ctx.kids(verb.i)
    some = ctx.kids(verb.i, frozenset({"nsubj", "prep"}))
    assert [t.dep for t in some] == [t.dep for t in every if t.dep in ("nsubj", "prep")]
    some.append(verb)
    assert ctx.kids(verb.i, frozenset({"nsubj", "prep"})) == some[:-1]
    assert ctx.kids(verb.i, frozenset({"nsubj", "prep"})) is not ctx.kids(
        verb.i, frozenset({"nsubj", "prep"})
    )


def test_only_adjectives_asked_if_predicative() -> None:
    """_sentence_hits asks _predicative only of adjectives (it turns every other word down),
    and its rows code as before."""
    import newsgraph.events.extract as extract

    asked: list[str] = []
    predicative = extract._predicative

    def logged(ctx: Any, t: Any) -> bool:
        asked.append(t.pos)
        return predicative(ctx, t)

    rows = [(d, b) for d, b, _ in ROWS]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(extract, "_predicative", logged)
        events = code_bodies(rows)
    assert asked and set(asked) == {"ADJ"}
    assert all(sorted(events[b]) == sorted(e.split()) for _, b, e in ROWS)
