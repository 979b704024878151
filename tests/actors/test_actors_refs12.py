"""“The Bhutanese leader”: a generic word for a state's head refers back to that state's head
only (session 32, task SPK).

"The <demonym> leader" (or "<state>'s leader") took the latest person of its state the
article named, whatever that person's post: a minister who signed a deal stood for the
visiting prime minister. Such a word (offices.yaml head_words) now refers back only to a
person bearing a head title (head_titles), else to the head last named by title alone
("Bhutan's prime minister", within resolve._HEAD_SENTENCES), else to no one (the title
stands by itself). Kept: "the leader" of a named head; "counterpart" and the other generic
words as before; another state's head is never taken. Every sentence was written for this
file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

#: (text, words of the "leader" mention, the person it is given, the title it refers back to)
CASES: list[tuple[str, str, str | None, str | None]] = [
    # a named head, though a minister of the state was named later
    (
        "DOHA (AP) — Chile's president, Ana Rojas, arrived in Doha on Monday with Chile's "
        "mining minister, Luis Vera. The Chilean leader praised the deal.",
        "Chilean leader",
        "Ana Rojas",
        None,
    ),
    # an unnamed head: the title that names it, not the minister named nearer
    (
        "NEW DELHI (AP) — The loan was signed by Nepal's finance minister, Ram Thapa, during "
        "a visit by Nepal's prime minister. The Nepali leader thanked India for its help.",
        "Nepali leader",
        None,
        "Nepal's prime minister",
    ),
    (
        "ACCRA (AP) — Togo's king arrived in Accra for a state visit. Officials said the two "
        "sides would sign deals on power lines. The Togolese leader later toured the port.",
        "Togolese leader",
        None,
        "Togo's king",
    ),
    # near-miss: only a minister of that state: no one's
    (
        "DOHA (AP) — Chile's mining minister, Luis Vera, arrived in Doha on Monday. The deal "
        "was signed by Vera. The Chilean leader praised the deal.",
        "Chilean leader",
        None,
        None,
    ),
    # near-miss: another state's unnamed head is not taken
    (
        "ACCRA (AP) — Ghana's president welcomed Togo's trade minister, Kofi Amedzro, on "
        "Monday. The Togolese leader did not attend.",
        "Togolese leader",
        None,
        None,
    ),
]


def _leader(text: str, words: str) -> tuple[str | None, str | None]:
    """The person and the antecedent title text the actors stage gives the mention."""
    from newsgraph.actors import resolve_mentions
    from newsgraph.model import Article
    from newsgraph.nlp import parse_text
    from newsgraph.settings import Settings

    settings = Settings()
    article = Article(id="r", text=text, date="2025-02-04")
    mentions = resolve_mentions(article, parse_text(text, settings), settings)
    found = [m for m in mentions if words in m.text]
    assert found, f"no mention with {words!r} in {[m.text for m in mentions]}"
    mention = found[-1]
    by_id = {m.id: m for m in mentions}
    base = by_id.get(mention.antecedent or "")
    title = base.text if base is not None and base.kind == "title" and not base.person else None
    return mention.person, title


@pytest.mark.parametrize(("text", "words", "person", "title"), CASES)
def test_refs12_head_word(text: str, words: str, person: str | None, title: str | None) -> None:
    got_person, got_title = _leader(text, words)
    assert got_person == person
    assert got_title == title


def test_refs12_head_words_are_data() -> None:
    """The word "leader" is a head word; "counterpart" and "chief" are not."""
    from newsgraph.actors.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert ("leader",) in gaz.head_words
    assert ("counterpart",) not in gaz.head_words
    assert ("chief",) not in gaz.head_words
