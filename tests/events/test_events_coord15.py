"""Second reported clauses, criticism and threats in reported speech, gapped clauses (session 13,
builder B3).

AND THAT: "Canada said India had interfered in its election and that it had expelled six Indian
diplomats": a second reported clause with a subject of its own is a statement of its own, so its
act is coded besides the accusation of the first clause (_reported_sequel).
CRITICISM: "said the strikes by Israel were a crime", "said India was behind the killing" (a
listed act after "behind": never "behind schedule", "behind the proposal" or "behind Israel"),
"described the sanctions imposed by Washington as economic warfare" (the as-phrase on the
object's participle), "called Seoul's decision a betrayal" (the name given read as an
apposition: an indefinite common noun with no comma, never a time: "a second time").
THREATS: "Turkey threatened that it would block Sweden's bid" reads as "threatened to block":
an affirmed that-clause with a future modal whose subject is the threatener's own
(_own_future_clauses).
GAPPING: "the U.S. imposed sanctions on Iran and the EU on Syria", "Ghana sent 200 troops to
Mali and Nigeria 300": the name before the remnant (a phrase of the first conjunct's
preposition naming an actor, a bare number, a second object) is the subject of a clause whose
verb is left out, never a second target (_gapped_remnant, _gapped).
ECHOED: "Lithuania expelled two Russian diplomats. Latvia did the same": a sentence that only
echoes repeats the acts of the sentence before for its own subjects, back to their source when
the subject is their target ("Russia did the same": in kind) (_echoed_acts).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

AND_THAT: list[Case] = [
    (
        "OTTAWA",
        "Canada said India had interfered in its election and that it had expelled six Indian "
        "diplomats.",
        "CAN>IND:11 CAN>IND:16",
    ),
    (
        "VIENNA",
        "Austria said Moscow had violated the agreement and that Vienna had recalled its "
        "ambassador from Russia.",
        "AUT>RUS:11 AUT>RUS:16",
    ),
    (
        "STOCKHOLM",
        "Sweden said Russia was behind the sabotage and that it had summoned the Russian "
        "ambassador.",
        "SWE>RUS:11 SWE>RUS:11",
    ),
    (
        "MANILA",
        "The Philippines said Chinese ships had rammed its vessel and that it had summoned "
        "China's envoy.",
        "CHN>PHL:19|17 PHL>CHN:11",
    ),
    ("LIMA", "Peru protested to Chile and the talks collapsed.", "PER>CHL:11"),
    (
        "PARIS",
        "France said Russia had breached the accord and that the weather was poor.",
        "FRA>RUS:11",
    ),
    # since session 16 the joined clause of duty demands of its subject (_that_conjuncts)
    (
        "PRETORIA",
        "South Africa said it welcomed the ruling and that Israel must comply.",
        "ZAF>ISR:10",
    ),
]

AND_THAT_NONE: list[NearMiss] = [
    (
        "DHAKA",
        "Bangladesh said India had closed the border and that the weather had delayed trade.",
    ),
]

CRITICISM: list[Case] = [
    # a naming verb's predicate the parser joins to its object (a gap until 647e6a7)
    ("KYIV", "Ukraine called Hungary's veto shameful.", "UKR>HUN:11"),
    ("DOHA", "Qatar said the strikes by Israel were a crime.", "QAT>ISR:11"),
    ("TEHRAN", "Iran's president said the attack by Israel was a war crime.", "IRN>ISR:11"),
    ("OTTAWA", "Canada's foreign minister said India was behind the killing.", "CAN>IND:11"),
    ("MOSCOW", "Russia said Ukraine was behind the attack on the bridge.", "RUS>UKR:11"),
    ("KYIV", "Ukraine said Russia was behind the cyberattack on its banks.", "UKR>RUS:11"),
    ("BEIJING", "China said the United States was behind the unrest in Hong Kong.", "CHN>USA:11"),
    ("BAKU", "Azerbaijan said Armenia's shelling was unprovoked.", "AZE>ARM:11"),
    (
        "BEIJING",
        "China described the sanctions imposed by Washington as economic warfare.",
        "CHN>USA:11",
    ),
    ("BEIJING", "China described Washington's sanctions as economic warfare.", "CHN>USA:11"),
    ("TOKYO", "Japan called Seoul's decision a betrayal.", "JPN>KOR:11"),
    ("MOSCOW", "Russia called the NATO exercises a provocation.", "RUS>NATO:11"),
    # an approving name is praise (session 21, lead's decision: praise by naming is 05 to the
    # act's author, guidelines; it was a near-miss of criticism before)
    ("TOKYO", "Japan called Seoul's decision a positive step.", "JPN>KOR:05"),
    # a name the parser hangs on "forward" as its measure is read as the name given (lead's
    # ruling, session 24: praise by naming, 05; a near-miss until then)
    ("TOKYO", "Japan called Seoul's decision an important step forward.", "JPN>KOR:05"),
    # a time the parser reads as the name given hides no call (a gap until session 23:
    # objects._forbidden lets v.phone pass a time oprd)
    ("PARIS", "Macron called Zelenskyy's office a second time.", "FRA>UKR:04"),
]

CRITICISM_NONE: list[NearMiss] = [
    ("BERLIN", "Germany said Poland was behind schedule."),
    ("BERLIN", "Germany said Britain was behind the proposal."),
    ("JERUSALEM", "Israel said the United States was firmly behind it."),
    ("DOHA", "Qatar said the suspect had committed a crime."),
    ("SEOUL", "Seoul called Tokyo's ambassador, a veteran diplomat."),
]

THREATS: list[Case] = [
    ("ANKARA", "Turkey threatened that it would block Sweden's membership.", "TUR>SWE:13"),
    ("MOSCOW", "Russia threatened that it would cut gas supplies to Moldova.", "RUS>MDA:13"),
    ("MOSCOW", "Russia threatened that Moscow would halt grain exports to Egypt.", "RUS>EGY:13"),
    ("TEHRAN", "Iran vowed that it would retaliate against Israel.", "IRN>ISR:13"),
]

THREATS_NONE: list[NearMiss] = [
    ("ANKARA", "Turkey threatened that Sweden would never join the alliance."),
    ("BEIJING", "China promised that it would never attack Taiwan."),
    ("MOSCOW", "Russia warned that it would consider its options."),
]

GAPPED: list[Case] = [
    (
        "WASHINGTON",
        "The United States imposed sanctions on Iran and the European Union on Syria.",
        "USA>IRN:16 EU>SYR:16",
    ),
    (
        "WASHINGTON",
        "Washington imposed tariffs on China and Ottawa on Mexico.",
        "USA>CHN:16 CAN>MEX:16",
    ),
    (
        "WASHINGTON",
        "The United States sold jets to Saudi Arabia and Britain to Qatar.",
        "USA>SAU:07 GBR>QAT:07",
    ),
    # a name joined to a recipient with a bare number after it may be a second recipient or
    # a giver: neither (test_events_review16.py)
    ("ACCRA", "Ghana sent 200 troops to Mali and Nigeria 300.", "GHA>MLI:07"),
    ("LONDON", "Britain expelled a Russian diplomat, and Germany two.", "GBR>RUS:16 DEU>RUS:16"),
    (
        "PARIS",
        "France expelled two Russian diplomats, Italy one and Spain four.",
        "FRA>RUS:16 ITA>RUS:16 ESP>RUS:16",
    ),
    (
        "TOKYO",
        "Japan pledged $2 billion to Ukraine and South Korea $1 billion.",
        "JPN>UKR:03",
    ),
    # no remnant: both are targets
    ("BRUSSELS", "The EU imposed sanctions on Iran and Russia on Monday.", "EU>IRN:16 EU>RUS:16"),
    (
        "PARIS",
        "France sent 300 soldiers to Estonia and 200 to Romania.",
        # soldiers sent to a state are its military aid (07: v.send_soldiers, review339)
        "FRA>EST:07 FRA>ROU:07",
    ),
    (
        "BEIJING",
        "China imposed tariffs on Canada and the United States on 20 percent of goods.",
        "CHN>CAN:16 CHN>USA:16",
    ),
]

ECHOED: list[Case] = [
    (
        "VILNIUS",
        "Lithuania expelled two Russian diplomats on Monday. Latvia did the same on Tuesday.",
        "LTU>RUS:16 LVA>RUS:16",
    ),
    (
        "RIGA",
        "Lithuania expelled two Russian diplomats on Monday. Latvia and Estonia followed suit.",
        "LTU>RUS:16 LVA>RUS:16 EST>RUS:16",
    ),
    (
        "TALLINN",
        "Lithuania recalled its ambassador from Minsk. Poland later did so too.",
        "LTU>BLR:16 POL>BLR:16",
    ),
    # the target's echo returns the act
    (
        "WARSAW",
        "Lithuania expelled two Russian diplomats on Monday. Russia did the same.",
        "LTU>RUS:16 RUS>LTU:16",
    ),
    (
        "TALLINN",
        "Russia expelled two Estonian diplomats. Tallinn did the same a day later.",
        "RUS>EST:16 EST>RUS:16",
    ),
    # a possible, expected or negated echo repeats nothing
    (
        "VILNIUS",
        "Lithuania expelled two Russian diplomats on Monday. Latvia may follow suit.",
        "LTU>RUS:16",
    ),
    (
        "RIGA",
        "Lithuania expelled two Russian diplomats on Monday. Latvia is expected to follow suit.",
        "LTU>RUS:16",
    ),
    (
        "TALLINN",
        "Lithuania expelled two Russian diplomats on Monday. Latvia did not follow suit.",
        "LTU>RUS:16",
    ),
]

GAPS: list[Gap] = [
    (
        "NAIROBI",
        "Kenya expelled two Ugandan diplomats, Uganda three Kenyan ones.",
        "KEN>UGA:16 UGA>KEN:16",
        "the parser makes 'Uganda' a modifier of 'ones', the remnant's own object",
    ),
    (
        "WARSAW",
        "Poland sent tanks to Ukraine, and the Czech Republic howitzers.",
        "POL>UKR:07 CZE>UKR:07",
        "the parser makes the second subject a compound of the remnant object",
    ),
]

CASES = AND_THAT + CRITICISM + THREATS + GAPPED + ECHOED
NONE = AND_THAT_NONE + CRITICISM_NONE + THREATS_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord15_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_coord15_codes_second_clauses_and_gaps(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
