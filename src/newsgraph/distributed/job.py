"""The Spark job: the same pipeline per partition, Parquet tables out.

Flow: ``binaryFiles`` (one record per shard) → read and ``prepare`` each
document where it lies (cheap) → keep one copy per article id (the one with
the smallest (shard, record) ordinal, as a local run over sorted files keeps
the first) → ``analyse`` in batches per partition (``mapInArrow``), the spaCy
model loaded once per Python worker and kept there (worker reuse) → rows
built by the store's own code as Arrow tables, handed to the JVM as IPC bytes
per batch and table, which it caches as they are → Parquet per table under
``OUT/<table>/date_part=.../``, each write decoding its table's bytes into
Arrow batches. Duplicates are dropped before parsing, as in the local
pipeline, so child rows only ever exist for kept articles.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import pickle
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from newsgraph.errors import NewsgraphError
from newsgraph.ingest.readers import walk_skips
from newsgraph.model import Article, Failure
from newsgraph.settings import Settings
from newsgraph.distributed.profile import (
    Clock,
    PhaseMeter,
    RecordsParam,
    partition_id,
    summarise,
    timed_partition,
)
from newsgraph.distributed.shards import Ordinal, prepare_shard
from newsgraph.distributed.tables import (
    ARTICLE_TABLES,
    BLOBS,
    DATE_PART,
    TABLES,
    batch_tables,
    decode_tables,
    encode_table,
    failure_row,
    spark_schema,
)

if TYPE_CHECKING:
    from pyspark import SparkContext
    from pyspark.sql import DataFrame, SparkSession

log = logging.getLogger(__name__)

DEFAULT_MASTER = "local[2]"
#: Analysis partitions per core. Articles differ in length, so a few big partitions
#: can end with one core busy and the others idle, but on an idle 2-core machine 8 per
#: core ran slower than 2 (96 articles on local[2]: 63 s against 43 s of job time).
PARTITIONS_PER_CORE = 2
READ_STAGE = "read"
#: Prepared articles as rows: id, ordinal (shard, record number), the pickled Article.
ARTICLES = "id string, shard string, number long, article binary"
_BLOB_ARROW = pa.schema([("table", pa.string()), ("rows", pa.int64()), ("data", pa.binary())])


class SparkJobError(NewsgraphError):
    """The Spark job cannot start or its input cannot be used."""

    code = "NG601"


def spark_session(master: str | None) -> tuple["SparkSession", bool]:
    """The running Spark session, else a new one set up for newsgraph; True when created here.

    A local master gets loopback-only networking, no UI, and this interpreter
    for its Python workers.
    """
    try:
        from pyspark import SparkConf
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkJobError(
            "pyspark is not installed: pip install 'newsgraph[spark]' (and have Java 17 on PATH)"
        ) from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        if master and active.sparkContext.master != master:
            log.warning(
                "using the running Spark session (%s), not %s", active.sparkContext.master, master
            )
        return active, False
    conf = SparkConf()
    if master:
        conf.setMaster(master)
    elif not conf.contains("spark.master"):
        conf.setMaster(DEFAULT_MASTER)
    conf.setIfMissing("spark.app.name", "newsgraph")
    conf.setIfMissing("spark.python.worker.reuse", "true")  # keeps the loaded model per worker
    conf.setIfMissing("spark.sql.session.timeZone", "UTC")
    conf.setIfMissing("spark.ui.showConsoleProgress", "false")
    conf.setIfMissing("spark.hadoop.mapreduce.input.fileinputformat.input.dir.recursive", "true")
    if (conf.get("spark.master") or "").startswith("local"):
        # One machine: workers run this interpreter; nothing listens beyond loopback.
        # PySpark takes the worker interpreter from the environment only.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        conf.setIfMissing("spark.driver.host", "127.0.0.1")
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1")
        conf.setIfMissing("spark.ui.enabled", "false")
    spark = SparkSession.builder.config(conf=conf).getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark, True


def _existing_inputs(sc: "SparkContext", inputs: Sequence[str]) -> tuple[list[str], list[Failure]]:
    """Inputs that match something, and a read Failure for each that does not (as locally)."""
    jvm, conf = sc._jvm, sc._jsc.hadoopConfiguration()  # the Hadoop FileSystem API
    assert jvm is not None  # set while a SparkContext runs (pyspark asserts the same)
    found: list[str] = []
    missing: list[Failure] = []
    for path in inputs:
        if path == "-":
            raise SparkJobError("Spark cannot read standard input ('-'); give files or URLs")
        hpath = jvm.org.apache.hadoop.fs.Path(path)
        statuses = hpath.getFileSystem(conf).globStatus(hpath)
        if statuses is not None and len(statuses) > 0:
            found.append(path)
        elif glob.has_magic(path):
            missing.append(Failure(path, READ_STAGE, "no file matches this pattern"))
        else:
            missing.append(Failure(path, READ_STAGE, "no such file or directory"))
    return found, missing


def _named_files(sc: "SparkContext", inputs: Sequence[str]) -> frozenset[str]:
    """The inputs that name a file (not a directory): these are read whatever their name."""
    jvm, conf = sc._jvm, sc._jsc.hadoopConfiguration()
    assert jvm is not None
    named = set()
    for path in inputs:
        if glob.has_magic(path):
            continue
        hpath = jvm.org.apache.hadoop.fs.Path(path)
        if hpath.getFileSystem(conf).isFile(hpath):
            named.add(_local_key(path))
    return frozenset(named)


def _local_key(url: str) -> str:
    """A comparable form of a shard's URL: an absolute path for local files."""
    if url.startswith("file:"):
        url = url[len("file:") :]
    return url if "://" in url else os.path.abspath(url)


