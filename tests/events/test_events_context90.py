"""Context 90 (session 44, prober P1): "the charges" answered after an arrest that named
none.

A state that detains another's citizen lays charges, told or not: "Belarus detained a Polish
citizen on suspicion of spying ... Warsaw said the charges were fabricated" rejects or
criticises the detaining state, as it would had the first sentence said "on spying charges"
(rules act_derivations "charge arrest", "charge detain": the reaction's "told" noun finds the
arrest). Near misses: the detainee's own denial (no state), and charges that name their
author.

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BAKU",
        "Azerbaijan detained an Armenian truck driver on suspicion of smuggling weapons on"
        " Monday. Armenia's foreign ministry said the charges were fabricated.",
        "AZE>ARM:17 ARM>AZE:11",
    ),
    (
        "CARACAS",
        "Venezuelan police arrested two Guyanese surveyors near the river last week. Guyana said"
        " the charges were baseless.",
        "VEN>GUY:17 GUY>VEN:11",
    ),
    (
        "ASHGABAT",
        "Turkmenistan detained an Uzbek engineer at the airport. Uzbekistan rejected the charges"
        " against him on Thursday.",
        "TKM>UZB:17 UZB>TKM:12",
    ),
    (
        "HAVANA",
        "Cuba arrested a Dominican sailor in Havana's port. The Dominican Republic called the"
        " charges absurd.",
        "CUB>DOM:17 DOM>CUB:11",
    ),
    # the second sentence adds nothing: no state answers
    (
        "DUSHANBE",
        "Tajikistan detained a Kyrgyz trader near the border. The trader denied the charges.",
        "TJK>KGZ:17",
    ),
    (
        "BISHKEK",
        "Kyrgyzstan arrested a Kazakh pilot on Sunday. The pilot's lawyer called the charges"
        " absurd.",
        "KGZ>KAZ:17",
    ),
]

NONE: list[NearMiss] = [
    (
        "MINSK",
        "Belarus's foreign minister said the charges against the opposition were fabricated.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context90_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context90_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
