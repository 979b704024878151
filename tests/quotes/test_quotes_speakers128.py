"""An unnamed role with no owner keeps the place it is in (session 65, helper A65).

'A senior official in Tripoli, who spoke on condition of anonymity, said ... "a list from The
Hague."' spoke as "senior official", the capital dropped as "a government spokesman in
Baghdad" drops it; the open sets give such a role its place ("senior official in Tripoli",
"diplomat in Bissau", "Officials in Tripoli"), since the place is all the article says of whose
role it is (attribute._ownerless: nothing before the role but a determiner and ranks). A role
with an owner word before it still drops a seat at home ("Iraqi government spokesman", session
63's decision 3 and the open sets' "Taliban spokesman", "Chinese Foreign Ministry
spokesman").

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_LEAD = "BENGHAZI (AP) - Libya handed a suspect to the court on Tuesday. "

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        _LEAD + "A senior official in Tripoli, who spoke on condition of anonymity, said the "
        'government would not accept "a list from abroad."',
        "list from abroad",
        "senior official in Tripoli",
    ),
    (
        _LEAD + 'An official in Kabul said the plan was "dead on arrival."',
        "dead on arrival",
        "official in Kabul",
    ),
    (
        _LEAD + 'Officials in Kabul called the plan "a trap for the weak."',
        "trap for the weak",
        "Officials in Kabul",
    ),
]

#: (text, words of the quote, speaker): an owner named before the role keeps no seat
_NEAR: list[tuple[str, str, str]] = [
    (
        _LEAD + 'A Taliban spokesman in Kabul said the talks were "going nowhere."',
        "going nowhere",
        "Taliban spokesman",
    ),
    (
        _LEAD + 'A Chinese Foreign Ministry spokesman in Beijing said the move was "a mistake."',
        "a mistake",
        "Chinese Foreign Ministry spokesman",
    ),
    (
        _LEAD + 'A government spokesman in Baghdad called the report "a lie from start to end."',
        "lie from start",
        "government spokesman",
    ),
    (
        # (session 67's decision 4 keeps the place of any role but a spokesperson's)
        _LEAD + 'Afghan officials in Kabul called it "a plan nobody wanted."',
        "nobody wanted",
        "Afghan officials in Kabul",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers128_ownerless_role_keeps_its_place(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _NEAR)
def test_speakers128_owned_role_drops_its_seat(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
