"""Coordination and parallel acts: co-subjects, gapped and elliptic clauses, mirrored and
echoed acts, joint pledges, named authors of act nouns, pair references and _differ (two
sides that may be an event's source and target).

Apart because these read across the conjuncts and clauses of one sentence, on top of the
slots of clauses.py.
"""

from __future__ import annotations

from dataclasses import replace

from newsgraph.events.clauses import _subject_tokens
from newsgraph.events.context import (
    _background_act,
    _ANY_SUBJ,
    _CONJ,
    _CONJ_APPOS,
    _PREP,
    _PREP_KIDS,
    _XCOMP,
    _agents,
    _Ctx,
    _DASHES,
    _Hit,
    _OBJ,
    _PASSIVE_MARKS,
    _PASSIVE_SUBJ,
    _PERSONISH,
    _SUBJ,
    _act_roots,
    _governing_verb,
    _has_modal,
    _infinitive,
    _infinitive_host,
    _memo,
    _own_aside,
    _pobjs,
    _preps,
    _principal,
    _state_codes,
)
from newsgraph.events.objects import _COMPLEMENT_SKIP, _complement_lemmas
from newsgraph.events.parties import (
    _actors,
    _actors_of,
    _conj_host,
    _conjuncts,
    _expanded,
    _game,
    _gapped_remnant,
    _modality,
    _negated,
    _second_recipient,
)
from newsgraph.model import Actor, Mention, Token


