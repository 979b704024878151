"""Review 330 (session 65, T65): a refusal of the very act asked, told past quotes and
background.

"Finland's minister ... demanded a public apology from the Hungarian government. [two quotes,
the remarks' history] Hungary's government declined to apologize": a refusal naming no one
answers only the one who asked it (reactions._asked_of_reactor), and looked no further back
than _BYSTANDER_WINDOW sentences. An ask for the very act the refusal's infinitive names, by
the same verb ("asked Bolivia to extradite ... refused to extradite") or by the ask's object
noun of that act ("a public apology ... declined to apologize": reactions._asked_refused), is
now found up to _CONTEXT_WINDOW back. Near misses: an ask for another act that far back
(compensation, then "declined to apologize"), a third state's refusal of its own act.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the ask's noun names the refused act
    (
        "SANTIAGO",
        "Chile's foreign minister said the remarks were insulting and demanded a public apology "
        'from Peru\'s government. "We have disagreed before," she told reporters. "But this is '
        'different." The remarks were made at a rally in Lima on Sunday. The speaker had called '
        "Chile a thief. Peru's government declined to apologize.",
        "CHL>PER:10 CHL>PER:11 PER>CHL:12",
    ),
    # ... or its infinitive the same verb
    (
        "SANTIAGO",
        "Chile asked Bolivia on Monday to extradite two suspects in a bank robbery. \"They must "
        'face justice here," the minister said. "We will not forget this." The men fled across '
        "the border in May. Police said they had crossed at night. Bolivia refused to extradite "
        "the men.",
        "CHL>BOL:02 BOL>CHL:12",
    ),
    # ... not an ask for another act that far back
    (
        "SANTIAGO",
        "Chile's foreign minister said the remarks were insulting and demanded compensation from "
        'Peru for the damage. "We have disagreed before," she told reporters. "But this is '
        'different." The remarks were made at a rally in Lima on Sunday. The speaker had called '
        "Chile a thief. Peru's government declined to apologize.",
        "CHL>PER:10 CHL>PER:11",
    ),
    # ... nor a third state's refusal of an act of its own
    (
        "SANTIAGO",
        'Chile demanded a public apology from Peru on Monday. "We have disagreed before," the '
        'minister told reporters. "But this is different." The remarks were made at a rally in '
        "Lima on Sunday. The speaker had called Chile a thief. Argentina declined to apologize "
        "for its own remarks.",
        "CHL>PER:10",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review330_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review330_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
