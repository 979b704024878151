"""Exact, cheaper stand-ins for spaCy's ``attribute_ruler`` and ``lemmatizer``.

Both spaCy components are pure functions of a few token features, yet they
run a Matcher and a Python loop over every token of every document: about a
fifth of the pipeline's time on news. These stand-ins compute the same
output from the same patterns and tables, remembering the answer per
distinct token (most tokens of a news stream are frequent words), and fall
back to the original component for any pattern they cannot interpret.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

#: Distinct keys remembered per component before the memo starts afresh
#: (bounded memory over a long stream of novel words).
MEMO_LIMIT = 50_000

# The token features the attribute rules may test, in key order.
_FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")

Key = tuple[str, str, str, bool]
Check = tuple[int, str, Any]


class Unsupported(ValueError):
    """A pattern this module cannot reproduce exactly; keep spaCy's component."""


def _value_check(feature: int, spec: Any) -> Check:
    """One feature of a key against a Matcher value (scalar, IN, NOT_IN, REGEX)."""
    if isinstance(spec, (str, bool)):
        return (feature, "eq", spec)
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN" and isinstance(arg, list):
            return (feature, "in", frozenset(arg))
        if op == "NOT_IN" and isinstance(arg, list):
            return (feature, "not_in", frozenset(arg))
        if op == "REGEX" and isinstance(arg, str) and feature != 3:
            return (feature, "regex", re.compile(arg))
    raise Unsupported(f"matcher value {spec!r}")


def _token_checks(spec: dict[str, Any]) -> tuple[Check, ...]:
    """The checks of one Matcher token pattern."""
    if not isinstance(spec, dict) or "OP" in spec:
        raise Unsupported(f"token pattern {spec!r}")
    checks = []
    for attr, value in spec.items():
        if attr not in _FEATURES:
            raise Unsupported(f"token attribute {attr!r}")
        checks.append(_value_check(_FEATURES.index(attr), value))
    return tuple(checks)


def _fits(key: Key, checks: tuple[Check, ...]) -> bool:
    """Whether a token's key passes every check of a token pattern (as the Matcher decides)."""
    for feature, op, value in checks:
        got = key[feature]
        if op == "eq":
            if got != value:
                return False
        elif op == "in":
            if got not in value:
                return False
        elif op == "not_in":
            if got in value:
                return False
        elif value.search(str(got)) is None:
            return False
    return True


def _scalar_tag(checks: tuple[Check, ...]) -> str | None:
    return next((v for f, op, v in checks if f == 0 and op == "eq" and isinstance(v, str)), None)


class FastAttributeRules:
    """The rules of a spaCy ``AttributeRuler``, applied per distinct token.

    The ruler matches every pattern against the unmodified doc, then sets the
    attributes of each match in rule order (later rules win). Single-token
    rules depend only on the token's (tag, lower, dep, is_space), so their
    combined effect is remembered per key; the few two-token rules are
    checked where their first token fits.
    """

    def __init__(self, patterns: list[dict[str, Any]], attrs: list[dict[Any, Any]], indices: list[int]) -> None:
        # Single-token rules that test one tag, by tag; the others are tried on every key.
        self.by_tag: dict[str, list[tuple[int, tuple[Check, ...]]]] = {}
        self.any_tag: list[tuple[int, tuple[Check, ...]]] = []
        self.multi: list[tuple[int, tuple[tuple[Check, ...], ...], int]] = []
        self.attrs = attrs
        for rule, entry in enumerate(patterns):
            for alternative in entry["patterns"]:
                tokens = tuple(_token_checks(spec) for spec in alternative)
                index = indices[rule]
                if not tokens or not -len(tokens) <= index < len(tokens):
                    raise Unsupported(f"rule {rule}: index {index} outside its pattern")
                if len(tokens) > 1:
                    self.multi.append((rule, tokens, index % len(tokens)))
                    continue
                tag = _scalar_tag(tokens[0])
                bucket = self.any_tag if tag is None else self.by_tag.setdefault(tag, [])
                bucket.append((rule, tokens[0]))
        self.memo: dict[Key, tuple[tuple[int, ...], dict[Any, Any], tuple[int, ...]]] = {}

    def _rules_for(self, key: Key) -> tuple[tuple[int, ...], dict[Any, Any], tuple[int, ...]]:
        """For a key: the single-token rules it matches (in order), their combined
        attributes, and the two-token patterns it can start."""
        found = self.memo.get(key)
        if found is None:
            candidates = (*self.by_tag.get(key[0], ()), *self.any_tag)
            rules = tuple(sorted({rule for rule, checks in candidates if _fits(key, checks)}))
            merged: dict[Any, Any] = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            starts = tuple(k for k, (_, tokens, _) in enumerate(self.multi) if _fits(key, tokens[0]))
            found = (rules, merged, starts)
            if len(self.memo) >= MEMO_LIMIT:
                self.memo.clear()
            self.memo[key] = found
        return found

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.tokens._retokenize import set_token_attrs

        keys: list[Key] = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        found = [self._rules_for(key) for key in keys]
        extra: dict[int, set[int]] = {}
        for start, (_, _, starts) in enumerate(found):
            for k in starts:
                rule, tokens, index = self.multi[k]
                end = start + len(tokens)
                if end <= len(keys) and all(_fits(keys[start + j], c) for j, c in enumerate(tokens[1:], 1)):
                    extra.setdefault(start + index, set()).add(rule)
        for i, (rules, merged, _) in enumerate(found):
            if i in extra:
                merged = {}
                for rule in sorted(set(rules) | extra[i]):
                    merged.update(self.attrs[rule])
            if merged:
                set_token_attrs(doc[i], merged)
        return doc


