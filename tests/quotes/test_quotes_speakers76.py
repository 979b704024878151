"""Quote speakers of session 48 (P16), clauses: a speaker's clause the parser hung on an
earlier speaker's verb after "and" and a closing quotation mark ("called it “a turning
point” and X said it was “...”"; attribute._after_comma_and); a text put out right before a
colon ("X's office published a statement: “...”"; _colon_cue); "“...” ¶ With those words,
X opened the debate" (_next_sentence); a place before "-based" is no speaker's body
("a Cairo-based economist"; _based_in), its workplace kept after it since session 67 ("... at
an investment bank"; _unnamed_role); "told the envoy, Y, that ..." read as a relative
clause (_that_misread); a body's report set beside a cue verb as parataxis ("X lodged
“...” with Y, the ministry said"; _side_reports, cues.yaml verb_objects); an office
holder's words through a borrowed subject ("Qatar's emir spoke with X and pledged to “...”,
the presidency said"; _office_subject); a naming noun's "as" ("X's description of it as
“piracy” was rejected": X's; _naming_owner, cues.yaml naming_nouns); a royal style after an office ("Foreign Minister
Prince X ... the prince said"; actors offices.yaml styles); "the statement" after a joint
statement (_earlier_joint); "a government document seen by AP said" (_seen_copy, cues.yaml
seen_verbs). Near misses keep the speaker."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "ACCRA (Reuters) - Mahama said he agreed \"fully\" and that his government would send"
        " a team, while the ECOWAS envoy, Fatou Ndiaye, called the meeting \"a turning point\""
        ' and Ghanaian opposition leader Kwame Boateng said it was "too little, too late."',
        "too little",
        "Boateng",
    ),
    (
        "BELGRADE (Reuters) - Montenegro's president, Marko Dragovic, met EU envoy Luc Dumas."
        ' Dumas said the bloc was "watching closely."\n\nDragovic\'s office later published a'
        ' short statement: "The president will travel to Brussels next week."',
        "travel to Brussels",
        "Dragovic",
    ),
    (
        "QUITO (AP) - Ecuador's Congress voted on Sunday to remove Interior Minister Pablo"
        ' Ortega.\n\n"The minister has lost control of the streets."\n\nWith those words,'
        " opposition lawmaker Ana Cevallos opened the debate, which lasted six hours.",
        "lost control of the streets",
        "Cevallos",
    ),
    (
        "RABAT (AP) - Morocco's finance ministry said the deposit had arrived.\n\n"
        '"The money changes the mood, not the arithmetic," said a Rabat-based economist,'
        " who asked not to be named.",
        "changes the mood",
        "economist",
    ),
    (
        "DAKAR (AP) - Senegal summoned Mali's ambassador on Thursday.\n\nForeign Minister Awa"
        " Diop told the envoy, Moussa Traore, that Senegal expected Mali to protect traders and"
        ' to "bring every attacker before a court," the ministry said.',
        "bring every attacker",
        "Diop",
    ),
    (
        "HANOI (AP) - Vietnam summoned Cambodia's ambassador on Tuesday.\n\nDeputy Foreign"
        ' Minister Le Van Thanh lodged "a strong protest" with Ambassador Chea Sophal, the'
        " ministry said, and demanded an explanation.",
        "strong protest",
        "Thanh",
    ),
    (
        "HANOI (AP) - Vietnam summoned Cambodia's ambassador on Tuesday.\n\nDeputy Foreign"
        ' Minister Le Van Thanh called the remarks "deeply wrong" in a meeting with Ambassador'
        " Chea Sophal, the ministry said, and demanded an apology.",
        "deeply wrong",
        "Thanh",
    ),
    (
        "AMMAN (AP) - Jordan asked Kuwait to hire more teachers.\n\nKuwait's emir spoke with"
        ' Jordan\'s king by phone on Sunday and pledged to "support Jordan\'s economy," the'
        " Jordanian royal court said.",
        "support Jordan",
        "emir",
    ),
    (
        "RIYADH (Reuters) - Saudi Foreign Minister Prince Khalid bin Saud said the reopening"
        ' would "help pilgrims." His Iraqi counterpart, Hassan Jaber, called it "a message of'
        ' friendship."\n\n"We have turned a page," Jaber said.\n\nBut the prince struck a more'
        ' cautious note. "Trust is built step by step," he said.',
        "Trust is built",
        "Saud",
    ),
    (
        "BAKU (Reuters) - Armenian Foreign Ministry spokeswoman Lusine Hakobyan spoke on"
        " Monday.\n\nHakobyan's description of the seizure as \"piracy\" was rejected by"
        " Azerbaijan's foreign ministry.",
        "piracy",
        "Hakobyan",
    ),
    (
        "BAKU (Reuters) - Armenian Foreign Ministry spokeswoman Lusine Hakobyan spoke on"
        " Monday.\n\nAzerbaijan rejected Hakobyan's characterization of the seizure as"
        ' "piracy."',
        "piracy",
        "Hakobyan",
    ),
    # near misses: the reporter speaks when the cue is its own; a lone speaker; a judge
    (
        "HANOI (AP) - Deputy Foreign Minister Le Van Thanh met Ambassador Chea Sophal on"
        ' Tuesday. The ministry said the talks were "frank."',
        "frank",
        "ministry",
    ),
    (
        "ACCRA (Reuters) - Mahama said the deal was \"fair\" and Boateng said nothing.",
        "fair",
        "Mahama",
    ),
    (
        "BAKU (Reuters) - Armenian Foreign Ministry spokeswoman Lusine Hakobyan spoke on"
        ' Monday.\n\nAzerbaijan rejected Hakobyan\'s remarks as "lies."',
        "lies",
        "Azerbaijan",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers76_clause_speakers(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("a Rabat-based economist", "Rabat-based economist"),
        # a workplace no one is named by stays part of the description (session 67's
        # decision 4 keeps every modifier after the head; it was dropped before)
        (
            "a Rabat-based economist at an investment bank, who asked not to be named",
            "Rabat-based economist at an investment bank",
        ),
    ],
)
def test_speakers76_based_place_is_no_actor(run: Run, who: str, speaker: str) -> None:
    quote = quote_with(
        run(
            "RABAT (AP) - Morocco's finance ministry said the deposit had arrived.\n\n"
            f'"The money changes the mood," said {who}.'
        ),
        "changes the mood",
    )
    assert quote.speaker == speaker and quote.speaker_actor is None


def test_speakers76_named_workplace_stays(run: Run) -> None:
    quote = quote_with(
        run('DAKAR (AP) - "It will pass," said an analyst at the Institute for Security Studies.'),
        "It will pass",
    )
    assert quote.speaker == "analyst at the Institute for Security Studies"


#: (text, words of the quote, the speaker)
_PAPERS: list[tuple[str, str, str]] = [
    # "the statement" after a joint one is that joint statement again
    (
        "SEOUL (AP) - South Korea and Australia agreed on Sunday to hold yearly naval drills,"
        " the two governments said in a joint statement.\n\nThe statement said both sides would"
        ' "deepen cooperation at sea."',
        "deepen cooperation at sea",
        "joint statement",
    ),
    # a paper the press saw speaks as itself, not as the last speaker
    (
        "LAHORE (AP) - Punjab's chief minister, Farah Qureshi, said the army would help."
        ' "No one will be forced out," Qureshi said.\n\nA government document seen by AP said'
        ' the dam had been "at risk of collapse since 2021."',
        "at risk of collapse",
        "government document",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _PAPERS)
def test_speakers76_papers(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
