"""PETRARCH verb dictionaries (CAMEO.2.0.txt, PETR_Validate_verbs) as our pattern objects.

A dictionary has synsets (``&NAME`` then ``+WORD`` lines) and verb blocks::

    ---  BLAME   [112]  ---
    ACCUSE [112]
    CHARGE                      # no code: the block's code
    - * (OF {RIGHTS ABUSES})    [1122]   # "*" is the verb, "(PREP ...)" a phrase

Each verb becomes a generic pattern (object, or a "to/with/against/on" phrase, as target)
and each ``-`` line whose words all follow the verb becomes a more specific pattern that
needs its object noun or its preposition. Lines with words before the verb, source or
target markers inside the phrase, or no code (``[---]``) are left out: our extractor reads
the dependency parse, not PETRARCH's phrase templates.

``read_petrarch_dictionary`` and ``code_petrarch`` instead read a dictionary with
PETRARCH's own semantics over our parse and mentions (every pattern element, markers,
reverse codes, discards): the coder behind ``newsgraph validate-petrarch``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from newsgraph.events.patterns import Pattern, PatternError
from newsgraph.events.taxonomy import CameoCode, lookup
from newsgraph.model import Actor, Article, Event, Mention, Parse, Sentence, Token, stable_id

log = logging.getLogger(__name__)

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_GENERIC_TARGETS = ("dobj", "prep:to|with|against|on|at", "dative")
_MARKERS = frozenset({"+", "$", "%", "^", "*"})


def _clean_code(raw: str) -> str | None:
    code = raw.split(":", 1)[0].strip()
    return code if code.isdigit() else None


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _words(phrase: str, synsets: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Lower-case words of one template element, expanding ``&SYNSET`` and ``{A B}``."""
    phrase = phrase.strip("{}() ")
    if phrase.startswith("&"):
        return synsets.get(phrase, ())
    return tuple(w.lower().replace("_", " ") for w in phrase.split() if w not in _MARKERS)


def _template(body: str, synsets: dict[str, tuple[str, ...]]) -> tuple[frozenset[str], str] | None:
    """(object words, preposition) of a ``- * ...`` template, or None when we cannot use it."""
    before, star, after = body.partition("*")
    if not star or before.strip():
        return None
    after = after.strip()
    prep = ""
    objects: set[str] = set()
    if after.startswith("("):
        inner = after[1 : after.find(")")] if ")" in after else after[1:]
        parts = inner.split(None, 1)
        if not parts:
            return None
        prep = parts[0].lower()
        if len(parts) > 1:
            objects.update(w for w in _words(parts[1], synsets) if w)
    else:
        head = re.match(r"(\{[^}]*\}|&\S+|[^\s(]+)", after)
        if head is None:
            return None
        token = head.group(1)
        if any(m in token for m in ("+", "$", "%", "^")):
            return None
        found = _words(token, synsets)
        if token.startswith("{") and found:
            found = (found[-1],)  # the head noun of a multi-word object
        objects.update(found)
    if not objects and not prep:
        return None
    return frozenset(objects), prep


def _read_synsets(lines: list[str]) -> dict[str, tuple[str, ...]]:
    synsets: dict[str, list[str]] = {}
    current = ""
    for raw in lines:
        line = _strip_comment(raw).strip()
        if line.startswith("&"):
            current = line.split()[0]
            synsets.setdefault(current, [])
        elif line.startswith("+") and current:
            synsets[current].append(line[1:].split()[0].lower().replace("_", " "))
        elif line.startswith("---"):
            current = ""
    return {k: tuple(v) for k, v in synsets.items()}


