"""Context 131 (session 57, helper O87): a bare-titled minister in a story with no dateline.

"Ghana and Chile signed a cocoa pact, during the first visit to Accra by a Chilean foreign
minister. Foreign Minister X was received by Ghana's president": with no dateline and no state
most named, the article has no state of its own, so the one state whose nameless office was
told before is the holder's (resolve.Resolver._earlier_office), and the reception that
follows is coded (the invitation of "him" is left: a pronoun's target). With a dateline the office told before still leaves the
host's reading as it was; with two states' offices told before, none is taken.
Each row is (dateline or "", body, expected events as full actor codes, "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import code_actor_codes, matches
from newsgraph.settings import Settings

ROWS: list[tuple[str, str, str]] = [
    (
        "",
        "Ghana and Chile signed a cocoa pact on Monday, during the first visit to Accra by a"
        " Chilean foreign minister in 20 years. Foreign Minister Ana Reyes was received by"
        " Ghana's president. Reyes invited him to visit Santiago.",
        "GHA>CHL:05 CHL>GHA:05 CHLGOV>GHAGOV:04 GHAGOV>CHLGOV:04",
    ),
    (
        "",
        "Peru and Japan signed a fisheries accord on Tuesday, during the first visit to Lima by a"
        " Japanese trade minister. Trade Minister Kenji Mori was received at the palace by"
        " Peru's president. Mori invited him to visit Tokyo.",
        "PER>JPN:05 JPN>PER:05 JPNGOV>PERGOV:04 PERGOV>JPNGOV:04",
    ),
    # near miss: two states' nameless offices told before name no holder (nor its host)
    (
        "",
        "Peru and Japan signed a fisheries accord on Tuesday after talks between a Japanese"
        " trade minister and a Peruvian trade minister in Lima. Trade Minister Kenji Mori was"
        " received by the president.",
        "PER>JPN:05 JPN>PER:05 JPNGOV>PERGOV:04 PERGOV>JPNGOV:04",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_actor_codes([(d, b) for d, b, _ in ROWS], Settings())


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), ROWS, ids=lambda v: str(v)[:30])
def test_events_context131_office_told_before(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
