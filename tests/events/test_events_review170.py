"""Review 170 (session 51, T72): a text drafted is no party helped.

"The United States, which helped draft an accord signed by the two countries": the help's
infinitive object is a text (drafting_verbs, an act word), and the text's signers are the
parties it binds, not whom the drafter aided (070). As an object of the infinitive
(clauses xcomp_args) or of the clause's fallback (sides._clause_targets) such a text now
names no target (context._drafted_text); a between- or with-phrase still names the sides of a
go-between ("helped broker the truce between ...": 045), and the one helped to draft stays
("helped Ghana draft its mining code": 070). Found when memoranda and frameworks became act
nouns (session 49) and "helped draft an earlier framework signed by the two countries" began
to code aid to both signers.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "JUBA",
        "Sudan and South Sudan resumed talks in Juba on Monday. Norway, which helped draft an "
        "earlier accord signed by the two countries in Oslo, called on Khartoum to reopen the "
        "border.",
        "SDN>SSD:04 SSD>SDN:04 SDN>SSD:05 SSD>SDN:05 NOR>SDN:02",
    ),
    (
        "YAOUNDE",
        "Cameroon and Chad held talks on Tuesday. Canada, which helped draft a framework signed "
        "by both governments, urged Chad to withdraw its troops.",
        "CMR>TCD:04 TCD>CMR:04 CMR>TCD:05 TCD>CMR:05 CAN>TCD:02",
    ),
    # the one helped, and the sides of a go-between, are still named
    ("LONDON", "Britain helped Ghana draft its new mining code.", "GBR>GHA:07"),
    (
        "ANKARA",
        "Qatar helped broker the truce between Armenia and Azerbaijan.",
        "QAT>ARM:04 QAT>AZE:04",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("OSLO", "Norway helped draft the accord last year."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review170_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review170_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
