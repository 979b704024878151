"""Vanished quote marks after a lead-in whose first sentence holds an abbreviation.

A Big5/EUC 'ignore' decode drops “ and ”; "..., she told VOA, We ..." keeps
the lead-in that shows them lost. The stops of "U.S." or "U.N." before the
speech verb end no sentence, so the lead-in is still found. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import fix

RESTORED = (
    "When asked how the U.S. could press Moscow, Senator Ann Lee told VOA, “I think we have"
    " to show them what is at stake.”",
    "Asked about the U.N. report on Monday, the envoy told reporters, “We have read it and"
    " we disagree with it.”",
    "At a briefing in Washington, D.C. on Friday, the spokesperson said, “Our position on"
    " the talks has not changed at all.”",
)


@pytest.mark.parametrize("codec", ["big5", "euc_kr"])
@pytest.mark.parametrize("text", RESTORED)
def test_repair_vanished_lead_in_past_abbreviation(codec: str, text: str) -> None:
    damaged = text.encode("utf-8").decode(codec, "ignore")
    assert "\u201c" not in damaged
    assert fix(damaged) == text


@pytest.mark.parametrize(
    "text",
    [
        # Reported speech, a clause lead-in, a sentence end after a capital:
        # no quote marks come back.
        "The U.S. envoy said on Tuesday that the talks would resume next week in Geneva.",
        "The U.S. envoy spoke. As he said, Russia will not attend the talks next week.",
        "He backed Plan B. The minister told VOA, however, that the vote was close.",
        "After the U.N. vote, the envoy told VOA, the result was a warning to Moscow.",
    ],
)
def test_repair_vanished_lead_in_reported_speech_kept(text: str) -> None:
    assert fix(text) == text
