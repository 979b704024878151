"""Relative clauses with no pronoun, relatives after a preposition, low by-phrases (session 12).

CONTACT: a relative clause with no relative pronoun ("the aid package Egypt sent to Sudan",
"the sanctions the EU imposed on Russia", "the oil Saudi Arabia supplied to Pakistan ... was
paid for") tells a past act whose subject is the name before the verb and whose object is the
noun before that name, however the parser breaks it up (the name as the noun's apposition,
the verb as a participle or as the root with the true verb coordinated after it). A planned,
possible or denied act ("the levy Ankara plans to impose", "the envoy Russia may expel"), a
company or a person of no state as the subject, and an apposition with an object of its own
("its ally Russia sent troops") code nothing of it.
PREP_WHICH: a relative pronoun after a preposition stands for the named actor before the comma
("Qatar, with which Egypt signed a gas deal", "Chad, to which France sent troops").
HELD: the subject of a relative clause on an act noun authors it, "held" as well ("the drills
the US held"), unless a complement makes the verb a judgment ("held Moscow responsible").
MADE: any other thing such a clause (past, no object of its own) says a state made or did is
the state's when it is another verb's object ("rejected the conditions Morocco set",
"praised the reforms Kenya adopted"); not people it held, freed or hurt ("condemned the men
Britain arrested"), nor what a company or an unnamed ministry made.
LOW_BY: a reaction's object noun whose by-phrase the parser hung on the reacting verb
("condemned the detention of two of its citizens by Belarus") names the reaction's target as
the noun's agent does.
Subordinate clauses (after, because, since, as, when) already code their own act; if, unless,
until and before ... could are kept as near-misses. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR"). Every sentence was written for this file; none is
copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CONTACT: list[Case] = [
    (
        "CAIRO",
        "The aid package Egypt sent to Sudan in March included food and medicine.",
        "EGY>SDN:07",
    ),
    ("RABAT", "The sanctions the EU imposed on Russia in 2022 remain in force.", "EU>RUS:16"),
    (
        "DHAKA",
        "The rice India shipped to Bangladesh in May arrived spoiled.",
        "IND>BGD:06|07",
    ),
    (
        "RIYADH",
        "The oil Saudi Arabia supplied to Pakistan last year was paid for.",
        "SAU>PAK:06",
    ),
    (
        "WASHINGTON",
        "The tariffs Trump imposed on Mexican steel angered Mexico City.",
        "USA>MEX:16",
    ),
    (
        "BEIJING",
        "The tariffs China imposed on Australian wine in 2020 were lifted on Friday.",
        "CHN>AUS:16",
    ),
    (
        "ANKARA",
        "Iraq on Tuesday demanded the removal of the levy Ankara imposed on Iraqi trucks in 2021.",
        "IRQ>TUR:10 TUR>IRQ:16",
    ),
    ("LIMA", "The loan Japan granted to Peru in 2019 funded a port.", "JPN>PER:07"),
    (
        "BOGOTA",
        "The deal Colombia signed with Venezuela in 2023 lapsed.",
        "COL>VEN:05",
    ),
    (
        "HANOI",
        "The island China seized from Vietnam in 1974 is now a base.",
        "CHN>VNM:19",
    ),
    # an apposition with an object of its own is the clause's subject, as before
    (
        "TALLINN",
        "Estonia's neighbour Russia expelled two Estonian diplomats on Monday.",
        "RUS>EST:16",
    ),
]

CONTACT_NONE: list[NearMiss] = [
    ("ANKARA", "The levy Ankara may impose on Iraqi trucks worries Baghdad."),
    ("ANKARA", "The levy Ankara wants to impose on Iraqi trucks worries Baghdad."),
    ("MOSCOW", "The envoy Russia did not expel has stayed in Tallinn."),
    ("DOHA", "The stadium Qatar built for the World Cup hosted a concert."),
    ("SEOUL", "The contract Samsung signed with Vietnam was renewed."),
    ("BERLIN", "The cars Volkswagen sold to China last year were recalled."),
    ("BERLIN", "The report the minister sent to Parliament was leaked."),
    ("BERLIN", "The weapons Germany has not delivered to Ukraine were promised in June."),
    ("ABUJA", "The ambassador Niger expelled in August was French."),
    ("KYIV", "Its ally Belarus sent troops to the border."),
    ("PARIS", "The president Macron met in Rome was Italian."),
    ("LONDON", "The company Britain sold to Qatar was profitable."),
    ("BERLIN", "The plan Germany proposed to France was rejected."),
    ("TOKYO", "The region China claims near Japan is rich in gas."),
    ("CAIRO", "Officials Egypt sent to Gaza returned on Monday."),
]

PREP_WHICH: list[Case] = [
    (
        "DOHA",
        "Qatar, with which Egypt signed a gas deal in May, praised Cairo.",
        "EGY>QAT:05 QAT>EGY:05",
    ),
    (
        "NDJAMENA",
        "Chad, to which France sent 500 troops in 2013, has ordered them out.",
        "FRA>TCD:07",
    ),
    (
        "MOSCOW",
        "Kazakhstan, with which Russia held talks in April, joined the bloc.",
        "RUS>KAZ:04",
    ),
]

PREP_WHICH_NONE: list[NearMiss] = [
    ("SEOUL", "The firm with which Seoul signed a contract is Polish."),
    ("PARIS", "The deal with which France ended the dispute was signed in Rome."),
]

LOW_BY: list[Case] = [
    (
        "VILNIUS",
        "Lithuania condemned the detention of two of its citizens by Belarus.",
        "BLR>LTU:17 LTU>BLR:11",
    ),
    (
        "WARSAW",
        "Poland criticized the expulsion of its consul by Russia.",
        "RUS>POL:16 POL>RUS:11",
    ),
    (
        "SEOUL",
        "South Korea deplored the seizure of its fishing boat by North Korean guards.",
        "PRK>KOR:17 KOR>PRK:11",
    ),
    (
        "ROME",
        "Italy denounced the arrest of its sailors on Monday by Libyan coast guards.",
        "LBY>ITA:17 ITA>LBY:11",
    ),
    ("PARIS", "France was condemned by Russia on Monday.", "RUS>FRA:11"),
]

LOW_BY_NONE: list[NearMiss] = [
    ("PARIS", "France condemned the attack by phone."),
    ("PARIS", "France condemned the attack by saying it was cowardly."),
    ("TOKYO", "Japan criticized the decision by the company to leave China."),
]

# a relative clause's subject authors the act noun it hangs on, "held" included unless a
# complement makes it a judgment ("held Moscow responsible")
HELD: list[Case] = [
    (
        "TEHRAN",
        "Iran denounced the drills the US held with Israel in the Gulf.",
        "IRN>USA:11 USA>ISR:06",
    ),
    (
        "TEHRAN",
        "Iran denounced the drills the United States held in the Gulf.",
        "IRN>USA:11",
    ),
    (
        "KYIV",
        "Ukraine condemned the attack, which Kyiv held Moscow responsible for.",
        "UKR>RUS:11",
    ),
]

HELD_NONE: list[NearMiss] = [
    ("TEHRAN", "Iran denounced the drills the company held in the Gulf."),
]

# any thing a past relative clause with no object of its own says a state made or did, as
# another verb's object, is the state's
MADE: list[Case] = [
    ("RABAT", "Algeria rejected the conditions Morocco set for the talks.", "DZA>MAR:12"),
    ("ATHENS", "Greece denounced the survey Turkey began near Crete.", "GRC>TUR:11"),
    ("SEOUL", "Seoul condemned the satellite Pyongyang launched on Tuesday.", "KOR>PRK:11"),
    ("LONDON", "Britain praised the reforms Kenya adopted last year.", "GBR>KEN:05"),
    ("BEIJING", "China criticized the island Japan bought in 2012.", "CHN>JPN:11"),
    ("DELHI", "India rejected the map Nepal published in May.", "IND>NPL:12"),
    ("PARIS", "France criticized the election Russia held in Crimea.", "FRA>RUS:11"),
]

MADE_NONE: list[NearMiss] = [
    ("LONDON", "Iran condemned the men Britain arrested in March."),
    ("PARIS", "France welcomed the journalist Iran freed on Monday."),
    ("LONDON", "Britain condemned the journalists Russia jailed."),
    ("PARIS", "France criticized the conditions the company set."),
    ("LIMA", "Peru rejected the terms Chile did not accept."),
    ("PARIS", "France rejected the terms Russia may offer."),
    ("BEIJING", "China criticized the film the director made about Tibet."),
    ("MOSCOW", "Russia condemned the statement the ministry issued."),
    ("BERLIN", "Germany welcomed the refugees Poland took in."),
]

SUBORDINATE: list[Case] = [
    (
        "TALLINN",
        "After Russia expelled two Estonian diplomats, Estonia expelled a Russian envoy.",
        "RUS>EST:16 EST>RUS:16",
    ),
    (
        "LONDON",
        "Britain sent warships to the Gulf when Iran seized a British tanker.",
        "IRN>GBR:17",
    ),
    ("ANKARA", "Ankara threatened to retaliate unless Athens lifts the ban.", "TUR>GRC:13"),
]

SUBORDINATE_NONE: list[NearMiss] = [
    ("KHARTOUM", "Sudan will boycott the talks until Ethiopia withdraws its troops."),
    ("STOCKHOLM", "Sweden applied before Turkey could veto the plan."),
    ("ANKARA", "Ankara will retaliate if Athens expels its diplomats."),
    ("STOCKHOLM", "Sweden will protest unless Turkey lifts its veto."),
]

GAPS: list[Gap] = [
    (
        "ANKARA",
        "Iraq criticized a levy Ankara plans to impose on Iraqi trucks.",
        "IRQ>TUR:11",
        "a planned act's author in a contact clause parsed as a coordinated verb is not read",
    ),
    (
        "KYIV",
        "Poland, whose forces entered Belarus last week, said the move was defensive.",
        "POL>BLR:19",
        "forces entering a state is not coded",
    ),
    (
        "ABUJA",
        "Niger, against which ECOWAS imposed sanctions in 2023, left the bloc.",
        "ECOWAS>NER:16 NER>ECOWAS:16",
        "the parser reads ECOWAS as the clause's verb",
    ),
]

CASES = CONTACT + PREP_WHICH + LOW_BY + HELD + MADE + SUBORDINATE
NONE = CONTACT_NONE + PREP_WHICH_NONE + LOW_BY_NONE + HELD_NONE + MADE_NONE + SUBORDINATE_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses19_codes_relative_and_subordinate_clauses(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
