"""Vocabulary 57 (session 37, helper S49): ships under a state's flag, trade quarrels, escorts
into port, a state respected as a brother, return flights.

1. A ship under another state's flag seized, detained or impounded by a state is property
   seized from that state (171, v.detain_vessel's obj_mod slot, as a ban on that state's
   flagged ships is aimed at it): the gold of sets 5, 18, 31 and 49 codes the flag state, so
   rows of older tables that read the flag as no one's now expect it. A purse seiner or a
   longliner is a ship. Pirates, a ship of one's own flag and a seizure only said possible
   code nothing.
2. A trade dispute, war or barrier deepened or increased is no trade boosted (v.boost_trade's
   unless_words); trade itself deepened still is.
3. A ship escorted into port is brought in, not guarded (v.escort_ships' unless_words): the
   seizure is the act.
4. A state respected or treated as a brother or a trusted friend is approved of (051,
   v.regard_as_friend), as one regarded so; a rival respected is none.
5. Return or deportation flights from a state accepted or received are returns cooperation
   with it (060, v.accept_return_flights), as migrants taken back are; flights alone are none.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a ship under another state's flag held by a state
FLAGS: list[Case] = [
    (
        "LIMA",
        "The Peruvian navy detained a Chilean-flagged trawler off Arica on Monday.",
        "PER>CHL:17",
    ),
    (
        "PORT LOUIS",
        "The Mauritian coast guard seized a French-flagged purse seiner near Agalega.",
        "MUS>FRA:17",
    ),
    (
        "COLOMBO",
        "Sri Lanka's navy impounded an Indian-flagged longliner near Jaffna.",
        "LKA>IND:17",
    ),
    ("MUSCAT", "Oman seized a Yemeni-flagged dhow in the Arabian Sea.", "OMN>YEM:17"),
]

# 2-4. trade quarrels, escorts into port, a brother respected
WORDS: list[Case] = [
    ("NAIROBI", "Kenya said on Monday it had deepened trade with Uganda.", "KEN>UGA:06"),
    (
        "JAKARTA",
        "Indonesia's navy seized a Malaysian-flagged tanker on Sunday. The tanker was escorted to"
        " the port of Batam.",
        "IDN>MYS:17",
    ),
    ("NAIROBI", "Kenya respects Uganda as a brother, the minister said.", "KEN>UGA:05"),
    ("DAKAR", "Senegal treats Gambia as a trusted friend.", "SEN>GMB:05"),
    # 5. return flights taken in
    (
        "GUATEMALA CITY",
        "Guatemala accepted two return flights from Mexico on Tuesday.",
        "GTM>MEX:06",
    ),
    (
        "PORT-AU-PRINCE",
        "Haiti agreed on Monday to receive deportation flights from the Dominican Republic.",
        "HTI>DOM:03",
    ),
]

NONE: list[NearMiss] = [
    ("NAIROBI", "Kenya deepened its trade dispute with Uganda on Monday."),
    ("ADEN", "Pirates seized a Liberian-flagged tanker off Somalia on Sunday."),
    ("DURBAN", "A Liberian-flagged freighter docked in Durban on Tuesday."),
    ("TEHRAN", "Iran said it could seize Bahraini-flagged tankers."),
    ("DOHA", "The airport accepted flights from Qatar again."),
    ("NAIROBI", "Kenya respects Uganda as a rival."),
]

GAPS: list[Gap] = []

CASES = FLAGS + WORDS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary57_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary57_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
