"""Reactions 42 (session 36, helper WELC2): "the deployment" told by the sending of a force,
"the incursion" by a motion into a place.

"Zambia has sent 600 soldiers to Malawi ... The Malawian president welcomed the deployment":
the deployment is told by the verb that sends a force (force_sending_verbs with an object of
sent_force_nouns; context._same_act), so the reaction reaches its sender as a told act does
(reactions._told_act), from two paragraphs back or from the headline. Sending anything else
("sent a letter") deploys nothing. The reactor is never its own target (the sender's own
welcome codes nothing); of two acts told before, the one of the noun's kind is meant (a
deal signed since is not "the deployment"), and of two deployments the nearer. A negated or
hypothetical welcome codes nothing. (Since session 65, R65, soldiers sent to a state are its
military aid, 07, as the open gold codes them: v.send_soldiers, test_events_review339.)

"Eritrean troops advanced into Djibouti's Ras Doumeira area ... [three sentences] ... Kenya
and Uganda condemned the incursion": a verb of motion with an "into" phrase (entering_verbs,
incursion_nouns) tells the incursion, as "entered" and "crossed" do; "moved to a new base"
or "pushed for talks" tell none.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches
from test_events_context7 import _code

_SENT = "Zambia sent 600 soldiers to Malawi on Thursday to guard the border. "

# the deployment told by the sending of a force
SENT_FORCE: list[Case] = [
    # two paragraphs before, the host reacting
    (
        "LUSAKA",
        "Zambia has sent 600 more soldiers to Malawi under a defense pact, the two governments "
        "said on Thursday. The first planes landed in Lilongwe on Wednesday.\n\nThe soldiers "
        "will guard the road to the border. The force will stay for a year.\n\nThe Malawian "
        "president welcomed the deployment.",
        "ZMB>MWI:07 MWI>ZMB:05",
    ),
    # two reactors, another verb of sending
    (
        "LUSAKA",
        "Zambia dispatched 300 troops to Malawi on Thursday to guard the border. Tanzania and "
        "Kenya welcomed the deployment.",
        "ZMB>MWI:07 TZA>ZMB:05 KEN>ZMB:05",
    ),
    # a criticism reaches the sender as well
    (
        "LUSAKA",
        _SENT + "Tanzania criticized the deployment.",
        "ZMB>MWI:07 TZA>ZMB:11",
    ),
    # the sender reacting: never its own target
    (
        "LUSAKA",
        _SENT + "Zambia's president welcomed the deployment.",
        "ZMB>MWI:07",
    ),
    # a deal signed since is no deployment: the act of the noun's kind is meant
    (
        "LUSAKA",
        _SENT + "The two countries also signed a trade agreement. Tanzania welcomed the "
        "deployment.",
        "ZMB>MWI:07 ZMB>MWI:05 MWI>ZMB:05 TZA>ZMB:05",
    ),
    # two deployments told: the nearer
    (
        "LUSAKA",
        "Angola sent 200 soldiers to Namibia in March to guard a dam. "
        + _SENT
        + "Tanzania welcomed the deployment.",
        "AGO>NAM:07 ZMB>MWI:07 TZA>ZMB:05",
    ),
    # negated or hypothetical: nothing
    ("LUSAKA", _SENT + "Tanzania did not welcome the deployment.", "ZMB>MWI:07"),
    ("LUSAKA", _SENT + "Tanzania would welcome such a deployment.", "ZMB>MWI:07"),
    # no deployment told: the visit is no deployment
    (
        "LUSAKA",
        "Zambia's president visited Malawi on Thursday. Tanzania welcomed the deployment.",
        "ZMB>MWI:04",
    ),
]

_INTO = (
    "Eritrean troops advanced into Djibouti's Ras Doumeira area on Tuesday, Djibouti said. The "
    "soldiers dug trenches near a village.\n\nThe area has been disputed since 2008. Fighting "
    "there killed dozens in 2008.\n\n"
)
_ZONE = (
    "Eritrean troops moved into the demilitarized zone on the Ethiopian border on Tuesday. "
    "The soldiers dug trenches near a village. "
)

# the incursion told by a motion into a place, beyond the window of a reaction to a deed
INCURSION: list[Case] = [
    (
        "ASMARA",
        _INTO + "Kenya and Uganda condemned the incursion.",
        "ERI>DJI:19 KEN>ERI:11 UGA>ERI:11",
    ),
    (
        "ASMARA",
        "Eritrean troops pushed into the Ras Doumeira area of Djibouti on Tuesday. The soldiers "
        "dug trenches near a village.\n\nThe area has been disputed since 2008. Fighting there "
        "killed dozens in 2008.\n\nFrance, Kenya and Uganda condemned the incursion.",
        # "the Ras Doumeira area of Djibouti" is Djibouti's land, as "Djibouti's area" is
        # (rules land_part_nouns, session 51): troops pushing into it, as in _INTO
        "ERI>DJI:19 FRA>ERI:11 KEN>ERI:11 UGA>ERI:11",
    ),
    # negated, or the doer's own: nothing more
    ("ASMARA", _ZONE + "Kenya did not condemn the incursion.", "ERI>ETH:15"),
    ("ASMARA", _ZONE + "Eritrea's president praised the incursion.", "ERI>ETH:15"),
]

NONE: list[NearMiss] = [
    # sending no force deploys nothing
    (
        "LUSAKA",
        "Zambia sent a letter to Malawi on Thursday about the border. Tanzania welcomed the "
        "deployment.",
    ),
    # a motion to a place, or a push for talks, is no incursion
    (
        "ASMARA",
        "Eritrean troops moved to a new base near the Sudanese border on Tuesday. The soldiers "
        "dug trenches near a village. Kenya condemned the incursion.",
    ),
    ("ASMARA", "Eritrea pushed for talks with Djibouti on Tuesday. Kenya condemned the incursion."),
]

GAPS: list[Gap] = []

CASES = SENT_FORCE + INCURSION

# (headline, dateline, body, marker, expected): the deployment told only in the headline
HEADLINE: list[tuple[str, str, str, str, str]] = [
    (
        "Zambia sends 600 troops to Malawi",
        "LUSAKA",
        "The soldiers will guard the main road to the border. They will stay for a year. "
        "Tanzania welcomed the deployment.",
        "Tanzania welcomed the deployment",
        "TZA>ZMB:05",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions42_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions42_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)


@pytest.mark.model
@pytest.mark.parametrize(("headline", "dateline", "body", "marker", "expected"), HEADLINE)
def test_events_reactions42_headline(  # type: ignore[no-untyped-def]
    nlp, headline: str, dateline: str, body: str, marker: str, expected: str
) -> None:
    """The reaction's sentence codes exactly the listed events."""
    del nlp
    got = _code([(headline, dateline, body, marker)])[body]
    assert matches(got, expected), (got, expected)
