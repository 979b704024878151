"""The gazetteer: every name, adjective, capital, seat of power, IGO and role word.

Loaded once per actors file from the YAML under ``newsgraph/data/actors`` plus
the user's YAML, and compiled into dicts keyed by lower-cased token tuples so
that resolution is one dict probe per token position.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsgraph.model import Actor
from newsgraph.data import collector_paused, load_yaml_text

log = logging.getLogger(__name__)

# The role the role words of armed men give ("fighters", "gunmen": roles.yaml REB), and the one
# they take under a movement that governs its state (Entry.actor).
_ARMED_GROUP_ROLE = "REB"
_ARMED_FORCES_ROLE = "MIL"

# Kinds of gazetteer entries and the NER label the entity ruler gives them.
RULER_LABELS = {
    "state": "GPE",
    "capital": "GPE",
    "adj": "NORP",
    "igo": "ORG",
    "seat": "ORG",
    "group": "ORG",
    "armed": "ORG",
    "person": "PERSON",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One alias of an actor: what it is and how it must be matched."""

    principal: str
    role: str
    name: str  # canonical name of the principal (or of the person)
    kind: str  # state, adj, capital, seat, igo, group, armed, context, person
    text: str  # the alias as written
    case: bool  # acronyms ("US", "WHO") match only as written
    nonstate: bool = False
    start: str = ""  # ISO date bounds, inclusive start, exclusive end
    end: str = ""
    code: str = ""  # the full code when the source gave one (user dictionaries)
    default: bool = False  # contextual descriptions usable without the IGO named
    # an office holder's alias that is also a place or a common name ("Austin"):
    # trusted alone only when the parser calls it a person
    ambiguous: bool = False
    office: str = ""  # an office holder's head title ("president"), when listed
    # the other states a chamber's name may stand for ("the Senate"): see resolve
    shared: tuple[str, ...] = ()

    def actor(self, role: str | None = None) -> Actor:
        """The Actor this entry stands for, with the role given or its own. A nonstate
        group's members keep the group's role whatever their title: "Houthi negotiators",
        "Hezbollah officials" are the movement's, not the government of its state. A
        movement that governs its state (the guidelines: the Taliban = AFG) has armed forces,
        not rebels: "Taliban fighters" are the state's military."""
        use = self.role if role is None or (self.nonstate and self.role) else role
        if self.kind == "group" and self.role == "GOV" and use == _ARMED_GROUP_ROLE:
            use = _ARMED_FORCES_ROLE
        code = self.code if (self.code and role is None) else self.principal + use
        return Actor(code, self.principal, use, self.name)

    def valid_on(self, date: str | None) -> bool:
        """Whether a date-bounded entry applies on the article's date."""
        if not date:
            return True
        return (not self.start or self.start <= date) and (not self.end or date < self.end)


