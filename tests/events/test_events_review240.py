"""Review 240 (session 63, S63): a note handed to a summoned envoy speaks for who summoned him.

"Peru summoned Chile's ambassador ... The ambassador was handed a protest note ... The note
demanded that Santiago release the fishermen": the document noun "the note" as a later subject
speaks for its sender (extract._document_authors). Told as the object of an agentless passive,
the note was not sent by the passive's subject but handed to him, so the actors layer no longer
reads that subject as its issuer (described._received), and the sender is the one state that
summoned envoys before (extract._summoner_of): of the receiver's state, or of any state's when
the receiver is a bare envoy ("The ambassador").

Near misses: a handed note with no summons told before; two states that summoned envoys (no
one sender).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the note handed to the summoned envoy demands in the summoner's name
HANDED: list[Case] = [
    (
        "LIMA",
        "Peru summoned Chile's ambassador on Monday over the detention of six fishermen. The "
        "ambassador was handed a protest note at the ministry, a spokesman said. The note "
        "demanded that Santiago release the fishermen.",
        "PER>CHL:11 PER>CHL:11 PER>CHL:10",
    ),
    (
        "HANOI",
        "Vietnam summoned China's ambassador on Monday over the ramming of a fishing boat. "
        "Chinese police had detained two Vietnamese sailors. The ambassador was handed a note. "
        "The note demanded that Beijing free the sailors.",
        "VNM>CHN:11 CHN>VNM:17 VNM>CHN:10",
    ),
]
# a note sent by a subject of its own stays that subject's (unchanged)
SENT: list[Case] = [
    (
        "OSLO",
        "Norway sent a protest note to Russia on Monday. The note demanded that Moscow free "
        "the trawler.",
        "NOR>RUS:11 NOR>RUS:10",
    ),
]
CASES: list[Case] = HANDED + SENT
NONE: list[NearMiss] = [
    (
        "ACCRA",
        "Ghana's ambassador was handed a note on Monday. The note demanded that Accra stop the "
        "raids.",
    ),
]
# two summoners: no one sender of the note handed to "the ambassador"
NOT_ONE: list[Case] = [
    (
        "RIGA",
        "Latvia summoned Russia's ambassador on Monday, and Estonia summoned Russia's ambassador "
        "on Tuesday. The ambassador was handed a note. The note demanded that Moscow stop the "
        "flights.",
        "LVA>RUS:11 EST>RUS:11",
    ),
]
CASES += NOT_ONE
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review240_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review240_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
