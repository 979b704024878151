"""Reactions 55 (session 49, P24): refusals of what was asked, and replies to several critics.

- A refusal whose infinitive names what was asked by a definite noun ("Hungary refused to
  extradite the suspects", "declined to hand over the captain") answers the appeal or demand
  just made of the refuser, as one naming it by a pronoun does (v.refused_to, needs
  unnamed_xcomp: objects._names_anew); an infinitive that names a name, an actor or a new
  thing ("refused to extradite a Kenyan businessman") is still left to its own patterns or
  to the uncoded act a later threat answers.
- Of the appeals aimed at the refuser in reach, the one asking for the very act refused
  comes first ("Senegal asked Mauritania to extradite two fishermen. Algeria urged
  Mauritania to show restraint. Mauritania refused to extradite the fishermen": Senegal's,
  reactions._asked_of_reactor, _infinitive_lemmas); with none, the latest as before.
- A rejection of "the criticism" answers every critic since the reactor's own latest act up
  to _VOICERS_WINDOW (8) sentences back (reactions._fellow_voicers): wire copy tells each
  critic in a paragraph of its own, quotes and all, so the three sentences it reached before
  kept only the latest critic. A critic already answered by the reactor's own rejection is
  still left out.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a refusal naming what was asked by a definite noun
    (
        "",
        "Laos asked Thailand to return the seized timber. Thailand refused to return the timber.",
        "LAO>THA:02 THA>LAO:12",
    ),
    (
        "",
        "Ecuador asked Colombia to hand over the ship's captain. Colombia declined to hand over "
        "the captain, saying he faced charges at home.",
        "ECU>COL:02 COL>ECU:12",
    ),
    # ... by a pronoun, as before
    (
        "",
        "Latvia urged Lithuania to lift the new tolls. Lithuania refused to lift them.",
        "LVA>LTU:02 LTU>LVA:12",
    ),
    # the appeal asking for the act refused, before a later one
    (
        "",
        "Senegal asked Mauritania to extradite two fishermen accused of smuggling. Algeria urged "
        "Mauritania to show restraint. Mauritania refused to extradite the fishermen.",
        "SEN>MRT:02 DZA>MRT:02 MRT>SEN:12",
    ),
    # a refusal of an act no appeal asked for: the latest appeal, as before
    (
        "",
        "Gabon asked Cameroon to extradite the pilots. Chad urged Cameroon to open the border. "
        "Cameroon refused to do so.",
        "GAB>CMR:02 TCD>CMR:02 CMR>TCD:12",
    ),
    # "the criticism" of two critics told with their quotes
    (
        "MONTEVIDEO",
        "Argentina criticized Uruguay over the new terminal, saying it broke a river treaty. "
        '"This is a clear violation," an Argentine official said. "We will not stay silent."'
        "\n\nBrazil also criticized Uruguay for failing to consult its neighbors. \"Nobody asked "
        'us," the Brazilian minister told reporters. "It is not how partners behave."\n\n'
        "Paraguay said it was studying the plans.\n\nUruguay rejected the criticism.",
        "ARG>URY:11 BRA>URY:11 URY>BRA:12 URY>ARG:12",
    ),
    # ... but a critic the reactor already answered is none of it
    (
        "TBILISI",
        "Armenia criticized Georgia over the new border fees. Georgia rejected the accusation. "
        '"The fees apply to everyone," a Georgian official said.\n\nAzerbaijan also criticized '
        "Georgia over the fees. \"They hurt trade,\" an Azerbaijani minister said.\n\nGeorgia "
        "rejected the criticism.",
        "ARM>GEO:11 GEO>ARM:12 AZE>GEO:11 GEO>AZE:12",
    ),
    # a refusal to comment refuses nothing asked
    ("", "Peru asked Bolivia to extradite the smugglers. Bolivia declined to comment.", "PER>BOL:02"),
    # an appeal made of another state: no refusal of it
    (
        "",
        "Nepal asked Bangladesh to extradite the suspects. Bhutan refused to extradite the men.",
        "NPL>BGD:02",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a refusal of a new thing with no appeal before: nothing refused to anyone
    ("", "Bhutan refused to extradite suspects wanted for fraud."),
    # a request by private persons refused: no state answered
    (
        "",
        "A Nigerian businessman asked Ghana to return his seized cargo. Ghana refused to return "
        "the cargo.",
    ),
    ("", "Kenyan farmers urged Uganda to lift the ban on their milk. Uganda refused to lift the ban."),
    # private persons reject criticism of each other
    (
        "",
        "A local businessman criticized a rival firm over its prices. The firm rejected the "
        "criticism.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_reactions55_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_reactions55_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
