"""Exports of the store: events as GDELT 2.0 rows or PLOVER, any table as jsonl, csv or parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from newsgraph.errors import UsageError

TABLES = ("articles", "events", "quotes", "actors", "failures")


def _rows(store: Any, table: str) -> list[dict[str, Any]]:
    from newsgraph import query

    if table not in TABLES:
        raise UsageError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return getattr(query, table)(store)


def export_store(store: Any, fmt: str, table: str, out: Path) -> int:
    """Write a table (or events in a coding format) to ``out``; returns the row count."""
    if fmt == "gdelt":
        from newsgraph.events.exports import write_gdelt

        rows = _rows(store, "events")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            write_gdelt(rows, fh)
        return len(rows)
    if fmt == "plover":
        from newsgraph.events.exports import write_plover

        rows = _rows(store, "events")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            write_plover(rows, fh)
        return len(rows)
    if fmt == "quotes-jsonl":
        fmt, table = "jsonl", "quotes"
    rows = _rows(store, table)
    if fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        with open(out, "w", encoding="utf-8", newline="") as fh:
            cols = list(rows[0].keys()) if rows else []
            writer = csv.DictWriter(fh, cols, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                writer.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in row.items()})
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), str(out))
    else:
        raise UsageError(f"unknown export format {fmt!r}; choose gdelt, plover, jsonl, csv, parquet or quotes-jsonl")
    return len(rows)
