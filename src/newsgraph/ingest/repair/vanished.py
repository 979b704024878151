"""Restore characters that vanished without a trace: UTF-8 decoded with a
CJK codec under 'ignore' (big5, euc_kr, euc_jp) drops every byte of ’ “ ” — ….

What such damage leaves: words that need an apostrophe ("dont", "Ukraines",
"countrys"), two spaces where a spaced dash was, a speech attribution with
no quote marks around the speech ("We will stay, he said."). Restoration
runs only on a document with such damage: one diagnosed by repaired CJK
mojibake elsewhere (restore), or a pure-ASCII document whose own traces are
strong (restore_ascii). Everything is data-driven from vanished.yaml.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newsgraph.ingest.repair.config import load_config
from newsgraph.ingest.repair.lexicon import english_words, is_word, known_names, word_classes
from newsgraph.model import RepairFix

log = logging.getLogger(__name__)

_WORD = re.compile(r"\b[A-Za-z]+\b")
_DOUBLE_SPACE = re.compile(r"  (?=[A-Za-z0-9])")
# A word ending in "s" before another word: a possessive whose ’ vanished?
# Only these can be a possessive here: a capitalised word, a lower-case one in
# consonant + "ys", or one after "the" (the other rules need nothing else).
# Three patterns with a fixed start each: the regex engine scans for it fast.
_S_WORDS = (
    re.compile(r"[A-Z][^\W\d_]*s\b(?= [A-Za-z0-9$])"),  # any letters: "Martís"
    re.compile(r"ys\b(?= [A-Za-z0-9$])"),
    re.compile(r"the [a-z]+s\b(?= [a-z0-9])"),
    re.compile(r"(?:this|last|next) [a-z]+s\b(?= [A-Za-z0-9$])"),
)
_WORD_BEFORE = re.compile(r"[a-z]*[b-df-hj-np-tv-xz]$")


def _owner_plurals(text: str, owners: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of the owner nouns + "s" before a lower-case word, a number or a
    sum, wherever they stand, but not at a sentence start ("The nations
    leaders met": a plural's or not). A literal search per noun: a regex
    alternation would be tried at every position."""
    for noun in owners:
        key = noun + "s "
        i = text.find(key)
        while i >= 0:
            end = i + len(key) - 1
            prev = text[i - 1] if i else " "
            nxt = text[end + 1 : end + 2]
            if (
                not prev.isalnum()
                and prev not in "'\u2019.-"
                and text[max(0, i - 4) : i] != "The "
                and (nxt.islower() or nxt.isdigit() or nxt == "$")
            ):
                yield i, end
            i = text.find(key, end)


