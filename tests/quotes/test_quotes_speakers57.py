"""Quote speakers of session 38 (S52): "he" after an invitation, an IGO's body, "what it called".

1. "Fathy said Egypt wanted “close ties” with Jordan. He invited Haddad to visit Cairo ...
   “...,” he said": "He" goes on with Fathy, who has no office the actors stage knows but
   just stated a state's position (coref._states_position), not with the official named
   before; an official act ("invited") no longer passes over such a speaker.
2. "The International Monetary Fund's executive board approved ... the fund said. It said
   ...": the fund is named as the body first gives its owner ("International Monetary
   Fund"), not by a shorter name written later ("IMF lending"; attribute._igo_name reads the
   owner of a possessive body). "the IMF said" itself is now the first full naming too
   (session 64's decision 2, attribute._igo_in_full; it kept the article's word before).
3. "Kenyan troops freed ..., the Defense Ministry said, and Sweden thanked Kenya for what it
   called a “...” operation": the naming verb's subject speaks; the reporting verb of the
   clause set beside it is another speaker's (attribute._side_clause_under), also when the
   parser hangs that verb on the first clause.

Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's principal or None)
_INVITER: list[tuple[str, str, str, str | None]] = [
    (
        "Talks\n\nAMMAN (Reuters) - Jordanian Foreign Minister Omar Haddad welcomed Samir Fathy "
        "at the ministry on Monday, and the two men later visited a museum together.\n\n"
        '"Sport has done what diplomats could not," Haddad told reporters.\n\nFathy said Egypt '
        'wanted "close ties" with Jordan. He invited Haddad to visit Cairo in the spring.\n\n'
        '"Jordan is a brother and a natural ally," he said.',
        "Jordan is a brother",
        "Samir Fathy",
        None,
    ),
    (
        "Talks\n\nRABAT (Reuters) - Moroccan Foreign Minister Youssef Alami met Lina Haddad in "
        "Rabat on Monday.\n\nHaddad said Tunisia wanted to reopen its embassy. She invited Alami "
        'to visit Tunis in May.\n\n"Morocco is a natural partner," she said.',
        "Morocco is a natural partner",
        "Lina Haddad",
        None,
    ),
]

_IGO_BODY: list[tuple[str, str, str, str | None]] = [
    (
        "Loan\n\nThe International Monetary Fund's executive board on Thursday approved a new "
        "loan of $500 million for Kenya, ending a freeze on IMF lending.\n\nThe decision "
        "releases a first payment of $100 million, the fund said in a statement. It said Kenya "
        'had "made real progress on reforms" and would publish its debt.',
        "made real progress on reforms",
        "International Monetary Fund",
        "IMF",
    ),
    # the short name is the cue's own subject: the first full naming all the same (session
    # 64's decision 2; "IMF" until then)
    (
        "Loan\n\nThe International Monetary Fund on Thursday approved a new loan of $500 million "
        'for Kenya.\n\n"Kenya has made real progress on reforms," the IMF said in a statement.',
        "Kenya has made real progress",
        "International Monetary Fund",
        "IMF",
    ),
]

_WHAT_IT_CALLED: list[tuple[str, str, str, str | None]] = [
    (
        "Rescue\n\nNAIROBI, Kenya (AP) — Kenyan troops freed two Swedish hostages held by "
        "militants, the Defense Ministry said Wednesday, and Sweden thanked Kenya for what it "
        'called a "brave and careful" operation.',
        "brave and careful",
        "Sweden",
        "SWE",
    ),
    (
        "Rescue\n\nNAIROBI, Kenya (AP) — Kenyan troops freed two Swedish hostages, police said, "
        'and Sweden\'s foreign minister praised what she called a "brave" rescue.',
        "brave",
        "Sweden's foreign minister",
        "SWE",
    ),
    # near-miss: the naming verb under the reporting verb's own clause
    (
        "Rescue\n\nNAIROBI, Kenya (AP) — Kenya's army said its troops had ended what it called "
        'a "cowardly" raid on the border, and Somalia said it would investigate.',
        "cowardly",
        "Kenya's army",
        "KEN",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "actor"), _INVITER + _IGO_BODY + _WHAT_IT_CALLED
)
def test_quotes_speakers57(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor
