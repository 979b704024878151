"""The read endpoints against a hand-made store: shapes, filters, paging, the error shape."""

from __future__ import annotations

import importlib.util

from fastapi.testclient import TestClient


def test_api_summary_counts_tables(client: TestClient) -> None:
    body = client.get("/api/summary").json()
    assert (body["articles"], body["events"], body["quotes"]) == (3, 7, 3)
    assert body["first_date"] == "2024-03-04"


def test_api_articles_list_pages_without_text(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    assert "text" not in first["items"][0]
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert len(rest["items"]) == 1 and rest["next_offset"] is None
    ids = {a["id"] for a in first["items"] + rest["items"]}
    assert len(ids) == 3


def test_api_article_gives_text_with_offsets(client: TestClient) -> None:
    listed = client.get("/api/articles").json()["items"]
    nato = next(a for a in listed if a["title"].startswith("NATO"))
    body = client.get(f"/api/articles/{nato['id']}").json()
    text = body["text"]
    assert [e["code"] for e in body["events"]] == ["112", "125"]
    for e in body["events"]:
        assert text[e["trigger_start"] : e["trigger_end"]] in e["evidence"]
        assert e["rule"].startswith("handmade.")
    quote = body["quotes"][0]
    assert text[quote["start"] : quote["end"]] == quote["text"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in body["mentions"])


def test_api_article_unknown_is_404_error_shape(client: TestClient) -> None:
    response = client.get("/api/articles/0000000000000000")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_api_events_filters_match_cli_filters(client: TestClient) -> None:
    def codes(**params: object) -> list[str]:
        response = client.get("/api/events", params=params)
        assert response.status_code == 200, response.text
        return sorted(e["code"] for e in response.json()["items"])

    assert codes(actor="USA") == ["1041", "111"]
    assert codes(source="RUS") == ["125"]
    assert codes(target="NATO") == ["125"]
    assert codes(root="11") == ["111", "112"]
    assert codes(code="10") == ["1041"]
    assert codes(quad_class=4) == ["190"]
    assert codes(since="2024-03-05", until="2024-03-05") == ["1041", "111", "190"]
    assert codes(actor="usagov") == ["1041", "111"]
    assert codes(actor="CHN") == []


def test_api_events_paging_walks_every_row(client: TestClient) -> None:
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get("/api/events", params={"limit": 3, "offset": offset}).json()
        seen += [e["id"] for e in page["items"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == 7


def test_api_quotes_filter_by_speaker_and_actor(client: TestClient) -> None:
    by_name = client.get("/api/quotes", params={"speaker": "berg"}).json()["items"]
    assert [q["speaker"] for q in by_name] == ["Anna Berg"]
    by_actor = client.get("/api/quotes", params={"actor": "KOR"}).json()["items"]
    assert [q["speaker"] for q in by_actor] == ["Kim Min-su"]


def test_api_actors_lists_codes_with_counts(client: TestClient) -> None:
    items = client.get("/api/actors").json()["items"]
    kor = next(a for a in items if a["code"] == "KORGOV")
    assert kor["principal"] == "KOR" and kor["mentions"] >= 2


def test_api_graph_has_counts_quads_and_stable_layout(client: TestClient) -> None:
    first = client.get("/api/graph").json()
    again = client.get("/api/graph").json()
    assert first == again
    edge = next(e for e in first["edges"] if (e["source"], e["target"]) == ("USA", "PRK"))
    assert edge["count"] == 2 and edge["by_quad"]["3"] == 2 and edge["mean_goldstein"] == -2.0
    nodes = {n["id"]: n for n in first["nodes"]}
    assert nodes["USA"]["count"] == 2
    assert all(-1.0 <= n["x"] <= 1.0 and -1.0 <= n["y"] <= 1.0 for n in first["nodes"])
    window = client.get("/api/graph", params={"since": "2024-03-07"}).json()
    assert {n["id"] for n in window["nodes"]} == {"NATO", "RUS"}
    top = client.get("/api/graph", params={"max_nodes": 2}).json()
    assert len(top["nodes"]) == 2 and top["truncated"] is True


def test_api_timeline_counts_per_day(client: TestClient) -> None:
    rows = client.get("/api/timeline").json()["rows"]
    assert {"date": "2024-03-05", "key": "3", "count": 2} in rows
    by_root = client.get("/api/timeline", params={"by": "root", "actor": "NATO"}).json()["rows"]
    assert sorted(r["key"] for r in by_root) == ["11", "12"]


def test_api_page_and_vendor_script_are_served_locally(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "/vendor/plotly.min.js" in page.text and "http" not in page.text.split("<body>")[0]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200
    plotly = client.get("/vendor/plotly.min.js")
    assert plotly.status_code == 200 and len(plotly.content) > 1_000_000


def test_api_docs_and_openapi_use_one_error_shape(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    if importlib.util.find_spec("swagger_ui") is not None:
        assert "/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text
    spec = client.get("/openapi.json").json()
    events = spec["paths"]["/api/events"]["get"]
    assert "422" not in events["responses"]
    assert events["responses"]["400"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "ErrorBody"
    )


def test_api_sends_no_cors_headers(client: TestClient) -> None:
    response = client.get("/api/events", headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options(
        "/api/ingest",
        headers={"Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in preflight.headers
