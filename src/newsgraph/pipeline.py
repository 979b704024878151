"""The ordered, named stages and how a batch of documents flows through them.

bytes → ``Article`` (read, repair, clean, date) → ``Parse`` (spaCy) →
mentions and actors → events and quotes → ``Result``. Preparing an article is
cheap and runs in the calling process, so duplicates are dropped before the
parser ever sees them; parsing and coding run in ``settings.workers`` processes.
"""

from __future__ import annotations

import base64
import logging
import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from newsgraph.errors import CleanError, DocumentTooLong, LanguageSkipped, NewsgraphError
from newsgraph.model import Article, Failure, Mention, Parse, RawDocument, Result, stable_id
from newsgraph.settings import Settings

log = logging.getLogger(__name__)

#: Per-article stages after parsing, by name, in order. Each takes
#: (article, parse, mentions, settings) and returns a tuple of objects.
ANALYSIS_STAGES: dict[str, Callable[..., tuple[Any, ...]]] = {}


def stage(name: str) -> Callable[[Callable[..., tuple[Any, ...]]], Callable[..., tuple[Any, ...]]]:
    """Register an analysis stage under a name (order of registration is run order)."""

    def register(fn: Callable[..., tuple[Any, ...]]) -> Callable[..., tuple[Any, ...]]:
        ANALYSIS_STAGES[name] = fn
        return fn

    return register


@stage("actors")
def _actors(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], settings: Settings
) -> tuple[Any, ...]:
    from newsgraph.actors import resolve_mentions

    return resolve_mentions(article, parse, settings)


@stage("events")
def _events(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], settings: Settings
) -> tuple[Any, ...]:
    from newsgraph.events import code_events

    return code_events(article, parse, mentions, settings)


@stage("quotes")
def _quotes(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], settings: Settings
) -> tuple[Any, ...]:
    from newsgraph.quotes import find_quotes

    return find_quotes(article, parse, mentions, settings)


def prepare(raw: RawDocument, settings: Settings) -> Article:
    """Repair, extract, clean and date one raw document (raises NewsgraphError)."""
    from newsgraph.ingest.clean import clean_text
    from newsgraph.ingest.language import detect_language
    from newsgraph.ingest.dates import date_from_path, find_article_date, normalize_date
    from newsgraph.ingest.repair import repair_bytes, repair_text

    if len(raw.data) > 2 * settings.max_document_chars:
        raise DocumentTooLong(
            f"{raw.path}: {len(raw.data):,} bytes is over the limit for one document; "
            "split it, or raise NEWSGRAPH_MAX_DOCUMENT_CHARS"
        )
    repaired = repair_bytes(raw.data) if isinstance(raw.data, bytes) else repair_text(raw.data)
    text = repaired.text
    meta = dict(raw.meta)
    if meta.get("kind") == "html":
        from newsgraph.ingest.html import extract_html

        text, found = extract_html(text, url=meta.get("url"))
        for key, value in found.items():
            meta.setdefault(key, value)
    if len(text) > settings.max_document_chars:
        raise DocumentTooLong(
            f"{raw.path}: {len(text):,} characters is over the limit of {settings.max_document_chars:,} "
            "for one document; split it, or raise NEWSGRAPH_MAX_DOCUMENT_CHARS"
        )
    cleaned = clean_text(text)
    if not cleaned.text.strip():
        raise CleanError(
            f"{raw.path}: no article text left after cleaning; is it empty or only markup?"
        )
    language = detect_language(cleaned.text)
    if language not in ("en", "und"):
        raise LanguageSkipped(
            f"{raw.path}: skipped, language {language!r}; the English model cannot code it"
        )
    date = (
        (normalize_date(str(meta["date"])) if meta.get("date") else None)
        or (settings.date or None)
        or date_from_path(str(meta.get("url") or raw.path))
        or find_article_date(cleaned.text)
    )
    return Article(
        id=stable_id(cleaned.text),
        text=cleaned.text,
        path=str(meta.get("path") or raw.path),
        title=meta.get("title") or cleaned.title,
        date=date,
        dateline=cleaned.dateline,
        source=meta.get("source") or settings.source or None,
        url=meta.get("url"),
        language=language if language != "und" else "en",
        body_start=cleaned.body_start,
        repairs=repaired.fixes,
    )


