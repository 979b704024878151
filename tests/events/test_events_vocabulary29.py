"""Vocabulary 29 (session 27, builder PV1): other wordings of appeals, intent, cooperation
and aid (CAMEO roots 02-07) than the development sets use.

Coded: an act asked of the object of "lobbied", "implored", "begged" and the like is the one
asked's, and not done (rules blocking_governors, object_control_verbs), so "lobbied Germany
to send tanks to Ukraine" is an appeal to Germany only; help asked for that names its owner ("asked for Libya's help",
"appealed for Kenyan assistance": v.ask_for_help, 020); the helped party's own works are no
delivery back to the helper ("vowed to help Vietnam build a metro line":
reactions._helped_own_work); staple grains shipped by the ton (v.ship_tons); a withdrawal
demanded of its owner ("demanded Russia's withdrawal": v.demand_withdrawal); intelligence or
imagery given to a receiver named as the object ("providing Ukraine with intelligence":
v.share_intel's dobj_other), training received (v.receive_training, 062); help an owner's
noun of intent tells ("reaffirmed its commitment to help Morocco": v.help's need helper).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ASKED_ACTS: list[Case] = [
    (
        "WARSAW",
        "Poland lobbied Germany to send more air-defense systems to Ukraine.",
        "POL>DEU:02",
    ),
    ("WARSAW", "Poland implored Germany to send more tanks to Ukraine.", "POL>DEU:02"),
]

HELP_ASKED: list[Case] = [
    ("ROME", "Italy asked for Libya's help in stopping the smugglers.", "ITA>LBY:02"),
    ("KAMPALA", "Uganda appealed for Kenyan assistance after the floods on Monday.", "UGA>KEN:02"),
]

HELPED_WORKS: list[Case] = [
    ("HANOI", "Japan vowed to help Vietnam build a new metro line.", "JPN>VNM:03"),
    ("ACCRA", "China has helped Ghana build a new port.", "CHN>GHA:07"),
    ("BAKU", "Turkey pledged to help Azerbaijan build a new railway.", "TUR>AZE:03"),
]

STAPLES: list[Case] = [
    ("JUBA", "Kenya has shipped 500 tons of maize to South Sudan.", "KEN>SSD:07"),
    ("LILONGWE", "Zambia sent 2,000 tons of cereal to Malawi after the drought.", "ZMB>MWI:07"),
]

WITHDRAWALS_DEMANDED: list[Case] = [
    ("TBILISI", "Georgia demanded Russia's withdrawal from Abkhazia.", "GEO>RUS:10"),
    ("CHISINAU", "Moldova demanded the Russian withdrawal from Transnistria.", "MDA>RUS:10"),
]

SHARED_AND_TRAINED: list[Case] = [
    (
        "OSLO",
        "Norway is providing Ukraine with intelligence on Russian ships, officials said.",
        "NOR>UKR:06",
    ),
    ("LONDON", "Britain supplied Kyiv with satellite imagery of the front.", "GBR>UKR:06"),
    ("AMMAN", "Jordan's military is receiving training from the British army.", "GBR>JOR:06"),
    ("KYIV", "Ukraine received training from the United States on F-16 jets.", "USA>UKR:06"),
]

HELP_INTENDED: list[Case] = [
    (
        "RABAT",
        "Spain reaffirmed its commitment to help Morocco fight illegal migration.",
        "ESP>MAR:03",
    ),
    (
        "ASTANA",
        "China expressed its willingness to help Kazakhstan build a nuclear plant.",
        "CHN>KAZ:03",
    ),
    (
        "KYIV",
        "Germany stressed its readiness to help Ukraine rebuild its power grid.",
        "DEU>UKR:03",
    ),
]

NONE: list[NearMiss] = [
    # an act begged of others is not done, and the one who begs names no state
    ("KYIV", "Ukraine begged its allies to send more air-defense systems, the president said."),
    # help asked of no actor
    ("ROME", "The mayor asked for help from the public in finding the boy."),
    ("KHARTOUM", "The charity called for more help for Sudan's refugees."),
    # grain shipped home
    ("NAIROBI", "Kenya shipped 500 tons of maize to its northern counties."),
    # one's own withdrawal demanded
    ("LONDON", "Britain demanded its own withdrawal from the treaty."),
    # images for no actor, data for one's own service, training from a firm
    ("PARIS", "The ministry shared images of the flood with the press."),
    ("TOKYO", "Japan provided its coast guard with new data on the reefs."),
    ("KYIV", "The soldiers received training from a private firm in Poland."),
    # help as a purpose or a topic, with no owner who intends it
    ("KYIV", "Lawmakers criticized a plan to help Kyiv with taxpayers' money."),
    ("KYIV", "The effort to help Ukraine rebuild has stalled."),
]

GAPS: list[Gap] = []
CASES = (
    ASKED_ACTS
    + HELP_ASKED
    + HELPED_WORKS
    + STAPLES
    + WITHDRAWALS_DEMANDED
    + SHARED_AND_TRAINED
    + HELP_INTENDED
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary29_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