def _walked_document(record: tuple[str, bytes], named: frozenset[str]) -> bool:
    """As a local directory walk does: pass over documentation, data and store files."""
    if _local_key(record[0]) in named:
        return True
    return not walk_skips(os.path.basename(record[0]))


def _prepare_pairs(
    shard: tuple[str, bytes], settings: Settings
) -> Iterator[tuple[Ordinal, Article | Failure]]:
    return prepare_shard(shard[0], shard[1], settings)


def _is_article(pair: tuple[Ordinal, Article | Failure], counter: Any) -> bool:
    if isinstance(pair[1], Article):
        counter.add(1)
        return True
    return False


def _failure_of(pair: tuple[Ordinal, Article | Failure], now: dt.datetime) -> tuple[Any, ...]:
    """The failures-table values of a pair kept as a Failure."""
    failure = pair[1]
    assert isinstance(failure, Failure)  # only failures pass the filter before
    return failure_row(failure, now)[2]


_warm: set[tuple[str, str]] = set()


def _warm_up(settings: Settings) -> None:
    """Load the model and every stage's data once per Python worker, not per partition."""
    from newsgraph.pipeline import analyse

    key = (settings.model, settings.actors_file)
    if key not in _warm:
        analyse(
            [Article(id="warm-up", text="Chad thanked Niger on Monday, officials said.")], settings
        )
        _warm.add(key)


def analyse_partition(
    pairs: Iterable[tuple[Ordinal, Article]],
    settings: Settings,
    now: dt.datetime,
    counter: Any = None,
    records: Any = None,
) -> Iterator[pa.RecordBatch]:
    """Analyse one partition's articles in batches of ``settings.batch_size``; ``BLOBS`` out.

    ``counter``, a Spark accumulator, counts the articles analysed;
    ``records`` (see ``profile.RecordsParam``) gets this task's timings:
    setup (model and data, paid once per worker), parsing and analysis, rows.
    """
    from newsgraph.pipeline import analyse

    start = Clock.now()
    _warm_up(settings)
    ordered = sorted(pairs, key=lambda pair: pair[0])
    setup = Clock.now()
    spent = {"analyse": [0.0, 0.0], "rows": [0.0, 0.0]}
    size = max(1, settings.batch_size)
    chars = 0

    def table_of(batch: list[Article]) -> pa.RecordBatch:
        began = Clock.now()
        results = analyse(batch, settings)
        parsed = Clock.now()
        tables = batch_tables(results, now)
        table = pa.RecordBatch.from_pydict(
            {
                "table": list(tables),
                "rows": [data.num_rows for data in tables.values()],
                "data": [encode_table(data) for data in tables.values()],
            },
            schema=_BLOB_ARROW,
        )
        for name, (a, b) in (("analyse", (began, parsed)), ("rows", (parsed, Clock.now()))):
            wall, cpu = b.since(a)
            spent[name][0] += wall
            spent[name][1] += cpu
        return table

    batch: list[Article] = []
    for _, article in ordered:
        batch.append(article)
        chars += len(article.text)
        if counter is not None:
            counter.add(1)
        if len(batch) >= size:
            yield table_of(batch)
            batch = []
    if batch:
        yield table_of(batch)
    if records is not None:
        setup_wall, setup_cpu = setup.since(start)
        wall, cpu = Clock.now().since(start)
        records.add(
            (
                {
                    "phase": "analyse",
                    "pid": os.getpid(),
                    "partition": partition_id(),
                    "items": len(ordered),
                    "chars": chars,
                    "wall": wall,
                    "cpu": cpu,
                    "setup_wall": setup_wall,
                    "setup_cpu": setup_cpu,
                    "analyse_wall": spent["analyse"][0],
                    "analyse_cpu": spent["analyse"][1],
                    "rows_wall": spent["rows"][0],
                    "rows_cpu": spent["rows"][1],
                },
            )
        )


