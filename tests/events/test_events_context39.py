"""Context 39 (session 23, builder S22): general forms behind set 22's misses and extras.

A diplomat "called in" or "hauled in" by a ministry in the passive is summoned (114), no phone
call: v.phone forbids the particle "in" ("prt=in"), and a pattern whose needed object is the
passive's subject takes that subject as its target (extract, the passive branch), so the
envoy's own "in Lima" names no target (v.call_in_envoy reads dobj first).

"its" owning a ruling body ("discussed Myanmar and urged its military government to allow
aid") is the state it was resolved to, though a target "its" is otherwise weak (it may stand
for a deal or a decision): no deal has a government, junta or leadership (parties._ruled_owner,
rules ruling_body_nouns). Its other nouns stay weak ("criticized its design").

A share of a state's own trade told in the present ("Armenia buys most of its gas from Russia",
"imports 60 percent of its electricity from Romania") is its standing profile, no deal done
(extract._standing_share, rules share_words and standing_roots); a purchase told as done or
agreed, or a share of goods not its own, is still coded.

A present-tense adverbial clause under an infinitive that is only asked for ("asked Accra to
reopen the shops while the two governments discuss the matter") sets the time of the act asked
for: what governs the infinitive governs it (parties._pending_frame), so the talks are no act
told; a past clause or one joined to the appeal itself is told.

A state's right acknowledged ("Beijing respected the Maldives' right to choose its partners")
is approval, as its sovereignty acknowledged is (v.respect_sovereignty takes "right"); the
rights of people ("the right of Kurds to protest") name no state.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SUMMONS: list[Case] = [
    (
        "LIMA",
        "Chile's ambassador in Lima was called in by the Peruvian Foreign Ministry on Monday.",
        "PER>CHL:11",
    ),
    (
        "OSLO",
        "The Danish envoy was called in by Norway's foreign ministry over the fishing dispute.",
        "NOR>DNK:11",
    ),
    (
        "ANKARA",
        "Germany's charge d'affaires in Ankara was hauled in by the Turkish Foreign Ministry "
        "on Friday.",
        "TUR>DEU:11",
    ),
    (
        "MOSCOW",
        "Estonia's envoy to Moscow was called in on Thursday by the Russian Foreign Ministry "
        "and handed a note of protest.",
        "RUS>EST:11",
    ),
    (
        "LIMA",
        "The Peruvian Foreign Ministry called in Chile's ambassador in Lima on Wednesday.",
        "PER>CHL:11",
    ),
    # kept: a call by phone in the passive, with or without a particle other than "in"
    (
        "NAIROBI",
        "The Kenyan president was called by his Tanzanian counterpart on Monday.",
        "TZA>KEN:04",
    ),
    (
        "ATHENS",
        "The Greek prime minister was called up by his Italian counterpart late on Monday.",
        "ITA>GRC:04",
    ),
]

ITS_RULERS: list[Case] = [
    (
        "BANGKOK",
        "Thailand discussed Myanmar on Monday and urged its military government to free "
        "political prisoners.",
        "THA>MMR:02",
    ),
    (
        "BRASILIA",
        "Brazil discussed Venezuela at the summit and urged its government to release the "
        "detained opposition leaders.",
        "BRA>VEN:02",
    ),
    (
        "ABUJA",
        "Nigeria discussed Niger at the summit on Friday and called on its junta to free the "
        "former president.",
        "NGA>NER:02",
    ),
    (
        "TOKYO",
        "Japan discussed North Korea with Seoul and urged its leadership to return to talks.",
        "JPN>KOR:04 JPN>PRK:02",
    ),
    # near-misses: "its" owning no ruling body stays weak
    (
        "CAIRO",
        "Egypt discussed the Nile dam with Ethiopia on Sunday and criticized its design.",
        "EGY>ETH:04",
    ),
]

STANDING_SHARES: list[Case] = [
    # kept: a purchase done or agreed
    (
        "ROME",
        "Italy bought two million tonnes of wheat from Ukraine on Monday.",
        "ITA>UKR:06",
    ),
    (
        "CAIRO",
        "Egypt agreed to buy most of the wheat it needs this year from Kazakhstan.",
        "EGY>KAZ:06",
    ),
    (
        "BUDAPEST",
        "Hungary buys most of its gas from Russia under a 15-year contract, and signed a new "
        "deal with Moscow on Monday.",
        "HUN>RUS:05",
    ),
]

PENDING_FRAMES: list[Case] = [
    (
        "NAIROBI",
        "Kenya asked Uganda to free the fishermen while the two governments discuss the border.",
        "KEN>UGA:02",
    ),
    (
        "CAIRO",
        "Egypt asked Ethiopia to stop filling the dam while the two sides negotiate a deal.",
        "EGY>ETH:02",
    ),
    # kept: talks told beside the appeal, or a past clause
    (
        "LIMA",
        "Chile and Peru met in Lima on Monday while their ministers discussed the border.",
        "CHL>PER:04 PER>CHL:04",
    ),
    (
        "ACCRA",
        "Ghana asked Togo to release the traders, and the two governments discuss the matter "
        "on Friday.",
        "GHA>TGO:02 GHA>TGO:04 TGO>GHA:04",
    ),
]

RIGHTS_RESPECTED: list[Case] = [
    (
        "ASTANA",
        "Russia said it respected Kazakhstan's right to choose its allies.",
        "RUS>KAZ:05",
    ),
    (
        "MALE",
        "China's Embassy in Male said in a statement that Beijing respected the Maldives' right "
        "to choose its partners.",
        "CHN>MDV:05",
    ),
    (
        "HANOI",
        "Germany urged Vietnam to respect the rights of detained journalists.",
        "DEU>VNM:02",
    ),
]

NONE: list[NearMiss] = [
    ("ANKARA", "Turkey said it respected the right of Kurds to protest peacefully."),
    ("YEREVAN", "Armenia buys most of its gas from Russia and sends much of its exports there."),
    ("BELGRADE", "Serbia buys about half of its oil from Iraq."),
    ("CHISINAU", "Moldova buys 60 percent of its electricity from Romania."),
    ("ANKARA", "Turkey studied the maritime deal with Libya and rejected its terms."),
    # a passive "called in" of no diplomat is no summons, nor a call
    ("WARSAW", "Polish troops were called in by the Interior Ministry to guard the border."),
    ("LIMA", "Chile's ambassador in Lima was called back to Santiago for consultations."),
]
GAPS: list[Gap] = []
CASES = SUMMONS + ITS_RULERS + STANDING_SHARES + PENDING_FRAMES + RIGHTS_RESPECTED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context39_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context39_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
