"""Cleaning: headline, dateline and trailer rules on articles we wrote, then on shared data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import CleanError
from newsgraph.ingest.clean import clean_text, find_dateline

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

BODY = (
    "The two leaders agreed to hold talks on trade next month, officials said.\n\n"
    "“We are ready to work together,” the minister told reporters after the meeting.\n\n"
    "The talks follow months of tension over tariffs and export rules."
)


def test_clean_headline_stays_and_sets_body_start() -> None:
    text = "Leaders agree to resume trade talks\n\n" + BODY
    cleaned = clean_text(text)
    assert cleaned.title == "Leaders agree to resume trade talks"
    assert cleaned.text == text
    assert cleaned.text[cleaned.body_start :].startswith("The two leaders agreed")


def test_clean_question_headline() -> None:
    cleaned = clean_text("Can the ceasefire hold after the latest strikes?\n\n" + BODY)
    assert cleaned.title == "Can the ceasefire hold after the latest strikes?"


def test_clean_headline_ending_in_abbreviation() -> None:
    cleaned = clean_text("Allies pledge new aid to the U.S.\n\n" + BODY)
    assert cleaned.title == "Allies pledge new aid to the U.S."


@pytest.mark.parametrize(
    "first",
    [
        "The minister said the talks were productive and would continue.",  # a sentence
        "By Jane Doe",  # a byline
        "SEOUL — The minister arrived on Monday",  # a dateline paragraph
        " ".join(["word"] * 30),  # too long
    ],
)
def test_clean_first_line_that_is_not_a_headline(first: str) -> None:
    cleaned = clean_text(first + "\n\n" + BODY)
    assert cleaned.title is None
    # A byline is skipped to the body; any other first line is the body.
    expected = BODY if first.startswith("By ") else cleaned.text
    assert cleaned.text[cleaned.body_start :] == expected


def test_clean_no_headline_without_blank_line() -> None:
    cleaned = clean_text("Leaders agree to resume trade talks\n" + BODY)
    assert cleaned.title is None and cleaned.body_start == 0


@pytest.mark.parametrize(
    ("headline", "dateline", "place"),
    [
        ("Chile recalls envoy over border remarks", "SANTIAGO, Chile (AP) — ", "SANTIAGO, Chile"),
        ("Ports reopen; talks set for May", "MANILA (Reuters) - ", "MANILA"),
        ("Allies pledge aid to the U.S.", "LIMA — ", "LIMA"),
    ],
)
def test_clean_headline_right_above_a_dateline(headline: str, dateline: str, place: str) -> None:
    """Scrapers drop the blank line; a dateline can only open the body, so the line above is the title."""
    text = f"{headline}\n{dateline}{BODY}"
    cleaned = clean_text(text)
    assert cleaned.title == headline
    assert cleaned.dateline == place
    assert cleaned.text[cleaned.body_start :].startswith(dateline)


@pytest.mark.parametrize(
    "first",
    [
        "The minister said the talks were productive and would continue.",  # a sentence
        "By Jane Doe",  # a byline
        " ".join(["word"] * 30),  # too long
    ],
)
def test_clean_no_headline_above_a_dateline_when_not_a_headline(first: str) -> None:
    cleaned = clean_text(f"{first}\nSEOUL — {BODY}")
    assert cleaned.title is None


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("SEOUL — ", "SEOUL"),
        ("WASHINGTON (Reuters) - ", "WASHINGTON"),
        ("KYIV, Ukraine (AP) — ", "KYIV, Ukraine"),
        ("State Department — ", "State Department"),
        ("washington — ", "washington"),
        ("White House — ", "White House"),
        ("Taipei, Taiwan — ", "Taipei, Taiwan"),
        ("Johannesburg — ", "Johannesburg"),
        ("LONDON, Jan 5 (Reuters) - ", "LONDON"),
        ("BEIJING, March 3, 2024 (Xinhua) -- ", "BEIJING"),
        ("Rio de Janeiro, Brazil – ", "Rio de Janeiro, Brazil"),
        ("WASHINGTON, D.C. — ", "WASHINGTON, D.C."),
        ("THE HAGUE, Netherlands - ", "THE HAGUE, Netherlands"),
        ("THE HAGUE (Reuters) - ", "THE HAGUE"),
    ],
)
def test_clean_dateline_styles(opening: str, place: str) -> None:
    text = "Talks resume\n\n" + opening + BODY
    cleaned = clean_text(text)
    assert cleaned.dateline == place
    assert cleaned.text == text  # the dateline stays in the text
    assert cleaned.title == "Talks resume"


@pytest.mark.parametrize(
    "opening",
    [
        "U.S. President Joe Biden — who arrived late — said the talks would go on.",
        "The first migrants — described as dangerous — arrived on Tuesday.",
        "Kirby: We want a process led by Syrians.",
        "Jean-Claude Juncker said the talks would go on.",
        "Officials said the talks would go on - but only after the vote.",
        "The minister — who arrived late — said the talks would go on.",
        "THE MINISTER — who arrived late — said the talks would go on.",
        "THE LATEST — Talks would go on, officials said.",
        "THE BIG PICTURE - Talks would go on, officials said.",
    ],
)
def test_clean_no_false_dateline(opening: str) -> None:
    assert find_dateline(opening) is None
    assert clean_text(opening + "\n" + BODY).dateline is None


@pytest.mark.parametrize(
    "trailer",
    [
        "RELATED STORIES\nMinister visits Seoul to deepen ties\nAllies approve new mission",
        "Related:\nTalks stall over tariffs",
        "Read more\nWhy the summit matters",
        "Related Articles\nA look back at the crisis\nWho are the negotiators?",
        "More from Asia\nElections loom in the region",
        "Share this article",
        "Subscribe to our daily briefing",
        "Follow us on Twitter and Facebook",
        "Sign up for our newsletter",
        "Related Articles\nTalks stall\n\nShare this article\nFollow us on Facebook",
    ],
)
def test_clean_trailer_styles_are_cut(trailer: str) -> None:
    text = "Talks resume\n\nSEOUL — " + BODY
    cleaned = clean_text(text + "\n\n" + trailer + "\n")
    assert cleaned.text == text
    assert cleaned.trailer.startswith(trailer.split("\n")[0])


def test_clean_related_stories_mid_text_stays() -> None:
    text = (
        "Talks resume\n\n"
        "The ministry said its website lists related stories about the talks.\n\n"
        "Related stories\n\n"  # a subheading followed by a real paragraph
        "The ministers met for three hours on Monday and agreed to meet again next month, "
        "officials said, adding that several issues remain unresolved after the talks.\n\n"
        "Read more about the ministry's plan on its website, where it posted the full text "
        "of the statement that the two sides agreed to issue after the meeting ended."
    )
    cleaned = clean_text(text)
    assert cleaned.text == text and cleaned.trailer == ""


def test_clean_credit_line_is_kept() -> None:
    text = "Talks resume\n\n" + BODY + "\n\nJane Doe contributed to this report."
    assert clean_text(text).text == text


def test_clean_normalises_line_ends_and_trailing_spaces_only() -> None:
    text = "\r\n\r\nTalks resume  \r\n\r\n“Quote,” he said.\t\r\nSecond ‘line’ …  \r\n\r\n"
    cleaned = clean_text(text)
    assert cleaned.text == "Talks resume\n\n“Quote,” he said.\nSecond ‘line’ …"


def test_clean_empty_text_raises() -> None:
    with pytest.raises(CleanError):
        clean_text(" \n\r\n\t")


def _gold(name: str) -> list[dict]:
    path = SHARED / "gold" / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_clean_seed_gold_text_dateline_and_trailer() -> None:
    (seed,) = _gold("seed.jsonl")
    cleaned = clean_text(seed["text"])
    assert cleaned.title is None and cleaned.body_start == 0
    assert cleaned.dateline == "SEOUL"
    assert "RELATED STORIES" not in cleaned.text
    assert seed["text"].startswith(cleaned.text)


def test_clean_seed_raw_trailer_is_cut() -> None:
    path = SHARED / "corpus" / "seed" / "stoltenberg-seoul.raw.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    raw = path.read_text("utf-8")
    cleaned = clean_text(raw)
    assert "RELATED STORIES" not in cleaned.text
    assert cleaned.trailer.startswith("RELATED STORIES")
    assert raw.startswith(cleaned.text)


def test_clean_news_sample_titles_and_text() -> None:
    files = sorted((SHARED / "corpus" / "news-sample").glob("*.txt"))
    if not files:
        pytest.skip("news-sample is absent")
    with_dateline = 0
    for path in files:
        text = path.read_text("utf-8")
        cleaned = clean_text(text)
        assert cleaned.title == text.split("\n", 1)[0], path.name
        assert cleaned.text == text.rstrip("\n"), path.name  # nothing cut
        assert cleaned.body_start == len(cleaned.title) + 2, path.name
        if cleaned.dateline is not None:
            with_dateline += 1
            assert text[cleaned.body_start :].startswith(cleaned.dateline), path.name
    assert with_dateline >= len(files) * 2 // 3


def test_clean_byline_and_date_lines_are_skipped_to_the_body() -> None:
    text = "Talks resume\n\nBy Jane Doe\nJanuary 30, 2023\n\nKYIV, Ukraine (AP) — " + BODY
    cleaned = clean_text(text)
    assert cleaned.title == "Talks resume" and cleaned.dateline == "KYIV, Ukraine"
    assert cleaned.text[cleaned.body_start :].startswith("KYIV, Ukraine (AP) —")


def test_clean_sentence_starting_with_by_is_body() -> None:
    text = "Talks resume\n\nBy the end of the week, the talks had stalled.\n\n" + BODY
    cleaned = clean_text(text)
    assert cleaned.text[cleaned.body_start :].startswith("By the end of the week")
