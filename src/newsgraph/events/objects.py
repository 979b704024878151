"""What a pattern's target slot may hold: the object nouns of light-verb patterns, the
structural conditions of a pattern (_misfit, needs and forbids), the kind checks of its target
(_kind_fits, _head_fits) and _targets, which reads the target mentions of a slot.

Apart because it is the pattern side of matching: it reads the Pattern a trigger matched.
"""

from __future__ import annotations


from collections.abc import Collection, Sequence
from dataclasses import dataclass

from newsgraph.actors.coref import pronoun_words
from newsgraph.actors.resolve import _STATE_ROLES
from newsgraph.events.clauses import (
    _clausal_which,
    _content_clauses,
    _deed_fits,
    _denied_own_deeds,
    _blamed_holders,
    _held_until,
    _hyphen_agent,
    _joined_predicate,
    _misread_object,
    _own_unaimed_acts,
    _permitted_subjects,
    _relative_pronoun,
    _rootless_subject,
    _slot_tokens,
    _subject_principals,
    _subject_tokens,
)
from newsgraph.events.context import (
    _BYSTANDER_WINDOW,
    _ACL_RELCL,
    _OF,
    _AIM_DEPS,
    _OWNER_MODS,
    _AGENT,
    _agents,
    _late_agents,
    _ANY_SUBJ,
    _ATTR,
    _COMPOUND,
    _DATIVE,
    _PREP,
    _Ctx,
    _act_roots,
    _NEAREST_SLOTS,
    _OBJ,
    _PASSIVE_SUBJ,
    _PERSONISH,
    _PREP_KIDS,
    _SUBJ,
    _between_host,
    _cut_subject,
    _definite_noun,
    _has_modal,
    _infinitive,
    _loose_participle,
    _memo,
    _noun_lemma,
    _own_noun,
    _participle_noun,
    _pobjs,
    _preps,
    _principal,
    _reported_relative,
    _same_act,
    _state_codes,
    _territories,
    _time_noun,
    _with_particles,
    _word_form,
    _first_conjunct,
)
from newsgraph.events.parties import (
    _actors,
    _conjuncts,
    _contact_clause,
    _negated,
    _phrase_head,
    _said_gap,
    _summed_clause,
)
from newsgraph.events.patterns import Pattern
from newsgraph.model import Mention, Token

_CLAUSE_KIDS = frozenset({"xcomp", "advcl", "ccomp"})  # where an infinitive may hang
_PREDICATE_KIDS = frozenset({"acomp", "oprd", "advmod", "xcomp"})  # "will not go unanswered"
_QUANTITY_MODS = frozenset({"nummod", "predet", "amod", "quantmod"})  # "to nearly double"
_NAMED_KIDS = _OBJ | {"oprd"}  # what a naming verb names, and the name it gives
# the pseudo-word the judging patterns list for a want of ground or standing (rules.yaml
# merit_nouns): read into a reported clause (_wants_merit) or a name given (_name_wants_merit)
_WANTS_MERIT = frozenset({"baseless"})
# the pseudo-word the accusing patterns list for a hostile deed told as begun by its doer
# ("said Lao troops had opened fire first": _struck_first)
_STRUCK_FIRST = frozenset({"provocation"})


def _undone_clause(ctx: _Ctx, verb: Token, words: frozenset[str]) -> Token | None:
    """The passive verb of undoing a reported clause obliges ("said the boats must be
    returned", "the sanctions must be lifted"): its patient names no one, the act it undoes
    does (undoing_matches)."""
    for c in _content_clauses(ctx, verb):
        modal = any(a.dep == "aux" and a.text.lower() in words for a in ctx.kids(c.i))
        if (
            modal
            and not _negated(ctx, c)
            and ctx.kids(c.i, _PASSIVE_SUBJ)
            and c.lemma.lower() in ctx.rules.undoing_nouns
        ):
            return c
    return None


# a verb's children that are no complement of it (_complement_lemmas, coordination's
# _partners)
_COMPLEMENT_SKIP = _ANY_SUBJ | {"punct", "cc", "conj", "advcl", "parataxis"}


def _complement_lemmas(ctx: _Ctx, verb: Token) -> set[str]:
    """Lemmas of the trigger and its complements (not its subject), see _lemmas_under."""
    out = {verb.lemma.lower()}
    cur = verb
    while cur.dep in ("xcomp", "relcl") and cur.head != cur.i:
        # "tariffs that Trump has vowed to impose": the head noun says what is vowed
        relative = cur.dep == "relcl"
        cur = ctx.tok(cur.head)
        out.add(cur.lemma.lower())
        if relative and cur.dep == "pobj" and cur.head != cur.i:
            # "the Kursk region in southern Russia, which Ukraine captured": the clause may
            # hang on the place that only locates the noun it is about
            prep = ctx.tok(cur.head)
            if prep.head != prep.i and ctx.tok(prep.head).pos == "NOUN":
                out.add(ctx.tok(prep.head).lemma.lower())
    stack = [
        k
        for k in ctx.kids(verb.i)
        if k.dep not in _COMPLEMENT_SKIP or (k.dep == "advcl" and _infinitive(ctx, k))  # "urged X ... to do"
    ]
    stray = _stray_infinitive(ctx, verb)
    if stray is not None:
        stack.append(stray)
    contact = _contact_clause(ctx, verb)
    if contact is not None:
        out.add(contact[1].lemma.lower())  # "the oil Saudi Arabia supplied": what it names
    while stack:
        t = stack.pop()
        if t.i != verb.i and t.text.lower() in ctx.rules.attribution_preps:
            continue  # "expelled, according to Hanoi": who tells, not what was done
        out.add(t.lemma.lower())
        out.add(t.text.lower())
        if t.i != verb.i:
            stack.extend(ctx.kid_tokens[t.i])
        else:
            stack.extend(k for k in ctx.kids(t.i) if k.dep not in ("relcl", "conj"))
    return out


def _refined(pattern: Pattern, words: set[str]) -> str:
    for r in pattern.refine:
        if words & r.words:
            return r.code
    return pattern.code


def _trailing_participle(ctx: _Ctx, verb: Token) -> bool:
    """A participle clause with an agent after its clause ("Kenya hosted talks on Monday,
    backed by the African Union"): a passive, whose by-phrase is its doer, never a target."""
    return (
        verb.dep == "advcl"
        and verb.tag == "VBN"
        and verb.head < verb.i
        and bool(ctx.kids(verb.i, frozenset({"agent"})))
        and not ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ | frozenset({"aux", "auxpass", "mark"}))
    )


def _adverbial_patient(ctx: _Ctx, verb: Token) -> Token | None:
    """The subject of the clause a subjectless passive clause with an agent hangs on.

    "After being summoned by the ministry, the envoy left", "Summoned by Cairo, the envoy
    ...", "China defended its drills after being criticized by Japan": the host's subject is
    acted on. A trailing bare participle ("hosted talks, backed by the AU") is left alone.
    """
    if verb.tag != "VBN" or verb.head == verb.i or not ctx.kids(verb.i, _AGENT):
        return None
    if ctx.kids(verb.i, _ANY_SUBJ):
        return None
    host = ctx.tok(verb.head)
    aux = bool(ctx.kids(verb.i, frozenset({"auxpass"})))
    if verb.dep == "pcomp" and host.dep == "prep" and aux and host.head != host.i:
        host = ctx.tok(host.head)  # "after being summoned": the preposition hangs on the host
    elif verb.dep != "advcl" or not (aux or verb.i < host.i):
        return None
    if host.pos in ("NOUN", "PROPN") and host.head == host.i and verb.i < host.i:
        return host  # "After being summoned by X, the envoy left": the verb misread as "acl"
    if host.pos not in ("VERB", "AUX"):
        return None
    subj = ctx.kids(host.i, _ANY_SUBJ)
    return subj[0] if subj else None


def _participle_agents(ctx: _Ctx, noun: Token) -> set[str]:
    """Ids of the mentions that the agents of a noun's participles name: never the target of
    another of them."""
    out: set[str] = set()
    for p in ctx.kids(noun.i, frozenset({"acl"})):
        if p.tag != "VBN":
            continue
        # "the conference, hosted by Kenya and backed by the AU": backing is no approval of
        # the host, and which participle makes and which answers is not said
        for v in _conjuncts(ctx, p):
            for a in ctx.kids(v.i, frozenset({"agent"})):
                out |= {m.id for m in _actors(ctx, _pobjs(ctx, a), "source")}
    return out


def _ferries_people(
    ctx: _Ctx, obj: Token, officials: bool = False, senders: Collection[str] = ()
) -> bool:
    """Whether a craft sent carries people, not goods ("an aircraft carrying its foreign
    minister", "a plane carrying 40 evacuees"): a trip, no aid (rules craft_nouns); with
    ``officials``, people who travel for their state (traveller_nouns, posted_nouns, a
    title), whose trip is a visit: the senders' own, never another state's ("Qatar sent a
    jet carrying the Afghan delegation to Kabul" is no visit of Qatar's)."""
    rules = ctx.rules
    if obj.lemma.lower() not in rules.craft_nouns:
        return False
    people = rules.ferried_nouns | rules.own_people_nouns | rules.posted_nouns
    if officials:
        people = rules.traveller_nouns | rules.posted_nouns
    carriers = ctx.kids(obj.i, frozenset({"acl", "relcl"}))
    if obj.head != obj.i:
        # "sent a jet carrying President X's envoy": the parser may hang the participle on
        # the verb, right after the craft
        carriers += [v for v in ctx.kids(obj.head, frozenset({"advcl"})) if v.i == obj.i + 1]
    for v in carriers:
        if v.lemma.lower() not in rules.ferrying_verbs:
            continue
        for o in ctx.kids(v.i, _OBJ):
            mods = ctx.kids(o.i, frozenset({"amod", "compound"}))
            if any(k.lemma.lower() in rules.helping_words for k in mods):
                continue  # "carrying a medical team": help sent
            m = ctx.by_token.get(o.i)
            kinds = frozenset({"title"}) if officials else _PERSONISH
            if officials and _others_aboard(ctx, o, senders):
                continue
            if o.lemma.lower() in people or (m is not None and m.kind in kinds):
                return True
    return False


def _others_aboard(ctx: _Ctx, people: Token, senders: Collection[str]) -> bool:
    """Whether the people a craft carries are tied to a state other than its senders' ("the
    Afghan delegation", "Iran's foreign minister"), by a mention in their phrase."""
    return any(
        m is not None and m.actor is not None and m.actor.principal not in senders
        for m in (ctx.by_token.get(t.i) for t in ctx.parse.subtree(people.i))
    )


def _matched_object(ctx: _Ctx, verb: Token, pattern: Pattern, passive: bool) -> Token | None:
    """The object noun a light-verb pattern needs ("impose sanctions"), or None."""
    for c, lemma, text in _memo(ctx, _object_candidates, verb, passive):
        if lemma in pattern.objects or text in pattern.objects:
            return c
        named = ctx.by_token.get(c.i)
        if "demonym" in pattern.objects and _demonym_people(c, named):
            return c  # "flew 112 Haitians back to Port-au-Prince": a state's people
        if "territory" in pattern.objects and named is not None and named.actor is not None:
            if named.actor.principal in _territories():
                return c  # "returned Hong Kong to China": a land named by its own code
    # "called for their release": the object under the pattern's own preposition, one that
    # is not read for every verb (_OBJECT_PREPS); also on a particle adverb ("stayed away
    # from the summit")
    for k in _verb_preps(ctx, verb):
        if k.lemma.lower() in pattern.prep and k.lemma.lower() not in _OBJECT_PREPS:
            found = [p for p in _pobjs(ctx, k) if _noun_lemma(ctx, p) in pattern.objects]
            if found:
                return found[0]
    return None


def _demonym_people(tok: Token, named: Mention | None) -> bool:
    """Whether an object is a state's people named by a plural demonym alone ("112 Haitians",
    "40 Eritreans"): the "demonym" object of a pattern, not a state's organs ("Haitian
    police") nor its name."""
    return (
        named is not None
        and named.actor is not None
        and not named.actor.role
        and named.token_end - named.token_start == 1
        and tok.tag in ("NNPS", "NNS")
    )


# prepositions whose objects any light-verb pattern may read as its object ("agreed on
# sanctions", "took him into custody")
_OBJECT_PREPS = frozenset({"with", "in", "of", "to", "into", "on"})


def _pronoun_patients(ctx: _Ctx, verb: Token, cands: list[Token]) -> list[Token]:
    """The noun a pronoun object stands for, when it is the object of the verb the pronoun's
    verb is joined to or hangs on: "expelled two Estonian diplomats and ordered them to leave"
    orders the diplomats out (no demand on "them")."""
    if verb.dep not in ("conj", "advcl") or verb.head == verb.i:
        return []
    if not any(c.tag == "PRP" and c.text.lower() in ("them", "him", "her") for c in cands):
        return []
    heads = [ctx.tok(verb.head)]
    if verb.dep == "advcl" and heads[0].dep == "xcomp" and heads[0].head != heads[0].i:
        # "ordered the envoy to leave the country within 72 hours, accusing him of ...": a
        # clause the parser hangs on the infinitive may be the ordering verb's, and so its
        # object the one ordered
        heads.append(ctx.tok(heads[0].head))
    return [o for h in heads for o in ctx.kids(h.i, _OBJ) if o.pos == "NOUN" and o.i < verb.i]


def _pronoun_patient_lemmas(ctx: _Ctx, verb: Token) -> frozenset[str]:
    """Lemmas of the noun phrases a pronoun object stands for (_pronoun_patients): what a
    refinement reads of "arrested a suspected smuggler and handed him over" (a suspect)."""
    patients = _pronoun_patients(ctx, verb, ctx.kids(verb.i, _OBJ))
    phrase = [t for p in patients for t in ctx.parse.subtree(p.i)]
    return frozenset(w for t in phrase for w in (t.lemma.lower(), t.text.lower()))


def _object_words(ctx: _Ctx, verb: Token, passive: bool) -> frozenset[str]:
    """Every word _matched_object may know a light-verb pattern's object by, for any pattern
    of the verb (the candidates' lemmas and texts, the noun lemmas under its other
    prepositions): a pattern whose objects name none of them finds no object."""
    words = {
        w for _, lemma, text in _memo(ctx, _object_candidates, verb, passive) for w in (lemma, text)
    }
    words.update(
        _noun_lemma(ctx, p)
        for k in _verb_preps(ctx, verb)
        if k.lemma.lower() not in _OBJECT_PREPS
        for p in _pobjs(ctx, k)
    )
    return frozenset(words)


def _condition_lemmas(ctx: _Ctx, verb: Token) -> set[str]:
    """The lemmas of the if- or unless-clauses under ``verb`` (what the answer waits for)."""
    return {
        t.lemma.lower()
        for c in ctx.kids(verb.i, frozenset({"advcl"}))
        if any(m.lemma.lower() in ("if", "unless") for m in ctx.kids(c.i, frozenset({"mark"})))
        for t in ctx.parse.subtree(c.i)
    }


def _verb_preps(ctx: _Ctx, verb: Token) -> list[Token]:
    """The prepositions of a verb, with those the parser hung on its particle adverb
    ("pulled back from Kyiv", "stayed away from the summit")."""
    return [k for p in _with_particles(ctx, verb) for k in ctx.kids(p.i, _PREP_KIDS)]


