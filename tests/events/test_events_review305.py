"""Review 305 (session 64, P64): "placed under arrest", "put under investigation".

"Lebanon placed a Canadian missionary under house arrest" held a foreign national as
"arrested" does, but no pattern read the verb with its under-phrase (v.put_under_arrest, 173,
as v.put_on_trial; 090 for an investigation, as v.investigate). Agentless, the state that
holds the place they were held in did it, as for "were arrested in Lima"
(held_patient_roots, now also 09: "was put under investigation in Italy"); the place may hang
on the noun of holding ("placed under arrest in Caracas", extract._hosting_place).

Near misses: under a command, pressure or protection no one is held; an agentless probe of a
state's own citizen, or with no place told; a probe of a thing, not a person.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("", "Lebanese authorities placed a Canadian citizen under house arrest on Friday.", "LBN>CAN:17"),
    ("", "Italian police put a US citizen under investigation on Tuesday.", "ITA>USA:09"),
    ("", "A US citizen was put under investigation in Italy on Monday.", "ITA>USA:09"),
    ("", "A Dutch sailor was placed under arrest in Venezuela last week.", "VEN>NLD:17"),
    ("", "A Dutch yachtsman was placed under arrest in Caracas on Sunday.", "VEN>NLD:17"),
    ("", "Three Belgian engineers were placed under house arrest in Bamako on Friday.", "MLI>BEL:17"),
]
NONE: list[NearMiss] = [
    ("", "Russia put its troops under Belarusian command on Thursday."),
    ("", "China placed Taiwan under heavy pressure on Thursday."),
    ("", "France put the Malian diplomat under police protection."),
    ("", "A German citizen was put under investigation in Germany on Monday."),
    ("", "A Swiss citizen was put under investigation last week."),
    ("", "The incident is being investigated in Germany."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review305_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review305_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
