"""Clauses 35 (session 25, builder CS): acts told inside the noun of another event's sentence.

Wire copy tells the cause of a protest in the same sentence, as a noun with no author of its
own: "South Africa lodged a protest with Botswana over a ban on imports of South African
vegetables", "Russia summoned Azerbaijan's envoy to protest the arrest of two Russian
journalists". The guidelines code every interaction a sentence states: the ban and the arrest
are events of their own, done by the one state the protest is aimed at (nominals.
_protested_author): the object or to/with/from-phrase of a verb of protest or reprisal
(rules protesting_verbs), the act noun under its over/after/following/upon phrase, "in
protest at", "in response to" or "to protest". Only acts done to a party (protested_roots:
no drills near a place). Near-misses: the protest's verb planned or denied, a protest to an
IGO, to two states, or no protest at all ("signed a deal after the arrest of ..."), the act's
phrase naming a third state, the act's target the protester's own people at home or no state.

Other acts a sentence tells inside a phrase: a veto of a stage of a part of a state's process
("blocked the closing of a chapter in Montenegro's accession talks": stage_nouns,
process_parts); another state's nationals flown or sent home, deported (v.send_nationals_home;
not an evacuation "from" a third place); a loan told as what funds a state's share ("with
Suriname's share financed by a loan from China": n.loan's funded slot), a state's
export-credit bank as its lender; an infinitive in a relative clause whose object is the
clause's noun, under a verb of commitment ("the arms that Ankara agreed to sell to Pakistan",
not "a deal with India, which it hopes to sign"); a hostile act told in the passive with no
agent in a clause a protest answers ("summoned Azerbaijan's envoy after two Russian
journalists were arrested in Baku": _protested_doer). A craft sent back is no gift.
Each row is (dateline, body, expected events).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PROTESTED: list[Case] = [
    (
        "NAIROBI",
        "Kenya lodged a protest with Tanzania over a ban on imports of Kenyan maize.",
        "KEN>TZA:11 TZA>KEN:16",
    ),
    (
        "MOSCOW",
        "Russia summoned Azerbaijan's ambassador to protest the arrest of two Russian "
        "journalists in Baku.",
        "RUS>AZE:11 AZE>RUS:17",
    ),
    (
        "HANOI",
        "Vietnam summoned China's envoy to protest the seizure of a Vietnamese fishing boat.",
        "VNM>CHN:11 CHN>VNM:17",
    ),
    (
        "NEW DELHI",
        "India protested to Nepal over the detention of three Indian traders.",
        "IND>NPL:11 NPL>IND:17",
    ),
    (
        "WARSAW",
        "Poland summoned Belarus's charge d'affaires over the expulsion of two Polish diplomats.",
        "POL>BLR:11 BLR>POL:16",
    ),
    (
        "MOSCOW",
        "Russia expelled two Moldovan diplomats in response to the expulsion of three Russian "
        "diplomats.",
        "RUS>MDA:16 MDA>RUS:16",
    ),
    (
        "VILNIUS",
        "Lithuania summoned Belarus's charge d'affaires in protest at the detention of two "
        "Lithuanian citizens.",
        "LTU>BLR:11 BLR>LTU:17",
    ),
    (
        "TOKYO",
        "Japan lodged a protest with China following the detention of a Japanese national.",
        "JPN>CHN:11 CHN>JPN:17",
    ),
    (
        "WARSAW",
        "Poland expelled a Russian diplomat following the arrest of two Polish citizens.",
        "POL>RUS:16 RUS>POL:17",
    ),
    (
        "VILNIUS",
        "Lithuania expelled a Russian diplomat following the detention of a Lithuanian citizen "
        "in Kaliningrad.",
        "LTU>RUS:16 RUS>LTU:17",
    ),
    (
        "NAIROBI",
        "Kenya protested to Ethiopia over the killing of three Kenyan herders near the border.",
        "KEN>ETH:11 ETH>KEN:18|19",
    ),
    (
        "BELGRADE",
        "Serbia summoned Croatia's ambassador over the deportation of 30 Serbian workers.",
        "SRB>HRV:11 HRV>SRB:17",
    ),
]

# the act joined to another the protest names, a protest told after "barred ... from entering"
PROTESTED_MORE: list[Case] = [
    (
        "MOSCOW",
        "Russia summoned Kazakhstan's ambassador to protest the closure of a Russian cultural "
        "center and the arrest of two of its Russian employees.",
        "RUS>KAZ:11 KAZ>RUS:17",
    ),
    (
        "OTTAWA",
        "Canada barred four Iranian officials from entering the country over the detention of "
        "two Canadian citizens.",
        "CAN>IRN:16 IRN>CAN:17",
    ),
]

PROTESTED_NOT: list[Case] = [
    # an IGO heard as a judge, a third state in the act's phrase, no protest, a ban only feared
    (
        "MOMBASA",
        "Kenya complained to the WTO over a ban on imports of Kenyan maize.",
        "",
    ),
    (
        "KISUMU",
        "Kenya protested to Tanzania over the arrest of two Kenyan traders in Uganda.",
        "KEN>TZA:11",
    ),
    (
        "NAKURU",
        "Kenya signed a trade deal with Tanzania after the arrest of two Kenyan traders.",
        "KEN>TZA:05",
    ),
    (
        "ELDORET",
        "Kenya summoned Tanzania's envoy over a possible ban on Kenyan maize.",
        "KEN>TZA:11",
    ),
    # the detained are no state's, or the protester's own drills near a place
    (
        "BRUSSELS",
        "The EU sanctioned Belarus over the detention of opposition leaders.",
        "EU>BLR:16",
    ),
    (
        "SAPPORO",
        "Japan lodged a protest with Russia over military exercises on islands off Hokkaido.",
        "JPN>RUS:11",
    ),
]

# a stage of a part of a state's process ("the closing of a chapter in X's talks"): v.veto's
# target through stage_nouns and process_parts
PROCESS_PARTS: list[Case] = [
    (
        "WARSAW",
        "Poland blocked the opening of a new chapter in Ukraine's accession negotiations.",
        "POL>UKR:12",
    ),
    (
        "ATHENS",
        "Greece vetoed the closing of the final chapter of Turkey's membership talks.",
        "GRC>TUR:12",
    ),
    (
        "BUDAPEST",
        "Hungary blocked the launch of the second phase of Moldova's accession talks.",
        "HUN>MDA:12",
    ),
    (
        "LJUBLJANA",
        "Slovenia blocked the closing of the judiciary chapter in Croatia's accession talks.",
        "SVN>HRV:12",
    ),
]

# another state's nationals flown or sent home are deported (v.send_nationals_home)
NATIONALS_HOME: list[Case] = [
    ("ROME", "Italy sent 50 Tunisian migrants home on Monday.", "ITA>TUN:17"),
    (
        "WASHINGTON",
        "U.S. authorities flew 120 Guatemalan migrants back to Guatemala on Tuesday.",
        "USA>GTM:17",
    ),
    ("KUALA LUMPUR", "Malaysia shipped 300 Indonesian migrants back by boat.", "MYS>IDN:17"),
    (
        "ACCRA",
        "Ghana summoned Nigeria's envoy after Nigerian authorities flew 50 Ghanaian citizens "
        "home.",
        "GHA>NGA:11 NGA>GHA:17",
    ),
]

# a loan told as what funds a state's share or works (n.loan's funded slot), and a state's
# export-credit bank as its lender (groups.yaml)
FUNDED: list[Case] = [
    ("NAIROBI", "Kenya's part of the railway was financed by a loan from China.", "CHN>KEN:07"),
    (
        "VIENTIANE",
        "Laos's section of the line was funded by a loan from the Export-Import Bank of China.",
        "CHN>LAO:07",
    ),
    (
        "KATHMANDU",
        "Work on the dam began in May, with Nepal's share bankrolled by a grant from India.",
        "IND>NPL:07",
    ),
    (
        "DHAKA",
        "The Japan Bank for International Cooperation lent Bangladesh $500 million for the "
        "bridge.",
        "JPN>BGD:07",
    ),
]

# a hostile act told in the passive with no agent, in a clause a protest answers
# (_protested_doer); not a domestic arrest, nor one in a third state
PASSIVE_PROTESTED: list[Case] = [
    (
        "MOSCOW",
        "Russia summoned Azerbaijan's ambassador after two Russian journalists were arrested "
        "in Baku.",
        "RUS>AZE:11 AZE>RUS:17",
    ),
    (
        "NEW DELHI",
        "India protested to Nepal after two Indian traders were detained.",
        "IND>NPL:11 NPL>IND:17",
    ),
    (
        "WARSAW",
        "Poland expelled a Belarusian diplomat after two Polish citizens were jailed.",
        "POL>BLR:16 BLR>POL:17",
    ),
    (
        "NAIROBI",
        "Kenya summoned Uganda's envoy after opposition leaders were arrested in Kampala.",
        "KEN>UGA:11",
    ),
    (
        "KISUMU",
        "Kenya summoned Uganda's envoy after two Kenyan traders were arrested in Tanzania.",
        "KEN>UGA:11",
    ),
]

# an act told in a relative clause whose infinitive's object is the clause's noun
RELATIVE_INFINITIVES: list[Case] = [
    (
        "NEW DELHI",
        "India protested to Turkey over the drones that Ankara agreed to sell to Pakistan.",
        "IND>TUR:11 TUR>PAK:03|07",
    ),
    (
        "KYIV",
        "The drones that Iran agreed to supply to Russia were delivered in May.",
        "IRN>RUS:03|07",
    ),
    (
        "CARACAS",
        "The vaccines that Cuba agreed to send to Venezuela arrived in Caracas.",
        "CUB>VEN:03|07",
    ),
]

NONE: list[NearMiss] = [
    # a craft sent back is no gift; an infinitive in a relative clause with no other party
    ("PIRAEUS", "Greece sent back a Turkish fishing boat."),
    ("CAIRO", "The talks that Egypt agreed to host collapsed."),
    ("LAMU", "Kenya may summon Uganda's envoy after three Kenyan fishermen were detained."),
    ("OTTAWA", "Canada wants an arms deal with Chile, which it hopes to sign in May."),
    # a loan funding no state's share, the state's own lenders, a loan that harms
    ("COLOMBO", "The bridge was financed by a loan from a Chinese bank."),
    ("MOMBASA", "Kenya's part of the railway was financed by a loan from Kenyan banks."),
    ("LUSAKA", "Zambia's economy was hurt by a loan from China."),
    # an evacuation from a third place, a state's own citizens, no nationality, no citizens
    ("NEW DELHI", "India flew 300 Nepali citizens home from Kyiv."),
    ("BRASILIA", "Brazil flew 40 Brazilian citizens home from Lebanon."),
    ("DOVER", "Britain flew hundreds of migrants home last year."),
    ("MOMBASA", "Kenya flew a Chinese tourist home after she fell ill."),
    # a stage of no process the veto words name, or of no state's
    ("SPLIT", "Croatia blocked the closing of a road in Montenegro's capital."),
    ("RIJEKA", "Croatia blocked the closing of the fisheries chapter."),
    ("PARIS", "France vetoed the opening of a new chapter in the EU's history."),
    ("GARISSA", "Kenya did not summon Tanzania's envoy over the arrest of two Kenyan traders."),
    ("MALINDI", "Kenya may summon Tanzania's envoy over the arrest of two Kenyan traders."),
]
GAPS: list[Gap] = []
CASES = PROTESTED + PROTESTED_MORE + PROTESTED_NOT + PROCESS_PARTS + NATIONALS_HOME + FUNDED + RELATIVE_INFINITIVES + PASSIVE_PROTESTED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses35_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses35_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
