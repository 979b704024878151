"""Review 106 (session 58, O89): an IGO's country representative named in apposition.

"Malawi's president met the UNICEF country representative, Joseph Amadi": the lowercase
title stands before the name's comma, not inside the name's mention, so the person was read
as "Representative X", a U.S. lawmaker (offices.yaml title_states). A lowercase title in
apposition is a lower_generic_titles title as "The representative, X" is
(resolve._appositive_title), and the IGO standing in the title's own noun phrase, at most one
lowercase word between ("the WHO country representative"), is the body the holder speaks for
(resolve._igo_before_title). A state's representative, and "Representative X", keep theirs.

"The court's deputy prosecutor, Anna Berg," after the International Criminal Court is named: a
body told by its description owns a title of igo_titles that names a person right after its
comma (resolve._body_title_named), and the person takes the body (resolve._hold), as "the
alliance's deputy secretary general, X," now does too. A state's leader who chairs a bloc ("the
bloc's chair, Kenyan President X") and an officer of a state's court told since the IGO ("a
Nairobi court jailed him ... the court's deputy prosecutor, X") are not the body's.

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


@pytest.mark.parametrize(
    ("text", "person", "actor"),
    [
        (
            "Talks\n\nBANGUI (Reuters) - Chad handed a former militia leader to the "
            "International Criminal Court on Monday. The court's deputy prosecutor, Anna Berg, "
            "was received by Chad's president.",
            "Anna Berg",
            "ICC",
        ),
        (
            "Talks\n\nBANGUI (Reuters) - Chad signed a border deal with NATO on Monday. The "
            "alliance's deputy secretary general, Anna Berg, was received by Chad's president.",
            "Anna Berg",
            "NATO",
        ),
        (
            "Talks\n\nVIENNA (Reuters) - The IAEA criticized Iran on Monday. The agency's "
            "spokeswoman, Maria Lindqvist, said Iran had blocked inspectors.",
            "Maria Lindqvist",
            "IAEA",
        ),
        # near miss: a state's leader chairing the bloc keeps his state
        (
            "Talks\n\nKIGALI (Reuters) - The African Union met in Addis Ababa on Monday. The "
            "bloc's chair, Kenyan President William Ruto, praised Ethiopia.",
            "William Ruto",
            "KEN",
        ),
    ],
)
def test_review106_body_title_by_description(text: str, person: str, actor: str) -> None:
    assert _person_actor(text, person) == actor


def test_review106_a_state_court_since_the_igo_is_not_the_igo() -> None:
    """A state's court told after the IGO: "the court's" officer is not the IGO's."""
    assert (
        _person_actor(
            "Talks\n\nNAIROBI (Reuters) - Kenya handed a militia leader to the International "
            "Criminal Court in May. On Monday a Nairobi court jailed his deputy, and the court's "
            "deputy prosecutor, Anna Berg, was received by Kenya's president.",
            "Anna Berg",
        )
        != "ICC"
    )
