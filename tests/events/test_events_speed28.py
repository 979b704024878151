"""Speed 28 (session 28, builder SPD): the event stage's helpers made cheaper, same events.

A parse repair copies the children lists only at its first fix, and a parse with nothing to
fix comes back as it was (context._called_names, _nouns_read_as_verbs,
_verbs_read_as_adjectives). Word lists built from others are built once when the rules load
(Rules.act_words: act_nouns and act_families' nouns) and a target slot is split once
(patterns.slot_parts, for clauses, sides and nominals); a verb's object words are read once
for all its light-verb patterns (extract._object_unnamed takes them); _negated asks "no
longer" only of an adverb and _infinitive reads the children in a loop. Rows are (dateline,
body, expected events "SRC>TGT:RR"), coded the same before and after: an appended denial, a
capitalised act noun, "no longer", a refused infinitive, a repaired plural and call.
"""

from __future__ import annotations

from typing import Any

import pytest

from audit_cases import Case, code_bodies
from newsgraph.model import Parse, Sentence, Token

ROWS: list[Case] = [
    # a denial appended after a comma (_appended_denials)
    (
        "NEW DELHI",
        "India accused Canada of sheltering separatists, a charge Ottawa rejects.",
        "IND>CAN:11 CAN>IND:12",
    ),
    (
        "MANILA",
        "China accused the Philippines of provoking the clash, an allegation Manila denies.",
        "CHN>PHL:11 PHL>CHN:12",
    ),
    # a capitalised act noun as the first word (_capital_noun, asked of proper nouns only)
    (
        "SEOUL",
        "Negotiations between South Korea and Japan resumed on Monday.",
        "KOR>JPN:04 JPN>KOR:04",
    ),
    # "no longer" negates (_negated, _no_longer); "not" as well
    ("MOSCOW", "Russia will no longer issue visas to Latvian officials.", "RUS>LVA:16"),
    ("NAIROBI", "Kenya did not expel the Ugandan envoy.", ""),
    # an infinitive (_infinitive): a promise, a refusal
    ("LIMA", "Peru agreed to send rescue teams to Ecuador.", "PER>ECU:03"),
    ("ROME", "Italy refused to allow the Libyan ship to dock.", "ITA>LBY:16"),
    # a plural read as a verb, a call read as a naming (the parse repairs)
    (
        "BOGOTA",
        "Colombia imposed travel bans and asset freezes on Venezuelan officials.",
        "COL>VEN:16",
    ),
    ("QUITO", "Ecuador's president called Peru's leader on Sunday.", "ECU>PER:04"),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_bodies([(d, b) for d, b, _ in ROWS])


@pytest.mark.parametrize(("dateline", "body", "expected"), ROWS, ids=[b[:40] for _, b, _ in ROWS])
def test_rows(coded: dict[str, list[str]], dateline: str, body: str, expected: str) -> None:
    assert sorted(coded[body]) == sorted(expected.split())


def _hand_parse(rows: list[tuple[str, str, str, str, str, int]]) -> Parse:
    """A one-sentence parse from (text, lemma, pos, tag, dep, head) rows, built by hand."""
    tokens: list[Token] = []
    at = 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(rows):
        tokens.append(
            Token(i, text, at, at + len(text), lemma, pos, tag, dep, head, "", "O", 0, " ")
        )
        at += len(text) + 1
    children = tuple(tuple(t.i for t in tokens if t.head == h.i and t.i != h.i) for h in tokens)
    text = " ".join(r[0] for r in rows)
    return Parse((Sentence(0, 0, len(text), text, 0, len(tokens)),), tuple(tokens), (), children)


# "Macron called Tebboune on Sunday": the name is read as what he is called (oprd)
CALLED = [
    ("Macron", "Macron", "PROPN", "NNP", "nsubj", 1),
    ("called", "call", "VERB", "VBD", "ROOT", 1),
    ("Tebboune", "Tebboune", "PROPN", "NNP", "oprd", 1),
    ("on", "on", "ADP", "IN", "prep", 1),
    ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "Macron met Tebboune on Sunday": nothing for the repairs to fix
MET = [
    ("Macron", "Macron", "PROPN", "NNP", "nsubj", 1),
    ("met", "meet", "VERB", "VBD", "ROOT", 1),
    ("Tebboune", "Tebboune", "PROPN", "NNP", "dobj", 1),
    ("on", "on", "ADP", "IN", "prep", 1),
    ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]

# "the president called Lula on Monday": no verb at the root, the call a noun's modifier
CALLED_ACL = [
    ("the", "the", "DET", "DT", "det", 1),
    ("president", "president", "NOUN", "NN", "ROOT", 1),
    ("called", "call", "VERB", "VBN", "acl", 1),
    ("Lula", "Lula", "PROPN", "NNP", "oprd", 2),
    ("on", "on", "ADP", "IN", "prep", 2),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 4),
]


def test_parse_repairs_return_an_unfixed_parse_itself() -> None:
    """A parse none of the three repairs fixes comes back as the very same object."""
    from newsgraph.events.context import (
        _called_names,
        _nouns_read_as_verbs,
        _verbs_read_as_adjectives,
    )

    met = _hand_parse(MET)
    for repair in (_called_names, _nouns_read_as_verbs, _verbs_read_as_adjectives):
        assert repair(met) is met


def test_called_names_fixes_on_a_copy_of_the_children() -> None:
    """The name a call takes becomes its object; the children lists are rebuilt to match
    (copied at the fix), and the parse the repair was given is left as it was."""
    from newsgraph.events.context import _called_names

    parse = _hand_parse(CALLED)
    fixed = _called_names(parse)
    assert fixed is not parse
    assert fixed.tokens[2].dep == "dobj" and parse.tokens[2].dep == "oprd"
    assert fixed.children == parse.children

    parse = _hand_parse(CALLED_ACL)
    before = parse.children
    fixed = _called_names(parse)
    assert (fixed.tokens[2].dep, fixed.tokens[2].head) == ("ROOT", 2)
    assert (fixed.tokens[1].dep, fixed.tokens[1].head) == ("nsubj", 2)
    assert fixed.tokens[3].dep == "dobj"
    assert fixed.children[1] == (0,) and fixed.children[2] == (1, 3, 4)
    assert parse.children == before and parse.children[1] == (0, 2)


def test_act_words_are_act_nouns_and_family_nouns() -> None:
    """The list built once at load holds exactly what was built at each ask before."""
    from newsgraph.events.context import load_rules

    rules = load_rules()
    families = {n for nouns, _ in rules.act_families for n in nouns}
    assert rules.act_words == rules.act_nouns | families
    assert families - rules.act_nouns  # the families add nouns of their own


def test_slot_parts_split_once() -> None:
    """A slot's kind and words, the same object at the second ask; no words without a colon."""
    from newsgraph.events.patterns import slot_parts

    assert slot_parts("prep:at|in") == ("prep", frozenset({"at", "in"}))
    assert slot_parts("prep:at|in") is slot_parts("prep:at|in")
    assert slot_parts("dobj") == ("dobj", frozenset())
    assert slot_parts("obj_sub:by") == ("obj_sub", frozenset({"by"}))


def test_object_unnamed_reads_the_words_given() -> None:
    """A light-verb pattern is turned down when none of its objects is among the verb's
    object words; one whose objects hold "territory" (a land named by its code) never is."""
    from newsgraph.events.extract import _object_unnamed
    from newsgraph.events.patterns import load_patterns

    patterns = [p for ps in load_patterns().verbs.values() for p in ps if p.objects]
    plain = next(p for p in patterns if "territory" not in p.objects)
    land = next(p for p in patterns if "territory" in p.objects)
    word = next(iter(plain.objects))
    assert _object_unnamed(plain, frozenset({"zzz"}))
    assert not _object_unnamed(plain, frozenset({word, "zzz"}))
    assert not _object_unnamed(land, frozenset({"zzz"}))


@pytest.fixture(scope="module")
def ctx(nlp: Any) -> Any:
    from newsgraph.events.context import _Ctx, load_rules
    from newsgraph.events.patterns import load_patterns
    from newsgraph.nlp import to_parse

    parse = to_parse(
        nlp("Moldova will no longer import Russian gas and refused to pay the old debts.")
    )
    return _Ctx(parse, (), load_rules(), load_patterns())


def test_negated_reads_no_longer_on_the_adverb(ctx: Any) -> None:
    """ "will no longer import": negated through the adverb "longer" with its "no"; the joined
    "refused" is not negated, its "to pay" an infinitive, "import" none."""
    from newsgraph.events.context import _infinitive
    from newsgraph.events.parties import _negated

    word = {t.text: t for t in ctx.parse.tokens}
    assert _negated(ctx, word["import"])
    assert not _negated(ctx, word["refused"])
    assert _infinitive(ctx, word["pay"]) and not _infinitive(ctx, word["import"])
