"""Quote speakers of session 23 (builder S22), the general forms behind set 22's wrong
speakers: "Sheikh" is an honorific, so "Sheikh Khalid" is the one earlier full name it opens
(offices.yaml honorifics); a relative clause's verb that takes the quoted words "as" its own
("a charge Zagreb rejected as “absurd”") names the speaker whatever reporting verb the sentence
hangs the clause on (attribute._as_owner with ``relative``, _contact_clause for the parse of two
subjects), and the capital speaking keeps its name when the state it stands for is only spoken
of in the reported clause before it (_said_of); a one-word PERSON entity that is a role word
("China's Embassy in Male", where the model took "Embassy" for a name) is the body
(Resolver._person_spans). Kept beside them: "Sheikh Hasina" by her own name, and a state that
speaks as a subject before its capital ("Croatia denounced ..., with Zagreb calling them")."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "MUSCAT — Bahraini Foreign Minister Khalid bin Rashid Al Khalifa met Iranian Deputy "
        'Foreign Minister Mehdi Rostami in Muscat. "We have turned a page," Sheikh Khalid told '
        "reporters.",
        "We have turned a page",
        "Khalid bin Rashid Al Khalifa",
    ),
    (
        "KUWAIT CITY — The talks were attended by Kuwaiti Foreign Minister Ahmad bin Nasser Al "
        'Sabah and Qatari envoy Ali Hamad. "We have closed this chapter," Sheikh Ahmad said.',
        "We have closed this chapter",
        "Ahmad bin Nasser Al Sabah",
    ),
    (
        "DHAKA — Bangladesh's former prime minister Sheikh Hasina said on Monday she would not "
        'return. "I will not go back," Sheikh Hasina said.',
        "I will not go back",
        "Sheikh Hasina",
    ),
    (
        "MOSCOW — Russia's Foreign Ministry said in a statement that Poland was \"acting on "
        'orders from Brussels," a claim Warsaw dismissed as "nonsense."',
        "nonsense",
        "Warsaw",
    ),
    (
        "MOSCOW — The Kremlin said Finland was \"preparing for war,\" an accusation Helsinki "
        'denounced as "pure propaganda."',
        "pure propaganda",
        "Helsinki",
    ),
    (
        'TEHRAN — Iran said the strike was "an act of war," a claim Washington rejected as '
        '"false."',
        "false",
        "Washington",
    ),
    (
        "ZAGREB — Croatia denounced the tariffs on Monday, with Zagreb calling them \"economic "
        'bullying."',
        "economic bullying",
        "Croatia",
    ),
    (
        "MALE — India's Embassy in Male said the patrol boats were \"for rescue work only.\"",
        "for rescue work only",
        "India's Embassy in Male",
    ),
    (
        "MALE — Turkey's Embassy in Male said the visit by its navy was \"routine.\"",
        "routine",
        "Turkey's Embassy in Male",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers19_honorific_relative_and_body(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
