"""Word families of wire copy (session 31, VOCAB): the other words a wire uses for one act.

Builders added the words they met in one set; these rows add the rest of each family from
the CAMEO codebook's descriptions and plain English, each word to the pattern of its
siblings, with their argument structure: criticism ("derided", "belittled", "lampooned",
"reproved", "harangued", "sniped at"; "a censure", "a reprimand"), praise ("extolled",
"acclaimed", "complimented", "appreciated"; "appreciation"), appeals ("beseeched",
"entreated"), rejection ("shunned"; "a rebuff", "a snub"), protest ("picketed"), arrest
("incarcerated", "interned"; "internment", "incarceration"), expulsion ("banished"), armed
force ("massacred", "slaughtered", "slew", "rocketed", "firebombed"; "an ambush", "a siege",
"the slaying"), help ("aided"; "funding"), talks ("conversed", "parleyed"), cooperation
("liaised") and mediation ("arbitrated"); and, from a later probe, "begged" and "petitioned"
(appeals), "sneered at", "chafed at", "frowned on" (criticism), "implicated" (blame) and
"cheered" a decision (praise). The near misses keep each word's other sense (a
currency that appreciates, a coach's reprimand, farmers' slaughtered cattle), the word
negated or only possible, and a doer that is no state. Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # 11 disapprove
    ("LUSAKA", "Zambia's foreign minister derided Malawi over its new border fees.", "ZMB>MWI:11"),
    ("RIGA", "Latvia belittled Estonia on Tuesday over the rail tariff dispute.", "LVA>EST:11"),
    ("THIMPHU", "The Bhutanese government lampooned Nepal over the river treaty.", "BTN>NPL:11"),
    ("WINDHOEK", "Namibia reproved Botswana for closing the border post.", "NAM>BWA:11"),
    ("LIBREVILLE", "Gabon's president harangued Cameroon over the fishing dispute.", "GAB>CMR:11"),
    ("BISHKEK", "Kyrgyzstan sniped at Tajikistan over the stalled water talks.", "KGZ>TJK:11"),
    ("LILONGWE", "Zambia's censure of Malawi surprised diplomats in the region.", "ZMB>MWI:11"),
    ("TALLINN", "Latvia's reprimand of Estonia followed the tariff row.", "LVA>EST:11"),
    # 05 praise
    ("MONTEVIDEO", "Uruguay extolled Paraguay for its handling of the river crisis.", "URY>PRY:05"),
    ("COTONOU", "Benin acclaimed Togo for its help during the floods.", "BEN>TGO:05"),
    ("ULAANBAATAR", "Mongolia complimented Kazakhstan on the new rail link.", "MNG>KAZ:05"),
    (
        "REYKJAVIK",
        "Iceland appreciated Norway for its quick help with the ferry repairs.",
        "ISL>NOR:05",
    ),
    # 02 appeal
    ("YEREVAN", "Armenia beseeched Georgia to reopen the mountain road.", "ARM>GEO:02"),
    ("CHISINAU", "Moldova entreated Romania to send more fuel before winter.", "MDA>ROU:02"),
    # 12 reject
    ("ASUNCION", "Uruguay's rebuff of Paraguay ended the talks on the dam.", "URY>PRY:12"),
    # 17 coerce
    ("DUSHANBE", "Tajikistan incarcerated two Kyrgyz border guards on Monday.", "TJK>KGZ:17"),
    # 16 reduce relations
    ("LIBREVILLE", "Gabon banished two Equatorial Guinean diplomats on Friday.", "GAB>GNQ:16"),
    # 19 fight
    ("ASMARA", "Eritrean troops massacred Ethiopian villagers near the border.", "ERI>ETH:19"),
    ("BAKU", "Azerbaijan rocketed Armenian border posts overnight.", "AZE>ARM:19"),
    (
        "TBILISI",
        "The slaying of a Georgian border guard by Armenian soldiers drew protests.",
        "ARM>GEO:19",
    ),
    # 07 aid
    ("VIENTIANE", "Japan's funding for Laos rose sharply this year.", "JPN>LAO:07"),
    # 04 consult
    (
        "KATHMANDU",
        "Nepal's foreign minister conversed with his Bhutanese counterpart in Thimphu.",
        "NPL>BTN:04",
    ),
    # 06 cooperate
    ("MONTEVIDEO", "Uruguay liaised with Argentina on the river cleanup.", "URY>ARG:06"),
    # 04 mediate
    (
        "ACCRA",
        "Ghana arbitrated between Togo and Benin in the fishing dispute.",
        "GHA>TGO:04 GHA>BEN:04",
    ),
    # a later probe of each root's phrasings: begged, petitioned (020, as "urged"); sneered,
    # chafed at (111, as "lashed out at"); frowned on or upon (111, v.tear_into); implicated
    # (112, as "accused"); cheered a decision (051, as "welcomed")
    ("ACCRA", "Ghana begged Togo to reopen the border.", "GHA>TGO:02"),
    ("ACCRA", "Ghana petitioned Togo to reopen the border.", "GHA>TGO:02"),
    ("HANOI", "Vietnam sneered at Cambodia over the border fence.", "VNM>KHM:11"),
    ("HANOI", "Vietnam chafed at Cambodia's pressure on the river dams.", "VNM>KHM:11"),
    ("HANOI", "Vietnam frowned on Cambodia over the border fence.", "VNM>KHM:11"),
    ("HANOI", "Vietnam frowned upon Laos after the dam collapse.", "VNM>LAO:11"),
    ("HANOI", "Vietnam implicated Cambodia in the smuggling ring.", "VNM>KHM:11"),
    ("HANOI", "Vietnam cheered Cambodia's decision to reopen the border.", "VNM>KHM:05"),
]

NONE: list[NearMiss] = [
    # the word's other sense
    ("REYKJAVIK", "The Icelandic krona appreciated against the euro on Tuesday."),
    ("LUSAKA", "Coach Banda reprimanded the Zambian goalkeeper after the match."),
    ("RIGA", "Critics derided the Latvian film as dull and long."),
    ("NDJAMENA", "Farmers in Chad slaughtered hundreds of cattle before the drought."),
    ("MONTEVIDEO", "The prime minister extolled the virtues of hard work."),
    ("LIBREVILLE", "The league banished the striker for a year."),
    # negated
    ("WINDHOEK", "Namibia did not reprove Botswana for closing the border post."),
    ("ULAANBAATAR", "Mongolia never complimented Kazakhstan on the rail link."),
    # a doer that is no state
    ("THIMPHU", "A popular comedian lampooned Nepal's prime minister on television."),
    ("HANOI", "Vietnamese fans cheered the Cambodian team at the final."),
    ("HANOI", "Investors cheered Vietnam's new tax rules."),
    ("HANOI", "The leaked report implicated two Cambodian generals in the smuggling ring."),
    ("HANOI", "Vietnam frowned on the use of plastic bags."),
    ("HANOI", "Vietnam chafed at the new shipping rules."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary44_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary44_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
