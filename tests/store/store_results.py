"""Hand-built Results for store and query tests (sentences we wrote, no model)."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.model import (
    Actor,
    Article,
    Event,
    Location,
    Mention,
    Quote,
    RepairFix,
    Result,
    Sentence,
    stable_id,
)

KOR = Actor("KOR", "KOR", "", "South Korea")
KORGOV = Actor("KORGOV", "KOR", "GOV", "South Korea")
PRK = Actor("PRK", "PRK", "", "North Korea")
NATO = Actor("NATO", "NATO", "", "NATO")
USAGOV = Actor("USAGOV", "USA", "GOV", "United States")
CHN = Actor("CHN", "CHN", "", "China")
CHNGOV = Actor("CHNGOV", "CHN", "GOV", "China")
RUSMIL = Actor("RUSMIL", "RUS", "MIL", "Russia")
UKR = Actor("UKR", "UKR", "", "Ukraine")


@dataclass(frozen=True, slots=True)
class EventSpec:
    """An event described by surface strings of one sentence."""

    sentence: int
    source: str
    trigger: str
    target: str
    code: str
    quad_class: int
    goldstein: float
    date: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteSpec:
    words: str
    speaker_text: str
    speaker: str | None
    actor: Actor | None
    cue: str = "said"


def build_result(
    key: str,
    sentences: tuple[str, ...],
    *,
    actors: tuple[tuple[str, Actor | None, str | None], ...] = (),
    events: tuple[EventSpec, ...] = (),
    quotes: tuple[QuoteSpec, ...] = (),
    date: str | None = "2024-05-06",
    path: str | None = None,
) -> Result:
    """A Result whose offsets are computed from the sentences.

    ``actors``: (surface text, actor, person name) found once in the text.
    """
    text = " ".join(sentences)
    aid = stable_id("test-article", key)
    starts, pos = [], 0
    for s in sentences:
        starts.append(pos)
        pos += len(s) + 1
    sents = tuple(
        Sentence(i, starts[i], starts[i] + len(s), s, i * 20, i * 20 + 20)
        for i, s in enumerate(sentences)
    )

    def span_in(sentence: int, surface: str) -> tuple[int, int]:
        local = sentences[sentence].index(surface)
        return starts[sentence] + local, starts[sentence] + local + len(surface)

    def sentence_of(offset: int) -> int:
        return max(i for i, st in enumerate(starts) if st <= offset)

    actor_of: dict[str, Actor] = {}
    mentions = []
    for surface, actor, person in actors:
        start = text.index(surface)
        end = start + len(surface)
        kind = "person" if person else "name"
        mentions.append(
            Mention(
                stable_id(aid, "mention", start, end), aid, start, end, surface,
                sentence_of(start), 0, 1, kind, actor, person, "ORG" if not person else "PERSON",
            )
        )
        if actor is not None:
            actor_of[surface] = actor

    built_events = []
    for e in events:
        src, trig, tgt = (span_in(e.sentence, x) for x in (e.source, e.trigger, e.target))
        lo, hi = min(src[0], trig[0], tgt[0]), max(src[1], trig[1], tgt[1])
        built_events.append(
            Event(
                stable_id(aid, "event", e.sentence, e.code, e.source, e.target), aid, e.sentence,
                sentences[e.sentence], actor_of[e.source], actor_of[e.target], e.code,
                e.code[:2], e.quad_class, e.goldstein, trig, src, tgt, f"test.{e.code}", 0.8,
                e.date, Location("Seoul", "KOR", "Seoul", 37.57, 126.98), text[lo:hi],
            )
        )

    built_quotes = []
    for q in quotes:
        start = text.index(q.words)
        sp = text.index(q.speaker_text)
        built_quotes.append(
            Quote(
                stable_id(aid, "quote", start), aid, start, start + len(q.words), q.words,
                q.speaker, q.actor.principal if q.actor else None,
                q.actor.code if q.actor else None,
                (sp, sp + len(q.speaker_text)), q.cue, False, (sentence_of(start),), "test.quote",
            )
        )

    article = Article(
        aid, text, path or f"corpus/{key}.txt", f"Title {key}", date, "SEOUL", "VOA",
        f"https://example.org/{key}", "en", 0,
        (RepairFix(0, 1, "\u00e2\u20ac\u201d", "\u2014", "utf-8>cp1252", 0.9),),
    )
    return Result(article, sents, tuple(mentions), tuple(built_events), tuple(built_quotes))


def korea_result(key: str = "korea", date: str | None = "2024-05-06") -> Result:
    """NATO's chief in Seoul: one cooperative and one hostile event, one quote."""
    return build_result(
        key,
        (
            "South Korea met NATO on Monday in Seoul.",
            '"We stand with our partners," said Jens Stoltenberg.',
            "North Korea condemned South Korea for the talks.",
        ),
        actors=(
            ("South Korea", KORGOV, None),
            ("NATO", NATO, None),
            ("Jens Stoltenberg", NATO, "Jens Stoltenberg"),
            ("North Korea", PRK, None),
        ),
        events=(
            EventSpec(0, "South Korea", "met", "NATO", "040", 1, 1.0),
            EventSpec(2, "North Korea", "condemned", "South Korea", "111", 3, -2.0, "2024-05-05"),
        ),
        quotes=(
            QuoteSpec(
                "We stand with our partners,", "Jens Stoltenberg", "Jens Stoltenberg", NATO
            ),
        ),
        date=date,
    )


def china_result(key: str = "china", date: str | None = "2024-06-01") -> Result:
    """Washington and Beijing: a cooperative code with sub-codes, a threat, a quote."""
    return build_result(
        key,
        (
            "The United States offered China new trade talks.",
            "China warned the United States against new tariffs.",
            '"Dialogue is the only way," Wang Yi told reporters.',
        ),
        actors=(
            ("United States", USAGOV, None),
            ("China", CHNGOV, None),
            ("Wang Yi", CHNGOV, "Wang Yi"),
        ),
        events=(
            EventSpec(0, "United States", "offered", "China", "0311", 1, 5.2),
            EventSpec(1, "China", "warned", "United States", "130", 3, -4.4),
        ),
        quotes=(QuoteSpec("Dialogue is the only way,", "Wang Yi", "Wang Yi", CHNGOV, "told"),),
        date=date,
    )


def undated_result(key: str = "war") -> Result:
    """An article without a date: one material-conflict event, no quotes."""
    return build_result(
        key,
        ("Russia attacked Ukraine overnight, officials said.",),
        actors=(("Russia", RUSMIL, None), ("Ukraine", UKR, None)),
        events=(EventSpec(0, "Russia", "attacked", "Ukraine", "190", 4, -10.0),),
        date=None,
    )
