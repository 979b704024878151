"""Results as table rows, built by the store's own code, and their Spark schemas.

Rows come from ``newsgraph.store.writer.result_rows`` and pass through
``to_arrow`` with the store's Arrow schemas, so a Spark run writes the very
values a local ``ingest`` stores (same types, same rejections). A batch's
tables travel to Spark as one Arrow table of ``WIDE_SCHEMA`` (no Python row
objects, no second conversion). The Spark schemas are derived from the same
Arrow schemas, plus ``date_part``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
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
TABLE_COLUMN = "table"
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


def wide_name(table: str, column: str) -> str:
    """A table's column in the wide frame (tables share column names, not types)."""
    return f"{table}__{column}"


#: Every table in one Arrow schema: which table a row belongs to, its date_part,
#: then each table's columns under ``wide_name``; a row fills its own table's
#: columns and leaves the rest null. The analysis hands Spark one Arrow stream
#: of this shape, cached by the JVM; each table is then a filter and a select.
WIDE_SCHEMA = pa.schema(
    [pa.field(TABLE_COLUMN, pa.string()), pa.field(DATE_PART, pa.string())]
    + [pa.field(wide_name(t, f.name), f.type) for t in TABLES for f in ARROW_SCHEMAS[t]]
)


def wide_spark_schema() -> "StructType":
    """The Spark schema of ``WIDE_SCHEMA`` (every column nullable)."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(f.name, _spark_type(f.type), True) for f in WIDE_SCHEMA])


def table_columns(table: str) -> tuple[tuple[str, str], ...]:
    """(wide name, table's own name) for each column of ``table``, date_part last for article tables."""
    own = tuple((wide_name(table, f.name), f.name) for f in ARROW_SCHEMAS[table])
    return (*own, (DATE_PART, DATE_PART)) if table in ARTICLE_TABLES else own


def _widen(table: str, data: pa.Table, parts: Sequence[str | None]) -> pa.Table:
    """One table's rows in the wide shape."""
    n = data.num_rows
    prefix = wide_name(table, "")
    columns: list[pa.ChunkedArray] = []
    for field in WIDE_SCHEMA:
        if field.name == TABLE_COLUMN:
            columns.append(pa.chunked_array([pa.array([table] * n, pa.string())]))
        elif field.name == DATE_PART:
            columns.append(pa.chunked_array([pa.array(parts, pa.string())]))
        elif field.name.startswith(prefix):
            columns.append(data.column(field.name[len(prefix) :]))
        else:
            columns.append(pa.chunked_array([pa.nulls(n, field.type)]))
    return pa.Table.from_arrays(columns, schema=WIDE_SCHEMA)


def _result_tables(result: Result, now: dt.datetime) -> dict[str, pa.Table]:
    """One Result's rows per article table, typed by the store's Arrow schemas.

    Raises:
        pyarrow.ArrowException, TypeError, ValueError, OverflowError: a value the store would reject.
    """
    rows = result_rows(result, now)
    return {table: to_arrow(table, rows[table]) for table in ARTICLE_TABLES}


def wide_table(items: Sequence[Result | Failure], now: dt.datetime) -> pa.Table:
    """A batch of analysed articles and failures as one wide Arrow table.

    A Result the store would reject (a date that is not ISO, a lone
    surrogate) gives one ``failures`` row instead, as a local ingest records.
    """
    pieces: dict[str, list[pa.Table]] = {table: [] for table in TABLES}
    parts: dict[str, list[str | None]] = {table: [] for table in TABLES}
    failures: list[TableRow] = []
    for item in items:
        if isinstance(item, Failure):
            failures.append(failure_row(item, now))
            continue
        try:
            tables = _result_tables(item, now)
        except _CONVERSION_ERRORS as exc:
            failures.append(_rejection(item, exc, now))
            continue
        part = date_part(item.article.date)
        for table, data in tables.items():
            pieces[table].append(data)
            parts[table].extend([part] * data.num_rows)
    if failures:
        pieces["failures"].append(to_arrow("failures", [row[2] for row in failures]))
        parts["failures"].extend([None] * len(failures))
    wide = [
        _widen(table, pa.concat_tables(pieces[table]), parts[table])
        for table in TABLES
        if pieces[table]
    ]
    return pa.concat_tables(wide) if wide else WIDE_SCHEMA.empty_table()


def _rejection(result: Result, exc: Exception, now: dt.datetime) -> TableRow:
    where = result.article.path or result.article.id
    log.warning("not writing %s: %s", where, exc)
    failure = Failure(where, STORE_STAGE, f"the store cannot hold this article: {exc}")
    return failure_row(failure, now)