def _s_words(text: str, owners: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans of the words that may be possessives that lost their ’ (see _S_WORDS),
    and of the `owners` nouns + "s" wherever they stand (_owner_plurals)."""
    spans: set[tuple[int, int]] = set(_owner_plurals(text, owners))
    for m in _S_WORDS[0].finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalpha():
            spans.add(m.span())
    for m in _S_WORDS[1].finditer(text):
        stem = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if stem is not None and stem.start() < m.start():
            s = stem.start()
            if s == 0 or not text[s - 1].isalpha():
                spans.add((s, m.end()))
    for m in _S_WORDS[2].finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalpha():
            spans.add((m.start() + 4, m.end()))
    for m in _S_WORDS[3].finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalpha():
            spans.add((m.start() + m.group().index(" ") + 1, m.end()))
    return sorted(spans)


_PREV_WORD = re.compile(r"([A-Za-z]+)\W*$")
# A contraction with a straight apostrophe: this text types them straight, and
# they survive every decode; then "dont" is a typo, not damage. (Possessives
# are not telling: news text mixes "bloc's" with "Taiwan’s".)
_STRAIGHT_APOSTROPHE = re.compile(r"'(?:t|re|ve|ll|m|d|s)\b")
_STRAIGHT_S_OF = frozenset({"it", "that", "what", "there", "he", "she", "who"})


def _straight_contractions(text: str) -> Iterator[int]:
    """Offsets of contractions typed with a straight apostrophe ("can't", "it's")."""
    if "'" not in text:
        return
    for m in _STRAIGHT_APOSTROPHE.finditer(text):
        i = m.start()
        tail = m.group()
        if tail == "'s":
            word = _PREV_WORD.search(text, max(0, i - 12), i)
            if word is not None and word.group(1).lower() in _STRAIGHT_S_OF:
                yield i
        elif tail == "'t":
            if text[i - 1 : i] in ("n", "N"):
                yield i
        elif i and text[i - 1].isalpha():
            yield i


# A possessive typed with a straight apostrophe ("Korea's"): news feeds mix it with curly
# ones, so it does not close a text to repair as "can't" does, but one lone trace beside it
# is more likely a plural ("the drills every year") than damage, which leaves many.
_STRAIGHT_POSSESSIVE = re.compile(r"[A-Za-z]'s\b")


_OPEN_Q = "\u201c"
_CLOSE_Q = "\u201d"

# A character of a paragraph's first sentence: no sentence end, but the stops
# of abbreviations ("U.S.", "U.N.", "J. Smith") are no sentence end either
# ("Asked about the U.S. vote, she told VOA, We ..." is a lead-in).
_FIRST_SENTENCE_CHAR = r"(?:[^.!?]|\.(?! )|(?<=\b[A-Z])\.)"
_FIRST_SENTENCE = re.compile(rf"{_FIRST_SENTENCE_CHAR}*")
# A word after a lead-in's verb: stops only inside it or after a capital
# ("told the U.S. Senate, We"), never a sentence end ("told reporters the
# deal was near. Later, Trump ..." leads nothing in).
_WORD_NO_STOP = r"(?:\w|\.(?=\w)|(?<=\b[A-Z])\.)+"


@dataclass(frozen=True, slots=True)
class _Rules:
    """The restoration rules compiled from vanished.yaml."""

    probe: str
    contractions: dict[str, str]
    dash: str
    dash_not_after: str
    not_after: frozenset[str]
    not_endings: tuple[str, ...]
    possessive_confidence: float
    plural_names: frozenset[str]
    cues_after: frozenset[str]
    cue_confidence: float
    noun_possessive_confidence: float
    weak_traces_to_open: int
    lone_dash_confidence: float
    verbs_after_subject: frozenset[str]
    owner_after: frozenset[str]
    time_nouns: frozenset[str]
    owner_nouns: frozenset[str]
    owner_determiners: frozenset[str]
    plurals_after_the: frozenset[str]
    group_plurals: frozenset[str]
    phrases: dict[str, str]
    max_year_span: int
    range_confidence: float
    name_noun_verb_confidence: float
    suggestion_confidence: float
    not_before_speech_verb: frozenset[str]
    inverted_ok: frozenset[str]
    not_before: frozenset[str]
    lexical_possessive_confidence: float
    its_before: frozenset[str]
    its_confidence: float
    its_before_sure: frozenset[str]
    speech: re.Pattern[str]
    contraction_words: re.Pattern[str]
    lead_in: re.Pattern[str]
    subordinate: re.Pattern[str]
    max_attribution_words: int
    max_words_after_verb: int
    max_inverted_subject_words: int
    after_verb: frozenset[str]
    max_name_words: int
    not_speech_after: frozenset[str]
    to_whom: frozenset[str]
    min_quote_words: int
    quote_confidence: float
    dateline_not_first: frozenset[str]
    dateline_min_sentence_words: int
    dateline_confidence: float
    straight_quote_confidence: float
    unclosed_quote_confidence: float
    min_traces_beside_straight: int
    min_traces_beside_possessives: int
    traces_per_straight: int
    context_contractions: dict[str, tuple[str, frozenset[str], frozenset[str]]]
    own_name_before: str
    coordinators: frozenset[str]
    known_name_files: tuple[str, ...]
    known_name_keys: frozenset[str]


def _trie(words: list[str]) -> str:
    """One regex group matching any of `words`, as a trie (Python's re tries
    the alternatives of a flat group one by one at every position: slow)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(root)


@functools.cache
def _rules() -> _Rules:
    from newsgraph.ingest.repair.config import _load_yaml

    raw: dict[str, Any] = _load_yaml("vanished.yaml")
    for key, value in raw.items():
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            # YAML reads bare on / no / true as booleans: quote them in the file.
            raise ValueError(f"vanished.yaml: {key} holds a non-string item")
    verbs = _trie(raw["speech_verbs"])
    starts = "".join(sorted({w[0] for w in raw["speech_verbs"]}))
    return _Rules(
        probe=str(raw["probe"]),
        contractions={k: v for k, v in raw["contractions"].items() if v},
        dash=str(raw["dash"]),
        dash_not_after=str(raw["dash_not_after"]),
        not_after=frozenset(raw["possessive_not_after"]),
        not_endings=tuple(raw["possessive_not_stem_endings"]),
        possessive_confidence=float(raw["possessive_confidence"]),
        plural_names=frozenset(raw["plural_names"]),
        cues_after=frozenset(raw["possessive_cues_after"]),
        cue_confidence=float(raw["cue_confidence"]),
        noun_possessive_confidence=float(raw["noun_possessive_confidence"]),
        weak_traces_to_open=int(raw["weak_traces_to_open"]),
        lone_dash_confidence=float(raw["lone_dash_confidence"]),
        verbs_after_subject=frozenset(raw["verbs_after_subject"]),
        owner_after=frozenset(raw["possessive_owner_after"]),
        time_nouns=frozenset(raw["time_nouns"]),
        owner_nouns=frozenset(raw["owner_nouns"]),
        owner_determiners=frozenset(raw["owner_determiners"]),
        plurals_after_the=frozenset(raw["plurals_after_the"]),
        group_plurals=frozenset(raw["group_plurals"]),
        phrases={str(k): str(v) for k, v in raw["possessive_phrases"].items()},
        max_year_span=int(raw["max_year_span"]),
        range_confidence=float(raw["range_confidence"]),
        name_noun_verb_confidence=float(raw["name_noun_verb_confidence"]),
        suggestion_confidence=float(raw["suggestion_confidence"]),
        not_before_speech_verb=frozenset(raw["not_before_speech_verb"]),
        inverted_ok=frozenset(raw["inverted_speech_verbs"]),
        not_before=frozenset(raw["possessive_not_before"]),
        lexical_possessive_confidence=float(raw["lexical_possessive_confidence"]),
        its_before=frozenset(raw["its_before"]),
        its_confidence=float(raw["its_confidence"]),
        its_before_sure=frozenset(raw["its_before_sure"]),
        speech=re.compile(rf"(?<![\w])(?=[{starts}]){verbs}\b"),
        contraction_words=re.compile(
            r"(?i)(?<![A-Za-z])(?=["
            + "".join(sorted({w[0] for w in [*raw["contractions"], "its"]}))
            + "])"
            + _trie([*raw["contractions"], "its"])
            + r"\b"
        ),
        lead_in=re.compile(
            rf"\b(?P<verb>{_trie([*raw['speech_verbs'], *raw['lead_in_only']])})"
            rf"(?: (?!that\b){_WORD_NO_STOP}){{0,{int(raw['max_words_after_verb'])}}}?[,:] (?=[A-Z])"
        ),
        subordinate=re.compile(r"(?i)\b(?:" + "|".join(raw["lead_in_not_in_clause"]) + r")\b"),
        max_attribution_words=int(raw["max_attribution_words"]),
        max_words_after_verb=int(raw["max_words_after_verb"]),
        max_inverted_subject_words=int(raw["max_inverted_subject_words"]),
        after_verb=frozenset(raw["after_speech_verb"]),
        max_name_words=int(raw["max_name_words"]),
        not_speech_after=frozenset(raw["not_speech_after_attribution"]),
        to_whom=frozenset(raw["speech_to_whom"]),
        min_quote_words=int(raw["min_quote_words"]),
        quote_confidence=float(raw["quote_confidence"]),
        dateline_not_first=frozenset(raw["dateline_not_first"]),
        dateline_min_sentence_words=int(raw["dateline_min_sentence_words"]),
        dateline_confidence=float(raw["dateline_confidence"]),
        straight_quote_confidence=float(raw["straight_quote_confidence"]),
        unclosed_quote_confidence=float(raw["unclosed_quote_confidence"]),
        min_traces_beside_straight=int(raw["min_traces_beside_straight"]),
        min_traces_beside_possessives=int(raw["min_traces_beside_possessives"]),
        traces_per_straight=int(raw["traces_per_straight"]),
        context_contractions={
            str(word): (
                str(spec["restored"]),
                frozenset(spec["after"]),
                frozenset(spec.get("after_word", ())),
            )
            for word, spec in raw["context_contractions"].items()
        },
        own_name_before=str(raw["own_name_before"]),
        coordinators=frozenset(raw["own_name_coordinators"]),
        known_name_files=tuple(raw["known_name_files"]),
        known_name_keys=frozenset(raw["known_name_keys"]),
    )


def is_dateline_place(place: str) -> bool:
    """Can `place` ("WASHINGTON", "Taipei, Taiwan", "white house") open a dateline?

    At most four words, all capitalised or all lower case, the first no
    function word ("The deal", "But they" open sentences).
    """
    words = place.replace(",", " ").split()
    if not words or len(words) > 4 or words[0].lower() in _rules().dateline_not_first:
        return False
    return all(w[:1].isupper() for w in words) or all(w.islower() for w in words)


def function_words() -> frozenset[str]:
    """Words a possessive never stands before ("and", "we", "said", ...)."""
    return _rules().not_before


@functools.cache
def vanishing_codecs() -> frozenset[str]:
    """Codecs of the config whose 'ignore' decode drops every probe character."""
    probe = _rules().probe
    return frozenset(
        spec.name
        for spec in load_config().codecs
        if all(ch.encode("utf-8").decode(spec.name, "ignore") == "" for ch in probe)
    )


def diagnose(text: str, fixes: tuple[RepairFix, ...] | list[RepairFix]) -> str | None:
    """The vanishing codec that damaged `text`, or None.

    Evidence: at least one run was repaired as that codec's mojibake, no
    U+FFFD (a 'replace' decode) and none of the probe characters survive.
    """
    if "\ufffd" in text or any(ch in text for ch in _rules().probe):
        return None
    for f in fixes:
        if "\ufffd" in f.original:
            return None
    found = [
        name
        for f in fixes
        for name in [f.codecs.split(">")[1].split(":")[0]]
        if name in vanishing_codecs()
    ]
    return found[0] if found else None


def _match_case(word: str, restored: str) -> str:
    if word.isupper() and len(word) > 1:
        return restored.upper()
    if word[0].isupper():
        return restored[0].upper() + restored[1:]
    return restored


# One proposed restoration: (start, end, original, replacement, confidence, strong).
# `strong` marks a trace clean text does not show (it can open the ASCII gate).
_Hit = tuple[int, int, str, str, float, bool]


def _word_at(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole word (no letter on either side)?"""
    return (start == 0 or not text[start - 1].isalpha()) and (
        end >= len(text) or not text[end].isalpha()
    )


def _contraction_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    # Each key is searched as a literal in the lower-cased text (fast), only
    # when it occurs at all; a flat alternation would be tried at every position.
    lowered = text.lower()
    for key, restored in rules.contractions.items():
        if key not in lowered:
            continue
        for m in re.finditer(key, lowered):
            s, e = m.span()
            if _word_at(text, s, e):
                word = text[s:e]
                yield s, e, word, _match_case(word, restored), 0.9, True
    for m in _ITS.finditer(lowered):
        s, e = m.start(), m.start() + 3
        if not _word_at(text, s, e):
            continue
        following = m.group(1)
        word = text[s:e]
        restored = _match_case(word, "it\u2019s")
        if following in rules.its_before_sure:
            # "its a", "its not": no possessive stands there.
            yield s, e, word, restored, 0.9, True
        elif following in rules.its_before:
            yield s, e, word, restored, rules.its_confidence, False


_ITS = re.compile(r"its ([a-z]+)")


# A paragraph laid out with spaces (three or more, tabs) or typing its dashes
# in ASCII ("--", " - ") has double spaces of its own: they are no trace there.
_LAYOUT = re.compile(r"   |\t| - |--")


def _dash_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    if "  " not in text:
        return
    laid_out: dict[int, bool] = {}
    for m in _DOUBLE_SPACE.finditer(text):
        start = _paragraph_of(text, m.start())
        if start not in laid_out:
            end = text.find("\n", m.start())
            laid_out[start] = _LAYOUT.search(text, start, len(text) if end < 0 else end) is not None
        if laid_out[start]:
            continue
        if m.start() == 0 or text[m.start() - 1].isspace():
            continue
        if text[m.start() - 1] in rules.dash_not_after:
            continue
        yield m.start(), m.end(), "  ", f" {rules.dash} ", 0.7, True


_SENTENCE_START = re.compile(r"(?:^|\n\W*|[.!?:]\W*\s)$")
# A lower-case plural never ends in consonant + "ys" ("countries"): "countrys" lost an ’.
_YS = re.compile(r"[^aeiouy]y$")


_ADJECTIVE = frozenset({"adj"})


def _match_plural_adjective(text: str, end: int, after: str) -> bool:
    """Is the adjective after the plural predicative or postposed ("the
    rights involved", "the countries concerned.")? Then no noun follows it."""
    following = _WORD.match(text, end + len(after) + 2)
    return following is None or not text[end + 1 + len(after) : end + 2 + len(after)] == " "


def _headline(text: str, pos: int) -> bool:
    """Is the line holding `pos` in Title Case (most of its words capitalised)?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if text[start : len(text) if end < 0 else end].rstrip().endswith("."):
        return False  # a sentence full of names ("Ukraines Foreign Minister ... said.")
    words = _WORD.findall(text, start, len(text) if end < 0 else end)
    return 2 * sum(1 for w in words if w[0].isupper()) > len(words)


def _name_context(text: str, start: int, after: str) -> bool:
    """Not inside a Title Case heading ("Chinese Hackers Target Telecoms In ..."),
    and at a sentence start only before a word that is no verb."""
    if _SENTENCE_START.search(text, max(0, start - 8), start):
        classes = word_classes(after.lower())
        if after[:1].isupper():
            return not _headline(text, start)  # "Russias Defense Ministry said"
        return bool(classes) and "verb" not in classes
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[0].isupper() or not after[:1].isupper():
        return True
    # A Title Case run ("Hackers Target Telecoms In") has single spaces; after
    # punctuation ("On Friday, Chinas Ministry") the name stands in a sentence.
    return text[before.end(1) : start] != " " and not _headline(text, start)


def _subject_name(text: str, name: str, rules: _Rules) -> bool:
    """Does the text make `name` the subject of a verb ("Trump said", "Lula
    has urged", "Trump grasped")? Then it is a name, whose "s" form is a
    possessive, not a plural. The verb is a speech verb, one of
    `verbs_after_subject` or a word the lexicon knows only as a verb. A
    literal search for the name: a regex over every capitalised word would
    cost clean text a pass of its own."""
    key = name + " "
    i = text.find(key)
    while i >= 0:
        if i == 0 or not text[i - 1].isalnum():
            m = _LOWER_WORD.match(text, i + len(key))
            if m is not None:
                verb = m.group()
                if (
                    verb in rules.verbs_after_subject
                    or rules.speech.fullmatch(verb) is not None
                    or word_classes(verb) == _VERB
                ):
                    return True
        i = text.find(key, i + 1)
    return False


_LOWER_WORD = re.compile(r"[a-z]{2,}\b")


_VERB = frozenset({"verb"})


def _named_owner(text: str, start: int, end: int, word: str, after: str, rules: _Rules) -> bool:
    """Is `word` (a subject name + "s") a possessive before `after`?

    The name takes no plural ("Trumps Cabinet picks", "Trumps January
    visit", "Trumps political allies"), unless it names a group ("Democrats",
    "Islands": the plural lists) or follows a determiner or a quantifier
    ("the Kennedys", "two Trumps"; "of", "and" do not count: "of Trumps
    Cabinet"). What follows must be able to stand after an owner: a name, a
    number or a sum, a noun or an adjective (not a verb: "Cooks said"),
    never a function word. Not in a Title Case heading.
    """
    if word in rules.plural_names or word in rules.group_plurals:
        return False
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    prev = before.group(1) if before is not None else ""
    if prev.lower() in rules.not_after and prev.lower() not in rules.owner_after:
        return False  # "two Trumps", "both Bidens"; but "of Trumps Cabinet"
    if _determiner(prev, rules):
        return False
    nxt = text[end + 1 : end + 2]
    if not (nxt.isdigit() or nxt == "$"):
        if not after or after.lower() in rules.not_before:
            return False
        if not after[:1].isupper():
            classes = word_classes(after)
            if not classes or (
                "verb" in classes and not _noun_reading(text, end, after, rules, punct=False)
            ):
                return False
    return not _headline(text, start)


# A capitalised word in -s, with what stands right before and after it.
_CAPITAL_S = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]*s(?![^\W\d_])")
# Any word, accented letters included ("Lourenço").
_ANY_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _OwnNames:
    """What a document shows of its capitalised words in -s: is one a name of
    its own ("Chagos", "Paros", "Santos") rather than a possessive whose ’
    vanished ("Kyivs", "Blinkens")?

    A possessive's owner is nearly always named without it too ("Kyiv said
    ... Kyivs effort"); a name in -s is never written without its "s". And a
    name stands where no possessive can: before punctuation or a function
    word ("in Paros,", "Santos said"), after "the" ("the Chagos islands").
    Built once per document, in one pass over its words.
    """

    words: frozenset[str]  # every word form of the document
    unowned: frozenset[str]  # words in -s where no possessive stands
    after_the: frozenset[str]  # words in -s right after "the"
    known: frozenset[str]  # the last words of the gazetteer's names ("Jinping")

    @classmethod
    def of(cls, text: str, rules: _Rules) -> _OwnNames:
        unowned: set[str] = set()
        after_the: set[str] = set()
        for m in _CAPITAL_S.finditer(text):
            word, end = m.group(), m.end()
            nxt = text[end : end + 1]
            if nxt in ("", "\n") or nxt in rules.own_name_before:
                unowned.add(word)
            elif nxt == " ":
                following = _ANY_WORD.match(text, end + 1)
                follower = "" if following is None else following.group()
                if (
                    follower in rules.not_before and follower not in rules.coordinators
                ) or follower.lower() in rules.contractions:
                    # "Santos said", "Paros in", "Paros dont"; not "Russias and Chinas"
                    unowned.add(word)
            if text[max(0, m.start() - 4) : m.start()] in ("the ", "The "):
                after_the.add(word)
        return cls(
            frozenset(_ANY_WORD.findall(text)),
            frozenset(unowned),
            frozenset(after_the),
            known_names(rules.known_name_files, rules.known_name_keys),
        )

    def own_name(self, word: str) -> bool:
        """Is capitalised `word` (a name + "s"?) a name in -s of its own here?

        The gazetteer tells first ("Buenos Aires", "Tedros"). A stem it
        names is an owner wherever its other mentions stand: "Russias," may
        open a list of owners ("Russias, Chinas and Irans leaders") and
        "Chinas not" is "China is not", so one such mention must not stop
        "Chinas foreign minister", unless that mention also follows "the" as
        a plural does ("The Samoas,"). For any other word, one mention where
        no possessive stands tells ("Rhodes, the island": the lexicon's
        "Rhode" is no owner there). A stem the lexicon does not know either must also
        be named alone in the document and never follow "the", unless it is
        an acronym.
        """
        if word in self.known:
            return True
        stem = word[:-1]
        if stem in self.known:
            # "Xi Jinpings visit", "Russias envoy": a named owner; but a state's name in
            # the plural takes "the" and stands where no possessive can ("The Samoas,
            # American and independent, ... The Samoas economy").
            return word in self.after_the and word in self.unowned
        if word in self.unowned:
            return True
        if stem.isupper() or is_word(stem):
            # "Bidens plan": a known owner; "CSISs website": no name ends in
            # an acronym + "s".
            return False
        return stem not in self.words or word in self.after_the


@functools.lru_cache(maxsize=1)
def _demonym_plurals() -> frozenset[str]:
    """The plural demonyms the state table lists beside their singular ("Haitians",
    "Afghans"): a state's people, never a name that lost its ’ ("Haitians fled", not
    "Haitian’s"), whatever the word list misses."""
    from newsgraph.data import load_data

    out: set[str] = set()
    for entry in (load_data("actors/states.yaml") or {}).values():
        adjectives = set(entry.get("adj") or ()) if isinstance(entry, dict) else set()
        out |= {a for a in adjectives if a.endswith("s") and a[:-1] in adjectives}
    return frozenset(out)


def _possessive_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    subjects: dict[str, bool] = {}  # stem -> does the text make it a subject?
    names: _OwnNames | None = None  # built at the first capitalised candidate
    for start, end in _s_words(text, rules.owner_nouns):
        word = text[start:end]
        if word in _demonym_plurals():
            continue
        stem = word[:-1]
        if len(stem) < 2 or stem.lower() in rules.contractions or word.lower() in rules.not_before:
            continue  # "Its economy grew": a function word is no owner
        lexical = not is_word(word) and stem in english_words()
        if stem.endswith(rules.not_endings) and not lexical and stem not in rules.owner_nouns:
            continue  # "Americans", "Chinese", "Houthis": plurals, unless no word
        nxt = _WORD.match(text, end + 1)
        after = nxt.group() if nxt is not None else ""
        restored = stem + "\u2019s"
        if word in rules.plurals_after_the:
            # "the Americas", "the two Koreas": without "the" or a number
            # before it and with a word after it, the name lost its ’
            # ("tied to Americas long-term security", "said Americas Iron Dome").
            before = _PREV_WORD.search(text, max(0, start - 40), start)
            prev = before.group(1).lower() if before is not None else ""
            if after and prev not in rules.not_after and after.lower() not in rules.not_before:
                yield start, end, word, restored, rules.lexical_possessive_confidence, True
            continue
        if stem[0].isupper():
            if names is None:
                names = _OwnNames.of(text, rules)
            if names.own_name(word):
                continue  # "the Chagos treaty", "Paros ferry": a name ending in -s
        if lexical and _SIBILANT.search(stem) and word not in rules.plural_names:
            # "Turkishs", "Bushs", "Foxs": a word in a sibilant takes "-es" in
            # the plural; with a bare "s" it lost its ’, wherever it stands.
            yield start, end, word, restored, rules.lexical_possessive_confidence, True
            continue
        if _name_owner(text, start, stem, after, rules):
            yield start, end, word, restored, rules.noun_possessive_confidence, True
            continue
        if subjects.get(stem, True) and _named_owner(text, start, end, word, after, rules):
            if stem not in subjects:
                subjects[stem] = len(stem) > 2 and _subject_name(text, stem, rules)
            if subjects[stem]:
                yield start, end, word, restored, rules.noun_possessive_confidence, True
                continue
        if (
            stem.isupper()
            and stem.isalpha()
            and (not after or after[:1].isupper())
            and text[end + 1 : end + 2] not in ("", "\n")
            and not _headline(text, start)
        ):
            # An acronym + "s" before a name, a number or a sum ("VOAs Turkish
            # Service", "TSMCs $65 billion"): a plural acronym ("NGOs") stands
            # before a verb or a lower-case word.
            if after or text[end + 1] in "$0123456789":
                yield start, end, word, restored, rules.noun_possessive_confidence, True
            continue
        if (
            lexical
            and stem[0].isupper()
            and not stem.isupper()
            and word not in rules.plural_names
            and after not in rules.not_before
            and _name_context(text, start, after)
        ):
            # A name that is no word with an "s", wherever it stands:
            # "of Japans late", "in Russias Kursk region", "Taiwans role".
            yield start, end, word, restored, rules.lexical_possessive_confidence, True
            continue
        before = _PREV_WORD.search(text[max(0, start - 40) : start])
        if before is not None and before.group(1).lower() in rules.not_after:
            prev = before.group(1).lower()
            if not (stem.islower() and prev == "the") and not _owner_before_noun(
                text, end, after, stem, prev, rules
            ):
                continue
        if stem.islower():
            prev = before.group(1) if before is not None else ""
            if prev in ("this", "last", "next"):
                # "this years APEC meeting", "last weeks election": a time
                # noun after "this" or "last" is singular.
                if stem in rules.time_nouns and after not in rules.not_before and after:
                    yield start, end, word, restored, rules.lexical_possessive_confidence, True
                continue
            after_classes = word_classes(after)
            if (
                _owner_determiner(before.group(1) if before is not None else "", rules)
                and stem in rules.owner_nouns
                and after not in rules.not_before
                and (
                    text[end + 1 : end + 2].isdigit()
                    or (
                        bool(after_classes)
                        and (
                            "verb" not in after_classes
                            or (
                                # After an adjective or a name only a word that
                                # is no verb ("presidential campaigns goes").
                                _determiner(prev, rules)
                                and (
                                    _singular_verb_form(after, after_classes)
                                    or _noun_reading(text, end, after, rules, punct=False)
                                )
                            )
                        )
                    )
                )
            ):
                # "the worlds poor", "the governments 2.3 million workers": these
                # nouns' plurals do not stand before a noun, adjective or number.
                yield start, end, word, restored, rules.noun_possessive_confidence, True
            elif _YS.search(stem) and not is_word(word):
                # No plural ends in consonant + "ys": "the countrys budget".
                yield start, end, word, restored, rules.lexical_possessive_confidence, True
            elif before is not None and before.group(1) == "the" and after in rules.cues_after:
                # "the nations top diplomat", "the worlds largest": a plural
                # noun does not stand before these.
                yield start, end, word, restored, rules.cue_confidence, False
            elif (
                before is not None
                and before.group(1) == "the"
                and is_word(stem)
                and word_classes(after) == _ADJECTIVE
                and not _match_plural_adjective(text, end, after)
                and _noun_follows(text, end, after)
            ):
                # "the governments civilian arm": an adjective after a plural
                # noun, before its own noun, is a possessive's ("called the
                # sanctions illegal and ...": no noun after it, a complement).
                yield start, end, word, restored, rules.noun_possessive_confidence, True
            continue
        if word in rules.plural_names or not after.islower() or after in rules.not_before:
            continue
        classes = word_classes(after)
        if classes and classes <= {"verb", "adv"}:
            continue  # "Muslims pray", "Kurds fought": a plural and its verb
        at_start = _SENTENCE_START.search(text[max(0, start - 8) : start]) is not None
        if at_start:
            # A headline or sentence start ("Disagreements between ...") is
            # only a possessive before a noun or adjective; sure only for a
            # name ("Trumps political allies"), not a plural word ("Officials").
            if classes and ("verb" not in classes or _noun_reading(text, end, after, rules)):
                # Sure only for a name: no word in -s ("Russias Defense Ministry"),
                # or a stem of no word class ("Garcias win"); a plural word opens noun
                # compounds ("Arms sales", "Markets announcement") as it opens
                # "Officials familiar with".
                sure = word.lower() not in english_words() or not word_classes(stem.lower())
                conf = rules.noun_possessive_confidence if sure else rules.possessive_confidence
                yield start, end, word, restored, conf, sure
            continue
        if lexical:
            # A name that is no word with an "s": "Ukraines president".
            yield start, end, word, restored, rules.lexical_possessive_confidence, True
        elif classes and "verb" not in classes:
            # A name before a word that can only be a noun or an adjective
            # ("Trumps efforts", "South Koreas largest", "Blinkens official").
            yield start, end, word, restored, rules.noun_possessive_confidence, True
        elif classes and _noun_reading(text, end, after, rules):
            # "Trumps win has", "Trumps return,", "Blinkens coming meetings":
            # the word after the name is a noun (or a participle before one).
            yield start, end, word, restored, rules.noun_possessive_confidence, True
        elif (
            classes
            and "noun" in classes
            and stem[0].isupper()
            and not stem.isupper()
            and word not in rules.group_plurals
            and before is not None
            and before.group(1).islower()
        ):
            # "Turkeys return to", "Trumps pledge on": a name mid-sentence (a
            # common word would be lower case) before a noun that may be a
            # verb. Names do not take a plural, groups aside ("Kurds return"):
            # applied, but unsure.
            yield start, end, word, restored, rules.name_noun_verb_confidence, True
        else:
            # "Kyivs effort", "Trumps return": a name before a word that may
            # be a verb, or that no lexicon knows.
            yield start, end, word, restored, rules.possessive_confidence, False


_NEXT = re.compile(r" ?([A-Za-z]+|[,.;:)])")
# Word endings whose plural takes "-es" ("bushes", "taxes", "churches").
_SIBILANT = re.compile(r"(?:[sxz]|[sc]h)$")


def _noun_follows(text: str, end: int, after: str) -> bool:
    """Whether the word after `after` (itself right after the candidate ending at
    `end`) may be a noun: "the governments civilian arm", not "called the sanctions
    illegal and promised"."""
    nxt = _WORD.match(text, end + 1 + len(after) + 1)
    if nxt is None or text[end + 1 + len(after) : nxt.start()] != " ":
        return False
    return "noun" in word_classes(nxt.group().lower())


def _name_owner(text: str, start: int, stem: str, after: str, rules: _Rules) -> bool:
    """A capitalised owner noun + "s" right after another capitalised word ("the
    Commerce Departments Bureau", "the US Governments exit"): the end of a
    name, and a name takes no plural unless coordinated ("the State and
    Commerce Departments said": a word of `possessive_not_before` follows)."""
    if not stem[:1].isupper() or stem.isupper() or stem.lower() not in rules.owner_nouns:
        return False
    if not after or after.lower() in rules.not_before or _headline(text, start):
        return False
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    if before is None or text[before.end(1) : start] != " ":
        return False
    prev = before.group(1)
    if stem + "s" in rules.plural_names or prev.lower() in rules.not_after:
        return False  # "the United Nations Convention"
    return prev[:1].isupper() and prev.lower() not in rules.dateline_not_first


def _determiner(prev: str, rules: _Rules) -> bool:
    """Is `prev` "the" or a singular possessive determiner ("his", "its")?"""
    return prev.lower() == "the" or prev.lower() in rules.owner_determiners


def _owner_determiner(prev: str, rules: _Rules) -> bool:
    """May an owner noun's possessive follow `prev` ("the", "his", "new", "Biden")?

    Not a quantifier or a number ("two governments", "many nations"), nor a
    function word: those stand before a plural.
    """
    low = prev.lower()
    if _determiner(prev, rules):
        return True
    return bool(prev) and low not in rules.not_after and low not in rules.not_before


def _singular_verb_form(after: str, classes: frozenset[str]) -> bool:
    """A noun-or-verb in -s ("plans", "movements") after a plural is no verb of
    it (a plural subject takes "plan"): the plural is a possessive."""
    return "noun" in classes and after.endswith("s") and not after.endswith("ss")


def _noun_reading(text: str, end: int, after: str, rules: _Rules, punct: bool = True) -> bool:
    """Is `after` (a noun or a verb) a noun here, as the next token shows?

    After a plural subject a verb takes an object or a preposition; a noun
    is followed by the sentence's verb ("win has"), by punctuation ("return,"),
    and a participle by its noun ("coming meetings").
    """
    m = _NEXT.match(text, end + 1 + len(after))
    if m is None:
        return False
    token = m.group(1)
    if not token.isalpha():
        # "Trumps return," is a noun; "Democrats won," a verb.
        return punct and not after.endswith("ed")
    if token in rules.verbs_after_subject:
        return True
    following = word_classes(token)
    if "adj" in word_classes(after) and following and following <= {"noun", "adj"}:
        return True  # "Trumps second term": an adjective before its noun
    return after.endswith("ing") and word_classes(token) == _NOUN


_NOUN = frozenset({"noun"})


def _owner_before_noun(
    text: str, end: int, after: str, stem: str, prev: str, rules: _Rules
) -> bool:
    """A name + "s" after a word that usually precedes a plural ("of", "the")
    is still a possessive before a word that can only be a noun or an
    adjective ("in light of Trumps victory", "the DRCs copper mines"). After
    "the" only an acronym: "the Balkans region" has a Title Case plural."""
    if prev not in rules.owner_after or not stem[:1].isupper() or not after.islower():
        return False
    if prev == "the" and not stem.isupper():
        return False
    classes = word_classes(after)
    return bool(classes) and "verb" not in classes and after not in rules.not_before


_PARAGRAPH = re.compile(r"[^\n]+")
# Segments of a paragraph between ", " (and after "? " "! " a quote may close).
_SEGMENT_END = re.compile(r"[,?!](?= )")


def _attribution(segment: str, rules: _Rules) -> bool:
    """Is `segment` ("he said." / "national security adviser Jake Sullivan told VOA.")
    a short speech attribution?"""
    words = segment.split()
    if len(words) < 2 or len(words) > rules.max_attribution_words:
        return False
    verb = rules.speech.search(segment)
    if verb is None:
        return False
    after = segment[verb.end() :].split()
    pre = segment[: verb.start()]
    if "," in pre:
        # An apposition follows a name: "Frances Brown, senior director ..., said".
        name = pre.split(",", 1)[0].split()
        if not name or len(name) > rules.max_name_words or not all(w[:1].isupper() for w in name):
            return False
    if any(w.lower() in rules.not_before_speech_verb for w in pre.split()):
        return False  # "was not previously announced": passive or negated, no attribution
    if verb.start() == 0:
        # Inverted: "said analysts." / "said Jake Sullivan, an adviser." ("told
        # VOA" needs a subject before it.)
        if verb.group() in rules.to_whom and verb.group() not in rules.inverted_ok:
            return False
        return 0 < len(after) <= rules.max_inverted_subject_words
    if not after:
        return True
    # "told VOA", "said in a briefing Tuesday", never "added 140 companies".
    return len(after) <= rules.max_words_after_verb and (
        after[0] in rules.after_verb or (after[0][:1].isupper() and verb.group() in rules.to_whom)
    )


# Direct speech keeps the speaker's first and second person; reported speech
# turns them into the third. Such speech with no quote marks is damage.
_PERSON = re.compile(r"(?<![A-Za-z])(?=[IWwYyMmOou])(?:I|[Ww]e|[Yy]our?|[Mm][ey]|[Oo]ur|us)\b")
# A comma or full stop (not of "U.S." mid-paragraph: at its end the stop of
# "posted on X." ends the sentence too), or the paragraph end.
_ATTRIBUTION_END = re.compile(r"(?<!\b[A-Z])[,.](?= |$)|(?<=\b[A-Z])\.$|$")
_TERMINAL = (".", "?", "!")


_INNER_END = re.compile(r"[?!;] ")


# Single quote marks opening speech quoted inside a quotation.
_NESTED_OPENERS = ("'", "\u2018")


def _attribution_end(p: str, after: int, rules: _Rules) -> re.Match[str] | None:
    """Where an attribution starting at p[after] ends (its comma or full stop), or None.

    It may hold an apposition ("Frances Brown, senior director ..., said in a
    briefing Tuesday."), but no sentence end. One that brings in speech quoted
    with single marks ('"When I came here, the minister told us, 'We will
    help.' ...') is part of the quotation, no attribution of it.
    """
    for end_m in _ATTRIBUTION_END.finditer(p, after):
        attr = p[after : end_m.start()]
        if len(attr.split()) > rules.max_attribution_words or _INNER_END.search(attr):
            return None  # too long, or a sentence ends inside ("NO TARIFFS! Trump said")
        if _attribution(attr, rules):
            if p[end_m.end() :].lstrip().startswith(_NESTED_OPENERS):
                return None
            return end_m
        if end_m.group() != ",":
            return None
    return None


# A lead-in ends in a comma or colon before a capital: paragraphs without one
# skip the lead-in search (a regex tried at every word).
_LEAD_HINT = re.compile(r"[,:] [A-Z]")
# The rest of a list of names a verb's object opens, ending in an infinitive ("urged
# Argentina, Uruguay and Paraguay to ratify"): the comma after the first name is no lead-in.
_NAME = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*"
_NAME_LIST = re.compile(rf"(?:{_NAME}, )*{_NAME},? (?:and|or) (?:the )?{_NAME} to [a-z]")


def _inverted(before: str, rules: _Rules) -> bool:
    """Does the verb of a lead-in follow a long clause and a comma ("...
    economy, said Matt Murray, U.S. official"): an inverted attribution?"""
    return before.endswith(", ") and len(before.split()) > rules.max_name_words


def _quote_hits(text: str, rules: _Rules, damaged: set[int] | None = None) -> Iterator[_Hit]:
    """Opening and closing quotes around speech whose quote marks vanished.

    Forms: "Speech, he said." / "Speech, he said. More speech." / "Speech,
    he said, more speech." / "Speech, said X, an adviser." / "He said,
    Speech." (and "noting: Speech."). The speech before an attribution starts
    the paragraph; speech after it runs to the paragraph's end.
    """
    paras = list(_PARAGRAPH.finditer(text))
    # A document that types its quotes straight and closes every one of them keeps them:
    # its paragraphs with no quote mark are reported speech, not speech whose curly
    # marks vanished (only curly marks vanish).
    typed_straight = '"' in text and all(m.group().count('"') % 2 == 0 for m in paras)
    for para in paras:
        p = para.group()
        base = para.start()
        if '"' in p:
            yield from _surviving_quote_hits(text, para, rules)
            continue
        if typed_straight or not p[:1].isupper() or not p.endswith(_TERMINAL):
            continue
        gap = _DATELINE_GAP.match(p)
        if gap is not None and is_dateline_place(gap.group(1)):
            continue  # a lede: "WASHINGTON  A hack ..., investigators said." is no quote
        yield from _paragraph_quote_hits(p, base, rules, damaged is None or base in damaged)


def _lead_in(p: str, rules: _Rules) -> re.Match[str] | None:
    """The lead-in of the first sentence of `p` ("Asked how, she told VOA, "), or None.

    Each speech verb of that sentence is tried in turn: "When asked how the
    vote went, Ann Lee told VOA, We ..." is led in by "told VOA", not "asked".
    """
    for lead in rules.lead_in.finditer(p):
        if _FIRST_SENTENCE.fullmatch(p, 0, lead.start()) is None:
            return None
        # "told VOA, It ...", "said on Monday, We ...", never "said whatever
        # comes out of the process, Washington wants ...": reported speech.
        verb_words = p[lead.end("verb") : lead.end()].rstrip(",: ").split()
        if (
            not verb_words
            or verb_words[0] in rules.after_verb
            or (verb_words[0][:1].isupper() and lead.group("verb") in rules.to_whom)
        ) and _NAME_LIST.match(p, lead.end()) is None:
            return lead
    return None


def _paragraph_quote_hits(p: str, base: int, rules: _Rules, damaged: bool) -> Iterator[_Hit]:
    """_quote_hits for one paragraph `p` starting at `base` (`damaged`: it shows
    damage of its own, so quote marks are worth proposing)."""
    conf = rules.quote_confidence
    lead = _lead_in(p, rules) if _LEAD_HINT.search(p) else None
    # "He told VOA, It will take time.": a speech verb, a comma and a
    # capital is a quote that lost its marks (unless in a clause: "As
    # he said, Russia ..." reads clean).
    sure_lead = (
        lead is not None
        and rules.subordinate.search(p, 0, lead.end()) is None
        and not _inverted(p[: lead.start("verb")], rules)
    )
    if not damaged and not sure_lead:
        if not _PERSON.search(p) and "?" not in p and "!" not in p:
            return  # nothing to gain here: its quotes could not be kept
    if lead is not None:
        if len(p[lead.end() :].split()) >= rules.min_quote_words:
            strong = sure_lead or _PERSON.search(p, lead.end()) is not None
            yield base + lead.end(), base + lead.end(), "", _OPEN_Q, conf, strong
            yield base + len(p), base + len(p), "", _CLOSE_Q, conf, strong
        return
    for cut_m in _SEGMENT_END.finditer(p):
        cut = cut_m.start()
        quoted = p[:cut]
        if len(quoted.split()) < rules.min_quote_words:
            continue
        if rules.speech.search(" ".join(quoted.split()[: rules.min_quote_words + 1])):
            break  # "He said talks ...": reported speech, not a quote
        after = cut + 2
        end_m = _attribution_end(p, after, rules)
        if end_m is None:
            continue
        attr = p[after : end_m.start()]
        punct = p[end_m.start() : end_m.end()]
        rest = end_m.end() + 1
        if punct not in (".", ","):
            break  # an attribution that does not end in punctuation
        inverted = rules.speech.match(attr) is not None
        more = rest < len(p) and (punct == "." and p[rest].isupper() or not inverted)
        if more and punct == ",":
            first = p[rest:].split(" ", 1)[0]
            more = first.endswith("ing") is False and first not in rules.not_speech_after
        more = more and len(p[rest:].split()) >= rules.min_quote_words
        if more and rules.speech.search(" ".join(p[rest:].split()[: rules.min_quote_words])):
            more = False  # "..., Hudayar told VOA. He suggested appointing ...": narration
        # Speech that asks or exclaims before its attribution ("Why now?
        # he asked.") is direct speech: reported speech has no such marks.
        strong = (
            cut_m.group() in "?!"
            or _PERSON.search(quoted) is not None
            or (more and _PERSON.search(p, rest) is not None)
        )
        yield base, base, "", _OPEN_Q, conf, strong
        yield base + cut + 1, base + cut + 1, "", _CLOSE_Q, conf, strong
        if more:
            yield base + rest, base + rest, "", _OPEN_Q, conf, strong
            yield base + len(p), base + len(p), "", _CLOSE_Q, conf, strong
        break


# Straight double quotes at a paragraph's ends: the survivors of mixed typing
# ("Speech,” he said.) whose curly partners vanished.
_TRAILING_QUOTE = re.compile(r'[.?!]"$')


def _straight_quote_hits(p: str, base: int, rules: _Rules) -> Iterator[_Hit]:
    """Curly quote marks that vanished beside surviving straight ones.

    `"Speech, he said.` (a straight opener, an attribution, no closer) and
    `"Speech, he said. More speech."` cannot be clean: the attribution sits
    inside the quote. The straight marks must be exactly the opener at the
    start and/or the closer at the end of the forms of _quote_hits; the
    missing marks are restored as curly ones (only those vanish), sure.
    """
    lead_q = p.startswith('"')
    trail_q = _TRAILING_QUOTE.search(p) is not None
    if p.count('"') != lead_q + trail_q or not (lead_q or trail_q):
        return
    inner = p[lead_q : len(p) - 1 if trail_q else len(p)]
    if not inner[:1].isupper() or not inner.endswith(_TERMINAL):
        return
    hits = list(_paragraph_quote_hits(inner, base + lead_q, rules, True))
    starts = {h[0] for h in hits}
    if (lead_q and base + 1 not in starts) or (trail_q and base + len(p) - 1 not in starts):
        return  # the straight marks are not where this form puts quote marks
    if len(hits) <= lead_q + trail_q:
        return  # nothing left to restore
    for h in hits:
        if lead_q and h[0] == base + 1 and h[3] == _OPEN_Q:
            continue
        if trail_q and h[0] == base + len(p) - 1 and h[3] == _CLOSE_Q:
            continue
        yield (*h[:4], rules.straight_quote_confidence, True)


def _surviving_quote_hits(text: str, para: re.Match[str], rules: _Rules) -> Iterator[_Hit]:
    """Curly quote marks that vanished beside the straight ones of paragraph
    `para` of `text`: the forms of _straight_quote_hits, else closers after
    unclosed straight openers (_unclosed_quote_hits)."""
    p, base = para.group(), para.start()
    hits = list(_straight_quote_hits(p, base, rules))
    if hits:
        yield from hits
        return
    following = _NEXT_CHAR.match(text, para.end())
    next_opens = None if following is None else following.group(1) in _QUOTE_MARKS
    yield from _unclosed_quote_hits(p, base, rules, next_opens)
    yield from _unopened_closer_hits(p, base, rules)


def _unopened_closer_hits(p: str, base: int, rules: _Rules) -> Iterator[_Hit]:
    """The opening quote mark that vanished before a surviving straight closer.

    Mixed typing ('“Speech," she said. "More."') loses only the curly
    opener. When the paragraph's first straight mark closes (it follows
    punctuation, not a space) and an attribution follows it, the speech
    opened where nothing before it can: at the paragraph start, or after
    its lead-in ("Asked about it, she said, "). Only when no speech verb
    stands before the closer but a lead-in's: another attribution there
    ("Speech, he told VOA. Speech," he added) leaves the opener's place open.
    """
    first = p.find('"')
    if first < 1 or _opens_quote(p, first) or p[first - 1] not in ",.?!":
        return
    if _attribution_end(p, first + 2, rules) is None:
        return
    lead = _lead_in(p, rules) if _LEAD_HINT.search(p, 0, first) else None
    start = lead.end() if lead is not None and lead.end() < first else 0
    if rules.speech.search(p, start, first) is not None:
        return
    if len(p[start:first].split()) < rules.min_quote_words:
        return
    # Where it opened is a guess when a quoted phrase began mid-sentence: unsure.
    yield base + start, base + start, "", _OPEN_Q, rules.unclosed_quote_confidence, True


_QUOTE_MARKS = "\"'\u201c\u2018"
# The first character of the next paragraph (after the line break).
_NEXT_CHAR = re.compile(r"\s*(\S)")


def _opens_quote(p: str, i: int) -> bool:
    """Does the straight quote mark p[i] open a quote? It follows the paragraph
    start, a space or a bracket, and a word (not a space) follows it."""
    before, after = p[i - 1 : i] if i else "", p[i + 1 : i + 2]
    return (not before or before.isspace() or before in "([") and after not in ("", " ")


def _unclosed_openers(p: str) -> Iterator[tuple[int, int]]:
    """(offset, end of its speech) of each straight opener of `p` that no
    straight closer follows: the next mark opens too, or none follows."""
    marks = [i for i, ch in enumerate(p) if ch == '"']
    for k, i in enumerate(marks):
        if not _opens_quote(p, i):
            continue
        stop = marks[k + 1] if k + 1 < len(marks) else len(p)
        if stop == len(p) or _opens_quote(p, stop):
            yield i, stop


def _unclosed_quote_hits(
    p: str, base: int, rules: _Rules, next_opens: bool | None
) -> Iterator[_Hit]:
    """Closing quote marks that vanished after a surviving straight opener.

    Mixed typing ('"Speech,” she said, adding, "More."') loses only the
    curly closer. A straight opener whose speech runs into an attribution
    (", she said", ", said X,") with no closer before it cannot be clean: the
    closer goes after the comma, sure. An opener left open at the end of a
    paragraph is closed there only when another paragraph follows that opens
    no quote (a quote running on into the next paragraph opens it again), or
    when the quote is a phrase opening in lower case (he said he "can work
    it out.): only whole sentences run on into another paragraph.
    """
    for start, stop in _unclosed_openers(p):
        closed = False
        for cut_m in _SEGMENT_END.finditer(p, start + 1, stop):
            cut = cut_m.start()
            if len(p[start + 1 : cut].split()) < rules.min_quote_words:
                continue
            end_m = _attribution_end(p, cut + 2, rules)
            if end_m is None or end_m.start() > stop or end_m.group() not in (".", ","):
                continue
            yield (
                base + cut + 1,
                base + cut + 1,
                "",
                _CLOSE_Q,
                rules.straight_quote_confidence,
                True,
            )
            closed = True
            break
        phrase = p[start + 1 : start + 2].islower()
        if (
            not closed
            and stop == len(p)
            and p.endswith(_TERMINAL)
            and (phrase or next_opens is False)
        ):
            end = base + len(p)
            yield end, end, "", _CLOSE_Q, rules.unclosed_quote_confidence, True


def _unbalanced_quote_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    """_surviving_quote_hits of every paragraph with an odd count of straight quote marks."""
    for para in _PARAGRAPH.finditer(text):
        if para.group().count('"') % 2:
            yield from _surviving_quote_hits(text, para, rules)


_YEARS = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)(1[89]\d\d|20\d\d)(?![\w.,])")


_EIGHT_DIGITS = re.compile(r"\d{8}")


def _range_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    """Two years run together ("(20192020)"): an en dash between them vanished."""
    if _EIGHT_DIGITS.search(text) is None:
        return
    for m in _YEARS.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if 0 < second - first <= rules.max_year_span:
            s, e = m.span()
            yield s, e, m.group(), f"{first}\u2013{second}", rules.range_confidence, True


def _phrase_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    """Fixed names that hold a possessive ("Peoples Republic", "New Years Day")."""
    for phrase, restored in rules.phrases.items():
        if phrase not in text:
            continue
        for m in re.finditer(re.escape(phrase), text):
            if _word_at(text, m.start(), m.end()):
                yield m.start(), m.end(), phrase, restored, 0.9, True


# A dateline whose dash vanished: "WASHINGTON  A hack of ..." (two spaces after
# a short place at a paragraph start, then a capitalised sentence).
_DATELINE_GAP = re.compile(
    r"(?m)^([A-Za-z][A-Za-z.,'-]*(?: [A-Za-z][A-Za-z.,'-]*){0,3})  (?=[A-Z])"
)


def _dateline_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    """The em dash of a dateline that vanished ("washington  A hack ...").

    Clean text puts a separator after a dateline's place (—, -, :, a comma),
    never two bare spaces; a layout gap is ruled out by the sentence that
    must follow and end the paragraph, and by the paragraph's layout check.
    """
    if "  " not in text:
        return
    for m in _DATELINE_GAP.finditer(text):
        if len(m.group(1)) > 40 or not is_dateline_place(m.group(1)):
            continue
        end = text.find("\n", m.end())
        body = text[m.end() : len(text) if end < 0 else end]
        if _LAYOUT.search(body):
            continue
        if len(body.split()) < rules.dateline_min_sentence_words:
            continue
        if not body.rstrip().rstrip("\"'").endswith(_TERMINAL):
            continue
        s = m.end(1)
        yield s, s + 2, "  ", f" {rules.dash} ", rules.dateline_confidence, True


# Acronyms written with full stops take no plural "s": "the U.N.s highest court".
_DOTTED_ACRONYM_S = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})s\b")
# An elided article or a Gaelic "O" before a name: "Cote dIvoire", "OBrien".
_ELISION = re.compile(r"\b(?:([dlDL])([AEIOUH][a-z]{2,})|(O)([A-Z][a-z]{2,}))\b")


def _apostrophe_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    """Apostrophes no reading needs twice: "U.N.s" (sure), "dIvoire", "OBrien"
    (unsure: only in a document diagnosed otherwise)."""
    if ".s" in text:
        for m in _DOTTED_ACRONYM_S.finditer(text):
            s, e = m.span()
            yield s, e, m.group(), m.group(1) + "\u2019s", rules.lexical_possessive_confidence, True
    for m in _ELISION.finditer(text):
        if m.start() and text[m.start() - 1] in "'_":
            continue
        head = m.group(1) or m.group(3)
        tail = m.group(2) or m.group(4)
        if text[m.end() : m.end() + 1] in ("(", "_", "=", "."):
            if text[m.end() + 1 : m.end() + 2].isalnum():
                continue  # code: "lIndex(i)", "dOffset.x"
        s, e = m.span()
        yield s, e, m.group(), head + "\u2019" + tail, rules.possessive_confidence, False


# What comes right before a sentence's first word (a slice ending there): the
# text's start, a paragraph break or a sentence end, and maybe an opening mark.
_OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?:]\W*\s)[\"'(\[]?$")


