"""Results as table rows, built by the store's own code, and their Spark schemas.

Rows come from ``newsgraph.store.writer.result_rows`` and pass through
``to_arrow`` with the store's Arrow schemas, so a Spark run writes the very
values a local ``ingest`` stores (same types, same rejections). A batch's
tables travel to Spark as Arrow IPC bytes (``BLOBS``), decoded into record
batches when a table is written: no Python row objects, no per-row
conversion in the JVM before the write. The Spark schemas are derived from
the same Arrow schemas, plus ``date_part``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from newsgraph.model import Failure, Result
from newsgraph.store.writer import ARROW_SCHEMAS, result_rows, to_arrow

if TYPE_CHECKING:
    from pyspark.sql.types import DataType, StructType

log = logging.getLogger(__name__)

#: The tables written, in the store's order; all but ``failures`` hang off an article.
TABLES: tuple[str, ...] = tuple(ARROW_SCHEMAS)
ARTICLE_TABLES: tuple[str, ...] = tuple(t for t in TABLES if t != "failures")
DATE_PART = "date_part"
UNKNOWN_DATE = "unknown"
STORE_STAGE = "store"

# What Arrow raises for a value a column cannot hold (as the store's writer).
_CONVERSION_ERRORS = (pa.ArrowException, TypeError, ValueError, OverflowError)

#: One output row: (table, date_part or None, values in the table's column order).
TableRow = tuple[str, "str | None", tuple[Any, ...]]


def date_part(date: str | None) -> str:
    """The partition an article's rows go to: its ISO date, or "unknown"."""
    return date if date else UNKNOWN_DATE


def _spark_type(kind: pa.DataType) -> "DataType":
    from pyspark.sql import types as T

    if pa.types.is_string(kind):
        return T.StringType()
    if pa.types.is_int32(kind):
        return T.IntegerType()
    if pa.types.is_int64(kind):
        return T.LongType()
    if pa.types.is_float64(kind):
        return T.DoubleType()
    if pa.types.is_boolean(kind):
        return T.BooleanType()
    if pa.types.is_date32(kind):
        return T.DateType()
    if pa.types.is_timestamp(kind):
        # The store's timestamps are naive UTC; NTZ keeps Spark from shifting them.
        return T.TimestampNTZType() if kind.tz is None else T.TimestampType()
    if pa.types.is_list(kind):
        return T.ArrayType(_spark_type(kind.value_type))
    raise TypeError(f"no Spark type for the store's Arrow type {kind}")


def spark_schema(table: str) -> "StructType":
    """The Spark schema of one output table: the store's columns (+ date_part)."""
    from pyspark.sql import types as T

    fields = [T.StructField(f.name, _spark_type(f.type), True) for f in ARROW_SCHEMAS[table]]
    if table in ARTICLE_TABLES:
        fields.append(T.StructField(DATE_PART, T.StringType(), True))
    return T.StructType(fields)


def failure_row(failure: Failure, now: dt.datetime) -> TableRow:
    """A failure as a row of the ``failures`` table (text made storable, as the store does)."""
    values = tuple(
        str(v).encode("utf-8", "replace").decode("utf-8") if v is not None else ""
        for v in (failure.path, failure.stage, failure.reason)
    )
    return ("failures", None, (*values, now))


#: The analysis output as Spark sees it: per batch and table, the rows as one
#: Arrow IPC stream. The JVM holds bytes, not rows, until a table is written.
BLOBS = "table string, rows long, data binary"


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one output table: the store's columns (+ date_part)."""
    schema = ARROW_SCHEMAS[table]
    return schema.append(pa.field(DATE_PART, pa.string())) if table in ARTICLE_TABLES else schema


def _result_tables(result: Result, now: dt.datetime) -> dict[str, pa.Table]:
    """One Result's rows per article table, typed by the store's Arrow schemas.

    Raises:
        pyarrow.ArrowException, TypeError, ValueError, OverflowError: a value the store would reject.
    """
    rows = result_rows(result, now)
    return {table: to_arrow(table, rows[table]) for table in ARTICLE_TABLES}


def batch_tables(items: Sequence[Result | Failure], now: dt.datetime) -> dict[str, pa.Table]:
    """A batch of analysed articles and failures as one Arrow table per output table that has rows.

    A Result the store would reject (a date that is not ISO, a lone
    surrogate) gives one ``failures`` row instead, as a local ingest records.
    """
    pieces: dict[str, list[pa.Table]] = {table: [] for table in ARTICLE_TABLES}
    failures: list[tuple[Any, ...]] = []
    for item in items:
        if isinstance(item, Failure):
            failures.append(failure_row(item, now)[2])
            continue
        try:
            tables = _result_tables(item, now)
        except _CONVERSION_ERRORS as exc:
            failures.append(_rejection(item, exc, now)[2])
            continue
        part = date_part(item.article.date)
        for table, data in tables.items():
            if data.num_rows:
                parts = pa.array([part] * data.num_rows, pa.string())
                pieces[table].append(data.append_column(arrow_schema(table).field(DATE_PART), parts))
    out = {table: pa.concat_tables(found) for table, found in pieces.items() if found}
    if failures:
        out["failures"] = to_arrow("failures", failures)
    return out


def encode_table(data: pa.Table) -> bytes:
    """An Arrow table as IPC stream bytes (what ``decode_tables`` reads back)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, data.schema) as writer:
        writer.write_table(data)
    return sink.getvalue().to_pybytes()


def decode_tables(blobs: Iterable[bytes]) -> Iterator[pa.RecordBatch]:
    """The record batches of IPC streams made by ``encode_table``."""
    for blob in blobs:
        yield from pa.ipc.open_stream(blob)


def _rejection(result: Result, exc: Exception, now: dt.datetime) -> TableRow:
    where = result.article.path or result.article.id
    log.warning("not writing %s: %s", where, exc)
    failure = Failure(where, STORE_STAGE, f"the store cannot hold this article: {exc}")
    return failure_row(failure, now)
