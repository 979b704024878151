"""A verb's argument slots: its subjects and objects (_subject_tokens, _slot_tokens), the
that-clauses it reports, the parser misreadings a slot corrects, and the relative heads a
slot reaches.

Apart from parties.py, which it builds on: a slot is a set of tokens; the actors in it are
read there.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence

from newsgraph.events.context import (
    _drafted_text,
    _state_codes,
    _has_modal,
    _OF,
    _ACL_RELCL,
    _OWNER_MODS,
    _ACL,
    _ANY_SUBJ,
    _RELCL,
    _CCOMP,
    _PREP,
    _CONJ,
    _agents,
    _CLIMB,
    _Ctx,
    _HELP,
    _OBJ,
    _PASSIVE_SUBJ,
    _POSS,
    _PERSONISH,
    _PREP_KIDS,
    _QUOTE_MARKS,
    _SUBJ,
    _bystander_phrase,
    _cut_subject,
    _flag_name,
    _governing_verb,
    _infinitive,
    _marked,
    _memo,
    _pobj_host,
    _pobjs,
    _own_or_object_preps,
    _preps,
    _principal,
    _tensed,
    _time_noun,
    _verb_up,
)
from newsgraph.events.domestic import purpose_verbs
from newsgraph.events.parties import (
    _trailing_participle_of,
    _leave_seeker,
    _actors,
    _call_purpose,
    _carrier,
    _conj_host,
    _conjuncts,
    _denial_of_refusal,
    _contact_clause,
    _finite_infinitive_host,
    _directed_bodies,
    _loose_conjunct,
    _modality,
    _negated,
    _rank_host,
    _ranked,
    _reporter,
    _stolen_subject,
    _summed_clause,
)
from newsgraph.events.patterns import slot_parts
from newsgraph.model import Mention, Token

log = logging.getLogger(__name__)

_DEED_PREPS = frozenset({"into", "on", "over", "against", "at"})  # where a deed lands


def _near_border(ctx: _Ctx, place: Token) -> bool:
    """Whether a place phrase is "near the Syrian border" (shared_border_nouns): a border has
    two sides, so what lies near it lies in no state that its name tells."""
    return (
        place.lemma.lower() in ctx.rules.shared_border_nouns
        and ctx.tok(place.head).lemma.lower() in _NEAR_PREPS
    )


def _under(
    ctx: _Ctx,
    root: Token,
    lemmas: frozenset[str],
    depth: int = 3,
    enter_places: bool = True,
    doers: bool = False,
) -> list[Token]:
    """Objects of the given prepositions anywhere a few steps under root; with
    ``enter_places`` false (obj_sub), none inside a place phrase (place_phrase_preps), and a
    gerund preposition's gerund taken as one step (gerund_preps); with ``doers``,
    the by-phrases of participles too ("crimes committed by Croatian forces")."""
    out, frontier = [], [root]
    for _ in range(depth):
        nxt = []
        for cur in frontier:
            for k in ctx.kids(cur.i):
                if doers and k.dep == "acl":
                    # read with the participle: its by-phrase is no step deeper than a prep's
                    out += _agents(ctx, k)
                if k.dep in ("prep", "dative") and k.lemma.lower() in lemmas:
                    if _bystander_phrase(ctx, k):
                        continue  # "a treaty, with Norway as guarantor": no party
                    for p in _pobjs(ctx, k):
                        out.append(p)
                        nxt.append(p)
                        if p.pos == "VERB":  # "interest in buying or taking control of Greenland"
                            for v in _conjuncts(ctx, p):
                                for o in ctx.kids(v.i, _OBJ):
                                    out.append(o)
                                    out.extend(_preps(ctx, o, frozenset({"of"})))
                elif (
                    not enter_places
                    and k.dep == "prep"
                    and k.lemma.lower() in ctx.rules.place_phrase_preps
                ):
                    continue  # "drills near Azerbaijan's border with Iran": Iran is no partner
                elif not enter_places and (gerund := _gerund_of(ctx, k)) is not None:
                    # "a formula for ending its dispute with Norway": "for" is no step of its
                    # own, as "to" of "a plan to end its dispute with Norway" is none
                    nxt.append(gerund)
                elif _own_act(ctx, cur, k):
                    continue  # "stepped up patrols and shared data with Japan": no patrol's
                elif k.dep in (
                    "acl",
                    "relcl",
                    "dobj",
                    "prep",
                    "pobj",
                    "xcomp",
                    "appos",
                    "pcomp",
                    "conj",
                ) or (k.dep == "advmod" and k.lemma.lower() in ctx.rules.nearness_adverbs):
                    # "sailed close to Taiwan's coast": the phrase under "close"
                    nxt.append(k)
                elif k.dep == "amod" and ctx.kids(k.i, _PREP_KIDS):
                    nxt.append(k)  # "contracts worth $1.5 billion with Kenya"
        frontier = nxt
    return out


def _progressive(ctx: _Ctx, verb: Token) -> bool:
    """Whether the verb is told as under way: an -ing form with an auxiliary "be" ("is
    negotiating", "had been negotiating") or the complement of a verb of starting or going on
    ("began negotiating", "resumed negotiating"), not done ("negotiated")."""
    if verb.dep == "xcomp" and verb.head != verb.i:
        if ctx.tok(verb.head).lemma.lower() in ctx.rules.ongoing_heads:
            return True
    return verb.tag == "VBG" and any(
        a.lemma.lower() == "be" for a in ctx.kids(verb.i, frozenset({"aux"}))
    )


def _gerund_of(ctx: _Ctx, prep: Token) -> Token | None:
    """The gerund of a gerund preposition (gerund_preps: "for ending the row"), else None."""
    if prep.dep != "prep" or prep.lemma.lower() not in ctx.rules.gerund_preps:
        return None
    return next((g for g in ctx.kids(prep.i, frozenset({"pcomp"})) if g.tag == "VBG"), None)


def _joined_act_agents(ctx: _Ctx, noun: Token) -> list[Token]:
    """The by-phrase objects of a later act noun of a root of this one's, joined to this act
    noun: "condemned the seizure of three Bahraini boats and the detention of 14 fishermen by
    Qatar's coast guard" (the coast guard seized the boats too).

    Wire copy lists the acts of one doer and names the doer once, after the last; the parser
    hangs the later noun on the act noun or on the object of its of-phrase. A joined noun of
    another root ("the arrest of two Kenyans and a visit by ...") names no doer of this one.
    """
    roots = {p.code[:2] for p in ctx.patterns.nouns.get(noun.lemma.lower(), ())}
    hosts = [noun, *(p for k in ctx.kids(noun.i, _PREP) if k.lemma.lower() == "of" for p in _pobjs(ctx, k))]
    out: list[Token] = []
    for host in hosts:
        for other in ctx.kids(host.i, _CONJ):
            others = {p.code[:2] for p in ctx.patterns.nouns.get(other.lemma.lower(), ())}
            if other.i > noun.i and roots & others:
                out += _preps(ctx, other, frozenset({"by"}))
    return out


def _judged_owners(ctx: _Ctx, t: Token) -> list[Token]:
    """The actors owning a noun that a phrase of what a judgement is about names
    (judged_preps: "concern over its sales", "bristled at Pretoria's moves"), else []."""
    if t.dep != "pobj" or ctx.tok(t.head).lemma.lower() not in ctx.rules.judged_preps:
        return []
    return [k for k in ctx.kids(t.i, frozenset({"poss"})) if k.i in ctx.by_token]


def _owners_first(ctx: _Ctx, found: list[Token]) -> list[Token]:
    """Phrase objects with a noun an actor owns, in a phrase of what a judgement is about
    (_judged_owners), read as that owner, and none under it: "concern over its sales of drones
    to Russia" is aimed at the seller the possessive names (a pronoun too), not at the buyer
    its to-phrase names, as "over Iran's sales of drones to Russia" is."""
    owners = {p.i: k for p in found for k in _judged_owners(ctx, p)}
    if not owners:
        return found
    out = []
    for p in found:
        if p.i in owners:
            out.append(owners[p.i])
            continue
        cur, below = p, False
        for _ in range(4):
            if cur.head == cur.i:
                break
            cur = ctx.tok(cur.head)
            if cur.i in owners:
                below = True
                break
        if not below:
            out.append(p)
    return out


def _posted(ctx: _Ctx, t: Token, posted: frozenset[str] | None = None) -> bool:
    """Whether a noun phrase names an envoy: "the Russian ambassador", "Ambassador Georgy
    Zinoviev" (the title as a compound of the name), "the Dutch charge d'affaires", and a
    title of two words ("Botswana's high commissioner": its modifier and noun); ``posted``:
    the nouns that count (rules posted_nouns by default)."""
    posted = ctx.rules.posted_nouns if posted is None else posted
    lemma = t.lemma.lower()
    return lemma in posted or any(
        k.lemma.lower() in posted or f"{k.lemma.lower()} {lemma}" in posted
        for k in ctx.kids(t.i, frozenset({"compound", "amod"}))
    )


def _handed_envoys(ctx: _Ctx, verb: Token) -> list[Token]:
    """The envoy a note's words are handed to with no hander told: "Ambassador X was handed a
    note demanding the release of ..." (a participle on a content noun, the object of an
    agentless passive whose subject is an envoy); the note is the host's, the envoy its
    addressee (a note "handed to him by Poland" names its sender). So is the envoy of the
    sending verb itself: "Kenya's charge d'affaires had been handed a protest note"."""
    carrier = _carrier(ctx, verb)
    if carrier is None and any(
        o.lemma.lower() in ctx.rules.content_nouns and not ctx.kids(o.i, _ACL)
        for o in ctx.kids(verb.i, frozenset({"dobj"}))
    ):
        sender = verb  # a note "demanding ..." is its participle's act (the carrier above)
    elif carrier is None or carrier.dep != "dobj" or carrier.head == carrier.i:
        return []
    else:
        sender = ctx.tok(carrier.head)
    if ctx.kids(sender.i, frozenset({"agent"})):
        return []
    return [p for p in ctx.kids(sender.i, _PASSIVE_SUBJ) if _posted(ctx, p)]


def _told_envoys(ctx: _Ctx, verb: Token) -> list[Token]:
    """The envoy a charge is told to: "told the Russian ambassador that the transfer violated
    U.N. resolutions": the envoy's state is who is charged when neither the clause nor a
    telling of its act names a doer (the hit's clause fallback, _with_context). Reporters,
    lawmakers or a council told are no one's envoy."""
    heads = [
        h
        for k in ctx.kids(verb.i, frozenset({"dobj", "dative"}))
        for h in (_pobjs(ctx, k) if k.pos == "ADP" else [k])
    ]
    return [h for h in heads if _posted(ctx, h)]


def _bare_envoy(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun phrase is an envoy named by the role alone ("the ambassador", "the
    envoy", "the high commissioner"): no owner, nationality or name of its own, so it stands
    for an envoy the story told before (_told_bare_envoy)."""
    if t.i in ctx.by_token or not _posted(ctx, t, ctx.rules.posted_people_nouns):
        return False
    dets = [k for k in ctx.kids(t.i) if k.dep == "det"]
    if [d.text.lower() for d in dets] != ["the"]:
        return False
    title = ctx.rules.posted_people_nouns | ctx.rules.bare_envoy_title_words
    return all(k.dep == "det" or k.lemma.lower() in title for k in ctx.kids(t.i))


def _told_bare_envoy(ctx: _Ctx, verb: Token) -> bool:
    """Whether a demand, an appeal or a threat is told or handed to a bare envoy ("told the
    envoy that Lima expected ...", "handed the ambassador a note demanding ...", "the envoy
    was told that ..."): the verb, or a telling verb a few steps over it, addresses one
    (rules envoy_telling_verbs). Whose envoy it is the context tells (_told_envoy_state)."""
    cur = verb
    for _ in range(3):
        if cur.lemma.lower() in ctx.rules.envoy_telling_verbs:
            told = [
                *ctx.kids(cur.i, frozenset({"dobj", "dative"})),
                *ctx.kids(cur.i, _PASSIVE_SUBJ),
            ]
            if any(_bare_envoy(ctx, k) for k in told):
                return True
        if cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
    return False


# The phrases naming a receiver or partner of a thing an infinitive binds to (xcomp_args)
_BOUND_PREPS = frozenset({"to", "for", "with"})
_TO = frozenset({"to"})
_PLACE_PREPS = frozenset({"of", "in", "inside", "near", "across"})  # obj_place: the object's place
_INSIDE_PREPS = frozenset({"in", "inside"})  # prep_place: not what a place is of or near
_NEAR_PREPS = frozenset({"near"})  # prep_place: near a town, not near a state's name


def _permitted_subjects(ctx: _Ctx, verb: Token) -> list[Token]:
    """Who a verb of permission lets act: the subject of its infinitive clause ("allowed U.N.
    aid convoys to enter", "let IAEA inspectors visit": spaCy makes them the clause's
    subject, not the verb's object)."""
    if verb.lemma.lower() not in ctx.rules.permitting_verbs:
        return []
    return [
        s
        for c in ctx.kids(verb.i, frozenset({"ccomp", "xcomp"}))
        if _infinitive(ctx, c) or c.tag in ("VB", "VBP")
        for s in ctx.kids(c.i, _SUBJ)
    ]


def _denial_object(ctx: _Ctx, verb: Token, obj: Token) -> bool:
    """Whether a pattern of the verb that also fires on its refusal (_denial_of_refusal) names
    the object noun: the refusal of it is that pattern's to code."""
    lemma = obj.lemma.lower()
    return any(
        _denial_of_refusal(p) and lemma in p.objects
        for p in ctx.patterns.verbs.get(verb.lemma.lower(), ())
    )


def _acting_xcomps(ctx: _Ctx, verb: Token) -> list[Token]:
    """The verb's infinitives that name an act: "declined to comment on Libya's request"
    withholds a remark (remark_verbs) and acts on no one."""
    return [
        x
        for x in ctx.kids(verb.i, frozenset({"xcomp"}))
        if x.lemma.lower() not in ctx.rules.remark_verbs
    ]


def _stopped_doings(ctx: _Ctx, xcomps: list[Token]) -> list[Token]:
    """The gerunds of infinitives that stop a doing (ceasing_verbs: "threatened to stop
    issuing visas to Somali officials"): whom the doing reaches is whom the stop is aimed at."""
    return [
        g
        for x in xcomps
        if x.lemma.lower() in ctx.rules.ceasing_verbs
        for g in ctx.kids(x.i, frozenset({"xcomp"}))
        if g.tag == "VBG"
    ]


def _content_after_aside(ctx: _Ctx, verb: Token, obj: Token) -> list[Token]:
    """The content of an amount the parser cut off by its bracketed aside.

    "withheld 20 million euros ($22 million) in budget support from Moldova": after the
    converted sum in brackets the parser hangs "in budget support" on the verb, not on the
    sum as it does without them, and the phrases under the content (the from-, to- or
    for-phrase) are the sum's, as in "$50 million in aid for Moldova".
    """
    if obj.dep not in _OBJ or obj.head != verb.i:
        return []
    phrase = ctx.parse.subtree(obj.i)
    if phrase[-1].text != ")":
        return []
    return [
        c
        for k in ctx.kids(verb.i, _PREP)
        if k.i == phrase[-1].i + 1 and k.lemma.lower() == "in"
        for c in _pobjs(ctx, k)
    ]


def _for_clause_subjects(ctx: _Ctx, noun: Token) -> list[Token]:
    """Whom a "for ... to" clause on a noun is for: "approved a $35 million credit for Malawi
    to rebuild roads", which the parser reads as a clause whose subject is Malawi, marked by
    "for", not as a for-phrase of the credit followed by a purpose (a clause it may hang on
    the verb of which the noun is the object)."""
    hosts = [noun] + ([ctx.tok(noun.head)] if noun.dep == "dobj" else [])
    return [
        s
        for h in hosts
        for c in ctx.kids(h.i, frozenset({"advcl", "acl", "relcl"}))
        if any(m.dep == "mark" and m.lemma.lower() == "for" for m in ctx.kids(c.i))
        for s in ctx.kids(c.i, frozenset({"nsubj"}))
    ]


def _free_relative(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb of a free relative that is a verb's object ("rejected what it called ..."):
    a clausal complement whose object is "what"."""
    for clause in ctx.kids(verb.i, frozenset({"ccomp"})):
        if any(k.tag == "WP" and k.i < clause.i for k in ctx.kids(clause.i, _OBJ)):
            return clause
    return None


def _rebuilt(ctx: _Ctx, verb: Token) -> list[Token]:
    """The objects of a verb of rebuilding that may name the land helped: not the giver's
    own works ("to repair its embassy in Ghana", "to rebuild their roads")."""
    return [
        o
        for o in ctx.kids(verb.i, _OBJ)
        if not any(p.tag == "PRP$" for p in ctx.kids(o.i, frozenset({"poss"})))
    ]


def _slot_tokens(ctx: _Ctx, verb: Token, obj: Token | None, slot: str) -> list[Token]:
    name, lemmas = slot_parts(slot)
    if name == "dobj":
        misread = _misread_object(ctx, verb)
        if misread is not None:
            return [misread]
        # "seized the tanker, a move condemned by Britain": the move is no second object
        own = [
            o for o in ctx.kids(verb.i, _OBJ) if _summed_clause(ctx, o) is None or o.dep != "dobj"
        ]
        return (
            _relative_object(ctx, verb)
            or own
            or _shared_objects(ctx, verb)
            or _named_what(ctx, verb)
            or _misread_head(ctx, verb)
            or _predicate_holder(ctx, verb)
        )
    if name == "dative":
        out = []
        for k in ctx.kids(verb.i, frozenset({"dative"})):
            out.extend(_pobjs(ctx, k) if k.pos == "ADP" else [k])
        return out or _compound_receiver(ctx, verb)
    if name == "prep":
        out = _preps(ctx, verb, lemmas)
        if obj is not None and obj.i != verb.i:
            # "a strike on Saudi oil plants that the United States blamed on Iran": with a
            # phrase of its own, a relative verb hung on the object's phrase takes that phrase
            # for its antecedent, no party beside it
            antecedent = verb.head if verb.dep == "relcl" and out else -1
            out += [t for t in _preps(ctx, obj, lemmas) if t.i != antecedent]
            if obj.dep == "compound" and obj.head != obj.i:
                obj = ctx.tok(obj.head)  # "a sanctions package against Russia"
                out += _preps(ctx, obj, lemmas)
            prep = ctx.tok(obj.head)
            if obj.dep == "pobj" and prep.head != prep.i and prep.head != verb.i:
                # "$50 million in aid for Ukraine": the phrase the object is the content of
                out += _preps(ctx, ctx.tok(prep.head), lemmas)
            for content in _content_after_aside(ctx, verb, obj):
                out += _preps(ctx, content, lemmas)
        if not out and "for" in lemmas:
            # "released $3 million from its emergency fund for Chile": the parser hangs the
            # beneficiary on the fund the verb draws on
            out = [
                t
                for f in _preps(ctx, verb, frozenset({"from"}))
                if f.pos == "NOUN"
                for t in _preps(ctx, f, frozenset({"for"}))
            ]
        return out
    if name == "phrase_owner":
        # "grateful for the agency's presence", "thankful for China's help": the owner of
        # what a phrase names (its possessor), not the thing
        return [
            p
            for t in _preps(ctx, verb, lemmas)
            for p in ctx.kids(t.i, frozenset({"poss"}))
        ]
    if name == "under":
        return _under(ctx, verb, lemmas)
    if name in ("topic_sub", "judged_sub"):
        # "would share intelligence on suspect ships with Ghana": the phrase hung on the noun
        # of the verb's topic phrase (shared_topic_preps) is the verb's; one step only, so
        # "intelligence on ships trading with Iran" names no partner. "voiced alarm over the
        # tensions between Serbia and Kosovo": the same of what a judgement is about
        # (judged_topic_preps)
        preps = ctx.rules.shared_topic_preps if name == "topic_sub" else ctx.rules.judged_topic_preps
        topics = _preps(ctx, verb, preps)
        return [p for t in topics for p in _preps(ctx, t, lemmas)]
    if name == "carrier_to":
        # "sent Germany a note demanding reparations", "a letter to Kyiv demanding ...": what a
        # note or letter says is said to whom it goes, its to-phrase or its sender's dative
        handed = _handed_envoys(ctx, verb)  # "was handed a note demanding ..."
        carrier = _carrier(ctx, verb)
        if carrier is None:
            return handed + (_written_to(ctx, verb) or _addressed_in(ctx, verb))
        out = _preps(ctx, carrier, frozenset({"to"})) + handed
        if carrier.dep == "dobj" and carrier.head != carrier.i:
            sender = ctx.tok(carrier.head)
            out += _slot_tokens(ctx, sender, None, "dative")
            out += _preps(ctx, sender, frozenset({"to"}))
        return out
    if name == "role_sub":
        # "acted as guarantors of the truce between Armenia and Azerbaijan": the phrases
        # under the role an "as" names, which sits too deep for "under"
        roles = [
            r
            for k in ctx.kids(verb.i, frozenset({"prep"}))
            if k.lemma.lower() == "as"
            for r in _pobjs(ctx, k)
        ]
        return [p for r in roles for p in _under(ctx, r, lemmas)]
    if name == "dobj_other":
        # "provided Ukraine with weapons": a direct object that is not the matched object,
        # nor the part that holds it ("ships much of Malawi's fuel": the fuel's own phrase)
        return [
            d
            for d in ctx.kids(verb.i, _OBJ)
            if obj is None or obj.i not in {t.i for t in ctx.parse.subtree(d.i)}
        ]
    if name == "xcomp_obj":
        return [
            o
            for x in _acting_xcomps(ctx, verb)
            if not _harmless_denied(ctx, verb, x)
            for o in ctx.kids(x.i, _OBJ)
        ]
    if name == "xcomp_permitted":
        # "refused to let IAEA inspectors visit the site": those the infinitive would let act,
        # unless a denial pattern of the permitting verb codes them itself ("refused to let
        # Turkish warships dock" keeps them out, v.not_allow_ships through _refused_to)
        return [
            p
            for x in _acting_xcomps(ctx, verb)
            for p in _permitted_subjects(ctx, x)
            if not _denial_object(ctx, x, p)
        ]
    if name == "obj_sub":
        # "drills near Azerbaijan's border with Iran": the border's, not the drills' (under:
        # with of v.drill_near still reaches it)
        # "rejected what it called “slander” by Estonian officials": the free relative's verb
        # holds the object's phrases
        obj = obj if obj is not None else _free_relative(ctx, verb)
        if obj is None:
            return []
        found = _under(ctx, obj, lemmas, enter_places=False)
        if not found and "by" in lemmas:
            found = _joined_act_agents(ctx, obj)
        if not found and obj.dep == "compound":
            # "handed him a protest note for Ottawa": the phrase the matched noun modifies
            found = _under(ctx, ctx.tok(obj.head), lemmas, enter_places=False)
        if not found and "for" in lemmas:
            found = _for_clause_subjects(ctx, obj)
        return _owners_first(ctx, found)
    if name == "deal_sub":
        # "signed an agreement that will let Kazakh gas flow through Georgian pipes to
        # Turkey": as obj_sub, but a to-phrase of a verb in a clause on the deal is where
        # the deal sends something, no party to it ("an agreement with Turkey" still is)
        return [
            p
            for p in _slot_tokens(ctx, verb, obj, "obj_sub:" + "|".join(sorted(lemmas)))
            if not _clause_destination(ctx, obj, p)
        ]
    if name == "holder":
        # "demanded the release of two French citizens held in Iran", "called for the release
        # of journalists detained by Russia": who holds the people whose release is asked
        if obj is None:
            return []
        # the participle may hang on the release itself ("the release of its citizens
        # detained by Iran"), or on those access is asked to ("consular access to the
        # fishermen held by Fiji")
        people = [obj] + [
            c for p in _preps(ctx, obj, frozenset({"of", "to"})) for c in _conjuncts(ctx, p)
        ]
        # ... or on the people a count is of ("consular access to 14 of its citizens arrested
        # in Bahrain")
        people += [
            c
            for p in people
            if p.tag == "CD" or p.lemma.lower() in ctx.rules.people_counts
            for c in _preps(ctx, p, frozenset({"of"}))
        ]
        held = [
            a
            for p in people
            for a in ctx.kids(p.i, frozenset({"acl", "relcl"}))
            if a.lemma.lower() in ctx.rules.holding_verbs
        ]
        # a place only as a name ("held in Iran", not "funds held in Russian banks")
        return [
            o
            for a in held
            for k in ctx.kids(a.i, frozenset({"agent", "prep"}))
            if k.lemma.lower() in ("by", "in")
            for o in _pobjs(ctx, k)
            if k.lemma.lower() == "by" or o.pos == "PROPN"
        ]
    if name == "participle_obj":
        # "hit back, accusing Cairo of ...": the object of a trailing -ing clause
        return [
            o
            for a in ctx.kids(verb.i, frozenset({"advcl"}))
            if a.tag == "VBG" and a.i > verb.i
            for o in ctx.kids(a.i, _OBJ)
        ]
    if name == "deed_place":
        # "condemned the mistreatment of three of its nationals in Mauritania", "protested the
        # arrest of two Malian traders in Guinea": a deed done to people (people_deed_nouns)
        # that names no doer is the act of the state where it was done, by its name (the
        # in-phrase of the deed, of its people, or of the number they are counted by)
        if obj is None or obj.lemma.lower() not in ctx.rules.people_deed_nouns:
            return []
        if any(k.dep in ("poss", "agent") or k.lemma.lower() == "by" for k in ctx.kids(obj.i)):
            return []
        people = [obj] + [c for p in _preps(ctx, obj, _OF) for c in _conjuncts(ctx, p)]
        people += [c for x in people[1:] for p in _preps(ctx, x, _OF) for c in _conjuncts(ctx, p)]
        # the parser may hang the place on the verb, after the deed ("deplored the
        # mistreatment of Egyptian workers in Libya")
        hosts = people + ([verb] if obj.dep in _OBJ else [])
        return [
            o
            for x in hosts
            for k in ctx.kids(x.i, _PREP)
            if k.lemma.lower() == "in" and k.i > obj.i
            for o in _pobjs(ctx, k)
            if o.pos == "PROPN"
        ]
    if name == "origin":
        # "banned imports of goods produced in Israeli settlements", "fruit grown in Moroccan
        # orchards": the place a participle of making (origin_verbs) on the traded goods
        # names; the goods' nationality alone is obj_mod's
        if obj is None:
            return []
        goods = [obj] + [c for p in _preps(ctx, obj, _OF) for c in _conjuncts(ctx, p)]
        made = [
            a
            for g in goods
            for a in ctx.kids(g.i, _ACL)
            if a.tag == "VBN" and a.lemma.lower() in ctx.rules.origin_verbs
        ]
        # the first in-phrase only: "in Israeli settlements in the occupied West Bank" is
        # where the settlements are
        places = [
            next((k for k in ctx.kids(a.i, _PREP) if k.lemma.lower() == "in"), None) for a in made
        ]
        return [o for k in places if k is not None for o in _pobjs(ctx, k)]
    if name == "obj_grantee":
        return _deal_grantees(ctx, obj, relative="relcl" in lemmas)
    if name == "joint_founders":
        # "would suspend a joint commission of historians that Bulgaria and North Macedonia
        # set up in 2019": a body the pair shares (joint_body_words), told by the relative
        # clause that made it, as "the two countries' joint commission" (its other member)
        if obj is None or not any(
            k.lemma.lower() in ctx.rules.joint_body_words
            for k in ctx.kids(obj.i, frozenset({"amod", "compound"}))
        ):
            return []
        return [
            c
            for r in ctx.kids(obj.i, frozenset({"relcl"}))
            for s in ctx.kids(r.i, _SUBJ)
            for c in _conjuncts(ctx, s)
        ]
    if name == "undone_host":
        # "resumed imports of seafood from Japan, lifting a ban it imposed in 2023": the
        # measure a relative clause tells on what an undoing participle lifts (undoing_matches)
        # was aimed at the party of the act that participle explains
        if verb.dep != "relcl" or verb.head == verb.i:
            return []
        measure = ctx.tok(verb.head)
        undo = ctx.tok(measure.head)
        if (
            measure.dep != "dobj"
            or undo.dep != "advcl"
            or undo.tag != "VBG"
            or "16" not in ctx.rules.reaction_matches.get(undo.lemma.lower(), frozenset())
            or undo.head == undo.i
        ):
            return []
        explained = ctx.tok(undo.head)
        objs = ctx.kids(explained.i, _OBJ)
        return _preps(ctx, explained, lemmas) + [p for o in objs for p in _under(ctx, o, lemmas)]
    if name == "goods_origin":
        # "would impose duties of up to 30% on beef from Australia": where the goods the
        # verb's on-phrase names come from, as the nouns' goods slot ("a ban on imports of ...")
        return [
            f
            for g in _preps(ctx, verb, lemmas or frozenset({"on", "against"}))
            for f in _preps(ctx, g, frozenset({"of", "from"}))
        ]
    if name == "obj_mod":
        if obj is None:
            return []
        # "barred Venezuelan-flagged tankers": a class of ships under a state's flag; goods
        # carried are their possessor's own ("ships Malawi's fuel": carrying_verbs)
        carried = verb.lemma.lower() in ctx.rules.carrying_verbs
        deps = frozenset({"compound", "amod", "nmod"} | (set() if carried else {"poss"}))
        mods = ctx.kids(obj.i, deps)
        head = ctx.tok(obj.head)
        if not mods and obj.dep == "compound" and head.lemma.lower() in ctx.rules.member_nouns:
            # "will train Mongolian crew members": the group matched names its members, whose
            # noun carries the state's modifier; not an owner ("detained its 22 crew members"
            # after the ship's seizure: the ship's own crew, coded with the ship)
            mods = [k for k in ctx.kids(head.i, deps - {"poss"}) if k.i != obj.i]
        if not mods and obj.lemma.lower() in ctx.rules.craft_group_nouns:
            # "turned back a convoy of 60 Jordanian aid trucks": the craft the group is of
            mods = [k for o in _preps(ctx, obj, frozenset({"of"})) for k in ctx.kids(o.i, deps)]
        return [_flag_name(ctx, k) for k in mods]
    if name == "obj_place":
        # "Targets in southern Lebanon were struck by ...": the passive's subject is the object
        # "struck what the army said were drug gangs in southern Syria": what it was said to be
        objs = ctx.kids(verb.i, _OBJ) or ctx.kids(verb.i, _PASSIVE_SUBJ) or _named_what(ctx, verb)
        placed = [p for o in objs for p in _under(ctx, o, _PLACE_PREPS, 3)] + _under(
            ctx, verb, _PLACE_PREPS, 2
        )
        return [p for p in placed if not _near_border(ctx, p)]
    if name == "prep_place":
        # "fired shells at targets in Rafah": the place of what the phrase aims at; not a
        # place named by what it is of or near ("into the Sea of Japan", "the sea near Japan");
        # the phrase may hang on the object ("carried out air strikes on militants in Iraq")
        hosts = [verb] + ([obj] if obj is not None and obj.i != verb.i else [])
        aimed = [
            o
            for h in hosts
            for o in _preps(ctx, h, lemmas)
            if o.lemma.lower() in ctx.rules.aimed_place_nouns
        ]
        # "fired on a market near Ndele": near a town (a place mention, no state's name) is
        # still inside the town's state
        near = [
            p
            for o in aimed
            for p in _under(ctx, o, _NEAR_PREPS, 2)
            if (m := ctx.by_token.get(p.i)) is not None and m.kind == "place"
        ]
        return [p for o in aimed for p in _under(ctx, o, _INSIDE_PREPS, 2)] + near
    if name == "help_obj":
        out = []
        # "a grant to help Sri Lanka rebuild": an infinitive on the object helps as well, or
        # on what is asked for ("asked Congress for $24 billion to support Ukraine")
        held = [
            x
            for o in ctx.kids(verb.i, _OBJ) + _preps(ctx, verb, frozenset({"for"}))
            for x in ctx.kids(o.i, frozenset({"acl", "relcl"}))
            if _infinitive(ctx, x)
        ]
        rebuilding = ctx.rules.rebuilding_verbs
        for x in ctx.kids(verb.i, frozenset({"xcomp", "advcl"})) + held:
            if x.lemma.lower() in _HELP:
                objs = ctx.kids(x.i, _OBJ)
                out += objs + [c for o in objs if (c := _helped_opener(ctx, x, o)) is not None]
                for c in ctx.kids(x.i, frozenset({"ccomp", "xcomp"})):
                    out += ctx.kids(c.i, _SUBJ)
                    if c.lemma.lower() in rebuilding:
                        out += _rebuilt(ctx, c)  # "to help rebuild Sudan's roads"
            elif x.lemma.lower() in rebuilding and _infinitive(ctx, x):
                out += _rebuilt(ctx, x)  # "pledged $300 million to rebuild Sudan's roads"
        return out
    if name == "xcomp_args":
        # "promised to continue military aid to Mozambique", "offered to negotiate with X"
        preps = lemmas or frozenset({"to", "with", "for", "against", "on"})
        out = []
        acting = _acting_xcomps(ctx, verb)
        for x in acting + _stopped_doings(ctx, acting) + _own_future_clauses(ctx, verb):
            if _harmless_denied(ctx, verb, x):
                continue  # "denied hosting French forces": France is no party of the denial
            # "asked to become a dialogue partner of ASEAN": a copula's predicate noun holds
            # the phrase as an object would
            objs = ctx.kids(x.i, _OBJ) + ctx.kids(x.i, frozenset({"attr"}))
            objs = [o for o in objs if not _drafted_text(ctx, o)]  # "helped draft an accord"
            if "to" in preps and any(_named_by_modifier(ctx, o) for o in objs):
                # "promised to send more EU monitors to Mali", "vowed to deliver German tanks
                # to Ukraine": a state or body named on what is sent is its maker or master;
                # the named destination is the one pledged to
                out += [p for p in _preps(ctx, x, frozenset({"to"})) if p.i in ctx.by_token]
            # "ready to reimpose U.N. sanctions if Iran ...": a penalty named by its maker
            # aims at no maker; its own phrases still count ("EU sanctions against Minsk")
            by_maker = {
                o.i
                for o in objs
                if o.lemma.lower() in ctx.rules.penalty_nouns and _named_by_modifier(ctx, o)
            }
            for o in [o for o in objs if o.i not in by_maker] + _preps(ctx, x, preps):
                # "promised to push for more EU funding for Egypt", "to seek more EU aid for
                # Tunisia": the state a thing named by its giver ("EU funding") is for is the
                # one pledged to, before the giver
                if o.i not in ctx.by_token:
                    out += [
                        r
                        for r in _preps(ctx, o, preps & _BOUND_PREPS)
                        if r.i in ctx.by_token
                    ]
                out.append(o)
            for o in objs:
                out += _preps(ctx, o, preps)
            # "refused to commit to any assistance to Ukraine": the receiver of what the
            # infinitive binds its subject to (no place: "to go to the summit in Kyiv")
            for o in _preps(ctx, x, frozenset({"to"})):
                out += _preps(ctx, o, preps & _BOUND_PREPS)
        return out
    if name == "doer":
        # "launched an investigation into crimes committed by Croatian forces", "opened an
        # inquiry into abuses by Azerbaijani troops": who did what the object (or the verb's
        # phrase) is about, from a by-phrase under it or under a participle in it
        hosts = [verb] if obj is None else [obj, verb]
        return [p for h in hosts for p in _under(ctx, h, frozenset({"by"}), doers=True)]
    if name == "xcomp_author":
        # "refused to respond to a demand from Britain", "declined to answer a request from
        # Colombia": the author of what an infinitive answers, named on that thing (its object
        # or to-phrase), not on the infinitive ("to evacuate its citizens from Sudan")
        things = [
            t
            for x in _acting_xcomps(ctx, verb)
            for t in ctx.kids(x.i, _OBJ) + _preps(ctx, x, frozenset({"to"}))
        ]
        return [p for t in things for p in _preps(ctx, t, lemmas or frozenset({"from", "by"}))]
    if name == "aim_args":
        # "would pay to repair two hospitals in Beira": the phrases of what an infinitive does
        # and of its objects, also when the parser hangs it on the verb as a purpose (advcl)
        aims = _acting_xcomps(ctx, verb) + [
            c for c in ctx.kids(verb.i, frozenset({"advcl"})) if _infinitive(ctx, c)
        ]
        return [p for x in aims for h in (x, *ctx.kids(x.i, _OBJ)) for p in _preps(ctx, h, lemmas)]
    if name == "obj_aim":
        # "accepted an invitation to visit Canberra": what the infinitive on the matched noun
        # acts on (its objects and its phrases of ``lemmas``, "to" by default)
        if obj is None:
            return []
        aims = [a for a in ctx.kids(obj.i, _ACL_RELCL) if _infinitive(ctx, a)]
        preps = lemmas or _TO
        return [t for a in aims for t in ctx.kids(a.i, _OBJ) + _preps(ctx, a, preps)]
    if name == "purpose":
        # (domestic.yaml) whom a protest's aim names: "marched to demand the resignation of
        # the prime minister", "rallied, calling for the president's resignation"
        preps = lemmas or frozenset({"of", "for", "from", "against"})
        out = []
        for c in ctx.kids(verb.i, frozenset({"advcl", "xcomp"})):
            aim = c.lemma.lower() in purpose_verbs()  # no "rallied to support the bill"
            if aim and (_infinitive(ctx, c) or c.tag == "VBG"):
                objs = ctx.kids(c.i, _OBJ) + _preps(ctx, c, preps)
                out += objs
                for o in objs:
                    out += _preps(ctx, o, preps)
        return out
    if name == "ccomp_subj":
        clauses = [
            c
            for c in ctx.kids(verb.i, frozenset({"ccomp", "xcomp", "advcl"}))
            if c.dep != "advcl" or _infinitive(ctx, c)  # "called for Israel to halt"
        ]
        clauses += [k for c in clauses if c.dep == "ccomp" for k in _that_conjuncts(ctx, c, verb)]
        return [
            s
            for c in clauses
            for s in ctx.kids(c.i, _SUBJ) or _permitted(ctx, c) or _misread_clause_subject(ctx, c)
        ]
    if name == "closed_act":
        # "said lifting the sanctions on Burma was out of the question", "said talks with Kyiv
        # were not on the table": the party the closed matter names, in the phrases (of
        # ``lemmas``) of the clause's subject noun, or of a gerund subject and its objects;
        # "its sovereignty over the islands" names none (the reaction's lookback then)
        out = []
        for c in _content_clauses(ctx, verb):
            for subj in ctx.kids(c.i, frozenset({"nsubj", "nsubjpass", "csubj"})):
                if subj.lemma.lower() in ctx.rules.closed_stance_nouns:
                    continue  # "our position on Palestine is not for sale": a topic, no party
                heads = [subj] + (ctx.kids(subj.i, _OBJ) if subj.dep == "csubj" else [])
                out += [p for h in heads for p in _preps(ctx, h, lemmas)]
        return out
    if name == "obj_clause_subj":
        # "reiterated its demand that Israel ease ...", "renewed its call for Israel to ...":
        # the one asked is the subject of the that-clause or infinitive on the object noun
        # (a that-clause only in the base form or with should/must: "the demand that Israel
        # rejected" is a relative clause); "for X to" may hang on the verb
        if obj is None:
            return []
        hung = [
            c
            for c in ctx.kids(verb.i, frozenset({"advcl"}))
            if _infinitive(ctx, c) and _marked(ctx, c, "for")
        ]
        # "reiterated its demand on Friday that Somalia hand over ...": a time phrase after
        # the noun, and the asking clause hangs on the verb
        # (or as an adverbial clause, not a purpose: "so that ...")
        hung += [
            c
            for c in ctx.kids(verb.i, frozenset({"ccomp", "advcl"}))
            if c.i > obj.i
            and _that_opened(ctx, c)
            and _mandative(ctx, c)
            and not any(k.lemma.lower() in ("so", "such") for k in ctx.kids(c.i))
        ]
        return _asked_subjects(ctx, obj, hung)
    if name == "until_subj":
        # "said the ban would stay in force until Kenya lifted its own measure": Kenya
        return _held_until(ctx, verb, lemmas)
    if name == "refused_until":
        # "said it would not attend the summit unless Peru suspended the law": Peru
        return _held_until(ctx, verb, lemmas, refused=True)
    if name == "cond_subj":
        # "threatened to stop the talks if the United States deployed the missiles": the one
        # the condition is put to is the subject of an if/unless clause on the verb or its
        # infinitive
        # ("warned that it would close the border if Benin ...": or of the that-clause that
        # tells the speaker's own act, as the infinitive does, _own_future_clauses); a hazard
        # is no one's act ("if Somalia's drought worsened": hazard_nouns); so does a measure
        # told in the passive ("warned that cooperation could be reviewed if the U.N. ...")
        marks = tuple(lemmas) or ("if",)
        conditions = _condition_clauses(ctx, verb, marks)
        if verb.dep == "acomp" and verb.head != verb.i:
            # "said it was ready to reimpose sanctions if Iran ...": the parser hangs the
            # condition of an adjective trigger on its copula
            conditions += [
                c
                for c in ctx.kids(verb.head, frozenset({"advcl"}))
                if any(_marked(ctx, c, w) for w in marks)
            ]
        # "ready to support an assessment if both governments asked": a pair told only by
        # "both" or "the two" in a condition is read from a background sentence as often as
        # from the quarrel, so it names no one here
        return [
            s
            for c in conditions
            for s in ctx.kids(c.i, _SUBJ)
            if s.lemma.lower() not in ctx.rules.hazard_nouns
            and not any(k.text.lower() in ("both", "two") for k in ctx.kids(s.i))
        ]
    if name == "speaker_subj":
        # "walked out as the Armenian minister spoke", "when Iran's envoy took the floor": the
        # speaker of a time clause (marked by one of ``lemmas``) that tells a speech
        # (rules speech_clause_words), the one a walkout during it is aimed at
        out = []
        for c in ctx.kids(verb.i, frozenset({"advcl"})):
            if not _tells_speech(ctx, c):
                continue
            if any(k.lemma.lower() in lemmas for k in ctx.kids(c.i, frozenset({"mark", "advmod"}))):
                out += ctx.kids(c.i, _SUBJ)
            elif not ctx.kids(c.i, _ANY_SUBJ):
                # "as Russia's foreign minister began his address": the parser may hang the
                # mark on the verb as a preposition and the speaker as its object
                out += [
                    o
                    for p in ctx.kids(verb.i, frozenset({"prep"}))
                    if p.lemma.lower() in lemmas and p.i < c.i
                    for o in _pobjs(ctx, p)
                ]
        return out
    if name == "speech_owner":
        # "walked out in protest at the Iranian president's remarks", "a walkout during the
        # Armenian minister's speech": a speech (rules speech_clause_words) in one of the
        # ``lemmas`` phrases a few steps under the act, its owner the one the act is aimed at;
        # a phrase of no speech ("a walkout during the visit", "the speech at the United
        # Nations") names none
        return [
            t
            for t in _under(ctx, verb, lemmas)
            if t.lemma.lower() in ctx.rules.speech_clause_words
        ]
    if name == "of_owner":
        # "the EU's imposition of tariffs on Chinese cars", "the extension of sanctions on
        # Russia by Japan": the owner or by-phrase of the act noun (one of ``lemmas``) whose
        # of-phrase names the measure; "the lifting of sanctions" is no such noun
        act = _of_act(ctx, verb, lemmas)
        if act is None:
            return []
        return list(ctx.kids(act.i, frozenset({"poss"}))) + _preps(ctx, act, frozenset({"by"}))
    if name == "stager_subj":
        # "Kenya's delegation staged a walkout": the subject of the verb (one of ``lemmas``)
        # whose object the act noun is; its by-phrase in the passive ("was staged by")
        if verb.dep not in ("dobj", "nsubjpass") or verb.head == verb.i:
            return []
        stager = ctx.tok(verb.head)
        if stager.lemma.lower() not in lemmas:
            return []
        return _agents(ctx, stager) if verb.dep == "nsubjpass" else _subject_tokens(ctx, stager)
    if name == "ccomp_actor":
        out = []
        clauses = _content_clauses(ctx, verb)
        # "said it regretted ... and that Mali had violated": in clauses joined by "and that",
        # the speaker's own mentions are no actor told of
        joined = {k.i for c in clauses for k in _that_conjuncts(ctx, c, verb)}
        joined |= {c.i for c in clauses if any(k.i in joined for k in ctx.kids(c.i))}
        speaker = _named_principals(ctx, ctx.kids(verb.i, _SUBJ)) if joined else set()
        for c in clauses:
            # "said its airspace had been violated by Russian drones": the agent acts
            agents = _agents(ctx, c)
            for s in agents or ctx.kids(c.i, _ANY_SUBJ):
                # "said reports that Uganda had closed the border were false": the content of
                # a report or claim is no doer of what the clause judges
                told = {t.i for k in _noun_clauses(ctx, s, True) for t in ctx.parse.subtree(k.i)}
                told |= _done_to(ctx, s)
                told |= _dealing_partners(ctx, s)
                out.extend(
                    t
                    for t in ctx.parse.subtree(s.i)
                    if t.i in ctx.by_token
                    and t.i not in told
                    and not (c.i in joined and _principal(ctx.by_token[t.i]) in speaker)
                )
        if not out:
            return []
        # the first mention's head, so its conjuncts count ("the United States and Britain")
        head, mention = out[0], ctx.by_token[out[0].i]
        while head.head != head.i and ctx.by_token.get(head.head) is mention:
            head = ctx.tok(head.head)
        return [head]
    if name == "shown_actor":
        # "said the decision showed (that) Vilnius was afraid of the truth", "said the quarrel
        # showed the real face of the government in Kyiv": the state an act is said to reveal
        # (lemmas), the revealed clause's own subject or an of-phrase of the revealed thing
        # ("showed that Chile's economy was slowing" reveals no state, "showed that Turkey and
        # Libya are neighbors" the speaker's own side; the speaker is its own mention: "the
        # Russian Embassy in Tallinn" speaks for Russia)
        speaker = {
            m.actor.principal
            for s in ctx.kids(verb.i, _SUBJ)
            if (m := ctx.by_token.get(s.i)) is not None and m.actor is not None
        }
        out = []
        for c in _content_clauses(ctx, verb):
            if c.lemma.lower() not in lemmas:
                continue
            clauses = ctx.kids(c.i, frozenset({"ccomp"}))
            # "showed that Belarus was being used by Moscow": a passive's agent acts; with
            # none, its subject is the one shown ("showed that Turkey was isolated")
            said = [s for k in clauses for s in (_agents(ctx, k) or ctx.kids(k.i, _ANY_SUBJ))]
            # "showed that Russian strikes on the ports threatened NATO territory": an act
            # noun with no actor of its own is its owner's deed (its possessor or premodifier)
            said += [
                o
                for t in said
                if t.i not in ctx.by_token and t.lemma.lower() in ctx.rules.act_nouns
                for o in ctx.kids(t.i, _POSS) + _premodifiers(ctx, t)
                if o.i in ctx.by_token
            ][:1]
            said += _own_or_object_preps(ctx, c, frozenset({"of"}))
            if not any(t.i in ctx.by_token for t in said) and any(
                o.lemma.lower() in ctx.rules.shown_want_nouns for o in ctx.kids(c.i, _OBJ)
            ):
                # "said Baku's reaction showed an unwillingness to compromise": a want of
                # goodwill names no one, so the act that shows it is its owner's deed
                said += [
                    o
                    for s in ctx.kids(c.i, _SUBJ)
                    if s.i not in ctx.by_token
                    and (s.lemma.lower() in ctx.rules.act_nouns or s.lemma.lower() in ctx.patterns.nouns)
                    for o in ctx.kids(s.i, _POSS) + _premodifiers(ctx, s)
                    if o.i in ctx.by_token
                ][:1]
            if not speaker & _named_principals(ctx, said):
                out += [t for t in said if t.i in ctx.by_token]
        return out[:1]
    if name == "denied_deed":
        # "denied that its planes had entered Estonian airspace": a harm (deed_roots) the
        # clause tells of the speaker's own side answers the state it names as harmed; so
        # does one a saying verb tells denied ("said its forces 'did not target Bangladesh'",
        # _denied_own_deeds)
        speaker = _named_principals(ctx, ctx.kids(verb.i, _SUBJ))
        denying = verb.lemma.lower() in ctx.rules.denying_verbs
        out = []
        for c in _content_clauses(ctx, verb):
            doers = _named_principals(ctx, ctx.kids(c.i, _SUBJ))
            if doers and doers <= speaker and _negated(ctx, c) != denying:
                objs = ctx.kids(c.i, _OBJ) + _preps(ctx, c, lemmas or _DEED_PREPS)
                out += objs if _deed_fits(ctx, c, objs) else []
        accusers = _accusers(ctx, verb, speaker)
        if accusers and not any(
            t.i in ctx.by_token and _principal(ctx.by_token[t.i]) in accusers for t in out
        ):
            # "The United States accused Russia of striking hospitals. Moscow denied that its
            # forces had struck them": the denial answers the accuser (a reaction), not the
            # state the deed harmed
            return []
        return out
    if name == "blamed_actor":
        # "said the deadlock was Egypt's fault", "said the blame lay with Cairo"
        return _blamed_holders(ctx, verb, lemmas)
    if name == "poss":
        return ctx.kids(verb.i, frozenset({"poss"}))
    if name == "held_by":
        # "the release of three Americans held by Venezuela": who held the ones a noun's
        # of-phrase names (a participle of holding's agent); a place names no holder ("three
        # Kenyan hostages held in Somalia" may be a gang's: test_events_review159)
        holders: list[Token] = []
        for p in _preps(ctx, verb, frozenset({"of"})):
            for a in ctx.kids(p.i, frozenset({"acl"})):
                if a.tag == "VBN" and a.lemma.lower() in ctx.rules.holding_verbs:
                    holders += [x for g in ctx.kids(a.i, frozenset({"agent"})) for x in _pobjs(ctx, g)]
        return holders
    if name == "host_hurt":
        # "a Tajik guard was killed in an exchange of fire with Afghan forces", "an Armenian
        # soldier died in a shootout with ...": the side whose people the verb the noun's
        # phrase modifies tells hurt (its passive subject, else its subject)
        host = _phrase_host(ctx, verb, lemmas)
        if host is None:
            return []
        return ctx.kids(host.i, _PASSIVE_SUBJ) or _subject_tokens(ctx, host)
    if name == "host_subj":
        # "Prabowo said in a call to Trump": the subject of the verb the noun's phrase modifies
        host = _phrase_host(ctx, verb, lemmas)
        if host is None:
            return _apposed_bearer(ctx, verb, lemmas)
        return (
            _passive_bearer(ctx, verb, host)
            or _thing_passive_agents(ctx, host)
            or _subject_tokens(ctx, host)
        )
    if name == "host_agents":
        # "The deal was signed in Lima by Peru's minister and his Chilean counterpart after two
        # days of talks": the signers a passive signing verb (rules talks_with_verbs) the
        # noun's phrase modifies names in its by-phrase, who held the talks (n.talks_signed)
        host = _phrase_host(ctx, verb, lemmas)
        if host is None or host.lemma.lower() not in ctx.rules.talks_with_verbs:
            return []
        return _agents(ctx, host)
    if name in ("with_subj", "with_user"):
        # "built the camp with help from Saudi Arabia": the subject of the act a with-phrase
        # qualifies (_with_host); with_user, also of an act to come ("will repair the
        # stations with a loan from Chile": the loan is had now, whatever it will pay for)
        host = _with_host(ctx, verb, told=name == "with_subj")
        if host is not None and name == "with_user" and host.dep == "relcl":
            return []  # "The dam, which Laos built with Chinese loans, opened": a portrait
        return _subject_tokens(ctx, host) if host is not None else []
    if name == "amod":
        return ctx.kids(verb.i, frozenset({"amod", "compound", "nmod"}))
    if name == "premod":
        return _premodifiers(ctx, verb)
    log.debug("unknown slot %s", slot)
    return []


def _accusers(ctx: _Ctx, verb: Token, speaker: set[str]) -> set[str]:
    """The states that accused or criticized (root 11) the speaker in the sentence before."""
    return {
        _principal(h.source)
        for h in ctx.sentence_hits.get(verb.sent - 1, ())
        if h.code[:2] == "11"
        and h.target is not None
        and _principal(h.target) in speaker
        and _principal(h.source) not in speaker
    }


def _with_partner(ctx: _Ctx, tok: Token) -> bool:
    """Whether a token is an actor named in a with-phrase of a verb ("raised the tolls with
    his Argentine counterpart"): the parser hangs the verb's own phrases on it."""
    if tok.dep != "pobj" or tok.head == tok.i or tok.i not in ctx.by_token:
        return False
    prep = ctx.tok(tok.head)
    return (
        prep.lemma.lower() == "with"
        and prep.head != prep.i
        and ctx.tok(prep.head).pos in ("VERB", "AUX")
    )


def _phrase_host(ctx: _Ctx, noun: Token, lemmas: frozenset[str]) -> Token | None:
    """The verb, told as done, that a noun's phrase modifies through one of ``lemmas``
    ("said in a call to Trump", "signed a pact during a visit by Modi")."""
    if noun.dep == "dobj" and noun.head != noun.i:
        # "... came following a phone call with Modi": "following" parsed as a verb
        prep = ctx.tok(noun.head)
        if prep.text.lower() in lemmas and prep.dep in ("advcl", "prep"):
            host = ctx.tok(prep.head)
            if host.pos in ("VERB", "AUX") and _modality(ctx, host) is None:
                return host
        return None
    if noun.dep == "advcl" and noun.pos == "NOUN" and noun.head != noun.i:
        # "signed the grant after talks that an aide described as long": the parser makes the
        # noun a clause with the preposition as its mark
        marked = any(m.text.lower() in lemmas for m in ctx.kids(noun.i, frozenset({"mark"})))
        host = ctx.tok(noun.head)
        if marked and host.pos in ("VERB", "AUX") and _modality(ctx, host) is None:
            return host
        return None
    noun = _measure_of(ctx, noun)
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = ctx.tok(noun.head)
    if (prep.lemma.lower() not in lemmas and prep.text.lower() not in lemmas) or (
        prep.head == prep.i
    ):
        return None
    host = ctx.tok(prep.head)
    if host.dep == "dobj" and host.head != host.i and host.i in ctx.by_token:
        # "thanked Qatar's emir in a phone call": the parser hangs the phrase on the actor
        # the verb is done to, not on the verb
        host = ctx.tok(host.head)
    elif _with_partner(ctx, host):
        # "raised the tolls with his Argentine counterpart in a phone call": on the one the
        # verb was done with, as well
        host = ctx.tok(ctx.tok(host.head).head)
    elif _restated_object(ctx, host):
        # "signed a gas deal with Algeria on Monday, the first between the two, during a
        # visit to Algiers": on the restatement the parser makes a second object
        host = ctx.tok(host.head)
    if host.pos not in ("VERB", "AUX") or _modality(ctx, host) is not None:
        return None  # "will meet X during a visit to Y": the visit is planned too
    return host


def _restated_object(ctx: _Ctx, noun: Token) -> bool:
    """Whether a direct object set off by a comma after another object of its verb restates
    that one ("signed a deal with Peru on Monday, the first such deal"): no act of its own."""
    if noun.dep != "dobj" or noun.head == noun.i:
        return False
    start = ctx.parse.subtree(noun.i)[0].i
    if start == 0 or ctx.tok(start - 1).text != ",":
        return False
    return any(o.i < start for o in ctx.kids(noun.head, frozenset({"dobj"})))


def _measure_of(ctx: _Ctx, noun: Token) -> Token:
    """The noun of a short span a noun fills ("after three days of talks with Uganda", "after
    two hours of talks": days, hours; talk_span_nouns), whose phrase is the noun's own; else
    the noun itself. Talks a participle describes ("after two days of talks hosted by A",
    "mediated by Qatar") stay as they were read: the host's occasion or the go-between's
    (extract._hosted_occasion, sides._mediated_parties)."""
    measures = ctx.rules.talk_span_nouns
    if ctx.kids(noun.i, frozenset({"acl"})):
        return noun
    while noun.dep == "pobj" and noun.head != noun.i:
        of = ctx.tok(noun.head)
        if of.lemma.lower() != "of" or of.head == of.i:
            break
        measure = ctx.tok(of.head)
        if measure.lemma.lower() not in measures or measure.pos != "NOUN":
            break
        noun = measure
    return noun


def _apposed_bearer(ctx: _Ctx, noun: Token, lemmas: frozenset[str]) -> list[Token]:
    """The subject a phrase set off by commas hangs on ("Brazil's foreign minister, on a
    visit to Buenos Aires, urged ...", "..., on a state visit, was welcomed by ..."): the
    parser puts the phrase on the subject, not on its verb (_phrase_host); only the subject
    of a verb told as done."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return []
    prep = ctx.tok(noun.head)
    if prep.lemma.lower() not in lemmas or prep.head == prep.i or prep.i == 0:
        return []
    bearer = ctx.tok(prep.head)
    # a passive's subject too ("The Palauan leader, on a state visit, was welcomed by ...")
    if bearer.dep not in _ANY_SUBJ or bearer.head == bearer.i or ctx.tok(prep.i - 1).text != ",":
        return []
    verb = ctx.tok(bearer.head)
    return [bearer] if verb.pos in ("VERB", "AUX") and _modality(ctx, verb) is None else []


def _thing_passive_agents(ctx: _Ctx, host: Token) -> list[Token]:
    """The by-phrase of a passive host whose subject is a thing no actor names ("The decision
    was announced by the Chilean ambassador after a meeting with Peru's minister": the
    ambassador met), as its active subject would be; a passive on a person or state ("Peru's
    minister was received by ...") keeps its own reading, and a deal signed by its parties after
    talks is theirs (host_agents, talks_with_verbs: n.talks_signed)."""
    subjects = ctx.kids(host.i, _PASSIVE_SUBJ)
    if host.lemma.lower() in ctx.rules.talks_with_verbs:
        return []
    if not subjects or any(
        t.i in ctx.by_token or t.pos == "PRON" for s in subjects for t in ctx.parse.subtree(s.i)
    ):
        return []
    return _agents(ctx, host)


def _passive_bearer(ctx: _Ctx, noun: Token, host: Token) -> list[Token]:
    """The passive subject a phrase set off by commas right after it belongs to, though the
    parser hangs the phrase on the verb ("Armenia's premier, on a two-day visit, was received
    by Georgia's speaker": the premier is on the visit, not the speaker the verb's doer is)."""
    prep = ctx.tok(noun.head)
    if prep.i == 0 or ctx.tok(prep.i - 1).text != ",":
        return []
    for s in ctx.kids(host.i, _PASSIVE_SUBJ):
        end = ctx.parse.subtree(s.i)[-1].i
        if end + 1 == prep.i - 1:
            return [s]
    return []


def _with_host(ctx: _Ctx, noun: Token, told: bool = True) -> Token | None:
    """The active verb, told as done, whose act a with-phrase on a noun qualifies ("built the
    camp with help from X"); the parser may hang the phrase on the act's object ("rebuilt the
    bridge with Japan's help") or on a participle of a noun the act governs ("deported them
    on a flight arranged with the help of Qatar"); only an act done to an object, so neither
    a verb of having or being ("has no problem with Chinese support") nor one the phrase
    completes ("disagreed with Ethiopian support")."""
    host = _pobj_host(ctx, noun, ("with",))
    if host is None:
        return None
    if host.pos == "NOUN" and host.dep == "dobj" and host.head != host.i:
        host = ctx.tok(host.head)
    for _ in range(3):
        # "deported 81 men convicted of crimes on a flight arranged with ...": a participle
        # may hang on a noun under another participle
        if host.dep != "acl" or host.tag != "VBN" or host.head == host.i:
            break
        host = _governing_verb(ctx, ctx.tok(host.head)) or host
    if (
        host.pos not in ("VERB", "AUX")
        or host.lemma.lower() in ("have", "be")
        or not ctx.kids(host.i, _OBJ)
        or ctx.kids(host.i, _PASSIVE_SUBJ)
        or (told and _modality(ctx, host) is not None)
    ):
        return None
    return host


def _apposed_partner(ctx: _Ctx, verb: Token, subjects: list[Token]) -> list[Mention]:
    """The state a subject's apposition names it the giver of ("Britain, Ghana's former
    colonial ruler", "China, the largest creditor of Zambia": apposed_partner_nouns); a
    pronoun's, in a clause its antecedent reports ("Britain, ..., said it would cancel").
    None when the act names a receiver that is no state ("would donate vaccines to its own
    provinces") or a place or people of its own ("for flood relief in Pakistan", "loans for
    African infrastructure", "the debts of the world's poorest countries")."""
    if any(
        k.dep == "dative" or (k.dep == "prep" and k.lemma.lower() == "to") for k in ctx.kids(verb.i)
    ):
        return []
    own = {t.i for s in subjects for t in ctx.parse.subtree(s.i)}
    if any(
        t.ent_type in ("GPE", "NORP", "LOC")
        or (t.tag == "NNS" and t.lemma.lower() in ("country", "nation", "state"))
        for t in ctx.parse.subtree(verb.i)
        if t.i not in own
    ):
        return []
    if all(s.pos == "PRON" for s in subjects) and verb.dep == "ccomp" and verb.head != verb.i:
        subjects = subjects + ctx.kids(verb.head, _SUBJ)
    roles = [
        a
        for s in subjects
        for a in ctx.kids(s.i, frozenset({"appos"}))
        if a.lemma.lower() in ctx.rules.apposed_partner_nouns
    ]
    owners = [k for a in roles for k in ctx.kids(a.i, frozenset({"poss"}))]
    owners += [o for a in roles for o in _preps(ctx, a, frozenset({"of", "to"}))]
    return _actors(ctx, owners, "target")


def _posted_group(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention names a body of envoys ("a Saudi delegation", "the IMF mission") or
    whose it is ("a Chinese trade delegation", "delegations from Saudi Arabia and Jordan"):
    posted_nouns."""
    head = ctx.tok(m.token_end - 1)
    if m.kind == "group":
        return head.lemma.lower() in ctx.rules.posted_nouns
    modified = _modifier_head(ctx, head)
    if modified is not None:
        return modified.lemma.lower() in ctx.rules.posted_nouns
    for _ in range(3):  # up through the conjuncts of the phrase ("from A and B")
        if head.dep != "conj" or head.head == head.i:
            break
        head = ctx.tok(head.head)
    if head.dep != "pobj" or head.head == head.i:
        return False
    prep = ctx.tok(head.head)
    return (
        prep.lemma.lower() in ("from", "of")
        and prep.head != prep.i
        and ctx.tok(prep.head).lemma.lower() in ctx.rules.posted_nouns
    )


def _igo_team(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention is an IGO named as the owner of a working party (igo_team_nouns: "A
    WHO team of 12 epidemiologists", "IAEA inspectors", "a team of IMF experts"): the party
    travels for the IGO as a body of envoys does (_posted_group). Only an IGO's: a state's
    team brings aid or plays sport."""
    if m.actor is None or m.actor.principal in _state_codes():
        return False
    head = ctx.tok(m.token_end - 1)
    modified = _modifier_head(ctx, head) or head
    return modified.lemma.lower() in ctx.rules.igo_team_nouns


def _travelling_companions(ctx: _Ctx, verb: Token) -> set[int]:
    """Tokens of the bodies set off by ", along with" after a trip made by a person or a body
    of envoys ("delegations from 24 countries had come to Cairo, along with the UN and the
    EU", "the Chilean minister came to Lima, along with the OAS"): they sent their people
    too, so they travel as the subject does (_trailing_partners; tourists or fans are no
    such subject)."""
    travellers = False
    for s in _subject_tokens(ctx, verb):
        m = ctx.by_token.get(s.i)
        travellers |= s.lemma.lower() in ctx.rules.posted_nouns or (
            m is not None and (m.kind in _PERSONISH or _posted_group(ctx, m))
        )
    return {t.i for t in _trailing_partners(ctx, verb)} if travellers else set()


def _state_travellers(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention is a group of a state's people who travel for it ("Chinese officials
    traveled to Canberra", "Iranian negotiators flew to Muscat"): traveller_nouns; tourists
    or students travel for no state."""
    head = ctx.tok(m.token_end - 1)
    # "Chilean and Bolivian officials arrived": the first of two joined modifiers
    modified = _modifier_head(ctx, head) if head.pos in ("ADJ", "PROPN") else None
    if m.kind != "group" and modified is None:
        return False
    return (modified or head).lemma.lower() in ctx.rules.traveller_nouns


def _modifier_head(ctx: _Ctx, t: Token) -> Token | None:
    """The noun a modifier token belongs to, through the modifiers joined to it ("Chilean and
    Bolivian delegations": "Bolivian" is joined to "Chilean", which modifies the noun)."""
    for _ in range(3):
        if t.dep != "conj" or t.head == t.i or ctx.tok(t.head).pos not in ("ADJ", "PROPN"):
            break
        t = ctx.tok(t.head)
    if t.dep in ("amod", "compound", "poss") and t.head != t.i:
        return ctx.tok(t.head)
    return None


def _declined_host(ctx: _Ctx, verb: Token) -> list[Token]:
    """The subject of the clause a refusal to attend is joined to, when that clause hosts a
    gathering: "Egypt opened a conference on Sudan, but Sudan declined to attend" (the
    refusal, with no object of its own, turns down the host); refusing_verbs,
    attending_verbs, hosting_verbs."""
    if verb.dep != "conj" or verb.head == verb.i:
        return []
    if verb.lemma.lower() not in ctx.rules.refusing_verbs or ctx.kids(verb.i, _OBJ):
        return []
    attend = [
        x
        for x in ctx.kids(verb.i, frozenset({"xcomp"}))
        if x.lemma.lower() in ctx.rules.attending_verbs
        and all(o.lemma.lower() == "part" for o in ctx.kids(x.i, _OBJ))
        and not _preps(ctx, x, frozenset({"in", "at", "to"}))
    ]
    host = ctx.tok(verb.head)
    gatherings = ctx.rules.gathering_nouns | ctx.rules.hosted_nouns
    if not attend or host.lemma.lower() not in ctx.rules.hosting_verbs | {"open"}:
        return []
    if not any(o.lemma.lower() in gatherings for o in ctx.kids(host.i, _OBJ)):
        return []
    return _subject_tokens(ctx, host)


def _trailing_partners(ctx: _Ctx, verb: Token) -> list[Token]:
    """States or bodies joined to the subject by ", along with" set off after the act ("The
    United States condemned the strike, along with Britain and France"): only a name or
    metonym heading the phrase ("along with Hezbollah positions" adds no actor), and not
    after a state as the direct object ("sanctioned Iran, along with Venezuela" may list
    the sanctioned)."""
    named = ("name", "metonym")
    if any(
        (m := ctx.by_token.get(o.i)) is not None and m.kind in named for o in ctx.kids(verb.i, _OBJ)
    ):
        return []
    out = []
    for k in ctx.kids(verb.i, _PREP):
        if k.i <= verb.i or ctx.tok(k.i - 1).text != ",":
            continue
        low = k.lemma.lower()
        if low in ctx.rules.accompanying_preps:
            heads = _pobjs(ctx, k)
        elif low in ctx.rules.accompanying_adverbs:
            heads = _preps(ctx, k, frozenset({"with"}))
        else:
            continue
        heads = [c for h in heads for c in _conjuncts(ctx, h)]  # "along with Britain and France"
        out += [h for h in heads if (m := ctx.by_token.get(h.i)) is not None and m.kind in named]
    return out


def _named_by_modifier(ctx: _Ctx, noun: Token) -> bool:
    """Whether a common noun names a state or body only by a word before it ("German tanks",
    "EU monitors", "UN peacekeepers": a mention of the noun with the name before it), not by
    itself or a possessive."""
    m = ctx.by_token.get(noun.i)
    if m is not None:
        return noun.pos == "NOUN" and m.token_start < noun.i and m.kind in ("group", "name")
    return any(
        k.i in ctx.by_token and k.i < noun.i for k in ctx.kids(noun.i, frozenset({"amod", "compound"}))
    )


def _premodifiers(ctx: _Ctx, noun: Token) -> list[Token]:
    """Words before a noun inside its noun phrase, nearest first, whatever the parse says.

    "Russian missile and drone attacks": the parser often splits a coordinated premodifier
    into two objects, so "Russian" never hangs under "attacks"; the surface string still
    shows whose attacks they are.
    """
    out = []
    stop = ctx.parse.sentences[noun.sent].token_start
    i = noun.i - 1
    while i >= stop:
        t = ctx.tok(i)
        if t.pos in ("ADJ", "NOUN", "PROPN", "CCONJ", "NUM") or t.dep == "case":
            out.append(t)
            i -= 1
            continue
        break
    return out


# nouns of what is heard, whose that-clause a feeling is about ("alarmed by reports that ...")
_HEARD_NOUNS = frozenset({"report", "news", "claim", "allegation", "account", "word"})


def _content_clauses(ctx: _Ctx, verb: Token) -> list[Token]:
    """The that-clauses a verb reports (_reported_clauses), once per verb: each clause pattern
    tried on it (content_clause, harm_clause, role_clause ...) asks for them."""
    return list(_memo(ctx, _reported_clauses, verb))


def _reported_clauses(ctx: _Ctx, verb: Token) -> list[Token]:
    """The that-clauses a verb reports: its ccomp, or one hung on "in a statement" under it.

    A clause of belief stands for the clause it holds ("said it believed that Ankara was
    violating ...", "said it was clear that Baku had violated ...": belief_words), and a verb
    joined to a clause with no subject of its own is one more ("said the IAEA had acted
    under pressure and was undermining ...").
    """
    out = [_believed(ctx, c) for c in ctx.kids(verb.i, _CCOMP)]
    for p in ctx.kids(verb.i, _PREP | frozenset({"agent"})):
        # "said in a statement that ...", and what a feeling is about: "was concerned by
        # reports that the Maldives had deported 40 workers" (_HEARD_NOUNS)
        lemma = p.lemma.lower()
        nouns = (
            ctx.rules.content_nouns
            if lemma in ("in", "through", "via")
            else _HEARD_NOUNS if lemma in ("by", "at", "over", "about") else frozenset()
        )
        for n in _pobjs(ctx, p):
            if n.lemma.lower() in nouns:
                out += _noun_clauses(ctx, n, relatives=nouns is _HEARD_NOUNS)
    return (
        out
        + [
            k
            for c in out
            for k in ctx.kids(c.i, frozenset({"conj"}))
            if k.pos in ("VERB", "AUX") and not ctx.kids(k.i, _ANY_SUBJ)
        ]
        + [k for c in out for k in _that_conjuncts(ctx, c, verb)]
        + [k for c in out for k in _quoted_conjuncts(ctx, c, verb)]
    )


def _own_act(ctx: _Ctx, verb: Token, conj: Token) -> bool:
    """Whether a verb's conjunct is an act of its own, each with its own object: "stepped up
    surveillance and was sharing information with Japan" (not "stepped up and expanded
    patrols near Russia", whose conjunct holds the shared object)."""
    return (
        conj.dep == "conj"
        and conj.pos in ("VERB", "AUX")
        and verb.pos in ("VERB", "AUX")
        and bool(ctx.kids(verb.i, _OBJ))
        and bool(ctx.kids(conj.i, _OBJ))
    )


def _done_to(ctx: _Ctx, subject: Token) -> set[int]:
    """Tokens of what a relative clause on a judged subject does its deed to: "said any trade
    that breaches Security Council resolutions is unacceptable", "any cooperation that helps
    Minsk is illegal" judge the unnamed doers, not the body or state acted on (the relative
    clause's own subject, "the strikes that Russia launched", still acts)."""
    return {
        t.i
        for r in ctx.kids(subject.i, _RELCL)
        for o in ctx.kids(r.i, _DONE_TO_DEPS)
        for t in ctx.parse.subtree(o.i)
    }


def _dealing_partners(ctx: _Ctx, subject: Token) -> set[int]:
    """Tokens of the partner a judged subject's dealings are with, or of the one its assault
    strikes: "warned that energy deals with Iran could trigger sanctions", "that any attack
    on Taiwan would be met with force" tell of whoever deals with Iran or attacks Taiwan
    (dealing_nouns, assault_nouns and assault_preps)."""
    noun = subject.lemma.lower()
    if noun in ctx.rules.dealing_nouns:
        preps: frozenset[str] = frozenset({"with"})
    elif noun in ctx.rules.assault_nouns:
        preps = ctx.rules.assault_preps
    else:
        return set()
    return {
        t.i
        for k in ctx.kids(subject.i, frozenset({"prep"}))
        if k.lemma.lower() in preps
        for t in ctx.parse.subtree(k.i)
    }


#: what a relative clause does its deed to (_done_to)
_DONE_TO_DEPS = _OBJ | frozenset({"dative", "prep"})


def _noun_clauses(ctx: _Ctx, noun: Token, relatives: bool = False) -> list[Token]:
    """The that-clauses a noun holds as its content ("a statement that ...", "reports that
    Uganda had closed the border"); with ``relatives`` also one parsed as a relative clause
    whose "that" is a mark, no argument ("the report that Uganda had shelled the border")."""
    deps = {"acl", "ccomp", "relcl"} if relatives else {"acl", "ccomp"}
    return [
        c
        for c in ctx.kids(noun.i, frozenset(deps))
        if c.pos in ("VERB", "AUX")
        and any(m.lemma.lower() == "that" for m in ctx.kids(c.i, frozenset({"mark"})))
    ]


def _quoted_conjuncts(ctx: _Ctx, clause: Token, verb: Token) -> list[Token]:
    """Clauses with subjects of their own joined to a clause quoted before its saying verb, all
    in the one quotation the sentence opens with: '"This is a deliberate decision, and Israel
    bears full responsibility for it," the spokesman told reporters' reports both. Outside a
    quotation a joined clause may be the narrator's ("said X attacked, and Y sent aid")."""
    first = ctx.parse.sentences[verb.sent].token_start
    if clause.i > verb.i or ctx.tok(first).text not in _QUOTE_MARKS:
        return []
    marks = [i for i in range(first, verb.i) if ctx.tok(i).text in _QUOTE_MARKS]
    if len(marks) != 2:
        return []
    return [
        k
        for k in ctx.kids(clause.i, frozenset({"conj"}))
        if k.pos in ("VERB", "AUX")
        and ctx.kids(k.i, _ANY_SUBJ)
        and max(t.i for t in ctx.parse.subtree(k.i)) < marks[1]
    ]


def _that_conjuncts(ctx: _Ctx, clause: Token, verb: Token) -> list[Token]:
    """Clauses joined to a reported clause with a "that" of their own: "said it respected
    Afghanistan's sovereignty but that Kabul must act" reports both. Only after a clause
    about the speaker itself or naming no actor ("said the talks had been useful and that
    Greece must ..."): its subject is then no second party the joined clause's act could be
    misread onto."""
    joined = [
        k
        for k in ctx.kids(clause.i, frozenset({"conj"}))
        if k.pos in ("VERB", "AUX") and ctx.kids(k.i, _ANY_SUBJ) and _marked(ctx, k, "that")
    ]
    if not joined:
        return []
    speaker = _named_principals(ctx, ctx.kids(verb.i, _SUBJ))
    told = _named_principals(ctx, ctx.kids(clause.i, _ANY_SUBJ))
    return joined if speaker and told <= speaker else []


def _denied_own_deeds(ctx: _Ctx, verb: Token, words: frozenset[str]) -> list[Token]:
    """A saying verb's reported clauses that deny a harm of the speaker's own side, told as
    done: the clause's verb one of ``words`` that codes a harm (deed_roots, _deed_fits) with
    its objects. "said its forces 'did not target Bangladesh'", "said its aircraft had not
    crossed any border" deny as "denied that ..." does; "would not cross" (a modal) pledges,
    and another state's deed denied ("said Thai troops had not fired") is no denial of the
    speaker's own."""
    speaker = _subject_principals(ctx, verb)
    return [
        c
        for c in _content_clauses(ctx, verb)
        if c.lemma.lower() in words
        and _negated(ctx, c)
        and not _has_modal(ctx, c)
        and _told_done(ctx, c)
        # a joined clause's subject is the first one's ("had been on a scheduled flight and
        # had not crossed any border")
        and (doers := _named_principals(ctx, _subject_tokens(ctx, c)))
        and doers <= speaker
        and _deed_fits(ctx, c, ctx.kids(c.i, _OBJ) + _preps(ctx, c, _DEED_PREPS))
    ]


def _told_done(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause tells a deed done: past ("did not target", "fired") or perfect ("had
    not crossed"); "does not conduct covert operations" or "is not seeking a crisis" tells a
    stance."""
    auxes = ctx.kids(clause.i, frozenset({"aux"}))
    return clause.tag == "VBD" or any(
        a.lemma.lower() == "have" or a.text.lower() == "did" for a in auxes
    )


def _harmless_denied(ctx: _Ctx, verb: Token, x: Token) -> bool:
    """Whether a denying verb's gerund tells an act that harms no one ("denied hosting French
    combat forces", "denied buying Turkish drones"): the state it names is no party of the
    denial, which answers its accuser; a denied harm ("denied attacking Nigerien troops",
    deed_roots, _deed_fits) still answers the state harmed."""
    return (
        verb.lemma.lower() in ctx.rules.denying_verbs
        and x.tag == "VBG"
        and not _deed_fits(ctx, x, ctx.kids(x.i, _OBJ))
    )


def _deed_fits(ctx: _Ctx, verb: Token, objs: list[Token]) -> bool:
    """Whether a pattern of a harm (deed_roots) fits a verb and its objects: "entered
    Estonian airspace" (v.enter_waters), "attacked the grid"; not "escorted Iranian tankers"
    (v.escort_drill_ship takes drill ships only)."""
    lemmas = {o.lemma.lower() for o in objs}
    return any(
        p.code[:2] in ctx.rules.deed_roots and (not p.objects or bool(lemmas & p.objects))
        for p in ctx.patterns.verbs.get(verb.lemma.lower(), ())
    )


def _named_principals(ctx: _Ctx, tokens: list[Token]) -> set[str]:
    """The principals of the actors named under tokens."""
    return {
        m.actor.principal
        for s in tokens
        for t in ctx.parse.subtree(s.i)
        if (m := ctx.by_token.get(t.i)) is not None and m.actor is not None
    }


def _believed(ctx: _Ctx, clause: Token) -> Token:
    """The clause a clause of belief holds ("it believed [that X was ...]", "it was clear
    [that X had ...]", "he was convinced [X had ...]"), else the clause itself."""
    words = ctx.rules.belief_words
    beliefs = [k for k in ctx.kids(clause.i, frozenset({"acomp"})) if k.lemma.lower() in words]
    if clause.lemma.lower() in words:
        beliefs.append(clause)
    if _negated(ctx, clause) or any(_negated(ctx, b) for b in beliefs):
        return clause  # "said it was not convinced that X was meddling": no charge
    # the held clause hangs on the verb or on its predicate ("was convinced [that ...]")
    inner = [c for b in beliefs for c in ctx.kids(b.i, frozenset({"ccomp"})) if c.i > b.i]
    if beliefs:
        inner += [c for c in ctx.kids(clause.i, frozenset({"ccomp"})) if c.i > clause.i]
    return inner[0] if inner else clause


def _asked_subjects(
    ctx: _Ctx, noun: Token, hung: Sequence[Token] = (), told: bool = False
) -> list[Token]:
    """Who a request noun's clause asks: the subject of its that-clause or infinitive ("the
    demand that Israel ease ...", "the call for Israel to ...", or ``hung`` clauses the parser
    put elsewhere); a that-clause only in the base form or with should/must, or with ``told``
    any clause of fact ("the accusation that India sponsored ..."). A relative clause ("the
    demand that Israel rejected") has no "that" mark and names no one; one with the mark is
    the clause misread after a time phrase ("its accusation on Monday that India ...")."""
    clauses = [
        c
        for c in ctx.kids(noun.i, frozenset({"acl", "advcl", "relcl"}))
        if _infinitive(ctx, c) or (_that_opened(ctx, c) and (told or _mandative(ctx, c)))
    ] + list(hung)
    subjects = [s for c in clauses for s in ctx.kids(c.i, _SUBJ)]
    if not subjects and any(_infinitive(ctx, c) for c in clauses):
        # "its demand for Israel to pull back", read as a for-phrase and an infinitive
        subjects = _preps(ctx, noun, frozenset({"for"}))
    return subjects


def _that_opened(ctx: _Ctx, t: Token) -> bool:
    """A clause opened by "that": its mark, or a "that" tagged a conjunction that the parser
    hung as the clause verb's object ("its demand that Somalia hand over the suspects"); a
    relative "that" is tagged WDT ("the demand that Somalia rejected")."""
    if _marked(ctx, t, "that"):
        return True
    return any(k.i < t.i and k.tag == "IN" and k.lemma.lower() == "that" for k in ctx.kids(t.i))


def _mandative(ctx: _Ctx, t: Token) -> bool:
    """A clause in the base form or with should/must states what is asked, not a fact; a
    present without -s after a singular subject ("that India extradite") is the base form,
    and so is a verb the tagger took for a noun that has a subject ("that Sudan ease
    restrictions": no noun has one)."""
    if t.tag in ("VBP", "NN") and any(s.tag in ("NNP", "NN") for s in ctx.kids(t.i, _SUBJ)):
        return True
    return t.tag == "VB" or any(
        a.dep == "aux" and a.lemma.lower() in ("should", "must") for a in ctx.kids(t.i)
    )


def _own_future_clauses(ctx: _Ctx, verb: Token) -> list[Token]:
    """That-clauses after the verb in which its subject tells what it will do: "Turkey
    threatened that it would block Sweden's bid" reads as "threatened to block" (an affirmed
    clause with a future modal whose subject is the verb's subject's principal)."""
    if verb.lemma.lower() in ctx.rules.denying_verbs:
        return []  # "Morocco denied it would close its border": no act told
    own = _subject_principals(ctx, verb)
    if not own:
        return []
    return [
        c
        for c in _modal_clauses_after(ctx, verb, ctx.rules.future_modals)
        if any(_principal(m) in own for m in _actors(ctx, ctx.kids(c.i, _SUBJ), "source"))
    ]


def _modal_clauses_after(ctx: _Ctx, verb: Token, modals: frozenset[str]) -> list[Token]:
    """The affirmed that-clauses after a verb whose own verb has one of ``modals``."""
    return [
        c
        for c in ctx.kids(verb.i, frozenset({"ccomp"}))
        if c.i > verb.i
        and not _negated(ctx, c)
        and any(a.dep == "aux" and a.text.lower() in modals for a in ctx.kids(c.i))
    ]


def _held_until(
    ctx: _Ctx, verb: Token, lemmas: Collection[str], refused: bool = False
) -> list[Token]:
    """Who must act for a measure to end: the subject of an until-clause on a will/would
    clause of one of ``lemmas`` the verb reports ("Tanzania said the ban would stay in force
    until Kenya lifted its own measure": Kenya), when that clause's own subject is no other
    state than the speaker (a measure, not "said Kenya would remain isolated until ...")
    and the one asked is not the speaker. With ``refused``, the clause is a negated act held
    back until (or unless) another acts ("said Bissau would not discuss patrols until Dakar
    apologized": Dakar); no ``lemmas`` takes any act."""
    own = _subject_principals(ctx, verb)
    if not own:
        return []
    marks = ("until", "unless") if refused else ("until",)
    out = []
    for c in _content_clauses(ctx, verb):
        if (lemmas and c.lemma.lower() not in lemmas) or _negated(ctx, c) != refused:
            continue
        if not any(
            a.dep == "aux" and a.text.lower() in ctx.rules.future_modals for a in ctx.kids(c.i)
        ):
            continue
        if any(_principal(m) not in own for m in _actors(ctx, ctx.kids(c.i, _SUBJ), "source")):
            continue
        for k in ctx.kids(c.i, frozenset({"advcl"})):
            if not any(_marked(ctx, k, w) for w in marks):
                continue
            asked = [
                s
                for s in ctx.kids(k.i, _SUBJ)
                if not any(_principal(m) in own for m in _actors(ctx, [s], "source"))
            ]
            agentless = bool(ctx.kids(k.i, frozenset({"auxpass"}))) and not _agents(ctx, k)
            if refused and agentless and not _actors(ctx, asked, "source"):
                # "would not approve new defense deals with Washington until the claims were
                # addressed": an agentless passive names no one asked, so the partner of the
                # act held back is (its with-phrase, or its object's)
                asked = [
                    o
                    for o in _own_or_object_preps(ctx, c, frozenset({"with"}))
                    if any(_principal(m) not in own for m in _actors(ctx, [o], "source"))
                ]
            out += asked
    return out


def _blamed_holders(ctx: _Ctx, verb: Token, words: Collection[str]) -> list[Token]:
    """Who a reported clause lays the fault on: the possessor or of-phrase of a predicate noun
    of ``words`` ("said the deadlock was Egypt's fault", "was the fault of Uganda"), or the
    with-phrase of a verb of ``words`` whose subject is one ("said the blame lay with
    Cairo"); affirmed and told as fact, never the speaker's own state ("was its own fault")."""
    own = _subject_principals(ctx, verb)
    out = []
    for c in _content_clauses(ctx, verb):
        if _negated(ctx, c) or _has_modal(ctx, c):
            continue
        if c.lemma.lower() == "be":
            nouns = [a for a in ctx.kids(c.i, frozenset({"attr"})) if a.lemma.lower() in words]
            held = [h for n in nouns for h in ctx.kids(n.i, frozenset({"poss"}))]
            held += [h for n in nouns for h in _preps(ctx, n, frozenset({"of"}))]
        elif c.lemma.lower() in words and any(
            s.lemma.lower() in words for s in ctx.kids(c.i, _SUBJ)
        ):
            held = _preps(ctx, c, frozenset({"with"}))
        else:
            continue
        out += [
            h
            for h in held
            if (m := ctx.by_token.get(h.i)) is not None
            and m.actor is not None
            and _principal(m) not in own
        ]
    return out


def _own_unaimed_acts(ctx: _Ctx, verb: Token) -> list[Token]:
    """_own_future_clauses whose act names no party beside its subject and its condition
    ("warned that it would start drilling if Kuwait ..."; not "that it would expel the
    Colombian ambassador if ...", a threat its act's own pattern codes)."""
    own = _subject_principals(ctx, verb)
    out = []
    for c in _own_future_clauses(ctx, verb) + _agentless_measures(ctx, verb):
        acts = [c, *ctx.kids(c.i, frozenset({"xcomp"}))]
        conditions = [a for h in acts for a in ctx.kids(h.i, frozenset({"advcl"}))]
        told = {t.i for k in conditions for t in ctx.parse.subtree(k.i)}
        # "would start drilling on its side of the field": its own mentions name no party;
        # "would suspend the two countries' joint commission if Harare did not agree": a
        # pair of itself and the condition's party names no third one
        mentions = [
            m
            for t in ctx.parse.subtree(c.i)
            if t.i not in told and (m := ctx.by_token.get(t.i)) is not None
        ]
        pairs = {a.principal for m in mentions for a in m.members}
        parties = {_principal(m) for k in told if (m := ctx.by_token.get(k)) is not None}
        # "would suspend a trade route through Afghanistan unless the Taliban ...": the way
        # crosses the condition's party, a place, no third party
        named = {
            _principal(m)
            for m in mentions
            if not m.members and not (_transit_place(ctx, m) and _principal(m) in parties)
        }
        if not named - own and not pairs - own - parties:
            out.append(c)
    return out


def _agentless_measures(ctx: _Ctx, verb: Token) -> list[Token]:
    """That-clauses after the verb that tell a measure in the passive with no agent and no
    actor in its subject, under a modal ("warned that cooperation 'could be reviewed' if the
    U.N. kept ...", "cautioned that visas would be suspended unless ..."): the speaker's
    side is who would take it, as "that it would review cooperation" tells."""
    if verb.lemma.lower() in ctx.rules.denying_verbs or not _subject_principals(ctx, verb):
        return []
    return [
        c
        for c in _modal_clauses_after(ctx, verb, ctx.rules.modals)
        if ctx.kids(c.i, frozenset({"nsubjpass"}))
        and not ctx.kids(c.i, frozenset({"agent"}))
        and not any(
            t.i in ctx.by_token
            for n in ctx.kids(c.i, frozenset({"nsubjpass"}))
            for t in ctx.parse.subtree(n.i)
        )
    ]


def _transit_place(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention is the object of a way's preposition ("through Afghanistan")."""
    return _pobj_host(ctx, ctx.tok(m.token_end - 1), ctx.rules.transit_preps) is not None


def _named_carrier(ctx: _Ctx, carrier: Token) -> bool:
    """Whether a statement or report names its author on itself ("a U.N. report", "the
    Foreign Ministry statement"): the relative clause on it is then said by that name."""
    mods = ctx.kids(carrier.i, frozenset({"compound", "amod", "nmod", "poss"}))
    return carrier.i in ctx.by_token or any(m.i in ctx.by_token for m in mods)


def _carrier_sender(ctx: _Ctx, carrier: Token, depth: int) -> list[Token]:
    """Who sent a note or statement: its possessor, the agent of the passive verb it is told
    with ("was announced by Peru's Foreign Ministry in a statement ..."), or that verb's
    subject."""
    poss = ctx.kids(carrier.i, _POSS)
    if poss:
        return poss
    host = ctx.tok(carrier.head)
    if carrier.dep == "pobj" and host.head != host.i:
        host = ctx.tok(host.head)
    agents = [p for a in ctx.kids(host.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
    return agents or _clause_subject(ctx, carrier, depth)


def _clause_subject(ctx: _Ctx, t: Token, depth: int) -> list[Token]:
    """Subject of the clause a non-verb token (adjective, noun) sits in."""
    cur = t
    for _ in range(3):
        if cur.pos in ("VERB", "AUX"):
            return _subject_tokens(ctx, cur, depth + 1)
        if cur.head == cur.i:
            return []
        cur = ctx.tok(cur.head)
    return []


def _rootless_subject(ctx: _Ctx, verb: Token) -> Token | None:
    """The subject of a verb the parser read as a modifier of its object, or of its root verb.

    "Azerbaijan hosted talks between Armenia and Georgia" may come out as a noun phrase
    ("talks" the root, "hosted" its modifier, amod) or as a subjectless root verb, with
    "Azerbaijan" hung on the verb either way (npadvmod). Only a name right before the verb (no
    hyphen: "Qatar-brokered talks" is a modifier), and a root noun after it.
    """
    if verb.tag not in ("VBD", "VBN", "VBZ") or verb.i == 0:
        return None
    if verb.dep == "amod" and verb.head != verb.i:
        head = _modified_noun(ctx, verb)
        if head.pos not in ("NOUN", "PROPN") or head.i < verb.i:
            return None
        # "..., and South Korea voiced concern": a clause read as a modifier keeps its subject;
        # "Pakistan voiced concern.": the subject hangs on the root noun
        own = [k for k in ctx.kids(verb.i, frozenset({"nsubj"})) if _named_actor(ctx, k)]
        if head.head == head.i:
            own += [k for k in ctx.kids(head.i, frozenset({"nsubj"})) if _named_actor(ctx, k)]
        for k in own:
            if k.i == verb.i - 1 and k.i > ctx.dateline_end:
                return k
            if k.i > ctx.dateline_end and _titled(ctx, k, verb.i):
                # "The U.N. secretary-general held talks": a title whose last word the parser
                # hung on its first ends right before the verb
                return k
        if head.head != head.i and not _dateline_hung(ctx, head):
            return None
        before = ctx.tok(verb.i - 1)
        if (
            before.head == head.i
            and before.dep in ("amod", "compound", "nmod", "npadvmod")
            and before.i > ctx.dateline_end
            and _named_actor(ctx, before)
            and _titled(ctx, before, verb.i)
        ):
            # "NATO's secretary-general held talks with ...": the title's last word, read as a
            # modifier of the root noun beside the verb, is the subject
            return before
    elif (
        verb.dep == "conj"
        and verb.head != verb.i
        and (ctx.tok(verb.head).head == verb.head or _dateline_hung(ctx, ctx.tok(verb.head)))
        and ctx.tok(verb.head).pos == "NOUN"
        and not ctx.kids(verb.i, _ANY_SUBJ)
    ):
        # "... held talks with Finland's president and invited the Nordic country to join":
        # a verb joined to a root noun whose modifying verb has a misread subject shares it
        for v in ctx.kids(verb.head, frozenset({"amod"})):
            if v.pos == "VERB" and v.i < verb.i and v.i > 0:
                shared = _rootless_subject(ctx, v)
                if shared is not None:
                    return shared
        return None
    elif verb.head != verb.i or verb.tag == "VBN" or ctx.kids(verb.i, _ANY_SUBJ):
        return None
    for k in ctx.kids(verb.i, frozenset({"npadvmod", "nsubj"})):
        # "Qatar's emir hosted Iran's president": a title before a misread root acts too
        named = k.pos == "PROPN" or (verb.dep == "amod" and _named_actor(ctx, k))
        if k.i == verb.i - 1 and named and k.i > ctx.dateline_end:
            return k
    return None


def _misread_head(ctx: _Ctx, verb: Token) -> list[Token]:
    """The object of a root the parser read as a modifier of it: "Qatar's emir hosted Iran's
    president" ("president" the root, "hosted" its amod, with a subject: _rootless_subject)."""
    if verb.dep != "amod" or verb.head == verb.i or _rootless_subject(ctx, verb) is None:
        return []
    return [_modified_noun(ctx, verb)]


def _modified_noun(ctx: _Ctx, verb: Token) -> Token:
    """The noun a modifier's phrase ends in: "hosted Iran's president" read as a modifier of
    "Iran" modifies "president", the possessor's head."""
    head = ctx.tok(verb.head)
    while head.dep == "poss" and head.head != head.i and head.head > head.i:
        head = ctx.tok(head.head)
    return head


def _dateline_hung(ctx: _Ctx, t: Token) -> bool:
    """Whether the parser hung a sentence's root word on its dateline ("OSLO — NATO's ...")."""
    return t.head != t.i and t.i > ctx.dateline_end >= t.head


def _titled(ctx: _Ctx, t: Token, end: int) -> bool:
    """Whether a token lies in a title the actors stage read ("NATO's secretary-general")
    that ends right before token ``end``."""
    m = ctx.by_token.get(t.i)
    return m is not None and m.kind == "title" and m.token_end == end


def _named_actor(ctx: _Ctx, t: Token) -> bool:
    """Whether a token is a name that stands for an actor ("Pakistan", even tagged ADJ)."""
    m = ctx.by_token.get(t.i)
    return m is not None and m.actor is not None and t.pos in ("PROPN", "ADJ", "NOUN")


def _contrasted_clause(ctx: _Ctx, host: Token, clause: Token) -> bool:
    """Whether ``clause`` is a clause with a subject of its own set against ``host`` after it
    ("praised Sweden's reforms, while it still blocked Stockholm's bid": contrast_marks), or
    told beside it ("agreed to resume drills as Peru's president made his first visit to
    Santiago": concurrent_marks)."""
    if clause.dep != "advcl" or clause.head == clause.i:
        return False
    head = ctx.tok(clause.head)
    while head.i != host.i and head.dep in ("xcomp", "conj") and head.head != head.i:
        # "agreed to build a supply chain and to double visas, as ...": the act it is told by
        head = ctx.tok(head.head)
    return (
        head.i == host.i
        and clause.i > host.i
        and bool(ctx.kids(clause.i, _SUBJ))
        and any(
            k.lemma.lower() in ctx.rules.contrast_marks
            or k.lemma.lower() in ctx.rules.concurrent_marks
            for k in ctx.kids(clause.i, frozenset({"mark"}))
        )
    )


def _misread_clause(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun is the object of a clause the parser read as a noun phrase ("and South
    Korea voiced concern": "concern" with "voiced" as its modifier, which has a subject)."""
    return any(
        k.pos == "VERB" and _rootless_subject(ctx, k) is not None
        for k in ctx.kids(noun.i, frozenset({"amod"}))
    )


def _hyphen_agent(ctx: _Ctx, verb: Token) -> Token | None:
    """The name a hyphen joins to a participle before its noun: "Qatar-brokered talks"."""
    if verb.dep != "amod" or verb.tag != "VBN" or verb.i < 2 or ctx.tok(verb.i - 1).tag != "HYPH":
        return None
    for k in ctx.kids(verb.i, frozenset({"npadvmod", "compound", "nmod"})):
        if k.i == verb.i - 2 and k.i in ctx.by_token:
            return k
    return None


def _joined_clause_subjects(ctx: _Ctx, subjects: list[Token]) -> list[Token]:
    """A verb's subjects, less one of an earlier clause the parser hung on it: "Scores of
    vessels, many of them Chinese, fish for crab each spring ..., and Seoul has accused
    Pyongyang" gives "accused" two subjects, the first carrying the "and" that opens the verb's
    own clause and an adverb of time only a verb takes ("each spring"); not "Germany, which has
    sent tanks, and France pledged": one subject the parser split."""
    if len(subjects) < 2:
        return subjects
    last = subjects[-1]
    for k in subjects[:-1]:
        joined = any(c.i < last.i for c in ctx.kids(k.i, frozenset({"cc"})))
        if joined and ctx.kids(k.i, frozenset({"npadvmod"})):
            return [last]
    return subjects


def _misread_gerund(ctx: _Ctx, verb: Token) -> bool:
    """Whether a gerund the parser made a clause of its own stands right after a nationality
    it took for a preposition's object ("a complaint with the Security Council over
    Azerbaijani shelling of villages"): a noun phrase, whose act borrows neither the
    complainant as its doer nor the venue as its target."""
    if verb.tag != "VBG" or verb.i == 0 or ctx.kids(verb.i, _SUBJ):
        return False
    prev = ctx.tok(verb.i - 1)
    return prev.ent_type == "NORP" and prev.dep == "pobj" and prev.head != verb.i


def _ranked_doer(ctx: _Ctx, head: Token, depth: int) -> list[Token]:
    """Who an infinitive on a ranking phrase predicates the act of: "Turkey's president was
    the first foreign leader to congratulate Trump", "was among the first to call Ruiz": the
    subject of the copula the phrase is the attribute of (parties._rank_host). A subject
    that names no actor ("Ana Ruiz is the first Chilean minister to visit Peru", of a person
    the text never places) leaves it to the phrase's own ("the first Chilean minister")."""
    if head.dep == "appos" and head.head != head.i and _ranked(ctx, head):
        # "Ruiz, the first Peruvian minister to visit Chile in 15 years, was received by ...":
        # the noun the rank phrase is set beside does the act, as a copula's subject does
        return [ctx.tok(head.head)]
    up = _rank_host(ctx, head)
    if up is None:
        return []
    subject = _subject_tokens(ctx, up, depth + 1)
    if subject and not _actors(ctx, subject, "source") and _actors(ctx, [head], "source"):
        return [head]
    return subject


def _subject_tokens(ctx: _Ctx, verb: Token, depth: int = 0) -> list[Token]:
    """Who does the action of verb: its subject, or the controller of a bare clause."""
    cut = _cut_subject(ctx, verb) or _rootless_subject(ctx, verb)
    if cut is not None:
        return [cut]
    contact = _contact_clause(ctx, verb)
    if contact is not None:
        return [contact[0]]  # "the aid Egypt sent to Sudan": the name before the verb
    if _misread_gerund(ctx, verb):
        return []  # "protested over Russian shelling": a noun phrase, no clause of its own
    subj = []
    for k in _joined_clause_subjects(ctx, ctx.kids(verb.i, _SUBJ)):
        if k.i > ctx.dateline_end:
            subj.append(k)
        else:  # "LIMA, Peru — U.S. President Joe Biden met ...": the name after the dateline
            subj += [a for a in ctx.kids(k.i, frozenset({"appos"})) if a.i > ctx.dateline_end]
    if subj:
        out = []
        for s in subj:
            carrier = _carrier(ctx, verb) if s.tag in ("WDT", "WP") else None
            if carrier is not None and not _named_carrier(ctx, carrier):
                # "issued a statement that accused Bolivia of ...": the words' sender, as
                # "a statement accusing" (below)
                out += _carrier_sender(ctx, carrier, depth)
            elif s.tag in ("WDT", "WP") and verb.dep == "relcl":
                out += _relative_subjects(ctx, s, verb)
            else:
                out += _own_clause_conjuncts(ctx, s, subj)
        return out
    if verb.head == verb.i:
        return _spliced_subject(ctx, verb)
    if depth > 3:
        return []
    head = ctx.tok(verb.head)
    dep = verb.dep
    if dep == "conj" or _loose_conjunct(ctx, verb):
        speaker = _reporter(ctx, verb)
        if speaker:
            return speaker
        stolen = _subject_before(ctx, verb)
        if stolen is not None:
            return [stolen]
        host = _relative_run_on(ctx, verb)
        if host is not None:
            return [host]
        summing = _summing_subject(ctx, verb, head)
        if summing is not None:
            return [summing]
        # "has invited Japan to lead its mission and has turned down an offer": Samoa's
        head = _finite_infinitive_host(ctx, verb) or _conj_host(ctx, verb) or head
        return _subject_tokens(ctx, head, depth + 1) or ctx.kids(head.i, _PASSIVE_SUBJ)
    if dep == "xcomp" or (dep in ("ccomp", "advcl") and _infinitive(ctx, verb)):
        decider = _decider(ctx, head, verb) if dep == "advcl" else []
        if decider:
            return decider
        if head.pos in ("VERB", "AUX"):
            objs = ctx.kids(head.i, _OBJ)
            # "urged Japan to act": Japan acts; "summoned Japan's envoy to protest": the
            # summoner protests (only verbs of asking and making hand the act to the object;
            # a deal binding it also when the parser hangs the act on it as a purpose)
            if (
                objs
                and (dep == "xcomp" or (dep == "advcl" and _purpose_bound(ctx, head, verb)))
                and head.lemma.lower() in ctx.rules.object_control_verbs
                and not _call_purpose(ctx, head, verb)
                and not _directed_bodies(ctx, head, objs)
            ):
                return objs
            if (
                dep == "xcomp"
                and verb.tag == "VBG"
                and objs
                and objs[0].i < verb.i
                and not any(_time_noun(ctx, o) for o in objs)
            ):
                # "condemned Russia's barrage of missiles targeting Ukraine", "saw Serbian
                # troops crossing the line": a participle after the object is the object's
                # act (the parser's xcomp), not the subject's ("spent weeks negotiating" is)
                return objs
            own = _subject_tokens(ctx, head, depth + 1)
            plans = ctx.rules.arranged_governors
            if not own and dep == "xcomp" and {head.lemma.lower(), head.text.lower()} & plans:
                # "the United States is set to deliver", "Scholz is scheduled to meet Xi": an
                # arrangement's passive subject does what is arranged
                return ctx.kids(head.i, _PASSIVE_SUBJ)
            return own
        if head.pos == "ADJ":  # "he is ready to meet"
            return _clause_subject(ctx, head, depth)
        return []
    if dep == "acomp" and head.pos in ("VERB", "AUX"):  # "we are disappointed by ..."
        return _subject_tokens(ctx, head, depth + 1)
    if _fronted_participle(ctx, verb):
        return [k for k in _subject_tokens(ctx, head, depth + 1) if k.i != verb.i]
    if dep == "advcl" and verb.tag in ("VBG", "VBN") and head.pos in ("VERB", "AUX"):
        asker = _asker_of_aside(ctx, head, verb, depth + 1)
        asker = asker or _speaker_of_aside(ctx, head, verb, depth + 1)
        return asker or _subject_tokens(ctx, head, depth + 1)
    if dep == "pcomp" and (head.pos == "ADP" or head.dep == "prep") and head.head != head.i:
        # "Upon arriving in Seoul, ...": the parser may tag the preposition SCONJ
        host = ctx.tok(head.head)
        objs = ctx.kids(host.i, _OBJ)
        if (
            objs
            and host.lemma.lower() in ctx.rules.object_pcomp_verbs
            and head.lemma.lower() in ("of", "for", "from", "over")
            and objs[0].i < head.i
        ):
            # "accused China of supporting Russia", "thanked Poland for hosting refugees":
            # the object, not the subject, does what the gerund says
            return objs
        punished = _penalized(ctx, host, objs) if head.lemma.lower() == "for" else []
        if punished and punished[0].i < head.i:
            # "imposed sanctions on Iran for supplying drones to Russia": the one a penalty
            # is put on did what it is for
            return punished
        if (
            objs
            and host.lemma.lower() in ctx.rules.quoting_verbs
            and head.lemma.lower() == "as"
            and objs[0].i < head.i
            and _actors(ctx, objs, "source")
        ):
            # "quoted Iran's army chief as warning Israel": the one quoted speaks (an unnamed
            # "a ministry spokesperson" leaves it to the agency that quotes, as before)
            return objs
        quoted = ctx.kids(host.i, _PASSIVE_SUBJ)
        if (
            quoted
            and host.lemma.lower() in ctx.rules.quoting_verbs
            and head.lemma.lower() == "as"
            and _actors(ctx, quoted, "source")
        ):
            return quoted  # "A Taiwanese ministry spokesperson was quoted as calling ..."
        own = _clause_subject(ctx, host, depth)
        if not own and head.lemma.lower() in ctx.rules.sequence_preps:
            # "the Maltese president was welcomed at the palace before holding talks with
            # ...": the one a passive host tells of does the act set in sequence with it
            return ctx.kids(host.i, _PASSIVE_SUBJ)
        return own
    carrier = _carrier(ctx, verb) if dep == "acl" and verb.tag == "VBG" else None
    if carrier is not None:
        # "a note demanding reparations"; "handed a note to Peru's ambassador demanding ...",
        # the participle hung on the addressee: the note's words, its sender's
        return _carrier_sender(ctx, carrier, depth)
    if dep == "acl" and verb.tag == "VBG" and head.lemma.lower() in ctx.rules.enacted_nouns:
        # "an Irish law banning imports", "Chile's decree barring trucks": the rule's maker,
        # named on it; a rule the clause's subject only handles ("unless Brussels softened a
        # law banning imports linked to deforestation") is left to the adopting patterns
        makers = [
            k for k in ctx.kids(head.i, _OWNER_MODS) if k.dep == "poss" or k.i in ctx.by_token
        ]
        if makers:
            return makers
    if dep == "acl" and verb.tag == "VBG" and head.pos in ("NOUN", "PROPN") and verb.i > head.i:
        # "North Korean troops moving into Kursk", "a Chinese delegation visiting Japan":
        # the noun an -ing participle follows is who does it
        return [head]
    if dep in ("acl", "relcl") and _infinitive(ctx, verb):
        ranked = _ranked_doer(ctx, head, depth)
        if ranked:
            return ranked
    if dep == "acl" and _infinitive(ctx, verb) and head.pos in ("NOUN", "PROPN"):
        # "announced plans to invest $7 billion in Egypt": a plan its maker makes known
        # (plan_making_verbs) is its own, as a decision is (the plan's modality stays:
        # intent); not one only held or denied ("denied it had plans to ...")
        # So is a readiness its holder voices ("expressed willingness to reopen its embassy
        # in Syria": readiness_nouns, readiness_voicing_verbs)
        deciding = ctx.rules.deciding_nouns
        teller = ctx.tok(head.head).lemma.lower() if head.dep == "dobj" else ""
        if teller in ctx.rules.plan_making_verbs:
            deciding = deciding | ctx.rules.plan_nouns
        elif teller in ctx.rules.readiness_voicing_verbs:
            deciding = deciding | ctx.rules.readiness_nouns
        if (
            head.lemma.lower() in deciding
            and head.head != head.i
            and ctx.tok(head.head).lemma.lower()
            in ctx.rules.revoking_verbs | ctx.rules.cancelling_verbs
        ):
            return []  # "reversed its decision to deport ...": the act is not done
        agent = _noun_agent(ctx, head, verb.i)
        if agent:
            return agent
        if (
            head.lemma.lower() in deciding
            and head.head != head.i
            # "Jordan criticized the decision to deport ...": one who judges a decision
            # told with no author did not take it
            and ctx.tok(head.head).lemma.lower() not in ctx.rules.answering_verbs
        ):
            return _clause_subject(ctx, ctx.tok(head.head), depth)
        seeker = _leave_seeker(ctx, head) if head.lemma.lower() in ctx.rules.leave_nouns else None
        if seeker is not None:
            # "would ask the court for permission to join the case": the seeker's own act
            return _clause_subject(ctx, seeker, depth)
    return []


def _subject_principals(ctx: _Ctx, verb: Token) -> set[str]:
    """The principal actors of the verb's subjects (``_subject_tokens``)."""
    return {_principal(m) for m in _actors(ctx, _subject_tokens(ctx, verb), "source")} - {""}


def _relative_subjects(ctx: _Ctx, pronoun: Token, clause: Token) -> list[Token]:
    """Who does the act of a relative clause whose subject is "which"/"who": the noun it
    hangs on, alone when a conjunct of that noun follows the clause ("Britain, which
    criticized Iran, and Canada": the pronoun, read as Britain alone by _actors_of), with the
    names before it when it closes a subject list and its verb is not singular ("Brazil and
    Colombia, which had pressed Caracas, ...": both; "..., which borders Peru": one)."""
    noun = ctx.tok(clause.head)
    marks = [clause] + ctx.kids(clause.i, frozenset({"aux", "auxpass"}))
    singular = any(m.tag == "VBZ" or m.text.lower() == "was" for m in marks)
    if pronoun.tag == "WP" and (
        noun.lemma.lower() in ctx.rules.witness_nouns or (singular and noun.tag == "NNS")
    ):
        # "by the two ministers in the presence of Tajikistan's president and Uzbekistan's
        # prime minister, who was on a visit": "who" the parser hung on a witness noun or on
        # a plural before a singular verb is the last person named before it
        near = _last_person_before(ctx, noun, pronoun)
        if near is not None:
            return [near]
    office = _office_of_seat(ctx, noun)
    if office is not None and pronoun.lemma.lower() in ("which", "that"):
        # "criticism from Russia's embassy in Nairobi, which accused Estonia": the office
        # does the act, not the city it sits in that the parser hung the clause on
        return [office]
    end = max(t.i for t in ctx.parse.subtree(clause.i))
    if any(k.i > end for k in ctx.kids(noun.i, frozenset({"conj"}))):
        return [pronoun]
    first = noun
    while first.dep == "conj" and first.head != first.i and first.head < first.i:
        first = ctx.tok(first.head)
    if first.i == noun.i or first.dep not in ("nsubj", "nsubjpass") or noun.i not in ctx.by_token:
        return [noun]
    if any(ctx.tok(i).dep in ("relcl", "acl", "appos") for i in range(first.i, noun.i)):
        return [noun]  # "Britain, which ..., and Canada, which ...": a clause each
    if singular:
        return [noun]
    return [first]


def _office_of_seat(ctx: _Ctx, noun: Token) -> Token | None:
    """The office noun (office_nouns) a place sits under as "in"'s object ("Russia's embassy
    in Nairobi"), when the office is an actor's mention; else None."""
    prep = ctx.tok(noun.head)
    if noun.dep != "pobj" or prep.text.lower() != "in" or prep.head == prep.i:
        return None
    office = ctx.tok(prep.head)
    if office.lemma.lower() not in ctx.rules.office_nouns or office.i not in ctx.by_token:
        return None
    return office


def _last_person_before(ctx: _Ctx, noun: Token, pronoun: Token) -> Token | None:
    """The head of the last person's mention between a noun and a relative pronoun after it,
    inside the noun's phrase ("the ministers in the presence of X's president and Y's prime
    minister, who ...": the prime minister), or None."""
    inside = {t.i for t in ctx.parse.subtree(noun.i)}
    for i in range(pronoun.i - 1, noun.i, -1):
        m = ctx.by_token.get(i)
        if i in inside and m is not None and m.kind in _PERSONISH and ctx.tok(i).pos != "PART":
            return ctx.tok(m.token_end - 1)
    return None


def _own_clause_conjuncts(ctx: _Ctx, subj: Token, subjects: list[Token]) -> list[Token]:
    """A subject, or the names joined to it after a clause of its own the parser took for a
    participle ("Brazil, whose border touches both, offered to mediate, and the United States
    urged Colombia": the United States urges): an active verb with an object or infinitive
    and no agent, set off by commas."""
    own = [
        a
        for a in ctx.kids(subj.i, _ACL)
        if a.tag in ("VBD", "VBN")
        and ctx.kids(a.i, _OBJ | frozenset({"xcomp", "ccomp"}))
        and not ctx.kids(a.i, frozenset({"agent", "auxpass"}))
        and ctx.tok(a.i - 1).text == ","
    ]
    if not own:
        return [subj]
    later = [c for c in ctx.kids(subj.i, frozenset({"conj"})) if c.i > own[0].i]
    if any(k.i > own[0].i for k in subjects):
        return []  # the other subject is the verb's own
    return later or [subj]


def _fronted_participle(ctx: _Ctx, verb: Token) -> bool:
    """Whether an -ing clause the parser took as its head's subject is set before it by a comma.

    "Visiting Kyiv on Tuesday, the Dutch prime minister pledged ...": the head has a subject of
    its own after the comma, so the clause is adverbial and that subject visits.
    """
    if verb.dep != "csubj" or verb.tag != "VBG" or verb.head == verb.i or verb.head < verb.i:
        return False
    subj = [k for k in ctx.kids(verb.head, frozenset({"nsubj", "nsubjpass"})) if k.i > verb.i]
    return bool(subj) and any(
        ctx.tok(i).text == "," and ctx.tok(i).head == verb.head for i in range(verb.i, subj[0].i)
    )


def _apposed_participle(ctx: _Ctx, verb: Token) -> bool:
    """Whether an -ing clause is set off by commas on the subject of a later verb.

    "The Estonian president, hosting his Finnish counterpart, praised ...": the clause tells
    an act of the subject's own before the verb's, as "Hosting his Finnish counterpart, the
    president praised ..." does (_fronted_participle).
    """
    if verb.dep != "acl" or verb.tag != "VBG" or verb.head == verb.i or verb.head > verb.i:
        return False
    noun = ctx.tok(verb.head)
    if noun.dep not in ("nsubj", "nsubjpass") or noun.head == noun.i or noun.head < verb.i:
        return False
    return ctx.tok(verb.i - 1).text == ","


def _spliced_subject(ctx: _Ctx, verb: Token) -> list[Token]:
    """The subject of a first clause the parser hangs as a ccomp on a subjectless second verb.

    "South Korea condemned the launch, urged Pyongyang to ...": the two verbs share the
    subject, but the parser reads the first clause as said by the second verb.
    """
    if not _tensed(verb) or verb.i == 0 or ctx.tok(verb.i - 1).text != ",":
        return []
    for c in ctx.kids(verb.i, frozenset({"ccomp"})):
        if c.i < verb.i and _tensed(c):
            subj = ctx.kids(c.i, _SUBJ)
            if subj:
                return subj
    return _aside_subject(ctx, verb)


def _aside_subject(ctx: _Ctx, verb: Token) -> list[Token]:
    """The subject of a subjectless root verb the parser hung, with the aside set off on it,
    as an adverbial clause before the verb.

    "ASEAN's secretary-general, in Dili for a meeting, called the treaty ...": the noun (the
    hyphened title read as an adjective) and its place phrase are one adverbial; "Norway,
    which co-chairs the group, condemned ...": the split prefix breaks the relative clause,
    and its verb, with the name as its subject, is the adverbial. The first clause's opening
    noun, when a comma and the aside follow it, does the root's act; a true adverbial
    clause ("When Norway chaired the group, ...") opens with its mark, not with its subject.
    """
    for c in ctx.kids(verb.i, frozenset({"advcl"})):
        first = min(t.i for t in ctx.parse.subtree(c.i))
        if (
            c.i > verb.i
            or ctx.tok(first).pos in ("SCONJ", "ADP", "ADV")
            or first <= ctx.dateline_end
        ):
            continue
        if ctx.kids(c.i, frozenset({"mark", "aux", "auxpass"})):
            continue
        if c.pos not in ("VERB", "AUX"):
            # the noun phrase itself, its aside hung on it after a comma
            if ctx.tok(c.i + 1).text == "," and c.i in ctx.by_token:
                return [c]
            continue
        subj = ctx.kids(c.i, _SUBJ)
        if (
            len(subj) == 1
            and subj[0].i == first
            and subj[0].i + 2 < c.i
            and ctx.tok(subj[0].i + 1).text == ","
            and ctx.tok(subj[0].i + 2).text.lower() in ("which", "who", "whose")
        ):
            return subj
    return []


def _noun_agent(ctx: _Ctx, noun: Token, before: int) -> list[Token]:
    """Who a noun of deciding names as its author before index before: possessive or by-phrase.

    "the decision by Poland to send tanks": the by-phrase names who decided, and so who acts;
    never after nouns of asking ("a call by France to end the war": whoever is asked acts).
    """
    poss = ctx.kids(noun.i, frozenset({"poss"}))
    if poss or noun.lemma.lower() in ctx.rules.object_control_verbs:
        return poss
    by = [
        p
        for k in ctx.kids(noun.i, frozenset({"prep"}))
        if k.lemma.lower() == "by" and k.i < before
        for p in _pobjs(ctx, k)
    ]
    if by or noun.lemma.lower() not in ctx.rules.state_decision_nouns:
        return by
    if any(
        d.lemma.lower() in ctx.rules.definite_determiners
        for d in ctx.kids(noun.i, frozenset({"det"}))
    ):
        # "condemned the U.S. decision to sell arms to Taiwan": a decision referred back to
        # is told where it was news (test_events_vocabulary8)
        return []
    # "a U.S. decision to refuse visas", "a British move to expel two diplomats": a decision
    # told as news was taken by the actor named on it
    return [m for m in ctx.kids(noun.i, frozenset({"amod", "compound"})) if m.i in ctx.by_token]


def _asker_of_aside(ctx: _Ctx, head: Token, verb: Token, depth: int) -> list[Token]:
    """The subject of an asking verb whose infinitive a comma-set participle hangs on.

    "Egypt asked the Security Council to meet, accusing Ethiopia of ...": the parser hangs
    the participle on "meet", whose doer is the one asked, but an aside set off by a comma
    says what the asker did while asking; unset ("urged Kenya to act citing ...") keeps the
    infinitive's doer.
    """
    if head.dep != "xcomp" or head.head == head.i or ctx.tok(verb.i - 1).text != ",":
        return []
    asking = ctx.tok(head.head)
    if asking.lemma.lower() not in ctx.rules.object_control_verbs or not ctx.kids(asking.i, _OBJ):
        return []
    return _subject_tokens(ctx, asking, depth)


def _penalized(ctx: _Ctx, host: Token, objs: list[Token]) -> list[Token]:
    """Whom a penalty object of host is put on: "imposed sanctions on Iran", "slapped
    tariffs against China" (the on-, upon- or against-phrase of the verb or of its object)."""
    if not any(o.lemma.lower() in ctx.rules.penalty_nouns for o in objs):
        return []
    preps = frozenset({"on", "against", "upon"})
    return [p for h in [host, *objs] for p in _preps(ctx, h, preps)]


def _speaker_of_aside(ctx: _Ctx, head: Token, verb: Token, depth: int) -> list[Token]:
    """The speaker of a reported clause a comma-set participle of judging hangs on.

    "Ukraine said Russia had targeted civilians, accusing Moscow of war crimes", "China said
    the sanctions were illegal, accusing Washington of bullying": the parser hangs the
    participle on the reported verb, but its subject cannot judge (no actor, or the very one
    judged), so the speaker does. A clause whose subject may ("said Britain had imposed
    sanctions, accusing Iran of ...") keeps it.
    """
    if (
        verb.lemma.lower() not in ctx.rules.speaker_asides
        or ctx.tok(verb.i - 1).text != ","
        or head.dep != "ccomp"
        or head.head == head.i
        or ctx.tok(head.head).lemma.lower() not in ctx.rules.speech_verbs
    ):
        return []
    doers = {_principal(m) for m in _actors(ctx, _subject_tokens(ctx, head, depth), "source")}
    judged = {_principal(m) for m in _actors(ctx, ctx.kids(verb.i, _OBJ), "target")}
    if doers - {""} and not doers & judged:
        return []
    return _subject_tokens(ctx, ctx.tok(head.head), depth)


def _decider(ctx: _Ctx, head: Token, verb: Token) -> list[Token]:
    """The author of a deciding noun an infinitive was cut from by the parser.

    "criticized a move by Hungary on Tuesday to block aid": the infinitive hangs on the verb
    (a purpose clause), but it says what the move was, so Hungary blocks.
    """
    if head.pos not in ("VERB", "AUX"):
        return []
    for obj in ctx.kids(head.i, _OBJ):
        if obj.i < verb.i and obj.lemma.lower() in ctx.rules.deciding_nouns:
            return _noun_agent(ctx, obj, verb.i)
    return []


def _shared_objects(ctx: _Ctx, verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it ("condemned and protested X").

    Only a bare verb (no object, particle or clause of its own) right before "and"/"or" and a
    subjectless second verb shares; "met and later criticized X" does not.
    """
    if ctx.kids(verb.i, _OBJ | _CLIMB | {"ccomp", "prt", "dative", "prep"}):
        return []
    for c in ctx.kids(verb.i, frozenset({"conj"})):
        if c.pos != "VERB" or ctx.kids(c.i, _ANY_SUBJ):
            continue
        between = ctx.parse.tokens[verb.i + 1 : c.i]
        if all(t.dep == "cc" or t.pos == "PUNCT" for t in between):
            return ctx.kids(c.i, _OBJ)
    return []


def _deal_binds(ctx: _Ctx, bind: Token) -> bool:
    """Whether a verb binds a party with a deal as its subject ("the accord commits France
    to ...", "the pact allows Japan to ...": binding_verbs, agreement_nouns)."""
    return bind.lemma.lower() in ctx.rules.binding_verbs and any(
        s.lemma.lower() in ctx.rules.agreement_nouns for s in ctx.kids(bind.i, _SUBJ)
    )


def _purpose_bound(ctx: _Ctx, bind: Token, verb: Token) -> bool:
    """Whether an infinitive the parser hung on a deal's binding verb as a purpose clause is
    the act it binds its object to ("The deal commits Egypt to fund a study": Egypt funds, as
    in "commits Egypt to it"), not the deal's own aim: the object comes before it."""
    objs = ctx.kids(bind.i, _OBJ)
    return (
        verb.dep == "advcl"
        and _infinitive(ctx, verb)
        and bool(objs)
        and objs[0].i < verb.i
        and _deal_binds(ctx, bind)
    )


def _helped_opener(ctx: _Ctx, helping: Token, obj: Token) -> Token | None:
    """The name a helping verb's object opens with when the parser ran the helped party and
    the infinitive it governs into one noun phrase ("to help Guatemala repair roads" comes out
    as the object "Guatemala repair roads"): a proper name right after the verb with another
    compound after it. The infinitive may come out as that second word in other guises: a verb
    read as an adjective of the object ("to help Zambia finish rail lines"), or a compound with
    the name for its subject ("to help Sudan finish dams": "Sudan" the subject of "finish").
    With a determiner first ("to help the Morocco office of a firm") the name only modifies."""
    if obj.i - helping.i < 3:
        return None
    first, second = ctx.tok(helping.i + 1), ctx.tok(helping.i + 2)
    if (
        first.pos == "PROPN"
        and (first.dep == "compound" or (first.dep == "nsubj" and first.head == second.i))
        and (second.dep == "compound" or (second.dep == "amod" and second.pos == "VERB"))
        and second.pos != "PROPN"
        and {first.head, second.head} <= {obj.i, second.i}
    ):
        return first
    return None


def _compound_receiver(ctx: _Ctx, verb: Token) -> list[Token]:
    """The receiver the parser hung on the object as a modifier ("will send Bangladesh hourly
    readings": "Bangladesh" a compound of "readings"): a proper name right after the verb,
    with no article before it, in front of its object's own modifiers; "sent the Bangladesh
    team" and "sent Bangladesh's readings" keep theirs."""
    if verb.i + 2 >= len(ctx.parse.tokens):
        return []
    name = ctx.tok(verb.i + 1)
    if name.pos != "PROPN" or name.dep not in ("compound", "nmod"):
        return []
    obj = ctx.tok(name.head)
    while obj.dep in ("compound", "nmod") and obj.head != obj.i:
        obj = ctx.tok(obj.head)
    if obj.dep != "dobj" or obj.head != verb.i or obj.pos != "NOUN":
        return []
    between = ctx.parse.tokens[name.i + 1 : obj.i]
    # the name's own words ("South Africa") go on to the modifiers of the object
    if not between or all(t.pos == "PROPN" for t in between):
        return []
    return [name]


def _misread_object(ctx: _Ctx, verb: Token) -> Token | None:
    """A named person the parser took for a predicate with no object ("called Zelenskyy").

    "Macron called Ukrainian President Volodymyr Zelenskyy on Monday" comes out with the name
    as an object predicate (oprd); with no direct object beside it, it is the object.
    """
    if ctx.kids(verb.i, _OBJ):
        return None
    for k in ctx.kids(verb.i, frozenset({"oprd"})):
        m = ctx.by_token.get(k.i)
        if m is not None and m.kind in ("person", "title") and k.pos == "PROPN":
            return k
    for p in _preps(ctx, verb, frozenset({"in"})):
        # "condemned in the strongest terms North Korea's missile launch": the object set
        # after the phrase of manner, read as its apposition
        if p.lemma.lower() == "term":
            appos = ctx.kids(p.i, frozenset({"appos"}))
            if appos:
                return appos[0]
    return None


def _joined_predicate(ctx: _Ctx, verb: Token) -> Token | None:
    """The name a naming verb gives, which the parser joined to the object it is given: "called
    Hungary's veto shameful" and "called the move blackmail" (the act noun read as a compound
    of the name), "called Finland's move reckless" (an adjective after its noun)."""
    if verb.lemma.lower() not in ctx.rules.naming_verbs:
        return None
    for o in ctx.kids(verb.i, _OBJ | {"oprd"}):
        if any(
            c.i < o.i
            and c.pos == "NOUN"
            and (o.pos == "ADJ" or c.lemma.lower() in ctx.rules.act_nouns)
            for c in ctx.kids(o.i, frozenset({"compound"}))
        ):
            return o
        if o.dep in _OBJ:
            for a in ctx.kids(o.i, frozenset({"amod"})):
                if a.i > o.i and a.pos == "ADJ":
                    return a
    return None


def _predicate_holder(ctx: _Ctx, verb: Token) -> list[Token]:
    """The object phrase a naming verb's joined predicate holds: "called Hungary's veto
    shameful" ("shameful", with "Hungary's" and "veto" under it)."""
    joined = _joined_predicate(ctx, verb)
    return [joined] if joined is not None and joined.dep == "oprd" else []


def _named_what(ctx: _Ctx, verb: Token) -> list[Token]:
    """The object a free relative names: "condemned what it called Russia's provocation".

    The parser hangs "what" on "called" (a ccomp of the trigger); what the clause calls it is
    the object ("Russia's provocation": Russia; "described as maneuvers by Chinese ships").
    """
    out: list[Token] = []
    for c in ctx.kids(verb.i, frozenset({"ccomp"})):
        if c.i > verb.i and c.lemma.lower() in ctx.rules.speech_verbs:
            # "struck what the army said were drug gangs in southern Syria": what the
            # speaker's "be" clause, its subject "what", says it was
            for b in ctx.kids(c.i, frozenset({"ccomp"})):
                if not any(w.lemma.lower() == "what" for w in ctx.kids(b.i, _SUBJ)):
                    continue
                if b.lemma.lower() == "be":
                    out += ctx.kids(b.i, frozenset({"attr"}))
                elif b.tag == "VBG" and any(
                    a.lemma.lower() == "be" for a in ctx.kids(b.i, frozenset({"aux"}))
                ):
                    out.append(b)  # "were smuggling camps" misread as a progressive verb
        if c.i < verb.i or c.lemma.lower() not in ctx.rules.naming_verbs:
            continue
        if not any(w.lemma.lower() == "what" for w in ctx.kids(c.i, _OBJ)):
            continue
        named = ctx.kids(c.i, frozenset({"oprd"}))
        out += named
        as_phrases = _preps(ctx, c, frozenset({"as"}))
        out += as_phrases
        named += [o for a in as_phrases for o in ctx.kids(a.i, frozenset({"pobj"}))]
        # "what it called a violation of Romanian airspace by a Russian drone", "what it
        # described as an incursion by Belarusian troops": the by-phrase of the named deed
        # (hung on it, or after it on "called") is its doer
        out += [p for n in named for p in _preps(ctx, n, frozenset({"by"}))]
        if named:
            out += [p for p in _preps(ctx, c, frozenset({"by"})) if p.i > named[0].i]
    return out


def _clausal_which(ctx: _Ctx, obj: Token) -> bool:
    """A ", which" object of a relative clause: it stands for the whole claim before it.

    Not on a subject that opens its clause ("Qatar, which Egypt criticized last week, said
    ..."): no claim is told before it, so the pronoun is that subject.
    """
    if not (
        obj.tag == "WDT"
        and obj.lemma.lower() == "which"
        and obj.head != obj.i
        and ctx.tok(obj.head).dep == "relcl"
        and obj.i > 0
        and ctx.tok(obj.i - 1).text == ","
    ):
        return False
    rel = ctx.tok(obj.head)
    head = ctx.tok(rel.head)
    return not (head.dep in ("nsubj", "nsubjpass") and head.head > rel.i)


def _relative_head(ctx: _Ctx, verb: Token) -> Token | None:
    """The noun a reduced relative clause leaves as its verb's object: "a charge Kabul denies".

    Only a clause with a subject of its own (not "the country that condemned ...") and no
    object (not "the talks, which Qatar mediated"); or one the parser broke up around its
    subject ("a move Guyana's army called reckless", "move" a modifier of "army":
    _contact_clause) when the noun is an act's.
    """
    if ctx.kids(verb.i, _OBJ):
        return None
    subj = ctx.kids(verb.i, _SUBJ)
    if not subj:
        contact = _contact_clause(ctx, verb)
        act = contact is not None and contact[1].lemma.lower() in ctx.rules.act_nouns
        return contact[1] if contact is not None and act else None
    if any(sb.tag in ("WDT", "WP") for sb in subj):
        return None
    gap = _gap_head(ctx, verb, ("NOUN",))
    if gap is not None or verb.dep == "relcl":
        return gap
    return _glued_head(ctx, verb, subj)


def _glued_head(ctx: _Ctx, verb: Token, subj: list[Token]) -> Token | None:
    """The act noun of a reduced relative clause the parser took for its clause's subject.

    It may glue the noun onto the subject ("a charge N'Djamena denies" as one noun phrase
    with "denies" its clause's root), or make it a second subject ("Israel reopened the
    crossing, a step Washington welcomed": "step" and "Washington" both subjects of
    "welcomed", the clause before its complement), or its object before the subject.
    """
    if not subj:
        return None
    acts = ctx.rules.act_nouns
    for sb in subj:
        for k in ctx.kids(sb.i, frozenset({"compound", "amod"})):
            glued = k.pos == "NOUN" and k.i < sb.i and k.lemma.lower() in acts
            dets = ctx.kids(sb.i, frozenset({"det"}))
            if glued and any(d.lemma.lower() == "a" for d in dets):
                return k
    for sb in subj + [o for o in ctx.kids(verb.i, _OBJ) if o.i < min(x.i for x in subj)]:
        after = [o for o in subj if o.i > sb.i and o.i in ctx.by_token]
        dets = ctx.kids(sb.i, frozenset({"det"}))
        if (
            sb.pos == "NOUN"
            and sb.lemma.lower() in acts
            and after
            and any(d.lemma.lower() == "a" for d in dets)
            and _summed_host(ctx, sb) is not None
        ):
            return sb
    return None


def _gap_head(ctx: _Ctx, verb: Token, pos: tuple[str, ...]) -> Token | None:
    """The noun before a relative clause whose verb it completes: "a summit Washington shunned"
    (a clause the parser may label a modifier, acl, when it has a subject of its own: "a
    move Chile's navy called unnecessary"; not a participle, "a move backed by France")."""
    if verb.head == verb.i:
        return None
    if verb.dep != "relcl" and not (verb.dep == "acl" and ctx.kids(verb.i, _SUBJ)):
        return None
    head = ctx.tok(verb.head)
    return head if head.pos in pos and head.i < verb.i else None


def _relative_pronoun(t: Token) -> bool:
    """Whether an object is a relative pronoun ("which", "whom", or "that" as an object)."""
    return t.tag in ("WDT", "WP") or (t.lemma.lower() == "that" and t.dep in _OBJ)


def _summed_host(ctx: _Ctx, noun: Token) -> Token | None:
    """The clause an appended act noun sums up: "Israel freed 50 prisoners, a step Washington
    welcomed" (its subject, ISR, did the act), the verb of the clause the noun is set off from
    by a comma; a statement noun sums up the saying, not what is said ("Iran said Israel
    spied on it, a claim Israel denies": IRN)."""
    if noun.head == noun.i:
        return None
    phrase = noun.head if noun.dep in ("compound", "nmod") else noun.i
    start = min(t.i for t in ctx.parse.subtree(phrase))
    if start == 0 or ctx.tok(start - 1).text != ",":
        return None
    # "a move Guyana's army called ...": the parser may make the noun a modifier (nmod) of
    # the clause's subject, whose phrase then stands where the noun's would
    lead = ctx.tok(phrase) if noun.dep == "nmod" else noun
    host: Token | None = None
    if lead.dep in ("npadvmod", "appos"):
        host = _verb_up(ctx, ctx.tok(lead.head), 4)
    elif lead.dep in _OBJ and any(o.i < lead.i for o in ctx.kids(lead.head, _OBJ)):
        # "sent a ship near the islands, a move Chile called ...": read as a second object;
        # an infinitive's ("asked Mexico to hand him over, a request ...") sums up its host's
        host = ctx.tok(lead.head)
        host = ctx.tok(host.head) if host.dep == "xcomp" else host
    elif noun.dep == "nmod":
        return None
    else:
        # the noun parsed as a subject or glued onto one ("a step Brussels criticized"):
        # the summed clause is that verb's complement
        own = noun.dep in _SUBJ or noun.dep in _OBJ
        subj = noun if own else ctx.tok(noun.head)
        if (own or subj.dep in _SUBJ) and (subj.i == noun.i or noun.dep == "compound"):
            host = next(
                (c for c in ctx.kids(subj.head, frozenset({"ccomp"})) if c.i < noun.i), None
            )
        if host is not None and noun.lemma.lower() in ctx.rules.claim_nouns:
            # "discussed the fighting, where Kinshasa accuses Rwanda of ..., a charge Kigali
            # denies": a charge sums up the charging clause nearest it, not the one it hangs on
            host = next(
                (
                    t
                    for t in reversed(list(ctx.parse.subtree(host.i)))
                    if host.i < t.i < noun.i and t.lemma.lower() in ctx.rules.charging_verbs
                ),
                host,
            )
    if host is None or host.pos not in ("VERB", "AUX") or host.i > noun.i:
        return None
    said = noun.dep in ("npadvmod", "appos") and host.dep == "ccomp"
    if said and noun.lemma.lower() in ctx.rules.claim_nouns:
        return ctx.tok(host.head)  # the saying, not what is said
    return host


def _clause_destination(ctx: _Ctx, obj: Token | None, found: Token) -> bool:
    """Whether ``found`` is the object of a to-phrase hung on a verb of a relative or
    participial clause on ``obj`` ("a deal that lets gas flow to Turkey"); a handing verb's
    to-phrase names a receiver, a party ("deals providing tanks to Poland")."""
    if obj is None or found.head == found.i:
        return False
    prep = ctx.tok(found.head)
    if prep.lemma.lower() not in _TO or prep.head == prep.i:
        return False
    cur = ctx.tok(prep.head)
    verb_seen = False
    for _ in range(6):
        if cur.pos in ("VERB", "AUX") and not verb_seen:
            # the nearest verb over the phrase: "providing tanks to Poland" hands them over
            if cur.lemma.lower() in ctx.rules.handing_verbs:
                return False
            verb_seen = True
        if cur.head == cur.i or cur.i == obj.i:
            return False
        if cur.dep in ("relcl", "acl") and cur.head == obj.i:
            return verb_seen
        cur = ctx.tok(cur.head)
    return False


def _deal_grantees(ctx: _Ctx, obj: Token | None, relative: bool = False) -> list[Token]:
    """Whom a participle on a deal grants something: the deal's counterpart.

    "signed an agreement giving Russia a naval base" (the dative), "a deal allowing
    Azerbaijan to use its railway" (the subject of the permitted clause), or a name right
    after the participle that the parser hung on the next word ("giving Turkey access",
    "letting Mauritania fish"); granting_verbs only, in "-ing" form, or (``relative``) in a
    relative clause ("a waiver that had allowed Iraq to buy ..."); or the subject of the deal's
    terms ("a treaty under which Britain will hand over the islands").
    """
    if obj is None:
        return []
    out: list[Token] = []
    for x in ctx.kids(obj.i, frozenset({"acl", "relcl"} if relative else {"acl"})):
        if x.lemma.lower() not in ctx.rules.granting_verbs or (x.tag != "VBG" and x.dep == "acl"):
            continue
        for d in ctx.kids(x.i, frozenset({"dative"})):
            out += _pobjs(ctx, d) if d.pos == "ADP" else [d]
        clauses = ctx.kids(x.i, frozenset({"ccomp", "xcomp"}))
        if x.lemma.lower() in ctx.rules.permitting_verbs:
            out += [s for c in clauses for s in ctx.kids(c.i, _SUBJ)]
        # ("giving Mali and Niger duty-free access": the names read as the object's nmod)
        out += [
            j
            for o in ctx.kids(x.i, _OBJ) + clauses
            for c in ctx.kids(o.i, frozenset({"compound", "nmod"}))
            if c.i == x.i + 1 and c.pos == "PROPN"
            for j in (c, *ctx.kids(c.i, frozenset({"conj"})))
        ]
    for x in ctx.kids(obj.i, _RELCL):
        # "ratified a treaty under which Britain will hand over the islands": the terms tell
        # what the other party will do, as their clause's subject
        terms = [
            p
            for p in ctx.kids(x.i, _PREP)
            if p.lemma.lower() in ("under", "by")
            and any(w.lemma.lower() == "which" for w in _pobjs(ctx, p))
        ]
        if terms:
            out += ctx.kids(x.i, _SUBJ)
    return out


def _relative_object(ctx: _Ctx, verb: Token) -> list[Token]:
    """The antecedent a relative clause's verb acts on: its object is the clause's gap.

    "a G20 summit the United States boycotted" (no object, a subject of its own) or "Algeria,
    which Macron visited in 2022" (the object is the relative pronoun): the noun the clause
    hangs on is the verb's object.
    """
    objs = ctx.kids(verb.i, _OBJ)
    if objs and not all(_relative_pronoun(o) for o in objs):
        return []
    judged = _judged_own_thing(ctx, verb, objs)
    if judged:
        return judged
    if any(_clausal_which(ctx, o) for o in objs) and verb.lemma.lower() in ctx.rules.claim_verbs:
        return []  # "sent aid to Kenya, which Somalia denies": the claim is denied
    contact = _contact_clause(ctx, verb)
    if not objs and _relative_head(ctx, verb) is None and contact is None:
        return []
    head = _gap_head(ctx, verb, ("NOUN", "PROPN")) or (contact[1] if contact else None)
    if head is None or head.lemma.lower() in ctx.rules.act_nouns:
        return []  # "the sanctions Beijing imposed", "a charge Paris denied": the clause's act
    return [head]


def _judged_own_thing(ctx: _Ctx, verb: Token, objs: list[Token]) -> list[Token]:
    """The doer of the act a ", which" judgement follows, when the thing acted on is the
    judge's own: "Vietnam seized a Chinese fishing boat, which China condemned" (China condemns
    the seizure, not its own boat; read as the boat, the judgement was China's on itself and
    dropped). The subject of the verb whose object the clause hangs on; only for judging verbs
    (judged_which_verbs) and only when the object's actor is the judge's."""
    if verb.lemma.lower() not in ctx.rules.judged_which_verbs:
        return []
    if not any(_clausal_which(ctx, o) for o in objs):
        return []
    noun = ctx.tok(verb.head)
    host = _judged_host(ctx, noun)
    rules = ctx.rules
    judging = (
        rules.speech_verbs | rules.claim_verbs | rules.judged_which_verbs | rules.speaker_asides
    )
    if host is None or host.pos != "VERB" or host.lemma.lower() in judging:
        return []  # "criticized China's plan in the strait, which Russia welcomed": the plan
    judges = _principals(ctx, ctx.kids(verb.i, _SUBJ), "source")
    owners = _principals(ctx, [noun], "target")
    doers = _subject_tokens(ctx, host)
    doing = _principals(ctx, doers, "source")
    if not judges or not doing or doing & judges:
        return []
    named = bool(ctx.kids(verb.i, frozenset({"oprd"})))
    if named and noun.dep == "dobj" and noun.pos == "NOUN" and owners:
        # "China bought Russian gas, which Japan called a mistake": a wrong named of a thing
        # is the buying, whoever's the thing (the judge's own or a third party's)
        return doers
    if noun.dep == "dobj" and not judges & owners:
        return []  # the object no thing of the judge's: its reading stands
    # a place of the doer's or the judge's ("off its coast"), or none, names no third party
    return doers if not owners - judges - doing else []


def _principals(ctx: _Ctx, tokens: list[Token], role: str) -> set[str]:
    """The principal codes of the actors the tokens name in a role."""
    return {m.actor.principal for m in _actors(ctx, tokens, role) if m.actor is not None}


def _judged_host(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb whose act a ", which" clause on noun may judge: the verb of that object, or
    of the place or time phrase (judged_place_preps) the clause follows ("seized a Chinese
    boat near the Paracel Islands on Monday, which China condemned": no one condemns a place
    or a day)."""
    if noun.head == noun.i or noun.pos not in ("NOUN", "PROPN"):
        return None
    head = ctx.tok(noun.head)
    if noun.dep == "dobj" and noun.pos == "NOUN":
        return head
    if noun.dep == "npadvmod" and _time_noun(ctx, noun):
        return head
    if noun.dep != "pobj" or head.dep != "prep" or head.head == head.i:
        return None
    up = ctx.tok(head.head)
    if head.lemma.lower() not in ctx.rules.judged_place_preps:
        return None
    if up.dep == "dobj" and up.pos == "NOUN" and up.head != up.i:
        up = ctx.tok(up.head)  # "seized a boat near the islands, which ..."
    return up if up.pos == "VERB" and up.dep != "acl" else None


_SUMMING_DEPS = frozenset({"appos", "npadvmod", "dep", "dobj"})  # how "a move" hangs on


def _summing_subject(ctx: _Ctx, verb: Token, head: Token) -> Token | None:
    """The subject of a relative clause (or a clause the parser hangs as acl) on a noun summing
    up the host's act, told between the host and a verb the parser joined to the host:
    "expelled 40 Russian citizens, a move Moscow called 'discrimination' and vowed to answer"
    (Moscow vows, not Latvia); "a move that angered Beijing, and demanded ..." keeps the
    host's subject."""
    for noun in (ctx.tok(i) for i in range(head.i + 1, verb.i)):
        if noun.lemma.lower() not in ctx.rules.summing_nouns or noun.dep not in _SUMMING_DEPS:
            continue
        if ctx.tok(min(t.i for t in ctx.parse.subtree(noun.i)) - 1).text != ",":
            continue  # "a move" set off after the act it sums up
        for rel in ctx.kids(noun.i, frozenset({"relcl", "acl"})):
            subjects = ctx.kids(rel.i, _SUBJ)
            if rel.i < verb.i and subjects and subjects[0].tag not in ("WDT", "WP"):
                return subjects[0]
    return None


def _relative_run_on(ctx: _Ctx, verb: Token) -> Token | None:
    """The name a relative clause set off by commas hangs on, when the parser joined the name's
    own verb to that clause ("Vietnam, whose farms depend on the river, urged Laos ...": "urged"
    a conjunct of "depend", the name left the root): the name does what the verb says. A verb
    joined by "and" is the clause's own ("Chad, which hosts refugees and feeds them, ...")."""
    head = ctx.tok(verb.head)
    if head.dep != "relcl" or head.head == head.i or not _tensed(verb):
        return None
    name = ctx.tok(head.head)
    if name.head != name.i or name.i not in ctx.by_token or ctx.kids(verb.i, _ANY_SUBJ):
        return None
    if ctx.tok(verb.i - 1).text != "," or ctx.tok(name.i + 1).text != ",":
        return None
    if any(k.i < verb.i for k in ctx.kids(head.i, frozenset({"cc"}))):
        return None
    return name


def _subject_before(ctx: _Ctx, verb: Token) -> Token | None:
    """The actor right before a joined verb that the parser took as an object (_stolen_subject)."""
    for i in range(verb.i - 1, max(verb.i - 4, -1), -1):
        t = ctx.tok(i)
        if t.dep == "advmod" and t.head == verb.i:
            continue
        stolen = _stolen_subject(ctx, t)
        return t if stolen is not None and stolen.i == verb.i else None
    return None


def _written_to(ctx: _Ctx, verb: Token) -> list[Token]:
    """The to-phrase of a verb of writing a trailing -ing clause hangs on ("wrote to Chile,
    demanding access to the sea"): the letter's words, said to its addressee (letter_verbs)."""
    host = ctx.tok(verb.head)
    if not _trailing_participle_of(verb, host) or host.lemma.lower() not in ctx.rules.letter_verbs:
        return []
    return _preps(ctx, host, frozenset({"to"}))


def _addressed_in(ctx: _Ctx, verb: Token) -> list[Token]:
    """The addressee of a letter or call the act is told in, on the verb or set off on its
    subject ("Nepal's prime minister, in a phone call with the Swiss president, asked for
    helicopters"): its to- or with-phrase (address_nouns)."""
    holders = [verb, *ctx.kids(verb.i, _SUBJ)]
    return [
        t
        for h in holders
        for p in ctx.kids(h.i, frozenset({"prep"}))
        if p.lemma.lower() == "in"
        for o in _pobjs(ctx, p)
        if o.lemma.lower() in ctx.rules.address_nouns
        for t in _preps(ctx, o, frozenset({"to", "with"}))
    ]


def _permitted(ctx: _Ctx, clause: Token) -> list[Token]:
    """The subject of a clause of permission in the passive ("promised that Danish diplomats
    would be allowed to visit the crew"): those let do the act, as an active clause's subject."""
    if clause.lemma.lower() not in ctx.rules.permitting_verbs:
        return []
    return ctx.kids(clause.i, _PASSIVE_SUBJ)


def _misread_clause_subject(ctx: _Ctx, clause: Token) -> list[Token]:
    """The subject of a that-clause the parser read as a noun phrase ("demanded that Beijing
    halt work": "Beijing halt work", the bare verb a noun, the name its first compound): the
    name right after "that", a compound of the clause's head, which has no subject."""
    if not _marked(ctx, clause, "that"):
        return []
    mark = next(m for m in ctx.kids(clause.i, frozenset({"mark"})) if m.lemma.lower() == "that")
    return [
        k
        for k in ctx.kids(clause.i, frozenset({"compound"}))
        if k.i == mark.i + 1 and k.pos == "PROPN"
    ]


def _of_act(ctx: _Ctx, noun: Token, lemmas: frozenset[str]) -> Token | None:
    """The act noun (one of ``lemmas``) whose of-phrase the noun is ("the imposition of
    tariffs", "the extension of sanctions"), if any."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = ctx.tok(noun.head)
    if prep.lemma.lower() != "of" or prep.head == prep.i:
        return None
    act = ctx.tok(prep.head)
    return act if act.pos == "NOUN" and act.lemma.lower() in lemmas else None


def _tells_speech(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause's verb, or a word of its complements, tells a speech ("spoke", "took
    the floor", "began his address"), its subject left out."""
    subjects = {t.i for s in ctx.kids(clause.i, _SUBJ) for t in ctx.parse.subtree(s.i)}
    return any(
        t.lemma.lower() in ctx.rules.speech_clause_words
        for t in ctx.parse.subtree(clause.i)
        if t.i not in subjects
    )


def _condition_clauses(ctx: _Ctx, verb: Token, marks: Sequence[str]) -> list[Token]:
    """The clauses marked by one of ``marks`` ("if", "unless") on a verb, its infinitive, the
    that-clause that tells the speaker's own act (_own_future_clauses) or a denied litotes
    verb above it ("will not hesitate to strike back if Japan ...")."""
    own = _own_future_clauses(ctx, verb) + _agentless_measures(ctx, verb)
    heads = [verb, *ctx.kids(verb.i, frozenset({"xcomp"})), *own]
    heads += [x for c in own for x in ctx.kids(c.i, frozenset({"xcomp"}))]
    if verb.dep == "xcomp" and ctx.tok(verb.head).lemma.lower() in ctx.rules.litotes_verbs:
        heads.append(ctx.tok(verb.head))
    return [
        c
        for h in heads
        for c in ctx.kids(h.i, frozenset({"advcl"}))
        if any(_marked(ctx, c, w) for w in marks)
    ]


def _friendly_condition(ctx: _Ctx, verb: Token, own: frozenset[str]) -> bool:
    """Whether an act is promised on a friendly step of the other side: an if-clause (an
    unless-clause names what is demanded) holding a friendly act (friendly_condition_words:
    "would lift its duties if Madrid agreed to lift the quotas"), with no denial or turn
    (negations, condition_turns: "if Madrid refused to lift them") and naming no state but
    its subject and the source's own (own: principals): "if Brussels agreed to admit
    Kosovo" is no step toward the speaker."""
    rules = ctx.rules
    for c in _condition_clauses(ctx, verb, ("if",)):
        words = list(ctx.parse.subtree(c.i))
        lemmas = {t.lemma.lower() for t in words} | {t.text.lower() for t in words}
        if lemmas.isdisjoint(rules.friendly_condition_words):
            continue
        if not lemmas.isdisjoint(rules.negations | rules.condition_turns):
            continue
        subject = {t.i for s in ctx.kids(c.i, _SUBJ) for t in ctx.parse.subtree(s.i)}
        others = [
            m
            for t in words
            if t.i not in subject and (m := ctx.by_token.get(t.i)) is not None
            and (m.actor is None or m.actor.principal not in own)
        ]
        if not others:
            return True
    return False
