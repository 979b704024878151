"""Friendship, partnership and trust a state's speaker affirms toward another state (05, 051).

'"Bolivia is a brother we can count on," the Peruvian minister said' praises Bolivia in Peru's
name, as 'called Bolivia a brother' does (v.call_friend). Such words often stand in a quoted
sentence with no saying verb of its own ('"We trust Bolivia. ..." he said'), so the verb
patterns never see them; the quotation's speaker (newsgraph.quotes) is the source here, and
the target is the state the friendship word is said of: the subject of its predicate, a
state under the noun ("a friend of Bolivia", "our Bolivian brothers"), or the object of a verb
of trust. Nothing is coded for a relation denied, supposed or past ("no friend of ours", "if
they were our partners", "a former ally"), one held toward another state ("Russia is China's
partner"), one between two other states ("Russia and China are partners"), a friend who is a party
to another act ("our Bolivian friends will respond"), one the speaker names no state in
("our brothers in the diaspora"), a reproach ("we are allies, and allies do not behave like
this"), or words no state's speaker says.

Two more readings: a pair the words name no state of ("we are two brotherly nations", "a
sign of trust between our peoples") means the state the story last told the speaker's state
dealing with (the caller's counterpart); and a state's said-clause is read as its quotation
("She said Peru trusted Bolivia", _reports).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.data import load_data
from newsgraph.events.context import _Ctx, _has_modal, _principal, _state_codes
from newsgraph.events.objects import _held_toward_other
from newsgraph.events.parties import _conjuncts, _negated
from newsgraph.events.patterns import Pattern
from newsgraph.model import Mention, Quote, Sentence, Token

_PRONOUNS = frozenset({"it", "she"})  # a state spoken of as "it" (or, rarely, "she")
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PAIR_WORDS = frozenset({"two", "both"})
_NONE_WORDS = frozenset({"no", "nothing", "none", "never", "neither", "nor", "nobody"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
_PREDICATES = frozenset({"attr", "oprd", "acomp"})
# the links inside a noun phrase a word of friendship may sit under ("a symbol of the
# friendship between", "our closest friend and partner")
_NOUN_PHRASE_DEPS = frozenset({"pobj", "prep", "amod", "compound", "poss", "conj", "appos", "nmod"})


@dataclass(frozen=True, slots=True)
class Affirmations:
    """The vocabulary of data/events/affirmed.yaml."""

    pattern: Pattern
    nouns: frozenset[str]
    qualified_nouns: dict[str, frozenset[str]]
    modifiers: frozenset[str]
    standings: frozenset[str]
    closeness: frozenset[str]
    failing_verbs: frozenset[str]
    keeping_verbs: dict[str, frozenset[str]]
    verbs: dict[str, frozenset[str]]
    copulas: frozenset[str]
    leaning_verbs: frozenset[str]
    showing_verbs: frozenset[str]
    sharing_verbs: frozenset[str]
    deed_kin: frozenset[str]
    partner_preps: frozenset[str]
    unless_words: frozenset[str]
    unless_phrase_words: frozenset[str]
    suppositions: frozenset[str]
    # every lemma _friendship_word can take: a sentence with none of them is passed over
    # at one set test (most sentences; the word test per token cost 3% of the stage)
    lemmas: frozenset[str]


@dataclass(frozen=True, slots=True)
class Affirmed:
    """One friendship a speaker's state affirms: the word, the speaker's mention and state,
    and the target's mention."""

    trigger: Token
    source: Mention
    target: Mention


@lru_cache(maxsize=1)
def load_affirmations() -> Affirmations:
    """The friendship vocabulary (data/events/affirmed.yaml)."""
    data = load_data("events/affirmed.yaml")
    words = lambda key: frozenset(str(w).lower() for w in data[key])  # noqa: E731
    table = lambda key: {  # noqa: E731
        str(v): frozenset(str(p) for p in ps) for v, ps in data[key].items()
    }
    nouns, qualified, modifiers, verbs = (
        words("nouns"),
        table("qualified_nouns"),
        words("modifiers"),
        table("verbs"),
    )
    return Affirmations(
        pattern=Pattern(id=str(data["pattern"]), kind="verb", lemmas=(), code=str(data["code"])),
        nouns=nouns,
        qualified_nouns=qualified,
        modifiers=modifiers,
        standings=words("standings"),
        closeness=words("closeness"),
        failing_verbs=words("failing_verbs"),
        keeping_verbs=table("keeping_verbs"),
        verbs=verbs,
        copulas=words("copulas"),
        leaning_verbs=words("leaning_verbs"),
        showing_verbs=words("showing_verbs"),
        sharing_verbs=words("sharing_verbs"),
        deed_kin=words("deed_kin"),
        partner_preps=words("partner_preps"),
        unless_words=words("unless_words"),
        unless_phrase_words=words("unless_phrase_words"),
        suppositions=words("suppositions"),
        lemmas=nouns | frozenset(qualified) | modifiers | frozenset(verbs),
    )


