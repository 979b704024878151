"""Review 113 (session 59, O78): "the U.N. agency" as the U.N. agency named before.

"The World Health Organization sent a team to Malawi ... the health minister thanked the U.N.
agency": the description names the U.N. agency the article named last (the WHO, the IAEA, or
one coded UN such as the WFP), as "the bloc" names the bloc named last (igos.yaml contextual
of UN, WHO and IAEA); with none named, it is the UN itself (UN's default), as "U.N." in it
read before.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _actor_of(text: str, phrase: str) -> str | None:
    from newsgraph.pipeline import process

    result = process(text + "\n", date="2026-04-09")
    found = [m for m in result.mentions if phrase in m.text]
    return found[-1].actor.principal if found and found[-1].actor is not None else None


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        (
            "Cholera team\nLILONGWE (Reuters) - The World Health Organization sent a team of "
            "six experts to Malawi on Friday.\nMalawi's health minister thanked the U.N. agency "
            "for its speed.",
            "U.N. agency",
            "WHO",
        ),
        (
            "Inspectors\nTEHRAN (AP) - The International Atomic Energy Agency sent inspectors "
            "to Iran on Monday.\nIran's foreign ministry accused the UN agency of bias.",
            "UN agency",
            "IAEA",
        ),
        # a U.N. body coded UN named before: the UN
        (
            "Food aid\nLILONGWE (Reuters) - The World Food Programme flew 40 tonnes of maize "
            "to Malawi.\nMalawi's president thanked the U.N. agency.",
            "U.N. agency",
            "UN",
        ),
        # none named: the UN itself, as before
        (
            "Thanks\nLILONGWE (Reuters) - Malawi's health minister thanked the U.N. agency for "
            "its help on Friday.",
            "U.N. agency",
            "UN",
        ),
    ],
)
def test_un_agency_named_before(text: str, phrase: str, actor: str | None) -> None:
    assert _actor_of(text, phrase) == actor
