"""Quote speakers of session 46 (helper P5R), two classes.

1. "X met his Croatian counterpart, Ivana Horvat. “...,” she said": a person the sentence
   before introduces in apposition, shown to be of the pronoun's gender, is who "she" is, over
   a main subject the article shows nothing of (attribute._centre_subject). Near misses: the
   appositive of the other gender, and a subject shown to fit.
2. "a Ugandan police officer said": an unnamed officer speaks as the whole role phrase, for the
   state's force, not as the force the actors stage read in it ("Ugandan police"), as an
   unnamed spokesperson or official does (cues.yaml unnamed_roles).
"""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's full name)
_PRONOUNS: list[tuple[str, str, str]] = [
    (
        "Malta and Tunisia talk migration\n\nVALLETTA — Maltese Foreign Minister Luca Borg met"
        " his Tunisian counterpart, Leila Mansour, in Valletta on Tuesday.\n\n\"Migration is a"
        ' shared responsibility," she said after the talks.',
        "shared responsibility",
        "Leila Mansour",
    ),
    (
        "Baltic leaders speak\n\nVILNIUS — Latvian Prime Minister Arvis Ozols spoke by phone"
        " with his Estonian counterpart, Kristi Tamm, on Friday.\n\n\"The region is calm,\""
        " she told reporters later.",
        "region is calm",
        "Kristi Tamm",
    ),
    # near miss: the appositive is not of the pronoun's gender
    (
        "Malta and Tunisia meet\n\nVALLETTA — Maltese Foreign Minister Luca Borg met his"
        " Tunisian counterpart, Omar Mansour, in Valletta on Tuesday.\n\n\"Migration is a"
        ' shared burden," he said after the talks.',
        "shared burden",
        "Luca Borg",
    ),
    # near miss: the subject is shown to fit ("Mrs.")
    (
        "Malta hosts Tunisia\n\nVALLETTA — Maltese Foreign Minister Mrs. Rita Borg met her"
        " Tunisian counterpart, Leila Mansour, in Valletta on Tuesday.\n\n\"Migration is a"
        ' common task," she said after the talks.',
        "common task",
        "Rita Borg",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _PRONOUNS)
def test_speakers67_pronoun_after_appositive(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


#: (text, words of the quote, the speaker's name, the speaker's actor)
_OFFICERS: list[tuple[str, str, str, str | None]] = [
    (
        "KAMPALA — \"We were ordered to clear the square,\" a Rwandan police officer said,"
        " speaking on condition of anonymity.",
        "clear the square",
        "Rwandan police officer",
        "RWA",
    ),
    (
        "ACCRA — \"The border has been sealed since dawn,\" a Togolese army officer told"
        " reporters.",
        "sealed since dawn",
        "Togolese army officer",
        "TGO",
    ),
    # near miss: an unnamed official, as before
    (
        "DODOMA — \"Nobody warned us,\" said a Malawian government official who asked not to"
        " be named.",
        "Nobody warned us",
        "Malawian government official",
        "MWI",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), _OFFICERS)
def test_speakers67_unnamed_officer(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor
