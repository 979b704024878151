"""Review 31 (session 20, reviewer R): a person subject's state is not the organ's when the
sentence names that state again after the organ, as another party than it.

Review 30 made a person of a known state who is a subject before a bare organ a candidate of
``Resolver._recent_state`` ("Chancellor Olaf Scholz said the Foreign Ministry had summoned
Russia's ambassador": Germany's ministry). A visiting leader in a host's story then gave the
host's organ the visitor's state: "Macron said the Defense Ministry would sign a security
pact with France" (Ghana's ministry, with France) and "Ruto, in Addis Ababa, praised
parliament for approving a power deal with Kenya" read as France's and Kenya's own, and the
act on one's own state coded nothing. The person's state is no candidate when the sentence
names it after the organ; the other candidates (the host named before, the dateline, the
previous sentence's subject) decide; a place named after it ("refugees in Poland") is no
such party. Nor is it when the sentence places the person in another state before the organ
("Blinken, visiting Kyiv, said the Defense Ministry had received ...": Ukraine's), on a visit
or by a locative on the person (``Resolver._placed_abroad``), though not where a speech was
made ("told reporters in Colombo"). Every sentence was written for this file; the cases run
through the whole pipeline in one batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    # the visitor's state named after the organ: the host's organ
    (
        "ACCRA",
        "Ghana welcomed French President Emmanuel Macron on Monday. Macron said the Defense "
        "Ministry would sign a security pact with France next month.",
        "GHA>FRA:04 GHA>FRA:03",
    ),
    (
        "GENEVA",
        "Kenyan President William Ruto, in Addis Ababa, praised parliament for approving a "
        "power deal with Kenya.",
        "KEN>ETH:05",
    ),
    (
        "GENEVA",
        "Visiting Turkish President Recep Tayyip Erdogan said in Doha that the Foreign Ministry "
        "would host talks with Turkey on Gaza.",
        # a meeting still to come keeps its 04, as the open gold gives it (session 57, P57:
        # extract._scheduled_meeting); the host's organ is still Qatar's
        "QAT>TUR:04",
    ),
    # the person placed in another state before the organ, on a visit or by a locative on
    # the person: the host's organ
    (
        "GENEVA",
        "U.S. Secretary of State Antony Blinken, visiting Kyiv, said the Defense Ministry had "
        "received 40 Patriot missiles from Germany.",
        "DEU>UKR:07",
    ),
    (
        "GENEVA",
        "Kenyan President William Ruto, on a three-day visit to Uganda, praised parliament for "
        "approving the railway.",
        "KEN>UGA:05 KEN>UGA:04",
    ),
    # where a speech was made places no one: the speaker's own organ
    (
        "GENEVA",
        "Indian Foreign Minister S. Jaishankar told reporters in Colombo that the Foreign "
        "Ministry had protested to China over the research ship.",
        "IND>CHN:11",
    ),
    # the person's own state named only before: the person's organ still (review 30)
    (
        "PARIS",
        "Prime Minister Mark Carney said the Foreign Ministry had summoned India's envoy.",
        "CAN>IND:11",
    ),
    (
        "BRUSSELS",
        "Brazil's President Luiz Inacio Lula da Silva said the Foreign Ministry had protested "
        "to Argentina over the remarks.",
        "BRA>ARG:11",
    ),
]

# a place named after the organ is no party: the person's own legislature, asked at home
NONE: list[tuple[str, str]] = [
    (
        "BRUSSELS",
        "Polish President Andrzej Duda asked parliament for money to help Ukrainian refugees "
        "in Poland.",
    ),
    (
        "GENEVA",
        "Czech Prime Minister Petr Fiala urged parliament to fund shelters for Slovak workers "
        "in the Czech Republic.",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_actors_review31_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES] + [b for _, b in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review31_organ_of_a_visitors_host(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
