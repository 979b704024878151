"""Review 124 (session 44, O60): extras of the opened set 60 with general causes.

- "be in X" with a predicate ("We were once new in the African Union") says what the
  subject is in a body, no stay there (v.be_in forbids an acomp);
- an act governed by "lack" ("lacks the staff to attend the bloc's meetings") is a means
  wanted, no act (rules blocking_governors);
- a leader's "personal intervention" is a good office, no armed intervention (n.intervention
  unless_words);
- people held and sent back to their state ("sent 25 of them back to Lima") are deported or
  refused entry (174), no release (v.send_back_people before v.hand_over).
Near misses: a stay told plainly, an attendance told as done, an intervention of forces,
captives, envoys and goods sent back.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ADDIS ABABA",
        "Morocco's foreign minister met South Sudan's president on Monday. \"We were once new in"
        ' the African Union too," he said.',
        "MAR>SSD:04",
    ),
    (
        "JUBA",
        "South Sudan became the African Union's 54th member in 2011. Officials in Juba say the"
        " country of about 11 million people lacks the staff to attend the hundreds of African"
        " Union meetings held each year.",
        "SSD>AU:05",
    ),
    (
        "AMMAN",
        "Syrian police detained six Jordanian truck drivers on Sunday. On Tuesday Jordan's"
        " foreign minister thanked Syria's prime minister for his personal intervention.",
        "SYR>JOR:17 JOR>SYR:05",
    ),
    (
        "LIMA",
        "Chilean police held 40 Peruvians at Santiago's airport on Saturday and sent 25 of them"
        " back to Lima.",
        "CHL>PER:17",
    ),
    (
        "QUITO",
        "Colombian border guards stopped a bus of Ecuadorean tourists and sent the travellers back"
        " to Quito.",
        "COL>ECU:17",
    ),
    # still read as before: a stay, an attendance, an armed intervention
    (
        "HANOI",
        "Vietnam's trade minister was in Vientiane on Tuesday for talks.",
        "VNM>LAO:04",
    ),
    (
        "NAIROBI",
        "Kenya's president attended the African Union summit in Addis Ababa on Friday.",
        "KEN>AU:04",
    ),
    (
        "DAMASCUS",
        "Russia's intervention in Syria began in 2015.",
        "RUS>SYR:19",
    ),
    (
        "MANILA",
        "The Philippines sent the Japanese hostages back to Tokyo.",
        "PHL>JPN:08",
    ),
]

NONE: list[NearMiss] = [
    (
        "ACCRA",
        '"We were once small in ECOWAS too," Ghana\'s trade minister told reporters.',
    ),
    (
        "DILI",
        "Officials say Tonga lacks the money to host the Pacific Islands Forum summit next year.",
    ),
    (
        "LAGOS",
        "The Dutch museum sent the bronzes back to Nigeria last year.",
    ),
    (
        "LIMA",
        "Peru's president praised the personal intervention of the pope.",
    ),
]

GAPS: list[Gap] = [
    (
        "LIMA",
        "Chilean border police held 40 Peruvians at Santiago's airport on Saturday.",
        "CHL>PER:17",
        "'held' people is no arrest verb (v.arrest): 'hold' alone would read 'held talks'; a"
        " held-and-sent-back pair would then be coded twice",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review124_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review124_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
