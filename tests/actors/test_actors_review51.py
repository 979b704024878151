"""Review 51 (session 30, helper S32): typographic apostrophes are parsed as plain ones.

"it said Ukraine respected Kazakhstan’s sovereignty" coded nothing: the tagger and parser,
trained on plain apostrophes, read "Kazakhstan ’s" as an apposition and "respected" as an
adjective, where "Kazakhstan's sovereignty" is the verb's possessed object. The text handed
to spaCy now has its typographic apostrophes made plain (nlp.parse_copy, the same
length, so every offset holds), and the parse keeps the written text in its words,
sentences and entities. Each audit row is (dateline, body, expected events of the whole body
as "SRC>TGT:RR"); the rows are written with typographic apostrophes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    (
        "DUSHANBE",
        "In a statement, it said Tajikistan respected Kazakhstan’s sovereignty.",
        "TJK>KAZ:05",
    ),
    (
        "BELMOPAN",
        "Belize’s Foreign Ministry rejected the accusation and summoned Guatemala’s ambassador "
        "on Tuesday.",
        "BLZ>GTM:11",
    ),
    ("SANTIAGO", "Chile’s president called Argentina’s president after the storm.", "CHL>ARG:04"),
    # kept: as before
    ("HANOI", "Vietnam’s prime minister met Laos’s president in Hanoi on Monday.", "VNM>LAO:04"),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review51_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review51_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)


def test_actors_review51_plain_apostrophes_keep_length() -> None:
    """The plain copy has the written text's length, so offsets carry over."""
    from newsgraph.nlp import parse_copy

    text = "Côte d’Ivoire’s envoy said ‘no’."
    assert parse_copy(text) == "Côte d'Ivoire's envoy said ‘no'."
    assert len(parse_copy(text)) == len(text)


@pytest.mark.model
def test_actors_review51_parse_keeps_written_text() -> None:
    """Words, sentences and entities carry the apostrophes as written."""
    from newsgraph.nlp import parse_text

    text = "Kazakhstan’s president met Uzbekistan’s foreign minister."
    parse = parse_text(text)
    assert "’s" in [t.text for t in parse.tokens]
    assert "'s" not in [t.text for t in parse.tokens]
    assert parse.sentences[0].text == text
    assert all(text[t.start : t.end] == t.text for t in parse.tokens)
