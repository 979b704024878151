"""A refusal and the charge given as its reason (session 29, ROOT3): 12 beside 11.

"blocked X's bid, saying Y had failed to ...", "rejected X's proposal, blaming Y for ...": the
refusal (12) and the reproach or accusation (11) are two acts of the pair, as after a deed
(extract._trailing_charge, rules rebuff_roots / rebuff_charge_verbs). Kept to 12 alone: a name
given to the thing refused ("turned down the offer, calling it a stunt", "dismissed the
allegations as lies, calling Y a bully": one act, as the news-dev gold codes it), a reason that
is no reproach ("saying it lacked the funds"), a failure that is no duty ("failed to qualify"),
and a failure of no state ("the evidence had failed to convince"). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HELSINKI",
        "Finland rejected Estonia's proposal for a joint patrol, saying Tallinn had done "
        "nothing to curb smuggling.",
        "FIN>EST:12 FIN>EST:11",
    ),
    (
        "REYKJAVIK",
        "Iceland rejected Denmark's fishing proposal, blaming Copenhagen for the collapse of "
        "the talks.",
        "ISL>DNK:12 ISL>DNK:11",
    ),
    (
        "SOFIA",
        "Bulgaria blocked North Macedonia's bid to open membership talks, saying Skopje had "
        "failed to honor the friendship treaty.",
        "BGR>MKD:12 BGR>MKD:11",
    ),
    # near-misses: the refusal alone
    (
        "MONTEVIDEO",
        "Uruguay turned down Chile's offer of talks, calling it a stunt.",
        "URY>CHL:12",
    ),
    (
        "LIMA",
        "Peru dismissed the Bolivian smuggling allegations as lies, calling Bolivia a bully.",
        "PER>BOL:12",
    ),
    (
        "ACCRA",
        "Ghana refused Togo's request for a loan, saying it lacked the funds.",
        "GHA>TGO:12",
    ),
    (
        "BUCHAREST",
        "Romania rejected Moldova's request, saying Chisinau had failed to qualify for the fund.",
        "ROU>MDA:12",
    ),
    (
        "NAIROBI",
        "Kenya rejected Somalia's claim, saying the evidence had failed to convince the judges.",
        "KEN>SOM:12",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "VIENNA",
        "Austria vetoed Slovenia's request for a new border crossing, accusing Ljubljana of "
        "ignoring the river treaty.",
        "AUT>SVN:12 AUT>SVN:11",
        "the accused's 'ignoring the treaty' is coded as Slovenia's own defiance of Austria "
        "(v.defy+reaction, SVN>AUT:12), an act the accusation only alleges",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots29_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
