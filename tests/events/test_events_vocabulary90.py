"""Vocabulary 90 (session 49, O71): support issued as a statement, commodities bought from a
state, and a measure threatened in the passive.

- "Tonga and Samoa issued statements of support for Fiji", "released a message of solidarity
  with Kyiv": a statement, message or letter whose of-phrase is support voices that support
  (v.issue_statement_of_support, 051), as "expressed support for" does (v.express); a
  statement of support for a state's own people names no other state.
- v.buy_from read only fuels, grain and arms: bulk commodities a state buys from another
  ("agreed to buy green ammonia from Namibia", "to import rice from Cambodia", "buys lithium
  from Chile") are trade too (061; "agreed to" makes it intent, 03). Traders buying from
  farmers are no states.
- "warned that cooperation 'could be reviewed' if the U.N. kept publishing": a measure told
  in the passive with no agent and no actor in its subject, under a modal, is the speaker's
  own act on a condition (clauses._agentless_measures, read by v.warn_if's own_act_clause and
  its cond_subj slot), a threat (130) to the condition's subject. No condition, a hazard, or
  a price or a help asked for in it is none.
- "called the accord 'a bridge between two continents'" was blame (v.call_names, 111) once a
  deal was told before: a bridge is a good turn, as a gateway or a lifeline is.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # v.issue_statement_of_support
    ("SUVA", "Tonga and Samoa issued statements of support for Fiji on Monday.", "TON>FJI:05 WSM>FJI:05"),
    ("SUVA", "Tonga issued a statement of support for Fiji.", "TON>FJI:05"),
    ("KYIV", "Poland released a message of solidarity with Ukraine on Friday.", "POL>UKR:05"),
    # v.buy_from's commodities
    ("ACCRA", "Japan agreed on Monday to buy green ammonia from Ghana.", "JPN>GHA:06"),
    ("LIMA", "Peru agreed to import rice from Cambodia for five years.", "PER>KHM:06"),
    ("SANTIAGO", "South Korea buys lithium from Chile.", "KOR>CHL:06"),
    # a passive measure threatened on a condition
    (
        "N'DJAMENA",
        "Chad's foreign minister warned that cooperation \"could be reviewed\" if the U.N. kept"
        " publishing reports without consulting.",
        "TCD>UN:13",
    ),
    (
        "N'DJAMENA",
        "Chad warned that cooperation would be reviewed if Niger kept its troops on the border.",
        "TCD>NER:13",
    ),
    # a deal named a bridge is no blame (v.call_names' good turns); a bridge blamed still is
    (
        "ACCRA",
        "Japan agreed on Monday to buy cocoa from Ghana. The Ghanaian president called the accord"
        ' "a bridge between two continents."',
        "JPN>GHA:06",
    ),
    ("LIMA", 'Peru called Bolivia\'s new bridge "a disgrace."', "PER>BOL:11"),
]

NEAR_MISSES: list[NearMiss] = [
    ("SUVA", "Samoa issued a statement of support for its own fishermen."),
    ("SUVA", "Tonga issued a statement on Fiji's election."),
    ("ACCRA", "Ghanaian traders buy rice from Vietnamese farmers."),
    ("ACCRA", "Ghana warned that the vote could be delayed if it rained."),
    ("ACCRA", "Ghana warned that prices would be raised if Togo kept its tariffs."),
    ("ACCRA", "Ghana warned that its aid could be reviewed if Togo asked for help."),
    ("ACCRA", "Ghana warned that cooperation would be reviewed."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary90_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary90_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
