"""Roots 22 (session 23, builder OL): open gaps of the lead's list, each a general form.

A sanction, a break or an exit from a body (16) that a state says it would take if or unless
something happens is held over the other side, a threat (13x: modality._conditional_threat),
not told as done; the same act said without a condition stays the announced measure (16), a
friendly act on a condition stays intent, and another's forecast keeps what it coded.
"call X a/an <noun>" names X, never a phone call, and "called it a milestone"
praises the friendly deed just told. A bystander's "welcomed the decision" after a hostile
answer to a state's act codes nothing; envoys given hours to leave and a note demanding are
read whatever the parser does with them; a craft carrying people and works on claimed ground
are no gifts.
Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CONDITIONS: list[Case] = [
    (
        "BUDAPEST",
        "Hungary said it would leave the OSCE if the plan went ahead.",
        "HUN>OSCE:13",
    ),
    (
        "KYIV",
        "Ukraine said it would ban Polish imports if Warsaw did not lift its embargo.",
        "UKR>POL:13",
    ),
    (
        "NAIROBI",
        "Kenya said on Friday that it would expel Somali diplomats if Mogadishu kept "
        "interfering.",
        "KEN>SOM:13",
    ),
    ("LIMA", "Peru said it would cut ties with Bolivia unless the trial was halted.", "PER>BOL:13"),
    (
        "STOCKHOLM",
        "Sweden said it would impose sanctions on Belarus if the jailed activists were not "
        "freed.",
        "SWE>BLR:13",
    ),
    (
        "TOKYO",
        "Japan said it would suspend aid to Myanmar if the junta executed the prisoners.",
        "JPN>MMR:13",
    ),
    (
        "BRASILIA",
        "Brazil announced that it would recall its ambassador from Caracas if the election "
        "result stood.",
        "BRA>VEN:13",
    ),
    # kept: no condition, an announced measure
    ("BUDAPEST", "Hungary said it would leave the OSCE.", "HUN>OSCE:16"),
    ("RIGA", "Latvia said it would expel three Russian diplomats.", "LVA>RUS:16"),
    # kept: a friendly act on a condition is intent, no threat
    (
        "BELGRADE",
        "Serbia said it would recognize Kosovo if the EU offered membership.",
        "SRB>XKX:03",
    ),
]

# "call X a/an <noun>" gives a name, no phone call, though the parser hangs the name as the
# object's apposition ("called Spain's prime minister a liar", v.phone forbids the
# predicate). A time after the object is no name, so the call stays ("a second time", "a
# day later"), as does an apposition set off by commas.
NAMES: list[Case] = [
    ("ALGIERS", "Algeria called Spain's prime minister a liar.", "DZA>ESP:11"),
    ("HAVANA", "Cuba called Argentina's president a clown.", "CUB>ARG:11"),
    # kept: a time or a comma'd apposition after the object leaves the call a call
    (
        "NAIROBI",
        "Kenya's president called the Somali president a second time on Friday.",
        "KEN>SOM:04",
    ),
    ("LIMA", "Peru's foreign minister called the Chilean ambassador a day later.", "PER>CHL:04"),
    (
        "ACCRA",
        "Ghana's president called his Nigerian counterpart, a longtime ally, on Sunday.",
        "GHA>NGA:04",
    ),
]

# "it" (or "this") named an achievement praises the friendly deed just told, as "the
# agreement" does (sides._context_kind "praised", reaction_matches achievement); a strike told
# before is no deed such praise answers, and the same state's praise of the same deed told
# the sentence before is restated, not coded twice (extract._named_it).
PRAISED_IT: list[Case] = [
    (
        "PARIS",
        "Armenia and Azerbaijan signed a peace treaty on Friday. France called it a historic "
        "breakthrough.",
        "ARM>AZE:05 AZE>ARM:05 FRA>ARM:05 FRA>AZE:05",
    ),
    (
        "BERLIN",
        "Ukraine and Poland signed a grain deal on Monday. Germany called it a victory for "
        "diplomacy.",
        "UKR>POL:05 POL>UKR:05 DEU>UKR:05 DEU>POL:05",
    ),
    (
        "NAIROBI",
        "Egypt and Sudan signed a water accord. It was the first in decades. Kenya called it a "
        "milestone.",
        "EGY>SDN:05 SDN>EGY:05 KEN>EGY:05 KEN>SDN:05",
    ),
    # near misses
    (
        "BRASILIA",
        "Peru and Chile signed a fishing accord. Brazil praised the accord. Brazil's foreign "
        "ministry called it a milestone.",
        "PER>CHL:05 CHL>PER:05 BRA>PER:05 BRA>CHL:05",
    ),
    (
        "KYIV",
        "Russia shelled Ukrainian towns on Monday. Germany called it a victory for diplomacy.",
        "RUS>UKR:19",
    ),
]

# A third party's approval of "the decision" after a hostile deed against a state whose own
# act was just told, of any kind and aimed at anyone, may mean either deed, so neither is
# coded (reactions._returned_deed, as e102c31 for a hostile deed returning one); with no such
# deed between, the approval answers the act.
RETURNED: list[Case] = [
    (
        "CAIRO",
        "Norway recognised Palestine on Monday. Israel recalled its ambassador from Oslo. Egypt "
        "welcomed the decision.",
        "NOR>PSE:05 ISR>NOR:16",
    ),
    (
        "AMMAN",
        "Spain recognised Palestine on Tuesday. Israel recalled its ambassador from Madrid. "
        "Jordan praised the move.",
        "ESP>PSE:05 ISR>ESP:16",
    ),
    (
        "WARSAW",
        "Japan pledged $2 billion in aid to Ukraine. Russia expelled two Japanese diplomats. "
        "Poland welcomed the decision.",
        "JPN>UKR:03 RUS>JPN:16",
    ),
    # kept: no hostile deed between, or none against the author of an act told
    (
        "OSLO",
        "Norway recognised Palestine on Monday. Egypt welcomed the decision.",
        "NOR>PSE:05 EGY>NOR:05",
    ),
    (
        "BOGOTA",
        "The United States imposed sanctions on Venezuela. Colombia welcomed the decision.",
        "USA>VEN:16 COL>USA:05",
    ),
]

# Silent forms: envoys given a time to leave that the parse repair makes a dative
# (objects._object_candidates), and a demand a note or letter carries, made to whom it goes
# (clauses carrier_to).
SILENT: list[Case] = [
    (
        "BAMAKO",
        "Mali gave the staff of the Algerian embassy in Bamako 72 hours to leave.",
        "MLI>DZA:16",
    ),
    (
        "NIAMEY",
        "Niger gave the staff of the French embassy 48 hours to leave the country.",
        "NER>FRA:16",
    ),
    ("WARSAW", "Poland sent Germany a diplomatic note demanding reparations.", "POL>DEU:10"),
    ("ATHENS", "Greece sent a note to Turkey demanding an explanation.", "GRC>TUR:10"),
]

# A craft that carries people is sent on a trip, no gift (objects._ferries_people); works on
# ground another state claims are no help to it (v.finance_in, v.rebuild_in unless_words).
NO_GIFTS: list[Case] = [
    # kept: goods carried, works in a state's own ground
    ("ROME", "Italy sent a plane carrying medicine to Libya.", "ITA>LBY:07"),
    ("KYIV", "Germany delivered two helicopters to Ukraine.", "DEU>UKR:07"),
    ("VIENTIANE", "China built a railway in Laos.", "CHN>LAO:06"),
    ("NAIROBI", "Japan built a hospital in Kenya.", "JPN>KEN:06"),
    # session 24 (lead): a craft sent with the sender's own officials aboard is their visit
    (
        "KUWAIT CITY",
        "Kuwait sent an aircraft carrying its foreign minister to Tehran.",
        "KWT>IRN:04",
    ),
]

NONE: list[NearMiss] = [
    ("LAGOS", "Nigeria gave the staff of the oil company two weeks to leave the site."),
    ("BEIJING", "China received a note demanding an explanation."),
    ("WARSAW", "Poland published a note demanding reparations."),
    # another state's officials carried home: no visit of the sender's
    ("DOHA", "Qatar sent a jet carrying the Afghan delegation to Kabul."),
    ("MANILA", "China built a radar station on a reef claimed by the Philippines."),
    ("HANOI", "China built an airport on a disputed island near Vietnam."),
    # a coercion or a closure on a condition stays uncoded (test_events_context14)
    ("CAIRO", "Egypt said it would close the border with Sudan if Khartoum did not act."),
    # no deal told: nothing to praise
    ("TOKYO", "Japan called the agreement an important step forward."),
    ("BERLIN", "Germany called it a victory for diplomacy."),
]
# "called the agreement an important step forward": the parser hangs the name on the adverb
# (npadvmod of "forward"); objects._has_need reads an adverb's measure as a predicate
# apposition (a gap until session 24)
FORWARD: list[Case] = [
    (
        "BERLIN",
        "Ukraine and Poland signed a grain deal on Monday. Germany called the agreement an "
        "important step forward.",
        "UKR>POL:05 POL>UKR:05 DEU>UKR:05 DEU>POL:05",
    ),
    (
        "ROME",
        "Egypt and Sudan signed a water accord on Monday. Italy called the accord a big step "
        "forward.",
        "EGY>SDN:05 SDN>EGY:05 ITA>EGY:05 ITA>SDN:05",
    ),
]
GAPS: list[Gap] = []
CASES = CONDITIONS + NAMES + PRAISED_IT + RETURNED + SILENT + NO_GIFTS + FORWARD


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots22_codes(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
