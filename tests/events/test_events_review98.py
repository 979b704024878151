"""Review 98 (session 35, helper S46): set 46's extras, in general form.

A trailing participle of answer ("..., retaliating for Peru's decision") says the act it is
told with is a retaliation; it is no second act of its own (190) aimed at that act's target
(extract._conjunct_targets: rules.yaml's response_verbs as a bare participle). A joined verb
("condemned ... and retaliated") stays an act. A person set off by a comma after another
actor's office ("the head of the EU mission, Irish lawmaker Sean Kelly") holds that office:
the nationality before the title describes the holder, it names no second party
(resolve._restated_office). An effort a verb leads ("has led international efforts to help
Lebanon since 2020") is under way, so the help is aid (07), not an intent (03): rules.yaml's
effort_leading_verbs, parties._led_effort. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a retaliation told as a trailing participle is the act it is told with
CASES: list[Case] = [
    (
        "QUITO",
        "Ecuador suspended import licenses for Peruvian cement on Monday, retaliating for"
        " Peru's decision last month to stop clearing trucks built in Ecuadorian plants.",
        "ECU>PER:16",
    ),
    (
        "TBILISI",
        "Georgia expelled two Armenian diplomats on Friday, retaliating for Armenia's expulsion"
        " of its consul last week.",
        "GEO>ARM:16",
    ),
    (
        "ACCRA",
        "Ghana raised tariffs on Togolese cement on Tuesday, retaliating for Togo's ban on"
        " Ghanaian poultry.",
        "GHA>TGO:16 TGO>GHA:16",
    ),
    (
        "MANAGUA",
        "Nicaragua's army shelled Honduran positions on Monday, retaliating for a raid on its"
        " border post.",
        "NIC>HND:19",
    ),
    # a joined verb of answer is an act of its own
    (
        "QUITO",
        "Ecuador condemned Peru's shelling of its border posts and retaliated on Monday.",
        "ECU>PER:11 ECU>PER:19",
    ),
]

# the holder of another actor's office, described by a nationality, acts for that actor
RESTATED: list[Case] = [
    (
        "SUVA",
        "The accord was signed by Fiji's foreign minister, Litia Vula, and the head of the EU"
        " delegation, Irish lawmaker Sean Kelly, who said the deal would help fishermen.",
        "FJI>EU:05 EU>FJI:05",
    ),
    (
        "LIMA",
        "Peru's foreign minister met the U.N. envoy, Norwegian diplomat Lars Berg, on Monday.",
        "PER>UN:04",
    ),
    (
        "NAIROBI",
        "Kenya's foreign minister met the head of the African Union mission, Nigerian diplomat"
        " Musa Bello, in Nairobi on Monday.",
        "KEN>AU:04",
    ),
    (
        "LIMA",
        "The head of the EU delegation, Chilean diplomat Pablo Soto, met Peru's foreign"
        " minister on Monday.",
        "EU>PER:04",
    ),
    # a state's own envoy named after his title keeps that state
    ("LIMA", "Peru's foreign minister met Chile's ambassador, Pablo Soto, on Monday.", "PER>CHL:04"),
]
CASES += RESTATED

# an effort a verb leads is under way: what it is to do is done (parties._led_effort); a
# modal or a pledge on the leading verb keeps it to come, and an effort made alone is meant
LED: list[Case] = [
    (
        "ROME",
        "Italy, which has led international efforts to help Tunisia since the 2023 floods,"
        " welcomed the agreement.",
        "ITA>TUN:07",
    ),
    ("ROME", "Italy has led efforts to help Tunisia rebuild its ports since 2023.", "ITA>TUN:07"),
    ("ROME", "Italy will lead efforts to help Tunisia rebuild its ports.", "ITA>TUN:03"),
    ("ROME", "Italy pledged to lead efforts to help Tunisia rebuild its ports.", "ITA>TUN:03"),
    ("ROME", "Italy made an effort to help Tunisia.", "ITA>TUN:03"),
]
CASES += LED

# an effort another state owns ("led Tunisia's efforts to join") is no act done by Tunisia
NONE: list[NearMiss] = [
    ("ROME", "Italy led Tunisia's efforts to join the World Trade Organization."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review98_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review98_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