def analyse(articles: Sequence[Article], settings: Settings) -> list[Result | Failure]:
    """Parse a batch with ``nlp.pipe`` and run the analysis stages on each article."""
    from newsgraph.nlp import parse_texts

    out: list[Result | Failure] = []
    for article, parse in zip(articles, parse_texts([a.text for a in articles], settings)):
        try:
            out.append(analyse_parsed(article, parse, settings))
        except Exception as exc:  # noqa: BLE001 - one document, not the batch
            out.append(_failure(article.path, "analyse", exc))
    return out


def _failure(path: str, stage: str, exc: Exception) -> Failure:
    """The record of one document that failed: our errors say what to do; anything
    else is a bug or hostile input, logged (traceback at debug level) and recorded."""
    if isinstance(exc, NewsgraphError):
        return Failure(path, stage, exc.message)
    log.warning("%s failed for %s: %r", stage, path, exc)
    log.debug("%s traceback", stage, exc_info=exc)
    return Failure(path, stage, f"internal error: {type(exc).__name__}: {exc}")


def analyse_parsed(article: Article, parse: Parse, settings: Settings) -> Result:
    """Run the registered analysis stages over one parsed article."""
    found: dict[str, tuple[Any, ...]] = {}
    mentions: tuple[Mention, ...] = ()
    for name, fn in ANALYSIS_STAGES.items():
        found[name] = fn(article, parse, mentions, settings)
        if name == "actors":
            mentions = found[name]  # type: ignore[assignment]
    return Result(
        article=article,
        sentences=parse.sentences,
        mentions=mentions,
        events=found.get("events", ()),
        quotes=found.get("quotes", ()),
    )


#: What a worker analyses before its first batch: it reaches every stage's lazily loaded
#: tables (the place gazetteer, quote cues, pronoun words), so they load once in the
#: forkserver and are shared, not loaded again by each worker after its fork.
WARM_UP_TEXT = (
    'PARIS (AP) \u2014 Chad thanked Niger in Niamey on Monday. "We are grateful," '
    "Foreign Minister Ali Mahamat said. He said she would visit France. "
    '"It is a good step," a government spokesman told reporters.'
)

#: Why this worker could not load what its settings name (raised with its first batch).
_INIT_ERROR: list[Exception] = []


def _worker_init(settings: Settings) -> None:
    """Load the model and every stage's data once, before the first batch.

    A failure (a model that is not installed, a missing actors file) is kept and raised
    with the worker's first batch, so the caller gets the error; raised here, the pool
    would only start another worker that fails the same way, without end.
    """
    _INIT_ERROR.clear()  # not an error the forkserver met loading other settings
    try:
        analyse([Article(id="warm-up", text=WARM_UP_TEXT, dateline="PARIS")], settings)
    except Exception as exc:  # noqa: BLE001 - re-raised with the first batch
        _INIT_ERROR.append(exc)


#: The environment variable through which ``_pool`` hands its settings to the forkserver.
WORKER_SETTINGS_ENV = "NEWSGRAPH_WORKER_SETTINGS"


def _pool(settings: Settings) -> Any:
    """Worker processes, forked from a forkserver where one exists (else spawned).

    The forkserver imports ``newsgraph.workers``, which loads the model and the
    stages' data once (from the settings handed over in ``WORKER_SETTINGS_ENV``), so
    each worker starts warm without a reload and without the parent's pages; the
    parent, which holds the store, never loads the model at all. (The server keeps
    what the process's first pool handed it: a later pool with another model loads
    it in each worker.) A worker is
    replaced by a fresh one after ``settings.worker_max_batches`` batches (0:
    never), so whatever a worker accumulates over a long stream (a fragmented
    heap, caches, pages unshared since its fork) is bounded by construction; a
    replacement is one more cheap fork of the small, unchanged server.
    """
    recycle = settings.worker_max_batches if settings.worker_max_batches > 0 else None
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn").Pool(
            settings.workers, _worker_init, (settings,), maxtasksperchild=recycle
        )
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsgraph.workers"])
    # The server starts with the first pool of this process and reads the variable
    # then; a later pool with other settings gets them from its initializer instead.
    os.environ[WORKER_SETTINGS_ENV] = base64.b64encode(pickle.dumps(settings)).decode("ascii")
    try:
        return context.Pool(settings.workers, _worker_init, (settings,), maxtasksperchild=recycle)
    finally:
        os.environ.pop(WORKER_SETTINGS_ENV, None)


