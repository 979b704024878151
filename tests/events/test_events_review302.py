"""Review 302 (session 64, C64): "Otherwise there will be consequences", a cost foretold in
quoted words after a demand.

'"We expect Canada to reverse this decision," the minister said. "Otherwise there will be
consequences for Canadian sporting events."': the quoted sentence has no actor and no saying
verb, so no pattern could read it (v.say_threat needs "said X would face consequences"). As
quoted demands are read in the speaker's name (_quoted_demand_hits), a quoted sentence with
the sequel adverb (rules ultimatum_adverbs: "otherwise") whose subject (or existential
attribute) of "be" is a cost noun (rules threatened_costs: consequence, repercussion) is now a
threat (v.say_threat's 130) from the speaker's state at the one state a for-phrase on the cost
names, else the one state the speaker's demand just before (this or the sentence before) was
aimed at, as reactions._ultimatum_target aims "Otherwise China will take further measures"
(decision 2 of tests/gold/README.md "Conventions decided (session 63)": 13).

Near misses: no demand before (praise), no sequel adverb, a cost of a hazard.

Gaps: other vague threats this lane's census found but left: a threat about a state's firms
("could restrict new licences for Canadian firms if the review did not go ahead"). (A vow
whose counterpart was told four sentences before, a gap here, codes since review328.)

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a cost foretold as the sequel of the speaker's demand
CASES: list[Case] = [
    (
        "CAIRO",
        '"We urge Sudan to reopen the crossing this week," Egypt\'s foreign minister said. '
        '"Otherwise there will be consequences."',
        "EGY>SDN:02 EGY>SDN:13",
    ),
    (
        "DOHA",
        'Bahrain seized a Qatari fishing boat on Friday. "We expect the Bahraini authorities '
        'to release the crew at once," Qatar\'s minister of state said. "Otherwise, the '
        'consequences for our relations will be serious."',
        "BHR>QAT:17 QAT>BHR:10 QAT>BHR:13",
    ),
    (
        "TEHRAN",
        '"We expect Australia to reverse this decision," Iran\'s sports minister said. '
        '"Otherwise there will be consequences for Australian teams in the region."',
        "IRN>AUS:10 IRN>AUS:13",
    ),
    (
        "NAIROBI",
        '"Uganda is a good friend," Kenya\'s foreign minister said. "Otherwise there will be '
        'consequences."',
        "KEN>UGA:05",
    ),
]
# ... not after praise (the praise alone), without the sequel adverb, nor a hazard's cost
NONE: list[NearMiss] = [
    ("NAIROBI", '"There will be consequences for farmers," Kenya\'s agriculture minister said.'),
    ("OSLO", "Norway's foreign minister said the consequences of the drought would be serious."),
]
GAPS: list[Gap] = [
    (
        "BRASILIA",
        "Brazil's environment minister said Brazil could restrict new mining licences for "
        "Canadian firms if Ottawa did not back the review.",
        "BRA>CAN:13",
        "a restriction on a state's firms under a condition on it: no pattern reads the firms' "
        "state as the one threatened",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review302_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review302_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
