"""Context 80 (session 39, helper SIDES2): the subject of a root verb the parser read, with the
aside set off on it, as an adverbial clause before the verb.

1. "ASEAN's secretary-general, in Dili for a meeting, called the treaty ...": the hyphened
   title is read as an adjective, and the title with its place phrase as an adverbial of
   "called", which is left with no subject (source-unresolved in the SIDES2 census).
2. "France, which co-chairs the committee ..., condemned the strike": the split prefix "co-"
   breaks the relative clause; its verb, with the name as its subject, becomes an adverbial
   of the root. The opening noun of the adverbial, with a comma and the aside after it, is
   the root's subject (clauses._aside_subject); a true adverbial clause opens with its mark.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a hyphened title with its place phrase read as an adverbial
TITLES: list[Case] = [
    (
        "DILI",
        "Indonesia and East Timor signed a border treaty on Monday. ASEAN's secretary-general,"
        ' in Dili for a separate meeting, called the treaty "good news for the whole region."',
        "IDN>TLS:05 TLS>IDN:05 ASEAN>IDN:05 ASEAN>TLS:05",
    ),
    (
        "VIENNA",
        "Iran and Oman signed a nuclear safety accord on Friday. The IAEA's director-general, in"
        " Tehran for talks, praised the accord.",
        "IRN>OMN:05 OMN>IRN:05 IAEA>IRN:05 IAEA>OMN:05",
    ),
]

# 2. a relative clause broken by a split prefix
SPLIT_RELATIVES: list[Case] = [
    (
        "PARIS",
        "France, which co-chairs the committee that monitors the truce with the United States,"
        " condemned the Israeli strike.",
        "FRA>ISR:11",
    ),
]

CASES: list[Case] = TITLES + SPLIT_RELATIVES

NONE: list[NearMiss] = [
    # a company's officer acts for no state
    (
        "BAKU",
        "Exxon's director-general, in Baku for a conference, praised Azerbaijan's new gas law.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context80_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context80_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
