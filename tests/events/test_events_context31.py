"""Context 31 (session 19, builder TV): whom a rejected charge answers.

Wire copy often tells an old accusation in a participle clause ("Lithuania closed two
crossings with Belarus last year, accusing Minsk of pushing migrants ...") and closes with
the accused's standing denial ("Belarus rejects the charge"). The participle tells the
charge (sides._same_act takes an adverbial -ing clause as a telling; act_derivations "charge
accuse", "accusation accuse"), so the search back for the charge's author stops there and no
longer runs on to a third state's report further back ("Poland said it had hosted talks
between Vilnius and Minsk"). Near misses: a charge told in a main clause nearer in, a
participle that tells no charge, an -ing form that names rather than tells. "The criticism"
answers a warning (13) as well (reaction_matches criticism): "the United States had warned
Niger's leaders that Russian troops would endanger the region. Russia rejected the
criticism" is aimed at the United States. A person working for a state body ("a correspondent
for China's state news agency", "employees of Pakistan's embassy": employee_nouns,
employer_roles) is that body's, as a target (parties._actors); one of a bank or a charity is
no state's. A complaint lodged with a forum is aimed at the state its over-phrase names
("lodged a complaint with the U.N. Security Council over Russian drones": v.lodge_protest's
slots; "over what it said were Russian drones", "over what it called Armenian provocations":
a free relative is read as what it names, context._what_named), the addressee only when that
phrase names no other state. Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PARTICIPLE_CHARGES: list[Case] = [
    (
        "VILNIUS, Lithuania",
        "Lithuania reopened its border crossing with Belarus on Monday. Poland said in a "
        "statement that it had hosted talks between Vilnius and Minsk in Warsaw since March. "
        "Relations between the neighbors have been poor for years. Lithuania closed two "
        "crossings with Belarus last year, accusing Minsk of pushing migrants toward the "
        "frontier. Belarus rejects the charge.",
        "LTU>BLR:08 POL>LTU:04 POL>BLR:04 LTU>BLR:04 BLR>LTU:04 LTU>BLR:16 LTU>BLR:11 BLR>LTU:12",
    ),
    (
        "NEW DELHI",
        "India and Pakistan resumed trade talks on Tuesday. Britain said it had hosted contacts "
        "between New Delhi and Islamabad since January. India banned Pakistani airlines from "
        "its airspace in 2019, accusing Islamabad of sheltering militants. Pakistan rejects the "
        "accusation.",
        "IND>PAK:04 PAK>IND:04 IND>PAK:16 IND>PAK:11 PAK>IND:12",
    ),
    (
        "BAKU, Azerbaijan",
        "Azerbaijan and Armenia reopened a rail link on Friday. Georgia said it had hosted "
        "meetings between Baku and Yerevan since June. Azerbaijan expelled two Armenian "
        "diplomats in 2023, accusing Yerevan of espionage. Armenia denies the charge.",
        "GEO>AZE:04 GEO>ARM:04 AZE>ARM:04 ARM>AZE:04 AZE>ARM:16 AZE>ARM:11 ARM>AZE:12",
    ),
    # near misses: a charge told nearer in, in the news of the day, is the one answered
    (
        "VILNIUS, Lithuania",
        "Lithuania accused Belarus last year of pushing migrants toward the frontier. On "
        "Monday, Poland accused Belarus of flying balloons over the border. Belarus rejects "
        "the charge.",
        "LTU>BLR:11 POL>BLR:11 BLR>POL:12",
    ),
    # near misses: a participle that tells another act than the one answered
    (
        "ANKARA",
        "Turkey closed its border with Syria on Monday, saying the fighting near Idlib had made "
        "crossings unsafe. Russia criticized the closing.",
        "TUR>SYR:16 RUS>TUR:11",
    ),
    (
        "SEOUL",
        "Japan expelled a South Korean diplomat in 2024, accusing Seoul of spying. South Korea "
        "protested the expulsion.",
        "JPN>KOR:16 JPN>KOR:11 KOR>JPN:11",
    ),
]

# "the criticism" answers a warning too: whoever warned, even a third state about the reactor
WARNINGS: list[Case] = [
    (
        "TOKYO",
        "Japan warned China on Monday that its military drills near Taiwan threatened regional "
        "stability. China rejected the criticism.",
        "JPN>CHN:13 CHN>JPN:12",
    ),
    (
        "CANBERRA, Australia",
        "Australia warned Solomon Islands that a Chinese naval base would destabilize the "
        "Pacific. China's Foreign Ministry dismissed the criticism.",
        "AUS>SLB:13 CHN>AUS:12",
    ),
    (
        "WASHINGTON",
        "A State Department spokesperson said the United States had warned Niger's leaders that "
        "Russian troops would endanger the region. Russia's Foreign Ministry rejected the "
        "criticism.",
        "USA>NER:13 RUS>USA:12",
    ),
    # "the criticism" after two states' blame of the reactor answers both (reactions.
    # _fellow_voicers, session 33); a warning answered as such
    (
        "SEOUL",
        "Japan warned China on Monday that its drills threatened stability. South Korea "
        "criticized China's drills as reckless. China rejected the criticism.",
        "JPN>CHN:13 KOR>CHN:11 CHN>KOR:12 CHN>JPN:12",
    ),
    (
        "BERLIN",
        "Germany warned Serbia on Tuesday against sending troops to the border. Serbia rejected "
        "the warning.",
        "DEU>SRB:13 SRB>DEU:12",
    ),
]

# a person working for a state body is that body's target ("a correspondent for China's state
# news agency"); one working for a company or a charity is no state's
EMPLOYEES: list[Case] = [
    (
        "CANBERRA",
        "Australia on Tuesday ordered a correspondent for China's state news agency Xinhua to "
        "leave the country within seven days.",
        "AUS>CHN:10|16",
    ),
    (
        "MOSCOW",
        "Russia detained a reporter for Ukraine's state broadcaster on Friday.",
        "RUS>UKR:17",
    ),
    (
        "NEW DELHI",
        "India ordered two employees of Pakistan's embassy to leave the country.",
        "IND>PAK:10|16",
    ),
]

# a complaint lodged with a forum is aimed at the state it is about (its over-phrase), not at
# the forum; an over-phrase naming the complainant's own people or no state leaves the addressee
COMPLAINTS: list[Case] = [
    (
        "TBILISI",
        "Georgia lodged a formal complaint with the United Nations Security Council on Wednesday "
        "over Russian military drones that flew over its villages.",
        "GEO>RUS:11",
    ),
    (
        "MANILA",
        "The Philippines filed a protest with the United Nations over Chinese incursions into "
        "its waters.",
        "PHL>CHN:11",
    ),
    (
        "BAKU",
        "Azerbaijan lodged a complaint with the OSCE over Armenia's shelling of border villages.",
        "AZE>ARM:11",
    ),
    # a free relative names the thing complained about
    (
        "TBILISI, Georgia",
        "Georgia lodged a complaint with the United Nations on Wednesday over what it said were "
        "Russian military drones.",
        "GEO>RUS:11",
    ),
    (
        "BAKU, Azerbaijan",
        "Azerbaijan filed a complaint with the OSCE over what it called Armenian provocations "
        "near the border.",
        "AZE>ARM:11",
    ),
    ("SEOUL", "South Korea lodged a protest with Japan over a textbook.", "KOR>JPN:11"),
    (
        "TOKYO",
        "Japan lodged a protest with China over the detention of a Japanese citizen.",
        "JPN>CHN:11 CHN>JPN:17",
    ),
    (
        "SEOUL",
        "South Korea lodged a complaint with the UN over the detention of South Korean fishermen.",
        "KOR>UN:11",
    ),
]

NONE: list[NearMiss] = [
    ("MOSCOW", "Russia detained an employee of a French bank on Friday."),
    ("TEHRAN", "Iran arrested a worker for a British charity on Sunday."),
]

GAPS: list[Gap] = []

CASES: list[Case] = PARTICIPLE_CHARGES + WARNINGS + EMPLOYEES + COMPLAINTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context31_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context31_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
