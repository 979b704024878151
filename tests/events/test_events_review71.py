"""Review 71 (session 30, helper PARSE): what the parser is handed.

Coded: a dateline whose place holds an apostrophe or a hyphen ("N'DJAMENA —",
"PORT-AU-PRINCE, Haiti —") ends before the body as "KABUL —" does (nlp._place_word), so
the body's first sentence is parsed on its own and the place's state is never taken for
the body's actor; a no-break, thin or narrow no-break space inside a name or between words
is parsed as a plain space (nlp._PARSE_COPY), no SPACE token splitting the name.
Near-misses: a hyphenated lower-case or glued-dash opening is no dateline.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PORT-AU-PRINCE, Haiti",
        "Kenya's police chief met Haiti's prime minister on Tuesday.",
        "KEN>HTI:04",
    ),
    ("GUINEA-BISSAU", "Senegal accused Gambia of harboring rebels.", "SEN>GMB:11"),
    ("N'DJAMENA", "Chad expelled Sudan's ambassador on Monday.", "TCD>SDN:16"),
    ("N\u2019DJAMENA", "Chad\u2019s foreign minister accused Sudan of arming rebels.", "TCD>SDN:11"),
    ("OSLO", "Foreign Minister\u00a0Ingrid Dahl criticized Russia over the arrests.", "NOR>RUS:11"),
    ("LIMA", "Peru recalled its ambassador\u202ffrom Bolivia on Friday.", "PER>BOL:16"),
    ("HANOI", "Vietnam\u2009protested China's survey in the disputed waters.", "VNM>CHN:11"),
]

NONE: list[NearMiss] = [
    ("PORT-AU-PRINCE, Haiti", "Officials said the Dominican Republic had closed the border."),
]

GAPS: list[Gap] = [
    (
        "SAO TOME, Sao Tome and Principe (AP)",
        "Gabon's president met Sao Tome and Principe's prime minister on Tuesday.",
        "GAB>STP:04",
        "a dateline past ten tokens, or with 'and' in its country, runs on into the body and "
        "its state is coded as a second meeter (STP>GAB); a line break after the dash in the "
        "parse copy mended it but moved 22 table tests and a floor",
    ),
]

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review71_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review71_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events (nothing for a near-miss)."""
    del dateline
    got = coded[body]
    assert matches(got, expected) if expected else got == [], (got, expected)
