"""Review 398 (session 67, O100): speakers whose names the entity recogniser cut.

'said Marlon Tjin-A-Koeng, an economist': the recogniser read "Marlon Tjin-A" as the person
(and "Jean-Pierre Tjin-A-Fo" as "Jean-" and "Pierre Tjin-A"), so the speaker lost the name's
last parts. A person's entity now runs on over a hyphen and a capitalised proper noun glued
to it, and back over such words before it (nlp._hyphened_people). 'The Belgrade Higher
Court said': "higher court" is a rank of a court system (roles.yaml JUD, as "district court"),
so the court speaks by its whole name, not as "Belgrade".

Near misses: a hyphened adjective before or after a name ("Polish-born", "Franco-Spanish")
is no part of it.

Every sentence was written for this file. The test lives beside the events' audit files and
runs the quotes stage through the whole pipeline (the lane's test names are events ones).
"""

from __future__ import annotations

import pytest

from newsgraph.model import RawDocument, Result

pytestmark = pytest.mark.model

#: (dateline, body, words of the quote, speaker)
_CASES = [
    ("PARAMARIBO", '"Investors read it as a verdict," said Marlon Tjin-A-Koeng, an economist.', "Investors read it as a verdict", "Marlon Tjin-A-Koeng"),
    ("PARAMARIBO", '"The delay is survivable," said Jean-Pierre Tjin-A-Fo, a banker.', "The delay is survivable", "Jean-Pierre Tjin-A-Fo"),
    ("PARIS", '"It is over," said Anne-Marie Lefevre-Duval, a lawyer.', "It is over", "Anne-Marie Lefevre-Duval"),
    ("PARIS", '"We will appeal," said Jean-Pierre Dubois, a lawyer.', "We will appeal", "Jean-Pierre Dubois"),
    (
        "BELGRADE",
        'The Belgrade Higher Court said on Thursday the charges were "political in nature" and unfounded.',
        "political in nature",
        "Belgrade Higher Court",
    ),
]
_NEAR = [
    ("WARSAW", '"It is over," Polish-born Anna Kowalska said.', "It is over", "Anna Kowalska"),
    ("MADRID", '"It is unfair," said Maria Lopez, a Franco-Spanish lawyer.', "It is unfair", "Maria Lopez"),
]


@pytest.fixture(scope="module")
def results(nlp) -> dict[str, Result]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once."""
    del nlp
    from newsgraph.pipeline import analyse, prepare
    from newsgraph.settings import Settings

    settings = Settings()
    rows = _CASES + _NEAR
    articles = [
        prepare(RawDocument(f"<case {i}>", f"World news in brief\n\n{d} — {b}\n", (("date", "2025-03-14"),)), settings)
        for i, (d, b, _, _) in enumerate(rows)
    ]
    out: dict[str, Result] = {}
    for (_, body, _, _), result in zip(rows, analyse(articles, settings)):
        assert isinstance(result, Result), result
        out[body] = result
    return out


@pytest.mark.parametrize(("dateline", "body", "words", "speaker"), _CASES + _NEAR)
def test_events_review398_speakers(  # type: ignore[no-untyped-def]
    results, dateline: str, body: str, words: str, speaker: str
) -> None:
    """The quote holding the words is given the speaker."""
    del dateline
    quote = next(q for q in results[body].quotes if words in q.text)
    assert quote.speaker == speaker, quote.speaker