# The rest of a sentence that ends in a question mark.
_QUESTION_END = re.compile(r"[^.!?\n]*\?")


def _follower_class(follower: str, after: frozenset[str]) -> bool:
    """Does `follower` belong to a class the `after` list names: "-ing" (a
    verb's participle), "-adj" or "-adv" (a word the lexicon knows only as
    an adjective or only as an adverb: "Were eager", "Were really")?"""
    if "-ing" in after and follower.endswith("ing") and "verb" in word_classes(follower):
        return True
    classes = word_classes(follower)
    return ("-adj" in after and classes == _ADJECTIVE) or ("-adv" in after and classes == _ADVERB)


_ADVERB = frozenset({"adv"})


def _context_contraction_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    """Contractions that are also words ("Were", "Hell", "Ill", "Well"), restored
    where only the contraction reads: at a sentence start (or after a
    conjunction, for "were") before a listed word ("Were looking", "Hell also
    meet", "Well have to see")."""
    lowered = text.lower()
    for word, (restored, after, before) in rules.context_contractions.items():
        if word + " " not in lowered:
            continue
        # A literal search in the lower-cased text (fast); the case is read from `text`.
        for m in re.finditer(rf"{word} ([a-z]+)\b", lowered):
            s, e = m.start(), m.start() + len(word)
            if s and (text[s - 1].isalpha() or text[s - 1] == "'"):
                continue
            follower = text[m.start(1) : m.end(1)]
            if not follower.islower():
                continue
            if follower not in after and not _follower_class(follower, after):
                continue
            prev = _PREV_WORD.search(text, max(0, s - 20), s)
            found = text[s:e]
            # A capital after a comma starts quoted speech ("told ABC, Were
            # really disappointed"): a sentence start too.
            at_start = _OPENS_SENTENCE.search(text[max(0, s - 8) : s]) is not None or (
                found[0].isupper() and text[max(0, s - 2) : s] == ", "
            )
            if _QUESTION_END.match(text, e):
                continue  # "Were these talks useful?": the verb of a question
            if at_start:
                if not found[0].isupper():
                    continue
            elif prev is None or prev.group(1).lower() not in before or text[s - 1] != " ":
                continue
            yield s, e, found, _match_case(found, restored), 0.8, True


