"""Quote speakers of session 56 (helper O82, opening set 82): "he added" after an office that
spoke in a relative clause.

"The plan was welcomed by Fiji's prime minister, who said ... ¶ “...,” he added": the actors
stage ties "he" to the man last named (a minister who signed before), but the one who spoke
last is the office the relative "who" stands for. attribute._subjects_back now reads a relative
"who"/"which" subject as the noun its clause hangs on, so the unnamed office is found as a
subject after the named man (attribute._unnamed_subject_before). Near misses: a named man
speaking after the office keeps his name; a relative clause on a named person, or on a noun set
in apposition to a name, is that person.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_RELATIVE_OFFICE: list[tuple[str, str, str]] = [
    (
        "SUVA, Fiji (AP) -- The Asian Development Bank approved a $20 million grant for Fiji on"
        " Monday.\nThe grant agreement was signed in Suva by Fiji's finance minister, Josefa Tora,"
        " and the bank's country director, Maria Lind.\nThe decision was welcomed by Fiji's prime"
        ' minister, who said in a radio address that it showed "the region has not forgotten'
        ' us."\n"This is not a gift," he added. "It is what we are owed."',
        "not a gift",
        "Fiji's prime minister",
    ),
    (
        "DILI (Reuters) - Portugal pledged 12 million euros for Timor-Leste's schools on Tuesday."
        "\nThe accord was signed by Portugal's education minister, Rui Matos, and his Timorese"
        " counterpart.\nThe pledge was praised by Timor-Leste's president, who called it \"a debt"
        ' of history.\"\n"We will build fifty schools," he said.',
        "fifty schools",
        "Timor-Leste's president",
    ),
]

#: near misses: a man named after the office, or a relative clause on a named person
_KEPT: list[tuple[str, str, str]] = [
    (
        "SUVA, Fiji (AP) -- The plan was welcomed by Tonga's prime minister, who said it was"
        ' "long overdue." Finance Minister Sione Vea signed it later.\n"The money is ready,"'
        " he added.",
        "money is ready",
        "Sione Vea",
    ),
    (
        "APIA (AP) - The grant was welcomed by Finance Minister Lemalu Tuala, who said it was"
        ' "a fair deal."\n"We asked for nothing more," he added.',
        "nothing more",
        "Lemalu Tuala",
    ),
    (
        "NUKU'ALOFA (AP) - Tonga's finance minister signed the grant with the bank on Monday.\n"
        "Sione Latu, a fisherman who said the old wharf was \"falling apart,\" watched from the"
        ' shore.\n"We need a new one," he said.',
        "need a new one",
        "Sione Latu",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _RELATIVE_OFFICE + _KEPT)
def test_speakers98_relative_office_speaks_on(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
