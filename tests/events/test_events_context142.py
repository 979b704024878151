"""Context 142 (session 60, R60): a reaction to a statement answers the statement's author.

"In a statement, Turkey's Foreign Ministry accused Athens of ... Cyprus dismissed the
statement": the statement is Turkey's, though Greece is the one it accuses. The noun of a
named kind skips its own tellings (_told_targets' skip_noun), so the search for "the
statement" passed the vehicle phrase by and went back to the last saying that named the
reactor (a Greek minister's words about Cyprus). A statement noun in a phrase of
statement_vehicle_preps on a verb ("In a statement, X accused ...") now tells its author,
the verb's subject (reactions._statement_authors, through clauses._carrier_sender).

"Laos accused Cambodia of blocking river traffic. A Thai army spokesman said Cambodian
soldiers had laid mines. Cambodia rejected the charge": a charge, like a document
(content_nouns), told before with its author is that author's (rules charge_nouns), no
answer to the latest act aimed at the reactor (reactions._context_target).

Near miss: a statement whose author is named on it ("over a statement by the Greek
minister") is no vehicle of the clause's words; the author named on it stays the target.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._statement_authors: "In a statement, X accused Y" is X's statement
VEHICLE_AUTHOR: list[Case] = [
    (
        "NICOSIA",
        "Greece's defense minister held talks in Nicosia on Tuesday. \"Cyprus can count on us,\" "
        "the Greek minister told reporters. Turkey's Foreign Ministry, in a statement, accused "
        "Athens of arming the island. Cyprus dismissed the statement.",
        "GRC>CYP:04 TUR>GRC:11 CYP>TUR:12",
    ),
    (
        "BAKU",
        "Russia's foreign minister held talks in Baku on Monday. \"Azerbaijan can rely on "
        "Moscow,\" the Russian minister told reporters. In a statement, Armenia's Foreign "
        "Ministry accused Moscow of arming its neighbour. Azerbaijan rejected the statement as "
        "\"propaganda.\"",
        "RUS>AZE:04 ARM>RUS:11 AZE>ARM:12",
    ),
]
# ... a statement whose author is named on it is no vehicle of the accuser's words
NAMED_AUTHOR: list[Case] = [
    (
        "NICOSIA",
        "Greece's defense minister held talks in Nicosia on Tuesday. \"Cyprus can count on us,\" "
        "the Greek minister told reporters. Turkey's Foreign Ministry accused Athens over a "
        "statement by the Greek minister. Cyprus dismissed the statement.",
        "GRC>CYP:04 TUR>GRC:11 CYP>GRC:12",
    ),
]

# rules charge_nouns: a charge told before with its author is that author's
CHARGE_TOLD: list[Case] = [
    (
        "PHNOM PENH",
        "Laos accused Cambodia on Monday of blocking river traffic on the Mekong. Hours later, a "
        "Thai army spokesman said in Bangkok that Cambodian soldiers had laid new mines near the "
        "border. Cambodia's Defence Ministry rejected the charge as fabricated.",
        "LAO>KHM:11 KHM>THA:12",
    ),
]
# ... a charge told only by the accusation itself stays the accuser's
CHARGE_ACCUSER: list[Case] = [
    (
        "VIENTIANE",
        "Laos accused Cambodia on Monday of blocking river traffic on the Mekong. Cambodia's "
        "Defence Ministry rejected the charge as fabricated.",
        "LAO>KHM:11 KHM>LAO:12",
    ),
]

CASES: list[Case] = VEHICLE_AUTHOR + NAMED_AUTHOR + CHARGE_TOLD + CHARGE_ACCUSER
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context142_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context142_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
