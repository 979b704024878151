"""Aid 2 (session 28, helper FUND): aid and cooperation whose receiver is implicit, read from
the misses of sets 11-27 (roots 06, 07).

Money pledged or works funded with no receiver named go to the one state the place of the
works names (reactions._placed_recipient): the purpose infinitive ("pledged $40 million to
remove bombs along the railway in northern Ghana"), a for-phrase ("for a solar plant in
Niger's Zinder region") or the works object with the verb's in-phrase ("will fund a new
wharf in Tonga"), even when the sentence names other states in an aside (an apposition or a
relative clause) or the story's first act is a deal of others; works paid for ("will pay for
upgrades to the port in Batumi") go to the state of the place their to-phrase names
(v.pay_for), and a to-phrase of the payer's own ("upgrades to its embassy") is its own works
(objects._own_works). A capital the parser reads as an infinitive ("pledged to send 30 experts
to Chisinau", "Chisinau" an advcl with aux "to") is a to-phrase again
(context._names_read_as_infinitives). Kept out: the giver's own
works abroad ("to repair its embassy in Ghana"), a place of the giver's own, a venue ("for
a donors' conference in Geneva"), and a gift told to a private receiver of its own. Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the works' place names the receiver
PLACED_WORKS: list[Case] = [
    (
        "OSLO",
        "Norway and Canada pledged a combined $40 million on Tuesday to remove unexploded bombs "
        "along the Tamale railway corridor in northern Ghana, a route France and the European "
        "Union are promoting as an outlet for Malian cotton.",
        "NOR>GHA:03|07 CAN>GHA:03|07",
    ),
    (
        "KUWAIT CITY",
        "Kuwait pledged $300 million for a solar plant in Niger's southern Zinder region.",
        "KWT>NER:03|07",
    ),
    (
        "TOKYO",
        "Fiji and Samoa signed a shipping deal on Monday. Japan will fund a new wharf in Tonga.",
        "FJI>WSM:05 WSM>FJI:05 JPN>TON:03|07",
    ),
    (
        "SEOUL",
        "South Korea promised $12 million to dig wells across rural Chad, a ministry official "
        "told reporters in Geneva.",
        "KOR>TCD:03|07",
    ),
]

# works paid for: a to-phrase's place names the owner (v.pay_for), not the payer's own
PAID_WORKS: list[Case] = [
    (
        "TOKYO",
        "Japan will also pay for upgrades to the Batumi port in Georgia, the ministry said.",
        "JPN>GEO:03|07",
    ),
    ("SEOUL", "South Korea will pay for repairs to the main jetty in Apia.", "KOR>WSM:03|07"),
]

# a capital the parser reads as an infinitive ("to Chisinau") is the to-phrase it is
# (context._names_read_as_infinitives)
ROUTED_STAFF: list[Case] = [
    (
        "BUDAPEST",
        "Hungary pledged to send 30 customs experts to Chisinau by the end of the year.",
        "HUN>MDA:03|06",
    ),
    (
        "WARSAW",
        "Poland's prime minister, speaking beside his Lithuanian counterpart in Warsaw on "
        "Friday, promised to send 25 judicial experts to Chisinau next month.",
        "POL>MDA:03|06",
    ),
]

NONE: list[NearMiss] = [
    ("TOKYO", "Japan will pay for upgrades to its embassy in Tbilisi."),
    ("SEOUL", "South Korea will pay for repairs to the bridge in Busan, Samoa's envoy said."),
    # the giver's own works abroad, and works at home
    (
        "OSLO",
        "Norway pledged $40 million on Tuesday to repair its embassy in northern Ghana, France "
        "and Togo said.",
    ),
    (
        "OSLO",
        "Norway pledged $40 million on Tuesday to clear mines in northern Norway, France and "
        "Ghana said.",
    ),
    # a venue is no works
    (
        "TOKYO",
        "Japan pledged $5 million for a donors' conference in Geneva, Senegal and Mali said.",
    ),
]

GAPS: list[Gap] = [
    (
        "NAIROBI",
        "Kenya sent 400 police officers to Somalia on Monday to join an African Union force. "
        "Ghana, Senegal and Togo have also promised officers.",
        "KEN>SOM:06|07 GHA>SOM:03 SEN>SOM:03 TGO>SOM:03",
        "police sent 'to join an African Union force' code nothing (v.send_staff unless_words "
        "'force'), and staff promised with no receiver ('have also promised officers') is no "
        "gift (_giving: only sums of money), so no context rule gives it the mission's host",
    ),
]
CASES = PLACED_WORKS + PAID_WORKS + ROUTED_STAFF


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_aid2_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_aid2_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
