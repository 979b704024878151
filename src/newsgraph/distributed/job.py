"""The Spark job: the same pipeline per partition, Parquet tables out.

Flow: ``binaryFiles`` (one record per shard) → read and ``prepare`` each
document where it lies (cheap) → keep one copy per article id (the one with
the smallest (shard, record) ordinal, as a local run over sorted files keeps
the first) → ``analyse`` in batches per partition, the spaCy model loaded
once per Python worker and kept there (worker reuse) → rows built by the
store's own code → Parquet per table under ``OUT/<table>/date_part=.../``.
Duplicates are dropped before parsing, as in the local pipeline, so child
rows only ever exist for kept articles.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from newsgraph.errors import NewsgraphError
from newsgraph.ingest.readers import walk_skips
from newsgraph.model import Article, Failure
from newsgraph.settings import Settings
from newsgraph.distributed.shards import Ordinal, prepare_shard
from newsgraph.distributed.tables import (
    ARTICLE_TABLES,
    DATE_PART,
    TABLES,
    TableRow,
    batch_table_rows,
    failure_row,
    spark_schema,
)

if TYPE_CHECKING:
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)

DEFAULT_MASTER = "local[2]"
#: Analysis partitions per core. Articles differ in length, so a few big partitions
#: can end with one core busy and the others idle, but on an idle 2-core machine 8 per
#: core ran slower than 2 (96 articles on local[2]: 63 s against 43 s of job time).
PARTITIONS_PER_CORE = 2
READ_STAGE = "read"


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
            log.warning("using the running Spark session (%s), not %s", active.sparkContext.master, master)
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


def _by_article_id(
    pair: tuple[Ordinal, Article | Failure],
) -> tuple[str, tuple[Ordinal, Article]]:
    """Key a pair ``_is_article`` kept by its article id."""
    article = pair[1]
    assert isinstance(article, Article)  # only articles pass the filter before
    return article.id, (pair[0], article)


def _failure_of(pair: tuple[Ordinal, Article | Failure], now: dt.datetime) -> TableRow:
    """The failures-table row of a pair kept as a Failure."""
    failure = pair[1]
    assert isinstance(failure, Failure)  # only failures pass the filter before
    return failure_row(failure, now)


def _first(a: tuple[Ordinal, Article], b: tuple[Ordinal, Article]) -> tuple[Ordinal, Article]:
    return a if a[0] <= b[0] else b


def analyse_partition(
    pairs: Iterable[tuple[Ordinal, Article]],
    settings: Settings,
    now: dt.datetime,
    counter: Any = None,
) -> Iterator[TableRow]:
    """Analyse one partition's articles in batches of ``settings.batch_size``.

    ``counter``, a Spark accumulator, counts the articles analysed.
    """
    from newsgraph.pipeline import analyse

    size = max(1, settings.batch_size)
    batch: list[Article] = []
    for _, article in sorted(pairs, key=lambda pair: pair[0]):
        batch.append(article)
        if counter is not None:
            counter.add(1)
        if len(batch) >= size:
            yield from batch_table_rows(analyse(batch, settings), now)
            batch = []
    if batch:
        yield from batch_table_rows(analyse(batch, settings), now)


def _with_part(row: TableRow) -> tuple[Any, ...]:
    return (*row[2], row[1]) if row[1] is not None else row[2]


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

    settings = settings or Settings()
    started = time.perf_counter()
    spark, created = spark_session(master)
    startup = time.perf_counter() - started
    started = time.perf_counter()
    try:
        sc = spark.sparkContext
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        found, missing = _existing_inputs(sc, inputs)
        for failure in missing:
            log.warning("failed %s (%s): %s", failure.path, failure.stage, failure.reason)
        width = max(1, 2 * sc.defaultParallelism)  # Parquet files per date
        analysis_width = partitions or max(1, PARTITIONS_PER_CORE * sc.defaultParallelism)
        read_failures = [failure_row(f, now) for f in missing]
        seen, unique = sc.accumulator(0), sc.accumulator(0)
        cached: list[Any] = []
        rows = sc.parallelize(read_failures, 1)
        if found:
            shards = sc.binaryFiles(",".join(found), minPartitions=sc.defaultParallelism).filter(
                partial(_walked_document, named=_named_files(sc, found))
            )
            prepared = shards.flatMap(partial(_prepare_pairs, settings=settings))
            prepared.persist(StorageLevel.MEMORY_AND_DISK)
            articles = prepared.filter(partial(_is_article, counter=seen))
            kept = articles.map(_by_article_id).reduceByKey(_first, numPartitions=analysis_width).values()
            analysed = kept.mapPartitions(
                partial(analyse_partition, settings=settings, now=now, counter=unique)
            )
            failed = prepared.filter(lambda pair: isinstance(pair[1], Failure)).map(
                partial(_failure_of, now=now)
            )
            rows = sc.union([analysed, failed, rows])
            cached.append(prepared)
        rows.persist(StorageLevel.MEMORY_AND_DISK)
        try:
            # One job analyses everything (and counts); the writes then read the cache.
            counts = dict(rows.map(lambda row: row[0]).countByValue())
            log.info("analysed %d articles after %.1f s", unique.value, time.perf_counter() - started)
            with ThreadPoolExecutor(max_workers=len(TABLES)) as pool:
                # Spark runs jobs from several threads at once: six small writes overlap.
                for done in [pool.submit(_write_table, spark, rows, t, out, width) for t in TABLES]:
                    done.result()
            log.info("wrote %s after %.1f s", out, time.perf_counter() - started)
        finally:
            rows.unpersist()
            for rdd in cached:
                rdd.unpersist()
        stats = _stats(counts, seen.value - unique.value, time.perf_counter() - started, sc.master)
        stats["startup_seconds"] = round(startup, 3)
    finally:
        if created:
            spark.stop()
    log.info("spark run: %s", stats)
    return stats


def _write_table(spark: "SparkSession", rows: Any, table: str, out: str, width: int) -> None:
    """Write one table's rows as Parquet; article tables one directory per date_part."""
    data = rows.filter(lambda row, name=table: row[0] == name).map(_with_part)
    frame = spark.createDataFrame(data, spark_schema(table))
    target = f"{out.rstrip('/')}/{table}"
    if table in ARTICLE_TABLES:
        frame.repartition(width, DATE_PART).write.mode("overwrite").partitionBy(DATE_PART).parquet(target)
    else:
        frame.dropDuplicates(["path", "stage", "reason"]).coalesce(1).write.mode(
            "overwrite"
        ).parquet(target)


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

