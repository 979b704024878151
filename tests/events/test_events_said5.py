"""Said 5 (session 32, the lead, from helper SIL11's patch): a defence of one's own deed told by
a phrase of conformity, "said the fee had been set in line with the law", "said the patrol was
carried out in accordance with the rules", "in keeping with", "in compliance with".

v.say_lawful needs a clause saying the speaker's own deed kept the law; a phrase "in line /
accordance / keeping / compliance / conformity with" + a word of law is such a clause whatever
its verb (rules.yaml conformity_nouns). The needs of the pattern stay: the speaker's own deed,
affirmed, told as fact, after a complaint aimed at the speaker. "in line with expectations"
names no law; another state's deed, a negation or a modal clause defends nothing. Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CONFORMING: list[Case] = [
    (
        "BANJUL",
        "Senegal protested against Gambia's new ferry fee. Gambia's transport minister said the "
        "fee had been set in line with the law.",
        "SEN>GMB:11 GMB>SEN:12",
    ),
    (
        "VILNIUS",
        "Latvia summoned Lithuania's ambassador over a patrol on the river. Lithuania's interior "
        "ministry said the patrol was carried out in accordance with the regulations.",
        "LVA>LTU:11 LTU>LVA:12",
    ),
    (
        "ASUNCION",
        "Bolivia criticized Paraguay over the closure of the bridge. Paraguay's Foreign Ministry "
        "said the closure had been ordered in compliance with the law.",
        "BOL>PRY:11 PRY>BOL:12",
    ),
]

# near-misses: no law named, another state's deed, a denied conformity, a modal clause, no
# complaint told before
NONE: list[NearMiss] = [
    (
        "TALLINN",
        "Estonia's finance ministry said the new port fee had been set in line with the law.",
    ),
]

COMPLAINT_ONLY: list[Case] = [
    (
        "KAUNAS",
        "Latvia summoned Lithuania's ambassador over a patrol on the river. Lithuania's interior "
        "ministry said the patrol was carried out in line with expectations.",
        "LVA>LTU:11",
    ),
    (
        "KLAIPEDA",
        "Latvia summoned Lithuania's ambassador over a patrol on the river. Lithuania's interior "
        "ministry said Poland's patrol was carried out in accordance with the regulations.",
        "LVA>LTU:11",
    ),
    (
        "SERREKUNDA",
        "Senegal protested against Gambia's new ferry fee. Gambia's transport minister said the "
        "fee had not been set in line with the law.",
        "SEN>GMB:11",
    ),
    (
        "ENCARNACION",
        "Bolivia criticized Paraguay over the closure of the bridge. Paraguay's Foreign Ministry "
        "said the closure might be ordered in compliance with the law.",
        "BOL>PRY:11",
    ),
]

GAPS: list[Gap] = []

CASES = CONFORMING + COMPLAINT_ONLY


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said5_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said5_conforming(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
