"""Review 477 (session 69, helper IN69): a supply kept flowing to a state (061; 0311 when
promised).

Census (open sets, batteries 104/105, news-dev): among the 124 missed root-03 events, future
material help told by "keep" ("pledged to keep Qatari gas flowing to Syria through Jordan",
"would keep the crossing open for humanitarian cargo", "would keep prices for its neighbour at
last year's level") is three rows, and nothing coded them. v.keep_flowing reads the first
form: "keep" with an energy or water object and the infinitive-like "flowing" whose to-phrase
names the state supplied; as v.supply_energy's sale it is economic cooperation (061), an
intent (0311) when promised, said or planned. Refusals, urgings and one's own refineries
give nothing. Conditioned offers are coded (hypotheticals are optional in the guidelines).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

KEPT: list[Case] = [
    ("DOHA", "Qatar pledged to keep gas flowing to Syria for another winter.", "QAT>SYR:03"),
    ("BUDAPEST", "Hungary will keep electricity flowing to Serbia until the new plant opens.", "HUN>SRB:03"),
    ("DOHA", "Qatar said it would keep gas flowing to Lebanon through the Arab pipeline.", "QAT>LBN:03"),
]

NONE: list[NearMiss] = [
    ("DOHA", "Qatar refused on Monday to keep gas flowing to the Syrian grid."),
    ("TEHRAN", "Iran kept oil flowing to its own refineries during the strike."),
    ("BAKU", "Azerbaijan will keep oil flowing through the pipeline this year."),
    # a purchase kept up is no supply kept flowing (the fuel is no object of "keep")
    ("BELGRADE", "Serbia agreed to keep buying Russian gas through the TurkStream pipeline."),
]

OTHER: list[Case] = [
    (
        "ANKARA",
        "Turkey urged Azerbaijan to keep gas flowing to Georgia despite the dispute.",
        "TUR>AZE:02",
    ),
]

GAPS: list[Gap] = [
    (
        "BUCHAREST",
        "Romania kept electricity flowing to Moldova during the crisis.",
        "ROU>MDA:06",
        "the parser hangs 'flowing' on the object (acl), where the pattern's infinitive slot is not",
    ),
    (
        "CAIRO",
        "Egypt would keep the Rafah crossing open for Sudanese trucks carrying aid.",
        "EGY>SDN:03",
        "a crossing kept open (object predicate) for a state's trucks: no pattern reads it",
    ),
]

CASES: list[Case] = KEPT + OTHER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review477_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review477_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
