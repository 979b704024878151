"""Context 103 (session 46, P8): a reaction to an act told before, when a later act of
another state stands between.

- A reaction whose noun names the act by its own verb ("Russia condemned the expulsion",
  "Seoul condemned the seizure") answers the latest act of that word aimed at the reactor,
  before the latest act of any kind it answers (reactions._named_act_aimed): "Estonia
  expelled two Russian diplomats. Finland closed a crossing. Russia condemned the expulsion"
  is aimed at Estonia, not Finland.
- A judgement naming no one ("called the decision illegal", "denounced the move") joined
  before a charge of the same source against a state whose act against the source was told
  before ("... and accused Estonia of hostility", "... and summoned Estonia's envoy") is
  aimed at that state, as one joined before an appeal is (rules accused_after_roots,
  reactions._appeal_partner); a charge of complicity against a state that did nothing to the
  source leaves the judgement to the act's doer.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_TOLD = "Estonia expelled two Russian diplomats on Monday. Finland closed a border crossing with Russia on Tuesday."

CASES: list[Case] = [
    # the noun names the act by its verb
    ("TALLINN", f"{_TOLD} Russia condemned the expulsion.", "EST>RUS:16 FIN>RUS:16 RUS>EST:11"),
    ("TALLINN", f"{_TOLD} Russia called the closure illegal.", "EST>RUS:16 FIN>RUS:16 RUS>FIN:11"),
    ("SEOUL",
     "Japan seized a South Korean coast guard vessel on Friday. China detained two South Korean "
     "diplomats on Saturday. Seoul condemned the seizure.",
     "JPN>KOR:17 CHN>KOR:17 KOR>JPN:11"),
    ("ACCRA",
     "Togo expelled Ghana's ambassador on Monday. Nigeria suspended flights to Ghana on Tuesday. "
     "Ghana called the expulsion unjustified.",
     "TGO>GHA:16 NGA>GHA:16 GHA>TGO:11"),
    # a judgement joined before a charge against the state that acted
    ("TALLINN", f"{_TOLD} Russia called the decision illegal and accused Estonia of hostility.",
     "EST>RUS:16 FIN>RUS:16 RUS>EST:11"),
    # the judgement and the summons are two acts of the source (as "summoned ... and accused")
    ("TALLINN", f"{_TOLD} The Russian foreign ministry denounced the move and summoned Estonia's envoy.",
     "EST>RUS:16 FIN>RUS:16 RUS>EST:11 RUS>EST:11"),
    # the latest act, when nothing names another
    ("TALLINN", f"{_TOLD} Russia condemned the decision.", "EST>RUS:16 FIN>RUS:16 RUS>FIN:11"),
    # a charge against a bystander keeps the act's doer
    ("TEHRAN", "Israel struck an Iranian air base on Monday. Iran condemned the strike and accused "
     "Canada of complicity.", "ISR>IRN:19 IRN>ISR:11 IRN>CAN:11"),
]

NEAR_MISSES: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context103_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context103_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events."""
    assert matches(coded[body], expected), (body, coded[body], expected)
