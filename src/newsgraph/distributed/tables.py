"""Results as table rows, built by the store's own code, and their Spark schemas.

Rows come from ``newsgraph.store.writer.result_rows`` and pass through
``to_arrow`` with the store's Arrow schemas, so a Spark run writes the very
values a local ``ingest`` stores (same types, same rejections). The Spark
schemas are derived from the same Arrow schemas, plus ``date_part``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
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
        fields.append(T.StructField(DATE_PART, T.StringType(), False))
    return T.StructType(fields)


def failure_row(failure: Failure, now: dt.datetime) -> TableRow:
    """A failure as a row of the ``failures`` table (text made storable, as the store does)."""
    values = tuple(
        str(v).encode("utf-8", "replace").decode("utf-8") if v is not None else ""
        for v in (failure.path, failure.stage, failure.reason)
    )
    return ("failures", None, (*values, now))


def _rejection(result: Result, exc: Exception, now: dt.datetime) -> TableRow:
    where = result.article.path or result.article.id
    log.warning("not writing %s: %s", where, exc)
    failure = Failure(where, STORE_STAGE, f"the store cannot hold this article: {exc}")
    return failure_row(failure, now)


def result_table_rows(result: Result, now: dt.datetime) -> list[TableRow]:
    """Every row one Result gives, typed by the store's Arrow schemas.

    A Result the store would reject (a date that is not ISO, a lone
    surrogate) gives one ``failures`` row instead, as a local ingest records.
    """
    part = date_part(result.article.date)
    try:
        rows = result_rows(result, now)
        tables = {table: to_arrow(table, rows[table]) for table in ARTICLE_TABLES}
    except _CONVERSION_ERRORS as exc:
        return [_rejection(result, exc, now)]
    out: list[TableRow] = []
    for table in ARTICLE_TABLES:
        names = tables[table].schema.names
        for record in tables[table].to_pylist():
            out.append((table, part, tuple(record[n] for n in names)))
    return out


def batch_table_rows(
    items: Sequence[Result | Failure], now: dt.datetime
) -> Iterator[TableRow]:
    """Rows for a batch of analysed articles and failures."""
    for item in items:
        if isinstance(item, Failure):
            yield failure_row(item, now)
        else:
            yield from result_table_rows(item, now)
