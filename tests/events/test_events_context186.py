"""Context 186 (session 66, T66): an outsider asks to be consulted on the story's deal.

"Zambia and Zimbabwe signed an agreement to share the water of Lake Kariba ... Mozambique,
which lies downstream, asked to be consulted on any future changes": the ask (v.ask, 02) names
no one, and its counterpart guess found none, for the asker is no party to the story. Its
clause is a passive of a consulted verb (rules consulted_verbs) of the asker itself or of a
group no state is named in ("demanded that all five Caspian states be consulted"): it asks the
makers of the story's one deal, told both ways in the lead, as an outsider's warning is aimed
at them (reactions._deal_consulted beside _deal_warning; rules consulted_ask_roots).

Near misses: a domestic law; two deals told both ways; another party's hostile act before
the ask; an ask for a copy of the deal (no consultation).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LUSAKA",
        "Zambia and Zimbabwe signed an agreement on Wednesday to share the water of Lake "
        "Kariba. Mozambique, which lies downstream, asked to be consulted on any future changes "
        "to the river's flow.",
        "ZMB>ZWE:05 ZWE>ZMB:05 MOZ>ZMB:02 MOZ>ZWE:02",
    ),
    (
        "ASTANA",
        "Kazakhstan and Turkmenistan signed an agreement on Thursday to lay a gas pipeline "
        "under the Caspian Sea. Iran's foreign ministry said Tehran had questions about the "
        "route. A ministry spokesman demanded that all Caspian states be consulted before any "
        "work begins.",
        "KAZ>TKM:05 TKM>KAZ:05 IRN>KAZ:10 IRN>TKM:10",
    ),
    (
        "DHAKA",
        "India and Nepal signed an agreement on Monday to build a dam on the Kosi river. "
        "Bangladesh asked to be informed of any plans to change the river's flow.",
        "IND>NPL:05 NPL>IND:05 BGD>IND:02 BGD>NPL:02",
    ),
    # ... not after another party's hostile act, nor an ask for no say
    (
        "MAPUTO",
        "Zambia and Zimbabwe signed an agreement on Monday to share the water of Lake Kariba. "
        "Zambia accused Malawi of diverting the river. Mozambique asked to be consulted on "
        "any future changes.",
        "ZMB>ZWE:05 ZWE>ZMB:05 ZMB>MWI:11",
    ),
    (
        "LUANDA",
        "Zambia and Zimbabwe signed an agreement on Thursday to share the water of Lake "
        "Kariba. Mozambique asked for a copy of the agreement.",
        "ZMB>ZWE:05 ZWE>ZMB:05",
    ),
]
# ... nor at home
NONE: list[NearMiss] = [
    (
        "LILONGWE",
        "Malawi's parliament passed a new water law on Monday. The opposition asked to be "
        "consulted on any future changes.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context186_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context186_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
