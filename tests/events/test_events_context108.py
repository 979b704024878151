"""Context 108 (session 48, O68): "rejected that description" answers the voice just heard.

A rejection of what another said, named "that description", "the characterization", "that
portrayal" (rules remarked_nouns and act_nouns, reaction_matches as "remark"), is aimed at
the state whose voice spoke in the sentence just before (reactions._remarked_just_before);
when that sentence is the second sentence of a quotation, with no saying verb of its own, in
the paragraph of the sentence that opened it, the voice is that sentence's
(reactions._quote_continued). A remark of the reactor's own side gives nothing.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the quotation's second sentence, its speaker in the sentence before
    (
        "SUVA",
        "Fiji's navy held a Tongan ferry at Suva on Monday. \"The crew must go home,\" Tonga's"
        " foreign minister said. \"Holding a ferry for a debt is not the Pacific way.\" The"
        " Fijian government rejected that description.",
        "FJI>TON:17 FJI>TON:12",
    ),
    # the quotation's words in a paragraph of their own: no voice told just before
    (
        "LAUTOKA",
        "Fiji's navy held a Tongan ferry at Suva on Monday. \"The crew must go home,\" Tonga's"
        " foreign minister said.\n\"Holding a ferry for a debt is not the Pacific way.\" The"
        " Fijian government rejected that description.",
        "FJI>TON:17",
    ),
    # the voice's own sentence
    (
        "SUVA",
        "Tonga's foreign minister said the crew had done nothing wrong. \"Holding sailors for a"
        ' bond is not the Pacific way," he said. The Fijian government rejected that'
        " description.",
        "FJI>TON:12",
    ),
    (
        "NUKU'ALOFA",
        "Samoa seized a Tongan trawler on Monday. \"Seizing a trawler for a debt is piracy,\""
        " Tonga's foreign minister said. Samoa rejected that characterization.",
        "WSM>TON:17 WSM>TON:12",
    ),
    (
        "HONIARA",
        "Vanuatu's foreign minister said the Solomon Islands had let loggers cross the border."
        " The Solomon Islands rejected that portrayal of events.",
        "SLB>VUT:12",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # the reactor's own side spoke just before
    (
        "SUVA",
        "\"We will look at the ferry's papers,\" Fiji's foreign minister said. \"The crew are"
        ' safe." The Fijian government rejected that description.',
    ),
    # no voice, no act: a description of nothing said
    ("SUVA", "The Fijian government rejected that description on Monday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context108_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context108_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