def _undated_dash_hits(text: str, rules: _Rules) -> Iterator[_Hit]:
    """Two-space traces other than a dateline's (which _dateline_hits judges)."""
    datelines = {h[0] for h in _dateline_hits(text, rules)}
    return (h for h in _dash_hits(text, rules) if h[0] not in datelines)


def _hits(text: str, rules: _Rules, quotes: bool) -> list[_Hit]:
    hits = [
        *_phrase_hits(text, rules),
        *_contraction_hits(text, rules),
        *_context_contraction_hits(text, rules),
        *_apostrophe_hits(text, rules),
        *_dateline_hits(text, rules),
        *_undated_dash_hits(text, rules),
        *_range_hits(text, rules),
        *_possessive_hits(text, rules),
    ]
    if quotes:
        # Unquoted speech reads like reported speech: quote marks come back
        # only in a paragraph that shows damage of its own, or first-person
        # speech (which is damage by itself).
        damaged = {_paragraph_of(text, h[0]) for h in hits if h[5]}
        for h in _quote_hits(text, rules, damaged):
            if h[5] or _paragraph_of(text, h[0]) in damaged:
                hits.append(h)
    return hits


def _paragraph_of(text: str, pos: int) -> int:
    """The start offset of the paragraph (line) holding `pos`."""
    return text.rfind("\n", 0, pos) + 1