def affirmed_friendships(
    ctx: _Ctx,
    sent: Sentence,
    quotes: Callable[[], Sequence[Quote]],
    speaker_mention: Callable[[Quote], Mention | None],
    counterpart: Callable[[str], Mention | None],
) -> list[Affirmed]:
    """The friendships the quoted words of one sentence affirm, in token order.

    Args:
        ctx: the event stage's lookups for the article.
        sent: the sentence.
        quotes: the article's quotations (asked only when the sentence holds a word of
            friendship).
        speaker_mention: a mention standing for a quotation's speaker, or None.
        counterpart: the state the story last told the speaker's state dealing with, for
            a pair the words name no state of ("we are two friendly nations").
    """
    out: list[Affirmed] = []
    if not _words(ctx, sent):
        return out
    # the speaker's mention only of the quotations this sentence holds (it scans the mentions)
    told = [
        (q, speaker_mention(q)) for q in quotes() if sent.index in q.sentence_indices
    ] + _reports(ctx, sent)
    for q, speaker in told:
        if q.speaker_actor not in _state_codes() or speaker is None:
            continue
        partner = counterpart(q.speaker_actor)
        for w, m in _quoted(ctx, sent, q, partner):
            if _placed(ctx, sent, q, _principal(m), partner) and not any(
                _principal(a.target) == _principal(m) for a in out
            ):
                out.append(Affirmed(w, speaker, m))
    return out


def _reports(ctx: _Ctx, sent: Sentence) -> list[tuple[Quote, Mention | None]]:
    """The sentence's said-clauses of a state's speaker, read as its quotations are: "She
    said Peru trusted Bolivia", "said its partnership with Bolivia was unshakable" (the
    clause's span, the saying verb's subject's state as the speaker's). A saying verb denied
    or supposed reports nothing, nor does a clause that reports another ("said the visit
    showed that Kenya was a reliable partner": what a deed shows, not the speaker's word)."""
    out: list[tuple[Quote, Mention | None]] = []
    for verb in ctx.parse.tokens[sent.token_start : sent.token_end]:
        if verb.pos != "VERB" or verb.lemma.lower() not in ctx.rules.speech_verbs:
            continue
        if _negated(ctx, verb) or _has_modal(ctx, verb):
            continue
        speakers = [
            m
            for k in ctx.kids(verb.i, _SUBJ)
            if (m := ctx.by_token.get(k.i)) is not None and _principal(m) in _state_codes()
        ]
        if len({_principal(m) for m in speakers}) != 1:
            continue
        for c in ctx.kids(verb.i, frozenset({"ccomp"})):
            if ctx.kids(c.i, frozenset({"ccomp"})):
                continue  # "said the visit showed that Kenya was a partner": an inference
            span = ctx.parse.subtree(c.i)
            clause = Quote(
                id="",
                article_id="",
                start=span[0].start,
                end=span[-1].end,
                text="",
                speaker_actor=_principal(speakers[0]),
                sentence_indices=(sent.index,),
            )
            out.append((clause, speakers[0]))
    return out


def _words(ctx: _Ctx, sent: Sentence) -> list[Token]:
    """The sentence's words of friendship; none in a sentence with a word that undoes it or
    that tells what a friend does not do."""
    voc = load_affirmations()
    toks = ctx.parse.tokens[sent.token_start : sent.token_end]
    lemmas = {t.lemma.lower() for t in toks}
    if lemmas.isdisjoint(voc.lemmas) or not voc.unless_words.isdisjoint(lemmas):
        return []
    words = [t for t in toks if _friendship_word(ctx, t, voc)]
    if any(t.dep in _SUBJ and _negated(ctx, ctx.tok(t.head)) for t in words):
        return []  # '"We are allies, and allies do not behave like this"': a reproach
    if any(
        voc.unless_phrase_words & {k.lemma.lower() for k in ctx.parse.subtree(_host(ctx, t).i)}
        for t in words
    ):
        return []  # "our largest trading partner and a trusted one": a standing in trade
    return words


