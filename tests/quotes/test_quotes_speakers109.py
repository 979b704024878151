"""Quote speakers of session 60 (S60): a subject with a "whose" clause keeps its quote.

"Mali and Niger, whose juntas have also clashed with the court, praised the move, calling it
'...'": the parser rooted the sentence on the clause's verb ("clashed"), hung the names on it
as a modifier and joined "praised" to it, so the quote told with the praise fell to the
clause's own subject, "whose juntas". nlp._whose_clauses_read_as_roots makes the verb after
the clause the root and the opening names its subject. Near misses: a "whose" clause the
parser read right, and a verb joined by "and" inside the clause, keep their speakers. The
sentences are ours.
"""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "BAMAKO — Guinea expelled the court's liaison officer on Monday. Mali and Niger, whose "
        "juntas have also clashed with the court, praised the move in a joint statement, "
        'calling it "a brave decision."',
        "a brave decision",
        "Niger",
    ),
    (
        "LOME — Benin closed its border on Monday. Togo and Ghana, whose military governments "
        "have also clashed with Cotonou, criticized the move in a joint statement, calling it "
        '"a blow to the region."',
        "a blow to the region",
        "Ghana",
    ),
    # the same form the parser read right
    (
        "LOME — Benin closed its border on Monday. Togo and Ghana, whose traders have long "
        "used the crossing, criticized the move in a joint statement, calling it "
        '"a blow to the region."',
        "a blow to the region",
        "Ghana",
    ),
    # near miss: a "whose" clause read as such keeps the sentence's subject
    (
        "LOME — Benin closed its border on Monday. Togo, whose traders use the crossing, "
        'said the closure was "a blow to the region."',
        "a blow to the region",
        "Togo",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers109_whose_clause_subject_speaks(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker


def test_speakers109_whose_clause_repair_roots_the_later_verb() -> None:
    """The repair itself: the verb after the clause is the root, the names its subject, the
    "whose" clause a relative clause of them; a sentence the parser read right is unchanged."""
    from newsgraph.nlp import parse_text
    from newsgraph.settings import Settings

    text = (
        "Togo and Ghana, whose military governments have also clashed with Cotonou, criticized "
        'the move in a joint statement, calling it "a blow to the region."'
    )
    tokens = parse_text(text, Settings()).tokens
    word = {t.text: t for t in tokens}
    assert word["criticized"].dep == "ROOT"
    assert word["Togo"].dep == "nsubj" and word["Togo"].head == word["criticized"].i
    assert word["clashed"].dep == "relcl" and word["clashed"].head == word["Togo"].i
