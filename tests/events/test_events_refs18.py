"""A "she"/"he" after a nameless title that was the sentence before's subject (refs part 18).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set (session 31, task REF).

TITLED: "'...,' Admiral Kofi Mensah said. ¶ Nigeria's Foreign Ministry spokesperson accused
the two countries of ganging up. She also warned them ...": "She" took Mensah, named two
sentences back, as a nameless title was a "he"/"she"'s antecedent only when no one named was
in reach (coref._person_antecedent). A subject pronoun with no one named in its own sentence
or the one before now takes the nameless title that was the subject of the sentence before,
over anyone named further back. Kept: a person named in the sentence before ("Admiral Kofi
Mensah of Ghana met Nigeria's foreign minister. He warned ..."), and a title that was the
sentence before's object ("Togo summoned Nigeria's ambassador. He also warned ..."), leave the
named person as before.

GAPS: "its neighbor" with two other states in reach (the one the story is about is not told
apart), and an IGO's "Its chairperson" (the bare title is no IGO title: adding it made "African
Union Commission Chairperson X" a party in another set and was taken back).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TITLED: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo signed a coast guard pact on Monday. “Today we made the sea safer,” "
        "Admiral Kofi Mensah said after the signing. Nigeria’s Foreign Ministry spokesperson "
        "accused the two countries of ganging up. She also warned them against inviting outside "
        "forces.",
        "GHA>TGO:05 TGO>GHA:05 NGA>GHA:11 NGA>TGO:11 NGA>GHA:13 NGA>TGO:13",
    ),
    (
        "TAMALE",
        "Ghana and Togo signed a coast guard pact on Monday. “Today we made the sea safer,” "
        "Admiral Kofi Mensah said after the signing. Nigeria’s foreign minister criticized the "
        "pact on Tuesday. He also warned Benin against joining it.",
        "GHA>TGO:05 TGO>GHA:05 NGA>GHA:11 NGA>TGO:11 NGA>BEN:13",
    ),
    (
        "KUMASI",
        "Ghana and Togo signed a coast guard pact on Monday. “Today we made the sea safer,” "
        "Admiral Kofi Mensah said after the signing. “Nigeria’s spokesperson is wrong,” a "
        "Togolese minister said. He also warned Benin against joining the pact.",
        "GHA>TGO:05 TGO>GHA:05 TGO>NGA:11 TGO>BEN:13",
    ),
    # kept: a person named in the sentence before
    (
        "TEMA",
        "Ghana and Togo signed a coast guard pact on Monday. Admiral Kofi Mensah of Ghana met "
        "Nigeria’s foreign minister on Tuesday. He warned Benin against joining the pact.",
        "GHA>TGO:05 TGO>GHA:05 GHA>NGA:04 GHA>BEN:13",
    ),
    # kept: the title was the sentence before's object
    (
        "CAPE COAST",
        "Ghana and Togo signed a coast guard pact on Monday. “Today we made the sea safer,” "
        "Admiral Kofi Mensah of Ghana said after the signing. Togo summoned Nigeria’s ambassador "
        "on Tuesday. He also warned Benin against joining the pact.",
        "GHA>TGO:05 TGO>GHA:05 TGO>NGA:11 GHA>BEN:13",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "CHISINAU",
        "Moldova accused Russia of meddling in its election, and Moscow denied it. Romania, "
        "whose own talks opened last year, congratulated its neighbor.",
        "MDA>RUS:11 RUS>MDA:12 ROU>MDA:05",
        "'its neighbor' with two other states in reach is left unresolved",
    ),
]

CASES = TITLED
# a Gap until session 35: 'chairperson' is an events role noun now (rules.yaml role_nouns)
CASES += [
    (
        "NDJAMENA",
        "Chad and Niger clashed over a border post on Monday. The African Union urged restraint. "
        "Its chairperson spoke by phone with the leaders of both countries on Sunday.",
        "TCD>NER:19 NER>TCD:19 AU>NER:02 AU>TCD:02 AU>TCD:04 AU>NER:04",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs18_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs18_titled_pronouns(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
