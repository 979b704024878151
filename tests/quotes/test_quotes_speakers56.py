"""Quote speakers of session 37 (helper SPK2): quotations that go on with the speaker before.

A quoted term under a side clause's verb, in a sentence with no cue in reach, goes on with
the quotation just before it (in its paragraph or the one before: "..., according to the
order. ¶ It will make sure the country keeps “its second-strike capability”"), not with the
side clause's subject (the last ``clause-subject`` fallback of attribute._attribute_one; a
main verb's subject still owns its term). An "it" the actors stage gave a state goes on with
the body of that state that spoke the quotation before ("The ministry said ... ¶ “...,” it
added"), unless a main clause named the state itself as its subject since
(attribute._body_spoke_before). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's principal or None)
_GOES_ON: list[tuple[str, str, str, str | None]] = [
    (
        "Shield\n\nWASHINGTON — U.S. President Mark Holden signed an order on Monday to build "
        'a new missile shield.\n\nThe shield will protect the country "against every kind of missile," according '
        'to the order.\n\nIt will make sure the country keeps "its second-strike capability," '
        "meaning it could strike back.",
        "its second-strike capability",
        "Mark Holden",
        "USA",
    ),
    (
        "Truce\n\nKYIV — Ukraine's Foreign Ministry said in a statement on Monday that Russia "
        'had broken the truce "again and again."\n\nThe ministry listed 40 attacks. They show '
        'that Moscow wants "war, not peace," with the shelling of Kharkiv the worst.',
        "war, not peace",
        "Ukraine's Foreign Ministry",
        "UKR",
    ),
]

#: rows not yet passing: "the order" after "ordered" is no document its orderer issued
_GAPS: list[tuple[str, str, str, str | None]] = [
    (
        "Shield\n\nWASHINGTON — U.S. President Mark Holden ordered a new missile shield on "
        'Monday.\n\nThe shield will protect the country "against every kind of missile," '
        "according to the order.",
        "against every kind of missile",
        "Mark Holden",
        "USA",
    ),
]

_GAP_REASON = (
    "a document noun names no issuer by the verb it comes from ('ordered' ... 'the order')"
)

#: near-misses that must stay as they are: a main verb's subject, a cue of its own
_GOES_ON_KEPT: list[tuple[str, str, str, str | None]] = [
    (
        "Truce\n\nKYIV — Ukraine's President Volodymyr Zelenskyy said on Monday that the talks "
        'had failed.\n\n"Russia is not ready for peace," Zelenskyy said.\n\nThe Kremlin has '
        'shown "no interest" in a ceasefire, and its army keeps attacking.',
        "no interest",
        "Kremlin",
        "RUS",
    ),
    (
        "Truce\n\nKYIV — Ukraine's Foreign Ministry said on Monday that Russia had broken the "
        'truce "again and again."\n\nUkraine\'s army reported 40 attacks overnight, most of '
        'them near Kharkiv where it faces "heavy pressure."',
        "heavy pressure",
        "Ukraine's army",
        "UKR",
    ),
]

#: (text, words of the quote, speaker, speaker's principal or None)
_IT_GOES_ON: list[tuple[str, str, str, str | None]] = [
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Kenya's Foreign Ministry summoned Uganda's envoy on "
        'Monday.\n\nThe ministry said the closure was "unjustified." It said Kenya would '
        '"respond in kind."\n\n"We will not be pushed around," it added.',
        "We will not be pushed around",
        "Foreign Ministry",
        "KEN",
    ),
    (
        "Ports\n\nACCRA, Ghana (AP) — Ghana's Interior Ministry said on Friday the port "
        'would stay shut "until further notice."\n\n"The smugglers have been warned," it '
        "added in a second statement.",
        "The smugglers have been warned",
        "Ghana's Interior Ministry",
        "GHA",
    ),
]

#: near-misses that must stay as they are: the state named as a main subject since
_IT_KEPT: list[tuple[str, str, str, str | None]] = [
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Kenya's Foreign Ministry said on Monday the closure "
        'was "unjustified."\n\nKenya also expelled two Ugandan diplomats. It said they had '
        'been "spying on the army."',
        "spying on the army",
        "Kenya",
        "KEN",
    ),
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Kenya's Foreign Ministry said on Monday the closure "
        'was "unjustified."\n\nUganda rejected the charge. It said the border had been closed '
        '"for health reasons."',
        "for health reasons",
        "Uganda",
        "UGA",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "actor"),
    _GOES_ON
    + _GOES_ON_KEPT
    + _IT_GOES_ON
    + _IT_KEPT
    + [
        pytest.param(*row, marks=pytest.mark.xfail(strict=False, reason=_GAP_REASON))
        for row in _GAPS
    ],
)
def test_quotes_speakers56(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor
