"""Coordination 28 (session 38, helper TGT): the signers of a passive act, each named by a title
and an apposed name.

"The accord was signed by Ghana's finance minister, Kofi Mensah, and Togo's trade minister,
Ama Kodjo" is parsed with the first name in apposition to the passive subject "accord", and the
second signer joined to that name, so the by-phrase held one signer: the signing was not coded
and a later "welcomed the accord" answered that one signer only. The name after the by-phrase's
object and its comma hangs on that object again (context._agent_appositions), as the parser
reads the same phrase when a time phrase stands before "by". Every sentence was written for
this file; each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LOME",
        "The accord was signed in Lome by Togo's foreign minister, Robert Dussey, and Benin's"
        " foreign minister, Olushegun Bakari.",
        "TGO>BEN:05 BEN>TGO:05",
    ),
    (
        "ASTANA",
        "The border treaty was signed in Astana by Kazakhstan's prime minister, Olzhas Bektenov,"
        " and the Kyrgyz prime minister, Adylbek Kasymaliev. Russia welcomed the treaty.",
        "KAZ>KGZ:05 KGZ>KAZ:05 RUS>KAZ:05 RUS>KGZ:05",
    ),
    # the time phrase before "by" was parsed right already
    (
        "NAIROBI",
        "A railway deal was signed on Monday by Kenya's transport minister, John Mwangi, and"
        " Uganda's works minister, Paul Okello.",
        "KEN>UGA:05 UGA>KEN:05",
    ),
]

NONE: list[NearMiss] = [
    # an apposition of the subject itself stays the subject's
    ("ACCRA", "The accord, a two-page text, was read out by a clerk, Kofi Mensah, on Monday."),
]

GAPS: list[Gap] = [
    (
        "MUSCAT",
        "The loan agreement was signed by Oman's transport minister, Said al-Harthy, and the"
        " Qatari transport minister, Jassim al-Sulaiti, during a visit to Muscat.",
        "OMN>QAT:05 QAT>OMN:05",
        "the first name is parsed as the direct object of the passive 'signed', with the second"
        " signer joined to it, so the by-phrase keeps one signer and the loan noun codes 07",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord28_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord28_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