def _object_candidates(ctx: _Ctx, verb: Token, passive: bool) -> tuple[tuple[Token, str, str], ...]:
    """The nouns a light-verb pattern's object may be (_matched_object), in the order they are
    tried, each with its lemma and lowercase text: the same for every pattern of the verb."""
    cands = ctx.kids(verb.i, _PASSIVE_SUBJ if passive else _OBJ)
    if passive:
        # "was refused entry by Belarus": an object the passive keeps (_retained_object)
        cands += ctx.kids(verb.i, _OBJ)
    else:
        cands += ctx.kids(verb.i, _ATTR)  # "became a full member of BRICS"
        if not cands:
            # "gave Myanmar's ruler a red-carpet welcome": the object misread as an apposition
            # of the receiver
            for d in ctx.kids(verb.i, _DATIVE):
                cands += [a for a in ctx.kids(d.i, frozenset({"appos"})) if a.pos == "NOUN"]
    contact = _contact_clause(ctx, verb)
    if contact is not None:
        cands.append(contact[1])  # "the aid package Egypt sent to Sudan"
    elif verb.dep in ("relcl", "acl") and verb.head != verb.i and _cut_subject(ctx, verb) is None:
        cands.append(ctx.tok(verb.head))  # "sanctions imposed by X on Y"
        host = _between_host(ctx, ctx.tok(verb.head)) if passive else None
        if host is not None:
            cands.append(host)  # "a deal between the two neighbors brokered by Kazakhstan"
        if verb.dep == "relcl" and (
            passive or any(o.text.lower() in ("that", "which") for o in ctx.kids(verb.i, _OBJ))
        ):
            # "duties on Chinese cars, which were imposed by the EU", "a memorandum on raw
            # materials that Brussels and Astana signed": the clause hung on the last noun of
            # the phrase may tell the phrase's head
            cands += _phrase_head(ctx, ctx.tok(verb.head))
    elif verb.dep == "amod" and (_rootless_subject(ctx, verb) or _hyphen_agent(ctx, verb)):
        # "Azerbaijan hosted talks between ...": a misread root; "Qatar-brokered talks"
        cands.append(ctx.tok(verb.head))
    elif passive and (said := _reported_relative(ctx, verb)) is not None:
        # "boats, which it said were seized by the navy": the noun the reporting clause is on
        # (on the last of joined nouns: "boats and their crews, which ...")
        told = ctx.tok(said.head)
        cands += [told, *_phrase_head(ctx, told), _first_conjunct(ctx, told)]
    elif _loose_participle(ctx, verb):
        # "talks hosted by Ghana and mediated by Qatar": a joined participle's noun
        noun = _participle_noun(ctx, verb)
        if noun is not None:
            cands.append(noun)
    controller = ctx.tok(verb.head)
    if (
        not passive
        and verb.dep == "xcomp"
        and all(_relative_pronoun(c) for c in cands)
        and controller.dep == "relcl"
        and controller.head != controller.i
        and controller.lemma.lower() in ctx.rules.joint_pledge_verbs
        and any(_relative_pronoun(o) for o in cands + ctx.kids(controller.i, _OBJ))
    ):
        # "an arms package that Ankara agreed to sell to Pakistan": the infinitive's object is
        # the relative pronoun (which the parser may hang on the controlling verb), standing for
        # the clause's noun; only under a verb of commitment ("a deal with India, which it hopes
        # to sign next year" describes the deal)
        cands.append(ctx.tok(controller.head))
    if not passive:
        cands += _pronoun_patients(ctx, verb, cands)
    adverbial = _adverbial_patient(ctx, verb) if passive else None
    if adverbial is not None:
        cands.append(adverbial)  # "Mediated by Qatar, the talks between A and B ended"
    if not passive:
        # "allowed U.N. aid convoys to enter": the infinitive's subject is what is allowed,
        # as the bare one's is ("let British warships refuel")
        cands += _permitted_subjects(ctx, verb)
    for k in _verb_preps(ctx, verb):
        if k.lemma.lower() in _OBJECT_PREPS:  # "agreed on sanctions"
            cands += _pobjs(ctx, k)
    if not passive and any(_time_noun(ctx, o) for o in ctx.kids(verb.i, _OBJ)):
        # "gave the staff of the Algerian embassy 72 hours to leave": the envoys given a time
        # that the parse repair made a dative (context._double_objects)
        cands += ctx.kids(verb.i, frozenset({"dative"}))
    more = []
    for c in cands:
        more += _conjuncts(ctx, c)
        for k in ctx.kids(c.i, _PREP):
            if k.lemma.lower() == "of" or (k.lemma.lower() == "in" and _amount(ctx, c)):
                more += _pobjs(ctx, k)
        more += ctx.kids(c.i, _COMPOUND)
    out = [(c, _noun_lemma(ctx, c), c.text.lower()) for c in cands + more]
    # "set up a joint working group": an object of two words, its compound and its head
    out += [
        (c, _noun_lemma(ctx, c), f"{k.text.lower()} {_noun_lemma(ctx, c)}")
        for c in cands
        for k in ctx.kids(c.i, _COMPOUND)
    ]
    # "has agreements with A and signed one with B": "one" is the kind of thing the plural
    # before it names, but it is another one (not that noun, nor its with-phrase)
    out += [
        (c, _noun_lemma(ctx, a), a.text.lower())
        for c in cands
        if c.lemma.lower() == "one" and c.dep in _OBJ and not ctx.kids(c.i)
        for a in _one_antecedent(ctx, c)
    ]
    return tuple(out)


def _one_antecedent(ctx: _Ctx, one: Token) -> list[Token]:
    """The plural noun "one" stands for, the last before it in its sentence ("has similar
    agreements with the U.S. and signed one with France": an agreement)."""
    for i in range(one.i - 1, -1, -1):
        t = ctx.tok(i)
        if t.sent != one.sent:
            break
        if t.tag == "NNS":
            return [t]
    return []


