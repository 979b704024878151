"""Speaker attribution rules, each on a passage written for these tests.

Mentions are built by hand (as the actors stage would give them), so these
tests check the quotes stage alone.
"""

from __future__ import annotations

import re

import pytest

from newsgraph.model import Actor, Article, Mention, Parse, stable_id
from newsgraph.quotes import find_quotes
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load(Settings().model)
    except OSError:
        pytest.skip("spaCy model not installed")


def _run(nlp, text: str, people: dict[str, str] | None = None, actors: dict[str, Actor] | None = None,
         body_start: int = 0):  # type: ignore[no-untyped-def]
    from newsgraph.nlp import to_parse

    parse: Parse = to_parse(nlp(text))
    article = Article(id="t", text=text, body_start=body_start)
    mentions = []
    for phrase, person in (people or {}).items():
        mentions.extend(_mentions(article, parse, phrase, person=person))
    for phrase, actor in (actors or {}).items():
        mentions.extend(_mentions(article, parse, phrase, actor=actor))
    return find_quotes(article, parse, tuple(mentions), Settings())


def _mentions(article: Article, parse: Parse, phrase: str, person: str | None = None,
              actor: Actor | None = None) -> list[Mention]:
    out = []
    for found in re.finditer(rf"\b{re.escape(phrase)}\b", article.text):
        start, end = found.span()
        toks = [t for t in parse.tokens if start <= t.start and t.end <= end]
        kind = "pronoun" if phrase.lower() in ("he", "she", "it", "they") else "person" if person else "name"
        out.append(Mention(stable_id(start, end), article.id, start, end, phrase, toks[0].sent,
                           toks[0].i, toks[-1].i + 1, kind, actor, person))
    return out


def _speakers(quotes) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.text, q.speaker) for q in quotes]


def test_attribute_cue_after_quote_with_inverted_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Prices will rise again next year,” said Maria Lopez, an economist at the central bank."
    (q,) = _run(nlp, text)
    assert q.speaker == "Maria Lopez" and q.cue == "said" and q.rule == "cue-governs"
    assert q.text == "Prices will rise again next year," and not q.partial


def test_attribute_speaker_before_partial_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Reyes told reporters on Monday that the agreement was “a good start.”"
    (q,) = _run(nlp, text)
    assert q.speaker == "Tom Reyes" and q.partial


def test_attribute_outermost_reporting_verb_wins(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Aides said the governor will urge lawmakers not to “give up” on the bridge."
    (q,) = _run(nlp, text)
    assert q.speaker == "Aides"


def test_attribute_pronoun_through_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Anna Berg spoke after the vote. “We are ready,” she said. “We always were.”"
    quotes = _run(nlp, text, people={"Anna Berg": "Anna Berg", "she": "Anna Berg"})
    assert _speakers(quotes) == [("We are ready,", "Anna Berg"), ("We always were.", "Anna Berg")]
    assert quotes[1].rule == "continues"


def test_attribute_pronoun_without_mention_takes_nearest_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Carla Mendes left the hall early. “It was a long night,” she said."
    quotes = _run(nlp, text, people={"Carla Mendes": "Carla Mendes"})
    assert _speakers(quotes) == [("It was a long night,", "Carla Mendes")]


def test_attribute_unattributed_paragraph_continues_previous_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The plan is simple,” said Omar Haddad, the port director.\n\n"
        "“We build the new dock first. Then we widen the canal.”\n"
    )
    quotes = _run(nlp, text)
    assert [q.speaker for q in quotes] == ["Omar Haddad", "Omar Haddad"]


def test_attribute_multi_paragraph_quote_same_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Omar Haddad said: “The plan is simple. We build the dock first.\n\n"
        "“Then we widen the canal.”\n"
    )
    quotes = _run(nlp, text)
    assert [q.speaker for q in quotes] == ["Omar Haddad", "Omar Haddad"]
    assert quotes[1].rule == "continues"


def test_attribute_colon_intro_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The harbor chief, Ines Alvarez, told the council:\n\n“We have no other choice.”\n"
    (q,) = _run(nlp, text)
    assert q.speaker == "Ines Alvarez"


def test_attribute_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The proposal is “dead on arrival,” according to Senator Ruth Ames."
    (q,) = _run(nlp, text)
    assert q.speaker.endswith("Ruth Ames") and q.cue == "according to"


def test_attribute_state_as_speaker_with_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    norway = Actor("NOR", "NOR", "", "Norway")
    text = "In a statement on Friday, Norway called the exercise a “needless provocation.”"
    (q,) = _run(nlp, text, actors={"Norway": norway})
    assert (q.speaker, q.speaker_actor, q.speaker_code) == ("Norway", "NOR", "NOR")


