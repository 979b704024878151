"""A state referred to as "the country" or "the nation".

Opening a sentence, it is the state the sentence before was about: "Egypt said it
would build the dam. The country urged the U.N." is EGY. Only when that sentence,
in the same paragraph, has a state as the subject of its root verb and names no
other state in any role: "Russia launched drones at Ukraine. The country shot down
80" could be either, and gives nothing. A subject inside a reported clause is no
root subject, so the dateline's state is never taken by default. Plain adjectives
may stand before the noun ("The oil-rich nation", "The reclusive state": "state"
only after one); the words of descriptions.yaml's kind_blocked may not ("The other
country"). A plain "the country's" before a title or role ("The country's foreign
minister", "the country's defence ministry") is that state's office, in the same
places; before anything else ("the country's economy") it is left alone.

Inside a sentence, the subject of a clause under a verb whose subject is a state
or its official is that state: "Algeria's foreign minister said the country would
close its border with Mali" is DZA. Only when every state named before it (and
every such subject) is that one state; an object ("in the country") or "a country"
is never taken.
"""

from __future__ import annotations

from newsgraph.actors.described import kind_words
from newsgraph.actors.gazetteer import Gazetteer
from newsgraph.actors.spans import span_mention
from newsgraph.model import Article, Mention, Parse

