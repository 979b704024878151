"""Word families of wire copy, second batch (session 31, VOCAB), and the near misses of the
families' older words.

New members: criticism by demonizing ("demonized"), backing by championing ("championed"
a bid, 051 as "backed"), a vow sworn ("swore to defend", 030 as "vowed"), a crackdown or clampdown
on another state's people (170, as "harassment of"; its on-phrase is the target), a
commitment as a noun of intent (tried, taken back at landing: a held-out set lost), troops
redeployed, positioned or repositioned at a border (15, as "deployed"), "fumed at" (111, as
"lashed out at"), a counteroffensive or counterattack (19, as "an offensive"), financing (07,
as "funding") and an ouster (16, as "an expulsion"). "Consultation" as a noun of talks was
tried and taken back (extras in news-dev; it also hid a suspended consultation's 16).
Criticism told as "tore into", "laid into", "ripped into", "rounded on" (v.tear_into, 111,
only a state's own into- or on-phrase: a shell that tore into a Ukrainian block is none),
pressure as "tightened the screws on" or "put the screws on" (020, as "piled pressure on"),
and the nouns "assurances" and "overtures" (030, as "a pledge"), "a tribute" (051, as "praise")
and "condolences" (018, n.condolences in n.apology's shape). Last, nouns of act: mistreatment
(170, as "harassment"), eviction (16, as "expulsion"), mobilization near a border (15, as "a
buildup"), subsidies (07, as "a loan"), a pardon or handover of prisoners (08, as "release");
"dialogue" as a noun of talks was tried and taken back (two pairs of extras in set 15). The near
misses are the older family words in their other sense ("the truck slammed into",
"pounded the table", "inked a tattoo", a coach's rebuke), negated, only possible, or done
by no state, and the new words likewise (a crackdown on a state's own dissidents, a
champion of a sport). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SKOPJE",
        "North Macedonia's premier demonized Bulgaria over the language dispute.",
        "MKD>BGR:11",
    ),
    ("VILNIUS", "Lithuania championed Moldova's bid to join the European Union.", "LTU>MDA:05"),
    ("MANILA", "The Philippines swore to defend Palau against any blockade.", "PHL>PLW:03"),
    ("TASHKENT", "Kazakhstan's crackdown on Uzbek migrants widened in March.", "KAZ>UZB:17"),
    # troops moved to a border: redeployed, positioned, repositioned (15, as "deployed")
    ("BELGRADE", "Serbia redeployed two army brigades near the Kosovo border.", "SRB>XKX:15"),
    ("BAKU", "Azerbaijan positioned tanks along the Armenian border.", "AZE>ARM:15"),
    ("BISHKEK", "Kyrgyzstan fumed at Tajikistan over the border clash.", "KGZ>TJK:11"),
    (
        "KYIV",
        "Ukraine's counteroffensive against Russian forces stalled in the south.",
        "UKR>RUS:19",
    ),
    ("VIENTIANE", "Japan's financing for Laos doubled this year.", "JPN>LAO:07"),
    ("BAMAKO", "Mali's ouster of the French ambassador came without warning.", "MLI>FRA:16"),
    # criticism as a phrasal verb of into or on (v.tear_into), pressure as screws tightened
    ("LIMA", "Peru tore into Bolivia over the gas price hike.", "PER>BOL:11"),
    ("LIMA", "Peru rounded on Bolivia over the gas price hike.", "PER>BOL:11"),
    ("LIMA", "Peru laid into Bolivia over the gas price hike.", "PER>BOL:11"),
    ("LIMA", "Peru tightened the screws on Bolivia.", "PER>BOL:02"),
    ("CARACAS", "Washington put the screws on Caracas over the election.", "USA>VEN:02"),
    # nouns of act: assurances and overtures (03), a tribute (05), condolences (01)
    ("QUITO", "Ecuador's assurances to Colombia calmed the markets.", "ECU>COL:03"),
    ("QUITO", "Ecuador's overtures to Colombia have been rebuffed.", "ECU>COL:03"),
    ("QUITO", "Ecuador's tribute to Colombia's rescuers moved many.", "ECU>COL:05"),
    ("QUITO", "Ecuador's condolences to Colombia were read out in parliament.", "ECU>COL:01"),
    ("QUITO", "Condolences from Ecuador to Colombia poured in after the quake.", "ECU>COL:01"),
    # nouns of act from a probe of roots 15-17 and 07-08
    ("MINSK", "Belarus's mistreatment of Lithuanian truckers drew a protest.", "BLR>LTU:17"),
    ("WARSAW", "Belarus's eviction of Polish diplomats was expected.", "BLR>POL:16"),
    ("WARSAW", "Belarus's mobilization near the Polish border alarmed Warsaw.", "BLR>POL:15"),
    ("MINSK", "Russia's subsidies to Belarus were extended.", "RUS>BLR:07"),
    ("MINSK", "Russia's handover of Belarusian prisoners took place on Friday.", "RUS>BLR:08"),
    (
        "VILNIUS",
        "Lithuania's pardon of two Belarusian truckers took place on Friday.",
        "LTU>BLR:08",
    ),
]

NONE: list[NearMiss] = [
    # older family words in their other sense
    ("TIRANA", "A truck slammed into a bus near the Albanian border on Monday."),
    ("SARAJEVO", "The Bosnian minister pounded the table during the budget debate."),
    ("PODGORICA", "A Montenegrin footballer inked a tattoo of his club's badge."),
    ("SOFIA", "The Bulgarian coach rebuked his striker for the missed penalty."),
    ("ZAGREB", "The Croatian team clinched the title against Slovenia's champions."),
    # older family words negated, only possible, or with a doer that is no state
    ("BRATISLAVA", "Slovakia did not condemn Hungary's decision on the dam."),
    ("LJUBLJANA", "Fans of a Slovenian club slammed Austria's football federation."),
    ("NICOSIA", "Cyprus might condemn Turkey's drilling if the ship returns."),
    ("VALLETTA", "Malta would never belittle Italy's help with the migrants."),
    # the new words' other sense
    ("ASTANA", "Kazakhstan's crackdown on its own dissidents widened this year."),
    ("VILNIUS", "The Lithuanian skier championed women's sport for decades."),
    ("MADRID", "The board's ouster of the chief executive shocked investors."),
    ("ROSARIO", "The Brazilian striker positioned himself near the Argentine goal."),
    ("ACCRA", "Ghana's commitment to the reforms was praised by economists."),
    ("TBILISI", "Georgia's counterattack in the second half won the match against Armenia."),
    ("KYIV", "A Russian missile tore into a Ukrainian apartment block."),
    ("ODESA", "A Russian shell ripped into the Ukrainian port of Odesa."),
    ("LIMA", "The Peruvian minister laid into his own party after the vote."),
    ("LIMA", "The Peruvian engineers tightened the screws on the Bolivian bridge."),
    ("LIMA", "Peru rounded on its critics at home."),
    ("LIMA", "Peru did not tear into Bolivia over the spill."),
    ("QUITO", "The singer's tribute to her Colombian mentor moved many."),
    ("QUITO", "The company's assurances to investors calmed the markets."),
    ("QUITO", "The band's overture to the opera was long."),
    ("MINSK", "The landlord's eviction of Polish tenants was expected."),
    ("MINSK", "The handover of power in Minsk took place on Friday."),
    ("MINSK", "The mobilization of Belarusian reservists began on Monday."),
    # "dialogue" is no noun of talks here (tried: extras in set 15, taken back)
    ("MINSK", "Belarus and Poland called for dialogue between their foreign ministries."),
]
GAPS: list[Gap] = [
    (
        "RIGA",
        "Canada's commitment to Latvia remains firm, its defense minister said.",
        "CAN>LVA:03",
        "commitment as a noun of intent (n.pledge) was taken back at landing: it lost a held-out "
        "set 0.011 F1 (one event displaced, one extra) for one event on set 36",
    ),
    (
        "VIENTIANE",
        "Japan's offer of flood help to Laos came on Monday.",
        "JPN>LAO:03",
        "offer as a noun of intent (n.pledge) was taken back: its acl_args read the offered "
        "act's own partner ('Brazil's offer to broker talks with Guyana' coded BRA>GUY, "
        "test_events_vocabulary7)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary45_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary45_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
