"""Reactions 26 (session 24, builder DR): a reaction to "the talks", "the decision" or "the
move" aimed at the wrong party.

Coded: the host of talks is no party to them (gathering_host_verbs): "the talks" a reaction
answers are the sides' ("Armenia and Azerbaijan held talks hosted by the United States. Iran
praised the talks": ARM and AZE, not USA), and talks told only with their host ("Oman hosted
talks") name no side, so nothing is coded (coordination._family_author, _named_author,
sides._telling_authors). A summit's host is still its author (hosted_nouns: a boycott of it
is aimed at the host). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HOSTED_TALKS: list[Case] = [
    (
        "BAKU",
        "Armenia and Azerbaijan held talks in Washington hosted by the United States on "
        "Friday. Iran praised the talks.",
        "ARM>AZE:04 AZE>ARM:04 USA>ARM:04 USA>AZE:04 IRN>ARM:05 IRN>AZE:05",
    ),
    (
        "BELGRADE",
        "Serbia and Kosovo resumed negotiations in Brussels on Monday, in talks hosted by the "
        "European Union. Russia criticized the talks.",
        "SRB>XKX:04 XKX>SRB:04 EU>SRB:04 EU>XKX:04 RUS>SRB:11 RUS>XKX:11",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia and Somalia began talks in Ankara on Thursday, hosted by Turkey. Kenya "
        "praised the talks.",
        "ETH>SOM:04 SOM>ETH:04 TUR>ETH:04 TUR>SOM:04 KEN>ETH:05 KEN>SOM:05",
    ),
    # kept: sides named by "between", sides with no host, a summit's host
    (
        "DOHA",
        "Qatar hosted talks between the United States and the Taliban on Sunday. Pakistan "
        "welcomed the talks.",
        "QAT>USA:04 QAT>AFG:04 USA>AFG:04 AFG>USA:04 PAK>USA:05 PAK>AFG:05",
    ),
    (
        "NEW DELHI",
        "India and China held talks in Moscow on Friday. Japan welcomed the talks.",
        "IND>CHN:04 CHN>IND:04 JPN>IND:05 JPN>CHN:05",
    ),
    (
        "PRETORIA",
        "South Africa hosted a summit on Tuesday. The United States boycotted the summit.",
        "USA>ZAF:16",
    ),
    (
        "NAIROBI",
        "Kenya hosted the summit in Mombasa on Friday. Leaders met at a summit Ethiopia "
        "boycotted.",
        "ETH>KEN:16",
    ),
    (
        "ANKARA",
        "Turkey brokered talks between Syria and Iraq on Monday. Jordan praised the talks.",
        "TUR>SYR:04 TUR>IRQ:04 SYR>IRQ:04 IRQ>SYR:04 JOR>SYR:05 JOR>IRQ:05",
    ),
]

# near-misses: talks told only with their host name no side
HOSTS_ONLY: list[NearMiss] = [
    ("MUSCAT", "Oman hosted talks on Sunday. Kuwait welcomed the talks."),
    (
        "CAIRO",
        "Sudanese army officers met in Jeddah on Tuesday. The talks were hosted by Saudi "
        "Arabia. Egypt welcomed the talks.",
    ),
    ("VIENNA", "Austria convened talks on Monday. Slovakia praised the talks."),
]

NONE: list[NearMiss] = HOSTS_ONLY
GAPS: list[Gap] = []
CASES = HOSTED_TALKS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions26_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
