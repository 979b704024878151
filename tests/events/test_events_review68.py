"""Two parties agreeing to a future act together (session 30, S33): 057 both ways.

"A and B agreed on <day> to <act>", "the two leaders agreed to ...", "A agreed with B to ...":
what two parties settle they will do is an agreement between them, whatever the act
(v.agree_together; the gold's roots 05/03/06, the stated direction required and the reverse
optional). The infinitive's own act tells it instead when a pattern codes that act ("agreed
to meet again": the meeting planned, 036), when it goes to a receiver (rules handing_verbs:
"agreed to send a team", "to submit plans"), or names a third actor; a plural subject ("the
two countries") with another state in its sentence is unsure of its pair and codes nothing
(extract._told_by_infinitive). Each row is (dateline, body, expected events of the whole body
as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LISBON",
        "Portugal and Chile agreed on Monday to carry out surveys of the seabed along the "
        "trade route.",
        "PRT>CHL:05 CHL>PRT:05",
    ),
    (
        "RIGA",
        "Latvia and Estonia agreed on Thursday to widen a pilot scheme for border guards.",
        "LVA>EST:05 EST>LVA:05",
    ),
    (
        "ACCRA",
        "Ghana's president hosted Togo's president in Accra on Monday. The two leaders agreed "
        "to carry out a census of the fishing fleet on Lake Volta.",
        "GHA>TGO:04 GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "MONTEVIDEO",
        "Uruguay agreed with Paraguay on Friday to dredge the river channel near the port.",
        "URY>PRY:05",
    ),
    (
        "LIMA",
        "Peru and Bolivia agreed to carry out surveys of the lake, after talks mediated by "
        "Brazil.",
        "PER>BOL:05 BOL>PER:05 BRA>PER:04 BRA>BOL:04",
    ),
    # the infinitive's own act tells it: the meeting planned, no agreement beside it
    ("RABAT", "Morocco and Tunisia agreed to meet again in April.", "MAR>TUN:03 TUN>MAR:03"),
    (
        "SANTIAGO",
        "Chile and Argentina signed a fishing accord on Monday. Chile sells copper to Peru, and "
        "the two countries agreed in 2024 to carry out joint studies of the coast.",
        "CHL>ARG:05 ARG>CHL:05 CHL>PER:06",
    ),
]

# near-misses: an act toward a receiver, one party alone, a refusal
NONE: list[NearMiss] = [
    ("OSLO", "Norway and Iceland agreed to send a rescue team to Greenland."),
    ("NAIROBI", "Kenya and Tanzania agreed to submit their budget plans by June."),
    ("VIENNA", "Austria agreed on Tuesday to carry out checks on its border."),
    ("NDJAMENA", "Chad and Niger did not agree to carry out joint checks on the road."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review68_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review68_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
