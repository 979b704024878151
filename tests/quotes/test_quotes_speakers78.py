"""Quote speakers of session 49 (helper O71):

- a capitalised body's name runs on through "on" and capitals ("the U.N. Office on Drugs and
  Crime", "the Senate Committee on Foreign Relations") as it does through "for" and "of"
  (attribute._with_place, _NAME_ON); a date after "on" ("the Chinese Embassy on Monday") is
  no part of the name (_dated);
- the words quoted in a condition clause ("warned that aid 'could be suspended' if the U.N.
  kept 'lecturing its hosts'") are said by whoever states the clause the condition hangs on,
  not by the subject of a report coordinated before it ("Officials said ..., but X warned
  ..."): an "if"/"unless" clause is no clause with a speaker of its own
  (attribute._condition_clause, cues.yaml condition_marks).

Near misses: a date after "on", and a relative clause, which keeps its own speaker. Every
sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "NAIROBI — Kenya and Peru signed a coffee deal on Monday. The U.N. Office on Drugs and"
        ' Crime urged both countries to share evidence, saying "smugglers use every port."',
        "smugglers use every port",
        "Crime",
    ),
    (
        'LIMA — The Senate Committee on Foreign Relations called the accord "a costly mistake."',
        "a costly mistake",
        "Relations",
    ),
    (
        "N'DJAMENA — Officials in N'Djamena said the government had no quarrel with other U.N."
        ' agencies, but Foreign Minister Adoum Saleh warned that aid "could be suspended" if the'
        ' U.N. kept "lecturing its hosts."',
        "lecturing its hosts",
        "Saleh",
    ),
    (
        "QUITO — Trade officials said the talks were going well, but Minister Rosa Vera warned"
        ' that Ecuador would leave the forum unless Lima "drops its tariffs."',
        "drops its tariffs",
        "Vera",
    ),
    # near misses: a date after "on"; a relative clause keeps its own speaker
    (
        'BEIJING — The Chinese Embassy on Monday called the report "a fabrication."',
        "a fabrication",
        "Embassy",
    ),
    (
        "ACCRA — Ghana's Foreign Minister Kofi Mensah thanked Togo's president, who had called"
        ' the deal "a gift to both peoples."',
        "a gift to both peoples",
        "president",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers78_names_on_and_conditions(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker, quote.speaker
