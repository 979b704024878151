"""Review 274 (session 63, U63): a state's service named by its function acts for the state.

"Kyrgyzstan's veterinary service suspended imports from the plants": the inspection,
licensing and migration services a state runs (roles.yaml GOV: veterinary, phytosanitary,
food safety, quarantine, migration, emergency services ...) are its government, as its
ministries and its customs service are, so their bans and refusals have a source; its state border service is
its border guard (COP). (A "security service" is left out: one open set does not code the
arrests such a service made; see the report of U63.)

Near misses: a service no state holds (a private veterinary or security service, a ferry
service, a broadcaster's world service), and a bare "service" after a state ("a Turkish ferry
service").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BISHKEK",
        "Kyrgyzstan's veterinary service suspended imports of beef from two Brazilian plants "
        "on Tuesday.",
        "KGZ>BRA:16",
    ),
    (
        "MINSK",
        "Belarus's phytosanitary service banned imports of Polish apples after finding moths "
        "in three shipments.",
        "BLR>POL:16",
    ),
    (
        "ASTANA",
        "Kazakhstan's veterinary and phytosanitary service banned imports of poultry from "
        "Poland.",
        "KAZ>POL:16",
    ),
    (
        "YEREVAN",
        "Armenia's food safety service halted imports of Iranian tomatoes on Friday.",
        "ARM>IRN:16",
    ),
    # its state border and emergency services too (COP, GOV)
    (
        "BAKU",
        "Azerbaijan's state border service detained three Iranian fishermen in the Caspian Sea.",
        "AZE>IRN:17",
    ),
    (
        "KYIV",
        "Ukraine's emergency service sent 30 rescuers to Turkey after the earthquake.",
        "UKR>TUR:07",
    ),
]
NONE: list[NearMiss] = [
    (
        "LIMA",
        "A private security service hired by a Dutch mining firm detained two villagers in Puno.",
    ),
    (
        "NAIROBI",
        "A private veterinary service in Nairobi suspended imports of vaccines from India.",
    ),
    (
        "ANKARA",
        "A Turkish ferry service suspended trips to the Greek island of Lesbos.",
    ),
    (
        "LONDON",
        "The BBC World Service said its Persian programmes had been jammed for a week.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review274_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review274_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