@dataclass(frozen=True, slots=True)
class SharedName:
    """A name two states share ("Congo"): the other state and the words that name each alone
    (false_friends.yaml shared_names)."""

    KEYS = ("when", "when_capital", "unless", "unless_capital")

    state: str
    when: tuple[str, ...] = ()
    when_capital: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_capital: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Compiled lookups; build with ``load_gazetteer``."""

    names: Mapping[tuple[str, ...], tuple[Entry, ...]]
    max_len: int
    roles: Mapping[tuple[str, ...], str]
    titles: Mapping[tuple[str, ...], str]
    igo_titles: frozenset[tuple[str, ...]]
    generic_titles: frozenset[str]
    counterparts: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    bare_roles: Mapping[tuple[str, ...], bool]
    persons: Mapping[tuple[str, ...], tuple[Entry, ...]]
    principal_names: Mapping[str, str]
    igos: frozenset[str]
    person_nouns: frozenset[str]
    kin_nouns: frozenset[str]  # "X, whose father ...": a person (resolve._appositive_people)
    portfolio_heads: frozenset[str]  # "minister": the head of a portfolio's title
    held_suffixes: frozenset[str]  # "Taliban-run": who holds the body, between state and role
    title_states: Mapping[tuple[str, ...], str]
    head_titles: frozenset[tuple[str, ...]]
    person_groups: frozenset[tuple[str, ...]]
    former: frozenset[str]
    phrase_max: int
    firsts: Mapping[int, Mapping[str, int]]  # id(table) -> first word -> longest key length
    refer_back: frozenset[str] = frozenset()  # title words that name someone named before
    mouthpiece_words: frozenset[str] = frozenset()  # titles of those who speak for an office
    # a body's titles a state's leader holds in turn ("the bloc's chair"): no bare officer's
    rotating_titles: frozenset[tuple[str, ...]] = frozenset()
    monarch_words: frozenset[str] = frozenset()  # one holder per state: "the emir"
    envoy_words: frozenset[str] = frozenset()  # "the consul" of a summons paragraphs before
    home_title_words: frozenset[str] = frozenset()  # "the minister" as the article's state's
    # a bare title that may refer back to another title ("the premier" to "Qatar's prime minister")
    same_titles: Mapping[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict)
    name_suffixes: frozenset[str] = frozenset()  # "Jr.": a different person
    organisation_tails: frozenset[str] = frozenset()  # "Amnesty International": no person
    site_tails: frozenset[str] = frozenset()  # "the Tavan Tolgoi coal field": no person
    surname_articles: frozenset[str] = frozenset()  # "al-" of "al-Rubaie", dropped later
    name_particles: frozenset[str] = frozenset()  # "van" of "Alberto van Klaveren"
    party_markers: Mapping[str, str] = field(default_factory=dict)  # "(R-Fla.)": R -> USA
    # Last words of the listed titles (not of generated "minister of <portfolio>"
    # ones): a proper name right after one is a person ("spokesperson X").
    title_ends: frozenset[str] = frozenset()
    # Titles of a place's own officials ("Gov.", "mayor"): a state named in the
    # same sentence is theirs before the article's.
    local_titles: frozenset[tuple[str, ...]] = frozenset()
    portfolio_words: frozenset[str] = frozenset()  # "economy", "industry": joined by "and"
    party_words: Mapping[str, str] = field(default_factory=dict)  # "Republican Sen." -> USA
    # Words of titles ("secretary", "of", "state") and modifiers, without pure
    # punctuation: computed once here, not once per article.
    title_vocab: frozenset[str] = frozenset()
    # false_friends.yaml: a state name -> words whose presence in the article
    # makes it something else; words that do not join a state to a name; the
    # capitalised share that marks a title-case headline
    unless_in_article: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # a name two states share ("Congo") -> (the other state, words that name it alone, its
    # capital, words that name the usual holder alone, its capital)
    shared_names: Mapping[str, "SharedName"] = field(default_factory=dict)
    not_names: frozenset[str] = frozenset()
    body_words: frozenset[str] = frozenset()  # false_friends.yaml: a body of states
    headline_share: float = 1.0
    us_states: frozenset[tuple[str, ...]] = frozenset()  # "Moscow, Idaho": a U.S. town
    # titles followed by "to"/"for" and the state of the post ("Ambassador to Japan")
    to_titles: frozenset[str] = frozenset()
    # Last title words of a state's own ministers and spokespeople: stated with
    # no state, the capital they speak in ("said in Beijing", "In Caracas, ...")
    # or the body the sentence before was about gives theirs.
    place_titles: frozenset[str] = frozenset()
    # IGO head titles ("Director General"): stated with no body, the article's IGO
    igo_head_titles: frozenset[tuple[str, ...]] = frozenset()
    # "The representative, X": a title_states title written lowercase, no state's office
    lower_generic_titles: frozenset[tuple[str, ...]] = frozenset()
    # "the Bhutanese leader": generic words that mean a state's head
    head_words: frozenset[tuple[str, ...]] = frozenset()
    # "the OPEC chief": generic words that mean an IGO's head
    igo_head_words: frozenset[tuple[str, ...]] = frozenset()
    # "deputy prime minister": words before a title that make it another, lower office
    lower_ranks: frozenset[str] = frozenset()
    # "Foreign Minister Prince Faisal": royal styles that go before a name after an office
    styles: frozenset[tuple[str, ...]] = frozenset()
    # "U.S.-led": the words after a hyphen that leave the state before it an actor
    joined_suffixes: frozenset[str] = frozenset()
    # "the Inter-American Development Bank": the words before a hyphen that make the name after
    # it part of a body's name
    name_prefixes: frozenset[str] = frozenset()
    # "three ethnic Albanians": the words before a nationality that make it a people by descent
    descent_words: frozenset[str] = frozenset()
    # role nouns that are a state's only when placed in its capital ("diplomats in Kabul",
    # "immigration officers in Port of Spain"), as word tuples
    placed_roles: Mapping[tuple[str, ...], bool] = field(default_factory=dict)
    # nouns before a placed role that make it no state's ("opposition leaders in Budapest")
    unplaced_modifiers: frozenset[str] = frozenset()
    # ruling bodies a capital is the seat of ("the Tripoli-based government")
    seated_rulers: frozenset[tuple[str, ...]] = frozenset()
    # ruling bodies that, bare, are the host's after a foreign mission posted in its capital
    # ("Japan's embassy in Honiara said it supported the government's decision")
    hosted_rulers: frozenset[tuple[str, ...]] = frozenset()
    # words after "<state>-" that tell a firm's origin ("a British-registered company")
    firm_origins: frozenset[str] = frozenset()
    # state_companies.yaml's words after a state that make its firm its organ ("India's
    # state-run NHPC", "a Turkish state company"): word tokens -> owner, plain_owner,
    # sector, firm_noun or lender
    state_firm_words: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    # head nouns of a state body's proper name ("Chile's Maritime Authority"), and words
    # that make such a name no state's ("Kenya's Human Rights Commission")
    organ_heads: frozenset[str] = frozenset()
    organ_unheld: frozenset[str] = frozenset()
    # bodies that are no party to events (igos.yaml ``party: false``, the ICJ)
    bystanders: frozenset[str] = frozenset()
    # igos.yaml seat_of: a city that names its IGO by default and its state in a story about
    # that state only ("brussels" -> BEL)
    seat_states: Mapping[str, str] = field(default_factory=dict)
    # igos.yaml seat_peers: the IGO's other member states, by seat city; a story naming one
    # keeps the city the IGO ("brussels" -> HUN, POL, ...)
    seat_peers: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # igos.yaml hosted_in: a state's capital that also hosts IGOs' seats ("vienna" -> IAEA,
    # OPEC, OSCE): the IGO in a story that names one of them and the state by no other name
    hosted_seats: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # title_states titles other states use too: title -> those states
    title_also: Mapping[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    # roles.yaml igo_staff: people acting for an IGO named before them ("U.N. experts")
    igo_staff: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    # offices.yaml epithets: a description standing for a title ("top diplomat" ->
    # foreign minister), so "the top diplomat" refers back as "the foreign minister" does
    epithets: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def match(self, lowers: list[str], i: int) -> tuple[int, tuple[Entry, ...]] | None:
        """Longest gazetteer alias starting at token i (lower-cased keys)."""
        return self.match_in(self.names, lowers, i)

    def match_place(self, place: str) -> tuple[int, tuple[Entry, ...]] | None:
        """The gazetteer name a dateline opens with ("SEOUL"), else the state named after its
        comma when the town is none of ours ("TACNA, Peru")."""
        lowers = list(tokenize(place))
        m = self.match(lowers, 0)
        if m is None and "," in lowers:
            m = self.match(lowers, lowers.index(",") + 1)
        return m

    def match_in(
        self, table: Mapping[tuple[str, ...], Any], lowers: list[str], i: int
    ) -> tuple[int, Any] | None:
        """Longest key of a table (names, persons, roles, titles, ...) starting at token i.

        One probe of the table's first-word index rules most positions out.
        """
        if i >= len(lowers):
            return None
        longest = self.firsts.get(id(table), _NO_INDEX).get(lowers[i])
        if not longest:
            return None  # most calls end here: keep this path to two lookups
        for n in range(min(longest, len(lowers) - i), 0, -1):
            key = tuple(lowers[i : i + n])
            if key in table:
                return n, table[key]
        return None

    def starts(self, table: Mapping[tuple[str, ...], Any]) -> Mapping[str, int]:
        """The first words of a table's keys: a loop over every token probes this
        before calling ``match_in`` (a word in none of them starts no key)."""
        return self.firsts.get(id(table), _NO_INDEX)

    def principal_actor(self, principal: str, role: str = "") -> Actor:
        """An Actor for a principal code and role, with its canonical name."""
        return Actor(
            principal + role, principal, role, self.principal_names.get(principal, principal)
        )

    def ruler_patterns(self) -> tuple[dict[str, Any], ...]:
        """Entity-ruler patterns: gazetteer aliases as phrases plus token shapes."""
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for entries in list(self.names.values()) + list(self.persons.values()):
            for e in entries:
                label = RULER_LABELS.get(e.kind)
                if not label or not e.text[:1].isupper():
                    continue
                if e.kind == "person" and " " not in e.text:
                    continue  # bare surnames are too ambiguous for a static ruler
                key = (label, e.text)
                if key not in seen:
                    seen.add(key)
                    out.append({"label": label, "pattern": e.text, "id": e.principal})
        out.extend(_shape_patterns())
        return tuple(out)


def _data_dir() -> Path:
    return Path(str(resources.files("newsgraph").joinpath("data", "actors")))


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    return load_yaml_text(path.read_text("utf-8"))


def _shape_patterns() -> list[dict[str, Any]]:
    """Token-shape patterns (e.g. hyphenated Korean given names) from patterns.yaml."""
    data = _read_yaml(_data_dir() / "patterns.yaml") or {}
    return [dict(p) for p in data.get("patterns", ())]


@lru_cache(maxsize=1)
def _blank() -> Any:
    import spacy

    return spacy.blank("en")


@lru_cache(maxsize=16384)
def tokenize(text: str) -> tuple[str, ...]:
    """Lower-cased tokens of an alias, split exactly as spaCy's English tokenizer splits.

    Names from articles reach this too (titles, office holders), so the strings a call
    adds to the blank vocabulary are freed when it returns: a long stream of new names
    would otherwise grow every worker's vocabulary without bound. The cache keeps the
    repeated aliases and titles cheap.
    """
    nlp = _blank()
    if _LASTING:
        return tuple(t.text.lower() for t in nlp.tokenizer(text))
    with nlp.memory_zone():
        return tuple(t.text.lower() for t in nlp.tokenizer(text))


#: Open while packaged or user dictionaries are compiled (see ``lasting_strings``).
_LASTING: list[bool] = []


@contextmanager
def lasting_strings() -> Iterator[None]:
    """Tokenize dictionary words outside a memory zone while compiling them.

    A dictionary's few thousand words are a bounded set, so their strings may stay in
    the blank vocabulary; inside one zone per alias, every shared word ("the",
    "minister", "of") was made again for each alias, which cost more than half of
    the model's start-up (0.8 s of a 1.2 s load, paid before any worker can begin).
    """
    _LASTING.append(True)
    try:
        yield
    finally:
        _LASTING.pop()


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _entry(principal: str, role: str, name: str, kind: str, text: str, **extra: Any) -> Entry:
    return Entry(principal, role, name, kind, text, _is_acronym(text), **extra)


def _state_entries(states: Mapping[str, Any]) -> Iterable[Entry]:
    for code, s in states.items():
        name = s["name"]
        for alias in s.get("names", ()):
            yield _entry(code, "", name, "state", alias)
        for alias in s.get("adj", ()):
            yield _entry(code, "", name, "adj", alias)
        for alias in s.get("cap", ()):
            yield _entry(code, "GOV", name, "capital", alias)
        for alias, role in (s.get("seats") or {}).items():
            yield _entry(code, role, name, "seat", alias)
        for alias in s.get("ctx", ()):
            yield _entry(code, "", name, "context", alias)


def _igo_entries(igos: Mapping[str, Any]) -> Iterable[Entry]:
    for code, g in igos.items():
        name = g.get("name", code)
        defaults = set(g.get("default", ()))
        for alias in g.get("names", ()):
            yield _entry(code, "", name, "igo", alias)
        for alias in g.get("contextual", ()):
            yield _entry(code, "", name, "context", alias, default=alias in defaults)


def _group_entries(groups: Iterable[Mapping[str, Any]]) -> Iterable[Entry]:
    """Named groups; one with no principal is a non-state armed group (kind
    "armed"): it stands for no state, whatever state it fights in."""
    for g in groups:
        principal = str(g.get("principal") or "")
        for alias in g.get("names", ()):
            yield _entry(
                principal,
                g.get("role", ""),
                g.get("name", alias),
                "group" if principal else "armed",
                alias,
                nonstate=bool(g.get("nonstate", False)),
                shared=tuple(str(c) for c in g.get("shared") or ()),
                start=str(g.get("from", "") or ""),
                end=str(g.get("to", "") or ""),
            )


def _split_code(code: str, principal: str | None, role: str | None) -> tuple[str, str]:
    """Principal and role of a CAMEO-style code ("EGYGOV" -> EGY, GOV)."""
    if principal:
        return principal, role if role is not None else code[len(principal) : len(principal) + 3]
    if code[:3] in ("IGO", "NGO", "MNC") or len(code) <= 3 or code.isalpha() is False:
        return code, role or ""
    return code[:3], role if role is not None else code[3:6]


def user_entries(data: Mapping[str, Any]) -> Iterable[Entry]:
    """Entries of a user (or imported PETRARCH) actors YAML: see dictionaries.py."""
    for item in data.get("actors", ()) or ():
        code = str(item["code"])
        principal, role = _split_code(code, item.get("principal"), item.get("role"))
        kind = item.get("kind", "state")
        name = item.get("name") or (item.get("names") or [code])[0]
        periods = item.get("dates") or ()
        for alias in item.get("names", ()):
            if periods:
                for p in periods:
                    pcode = str(p.get("code", code))
                    pp, pr = _split_code(pcode, None, None)
                    yield _entry(
                        pp,
                        pr,
                        name,
                        kind,
                        alias,
                        code=pcode,
                        start=str(p.get("from", "") or ""),
                        end=str(p.get("to", "") or ""),
                    )
            else:
                yield _entry(principal, role, name, kind, alias, code=code)


def _holder_entries(
    holders: Iterable[Mapping[str, Any]], names: Mapping[str, str]
) -> Iterable[Entry]:
    for h in holders:
        principal = h["principal"]
        ambiguous = set(h.get("ambiguous", ()))
        for alias in [h["name"], *h.get("aliases", ())]:
            yield Entry(
                principal,
                h.get("role", ""),
                h["name"],
                "person",
                alias,
                False,
                start=str(h.get("from", "") or ""),
                end=str(h.get("to", "") or ""),
                ambiguous=alias in ambiguous,
                office=str(h.get("office", "") or "").lower(),
            )


def title_key(text: str) -> tuple[str, ...]:
    """Tokens of a title as spaCy splits it in running text: abbreviations are
    tokenized capitalised ("Sen." stays one token, "Lt." is "lt" + ".")."""
    if "." not in text:
        return tokenize(text)
    capital = " ".join(w[:1].upper() + w[1:] for w in text.split())
    return tokenize(capital)


def _table(words: Mapping[str, Iterable[str]]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for role, items in words.items():
        for w in items:
            out.setdefault(title_key(str(w)), role)
    return out


def _portfolio_phrases(
    portfolios: Mapping[str, Iterable[str]], heads: Iterable[str], nouns: Iterable[str]
) -> dict[str, list[str]]:
    """ "<portfolio> <head>", "<head> of <portfolio>", "<head> for <portfolio>"
    for every portfolio (by role) and head word ("minister", "ministry")."""
    out: dict[str, list[str]] = {}
    for role, items in portfolios.items():
        for p in items:
            for h in (*heads, *nouns):
                out.setdefault(str(role), []).extend(
                    (f"{p} {h}", f"{h} of {p}", f"{h} for {p}", f"{h} of the {p}")
                )
    return out


@lru_cache(maxsize=8)
def load_gazetteer(actors_file: str = "") -> Gazetteer:
    """The compiled gazetteer, with the user's actors YAML (if any) overriding ours."""
    with lasting_strings(), collector_paused():
        return _compile_gazetteer(actors_file)