def _to_fixes(hits: list[_Hit], chain: str, taken: list[tuple[int, int]]) -> list[RepairFix]:
    spans = sorted(taken)
    starts = [a for a, _ in spans]

    def free(s: int, e: int) -> bool:
        # No taken span may overlap [s, e), nor hold an insertion point s == e.
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and spans[i][1] > s:
            return False
        j = i + 1
        return j >= len(spans) or spans[j][0] >= max(e, s + 1)

    out: list[RepairFix] = []
    last_end = -1
    for s, e, orig, rep, conf, _ in sorted(hits, key=lambda h: (h[0], h[1])):
        if s < last_end or not free(s, e):
            continue
        out.append(RepairFix(s, e, orig, rep, chain, conf))
        last_end = e
    return out


def restore(text: str, codec: str, taken: list[tuple[int, int]]) -> list[RepairFix]:
    """Fixes restoring vanished characters in `text`, outside the spans `taken`."""
    rules = _rules()
    quotes = not any(q in text for q in "\u201c\u201d")
    hits = _hits(text, rules, quotes)
    out = _to_fixes(hits, f"utf-8>{codec}:ignore", taken)
    log.debug("restored %d vanished characters (%s)", len(out), codec)
    return out


def _apostrophe_traces(text: str, rules: _Rules, need: int) -> int:
    """How many sure apostrophe traces ("dont", "Ukraines"), counted up to `need`.

    The cheap scanners run first and the count stops once it is enough: a
    clean document typed straight pays for these scans, not the quote search.
    """
    count = 0
    for scan in (
        _phrase_hits,
        _contraction_hits,
        _context_contraction_hits,
        _apostrophe_hits,
        _possessive_hits,
    ):
        count += sum(1 for h in scan(text, rules) if h[5] and "\u2019" in h[3])
        if count >= need:
            break
    return count


