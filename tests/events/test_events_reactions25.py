"""Reactions 25 (session 24, builder CX): reactions whose target is an earlier act the
sentence names by another word than the one that told it.

WORKS: "the project" sums up a deal told before when the deal names works to be done, by an
infinitive of works_verbs on the deal noun or its verb ("Iraq and Jordan signed an agreement
to build a pipeline ... Iran criticized the project": both signers); such a deal is the
story's own and may be told in the lead, further back than the family window
(coordination._names_works, _family_author). A deal that names no works ("a trade
agreement"), or a project told with its own author ("Egypt opened a canal project"), keeps
its reading.
DEFENDED: a state's defence of its own friendly deed with a partner ("Morocco and Mauritania
opened a border crossing. Algeria summoned Mauritania's ambassador. Mauritania defended the
decision") rejects the official protest (a summons) of the one third state that lodged it
since (reactions._defended_deed, 120), as the defence of a hostile deed rejects its victim's.
A protest in words only (test_events_context27), two protesting states, or the partner's own
summons over another matter code nothing.
GIVERS: a gift of coordinated givers with no recipient named goes to the one other state in
reach; a fellow giver is none (reactions._sole_recipient).
Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

WORKS: list[Case] = [
    (
        "MOGADISHU",
        "Kenya and Ethiopia signed an agreement on Monday to build a highway between Nairobi "
        "and Addis Ababa. Somalia criticized the project.",
        "KEN>ETH:05 ETH>KEN:05 SOM>KEN:11 SOM>ETH:11",
    ),
    (
        "LA PAZ",
        "Chile and Argentina signed a deal in Santiago to construct a tunnel under the Andes. "
        "Bolivia welcomed the project.",
        "CHL>ARG:05 ARG>CHL:05 BOL>CHL:05 BOL>ARG:05",
    ),
    (
        "BEIJING",
        "Vietnam and Laos signed a treaty on Friday to build a railway to the sea. China "
        "praised the project on Saturday.",
        "VNM>LAO:05 LAO>VNM:05 CHN>VNM:05 CHN>LAO:05",
    ),
    # a deal with no works named: "the project" sums up nothing
    (
        "MOGADISHU",
        "Kenya and Ethiopia signed a trade agreement on Monday. Somalia criticized the project.",
        "KEN>ETH:05 ETH>KEN:05",
    ),
    # a project with its own author keeps it
    (
        "CAIRO",
        "Egypt opened a new canal project on Monday. Ethiopia criticized the project.",
        "ETH>EGY:11",
    ),
]

DEFENDED: list[Case] = [
    (
        "RABAT",
        "Morocco and Mauritania opened a new border crossing on Tuesday. Algeria summoned "
        "Mauritania's ambassador in Algiers. Mauritania defended the decision.",
        "MAR>MRT:08 MRT>MAR:08 DZA>MRT:11 MRT>DZA:12",
    ),
    (
        "ACCRA",
        "Ghana signed a defence pact with Togo on Monday. Burkina Faso summoned Ghana's "
        "ambassador to protest. Ghana's government defended the move on Wednesday.",
        "GHA>TGO:05 BFA>GHA:11 GHA>BFA:12",
    ),
    # the partner's own summons over another matter, two protesters, a noun of no act
    (
        "ACCRA",
        "Ghana signed a defence pact with Togo on Monday. Togo summoned Ghana's ambassador over "
        "a fishing dispute. Ghana defended the decision.",
        "GHA>TGO:05 TGO>GHA:11",
    ),
    (
        "ACCRA",
        "Ghana signed a security pact with Togo on Monday. Burkina Faso summoned Ghana's "
        "ambassador. Mali summoned Ghana's envoy too. Ghana defended the decision.",
        "GHA>TGO:05 BFA>GHA:11 MLI>GHA:11",
    ),
    (
        "ACCRA",
        "Ghana signed a border pact with Togo on Monday. Burkina Faso summoned Ghana's "
        "ambassador to protest. Ghana's government defended its borders.",
        "GHA>TGO:05 BFA>GHA:11",
    ),
]

# A gift of coordinated givers goes to the one other state in reach, never to a fellow giver
# (reactions._sole_recipient: "Britain and Japan pledged $38 million" coded GBR>JPN, JPN>GBR)
GIVERS: list[Case] = [
    (
        "LUANDA",
        "Britain and Japan pledged $38 million on Wednesday to clear land mines in eastern Angola.",
        "GBR>AGO:03 JPN>AGO:03",
    ),
    (
        "DHAKA",
        "Floods have displaced 300,000 people in Bangladesh. Germany and Sweden pledged 20 "
        "million euros on Friday.",
        "DEU>BGD:03 SWE>BGD:03",
    ),
]

NONE: list[NearMiss] = [
    # a criticism in words only is no protest the defence answers (test_events_context27)
    ("SANTIAGO", "Peru called the step a mistake. Chile defended the decision."),
    # givers only: no recipient
    (
        "LUANDA",
        "Britain and Japan pledged a combined $38 million on Wednesday to clear land mines.",
    ),
    ("NAIROBI", "Norway and Denmark pledged 12 million dollars for drought relief."),
]

# "the project" after a deal naming works, with another project told between ("Kenya's
# parliament later approved funds for a dam"), still sums up the deal: nothing tells which
GAPS: list[Gap] = [
    (
        "MOGADISHU",
        "Kenya and Ethiopia signed an agreement on Monday to build a highway. Kenya's parliament "
        "later approved funds for a dam on the Tana river. Somalia criticized the project.",
        "KEN>ETH:05 ETH>KEN:05",
        "a works noun told between the deal and 'the project' is not read",
    ),
]
CASES = WORKS + DEFENDED + GIVERS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions25_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
