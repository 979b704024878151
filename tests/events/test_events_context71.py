"""Context 71 (session 35, helper CEAS): a truce named with no party is made with the foe.

A ceasefire or truce declared with no with-phrase ("Zambia observed a 72-hour truce",
v.declare_ceasefire) took the source's counterpart in the discourse (reactions._counterpart):
the other side of the latest event involving the source, of the same friendliness. A truce is
cooperative (08), so only a cooperative act could give it, and the likeliest one before a
truce is an appeal: "The U.N. envoy urged Zambia to show restraint. Zambia observed a truce"
made the U.N. the party to the truce. Now a de-escalation (rules.yaml deescalation_codes: 087x
and the intent to one, 0356) takes its counterpart only from the source's latest armed
hostility (warring_roots: a show of force, an assault, fighting, mass violence), done by it or
to it: the state it fought, never the envoy, mediator or body that spoke to it, appealed to it
or threatened it. No such act told, no party. A truce with a named party, an appeal for a
truce and a truce agreed in mediated talks are read as before. "Announced the end of the
truce with X", "declared the collapse of the ceasefire" undo a truce: no truce is declared
(v.declare_ceasefire unless_objects). "Declared a ceasefire", "announced a truce" with no
party, once no act at all (saying is none: speech_verbs), is the truce itself and takes the foe
the same way (sides._counterpart_fits, sides._deescalating). Every sentence was written for this file; each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a truce after armed hostility is made with the foe, whoever spoke between
CASES: list[Case] = [
    (
        "LUSAKA",
        "Zambian troops shelled Malawian border posts on Friday. The U.N. envoy urged Zambia to"
        " show restraint. Zambia proclaimed a ceasefire on Sunday.",
        "ZMB>MWI:19 UN>ZMB:02 ZMB>MWI:08",
    ),
    (
        "BUJUMBURA",
        "Rwandan troops shelled Burundian border villages on Friday. The African Union envoy"
        " called on Burundi to show restraint. Burundi implemented a truce on Sunday.",
        "RWA>BDI:19 AU>BDI:02 BDI>RWA:08",
    ),
    (
        "GITEGA",
        "Burundian and Rwandan soldiers exchanged fire across the Rusizi river overnight."
        " Burundi observed a truce on Monday.",
        "BDI>RWA:19 RWA>BDI:19 BDI>RWA:08",
    ),
    # two fights told: the latest one the source fought in gives its foe
    (
        "DODOMA",
        "Tanzanian and Mozambican troops clashed on the Ruvuma river on Thursday. Zambian"
        " troops shelled Malawian border posts on Friday. Zambia proclaimed a ceasefire on"
        " Sunday.",
        "TZA>MOZ:19 MOZ>TZA:19 ZMB>MWI:19 ZMB>MWI:08",
    ),
]

# the one that only spoke, appealed or threatened is no party to the truce
SPOKE: list[Case] = [
    (
        "LUSAKA",
        "The U.N. envoy for the Great Lakes urged Zambia to show restraint. Zambia observed a"
        " 72-hour truce.",
        "UN>ZMB:02",
    ),
    (
        "NDJAMENA",
        "The African Union envoy urged Chad to protect civilians. Chad implemented a unilateral"
        " ceasefire on Sunday.",
        "AU>TCD:02",
    ),
    (
        "KINSHASA",
        "The U.N. Security Council threatened Congo with sanctions. Congo observed a truce.",
        "UN>COD:13",
    ),
]
CASES += SPOKE

# read as before: a truce with a named party, an appeal for one, a mediated one
KEPT: list[Case] = [
    (
        "LUSAKA",
        "The U.N. envoy urged Zambia to show restraint. Zambia proclaimed a ceasefire with"
        " Malawi on Sunday.",
        "UN>ZMB:02 ZMB>MWI:08",
    ),
    (
        "LILONGWE",
        "Zambian troops shelled Malawian border posts on Friday. The U.N. envoy called for a"
        " ceasefire.",
        "ZMB>MWI:19 UN>ZMB:02 UN>MWI:02",
    ),
    (
        "LILONGWE",
        "Malawi observed a truce agreed in talks mediated by the African Union.",
        "AU>MWI:04",
    ),
    # a truce is made with a foe: a deal told before it names none
    (
        "HARARE",
        "Zimbabwe and Botswana signed a border accord on Friday. Zimbabwe observed a truce on"
        " Sunday.",
        "ZWE>BWA:05 BWA>ZWE:05",
    ),
]
CASES += KEPT

# a truce undone is none declared (v.declare_ceasefire unless_objects); a truce kept
# until its end is still kept
ENDED: list[Case] = [
    (
        "CONAKRY",
        "Guinea proclaimed a truce with Sierra Leone to end the fighting.",
        "GIN>SLE:08",
    ),
    (
        "CONAKRY",
        "Guinea observed the truce with Sierra Leone until its expiry on Friday.",
        "GIN>SLE:08",
    ),
]
CASES += ENDED

# "declared a ceasefire", "announced a truce": the declaring is the truce, no mere saying
# (sides._counterpart_fits lets speech verbs through for a de-escalation), kept with the foe
DECLARED: list[Case] = [
    (
        "LUSAKA",
        "Zambian troops shelled Malawian border posts on Friday. Zambia declared a unilateral"
        " ceasefire on Sunday.",
        "ZMB>MWI:19 ZMB>MWI:08",
    ),
    (
        "LILONGWE",
        "Zambian and Malawian troops clashed along the border on Friday. The U.N. envoy urged"
        " Malawi to show restraint. Malawi announced a 72-hour truce on Sunday.",
        "ZMB>MWI:19 MWI>ZMB:19 UN>MWI:02 MWI>ZMB:08",
    ),
    (
        "ASMARA",
        "Eritrean troops shelled Djiboutian border posts on Friday. Eritrea's defence minister"
        " announced a 72-hour truce on Sunday.",
        "ERI>DJI:19 ERI>DJI:08",
    ),
    # no fight told: the envoy who urged it is no party
    (
        "FREETOWN",
        "The U.N. envoy urged Sierra Leone to show restraint. Sierra Leone declared a ceasefire"
        " on Sunday.",
        "UN>SLE:02",
    ),
    # a truce not declared, or declared by a third state, is none with the foe
    (
        "ASMARA",
        "Eritrean troops shelled Djiboutian border posts on Friday. Eritrea did not declare a"
        " ceasefire.",
        "ERI>DJI:19",
    ),
    (
        "ASMARA",
        "Eritrean troops shelled Djiboutian border posts on Friday. Eritrea may declare a truce"
        " next week.",
        "ERI>DJI:19",
    ),
    (
        "ASMARA",
        "Eritrean troops shelled Djiboutian border posts on Friday. Eritrea denied that it had"
        " declared a ceasefire.",
        "ERI>DJI:19",
    ),
    (
        "ASMARA",
        "Eritrean and Djiboutian troops clashed on Friday. Ethiopia announced a truce between"
        " the two neighbours.",
        "ERI>DJI:19 DJI>ERI:19",
    ),
]
CASES += DECLARED

NONE: list[NearMiss] = [
    ("MAPUTO", "Mozambique observed a truce on Sunday."),  # no fight told: no party
    ("MAPUTO", "Mozambique declared a truce on Sunday."),
    ("CONAKRY", "Guinea declared the end of its ceasefire with Sierra Leone on Tuesday."),
    ("CONAKRY", "Guinea announced the collapse of the truce with Sierra Leone."),
]

GAPS: list[Gap] = [
    (
        "LUSAKA",
        "Zambian troops shelled Malawian border posts on Friday. Tanzanian and Mozambican troops"
        " clashed on the Ruvuma river on Saturday. Zambia proclaimed a ceasefire on Sunday.",
        "ZMB>MWI:19 TZA>MOZ:19 MOZ>TZA:19 ZMB>MWI:08",
        "a third state named since the source's fight means the story moved on"
        " (reactions._counterpart's _named_states check), though the fight told since is"
        " another pair's",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context71_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context71_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
