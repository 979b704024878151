"""Context 154 (session 62, F62): a pledge naming no one that answers a request just before.

"Ghana asked Tokyo to help build a bridge over the Volta, Ghana's minister said. The prime
minister promised to send a team of engineers": a pledge (rules answered_pledge_roots) with no
target of its own, not marked "also" and not kept at home, told in the sentence after a request
(rules answered_ask_roots) that another party made of its source, answers that request and goes
to the asker (extract._asked_of_sources, reactions._answered_asker).

Near misses: two states asked; the request was made of a third party; the pledge is to the
source's own people; its clause names a third party; no request before; a plain appeal, not a
request for help, before an ask (asked_after_verbs) read as a pledge.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._answered_asker: the pledge answers the request made of its source just before
ANSWERED: list[Case] = [
    (
        "ACCRA",
        "Ghana asked Japan to help build a bridge over the Volta river, Ghana's foreign minister "
        "said on Monday. Japan's prime minister promised to send a team of engineers to study "
        "the site.",
        "GHA>JPN:02 JPN>GHA:03",
    ),
    (
        "LIMA",
        "Peru asked Canada for help in cleaning up an oil spill on its northern coast. Ottawa "
        "pledged to send two clean-up ships within a week.",
        "PER>CAN:02 CAN>PER:03",
    ),
]
# ... not for two askers, a request of a third party, a pledge at home, a third party named
NOT_ANSWERED: list[Case] = [
    (
        "DAKAR",
        "Senegal asked France to fund a new port, and Mali asked France to fund a railway. "
        "Paris promised to send a team of experts before the end of the year.",
        "SEN>FRA:02 MLI>FRA:02",
    ),
    (
        "MANILA",
        "The Philippines asked Japan to help build a new coast guard station. Australia "
        "promised to send a team of experts before the end of the year.",
        "PHL>JPN:02",
    ),
    (
        "QUITO",
        "Ecuador asked Spain to help rebuild a hospital in Guayaquil. Spain's prime minister "
        "promised Spanish voters to cut taxes next year.",
        "ECU>ESP:02",
    ),
    (
        "NAIROBI",
        "Kenya asked Sweden to help fund a solar farm near Garissa. Stockholm promised to "
        "seek money for the project from the European Union.",
        "KEN>SWE:02",
    ),
]

# ... nor after a plain appeal, nor when the "pledge" is itself an ask
NOT_ANSWERED += [
    (
        "BAMAKO",
        "France urged Bamako not to sign the gold mining deal. Opposition deputies in Bamako "
        "have asked parliament to review it.",
        "FRA>MLI:02",
    ),
]

CASES: list[Case] = ANSWERED + NOT_ANSWERED
NONE: list[NearMiss] = [
    (
        "SEOUL",
        "South Korea's exports of ships rose 6% last year, the trade ministry said. The prime "
        "minister promised to send a team of experts to study new markets.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context154_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context154_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