def _quoted(
    ctx: _Ctx, sent: Sentence, q: Quote, partner: Mention | None
) -> list[tuple[Token, Mention]]:
    """The (word, state) friendships a quotation's words in one sentence affirm."""
    voc = load_affirmations()
    found: list[tuple[Token, Mention]] = []
    said = {
        w
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]
        if q.start <= t.start and t.end <= q.end
        for w in (t.lemma.lower(), t.text.lower())
    }
    for w in _words(ctx, sent):
        if not (q.start <= w.start and w.end <= q.end) or _unaffirmed(ctx, w, voc):
            continue
        if (
            w.lemma.lower() in voc.standings
            and not said & voc.closeness
            and not _good_faith(ctx, _host(ctx, w), voc)
        ):
            continue  # "Ghana is a key partner": a standing, no closeness told
        found += [(w, m) for m in _said_of(ctx, w, q.speaker_actor, voc, q, partner)]
    return found


def _good_faith(ctx: _Ctx, noun: Token, voc: Affirmations) -> bool:
    """Whether a relative clause on the noun tells good faith: a failing of the speaker's side
    denied ("a partner that has never let us down") or a promise kept ("an ally that delivers
    on its promises"), told as fact."""
    for r in ctx.kids(noun.i, frozenset({"relcl"})):
        lemma = r.lemma.lower()
        said = {t.text.lower() for t in ctx.parse.subtree(r.i)} | {
            t.lemma.lower() for t in ctx.parse.subtree(r.i)
        }
        if _has_modal(ctx, r):
            continue
        if lemma in voc.failing_verbs and _negated(ctx, r) and said & ctx.rules.first_person:
            return True
        if lemma in voc.keeping_verbs and not _negated(ctx, r) and said & voc.keeping_verbs[lemma]:
            return True
    return False


def _placed(ctx: _Ctx, sent: Sentence, q: Quote, target: str, partner: Mention | None) -> bool:
    """Whether a quotation's friendship toward a state is coded in this sentence: one event
    for the quotation, in the sentence of its attribution when that one affirms it too
    ('"Bolivia is a trusted friend. It is a partner we can count on," the minister said'),
    else in the first that does."""
    told = [
        i
        for i in q.sentence_indices
        if any(_principal(m) == target for _, m in _quoted(ctx, ctx.parse.sentences[i], q, partner))
    ]
    if not told:
        return False
    named = [i for i in told if _attributing(ctx.parse.sentences[i], q)]
    return sent.index == (named or told)[0]


def _attributing(sent: Sentence, q: Quote) -> bool:
    """Whether a sentence holds words outside the quotation (its attribution: '..., it is a
    partner," the minister said'), beyond the marks and a comma."""
    outside = sent.text[: max(0, q.start - sent.start)] + sent.text[max(0, q.end - sent.start) :]
    return any(c.isalpha() for c in outside)


def _friendship_word(ctx: _Ctx, t: Token, voc: Affirmations) -> bool:
    lemma = t.lemma.lower()
    if t.pos in ("NOUN", "PROPN"):
        if lemma in voc.qualified_nouns:  # "our second home", not "home to 7 million people"
            return any(k.lemma.lower() in voc.qualified_nouns[lemma] for k in ctx.kids(t.i))
        return lemma in voc.nouns
    if t.pos in ("ADJ", "VERB") and lemma in voc.modifiers and t.dep in ("amod", "compound"):
        return True
    return t.pos == "VERB" and lemma in voc.verbs


def _host(ctx: _Ctx, w: Token) -> Token:
    """The noun a word of friendship modifies, or the word itself ("a brotherly nation", "a
    brother nation": nation)."""
    if w.dep in ("amod", "compound") and w.head != w.i and ctx.tok(w.head).pos in ("NOUN", "PROPN"):
        return ctx.tok(w.head)
    return w


def _clause_of(ctx: _Ctx, t: Token) -> list[Token]:
    """t and the heads above it up to and including its clause's verb."""
    chain = [t]
    cur = t
    for _ in range(8):
        if cur.pos in ("VERB", "AUX") or cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
        chain.append(cur)
    return chain


