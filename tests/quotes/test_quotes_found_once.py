"""The quotations of an article are found once per analysis (session 35).

The events stage asks for the quotations when a sentence holds a word of friendship
(events/affirmed.py: a state's speaker affirming friendship in quoted words); the quotes stage
then reuses them (newsgraph.quotes._LAST) instead of attributing every quotation again. Another
article, or the same text parsed again, is attributed anew. Every text was written for this file.
"""

from __future__ import annotations

import pytest

import newsgraph.quotes as quotes_module
from newsgraph.model import RawDocument, Result
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

_FRIENDLY = (
    'World news\n\nLIMA (AP) — Peru thanked Chile on Monday. "Chile is a trusted friend," the '
    'Peruvian minister said. "We will talk again," he said.\n'
)
_PLAIN = 'World news\n\nQUITO (AP) — Ecuador protested. "This is wrong," the minister said.\n'


def _analyse(texts: list[str]) -> list[Result]:
    from newsgraph.pipeline import analyse, prepare

    settings = Settings()
    docs = [
        prepare(RawDocument(f"<{i}>", t, (("date", "2025-03-14"),)), settings)
        for i, t in enumerate(texts)
    ]
    out = analyse(docs, settings)
    assert all(isinstance(r, Result) for r in out), out
    return out  # type: ignore[return-value]


def test_quotes_found_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    attribute = quotes_module.attribute

    def counted(article, parse, mentions, spans):  # type: ignore[no-untyped-def]
        calls.append(article.text[:30])
        return attribute(article, parse, mentions, spans)

    monkeypatch.setattr(quotes_module, "attribute", counted)
    friendly, plain, again = _analyse([_FRIENDLY, _PLAIN, _FRIENDLY])
    # one attribution per article, though the events stage asked for the first one's too
    assert len(calls) == 3
    assert [q.speaker for q in friendly.quotes] == ["Peruvian minister", "Peruvian minister"]
    assert ("PER", "CHL", "051") in {(e.source, e.target, e.code) for e in friendly.events}
    assert [q.speaker for q in plain.quotes] == ["minister"]
    assert again.quotes == friendly.quotes
