"""Context 118 (session 51, T72): a signed memorandum, protocol or framework criticized or
welcomed later by its own noun.

Session 49 (O72) made these instruments act nouns, out of the agreement family, so that "the
agreement" welcomed later is never a side memorandum. As bare act nouns, "Russia criticized
the memorandum" took the story's last act aimed at Russia (a summons) instead of the
memorandum's signers. They now form a family of their own (rules act_families, instrument):
the nearest earlier signing of one gives its parties (coordination._antecedent_author), and
"the agreement" still reaches only the agreement family.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # an act aimed at the critic told between the signing and the criticism
    (
        "LISBON",
        "Portugal and Spain signed a memorandum on Wednesday to share information on fishing "
        "fleets. Portugal summoned Russia's ambassador after the first incident. Russia's "
        "embassy in Lisbon criticized the memorandum.",
        "PRT>ESP:05 ESP>PRT:05 PRT>RUS:11|16 RUS>PRT:11 RUS>ESP:11",
    ),
    (
        "TALLINN",
        "Estonia and Finland signed a protocol on Monday to guard the gas pipeline. Estonia "
        "expelled a Russian diplomat last week. Moscow condemned the protocol.",
        "EST>FIN:05 FIN>EST:05 EST>RUS:11|16 RUS>EST:11 RUS>FIN:11",
    ),
    # the agreement family keeps to its own nouns: a side memorandum is not "the agreement"
    (
        "CAIRO",
        "Egypt and Sudan signed an agreement on river transport on Sunday. Egypt also signed a "
        "memorandum with Libya. Kuwait welcomed the agreement.",
        "EGY>SDN:05 SDN>EGY:05 EGY>LBY:05 KWT>EGY:05 KWT>SDN:05",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a memorandum no one was told to sign: no party to criticize
    ("RIGA", "Russia's embassy in Riga criticized the memorandum on Monday."),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "A European Union delegation held talks in Accra with Ghana's president and signed a "
        "framework on cocoa. China's ambassador praised the agreement.",
        "EU>GHA:04 EU>GHA:05 CHN>EU:05 CHN>GHA:05",
        "'the agreement' reaches only the agreement family, so a framework signed before it is "
        "not found; letting it in made sets 23 and 63 fall (session 49)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context118_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context118_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