def _lost_quote_marks(text: str, rules: _Rules, slips: bool) -> bool:
    """Did this ASCII text lose curly quote marks, whatever its apostrophes?

    Straight double quotes tell nothing of apostrophes (news text mixes '"'
    with curly apostrophes), but a straight opener left unclosed before an
    attribution lost its curly closer; and speech in the first person or a
    question with no quote marks at all lost curly ones (a text typed in
    ASCII keeps straight ones), unless the text also drops apostrophes
    (`slips`: "dont"), as a hurried typist does. Such a document is damaged:
    its "Peoples Republic" lost a ’ too, however its "can't" is typed.
    """
    if any(h[4] >= rules.straight_quote_confidence for h in _unbalanced_quote_hits(text, rules)):
        return True  # (a quote left open at a paragraph end may run on: no proof)
    return not slips and any(h[5] for h in _quote_hits(text, rules, set()))


def restore_ascii(text: str) -> list[RepairFix]:
    """Fixes for a pure-ASCII text whose own traces show vanished punctuation.

    The gate: at least one strong trace (a contraction with no apostrophe, a
    possessive that is no word without its apostrophe, two spaces where a
    dash was, unquoted first-person speech), or several unsure possessives.
    A document with straight-apostrophe contractions ("can't") may have been
    typed in ASCII, its "didnt" a typo: it is repaired only when its
    apostrophe traces far outnumber them (news feeds mix typing, and a
    damaged one shows many traces beside a few straight "can't"; a typist's
    slips are a few beside many straight ones).
    """
    if not text.isascii():
        return []
    rules = _rules()
    straight = sum(1 for _ in _straight_contractions(text))
    chain = "utf-8>" + "|".join(sorted(vanishing_codecs())) + ":ignore"
    need = 0
    if straight:
        need = max(rules.min_traces_beside_straight, rules.traces_per_straight * straight)
    elif _STRAIGHT_POSSESSIVE.search(text) is not None:
        need = rules.min_traces_beside_possessives
    if need:
        traces = _apostrophe_traces(text, rules, need)
        if traces < need and not _lost_quote_marks(text, rules, traces > 0):
            return []
    hits = _hits(text, rules, quotes=True)
    if not hits:
        return []
    # Two spaces between words are the trace of a spaced dash, but clean scraped text
    # has stray double spaces too (a removed link, a layout gap). So they count only in
    # a document that shows another, non-space trace: sure in a paragraph with such a
    # trace, unsure elsewhere; and on their own they never open a repair.
    dashes = {h[0] for h in _undated_dash_hits(text, rules)}
    traced = {_paragraph_of(text, h[0]) for h in hits if h[0] not in dashes and h[5]}
    if not traced:
        hits = [h for h in hits if h[0] not in dashes]
    hits = [
        h
        if h[0] not in dashes or _paragraph_of(text, h[0]) in traced
        else (*h[:4], min(h[4], rules.lone_dash_confidence), h[5])
        for h in hits
    ]
    weak = sum(1 for h in hits if h[3].endswith("\u2019s") and not h[5])
    if not any(h[5] for h in hits if h[0] not in dashes) and weak < rules.weak_traces_to_open:
        return []
    out = _to_fixes(hits, chain, [])
    log.debug("restored %d vanished characters in ASCII text", len(out))
    return out


def suggest_quotes(
    text: str, applied: list[RepairFix] | tuple[RepairFix, ...], codec: str | None = None
) -> list[RepairFix]:
    """Quote marks that unquoted speech may have lost, in a pure-ASCII text or
    one diagnosed with `codec`'s vanishing damage: proposed, never applied.

    "Speech, he said." with no other trace in its paragraph reads the same
    as reported speech, which news text writes without quote marks: the
    text is left as it is and the quote marks are only suggested (a
    consumer that knows the document was damaged may take them).
    """
    if codec is None and not text.isascii():
        return []
    if next(_straight_contractions(text), None) is not None:
        return []
    if any(q in text for q in "\u201c\u201d"):
        return []  # curly quotes survived: none vanished
    rules = _rules()
    taken = {_paragraph_of(text, f.start) for f in applied if f.replacement in "\u201c\u201d"}
    chain = "utf-8>" + (codec or "|".join(sorted(vanishing_codecs()))) + ":ignore"
    return [
        RepairFix(s, e, orig, rep, chain, rules.suggestion_confidence)
        for s, e, orig, rep, _, _ in _quote_hits(text, rules, None)
        if _paragraph_of(text, s) not in taken
    ]
