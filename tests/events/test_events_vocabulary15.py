"""Event vocabulary, fifteenth set (session 11 review): exits, fines and hosted meals whose
target must be the object's own noun.

Leaving a body (160) needs an IGO actor (igos.yaml) as the object's or the from-phrase's own
noun: "ditched the EU plan" drops a plan, "resigned from NATO's planning group" leaves a group,
and people resign and depart from posts, not states from bodies. A body's summit,
headquarters, base or session left is no exit (matched on that noun only, so an exit told
"at a ceremony in Niamey" still codes). Suspending one's participation or membership takes
the body it is in, not a place the phrase names after it ("in the talks in Brussels"), or a
treaty partner under "with". A withdrawal noun (n.withdrawal_body) leaves only an IGO. A fine
is a sanction (163) only on a state or metonym that is the object's own noun, not a
nationality inside it ("a Greek fishing company"). A hosted meal honours a state's guest
even when private guests are named beside it, never private guests alone.

Same harness as test_events_vocabulary13.py; every sentence was written for this file (the
reviewer's own near-misses are quoted as such). NONE holds near-misses that must code
nothing; GAPS are expected failures (strict: a fixed gap fails the run).
"""

from __future__ import annotations

import pytest

from audit_cases import (
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # leaving a body: the IGO is the object's own noun (v.leave_body, v.withdraw_body)
    ("BUDAPEST", "Hungary left the OSCE on Friday.", "HUN>OSCE:16"),
    (
        "BAMAKO",
        "Mali, Niger and Burkina Faso quit ECOWAS on Sunday.",
        "",
    ),
    ("NIAMEY", "Niger pulled out of the African Union on Thursday.", "NER>AU:16"),
    # an exit told at a venue still codes (the venue is no object of the exit)
    (
        "NIAMEY",
        "Niger announced its withdrawal from ECOWAS at a ceremony in Niamey.",
        "",
    ),
    # suspended membership or participation in a body (v.suspend_membership)
    ("MINSK", "Belarus suspended its participation in the OSCE.", "BLR>OSCE:16"),
    ("BAMAKO", "Mali renounced its membership of the African Union on Friday.", "MLI>AU:16"),
    ("GITEGA", "Burundi relinquished its seat in the UN Human Rights Council.", "BDI>UN:16"),
    # a treaty partner under "with" (v.suspend_participation)
    (
        "MOSCOW",
        "Russia suspended its participation in New START with the United States.",
        "RUS>USA:16",
    ),
    # a withdrawal noun from an IGO (n.withdrawal_body)
    ("NIAMEY", "Niger's pullout from the African Union was completed in January.", "NER>AU:16"),
    # a fine on a state (v.fine_state)
    ("BRUSSELS", "The European Commission fined Hungary 200 million euros.", "EU>HUN:16"),
    # a meal for a state's guest beside private guests (v.host_meal)
    (
        "BEIJING",
        "Xi hosted a dinner for Brazilian President Lula and a group of business executives.",
        "CHN>BRA:04",
    ),
]

# plural references (plurals.yaml): "its two X" with no place after it, "each side" as a
# subject, stand for the pair told before; "its two X in <place>" and "each country in the
# region" name a set anew (review findings 10 and 13)
PLURALS: list[tuple[str, str, str]] = [
    (
        "PARIS",
        "Sudan and Chad signed a border pact on Monday. France praised its two partners for "
        "the deal.",
        "SDN>TCD:05 TCD>SDN:05 FRA>SDN:05 FRA>TCD:05",
    ),
    (
        "ASMARA",
        "Eritrea and Ethiopia traded accusations on Monday. Each side blamed Egypt for the "
        "tension.",
        "ERI>ETH:11 ETH>ERI:11 ERI>EGY:11 ETH>EGY:11",
    ),
    (
        "WASHINGTON",
        "Russia and Ukraine exchanged strikes on Monday. The U.S. sent aid to its two allies in "
        "Asia.",
        "RUS>UKR:19 UKR>RUS:19",
    ),
    (
        "PARIS",
        "Sudan and Chad traded accusations on Monday. France sent envoys to its two partners in "
        "Africa.",
        "SDN>TCD:11 TCD>SDN:11",
    ),
    (
        "TEHRAN",
        "Russia and Ukraine traded accusations on Monday. Each country in the region criticized "
        "Iran.",
        "RUS>UKR:11 UKR>RUS:11",
    ),
    (
        "ASMARA",
        "Eritrea and Ethiopia traded accusations on Monday. Each country in the Horn of Africa "
        "criticized Egypt.",
        "ERI>ETH:11 ETH>ERI:11",
    ),
    (
        "KHARTOUM",
        "Sudan and Chad clashed on Monday. Each side of the border condemned the raid by Libya.",
        "SDN>TCD:19 TCD>SDN:19",
    ),
]
CASES += PLURALS

NONE: list[tuple[str, str]] = [
    # review finding 6 (its sentences) and near-misses: people resign; a body word off the head
    ("THE HAGUE", "A Kenyan judge resigned from the International Criminal Court on Monday."),
    ("BERLIN", "Germany's defence minister resigned from NATO's planning group on Monday."),
    ("BUDAPEST", "Hungary ditched the EU plan for Ukraine."),
    ("QUITO", "The Ecuadorian president left the NATO summit early."),
    ("BRUSSELS", "The U.S. president left NATO headquarters on Monday."),
    ("NAIROBI", "Kenya's envoy withdrew from the AU talks in Addis Ababa."),
    ("VIENNA", "Austria abandoned the OSCE proposal on water rights."),
    # review finding 7 and near-misses: a place after the phrase is no body
    ("WARSAW", "Poland ended its participation in the Eurovision contest in Sweden."),
    ("BUDAPEST", "Hungary suspended its participation in the talks in Brussels on Monday."),
    ("BELGRADE", "Serbia ended its participation in the EU-led dialogue in Brussels."),
    ("SOFIA", "Bulgaria suspended its membership in the chess federation in Switzerland."),
    # review finding 8 and a near-miss: a withdrawal from a state is no exit from a body
    ("BAMAKO", "The UN's withdrawal from Mali was completed in December."),
    ("VIENNA", "The OSCE's pullout from Ukraine was completed in December."),
    # review finding 12 and near-misses: a nationality inside the fined object
    ("ANKARA", "A Turkish court fined a Greek fishing company for illegal fishing."),
    ("ROME", "Italy fined a Chinese shipping firm for pollution."),
    ("PARIS", "France fined the Belgian owner of a trawler for overfishing."),
    # private guests alone (v.host_meal)
    ("NEW DELHI", "Modi hosted a lunch for Japanese business leaders."),
    ("ANKARA", "Erdogan hosted a dinner for the Azerbaijani diaspora."),
]

GAPS: list[tuple[str, str, str, str]] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary15_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary15_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
