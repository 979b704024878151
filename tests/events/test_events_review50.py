"""Review 50 (session 26, lead; from an extra on text nobody tuned to): armed men named by a
nationality act for no state.

"a shootout between Kosovo police and Serb gunmen" coded XKX>SRB 190: an adjective of
nationality on gunmen, rebels or militiamen made them their state's. By the guidelines an
armed group is coded only when it stands for a people with no state (Hamas = PSE); so a
group of roles.yaml REB ("gunmen", "militiamen" joined "rebels", "militants") is a private
group (rules.yaml private_roles) unless its people is stateless (stateless_peoples), and
the two sides of a between-pattern ("clashes between X and Y") act together, so a private
one on either side codes nothing. Force done to such a group stays coded, as force done to
a state's people is (private_target_roots). Rows are (dateline, body, expected events).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

CODED: list[Case] = [
    # two states' forces
    (
        "ADDIS ABABA",
        "Fighting between Ethiopian troops and Eritrean soldiers killed 19 people.",
        "ETH>ERI:19",
    ),
    ("N'DJAMENA", "Chadian troops clashed with Sudanese soldiers near the border.", "TCD>SDN:19"),
    # the armed men of a people with no state stand for it
    ("JERUSALEM", "Palestinian gunmen fired rockets at Israel on Monday.", "PSE>ISR:19"),
    ("GAZA CITY", "Hamas militants fired rockets at Israel overnight.", "PSE>ISR:19"),
    # force done to a group stays the force of its doer's state
    ("N'DJAMENA", "Chadian troops attacked Sudanese rebels inside Sudan on Friday.", "TCD>SDN:19"),
    # a state named apart from its nationals' gunmen is still a state
    ("NAIROBI", "Kenya blamed Somalia for failing to secure the border.", "KEN>SOM:11"),
]
NONE: list[NearMiss] = [
    ("NAIROBI", "Two people died in a shootout between Kenyan police and Somali gunmen."),
    ("SARAJEVO", "Tension rose after a gunfight between Bosnian police and Croat militiamen."),
    ("MOGADISHU", "Somali gunmen attacked a Kenyan police post on Monday."),
    ("N'DJAMENA", "Sudanese rebels clashed with Chadian troops near the border."),
    ("BANGUI", "Clashes between Central African troops and Chadian rebels killed 12 people."),
    ("KINSHASA", "Rwandan militiamen raided two Congolese villages last week."),
]
CASES = CODED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review50_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review50_armed_groups(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
