"""PETRARCH verb dictionaries as an alternative pattern source (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.events.patterns import PatternError, compile_patterns
from newsgraph.events.petrarch import load_petrarch_verbs

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "peers"

SAMPLE = """
&WEAPON
+GUN
+MISSILE

---  BLAME   [112]  ---
ACCUSE [112]
CHARGE
- * (OF TORTURE)          [1122]   # ACCUSE
- * &WEAPON               [138]    # odd but ours to read
- SAID WOULD NOT *        [112]    # words before the verb: skipped
- * {TERRORIST ATTACK}    [---]    # no code: skipped
"""


def test_petrarch_reads_blocks_synsets_and_templates(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(SAMPLE, "utf-8")
    patterns = load_petrarch_verbs(path)
    by_id = {p.id: p for p in patterns}
    assert by_id["petr.blame.accuse"].code == "112"
    assert by_id["petr.blame.charge"].code == "112"  # the block's code
    specific = [p for p in patterns if p.id[-1].isdigit()]
    assert [(p.code, sorted(p.objects), p.target[0]) for p in specific] == [
        ("1122", ["torture"], "prep:of"),
        ("138", ["gun", "missile"], "dobj"),
    ]
    table = compile_patterns(patterns)
    assert [p.code for p in table.verbs["accuse"]] == ["1122", "138", "112"]


def test_petrarch_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(PatternError):
        load_petrarch_verbs(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    "name", ["petrarch2/CAMEO.2.0.txt", "UniversalPetrarch/PETR_Validate_verbs_2_02.txt"]
)
def test_petrarch_peer_dictionaries_load(name: str) -> None:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    table = compile_patterns(load_petrarch_verbs(path))
    assert "condemn" in table.verbs
    assert all(p.code.isdigit() for ps in table.verbs.values() for p in ps)


# ---------------------------------------------------------------- PETRARCH semantics

VERBS = """
&CURRENCY
+DOLLAR
+FLORIN
&HARDCASH
+GOLD FLORIN
&KIN
+&CURRENCY
+CLOSER

--- ARRIVE  [042:043]  ---
ARRIVE

--- CRITICIZE  [111]  ---
CRITICIZE
- HEAVILY *   [122]
- INDICATED *  [123]

--- CONTRIBUTE [070]  ---
CONTRIBUTE
- * &CURRENCY [071]
- * &HARDCASH [190]

--- SIGN  [057] ---
SIGN
- * {TRADE PROTOCOL}  [084]
- * ACCORD  [056]
- * {TO SUPPLY}  [059]

--- DELAY [120]  ---
POSTPONE
- % *  [121]

--- RECEIVE  [033]  ---
RECEIVE
- + * MONEY $  [071]

--- EXCLUDE  [144] ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}

--- BEGIN  [---]  ---
BEGIN {BEGINS BEGINNING BEGAN BEGUN}
* (TO QUESTION) [110]

--- WELCOME  [050] ---
WELCOME

--- CELEBRATE  [051] ---
CELEBRATE
- * EID $ [017]

--- DEPART [040]  ---
DEPART

--- URGE  [023] ---
URGE

--- OBSERVE   [010]  ---
SEE {SEES SEEING SEEN SAW}
NOTE

--- ACCORD  [013] ---
ACCORD
- (TO) *  [073]

--- LAUNCH  [---] ---
LAUNCH
- * OFFENSIVE  [190]

--- BARGAIN  [031]  ---
BARGAIN
- * (FOR ASYLUM) [1032]

--- WARN  [130] ---
WARN
- * THEIR ^ ABOUT +  [130]
- $ ^ (FOR) *  [164]

