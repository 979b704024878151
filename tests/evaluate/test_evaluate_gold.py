"""Gold loading: the documented shape, and clear errors for malformed lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import GoldFormatError
from newsgraph.evaluate import GoldDoc, GoldEvent, GoldQuote, load_gold

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

TEXT = (
    "Lisbon hosts talks\n"
    "Portugal hosted Spain for talks on Monday. Spain thanked Portugal, saying \"we are friends.\""
)


def _doc(**over: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "doc_id": "d1",
        "date": "2024-01-02",
        "text": TEXT,
        "events": [
            {"evidence": "Portugal hosted Spain", "source": "PRT", "target": "ESP",
             "root": ["04"], "code": "042"},
            {"evidence": "Spain thanked Portugal", "source": "esp", "target": "PRT",
             "root": ["05", "03"], "optional": True},
        ],
        "quotes": [{"speaker": "Spain", "speaker_actor": "ESP", "text": "we are friends."}],
    }
    doc.update(over)
    return doc


def _write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_gold_loads_documented_fields(tmp_path: Path) -> None:
    path = _write(tmp_path, _doc(), "", _doc(doc_id="d2", raw="Lisbon", quotes=[]))
    docs = load_gold(path)
    assert [d.doc_id for d in docs] == ["d1", "d2"]
    d = docs[0]
    assert d == GoldDoc(
        doc_id="d1",
        date="2024-01-02",
        text=TEXT,
        raw=None,
        events=(
            GoldEvent("Portugal hosted Spain", "PRT", "ESP", ("04",), "042", False),
            GoldEvent("Spain thanked Portugal", "ESP", "PRT", ("05", "03"), None, True),
        ),
        quotes=(GoldQuote("Spain", "ESP", "we are friends."),),
    )
    assert d.required_events == d.events[:1]
    assert docs[1].raw == "Lisbon" and docs[1].quotes == ()


def test_gold_accepts_str_path_and_missing_lists(tmp_path: Path) -> None:
    doc = _doc()
    del doc["events"], doc["quotes"], doc["date"]
    docs = load_gold(str(_write(tmp_path, doc)))
    assert docs[0].events == () and docs[0].quotes == () and docs[0].date is None


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (_doc(text=""), "'text' must be a non-empty string"),
        (_doc(doc_id=None), "'doc_id' must be a non-empty string"),
        (_doc(events={"a": 1}), "'events' must be a list"),
        (_doc(events=[{"evidence": "Portugal hosted France", "source": "PRT", "target": "FRA",
                       "root": ["04"]}]), "is not a substring of the text"),
        (_doc(events=[{"evidence": "Portugal hosted Spain", "source": "PRT", "target": "ESP",
                       "root": "04"}]), "'root' must be a non-empty list"),
        (_doc(events=[{"evidence": "Portugal hosted Spain", "source": "PRT", "target": "ESP",
                       "root": ["4"]}]), "not a two-digit CAMEO root"),
        (_doc(events=[{"evidence": "Portugal hosted Spain", "source": "PRT", "target": "ESP",
                       "root": ["04"], "code": "04x"}]), "not a CAMEO code"),
        (_doc(events=[{"evidence": "Portugal hosted Spain", "source": "PRT", "target": "ESP",
                       "root": ["04"], "optional": "yes"}]), "'optional' must be true or false"),
        (_doc(events=[{"evidence": "Portugal hosted Spain", "target": "ESP",
                       "root": ["04"]}]), "'source' must be a non-empty string"),
        (_doc(quotes=[{"speaker": "Spain", "text": 5}]), "'text' must be a non-empty string"),
        (_doc(quotes=[{"speaker": 3, "text": "we are friends."}]), "'speaker' must be a string"),
    ],
)
def test_gold_malformed_line_raises_with_file_and_line(
    tmp_path: Path, line: object, problem: str
) -> None:
    path = _write(tmp_path, _doc(doc_id="ok"), line)
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    message = str(info.value)
    assert f"{path}:2:" in message
    assert problem in message
    assert message.startswith("[NG401]")


def test_gold_duplicate_doc_id_raises(tmp_path: Path) -> None:
    path = _write(tmp_path, _doc(), _doc())
    with pytest.raises(GoldFormatError, match="already used on line 1"):
        load_gold(path)


def test_gold_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot read"):
        load_gold(tmp_path / "absent.jsonl")


def _shared(name: str) -> Path:
    path = SHARED / "gold" / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


def test_gold_seed_counts() -> None:
    (doc,) = load_gold(_shared("seed.jsonl"))
    assert doc.raw is not None
    assert len(doc.events) == 21
    assert len(doc.required_events) == 6
    assert len(doc.quotes) == 10
    assert all(e.evidence in doc.text for e in doc.events)


def test_gold_news_dev_counts() -> None:
    docs = load_gold(_shared("news-dev.jsonl"))
    assert len(docs) == 32
    assert sum(len(d.events) for d in docs) == 803
    assert sum(len(d.required_events) for d in docs) == 144
    assert sum(len(d.quotes) for d in docs) == 378
    assert all(e.evidence in d.text for d in docs for e in d.events)
    assert all(set(e.root) and e.source and e.target for d in docs for e in d.events)
