"""GDELT and PLOVER exports of event rows (no model)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsgraph.events.exports import gdelt_columns, load_plover_map, write_gdelt, write_plover

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
ROW = {
    "id": "a1b2c3d4e5f60718",
    "article_id": "art",
    "path": "x.txt",
    "sentence": "S.",
    "sentence_index": 0,
    "source": "NATO",
    "source_actor": "NATO",
    "target": "KOR",
    "target_actor": "KORGOV",
    "code": "0232",
    "root": "02",
    "quad_class": 1,
    "goldstein": 3.4,
    "date": "2023-01-30",
    "location": "Seoul",
    "location_country": "KOR",
    "location_lat": 37.566,
    "location_lon": 126.978,
    "evidence": "urged South Korea",
    "rule": "v.urge",
    "confidence": 0.9,
}


def test_exports_gdelt_columns_match_header_file() -> None:
    path = SHARED / "peers/gdelt2HeaderRows/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"
    if not path.exists():
        pytest.skip("GDELT header file not available")
    names = [line.split(",", 1)[0] for line in path.read_text("utf-8").splitlines()[1:] if line]
    assert list(gdelt_columns()) == names


def test_exports_gdelt_row_has_61_fields() -> None:
    out = io.StringIO()
    assert write_gdelt([ROW], out) == 1
    fields = out.getvalue().rstrip("\n").split("\t")
    assert len(fields) == 61
    row = dict(zip(gdelt_columns(), fields))
    assert row["SQLDATE"] == "20230130" and row["EventRootCode"] == "02"
    assert row["Actor1KnownGroupCode"] == "NATO" and row["Actor2CountryCode"] == "KOR"
    assert row["Actor2Type1Code"] == "GOV" and row["ActionGeo_FullName"] == "Seoul"
    assert row["Actor1Geo_Lat"] == ""


def test_exports_plover_own_mapping() -> None:
    out = io.StringIO()
    write_plover([ROW, {**ROW, "code": "190", "root": "19"}], out)
    recs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["event"] for r in recs] == ["REQUEST", "ASSAULT"]
    assert recs[0]["target"] == [{"code": "KOR", "sector": "GOV"}]


def test_exports_plover_peer_table() -> None:
    path = SHARED / "peers/PLOVER/CAMEO2PLOVER-2021.txt"
    if not path.exists():
        pytest.skip("CAMEO2PLOVER table not available")
    table = load_plover_map(path)
    assert table["0332"].event == "AGREE" and table["0332"].context == "military"
    out = io.StringIO()
    write_plover([{**ROW, "code": "173", "root": "17"}], out, path)
    assert json.loads(out.getvalue())["mode"] == "arrest"
