"""Quote speakers of session 31 (helper S34), from set 34's wrong speakers: a person named
later by the first of two surnames.

Spanish and Portuguese copy names "Ricardo Pineda Castro" later as "Pineda": the lone word is
the first of the two surnames closing a name of three words or more, not its first or last
word, and the actors stage left "Pineda" a person of its own with no state
(resolve.paternal_surname, read by _same_person and the surname keys). A particle ("von der
Leyen"), an initial or a word before a suffix ("Trump" of "Donald Trump Jr.") is no such
surname; a name of two words keeps its first and last only. Every
text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA, Peru — Peru's Foreign Minister Carlos Mendoza Prado met his Chilean counterpart "
        "on Monday. “We cannot accept this,” Mendoza said.",
        "We cannot accept",
        "Carlos Mendoza Prado",
    ),
    (
        "QUITO, Ecuador — The agreement was signed by Ecuador's trade minister, Lucia Andrade "
        "Salazar, and her Colombian counterpart. Andrade called the deal “a bridge for both "
        "peoples” and said Quito was ready to go further.",
        "a bridge for both",
        "Lucia Andrade Salazar",
    ),
    # near-misses: the first or last word of a two-word name, as before
    (
        "LIMA, Peru — Peru's Foreign Minister Carlos Mendoza met his Chilean counterpart on "
        "Monday. “We cannot accept this,” Mendoza said.",
        "We cannot accept",
        "Carlos Mendoza",
    ),
    (
        "LIMA, Peru — Peru's Foreign Minister Carlos Mendoza Prado met his Chilean counterpart "
        "on Monday. “We cannot accept this,” Prado said.",
        "We cannot accept",
        "Carlos Mendoza Prado",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers37_paternal_surname(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


def test_speakers37_paternal_surname_words() -> None:
    """The first of two closing surnames; no particle, initial or two-word name."""
    from newsgraph.actors.resolve import paternal_surname

    assert paternal_surname(("Ricardo", "Mendoza", "Prado")) == "Mendoza"
    assert paternal_surname(("Maria", "Fernanda", "Andrade", "Salazar")) == "Andrade"
    assert paternal_surname(("Ursula", "von", "der", "Leyen")) is None
    assert paternal_surname(("John", "F.", "Kennedy")) is None
    assert paternal_surname(("Carlos", "Mendoza")) is None
    assert paternal_surname(("Donald", "Trump", "Jr."), frozenset({"jr."})) is None
