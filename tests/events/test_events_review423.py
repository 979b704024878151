"""Review 423 (session 67, M2): "the two presidents called on X to ...", a doer named again
whose verb the parser hung on it as a clause.

"In a joint statement, the two presidents called on Mali, Burkina Faso and Niger to resume
cooperation with ..." resolves "the two presidents" to both principals named before, but the
parser reads the sentence in one of two wrong ways once an opening phrase stands before the
subject: the noun is the root with "called" and the to-infinitive both clauses of it
(context._verbs_read_as_adjectives barred a root with a second verb among its clauses), or
the infinitive is the root with the noun its subject and "called" a clause of the noun
(context._infinitives_read_as_roots). Either way the appeal had no subject
(v.call_on: source-unresolved). Now the past verb is the root, the noun its subject and the
infinitive its complement, as the parser reads the sentence with no opening phrase.

Near misses: the same sentence with a subject that names no party ("the two experts", "the
researchers"), or "the two presidents" with no presidents named before.

Gap: "the two presidents" after three were named is read as the last two named; which two is
not told, so nothing should be coded.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the noun the root, "called" and the infinitive both its clauses
    (
        "LOME",
        "Togo's president met Benin's president in Lome on Monday. In a joint statement, the "
        "two presidents called on Mali, Niger and Chad to resume cooperation with the regional "
        "bloc, which the three governments left last year.",
        "TGO>BEN:04 TGO>MLI:02 TGO>NER:02 TGO>TCD:02 BEN>MLI:02 BEN>NER:02 BEN>TCD:02",
    ),
    # the infinitive the root, "called" a clause of its subject
    (
        "KAMPALA",
        "Uganda's president met Kenya's president in Kampala on Monday. In a joint statement, "
        "the two presidents called on Somalia, Eritrea and Sudan to hold elections.",
        "UGA>KEN:04 UGA>SOM:02 UGA>ERI:02 UGA>SDN:02 KEN>SOM:02 KEN>ERI:02 KEN>SDN:02",
    ),
    (
        "QUITO",
        "Peru's foreign minister met Ecuador's foreign minister in Quito on Friday. At a news "
        "conference, the two ministers called on Colombia to return to the border talks.",
        "PER>ECU:04 PER>COL:02 ECU>COL:02",
    ),
    # parsed right before, and still coded
    (
        "LUSAKA",
        "Malawi's president met Zambia's president in Lusaka on Monday. In a joint statement, "
        "the two presidents called on Zimbabwe and Mozambique to reopen their border posts.",
        "MWI>ZMB:04 MWI>ZWE:02 MWI>MOZ:02 ZMB>ZWE:02 ZMB>MOZ:02",
    ),
    (
        "MASERU",
        "Lesotho's prime minister met South Africa's president in Pretoria on Monday. In a "
        "statement, the two leaders urged Eswatini to release jailed lawmakers.",
        "LSO>ZAF:04 LSO>SWZ:02 ZAF>SWZ:02",
    ),
    (
        "NAIROBI",
        "In a statement on Monday, Kenya's foreign minister called on Sudan to hold talks with "
        "the rebels.",
        "KEN>SDN:02",
    ),
]
# ... but a subject that names no party, or two presidents named nowhere before, codes nothing
NONE: list[NearMiss] = [
    (
        "GENEVA",
        "In a joint statement, the two experts called on Sudan to hold talks with the rebels.",
    ),
    ("ADDIS ABABA", "In a report, the researchers called on Ethiopia to free jailed journalists."),
    (
        "JUBA",
        "In a joint statement, the two presidents called on Sudan to hold talks with the rebels.",
    ),
    ("DODOMA", "At a summit in Arusha, the two leaders called on Burundi to reopen its border."),
]
GAPS: list[Gap] = [
    (
        "NAIROBI",
        "Kenya's president met Uganda's president and Rwanda's president in Nairobi on Monday. "
        "In a joint statement, the two presidents called on Sudan to hold talks.",
        "KEN>UGA:04 KEN>RWA:04",
        "the two presidents after three named are read as the last two named (UGA, RWA)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review423_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review423_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
