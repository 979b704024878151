"""Vocabulary 146 (session 66, X66): the heads of states' forces as a plural role.

"Swedish and Finnish defence chiefs held talks on Tuesday" coded nothing: offices.yaml knows
the singular "defence chief" (an epithet of the defence minister) and roles.yaml "defence
officials", but no plural of the chiefs, so the demonyms named no actor. roles.yaml MIL now
lists defence, army, military, navy and armed forces chiefs.

Near misses: an IGO's defence chiefs meeting among themselves; a state's own chiefs speaking of
their own budget.

Every sentence was written for this file (X66's battery). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("STOCKHOLM", "Swedish and Finnish defence chiefs held talks on Tuesday.", "SWE>FIN:04 FIN>SWE:04"),
    (
        "STOCKHOLM",
        "Swedish and Finnish defence chiefs consulted on Tuesday over the Baltic incidents.",
        "SWE>FIN:04 FIN>SWE:04",
    ),
    ("TOKYO", "Japanese and American military chiefs discussed missile defence.", "JPN>USA:04 USA>JPN:04"),
    ("WARSAW", "Polish army chiefs warned Belarus against provocations.", "POL>BLR:13"),
]
NONE: list[NearMiss] = [
    ("BRUSSELS", "NATO defence chiefs met in Brussels on Thursday."),
    ("LONDON", "British defence chiefs said the budget was too small."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary146_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary146_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
