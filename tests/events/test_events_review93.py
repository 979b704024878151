"""Review 93 (session 34, SAYJ2): feelings and "not consulted" told in reported speech.

A state that says it was disappointed after another state's deed disapproves of it (111 at the
deed's author), and so does a state that says it had not been consulted about it (v.not_consulted:
only the speaker's own exclusion). Guards for the forms of the SAYJ census left to build (J, F):
a feeling of non-state speakers, a feeling about the weather or an economy, a feeling only
supposed ("would be disappointed if ..."), another state's consultation. The named speaker's
state after "complained" is a gap. Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

EXPELLED = "Peru expelled two Bolivian diplomats on Monday."
CLOSED = "Turkey closed its airspace to Armenian flights on Monday."

CASES: list[Case] = [
    # the speaker's feeling answers the deed just told
    (
        "LA PAZ",
        f"{EXPELLED} Bolivia's foreign ministry said it was deeply disappointed.",
        "PER>BOL:16 BOL>PER:11",
    ),
    # no state feels it
    (
        "LA PAZ",
        f"{EXPELLED} A group of Bolivian students said they were disappointed.",
        "PER>BOL:16",
    ),
    # the speaker's own exclusion, told by a pronoun
    ("TBILISI", f"{CLOSED} Georgia said it had not been consulted.", "TUR>ARM:16 GEO>TUR:11"),
    # another state's consultation: no exclusion of the speaker's
    (
        "TBILISI",
        f"{CLOSED} Georgia's foreign minister said Yerevan had not been consulted.",
        "TUR>ARM:16",
    ),
    # not a state left out
    (
        "ANKARA",
        f"{CLOSED} Local farmers complained that they had not been consulted.",
        "TUR>ARM:16",
    ),
]

NONE: list[NearMiss] = [
    (
        "LA PAZ",
        "Storms flooded large parts of southern Peru on Monday. Bolivia's foreign ministry "
        "said it was deeply concerned about the weather.",
    ),
    (
        "LA PAZ",
        "Peru's economy shrank two percent in the first quarter. Bolivia's central bank said "
        "it was worried.",
    ),
    (
        "LA PAZ",
        "Bolivia's foreign minister said La Paz would be disappointed if Peru expelled its "
        "diplomats.",
    ),
]

GAPS: list[Gap] = [
    (
        "TBILISI",
        f"{CLOSED} Georgia's foreign minister complained that Tbilisi had not been consulted.",
        "TUR>ARM:16 GEO>TUR:11",
        "v.not_consulted takes only a pronoun for the speaker's own state (parties._own_word), "
        "and 'complain' is no speech verb there",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review93_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review93_feelings(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
