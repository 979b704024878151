"""Quote speakers of session 51 (helper O70): officials named by their seat alone.

"Officials in Tripoli said Libya would not “bow to pressure”" spoke as "Officials": an unnamed
role tied to its seat by "in" speaks as the role with the seat dropped ("a government
spokesman in Baghdad" as "government spokesman", attribute._unnamed_role). Officials in the
plural named by nothing but the seat are no role a reader could name otherwise: they speak
as the whole phrase ("Officials in Tripoli", "Officials in Dakar", as sets 70 and 72
annotate them). A singular role, or a plural named by its state, keeps the old reading.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA, Peru (Reuters) - Peru seized a Chilean fishing boat on Monday.\n\nOfficials in"
        ' Lima said Peru would not "bow to pressure" over the seizure.',
        "bow to pressure",
        "Officials in Lima",
    ),
    (
        "QUITO, Ecuador (AP) -- Ecuador expelled a Colombian diplomat on Friday.\n\nOfficials in"
        ' Quito said the decision was "final and proportionate."',
        "final and proportionate",
        "Officials in Quito",
    ),
    # near misses: a singular role drops its seat; a plural named by its state keeps the state
    (
        "LIMA, Peru (Reuters) - Peru seized a Chilean fishing boat on Monday.\n\nA government"
        ' spokesman in Lima said the boat was "in Peruvian waters."',
        "in Peruvian waters",
        "government spokesman",
    ),
    (
        "CUSCO, Peru (Reuters) - Peru seized a Bolivian truck on Monday.\n\nPeruvian officials in"
        ' Lima said the case was "closed for now."',
        "closed for now",
        "Peruvian officials in Lima",  # session 67's decision 4: the place kept
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers88_officials_named_by_their_seat(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
