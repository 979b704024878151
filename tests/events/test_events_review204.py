"""Review 204 (session 58, helper R58b): the helped party of a purpose clause the parser misread.

"pledged $600 million to help Sudan finish dams": the parser may fold the infinitive into the
object's noun phrase in guises other than a compound, as a verb read as the object's adjective
("Zambia finish rail lines": "finish" an amod of "lines") or as a compound whose subject is
the name ("Sudan" the subject of "finish", "finish" a compound of "dams"). The name right after
"help" is then the one helped (clauses._helped_opener, help_obj slot), as it already was when
both words came out as compounds (test_events_vocabulary28).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the helped party when the parser ran it and the infinitive into the object
HELPED: list[Case] = [
    (
        "LUSAKA",
        "Angola will send 25 engineers to help Zambia finish rail lines, its transport minister "
        "said.",
        "AGO>ZMB:03|06",
    ),
    (
        "KHARTOUM",
        "Egypt pledged $600 million to help Sudan finish dams, canals and power plants on the "
        "Nile.",
        "EGY>SDN:03|07",
    ),
]

# near misses: people of a state, the giver's own company, an office named by a state
NONE: list[NearMiss] = [
    ("LUANDA", "Angola will send 25 engineers to help Zambian farmers finish rail lines."),
    ("LUANDA", "Angola will send 25 engineers to help Angola Railways finish rail lines."),
]

GAPS: list[Gap] = []

CASES = HELPED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review204_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review204_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
