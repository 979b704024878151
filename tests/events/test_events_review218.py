"""Review 218 (session 61, O91): forms of set 91 opened as a development set.

"Norway sent a team of cyber specialists to Malawi days after the attack": the words of an
occasion phrase ("after the attack", "following the floods": rules occasion_preps, also under
"days") tell when the act was done, not what it is, so no unless_words of the pattern are
read there (extract._averted_only); a purpose ("to demolish the tunnels") and a venue ("before
the talks") still are.

"Ghana demanded that Togo free the traders and criticised Lome for ...": a past-tense speech
act joined by the parser to the bare verb of a demanded clause is the demander's own
(nlp/joined_reports.yaml demanding, nlp._past_act_after_subjunctive); a second bare verb
("... and condemn the attack") stays demanded.

"Senegal's consul travelled to Banjul but was denied access to the jail": a passive
conjunct with no doer named acts on its patient, the first verb's subject; the one the first
verb reached did it (extract._conjunct_targets), not the other way round.

"Peru suspended new work permits for Bolivia": work permits cut for a state or its people are
a cut in relations as a visa regime's is (patterns.yaml v.suspend_work_permits, 160).

"... met Chile's foreign minister and promised that the trawler would be returned, according to
the embassy": who tells of the act (attribution_preps) and a place of the doer's own state in
the reported clause ("the bus stations in Antofagasta") name no other party, so the promise is
aimed at the one talked with (sides._names_other).

"The EU's accession talks with Serbia have been frozen since 2023": talks a halting verb
governs are no meeting told (rules halted_meeting_roots, nominals._noun_hits), as aid cut is no
gift; talks held or resumed still meet.

"Chile had written to Peru three times since March asking for the money": the asking
participle the parser hangs on the dated phrase ("since March asking") still says what the
letter carries (objects' carried_clause), an appeal (v.write_to_asking, 020), no consultation.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

OCCASION: list[Case] = [
    (
        "OSLO",
        "Norway sent a team of five cyber specialists to Lilongwe in May, days after the attack "
        "on its tax office, at Malawi's request.",
        "NOR>MWI:06",
    ),
    (
        "TOKYO",
        "Japan sent police instructors to Nairobi following the attack on the ministry.",
        "JPN>KEN:06",
    ),
]
DEMANDED: list[Case] = [
    (
        "ACCRA",
        "Ghana demanded that Togo free the traders and criticised Lome for deporting 30 "
        "Ghanaians.",
        "GHA>TGO:10 GHA>TGO:11 TGO>GHA:17",
    ),
    (
        "ACCRA",
        "Ghana demanded that Togo free the traders and condemn the attack on the market.",
        "GHA>TGO:10",
    ),
]
REFUSED: list[Case] = [
    (
        "DAKAR",
        "Senegal's consul travelled to Banjul on Friday but was denied access to the jail.",
        "SEN>GMB:04 GMB>SEN:12",
    ),
    (
        "LIMA",
        "Peru's ambassador met Chile's foreign minister on Friday but was refused access to the "
        "detained fishermen.",
        "PER>CHL:04 CHL>PER:12",
    ),
]
PERMITS: list[Case] = [
    ("LIMA", "Peru on Friday suspended new work permits for Bolivia.", "PER>BOL:16"),
    ("DOHA", "Qatar froze work permits for Nepali workers on Monday.", "QAT>NPL:16"),
]
PROMISED: list[Case] = [
    (
        "LIMA",
        "Peru's trade minister Jorge Salas met Chile's foreign minister on Tuesday and promised "
        "that the trawler would be returned, according to the embassy.",
        "PER>CHL:04 PER>CHL:03",
    ),
    (
        "SANTIAGO",
        "Chile's ambassador Pablo Rojas spoke with Bolivia's foreign minister on Sunday and "
        "promised that more guards would watch over the bus stations in Antofagasta.",
        "CHL>BOL:04 CHL>BOL:03",
    ),
    (
        "SANTIAGO",
        "Chile's ambassador Pablo Rojas spoke with Bolivia's foreign minister on Sunday and "
        "promised that more guards would watch over the bus stations in La Paz.",
        "CHL>BOL:04",
    ),
]

TALKS: list[Case] = [
    ("LIMA", "Peru held talks with Chile on Monday.", "PER>CHL:04"),
]
WRITTEN: list[Case] = [
    (
        "SANTIAGO",
        "Chile had written to Peru three times since March asking for the money.",
        "CHL>PER:02",
    ),
    (
        "SANTIAGO",
        "Ana Rivas, Chile's foreign minister, said Santiago had written to the World Bank four "
        "times since January asking for the second tranche.",
        "CHL>WB:02",
    ),
    (
        "SANTIAGO",
        "Chile wrote to the World Bank in May after asking Peru for a loan.",
        "CHL>WB:04 CHL>PER:02",
    ),
]

CASES: list[Case] = OCCASION + DEMANDED + REFUSED + PERMITS + PROMISED + TALKS + WRITTEN
NONE: list[NearMiss] = [
    ("JERUSALEM", "Israel sent engineers to Gaza days after the attack to demolish the tunnels."),
    ("TOKYO", "Japan sent a team of experts to Geneva before the talks."),
    ("DAKAR", "Senegal's consul was denied access to the jail."),
    ("NAIROBI", "Kenya suspended new fishing permits for Somalia."),
    ("NAIROBI", "Kenya promised that more guards would watch over the bus stations in Mombasa."),
    (
        "BELGRADE",
        "The European Union's own accession talks with Serbia have been frozen since 2023.",
    ),
    ("LIMA", "Talks between Peru and Chile were suspended in May."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review218_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review218_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
