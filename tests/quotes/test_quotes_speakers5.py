"""Quote speakers on wire copy written for these tests (session 5): unnamed
spokespeople given as their whole phrase, titles resolved to the name given with
them, the later of two speakers in one sentence, a participle after a reported
clause, and a stress article with every speaker checked."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from quote_lookup import Run, quote_with as _quote  # tests/quotes/, on sys.path through conftest


pytestmark = pytest.mark.model


def _check(run: Run, text: str, words: str, speaker: str, actor: str | None) -> None:
    q = _quote(run(text), words)
    assert (q.speaker, q.speaker_actor) == (speaker, actor)


# -- 1. an unnamed spokesperson speaks as the whole phrase ---------------------------


_UNNAMED_SPOKESPERSON_SPEAKS_AS_THE_PHRASE = [
    (
        "China protests pact\nBEIJING (Reuters) - China on Tuesday criticized a new "
        'defense pact. "Military cooperation should not target third parties," a '
        "spokesman for China's foreign ministry said at a regular briefing.",
        "third parties",
        "spokesman for China's foreign ministry",
        "CHN",
    ),
    (
        "Berlin summons envoy\nBERLIN (AP) — Germany summoned Russia’s ambassador on "
        "Monday. “We will not accept threats against our diplomats,” said a spokeswoman "
        "for the German foreign ministry.",
        "threats",
        "spokeswoman for the German foreign ministry",
        "DEU",
    ),
    (
        "EU weighs response\nBRUSSELS - The European Union said it would study the "
        "tariffs. A spokesperson for the European Commission told reporters: "
        '"We will respond firmly and proportionately."',
        "proportionately",
        "spokesperson for the European Commission",
        "EU",
    ),
    (
        'Paris reacts\nPARIS - France condemned the attack. "France stands with the '
        'Danish people," a spokesman for the French presidency told AFP.',
        "Danish people",
        "spokesman for the French presidency",
        "FRA",
    ),
    (
        "Tokyo lodges protest\nTOKYO (Reuters) - Japan lodged a protest with China. "
        "“This is a clear violation of our airspace,” said a spokesman for Japan’s "
        "defense ministry, who asked not to be named.",
        "airspace",
        "spokesman for Japan’s defense ministry",
        "JPN",
    ),
    (
        # a body only described speaks by the name given before, as in the dev gold
        "Trade\nBRUSSELS (Reuters) - Trump has often threatened tariffs against the "
        "European Union. A spokesperson for the bloc said Sunday that it would "
        '"respond firmly to any unfair tariffs."',
        "respond firmly",
        "European Union spokesperson",
        "EU",
    ),
    (
        "Embassy\nWASHINGTON (AP) — The Chinese Embassy in Washington rejected the "
        'report. A spokesman for the embassy said the claims were "groundless."',
        "groundless",
        "Chinese Embassy in Washington spokesman",  # session 68's decision 4 (news-dev's order)
        "CHN",
    ),
]


def test_speakers5_the_spokesman_later_is_the_same_phrase(run: Run) -> None:
    quotes = run(
        'Beijing warns\nBEIJING (Reuters) - "Military cooperation should not target third '
        "parties,\" a spokesman for China's foreign ministry said on Tuesday. Japan did not "
        'respond. "China will watch closely," the spokesman added.'
    )
    assert _quote(quotes, "watch closely").speaker == "spokesman for China's foreign ministry"


_NAMED_OR_PRENOMINAL_SPOKESPERSON_IS_UNCHANGED = [
    # near-misses: a name in apposition, or a title before the name, is the speaker
    (
        'Beijing warns\nBEIJING (AP) — China warned Manila on Monday. "The Philippines '
        "should stop its provocations,\" a spokesman for China's foreign ministry, Lin "
        "Jian, said.",
        "provocations",
        "Lin Jian",
    ),
    (
        'Beijing warns\nBEIJING (AP) — China warned Manila on Monday. "The Philippines '
        'should stop its provocations," foreign ministry spokesperson Mao Ning told a news '
        'conference. "China will take all necessary measures," the spokeswoman said.',
        "necessary measures",
        "Mao Ning",
    ),
    (
        "Moscow rejects claims\nMOSCOW (Reuters) - Russia rejected the accusation. "
        '"These claims are absurd," a Kremlin spokesman said.',
        "absurd",
        "Kremlin spokesman",
    ),
]


# -- 2. a title refers back to the name given with it --------------------------------


_TITLE_REFERS_TO_ITS_NAMED_HOLDER = [
    (
        "Jets scrambled\nTALLINN, Estonia (AP) — Two Russian fighter jets entered Estonian "
        "airspace on Friday.\n\nNATO Secretary General Mark Rutte condemned the incursion. "
        "Estonian Foreign Minister Margus Tsahkna summoned Russia's envoy.\n\n\"This is "
        'reckless and dangerous behavior," the secretary general said in a statement.',
        "reckless",
        "Mark Rutte",
        "NATO",
    ),
    (
        "Jets scrambled\nTALLINN, Estonia (AP) — Two Russian jets entered Estonian airspace "
        "on Friday.\n\n“Allies will respond to every provocation,” said the alliance’s "
        "chief, Mark Rutte, who spoke in Brussels.",
        "every provocation",
        "Mark Rutte",
        "NATO",
    ),
    (
        "Guterres appeals\nNEW YORK (AP) — U.N. Secretary-General Antonio Guterres called "
        'for a ceasefire in Sudan. Fighting continued in Darfur. "The world cannot look '
        'away," the U.N. chief said.',
        "look away",
        "Antonio Guterres",
        "UN",
    ),
    (
        "Barrot in Hanoi\nHANOI, Vietnam (Reuters) - French Foreign Minister Jean-Noel "
        'Barrot arrived in Hanoi on Wednesday. Vietnam hopes to buy French aircraft. "Our '
        'partnership has never been stronger," the minister said.',
        "never been stronger",
        "Jean-Noel Barrot",
        "FRA",
    ),
    (
        "Ghana loan\nACCRA, Ghana (Reuters) - The International Monetary Fund approved a "
        "loan for Ghana. IMF Managing Director Kristalina Georgieva welcomed the reforms. "
        "Ghana's finance minister, Cassiel Ato Forson, thanked the fund.\n\n\"Ghana has "
        'done the hard work," the managing director said.',
        "hard work",
        "Kristalina Georgieva",
        "IMF",
    ),
]


# -- 3. two speakers in one sentence: the quotation's own clause speaks --------------


_LATER_SPEAKER_OF_A_COORDINATED_CLAUSE = [
    (
        "Talks\nBRUSSELS - EU officials said the bloc was ready to help, but Moroccan "
        'Foreign Minister Nasser Bourita told reporters "Morocco needs no lectures."',
        "no lectures",
        "Nasser Bourita",
    ),
    (
        "Pact\nMANILA, Philippines (Reuters) - Japanese Defense Minister Gen Nakatani said "
        "the pact would deter aggression, and his Philippine counterpart Gilberto Teodoro "
        "said it was “long overdue.”",
        "overdue",
        "Gilberto Teodoro",
    ),
    (
        "Visit\nPARIS (Reuters) - French President Emmanuel Macron said the talks had been "
        "useful, while Vietnamese Prime Minister Pham Minh Chinh said the deals were "
        '"a new chapter in our friendship."',
        "new chapter",
        "Pham Minh Chinh",
    ),
    (
        "Geneva\nGENEVA (AP) — The United States said it would not attend, while China's "
        'envoy, Li Song, said Washington should "look at its own record."',
        "own record",
        "Li Song",
    ),
    (
        "Protest\nTOKYO (AP) — “We will not back down,” Chinese Foreign Ministry spokesman "
        "Lin Jian said, while Japan’s top government spokesman, Yoshimasa Hayashi, called "
        "the protest “unacceptable.”",
        "unacceptable",
        "Yoshimasa Hayashi",
    ),
    # near-misses: one speaker reporting another's words keeps the quotation
    (
        "Rome\nROME (Reuters) - Italian Prime Minister Giorgia Meloni said Macron had "
        'called the plan "unworkable."',
        "unworkable",
        "Giorgia Meloni",
    ),
    (
        "Tokyo\nTOKYO (AP) — “We will not back down,” Chinese Foreign Ministry spokesman "
        "Lin Jian said, while Japan’s top government spokesman, Yoshimasa Hayashi, called "
        "the protest “unacceptable.”",
        "back down",
        "Lin Jian",
    ),
]


# -- 4. ", adding that ...": a participle after a reported clause is the reporter's ----


_PARTICIPLE_AFTER_REPORTED_CLAUSE_IS_THE_REPORTERS = [
    (
        "Border\nWARSAW (Reuters) - Polish Prime Minister Donald Tusk said Poland would "
        'close the border crossing, adding that the measure was "temporary."',
        "temporary",
        "Donald Tusk",
    ),
    (
        "Tariffs\nOTTAWA (AP) — Prime Minister Mark Carney said Canada would respond to the "
        'tariffs, warning that Ottawa "will not be bullied."',
        "bullied",
        "Mark Carney",
    ),
    (
        "Alliance\nLONDON - Prime Minister Keir Starmer said Britain would not follow "
        'Washington, while insisting the alliance was "rock solid."',
        "rock solid",
        "Keir Starmer",
    ),
    (
        "Missile\nSEOUL (AP) — South Korean officials said the North fired a missile, saying "
        'it was a test of a "new type of weapon."',
        "new type",
        "South Korean officials",
    ),
    (
        "Crossing\nCAIRO - Egypt's foreign minister said the crossing would reopen, while "
        'stressing that aid must flow "without delay."',
        "without delay",
        "Egypt's foreign minister",
    ),
    (
        "Talks\nANKARA - Turkish Foreign Minister Hakan Fidan said Ankara would host the "
        'talks, calling them "a chance for peace."',
        "chance for peace",
        "Hakan Fidan",
    ),
    # near-miss: a participle inside the reported clause, set off by no comma
    (
        "Border\nWARSAW (Reuters) - Polish Prime Minister Donald Tusk said troops guarding "
        'the border had shown "great courage."',
        "great courage",
        "Donald Tusk",
    ),
]


# -- 5. a name set off by commas the parser hung elsewhere ---------------------------


_COMMA_SET_NAME_HOLDS_THE_ROLE = [
    (
        "Estonia\nBRUSSELS (AP) — Estonia asked for consultations under Article 4. "
        "According to the alliance’s chief, Mark Rutte, the incursion was “deliberate and "
        "dangerous.”",
        "deliberate",
        "Mark Rutte",
    ),
    (
        "Gas\nALGIERS (Reuters) - Sonatrach halted deliveries.\n\n“This is a commercial "
        "dispute, not a political one,” Sonatrach’s chief executive, Rachid Hachichi, told "
        "the state broadcaster.",
        "commercial dispute",
        "Rachid Hachichi",
    ),
    # near-miss: a name earlier in the clause, not right before the verb, is no speaker
    (
        "Envoy\nOTTAWA - Kirsten Hillman, the Canadian ambassador to the U.S., told ABC’s "
        "“This Week” show, “We’re really disappointed” and “perplexed” by Trump’s actions "
        "and said she hoped Trump would back off.",
        "perplexed",
        "Kirsten Hillman",
    ),
]


# -- 6. "he"/"she" after an unnamed role is that role -------------------------------


_PRONOUN_AFTER_UNNAMED_ROLE_IS_THE_ROLE = [
    (
        "Gas\nMADRID (Reuters) - Spanish Energy Minister Sara Aagesen said supplies were "
        "secure.\n\nA spokeswoman for the European Commission said the bloc was following "
        'the dispute closely. "Energy must never be used as a weapon," she said.',
        "weapon",
        "spokeswoman for the European Commission",
    ),
    (
        "Talks\nMOSCOW (Reuters) - Foreign Minister Sergei Lavrov met his Turkish counterpart "
        'on Monday. A Kremlin spokesman said the talks were useful. "There was progress," '
        "he said.",
        "progress",
        "Kremlin spokesman",
    ),
    (
        "Radars\nTOKYO (Reuters) - Defense Minister Gen Nakatani inspected the radar site. "
        "An official at Japan's defense ministry said the radars would arrive in May. "
        '"Everything is on schedule," he said.',
        "schedule",
        "official at Japan's defense ministry",
    ),
    # near-misses: a role of the other gender, or a person named after the role
    (
        "Kyiv\nBERLIN (AP) — Foreign Minister Annalena Baerbock visited Kyiv. A spokesman for "
        'the German embassy said the visit was planned. "We were not surprised," she said '
        "later.",
        "not surprised",
        "Annalena Baerbock",
    ),
    (
        "Trip\nWASHINGTON - A State Department spokesperson said the trip was postponed. "
        'Secretary of State Marco Rubio later told reporters he would go in March. "I look '
        'forward to it," he said.',
        "look forward",
        "Marco Rubio",
    ),
]


# -- 7. a title the actors stage tied to no one: the holder named before -------------


_HE_SAID_COLON_BEFORE_THE_QUOTE = [
    (
        "Freed\nNIAMEY, Niger (AP) — Niger’s junta leader spoke on state television. He said: "
        "“Our country has shown its goodwill.”",
        "goodwill",
        "Niger’s junta leader",
    ),
    (
        "Freed\nNIAMEY, Niger (AP) — The hostages were freed on Sunday. German Foreign "
        "Minister Johann Wadephul said in Berlin:\n\n“This is a day of great relief for the "
        "families.”",
        "great relief",
        "Johann Wadephul",
    ),
    (
        'Gas\nBRUSSELS - The European Commission said in a statement that it "regrets" the '
        'decision. It added: "The EU stands ready to help both sides."',
        "stands ready",
        "European Commission",
    ),
    # near-miss: a name given with the role is the one "he" stands for
    (
        "Freed\nNIAMEY, Niger (AP) — Niger’s junta leader, Abdourahamane Tiani, spoke on state "
        "television. He said: “Our country has shown its goodwill.”",
        "goodwill",
        "Abdourahamane Tiani",
    ),
]
_TITLE_IS_ITS_HOLDER_OF_THE_SAME_ACTOR = [
    (
        "Jets\nBRUSSELS (AP) — Mark Rutte, the alliance's chief, said the jets had been "
        'escorted out. "We will not be intimidated," the NATO chief said.',
        "intimidated",
        "Mark Rutte",
    ),
    (
        "Visit\nPARIS — Foreign Minister Jean-Noel Barrot met his Vietnamese counterpart on "
        'Monday. "Our partnership is strong," the French foreign minister said.',
        "partnership",
        "Jean-Noel Barrot",
    ),
    (
        "Probe\nBRUSSELS (AP) — Rutte, the NATO secretary-general, said Russia was testing "
        'the alliance. "Russia is probing our defenses," the secretary-general said.',
        "probing",
        "Rutte",
    ),
    (
        "Ties\nMOSCOW - Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei "
        'Lavrov in Moscow. "Our ties are at their best," the Chinese minister said.',
        "ties",
        "Wang Yi",
    ),
    (
        "Ties\nMOSCOW - Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei "
        'Lavrov in Moscow. "Our ties are at their best," the Russian minister said.',
        "ties",
        "Sergei Lavrov",
    ),
    # near-misses: the role held by someone of another state stays a role
    (
        "Talks\nWASHINGTON (AP) — The U.S. ambassador, John Smith, met Chinese officials on "
        'Monday. "The talks were frank," the Chinese ambassador said.',
        "frank",
        "Chinese ambassador",
    ),
    (
        "Talks\nBRUSSELS - Foreign Minister Jean-Noel Barrot of France met Germany's foreign "
        'minister on Monday. "We agree on Ukraine," the German foreign minister said.',
        "agree",
        "German foreign minister",
    ),
    # ... and a role of another kind of the same state
    (
        "Gas\nMADRID (Reuters) - Spanish Prime Minister Pedro Sanchez met his cabinet on "
        'Monday. "We will seek arbitration," the Spanish foreign minister said.',
        "arbitration",
        "Spanish foreign minister",
    ),
]


# -- 9. "X said ..., while Y said “...”": more coordinated statements --------------


_COORDINATED_STATEMENT_HAS_ITS_OWN_SPEAKER = [
    (
        "Gas\nMADRID (Reuters) - Spanish Prime Minister Pedro Sanchez said the cutoff was "
        "political, while his foreign minister, Jose Manuel Albares, said Madrid would "
        '"respond calmly."',
        "respond calmly",
        "Jose Manuel Albares",
    ),
    (
        "Pact\nTOKYO (AP) — Japan's defense ministry said the pact was defensive, while "
        'China\'s foreign ministry said it "undermines regional stability."',
        "undermines",
        "China's foreign ministry",
    ),
    (
        "Gas\nMADRID (Reuters) - Sanchez urged calm as Algerian President Abdelmadjid "
        'Tebboune warned that Algeria "will not bow to pressure."',
        "bow to pressure",
        "Abdelmadjid Tebboune",
    ),
    (
        "Pullout\nKIGALI (Reuters) - Rwanda's defense ministry said Kigali was ready to "
        "help, and Russian state media quoted a Kremlin spokesman as saying Moscow was "
        '"watching closely."',
        "watching closely",
        "Kremlin spokesman",
    ),
    # near-miss: the first quotation of such a sentence stays the first speaker's
    (
        'Gas\nMADRID (Reuters) - Sanchez said the cutoff was "unjustified," while Algerian '
        'Energy Minister Mohamed Arkab said it was "purely commercial."',
        "unjustified",
        "Sanchez",
    ),
]


# -- 8. two stress articles: every quotation's speaker -------------------------------

# A gas dispute (straight and curly marks; split quotes, "she said", "X said:" before a
# paragraph-long quote, "according to", an unnamed spokesperson and "she" after one,
# two speakers in one sentence, a name after a role's phrase, institutions).
_STRESS_GAS = (
    "Gas cutoff strains ties between Algeria and Spain\n"
    "MADRID (Reuters) - Algeria's state energy company Sonatrach halted gas "
    'deliveries to Spain on Monday, a move Spanish officials called "unjustified" as '
    "the two countries traded accusations over a pipeline contract.\n"
    "\n"
    '"The contract has been suspended until further notice," Sonatrach said in a '
    'statement, adding that Spain had "failed to honor its obligations."\n'
    "\n"
    "Spanish Energy Minister Sara Aagesen told reporters in Madrid that supplies were "
    "secure. “We have enough reserves for the winter,” she said. “Nobody should "
    "panic.”\n"
    "\n"
    "The minister said Spain would seek arbitration, while Algeria’s foreign ministry "
    "said Madrid had “chosen confrontation over dialogue.”\n"
    "\n"
    "A spokeswoman for the European Commission said the bloc was following the "
    'dispute closely. "Energy must never be used as a weapon," she said.\n'
    "\n"
    '"We are in contact with both sides," said a spokesman for Morocco\'s foreign '
    'ministry, who asked not to be named, adding that Rabat "stands ready to help."\n'
    "\n"
    "According to Algeria's state news agency APS, President Abdelmadjid Tebboune "
    'told his cabinet that the decision was "final and sovereign."\n'
    "\n"
    "Tebboune said:\n"
    '"Algeria will not be lectured by anyone."\n'
    "\n"
    'Spanish Prime Minister Pedro Sanchez struck a calmer tone. "We want to solve '
    'this through dialogue," the prime minister told parliament. "But we will defend '
    'our interests."\n'
    "\n"
    'EU foreign policy chief Kaja Kallas called the cutoff "deeply worrying," and '
    'Italian Foreign Minister Antonio Tajani said Rome would "do everything possible" '
    "to mediate.\n"
    "\n"
    "“This is a commercial dispute, not a political one,” Sonatrach’s chief "
    "executive, Rachid Hachichi, told the state broadcaster. The executive said the "
    "company was “open to talks.”\n"
    "\n"
    'Analysts were skeptical. "Both governments have boxed themselves in," said '
    'Isabel Moreno, an energy analyst at the Elcano Royal Institute. "Neither can '
    'back down now," the analyst said.\n'
    "\n"
    'The Spanish government said in a statement that it "deeply regrets" Algeria\'s '
    "decision.\n"
    "\n"
    "Algeria's ambassador to Madrid, Said Moussi, was summoned. \"I conveyed our "
    'position clearly," Moussi said afterward.\n'
    "\n"
    'The Algerian foreign ministry said the summons was "unacceptable," and Sanchez '
    'said Spain would "not be blackmailed."\n'
    "\n"
    "Gas prices rose 4% in European trading."
)

_STRESS_GAS_SPEAKERS = (
    ("unjustified", "Spanish officials"),
    ("suspended until", "Sonatrach"),
    ("failed to honor", "Sonatrach"),
    ("enough reserves", "Sara Aagesen"),
    ("Nobody should panic", "Sara Aagesen"),
    ("chosen confrontation", "Algeria’s foreign ministry"),
    ("used as a weapon", "spokeswoman for the European Commission"),
    ("in contact with both", "spokesman for Morocco's foreign ministry"),
    ("stands ready", "spokesman for Morocco's foreign ministry"),
    ("final and sovereign", "Abdelmadjid Tebboune"),
    ("lectured by anyone", "Abdelmadjid Tebboune"),
    ("solve this through", "Pedro Sanchez"),
    ("defend our interests", "Pedro Sanchez"),
    ("deeply worrying", "Kaja Kallas"),
    ("everything possible", "Antonio Tajani"),
    ("commercial dispute", "Rachid Hachichi"),
    ("open to talks", "Rachid Hachichi"),
    ("boxed themselves", "Isabel Moreno"),
    ("back down now", "Isabel Moreno"),
    ("deeply regrets", "Spanish government"),
    ("conveyed our position", "Said Moussi"),
    ("unacceptable", "Algerian foreign ministry"),
    ("not be blackmailed", "Pedro Sanchez"),
)

# A peacekeeping pullout (curly marks; a quote split around "he said", "while a
# spokesman for ...", state media, a title referring back, a participle after a quote,
# "its spokesman, X", a researcher, "state media quoted X as saying", an anonymous
# diplomat).
_STRESS_CHAD = (
    "Chad pulls peacekeepers from U.N. mission\n"
    "N’DJAMENA, Chad (AP) — Chad will withdraw its 1,400 peacekeepers from the U.N. "
    "mission in the Central African Republic, the government said Tuesday, a move the "
    "United Nations called “deeply regrettable.”\n"
    "\n"
    "“Our soldiers have done their duty,” Chad’s foreign minister, Abderaman "
    "Koulamallah, told state television. “It is time for them to come home,” he said, "
    "“and for others to take over.”\n"
    "\n"
    "The minister said the decision was final, while a spokesman for the U.N. mission "
    "said it had received “no formal notice.”\n"
    "\n"
    "According to the state news agency ATPE, President Mahamat Idriss Deby signed "
    "the order on Monday. Deby said: “Chad has paid a heavy price.”\n"
    "\n"
    "U.N. Secretary-General Antonio Guterres urged Chad to reconsider. “The mission "
    "cannot afford to lose such experienced troops,” the U.N. chief said in a "
    "statement, calling the contingent “irreplaceable.”\n"
    "\n"
    "The Central African government called the move “a betrayal.” Its spokesman, "
    "Maxime Balalou, said Bangui had not been consulted. “We learned of it from the "
    "radio,” Balalou said.\n"
    "\n"
    "A spokeswoman for France’s foreign ministry said Paris “takes note” of the "
    "decision. “France remains committed to stability in the region,” she added.\n"
    "\n"
    "Analysts said the pullout could weaken the mission. “It leaves a gap in the "
    "east,” said Thierry Vircoulon, a researcher at the French Institute of "
    "International Relations. He said the gap could be “filled quickly by armed "
    "groups.”\n"
    "\n"
    "Rwanda’s defense ministry said in a statement that Kigali was “ready to help,” "
    "and Russian state media quoted a Kremlin spokesman as saying Moscow was "
    "“watching closely.”\n"
    "\n"
    "“Nobody wants a vacuum,” one Western diplomat said on condition of anonymity."
)

_STRESS_CHAD_SPEAKERS = (
    ("deeply regrettable", "United Nations"),
    ("done their duty", "Abderaman Koulamallah"),
    ("time for them", "Abderaman Koulamallah"),
    ("others to take over", "Abderaman Koulamallah"),
    ("no formal notice", "spokesman for the U.N. mission"),
    ("heavy price", "Mahamat Idriss Deby"),
    ("cannot afford", "Antonio Guterres"),
    ("irreplaceable", "Antonio Guterres"),
    ("a betrayal", "Central African government"),
    ("from the radio", "Maxime Balalou"),
    ("takes note", "spokeswoman for France’s foreign ministry"),
    ("remains committed", "spokeswoman for France’s foreign ministry"),
    ("gap in the east", "Thierry Vircoulon"),
    ("armed groups", "Thierry Vircoulon"),
    ("ready to help", "Rwanda’s defense ministry"),
    ("watching closely", "Kremlin spokesman"),
    ("wants a vacuum", "Western diplomat"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(_STRESS_GAS, _STRESS_GAS_SPEAKERS), (_STRESS_CHAD, _STRESS_CHAD_SPEAKERS)],
    ids=["gas", "chad"],
)
def test_speakers5_stress_article_every_speaker(
    run: Run, text: str, expected: tuple[tuple[str, str], ...]
) -> None:
    quotes = run(text)
    assert len(quotes) == len(expected)
    got = [(words, _quote(quotes, words).speaker) for words, _ in expected]
    assert got == list(expected)


# -- 10. a role owned by a body speaks as the role, for the body's actor --------------


_ROLE_OWNED_BY_A_BODY_SPEAKS_AS_THE_ROLE = [
    (
        'Attack\nCOPENHAGEN - Denmark condemned the attack. "This is an outrageous act," the '
        "ministry's spokeswoman said.",
        "outrageous",
        "ministry's spokeswoman",
        "DNK",
    ),
    (
        'Pact\nBEIJING - "We firmly oppose this," the Chinese Embassy\'s spokesman said.',
        "firmly oppose",
        "Chinese Embassy's spokesman",
        "CHN",
    ),
    (
        'Leaks\nLONDON (Reuters) - "We will not comment on leaks," a spokesman for Prime '
        "Minister Keir Starmer said.",
        "leaks",
        "spokesman for Prime Minister Keir Starmer",
        "GBR",
    ),
    # near-miss: the role before the body's name keeps the article's words
    (
        'Pact\nBEIJING (AP) — "Military alliances should not target third parties," '
        "China's foreign ministry spokesperson said on Tuesday.",
        "third parties",
        "China's foreign ministry spokesperson",
        "CHN",
    ),
]


def _cases(*groups: tuple[str, Sequence[tuple[str, ...]]]) -> list[object]:
    """Every case of the named groups, each with an id "<group>-<n>"."""
    return [
        pytest.param(*case, id=f"{name}-{k}")
        for name, cases in groups
        for k, case in enumerate(cases)
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "actor"),
    _cases(
        ("unnamed_spokesperson_speaks_as_the_phrase", _UNNAMED_SPOKESPERSON_SPEAKS_AS_THE_PHRASE),
        ("title_refers_to_its_named_holder", _TITLE_REFERS_TO_ITS_NAMED_HOLDER),
        ("role_owned_by_a_body_speaks_as_the_role", _ROLE_OWNED_BY_A_BODY_SPEAKS_AS_THE_ROLE),
    ),
)
def test_speakers5_speaker_and_actor_of_each_form(
    run: Run, text: str, words: str, speaker: str, actor: str
) -> None:
    _check(run, text, words, speaker, actor)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    _cases(
        (
            "named_or_prenominal_spokesperson_is_unchanged",
            _NAMED_OR_PRENOMINAL_SPOKESPERSON_IS_UNCHANGED,
        ),
        ("later_speaker_of_a_coordinated_clause", _LATER_SPEAKER_OF_A_COORDINATED_CLAUSE),
        (
            "participle_after_reported_clause_is_the_reporters",
            _PARTICIPLE_AFTER_REPORTED_CLAUSE_IS_THE_REPORTERS,
        ),
        ("comma_set_name_holds_the_role", _COMMA_SET_NAME_HOLDS_THE_ROLE),
        ("pronoun_after_unnamed_role_is_the_role", _PRONOUN_AFTER_UNNAMED_ROLE_IS_THE_ROLE),
        ("he_said_colon_before_the_quote", _HE_SAID_COLON_BEFORE_THE_QUOTE),
        ("title_is_its_holder_of_the_same_actor", _TITLE_IS_ITS_HOLDER_OF_THE_SAME_ACTOR),
        ("coordinated_statement_has_its_own_speaker", _COORDINATED_STATEMENT_HAS_ITS_OWN_SPEAKER),
    ),
)
def test_speakers5_speaker_of_each_form(run: Run, text: str, words: str, speaker: str) -> None:
    assert _quote(run(text), words).speaker == speaker
