"""HTML pages to article text with trafilatura: main text plus title, date, url, site."""

from __future__ import annotations

import logging
from typing import Any

import trafilatura

from newsgraph.errors import CleanError
from newsgraph.ingest.dates import normalize_date

log = logging.getLogger(__name__)

# trafilatura's XML-like body: block elements become paragraphs.
_BLOCKS = ("p", "head", "quote", "list", "table", "code")


def _block_text(element: Any) -> str:
    """The text of one block; list items and table rows on their own lines."""
    if element.tag == "list":
        return "\n".join(
            " ".join("".join(item.itertext()).split()) for item in element.iter("item")
        )
    if element.tag == "table":
        rows = (
            " | ".join(" ".join("".join(c.itertext()).split()) for c in row.iter("cell"))
            for row in element.iter("row")
        )
        return "\n".join(r for r in rows if r.strip(" |"))
    lines = []
    for line in _text_with_breaks(element).split("\n"):
        lines.append(" ".join(line.split()))
    return "\n".join(line for line in lines if line)


def _text_with_breaks(element: Any) -> str:
    """itertext, with <lb/> as a newline."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


def extract_html(html: str, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    """The main text of an HTML page and what the page says about itself.

    Args:
        html: the page (decoded).
        url: where it came from, if known (helps metadata extraction).

    Returns:
        (text, meta): text has one paragraph per block, separated by blank
        lines, without the headline (it is ``meta["title"]``); meta has
        title, date (ISO YYYY-MM-DD), url and sitename, each None if unknown.

    Raises:
        CleanError: when the page has no main text.
    """
    if not html.strip():
        raise CleanError("the HTML page is empty; check the input file or WARC record")
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False
    )
    # bare_extraction returns a Document unless asked for a dict (as_dict=True).
    if document is None or isinstance(document, dict) or document.body is None:
        raise CleanError(
            "trafilatura found no main text in the HTML page (a navigation, index or "
            "empty page?); give the article page or its text instead"
        )
    title = " ".join(document.title.split()) if document.title else None
    paragraphs: list[str] = []
    for element in document.body:
        if element.tag not in _BLOCKS:
            continue
        text = _block_text(element)
        if not text:
            continue
        if not paragraphs and element.tag == "head" and title and text == title:
            continue  # the headline is already the title
        paragraphs.append(text)
    if not paragraphs:
        raise CleanError("the HTML page has a title but no article paragraphs")
    meta: dict[str, str | None] = {
        "title": title,
        "date": normalize_date(document.date) if document.date else None,
        "url": document.url or url,
        "sitename": document.sitename or None,
    }
    log.debug("extracted %d paragraphs from %s", len(paragraphs), meta["url"] or "an HTML page")
    return "\n\n".join(paragraphs), meta
