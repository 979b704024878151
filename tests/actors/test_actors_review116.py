"""Review 116 (session 60, O90): "the secretariat" as the body named before.

"OPEC wrote to Nigeria ... The minister accused the secretariat of bias": a body's standing
staff is the body the article named last whose secretariat it can be (igos.yaml contextual of
OPEC, ASEAN, the AU, the UN and other bodies with one), as "the bloc" names the bloc named
last; as an object too, where the description nouns of descriptions.yaml igo_nouns read only
a subject. With no such body named, or of a body named in its own of-phrase ("the secretariat
of the electoral commission"), it is none.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _actor_of(text: str, phrase: str) -> str | None:
    from newsgraph.pipeline import process

    result = process(text + "\n", date="2026-05-12")
    found = [m for m in result.mentions if phrase in m.text]
    return found[-1].actor.principal if found and found[-1].actor is not None else None


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        (
            "Quota row\nABUJA (Reuters) - OPEC asked Nigeria to cut output in a letter on "
            "Monday.\nNigeria's oil minister rejected the request.\nHe said the figures were "
            "old.\nThe minister accused the secretariat of bias.",
            "secretariat",
            "OPEC",
        ),
        (
            "Summit\nJAKARTA (AP) - ASEAN foreign ministers met in Jakarta on Friday.\n"
            "Myanmar's junta accused the secretariat of ignoring its letters.",
            "secretariat",
            "ASEAN",
        ),
        # no body with a secretariat named: none
        (
            "Vote\nNAIROBI (AP) - Kenya's opposition accused the secretariat of delaying the "
            "count on Tuesday.",
            "secretariat",
            None,
        ),
    ],
)
def test_secretariat_named_before(text: str, phrase: str, actor: str | None) -> None:
    assert _actor_of(text, phrase) == actor

