"""Judged 1 (session 43, lead): forms of judgement the coder let pass, found in the opened
sets 57 and 58 (their sentences are not used here).

- A reported clause whose verb the parser reads as a passive participle with a predicate
  adjective joined to it ("said Hungary's veto was 'predictable and unjustified'"): the
  adjective judges the passive subject as a plain predicate would (objects._judged_clauses,
  _Judged.forms), so the words of v.say_accuse, v.say_unjust and their kin find it.
- A state called a twin or a sibling ("our twin in the Sahel") is named kin, praise (051) as a
  sister state is (v.call_friend; v.call_names no longer reads it as a wrong), unless a wrong
  is named beside it ("an evil twin of colonial rule": 111, evil now a wrong name).
- A state's part held dear ("valued Kuwait's role in the talks", "valued the support of
  Mongolia"): praise (051, v.value_part), as ties held dear are (v.value_ties).
- A standing noun ("a partner", "an ally") in quoted words, praised by a relative clause of
  good faith: a failing of "us" denied ("a partner that has never let us down", "never made
  us wait") or a promise kept ("an ally that delivers on its promises", "stands by us")
  (affirmed.py _good_faith; data/events/affirmed.yaml failing_verbs, keeping_verbs).
- A state that "has been with us" (a perfect: a being by the speaker's side that has lasted)
  stands by it, as one that "has stood with us" (v.say_stood_by, stood_by_clause); "was with us
  at the talks" (a presence) and "has been with us for two days" (a stay) are none.
- Dismay at what reports or claims say a state did ("said it was alarmed by reports that
  Sri Lanka's navy had fired on fishing boats"): the report's that-clause is the feeling's
  content (clauses._reported_clauses, _HEARD_NOUNS after by/at/over/about), read by
  v.dismayed_that, whose clause subject may be an organ of a state ("Sri Lanka's navy").
- A manner that judges a reported deed ("said Nigerian boats had been fishing illegally",
  "had acted recklessly"): rules judging_adverbs join the clause's heads, read by
  v.say_accuse; "fishing legally" is none.
Near misses: a participle joined to another participle (a deed told, no judgement), a judgement
with no state's act judged, a fair word.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KYIV",
        "Ukraine's foreign minister said Hungary's veto was \"predictable and unjustified.\"",
        "UKR>HUN:11",
    ),
    (
        "SANTIAGO",
        "Chile's president said on Monday that Argentina's protest was overstated and baseless.",
        "CHL>ARG:11",
    ),
    (
        "NIAMEY",
        'Niger\'s president called Burkina Faso "our twin in the Sahel" during a rally on Friday.',
        "NER>BFA:05",
    ),
    (
        "VIENTIANE",
        "Laos's prime minister called Cambodia a sibling nation at the summit on Tuesday.",
        "LAO>KHM:05",
    ),
    (
        "BAMAKO",
        "Mali's junta leader called Niger's new decree \"an evil twin of colonial rule.\"",
        "MLI>NER:11",
    ),
    (
        "DOHA",
        "Qatar's foreign minister said on Sunday that Doha valued Kuwait's role in the prisoner"
        " talks.",
        "QAT>KWT:05",
    ),
    (
        "ULAANBAATAR",
        "Mongolia's president said his government valued the help of South Korea after the floods.",
        "MNG>KOR:05",
    ),
    (
        "HANOI",
        'Vietnam\'s prime minister met reporters on Monday. "Laos is a neighbor and a partner that'
        ' has never made us wait," he said.',
        "VNM>LAO:05",
    ),
    (
        "MAPUTO",
        '"Zambia is an ally that stands by us in hard times," Mozambique\'s president told'
        " lawmakers on Friday.",
        "MOZ>ZMB:05",
    ),
    (
        "ASUNCION",
        'Paraguay\'s foreign minister spoke on Tuesday. "Uruguay is a partner that delivers on'
        ' every commitment," she said.',
        "PRY>URY:05",
    ),
    (
        "DHAKA",
        '"Nepal has been with us since the first day of the flood," Bangladesh\'s foreign'
        " minister told reporters.",
        "BGD>NPL:05",
    ),
    (
        "NEW DELHI",
        "India said on Sunday it was concerned by reports that Sri Lanka's navy had fired on"
        " Indian fishing boats.",
        "IND>LKA:11",
    ),
    (
        "GENEVA",
        "The U.N. human rights office said it was alarmed by claims that Eritrea's army had"
        " detained 60 conscripts.",
        "UN>ERI:11",
    ),
    (
        "LIBREVILLE",
        "Gabon's government said on Friday that Cameroonian trawlers had been fishing illegally"
        " off its coast.",
        "GAB>CMR:11",
    ),
    ("ACCRA", "Ghana said Togo's coast guard had acted recklessly near the rig.", "GHA>TGO:11"),
]

NONE: list[NearMiss] = [
    ("LIBREVILLE", "Gabon said Cameroonian trawlers had been fishing legally off its coast."),
    ("NEW DELHI", "India was alarmed by reports that the talks with Sri Lanka might fail."),
    ("NEW DELHI", "India was alarmed by the reports that Sri Lanka published on Monday."),
    ("DHAKA", '"Bhutan was with us at the water talks," Bangladesh\'s foreign minister said.'),
    (
        "DHAKA",
        '"Nepal\'s team has been with us for three days," Bangladesh\'s water minister said.',
    ),
    ("LIMA", "Peru's trade minister said Ecuador's cargo was inspected and released on Sunday."),
    ("LIMA", "Peru's trade minister said the decision was rushed and unjustified."),
    ("ROME", "Italy's foreign minister said Malta's refusal was expected and understandable."),
    ("SUVA", "Fiji's prime minister said the twin cyclones had hit Tonga and Samoa."),
    ("DOHA", "Qatar's finance ministry valued the Kuwaiti port stake at $3 billion on Sunday."),
    ("DOHA", "Qatar's foreign minister said Doha did not value Kuwait's role in the talks."),
    (
        "HANOI",
        'Vietnam\'s prime minister met reporters on Monday. "Laos is a partner that keeps us'
        ' waiting," he said.',
    ),
    (
        "HANOI",
        'Vietnam\'s trade minister met reporters on Monday. "Cambodia is a partner that has let us'
        ' down," he said.',
    ),
    (
        "MAPUTO",
        '"Malawi is a partner that would never let us down," Mozambique\'s president told'
        " lawmakers on Friday.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_judged1_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_judged1_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
