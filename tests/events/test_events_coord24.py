"""Coordination 24 (session 32, helper S39b): a pair reference in a second verb's phrase.

"Kenya expressed solidarity with Dodoma and called for talks between the two governments":
the second verb has no subject of its own and shares Kenya, so the plural is in its subject's
own clause, not a reported one (plurals._reported climbs a subjectless conjunct). Kenya acts
on the pair and is none of it; before, the sentence's own two states (Kenya and Tanzania)
were taken as the pair.

A land that is no state (actors/territories.yaml), named after a preposition ("urged France
to open a dialogue on Mayotte", "migrants expelled from Greenland"), is a place or a topic
(plurals._place), no party a plural reference counts; "Gibraltar's chief minister" still is
one. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Burundi has suspended visas for Tanzanian officials. Kenya's foreign ministry also "
        "expressed solidarity with Dodoma and called for talks between the two governments.",
        "BDI>TZA:16 KEN>TZA:05 KEN>BDI:02 KEN>TZA:02",
    ),
    (
        "ACCRA",
        "Togo closed its border with Benin on Monday. Ghana voiced support for Porto-Novo and "
        "pressed for negotiations between the two countries.",
        "TGO>BEN:16 GHA>BEN:05 GHA>TGO:02 GHA>BEN:02",
    ),
    (
        # a second verb with a subject of its own: Nigeria acts, Ghana's support is no pair
        "ACCRA",
        "Togo closed its border with Benin on Monday. Ghana voiced support for Porto-Novo, and "
        "Nigeria called for talks between the two countries.",
        "TGO>BEN:16 GHA>BEN:05 NGA>TGO:02 NGA>BEN:02",
    ),
    (
        "OSLO",
        "Russia banned Norwegian fishing boats from its waters on Monday. The Nordic Council "
        "stood with Norway and urged Moscow to open talks on Svalbard. Iceland expressed "
        "solidarity with Oslo and called for talks between the two governments.",
        "RUS>NOR:16 ISL>NOR:05 ISL>NOR:02 ISL>RUS:02",
    ),
    (
        "LONDON",
        "Argentina recalled its ambassador from London on Friday. The African Union said it "
        "stood with Buenos Aires and urged Britain to open a dialogue on the Falklands. Peru's "
        "foreign ministry also expressed solidarity with Argentina and called for talks between "
        "the two governments.",
        "ARG>GBR:16 AU>ARG:05 AU>GBR:02 PER>ARG:05 PER>ARG:02 PER>GBR:02",
    ),
]

NONE: list[NearMiss] = [
    # a territory told as a place is no government: no pair of two is named
    (
        "COPENHAGEN",
        "Denmark said migrants expelled from Greenland had been flown to Iceland. Norway called "
        "for talks between the two governments.",
    ),
]

GAPS: list[Gap] = [
    (
        "SANTIAGO",
        "Argentina recalled its ambassador from London on Friday. Brazil urged Britain to hold "
        "talks on the Falklands. Chile also expressed solidarity with Buenos Aires and called "
        "for negotiations between the two governments.",
        "ARG>GBR:16 BRA>GBR:02 CHL>ARG:05 CHL>ARG:02 CHL>GBR:02",
        "the sentence before names exactly two states (an appeal and its addressee), taken as "
        "the pair; the appeal-only check (_appeal_only) is read for 'both sides' only",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord24_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
