"""Context 96 (session 45, P3): "it" in a clause joined to a passive reaction, and a command's
infinitive read as a relative clause of its object.

"The offer was welcomed by Accra, but Lome rejected it": "it" is the passive host's subject,
as it is the active host's object in "Accra welcomed the offer, but Lome rejected it"
(sides._shared_act now reads a passive host's subject). "Moscow ordered a Latvian diplomat to
leave": the parser, swayed by the sentences around, may hang "to leave" on "diplomat" as a
relative clause; after a command verb (rules directing_verbs) that infinitive is the verb's
complement (objects._stray_infinitive), so the expulsion is coded.
Near misses: a passive host whose subject is no act ("The border was closed by ..., but ...
criticized it" names no deed the criticism answers), "it" with no joined reaction, a
non-command verb whose object has an infinitive relative clause.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIBREVILLE",
        "The African Union offered on Tuesday to mediate between Gabon and Cameroon. The offer"
        " was welcomed by Gabon, but Cameroon rejected it.",
        "AU>GAB:03 AU>CMR:03 GAB>AU:05 CMR>AU:12",
    ),
    (
        "BAMAKO",
        "Algeria offered on Monday to host talks between Mali and Niger. The proposal was"
        " backed by Niger, but Mali dismissed it.",
        "DZA>MLI:03 DZA>NER:03 NER>DZA:05 MLI>DZA:12",
    ),
    (
        "TALLINN",
        "Estonia expelled two Russian diplomats on Friday. Moscow ordered an Estonian diplomat"
        " to leave. Finland said it was concerned.",
        "EST>RUS:16 RUS>EST:16 FIN>RUS:11",
    ),
]

NONE: list[NearMiss] = [
    ("LIBREVILLE", "The crossing was closed by Gabon on Monday, but Cameroon criticized it."),
    ("BAMAKO", "Mali saw a diplomat to watch in the young envoy of Niger."),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "The African Union offered to mediate. Togo rejected the offer, saying the AU had failed"
        " before.",
        "TGO>AU:12",
        "a saying clause that names the reacted-to party (the offer's author) stops the told noun"
        " (reactions._told_noun): only a weak-pronoun subject is a restatement",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context96_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context96_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
