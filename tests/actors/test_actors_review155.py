"""Review 155 (session 70, SK70): a title-case headline names no person after a title.

"Norway, Chile Sign Copper Deal as Oslo's Premier Visits Santiago" gave the actors stage a
person "Visits Santiago": the capital after "Visits" was read as the surname of a name the
title opened (Resolver._capital_surname, "Foreign Minister Paulo | Lima"), and every later
"Norway's prime minister", "his" and "he" took that name, so the premier's quotation went to
"Visits Santiago". In a title-case headline on the text's first line capitals mark no names
(Resolver._headline_word), so no capital ends a name there. Kept: the same title and name in
the body ("Brazil's Foreign Minister Paulo Lima met ..."), also when the parser runs the
headline on into the body's first sentence. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

#: (text, person expected among the mentions or None, a person that must not be found)
CASES: list[tuple[str, str | None, str | None]] = [
    (
        "Norway, Chile Sign Copper Deal as Oslo's Premier Visits Santiago\nSANTIAGO - Norway's"
        " prime minister met Chile's president on Tuesday.",
        None,
        "Visits Santiago",
    ),
    (
        "Kenya and Ghana Sign Trade Pact as Nairobi's President Visits Accra\nACCRA - Kenya's"
        " president and Ghana's president signed a trade pact on Monday.",
        None,
        "Visits Accra",
    ),
    (
        "Peru Talks\nLIMA - Brazil's Foreign Minister Paulo Lima met Peru's president on Monday.",
        "Paulo Lima",
        None,
    ),
]


def _people(text: str) -> set[str]:
    from newsgraph.actors import resolve_mentions
    from newsgraph.model import Article
    from newsgraph.nlp import parse_text
    from newsgraph.settings import Settings

    settings = Settings()
    article = Article(id="r", text=text, date="2026-03-04")
    return {m.person for m in resolve_mentions(article, parse_text(text, settings), settings) if m.person}


@pytest.mark.parametrize(("text", "person", "not_person"), CASES)
def test_actors_review155_headline_names_no_person(text: str, person: str | None, not_person: str | None) -> None:
    people = _people(text)
    if person is not None:
        assert person in people
    if not_person is not None:
        assert not_person not in people
