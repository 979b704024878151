"""A town named after a noun phrase ("the border town of X", "the southern city of X")
is one mention from the longest listed noun, whatever the interpreter's hash seed.

town_words.yaml lists both "city" and "southern city"; read into a set, which of the two
_Finder._town_of tried first changed from one run to the next, and with it the mention's
span and id ("city of Basra" in one run, "the southern city of Basra" in another).
Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from newsgraph.actors.towns import load_towns


def test_town_nouns_longest_first() -> None:
    nouns = load_towns().town_nouns
    assert isinstance(nouns, tuple)
    for k, noun in enumerate(nouns):
        for shorter in nouns[k + 1 :]:
            assert len(shorter) <= len(noun)


# (text, the town mention expected)
CASES = [
    (
        "Protesters blocked roads in the southern city of Basra on Sunday, Iraqi police said.",
        "the southern city of Basra",
    ),
    (
        "Armenian troops were sent to the border town of Gyumri after the clashes.",
        "the border town of Gyumri",
    ),
    (
        "Shells fell on the port city of Mariupol overnight, Ukrainian officials said.",
        "the port city of Mariupol",
    ),
    # near miss: a bare noun keeps the short form, with its article
    (
        "Crowds gathered in the city of Kirkuk on Monday, Iraqi officials said.",
        "the city of Kirkuk",
    ),
]


@pytest.fixture(scope="module")
def mentions() -> list[list[str]]:
    from newsgraph.actors import resolve_mentions
    from newsgraph.model import Article
    from newsgraph.nlp import parse_texts
    from newsgraph.settings import Settings

    settings = Settings()
    texts = [text for text, _ in CASES]
    out = []
    for text, parse in zip(texts, parse_texts(texts, settings), strict=True):
        found = resolve_mentions(Article(id="t", text=text), parse, settings)
        out.append([m.text for m in found if m.kind == "place"])
    return out


@pytest.mark.parametrize("k", range(len(CASES)))
def test_town_mention_spans_the_longest_noun(k: int, mentions: list[list[str]]) -> None:
    assert CASES[k][1] in mentions[k]
