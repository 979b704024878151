"""Review 488 (session 70, JN70): a judgement of an act named by a noun reaches back to the
lead's act past later acts that are no rival (reactions._lead_named_act, _rival_since_lead).

"Ecuador banned Colombian rice ... Colombia said it would respond ... Peru criticized the
measure": before, any act of a kind the noun answers told after the lead stopped the look-up.
Now a later act by the lead act's own doer is passed over, and so is an answer of the lead
act's target to its doer by an act of another root that the noun does not name by its own word
(a vow is no ban). Another author's act of the kind, or a counter-act of the same root, still
stops it (which one is meant is not said).

A lead act told by the very noun ("imposed new sanctions ... criticized the sanctions") keeps
the bystander window (test_events_recall4), unless the story went on telling the lead act's
sides since: then the far reaction is to the story's act. A noun whose proper qualifier or
owner names no lead doer ("has opposed Western sanctions") is not the lead's act
(reactions._owned_by_other).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the lead act's target answers by a vow (another root): no measure of its own
    (
        "",
        "Ecuador banned imports of Colombian rice on Monday, saying the grain carried a plant "
        "disease. The ban takes effect next month. Colombian farmers said they would lose "
        "millions of dollars. Trade Minister Laura Perez said the decision was based on "
        "science. Colombia said it would respond with measures of its own. Its trade minister "
        "said Bogota would draw conclusions. Farmers' groups in both countries met in Quito "
        "on Wednesday. The talks ended without a statement. Rice prices rose in Bogota. Peru "
        "criticized the measure on Thursday.",
        "ECU>COL:16 COL>ECU:13 COL>ECU:13 PER>ECU:11",
    ),
    # told by the noun itself in the lead, and the story goes on telling its sides
    (
        "",
        "The European Union imposed new sanctions on Belarus on Monday over the jailing of "
        "opposition leaders. Belarus said it would respond. Its foreign ministry called the "
        "step a mistake. Opposition leaders in Vilnius welcomed the news. Shops in Minsk "
        "stayed open. Prices rose slightly. Russia criticized the sanctions on Friday.",
        "EU>BLR:16 BLR>EU:13 BLR>EU:11 RUS>EU:11",
    ),
    # a later act of the kind by the lead's own doer is no rival
    (
        "",
        "Ghana banned imports of Ivorian cocoa on Monday, saying the beans carried a disease. "
        "The ban takes effect next month. Farmers said they would lose millions. On Wednesday "
        "Ghana also raised duties on Ivorian rubber. Cocoa prices rose in London. Traders in "
        "Abidjan were worried. Shops in Accra stayed open. Nigeria criticized the measure on "
        "Thursday.",
        "GHA>CIV:16 GHA>CIV:16 NGA>GHA:11",
    ),
    # near miss: another author's act of the kind since the lead: which is meant is not said
    (
        "",
        "Ghana banned imports of Ivorian cocoa on Monday, saying the beans carried a disease. "
        "The ban takes effect next month. Farmers said they would lose millions. On Wednesday "
        "Togo also raised duties on Ivorian rubber. Cocoa prices rose in London. Traders in "
        "Abidjan were worried. Shops in Accra stayed open. Nigeria criticized the measure on "
        "Thursday.",
        "GHA>CIV:16 TGO>CIV:16",
    ),
    # near miss: the target answers by an act of the same root (a counter-ban)
    (
        "",
        "Ghana banned imports of Ivorian cocoa on Monday, saying the beans carried a disease. "
        "The ban takes effect next month. Farmers said they would lose millions. Ivory Coast "
        "banned imports of Ghanaian rice on Wednesday. Cocoa prices rose in London. Traders "
        "in Abidjan were worried. Shops in Accra stayed open. Nigeria criticized the measure "
        "on Thursday.",
        "GHA>CIV:16 CIV>GHA:16",
    ),
    # near miss: told by the noun itself, and nothing of its sides since (recall4's rule)
    (
        "",
        "The European Union imposed new sanctions on Belarus on Monday over the jailing of "
        "opposition leaders. Shops in Minsk stayed open. Prices rose slightly. Rain fell in "
        "Vilnius. Russia criticized the sanctions on Friday.",
        "EU>BLR:16",
    ),
    # near miss: the doer defending its own measure
    (
        "",
        "Ghana banned imports of Ivorian cocoa on Monday, saying the beans carried a disease. "
        "The ban takes effect next month. Farmers said they would lose millions. Ghana's "
        "trade minister defended the decision. Ivory Coast said it would draw conclusions. "
        "Cocoa prices rose in London. Traders in Abidjan were worried. Ghana's trade minister "
        "again defended the measure on Thursday.",
        "GHA>CIV:16 CIV>GHA:13",
    ),
    # a far reaction to the lead's own noun, its doer's dated act and its target's answer since
    (
        "",
        "Japan imposed financial sanctions on five Burmese generals on Monday. Myanmar's "
        "military government rejected the measures. Japan first imposed sanctions on the "
        "generals in 2023. Rain fell in Tokyo. Markets were calm. China has opposed the "
        "sanctions.",
        "JPN>MMR:16 MMR>JPN:12 CHN>JPN:12",
    ),
    # near miss: the noun's proper qualifier names no lead doer ("Western sanctions")
    (
        "",
        "Japan imposed financial sanctions on five Burmese generals on Monday. Myanmar's "
        "military government rejected the measures. Japan first imposed sanctions on the "
        "generals in 2023. Rain fell in Tokyo. Markets were calm. China has opposed Western "
        "sanctions.",
        "JPN>MMR:16 MMR>JPN:12",
    ),
]
NONE: list[NearMiss] = [
    # a domestic act (no target): nothing
    (
        "",
        "Kenya banned plastic bags on Monday, saying they choked rivers. The ban takes effect "
        "next month. Shop owners said they would lose money. Uganda said it would study the "
        "rule. Prices of paper bags rose in Nairobi. Traders in Mombasa were worried. "
        "Activists marched in Kisumu. Tanzania praised the measure on Thursday.",
    ),
]
GAPS: list[Gap] = [
    (
        "",
        "Peru recalled its ambassador to Chile on Monday over a Chilean law taxing imports of "
        "Peruvian fish. Peru's foreign ministry called the law unfair. Fishermen in Callao "
        "said they would lose money. Prices of fish rose in Lima. Traders in Arica were "
        "worried. Shops in Santiago stayed open. Bolivia criticized the measure on Thursday.",
        "CHL>PER:16 BOL>CHL:11",
        "a law told in an over-phrase of the lead's recall is the measure; neither it nor its "
        "maker is coded, and the recall's doer is taken",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review488_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review488_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
