"""Notes 1 (session 43, lead): a note, letter or statement as a later subject speaks for its
sender ("summoned Senegal's ambassador and handed him a note of protest. The note demanded
that Dakar ..."), found in the opened sets 43 and 55 (their sentences are not used here).

A definite document noun with no author of its own (rules document_nouns), the subject of a
verb, takes as source the one the story told sending it: the source of the nearest event in
the latest sentence (this one or the two before) that holds the same noun, or, when that
telling coded no event, the subject of the verb that sent it ("sent a letter to the U.N.";
rules document_verbs) (extract._document_authors). A note told before only as handed to an
envoy (whose sender the event stage has not found yet) names no sender; a note never told
before, or one with an author of its own, is not read so.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MALABO",
        "Equatorial Guinea summoned Gabon's ambassador on Monday and handed him a note of protest"
        " over the arrests. The note demanded that Libreville release the fishermen.",
        "GNQ>GAB:11 GNQ>GAB:10",
    ),
    (
        "RIGA",
        "Latvia sent a letter to the U.N. Security Council on Friday. The letter urged Russia to"
        " stop jamming satellite signals over the Baltic.",
        "LVA>RUS:02",
    ),
]

NONE: list[NearMiss] = [
    (
        "RIGA",
        "Latvia's foreign minister spoke on Friday. The letter urged Russia to free the historian.",
    ),
    ("RIGA", "A letter signed by 40 scholars urged Russia on Friday to free the historian."),
]

GAPS: list[Gap] = [
    (
        "PRAGUE",
        "Slovakia summoned Hungary's ambassador on Monday. The ambassador was handed a protest"
        " note at the ministry, a spokeswoman said. The note demanded that Budapest stop the"
        " broadcasts.",
        "SVK>HUN:11 SVK>HUN:10",
        "the note told only as handed to the envoy: the event that hands it is the envoy's until"
        " the counterpart is found, so its sender is not known when the note speaks",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_notes1_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_notes1_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
