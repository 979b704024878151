"""Review 21 (fixer T2 of session 14): reported charges, act nouns, probes, trade cuts, letters.

A state said to back, arm or train another's forces is charged only when the thing backed is no
state organ (a role noun: "armed forces", "army") and not the speaker's own ("its", "our"); "the
opposition", "a position", "a session" tell no act of opposing, posing or setting; a claim's
by-phrase is its author and reading a report is no probe, while an act's by-phrase ("meddling by
Russia") names the suspect; a trade volume cut "by 40 percent" is a statistic, no embargo;
refusing to answer a state's questions rejects them; a letter that carries an act ("wrote to the
UN accusing Russia of ...") is that act, no consultation; an outcome "never" recognised is a
standing position.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # finding 3: backing armed groups (not a state's forces) is still a charge
    ("ADDIS ABABA", "Ethiopia said Eritrea was arming rebel fighters in Tigray.", "ETH>ERI:11"),
    (
        "KINSHASA",
        "Congo's government said Rwanda was supporting armed groups in North Kivu.",
        "COD>RWA:11",
    ),
    ("BAMAKO", "Mali said Algeria was harbouring armed separatists near the border.", "MLI>DZA:11"),
    ("KINSHASA", "Congo said Rwanda was backing armed men in the east.", "COD>RWA:11"),
    ("BEIRUT", "Israel said Iran was funding armed groups in Lebanon.", "ISR>IRN:11"),
    # a non-state modifier on forces is still a charge
    ("JUBA", "South Sudan said Sudan was arming separatist forces along the border.", "SSD>SDN:11"),
    # the speaker's own forces backed: support (07 with troops, v.back_forces), no charge
    ("RIGA", "Latvia said NATO was backing our armed forces with more troops.", "NATO>LVA:05|07"),
    # finding 4: an act noun still answers the act its ending tells
    (
        "TOKYO",
        "Japan expelled two Chinese diplomats on Monday. China condemned the expulsion.",
        "JPN>CHN:16 CHN>JPN:11",
    ),
    (
        "MANILA",
        "China imposed a ban on Philippine bananas. Manila protested the imposition.",
        "CHN>PHL:16 PHL>CHN:11",
    ),
    # finding 4: the reviewer's sentence; the opposition criticised is no answer to Britain
    (
        "LONDON",
        "Britain opposed the Chinese plan at the UN. Venezuela's government criticized the "
        "opposition on Tuesday.",
        "GBR>CHN:12",
    ),
    # finding 8: allegations probed, and acts whose by-phrase names the doer
    ("OTTAWA", "Canada investigated allegations of Indian interference.", "CAN>IND:09"),
    (
        "CANBERRA",
        "Australia probed allegations of Chinese interference in its elections.",
        "AUS>CHN:09",
    ),
    ("PARIS", "France investigated meddling by Russia in its local elections.", "FRA>RUS:09"),
    ("WASHINGTON", "The US examined the accusations of Chinese spying.", "USA>CHN:09"),
    # finding 9: a trade ban or cut with no measured volume is an embargo
    ("ANKARA", "Turkey cut trade with Israel on Thursday.", "TUR>ISR:16"),
    ("OTTAWA", "Canada suspended exports of drones to Turkey.", "CAN>TUR:16"),
    # finding 10: refusing to answer a state's questions or calls rejects them
    ("VIENNA", "Iran refused to answer the IAEA's questions about uranium traces.", "IRN>IAEA:12"),
    (
        "SEOUL",
        "North Korea refused to answer South Korea's calls on the hotline.",
        "PRK>KOR:12",
    ),
    # finding 11: the letter's act, not the letter
    (
        "KIEV",
        "Ukraine wrote to the UN Security Council accusing Russia of shelling the plant.",
        "UKR>RUS:11",
    ),
    (
        "WARSAW",
        "The Polish president wrote to the German chancellor about reparations.",
        "POL>DEU:04",
    ),
    (
        "MANILA",
        "The Philippine president wrote to Xi Jinping on Monday, after the collision at sea.",
        "PHL>CHN:04",
    ),
    (
        "LONDON",
        "Britain did not recognise the result of Venezuela's presidential election.",
        "GBR>VEN:12",
    ),
]

NONE: list[NearMiss] = [
    # finding 3: the reviewer's sentence and a state's own forces backed or trained
    (
        "KYIV",
        "Ukraine said the United States was supporting its armed forces with new air defences.",
    ),
    ("TAIPEI", "Taiwan said the United States was training its armed forces on new missiles."),
    ("SEOUL", "South Korea said Washington was backing its armed forces with more drills."),
    ("WARSAW", "Poland said Britain was equipping its military with air defence systems."),
    ("TEL AVIV", "Israel said Washington was supplying its armed forces with interceptors."),
    ("MANILA", "The Philippines said Japan was helping train its coast guard."),
    ("BERLIN", "Germany said France was supporting its position on the budget."),
    # finding 4: the reviewer's sentences and a position welcomed
    (
        "KYIV",
        "Hungary opposed the aid package in Brussels. Poland criticised the opposition on Friday.",
    ),
    # finding 8: the reviewer's sentence and more routine reading of others' reports
    ("LONDON", "Britain examined a report by France on migration across the Channel."),
    ("BERLIN", "Germany reviewed a study by Poland on river pollution."),
    ("ROME", "Italy studied claims by Greece about the migrant boat."),
    ("TOKYO", "Japan studied a report from South Korea on the fishing dispute."),
    # finding 9: the reviewer's sentence and trade volumes measured
    ("BERLIN", "Germany cut its gas imports from Russia by 40 percent last year as prices rose."),
    ("BRUSSELS", "The EU cut imports of Russian oil by 90 percent over two years."),
    # finding 10: questions from no state answered or not
    ("ROME", "Italy's foreign minister declined to answer questions about Libya."),
    # finding 11: outcomes never recognised
    ("MOSCOW", "The EU has never recognised the outcome of the 2020 election in Belarus."),
    ("CARACAS", "The United States never accepted the result of Venezuela's 2018 vote."),
    ("OTTAWA", "Canada has never recognized the outcome of the referendum in Crimea."),
]

GAPS: list[Gap] = [
    (
        "DHAKA",
        "Bangladesh wrote to Myanmar demanding the return of the refugees.",
        "BGD>MMR:10",
        "a letter's demand is no longer a consultation, but the participle takes no addressee "
        "from the letter's to-phrase",
    ),
    (
        "PARIS",
        "France rejected the German proposal. Italy welcomed the position on Monday.",
        "FRA>DEU:12 ITA>FRA:05",
        "a stance noun is no longer read as 'pose'; what 'the position' refers to is not tied "
        "to the rejection told before",
    ),
    (
        "SEOUL",
        "South Korea cut its exports to China by 12% in the first quarter.",
        "",
        "v.halt_aid reads exports cut as aid halted (162); a percent cannot block it there, as "
        "'cut aid to Egypt by 10 percent' is a government act",
    ),
    (
        "TOKYO",
        "Japan reduced its oil purchases from Iran by 20% in March.",
        "",
        "v.halt_flow reads 'oil' as a flow halted; a volume measured stays coded there (a flow "
        "cut by a supplier can be a coercive act)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row's events, coded in one batch."""
    return code_audit(CASES, NONE, GAPS)


def test_events_review21_bodies_are_unique() -> None:
    """A repeated body would silently shadow its twin in the coded table."""
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review21_codes_no_extras(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """Each body codes exactly its expected events; a near-miss codes none."""
    got = coded[body]
    assert matches(got, expected), (got, expected)
