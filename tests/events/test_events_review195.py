"""Review 195 (session 57, D57): a second act of the same pair told by a second verb.

The coder keeps one event per ordered pair and sentence unless a second verb tells an act
of its own (_coordinated_act). Two forms of wire copy lost that second act:

- a verb of saying used as a verb of giving: "welcomed the pact and said it would add 20
  million euros for Ghanaian border posts" (money given, 03, beside the praise, 05). "add"
  is a verb of saying only when it reports a clause or tells someone ("added that ...");
- a trailing -ing clause of the second of two joined verbs: "met Egypt's president and
  promised help, while urging the government to fix its clinics" (an appeal, 02, beside the
  meeting, 04), as a clause trailing the first verb already was;
- a reaction whose target the context gives, told by the main verb, after its own trailing
  clause was coded first: "rejected the criticism in a speech, saying that Spain should
  worry about its own hospitals" (a rejection, 12, beside the retort, 11 since review469; 02
  before);
- a second main clause of the same speaker joined by "and", whose target the context gives:
  "We respect Poland's choice and we expect the same respect for ours" (a demand, 10,
  beside the respect, 05).

One act told twice stays one event: "added that it was a good step" restates the praise, and
"we respect its courts" is the first act's root again. Money "added" with no target named
under the verb ("would add $4 million of its own to the programme", after thanking donors)
is given to no one the context names, and "rejected the criticism, calling it a lie" names
the thing rejected (one act, 12).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SECOND_ACTS: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo signed a border pact on Monday. The European Commission welcomed the "
        "pact and said it would add 20 million euros for Ghanaian border posts.",
        "GHA>TGO:05 TGO>GHA:05 EU>GHA:05 EU>TGO:05 EU>GHA:03",
    ),
    (
        "BRATISLAVA",
        "Poland has sued Slovakia over the reactor. \"We respect Poland's choice and we expect "
        'the same respect for ours," the Slovak prime minister said.',
        "POL>SVK:11 SVK>POL:05 SVK>POL:10",
    ),
    (
        "CAIRO",
        "The head of the World Health Organization met Egypt's president on Thursday and "
        "promised the agency's help with its vaccine plans, while urging the government to fix "
        "weaknesses in its clinics.",
        "WHO>EGY:04 WHO>EGY:02",
    ),
    (
        "MADRID",
        "Spain's foreign minister criticized the arrest of two Spanish doctors in Nicaragua. "
        "Nicaragua's president rejected the criticism in a speech, saying that Spain should "
        "worry about its own hospitals.",
        # the retort is criticism, 11, no appeal (review469's v.say_mind_own; set 77's gold
        # codes "should worry about its own streets" 11): still a second act beside the 12
        "ESP>NIC:11 NIC>ESP:11 NIC>ESP:12",
    ),
]
ONE_ACT: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo signed a border pact on Monday. The European Commission welcomed the "
        "pact and added that it was a good step.",
        "GHA>TGO:05 TGO>GHA:05 EU>GHA:05 EU>TGO:05",
    ),
    (
        "BRATISLAVA",
        "Poland has sued Slovakia over the reactor. \"We respect Poland's choice and we respect "
        'its courts," the Slovak prime minister said.',
        "POL>SVK:11 SVK>POL:05",
    ),
    (
        "MAPUTO",
        "Britain and Japan will fund demining in Mozambique. Mozambique's foreign minister "
        "thanked both donors and said Mozambique would add $4 million of its own to the "
        "programme.",
        "GBR>MOZ:03 JPN>MOZ:03 MOZ>GBR:05 MOZ>JPN:05",
    ),
    (
        "MANAGUA",
        "Spain's foreign minister criticized the arrest of two Spanish doctors in Nicaragua. "
        "Nicaragua's president rejected the criticism in a speech, calling it a lie.",
        "ESP>NIC:11 NIC>ESP:12",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []

CASES: list[Case] = SECOND_ACTS + ONE_ACT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review195_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review195_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
