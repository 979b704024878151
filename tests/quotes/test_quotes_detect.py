"""Quote-span detection on passages written for these tests (no model needed)."""

from __future__ import annotations

from newsgraph.quotes.detect import find_spans


def _texts(text: str, body_start: int = 0) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, body_start)]


def test_detect_curly_and_straight_marks() -> None:
    text = 'The mayor said “we will rebuild,” and the governor said "not this year."'
    assert _texts(text) == ["we will rebuild,", "not this year."]


def test_detect_mixed_straight_open_curly_close() -> None:
    text = 'The envoy said he "can find a deal that works.” Talks resume Monday.'
    assert _texts(text) == ["can find a deal that works."]


def test_detect_guillemets_low_marks_and_corner_brackets() -> None:
    text = "Le ministre a parlé d’une «\u00a0crise grave\u00a0». Er sagte „nein“. 彼は「はい」と言った。"
    assert _texts(text) == ["crise grave", "nein", "はい"]


def test_detect_single_marks_and_apostrophes() -> None:
    text = (
        "It’s the students’ view that the ’90s were calmer, the dean’s aide said, "
        "calling the plan ‘a bold step’ that Russia’s envoys don’t like."
    )
    assert _texts(text) == ["a bold step"]


def test_detect_possessive_after_s_closes_open_single_quote() -> None:
    text = "She called it ‘the Smiths’ and then left."
    assert _texts(text) == ["the Smiths"]


def test_detect_nested_quote_is_part_of_outer() -> None:
    text = "The agency called it a “step toward a ‘new arms race’ in the region.”"
    assert _texts(text) == ["step toward a ‘new arms race’ in the region."]


def test_detect_quote_spanning_sentences() -> None:
    text = "“We are ready. We have always been ready,” the coach said."
    assert _texts(text) == ["We are ready. We have always been ready,"]


def test_detect_multi_paragraph_quote_gives_one_entry_per_paragraph() -> None:
    text = (
        "The senator said: “The bill is a start. It is not the end.\n\n"
        "“We will keep working until it passes,” she added.\n"
    )
    spans = find_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The bill is a start. It is not the end.",
        "We will keep working until it passes,",
    ]
    assert spans[0].close_at is None and spans[1].continued


def test_detect_unclosed_quote_ends_at_paragraph_end() -> None:
    text = "The minister said “the talks failed because of them.\n\nNo date was set."
    assert _texts(text) == ["the talks failed because of them."]


def test_detect_headline_quotes_skipped() -> None:
    text = "Mayor vows ‘no more delays’\n\nThe mayor said “no more delays” on Friday."
    assert _texts(text, body_start=text.index("The mayor")) == ["no more delays"]


def test_detect_quoted_subheading_skipped() -> None:
    text = "“It works,” he said.\n\n‘A new start’\n\nThe second part begins here."
    assert _texts(text) == ["It works,"]


def test_detect_terms_and_titles_skipped() -> None:
    text = (
        "The rules cover so-called “smart meters” and were discussed on CBS’s "
        "“Face the Nation” and in the “Daily Planet” newspaper, where he called them “unfair.”"
    )
    assert _texts(text) == ["unfair."]


def test_detect_doubled_single_marks_close_double_quote() -> None:
    text = "He said, “There is no solution.’’\n\nThe next paragraph."
    assert _texts(text) == ["There is no solution."]


def test_detect_repeated_opener_closes_the_unclosed_one() -> None:
    text = "“We tried, he said. “We will try again.”"
    assert _texts(text) == ["We tried, he said.", "We will try again."]


def test_detect_plural_possessive_inside_single_quote() -> None:
    text = "‘The farmers’ anger is justified,’ the minister said."
    assert _texts(text) == ["The farmers’ anger is justified,"]


def test_detect_titles_after_a_work_noun_are_skipped() -> None:
    text = (
        "In his book, “The Long Game,” he argued it. The film “Silent Border” won. "
        "The daily “Hurriyet” reported that the plan was “dead.”"
    )
    assert _texts(text) == ["dead."]


def test_detect_nickname_inside_a_name_is_skipped() -> None:
    text = "Joaquin “El Chapo” Guzman was moved. He called it “Plan B” in a speech."
    assert _texts(text) == ["Plan B"]
