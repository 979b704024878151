"""Findings of review R1 (session 12) fixed as general rules (review part 14).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.

PARTNERS: a deal signed with any partner, a firm too ("signed a rail deal with Indian firms",
"a contract between two companies"), is no deal with the state the signer met or visited in
the sentence (_partnered); a deal with no partner named still is (_met_partner).

LANGUAGES: a nationality joined by a hyphen to "language" or "speaking" names a language, no
state ("banned Russian-language TV channels": _language, language_words).

FORECASTS: a body that is no state foretelling a cost that hangs on the target's own policy
("The IMF said Turkey would face consequences if it failed to cut inflation") threatens no
one (_own_policy_condition); a condition naming another actor ("if it attacked Estonia") or a
state's own warning ("China said Taiwan would pay a price if it declared independence") still
threatens.

IDIOMS: an idiom with a literal or other sense needs a target of the right kind
(`target_kind`): the state named itself, a possessor, or a modifier of its government, envoy
or forces, never a nationality before another noun ("leaned on Turkish support", "lending to
Polish firms", "delisted three Chinese telecom companies"); an inquiry probes no victim of a
mishap ("into the crash of a Ukrainian airliner": mishap_nouns); a warning shot or muscle
flexed "at"/"against" reaches a state's forces only ("at Italy over its budget" is a rebuke).
A fence mended on a border is a real fence (v.mend_fences).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PARTNERS: list[Case] = [
    ("TOKYO", "Erdogan visited Iraq and signed a water agreement.", "TUR>IRQ:04 TUR>IRQ:05"),
    ("TOKYO", "While visiting Japan, Modi signed a rail deal.", "IND>JPN:04 IND>JPN:05"),
    (
        "TOKYO",
        "Modi met the Japanese prime minister on Monday and signed a domestic rail deal with "
        "Indian firms.",
        "IND>JPN:04",
    ),
    (
        "TOKYO",
        "Modi visited Japan and signed an agreement with Toyota to build a plant.",
        "IND>JPN:04",
    ),
    (
        "BEIJING",
        "Lula visited China and signed an accord with Huawei to build a factory.",
        "BRA>CHN:04",
    ),
    (
        "BAGHDAD",
        "Erdogan met the Iraqi prime minister and signed a water deal between the two companies.",
        "TUR>IRQ:04",
    ),
]

LANGUAGES: list[Case] = [
    ("RIGA", "Latvia shut down two Russian state TV channels.", "LVA>RUS:17"),
    ("VILNIUS", "Lithuania suspended Belarusian state radio.", "LTU>BLR:17"),
]

LANGUAGES_NONE: list[NearMiss] = [
    ("RIGA", "Latvia banned Russian-language TV channels."),
    ("TALLINN", "Estonia blocked Russian-speaking news websites."),
    ("CHISINAU", "Moldova banned five Russian-language broadcasters."),
]

FORECASTS: list[Case] = [
    ("BRUSSELS", "NATO said Russia would pay a heavy price if it attacked Estonia.", "NATO>RUS:13"),
    ("TEHRAN", "Iran said Israel would pay dearly if it struck its nuclear sites.", "IRN>ISR:13"),
    ("BEIJING", "China said Taiwan would pay a price if it declared independence.", "CHN>TWN:13"),
    (
        "BRUSSELS",
        "The EU said Serbia would face consequences if it recognised Russia's annexation.",
        "EU>SRB:13",
    ),
]

FORECASTS_NONE: list[NearMiss] = [
    ("WASHINGTON", "The IMF said Turkey would face consequences if it failed to cut inflation."),
    ("PARIS", "The OECD said Japan would pay a price if it did not curb its public debt."),
    ("WASHINGTON", "The IMF said Pakistan would face consequences if it failed to raise taxes."),
]

IDIOMS: list[Case] = [
    ("CAIRO", "Egypt mended fences with Turkey after a decade of tension.", "EGY>TUR:05"),
    ("TOKYO", "Japan and South Korea mended fences at a summit in Tokyo.", "JPN>KOR:05 KOR>JPN:05"),
    ("SEOUL", "South Korea fired warning shots at a North Korean merchant ship.", "KOR>PRK:15"),
    (
        "MANILA",
        "The Philippine coast guard fired warning shots toward Chinese vessels.",
        "PHL>CHN:15",
    ),
    ("MANILA", "China flexed its naval muscle against Philippine ships.", "CHN>PHL:15"),
    ("WASHINGTON", "Washington delisted Cuba's intelligence service.", "USA>CUB:08"),
    # a state body named by a compound role (session 65)
    ("WASHINGTON", "Washington delisted Cuba's state security service.", "USA>CUB:08"),
    ("BERLIN", "Germany put the brakes on arms exports to Saudi Arabia.", "DEU>SAU:16"),
    ("CAIRO", "The United States leaned on Egypt to open the Rafah crossing.", "USA>EGY:02"),
    (
        "LONDON",
        "Britain set up a commission of inquiry into Russia's role in the poisoning.",
        "GBR>RUS:09",
    ),
    # a subsidy probe of another state's goods is a trade measure (16): ruled by the lead,
    # session 36, to follow the gold of sets 20, 44 and 47
    ("BRUSSELS", "Brussels opened a probe into Chinese solar panel subsidies.", "EU>CHN:16"),
]

IDIOMS_NONE: list[NearMiss] = [
    # a description of the state's people is no body the idiom names (session 65)
    ("DHAKA", "The minister said she had raised with her hosts the detention of the activists."),
    ("MEXICO CITY", "The United States repaired the border fence with Mexico last year."),
    ("WASHINGTON", "Trump vowed to mend the fence along the border with Mexico."),
    ("NEW DELHI", "The Indian army rebuilt the border fence with Pakistan."),
    ("JERUSALEM", "Israel repaired the security fence along the border with Egypt."),
    ("BRUSSELS", "The European Commission fired a warning shot at Italy over its budget deficit."),
    ("BRUSSELS", "The European Commission fired a warning shot at Rome over its spending plans."),
    ("BERLIN", "Germany fired a warning shot at Hungary over the rule of law."),
    ("CANBERRA", "China flexed its economic muscle against Australia."),
    ("CHISINAU", "Russia flexed its diplomatic muscle against Moldova."),
    (
        "NEW YORK",
        "Washington delisted three Chinese telecom companies from the New York Stock Exchange.",
    ),
    ("WASHINGTON", "The Pentagon delisted two Chinese drone makers from its list."),
    ("BERLIN", "The German central bank put the brakes on lending to Polish firms."),
    ("ZURICH", "The Swiss central bank put the brakes on loans to Italian companies."),
    ("ATHENS", "Greece leaned on Turkish support to win the vote."),
    ("WARSAW", "Poland leaned on American loans to rebuild its army."),
    ("BELGRADE", "Serbia leaned on Russian gas to get through the winter."),
    ("WARSAW", "Poland set up a commission of inquiry into the crash of a Ukrainian airliner."),
    ("OTTAWA", "Canada set up an inquiry into the sinking of a Greek ferry."),
    ("NAIROBI", "Kenya opened an investigation into the crash of an Ethiopian airliner."),
]

GAPS: list[Gap] = [
    (
        "NEW DELHI",
        "India took back 500 of its nationals from war-torn Sudan.",
        "",
        "v.take_back_migrants reads an evacuation of a state's own nationals as readmission "
        "from the state they leave; 'Tunisia took back its nationals from Italy' is the same form",
    ),
]

CASES = PARTNERS + LANGUAGES + FORECASTS + IDIOMS
NONE = LANGUAGES_NONE + FORECASTS_NONE + IDIOMS_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review14_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review14_codes_review_findings(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
