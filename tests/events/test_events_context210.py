"""Context 210 (session 68, T68): an appeal's "them" after a sentence that sets two parties
against each other.

"Egypt accused Ethiopia of breaching the treaty. The African Union urged them to return to
talks": an object "them" of an appeal with an infinitive (coref._party_object) stood for a pair
told before only when one mention named both ("the two countries", "Egypt and Ethiopia"); two
parties named apart, as subject and object of the sentence before, gave it nothing, and the
appeal was lost ("target not named" in the battery sets' blind style). Now it stands for the
subject and the first party acted on of that sentence's main verb (plurals.main_parties, the
reading _main_pair gives a headline; coref._main_sides).

Near misses: a plural noun as subject or object of the sentence before may be what "them"
means ("expelled three Bolivian diplomats ... urged them to leave": the diplomats, no state);
an appeal by one of the two sides ("Egypt's foreign minister urged them") is no third party's
to both; "them" with no infinitive after it is no appeal.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "CAIRO",
        "Egypt accused Ethiopia of breaching the Nile treaty. The African Union urged them to "
        "return to negotiations.",
        "EGY>ETH:11 AU>EGY:02 AU>ETH:02",
    ),
    (
        "YEREVAN",
        "Armenia accused Azerbaijan of shelling a village on Sunday. Russia called on them to "
        "respect the ceasefire.",
        "ARM>AZE:11 RUS>ARM:02 RUS>AZE:02",
    ),
    (
        "CARACAS",
        "Colombia recalled its ambassador from Venezuela on Friday. Brazil's president pressed "
        "them to restore ties.",
        "COL>VEN:16 BRA>COL:02 BRA>VEN:02",
    ),
    (
        "MANILA",
        "China warned the Philippines over its new base on Monday. Japan urged them to settle "
        "the dispute peacefully.",
        "CHN>PHL:13 JPN>CHN:02 JPN>PHL:02",
    ),
    (
        "ABUJA",
        "Niger closed its border with Benin on Tuesday. The United States urged them to reopen "
        "it.",
        "NER>BEN:16 USA>NER:02 USA>BEN:02",
    ),
    # ... not people named by a plural noun, nor an appeal by one of the two
    (
        "LIMA",
        "Peru expelled three Bolivian diplomats on Monday. Chile urged them to leave quickly.",
        "PER>BOL:16",
    ),
    (
        "DHAKA",
        "Myanmar troops crossed into Bangladesh on Monday. Thailand urged them to withdraw.",
        "MMR>BGD:15 THA>MMR:02",
    ),
    (
        "ADDIS ABABA",
        "Egypt accused Ethiopia of breaching the law. Egypt's foreign minister urged them to "
        "halt the filling.",
        "EGY>ETH:11",
    ),
    (
        "NAIROBI",
        "Kenya accused Uganda of harbouring rebels. Kenyan lawmakers urged them to leave.",
        "KEN>UGA:11",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "KHARTOUM",
        "Sudan accused Chad of arming rebels. Chad rejected the charge. Egypt urged them to "
        "talk.",
        "SDN>TCD:11 TCD>SDN:12 EGY>SDN:02 EGY>TCD:02",
        "only the sentence just before is read for the two sides (coref._main_sides)",
    ),
    (
        "DAKAR",
        "Senegal closed its border with Gambia on Monday. France invited them to a summit in "
        "Paris.",
        "SEN>GMB:16 FRA>SEN:03 FRA>GMB:03",
        "'them' with no infinitive after it is no appeal's object (coref._party_object)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context210_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context210_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
