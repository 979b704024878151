"""Refs 20 (session 35, helper WELC): where "the agreement" a reaction names was told.

Behaviour kept around the WELC rules (test_events_reactions40, 41): the act told two
paragraphs before; two deals told before (the nearer one, of the agreement family, is meant);
no deal told at all (nothing coded); negated and hypothetical welcomes (nothing); the deal
told only in the headline (one headline form, a compound "power line deal", is a Gap).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches
from test_events_context7 import _code

TOLD_BEFORE: list[Case] = [
    # two paragraphs before
    (
        "BAMAKO",
        "Mali and Guinea signed an agreement on Monday to pave the road between Bamako and "
        "Kankan. Officials said the road would cut the trip to six hours.\n\nWork is due to "
        "start in May. The road will run 600 kilometers.\n\nSenegal welcomed the agreement.",
        "MLI>GIN:05 GIN>MLI:05 SEN>MLI:05 SEN>GIN:05",
    ),
    # two deals told before: the nearer one
    (
        "BAMAKO",
        "Mali and Guinea signed an agreement on Monday to pave the road between Bamako and "
        "Kankan. Niger and Chad signed an agreement on river transport on Tuesday. Senegal "
        "welcomed the agreement.",
        "MLI>GIN:05 GIN>MLI:05 NER>TCD:05 TCD>NER:05 SEN>NER:05 SEN>TCD:05",
    ),
]

NONE: list[NearMiss] = [
    # no deal told
    (
        "BAMAKO",
        "Officials said a new road would cut the trip to Kankan to six hours. Work is due to "
        "start in May. Senegal welcomed the agreement.",
    ),
]

# negated and hypothetical welcomes code no welcome (the signing stays)
NO_WELCOME: list[Case] = [
    (
        "BAMAKO",
        "Mali and Guinea signed an agreement on Monday to pave the road between Bamako and "
        "Kankan. Officials said the road would cut the trip to six hours. Senegal did not "
        "welcome the agreement.",
        "MLI>GIN:05 GIN>MLI:05",
    ),
    (
        "BAMAKO",
        "Mali and Guinea signed an agreement on Monday to pave the road between Bamako and "
        "Kankan. Officials said the road would cut the trip to six hours. Senegal would welcome "
        "the agreement if it covered Conakry.",
        "MLI>GIN:05 GIN>MLI:05",
    ),
]

GAPS: list[Gap] = []

CASES = TOLD_BEFORE + NO_WELCOME

# (headline, dateline, body, marker, expected): the deal told only in the headline
HEADLINE: list[tuple[str, str, str, str, str]] = [
    (
        "Mali and Guinea sign road deal",
        "BAMAKO",
        "Officials said the road would cut the trip to Kankan to six hours. Work is due to "
        "start in May. Senegal welcomed the agreement.",
        "Senegal welcomed the agreement",
        "SEN>MLI:05 SEN>GIN:05",
    ),
]
# (headline, dateline, body, marker, expected, why it fails)
HEADLINE_GAPS: list[tuple[str, str, str, str, str, str]] = [
    (
        "Gambia and Guinea-Bissau sign power line deal",
        "BANJUL",
        "Officials said the line would carry power to 200,000 homes. Work is due to start in "
        "May. Senegal welcomed the agreement.",
        "Senegal welcomed the agreement",
        "SEN>GMB:05 SEN>GNB:05",
        "the same headline form with a compound object ('power line deal') gives no telling; "
        "not traced in session 35",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs20_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs20_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "dateline", "body", "marker", "expected"),
    [
        *HEADLINE,
        *(pytest.param(*row[:5], marks=pytest.mark.xfail(reason=row[5])) for row in HEADLINE_GAPS),
    ],
)
def test_events_refs20_headline(  # type: ignore[no-untyped-def]
    nlp, headline: str, dateline: str, body: str, marker: str, expected: str
) -> None:
    """The reaction's sentence codes exactly the listed events."""
    del nlp
    got = _code([(headline, dateline, body, marker)])[body]
    assert matches(got, expected), (got, expected)
