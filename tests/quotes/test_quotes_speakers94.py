"""Quote speakers of session 54 (O76): an unnamed relative or salesman told by a pronoun; a
term under a main clause joined by "and".

"In a village near the coast, a cousin of one of the jailed sailors said the family had sold a
boat. “We just want him home,” she said by phone": a kin noun (cues kin_roles), as an unnamed
role or person noun already was, that is the subject of a sentence after the nearest named
person is what "he"/"she" stands for (attribute._unnamed_subject_before); a salesman,
saleswoman or salesperson is such a person noun (offices.yaml person_nouns). The role speaks
as its whole phrase, also when it is owned through "one of ..." ("cousin of one of the jailed
sailors": attribute._partitive_one in _unnamed_role), a definite one too ("the wife of one of
the sailors": _kin_of_one). A kin noun only speaks so as the subject of a speech verb, owned
by no one (_speaking_kin): "X, whose nephew was detained, said" is X's. A named person after
the role, or a pronoun of the other gender, still takes the name.

"China's foreign ministry ... said some members had “lost their way.” Estonia welcomed it, and
its foreign minister thanked the bloc for “standing firm.”": a term under a verb that is a
main clause of its own, joined to the sentence's main verb with a subject of its own, is that
subject's (attribute._joined_main_clause in _clause_subject's main_only), not the quotation's
before it; a joined verb with no subject of its own still goes on with that quotation.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "QUITO (AP) - \"Nobody should be held like this,\" said Ana Torres of a rights group.\n\n"
        "In a village near the coast, a cousin of one of the jailed sailors said the family had"
        " sold a boat. \"We just want him home,\" she said by phone.",
        "We just want him home",
        "cousin of one of the jailed sailors",
    ),
    (
        "QUITO (AP) - \"This shows the opposite,\" said Ana Torres, a researcher at a think tank.\n\n"
        "At a market where a fair opened last week, a salesman for a pump maker said sales were"
        " fine. \"Farmers care about price,\" he said.",
        "Farmers care about price",
        "salesman for a pump maker",
    ),
    (
        "DHAKA (Reuters) - \"The talks went well,\" said Rahim Khan, a trade official.\n\n"
        "Near the port, a brother of one of the missing fishermen said no one had called. \"We"
        " are still waiting for news,\" he said.",
        "We are still waiting for news",
        "brother of one of the missing fishermen",
    ),
    (
        "BUSAN (AP) - The ship's operator said it was cooperating with investigators.\n\nIn"
        " Mokpo, the wife of one of the detained sailors said she learned of the arrest from the"
        " radio. \"He is not a smuggler,\" she said.",
        "He is not a smuggler",
        "wife of one of the detained sailors",
    ),
]

#: near misses: a name given after the role, a pronoun of the other gender, a kin told of
_NEAR: list[tuple[str, str, str]] = [
    (
        "LOME (AP) - The government said the security forces acted in self-defence.\n\nKofi"
        " Mensah, whose younger brother was shot in the market on Monday, said the families were"
        " afraid. \"Nobody will listen now,\" he said.",
        "Nobody will listen now",
        "Kofi Mensah",
    ),
    (
        "QUITO (AP) - In a village near the coast, a cousin of one of the jailed sailors said the"
        " family had sold a boat. Her neighbor, Rosa Quispe, agreed. \"We just want them home,\""
        " she said.",
        "We just want them home",
        "Rosa Quispe",
    ),
    (
        "QUITO (AP) - \"Nobody should be held like this,\" said Ana Torres of a rights group.\n\n"
        "Near the port, a brother of one of the jailed sailors said the family had sold a boat."
        " \"We want answers,\" she said.",
        "We want answers",
        "Ana Torres",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers94_unnamed_kin_by_pronoun(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


#: (text, words of the quote, speaker): a term under a joined main clause
_JOINED: list[tuple[str, str, str]] = [
    (
        "ADDIS ABABA (AP) - China's foreign ministry criticized the decision and said some members"
        ' had "lost their way." Estonia welcomed it, and its foreign minister thanked the bloc for'
        ' "standing firm."',
        "standing firm",
        "Estonia's foreign minister",
    ),
    (
        "LIMA (AP) - Bolivia's foreign ministry rejected the ruling and said the judges had"
        ' "ignored history." Chile welcomed it, and its president praised the court for "a'
        ' careful and fair judgment."',
        "a careful and fair judgment",
        "Chile's president",
    ),
    # a joined verb with no subject of its own: still the speaker before
    (
        'ROME (AP) - "We will not give in," Foreign Minister Marco Rossi said. He left the hall'
        ' and called the vote "a farce."',
        "a farce",
        "Marco Rossi",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _JOINED)
def test_speakers94_term_under_joined_main_clause(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
