"""Roots 46 (session 43, builder RECV): the thing a giving verb gives, restored after its
receiver where the parser hung it elsewhere.

"agreed to sell Iraq liquefied natural gas" (opened set 58; not used here): the parser may
hang "gas" on "agreed", or read "liquefied" as a verb of its own with "gas" its object, so
"sell" has a receiver and nothing sold, and no sale is coded. nlp._modifiers_read_as_verbs
gives the noun back to the giving verb (data/nlp/giving_verbs.yaml) when it follows the
receiver (a name read as dative or object) after its own modifiers only; a participle in
between becomes the noun's modifier. Verbs that give nothing ("warned Peru shelled towns"),
a verb with an object of its own, and a participle with its own subject keep their parse.
The misreading depends on the whole article, so some rows are parses written by hand; the
whole-pipeline rows check sentences as the model reads them.

Every sentence was written for this file; each pipeline row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches
from newsgraph.model import Token
from newsgraph.nlp import _modifiers_read_as_verbs

# (word, pos, tag, dep, head) of each token; heads are indices in the row
Row = tuple[str, str, str, str, int]

# "Chile agreed to sell Peru refined copper.": "copper" hung on "agreed"
ABOVE: list[Row] = [
    ("Chile", "PROPN", "NNP", "nsubj", 1),
    ("agreed", "VERB", "VBD", "ROOT", 1),
    ("to", "PART", "TO", "aux", 3),
    ("sell", "VERB", "VB", "xcomp", 1),
    ("Peru", "PROPN", "NNP", "dative", 3),
    ("refined", "VERB", "VBN", "amod", 6),
    ("copper", "NOUN", "NN", "dobj", 1),
    (".", "PUNCT", ".", "punct", 1),
]
# "Chile will sell Peru refined copper for its mines.": "refined" read as a verb
PARTICIPLE: list[Row] = [
    ("Chile", "PROPN", "NNP", "nsubj", 2),
    ("will", "AUX", "MD", "aux", 2),
    ("sell", "VERB", "VB", "ROOT", 2),
    ("Peru", "PROPN", "NNP", "dative", 2),
    ("refined", "VERB", "VBN", "conj", 2),
    ("copper", "NOUN", "NN", "dobj", 4),
    ("for", "ADP", "IN", "prep", 4),
    ("its", "PRON", "PRP$", "poss", 8),
    ("mines", "NOUN", "NNS", "pobj", 6),
    (".", "PUNCT", ".", "punct", 2),
]
# "Chile warned Peru shelled towns." : no giving verb
WARNED: list[Row] = [
    ("Chile", "PROPN", "NNP", "nsubj", 1),
    ("warned", "VERB", "VBD", "ROOT", 1),
    ("Peru", "PROPN", "NNP", "dobj", 1),
    ("shelled", "VERB", "VBN", "conj", 1),
    ("towns", "NOUN", "NNS", "dobj", 3),
    (".", "PUNCT", ".", "punct", 1),
]
# "Chile sold Peru copper and refined ore.": the giving verb has its object
OWN_OBJECT: list[Row] = [
    ("Chile", "PROPN", "NNP", "nsubj", 1),
    ("sold", "VERB", "VBD", "ROOT", 1),
    ("Peru", "PROPN", "NNP", "dative", 1),
    ("copper", "NOUN", "NN", "dobj", 1),
    ("and", "CCONJ", "CC", "cc", 3),
    ("refined", "VERB", "VBN", "conj", 1),
    ("ore", "NOUN", "NN", "dobj", 5),
    (".", "PUNCT", ".", "punct", 1),
]
# "Chile will sell Peru mined ore miners stole.": the participle's clause has a subject
SUBJECT: list[Row] = [
    ("Chile", "PROPN", "NNP", "nsubj", 2),
    ("will", "AUX", "MD", "aux", 2),
    ("sell", "VERB", "VB", "ROOT", 2),
    ("Peru", "PROPN", "NNP", "dative", 2),
    ("mined", "VERB", "VBD", "ccomp", 2),
    ("ore", "NOUN", "NN", "dobj", 4),
    ("miners", "NOUN", "NNS", "nsubj", 4),
    (".", "PUNCT", ".", "punct", 2),
]


def _tokens(rows: list[Row]) -> tuple[Token, ...]:
    """The tokens of a hand-written parse."""
    tokens, at = [], 0
    for i, (word, pos, tag, dep, head) in enumerate(rows):
        tokens.append(
            Token(i, word, at, at + len(word), word.lower(), pos, tag, dep, head, "", "O", 0, " ")
        )
        at += len(word) + 1
    return tuple(tokens)


def _deps(rows: list[Row]) -> list[tuple[str, int]]:
    return [(t.dep, t.head) for t in _modifiers_read_as_verbs(_tokens(rows))]


def test_events_roots46_object_above_restored() -> None:
    got = _deps(ABOVE)
    assert got[6] == ("dobj", 3)  # copper: sold, not agreed
    assert got[5] == ("amod", 6)


def test_events_roots46_participle_restored() -> None:
    got = _deps(PARTICIPLE)
    assert got[4] == ("amod", 5)  # refined: a modifier of copper
    assert got[5] == ("dobj", 2)  # copper: sold
    assert got[6] == ("prep", 2)  # for its mines: the sale's
    assert _modifiers_read_as_verbs(_tokens(PARTICIPLE))[4].pos == "ADJ"


@pytest.mark.parametrize(
    "rows", [WARNED, OWN_OBJECT, SUBJECT], ids=["not-giving", "own-object", "own-subject"]
)
def test_events_roots46_kept(rows: list[Row]) -> None:
    assert _deps(rows) == [(dep, head) for _, _, _, dep, head in rows]


CASES: list[Case] = [
    (
        "MUSCAT",
        "Oman agreed on Wednesday to sell Bangladesh liquefied natural gas for a new terminal at"
        " Matarbari.",
        "OMN>BGD:03|06",
    ),
    (
        "DOHA",
        "Qatar will sell Kuwait liquefied natural gas under a new contract.",
        "QAT>KWT:03|06",
    ),
]

NONE: list[NearMiss] = [
    ("ABUJA", "Nigeria told Ghana detained fishermen would be freed."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots46_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots46_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
