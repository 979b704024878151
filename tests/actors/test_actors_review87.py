"""Review 87 (session 48, O68): pronouns of one person after a quotation, a plural title, and
a reporting pronoun.

- A subject pronoun that closes a quotation of two sentences ('"Jordan has a free press. The
  government does not write the news," he told reporters') stands for the nameless title
  that was the subject of the sentence before the quotation (coref._before_quotation), as it
  does when the quotation is one sentence; so do the pronouns after it ("He said he had
  called Iraq's prime minister").
- "he" is never a plural title ("after a meeting of ASEAN foreign ministers, he said"):
  coref._person_antecedent passes over mentions headed by a plural noun.
- An official stated with no state ("Foreign Minister X"), the subject of a sentence that
  names no actor before him, is the nameless holder of his office who was the subject of the
  sentence just before ("Qatar pledged aid as its foreign minister became ... Foreign
  Minister X arrived in Aden"): described._office_told_before; not when that sentence names
  another person or a counterpart, host or guest (descriptions.yaml peer_nouns; another
  path of the resolver already links "X's foreign minister met his counterpart. Foreign
  Minister Y said" to X, so no near miss is kept here).
- "He said his government had ...": "his" owning the subject of the clause a pronoun reports
  is that pronoun's person (coref._reporting_pronoun), a title naming no one included.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from newsgraph.model import RawDocument, Result
from newsgraph.pipeline import analyse, prepare
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

#: (body, the pronoun mention's text, its occurrence (0: first), the state it must hold)
ROWS: list[tuple[str, str, int, str]] = [
    (
        "Jordan's prime minister spoke on Wednesday. \"Jordan has a free press. The government"
        ' does not write the news," he told reporters in Amman. He said he had called'
        " Iraq's prime minister.",
        "He",
        0,
        "JOR",
    ),
    (
        "Jordan's prime minister spoke on Wednesday. \"Jordan has a free press. The government"
        ' does not write the news," he told reporters in Amman. He said he had called'
        " Iraq's prime minister.",
        "he",
        0,
        "JOR",
    ),
    (
        "Malaysia's foreign minister defended the decision on Wednesday evening. Speaking to"
        " reporters after a meeting of ASEAN foreign ministers in Manila, he said his"
        " government had great respect for Indonesia.",
        "he",
        0,
        "MYS",
    ),
    (
        "Malaysia's foreign minister spoke on Monday. He said his government had great respect"
        " for Indonesia.",
        "his government",
        0,
        "MYS",
    ),
]


def _analysed(bodies: list[str]) -> list[Result]:
    """Each body as a short article, through the whole pipeline at once."""
    settings = Settings()
    articles = [
        prepare(
            RawDocument(
                f"<case {i}>",
                f"World news in brief\n\nSINGAPORE — {body}\n",
                (("date", "2026-03-14"),),
            ),
            settings,
        )
        for i, body in enumerate(bodies)
    ]
    out = list(analyse(articles, settings))
    assert all(isinstance(r, Result) for r in out)
    return out


@pytest.fixture(scope="module")
def results() -> list[Result]:
    return _analysed([row[0] for row in ROWS])


@pytest.mark.parametrize("row", range(len(ROWS)))
def test_actors_review87_pronoun_state(results: list[Result], row: int) -> None:
    body, text, nth, state = ROWS[row]
    found = [m for m in results[row].mentions if m.kind == "pronoun" and m.text == text]
    assert len(found) > nth, [(m.text, m.kind) for m in results[row].mentions]
    actor = found[nth].actor
    assert actor is not None and actor.principal == state, (body, actor)


#: (body, a word of the official's name, the state he must hold or None for none of ``other``)
OFFICIALS: list[tuple[str, str, str | None, str]] = [
    (
        "Qatar pledged $80 million in aid for Yemen on Thursday as its foreign minister became the"
        " most senior Gulf official to visit the country this year. Foreign Minister Khalid"
        " al-Marri arrived in Aden on Wednesday evening and held talks with Yemen's prime"
        " minister.",
        "al-Marri",
        "QAT",
        "YEM",
    ),
]


@pytest.fixture(scope="module")
def officials() -> list[Result]:
    return _analysed([row[0] for row in OFFICIALS])


@pytest.mark.parametrize("row", range(len(OFFICIALS)))
def test_actors_review87_official_state(officials: list[Result], row: int) -> None:
    body, word, state, other = OFFICIALS[row]
    found = [m for m in officials[row].mentions if word in m.text]
    assert found, [m.text for m in officials[row].mentions]
    got = found[0].actor.principal if found[0].actor is not None else None
    if state is not None:
        assert got == state, (body, got)
    else:
        assert got != other, (body, got)


def test_actors_review87_events_follow(results: list[Result]) -> None:
    """The call and the respect are coded with the resolved speaker's state."""
    events = {f"{e.source}>{e.target}:{e.root}" for r in results for e in r.events}
    assert "JOR>IRQ:04" in events
    assert "MYS>IDN:05" in events
