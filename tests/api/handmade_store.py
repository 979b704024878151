"""A small store written from hand-made model objects (our own sentences), for API and page tests.

Offsets are found in the text with ``str.index``, so the objects stay right if
a sentence is edited.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import Actor, Article, Event, Mention, Quote, Result, Sentence, stable_id
from newsgraph.store import Store

ACTORS = {
    "KORGOV": Actor("KORGOV", "KOR", "GOV", "South Korea"),
    "JPNGOV": Actor("JPNGOV", "JPN", "GOV", "Japan"),
    "USAGOV": Actor("USAGOV", "USA", "GOV", "United States"),
    "PRKMIL": Actor("PRKMIL", "PRK", "MIL", "North Korea"),
    "NATO": Actor("NATO", "NATO", "", "NATO"),
    "RUS": Actor("RUS", "RUS", "", "Russia"),
}

# (date, title, sentences, events as (sentence index, source, source words, trigger, target,
# target words, code, quad, goldstein), quotes as (sentence index, quoted words, speaker, code))
ARTICLES = (
    (
        "2024-03-04",
        "Seoul and Tokyo agree to deepen ties",
        (
            "SEOUL — South Korea's foreign minister met his Japanese counterpart "
            "in Tokyo on Monday.",
            "The two governments agreed to share missile warning data.",
            '"Our cooperation has never mattered more," the minister Kim Min-su said.',
        ),
        (
            (
                0,
                "KORGOV",
                "South Korea's foreign minister",
                "met",
                "JPNGOV",
                "his Japanese counterpart",
                "040",
                1,
                1.0,
            ),
            (
                1,
                "KORGOV",
                "The two governments",
                "agreed",
                "JPNGOV",
                "The two governments",
                "057",
                1,
                8.0,
            ),
        ),
        ((2, "Our cooperation has never mattered more,", "Kim Min-su", "KORGOV"),),
    ),
    (
        "2024-03-05",
        "North Korea fires missiles as Washington condemns launch",
        (
            "North Korea's army fired two ballistic missiles toward the sea on Tuesday.",
            "The United States condemned the launch and urged Pyongyang to return to talks.",
            'A State Department spokesman said the tests were "a clear threat to the region."',
        ),
        (
            (1, "USAGOV", "The United States", "condemned", "PRKMIL", "Pyongyang", "111", 3, -2.0),
            (1, "USAGOV", "The United States", "urged", "PRKMIL", "Pyongyang", "1041", 3, -2.0),
            (0, "PRKMIL", "North Korea's army", "fired", "KORGOV", "the sea", "190", 4, -10.0),
        ),
        ((2, "a clear threat to the region.", "State Department", "USAGOV"),),
    ),
    (
        "2024-03-07",
        "NATO warns Russia over airspace violations",
        (
            "BRUSSELS — NATO accused Russia of violating allied airspace on Thursday.",
            "Russia rejected the accusation.",
            '"We will defend every inch of allied territory," said Secretary General Anna Berg.',
        ),
        (
            (0, "NATO", "NATO", "accused", "RUS", "Russia", "112", 3, -2.0),
            (1, "RUS", "Russia", "rejected", "NATO", "the accusation", "125", 3, -5.0),
        ),
        ((2, "We will defend every inch of allied territory,", "Anna Berg", "NATO"),),
    ),
)


def handmade_results() -> list[Result]:
    """The hand-made articles as pipeline Results."""
    results = []
    for date, title, sentences, events, quotes in ARTICLES:
        text = " ".join(sentences)
        article_id = stable_id(text)
        sents = []
        at = 0
        for i, s in enumerate(sentences):
            start = text.index(s, at)
            sents.append(Sentence(i, start, start + len(s), s, 0, 0))
            at = start + len(s)
        mentions: dict[tuple[int, int], Mention] = {}
        found_events = []
        for n, (si, src, src_words, trig, tgt, tgt_words, code, quad, gold) in enumerate(events):
            sent = sents[si]

            def span(words: str, sent: Sentence = sent, text: str = text) -> tuple[int, int]:
                start = text.index(words, sent.start)
                return start, start + len(words)

            s_span, t_span, trig_span = span(src_words), span(tgt_words), span(trig)
            for (a, b), code_ in ((s_span, src), (t_span, tgt)):
                mentions.setdefault(
                    (a, b),
                    Mention(
                        stable_id(article_id, a, b),
                        article_id,
                        a,
                        b,
                        text[a:b],
                        si,
                        0,
                        0,
                        "name",
                        ACTORS[code_],
                    ),
                )
            lo = min(s_span[0], t_span[0], trig_span[0])
            hi = max(s_span[1], t_span[1], trig_span[1])
            found_events.append(
                Event(
                    id=stable_id(article_id, "event", n),
                    article_id=article_id,
                    sentence_index=si,
                    sentence=sent.text,
                    source_actor=ACTORS[src],
                    target_actor=ACTORS[tgt],
                    code=code,
                    root=code[:2],
                    quad_class=quad,
                    goldstein=gold,
                    trigger=trig_span,
                    source_span=s_span,
                    target_span=t_span,
                    rule=f"handmade.{code}",
                    confidence=0.9,
                    date=date,
                    evidence=text[lo:hi],
                )
            )
        found_quotes = []
        for n, (si, words, speaker, code) in enumerate(quotes):
            start = text.index(words, sents[si].start)
            who = text.index(speaker, sents[si].start)
            found_quotes.append(
                Quote(
                    stable_id(article_id, "quote", n),
                    article_id,
                    start,
                    start + len(words),
                    words,
                    speaker,
                    ACTORS[code].principal,
                    code,
                    (who, who + len(speaker)),
                    "said",
                    sentence_indices=(si,),
                    rule="handmade.said",
                )
            )
        article = Article(article_id, text, path=f"handmade/{date}.txt", title=title, date=date)
        results.append(
            Result(
                article,
                tuple(sents),
                tuple(mentions.values()),
                tuple(found_events),
                tuple(found_quotes),
            )
        )
    return results


def build_handmade_store(path: Path) -> Path:
    """Write the hand-made articles into a new store file at ``path``."""
    with Store.open(str(path)) as store:
        store.write_batch(handmade_results(), ())
    return path
