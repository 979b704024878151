"""Quote speakers of session 37 (builder S50), from set 50's wrong speakers, by form.

"One of the insurgent groups said": one member of a plural speaks, named by the kind in the
singular ("insurgent group"), for the state the plural's own words tie it to (cues.yaml
member_heads; attribute._member_speaker), not as "One". "China's ministry thanked ..." after
"China's Ministry of Public Security said": a state's possessive on a bare body word refers
back, as "the ministry" and "its ministry" do, to the fuller name given before to a body of
that state (attribute._earlier_body). "X and Y, during a visit by Azerbaijan's president":
a phrase opened by a preposition after a name set off by a comma is no apposition, so the
title inside it is not the name's and "Azerbaijan's president said" speaks as the president
(actors.resolve._apposition). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's principal or None)
_ONE_OF: list[tuple[str, str, str, str | None]] = [
    (
        "Camps\n\nBANGKOK (AP) — Thailand's army shelled camps near the border on Monday.\n\n"
        "One of the armed groups said in a statement that soldiers had killed two of its "
        'fighters and warned that "Bangkok will pay."',
        "Bangkok will pay",
        "armed group",
        None,
    ),
    (
        "Talks\n\nHANOI (AP) — Vietnam and Laos held talks on Monday.\n\n"
        'One of the Vietnamese diplomats said the talks had been "frank and useful."',
        "frank and useful",
        "Vietnamese diplomat",
        "VNM",
    ),
    (
        "Talks\n\nHANOI (AP) — Vietnam and Laos held talks on Monday.\n\n"
        '"The talks were useful," said one of the Lao officials at the meeting.',
        "The talks were useful",
        "Lao official",
        "LAO",
    ),
    (
        "Talks\n\nHANOI (AP) — Vietnam and Laos held talks on Monday.\n\n"
        '"We were not invited," one of the rebel commanders told reporters.',
        "We were not invited",
        "rebel commander",
        None,
    ),
    # near-miss that stays: a member named in apposition speaks by the name
    (
        "Talks\n\nHANOI (AP) — Vietnam and Laos held talks on Monday.\n\n"
        'One of its lawyers, Anna Berg, said the case was "closed."',
        "closed",
        "Anna Berg",
        None,
    ),
]

#: (text, words of the quote, speaker, speaker's principal or None)
_STATE_BODY_BACK: list[tuple[str, str, str, str | None]] = [
    (
        "Suspects\n\nBANGKOK (Reuters) - Laos handed over 300 suspects to Chinese police on "
        "Monday, China's Ministry of Public Security said.\n\nChina's ministry thanked Laos for "
        'its "close cooperation" and said it would "follow every lead."',
        "close cooperation",
        "Ministry of Public Security",
        "CHN",
    ),
    (
        "Suspects\n\nBANGKOK (Reuters) - Laos handed over 300 suspects to Chinese police on "
        "Monday, China's Ministry of Public Security said.\n\nChina's ministry thanked Laos for "
        'its "close cooperation" and said it would "follow every lead."',
        "follow every lead",
        "Ministry of Public Security",
        "CHN",
    ),
    (
        "Grain\n\nCAIRO (AP) — Sudan's agriculture ministry said on Sunday it had stopped grain "
        'exports to Chad.\n\nSudan\'s ministry called the step "temporary."',
        "temporary",
        "Sudan's agriculture ministry",
        "SDN",
    ),
    # near-misses that stay: a body of another state before, none before
    (
        "Suspects\n\nBANGKOK (Reuters) - Laos handed over 300 suspects to Chinese police on "
        "Monday, Vietnam's Ministry of Public Security said.\n\nChina's ministry thanked Laos "
        'for its "close cooperation."',
        "close cooperation",
        "China's ministry",
        "CHN",
    ),
    (
        "Suspects\n\nBANGKOK (Reuters) - Laos handed over 300 suspects to Chinese police on "
        'Monday.\n\nChina\'s ministry said the move showed "real trust."',
        "real trust",
        "China's ministry",
        "CHN",
    ),
]

#: (text, words of the quote, speaker, speaker's principal or None)
_NO_APPOSITION: list[tuple[str, str, str, str | None]] = [
    (
        "Cable\n\nBAKU, Azerbaijan (AP) — Georgia and Azerbaijan signed a power deal on "
        "Monday.\n\nThe deal was signed in Baku by the two energy ministers, Levan Abashidze and "
        "Rauf Mammadov, during a visit by Georgia's president.\n\n"
        '"Our peoples are old friends," Georgia\'s president said at the ceremony.',
        "Our peoples are old friends",
        "Georgia's president",
        "GEO",
    ),
    (
        "Cable\n\nBAKU, Azerbaijan (AP) — Georgia and Azerbaijan signed a power deal on "
        "Monday.\n\nThe deal was signed by Rauf Mammadov, at a ceremony hosted by Azerbaijan's "
        'president.\n\n"This is a great day," Azerbaijan\'s president said.',
        "This is a great day",
        "Azerbaijan's president",
        "AZE",
    ),
    # near-miss that stays: a title set off after the name is the name's
    (
        "Cable\n\nBAKU, Azerbaijan (AP) — Georgia and Azerbaijan signed a power deal on "
        "Monday.\n\nRauf Mammadov, Azerbaijan's energy minister, signed for Baku.\n\n"
        '"This is a great day," Azerbaijan\'s energy minister said.',
        "This is a great day",
        "Rauf Mammadov",
        "AZE",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "actor"), _ONE_OF + _STATE_BODY_BACK + _NO_APPOSITION
)
def test_quotes_speakers54(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor
