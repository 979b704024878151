"""Reactions 48 (session 38, builder CTX2): welcomes whose target the story or the of-phrase tells.

1. "Iceland asked the EU to reopen talks. The Commission welcomed the request": "the request"
   is told by its asking (rules act_derivations "request ask", "request seek", "application
   apply"), so an approval of it reaches the asker as "welcomed the offer" reaches the one who
   offered (reactions._told_act); a refusal of it as well. A request by a party that is no
   state ("the opposition asked the government ...") gives no target.
2. "The AU welcomed the arrival of the Egyptian contingent": approval (051) of the state whose
   troops, police or monitors come, named in the of-phrase (patterns.yaml v.welcome_arrival,
   before v.welcome, which keeps every "arrival" out). Tourists, refugees, a season, a
   leader's arrival (a visit hosted) and the welcomer's own troops give nothing.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a request told by its asking, approved or refused
REQUEST: list[Case] = [
    (
        "REYKJAVIK",
        "Iceland asked the European Union on Monday to reopen membership talks. The European"
        " Commission welcomed the request.",
        "ISL>EU:02 EU>ISL:05",
    ),
    (
        "LA PAZ",
        "Bolivia asked Chile on Monday to reopen the border crossing at Colchane. Chile welcomed"
        " the request.",
        "BOL>CHL:02 CHL>BOL:05",
    ),
    (
        "ANKARA",
        "Ukraine asked Turkey on Monday to extradite a businessman. Turkey rejected the request.",
        "UKR>TUR:02 TUR>UKR:12",
    ),
    (
        "BRUSSELS",
        "Montenegro applied on Monday to join the European Union. The European Commission"
        " welcomed the application.",
        "EU>MNE:05",
    ),
]

# 2. the arrival of a state's forces or monitors
ARRIVAL: list[Case] = [
    (
        "MOGADISHU",
        "The African Union Commission welcomed the arrival of the Egyptian contingent.",
        "AU>EGY:05",
    ),
    (
        "MOGADISHU",
        "Somalia's president hailed the arrival of Kenyan police officers in Mogadishu.",
        "SOM>KEN:05",
    ),
    ("PORT-AU-PRINCE", "Haiti welcomed the deployment of Kenyan police.", "HTI>KEN:05"),
    ("BAMAKO", "The UN welcomed the arrival of the first Chadian peacekeepers.", "UN>TCD:05"),
]

NONE: list[NearMiss] = [
    ("DHAKA", "Students asked the government for more grants. Bangladesh welcomed the request."),
    (
        "DHAKA",
        "The opposition asked the government on Monday to hold early elections. India welcomed"
        " the request.",
    ),
    ("BANGKOK", "Thailand welcomed the arrival of Chinese tourists."),
    ("CAIRO", "Egypt welcomed the arrival of its troops in Mogadishu."),
    ("NAIROBI", "Kenya welcomed the arrival of the rainy season."),
    ("NAIROBI", "Kenya welcomed the arrival of Somali refugees."),
    ("NAIROBI", "Kenya welcomed the arrival of new French investment."),
]

GAPS: list[Gap] = [
    (
        "KYIV",
        "Ukraine urged NATO on Monday to send more air defense systems. NATO welcomed the request.",
        "UKR>NATO:02 NATO>UKR:05",
        "an urging is not told as a request (act_derivations pair it with ask and seek only)",
    ),
]

CASES: list[Case] = REQUEST + ARRIVAL


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions48_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions48_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
