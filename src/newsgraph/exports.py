"""Exports of the store: events as GDELT 2.0 rows or PLOVER, any table as jsonl, csv or parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from newsgraph.errors import UsageError

TABLES = ("articles", "events", "quotes", "actors", "failures")


def _rows(store: Any, table: str) -> list[dict[str, Any]]:
    from newsgraph import query

    if table not in TABLES:
        raise UsageError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return getattr(query, table)(store)


def cell(value: Any) -> str:
    """One value as CSV or table text: lists and mappings as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_rows(
    rows: Sequence[dict[str, Any]], fmt: str, out: TextIO, columns: Sequence[str] | None = None
) -> None:
    """Rows as JSON lines or CSV: the one writer behind listings and exports."""
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    cols = list(columns or (rows[0].keys() if rows else []))
    writer = csv.writer(out)
    writer.writerow(cols)
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in cols])


def export_store(store: Any, fmt: str, table: str, out: Path) -> int:
    """Write a table (or events in a coding format) to ``out``; returns the row count."""
    if fmt in ("gdelt", "plover"):
        from newsgraph.events import exports

        rows = _rows(store, "events")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            (exports.write_gdelt if fmt == "gdelt" else exports.write_plover)(rows, fh)
        return len(rows)
    if fmt == "quotes-jsonl":
        fmt, table = "jsonl", "quotes"
    if fmt not in ("jsonl", "csv", "parquet"):
        raise UsageError(f"unknown export format {fmt!r}; choose gdelt, plover, jsonl, csv, parquet or quotes-jsonl")
    rows = _rows(store, table)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), str(out))
    else:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            write_rows(rows, fmt, fh)
    return len(rows)
