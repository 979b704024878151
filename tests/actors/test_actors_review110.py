"""Review 110 (session 58, A58b): "the team" a state or an IGO sent, met by its host.

"The World Health Organization flew a team of doctors to Libya. The team was met at the
airport by Libya's health minister": a team sent is a party of its sender as a delegation is
(descriptions.yaml party_nouns, guest_nouns), and flying or deploying a party sends it
(sending_verbs), so the later "the team" is the sender's, and its reception by the host is
coded. A team named by its members' state ("A team of Italian doctors arrived") is the
visitor of that arrival. A sports team that played, or two states' teams that arrived together, give
"the team" no one.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _team_actor(text: str) -> str | None:
    from newsgraph.pipeline import process

    result = process(text + "\n", date="2026-05-12")
    found = [m for m in result.mentions if m.text == "The team"]
    return found[-1].actor.principal if found and found[-1].actor is not None else None


def _lead(body: str) -> str:
    return f"Aid\n\nTRIPOLI (Reuters) - {body}"


_MET = "The team was met at the airport by Libya's health minister, Ali Salem."


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (f"The World Health Organization flew a team of 12 doctors to Tripoli on Monday. {_MET}", "WHO"),
        (f"Italy sent an emergency team and vaccines to Libya on Monday. {_MET}", "ITA"),
        (f"Malta deployed a rescue team to Benghazi on Monday. {_MET}", "MLT"),
        (f"A team of 80 Greek doctors arrived in Libya on Monday. {_MET}", "GRC"),
    ],
)
def test_actors_review110_sent_team(body: str, actor: str) -> None:
    assert _team_actor(_lead(body)) == actor


@pytest.mark.parametrize(
    "body",
    [
        # a sports team that played is no party sent
        f"Italy's national football team beat Libya on Monday. {_MET}",
        # two states' teams arrived together: no one of them
        f"An Italian team and a Greek team arrived in Benghazi on Monday. {_MET}",
    ],
)
def test_actors_review110_no_team(body: str) -> None:
    assert _team_actor(_lead(body)) is None


def test_actors_review110_reception_coded() -> None:
    from newsgraph.pipeline import process

    text = _lead(f"Italy sent a team of doctors to Tripoli on Monday. {_MET}")
    pairs = {(e.source, e.target, e.code[:2]) for e in process(text + "\n", date="2026-05-12").events}
    assert ("LBY", "ITA", "04") in pairs
