"""Possessives of owner nouns after any determiner, and of names that are plural
only with "the" ("the Americas"). Sentences written for these tests; each also
holds a sure trace ("He’s", "don’t") so that the plain-ASCII gate opens."""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import fix

RESTORED = (
    "Analysts are watching the incoming administration\u2019s priorities. He\u2019s wary.",
    "Farmers criticised the Labour government\u2019s fertiliser subsidy. They don\u2019t agree.",
    "It became the core of his administration\u2019s policies. He\u2019s proud of it.",
    "The link is tied to America\u2019s long-term energy policy. We don\u2019t doubt it.",
    "Rubio said America\u2019s partners in the region will help. He\u2019s sure.",
)


@pytest.mark.parametrize("codec", ["big5", "euc_kr"])
@pytest.mark.parametrize("text", RESTORED)
def test_repair_owner_possessives_restored(codec: str, text: str) -> None:
    damaged = text.encode("utf-8").decode(codec, "ignore")
    assert "\u2019" not in damaged
    assert fix(damaged) == text


@pytest.mark.parametrize(
    "text",
    [
        # Plurals: before a verb, at a sentence start, after "the" or a number.
        "Successive administrations have tried. He\u2019s tired.",
        "Western governments imposed sanctions. He\u2019s tired.",
        "The nations leaders met. He\u2019s tired.",
        "The infrastructure projects meet high standards. He\u2019s tired.",
        "The summit of the Americas opens and the two Koreas talk. He\u2019s tired.",
        "Both Koreas sent envoys. He\u2019s tired.",
    ],
)
def test_repair_owner_possessives_plurals_kept(text: str) -> None:
    damaged = text.encode("utf-8").decode("big5", "ignore")
    assert fix(damaged) == text


NAMES = (
    # A capitalised owner noun ending a name, and a sibilant word + "s".
    "Rules issued by the Energy Department\u2019s Office of Science apply. He\u2019s sure.",
    "Aid will stop where the Dutch Government\u2019s support ends. He\u2019s sure.",
    "She spoke with the Bush\u2019s lawyer and with VOA Spanish\u2019s editor. He\u2019s sure.",
)


@pytest.mark.parametrize("text", NAMES)
def test_repair_owner_possessives_of_names_restored(text: str) -> None:
    damaged = text.encode("utf-8").decode("big5", "ignore")
    assert fix(damaged) == text


@pytest.mark.parametrize(
    "text",
    [
        "The Energy and Commerce Departments said the rules apply. He\u2019s sure.",
        "He cited the United Nations Convention on the Law of the Sea. He\u2019s sure.",
        "The Czechs and the Swiss voted. He\u2019s sure.",
        "Government Departments Agree On New Rules For Ports",
    ],
)
def test_repair_owner_possessives_name_plurals_kept(text: str) -> None:
    damaged = text.encode("utf-8").decode("big5", "ignore")
    assert fix(damaged) == text
