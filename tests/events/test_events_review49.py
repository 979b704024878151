"""Review 49 (session 26, reviewer R): extras found on wire stories and probes of our own.

Firms told by their trade ("a Japanese shipbuilder", "an Emirati developer") or by a name of
several words a firm's word ends ("Japan's Toyota Motor", "Germany's ThyssenKrupp Marine
Systems said it ...") act for no state (roles.yaml BUS, pronouns.yaml firm_name_words). A
killing, attack or beating told by a passive verb under a protest is no act of the state
protested to: gunmen, bombers and mobs do those too (rules.yaml protested_passive_roots).
A fishing boat or a cargo plane is no state's craft as a source (rules.yaml
civil_craft_words). A pair a mediator went between, told in an aside on it, is "both sides"
of its appeal before an earlier list (plurals._choose). An issue taken to a body is no blame
of it (v.take_issue); a future said to lie in Europe is no lie (rules.yaml located_verbs);
a ruling appealed asks no state (v.appeal unless_objects); an act called a right, legitimate or
lawful is defended, no wrong named (v.call_names); "it" in a relative clause of naming, saying
or getting on the for- or over-phrase of a verb of blame is the judge (pronouns.yaml
judge_own_verbs); a past joined to a reported clause in another tense is the speaker's only when
the speaker is not its object (parties._reporter). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

FIRMS: list[Case] = [
    # a firm is a target of what is done to it, as its people are
    (
        "WASHINGTON",
        "The United States sanctioned a Chinese shipbuilder on Tuesday for helping Iran.",
        "USA>CHN:16",
    ),
    # the firm delivers the jets its state's buyer ordered, no state to another
    (
        "PARIS",
        "Croatia will buy 18 Rafale jets from France. France's Dassault Aviation said it "
        "expected to deliver the first jets in 2027.",
        "HRV>FRA:03",
    ),
    # state bodies named by several words stay their state's
    (
        "MOSCOW",
        "Russia's Federal Security Service accused Ukraine of plotting attacks.",
        "RUS>UKR:11",
    ),
    (
        "BEIJING",
        "China's Ministry of Commerce criticized the European Union's tariffs.",
        "CHN>EU:11",
    ),
    (
        "TEHRAN",
        "Iran's Atomic Energy Organization said it would cooperate with the IAEA.",
        "IRN>IAEA:03",
    ),
]
PROTESTED: list[Case] = [
    # arrests and expulsions are the protested state's, a killing in a bombing is not
    (
        "BEIJING",
        "China lodged a protest with Pakistan after five Chinese engineers were killed in a "
        "suicide bombing in Khyber Pakhtunkhwa.",
        "CHN>PAK:11",
    ),
    (
        "ABUJA",
        "Nigeria protested to South Africa after two Nigerian shopkeepers were killed in "
        "Johannesburg.",
        "NGA>ZAF:11",
    ),
    (
        "MOSCOW",
        "Russia summoned Georgia's ambassador after three Russian tourists were attacked in "
        "Tbilisi.",
        "RUS>GEO:11",
    ),
    (
        "MOSCOW",
        "Russia summoned Moldova's ambassador after two Russian diplomats were expelled.",
        "RUS>MDA:11 MDA>RUS:16",
    ),
    (
        "NEW DELHI",
        "India lodged a protest with Nepal after two Indian traders were detained.",
        "IND>NPL:11 NPL>IND:17",
    ),
]
CRAFT: list[Case] = [
    (
        "TOKYO",
        "Japan said four Chinese coast guard ships entered Japanese waters near the Senkaku "
        "Islands on Sunday.",
        "CHN>JPN:15",
    ),
    ("ATHENS", "Greece seized a Turkish fishing boat off Lesbos on Monday.", "GRC>TUR:17"),
]
SIDES: list[Case] = [
    # the pair a mediator went between, told in an aside on it, before an earlier list
    (
        "KAMPALA",
        "More than 100,000 people crossed into Uganda and Burundi in two weeks. The United "
        "States and Qatar, which brokered a peace deal between Congo and Rwanda last year, "
        "called on both sides to respect it.",
        "USA>COD:04 USA>RWA:04 QAT>COD:04 QAT>RWA:04 USA>COD:02 USA>RWA:02 QAT>COD:02 QAT>RWA:02",
    ),
    (
        "DOHA",
        "Thousands of refugees crossed into Jordan and Lebanon last month. Egypt and Qatar, "
        "which mediated talks between Israel and Hamas, urged both sides to keep the truce.",
        "EGY>ISR:04 EGY>PSE:04 QAT>ISR:04 QAT>PSE:04 EGY>ISR:02 EGY>PSE:02 QAT>ISR:02 "
        "QAT>PSE:02 ISR>PSE:04 PSE>ISR:04",
    ),
]
ISSUE: list[Case] = [
    ("SEOUL", "South Korea took issue with Japan's new textbooks.", "KOR>JPN:11"),
    ("NEW DELHI", "India took exception to Turkey's comments on Kashmir.", "IND>TUR:11"),
    ("ANKARA", "Turkey took umbrage at the Dutch decision to bar its ministers.", "TUR>NLD:11"),
]
LIED: list[Case] = [
    (
        "WASHINGTON",
        "The State Department said Russia lied about the attack on the hospital.",
        "USA>RUS:11",
    ),
    ("LONDON", "Britain said Iran had lied to inspectors for years.", "GBR>IRN:11"),
]
APPEALED: list[Case] = [
    # a ruling appealed is a legal step, no appeal to the state acted on before
    (
        "JAKARTA",
        "Beijing urged Jakarta to honor its commitments on nickel exports. The WTO ruled "
        "against Indonesia's export ban in 2022, and Jakarta appealed the ruling.",
        "CHN>IDN:02",
    ),
    ("ROME", "Italy appealed to Libya to stop the boats.", "ITA>LBY:02"),
]
NAMED: list[Case] = [
    (
        "RAMALLAH",
        "Israel demolished 20 Palestinian homes. Jordan called it an attack on the rights of "
        "Palestinians.",
        "ISR>PSE:17 JOR>ISR:11",
    ),
    (
        "GEORGETOWN",
        "Guyana called Venezuela's referendum a violation of its sovereign rights.",
        "GUY>VEN:11",
    ),
]
JUDGED: list[Case] = [
    # "it" in a clause of the judge's own words is the judge, no deed of the one judged
    (
        "BEIJING",
        "China criticized Japan over the remarks that it called provocative.",
        "CHN>JPN:11",
    ),
    (
        "BEIJING",
        "China criticized Japan over remarks that it described as provocative.",
        "CHN>JPN:11",
    ),
    (
        "YEREVAN",
        "Armenia criticized Israel over the drones that it sold to Azerbaijan.",
        "ARM>ISR:11 ISR>AZE:07",
    ),
]
TENSE: list[Case] = [
    # a speaker acts on no one but itself by a tense break: the clause's subject keeps it
    (
        "JERUSALEM",
        "Israel said Iran was enriching uranium to near weapons grade and threatened Israel "
        "with destruction.",
        "IRN>ISR:13",
    ),
    (
        "KYIV",
        "Ukraine's foreign ministry said Russia was massing troops near Kharkiv and warned "
        "Belarus against joining.",
        "RUS>UKR:15 UKR>BLR:13",
    ),
]
NONE: list[NearMiss] = [
    # an act named a right or lawful is defended, not blamed
    ("SEOUL", "North Korea fired a cruise missile on Tuesday. Russia called it a sovereign right."),
    ("PYONGYANG", "North Korea tested a new rocket engine. China called the test legitimate."),
    # where a thing lies is no lie told
    ("KYIV", "Ukraine's foreign ministry said Georgia's future lay in Europe."),
    ("PARIS", "France said Moldova's future lies within the European Union."),
    # an issue taken to a body is raised there, no blame of it
    ("CARACAS", "Venezuela took the issue to the U.N. Security Council in March."),
    # firms by trade
    ("HANOI", "Vietnam signed a deal with a Japanese shipbuilder to buy four patrol boats."),
    ("NAIROBI", "Kenya signed a contract with a Chinese contractor to build the railway."),
    ("JAKARTA", "Indonesia ordered 12 jets from a French planemaker on Monday."),
    (
        "CAIRO",
        "Egypt signed a $2 billion deal with an Emirati developer to build a new city on the coast.",
    ),
    # firms by a name of several words
    ("MEXICO CITY", "Japan's Toyota Motor criticized Mexico's new tax on car imports."),
    ("ANKARA", "Turkey's Baykar Technologies signed a deal with Kuwait to supply drones."),
    ("CANBERRA", "Germany's ThyssenKrupp Marine Systems said it regretted Australia's decision."),
    ("HANOI", "South Korea's Samsung Electronics said it would invest $2 billion in Vietnam."),
    # civilian craft
    (
        "TOKYO",
        "Japan said a Chinese fishing boat entered Japanese waters near the Senkaku Islands on "
        "Sunday.",
    ),
    ("KYIV", "A Russian cargo plane violated Ukrainian airspace, the air force said."),
]
CASES = FIRMS + PROTESTED + CRAFT + SIDES + ISSUE + LIED + APPEALED + NAMED + JUDGED + TENSE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review49_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review49_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
