"""Consult 2 (session 28, helper HOST): hosts, visits, meetings and briefings (root 04) the
coder missed, read from the census of missed required events.

Kept as gaps: a state that briefs another's officials ("Peru briefed Chile and Bolivia on the
plan") as consulting them (v.brief, 040, taken back at landing for a blind set's precision, as
in sessions 27 and 28); reporters or lawmakers briefed still give no event. A
gerund set in sequence with a passive verb ("was welcomed at the palace before holding talks
with ...": rules sequence_preps) is done by that verb's passive subject, as it is by an active
one's subject (clauses._subject_tokens). Bodies set off by ", along with" after a trip made by a
person or a body of envoys ("delegations from 24 countries had come to Cairo, along with the
UN and the EU") travel as the subject does (clauses._travelling_companions, each conjunct of
the phrase: _trailing_partners); tourists or investors beside them are no envoys. Those who
came to a meeting did not hold it: a criticism of "the meeting" answers no visit (reactions,
rules visiting_codes). Joined nationality modifiers before a body of envoys or a state's
travellers ("Chilean and Bolivian delegations arrived") each name a traveller
(clauses._modifier_head, read by _posted_group and _state_travellers); fans or students are
none. A clause with a subject of its own told beside an act of the same pair ("agreed to resume
drills as Peru's president made his first visit to Santiago": rules concurrent_marks) is an
act of its own, as a contrasted one is (clauses._contrasted_clause, also under the act's
infinitives and their conjuncts). An agentless passive answer ("The invitation was accepted") to an
act told before is given by the one that act was aimed at, not by its doer (extract, for
reaction patterns: sides._told_doers reversed). Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# briefing another state's officials is a consultation
BRIEFINGS: list[Case] = [
    (
        "LIMA",
        "Peru briefed Chile and Bolivia on the plan before the vote, a Peruvian official said.",
        "PER>CHL:04 PER>BOL:04",
    ),
    (
        "LIMA",
        "Peru's Foreign Ministry said it had briefed Ecuador, its main trading partner, before "
        "the signing.",
        "PER>ECU:04",
    ),
    (
        "LIMA",
        "Peruvian Foreign Minister Ana Soto said she had briefed the Chilean ambassador on the "
        "deal.",
        "PER>CHL:04",
    ),
    ("LIMA", "Chile was briefed by Peru on the plan on Monday.", "PER>CHL:04"),
]

# a passive host's subject does the act set in sequence with it
SEQUENCED: list[Case] = [
    (
        "LIMA",
        "Ecuadorian President Luis Mena was received at the palace before holding talks with "
        "Peruvian President Ana Rojas.",
        "ECU>PER:04",
    ),
    (
        "VALLETTA",
        "Maltese President Joseph Vella was welcomed with a guard of honor after holding talks "
        "with Tunisian President Kais Amri.",
        "MLT>TUN:04",
    ),
]

# bodies set off by ", along with" after a trip by envoys travel too; a meeting criticized
# answers no guest who came to it
COMPANIONS: list[Case] = [
    (
        "LIMA",
        "Peruvian Foreign Minister Ana Soto said delegations from 20 countries had come to "
        "Lima, along with the United Nations and the European Union.",
        "UN>PER:04 EU>PER:04",
    ),
    (
        "QUITO",
        "The Colombian foreign minister came to Quito on Monday, along with the United Nations "
        "and the European Union.",
        "COL>ECU:04 UN>ECU:04 EU>ECU:04",
    ),
    # only planned: an intent
    (
        "LIMA",
        "Delegations from 20 countries will come to Lima next week, along with the United "
        "Nations and the European Union.",
        "UN>PER:04 EU>PER:04",
    ),
    (
        "LIMA",
        "Peru hosted a conference on the war in Colombia on Monday. Peruvian Foreign Minister "
        "Ana Soto said delegations from 20 countries had come to Lima, along with the United "
        'Nations and the European Union. Colombia called the meeting "a conference about '
        'Colombia without Colombia."',
        "UN>PER:04 EU>PER:04",
    ),
]

# joined nationality modifiers before a body of envoys or a state's travellers: each state
JOINED_TRAVELLERS: list[Case] = [
    (
        "LIMA",
        "Chilean and Bolivian delegations arrived in Lima on Monday.",
        "CHL>PER:04 BOL>PER:04",
    ),
    (
        "LIMA",
        "Chilean and Bolivian officials arrived in Lima on Monday.",
        "CHL>PER:04 BOL>PER:04",
    ),
]

# a visit told in an as-clause beside another act of the same pair is one of its own
BESIDE: list[Case] = [
    (
        "SANTIAGO",
        "Chile and Peru agreed on Monday to resume joint naval drills as Peru's president made "
        "his first official visit to Santiago.",
        "CHL>PER:05 PER>CHL:05 PER>CHL:04",
    ),
    (
        "SANTIAGO",
        "Chile and Peru signed a fisheries pact on Monday as Peru's foreign minister visited "
        "Santiago.",
        "CHL>PER:05 PER>CHL:05 PER>CHL:04",
    ),
    # a trip only announced stays an intent
    (
        "SANTIAGO",
        "Chile and Peru signed a fisheries pact on Monday as Peru's foreign minister prepared "
        "to visit Santiago next month.",
        "CHL>PER:05 PER>CHL:05 PER>CHL:03",
    ),
]

# an agentless passive answer to an act told before is given by the one it was aimed at
ANSWERED: list[Case] = [
    (
        "SANTIAGO",
        "Chile invited Peru's foreign minister to Santiago for talks next week. The invitation "
        "was accepted on Monday.",
        "CHL>PER:03 PER>CHL:03",
    ),
    # kept: a passive restating the act itself keeps its doer
    (
        "SANTIAGO",
        "Chile imposed a ban on Peruvian fruit in 2021. The ban was lifted on Tuesday.",
        "CHL>PER:16 CHL>PER:08",
    ),
]

NONE: list[NearMiss] = [
    # private visitors: no envoys, so the bodies beside them are no travellers
    ("QUITO", "Investors from 20 countries had come to Quito, along with the World Bank."),
    ("LIMA", "Tourists from 20 countries had come to Lima, along with fans from Chile."),
    ("LIMA", "Chilean and Bolivian fans arrived in Lima on Monday."),
    ("LIMA", "Chilean and Bolivian students arrived in Lima on Monday."),
    ("LIMA", "Peru's foreign minister briefed reporters on the plan on Monday."),
    ("LIMA", "Peru briefed lawmakers on the talks with the miners."),
    # no act set in sequence: a purpose or a cause names no deed of the passive subject
    ("LIMA", "Ecuador was criticized for supplying arms to the rebels."),
]

# an invitation told in the same sentence as its passive acceptance (a Gap until session 42:
# sides._told_here)
SAME_SENTENCE: list[Case] = [
    (
        "SANTIAGO",
        "Chilean Foreign Minister Ana Rojas said she had invited Peru's foreign minister to "
        "Santiago for talks, and that the invitation had been accepted.",
        "CHL>PER:03 PER>CHL:03",
    ),
]
GAPS: list[Gap] = []
# v.brief, taken back in session 28 (on a blind set its "would brief" coded intents that set's
# gold does not hold), is back since session 33 with a planned briefing no act (no_intent)
NONE += [("LIMA", "Peru will brief Chile on the plan next week.")]
CASES = SEQUENCED + COMPANIONS + JOINED_TRAVELLERS + BESIDE + ANSWERED + BRIEFINGS + SAME_SENTENCE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_consult2_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_consult2_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
