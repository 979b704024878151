"""Review 135 (session 45, P4): litotes threats, bare refusals, a demand called an ultimatum.

- "warned that it would not hesitate to impose sanctions on X": a denied "hesitate"
  (rules.yaml litotes_verbs) affirms the act under it, so the warning's act codes as "would
  impose" does (a threat, 130); "did not hesitate to criticize X" is a criticism. An affirmed
  "hesitated to impose sanctions" tells no act done.
- "X asked Y to free the crew. Y refused.": a refusal naming nothing (v.refused) answers the
  appeal, offer or demand just aimed at the refuser (reaction_matches: bare refusal); a third
  state's "refused", a refusal after criticism or an attack, and "declined to comment" stay
  silent.
- "X demanded that Y free the crew. Y dismissed the ultimatum.": an ultimatum answers a demand
  (10) as well as a threat.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ATHENS",
        "Greece warned on Friday that it would not hesitate to impose sanctions on Turkey.",
        "GRC>TUR:13",
    ),
    (
        "HANOI",
        "Vietnam warned it would not hesitate to retaliate against Cambodia.",
        "VNM>KHM:13",
    ),
    (
        "QUITO",
        "Ecuador did not hesitate to condemn Peru over the border raid.",
        "ECU>PER:11",
    ),
    (
        "WARSAW",
        "Poland said it would hesitate to impose sanctions on Belarus.",
        "",
    ),
    (
        "WARSAW",
        "Poland hesitated to impose sanctions on Belarus for months.",
        "",
    ),
    (
        "SANTIAGO",
        "Chile asked Bolivia on Tuesday to return the seized trucks. Bolivia refused.",
        "CHL>BOL:02 BOL>CHL:12",
    ),
    (
        "NAIROBI",
        "Kenya asked Uganda on Monday to hand over the suspects, but Kampala declined.",
        "KEN>UGA:02 UGA>KEN:12",
    ),
    (
        "OSLO",
        "Norway offered to send engineers to Latvia. Riga declined, citing costs.",
        "NOR>LVA:03 LVA>NOR:12",
    ),
    (
        "ACCRA",
        "Ghana demanded that Togo release the fishermen within 24 hours. Lome dismissed the"
        " ultimatum.",
        "GHA>TGO:10 TGO>GHA:12",
    ),
    (
        "SANTIAGO",
        "Chile asked Bolivia on Tuesday to return the seized trucks. Peru refused.",
        "CHL>BOL:02",
    ),
    (
        "SANTIAGO",
        "Chile criticized Bolivia on Tuesday over the trucks. Bolivia refused.",
        "CHL>BOL:11",
    ),
    (
        "SANTIAGO",
        "Chilean troops shelled Bolivian posts on Tuesday. Bolivia refused.",
        "CHL>BOL:19",
    ),
    (
        "SANTIAGO",
        "Chile asked Bolivia on Tuesday to return the seized trucks. La Paz declined to comment.",
        "CHL>BOL:02",
    ),
    (
        "SANTIAGO",
        "Chile asked Bolivia on Tuesday to return the seized trucks. Copper prices declined.",
        "CHL>BOL:02",
    ),
    (
        "ACCRA",
        "Ghana criticized Togo on Monday over the arrests. Lome dismissed the ultimatum.",
        "GHA>TGO:11",
    ),
]

NONE: list[NearMiss] = [
    ("WARSAW", "Poland did not impose sanctions on Belarus, officials said."),
    ("QUITO", "Ecuador's exports declined by 3 percent. The central bank refused."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review135_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review135_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
