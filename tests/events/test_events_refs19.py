"""Refs 19 (session 33, helper NOTGT): a reaction to "it", the act noun told just before.

"Finland and Sweden signed an agreement ... NATO welcomed the agreement. Russia was quick to
criticize it.": the "it" a reaction names stands for the act noun that is the subject or object
of a main verb in the sentences before (sides._pronoun_act), and the reaction answers it as if
the noun were named again. The first such noun that is no actor must name an act ("The railway
will cost 3 billion dollars. Nigeria criticized it": the railway, no one's act); a reported
claim in between is what "it" may stand for, so the search stops there ("Benin's president said
Nigerian traders were smuggling rice. Nigeria rejected it"); "that" and "this" point at a claim
just told, not at an act noun. Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on Thursday to build a railway along the coast. "
        "Nigeria criticized it.",
        "GHA>TGO:05 TGO>GHA:05 NGA>GHA:11 NGA>TGO:11",
    ),
    # a speaker's clause about "it" in between tells of the same thing, no claim of its own
    (
        "OSLO",
        "Norway and Iceland signed a fisheries pact on Monday. The European Union welcomed the "
        "pact. A Commission spokesperson said it would protect fish stocks. Britain was quick "
        "to criticize it.",
        "NOR>ISL:05 ISL>NOR:05 EU>NOR:05 EU>ISL:05 GBR>NOR:11 GBR>ISL:11",
    ),
    # a deed noun the dictionary knows ("the closure") is the act just told
    (
        "MONTEVIDEO",
        "Uruguay closed its border with Argentina on Monday. Brazil condemned the closure. "
        "Chile criticized it as well.",
        "URY>ARG:16 BRA>URY:11 CHL>URY:11",
    ),
    # near misses inside a story: the nearest noun is a thing, or a claim is told between
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on Thursday to build a railway along the coast. The "
        "railway will cost 3 billion dollars. Nigeria criticized it.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a trade agreement on Monday. Benin's president said Nigerian "
        "traders were smuggling rice. Nigeria rejected it.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a trade agreement on Monday. Benin's president said Nigerian "
        "traders were smuggling rice. Nigeria rejected that.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
]

NONE: list[NearMiss] = [
    # no state's act before "it": nothing to answer
    ("ABUJA", "Gunmen attacked a bus near the border on Monday. Nigeria criticized it."),
    ("ABUJA", "A storm destroyed the new railway on Monday. Nigeria criticized it."),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "Ghana and Togo signed an agreement on Thursday to build a railway along the coast. "
        "Benin welcomed it.",
        "GHA>TGO:05 TGO>GHA:05 BEN>GHA:05 BEN>TGO:05",
        "an approval answers only a definite act noun told before (_told_noun); the "
        "indefinite 'an agreement' the pronoun stands for is the telling itself",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs19_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
