"""Roots 10-20 in other words (session 27, builder PV2): wire copy's ways of telling blame,
rejection, demands, threats, sanctions and attacks beyond the wordings of the development sets.

Coded: an attack "came under" with its author as the noun's modifier ("came under Russian drone
attack", v.come_under_fire obj_mod); criticism "came under" from a state is blame
(v.come_under_criticism, 111; fire over a deed is kept a gap); an allegation of what another
state did accuses it (v.allege_that, 112); a comma-set participle of judging after a reported
clause is the speaker's when the clause's subject cannot judge ("Ukraine said Russia had
targeted civilians, accusing Moscow of war crimes": clauses._speaker_of_aside); a clause of
duty after "insist" demands (modality._asserted_clause); the one a penalty is put on did what
it is for (clauses._penalized); a pronoun object stands for the joined verb's object
(objects._pronoun_patients); armed craft "close to" a coast or "into" another's air
(v.sail_close, v.fly_into_airspace); a weak possessive on a state's hostile deed's phrase is
the speaker's (objects._state_deed); the holder of people whose release is asked is who is
asked (the holder slot); foreign troops ordered "out" are expelled; an object set after "in the strongest terms"
(clauses._misread_object); a claim refuted, rebutted or disputed (v.refute, 120); a participle
that tells a penalty's aim is no strike (extract._measure_aim). A table of paraphrases already coded keeps the other
forms probed (passive, nominal, participial, capitals as actors). Each row is (dateline, body,
expected events "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

COME_UNDER: list[Case] = [
    ("KYIV", "Ukraine came under Russian attack overnight, officials said.", "RUS>UKR:19"),
    (
        "KYIV",
        "The port city of Odesa in Ukraine came under Russian drone attack on Sunday.",
        "RUS>UKR:19",
    ),
    ("TOKYO", "Japan came under criticism from China over its new textbooks.", "CHN>JPN:11"),
    (
        "BUDAPEST",
        "Hungary has come under sharp criticism from the European Union for its media law.",
        "EU>HUN:11",
    ),
    (
        "MANILA",
        "The Philippines came under heavy criticism from Beijing over the new base deal.",
        "CHN>PHL:11",
    ),
]
COME_UNDER_NOT: list[NearMiss] = [
    # no state's blame: at home, a company, critics, fire of arms for hours
    ("BUDAPEST", "The Hungarian prime minister came under fire at home over the new law."),
    ("TOKYO", "Toyota came under fire from Japan's regulators over its safety tests."),
    ("BRASILIA", "The plan came under fire from critics in Brazil."),
    ("LAGOS", "The convoy came under fire from gunmen near the border."),
    ("TOKYO", "The Japanese economy came under pressure from a strong yen."),
]

ALLEGATIONS: list[Case] = [
    (
        "ISLAMABAD",
        "Pakistan alleged that India had sponsored the bombing in Quetta.",
        "PAK>IND:11",
    ),
    ("KYIV", "Ukraine alleges Russia is deporting children from occupied areas.", "UKR>RUS:11"),
    (
        "KINSHASA",
        "Kinshasa has alleged that Rwandan troops are fighting inside eastern Congo.",
        "COD>RWA:11",
    ),
]
ALLEGATIONS_NOT: list[NearMiss] = [
    # no state acts in the clause, the state's own soldiers, prosecutors, a denial
    ("NAIROBI", "The opposition alleged that the vote had been rigged."),
    ("KYIV", "Ukraine alleged that its own soldiers had been abused in captivity."),
    ("ROME", "Prosecutors allege that the Italian businessman bribed officials."),
    ("TBILISI", "Georgia did not allege that Russia had hacked the system."),
]

ASIDES: list[Case] = [
    (
        "KYIV",
        "Ukraine said Russia had deliberately targeted civilians, accusing Moscow of war crimes.",
        "UKR>RUS:11",
    ),
    (
        "BEIJING",
        "China's foreign ministry said the sanctions were illegal, accusing Washington of "
        "bullying.",
        "CHN>USA:11",
    ),
    (
        "MOSCOW",
        "Russia said the new sanctions would harm ties, blaming Britain for the escalation.",
        "RUS>GBR:11",
    ),
    (
        "KYIV",
        "Ukraine's foreign ministry said the attack was a war crime, condemning Russia's use of "
        "cluster bombs.",
        "UKR>RUS:11",
    ),
    # kept: a clause whose subject may judge does it ("Britain ... accusing Tehran")
    (
        "TEHRAN",
        "Iran's foreign ministry said Britain had imposed new sanctions, accusing Tehran of "
        "supplying drones.",
        "GBR>IRN:16 GBR>IRN:11",
    ),
]
ASIDES_NOT: list[NearMiss] = [
    # a participle of harm stays with the clause's doer; a report is no state
    ("KYIV", "Ukraine said its troops had shelled the town, killing three soldiers."),
    ("GENEVA", "The report said the strike had hit a hospital, accusing the army of war crimes."),
]

# a that-clause of duty after "insist" demands ("insists Ethiopia must stop"), as a bare
# subjunctive does (modality._asserted_clause)
DUTY_CLAUSES: list[Case] = [
    ("CAIRO", "Egypt insists Ethiopia must stop filling the reservoir.", "EGY>ETH:10"),
    ("TAIPEI", "Taiwan insisted that China should withdraw its warships.", "TWN>CHN:10"),
]
DUTY_CLAUSES_NOT: list[NearMiss] = [
    # its own troops; a fact asserted is no demand
    ("KYIV", "Ukraine insisted that its troops must hold the line."),
    ("DOHA", "Qatar insisted that Iran had not attended the meeting."),
]

# the one a penalty is put on did what it is for ("imposed sanctions on Iran for supplying
# drones to Russia": clauses._penalized), not the penalizer
PENALTY_FOR: list[Case] = [
    (
        "KYIV",
        "Ukraine imposed sanctions on Iran for supplying drones to Russia.",
        "UKR>IRN:16 IRN>RUS:07",
    ),
    (
        "OTTAWA",
        "Canada imposed new sanctions on Belarus on Monday for sending troops to Russia.",
        "CAN>BLR:16 BLR>RUS:07",
    ),
    ("BRUSSELS", "The EU slapped tariffs on China for dumping steel.", "EU>CHN:16"),
]

# a pronoun object stands for the object of the verb it is joined to ("expelled two Estonian
# diplomats and ordered them to leave" orders the diplomats out: objects._pronoun_patients),
# no demand on "them"
PRONOUN_PATIENTS: list[Case] = [
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats and ordered them to leave within 48 hours.",
        "RUS>EST:16",
    ),
    (
        "VILNIUS",
        "Lithuania expelled a Russian diplomat, ordering him to leave the country by Friday.",
        "LTU>RUS:16",
    ),
]

# armed craft close to or into another state's coast or air (150): "close to" read as a
# place phrase (clauses._under, rules nearness_adverbs; v.sail_close), air entered
# (v.fly_into_airspace)
POSTURES: list[Case] = [
    ("TAIPEI", "Chinese warships sailed close to Taiwan's coast on Sunday.", "CHN>TWN:15"),
    (
        "COPENHAGEN",
        "Russian warships sailed close to the Danish island of Bornholm.",
        "RUS>DNK:15",
    ),
    ("TOKYO", "Two Russian bombers flew close to Japanese airspace on Tuesday.", "RUS>JPN:15"),
    (
        "SEOUL",
        "Russian and Chinese bombers flew into South Korea's air defense zone.",
        "RUS>KOR:15 CHN>KOR:15",
    ),
    ("TOKYO", "Chinese military jets strayed into Japanese airspace near Okinawa.", "CHN>JPN:15"),
]
POSTURES_NOT: list[NearMiss] = [
    # an airliner, a leader travelling, tourists
    ("TOKYO", "A Russian airliner flew into Japanese airspace after a navigation error."),
    ("LIMA", "The Chinese president flew close to the Peruvian coast on Sunday."),
    ("TOKYO", "Chinese tourists flew into Japan's Narita airport."),
]

# a weak possessive on a state's hostile deed's prepositional phrase is the speaker's, as on
# its object ("Ukraine said Russia had launched 40 drones at its territory":
# objects._state_deed); an armed group's deed is left as it was (test_events_refs11)
SPEAKERS_PLACES: list[Case] = [
    (
        "KYIV",
        "Ukraine said Russia had launched 40 drones at its territory overnight.",
        "RUS>UKR:19",
    ),
    (
        "ISLAMABAD",
        "Pakistan said Afghan forces fired on its border posts overnight.",
        "AFG>PAK:19",
    ),
    (
        "KYIV",
        "Ukraine's military said Russian forces had launched 20 attacks on its positions.",
        "RUS>UKR:19",
    ),
]
SPEAKERS_PLACES_NOT: list[NearMiss] = [
    # its own ground
    ("MOSCOW", "Russia said it had fired missiles at its own training ground."),
    ("ERBIL", "Iraq said the rebels had fired rockets at its bases overnight."),
]

# the holder of people whose release is demanded, named by a participle on them ("the release
# of two French citizens held in Iran", "detained by Iran": the holder slot of v.demand,
# v.call_for_release, v.urge_release)
HOLDERS: list[Case] = [
    (
        "PARIS",
        "France demanded the immediate release of two French citizens held in Iran.",
        "FRA>IRN:10",
    ),
    ("PARIS", "France called for the release of its citizens detained by Iran.", "FRA>IRN:02"),
    (
        "LONDON",
        "Britain called for the release of the British journalists who are being held in Russia.",
        "GBR>RUS:02",
    ),
]
HOLDERS_NOT: list[NearMiss] = [
    # kidnappers are no state a place names; funds in banks are no people held
    ("PARIS", "France urged the release of two aid workers kidnapped in Mali."),
    ("LONDON", "Britain demanded the release of the funds held in Russian banks."),
]

# foreign forces ordered out (v.order_troops_out reads "out" as it reads "to leave")
ORDERED_OUT: list[Case] = [
    ("NIAMEY", "Niger's junta ordered French troops out of the country.", "NER>FRA:16"),
]
ORDERED_OUT_NOT: list[NearMiss] = [
    # its own troops; a general's own
    ("NIAMEY", "Niger ordered its troops out of the barracks on Monday."),
    ("BAMAKO", "The general ordered his soldiers out onto the streets."),
]

# the object set after "in the strongest terms", read as the phrase's apposition by the parser
# (clauses._misread_object)
STRONGEST_TERMS: list[Case] = [
    (
        "WASHINGTON",
        "The State Department condemned in the strongest terms North Korea's missile launch.",
        "USA>PRK:11",
    ),
    (
        "TOKYO",
        "Japan condemned in the harshest terms China's decision to send warships.",
        "JPN>CHN:11",
    ),
]
STRONGEST_TERMS_NOT: list[NearMiss] = [
    ("TOKYO", "Japan spoke in the strongest terms, the minister said."),
]

# a claim refuted, rebutted or disputed is rejected (v.refute, 120); a quarrel held with
# someone, or a relative clause that only describes its subject, rejects nothing told
REFUTED: list[Case] = [
    (
        "NEW DELHI",
        "India refuted Canada's allegations of involvement in the killing.",
        "IND>CAN:12",
    ),
    ("MANILA", "The Philippines disputed China's account of the collision.", "PHL>CHN:12"),
    (
        "MOSCOW",
        "Moscow rebutted the claims by Kyiv that its troops had executed prisoners.",
        "RUS>UKR:12",
    ),
]
REFUTED_NOT: list[NearMiss] = [
    (
        "LONDON",
        "Britain, which disputes sovereignty over the Falkland Islands with Argentina, did not "
        "comment.",
    ),
    ("MANILA", "Economists disputed the Philippine government's growth figures."),
    ("GENEVA", "The report refuted claims that the Chinese vaccine was unsafe."),
]

# a participle that only tells what a penalty aims at is no strike (extract._measure_aim)
MEASURE_AIMS: list[Case] = [
    (
        "WASHINGTON",
        "Washington imposed fresh sanctions on Moscow on Friday, targeting its banks.",
        "USA>RUS:16",
    ),
    # kept: a strike's own participle
    (
        "KYIV",
        "Russia fired missiles at Kharkiv, striking a hospital in Ukraine's second city.",
        "RUS>UKR:19",
    ),
]

# paraphrases coded before this session: kept so a change to one form shows here
PARAPHRASES: list[Case] = [
    (
        "CARACAS",
        "Venezuela's plan to annex the region drew sharp criticism from Guyana on Monday.",
        "GUY>VEN:11",
    ),
    (
        "BERLIN",
        "Poland's new reparations demand was criticized by Germany on Thursday.",
        "DEU>POL:11",
    ),
    (
        "KYIV",
        "Ukraine, denouncing Hungary's veto of the aid package, said it would seek other routes.",
        "UKR>HUN:11",
    ),
    (
        "WARSAW",
        "The government in Warsaw has been sharply critical of Belarus's border policy.",
        "POL>BLR:11",
    ),
    (
        "YEREVAN",
        "Armenia was accused by Azerbaijan of shelling its positions overnight.",
        "AZE>ARM:11",
    ),
    ("KINSHASA", "Congo charged that Rwanda was backing the M23 rebels.", "COD>RWA:11"),
    ("TOKYO", "Japan called in China's ambassador to protest the incursion.", "JPN>CHN:11"),
    (
        "STOCKHOLM",
        "Iran's ambassador was summoned by Sweden's foreign ministry on Monday.",
        "SWE>IRN:11",
    ),
    (
        "MOSCOW",
        "Russia brushed aside Germany's accusations of election interference.",
        "RUS>DEU:12",
    ),
    (
        "WASHINGTON",
        "The proposal by Russia was rejected by the United States on Tuesday.",
        "USA>RUS:12",
    ),
    ("PYONGYANG", "North Korea snubbed South Korea's offer of talks.", "PRK>KOR:12"),
    ("TAIPEI", "Taiwan insisted that China withdraw its warships from the strait.", "TWN>CHN:10"),
    ("BAGHDAD", "Iraq has demanded an apology from Turkey for the strike.", "IRQ>TUR:10"),
    ("SEOUL", "South Korea was warned by North Korea of a 'merciless' response.", "PRK>KOR:13"),
    ("BEIJING", "Beijing is threatening Vilnius with trade penalties.", "CHN>LTU:13"),
    ("BRUSSELS", "The European Union blacklisted three Russian banks on Monday.", "EU>RUS:16"),
    ("OTTAWA", "India's envoy was expelled by Canada on Monday.", "CAN>IND:16"),
    ("WASHINGTON", "Washington's sanctions on Caracas were extended on Friday.", "USA>VEN:16"),
    ("KYIV", "Kharkiv was struck by Russian missiles overnight.", "RUS>UKR:19"),
    (
        "SANAA",
        "The United States and Britain struck Houthi targets in Yemen.",
        "USA>YEM:19 GBR>YEM:19",
    ),
    ("KYIV", "Russia's shelling of Kharkiv killed five civilians, Ukraine said.", "RUS>UKR:19"),
    ("VILNIUS", "Russia massed troops near the Lithuanian border.", "RUS>LTU:15"),
    ("MINSK", "Belarus jailed a Polish journalist for five years.", "BLR>POL:17"),
]

FIRE_GAP = (
    "fire a state comes under over a deed is blame by the guidelines, but "
    "test_events_vocabulary26 keeps 'Hungary came under fire from the EU over its media law' "
    "uncoded (raised with the lead)"
)
GAPS: list[Gap] = [
    ("TOKYO", "Japan came under fire from China over its new textbooks.", "CHN>JPN:11", FIRE_GAP),
]
NONE: list[NearMiss] = (
    COME_UNDER_NOT
    + ALLEGATIONS_NOT
    + ASIDES_NOT
    + DUTY_CLAUSES_NOT
    + POSTURES_NOT
    + SPEAKERS_PLACES_NOT
    + HOLDERS_NOT
    + ORDERED_OUT_NOT
    + STRONGEST_TERMS_NOT
    + REFUTED_NOT
)
CASES = (
    COME_UNDER
    + ALLEGATIONS
    + ASIDES
    + DUTY_CLAUSES
    + PENALTY_FOR
    + PRONOUN_PATIENTS
    + POSTURES
    + SPEAKERS_PLACES
    + HOLDERS
    + ORDERED_OUT
    + STRONGEST_TERMS
    + REFUTED
    + MEASURE_AIMS
    + PARAPHRASES
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots24_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
