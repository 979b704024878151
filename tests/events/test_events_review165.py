"""Review 165 (session 49, O72): a refusal of a request, or an appeal for a release, joined
after an act of its source toward one state, when no act the context tells is answered.

"Norway pledged $3 million to the UN agency but turned down a request to send police
officers": the request is the partner's whom the pledge went to; "Peru's foreign minister
called his Chilean counterpart and asked for the release of the fishermen": the release is
asked of the one called (reactions._joined_reaction_partner, rules joined_reaction_roots,
joined_reaction_after_roots, joined_reaction_nouns). Only a request, appeal, offer or
invitation refused, or a release or return asked: "signed a deal with Togo and rejected the
criticism" names no criticism of Togo's.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "OSLO",
        "Norway pledged $3 million to the United Nations refugee agency on Monday but turned "
        "down a request to send police officers.",
        "NOR>UN:03 NOR>UN:12",
    ),
    (
        "LIMA",
        "Peru's foreign minister called his Chilean counterpart on Sunday and asked for the "
        "release of the fishermen.",
        "PER>CHL:04 PER>CHL:02|10",
    ),
    (
        "ACCRA",
        "Ghana's president met Togo's foreign minister and asked for the return of the herders.",
        "GHA>TGO:04 GHA>TGO:02|10",
    ),
    # a request whose maker is named is refused to that maker
    (
        "ACCRA",
        "Ghana thanked Togo for its help but rejected the request from Benin.",
        "GHA>TGO:05 GHA>BEN:12 BEN>GHA:02",
    ),
    # no request: the joined refusal is aimed at no one
    ("ACCRA", "Ghana signed a trade deal with Togo and rejected the criticism.", "GHA>TGO:05"),
]

NEAR_MISSES: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review165_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review165_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
