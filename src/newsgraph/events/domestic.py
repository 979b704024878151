"""Domestic mode (``Settings.domestic``): the people a state acts on inside its borders.

Our guidelines code acts between states only, so the actors stage leaves a bare "protesters",
"rebels" or "students" unresolved. PLOVER and CAMEO code them as the state's own actors
("police arrested protesters": COP > OPP), so in domestic mode such a role noun (a role of
data/actors/roles.yaml other than GOV, whose bare forms the actors stage already resolves)
becomes a mention of the one state its sentence names. A sentence that names two states leaves
it alone ("Russian troops shelled Kharkiv, killing civilians": whose civilians is not said).
The domestic pass also reads its own vocabulary (with_domestic: protests, strikes, dispersals,
bans), which acts between states never use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources

from newsgraph.data import load_data
from newsgraph.events.geo import resolve_place, sentence_place
from newsgraph.events.patterns import Pattern, PatternSet, compile_patterns, parse_patterns
from newsgraph.model import Actor, Article, Mention, Parse, Token, stable_id

_BEFORE, _AFTER = 2, 1  # sentences around a role noun that may name a second state
_HEAD_DEPS = frozenset({"compound", "amod", "poss", "nmod"})  # "rebel positions": a modifier
_FORCE_ROLES = frozenset({"MIL"})  # a state's forces, which act abroad as well as at home


@lru_cache(maxsize=1)
def _role_words() -> dict[tuple[str, ...], str]:
    """Role nouns (as lowercase word tuples) of every role but GOV, with their role: the
    actors' roles.yaml, then the domestic ones (data/events/domestic.yaml)."""
    found: dict[tuple[str, ...], str] = {}
    for table in (load_data("actors/roles.yaml"), load_data("events/domestic.yaml")):
        for role, words in table["roles"].items():
            if role != "GOV":
                found.update({tuple(str(w).lower().split()): str(role) for w in words})
    return found


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    return frozenset(str(k) for k in load_data("actors/states.yaml"))


def _one_state(mentions: Sequence[Mention], inside: Callable[[Mention], bool]) -> str | None:
    """The one state the mentions `inside` name; "" for two or more, None for none."""
    found = {
        m.actor.principal
        for m in mentions
        if m.actor is not None and m.actor.principal in _states() and inside(m)
    }
    return None if not found else next(iter(found)) if len(found) == 1 else ""


def _state_of(article: Article, parse: Parse, mentions: Sequence[Mention], i: int) -> str:
    """The state of a role noun at token ``i``: the one state named from two sentences before
    to one after it, else "" (a second state may own the group: "Hamas militants killed
    1,200 people" in a story on Israel; "bombers killed 23 people in Tel Aviv").

    The sentence's own place comes first: the named state's people are there only when the
    place is in that state ("Iranian police arrested students in Tehran", not "Israeli
    soldiers killed two militants in Jenin"). A state's forces act abroad as often as at home,
    so with no such place the dateline decides for them ("KYIV — Russian troops shelled the
    village, killing three civilians" names no Russian civilians), and with no dateline
    nothing does ("U.S. troops killed four militants in a raid"); its police, courts or
    rulers act on their own people wherever the story is filed from."""
    sentence = parse.tokens[i].sent
    window = range(sentence - _BEFORE, sentence + _AFTER + 1)
    named = _one_state(mentions, lambda m: m.sentence_index in window) or ""
    if not named:
        return ""
    place = sentence_place(parse, parse.sentences[sentence])
    if place is not None and place.country:
        return named if place.country == named else ""
    forces = any(
        m.actor is not None and m.actor.principal == named and m.actor.role in _FORCE_ROLES
        for m in mentions
        if m.sentence_index == sentence
    )
    if not forces:
        return named
    dateline = resolve_place(article.dateline) if article.dateline else None
    return named if dateline is not None and dateline.country == named else ""


@lru_cache(maxsize=1)
def _own_patterns() -> PatternSet:
    """The domestic vocabulary (verbs and nouns of data/events/domestic.yaml): acts of a
    state's own people and of its rulers on them (protests, strikes, dispersals, bans) that
    our guidelines never code between states."""
    text = resources.files("newsgraph.data").joinpath("events/domestic.yaml").read_text("utf-8")
    return compile_patterns(parse_patterns(text))


@lru_cache(maxsize=1)
def purpose_verbs() -> frozenset[str]:
    """Verbs of a protest's aim (domestic.yaml purpose_verbs) that the slot `purpose` reads:
    "marched to demand ...", not "rallied to support ..." or "to celebrate ..."."""
    return frozenset(str(w).lower() for w in load_data("events/domestic.yaml")["purpose_verbs"])


def with_domestic(base: PatternSet) -> PatternSet:
    """The base patterns with the domestic ones tried first for their lemmas (the domestic
    pass only: its events count when both sides belong to one state)."""
    own = _own_patterns()

    def merged(
        first: dict[str, tuple[Pattern, ...]], then: dict[str, tuple[Pattern, ...]]
    ) -> dict[str, tuple[Pattern, ...]]:
        return {k: first.get(k, ()) + then.get(k, ()) for k in first.keys() | then.keys()}

    return PatternSet(merged(own.verbs, base.verbs), merged(own.nouns, base.nouns))


def _common_noun(t: Token) -> bool:
    """A noun, or a common noun capitalised as a sentence's first word and so tagged a name
    ("Protesters were dispersed by police"): no entity, lowercase after its first letter."""
    return t.pos == "NOUN" or (t.pos == "PROPN" and not t.ent_type and t.text[1:].islower())


def _name(mentions: Sequence[Mention], state: str) -> str:
    """The state's name as the actors stage gives it ("Kenya")."""
    return next((m.actor.name for m in mentions if m.actor and m.actor.principal == state), "")


def domestic_mentions(
    article: Article, parse: Parse, mentions: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """The mentions plus one for each free role noun heading its phrase, of its sentence's state."""
    words = _role_words()
    longest = max((len(k) for k in words), default=0)
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    found = list(mentions)
    lowers = [t.text.lower() for t in parse.tokens]
    i = 0
    while i < len(parse.tokens):
        for size in range(min(longest, len(lowers) - i), 0, -1):
            key = tuple(lowers[i : i + size])
            role = words.get(key)
            last = parse.tokens[i + size - 1]
            # the actors stage may have taken the key's first words as a mention of their
            # own ("Venezuelan opposition | supporters"): the head left free is the group
            lead = i
            while lead < i + size - 1 and lead in taken:
                lead += 1
            if (
                role is None
                or taken & set(range(lead, i + size))
                or not _common_noun(last)
                or last.dep in _HEAD_DEPS
                or parse.tokens[i].sent != last.sent
            ):
                continue
            state = _state_of(article, parse, mentions, i)
            if state:
                start, end = parse.tokens[lead].start, last.end
                found.append(
                    Mention(
                        id=stable_id(article.id, "domestic", lead),
                        article_id=article.id,
                        start=start,
                        end=end,
                        text=article.text[start:end],
                        sentence_index=last.sent,
                        token_start=lead,
                        token_end=i + size,
                        kind="group",
                        actor=Actor(state + role, state, role, _name(mentions, state)),
                    )
                )
            i += size - 1
            break
        i += 1
    return tuple(sorted(found, key=lambda m: m.token_start))
