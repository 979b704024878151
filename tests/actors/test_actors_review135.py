"""Actors review 135 (session 63, N63): "the government" an embassy abroad speaks of is the host's.

"China's embassy in Honiara said it supported the government's right to ...": a bare ruling
body (roles.yaml hosted: "the government", "the authorities") after a foreign mission or
envoy posted in another state's capital in the same sentence ("Japan's embassy in Honiara",
"the Chilean ambassador in Quito") is the host state's (Resolver._posted_host), not the
mission's own, which read the support as the embassy's state backing itself (same-state).

Near misses: the body placed in the mission's own capital ("the government in Tokyo"); a
mission not placed anywhere ("Japan's embassy said ... the government"); a mission posted in
its own capital is no foreign one.
"""

from __future__ import annotations

import pytest

from newsgraph import process
from test_actors_review134 import principals as _principals

pytestmark = pytest.mark.model


def test_review135_embassy_speaks_of_host_government() -> None:
    text = (
        "HONIARA (Reuters) - Japan's embassy in Honiara said it supported the government's "
        "decision to hold early elections."
    )
    assert _principals(text, "the government") == ["SLB"]


def test_review135_ambassador_speaks_of_host_government() -> None:
    text = (
        "QUITO (AP) - The Chilean ambassador in Quito said the government had given assurances "
        "that the traders were safe."
    )
    assert _principals(text, "the government") == ["ECU"]


def test_review135_embassy_after_a_story_sentence() -> None:
    text = (
        "SUVA (AP) - Fiji expelled a Chinese journalist on Monday. China's embassy in Suva said "
        "it regretted the government's decision."
    )
    assert _principals(text, "the government") == ["FJI"]


def test_review135_near_miss_government_in_own_capital() -> None:
    text = (
        "HONIARA (Reuters) - Japan's embassy in Honiara said the government in Tokyo would send "
        "more aid."
    )
    assert _principals(text, "the government") != ["SLB"]


def test_review135_near_miss_mission_not_placed() -> None:
    text = (
        "TOKYO (Reuters) - Japan's embassy said it supported the government's decision to hold "
        "early elections."
    )
    assert _principals(text, "the government") != ["SLB"]


def test_review135_support_codes_to_host() -> None:
    """The embassy's support is its state's for the host (05)."""
    result = process(
        "HONIARA (Reuters) - Japan's embassy in Honiara said it supported the government's "
        "decision to hold early elections.",
        date="2026-03-02",
    )
    assert [(e.source, e.target, e.root) for e in result.events] == [("JPN", "SLB", "05")]
