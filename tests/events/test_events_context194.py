"""Context 194 (session 67, P67): a target guessed from before is never the plural source's own.

"Mali and Niger signed a defence pact in 2024. The two countries pledged 10 million dollars"
coded MLI>NER and NER>MLI 03: "the two countries" is one plural source whose members are coded
one by one, and each member's pledge, naming no recipient, took its counterpart (the other
party of the pact) from the events before, that is the other member of the same plural.
What a plural gives or asks together (rules outward_plural_codes: 02, 033, 07, 10) names no
receiver among its own members; a target the context rules give (counterpart, delivery ...)
is dropped for such an act when it is one of the source mention's members (extract, after the
context rules). Joint work, ties and intents between the members are mutual and keep them
("The two countries built the dam": open sets 12 and 17 code it between the two).

Near misses (still code): joint building and promises between the members, a reaction of the
plural to a third party's deed, and a pledge whose target is a third party.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the pair's own act: no member is the other's receiver
    (
        "BAMAKO",
        "Mali and Niger signed a defence pact in 2024. The two countries pledged 10 million "
        "dollars on Monday.",
        "MLI>NER:05 NER>MLI:05",
    ),
    (
        "LIMA",
        "Peru and Chile signed a trade deal on Monday. The two countries pledged 5 million dollars "
        "for a joint fund.",
        "PER>CHL:05 CHL>PER:05",
    ),
    # ... joint work and promises between the members, a third party's deed answered, and a
    # third party named: still coded
    (
        "ASHGABAT",
        "Turkmenistan and Azerbaijan signed a gas deal on Monday. The two countries will build a "
        "300-km pipeline.",
        "TKM>AZE:05 AZE>TKM:05 TKM>AZE:03 AZE>TKM:03",
    ),
    (
        "LUSAKA",
        "Zambia and Botswana signed a power deal on Monday. Both sides promised to cut waiting "
        "times at the border.",
        "ZMB>BWA:05 BWA>ZMB:05 ZMB>BWA:03 BWA>ZMB:03",
    ),
    (
        "NIAMEY",
        "Russia imposed sanctions on Mali and Niger. The two countries condemned the move.",
        "RUS>MLI:16 RUS>NER:16 MLI>RUS:11 NER>RUS:11",
    ),
    (
        "SANTIAGO",
        "Peru and Chile signed a trade deal with Brazil. The two countries pledged to buy "
        "Brazilian beef.",
        "PER>BRA:05 CHL>BRA:05 PER>BRA:03 CHL>BRA:03",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context194_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context194_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
