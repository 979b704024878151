"""Said 1 (session 29, SAY): judgements and refusals told in reported speech, each tested on
sentences written here.

Coded: another state's lessons or lectures refused in words (v.not_accept_lessons, 120, the
from-phrase's state); a speaker that says it was not consulted or informed disapproves of
whoever last acted on it (v.not_consulted, 111); a state said to punish, starve or abandon
its own people is disapproved of (v.say_punishes_own, 111); a deed called "a mockery" of law
is a reproach of its author (v.say_accuse); an answer "proportionally" is one in kind
(v.respond_in_kind, 130); a deed said to be sure to "not go unanswered" or "unpunished"
threatens its doer (v.say_unanswered, 130). Kept uncoded: lectures "from anyone", lessons
learned, a third party not informed, another state said to be uninformed, a question, a
denial, a clause whose subject is no actor, and a speaker judging its own side. Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

LESSONS_REFUSED: list[Case] = [
    (
        "LA PAZ",
        'Bolivia\'s president said his government would "never accept lectures from Washington."',
        "BOL>USA:12",
    ),
    (
        "LA PAZ",
        '"We will not accept lessons from the European Union," Bolivia\'s president said.',
        "BOL>EU:12",
    ),
    (
        "QUITO",
        "Ecuador's president said Quito did not need lessons from Bogota on democracy.",
        "ECU>COL:12",
    ),
]

NOT_CONSULTED: list[Case] = [
    (
        "AMMAN",
        "Jordanian jets struck smugglers inside Syria on Sunday. Syria's Foreign Ministry said it"
        " had not been informed in advance.",
        "JOR>SYR:19 SYR>JOR:11",
    ),
    (
        "AMMAN",
        'Jordanian jets struck smugglers inside Syria on Sunday. "We were not informed," a Syrian'
        " Foreign Ministry spokesman said.",
        "JOR>SYR:19 SYR>JOR:11",
    ),
]

OWN_PEOPLE_WRONGED: list[Case] = [
    (
        "MINSK",
        'Belarus\'s state news agency said Lithuania was "punishing its own people."',
        "BLR>LTU:11",
    ),
    (
        "KIGALI",
        "Rwanda's foreign minister said Kinshasa had abandoned its citizens in the east.",
        "RWA>COD:11",
    ),
]

JUDGED_AND_ANSWERED: list[Case] = [
    (
        "WARSAW",
        "Hungary expelled two Polish diplomats on Monday. Poland's foreign minister said the"
        ' expulsion was "a mockery of European law."',
        "HUN>POL:16 POL>HUN:11",
    ),
    (
        "RIGA",
        "Latvia imposed tariffs on Belarusian fertilizer on Monday. Belarus said it would respond"
        " proportionally.",
        "LVA>BLR:16 BLR>LVA:13",
    ),
    (
        "NDJAMENA",
        'Chadian artillery shelled Sudanese villages on Sunday. "This was a deliberate attack on'
        ' Sudanese soil, and it will not go unanswered," the Sudanese foreign minister said.',
        "TCD>SDN:19 SDN>TCD:13",
    ),
    (
        "NDJAMENA",
        "Chadian artillery shelled Sudanese villages on Sunday. Sudan's foreign minister said"
        " the attack would not go unpunished.",
        "TCD>SDN:19 SDN>TCD:13",
    ),
    (
        "KHARTOUM",
        "Sudan's foreign minister said Chad's aggression would not go unpunished.",
        "SDN>TCD:13",
    ),
    # kept: a deed left unanswered told as a fact, or only noticed
    (
        "NDJAMENA",
        "Chadian artillery shelled Sudanese farms on Sunday. Sudan's foreign minister said the"
        " attack had gone unanswered for days.",
        "TCD>SDN:19",
    ),
    (
        "NDJAMENA",
        "Chadian artillery shelled Sudanese farms on Monday. Sudan's foreign minister said the"
        " shelling did not go unnoticed.",
        "TCD>SDN:19",
    ),
]

NONE: list[NearMiss] = [
    # lectures from no one named; lessons learned, or taken from no state
    (
        "QUITO",
        '"Ecuador acted in its own interest and will not accept lectures from anyone," the'
        " minister said.",
    ),
    ("QUITO", "Ecuador's president said Quito had learned lessons from Colombia's experience."),
    ("LA PAZ", "Bolivia's president said students would not accept lessons from private tutors."),
    # informed, a third party not informed, or another state said to be uninformed
    (
        "AMMAN",
        "Jordan's foreign minister spoke on Sunday. Syria's Foreign Ministry said it had been"
        " informed in advance.",
    ),
    (
        "AMMAN",
        "Jordan's foreign minister spoke on Sunday. Syria's Foreign Ministry said the families"
        " had not been informed.",
    ),
    ("AMMAN", "Syria asked whether it had been informed in advance of the drills."),
    # a foe punished, one's people protected, a denial, a question, no actor, no state speaker
    ("KIGALI", "Rwanda's foreign minister said Kinshasa was punishing the smugglers."),
    ("KIGALI", "Rwanda's foreign minister said Kinshasa was protecting its people."),
    ("KIGALI", "Rwanda's foreign minister said Kinshasa had not abandoned its citizens."),
    ("KIGALI", "Rwanda's foreign minister asked whether Kinshasa was punishing its own people."),
    ("KIGALI", "Rwanda's foreign minister said the new law would punish people who evade taxes."),
    ("KINSHASA", "An opposition leader said the government was punishing its own people."),
    # a crime of no one
    ("KHARTOUM", "Sudan's foreign minister said the crime would not go unpunished."),
    # prices, not an answer
    ("RIGA", "Belarus said fertilizer prices would rise proportionally."),
]

GAPS: list[Gap] = [
    (
        "RIYADH",
        "Sudan signed a naval base deal with Russia on Monday. Saudi Arabia said it had not"
        " been consulted.",
        "SDN>RUS:05 SAU>SDN:11",
        "the deal's parties acted on each other, not on the speaker: no reaction target",
    ),
    (
        "AMMAN",
        "Jordanian jets struck smugglers inside Syria on Sunday. The Syrian government"
        " complained that it had not been notified by Amman.",
        "JOR>SYR:19 SYR>JOR:11",
        "the by-phrase of the passive is not read as the target of v.not_consulted",
    ),
]
CASES = LESSONS_REFUSED + NOT_CONSULTED + OWN_PEOPLE_WRONGED + JUDGED_AND_ANSWERED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said1_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said1_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
