"""Resolve every stretch of an article that refers to an actor or a person.

One pass per rule over the tokens, each claiming the tokens it covers so that
mentions never overlap: people with their offices, appositions, titles,
role phrases ("Russian forces"), plain names and metonyms, contextual
descriptions ("the alliance"), bare role nouns ("lawmakers"), then pronouns.
Plural references ("the two countries") are claimed early and given their
members once every name is known (see ``plurals``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from newsgraph.actors.armed import find_armed_names
from newsgraph.actors.addressed import (
    addressed_at,
    addressed_head,
    addressed_state,
    domestic_address,
    earlier_ruler,
)
from newsgraph.actors.coref import past_post_phrase, quote_spans, resolve_pronouns, speech_verbs
from newsgraph.actors.country import _ancestors, add_country_subjects
from newsgraph.actors.described import (
    DescriptionWords,
    described_match,
    description_words,
    find_aiming_officials,
    find_arriving_officials,
    find_visiting_officials,
    find_directed_officials,
    find_documents,
    find_hosts,
    visit_host_title,
    find_igo_bodies,
    find_kinds,
    find_met_names,
    find_people_again,
    find_crafts_again,
    host_before,
    kind_words,
    met_in_visit,
)
from newsgraph.actors.gazetteer import Entry, Gazetteer, load_gazetteer, tokenize
from newsgraph.actors.led import add_group_leaders, add_led_forces, add_led_groups
from newsgraph.actors.offices import holder_actor
from newsgraph.actors.plurals import (
    find_plurals,
    first_conjunct,
    place_in_plurals,
    plural_words,
    resolve_late_pairs,
    resolve_plurals,
    resolve_role_groups,
)
from newsgraph.actors.speakers import speaker_pronouns
from newsgraph.actors.towns import add_towns
from newsgraph.model import Actor, Article, Mention, Parse, Token, stable_id
from newsgraph.settings import Settings

log = logging.getLogger(__name__)

_ACTOR_KINDS = frozenset({"state", "adj", "igo", "group", "capital", "seat"})
# relations inside an object's phrase, up to the verb it is the object of (_acted_on)
_OBJECT_PHRASE = frozenset({"amod", "compound", "poss", "pobj", "prep", "dobj", "nmod", "appos"})
_CONTAINERS = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
_STATE_KINDS = frozenset({"state", "adj", "capital", "seat"})
# roles of a state's forces and courts, which act on people at home (_agent_patients)
_FORCE_ROLES = frozenset({"COP", "MIL", "SPY", "JUD"})
_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl"})  # clauses under another clause
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})
# prepositions of a phrase an act aims at ("protested to Tokyo", "called on Seoul")
_AIMED_PREPS = frozenset({"to", "against", "on", "with", "toward", "towards"})
_OWNER_PHRASE_MAX = 8  # tokens of a title's "of" phrase before the holder's name
_DASHES = frozenset({"—", "–", "-", "--"})
_VISIT_WORDS = frozenset({"visiting", "visit", "trip", "tour"})  # "on a visit to Pakistan"
_POSSESSIVE = frozenset({"'s", "'"})
_POSS_PRONOUNS = frozenset({"his", "her", "their", "its"})
_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "to", "-", "a", "an", "at", "in"})
# Roles whose word before a generic title ("leader", "chief") makes the holder theirs, not the
# government's: "Opposition Conservative leader X" (resolve._office)
_LED_ROLES = frozenset({"OPP"})
_STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
_NOT_NAMES = frozenset(
    {
        "DATE",
        "TIME",
        "CARDINAL",
        "ORDINAL",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "EVENT",
        "LAW",
        "LANGUAGE",
    }
)
_INDEFINITE = frozenset({"a", "an", "another", "one"})
_ORGAN_WORDS = 2  # field words before an IGO organ's staff noun ("election observation mission")
_ORGAN_DEPS = frozenset({"compound", "amod", "nmod"})
# links from a place to the speech verb it sets ("told a news conference in Tokyo")
_SPOKEN_TO = frozenset({"dobj", "dative", "pobj", "prep"})
_ORGAN_NAME_WORDS = 6  # words of a state body's proper name ("Radio and Television Commission")
_ORGAN_JOINS = frozenset({"and", "of", "for", "&"})
# role phrases whose coordinated adjectives share their role ("U.S. and Chinese officials",
# "the Chilean and Peruvian trade ministers"): each adjective a mention of the phrase's kind
_ROLE_PHRASES = frozenset({"group", "title"})
_PREPS = frozenset({"of", "for", "at", "to", "in", "with", "from", "on", "near"})
_SEAT_PLACE_PREPS = frozenset({"to", "in", "at"})  # a seat city as a place (_place_word)


_FORWARD_SENTENCES = 3  # a nameless title may name someone this many sentences on
_NAMELESS_SENTENCES = 2  # "the emir" refers back this many sentences
_HEAD_SENTENCES = 5  # "the Bhutanese leader" refers back to an unnamed head this many sentences
# "the prime minister" refers back to the one state's unnamed head the story names this many
# sentences (wire copy tells the head's call or thanks some paragraphs after naming them)
_BARE_HEAD_SENTENCES = 10
_PORTFOLIO_MAX = 8  # tokens of a portfolio after a title ("for East Asian and Pacific Affairs")
_TYPO_MIN = 6  # letters: shorter surnames are too easily another real name


def _transposed(word: str) -> tuple[str, ...]:
    """A surname with two adjacent inner letters swapped (a common typo in news copy)."""
    if len(word) < _TYPO_MIN or not word.isalpha():
        return ()
    out = []
    for k in range(1, len(word) - 1):
        if word[k] != word[k + 1]:
            out.append(word[:k] + word[k + 1] + word[k] + word[k + 2 :])
    return tuple(out)


def paternal_surname(
    name: tuple[str, ...] | list[str], suffixes: frozenset[str] = frozenset()
) -> str | None:
    """The first of two surnames closing a name of three words or more ("Pineda" of "Ricardo
    Pineda Castro", "Espinosa" of "Maria Fernanda Espinosa Garces"): Spanish and Portuguese
    copy names the person by it alone. A capitalised word of letters only, no initial and no
    particle ("Ursula von der Leyen"), else None; none before a suffix of ``suffixes``
    ("Donald Trump Jr." is not "Trump")."""
    if len(name) < 3 or name[-1].lower() in suffixes:
        return None
    word = name[-2]
    return word if len(word) > 2 and word.isalpha() and word[:1].isupper() else None


def _names_any(text: str, words: tuple[str, ...], flags: int = 0) -> bool:
    """Whether the text holds one of the words or phrases, whole (and as written, unless
    the flags say otherwise)."""
    return any(re.search(r"\b" + re.escape(w) + r"\b", text, flags) for w in words)


def _norm(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


@dataclass(slots=True)
class Draft:
    """A mention under construction (mutable while the article is resolved)."""

    ts: int
    te: int
    kind: str
    actor: Actor | None = None
    person: str | None = None  # cluster key until finalised
    label: str = ""
    antecedent: int | None = None  # index of another Draft
    title: tuple[str, ...] = ()
    stated: bool = False  # the actor was stated in the text, not inherited
    group_role: str = ""  # "the Biden administration": the person's state with this role
    members: tuple[Actor, ...] = ()  # a plural reference ("the two countries"): its actors
    # character span inside one token ("U.S." of "U.S.-China"); -1: the tokens' own
    char_start: int = -1
    char_end: int = -1
    # a non-state armed group ("the Rapid Support Forces"): no actor, and no
    # pronoun that refers to it may take another actor instead
    nonstate: bool = False
    former: Actor | None = None  # the state a former official served (Mention.former)


@dataclass(frozen=True, slots=True)
class Office:
    """What a title phrase says about a person."""

    actor: Actor | None
    title: tuple[str, ...]
    role: str
    start: int  # first token of the phrase worth covering
    former: bool  # "former", "ex-": the person no longer acts for the actor
    principal: Entry | None = None
    body: bool = (
        False  # the title is of a body that is no state ("president of Human Rights First")
    )


@dataclass(slots=True)
class Cluster:
    """Every mention of one person in the article."""

    names: list[tuple[str, ...]] = field(default_factory=list)
    drafts: list[int] = field(default_factory=list)
    actor: Actor | None = None
    titles: set[tuple[str, ...]] = field(default_factory=set)
    role: str = ""
    former: bool = False  # acts for no actor: a former official, or a title in a private body
    described: set[str] = field(default_factory=set)  # apposition nouns: "professor"
    homed: bool = False  # the state is the article's, for want of any other

    @property
    def canonical(self) -> tuple[str, ...]:
        return max(self.names, key=len)


def _same_office(
    a: tuple[str, ...], b: tuple[str, ...], ranks: frozenset[str] = frozenset()
) -> bool:
    """Whether two titles may name one office: one ends the other ("minister" and
    "foreign minister"), unlike "finance minister" and "prime minister", and both hold
    the same rank words (``ranks``: not "deputy prime minister" and "prime minister";
    "deputy minister" and "deputy finance minister" may be one)."""
    if ranks & set(a) != ranks & set(b):
        return False
    a = tuple(w for w in a if w not in ranks) or a
    b = tuple(w for w in b if w not in ranks) or b
    return a[-len(b) :] == b or b[-len(a) :] == a


def _other_office(
    title: tuple[str, ...], titles: set[tuple[str, ...]], gaz: Gazetteer
) -> bool:
    """A title of another office than the person's: the same head word with other
    words before it ("finance minister" for a "prime minister", "deputy prime minister"
    for a "prime minister"); a title with another head ("top diplomat" for a "foreign
    minister") may be the same post, unless one is an envoy's post (to_titles) and the
    other not ("Togo's foreign minister" is not "Togo's ambassador" named before)."""
    if any(_same_office(title, t, gaz.lower_ranks) for t in titles):
        return False
    envoy = title[-1] in gaz.to_titles
    return any(t[-1] == title[-1] or (t[-1] in gaz.to_titles) != envoy for t in titles)


def _generic_only(titles: set[tuple[str, ...]], gaz: Gazetteer) -> bool:
    """Whether a person bears only generic titles ("head", "chief", "director"), none of
    them a head of state's ("leader")."""
    return bool(titles) and all(
        t[-1] in gaz.generic_titles and t not in gaz.head_titles for t in titles
    )


_OWNER_LOOKBACK = 4  # sentences
_COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})


