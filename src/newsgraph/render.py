"""Terminal rendering of one article with its mentions, events and quotes marked."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text


def render_article(row: dict[str, Any]) -> Group:
    """The article text with quotes (green), event triggers (bold red) and actors (cyan)."""
    text = Text(row.get("text") or "")
    for m in row.get("mentions") or []:
        if m.get("principal"):
            text.stylize("cyan", m["start"], m["end"])
    for q in row.get("quotes") or []:
        text.stylize("green", q["start"], q["end"])
    for e in row.get("events") or []:
        if e.get("trigger_start") is not None:
            text.stylize("bold red", e["trigger_start"], e["trigger_end"])
    head = Text(f"{row.get('title') or ''}\n{row.get('id')}  {row.get('date') or ''}  {row.get('dateline') or ''}\n", style="bold")
    events = Table(title="events")
    for col in ("source_actor", "code", "target_actor", "evidence", "rule"):
        events.add_column(col, overflow="fold")
    for e in row.get("events") or []:
        events.add_row(*(str(e.get(c) or "") for c in ("source_actor", "code", "target_actor", "evidence", "rule")))
    quotes = Table(title="quotes")
    for col in ("speaker", "speaker_actor", "text"):
        quotes.add_column(col, overflow="fold")
    for q in row.get("quotes") or []:
        quotes.add_row(*(str(q.get(c) or "") for c in ("speaker", "speaker_actor", "text")))
    return Group(head, text, events, quotes)
