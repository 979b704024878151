"""Vocabulary 34 (session 29, builder S30): words read from set 30's misses and extras, each
tested on sentences written here.

A skill or a habit gained is no act done: "Ghana has learned to talk to Togo and Benin" codes
no talks (rules blocking_governors: learn). A clause's subject met the party a with-phrase
names "at a meeting", "at talks" (n.talks_at, 040; 046 for negotiations), whatever it did
there; a meeting or summit "at" which two coordinated states acted names no pair, so n.talks
(which pairs "between" subjects) keeps its in/during/after frames. Kept: talks told plainly,
a meeting with no with-phrase. Heading one's delegation to a place, or where a where-clause
says it was, is a visit there (v.lead_delegation, 042); a business delegation, or one led to
talks or a summit, visits no host. An invitation accepted "to visit Wellington" or "to meet
Samoa's leader" is an intent to meet the host the visit goes to (v.accept_invitation slot
obj_aim: the objects and to-phrases of the infinitive on the matched noun, place_target), even
when another pair was told before; a place inside the visited thing ("to visit a dam project
in Laos") names none. A joint undertaking kept going ("agreed to extend their joint military
operation", "extended its joint patrols with Thailand") is cooperation between its parties
(v.extend_joint, 060, 062 when military, 03 when agreed); one's own operation extended has no
partner. A verb of scaling the tagger reads as a quantity ("asked Togo on Wednesday to nearly
double the fees", parsed "to (nearly double) the fees") is the infinitive the request needs
(rules quantity_verbs, objects._stray_infinitive); a price "at double the usual" asks nothing.
Paying for a study, a bridge, a railway, a road or a dam placed in another state ("agreed to
pay for a detailed study of a railway across the mountains to Vientiane", "will pay for a new
bridge in Laos") is economic aid to it (v.pay_for object_words; 03 when only agreed or
planned); one's own works, or works placed nowhere abroad, none. A state the speaker says
shares "our values" is approved of by the speaker's state (v.share_our_values, 051, the first
person owning the values the source); the same told by analysts praises no one, and a vision
shared stays v.share_view's. Each row is (dateline, body, expected events of the whole body
as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MET_AT: list[Case] = [
    (
        "ACCRA",
        "Ghana's energy minister, Kofi Mensah, made the offer at a meeting in Accra with Togo's"
        " energy minister.",
        "GHA>TGO:04",
    ),
    ("ACCRA", "Ghana raised the fees at talks with Togo on Monday.", "GHA>TGO:04"),
    # kept: talks told plainly
    ("ACCRA", "Ghana talked to Togo on Monday about the fees.", "GHA>TGO:04"),
]

DELEGATIONS_LED: list[Case] = [
    (
        "NAIROBI",
        "Kenya's foreign minister led a delegation of officials to Mogadishu on Monday.",
        "KEN>SOM:04",
    ),
    (
        "NAIROBI",
        "The review took place in Mogadishu, where Kenya's foreign minister, Amina Njeri, led a"
        " delegation of officials.",
        "KEN>SOM:04",
    ),
]

INVITATIONS_ACCEPTED: list[Case] = [
    (
        "SUVA",
        "Fiji and Samoa signed a fisheries pact last year. Fiji's foreign minister said Fiji's"
        " prime minister had accepted an invitation to visit Canberra in December.",
        "FJI>WSM:05 WSM>FJI:05 FJI>AUS:03",
    ),
    ("SUVA", "Fiji's prime minister accepted an invitation to visit Wellington in May.", "FJI>NZL:03"),
    ("SUVA", "Fiji's prime minister accepted an invitation to meet Samoa's leader.", "FJI>WSM:03"),
    # kept: the inviter named
    ("SUVA", "Fiji's prime minister accepted an invitation from Samoa to visit Canberra.", "FJI>WSM:03"),
]

JOINT_EXTENDED: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Somalia have agreed to extend their joint military operation against the"
        " rebels for another year.",
        "KEN>SOM:03 SOM>KEN:03",
    ),
    ("VIENTIANE", "Laos extended its joint patrols with Thailand along the Mekong.", "LAO>THA:06"),
    ("NAIROBI", "Kenya and Somalia extended their joint patrols on Monday.", "KEN>SOM:06 SOM>KEN:06"),
]

SCALING_ASKED: list[Case] = [
    (
        "ACCRA",
        "Ghana asked Togo on Wednesday to nearly double the fees it pays for power.",
        "GHA>TGO:02",
    ),
    (
        "ACCRA",
        "Ghana asked Togo to triple the royalties it pays for water piped from Ghana's hills.",
        "GHA>TGO:02",
    ),
    # kept: a sale at a doubled price is no request
    ("ACCRA", "Ghana sold Togo power at double the usual price.", "GHA>TGO:06"),
]

WORKS_PAID: list[Case] = [
    (
        "BEIJING",
        "China agreed on Tuesday to pay for a detailed study of a railway across the mountains to"
        " Vientiane.",
        "CHN>LAO:03",
    ),
    ("BEIJING", "China will pay for a new bridge in Laos.", "CHN>LAO:03"),
]

VALUES_SHARED: list[Case] = [
    (
        "BUCHAREST",
        '"Moldova shares our values of democracy and the rule of law," Romania\'s defense'
        " minister told a joint news conference.",
        "ROU>MDA:05",
    ),
    # kept: a vision shared endorses its owner
    (
        "BUCHAREST",
        '"Moldova shares our vision for the region," Romania\'s president said.',
        "MDA>ROU:05",
    ),
]

NONE: list[NearMiss] = [
    # a skill or a habit, no talks held
    ("ACCRA", '"Ghana has learned to talk to Togo and Benin in the same week," said an analyst.'),
    ("OUAGADOUGOU", "Burkina Faso learned to live without Ghana's power years ago."),
    # a meeting with no party named, or one two states attended
    ("ACCRA", "Ghana's president spoke at a meeting of farmers in Kumasi."),
    ("ACCRA", "Ghana and Togo, which backed the plan at a regional summit, praised the envoy."),
    ("ACCRA", "Ghana and Togo backed the plan at a meeting in Lome."),
    # a delegation of business, or at talks or a summit
    ("NAIROBI", "Kenya's trade minister led a business delegation to Mogadishu."),
    ("NAIROBI", "Kenya's foreign minister led the Kenyan delegation at the talks in Geneva."),
    ("NAIROBI", "Kenya's president led the delegation to the summit in Addis Ababa."),
    # one's own operation, a firm's contract
    ("NAIROBI", "Kenya extended its operation against the rebels for a year."),
    ("NAIROBI", "Kenya extended the joint venture's contract with a Chinese firm."),
    # values shared as others tell it, or one's own shared out
    ("BUCHAREST", "Moldova shares Romania's values, analysts said."),
    ("BUCHAREST", '"We share our values with Moldova," Romania\'s president said.'),
    # one's own works, or works placed in no other state
    ("NAIROBI", "Kenya paid for a study of its own port in Mombasa."),
    ("NAIROBI", "Kenya will pay for a new bridge over the Tana River."),
    # a place inside the thing visited
    ("SUVA", "Fiji's prime minister accepted an invitation to visit a dam project in Laos."),
]

GAPS: list[Gap] = []
CASES = MET_AT + DELEGATIONS_LED + INVITATIONS_ACCEPTED + JOINT_EXTENDED + SCALING_ASKED + WORKS_PAID
CASES += VALUES_SHARED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary34_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary34_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
