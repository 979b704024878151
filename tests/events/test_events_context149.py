"""Context 149 (session 61, G61): a request granted in the sentence that asks it.

"X's embassy in Y asked for consular access ..., and the request was granted": sides._told_here
took the party asked only from the asking verb's direct object, and an ask of nobody named
(its target read from the embassy's seat) gave the grant no granter. The ask's own coded hit
of the sentence (ctx.hits_here) now names the pair. A grant that names what it grants only by
a pronoun ("and was granted it", "and that Y had granted it") or by a relative clause on the
asked noun's phrase ("asked for access to the sailors, which Y granted") is the one asked
yielding to the asker (extract._granted_ask_hits); the relative also names whom the ask,
naming no one, was made of.

Near misses: a grant negated or only planned, something else granted ("was granted a
meeting"), an offer accepted (no ask), and an ask only planned.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# sides._told_here: the ask's own hit names the party asked
REQUEST_GRANTED: list[Case] = [
    (
        "MANILA",
        "The Philippine embassy in Riyadh sought consular access to the jailed nurses this "
        "week, and the request was granted within hours, a Saudi official said.",
        "PHL>SAU:02 SAU>PHL:08",
    ),
]
# extract._granted_ask_hits: a pronoun or a relative names what is granted
PRONOUN_GRANTED: list[Case] = [
    (
        "LIMA",
        "Peru's consulate in La Paz had requested consular access to the arrested truck "
        "drivers and was granted it on Sunday, the ministry said.",
        "PER>BOL:02 BOL>PER:08",
    ),
    (
        "DAKAR",
        "Senegal's foreign ministry said its embassy in Banjul had asked for consular access to "
        "the jailed fishermen and that Gambia had granted it without delay.",
        "SEN>GMB:02 GMB>SEN:08",
    ),
    (
        "JAKARTA",
        "Indonesia asked for consular access to the arrested sailors, which Malaysia granted "
        "after two days.",
        "IDN>MYS:02 MYS>IDN:08",
    ),
]
# ... not a grant told as done, or not of what was asked
NOT_GRANTED: list[Case] = [
    (
        "LIMA",
        "Peru's consulate in La Paz had requested consular access to the arrested truck "
        "drivers but was not granted it, the ministry said.",
        "PER>BOL:02",
    ),
    (
        "DAKAR",
        "Senegal's foreign ministry said its embassy in Banjul had asked for consular access to "
        "the jailed fishermen and that Gambia would grant it soon.",
        "SEN>GMB:02",
    ),
    (
        "LIMA",
        "Peru's consulate in La Paz had requested consular access to the arrested truck "
        "drivers and was granted a meeting with their lawyers on Sunday, the ministry said.",
        "PER>BOL:02",
    ),
    (
        "NAIROBI",
        "Kenya's Foreign Ministry said it had offered Tanzania the use of the port of Mombasa, "
        "and that Tanzania had accepted it.",
        "KEN>TZA:03",
    ),
]

CASES: list[Case] = REQUEST_GRANTED + PRONOUN_GRANTED + NOT_GRANTED
NONE: list[NearMiss] = [
    (
        "MANILA",
        "The Philippine embassy in Riyadh said it would seek consular access to the jailed "
        "nurses, and the request was granted within hours.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context149_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context149_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
