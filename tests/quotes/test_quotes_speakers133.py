"""A quotation named by the next sentence's maker of "the remarks" (session 66, helper Q66).

'“The blockade is choking our people.” Foreign Minister Bruno Perez made the remarks at a
news conference in Havana.' spoke as no one: the next sentence names its speaker by a verb
that makes the remarks, not by a cue or by "came from" / "the words of" (cues.yaml
``speaker_next``). Now a quotation that ends its sentence and is attributed nowhere else is
the next sentence's subject's when that sentence's main verb makes definite speech ("made
the remarks", "made those comments", "gave the warning": cues.yaml ``remarks_verbs`` with a
``speech_nouns`` object under "the"/"those"/"these") or is a "was speaking" of its own
("X was speaking to reporters": ``speaking_verbs``) (attribute._next_remarks_maker, under
_next_sentence). Found by Q66's gold-free battery (/tmp/s66/Q66/battery_src.py, b46).

Near misses: a visit made ("made a visit") is no speech; "made the remarks public" after a
quotation already attributed keeps its speaker; remarks made something ("made the remarks
public") are another's, published. A body that "gave the warning" speaks, as a person does.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_HAVANA = "HAVANA (AP) - Cuba accused the United States on Tuesday of blocking fuel shipments.\n"

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str | None]] = [
    (
        _HAVANA + '"The blockade is choking our people." Foreign Minister Bruno Perez made the '
        "remarks at a news conference in Havana.",
        "choking our people",
        "Bruno Perez",
    ),
    (
        _HAVANA + "“The blockade is choking our people. We will not kneel.”\n"
        "Foreign Minister Bruno Perez made the comments at a news conference in Havana.",
        "will not kneel",
        "Bruno Perez",
    ),
    (
        _HAVANA + "Foreign Minister Bruno Perez met Mexico's ambassador in the morning.\n"
        "“The blockade is choking our people.”\nPerez was speaking to reporters after the meeting.",
        "choking our people",
        "Bruno Perez",
    ),
    (
        _HAVANA + '"The blockade is choking our people."\nThe foreign ministry gave the warning '
        "in a statement.",
        "choking our people",
        "foreign ministry",
    ),
]

_NEAR: list[tuple[str, str, str | None]] = [
    (
        "HAVANA (AP) - Cuba accused the United States on Tuesday of waging \"economic war.\"\n"
        "Foreign Minister Bruno Perez made a visit to Mexico later in the day.",
        "economic war",
        "Cuba",
    ),
    (
        "HAVANA (AP) - Cuba's foreign minister said on Tuesday the blockade was \"economic war.\"\n"
        "The U.S. State Department made the remarks public in a report.",
        "economic war",
        "Cuba's foreign minister",
    ),
    (
        _HAVANA + '"The blockade is choking our people."\nThe State Department made the remarks '
        "public in a report.",
        "choking our people",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers133_next_sentence_remarks(run: Run, text: str, words: str, speaker: str | None) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
