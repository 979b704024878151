"""Hostile and malformed filters: a 4xx with the one error shape, or an empty result; never 5xx."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

HOSTILE = (
    "' OR 1=1 --",
    "KOR'; DROP TABLE events; --",
    "\x00",
    "KOR\x00",
    "%00",
    "a" * 5000,
    "9" * 400,
    "-1",
    "１２",
    "\ud800",
    "<script>alert(1)</script>",
    "2024-13-45",
    "2024-02-30",
    "0000-00-00",
    "NaN",
    "1e309",
    "",
    " ",
)

ENDPOINTS = {
    "/api/events": (
        "actor",
        "source",
        "target",
        "root",
        "code",
        "since",
        "until",
        "quad_class",
        "limit",
        "offset",
        "article_id",
    ),
    "/api/quotes": ("speaker", "actor", "article_id", "limit", "offset"),
    "/api/articles": ("limit", "offset"),
    "/api/actors": ("limit", "offset"),
    "/api/failures": ("limit", "offset"),
    "/api/graph": ("actor", "root", "quad_class", "since", "until", "max_nodes"),
    "/api/timeline": ("by", "actor", "since", "until"),
}


def _check(response: object) -> None:
    status = response.status_code  # type: ignore[attr-defined]
    assert status < 500, response.text  # type: ignore[attr-defined]
    if status >= 400:
        error = response.json()["error"]  # type: ignore[attr-defined]
        assert set(error) == {"code", "message"} and error["message"]


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_api_hostile_filters_never_give_5xx(client: TestClient, endpoint: str) -> None:
    for name in ENDPOINTS[endpoint]:
        for value in HOSTILE:
            raw = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
            _check(client.get(endpoint, params={name: raw}))


def test_api_sql_injection_gets_400_with_message(client: TestClient) -> None:
    response = client.get("/api/events", params={"actor": "' OR 1=1 --"})
    assert response.status_code == 400
    assert "actor" in response.json()["error"]["message"]
    assert client.get("/api/summary").json()["events"] == 7


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"limit": -1}, "limit"),
        ({"limit": 10**12}, "limit"),
        ({"offset": 10**30}, "offset"),
        ({"since": "2024-02-30"}, "since"),
        ({"since": "2024-03-07", "until": "2024-03-01"}, "since"),
        ({"quad_class": 5}, "quad_class"),
        ({"root": "21"}, "root"),
        ({"code": "abc"}, "code"),
    ],
)
def test_api_bad_values_name_the_parameter(client: TestClient, params: dict, word: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 400
    assert word in response.json()["error"]["message"]


def test_api_hostile_article_ids_never_give_5xx(client: TestClient) -> None:
    for value in ("' OR 1=1 --", "%00", "..%2f..%2fetc%2fpasswd", "a" * 300, "%FF%FE", "x%0Ay"):
        _check(client.get(f"/api/articles/{value}"))


def test_api_timeline_rejects_unknown_split(client: TestClient) -> None:
    response = client.get("/api/timeline", params={"by": "goldstein; --"})
    assert response.status_code == 400
    assert "quad_class" in response.json()["error"]["message"]


def test_api_unknown_method_has_error_shape(client: TestClient) -> None:
    response = client.delete("/api/events")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
