"""Shared runner of the audit-style event tests: (dateline, body) cases through the pipeline.

Each case becomes a short article (a headline, then "DATELINE — body"), all coded in one
batch; a case's events are those of its body sentences, written "SRC>TGT:RR".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pytest

from newsgraph.model import RawDocument, Result
from newsgraph.settings import Settings

Case = tuple[str, str, str]  # dateline, body, expected events
NearMiss = tuple[str, str]  # dateline, body that must code nothing
Gap = tuple[str, str, str, str]  # dateline, body, expected events, why it fails today

HEADLINE = "World news in brief"


def slug(body: str) -> str:
    """A short test id from the body's first words."""
    return "-".join(body.split()[:6]).strip(".,")


def body_events(result: Result, body: str) -> list[str]:
    """The events of the body sentence(s), as "SRC>TGT:RR"."""
    start = result.article.text.index(body[:30])
    first = max(s.index for s in result.sentences if s.start <= start)
    return [f"{e.source}>{e.target}:{e.root}" for e in result.events if e.sentence_index >= first]


def code_bodies(rows: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """Every (dateline, body) case through the whole pipeline at once (one nlp.pipe batch)."""
    from newsgraph.pipeline import analyse, prepare

    settings = Settings()
    articles = [
        prepare(
            RawDocument(f"<case {i}>", f"{HEADLINE}\n\n{d} — {b}\n", (("date", "2025-03-14"),)),
            settings,
        )
        for i, (d, b) in enumerate(rows)
    ]
    out: dict[str, list[str]] = {}
    for (_, body), result in zip(rows, analyse(articles, settings)):
        assert isinstance(result, Result), result
        out[body] = body_events(result, body)
    return out


def code_actor_codes(rows: Sequence[tuple[str, str]], settings: Settings) -> dict[str, list[str]]:
    """Every (dateline, body) through the pipeline under ``settings``, events of the body as
    full actor codes with roles ("SDNGOV>SDNREB:19"): what the domestic mode's tests tell
    apart. An empty dateline gives a body with none."""
    from newsgraph.pipeline import analyse, prepare

    articles = [
        prepare(
            RawDocument(
                f"<case {i}>",
                f"{HEADLINE}\n\n{d + ' — ' if d else ''}{b}\n",
                (("date", "2025-03-14"),),
            ),
            settings,
        )
        for i, (d, b) in enumerate(rows)
    ]
    out: dict[str, list[str]] = {}
    for (_, body), result in zip(rows, analyse(articles, settings)):
        assert isinstance(result, Result), result
        out[body] = [
            f"{e.source_actor.code}>{e.target_actor.code}:{e.root}"
            for e in result.events
            if e.sentence_index >= 1
        ]
    return out


def all_rows(
    cases: Sequence[Case], none: Sequence[NearMiss], gaps: Sequence[Gap]
) -> list[tuple[str, str]]:
    """The (dateline, body) of every row of a table, in order."""
    return [(d, b) for d, b, _ in cases] + list(none) + [(d, b) for d, b, _, _ in gaps]


def code_both_modes(rows: Sequence[tuple[str, str]]) -> dict[bool, dict[str, list[str]]]:
    """``code_actor_codes`` of every row with the domestic mode off (False) and on (True)."""
    return {mode: code_actor_codes(rows, Settings(domestic=mode)) for mode in (False, True)}


def matches(got: list[str], expected: str) -> bool:
    """Whether the coded events are exactly the expected ones (any listed root per event)."""
    wanted = [e.split(":") for e in expected.split()]
    if len(got) != len(wanted):
        return False
    left = Counter(got)
    for pair, roots in wanted:
        hit = next((f"{pair}:{r}" for r in roots.split("|") if left[f"{pair}:{r}"] > 0), None)
        if hit is None:
            return False
        left[hit] -= 1
    return True


def audit_params(
    cases: Sequence[Case], none: Sequence[NearMiss], gaps: Sequence[Gap], strict: bool = False
) -> list[object]:
    """Every row as one parameter: near-misses expect nothing, gaps are expected failures
    (``strict``: a gap that passes fails the run, so a fixed gap is moved to the cases)."""
    rows: list[object] = [pytest.param(d, b, e, id=slug(b)) for d, b, e in cases]
    rows += [pytest.param(d, b, "", id="none-" + slug(b)) for d, b in none]
    rows += [
        pytest.param(
            d, b, e, marks=pytest.mark.xfail(reason=why, strict=strict), id="gap-" + slug(b)
        )
        for d, b, e, why in gaps
    ]
    return rows


def audit_bodies(cases: Sequence[Case], none: Sequence[NearMiss], gaps: Sequence[Gap]) -> list[str]:
    """Every row's body, in order (a table's bodies must be unique)."""
    return [c[1] for c in cases] + [c[1] for c in none] + [c[1] for c in gaps]


def code_audit(
    cases: Sequence[Case], none: Sequence[NearMiss], gaps: Sequence[Gap]
) -> dict[str, list[str]]:
    """Every row of an audit table through the whole pipeline at once."""
    return code_bodies([(d, b) for d, b, _ in cases] + list(none) + [(d, b) for d, b, _, _ in gaps])
