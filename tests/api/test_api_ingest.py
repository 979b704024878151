"""POST /api/ingest: who may write, what bodies are accepted, and the store lock it holds."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import (
    MAX_INGEST_BYTES,
    create_app,
    serve_address_allowed,
    serve_allowed_hosts,
)
from newsgraph.settings import Settings

LOCAL = ("127.0.0.1", 50000)
REMOTE = ("203.0.113.9", 50000)

# Sentences we wrote for these tests.
TEXT = (
    "Talks in Geneva\n\nGENEVA — Swiss officials hosted talks between Armenia and Azerbaijan "
    'on Friday. "We made real progress," Armenian Foreign Minister Ararat Mirzoyan said after '
    "the meeting. Azerbaijan accused Armenia of delaying the border treaty."
)


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    return tmp_path / "fresh.duckdb"


@pytest.fixture
def local_client(fresh_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=str(fresh_db))), client=LOCAL) as c:
        yield c


def test_api_ingest_refuses_remote_clients_without_token(fresh_db: Path) -> None:
    with TestClient(create_app(Settings(db=str(fresh_db))), client=REMOTE) as c:
        response = c.post("/api/ingest", content=TEXT)
    assert response.status_code == 403
    assert "--token" in response.json()["error"]["message"]


def test_api_ingest_needs_the_token_when_one_is_set(fresh_db: Path) -> None:
    app = create_app(Settings(db=str(fresh_db)), token="s3cret")
    with TestClient(app, client=REMOTE) as c:
        assert c.post("/api/ingest", content=TEXT).status_code == 401
        wrong = c.post("/api/ingest", content=TEXT, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "unauthorized"
        empty = c.post("/api/ingest", content=b"  ", headers={"Authorization": "Bearer s3cret"})
        assert empty.status_code == 400  # past the token check, stopped by the empty body


def test_api_ingest_refuses_cross_site_posts(local_client: TestClient) -> None:
    response = local_client.post(
        "/api/ingest", content=TEXT, headers={"Origin": "http://evil.example"}
    )
    assert response.status_code == 403


def test_api_ingest_rejects_large_bad_and_empty_bodies(local_client: TestClient) -> None:
    big = local_client.post("/api/ingest", content=b"a" * (MAX_INGEST_BYTES + 1))
    assert big.status_code == 413 and big.json()["error"]["code"] == "payload_too_large"
    assert local_client.post("/api/ingest", content=b"").status_code == 400
    png = local_client.post(
        "/api/ingest", content=b"\x89PNG", headers={"Content-Type": "image/png"}
    )
    assert png.status_code == 415
    jsonl = local_client.post(
        "/api/ingest",
        content=b'{"text": "a"}\nnot json\n',
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert jsonl.status_code == 400 and "line 2" in jsonl.json()["error"]["message"]
    bad_date = local_client.post("/api/ingest", params={"date": "2024-02-31"}, content=TEXT)
    assert bad_date.status_code == 400 and "date" in bad_date.json()["error"]["message"]


def test_api_serve_address_needs_token_off_loopback() -> None:
    assert serve_address_allowed("127.0.0.1", None)
    assert serve_address_allowed("::1", None)
    assert not serve_address_allowed("0.0.0.0", None)
    assert serve_address_allowed("0.0.0.0", "tok")


def test_api_running_server_makes_cli_ingest_stop_with_store_locked(
    fresh_db: Path, tmp_path: Path
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    app = create_app(Settings(db=str(fresh_db)))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "newsgraph.cli", "ingest", str(doc), "--db", str(fresh_db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        app.state.store_owner.close()
    assert done.returncode == 1, done.stderr
    assert "NG301" in done.stderr and "one writer" in done.stderr


@pytest.mark.model
def test_api_ingest_text_then_jsonl_stores_and_dedupes(local_client: TestClient) -> None:
    first = local_client.post(
        "/api/ingest",
        params={"date": "2024-05-03", "source": "tests"},
        content=TEXT,
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert first.status_code == 201, first.text
    (article_id,) = first.json()["ids"]
    again = local_client.post("/api/ingest", content=TEXT)
    assert again.status_code == 200 and again.json()["duplicates"] == [article_id]
    stored = local_client.get(f"/api/articles/{article_id}").json()
    assert stored["date"] == "2024-05-03" and stored["source"] == "tests"
    assert "Mirzoyan" in stored["text"]

    lines = [
        {
            "id": "a1",
            "title": "One",
            "date": "2024-05-04",
            "text": "Japan and India signed a trade pact on Saturday.",
        },
        {
            "id": "a2",
            "html": "<html><body><article><p>Brazil condemned the coup in Niger on Sunday, "
            "the foreign ministry said.</p></article></body></html>",
        },
    ]
    body = "\n".join(json.dumps(line) for line in lines).encode()
    batch = local_client.post(
        "/api/ingest", content=body, headers={"Content-Type": "application/x-ndjson"}
    )
    assert batch.status_code in (200, 201), batch.text
    outcome = batch.json()
    assert len(outcome["ids"]) + len(outcome["failures"]) == 2
    assert local_client.get("/api/summary").json()["articles"] == 1 + len(outcome["ids"])


def test_api_loopback_server_refuses_other_host_names(handmade_db: Path) -> None:
    hosts = serve_allowed_hosts("127.0.0.1")
    assert hosts is not None and serve_allowed_hosts("0.0.0.0") is None
    app = create_app(Settings(db=str(handmade_db)), allowed_hosts=hosts)
    with TestClient(app, base_url="http://127.0.0.1:8000", client=LOCAL) as c:
        assert c.get("/api/summary").status_code == 200
        assert c.get("/api/summary", headers={"Host": "[::1]:8000"}).status_code == 200
        assert c.get("/api/summary", headers={"Host": "localhost"}).status_code == 200
        rebound = c.get("/", headers={"Host": "attacker.example:8000"})
    assert rebound.status_code == 400
    assert rebound.json()["error"]["code"] == "invalid_host"
