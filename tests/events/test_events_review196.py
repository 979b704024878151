"""Review 196 (session 58, O84): a reaction whose object names an urging, and "the call" of
the one asked after the story's lead; access to data given.

Wire copy tells an appeal and then its rejection by a noun that names it: "urged the
government to raise tariffs ... rejected the advice", "dismissed the recommendation". Advice
and a recommendation are acts a reaction answers (rules act_nouns, reaction_matches "02"), as
a call is ("02", "10"). An appeal made to the lead's doer ("Armenia freed four Georgians.
Tbilisi urged Yerevan to drop the charges against a fifth") is the story's reply, which a
bystander's "the call" does not sum up (reactions._lead_reply); the one asked still answers
it ("That call was rejected by Armenia's justice minister"). Near misses: advice or a
recommendation of no state told before, and a bystander's "rejected the call" after such a
reply, code nothing.

Access given to data ("will give Peruvian technicians access to its satellite images", "gave
Bolivian engineers access to its seismic data") is information shared (064; 03 ahead), not
outside involvement allowed (086: v.allow_access's refine words); inspectors given access to a
site and duty-free access for goods keep their codes.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_FREED = (
    "Armenia freed four Georgian truck drivers on Monday. Tbilisi also urged Yerevan to drop "
    "the charges against a fifth. "
)

NAMED_URGING: list[Case] = [
    (
        "NAIROBI",
        "The World Bank approved a loan to Kenya on Monday. The bank urged the government to "
        "raise electricity tariffs. Kenya's energy minister rejected the advice, saying "
        "households could not pay more.",
        "WB>KEN:07 WB>KEN:02 KEN>WB:12",
    ),
    (
        "ACCRA",
        "The International Monetary Fund reached a deal with Ghana on Friday. The fund urged "
        "the government to sell two state banks. Finance Minister Kwame Owusu dismissed the "
        "recommendation.",
        "IMF>GHA:05 IMF>GHA:02 GHA>IMF:12",
    ),
]
ASKED_ANSWERS: list[Case] = [
    (
        "TBILISI",
        _FREED + "That call was rejected by Armenia's justice minister, who said the case would "
        "go to court.",
        "ARM>GEO:08 GEO>ARM:02 ARM>GEO:12",
    ),
    (
        "TBILISI",
        _FREED + "Armenian officials rejected the call on Tuesday.",
        "ARM>GEO:08 GEO>ARM:02 ARM>GEO:12",
    ),
    # no lead deed before the appeal: as before
    (
        "LIMA",
        "Peru urged Ecuador on Monday to reopen the border. That call was rejected by Ecuador's "
        "fisheries minister.",
        "PER>ECU:02 ECU>PER:12",
    ),
]
NOT_TOLD: list[Case] = [
    # a bystander's "the call" after the story's reply: no act of its own summed up
    ("TBILISI", _FREED + "Azerbaijan rejected the call.", "ARM>GEO:08 GEO>ARM:02"),
]

DATA_ACCESS: list[Case] = [
    (
        "LIMA",
        "Brazil's space agency will give Peruvian technicians access to its satellite images of "
        "the Amazon.",
        "BRA>PER:03",
    ),
    ("LIMA", "Chile gave Bolivian engineers access to its seismic data on Monday.", "CHL>BOL:06"),
    ("LIMA", "Peru granted Ecuador duty-free access for its bananas.", "PER>ECU:06"),
]

CASES: list[Case] = NAMED_URGING + ASKED_ANSWERS + NOT_TOLD + DATA_ACCESS
NONE: list[NearMiss] = [
    ("NAIROBI", "Kenya's energy minister rejected the advice of his own officials on Monday."),
    (
        "MANILA",
        "The Philippines rejected the recommendation of a parliamentary committee to cut rice "
        "tariffs.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review196_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review196_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
