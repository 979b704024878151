"""Vocabulary 119 (session 60, helper P60): an encounter told beside a signing or a deal.

A visit told in an as-clause beside the deal made during it codes both acts of the pair
(the guard). The speaker's talks in the partner's capital beside a signing ("NATO and Ghana
signed ..., NATO's deputy secretary-general said after talks in Accra") code the talks (04,
speaker's side > host) as well as the signing: gaps in session 60, kept since session 61
(n.talks_said_after: one named official as source, bare "talks", the capital's state named
as a party besides the place; near misses in test_events_vocabulary121).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ENCOUNTERS: list[Case] = [
    # a visit told in an as-clause beside the deal made during it
    (
        "CAIRO",
        "Kenya agreed on Monday to sell tea to Egypt at a discount, as Kenya's president began a"
        " two-day visit to Cairo.",
        "KEN>EGY:06 KEN>EGY:04",
    ),
    # the speaker's talks in the partner's capital beside a signing
    (
        "ACCRA",
        "NATO and Ghana signed a new training programme on Wednesday, NATO's deputy"
        " secretary-general said after talks in Accra.",
        "NATO>GHA:05 GHA>NATO:05 NATO>GHA:04",
    ),
    # the same, with the capital named by its state's adjective
    (
        "LOME",
        "The European Union and Togo agreed on Tuesday on a package for the coast guard, the"
        " bloc's envoy said after talks in the Togolese capital.",
        "EU>TGO:05 TGO>EU:05 EU>TGO:04",
    ),
]
NOT_ENCOUNTERS: list[NearMiss] = [
    # talks at home: the speaker's own capital names no partner
    (
        "TOKYO",
        "Japan's foreign minister said after talks in Tokyo that the two sides were close to a"
        " deal.",
    ),
    # talks only ahead
    ("ACCRA", "NATO's deputy secretary-general said talks in Accra would begin next week."),
    # talks with no place and no partner
    ("ACCRA", "NATO's deputy secretary-general said after the talks that progress was slow."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(ENCOUNTERS, NOT_ENCOUNTERS, GAPS)


def test_events_vocabulary119_bodies_are_unique() -> None:
    bodies = audit_bodies(ENCOUNTERS, NOT_ENCOUNTERS, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(ENCOUNTERS, NOT_ENCOUNTERS, GAPS)
)
def test_events_vocabulary119_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
