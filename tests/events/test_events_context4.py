"""Denied and demanded clauses, co-mediators, second verbs and implicit targets (issue #5, part 4).

Each case is a short article (neutral headline, dateline, body of one to three sentences)
through the whole pipeline; the body must code exactly the listed "SRC>TGT:RR" events ("a|b"
accepts either root), the earlier act included. Every sentence was written for this file in
wire style; none is copied from a gold set. NONE holds near-misses that must code exactly what
is listed: a denied or demanded act that was not done, co-mediators that made no deal with each
other. GAPS are expected failures, each with its reason.
"""

from __future__ import annotations

import pytest

from audit_cases import code_bodies, matches, slug  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # "denied that ...": answers the accuser told before, codes nothing of the denied clause
    (
        "WARSAW, POLAND",
        "Poland accused Russia on Monday of sending drones over its territory. "
        "Moscow denied that its drones had entered Polish airspace.",
        "POL>RUS:11 RUS>POL:12",
    ),
    (
        "KYIV, UKRAINE",
        "Ukraine accused Russia of shelling the plant. "
        "The Kremlin denied that Russian forces had shelled it.",
        "UKR>RUS:11 RUS>UKR:12",
    ),
    (
        "ADDIS ABABA, ETHIOPIA",
        "Eritrea accused Ethiopia of massing troops on the border. "
        "Ethiopian officials dismissed that its army had moved any units.",
        "ERI>ETH:11 ETH>ERI:12",
    ),
    # a deal brokered by two go-betweens: each mediates between the parties
    (
        "ISTANBUL",
        "Russia and Ukraine signed a deal brokered by Turkey and the United Nations.",
        "RUS>UKR:05 UKR>RUS:05 TUR>RUS:04 TUR>UKR:04 UN>RUS:04 UN>UKR:04",
    ),
    (
        "DOHA, QATAR",
        "Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt.",
        "ISR>PSE:05 PSE>ISR:05 QAT>ISR:04 QAT>PSE:04 EGY>ISR:04 EGY>PSE:04",
    ),
    (
        "ISTANBUL",
        "Turkey and the United Nations brokered a deal between Russia and Ukraine.",
        "TUR>RUS:04 TUR>UKR:04 UN>RUS:04 UN>UKR:04",
    ),
    # "condemned what it called Y's provocation": the target is what the clause calls it
    ("KYIV, UKRAINE", 'Ukraine condemned what it called Russia\'s "provocation".', "UKR>RUS:11"),
    (
        "BEIJING",
        "China criticized what it called Japan's interference in its internal affairs.",
        "CHN>JPN:11",
    ),
    ("TAIPEI, TAIWAN", "Taiwan condemned what it called China's intimidation.", "TWN>CHN:11"),
    (
        "MANILA, PHILIPPINES",
        "The Philippines denounced what it described as China's dangerous maneuvers.",
        "PHL>CHN:11",
    ),
    # a second verb joined to "called" is not governed by it (as "called for" would)
    (
        "BERLIN",
        "French President Emmanuel Macron called German Chancellor Friedrich Merz and praised "
        "Ukrainian President Volodymyr Zelenskyy.",
        "FRA>DEU:04 FRA>UKR:05",
    ),
    (
        "BERLIN",
        "French President Emmanuel Macron called German Chancellor Friedrich Merz on Monday "
        "and thanked Ukrainian President Volodymyr Zelenskyy.",
        "FRA>DEU:04 FRA>UKR:05",
    ),
    (
        "NAIROBI, KENYA",
        "Kenyan President William Ruto met Ethiopia's envoy and thanked Somali President Hassan "
        "Sheikh Mohamud.",
        "KEN>ETH:04 KEN>SOM:05",
    ),
    # a protest or a condemnation a reaction answers: whoever made it to the reactor
    (
        "COLOMBO, SRI LANKA",
        "India lodged a protest with Sri Lanka. Colombo dismissed the protest.",
        "IND>LKA:11 LKA>IND:12",
    ),
    (
        "ANKARA, TURKEY",
        "Greece condemned Turkey's drilling on Monday. Ankara rejected the condemnation.",
        "GRC>TUR:11 TUR>GRC:12",
    ),
    # the demand is coded, the demanded act is not
    ("KYIV, UKRAINE", "Ukraine demanded that Russia return the children.", "UKR>RUS:10"),
    (
        "BERLIN",
        "Germany insisted that Russia withdraw its troops from Ukraine.",
        "DEU>RUS:10",
    ),
    (
        "KYIV, UKRAINE",
        "Ukraine insisted that Russian forces had shelled Kharkiv.",
        "RUS>UKR:19",
    ),
]

# (dateline, body, expected events): near-misses
NONE: list[tuple[str, str, str]] = [
    # no accuser told before: the denied act is not coded; since session 16 the denial
    # rejects the state its own side's denied harm names (denied_deed, clauses25)
    ("WARSAW, POLAND", "Russia denied that its drones had entered Polish airspace.", "RUS>POL:12"),
    (
        "VILNIUS, LITHUANIA",
        "Belarus rejected that its troops had attacked Lithuanian guards.",
        "BLR>LTU:12",
    ),
    # a demanded act is not done
    (
        "UNITED NATIONS",
        "The assembly passed a resolution demanding that Russia return Ukrainian children.",
        "",
    ),
    ("KYIV, UKRAINE", "Ukraine urged that Russia release the prisoners.", ""),
    # the denial is told after the charge it answers: the charge stands
    (
        "N'DJAMENA, CHAD",
        "Sudan accused Chad of arming the rebels, a charge N'Djamena denies.",
        "SDN>TCD:11 TCD>SDN:12",
    ),
    # street protests answer no one's diplomatic protest
    (
        "TEHRAN, IRAN",
        "Thousands of people protested in Tehran on Monday. Iran's government condemned the "
        "protests.",
        "",
    ),
    # a refusal still governs both verbs of its infinitive
    ("NEW DELHI", "India refused to condemn Russia and criticize China.", ""),
    # what another actor calls it: that actor's words, no target read from them
    ("BEIJING", "China criticized what Japan called a routine patrol.", ""),
    # co-mediators with no parties named: no deal between them
    ("ISTANBUL", "The grain deal brokered by Turkey and the United Nations expired on Monday.", ""),
    ("ISTANBUL", "Turkey and the United Nations brokered the grain deal in 2022.", ""),
    # co-negotiators are the parties
    (
        "ISTANBUL",
        "The deal negotiated by Russia and Ukraine expired on Monday.",
        "RUS>UKR:05 UKR>RUS:05",
    ),
]

# (dateline, body, expected, why it fails)
GAPS: list[tuple[str, str, str, str]] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every case through the whole pipeline at once (one nlp.pipe batch, the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_bodies([(d, b) for d, b, _ in CASES + NONE] + [(d, b) for d, b, _, _ in GAPS])


def test_events_context4_bodies_are_unique() -> None:
    bodies = [c[1] for c in CASES + NONE] + [c[1] for c in GAPS]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [pytest.param(d, b, e, id=slug(b)) for d, b, e in CASES + NONE]
    + [
        pytest.param(d, b, e, marks=pytest.mark.xfail(reason=why), id=slug(b))
        for d, b, e, why in GAPS
    ],
)
def test_events_context4_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """Cases and near-misses code exactly what is listed; gaps are expected to fail."""
    assert matches(coded[body], expected), (body, coded[body], expected)