def _amount(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun is a sum whose in-phrase says what is given ("$300 million in grants");
    an in-phrase on any other noun is no object ("had full confidence in dialogue")."""
    return (
        t.ent_type in ("MONEY", "QUANTITY", "CARDINAL")
        or t.lemma.lower() in ctx.rules.money_words
        or bool(ctx.kids(t.i, frozenset({"nummod"})))
    )


def _gap_named(ctx: _Ctx, verb: Token) -> bool:
    """Whether a relative clause of naming on a summing noun gives the name as its one object
    ("expelled two diplomats, a move Zagreb called a provocation": the parser reads the name
    as the object; the move, the clause's gap, is what is named)."""
    if verb.dep not in ("relcl", "acl") or verb.head == verb.i:
        return False
    if verb.lemma.lower() not in ctx.rules.naming_verbs:
        return False
    if _summed_clause(ctx, ctx.tok(verb.head)) is None:
        return False
    objs = ctx.kids(verb.i, _OBJ)
    return len(objs) == 1 and objs[0].pos == "NOUN" and objs[0].i not in ctx.by_token


def _predicate_apposition(ctx: _Ctx, obj: Token, appos: Token) -> bool:
    """Whether an apposition of a naming verb's object is the name it is given ("called
    Seoul's decision a betrayal", which the parser reads as two noun phrases): a common noun
    with an indefinite article and no comma before it ("called Kim, the envoy" names a man),
    no time ("called Seoul's envoy a second time")."""
    if appos.pos != "NOUN" or appos.i < obj.i:
        return False
    if _time_noun(ctx, appos):
        return False
    if any(ctx.tok(i).text == "," for i in range(obj.i + 1, appos.i)):
        return False
    return any(d.lemma.lower() in ("a", "an") for d in ctx.kids(appos.i, frozenset({"det"})))


@dataclass(frozen=True, slots=True)
class _Judged:
    """What a reported clause says of its subject, for the content_clause need (_has_need):
    the words of its verb and predicate that may judge (heads), the verb's own form, and the
    facts that decide whether a pattern's clause_words find a judgement in it."""

    heads: frozenset[str]
    # the verb as written (_word_form): "misguided" read as a passive verb, with the
    # adjectives joined to it ("was 'expected and unfounded'": a predicate after all)
    forms: frozenset[str]
    auxpass: bool
    designed: bool  # "was designed to provoke": the passive subject is the deed judged
    subject: bool  # a subject of its own, of the clause it is joined to, or an agent
    patient: bool  # a passive subject
    open: bool  # neither denied nor only possible (a modal)


def _judged_clauses(ctx: _Ctx, verb: Token) -> tuple[_Judged, ...]:
    """The verb's reported clauses (_content_clauses) as _Judged, the same for every pattern
    of the verb: a verb of saying tries many content_clause patterns, which differ only in
    their clause_words."""
    out = []
    for c in _content_clauses(ctx, verb):
        # the clause's verb, its infinitive ("is trying to undermine"), or the predicate
        heads = {c.lemma.lower()} | {
            k.lemma.lower()
            for k in ctx.kids(c.i, frozenset({"acomp", "attr", "xcomp"}))
            # "responsible for the attack" blames; "responsible for ensuring" does not
            if not any(
                g.dep in ("pcomp", "xcomp")
                for p in ctx.kids(k.i, frozenset({"prep"}))
                for g in ctx.kids(p.i)
            )
        }
        if c.lemma.lower() in ctx.rules.located_verbs and (
            _phrase_objects(ctx, c, tuple(ctx.rules.place_preps))
            or any(
                k.lemma.lower() in ctx.rules.located_adverbs
                for k in ctx.kids(c.i, frozenset({"advmod"}))
            )
        ):
            heads.discard(c.lemma.lower())  # "said Georgia's future lay in Europe": no lie
        # "said Nigerian boats had been fishing illegally": a manner that judges the deed
        heads |= {
            k.lemma.lower()
            for k in ctx.kids(c.i, frozenset({"advmod"}))
            if k.lemma.lower() in ctx.rules.judging_adverbs
        }
        # "said the charges were politically motivated": a predicate with its adverb, read as
        # one judgement (clause_words of two words; "politically sensitive" is none)
        heads |= {
            f"{a.lemma.lower()} {k.lemma.lower()}"
            for k in (c, *ctx.kids(c.i, frozenset({"acomp", "attr"})))
            for a in ctx.kids(k.i, frozenset({"advmod"}))
        }
        # "said the remarks were offensive and unacceptable": a predicate joined to the first
        heads |= {
            j.lemma.lower()
            for k in ctx.kids(c.i, frozenset({"acomp", "attr"}))
            for j in ctx.kids(k.i, frozenset({"conj"}))
            if j.pos in ("ADJ", "NOUN") and not _negated(ctx, j)
        }
        # "said the launch was in breach of U.N. resolutions", "had acted in violation of
        # the treaty": the breach an in-phrase names (breach_nouns)
        heads |= {
            o.lemma.lower()
            for o in _phrase_objects(ctx, c, ("in",))
            if o.lemma.lower() in ctx.rules.breach_nouns
        }
        # "said the refusal was an unfriendly act": a light act noun's judging modifier, or
        # the kind its of-phrase names ("said the tariffs were an act of economic
        # aggression")
        light = [
            k
            for k in ctx.kids(c.i, frozenset({"attr"}))
            if k.lemma.lower() in ctx.rules.judged_act_nouns
        ]
        heads |= {m.lemma.lower() for k in light for m in ctx.kids(k.i, frozenset({"amod"}))}
        heads |= {o.lemma.lower() for k in light for o in _preps(ctx, k, _OF)}
        # "said the sanctions were another example of bullying": a kind noun judges as the
        # kind its of-phrase names
        heads |= {
            o.lemma.lower()
            for k in ctx.kids(c.i, frozenset({"attr"}))
            if k.lemma.lower() in ctx.rules.judged_kind_nouns
            for o in _preps(ctx, k, _OF)
        }
        # "said the report was full of falsehoods", "was riddled with errors": a predicate of
        # fullness judges as what fills it (the parser reads "riddled" as the clause's verb)
        heads |= {
            o.lemma.lower()
            for k in (c, *ctx.kids(c.i, frozenset({"acomp"})))
            if k.lemma.lower() in ctx.rules.judged_fullness_words
            for o in _phrase_objects(ctx, k, ("of", "with"))
        }
        # "said Russia was behind the sabotage": a listed preposition after "be" whose
        # object is a hostile act (culprit_nouns; "was behind the plan", "behind Israel"
        # back them)
        heads |= {
            p.lemma.lower()
            for p in ctx.kids(c.i, frozenset({"prep"}))
            if c.lemma.lower() == "be"
            and _pobjs(ctx, p)
            and all(o.lemma.lower() in ctx.rules.culprit_nouns for o in _pobjs(ctx, p))
        }
        if c.lemma.lower() in ctx.rules.charge_light_verbs:
            heads |= _charge_objects(ctx, c)
        # the predicate as written: "said the expulsion was one-sided", and "said the
        # decision was misguided" or "the move was blackmail" that the parser reads as a
        # passive verb, whose passive subject is then the subject
        heads |= {
            _word_form(ctx, k)
            for k in (c, *ctx.kids(c.i, frozenset({"acomp", "attr"})))
            if k.i == c.i or k.lemma.lower() in heads
        }
        auxpass = bool(ctx.kids(c.i, frozenset({"auxpass"})))
        forms = {_word_form(ctx, c)}
        if auxpass:
            forms |= {
                j.lemma.lower()
                for j in ctx.kids(c.i, frozenset({"conj"}))
                if j.pos == "ADJ" and not _negated(ctx, j)
            }
            heads |= forms
        # "said the drills were designed to provoke Beijing", "said the statement was aimed
        # at undermining stability": the purpose a deed is made for (design_verbs), whose
        # passive subject is the deed judged
        designed = c.lemma.lower() in ctx.rules.design_verbs and auxpass
        if designed:
            heads |= {
                g.lemma.lower()
                for p in ctx.kids(c.i, frozenset({"prep"}))
                if p.lemma.lower() == "at"
                for g in ctx.kids(p.i, frozenset({"pcomp"}))
            }
        denied = _negated(ctx, c) or any(
            _negated(ctx, o) for o in ctx.kids(c.i, _OBJ | {"attr", "acomp", "xcomp"})
        )
        denied = denied or c.lemma.lower() in ctx.rules.blocking_governors  # "refused to"
        if denied and _negated(ctx, c) and _falls_short(ctx, c):
            # "the three countries were not doing enough to halt ...": a reproach
            heads, denied = heads | {"insufficient"}, False
        if denied and _untrue(ctx, c):
            # "said the claims were not true": a telling whose truth is denied is called false
            heads, denied = heads | {"untrue"}, False
        if _struck_first(ctx, c):
            # "said Lao troops had opened fire first", "said Thai soldiers attacked first": who
            # began the fighting is blamed for it
            heads |= _STRUCK_FIRST
        if _wants_merit(ctx, c):
            # "said Manila's claims had no legal basis", "said the vote lacked legitimacy",
            # "said the guards had opened fire without provocation": a want of ground or
            # standing judges the subject
            heads, denied = heads | _WANTS_MERIT, False
        # a subject of its own, of the clause it is joined to, a passive's agent, or the
        # relative gap of a summing noun ("a step Beijing said threatened peace")
        subject = bool(ctx.kids(c.i, _SUBJ | frozenset({"agent"}))) or (
            c.dep == "conj" and bool(ctx.kids(c.head, _SUBJ))
        )
        subject = subject or _said_gap(ctx, verb, c) is not None
        if _law_enforced(ctx, c):
            # "said police confiscated weapons from armed groups": no wrong done to anyone
            heads -= {c.lemma.lower(), _word_form(ctx, c)}
        out.append(
            _Judged(
                frozenset(heads),
                frozenset(forms),
                auxpass,
                designed,
                subject,
                bool(ctx.kids(c.i, _PASSIVE_SUBJ)),
                not denied and not _has_modal(ctx, c),
            )
        )
    return tuple(out)


def _law_enforced(ctx: _Ctx, clause: Token) -> bool:
    """Whether a reported seizure (enforcement_verbs) takes from outlaw parties only
    (blamed_party_nouns: "confiscated boats from smugglers") or, naming no one it takes
    from, takes only contraband (contraband_nouns: "confiscated drugs and rifles"): a
    state's police at work, no wrong a charge speaks of, unlike "is confiscating land" or
    "confiscated weapons from Chilean truckers"."""
    if clause.lemma.lower() not in ctx.rules.enforcement_verbs:
        return False
    taken = [j for o in ctx.kids(clause.i, _OBJ) for j in _conjuncts(ctx, o)]
    # the from-phrase on the verb, or on what is taken ("rifles from Chilean truckers")
    victims = [
        j
        for h in (clause, *taken)
        for o in _phrase_objects(ctx, h, ("from",))
        for j in _conjuncts(ctx, o)
    ]
    if victims:
        # "from Chilean truckers": a victim named decides, contraband or not
        return all(v.lemma.lower() in ctx.rules.blamed_party_nouns for v in victims)
    return bool(taken) and all(o.lemma.lower() in ctx.rules.contraband_nouns for o in taken)


# needs met only by a word of the pattern's clause_words within the verb's reported clauses
# (_clause_vocabulary): _has_need turns them down at once when none is there, as it turns
# down most of the ~20 clause patterns of every "say" (content_clause reads its words from
# the clauses' judged heads, some of which are no word of the clause: _judged_heads)
_WORDED_CLAUSE_NEEDS = frozenset(
    {
        "threat_clause",
        "harm_clause",
        "abet_clause",
        "beside_clause",
        "yielded_clause",
        "unserious_clause",
        "role_clause",
        "own_role_clause",
        "shown_clause",
        "blamed_clause",
        "obliged_clause",
        "retort_clause",
        "undone_clause",
        "failed_clause",
        "lawful_clause",
        "pursuit_clause",
        "intruded_clause",
        "unaimed_clause",
        "unanswered_clause",
        "closed_clause",
        "denied_own_deed",
        "stood_by_clause",
        "kept_clause",
        "until_clause",
        "refused_until_clause",
    }
)


def _factual_clauses(ctx: _Ctx, verb: Token, words: frozenset[str]) -> list[Token]:
    """A verb's reported clauses (_content_clauses) whose own verb is one of ``words``,
    affirmed and told as fact (no negation, no modal): what shown_clause and stood_by_clause
    read further ("said the move showed ...", "said Chile had stood with us")."""
    return [
        c
        for c in _content_clauses(ctx, verb)
        if c.lemma.lower() in words and not _negated(ctx, c) and not _has_modal(ctx, c)
    ]


def _modal_worded(ctx: _Ctx, verb: Token, words: frozenset[str]) -> bool:
    """Whether a reported clause whose verb is one of ``words`` has a modal: what it tells is
    ahead, asked or possible, no fact ("said the patrol would be lawful", "must keep its
    word"); a joined clause's modal tells another act."""
    return any(
        _has_modal(ctx, c) and c.lemma.lower() in words for c in _content_clauses(ctx, verb)
    )


def _clause_vocabulary(ctx: _Ctx, verb: Token) -> frozenset[str]:
    """The lemmas and written forms of every word of a verb's reported clauses
    (_content_clauses): a worded clause need is met only by one of them."""
    return frozenset(
        w
        for c in _content_clauses(ctx, verb)
        for t in ctx.parse.subtree(c.i)
        for w in (t.lemma.lower(), t.text.lower())
    )


def _judged_heads(ctx: _Ctx, verb: Token) -> frozenset[str]:
    """The heads of all of a verb's judged clauses: a content_clause need is met only by a
    clause whose heads hold one of its words."""
    return frozenset(w for j in _memo(ctx, _judged_clauses, verb) for w in j.heads)


def _clause_roles(ctx: _Ctx, verb: Token) -> list[Token]:
    """The roles a verb's affirmed, factual reported clauses give an actor subject that is
    not the speaker: the predicate (and its conjuncts: "our closest neighbor and our most
    important partner") or as-phrase of the clause's verb or infinitive. The speaker's own
    role is none ('"India wants to be a partner," Mehta said'); of joined subjects one not
    the speaker's suffices ('"Chile and Peru are family," the Chilean minister said')."""
    speaker = _subject_principals(ctx, verb)
    out: list[Token] = []
    for c in _content_clauses(ctx, verb):
        if _negated(ctx, c) or _has_modal(ctx, c):
            continue
        subjects = [
            ctx.by_token.get(t.i) for k in ctx.kids(c.i, _SUBJ) for t in _conjuncts(ctx, k)
        ]
        if not any(
            m is not None and m.actor is not None and m.actor.principal not in speaker
            for m in subjects
        ):
            continue
        hosts = [c, *ctx.kids(c.i, frozenset({"xcomp"}))]
        out += [
            r
            for h in hosts
            for k in ctx.kids(h.i, frozenset({"attr"}))
            for r in _conjuncts(ctx, k)
        ]
        out += [
            o
            for h in hosts
            for p in ctx.kids(h.i, frozenset({"prep"}))
            if p.lemma.lower() == "as"
            for o in _pobjs(ctx, p)
        ]
    return out


def _held_toward_other(ctx: _Ctx, role: Token, speaker: Collection[str]) -> bool:
    """Whether a role noun's possessor or of-phrase names an actor other than the speaker
    ("Beijing's closest ally", "an ally of France"): a relation held toward another."""
    holders = ctx.kids(role.i, frozenset({"poss"})) + _preps(ctx, role, frozenset({"of"}))
    return any(
        h.text.lower() not in ctx.rules.first_person
        and (m := ctx.by_token.get(h.i)) is not None
        and m.actor is not None
        and m.actor.principal not in speaker
        for h in holders
    )


def _uncued(ctx: _Ctx, verb: Token, need: str, pattern_words: frozenset[str]) -> bool:
    """Whether a clause need finds none of its pattern's words where it looks (the words of
    the verb's reported clauses, or the heads of its judged ones): the need is then unmet
    before any reading, and the block trace counts no such pattern (trace.py), as every
    saying tries some 40 clause patterns."""
    if need in _WORDED_CLAUSE_NEEDS:
        return pattern_words.isdisjoint(_memo(ctx, _clause_vocabulary, verb))
    if need == "content_clause":
        return pattern_words.isdisjoint(_memo(ctx, _judged_heads, verb))
    return False


def _has_need(ctx: _Ctx, verb: Token, need: str, pattern_words: frozenset[str]) -> bool:
    if _uncued(ctx, verb, need, pattern_words):
        return False  # no word of the pattern's in the clauses (most clause patterns)
    if need == "ferried_officials":
        # "sent an aircraft carrying its foreign minister to Baghdad": the minister's trip
        senders = _subject_principals(ctx, verb)
        return any(
            _ferries_people(ctx, o, officials=True, senders=senders)
            for o in ctx.kids(verb.i, _OBJ)
        )
    if need == "undone_clause":
        return _undone_clause(ctx, verb, pattern_words) is not None
    if need == "failed_clause":
        # only as the reason a deed is given ("closed the border, saying ..."): a bare report
        # that a state failed ("the OSCE said Norway had failed to protect ...") is a finding
        # that the reactions to it answer (tests/events/test_events_context11.py)
        return (
            verb.dep == "advcl"
            and verb.tag == "VBG"
            and verb.head < verb.i
            and any(_failed_duty(ctx, c, pattern_words) for c in _content_clauses(ctx, verb))
        )
    if need == "pressed_for":
        # "faced pressure from Washington to cut oil imports", "... over its veto": what the
        # pressure asks is told, on the noun or the verb
        heads = [verb, *ctx.kids(verb.i, _OBJ)]
        return any(
            (k.dep in ("acl", "xcomp", "advcl") and _infinitive(ctx, k))
            or (k.dep == "prep" and k.lemma.lower() in ("over", "on"))
            for h in heads
            for k in ctx.kids(h.i)
        )
    if need == "carried_clause":
        # "handed a note to the Chinese Embassy protesting the ship's presence", "sent Hanoi
        # a letter protesting ...": a participle of one of clause_words on the verb, its
        # object or its to-phrase's noun (where the parser may hang it) says what it carries
        heads = [verb, *ctx.kids(verb.i, _OBJ)]
        heads += [
            o
            for p in ctx.kids(verb.i, frozenset({"prep", "dative"}))
            if p.lemma.lower() == "to"
            for o in ctx.kids(p.i, frozenset({"pobj"}))
        ]
        carried = [k for h in heads for k in ctx.kids(h.i, frozenset({"acl", "advcl", "xcomp"}))]
        # "had written to the commission three times since September asking for the money":
        # the parser may hang the participle on a dated phrase of the verb (a pcomp beside its
        # date); one with an object of its own is the participle's own act ("asking Lome to")
        carried += [
            k
            for p in ctx.kids(verb.i, frozenset({"prep"}))
            for k in ctx.kids(p.i, frozenset({"pcomp"}))
            if not ctx.kids(k.i, frozenset({"dobj"}))
            and any(
                d.ent_type == "DATE"
                for d in ctx.kids(p.i, frozenset({"pobj"})) + ctx.kids(k.i, _SUBJ)
            )
        ]
        return any(k.tag == "VBG" and k.lemma.lower() in pattern_words for k in carried)
    if need == "state_object":
        # "respects Oman": the object is the state's or body's own name, no deed read elsewhere
        # and no people of it ("respects the Colombian people")
        return any(
            (m := ctx.by_token.get(o.i)) is not None
            and m.actor is not None
            and m.kind in ("name", "metonym")
            for o in ctx.kids(verb.i, _OBJ)
        )
    if need == "own_act_clause":
        # "warned that it would close the border if ...": the speaker tells its own act
        return bool(_own_unaimed_acts(ctx, verb))
    if need == "unconceded":
        # "said it respected Afghanistan's sovereignty but that Kabul must act": a concession
        # set against another's clause frames a demand; no assurance is told
        buts = [c for c in ctx.kids(verb.i, frozenset({"cc"})) if c.lemma.lower() in ("but", "yet")]
        joined = ctx.kids(verb.i, frozenset({"conj"}))
        return not buts or not any(ctx.kids(k.i, _SUBJ) for k in joined)
    if need == "oprd":
        if _misread_object(ctx, verb) is not None:
            return False
        named = ctx.kids(verb.i, frozenset({"oprd"}))
        if named:
            # "called Zelenskyy's office a second time": a call, no name given; "the islands,
            # which Argentina calls the Malvinas": a proper name is what a thing is called, no
            # judgement of it
            return not all(_time_noun(ctx, k) or k.tag in ("NNP", "NNPS") for k in named)
        # the parser sometimes hangs "called X's decision ... 'regrettable'" lower down
        objs = ctx.kids(verb.i, _OBJ)
        return (
            any(t.dep == "oprd" for o in objs for t in ctx.parse.subtree(o.i))
            or any(
                _predicate_apposition(ctx, o, a)
                for o in objs
                for a in ctx.kids(o.i, frozenset({"appos"}))
            )
            or _joined_predicate(ctx, verb) is not None
            # "called the accord a big step forward": the name hung on the adverb as its measure
            or any(
                _predicate_apposition(ctx, o, m)
                for o in objs
                for a in ctx.kids(verb.i, frozenset({"advmod"}))
                for m in ctx.kids(a.i, frozenset({"npadvmod"}))
            )
            or _gap_named(ctx, verb)
        )
    if need == "content_clause":
        # "said that X violates the rules": a factual, affirmed clause of the listed verbs
        # (_judged_clauses: what each clause says, once per verb, for all its patterns)
        return any(
            j.open
            and not j.heads.isdisjoint(pattern_words)
            # "said the decision was misguided", read as a passive: its passive subject is
            # then the subject
            and (
                j.subject
                or ((j.designed or (j.auxpass and not j.forms.isdisjoint(pattern_words))) and j.patient)
            )
            for j in _memo(ctx, _judged_clauses, verb)
        )
    if need == "terms_clause":
        # "said Chile's demands were unacceptable": a reported clause whose subject is terms
        # asked or offered (terms_nouns), affirmed; content_clause reads the judgement
        return any(
            s.lemma.lower() in ctx.rules.terms_nouns
            for c in _content_clauses(ctx, verb)
            if not _negated(ctx, c)
            for s in ctx.kids(c.i, _SUBJ)
        )
    if need in ("threat_clause", "harm_clause"):
        # "said Turkey would face consequences" (a future clause only), "said the move would
        # harm ties": a clause whose verb and one of its objects are both clause_words
        return _worded_clause(ctx, verb, pattern_words, need == "threat_clause")
    if need == "unanswered_clause":
        # '"This was an attack on our soil, and it will not go unanswered," he said', "said
        # the aggression would not go unpunished": a deed vowed an answer (a verb and its
        # predicate of the words, denied); "went unnoticed" or "went unanswered for years"
        # (no denial) vows nothing
        return any(
            _denied_predicate(ctx, c, pattern_words) for c in _content_clauses(ctx, verb)
        )
    if need == "denied_own_deed":
        # "said its forces 'did not target Bangladesh'": a denial in the saying's own words
        return bool(_denied_own_deeds(ctx, verb, pattern_words))
    if need == "closed_clause":
        # "said its sovereignty was 'not negotiable'", "said visa-free travel was 'not on the
        # table'", "Greenland is 'not for sale'": a matter declared closed to talks, the
        # predicate (or its place phrase) of the words and denied; "said the talks were on the
        # table" or "it is not a question of money" (a predicate noun) closes nothing
        return any(
            _denied_predicate(ctx, c, pattern_words, places=True)
            for c in _content_clauses(ctx, verb)
        )
    if need == "lawful_clause":
        # "Lisbon said the flight followed the law", "said its patrol was lawful": a deed said
        # to keep the law (a verb and a word of law meet, as a harm clause's do), or to be no
        # more than routine or defence ("said the patrol was a routine fisheries mission": the
        # predicate noun's modifier), of the speaker's own (_own_defended)
        return (
            (
                _worded_clause(ctx, verb, pattern_words, False, preps=_LAW_PREPS, predicate=True)
                or _conforming_clause(ctx, verb, pattern_words)
            )
            # a modal in a clause of the words ("said the patrol would be lawful"); a joined
            # clause's ("and would stay in place until ...") tells another act
            and not _modal_worded(ctx, verb, pattern_words)
            and _own_defended(ctx, verb)
        )
    if need == "pursuit_clause":
        # "said its troops had been in 'hot pursuit' of gunmen", "said the soldiers had been
        # chasing armed men": the speaker's own forces (_own_defended) said to have been
        # pursuing someone when they crossed (_pursuing)
        return any(_pursuing(ctx, c, pattern_words) for c in _content_clauses(ctx, verb)) and (
            _own_defended(ctx, verb)
        )
    if need == "intruded_clause":
        # "said the dhows had strayed into its waters", "said the trucks lacked customs
        # permits": the other's people or craft where they had no right to be
        speakers = _subject_principals(ctx, verb)
        return bool(speakers) and any(
            _intruded(ctx, c, pattern_words, speakers) for c in _content_clauses(ctx, verb)
        )
    if need == "unaimed_clause":
        # "said the rule was not aimed at any one country", "said the drills did not target
        # any third party": the speaker's own measure said to aim at no one (_unaimed)
        return any(_unaimed(ctx, c, pattern_words) for c in _content_clauses(ctx, verb)) and (
            _own_defended(ctx, verb)
        )
    if need == "kept_clause":
        # '"Peru has kept its word," the Bolivian minister said', "said Chile had honored its
        # commitments": a pledge kept (the clause's verb and object both of the words),
        # affirmed and told as fact ("must keep its word" demands, "would keep" foretells)
        return _worded_clause(ctx, verb, pattern_words, False) and not _modal_worded(
            ctx, verb, pattern_words
        )
    if need in ("abet_clause", "beside_clause"):
        # "said Bogota was harbouring rebels", "said Algeria was supporting terrorist groups":
        # as a harm clause, the object's modifier may be the word; "said Rwandan troops were
        # fighting alongside the M23 rebels": the alongside-phrase only (beside_clause)
        return _worded_clause(
            ctx, verb, pattern_words, False, modifiers=True, beside=need == "beside_clause"
        )
    if need == "yielded_clause":
        # "said Norway had yielded to pressure from certain countries", "had bowed to
        # Washington's dictates": as abet_clause, the to-phrase's object the noun of the words;
        # the parser may read "to pressure" as an infinitive, whose verb is then that noun
        return _worded_clause(
            ctx, verb, pattern_words, False, modifiers=True, preps=_YIELDED_PREPS
        ) or any(
            c.lemma.lower() in pattern_words
            and not _negated(ctx, c)
            and any(ctx.by_token.get(s.i) is not None for s in ctx.kids(c.i, _ANY_SUBJ))
            and any(x.lemma.lower() in pattern_words for x in ctx.kids(c.i, frozenset({"xcomp"})))
            for c in _content_clauses(ctx, verb)
        )
    if need == "unserious_clause":
        # "said Moscow was not serious about peace", "said the delegation had 'never been
        # serious about peace'" (the parser may hang it anywhere under the clause): a
        # predicate of good faith denied, about peace or talks (both from clause_words)
        return any(
            _negated(ctx, ctx.tok(p.head)) or _negated(ctx, p)
            for c in _content_clauses(ctx, verb)
            for p in ctx.parse.subtree(c.i)
            if p.dep == "acomp"
            and p.lemma.lower() in pattern_words
            and any(
                t.lemma.lower() in pattern_words
                for k in ctx.kids(p.i, frozenset({"prep"}))
                for o in _pobjs(ctx, k)
                for t in ctx.parse.subtree(o.i)
            )
        )
    if need in ("role_clause", "own_role_clause"):
        # "'Panama has chosen to serve as an instrument of the blockade,' the minister said",
        # "said Lithuania was a pawn of Washington": the role an affirmed, factual clause gives
        # its actor subject (_clause_roles); own_role_clause: a role held toward the speaker's
        # own state, never toward another its possessor or of-phrase names ("an ally of
        # France", "Beijing's closest partner"; "good friends of China" said by China is)
        speaker = _subject_principals(ctx, verb)
        return any(
            r.lemma.lower() in pattern_words
            and not _negated(ctx, r)
            and (need == "role_clause" or not _held_toward_other(ctx, r, speaker))
            for r in _memo(ctx, _clause_roles, verb)
        )
    if need == "until_clause":
        # "said the ban would stay in force until Kenya lifted its own measure": a measure
        # held until another state acts (clauses._held_until)
        return bool(_held_until(ctx, verb, pattern_words))
    if need == "refused_until_clause":
        # "said Bissau would not discuss joint patrols until Dakar apologized": an act of
        # cooperation held back until another state acts (clauses._held_until)
        return bool(_held_until(ctx, verb, pattern_words, refused=True))
    if need == "stood_by_clause":
        # '"Chile has stood with Peru in its hardest years," the Peruvian minister said': a
        # state told to have stood by the speaker's own is thanked; the with- or by-phrase must
        # name the speaker's state or "us" ("said Chile had stood with Bolivia" is a report of
        # Chile's support), affirmed and told as fact
        speakers = _subject_principals(ctx, verb)
        # '"Japan has been with us at every stage"': a being by one's side that has lasted
        # (a perfect: "was with us at the talks" tells a presence, and "has been with us for
        # two days" a stay) stands by it as well
        lasted = [
            c
            for c in _factual_clauses(ctx, verb, frozenset({"be"}))
            if any(a.lemma.lower() == "have" for a in ctx.kids(c.i, frozenset({"aux"})))
            and not any(
                k.dep == "nummod" or o.pos == "NUM"
                for p in ctx.kids(c.i, _PREP)
                if p.lemma.lower() == "for"
                for o in _pobjs(ctx, p)
                for k in [o, *ctx.kids(o.i)]
            )
        ]
        return any(
            o.text.lower() in ctx.rules.first_person
            or (
                (m := ctx.by_token.get(o.i)) is not None
                and m.actor is not None
                and m.actor.principal in speakers
            )
            for c in _factual_clauses(ctx, verb, pattern_words) + lasted
            for p in ctx.kids(c.i, _PREP)
            if p.lemma.lower() in pattern_words
            for o in _pobjs(ctx, p)
        )
    if need == "actor_clause":
        # "was alarmed that Dominican authorities had deported ...": a that-clause whose
        # subject is an actor tells that actor's deed; "that the deal lacked safeguards" names
        # none (tests/events/test_events_reactions19.py keeps such concern uncoded)
        # ("that Sri Lanka's navy had fired on fishermen": an organ heads the subject)
        return any(
            _actors(ctx, [s], "source")
            for c in _content_clauses(ctx, verb)
            for s in ctx.kids(c.i, _SUBJ)
        )
    if need == "pair_clause":
        # "hoped the two partners would find a solution": a reported clause whose subject is
        # a pair named before (a mention standing for its members), two others settling
        return any(
            (m := ctx.by_token.get(s.i)) is not None and len(m.members) > 1
            for c in _content_clauses(ctx, verb)
            for s in ctx.kids(c.i, _SUBJ)
        )
    if need == "shown_clause":
        # "said the decision showed Vilnius was afraid of the truth": an act said to reveal
        # (clause_words) something of a state, or a mishap ("said the crash showed that"); not
        # data ("the figures showed"), nor a clause denied or only possible
        return any(
            s.lemma.lower() in ctx.rules.act_nouns
            or s.lemma.lower() in ctx.patterns.nouns
            or s.lemma.lower() in ctx.rules.mishap_nouns
            for c in _factual_clauses(ctx, verb, pattern_words)
            for s in ctx.kids(c.i, _SUBJ)
        )
    if need == "blamed_clause":
        # "said the deadlock was Egypt's fault": a fault laid on another state
        # (clauses._blamed_holders)
        return bool(_blamed_holders(ctx, verb, pattern_words))
    if need == "obliged_clause":
        # "said China must return the ship": an active, affirmed clause with a modal of
        # obligation (from clause_words) whose subject is an actor
        for c in _content_clauses(ctx, verb):
            modal = any(a.dep == "aux" and a.text.lower() in pattern_words for a in ctx.kids(c.i))
            # "said Mongolia had a clear legal obligation to arrest the suspect": a duty had, with
            # the act it binds to, is a must (the duty noun from clause_words)
            modal = modal or (
                c.lemma.lower() == "have"
                and not _has_modal(ctx, c)
                and any(
                    o.lemma.lower() in pattern_words
                    and not _negated(ctx, o)
                    and any(_infinitive(ctx, k) for k in ctx.kids(o.i, frozenset({"acl", "relcl"})))
                    for o in ctx.kids(c.i, _OBJ)
                )
            )
            # ... whose subject is no generic plural naming no actor: "big countries think small
            # countries should be quiet" obliges no one, so no other clause's subject is the one
            # asked ("said the border must reopen" after a call still asks the one called)
            subjects = ctx.kids(c.i, _SUBJ)
            generic = any(
                s.tag == "NNS"
                and not ctx.kids(s.i, frozenset({"det", "poss", "nummod"}))
                and not any(t.i in ctx.by_token for t in ctx.parse.subtree(s.i))
                for s in subjects
            )
            if modal and not _negated(ctx, c) and subjects and not generic:
                return True
        return False
    if need == "retort_clause":
        # "said Islamabad should look at its own failures", "should worry about its own
        # streets": an obliged clause (the need above) whose verb turns the other party's eyes
        # to what is its own (a verb of clause_words, "own" under it) is a rebuke, not an appeal
        return any(
            c.lemma.lower() in pattern_words
            and any(t.text.lower() == "own" for t in ctx.parse.subtree(c.i))
            for c in _content_clauses(ctx, verb)
        )
    if need == "own_legislature":
        # "Biden asked Congress for $24 billion to support Ukraine": the one asked is the
        # subject's own legislature, so the request tells what the subject means to give,
        # not an appeal to another state
        doers = _subject_principals(ctx, verb)
        return not _negated(ctx, verb) and any(
            (m := ctx.by_token.get(o.i)) is not None
            and m.actor is not None
            and m.actor.role == "LEG"
            and m.actor.principal in doers
            for o in ctx.kids(verb.i, _OBJ)
        )
    if need == "own_deed":
        # "expressed regret to Seoul for its wartime actions": the for-phrase names the
        # subject's own deed (a possessor standing for the subject, or "own"); regret "over"
        # an act, or for a decision or plan ("for its decision": whose is unclear), judges it
        doers = _subject_principals(ctx, verb)
        judged = ctx.rules.deciding_nouns | ctx.rules.plan_nouns
        acts = [
            a
            for h in (verb, *ctx.kids(verb.i, _OBJ))
            for p in ctx.kids(h.i, frozenset({"prep"}))
            if p.lemma.lower() == "for"
            for o in _pobjs(ctx, p)
            for a in (o, *ctx.kids(o.i, frozenset({"conj"})))
            if a.lemma.lower() not in judged
        ]
        owners = [k for a in acts for k in ctx.kids(a.i, frozenset({"poss", "amod"}))]
        return not _negated(ctx, verb) and any(
            k.lemma.lower() == "own"
            or (
                (m := ctx.by_token.get(k.i)) is not None
                and m.actor is not None
                and m.actor.principal in doers
            )
            for k in owners
        )
    if need == "feeling_manner":
        # "reacted with dismay", "responded angrily": the manner names one of the words
        return not _negated(ctx, verb) and any(
            _manner_feeling(ctx, k, pattern_words) for k in ctx.kids(verb.i)
        )
    if need == "provoked_condition":
        # '"If these incursions continue, we will respond"': the if- or unless-clause tells
        # one of the words (a hostile deed)
        return not pattern_words.isdisjoint(_condition_lemmas(ctx, verb))
    if need == "object_to_phrase":
        # "called the Cambodian ambassador to the foreign ministry": a to-phrase the parser
        # hung on the object (as on "the ambassador to France") names one of the words
        return any(
            p.lemma.lower() in pattern_words
            for o in ctx.kids(verb.i, _OBJ)
            for k in ctx.kids(o.i, frozenset({"prep"}))
            if k.lemma.lower() == "to"
            for p in _pobjs(ctx, k)
        )
    if need == "as_phrase":
        # "described the expulsion as a provocation": the as-phrase names one of the words;
        # the parser may hang it on the object ("described the move as unjustified")
        if _negated(ctx, verb):
            return False
        bases = [verb, *ctx.kids(verb.i, _OBJ)]
        # "described the sanctions imposed by Washington as warfare": or on the object's
        # participle
        lowered = [
            a for o in bases[1:] for a in ctx.kids(o.i, frozenset({"acl"})) if a.tag == "VBN"
        ]
        phrase = [
            o
            for h in bases + lowered
            for p in ctx.kids(h.i, frozenset({"prep"}))
            if p.lemma.lower() == "as"
            for o in [*_pobjs(ctx, p), *ctx.kids(p.i, frozenset({"amod", "acomp"}))]
        ]
        if any(_negated(ctx, o) for o in phrase):
            return False  # a measured word: "as regrettable but not a provocation"
        # "saw India as one of its closest partners": the of-phrase of "one" names the kind
        phrase += [
            g for o in phrase if o.lemma.lower() == "one" for g in _phrase_objects(ctx, o, ("of",))
        ]
        # "described the patrols as an attempt at intimidation", "as an act of piracy", "as a
        # form of coercion": a try, an act or a kind names the wrong its phrase does
        rules = ctx.rules
        light = rules.judged_attempt_nouns | rules.judged_act_nouns | rules.judged_kind_nouns
        phrase += [
            g
            for o in phrase
            if o.lemma.lower() in light
            for g in _phrase_objects(ctx, o, ("of", "at"))
        ]
        # "described Mexico's government as a refuge for coup plotters": a haven names whom
        # it shelters
        phrase += [
            g
            for o in phrase
            if o.lemma.lower() in ctx.rules.haven_nouns
            for g in _phrase_objects(ctx, o, ("for",))
        ]
        named = [
            t for o in phrase for t in (o, *ctx.kids(o.i, frozenset({"amod", "compound"})))
        ]
        # "as the most serious and credible basis": a modifier joined to the first
        named += [j for t in named if t.dep == "amod" for j in ctx.kids(t.i, frozenset({"conj"}))]
        named += [
            a
            for h in bases[1:]
            for a in ctx.kids(h.i, frozenset({"amod", "acomp"}))
            if not _negated(ctx, a)
            if any(k.lemma.lower() == "as" for k in ctx.kids(a.i, frozenset({"advmod", "prep"})))
        ]
        return any(t.lemma.lower() in pattern_words and t.pos in ("NOUN", "ADJ") for t in named)
    if need == "patient":
        # "returned 20 children to Ukraine", "were freed", "the sailors Iran freed", "freed and
        # deported them": someone undergoes it; "the team returned to Vietnam" is a trip
        return (
            verb.dep in ("relcl", "conj")
            or bool(ctx.kids(verb.i, frozenset({"dobj", "nsubjpass", "conj"})))
        )
    if need == "agent":
        # "was met at the airport by Zambia's president": a passive whose by-phrase names who
        # did it; the active "met" and "was met with criticism" name no such doer
        passive = bool(ctx.kids(verb.i, _PASSIVE_SUBJ)) or _participle_noun(ctx, verb) is not None
        return bool(_agents(ctx, verb)) or (passive and bool(_late_agents(ctx, verb)))
    if need == "others_told":
        return not _own_staff(ctx, verb)
    if need == "others_works":
        return not _own_works(ctx, verb)
    if need == "others_budget":
        return not _own_budget(ctx, verb)
    if need == "per_unit":
        return _per_unit_price(ctx, verb)
    if need == "use_clause":
        # "allowed Greece to use its airspace": the use allowed is of one of the words, as
        # the infinitive's own object ("to use missiles inside Russian territory" is not)
        # ... by a state's own organs, not its people ("allowed Russian tourists to use its
        # airports", "Chinese herders": own_people_nouns)
        # ... or the ground entered ("let Peruvian police pursue suspects into its
        # territory", "allowed Turkish troops to operate in its territory": crossing_verbs,
        # the word the object of an in-phrase anywhere under the infinitive)
        people = ctx.rules.own_people_nouns
        return any(
            o.lemma.lower() in pattern_words
            for k in ctx.kids(verb.i, frozenset({"xcomp", "ccomp", "advcl"}))
            if (k.lemma.lower() == "use" or k.lemma.lower() in ctx.rules.crossing_verbs)
            and (_infinitive(ctx, k) or k.tag == "VB")
            if not any(
                u.lemma.lower() in people
                for u in ctx.kids(k.i, _SUBJ) + ctx.kids(verb.i, frozenset({"dobj"}))
            )
            for o in (
                ctx.kids(k.i, frozenset({"dobj"}))
                if k.lemma.lower() == "use"
                else [
                    o
                    for p in ctx.parse.subtree(k.i)
                    if p.dep == "prep" and p.lemma.lower() in ctx.rules.crossed_preps
                    for o in _pobjs(ctx, p)
                ]
            )
        )
    if need == "court_frame":
        # "challenged the decision in court", "filed a lawsuit at the court challenging the
        # Commission's approval": a challenge put before a court, or told as the participle
        # of a legal action (both words from clause_words); "challenged the decision" alone
        # may be words only
        if any(
            o.lemma.lower() in pattern_words
            for h in (verb, *ctx.kids(verb.i, _OBJ))  # the parser may hang it on the object
            for p in ctx.kids(h.i, _PREP)
            if p.lemma.lower() in ("in", "before", "at")
            for o in _pobjs(ctx, p)
        ):
            return True
        if verb.dep not in ("advcl", "acl") or verb.tag != "VBG":
            return False
        host = ctx.tok(verb.head)
        return host.lemma.lower() in pattern_words or any(
            o.lemma.lower() in pattern_words for o in ctx.kids(host.i, _OBJ)
        )
    if need == "purpose_clause":
        # "wrote to the African Union Commission to ask for its help": an infinitive of the
        # verb of one of the words tells what the act is for
        return any(
            k.lemma.lower() in pattern_words and (_infinitive(ctx, k) or k.tag == "VB")
            for k in ctx.kids(verb.i, frozenset({"xcomp", "advcl"}))
        )
    if need == "helper":
        # "France helped Ghana": a subject of its own; "reaffirmed its commitment to help
        # Morocco", "expressed its willingness to help Kazakhstan": the infinitive of a noun
        # of intent its owner voices as the object of a verb (a bare "to help Kyiv" stays a
        # purpose; "Germany's promise to help Ukraine was welcomed" is n.pledge's alone)
        # "Norway agreed to help Senegal": the help agreed is an intent
        # (033) of the agreeing subject, which no other pattern of the head codes
        noun = ctx.tok(verb.head)
        return bool(ctx.kids(verb.i, frozenset({"nsubj"}))) or (
            verb.dep == "acl"
            and _infinitive(ctx, verb)
            and noun.dep == "dobj"
            and noun.lemma.lower() in ctx.rules.intent_governors
        ) or (
            verb.dep == "xcomp"
            and _infinitive(ctx, verb)
            and noun.lemma.lower() in _AGREED_HELP_HEADS
            and bool(ctx.kids(noun.i, frozenset({"nsubj"})))
        )
    if need == "unnamed_xcomp":
        # "Uganda refused to hand them over", "Hungary refused to extradite the suspects": an
        # infinitive that names the thing just asked for only by a pronoun or a definite noun
        # (one that names an actor, a name or a new thing, "refused to sign it until Armenia
        # ...", "refused to extradite a former Tunisian minister", is read by its own patterns
        # or left as an uncoded act another may answer)
        clauses = [k for k in ctx.kids(verb.i, _CLAUSE_KIDS) if k.dep == "xcomp"]
        return bool(clauses) and not any(
            _names_anew(ctx, t) for c in clauses for t in ctx.parse.subtree(c.i)
        )
    if need == "xcomp":
        return any(
            k.dep == "xcomp" or _infinitive(ctx, k)
            for k in ctx.kids(verb.i, _CLAUSE_KIDS)
        ) or (_stray_infinitive(ctx, verb) is not None)
    return bool(ctx.kids(verb.i, frozenset({need})))


#: Verbs whose infinitive "to help X" is help the subject agreed to give (need "helper").
_AGREED_HELP_HEADS = frozenset({"agree"})


def _names_anew(ctx: _Ctx, t: Token) -> bool:
    """Whether a word of a refused infinitive names something not told before: a name, an
    actor ("the Tunisian minister"), or a noun with no definite determiner ("a former
    minister", "suspects"); a compound word goes with its head ("the bank suspects")."""
    if t.pos == "PROPN" or ((m := ctx.by_token.get(t.i)) is not None and m.actor is not None):
        return True
    if t.pos != "NOUN":
        return False
    head = ctx.tok(t.head) if t.dep == "compound" and t.head != t.i else t
    return not _definite_noun(ctx, head)


def _own_works(ctx: _Ctx, verb: Token) -> bool:
    """Whether the works paid for are the payer's own: the of-phrase of the verb's object or
    for-phrase holds "own" or a possessive pronoun the resolver ties to no other actor than
    the verb's subject ("financed an upgrade of its naval base near the Philippines", "paid
    for the expansion of its own embassy in Zambia", a to-phrase too: "pay for upgrades to its
    embassy in Tbilisi"); paying for what one owns helps no state named beside it. "The
    expansion of Gabon's port" and "its" tied to another state (the speaker's: "Gabon said
    China would fund the upgrade of its port") are another's."""
    heads = ctx.kids(verb.i, _OBJ) + _phrase_objects(ctx, verb, ("for",))
    # the parser may hang the to-phrase on the verb ("pay for upgrades | to its embassy")
    owned = [o for h in heads for o in _phrase_objects(ctx, h, ("of", "to"))]
    owned += _phrase_objects(ctx, verb, ("to",))
    return _own_marked(ctx, owned, _subject_principals(ctx, verb))


def _own_budget(ctx: _Ctx, verb: Token) -> bool:
    """Whether the budget paid for is the payer's own: marked so for the subject's principals
    (``_own_marked``), or its possessive pronoun is the subject pronoun's own form ("as it
    struggles to finance its budget", "they cannot fund their deficit"), which the resolver
    may tie to two actors: a state paying its own way funds no one."""
    objects = ctx.kids(verb.i, _OBJ)
    if _own_marked(ctx, objects, _subject_principals(ctx, verb)):
        return True
    subjects = {s.text.lower() for s in _subject_tokens(ctx, verb) if s.pos == "PRON"}
    return any(
        k.dep == "poss" and _POSSESSIVE_OF.get(k.text.lower()) in subjects
        for o in objects
        for k in ctx.kids(o.i)
    )


_POSSESSIVE_OF = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we"}


def _own_marked(ctx: _Ctx, nouns: Sequence[Token], owners: Collection[str]) -> bool:
    """Whether one of the nouns is marked as the owners' own: it holds "own", or a possessive
    pronoun the resolver ties to none of them or to no actor at all ("its naval base", "its
    ambassador"). "His Chinese counterpart", "its rivals" are never the owners' own, whatever
    the pronoun (no_possessor_nouns)."""
    for o in nouns:
        if o.lemma.lower() in ctx.rules.no_possessor_nouns:
            continue
        for k in ctx.kids(o.i):
            if k.lemma.lower() == "own":
                return True
            if k.dep == "poss" and k.pos == "PRON":
                m = ctx.by_token.get(k.i)
                if m is None or m.actor is None or m.actor.principal in owners:
                    return True
    return False


def _own_staff(ctx: _Ctx, verb: Token) -> bool:
    """Whether who is told is the teller's own: the verb's object holds "own" or a possessive
    pronoun the resolver ties to no other actor than the verb's subject ("instructed its
    ambassador in Santiago to lodge a protest", "ordered its embassy in Niamey to close"):
    orders to one's own staff demand nothing of the state they sit in."""
    objects = ctx.kids(verb.i, _OBJ)
    owners = _subject_principals(ctx, verb)
    return _own_marked(ctx, objects, owners) or _bare_own_body(ctx, objects, owners)


def _bare_own_body(ctx: _Ctx, nouns: Sequence[Token], owners: Collection[str]) -> bool:
    """Whether a state's actor tells one of its own bodies named bare: "the foreign ministry",
    "the army" (own_body_nouns), with no possessor and no name, nationality or place in the
    phrase ("instructed the Chinese embassy", "the government in Kabul" are another's)."""
    if not owners or not set(owners) <= _state_codes():
        return False
    for o in nouns:
        if o.lemma.lower() not in ctx.rules.own_body_nouns:
            continue
        kids = ctx.kids(o.i)
        if not any(k.dep == "det" and k.lemma.lower() == "the" for k in kids):
            continue
        if any(k.dep == "poss" for k in kids) or any(
            t.i != o.i and ctx.ent_of.get(t.i) is not None for t in ctx.parse.subtree(o.i)
        ):
            continue
        return True
    return False


def _charge_objects(ctx: _Ctx, verb: Token) -> set[str]:
    """What a light verb's object names ("was committing genocide", "engaged in piracy",
    "carried out acts of sabotage", "continue the ripoff of America", "amounted to
    interference"): the object, the object of "in" or "to", and the of-phrase of either."""
    objs = ctx.kids(verb.i, _OBJ) + _phrase_objects(ctx, verb, ("in", "to"))
    ofs = [g for o in objs for g in _phrase_objects(ctx, o, ("of",))]
    return {o.lemma.lower() for o in objs + ofs}


def _phrase_objects(ctx: _Ctx, host: Token, words: tuple[str, ...]) -> list[Token]:
    """The objects of the host's prepositional phrases headed by one of ``words``."""
    return [
        o
        for p in ctx.kids(host.i, _PREP)
        if p.lemma.lower() in words
        for o in _pobjs(ctx, p)
    ]


def _own_policy_condition(ctx: _Ctx, verb: Token, targets: list[Mention]) -> bool:
    """Whether a reported cost hangs on a condition that names no actor but its targets ("would
    face consequences if it failed to cut inflation"): the target's own policy, a forecast,
    unlike "if it attacked Estonia" or "if it joined NATO"."""
    marks = ctx.rules.condition_marks | ctx.rules.exception_marks
    own = {_principal(t) for t in targets}
    for c in _content_clauses(ctx, verb):
        for a in ctx.kids(c.i, frozenset({"advcl"})):
            if not any(m.lemma.lower() in marks for m in ctx.kids(a.i, frozenset({"mark"}))):
                continue
            inside, frontier = [], [a]
            while frontier:
                cur = frontier.pop()
                inside.append(cur)
                frontier.extend(ctx.kids(cur.i))
            named = {_principal(ctx.by_token[t.i]) for t in inside if t.i in ctx.by_token}
            if own and named <= own:
                return True
    return False


def _clause_verbs(ctx: _Ctx, verb: Token) -> frozenset[str]:
    """The lemmas of the verbs of a verb's reported clauses and of their infinitives: the
    verbs _worded_clause may find its words in ("said Pakistan continued to sponsor ...")."""
    return frozenset(
        k.lemma.lower()
        for c in _content_clauses(ctx, verb)
        for k in (c, *ctx.kids(c.i, frozenset({"xcomp"})))
    )


def _failed_duty(ctx: _Ctx, clause: Token, words: frozenset[str]) -> bool:
    """Whether a reported clause tells an actor subject leaving a duty of the words undone
    ("Niamey had failed to stop the smuggling", "had done nothing to prevent it"), affirmed
    and told as done: "failed to qualify" or "would not fail to act" is no reproach."""
    if _negated(ctx, clause) or _has_modal(ctx, clause):
        return False
    if not any(
        (m := ctx.by_token.get(s.i)) is not None and m.actor is not None
        for s in ctx.kids(clause.i, _SUBJ)
    ):
        return False
    lemma = clause.lemma.lower()
    if lemma in ctx.rules.failing_verbs:
        hosts = [clause]
    elif lemma == "do":
        hosts = [o for o in ctx.kids(clause.i, _OBJ) if o.lemma.lower() in ctx.rules.idle_objects]
        hosts += [clause] if hosts else []
    else:
        return False
    return any(
        k.lemma.lower() in words and _infinitive(ctx, k)
        for h in hosts
        for k in ctx.kids(h.i, _AIM_DEPS)
    )


#: prepositions whose object tells the law a deed kept ("had acted within the law", "under
#: international law")
_LAW_PREPS = frozenset({"within", "under"})

#: prepositions whose object tells what a state gave way to ("yielded to pressure")
_YIELDED_PREPS = frozenset({"to"})


def _worded_clause(
    ctx: _Ctx,
    verb: Token,
    words: frozenset[str],
    future: bool,
    modifiers: bool = False,
    beside: bool = False,
    preps: frozenset[str] = frozenset(),
    predicate: bool = False,
) -> bool:
    """Whether a reported, affirmed clause with a subject has a verb and an object (or adverb or
    predicate: "would pay dearly", "would be held responsible"; or the object of one of
    ``preps``: "had acted within the law") that are both of the words,
    with a future modal when asked, or (``modifiers``: a charge against the actor the subject
    names) an object whose modifier is one ("terrorist groups"). A comparative cost ("would
    pay higher prices") judges nothing. With ``beside`` only the alongside-phrase counts as
    the object ("fought alongside a militia"; "fought a militia" is no charge). A relative
    pronoun object is its antecedent ("a 2019 agreement, which Tegucigalpa says Washington
    has broken"). With ``predicate`` the predicate noun and the modifiers of the objects count
    as well ("was a routine fisheries mission", "had made a routine, scheduled stop")."""
    if words.isdisjoint(_memo(ctx, _clause_verbs, verb)):
        return False  # no clause's verb is of the words (most worded patterns of a verb)
    for c in _content_clauses(ctx, verb):
        said_gap = _said_gap(ctx, verb, c)
        subject = ctx.kids(c.i, _ANY_SUBJ) or ([said_gap] if said_gap is not None else [])
        if modifiers and not any(
            (m := ctx.by_token.get(s.i)) is not None and m.actor is not None for s in subject
        ):
            continue  # "said the agreement, signed in Beijing, broke a commitment"
        lemma = c.lemma.lower()
        if (lemma in ctx.rules.continuing_verbs or lemma in ctx.rules.attempt_verbs) and not (
            _negated(ctx, c)
        ):
            # "said Pakistan continued to sponsor terrorism": the act it goes on doing; "said
            # Hungary was trying to collect intelligence": the act it sets about
            c = next(iter(ctx.kids(c.i, frozenset({"xcomp"}))), c)
        if c.lemma.lower() not in words or _negated(ctx, c) or not subject:
            continue
        auxes = {a.text.lower() for a in ctx.kids(c.i, frozenset({"aux"}))}
        if future and not auxes & ctx.rules.future_modals:
            continue
        # "would be met with a firm response": the with-phrase too
        met = [
            o
            for p in ctx.kids(c.i, frozenset({"prep"}))
            if p.lemma.lower() == ("alongside" if beside else "with")
            for o in _pobjs(ctx, p)
        ]
        own = [] if beside else ctx.kids(c.i, _OBJ | frozenset({"advmod", "oprd", "acomp"}))
        if verb.dep == "relcl" and not beside:
            # "which" read as a second subject beside the clause's own, or as the saying
            # verb's object, is the clause's gap object all the same ("an accord, which Ghana
            # says Togo has broken")
            gap = [s for s in subject if _relative_pronoun(s) and len(subject) > 1]
            gap += [o for o in ctx.kids(verb.i, _OBJ) if _relative_pronoun(o)]
            own = [
                ctx.tok(verb.head) if _relative_pronoun(o) and not _clausal_which(ctx, o) else o
                for o in own
            ] + [ctx.tok(verb.head) for _ in gap[:1]]
        objs = own + met
        objs += [
            o for p in ctx.kids(c.i, _PREP) if p.lemma.lower() in preps for o in _pobjs(ctx, p)
        ]
        if predicate and c.lemma.lower() not in ctx.rules.conformity_verbs:
            # the modifiers only, so "said it was an act of law" names no defence; a verb of
            # keeping a law takes the law as its object ("respects the sovereign choices of
            # island states" keeps none)
            named = [*objs, *ctx.kids(c.i, frozenset({"attr"}))]
            objs += [m for o in named for m in ctx.kids(o.i, frozenset({"amod"}))]
        # "would hurt thousands of traders": the of-phrase of a quantity
        objs += [
            g
            for o in objs
            if o.lemma.lower() in ctx.rules.quantity_nouns or o.pos == "NUM"
            for g in _phrase_objects(ctx, o, ("of",))
        ]
        if modifiers:
            # "was supporting its armed forces": the speaker's own is no group a state is
            # charged with backing, nor a role noun (forces, army) a participle ("armed")
            # only equips; "paramilitary forces", "rebel forces" are
            objs = [
                o
                for o in objs
                if not any(
                    p.text.lower() in ctx.rules.first_person or _speakers_own(ctx, c, p)
                    for p in ctx.kids(o.i, frozenset({"poss"}))
                )
            ]
            objs += [
                m
                for o in objs
                for m in ctx.kids(o.i, frozenset({"amod", "compound"}))
                if o.lemma.lower() not in ctx.rules.role_nouns or not m.text.lower().endswith("ed")
            ]
        if any(
            o.lemma.lower() in words and not any(m.tag in ("JJR", "RBR") for m in ctx.kids(o.i))
            for o in objs
        ):
            return True
    return False


def _conforming_clause(ctx: _Ctx, verb: Token, words: frozenset[str]) -> bool:
    """Whether a reported, affirmed clause holds its deed to a law of the words by an in-phrase
    of a conformity noun ("had been set 'in line with the law'", "in accordance with the
    treaty"), whatever its verb; "not in line with the rules" keeps none."""
    return any(
        not _negated(ctx, c) and not _negated(ctx, p)
        for c in _content_clauses(ctx, verb)
        for p in ctx.kids(c.i, _PREP)
        if p.lemma.lower() == "in"
        for o in _pobjs(ctx, p)
        if o.lemma.lower() in ctx.rules.conformity_nouns
        # the with-phrase itself (_preps takes "in line with" for a bystander's phrase)
        for p2 in ctx.kids(o.i, _PREP)
        if p2.lemma.lower() == "with"
        for w in _pobjs(ctx, p2)
        if w.lemma.lower() in words
    )


def _denied_predicate(
    ctx: _Ctx, clause: Token, words: frozenset[str], places: bool = False
) -> bool:
    """Whether a reported clause's verb and its predicate are both of the words, denied on
    either ("will not go unanswered"; the parser hangs the "not" of "was not negotiable" on
    the adjective). With ``places`` the object of a predicate phrase counts as the predicate
    ("was not on the table", "is not up for negotiation": the phrase's own "not" as well)."""
    if clause.lemma.lower() not in words:
        return False
    preds = list(ctx.kids(clause.i, _PREDICATE_KIDS))
    if places:
        phrases = list(ctx.kids(clause.i, _PREP))
        phrases += [q for p in phrases for q in ctx.kids(p.i, _PREP)]  # "up for negotiation"
        preds += [o for p in phrases for o in _pobjs(ctx, p)]
        denied_on = [clause, *phrases]
    else:
        denied_on = [clause]
    matched = [k for k in preds if k.lemma.lower() in words or k.text.lower() in words]
    if not matched:
        return False
    if places:
        denied_on += matched
        if any(p.lemma.lower() in ctx.rules.closing_preps for p in phrases):
            return True  # "was out of the question", "is off the table"
    return any(_negated(ctx, t) for t in denied_on)


def _unaimed(ctx: _Ctx, clause: Token, words: frozenset[str]) -> bool:
    """Whether a reported clause's verb of aiming (of the words) is denied of a party of the
    words, its object or the object of its at- or against-phrase ("was not aimed at any
    country", "did not target any third party", "was aimed at no one"), or its copula of a
    predicate of the words ("was 'not a punishment'", "was not punitive"): a measure said to
    single out or punish no one. A state named ("was not aimed at Ghana") is none of the
    words."""
    if _has_modal(ctx, clause):
        return False  # "would not be aimed at anyone" pledges
    if clause.lemma.lower() == "be":
        return any(
            k.lemma.lower() in words and (_negated(ctx, clause) or _negated(ctx, k))
            for k in ctx.kids(clause.i, frozenset({"attr", "acomp"}))
        )
    if clause.lemma.lower() not in words:
        return False
    aimed = list(ctx.kids(clause.i, _OBJ)) + [
        o
        for p in ctx.kids(clause.i, _PREP)
        if p.lemma.lower() in ("at", "against")
        for o in _pobjs(ctx, p)
    ]
    return any(
        o.lemma.lower() in words and (_negated(ctx, clause) or _negated(ctx, o)) for o in aimed
    )


def _pursuing(ctx: _Ctx, clause: Token, words: frozenset[str]) -> bool:
    """Whether a reported clause with a subject, affirmed and told as fact, tells its subject
    in pursuit: an in-phrase of a noun of the words ("had been in hot pursuit of gunmen", "had
    acted 'in hot pursuit'") or a verb of the words in the progressive ("had been chasing
    armed men", "were pursuing smugglers"), the circumstance a state gives for its forces'
    crossing. A chase told done ("had pursued a group that raided the village") is the
    operation itself, and "would pursue them" only a vow."""
    if _negated(ctx, clause) or _has_modal(ctx, clause) or not ctx.kids(clause.i, _ANY_SUBJ):
        return False
    if clause.lemma.lower() in words and clause.tag == "VBG":
        return any(a.lemma.lower() == "be" for a in ctx.kids(clause.i, frozenset({"aux"})))
    return any(
        o.lemma.lower() in words
        for p in ctx.kids(clause.i, _PREP)
        if p.lemma.lower() == "in"
        for o in _pobjs(ctx, p)
    )


#: prepositions of the place a craft entered or fished in ("had been fishing inside its
#: waters", "had strayed into Yemeni waters")
_PLACE_PREPS = frozenset({"in", "into", "inside", "within"})


def _intruded(ctx: _Ctx, clause: Token, words: frozenset[str], speakers: set[str]) -> bool:
    """Whether a reported clause, affirmed and told as fact, tells a thing or people (a
    subject that names no actor and is not owned by the speaker: "the dhows", "the Omani
    trucks", not "its patrol boats") somewhere it had no right to be: a verb of the words
    whose object or place phrase is a place noun of the words owned by a speaker ("had entered
    Yemeni waters", "had been fishing inside its zone"), or that had no permit ("without
    permission"), or that lacked one ("lacked transit permits"). A deed judged by an adverb
    ("had been fishing illegally") is v.say_accuse's charge."""
    if _negated(ctx, clause) or _has_modal(ctx, clause) or clause.lemma.lower() not in words:
        return False
    if any(k.lemma.lower() in ctx.rules.judging_adverbs for k in ctx.kids(clause.i)):
        return False  # "had been fishing illegally in its waters": a charge (v.say_accuse)
    subjects = ctx.kids(clause.i, _ANY_SUBJ)
    if not subjects:
        return False
    for s in subjects:
        m = ctx.by_token.get(s.i)
        if s.pos == "PRON" or (m is not None and m.actor is not None):
            return False  # "said they had entered", "said Omani troops had entered": no thing
        for o in ctx.kids(s.i, _OWNER_MODS):
            owner = ctx.by_token.get(o.i)
            if owner is not None and owner.actor is not None and owner.actor.principal in speakers:
                return False  # "said its boats had entered": its own craft
    objs = ctx.kids(clause.i, _OBJ)
    phrases = ctx.kids(clause.i, _PREP)
    if any(
        o.lemma.lower() in words
        for p in phrases
        if p.lemma.lower() == "without"
        for o in _pobjs(ctx, p)
    ) or (clause.lemma.lower() == "lack" and any(o.lemma.lower() in words for o in objs)):
        return True
    places = objs + [o for p in phrases if p.lemma.lower() in _PLACE_PREPS for o in _pobjs(ctx, p)]
    return any(
        (owner := ctx.by_token.get(k.i)) is not None
        and owner.actor is not None
        and owner.actor.principal in speakers
        for place in places
        if place.lemma.lower() in words
        for k in ctx.kids(place.i, _OWNER_MODS)
    )


def _own_defended(ctx: _Ctx, verb: Token) -> bool:
    """Whether the subjects of a verb's reported clauses are the speaker's own deeds, not
    all of them a state portrayed by a copula: no other actor owns or names them ("said
    Kenya's patrol was lawful" defends Kenya's), and no noun that sums up the deed just told
    ("said the decision was legal" after another state's decision judges that state's act)
    unless the speaker owns it ("its decision"). A clause of no deed ("said the weather was
    normal") defends nothing, but beside one of a deed it spoils nothing either ("said the
    submarine had made a routine stop and that the bay's waters are British")."""
    speakers = _subject_principals(ctx, verb)
    if not speakers:
        return False
    deeds = 0
    deedless: set[int] = set()  # the clauses whose subject is no deed and no actor
    for c in _content_clauses(ctx, verb):
        subjects = ctx.kids(c.i, _ANY_SUBJ)
        # a joined clause with no subject of its own shares its host's ("said the men had
        # been working without permits and would be deported": no deed of the speaker's)
        told_deed = not subjects and not (c.dep == "conj" and c.head in deedless)
        for s in subjects:
            owners = [s, *ctx.kids(s.i, _OWNER_MODS)]
            principals = {
                m.actor.principal
                for o in owners
                if (m := ctx.by_token.get(o.i)) is not None and m.actor is not None
            }
            if principals - speakers:
                return False
            lemma = s.lemma.lower()
            summed = lemma in ctx.rules.deed_nouns or lemma in ctx.rules.judged_act_nouns
            told = None if principals else _told_parties(ctx, s)
            if told is not None and told[0] and not (told[0] | told[1]) & speakers:
                return False  # "Thailand halted ... Vietnam said the halt was necessary"
            if summed and not principals and not (told is not None and told[0] & speakers):
                return False
            if c.lemma.lower() == "be" and _state_itself(ctx, s):
                continue  # "'Guinea-Bissau is a sovereign country,' he told": no deed
            if s.i not in ctx.by_token and not _deed_or_means(ctx, s):
                deedless.add(c.i)
                continue  # "said the weather was normal", "said its economy was normal"
            told_deed = True
        deeds += told_deed
    # a state portrayed ("Guinea-Bissau is a sovereign country") defends no deed of its own,
    # unless a joined clause tells one ("was a peaceful neighbor and had acted lawfully")
    return deeds > 0


def _state_itself(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun is a mention of a state by its own name or capital ("Guinea-Bissau",
    "Bissau"), not of its forces or organs: what a copula says of it portrays the state."""
    m = ctx.by_token.get(noun.i)
    return m is not None and m.actor is not None and m.kind in ("name", "metonym")


def _told_parties(ctx: _Ctx, noun: Token) -> tuple[set[str], set[str]] | None:
    """Who did the act a noun names and to whom, by the nearest verb that tells it anywhere
    before (None: no verb tells it; wire copy answers its lead paragraph later): "Vietnam halted purchases of
    Thai rice. Thailand called the halt unfair. Vietnam's ministry said the halt was 'a
    necessary step'" defends Vietnam's own halt, not Thailand's (a noun of the act, "called
    the halt unfair", tells no author); "X's leader met Kenya's president. Kenya said the
    meeting was routine" defends a meeting Kenya took part in."""
    lemma = noun.lemma.lower()
    for sent in reversed(ctx.parse.sentences[: noun.sent]):
        for t in reversed(ctx.parse.tokens[sent.token_start : sent.token_end]):
            if t.pos == "VERB" and _same_act(ctx, lemma, t):
                objects = _actors(ctx, ctx.kids(t.i, _OBJ), "target")
                return _subject_principals(ctx, t), {_principal(m) for m in objects} - {""}
    return None


def _deed_or_means(ctx: _Ctx, noun: Token) -> bool:
    """Whether a clause subject with no actor of its own names a deed ("the deployment", "the
    patrol": an act noun, or one of a pattern's words), the people or means a state acts with
    (its officers, ships, troops, aircraft) or a thing told just before (_BYSTANDER_WINDOW: "protested
    over a planned dam ... said the dam met European safety standards"): what a state
    defends as lawful or routine. A pronoun stands for any of them ("said it was purely
    defensive"); "the weather", "the economy", "the situation" are none."""
    rules = ctx.rules
    lemma = noun.lemma.lower()
    if noun.pos == "PRON" or lemma in rules.generic_act_nouns:
        return noun.pos == "PRON"
    if (
        lemma in rules.act_nouns
        or lemma in rules.defended_act_nouns
        or lemma in rules.craft_nouns
        or lemma in rules.listed_thing_nouns
        or lemma in rules.sent_force_nouns
        or lemma in rules.force_words
        or lemma in rules.role_nouns
        or _act_roots(ctx, lemma)
    ):
        return True
    before = ctx.parse.sentences[max(0, noun.sent - _BYSTANDER_WINDOW) : noun.sent]
    return any(
        t.pos == "NOUN" and t.lemma.lower() == lemma
        for sent in before
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]
    )


def _stray_infinitive(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb's infinitive complement misread as a modifier of an adverbial set before it.

    "urged Rabat at the time to withdraw", "asked Cairo in a letter to release ...": the parser
    hangs "to withdraw" on "time" or "letter". Only after an actor the verb takes as object,
    when the verb has no infinitive of its own and the noun is no possessed or deciding noun
    ("pressed Rabat on its plan to withdraw" is about the plan).
    """
    if any(
        k.dep == "xcomp" or _infinitive(ctx, k)
        for k in ctx.kids(verb.i, _CLAUSE_KIDS)
    ):
        return None
    preps = ctx.kids(verb.i, _PREP)
    args = ctx.kids(verb.i, _OBJ) + [p for k in preps for p in _pobjs(ctx, k)]
    actor = [a.i for a in args if a.i in ctx.by_token]
    if not actor:
        return None
    for k in preps:
        if k.i < min(actor):
            continue
        for n in _pobjs(ctx, k):
            if n.i in ctx.by_token or n.lemma.lower() in ctx.rules.deciding_nouns:
                continue
            if ctx.kids(n.i, frozenset({"poss"})):
                continue
            for c in ctx.kids(n.i, frozenset({"acl", "relcl"})):
                if c.i > n.i and _infinitive(ctx, c):
                    return c
    for k in preps:
        # "asked Togo to nearly double the fees": a verb of scaling read as the quantity of a
        # to-phrase's noun (quantity_verbs)
        if k.i > min(actor) and k.lemma.lower() == "to":
            for n in _pobjs(ctx, k):
                for q in ctx.kids(n.i, _QUANTITY_MODS):
                    if q.i < n.i and q.lemma.lower() in ctx.rules.quantity_verbs:
                        return q
    for o in ctx.kids(verb.i, _OBJ):
        # "ordered the three diplomats, who work at the embassy, to leave": after a clause set
        # off by commas, the parser reads the infinitive as another relative clause of the object
        mods = ctx.kids(o.i, frozenset({"acl", "relcl", "appos"}))
        for c in mods:
            if (
                c.i > o.i + 2
                and _infinitive(ctx, c)
                and ctx.tok(c.i - 2).text == ","
                and any(m.i < c.i for m in mods if m.i != c.i)
            ):
                return c
            # "Moscow ordered a Latvian diplomat to leave": after a command's object the
            # parser may read the infinitive as a relative clause of it all the same
            if (
                c.dep == "relcl"
                and c.i > o.i
                and verb.lemma.lower() in ctx.rules.directing_verbs
                and _infinitive(ctx, c)
            ):
                return c
    return None


def _wants_merit(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause says its subject has no ground or standing ("had no legal basis",
    "lacked any legitimacy", "has no right to grant"; rules merit_nouns; a right to remark,
    remark_verbs, is none) or did its deed without a warrant ("opened fire without any
    provocation"; warrant_nouns)."""
    verb, negated = clause.lemma.lower(), _negated(ctx, clause)
    if verb in ctx.rules.having_verbs:
        for o in ctx.kids(clause.i, _OBJ):
            if o.lemma.lower() not in ctx.rules.merit_nouns:
                continue
            if any(
                k.lemma.lower() in ctx.rules.remark_verbs
                for k in ctx.kids(o.i, _ACL_RELCL)
            ):
                # "said Athens had no right to comment on it": a standing to remark denied
                # dismisses the state's words (a rejection), it charges no wrong
                continue
            # "lacked legitimacy", "had no basis", "did not have any basis"; not "did not lack"
            if (verb == "lack") != (negated or _negated(ctx, o)):
                return True
    return not negated and any(
        o.lemma.lower() in ctx.rules.warrant_nouns
        for p in ctx.kids(clause.i, frozenset({"prep"}))
        if p.lemma.lower() == "without"
        for o in _pobjs(ctx, p)
    )


def _name_wants_merit(ctx: _Ctx, verb: Token) -> bool:
    """Whether the name a naming verb gives denies its thing a ground or standing ("called the
    lawsuit 'a gesture without legal substance'", "a claim with no legal basis"; merit_nouns):
    the want is a wrong named, as _wants_merit reads it in a reported clause."""
    for k in ctx.kids(verb.i, _NAMED_KIDS):
        for t in ctx.parse.subtree(k.i):
            if t.lemma.lower() not in ctx.rules.merit_nouns:
                continue
            if _negated(ctx, t) or (t.dep == "pobj" and ctx.tok(t.head).lemma.lower() == "without"):
                return True
    return False


def _struck_first(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause tells a hostile deed (a pattern of deed_roots fits it, _deed_fits) as
    begun by its doer ("fired first", "had opened fire first": rules first_strike_adverbs,
    after the verb); "first arrested the smugglers last year" tells when, "was the first to
    recognize" no deed, "fired on Thai posts" no start."""
    return any(
        k.lemma.lower() in ctx.rules.first_strike_adverbs and k.i > clause.i
        for k in ctx.kids(clause.i, frozenset({"advmod"}))
    ) and _deed_fits(ctx, clause, ctx.kids(clause.i, _OBJ))


def _untrue(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause denies the truth of its subject ("the claims were not true", "that is
    simply not correct"): "be" with a predicate of truth (truth_words), the clause or the
    predicate negated, no modal ("may not be accurate" doubts, no more)."""
    if clause.lemma.lower() != "be" or _has_modal(ctx, clause):
        return False
    return any(
        k.lemma.lower() in ctx.rules.truth_words and (_negated(ctx, clause) or _negated(ctx, k))
        for k in ctx.kids(clause.i, frozenset({"acomp", "attr"}))
    )


def _falls_short(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause says its subject does not do enough ("not doing enough to stop"), not
    that it does not have enough ("did not have enough to eat": lacking_verbs)."""
    if clause.lemma.lower() in ctx.rules.lacking_verbs:
        return False
    return any(
        k.lemma.lower() in ctx.rules.sufficiency_words
        for k in ctx.kids(clause.i, _OBJ | {"advmod", "acomp", "attr"})
    )


def _object_prep(ctx: _Ctx, verb: Token) -> list[Token]:
    """A preposition the parser hung on a direct object naming an actor right before it
    ("asked the alliance for radar equipment": "for" under "alliance"), which belongs to the
    verb; an object with words of its own after it, or a thing ("flew a joint patrol near
    Okinawa"), keeps it."""
    out: list[Token] = []
    for o in ctx.kids(verb.i, frozenset({"dobj"})):
        named = ctx.by_token.get(o.i)
        if named is None or named.actor is None:
            continue
        preps = [k for k in ctx.kids(o.i) if k.i > o.i]
        if len(preps) == 1 and preps[0].dep == "prep" and preps[0].i == o.i + 1:
            out.append(preps[0])
    return out


def _clause_marks(ctx: _Ctx, verb: Token) -> list[Token]:
    """The "for" of a for-to clause the parser hung on the verb ("wrote to Havana asking for
    the doctors to be paid directly": "for" the mark of "paid"), which is the verb's own
    preposition ("asked for payment" reads it as a prep): only a mark of one of
    rules.for_clause_marks, on an infinitive clause that follows the mark's verb."""
    marks = ctx.rules.for_clause_marks
    return [
        m
        for c in ctx.kids(verb.i, frozenset({"advcl", "ccomp"}))
        if c.i > verb.i and _infinitive(ctx, c)
        for m in ctx.kids(c.i, frozenset({"mark"}))
        if m.lemma.lower() in marks and m.i == verb.i + 1
    ]


# where a pattern's particle or preposition may hang on its verb (_misfit)
_MISFIT_KIDS = frozenset({"prep", "prt", "agent", "dative", "advmod"})


def _misfit(ctx: _Ctx, verb: Token, pattern: Pattern) -> str:
    """Which structural condition of a verb pattern (needs, forbids, particles) the verb
    fails, named for the block trace (trace.py); "" when it meets them all."""
    for n in pattern.needs:
        if not _has_need(ctx, verb, n, pattern.clause_words):
            return f"needs-{n}"
    if pattern.forbid and _forbidden(ctx, verb, pattern.forbid):
        return "forbidden-dependent"
    if pattern.prep and not any(
        k.lemma.lower() in pattern.prep and not _dating_phrase(ctx, k)
        for k in ctx.kids(verb.i, _MISFIT_KIDS) + _object_prep(ctx, verb) + _clause_marks(ctx, verb)
    ):
        # "will hand over 37 detainees": the particle misread as the number's "over"
        nxt = ctx.tok(verb.i + 1) if verb.i + 1 < len(ctx.parse.tokens) else None
        if nxt is None or nxt.tag != "RP" or nxt.lemma.lower() not in pattern.prep:
            return "no-particle"
    return "has-object" if pattern.no_object and ctx.kids(verb.i, _OBJ) else ""


def _dating_phrase(ctx: _Ctx, prep: Token) -> bool:
    """Whether a phrase only dates the act ("was called in on Monday"): its "on" is no
    particle of "call on" (_misfit)."""
    objs = ctx.kids(prep.i, frozenset({"pobj"}))
    return bool(objs) and all(_time_noun(ctx, o) for o in objs)


def _forbidden(ctx: _Ctx, verb: Token, forbid: tuple[str, ...]) -> bool:
    """Whether a verb has a relation its pattern forbids (_misfit; most patterns forbid none,
    and only a few name a child's child, so those scans run only for them)."""
    # "prt=in": a particle that gives the verb another sense ("was called in by the ministry"
    # is a summons, no phone call); "called the Somali president a second time": a time read
    # as the name given is none
    banned = [
        k
        for k in ctx.kids(verb.i)
        if (
            k.dep in forbid
            and not (k.dep == "oprd" and _time_noun(ctx, k))
            # "flew about 12 kilometers into Colombian airspace": a distance, no thing flown
            and not (k.dep == "dobj" and k.lemma.lower() in ctx.rules.distance_nouns)
        )
        or (k.dep == "prt" and f"prt={k.lemma.lower()}" in forbid)
    ]
    misread = _misread_object(ctx, verb) if banned else None
    if any(misread is None or k.i != misread.i for k in banned):
        return True
    # "prep>pcomp": a phrase of the verb whose object is a clause ("joined the EU in
    # condemning the strike": the co-actor idiom, no entry into the body)
    # "advcl/VBG>dobj": the same, of a phrase with that tag ("wrote to the UN accusing Russia
    # of ...": a letter carrying an act is that act)
    if any(">" in f for f in forbid) and any(
        f"{k.dep}>{g.dep}" in forbid or f"{k.dep}/{k.tag}>{g.dep}" in forbid
        for k in ctx.kids(verb.i)
        for g in ctx.kids(k.i)
    ):
        return True
    # "dobj>acl>agent": a relation three steps down ("freed two engineers held by a gang":
    # the freed people's captor is someone else, so the act is a rescue, no release)
    if any(f.count(">") == 2 for f in forbid) and any(
        f"{k.dep}>{g.dep}>{h.dep}" in forbid
        for k in ctx.kids(verb.i)
        for g in ctx.kids(k.i)
        for h in ctx.kids(g.i)
    ):
        return True
    if any(f.startswith("prep=") for f in forbid) and _forbidden_phrase(ctx, verb, forbid):
        return True
    if any(f.startswith("verb_prep=") for f in forbid) and any(
        f"verb_prep={k.lemma.lower()}" in forbid for k in ctx.kids(verb.i, frozenset({"prep"}))
    ):
        return True  # "have spoken of closer cooperation": the verb's own of-phrase, a topic
    if "per_unit" in forbid and _per_unit_price(ctx, verb):
        return True  # "the fee it will pay for each barrel": a rate, no works paid for
    if "predicate" in forbid and _has_need(ctx, verb, "oprd", frozenset()):
        return True  # "called Spain's prime minister a liar": a name given, no phone call
    if f"^{verb.dep}" in forbid or f"^{verb.dep}/{verb.tag}" in forbid:
        # "^advcl": the verb's own relation ("objections to Finland joining NATO"); with a tag
        # ("^advcl/VBG"), of that form only ("..., recalling the mission of 2003")
        return True
    if "^relcl_gap" in forbid and verb.dep == "relcl" and not _relative_subject(ctx, verb):
        # "a move Ecuador's navy called 'a welcome step'", "the EU, which he called 'steady'":
        # the relative stands for the thing named, no act of the namer's told; "the
        # president, who called the visit 'a milestone'" is the praiser's act
        return True
    # "Finland, which joined NATO in 2023, said ...": a portrait of Finland
    return "^relcl>nsubj" in forbid and _describing_clause(ctx, verb)


def _relative_subject(ctx: _Ctx, verb: Token) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("who called the visit a
    milestone"), so the clause tells what its antecedent did, not what was done to it."""
    return any(k.tag in ("WP", "WDT") for k in ctx.kids(verb.i, _SUBJ))


def _per_unit_price(ctx: _Ctx, verb: Token) -> bool:
    """Whether the verb or its object tells a sum per unit counted ("$11 for every barrel",
    "$9 per barrel", "8 dollars a barrel"; rules per_unit_preps, per_unit_dets): a rate for
    a service; "every year" is a time, no unit."""
    rules = ctx.rules
    for h in [verb, *ctx.kids(verb.i, _OBJ)]:
        for k in ctx.kids(h.i, frozenset({"prep", "npadvmod"})):
            word = k.lemma.lower()
            if k.dep == "npadvmod":
                units, dets = [k], rules.per_unit_dets | rules.per_unit_articles
            elif word in rules.per_unit_preps:
                units, dets = _pobjs(ctx, k), rules.per_unit_dets
            else:
                continue
            for u in units:
                if _time_noun(ctx, u) or u.pos != "NOUN":
                    continue
                if word == "per" or any(
                    d.lemma.lower() in dets for d in ctx.kids(u.i, frozenset({"det"}))
                ):
                    return True
    return False


def _forbidden_phrase(ctx: _Ctx, verb: Token, forbid: tuple[str, ...]) -> bool:
    """Whether the verb or its object has a phrase of a preposition its pattern forbids
    ("prep=for": "paid $2 billion to India for the rice", "paid Russia $5 billion for oil"
    buy), unless the phrase only tells how long ("paid salaries for six months"); an adverb's
    phrase as well ("flew 300 Nepali citizens home from Kyiv")."""
    heads = [verb, *ctx.kids(verb.i, _OBJ | frozenset({"dative", "advmod"}))]
    return any(
        f"prep={k.lemma.lower()}" in forbid and not all(_time_noun(ctx, p) for p in _pobjs(ctx, k))
        for h in heads
        for k in ctx.kids(h.i, frozenset({"prep"}))
    )


def _describing_clause(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb is a relative clause whose subject is its relative pronoun ("Finland,
    which joined NATO in 2023, ..."): it describes the antecedent, and writers leave such a
    portrait out; one dated to the news day ("which joined NATO on Thursday") is news told.
    "the alliance that Sweden joined" has a subject of its own."""
    if verb.dep != "relcl":
        return False
    if not any(k.tag in ("WDT", "WP") for k in ctx.kids(verb.i, frozenset({"nsubj", "nsubjpass"}))):
        return False
    # the clause's own date only: "welcomed Finland, which joined NATO in 2023, as a partner
    # on Monday" may hang the main clause's phrases on the relative verb
    dates = [
        d
        for k in ctx.kids(verb.i, frozenset({"prep", "npadvmod", "advmod"}))
        for d in [k, *ctx.kids(k.i, frozenset({"pobj"}))]
    ]
    return not any(d.text.lower() in ctx.rules.news_day_words for d in dates)


def _head_fits(
    ctx: _Ctx, pattern: Pattern, found: list[Mention], heads: list[Token]
) -> list[Mention]:
    """For a `head_target` pattern, the mentions that are a slot's own noun (or a conjunct of
    it), not one of its `unless_heads`: "left the OSCE", not "ditched the EU plan"; a name the
    parser hung as "nmod" on a sum is the object all the same ("fined Hungary 200 million
    euros")."""
    if not pattern.head_target:
        return found
    nouns = [
        c for t in heads for c in _conjuncts(ctx, t) if c.lemma.lower() not in pattern.unless_heads
    ]

    roles = ctx.rules.role_nouns | ctx.rules.posted_nouns

    def own(m: Mention, c: Token) -> bool:
        last = ctx.tok(m.token_end - 1)
        if m.token_start <= c.i < m.token_end or (last.dep == "nmod" and last.head == c.i):
            return True
        # "wrote to the foreign ministers of Togo and Benin": whose officials the slot names
        return c.lemma.lower() in roles and _of_phrase_head(ctx, last) == c.i

    return [m for m in found if any(own(m, c) for c in nouns)]


def _state_kind_fits(ctx: _Ctx, pattern: Pattern, m: Mention, slots: list[Token]) -> bool:
    """For a pattern's `target_kind`, whether a target is a state of the kind its idiom needs:
    the slot's own noun or a possessor ("delisted Sudan's ruling party"), or a modifier of
    the state's government, envoy or forces ("at a South Korean patrol boat"); a nationality
    before any other noun is none ("delisted three Chinese telecom companies", "leaned on
    Turkish support"); for "culprit", anything but a mishap's victim (_mishap_victim)."""
    if not pattern.target_kind:
        return True
    inside = range(m.token_start, m.token_end)
    tops = [t for t in (ctx.tok(i) for i in inside) if t.head not in inside or t.head == t.i]
    if not tops:
        return False
    top = tops[0]
    if pattern.target_kind == "culprit":
        return not _mishap_victim(ctx, top)
    # the state's government, envoy or forces; for "ties", its dealings the pattern names too
    # ("put a freeze on Lithuanian imports": its refine words)
    heads = ctx.rules.role_nouns | ctx.rules.agent_nouns | ctx.rules.posted_nouns
    if pattern.target_kind == "state":
        heads = heads | ctx.rules.side_nouns
    if pattern.target_kind == "ties":
        heads = heads.union(*(r.words for r in pattern.refine))
    if top.pos == "NOUN":
        # a mention that spans its own noun ("Polish firms", "Chinese warships"); a state
        # body named by a compound role is the state's ("delisted Cuba's intelligence
        # service": the actors stage's SPY role, whose last word is no role noun), a
        # description is not ("raised with her hosts": no body the idiom names)
        if top.lemma.lower() in heads:
            return True
        if pattern.target_kind != "state" or m.actor is None or m.actor.role not in _STATE_ROLES:
            return False
        return any(ctx.tok(i).head == top.i and ctx.tok(i).dep == "compound" for i in inside)
    if top.head != top.i and ctx.tok(top.head).lemma.lower() in heads:
        return True
    owned = _of_phrase_head(ctx, top)
    if owned >= 0 and ctx.tok(owned).lemma.lower() in heads:
        return True
    if pattern.target_kind == "force":
        return False
    own = any(c.i in inside for t in slots for c in _conjuncts(ctx, t))
    return own or top.dep == "poss"


def _of_phrase_head(ctx: _Ctx, top: Token) -> int:
    """The noun whose of-phrase a mention (by its top token) is, alone or as a conjunct, or
    -1: whose envoys or officials a slot names ("briefed the ambassadors of Kenya and Uganda",
    "wrote to the ministers of Togo and Benin"), as a modifier does ("the Kenyan ambassador")."""
    cur = top
    for _ in range(6):  # up through the conjuncts ("of A, B and C")
        if cur.dep != "conj" or cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
    if cur.dep != "pobj" or cur.head == cur.i:
        return -1
    prep = ctx.tok(cur.head)
    return prep.head if prep.lemma.lower() == "of" and prep.head != prep.i else -1


def _mishap_victim(ctx: _Ctx, top: Token) -> bool:
    """Whether a mention (by its top token) names what a mishap befell ("the crash of a
    Ukrainian airliner", "the sinking of Greece's ferry": mishap_nouns), not who is probed."""
    cur = top
    for _ in range(3):
        if cur.dep not in ("amod", "compound", "poss", "nmod") or cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
    if cur.dep != "pobj" or cur.head == cur.i:
        return False
    prep = ctx.tok(cur.head)
    return (
        prep.lemma.lower() == "of"
        and prep.head != prep.i
        and ctx.tok(prep.head).lemma.lower() in ctx.rules.mishap_nouns
    )


def _kind_fits(target: Mention, kinds: tuple[str, ...]) -> bool:
    """Whether a target is of a pattern's `object_kinds`; "igo" takes any IGO actor, "state"
    any state's ("occupied a building in the NATO compound" occupies no IGO)."""
    if target.kind in kinds:
        return True
    actor = target.actor
    if actor is None:
        return False
    state = actor.principal in _state_codes()
    if "named_igo" in kinds and not state:
        # "joined the bloc": an IGO named by its name, or a description ("the bloc") that
        # refers back to one named before; not the EU a bare "the bloc" defaults to
        words = target.text.split()
        return target.antecedent is not None or any(w[:1].isupper() for w in words[1:] or words)
    return ("igo" in kinds and not state) or ("state" in kinds and state)


def _slot_actors(ctx: _Ctx, pattern: Pattern, tokens: list[Token], places: bool) -> list[Mention]:
    """The actors under a slot's tokens that fit the pattern: its own noun for a
    `head_target` pattern, a state of its `target_kind` for an idiom."""
    found = _head_fits(ctx, pattern, _actors(ctx, tokens, "target", places), tokens)
    return [m for m in found if _state_kind_fits(ctx, pattern, m, tokens)]


def _hostile_victim(ctx: _Ctx, verb: Token, t: Token) -> bool:
    """Whether t is, below verb, the object or the on- or against-phrase of a hostile act
    ("opposed sanctioning Venezuela", "declined to impose sanctions on Russia"), not of a
    help or a handing ("opposed sending tanks to Ukraine", "refused to extradite the suspects
    to Sweden"); a measure lifted is undone, so its target is refused ("refused to lift
    restrictions on Japan")."""
    if any(
        k.tag == "VBG" and _hostile_act(ctx, k) for k in ctx.kids(t.i, frozenset({"compound", "amod"}))
    ):
        return True  # "opposed sanctioning Venezuela", the gerund read as the name's modifier
    hostile = False
    cur = t
    for _ in range(6):
        if cur.head == cur.i or cur.head == verb.i:
            break
        up = ctx.tok(cur.head)
        if up.lemma.lower() in ctx.rules.undoing_nouns | ctx.rules.easing_verbs:
            return False
        if cur.dep == "pobj" and up.lemma.lower() in ("on", "against") and up.head != up.i:
            cur, up = up, ctx.tok(up.head)
        elif cur.dep not in ("dobj", "pobj"):
            cur = up
            continue
        if up.lemma.lower() in ctx.rules.undoing_nouns | ctx.rules.easing_verbs:
            return False
        hostile = hostile or (up.i != verb.i and _hostile_act(ctx, up))
        cur = up
    return hostile


def _hostile_act(ctx: _Ctx, t: Token) -> bool:
    """Whether a word names a hostile deed: a penalty, or an act whose every pattern codes one
    (deed_roots), read with its object ("impose sanctions", not "impose a ceasefire"; not
    "answer the IAEA's questions")."""
    low = t.lemma.lower()
    if low in ctx.rules.penalty_nouns:
        return True
    objs = ctx.kids(t.i, _OBJ)
    roots = _act_roots(ctx, low, objs[0].lemma.lower() if objs else "")
    return bool(roots) and roots <= ctx.rules.deed_roots


# Slots whose phrase a weak possessive may own for the speaker or the reactor (_speakers_own);
# a prepositional one only for a state's hostile deed (_state_deed)
_OWNED_SLOTS = frozenset({"obj_mod", "dobj", "obj_place"})


def _state_deed(ctx: _Ctx, verb: Token, pattern: Pattern) -> bool:
    """Whether a hostile deed is done by a state's own (no private party): its phrase's weak
    possessive may then be the speaker's ("Ukraine said Russia had launched 40 drones at its
    territory"); an armed group's ("said the Houthis had fired drones at its oil sites") is
    left as it is (test_events_refs11)."""
    if pattern.code[:2] not in ctx.rules.deed_roots:
        return False
    doers = _actors(ctx, _subject_tokens(ctx, verb), "source")
    return bool(doers) and all(
        m.actor is not None and m.actor.role.lower() not in ctx.rules.private_roles for m in doers
    )


def _owned_targets(ctx: _Ctx, verb: Token, tokens: list[Token], slot: str) -> list[Mention]:
    """The speaker or reactor a weak possessive on a slot's phrase stands for: "Greece said
    Turkish jets had violated its airspace", "had seized its boats", "Iraq protested after
    Turkish jets struck targets in its north" (_speakers_own); or the state whose named
    possession a joined verb's object is ("respected Chile's position but rejected its claim":
    _parallel_owner)."""
    others = ctx.rules.membership_nouns | ctx.rules.no_possessor_nouns  # "its allies"
    # "seized one of its tankers": the of-phrase of a part owns it
    wholes = [w for t in tokens for w in _partitive_wholes(ctx, t)]
    owners = [
        k
        for t in tokens + wholes
        if t.lemma.lower() not in others
        for k in ctx.kids(t.i, frozenset({"poss"}))
    ]
    owners = tokens if slot == "obj_mod" else owners
    return [
        m
        for t in owners
        if (m := _speakers_own(ctx, verb, t) or _parallel_owner(ctx, verb, t)) is not None
    ]


def _partitive_wholes(ctx: _Ctx, t: Token) -> list[Token]:
    """The of-phrase's nouns of a number or a word of how many ("two of its positions",
    "dozens of its soldiers", "several of their boats"), else []."""
    if t.pos != "NUM" and t.lemma.lower() not in pronoun_words().get("partitive_words", ()):
        return []
    return [c for p in _preps(ctx, t, frozenset({"of"})) for c in _conjuncts(ctx, p)]


def _manner_doers(ctx: _Ctx, tokens: list[Token]) -> list[Token]:
    """The subjects of the relative clauses on manner nouns among tokens (rules
    manner_nouns): "criticized the way Chile handled the crisis" judges Chile's conduct,
    though the phrase's own noun names no party."""
    return [
        s
        for t in tokens
        if t.lemma.lower() in ctx.rules.manner_nouns
        for r in ctx.kids(t.i, frozenset({"relcl"}))
        for s in ctx.kids(r.i, frozenset({"nsubj", "nsubjpass"}))
    ]


def _targets(
    ctx: _Ctx, verb: Token, obj: Token | None, pattern: Pattern, skip_dobj: bool
) -> tuple[list[Mention], str]:
    """The target mentions and the slot that gave them."""
    for slot in pattern.target:
        if skip_dobj and slot == "dobj":
            continue
        places = pattern.place_target or slot in ("obj_place", "deed_place")
        tokens = _slot_tokens(ctx, verb, obj, slot)
        tokens += _manner_doers(ctx, tokens)
        if (
            pattern.spares_victims
            and slot.split(":")[0] in ("dobj", "xcomp_obj", "xcomp_args")
            # "denied attacking Pakistani posts" rejects the charge of its victim
            and verb.lemma.lower() not in ctx.rules.denying_verbs
        ):
            tokens = [t for t in tokens if not _hostile_victim(ctx, verb, t)]
        kind = slot.split(":")[0]
        owned = kind in _OWNED_SLOTS and (pattern.objects or kind != "obj_mod")
        owned = owned or (kind == "prep" and _state_deed(ctx, verb, pattern))
        if kind in _NEAREST_SLOTS:
            # searched slots: the nearest phrase with an actor, not every actor below (the
            # nearest phrase alone for a head_target pattern: "in the talks in Brussels")
            for t in tokens[:1] if pattern.head_target else tokens:
                found = _slot_actors(ctx, pattern, [t], places) or (
                    _owned_targets(ctx, verb, [t], slot) if owned else []
                )
                if found:
                    return found, slot
            continue
        found = _slot_actors(ctx, pattern, tokens, places)
        if not found and slot == "dobj" and pattern.code[:2] in ctx.rules.pronoun_patient_roots:
            # "detained 11 Iranian citizens, accusing them of poaching": the people the pronoun
            # stands for, the object of the verb its own verb hangs on (_pronoun_patients)
            found = _slot_actors(ctx, pattern, _pronoun_patients(ctx, verb, tokens), places)
        if slot in ("dobj", "dobj_other") and pattern.code[:2] in ("03", "07"):
            found = [m for m in found if not _goods_origin(ctx, m)]
        if not found and owned:
            found = _owned_targets(ctx, verb, tokens, slot)
        if found and owned:
            found = _joint_owners(ctx, verb, pattern, found) or found
        if found:
            return found, slot
    # "banned rice exports to its neighbours, a step that angered Laos and Cambodia"
    summed = _summed_targets(ctx, verb)
    if summed and any(
        _group_noun(ctx, t) for slot in pattern.target for t in _slot_tokens(ctx, verb, obj, slot)
    ):
        return summed, "summed"
    where = _where_antecedent(ctx, verb) if pattern.place_target else None
    if where is not None:
        # "signed the deal in Ankara, where the emir arrived on Sunday": the place told before
        found = _slot_actors(ctx, pattern, [where], True)
        if found:
            return found, "where"
    return [], ""


def _group_noun(ctx: _Ctx, t: Token) -> bool:
    """Whether a slot holds unnamed states ("its neighbours", "neighbouring countries")."""
    lemma = t.lemma.lower()
    rules = ctx.rules
    return (
        t.tag == "NNS"
        and (lemma in rules.membership_nouns or lemma in rules.generic_plurals)
        and ctx.by_token.get(t.i) is None
    )


def _summed_targets(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The states a summing apposition names as the ones an act reached: "banned rice exports
    to its neighbours, a step that angered Laos and Cambodia" (the neighbours are Laos and
    Cambodia); the objects of a relative clause whose subject is the step, so "a step that
    surprised analysts" or "a step Laos welcomed" names none."""
    sent = ctx.parse.sentences[verb.sent]
    objects: list[Token] = []
    for i in range(verb.i + 1, sent.token_end):
        noun = ctx.tok(i)
        if noun.lemma.lower() not in ctx.rules.summing_nouns:
            continue
        host = _summed_clause(ctx, noun)
        if host is None or host.i != verb.i:
            continue
        for r in ctx.kids(noun.i, frozenset({"relcl"})):
            if any(s.lemma.lower() in ("that", "which") for s in ctx.kids(r.i, _SUBJ)):
                objects += [c for o in ctx.kids(r.i, _OBJ) for c in _conjuncts(ctx, o)]
    return _actors(ctx, objects, "target")


def _where_antecedent(ctx: _Ctx, verb: Token) -> Token | None:
    """The noun a "where" clause hangs on ("Hanoi, where Lula landed"), else None."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    if not any(k.text.lower() == "where" for k in ctx.kids(verb.i, frozenset({"advmod"}))):
        return None
    return ctx.tok(verb.head)


def _goods_origin(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention is only a nationality before goods a state gives ("offered Turkish
    help", "pledged American weapons"): where they come from, no recipient (goods_nouns)."""
    first = ctx.tok(m.token_start)
    head = ctx.tok(first.head)
    return (
        m.token_end - m.token_start == 1
        and first.dep == "amod"
        and head.lemma.lower() in ctx.rules.goods_nouns
    )


def _speakers_own(ctx: _Ctx, verb: Token, poss: Token) -> Mention | None:
    """The speaker a weak possessive on a reported act's object stands for: "Greece said
    Turkish fighter jets had violated its airspace" (GRC), when the resolver ties "its" or
    "their" to the saying verb's subject (or to a reactor's, in the clause after it that tells
    what it answers); not "its own rules" (the clause subject's)."""
    if poss.dep != "poss" or poss.text.lower() not in ctx.rules.reported_possessives:
        return None
    if _own_noun(ctx, ctx.tok(poss.head)):
        return None
    m = ctx.by_token.get(poss.i)
    if m is None or m.actor is None:
        return None
    own = m.actor.principal
    speakers = _owner_voices(ctx, verb)
    return m if any(s.actor is not None and s.actor.principal == own for s in speakers) else None


def _owner_voices(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The subject of the saying verb whose reported clause the act is, or of the verb whose
    clause after it tells what it answers ("South Korea protested after Chinese ships entered
    its waters"); [] when the act is neither."""
    clause = _first_conjunct(ctx, verb)
    if clause.dep not in ("ccomp", "advcl"):
        return []
    said = ctx.tok(clause.head)
    if clause.dep == "advcl":
        marks = {k.lemma.lower() for k in ctx.kids(clause.i, frozenset({"mark"}))}
        if not marks & ctx.rules.answered_marks or clause.i < said.i:
            return []
    elif said.lemma.lower() not in ctx.rules.speech_verbs or clause.head == clause.i:
        return []
    return _actors(ctx, _subject_tokens(ctx, said), "source")


def _joint_owners(ctx: _Ctx, verb: Token, pattern: Pattern, found: list[Mention]) -> list[Mention]:
    """The joined speakers or reactors "their" on a hostile act's phrase stands for when the
    resolver tied it to the act's own doer or to one of them: "Estonia and Latvia protested
    after Russian jets violated their airspace" (EST, LVA, not the jets': no one harms its own,
    as _accuser_own reads a charge), "Vietnam and the Philippines protested after Chinese ships
    rammed their boats" (both); [] otherwise, and for "their own"."""
    if pattern.code[:2] not in ctx.rules.deed_roots or len(found) != 1:
        return []
    m = found[0]
    poss = ctx.tok(m.token_start)
    if m.token_end - m.token_start != 1 or poss.dep != "poss" or poss.text.lower() != "their":
        return []
    if _own_noun(ctx, ctx.tok(poss.head)):
        return []
    doers = {
        d.actor.principal for d in _actors(ctx, _subject_tokens(ctx, verb), "source") if d.actor
    }
    voices = _owner_voices(ctx, verb)
    joint = {v.actor.principal for v in voices if v.actor is not None}
    if m.actor is None or m.actor.principal not in doers | joint or len(joint) < 2 or doers & joint:
        return []
    return voices


def _parallel_owner(ctx: _Ctx, verb: Token, poss: Token) -> Mention | None:
    """The state a weak possessive on the object stands for when the verb it is joined to has
    an object owned by that same state, named ("respected Chile's position but rejected its
    claim": Chile's claim), and the subject is another state."""
    if poss.dep != "poss" or poss.text.lower() not in ctx.rules.reported_possessives:
        return None
    if _own_noun(ctx, ctx.tok(poss.head)):
        return None
    m = ctx.by_token.get(poss.i)
    if m is None or m.actor is None or m.actor.principal in _subject_principals(ctx, verb):
        return None
    joined = [ctx.tok(verb.head)] if verb.dep == "conj" else []
    joined += ctx.kids(verb.i, frozenset({"conj"}))
    named = {
        o.actor.principal
        for v in joined
        for d in ctx.kids(v.i, frozenset({"dobj"}))
        for k in ctx.kids(d.i, frozenset({"poss"}))
        if k.pos != "PRON" and (o := ctx.by_token.get(k.i)) is not None and o.actor is not None
    }
    return m if m.actor.principal in named else None


def _manner_feeling(ctx: _Ctx, k: Token, words: frozenset[str]) -> bool:
    """Whether a verb's dependent states the feeling it is done with: an adverb ("angrily")
    or a with-phrase ("with dismay") of one of the words."""
    if k.dep == "advmod":
        return k.lemma.lower() in words or k.text.lower() in words
    if k.dep == "prep" and k.lemma.lower() in ("with", "in"):
        return any(p.lemma.lower() in words for p in _pobjs(ctx, k))
    return False
