"""Review 96 (session 34, helper S44): an opening capped by its count is a refusal of the
involvement asked for (v.allow_access's capped_code, 1245), not access given (0355).

"Kyrgyzstan will allow only 40 observers from the OSCE ..., a tenth of the number the
organization wanted" was coded as allowing access. extract._capped_count: the admitted
noun's number limited by one of rules.yaml's cap_words ("only", "just", "merely") turns the
code to the pattern's capped_code; the cap is decided when it is announced, as "will not
allow" is, so a future one is coded. A cap is a deed a later "the decision" sums up
(rules.yaml's rejecting_deed_codes, now read as prefixes). A number with no cap stays an
opening. An extradition with no to-phrase ("has extradited a former official of Iraq's
Electricity Ministry") goes to the state the one extradited served, named in the object's
of-phrase (v.extradite's "obj_sub:of" slot, after the to-phrases). Peacekeepers deployed "to
the United Nations peacekeeping mission in South Sudan" serve South Sudan (074, the gold's
convention; the U.N. was the target). "Tehran expected Paris to 'take similar humanitarian
steps'" is a demand (v.expect_compliance's object_words take "step"). Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MINSK",
        "Belarus will allow only 30 observers from the Organization for Security and"
        " Co-operation in Europe to monitor next month's presidential vote, the election"
        " commission said Monday. The European Union criticized the decision.",
        "BLR>OSCE:12 EU>BLR:11",
    ),
    (
        "TEHRAN",
        "Iran admitted just four inspectors from the International Atomic Energy Agency to the"
        " Fordow site on Sunday.",
        "IRN>IAEA:12",
    ),
    (
        "BAKU",
        "Azerbaijan allowed only 25 OSCE monitors into the country for the referendum, and"
        " Canada criticized the move.",
        "AZE>OSCE:12 CAN>AZE:11",
    ),
    # no cap: an opening, announced
    (
        "MINSK",
        "Belarus will allow 300 observers from the Organization for Security and Co-operation"
        " in Europe to monitor next month's presidential vote, the election commission said"
        " Monday.",
        "BLR>OSCE:03",
    ),
]

# an extradition with no to-phrase goes to the state the one extradited served, named in the
# object's of-phrase (v.extradite "obj_sub:of")
EXTRADITED: list[Case] = [
    (
        "AMMAN",
        "Jordan has extradited a former official of Syria's Interior Ministry who was convicted"
        " of fraud, Syria's Justice Ministry said on Monday.",
        "JOR>SYR:06",
    ),
    (
        "MADRID",
        "Spain extradited a member of a Colombian gang to the United States on Monday.",
        "ESP>USA:06",
    ),
]
CASES += EXTRADITED

# peacekeepers sent to a mission in a state serve that state (074), named under the mission,
# before the mission's body (v.deploy_peacekeepers "under:in" first)
PEACEKEEPERS: list[Case] = [
    (
        "APIA",
        "Samoa has deployed 90 police officers to the United Nations peacekeeping mission in"
        " South Sudan, its police ministry said Thursday.",
        "WSM>SSD:07",
    ),
    (
        "NUKU'ALOFA",
        "Tonga has sent 40 soldiers to the U.N. peacekeeping mission in Lebanon.",
        "TON>LBN:07",
    ),
    ("DHAKA", "Bangladesh deployed 500 peacekeepers to Mali on Monday.", "BGD>MLI:07"),
]
CASES += PEACEKEEPERS

# a state that expects another to take steps in return demands them (v.expect_compliance)
EXPECTED: list[Case] = [
    (
        "TEHRAN",
        "Iran's spokesman said Tehran expected Rome to take reciprocal steps.",
        "IRN>ITA:10",
    ),
]
CASES += EXPECTED

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review96_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review96_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
