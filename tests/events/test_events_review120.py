"""Review 120 (session 43, O62b): "recalling" beside the main act remembers, recalls no one.

Found in the opened set 62 (its sentences are not used here): a thanks followed by a
participle clause that remembers a past mission ("..., recalling the mission that restored
order") was coded as an expulsion (166). Recall outside its envoy pattern (v.recall_envoy) is
now its own pattern (v.recall), which a participle in an adverbial clause does not trigger
(objects.py _forbidden: "^advcl/VBG"). A finite or gerund recall still codes, and envoys
recalled in a participle clause still do (v.recall_envoy).

Two more extras of the set: a bare "accepts" in a relative clause on its own object ("the
number it finally accepts may be very small", an analyst's words) answered the invitation told
before (v.accepted forbids "^relcl" now); "rejected the ruling" (a court's, no actor's) answered
the latest greeting aimed at the rejecter (reaction_matches: a ruling, verdict or judgment is a
finding, which answers a charge or a report only).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MONROVIA",
        "Ghana recalled its peacekeepers from Liberia on Tuesday after the mission ended.",
        "GHA>LBR:16",
    ),
    (
        "SOFIA",
        "Bulgaria protested on Monday, recalling its ambassador from Skopje for consultations.",
        "BGR>MKD:16",
    ),
    (
        "DILI",
        "Timor-Leste thanked Portugal on Friday, recalling its own ambassador from Jakarta the "
        "same day.",
        "TLS>PRT:05 TLS>IDN:16",
    ),
    # an acceptance told in a relative clause on its object accepts no invitation told before
    (
        "VIENTIANE",
        "Thailand's minister invited his Laotian counterpart to the border camps in May. \"The "
        "consent of Laos to the checks is a real step, but the number it finally accepts may be "
        'tiny," said an analyst.',
        "THA>LAO:03",
    ),
    # a rejected court ruling answers no greeting or deal told before
    (
        "THE HAGUE",
        "Colombia and Nicaragua agreed on Monday to reopen their consulates, and the Organization "
        "of American States welcomed the agreement. The maritime dispute was decided by the "
        "International Court of Justice in 2012. Colombia rejected the ruling at the time.",
        "COL>NIC:05 NIC>COL:05",
    ),
    # praise told by the manner of speaking (v.speak_highly, session 44); the recalled
    # battalion still codes nothing
    (
        "BANGUI",
        "The Central African Republic's president spoke warmly of Rwanda, recalling the "
        "Rwandan battalion that guarded the capital in 2021.",
        "CAF>RWA:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "HONIARA",
        "Vanuatu's prime minister spoke on Monday, recalling the New Zealand-led mission that "
        "kept the peace in 2008.",
    ),
    (
        "PRAIA",
        "Cape Verde's foreign minister spoke of the port, recalling the Portuguese team that "
        "helped rebuild it.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review120_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review120_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
