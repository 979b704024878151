"""A name the text makes a subject ("Trump said") takes a possessive, not a plural.

Big5/EUC 'ignore' drops the ’ of "Trump’s"; "Trumps" is a word (a verb),
so only the document's own use of "Trump" as a name tells. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import fix

RESTORED = (
    # Before a capitalised word, a number, a sum, a noun; after "of" and "and".
    "Trump said on Monday that talks would resume. Critics of Trump’s Cabinet picks were unmoved.",
    "Lula has urged restraint, and Lula’s January visit to Beijing was a sign of it.",
    "Price said the budget would pass, and Price’s $2 billion plan drew criticism.",
    "Rubio told reporters the deal was near. Later, Trump’s envoy arrived, and Rubio’s"
    " 12-point plan was published.",
    "Analysts in Mérida said Trump grasped the risk. They expect Trump’s team to push for tariffs.",
)


@pytest.mark.parametrize("codec", ["big5", "euc_kr"])
@pytest.mark.parametrize("text", RESTORED)
def test_repair_vanished_subject_name_possessive(codec: str, text: str) -> None:
    damaged = text.encode("utf-8").decode(codec, "ignore")
    assert "\u2019" not in damaged
    assert fix(damaged) == text


@pytest.mark.parametrize(
    "text",
    [
        # Plurals of a name (after a determiner or a number), group names, a
        # verb after the "s" form, a lower-case verb "trumps": all kept.
        "Trump said he would act. The Kennedys met him on Monday.",
        "Trump said he would act. Two Trumps met him on Monday.",
        "Democrats said they would act, and Democrats Chuck Schumer and Hakeem Jeffries met.",
        "Security trumps economy, Trump said.",
        "Cook said the results were strong. Cooks said they needed more staff.",
        "Marshall said on Monday the Marshall Islands ambassador would come.",
        "Analysts in Mérida said Trump would visit. Trump and the Bidens met.",
    ],
)
def test_repair_vanished_subject_name_plurals_kept(text: str) -> None:
    assert fix(text) == text
    damaged = text.encode("utf-8").decode("big5", "ignore")
    assert fix(damaged) == text