def load_petrarch_verbs(path: str | Path) -> tuple[Pattern, ...]:
    """Patterns from a PETRARCH verb dictionary, read from its path at run time.

    Returns specific patterns (object or preposition required) before each verb's
    generic one, so the dictionary order of precedence is kept.
    Raises PatternError when the file cannot be read.
    """
    try:
        lines = Path(path).read_text("utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise PatternError(f"cannot read PETRARCH verb dictionary {path}: {exc}") from exc
    synsets = _read_synsets(lines)
    specific: list[Pattern] = []
    generic: list[Pattern] = []
    block_code: str | None = None
    block_name = ""
    verbs: list[tuple[str, str | None]] = []
    count = 0

    def flush() -> None:
        for lemma, code in verbs:
            use = code or block_code
            if use:
                generic.append(
                    Pattern(f"petr.{block_name}.{lemma}", "verb", (lemma,), use, _GENERIC_TARGETS)
                )

    for raw in lines:
        line = _strip_comment(raw).strip()
        if not line:
            continue
        block = _BLOCK.match(line)
        if block:
            flush()
            block_name = block.group(1).lower()
            block_code = _clean_code(block.group(2))
            verbs = []
            continue
        if not block_name or line.startswith(("&", "+")):
            continue
        if line.startswith("-"):
            codes = _CODE.findall(line)
            code = _clean_code(codes[-1]) if codes else None
            body = _CODE.sub("", line[1:]).strip()
            shape = _template(body, synsets)
            if code is None or shape is None or not verbs:
                continue
            objects, prep = shape
            count += 1
            targets = (f"prep:{prep}",) + _GENERIC_TARGETS if prep else _GENERIC_TARGETS
            specific.append(
                Pattern(
                    f"petr.{block_name}.{count}",
                    "verb",
                    tuple(lemma for lemma, _ in verbs),
                    code,
                    targets,
                    objects=objects,
                    prep=frozenset({prep}) if prep and not objects else frozenset(),
                )
            )
            continue
        word = line.split()[0]
        if word.isupper() and "+" not in word:
            codes = _CODE.findall(line)
            lemma = word.lower().replace("_", " ")
            verbs.append((lemma, _clean_code(codes[0]) if codes else None))
    flush()
    log.debug("PETRARCH verbs %s: %d specific, %d generic", path, len(specific), len(generic))
    return tuple(specific) + tuple(generic)


# ---------------------------------------------------------------- PETRARCH's own semantics
#
# The Pattern conversion above keeps only what our extractor can express. The coder below
# reads a verb dictionary as PETRARCH does, over our dependency parse: every verb of a block
# shares the block's ``-`` patterns; words before ``*`` match words before the verb and words
# after it match words after the verb, in order (before the verb only across auxiliaries
# and adverbs); ``{A B}`` is one noun phrase (one extra word, not before its head);
# ``(P ...)`` a prepositional phrase (only articles between); ``&SET`` any member of a
# synset; ``$`` marks the source, ``+`` the target, ``%`` a compound actor coded both ways
# and ``^`` skips a noun. The pattern matching the most words wins; else the verb's (or
# block's) own code; ``---`` codes nothing. A word a block's patterns put straight before
# ``+`` ("ABOUT +", "(WITH +)") is a target preposition: unless the winning pattern marks
# the target itself, the actor of the verb's own phrase with that word is the target. ``[042:043]`` also codes the reverse event
# (target to source) with the second code. Only listed or regular verb forms are verbs.

_ACTOR_MARKS = frozenset({"$", "+", "%"})


@dataclass(frozen=True, slots=True)
class PetrPattern:
    """One ``-`` line of a verb block: the elements before and after ``*``."""

    pre: tuple[str, ...]
    post: tuple[str, ...]
    code: str
    reverse_code: str
    line: int


@dataclass(frozen=True, slots=True)
class PetrVerb:
    """A verb form: its block and its own code (empty: the block's)."""

    block: int
    code: str
    reverse_code: str = ""
    particle: str = ""  # the other word of a multi-word verb ("cordon off": "off")
    particle_after: bool = True


@dataclass(frozen=True, slots=True)
class PetrDictionary:
    """A PETRARCH verb dictionary read for the PETRARCH-semantics coder."""

    forms: dict[str, tuple[PetrVerb, ...]]
    blocks: tuple[
        tuple[str, str, str, tuple[PetrPattern, ...]], ...
    ]  # name, code, reverse, patterns
    synsets: dict[str, tuple[tuple[str, ...], ...]]
    # per block, the prepositions its patterns put the target after ("ABOUT +", "(WITH +)")
    target_preps: tuple[frozenset[str], ...] = ()


def _split_code(raw: str) -> tuple[str, str]:
    """``042:043`` -> (``042``, ``043``); a null or odd code -> ("", "")."""
    main, _, rev = raw.partition(":")
    main, rev = main.strip(), rev.strip()
    return (main if main.isdigit() else "", rev if rev.isdigit() else "")


def _tokens(body: str) -> list[str]:
    """Pattern text as elements: words, ``&SET``, markers, ``(``/``)`` and ``{``/``}``."""
    spaced = re.sub(r"([(){}])", r" \1 ", body)
    return [w for w in spaced.split() if w]


def _verb_forms(word: str, irregular: list[str]) -> list[str]:
    """The forms of a verb: the given irregular ones, else the regular -s/-ed/-ing forms."""
    if irregular:
        return [word, *irregular]
    if word.endswith("E"):
        return [word, word + "S", word + "D", word[:-1] + "ING"]
    return [word, word + "S", word + "ED", word + "ING"]


_PICO_TERM = re.compile(r"([-+]?)\s*0x([0-9A-Fa-f]+)")


def read_petrarch_negations(path: str | Path) -> dict[str, str]:
    """CAMEO code -> the code of its negation, from a PETRARCH internal coding ontology.

    In the ontology (PICO) file a code's alternatives are ``#``-separated hex values;
    ``0xFFFF`` marks negation, so ``110:...#0xFFFF+0x0080`` says that 110 (disapprove) is
    "not 050" and ``170:...#0x0087+0xFFFF`` that 170 (coerce) is "not 057". The map holds
    both directions ("did not clash", 110, is 050). Raises PatternError when unreadable.
    """
    try:
        lines = Path(path).read_text("utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise PatternError(f"cannot read PETRARCH coding ontology {path}: {exc}") from exc
    base: dict[int, str] = {}
    negated: dict[str, int] = {}
    for raw in lines:
        code, colon, rest = raw.strip().partition(":")
        if not colon or not code.isdigit():
            continue
        for alt in rest.split("#"):
            terms = [(sign, int(h, 16)) for sign, h in _PICO_TERM.findall(alt)]
            if not terms or not re.fullmatch(r"[-+\s0-9A-Fa-fx]+", alt.strip()):
                continue
            others = [v for _, v in terms if v != 0xFFFF]
            if len(others) < len(terms):
                if others:
                    negated.setdefault(code, others[0])
            elif len(terms) == 1:
                base.setdefault(terms[0][1], code)
    out: dict[str, str] = {}
    for code, value in negated.items():
        partner = base.get(value)
        if partner:
            out[code] = partner
            out.setdefault(partner, code)
    return out


_DETACHED_PREFIX = re.compile(r"(?<![\w-])([A-Za-z]+)-[ \t]+(?=[A-Z])")


def join_detached_prefixes(text: str) -> str:
    """Text with a prefix written apart from the name it joins rejoined: "anti- Gondor".

    TABARI-era texts (and line-wrapped copy) leave "anti- Gondor"; a tokenizer may split
    that into a noun "anti-" that breaks the clause, so the name is lost to its verb.
    Rejoined, "anti-Gondor" reads as one modifier whatever the tokenizer does with it.
    Only a capitalized word is joined, so "pre- and post-war" stays as it is.
    """
    return _DETACHED_PREFIX.sub(r"\1-", text)


def read_petrarch_discards(path: str | Path) -> tuple[str, ...]:
    """The lower-case phrases of a PETRARCH discards file (``+`` marks story-level ones;
    a validation record is one sentence, so both kinds discard it)."""
    try:
        lines = Path(path).read_text("utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise PatternError(f"cannot read PETRARCH discards {path}: {exc}") from exc
    out = []
    for raw in lines:
        line = _strip_comment(raw).strip().lstrip("+").strip()
        if line:
            out.append(" ".join(line.replace("_", " ").lower().split()))
    return tuple(out)


def read_petrarch_dictionary(path: str | Path) -> PetrDictionary:
    """A PETRARCH verb dictionary for ``code_petrarch``. Raises PatternError when unreadable."""
    try:
        lines = Path(path).read_text("utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise PatternError(f"cannot read PETRARCH verb dictionary {path}: {exc}") from exc
    raw_sets: dict[str, list[str]] = {}
    current = ""
    forms: dict[str, list[PetrVerb]] = {}
    blocks: list[tuple[str, tuple[str, str], list[PetrPattern]]] = []
    for number, raw in enumerate(lines, 1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        block = _BLOCK.match(line)
        if block:
            current = ""
            blocks.append((block.group(1).lower(), _split_code(block.group(2)), []))
            continue
        if line.startswith("&"):
            current = line.split()[0].rstrip("_")
            raw_sets.setdefault(current, [])
            continue
        if line.startswith("+") and current:
            raw_sets[current].append(line[1:].strip())
            continue
        if not blocks:
            continue
        patterns = blocks[-1][2]
        if line.startswith("-") or line.startswith("*"):
            codes = _CODE.findall(line)
            if not codes:
                continue
            code, rev = _split_code(codes[-1])
            body = _CODE.sub("", line.lstrip("-")).strip()
            before, star, after = body.partition("*")
            if not star:
                continue
            patterns.append(
                PetrPattern(tuple(_tokens(before)), tuple(_tokens(after)), code, rev, number)
            )
            continue
        head = _CODE.split(line, 1)[0]
        irregular = re.findall(r"\{([^}]*)\}", head)
        word = re.sub(r"\{[^}]*\}", "", head).strip().split()
        if not word or not word[0][:1].isalpha() and not word[0].startswith("+"):
            continue
        own = _CODE.findall(line)
        code, rev = _split_code(own[0]) if own else ("", "")
        if own and not code:
            code = "---"
        extra = irregular[0].split() if irregular else []
        for form in (
            _verb_forms(word[0], [] if "+" in word[0] else extra)
            if "+" not in word[0]
            else [word[0], *extra]
        ):
            _add_form(forms, form, PetrVerb(len(blocks) - 1, code, rev))
    synsets = {name: _expand_set(name, raw_sets, 0) for name in raw_sets}
    ordered = tuple(
        (name, code, rev, tuple(sorted(ps, key=lambda p: -_weight(p, synsets))))
        for name, (code, rev), ps in blocks
    )
    preps = tuple(frozenset(w for p in ps for w in _target_preps(p.post)) for _, _, ps in blocks)
    return PetrDictionary({k: tuple(v) for k, v in forms.items()}, ordered, synsets, preps)


def _target_preps(post: tuple[str, ...]) -> list[str]:
    """The words a pattern puts straight before its target marker: "ABOUT" in
    ``* THEIR ^ ABOUT +``, "WITH" in ``(WITH +)``. They name the phrase that holds the
    verb's target (the object before it is the addressee), wherever the rest fits."""
    out = []
    for before, mark in zip(post, post[1:]):
        if mark == "+" and before[:1].isalpha() and before not in _ACTOR_MARKS:
            out.append(before.lower().rstrip("_"))
    return out


def _add_form(forms: dict[str, list[PetrVerb]], form: str, verb: PetrVerb) -> None:
    """Store one verb form; a multi-word form (``+CORDON_OFF``, ``WIRE_+TAP``) by its verb."""
    form = form.strip().rstrip("_")
    if "+" not in form:
        forms.setdefault(form.lower(), []).append(verb)
        return
    parts = form.split("_")
    at = next((k for k, p in enumerate(parts) if p.startswith("+")), 0)
    verb_word = parts[at].lstrip("+").lower()
    others = [p.lstrip("+").lower() for k, p in enumerate(parts) if k != at]
    if not others:
        forms.setdefault(verb_word, []).append(verb)
        return
    particle = " ".join(others)
    entry = PetrVerb(verb.block, verb.code, verb.reverse_code, particle, at == 0)
    forms.setdefault(verb_word, []).insert(0, entry)  # multi-word forms are tried first


def _expand_set(name: str, raw: dict[str, list[str]], depth: int) -> tuple[tuple[str, ...], ...]:
    out: list[tuple[str, ...]] = []
    for member in raw.get(name, ()):
        member = member.strip("() ")
        if member.startswith("&") and depth < 3:
            out.extend(_expand_set(member.split()[0].rstrip("_"), raw, depth + 1))
        else:
            words = tuple(w for w in member.replace("_", " ").lower().split() if w)
            if words:
                out.append(words)
    return tuple(out)


def _weight(p: PetrPattern, synsets: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """How specific a pattern is: the number of words it needs (longer patterns win)."""
    n = 0
    for e in (*p.pre, *p.post):
        if e.startswith("&"):
            n += max((len(m) for m in synsets.get(e.rstrip("_"), ())), default=1)
        elif e not in ("(", ")", "{", "}", "^"):
            n += 1
    return n


# ---------------------------------------------------------------- matching over the parse


@dataclass(frozen=True, slots=True)
class _Elem:
    """One pattern element (a word, a synset, an actor marker or ``^``) and the gap rule
    for the words skipped before it: "any", "det" (articles only, inside ``(...)``),
    "one" (at most one word, inside ``{...}``) or "none" (the head word of ``{...}``)."""

    kind: str  # "word", "set", "mark", "skip"
    value: str = ""
    exact: bool = False
    gap: str = "any"
    head: bool = False  # the last element of a ``{...}`` noun phrase: not a verb
    prep: bool = False  # the first word of a ``(...)`` phrase: a preposition


def _elements(raw: tuple[str, ...]) -> tuple[_Elem, ...]:
    """Pattern text as a flat element list; ``(...)`` and ``{...}`` become gap rules."""
    out: list[_Elem] = []
    groups: list[tuple[str, int]] = []  # open brackets and where their elements start
    for w in raw:
        if w in ("(", "{"):
            groups.append((w, len(out)))
            continue
        if w in (")", "}"):
            if groups:
                kind, first = groups.pop()
                if kind == "{" and len(out) > first:
                    last = out[-1]
                    gap = "none" if len(out) - first > 1 else last.gap
                    out[-1] = _Elem(last.kind, last.value, last.exact, gap, True, last.prep)
            continue
        if w == "^":
            kind, value, exact = "skip", "", False  # a phrase that is neither source nor target
        elif w in _ACTOR_MARKS:
            kind, value, exact = "mark", w, False
        elif w.startswith("&"):
            kind, value, exact = "set", w.rstrip("_"), False
        else:
            kind, value, exact = "word", w.rstrip("_").lower().replace("_", " "), w.endswith("_")
        gap = "any"
        if groups and len(out) > groups[-1][1]:
            inner = groups[-1][0]
            if inner == "{":
                gap = "one"
            elif kind in ("word", "set"):
                gap = "det"
        first = bool(groups) and groups[-1][0] == "(" and len(out) == groups[-1][1]
        out.append(_Elem(kind, value, exact, gap, prep=first and kind == "word"))
    return tuple(out)


def _word_fits(word: str, exact: bool, t: Token) -> bool:
    text = t.text.lower()
    if text == word or (not exact and t.lemma.lower() == word):
        return True
    if exact:
        return False
    return text in (word + "s", word + "es") or (word.endswith("y") and text == word[:-1] + "ies")


class _Matcher:
    """Matches pattern elements over a token sequence (in order, with gaps).

    After the verb any word may be skipped; before it (``backward``, tokens and elements
    running outward from the verb) only auxiliaries, adverbs, negations and particles may,
    so "indicated it deplored" does not fit ``INDICATED *`` but "have postponed" fits ``% *``.
    """

    def __init__(
        self,
        toks: list[Token],
        synsets: dict[str, tuple[tuple[str, ...], ...]],
        actor_at: dict[int, Mention],
        backward: bool = False,
    ) -> None:
        self.toks = toks
        self.synsets = synsets
        self.actor_at = actor_at
        self.backward = backward

    def _seq(self, words: tuple[str, ...], k: int) -> int:
        """End position when words match consecutively from k, else -1."""
        if self.backward:
            words = words[::-1]
        if k + len(words) > len(self.toks):
            return -1
        for n, w in enumerate(words):
            if not _word_fits(w, False, self.toks[k + n]):
                return -1
        return k + len(words)

    def _at(self, e: _Elem, k: int) -> tuple[int, int]:
        """(end, matched words) of one element starting exactly at k; end -1 when it fails."""
        if k >= len(self.toks):
            return -1, 0
        if e.kind == "word":
            words = tuple(e.value.split())
            if e.exact and len(words) == 1:
                return (k + 1 if _word_fits(e.value, True, self.toks[k]) else -1), 1
            return self._seq(words, k), len(words)
        if e.kind == "set":
            best = (-1, 0)
            for member in self.synsets.get(e.value, ()):
                end = self._seq(member, k)
                if end >= 0 and len(member) > best[1]:
                    best = (end, len(member))
            return best
        if e.kind == "mark":
            return (k + 1, 0) if self.toks[k].i in self.actor_at else (-1, 0)
        if e.kind == "skip":
            t = self.toks[k]
            return (k + 1, 0) if t.pos in ("NOUN", "PROPN", "PRON", "NUM") else (-1, 0)
        return -1, 0

    def _gap_ok(self, skipped: list[Token], rule: str) -> bool:
        """Whether the words skipped before an element may be skipped."""
        if not skipped:
            return True
        if rule == "none":
            return False
        if rule == "one":
            return len(skipped) == 1
        if rule == "det":
            return all(t.pos == "DET" for t in skipped)
        if self.backward and rule == "verb":
            return all(
                t.pos in ("AUX", "ADV", "PART")
                or t.dep in ("aux", "auxpass", "neg", "advmod")
                or t.text in (",", ")")
                for t in skipped
            )
        return True

    def match(self, elems: tuple[_Elem, ...]) -> tuple[int, tuple[tuple[str, int], ...]] | None:
        """(words matched, marker positions) for the first fitting assignment, else None.

        Backward, the elements come reversed and the gap rule of an element applies to
        the gap on its verb side, which is met before the element it belongs to.
        """
        if self.backward:
            rules = ["verb"] + [e.gap for e in elems[:-1]]
            rules = ["verb" if r == "any" else r for r in rules]
        else:
            rules = [e.gap for e in elems]
        return self._match(elems, tuple(rules), 0, 0, ())

    def _match(
        self,
        elems: tuple[_Elem, ...],
        rules: tuple[str, ...],
        j: int,
        k: int,
        marks: tuple[tuple[str, int], ...],
    ) -> tuple[int, tuple[tuple[str, int], ...]] | None:
        if j == len(elems):
            return 0, marks
        e = elems[j]
        for start in range(k, len(self.toks)):
            if not self._gap_ok(self.toks[k:start], rules[j]):
                break
            end, n = self._at(e, start)
            if end < 0:
                continue
            if e.head and self.toks[start if self.backward else end - 1].pos in ("VERB", "AUX"):
                continue  # "{TO SUPPLY}" names a noun phrase, not "to supply" a verb
            if e.prep and self.backward and self.toks[start].pos not in ("ADP", "SCONJ"):
                continue  # "(TO) *" is a phrase before the verb, not the infinitive's "to"
            more = marks + ((e.value, self.toks[start].i),) if e.kind == "mark" else marks
            tail = self._match(elems, rules, j + 1, end, more)
            if tail is not None:
                return n + tail[0], tail[1]
        return None


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CLIMB_FOR_SUBJECT = frozenset({"xcomp", "conj", "advcl", "acomp"})


class _Coder:
    """Per-article state for ``code_petrarch``."""

    def __init__(
        self,
        parse: Parse,
        mentions: tuple[Mention, ...],
        d: PetrDictionary,
        roles: Mapping[str, str] | None = None,
        negations: Mapping[str, str] | None = None,
    ) -> None:
        self.parse = parse
        self.d = d
        self.roles = roles or {}
        self.negations = negations
        self.actor_at: dict[int, Mention] = {}
        for m in mentions:
            if m.actor is not None and m.actor.code:
                for i in range(m.token_start, m.token_end):
                    self.actor_at.setdefault(i, m)

    def kids(self, i: int, deps: frozenset[str] | None = None) -> list[Token]:
        toks = (self.parse.tokens[j] for j in self.parse.children[i])
        return [t for t in toks if deps is None or t.dep in deps]

    def verb_entries(self, t: Token, sent: Sentence) -> tuple[PetrVerb, ...]:
        """Dictionary entries for token t, by the forms the dictionary lists or generates
        (as PETRARCH: "departes" is no form of DEPART); multi-word forms whose other word
        is there come first."""
        entries = self.d.forms.get(t.text.lower(), ())
        multi = [e for e in entries if e.particle and self._particle(t, e, sent)]
        if multi:
            return (multi[0],)
        return tuple(e for e in entries if not e.particle)

    def _particle(self, t: Token, e: PetrVerb, sent: Sentence) -> bool:
        words = e.particle.split()
        toks = self.parse.tokens
        if e.particle_after:
            span = toks[t.i + 1 : min(sent.token_end, t.i + 1 + len(words))]
        else:
            span = toks[max(sent.token_start, t.i - len(words)) : t.i]
        return [x.text.lower() for x in span] == words

    def subject(self, v: Token) -> tuple[list[Token], bool]:
        """(subject heads, passive) of v, climbing to the clause v depends on."""
        cur = v
        for _ in range(4):
            subj = self.kids(cur.i, _SUBJECTS)
            for aux in self.kids(cur.i, frozenset({"aux", "auxpass"})):
                subj += self.kids(aux.i, _SUBJECTS)  # the parser hung it on "was"
            if subj:
                passive = any(s.dep in ("nsubjpass", "csubjpass") for s in subj) or any(
                    k.dep == "auxpass" for k in self.kids(cur.i)
                )
                return [s for s in subj if s.dep != "expl"], passive and cur.i == v.i
            if cur.dep not in _CLIMB_FOR_SUBJECT or cur.head == cur.i:
                break
            head = self.parse.tokens[cur.head]
            if cur.dep == "xcomp":
                # "urged Eriador to respond": the object of the governing verb acts
                objects = self.kids(head.i, frozenset({"dobj"}))
                if objects:
                    return objects, False
            cur = head
        return [], False

    def phrase_actors(self, head: Token) -> list[Mention]:
        """The actors a noun phrase names: one per coordinated member ("A, B and C").

        A member that is no actor stands for the first actor inside it ("lawmakers in
        Arnor and Gondor": the actors of "Arnor and Gondor"); an agent word of the phrase
        gives a state its role ("soldiers from Gondor": Gondor's military).
        """
        out: list[Mention] = []
        stack: list[tuple[Token, str]] = [(head, "")]
        seen: set[int] = set()
        while stack:
            t, inherited = stack.pop(0)
            if t.i in seen:
                continue
            seen.add(t.i)
            role = inherited or self._role_word(t)
            conj = [k for k in self.kids(t.i) if k.dep == "conj"]
            m = self._unbracketed(self.actor_at.get(t.i))
            if m is None and out and t.dep == "conj":
                m = self._forwarded(out[0], t)
            if m is None:
                skip = {j.i for c in conj for j in self.parse.subtree(c.i)}
                inner = next(
                    (
                        x
                        for x in self.parse.subtree(t.i)
                        if x.i not in skip
                        and x.i in self.actor_at
                        and x.i != t.i
                        and x.dep not in ("relcl", "acl")
                    ),
                    None,
                )
                if inner is not None:
                    stack.append((self._mention_head(self.actor_at[inner.i]), role))
            else:
                for o in self._owners(m, t):
                    o = self._with_role(o, role)
                    if o not in out:
                        out.append(o)
                # "lawmakers in Arnor and Gondor": names coordinated inside the mention
                for x in self.parse.tokens[m.token_start : m.token_end]:
                    if x.i != t.i:
                        conj += [k for k in self.kids(x.i) if k.dep == "conj"]
            stack.extend((c, inherited) for c in conj)
        return out

    def _role_word(self, t: Token) -> str:
        """The role an agent word heading the phrase gives ("ambassadors", "prime minister").

        A role written ``NGO~`` in the agents file is a prefix ("MSF Arnor": NGOARN); it is
        kept with its tilde, after the role the head gives ("NGO~ GOV").
        """
        if not self.roles:
            return ""
        words = [
            x for x in self.parse.subtree(t.i) if x.i < t.i and x.dep in ("compound", "amod")
        ] + [t]
        words = [w for w in words if w.i not in self.actor_at or w.i == t.i]
        texts = [w.text.lower() for w in words]
        found: list[str] = []
        for a, b in zip(texts, texts[1:]):
            if f"{a} {b}" in self.roles:
                found.append(self.roles[f"{a} {b}"])
        for w in reversed(words):
            role = self.roles.get(w.text.lower()) or self.roles.get(w.lemma.lower())
            if role:
                found.append(role)
        suffix = next((r for r in found if not r.endswith("~")), "")
        prefix = next((r for r in found if r.endswith("~")), "")
        return " ".join(x for x in (prefix, suffix) if x)

    @staticmethod
    def _with_role(m: Mention, role: str) -> Mention:
        if not role or m.actor is None:
            return m
        actor = m.actor
        for part in role.split():
            if part.endswith("~"):  # a prefix agent: "NGO~" + "ARNGOV" = "NGOARNGOV"
                p = part[:-1]
                actor = Actor(p + actor.code, p, actor.code, actor.name)
            elif not actor.role and actor.principal == actor.code:
                actor = Actor(actor.code + part, actor.principal, part, actor.name)
        return m if actor is m.actor else replace(m, actor=actor)

    def _owners(self, m: Mention, t: Token) -> list[Mention]:
        """A role noun's mention recoded for the actors it is "of", "in" or "from".

        "the government of Gondor" is Gondor's government and "lawmakers in Arnor and
        Gondor" are both states' legislators, whatever state the actors stage attached
        the bare role noun to.
        """
        if m.actor is None or not m.actor.role or m.kind != "group":
            return [m]
        preps = self.kids(t.i, frozenset({"prep"}))
        first = t
        while not preps and first.dep == "conj" and first.head != first.i:
            # "lawmakers and officials in Arnor": the phrase is shared by the conjuncts
            first = self.parse.tokens[first.head]
            preps = [p for p in self.kids(first.i, frozenset({"prep"})) if p.i > t.i]
        for prep in preps:
            if prep.text.lower() not in ("of", "in", "from"):
                continue
            out: list[Mention] = []
            for obj in self.kids(prep.i, frozenset({"pobj"})):
                for c in [obj, *[k for k in self.kids(obj.i) if k.dep == "conj"]]:
                    owner = self.actor_at.get(c.i)
                    if owner is None or owner.actor is None or owner.actor.role:
                        continue
                    p, role = owner.actor.principal, m.actor.role
                    out.append(replace(m, actor=Actor(p + role, p, role, owner.actor.name)))
            if out:
                return out
        return [m]

    def listed(self, head: Token) -> list[Mention]:
        """Actors named as a list inside a phrase ("Arnor, Calenardhon and the evil Gondor").

        The parser often misreads such lists (one name as a modifier of the last); read
        linearly, names separated only by commas, "and", articles and adjectives are one
        list. The list that holds the phrase's own actor (or its last one) is returned.
        """
        toks = self.parse.subtree(head.i)
        runs: list[list[Mention]] = []
        gap: list[Token] = []
        last: Mention | None = None
        for t in toks:
            m = self.actor_at.get(t.i)
            if m is None:
                gap.append(t)
                continue
            if m is last:
                continue
            joined = (
                last is not None
                and gap
                and any(g.pos == "CCONJ" or g.text == "," for g in gap)
                and all(
                    g.pos in ("PUNCT", "CCONJ", "DET", "ADJ")
                    or g.dep == "amod"
                    or (g.pos == "NOUN" and g.dep in ("conj", "amod", "compound"))
                    for g in gap
                )
            )
            if joined:
                runs[-1].append(m)
            else:
                runs.append([m])
            last, gap = m, []
        own = self.actor_at.get(head.i)
        for run in runs:
            if own is not None and own in run or own is None and run is runs[-1]:
                return run if len(run) > 1 else []
        return []

    def _forwarded(self, first: Mention, t: Token) -> Mention | None:
        """A bare agent noun coordinated with an actor, as that actor's state's agent."""
        role = self.roles.get(t.text.lower()) or self.roles.get(t.lemma.lower())
        if role is None or first.actor is None or t.i in self.actor_at:
            return None
        if any(k.i in self.actor_at for k in self.parse.subtree(t.i)):
            return None
        p = first.actor.principal
        actor = Actor(p + role, p, role, first.actor.name)
        return replace(
            first,
            id=f"{first.id}:{t.i}",
            start=t.start,
            end=t.end,
            text=t.text,
            token_start=t.i,
            token_end=t.i + 1,
            actor=actor,
        )

    def _unbracketed(self, m: Mention | None) -> Mention | None:
        """The name an abbreviation in brackets stands for: "the European Union (EU)"."""
        if m is None or m.token_start < 2 or m.token_end >= len(self.parse.tokens):
            return m
        toks = self.parse.tokens
        if toks[m.token_start - 1].text != "(" or toks[m.token_end].text != ")":
            return m
        return self.actor_at.get(m.token_start - 2, m)

    def _mention_head(self, m: Mention) -> Token:
        toks = self.parse.tokens
        return next(
            (
                t
                for t in toks[m.token_start : m.token_end]
                if not m.token_start <= t.head < m.token_end or t.head == t.i
            ),
            toks[m.token_start],
        )

    def mention_actors(self, i: int) -> list[Mention]:
        """The actor at token i with the actors coordinated with it (from the first one).

        An abbreviation in brackets stands for the name before it; the parser hangs the
        pair either way round, so the coordination is read from both and the longer kept.
        """
        own = self.actor_at[i]
        m = self._unbracketed(own) or own
        best: list[Mention] = []
        for start in dict.fromkeys((own, m)):
            head = self._mention_head(start)
            while head.dep == "conj" and head.head != head.i:
                up = self.parse.tokens[head.head]
                if up.pos not in ("NOUN", "PROPN", "PRON"):
                    break
                head = up
            found = self.phrase_actors(head)
            if not any(f.token_start == m.token_start for f in found):
                found = [m, *found]
            if len(found) > len(best):
                best = found
        return best

    def post_tokens(self, v: Token, sent: Sentence) -> list[Token]:
        """Words after the verb in its own clause (not in a coordinated clause).

        A bare "-ing" form coordinated without a subject is read as part of the phrase:
        "launched a new bombing and shelling offensive" (the parser made "shelling" a verb).
        """
        skip: set[int] = set()
        for k in self.kids(v.i):
            clause = k.dep == "conj" and k.pos in ("VERB", "AUX")
            if clause and k.tag == "VBG" and v.tag != "VBG":
                clause = bool(self.kids(k.i, _SUBJECTS | {"aux", "auxpass"}))
            if clause or k.dep in _SUBJECTS:
                skip.update(x.i for x in self.parse.subtree(k.i))
        return [
            t
            for t in self.parse.subtree(v.i)
            if t.i > v.i and t.i not in skip and sent.token_start <= t.i < sent.token_end
        ]

    def code_verb(self, v: Token, sent: Sentence) -> list[tuple[Mention, Mention, str, str]]:
        """(source, target, code, rule) events stated at verb v."""
        entries = self.verb_entries(v, sent)
        if not entries:
            return []
        entry = entries[0]
        name, block_code, block_rev, patterns = self.d.blocks[entry.block]
        post = self.post_tokens(v, sent)
        pre = list(reversed(self.parse.tokens[sent.token_start : v.i]))
        if entry.particle and entry.particle_after:
            post = [t for t in post if t.i > v.i + len(entry.particle.split())]
        code, rev = (entry.code, entry.reverse_code) if entry.code else (block_code, block_rev)
        rule = f"petr.{name}"
        marks: tuple[tuple[str, int], ...] = ()
        if code == "---":
            code = ""
        best = -1
        passive = self.subject(v)[1]
        for p in patterns:
            elems = _elements(p.pre)
            if passive and any(e.kind in ("word", "set") for e in elems):
                continue  # words before a passive verb ("was heavily criticized") are not its own
            before = _Matcher(pre, self.d.synsets, self.actor_at, backward=True).match(elems[::-1])
            if before is None:
                continue
            after = _Matcher(post, self.d.synsets, self.actor_at).match(_elements(p.post))
            if after is None:
                continue
            found = before[1] + after[1]
            if any(m == "%" for m, _ in found) and not any(
                m == "%" and len(self.mention_actors(i)) > 1 for m, i in found
            ):
                continue
            if before[0] + after[0] > best:  # the pattern matching the most words wins
                best = before[0] + after[0]
                code, rev, rule, marks = p.code, p.reverse_code, f"petr.{name}.{p.line}", found
        if code and self.negations is not None and self._negated(v):
            # "did not clash" (110) is "not disapprove": 050 by the coding ontology
            rev = self.negations.get(rev, "") if rev else ""
            code = self.negations.get(code, "")
            rule += ".not"
        if not code:
            return []
        preps = self.d.target_preps[entry.block] if entry.block < len(self.d.target_preps) else ()
        return self._events(v, post, marks, code, rev, rule, self._prep_targets(v, preps, marks))

    def _prep_targets(
        self, v: Token, preps: frozenset[str] | tuple[()], marks: tuple[tuple[str, int], ...]
    ) -> list[Mention]:
        """The actors of the verb's own phrase with a target preposition of its block.

        A block whose patterns read ``ABOUT +`` takes the target from the verb's "about"
        phrase: "warned Gondor about Arnor" is aimed at Arnor (the object is the addressee,
        as ``^`` skips it in the pattern). Only a phrase the verb governs counts ("warned
        the people of Gondor about Arnor" parsed with "about" on "people" keeps Gondor);
        a pattern that marks the target itself (``+`` or ``%``) decides alone.
        """
        if not preps or any(m in ("+", "%") for m, _ in marks):
            return []
        out: list[Mention] = []
        for prep in self.kids(v.i, frozenset({"prep"})):
            if prep.text.lower() not in preps:
                continue
            for obj in self.kids(prep.i, frozenset({"pobj"})):
                out += [m for m in self.phrase_actors(obj) if m not in out]
        return out

    def _negated(self, v: Token) -> bool:
        """Whether v is negated ("did not ever clash": the parser may hang "not" on "ever")."""
        for k in self.kids(v.i):
            if k.dep == "neg":
                return True
            if k.dep in ("advmod", "aux") and any(g.dep == "neg" for g in self.kids(k.i)):
                return True
        return False

    def _events(
        self,
        v: Token,
        post: list[Token],
        marks: tuple[tuple[str, int], ...],
        code: str,
        rev: str,
        rule: str,
        prep_targets: list[Mention] | None = None,
    ) -> list[tuple[Mention, Mention, str, str]]:
        subj, passive = self.subject(v)
        subject = [m for head in subj for m in self.phrase_actors(head)]
        for head in subj:
            known = {m.token_start for m in subject}
            subject += [m for m in self.listed(head) if m.token_start not in known]
        # a possessive or other pronoun after the verb ("halted his march") is not the target
        first_after = next(
            (t.i for t in post if t.i in self.actor_at and self.actor_at[t.i].kind != "pronoun"),
            None,
        )
        after = self.mention_actors(first_after) if first_after is not None else []
        compound = [m for mark, i in marks if mark == "%" for m in self.mention_actors(i)]
        if compound:
            pairs = [(a, b) for a in compound for b in compound if a is not b]
        else:
            sources = next((self.mention_actors(i) for m, i in marks if m == "$"), None)
            targets = next((self.mention_actors(i) for m, i in marks if m == "+"), None)
            if passive:
                agents = [
                    p
                    for a in self.kids(v.i, frozenset({"agent"}))
                    for p in self.kids(a.i, frozenset({"pobj"}))
                ]
                by = [m for p in agents for m in self.phrase_actors(p)]
                sources = sources or by or [m for m in after if m not in subject]
                targets = targets or subject
            elif sources is not None and targets is None:
                # "$" names the source after the verb: the clause's subject is the target
                targets = [m for m in subject if m not in sources]
            else:
                sources = sources or subject
                targets = (
                    targets
                    or [m for m in prep_targets or () if m not in sources]
                    or [m for m in after if m not in sources]
                )
            pairs = [(s, t) for s in sources for t in targets]
        out: list[tuple[Mention, Mention, str, str]] = []
        for src, tgt in pairs:
            assert src.actor is not None and tgt.actor is not None
            if src.actor.code == tgt.actor.code:
                continue
            out.append((src, tgt, code, rule))
            if rev:
                out.append((tgt, src, rev, rule))
        return out


def code_petrarch(
    article: Article,
    parse: Parse,
    mentions: tuple[Mention, ...],
    dictionary: PetrDictionary,
    roles: Mapping[str, str] | None = None,
    discards: tuple[str, ...] = (),
    negations: Mapping[str, str] | None = None,
) -> tuple[Event, ...]:
    """Code an article with a PETRARCH verb dictionary under PETRARCH's own semantics.

    PETRARCH codes what its patterns say, without our extractor's news rules (intent,
    negation and reported speech are left to the dictionary's patterns). ``roles`` maps
    agent words to role codes ("government": "GOV") so that a bare agent coordinated with
    an actor takes that actor's state ("Danish media and government"). A sentence holding
    one of the ``discards`` phrases ("baseball", "years later") is not coded. With
    ``negations`` (``read_petrarch_negations``) a negated verb codes the negation of its
    code, or nothing when the ontology gives none; without, negation is not looked at.
    """
    coder = _Coder(parse, mentions, dictionary, roles, negations)
    events: list[Event] = []
    for sent in parse.sentences:
        words = (
            " "
            + " ".join(t.text.lower() for t in parse.tokens[sent.token_start : sent.token_end])
            + " "
        )
        if any(f" {d} " in words for d in discards):
            continue
        found: list[tuple[Token, Mention, Mention, str, str]] = []
        for v in parse.tokens[sent.token_start : sent.token_end]:
            if v.pos in ("VERB", "AUX") or v.tag.startswith("VB"):
                found += [(v, *e) for e in coder.code_verb(v, sent)]
        kept: list[tuple[Token, Mention, Mention, str, str]] = []
        seen: set[tuple[str, str, str]] = set()
        found = _one_per_chain(parse, found)
        for v, s, t, code, rule in found:
            pair = (s.actor.principal, t.actor.principal)  # type: ignore[union-attr]
            if any(
                w.i != v.i
                and (s2.actor.principal, t2.actor.principal) == pair  # type: ignore[union-attr]
                and _outranks(parse, (w.i, code2), (v.i, code))
                for w, s2, t2, code2, _ in found
            ):
                continue
            key = (s.actor.code, t.actor.code, code)  # type: ignore[union-attr]
            if key not in seen:
                seen.add(key)
                kept.append((v, s, t, code, rule))
        events += [_petr_event(article, sent, *k) for k in kept]
    return tuple(events)


def _one_per_chain(
    parse: Parse, found: list[tuple[Token, Mention, Mention, str, str]]
) -> list[tuple[Token, Mention, Mention, str, str]]:
    """One coded verb per chain of complement clauses, as PETRARCH codes a sentence.

    The governing verb's events stand for the chain: "urged X to respond to Y" is an
    appeal, "noted that Y regretted Z" a statement. Only a governor that says nothing but
    010 gives way to an infinitive it governs ("was seen to break into": a break).
    """
    coded: dict[int, set[str]] = {}
    for v, _, _, code, _ in found:
        coded.setdefault(v.i, set()).add(code)

    def governor(i: int) -> tuple[int, bool] | None:
        cur, infinitive = parse.tokens[i], True
        while cur.dep in ("xcomp", "ccomp") and cur.head != cur.i:
            infinitive = infinitive and cur.dep == "xcomp"
            cur = parse.tokens[cur.head]
            if cur.i in coded:
                return cur.i, infinitive
        return None

    drop: set[int] = set()
    for i in coded:
        up = governor(i)
        if up is not None:
            g, infinitive = up
            drop.add(g if infinitive and coded[g] == {"010"} else i)
    return [f for f in found if f[0].i not in drop]


def _outranks(parse: Parse, a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Whether verb a's event replaces verb b's for the same pair: a specific code beats the
    generic statement 010, and then a governed verb beats its governor ("was seen to break")."""
    related = _governs(parse, b[0], a[0]) or _governs(parse, a[0], b[0])
    if not related:
        return False
    if (a[1] == "010") != (b[1] == "010"):
        return b[1] == "010"
    return _governs(parse, b[0], a[0])


def _governs(parse: Parse, head: int, dep: int) -> bool:
    cur = dep
    for _ in range(12):
        nxt = parse.tokens[cur].head
        if nxt == cur:
            return False
        if nxt == head:
            return True
        cur = nxt
    return False


def _petr_event(
    article: Article, sent: Sentence, v: Token, s: Mention, t: Mention, code: str, rule: str
) -> Event:
    try:
        entry = lookup(code)
    except KeyError:
        entry = CameoCode(code, "", code[:2], 0, 0.0)
    assert s.actor is not None and t.actor is not None
    lo = max(sent.start, min(v.start, s.start, t.start))
    hi = min(sent.end, max(v.end, s.end, t.end))
    return Event(
        id=stable_id(article.id, sent.index, s.actor.code, t.actor.code, code, v.start),
        article_id=article.id,
        sentence_index=sent.index,
        sentence=sent.text,
        source_actor=s.actor,
        target_actor=t.actor,
        code=code,
        root=entry.root,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        trigger=(v.start, v.end),
        source_span=(s.start, s.end),
        target_span=(t.start, t.end),
        rule=rule,
        confidence=0.8,
        date=article.date,
        evidence=article.text[lo:hi],
    )
