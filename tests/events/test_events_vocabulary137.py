"""Vocabulary 137 (session 65, X65): nationals set free; money transferred (a gap, kept).

- "Moscow set free a U.S. journalist": v.set_free took only names and groups; a national told
  by a title is v.set_national_free's (0841), as v.release_national is v.release's.
- "Riyadh transferred $500 million to Yemen" (gap): v.give_money lists "transfer" among its
  verbs and among its unless_words (a player's transfer), and unless_words read the trigger's
  own lemma, so no transfer of money codes. Freeing it (unless word "fee") coded set 51's loan
  repaid by transfer to a Chinese state bank as aid (071) and chained a pledge to China: dropped.

Found by X65's probe battery of invented wire sentences, not by any gold set. Near misses: a
club's fee; prisoners transferred to a camp; a deadline set; people freed from a gang.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("MOSCOW", "Moscow set free a U.S. journalist in a prisoner swap.", "RUS>USA:08"),
    ("TEHRAN", "Iran set free two French tourists after a year.", "IRN>FRA:08"),
]
NONE: list[NearMiss] = [
    ("MADRID", "Real Madrid handed Chelsea 100 million euros as a transfer fee."),
    ("KYIV", "Russia transferred 30 Ukrainian prisoners to a camp in Rostov."),
    ("MOSCOW", "Russia set a deadline for the talks."),
    ("LAGOS", "Police set free two engineers held by a gang."),
]
_REPAID = "v.give_money's own unless word 'transfer' blocks it; freed, loans repaid code as aid"
GAPS: list[Gap] = [
    ("RIYADH", "Riyadh transferred $500 million to Yemen on Monday.", "SAU>YEM:07", _REPAID),
    ("DOHA", "Qatar transferred $1 billion to Sudan's central bank.", "QAT>SDN:07", _REPAID),
    (
        "BANGKOK",
        "Thailand set two Cambodian fishermen free.",
        "THA>KHM:08",
        "the parser reads 'free' as a clause of its own on the fishermen",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary137_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary137_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