class CachedLemmas:
    """A spaCy rule ``Lemmatizer`` whose answers are remembered per (word, pos, morph).

    spaCy's own cache skips the base-form and no-table paths, which re-parse
    the token's morphology for most tokens; every path is a function of the
    key, so one memo serves them all.
    """

    def __init__(self, lemmatizer: Any) -> None:
        if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
            raise Unsupported("only a non-overwriting rule lemmatizer is cached")
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], str] = {}

    def lemma(self, token: "Token") -> str:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        found = self.memo.get(key)
        if found is None:
            found = self.lemmatizer.lemmatize(token)[0]
            if len(self.memo) >= MEMO_LIMIT:
                self.memo.clear()
            self.memo[key] = found
        return found

    def __call__(self, doc: "Doc") -> "Doc":
        for token in doc:
            if token.lemma == 0:
                token.lemma_ = self.lemma(token)
        return doc


class _Component:
    """A pipeline component that runs a stand-in (spaCy's pipe() calls it per doc)."""

    def __init__(self, run: Callable[["Doc"], "Doc"]) -> None:
        self.run = run

    def __call__(self, doc: "Doc") -> "Doc":
        return self.run(doc)

    def pipe(self, docs: Iterable["Doc"], batch_size: int = 128) -> Iterator["Doc"]:
        for doc in docs:
            yield self.run(doc)


def _attribute_rules(nlp: "Language") -> FastAttributeRules:
    ruler: Any = nlp.get_pipe("attribute_ruler")
    return FastAttributeRules(list(ruler.patterns), list(ruler.attrs), list(ruler.indices))


def install_fastpath(nlp: "Language") -> tuple[str, ...]:
    """Swap in the stand-ins where the model's components allow; returns what was swapped.

    The replaced components keep their names, so ``nlp.pipe_names`` is unchanged.
    """
    from spacy.language import Language

    if not Language.has_factory("newsgraph_fast_component"):
        Language.factory("newsgraph_fast_component", func=lambda nlp, name: _Component(lambda doc: doc))
    swapped: list[str] = []
    makers: dict[str, Callable[[], Callable[["Doc"], "Doc"]]] = {
        "attribute_ruler": lambda: _attribute_rules(nlp),
        "lemmatizer": lambda: CachedLemmas(nlp.get_pipe("lemmatizer")),
    }
    for name, make in makers.items():
        if name not in nlp.pipe_names or isinstance(nlp.get_pipe(name), _Component):
            continue
        try:
            run = make()
        except Unsupported as exc:
            log.info("keeping spaCy's %s: %s", name, exc)
            continue
        component = nlp.replace_pipe(name, "newsgraph_fast_component")
        component.run = run  # type: ignore[attr-defined]
        swapped.append(name)
    return tuple(swapped)
