"""A pair reference after a digression to another pair (session 30, S29).

"The deal comes as Ethiopia's ties with Eritrea remain tense. Addis Ababa recalled its envoy
from Asmara ... The two countries have traded accusations": when the two sentences before a
pair reference, in its paragraph, both name a pair that shares one party with the story's
pair and never name the story's other party, the reference is that pair, not the story's
(plurals._running_pair). Kept: a reference after a paragraph break (the story's pair again)
and one a third party acts on ("Brazil urged both countries": the story's pair, as
"Russia warned Yerevan ... Turkey praised both leaders"). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR"); "\\n\\n" in a body is a paragraph break.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_STORY_CHL = (
    "Chile and Peru signed a trade pact on Monday during a visit to Lima by Chile's president."
    "\n\nPeru's president welcomed his guest at the palace.\n\n\"This is a good day,\" Peru's "
    "trade minister said.\n\nChile's president accepted an invitation to return to Lima next "
    "year, Peru's presidency said.\n\nThe World Bank praised the pact.\n\nThe pact comes as "
    "Peru's ties with Bolivia remain tense. Lima withdrew its ambassador from La Paz in 2022 "
    "after Bolivia hosted a rival summit."
)
_STORY_CHL_EVENTS = (
    "CHL>PER:05 PER>CHL:05 CHL>PER:04 PER>CHL:04 CHL>PER:03 WB>CHL:05 WB>PER:05 PER>BOL:16"
)

CASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Ethiopia signed a power deal on Wednesday during a visit to Addis Ababa by "
        "Kenya's president.\n\nEthiopia's prime minister welcomed his guest at the palace.\n\n"
        "\"This is a new chapter,\" Kenya's energy minister said.\n\nKenya's president accepted "
        "an invitation to return to Addis Ababa in June, Ethiopia's government said.\n\nThe "
        "World Bank praised the deal.\n\nThe deal comes as Ethiopia's ties with Eritrea remain "
        "tense. Addis Ababa recalled its envoy from Asmara in 2022 after Eritrea hosted a rival "
        "summit. The two countries have traded accusations ever since.",
        "KEN>ETH:05 ETH>KEN:05 KEN>ETH:04 ETH>KEN:04 KEN>ETH:03 WB>KEN:05 WB>ETH:05 "
        "ETH>ERI:16 ETH>ERI:11 ERI>ETH:11",
    ),
    (
        "SANTIAGO",
        _STORY_CHL + " The two countries expelled each other's diplomats in 2023.",
        _STORY_CHL_EVENTS + " PER>BOL:16 BOL>PER:16",
    ),
    # near-misses: the story's pair after a paragraph break, or when a third party acts on it
    (
        "SANTIAGO",
        _STORY_CHL + "\n\nThe two countries have traded accusations since then.",
        _STORY_CHL_EVENTS + " CHL>PER:11 PER>CHL:11",
    ),
    (
        "SANTIAGO",
        _STORY_CHL + " Brazil urged both countries to talk.",
        _STORY_CHL_EVENTS + " BRA>CHL:02 BRA>PER:02",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "LIMA",
        "Chile and Peru signed a trade pact on Monday during a visit to Lima by Chile's "
        "president.\n\nThe two leaders then held talks at the palace.\n\nThe pact comes as "
        "Peru's ties with Bolivia remain tense. Lima withdrew its ambassador from La Paz in "
        "2022. The two countries have traded accusations since then.",
        "CHL>PER:05 PER>CHL:05 CHL>PER:04 PER>CHL:04 PER>BOL:16 PER>BOL:11 BOL>PER:11",
        "an earlier pair reference ('the two leaders') within plural_lookback is taken before "
        "the sentences' pair, and only a meeting overtakes it (plurals._newer_parties)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context49_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context49_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
