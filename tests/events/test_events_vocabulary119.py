"""Vocabulary 119 (session 60, helper P60): an encounter told beside a signing or a deal.

A visit told in an as-clause beside the deal made during it codes both acts of the pair
(the guard). The gaps are the speaker's talks in the partner's capital beside a signing
("NATO and Ghana signed ..., NATO's deputy secretary-general said after talks in Accra"):
the open golds code the talks (04, speaker's side > host) as well as the signing, but a
noun pattern of "talks in CAPITAL" with the clause's subject as source (tried in session 60)
also fires on "After talks in Kampala, Kenyan officials said ..." (a near miss of
test_events_clauses62) and on "debriefed Swedish officials after the talks in Moscow"
(test_events_vocabulary30), and on venue cities ("talks in Geneva"). It needs a source of
one named official (no "officials"), bare "talks" (no talks told before) and no venue city.
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
GAPS: list[Gap] = [
    (
        "ACCRA",
        "NATO and Ghana signed a new training programme on Wednesday, NATO's deputy"
        " secretary-general said after talks in Accra.",
        "NATO>GHA:05 GHA>NATO:05 NATO>GHA:04",
        "the speaker's talks in the partner's capital beside a signing are left uncoded",
    ),
    (
        "LOME",
        "The European Union and Togo agreed on Tuesday on a package for the coast guard, the"
        " bloc's envoy said after talks in the Togolese capital.",
        "EU>TGO:05 TGO>EU:05 EU>TGO:04",
        "the same, with the capital named by its state's adjective",
    ),
]


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
