"""Vocabulary 169 (session 68, V68): a state lectured (v.lecture).

The open sets' gold evidence holds "lecture" two dozen times, nearly always refused ("will not be
lectured", "does not take lectures", v.not_accept_lessons) or charged ("accused Vienna of
lecturing a country", the accusation); no pattern read the active verb. "Britain lectured
China on human rights", "hectored Ukraine over its reforms", "sermonized", "moralized" at a
state are criticism (111), as v.criticize's "chided".

v.lecture reads the reporter's voice only: "said Denmark was lecturing a sovereign country" is
the speaker's charge, not Denmark's act (a gap below), as "accused Austria of lecturing" is the
accusation. Near misses: a professor lecturing students and a state lecturing "anyone" name no
state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("LONDON", "Britain lectured China on human rights on Monday.", "GBR>CHN:11"),
    ("KYIV", "The U.S. envoy hectored Ukraine over its slow reforms.", "USA>UKR:11"),
    ("PARIS", "France lectured Mali's junta on democracy.", "FRA>MLI:11"),
    ("BUDAPEST", "Hungary accused Austria of lecturing a sovereign country.", "HUN>AUT:11"),
]
NONE: list[NearMiss] = [
    ("OXFORD", "The professor lectured students on Chinese history."),
    ("DELHI", "India said Pakistan was in no position to lecture anyone."),
]
GAPS: list[Gap] = [
    (
        "BAKU",
        'Azerbaijan\'s foreign ministry said Denmark was "lecturing a sovereign country" on human rights.',
        "AZE>DNK:11",
        "the speaker's charge in a said-clause whose subject is the lecturer: v.lecture reads only the reporter's voice, and no pattern turns the charge round",
    ),
    (
        "KAMPALA",
        "Uganda will not be lectured by the European Union, its foreign minister said.",
        "UGA>EU:12",
        "a passive refusal: the engine reads the by-phrase as the doer, and a negated passive has no pattern",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary169_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary169_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
