"""Reactions 41 (session 35, helper WELC): the parties of a deal told by one side's
undertaking, and a welcome's joined saying clause.

1. "Japan agreed to give Mongolia five more years to repay" tells a deal of both: the state
   the undertaking's infinitive names as indirect object, object or object's possessor
   (reactions._undertaken_for) is the deal's party beside the undertaker, as a with-phrase's
   partner is ("agreed with Nigeria to reopen"). People of a state ("to free 12 Ugandan
   fishermen", test_events_reactions40) are no party. The reactor is never its own target.
2. "Bolivia welcomed the agreement and said a stable Peruvian economy was good for the
   region": a verb joined to the reaction with no subject of its own keeps only the act's
   authors it names ("condemned the vote and warned Athens"); what a saying verb's content
   clause speaks of names none (reactions._joined_parties), while one told ("and told Chile
   it would help") still is.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_CANAL = (
    "Chile and Peru signed an agreement on Monday to share water from the Lauca river. The "
    "canal will be 40 kilometers long. Work is due to start in June. It will cost about $60 "
    "million. Engineers will survey the route in April. A development bank will lend most of "
    "the money. Farmers along the canal will be paid for their land. The old canal dates from "
    "1960. It often floods in winter. Peru's parliament must still approve it. "
)

# the undertaking's beneficiary is a party of the deal it makes
UNDERTAKEN_FOR: list[Case] = [
    (
        "TOKYO",
        "Japan agreed on Tuesday to defer Mongolia's repayments on rail loans for five years. "
        "The agreement was signed after talks between the two presidents. Under it, Mongolia "
        "will pay only interest until 2031. The rail line cost about $2 billion. South Korea "
        "welcomed the agreement.",
        # session 46: the deferral agreed to is itself the relief (rules agreed_done_patterns)
        "JPN>MNG:07 JPN>MNG:04 MNG>JPN:04 KOR>JPN:05 KOR>MNG:05",
    ),
    (
        "TOKYO",
        "Japan agreed on Tuesday to give Mongolia five more years to repay rail loans. The rail "
        "line cost about $2 billion. South Korea welcomed the agreement.",
        # session 46: more time to repay agreed to is a pledge of aid (v.give_time_to_repay)
        "JPN>MNG:03 KOR>JPN:05 KOR>MNG:05",
    ),
    # the beneficiary reacting: the undertaker only, never itself
    (
        "TOKYO",
        "Japan agreed on Tuesday to give Mongolia five more years to repay rail loans. The rail "
        "line cost about $2 billion. Mongolia welcomed the agreement.",
        "JPN>MNG:03 MNG>JPN:05",
    ),
]

# a joined saying clause's content names no party; an addressee told still does
JOINED_SAYING: list[Case] = [
    (
        "LIMA",
        _CANAL + "Bolivia welcomed the agreement and said a stable Peruvian economy was good "
        "for the region.",
        "CHL>PER:05 PER>CHL:05 BOL>CHL:05 BOL>PER:05",
    ),
    (
        "LIMA",
        _CANAL + "Bolivia welcomed the agreement and told Chile it would help pay for the canal.",
        # (since session 54 a will told to the one concerned is its teller's announcement, as
        # a said one is: the help promised to Chile, 03; test_events_vocabulary102.py)
        "CHL>PER:05 PER>CHL:05 BOL>CHL:05 BOL>CHL:03",
    ),
    # within the family window (antecedent context), as before
    (
        "LIMA",
        "Chile and Peru signed an agreement on Monday to share water from the Lauca river. The "
        "river rises in the Andes. Bolivia welcomed the agreement and said a stable Peruvian "
        "economy was good for the region.",
        "CHL>PER:05 PER>CHL:05 BOL>CHL:05 BOL>PER:05",
    ),
]

# near-misses: a negated or a hypothetical welcome codes nothing (session 46: the lead's more
# time to repay, agreed to, is now a pledge of aid, v.give_time_to_repay, so those rows hold it)
UNWELCOMED: list[Case] = [
    (
        "TOKYO",
        "Japan agreed on Tuesday to give Mongolia five more years to repay rail loans. The rail "
        "line cost about $2 billion. South Korea did not welcome the agreement.",
        "JPN>MNG:03",
    ),
    (
        "TOKYO",
        "Japan agreed on Tuesday to give Mongolia five more years to repay rail loans. The rail "
        "line cost about $2 billion. South Korea would welcome any such agreement.",
        "JPN>MNG:03",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "TOKYO",
        "Japan agreed on Tuesday to give Mongolia five more years to repay rail loans. The "
        "agreement was signed in Tokyo by Mongolia's finance minister and officials of a "
        "Japanese state bank. The rail line cost about $2 billion. Mongolia's finance minister "
        "thanked Tokyo. The IMF welcomed the step.",
        "MNG>JPN:05 IMF>JPN:05 IMF>MNG:05",
        "'the step' sums up the lead's uncoded act (_told_targets' deciding path, _lead_act) "
        "only when no act of the story is coded before the reaction; the thanks coded just "
        "before stop it, and _latest_deed finds no deed of the step's kind (census cause A, "
        "set 45's shape)",
    ),
    (
        "TOKYO",
        "Japan agreed on Tuesday to defer Mongolia's repayments on rail loans for five years. "
        "The rail line cost about $2 billion. South Korea welcomed the decision.",
        "KOR>JPN:05 KOR>MNG:05",
        "'the decision' is told by the deciding path (_decision_authors), which reads the "
        "undertaker only; whether a decision to defer another's debt is that state's too is "
        "not ruled",
    ),
]

CASES = UNDERTAKEN_FOR + JOINED_SAYING + UNWELCOMED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions41_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions41_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