def _worker_analyse(args: tuple[list[Article], Settings]) -> list[Result | Failure]:
    if _INIT_ERROR:
        raise _INIT_ERROR[0]
    articles, settings = args
    return analyse(articles, settings)


class Pipeline:
    """Runs documents through every stage, in batches, in one or more processes."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def prepare_all(
        self, docs: Iterable[RawDocument | Failure], skip: Callable[[str], bool] | None = None
    ) -> Iterator[Article | Failure | str]:
        """Prepared articles and failures; a str is the id of a skipped duplicate."""
        seen = _SeenIds(self._seen_window() if skip is not None else 0)
        for doc in docs:
            if isinstance(doc, Failure):
                yield doc
                continue
            try:
                article = prepare(doc, self.settings)
            except Exception as exc:  # noqa: BLE001 - one document, not the run
                yield _failure(doc.path, "prepare", exc)
                continue
            if article.id in seen or (skip is not None and skip(article.id)):
                yield article.id
                continue
            seen.add(article.id)
            yield article

    def _seen_window(self) -> int:
        """How many recent ids to remember when ``skip`` knows every stored id.

        An id older than this has been written (a caller flushes every
        ``commit_every`` results, and at most 2 batches per worker are in
        flight), so ``skip`` finds it; remembering every id would grow without
        bound over a long stream. A miss would only cost a parse: the store
        drops a repeated article id when it writes.
        """
        s = self.settings
        return 4 * (s.commit_every + (2 * s.workers + 2) * s.batch_size) + 4096

    def process(
        self, docs: Iterable[RawDocument | Failure], skip: Callable[[str], bool] | None = None
    ) -> Iterator[Result | Failure | str]:
        """Results, failures and skipped duplicate ids, in input order."""
        size = max(1, self.settings.batch_size)

        def batches() -> Iterator[list[Article] | Failure | str]:
            pending: list[Article] = []
            for item in self.prepare_all(docs, skip):
                if not isinstance(item, Article):
                    yield item
                    continue
                pending.append(item)
                if len(pending) >= size:
                    yield pending
                    pending = []
            if pending:
                yield pending

        if self.settings.workers <= 1:
            for batch in batches():
                if isinstance(batch, list):
                    yield from analyse(batch, self.settings)
                else:
                    yield batch
            return
        # Bounded read-ahead: at most two batches per worker in flight, so memory stays flat.
        with _pool(self.settings) as pool:
            inflight: deque[Any] = deque()
            limit = 2 * self.settings.workers
            for batch in batches():
                if isinstance(batch, list):
                    inflight.append(pool.apply_async(_worker_analyse, ((batch, self.settings),)))
                else:
                    inflight.append(batch)
                while len(inflight) > limit or (inflight and not hasattr(inflight[0], "get")):
                    yield from _drain(inflight.popleft())
            while inflight:
                yield from _drain(inflight.popleft())


class _SeenIds:
    """The ids seen so far, or only the last ``window`` of them (0: all)."""

    def __init__(self, window: int) -> None:
        self.window = window
        self.ids: set[str] = set()
        self.order: deque[str] = deque()

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.ids

    def add(self, article_id: str) -> None:
        self.ids.add(article_id)
        if self.window:
            self.order.append(article_id)
            if len(self.order) > self.window:
                self.ids.discard(self.order.popleft())


def _drain(item: Any) -> Iterator[Result | Failure | str]:
    if hasattr(item, "get"):
        yield from item.get()
    else:
        yield item


def process(text: str, date: str | None = None, settings: Settings | None = None) -> Result:
    """Run the whole pipeline over one text; for notebooks and scripts.

    Args:
        text: the article, as plain text (its encoding is repaired if broken).
        date: the article's date, YYYY-MM-DD, to resolve "on Monday" and the like.
        settings: optional Settings (model, actor dictionary, ...).
    Returns:
        A Result with the article, its sentences, mentions, events and quotes.
    Raises:
        NewsgraphError: when the text is empty after cleaning.
    """
    settings = settings or Settings()
    article = prepare(RawDocument("<text>", text, (("date", date),) if date else ()), settings)
    result = analyse([article], settings)[0]
    if isinstance(result, Failure):
        raise NewsgraphError(result.reason)
    return result
