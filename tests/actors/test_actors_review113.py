"""Review 113 (session 59, O78): "the U.N. agency" as the U.N. agency named before; a
"whose father" clause marks a person.

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


def _people(text: str) -> set[str]:
    from newsgraph.pipeline import process

    result = process(text + "\n", date="2026-04-09")
    return {m.person for m in result.mentions if m.person}


# "X, whose father was killed in 2014, said": a name the model gave no person label is a
# person when a "whose <kin>" clause hangs on it (offices.yaml kin_nouns,
# resolve._kin_clause), as one with a "who" clause is; a ship's "whose crew" is none.
@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        (
            "Victims\nBAMAKO (AP) - In Bamako, Marie-Claire Toure, whose father was killed in "
            "2014, said she had followed the trial on the radio.",
            "Marie-Claire Toure",
            True,
        ),
        (
            "Victims\nGOMA (AP) - In Goma, Jean-Baptiste Kambale, whose son is among those "
            "detained, said the family had sold its land.",
            "Jean-Baptiste Kambale",
            True,
        ),
        # near miss: a ship's crew is no kin
        (
            "Tanker\nRIGA (Reuters) - The Baltic Star, whose crew was detained on Monday, left "
            "port on Friday.",
            "Baltic Star",
            False,
        ),
    ],
)
def test_whose_kin_marks_a_person(text: str, name: str, person: bool) -> None:
    assert (name in _people(text)) is person
