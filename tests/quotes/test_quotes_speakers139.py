"""A body's seat, a name past "and", a role tied to no state keeps its place (session 66,
helper O99, from set 99's wrong speakers).

'In a statement from its Geneva headquarters, the agency said ... “...,” the statement said':
the document's from-phrase named the seat, which spoke ("its Geneva headquarters"). A seat
(cues.yaml ``body_seats``: headquarters, hq, seat) owned by a possessive now lets its owner
speak, by the name the owner is given (session 64's decision 2: the IGO's first full naming).

'The Ministry of Labor and Skills said': the actors stage read the known "Ministry of Labor"
and the speaker stopped there; a body's name running on past "and" in capitals is now the
name (attribute._name_runs_on), as "Ministry of Territorial Administration and
Infrastructure" already was.

'said a senior aid official in Lima': a role with a word before it that ties it to no state
(no role word of the gazetteer, no actor named) keeps its place, as the open sets give
"Western diplomat in Cairo" and "senior official in Tripoli" (attribute._ownerless); a state
body's word ("a government spokesman in Lima"), a body's ("a bank spokesman in Washington")
or a state's name still drops it for a spokesperson; any other role keeps it since session
67's decision 4 ("a Chinese official in Beijing").

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA (Reuters) - The World Health Organization said it regretted the decision. In a "
        "statement from its Geneva headquarters, the agency said the shipment had been cleared. "
        '"Our only aim is to help the sick," the statement said.',
        "Our only aim is to help the sick",
        "World Health Organization",
    ),
    (
        "LIMA (Reuters) - Peru halted flights to Chile. The Ministry of Labor and Skills said in a "
        'statement that no permits would be issued "until the Chilean government provides '
        'guarantees."',
        "until the Chilean government provides guarantees",
        "Ministry of Labor and Skills",
    ),
    (
        "LIMA (Reuters) - Peru halted flights. \"Everyone is now afraid,\" said a senior aid "
        "official in Lima, who asked not to be named.",
        "Everyone is now afraid",
        "senior aid official in Lima",
    ),
    (
        'QUITO (Reuters) - Ecuador halted flights. "It is bad," a Western diplomat in Quito said.',
        "It is bad",
        "Western diplomat in Quito",
    ),
]

_NEAR: list[tuple[str, str, str]] = [
    (
        'LA PAZ (Reuters) - A statement from NATO headquarters said "we are watching closely."',
        "we are watching closely",
        "NATO headquarters",
    ),
    (
        'SANTIAGO (Reuters) - The Ministry of Defense and the army said "we will respond."',
        "we will respond",
        "Ministry of Defense",
    ),
    (
        'CARACAS (Reuters) - Venezuela halted flights. "It is bad," a government spokesman in '
        "Caracas said.",
        "It is bad",
        "government spokesman",
    ),
    (
        "LIMA (Reuters) - The World Bank approved a loan to Peru. \"The same rules apply to every "
        'borrower," a bank spokesman in Washington said.',
        "The same rules apply to every borrower",
        "World Bank spokesman",  # the bare owner resolved (session 68's decision 4)
    ),
    (
        'BEIJING (Reuters) - Peru halted flights. "It is unfair," a Chinese official in Beijing said.',
        "It is unfair",
        "Chinese official in Beijing",  # session 67's decision 4: kept, but for a spokesperson
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers139_seat_joined_name_and_placed_role(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
