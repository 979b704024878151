"""Quote speakers of session 36 (helper SPK), from the development sets' wrong speakers, by form.

An "it" of a relative clause inside the clause a body is the subject of ("Cuba's Foreign
Ministry thanked Jamaica for what it called a “dignified” response") is that body, though
the actors stage tied the "it" to a state named in an earlier sentence: _it_of_body_clause
lets the body stand against the state the "it" was given when no other singular subject
comes between. A comma-set participle the parser hung on a noun's that-clause ("Zambia rejected
accusations that soldiers guard the mines, calling them “slander”") belongs to the finite verb
above the noun, whose subject speaks (attribute._reporter_of_participle, as for a restrictive
relative clause). A name the model took for a person's that runs on into a capitalised word
naming an organisation ("Amnesty International said", data actors/offices.yaml
organisation_tails) is no person: the organisation speaks by its whole name. Every text was
written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's principal or None)
_IT_OF_BODY_CLAUSE: list[tuple[str, str, str, str | None]] = [
    (
        "Visas\n\nQUITO, Ecuador (AP) — Ecuador on Monday rejected a Peruvian decision to bar "
        "three of its officials.\n\nLima restricted permits over the scheme in 2021.\n\n"
        'Colombia\'s Foreign Ministry praised Ecuador for what it called a "calm" answer and '
        'accused Lima of "threatening its neighbours."',
        "calm",
        "Colombia's Foreign Ministry",
        "COL",
    ),
    (
        "Visas\n\nQUITO, Ecuador (AP) — Ecuador on Monday rejected a Peruvian decision to bar "
        "three of its officials.\n\nPeru's Interior Ministry said late Sunday that it had barred "
        'the officials because they had helped run a scheme that it called "organized '
        'smuggling" by Ecuadorian firms.',
        "organized smuggling",
        "Peru's Interior Ministry",
        "PER",
    ),
]

#: near-misses that must stay as they are: a state named as a subject between
_KEPT: list[tuple[str, str, str, str | None]] = [
    (
        "Ports\n\nACCRA, Ghana (AP) — Ghana closed two ports on Monday.\n\nTogo's Transport "
        'Ministry said Ghana had done what it called "the only safe thing."',
        "the only safe thing",
        "Togo's Transport Ministry",
        "TGO",
    ),
]

#: rows not yet passing: a state subject's "it" still goes to a body of the sentence before
_GAPS: list[tuple[str, str, str, str | None]] = [
    (
        "Ports\n\nACCRA, Ghana (AP) — Togo's Transport Ministry criticized Ghana on Monday.\n\n"
        'Ghana closed what it called "its weakest port" and blamed Togo.',
        "its weakest port",
        "Ghana",
        "GHA",
    ),
]


#: (text, words of the quote, speaker, speaker's principal or None)
_PARTICIPLE_AFTER_NOUN_CLAUSE: list[tuple[str, str, str, str | None]] = [
    (
        "Mines\n\nLUSAKA, Zambia (Reuters) - Zambia has rejected accusations that soldiers guard "
        'the mines, calling them "slander." The government said in June it had closed 12 mines.',
        "slander",
        "Zambia",
        "ZMB",
    ),
    (
        "Border\n\nLILONGWE, Malawi (Reuters) - Malawi dismissed claims that its army had crossed "
        'the border, calling the reports "pure fiction."',
        "pure fiction",
        "Malawi",
        "MWI",
    ),
    # near-misses that stay: a plain object, a past participle's phrase, a person inside the clause
    (
        'Mines\n\nLUSAKA, Zambia (Reuters) - Zambia rejected the claim, calling it "slander."',
        "slander",
        "Zambia",
        "ZMB",
    ),
    (
        "Mines\n\nLUSAKA, Zambia (Reuters) - Zambia rejected a plan drawn up by Malawi, calling "
        'it "a trap."',
        "a trap",
        "Zambia",
        "ZMB",
    ),
]


#: (text, words of the quote, speaker, speaker's principal or None)
_ORGANISATION_NAME: list[tuple[str, str, str, str | None]] = [
    (
        "Loans\n\nOSLO (Reuters) - Norway released the loan to Peru on Thursday.\n\nRights "
        'groups criticized the payment. Transparency International said the bloc was "rewarding '
        'abuse" at a time when many people remained in jail.',
        "rewarding abuse",
        "Transparency International",
        None,
    ),
    # near-misses that stay: a person named with a comma before his organisation, a person alone
    (
        "Loans\n\nOSLO (Reuters) - Norway released the loan to Peru on Thursday.\n\nRights "
        "groups criticized the payment. Ingrid Solberg, an analyst at the Nordic Policy Institute, "
        'said the bloc was "rewarding abuse."',
        "rewarding abuse",
        "Ingrid Solberg",
        None,
    ),
    (
        "Loans\n\nOSLO (Reuters) - Norway released the loan to Peru on Thursday.\n\nRights "
        'groups criticized the payment. Solberg said the bloc was "rewarding abuse."',
        "rewarding abuse",
        "Solberg",
        None,
    ),
]


_GAP_REASON = "_body_before reaches the sentence before past a state subject"


@pytest.mark.parametrize(
    ("text", "words", "speaker", "actor"),
    _IT_OF_BODY_CLAUSE
    + _KEPT
    + _PARTICIPLE_AFTER_NOUN_CLAUSE
    + _ORGANISATION_NAME
    + [
        pytest.param(*row, marks=pytest.mark.xfail(strict=False, reason=_GAP_REASON))
        for row in _GAPS
    ],
)
def test_quotes_speakers53(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor
