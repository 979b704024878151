"""Review 74 (session 31, S34): a pair that talks to someone else, and the pair a host goes
between.

"The two governments had consulted village elders", "both governments are speaking to
domestic audiences": a reciprocal meeting verb whose own partner slot (its with/to phrase,
partner_slot_roots) or, for a verb whose object is the one met (partner_object_verbs:
"consult"), whose object names a noun that is no actor met someone else, not each other
(sides._unknown_partner: a plural, a name or a party noun); "each other", a manner ("with the
aim of easing tensions") and a topic ("talked about the dam", "discussed the
waterway") keep the pair, and a border reopened "to trucks" (08) is no meeting.

"X's president spoke by phone with Spain's president, and Spain offered to host talks between
the two neighbors": who hosts or mediates talks "between" a pair is none of it, so the pair is
the one at odds before (plurals._acting_on through _mediating_verb), and a later "both
governments" takes that pair too, not the host and its caller.

"Spoke with both of his counterparts", "urged both of the neighbors": "both of" before a
possessive or "the" opens a pair reference as "both" does (plurals._plural_at). "Had spoken to
officials in both capitals": a role noun placed in a plural of states stands for the people of
each member, as "officials in Quito and Bogota" does (plurals.place_in_plurals, after the
bare-role pass gave it the nearest state). Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HARARE",
        "Zimbabwe and Botswana said the two governments had consulted Tswana chiefs on both "
        "sides of the river for two years.",
        "",
    ),
    (
        "HARARE",
        "Zimbabwe and Botswana signed a water deal on Monday. \"Both governments are talking to "
        "voters ahead of elections,\" said Joe Banda, an analyst in Harare.",
        "ZWE>BWA:05 BWA>ZWE:05",
    ),
    (
        "GABORONE",
        "The presidents of Zimbabwe and Botswana spoke with farmers' unions in Francistown on "
        "Monday.",
        "",
    ),
    # near-misses: each other, a topic, a border opened to those who pass
    (
        "HARARE",
        "Zimbabwe and Botswana said the two governments had consulted each other on the plan.",
        "ZWE>BWA:04 BWA>ZWE:04",
    ),
    (
        "HARARE",
        "Zimbabwe and Botswana talked about the dam on Monday.",
        "ZWE>BWA:04 BWA>ZWE:04",
    ),
    (
        "KAMPALA",
        "Kenya and Uganda talked with the aim of easing tensions over the lake.",
        "KEN>UGA:04 UGA>KEN:04",
    ),
    (
        "BAGHDAD",
        "Jordan and Iraq reopened their main border crossing to trucks on Wednesday.",
        "JOR>IRQ:08 IRQ>JOR:08",
    ),
    # the pair a host goes between
    (
        "QUITO",
        "Ecuador summoned Colombia's ambassador on Monday. Ecuador's president spoke by phone "
        "with Spain's president, and Spain offered to host talks between the two neighbors. "
        "France urged both governments to settle the matter calmly.",
        "ECU>COL:11 ECU>ESP:04 ESP>ECU:03 ESP>COL:03 FRA>ECU:02 FRA>COL:02",
    ),
    (
        "ASUNCION",
        "Paraguay expelled a Bolivian diplomat on Friday. Bolivia's foreign minister called his "
        "Argentine counterpart, and Argentina offered to mediate between the two countries.",
        "PRY>BOL:16 BOL>ARG:04 ARG>PRY:03 ARG>BOL:03",
    ),
    # "both of his counterparts", "officials in both capitals": the pair at odds
    (
        "QUITO",
        "Ecuador recalled its ambassador from Colombia on Monday. Peru's foreign minister spoke "
        "with both of his counterparts on Tuesday.",
        "ECU>COL:16 PER>ECU:04 PER>COL:04",
    ),
    (
        "QUITO",
        "Ecuador recalled its ambassador from Colombia on Monday. Spain urged both of the "
        "neighbors to show restraint.",
        "ECU>COL:16 ESP>ECU:02 ESP>COL:02",
    ),
    (
        "QUITO",
        "Ecuador recalled its ambassador from Colombia on Monday. The U.N. envoy for the region "
        "said she had spoken to officials in both capitals on Tuesday.",
        "ECU>COL:16 UN>ECU:04 UN>COL:04",
    ),
    # near-miss: officials in one capital are that state's
    (
        "QUITO",
        "Ecuador recalled its ambassador from Colombia on Monday. The U.N. envoy said she had "
        "spoken to officials in Bogota.",
        "ECU>COL:16 UN>COL:04",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review74_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review74_partners_and_hosts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
