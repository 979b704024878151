"""Review 110 (session 40, builder S55): four forms behind set 55's extras.

Opened set 55 coded acts no one did: "the ministry expressed 'regret for any misunderstanding'
with Bissau" as disapproval (111) where regret for a hardship one's own side caused is an
apology (055, v.express_regret_harm, as v.regret_harm codes "regretted any misunderstanding");
"both governments have since spoken of closer cooperation" as talks (a topic named with "of",
not talks held: v.talk_with forbids prep=of); "began charging a fee ... to pay for army
escorts" as money given (a purpose infinitive tells why the main act is done, v.pay_for forbids
^advcl); "Venezuela's Foreign Ministry said ... Georgetown, and it warned Trinidad" with "it"
read as Guyana, the previous sentence's subject (coref._conjunct_subject: a later conjunct's
subject pronoun keeps the first conjunct's subject). "Defended the flight" after a protest gave
a verbal defence (052) of the protester (v.defend now needs its own object as the target).
"'Guinea-Bissau is a sovereign country,' the minister told reporters" rejected (120) the
incursion's protest as if a deed were defended as lawful (objects._own_defended: a state
portrayed by a copula is no deed of its own).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# regret for a harm one's own side caused is an apology; regret over another's act is not
REGRET: list[Case] = [
    (
        "DAKAR",
        'The Senegalese ministry expressed "regret for any misunderstanding" with Bissau on'
        " Tuesday.",
        "SEN>GNB:05",
    ),
    (
        "CANBERRA",
        "Australia expressed regret over Indonesia's decision to cancel the visit.",
        "AUS>IDN:11",
    ),
]

# a state portrayed by a copula defends no deed of its own; its deed said lawful does
PORTRAIT: list[Case] = [
    (
        "BISSAU",
        "Senegalese troops crossed into Guinea-Bissau on Sunday. Guinea-Bissau summoned Senegal's"
        ' ambassador on Tuesday. "Guinea-Bissau is a sovereign country, not a back yard for'
        " anyone's military operations,\" Foreign Minister Nelson Mane told reporters.",
        # session 52: "troops crossed into Guinea-Bissau" codes 150 (v.cross_into), as the gold
        # of sets 41, 55 and 57 codes such crossings (15/19)
        "SEN>GNB:15 GNB>SEN:11",
    ),
    (
        "BISSAU",
        "Senegalese troops crossed into Guinea-Bissau on Sunday. Guinea-Bissau summoned Senegal's"
        " ambassador on Tuesday. Senegal's army said its patrol was lawful.",
        # session 52: "troops crossed into Guinea-Bissau" codes 150 (v.cross_into), as the gold
        # of sets 41, 55 and 57 codes such crossings (15/19)
        "SEN>GNB:15 GNB>SEN:11 SEN>GNB:12",
    ),
    (
        "BISSAU",
        "Senegalese troops crossed into Guinea-Bissau on Sunday. Guinea-Bissau summoned Senegal's"
        " ambassador on Tuesday. Senegal's foreign minister said Dakar was \"a peaceful neighbor\""
        " and had acted in line with the law.",
        # session 52: "troops crossed into Guinea-Bissau" codes 150 (v.cross_into), as the gold
        # of sets 41, 55 and 57 codes such crossings (15/19)
        "SEN>GNB:15 GNB>SEN:11 SEN>GNB:12",
    ),
]

# talks held, a payment promised and a warning by the first conjunct's subject still code
KEPT: list[Case] = [
    (
        "ROME",
        "Italian and French ministers spoke with each other on Monday.",
        "ITA>FRA:04 FRA>ITA:04",
    ),
    (
        "VIENTIANE",
        "China agreed on Tuesday to pay for a detailed study of a railway to Vientiane.",
        "CHN>LAO:03",
    ),
    (
        "CARACAS",
        "Guyana began pumping oil in 2019. Venezuela's Foreign Ministry said in a statement that"
        " the oil came from waters seized by Georgetown, and it warned Trinidad and Tobago"
        " against buying it.",
        "VEN>TTO:13",
    ),
]

# a topic spoken of, and money charged to pay for one's own costs: nothing
NONE: list[NearMiss] = [
    ("ROME", "Italy and France have spoken of closer cooperation."),
    (
        "BANGUI",
        "Cameroon began charging a fee on July 1 for every truck bound for the Central African"
        " Republic, to pay for army escorts on the road.",
    ),
    (
        "HANOI",
        "Vietnam began charging a toll on the bridge in 2023 to pay for repairs to the road to"
        " Laos.",
    ),
]

GAPS: list[Gap] = []

CASES: list[Case] = REGRET + PORTRAIT + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review110_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review110_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