def _compile_gazetteer(actors_file: str) -> Gazetteer:
    d = _data_dir()
    states = _read_yaml(d / "states.yaml") or {}
    igos = _read_yaml(d / "igos.yaml") or {}
    state_firms = _read_yaml(d / "state_companies.yaml") or {}
    groups = [*(_read_yaml(d / "groups.yaml") or []), *(state_firms.get("companies") or [])]
    roles = _read_yaml(d / "roles.yaml") or {}
    offices = _read_yaml(d / "offices.yaml") or {}
    holders = _read_yaml(d / "office_holders.yaml") or []
    principal_names = {code: s["name"] for code, s in states.items()}
    principal_names.update({code: g.get("name", code) for code, g in igos.items()})

    places = _read_yaml(d / "places.yaml") or []
    friends = _read_yaml(d / "false_friends.yaml") or {}
    entries: list[Entry] = [*_state_entries(states), *_igo_entries(igos), *_group_entries(groups)]
    entries.extend(_entry("", "", str(p), "place", str(p)) for p in places)
    person_entries = list(_holder_entries(holders, principal_names))
    user_roles: dict[str, list[str]] = {}
    if actors_file:
        from newsgraph.actors.dictionaries import read_actors_file

        data = read_actors_file(actors_file)
        for e in user_entries(data):
            (person_entries if e.kind == "person" else entries).append(e)
            principal_names.setdefault(e.principal, e.name)
        for role, words in (data.get("agents") or {}).items():
            user_roles.setdefault(str(role), []).extend(str(w) for w in words)

    names: dict[tuple[str, ...], list[Entry]] = {}
    for e in entries:
        key = tokenize(e.text)
        bucket = names.setdefault(key, [])
        if e.code and e.kind != "context":  # user entries override ours
            bucket[:] = [b for b in bucket if b.code or b.kind != e.kind]
        bucket.append(e)
    persons: dict[tuple[str, ...], list[Entry]] = {}
    for e in person_entries:
        persons.setdefault(tokenize(e.text), []).append(e)

    role_words = dict(roles.get("roles", {}))
    for role, words in user_roles.items():
        role_words[role] = [*words, *role_words.get(role, ())]
    role_table = _table(role_words)
    title_table = _table(offices.get("titles", {}))
    generic = frozenset(str(w).lower() for w in offices.get("generic", ()))
    title_ends = frozenset(k[-1] for k in title_table if k[-1] not in generic)
    portfolios = offices.get("portfolios") or {}
    heads = [str(h) for h in offices.get("portfolio_heads", ())]
    for key, role in _table(_portfolio_phrases(portfolios, heads, ())).items():
        title_table.setdefault(key, role)
    for key, role in _table(_portfolio_phrases(portfolios, (), ("ministry", "ministries"))).items():
        role_table.setdefault(key, role)
    # a portfolio's department is its ministry ("Canada's foreign affairs department urged");
    # only written before it: "Department for Environment, Food and Rural Affairs" is a name
    # that runs on past the portfolio
    departments = {
        str(role): [f"{p} {noun}" for p in items for noun in ("department", "departments")]
        for role, items in portfolios.items()
    }
    for key, role in _table(departments).items():
        role_table.setdefault(key, role)
    igo_titles = frozenset(tokenize(str(w)) for w in offices.get("igo_titles", ()))
    for t in igo_titles:
        title_table.setdefault(t, "")
    title_ends |= frozenset(k[-1] for k in igo_titles if k[-1] not in generic)
    longest = max((len(k) for k in [*role_table, *title_table]), default=1)
    names_t = {k: tuple(v) for k, v in names.items()}
    persons_t = {k: tuple(v) for k, v in persons.items()}
    bare = {tokenize(str(w)): True for w in roles.get("bare", ())}
    placed = {tokenize(str(w)): True for w in roles.get("placed", ())}
    # "The Trade Ministry said", "the Ministry of Fisheries": any portfolio's ministry named
    # bare is the context state's, as "the Foreign Ministry" is
    for phrases in _portfolio_phrases(portfolios, (), ("ministry",)).values():
        for phrase in phrases:
            bare.setdefault(tokenize(f"the {phrase}"), True)
    igo_staff = {tokenize(str(w)): "" for w in roles.get("igo_staff", ())}
    epithets = {
        title_key(str(k)): title_key(str(v)) for k, v in (offices.get("epithets") or {}).items()
    }
    firm_words = {
        tokenize(str(w).lower()): cls
        for cls, key in _FIRM_WORD_CLASSES
        for w in state_firms.get(key) or ()
    }
    return Gazetteer(
        names=names_t,
        max_len=max((len(k) for k in names), default=1),
        roles=role_table,
        titles=title_table,
        igo_titles=igo_titles,
        generic_titles=frozenset(str(w).lower() for w in offices.get("generic", ())),
        counterparts=frozenset(str(w).lower() for w in offices.get("counterpart", ())),
        modifiers=frozenset(str(w).lower() for w in offices.get("modifiers", ())),
        held_suffixes=frozenset(str(w).lower() for w in offices.get("held_suffixes", ())),
        honorifics=frozenset(str(w).lower() for w in offices.get("honorifics", ())),
        bare_roles=bare,
        igo_staff=igo_staff,
        epithets=epithets,
        placed_roles=placed,
        unplaced_modifiers=frozenset(str(w).lower() for w in roles.get("unplaced", ())),
        seated_rulers=frozenset(tokenize(str(w).lower()) for w in roles.get("seated", ())),
        hosted_rulers=frozenset(tokenize(str(w).lower()) for w in roles.get("hosted", ())),
        firm_origins=frozenset(str(w).lower() for w in roles.get("firm_origins", ())),
        state_firm_words=firm_words,
        organ_heads=frozenset(str(w).lower() for w in roles.get("organ_heads", ())),
        organ_unheld=frozenset(str(w).lower() for w in roles.get("organ_unheld", ())),
        persons=persons_t,
        principal_names=principal_names,
        igos=frozenset(igos),
        bystanders=frozenset(c for c, g in igos.items() if g.get("party", True) is False),
        seat_states={
            str(city).lower(): str(state)
            for g in igos.values()
            for city, state in (g.get("seat_of") or {}).items()
        },
        seat_peers={
            str(city).lower(): frozenset(str(c) for c in g.get("seat_peers") or ())
            for g in igos.values()
            for city in g.get("seat_of") or {}
        },
        hosted_seats=_hosted_seats(igos),
        former=frozenset(str(w).lower() for w in offices.get("former", ())),
        head_titles=frozenset(title_key(str(w)) for w in offices.get("head_titles", ())),
        person_groups=frozenset(tokenize(str(w)) for w in roles.get("person_groups", ())),
        title_states={
            title_key(str(k)): str(v) for k, v in (offices.get("title_states") or {}).items()
        },
        title_ends=title_ends,
        title_also={
            title_key(str(k)): frozenset(str(c) for c in v)
            for k, v in (offices.get("title_also") or {}).items()
        },
        portfolio_words=frozenset(
            w for items in portfolios.values() for p in items for w in tokenize(str(p))
        )
        - {"and", "&", "the", "of"},
        local_titles=frozenset(title_key(str(w)) for w in offices.get("local_titles", ())),
        party_words={str(k).lower(): str(v) for k, v in (offices.get("party_words") or {}).items()},
        party_markers={
            str(k).lower(): str(v) for k, v in (offices.get("party_markers") or {}).items()
        },
        person_nouns=frozenset(str(w).lower() for w in offices.get("person_nouns", ())),
        kin_nouns=frozenset(str(w).lower() for w in offices.get("kin_nouns", ())),
        portfolio_heads=frozenset(h.split()[-1].lower() for h in heads),
        refer_back=frozenset(str(w).lower() for w in offices.get("refer_back", ())),
        mouthpiece_words=frozenset(str(w).lower() for w in offices.get("mouthpiece_words", ())),
        rotating_titles=frozenset(tokenize(str(w)) for w in offices.get("rotating_titles", ())),
        monarch_words=frozenset(str(w).lower() for w in offices.get("monarch_words", ())),
        envoy_words=frozenset(str(w).lower() for w in offices.get("envoy_words", ())),
        home_title_words=frozenset(str(w).lower() for w in offices.get("home_title_words", ())),
        same_titles={
            title_key(str(k)): frozenset(title_key(str(v)) for v in vs)
            for k, vs in (offices.get("same_titles") or {}).items()
        },
        name_suffixes=frozenset(str(w).lower() for w in offices.get("name_suffixes", ())),
        organisation_tails=frozenset(
            str(w).lower() for w in offices.get("organisation_tails", ())
        ),
        site_tails=frozenset(str(w).lower() for w in offices.get("site_tails", ())),
        surname_articles=frozenset(str(w).lower() for w in offices.get("surname_articles", ())),
        name_particles=frozenset(str(w).lower() for w in offices.get("name_particles", ())),
        title_vocab=frozenset(w for k in title_table for w in k if any(c.isalnum() for c in w))
        | frozenset(str(w).lower() for w in offices.get("modifiers", ())),
        unless_in_article={
            str(k).lower(): tuple(str(w) for w in v)
            for k, v in (friends.get("unless_in_article") or {}).items()
        },
        shared_names={
            str(k).lower(): SharedName(
                str(v["state"]),
                *(tuple(str(w) for w in v.get(key, ())) for key in SharedName.KEYS),
            )
            for k, v in (friends.get("shared_names") or {}).items()
        },
        not_names=frozenset(str(w).lower() for w in friends.get("not_names", ())),
        body_words=frozenset(str(w).lower() for w in friends.get("body_words", ())),
        headline_share=float(friends.get("headline_share", 1.0)),
        us_states=frozenset(title_key(str(w)) for w in friends.get("us_states", ())),
        to_titles=frozenset(str(w).lower() for w in offices.get("to_titles", ())),
        place_titles=frozenset(str(w).lower() for w in offices.get("place_titles", ())),
        igo_head_titles=frozenset(title_key(str(w)) for w in offices.get("igo_head_titles", ())),
        lower_generic_titles=frozenset(
            title_key(str(w)) for w in offices.get("lower_generic_titles", ())
        ),
        head_words=frozenset(title_key(str(w)) for w in offices.get("head_words", ())),
        igo_head_words=frozenset(title_key(str(w)) for w in offices.get("igo_head_words", ())),
        lower_ranks=frozenset(str(w).lower() for w in offices.get("lower_ranks", ())),
        styles=frozenset(title_key(str(w)) for w in offices.get("styles", ())),
        joined_suffixes=frozenset(str(w).lower() for w in friends.get("joined_suffixes", ())),
        name_prefixes=frozenset(str(w).lower() for w in friends.get("name_prefixes", ())),
        descent_words=frozenset(str(w).lower() for w in friends.get("descent_words", ())),
        phrase_max=longest,
        firsts={
            id(t): _first_index(t)
            for t in (
                names_t,
                persons_t,
                role_table,
                title_table,
                bare,
                placed,
                igo_staff,
                epithets,
                firm_words,
            )
        },
    )


_NO_INDEX: Mapping[str, int] = {}
# state_companies.yaml's word lists, by the class find_groups reads them as
_FIRM_WORD_CLASSES = (
    ("owner", "owners"),
    ("plain_owner", "plain_owners"),
    ("sector", "sectors"),
    ("firm_noun", "firm_nouns"),
    ("lender", "lenders"),
)


def _first_index(table: Mapping[tuple[str, ...], Any]) -> dict[str, int]:
    """First word -> length of the longest key starting with it."""
    out: dict[str, int] = {}
    for key in table:
        if key:
            out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


def _hosted_seats(igos: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """igos.yaml hosted_in, by city: the IGOs whose seat a state's capital hosts."""
    seats: dict[str, set[str]] = {}
    for code, g in igos.items():
        for city in g.get("hosted_in") or ():
            seats.setdefault(str(city).lower(), set()).add(str(code))
    return {city: frozenset(codes) for city, codes in seats.items()}
