"""Context 156 (session 63, C63): a pledge naming no one that answers a request in its own sentence.

"Ghana asked Japan to help build a bridge over the Volta, and Tokyo promised to send a team of
engineers": a pledge (rules answered_pledge_roots) with no target of its own, told after a
request for aid or help (rules answered_ask_codes) that another party made of its source earlier
in the same sentence, answers that request and goes to the asker, as one told in the sentence
before does (test_events_context154; extract._asked_of_sources, reactions._answered_asker).

Near misses: the pledge is made by a party other than the one asked; two states asked; the
pledge is to the source's own people.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._answered_asker: the request made of the pledge's source earlier in its sentence
ANSWERED: list[Case] = [
    (
        "ACCRA",
        "Ghana asked Japan to help build a bridge over the Volta river, and Tokyo promised to "
        "send a team of engineers.",
        "GHA>JPN:02 JPN>GHA:03",
    ),
    (
        "BEIRUT",
        "Lebanon asked France to help rebuild the port of Beirut, and Paris pledged to send a "
        "team of engineers next month.",
        "LBN>FRA:02 FRA>LBN:03",
    ),
    (
        "LA PAZ",
        "Bolivia asked Brazil for help with the forest fires on Monday, and Brazil promised to "
        "send two water bombers.",
        "BOL>BRA:02 BRA>BOL:03",
    ),
]
# ... not by a party that was not asked, for two askers, or a pledge to its own people
NOT_ANSWERED: list[Case] = [
    (
        "SUVA",
        "Fiji asked Australia for help after the cyclone, and New Zealand promised to send a "
        "navy ship.",
        "FJI>AUS:02",
    ),
    (
        "BAMAKO",
        "Mali and Niger asked France for help against locusts, and Paris promised to send a team "
        "of experts.",
        "MLI>FRA:02 NER>FRA:02",
    ),
    (
        "QUITO",
        "Ecuador asked Spain to help rebuild a hospital in Guayaquil, and Spain's prime minister "
        "promised Spanish voters to cut taxes.",
        "ECU>ESP:02",
    ),
]
CASES: list[Case] = ANSWERED + NOT_ANSWERED
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context156_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context156_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
