"""A short channel name at a sentence's end keeps its full stop apart ("posted on X.").

spaCy's English tokenizer keeps every one-letter word with a full stop as one token (an
initial), so "she said in a post on X. He added" made "X." a PERSON and ran the two sentences
together; set 34's next quote went to the speaker "X. He". After a channel's preposition and
before what may open a sentence, the pipeline's first component (nlp._split_glued_stops, the
names in data/nlp/glued_stops.yaml) splits the name from its stop, with the written text and
the offsets unchanged. A name elsewhere ("Malcolm X.", "Model X.") keeps its token. Every text
was written for this file."""

from __future__ import annotations

import pytest

from newsgraph.actors import resolve_mentions
from newsgraph.model import Article, Parse, Quote
from newsgraph.nlp import parse_text
from newsgraph.quotes import find_quotes
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def _run(text: str) -> tuple[Parse, tuple[Quote, ...]]:
    settings = Settings()
    article = Article(id="t", text=text, date="2025-02-04")
    parse = parse_text(text, settings)
    return parse, find_quotes(article, parse, resolve_mentions(article, parse, settings), settings)


#: (text, words of a quote, its speaker, the sentence that ends with the channel)
_CASES: list[tuple[str, str, str, str]] = [
    (
        "LOME, Togo \u2014 Togo accused Ghanaian troops of crossing the border on Monday.\n\n"
        "\u201cThis was a clear violation,\u201d Togo\u2019s Foreign Minister Afi Agbodjan said.\n\n"
        "\u201cGhana will defend every village on its side of the line,\u201d Foreign Minister Kofi "
        "Mensah said in a post on X. He added that Accra remained \u201cready to talk\u201d with "
        "its neighbor.",
        "ready to talk",
        "Kofi Mensah",
        "Foreign Minister Kofi Mensah said in a post on X.",
    ),
    (
        "MINSK \u2014 Lithuania protested the flights on Friday.\n\n\u201cOur airspace is not a "
        "corridor,\u201d Defense Minister Rasa Petraitis said in a post on X. She added that "
        "Vilnius would \u201cinform every ally\u201d of the flights.",
        "inform every ally",
        "Rasa Petraitis",
        "said in a post on X.",
    ),
    (
        "RIGA, Latvia \u2014 Latvia's President Juris Ozols wrote on X. The president called "
        "the drills \u201ca provocation.\u201d",
        "a provocation",
        "Juris Ozols",
        "Latvia's President Juris Ozols wrote on X.",
    ),
    (
        "TALLINN, Estonia \u2014 Estonian Prime Minister Mart Kask posted on X. \u201cWe stand "
        "with Moldova today,\u201d he wrote.",
        "We stand with Moldova",
        "Mart Kask",
        "Estonian Prime Minister Mart Kask posted on X.",
    ),
    (
        "NAIROBI, Kenya \u2014 Kenya's Interior Minister Grace Wanjiru took to X.\n\nShe said the "
        "border would stay \u201cclosed to all traffic\u201d until Friday.",
        "closed to all traffic",
        "Grace Wanjiru",
        "Kenya's Interior Minister Grace Wanjiru took to X.",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "sentence"), _CASES)
def test_xpost_channel_ends_sentence(text: str, words: str, speaker: str, sentence: str) -> None:
    parse, quotes = _run(text)
    assert any(s.text.strip().endswith(sentence) for s in parse.sentences), [s.text for s in parse.sentences]
    hits = [q for q in quotes if words in q.text]
    assert hits, [q.text for q in quotes]
    assert hits[0].speaker == speaker
    assert not [e for e in parse.entities if e.text.startswith("X")], parse.entities
    assert not [q.speaker for q in quotes if q.speaker and q.speaker.startswith("X")]


def test_xpost_words_keep_written_text_and_offsets() -> None:
    text = "Mali's minister said in a post on X. He added more."
    parse = parse_text(text)
    at = {t.start: t for t in parse.tokens}
    x = text.index("X.")
    assert (at[x].text, at[x].end) == ("X", x + 1)
    assert (at[x + 1].text, at[x + 1].end) == (".", x + 2)
    assert [t.text for t in parse.tokens] == [text[t.start : t.end] for t in parse.tokens]


@pytest.mark.parametrize(
    "text",
    [
        "The activist quoted Malcolm X. at the rally in Accra.",  # a name's last word
        "Buyers in Oslo chose the Model X. Sales of other cars fell.",  # a product's name
        "Malawi's envoy wrote on X. about the vote in Lilongwe.",  # no sentence opens after it
    ],
)
def test_xpost_near_misses_keep_token(text: str) -> None:
    assert "X." in [t.text for t in parse_text(text).tokens]