class Resolver:
    """Working state for one article; ``run`` returns the frozen mentions."""

    def __init__(self, article: Article, parse: Parse, gaz: Gazetteer) -> None:
        self.article = article
        self.parse = parse
        self.gaz = gaz
        self.toks = parse.tokens
        self.lowers = [_norm(t.text) for t in self.toks]
        self.claimed: list[int | None] = [None] * len(self.toks)
        self.drafts: list[Draft] = []
        self.clusters: list[Cluster] = []
        self.hits: dict[int, tuple[int, Entry]] = {}  # start token -> (end, entry)
        self.hit_at: dict[int, int] = {}  # any token -> start of its hit
        self.person_spans: list[tuple[int, int]] = []
        # Words of titles ("secretary", "of", "state"); punctuation inside titles
        # ("gen.") must not carry a title phrase across a sentence end.
        self.title_vocab = gaz.title_vocab
        self.date = article.date or None
        self._home: tuple[Actor | None] | None = None
        self.dateline_span = (0, 0)
        self.in_person = [False] * len(self.toks)
        # token -> index of the organisation-like entity covering it (or -1)
        self.container_at = [-1] * len(self.toks)
        for e_i, ent in enumerate(parse.entities):
            if ent.label in _CONTAINERS:
                for k in range(ent.token_start, min(ent.token_end, len(self.toks))):
                    self.container_at[k] = e_i
        self.dateline_state: Actor | None = None
        self._title_ends = gaz.title_ends
        # "the foreign minister" with no state and no one to refer back to: (ts, te, title,
        # role), placed once the article's state is known (place_bare_titles)
        self.bare_titles: list[tuple[int, int, tuple[str, ...], str]] = []
        # titles whose state follows them ("the emir of Kuwait"): (ts, last word), so that
        # a later bare "the emir" is not placed in the dateline's state
        self.owned_titles: list[tuple[int, str]] = []
        self._quotes: tuple[tuple[int, int], ...] | None = None  # quote_spans, when first asked

    # -- helpers --------------------------------------------------------

    def free(self, ts: int, te: int) -> bool:
        return all(self.claimed[k] is None for k in range(ts, te))

    def add(self, draft: Draft) -> int:
        idx = len(self.drafts)
        self.drafts.append(draft)
        for k in range(draft.ts, draft.te):
            self.claimed[k] = idx
        return idx

    def sent(self, i: int) -> int:
        return self.toks[i].sent

    def indefinite(self, ts: int) -> bool:
        """Whether the mention starting at ts is named with "a" or "an" ("the first visit by a
        Brazilian head of state"): any holder of the office, no one referred to."""
        return ts > 0 and self.lowers[ts - 1] in ("a", "an")

    def _quote_of(self, i: int) -> tuple[int, int] | None:
        """The quotation span token ``i`` lies in, else None."""
        if self._quotes is None:
            self._quotes = quote_spans(self.article.text)
        at = self.toks[i].start
        return next(((a, b) for a, b in self._quotes if a < at < b), None)

    # -- gazetteer hits ---------------------------------------------------

    def _case_ok(self, e: Entry, ts: int, te: int) -> bool:
        if e.kind == "context":
            # "the North" (Korea) is written with a capital; "the north" is a region
            words = e.text.split()[1:] if e.text.lower().startswith("the ") else e.text.split()
            if any(w[:1].isupper() for w in words):
                as_written = [t.text for t in self.toks[te - len(words) : te]] == words
                return as_written and (len(words) < len(e.text.split()) or self._opens_phrase(ts))
            return True
        written = "".join(t.text for t in self.toks[ts:te])
        if e.case:
            return written.replace("’", "'") == e.text.replace(" ", "")
        if e.text[:1].isupper():
            first = self.toks[ts].text
            return first[:1].isupper() or not first[:1].isalpha()
        return True

    def _opens_phrase(self, s: int) -> bool:
        """Whether token ``s`` opens its noun phrase: after "a", "an", "the", at a sentence's
        start or after a lowercase word, not within another name ("the Election Commission",
        "Kenya's Commission", "Security Council"). A body's short name written bare ("a
        Commission spokesman") stands for its IGO only there."""
        if s == 0 or self.sent(s - 1) != self.sent(s):
            return True
        prev = self.toks[s - 1].text
        if self.lowers[s - 1] in ("'s", "’s", "'", "’", "-", "\u2013"):
            return False
        return not prev[:1].isupper() or self.lowers[s - 1] in ("a", "an", "the")

    def find_hits(self) -> None:
        i, n = 0, len(self.toks)
        starts = self.gaz.starts(self.gaz.names)
        while i < n:
            m = self.gaz.match(self.lowers, i) if self.lowers[i] in starts else None
            if not m:
                described = described_match(self.gaz, self.lowers, i)  # "the 32-member alliance"
                m = (described[0] - i, described[1]) if described else None
            if m:
                length, entries = m
                usable = [
                    e
                    for e in entries
                    if self._case_ok(e, i, i + length)
                    and e.valid_on(self.date)
                    and not self._false_friend(e)
                    and not self._prefixed_name(i)
                    and not self._descent_name(i)
                ]
                if usable and all(e.kind == "context" for e in usable):
                    inner = self.gaz.match(self.lowers, i + 1)
                    if inner and i + 1 + inner[0] > i + length:
                        usable = []  # "The | North Korean government": the name wins
                if usable:
                    user = [e for e in usable if e.code]
                    self.hits[i] = (i + length, (user or usable)[0])
                    for k in range(i, i + length):
                        self.hit_at[k] = i
                    i += length
                    continue
            i += 1
        self._minority_names()
        self._resident_peoples()
        self._share_names()
        self._seat_cities()

    def _minority_names(self) -> None:
        """Two nationalities written together, the second a people's plural ("Bosnian Serbs",
        "Turkish Cypriots", "Kosovo Albanians"): a people of one state by descent from another,
        and which is which the order does not tell, so neither is an actor."""
        for s, (e, entry) in list(self.hits.items()):
            if entry.kind != "adj" or e - s != 1 or self.toks[s].tag not in ("NNPS", "NNS"):
                continue
            before = self.hit_at.get(s - 1)
            if before is None or self.sent(before) != self.sent(s):
                continue
            end, other = self.hits[before]
            if end != s or other.kind not in ("adj", "state") or other.principal == entry.principal:
                continue
            for k in (before, s):
                e_k = self.hits.pop(k)[0]
                for j in range(k, e_k):
                    self.hit_at.pop(j, None)

    def _resident_peoples(self) -> None:
        """A nationality's people placed by "of" in another state ("the Albanians of southern
        Serbia", "the Greeks of Albania"): a minority by descent, as "ethnic Albanians" is
        (_descent_name), so the people names no actor; the state after "of" keeps its own."""
        for s, (e, entry) in list(self.hits.items()):
            if entry.kind != "adj" or e - s != 1 or self.toks[s].tag not in ("NNPS", "NNS"):
                continue
            k = e + 1
            if e >= len(self.toks) or self.lowers[e] != "of" or self.sent(e) != self.sent(s):
                continue
            while k < len(self.toks) and k not in self.hits and self.toks[k].pos == "ADJ":
                k += 1  # "of southern Serbia"
            place = self.hits.get(k)
            if place is None or self.sent(k) != self.sent(s):
                continue
            if place[1].kind not in ("state", "adj") or place[1].principal == entry.principal:
                continue
            for j in range(s, e):
                self.hit_at.pop(j, None)
            del self.hits[s]

    def _share_names(self) -> None:
        """A shared name ("Congo", "Congolese") is the other state's in an article that names
        only that one by its own name (false_friends.yaml shared_names)."""
        text = self.article.text
        for s, (e, entry) in list(self.hits.items()):
            shared = self.gaz.shared_names.get(entry.text.lower())
            if not shared or entry.kind not in ("state", "adj"):
                continue
            # a dateline writes the capital in capitals ("BRAZZAVILLE, Republic of Congo")
            if _names_any(text, shared.unless, re.I):
                continue
            full = _names_any(text, shared.when, re.I)
            capital = _names_any(text, shared.when_capital, re.I)
            # the usual one's capital alone is a city beside the other's full name and capital
            if _names_any(text, shared.unless_capital, re.I) and not (full and capital):
                continue
            if full or capital:
                other = self.gaz.principal_names.get(shared.state, shared.state)
                self.hits[s] = (e, replace(entry, principal=shared.state, name=other))

    def _seat_cities(self) -> None:
        """A seat city ("Brussels", igos.yaml seat_of) names its IGO, except in a story that
        names the city's state and the IGO by no other name ("Belgium's foreign minister
        met ... Congo urged Brussels to pay compensation"): there it is the state's capital,
        a metonym as "Paris" is; never in a story naming another member of the IGO
        (seat_peers: "Hungary blocked the aid ... Brussels accused Budapest")."""
        seats = self.gaz.seat_states
        named = [x for _, x in self.hits.values() if x.text.lower() not in seats]
        for s, (e, entry) in list(self.hits.items()):
            state = seats.get(entry.text.lower()) if entry.kind == "igo" else None
            if state is not None and self._seat_state_beside(s, state, entry.principal):
                name = self.gaz.principal_names.get(state, state)
                self.hits[s] = (e, Entry(state, "GOV", name, "capital", entry.text, False))
                continue
            if state is None or any(x.principal == entry.principal for x in named):
                continue
            peers = self.gaz.seat_peers.get(entry.text.lower(), frozenset())
            if any(x.principal in peers for x in named):
                continue
            if any(x.principal == state and x.kind in _STATE_KINDS for x in named):
                name = self.gaz.principal_names.get(state, state)
                self.hits[s] = (e, Entry(state, "GOV", name, "capital", entry.text, False))
        self._hosted_seats()

    def _hosted_seats(self) -> None:
        """A capital that hosts IGOs' seats (igos.yaml hosted_in: "Vienna") names the one such
        IGO its story names, in a story that names the capital's state by no other name ("OPEC
        wrote to Libya ... the minister would travel to Vienna", "a quarrel between Vienna and
        Tripoli"): no visit to Austria. A story naming the state ("Austria's chancellor"), two
        IGOs seated there, or none keeps the capital its state's."""
        hosted = self.gaz.hosted_seats
        cities = [s for s, (_, x) in self.hits.items() if x.kind == "capital" and x.text.lower() in hosted]
        if not cities:
            return
        others = [x for s, (_, x) in self.hits.items() if s not in cities]
        for s in cities:
            e, entry = self.hits[s]
            igos = {x.principal for x in others if x.principal in hosted[entry.text.lower()]}
            if len(igos) != 1 or any(x.principal == entry.principal for x in others):
                continue
            igo = next(iter(igos))
            name = self.gaz.principal_names.get(igo, igo)
            self.hits[s] = (e, Entry(igo, "", name, "igo", entry.text, False))

    def _seat_state_beside(self, k: int, state: str, igo: str) -> bool:
        """Whether the sentence of the seat city at token ``k`` names the city's state by
        its name and the IGO by no other name ("Belgium cut aid to Kigali, and Rwanda broke
        off relations with Brussels", "thanked Belgium but urged Brussels to return ..."):
        there the city is the state's capital, whatever the rest of the story names."""
        sent = self.sent(k)
        here = [x for j, (_, x) in self.hits.items() if j != k and self.sent(j) == sent]
        # another member named beside it makes it the IGO ("Italy and Belgium backed the
        # budget, and Hungary criticized Brussels"), but not beside the city as a place
        # ("a visit to Brussels by the Dutch prime minister, who was received by Belgium's
        # prime minister": the member comes to the state's capital)
        peers = frozenset() if self._place_word(k) else self.gaz.seat_peers.get(self.lowers[k], frozenset())
        return any(x.principal == state and x.kind == "state" for x in here) and not any(
            x.principal == igo or x.principal in peers for x in here
        )

    def _place_word(self, k: int) -> bool:
        """Whether the token at ``k`` is the object of a place preposition ("to Brussels",
        "in Brussels"): where someone goes or is, not who acts."""
        tok = self.toks[k]
        if tok.dep != "pobj" or tok.head == tok.i:
            return False
        return self.lowers[tok.head] in _SEAT_PLACE_PREPS

    def find_dateline(self) -> None:
        """The token span of a dateline opening a line ("Seoul, South Korea —",
        "washington —", "STATE DEPARTMENT —") near the start of the article."""
        limit = (self.toks[0].start + 600) if self.toks else 0
        for i, tok in enumerate(self.toks):
            if tok.start > limit:
                return
            if not (tok.start == 0 or self.article.text[tok.start - 1] == "\n"):
                continue
            k = i
            while (
                k < len(self.toks)
                and k - i < 8
                and self.lowers[k] not in _DASHES
                and self.lowers[k] != "\n"
            ):
                k += 1
            if (
                k < len(self.toks)
                and k > i
                and self.lowers[k] in _DASHES
                and (self.lowers[k] != "-" or bool(self.toks[k - 1].ws))  # "Armenia-Azerbaijan"
                and self.sent(k) == self.sent(i)
            ):
                m = self.gaz.match(self.lowers, i)
                self.dateline_span = (i, k + 1)
                if (
                    m
                    and m[1][0].kind in ("capital", "state", "seat")
                    and m[1][0].principal not in self.gaz.igos
                ):
                    self.dateline_state = self.gaz.principal_actor(m[1][0].principal)
                elif m:
                    self.dateline_state = self._seat_home(m[1][0])
                return

    def _seat_home(self, entry: Entry) -> Actor | None:
        """The state of an IGO's seat city opening the dateline ("BRUSSELS —", igos.yaml
        seat_of), in a story that names that state and the IGO by no other name ("The UAE
        extradited a Belgian man to Belgium"), as _seat_cities reads the city in the body."""
        state = self.gaz.seat_states.get(entry.text.lower()) if entry.kind == "igo" else None
        if state is None:
            return None
        named = [x for _, x in self.hits.values() if x.text.lower() not in self.gaz.seat_states]
        if any(x.principal == entry.principal for x in named) or not any(
            x.principal == state and x.kind in _STATE_KINDS for x in named
        ):
            return None
        return self.gaz.principal_actor(state)

    def _inside_container(self, ts: int, te: int) -> bool:
        """A name inside a larger organisation name ("Chey Institute ... in Seoul")."""
        ent_index = self.container_at[ts]
        if ent_index < 0:
            return False
        for ent in (self.parse.entities[ent_index],):
            if ent.token_end < te:
                continue
            if (ent.token_start, ent.token_end) == (ts, te):
                return False
            for k in range(ent.token_start, ent.token_end):
                if ts <= k < te or k in self.hit_at:
                    continue
                low = self.lowers[k]
                if low in ("the", "'s", "'", "of") or not low.isalnum():
                    continue
                if (low,) in self.gaz.roles or low in self.title_vocab:
                    continue
                return True
        return False

    # -- people -----------------------------------------------------------

    def _person_spans(self) -> list[tuple[int, int]]:
        """PERSON entities with leading titles, adjectives and honorifics stripped."""
        out = []
        for ent in self.parse.entities:
            if ent.label != "PERSON":
                continue
            ts, te = ent.token_start, ent.token_end
            while ts < te and (
                ts in self.hit_at
                or self.lowers[ts] in self.title_vocab
                or self.lowers[ts] in self.gaz.honorifics
                or self.lowers[ts] in self.gaz.former
                or self.lowers[ts] in ("the", "-")
                or not self.toks[ts].text[:1].isalnum()
                # "The minister invited Ba to ...": the model ran the name back over its verb
                or (self.toks[ts].pos in ("VERB", "AUX") and self.toks[ts].text[:1].islower())
            ):
                ts += 1
            while te > ts and (
                self.lowers[te - 1] in _POSSESSIVE
                or self.lowers[te - 1] in self.title_vocab
                or not self.toks[te - 1].text[:1].isalnum()
                # "Haj Omar thanked Riyadh": the model ran the name on into its verb
                or (self.toks[te - 1].pos in ("VERB", "AUX") and self.toks[te - 1].text[:1].islower())
            ):
                te -= 1
            # "Ana Ruiz - Chile's top economist - said": a dash set off by spaces ends the name
            te = next(
                (
                    k
                    for k in range(ts + 1, te)
                    if self.lowers[k] in _DASHES and self.toks[k - 1].ws and self.toks[k].ws
                ),
                te,
            )
            ts = self._extend_hyphen(ts)
            ts, te = self._extend_name(ts, te)
            ts = self._extend_holder(ts, te)
            te = self._extend_state_surname(ts, te)
            if te < len(self.toks) and self.lowers[te] in self.gaz.name_suffixes and te > ts:
                te += 1  # "Donald Trump Jr." (NER often leaves the suffix out)
            if te - ts == 1 and (self.lowers[ts],) in self.gaz.roles:
                continue  # "China's Embassy in Male said": a body the model took for a name
            if te > ts and any(self.toks[k].text[:1].isupper() for k in range(ts, te)):
                out.append((ts, te))
        out.extend(self._appositive_people({k for a, b in out for k in range(a, b)}))
        # "Landlocked Malawi", "Tiny Qatar": a state after words describing it
        return sorted(
            span
            for span in out
            if not self._described_state(*span)
            and not self._organisation_name(*span)
            and not self._site_name(*span)
        )

    def _inside_longer_state(self, s: int, e: int) -> bool:
        """Whether a state's or capital's name found at ``s`` runs past ``e``."""
        return (
            self.hit_at.get(s) == s
            and self.hits[s][0] > e
            and self.hits[s][1].kind in ("state", "capital")
        )

    def _organisation_name(self, ts: int, te: int) -> bool:
        """Whether a span taken for a person's name runs on into a capitalised word that
        names an organisation ("Amnesty International said", "the Carter Foundation")."""
        return (
            te < len(self.toks)
            and self.lowers[te] in self.gaz.organisation_tails
            and self.toks[te].text[:1].isupper()
        )

    def _site_name(self, ts: int, te: int) -> bool:
        """Whether a span taken for a person's name modifies a lower-case site noun after it,
        at most one lower-case noun between ("from the Tavan Tolgoi coal field", "the Kamoa
        mine": site_tails): a place's name."""
        n = len(self.toks)
        for k in range(te, min(te + 2, n)):
            tok = self.toks[k]
            if tok.pos != "NOUN" or not tok.text[:1].islower():
                return False
            if self.lowers[k] in self.gaz.site_tails:
                return self.toks[te - 1].dep == "compound"
        return False

    def _described_state(self, ts: int, te: int) -> bool:
        """Whether a span the model called a person is a state's name after words that
        describe it ("Neighboring Kenya", "Oil-rich Brunei"): description words
        (state_epithets, a hyphened word ending in one of epithet_suffixes) up to the name."""
        k = next((k for k in range(ts + 1, te) if self.hit_at.get(k) == k), None)
        if k is None or self.hits[k][0] != te or self.hits[k][1].kind not in ("state", "igo"):
            return False
        w = description_words()
        return all(
            self.lowers[j] in w.state_epithets
            or self.lowers[j] == "-"
            or (self.lowers[j] in w.epithet_suffixes and j > ts and self.lowers[j - 1] == "-")
            or (j + 1 < k and self.lowers[j + 1] == "-")
            for j in range(ts, k)
        )

    def _appositive_people(self, taken: set[int]) -> list[tuple[int, int]]:
        """Proper names the model mislabelled, shown to be people by an apposition
        ("Maria Lopez, a senior fellow at ..."), a "who" clause ("Tibor Nagy, who
        served ...") or a title just before them ("spokesperson Randhir Jaiswal")."""
        out = []
        n = len(self.toks)
        for i, tok in enumerate(self.toks):
            if not self._name_like(i) or i in taken:
                continue
            if i > 0 and self._name_like(i - 1) and (i - 1) not in taken:
                continue  # handled from the first token of the run
            te = i + 1
            while te < n and te - i < 4 and self._name_like(te) and te not in taken:
                te += 1
            te = self._extend_hyphen_end(te, taken)
            # "Analyst Ana Ruiz said": a person noun opening the sentence, capitalised there and
            # read as the name's first word; the name is the two or more words after it
            opener = (
                te - i >= 3
                and self.lowers[i] in self.gaz.person_nouns
                and (i == 0 or self.sent(i - 1) != self.sent(i))
            )
            if opener:
                i += 1
            if te < n and te not in taken and self._capital_surname(te):
                te += 1  # "Foreign Minister Paulo | Lima of Brazil"
                # "Interior Minister Ana Sofia | Correia": the capital a middle name, joined
                # as a compound to the surname after it
                while (
                    te < n
                    and te - i < 4
                    and te not in taken
                    and self._name_like(te)
                    and self.toks[te - 1].dep == "compound"
                    and self.toks[te - 1].head == te
                ):
                    te += 1
            # "Foreign Minister Sofia | Benitez": a capital's name as the given name after a
            # title, the parser's compound of the surname
            given = i > 1 and (i - 1) not in taken and self._capital_given_name(i - 1, te)
            head = max(
                range(i, te), key=lambda k: sum(1 for j in range(i, te) if self.toks[j].head == k)
            )
            kids = [
                self.toks[c]
                for k in range(i, te)
                for c in self.parse.children[k]
                if not i <= c < te
            ]
            appos = [
                a for a in kids if a.dep == "appos" and self.lowers[a.i] in self.gaz.person_nouns
            ]
            who = [
                a
                for a in kids
                if a.dep == "relcl"
                and (
                    any(self.lowers[c] == "who" for c in self.parse.children[a.i])
                    or self._kin_clause(a.i)
                )
            ]
            root = next((k for k in range(i, te) if not i <= self.toks[k].head < te), te - 1)
            appos_to = self._appositive_to_person(self._first_name_conjunct(root), i)
            titled = opener or given or appos_to or (
                i > 0
                and self.lowers[i - 1] in self._title_ends
                and (
                    te - i >= 2
                    or not self.toks[i - 1].text[:1].isupper()
                    or self.toks[i - 1].pos == "NOUN"
                )
            )
            # "farmer Khamla Vongsa said": a lowercase noun of a person read as the name's
            # compound (person_nouns), before a name of two words or more the model may call
            # an organisation
            titled = titled or (
                i > 0
                and te - i >= 2
                and self.toks[i - 1].text.islower()
                and self.toks[i - 1].dep == "compound"
                and i <= self.toks[i - 1].head < te
                and self.lowers[i - 1] in self.gaz.person_nouns
            )
            if not appos and not who and not titled:
                continue
            if te - i < 2 and not titled:
                continue
            del head
            ts = i - 1 if given else self._extend_hyphen(i)
            if any(k in taken for k in range(ts, te)):
                continue
            taken.update(range(ts, te))
            out.append((ts, te))
        return out

    def _kin_clause(self, verb: int) -> bool:
        """Whether a relative clause opens with "whose" and a kin noun ("whose father was
        killed", "whose son is among those detained"): said only of a person
        (offices.yaml kin_nouns); "whose crew", "whose shares" are not."""
        return any(
            self.lowers[c] in self.gaz.kin_nouns
            and any(self.lowers[g] == "whose" for g in self.parse.children[c])
            for c in self.parse.children[verb]
        )

    def _first_name_conjunct(self, k: int) -> int:
        """The first of the names k is coordinated with ("the two ministers, Ana Ruiz of Peru
        and Jorge Vela of Ecuador": Ruiz for Vela, also when the parser joined Vela to
        "Peru"), or k itself."""
        while self.toks[k].dep == "conj" and self.toks[k].head < k:
            head = self.toks[self.toks[k].head]
            if head.pos != "PROPN":
                break
            prep = self.toks[head.head]
            if head.dep == "pobj" and self.lowers[prep.i] == "of" and self.toks[prep.head].pos == "PROPN":
                head = self.toks[prep.head]  # "Ana Ruiz of Peru and Jorge Vela"
            k = head.i
        return k

    def _appositive_to_person(self, k: int, start: int) -> bool:
        """Whether the name whose root is k stands in apposition to a noun of people, a
        title or a counterpart before ``start`` ("the two ministers, Ana Ruiz and ..."), also
        past an envoy's post ("Turkey's special envoy for Iraq, Mehmet Yildiz", _past_post)."""
        head = self.toks[k].head
        post = self.toks[head]
        if post.dep == "pobj" and self.lowers[post.head] in ("to", "for"):
            above = self.toks[post.head].head
            if self.lowers[above] in self.gaz.to_titles:
                head = above
        return (
            self.toks[k].dep == "appos"
            and head < start
            and (
                self.lowers[head] in self.gaz.person_nouns
                or self.lowers[head] in self._title_ends
                or self.lowers[head] in self.gaz.counterparts
            )
        )

    def _capital_surname(self, k: int) -> bool:
        """Whether a one-word capital or state name ends the name before it, a given name
        the parser made its compound ("Paulo Lima", "Ahmed Bern"): a surname, no metonym.
        Not in a title-case headline, whose capitals mark no names ("Oslo's Premier Visits
        Santiago": a verb and the place visited)."""
        hit = self.hits.get(k)
        prev = self.toks[k - 1]
        return (
            not self._headline_word(k)
            and hit is not None
            and hit[0] == k + 1
            and hit[1].kind in ("capital", "state")
            and prev.dep == "compound"
            and prev.head == k
            and self.toks[k].text[:1].isupper()
            and self.sent(k) == self.sent(k - 1)
        )

    def _capital_given_name(self, k: int, te: int) -> bool:
        """Whether a one-word capital's name at k, right after a title's last word, is the
        given name of the name ending at ``te`` ("Foreign Minister Sofia Benitez"): the
        parser made it the surname's compound, so it names no city."""
        hit = self.hits.get(k)
        tok = self.toks[k]
        return (
            hit is not None
            and hit[0] == k + 1
            and hit[1].kind == "capital"
            and tok.dep == "compound"
            and k < tok.head < te
            and tok.text[:1].isupper()
            and self.lowers[k - 1] in self._title_ends
            and self.toks[k - 1].text[:1].isupper()
            and self.sent(k - 1) == self.sent(te - 1)
        )

    def _name_like(self, k: int) -> bool:
        tok = self.toks[k]
        return (
            tok.pos == "PROPN"
            and tok.text[:1].isupper()
            and k not in self.hit_at
            and tok.ent_type not in _NOT_NAMES
            and self.lowers[k] not in self.title_vocab
            and self.lowers[k] not in self.gaz.honorifics
        )

    def _extend_name(self, ts: int, te: int) -> tuple[int, int]:
        """ "Commander in Chief Oleksandr | Syrskyi", "Minister of Agriculture | Tomasz |
        Nowak": take back a given name or surname the model left out of the name, a
        proper noun with no label joined to the name as a compound. A surname the model split off
        under a label of its own, one word long that no gazetteer knows ("Foreign Minister Ali
        Hassan | Dirie" with "Dirie" called a place), is taken back as well."""

        def joins(k: int, into: int) -> bool:
            return (
                self._name_like(k)
                and (not self.toks[k].ent_type or self._stray_label(k))
                and self.sent(k) == self.sent(into)
            )

        while (
            ts < te < len(self.toks)
            and self.toks[te - 1].dep == "compound"
            and self.toks[te - 1].head == te
            and joins(te, te - 1)
        ):
            te += 1
        while (
            0 < ts < te
            and self.toks[ts - 1].dep == "compound"
            and ts <= self.toks[ts - 1].head < te
            and joins(ts - 1, ts)
        ):
            ts -= 1
        return ts, te

    def _stray_label(self, k: int) -> bool:
        """A one-word entity other than a person, whose word names nothing we know (not a
        state, capital, town or body of the gazetteer): a name's word the model labelled
        apart, to be joined back only where the parse makes it part of a person's name."""
        tok = self.toks[k]
        return (
            tok.ent_type != "PERSON"
            and tok.ent_iob == "B"
            and (k + 1 >= len(self.toks) or self.toks[k + 1].ent_iob != "I")
            and k not in self.hit_at
        )

    def _post_of_title(self, k: int, a: int) -> bool:
        """Whether token k is the "to" / "for" / "to the" of a title's post
        ("Ambassador to the U.S.") that the title region at a has reached."""
        low = self.lowers[k]
        if not (a in self.hit_at or self.lowers[a] == "the"):
            return False
        if low in ("to", "for"):
            return k > 0 and self.lowers[k - 1] in self.gaz.to_titles
        return (
            low == "the"
            and k > 1
            and self.lowers[k - 1] in ("to", "for")
            and self.lowers[k - 2] in self.gaz.to_titles
        )

    def _surname_not_state(self, i: int) -> bool:
        """A state's name that is the surname of a person named before ("Michael
        Jordan ... Jordan said"): the person. A first name ("Israel Katz") is not."""
        if self.hit_at[i] != i or self.hits[i][0] != i + 1:
            return False
        entry = self.hits[i][1]
        if entry.kind not in ("state", "capital") or entry.case:
            return False
        word = self.toks[i].text
        return any(len(n) >= 2 and n[-1] == word for c in self.clusters for n in c.names)

    def _extend_holder(self, ts: int, te: int) -> int:
        """ "Israel | Katz": take back the start of a listed office holder's name that
        the model read as a state or a place."""
        for k in range(max(0, ts - 3), ts):
            if tuple(self.lowers[k:te]) in self.gaz.persons and self.sent(k) == self.sent(ts):
                return k
        return ts

    def _extend_hyphen(self, ts: int) -> int:
        """ "Christian-Geraud Neema": take back a first name cut at a hyphen."""
        while (
            ts >= 2
            and self.lowers[ts - 1] == "-"
            and not self.toks[ts - 2].ws
            and not self.toks[ts - 1].ws
            and self.toks[ts - 2].text[:1].isupper()
            and (ts - 2) not in self.hit_at
        ):
            ts -= 2
        return ts

    def _extend_hyphen_end(self, te: int, taken: set[int]) -> int:
        """ "Helena Vasquez | -Moreau": take in a surname's second half after a hyphen."""
        while (
            te + 1 < len(self.toks)
            and self.lowers[te] == "-"
            and not self.toks[te - 1].ws
            and not self.toks[te].ws
            and self._name_like(te + 1)
            and te + 1 not in taken
        ):
            te += 2
        return te

    def _title_region(self, ts: int) -> int:
        """Start of the title phrase left of a name ("U.S. Defense Secretary" Lloyd Austin)."""
        a = ts
        while a > 0:
            k = a - 1
            low = self.lowers[k]
            if self.claimed[k] is not None:
                break
            if k in self.hit_at:
                if not self.free(self.hit_at[k], k + 1):
                    break
                a = self.hit_at[k]
            elif (
                low in ("and", "&", ",")
                and k > 0
                and self.lowers[k - 1] in self.gaz.portfolio_words
                and self.lowers[a] in self.gaz.portfolio_words
                and self.toks[k - 1].text[:1].isupper() == self.toks[a].text[:1].isupper()
            ):
                a = k  # "Economy and Industry Minister": two portfolios of one title
            elif self._role_ending_at(k) is not None:
                a = self._role_ending_at(k)  # type: ignore[assignment]  # "Foreign Office" spokesperson
            elif self._post_of_title(k, a):
                a = k  # "Ambassador | to (the) U.S. | Xie Feng": the post, not the office's state
            elif (
                low in _FUNCTION_WORDS | {"under"}
                and not self._title_through(k, a)
                and not (low == "-" and k > 0 and self.lowers[k - 1] in self.gaz.modifiers)
            ):
                break  # "right-wing President": a hyphenated modifier goes on
            elif (
                low in self.title_vocab
                or low in self.gaz.honorifics
                or low in self.gaz.counterparts
                or low in self.gaz.former
                or (low,) in self.gaz.roles
            ):
                a = k
            elif low in _POSSESSIVE and a - 1 > 0 and (a - 2) in self.hit_at:
                a = k
            elif low == "-" and a < ts and self.lowers[a - 2 if a >= 2 else 0] in self.title_vocab:
                a = k
            elif self._portfolio_start(k) is not None:
                a = self._portfolio_start(k)  # type: ignore[assignment]
            elif not low.isalnum() and self._title_through(k, a):
                a = k  # the period of an abbreviated title ("Lt. Gen.")
            else:
                break
        if a < ts and self.sent(a) != self.sent(ts):
            a = ts if not self._false_split(a, ts) else a
        while a < ts and self.lowers[a] in _POSSESSIVE:
            a += 1  # "Trump | 's envoy Steve Witkoff": the owner is a mention of its own
        return a

    def _role_ending_at(self, k: int) -> int | None:
        """Start of a multi-word role phrase ending at token k ("Foreign Office")."""
        for j in range(max(0, k - self.gaz.phrase_max + 1), k):
            m = self.gaz.match_in(self.gaz.roles, self.lowers, j)
            if m and j + m[0] == k + 1 and self.claimed[j] is None:
                return j
        return None

    def _portfolio_start(self, k: int) -> int | None:
        """Start of a portfolio ending at token k ("Assistant Secretary of State | for East
        Asian and Pacific Affairs | Daniel Kritenbrink"): capitalised words after "for"
        that follows a title word."""
        j = k
        while j > 0 and k - j < _PORTFOLIO_MAX:
            low = self.lowers[j]
            if low == "for":
                if j == k or self.lowers[j - 1] not in self.title_vocab:
                    return None
                return j
            tok = self.toks[j]
            if (
                not (tok.text[:1].isupper() or low in ("and", "&", ","))
                or self.claimed[j] is not None
            ):
                return None
            j -= 1
        return None

    def _false_split(self, a: int, ts: int) -> bool:
        """The parser ended a sentence after an abbreviation inside a title phrase
        ("U.S. | President Donald Trump"): one break, after a dotted name, no newline."""
        breaks = [k for k in range(a + 1, ts + 1) if self.sent(k) != self.sent(k - 1)]
        if len(breaks) != 1:
            return False
        k = breaks[0]
        prev = self.toks[k - 1]
        return (
            prev.text.endswith(".")
            and (k - 1) in self.hit_at
            and "\n" not in self.article.text[prev.end : self.toks[k].start]
        )

    def _comma_set_after(self, ts: int, te: int) -> int | None:
        """The noun just before a name set off by commas that the parse hung elsewhere ("talks
        with his Omani counterpart, Hamad al-Said, on Monday", the name read as an object of
        the verb; "the two trade ministers, Sonam Dorji of Bhutan and ...", read as the
        title's conjunct): that noun, when it is a title, a person noun or a counterpart."""
        if ts < 2 or te >= len(self.toks) or self.lowers[te] not in (",", ".", "of"):
            return None
        k = ts - 2
        if self.lowers[ts - 1] != "," or self.sent(k) != self.sent(ts) or self.toks[k].pos != "NOUN":
            return None
        low = self.lowers[k]
        if low in self.title_vocab or low in self.gaz.person_nouns or low in self.gaz.counterparts:
            return k
        return None

    def _office_before_comma(self, ts: int, te: int) -> Office | None:
        """ "the deputy head ... at the Chinese Foreign Ministry, Cao Lei,": the name is
        an apposition to a title phrase just before it."""
        root = next((k for k in range(ts, te) if not ts <= self.toks[k].head < te), te - 1)
        head = self.toks[root].head
        if self.toks[root].dep != "appos" or not head < ts - 1:
            set_after = self._comma_set_after(ts, te)
            if set_after is None:
                return None
            head = set_after
        prep = self.toks[head].head
        if (
            self.toks[head].dep == "pobj"
            and (self.lowers[prep] in ("to", "for") or (self.lowers[prep] == "of" and self._names_actor_at(head)))
            and self.lowers[self.toks[prep].head] in self.title_vocab
        ):
            # "envoy to Sudan, Yibeltal Aemero", "The head of the International Atomic Energy
            # Agency, Rafael Grossi," (an of-phrase only when it names the actor itself, not
            # "the head of the agency's safety department, X,"): hung on the post
            head = self.toks[prep].head
        if (
            self.lowers[head] not in self.title_vocab
            and self.lowers[head] not in self.gaz.person_nouns
            and self.lowers[head] not in self.gaz.counterparts
        ):
            return None
        a = min(t.i for t in self.parse.subtree(head) if t.i < ts)
        # "Trinidad and Tobago's foreign minister, X,": the parser may hang the title on the
        # name's last word alone (the first a subject, the title its conjunct); the phrase
        # starts where the state's name starts
        a = self.hit_at.get(a, a)
        owner = self._possessor(a, ts - 1)
        if owner is not None:
            a = owner[0]
        if self.sent(a) != self.sent(ts) or not self.free(a, ts - 1):
            return None
        office = self._held_office(self._office(a, ts - 1, ts), owner)
        if not office.title:
            return None
        end = ts - 1
        if (
            office.actor is None
            and not office.former
            and not office.body
            and end - a >= 3
            and self.lowers[end - 3] in ("for", "of", "at")
            and self.lowers[end - 2] == "the"
            and (self.lowers[end - 1],) in self.gaz.roles
        ):
            # "A spokesman for the ministry, X," after "Tajikistan's Foreign Ministry"
            body = self._earlier_body(end - 1)
            if body is not None:
                role = office.role or "GOV"
                actor = self.gaz.principal_actor(body.principal, role)
                office = Office(actor, office.title, role, office.start, False, body)
        # The title phrase stays its own stretch of text; the name keeps its span.
        return Office(
            office.actor,
            office.title,
            office.role,
            ts,
            office.former,
            office.principal,
            office.body,
        )

    def _names_actor_at(self, k: int) -> bool:
        """Whether token k ends the name of a state or an IGO itself ("the International
        Atomic Energy Agency"), not of a part of one ("the agency's safety department")."""
        at = self.hit_at.get(k)
        return at is not None and self.hits[at][0] == k + 1 and self.hits[at][1].kind in ("state", "igo")

    def _listed_office(self, ts: int, te: int) -> Office | None:
        """The title a later name of a list in apposition to a plural title holds, when "of"
        names its state ("the two foreign ministers, Ana Ruiz of Peru and Luis Vera of
        Ecuador": Vera is Ecuador's foreign minister, his state found by _of_state); with no
        "of" the list's states are not told apart, and nothing is said."""
        if te >= len(self.toks) or self.lowers[te] != "of":
            return None
        root = next((k for k in range(ts, te) if not ts <= self.toks[k].head < te), te - 1)
        first = root
        while self.toks[first].head < first:
            tok = self.toks[first]
            of = self.toks[tok.head]
            if tok.dep == "conj" and of.pos == "PROPN":
                first = tok.head
            elif tok.dep == "pobj" and first != root and self.lowers[of.i] == "of" and of.head < of.i:
                first = of.head  # "Dorji of Bhutan and Rezaul Haque": hung on the state
            else:
                break
        # the first name in apposition, or parsed as a conjunct of the title after a comma
        if first == root or self.toks[first].dep not in ("appos", "conj"):
            return None
        if self.toks[self.toks[first].head].tag != "NNS":
            return None
        start = min([first] + [k for k in self.parse.children[first] if self.toks[k].dep == "compound"])
        if start < 1 or self.lowers[start - 1] != ",":
            return None
        office = self._office_before_comma(start, first + 1)
        if office is None or not office.title or office.former or office.body:
            return None
        return Office(None, office.title, office.role, ts, False)

    def _respective_state(self, ts: int, te: int) -> Actor | None:
        """ "the foreign ministers of Chile and Bolivia, Ana Rojas and Luis Mamani", "his
        counterparts from Chile and Bolivia, X and Y": names listed in apposition to a plural
        title that lists as many states hold the offices in the same order."""
        root = next((k for k in range(ts, te) if not ts <= self.toks[k].head < te), te - 1)
        names = [root]
        while (
            self.toks[names[0]].dep == "conj"
            and self.toks[names[0]].head < names[0]
            and self.toks[self.toks[names[0]].head].pos == "PROPN"
            and self.toks[names[0]].head not in self.hit_at
        ):
            names.insert(0, self.toks[names[0]].head)
        first = names[0]
        head = self.toks[first].head
        # the first name set off by a comma: an apposition, or a conjunct of the title
        if self.toks[first].dep not in ("appos", "conj") or not head < first:
            return None
        while head in self.hit_at and self.toks[head].dep in ("conj", "pobj"):
            # "counterparts from Chile and Bolivia, X and Y": the names hung on a state
            up = self.toks[head].head
            head = self.toks[up].head if self.toks[head].dep == "pobj" else up
        k = root
        while after := self._conjuncts_after(k):
            k = after[0]
            names.append(k)
        if self.toks[head].tag != "NNS" or (
            self.lowers[head] not in self.title_vocab
            and self.lowers[head] not in self.gaz.counterparts
            and self.lowers[head].rstrip("s") not in self.title_vocab
        ):
            return None
        lo = min(t.i for t in self.parse.subtree(head))
        comma = min(t.i for t in self.parse.subtree(first)) - 1
        if self.lowers[comma] != ",":
            return None
        states = [
            self.hits[k][1]
            for k in range(lo, comma)
            if self.hit_at.get(k) == k and self.hits[k][1].kind == "state"
        ]
        if len(names) < 2 or len(states) != len(names) or len({e.principal for e in states}) < 2:
            return None
        return self.gaz.principal_actor(states[names.index(root)].principal, "GOV")

    def _conjuncts_after(self, k: int) -> list[int]:
        """The conjuncts hung on token k after it."""
        return [j for j in self.parse.children[k] if j > k and self.toks[j].dep == "conj"]

    def _office_of_earlier_body(self, a: int, b: int, office: Office) -> Office:
        """ "Embassy spokesperson Liu Pengyu" after "the Chinese Embassy": that state."""
        for k in range(a, b):
            if (self.lowers[k],) in self.gaz.roles and self.lowers[k] not in self.title_vocab:
                body = self._earlier_body(k)
                if body is not None:
                    role = office.role or "GOV"
                    actor = self.gaz.principal_actor(body.principal, role)
                    return Office(actor, office.title, role, office.start, False, body)
        return office

    def _earlier_body(self, word: int) -> Entry | None:
        """ "the embassy" after "the Chinese Embassy": the state of the latest body
        named earlier with the same head word; a body named with its own portfolio or
        kind written as a proper name ("the Interior Ministry") only after one of the same
        name ("Georgia's Interior Ministry") or of none before the head ("Russia's Ministry of Interior"), not after
        another ("Riyadh's Foreign Ministry")."""
        target = self.lowers[word]
        # (a body's proper name only: a bare title "the prime minister" is _nameless_before's)
        proper = self.toks[word].text[:1].isupper()
        own = tuple(w for w in self._body_words(word) if w not in _POSSESSIVE) if proper else ()
        for k in range(word - 1, 0, -1):
            if self.lowers[k] != target:
                continue
            named = self._body_words(k)
            j = k - 1 - len(named)
            if j > 0 and self.lowers[j] in _POSSESSIVE:
                j -= 1
            if j in self.hit_at:
                entry = self.hits[self.hit_at[j]][1]
                kind = tuple(w for w in named if w not in _POSSESSIVE)
                if own and kind and kind != own:
                    continue
                if entry.kind in _ACTOR_KINDS and entry.principal not in self.gaz.igos:
                    return entry
        return None

    def _body_words(self, k: int) -> tuple[str, ...]:
        """The words naming a body before its head word at ``k`` ("foreign" in "the Chinese
        Foreign Ministry", "electricity" in "Iraq's Electricity Ministry"), up to a state's
        name or a determiner."""
        j = k - 1
        while (
            j > 0
            and j not in self.hit_at
            and (
                (self.lowers[j],) in self.gaz.roles
                or self.lowers[j] in self.title_vocab
                or self._name_word(j)
            )
            and self.toks[j].pos not in ("DET", "ADP", "CCONJ")  # not "Berlin for the junta"
        ):
            j -= 1
        return tuple(self.lowers[j + 1 : k])

    def _name_word(self, j: int) -> bool:
        """A capitalised word inside a body's proper name ("Electricity" in "Iraq's
        Electricity Ministry"), not the sentence's first word."""
        tok = self.toks[j]
        return (
            tok.text[:1].isupper()
            and tok.pos in ("PROPN", "NOUN")
            and j > self.parse.sentences[tok.sent].token_start
        )

    def _earlier_organ(self, word: int) -> int | None:
        """ "the ministry" after "the Justice Ministry said" (a body's proper name that
        no state is written on, in the three sentences before): where that name starts."""
        target = self.lowers[word]
        s = self.sent(word)
        k = word - 1
        while k > 0 and self.sent(k) >= s - 3:
            if (
                self.lowers[k] == target
                and self.toks[k].text[:1].isupper()
                and self.claimed[k] is None
                and k - 1 >= 0
                and self._name_word(k - 1)
                and k - 1 not in self.hit_at
            ):
                ts = k - 1
                while ts - 1 >= 0 and self._name_word(ts - 1) and ts - 1 not in self.hit_at:
                    ts -= 1
                if ts > 0 and (self.lowers[ts - 1] in _POSSESSIVE or ts - 1 in self.hit_at):
                    return None  # a state written on it: _earlier_body's
                return ts
            k -= 1
        return None

    def _organ_end(self, ts: int, word: int) -> int:
        """The end of the body's name starting at ``ts`` whose head word is ``word``'s."""
        k = ts
        while k < word and self.lowers[k] != self.lowers[word]:
            k += 1
        return k + 1

    def _title_through(self, k: int, a: int) -> bool:
        """Whether a title starting at or before token k runs past k into [a, ...)."""
        for j in range(k, max(k - self.gaz.phrase_max, -1), -1):
            for table in (self.gaz.titles, self.gaz.roles):
                m = self.gaz.match_in(table, self.lowers, j)
                if m and j + m[0] > a:
                    return True
        return False

    def _office(self, a: int, b: int, before: int) -> Office:
        """The office stated by tokens [a, b); ``before`` bounds the counterpart search.

        The state or IGO is the one named before the title, or the first one
        after it through "of"/"for" ("the president of France"); places after
        "to"/"in" ("ambassador to the United States") are not the office's state.
        """
        principal: Entry | None = None
        title: tuple[str, ...] = ()
        role = ""
        counterpart = False
        former = False
        start = b
        title_end = a
        body = False
        led = ""  # "Opposition Conservative leader X": the role a role word before the title gives
        k = a
        while k < b:
            low = self.lowers[k]
            if k in self.hits and self.hits[k][1].kind == "armed" and not title and principal is None:
                body = True  # "an M23 spokesman": a non-state armed group's, no state's
                k = self.hits[k][0]
                continue
            if k in self.hits and self.hits[k][1].kind in _ACTOR_KINDS:
                end, e = self.hits[k]
                after_title = bool(title) and not counterpart
                prep = next(
                    (
                        self.lowers[j]
                        for j in range(k - 1, title_end - 1, -1)
                        if self.lowers[j] in _PREPS
                    ),
                    "",
                )
                compound = (
                    end < len(self.toks) and self.lowers[end] == "-" and not self.toks[end - 1].ws
                )
                usable = (
                    not compound
                    and not self._inside_container(k, end)
                    and not self._modifies_other(end)
                )
                if usable and self._mission_to(principal, e, k, end):
                    k = end  # "Mali's U.N. envoy": Mali's envoy to the U.N.
                    continue
                if usable and (
                    not after_title
                    or (principal is None and (not prep or prep in ("of", "for", "at", "from")))
                ):
                    principal = e
                    start = min(start, k)
                k = end
                continue
            m = self.gaz.match_in(self.gaz.titles, self.lowers, k)
            if m and k + m[0] <= b and title and tuple(self.lowers[k : k + m[0]]) in self.gaz.styles:
                # "Saudi Foreign Minister Prince Faisal": a royal style before the name; the
                # office is the title before it
                k += m[0]
                continue
            if m and k + m[0] <= b:
                ranked = self._ranked_title(title, title_end, k)
                title = ranked + tuple(self.lowers[k : k + m[0]])
                role = m[1]
                start = min(start, k)
                k += m[0]
                title_end = k
                continue
            if (
                title
                and principal is None
                and title not in self.gaz.title_states  # a state's office: its portfolio
                and low in ("of", "for", "at")
                and k + 1 < b
                and self._private_body(k + 1, b)
            ):
                body = True
            if low in self.gaz.counterparts:
                counterpart = True
                title = (low,)
                start = min(start, k)
            elif low in self.gaz.former:
                former = True
                start = min(start, k)
            elif (
                low in self.title_vocab or low in self.gaz.honorifics or (low,) in self.gaz.roles
            ) and low not in _FUNCTION_WORDS:
                start = min(start, k)
                led = led or (self.gaz.roles.get((low,), "") if not title else "")
            k += 1
        former = former and bool(title)
        if led in _LED_ROLES and title and title[-1] in self.gaz.generic_titles:
            role = led  # the opposition's leader, not the government's
        if counterpart:
            other = self._nearest_person(before) or self._owner_before(a)
            if other is not None and other.actor is not None:
                role = other.actor.role
            else:
                role = role or "GOV"
            title = self._counterpart_title(other) or title
        if principal is None or not title:
            return Office(None, title, role, start, former, principal, body)
        if principal.principal in self.gaz.igos:
            return Office(principal.actor(""), title, "", start, former, principal)
        if title[-1] in self.gaz.generic_titles and not role:
            role = principal.role or "GOV"
        if not role:
            role = (
                principal.role if principal.kind in ("seat", "group") and principal.role else "GOV"
            )
        return Office(principal.actor(role), title, role, start, former, principal)

    def _ranked_title(self, title: tuple[str, ...], title_end: int, k: int) -> tuple[str, ...]:
        """The rank and portfolio words a title read at token ``k`` goes on from: "deputy"
        read just before, and nouns between ("deputy finance minister" is one title, a
        lower office than "finance minister"); else ()."""
        if len(title) != 1 or title[0] not in self.gaz.lower_ranks:
            return ()
        if any(self.toks[j].pos not in ("NOUN", "PROPN") for j in range(title_end, k)):
            return ()
        return title + tuple(self.lowers[title_end:k])

    def _mission_to(self, principal: Entry | None, e: Entry, k: int, end: int) -> bool:
        """ "Mali's U.N. envoy", "Russia's NATO ambassador": an IGO between a state's
        possessive and an envoy's title names the post, not the envoy's actor."""
        if principal is None or principal.principal in self.gaz.igos:
            return False
        if e.principal not in self.gaz.igos or k < 1 or self.lowers[k - 1] not in _POSSESSIVE:
            return False
        return end < len(self.toks) and self.lowers[end] in self.gaz.to_titles

    def _modifies_other(self, end: int) -> bool:
        """A name used as a modifier of something else ("the China program",
        "American University"), not as the office's state."""
        while end in self.hits and self.hits[end][1].kind == "place":
            end = self.hits[end][0]  # "U.S. Middle East envoy": the region qualifies the title
        if end >= len(self.toks):
            return False
        nxt = self.toks[end]
        low = self.lowers[end]
        if nxt.pos not in ("NOUN", "PROPN") or low in self.title_vocab:
            return False
        return self.gaz.match_in(self.gaz.roles, self.lowers, end) is None

    def _private_body(self, k: int, b: int) -> bool:
        """Whether tokens from k name an organisation that is no state or IGO."""
        while k < b and self.lowers[k] in ("the", "a", "an"):
            k += 1
        if k >= b or k in self.hit_at:
            return False
        tok = self.toks[k]
        return tok.text[:1].isupper() or tok.ent_type in ("ORG", "FAC")

    def _nearest_person(self, before: int, back: int = 0) -> Draft | None:
        """The nearest person mention before a token, in its sentence or up to ``back``
        sentences before it."""
        s = self.sent(before)
        best = None
        for d in self.drafts:
            if d.person is not None and d.te <= before and s - back <= self.sent(d.ts) <= s:
                if best is None or d.ts > best.ts:
                    best = d
        return best

    def _possessor(self, a: int, b: int) -> tuple[int, Actor] | None:
        """ "Vucic's defense minister", "Lula's adviser": where the possessive of a person
        opening tokens [a, b) ends, and that person's actor; the title after it is an
        office of the person's state."""
        idx = self.claimed[a] if a < b else None
        if idx is None:
            # a surname not read yet ("X, Mwangi's chief of staff,"): the one person named
            # before with that last name
            word = self.toks[a].text if a + 2 < b else ""
            known = [c for c in self.clusters if any(len(n) >= 2 and n[-1] == word for n in c.names)]
            if len(known) != 1 or self.lowers[a + 1] not in _POSSESSIVE:
                return None
            c, end = known[0], a + 1
        else:
            d = self.drafts[idx]
            if d.person is None or d.ts != a or d.te + 1 >= b or self.lowers[d.te] not in _POSSESSIVE:
                return None
            c, end = self.clusters[int(d.person)], d.te
        actor = c.actor or holder_actor(self.gaz, c.names, self.date)  # (a listed leader)
        if actor is None or c.former:
            return None
        return end + 1, actor

    def _held_office(self, office: Office, owner: tuple[int, Actor] | None) -> Office:
        """The office with its actor from the possessor's state, when it names none."""
        if owner is None or office.actor is not None or not office.title or office.former or office.body:
            return office
        role = office.role or "GOV"
        actor = self.gaz.principal_actor(owner[1].principal, role)
        return Office(actor, office.title, role, office.start, office.former)

    def _owner_before(self, a: int) -> Draft | None:
        """ "Fidan said ... His Greek counterpart, X,": the person a "his"/"her" right
        before (or opening) a title phrase starting at a stands for: the last person
        named a few sentences back (a paragraph break counts as one)."""
        if self.lowers[a] in ("his", "her"):
            a += 1  # the phrase may start at the possessive itself
        if a < 1 or self.lowers[a - 1] not in ("his", "her"):
            return None
        return self._nearest_person(a - 1, _OWNER_LOOKBACK)

    def _counterpart_title(self, other: Draft | None) -> tuple[str, ...]:
        """The office a counterpart holds: the other person's own title ("his Greek
        counterpart" of a foreign minister is a foreign minister), the longest if several."""
        if other is None or other.person is None:
            return ()
        titles = [t for t in self.clusters[int(other.person)].titles if t[-1] not in self.gaz.counterparts]
        return max(sorted(titles), key=len) if titles else ()

    def _same_person(self, name: tuple[str, ...], known: tuple[str, ...]) -> bool:
        if name == known:
            return True
        if len(name) >= 2 and name[0].lower() in self.gaz.honorifics:
            # "Sheikh Tamim" after "Sheikh Tamim bin Hamad Al Thani": the honorific is no
            # part of the name it goes before
            name = name[1:]
        suffixes = self.gaz.name_suffixes
        if (
            len(name) >= 2
            and len(known) >= 2
            and ((name[-1].lower() in suffixes) != (known[-1].lower() in suffixes))
        ):
            return False  # "Donald Trump Jr." is not "Donald Trump"
        if len(known) >= 2 and len(name) == 1 and name[0] in (known[0], known[-1]):
            return True
        if len(known) >= 2 and len(name) == 1 and name[0] in _transposed(known[-1]):
            return True  # "Makovksy" for "Makovsky": a typo in the article
        if len(known) >= 2 and len(name) == 1 and name[0] == self._bare_surname(known[-1]):
            return True  # "Rubaie" for "Saad al-Rubaie"
        if (
            len(known) >= 2
            and len(name) == 1
            and self._bare_surname(known[-1])
            and name[0] == known[-1][:1].upper() + known[-1][1:]
        ):
            return True  # "Al-Rubaie said ..." opening a sentence, for "Saad al-Rubaie"
        if len(name) == 1 and name[0] == paternal_surname(known, suffixes):
            return True  # "Pineda" for "Ricardo Pineda Castro", not "Trump" for "... Trump Jr."
        if len(name) < len(known) and known[-len(name) :] == name:
            return True
        if len(name) < len(known) and name[0].lower() in self.gaz.name_particles and known[-len(name) :] == (
            name[0].lower(),
            *name[1:],
        ):
            return True  # "Van Klaveren" opening a sentence for "Alberto van Klaveren"
        return len(known) < len(name) and name[-len(known) :] == known

    def _bare_surname(self, word: str) -> str:
        """A surname without the article written onto it ("al-Rubaie" -> "Rubaie"), or
        "" when it has none."""
        head, dash, rest = word.partition("-")
        if dash and rest[:1].isupper() and head.lower() in self.gaz.surname_articles:
            return rest
        return ""

    def _described_as(self, te: int) -> str:
        """The noun of an apposition right after a name ("Park, the Seoul-based
        professor,"): tells apart two people who share a surname."""
        n = len(self.toks)
        if te >= n or self.lowers[te] != ",":
            return ""
        for k in range(te + 1, min(te + 8, n)):
            tok = self.toks[k]
            if tok.pos in ("PUNCT", "VERB", "AUX") and self.lowers[k] not in ("-",):
                if tok.pos == "VERB" and tok.tag == "VBN":
                    continue  # "Seoul-based"
                return ""
            if tok.pos == "NOUN":
                return tok.lemma.lower()
        return ""

    def _cluster_for(self, name: tuple[str, ...], at: int, described: str = "") -> int | None:
        """The person a name refers to: of those it fits, the one named last before ``at``
        (one described the same way first: "Park, the professor")."""
        best: tuple[bool, int, int] | None = None  # (same description, last start, cluster)
        for ci, c in enumerate(self.clusters):
            if not any(self._same_person(name, known) for known in c.names):
                continue
            before = [self.drafts[d].ts for d in c.drafts if self.drafts[d].ts < at]
            key = (bool(described) and described in c.described, max(before) if before else -1, ci)
            if best is None or key > best:
                best = key
        return None if best is None else best[2]

    def _name_tokens(self, ts: int, te: int) -> tuple[str, ...]:
        text = self.article.text[self.toks[ts].start : self.toks[te - 1].end]
        words = tuple(text.split())
        last = self.toks[te - 1].text
        if (
            len(last) > 2
            and last.endswith(".")
            and last[:-1].isalpha()
            and self.lowers[te - 1] not in self.gaz.name_suffixes
            and (te == len(self.toks) or self.sent(te) != self.sent(te - 1))
        ):
            # "... counterpart Dong Jun.": the sentence's period, kept on a word the
            # tokenizer reads as an abbreviation ("Jun."), is no part of the name.
            words = (*words[:-1], words[-1][:-1])
        first = self.lowers[ts]
        if (
            len(words) >= 3
            and first in self.gaz.person_nouns
            and first not in self.title_vocab
            and (ts == 0 or self.sent(ts - 1) != self.sent(ts))
        ):
            # "Analyst Florian Bieber said": a sentence's capitalised role word is no name
            words = words[1:]
        return words

    def _name_after_seat(self, end: int) -> bool:
        """Whether a title ending before token ``end`` is followed by its seat and a name set
        off by a comma ("spokesman in Washington, David Theis,"): the title is the name's, read
        with it (_add_person), not a nameless holder's."""
        n = len(self.toks)
        if end + 2 >= n or self.lowers[end] not in ("in", "for"):
            return False
        hit = self.hits.get(end + 1)
        if hit is None or hit[0] + 1 >= n or self.lowers[hit[0]] != ",":
            return False
        return self.toks[hit[0] + 1].ent_type == "PERSON"

    def _described_igo_before(self, a: int) -> Entry | None:
        """The IGO a description's possessive right before a title region names back ("the
        bank's country director for Somalia", "the fund's mission chief for Zambia": the body
        named last), else None."""
        s = self.hit_at.get(a, a)
        if s not in self.hits or self.hits[s][1].kind != "context":
            return None
        pos = self.hits[s][0]
        if pos >= len(self.toks) or self.lowers[pos] not in _POSSESSIVE:
            return None
        entry = self._context_named(s, s, pos)
        return entry if entry is not None and entry.principal in self.gaz.igos else None

    def _add_person(self, ts: int, te: int, kind: str, label: str) -> int:
        name = self._name_tokens(ts, te)
        a = self._title_region(ts)
        office = self._office(a, ts, ts)
        body = self._described_igo_before(a)
        if (
            body is not None
            and office.title in self.gaz.igo_titles
            and office.title not in self.gaz.rotating_titles
            and not office.former
        ):
            # "The fund's mission chief for Zambia, X,": the officer of the body the
            # possessive names back, not of the state the posting names
            office = Office(body.actor(""), office.title, "", office.start, False, body)
        # "Haiti's health minister, Dr. Marie Jean,": an honorific between the comma and the name
        lead = ts
        while lead > 2 and ts - lead < 2 and self.lowers[lead - 1] in self.gaz.honorifics:
            lead -= 1
        if not office.title and lead > 1 and self.lowers[lead - 1] == ",":
            office = self._office_before_comma(lead, te) or office
        elif not office.title and ts > 1 and self.lowers[ts - 1] == "and":
            office = self._listed_office(ts, te) or office
        elif office.actor is not None and not office.former:
            held = self._restated_office(a)
            if held is not None and held.actor is not None:
                # "the head of the EU mission, Slovenian lawmaker Mateja Kos": the office
                # the apposition restates is the one held; the nationality describes
                office = Office(held.actor, office.title, held.role, office.start, False)
        if office.actor is None and office.title and not office.former and not office.body:
            office = self._office_of_earlier_body(a, ts, office)
        actor, title, role, start = office.actor, office.title, office.role, office.start
        if actor is None and not title and (actor := self._respective_state(ts, te)):
            role = role or "GOV"
        served = actor if office.former else None
        if office.former:
            actor = None
        marker = self._party_marker(te) or self._party_word(office)
        if marker is not None and actor is None and not office.former and not office.body:
            role = role if role and role != "GOV" else "LEG"  # "(R-Fla.)": a lawmaker
            actor = self.gaz.principal_actor(marker, role)
        if not title:
            start = ts
        described = self._described_as(te)
        ci = self._cluster_for(name, ts, described)
        if ci is None:
            ci = len(self.clusters)
            self.clusters.append(Cluster())
            kind = "person"
        elif len(name) == 1 and kind == "person":
            kind = "surname"
        cluster = self.clusters[ci]
        cluster.names.append(name)
        if described:
            cluster.described.add(described)
        if len(cluster.drafts) == 0:
            cluster.former = office.former or office.body
        if title:
            cluster.titles.add(title)
        style = next(
            (st for st in self.gaz.styles if a <= ts - len(st) and tuple(self.lowers[ts - len(st) : ts]) == st),
            None,
        )
        if title and style is not None and style != title:
            cluster.titles.add(style)  # "Foreign Minister Prince Faisal ... the prince said"
        draft = Draft(
            start, te, kind, actor, str(ci), label, title=title, stated=actor is not None, former=served
        )
        if role and not cluster.role and not office.former:
            cluster.role = role
        if actor is not None and cluster.actor is None:
            cluster.actor = actor
        idx = self.add(draft)
        cluster.drafts.append(idx)
        if actor is None and not office.former:
            self._apposition(idx, te)
        if self.drafts[idx].actor is None and not office.former:
            self._installed_as(idx, te)
        return idx

    def _restated_office(self, a: int) -> Office | None:
        """The office of another actor a titled person is set off after by a comma ("the head
        of the EU mission, Slovenian lawmaker X", "the U.N. envoy, Norwegian diplomat X"):
        the phrase back to the clause's last break, when a title word heads it."""
        if a < 3 or self.lowers[a - 1] != "," or self.sent(a - 2) != self.sent(a):
            return None
        end = a - 1
        k = end
        while k > 0 and end - k < 10:
            tok = self.toks[k - 1]
            if self.sent(k - 1) != self.sent(end) or self.lowers[k - 1] in _DASHES:
                break
            if self.lowers[k - 1] in (",", ";", ":", "(", ")", '"', "“", "”") or tok.pos in (
                "VERB",
                "AUX",
                "CCONJ",
                "PRON",
            ):
                break
            if tok.pos == "ADP" and self.lowers[k - 1] not in ("of", "for", "to"):
                break
            k -= 1
        words = [self.lowers[j] for j in range(k, end)]
        if not any(w in self.title_vocab for w in words) or self.in_person[end - 1]:
            return None
        office = self._office(k, end, end)
        return office if office.title and not office.former and not office.body else None

    def _installed_as(self, idx: int, te: int) -> None:
        """ "recognized Senate leader Carmen Quiroga as Bolivia's interim president", "elected
        Ali Hassan as Somalia's new president": the office an as-phrase gives the person,
        when it names its state, is the person's (a later "Quiroga" acts for Bolivia)."""
        n = len(self.toks)
        if te + 1 >= n or self.lowers[te] != "as" or self.sent(te) != self.sent(te - 1):
            return
        k = b = te + 1
        while b < n and b - k < 10 and self.lowers[b] not in (",", ".", ";", "(", ")", '"', "“", "”"):
            tok = self.toks[b]
            if tok.pos in ("VERB", "AUX") or (tok.pos == "ADP" and self.lowers[b] != "of"):
                break  # "as president on Thursday": the office ends before the date
            b += 1
        office = self._office(k, b, te)
        if office.actor is None or not office.title or office.former or office.body:
            return
        d = self.drafts[idx]
        cluster = self.clusters[int(d.person or 0)]
        cluster.titles.add(office.title)
        if office.role and not cluster.role:
            cluster.role = office.role
        if cluster.actor is None:
            cluster.actor = office.actor
        d.actor, d.stated = office.actor, True

    def _party_word(self, office: Office) -> str | None:
        """The state of a party named right before a lawmaker's title ("Republican
        Sen. X"), not a party word on another noun ("Democratic Party lawmaker")."""
        k = office.start - 1
        if office.role != "LEG" or not office.title or k < 0 or self.claimed[k] is not None:
            return None
        if not self.toks[k].text[:1].isupper() or k in self.hit_at:
            return None
        if tuple(self.lowers[office.start : office.start + len(office.title)]) != office.title:
            return None  # "Democratic Party lawmaker": the party word is not on the title
        return self.gaz.party_words.get(self.lowers[k])

    def _party_marker(self, te: int) -> str | None:
        """The state of a party marker right after a name ("Marco Rubio (R-Fla.)",
        "(D-N.Y.)"): a party letter, a dash and a capitalised place in brackets."""
        n = len(self.toks)
        if te + 4 >= n or self.lowers[te] != "(" or self.lowers[te + 2] not in _DASHES:
            return None
        letter = self.toks[te + 1].text
        if not letter.isupper() or letter.lower() not in self.gaz.party_markers:
            return None
        k = te + 3
        while k < n and k - te < 7 and self.lowers[k] != ")":
            if not self.toks[k].text[:1].isupper() and self.lowers[k] not in (".", "-"):
                return None
            k += 1
        if k >= n or self.lowers[k] != ")" or k == te + 3:
            return None
        return self.gaz.party_markers[letter.lower()]

    def _apposition(self, idx: int, te: int) -> None:
        """ "Lavrov, Russia's foreign minister," -> a title mention tied to the person."""
        n = len(self.toks)
        if (
            te >= n
            or self.lowers[te] != ","
            or self.sent(te) != self.sent(self.drafts[idx].ts)
        ):
            return
        k = te + 1
        if k < n and self.toks[k].pos == "CCONJ":
            return  # "X, Oman's minister, and the Emirati minister, Y,": the next person's
        while k < n and self.lowers[k] in ("the", "a", "an"):
            k += 1
        if k < n and self.toks[k].pos == "ADP":
            return  # "X and Y, during a visit by Azerbaijan's president": a phrase of time or place
        owner = self._possessor(k, n)
        if owner is not None:
            k = owner[0]  # "X, Mwangi's chief of staff,"
        b = k
        while (
            b < n and b - k < 12 and self.lowers[b] not in (",", ".", ";", "(", ")", '"', "“", "”")
        ):
            if self.lowers[b] in ("who", "which", "that") and b > k:
                break  # "the U.N. official who brokered the talks": the title ends there
            if b > k and self._infinitive_at(b):
                break  # "the first Danish minister to visit Laos": so does an infinitive
            if self.toks[b].pos in ("VERB", "AUX") or self.lowers[b] in ("who", "which", "that"):
                return
            if self.toks[b].ent_type == "PERSON" and b not in self.hit_at:
                return
            b += 1
        if b == k or any(
            self.lowers[j] in self.gaz.unplaced_modifiers and j not in self.hit_at
            for j in range(k, b)
        ):
            return  # "X, an opposition lawmaker,": a camp's title gives no state
        office = self._held_office(self._office(k, b, te), owner)
        actor, title, role, start = office.actor, office.title, office.role, office.start
        if not title:
            return
        d = self.drafts[idx]
        cluster = self.clusters[int(d.person or 0)]
        if office.former or (office.body and not cluster.role):
            if len(cluster.drafts) == 1:
                cluster.former = True
            return
        if office.body:
            return
        cluster.titles.add(title)
        if role and not cluster.role:
            cluster.role = role
        if actor is None or not self.free(start, b):
            return
        if cluster.actor is None:
            cluster.actor = actor
        d.actor, d.stated = actor, True
        ts = k - 1 if self.lowers[k - 1] in ("the",) else start
        t_idx = self.add(
            Draft(ts, b, "title", actor, d.person, title=title, antecedent=idx, stated=True)
        )
        cluster.drafts.append(t_idx)

    def _infinitive_at(self, k: int) -> bool:
        """A "to" that marks the infinitive after it ("to visit"), not a preposition."""
        return (
            self.lowers[k] == "to"
            and k + 1 < len(self.toks)
            and self.toks[k + 1].tag == "VB"
        )

    def find_people(self) -> None:
        # Surnames are taken in text order with the names, so that a bare "Park"
        # goes to the Park named last before it, not to one named later.
        done = 0
        for ts, te in self._person_spans():
            if self.free(ts, te):
                self._find_surnames(done, ts)
                done = ts
                self.person_spans.append((ts, te))
                for k in range(ts, te):
                    self.in_person[k] = True
                self._add_person(ts, te, "person", "PERSON")
        self._find_surnames(done, len(self.toks))
        self._find_holders()
        self._person_groups()

    def _person_groups(self) -> None:
        """ "the Biden administration", "Netanyahu's government": a group of the person's state."""
        n = len(self.toks)
        for ci, c in enumerate(self.clusters):
            for idx in list(c.drafts):
                d = self.drafts[idx]
                if d.kind not in ("person", "surname") or d.title:
                    continue
                k = d.te
                if k < n and self.lowers[k] in _POSSESSIVE:
                    k += 1
                if k + 1 < n and self.lowers[k] == "-" and self._name_like(k + 1):
                    k += 2  # "the Biden-Harris administration"
                m = self.gaz.match_in(self.gaz.roles, self.lowers, k) if k < n else None
                if not m or tuple(self.lowers[k : k + m[0]]) not in self.gaz.person_groups:
                    continue
                end = k + m[0]
                if end < n and self.gaz.match_in(self.gaz.roles, self.lowers, end):
                    extra = self.gaz.match_in(self.gaz.roles, self.lowers, end)
                    assert extra is not None
                    end, role = end + extra[0], extra[1]
                else:
                    role = m[1]
                if not self.free(d.te, end):
                    continue
                ts = (
                    d.ts - 1
                    if d.ts > 0 and self.lowers[d.ts - 1] == "the" and self.free(d.ts - 1, d.ts)
                    else d.ts
                )
                for j in range(ts, end):
                    self.claimed[j] = idx
                d.ts, d.te, d.kind, d.person, d.group_role = ts, end, "group", None, role
                c.drafts.remove(idx)
                c.drafts.append(idx)  # keep it reachable for its actor, last
                d.antecedent = c.drafts[0] if c.drafts[0] != idx else None

    def _find_surnames(self, lo: int, hi: int) -> None:
        """Bare surnames (in tokens [lo, hi)) of people already named, whatever label
        NER gave them."""
        keys: dict[str, int] = {}
        for ci, c in enumerate(self.clusters):
            for name in c.names:
                if len(name) >= 2 and name[-1].lower() not in self.gaz.name_suffixes:
                    keys.setdefault(name[-1], ci)
                    keys.setdefault(name[0], ci)
                    if bare := self._bare_surname(name[-1]):
                        keys.setdefault(bare, ci)
                    if paternal := paternal_surname(name, self.gaz.name_suffixes):
                        keys.setdefault(paternal, ci)
                    for typo in _transposed(name[-1]):
                        keys.setdefault(typo, ci)
        if not keys:
            return
        first_at = {
            ci: self.drafts[c.drafts[0]].ts for ci, c in enumerate(self.clusters) if c.drafts
        }
        # "Abena Osei-Tutu ... Osei-Tutu spoke": a hyphened surname is one word of the name
        # but three tokens of the text (the model may call the bare one an organisation)
        hyphened = {tuple(re.split(r"(-)", k)): ci for k, ci in keys.items() if "-" in k[1:-1]}
        for i in range(lo, hi):
            tok = self.toks[i]
            for parts, ci in hyphened.items():
                end = i + len(parts)
                if (
                    end <= hi
                    and tuple(t.text for t in self.toks[i:end]) == parts
                    and all(not t.ws for t in self.toks[i : end - 1])
                    and self.free(i, end)
                    and first_at.get(ci, 0) <= i
                ):
                    self._add_person(i, end, "surname", "PERSON")
                    break
            if self.claimed[i] is not None or tok.text not in keys:
                continue
            if i in self.hit_at and not self._surname_not_state(i):
                continue
            if not tok.text[:1].isupper() or (
                tok.pos not in ("PROPN", "NOUN", "X") and not self._name_read_as_verb(i)
            ):
                continue
            ci = keys[tok.text]
            if first_at.get(ci, 0) > i:
                continue
            self._add_person(i, i + 1, "surname", tok.ent_type)

    def _name_read_as_verb(self, i: int) -> bool:
        """A capitalised word the tagger called a verb where no verb is capitalised: inside its
        sentence ("..., ” Okonkwo-Lind told reporters"), or at its start right before a verb
        ("Eyvindsdottir held talks"); rare names are often read so."""
        tok = self.toks[i]
        if tok.pos not in ("VERB", "AUX"):
            return False
        s = self.sent(i)
        k = i - 1
        while k >= 0 and self.sent(k) == s:
            if self.toks[k].text[:1].isalnum():
                return True
            k -= 1
        return i + 1 < len(self.toks) and self.toks[i + 1].pos in ("VERB", "AUX")

    def _find_holders(self) -> None:
        """Well-known office holders named without an entity label we trusted."""
        starts = self.gaz.starts(self.gaz.persons)
        for i in range(len(self.toks)):
            if self.claimed[i] is not None or self.lowers[i] not in starts:
                continue
            m = self.gaz.match_in(self.gaz.persons, self.lowers, i)
            if not m:
                continue
            length, entries = m
            if not self.free(i, i + length) or not self.toks[i].text[:1].isupper():
                continue
            if (
                length == 1
                and self.toks[i].ent_type in ("GPE", "LOC", "FAC", "NORP")
                and any(e.ambiguous for e in entries)
            ):
                continue  # "Austin" the city; a distinctive surname the parser missed is kept
            if self._inside_longer_state(i, i + length):
                continue  # "Costa | Rica-bound cargo": the state's longer name wins
            self._add_person(i, i + length, "person", self.toks[i].ent_type)

    # -- titles without a name ------------------------------------------------

    def find_titles(self) -> None:
        """ "the NATO chief", "the secretary-general", "Russia's foreign minister"."""
        n = len(self.toks)
        for i in range(n):
            if self.claimed[i] is not None:
                continue
            low = self.lowers[i]
            if low != "the" and i not in self.hits:
                continue
            k = i + 1 if low == "the" else i
            if low == "the" and i in self.hits and self.hits[i][1].kind in _ACTOR_KINDS:
                k = i  # "The Bahamas' prime minister": the article is the state's own name's
            principal: Entry | None = None
            if k in self.hits and self.hits[k][1].kind in _ACTOR_KINDS:
                principal = self.hits[k][1]
                k = self.hits[k][0]
                if k < n and self.lowers[k] in _POSSESSIVE:
                    k += 1
                    if k in self.hits and self._mission_to(
                        principal, self.hits[k][1], k, self.hits[k][0]
                    ):
                        k = self.hits[k][0]  # "Kenya's U.N. envoy": Kenya's
            elif low == "the" and i in self.hits and self.hits[i][1].kind == "context":
                # "the bloc's foreign policy chief": the bloc named last
                e = self.hits[i][0]
                principal = self._context_owner(i, i, e)
                if principal is None and e + 1 < n and self.lowers[e] in _POSSESSIVE:
                    # a body's head ("the bloc's deputy secretary-general"): one body's,
                    # the one named last; other titles wait for drafted names ("the bloc's
                    # chair, Rwanda President X" is a state's leader)
                    principal = (
                        self._context_named(i, i, e)
                        if self._body_head_at(e + 1) or self._body_title_named(i, e)
                        else None
                    )
                if principal is None or e >= n or self.lowers[e] not in _POSSESSIVE:
                    continue
                k = e + 1
            elif low != "the":
                continue
            epithet = self.gaz.match_in(self.gaz.epithets, self.lowers, k) if k < n else None
            if epithet is not None:
                # "the top diplomat": the foreign minister named before
                end = k + epithet[0]
                person = end < n and self.toks[end].ent_type == "PERSON"
                if not person and self.free(i, end):
                    title = epithet[1]
                    role = self.gaz.titles.get(title, "")
                    self._add_title(i, end, title, role, principal, epithet=True)
                continue
            while (
                k < n
                and self.lowers[k] in self.gaz.modifiers
                and not self.gaz.match_in(self.gaz.titles, self.lowers, k)
            ):
                k += 1
            m = self.gaz.match_in(self.gaz.titles, self.lowers, k) if k < n else None
            if not m and principal is not None:
                k, m = self._unlisted_portfolio(k)
            if not m:
                continue
            end = k + m[0]
            if m[0] == 1 and self.lowers[k] in self.gaz.lower_ranks and (
                principal is not None or self._igo_head_at(k + 1)
            ):
                # "Togo's deputy finance minister": the rank and the office after it, one title
                j, ranked = self._unlisted_portfolio(k + 1)
                if ranked is None and k + 1 < n:
                    j, ranked = k + 1, self.gaz.match_in(self.gaz.titles, self.lowers, k + 1)
                if ranked is not None:
                    end = j + ranked[0]
            while end < n and self.lowers[end] in ("-",):
                break
            if end < n and self.toks[end].ent_type == "PERSON" and self._name_like(end):
                continue  # "the minister Fatou Jallow"; not "the minister invited(PERSON) Ba"
            described = i in self.hits and self.hits[i][1].kind == "context"
            if described and principal is not None and self._name_after_seat(end):
                continue  # "the bank's spokesman in Washington, David Theis,": the name's title
            if (
                end < n
                and self.toks[end].pos in ("NOUN", "PROPN")
                and self.gaz.match_in(self.gaz.roles, self.lowers, end)
            ):
                continue  # "the foreign ministry spokesman" is left to role phrases
            if not self.free(i, end):
                continue
            title = tuple(self.lowers[k:end])
            self._add_title(i, end, title, m[1], principal)

    def _igo_head_at(self, k: int) -> bool:
        """Whether the title at token k is a body's head's (igo_head_titles): a bare "the
        deputy secretary-general" is one ranked title, as "NATO's deputy secretary-general" is,
        and refers back to its holder (_nameless_before)."""
        m = self.gaz.match_in(self.gaz.titles, self.lowers, k) if k < len(self.toks) else None
        return m is not None and tuple(self.lowers[k : k + m[0]]) in self.gaz.igo_head_titles

    def _unlisted_portfolio(self, k: int) -> tuple[int, tuple[int, str] | None]:
        """(start, match) of a minister's title after a portfolio no list holds ("Kazakhstan's
        water resources minister"): up to three nouns compounded on a portfolio head."""
        j = k
        while j < len(self.toks) and j - k < 3 and self.toks[j].pos == "NOUN":
            if self.toks[j].dep != "compound" or self.toks[j].head <= j:
                break
            j += 1
        m = self.gaz.match_in(self.gaz.titles, self.lowers, j) if j > k else None
        if m is None or self.lowers[j + m[0] - 1] not in self.gaz.portfolio_heads:
            return k, None
        return j, m

    def _nameless_before(
        self, ts: int, te: int, title: tuple[str, ...], epithet: bool
    ) -> int | None:
        """The draft a bare "the emir", "the minister" refers back to when no named
        person fits: the latest unnamed office holder ("Qatar's emir", "India's defence
        minister") whose title ends with it, within _NAMELESS_SENTENCES; None when the
        sentence naming it also names another state's office holder ("Egypt's foreign
        minister met Jordan's ...", "... his Greek counterpart"): either may be meant.
        An epithet ("the top diplomat") stands for its title. A monarch's title (monarch_words)
        that the story so far gives to one state alone reaches back however far ("Qatar's
        emir received ... The emir accepted an invitation", paragraphs on); a head's title
        (head_titles) that the story so far gives to one state alone, within
        _BARE_HEAD_SENTENCES; an envoy's (envoy_words) so given, as a clause's subject, within
        _HEAD_SENTENCES."""
        if self.lowers[ts] != "the" or (not epithet and te - ts != len(title) + 1):
            return None
        same = (title, *self.gaz.same_titles.get(title, ()))
        if title[-1] not in self.gaz.refer_back and len(same) == 1:
            return None
        s = self.sent(ts)
        held = [
            j
            for j, d in enumerate(self.drafts)
            if d.kind == "title"
            and d.person is None
            and d.actor is not None
            and d.te <= ts
            and any(d.title[-len(t) :] == t for t in same)
        ]
        fits = [j for j in held if s - self.sent(self.drafts[j].ts) <= _NAMELESS_SENTENCES]
        states = {self.drafts[j].actor.principal for j in held}  # type: ignore[union-attr]
        if not fits and title[-1] in self.gaz.monarch_words and len(states) == 1:
            fits = held
        igo_head = any(title[-len(t) :] == t for t in self.gaz.igo_head_titles)
        if not fits and igo_head and len(states) == 1:
            # one head of a body at a time: "ASEAN's secretary-general arrived ... The
            # secretary-general thanked", paragraphs on, when the story names no other's
            fits = held
        if (
            not fits
            and title[-1] in self.gaz.envoy_words
            and len(states) == 1
            and self.toks[te - 1].dep in ("nsubj", "nsubjpass")
        ):
            # "Armenia summoned Thailand's honorary consul ... ¶ ... ¶ the consul had been
            # handed a note": one state's envoy the story goes on about, a few paragraphs on,
            # as a clause's subject (not "after the meeting with the ambassador", a talk
            # retold)
            fits = [j for j in held if s - self.sent(self.drafts[j].ts) <= _HEAD_SENTENCES]
        if not fits and title in self.gaz.head_titles and len(states) == 1:
            # one head of government or state at a time: "Nauru's president asked ... ¶
            # ... ¶ the president thanked" a few paragraphs on
            fits = [j for j in held if s - self.sent(self.drafts[j].ts) <= _BARE_HEAD_SENTENCES]
        if not fits:
            return None
        best = max(fits, key=lambda j: self.drafts[j].ts)
        found = self.drafts[best]
        assert found.actor is not None
        s = self.sent(found.ts)
        if any(self.sent(k) == s and self.lowers[k] in self.gaz.counterparts for k in range(ts)):
            return None
        for d in self.drafts:
            if d.actor is None or d.te > ts or self.sent(d.ts) != s:
                continue
            holder = d.kind in ("title", "person") and any(d.title[-len(t) :] == t for t in same)
            if holder and d.actor.principal != found.actor.principal:
                return None
        return best

    def _named_back(self, ts: int, te: int, title: tuple[str, ...], epithet: bool, ci: int) -> None:
        """A bare title that names its holder next ("Austria's interior minister visited
        Rome. The minister, Karl Huber, signed"): the holder is the unnamed one told before
        (_nameless_before), and takes that state, as the bare title alone would."""
        back = self._nameless_before(ts, te, title, epithet)
        actor = self.drafts[back].actor if back is not None else None
        if actor is not None:
            self._hold(ci, actor)

    def _hold(self, ci: int, actor: Actor) -> None:
        """Give a person's cluster, and its drafts with none, the actor of its office."""
        cluster = self.clusters[ci]
        cluster.actor = actor
        for idx in cluster.drafts:
            if self.drafts[idx].actor is None:
                self.drafts[idx].actor = actor

    def _head_before(
        self, ts: int, principal: str, igo: bool = False, rank: tuple[str, ...] = ()
    ) -> int | None:
        """The draft "the Bhutanese leader" refers back to when no named head fits: the
        latest head of that state named by title alone ("Bhutan's prime minister"),
        within _HEAD_SENTENCES, else None. A head named with "a" or "an" is any of them
        ("the first visit by a Brazilian head of state"), no one referred to. With ``igo``,
        the IGO's head ("the OPEC chief": "OPEC's secretary-general", igo_head_titles); with a
        ``rank`` ("deputy"), the IGO's head of that rank ("NATO's deputy chief": "NATO's deputy
        secretary-general")."""
        s = self.sent(ts)
        n = len(rank)
        heads = self.gaz.igo_head_titles if igo else self.gaz.head_titles
        fits = [
            j
            for j, d in enumerate(self.drafts)
            if d.kind == "title"
            and d.person is None
            and d.actor is not None
            and d.actor.principal == principal
            and d.te <= ts
            and d.title is not None
            and d.title[:n] == rank
            and d.title[n:] in heads
            and d.title not in self.gaz.head_words
            and s - self.sent(d.ts) <= _HEAD_SENTENCES
            and not self.indefinite(d.ts)
        ]
        if not fits:
            return None
        return max(fits, key=lambda j: self.drafts[j].ts)

    def _context_owner(self, before: int, s: int, e: int) -> Entry | None:
        """The entry of a description ("the bloc", "the alliance") at s..e whose body
        was named last before token ``before``, else None."""
        m = self.gaz.match(self.lowers, s)
        if m is None or m[0] != e - s:
            return None
        entries = {x.principal: x for x in m[1] if x.kind == "context"}
        latest = max(
            (
                d
                for d in self.drafts
                if d.ts < before and d.actor is not None and d.actor.principal in entries
            ),
            key=lambda d: d.ts,
            default=None,
        )
        return entries[latest.actor.principal] if latest is not None and latest.actor else None

    def _context_named(self, before: int, s: int, e: int) -> Entry | None:
        """The entry of a description at s..e whose body's name was found last before token
        ``before``: titles are placed before names are drafted ("ASEAN and Japan agreed
        ..., the bloc's secretary-general said"), so _context_owner finds none."""
        m = self.gaz.match(self.lowers, s)
        if m is None or m[0] != e - s:
            return None
        entries = {x.principal: x for x in m[1] if x.kind == "context"}
        named = [
            (j, x.principal)
            for j, (_, x) in self.hits.items()
            if j < before and x.kind in _ACTOR_KINDS and x.principal in entries
        ]
        return entries[max(named)[1]] if named else None

    def _body_head_at(self, k: int) -> bool:
        """Whether a body head's title, ranked or not, starts at token k ("secretary-general",
        "deputy secretary-general")."""
        if k < len(self.toks) and self.lowers[k] in self.gaz.lower_ranks:
            k += 1
        return self._igo_head_at(k)

    def _body_title_named(self, s: int, e: int) -> bool:
        """Whether the description at s..e (before its possessive) is followed by a body's
        title, ranked or not, naming a person right after its comma ("the court's deputy
        prosecutor, X,"): the body's own officer; not a state's leader who chairs it ("the
        bloc's chair, Kenyan President X"), nor an officer of a state's body of that head
        word told since the IGO ("the ICC ... a Nairobi court jailed him ... the court's")."""
        # the body named last, by name or by a description before this one
        named = [end for j, (end, x) in self.hits.items() if j < s and x.kind in ("igo", "context")]
        if not named or self._head_between(max(named) - 1, s, e - 1):
            return False
        k = e + 1
        if k < len(self.toks) and self.lowers[k] in self.gaz.lower_ranks:
            k += 1
        m = self.gaz.match_in(self.gaz.titles, self.lowers, k) if k < len(self.toks) else None
        if m is None or tuple(self.lowers[k : k + m[0]]) not in self.gaz.igo_titles:
            return False
        end = k + m[0]
        if self._bare_body_officer(tuple(self.lowers[k:end]), end):
            return True
        if end + 1 >= len(self.toks) or self.lowers[end] != ",":
            return False
        idx = self.claimed[end + 1]
        person = idx is not None and self.drafts[idx].kind == "person"
        return (
            (person or self.toks[end + 1].ent_type == "PERSON")
            and end + 1 not in self.hits
            and self.gaz.match_in(self.gaz.titles, self.lowers, end + 1) is None
        )

    def _bare_body_officer(self, title: tuple[str, ...], end: int) -> bool:
        """Whether a body's title ending before token ``end``, with no name apposed, is the
        subject of the verb right after it ("the court's deputy prosecutor asked Kenya", "the
        fund's mission chief urged"): the body's own officer, as an IGO's named one is. A
        title a member's leader holds in turn ("the bloc's chair said") is left out."""
        if title in self.gaz.rotating_titles or end >= len(self.toks):
            return False
        last = self.toks[end - 1]
        verb = self.toks[end]
        return (
            last.dep in ("nsubj", "nsubjpass")
            and last.head == verb.i
            and verb.pos in ("VERB", "AUX")
        )

    def _named_after(
        self, te: int, title: tuple[str, ...], epithet: bool = False
    ) -> tuple[int, int] | None:
        """(cluster, draft) of a name set off by a comma right after a title that
        the name's cluster bears ("Egypt's foreign minister, Sameh Shoukry,"); after
        an epithet ("Egypt's chief diplomat, Badr Abdelatty,") a name holding no
        other office, which then bears the epithet's title."""
        if te + 1 >= len(self.toks) or self.lowers[te] != ",":
            return None
        idx = self.claimed[te + 1]
        if idx is None:
            return None
        d = self.drafts[idx]
        if d.kind != "person" or d.person is None or d.ts != te + 1:
            return None
        c = self.clusters[int(d.person)]
        if epithet and not c.former and not _other_office(title, c.titles, self.gaz):
            c.titles.add(title)
        if title not in c.titles:
            return None
        return int(d.person), idx

    def _named_past_owner(self, te: int, title: tuple[str, ...]) -> tuple[int, int] | None:
        """(cluster, draft) of a name set off by commas after a title's "of" phrase ("The
        head of the Indonesian Palm Oil Association, Budi Santoso, said"): the name holds
        the title, not someone who bore it before; the name's cluster takes the title. (A
        phrase a state owns, "The head of Kenya's electoral commission, X,", is read as
        that state's title instead.)"""
        n = len(self.toks)
        if te >= n or self.lowers[te] != "of":
            return None
        k = te + 1
        while k < n and k - te <= _OWNER_PHRASE_MAX and self.sent(k) == self.sent(te) and (
            self.toks[k].pos in ("DET", "ADJ", "PROPN", "NOUN", "PART", "CCONJ", "ADP")
        ):
            k += 1
        if k + 1 >= n or self.lowers[k] != "," or k == te + 1:
            return None
        idx = self.claimed[k + 1]
        if idx is None:
            return None
        d = self.drafts[idx]
        if d.kind != "person" or d.person is None or d.ts != k + 1 or d.te >= n:
            return None
        if self.lowers[d.te] != ",":
            return None
        c = self.clusters[int(d.person)]
        if c.former or _other_office(title, c.titles, self.gaz):
            return None
        c.titles.add(title)
        return int(d.person), idx

    def _past_post(self, te: int, title: tuple[str, ...]) -> int:
        """The end of an envoy's post after the title ("The U.S. ambassador to Mexico,
        Ronald Johnson,", "UNICEF's representative in Mozambique, Kristof Lindqvist,"), so
        that the name set off after the post is the title's; else te."""
        n = len(self.toks)
        posts = ("to", "for", "in")
        if title[-1] not in self.gaz.to_titles or te >= n or self.lowers[te] not in posts:
            return te
        k = te + 1
        if k < n and self.lowers[k] == "the":
            k += 1
        if k not in self.hits or self.hits[k][1].kind not in ("state", "igo", "capital"):
            return te
        return self.hits[k][0]

    def _state_follows(self, te: int) -> bool:
        """Whether the words right after a title say whose it is: "the foreign minister
        of Brazil", "the minister for Ukraine", or an appositive naming a state ("the
        emir, Kuwait's ruler"); such a title is no bare one for the dateline's state."""
        n = len(self.toks)
        if te < n and self.lowers[te] in ("of", "for"):
            return any(k in self.hits for k in range(te + 1, min(te + 4, n)))
        if te >= n or self.lowers[te] != ",":
            return False
        k = te + 1
        while k < n and self.sent(k) == self.sent(te) and self.lowers[k] not in (",", "."):
            hit = self.hits.get(k)
            if hit is not None and hit[1].kind in _STATE_KINDS:
                return True
            k += 1
        return False

    def _owner_of(self, te: int) -> Entry | None:
        """The state or IGO named by "of (the) <name>" right after a title ending at
        token ``te``: "the president of Azerbaijan", "the head of the IAEA"."""
        k = te + 1
        if k < len(self.toks) and self.lowers[k] == "the":
            k += 1
        if self.lowers[te : te + 1] != ["of"] or k not in self.hits:
            return None
        entry = self.hits[k][1]
        return entry if entry.kind in ("state", "igo") else None

    def _title_refers_back(self, c: Cluster, title: tuple[str, ...], role: str) -> bool:
        """Whether "the president", "the secretary" can mean this person: a title of
        theirs holds the word, or they hold a known office of that role with no title
        stated ("Volodymyr Zelenskyy said ... the president said")."""
        word = title[-1]
        if word not in self.gaz.refer_back or title[0] in self.gaz.modifiers:
            return False
        if c.titles:
            return (
                any(word in t for t in c.titles)
                and not _other_office(title, c.titles, self.gaz)
                and not self._other_rank(title, c.titles)
            )
        actor = holder_actor(self.gaz, c.names, self.date)
        return (
            actor is not None
            and bool(role)
            and actor.role == role
            and actor.principal not in self.gaz.igos
            and (c.actor is None or c.actor.principal == actor.principal)
        )

    def _other_rank(self, title: tuple[str, ...], titles: set[tuple[str, ...]]) -> bool:
        """Whether a title is another rank than every title a person bears: a head of
        state or government against a minister ("Ghana's president" is not the trade
        minister named before), or two heads' titles that are not one office ("prime
        minister" for a "president"). Generic words ("the leader") may be either."""
        others = [t for t in titles if t[-1] not in self.gaz.generic_titles]
        if title[-1] in self.gaz.generic_titles or not others:
            return False
        heads = self.gaz.head_titles
        alike = [t for t in titles if _same_office(title, t, self.gaz.lower_ranks)]
        if alike and not (title in heads and all(t not in heads and len(t) < len(title) for t in alike)):
            # "Togo's minister for energy, X ... Togo's prime minister": a head's title that
            # only ends in a minister's word is another rank; "minister" after it is not
            return False
        same = {title, *self.gaz.same_titles.get(title, ())}
        return all((title in heads) != (t in heads) or (t in heads and t not in same) for t in others)

    def _add_title(
        self,
        ts: int,
        te: int,
        title: tuple[str, ...],
        role: str,
        principal: Entry | None,
        epithet: bool = False,
    ) -> None:
        best: tuple[int, int] | None = None  # (last token, cluster)
        k = ts - 1
        while k >= 0 and self.lowers[k] in self.gaz.modifiers:
            k -= 1
        unnamed = k >= 0 and self.lowers[k] in _INDEFINITE  # "a top Russian diplomat"
        named = self._named_after(self._past_post(te, title), title, epithet)
        if named is None and principal is None and self._owner_of(te) is None:
            named = self._named_past_owner(te, title)
        if named is not None:
            # "Pakistan's finance minister, Ayesha Malik,": the title is the name's.
            if principal is None and self.clusters[named[0]].actor is None:
                self._named_back(ts, te, title, epithet, named[0])
            elif (
                principal is not None
                and principal.principal in self.gaz.igos
                and self.clusters[named[0]].actor is None
            ):
                # "the court's deputy prosecutor, X,": a body told by its description
                # (_context_named) holds the title, as a body named would
                self._hold(named[0], principal.actor())
            idx = self.add(
                Draft(
                    ts,
                    te,
                    "title",
                    self.clusters[named[0]].actor,
                    str(named[0]),
                    antecedent=named[1],
                    title=title,
                )
            )
            self.clusters[named[0]].drafts.append(idx)
            return
        fitting: list[tuple[int, int]] = []  # (last token, cluster) of every holder that fits
        # "the OPEC chief": an IGO's head, read back as "the Bhutanese leader" is a state's
        # ... and "NATO's deputy chief" its deputy head ("NATO's deputy secretary-general")
        rank = title[:-1] if all(w in self.gaz.lower_ranks for w in title[:-1]) else None
        igo_head = (
            rank is not None
            and title[-1:] in self.gaz.igo_head_words
            and principal is not None
            and principal.principal in self.gaz.igos
            and not unnamed
        )
        heads = self.gaz.igo_head_titles if igo_head else self.gaz.head_titles
        head_word = (title in self.gaz.head_words or igo_head) and principal is not None and not unnamed
        bare = not unnamed and self.lowers[ts] == "the" and te - ts == len(title) + 1
        # "Putin met the president of Azerbaijan": the state its of-phrase names holds
        # the title, not the person named before who bears it
        owner = self._owner_of(te) if principal is None and bare else None
        principal = principal or owner
        for ci, c in enumerate(self.clusters if not unnamed else ()):
            last = max((self.drafts[d].ts for d in c.drafts if self.drafts[d].ts < ts), default=-1)
            if last < 0:
                continue
            actor = c.actor
            if principal is not None and (actor is None or actor.principal != principal.principal):
                continue
            fits = (
                title in c.titles
                or (title[-1] in self.gaz.generic_titles and principal is not None)
                or (
                    title in self.gaz.igo_titles
                    and actor is not None
                    and actor.principal in self.gaz.igos
                    and any(t in self.gaz.igo_titles for t in c.titles)
                )
            )
            if (
                not fits
                and role
                and c.role == role
                and principal is not None
                and not _other_office(title, c.titles, self.gaz)
                and not self._other_rank(title, c.titles)
                # a spokesperson is no other holder of the role ("Indian Prime Minister X ...
                # India's Ministry of External Affairs spokesperson"), nor the other way
                # ("X, a spokesman for Chile's fisheries ministry, ... Chile's foreign minister")
                and title[-1] not in self.gaz.mouthpiece_words
                and not self._mouthpiece_only(c)
                # "the head of Chile's mining agency, X, ... Chile's president": a generic
                # head of a body holds no head of state's title
                and not (title in heads and _generic_only(c.titles, self.gaz))
            ):
                fits = True  # never a finance minister for the prime minister
            if not fits and not c.former:
                fits = self._title_refers_back(c, title, role)
            if fits and head_word and not any(
                (t in heads and t not in self.gaz.head_words)
                # "The head of the International Atomic Energy Agency, X, ... the IAEA chief"
                or (igo_head and t[:-1] == title[:-1] and t[-1:] in self.gaz.igo_head_words)
                for t in c.titles
            ):
                fits = False  # "the Bhutanese leader" is no minister of Bhutan's
            if fits:
                fitting.append((last, ci))
            if fits and (best is None or last > best[0]):
                best = (last, ci)
        back = None
        if not unnamed and principal is None:
            back = self._nameless_before(ts, te, title, epithet)
        elif head_word and principal is not None:
            back = self._head_before(ts, principal.principal, igo_head, rank or ())
        if best is not None and back is not None and self.drafts[back].ts > best[0]:
            # "Spokesperson Wu Jiayi said ... A State Department spokesperson said ... The
            # spokesperson said": the holder last named, though unnamed
            best = None
        if best is not None:
            best = self._salient_holder(best, fitting)
            c = self.clusters[best[1]]
            prev = max(
                (d for d in c.drafts if self.drafts[d].ts < ts), key=lambda d: self.drafts[d].ts
            )
            idx = self.add(
                Draft(ts, te, "title", c.actor, str(best[1]), antecedent=prev, title=title)
            )
            c.drafts.append(idx)
            return
        if principal is None or (head_word and back is not None):
            if back is not None:
                actor = self.drafts[back].actor
                # "Lebanon's army commander ... The army commander, Gen. X, thanked Qatar":
                # the name set off after the title told again holds it
                held = (
                    self._apposed_holder(ts, te, title, role, actor)
                    if actor is not None and self.drafts[back].person is None
                    else None
                )
                self.add(Draft(ts, te, "title", actor, held, antecedent=back, title=title))
            elif bare:
                if self._state_follows(te):
                    self.owned_titles.append((ts, title[-1]))
                else:
                    self.bare_titles.append((ts, te, title, role))
            return
        if owner is not None:
            # no holder of that state's: owned, as before (find_bare_roles reads "the
            # president of Kenya"; a later bare title does not refer back to it)
            self.owned_titles.append((ts, title[-1]))
            return
        if k >= 0 and self.lowers[k] in self.gaz.former and self.free(k, ts):
            # "a former U.N. official", "a former Chinese diplomat": no one's actor now
            served = principal.actor(role or principal.role or "GOV")
            self.add(Draft(k, te, "title", None, None, title=title, former=served))
            return
        if principal.principal in self.gaz.igos:
            actor = principal.actor("")
        else:
            actor = principal.actor(role or principal.role or "GOV")
        held = self._apposed_holder(ts, self._past_post(te, title), title, role, actor)
        self.add(Draft(ts, te, "title", actor, held, title=title, stated=True))

    def _apposed_holder(
        self, ts: int, te: int, title: tuple[str, ...], role: str, actor: Actor
    ) -> str | None:
        """The person a stated title stands in apposition to, set off by commas after the
        name ("Paulo Souza, Brazil's foreign minister, said") or before it (_named_next): the
        person, placed by no one yet, holds the title and takes its actor (the cluster's id,
        else None)."""
        if te >= len(self.toks):
            return None
        if ts >= 2 and self.lowers[ts - 1] == "," and self.sent(ts - 2) == self.sent(ts):
            d = next((x for x in self.drafts if x.te == ts - 1 and x.kind == "person"), None)
            if self.lowers[te] not in (",", "."):
                d = None
        else:
            d = self._named_next(te)
        if d is None or d.person is None or d.actor is not None:
            return None
        cluster = self.clusters[int(d.person)]
        if cluster.actor is not None or cluster.former:
            return None
        cluster.actor = actor
        cluster.titles.add(title)
        if role and not cluster.role:
            cluster.role = role
        for idx in cluster.drafts:
            if self.drafts[idx].actor is None:
                self.drafts[idx].actor = actor
        return d.person

    def _named_next(self, te: int) -> Draft | None:
        """The person set off by commas right after a title ending at te ("Bolivia's lithium
        industry minister, Rosa Mamani, signed"), when the parse hung the name elsewhere."""
        if te + 1 >= len(self.toks) or self.lowers[te] != ",":
            return None
        d = next((x for x in self.drafts if x.ts == te + 1 and x.kind == "person"), None)
        if d is None or d.te >= len(self.toks) or self.lowers[d.te] != ",":
            return None
        return d if self.sent(d.ts) == self.sent(te) else None

    def _salient_holder(
        self, best: tuple[int, int], fitting: list[tuple[int, int]]
    ) -> tuple[int, int]:
        """Of two holders of a title last named in the same sentence for different states,
        the one that sentence's subject names: "Kenyan President Ruto met Ugandan President
        Museveni ... The president also criticized Somalia" is Ruto, not the nearer one."""

        def state(ci: int) -> str | None:
            actor = self.clusters[ci].actor
            return actor.principal if actor is not None else None

        sent, own = self.sent(best[0]), state(best[1])
        rivals = [
            (last, ci)
            for last, ci in fitting
            if self.sent(last) == sent and own is not None and state(ci) not in (None, own)
        ]
        subjects = [
            (last, ci)
            for last, ci in [best, *rivals]
            if any(
                self.drafts[d].ts == last
                and any(
                    self.toks[k].dep in ("nsubj", "nsubjpass")
                    for k in range(self.drafts[d].ts, self.drafts[d].te)
                )
                for d in self.clusters[ci].drafts
            )
        ]
        return subjects[0] if rivals and len(subjects) == 1 else best

    # -- role phrases, names, metonyms -----------------------------------------

    def find_groups(self) -> None:
        """ "North Korea's state media", "the Chinese foreign ministry", "Russian forces"."""
        n = len(self.toks)
        for s, (e, entry) in sorted(self.hits.items()):
            if entry.kind == "context" and self.free(s, e):
                self._described_staff(s, e)
                continue
            if entry.kind not in _ACTOR_KINDS or not self.free(s, e):
                continue
            staff = self._igo_staff_before(s) if entry.kind == "igo" else None
            if staff is not None:
                # "Inspectors from the IAEA urged Kyrgyzstan", "a team of experts of the WHO":
                # its staff act for the body, as "IAEA inspectors" do
                self.add(Draft(staff, e, "group", entry.actor(""), None, stated=True))
                continue
            k = e
            if k < n and self.lowers[k] in _POSSESSIVE:
                k += 1
            while k < n and self.lowers[k] in self.gaz.modifiers:
                k += 1
            held = k + 3 < n and self.lowers[k + 1] == "-"
            if held and self.lowers[k + 2] in self.gaz.held_suffixes:
                k += 3  # "Afghanistan's Taliban-run government": the state's government
            based = entry.kind == "capital" and self._based_at(k)
            owned = entry.kind in ("state", "adj") and self._firm_origin_at(k)
            k += 2 if based or owned else 0
            m = self.gaz.match_in(self.gaz.roles, self.lowers, k) if k < n else None
            if based and m and tuple(self.lowers[k : k + m[0]]) not in self.gaz.seated_rulers:
                continue
            if owned and (not m or m[1] != "BUS"):
                continue
            if not m and k < n and entry.kind in ("state", "adj"):
                m = self._state_firm(k)  # "India's state-run NHPC", "a Turkish state company"
            if not m and k < n:
                k, m = self._joined_portfolios(k)
            if not m and k < n and entry.principal not in self.gaz.igos:
                m = self._state_organ(k)  # "Chile's Maritime Authority"
            if not m and k < n and entry.principal in self.gaz.igos:
                m = self.gaz.match_in(self.gaz.igo_staff, self.lowers, k)  # "U.N. experts"
                if not m:
                    k, m = self._igo_organ(k)
            if not m:
                continue
            end = k + m[0]
            if entry.principal in self.gaz.igos and end < n:
                # "an IMF staff team", "a UN monitoring team": the whole party, so that "the
                # team" after it finds the body's party (described._party_before)
                more = self.gaz.match_in(self.gaz.igo_staff, self.lowers, end)
                end += more[0] if more and self.lowers[end + more[0] - 1] in ("team", "mission") else 0
            if end < n and self.gaz.match_in(self.gaz.roles, self.lowers, end):
                end += self.gaz.match_in(self.gaz.roles, self.lowers, end)[0]  # type: ignore[index]
                role = (
                    self.gaz.roles[tuple(self.lowers[k:end])]
                    if tuple(self.lowers[k:end]) in self.gaz.roles
                    else m[1]
                )
            else:
                role = m[1]
            end = self._portfolios_after(k, end)
            if not self.free(s, end) or self.toks[end - 1].pos not in ("NOUN", "PROPN"):
                continue
            ts = s - 1 if s > 0 and self.lowers[s - 1] == "the" and self.free(s - 1, s) else s
            if entry.principal in self.gaz.igos:
                actor: Actor | None = entry.actor("")
            else:
                actor = entry.actor(role)
            served: Actor | None = None
            if s > 0 and self.lowers[s - 1] in self.gaz.former and self.free(s - 1, s):
                # "a former U.N. official", "former Chinese diplomats": they act for no one
                ts, actor, served = s - 1, None, actor
            self.add(
                Draft(ts, end, "group", actor, None, self.toks[s].ent_type, stated=True, former=served)
            )

    def _described_staff(self, s: int, e: int) -> None:
        """ "The fund's executive board urged Samoa", "the agency's inspectors said": the staff
        or organ (roles.yaml igo_staff) of the body a description before its possessive names,
        as "the IMF's board" is; only when that body was named before and no other of the
        description's head word was told since ("A Nairobi court ... the court's registry")."""
        n = len(self.toks)
        if e + 1 >= n or self.lowers[e] not in _POSSESSIVE:
            return
        entry = self._context_named(s, s, e)
        if entry is None or entry.principal not in self.gaz.igos:
            return
        named = [end for j, (end, x) in self.hits.items() if j < s and x.kind in ("igo", "context")]
        if not named or self._head_between(max(named) - 1, s, e - 1):
            return
        k = e + 1
        m = self.gaz.match_in(self.gaz.igo_staff, self.lowers, k)
        if not m:
            k, m = self._igo_organ(k)
        if not m:
            return
        end = k + m[0]
        more = self.gaz.match_in(self.gaz.igo_staff, self.lowers, end) if end < n else None
        end += more[0] if more else 0  # "executive board"
        if not self.free(s, end) or self.toks[end - 1].pos not in ("NOUN", "PROPN"):
            return
        self.add(Draft(s, end, "group", entry.actor(""), None, stated=True))

    def _igo_staff_before(self, s: int) -> int | None:
        """The first token of a staff noun of roles.yaml igo_staff set before "from/of (the)"
        and the IGO name at ``s`` ("inspectors from the IAEA", "experts of the WHO"), when
        those tokens are free, the noun opens its phrase (no state's adjective on it:
        "Kenyan experts from the WHO" are left alone) and is a subject: the staff acting."""
        j = s - 1 if s > 0 and self.lowers[s - 1] == "the" else s
        if j < 2 or self.lowers[j - 1] not in ("from", "of"):
            return None
        e = self.hits[s][0]
        if not any(self.toks[k].dep == "pobj" and self.toks[k].head == j - 1 for k in range(s, e)):
            return None  # "the office of the U.N. resident coordinator": an officer's office
        for k in range(max(0, j - 4), j - 1):
            m = self.gaz.match_in(self.gaz.igo_staff, self.lowers, k)
            if m is None or k + m[0] != j - 1 or not self.free(k, s):
                continue
            if self.toks[j - 2].pos not in ("NOUN", "PROPN") or self.toks[j - 1].head != j - 2:
                return None  # "urged the staff from leaving the IMF" is no phrase of its own
            if self.toks[j - 2].dep not in ("nsubj", "nsubjpass"):
                # "Iran admitted just four inspectors from the IAEA": staff let in or turned
                # away are the body's people, done to; the body stays the object's owner
                return None
            if k > 0 and (self.claimed[k - 1] is not None or (k - 1) in self.hit_at):
                return None
            return k
        return None

    def _based_at(self, k: int) -> bool:
        """Whether tokens from k say a capital is the seat of what follows ("the Tripoli-based
        government")."""
        return k + 2 < len(self.toks) and self.lowers[k] == "-" and self.lowers[k + 1] == "based"

    def _firm_origin_at(self, k: int) -> bool:
        """Whether tokens from k tell where a firm is registered or who owns it ("a
        British-registered company", "a Chinese-owned firm"): the state's business, no act
        of the state."""
        return (
            k + 2 < len(self.toks)
            and self.lowers[k] == "-"
            and self.lowers[k + 1] in self.gaz.firm_origins
        )

    def _state_firm(self, k: int) -> tuple[int, str] | None:
        """A state's own firm or lender from token k (state_companies.yaml): "state-run NHPC",
        "state oil company (Sonangol)", "Export-Import Bank"; its length and the role GOV (an
        organ of its state, no private business), else None. "state" or "national" needs a
        firm noun ("Russia's State Duma" is none)."""
        words = self.gaz.state_firm_words
        found = self.gaz.match_in(words, self.lowers, k)
        if found is None or found[1] not in ("owner", "plain_owner", "lender"):
            return None
        j = k + found[0]
        if found[1] != "lender":
            while (part := self.gaz.match_in(words, self.lowers, j)) and part[1] == "sector":
                j += part[0]
            noun = self.gaz.match_in(words, self.lowers, j)
            if noun and noun[1] in ("firm_noun", "lender"):
                j += noun[0]
            elif found[1] == "plain_owner":
                return None
        end = self._firm_name_end(j)
        return (end - k, "GOV") if end > j or j > k + found[0] or found[1] == "lender" else None

    def _firm_name_end(self, j: int) -> int:
        """Where the capitalised name of a firm from token j ends ("NHPC", "Mazagon Dock
        Shipbuilders"): free proper nouns that no gazetteer name starts in."""
        start = j
        while (
            j < len(self.toks)
            and j - start < _ORGAN_NAME_WORDS
            and self.toks[j].pos == "PROPN"
            and self.toks[j].text[:1].isupper()
            and self.free(j, j + 1)
            and not any(s <= j < e for s, (e, _) in self.hits.items())
        ):
            j += 1
        return j

    def _portfolios_after(self, k: int, end: int) -> int:
        """ "Egypt's Ministry of Trade and Industry": capitalised portfolios joined after a
        ministry's of-portfolio name the same ministry (as _joined_portfolios before its
        role noun); the end past them, else ``end``."""
        n = len(self.toks)
        if not any(self.lowers[j] in ("of", "for") for j in range(k, end)):
            return end
        while (
            end + 1 < n
            and self.lowers[end] in ("and", "&")
            and self.lowers[end - 1] in self.gaz.portfolio_words
            and self.toks[end - 1].text[:1].isupper()
            and self.lowers[end + 1] in self.gaz.portfolio_words
            and self.toks[end + 1].text[:1].isupper()
            and self.free(end, end + 2)
        ):
            end += 2
            while (
                end < n
                and self.lowers[end] in self.gaz.portfolio_words
                and self.toks[end].text[:1].isupper()
                and self.free(end, end + 1)
            ):
                end += 1  # "and Public Works"
        return end

    def _joined_portfolios(self, k: int) -> tuple[int, tuple[int, str] | None]:
        """ "Colombia's Mines and Energy Ministry": portfolios joined before a ministry's role
        noun (as "Economy and Industry Minister" joins a title's): where the last portfolio's
        role noun starts, and its match; k and None when there is none."""
        j = k
        while (
            j + 2 < len(self.toks)
            and self.lowers[j] in self.gaz.portfolio_words
            and self.lowers[j + 1] in ("and", "&", ",")
        ):
            j += 2
            found = self.gaz.match_in(self.gaz.roles, self.lowers, j)
            if found and self.lowers[j] in self.gaz.portfolio_words:
                return j, found
        return k, None

    def _state_organ(self, k: int) -> tuple[int, str] | None:
        """A state body's proper name from token k ("Maritime Authority", "Radio and
        Television Commission", "Fund for Development"): capitalised words, joined by "and",
        "of" or "for", one of them a head of gaz.organ_heads and none of gaz.organ_unheld;
        its length and the role GOV, else None."""
        end, head, j = k, False, k
        while j < len(self.toks) and j - k < _ORGAN_NAME_WORDS:
            text, low = self.toks[j].text, self.lowers[j]
            if text[:1].isupper() and text.isalpha():
                if low in self.gaz.organ_unheld:
                    return None
                head = head or low in self.gaz.organ_heads
                end = j = j + 1
            elif j > k and low in _ORGAN_JOINS:
                j += 1
            else:
                break
        return (end - k, "GOV") if head else None

    def _igo_organ(self, k: int) -> tuple[int, tuple[int, str] | None]:
        """An IGO's staff or office named after its field ("the OSCE's election office",
        "U.N. monitoring mission"): where the staff noun starts, and its match. Organs act
        for their IGO; the field words are lower-case modifiers of the noun."""
        for j in range(k, min(k + _ORGAN_WORDS, len(self.toks) - 1)):
            tok = self.toks[j]
            if not (tok.text.isalpha() and tok.text.islower()) or tok.dep not in _ORGAN_DEPS:
                break
            found = self.gaz.match_in(self.gaz.igo_staff, self.lowers, j + 1)
            found = found or self.gaz.match_in(self.gaz.roles, self.lowers, j + 1)
            if found:
                return j + 1, found
        return k, None

    def share_roles(self) -> None:
        """ "U.S. and Chinese officials", "French, German and British counterparts", "the
        Chilean and Peruvian trade ministers": adjectives coordinated before a role phrase
        share its role and kind (one mention per state, each with the role), so a verb that
        takes only people ("received the ... ministers": v.host) takes each."""
        ending = {d.te: idx for idx, d in enumerate(self.drafts)}
        for d in list(self.drafts):
            if d.kind not in _ROLE_PHRASES or d.actor is None or not d.actor.role or not d.stated:
                continue
            if d.ts not in self.hits:
                continue  # the role phrase opens with its adjective ("Chinese officials")
            ts = d.ts
            while True:
                k = ts - 1
                while k > 0 and self.lowers[k] in (",", "and"):
                    k -= 1
                prev = ending.get(k + 1) if k < ts - 1 else None
                if prev is None:
                    break
                p = self.drafts[prev]
                if (
                    p.kind != "name"
                    or p.actor is None
                    or p.actor.role
                    or not self._adjectival(p.ts)
                ):
                    break
                if p.actor.principal not in self.gaz.igos:
                    p.actor = self.gaz.principal_actor(p.actor.principal, d.actor.role)
                    p.kind = d.kind
                ts = p.ts

    def _adjectival(self, k: int) -> bool:
        """A name usable as an adjective: a demonym ("Chinese") or an abbreviation ("U.S.")."""
        if k not in self.hit_at:
            return False
        entry = self.hits[self.hit_at[k]][1]
        return entry.kind == "adj" or (entry.kind == "state" and (entry.case or "." in entry.text))

    def _dateline_hit(self, s: int) -> bool:
        tok = self.toks[s]
        nxt = self.toks[s + 1].text if s + 1 < len(self.toks) else ""
        if nxt == "-" and not tok.ws:
            return False  # "Port-au-Prince said": a hyphenated name, not "KYIV -"
        line_start = tok.start == 0 or self.article.text[tok.start - 1] == "\n"
        return line_start and (tok.text.isupper() or nxt in _DASHES) and nxt in _DASHES | {","}

    def _headline(self, s: int) -> bool:
        """A title-case sentence ("China Slams New Tariffs"): capitals mark no names."""
        words = [t for t in self.parse.sentence_tokens(s) if t.text.isalpha()]
        if len(words) < 4:
            return False
        upper = sum(1 for t in words if t.text[:1].isupper())
        return upper >= self.gaz.headline_share * len(words)

    def _headline_word(self, k: int) -> bool:
        """Whether token k is in a headline: a first line of its own, ending in no full stop
        (a body's first sentence full of names ends in one), in title case (the parser may
        run the headline on into the body's first sentence)."""
        text = self.article.text
        end = text.find("\n")
        return (
            self.toks[k].start < end
            and not text[:end].rstrip().endswith((".", "!", "?"))
            and self._headline(self.sent(k))
        )

    def _prefixed_name(self, s: int) -> bool:
        """A name after a hyphen that a word of name_prefixes opens ("the Inter-American
        Development Bank", "the Pan-American Health Organization"), which the parser may leave
        out of the body's entity: part of that name, no state. "Pro-Russian", "Sino-American"
        stay the state's."""
        return (
            s >= 2
            and self.lowers[s - 1] in ("-", "\u2013")
            and not self.toks[s - 2].ws
            and not self.toks[s - 1].ws
            and self.lowers[s - 2] in self.gaz.name_prefixes
        )

    def _descent_name(self, s: int) -> bool:
        """A nationality after a word of descent_words naming people ("three ethnic Albanians",
        "ethnic-Russian activists"): a people by descent, not a state's nationals or organs. A
        body so named ("the main ethnic Hungarian party") keeps its name for the quotes stage's
        speaker."""
        k = s - 1
        if k >= 1 and self.lowers[k] in ("-", "\u2013") and not self.toks[k - 1].ws:
            k -= 1
        if k < 0 or self.sent(k) != self.sent(s) or self.lowers[k] not in self.gaz.descent_words:
            return False
        plural = ("NNS", "NNPS")
        nxt = s + 1
        return self.toks[s].tag in plural or (
            nxt < len(self.toks) and self.sent(nxt) == self.sent(s) and self.toks[nxt].tag in plural
        )

    def _joined_name(self, s: int, e: int) -> bool:
        """A state or capital joined by a space to another capitalised name is part of
        it: "Michael Jordan", "Chad Smith", "Air India", "London School of Economics"."""
        if self._headline(self.sent(s)):
            return False
        for k, gap in ((s - 1, s - 1), (e, e - 1)):
            if k < 0 or k >= len(self.toks) or self.toks[gap].ws != " ":
                continue
            if k == e and s > 0 and self.lowers[s - 1] in ("to", "for"):
                continue  # "Ambassador to Israel | Mike Huckabee": a new name starts
            tok, low = self.toks[k], self.lowers[k]
            if self.sent(k) != self.sent(s) or tok.pos != "PROPN" or k in self.hit_at:
                continue
            if self.claimed[k] is not None and not self._given_name_only(k):
                continue  # "told Zelenskyy | Russia wanted": a person named on its own
            if not (tok.text[:1].isupper() and tok.text.isalpha()):
                continue
            if tok.ent_type in ("DATE", "TIME") or low in self.gaz.not_names:
                continue
            if low in self.title_vocab or low in self.gaz.honorifics:
                continue
            if self.gaz.match_in(self.gaz.roles, self.lowers, k):
                continue
            if k < s and low in description_words().state_epithets:
                continue  # "Landlocked Malawi": a description, no name
            if k < s and self._state_part(k, s):
                continue  # "Eastern Congo": a part of the state, no other name
            return True
        return False

    def _state_part(self, k: int, s: int) -> bool:
        """A capitalised compass word right before a state's name names a part of that
        state ("Southern Lebanon"), unless the pair is another place ("Northern Ireland").
        Only as a place: a part that acts ("Western Australia signed") is its own
        government, no act of the state's."""
        w = description_words()
        if self.lowers[k] not in w.state_parts or self.hits[s][1].kind != "state":
            return False
        if self.toks[self.hits[s][0] - 1].dep in ("nsubj", "nsubjpass"):
            return False
        return tuple(self.lowers[k : self.hits[s][0]]) not in w.not_state_parts

    def _extend_state_surname(self, ts: int, te: int) -> int:
        """ "Rep. Jim | Jordan": a lone given name (no listed office holder) joined as a
        compound to a state's name takes it back as the surname."""
        k = te
        if te - ts != 1 or k >= len(self.toks):
            return te
        if self.hit_at.get(k) != k or self.hits[k][0] != k + 1:
            return te
        entry, tok = self.hits[k][1], self.toks[ts]
        # a listed holder's name ("Marcos") is that holder, unless another state's adjective
        # and a title stand before it ("Brazilian President Marcos | Lima")
        stated = self._adjective_state_before(ts)
        if (self.lowers[ts],) in self.gaz.persons and stated in (None, entry.principal):
            return te
        if entry.kind not in ("state", "capital") or entry.case or tok.ws != " ":
            return te
        if tok.dep == "compound" and tok.head == k and self.sent(k) == self.sent(ts):
            return k + 1
        return te

    def _adjective_state_before(self, ts: int) -> str | None:
        """The state of a demonym right before the title words before token ``ts``
        ("Brazilian President | Marcos"), else None."""
        k = ts - 1
        while k >= 0 and self.lowers[k] in self.title_vocab and k not in self.hit_at:
            k -= 1
        if k == ts - 1 or k < 0 or not self._adjectival(k):
            return None
        return self.hits[self.hit_at[k]][1].principal

    def _us_state_at(self, k: int) -> bool:
        if not self.toks[k].text[:1].isupper():
            return False
        return any(tuple(self.lowers[k : k + n]) in self.gaz.us_states for n in (1, 2, 3))

    def _american_town(self, s: int, e: int, entry: Entry) -> bool:
        """ "Moscow, Idaho", "Paris, Texas": a town of that name in the United States;
        "Athens, Georgia": the U.S. state (but "Tbilisi, Georgia" is the country)."""
        n = len(self.toks)
        if e + 1 < n and self.lowers[e] == "," and self.sent(e + 1) == self.sent(s):
            if self._us_state_at(e + 1) and (e + 1) not in self.hit_at:
                return True  # not "Armenia, Georgia": a state of both kinds says nothing
        if s >= 2 and self.lowers[s - 1] == "," and self._us_state_at(s):
            before = self.toks[s - 2]
            return (
                before.pos == "PROPN"
                and (s - 2) not in self.hit_at
                and self.sent(s - 2) == self.sent(s)
            )
        return False

    def _given_name_only(self, k: int) -> bool:
        """Token k is all the name a person was given so far ("Rep. Jim | Jordan"),
        not a known office holder's name: the state's name after it is the surname."""
        idx = self.claimed[k]
        d = self.drafts[idx] if idx is not None else None
        if d is None or d.person is None or (self.lowers[k],) in self.gaz.persons:
            return False
        return all(len(n) == 1 for n in self.clusters[int(d.person)].names)

    def _false_friend(self, entry: Entry) -> bool:
        """A state's name in an article whose words say it is something else
        ("Georgia" beside "Atlanta", "Turkey" beside "Thanksgiving"), or an adjective two
        states share there ("Korean" in a story that names North Korea)."""
        if entry.kind not in ("state", "capital", "adj"):
            return False
        cues = self.gaz.unless_in_article.get(entry.text.lower())
        if not cues:
            return False
        return _names_any(self.article.text, cues)

    def find_names(self) -> None:
        for s, (e, entry) in sorted(self.hits.items()):
            if not self.free(s, e) or self.dateline_span[0] <= s < self.dateline_span[1]:
                continue
            if self.in_person[s]:
                continue
            if entry.kind == "place":
                continue  # "North America", "the Korean Peninsula": not actors
            if entry.kind == "armed":
                ts = s - 1 if s > 0 and self.lowers[s - 1] == "the" and self.free(s - 1, s) else s
                self.add(Draft(ts, e, "name", None, None, "ORG", nonstate=True))
                continue
            if entry.kind == "context":
                self._contextual(s, e)
                continue
            if self._inside_container(s, e):
                continue
            if entry.kind in ("state", "capital") and not entry.case:
                if self._joined_name(s, e) or self._american_town(s, e, entry):
                    continue
            actor = entry.actor()
            if entry.shared:
                actor = self._shared_chamber(s, entry)
            if entry.kind == "capital":
                if self._dateline_hit(s):
                    continue
                if s > 0 and self.lowers[s - 1] in _LOCATIVE:
                    actor = entry.actor(
                        ""
                    )  # a place ("talks in Ankara"): the state, not its government
            kind = "metonym" if entry.kind in ("capital", "seat") else "name"
            if (
                entry.kind == "adj"
                and self.toks[s].pos in ("NOUN", "PROPN")
                and self.lowers[e - 1].endswith("s")
            ):
                kind = "group"
            ts = s
            if (
                entry.kind in ("seat", "igo", "group")
                and s > 0
                and self.lowers[s - 1] == "the"
                and self.free(s - 1, s)
            ):
                ts = s - 1
            self.add(Draft(ts, e, kind, actor, None, self.toks[s].ent_type, stated=True))

    def _place_after_of(self, k: int) -> bool:
        """Whether token ``k`` (after "of", past a "the") opens a capitalised name: "the
        island of Kinmen", "the South of France" place a region; "the South of an attack",
        "the North of firing" (an accusation's "of") do not."""
        if k < len(self.toks) and self.lowers[k] == "the":
            k += 1
        return k < len(self.toks) and self.toks[k].text[:1].isupper()

    def _contextual(self, s: int, e: int) -> None:
        """ "the alliance" -> NATO when NATO was named before; "the bloc" -> the bloc
        named last (else one named later), EU only by default."""
        m = self.gaz.match(self.lowers, s)
        if not m or m[0] != e - s:
            described = described_match(self.gaz, self.lowers, s)
            m = (described[0] - s, described[1]) if described else m
        if not m:
            return
        candidates = [x for x in m[1] if x.kind == "context"]
        if e < len(self.toks) and self.lowers[e] in kind_words().nouns:
            return  # "the island nation": a state of that kind (described.find_kinds)
        if e < len(self.toks) and self.lowers[e] == "of" and self._place_after_of(e + 1):
            # "the island of Kinmen": a place named after it, not a state named before
            # ("accused the South of an armed provocation" names no place: the South)
            candidates = [x for x in candidates if x.principal in self.gaz.igos]
        # "The African Union urged the council": not the AU, whatever was named last
        actors = self._acting_on(s, e)
        candidates = [x for x in candidates if x.principal not in actors]
        best: tuple[int, Entry, int] | None = None
        for entry in candidates:
            for idx, d in enumerate(self.drafts):
                if d.actor is not None and d.actor.principal == entry.principal and d.ts < s:
                    if best is None or d.ts > best[0]:
                        best = (d.ts, entry, idx)
        # "The U.N. refugee agency UNHCR said ... The agency said": a body named before by a
        # name ending in the description's head word is meant, whatever the entry's list says
        head = self.lowers[e - 1]
        named = [
            (d.ts, idx, d.actor.principal)
            for idx, d in enumerate(self.drafts)
            if d.actor is not None
            and d.ts < s
            and d.kind == "name"
            and d.actor.principal in self.gaz.igos
            and self.lowers[d.te - 1] == head
        ]
        if named and (best is None or max(named)[0] > best[0]):
            _, idx, principal = max(named)
            actor = self.gaz.principal_actor(principal)
            self.add(Draft(s, e, "name", actor, None, antecedent=idx))
            return
        if self._unlisted_body(best[0] if best is not None else -1, s):
            return
        backward = self.lowers[e - 1] in description_words().backward_heads
        if backward and (best is None or self._head_between(best[0], s, e - 1)):
            return  # "A Moscow court jailed him ... the court": a state's court
        if best is not None:
            self.add(Draft(s, e, "name", best[1].actor(), None, antecedent=best[2]))
            return
        # none named before: the first body the article names later ("The bloc's
        # leaders met ... the African Union said"), else the default (EU)
        later = {x.principal: x for x in candidates}
        for k, (_, hit) in sorted(self.hits.items()):
            if k > s and hit.kind == "igo" and hit.principal in later:
                self.add(Draft(s, e, "name", later[hit.principal].actor(), None))
                return
        defaults = [x for x in candidates if x.default]
        if defaults:
            self.add(Draft(s, e, "name", defaults[0].actor(), None))

    def _acting_on(self, s: int, e: int) -> set[str]:
        """The principals named as the subject of the verb the phrase in tokens s..e-1 is the
        object of ("urged the council", "called on the council"): a body does not act on
        itself."""
        tok = self.toks[next((k for k in range(s, e) if not s <= self.toks[k].head < e), e - 1)]
        if tok.dep == "pobj" and self.toks[tok.head].dep == "prep":
            tok = self.toks[tok.head]
        elif tok.dep not in ("dobj", "dative"):
            return set()
        if tok.head == tok.i or self.toks[tok.head].pos != "VERB":
            return set()
        owners = [self.claimed[k] for k in self._subjects_of(tok.head)]
        return {
            a.principal for x in owners if x is not None and (a := self.drafts[x].actor) is not None
        }

    def _head_between(self, lo: int, s: int, head: int) -> bool:
        """Whether the head word of the description at ``head`` is written between token
        ``lo`` and ``s`` outside an IGO's name ("the ICC ... A Moscow court jailed him ...
        the court")."""
        word = self.lowers[head]
        return any(
            self.lowers[k] == word
            and not (k in self.hit_at and self.hits[self.hit_at[k]][1].kind == "igo")
            # "the court's investigators" refers back as the description does: no new court
            and not (k > 0 and self.lowers[k - 1] == "the")
            for k in range(lo + 1, s)
        )

    def _unlisted_body(self, lo: int, s: int) -> bool:
        """Whether a body of states that is no listed IGO is named after token ``lo`` and at
        most a sentence before ``s`` ("Rwanda and Burundi, fellow members of the East
        African Community, urged the bloc"): the description refers to it, not to a bloc
        named before it."""
        for ent in self.parse.entities:
            if ent.label != "ORG" or not lo < ent.token_start < s:
                continue
            if ent.sent < self.sent(s) - 1:
                continue
            span = range(ent.token_start, min(ent.token_end, len(self.toks)))
            if any(k in self.hit_at and self.hits[self.hit_at[k]][1].kind == "igo" for k in span):
                continue
            if any(self.lowers[k] in self.gaz.body_words for k in span):
                return True
        return False

    def _shared_chamber(self, s: int, entry: Entry) -> Actor:
        """A chamber's name many states use ("the Senate", "House of Representatives")
        written alone: the legislature of a state that has such a chamber (``shared``)
        named last before it ("the Philippine Senate", "Libya's parliament"), else the
        dateline's state when it has one and the article has not named the entry's own
        state (USA) yet, else that state."""
        among = (entry.principal, *entry.shared)
        placed = self._placed_chamber(s, among)
        if placed is not None:
            return self.gaz.principal_actor(placed, entry.role)
        last = self._last_body(s, entry.role, among)
        if last is not None:
            return last
        # "Brazil's president asked Congress to approve aid to Bolivia", no chamber named
        # before: the chamber of the one state whose actor is a subject before it in its
        # sentence: a person or an organ asks its own chamber, a state named bare another's
        own = {
            d.actor.principal
            for d in self.drafts
            if d.actor is not None
            and d.ts < s
            and self.sent(d.ts) == self.sent(s)
            and d.actor.principal in among
            and (
                # "Opposition lawmakers in La Paz asked Congress", "Bolivian senators asked
                # Congress": a state's legislators ask their own chamber
                self._legislators_of(d.ts, d.te)
                or (
                    # "Australia urged the Senate", "Canberra urged ...": another state's chamber
                    not (d.kind == "metonym" or (d.kind == "name" and not d.actor.role))
                    and self._subject_like(d.ts, d.te)
                )
            )
        }
        home = self._dateline_home()
        if (
            len(own) == 1
            and own <= set(entry.shared)
            # "MANILA — Australia's prime minister urged the Senate": the host's chamber
            and (home is None or home.principal not in entry.shared or own == {home.principal})
        ):
            return self.gaz.principal_actor(own.pop(), entry.role)
        if (
            home is not None
            and home.principal in entry.shared
            and not any(
                d.ts < s and d.actor is not None and d.actor.principal == entry.principal
                for d in self.drafts
            )
        ):
            return self.gaz.principal_actor(home.principal, entry.role)
        return entry.actor()

    def _placed_chamber(self, s: int, among: tuple[str, ...]) -> str | None:
        """The one state of ``among`` whose place its sentence puts the chamber in ("the
        Senate in Washington", "In Washington, the Senate ..."): a place told outranks the
        legislature named last ("The Philippine Senate ratified ... In Washington, the
        Senate ...")."""
        chamber = range(s, self.hits[s][0])
        heads = {
            *chamber,
            *(self.toks[c].head for c in chamber if self.toks[c].head not in chamber),
        }
        placed = {
            entry.principal
            for k, (_, entry) in self.hits.items()
            if k > 0
            and self.lowers[k - 1] in _LOCATIVE
            and self.toks[k - 1].head in heads  # not "Speaking in Manila, he said the Senate"
            and entry.kind in ("state", "capital")
            and entry.principal in among
        }
        return placed.pop() if len(placed) == 1 else None

    def _last_body(self, s: int, role: str, among: tuple[str, ...] = ()) -> Actor | None:
        """The state whose body of this role ("LEG") was named last before token ``s``
        (one of ``among`` when given)."""
        bodies = [
            d
            for d in self.drafts
            if d.ts < s
            and d.actor is not None
            and d.actor.role == role
            and d.actor.principal not in self.gaz.igos
            and (not among or d.actor.principal in among)
            and not self._dated_back(self.sent(d.ts))
        ]
        if not bodies:
            return None
        last = max(bodies, key=lambda d: d.ts).actor
        assert last is not None
        return self.gaz.principal_actor(last.principal, role)

    def _dated_back(self, sent: int) -> bool:
        """Whether a sentence tells its news years or a year back ("in 2023", "last year",
        "two years ago"; not "March 3, 2024"): a legislature named there is background, no
        body a bare "lawmakers" of the day's news refers back to ("Finland's parliament
        ratified the deal last year. On Monday, lawmakers approved ...")."""
        span = self.parse.sentences[sent]
        lows = self.lowers[span.token_start : span.token_end]
        for n, w in enumerate(lows):
            if w == "ago" or (w == "year" and n > 0 and lows[n - 1] == "last"):
                return True
            k = span.token_start + n
            if (
                len(w) == 4
                and w.isdigit()
                and w[:2] in ("19", "20")
                and not any(
                    self.toks[j].pos == "NUM" for j in range(max(span.token_start, k - 2), k)
                )
            ):
                return True
        return False

    def _dateline_home(self) -> Actor | None:
        """The dateline's state ("SEOUL —"), if it names one."""
        place = self.article.dateline
        if place:
            m = self.gaz.match_place(place)
            if m and m[1][0].principal not in self.gaz.igos and m[1][0].principal:
                return self.gaz.principal_actor(m[1][0].principal)
        return self.dateline_state

    def _article_state(self) -> Actor | None:
        """The article's state: its dateline ("SEOUL —"), else the state it names most.

        Cached: computed once per article.
        """
        if self._home is not None:
            return self._home[0]
        self._home = (self._find_article_state(),)
        return self._home[0]

    def _find_article_state(self) -> Actor | None:
        return self._dateline_home() or self._majority_state()

    def _majority_state(self) -> Actor | None:
        """The state most of the article's mentions name (three at least), else None."""
        counts: dict[str, int] = {}
        for d in self.drafts:
            if d.actor is not None and d.actor.principal not in self.gaz.igos and d.person is None:
                counts[d.actor.principal] = counts.get(d.actor.principal, 0) + 1
        if not counts:
            return None
        top, count = max(counts.items(), key=lambda kv: kv[1])
        # Without a dateline, only a state that most of the article's mentions name.
        if count >= 3 and count * 2 > sum(counts.values()):
            return self.gaz.principal_actor(top)
        return None

    def _state_before(self, c: Cluster) -> Actor | None:
        """The one state (no IGO, no person) named before the person's first mention in its
        sentence ("suspended Mali ... after soldiers detained President X"), else None."""
        first = self.drafts[c.drafts[0]].ts
        s = self.sent(first)
        states = {state for d, state in self._state_names() if d.ts < first and self.sent(d.ts) == s}
        return self.gaz.principal_actor(states.pop()) if len(states) == 1 else None

    def _subject_before(self, c: Cluster) -> Actor | None:
        """The one state the sentence before names as its subject, for a person whose
        first mention is its own sentence's subject ("Indonesia rejected the criticism.
        Environment Minister X said ..."), else None."""
        first = self.drafts[c.drafts[0]]
        if not any(self.toks[k].dep == "nsubj" for k in range(first.ts, first.te)):
            return None
        s = self.sent(first.ts)
        states = {
            state
            for d, state in self._state_names()
            if self.sent(d.ts) == s - 1
            and any(self.toks[k].dep in ("nsubj", "nsubjpass") for k in range(d.ts, d.te))
        }
        return self.gaz.principal_actor(states.pop()) if len(states) == 1 else None

    def _answering_subject(self, c: Cluster) -> Actor | None:
        """In a story with no state of its own (no dateline's, no majority's), the one state the
        sentence before has as its main verb's subject, for a person stated with none who is
        its own sentence's subject ("Russia condemned the agreement. Foreign Ministry
        spokeswoman X said ..."): the state's official speaks for it. Not when the person acts
        on that state ("China sent ships. Foreign Minister X protested to Beijing"), nor after a
        joined subject ("Kenya and Chad signed a deal") or a state that is no main verb's
        subject ("The EU extended its sanctions, and Belgium sent aid")."""
        first = self.drafts[c.drafts[0]]
        s = self.sent(first.ts)
        if s == 0 or not any(self.toks[k].dep == "nsubj" for k in range(first.ts, first.te)):
            return None
        span = self.parse.sentences[s - 1]
        words = range(span.token_start, span.token_end)
        subjects = {
            k
            for k in words
            if self.toks[k].dep in ("nsubj", "nsubjpass")
            and self.toks[self.toks[k].head].head == self.toks[k].head
        }
        if len(subjects) != 1 or any(
            self.toks[k].dep == "conj" and self.toks[k].head in subjects for k in words
        ):
            return None
        states = {x for d, x in self._state_names() if any(d.ts <= k < d.te for k in subjects)}
        if len(states) != 1 or self._aims_at(c, next(iter(states))):
            return None
        return self.gaz.principal_actor(states.pop())

    def _others_story(self, home: Actor | None) -> bool:
        """Whether the dateline's state is no state for a person stated with none: the body
        never names it as a party, and names two other states ("BAKU -- Iran and the United
        States held talks. Spokesperson X accused Washington", "GENEVA, Switzerland --
        Spokesperson X said Iran would not bow to pressure from Washington": a venue's
        story, X maybe Iran's, not the host's; "TOKYO -- China sent ships. Foreign Minister
        X protested" keeps Japan)."""
        if home is None or home != self._dateline_home() or self._dateline_party(home):
            return False
        others = {x for d, x in self._state_names() if self._past_dateline(d.ts)}
        return len(others - {home.principal}) >= 2

    def _state_names(self) -> Iterator[tuple[Draft, str]]:
        """The drafts that name a state (a name or metonym, no person, no IGO), with its code."""
        for d in self.drafts:
            if (
                d.actor is not None
                and d.person is None
                and d.kind in ("name", "metonym")
                and d.actor.principal not in self.gaz.igos
            ):
                yield d, d.actor.principal

    def _venue_home(self, home: Actor | None) -> Actor | None:
        """The state a title stated with no state takes: not a dateline's state the body
        never names, a venue ("ADDIS ABABA, Ethiopia — The African Union suspended Mali ...
        soldiers detained President X": not Ethiopia's), but the state most mentions name."""
        if home is None or not self.article.dateline:
            return home
        start = self.article.text.find(self.article.dateline)
        if start < 0:
            return home
        end = start + len(self.article.dateline)  # the headline and the dateline left out
        body = [
            d
            for d in self.drafts
            if d.actor is not None
            and d.ts >= self.dateline_span[1]
            and self.toks[d.ts].start >= end
        ]
        # the story opens with an IGO's act ("The African Union suspended ...") and never
        # names the dateline's state: the dateline is where the IGO sits
        first = min(body, key=lambda d: d.ts, default=None)
        if first is None or first.actor is None or first.actor.principal not in self.gaz.igos:
            return home
        if any(d.actor is not None and d.actor.principal == home.principal for d in body):
            return home
        return self._majority_state()

    def own_possessed_roles(self) -> None:
        """ "Iran welcomed the deal. Its Foreign Ministry spokesman ... called India": a bare
        role a possessive pronoun owns is the pronoun's state's, which find_bare_roles could
        not read (pronouns are resolved after it) and took from a state named in the
        sentence instead; an IGO's pronoun leaves the role as it was."""
        for d in self.drafts:
            if d.kind != "group" or d.actor is None or d.person is not None or d.members:
                continue
            k = d.ts - 1
            claimed = self.claimed[k] if k >= 0 else None
            if claimed is None or self.lowers[k] not in ("its", "their"):
                continue
            owner = self.drafts[claimed].actor
            if owner is None or owner.principal in self.gaz.igos:
                continue
            if owner.principal != d.actor.principal:
                d.actor = self.gaz.principal_actor(owner.principal, d.actor.role)
                d.antecedent = claimed

    def own_told_organs(self) -> None:
        """ "Cape Verde will train its coast guard. ... off the coast of Senegal. ... the coast
        guard seized a vessel": a bare organ ("the coast guard", "the army") whose words the
        article last told as a pronoun's own ("its coast guard") is that pronoun's state's,
        which find_bare_roles could not read (pronouns are resolved after it) and took from
        a state named nearer instead. An organ last told with another owner ("China's coast
        guard", "Chinese coast guard vessels") or an IGO's pronoun leaves it as it was."""
        moved: dict[int, str] = {}
        for d in sorted(self.drafts, key=lambda x: x.ts):
            if d.kind != "group" or d.actor is None or d.person is not None or d.members:
                continue
            words = tuple(self.lowers[d.ts + 1 : d.te])
            if self.lowers[d.ts] != "the" or not words or words not in self.gaz.roles:
                continue
            state = self._organ_owner_before(d.ts, words, moved)
            if state is not None and state != d.actor.principal:
                d.actor = self.gaz.principal_actor(state, d.actor.role)
                moved[d.ts] = state

    def _organ_owner_before(self, ts: int, words: tuple[str, ...], moved: dict[int, str]) -> str | None:
        """The state of the latest earlier telling of an organ's ``words`` before ``ts``, when
        that telling is a state's pronoun's own ("its coast guard") or a bare one this step
        gave such a state; None for any other latest telling, or none. A modifier ("its
        military cooperation program") tells no organ."""
        n = len(words)
        for k in range(ts - 1, 0, -1):
            if tuple(self.lowers[k : k + n]) != words:
                continue
            last = self.toks[k + n - 1]
            if last.dep in ("compound", "amod") or (
                k + n < len(self.toks) and self.toks[k + n].pos in ("NOUN", "PROPN")
            ):
                return None  # "its military cooperation program": a modifier, no organ told
            if k - 1 in moved:
                return moved[k - 1]
            claimed = self.claimed[k - 1]
            if claimed is None or self.lowers[k - 1] not in ("its", "their"):
                return None
            owner = self.drafts[claimed].actor
            if owner is None or owner.principal in self.gaz.igos:
                return None
            return owner.principal
        return None

    def find_bare_roles(self) -> None:
        """ "lawmakers", "the government": the dateline's state, or the state just named."""
        home = self._article_state()
        n = len(self.toks)
        for i in range(n):
            if self.claimed[i] is not None:
                continue
            found = self.gaz.match_in(self.gaz.bare_roles, self.lowers, i)
            if (
                found is not None
                and self.lowers[i] == "the"
                and (self.lowers[i + found[0] - 1],) in self.gaz.placed_roles
                and i + found[0] < n
                and self.lowers[i + found[0]] == "in"
            ):
                continue  # "the authorities in Somalia": placed there, not the context state's
            only = addressed_at(self.lowers, i) if found is None else None
            if only is not None:
                found = (only[0], True)  # "with the country": only when addressed
            placed_role = (
                self.gaz.match_in(self.gaz.placed_roles, self.lowers, i) if found is None else None
            )
            if placed_role is not None:
                # "diplomats in Kabul", "diplomats at the Chinese embassy", "immigration
                # officers in Port of Spain"
                after = i + placed_role[0]
                if (self._placed_in(after) is None and self._body_of(after) is None) or (
                    i > 0 and self.lowers[i - 1] in self.gaz.unplaced_modifiers
                ):
                    continue
                found = (placed_role[0], True)
            if found is None:
                continue
            length = found[0]
            key = tuple(self.lowers[i : i + length])
            end = i + length
            if not self.free(i, end) or (
                end < n
                and self.toks[end].pos in ("NOUN", "PROPN")
                and not self.lowers[end].endswith("ing")
            ):
                continue
            if self.toks[end - 1].dep == "compound" and self.toks[end - 1].head >= end:
                continue  # "pledged $60 million for police training": a modifier, no one

            if key[0] != "the":
                # "a senior administration official": keep the modifiers in the span;
                # "some officials", "Chinese officials" (a role phrase) are left alone.
                ts = i
                while (
                    ts > 0
                    and self.claimed[ts - 1] is None
                    and (
                        self.lowers[ts - 1] in self.gaz.modifiers
                        or self.lowers[ts - 1] in ("a", "an", "the")
                    )
                ):
                    ts -= 1
                if ts > 0 and ts == i and self.toks[ts - 1].pos in ("ADJ", "PROPN", "DET", "NUM"):
                    continue
                i_start = ts
            else:
                i_start = i
            words = key[1:] if key[0] == "the" else key
            role = self.gaz.roles.get(words, "GOV") if only is None else only[1]
            # "the parliament of Seychelles": a role word of the list without its "the" owns
            # the of-phrase's state as "the government of ..." does
            defined = key[0] == "the" or (i_start < i and self.lowers[i - 1] == "the")
            owner = self._owner_of(end) if defined and only is None else None
            if owner is not None:
                # "criticized the government of the Philippines": the named state's
                role = "" if owner.principal in self.gaz.igos else role
                self.add(Draft(i_start, end, "group", owner.actor(role), None))
                continue
            hosted = (
                visit_host_title(self, i_start, end)
                if only is None and key[0] == "the" and words in self.gaz.head_titles
                else None
            )
            if hosted is not None:
                # "The minister arrived in Quito and held talks with the president": the
                # visitor meets the host's head, not their own nor a minister named before
                actor = self.gaz.principal_actor(hosted[0], role)
                self.add(Draft(i_start, end, "group", actor, None, antecedent=hosted[1]))
                continue
            posted = (
                self._posted_host(i_start)
                if only is None
                and key[0] == "the"
                and words in self.gaz.hosted_rulers
                and not (end < n and self.lowers[end] in ("in", "of"))
                else None
            )
            if posted is not None:
                # "Japan's embassy in Honiara said ... the government": the host's
                self.add(Draft(i_start, end, "group", self.gaz.principal_actor(posted, role), None))
                continue
            fronted = self._fronted_capital(i_start) if key[0] == "the" and only is None else None
            if fronted is not None:
                # "In Stockholm, the Foreign Ministry said ...": the capital's state, not a
                # ministry of another state named before
                self.add(Draft(i_start, end, "group", self.gaz.principal_actor(fronted, role), None))
                continue
            # "Lawmakers criticized the government": their own, not one named before
            own = addressed_head(words) and domestic_address(self, i_start, end) is not None
            body = self._earlier_body(end - 1) if key[0] == "the" and not own else None
            if len(key) > 1 and (key[0],) in self.gaz.roles:
                # "A ministry spokesperson called ..." after "Russia's Foreign Ministry said":
                # the speaker of the body just named, as "the ministry" is
                body = self._earlier_body(i)
            ruler = earlier_ruler(self, words, i) if body is None and only is not None else None
            if ruler is not None:
                self.add(
                    Draft(
                        i_start, end, "group", self.gaz.principal_actor(ruler.principal, role), None
                    )
                )
                continue
            organ = self._earlier_organ(end - 1) if key[0] == "the" and body is None else None
            if organ is not None and not own and only is None:
                # the bare name's own state, found where it was named
                state, ante = self._recent_state(organ, self._organ_end(organ, end - 1))
                if state is not None:
                    self.add(
                        Draft(
                            i_start,
                            end,
                            "group",
                            self.gaz.principal_actor(state.principal, role),
                            None,
                            antecedent=ante,
                        )
                    )
                    continue
            placed = self._placed_in(end) if key[0] != "the" else None
            if placed is not None:
                # "officials in Kabul": the capital's state, whoever the subject is;
                # "officials in Kabul and Islamabad": both states, as a plural does
                actor = self.gaz.principal_actor(placed.principal, role)
                also = self._placed_also(end + 1)
                if also is not None and also.principal != placed.principal:
                    other = self.gaz.principal_actor(also.principal, role)
                    self.add(Draft(i_start, end, "group", None, None, members=(actor, other)))
                    continue
                self.add(Draft(i_start, end, "group", actor, None))
                continue
            if body is not None:
                actor = self.gaz.principal_actor(body.principal, role)
                self.add(Draft(i_start, end, "group", actor, None))
                continue
            igo = self._igo_of(end) if key[0] != "the" else None
            if igo is not None:
                # "lawmakers in the European Parliament", "officials from the AU": the IGO
                self.add(Draft(i_start, end, "group", igo, None))
                continue
            held = self._body_of(end) if key[0] != "the" else None
            if held is not None:
                # "met officials at the Peruvian Foreign Ministry": that ministry's state's
                actor = self.gaz.principal_actor(held.principal, role)
                self.add(Draft(i_start, end, "group", actor, None))
                continue
            addressed = addressed_state(self, i_start, end) if addressed_head(words) else None
            if only is not None and addressed is None:
                continue
            state, ante = addressed or self._recent_state(i, end)
            if role == "LEG" and addressed is None:
                # a legislature is the one the article named last ("Libya's parliament
                # ... the parliament"), else the dateline's
                state, ante = self._last_body(i, role) or home or state, None
            if state is None:
                state, ante = home, None
            if state is None:
                # with no other, a state the quotation before names ("“... Sudan will treat
                # it as such,” the defense minister said. The Foreign Ministry ...")
                state, ante = self._recent_state(i, end, quoted=True)
            if state is None:
                continue
            actor = self.gaz.principal_actor(state.principal, role)
            self.add(Draft(i_start, end, "group", actor, None, antecedent=ante))

    def _placed_in(self, k: int) -> Actor | None:
        """The state of "in <capital>" starting at token ``k`` ("officials in
        Kabul"), when the capital was already resolved as a mention."""
        if k + 1 >= len(self.toks) or self.lowers[k] != "in":
            return None
        return self._capital_at(k + 1)

    def _attached(self, k: int, ts: int, te: int) -> bool:
        """Whether token ``k`` hangs from a token of ``ts:te`` within four steps."""
        for _ in range(4):
            head = self.toks[k].head
            if ts <= head < te:
                return True
            if head == k:
                return False
            k = head
        return False

    def _in_told_act(self, k: int, end: int) -> bool:
        """Whether token ``k`` stands in a clause that tells what the object ending at ``end``
        did or should do ("accused the government of giving land to Laos", "pressed the
        ministry to deport Nepal's workers"): a party of its act, so no state it belongs to."""
        if end < 1 or self.toks[end - 1].dep != "dobj":
            return False
        verb = self.toks[end - 1].head
        told = False
        for _ in range(8):
            tok = self.toks[k]
            if tok.head == k:
                return False
            if tok.head == verb:
                return told
            told = told or (tok.pos == "VERB" and tok.dep in ("pcomp", "xcomp"))
            k = tok.head
        return False

    def _clause_party(self, k: int, ts: int, te: int) -> bool:
        """Whether token ``k`` is the agent or relative subject of a clause on ``ts:te``:
        "the government, backed by Turkey," is not Turkey's, nor "the junta Russia arms"."""
        for _ in range(4):
            tok = self.toks[k]
            if tok.dep == "agent" or (
                tok.dep in ("nsubj", "nsubjpass") and self.toks[tok.head].dep == "relcl"
            ):
                return True
            if ts <= tok.head < te or tok.head == k:
                return False
            k = tok.head
        return False

    def _of_phrase(self, k: int, kind: str) -> Draft | None:
        """The mention of kind ``kind`` (no person's) that opens the phrase "in/of/from/at
        <mention>" starting at token ``k``, when it was already resolved."""
        if k + 1 >= len(self.toks) or self.lowers[k] not in ("in", "of", "from", "at"):
            return None
        idx = self.claimed[k + 1]
        if idx is None:
            return None
        d = self.drafts[idx]
        if d.kind != kind or d.person is not None or d.actor is None:
            return None
        return d

    def _body_of(self, k: int) -> Actor | None:
        """The state of a state's body named in "at/of/from/in <body>" starting at token
        ``k`` ("officials at Peru's Foreign Ministry", "diplomats from the Chinese
        embassy"): the role noun before it is that body's people, not a state named before."""
        d = self._of_phrase(k, "group")
        if d is None or d.actor is None or d.actor.principal in self.gaz.igos:
            return None
        return d.actor

    def _igo_of(self, k: int) -> Actor | None:
        """The IGO of "in/of/from/at (the) <IGO>" starting at token ``k``, when its
        name was already resolved ("lawmakers in the European Parliament")."""
        d = self._of_phrase(k, "name")
        if d is None or d.actor is None:
            return None
        return (
            self.gaz.principal_actor(d.actor.principal)
            if d.actor.principal in self.gaz.igos
            else None
        )

    def _placed_also(self, k: int) -> Actor | None:
        """A second capital joined by "and" to the one at token ``k`` ("in Kabul
        and Islamabad"): its state."""
        idx = self.claimed[k]
        if idx is None:
            return None
        te = self.drafts[idx].te
        if te >= len(self.toks) or self.lowers[te] != "and":
            return None
        return self._capital_at(te + 1)

    def _capital_at(self, k: int) -> Actor | None:
        """The state of a capital already resolved as a mention starting at ``k``."""
        idx = self.claimed[k] if k < len(self.toks) else None
        if idx is None:
            return None
        d = self.drafts[idx]
        if d.ts != k or d.kind != "metonym" or d.actor is None:
            return None
        return None if d.actor.principal in self.gaz.igos else d.actor

    def _recent_state(
        self, i: int, end: int = 0, quoted: bool = False
    ) -> tuple[Actor | None, int | None]:
        """The state a bare role noun belongs to: a state subject of its sentence,
        else the nearest state named in the sentence (before, then after), else
        the previous sentence's nearest (with ``quoted``, also one inside its quotation).
        The by-agent of a passive ("A Lithuanian priest was detained by police in Esteli")
        is none of its patient's states: the place, the dateline or the sentence before
        decides, and the patient's only when no other state and no dateline is there."""
        patients = self._agent_patients(i, end)
        if patients:
            found = self._recent_state_but(i, end, quoted, patients)
            if found[1] is not None and self.sent(self.drafts[found[1]].ts) == self.sent(i):
                return found  # "... by police in the northern city of Esteli"
            told = {
                d.actor.principal
                for d in self.drafts
                if d.actor is not None
                and self.sent(d.ts) == self.sent(i) - 1
                and d.actor.principal not in self.gaz.igos
            }
            if len(told - patients) == 1:
                # the one other state of the sentence before ("Guinea-Bissau expelled two
                # Cape Verdean journalists. The reporters had been arrested by police")
                return self.gaz.principal_actor(next(iter(told - patients))), None
            earlier = {
                d.actor.principal
                for d in self.drafts
                if d.actor is not None and self.sent(d.ts) < self.sent(i)
            }
            if not told and not earlier & patients and self._article_state() is not None:
                return None, None  # the patients' state told first here: the dateline decides
            # the patients' own state before ("Singapore expelled a diplomat ... Two Singaporean
            # agents were arrested by police": its own), or two others (which is not said)
        return self._recent_state_but(i, end, quoted, frozenset())

    def _agent_patients(self, i: int, end: int) -> frozenset[str]:
        """The states named in the subject of the passive whose by-agent is the force at
        i..end ("A Lithuanian priest was detained by police": LTU). Only a force that acts on
        people (_FORCE_ROLES): "was received by the president" hosts a visitor."""
        words = tuple(self.lowers[i:end])
        if self.gaz.roles.get(words[1:] if words[:1] == ("the",) else words) not in _FORCE_ROLES:
            return frozenset()
        k = next((k for k in range(i, max(end, i + 1)) if not i <= self.toks[k].head < end), i)
        by = self.toks[k].head
        if self.toks[k].dep != "pobj" or by == k or self.toks[by].dep != "agent":
            return frozenset()
        verb = self.toks[by].head
        out: set[str] = set()
        for d in self.drafts:
            if d.actor is None or d.ts >= i:
                continue
            t = d.ts
            for _ in range(6):
                tok = self.toks[t]
                if tok.head == verb:
                    if tok.dep == "nsubjpass":
                        out.add(d.actor.principal)
                    break
                if tok.head == t:
                    break
                t = tok.head
        return frozenset(out)

    def _recent_state_but(
        self, i: int, end: int, quoted: bool, skip: frozenset[str]
    ) -> tuple[Actor | None, int | None]:
        """_recent_state's search, with the states of ``skip`` no candidate."""
        s = self.sent(i)
        # a state named only in the quotation of the sentence before is what was said, not
        # who acts ("Officials in Vilnius said “Belarus has no right ...” The ministry
        # ..."); one in the organ's own sentence may be its own ("“Ukraine must be part of
        # any deal,” the ministry said")
        cands = [
            idx
            for idx, d in enumerate(self.drafts)
            if d.actor is not None
            and d.actor.principal not in self.gaz.igos
            and d.actor.principal not in skip
            and d.kind != "pronoun"
            and (d.person is None or d.kind == "title")  # "the U.S. president" names a state
            and s - 1 <= self.sent(d.ts) <= s
            and (quoted or self.sent(d.ts) == s or self._quote_of(d.ts) is None)
        ]
        same = [x for x in cands if self.sent(self.drafts[x].ts) == s]
        subjects = [
            x
            for x in same
            if any(
                self.toks[k].dep in ("nsubj", "nsubjpass")
                for k in range(self.drafts[x].ts, self.drafts[x].te)
            )
        ]
        # a person of a known state who is a subject before it ("President Macron asked
        # parliament for money to support Moldova": France's parliament, not Moldova's),
        # unless the sentence names that state again after the organ, as another party
        # than it ("Macron said the Defense Ministry would sign a pact with France",
        # "Prabowo, in Canberra, thanked parliament for backing a pact with Indonesia"); a
        # place it is in is no party ("asked parliament for money to help refugees in Poland")
        named_after = {
            d.actor.principal
            for d in self.drafts
            if d.actor is not None
            and d.ts >= max(end, i + 1)
            and self.sent(d.ts) == s
            and not self._after_locative(d.ts)
        }
        subjects += [
            idx
            for idx, d in enumerate(self.drafts)
            if d.person is not None
            and d.kind != "title"
            and d.actor is not None
            and d.actor.principal not in self.gaz.igos
            and d.actor.principal not in named_after
            and d.actor.principal not in skip
            and d.ts < i
            and self.sent(d.ts) == s
            and self._subject_like(d.ts, d.te)
            and not self._placed_abroad(d, i)
        ]
        before = [x for x in same if self.drafts[x].ts < i]
        after = [
            x for x in same if self.drafts[x].ts > i and not self._in_told_act(self.drafts[x].ts, end)
        ]
        # not a place named in passing ("is expected in Luxembourg next month")
        prev = [
            x
            for x in cands
            if self.sent(self.drafts[x].ts) == s - 1 and not self._after_locative(self.drafts[x].ts)
        ]
        # the sentence before is about its main subject ("Vietnam accused China ... The
        # Foreign Ministry summoned ..."): that state before one named later as an object
        # (a state's official too: "Blinken will meet ... Officials said ...")
        # ... unless the organ's own sentence names that state as another party than a
        # subject ("China's coast guard rammed a Vietnamese boat. The Foreign Ministry
        # summoned the Chinese ambassador": no organ acts on its own state)
        acted_on = self._acted_on(i, end)
        lead = [
            idx
            for idx, d in enumerate(self.drafts)
            if d.actor is not None
            and d.actor.principal not in self.gaz.igos
            and d.actor.principal not in acted_on | skip
            and d.kind != "pronoun"
            and self.sent(d.ts) == s - 1
            and self._root_subject(d.ts, d.te)
        ]
        if self._subject_like(i, end):
            # a subject takes no state named after it ("The junta expelled the French
            # ambassador") unless inside its own phrase ("The ministry in Beijing")
            after = [
                x
                for x in after
                if self._attached(self.drafts[x].ts, i, end)
                and not self._clause_party(self.drafts[x].ts, i, end)
            ]
        prev = [x for x in prev if self.drafts[x].actor.principal not in acted_on]  # type: ignore[union-attr]
        victim = self._victim_home(s, lead, acted_on)
        head = self.lowers[end - 1] if end > i else ""
        organ = self.lowers[i] == "the" or not (head.endswith("s") or head == "official")
        if self._subject_like(i, end) and (victim or organ):
            # nor, for an organ or its speaker or in the victim's story, a subject of a clause
            # the organ governs or that names a thing after it ("The Foreign Ministry said
            # Moscow was waging terror", "... handed a note rejecting a decree that Peru
            # issued", "An External Affairs Ministry spokesperson said Islamabad ..."): the
            # sentences before decide; bare "officials" or "an official" may be anyone's
            subjects = [x for x in subjects if self.drafts[x].ts < i or x in after]
        for group, pick in (
            (subjects, min),
            (before, max),
            (after, min),
            (victim, min),
            (lead, min),
            (prev, max),
        ):
            if group:
                idx = pick(group, key=lambda x: self.drafts[x].ts)
                d = self.drafts[idx]
                assert d.actor is not None
                return self.gaz.principal_actor(d.actor.principal), idx
        return None, None

    def _placed_abroad(self, person: Draft, i: int) -> bool:
        """Whether the sentence places a person in another state before the organ at ``i``
        ("Blinken, visiting Kyiv, said the Defense Ministry had received ...", "on a visit
        to Pakistan", "Prabowo, in Canberra, thanked parliament"): the organ may be the
        host's, so the person's state is no candidate of it and the place named before
        decides. Where a speech was made is no such place ("told reporters in Colombo that
        the Foreign Ministry had protested"): a locative must hang on the person."""
        assert person.actor is not None
        for d in self.drafts:
            if d.actor is None or d.actor.principal == person.actor.principal:
                continue
            if not person.te <= d.ts < i or d.ts < 2:
                continue
            prev, prev2 = self.lowers[d.ts - 1], self.lowers[d.ts - 2]
            if prev in _VISIT_WORDS or (prev == "to" and prev2 in _VISIT_WORDS):
                return True
            k = d.ts - 1
            while k > person.te and self.lowers[k] not in _LOCATIVE and d.ts - k <= 3:
                k -= 1  # past a determiner or adjectives ("in southern Lebanon")
            if (
                self._after_locative(d.ts)
                and self.lowers[k] in _LOCATIVE
                and person.ts <= self.toks[k].head < person.te
            ):
                return True
        return False

    def _victim_home(self, s: int, lead: list[int], acted_on: set[str]) -> list[int]:
        """The dateline state's mentions in sentence ``s - 1`` when that sentence's main
        subject is another state acting on it ("KYIV — Russia launched drones at Kyiv. The
        Foreign Ministry said ...", "SEOUL — North Korea fired missiles toward South Korea.
        The Defense Ministry condemned ..."): a bare organ in the victim's own story is the
        victim's, not the aggressor's; none when the organ's own verb acts on that state."""
        home = self._dateline_home()
        if home is None or home.principal in acted_on:
            return []
        if not lead or any(self.drafts[x].actor.principal == home.principal for x in lead):  # type: ignore[union-attr]
            return []
        # the lead's own verb acts on it ("launched drones at Kyiv", "struck Ukraine's grid"),
        # not a clause under it ("an Indian official said New Delhi would ask Pretoria")
        if not any(
            home.principal in self._objects_of(self.drafts[x].ts, self.drafts[x].te) for x in lead
        ):
            return []
        return [
            idx
            for idx, d in enumerate(self.drafts)
            if d.actor is not None
            and d.actor.principal == home.principal
            and d.person is None
            and d.kind != "pronoun"
            and self.sent(d.ts) == s - 1
            and not self._subject_like(d.ts, d.te)
            # a place the news happens in is no victim ("In Peru, Xi will open a port");
            # a place aimed at or neared is ("launched drones at Kyiv")
            and self._locative_before(d.ts) in (None, "at", "near")
        ]

    def _acted_on(self, i: int, end: int) -> set[str]:
        """The states an organ's own verb acts on, named as its object or in a phrase of it
        ("summoned the Chinese ambassador", "demanded compensation from Beijing",
        "protested to Beijing"), never in a clause under it ("said Biden would raise
        concerns that hurt American workers")."""
        return self._objects_of(i, max(end, i + 1))

    def _objects_of(self, ts: int, te: int) -> set[str]:
        """The states named as an object (or in a phrase of one) of the verbs tokens
        ts..te-1 are the subject of, never in a clause under them."""
        verbs = {
            self.toks[k].head
            for k in range(ts, te)
            if self.toks[k].dep in ("nsubj", "nsubjpass") and self.toks[k].head != k
        }
        out: set[str] = set()
        for k, (_, entry) in self.hits.items():
            if not verbs or ts <= k < te or entry.kind not in _ACTOR_KINDS:
                continue
            if self._places_thing(k):
                continue  # "the staff of the Algerian embassy in Bamako": where, not whom
            t = k
            for _ in range(6):
                tok = self.toks[t]
                if tok.head in verbs:
                    if tok.dep in ("dobj", "dative", "prep"):
                        out.add(entry.principal)
                    break
                if tok.dep not in _OBJECT_PHRASE or tok.head == t:
                    break
                if self._own_people_deed(t):
                    break  # "protested the detention of two French teachers": its own people
                t = tok.head
        return out

    def _own_people_deed(self, k: int) -> bool:
        """Whether token ``k`` is the of-phrase of a deed done to people ("the detention of
        two French teachers"): a state named in it is the people's, not one acted on."""
        tok = self.toks[k]
        if tok.dep != "prep" or self.lowers[k] != "of" or tok.head == k:
            return False
        return self.toks[tok.head].lemma.lower() in description_words().own_people_deeds

    def _places_thing(self, k: int) -> bool:
        """Whether the name at ``k`` follows "in", "at" or another locative that hangs on a
        noun: it tells where a thing is ("the embassy in Bamako"), not whom an act aims at."""
        tok = self.toks[k]
        if tok.dep != "pobj" or tok.head == k or self.lowers[tok.head] not in _LOCATIVE:
            return False
        prep = self.toks[tok.head]
        return prep.head != prep.i and self.toks[prep.head].pos in ("NOUN", "PROPN")

    def _span_subjects(self, ts: int, te: int) -> list[Token]:
        """The subjects tokens ts..te-1 are, or own ("The Foreign Ministry's director-general
        phoned ...": the director-general)."""
        out = []
        for k in range(ts, te):
            tok = self.toks[k]
            if tok.dep == "poss" and not ts <= tok.head < te:
                tok = self.toks[tok.head]
            if tok.dep in ("nsubj", "nsubjpass"):
                out.append(tok)
        return out

    def _legislators_of(self, ts: int, te: int) -> bool:
        """Whether tokens ts..te-1 place or name the state of a subject that is a legislators'
        role noun: "lawmakers in La Paz", "Bolivian senators" (LEG in roles.yaml)."""
        for k in range(ts, te):
            tok = self.toks[k]
            if tok.head == k or ts <= tok.head < te:
                continue
            head = self.toks[tok.head]
            if tok.dep == "pobj" and self.lowers[head.i] == "in" and head.head != head.i:
                head = self.toks[head.head]
            elif tok.dep not in ("amod", "compound", "poss", "nmod"):
                continue
            if (
                head.dep in ("nsubj", "nsubjpass")
                and self.gaz.roles.get((self.lowers[head.i],)) == "LEG"
            ):
                return True
        return False

    def _subject_like(self, ts: int, te: int) -> bool:
        """Whether tokens ts..te-1 are a subject, or the possessor of one."""
        return bool(self._span_subjects(ts, te))

    def _root_subject(self, ts: int, te: int) -> bool:
        """Whether tokens ts..te-1 are (or own) the subject of their sentence's main verb,
        or of a verb joined to it."""
        for tok in self._span_subjects(ts, te):
            if tok.head == tok.i:
                continue
            verb = first_conjunct(self, self.toks[tok.head], 3)
            if verb.dep == "ROOT":
                return True
        return False

    # -- finishing ------------------------------------------------------------

    def finish_clusters(self, home: Actor | None, last: bool = False) -> None:
        """Give every mention of a person the person's actor; the article's state
        fills in for a state title stated without its state (second call, ``last``,
        once names are known: a local title takes its sentence's state first)."""
        venue = self._venue_home(home) if last else home
        # a venue's story: a title takes the one state its sentence names before it
        local = venue is not home
        home = venue
        # offices already held by a named person of a state ("Singapore's Environment
        # Minister X"): a bare "Environment Minister Y" is another state's
        held = {
            (c.actor.principal, t): c.canonical
            for c in self.clusters
            if last and c.actor is not None and c.names and not c.former
            for t in c.titles
            if len(t) > 1
        }
        for c in self.clusters:
            if c.actor is None and not c.former:
                c.actor = holder_actor(self.gaz, c.names, self.date)
            if c.actor is None and not c.former and last and c.drafts:
                c.actor = self._body_after(c)
            if c.actor is None and not c.former and last and c.drafts:
                c.actor = self._local_state(c)
            if c.actor is None and not c.former and last and c.drafts:
                c.actor = self._article_igo(c) or self._igo_mouthpiece(c)
            if (
                c.actor is None
                and not c.former
                and c.role in _STATE_ROLES
                and not self._owned_title(c)
            ):
                # A state title with no state named: the office holder list at
                # any date, the title's usual state ("Congressman"), else the
                # article's state ("Secretary of State X" in a Washington story).
                known = holder_actor(self.gaz, c.names, None, any_date=True) or self._of_state(c)
                usual = self._usual_state(c, home, last)
                heads = {t for t in c.titles if t in self.gaz.head_titles}
                taken = (
                    home is not None
                    and bool(c.names)
                    and any(
                        held.get((home.principal, t), c.canonical) != c.canonical for t in c.titles
                    )
                )
                state = (
                    known
                    or (self.gaz.principal_actor(usual) if usual else None)
                    or (self._led_by(c) if last else None)
                    or (self._defender_state(c) if last else None)
                    or (self._earlier_office(c, home) if last else None)
                    or (self._cosigner_office(c) if last else None)
                    or (self._introduced_holder(c) if last else None)
                    or (self._placed_state(c) if last else None)
                    or (self._earlier_envoy(c) if last else None)
                    or (self._state_before(c) if local else None)
                    or (self._subject_before(c) if taken else None)
                    or (self._answering_subject(c) if last and home is None else None)
                    or (self._office_told_before(c, home) if taken else None)
                )
                c.homed = state is None and last
                state = state or (
                    None if taken or (heads and self._other_head(c, heads, home)) else home
                )
                if state is not None and state is home and self._others_story(home):
                    state = None
                if (
                    last
                    and home is not None
                    and state is not None
                    and not (known or usual)
                    and state.principal == home.principal
                    and (
                        self._aims_at_home(c, home)
                        or self._rebukes_home(c, home)
                        or self._home_counterpart(c, home)
                        or self._hosted_by_home(c, home)
                    )
                ):
                    # "BEIJING — ... Defense Minister X said ... He urged Beijing to stay calm":
                    # an official who acts on the dateline's state is not its official;
                    # with several others named, the state the sentence before has as its
                    # subject ("SEOUL -- ... Russia dismissed the criticism. Spokeswoman X
                    # accused Seoul": Russia's)
                    state = self._other_side(c, home) or self._subject_before(c)
                    if state is not None and state.principal == home.principal:
                        state = None
                if state is not None and state.principal not in self.gaz.igos:
                    c.actor = self.gaz.principal_actor(state.principal, c.role)
                    if last and c.names:
                        # "President Camilo Restrepo ... President Fernanda Couto": a head's
                        # office, once given, is taken for the next unknown holder
                        for t in heads:
                            held.setdefault((state.principal, t), c.canonical)
            for idx in c.drafts:
                d = self.drafts[idx]
                if d.group_role:
                    principal = c.actor.principal if c.actor else None
                    if principal is None and c.names and not c.former:
                        # "the Reagan administration" in a story of another term: a government
                        # named after its head is still that state's (a past one)
                        past = holder_actor(self.gaz, c.names, None, any_date=True)
                        principal = past.principal if past else None
                    d.actor = (
                        self.gaz.principal_actor(principal, d.group_role) if principal else None
                    )
                    continue
                if d.actor is None or not d.stated:
                    d.actor = c.actor
                if d.antecedent is None and idx != c.drafts[0] and d.kind in ("surname", "title"):
                    d.antecedent = c.drafts[0]

    def _aims_at_home(self, c: Cluster, home: Actor) -> bool:
        """Whether a person stated with no state acts on the dateline's state: it is the
        object of the person's own verb or a verb joined to it ("urged Beijing", "accused
        Manila of", "protested to Tokyo"), of a "he" or "she" leading the next sentence
        ("He urged Stockholm"), or of "we" in the sentence where the person speaks ("said,
        'We have asked South Korea ...'"); a place ("told reporters in Tokyo"), a clause
        under the verb ("said Japan would ...") and an owner ("Japan's neighbors") are not."""
        dateline = self._dateline_home()
        if dateline is not None and home != dateline:
            return False  # (a story with no dateline: the state it names most, _article_state)
        return self._aims_at(c, home.principal)

    def _aims_at(self, c: Cluster, principal: str) -> bool:
        """Whether a person acts on a state by its own verbs (the ways _aims_at_home lists)."""
        people = {self.drafts[x].ts for o in self.clusters if o is not c for x in o.drafts}
        verbs: set[int] = set()
        for idx in c.drafts:
            d = self.drafts[idx]
            own = {t.head for t in self._span_subjects(d.ts, d.te) if t.head != t.i}
            # the agent of a passive ("The note was delivered to the British High Commission
            # by Foreign Minister X"): that verb is the person's own too
            own |= {
                self.toks[self.toks[k].head].head
                for k in range(d.ts, d.te)
                if self.toks[k].dep == "pobj" and self.toks[self.toks[k].head].dep == "agent"
            }
            if not own:
                continue
            verbs |= own
            span = self.parse.sentences[self.sent(d.ts)]
            sent = range(span.token_start, span.token_end)
            if any(self.toks[v].lemma.lower() in speech_verbs() for v in own):
                verbs |= {
                    self.toks[k].head
                    for k in sent
                    if self.lowers[k] == "we" and self.toks[k].dep == "nsubj"
                }
            # "He urged ..." right after, no other person named in between
            if span.token_end < len(self.toks) and not any(
                k in people for k in range(d.te, span.token_end)
            ):
                k = span.token_end
                tok = self.toks[k]
                if self.lowers[k] in ("he", "she") and tok.dep == "nsubj":
                    verbs.add(tok.head)
        # a verb joined to the person's ("said ... and urged New Delhi"), also where the
        # parser joined a verb of address to a clause under it whose subject is no actor
        # ("said the claims were false and urged New Delhi"; not "said China had sent ships
        # and threatened Japan")
        verbs |= {
            t.i
            for t in self.toks
            if t.dep == "conj"
            and not self._subjects_of(t.i)
            and (
                t.head in verbs
                or (
                    t.lemma.lower() in speech_verbs()  # an address, not "and struck Japan"
                    and self.toks[t.head].dep == "ccomp"
                    and self.toks[t.head].head in verbs
                    and self._subjects_of(t.head)
                    and not any(
                        self.toks[k].pos == "PRON" or self.claimed[k] is not None
                        for k in self._subjects_of(t.head)
                    )
                )
            )
        }
        # no verb of going ("visited Tokyo", "returned to Tokyo"), none done for one's own
        # state ("represented Japan")
        words = description_words()
        kept = words.visit_verbs | words.arrival_verbs | plural_words().motion_verbs
        kept |= words.own_state_verbs
        verbs = {v for v in verbs if self.toks[v].lemma.lower() not in kept}
        return any(
            d.actor is not None
            and d.actor.principal == principal
            and d.actor.role in ("", "GOV")  # "urged Japanese citizens" may be the host's
            and d.person is None
            and d.kind != "pronoun"
            and any(
                self._object_of(k, verbs)
                or (d.actor.role == "GOV" and self._expected_subject(self.toks[k], verbs))
                for k in range(d.ts, d.te)
            )
            for d in self.drafts
        )

    def _home_counterpart(self, c: Cluster, home: Actor) -> bool:
        """Whether a person stated with no state names, in a sentence of its own, "his" or
        "her" counterpart of the dateline's state ("JAKARTA -- Australia welcomed the
        decision. Foreign Minister X said she had spoken with her Indonesian counterpart"):
        one's counterpart is of another state, so the person is not the dateline state's."""
        # the pronoun follows the person with no other person between ("X was received by
        # his Egyptian counterpart, and later met President Y": X's counterpart, not Y's)
        counterparts = [
            o
            for o in self.drafts
            if o.actor is not None
            and o.actor.principal == home.principal
            and self.lowers[o.ts - 1] in ("his", "her")
            and self._counterpart_span(o)
        ]
        if not counterparts:
            return False  # most stories: no "his/her X counterpart" of the dateline's state
        people = [self.drafts[x].ts for o in self.clusters if o is not c for x in o.drafts]
        for idx in c.drafts:
            d = self.drafts[idx]
            end = self.parse.sentences[self.sent(d.ts)].token_end
            for o in counterparts:
                if d.te < o.ts < end and not any(d.te <= p < o.ts for p in people):
                    return True
        return False

    def _hosted_by_home(self, c: Cluster, home: Actor) -> bool:
        """Whether a person stated with no state is first told as received by the dateline
        state's actor ("PHNOM PENH -- ... the first visit by a Chilean foreign minister.
        Foreign Minister X was received by Cambodia's prime minister", "Kenya's president
        welcomed Foreign Minister Y"): a host receives a guest, not its own official."""
        first = self.drafts[c.drafts[0]]
        k = self._span_head(first.ts, first.te)
        if k is None:
            return False
        tok = self.toks[k]
        verb = self.toks[tok.head]
        if verb.lemma.lower() not in description_words().guest_verbs:
            return False
        if tok.dep == "nsubjpass":
            hosts = [
                j
                for a in self.parse.children[verb.i]
                if self.toks[a].dep == "agent"
                for j in self.parse.children[a]
                if self.toks[j].dep == "pobj"
            ]
        elif tok.dep == "dobj":
            hosts = [j for j in self.parse.children[verb.i] if self.toks[j].dep == "nsubj"]
        else:
            return False
        for j in hosts:
            idx = self.claimed[j]
            actor = self.drafts[idx].actor if idx is not None else None
            if actor is not None and actor.principal == home.principal:
                return True
        return False

    def _counterpart_span(self, o: Draft) -> bool:
        """Whether a mention names a counterpart: its own words ("Togolese counterpart"), or
        the noun a first adjective of a list qualifies ("his Togolese and Beninese
        counterparts": "Togolese" is a counterpart too)."""
        if any(self.lowers[k] in _COUNTERPART_WORDS for k in range(o.ts, o.te)):
            return True
        last = self.toks[o.te - 1]
        return last.dep in ("amod", "nmod") and self.lowers[last.head] in _COUNTERPART_WORDS

    def _rebukes_home(self, c: Cluster, home: Actor) -> bool:
        """Whether a person stated with no state and a title of diplomacy rebukes a deed of the
        dateline's state: the person's own verb condemns "the move" (or calls it "unjustified") and the latest
        sentence before with a state as its main subject has the dateline's state there
        ("STOCKHOLM — Sweden expelled two Iranian diplomats. Spokesman X condemned the
        move"; not "Iran expelled two Swedish diplomats. Spokeswoman Y condemned the move")."""
        if home != self._dateline_home():
            return False
        words = description_words()
        if not any(set(t) & words.rebuking_titles for t in c.titles):
            return False  # "Senator X criticized the move", "Economy Minister Y": at home too
        first = self.drafts[c.drafts[0]]
        if not self._diplomacy_voice(first.ts, first.te, words):
            return False  # "Party spokesman X", "Opposition spokesman Y": at home too
        verbs = [t.head for t in self._span_subjects(first.ts, first.te) if t.head != t.i]
        charge = not any(self._rebuke(v, words) for v in verbs)
        if charge and not any(self._rebuke(v, words, words.rebuked_charges) for v in verbs):
            return False
        doers = [
            (self.sent(d.ts), d.actor.principal)
            for d in self.drafts
            if d.actor is not None
            and d.person is None
            and d.ts < first.ts
            and self.sent(d.ts) < self.sent(first.ts)
            and self._past_dateline(d.ts)
            and self._root_subject(d.ts, d.te)
        ]
        if not doers:
            return False
        last = max(x for x, _ in doers)
        if {p for x, p in doers if x == last} != {home.principal}:
            return False
        if charge:
            return self._charged_there(last, home, words)
        return not self._answered_there(last, home, words)

    def _charged_there(self, s: int, home: Actor, words: DescriptionWords) -> bool:
        """Whether sentence ``s`` tells the dateline's state charging another by one of
        charging_verbs ("Finland accused Russia of cutting the cable"): a charge its voice
        rebukes next is no charge of its own."""
        return any(
            self.toks[t.head].lemma.lower() in words.charging_verbs
            for d in self.drafts
            if d.actor is not None and d.actor.principal == home.principal and self.sent(d.ts) == s
            for t in self._span_subjects(d.ts, d.te)
        )

    def _answered_there(self, s: int, home: Actor, words: DescriptionWords) -> bool:
        """Whether sentence ``s`` tells the dateline's state answering a move rather than making
        one: another state is a subject there ("Turkey said Greece had extended its waters"),
        or the state's own verb rebukes or warns ("Venezuela warned Guyana over the licenses",
        "Pakistan reacted after India suspended the treaty"): "the move" its voice then rebukes
        is the other's. A cause told in an adverbial clause is no move of the sentence ("Sweden
        expelled two Iranian diplomats after Iran arrested a Swedish citizen")."""
        answering = words.rebuke_verbs | words.answering_verbs
        for d in self.drafts:
            if d.actor is None or self.sent(d.ts) != s:
                continue
            verbs = [t.head for t in self._span_subjects(d.ts, d.te) if t.head != t.i]
            if d.actor.principal != home.principal and any(
                all(self.toks[u].dep != "advcl" for u in [v, *_ancestors(self.parse, v)])
                for v in verbs
            ):
                return True
            if any(self.toks[v].lemma.lower() in answering for v in verbs):
                return True
        return False

    def _diplomacy_voice(self, ts: int, te: int, words: DescriptionWords) -> bool:
        """Whether the words that qualify a spokesperson's title in tokens ts..te-1 (or just
        before) leave it a state's voice abroad: none ("Spokesman X") or a ministry's
        ("Foreign Ministry spokesman X", "Commerce Ministry spokesman Y"), not a party's, the
        opposition's or the government's at large ("Party spokesman X", "Opposition spokesman
        Y", "Government spokesman Z")."""
        lo = max(0, ts - 4)
        for k in range(ts, te):
            if self.lowers[k] not in words.rebuking_titles:
                continue
            qualifiers = {
                self.lowers[j]
                for j in range(lo, k)
                if self._under(j, k, 3) and self.toks[j].dep in ("compound", "amod", "nmod")
            }
            if qualifiers and not qualifiers & {"foreign", "ministry"}:
                return False
            if any(self.gaz.roles.get((w,)) == "OPP" for w in qualifiers):
                return False
        return True

    def _rebuke(self, v: int, words: DescriptionWords, nouns: frozenset[str] = frozenset()) -> bool:
        """Whether the verb at ``v`` rebukes a deed told before: "condemned the move", "called
        the decision unjustified", "described the step as a provocation" (or one of ``nouns``
        instead of rebuked_deeds: "called the accusation absurd")."""
        nouns = nouns or words.rebuked_deeds
        lemma = self.toks[v].lemma.lower()
        if lemma not in words.rebuke_verbs and lemma not in words.naming_verbs:
            return False
        span = self.parse.sentences[self.sent(v)]
        kids = [
            self.toks[k]
            for k in range(span.token_start, span.token_end)
            if self.toks[k].head == v and k != v
        ]
        deed = any(
            t.dep == "dobj"
            and t.lemma.lower() in nouns
            and any(
                self.toks[k].head == t.i and self.lowers[k] in ("the", "this", "that")
                for k in range(max(0, t.i - 3), t.i)
            )
            for t in kids
        )
        if not deed or lemma in words.rebuke_verbs:
            return deed
        # a naming verb: a wrong in its predicate or as-phrase
        named = {
            self.lowers[k] for k in range(v + 1, span.token_end) if self._under(k, v, 4)
        }
        return bool(named & words.rebuke_names)

    def _under(self, k: int, v: int, steps: int) -> bool:
        """Whether token ``k`` hangs from token ``v`` within ``steps`` heads."""
        return v in _ancestors(self.parse, k)[:steps]

    def _subjects_of(self, v: int) -> list[int]:
        """The subject tokens of the verb at ``v``."""
        span = self.parse.sentences[self.sent(v)]
        return [
            k
            for k in range(span.token_start, span.token_end)
            if self.toks[k].head == v and k != v and self.toks[k].dep in ("nsubj", "nsubjpass")
        ]

    def _object_of(self, k: int, verbs: set[int]) -> bool:
        """Whether token ``k`` is an object of one of ``verbs``, or the noun of a phrase
        aimed at through it ("to Tokyo", "against Japan", "on Seoul"); no place."""
        tok = self.toks[k]
        if tok.dep in ("dobj", "dative"):
            return tok.head in verbs
        prep = self.toks[tok.head]
        return (
            tok.dep == "pobj"
            and self.lowers[tok.head] in _AIMED_PREPS
            and prep.dep == "prep"
            and prep.head in verbs
        )

    def _expected_subject(self, tok: Token, verbs: set[int]) -> bool:
        """Whether ``tok`` is the subject of an infinitive under one of ``verbs`` that
        expects or urges ("We expect the Guinean authorities to respect their commitments":
        the parser's clause subject is the one expected; the caller asks it of a government
        only, which a speaker's "we" is not); no infinitive done for one's own state ("We
        want the Japanese government to lead the region")."""
        words = description_words()
        clause = self.toks[tok.head]
        return (
            tok.dep == "nsubj"
            and clause.dep in ("ccomp", "xcomp")
            and clause.head in verbs
            and self.toks[clause.head].lemma.lower() in words.expecting_verbs
            and clause.lemma.lower() not in words.own_state_verbs
            and any(
                self.toks[j].dep == "aux" and self.lowers[j] == "to"
                for j in self.parse.children[clause.i]
            )
        )

    def _led_by(self, c: Cluster) -> Actor | None:
        """The state of a group the person's first mention leads ("An Indian trade
        delegation led by Commerce Minister X", "a Japanese team headed by ..."): the one
        state named on the group's noun, else None."""
        first = self.drafts[c.drafts[0]]
        root = self._span_head(first.ts, first.te)
        if root is None or self.toks[root].dep != "pobj":
            return None
        by = self.toks[self.toks[root].head]
        verb = self.toks[by.head]
        if self.lowers[by.i] != "by" or verb.lemma.lower() not in ("lead", "head"):
            return None
        if verb.dep != "acl":
            return None
        group = verb.head
        states = {
            d.actor.principal
            for d in self.drafts
            if d.actor is not None
            and d.person is None
            and d.actor.principal not in self.gaz.igos
            and any(k == group or self.toks[k].head == group for k in range(d.ts, d.te))
        }
        return self.gaz.principal_actor(states.pop()) if len(states) == 1 else None

    def _other_side(self, c: Cluster, home: Actor) -> Actor | None:
        """The one state other than the dateline's named before the person's first mention
        ("Sweden expelled two Iranian diplomats. ... He urged Stockholm": Iran), else None;
        an IGO named before may be the person's ("The U.N. rights office said ...
        spokeswoman X urged Rome"), so it counts as another side."""
        first = self.drafts[c.drafts[0]].ts
        others = {
            d.actor.principal
            for d in self.drafts
            if d.actor is not None
            and d.ts < first
            and d.actor.principal != home.principal
            and self._past_dateline(d.ts)
        }
        if len(others) != 1 or others <= self.gaz.igos:
            return None
        return self.gaz.principal_actor(others.pop())

    def _of_state(self, c: Cluster) -> Actor | None:
        """The state named by "of" right after a mention of the person ("King Abdullah
        of Jordan", "Prime Minister X of the Netherlands"), else None."""
        for idx in c.drafts:
            k = self.drafts[idx].te
            if k < len(self.toks) and self.lowers[k] == "of":
                k += 2 if k + 1 < len(self.toks) and self.lowers[k + 1] == "the" else 1
                hit = self.hits.get(k)
                if hit is not None and hit[1].kind == "state":
                    return self.gaz.principal_actor(hit[1].principal)
        return None

    def _usual_state(self, c: Cluster, home: Actor | None, last: bool) -> str | None:
        """The usual state of a title stated with no state ("Foreign Secretary X" ->
        GBR); for a title other states use too, the article's state when it is one
        of them ("Foreign Secretary X" in a New Delhi story), decided on the last pass."""
        title = next((t for t in c.titles if t in self.gaz.title_states), None)
        if title is None or self._lower_generic(c):
            return None
        shared = self.gaz.title_also.get(title, frozenset())
        if shared and not last:
            return None
        if home is not None and home.principal in shared:
            return home.principal
        return self.gaz.title_states[title]

    def _owned_title(self, c: Cluster) -> bool:
        """Whether the person's first mention stands in apposition to a title that a
        possessive pronoun owns ("Bangladesh sent its foreign secretary, Nasrin
        Akter"), the title's post phrase between ("its representative in Kenya, X"): the
        pronoun's state decides (``coref._appositive_holder``)."""
        k = self.drafts[c.drafts[0]].ts - 1
        if k < 1 or self.lowers[k] != ",":
            return False
        j = next(
            (p - 1 for p in range(k - 1, max(k - 6, 1), -1) if past_post_phrase(self, p) == k),
            k - 1,
        )
        k = j + 1
        while j > 0 and self.lowers[j] in self.title_vocab and k - j < 6:
            j -= 1
        return j < k - 1 and self.lowers[j] in ("its", "their")

    def _dateline_party(self, home: Actor) -> bool:
        """Whether the article's state is its dateline's and is named as a state in the body
        ("ACCRA — Ghana summoned ..."), not only a venue ("GENEVA — ... talks")."""
        dated = self.dateline_state is not None and self.dateline_state.principal == home.principal
        if not dated and self.article.dateline:
            m = self.gaz.match_place(self.article.dateline)
            dated = m is not None and m[1][0].principal == home.principal
        if not dated:
            return False
        return any(
            d.actor is not None
            and d.person is None
            and d.kind in ("name", "metonym")
            and d.actor.principal == home.principal
            and self._past_dateline(d.ts)
            for d in self.drafts
        )

    def _past_dateline(self, ts: int) -> bool:
        """Whether token ``ts`` is past the dateline: its span, and its text where the parser
        cut the line so that no span was found ("TURKU, Finland" and its dash told apart)."""
        place = self.article.dateline
        if ts < self.dateline_span[1]:
            return False
        if not place or (start := self.article.text.find(place)) < 0:
            return True
        return self.toks[ts].start >= start + len(place)

    def _other_head(self, c: Cluster, heads: set[tuple[str, ...]], home: Actor | None) -> bool:
        """Whether a head title stated with no state may not take the article's state:
        the article names another state's holder of the same title ("U.S. President
        X" in a Paris story leaves a bare "President Y" unplaced; "Prime Minister
        Y" in an Ottawa story beside it is Canada's)."""
        if home is None:
            return True
        name = " ".join(c.canonical).lower() if c.names else ""
        for entries in self.gaz.persons.values():
            for e in entries:
                if (
                    e.office
                    and e.principal == home.principal
                    and tokenize(e.office) in heads
                    and e.valid_on(self.date)
                    and e.name.lower() != name
                ):
                    return True  # "President X" in a Washington story: not the U.S. president
        if self._dateline_party(home):
            # "BUENOS AIRES, Argentina — ... Uruguayan President X ... President Y": another
            # named person holds the other state's office; the dateline's state, a party to
            # the story, is Y's
            return False
        for other in self.clusters:
            if other is c or other.actor is None or other.actor.principal == home.principal:
                continue
            if heads & other.titles:
                return True
        return any(
            d.kind == "title"
            and d.person is None
            and d.actor is not None
            and d.actor.principal != home.principal
            and d.title in heads
            for d in self.drafts
        )

    def _earlier_office(self, c: Cluster, home: Actor | None) -> Actor | None:
        """The article's state for a person whose title is the same office as a nameless
        title of that state told before, and of no other state ("BUENOS AIRES -- Argentina's
        foreign minister summoned Chile's ambassador ... Chile's navy said ... '...,' Foreign
        Minister Diana Mondino told reporters"): the office named again with its holder's
        name, before the body the sentence before had as subject (_placed_state). Only the
        dateline's state: in a visit story the visitor's office told before ("Egypt's foreign
        minister arrived in Nairobi") leaves a bare "Foreign Minister X" the host's. Not a
        person acted on: one met, thanked or written to ("He met with Foreign Minister X").
        With no article state at all (no dateline, no state most named: "Ghana and Chile
        signed ..., during the first visit to Accra by a Chilean foreign minister. Foreign
        Minister X was received by ..."), the one state whose nameless office was told before
        is the holder's: no host is known to outweigh it."""
        if not c.drafts or not c.titles:
            return None
        if home is None and self.article.dateline:
            return None
        first = self.drafts[c.drafts[0]]
        root = self._span_head(first.ts, first.te)
        head = self.toks[root] if root is not None else None
        while head is not None and head.dep == "conj" and head.head != head.i:
            head = self.toks[head.head]
        if head is None or head.dep in ("dobj", "dative", "iobj") or (
            head.dep == "pobj" and self.lowers[head.head] in ("with", "to", "for", "toward", "towards")
        ):
            return None
        states = self._nameless_title_states(
            first.ts, lambda d: d.title in c.titles and len(d.title) > 1
        )
        if home is None:
            if len(states) != 1 or self._placing_capitals(first)[1]:
                return None  # "was received in Hanoi by Foreign Minister X": the capital's
            return self.gaz.principal_actor(next(iter(states)), c.role or "GOV")
        if states != {home.principal}:
            return None
        return self.gaz.principal_actor(home.principal, c.role or "GOV")

    def _cosigner_office(self, c: Cluster) -> Actor | None:
        """The state of a titled person joined by "and" to an official whose state the text
        states, when the office was told before, nameless, of one other state only ("during
        a visit to Lima by China's commerce minister. The deal was signed by Peru's Foreign
        Minister X and Commerce Minister Y": China's; "signed by Foreign Minister X and
        Peru's energy minister, Y" likewise): the two signers stand for the two sides, so the
        partner's state is not the bare title's, and the office told before names it."""
        if not c.drafts or not c.titles:
            return None
        first = self.drafts[c.drafts[0]]
        root = self._span_head(first.ts, first.te)
        if root is None:
            return None
        tok = self.toks[root]
        joined = [k for k in self.parse.children[root] if self.toks[k].dep == "conj"]
        if tok.dep == "conj" and tok.head != root:
            joined.append(tok.head)
        partners = {
            d.actor.principal
            for d in self.drafts
            for k in joined
            if d.ts <= k < d.te
            and d.kind in ("person", "title")
            and d.actor is not None
            and d.actor.principal not in self.gaz.igos
            # the partner's own state, or its apposed holder's ("Peru's energy minister, Y")
            and any(
                o.stated and o.actor == d.actor
                for o in self.drafts
                if o is d or (d.person is not None and o.person == d.person)
            )
        }
        if len(partners) != 1:
            return None
        states = self._nameless_title_states(
            first.ts, lambda d: d.title in c.titles and len(d.title) > 1
        )
        states -= partners
        return self.gaz.principal_actor(states.pop(), c.role or "GOV") if len(states) == 1 else None

    def _introduced_holder(self, c: Cluster) -> Actor | None:
        """The state of a person first named with an indefinite title in apposition ("X, a
        junior foreign minister, was received ...") right after a sentence that told a nameless
        holder of that kind of office with one state ("as a British minister made the first
        visit to ..."): the name introduces the official just told, so the state told there is
        the person's. Only the title's last word must match ("minister")."""
        if not c.drafts or not c.titles:
            return None
        first = self.drafts[c.drafts[0]]
        k = first.te
        if k + 2 >= len(self.toks) or self.lowers[k] != "," or self.lowers[k + 1] not in ("a", "an"):
            return None
        heads = {t[-1] for t in c.titles}
        s = self.sent(first.ts)
        states = self._nameless_title_states(
            first.ts, lambda d: s - 1 <= self.sent(d.ts) and bool(d.title) and d.title[-1] in heads
        )
        return self.gaz.principal_actor(states.pop(), c.role or "GOV") if len(states) == 1 else None

    def place_apposed_people(self) -> None:
        """A person who took the article's state for want of another, set in apposition to
        a group phrase that find_bare_roles (run after the people) resolved to another state
        ("ACCRA - ... Lome rejected it. A government spokesman, X, said"): the name and the
        phrase are one speaker, so the person is the phrase's state. So is a person left with
        no state whose name the group phrase follows in apposition ("Lome rejected it. X, a
        government spokesman, said": _apposed_group_after)."""
        for c in self.clusters:
            if c.actor is None and not c.former and c.drafts:
                after = self._apposed_group_after(self.drafts[c.drafts[0]])
                if after is not None:
                    c.actor = after
                    for idx in c.drafts:
                        if self.drafts[idx].actor is None:
                            self.drafts[idx].actor = after
                continue
            if not c.homed or c.actor is None or not c.drafts:
                continue
            first = self.drafts[c.drafts[0]]
            ts = self._apposed_to(first.ts, first.te)
            group = next(
                (
                    d.actor
                    for d in self.drafts
                    if ts < first.ts
                    and d.kind == "group"
                    and d.actor is not None
                    and d.actor.principal not in self.gaz.igos
                    and ts <= d.ts
                    and d.te < first.ts
                ),
                None,
            )
            if group is None or group.principal == c.actor.principal:
                continue
            old, c.actor = c.actor, self.gaz.principal_actor(group.principal, c.role)
            for idx in c.drafts:
                if self.drafts[idx].actor == old:
                    self.drafts[idx].actor = c.actor

    def _apposed_group_after(self, first: Draft) -> Actor | None:
        """The state actor of a bare-role group phrase set in apposition right after a name
        ("X, a government spokesman,"), when find_bare_roles gave it a state's role (no IGO,
        no opposition)."""
        head = self._span_head(first.ts, first.te)
        if head is None or first.te >= len(self.toks) or self.lowers[first.te] != ",":
            return None
        return next(
            (
                d.actor
                for d in self.drafts
                if d.kind == "group"
                and d.ts == first.te + 1
                and d.actor is not None
                and d.actor.principal not in self.gaz.igos
                and d.actor.role in _STATE_ROLES  # no "an opposition lawmaker"
                and (k := self._span_head(d.ts, d.te)) is not None
                and self.toks[k].dep == "appos"
                and self.toks[k].head == head
            ),
            None,
        )

    def _office_told_before(self, c: Cluster, home: Actor | None) -> Actor | None:
        """The state whose office a titled person holds when the article's state's office
        goes to another named person: the one other state given that title with no name
        before ("JAKARTA -- ... an angry response from the Belarusian foreign minister ...
        Foreign Minister X met ... talks with Indonesia's foreign minister, Y": Belarus's).
        Several such states: None."""
        if not c.drafts or not c.titles or home is None:
            return None
        first = self.drafts[c.drafts[0]]
        states = self._nameless_title_states(
            first.ts, lambda d: d.title in c.titles and len(d.title) > 1
        )
        states.discard(home.principal)
        return self.gaz.principal_actor(states.pop(), c.role or "GOV") if len(states) == 1 else None

    def _nameless_title_states(self, before: int, keep: Callable[[Draft], bool]) -> set[str]:
        """The states (no IGO) of the nameless titles told before token ``before`` that
        ``keep`` takes."""
        return {
            d.actor.principal
            for d in self.drafts
            if d.actor is not None
            and d.person is None
            and d.kind == "title"
            and d.te <= before
            and d.actor.principal not in self.gaz.igos
            and keep(d)
        }

    def _earlier_envoy(self, c: Cluster) -> Actor | None:
        """An ambassador's or envoy's state from the one envoy title with a state in
        its own or the two sentences before ("summoned China's ambassador ... told
        Ambassador Wu Jiang"): in a capital such a bare title is usually the foreign
        envoy, not the article's state."""
        if not c.drafts or not any(t and t[-1] in self.gaz.to_titles for t in c.titles):
            return None
        first = self.drafts[c.drafts[0]]
        s = self.sent(first.ts)
        states = self._nameless_title_states(
            first.ts,
            lambda d: s - 2 <= self.sent(d.ts) and self.lowers[d.te - 1] in self.gaz.to_titles,
        )
        if len(states) != 1:
            return None
        return self.gaz.principal_actor(states.pop(), c.role or "GOV")

    def _defender_state(self, c: Cluster) -> Actor | None:
        """The state of a person stated with no state who defends a measure by one of
        defending_verbs ("Commerce Minister X defended the duties"): the one state told
        earlier as the subject of a verb whose object is that measure's noun ("Thailand will
        impose anti-dumping duties") or whose lemma is it ("Kenya banned ...": "the ban"), not
        the body that attacked it just before."""
        if not c.drafts:
            return None
        first = self.drafts[c.drafts[0]]
        defending = description_words().defending_verbs
        nouns = {
            self.toks[k].lemma.lower()
            for t in self._span_subjects(first.ts, first.te)
            if t.head != t.i and self.toks[t.head].lemma.lower() in defending
            for k in self.parse.children[t.head]
            if self.toks[k].dep == "dobj"
        }
        if not nouns:
            return None
        takers = {
            d.actor.principal
            for d in self.drafts
            if d.actor is not None
            and d.person is None
            and d.te <= first.ts
            and d.actor.principal not in self.gaz.igos
            for t in self._span_subjects(d.ts, d.te)
            if t.head != t.i
            and (
                self.toks[t.head].lemma.lower() in nouns  # "Kenya banned ...": "the ban"
                or any(
                    self.toks[k].dep == "dobj" and self.toks[k].lemma.lower() in nouns
                    for k in self.parse.children[t.head]
                )
            )
        }
        if len(takers) != 1:
            return None
        return self.gaz.principal_actor(takers.pop(), c.role or "GOV")

    def _placed_state(self, c: Cluster) -> Actor | None:
        """A minister's or spokesperson's state from the first mention's context: the
        state body the sentence before had as subject ("China's Foreign Ministry
        rejected ... Spokesperson X said", also past a quotation that opens the sentence:
        '"...," spokesperson X said'), else the capital the sentence puts them
        in ("said in Beijing", a fronted "In Caracas, Foreign Minister X"). The capital the
        person is told speaking in comes first: "Bulgaria's navy said ... '...,' Foreign Minister
        X told reporters in Athens" is Greece's minister, not the navy's state."""
        if not c.drafts or not any(t and t[-1] in self.gaz.place_titles for t in c.titles):
            return None
        first = self.drafts[c.drafts[0]]
        bodies = self._bodies_before(first, igos=False)
        spoken, places = self._placing_capitals(first)
        if len(spoken) == 1:
            return self.gaz.principal_actor(spoken.pop(), c.role or "GOV")
        if len(bodies) == 1 and not self._aims_at(c, next(iter(bodies))):
            # ("the Chinese military said ... Foreign Minister X thanked China": a minister
            # who acts on the body's state is another state's)
            return self.gaz.principal_actor(bodies.pop(), c.role or "GOV")
        if len(places) == 1:
            return self.gaz.principal_actor(places.pop(), c.role or "GOV")
        # "Rubio arrived in Seoul. He met Foreign Minister Cho Hyun": the host's
        root = self._span_head(first.ts, first.te)
        if root is None:
            root = first.te - 1
        if met_in_visit(self, root):
            host = host_before(self, first.ts)
            if host is not None:
                return self.gaz.principal_actor(host[0], c.role or "GOV")
        return None

    def _posted_host(self, k: int) -> str | None:
        """The state whose capital a foreign mission or envoy named before token ``k`` in its
        sentence is posted in ("Japan's embassy in Honiara", "the Chilean ambassador in
        Quito"): the host, when it is another state than the mission's."""
        s = self.sent(k)
        missions = plural_words().mission_nouns | self.gaz.envoy_words
        for d in self.drafts:
            if (
                d.te > k
                or d.actor is None
                or d.kind == "pronoun"
                or self.sent(d.ts) != s
                or self.lowers[d.te - 1] not in missions
            ):
                continue
            placed = self._placed_in(d.te)
            if placed is not None and placed.principal != d.actor.principal:
                return placed.principal
        return None

    def _fronted_capital(self, k: int) -> str | None:
        """The state of the capital a fronted "In Stockholm," places the sentence in, when the
        mention at token ``k`` follows its comma at once ("In Stockholm, the Foreign Ministry
        said"): a bare body placed there is that state's; none for a town that is no capital."""
        sent = self.parse.sentences[self.sent(k)]
        start = sent.token_start
        if self.lowers[start] != "in":
            return None
        hit = self.hits.get(start + 1)
        if hit is None or hit[1].kind != "capital" or hit[0] != k - 1 or self.lowers[k - 1] != ",":
            return None
        return hit[1].principal

    def _placing_capitals(self, first: Draft) -> tuple[set[str], set[str]]:
        """The states of the capitals an "in" of a person's sentence places it in: those its
        own speech verb places ("told reporters in Athens", "said at a briefing in Sofia":
        _spoke_in), and those with the ones a fronted "In Caracas, ..." or a "said in Beijing"
        places."""
        sent = self.parse.sentences[self.sent(first.ts)]
        spoken: set[str] = set()
        places: set[str] = set()
        for k in range(sent.token_start + 1, sent.token_end):
            hit = self.hits.get(k)
            if hit is not None and hit[1].kind == "capital" and self._received_in(first, k - 1):
                places.add(hit[1].principal)  # "was greeted at Podgorica airport by Minister X"
                continue
            if hit is None or hit[1].kind != "capital" or self.lowers[k - 1] != "in":
                continue
            fronted = (
                k - 1 == sent.token_start
                and hit[0] < sent.token_end
                and (self.lowers[hit[0]] == ",")
            )
            said = k >= 2 and self.toks[k - 2].lemma == "say" and first.te <= k - 2
            spoke = self._spoke_in(first, k - 1)
            if spoke:
                spoken.add(hit[1].principal)
            if fronted or said or spoke:
                places.add(hit[1].principal)
        return spoken, places

    def _received_in(self, first: Draft, prep: int) -> bool:
        """Whether the "in" or "at" at token ``prep`` places a passive act whose doer (its
        "by" phrase) the person ``first`` is: "The team was greeted at Podgorica airport by
        Health Minister X", "was received in Hanoi by Foreign Minister Y": a host at home."""
        if self.lowers[prep] not in ("in", "at"):
            return False
        verb = self.toks[self.toks[prep].head]
        if verb.tag != "VBN" or not any(t.dep == "auxpass" and t.head == verb.i for t in self.toks[max(0, verb.i - 3) : verb.i]):
            return False
        for by in self.toks[verb.i + 1 : min(len(self.toks), first.te)]:
            if by.dep == "agent" and by.head == verb.i:
                return any(
                    t.dep == "pobj" and t.head == by.i and first.ts <= t.i < first.te
                    for t in self.toks[by.i + 1 : first.te]
                )
        return False

    def _spoke_in(self, first: Draft, prep: int) -> bool:
        """Whether the "in" at token ``prep`` places the speech of the person ``first``
        names: it hangs on the person's own speech verb or on that verb's object or
        prepositional phrase ("told a regular news conference in Tokyo", "told reporters in
        Tokyo", "said at a briefing in Tokyo")."""
        k = self.toks[prep].head
        for _ in range(3):
            tok = self.toks[k]
            if tok.lemma.lower() in speech_verbs() and tok.pos in ("VERB", "AUX"):
                return any(t.head == k for t in self._span_subjects(first.ts, first.te))
            if tok.dep not in _SPOKEN_TO or tok.head == k:
                return False
            k = tok.head
        return False

    def _bodies_before(self, first: Draft, igos: bool) -> set[str]:
        """The state bodies (``igos``: the IGOs) the sentence before a person's first mention
        had as its subject, when that mention opens its sentence (or follows a quotation that
        does): "China's Foreign Ministry rejected ... Spokesperson X said"."""
        s = self.sent(first.ts)
        ts = self._apposed_to(first.ts, first.te)
        opens = self._quote_opening(ts)
        if ts != self.parse.sentences[s].token_start and opens is None:
            return set()
        before = (s if opens is None else opens) - 1
        # "Ethiopia's Foreign Ministry rejected ... It said ... Spokesman X said": past a
        # sentence that goes on about the body as "it"
        if before > 0 and self._it_goes_on(before):
            before -= 1
        return {
            d.actor.principal
            for d in self.drafts
            if d.actor is not None
            and d.person is None
            and (d.actor.principal in self.gaz.igos) == igos
            and (igos or d.actor.role in _STATE_ROLES)
            # a capital standing for its government ("Lome rejected the complaint. '...,'
            # government spokesman X said") is such a body when it is the main clause's
            # subject (not one reported: "told parliament that Caracas had committed ...");
            # a state's bare name is not
            and d.kind not in (("pronoun",) if igos else ("pronoun", "name"))
            and (d.kind != "metonym" or self._root_subject(d.ts, d.te))
            and self.sent(d.ts) == before
            and any(
                self.toks[k].dep == "nsubj"
                # before a quotation, the main clause's ("Israeli officials refused" in a
                # clause under it is no speaker's body)
                and (
                    opens is None
                    or self.toks[self.toks[k].head].dep == "ROOT"
                    or self._told_by_mouthpiece(self.toks[self.toks[k].head])
                )
                # "Nigeria summoned Ghana's envoy after Ghanaian authorities shut shops": an
                # adverbial or relative clause's subject is no body the next sentence goes on with
                and self.toks[self.toks[k].head].dep not in _SUBORDINATE_DEPS
                for k in range(d.ts, d.te)
            )
        }

    def _apposed_to(self, ts: int, te: int) -> int:
        """Where the phrase a name is set in apposition to starts ("the spokeswoman" of
        "the spokeswoman, Sita Rai, said"), else the name's own start."""
        tok = next((self.toks[k] for k in range(ts, te) if not ts <= self.toks[k].head < te), None)
        if tok is None or tok.dep != "appos" or tok.head >= ts or self.lowers[ts - 1] != ",":
            return ts
        head = tok.head
        return min([head, *(k for k in self.parse.children[head] if k < head)])

    def _told_by_mouthpiece(self, verb: Token) -> bool:
        """The verb is the clause a spokesperson reports as the sentence's main statement
        ("Nepal's Foreign Office summoned the envoy, a spokeswoman said"): its subject
        is the body that spokesperson, and one named next, speaks for."""
        if verb.dep != "ccomp" or verb.head == verb.i:
            return False
        said = self.toks[verb.head]
        return (
            said.dep == "ROOT"
            and said.lemma.lower() in speech_verbs()
            and any(
                self.toks[k].dep == "nsubj" and self.lowers[k] in self.gaz.mouthpiece_words
                for k in self.parse.children[said.i]
            )
        )

    def _mouthpiece_only(self, c: Cluster) -> bool:
        """Whether a person bears only a spokesperson's titles (mouthpiece_words)."""
        return bool(c.titles) and all(t[-1] in self.gaz.mouthpiece_words for t in c.titles if t)

    def _igo_mouthpiece(self, c: Cluster) -> Actor | None:
        """A spokesperson stated with no body, right after a sentence an IGO was the subject of
        ("The U.N. human rights office said it was concerned ... Spokeswoman X said"): that
        IGO's, as a state body's spokesperson is its state's (_placed_state)."""
        if not self._mouthpiece_only(c):
            return None
        first = self.drafts[c.drafts[0]]
        title = next(
            (k for k in range(first.ts, first.te) if self.lowers[k] in self.gaz.mouthpiece_words),
            None,
        )
        if title is None:
            return None  # titled in a later mention only
        qualifiers = {
            self.lowers[j]
            for j in range(max(0, first.ts - 4), title)
            if self._under(j, title, 3) and self.toks[j].dep in ("compound", "amod", "nmod")
        }
        named = self._igo_called(qualifiers, first.ts)
        if named is not None:
            return named  # "the International Criminal Court ... court spokesman X": the ICC's
        if any(self.gaz.roles.get((w,)) in _STATE_ROLES for w in qualifiers):
            return None  # "Foreign Ministry spokesperson X", "Government spokesman Y": a state's
        if self._bodies_before(first, igos=False):
            return None  # "Russia's foreign ministry said the EU ... Spokeswoman X said"
        bodies = self._bodies_before(first, igos=True)
        return self.gaz.principal_actor(bodies.pop()) if len(bodies) == 1 else None

    def _igo_called(self, words: set[str], before: int) -> Actor | None:
        """The IGO whose mention holds the last of ``words`` written before token ``before``
        ("the court" of "the International Criminal Court ... court spokesman X"), when
        that word's last use is in such a mention, not in a state's body ("a provincial
        court in Hanoi ... court spokesman Y")."""
        k = next((j for j in range(before - 1, -1, -1) if self.lowers[j] in words), None)
        idx = self.claimed[k] if k is not None else None
        d = self.drafts[idx] if idx is not None else None
        if d is None or d.actor is None or d.person is not None or d.kind == "pronoun":
            return None
        if d.actor.principal not in self.gaz.igos:
            return None
        return self.gaz.principal_actor(d.actor.principal)

    def _titled_of(self, start: int, words: set[str]) -> bool:
        """Whether a mention starting at ``start`` is named as the body of one of these title
        words ("representative of the OSCE")."""
        k = start - 1
        if k >= 0 and self.lowers[k] == "the":
            k -= 1
        return k >= 1 and self.lowers[k] == "of" and self.lowers[k - 1] in words

    def _lower_generic(self, c: Cluster) -> bool:
        """Whether a person's only titles are lower_generic_titles, written lowercase wherever
        the article gives them ("The representative, X", not "Representative X")."""
        if not c.titles or not c.titles <= self.gaz.lower_generic_titles:
            return False
        words = {t[-1] for t in c.titles}
        seen = [
            self.toks[k].text
            for idx in c.drafts
            for k in range(self.drafts[idx].ts, self.drafts[idx].te)
            if self.lowers[k] in words
        ]
        # "the WHO country representative, X,": the title stands before the name's comma
        seen += [
            self.toks[k].text
            for idx in c.drafts
            if (k := self._appositive_title(self.drafts[idx].ts, words)) is not None
        ]
        return bool(seen) and all(w[:1].islower() for w in seen)

    def _appositive_title(self, start: int, words: set[str]) -> int | None:
        """The title word a name starting at ``start`` stands in apposition to, right before
        its comma ("the WHO country representative, X"), else None."""
        k = start - 2
        if k >= 0 and self.lowers[k + 1] == "," and self.lowers[k] in words:
            return k
        return None

    def _igo_before_title(self, d: Draft, title: int | None) -> bool:
        """Whether an IGO mention stands in the noun phrase of the title word at ``title``,
        at most one lowercase word between ("the UNICEF representative", "the WHO country
        representative"): the body the holder speaks for."""
        if title is None or not d.te <= title <= d.te + 1:
            return False
        return all(self.toks[k].text.isalpha() and self.toks[k].text.islower() for k in range(d.te, title))

    def _igo_head_rank(self, title: tuple[str, ...]) -> bool:
        """Whether a title is an IGO head's (igo_head_titles) or a lower rank of one ("Deputy
        Secretary General X": lower_ranks words before it): stated with no body, the holder
        is an officer of the IGO named just before, as the head is."""
        return any(
            title[-len(t) :] == t and all(w in self.gaz.lower_ranks for w in title[: -len(t)])
            for t in self.gaz.igo_head_titles
        )

    def _article_igo(self, c: Cluster) -> Actor | None:
        """An IGO head stated with no body ("Director General Henrik Aalto said"):
        the IGO named last in the three sentences up to the first mention, else the
        IGO the article names most (at least twice, and more than any other)."""
        if not any(self._igo_head_rank(t) for t in c.titles) and not self._lower_generic(c):
            return None
        first = self.drafts[c.drafts[0]]
        s = self.sent(first.ts)
        igos = [
            d
            for d in self.drafts
            if d.actor is not None
            and d.person is None
            and d.kind != "pronoun"
            and d.actor.principal in self.gaz.igos
        ]
        near = [d for d in igos if s - 3 <= self.sent(d.ts) and d.te <= first.ts]
        if self._lower_generic(c):
            # "The media freedom representative of the OSCE ... The representative, X,": the
            # IGO a holder of that title was named of, not the nearest one
            words = {t[-1] for t in c.titles}
            title = self._appositive_title(first.ts, words)
            near = [
                d
                for d in near
                if self._titled_of(d.ts, words) or self._igo_before_title(d, title)
            ]
        if near:
            return self.gaz.principal_actor(max(near, key=lambda d: d.ts).actor.principal)  # type: ignore[union-attr]
        counts: dict[str, int] = {}
        for d in igos:
            counts[d.actor.principal] = counts.get(d.actor.principal, 0) + 1  # type: ignore[union-attr]
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return self.gaz.principal_actor(ranked[0][0])
        return None

    def _it_goes_on(self, sent: int) -> bool:
        """Whether a sentence opens with "It" as the subject of its main verb, a speech verb
        ("It said the dam caused no harm and accused Egypt ...")."""
        k = self.parse.sentences[sent].token_start
        verb = self.toks[self.toks[k].head]
        return (
            self.lowers[k] == "it"
            and self.toks[k].dep == "nsubj"
            and verb.dep == "ROOT"
            and verb.lemma.lower() in speech_verbs()
        )

    def _quote_opening(self, ts: int) -> int | None:
        """The sentence a quotation closed right before token ``ts`` opens, when it opens
        that sentence ('Russia's Foreign Ministry rejected the criticism. "... look at
        themselves first," spokeswoman X said': the speaker is placed as if first)."""
        at = self.toks[ts].start
        text = self.article.text
        for a, b in quote_spans(text):
            if b <= at and not text[b:at].strip(" ,"):
                k = next((j for j in range(ts) if self.toks[j].start >= a), None)
                if k is not None and k == self.parse.sentences[self.sent(k)].token_start:
                    return self.sent(k)
        return None

    def _body_after(self, c: Cluster) -> Actor | None:
        """An official of an international body named right after the first mention
        ("Judge Anna Novak of the International Court of Justice", "at the IAEA"), or of
        a state body ("Spokesperson X of the Russian Foreign Ministry"): that body's, so a
        dateline's state ("THE HAGUE —", "LYON, France —") never fills in."""
        if not c.titles and not c.role:
            return None
        k = self.drafts[c.drafts[0]].te
        if k + 1 >= len(self.toks) or self.lowers[k] not in ("of", "at"):
            return None
        at = {k + 1, k + 2} if self.lowers[k + 1] == "the" else {k + 1}
        body = next(
            (d for d in self.drafts if d.ts in at and d.person is None and d.actor is not None),
            None,
        )
        if body is None or body.actor is None:
            return None
        if body.actor.principal in self.gaz.igos:
            return self.gaz.principal_actor(body.actor.principal)
        if body.actor.role in _STATE_ROLES and self.lowers[k] == "of":
            # "Spokesperson X of the Russian Foreign Ministry": that state's, not the dateline's
            return self.gaz.principal_actor(body.actor.principal, c.role or body.actor.role)
        return None

    def _local_state(self, c: Cluster) -> Actor | None:
        """A local official's state ("regional Gov. X", "Kharkiv Governor X"): the one
        state named as a place ("in southern Ukraine") in the sentence of the
        person's first mention, else in the sentence before. A monarch no state names
        reigns there too ("In Amman, King Abdullah met ...", "The sultan received ... in
        Muscat": one holder per state, met at home)."""
        if not any(
            t in self.gaz.local_titles or (t and t[-1] in self.gaz.monarch_words)
            for t in c.titles
        ):
            return None
        s = self.sent(self.drafts[c.drafts[0]].ts)
        for sent in (s, s - 1):
            states = {
                state
                for d, state in self._state_names()
                if self.sent(d.ts) == sent and self._after_locative(d.ts)
            }
            if len(states) == 1:
                return self.gaz.principal_actor(states.pop(), c.role or "GOV")
            if states:
                return None
        return None

    def _placed_states(self, sent: int) -> set[str]:
        """The states sentence ``sent`` names as a place ("in Muscat", "in southern Oman")."""
        return {
            state
            for d, state in self._state_names()
            if self.sent(d.ts) == sent and self._after_locative(d.ts)
        }

    def _placed_by_own_verb(self, ts: int, te: int) -> set[str]:
        """The states named as the place of the verb the span is the subject of ("the emir
        received X in Doha"), not those placing another clause of its sentence ("to deploy
        soldiers in southern Lebanon"); also "in" hung on the verb's object."""
        head = self._span_head(ts, te)
        if head is None or self.toks[head].dep not in ("nsubj", "nsubjpass"):
            return set()
        verb = self.toks[head].head
        out = set()
        for d, state in self._state_names():
            k = self._span_head(d.ts, d.te)
            if k is None or self.toks[k].dep != "pobj" or not self._after_locative(d.ts):
                continue
            at = self.toks[self.toks[self.toks[k].head].head]
            if at.i == verb or (at.dep == "dobj" and at.head == verb):
                out.add(state)  # the parser may hang the place on the object
        return out

    def _after_locative(self, ts: int) -> bool:
        """A name after "in"/"near", maybe past a determiner or adjectives ("in southern")."""
        return self._locative_before(ts) is not None

    def _locative_before(self, ts: int) -> str | None:
        """The locative word a name follows, maybe past a determiner or adjectives."""
        k = ts - 1
        while (
            k >= 0 and ts - k <= 3 and self.toks[k].pos in ("ADJ", "DET") and k not in self.hit_at
        ):
            k -= 1
        return self.lowers[k] if k >= 0 and self.lowers[k] in _LOCATIVE else None

    def link_forward_titles(self) -> None:
        """ "Ukraine's president reiterated ... Volodymyr Zelenskyy said": a state's title
        with no name takes the one person of that state named in the next sentences,
        when that person is a known office holder or bears the title."""
        for idx, d in enumerate(list(self.drafts)):
            if d.kind != "title" or d.person is not None or d.actor is None or not d.title:
                continue
            if d.title[-1] not in self.gaz.refer_back or d.actor.principal in self.gaz.igos:
                continue
            s = self.sent(d.ts)
            found: list[int] = []
            for ci, c in enumerate(self.clusters):
                first = self.drafts[c.drafts[0]] if c.drafts else None
                if (
                    first is None
                    or first.ts <= d.te
                    or self.sent(first.ts) > s + _FORWARD_SENTENCES
                ):
                    continue
                if c.former or c.actor is None or c.actor.principal != d.actor.principal:
                    continue
                # the whole title, as the person's ends: "Foreign Minister Paul Mitchell" is
                # no "Jamaica's prime minister", though both are ministers
                if any(t[-len(d.title) :] == d.title for t in c.titles) or (
                    not c.titles and holder_actor(self.gaz, c.names, self.date) is not None
                ):
                    found.append(ci)
            if len(found) == 1:
                c = self.clusters[found[0]]
                d.person = str(found[0])
                d.antecedent = c.drafts[0]
                c.drafts.append(idx)
                c.titles.add(d.title)

    def link_bare_names(self) -> None:
        """ "..., Italy's interior minister said. ¶ '...,' Marco Bellini told reporters": the
        first person named after a state's nameless title, in the next sentence, with no
        office, state or description of their own (no words before the name, no clause or
        apposition after it), is the title's holder, when both speak (the subject of a verb
        of saying) or the name is the subject of a sentence naming another state's
        counterpart ("Takeshi Iwaya signed the grant with his Bangladeshi counterpart"), that
        title is the only nameless one of a state in the sentence before,
        and no other person is named since (wire stories give the name at the second
        reference)."""
        for c in self.clusters:
            if c.actor is not None or c.titles or c.described or c.former or not c.drafts:
                continue
            first = self.drafts[c.drafts[0]]
            s = self.sent(first.ts)
            met = self._counterpart_in(s)
            if not self.bare_name(first, speaking=not met):
                continue
            if any(
                o is not c and o.drafts and self.drafts[o.drafts[0]].ts < first.ts
                and s - self.sent(self.drafts[o.drafts[0]].ts) <= 1
                for o in self.clusters
            ):
                continue  # a person named in between, or just before
            titles = [
                (idx, d)
                for idx, d in enumerate(self.drafts)
                if ((d.kind == "title" and bool(d.title)) or self._counterpart_subject(d))
                and d.person is None
                and d.actor is not None
                and s - self.sent(d.ts) == 1
                and d.actor.principal not in self.gaz.igos
            ]
            if len(titles) != 1:
                continue
            idx, d = titles[0]
            counterpart = d.kind != "title"
            if not counterpart and d.title[-1] not in self.gaz.refer_back:
                continue
            held = d.actor
            if held is None or not (self._speaks(d.ts, d.te) or counterpart or met - {held.principal}):
                continue
            if met and held.principal in met:
                continue  # "met his Kenyan counterpart": the title's state is the other side
            ci = self.clusters.index(c)
            d.person, d.antecedent = str(ci), c.drafts[0]
            c.drafts.append(idx)
            c.titles.add(d.title)
            c.actor = held
            for k in c.drafts:
                if self.drafts[k].actor is None or not self.drafts[k].stated:
                    self.drafts[k].actor = held

    def _counterpart_subject(self, d: Draft) -> bool:
        """Whether a draft is a state's "counterpart" (one person, read as a group: "Her
        Bolivian counterpart was unmoved.") standing as its sentence's subject: the next
        sentence's bare speaking name is that counterpart (link_bare_names)."""
        if d.kind != "group" or d.members or self.lowers[d.te - 1] != "counterpart":
            return False
        head = self._span_head(d.ts, d.te)
        return head is not None and self.toks[head].dep in ("nsubj", "nsubjpass")

    def _span_head(self, ts: int, te: int) -> int | None:
        """The token of a span whose head lies outside it (None when the span holds its
        sentence's root)."""
        return next((k for k in range(ts, te) if not ts <= self.toks[k].head < te), None)

    def _speaks(self, ts: int, te: int) -> bool:
        """Whether the span's head is the subject of a verb of saying."""
        head = self._span_head(ts, te)
        return (
            head is not None
            and self.toks[head].dep in ("nsubj", "nsubjpass")
            and self.toks[self.toks[head].head].lemma.lower() in speech_verbs()
        )

    def _counterpart_in(self, s: int) -> set[str]:
        """The states of the counterparts sentence s names ("his Bangladeshi counterpart")."""
        return {
            d.actor.principal
            for d in self.drafts
            if d.actor is not None
            and self.sent(d.ts) == s
            and any(self.lowers[k] in ("counterpart", "counterparts") for k in range(d.ts, d.te))
        }

    def bare_name(self, first: Draft, speaking: bool = True) -> bool:
        """Whether a person's first mention is a bare name that speaks (or, with ``speaking``
        false, is a subject: one who meets or signs with a counterpart): nothing before it in
        its phrase ("Energy analyst Paula Benegas"), no clause or apposition after it ("Jacinto
        Reyes, who has fished the gulf")."""
        head = self._span_head(first.ts, first.te)
        if head is None:
            return False
        if speaking and not self._speaks(first.ts, first.te):
            return False
        if not speaking and self.toks[head].dep not in ("nsubj", "nsubjpass"):
            return False
        return not any(
            not first.ts <= k < first.te
            and self.toks[k].dep in ("compound", "amod", "nmod", "appos", "relcl", "acl", "det", "poss")
            for k in self.parse.children[head]
        )

    def place_bare_titles(self) -> None:
        """A bare "the foreign minister", "the president" that no one named before holds:
        the article's state when the dateline names it and the body names it as a party
        ("VILNIUS — Lithuania expelled ... The foreign minister accused Minsk"), and no
        other state's holder of a title with that word is named in the article."""
        home = self._article_state()
        if home is None or not self.bare_titles or not self._dateline_party(home):
            return
        for ts, te, title, role in self.bare_titles:
            word = title[-1]
            if word not in self.gaz.home_title_words or role not in _STATE_ROLES:
                continue
            placed = self._placed_states(self.sent(ts)) if word in self.gaz.monarch_words else set()
            # "(DOHA) ... after the emir received Lebanon's army commander in Doha": a monarch
            # placed at home is no guest's, whatever other state's groups were told
            at_home = bool(placed) and self._placed_by_own_verb(ts, te) == {home.principal}
            if not self.free(ts, te) or self._foreign_holder(word, home, ts, groups=not at_home):
                continue
            if any(k < ts and w == word for k, w in self.owned_titles):
                continue  # "The emir of Kuwait visited Qatar. The emir praised ..."
            if len(placed) == 1 and home.principal not in placed:
                # "(DOHA) ... The sultan received the Indian minister in Muscat": a monarch
                # reigns where his sentence places him, not in the dateline's state
                actor = self.gaz.principal_actor(placed.pop(), role)
                self.add(Draft(ts, te, "title", actor, None, title=title, stated=True))
                continue
            actor = self.gaz.principal_actor(home.principal, role)
            self.add(Draft(ts, te, "title", actor, None, title=title, stated=True))

    def _foreign_holder(self, word: str, home: Actor, ts: int, groups: bool = True) -> bool:
        """Whether the article names another state's holder of a title with ``word``, or
        (with ``groups``) the two sentences up to token ``ts`` another state's officials
        ("France hosted Indian officials. The minister praised ...": theirs, maybe)."""
        s = self.sent(ts)
        if groups and any(
            d.kind == "group"
            and d.actor is not None
            and d.actor.principal != home.principal
            and d.ts < ts
            and s - self.sent(d.ts) <= 2
            for d in self.drafts
        ):
            return True
        if any(
            c.actor is not None
            and c.actor.principal != home.principal
            and any(word in t for t in c.titles)
            for c in self.clusters
        ):
            return True
        return any(
            d.kind == "title"
            and d.actor is not None
            and d.actor.principal != home.principal
            and word in d.title
            for d in self.drafts
        )

    def run(self) -> tuple[Mention, ...]:
        self.find_hits()
        self.find_dateline()
        find_armed_names(self)
        self.find_people()
        plurals = find_plurals(self)
        self.find_titles()
        self.find_groups()
        self.finish_clusters(home=None)
        self.find_joined_names()
        self.find_names()
        self.share_roles()
        self.finish_clusters(home=self._article_state(), last=True)
        self.link_forward_titles()
        self.link_bare_names()
        find_met_names(self, _FORWARD_SENTENCES)
        self.place_bare_titles()
        find_kinds(self)
        find_igo_bodies(self)
        resolve_plurals(self, plurals)
        resolve_role_groups(self, plurals)
        find_hosts(self)
        find_people_again(self)
        find_crafts_again(self)
        self.find_bare_roles()
        self.place_apposed_people()
        place_in_plurals(self, plurals)
        resolve_pronouns(self)
        self.own_possessed_roles()
        self.own_told_organs()
        find_directed_officials(self)
        find_arriving_officials(self)
        find_visiting_officials(self)
        find_aiming_officials(self)
        resolve_late_pairs(self, plurals)
        find_documents(self)
        return self.freeze()

    def _char_span(self, d: Draft) -> tuple[int, int]:
        if d.char_start >= 0:
            return d.char_start, d.char_end
        return self.toks[d.ts].start, self.toks[d.te - 1].end

    def find_joined_names(self) -> None:
        """ "U.S.-China", "Russia-Ukraine" kept as one token by the tokenizer: a mention
        for each part that is a state or IGO name, when every part is one or the
        rest is a word of joined_suffixes ("U.S.-led"); an adjective part
        ("Sino-") makes no mention."""
        for i, tok in enumerate(self.toks):
            if self.claimed[i] is not None or i in self.hit_at or self.in_person[i]:
                continue
            if self.dateline_span[0] <= i < self.dateline_span[1]:
                continue
            if "-" not in tok.text and "–" not in tok.text:
                continue  # (most tokens: no split to try)
            parts = [p for p in re.split(r"([-–])", tok.text)]
            found: list[tuple[int, int, Entry]] = []
            other = False
            offset = tok.start
            for part in parts:
                start, offset = offset, offset + len(part)
                if part in ("-", "–") or not part:
                    continue
                entry = self._whole_name(part)
                if entry is not None:
                    found.append((start, offset, entry))
                elif part.lower() in self.gaz.joined_suffixes:
                    other = True
                else:
                    found = []
                    break
            if not found or (len(found) < 2 and not other):
                continue
            for start, end, entry in found:
                idx = self.add(Draft(i, i + 1, "name", entry.actor(), None, stated=True))
                self.drafts[idx].char_start, self.drafts[idx].char_end = start, end

    def _whole_name(self, text: str) -> Entry | None:
        """The state or IGO that all of ``text`` names, written with a capital."""
        if not text[:1].isupper():
            return None
        words = list(tokenize(text))
        m = self.gaz.match(words, 0)
        if m is None or m[0] != len(words):
            return None
        entries = [
            e for e in m[1] if e.kind in ("state", "igo") and e.valid_on(self.date) and e.principal
        ]
        return entries[0] if entries else None

    def freeze(self) -> tuple[Mention, ...]:
        aid = self.article.id
        ids: list[str] = []
        for d in self.drafts:
            start, end = self._char_span(d)
            ids.append(stable_id(aid, start, end))
        out = []
        for idx, d in enumerate(self.drafts):
            start, end = self._char_span(d)
            person = None
            actor = d.actor
            if d.person is not None:
                person = " ".join(self.clusters[int(d.person)].canonical)
            elif actor is not None and actor.principal in self.gaz.bystanders:
                actor = None  # "asked the International Court of Justice": no party
            out.append(
                Mention(
                    id=ids[idx],
                    article_id=aid,
                    start=start,
                    end=end,
                    text=self.article.text[start:end],
                    sentence_index=self.sent(d.ts),
                    token_start=d.ts,
                    token_end=d.te,
                    kind=d.kind,
                    actor=actor,
                    person=person,
                    label=d.label,
                    antecedent=ids[d.antecedent] if d.antecedent is not None else None,
                    members=d.members,
                    former=d.former,
                )
            )
        return tuple(sorted(out, key=lambda m: (m.start, m.end)))


def resolve_mentions(article: Article, parse: Parse, settings: Settings) -> tuple[Mention, ...]:
    """Every mention of an actor or a person in the article, sorted by start.

    Args: the cleaned article, its parse, and the settings (``actors_file``
    adds user dictionary entries). Returns frozen ``Mention``s whose ids are
    ``stable_id(article.id, start, end)``.
    """
    if not parse.tokens:
        return ()
    gaz = load_gazetteer(settings.actors_file)
    mentions = speaker_pronouns(article, parse, Resolver(article, parse, gaz).run(), gaz)
    mentions = add_led_forces(article.text, article.id, parse, mentions, gaz)
    mentions = add_led_groups(article.text, article.id, parse, mentions, gaz)
    mentions = add_group_leaders(parse, mentions, gaz)
    mentions = add_country_subjects(article, parse, mentions, gaz)
    return add_towns(article, parse, mentions, gaz)
