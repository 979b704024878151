"""Review 327 (session 64, C2): '"We expect the Guinean authorities to ...," said X, an
assistant minister': a quoted demand whose speaker's title names no state.

A quoted demand ('"We expect Canada to reverse this decision," India's foreign minister said',
"We want ...", "We urge ...", "We call on ...") already codes through the ordinary patterns
(v.expect_compliance 10, v.urge 02, v.call_on 02) once the speaker's "we" resolves. What was
lost is the speaker whose title names no state ("said X, a deputy foreign minister") in a
story datelined in the other state: the title took the dateline's state, "we" with it, and the
demand fell as same-state. An official whose "we" expects or urges another government (the
X authorities, the X government, a capital) to act is not that government's official
(actors/resolve.py Resolver._expected_subject in _aims_at_home, descriptions.yaml
expecting_verbs), so the official takes the other side named before, as "urged Beijing" did.
The quoted threat after it ('"Otherwise there will be consequences."', extract.
_quoted_cost_hits) then has its demand and its speaker.

Near misses: a bare state name expected (a forecast: "We expect the Philippines to win the
case" keeps the dateline's official), an infinitive done for one's own state (own_state_verbs:
"to lead", "to protect"), an expectation of no state ("growth").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the speaker of a quoted demand on another government is not the dateline's official
CASES: list[Case] = [
    (
        "OTTAWA",
        "Canada expelled two Indian diplomats on Monday. India's foreign ministry said the move "
        'was a violation of international law. "We expect the Canadian authorities to respect '
        'their commitments," said Arun Mehta, a deputy foreign minister.',
        "CAN>IND:16 IND>CAN:11 IND>CAN:10",
    ),
    (
        "ASUNCION",
        "Paraguay seized a Brazilian cargo ship on Tuesday. Brazil's foreign ministry protested "
        'the seizure. "We want the Paraguayan government to release the crew," said Rita Moura, '
        "a senior ministry official.",
        "PRY>BRA:17 BRA>PRY:11 BRA>PRY:10",
    ),
    (
        "PHNOM PENH",
        "Cambodia detained a Vietnamese fishing crew on Tuesday. Vietnam's foreign ministry "
        'protested the arrests. "We expect Phnom Penh to free the crew," said Tran Van Long, a '
        "deputy minister for fisheries.",
        "KHM>VNM:17 VNM>KHM:11 VNM>KHM:10",
    ),
    # ... and the threat that follows the demand has its speaker and its aim
    (
        "ACCRA",
        "Ghana detained three Nigerian traders on Monday. Nigeria's foreign ministry called the "
        'arrests illegal. "We expect the Ghanaian authorities to free our citizens," said Musa '
        'Bello, an assistant minister for foreign affairs. "Otherwise there will be '
        'consequences."',
        "GHA>NGA:17 NGA>GHA:11 NGA>GHA:10 NGA>GHA:13",
    ),
    # ... as an urged government was already (its object)
    (
        "NAIROBI",
        "Kenya deported four Ugandan traders on Friday. Uganda's foreign ministry protested the "
        'deportations. "We urge the Kenyan government to reverse this decision," said Grace '
        "Akello, a junior minister for regional affairs.",
        "KEN>UGA:17 UGA>KEN:11 UGA>KEN:02",
    ),
    # near misses: a bare state expected (a forecast), an act for one's own state, no state;
    # the speaker stays the dateline's official (her or his next act shows it)
    (
        "MANILA",
        "China sent coast guard ships near the shoal on Monday. \"We expect the Philippines to "
        'win the case," said Maria Santos, a deputy minister for legal affairs. She accused '
        "Beijing of bullying.",
        "PHL>CHN:11",
    ),
    (
        "TOKYO",
        'China sent coast guard ships near the islands on Monday. "We want the Japanese '
        'government to lead the region," said Kenji Sato, a deputy minister for trade. He '
        "accused Beijing of provocations.",
        "JPN>CHN:11",
    ),
    (
        "HANOI",
        'Cambodia seized a Vietnamese cargo ship on Tuesday. "We expect the Vietnamese '
        'authorities to protect our sailors," said Tran Van Long, a deputy minister for '
        "transport. He accused Phnom Penh of piracy.",
        "KHM>VNM:17 VNM>KHM:11",
    ),
    (
        "SEOUL",
        'Japan lifted export curbs on chemicals on Monday. "We expect growth to pick up this '
        'year," said Kim Min-jun, a deputy minister for trade. He thanked Tokyo for the decision.',
        "KOR>JPN:05",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review327_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review327_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
