"""Context 209 (session 68, T68): an offer to mediate told alone is made to the quarrel's sides.

"Saudi Arabia offered to mediate", "Egypt offered to host talks": a third party's offer of a
go-between's help that names no sides (rules offering_verbs, go_between_words) was coded only
when its source's own appeal in the sentence (or by "It" in the next) named them
(reactions._joined_appeal_sides); told alone it named no one. The older open sets coded such
offers optional, but the battery sets written in the held-out annotators' style (104, 105)
code them required, 03 to each side of the dispute, as an appeal for calm is coded to them.
Now an offer with no appeal joined is made to the sides its source just spoke with
(extract._contacted_sides: "phoned the two presidents and offered to mediate"), else to those
the sentence's aside or another party's appeal names, else to the two parties of the latest
quarrel (reactions._conflict_sides with rules disputed_roots: words count, "Egypt accused
Ethiopia ... Kenya offered to mediate").

Near misses: a party to the quarrel offers no go-between's help; an offer after a deal or
talks, with no quarrel told, names no sides; an offer with no story before names no one.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an offer told alone: the sides of the latest quarrel, of an aside, of another's appeal, or
# of the source's own contact
CASES: list[Case] = [
    (
        "KHARTOUM",
        "Sudan accused Chad of arming rebels on Monday. Chad rejected the charge. Egypt offered "
        "to mediate.",
        "SDN>TCD:11 TCD>SDN:12 EGY>SDN:03 EGY>TCD:03",
    ),
    (
        "ABUJA",
        "Niger closed its border with Benin on Tuesday. Nigeria's foreign minister offered to "
        "help mediate.",
        "NER>BEN:16 NGA>NER:03 NGA>BEN:03",
    ),
    (
        "DOHA",
        "Iran seized a Qatari fishing boat on Sunday. Oman offered to host talks in Muscat.",
        "IRN>QAT:17 OMN>IRN:03 OMN>QAT:03",
    ),
    (
        "TEGUCIGALPA",
        "Honduras recalled its ambassador from Nicaragua on Thursday. Guatemala's president "
        "offered to mediate, his office said.",
        "HND>NIC:16 GTM>HND:03 GTM>NIC:03",
    ),
    (
        "DHAKA",
        "Myanmar troops crossed into Bangladesh on Monday. Dhaka protested to Naypyidaw. "
        "Thailand later offered to mediate.",
        "MMR>BGD:15 BGD>MMR:11 THA>BGD:03 THA>MMR:03",
    ),
    (
        "HANOI",
        "Vietnam and China traded accusations over a collision at sea. Singapore offered to "
        "mediate, its foreign ministry said.",
        "VNM>CHN:11 CHN>VNM:11 SGP>VNM:03 SGP>CHN:03",
    ),
    (
        "TUNIS",
        "Tunisia closed its border with Libya on Monday. Algeria's president said he had "
        "offered to mediate.",
        "TUN>LBY:16 DZA>TUN:03 DZA>LBY:03",
    ),
    (
        "BRASILIA",
        "Venezuela moved troops to the border with Guyana. Brazil, which borders both "
        "countries, offered to mediate.",
        "VEN>GUY:15 BRA>VEN:03 BRA>GUY:03",
    ),
    (
        "ISLAMABAD",
        "India suspended trade with Pakistan on Monday. China urged both countries to exercise "
        "restraint. Saudi Arabia offered to mediate.",
        "IND>PAK:16 CHN>IND:02 CHN>PAK:02 SAU>IND:03 SAU>PAK:03",
    ),
    (
        "KIGALI",
        "Rwanda and Congo traded accusations over a border clash. Qatar's emir phoned the "
        "presidents of both countries and offered to mediate.",
        "RWA>COD:11 COD>RWA:11 QAT>RWA:04 QAT>COD:04 QAT>RWA:03 QAT>COD:03",
    ),
    # ... not by a party to the quarrel, nor after a deal or talks with no quarrel told
    (
        "NEW DELHI",
        "India suspended trade with Pakistan on Monday. Pakistan offered to mediate.",
        "IND>PAK:16",
    ),
    (
        "ROME",
        "Italy and Tunisia signed a migration deal on Monday. Malta offered to host the next "
        "meeting.",
        "ITA>TUN:05 TUN>ITA:05",
    ),
    (
        "LUSAKA",
        "Zambia and Malawi held talks on trade on Monday. Botswana offered to mediate.",
        "ZMB>MWI:04 MWI>ZMB:04",
    ),
    # ... nor an offer whose go-between word lies further down; an infinitive read as an
    # adverbial clause ("offered on Tuesday to mediate") is the offer's own
    (
        "KYIV",
        "Hungary criticized Poland over its grain ban on Monday. Slovakia offered to share its "
        "experience of the accession talks.",
        "HUN>POL:11",
    ),
    (
        "ACCRA",
        "Togo closed its border with Benin on Monday. Ghana offered on Tuesday to mediate in the "
        "dispute.",
        "TGO>BEN:16 GHA>TGO:03 GHA>BEN:03",
    ),
]
# ... nor with no story before it, nor with one side alone
NONE: list[NearMiss] = [
    ("MINSK", "Belarus condemned the sanctions on Tuesday. Serbia offered to mediate."),
    ("ACCRA", "Ghana offered to mediate."),
    ("LIMA", "Chile offered to host the talks, its foreign ministry said."),
]
GAPS: list[Gap] = [
    (
        "NAIROBI",
        "Uganda expelled two Kenyan diplomats on Friday. Tanzania said it was ready to mediate.",
        "UGA>KEN:16 TZA>UGA:03 TZA>KEN:03",
        "readiness (v.ready_to_work) is no offering verb and has no 039 refinement",
    ),
    (
        "QUITO",
        "Ecuador raised tariffs on Peruvian goods. Peru answered with duties of its own. Chile "
        "offered its good offices.",
        "ECU>PER:16 PER>ECU:16 CHL>ECU:03 CHL>PER:03",
        "'good offices' is no go-between word of v.offer's object",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context209_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context209_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
