"""Where quote marks that vanished around speech go back: the attribution's
bounds. Sentences written for these tests (each paragraph shows a sure trace
or first-person speech, so quote marks are restored)."""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import fix

CASES = (
    # Narration after the attribution: a new sentence with a speech verb in
    # its first words is no continued speech.
    "\u201cWe will rebuild the bridge before winter,\u201d the governor told reporters."
    " She added that the budget was approved.",
    # A sentence end inside the would-be attribution: the quote runs past it.
    "\u201cThe port is closed. Our boats stay home \u2014 NO EXCEPTIONS!\u201d the harbour"
    " master said.",
    # A long attribution: speech verb, listener, place and day.
    "\u201cWe expect the convoy to arrive on time,\u201d the minister told reporters at the"
    " army headquarters in Goma on Friday.",
)


@pytest.mark.parametrize("codec", ["big5", "euc_kr"])
@pytest.mark.parametrize("text", CASES)
def test_repair_attribution_bounds_quotes_restored(codec: str, text: str) -> None:
    damaged = text.encode("utf-8").decode(codec, "ignore")
    assert "\u201c" not in damaged
    assert fix(damaged) == text


@pytest.mark.parametrize(
    "text",
    [
        # Reported speech typed in ASCII, with no trace: left alone.
        "The minister told reporters at the army headquarters in Goma on Friday that the"
        " convoy was late.",
        "The convoy arrived late, the minister told reporters at the army headquarters on Friday.",
    ],
)
def test_repair_attribution_bounds_reported_speech_unchanged(text: str) -> None:
    assert fix(text) == text