def _unaffirmed(ctx: _Ctx, w: Token, voc: Affirmations) -> bool:
    """Whether the word's relation is denied, supposed or set under a condition ("no friend",
    "would be partners", "if they were our brothers")."""
    clause = _clause_of(ctx, _host(ctx, w))
    for t in clause:
        if _negated(ctx, t):
            return True
        if any(a.dep == "aux" and a.text.lower() in voc.suppositions for a in ctx.kids(t.i)):
            return True
    cur = clause[-1]
    for _ in range(6):
        if any(
            k.dep == "mark"
            and k.lemma.lower() in ctx.rules.condition_marks | ctx.rules.exception_marks
            for k in ctx.kids(cur.i)
        ):
            return True
        if cur.head == cur.i or ctx.tok(cur.head).lemma.lower() in ctx.rules.speech_verbs:
            break
        cur = ctx.tok(cur.head)
    return False


def _state_mentions(ctx: _Ctx, tokens: Sequence[Token], own: str | None) -> list[Mention]:
    """The mentions of states other than the speaker's among the tokens, once each."""
    out: list[Mention] = []
    for t in tokens:
        m = ctx.by_token.get(t.i)
        if m is None or m in out or m.actor is None:
            continue
        if _principal(m) in _state_codes() and _principal(m) != own and not m.members:
            out.append(m)
    return out


def _said_of(
    ctx: _Ctx, w: Token, own: str | None, voc: Affirmations, q: Quote, partner: Mention | None
) -> list[Mention]:
    """The states the friendship word is said of, other than the speaker's own; the story's
    counterpart (partner) for a pair the words name no state of."""
    lemma = w.lemma.lower()
    if w.pos == "VERB" and lemma in voc.verbs:
        return _trusted(ctx, w, own, voc)
    host = _host(ctx, w)
    if not _predicated(ctx, host, voc):
        return []  # "our Bolivian friends will respond": a party to another act, no praise
    mine = {own} if own else set()
    under = _state_mentions(ctx, ctx.parse.subtree(host.i), own)
    apposed = _apposed_state(ctx, host)
    if apposed is not None:
        # "with the help of Brazil, a true friend": the state the word stands beside
        return [] if _held_toward_other(ctx, host, mine) else [apposed]
    # a predicate noun: what its subject is ("Bolivia is a trusted friend"; "is the newest
    # member of our family": the noun the speaker's circle is told of)
    top = _circle_member(ctx, host) or host
    while top.dep == "conj" and top.head != top.i:
        top = ctx.tok(top.head)
    if top.dep in _PREDICATES and ctx.tok(top.head).lemma.lower() in voc.copulas:
        cop = ctx.tok(top.head)
        subjects = [c for k in ctx.kids(cop.i, _SUBJ) for c in _conjuncts(ctx, k)]
        if any(_speakers_side(ctx, s, own) for s in subjects):
            # "we are a friend of Bolivia", "Peru and Bolivia are brothers"; "we are
            # neighbors and brothers": a pair, the speaker's state and its counterpart
            plural = any(s.text.lower() == "we" for s in subjects) and any(
                c.tag in _PLURAL_TAGS for c in _conjuncts(ctx, top)
            )
            return under or ([partner] if plural and partner is not None else [])
        if len(subjects) > 1 or _held_toward_other(ctx, host, mine):
            # "Russia and China are partners", "Russia is China's partner": two others
            return []
        others = _state_mentions(ctx, subjects, own) or _antecedent(ctx, subjects, own, q)
        others += [m for m in under if m not in others]
        if not others and partner is not None and _paired(ctx, host, voc):
            return [partner]  # "this is a sign of trust between two partners"
        return others
    if _held_toward_other(ctx, host, mine):
        return []  # "Russia's friendship with China": a relation of two others
    if not under and partner is not None and _paired(ctx, host, voc):
        return [partner]  # "the friendship of two brother nations is a treasure"
    return under


def _apposed_state(ctx: _Ctx, noun: Token) -> Mention | None:
    """The state a word of friendship is set beside as its apposition ("with the help of
    Brazil, a true friend"; "Chile, our closest partner, ..."), or None."""
    if noun.dep != "appos" or noun.head == noun.i:
        return None
    m = ctx.by_token.get(noun.head)
    if m is None or m.actor is None or _principal(m) not in _state_codes() or m.members:
        return None
    return m


