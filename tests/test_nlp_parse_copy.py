"""The parser reads a copy of the text (nlp.parse_copy), the same length; everything
later stages read keeps the text as written.

The copy makes typographic apostrophes and odd spaces (no-break, thin, narrow no-break,
figure) plain; typographic double quotes and dashes stay (measured: no gain, a precision
loss). A dateline place with an apostrophe or hyphen ends before the body (nlp._place_word).
The sentences are ours.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp import parse_copy, parse_text

pytestmark = pytest.mark.model

WRITTEN = (
    "Border row\n\nPORT-AU-PRINCE, Haiti \u2014 Foreign Minister\u00a0Ingrid Dahl of Norway "
    "said Haiti\u2019s ports were \u201cclosed\u202fto all\u201d and left\u2009for Oslo."
)


def test_copy_keeps_length_and_only_maps_the_listed_marks() -> None:
    copy = parse_copy(WRITTEN)
    assert len(copy) == len(WRITTEN)
    assert "\u00a0" not in copy and "\u202f" not in copy and "\u2009" not in copy
    assert "\u2019" not in copy
    assert "\u201c" in copy and "\u2014" in copy  # quotes and dashes stay as written


def test_words_sentences_entities_keep_the_written_text() -> None:
    parse = parse_text(WRITTEN)
    for t in parse.tokens:
        assert t.text == WRITTEN[t.start : t.end]
    for s in parse.sentences:
        assert s.text == WRITTEN[s.start : s.end]
    for e in parse.entities:
        assert e.text == WRITTEN[e.start : e.end]
    assert any(t.text == "\u2019s" and t.dep == "case" for t in parse.tokens)  # a possessive
    assert any(t.text == "\u201c" for t in parse.tokens)


def test_no_space_token_inside_a_name() -> None:
    parse = parse_text(WRITTEN)
    assert not any(t.pos == "SPACE" and t.text == "\u00a0" for t in parse.tokens)
    assert any(e.text == "Ingrid Dahl" and e.label == "PERSON" for e in parse.entities)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("N'DJAMENA \u2014 Chad's foreign minister accused Sudan of arming rebels.", "N'DJAMENA \u2014"),
        ("N\u2019DJAMENA \u2014 Chad accused Sudan of arming rebels.", "N\u2019DJAMENA \u2014"),
        ("PORT-AU-PRINCE, Haiti \u2014 Kenya's police chief met Haiti's premier.", "PORT-AU-PRINCE, Haiti \u2014"),
    ],
)
def test_dateline_place_with_apostrophe_or_hyphen_ends_before_the_body(text: str, dateline: str) -> None:
    sentences = [s.text.strip() for s in parse_text(text).sentences]
    assert sentences[0] == dateline


def test_glued_dash_in_a_lower_case_opening_is_no_dateline() -> None:
    sentences = [s.text.strip() for s in parse_text("Co-operation \u2014 Kenya and Uganda met.").sentences]
    assert sentences[0] != "Co-operation \u2014"


def test_quotes_read_the_written_marks() -> None:
    from newsgraph.pipeline import process

    result = process(
        "Talks\n\nOSLO \u2014 Norway\u2019s foreign minister said the ports were \u201cclosed to all\u201d "
        "on Monday."
    )
    assert any("closed to all" in q.text for q in result.quotes)


def test_validate_parses_the_same_copy(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """validate-petrarch hands spaCy the copy parse_texts does, and keeps the written text."""
    import newsgraph.nlp as nlp_module
    from newsgraph.events.validate import validate

    seen: list[tuple[str, str | None]] = []
    real = nlp_module.to_parse

    def spy(doc, text=None):  # type: ignore[no-untyped-def]
        seen.append((doc.text, text))
        return real(doc, text)

    monkeypatch.setattr(nlp_module, "to_parse", spy)
    (tmp_path / "verbs.txt").write_text("--- CRITICIZE  [111]  ---\nCRITICIZE\n", "utf-8")
    (tmp_path / "actors.txt").write_text("VALORIA [VAL]\nMERIDIA [MER]\n", "utf-8")
    (tmp_path / "agents.txt").write_text("PRESIDENT {PRESIDENTS} [~GOV]\n", "utf-8")
    (tmp_path / "records.xml").write_text(
        "<?xml version='1.0' encoding='utf-8'?>\n<Validation>\n<Environment>\n"
        "<Verbfile>verbs.txt</Verbfile>\n<Actorfile>actors.txt</Actorfile>\n"
        "<Agentfile>agents.txt</Agentfile>\n<Include>VERB</Include>\n</Environment>\n<Sentences>\n"
        '<Sentence category="VERB" date="20200101" id="V-1" evaluate="true">\n'
        '<EventCoding eventcode="111" sourcecode="VAL" targetcode="MER" />\n'
        "<Text>Valoria\u2019s president criticized Meridia.</Text>\n</Sentence>\n"
        "</Sentences>\n</Validation>\n",
        "utf-8",
    )
    validate(tmp_path / "records.xml")
    assert seen and seen[0][1] == "Valoria\u2019s president criticized Meridia."
    assert seen[0][0] == "Valoria's president criticized Meridia."
