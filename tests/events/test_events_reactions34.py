"""Reactions 34 (session 31, helper S38): "the decision" and "the move" of a bystander answer
the story's deed, not the wronged side's request nor a quote's attribution told since.

A third party's reaction to "the decision" or "the move" sums up a decision told just before,
and a saying verb with a future clause of the speaker's own ("said it would leave the
OSCE") tells one (reactions._announced_decision). A request to another body ("said it would
ask the African Union to examine the ban": demanding_verbs) decides nothing of the speaker's:
the body asked decides, so the reaction keeps the deed's author. And a quote's attribution
told between the deed and the reaction ("... ," the minister told reporters) is no uncoded act
of another doer that "the decision" might sum up (reactions._declared_act: an addressing
verb's object is its audience).

"Rejected the claim" answers whoever reported something about the rejecter
(reactions._reporting_authors): a participle of saying on the main verb ("criticized the new
bridge, saying it turned Togo into a hub") reports its subject's words as a main saying verb
does. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the wronged side's request to a third body is no decision a bystander's reaction sums up
REQUEST: list[Case] = [
    (
        "OSLO",
        "Norway on Monday raised port fees for Icelandic trawlers fivefold. Iceland's "
        "government said it would ask the European Free Trade Association to examine the "
        "fees. Denmark welcomed the move. Britain criticized the decision.",
        "DNK>NOR:05 GBR>NOR:11",
    ),
]

# a quote's attribution between the deed and the reaction tells no act of its own (the
# minister, named by title only, is no actor the deed's side keeps)
ATTRIBUTION: list[Case] = [
    (
        "GENEVA",
        'Ghana on Tuesday barred ships carrying cargo to or from Togo from its ports. "As '
        "long as the arrests of journalists continue, Ghanaian ports will not serve Togo's "
        "trade,\" Transport Minister Kofi Mensah told reporters. Togo's Foreign Ministry "
        'called the ban "a hostile step." The Nigerian Foreign Ministry welcomed the '
        "decision. The United States criticized the move.",
        "GHA>TGO:16 TGO>GHA:11 NGA>GHA:05 USA>GHA:11",
    ),
]

# a claim told in a participle of saying is its main subject's
CLAIM: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo opened a new road bridge across the Volta River on Saturday. The African "
        "Union said it would also fund a rail link, and its envoy said the bridge showed that "
        "the region could build together. Burkina Faso's Foreign Ministry criticized the "
        'project, saying it turned Togo into "a logistics hub for Ghanaian troops." Togo\'s '
        "Foreign Ministry rejected the claim, saying the bridge would carry only civilian "
        "traffic.",
        # the joint opening is cooperation both ways (v.open_joint_work, CTX2)
        "GHA>TGO:06 TGO>GHA:06 TGO>BFA:12",
    ),
    (
        "ACCRA",
        "Burkina Faso's Foreign Ministry criticized the new bridge, saying it turned Togo into "
        '"a logistics hub for Ghanaian troops." Togo\'s Foreign Ministry rejected the claim.',
        "TGO>BFA:12",
    ),
]

# ships or vessels barred as a class: the trade their own clause names is the state's
SHIPS: list[Case] = [
    (
        "RABAT",
        "Morocco on Friday barred ships carrying goods to or from Algeria from its ports.",
        "MAR>DZA:16",
    ),
    (
        "DAKAR",
        "Senegal banned vessels trading with Mauritania from its harbors on Monday.",
        "SEN>MRT:16",
    ),
]

# near-misses: ships barred for weather name no state
NONE: list[NearMiss] = [
    ("CAIRO", "Egypt barred ships from the strait during the storm."),
    ("ATHENS", "Greece banned cargo ships from its ports for two days after the storm."),
]

GAPS: list[Gap] = [
    (
        "QUITO",
        "Ecuador on Friday tripled the tax on trucks coming from Peru. Peru said it would "
        "urge the Andean Community to review the tax. Chile criticized the step.",
        "CHL>ECU:11",
        "the tax raised is coded as no act, and no lead act is found for the step",
    ),
    (
        "OSLO",
        "Norway banned ships flying the Russian flag from its ports.",
        "NOR>RUS:16",
        "the flag's nationality sits under the ships' clause, not on the ships (obj_mod)",
    ),
]

CASES = REQUEST + ATTRIBUTION + CLAIM + SHIPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions34_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions34_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