def _circle_member(ctx: _Ctx, noun: Token) -> Token | None:
    """The predicate noun whose of-phrase is the speaker's own circle ("the youngest member
    of our family", "one of our closest friends"): what the copula's subject is said to be
    in it, or None."""
    if noun.dep != "pobj" or not any(
        k.text.lower() == "our" for k in ctx.kids(noun.i, frozenset({"poss"}))
    ):
        return None
    prep = ctx.tok(noun.head)
    if prep.lemma.lower() != "of" or prep.head == prep.i:
        return None
    member = ctx.tok(prep.head)
    return member if member.dep in _PREDICATES else None


def _speakers_side(ctx: _Ctx, s: Token, own: str | None) -> bool:
    """Whether a subject is the speaker's side: "we", "I", or a mention of its state."""
    m = ctx.by_token.get(s.i)
    return s.text.lower() in ctx.rules.first_person or (m is not None and _principal(m) == own)


def _paired(ctx: _Ctx, noun: Token, voc: Affirmations) -> bool:
    """Whether a word of friendship names a pair and no state: "two partners", "two friendly
    nations", or it or a noun it stands under up to its copula holds a between-phrase of
    "our" or "two" ("the friendship between our peoples", "a bridge between our economies
    and a sign of trust")."""
    cur = noun
    for _ in range(10):
        if _pair_noun(ctx, cur, frozenset({"nummod"})):
            return True
        for p in ctx.kids(cur.i, frozenset({"prep"})):
            if p.lemma.lower() == "between" and any(
                _pair_noun(ctx, o, frozenset({"nummod", "poss"}))
                for o in ctx.kids(p.i, frozenset({"pobj"}))
            ):
                return True
        if cur.head == cur.i or ctx.tok(cur.head).pos in ("VERB", "AUX"):
            return False
        cur = ctx.tok(cur.head)
    return False


def _pair_noun(ctx: _Ctx, noun: Token, deps: frozenset[str]) -> bool:
    """A plural noun counted as two or (deps "poss") owned by "our" ("two partners", "our
    peoples")."""
    return noun.tag in _PLURAL_TAGS and any(
        (k.dep == "nummod" and k.lemma.lower() in _PAIR_WORDS)
        or (k.dep == "poss" and k.text.lower() == "our")
        for k in ctx.kids(noun.i, deps)
    )


def _antecedent(ctx: _Ctx, subjects: list[Token], own: str | None, q: Quote) -> list[Mention]:
    """The state a pronoun subject stands for ('"Bolivia is a trusted friend. It is a partner
    we can count on"'): the last state other than the speaker's the quotation named before it."""
    if len(subjects) != 1 or subjects[0].lemma.lower() not in _PRONOUNS:
        return []
    before = [t for t in ctx.parse.tokens if q.start <= t.start and t.end <= subjects[0].start]
    named = _state_mentions(ctx, before, own)
    return named[-1:]


def _predicated(ctx: _Ctx, noun: Token, voc: Affirmations) -> bool:
    """Whether a noun of friendship stands in what a copula says ("X is a trusted friend",
    "the security of our Bolivian friends is ours", "a symbol of our friendship"), what a
    deed shows ("the extradition reflected its strong partnership with Belgium":
    showing_verbs) or leans on the speaker's side ("as long as our Bolivian brothers need
    us": leaning_verbs), not as a party to another act ("our Bolivian friends will respond", "asked our brothers to
    talk")."""
    if _apposed_state(ctx, noun) is not None:
        return True  # "with the help of Brazil, a true friend": said of the state beside it
    cur = noun
    for _ in range(10):
        if cur.head == cur.i:
            return False
        head = ctx.tok(cur.head)
        if head.pos in ("VERB", "AUX"):
            if cur.dep in _SUBJ and head.lemma.lower() in voc.leaning_verbs:
                return _leans_on_speaker(ctx, head)
            if cur.dep == "dobj" and head.lemma.lower() in voc.showing_verbs:
                return True
            if cur.dep == "dobj" and head.lemma.lower() in voc.sharing_verbs:
                return _shared_with_kin(ctx, noun, head, voc)
            if cur.dep == "nsubj" and cur is noun and _kin_deed(ctx, noun, head, voc):
                return True
            if cur.dep == "prep" and cur.lemma.lower() in voc.partner_preps:
                return _kin_partner(ctx, noun, head, voc)
            return head.lemma.lower() in voc.copulas and cur.dep in _PREDICATES | _SUBJ
        if cur.dep not in _NOUN_PHRASE_DEPS:
            return False
        cur = head
    return False