--- BREAK [120] ---
BREAK {BROKE BROKEN}
- * (OFF) [195]
"""

ACTORS = (
    "VALORIA [VAL]\nMERIDIA [MER]\nKESTREL [KES]\nOSTMARK [OST]\nTHE_NORTHLANDS [NTH]\n"
    "MERIDIAN_UNION [MRU]\nMU [MUX]\n"
)
AGENTS = (
    "PRESIDENT {PRESIDENTS} [~GOV]\nGOVERNMENT [~GOV]\nLAWMAKER {LAWMAKERS} [~LEG]\n"
    "OFFICIAL {OFFICIALS} [~GOV]\n"
)


def test_petrarch_dictionary_reads_codes_forms_and_synsets(tmp_path: Path) -> None:
    from newsgraph.events.petrarch import read_petrarch_dictionary

    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, "utf-8")
    d = read_petrarch_dictionary(path)
    names = {b[0]: b for b in d.blocks}
    assert names["arrive"][1:3] == ("042", "043")  # the reverse event's code
    assert names["begin"][1] == ""  # [---] codes nothing by itself
    assert [p.code for p in names["begin"][3]] == ["110"]  # a "*" line without "-"
    assert d.forms["cordoned"][0].particle == "off"  # multi-word verb, irregular forms
    assert d.forms["tap"][0].particle == "wire" and not d.forms["tap"][0].particle_after
    assert d.forms["arrives"] and d.forms["arrived"]  # regular forms are generated
    assert ("gold", "florin") in d.synsets["&HARDCASH"]
    assert ("dollar",) in d.synsets["&KIN"]  # a synset inside a synset
    # the longest pattern is tried first
    assert [p.code for p in names["contribute"][3]] == ["190", "071"]
    # a word straight before "+" names the phrase holding the target; "^" or "(" do not
    index = {b[0]: k for k, b in enumerate(d.blocks)}
    assert d.target_preps[index["warn"]] == frozenset({"about"})
    assert d.target_preps[index["celebrate"]] == frozenset()  # "EID $": a source
    assert d.target_preps[index["receive"]] == frozenset()  # "+ * MONEY $": before the verb


@pytest.fixture(scope="module")
def petr(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from newsgraph.actors import resolve_mentions
    from newsgraph.actors.dictionaries import import_petrarch
    from newsgraph.events.petrarch import code_petrarch, read_petrarch_dictionary
    from newsgraph.model import Article
    from newsgraph.nlp import load_nlp, to_parse
    from newsgraph.settings import Settings

    root = tmp_path_factory.mktemp("petr")
    (root / "verbs.txt").write_text(VERBS, "utf-8")
    (root / "actors.txt").write_text(ACTORS, "utf-8")
    (root / "agents.txt").write_text(AGENTS, "utf-8")
    import_petrarch([str(root / "actors.txt"), str(root / "agents.txt")], str(root / "a.yaml"))
    settings = Settings(actors_file=str(root / "a.yaml"))
    nlp = load_nlp(settings)
    d = read_petrarch_dictionary(root / "verbs.txt")

    roles = {
        "government": "GOV",
        "lawmakers": "LEG",
        "soldiers": "MIL",
        "ambassadors": "GOV",
        "envoy": "GOV",
        "msf": "NGO~",  # a prefix agent ("[NGO~]")
    }

    def code(
        text: str,
        full: bool = False,
        discards: tuple[str, ...] = (),
        negations: dict[str, str] | None = None,
    ) -> set[tuple[str, str, str]]:
        article = Article(id="t", text=text, date="2020-01-01")
        parse = to_parse(nlp(text))
        mentions = resolve_mentions(article, parse, settings)
        events = code_petrarch(article, parse, mentions, d, roles, discards, negations)
        if full:
            return {(e.source_actor.code, e.target_actor.code, e.code) for e in events}
        return {(e.source_actor.principal, e.target_actor.principal, e.code) for e in events}

    return code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's default code, and the reverse event of [042:043]
        (
            "The Valoria president arrived in Meridia on Monday.",
            {("VAL", "MER", "042"), ("MER", "VAL", "043")},
        ),
        # a synset after the verb (plural of DOLLAR); the longer synset member wins
        ("Valoria contributed ten million dollars to Meridia.", {("VAL", "MER", "071")}),
        ("Valoria contributed a million gold florins to Meridia.", {("VAL", "MER", "190")}),
        # {A B}: one noun phrase; one extra word allowed inside, but not before its head
        ("Valoria signed a trade protocol with Meridia.", {("VAL", "MER", "084")}),
        ("Valoria signed a new trade protocol with Meridia.", {("VAL", "MER", "084")}),
        ("Valoria signed a trade export protocol with Meridia.", {("VAL", "MER", "057")}),
        # {...} names a noun phrase: "to supply" as a verb does not fit {TO SUPPLY}
        ("Valoria signed an accord to supply Meridia with wheat.", {("VAL", "MER", "056")}),
        # "(TO) *": a preposition before the verb, not the infinitive's "to"
        ("Valoria wants to accord with Meridia.", {("VAL", "MER", "013")}),
        # a subjectless "-ing" conjunct is part of the phrase, not a clause of its own
        (
            "Valoria launched a new bombing and shelling offensive against Meridia.",
            {("VAL", "MER", "190")},
        ),
        # (P ...): a prepositional phrase; only articles may come between its words
        ("Kestrel bargained for asylum in Meridia.", {("KES", "MER", "1032")}),
        ("Kestrel bargained for the asylum in Meridia.", {("KES", "MER", "1032")}),
        ("Kestrel bargained for political asylum in Meridia.", {("KES", "MER", "031")}),
        ("Valoria signed a trade and fishing protocol with Meridia.", {("VAL", "MER", "057")}),
        # words before the verb: only across auxiliaries and adverbs
        ("Valoria heavily criticized Meridia.", {("VAL", "MER", "122")}),
        ("Valoria indicated it criticized Meridia.", {("VAL", "MER", "111")}),
        # ... and not before a passive verb
        ("Valoria was heavily criticized by Meridia.", {("MER", "VAL", "111")}),
        # % a compound actor, coded both ways
        (
            "Valoria and Meridia have postponed their meeting.",
            {("VAL", "MER", "121"), ("MER", "VAL", "121")},
        ),
        # an abbreviation in brackets is the name before it; "," and ")" may come between
        (
            "Valoria and the Meridian Union (MU) have postponed their meeting.",
            {("VAL", "MRU", "121"), ("MRU", "VAL", "121")},
        ),
        # + and $ say which actor is the target and which the source
        ("Valoria received money from Meridia.", {("MER", "VAL", "071")}),
        # multi-word verbs
        ("Valoria cordoned off the roads into Meridia.", {("VAL", "MER", "144")}),
        # a null-coded verb codes only through its patterns; a pronoun is not the target
        ("Valoria began to question its future with Meridia.", {("VAL", "MER", "110")}),
        ("Valoria began talks with Meridia.", set()),
        # a passive without an agent: the actor after the verb is the source
        ("Valoria was criticized over its dispute with Meridia.", {("MER", "VAL", "111")}),
        # coordinated sources; a role noun belongs to the actors it is "of" or "in"
        (
            "Valoria and Kestrel welcomed closer ties with Ostmark.",
            {("VAL", "OST", "050"), ("KES", "OST", "050")},
        ),
        (
            "Lawmakers in Valoria and Kestrel criticized Meridia.",
            {("VAL", "MER", "111"), ("KES", "MER", "111")},
        ),
        ("The government of Meridia criticized Valoria.", {("MER", "VAL", "111")}),
        # a dictionary name with "THE_" is found after a lower-case article
        ("Meridia welcomed the Northlands to the talks.", {("MER", "NTH", "050")}),
        # "$" alone: the source is named after the verb, the subject is the target
        ("Valoria celebrated Eid with Kestrel.", {("KES", "VAL", "017")}),
        # only the forms the dictionary lists or generates are the verb
        ("Valoria departed from Meridia.", {("VAL", "MER", "040")}),
        ("Valoria departes from Meridia.", set()),
        # one coded verb per chain of complement clauses; an infinitive wins over a bare 010
        ("Valoria urged Meridia to welcome Kestrel.", {("VAL", "MER", "023")}),
        ("Valoria was seen to criticize Meridia.", {("VAL", "MER", "111")}),
        ("Valoria noted that Meridia criticized Kestrel.", {("VAL", "MER", "010")}),
    ],
)
def test_petrarch_codes_with_petrarch_semantics(petr, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert petr(text) == expected


@pytest.mark.model
def test_petrarch_forwards_the_state_to_a_coordinated_agent(petr) -> None:  # type: ignore[no-untyped-def]
    got = petr("Valoria lawmakers and government criticized Meridia.", full=True)
    assert ("VALGOV", "MER", "111") in got


@pytest.mark.model
def test_petrarch_agent_words_give_states_their_role(petr) -> None:  # type: ignore[no-untyped-def]
    assert petr("Soldiers from Valoria criticized Meridia.", full=True) == {
        ("VALMIL", "MER", "111")
    }
    got = petr("The ambassadors of Valoria and Kestrel criticized Meridia.", full=True)
    assert got == {("VALGOV", "MER", "111"), ("KESGOV", "MER", "111")}


def test_petrarch_agents_get_regular_plurals(tmp_path: Path) -> None:
    from newsgraph.actors.dictionaries import read_agents

    path = tmp_path / "agents.txt"
    path.write_text(
        "ACTIVIST [~OPP]\nEMBASSY [~GOV]\nHARBOR_MASTER {HARBOR_MASTERS} [~GOV]\nMSF {} [NGO~]\n",
        "utf-8",
    )
    roles = read_agents(str(path))
    assert roles["OPP"] == ["activist", "activists"]
    assert roles["GOV"] == ["embassy", "embassies", "harbor master", "harbor masters"]
    assert roles["NGO"] == ["msf"]  # "{}": no plural


@pytest.mark.model
def test_petrarch_discards_skip_a_sentence(petr, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.events.petrarch import read_petrarch_discards

    path = tmp_path / "discards.txt"
    path.write_text("# comment\n+WORLD_GOLF CHAMPIONSHIPS  # story\nYEARS LATER\n", "utf-8")
    discards = read_petrarch_discards(path)
    assert discards == ("world golf championships", "years later")
    text = "Valoria criticized Meridia years later."
    assert petr(text) == {("VAL", "MER", "111")}
    assert petr(text, discards=discards) == set()


@pytest.mark.model
def test_petrarch_conjuncts_share_their_phrase(petr) -> None:  # type: ignore[no-untyped-def]
    got = petr("Lawmakers and officials in Valoria and Kestrel criticized Meridia.", full=True)
    assert got == {
        ("VALLEG", "MER", "111"),
        ("KESLEG", "MER", "111"),
        ("VALGOV", "MER", "111"),
        ("KESGOV", "MER", "111"),
    }


PICO = """# comment: 0xFFFF marks negation
010:0x1000#Make Public Statement
011:0x1000-0xFFFF
050:0x0080#DiplomaticCoop
110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
111:0x7001
120:-0xFFFF#Reject
"""


def test_petrarch_negations_from_the_coding_ontology(tmp_path: Path) -> None:
    from newsgraph.events.petrarch import read_petrarch_negations

    path = tmp_path / "pico.txt"
    path.write_text(PICO, "utf-8")
    assert read_petrarch_negations(path) == {"011": "010", "010": "011", "110": "050", "050": "110"}


@pytest.mark.model
def test_petrarch_negated_verbs_code_the_negation(petr, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.events.petrarch import read_petrarch_negations

    path = tmp_path / "pico.txt"
    path.write_text(PICO, "utf-8")
    neg = read_petrarch_negations(path)
    assert petr("Valoria did not welcome Kestrel.") == {("VAL", "KES", "050")}  # not looked at
    assert petr("Valoria did not welcome Kestrel.", negations=neg) == {("VAL", "KES", "110")}
    assert petr("Valoria welcomed Kestrel.", negations=neg) == {("VAL", "KES", "050")}
    # 111 has no negation in the ontology: nothing is coded
    assert petr("Valoria did not criticize Meridia.", negations=neg) == set()


@pytest.mark.model
def test_petrarch_prefix_agents(petr) -> None:  # type: ignore[no-untyped-def]
    assert petr("MSF Valoria criticized Meridia.", full=True) == {("NGOVAL", "MER", "111")}
    assert petr("An MSF Valoria envoy criticized Meridia.", full=True) == {
        ("NGOVALGOV", "MER", "111")
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ABOUT +" in the block: the verb's "about" phrase holds the target and the
        # object before it is the addressee ("^"), whether or not "THEIR" is there
        ("Valoria warned Meridia about Kestrel.", {("VAL", "KES", "130")}),
        ("Valoria warned its citizens about Kestrel.", {("VAL", "KES", "130")}),
        (
            "Valoria and Ostmark warned Meridia about Kestrel.",
            {("VAL", "KES", "130"), ("OST", "KES", "130")},
        ),
        # no such phrase: the object is the target as before
        ("Valoria warned Meridia on Monday.", {("VAL", "MER", "130")}),
        # the phrase belongs to the object ("people ... about"), not to the verb
        ("Valoria warned the people of Meridia about Kestrel.", {("VAL", "MER", "130")}),
        # a block whose patterns name no target preposition keeps its object
        ("Valoria criticized Meridia about Kestrel.", {("VAL", "MER", "111")}),
    ],
)
def test_petrarch_target_from_the_patterns_preposition(petr, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert petr(text) == expected


def test_petrarch_rejoins_detached_prefixes() -> None:
    from newsgraph.events.petrarch import join_detached_prefixes

    assert join_detached_prefixes("an anti- Meridia parade") == "an anti-Meridia parade"
    assert join_detached_prefixes("the pro-  Valoria camp") == "the pro-Valoria camp"
    # a suspended prefix before a lower-case word, or a dash between words, stays
    assert join_detached_prefixes("pre- and post-war talks") == "pre- and post-war talks"
    assert join_detached_prefixes("Valoria - Meridia talks") == "Valoria - Meridia talks"


@pytest.mark.model
def test_petrarch_rejoined_prefix_keeps_the_name_in_its_clause(petr) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.events.petrarch import join_detached_prefixes

    text = join_detached_prefixes("Kestrel broke into an anti- Meridia parade on Sunday.")
    assert petr(text) == {("KES", "MER", "120")}