def test_attribute_person_with_apposition_has_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lena Okafor, a senior fellow at the Harbor Institute, told VOA that the vote "
        "might “change everything.”"
    )
    (q,) = _run(nlp, text, people={"Lena Okafor": "Lena Okafor"})
    assert q.speaker == "Lena Okafor" and q.speaker_actor is None


def test_attribute_pronoun_it_takes_previous_institution(nlp) -> None:  # type: ignore[no-untyped-def]
    ministry = Actor("FINGOV", "FIN", "GOV", "Finland")
    text = (
        "“The border stays closed,” the Finnish interior ministry said on Monday.\n\n"
        "“We will review it next month,” it added."
    )
    quotes = _run(nlp, text, actors={"the Finnish interior ministry": ministry})
    assert [q.speaker_actor for q in quotes] == ["FIN", "FIN"]
    assert quotes[0].speaker == "Finnish interior ministry"


def test_attribute_quotes_sorted_with_stable_ids(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harbor deal ‘close’, mayor says\n\n“It is close,” the mayor said. “Very close.”"
    quotes = _run(nlp, text, body_start=text.index("“It"))
    assert [q.text for q in quotes] == ["It is close,", "Very close."]
    assert quotes[0].id == stable_id("t", quotes[0].start, quotes[0].end)
    assert all(q.speaker == "mayor" for q in quotes)


def test_attribute_cue_split_off_after_closing_mark(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Will the ferry run again? Nobody knows yet.” Petra Lindqvist said.\n"
    (q,) = _run(nlp, text)
    assert q.speaker == "Petra Lindqvist"


def test_attribute_sentence_before_reports_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a new report, the Harbor Watch group said the port broke safety rules. "
        "And “if nothing changes, someone will get hurt.”\n"
    )
    (q,) = _run(nlp, text)
    # the body's name, without the common noun ("the X group" speaks as X)
    assert q.speaker == "Harbor Watch" and q.rule == "sentence-before"


def test_attribute_pronoun_tied_inside_quote_is_ignored(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rosa Ibarra, a professor at the university, disagreed.\n\n"
        "“Looking at his record, Mayor Dunn never cared about the harbor,” he said.\n"
    )
    article_people = {"Rosa Ibarra": "Rosa Ibarra", "Mayor Dunn": "Tom Dunn"}
    from newsgraph.nlp import to_parse

    parse = to_parse(nlp(text))
    article = Article(id="t", text=text)
    mentions = [m for p, n in article_people.items() for m in _mentions(article, parse, p, person=n)]
    dunn = next(m for m in mentions if m.person == "Tom Dunn")
    he = _mentions(article, parse, "he", person="Tom Dunn")[-1]
    he = Mention(he.id, he.article_id, he.start, he.end, he.text, he.sentence_index, he.token_start,
                 he.token_end, "pronoun", None, "Tom Dunn", antecedent=dunn.id)
    (q,) = find_quotes(article, parse, tuple(mentions) + (he,), Settings())
    assert q.speaker == "Rosa Ibarra"


def test_attribute_institution_name_runs_through_in(nlp) -> None:  # type: ignore[no-untyped-def]
    embassy = Actor("NORGOV", "NOR", "GOV", "Norway")
    text = "The Norwegian Embassy in Ottawa called the report “deeply flawed.”"
    (q,) = _run(nlp, text, actors={"The Norwegian Embassy": embassy})
    assert q.speaker == "Norwegian Embassy in Ottawa" and q.speaker_actor == "NOR"


def test_attribute_document_author_from_compound(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The border will stay open,” said a Harbor Authority statement issued on Friday."
    (q,) = _run(nlp, text)
    assert q.speaker == "Harbor Authority"


def test_attribute_seed_article_all_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    """The seed article (read from ../shared at run time): 10 of 10 quotes, every speaker."""
    import json
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold" / "seed.jsonl"
    if not gold.exists():
        pytest.skip("shared gold files not present")
    doc = json.loads(gold.read_text("utf-8").splitlines()[0])
    from newsgraph.nlp import to_parse

    text = doc["text"]
    article = Article(id=doc["doc_id"], text=text)
    parse = to_parse(nlp(text))
    try:
        from newsgraph.actors import resolve_mentions

        mentions = resolve_mentions(article, parse, Settings())
    except ImportError:
        mentions = ()
    quotes = find_quotes(article, parse, mentions, Settings())
    assert [q.text for q in quotes] == [g["text"] for g in doc["quotes"]]
    for q, g in zip(quotes, doc["quotes"]):
        assert q.speaker and q.speaker.split()[-1] == g["speaker"].split()[-1], (q.text, q.speaker)
