"""Event patterns: loading the YAML dictionary and compiling it into lemma-keyed tables."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


from newsgraph.errors import NewsgraphError
from newsgraph.data import load_yaml_text


class PatternError(NewsgraphError):
    """A pattern file could not be read."""

    code = "NG501"


@dataclass(frozen=True, slots=True)
class Refinement:
    """Words under the trigger that pick a more specific CAMEO code."""

    words: frozenset[str]
    code: str


@dataclass(frozen=True, slots=True)
class Pattern:
    """One verb or noun pattern; see data/events/patterns.yaml for the fields."""

    id: str
    kind: str  # "verb" or "noun"
    lemmas: tuple[str, ...]
    code: str
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    subject_roles: frozenset[str] = frozenset()
    object_kinds: tuple[str, ...] = ()
    object_words: frozenset[str] = frozenset()
    # the matched object noun's own modifiers, one of which it needs: "military pressure" is
    # a show of force, where "pressure on Kyiv to accept military aid" asks for arms
    object_mods: frozenset[str] = frozenset()
    unless_words: frozenset[str] = frozenset()
    # words that undo the act only inside the phrase of a noun of clause_words: "our largest
    # trading partner", "a partner in trade" are a standing, while "a friend for centuries,
    # through faith and through trade" is still a friend
    unless_phrase_words: frozenset[str] = frozenset()
    # a naming verb's name words that outweigh its unless_words: a wrong named with a word of
    # praise is still blame ("a great mistake", "a victory for foreign interference")
    outweigh_words: frozenset[str] = frozenset()
    reciprocal: bool = False
    intent: bool = False
    between: bool = False
    stated_order: bool = False  # a between-pair codes only first-named > second-named
    no_object: bool = False
    place_target: bool = False
    reverse: bool = False
    no_intent: bool = False
    # a reported judgement's target only as the author its act noun names ("said Japan's offer
    # was generous"), never the act just told ("a step Beijing said was welcome")
    named_author: bool = False
    refine_object: bool = False
    reaction: bool = False
    # a figurative sense of its trigger word, read only with its listed objects ("attacked
    # Ethiopia's stance": words, no force): the word's act roots leave it out, so "the
    # attack" and "which was attacked" stay force (context._act_roots)
    figurative: bool = False
    when_negated: bool = False
    # a target reached as the victim of a hostile act the trigger governs is spared, not acted
    # on: "opposed sanctioning Venezuela", "refused to back sanctions on Russia" reject no one
    spares_victims: bool = False
    future_code: str = ""
    # the code of an opening capped by its count ("will allow only 40 observers": 1245, a
    # refusal of the outside involvement asked for, no access given; extract._capped_count)
    capped_code: str = ""
    ongoing_code: str = ""  # "had been negotiating a deal": talks under way, no deal yet
    # the code of the act done to a private national the pattern's own root does not reach
    # ("charged a Danish journalist": legal action on the person, 173; extract._private_party)
    private_code: str = ""
    future_only: bool = False  # "would respond", "vowed to respond": said of the act ahead
    factual_ccomp_code: str = ""
    clause_words: frozenset[str] = frozenset()
    # the target must be its slot's own noun ("left the OSCE"), not a modifier or a phrase
    # under it ("ditched the EU plan", "a Greek fishing company"), and that noun none of
    # unless_heads ("left the NATO base")
    head_target: bool = False
    unless_heads: frozenset[str] = frozenset()
    # direct objects that give the trigger another sense ("met its target", "met the deadline")
    unless_objects: frozenset[str] = frozenset()
    # objects of the target slots' prepositions that do the same ("clashed with the court": a
    # court is fought in words only, while "clashed near the court house" is still a clash)
    unless_prep_objects: frozenset[str] = frozenset()
    # the prepositions unless_prep_objects reads instead of the target slots' ("hit with
    # tariffs": the means of the blow, under no target preposition)
    unless_preps: frozenset[str] = frozenset()
    # subject words that give the trigger no act: an ambassador who is or stays in a capital
    # is posted there ("the Hungarian ambassador would stay in Warsaw"), no visitor
    unless_subject: frozenset[str] = frozenset()
    # subject words the trigger needs: arriving peacekeepers keep a peace ("NATO peacekeeping
    # troops arrived in Kosovo"), other troops may come to invade
    subject_words: frozenset[str] = frozenset()
    # "state": the target is a state named as the slot's noun, its possessor, or a modifier
    # of its government, envoy or forces (role_nouns, agent_nouns), not of any other noun
    # ("leaned on Turkish support"); "force": only a modifier of its forces ("fired a warning
    # shot at North Korean soldiers", not "at Italy over its budget"); "ties": as "state", or a
    # modifier of the dealings its refine words name; "culprit": no victim of a mishap ("an
    # inquiry into the crash of a Ukrainian airliner")
    target_kind: str = ""
    refine: tuple[Refinement, ...] = ()
    confidence: float = 0.9

    @property
    def target_preps(self) -> frozenset[str]:
        """The prepositions of the pattern's "prep:a|b" target slots."""
        return frozenset(
            w for slot in self.target if slot.startswith("prep:") for w in slot[5:].split("|")
        )


