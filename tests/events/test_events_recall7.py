"""Recall 7 (session 24, builder SD): a known pattern fires but its sides are not found.

Coded: a speaker's second act told after a quotation closes ('said the deal showed that
"ties are strong" and thanked Chile') hangs on the speaker's verb, not on the quoted clause,
so the act has the speaker as its source (context._quote_closed_conjuncts); a note handed to
an envoy with no hander told ("Ambassador X was handed a note demanding ...") is the demand
of the state that summoned the envoy's state (clauses._handed_envoys, extract._summoner),
even when the latest act told is another party's; a border or crossing closed with no side
named is closed on the state the source's latest hostile dealings were with, though force (19)
is no counterpart root (sides._shared_border, rules shared_border_codes and _nouns), never on
an IGO or a third state. Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

QUOTE_CLOSED: list[Case] = [
    (
        "ACCRA",
        "Ghana held a peaceful election on Sunday. Nigeria's foreign minister said the vote "
        'proved that "democracy in our region is alive" and congratulated Ghana on its election.',
        "NGA>GHA:05",
    ),
    (
        "NICOSIA",
        "Turkish drones flew over Cyprus on Friday. The Cypriot government spokesman said the "
        'flights showed that Ankara "does not respect international law" and criticized Turkey '
        "for the incursion.",
        "CYP>TUR:11",
    ),
    (
        "BRASILIA",
        "Brazil and Paraguay signed a dam deal on Friday. Paraguay's president said the deal "
        'showed that the two nations "can solve problems together" and praised Brazil for its '
        "flexibility.",
        "BRA>PRY:05 PRY>BRA:05 PRY>BRA:05",
    ),
    # near-misses: a past clause keeps its conjunct (the troops shelled, not Rwanda)
    (
        "KIGALI",
        'Rwanda said Congolese troops "were everywhere" and shelled two border villages.',
        "",
    ),
    (
        "KIGALI",
        "Rwanda said Congolese troops had crossed the border and shelled two villages.",
        "",
    ),
    # a conjunct with a subject of its own is its subject's act
    (
        "BANGUI",
        "Chad said the new border rules \"are unfair\" and its ministry then thanked Sudan.",
        "TCD>SDN:05",
    ),
]

HANDED_NOTES: list[Case] = [
    (
        "BUDAPEST",
        "Hungary summoned Ukraine's ambassador on Monday over a new language law. The "
        "ambassador, Yuri Koval, was handed a note demanding that Kyiv restore minority schools.",
        "HUN>UKR:11 HUN>UKR:10",
    ),
    (
        "TBILISI",
        "Georgia summoned Armenia's ambassador on Friday. Armenian border guards detained three "
        "Georgian farmers on Thursday. Ambassador Tigran Sarkisian was handed a note demanding "
        "the immediate release of the farmers.",
        "GEO>ARM:11 ARM>GEO:17 GEO>ARM:10",
    ),
    (
        "RABAT",
        "Morocco summoned Algeria's ambassador on Tuesday. The Algerian ambassador was handed a "
        "note demanding that Algiers stop arming rebels.",
        "MAR>DZA:11 MAR>DZA:10",
    ),
    # near-misses: a hander named, no envoy, no summons told
    (
        "ATHENS",
        "Greece expelled a Turkish diplomat on Monday. Turkey's ambassador to Greece was handed "
        "a letter by protesters demanding an apology.",
        "GRC>TUR:16",
    ),
]

BORDER_CLOSURES: list[Case] = [
    (
        "NIAMEY",
        "Beninese troops fired on Nigerien soldiers on Sunday. Niger closed the border on Monday.",
        "BEN>NER:19 NER>BEN:16",
    ),
    (
        "BAKU",
        "Armenian forces shelled Azerbaijani positions on Friday. Azerbaijan shut three border "
        "crossings on Saturday.",
        "ARM>AZE:19 AZE>ARM:16",
    ),
    (
        "TEGUCIGALPA",
        "Nicaraguan police detained two Honduran fishermen on Monday. Honduras closed the "
        "frontier on Tuesday.",
        "NIC>HND:17 HND>NIC:16",
    ),
    # near-misses: a third state, an IGO's quarrel, a closure for a cause, its own airspace
    (
        "NIAMEY",
        "Beninese troops fired on Nigerien soldiers on Sunday. Senegal closed the border on "
        "Monday.",
        "BEN>NER:19",
    ),
    (
        "NDJAMENA",
        "The United Nations criticized Chad's treatment of refugees on Monday. Chad rejected the "
        "criticism and closed the border.",
        "UN>TCD:11 TCD>UN:12",
    ),
    (
        "NIAMEY",
        "Beninese troops fired on Nigerien soldiers on Saturday. Niger closed its airspace on "
        "Monday.",
        "BEN>NER:19",
    ),
]

NONE: list[NearMiss] = [
    ("NIAMEY", "Niger closed the border on Monday because of a cholera outbreak."),
    ("SANTIAGO", "The director of a copper company was handed a note demanding payment."),
    ("LIMA", "Chile's ambassador was handed a note demanding an explanation."),
]
GAPS: list[Gap] = []
CASES = QUOTE_CLOSED + HANDED_NOTES + BORDER_CLOSURES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_recall7_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_recall7_sides(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
