"""Roots 44 (session 40, builder R05): another state's people let in or at work (060).

"Philippine authorities allowed two Taiwanese officials to visit the crew", "let Togolese
fishermen work in its waters": a state letting another state's officials, investigators,
fishermen, workers or pilgrims in, through or at work is material cooperation (060,
v.allow_nationals), as v.allow_ships is for its craft; the people's nationality names the
target. Census of the development sets: silent sentences with both actors named, root 06
("allowed two Taiwanese officials to visit the crew", "let Gabonese fishermen keep working").
Officials let in to see detained nationals make a consular visit, diplomatic cooperation (050,
session 61: the open sets give every such visit 05/08, test_events_vocabulary122). Told as
intended it is an intent (03); refused, denied, urged, no one's people ("foreign
journalists", "the officials"), one's own nationals, refugees or migrants give nothing.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# another state's people let in or at work: the giver acts on their state
LET_IN: list[Case] = [
    (
        "HANOI",
        "Cambodia allowed Vietnamese investigators to question the suspects on Tuesday.",
        "KHM>VNM:06",
    ),
    (
        "DAKAR",
        "Senegal let Mauritanian fishermen work in its waters under the new accord on Monday.",
        "SEN>MRT:06",
    ),
    (
        "RIYADH",
        "Saudi Arabia allowed Iranian pilgrims to perform the Hajj for the first time since 2015.",
        "SAU>IRN:06",
    ),
    (
        "LA PAZ",
        "Bolivia said Peru had allowed Bolivian truckers to cross the border without inspection.",
        "PER>BOL:06",
    ),
    (
        "MANILA",
        "Philippine authorities allowed two Indonesian officials to visit the detained crew on"
        " Thursday.",
        "PHL>IDN:05",
    ),
    # announced: an intent
    (
        "RIYADH",
        "Saudi Arabia will allow Iranian pilgrims to perform the Hajj next year, the ministry said.",
        "SAU>IRN:03",
    ),
]

# refused, denied, only urged, or no other state's people: no cooperation told
NONE: list[NearMiss] = [
    ("LIMA", "Peru did not allow Bolivian officials to visit the prisoners on Monday."),
    ("LIMA", "Peru allowed Peruvian fishermen to return to the bay on Monday."),
    ("LIMA", "Peru allowed foreign journalists to visit the site on Monday."),
    ("LIMA", "Peru allowed the officials to visit the prisoners on Monday."),
    ("QUITO", "Ecuador allowed Venezuelan migrants to work in the country on Monday."),
    ("QUITO", "Ecuador allowed Colombian refugees to stay in the border towns on Monday."),
]

# an urging codes only the appeal; a refusal codes the rejection (v.reject's
# xcomp_permitted, session 45), no cooperation
URGED: list[Case] = [
    (
        "RIYADH",
        "Saudi Arabia refused to allow Iranian pilgrims to perform the Hajj this year.",
        "SAU>IRN:12",
    ),
    (
        "SANTIAGO",
        "Chile urged Peru to allow Bolivian officials to visit the prisoners.",
        "CHL>PER:02",
    ),
]

# goods let through ("let sealed Bolivian cargo pass"): closed in session 65, see
# test_events_vocabulary132
GAPS: list[Gap] = [
    (
        "PORT MORESBY",
        "Vietnamese diplomats would be allowed to visit the detained men, Papua New Guinea said.",
        "PNG>VNM:03",
        "a passive permission with no agent names no giver",
    ),
]

CASES: list[Case] = LET_IN + URGED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots44_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots44_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
