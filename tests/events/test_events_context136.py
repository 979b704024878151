"""Context 136 (session 58, A58b): a reception told in the passive inside an after-clause.

"The accord was signed by A's minister and B's minister, after A's minister was received
at the palace by B's president": two acts of the pair in one sentence, the reception the
earlier occasion told under the signing by a subordinator (extract._subordinate_occasion).
That rule asked the subordinate clause's source to be its subject, and a passive clause has
no active subject: its doer is its by-agent, so the reception (043) was dropped as a second
act of the pair. A by-agent of no state (a company's chairman) still codes no reception, and
a condition ("if") tells no act done.

"The agency had also released $450,000 from its emergency fund" coded a release of people
(v.release, 084) aimed at the counterpart: a sum told by its sign alone ("$", "€", "£") is no
one freed.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_SIGNED = (
    "The accord was signed by Austria's trade minister, Karl Huber, and Senegal's fisheries "
    "minister, Amadou Diop,"
)

# extract._subordinate_occasion (a passive clause's doer is its by-agent)
PASSIVE_OCCASION: list[Case] = [
    (
        "DAKAR",
        f"{_SIGNED} after Huber was received at the presidential palace by Senegal's president.",
        "AUT>SEN:05 SEN>AUT:05 SEN>AUT:04",
    ),
    (
        "HANOI",
        "Chile and Vietnam signed a fisheries pact on Tuesday, a day after Chile's foreign "
        "minister, Rosa Vidal, was welcomed in Hanoi by Vietnam's prime minister.",
        "CHL>VNM:05 VNM>CHL:05 VNM>CHL:04",
    ),
]
# ... a private host, or a condition, adds no reception
PASSIVE_OCCASION_NOT: list[Case] = [
    (
        "DAKAR",
        f"{_SIGNED} after Huber was received at a fish market by the chairman of a trawler firm.",
        "AUT>SEN:05 SEN>AUT:05",
    ),
    (
        "DAKAR",
        f"{_SIGNED} and the deal will stand if Huber is received by Senegal's president.",
        "AUT>SEN:05 SEN>AUT:05",
    ),
]

# v.release (unless_words): a sum told by its sign alone is no one freed, even when a
# counterpart of the pair stands ready to be its target; people freed still are
SUM_RELEASED: list[Case] = [
    (
        "TRIPOLI",
        "Italy's foreign minister met Libya's prime minister on Monday. The Italian minister "
        "said Rome had also released $450,000 from its emergency fund.",
        "ITA>LBY:04",
    ),
    (
        "TRIPOLI",
        "Libya released two Italian fishermen on Monday after Italy paid a $450,000 fine.",
        "LBY>ITA:08",
    ),
]

CASES: list[Case] = PASSIVE_OCCASION + PASSIVE_OCCASION_NOT + SUM_RELEASED
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context136_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context136_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
