"""Quote speakers on wire copy written for these tests (session 6): a body owned by a
minister's "his"/"her" speaks as the body, never as the minister; a role with a name
in apposition speaks as the name in any order (and a "by phone" is no agent); an
unnamed person with a phrase after the role speaks as the whole phrase, or as the
name its own clause gives ("a resident who gave only her first name, Mariama")."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with as _quote  # tests/quotes/, on sys.path through conftest


pytestmark = pytest.mark.model


# -- 1. "his ministry" / "her party": the body, not its head -------------------------


_A_PERSONS_BODY_SPEAKS_AS_THE_BODY = [
    (
        "Ties\nJERUSALEM - Foreign Minister Avi Sharon met the ambassador on Tuesday. His "
        'ministry later issued what it described as "a stern reprimand."',
        "reprimand",
        "Foreign Ministry",
    ),
    (
        "Ties\nPARIS - Defense Minister Paul Girard visited the base. His ministry said in "
        'a statement that the visit was "a sign of support."',
        "sign of support",
        "France's Defense Ministry",
    ),
    (
        "Trade\nTOKYO - Japanese Trade Minister Hiro Sato met his U.S. counterpart. His "
        'ministry said the talks were "productive," adding that it expected "a deal soon."',
        "deal soon",
        "Japanese Trade Ministry",
    ),
    (
        "Vote\nANKARA - Opposition leader Selin Kaya lost the vote. Her party said the count "
        'was "deeply flawed."',
        "deeply flawed",
        "Kaya's party",
    ),
    (
        "Ties\nOSLO - Interior Minister Ingrid Dahl spoke on Monday. Her ministry said the "
        'plan would be "fully funded," and it called the rumors "baseless."',
        "baseless",
        "Interior Ministry",
    ),
    (
        'Ties\nPARIS - Defense Minister Paul Girard visited the base. "We stand with our '
        'troops," he said. His office later said he had been "misquoted."',
        "misquoted",
        "Office of Paul Girard",  # session 68's decision 4 (was "Girard's office")
    ),
    # "it" after the minister spoke is the body, never the person
    (
        'Ties\nJERUSALEM (AP) - Foreign Minister Avi Sharon condemned the decision on Monday. '
        '"This is shameful," he said.\nHis ministry later summoned the Danish ambassador for '
        'what it described as "a stern reprimand."',
        "reprimand",
        "Israel's Foreign Ministry",
    ),
    (
        "Ties\nJERUSALEM (AP) - Israel's Foreign Minister Avi Sharon condemned the decision on "
        "Tuesday. His ministry summoned the Danish ambassador for what it described as \"a "
        'stern reprimand."',
        "reprimand",
        "Israel's Foreign Ministry",
    ),
    (
        "Ties\nJERUSALEM (AP) - Foreign Minister Avi Sharon condemned the decision. Sharon "
        'summoned the ambassador, his ministry said, for what it described as "a stern '
        'reprimand."',
        "reprimand",
        "Israel's Foreign Ministry",
    ),
    (
        'Ties\nJERUSALEM (AP) - Israeli Foreign Minister Avi Sharon called the move "a prize '
        'for terror" and said Israel would respond. His ministry summoned Denmark\'s ambassador '
        'to Jerusalem for what it described as "a stern reprimand."',
        "reprimand",
        "Israeli Foreign Ministry",
    ),
    (
        "Ties\nJERUSALEM (AP) - Israeli Foreign Minister Avi Sharon called the move \"a prize "
        "for terror.\" His ministry summoned Denmark's ambassador. It described the meeting "
        'as "a stern reprimand."',
        "reprimand",
        "Israeli Foreign Ministry",
    ),
    # near-misses: the minister himself speaks; "his ministry" only inside the quote; a
    # body that is no subject is not what "it" stands for
    (
        "Ties\nCOPENHAGEN - Denmark closed its embassy in Tehran on Monday, and it called the "
        'decision "temporary."',
        "temporary",
        "Denmark",
    ),
    (
        "Ties\nPARIS - Defense Minister Paul Girard spoke on Monday. He said his ministry "
        'would act "without delay."',
        "without delay",
        "Paul Girard",
    ),
    (
        'Ties\nPARIS - Defense Minister Paul Girard visited the base. "His ministry is a '
        'mess," said Marc Leroy, an opposition lawmaker.',
        "a mess",
        "Marc Leroy",
    ),
]


# -- 2. a title or role with the name in apposition: the name, in any order ---------


_APPOSED_NAME_SPEAKS = [
    (
        'EU\nBRUSSELS - Tokyo\'s ambassador to the EU, Kenji Mori, said the deal was "a '
        'milestone."',
        "milestone",
        "Kenji Mori",
    ),
    (
        'EU\nBRUSSELS - "We will not accept this," the bloc\'s foreign policy chief, Anna '
        "Berg, said on Monday.",
        "not accept",
        "Anna Berg",
    ),
    (
        'EU\nBRUSSELS - "We will not accept this," said the ambassador, Kenji Mori.',
        "not accept",
        "Kenji Mori",
    ),
    (
        "UN\nNEW YORK - Moscow's envoy to the United Nations, Pavel Orlov, called the vote "
        '"a farce."',
        "farce",
        "Pavel Orlov",
    ),
    (
        'UN\nNEW YORK - "This is a farce," Russia\'s deputy envoy, Pavel Orlov, told the '
        "council.",
        "farce",
        "Pavel Orlov",
    ),
    (
        "UN\nNEW YORK - The country's top diplomat, Ana Pereira, said: \"We remain "
        'committed."',
        "committed",
        "Ana Pereira",
    ),
    # an unnamed private person with a name set off by commas; "by phone" is no agent
    (
        'Coup\nBISSAU - Soldiers took the radio station. "The markets are closed," a '
        "resident, Amadou, said by phone.",
        "markets",
        "Amadou",
    ),
    (
        'Coup\nBISSAU - Soldiers took the radio station. "The markets are closed," said '
        "Mariama Balde, a resident of the capital.",
        "markets",
        "Mariama Balde",
    ),
    (
        'Coup\nBISSAU - Soldiers took the radio station. "We are afraid," said a '
        "shopkeeper, Ibrahim Sow.",
        "afraid",
        "Ibrahim Sow",
    ),
    (
        "Coup\nBISSAU - Soldiers took the radio station. A teacher, Aissatou, said: \"The "
        'children cannot go to school."',
        "children",
        "Aissatou",
    ),
    (
        'Coup\nBISSAU - "Nobody sleeps," a nurse, Binta Camara, told Reuters by telephone '
        "from the capital.",
        "Nobody sleeps",
        "Binta Camara",
    ),
]


# -- 3. an unnamed person: the whole phrase, or the name its own clause gives --------


_UNNAMED_PERSON_SPEAKS_AS_THE_PHRASE = [
    (
        'Clashes\nGOMA - Fighting resumed on Monday. "We have no water left," an aid worker '
        "with a medical charity in the city said.",
        "no water",
        "aid worker with a medical charity in the city",
    ),
    (
        'Clashes\nGOMA - Fighting resumed on Monday. "Nobody is safe here," said a nurse at '
        "the main hospital in Goma.",
        "Nobody is safe",
        "nurse at the main hospital in Goma",
    ),
    (
        'Storm\nMANILA - The typhoon struck overnight. "The roof just flew away," a fisherman '
        "in Tacloban told reporters.",
        "roof",
        "fisherman in Tacloban",
    ),
    (
        'Clashes\nGOMA - Fighting resumed. "The shelling starts again," said an aid worker '
        "with a medical charity in Goma, who asked not to be named.",
        "shelling",
        "aid worker with a medical charity in Goma",
    ),
    (
        "Clashes\nGOMA - Fighting resumed. An aid worker from a French charity said the "
        'camps were "overflowing."',
        "overflowing",
        "aid worker from a French charity",
    ),
    (
        'Coup\nBISSAU - Soldiers took the radio station. "The markets are closed," said a '
        "resident who gave only her first name, Mariama, for fear of reprisals.",
        "markets",
        "Mariama",
    ),
    (
        'Coup\nBISSAU - Soldiers took the radio station. "We are afraid," said one resident, '
        "a mother of three named Mariama.",
        "afraid",
        "Mariama",
    ),
    (
        'Aid\nKABUL - "We need help," a resident who asked to be identified only as Karim '
        "said.",
        "need help",
        "Karim",
    ),
    (
        'Aid\nKABUL - "We need help," said one witness, a taxi driver called Omar.',
        "need help",
        "Omar",
    ),
    # near-misses: a name the clause only mentions; a bare role; a crowd; a text
    (
        'Aid\nKABUL - "We need help," said a doctor who treated Ahmad Shah, the wounded '
        "commander.",
        "need help",
        "doctor",
    ),
    (
        "Aid\nKABUL - \"We need help,\" said a man who worked as Ahmad's driver.",
        "need help",
        "man",
    ),
    (
        'Talks\nBEIJING - The talks ended. "We will see," a diplomat said, speaking on '
        "condition of anonymity.",
        "will see",
        "diplomat",
    ),
    (
        'Aid\nKABUL - "We need help," a crowd of villagers chanted.',
        "need help",
        "villagers",
    ),
    # a text or a thing "called"/"named" something is no person
    (
        'Law\nNUUK - A 2009 law called the Self-Government Act lays out a "road map" to '
        "independence.",
        "road map",
        "Self-Government Act",
    ),
    (
        'Law\nOSLO - A ship named Aurora carried the "first shipment" of grain, the ministry '
        "said.",
        "first shipment",
        "ministry",
    ),
]


# -- the tests -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [pytest.param(*case, id=f"body-{k}") for k, case in enumerate(_A_PERSONS_BODY_SPEAKS_AS_THE_BODY)]
    + [pytest.param(*case, id=f"appos-{k}") for k, case in enumerate(_APPOSED_NAME_SPEAKS)]
    + [pytest.param(*case, id=f"unnamed-{k}") for k, case in enumerate(_UNNAMED_PERSON_SPEAKS_AS_THE_PHRASE)],
)
def test_speakers7_speaker(run: Run, text: str, words: str, speaker: str) -> None:
    assert _quote(run(text), words).speaker == speaker


def test_speakers7_body_is_no_person_and_keeps_the_state(run: Run) -> None:
    text, words, speaker = _A_PERSONS_BODY_SPEAKS_AS_THE_BODY[1]
    q = _quote(run(text), words)
    assert (q.speaker, q.speaker_actor) == (speaker, "FRA")