@lru_cache(maxsize=None)
def slot_parts(slot: str) -> tuple[str, frozenset[str]]:
    """A target slot's kind and words ("prep:at|in" -> "prep", {"at", "in"}), split once per
    slot: the event stage reads a pattern's slots at every try."""
    name, _, arg = slot.partition(":")
    return name, frozenset(arg.split("|")) if arg else frozenset()


@dataclass(frozen=True, slots=True)
class PatternSet:
    """Patterns keyed by trigger lemma, so matching a token is one dict lookup."""

    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]


def _words(value: Any) -> frozenset[str]:
    """A word list; an item that is itself a list (a YAML alias of a shared list, as in
    "[*wrong_names, trade]") adds its words."""
    items = (w for v in (value or ()) for w in (v if isinstance(v, list) else (v,)))
    return frozenset(str(w).lower() for w in items)


def _pattern(entry: dict[str, Any], kind: str) -> Pattern:
    try:
        return Pattern(
            id=str(entry["id"]),
            kind=kind,
            lemmas=tuple(str(x).lower() for x in entry["lemmas"]),
            code=str(entry["code"]),
            target=tuple(entry.get("target", ("dobj",))),
            source=tuple(entry.get("source", ())),
            objects=_words(entry.get("object")),
            prep=frozenset(str(entry["prep"]).split("|")) if entry.get("prep") else frozenset(),
            needs=tuple(entry.get("needs", ())),
            forbid=tuple(entry.get("forbid", ())),
            subject=tuple(entry.get("subject", ())),
            subject_roles=frozenset(str(r) for r in entry.get("subject_roles", ())),
            object_kinds=tuple(entry.get("object_kinds", ())),
            object_words=_words(entry.get("object_words")),
            object_mods=_words(entry.get("object_mods")),
            unless_words=_words(entry.get("unless_words")),
            unless_phrase_words=_words(entry.get("unless_phrase_words")),
            outweigh_words=_words(entry.get("outweigh_words")),
            reciprocal=bool(entry.get("reciprocal", False)),
            intent=bool(entry.get("intent", False)),
            between=bool(entry.get("between", False)),
            stated_order=bool(entry.get("stated_order", False)),
            no_object=bool(entry.get("no_object", False)),
            place_target=bool(entry.get("place_target", False)),
            reverse=bool(entry.get("reverse", False)),
            no_intent=bool(entry.get("no_intent", False)),
            named_author=bool(entry.get("named_author", False)),
            refine_object=bool(entry.get("refine_object", False)),
            reaction=bool(entry.get("reaction", False)),
            figurative=bool(entry.get("figurative", False)),
            spares_victims=bool(entry.get("spares_victims", False)),
            when_negated=bool(entry.get("when_negated", False)),
            future_code=str(entry.get("future_code", "")),
            capped_code=str(entry.get("capped_code", "")),
            ongoing_code=str(entry.get("ongoing_code", "")),
            private_code=str(entry.get("private_code", "")),
            future_only=bool(entry.get("future_only", False)),
            factual_ccomp_code=str(entry.get("factual_ccomp_code", "")),
            clause_words=_words(entry.get("clause_words")),
            head_target=bool(entry.get("head_target", False)),
            unless_heads=_words(entry.get("unless_heads")),
            unless_objects=_words(entry.get("unless_objects")),
            unless_prep_objects=_words(entry.get("unless_prep_objects")),
            unless_preps=_words(entry.get("unless_preps")),
            unless_subject=_words(entry.get("unless_subject")),
            subject_words=_words(entry.get("subject_words")),
            target_kind=str(entry.get("target_kind", "")),
            refine=tuple(
                Refinement(_words(r["words"]), str(r["code"])) for r in entry.get("refine", ())
            ),
            confidence=float(entry.get("confidence", 0.9 if kind == "verb" else 0.7)),
        )
    except (KeyError, TypeError) as exc:
        raise PatternError(f"bad pattern entry {entry!r}: {exc}") from exc


def compile_patterns(patterns: tuple[Pattern, ...]) -> PatternSet:
    """Index patterns by lemma, keeping file order within a lemma."""
    verbs: dict[str, list[Pattern]] = defaultdict(list)
    nouns: dict[str, list[Pattern]] = defaultdict(list)
    for p in patterns:
        table = verbs if p.kind == "verb" else nouns
        for lemma in p.lemmas:
            table[lemma].append(p)
    return PatternSet(
        {k: tuple(v) for k, v in verbs.items()}, {k: tuple(v) for k, v in nouns.items()}
    )


def parse_patterns(text: str) -> tuple[Pattern, ...]:
    """Patterns from the text of a YAML pattern file."""
    raw = load_yaml_text(text) or {}
    out = [_pattern(e, "verb") for e in raw.get("verbs", ())]
    out += [_pattern(e, "noun") for e in raw.get("nouns", ())]
    ids = [p.id for p in out]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise PatternError(f"duplicate pattern ids: {dupes}")
    return tuple(out)


@lru_cache(maxsize=8)
def load_patterns(path: str = "") -> PatternSet:
    """The compiled pattern set: ours by default, or a YAML file given by path."""
    if path:
        text = Path(path).read_text("utf-8")
    else:
        text = resources.files("newsgraph").joinpath("data/events/patterns.yaml").read_text("utf-8")
    return compile_patterns(parse_patterns(text))
