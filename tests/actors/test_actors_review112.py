"""Review 112 (session 58, T58): a lower rank of an IGO head's title stated with no body.

"... during a visit to Chisinau by the alliance's deputy secretary general. The accord was
signed by Deputy Secretary General X": "Director General X" or "Secretary General X" with no
body is an officer of the IGO named just before (offices.yaml igo_head_titles,
resolve._article_igo), but a deputy's or an assistant's title was not, so the holder had no
actor and the visit's reception and signing were lost. A title that ends in an IGO head's
title with only lower_ranks words before it ("deputy", "assistant") is read the same way
(resolve._igo_head_rank). With no IGO named ("Vietnam's ruling party ... Deputy Secretary
General X"), the title still gives no IGO.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _person_actor(text: str, person: str) -> str | None:
    from newsgraph.pipeline import process

    result = process(text + "\n", date="2026-05-12")
    found = [m for m in result.mentions if m.text.endswith(person)]
    return found[0].actor.principal if found and found[0].actor is not None else None


@pytest.mark.parametrize(
    ("text", "person", "actor"),
    [
        (
            "NATO and Moldova sign cyber pact\nCHISINAU (AFP) - NATO and Moldova on Thursday "
            "signed an agreement on cyber defence, during a visit to Chisinau by the alliance's "
            "deputy secretary general.\nThe accord was signed by Deputy Secretary General "
            "Pieter Janssen and Moldova's defence minister, Ion Rusu.",
            "Pieter Janssen",
            "NATO",
        ),
        (
            "Monitors\nVIENNA (Reuters) - The OSCE said on Monday it would send 40 election "
            "monitors to Armenia.\nDeputy Secretary General Karin Holm told reporters the "
            "mission would stay six weeks.",
            "Karin Holm",
            "OSCE",
        ),
        # near miss: no IGO named, the title gives none
        (
            "Party congress\nHANOI (Reuters) - Vietnam's ruling party opened its congress on "
            "Monday.\nDeputy Secretary General Le Van Minh told delegates the economy would "
            "grow by 7 percent.",
            "Le Van Minh",
            None,
        ),
    ],
)
def test_igo_deputy_title(text: str, person: str, actor: str | None) -> None:
    assert _person_actor(text, person) == actor


def test_igo_deputy_received() -> None:
    """The deputy's reception by the host is coded once the deputy has the IGO."""
    from newsgraph.pipeline import process

    result = process(
        "NATO and Moldova sign cyber pact\nCHISINAU (AFP) - NATO and Moldova on Thursday "
        "signed an agreement on cyber defence, during a visit to Chisinau by the alliance's "
        "deputy secretary general.\nThe accord was signed by Deputy Secretary General Pieter "
        "Janssen and Moldova's defence minister, Ion Rusu.\nJanssen was received by Moldova's "
        "president on Friday.\n",
        date="2026-05-12",
    )
    pairs = {
        (e.source_actor.principal, e.target_actor.principal, e.code)
        for e in result.events
        if e.source_actor is not None
        and e.target_actor is not None
        and e.sentence.startswith("Janssen was received")
    }
    assert ("MDA", "NATO", "043") in pairs
