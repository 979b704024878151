"""Event exports: GDELT 2.0 event rows (61 tab-separated columns) and PLOVER JSON lines.

Rows are the dicts the store's query layer returns for events (id, article_id, path,
sentence, sentence_index, source, source_actor, target, target_actor, code, root,
quad_class, goldstein, date, location, location_country, location_lat, location_lon,
evidence, rule, confidence).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from newsgraph.data import load_data

_IGO_LIKE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class PloverCode:
    """PLOVER event type, mode and context for one CAMEO code."""

    event: str
    mode: str = ""
    context: str = ""


def _data(name: str) -> Any:
    return load_data(f"events/{name}")


@lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 event column names, in order."""
    return tuple(_data("gdelt_columns.yaml")["columns"])


def load_plover_map(path: str | Path | None = None) -> dict[str, PloverCode]:
    """CAMEO code -> PloverCode from a CAMEO2PLOVER table, or our own root-level mapping."""
    if path is None:
        raw = _data("plover.yaml")
        out = {str(k): PloverCode(str(v)) for k, v in raw["roots"].items()}
        out.update({str(k): PloverCode(str(v)) for k, v in raw["codes"].items()})
        return out
    table: dict[str, PloverCode] = {}
    for line in Path(path).read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        code, sep, rest = line.partition(":")
        if not sep or not code.strip().isdigit():
            continue
        parts = [p.strip() for p in rest.split(",", 2)] + ["", ""]
        if parts[0]:
            table.setdefault(code.strip(), PloverCode(parts[0], parts[1], parts[2]))
    return table


def plover_of(code: str, table: Mapping[str, PloverCode]) -> PloverCode | None:
    """The PLOVER entry of a CAMEO code: the longest prefix the table knows."""
    probe = code
    while probe:
        if probe in table:
            return table[probe]
        probe = probe[:-1]
    return None


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _actor_fields(principal: str | None, code: str | None) -> dict[str, str]:
    principal = principal or ""
    code = code or principal
    role = code[len(principal) :] if principal and code.startswith(principal) else ""
    state = bool(_IGO_LIKE.match(principal))
    return {
        "Code": code,
        "Name": principal,
        "CountryCode": principal if state else "",
        "KnownGroupCode": "" if state else principal,
        "Type1Code": role[:3],
        "Type2Code": role[3:6],
    }


def gdelt_row(row: Mapping[str, Any]) -> list[str]:
    """One event dict as the 61 GDELT 2.0 values (empty where we have nothing)."""
    values: dict[str, Any] = {c: "" for c in gdelt_columns()}
    event_id = str(row.get("id") or "")
    try:
        values["GLOBALEVENTID"] = int(event_id, 16)
    except ValueError:
        values["GLOBALEVENTID"] = event_id
    day = _day(row.get("date"))
    if day is not None:
        values["SQLDATE"] = day.strftime("%Y%m%d")
        values["MonthYear"] = day.strftime("%Y%m")
        values["Year"] = day.year
        values["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
        values["DATEADDED"] = day.strftime("%Y%m%d") + "000000"
    for n, side in ((1, "source"), (2, "target")):
        for key, val in _actor_fields(row.get(side), row.get(f"{side}_actor")).items():
            values[f"Actor{n}{key}"] = val
    code = str(row.get("code") or "")
    values["IsRootEvent"] = 1 if row.get("sentence_index") in (0, "0") else 0
    values["EventCode"] = code
    values["EventBaseCode"] = code[:3]
    values["EventRootCode"] = str(row.get("root") or code[:2])
    values["QuadClass"] = row.get("quad_class")
    values["GoldsteinScale"] = row.get("goldstein")
    values["NumMentions"] = values["NumSources"] = values["NumArticles"] = 1
    if row.get("location"):
        has_point = row.get("location_lat") is not None
        values["ActionGeo_Type"] = 4 if has_point else 1
        values["ActionGeo_FullName"] = row.get("location")
        values["ActionGeo_CountryCode"] = row.get("location_country")
        values["ActionGeo_Lat"] = row.get("location_lat")
        values["ActionGeo_Long"] = row.get("location_lon")
    values["SOURCEURL"] = row.get("url") or row.get("path") or ""
    return [_fmt(values[c]).replace("\t", " ").replace("\n", " ") for c in gdelt_columns()]


def write_gdelt(rows: Iterable[Mapping[str, Any]], out: TextIO, header: bool = False) -> int:
    """Write GDELT 2.0 event rows (tab-separated, no header unless asked); returns the count."""
    if header:
        out.write("\t".join(gdelt_columns()) + "\n")
    n = 0
    for row in rows:
        out.write("\t".join(gdelt_row(row)) + "\n")
        n += 1
    return n


def plover_record(row: Mapping[str, Any], table: Mapping[str, PloverCode]) -> dict[str, Any] | None:
    """One event dict as a PLOVER record, or None when the code has no PLOVER type."""
    entry = plover_of(str(row.get("code") or ""), table)
    if entry is None:
        return None

    def actor(side: str) -> list[dict[str, str]]:
        principal = str(row.get(side) or "")
        code = str(row.get(f"{side}_actor") or principal)
        sector = code[len(principal) :] if code.startswith(principal) else ""
        return [{"code": principal, "sector": sector}]

    return {
        "id": row.get("id"),
        "date": row.get("date"),
        "source": actor("source"),
        "target": actor("target"),
        "event": entry.event,
        "mode": entry.mode,
        "context": entry.context,
        "eventText": row.get("evidence"),
        "text": row.get("sentence"),
        "eventLoc": {"name": row.get("location"), "country": row.get("location_country")},
        "cameo": row.get("code"),
        "article_id": row.get("article_id"),
    }


def write_plover(
    rows: Iterable[Mapping[str, Any]], out: TextIO, mapping: str | Path | None = None
) -> int:
    """Write PLOVER records as JSON lines; ``mapping`` is a CAMEO2PLOVER table path (optional)."""
    table = load_plover_map(None)
    if mapping is not None:
        # The 2021 table has no appeal (02) codes; our root mapping fills what it lacks.
        table.update(load_plover_map(mapping))
    n = 0
    for row in rows:
        rec = plover_record(row, table)
        if rec is not None:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n
