"""Server-side layout of the actor network, so the page only draws it.

A spring layout seeded with a constant gives the same picture for the same
graph on every request and every machine; nodes are added in sorted order
because networkx's result also depends on insertion order.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

LAYOUT_SEED = 7


def trim_graph(graph: dict[str, list[dict[str, Any]]], max_nodes: int) -> dict[str, Any]:
    """Keep the ``max_nodes`` busiest nodes and the edges between them."""
    nodes = graph["nodes"][:max_nodes]
    kept = {n["id"] for n in nodes}
    edges = [e for e in graph["edges"] if e["source"] in kept and e["target"] in kept]
    return {"nodes": nodes, "edges": edges, "truncated": len(nodes) < len(graph["nodes"])}


def network_layout(graph: dict[str, Any], seed: int = LAYOUT_SEED) -> dict[str, Any]:
    """The graph with ``x`` and ``y`` (in [-1, 1]) added to every node.

    Edges pull their ends together in proportion to the log of their event
    count, so one very busy dyad does not collapse the picture.
    """
    g = nx.Graph()
    for node in sorted(n["id"] for n in graph["nodes"]):
        g.add_node(node)
    for edge in sorted(graph["edges"], key=lambda e: (e["source"], e["target"])):
        a, b = edge["source"], edge["target"]
        if a == b:
            continue  # a self-loop adds nothing to a layout
        weight = 1.0 + math.log(edge["count"])
        if g.has_edge(a, b):
            g[a][b]["weight"] += weight
        else:
            g.add_edge(a, b, weight=weight)
    positions: dict[str, Any] = nx.spring_layout(g, seed=seed, weight="weight") if len(g) else {}
    nodes = [
        {
            **n,
            "x": round(float(positions[n["id"]][0]), 4),
            "y": round(float(positions[n["id"]][1]), 4),
        }
        for n in graph["nodes"]
    ]
    return {**graph, "nodes": nodes}
