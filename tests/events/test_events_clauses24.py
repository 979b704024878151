"""Silent sentences that name both sides: the speaker's own act joined inside a reported
clause, and charges told in a reported clause (issue #5).

The parser may join the speaker's own act deep inside the clause he reports: to an infinitive
in it ('said his government "has never refused" to cooperate ... and thanked Moscow') or to a
relative clause in it ('said the move "rewards a government that jails critics" and urged
Kazakhstan'); the act is the speaker's (_reporter, _enclosing_report), unless the clause has a
subject of another state of its own ("said Chinese ships had tried to block the convoy and
rammed a boat": the ships ram).
A reported clause accuses its actor (112) when a light verb's object names the charge ("said
Russia was committing genocide", "was waging a campaign of coercion", "continue the ripoff of
America", "engaged in espionage"), and when the actor is said to make up a pretext or a story
("was inventing incidents", "had fabricated evidence"); "invented a vaccine", "conducting a
survey", "would continue the talks" charge nothing.
The title "charge d’affaires" written with curly apostrophes is a posted diplomat as its
straight form is, also when the parser hangs the possessor on "charge" ("summoned Russia’s
charge d’affaires and handed him a note").
Two states that set up a joint body (a unit, a command, patrols, a fund, a team) cooperate.
An object's infinitive after a relative clause set off by commas ("ordered the diplomats, who
work at the embassy, to leave"), which the parser reads as a second relative clause, is the
verb's own (_stray_infinitive).
Sharing or echoing another's concerns, view or stance endorses it (v.share_view).
A party named by where it is ("in touch with all rebel groups in Syria") in a place slot is
that place's state (_party_place).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the speaker's own act, joined by the parser inside the reported clause
    (
        "BAMAKO",
        "Mali's envoy, Ibrahim Keita, spoke on Monday. He said his government \"has never"
        ' refused" to cooperate with aid agencies and thanked Moscow for its support.',
        "MLI>RUS:05",
    ),
    (
        "ASTANA",
        "An EU spokesperson said the move \u201crewards a government that jails critics\u201d"
        " and urged Kazakhstan to reconsider.",
        "EU>KAZ:02",
    ),
    (
        "CAIRO",
        "The Egyptian foreign minister said his country had always sought to mediate between"
        " the sides and urged Israel to accept the truce.",
        "EGY>ISR:02",
    ),
    (
        "ATHENS",
        'The Greek prime minister said Athens "would never agree" to redraw the maritime border'
        " and warned Turkey against new drilling.",
        "GRC>TUR:13",
    ),
    (
        "WARSAW",
        'A Polish spokesman said the decision "punishes a country that defends its border" and'
        " called on Berlin to reverse it.",
        "POL>DEU:02",
    ),
    # ... but a clause with a subject of another state keeps its act
    (
        "MANILA",
        "The coast guard said Chinese ships had tried to block the convoy and rammed a"
        " Philippine boat.",
        "CHN>PHL:19",
    ),
    # a charge named by a light verb's object in a reported clause
    (
        "KYIV",
        "Zelenskyy said Russia was committing genocide in the occupied areas.",
        "UKR>RUS:11",
    ),
    (
        "BEIJING",
        "China's foreign ministry said Washington was waging a campaign of economic coercion"
        " against Chinese firms.",
        "CHN>USA:11",
    ),
    (
        "TEHRAN",
        "Iran said Israel had carried out acts of sabotage at the Natanz site.",
        "IRN>ISR:11",
    ),
    (
        "WASHINGTON",
        "Trump said Canada and Mexico continue the ripoff of America.",
        "USA>CAN:11 USA>MEX:11",
    ),
    (
        "LONDON",
        "Britain said Russian agents had engaged in espionage against British firms.",
        "GBR>RUS:11",
    ),
    (
        "CARACAS",
        "Venezuela said Guyana was perpetrating a fraud on the region.",
        "VEN>GUY:11",
    ),
    # a pretext or a story made up
    (
        "MOSCOW",
        "Kremlin spokesman Yuri Orlov said NATO was \u201cinventing incidents\u201d to justify"
        " higher spending.",
        "RUS>NATO:11",
    ),
    (
        "TEHRAN",
        "Iran's foreign ministry said Washington had fabricated evidence against its diplomats.",
        "IRN>USA:11",
    ),
    # the title "charge d’affaires" with curly apostrophes (lemma "d’affaires"; the parser may
    # hang the possessor on "charge")
    (
        "TALLINN",
        "Estonia summoned Russia’s charge d’affaires and handed him a protest note.",
        "EST>RUS:11",
    ),
    (
        "RABAT",
        "Morocco recalled its chargé d’affaires from Algiers.",
        "MAR>DZA:16",
    ),
    (
        "WARSAW",
        "Warsaw ordered Belarus’s charge d’affaires to leave the country within 72 hours.",
        "POL>BLR:16",
    ),
    # the post's host ("in Nairobi") is not whose envoy is summoned
    (
        "NAIROBI",
        "Kenya summoned the Danish charge d’affaires in Nairobi to lodge a protest.",
        "KEN>DNK:11",
    ),
    (
        "LIMA",
        "Peru summoned the Chilean charge d'affaires in Lima on Friday to protest the remarks.",
        "PER>CHL:11",
    ),
    # a joint body set up together
    (
        "ABUJA",
        "Nigeria and China agreed to set up a joint security unit.",
        "NGA>CHN:03 CHN>NGA:03",
    ),
    (
        "MANILA",
        "The Philippines and Japan launched joint coast guard patrols in the South China Sea.",
        "PHL>JPN:06 JPN>PHL:06",
    ),
    (
        "CAIRO",
        "Egypt and Sudan formed a joint command to secure their shared border.",
        "EGY>SDN:06 SDN>EGY:06",
    ),
    (
        "ABU DHABI",
        "The UAE and India created a $2 billion joint investment fund.",
        "ARE>IND:06 IND>ARE:06",
    ),
    (
        "PARIS",
        "France and Italy set up a joint team to investigate the shipwreck.",
        "FRA>ITA:06 ITA>FRA:06",
    ),
    # an object's infinitive after a relative clause set off by commas
    (
        "WARSAW",
        "Warsaw ordered the three Russian diplomats, who work at the embassy, to leave the"
        " country within five days.",
        "POL>RUS:16",
    ),
    (
        "VILNIUS",
        "Lithuania told two Belarusian diplomats, who had been posted in Vilnius since 2021, to"
        " leave within a week.",
        "LTU>BLR:16",
    ),
    # sharing or echoing another's concerns, view or stance endorses it
    ("CANBERRA", "Australia said it shared New Zealand's concerns.", "AUS>NZL:05"),
    ("TOKYO", "Japan echoed Washington's concerns about the missile launch.", "JPN>USA:05"),
    (
        "PARIS",
        "France said it shared Germany's view that the deal was a mistake.",
        "FRA>DEU:05",
    ),
    ("WELLINGTON", "Fiji echoed the concerns of New Zealand about the deal.", "FJI>NZL:05"),
    # a party named by where it is ("rebel groups in Syria") in a place slot is that state
    (
        "WASHINGTON",
        "The United States says it is in touch with all rebel groups in Syria.",
        "USA>SYR:04",
    ),
    ("DOHA", "Qatar is in contact with armed groups in Gaza, officials said.", "QAT>PSE:04"),
    (
        "ALGIERS",
        "Algeria remained in contact with tribal leaders in Niger throughout the crisis.",
        "DZA>NER:04",
    ),
    ("ANKARA", "Turkey stayed in touch with rival factions in Libya.", "TUR>LBY:04"),
]

NONE: list[NearMiss] = [
    # a light verb whose object is no charge; a commitment; a denied charge
    ("PARIS", "France said Germany would continue the talks on the fighter jet."),
    ("TOKYO", "Japan said China was conducting a survey of the seabed."),
    ("LONDON", "Britain said Kenya had committed to the climate targets."),
    ("SEOUL", "Seoul said Tokyo was running a campaign to attract tourists."),
    ("ROME", "Italy said Spain had carried out a study of the migrant routes."),
    ("PARIS", "France said Germany had never committed any crime against its neighbours."),
    # something made that is no pretext or story
    ("MOSCOW", "The Kremlin said French scientists had invented a new vaccine."),
    ("KYIV", "Moscow said Kyiv was staging a concert in Lviv."),
    # a charge d'affaires who does nothing to a state
    ("RIGA", "Latvia’s charge d’affaires in Minsk gave a lecture at the university on Monday."),
    ("OSLO", "The charge d’affaires and his family moved into a new residence in Oslo."),
    # a body set up by one state alone, or by two firms
    ("ABUJA", "Nigeria set up a security unit to protect Chinese-run projects."),
    ("LAGOS", "China opened a trade office in Lagos on Monday."),
    ("KYIV", "Ukraine formed a new brigade to defend the border with Russia."),
    ("BEIJING", "China set up a special team to handle complaints from U.S. firms."),
    ("SEOUL", "South Korea launched a fund to help firms hit by U.S. tariffs."),
    ("TOKYO", "Toyota and Panasonic formed a joint venture to make batteries."),
    # an infinitive after a relative clause, told to no state
    (
        "OTTAWA",
        "The police told the students, who had protested outside the Indian embassy, to go home.",
    ),
    ("ROME", "Italy ordered the ships, which carried migrants from Libya, to dock in Sicily."),
    (
        "BERLIN",
        "Germany asked the companies, which export machinery to Russia, to report their sales.",
    ),
    # concerns not shared, shared by both, or a public's
    ("TOKYO", "Japan said it did not share China's concerns."),
    ("MANILA", "Vietnam and the Philippines share concerns about Chinese ships."),
    ("TOKYO", "Japanese lawmakers echoed the public's concerns about U.S. bases."),
    # parties in the actor's own state or city
    ("PARIS", "France is in touch with opposition groups in France, the minister said."),
    (
        "WASHINGTON",
        "The State Department said it was in touch with aid groups in Washington.",
    ),
]

GAPS: list[Gap] = [
    (
        "LONDON",
        "Britain is in contact with the parties in Northern Ireland.",
        "",
        "the gazetteer places Northern Ireland in Ireland (GBR>IRL is coded)",
    ),
    # "Kabul will open a consulate in the southern city of Almaty": closed in session 65
    # (rules named_place_heads), see test_events_vocabulary130
    (
        "SOCHI",
        "Erdogan arrived in the Black Sea resort of Sochi on Monday.",
        "TUR>RUS:04",
        "a place slot does not read the of-phrase of 'the Black Sea resort of Sochi'",
    ),
    (
        "BEIJING",
        "Beijing said the Philippines had staged the incident to draw in the United States.",
        "CHN>PHL:11",
        "a staged incident with a purpose clause is not read as a charge",
    ),
    (
        "BERLIN",
        "Germany said Iran was running a spying operation against exiles in Berlin.",
        "DEU>IRN:11",
        "the charge is the object's modifier ('a spying operation')",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses24_codes_silent_sentences(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
