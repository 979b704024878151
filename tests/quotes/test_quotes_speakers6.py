"""Quote speakers on wire copy written for these tests (session 5, second round): a
relative owned by a name speaks as the whole phrase, words a person told someone
stay the person's inside a body's statement, "she"/"he" agrees in gender before it
goes to the nearest name, and a bare spokesperson speaks for the body just named."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with as _quote  # tests/quotes/, on sys.path through conftest


pytestmark = pytest.mark.model


# -- 1. a relative owned by a name speaks as the whole phrase ------------------------


_KIN_OF_A_NAME_SPEAKS_AS_THE_PHRASE = [
    (
        "Family speaks out\nPARIS - Claire Dumont was detained in Tehran last year. "
        '"We just want her home," Dumont\'s mother said on Monday.',
        "her home",
        "Dumont's mother",
    ),
    (
        'Hostage freed\nLONDON - Aid worker Tom Baker was released on Friday. "It is the '
        "best news of our lives,\" Baker's wife told the BBC.",
        "best news",
        "Baker's wife",
    ),
    (
        "Appeal\nBERLIN - Journalist Jan Keller remains in custody. Keller's brother said: "
        '"He has done nothing wrong."',
        "nothing wrong",
        "Keller's brother",
    ),
    (
        'Trial\nMOSCOW - "My son is innocent," Ivanov\'s father told reporters outside the court.',
        "innocent",
        "Ivanov's father",
    ),
    (
        'Funeral\nROME - "She was a wonderful person," said Rossi\'s sister, speaking at '
        "the funeral.",
        "wonderful",
        "Rossi's sister",
    ),
    (
        'Verdict\nROME - Maria Rossi\'s lawyer said the ruling was "a disgrace."',
        "disgrace",
        "Maria Rossi's lawyer",
    ),
    # "she" after the relative was the subject
    (
        "Family\nPARIS - Claire Dumont was detained in Tehran last year. Dumont's mother "
        'spoke to reporters on Monday. "We just want her home," she said.',
        "her home",
        "Dumont's mother",
    ),
    (
        "Hostage\nLONDON - Aid worker Tom Baker was released on Friday. Baker's wife "
        'thanked the government. "It is the best news of our lives," she said.',
        "best news",
        "Baker's wife",
    ),
    (
        'Family\nPARIS - "We just want her home," Dumont\'s mother said. "She has done '
        'nothing wrong," she added.',
        "nothing wrong",
        "Dumont's mother",
    ),
    (
        "Trial\nROME - Ivanov's lawyer said the charges were false. \"My client is "
        'innocent," he said.',
        "My client",
        "Ivanov's lawyer",
    ),
    # near-misses: the person named again after; a relative of the other gender
    (
        "Family\nPARIS - Dumont's mother spoke on Monday. Claire Dumont, 34, was detained "
        'in May. "I am fine," she said in a video.',
        "I am fine",
        "Claire Dumont",
    ),
    (
        "Family\nPARIS - Claire Dumont was detained. Dumont's father spoke on Monday. "
        '"I am fine," she said in a video.',
        "I am fine",
        "Dumont",
    ),
    # near-misses: a name in apposition, a spokesman (the person's agent), the person
    (
        'Family\nPARIS - Claire Dumont was detained in Tehran. "We just want her home," '
        "Dumont's mother, Anne Dumont, said on Monday.",
        "her home",
        "Anne Dumont",
    ),
    (
        'Briefing\nLONDON - "The prime minister is clear," Starmer\'s spokesman said.',
        "clear",
        "Starmer",
    ),
    (
        'Ready\nPARIS - "We are ready," Dumont said, referring to her mother.',
        "ready",
        "Dumont",
    ),
]


# -- 2. words a person told someone, inside a body's statement, are the person's -----


_TOLD_INSIDE_A_BODYS_REPORT = [
    (
        "Envoy summoned\nNEW DELHI - India summoned China's ambassador on Tuesday. Foreign "
        'Secretary Rohan Sethi told the ambassador the move "cannot be seen as a friendly '
        'act," the ministry said in a statement.',
        "friendly act",
        "Rohan Sethi",
    ),
    (
        "Envoy\nWARSAW - Poland summoned Russia's charge d'affaires. Deputy Foreign Minister "
        'Anna Nowak told the diplomat that the strike was "an unacceptable provocation," '
        "the foreign ministry said.",
        "provocation",
        "Anna Nowak",
    ),
    (
        "Call\nBERLIN - Chancellor Friedrich Merz told Zelenskyy in a phone call that "
        'Germany would "stand by Ukraine as long as it takes," his office said.',
        "stand by Ukraine",
        "Friedrich Merz",
    ),
    (
        "Call\nPARIS - President Emmanuel Macron told Chinese leader Xi Jinping that the war "
        'was "a threat to Europe\'s security," the Elysee said in a statement.',
        "threat to Europe",
        "Emmanuel Macron",
    ),
    (
        "Patrols\nTOKYO - Japanese Foreign Minister Takeshi Iwaya told his Chinese "
        'counterpart that the patrols were "deeply regrettable," according to a ministry '
        "statement.",
        "regrettable",
        "Takeshi Iwaya",
    ),
    # near-misses: the body's own words stay the body's
    (
        'Move\nNEW DELHI - The ministry said in a statement that the move "cannot be seen '
        'as a friendly act."',
        "friendly act",
        "ministry",
    ),
    (
        'Move\nNEW DELHI - "The move cannot be seen as a friendly act," the ministry said '
        "in a statement after Sethi met the ambassador.",
        "friendly act",
        "ministry",
    ),
]


# -- 3. "she" agrees in gender before it goes to the nearest name -------------------


_PRONOUN_AGREES_IN_GENDER = [
    (
        'Ferry\nLONDON - "We will not back down," said Home Secretary Yvette Cooper. Cooper '
        "spoke after Prime Minister Keir Starmer announced the plan. She urged calm: "
        '"There is no reason for panic."',
        "no reason for panic",
        "Yvette Cooper",
    ),
    (
        'Sea\nATHENS - "The sea belongs to both of us," said Foreign Minister Ayse Demir, '
        'who met Greek envoy Nikos Dendias on Monday. She urged patience: "Talks take '
        'time."',
        "take time",
        "Ayse Demir",
    ),
    (
        "Aid\nGENEVA - Spokeswoman Lindiwe Moyo said the convoy had been stopped. The "
        'agency\'s chief, Omar Haddad, flew to Cairo. "We need access now," she said.',
        "access now",
        "Lindiwe Moyo",
    ),
    (
        "Trade\nBERLIN - Economy Minister Katherina Reiche met Chancellor Friedrich Merz. "
        'Later she told reporters: "We will move fast."',
        "move fast",
        "Katherina Reiche",
    ),
    (
        'Vote\nWASHINGTON - "We have the votes," said Mr. Tom Reed, after Ms. Dana Cole '
        'left the room. He added: "The bill will pass."',
        "will pass",
        "Tom Reed",
    ),
    # near-misses: a "she" that already fits, and a pronoun whose person spoke before
    (
        "Talks\nBRUSSELS - EU foreign policy chief Kaja Kallas spoke after the meeting. "
        '"This is a turning point," Kallas said. "Russia must pay," she said, as '
        "Hungarian Foreign Minister Peter Szijjarto left the room.",
        "must pay",
        "Kaja Kallas",
    ),
    (
        'Talks\nANKARA - Foreign Minister Ayse Demir met envoy Andrea Rossi. "We have to '
        'talk," Rossi said. "The sea belongs to both of us," she said.',
        "sea belongs",
        "Andrea Rossi",
    ),
]


# -- 4. a bare spokesperson speaks for the body named just before --------------------


_BARE_SPOKESPERSON_OF_THE_BODY_BEFORE = [
    (
        "Raid\nANKARA - Turkey's foreign ministry condemned the raid on Tuesday. \"This "
        'attack is unacceptable," a spokesman said.',
        "unacceptable",
        "Turkey's foreign ministry spokesman",
        "TUR",
    ),
    (
        "Detained\nPARIS - The French foreign ministry summoned Iran's ambassador. A "
        'spokeswoman said: "We demand the immediate release of our citizens."',
        "immediate release",
        "French foreign ministry spokeswoman",
        "FRA",
    ),
    (
        "Visas\nWASHINGTON - The U.S. State Department suspended visa interviews. "
        '"We are reviewing every case," a spokesperson told reporters.',
        "every case",
        "U.S. State Department spokesperson",
        "USA",
    ),
    (
        "Drills\nBEIJING - China's defense ministry announced drills near Taiwan. "
        '"The drills are a stern warning," the spokesman said.',
        "stern warning",
        "China's defense ministry spokesman",
        "CHN",
    ),
    (
        "Envoy\nTOKYO - Japan's foreign ministry protested the flights. \"Such flights "
        'are unacceptable," a spokesman said on Wednesday.',
        "Such flights",
        "Japan's foreign ministry spokesman",
        "JPN",
    ),
    # near-misses: no body named before, a body two sentences back, a role with its body
    (
        'Raid\nANKARA - Foreign Minister Hakan Fidan spoke on Tuesday. "This attack is '
        'unacceptable," a spokesman said.',
        "unacceptable",
        "spokesman",
        None,
    ),
    (
        "Drills\nBEIJING - China's defense ministry announced drills. Taiwan called them "
        'provocative. Japan voiced concern. "We are watching," a spokesman said.',
        "watching",
        "spokesman",
        None,
    ),
    (
        'Drills\nBEIJING - China announced drills. "The drills are routine," a spokesman '
        "for China's defense ministry said.",
        "routine",
        "spokesman for China's defense ministry",
        "CHN",
    ),
]


# -- 5. "the host said" is who hosted ------------------------------------------------


_THE_HOST_IS_WHO_HOSTED = [
    (
        'Summit\nNAIROBI - Kenya hosted the regional summit on Friday. "We are ready to '
        'mediate," the host said.',
        "mediate",
        "Kenya",
        "KEN",
    ),
    (
        "Talks\nANKARA - Turkish President Recep Tayyip Erdogan hosted the talks in Istanbul. "
        'Both delegations arrived late. "Peace is within reach," the host told reporters.',
        "within reach",
        "Recep Tayyip Erdogan",
        "TUR",
    ),
    (
        'Talks\nDOHA - Qatar, which is hosting the negotiations, urged restraint. "Both '
        'sides must compromise," the host said.',
        "compromise",
        "Qatar",
        "QAT",
    ),
    (
        'Meeting\nRIYADH - Saudi Arabia will host the meeting next week. "All parties are '
        'welcome," the host said on Sunday.',
        "welcome",
        "Saudi Arabia",
        "SAU",
    ),
    (
        'Forum\nSEOUL - South Korea hosted the forum on Tuesday. The host said: "Trade '
        'must stay open."',
        "stay open",
        "South Korea",
        "KOR",
    ),
    # near-miss: no one hosted before
    (
        'Show\nLONDON - "It was a lively show," the host said.',
        "lively show",
        "host",
        None,
    ),
]


# -- the tests -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(*case, id=f"kin-{k}")
        for k, case in enumerate(_KIN_OF_A_NAME_SPEAKS_AS_THE_PHRASE)
    ]
    + [pytest.param(*case, id=f"told-{k}") for k, case in enumerate(_TOLD_INSIDE_A_BODYS_REPORT)]
    + [pytest.param(*case, id=f"gender-{k}") for k, case in enumerate(_PRONOUN_AGREES_IN_GENDER)],
)
def test_speakers6_speaker(run: Run, text: str, words: str, speaker: str) -> None:
    assert _quote(run(text), words).speaker == speaker


def test_speakers6_kin_is_a_private_person(run: Run) -> None:
    text, words, speaker = _KIN_OF_A_NAME_SPEAKS_AS_THE_PHRASE[0]
    q = _quote(run(text), words)
    assert (q.speaker, q.speaker_actor) == (speaker, None)


# -- speaker and actor -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "actor"),
    [
        pytest.param(*case, id=f"spokesperson-{k}")
        for k, case in enumerate(_BARE_SPOKESPERSON_OF_THE_BODY_BEFORE)
    ]
    + [pytest.param(*case, id=f"host-{k}") for k, case in enumerate(_THE_HOST_IS_WHO_HOSTED)],
)
def test_speakers6_bare_spokesperson_and_host_speak_for_who_was_named(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    q = _quote(run(text), words)
    assert (q.speaker, q.speaker_actor) == (speaker, actor)
