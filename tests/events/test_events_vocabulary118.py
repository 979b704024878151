"""Vocabulary 118 (session 60, helper P60): the host's reception told in the passive.

"The team was met at the airport by Zambia's health minister", "was greeted / welcomed /
received by ...": the host named in the by-phrase receives a visit (043), source the host's
state, target the visitor's, and a thanks told in a relative clause on the host is a second
act of the pair (05). The rows cover the passive "met" with its by-phrase hung on the place
("at Lusaka airport by ...", context._late_agents), a team sent or arrived named again as
"the team" (v.host_guest), and a team named with a count of its members ("The team of 14
doctors", described._counted_members) or the party of a body whose people visited
("Inspectors from the IAEA toured ...", described._visiting_owner). Near misses: "met with criticism", "greeted with
protests", "received by fax", a reception only planned, a sports team.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

RECEPTIONS: list[Case] = [
    # the passive "met" with its by-phrase hung on the airport
    (
        "HARARE",
        "The Swedish team was met at the airport by Zimbabwe's health minister.",
        "ZWE>SWE:04",
    ),
    # a team sent, named again, greeted by the host, who thanks the sender: two acts
    (
        "LUSAKA",
        "Ireland sent a team of doctors to Zambia on Monday. The team was greeted at Lusaka"
        " airport by Health Minister Grace Banda, who thanked Dublin for answering a request.",
        "IRL>ZMB:07 ZMB>IRL:04 ZMB>IRL:05",
    ),
    # a team that arrived, named again and welcomed: the reception, not an approval
    (
        "LILONGWE",
        "A team of 40 Norwegian doctors and nurses arrived in Malawi on Monday. The team was"
        " welcomed at Kamuzu airport by Health Minister Joyce Phiri, who thanked Oslo for its"
        " help.",
        "NOR>MWI:07 MWI>NOR:04 MWI>NOR:05",
    ),
    # "the team of 14 doctors": a count of its members, still the team sent
    (
        "LUSAKA",
        "Ireland sent a team of doctors to Zambia on Monday. The team of 14 doctors was met at"
        " Lusaka airport by Health Minister Grace Banda, who thanked the Irish government for"
        " moving fast.",
        "IRL>ZMB:07 ZMB>IRL:04 ZMB>IRL:05",
    ),
    # "the team" after a body's inspectors visited: the party that body sent
    (
        "TEHRAN",
        "Inspectors from the International Atomic Energy Agency toured a former reactor site in"
        " Iran on Thursday. The team was received in Tehran by Iran's foreign minister.",
        "IRN>IAEA:04",
    ),
    # the active meeting is still a meeting of the pair
    ("HARARE", "Zimbabwe's president met Sweden's foreign minister on Monday.", "ZWE>SWE:04"),
]
NOT_RECEPTIONS: list[NearMiss] = [
    ("LUSAKA", "The Irish proposal was met with criticism in Lusaka."),
    ("LUSAKA", "Zambia's president was greeted with protests in Dublin."),
    ("LUSAKA", "The Irish request was received by fax at the ministry on Monday."),
    (
        "LUSAKA",
        "Zambia's president was to be met at the airport by Ireland's prime minister, but the"
        " trip was called off.",
    ),
    ("DOHA", "Qatar welcomed the Argentine team to Doha for the final."),
    # fans of a club who arrived are no party a state sent
    (
        "ACCRA",
        "Fans of the Nigerian club arrived in Ghana on Monday. The team was met at the airport"
        " by Ghana's sports minister.",
    ),
]
GAPS: list[Gap] = []

# the reception's full code: 043 for the passive "met" with a doer, 040 for the active
CODES: list[tuple[str, str, str]] = [
    ("HARARE", "The Malawian delegation was met at the airport by Zimbabwe's foreign minister.", "043"),
    ("HARARE", "Zimbabwe's foreign minister met the Malawian delegation on Monday.", "040"),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(RECEPTIONS, NOT_RECEPTIONS, GAPS)


def test_events_vocabulary118_bodies_are_unique() -> None:
    bodies = audit_bodies(RECEPTIONS, NOT_RECEPTIONS, GAPS) + [b for _, b, _ in CODES]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(RECEPTIONS, NOT_RECEPTIONS, GAPS)
)
def test_events_vocabulary118_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
def test_events_vocabulary118_passive_meeting_is_a_reception() -> None:
    """The passive "met ... by" is a visit received (043); the active "met" a meeting (040)."""
    from newsgraph.model import RawDocument, Result
    from newsgraph.pipeline import analyse, prepare
    from newsgraph.settings import Settings

    settings = Settings()
    articles = [
        prepare(
            RawDocument(f"<case {i}>", f"News in brief\n\n{d} — {b}\n", (("date", "2025-03-14"),)),
            settings,
        )
        for i, (d, b, _) in enumerate(CODES)
    ]
    for (_, body, code), result in zip(CODES, analyse(articles, settings)):
        assert isinstance(result, Result), result
        got = [e.code for e in result.events if e.sentence_index >= 1]
        assert got == [code], (body, got)