def _hypothetical_subject(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun is the subject of a modal verb ("more support by X could allow ...")."""
    if noun.dep not in _SUBJ or noun.head == noun.i:
        return False
    verb = ctx.tok(noun.head)
    return _has_modal(ctx, verb) or _modality(ctx, verb) is not None


def _pledge_verb(ctx: _Ctx, verb: Token) -> tuple[Token, Token] | None:
    """The verb of commitment (joint_pledge_verbs) an intended act hangs on, up through
    infinitives and conjuncts, with the token just below it on that climb; None if none."""
    cur = verb
    for _ in range(4):
        clause = cur.dep in ("ccomp", "advcl") and _infinitive(ctx, cur)
        if cur.head == cur.i or not (cur.dep in ("xcomp", "conj") or clause):
            return None
        below, cur = cur, ctx.tok(cur.head)
        if cur.lemma.lower() in ctx.rules.joint_pledge_verbs:
            return cur, below
    return None


def _joint_pledge(ctx: _Ctx, verb: Token) -> bool:
    """Whether an intended act hangs on a verb of commitment its subjects all make ("A and B
    agreed to expand trade", "vowed to coordinate"): each side commits to the other."""
    return _pledge_verb(ctx, verb) is not None


def _pledge_partners(ctx: _Ctx, verb: Token) -> list[Token]:
    """The parties a verb of commitment names with "with" over an act it governs.

    "Zambia agreed with Kenya to share intelligence" tells what "Zambia and Kenya agreed to
    share intelligence" tells: the partner commits too, so it joins the act's subjects (each
    of them, "agreed with China and India to restructure its loans"). Only the commitment
    verb's own with-phrase, over an infinitive it governs (_pledge_verb); not when
    the commitment verb's own pattern codes the deal from that infinitive ("agreed with
    Nigeria to reopen the border": v.agree_resume's one agreement, not a second act).
    """
    found = _pledge_verb(ctx, verb)
    if found is None:
        return []
    pledge, below = found
    own = ctx.patterns.verbs.get(pledge.lemma.lower(), ())
    words = _memo(ctx, _complement_lemmas, pledge)
    if any(
        below.lemma.lower() in p.object_words
        for p in own
        if "xcomp" in p.needs
        and not p.unless_words & words  # "to share intelligence": v.exchange_intel's own
    ):
        return []
    heads = _preps(ctx, pledge, frozenset({"with"}))
    return [c for h in heads for c in _conjuncts(ctx, h)]


def _co_subjects(ctx: _Ctx, verb: Token) -> list[Token]:
    """Parties joined to the subject by "along with" set off before the verb.

    "Japan, along with South Korea, condemned the launch": both condemn. Only a phrase between
    the subject and the verb counts ("attacked Ukraine along with Georgia" adds no actor).
    """
    subj = [k for k in ctx.kids(verb.i, _SUBJ) if k.i < verb.i]
    if not subj:
        return []
    # "creditors, led by China": leaders act for a group that is no actor ("the G7, led by
    # Japan this year" is the G7's act)
    out = [] if _actors(ctx, subj[:1], "source") else _leaders(ctx, subj[0])
    hosts = ctx.kids(verb.i, _PREP) + ctx.kids(subj[0].i, _PREP)
    for k in hosts:
        if not subj[0].i < k.i < verb.i:
            continue
        low = k.lemma.lower()
        if low in ctx.rules.accompanying_preps:
            out += _pobjs(ctx, k)
        elif low in ctx.rules.accompanying_adverbs:
            out += _preps(ctx, k, frozenset({"with"}))
        elif low == "with" and any(
            a.lemma.lower() in ctx.rules.accompanying_adverbs
            for a in ctx.kids(k.i, frozenset({"advmod"}))
        ):
            out += _pobjs(ctx, k)
    return out


# clauses joined to a verb that may repeat or return its act (_parallel_subjects, _mirrored)
_JOINED_CLAUSES = frozenset({"conj", "advcl"})


def _parallel_subjects(ctx: _Ctx, verb: Token) -> list[Token]:
    """Subjects of elliptic clauses that repeat the verb's act with no verb of their own.

    "Chile recalled its envoy, as did Peru", "..., and Peru followed suit" (an echo verb:
    _echoes) and gapping, where only a remnant of the second clause is left: "Georgia applied
    in 2010 and Armenia in 2024" (_gapped_subjects).
    """
    top = _infinitive_host(ctx, verb)  # "agreed to reopen it, as did Peru"
    clause: list[Token] = []
    stack = [top]
    while stack and len(clause) < 6:
        cur = stack.pop()
        clause.append(cur)
        stack += ctx.kids(cur.i, _XCOMP)
    out = [
        s
        for v in clause
        for k in ctx.kids(v.i, _JOINED_CLAUSES)
        if k.i > verb.i and _echoes(ctx, k)
        for s in ctx.kids(k.i, _SUBJ)
    ]
    return out + _gapped_subjects(ctx, clause)


def _mirrored(ctx: _Ctx, verb: Token, hits: list[_Hit]) -> list[_Hit]:
    """The acts a target returns in a clause joined after the verb: "Russia expelled two
    Estonian diplomats, and Tallinn responded in kind" (mirror_verbs with "in kind", or
    mirroring_verbs alone: "and Estonia reciprocated"): the same act, the other way."""
    out: list[_Hit] = []
    for k in ctx.kids(verb.i, _JOINED_CLAUSES):
        if k.i < verb.i or not _returns_in_kind(ctx, k):
            continue
        for s in _actors(ctx, ctx.kids(k.i, _SUBJ), "source"):
            for h in hits:
                target = h.target.actor if h.target is not None else None
                if target is None or s.actor is None or target.principal != s.actor.principal:
                    continue
                if _differ(ctx, s, h.source):
                    out.append(replace(h, source=s, target=h.source))
    return out


def _returns_in_kind(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb returns an act the other way: "responded in kind" (mirror_verbs with "in
    kind") or "reciprocated" (mirroring_verbs); "may respond in kind" does not."""
    if _negated(ctx, verb):
        return False
    if _has_modal(ctx, verb):
        return False  # "and Tallinn may respond in kind"
    lemma = verb.lemma.lower()
    in_kind = any(
        p.lemma.lower() == "kind"
        for prep in ctx.kids(verb.i, _PREP)
        if prep.lemma.lower() == "in"
        for p in _pobjs(ctx, prep)
    )
    return lemma in ctx.rules.mirroring_verbs or (in_kind and lemma in ctx.rules.mirror_verbs)


def _echoes(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb only repeats the act of its head ("as did Peru", "Peru followed suit",
    "Estonia took a similar step": _similar_step)."""
    lemma = verb.lemma.lower()
    if lemma not in ctx.rules.echo_verbs | ctx.rules.echo_act_verbs or _negated(ctx, verb):
        return False
    if _has_modal(ctx, verb):
        return False  # "and Peru may follow suit"
    objs = ctx.kids(verb.i, _OBJ)
    if lemma not in ctx.rules.echo_verbs:
        return bool(objs) and all(_similar_step(ctx, o) for o in objs)
    if any(o.lemma.lower() not in ctx.rules.echo_words for o in objs):
        return False  # "as Peru did nothing"
    if any(
        (m := ctx.by_token.get(p.i)) is not None and m.actor is not None
        for k in ctx.kids(verb.i, frozenset({"prep"}))
        for p in _pobjs(ctx, k)
    ):
        return False  # "as Colombia did with Iran": the same kind of act, aimed elsewhere
    words = ctx.kids(verb.i, frozenset({"mark", "advmod"})) + objs
    return any(w.lemma.lower() in ctx.rules.echo_words for w in words)


def _similar_step(ctx: _Ctx, obj: Token) -> bool:
    """Whether an object names a step like the one told before ("a similar step", "the same
    move", "similar action"), aimed at no actor of its own ("a similar step against Minsk")."""
    if obj.lemma.lower() not in ctx.rules.echo_nouns:
        return False
    if not any(
        a.dep == "amod" and a.lemma.lower() in ctx.rules.echo_modifiers for a in ctx.kids(obj.i)
    ):
        return False
    return not any(
        (m := ctx.by_token.get(p.i)) is not None and m.actor is not None
        for k in ctx.kids(obj.i, frozenset({"prep"}))
        for p in _pobjs(ctx, k)
    )


_GAPPED_ARGS = _OBJ | {"npadvmod"}  # a gapped clause's first arguments (_gapped_subjects)


def _gapped_subjects(ctx: _Ctx, clause: list[Token]) -> list[Token]:
    """Second subjects of a gapped clause: "Finland joined NATO in 2023 and Sweden in 2024".

    The parser joins the second subject to the verb or to the first clause's date; a remnant
    (a phrase of time or place) must follow it. An actor of its kind (state or IGO) among the
    clause's objects would make it a second object instead ("invaded Georgia in 2008 and
    Ukraine in 2022", "recalled envoys from Lima in May and Quito in June"): not read.
    """
    ids = {v.i for v in clause}
    hosts = list(clause)
    kinds: set[bool] = set()
    states = _state_codes()
    every: list[Token] = []
    for v in clause:
        args = ctx.kids(v.i, _GAPPED_ARGS)
        for k in ctx.kids(v.i, _PREP_KIDS):
            # "sent drones to Azerbaijan": a "to" the parser calls dative stands for its object
            args += _pobjs(ctx, k) if k.dep == "prep" or k.pos == "ADP" else [k]
        every += args
        for a in args:
            m = ctx.by_token.get(a.i)
            if m is not None and m.actor is not None:
                kinds.add(m.actor.principal in states)
            elif a.pos == "NUM" or (
                (e := ctx.ent_of.get(a.i)) is not None and e.label in ("DATE", "TIME")
            ):
                hosts.append(a)  # "applied in 2010 and Armenia in 2024"
    out = []
    for h in hosts:
        for x in ctx.kids(h.i, _CONJ):
            m = ctx.by_token.get(x.i)
            if x.pos not in ("PROPN", "NOUN") or m is None or m.actor is None:
                continue
            if (m.actor.principal in states) in kinds:
                continue
            remnant = any(
                r.i > x.i and r.dep in ("prep", "npadvmod", "advmod")
                for v in [*clause, x]
                for r in ctx.kids(v.i)
                if v.i in ids or v.i == x.i
            )
            if remnant:
                out.append(x)
    # "Britain expelled a Russian diplomat, and Germany two", "sent 200 troops to Mali and
    # Nigeria 300": a name with a bare number after it repeats the act, whatever its kind
    stack = [x for h in clause + every for x in ctx.kids(h.i, _CONJ_APPOS)]
    while stack:
        x = stack.pop()
        r = _gapped_remnant(ctx, x)
        if r is not None and r.dep != "prep" and x not in out and not _second_recipient(ctx, x):
            out.append(x)
            stack += ctx.kids(x.i, frozenset({"conj"}))
    return out


def _gapped(ctx: _Ctx, hits: list[_Hit]) -> list[_Hit]:
    """The act of a gapped clause with a target of its own: "the U.S. imposed sanctions on
    Iran and the EU on Syria" (_gapped_remnant): the EU does to Syria what the U.S. did to
    Iran."""
    out: list[_Hit] = []
    for h in hits:
        if h.target is None:
            continue
        for t in range(h.target.token_start, h.target.token_end):
            for x in _joined_remnants(ctx, ctx.tok(t)):
                r = _gapped_remnant(ctx, x)
                assert r is not None
                for s in _actors(ctx, [x], "source"):
                    out += [
                        replace(h, source=s, target=m)
                        for o in _pobjs(ctx, r)
                        for m in _actors_of(ctx, o, "target")
                        if _differ(ctx, s, m)
                    ]
    return out


def _joined_remnants(ctx: _Ctx, t: Token) -> list[Token]:
    """The conjuncts after t with a prepositional remnant of their own (_gapped_remnant)."""
    out, cur = [], t
    for _ in range(4):
        nxt = ctx.kids(cur.i, frozenset({"conj"}))
        if not nxt:
            break
        cur = nxt[0]
        r = _gapped_remnant(ctx, cur)
        if r is not None and r.dep == "prep":
            out.append(cur)
    return out


def _leaders(ctx: _Ctx, subj: Token) -> list[Token]:
    """The agents of a "led by" participle on a subject: they act for the group they lead.

    "Official creditors, led by China and France, agreed to ...", "a coalition of countries
    led by Saudi Arabia struck ...": the leaders are the sources (leading_verbs). A person
    leading an international body ("the mission, led by Belgian diplomat ...") leads it for
    no state of its own (international_bodies).
    """
    out = []
    for n in [subj, *(p for k in ctx.kids(subj.i, _PREP) for p in _pobjs(ctx, k))]:
        shared = n.lemma.lower() in ctx.rules.international_bodies
        for k in ctx.kids(n.i, frozenset({"acl"})):
            if k.tag == "VBN" and k.lemma.lower() in ctx.rules.leading_verbs:
                out += [
                    a
                    for a in _agents(ctx, k)
                    if not (shared and _person_agent(ctx, a))
                ]
    return out


def _person_agent(ctx: _Ctx, t: Token) -> bool:
    """Whether a leader is a person (a name, title or surname), not a state or body."""
    m = ctx.by_token.get(t.i)
    return m is not None and m.kind in _PERSONISH


def _antecedent_author(ctx: _Ctx, noun: Token) -> list[Mention]:
    """The author of the act a definite noun refers back to ("Milei rejected the proposal").

    "Another Lula proposal, a tax on the super-rich, ... Milei rejected the proposal": the
    nearest earlier use of the same noun, in this sentence or the two before, whose author is
    named by a possessive, a by-phrase or a person's name before it.
    """
    definite = any(d.lemma.lower() == "the" for d in ctx.kids(noun.i, frozenset({"det"})))
    # "at a summit the United States boycotted": a relative clause makes it the known one
    if not definite and not ctx.kids(noun.i, frozenset({"relcl"})):
        return []
    lemma = noun.lemma.lower()
    family = next((f for f in ctx.rules.act_families if lemma in f[0]), None)
    if family is not None:
        # the noun's own word first: "Australia and Papua New Guinea signed a defense treaty
        # ... Beijing signed a policing deal with the Solomon Islands in 2022 ... New Zealand
        # welcomed the treaty" means the treaty
        own_word = (frozenset({lemma}), family[1])
        own_at: list[int] = []
        found = _family_author(ctx, noun, (own_word, family), at=own_at)
        near_at: list[int] = []
        near = _family_author(ctx, noun, (family,), at=near_at) if found else []
        if (
            near
            and _nearer_news(ctx, near_at, own_at)
            and not {_principal(m) for m in near} & {_principal(m) for m in found}
        ):
            # "... signed an agreement ... Bolivia and Paraguay signed an accord on Friday.
            # Chile welcomed the agreement": the deal told just before, in the day's news, by
            # other parties (the same deal retold, "The deal was signed by Peru's minister",
            # keeps the first telling's parties)
            return near
        return found
    first = ctx.parse.sentences[max(0, noun.sent - 2)].token_start
    drafters: list[Mention] = []
    for i in range(noun.i - 1, first - 1, -1):
        t = ctx.tok(i)
        if t.lemma.lower() != lemma or t.pos != "NOUN":
            continue
        if _own_aside(ctx, t, frozenset({lemma})):
            continue  # "has imposed its own sanctions": one beside the story's (_family_author)
        found = _adopters(ctx, t)
        for k in ctx.kids(t.i, frozenset({"poss", "compound", "prep", "acl"})):
            if found:
                break
            if k.dep in ("compound", "amod", "nmod"):
                m = ctx.by_token.get(k.i)
                enacted = t.lemma.lower() in ctx.rules.enacted_nouns and k.i < t.i
                kinds = ("person", "title", "surname") + (("name",) if enacted else ())
                # "The EU law bars imports ... Indonesia called the law discriminatory": an
                # enacted rule is its named maker's, as a person's proposal is
                found = (
                    [m]
                    if m is not None
                    and m.kind in kinds
                    and (m.kind != "name" or m.actor is not None)
                    else []
                )
                if k.dep != "compound" and not enacted:
                    found = []
            elif k.dep == "poss":
                found = _actors(ctx, [k], "source")
            elif k.dep == "prep" and k.lemma.lower() == "by":
                found = _actors(ctx, _pobjs(ctx, k), "source")
            else:
                agents = ctx.kids(k.i, frozenset({"agent"})) if k.tag == "VBN" else []
                found = _actors(ctx, [p for a in agents for p in _pobjs(ctx, a)], "source")
        if found and _drafted(ctx, t):
            # "The resolution, drafted by Ukraine, ...": its drafter, while the body that
            # adopted it may be told further back ("The assembly adopted a resolution ...")
            drafters = drafters or found
            continue
        return found or drafters  # the nearest earlier use names no author: nothing is guessed
    if not drafters and lemma in ctx.rules.deal_summary_nouns:
        # "the arrangement" with no earlier use: the deal told by another noun of its family
        deals = next((f for f in ctx.rules.act_families if f[0] & ctx.rules.agreement_nouns), None)
        works = lemma in ctx.rules.works_summary_nouns  # "the project": a deal to build
        return _family_author(ctx, noun, (deals,), works) if deals is not None else []
    return drafters


def _drafted(ctx: _Ctx, t: Token) -> bool:
    """Whether a decision noun names a text put forward for others to decide ("France drafted
    the resolution", "a resolution sponsored by Kenya", "the measure was proposed by Britain":
    drafting_verbs) or one refused ("Hungary had threatened to block the decision":
    refusing_verbs, a refusal _done_refusal judges): the drafter or refuser decided nothing
    that "the decision" or "the move" sums up."""
    if t.pos != "NOUN":
        return False
    drafting = ctx.rules.drafting_verbs | ctx.rules.refusing_verbs
    head = ctx.tok(t.head)
    if t.dep in _OBJ | _PASSIVE_SUBJ and head.pos == "VERB" and head.lemma.lower() in drafting:
        return True
    return any(
        k.tag == "VBN" and k.lemma.lower() in drafting for k in ctx.kids(t.i, frozenset({"acl"}))
    )


def _adopters(ctx: _Ctx, noun: Token) -> list[Mention]:
    """Who adopted, passed or tabled what a noun names: the subject of the verb it is the
    object of, or that passive's agent ("The UN General Assembly adopted a resolution, drafted
    by Ukraine ... Russia rejected the resolution": the assembly's, not its drafter's)."""
    head = ctx.tok(noun.head)
    rules = ctx.rules
    if head.pos != "VERB" or head.lemma.lower() not in rules.adopting_verbs | rules.authoring_verbs:
        return []
    if noun.dep in _OBJ:
        return _actors(ctx, _subject_tokens(ctx, head), "source")
    if noun.dep in _PASSIVE_SUBJ:
        agents = ctx.kids(head.i, frozenset({"agent"}))
        return _actors(ctx, [p for a in agents for p in _pobjs(ctx, a)], "source")
    return []


_FAMILY_WINDOW = 8  # sentences back that "the deal" may find the act that made it


def _named_author(ctx: _Ctx, t: Token, hosts: bool = True) -> list[Mention]:
    """Who a noun of an act names as its author: "Iran's proposal", "a deal between A and B".

    Besides a possessive, a by-phrase or a participle's agent: both sides of a "between"
    phrase, and the subject that said something "in a report". Without ``hosts``, a host's
    participle ("talks hosted by Oman": gathering_host_verbs) names no author: the talks
    are the sides'.
    """
    hosting = frozenset() if hosts else ctx.rules.gathering_host_verbs
    for k in ctx.kids(t.i, frozenset({"poss", "compound", "prep", "acl"})):
        low = k.lemma.lower()
        if k.dep == "compound":
            m = ctx.by_token.get(k.i)
            found = [m] if m is not None and m.kind in ("person", "title", "surname") else []
        elif k.dep == "poss":
            found = _actors(ctx, [k], "source")
        elif k.dep == "prep" and low in ("by", "between"):
            found = [
                m
                for p in _pobjs(ctx, k)
                for c in _conjuncts(ctx, p)
                for m in _actors(ctx, [c], "source")
            ]
        elif k.dep == "acl" and k.tag == "VBN" and low not in ctx.rules.answering_verbs | hosting:
            # "a decision backed by Saudi Arabia": a backer answers the act, it made none
            agents = ctx.kids(k.i, frozenset({"agent"}))
            found = _actors(ctx, [p for a in agents for p in _pobjs(ctx, a)], "source")
        else:
            found = []
        if found:
            return found
    return []


def _subject_clauses(ctx: _Ctx, verb: Token) -> set[int]:
    """The tokens of clauses hung on a verb's subject: "Japan, which signed its own accord
    with Australia, welcomed the deal" tells the reactor's own past there, not the act its
    reaction answers."""
    return {
        t.i
        for c in ctx.kids(verb.i, _SUBJ)
        for r in ctx.kids(c.i, frozenset({"relcl", "acl"}))
        for t in ctx.parse.subtree(r.i)
    }


def _kind_only(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun names a kind of act, not one told ("warned against outside powers using
    such agreements", "would oppose any deal", "has signed similar treaties with Cameroon",
    "no such treaty"): no author of it is the author of "the treaty" a reaction names."""
    rules = ctx.rules
    kinds = rules.kind_determiners | rules.generic_determiners | rules.negating_determiners
    return any(
        d.lemma.lower() in kinds for d in ctx.kids(noun.i, frozenset({"det", "amod", "predet"}))
    )


def _names_works(ctx: _Ctx, deal: Token) -> bool:
    """Whether a deal noun names works to be done: an infinitive of works_verbs on it or on
    the verb it is the object of ("an agreement to build a pipeline", "signed a deal on
    Monday to lay a cable", which the parser may hang on the verb)."""
    hosts = [deal]
    if deal.dep in _OBJ and deal.head != deal.i:
        hosts.append(ctx.tok(deal.head))
    return any(
        k.tag == "VB" and k.lemma.lower() in ctx.rules.works_verbs
        for h in hosts
        for k in ctx.kids(h.i, frozenset({"acl", "xcomp", "advcl", "relcl"}))
    )


def _family_author(
    ctx: _Ctx,
    noun: Token,
    families: tuple[tuple[frozenset[str], frozenset[str]], ...],
    works: bool = False,
    at: list[int] | None = None,
) -> list[Mention]:
    """The authors of the act "the <noun>" refers back to, found through the act's family
    (each of ``families`` in turn: the noun's own word, then its whole family).

    The nearest earlier noun of the family (up to _FAMILY_WINDOW sentences back: a definite
    "the deal" mostly means the story's own) that names an author, or that is the object of
    a verb of the family (whose subjects made it: "A and B signed a peace agreement", "North
    Korea fired two missiles"), or said "in a report" (its speaker). Uses that name no author
    are passed over. works: only a deal naming works to be done counts, in reach or in the
    lead (_names_works). ``at`` receives the position of the use found.
    """
    owned: list[int] = []
    for family in families:
        found = _family_search(ctx, noun, family, works, owned, at=at)
        if found:
            return found
    # "... signed a defense pact with Pakistan in 2025 ... Washington welcomed the agreements"
    # with the story's own agreements further back than the window: the lead's, before any
    # use passed over as background or aside
    for family in families if owned else ():
        found = _family_search(ctx, noun, family, works, [], lead=True, at=at)
        if found:
            return found
    # "The EU imposed travel bans ... The United States has imposed its own sanctions ... Costa
    # Rica welcomed the sanctions": a use marked as its author's own sets one beside the
    # story's act, meant only when no other use names an author
    for family in families if owned else ():
        found = _family_search(ctx, noun, family, works, None, at=at)
        if found:
            return found
    return []


def _family_search(
    ctx: _Ctx,
    noun: Token,
    family: tuple[frozenset[str], frozenset[str]],
    works: bool,
    owned: list[int] | None,
    lead: bool = False,
    at: list[int] | None = None,
) -> list[Mention]:
    """_family_author's search; with ``owned``, uses marked as their author's own are passed
    over and listed there; with ``lead``, the lead is searched as well as the window."""
    nouns, verbs = family
    first = ctx.parse.sentences[max(0, noun.sent - _FAMILY_WINDOW)].token_start
    if works or lead:
        first = 0  # the lead too; sentences between it and the window are passed over below
    own = _subject_clauses(ctx, ctx.tok(noun.head)) if noun.dep in _OBJ else set()
    noun_dated: bool | None = None  # the noun told as background itself: read once, if asked
    for i in range(noun.i - 1, first - 1, -1):
        t = ctx.tok(i)
        if t.lemma.lower() not in nouns or t.pos not in ("NOUN", "PROPN") or i in own:
            continue
        if noun.tag == "NN" and t.tag == "NNS" and t.lemma.lower() == noun.lemma.lower():
            # "would keep its agreements with China ... welcomed the agreement": the word in
            # the singular means one deal, not that set ("joint drills ... the exercise", in
            # another word, may sum them up)
            continue
        if (works or lead) and noun.sent - t.sent > _FAMILY_WINDOW and t.sent >= ctx.lead_end:
            continue
        if lead and t.sent < ctx.first_body:
            continue  # a headline's terse parse names sides loosely
        if works and not _names_works(ctx, t):
            continue
        if _kind_only(ctx, t):
            continue  # "Nigeria, which has signed no such treaty": no treaty told
        dated = owned is not None and _background_act(ctx, t)
        if dated and noun_dated is None:
            noun_dated = _background_act(ctx, noun)
        if owned is not None and (_own_aside(ctx, t, nouns, noun) or (dated and not noun_dated)):
            # "Saudi Arabia signed a defense pact with Pakistan in 2025 ... Washington welcomed
            # the agreements": a use dated years back is background, meant only when no use of
            # the news names an author
            owned.append(t.i)
            continue
        found = _use_authors(ctx, t, verbs)
        if found and noun.tag == "NNS":
            found = _sentence_deals(ctx, noun, t, family, found)
        if found and noun.tag != "NNS" and _rival_pair(ctx, noun, t, family, found):
            # "Ghana signed a pact with Togo, and Kenya one with Uganda": which is meant? (a
            # plural "the agreements" may sum both up)
            return []
        if found:
            if at is not None:
                at.append(t.i)
            return found
    return []


def _nearer_news(ctx: _Ctx, near: list[int], own: list[int]) -> bool:
    """Whether a use of another word of an act's family, found nearer than a use of the noun's
    own word, is the act meant: told in a later sentence and not dated back ("Tanzania signed a
    rail deal with Burundi last month. Rwanda welcomed the accord" keeps the accord)."""
    if not near or not own:
        return False
    use = ctx.tok(near[-1])
    if use.sent <= ctx.tok(own[-1]).sent:
        return False
    sent = ctx.parse.sentences[use.sent]
    marks = ctx.rules.background_date_marks
    for i in range(sent.token_start, sent.token_end):
        e = ctx.ent_of.get(i)
        t = ctx.tok(i)
        if e is not None and e.label == "DATE" and (
            t.text.lower() in marks or (len(t.text) == 4 and t.text.isdigit())
        ):
            return False
    return True


def _sentence_deals(
    ctx: _Ctx,
    noun: Token,
    last: Token,
    family: tuple[frozenset[str], frozenset[str]],
    found: list[Mention],
) -> list[Mention]:
    """A plural "the agreements" sums up every use its nearest one's sentence tells
    ("Vietnam and Laos signed a rail agreement, and Vietnam and Cambodia a power agreement
    ... Thailand welcomed the agreements": all three states), not the last use only; uses
    told as background or as a kind only are passed over as in _family_search."""
    nouns, verbs = family
    seen = {_principal(m) for m in found}
    out = list(found)
    sent = ctx.parse.sentences[last.sent]
    for i in range(last.i - 1, sent.token_start - 1, -1):
        t = ctx.tok(i)
        if t.lemma.lower() not in nouns or t.pos not in ("NOUN", "PROPN") or _kind_only(ctx, t):
            continue
        if _own_aside(ctx, t, nouns, noun) or _background_act(ctx, t):
            continue
        for m in _use_authors(ctx, t, verbs):
            if _principal(m) not in seen:
                seen.add(_principal(m))
                out.append(m)
    return out


def _pair_owners(ctx: _Ctx, agents: list[Token]) -> list[Mention]:
    """The members of a plural that owns an agent ("signed by the two countries' foreign
    ministers, A of Chile and B of Peru"): the pair signed, whatever apposition follows (a
    list of names the parser splits may give one side only)."""
    for t in agents:
        for k in ctx.kids(t.i, frozenset({"poss"})):
            m = ctx.by_token.get(k.i)
            if m is not None and len(m.members) > 1:
                return _expanded(m)
    return []


def _use_authors(ctx: _Ctx, t: Token, verbs: frozenset[str]) -> list[Mention]:
    """The authors one use of an act's noun names (_family_search): a named author, a
    relative clause's subjects, a passive's agents, the speaker "in a report", or the
    subjects (and with-partners) of the family verb it is the object of; [] if none."""
    # a summit is its host's act (hosted_nouns), talks only their sides'
    hosted = t.lemma.lower() in ctx.rules.hosted_nouns
    hosts = frozenset() if hosted else ctx.rules.gathering_host_verbs
    found = _named_author(ctx, t, hosts=hosted) or _relative_authors(ctx, t, verbs)
    if found:
        return found
    if t.head == t.i:
        return []
    head = ctx.tok(t.head)
    if t.dep == "pobj" and head.lemma.lower() == "of" and head.head != head.i:
        # "signed a series of energy agreements": the quantity noun is the verb's object
        outer = ctx.tok(head.head)
        if outer.lemma.lower() in ctx.rules.quantity_nouns:
            t, head = outer, ctx.tok(outer.head)
    if t.dep in _PASSIVE_SUBJ and head.lemma.lower() in verbs:
        if head.lemma.lower() in ctx.rules.brokering_verbs | hosts:
            return []  # "the agreement was brokered by Turkey": a mediator, no author
        agents = [p for a in ctx.kids(head.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
        found = _pair_owners(ctx, agents) or _actors(ctx, agents, "source")
    elif t.dep == "pobj" and head.lemma.lower() == "in" and head.head != head.i:
        speaker = ctx.tok(head.head)
        if speaker.lemma.lower() in ctx.rules.speech_verbs:
            found = _actors(ctx, _subject_tokens(ctx, speaker), "source")
    else:
        verb = _governing_verb(ctx, t)
        if (
            verb is not None
            and verb.lemma.lower() in verbs - hosts  # "Oman hosted talks": no side named
            and verb.i < t.i
        ):
            found = _actors(ctx, _subject_tokens(ctx, verb), "source")
            if found:
                # "Armenia signed a peace treaty with Azerbaijan": the partner made it too
                withs = _preps(ctx, verb, _WITH) + _preps(ctx, t, _WITH)
                withs = withs or _met_before(ctx, verb)
                found += [m for m in _actors(ctx, withs, "source") if m not in found]
    return found


def _met_before(ctx: _Ctx, verb: Token) -> list[Token]:
    """Whom the signer met in the verb its signing is joined after ("held talks with
    Bolivia's president and signed a framework", "met Egypt's president and signed a gas
    deal"): that partner signed it too, as a with-phrase on the signing names one."""
    host = _conj_host(ctx, verb)
    if host is None or host.i > verb.i or host.lemma.lower() not in ctx.rules.meeting_verbs:
        return []
    objects = ctx.kids(host.i, _OBJ)
    met = [o for o in objects if o.lemma.lower() not in ctx.rules.talk_nouns]
    return met + _preps(ctx, host, _WITH) + [p for o in objects for p in _preps(ctx, o, _WITH)]


def _rival_pair(
    ctx: _Ctx,
    noun: Token,
    use: Token,
    family: tuple[frozenset[str], frozenset[str]],
    found: list[Mention],
) -> bool:
    """Whether the sentence of the use "the <noun>" refers back to tells another act of the
    family by a pair of other authors ("Ghana signed a trade pact with Togo, and Kenya signed
    a defense pact with Uganda. The UN welcomed the agreement"): which is meant is not said.
    An author of another kind ("under a framework adopted by ECOWAS") or one sharing a
    party is no rival pair."""
    own = {m.actor.principal for m in found if m.actor is not None}
    sent = ctx.parse.sentences[use.sent]
    for i in range(sent.token_start, min(sent.token_end, noun.i)):
        t = ctx.tok(i)
        if i == use.i or t.lemma.lower() not in family[0] or t.pos not in ("NOUN", "PROPN"):
            continue
        if _kind_only(ctx, t) or _own_aside(ctx, t, family[0], noun):
            continue
        other = {m.actor.principal for m in _use_authors(ctx, t, family[1]) if m.actor is not None}
        if len(other) > 1 and not other & own:
            return True
    return False


_WITH = frozenset({"with"})


def _relative_authors(ctx: _Ctx, t: Token, verbs: frozenset[str]) -> list[Mention]:
    """The subjects of a relative clause of the act's own family on a noun: "flights under
    an agreement the two governments signed last year" names its signers as a main clause
    does, whatever the clause the noun stands in."""
    for verb in ctx.kids(t.i, frozenset({"relcl"})):
        if verb.lemma.lower() not in verbs:
            continue
        found = _actors(ctx, _subject_tokens(ctx, verb), "source")
        if found:
            withs = _preps(ctx, verb, _WITH)
            return found + [m for m in _actors(ctx, withs, "source") if m not in found]
    return []


def _partners(ctx: _Ctx, verb: Token, source: Mention, between: bool = False) -> list[Mention]:
    """The other members of a group the source belongs to, named in the verb's complements.

    "Biden wants to deepen the partnership between the two countries", "... the partnership,
    which the two countries signed": a cooperative act of one member on the pair's relation
    is an act on the other members. With ``between``, only a group after "between", for a
    cut in dealings (between_roots: "Venezuela suspended the flights still operating between the two
    capitals": the other end), or one owning a joint body ("postponed a meeting of the two
    countries' joint trade commission").
    """
    if source.actor is None or source.members:
        return []
    own = source.actor.principal
    for k in ctx.kids(verb.i):
        if k.dep in _COMPLEMENT_SKIP:
            continue
        for t in ctx.parse.subtree(k.i):
            m = ctx.by_token.get(t.i)
            if m is None or not m.members or m.actor is not None:
                continue
            if between and not (_after_between(ctx, m) or _joint_owner(ctx, m)):
                continue
            if own in {a.principal for a in m.members}:
                return [replace(m, actor=a) for a in m.members if a.principal != own]
    return []


def _after_between(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention is the object of "between" ("between the two capitals")."""
    head = ctx.tok(m.token_end - 1)
    return (
        head.dep == "pobj"
        and head.head != head.i
        and ctx.tok(head.head).lemma.lower() == "between"
    )


def _joint_owner(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention owns a body it shares, one of joint_body_words ("the two countries'
    joint trade commission")."""
    head = ctx.tok(m.token_end - 1)
    if head.dep != "poss" or head.head == head.i:
        return False
    mods = frozenset({"amod", "compound"})
    words = ctx.kids(head.head, mods)
    words += [g for k in words for g in ctx.kids(k.i, mods)]  # "joint" under "trade"
    return any(k.lemma.lower() in ctx.rules.joint_body_words for k in words)


_PREP_ADVCL = frozenset({"prep", "advcl"})  # where "in response to" hangs (_response_targets)


def _response_targets(ctx: _Ctx, verb: Token, reacting: bool = False) -> list[Mention]:
    """Whom an act answers when its clause says so: "In response to the U.S. tariffs, China ...".

    An act with no target of its own, in a clause opened by "in response to X('s act)",
    "in retaliation for ...", or "responding to ...", is aimed at the author of what it answers;
    a reaction (reacting) also at the named author of an act after answered_marks ("protested
    following the seizure of its trawler by Chinese forces", "over Russia's expulsion of ...").
    Only the trigger's own clause and the clauses it is reported or planned in are searched.
    """
    rules = ctx.rules
    cur = verb
    for _ in range(4):
        for k in ctx.kids(cur.i, _PREP_ADVCL):
            answered: list[Token] = []
            said = {k.lemma.lower(), k.text.lower()}  # "following": its lemma is "follow"
            if reacting and k.dep == "prep" and said & rules.answered_marks:
                for n in _pobjs(ctx, k):
                    low = n.lemma.lower()
                    if n.pos == "NOUN" and (low in rules.act_nouns or _act_roots(ctx, low)):
                        found = [m for m in _named_author(ctx, n) if m.kind not in _PERSONISH]
                        if found:
                            return found
            if k.dep == "prep" and k.lemma.lower() in ("in", "as"):
                for n in _pobjs(ctx, k):
                    if n.lemma.lower() in rules.response_nouns:
                        answered += _preps(ctx, n, rules.response_preps)
            elif k.dep == "advcl" and k.lemma.lower() in rules.response_verbs:
                answered += _preps(ctx, k, rules.response_preps)
            for t in answered:
                found = _actors(ctx, [t], "target")
                if found:
                    return found
        if cur.dep not in ("ccomp", "xcomp", "conj") or cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
    return []


def _each_other(ctx: _Ctx, verb: Token) -> bool:
    """Whether the verb's complements say "each other" or "one another", or, with "each"
    opening its subject, "the other" ("Each side accused the other of ...", "each blamed
    the other")."""
    subjects = [ctx.parse.subtree(k.i) for k in ctx.kids(verb.i, _ANY_SUBJ)]
    each = [[t.text.lower() for t in s] for s in subjects if s[0].text.lower() == "each"]
    for k in ctx.kids(verb.i):
        if k.dep in _SUBJ or k.dep in ("punct", "cc", "conj"):
            continue
        tree = ctx.parse.subtree(k.i)
        words = [t.text.lower() for t in tree]
        for n, (a, b) in enumerate(zip(words, words[1:])):
            if (a, b) in (("each", "other"), ("one", "another")):
                return True
            # "the other" as the object itself, or with the subject's noun ("each side ... the
            # other side"), not "the other members"
            if each and (a, b) == ("the", "other"):
                if n + 2 == len(words) or tree[n + 2].pos != "NOUN" or words[n + 2] in each[0]:
                    return True
    return False


def _game_pair(ctx: _Ctx, sources: list[Mention], code: str) -> bool:
    """Whether a pair reference ("the two sides", "each side") stands for a pair named in a
    game ("Brazil beat Argentina 2-1 in Rio. The two sides blamed each other"): teams, which
    meet and blame but do not sign (game_roots: "played a friendly match. The two countries
    then signed a defence pact" is a pact)."""
    if code[:2] not in ctx.rules.game_roots:
        return False
    ids = {m.antecedent for m in sources if m.members and m.antecedent}
    found = {m.sentence_index for m in ctx.by_token.values() if m.id in ids}
    return any(
        _game(ctx, ctx.parse.tokens[sent.token_start : sent.token_end])
        for sent in (ctx.parse.sentences[s] for s in found)
    )


def _differ(ctx: _Ctx, a: Mention, b: Mention) -> bool:
    """Two different actors, and not a group acting on one of its own members.

    "The two countries met" pairs the members with each other (same mention); "the leaders
    praised cooperation with Seoul" does not make Seoul, one of the leaders, a target.
    """
    if a.actor is None or b.actor is None:
        return False
    if a.actor.principal == b.actor.principal:
        return ctx.domestic and _domestic_pair(a.actor, b.actor)
    if a.id != b.id:
        if any(m.principal == b.actor.principal for m in a.members):
            return False
        if any(m.principal == a.actor.principal for m in b.members):
            return False
    return True


def _same_state(a: Mention, b: Mention) -> bool:
    return a.actor is not None and b.actor is not None and a.actor.principal == b.actor.principal


def _domestic_pair(a: Actor, b: Actor) -> bool:
    """Whether one state's two actors are two sides (domestic mode): two different roles
    ("police arrested protesters", "the army ousted the government"); the state itself is
    no side of its own acts ("Russian troops advanced on Russia's Kursk region")."""
    return bool(a.role) and bool(b.role) and a.role != b.role


def _hyphen_pair(ctx: _Ctx, noun: Token) -> list[Mention]:
    """The actors a hyphenated premodifier pairs ("the China-Japan talks"), else [].

    Only names joined by a hyphen count: "Chinese and Japanese talks" may be two sets of
    talks, and "Japanese talks with X" names its other party in a phrase.
    """
    found: list[Mention] = []
    joined = False
    stop = ctx.parse.sentences[noun.sent].token_start
    i = noun.i - 1
    while i >= stop:
        t = ctx.tok(i)
        hyphen = t.tag == "HYPH" or t.text in _DASHES
        if not hyphen and t.pos not in ("PROPN", "ADJ", "NOUN"):
            break
        if not _dominated(ctx, t, noun):
            break
        m = ctx.by_token.get(i)
        if hyphen and found:
            joined = True
        elif m is not None and not m.members and m not in found:
            found.append(m)
        i -= 1
    if not found:
        found = _glued_pair(ctx, noun)
        joined = bool(found)
    if not joined or len({m.actor.principal for m in found if m.actor}) < 2:
        return []
    return sorted(found, key=lambda m: m.start)


def _glued_pair(ctx: _Ctx, noun: Token) -> list[Mention]:
    """The two names of one hyphenated token before a noun ("the U.S.-China talks").

    The tokenizer keeps "U.S.-China" whole and no mention covers it; each part counts when the
    article names it elsewhere as a mention of its own (the mention's actor is reused).
    """
    i = noun.i - 1
    while i >= 0 and ctx.tok(i).dep in ("amod", "compound") and ctx.tok(i).head == noun.i:
        t = ctx.tok(i)
        parts = t.text.split("-")
        if t.pos == "PROPN" and len(parts) == 2 and t.i not in ctx.by_token:
            found = [ctx.by_text.get(p.lower()) for p in parts]
            if all(found):
                out = []
                start = t.start
                for m, part in zip(found, parts):
                    assert m is not None
                    end = start + len(part)
                    out.append(
                        replace(
                            m,
                            id=f"{m.id}@{start}",
                            start=start,
                            end=end,
                            text=part,
                            sentence_index=t.sent,
                            token_start=t.i,
                            token_end=t.i + 1,
                        )
                    )
                    start = end + 1  # the hyphen
                return out
        i -= 1
    return []


def _dominated(ctx: _Ctx, t: Token, top: Token) -> bool:
    """Whether top is t's head, or its head's head, a few steps up."""
    cur = t
    for _ in range(4):
        if cur.head == cur.i:
            return False
        cur = ctx.tok(cur.head)
        if cur.i == top.i:
            return True
    return False


def _calls_off(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb cancels or puts off what its object names ("postponed", "put off")."""
    lemma = verb.lemma.lower()
    if lemma in ctx.rules.cancelling_verbs:
        return True
    particles = {k.lemma.lower() for k in ctx.kids(verb.i, frozenset({"prt", "prep"}))}
    return any(f"{lemma} {p}" in ctx.rules.cancelling_verbs for p in particles)


def _stranded_preps(ctx: _Ctx, noun: Token, lemmas: frozenset[str]) -> list[Token]:
    """Objects of an event noun's phrases that the parser hung on a later phrase of its own.

    "the expulsion of five diplomats by Poland", "a visit by Japan's minister to Seoul": the
    by- or to-phrase sits on the noun of the phrase before it (down a chain of prepositional
    phrases, never into a clause); "protested the harassment of its ships by China": on the
    active verb whose object the noun is, after the noun.
    """
    out: list[Token] = []
    # "a warning from Ankara to Athens": the to-phrase read as the end of a from-to range
    out += [t for k in ctx.kids(noun.i, _PREP) for t in _preps(ctx, k, lemmas)]
    stack = [p for k in ctx.kids(noun.i, _PREP) for p in _pobjs(ctx, k)]
    for _ in range(3):
        nxt = []
        for t in stack:
            if t.pos not in ("NOUN", "PROPN", "NUM", "PRON"):
                continue
            out += _preps(ctx, t, lemmas)
            nxt += [p for k in ctx.kids(t.i, frozenset({"prep"})) for p in _pobjs(ctx, k)]
        stack = nxt
    if noun.dep in _OBJ and noun.head != noun.i and "by" in lemmas:
        verb = ctx.tok(noun.head)
        if not ctx.kids(verb.i, _PASSIVE_MARKS | frozenset({"agent"})):
            out += [
                p
                for k in ctx.kids(verb.i, frozenset({"prep"}))
                if k.lemma.lower() == "by" and k.i > noun.i
                for p in ctx.kids(k.i, frozenset({"pobj"}))
            ]
    return out
