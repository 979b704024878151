"""HTML extraction: main text with blank-line paragraphs, metadata, and a clear error."""

from __future__ import annotations

import pytest

from newsgraph.errors import CleanError
from newsgraph.ingest.html import extract_html

PAGE = """<html><head><title>Ministers agree on aid | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers agree on aid</h1>
<p>BRUSSELS — Foreign ministers agreed on Tuesday to send more aid to the region,
officials said after a long meeting at the headquarters of the alliance.</p>
<p>The <b>second</b> paragraph quotes the chair, who said "this matters a lot"
to reporters.<br>A second line of the same paragraph follows here.</p>
<p>A third paragraph gives context about the next meeting in the capital next month.</p>
</article><footer>Copyright 2024 Example Times. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_meta() -> None:
    text, meta = extract_html(PAGE, url="https://example.com/aid")
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("BRUSSELS — Foreign ministers agreed")
    assert "The second paragraph quotes the chair" in paragraphs[1]
    assert "Home" not in text and "Copyright" not in text
    assert meta == {
        "title": "Ministers agree on aid",
        "date": "2024-03-05",
        "url": "https://example.com/aid",
        "sitename": "Example Times",
    }


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html><body><div></div></body></html>",
        "<html><head><title>Index</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    ],
)
def test_html_without_main_text_raises(html: str) -> None:
    with pytest.raises(CleanError, match="NG102"):
        extract_html(html)
