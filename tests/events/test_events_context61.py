"""Context 61 (session 32, helper S40): a welcome of "the agreements" reaches the news, not a
pact dated years back.

"A State Department spokesperson welcomed the agreements" went to Saudi Arabia and Pakistan: the
nearest earlier "agreement" was "Saudi Arabia signed a mutual defense agreement with Pakistan ...
in September 2025", background told to date the visit, while the story's agreements with India
stood in the lead, further back than the search window. A use of the act's family dated years
back (context._background_act) is now passed over, as a use marked as its author's own is,
when the reaction is not itself dated; the lead is searched before such uses are taken
(coordination._family_author). Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a dated pact between the news and the welcome
    (
        "LIMA",
        "Peru signed a defense agreement with Chile on Wednesday. The visit comes nine months "
        "after Chile signed a defense agreement with Bolivia in September 2025. A British "
        "spokesperson welcomed the agreements.",
        "PER>CHL:05 CHL>BOL:05 GBR>PER:05 GBR>CHL:05",
    ),
    (
        "QUITO",
        "Colombia signed a trade agreement with Ecuador on Friday. Colombia signed a similar "
        "agreement with Peru in 2022. Brazil welcomed the agreements.",
        "COL>ECU:05 COL>PER:05 BRA>COL:05 BRA>ECU:05",
    ),
    # the news in the lead, beyond the window; the dated pact nearer
    (
        "LIMA",
        "Peru signed a fisheries agreement with Chile on Wednesday during a visit to Lima by "
        "Chile's president. The two leaders held talks for three hours. Chile's navy will train "
        "Peruvian sailors next year. Chile's president praised his host. Peru is Chile's largest "
        "fuel supplier. Trade between them reached $5 billion last year. Both economies grew "
        "last year. The visit comes a year after Peru signed a fisheries agreement with Ecuador "
        "in March 2025. Ecuador said it had no concerns. A Spanish spokesperson welcomed the "
        "agreements.",
        # CHL>PER:03: "Chile's navy will train Peruvian sailors" (session 33, _pledged_help)
        "PER>CHL:05 CHL>PER:04 PER>CHL:04 CHL>PER:04 CHL>PER:03 CHL>PER:05 PER>ECU:05 ESP>PER:05"
        " ESP>CHL:05",
    ),
    # kept: a dated pact is welcomed when it is the only one told
    (
        "LIMA",
        "Peru and Chile signed a border treaty in 2019. Bolivia welcomed the treaty on Monday.",
        "PER>CHL:05 CHL>PER:05 BOL>PER:05 BOL>CHL:05",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context61_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context61_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