_HEADS = frozenset({"country", "nation"})
_POSSESSIVE = frozenset({"'s", "’s"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# links by which a state hangs from a subject that speaks for it ("a spokesman for
# Germany's foreign ministry", "the head of Egypt's army")
_ATTACHED = frozenset({"pobj", "prep", "poss", "compound", "appos"})
_ATTACH_STEPS = 5
_MODIFIERS = 5  # tokens at most between "the" and the noun ("the oil - rich")


def _states(m: Mention, gaz: Gazetteer) -> set[str]:
    """The states (not IGOs) a mention stands for."""
    actors = m.members or ((m.actor,) if m.actor is not None else ())
    return {a.principal for a in actors if a.principal and a.principal not in gaz.igos}


def _root_subject_state(
    parse: Parse, mentions: tuple[Mention, ...], s: int, gaz: Gazetteer
) -> str | None:
    """The state that is the subject of sentence s's root verb, when it is the only
    state the sentence names (a list or any other state in any role gives None)."""
    named: set[str] = set()
    subject: set[str] = set()
    for m in mentions:
        if m.sentence_index != s:
            continue
        states = _states(m, gaz)
        named |= states
        head = parse.tokens[m.token_end - 1]
        if m.members or head.dep not in _SUBJECTS:
            continue
        if parse.tokens[head.head].dep == "ROOT":
            subject |= states
    if len(named) != 1 or named != subject:
        return None
    return next(iter(named))


def _office(
    parse: Parse, lowers: list[str], k: int, end: int, gaz: Gazetteer
) -> tuple[int, str, str] | None:
    """(end, role, mention kind) of a title or role phrase at token k ("foreign
    minister", "defence ministry", "top diplomat" is none), skipping gaz.modifiers."""
    while k < end and lowers[k] in gaz.modifiers and not gaz.match_in(gaz.titles, lowers, k):
        k += 1
    for table, kind in ((gaz.titles, "title"), (gaz.roles, "group")):
        m = gaz.match_in(table, lowers, k)
        if m is not None and k + m[0] <= end:
            return k + m[0], str(m[1] or ""), kind
    return None


def _description(
    parse: Parse, lowers: list[str], i: int, end: int, gaz: Gazetteer
) -> tuple[int, int, str, str] | None:
    """(head token, end, role, kind) of a subject "the [adjectives] country" or
    "the country's foreign minister" at token i (the sentence ends before ``end``)."""
    if lowers[i] != "the":
        return None
    blocked = kind_words().blocked
    k = i + 1
    while k < end and k - i <= _MODIFIERS:
        tok = parse.tokens[k]
        if lowers[k] in _HEADS or (lowers[k] == "state" and k > i + 1 and tok.pos == "NOUN"):
            break
        hyphen = tok.text == "-" or (not tok.ws and k + 1 < end and parse.tokens[k + 1].text == "-")
        if lowers[k] in blocked or not (hyphen or tok.pos == "ADJ"):
            return None
        k += 1
    else:
        return None
    if k >= end:
        return None
    if parse.tokens[k].dep in _SUBJECTS:
        return k, k + 1, "", "name"
    if k + 2 >= end or lowers[k + 1] not in _POSSESSIVE or k > i + 1:
        return None  # "the country's ...": only a plain "the country's"
    office = _office(parse, lowers, k + 2, end, gaz)
    if office is None:
        return None
    stop, role, kind = office
    head = next(
        (j for j in range(k + 2, stop) if not k + 2 <= parse.tokens[j].head < stop), stop - 1
    )
    if parse.tokens[head].dep not in _SUBJECTS:
        return None
    return head, stop, role, kind


def _ancestors(parse: Parse, k: int) -> list[int]:
    """The heads above token k, nearest first."""
    out: list[int] = []
    while parse.tokens[k].head != k and len(out) < 20:
        k = parse.tokens[k].head
        out.append(k)
    return out


def _subject_under(parse: Parse, k: int, above: set[int]) -> bool:
    """Whether token k is, or hangs by _ATTACHED links from, the subject of a verb in
    ``above`` ("Germany" in "A spokesman for Germany's foreign ministry said ...")."""
    for _ in range(_ATTACH_STEPS):
        tok = parse.tokens[k]
        if tok.dep in _SUBJECTS:
            return tok.head in above
        if tok.dep not in _ATTACHED or tok.head == k:
            return False
        k = tok.head
    return False


def _clause_state(
    parse: Parse, mentions: tuple[Mention, ...], i: int, noun: int, gaz: Gazetteer
) -> str | None:
    """The state whose mention is the subject of a verb above the clause of the
    noun at token ``noun`` (the phrase starts at i), when every state named before
    i in the sentence and every such subject is that one state."""
    s = parse.tokens[i].sent
    above = set(_ancestors(parse, parse.tokens[noun].head))
    named: set[str] = set()
    subject: set[str] = set()
    for m in mentions:
        if m.sentence_index != s or m.token_start == i:
            continue
        owner = any(_subject_under(parse, k, above) for k in range(m.token_start, m.token_end))
        if m.token_start >= i and not owner:
            continue
        states = _states(m, gaz)
        if m.members:
            return None
        named |= states
        if owner:
            subject |= states
    if len(named) != 1 or named != subject:
        return None
    return next(iter(named))


def add_country_subjects(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions plus a subject "the country"/"the nation": at a sentence's start,
    the state the sentence before had as its root's subject and named alone; inside
    a sentence, the state that is the subject of a verb above its clause."""
    taken = {k for m in mentions for k in range(m.token_start, m.token_end)}
    lowers = [t.text.lower() for t in parse.tokens]
    added: list[Mention] = []
    for sent in parse.sentences:
        for i in range(sent.token_start, sent.token_end - 1):
            found = _description(parse, lowers, i, sent.token_end, gaz)
            if found is None:
                continue
            noun, stop, role, kind = found
            if any(k in taken for k in range(i, stop)):
                continue
            state: str | None = None
            if i == sent.token_start and sent.index > 0:
                if parse.tokens[i].text != "The":
                    continue
                before = parse.sentences[sent.index - 1]
                if "\n" in article.text[before.end : sent.start]:
                    continue  # a new paragraph
                state = _root_subject_state(parse, mentions, before.index, gaz)
            elif i > sent.token_start:
                state = _clause_state(parse, mentions, i, noun, gaz)
            if state is None:
                continue
            actor = gaz.principal_actor(state, role)
            added.append(span_mention(article, parse, i, stop, kind, actor))
    if not added:
        return mentions
    return tuple(sorted([*mentions, *added], key=lambda m: (m.start, m.end)))
