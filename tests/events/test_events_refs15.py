"""Which target a right act takes: the story's pair, a deed's answered author (refs part 15).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.

STORY_PAIR: a pair reference ("both governments", "the two countries") whose nearest set is
a sentence's two parties sharing one state with the story's pair ("Brazil, Peru's largest
trading partner, declined to comment"; "Tunisia backed Algeria's decision"; "Botswana asked
Germany ...") takes the story's pair: with no list of two in the lead, the pair the article
names together in the most sentences (at least two, more than any other pair, neither the
plural's actor, the speaker's state among them when a speaker says it); a tie, a people noun
("the two men") or a side with no actor named lately ("Sudan's army and the RSF") gives none.

ASIDE: a list in a relative clause or an apposition ("Kenya, whose farmers sell tea to Uganda
and Tanzania, urged both governments") comes after any other list and the story's pair; it is
taken only when nothing else is named ("Qatar, which mediated between Israel and Hamas, urged
both sides").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

STORY_PAIR: list[Case] = [
    (
        "LIMA",
        "Peru expelled Chile's ambassador on Monday and accused Santiago of spying. Chile "
        "denied the charge and recalled its envoy from Lima. Brazil, Peru's largest trading "
        "partner, declined to comment. Argentina called on both countries to restore ties.",
        "PER>CHL:16 PER>CHL:11 CHL>PER:12 CHL>PER:16 ARG>PER:02 ARG>CHL:02",
    ),
    (
        "RABAT",
        "Algeria closed its airspace to Moroccan planes, and Morocco summoned Algeria's "
        "ambassador to protest. Algiers accused Rabat of hostile acts. Tunisia backed "
        "Algeria's decision. The African Union urged both countries to reopen talks.",
        "DZA>MAR:16|19 MAR>DZA:11 DZA>MAR:11 TUN>DZA:05 AU>DZA:02 AU>MAR:02",
    ),
    (
        "WINDHOEK",
        "Germany apologized to Namibia on Tuesday for colonial-era killings. Namibia's "
        "president accepted the apology and thanked Berlin. Botswana asked Germany to include "
        "Herero descendants living there. Germany first recognized the killings in 2021, when "
        "the two countries concluded a draft accord.",
        "DEU>NAM:05 NAM>DEU:05 BWA>DEU:02 DEU>NAM:05 NAM>DEU:05",
    ),
    (
        "PARIS",
        "Serbia and Kosovo signed an energy deal in Brussels on Monday. France urged both "
        "governments to implement it quickly.",
        "SRB>XKX:05 XKX>SRB:05 FRA>SRB:02 FRA>XKX:02",
    ),
    (
        "ROME",
        "Russia struck Ukrainian power plants overnight. Separately, Greece and Turkey signed "
        "a maritime accord in Athens. Italy praised both governments for their courage.",
        "RUS>UKR:19 GRC>TUR:05 TUR>GRC:05 ITA>GRC:05 ITA>TUR:05",
    ),
    (
        "CARACAS",
        "Venezuela accused Chile of meddling in its election. Chile rejected the accusation. "
        "Brazil's president said he hoped the two countries would deepen trade ties.",
        "VEN>CHL:11 CHL>VEN:12",
    ),
    (
        "CAIRO",
        "Egypt criticized Sudan's army for skipping the Cairo conference. Sudan accused Egypt "
        "of inviting its enemies. A U.S. envoy urged Sudan's army and the RSF to accept a "
        "truce. Kenya urged both sides to stop fighting.",
        "EGY>SDN:11 SDN>EGY:11 USA>SDN:02",
    ),
    (
        "ADDIS ABABA",
        "Kenya accused Somalia of meddling. Uganda accused Rwanda of arming rebels. The "
        "African Union urged both countries to show restraint.",
        "KEN>SOM:11 UGA>RWA:11 AU>UGA:02 AU>RWA:02",
    ),
]

ASIDE: list[Case] = [
    (
        "NAIROBI",
        "Sudan accused Ethiopia of massing troops near the disputed border. Ethiopia rejected "
        "the accusation and said Khartoum was spreading lies about Addis Ababa. Kenya, whose "
        "farmers sell tea to Uganda and Tanzania, urged both governments to settle the "
        "dispute through dialogue.",
        "SDN>ETH:11 ETH>SDN:12 ETH>SDN:11 KEN>SDN:02 KEN>ETH:02",
    ),
    (
        "HANOI",
        "China's coast guard rammed a Vietnamese fishing boat near the Paracel Islands. "
        "Vietnam protested to Beijing and demanded compensation. The Philippines, whose navy "
        "patrols waters near Malaysia and Indonesia, urged both sides to exercise restraint.",
        "CHN>VNM:19 VNM>CHN:11 VNM>CHN:10 PHL>CHN:02 PHL>VNM:02",
    ),
    (
        "ROME",
        "Italy and Greece held talks on migration. Spain, which borders Morocco and Algeria, "
        "urged both governments to share the burden.",
        "ITA>GRC:04 GRC>ITA:04 ESP>ITA:02 ESP>GRC:02",
    ),
    (
        "DOHA",
        "Qatar, which mediated between Israel and Hamas, urged both sides to accept the truce.",
        "QAT>ISR:04 QAT>PSE:04 QAT>ISR:02 QAT>PSE:02",
    ),
]

NONE: list[NearMiss] = [
    (
        "CAIRO",
        "Sudan's army and the RSF clashed again in Khartoum. Kenya urged both sides to stop fighting.",
    ),
]

GAPS: list[Gap] = [
    (
        "KYIV",
        "Ukraine's president thanked the United States for its support. Washington pledged "
        "more aid to Kyiv. Zelenskyy also met his army chief on Monday, and the two men talked "
        "about promotions.",
        "UKR>USA:05 USA>UKR:03|07",
        "'the two men' takes the story's states when the army chief has no state of his own",
    ),
]

CASES = STORY_PAIR + ASIDE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs15_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_refs15_codes_the_right_target(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
