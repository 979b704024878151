"""Actors taken from the wrong place (refs part 10).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.

RELATIVES: a relative clause set off by a comma in the simple present ("Western Sahara, which
only Rabat recognizes", "Russia, which backs its claim") describes a standing relation: no
act (standing_verbs). A past one ("Israel, which struck a school"), a restrictive one ("the
sanctions that Washington imposes on Syria") and an answer ("which Beijing denies") still tell
their act.

DOMESTIC: lawmakers, the opposition, courts or citizens address their own state's
government, administration or army ("In London, lawmakers urged the government to act"),
whatever state was named before: a domestic act, no event. "The junta" stays another state's.

TERRITORIES: a place slot ("drills near", "sailed near") takes no land that is no sovereign
state (data/actors/territories.yaml: the Falklands, Gibraltar, Greenland, Guam); Taiwan and a
state's own region ("near Okinawa") still do.

MERGERS: the state a land would join ("union with Greece", "unification with Russia") is the
union's partner, no target of a rejection; "Turkey's accession", "annexation by Russia" keep
their actors.

GOODS: a nationality before the goods a state offers or gives ("offered Turkish help",
"pledged American weapons") is their origin, no recipient.

POSSESSIVES: a plural-looking name with a bare apostrophe ("Laos'", "the Bahamas'").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

RELATIVES: list[Case] = [
    ("BELGRADE", "Serbia thanked Russia, which backs its claim to Kosovo.", "SRB>RUS:05"),
    (
        "MADRID",
        "Spain backed Morocco's plan for Western Sahara, which Algeria opposes.",
        "ESP>MAR:05",
    ),
    (
        "CAIRO",
        "Egypt criticized Israel, which struck a school in Gaza on Monday.",
        "EGY>ISR:11 ISR>PSE:19",
    ),
    (
        "PRISTINA",
        "Albania praised Kosovo, which Serbia still claims as a province.",
        "ALB>XKX:05",
    ),
    (
        "TEHRAN",
        "Iran condemned the sanctions that Washington imposes on Syria.",
        "IRN>USA:11 USA>SYR:16",
    ),
    (
        "BEIJING",
        "China criticized the tariffs that the United States imposes on its steel.",
        "CHN>USA:11",
    ),
    (
        "TOKYO",
        "Japan accused China of hacking its ministries, which Beijing denies.",
        "JPN>CHN:11 CHN>JPN:12",
    ),
]

RELATIVES_NONE: list[NearMiss] = [
    ("ALGIERS", "Algeria hosted the Polisario leader, whose state only Rabat opposes, on Monday."),
    ("TAIPEI", "Paraguay's envoy spoke of Taiwan, which China claims as its own."),
    ("ANKARA", "Turkey welcomed the leader of Northern Cyprus, which only Ankara recognizes."),
    ("BERN", "Swiss bankers met the envoy of Somaliland, which Ethiopia backs."),
]

DOMESTIC: list[Case] = [
    (
        "LONDON",
        "Iran seized a British tanker in the Gulf on Monday. In London, lawmakers urged the "
        "government to act.",
        "IRN>GBR:17",
    ),
    (
        "WASHINGTON",
        "China imposed tariffs on U.S. goods. In Washington, lawmakers urged the administration "
        "to retaliate.",
        "CHN>USA:16",
    ),
    (
        "BERLIN",
        "Russia's government expelled German diplomats. Lawmakers in Berlin criticized the "
        "government for its silence.",
        "RUS>DEU:16",
    ),
    (
        # a gap until review30: the for-phrase names what the chancellor is blamed for, so the
        # criticism has its addressee there and no counterpart (sides._slot_addressee)
        "BERLIN",
        "Russia's government expelled German diplomats. Lawmakers in Berlin criticized the "
        "chancellor for his silence.",
        "RUS>DEU:16",
    ),
    (
        "PARIS",
        "Algeria expelled French diplomats on Monday. The opposition in Paris accused the "
        "government of weakness.",
        "DZA>FRA:16",
    ),
    (
        "DAKAR",
        "Troops seized power in Guinea on Monday. Senegal's lawmakers urged the junta to free "
        "the president.",
        "SEN>GIN:02|10",
    ),
    (
        "DAKAR",
        "Soldiers seized power in Guinea on Monday. Senegal urged the military to restore "
        "civilian rule.",
        "SEN>GIN:02|10",
    ),
]

TERRITORIES: list[Case] = [
    ("TAIPEI", "China held drills near Taiwan on Monday.", "CHN>TWN:15"),
    ("TOKYO", "Russia held naval drills near Okinawa on Monday.", "RUS>JPN:15"),
]

TERRITORIES_NONE: list[NearMiss] = [
    ("LONDON", "Russia held naval drills near the Falkland Islands on Monday."),
    ("MADRID", "Morocco held military exercises near Gibraltar on Tuesday."),
    ("NUUK", "Russian warships sailed near Greenland on Tuesday."),
    ("HAGATNA", "China staged air drills near Guam on Friday."),
]

MERGERS: list[Case] = [
    ("PARIS", "France opposed Turkey's accession to the EU.", "FRA>TUR:12"),
    (
        "TBILISI",
        "Georgia condemned the annexation of Abkhazia by Russia.",
        "GEO>RUS:11 RUS>GEO:19",
    ),
]

MERGERS_NONE: list[NearMiss] = [
    ("TBILISI", "Georgia opposed a vote on unification with Russia in South Ossetia."),
    ("CHISINAU", "Moldova rejected calls for integration with Romania."),
    ("MINSK", "Lukashenko dismissed talk of a merger with Russia."),
    ("NICOSIA", "Cyprus rejected a plan for reunification with Greece."),
]

GOODS: list[Case] = [
    ("PARIS", "France offered Libya help after the floods.", "FRA>LBY:03"),
    ("BERLIN", "Germany offered the Ukrainian army more tanks.", "DEU>UKR:03"),
    ("WARSAW", "Poland gave Ukrainian soldiers ammunition.", "POL>UKR:07"),
]

GOODS_NONE: list[NearMiss] = [
    ("ATHENS", "Greece offered Turkish help to the flood victims in Libya."),
    ("DOHA", "Qatar pledged American weapons to the rebels."),
    ("BERLIN", "Germany offered Ukrainian grain to the hungry in Africa."),
    ("BUDAPEST", "Hungary offered Russian gas to its neighbours."),
]

POSSESSIVES: list[Case] = [
    ("VIENTIANE", "Laos' parliament ratified a border treaty with Vietnam.", "LAO>VNM:05"),
    ("MORONI", "Comoros' president met France's foreign minister on Monday.", "COM>FRA:04"),
    (
        "NASSAU",
        "The Bahamas' prime minister criticized the United States over deportations.",
        "BHS>USA:11",
    ),
    ("THE HAGUE", "The Netherlands' foreign minister condemned Russia.", "NLD>RUS:11"),
    ("MALE", "The Maldives' president visited India on Monday.", "MDV>IND:04"),
    ("TEGUCIGALPA", "Honduras' government cut ties with Taiwan.", "HND>TWN:16"),
    (
        "MANILA",
        "The Philippines' coast guard accused China of ramming its boat.",
        "PHL>CHN:11 CHN>PHL:19",
    ),
]

GAPS: list[Gap] = [
    (
        "TEHRAN",
        "Iran sold Russian fuel to traders in Iraq.",
        "",
        "provide_aid's obj_mod slot takes the goods' nationality as the recipient",
    ),
]

CASES = RELATIVES + DOMESTIC + TERRITORIES + MERGERS + GOODS + POSSESSIVES
NONE = RELATIVES_NONE + TERRITORIES_NONE + MERGERS_NONE + GOODS_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs10_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_refs10_codes_actors_in_place(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
