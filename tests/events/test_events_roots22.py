"""Roots 22 (session 23, builder OL): open gaps of the lead's list, each a general form.

A sanction, a break or an exit from a body (16) that a state says it would take if or unless
something happens is held over the other side, a threat (13x: modality._conditional_threat),
not told as done; the same act said without a condition stays the announced measure (16), a
friendly act on a condition stays intent, and another's forecast keeps what it coded.
Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CONDITIONS: list[Case] = [
    (
        "BUDAPEST",
        "Hungary said it would leave the OSCE if the plan went ahead.",
        "HUN>OSCE:13",
    ),
    (
        "KYIV",
        "Ukraine said it would ban Polish imports if Warsaw did not lift its embargo.",
        "UKR>POL:13",
    ),
    (
        "NAIROBI",
        "Kenya said on Friday that it would expel Somali diplomats if Mogadishu kept "
        "interfering.",
        "KEN>SOM:13",
    ),
    ("LIMA", "Peru said it would cut ties with Bolivia unless the trial was halted.", "PER>BOL:13"),
    (
        "STOCKHOLM",
        "Sweden said it would impose sanctions on Belarus if the jailed activists were not "
        "freed.",
        "SWE>BLR:13",
    ),
    (
        "TOKYO",
        "Japan said it would suspend aid to Myanmar if the junta executed the prisoners.",
        "JPN>MMR:13",
    ),
    (
        "BRASILIA",
        "Brazil announced that it would recall its ambassador from Caracas if the election "
        "result stood.",
        "BRA>VEN:13",
    ),
    # kept: no condition, an announced measure
    ("BUDAPEST", "Hungary said it would leave the OSCE.", "HUN>OSCE:16"),
    ("RIGA", "Latvia said it would expel three Russian diplomats.", "LVA>RUS:16"),
    # kept: a friendly act on a condition is intent, no threat
    (
        "BELGRADE",
        "Serbia said it would recognize Kosovo if the EU offered membership.",
        "SRB>XKX:03",
    ),
]

NONE: list[NearMiss] = [
    # a coercion or a closure on a condition stays uncoded (test_events_context14)
    ("CAIRO", "Egypt said it would close the border with Sudan if Khartoum did not act."),
]
GAPS: list[Gap] = []
CASES = CONDITIONS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots22_codes(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
