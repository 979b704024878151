"""Review 106 (session 58, O89): an IGO's country representative named in apposition.

"Malawi's president met the UNICEF country representative, Joseph Amadi": the lowercase
title stands before the name's comma, not inside the name's mention, so the person was read
as "Representative X", a U.S. lawmaker (offices.yaml title_states). A lowercase title in
apposition is a lower_generic_titles title as "The representative, X" is
(resolve._appositive_title), and the IGO standing in the title's own noun phrase, at most one
lowercase word between ("the WHO country representative"), is the body the holder speaks for
(resolve._igo_before_title). A state's representative, and "Representative X", keep theirs.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _person_actor(text: str, person: str) -> str | None:
    from newsgraph.pipeline import process

    result = process(text + "\n", date="2026-05-12")
    found = [m for m in result.mentions if m.text.endswith(person)]
    return found[0].actor.principal if found and found[0].actor is not None else None


@pytest.mark.parametrize(
    ("text", "person", "actor"),
    [
        (
            "Talks\n\nLILONGWE (Reuters) - Malawi's president met the UNICEF country "
            "representative, Joseph Amadi, on Monday and urged him to keep the school programme.",
            "Joseph Amadi",
            "UN",
        ),
        (
            "Talks\n\nDODOMA (AP) -- Tanzania's health minister met the WHO representative, "
            "Maria Lindqvist, on Friday.",
            "Maria Lindqvist",
            "WHO",
        ),
        # near miss: a state's representative stays the state's
        (
            "Talks\n\nLILONGWE (Reuters) - Malawi's president met the Kenyan representative, "
            "Joseph Amadi, on Monday.",
            "Joseph Amadi",
            "KEN",
        ),
        # near miss: a capitalised "Representative X" is still a U.S. lawmaker
        (
            "Talks\n\nLILONGWE (Reuters) - Malawi's president met Representative Joseph Amadi, a "
            "Republican from Ohio, on Monday.",
            "Joseph Amadi",
            "USA",
        ),
    ],
)
def test_review106_representative_in_apposition(text: str, person: str, actor: str) -> None:
    assert _person_actor(text, person) == actor


def test_review106_no_igo_before_the_title_names_no_state() -> None:
    """With no IGO in the title's phrase, the lowercase title names no U.S. lawmaker."""
    assert (
        _person_actor(
            "Talks\n\nLILONGWE (Reuters) - Malawi's president met the country representative, "
            "Joseph Amadi, on Monday.",
            "Joseph Amadi",
        )
        != "USA"
    )
