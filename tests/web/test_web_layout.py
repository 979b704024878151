"""The network layout computed on the server: stable, bounded, and safe on odd graphs."""

from __future__ import annotations

from newsgraph.web.layout import network_layout, trim_graph


def _graph() -> dict:
    nodes = [
        {"id": "USA", "count": 5},
        {"id": "CHN", "count": 4},
        {"id": "RUS", "count": 2},
        {"id": "UKR", "count": 1},
    ]
    edges = [
        {"source": "USA", "target": "CHN", "count": 3, "by_quad": {}, "mean_goldstein": 1.0},
        {"source": "CHN", "target": "USA", "count": 1, "by_quad": {}, "mean_goldstein": -2.0},
        {"source": "RUS", "target": "UKR", "count": 1, "by_quad": {}, "mean_goldstein": -10.0},
        {"source": "USA", "target": "USA", "count": 1, "by_quad": {}, "mean_goldstein": 0.0},
        {"source": "USA", "target": "RUS", "count": 1, "by_quad": {}, "mean_goldstein": -4.0},
    ]
    return {"nodes": nodes, "edges": edges}


def test_web_layout_is_the_same_for_the_same_graph_in_any_order() -> None:
    first = network_layout(_graph())
    shuffled = _graph()
    shuffled["edges"].reverse()
    again = network_layout(shuffled)
    assert [(n["id"], n["x"], n["y"]) for n in first["nodes"]] == [
        (n["id"], n["x"], n["y"]) for n in again["nodes"]
    ]
    assert all(-1 <= n["x"] <= 1 and -1 <= n["y"] <= 1 for n in first["nodes"])
    assert first["edges"] == _graph()["edges"]


def test_web_layout_handles_empty_and_single_node_graphs() -> None:
    assert network_layout({"nodes": [], "edges": []})["nodes"] == []
    (only,) = network_layout({"nodes": [{"id": "NATO", "count": 1}], "edges": []})["nodes"]
    assert (only["x"], only["y"]) == (0.0, 0.0)


def test_web_trim_keeps_busiest_nodes_and_their_edges() -> None:
    trimmed = trim_graph(_graph(), 2)
    assert [n["id"] for n in trimmed["nodes"]] == ["USA", "CHN"] and trimmed["truncated"]
    assert {(e["source"], e["target"]) for e in trimmed["edges"]} == {
        ("USA", "CHN"),
        ("CHN", "USA"),
        ("USA", "USA"),
    }
