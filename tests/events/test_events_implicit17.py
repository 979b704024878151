"""Reactions whose target is not named in their sentence (session 17, builder IT4).

LOOSE: a reaction to "the <noun>" reaches the act an earlier verb tells when the noun names
that verb's act by another word (act_derivations): a warship's "transit" or "passage" by its
sailing, a "veto" by the block it is. A sailing that is only intended or a stance ("will
continue to sail") tells no transit. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR"); every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

LOOSE: list[Case] = [
    (
        "BEIJING",
        "A Canadian frigate sailed through the Taiwan Strait on Wednesday. "
        "The United States welcomed the transit.",
        "USA>CAN:05",
    ),
    (
        "MANILA",
        "A British destroyer sailed through the South China Sea on Friday. "
        "The Philippine foreign ministry praised the transit.",
        "PHL>GBR:05",
    ),
    (
        "TOKYO",
        "A Canadian frigate and an Australian destroyer sailed together through the Taiwan "
        "Strait on Wednesday. China's navy said it had tracked the two ships. Japan welcomed "
        "the passage.",
        "JPN>CAN:05 JPN>AUS:05",
    ),
    # a gap of context28 until "transit sail": three sentences between, one of another noun
    (
        "BEIJING",
        "A British destroyer sailed through the Taiwan Strait on Saturday, the Royal Navy "
        "said. Chinese state media said the navy had tracked the ship. The crossing took "
        "eleven hours. The United States welcomed the transit.",
        "USA>GBR:05",
    ),
    (
        "BRUSSELS",
        "Hungary on Tuesday blocked a proposed European Union arms embargo on Rwanda. "
        "Budapest said it wanted more evidence. Rwanda's foreign ministry welcomed the veto.",
        "HUN>EU:12 RWA>HUN:05",
    ),
]

NONE: list[NearMiss] = [
    # no state sailed: fishermen are no actor
    (
        "PARIS",
        "French fishermen sailed to the Channel Islands on Monday in protest. "
        "Britain criticized the voyage.",
    ),
    # a standing intention tells no transit done
    (
        "CANBERRA",
        "Australia will continue to sail wherever international law allows, the defense "
        "minister said. Japan welcomed the transit.",
    ),
    (
        "OTTAWA",
        "Canada said its frigate would sail through the Taiwan Strait next month. "
        "China condemned the passage.",
    ),
]

GAPS: list[Gap] = []

CASES = LOOSE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_implicit17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_implicit17_codes_each_form(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
