"""Said 22 (session 43, O62): a miss found in the opened set 62 (its sentences are not used
here).

"X's prime minister, speaking at a market in Luang Namtha, said he had raised the matter with
his Thai counterpart": the subject pronoun of a clause a saying verb reports is that verb's
subject when it is a title naming no one (actors/coref.py _reporting_title), not a two-word
town the tagger took for a person and that stood nearer. Near misses: the same frame with no
act told.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "VIENTIANE",
        "Laos's prime minister, speaking at a market in Luang Namtha, said he had raised the"
        " matter with his Thai counterpart by telephone on Wednesday.",
        "LAO>THA:04",
    ),
    (
        "DILI",
        "Timor-Leste's prime minister, speaking at a school opening in Kampong Speu, said he had"
        " raised the dispute with his Indonesian counterpart.",
        "TLS>IDN:04",
    ),
    # a place the tagger reads as a place: as before
    (
        "VIENTIANE",
        "Laos's foreign minister, speaking to students in Muang Xai, said she had discussed the"
        " dam with Vietnam's president.",
        "LAO>VNM:04",
    ),
]

NONE: list[NearMiss] = [
    (
        "VIENTIANE",
        "Laos's prime minister, speaking at a market in Luang Namtha, said he had not been"
        " consulted.",
    ),
    (
        "VIENTIANE",
        "Laos's prime minister, speaking at a market in Luang Namtha, said he would raise rice"
        " prices.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said22_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
