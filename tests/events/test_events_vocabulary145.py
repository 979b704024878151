"""Vocabulary 145 (session 66, V66): consular visits are consular access.

- "Uzbekistan asked for consular visits to the men held by Senegal", "Laos requested consular
  visits to the crew held by Thailand", "Peru expects consular visits to its citizens held by
  Indonesia": visits by consuls asked, requested or expected are the access asked (020, 100),
  as "consular access" is (v.ask/request/expect_consular_access: a visit or visitation now
  counts as the access, the consular word still needed).
- "Peru will allow consular visits to the Indonesian fishermen", "granted Indonesia consular
  visits", "agreed to consular visits from Uruguay's embassy": visits let in are diplomatic
  cooperation (050, 03 when pledged), as consular staff let in are (v.allow_consular_visit
  beside v.allow_consular_staff; the visitors' from- or by-phrase names their state).

Found by the census of the open misses the form stage blocks and a count of the open gold
rows on consular access: "consular visits" in sets 72, 73, 78, 87, 88, 91, 92. Near misses: a
visit with no consular word, family visits, a negated allowance; a refusal codes 12
(v.refuse_consular_access, test_events_vocabulary150.py).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TASHKENT",
        "Uzbekistan asked for consular visits to the men held by Senegal.",
        "UZB>SEN:02",
    ),
    ("VIENTIANE", "Laos requested consular visits to the crew held by Thailand.", "LAO>THA:02"),
    ("LIMA", "Peru expects consular visits to its citizens held by Indonesia.", "PER>IDN:10"),
    ("LIMA", "Peru will allow consular visits to the Indonesian fishermen.", "PER>IDN:03"),
    ("LIMA", "Peru granted Indonesia consular visits to the fishermen.", "PER>IDN:05"),
    (
        "LIMA",
        "Peru allowed consular visits to the Indonesian fishermen on Friday.",
        "PER>IDN:05",
    ),
    ("LIMA", "Indonesian consular visits to the fishermen were allowed by Peru.", "PER>IDN:05"),
    ("LIMA", "Peru allowed Indonesian consular visits to the fishermen.", "PER>IDN:05"),
    # the visitors' embassy in a from-phrase names their state
    (
        "VALLETTA",
        "Malta agreed to consular visits from Uruguay's embassy in Rome.",
        "MLT>URY:05",
    ),
    # a refusal of consular visits (closed by v.refuse_consular_access, vocabulary150)
    ("LIMA", "Peru refused consular visits to the Indonesian fishermen.", "PER>IDN:12"),
]
NONE: list[NearMiss] = [
    ("LIMA", "Peru allowed a visit by the pope."),
    ("LIMA", "Peru did not allow consular visits to the Indonesian fishermen."),
    ("LIMA", "The consulate arranged family visits to the Indonesian fishermen."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary145_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary145_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
