"""Review 424 (session 67, M2): "His guest thanked ..." paragraphs after the visit was told.

"his guest" is the visitor of a visit named within guest_lookback sentences
(described._visitor_before). A story that tells the visit in its lede and comes back to the
guest many paragraphs on ("... His guest thanked him for ...") left the guest unresolved. Now,
as "his host" further back is the host of the story's visit (described._story_host), "his
guest" further back is the one visitor of the story's visit told in its first
story_sentences sentences that name actors, while the story still names the visitor's state
within host_lookback (described._story_visitor); never the welcomer's own state.

Near misses: the visitor's state not named again lately; two visitors arriving together;
no visit told at all.

Gap: the same guest thanking "him" right after the host's quoted words ('"...," he said. His
guest thanked him'): "him" is left unresolved, so the thanks have no target.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# eight sentences that name no actor, to put the visit beyond guest_lookback
_FILLER = (
    "The two countries share a long border. Trade between them reached $1 billion last year. "
    "Most of it crosses at Busia. Officials expect the figure to grow. The rail line to "
    "Kampala is old. A new line is planned. Its route is still disputed. Work may start in "
    "2027."
)
_FILLER_B = (
    "The two countries share a long river. Trade between them doubled in five years. Most of "
    "it goes by lorry. Economists expect more growth. The main road is in poor repair. A new "
    "bridge is planned. Its cost is still disputed. Building may begin next spring."
)

CASES: list[Case] = [
    (
        "KAMPALA",
        "Kenya's president arrived in Kampala on Tuesday for a two-day state visit. "
        f"{_FILLER} Kenya's exports to Uganda rose by a fifth. His guest thanked Uganda for "
        "its hospitality.",
        "KEN>UGA:04 KEN>UGA:05",
    ),
    (
        "DAKAR",
        "Gambia's president began a three-day state visit to Senegal on Monday. "
        f"{_FILLER_B} Gambia's ferries carry much of the traffic. His guest praised Senegal's "
        "help with the ferry service.",
        "GMB>SEN:04 GMB>SEN:05",
    ),
    # within guest_lookback, as before
    (
        "NAIROBI",
        "Ethiopia's prime minister arrived in Nairobi on Monday for a state visit. Kenya's "
        "president welcomed him at State House. His guest thanked Kenya for its support.",
        "ETH>KEN:04 KEN>ETH:04 ETH>KEN:05",
    ),
]
NONE: list[NearMiss] = [
    # no visit told at all
    (
        "KAMPALA",
        f"Uganda's president opened a new power plant on Tuesday. {_FILLER} Kenya's exports to "
        "Uganda rose by a fifth. His guest thanked Uganda for its hospitality.",
    ),
]
# the rows that code the visit only: the guest is left unresolved
VISIT_ONLY: list[Case] = [
    # the visitor's state not named again within host_lookback
    (
        "KAMPALA",
        "Kenya's president arrived in Kampala on Tuesday for a two-day state visit. "
        f"{_FILLER} Most exports go by road. His guest thanked Uganda for its hospitality.",
        "KEN>UGA:04",
    ),
    # two visitors arriving together: which one is the guest is not told
    (
        "KAMPALA",
        "Kenya's president and Tanzania's president arrived in Kampala on Tuesday for a summit. "
        f"{_FILLER} Kenya's exports to Uganda rose by a fifth. His guest thanked Uganda for its "
        "hospitality.",
        "KEN>UGA:04 TZA>UGA:04",
    ),
]
GAPS: list[Gap] = [
    (
        "KAMPALA",
        "Kenya's president arrived in Kampala on Tuesday for a state visit. On Tuesday, "
        'Uganda\'s president expressed regret for the expulsions. "Mistakes were made," he said. '
        "His guest thanked him for what he called the courage of a brother.",
        "KEN>UGA:04 KEN>UGA:05",
        '"him" after a quoted "he said" is left unresolved',
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES + VISIT_ONLY, NONE, GAPS)


def test_events_review424_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES + VISIT_ONLY, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES + VISIT_ONLY, NONE, GAPS, strict=True)
)
def test_events_review424_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