def _article_record(pair: tuple[Ordinal, Article | Failure]) -> tuple[str, str, int, bytes]:
    """A pair ``_is_article`` kept as a row of ``ARTICLES``: id, ordinal, the pickled Article."""
    article = pair[1]
    assert isinstance(article, Article)  # only articles pass the filter before
    return (
        article.id,
        pair[0][0],
        pair[0][1],
        pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL),
    )


def _analyse_batches(
    batches: Iterator[pa.RecordBatch],
    settings: Settings,
    now: dt.datetime,
    counter: Any,
    records: Any,
) -> Iterator[pa.RecordBatch]:
    """``analyse_partition`` over Arrow input (``_article_record`` rows), Arrow output (``BLOBS``)."""
    pairs: list[tuple[Ordinal, Article]] = []
    for batch in batches:
        shards, numbers, blobs = (batch.column(i).to_pylist() for i in range(3))
        pairs.extend(((s, n), pickle.loads(b)) for s, n, b in zip(shards, numbers, blobs))
    yield from analyse_partition(pairs, settings, now, counter, records)


def _decode_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The rows of one table from its ``BLOBS`` data column."""
    for batch in batches:
        yield from decode_tables(batch.column(0).to_pylist())


def run_spark(
    inputs: Sequence[str],
    out: str,
    master: str | None = DEFAULT_MASTER,
    settings: Settings | None = None,
    partitions: int | None = None,
) -> dict[str, Any]:
    """Run the pipeline on Spark and write Parquet tables under ``out``.

    Args:
        inputs: files, directories (read recursively), globs or any
            Hadoop-compatible URLs of .txt, .html, .jsonl[.gz] or .warc[.gz] shards.
        out: the output directory (any Hadoop URL); each table goes to
            ``out/<table>/`` (replaced if present), article tables partitioned
            by ``date_part`` (the article's YYYY-MM-DD, or "unknown").
        master: the Spark master; None takes spark-submit's (else local[2]).
            Ignored when a Spark session is already running in this process.
        settings: model, batch size, actor dictionary, default date, source.
        partitions: how many partitions to analyse in (default PARTITIONS_PER_CORE per core).
    Returns:
        Counts: articles (written), duplicates (copies dropped), failures,
        sentences, mentions, events, quotes; seconds (the job, once the session
        is up), articles_per_second, startup_seconds (starting Spark), master.
    Raises:
        SparkJobError: pyspark missing, or standard input given.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    settings = settings or Settings()
    started = time.perf_counter()
    spark, created = spark_session(master)
    startup = time.perf_counter() - started
    started = time.perf_counter()
    try:
        sc = spark.sparkContext
        meter = PhaseMeter(sc)
        records = sc.accumulator((), RecordsParam())
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        found, missing = _existing_inputs(sc, inputs)
        for failure in missing:
            log.warning("failed %s (%s): %s", failure.path, failure.stage, failure.reason)
        width = max(1, 2 * sc.defaultParallelism)  # Parquet files per date
        analysis_width = partitions or max(1, PARTITIONS_PER_CORE * sc.defaultParallelism)
        seen, unique = sc.accumulator(0), sc.accumulator(0)
        failed = sc.parallelize([failure_row(f, now)[2] for f in missing], 1)
        blobs = spark.createDataFrame([], BLOBS)
        cached: list[Any] = []
        if found:
            shards = sc.binaryFiles(",".join(found), minPartitions=sc.defaultParallelism).filter(
                partial(_walked_document, named=_named_files(sc, found))
            )
            if shards.getNumPartitions() < sc.defaultParallelism:
                # Small files come in one split: spread them so every core prepares some.
                shards = shards.repartition(sc.defaultParallelism)
            prepared = shards.flatMap(partial(_prepare_pairs, settings=settings)).mapPartitions(
                partial(timed_partition, "prepare", records=records)
            )
            prepared.persist(StorageLevel.MEMORY_AND_DISK)
            cached.append(prepared)
            articles = prepared.filter(partial(_is_article, counter=seen))
            # Dedup in the JVM (no Python reduce in the analysis tasks, whose only Python
            # worker is then the one holding the model): per id the smallest ordinal.
            first = F.min(F.struct("shard", "number", "article")).alias("first")
            kept = (
                spark.createDataFrame(articles.map(_article_record), ARTICLES)
                .repartition(analysis_width, "id")
                .groupBy("id")
                .agg(first)
                .select("first.shard", "first.number", "first.article")
            )
            # One small row per article in; Arrow batches of every table out, no row objects.
            analyse = partial(
                _analyse_batches, settings=settings, now=now, counter=unique, records=records
            )
            blobs = kept.mapInArrow(analyse, spark.createDataFrame([], BLOBS).schema)
            prepare_failures = prepared.filter(lambda pair: isinstance(pair[1], Failure))
            failed = sc.union([failed, prepare_failures.map(partial(_failure_of, now=now))])
        failures = spark.createDataFrame(failed, spark_schema("failures"))
        # The JVM caches the analysis output, as bytes; counting and the six writes read it there.
        blobs.persist(StorageLevel.MEMORY_AND_DISK)
        failures.persist(StorageLevel.MEMORY_AND_DISK)
        meter.lap("inputs")
        try:
            counts = {row[0]: row[1] for row in blobs.groupBy("table").agg(F.sum("rows")).collect()}
            counts["failures"] = counts.get("failures", 0) + failures.count()
            meter.lap("analysis_job")
            log.info(
                "analysed %d articles after %.1f s", unique.value, time.perf_counter() - started
            )
            with ThreadPoolExecutor(max_workers=len(TABLES)) as pool:
                # Spark runs jobs from several threads at once: six small writes overlap.
                writes = {
                    t: pool.submit(_write_table, blobs, failures, t, out, width) for t in TABLES
                }
                write_seconds = {t: done.result() for t, done in writes.items()}
            meter.lap("writes")
            log.info("wrote %s after %.1f s", out, time.perf_counter() - started)
        finally:
            blobs.unpersist()
            failures.unpersist()
            for rdd in cached:
                rdd.unpersist()
        stats = _stats(counts, seen.value - unique.value, time.perf_counter() - started, sc.master)
        stats["startup_seconds"] = round(startup, 3)
        stats["profile"] = {
            "phases": meter.phases,
            "write_seconds": write_seconds,
            "tasks": summarise(records.value),
        }
    finally:
        if created:
            spark.stop()
    log.info("spark run: %s", stats)
    return stats


def _write_table(
    blobs: "DataFrame", failures: "DataFrame", table: str, out: str, width: int
) -> float:
    """Write one table as Parquet, article tables one directory per date_part; the seconds taken."""
    from pyspark.sql import functions as F

    started = time.perf_counter()
    data = blobs.filter(F.col("table") == table).select("data")
    frame = data.mapInArrow(_decode_batches, spark_schema(table))
    target = f"{out.rstrip('/')}/{table}"
    if table in ARTICLE_TABLES:
        frame.repartition(width, DATE_PART).write.mode("overwrite").partitionBy(DATE_PART).parquet(
            target
        )
    else:
        frame.unionByName(failures).dropDuplicates(["path", "stage", "reason"]).coalesce(
            1
        ).write.mode("overwrite").parquet(target)
    return round(time.perf_counter() - started, 3)


def _stats(
    counts: dict[str, int], duplicates: int, seconds: float, master: str | None
) -> dict[str, Any]:
    written = counts.get("articles", 0)
    return {
        "master": master,
        "articles": written,
        "duplicates": duplicates,
        "failures": counts.get("failures", 0),
        "sentences": counts.get("sentences", 0),
        "mentions": counts.get("mentions", 0),
        "events": counts.get("events", 0),
        "quotes": counts.get("quotes", 0),
        "seconds": round(seconds, 3),
        "articles_per_second": round(written / seconds, 3) if seconds > 0 else 0.0,
    }
