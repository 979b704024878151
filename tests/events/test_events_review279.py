"""Review 279 (session 63, H63): "would draw conclusions if ...", the stock threat under a
condition.

'warned that Moscow would "draw conclusions" if Russian channels were taken off the air': the
stock threat of a state acted on (v.draw_conclusions, 13) was barred under any if-clause, as a
bare "would respond if the closure lasted" is (v.vow_response: a plan on a condition). Decision
2 of tests/gold/README.md "Conventions decided (session 63)" codes an act announced under a
condition on the other state as a threat (13); "draw conclusions" names no act but a threat, so
under a condition it stays one: aimed at the condition's state ("if Kosovo joined ...") or, when
the condition names none, at whoever last acted on the speaker.

Near misses: a forecast in others' words with "could"; conclusions drawn from an inquiry or a
report, even when the condition names a state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.draw_conclusions under an if- or unless-clause: the condition's state, else the last actor
CASES: list[Case] = [
    (
        "BAKU",
        "Armenia closed a border crossing on Friday. A spokesman said Baku would draw "
        "conclusions if the crossing stayed shut.",
        "AZE>ARM:13",
    ),
    (
        "BELGRADE",
        "Serbia's president said Belgrade would draw conclusions if Kosovo joined the Council of "
        "Europe.",
        "SRB>XKX:13",
    ),
    (
        "TIRANA",
        "Greece froze the accounts of an Albanian bank. Albania's prime minister said Tirana "
        "would draw the appropriate conclusions if the freeze was not lifted.",
        "GRC>ALB:16 ALB>GRC:13",
    ),
    (
        "HANOI",
        "Cambodia seized a Vietnamese cargo ship on Tuesday. Vietnam's foreign ministry said "
        "Hanoi would draw all the consequences unless the ship was released.",
        "KHM>VNM:17 VNM>KHM:13",
    ),
    # ... not a forecast by others, nor lessons drawn from an inquiry
    (
        "TBILISI",
        "Georgia expelled two Russian journalists on Monday. Analysts said Moscow could draw "
        "conclusions if Tbilisi expelled more.",
        "GEO>RUS:16",
    ),
    (
        "MINSK",
        "Poland closed a border crossing with Belarus on Monday. Belarus said it would draw "
        "conclusions from the inquiry into the closure if it found faults.",
        "POL>BLR:16",
    ),
]
# ... nor conclusions drawn from a report, whoever the condition names
NONE: list[NearMiss] = [
    ("STOCKHOLM", "Sweden said it would draw conclusions from the report if Finland published it."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review279_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review279_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
