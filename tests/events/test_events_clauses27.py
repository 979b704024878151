"""Clauses 27 (session 19, builder RS): acts told in reported speech.

Coded: a state said to break a deal or a rule is criticised as one said to break its word
(v.say_reneged: "says Washington has broken the 2019 agreement", also through a relative
pronoun, "an accord, which Accra says Lome has broken"); a state said to fight beside an
armed group is accused as one said to back it (v.say_fights_alongside, beside_clause: only
the alongside-phrase counts); a clause with a subject of its own joined to one quoted before
its saying verb, in the same quotation, is reported too (_quoted_conjuncts); help a
no_intent pattern skips when only planned is an intent (03x) when its own actor announces it
as decided ("Australia said it would train Philippine coast guard crews": _pledged_help);
a state said not to be serious about peace or talks is criticised (v.say_unserious);
warships are craft a state bars (v.bar_ships, v.not_allow_ships), and a refusal to allow them
denies as a "not" does (_refused_to); a quoted feeling the parser makes its clause's head
("said it was 'deeply disappointed' by the decision") predicates as an unquoted one does
(extract._predicative), when a phrase of its own names what it is about. Near-misses: a deadlock or a record broken, a denial, the
speaker's own side, fighting an armed group, a state's forces beside another's, plans,
possibilities, conditions and another's forecast. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

BROKEN_DEALS: list[Case] = [
    ("TEGUCIGALPA", "Honduras says Washington has broken the 2019 agreement.", "HND>USA:11"),
    (
        "ASUNCION",
        "Paraguay's Foreign Ministry said Buenos Aires had broken a Mercosur rule on tariffs.",
        "PRY>ARG:11",
    ),
    (
        "BAKU",
        "Azerbaijan said on Friday that Armenian forces had broken the ceasefire near Lachin.",
        "AZE>ARM:11",
    ),
    (
        "ACCRA",
        "Ghana's president said Togo broke the border treaty when it built the wall.",
        "GHA>TGO:11",
    ),
    (
        "ACCRA",
        "Migrants were sent back under a 2021 accord, which the government in Accra says Lome "
        "has now broken.",
        "GHA>TGO:11",
    ),
]

BROKEN_NOT: list[NearMiss] = [
    (
        "HANOI",
        "Vietnam said the new pact with Cambodia had broken the deadlock over fishing rights.",
    ),
    ("OSLO", "Norway said it had broken no rule when it granted the license."),
    ("CAIRO", "Egypt said Sudan had not broken the agreement."),
    ("NAIROBI", "Kenya said Uganda's runners broke the world record in Berlin."),
    (
        "ACCRA",
        "Traders were sent back under a 2021 accord, which the government in Accra says Lome "
        "has always honored.",
    ),
]

ALONGSIDE: list[Case] = [
    (
        "KIGALI",
        "Rwanda says Congo's army has fought alongside a militia founded by perpetrators of "
        "the genocide.",
        "RWA>COD:11",
    ),
    (
        "KINSHASA",
        "A U.N. panel of experts said in a report in June that Rwandan troops were fighting "
        "alongside the M23 rebel group in North Kivu.",
        "UN>RWA:11",
    ),
    (
        "BAMAKO",
        "Mali's junta said Algerian soldiers had fought alongside separatist rebels near Kidal.",
        "MLI>DZA:11",
    ),
    # the states' forces side by side: cooperation (v.fight_alongside), no charge
    (
        "SEOUL",
        "South Korea said North Korean soldiers were fighting alongside Russian troops in Kursk.",
        "PRK>RUS:06",
    ),
]

ALONGSIDE_NOT: list[NearMiss] = [
    ("KINSHASA", "Congo's army said it was fighting the militia near Goma."),
    ("KINSHASA", "Congo said its soldiers fought alongside local militias against the rebels."),
    ("BAMAKO", "Mali said Algeria had not fought alongside the rebels."),
    ("NIAMEY", "Niger said Beninese troops were fighting the separatist rebels near the border."),
]

PLEDGED_HELP: list[Case] = [
    (
        "CANBERRA",
        "Australia said it would train Philippine and Indonesian coast guard crews in boarding "
        "operations later this year.",
        "AUS>PHL:03 AUS>IDN:03",
    ),
    (
        "PARIS",
        "France announced it would train 2,000 Ukrainian soldiers on its own soil this winter.",
        "FRA>UKR:03",
    ),
    (
        "ANKARA",
        "Turkey said it would advise Somali troops in the fight against al-Shabab.",
        "TUR>SOM:03",
    ),
    # a plain will told by anyone pledges it too (a near-miss until session 33, when the
    # annotated sets 30, 40 and 41 showed it coded: extract._pledged_help, pledging_modals)
    (
        "CANBERRA",
        "Australia will train Philippine coast guard crews later this year.",
        "AUS>PHL:03",
    ),
    # refused: a refusal as before (12)
    ("LONDON", "Britain said it would not train Ukrainian pilots.", "GBR>UKR:12"),
]

PLEDGED_NOT: list[NearMiss] = [
    (
        "ROME",
        "Italy said it would train Libyan coast guard officers if the parliament approved the "
        "mission.",
    ),
    ("BERLIN", "Germany said Poland would train Ukrainian pilots next year."),
    ("PARIS", "France plans to train Ukrainian soldiers next year."),
    ("PARIS", "France's plans to train Ukrainian soldiers drew criticism."),
    ("BERLIN", "Germany said it could train Ukrainian pilots."),
    ("TOKYO", "Japan said its troops would train with Philippine and Australian forces."),
]

QUOTED_CONJUNCTS: list[Case] = [
    (
        "KYIV",
        '"The talks were useful, but Moscow bears full responsibility for the deaths," the '
        "Ukrainian foreign minister told reporters.",
        "UKR>RUS:11",
    ),
    (
        "YEREVAN",
        '"This was a calculated provocation, and Baku violated the ceasefire," Armenia\'s '
        "defense ministry said in a statement.",
        "ARM>AZE:11",
    ),
    # a future burden warns, as "said Israel will bear responsibility" does (v.say_threat)
    (
        "AMMAN",
        '"This is a tragedy, and Israel will bear responsibility for it," the Jordanian '
        "spokesman said.",
        "JOR>ISR:13",
    ),
]

QUOTED_NOT: list[NearMiss] = [
    # outside a quotation the joined clause may be the narrator's
    (
        "KYIV",
        "The Ukrainian foreign minister said the talks were useful, and Moscow bears full "
        "responsibility for the deaths.",
    ),
    (
        "KYIV",
        '"The talks were useful," the minister said, and Moscow bears full responsibility for '
        "the deaths, analysts say.",
    ),
]

UNSERIOUS: list[Case] = [
    ("BAKU", "Azerbaijan said Armenia was not serious about the peace talks.", "AZE>ARM:11"),
    ("KYIV", "Ukraine said Moscow had never been interested in peace talks.", "UKR>RUS:11"),
    (
        "SEOUL",
        "South Korea insisted that Pyongyang was not sincere about denuclearization.",
        "KOR>PRK:11",
    ),
    (
        "BAMAKO",
        "Mali's foreign minister said the delegation from Algiers had been looking for a "
        'pretext to walk out and had "never been serious about peace."',
        "MLI>DZA:11",
    ),
]

UNSERIOUS_NOT: list[NearMiss] = [
    ("BAKU", "Azerbaijan said Armenia was serious about the peace talks."),
    ("MOSCOW", "Russia said it was not interested in peace talks with Kyiv."),
    ("ANKARA", "Turkey said Greece was not interested in buying the Turkish drones."),
    ("KYIV", "Ukraine said Moscow was not serious about its threats."),
    (
        "WASHINGTON",
        "The State Department said it was not clear whether Moscow was serious about peace.",
    ),
]

WARSHIPS_BARRED: list[Case] = [
    (
        "MONTEVIDEO",
        "Uruguay's president said British warships would not be allowed to dock in Montevideo "
        "during the exercise.",
        "URY>GBR:16",
    ),
    ("ATHENS", "Greece barred Turkish frigates from its ports during the standoff.", "GRC>TUR:16"),
    # a refusal to allow is the denial v.not_allow_ships fires on (_refused_to)
    ("ATHENS", "Greece declined to allow Turkish warships to enter its ports.", "GRC>TUR:16"),
    (
        "OSLO",
        "Norway refused to allow Russian fishing vessels to enter its ports.",
        "NOR>RUS:16",
    ),
    # a refused rejection stays the refusal alone (v.reject), never a second 12
    ("CAIRO", "Egypt refused to renew the gas agreement with Israel.", "EGY>ISR:12"),
    # allowed, no bar: cooperation (v.allow_ships, 060; a near-miss here until session 33,
    # when set 31's annotation coded a state letting another's warships refuel)
    (
        "ATHENS",
        "Greece allowed Turkish warships to dock in Piraeus for the ceremony.",
        "GRC>TUR:06",
    ),
]

WARSHIPS_NOT: list[NearMiss] = [
    ("ATHENS", "Greece did not refuse to allow Turkish warships to dock in Piraeus."),
    ("ATHENS", "Greece refused to allow the ship to dock in Piraeus."),
]

QUOTED_FEELINGS: list[Case] = [
    (
        "LIMA",
        "Chile refused Peru's request to extradite a former minister. Peru's foreign ministry "
        'said it was "deeply disappointed" by the decision.',
        "CHL>PER:12 PER>CHL:11",
    ),
    (
        "SEOUL",
        "Japan rejected South Korea's request to return the statue. Seoul said it was "
        '"deeply disappointed" by the decision.',
        "JPN>KOR:12 KOR>JPN:11",
    ),
    (
        "ACCRA",
        "Togo turned down Ghana's request to extradite the suspect. Ghana's foreign ministry "
        'said it was "deeply disappointed" by the refusal.',
        "TGO>GHA:12 GHA>TGO:11",
    ),
    # near-misses in context: a feeling about no act, or with nothing it is about
    (
        "ACCRA",
        "Togo turned down Ghana's request to extradite the suspect. Ghana's foreign ministry "
        'said it was "deeply disappointed" by the weather.',
        "TGO>GHA:12",
    ),
]

QUOTED_FEELINGS_NOT: list[NearMiss] = [
    ("NAIROBI", 'Kenya\'s government said it was "very pleased" with the rains this season.'),
    ("NAIROBI", 'Kenya\'s government said it was "deeply concerned."'),
]

NONE: list[NearMiss] = (
    BROKEN_NOT
    + ALONGSIDE_NOT
    + PLEDGED_NOT
    + QUOTED_NOT
    + UNSERIOUS_NOT
    + WARSHIPS_NOT
    + QUOTED_FEELINGS_NOT
)
GAPS: list[Gap] = []
CASES = (
    BROKEN_DEALS
    + ALONGSIDE
    + PLEDGED_HELP
    + QUOTED_CONJUNCTS
    + UNSERIOUS
    + WARSHIPS_BARRED
    + QUOTED_FEELINGS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses27_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses27_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
