"""Vocabulary 70 (session 45, helper O63): leave to use one's ground or works given to another
state.

"Benin granted Ghana permission to use its port" lends ground as "allowed Ghana to use its
port" does (v.allow_use_ground): cooperation (060, v.grant_use_permission). The parser may
read the receivers as a modifier of "permission" ("granted Ghana and Togo permission"), so the
pattern reads them there too (obj_mod). Near misses: leave for anything but a use, leave given
to a firm, and leave refused (a rejection, coded as before).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PORTO-NOVO",
        "Benin granted Ghana and Togo permission to use its roads.",
        "BEN>GHA:06 BEN>TGO:06",
    ),
    ("PORTO-NOVO", "Benin gave Niger permission to use its port at Cotonou.", "BEN>NER:06"),
    (
        "NAYPYITAW",
        "Myanmar gave Thailand permission to use its deep-sea port at Kyaukphyu.",
        "MMR>THA:06",
    ),
    ("PORTO-NOVO", "Benin refused to grant Togo permission to use its port.", "BEN>TGO:12"),
]

# leave for anything but a use, or given to a firm
NONE: list[NearMiss] = [
    ("PORTO-NOVO", "Benin granted Ghana permission to hold a trade fair in Cotonou."),
    ("PORTO-NOVO", "Benin granted a Chinese company permission to use its port."),
]

GAPS: list[Gap] = []

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary70_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary70_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
