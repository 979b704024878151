"""Review 174 (session 52, lead): rejections of a telling and welcomes of a promised gift.

A rejection of a telling that names no act of its own ("rejected that account", "that
version", "that view", "the suggestion") answers the state whose voice spoke in the sentence
just before, as "rejected the remarks" does (rules remarked_nouns, act_nouns;
reactions._remarked_just_before): a speaker named by a pronoun ("He said the boat's tracker
showed ..."), a voice that also praised or warned the reactor in that sentence ("said Luanda
'remains Namibia's oldest partner' and warned ..."). A voice that only speaks of the claim
("said it was studying the claim") made none; words with a content clause of their own and
no determiner ("rejected suggestions that the dam was aimed at Kenya") answer no one told
before (sides._context_kind). A shipment welcomed after a sending only announced ("will send
40,000 tons of rice") is that promise (act_derivations "shipment send"), and "the package"
names aid, a deal's terms or measures (reaction_matches). "After a morning of talks" measures
talks as "after two days of talks" does (rules talk_span_nouns, duration_nouns); "a visit to
Algiers by its foreign minister" is a visit by the state the possessive names (nominals: only a
bare pronoun agent, "his visit", restates).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._remarked_just_before: a telling rejected answers the voice just before
TELLING: list[Case] = [
    (
        "SUVA",
        "Fiji demanded on Monday that Tonga free four Fijian sailors. \"These are fishermen,\" "
        "Fiji's foreign minister, Ratu Seru, told reporters. He said the boat's tracker showed "
        "it inside Fijian waters. Tonga rejected that account.",
        "FJI>TON:10 TON>FJI:12",
    ),
    (
        "WINDHOEK",
        "Namibia's president thanked Zambia on Monday. Angola's energy minister, Paulo Neto, "
        "said Luanda \"remains Namibia's oldest partner\" and warned that the new line would "
        "cost Windhoek more. Namibian officials rejected that view.",
        "NAM>ZMB:05 NAM>AGO:12",
    ),
    (
        "TALLINN",
        "Estonia said on Tuesday its border guards had detained two Russian men. Moscow's "
        "foreign ministry said the men had been hunting on Russian land. Estonia rejected that "
        "version.",
        "EST>RUS:17 EST>RUS:12",
    ),
]
# a voice speaking of the claim made none; words with content of their own answer no one
TELLING_KEPT: list[Case] = [
    (
        "SUVA",
        "Fiji demanded on Monday that Tonga free four Fijian sailors. Fiji's foreign minister, "
        "Ratu Seru, said the boat's tracker showed it inside Fijian waters. Australia's foreign "
        "ministry said it was studying the claim. Tonga rejected the claim.",
        "FJI>TON:10 TON>FJI:12",
    ),
    (
        "NAIROBI",
        "Kenya's president met Uganda's president on Monday. Ethiopia rejected suggestions that "
        "its new dam was aimed at Kenya.",
        "KEN>UGA:04",
    ),
    (
        "NAIROBI",
        "Kenya accused Ethiopia on Monday of sending troops across the border. Ethiopia "
        "rejected allegations that its troops had crossed into Kenya.",
        "KEN>ETH:11 ETH>KEN:12",
    ),
]
# act_derivations "shipment send"; reaction_matches "package"
PROMISED: list[Case] = [
    (
        "DHAKA",
        "India will send 40,000 tons of rice to Bangladesh, officials said on Monday. The "
        "World Food Programme welcomed the shipment.",
        "IND>BGD:03 UN>IND:05 UN>BGD:05",
    ),
    (
        "PORT VILA",
        "Australia pledged $80 million on Wednesday to build police posts in Vanuatu. New "
        "Zealand welcomed the package.",
        "AUS>VUT:03 NZL>AUS:05",
    ),
]

# rules talk_span_nouns, duration_nouns: "a morning of talks" as "two days of talks"
SPAN: list[Case] = [
    (
        "PORT VILA",
        "Australia and Vanuatu signed a policing pact on Wednesday after a morning of talks.",
        "AUS>VUT:05 VUT>AUS:05 AUS>VUT:04 VUT>AUS:04",
    ),
]
# nominals: an agent in a by-phrase owned by a pronoun is no restatement by pronoun
VISIT_BY: list[Case] = [
    (
        "ALGIERS",
        "Ireland signed a gas supply deal with Algeria on Monday during a visit to Algiers by "
        "its foreign minister.",
        "IRL>DZA:05 IRL>DZA:04",
    ),
]
# "his visit" alone restates a visit told before: still uncoded
VISIT_BY_KEPT: list[Case] = [
    (
        "ALGIERS",
        "Ireland's foreign minister arrived in Algiers on Monday. His visit follows a gas deal "
        "signed last year.",
        "IRL>DZA:04",
    ),
]

CASES: list[Case] = TELLING + TELLING_KEPT + PROMISED + SPAN + VISIT_BY + VISIT_BY_KEPT
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review174_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review174_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
