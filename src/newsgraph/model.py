"""The frozen data objects that flow between pipeline stages.

Offsets are character offsets into ``Article.text`` (the repaired, cleaned
text). Ids are content hashes, so the same input yields the same ids on any
machine, locally or in Spark.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, NamedTuple


def stable_id(*parts: object, size: int = 16) -> str:
    """A short, stable hex id from the parts (joined by U+001F)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:size]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as a reader found it, before repair and cleaning.

    ``data`` is bytes when the reader had bytes (files), str when the source
    already gave text (a JSONL ``text`` field). ``meta`` carries what the
    source said about the document: title, date, url, source, id, kind
    ("text" or "html").
    """

    path: str
    data: bytes | str
    meta: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        for k, v in self.meta:
            if k == key:
                return v
        return default


@dataclass(frozen=True, slots=True)
class RepairFix:
    """One repair made to the text: where, what, how sure."""

    start: int  # offset in the text before repair
    end: int
    original: str
    replacement: str
    codecs: str  # e.g. "utf-8>gbk:ignore"
    confidence: float


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: the unit that is stored, deduplicated and coded."""

    id: str
    text: str
    path: str = ""
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    dateline: str | None = None  # the place of the dateline, e.g. "SEOUL"
    source: str | None = None
    url: str | None = None
    language: str = "en"
    body_start: int = 0  # offset where the body starts (after a headline)
    repairs: tuple[RepairFix, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    token_start: int
    token_end: int  # exclusive


class Token(NamedTuple):
    """A token of the parse, detached from spaCy so stages stay picklable.

    A NamedTuple rather than a frozen dataclass: an article has hundreds of
    tokens and a frozen dataclass's ``__init__`` costs several times more to
    build; it is just as immutable.
    """

    i: int  # index in the document
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # document index of the head; the root points to itself
    ent_type: str  # "" when outside an entity
    ent_iob: str  # "B", "I", "O" or ""
    sent: int  # sentence index
    ws: str = ""  # trailing whitespace


@dataclass(frozen=True, slots=True)
class Entity:
    start: int  # char offsets
    end: int
    token_start: int
    token_end: int  # exclusive
    text: str
    label: str
    sent: int


@dataclass(frozen=True, slots=True)
class Parse:
    """Sentences, tokens and named entities of one article."""

    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]
    children: tuple[tuple[int, ...], ...] = field(default=())
    # subtree's answers by head: the stages ask for the same phrase again and again (half
    # of the event stage's calls); a parse is never changed, only replaced, which starts empty
    _subtrees: dict[int, tuple[Token, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def kids(self, i: int) -> tuple[Token, ...]:
        return tuple(self.tokens[j] for j in self.children[i])

    def subtree(self, i: int) -> tuple[Token, ...]:
        """Tokens of the subtree headed by token i, in text order."""
        found = self._subtrees.get(i)
        if found is not None:
            return found
        out = [i]
        stack = list(self.children[i])
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        found = self._subtrees[i] = tuple(map(self.tokens.__getitem__, sorted(out)))
        return found

    def sentence_tokens(self, s: int) -> tuple[Token, ...]:
        sent = self.sentences[s]
        return self.tokens[sent.token_start : sent.token_end]

    def token_at(self, offset: int) -> Token | None:
        """The token covering a character offset."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            tok = self.tokens[mid]
            if tok.end <= offset:
                lo = mid + 1
            elif tok.start > offset:
                hi = mid
            else:
                return tok
        return None

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding a character offset (nearest before)."""
        found = 0
        for s in self.sentences:
            if s.start <= offset:
                found = s.index
            else:
                break
        return found


@dataclass(frozen=True, slots=True)
class Actor:
    """A CAMEO-style actor: principal (ISO3 state or IGO code) plus a role."""

    code: str  # e.g. "KORGOV", "NATO"
    principal: str  # e.g. "KOR", "NATO"
    role: str = ""  # e.g. "GOV", "MIL"; "" for the state or IGO itself
    name: str = ""  # canonical name, e.g. "South Korea"


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that refers to an actor or a person."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    sentence_index: int
    token_start: int
    token_end: int  # exclusive
    kind: str  # "name", "person", "title", "pronoun", "metonym", "surname", "group"
    actor: Actor | None = None
    person: str | None = None  # the canonical full name of a person referred to
    label: str = ""  # the NER label it came from, if any
    antecedent: str | None = None  # id of the mention this one was resolved to
    # a plural reference ("the two countries", "both leaders"): the actors it
    # stands for, in the order the article named them; `actor` is then None
    members: tuple[Actor, ...] = ()
    # the state a former official served ("a former Maldivian minister"): no actor, since the
    # person no longer acts for it, but the state an act done to the person reaches
    former: Actor | None = None


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, with the evidence that says so."""

    id: str
    article_id: str
    sentence_index: int
    sentence: str
    source_actor: Actor
    target_actor: Actor
    code: str  # full CAMEO code, e.g. "0232"
    root: str  # two-digit root, e.g. "02"
    quad_class: int
    goldstein: float
    trigger: tuple[int, int]  # char span of the trigger word(s)
    source_span: tuple[int, int]
    target_span: tuple[int, int]
    rule: str  # id of the pattern that fired
    confidence: float = 1.0
    date: str | None = None
    location: Location | None = None
    evidence: str = ""  # text from the first to the last span, within the sentence

    @property
    def source(self) -> str:
        return self.source_actor.principal

    @property
    def target(self) -> str:
        return self.target_actor.principal

    @property
    def base_code(self) -> str:
        return self.code[:3]


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it."""

    id: str
    article_id: str
    start: int  # span of the quoted words, without the marks
    end: int
    text: str
    speaker: str | None = None  # canonical full name, or the institution's name
    speaker_actor: str | None = None  # principal code (ISO3 or IGO), if any
    speaker_code: str | None = None  # full actor code with role, e.g. "KORGOV"
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None  # "said", "according to", ...
    partial: bool = False  # a few words quoted inside a sentence
    sentence_indices: tuple[int, ...] = ()
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    stage: str
    reason: str


@dataclass(frozen=True, slots=True)
class Result:
    """Everything the pipeline found in one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
