"""Quote speakers of session 47 (helper O66).

- A state whose name opens with its article ("The Bahamas", "The Philippines", "The Maldives")
  owns an unnamed office holder as any state does: "The Philippines' foreign minister said"
  speaks as "Philippines' foreign minister", not as the state (actors.resolve find_titles
  reads the article as the name's own).
- A cue verb that is a participle on a common noun ("in a video posted online", "in a message
  posted on X") names what was posted, never who speaks: the quotation goes to the subject of
  the clause ("X thanked Peru for its “...” in a video posted online" is X's).
Near misses: a state named without its article, a document's own verb ("in a letter
published on Monday"), and a person's title before a naming verb ("The sultan called X “...”"),
keep their speakers.
"""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker's full name)
_CASES: list[tuple[str, str, str]] = [
    (
        'MANILA — The Philippines\' president said Manila "will not be bullied" in the South'
        " China Sea.",
        "not be bullied",
        "Philippines' president",
    ),
    (
        "MALE — The Maldives' foreign minister rejected the request, telling lawmakers that his"
        ' country "cannot take in more boats."',
        "more boats",
        "Maldives' foreign minister",
    ),
    (
        'BANJUL — "We will not bend on this," The Gambia\'s prime minister told reporters.',
        "not bend",
        "Gambia's prime minister",
    ),
    # near miss: a state named without its article
    (
        'KUALA LUMPUR — Malaysia\'s prime minister said the country "will not be bullied" by'
        " anyone.",
        "not be bullied",
        "Malaysia's prime minister",
    ),
    # a participle cue on what was posted: the clause's subject speaks
    (
        'LIMA — Ruiz, who lives in a rented flat in Lima, thanked Peru for its "generosity" in'
        " a video posted online.",
        "generosity",
        "Ruiz",
    ),
    (
        'QUITO — The exiled senator praised Ecuador for its "patience" in a message posted on'
        " social media.",
        "patience",
        "exiled senator",
    ),
    # near miss: a naming verb the parser may read as a participle on a person's title
    (
        "BANDAR SERI BEGAWAN — Brunei's sultan met Indonesia's president on Monday. The sultan"
        ' called Indonesia "our closest brother" and thanked the Sabah government for agreeing'
        " to the sale.",
        "closest brother",
        "Brunei's sultan",
    ),
    # near miss: a document's own verb, the quoter named
    (
        'LIMA — Ruiz thanked Peru for its "generosity" in a letter published on Monday.',
        "generosity",
        "Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers68_article_states_and_posted_things(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, (quote.speaker, speaker)