def _shared_with_kin(ctx: _Ctx, noun: Token, verb: Token, voc: Affirmations) -> bool:
    """Whether the speaker's side shares a feeling of "our" kin ("We share the anger of our
    Tongan brothers"): the kin word (deed_kin) owned by "our", the sharing verb's subject
    "we" or "I", told as fact."""
    if noun.lemma.lower() not in voc.deed_kin or not any(
        k.text.lower() == "our" for k in ctx.kids(noun.i, frozenset({"poss"}))
    ):
        return False
    if _negated(ctx, verb) or _has_modal(ctx, verb):
        return False
    return any(k.text.lower() in ("we", "i") for k in ctx.kids(verb.i, _SUBJ))


def _kin_deed(ctx: _Ctx, noun: Token, verb: Token, voc: Affirmations) -> bool:
    """Whether "our" kin are told doing a deed done ("Our brothers in Qatar have answered our
    call", "our Vietnamese friends opened the road to the sea for us"): the speaker names
    them its own kin (deed_kin) while telling what they did, which praises them; a deed to
    come, supposed or denied ("our friends will respond", "our brothers did not come") is
    not one."""
    if noun.lemma.lower() not in voc.deed_kin or not any(
        k.text.lower() == "our" for k in ctx.kids(noun.i, frozenset({"poss"}))
    ):
        return False
    if _negated(ctx, verb) or _has_modal(ctx, verb):
        return False
    if any(
        k.lemma.lower() in _NONE_WORDS
        for c in ctx.kids(verb.i)
        if c.dep in ("dobj", "dative", "attr", "npadvmod", "advmod")
        for k in ctx.parse.subtree(c.i)
    ):
        return False  # "Our Pakistani brothers left us no choice": a reproach
    auxes = {a.lemma.lower() for a in ctx.kids(verb.i, frozenset({"aux"}))}
    return verb.tag == "VBD" or (verb.tag == "VBN" and "have" in auxes)


def _kin_partner(ctx: _Ctx, noun: Token, verb: Token, voc: Affirmations) -> bool:
    """Whether "our" kin are the speaker's side's partners in its own act ("we are examining
    the facts together with our Lao friends": partner_preps, a first-person subject), which
    names them its kin as a deed told of them does (_kin_deed); not when denied, nor kin a
    clause narrows to some people ("our Russian friends who oppose the war")."""
    ours = any(k.text.lower() == "our" for k in ctx.kids(noun.i, frozenset({"poss"})))
    if noun.lemma.lower() not in voc.deed_kin or not ours or _negated(ctx, verb):
        return False
    if ctx.kids(noun.i, frozenset({"relcl", "acl"})):
        return False
    return any(k.text.lower() in ctx.rules.first_person for k in ctx.kids(verb.i, _SUBJ))


def _leans_on_speaker(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb's object, or the object of its phrase, is the speaker's own (rules
    first_person: "need us", "count on us"): the speaker's side is what the friend leans on."""
    objs = list(ctx.kids(verb.i, frozenset({"dobj"})))
    objs += [
        o for p in ctx.kids(verb.i, frozenset({"prep"})) for o in ctx.kids(p.i, frozenset({"pobj"}))
    ]
    return any(o.text.lower() in ctx.rules.first_person for o in objs)


def _trusted(ctx: _Ctx, verb: Token, own: str | None, voc: Affirmations) -> list[Mention]:
    """Whom the speaker's side trusts or relies on ("we trust Bolivia", "we can count on
    Bolivia"): the verb's subject is the speaker or its state."""
    subjects = [c for k in ctx.kids(verb.i, _SUBJ) for c in _conjuncts(ctx, k)]
    if not subjects or not all(_speakers_side(ctx, s, own) for s in subjects):
        return []
    preps = voc.verbs[verb.lemma.lower()]
    objects = [k for k in ctx.kids(verb.i, frozenset({"dobj"}))] if "" in preps else []
    objects += [
        o
        for p in ctx.kids(verb.i, frozenset({"prep"}))
        if p.lemma.lower() in preps
        for o in ctx.kids(p.i, frozenset({"pobj"}))
    ]
    # the object itself is the state ("we rely on Bolivia"), not a thing of its ("depended
    # on Russian fuel", "counted on the Chinese side")
    heads = [c for o in objects for c in _conjuncts(ctx, o)]
    return _state_mentions(ctx, heads, own)
