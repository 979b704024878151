"""Quote speakers on wire copy written for these tests (session 6, round 2): five
short wire articles with mixed attributions (split quotes, "according to", state
media quoting a leader, a spokesperson after another body's chief, names in
apposition, "wrote on X", "told reporters", a name after its quote), and the
rules they led to: a "he"/"she" continues the main subject of the narrative
sentence just before its quotation, not an object or a nearer name of known
gender; a named person's body speaks as the body ("Office of Lucas Almeida"); a
comma-set name closing a role's phrase is the role's though the parser hung it on a
place; a body's proper name goes on through a capitalised "of" phrase."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with as _quote  # tests/quotes/, on sys.path through conftest


pytestmark = pytest.mark.model


# -- 1. whole articles: (text, ((words, speaker), ...)) ------------------------------

_SANCTIONS = (
    "EU weighs new sanctions on Moldova separatists\n"
    "BRUSSELS (Reuters) - The European Union is preparing new sanctions against separatist "
    "leaders in Moldova's Transnistria region, officials said on Thursday.\n"
    '"We cannot stand by while a neighbor is threatened," the bloc\'s foreign policy '
    'chief, Anna Berg, told reporters after a meeting of ministers. "Every option is on '
    'the table."\n'
    'Berg said the measures could be adopted "within weeks."\n'
    'Moldova\'s President Elena Rusu welcomed the move. "This is the help we asked for," '
    "she wrote on X.\n"
    'The Kremlin rejected the plan. "Brussels is pouring oil on the fire," Kremlin '
    "spokesman Dmitry Volkov told reporters in Moscow.\n"
    "Russia's Foreign Ministry said in a statement that the sanctions were \"illegal and "
    'counterproductive."\n'
    '"Nobody in Tiraspol will bow to pressure," said Igor Smirnov, a spokesman for the '
    "region's de facto authorities.\n"
)

_MISSILE = (
    "North Korea fires missile, Seoul says\n"
    "SEOUL (AP) - North Korea fired a ballistic missile into the sea on Friday, according "
    "to South Korea's Joint Chiefs of Staff.\n"
    'The launch was "a grave provocation that threatens peace," according to a statement '
    "from the Joint Chiefs.\n"
    "North Korea's state news agency KCNA quoted leader Kim Jong Un as saying the test was "
    '"a warning to the warmongers."\n'
    'South Korean Defense Minister Park Min-ho told lawmakers the military was "fully '
    "ready\" to respond. Japan's Prime Minister Kenji Tanaka also condemned the launch.\n"
    '"We will work closely with our allies," Tanaka said. "Our people\'s safety comes first."\n'
    'Park said he had spoken with Tanaka by phone. "We agreed to share data in real time," '
    "he said.\n"
)

_SHELLING = (
    "Armenia says Azerbaijani troops shelled border villages\n"
    "YEREVAN (AP) - Armenia accused Azerbaijan on Monday of shelling villages along their "
    "border.\n"
    '"Our villages are under fire again," Armenian Foreign Minister Aram Petrosyan said at '
    'a news conference. "This is a clear violation of the ceasefire."\n'
    "He ordered his ministry to summon the Azerbaijani envoy over what it described as "
    '"reckless aggression."\n'
    "A refugee from the border town of Tavush, Anahit Grigoryan, said her family fled at "
    'night. "We took nothing with us," she said.\n'
    'Azerbaijan\'s Defense Ministry denied the claims. "Our forces only returned fire," '
    "the ministry said in a statement.\n"
    "A spokesman for the Russian peacekeeping mission, Colonel Ivan Sokolov, said the "
    'situation was "tense but under control."\n'
)

_SUDAN = (
    "UN chief urges restraint in Sudan\n"
    "NEW YORK (AP) - U.N. Secretary-General Antonio Guterres on Wednesday urged Sudan's "
    "warring sides to stop fighting.\n"
    '"The people of Sudan have suffered enough," Guterres told the Security Council. "The '
    "guns must fall silent\n"
    '"Every day of delay costs lives," he said.\n'
    "Sudan's ambassador to the U.N., Omar Hassan, said his government was \"committed to "
    'peace" but would defend the country.\n'
    "U.S. Ambassador Linda Carter and British envoy Sarah Lowe both called for a "
    'ceasefire. "Time is running out," Carter said. She added that Washington was "ready '
    'to help."\n'
    '"We need access now," said Maria Lopez, a spokeswoman for the World Food Program, '
    "after Guterres spoke.\n"
)

_TRADE = (
    "Brazil and Argentina sign trade deal\n"
    "BRASILIA (Reuters) - Brazil and Argentina signed a trade agreement on Tuesday.\n"
    'Brazilian President Lucas Almeida called the deal "historic." "Our two nations are '
    'stronger together," Almeida said at the signing ceremony.\n'
    'Argentine President Martin Ruiz said the pact would bring "jobs and growth."\n'
    "The Argentine presidency said in a statement that Ruiz had invited Almeida to Buenos "
    "Aires.\n"
    'Almeida\'s office said the visit would take place "in the coming months."\n'
    '"We have waited too long for this," Ruiz told reporters. He said farmers would '
    '"benefit first."\n'
    "The head of Brazil's industry federation, Paulo Mendes, warned the deal was \"not "
    'enough."\n'
)

_ARTICLES = [
    (_SANCTIONS, "cannot stand by", "Anna Berg"),
    (_SANCTIONS, "Every option", "Anna Berg"),
    (_SANCTIONS, "within weeks", "Anna Berg"),
    (_SANCTIONS, "help we asked", "Elena Rusu"),
    (_SANCTIONS, "oil on the fire", "Dmitry Volkov"),
    (_SANCTIONS, "illegal and", "Russia's Foreign Ministry"),
    (_SANCTIONS, "bow to pressure", "Igor Smirnov"),
    (_MISSILE, "grave provocation", "Joint Chiefs of Staff"),
    (_MISSILE, "warning to the", "Kim Jong Un"),
    (_MISSILE, "fully ready", "Park Min-ho"),
    (_MISSILE, "work closely", "Kenji Tanaka"),
    (_MISSILE, "safety comes", "Kenji Tanaka"),
    (_MISSILE, "share data", "Park Min-ho"),
    (_SHELLING, "under fire again", "Aram Petrosyan"),
    (_SHELLING, "clear violation", "Aram Petrosyan"),
    (_SHELLING, "reckless aggression", "Armenian Foreign Ministry"),
    (_SHELLING, "took nothing", "Anahit Grigoryan"),
    (_SHELLING, "only returned fire", "Azerbaijan's Defense Ministry"),
    (_SHELLING, "tense but", "Ivan Sokolov"),
    (_SUDAN, "suffered enough", "Antonio Guterres"),
    (_SUDAN, "guns must fall", "Antonio Guterres"),
    (_SUDAN, "delay costs lives", "Antonio Guterres"),
    (_SUDAN, "committed to peace", "Omar Hassan"),
    (_SUDAN, "Time is running out", "Linda Carter"),
    (_SUDAN, "ready to help", "Linda Carter"),
    (_SUDAN, "access now", "Maria Lopez"),
    (_TRADE, "historic", "Lucas Almeida"),
    (_TRADE, "stronger together", "Lucas Almeida"),
    (_TRADE, "jobs and growth", "Martin Ruiz"),
    (_TRADE, "coming months", "Office of Lucas Almeida"),
    (_TRADE, "waited too long", "Martin Ruiz"),
    (_TRADE, "benefit first", "Martin Ruiz"),
    (_TRADE, "not enough", "Paulo Mendes"),
]


# -- 2. the centre rule: the last narrative sentence's main subject ---------------


_CENTRE = [
    (
        "Talks\n"
        "SEOUL (AP) - Japan's Prime Minister Kenji Tanaka condemned the launch. \"We will "
        'work closely with our allies," Tanaka said.\n'
        "South Korean Defense Minister Park Min-ho said he had spoken with Tanaka by "
        'phone. "We agreed to share data in real time," he said.\n',
        "share data",
        "Park Min-ho",
    ),
    (
        "Ties\n"
        "BEIJING (Reuters) - Chinese Foreign Minister Li Wei hosted his Pakistani "
        'counterpart Ahmed Saleh on Monday. Li thanked Saleh for the visit. "Our '
        'friendship is as solid as a rock," he said.\n',
        "solid as a rock",
        "Li Wei",
    ),
    (
        "Ties\n"
        "BERLIN - German Chancellor Anna Weber spoke with Portuguese President Maria Costa "
        "by phone on Friday. Costa invited Weber to Lisbon.\n"
        '"We have much to discuss," she said.\n',
        "much to discuss",
        "Maria Costa",
    ),
    (
        "Border\n"
        "NEW DELHI - Army chief Rajiv Kumar briefed Defense Minister Arun Mehta on "
        'Tuesday. "The troops are ready," Kumar told reporters. Mehta later said he had '
        'full confidence in the army. "We will not be provoked," he said.\n',
        "not be provoked",
        "Arun Mehta",
    ),
    (
        "Aid\n"
        'ISLAMABAD - "Japan stands with Pakistan," Deputy Foreign Minister Haruto Sano '
        "said after talks with Prime Minister Imran Qadir. Qadir thanked Tokyo for what he "
        'described as "timely and generous" help.\n',
        "timely",
        "Imran Qadir",
    ),
    (
        "Vote\n"
        'ANKARA - "We will win," said opposition leader Ayse Demir. Kemal Aksoy, the '
        'party\'s deputy, disagreed with the plan. "It is too early," she said.\n',
        "too early",
        "Ayse Demir",
    ),
    (
        "Trip\n"
        "TOKYO - Prime Minister Kenji Tanaka will travel to Seoul. Officials said the trip "
        'was planned months ago. "I look forward to it," he said.\n',
        "look forward",
        "Kenji Tanaka",
    ),
    (
        "Trip\n"
        'TOKYO - "We are ready," Prime Minister Kenji Tanaka said. "Our people come '
        'first," he added.\n',
        "come first",
        "Kenji Tanaka",
    ),
]


# -- 3. a body owned by a named person speaks as the body ("Office of Lucas Almeida") --


_NAMED_PERSONS_BODY = [
    (
        "Deal\nBRASILIA (Reuters) - Brazilian President Lucas Almeida signed the deal on "
        "Tuesday.\nAlmeida's office said the visit would take place \"in the coming "
        'months."\n',
        "coming months",
        "Office of Lucas Almeida",
    ),
    (
        "Vote\nANKARA - Opposition leader Selin Kaya lost the runoff on Sunday. Kaya's "
        'party called the result "a stolen election."\n',
        "stolen election",
        "Kaya's party",
    ),
    (
        'Ties\nBUDAPEST - "We reject these claims," Prime Minister Viktor Horvat\'s office '
        "said in a statement on Friday.\n",
        "reject these",
        "Office of Viktor Horvat",
    ),
    (
        "Ties\nJERUSALEM - Foreign Minister Avi Sharon met the envoy. Sharon's ministry "
        'later said the envoy had been "summoned."\n',
        "summoned",
        "Sharon's ministry",
    ),
    (
        'Ties\nWARSAW - "The talks were useful," Tusk\'s press office said.\n',
        "talks were useful",
        "Tusk's press office",
    ),
    (
        "Deal\nBRASILIA (Reuters) - Brazilian President Lucas Almeida signed the deal on "
        'Tuesday.\nAlmeida\'s spokesman, Rui Costa, said the deal was "a milestone."\n',
        "milestone",
        "Rui Costa",
    ),
    (
        "Deal\nBRASILIA (Reuters) - Brazilian President Lucas Almeida signed the deal on "
        'Tuesday.\nAlmeida said his office would "look into it."\n',
        "look into",
        "Lucas Almeida",
    ),
    (
        "Deal\nBRASILIA (Reuters) - Brazilian President Lucas Almeida signed the deal on "
        'Tuesday.\nAlmeida\'s visit was "a success," said Rui Costa, a senator.\n',
        "a success",
        "Rui Costa",
    ),
    (
        "Deal\nBRASILIA (Reuters) - Brazilian President Lucas Almeida signed the deal on "
        'Tuesday.\nAlmeida\'s wife said she was "very proud."\n',
        "very proud",
        "Almeida's wife",
    ),
]


# -- 4. a comma-set name closing a role's phrase, hung by the parser on a place ----


_NAME_ON_A_PLACE = [
    (
        "Clashes\nBEIRUT (AP) - Israeli strikes hit southern Lebanon overnight. A farmer "
        "from the village of Kfar Kila, Hassan Nasser, told reporters the shelling had "
        '"not stopped for a minute."\n',
        "not stopped",
        "Hassan Nasser",
    ),
    (
        'War\nKYIV (Reuters) - Russian drones struck Kharkiv on Sunday. "We lost '
        'everything," a mother of three from the city of Kharkiv, Olena Bondar, said.\n',
        "lost everything",
        "Olena Bondar",
    ),
    (
        "Protests\nTEHRAN - Students marched again on Monday. A student at the University "
        'of Tehran, Reza Karimi, said the protests would "continue until we are heard."\n',
        "continue until",
        "Reza Karimi",
    ),
    (
        "Storm\nMANILA - The typhoon struck overnight. A fisherman in Tacloban, Juan "
        'Santos, said: "The sea took our boats."\n',
        "sea took",
        "Juan Santos",
    ),
    (
        "Clashes\nYEREVAN (AP) - Armenia accused Azerbaijan of shelling villages.\nA "
        "refugee from the border town of Tavush, Anahit Grigoryan, said her family fled at "
        'night. "We took nothing with us," she said.\n',
        "took nothing",
        "Anahit Grigoryan",
    ),
    (
        'War\nKYIV (Reuters) - Russian drones struck Kharkiv on Sunday. "The city is '
        'dark," a spokesman for the mayor of Kharkiv, Ihor Terekhov, said.\n',
        "city is dark",
        "spokesman for the mayor of Kharkiv",
    ),
    (
        'Clashes\nGOMA - Fighting resumed. A resident of Goma said the city was "calm for now."\n',
        "calm for now",
        "resident of Goma",
    ),
    (
        "Storm\nMANILA - The typhoon struck overnight. Juan Santos, a fisherman in "
        'Tacloban, said: "The sea took our boats."\n',
        "sea took",
        "Juan Santos",
    ),
]


# -- 5. a body's proper name goes on through a capitalised "of" phrase ----------


_OF_NAME = [
    (
        'Ships\nMANILA (Reuters) - The Philippines summoned the ambassador.\n"This is an '
        'unacceptable act of aggression," the Department of Foreign Affairs said in a '
        "statement.\n",
        "unacceptable act",
        "Department of Foreign Affairs",
    ),
    (
        "Drills\nTAIPEI - China began drills near Taiwan. The Ministry of National Defense "
        'said the exercises were "a serious provocation."\n',
        "serious provocation",
        "Ministry of National Defense",
    ),
    (
        "Rates\nTOKYO (Reuters) - The Bank of Japan kept rates on hold, saying inflation "
        'remained "moderate."\n',
        "moderate",
        "Bank of Japan",
    ),
    (
        'Missile\nSEOUL (AP) - The Joint Chiefs of Staff said the launch was "a clear '
        'provocation."\n',
        "clear provocation",
        "Joint Chiefs of Staff",
    ),
    (
        'Talks\nDOHA - Sheikh Tamim of Qatar said the talks were "positive."\n',
        "positive",
        "Sheikh Tamim",
    ),
    (
        'Talks\nDOHA - The ambassador of France said the talks were "positive."\n',
        "positive",
        "ambassador of France",  # the title with its complement (session 56)
    ),
]


# -- 6. a body a state owns speaks by the article's words ("Haiti's transitional council")


_STATES_BODY = [
    (
        "Haiti\nPORT-AU-PRINCE (AP) - Kenya sent police to Haiti.\nIn Port-au-Prince, "
        "Haiti's transitional council welcomed the officers in a statement, calling them "
        '"brothers in arms."\n',
        "brothers in arms",
        "Haiti's transitional council",
    ),
    (
        'Vote\nSANTIAGO - Chile\'s outgoing government said the vote was "a turning point."\n',
        "turning point",
        "Chile's outgoing government",
    ),
    (
        'Oil\nBAGHDAD - Iraq\'s oil ministry said exports would "rise steadily."\n',
        "rise steadily",
        "Iraq's oil ministry",
    ),
    (
        'Court\nCARACAS - Venezuela\'s electoral council declared the count "final."\n',
        "final",
        "Venezuela's electoral council",
    ),
    (
        'Vote\nSANTIAGO - Chile said the vote was "a turning point."\n',
        "turning point",
        "Chile",
    ),
    (
        'Vote\nSANTIAGO - Chile\'s president said the vote was "a turning point."\n',
        "turning point",
        "Chile's president",
    ),
]


# -- 7. an object told to act is the "it" of its infinitive ("ordered his ministry to")


_CONTROLLED_BODY = [
    pytest.param(
        "Clashes\nYEREVAN (AP) - Armenia accused Azerbaijan on Monday of shelling "
        'villages.\n"Our villages are under fire again," Armenian Foreign Minister Aram '
        "Petrosyan said.\nHe ordered his ministry to summon the Azerbaijani envoy over "
        'what it described as "reckless aggression."\n',
        "reckless aggression",
        "Armenian Foreign Ministry",
    ),
    pytest.param(
        'Spies\nPRAGUE (AP) - Czech Prime Minister Jan Novak spoke on Monday. "We will not '
        'tolerate this," he said.\nHe ordered his government to expel three Russian '
        'diplomats over what it called "hostile activities."\n',
        "hostile activities",
        "Novak's government",
        marks=pytest.mark.xfail(strict=True, reason="'government' is no body word in cues.yaml"),
    ),
    pytest.param(
        'Bill\nWARSAW - Opposition leader Ewa Nowak spoke on Monday. "This bill is '
        'dangerous," she said.\nShe told her party to vote against the bill, which it '
        'described as "a trap."\n',
        "a trap",
        "Nowak's party",
    ),
    pytest.param(
        'Ties\nJERUSALEM (AP) - Foreign Minister Avi Sharon condemned the decision. "This '
        'is shameful," he said.\nHe instructed his ministry to recall the ambassador for '
        'what it termed "urgent consultations."\n',
        "urgent consultations",
        "Israel's Foreign Ministry",
        marks=pytest.mark.xfail(
            strict=True, reason="'for what it termed' hangs off 'recall', outside the parse's reach"
        ),
    ),
    pytest.param(
        'Ties\nJERUSALEM (AP) - Foreign Minister Avi Sharon condemned the decision. "This '
        'is shameful," he said.\nHe asked the ambassador to explain what he called "a '
        'betrayal."\n',
        "betrayal",
        "Avi Sharon",
    ),
    pytest.param(
        "Ties\nCOPENHAGEN - Denmark closed its embassy in Tehran on Monday, and it called "
        'the decision "temporary."\n',
        "temporary",
        "Denmark",
    ),
]


#: what these articles still get wrong (each a strict xfail, to be fixed)
_GAPS = {
    "grave provocation": "a body's short name ('the Joint Chiefs') is not widened to its full one",
    "only returned fire": "'the ministry' keeps no state ('Defense Ministry'; scored right)",
}


def _gap(words: str) -> tuple[pytest.MarkDecorator, ...]:
    reason = _GAPS.get(words)
    return () if reason is None else (pytest.mark.xfail(strict=True, reason=reason),)


# -- the tests -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(*case, id=f"article-{k}", marks=_gap(case[1]))
        for k, case in enumerate(_ARTICLES)
    ]
    + [pytest.param(*case, id=f"centre-{k}") for k, case in enumerate(_CENTRE)]
    + [pytest.param(*case, id=f"owned-{k}") for k, case in enumerate(_NAMED_PERSONS_BODY)]
    + [pytest.param(*case, id=f"place-{k}") for k, case in enumerate(_NAME_ON_A_PLACE)]
    + [pytest.param(*case, id=f"of-name-{k}") for k, case in enumerate(_OF_NAME)]
    + [pytest.param(*case, id=f"state-body-{k}") for k, case in enumerate(_STATES_BODY)]
    + [
        pytest.param(*case.values, id=f"control-{k}", marks=case.marks)
        for k, case in enumerate(_CONTROLLED_BODY)
    ],
)
def test_speakers8_speaker(run: Run, text: str, words: str, speaker: str) -> None:
    assert _quote(run(text), words).speaker == speaker


@pytest.mark.parametrize("text", [_SANCTIONS, _MISSILE, _SHELLING, _SUDAN, _TRADE])
def test_speakers8_every_quote_found(run: Run, text: str) -> None:
    assert len({words for art, words, _ in _ARTICLES if art is text}) == len(run(text))
