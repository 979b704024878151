"""Context 144 (session 60, helper A60): the accused state's account of its forces' crossing,
given after the other state's protest, rejects that protest.

- "Chile summoned Peru's ambassador ... Peru's army said its troops had been in 'hot
  pursuit' of gunmen": the speaker's own forces said to have been pursuing someone (an
  in-phrase of "pursuit", or "chase"/"pursue" in the progressive) reject (120) the complaint
  of whoever last acted against the speaker (v.say_pursuit, a reaction as v.say_lawful).
- Nothing when no complaint, demand or threat aimed at the speaker comes before, when the
  forces are another state's, when the chase is told done ("had pursued a group"), foretold
  ("would pursue") or denied, or when the same rejection was coded just before.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the pursuit given as the reason, after a protest
PURSUIT: list[Case] = [
    (
        "NIAMEY",
        "Niger summoned Burkina Faso's ambassador on Monday after Burkinabe soldiers entered "
        "the village of Tera. Burkina Faso's army said its troops had been in hot pursuit of "
        "jihadist fighters who attacked a post near Dori.",
        "NER>BFA:11 BFA>NER:15|19 BFA>NER:12",
    ),
    (
        "VIENTIANE",
        "Laos lodged a protest with Thailand over the raid. A Thai army spokesman said the "
        'soldiers had crossed the river "in hot pursuit" of drug runners.',
        "LAO>THA:11 THA>LAO:12",
    ),
    (
        "DUSHANBE",
        "Tajikistan demanded that Kyrgyzstan explain the incursion. Kyrgyzstan's border "
        "service said in a statement that its guards had been chasing cattle rustlers across "
        "the valley.",
        "TJK>KGZ:10 KGZ>TJK:12",
    ),
    (
        "CARACAS",
        "Venezuela protested to Guyana over the incursion. Guyana's defence ministry said its "
        "soldiers were pursuing gold smugglers along the river.",
        "VEN>GUY:11 GUY>VEN:12",
    ),
]

# near misses: no protest before, another's forces, the chase done, foretold or denied
NO_ANSWER: list[Case] = [
    (
        # no complaint aimed at the speaker before: its account answers no one
        "NIAMEY",
        "Burkina Faso's army said its troops had been in hot pursuit of jihadist fighters who "
        "attacked a post near Dori.",
        "",
    ),
    (
        # the protester's own account of the other's forces is no rejection
        "NIAMEY",
        "Niger summoned Burkina Faso's ambassador on Monday. Niger's army said Burkinabe "
        "troops had been in hot pursuit of jihadist fighters.",
        "NER>BFA:11",
    ),
    (
        # the chase told done: the operation itself, as an army's first account tells it
        "NIAMEY",
        "Niger summoned Burkina Faso's ambassador on Monday. Burkina Faso's army said its "
        "troops had pursued a group that raided a village near Dori.",
        "NER>BFA:11",
    ),
    (
        # a pursuit only vowed
        "NIAMEY",
        "Niger summoned Burkina Faso's ambassador on Monday. Burkina Faso's army said its "
        "troops would pursue the attackers wherever they hide.",
        "NER>BFA:11",
    ),
    (
        # a chase denied
        "NIAMEY",
        "Niger summoned Burkina Faso's ambassador on Monday. Burkina Faso's army said its "
        "troops had not been chasing anyone.",
        "NER>BFA:11",
    ),
]

GAPS: list[Gap] = []

CASES = PURSUIT + NO_ANSWER
NONE: list[NearMiss] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context144_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context144_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
