"""Context 45 (session 29, S28): acts whose target its frame gives, read from set 28's misses,
each tested on sentences written here.

A challenge to another's act put before a court ("challenged the Commission's decision in
court") or told as the participle of a legal action ("filed a lawsuit at the EU's General
Court challenging the European Commission's approval", "filed a case at the WTO contesting
Chile's ban") is legal action (v.challenge_in_court, 115) against the author of the act
challenged (objects need court_frame; the court and suit words are the pattern's
clause_words). A challenge in words only is none. Markers another state set on a border
taken away or destroyed ("removed Lithuanian buoys from the river", "tore down Georgia's
border signs") are property seized (v.remove_markers, 171); with no owner named, they were
the protester's whose protest the clause answers ("summoned Belarus's charge d'affaires after
Belarusian border guards removed navigation buoys": rules protested_party_patterns, which
holds the closures that nominals._protesting_party served before), an order to leave read
through its infinitive ("ordered a Russian diplomat to leave ... after": "order" among
protesting_verbs). A trip to a town of the dateline's state by a traveller an earlier
sentence coded meeting and told visiting ("DHAKA — ... held talks with her Bangladeshi
counterpart in Dhaka, the first visit by a Nepali foreign minister in ten years. She travels to
Chittagong on Friday") is a leg of the visit under way, no new one (extract._leg_of_told_visit,
_visit_told_by, as a trip "on" to one); so is one with no dateline after a visit in the news. A
trip after a meeting only (as test_events_context44 keeps), to the state itself, or told
first, is one, and so is one after a visit dated years back (reactions._background_act). A state's defence of its own act answers a lawsuit against it as it
answers a protest note ("Poland filed a lawsuit against the European Commission ... The
Commission defended its decision": a rejection, 120, not praise of Poland; reactions
_COMPLAINT_CODES holds 115 beside 114). A meeting told in an after-clause of its own subject is
another occasion than the act it comes before also when the clause hangs on the verb whose
infinitive that act is ("agreed to launch joint patrols, after their presidents met":
extract._subordinate_occasion climbs the infinitive). A party that welcomes "the step" it took
jointly with another (an act whose trigger was coded both ways: "Chile and Bolivia reopened
their crossing ... Bolivia's government welcomed the step") welcomes its partner's part
(reactions._latest_deed); its own deed alone still gives no target. "The two interior
ministries" and "the two navies" refer to the pair told before, as "the two armies" does
(actors plurals.yaml: ministries GOV, navies MIL). Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import (
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_actor_codes,
    code_audit,
    matches,
)
from newsgraph.settings import Settings

CHALLENGED_IN_COURT: list[Case] = [
    (
        "BUDAPEST",
        "Hungary filed a lawsuit at the EU's Court of Justice on Monday challenging the European"
        " Commission's decision to freeze its funds.",
        "HUN>EU:11",
    ),
    ("WARSAW", "Poland challenged the European Commission's decision in court.", "POL>EU:11"),
    (
        "LIMA",
        "Peru filed a case at the World Trade Organization on Tuesday contesting Chile's ban on"
        " its avocados.",
        "PER>CHL:11",
    ),
]

MARKERS_REMOVED: list[Case] = [
    (
        "VILNIUS",
        "Lithuania summoned Belarus's charge d'affaires on Monday after Belarusian border guards"
        " removed navigation buoys from the Neris River.",
        "LTU>BLR:11 BLR>LTU:17",
    ),
    (
        "RIGA",
        "Latvia on Monday ordered a Russian diplomat to leave the country within 48 hours after"
        " Russian border guards removed navigation buoys from the Daugava River.",
        "LVA>RUS:16 RUS>LVA:17",
    ),
    ("TBILISI", "Russian troops tore down Georgia's border signs near the village.", "RUS>GEO:17"),
]

LEGS_OF_A_VISIT: list[Case] = [
    (
        "DHAKA",
        "Nepal's foreign minister held talks with her Bangladeshi counterpart in Dhaka on"
        " Thursday, the first visit by a Nepali foreign minister in ten years. She travels to"
        " Chittagong on Friday to meet business leaders.",
        "NPL>BGD:04",
    ),
    # kept: a trip after a meeting only, a visit to the state itself later, a trip by
    # another, a trip told first
    (
        "DHAKA",
        "Bhutan's foreign minister held talks with his Bangladeshi counterpart in Dhaka on"
        " Thursday. He travels to Sylhet on Friday to meet tea growers.",
        "BTN>BGD:04 BTN>BGD:04",
    ),
    (
        "DHAKA",
        "Nepal's foreign minister held talks with her Bangladeshi counterpart in Dhaka on"
        " Thursday. She will travel to Bangladesh again in May.",
        "NPL>BGD:04 NPL>BGD:04",
    ),
    (
        "DHAKA",
        "Nepal's foreign minister held talks with her Bangladeshi counterpart in Kathmandu on"
        " Thursday. Bangladesh's prime minister travels to Pokhara on Friday.",
        "NPL>BGD:04 BGD>NPL:04",
    ),
    (
        "DHAKA",
        "Nepal's foreign minister travels to Chittagong on Friday to meet traders.",
        "NPL>BGD:04",
    ),
]

DEFENDED_AGAINST_SUIT: list[Case] = [
    (
        "WARSAW",
        "Poland filed a lawsuit against the European Commission on Monday. The Commission"
        " defended its decision.",
        "POL>EU:11 EU>POL:12",
    ),
]

OCCASIONS_BEFORE: list[Case] = [
    (
        "MENDOZA",
        "Chile and Argentina agreed on Monday to launch joint police patrols along their border"
        " to fight cattle theft, after their presidents met in this western Argentine city.",
        "CHL>ARG:03 ARG>CHL:03 CHL>ARG:04 ARG>CHL:04",
    ),
    # kept: the clause on the verb itself
    (
        "MENDOZA",
        "Chile and Argentina signed a tunnel deal on Monday after their foreign ministers met"
        " in Santiago.",
        "CHL>ARG:05 ARG>CHL:05 CHL>ARG:04 ARG>CHL:04",
    ),
]

OWN_JOINT_ACT_WELCOMED: list[Case] = [
    (
        "LA PAZ",
        "Chile and Bolivia reopened their main border crossing at Chungara to trucks on Monday,"
        " 19 months after Chile closed it. The reopening follows a visit to La Paz last month by"
        " Chile's president. Interior Minister Juan Soto said Chilean and Bolivian officers"
        ' would run joint checks on the Bolivian side. "Security comes first," he told'
        " reporters. Bolivia's government welcomed the step.",
        "CHL>BOL:08 BOL>CHL:08 CHL>BOL:04 BOL>CHL:05",
    ),
    # kept: one's own deed welcomed, no partner's
    (
        "SANTIAGO",
        "Chile lifted its ban on Peruvian fruit imports on Monday. Chile's farm minister"
        " welcomed the step.",
        "CHL>PER:08",
    ),
]

ORGANS_COUNTED: list[Case] = [
    (
        "LA PAZ",
        "Chile and Bolivia reopened their border crossing on Monday. The reopening follows weeks"
        " of talks between the two interior ministries.",
        "CHL>BOL:08 BOL>CHL:08 CHL>BOL:04 BOL>CHL:04",
    ),
    (
        "LIMA",
        "Peru and Chile signed a naval pact on Monday. The two navies will hold a joint exercise"
        " in May.",
        "PER>CHL:05 CHL>PER:05 PER>CHL:03 CHL>PER:03",
    ),
]

NONE: list[NearMiss] = [
    # one's own buoys moved, no state's
    ("VILNIUS", "Lithuanian crews removed old buoys from the Neris River on Monday."),
    # a challenge in words, a challenge by no state
    ("PRAGUE", "Slovakia challenged the European Commission's decision at a news conference."),
    ("LIMA", "Peru's opposition contested the government's decision in court."),
]

GAPS: list[Gap] = [
    (
        "VIENNA",
        "Slovenia filed a lawsuit against the European Commission on Monday. A Commission"
        " spokesperson said the Commission would defend its decision in court.",
        "SVN>EU:11 EU>SVN:12",
        "a defence told as to come (a modal) reads no context (extract: state is not None), so"
        " the suit it answers is not found",
    ),
]
CASES = (
    CHALLENGED_IN_COURT
    + MARKERS_REMOVED
    + LEGS_OF_A_VISIT
    + DEFENDED_AGAINST_SUIT
    + OCCASIONS_BEFORE
    + OWN_JOINT_ACT_WELCOMED
    + ORGANS_COUNTED
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context45_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context45_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)


#: (body with no dateline, events as full actor codes): a trip to a town of a state visited in
#: the story's news is a leg of that visit; a visit dated years back is another trip
NO_DATELINE: list[tuple[str, list[str]]] = [
    (
        "Japan and Vietnam signed a port deal on Tuesday, on the first day of a three-day state"
        " visit to Hanoi by Japan's prime minister. Japan's prime minister travels to Da Nang on"
        " Wednesday and will meet Vietnam's president there before flying home.",
        ["JPN>VNM:05", "VNM>JPN:05", "JPNGOV>VNMGOV:04", "JPNGOV>VNMGOV:04"],
    ),
    (
        "India's prime minister visited Nepal in 2023. India's prime minister travels to Pokhara"
        " on Wednesday.",
        ["INDGOV>NPL:04", "INDGOV>NPL:04"],
    ),
]


@pytest.mark.model
def test_events_context45_legs_with_no_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    """A trip within a state visited in the news is no new visit; one after a dated visit is."""
    del nlp
    got = code_actor_codes([("", b) for b, _ in NO_DATELINE], Settings())
    for body, expected in NO_DATELINE:
        assert got[body] == expected, (body, got[body])
