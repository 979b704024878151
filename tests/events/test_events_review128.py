"""Review 128 (session 44, P2): regret that restates an apology told before.

"South Korea's foreign minister apologized to Vietnam for a lawmaker's remarks ... Cho Hyun
met Vietnam's ambassador and expressed regret over the comments": the regret is the apology
told again, yet the object's context ("the comments", which Hanoi had called insulting) gave
a disapproval (111) of Vietnam. A disapproval told by a feeling of apology_feelings
(rules.yaml) from a state that apologized (055) to the same target earlier in the story is
now dropped (extract._restated_apology); the apology itself stays.
Near misses: regret over an act the target is named to own ("regretted Hanoi's decision"),
regret with no apology told before.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TOKYO",
        "Japan's foreign minister apologized to Mongolia on Monday for remarks by a governor that"
        " Ulaanbaatar called offensive. He later expressed regret over the comments to Mongolia's"
        " ambassador.",
        "JPN>MNG:05",
    ),
    (
        "ROME",
        "Italy apologized to Slovenia on Friday for a map in a school textbook that Ljubljana had"
        " called insulting. Rome expressed regret over the map, the ministry said.",
        "ITA>SVN:05",
    ),
    (
        "TOKYO",
        "Japan apologized to Mongolia on Monday for the remarks. Tokyo later regretted Ulaanbaatar's"
        " decision to cancel the visit.",
        "JPN>MNG:05 JPN>MNG:11",
    ),
    (
        "TOKYO",
        "Japan praised Mongolia on Monday. Tokyo later regretted Ulaanbaatar's decision to cancel"
        " the visit.",
        "JPN>MNG:05 JPN>MNG:11",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review128_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review128_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
