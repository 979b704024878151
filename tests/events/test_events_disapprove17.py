"""Disapproval and rejection (CAMEO roots 11 and 12) in the forms wire copy uses (session 17).

PROTESTS: a protest lodged, handed or given to a pair's offices ("lodged a protest with both
countries' embassies in Tokyo": the pair, not the land the embassies sit in) or handed to a
go-between's envoy for the state it is meant for ("handed him a protest note for Ottawa").
JUDGED: a statement that judges a deed told before ("Manila said the blockade was illegal",
"said the ban was a humiliation"): a noun of a deed the dictionary knows answers the latest
coded act of its roots, as "condemned the blockade" does; judgement words are the field's
(v.say_unjust, v.say_accuse), also as the modifier of a light act noun ("was an unfriendly
act": judged_act_nouns). Near-misses: no judgement, the speaker's own deed, no deed told.
ENVOYS: a charge told to another state's envoy ("told the Russian ambassador that the
transfer violated U.N. resolutions") is aimed at the envoy's state when neither the clause
nor an earlier telling of the act names its doer (a doer named wins); reporters or lawmakers
told are no one's envoy.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set. Near-misses code nothing.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PROTESTS: list[Case] = [
    (
        "TOKYO",
        "Chinese and Russian bombers flew a joint patrol near Okinawa on Tuesday, and Japan's "
        "Foreign Ministry lodged a protest with both countries' embassies in Tokyo.",
        "JPN>CHN:11 JPN>RUS:11",
    ),
    (
        "SEOUL",
        "North Korean and Russian officials signed a shipping accord on Friday. South Korea "
        "filed a complaint with both countries' missions in Geneva.",
        "PRK>RUS:05|06|03 RUS>PRK:05|06|03 KOR>PRK:11 KOR>RUS:11",
    ),
    (
        "MANILA",
        "Vietnam and China held a joint survey in the disputed waters this week, and the "
        "Philippines delivered a protest to the two countries' embassies in Manila.",
        "PHL>VNM:11 PHL>CHN:11",
    ),
    (
        "TEHRAN",
        "Iran's Foreign Ministry summoned the Swiss ambassador, whose embassy represents U.S. "
        "interests in Iran, and handed him a protest note for Washington.",
        "IRN>CHE:11|16 IRN>USA:11",
    ),
    (
        "HAVANA",
        "Cuba's deputy foreign minister gave the Swiss envoy a note of protest for Washington "
        "on Thursday.",
        "CUB>USA:11",
    ),
    (
        "RIYADH",
        "Saudi Arabia handed the Swedish charge d'affaires a formal protest on Monday over the "
        "burning of a Koran in Stockholm.",
        "SAU>SWE:11",
    ),
    (
        "ANKARA",
        "Turkey's foreign ministry summoned the Japanese ambassador and handed him a protest "
        "note for Tokyo.",
        "TUR>JPN:11|16",
    ),
]

JUDGED: list[Case] = [
    (
        "MANILA",
        "Chinese coast guard ships blocked a Philippine supply boat near the shoal on Monday. "
        "The Philippine foreign ministry said the blockade was illegal.",
        "CHN>PHL:19 PHL>CHN:11",
    ),
    (
        "GEORGETOWN",
        "Venezuela's navy blockaded Guyana's main oil terminal on Saturday. Guyana's president "
        "said the blockade was a flagrant violation of international law.",
        "VEN>GUY:19 GUY>VEN:11",
    ),
    (
        "SKOPJE",
        "Bulgaria barred North Macedonia's deputy prime minister from entering the country on "
        "Monday. Prime Minister Lazov told reporters that the ban was a humiliation.",
        "BGR>MKD:16 MKD>BGR:11",
    ),
    (
        "NEW DELHI",
        "Nepal's parliament approved a new political map in 2020. India said the map was "
        "untenable.",
        "IND>NPL:11",
    ),
    (
        "BUJUMBURA",
        "Rwanda closed its border with Burundi on Monday. Burundi's government said the closure "
        "was offensive and unjustified.",
        "RWA>BDI:19|16 BDI>RWA:11",
    ),
    # a light act noun's judging modifier ("an unfriendly act", "a hostile step")
    (
        "RIGA",
        "Russia closed its border crossings with Latvia on Monday. Latvia's foreign ministry said "
        "the closure was an unfriendly act.",
        "RUS>LVA:19|16 LVA>RUS:11",
    ),
    (
        "MOSCOW",
        "Malta refused to let a Russian frigate dock on Tuesday. A Russian ministry spokesperson "
        "said the refusal was a hostile step.",
        # the frigate let dock is read as the infinitive's subject since session 65
        # (review334): a state's warship kept out (v.not_allow_ships, 16)
        "MLT>RUS:16 RUS>MLT:11",
    ),
    (
        "RIGA",
        "Russia reopened its border crossings with Latvia on Monday. Latvia's foreign ministry "
        "said the reopening was a positive step.",
        "RUS>LVA:08",
    ),
    (
        "VILNIUS",
        "Belarus closed two border crossings to Lithuanian trucks on Monday. Lithuania's "
        "foreign ministry said the closure was a temporary measure.",
        "BLR>LTU:19|16|17",
    ),
    # near-miss: the author judges its own deed
    (
        "MANILA",
        "Chinese coast guard ships blocked a Philippine supply boat near the shoal on Monday. "
        "Beijing said the blockade was lawful.",
        "CHN>PHL:19",
    ),
]

ENVOYS: list[Case] = [
    (
        "SEOUL",
        "South Korea's vice foreign minister told the Russian ambassador on Tuesday that the "
        "transfer of submarine technology violated U.N. Security Council resolutions.",
        "KOR>RUS:11",
    ),
    (
        "ISLAMABAD",
        "Pakistan's foreign secretary told the Dutch ambassador that the parliamentary vote was "
        "unacceptable and a breach of diplomatic norms.",
        "PAK>NLD:11",
    ),
    (
        "ANKARA",
        "Turkey's foreign minister told Swedish Ambassador Anna Lind that the burning of a Koran "
        "during a rally was a provocation.",
        "TUR>SWE:11",
    ),
    (
        "BEIJING",
        "China's foreign ministry told the Philippine envoy that the landing on the reef was "
        "illegal.",
        "CHN>PHL:11",
    ),
    (
        "TOKYO",
        "Japan's foreign minister told the Chinese ambassador that North Korea's missile launch "
        "violated U.N. resolutions.",
        "JPN>PRK:11",
    ),
    # an act told before with its author: the author, not the envoy told
    (
        "TOKYO",
        "North Korea fired a ballistic missile into the Sea of Japan on Sunday. Japan's foreign "
        "minister told the Chinese ambassador on Monday that the launch violated U.N. "
        "resolutions.",
        "JPN>PRK:11",
    ),
    # the charge told to the envoy is the teller's claim, which the envoy then rejects
    (
        "SEOUL",
        "Vice Foreign Minister Kim told the Russian ambassador on Wednesday that the shipments "
        "violated U.N. resolutions, the Foreign Ministry said. The ambassador rejected the claims.",
        "KOR>RUS:11 RUS>KOR:12",
    ),
]

NONE: list[NearMiss] = [
    # a deed judged without a word of blame, by its own author, or never told
    (
        "MANILA",
        "The Philippine coast guard said on Monday that the blockade of the shoal was illegal.",
    ),
    (
        "GEORGETOWN",
        "Guyana's president said on Saturday that the blockade would be lifted within a week.",
    ),
    # no envoy told, or nothing judged
    (
        "TOKYO",
        "Japan's foreign minister told reporters on Friday that the launch violated U.N. "
        "resolutions.",
    ),
    (
        "TOKYO",
        "Japan's foreign minister told the Chinese ambassador that the talks had been useful.",
    ),
    (
        "SEOUL",
        "South Korea's defense minister told lawmakers that the drills were a provocation.",
    ),
    # offices in a pair's own lands, no pair named as their owner
    (
        "TOKYO",
        "China and Russia said on Tuesday that both countries' embassies in Tokyo would close "
        "for the holiday.",
    ),
    (
        "MANILA",
        "The Philippines lodged a protest note for the second time this month, officials said.",
    ),
    (
        "OTTAWA",
        "Canadian lawyers filed a complaint for damages on behalf of the families.",
    ),
]

GAPS: list[Gap] = [
    (
        "HAVANA",
        "Washington put Cuba back on its terrorism list in January. Cuba's foreign minister said "
        "the designation was an act of cruelty.",
        "USA>CUB:17|11|16 CUB>USA:11",
        "an act noun ('the designation') told by a verb no act family ties to it",
    ),
    (
        "SEOUL",
        "Japan summoned China's ambassador on Monday over the drills. Deputy Minister Ken Sato "
        "told Ambassador Wu Jiang that the exercises were dangerous. Wu rejected the complaint.",
        "JPN>CHN:11 JPN>CHN:11 CHN>JPN:12",
        "a teller named with no state takes the dateline's (KOR), so the charge and the answer "
        "to it go to Seoul",
    ),
]

CASES = PROTESTS + JUDGED + ENVOYS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_disapprove17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_disapprove17_codes_disapproval(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; near-misses code nothing."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
