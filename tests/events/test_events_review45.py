"""Review 45 (session 25, lead): a state named after words that describe it.

At a sentence's start the model reads "Landlocked Malawi", "Tiny Qatar" or "Neighboring
Kenya" as a person's name (or the capitalised word as a given name joined to the state's
name), so the state was lost as an actor. Description words (descriptions.yaml
state_epithets, a hyphened word ending in one of epithet_suffixes) before a state's name
make no person (resolve._described_state) and no joined name (_joined_name). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

DESCRIBED: list[Case] = [
    (
        "LILONGWE",
        "Floods hit Mozambique on Friday. Landlocked Malawi sent 50 rescuers to Mozambique "
        "on Monday.",
        "MWI>MOZ:07",
    ),
    (
        "DOHA",
        "Tiny Qatar hosted talks between Ethiopia and Eritrea on Sunday.",
        "QAT>ETH:04 QAT>ERI:04 ETH>ERI:04 ERI>ETH:04",
    ),
    (
        "KAMPALA",
        "Floods killed 30 people in Uganda. Neighboring Kenya sent 50 rescuers to Kampala on "
        "Monday.",
        "KEN>UGA:07",
    ),
    (
        "ASUNCION",
        "Landlocked Paraguay signed a port deal with Uruguay on Tuesday.",
        "PRY>URY:05|06",
    ),
]
# A real given name before a state's name stays a person.
NONE: list[NearMiss] = [
    ("NAIROBI", "Chad Smith, a businessman, praised Uganda's new port."),
    ("ATLANTA", "Georgia Jenkins criticized Russia's ban on imports of wine."),
]
CASES = DESCRIBED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review45_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review45_described_states(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
