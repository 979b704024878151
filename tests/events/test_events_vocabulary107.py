"""Vocabulary 107 (session 57, O85): a good turn named is praise, also in a relative clause.

Forms of wire copy (rewritten here with other names and words):

- a deed named a good turn ("called the rail link 'a second window to the Pacific'", "a gateway
  to Asia", "a lifeline for our ports", "a bridge between two oceans") is praise (051,
  v.call_praise's object_words), no insult read from an unlisted word (v.call_names' unless
  words held gateway, lifeline and bridge, not window); a wrong named beside it still outweighs
  ("a window for smugglers and a provocation");
- a relative clause on the praiser that names its own object ("received by the Chilean
  president, who called the visit 'a bridge between two oceans'") is the praiser's act
  (forbid "^relcl_gap"); one whose gap is the thing named ("a deployment Chile's navy called
  'a milestone'") still codes nothing, as tests/events/test_events_clauses30.py keeps it.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.call_names / v.call_praise: a good turn named
GOOD_TURN: list[Case] = [
    (
        "SANTIAGO",
        "Peru and Chile agreed on a new rail link to Arica. Chile's transport minister called "
        'the link "a second window to the Pacific".',
        "PER>CHL:05 CHL>PER:05 CHL>PER:05",
    ),
    (
        "MONTEVIDEO",
        "Uruguay and Paraguay agreed on a new barge route to Nueva Palmira. Paraguay's trade "
        'minister called the route "a gateway to the Atlantic".',
        "URY>PRY:05 PRY>URY:05 PRY>URY:05",
    ),
    # a wrong named beside it outweighs: still an insult
    (
        "LIMA",
        "Peru and Bolivia agreed on a new rail link to Ilo. Chile's transport minister called "
        'the link "a window for smugglers and a provocation".',
        "PER>BOL:05 BOL>PER:05 CHL>PER:11 CHL>BOL:11",
    ),
]

# forbid "^relcl_gap": the praiser's relative clause with its own object
RELATIVE: list[Case] = [
    (
        "SANTIAGO",
        "Peru opened a consulate in Arica on Tuesday during a visit by Peruvian Foreign Minister "
        "Ana Ruiz. Ruiz was received at La Moneda by the Chilean president, who called the "
        'visit "a bridge between two oceans," although the two states still dispute the sea '
        "border.",
        "PER>CHL:05 PER>CHL:04 CHL>PER:04 CHL>PER:05",
    ),
    (
        "ASUNCION",
        "Bolivia opened an embassy in Paraguay on Monday during a visit by Bolivian Foreign "
        "Minister Luis Paz. Paz was received by the Paraguayan president, who called the visit "
        '"a gateway to the sea."',
        "BOL>PRY:05 PRY>BOL:04 PRY>BOL:05",
    ),
    # a hostile name in the same place stays an insult
    (
        "SANTIAGO",
        "Peru opened a consulate in Iquique on Tuesday during a visit by Peruvian Foreign "
        "Minister Ana Ruiz. Ruiz was received at La Moneda by the Chilean president, who called "
        'the visit "a provocation," although the two states still trade.',
        "PER>CHL:05 PER>CHL:04 CHL>PER:04 CHL>PER:11",
    ),
]
RELATIVE_NOT: list[NearMiss] = [
    # the relative's gap is the thing named: no act of the namer
    (
        "SANTIAGO",
        'Peru moved two frigates to the border, a deployment Chile\'s navy called "a milestone."',
    ),
]

CASES: list[Case] = GOOD_TURN + RELATIVE
NONE: list[NearMiss] = RELATIVE_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary107_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary107_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
