"""The sides a trigger reaches beyond its own slots: hosts, mediators and visits, the actors of
absolute and relative clauses, reported charges and their authors, addressees, and whether an
event with no named target may take one from the article (_context_kind, _counterpart_fits).

Apart because each reads one further construction around the trigger's clause, after the
slots (clauses.py) and the pattern's target (objects.py) are known.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from newsgraph.actors.plurals import bordering_states
from newsgraph.events.clauses import (
    _clausal_which,
    _content_clauses,
    _gap_head,
    _glued_head,
    _judged_owners,
    _posted,
    _relative_head,
    _rootless_subject,
    _subject_tokens,
    _summed_host,
)
from newsgraph.events.context import (
    _drafted_text,
    _ACL,
    _OF,
    _thing_pronoun,
    _ANY_SUBJ,
    _CCOMP,
    _Ctx,
    _DASHES,
    _OBJ,
    _PASSIVE_MARKS,
    _PASSIVE_SUBJ,
    _SUBJ,
    _act_roots,
    _authored,
    _background_act,
    _definite_noun,
    _governing_verb,
    _infinitive,
    _loose_participle,
    _noun_lemma,
    _own_noun,
    _own_or_object_preps,
    _participle_noun,
    _pobjs,
    _preps,
    _principal,
    _same_act,
    _state_codes,
    _verb_up,
)
from newsgraph.events.coordination import _co_subjects, _differ, _named_author
from newsgraph.events.domestic import _role_words
from newsgraph.events.geo import resolve_place
from newsgraph.events.modality import (
    _body_actors,
    _denied_clause,
    _denied_pronoun,
    _signed_deal,
)
from newsgraph.events.objects import _manner_feeling, _untrue
from newsgraph.events.parties import (
    _actors,
    _actors_of,
    _enclosing_report,
    _extraposed,
    _modality,
    _negated,
    _report_verb,
    _said_gap,
)
from newsgraph.events.patterns import Pattern, slot_parts
from newsgraph.model import Actor, Mention, Token


def _giving_slot(ctx: _Ctx, slot: str) -> bool:
    """Whether a slot names a giver only ("prep:from"): its actor is a reverse pattern's source."""
    name, lemmas = slot_parts(slot)
    return name in ("prep", "obj_sub") and bool(lemmas) and lemmas <= ctx.rules.giving_preps


def _sided(ctx: _Ctx, pattern: Pattern, code: str, obj: Token | None) -> bool:
    """Whether a code acts on the sides of talks: mediation, or hosting a gathering noun that
    the pattern names (v.host_talks; "welcomed the talks" is no hosting)."""
    if code in ctx.rules.mediation_codes:
        return True
    lemma = _noun_lemma(ctx, obj) if obj is not None else ""
    return (
        code in ctx.rules.hosting_codes
        and lemma in pattern.objects
        and lemma in ctx.rules.gathering_nouns
    )


def _negotiation(ctx: _Ctx, obj: Token | None) -> bool:
    """Whether a host's or go-between's object is talks a pair holds, whose sides may be told
    before (negotiation_nouns): "the talks", "the meeting" are, "the summit" gathers many."""
    return obj is not None and _noun_lemma(ctx, obj) in ctx.rules.negotiation_nouns


def _brokered_deal(ctx: _Ctx, obj: Token | None) -> bool:
    """Whether a go-between's or witness's object is a deal (agreement_nouns), whose sides,
    like those of talks, may be told before: "Turkey brokered the deal", "The truce was
    mediated by Qatar", "The accord was witnessed by Egypt's president"."""
    return obj is not None and _noun_lemma(ctx, obj) in ctx.rules.agreement_nouns


def _earlier_talks(ctx: _Ctx, obj: Token | None) -> bool:
    """Whether talks or a deal are marked as others before the story's (earlier_talk_marks:
    "Previous ceasefires brokered by Angola collapsed"): not the ones told, so the sides told
    before are not theirs."""
    return obj is not None and any(
        k.lemma.lower() in ctx.rules.earlier_talk_marks for k in ctx.kids(obj.i, _EARLIER_MODS)
    )


def _role_deal(ctx: _Ctx, verb: Token) -> Token | None:
    """The deal a role taken on names in its of-phrase, told before and with no sides of its
    own ("The United States and the UAE agreed to act as guarantors of the accord"): the
    role serves the sides of the deal just told, as a go-between's "the talks" does."""
    for role in _preps(ctx, verb, frozenset({"as"})):
        for deal in _preps(ctx, role, frozenset({"of"})):
            if _brokered_deal(ctx, deal) and _told_talks(ctx, verb, deal):
                return deal
    return None


def _mediated_parties(ctx: _Ctx, verb: Token) -> list[Mention] | None:
    """The sides of the talks a go-between's or host's participle describes ("talks mediated
    by Qatar"); empty when the sentence names none, None when the talks have no sides here.

    "Armenia and Azerbaijan held talks mediated by Qatar", "Israel and Lebanon agreed to a
    ceasefire brokered by the U.S.", "reached a deal at talks hosted by Oman", "agreed to
    reopen the border after talks mediated by Qatar": the subjects of the clause that holds
    the talks (its verb governs the noun directly, through prepositions, through the object's
    phrase or "two days of", and is one of taking part: mediated_host_verbs, or governs an
    infinitive that is) are the parties. Talks that are a subject ("The talks, hosted by
    Oman, ended"), set beside a clause ("met for the talks, the third round hosted by
    Mongolia") or held by unnamed sides ("The two countries agreed ...") give none: the sides
    told before are theirs (the "mediation" context). A bystander's clause ("Iran criticized
    the talks mediated by Qatar") and a planned or negated one ("will hold talks mediated by")
    give None.
    """
    if verb.dep in ("acl", "amod") and verb.head != verb.i:
        cur = ctx.tok(verb.head)
    elif _loose_participle(ctx, verb) and (noun := _participle_noun(ctx, verb)) is not None:
        cur = noun  # "talks hosted by Ghana and mediated by Qatar": a joined participle's noun
    else:
        return None
    measures = ctx.rules.duration_nouns | ctx.rules.quantity_nouns
    hosts = ctx.rules.mediated_host_verbs
    for _ in range(5):
        if cur.head == cur.i or cur.dep in _SUBJ | _PASSIVE_SUBJ | {"npadvmod", "appos"}:
            return []
        head = ctx.tok(cur.head)
        if cur.dep == "prep" and cur.lemma.lower() == "of" and head.lemma.lower() in measures:
            cur = head  # "after two days of talks mediated by Qatar"
            continue
        if cur.dep == "prep" and head.pos in ("NOUN", "PROPN") and head.dep in _OBJ:
            cur = head  # "reached a deal at talks mediated by Qatar": the object's phrase
            continue
        if cur.dep == "pobj" and head.dep == "prep" and head.pos == "VERB":
            cur = head  # "freed the men following talks mediated by Togo": a preposition
            continue
        if head.pos in ("VERB", "AUX") and cur.dep in ("dobj", "pobj", "prep"):
            if head.dep == "xcomp" and head.head != head.i:
                # "agreed to reopen the border after talks mediated by Qatar": the parties
                # of the governing verb, even when the step is one of taking part
                up = ctx.tok(head.head)
                head = up if up.lemma.lower() in hosts and cur.dep == "prep" else head
            elif (
                head.lemma.lower() not in hosts
                and head.dep == "advcl"
                and head.tag == "VBG"
                and cur.dep == "prep"
                and not ctx.kids(head.i, _SUBJ)
                and head.head != head.i
                and ctx.tok(head.head).lemma.lower() in hosts
            ):
                # "signed a truce, formally ending the war, at a ceremony hosted by Qatar": the
                # place hung on the trailing -ing clause is the signing's
                head = ctx.tok(head.head)
            if head.lemma.lower() not in hosts:
                # "Iran criticized the talks mediated by Qatar", "Kenya's president spoke at a
                # summit hosted by Djibouti": a bystander's clause, no party
                return None
            if _modality(ctx, head) is not None or _negated(ctx, head):
                return None
            if head.dep == "acl" and head.head != head.i and not ctx.kids(head.i, _SUBJ):
                # "criticized a deal reached at talks mediated by Qatar": a participle's
                # sides are those of the clause that holds its noun
                cur = ctx.tok(head.head)
                continue
            # "The deal was signed by A and B at a ceremony hosted by Qatar": the agents
            agents = [p for a in ctx.kids(head.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
            sides = agents or _subject_tokens(ctx, head) + _co_subjects(ctx, head)
            # "signed a treaty with Azerbaijan at a ceremony hosted by ...", "freed four
            # Ivorian gendarmes following talks mediated by Togo": the partner the clause
            # names (its with-phrase, or the people its object names) is the other side
            objs = [o for o in ctx.kids(head.i, _OBJ) if o.i != cur.i]
            withs = frozenset({"with"})
            partners = _preps(ctx, head, withs) + [p for o in objs for p in _preps(ctx, o, withs)]
            return _actors(ctx, sides + partners + objs, "target")
        if head.pos != "ADP" or cur.dep != "pobj":
            return None
        cur = head
    return None


def _absolute_host(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb an absolute "with" clause hangs on: a gerund under "with" or a clause it
    marks ("agreed to a truce, with Qatar acting as mediator"); a clause hung on the host's
    object goes up to the host ("signed a deal, with Qatar acting as mediator")."""
    if verb.head == verb.i:
        return None
    head = ctx.tok(verb.head)
    if verb.dep == "pcomp" and head.lemma.lower() == "with" and head.head != head.i:
        host = ctx.tok(head.head)
    elif verb.dep == "advcl" and any(
        k.lemma.lower() == "with" for k in ctx.kids(verb.i, frozenset({"mark", "prep"}))
    ):
        host = head
    else:
        return None
    if host.pos in ("NOUN", "PROPN") and host.head != host.i:
        host = ctx.tok(host.head)
    return host


def _absolute_recipients(ctx: _Ctx, verb: Token) -> list[Mention]:
    """Who gets what an absolute clause's own subject gives when the clause names no one:
    the subject of the clause it hangs on ("Rwanda completed the dam, with the World Bank
    lending $300 million": WB > RWA). Only a gerund with a subject of its own: "the port,
    with tolls funding repairs" has no giver, "Egypt, providing aid" is Egypt's own act."""
    if verb.tag != "VBG" or not ctx.kids(verb.i, _SUBJ):
        return []
    host = _absolute_host(ctx, verb)
    if host is None or host.pos not in ("VERB", "AUX"):
        return []
    return _actors(ctx, _subject_tokens(ctx, host), "target")


def _for_visit(ctx: _Ctx, verb: Token) -> bool:
    """Whether a trip is told as a visit with no place: "arrived on Sunday for a three-day
    visit", "flew in on a two-day trip" (visit_nouns after "for" or "on"), or "began a
    two-day state visit" (the verb's object); "for a visit to Uganda" names its own place."""
    heads = [
        p
        for k in ctx.kids(verb.i, frozenset({"prep"}))
        if k.lemma.lower() in ("for", "on")
        for p in _pobjs(ctx, k)
    ] + ctx.kids(verb.i, frozenset({"dobj"}))
    # "made a rare trip abroad, visiting Moscow": abroad is no host's land, and a participle
    # of visiting names the place itself
    if any(
        k.lemma.lower() in ("abroad", "overseas")
        or (k.dep == "advcl" and k.lemma.lower() in ctx.rules.visit_nouns | {"visit", "tour"})
        for h in [verb, *heads]
        for k in ctx.kids(h.i)
    ):
        return False
    # "began a visit to the capital": a place told only by a common noun names no host
    # (generic_place_nouns, session 55)
    return any(
        p.lemma.lower() in ctx.rules.visit_nouns
        and all(_generic_place(ctx, k) for k in ctx.kids(p.i, frozenset({"prep"})))
        for p in heads
    )


def _generic_visit_host(ctx: _Ctx, verb: Token, sources: list[Mention]) -> list[Mention]:
    """The state a visit verb's common-noun place stands for ("visited the country", "the
    first Danish minister to visit the country", "toured the war-torn nation":
    generic_place_nouns): the dateline's state, else the one state other than the visitor's
    the sentence names ("Denmark will give Bhutan ... the first Danish minister to visit the
    country"); none when it names two or more ("visited the country" after "Peru and Bolivia
    ..." says not which), or the place is the visitor's own."""
    if verb.lemma.lower() not in ctx.rules.visit_nouns:
        return []
    objs = ctx.kids(verb.i, _OBJ)
    if not objs or not all(_generic_place_word(ctx, o) for o in objs):
        return []
    own = {_principal(m) for m in sources}
    hosts = [m for m in _dateline_host(ctx) if _principal(m) not in own]
    if hosts or _dateline_host(ctx):
        return hosts
    sent = ctx.parse.sentences[verb.sent]
    others: dict[str, Mention] = {}
    for i in range(sent.token_start, sent.token_end):
        m = ctx.by_token.get(i)
        if m is None or m.actor is None or m.members:
            continue
        p = _principal(m)
        if p and p not in own and p in _state_codes():
            others.setdefault(p, m)
    return list(others.values()) if len(others) == 1 else []


def _generic_place(ctx: _Ctx, prep: Token) -> bool:
    """Whether a preposition's objects name a place only by a common noun ("to the capital",
    "to the country") with no actor."""
    objs = _pobjs(ctx, prep)
    return bool(objs) and all(_generic_place_word(ctx, o) for o in objs)


def _generic_place_word(ctx: _Ctx, tok: Token) -> bool:
    """Whether a token is a common noun of place (generic_place_nouns) naming no actor ("the
    capital", not "the Kenyan capital")."""
    return tok.lemma.lower() in ctx.rules.generic_place_nouns and not _actors(
        ctx, [tok], "target", places=True
    )


#: Steps from a relative clause's noun up to the verb of the clause it is told in ("signed
#: in Dushanbe ... in the presence of X's president, who was on a visit": president < of <
#: presence < in < signed)
_VENUE_STEPS = 6


def _clause_venue(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The place named by the clause a visitor's relative clause is told in, when the
    relative clause names none ("The deal was signed in Dushanbe by Uzbekistan's prime
    minister, who was on a two-day visit"; "handed over at a ceremony in Male by Turkey's
    defense minister, who was on a visit"): the in-phrase of that clause's verb, or of its
    at-phrase; the visit is made there (before the dateline's state, _dateline_host)."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return []
    main = _verb_up(ctx, ctx.tok(verb.head), _VENUE_STEPS)
    if main is None:
        return []
    places = _preps(ctx, main, frozenset({"in"}))
    for at in _preps(ctx, main, frozenset({"at"})):
        places += _preps(ctx, at, frozenset({"in"}))
    return _actors(ctx, places, "target", places=True)


def _talks_partners(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The actors a trip's talks are held with ("flew to Geneva for talks with U.S. officials",
    "traveled to Oman for a meeting with American envoys") or at ("will fly to Vienna for talks
    at the OSCE": the body seated there): a for-phrase of a gathering noun and its with- or
    at-phrase."""
    heads = [
        p
        for k in ctx.kids(verb.i, frozenset({"prep"}))
        if k.lemma.lower() == "for"
        for p in _pobjs(ctx, k)
        if p.lemma.lower() in ctx.rules.gathering_nouns
    ]
    places = [w for h in heads for w in _preps(ctx, h, _TALKS_WITH)]
    # "for talks at the headquarters of the African Union": the body whose seat it is
    places = [
        o
        for w in places
        for o in (_preps(ctx, w, _SEAT_OF) if w.lemma.lower() in ctx.rules.body_seat_nouns else [w])
    ]
    return _actors(ctx, places, "target")


_TALKS_WITH = frozenset({"with", "at"})  # prepositions of a trip's talks' partner
_SEAT_OF = frozenset({"of"})  # "the headquarters of the AU": whose seat


def _dateline_host(ctx: _Ctx) -> list[Mention]:
    """The state of the article's dateline ("NAIROBI —", "Nairobi, Kenya —"), the place a
    visit with no place named is made to; none without a dateline."""
    sents = ctx.parse.sentences
    if ctx.first_body >= len(sents):
        return []
    start = sents[ctx.first_body].token_start
    toks = ctx.parse.tokens[start : start + 12]
    # a dash set off by a space ("(AP) -"), not a hyphen inside a name ("PORT-AU-PRINCE")
    dash = next(
        (t.i for t in toks if t.text in _DASHES and t.i > start and ctx.tok(t.i - 1).ws), None
    )
    if dash is None:
        return []
    words = []
    for t in ctx.parse.tokens[start:dash]:
        if t.text in (",", "(") or "\n" in t.text:
            break  # ("DUBLIN (Reuters) -": the agency's credit ends the place)
        glued = t.text == "-" and not t.ws and not ctx.tok(t.i - 1).ws
        if not glued and t.pos not in ("PROPN", "SPACE") and not t.text.isupper():
            return []  # "Japan's envoy — who ...": a sentence, no dateline
        words.append(t.text + (" " if t.ws else ""))
    name = "".join(words).strip()
    place = resolve_place(name)
    if place is None or not place.country:
        # "ASUNCION, Paraguay (AP) —": a city the gazetteer spells otherwise, its state after it
        after = ctx.parse.tokens[start + len(words) + 1 : dash]
        state = [
            t.text for t in after[: next((n for n, t in enumerate(after) if t.text == "("), None)]
        ]
        place = resolve_place(" ".join(state)) if state else None
    if place is None or not place.country:
        return []
    first = ctx.tok(start)
    actor = Actor(place.country, place.country, "", place.name)
    return [
        Mention(
            f"dateline:{first.start}",
            "",
            first.start,
            ctx.tok(dash - 1).end,
            name,
            first.sent,
            start,
            dash,
            "place",
            actor,
        )
    ]


def _absolute_parties(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The parties of the act a go-between's absolute clause hangs on.

    "Israel and Hamas agreed to a truce, with Egypt and Qatar acting as mediators": the
    subjects and with-partners of a clause of taking part (mediated_host_verbs) that is not
    planned or negated, as for "talks mediated by Qatar" (_mediated_parties).
    """
    host = _absolute_host(ctx, verb)
    if host is None or host.lemma.lower() not in ctx.rules.mediated_host_verbs:
        return []
    if _modality(ctx, host) is not None or _negated(ctx, host):
        return []
    if ctx.kids(host.i, frozenset({"xcomp"})):
        return []  # "agreed to hold talks, with Brunei acting as mediator": talks only planned
    withs = frozenset({"with"})
    # "signed a treaty with Chile, with Brazil serving as mediator"
    partners = _own_or_object_preps(ctx, host, withs)
    subjects = _subject_tokens(ctx, host) + _co_subjects(ctx, host)
    return _actors(ctx, subjects + partners, "target")


_CLAUSE_DEPTH = 6  # dependency steps under a trigger that the clause search walks


# what the clause search walks through: objects, prepositional chains, appositions; never a
# reported (ccomp), adverbial (advcl) or relative (relcl) clause, whose speaker or act differ
_CLAUSE_WALK = frozenset(
    {"dobj", "obj", "dative", "prep", "pobj", "pcomp", "xcomp", "acl", "conj", "appos", "prt"}
)


def _topic_phrase(ctx: _Ctx, verb: Token, prep: Token) -> bool:
    """Whether a trigger's phrase tells what is talked about ("spoke of his sorrow over the war
    with China", "talked about the dam dispute with Ethiopia": topic_preps, topic_of_verbs)."""
    word = prep.lemma.lower()
    return word in ctx.rules.topic_preps or (
        word == "of" and verb.lemma.lower() in ctx.rules.topic_of_verbs
    )


def _own_people_addressed(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb of addressing has the source's own people for object ("warned its
    citizens against travel to Burkina Faso", "urged its nationals to leave"): advice at
    home, aimed at no state its clause names (own_people_nouns with "its", "their", "own")."""
    if verb.lemma.lower() not in ctx.rules.addressing_verbs:
        return False
    return any(
        o.lemma.lower() in ctx.rules.own_people_nouns and _home_marked(ctx, o)
        for o in ctx.kids(verb.i, _OBJ)
    )


def _home_marked(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun is marked as the actor's own: a possessive pronoun ("its citizens") or a
    word of domestic_modifiers ("own", "domestic", "national", ...)."""
    return any(
        (k.dep == "poss" and k.pos == "PRON") or k.lemma.lower() in ctx.rules.domestic_modifiers
        for k in ctx.kids(noun.i)
    )


def _clause_targets(
    ctx: _Ctx, verb: Token, pattern: Pattern, code: str, sources: list[Mention]
) -> list[Mention]:
    """The one actor an argument position of the trigger's own clause names, else nothing.

    The fallback after a pattern's own slots and the context rules found no target: "walked
    out of the talks with Egypt" (deeper than the slots look), "filed a protest over the
    actions of Chinese ships". Below the trigger's own object and phrases (its pattern's
    slots read those), objects, objects of argument prepositions (argument_preps; those in
    aimed_preps only for a hostile act) and "of" complements of what was found count; a place a
    seizure or arrest is at (front_place_nouns: "on the Thai border") is passed over whole. Another
    event noun's arguments are its own: only a reaction reads its author ("over incursions by
    Turkish troops"). It never enters another trigger's clause, a reported clause or a
    negated phrase; one position may name parallel targets, two naming different actors
    (other than the source) give nothing.
    """
    rules = ctx.rules
    hostile = code[:2] in rules.hostile_roots
    # "condemned the attack on the embassy": a reaction answers the act's author, never its victim
    answering = code[:2] in rules.reaction_roots or code[:2] in rules.appraisal_roots
    # "captured a rebel camp on the Thai border": a seizure or an arrest at a border is done to
    # whom it takes, not to the state beyond (a force moved or fire aimed there is: 15, 19)
    seizing = code.startswith(tuple(rules.placed_seizure_codes))
    verbs = ctx.patterns.verbs
    heads: list[Token] = []
    seen = {verb.i}
    frontier = [verb]
    for _ in range(_CLAUSE_DEPTH):
        nxt: list[Token] = []
        for cur in frontier:
            lemma = cur.lemma.lower()
            # the pattern's own object noun ("lodged a protest", "walked out of the talks") is
            # this act; any other event noun is another act, with arguments of its own
            event = (
                cur.pos == "NOUN"
                and lemma not in pattern.objects
                and lemma not in pattern.object_words
                and (
                    lemma in ctx.patterns.nouns
                    or lemma in rules.act_nouns
                    or lemma in rules.merger_nouns  # "union with Greece": a partner's
                )
            )
            owned = any(h.i == cur.i for h in heads)  # "the actions of X": X's
            owners = (
                _judged_owners(ctx, cur)
                if answering
                and cur.pos == "NOUN"
                and lemma not in pattern.objects
                and lemma not in pattern.object_words
                else []
            )
            if owners:
                # "voiced concern over its sales of drones to Russia": a judgement answers
                # the owner of what it is about (a pronoun too), not those its phrases name
                heads.extend(owners)
                continue
            if answering and cur.dep in _OBJ and cur.head == verb.i:
                # "protested the drills, which were staged by China": the author its own
                # relative clause names
                heads.extend(_relative_authors(ctx, cur))
            for k in ctx.kids(cur.i, _CLAUSE_WALK):
                if k.i in seen or _negated(ctx, k):
                    continue
                if k.pos in ("VERB", "AUX") and (k.dep != "xcomp" or k.lemma.lower() in verbs):
                    # another trigger's arguments are its own; a clause of reason or manner
                    # ("criticized the declaration for failing to mention Russia") is no part
                    continue
                seen.add(k.i)
                if seizing and _front_place(ctx, k) and cur.i != verb.i:
                    # "captured a rebel camp on the Thai border", "arrested four men near the
                    # border with Serbia": a place the act is at, whose neighbour it names, is
                    # no one the act is done to
                    continue
                nxt.append(k)
                if k.dep in _OBJ and cur.i != verb.i:
                    # the trigger's own object is its pattern's business ("calling the U.S. a
                    # ...", "met the aspirations of"): only objects further down count; no
                    # text drafted ("helped draft an accord signed by ...": its signers)
                    if not _drafted_text(ctx, k):
                        heads.append(k)
                elif k.dep in ("prep", "dative") and k.pos == "ADP":
                    if k.i > 0 and ctx.tok(k.i - 1).lemma.lower() in rules.unargument_words:
                        nxt.pop()  # "according to Kyiv", "along with France"
                        continue
                    if cur.i == verb.i:
                        # the trigger's own phrases are its pattern's slots, read and refused
                        # there ("received a letter from Poland"); only deeper ones count. A
                        # phrase of sequence tells another occasion ("invaded the north after a
                        # coup by backers of union with Greece"): nothing in it counts
                        if k.lemma.lower() in rules.sequence_preps or _topic_phrase(ctx, verb, k):
                            nxt.pop()
                        continue
                    prep = k.lemma.lower()
                    if event:
                        # another act: a reaction answers its author, nothing else of it counts
                        nxt.pop()
                        doer = prep == "of" and lemma in rules.doer_of_nouns
                        if answering and (prep in rules.author_preps or doer):
                            heads.extend(_pobjs(ctx, k))
                        continue
                    argument = prep in rules.argument_preps and (
                        hostile or prep not in rules.aimed_preps
                    )
                    if argument or (prep == "of" and owned):
                        heads.extend(
                            p for p in _pobjs(ctx, k) if not (seizing and _front_place(ctx, p))
                        )
        frontier = nxt
    own = {s.actor.principal for s in sources if s.actor is not None}
    # one argument position may name parallel targets ("talks with Egypt and Ethiopia");
    # two positions naming different actors leave the target unknown
    groups: dict[frozenset[str], list[Mention]] = {}
    for head in heads:
        found = [
            m
            for m in _actors(ctx, [head], "target")
            if m.actor and m.actor.principal not in own and all(_differ(ctx, s, m) for s in sources)
        ]
        if found:
            groups.setdefault(frozenset(m.actor.principal for m in found if m.actor), found)
    return next(iter(groups.values())) if len(groups) == 1 else []


_BODY_MODS = frozenset({"amod", "compound"})


def _held_staff_states(ctx: _Ctx, verb: Token, sources: list[Mention]) -> list[Mention]:
    """The state whose body employs the people an arrest naming no state holds, if one.

    "Kyrgyz border guards arrested Rosa Huaman, a researcher at Peru's glacier institute",
    "A reporter for Swedish public radio was detained by police", "The reporters, who work for
    Cape Verde's state broadcaster, were arrested": the held (the trigger's object or passive
    subject), an employee noun (employee_nouns) itself, in apposition, or working (staff_verbs)
    in a relative clause, whose for/at/of phrase names exactly one state other than the
    source's. Where they work, not where they were held: no place phrase counts."""
    rules = ctx.rules
    held = [
        c
        for h in ctx.kids(verb.i, _OBJ | _PASSIVE_SUBJ)
        for c in (h, *ctx.kids(h.i, frozenset({"conj"})))
    ]
    employers: list[Token] = []
    for h in held:
        staff = [h, *ctx.kids(h.i, frozenset({"appos"}))]
        for k in staff:
            if k.lemma.lower() in rules.employee_nouns:
                employers += _preps(ctx, k, frozenset({"for", "at", "of"}))
        for rel in ctx.kids(h.i, frozenset({"relcl"})):
            if rel.lemma.lower() in rules.staff_verbs:
                employers += _preps(ctx, rel, frozenset({"for", "at"}))
    own = {s.actor.principal for s in sources if s.actor is not None}
    found = {
        m.actor.principal: m
        for e in employers
        # a state body ("Cape Verde's state broadcaster", "Swedish public radio"), not
        # "a French bank" or "a British charity": no state's staff
        if any(k.lemma.lower() in rules.public_body_words for k in ctx.kids(e.i, _BODY_MODS))
        or all(
            m.actor is not None and m.actor.role.lower() in rules.employer_roles
            for m in _actors(ctx, [e], "target")
        )
        for m in _actors(ctx, [e], "target")
        if m.actor is not None
        and m.actor.principal in _state_codes()
        and m.actor.principal not in own
    }
    return list(found.values()) if len(found) == 1 else []


def _mention_counts(ctx: _Ctx, first: int, last: int) -> Counter[str]:
    """How many mentions in tokens first..last name each state (its people and bodies too,
    no pronoun: "Syria reopened its crossing" names Syria once)."""
    seen = {id(m): m for i in range(first, last) if (m := ctx.by_token.get(i)) is not None}
    return Counter(
        m.actor.principal
        for m in seen.values()
        if m.actor is not None
        and not m.members
        and m.kind != "pronoun"
        and m.actor.principal in _state_codes()
    )


def _timed(ctx: _Ctx, tok: Token) -> bool:
    """Whether a noun names a time ("on Monday", "on Sept. 22"), not a thing aimed at."""
    ent = ctx.ent_of.get(tok.i)
    return ent is not None and ent.label in ("DATE", "TIME")


def _reported_home_target(ctx: _Ctx, verb: Token, sources: list[Mention]) -> list[Mention]:
    """The state whose guarding body reports a foreign force's strike that names no one struck.

    "Russia's Defense Ministry said Ukrainian drones had hit the station", "Chinese rockets
    struck a depot overnight, the Philippine coast guard said": a body that guards its state's
    ground (home_guard_words on the speaker's head or its modifiers) tells of a strike on its
    own ground when the strike names no place or party. The strike's own subject is the
    foreign source; a passive ("drones were shot down"), a negated strike, one told as begun
    "first" (a charge) or a weapon fired at nothing ("fired two missiles into the sea") is
    none. A foreign ministry may tell of a third state's loss, so only guarding bodies count;
    a far state's body counts only while the story names no neighbour of the doer."""
    rules = ctx.rules
    if _negated(ctx, verb) or not any(
        k.i in ctx.by_token or ctx.kids(k.i, frozenset({"amod", "compound", "poss"}))
        for k in ctx.kids(verb.i, frozenset({"nsubj"}))
    ):
        return []
    if any(
        k.lemma.lower() in rules.first_strike_adverbs for k in ctx.kids(verb.i, frozenset({"advmod"}))
    ):
        return []  # "Cambodian troops opened fire first": who began it, a charge (_struck_first)
    fired = [  # "fired two missiles", or a weapon naming the object ("a missile test")
        o
        for o in ctx.kids(verb.i, _OBJ)
        if o.lemma.lower() in rules.home_fired_weapons
        or any(
            k.lemma.lower() in rules.home_fired_weapons
            for k in ctx.kids(o.i, frozenset({"compound", "amod", "nmod"}))
        )
    ]
    if fired and not any(
        p.lemma.lower() in rules.home_aimed_preps
        and any(not _timed(ctx, g) for g in _pobjs(ctx, p))  # not "on Monday"
        for t in (verb, *fired)
        for p in ctx.kids(t.i, frozenset({"prep"}))
    ):
        return []  # "fired two missiles into the sea": a launch, aimed at no one's ground
    clause = _enclosing_report(ctx, verb)
    if clause is None or clause.i != verb.i:
        return []  # the strike itself is what is said, not a clause inside it
    said = _report_verb(ctx, clause)
    if said.lemma.lower() not in rules.speech_verbs or _negated(ctx, said):
        return []
    speakers = [k for k in ctx.kids(said.i, _SUBJ) if k.i > ctx.dateline_end]
    if len(speakers) != 1:
        return []
    head = speakers[0]
    words = {head.lemma.lower()} | {
        k.lemma.lower() for k in ctx.kids(head.i, frozenset({"compound", "amod"}))
    }
    if not words & rules.home_guard_words:
        return []
    own = {s.actor.principal for s in sources if s.actor is not None}
    found = {
        m.actor.principal: m
        for m in _actors_of(ctx, head, "target")
        if m.actor is not None
        and m.actor.principal in _state_codes()
        and m.actor.principal not in own
    }
    if len(found) != 1 or len(own) != 1:
        return []
    (home,) = found
    (doer,) = own
    borders = bordering_states(doer)
    if home not in borders:
        # "Britain's Defence Ministry said Russian drones hit a power station", in a story
        # naming Ukraine: a far state's body may tell of the strike on the doer's neighbour
        end = ctx.parse.sentences[verb.sent].token_end
        if any(p in borders for p in _mention_counts(ctx, 0, end)):
            return []
    return list(found.values())


def _front_place(ctx: _Ctx, tok: Token) -> bool:
    """An object naming a place at a front or border ("the Thai border", "the border area")."""
    return tok.dep in ("dobj", "obj", "pobj") and tok.lemma.lower() in ctx.rules.front_place_nouns


def _entered_states(ctx: _Ctx, verb: Token, pattern: Pattern) -> list[Mention]:
    """The states an agentless refusal of entry keeps people out of: the object of the entering
    verb of its from-clause ("was barred from entering India": pattern.object_words), or the
    to/into phrase of the verb or of the entry noun it keeps ("was denied entry to Russia")."""
    places: list[Token] = []
    for prep in ctx.kids(verb.i, frozenset({"prep"})):
        word = prep.lemma.lower()
        if word == "from":
            for clause in ctx.kids(prep.i, frozenset({"pcomp"})):
                if clause.lemma.lower() in pattern.object_words:
                    places += ctx.kids(clause.i, _OBJ)
        elif word in ("to", "into"):
            places += _pobjs(ctx, prep)
    for o in ctx.kids(verb.i, _OBJ):
        places += _preps(ctx, o, frozenset({"to", "into"}))
    return _actors(ctx, places, "source", places=True)


_TO_INTO = frozenset({"to", "into"})


def _people_reached(ctx: _Ctx, tok: Token) -> bool:
    """Whether an access phrase reaches people, not a place ("access to the men", "to him",
    "to Ms. Reyes"): a pronoun, a held noun or a person named."""
    if tok.pos == "PRON" or tok.lemma.lower() in ctx.rules.held_nouns:
        return True
    ent = ctx.ent_of.get(tok.i)
    m = ctx.by_token.get(tok.i)
    return (ent is not None and ent.label == "PERSON") or (m is not None and m.person is not None)


def _dateline_door(ctx: _Ctx, verb: Token, outside: list[Mention]) -> list[Mention]:
    """The state that shut a door no place of the sentence names ("LA PAZ — ... The mission
    was refused entry to one laboratory"): the dateline's state, when it is the one state the
    story names before the sentence besides the kept-out's own. A dateline state the story
    does not name ("GENEVA —"), or a second state named before, leaves the doer untold."""
    own = {_principal(o) for o in outside}
    home = _dateline_host(ctx)
    if not own or not home or _principal(home[0]) in own:
        return []
    reached = [p for o in (verb, *ctx.kids(verb.i, _OBJ)) for p in _preps(ctx, o, _TO_INTO)]
    if any(_people_reached(ctx, p) for p in reached):
        return []  # "was refused access to the men": consular access, no door
    named = {
        m.actor.principal
        for i in range(home[0].token_end + 1, ctx.parse.sentences[verb.sent].token_start)
        if (m := ctx.by_token.get(i)) is not None and m.actor is not None and not m.members
    }
    named = {p for p in named if p in _state_codes()} - own
    return home if named == {_principal(home[0])} else []


def _host_party(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The party to a deal that a participle with a with-partner tells ("Syria unveiled a plan
    agreed with Saudi officials", "adopted a deal reached with Turkey"): the subject of the
    verb the deal noun is the object of, unless that verb answers the deal rather than
    carries it ("Israel rejected a plan agreed with Egypt": who agreed is not said)."""
    if verb.dep != "acl" or verb.tag not in ("VBN", "VBD") or verb.head == verb.i:
        return []
    if ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ | frozenset({"agent"})):
        return []
    if not any(k.lemma.lower() == "with" for k in ctx.kids(verb.i, frozenset({"prep"}))):
        return []
    host = _governing_verb(ctx, ctx.tok(verb.head))
    rules = ctx.rules
    if host is None or host.lemma.lower() in rules.answering_verbs | rules.speech_verbs:
        return []
    if _negated(ctx, host) or ctx.kids(host.i, _PASSIVE_SUBJ):
        return []
    return _actors(ctx, _subject_tokens(ctx, host), "source")


def _told_doers(
    ctx: _Ctx, verb: Token, obj: Token | None, targets: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """The (doer, patient) pairs of an act an agentless passive restates ("The ban was imposed
    in 2021", "The sanctions were lifted"): the passive's subject (or a participle's noun) is
    a definite act noun with no author of its own, and the nearest earlier sentence that
    tells the act (the noun, its verb, or a verb with that noun as object) names one doer.
    Two doers there, or none, or a patient the passive names that the telling does not act
    on, give nothing (which act is meant is not said)."""
    if obj is None or obj.pos != "NOUN" or obj.sent != verb.sent:
        return []
    lemma = obj.lemma.lower()
    rules = ctx.rules
    if lemma in rules.generic_act_nouns or ctx.kids(obj.i, frozenset({"poss"})):
        return []
    if not any(d.lemma.lower() in rules.definite_determiners for d in ctx.kids(obj.i)):
        return []
    if _authored(ctx, obj) or _named_author(ctx, obj):
        return []
    here = _told_here(ctx, verb, obj, lemma)
    if here is not None:
        return here
    wanted = {_principal(t) for t in targets}
    for index in range(verb.sent - 1, max(ctx.first_body, verb.sent - _TOLD_WINDOW) - 1, -1):
        told = [
            h
            for h in ctx.sentence_hits.get(index, ())
            if h.target is not None
            and h.source.actor is not None
            and h.target.actor is not None
            and (
                _same_act(ctx, lemma, h.trigger)
                or any(
                    _same_act(ctx, lemma, k) and not _others_act(ctx, h.source, k)
                    for k in ctx.kids(h.trigger.i, _OBJ)
                )
            )
        ]
        if not told:
            continue
        doers = {_principal(h.source) for h in told}
        sent = ctx.parse.sentences[index]
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if _same_act(ctx, lemma, t) and t.i not in {h.trigger.i for h in told}:
                # an uncoded telling by another doer ("A blockaded the ports of X and B ...")
                doers |= {_principal(a) for a in _telling_authors(ctx, t, hosted=False)}
        if len(doers) > 1:
            return []  # "A blockaded X and B blockaded Y. The blockade was tightened": which?
        pairs: dict[tuple[str, str], tuple[Mention, Mention]] = {}
        for h in told:
            assert h.target is not None
            if not wanted or _principal(h.target) in wanted:
                pairs.setdefault((_principal(h.source), _principal(h.target)), (h.source, h.target))
        return list(pairs.values())
    return []


def _others_act(ctx: _Ctx, doer: Mention, noun: Token) -> bool:
    """Whether an act noun a verb takes names another state as its own ("Brazil rebuffed a
    U.S. offer", "spurned Peru's proposal"): the verb answers that act, it tells no doing of
    it, so a passive that restates the act ("the offer had been made in good faith") is not
    the verb's subject's."""
    owners = ctx.kids(noun.i, frozenset({"poss", "compound", "amod"}))
    return any(_principal(m) != _principal(doer) for m in _actors(ctx, owners, "source"))


def _told_here(
    ctx: _Ctx, verb: Token, obj: Token, lemma: str
) -> list[tuple[Mention, Mention]] | None:
    """The (doer, patient) pair of the act a passive restates when a clause before it in the
    same sentence tells it ("Peru invited Chile's president to Lima, and the invitation was
    accepted"): the telling verb's one subject and one object, of two states; None when no
    verb before the noun tells the act, [] when the telling names no such pair or several
    verbs tell it (which is meant is not said)."""
    sent = ctx.parse.sentences[verb.sent]
    tellings = [
        t
        for t in ctx.parse.tokens[sent.token_start : obj.i]
        if t.pos == "VERB" and _same_act(ctx, lemma, t)
    ]
    if not tellings:
        return None
    if len(tellings) > 1 or _negated(ctx, tellings[0]) or _modality(ctx, tellings[0]):
        return []
    told = tellings[0]
    coded = {
        (_principal(h.source), _principal(h.target)): (h.source, h.target)
        for h in ctx.hits_here
        if h.trigger.i == told.i
        and h.target is not None
        and h.source.actor is not None
        and h.target.actor is not None
        and _differ(ctx, h.source, h.target)
    }
    if coded:
        # "Chile's embassy in Lima asked for consular access ..., and the request was granted":
        # the telling's own hit names the party asked where no object does
        return list(coded.values()) if len(coded) == 1 else []
    doers = _actors(ctx, ctx.kids(told.i, _SUBJ), "source")
    patients = _actors(ctx, ctx.kids(told.i, frozenset({"dobj"})), "target")
    if len(doers) != 1 or len(patients) != 1 or not _differ(ctx, doers[0], patients[0]):
        return []
    return [(doers[0], patients[0])]


def _retained_object(ctx: _Ctx, verb: Token, obj: Token | None) -> bool:
    """Whether a passive keeps the pattern's object noun as its own object: "was refused entry
    by Belarus", "was handed a protest note by Beijing". Its subject is then the receiver,
    the act's target, as the dative of the active is. The object noun may be the content of
    the kept amount: "was given $300 million in loans". (Not a compound: "was handed a
    protest note demanding ..." is the note's demand, read by the carried clause.)"""
    for _ in range(3):
        if obj is None or obj.head == obj.i:
            return False
        if obj.head == verb.i:
            return obj.dep in _OBJ
        if obj.dep not in ("pobj", "prep"):
            return False
        obj = ctx.tok(obj.head)
    return False


def _relative_authors(ctx: _Ctx, noun: Token) -> list[Token]:
    """Who a relative clause on a reaction's object says did it: the agent of a passive
    ("the drills, which were staged by China") or the subject of an active clause whose
    object is the noun ("the survey a Chinese ship conducted"). A clause that negates or
    only plans the act names no author, nor does one on a noun of people or things ("condemned
    the men Britain arrested")."""
    lemma = noun.lemma.lower()
    if lemma not in ctx.patterns.nouns and lemma not in ctx.rules.act_nouns:
        return []
    found: list[Token] = []
    answering = ctx.rules.reaction_roots | ctx.rules.answering_roots
    for rel in ctx.kids(noun.i, frozenset({"relcl"})):
        if _negated(ctx, rel) or _modality(ctx, rel) is not None:
            continue
        if any(p.code[:2] in answering for p in ctx.patterns.verbs.get(rel.lemma.lower(), ())):
            continue  # "a fresh charge Kyiv dismissed": who answers the act did not do it
        if rel.lemma.lower() in ctx.rules.speech_verbs:
            continue  # "the shelling, which Kyiv reported": who tells the act did not do it
        if ctx.kids(rel.i, _PASSIVE_MARKS):
            found += [o for a in ctx.kids(rel.i, frozenset({"agent"})) for o in _pobjs(ctx, a)]
        elif not ctx.kids(rel.i, _OBJ) or any(
            o.lemma.lower() in ("which", "that") for o in ctx.kids(rel.i, _OBJ)
        ):
            found += [
                k for k in ctx.kids(rel.i, _SUBJ) if k.lemma.lower() not in ("which", "that", "who")
            ]
    return found


def _unknown_partner(ctx: _Ctx, verb: Token, pattern: Pattern | None = None) -> bool:
    """Whether a "with" phrase names a party that is no known actor: "hold talks with the group".

    The subjects then act together on that party, not on one another. So does a noun in the
    pattern's own partner slot, for a meeting (partner_slot_roots: "both governments are
    speaking to domestic audiences"), or the object of a verb whose object is the one met ("the
    two governments had consulted village elders", partner_object_verbs): a pair partner would
    be an actor, "each other" keeps it.
    """
    hosts = [verb, *ctx.kids(verb.i, _OBJ)]
    if verb.lemma.lower() in ctx.rules.topic_talk_verbs:
        hosts = [verb]  # "discussed a planned exercise with the United States": the topic's
    words = ctx.rules.partner_nouns | ctx.rules.role_nouns
    for p in (p for h in hosts for p in _preps(ctx, h, frozenset({"with"}))):
        if p.lemma.lower() in words or p.text.lower() in words or p.pos == "PROPN":
            return True
    if pattern is None or pattern.code[:2] not in ctx.rules.partner_slot_roots:
        return False
    preps = frozenset(
        w for name, ws in map(slot_parts, pattern.target) if name == "prep" for w in ws
    )
    met = _preps(ctx, verb, preps) if preps else []
    if verb.lemma.lower() in ctx.rules.partner_object_verbs:
        met += ctx.kids(verb.i, frozenset({"dobj"}))
    # people or parties: a plural ("voters", "village elders"), a name or a party noun, not a
    # manner ("met with the aim of easing tensions", "spoke with one voice")
    return any(
        (t.tag in ("NNS", "NNPS") or t.pos == "PROPN" or t.lemma.lower() in words)
        and t.lemma.lower() not in ("other", "another")
        for t in met
    )


def _told_talks(ctx: _Ctx, verb: Token, obj: Token | None) -> bool:
    """Whether a mediator's object is "the talks" told before, with no sides of its own.

    "Qatar mediated talks between A and B" names the sides; "the AU, which mediated the
    talks with Kenya" does not (Kenya mediates alongside).
    """
    if (
        obj is None
        or _earlier_talks(ctx, obj)
        or not any(d.lemma.lower() == "the" for d in ctx.kids(obj.i, frozenset({"det"})))
    ):
        return False
    between = frozenset({"between"})
    if _preps(ctx, obj, frozenset({"of", "for"})):
        return False  # "hosted the meeting of foreign ministers": its own participants
    return not _preps(ctx, obj, between) and not _preps(ctx, verb, between)


def _charge_host(ctx: _Ctx, t: Token) -> Token | None:
    """The verb of blame whose of/for phrase holds t: "accused China of ramming ...".

    Only when the verb's object (the accused) comes before the phrase, as
    _subject_tokens reads it, or is the gap of a relative clause ("four firms it accuses of
    supplying drones to Russia": the firms). A conjunct stands where its first conjunct does.
    """
    for _ in range(4):
        if t.dep != "conj" or t.head == t.i:
            break
        t = ctx.tok(t.head)
    if t.dep not in ("pcomp", "pobj") or t.head == t.i:
        return None
    prep = ctx.tok(t.head)
    if prep.lemma.lower() not in ("of", "for") or prep.head == prep.i:
        return None
    host = ctx.tok(prep.head)
    objs = ctx.kids(host.i, _OBJ)
    if host.lemma.lower() not in ctx.rules.object_pcomp_verbs:
        return None
    if not objs:
        return host if host.dep == "relcl" and host.head < host.i else None
    return None if objs[0].i > prep.i else host


def _accuser_own(ctx: _Ctx, t: Token, heads: list[Token]) -> list[Mention]:
    """The accuser as the target of the act it charges: "accused China of ramming its boat".

    A hostile act told inside a charge whose object is "its crew", "their ships" is aimed
    at the accuser: the accused does not attack its own (a pronoun resolved to a third actor,
    or "its own", keeps out). The guidelines code "X said Y did Z" as Y -> Z.
    """
    host = _charge_host(ctx, t)
    if host is None or _negated(ctx, host):
        return []
    accusers = _actors(ctx, _subject_tokens(ctx, host), "source")
    accused = _actors(ctx, ctx.kids(host.i, _OBJ), "source")
    if not accusers:
        return []
    sides = {m.actor.principal for m in accusers + accused if m.actor is not None}
    for h in heads:
        if _own_noun(ctx, h):
            continue
        for p in ctx.kids(h.i, frozenset({"poss"})):
            if p.pos != "PRON" or p.lemma.lower() in ctx.rules.first_person:
                continue
            m = ctx.by_token.get(p.i)
            if m is None or (m.actor is not None and m.actor.principal in sides):
                return accusers
    return []


def _charged_parties(ctx: _Ctx, verb: Token, pattern: Pattern) -> list[Mention]:
    """Whom a trailing charge accuses, for a deed that names no one.

    "Paraguay suspended negotiations, accusing Brazil of keeping prices low", "the delegation
    walked out of the talks, blaming Kigali for the fighting": the deed is aimed at the accused
    of its -ing clause (charging_verbs), a clause with no subject of its own. A deed whose
    object is where its target stands (a dobj target: "expelled", "suspended") falls on that
    object unless it is an envoy or a gathering: "expelled three activists, accusing Poland of
    funding them", "suspended two newspapers, accusing France" are not aimed at the accused;
    "expelled two diplomats, accusing Estonia", "suspended negotiations, accusing Brazil" are.
    """
    if "dobj" in pattern.target and not all(
        _posted(ctx, o) or o.lemma.lower() in ctx.rules.gathering_nouns
        for o in ctx.kids(verb.i, _OBJ)
    ):
        return []
    out: list[Mention] = []
    for k in ctx.kids(verb.i, frozenset({"advcl", "xcomp"})):
        if k.tag != "VBG" or k.lemma.lower() not in ctx.rules.charging_verbs:
            continue
        if ctx.kids(k.i, _SUBJ) or _negated(ctx, k):
            continue
        out += _actors(ctx, ctx.kids(k.i, _OBJ), "target")
    return out


def _role_fits(ctx: _Ctx, pattern: Pattern, source: Mention, verb: Token) -> bool:
    """Whether a source may do what a pattern with `subject_roles` tells: "Chinese bombers
    flew near Japan" (MIL) shows force, "the Japanese prime minister flew near Taiwan" (GOV)
    travels; a state named alone does as the modifier of a craft or unit ("A Chinese drone
    flew near Yonaguni", agent_nouns) or with a direct object ("China sailed a carrier near
    Taiwan")."""
    if source.actor is None:
        return False
    if source.actor.role in pattern.subject_roles:
        return True
    if source.kind != "name" or source.actor.role != "":
        return False
    if _from_role(ctx, pattern, source):
        return True
    modifier = ctx.tok(source.token_end - 1).dep in ("amod", "compound")
    return modifier or bool(ctx.kids(verb.i, _OBJ))


def _from_role(ctx: _Ctx, pattern: Pattern, source: Mention) -> bool:
    """Whether a state named in a from-phrase owns a role noun of the pattern's roles ("the
    first 200 police officers from Rwanda arrived in Maputo": Rwanda's police, as "Rwandan
    police officers" are; "officials from Rwanda" are no police)."""
    t = ctx.tok(source.token_end - 1)
    if t.dep != "pobj" or t.head == t.i or ctx.tok(t.head).lemma.lower() != "from":
        return False
    prep = ctx.tok(t.head)
    if prep.head == prep.i:
        return False
    noun = ctx.tok(prep.head)
    if noun.pos != "NOUN":
        return False
    words = [k.text.lower() for k in ctx.kids(noun.i, frozenset({"compound"})) if k.i < noun.i]
    named = (*words, noun.text.lower())
    roles = _role_words()
    return any(roles.get(named[i:]) in pattern.subject_roles for i in range(len(named))) or any(
        roles.get((w,)) in pattern.subject_roles for w in words
    )


def _relative_author(ctx: _Ctx, verb: Token) -> list[Mention]:
    """Who made the act a reaction in a relative clause answers, when its sentence says so.

    "Officials in Bamako repeated the accusation, which Paris denied", "Moscow levelled a
    charge Kyiv dismissed": the author named on the act noun itself ("Mali's charge"), or the
    subject of the verb that voices it (voicing_verbs), before the noun.
    """
    head = _gap_head(ctx, verb, ("NOUN",))
    if head is None and verb.dep != "relcl":
        head = _glued_head(ctx, verb, ctx.kids(verb.i, _SUBJ))
    if head is None and verb.dep == "acl":
        head = _relative_head(ctx, verb)  # "a move Guyana's army called": a broken-up clause
    if head is None:
        return []
    if head.lemma.lower() not in ctx.rules.act_nouns:
        # "will travel to Beijing, a trip Washington has criticized": a noun of an act the
        # dictionary knows sums up its clause as "a step" does
        host = _summed_host(ctx, head) if _act_roots(ctx, head.lemma.lower()) else None
        return [] if host is None else _actors(ctx, _subject_tokens(ctx, host), "source")
    summed = head
    if head.dep in ("appos", "npadvmod"):
        # "renewed its claim that ..., a claim Kyiv rejected": the noun it restates
        first = ctx.parse.sentences[head.sent].token_start
        head = next(
            (
                ctx.tok(i)
                for i in range(head.i - 1, first - 1, -1)
                if ctx.tok(i).lemma == head.lemma
            ),
            head,
        )
    found = _named_author(ctx, head)
    if found:
        return found
    gov = _governing_verb(ctx, head)
    if gov is not None and gov.i < head.i and gov.lemma.lower() in ctx.rules.voicing_verbs:
        return _actors(ctx, _subject_tokens(ctx, gov), "source")
    host = _summed_host(ctx, summed)
    return [] if host is None else _actors(ctx, _subject_tokens(ctx, host), "source")


def _relative_maker(ctx: _Ctx, verb: Token) -> list[Mention]:
    """Who made what a reaction in a comma-set "which" clause answers, when that is no act
    noun: the subject of the clause it hangs on. Either the clause's act itself, the "which"
    hung on its date ("Peru expelled the envoy on Monday, which Mexico condemned": PER), or a
    thing its act made, named by no actor of its own ("Kenya replaced its visas with an
    electronic permit, which Ghana criticized": KEN; not "bought Russian jets, which ...":
    whose?). The clause must tell a deed done, not a saying, an answer or a plan ("said it
    would build a dam, which Iraq criticized", "criticized the tariffs, which Brazil called
    illegal").
    """
    rules = ctx.rules
    gap = [o for o in ctx.kids(verb.i, _OBJ) if o.lemma.lower() == "which"]
    if verb.dep != "relcl" or not gap or ctx.tok(gap[0].i - 1).text != ",":
        return []
    head = ctx.tok(verb.head)
    date = ctx.ent_of.get(head.i)
    dated = date is not None and date.label == "DATE"
    if head.i > verb.i or not (dated or head.pos == "NOUN"):
        return []
    for _ in range(3):
        if head.dep != "conj" or head.head == head.i or ctx.tok(head.head).pos != "NOUN":
            break
        head = ctx.tok(head.head)  # "barred imports of Moldovan wine and fruit, which ..."
    if not dated and not _judges_own(ctx, verb, head, gap[0].i):
        return []
    # "replaced them with a permit", "expelled the envoy on Monday": the verb above
    host = _verb_up(ctx, head, 3) if head.dep in _OBJ or head.dep == "pobj" else None
    telling = rules.speech_verbs | rules.answering_verbs | rules.claim_verbs | rules.naming_verbs
    if host is None or host.lemma.lower() in telling:
        return []  # "Argentina criticized the tariffs, which Brasilia called illegal": no maker
    if _negated(ctx, host) or _modality(ctx, host) is not None:
        return []
    return _actors(ctx, _subject_tokens(ctx, host), "source")


def _judges_own(ctx: _Ctx, verb: Token, head: Token, gap: int) -> bool:
    """Whether every actor the thing a ", which" clause hangs on names is the judge's own:
    none ("a new permit"), or the judge itself ("Russia banned Moldovan wine, which Chisinau
    called a provocation", "closed its border with Nepal, which Kathmandu condemned"), so the
    judgement is of the act done to it. A third party's thing ("bought Russian jets, which
    Kyiv criticized") leaves it open whose act or thing is judged."""
    named = {
        _principal(ctx.by_token[t.i])
        for t in ctx.parse.subtree(head.i)
        if t.i < gap and t.i in ctx.by_token
    }
    if not named:
        return True
    judges = {_principal(m) for m in _actors(ctx, ctx.kids(verb.i, _SUBJ), "source")}
    return "" not in named and bool(judges) and named <= judges


def _deed_word(ctx: _Ctx, lemma: str) -> bool:
    """Whether a noun names a deed the dictionary knows ("the blockade", "the arrests") and
    not an act told by its own noun (rules act_words) nor a feeling: a reaction to it answers
    the latest coded act of its roots, as "Guyana condemned the blockade" does."""
    rules = ctx.rules
    return (
        lemma not in rules.act_words
        and lemma not in rules.feeling_nouns
        and lemma not in rules.hazard_nouns  # "called the storm a disaster": no one's deed
        # "praised the court", "criticized the board": a body that acts, no deed of the verb
        # the noun spells ("court" a partner, "board" a ship)
        and lemma not in rules.body_nouns
        and lemma not in rules.partner_nouns
        # "rejected that view": words told, no deed of the verb the noun spells ("viewed")
        and lemma not in rules.remarked_nouns
        # "accused the ship of smuggling": a craft, no deed of the verb it spells ("shipped")
        and lemma not in rules.craft_nouns
        and bool(_act_roots(ctx, lemma))
    )


def _answers_other(ctx: _Ctx, verb: Token) -> bool:
    """Whether an answer announced names, in its to-phrase, something neither a state nor an
    act: "would respond to rising prices", "would respond to reporters later", "will not remain
    indifferent to the suffering of civilians" threaten no one; "would respond to the
    expulsion", "to any provocation", "to Moscow" answer an act or its doer."""
    rules = ctx.rules
    acts = rules.act_words | rules.deed_nouns | rules.summary_nouns | rules.answer_nouns
    heads = [verb, *ctx.kids(verb.i, frozenset({"acomp", "oprd"}))]
    named = [
        p
        for h in heads
        for k in ctx.kids(h.i, frozenset({"prep"}))
        if k.lemma.lower() in ("to", "against")
        for p in _pobjs(ctx, k)
        if p.pos in ("NOUN", "PROPN")
    ]
    return bool(named) and not any(
        p.i in ctx.by_token or p.lemma.lower() in acts or _act_roots(ctx, p.lemma.lower())
        for p in named
    )


def _clause_act(ctx: _Ctx, verb: Token) -> Token | None:
    """The act a reported charge is about when its clause names no actor: "China said the
    pact undermined regional stability", "said the expulsion was unacceptable": a definite
    act noun with no author as the clause's subject, whose authors a telling gives
    (_told_act); no generic word ("the situation"). A passive's subject too ("said the
    decision would be met with a firm response"). What the act is, told by its infinitive
    ("said the decision to shelter Zielinski was a hostile act"), names its patient, no
    author (_act_content)."""
    for c in _content_clauses(ctx, verb):
        gap = _said_gap(ctx, verb, c)
        if gap is not None:
            return gap  # "seized the tanker, a step London said broke the law"
        for subj in ctx.kids(c.i, _ANY_SUBJ):
            content = _act_content(ctx, subj)
            if (
                _definite_noun(ctx, subj)
                and subj.lemma.lower() not in ctx.rules.generic_act_nouns
                and not any(
                    t.i in ctx.by_token and t.i not in content for t in ctx.parse.subtree(subj.i)
                )
                and not _named_author(ctx, subj)
            ):
                return subj
    return None


def _act_content(ctx: _Ctx, noun: Token) -> frozenset[int]:
    """The tokens of an act noun's infinitive ("the decision to shelter Zielinski", "the move
    to expel him"): the act it names, whose mentions are its patients, not its author."""
    return frozenset(
        t.i for k in ctx.kids(noun.i, _ACL) if _infinitive(ctx, k) for t in ctx.parse.subtree(k.i)
    )


def _clause_authors(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The doers a reported judgement's act names: "said Beijing's decision was unjustified",
    "said the sanctions imposed by Washington were unfair" (an act noun subject whose phrase
    names its author; "said the pressure on Iran was counterproductive" names none)."""
    for c in _content_clauses(ctx, verb):
        for subj in ctx.kids(c.i, _ANY_SUBJ):
            if subj.lemma.lower() in ctx.rules.act_nouns:
                found = _named_author(ctx, subj) or _national_author(ctx, subj)
                if found:
                    return found
    return []


def _national_author(ctx: _Ctx, noun: Token) -> list[Mention]:
    """A state's adjective on a one-sided act noun, its author ("said the Peruvian measure
    was disproportionate", "the Chilean decision"); a deal is two sides' ("the Iran deal")."""
    if noun.lemma.lower() in ctx.rules.agreement_nouns:
        return []
    return [
        m
        for k in ctx.kids(noun.i, frozenset({"amod"}))
        if (m := ctx.by_token.get(k.i)) is not None
        and m.actor is not None
        and not m.actor.role
        and m.token_end - m.token_start == 1
    ]


def _clause_it(ctx: _Ctx, verb: Token, sources: list[Mention], words: frozenset[str]) -> bool:
    """Whether a reported charge's clause calls "it", "this" or "that" one of its words
    ("said it was a violation of law", "said this was unacceptable"): the act just told. A
    subject that stands for another actor, or a word that judges a doer rather than an act
    ("it was responsible"), is no such charge; nor is a quotation set before its speaker
    ('"It was a provocation," he said' mostly restates a charge just told)."""
    own = {_principal(m) for m in sources}
    pronouns = ctx.rules.thing_pronouns | ctx.rules.plural_thing_pronouns
    for c in _content_clauses(ctx, verb):
        untrue = _untrue(ctx, c)  # '"That is simply not true," he said'
        if c.lemma.lower() != "be" or (_negated(ctx, c) and not untrue):
            continue
        preds = ctx.kids(c.i, frozenset({"attr", "acomp"}))
        said = {k.lemma.lower() for k in preds} | ({"untrue"} if untrue else set())
        # "said it was a generous gesture", "an unfriendly act": a light act noun's judging
        # modifier (judged_act_nouns), as _judged_clauses reads it
        said |= {
            m.lemma.lower()
            for k in preds
            if k.lemma.lower() in ctx.rules.judged_act_nouns
            for m in ctx.kids(k.i, frozenset({"amod"}))
        }
        if not said & words or said & ctx.rules.doer_judgements or _extraposed(ctx, c):
            continue
        for subj in ctx.kids(c.i, _SUBJ):
            if subj.lemma.lower() not in pronouns or subj.pos not in (
                "PRON",
                "DET",
            ):
                continue
            m = ctx.by_token.get(subj.i)
            if m is None or m.actor is None or m.actor.principal in own:
                return True
    return False


def _shared_act(ctx: _Ctx, verb: Token, obj: Token | None) -> Token | None:
    """The act "it" stands for in a clause joined to another reaction: "Kyiv praised the
    ruling, while Moscow dismissed it", "France welcomed the vote, but Russia criticized it":
    the host verb's definite object noun with no author, else the object itself; a passive
    host's subject is its object ("The offer was welcomed by Accra, but Lome rejected it")."""
    if obj is None or obj.pos != "PRON" or obj.lemma.lower() != "it":
        return obj
    if verb.dep not in ("conj", "advcl") or verb.head == verb.i or not ctx.kids(verb.i, _SUBJ):
        return obj
    for noun in ctx.kids(verb.head, _OBJ | _PASSIVE_SUBJ):
        if _definite_noun(ctx, noun) and not _authored(ctx, noun) and not _named_author(ctx, noun):
            return noun
    return obj


def _felt_act(ctx: _Ctx, verb: Token, obj: Token | None, feeling: bool = False) -> Token | None:
    """The act a feeling is about: "expressed concern over the step", "voiced regret at the
    decision" react to "the step", "the decision" (a definite noun after feeling_preps),
    else the object itself. A feeling verb (feeling) has it after its own preposition: "was
    alarmed by the step", "was pleased with the decision"."""
    if feeling and (obj is None or obj.dep in _PASSIVE_SUBJ):  # "Austria was alarmed by"
        for k in ctx.kids(verb.i, frozenset({"prep", "agent"})):
            if k.lemma.lower() in ctx.rules.feeling_preps | {"by", "with", "to"}:
                for p in _pobjs(ctx, k):
                    if _definite_noun(ctx, p) and not any(
                        t.i in ctx.by_token for t in ctx.parse.subtree(p.i)
                    ):
                        return p
        return None  # the one who feels is no object: "Austria was dismayed."
    if obj is None:
        return obj
    # "expressed support for the decision", "voiced opposition to the move": a stance on it
    stance = obj.lemma.lower() in ctx.rules.stance_nouns
    if not stance and obj.lemma.lower() not in ctx.rules.feeling_nouns:
        return obj
    preps = ctx.rules.feeling_preps | (ctx.rules.stance_preps if stance else frozenset())
    for k in ctx.kids(obj.i, frozenset({"prep"})) + ctx.kids(verb.i, frozenset({"prep"})):
        if k.lemma.lower() not in preps:
            continue
        for p in _pobjs(ctx, k):
            if k.lemma.lower() == "at" and p.lemma.lower() in ctx.rules.hosted_nouns:
                continue  # "expressed concern at the meeting of ministers": where, not what
            if _definite_noun(ctx, p):
                return p
    return obj


def _names_nothing(
    ctx: _Ctx,
    verb: Token,
    deps: tuple[str, ...],
    also: Callable[[Token], bool] = lambda k: False,
) -> bool:
    """Whether a reaction verb has no dependent that could name what it reacts to (a cause,
    a clause, an addressee): only then is it "objectless" and answers the act just told. A
    date ("protested on Tuesday") names nothing; an after-clause ("voiced concern after North
    Korea fired a missile") names the act it answers (_answered_later, _uncoded_authors)."""
    return not any(
        (k.dep in deps or also(k)) and not _answering_kid(ctx, k) for k in ctx.kids(verb.i)
    )


def _answering_kid(ctx: _Ctx, k: Token) -> bool:
    """Whether a dependent of a reaction still leaves it objectless (_names_nothing): a date
    ("protested on Tuesday") names nothing it reacts to, and a clause opened by answered_marks
    ("after North Korea fired a missile") names the act answered, which _answered_later codes
    as an earlier act rather than as an object of the reaction. A frame that only says it
    answers ("In response, Oslo voiced concern", "Responding to the move, ...") names no
    act of its own either (_unnamed_response)."""
    if _unnamed_response(ctx, k):
        return True
    if k.dep == "prep":
        objs = _pobjs(ctx, k)
        return bool(objs) and all(o.ent_type in ("DATE", "TIME") for o in objs)
    marks = {m.lemma.lower() for m in ctx.kids(k.i, frozenset({"mark"}))}
    return k.dep == "advcl" and bool(marks & ctx.rules.answered_marks)


def _unnamed_response(ctx: _Ctx, k: Token) -> bool:
    """Whether a dependent says its clause answers something without naming whose act: "In
    response,", "in reply to the move", "Responding to the decision," (response_nouns,
    response_verbs), not "in response to Russia's strikes" (_response_targets reads that)."""
    if k.dep == "prep" and k.lemma.lower() in ("in", "as"):
        frames = [n for n in _pobjs(ctx, k) if n.lemma.lower() in ctx.rules.response_nouns]
    elif k.dep == "advcl" and k.lemma.lower() in ctx.rules.response_verbs:
        frames = [k]
    else:
        return False
    preps = [x for f in frames for x in _preps(ctx, f, ctx.rules.response_preps)]
    answered = [p for x in preps for p in _pobjs(ctx, x)]
    return bool(frames) and all(
        _definite_noun(ctx, p)
        and not any(t.i in ctx.by_token or t.ent_type == "NORP" for t in ctx.parse.subtree(p.i))
        for p in answered
    )


def _winner_noun(ctx: _Ctx, verb: Token) -> Token | None:
    """The noun of an election's winner a greeting is addressed to, no actor named in it
    ("congratulated the incumbent", "sent congratulations to the president-elect")."""
    objs = ctx.kids(verb.i, _OBJ)
    nouns = [
        *objs,
        *(
            p
            for h in (verb, *objs)
            for k in ctx.kids(h.i, frozenset({"prep", "dative"}))
            if k.lemma.lower() == "to"
            for p in _pobjs(ctx, k)
        ),
    ]
    for n in nouns:
        words = {n.lemma.lower(), n.text.lower()}
        # "the winner of the prize", "of the marathon": not a vote's
        contests = [
            p
            for k in ctx.kids(n.i, frozenset({"prep"}))
            if k.lemma.lower() == "of"
            for p in _pobjs(ctx, k)
        ]
        if any(p.lemma.lower() not in ctx.rules.election_nouns for p in contests):
            continue
        if words & ctx.rules.winner_nouns and not any(
            (m := ctx.by_token.get(t.i)) is not None and m.actor is not None
            for t in ctx.parse.subtree(n.i)
        ):
            return n
    return None


def _freed_owner(ctx: _Ctx, noun: Token) -> bool:
    """Whether a freeing noun's possessive names who is freed, not who frees ("demanded their
    release", "the sailors' release"): none of its own of-phrase names the freed instead
    ("Russia's release of the journalist")."""
    return noun.lemma.lower() in ctx.rules.freeing_nouns and not any(
        k.lemma.lower() == "of" for k in ctx.kids(noun.i, frozenset({"prep"}))
    )


def _held_named(ctx: _Ctx, undoing: Token) -> bool:
    """Whether what an undoing noun frees is someone or something held: "the release of the
    soldiers" (named when they were arrested), "of the men", "their release" (held_nouns);
    not "the release of the film" or "of the trade data", which no one seized."""
    held = _preps(ctx, undoing, frozenset({"of"}))
    told = {t.lemma.lower() for t in ctx.parse.tokens[: undoing.i] if t.pos in ("NOUN", "PROPN")}
    return all(
        p.i in ctx.by_token
        or p.pos == "PRON"
        or p.lemma.lower() in told
        or p.lemma.lower() in ctx.rules.held_nouns
        for p in held
    )


def _new_text(ctx: _Ctx, noun: Token) -> bool:
    """Whether a reaction's object is a text put to a vote that its sentence tells anew: an
    indefinite tabled_texts noun ("vetoed a draft resolution that would have imposed
    sanctions on Myanmar", "blocked a statement on the coup"), no act told before: only its
    own clause may name its target. (Its relative clause's verb, "a proposal that China
    rejected", answers the text's maker: the caller asks only of the verb's own object.)"""
    rules = ctx.rules
    return (
        noun.lemma.lower() in rules.tabled_texts
        and any(
            d.lemma.lower() in rules.indefinite_determiners
            for d in ctx.kids(noun.i, frozenset({"det"}))
        )
    )


def _any_act(ctx: _Ctx, noun: Token) -> bool:
    """Whether a reaction's object is whatever act of a kind ("welcomed any step that
    improved security", "opposed any action that violated Syria's sovereignty", a
    generic_determiners word on it): a stand taken, answering no deed told. What is denied
    or disputed ("denied any involvement", "rejected any suggestion") answers the accuser,
    and steps of a named author ("would answer any further Hungarian steps in kind") are
    that author's."""
    rules = ctx.rules
    lemma = noun.lemma.lower()
    generic = rules.generic_determiners
    if any(
        all(a.tag != "TO" for a in ctx.kids(r.i, frozenset({"aux"})))
        for r in ctx.kids(noun.i, frozenset({"relcl"}))
    ):
        # "all projects that help Laos", not "all necessary measures to protect its ships"
        generic = generic | rules.restricted_quantifiers
    return (
        lemma not in rules.denied_nouns | rules.claim_nouns
        and any(d.lemma.lower() in generic for d in ctx.kids(noun.i, frozenset({"det", "predet"})))
        and not any(
            k.i in ctx.by_token for k in ctx.kids(noun.i, frozenset({"poss", "amod", "compound"}))
        )
    )


_PRONOUN_REACH = 2  # sentences before its own where the act noun an "it" stands for is told
_MAIN_ARGS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _pronoun_act(ctx: _Ctx, pron: Token) -> Token | None:
    """The act noun an "it" stands for, told in the sentences just before ("NATO
    welcomed the agreement. Russia was quick to criticize it": the agreement), else None.

    Only a subject or object of a sentence's main verb counts, read back from the nearest
    sentence: the first such noun that is no actor must name an act (act_words, deed_nouns,
    _deed_word), else the pronoun stands for that thing ("The bridge will cost $2 billion. Russia
    criticized it"). A noun argument before the pronoun in its own sentence is its own
    antecedent ("studied the plan and criticized it"), never one further back.
    """
    rules = ctx.rules
    if pron.lemma.lower() != "it":
        return None  # "Laos denied that": a demonstrative points at the claim just told
    sents = ctx.parse.sentences
    here = sents[pron.sent]

    def argument(t: Token) -> bool:
        return t.pos == "NOUN" and t.dep in _MAIN_ARGS and t.i not in ctx.by_token

    def speaker(t: Token) -> bool:  # "An alliance spokesperson said it ...": no thing
        return t.dep == "nsubj" and ctx.tok(t.head).lemma.lower() in rules.speech_verbs

    if any(argument(t) for t in ctx.parse.tokens[here.token_start : pron.i]):
        return None
    for index in range(pron.sent - 1, max(pron.sent - 1 - _PRONOUN_REACH, -1), -1):
        sent = sents[index]
        main = {t.i for t in ctx.parse.tokens[sent.token_start : sent.token_end] if t.head == t.i}
        main |= {
            t.i
            for t in ctx.parse.tokens[sent.token_start : sent.token_end]
            if t.dep == "conj" and t.head in main and t.pos in ("VERB", "AUX")
        }
        for t in reversed(ctx.parse.tokens[sent.token_start : sent.token_end]):
            if t.head in main and t.dep == "ccomp" and not _it_told_of(ctx, t):
                return None  # "Chad said Sudan's troops fired first. Sudan denied it": the claim
            if t.head in main and argument(t) and not speaker(t):
                lemma = t.lemma.lower()
                acts = lemma in rules.act_words or lemma in rules.deed_nouns
                return t if acts or _deed_word(ctx, lemma) else None
    return None


def _it_told_of(ctx: _Ctx, clause: Token) -> bool:
    """Whether a reported clause tells of a thing by "it" ("said it would strengthen the
    north"): the thing told before, no claim of its own a later "it" may stand for."""
    return any(
        s.lemma.lower() == "it" for s in ctx.kids(clause.i, frozenset({"nsubj", "nsubjpass"}))
    )


def _givers_named(ctx: _Ctx, obj: Token) -> bool:
    """Whether an object is the givers of the gifts told, as a group: a definite plural of
    giver_nouns ("the donors", "its donors") or helper_nouns ("its neighbours") that names no
    actor ("donors such as Japan"); a helper noun of a common-noun compound ("its coalition
    partners", "business partners") names partners at home or in trade, no helpers."""
    lemma = obj.lemma.lower()
    if obj.tag != "NNS" or lemma not in ctx.rules.giver_nouns | ctx.rules.helper_nouns:
        return False
    if lemma in ctx.rules.helper_nouns and any(
        k.pos == "NOUN" for k in ctx.kids(obj.i, frozenset({"compound"}))
    ):
        return False
    if not any(
        d.lemma.lower() in ctx.rules.definite_determiners or d.dep == "poss"
        for d in ctx.kids(obj.i, frozenset({"det", "poss"}))
    ):
        return False
    own = {d.i for d in ctx.kids(obj.i, frozenset({"poss"})) if d.pos == "PRON"}  # "its"
    return not any(t.i in ctx.by_token and t.i not in own for t in ctx.parse.subtree(obj.i))


def _foe_named(ctx: _Ctx, verb: Token) -> bool:
    """Whether a conflictual verb names whom it was done with or against ("clashed with
    smugglers", "fought against militants"), people no state stands for: the fight has its
    own foe, and continues no earlier one of its source."""
    return any(
        p.tag == "NNS" or p.i in ctx.by_token
        for p in _preps(ctx, verb, frozenset({"with", "against"}))
    )


def _context_kind(
    ctx: _Ctx, code: str, obj: Token | None, pattern: Pattern, verb: Token | None = None
) -> str:
    """Whether an event with no named target takes it from the article's earlier events.

    "reaction": answers an earlier act (named by the object, or any); "antecedent": only a
    named act's authors; "parallel": joins the reaction told just before ("Japan also
    expressed concern"); "objectless": "Seoul condemned." answers the hostile act just told;
    "unheld": a release of what no one held, asked of no one; "praised": "it" named an
    achievement, the friendly deed just told.
    ("mediation" is decided in _verb_hits.)
    """
    rules = ctx.rules
    root = code[:2]
    if root in rules.continued_roots and obj is None:
        if verb is not None and _foe_named(ctx, verb):
            return ""  # "Tajik forces have clashed with smugglers": a fight of its own
        return "continued"
    if obj is not None and _voiced_by_other(ctx, obj):
        return ""  # "rejected calls from the opposition to resign": not the deed just told
    if obj is not None and _any_act(ctx, obj):
        return ""  # "welcomed any step that improved security": no deed told is meant
    if obj is not None and verb is not None and obj.head == verb.i and _new_text(ctx, obj):
        return ""  # "vetoed a resolution that condemned Syria": a text of this sentence
    if pattern.reaction:
        return "reaction"
    lemma = obj.lemma.lower() if obj is not None else ""
    if root in rules.undoing_asking_roots and lemma in rules.undoing_nouns and obj is not None:
        # "Greece demanded the release of the crews", "called for their release": of those
        # who detained them; "their release" names the freed, no author (_freed_owner);
        # what no one held ("the release of the full text") is asked of no one (_held_named)
        if _authored(ctx, obj) and not _freed_owner(ctx, obj):
            return ""
        return "reaction" if _held_named(ctx, obj) else "unheld"
    acts = ctx.rules.act_words
    reacting = rules.reaction_roots | rules.antecedent_roots
    if root in reacting and obj is not None and lemma in rules.deed_nouns:
        # "the EU welcomed the move", "France criticized the decision": the deed just told;
        # "the decision to raise fuel taxes" names an act of its own (_told_act finds it)
        if any(k.tag == "VB" for k in ctx.kids(obj.i, frozenset({"acl"}))):
            return ""
        if lemma in rules.plan_nouns and any(
            k.lemma.lower() in ("of", "for") for k in ctx.kids(obj.i, frozenset({"prep"}))
        ):
            return ""  # "welcomed the proposal of a rail link": a plan with content of its own
        if any(k.tag in ("JJR", "RBR") for k in ctx.kids(obj.i, frozenset({"amod"}))):
            return ""  # "supported closer cooperation between our partners": more wished for
        if not _authored(ctx, obj):
            return "deed"
        reactors = _actors(ctx, _subject_tokens(ctx, verb), "source") if verb is not None else []
        principals = {m.actor.principal for m in reactors if m.actor is not None}
        return "deed" if principals and _reactors_own_word(ctx, obj, principals) else ""
    if (
        root in reacting
        and obj is not None
        and obj.pos == "NOUN"
        and _deed_word(ctx, lemma)
        and not _authored(ctx, obj)
    ):
        # "Guyana condemned the blockade", "Cairo regretted the walkout": a noun of an act
        # the dictionary knows, or named after a verb told just before, is that deed
        return "deed"
    if root in rules.reaction_roots and obj is not None:
        # "condemned the sanctions", not "protested Japan's claims" (the author is named)
        authored = _authored(ctx, obj)
        if (
            lemma in rules.claim_nouns
            and lemma not in rules.reaction_matches  # "rejected allegations that ...": a charge
            and not _definite_noun(ctx, obj)
            and ctx.kids(obj.i, frozenset({"acl", "ccomp"}))
        ):
            # "rejected suggestions that the move was aimed at Israel": words of no one told
            # before, their content their own (the clause's parties, if any, decide)
            return ""
        if lemma in acts and not authored:
            return "reaction"
        if root == "12" and lemma in rules.denied_nouns and not authored:
            return "reaction"  # "Moscow denied any involvement": answers the accuser
        if root == "12" and _clausal_which(ctx, obj):
            return "reaction"  # "accused China of hacking, which Beijing denies"
        called = verb is not None and bool(ctx.kids(verb.i, frozenset({"oprd"})))
        if root == "11" and _thing_pronoun(ctx, obj) and called:
            return "reaction"  # "and called it a blatant violation": the act just told
    if (
        root in rules.antecedent_roots
        and obj is not None
        and _thing_pronoun(ctx, obj)
        and verb is not None
        and bool(ctx.kids(verb.i, frozenset({"oprd"})))
    ):
        return "praised"  # "called it a victory for diplomacy": the friendly deed just told
    if root == "12" and obj is None and verb is not None and _denied_clause(ctx, verb):
        return "reaction"  # "Moscow denied that its drones had entered": answers the accuser
    if root == "12" and obj is not None and verb is not None and _denied_pronoun(ctx, verb, obj):
        return "reaction"  # "Armenia denied that.": the charge just told, as "denied it" is
    # "The U.S. also backed the project", "also condemned the coup": a definite thing no one
    # is named to have done joins the reactions just told, as a bare "also" reaction does
    joined = obj is not None and _definite_noun(ctx, obj) and not _authored(ctx, obj)
    # "The Commission welcomed the deal. Malta also welcomed it": "it" is the thing the
    # reaction just told answered, so the reaction joins it as a definite noun does
    joined = joined or (obj is not None and _thing_pronoun(ctx, obj))
    # "Peru and Bolivia also sent congratulations", "also congratulated him on his victory":
    # greetings join the greeting told just before; a person no actor stands for is its
    # addressee, and the on-phrase tells the occasion, no topic of its own
    greeting = verb is not None and bool({verb.lemma.lower(), lemma} & rules.greeting_words)
    person = obj is not None and obj.pos == "PRON" and obj.text.lower() in rules.person_objects
    if greeting and verb is not None and _winner_noun(ctx, verb) is not None:
        return "elected"  # "Chile and Colombia congratulated the winner": of the vote told
    if (
        verb is not None
        and (root in rules.reaction_roots | rules.antecedent_roots or greeting)
        and (
            obj is None
            or lemma in rules.feeling_nouns
            or joined
            or (greeting and (person or lemma in rules.greeting_words))
        )
        and any(
            a.lemma.lower() in rules.parallel_adverbs
            for a in ctx.kids(verb.i, frozenset({"advmod"}))
        )
        # "also expressed concern about inflation" has a topic of its own, "also sent
        # congratulations to its Olympic team" an addressee (a dative to the parser)
        and not any(
            p.ent_type not in ("DATE", "TIME")
            for h in (verb, obj)
            if h is not None
            for k in ctx.kids(h.i, frozenset({"prep", "dative"}))
            if not (greeting and k.lemma.lower() == "on")
            for p in _pobjs(ctx, k)
        )
    ):
        return "parallel"
    if (
        root == "11"
        and obj is None
        and verb is not None
        and _names_nothing(
            ctx,
            verb,
            ("prep", "ccomp", "xcomp", "dative", "oprd"),
            lambda k: k.dep == "agent" and pattern.reverse,
        )
    ):
        # a feeling's cause named by "by" (an agent to the parser, not the doer it is to
        # "condemned by North Korea") is what is felt: "said it was disappointed by the
        # West's slow deliveries" answers no act just told
        return "objectless"  # "Seoul swiftly condemned.": the hostile act just told
    if (
        root in rules.antecedent_roots
        and obj is None
        and verb is not None
        and pattern.reverse
        and pattern.no_object
        and _names_nothing(ctx, verb, ("prep", "agent", "ccomp", "xcomp", "dative", "advcl"))
    ):
        return "objectless"  # "Romania said it was pleased": with the deed just told
    if (
        root in rules.reaction_roots
        and obj is None
        and verb is not None
        and "feeling_manner" in pattern.needs
        and _names_nothing(
            ctx,
            verb,
            ("ccomp", "xcomp", "dative", "advcl"),
            lambda k: k.dep == "prep" and not _manner_feeling(ctx, k, pattern.clause_words),
        )
    ):
        return "objectless"  # "Austria reacted with dismay": to the act just told
    if (
        root in rules.reaction_roots
        and obj is not None
        and verb is not None
        and lemma in rules.feeling_nouns
        and not ctx.kids(obj.i, frozenset({"prep", "acl", "relcl"}))
        and _names_nothing(ctx, verb, ("prep", "ccomp", "xcomp", "dative", "advcl"))
    ):
        # "Poland expressed regret.", "voiced alarm": a feeling about nothing named answers
        # the act just told as "Seoul condemned." does. A concern is milder than a
        # condemnation, but one stated in answer to another state's act is its disapproval:
        # CAMEO's criticize (111), as "expressed concern over the move" is coded already
        return "objectless"
    if root in rules.antecedent_roots and obj is not None and lemma in acts:
        if not _authored(ctx, obj):
            return "antecedent"
    if root in rules.boycott_roots and obj is not None and lemma in rules.hosted_nouns:
        return "antecedent"  # "Washington boycotted the summit": its host, told before
    if pattern.id in rules.announced_only_patterns:
        # "Mauritania closed the border": the border it shares with the counterpart, whatever
        # act (if any) it answers; "closed its airspace" is closed to no one named
        return ""
    own = obj is not None and all(k.pos == "PRON" for k in ctx.kids(obj.i, frozenset({"poss"})))
    # a verb whose act its object's own kind makes (object_kinds with head_target) has none
    # without such an object: "left the OSCE" breaks with a body; "the envoy, who was
    # expelled by Lithuania, left (the country, his post) on Friday" answers nothing
    if (
        root in rules.countering_roots
        and verb is not None
        and not (pattern.object_kinds and pattern.head_target)
        and (obj is None or own or not _authored(ctx, obj))
        and not _names_other(ctx, verb)
    ):
        # "Myanmar troops shelled Bangladeshi villages. Bangladesh closed its border": a
        # measure aimed at no one answers the hostile act just done to its author
        return "countering"
    return ""


def _slot_addressee(ctx: _Ctx, verb: Token, pattern: Pattern) -> bool:
    """Whether a phrase of the pattern's own prep slots ("prep:from|of" of v.demand), on the
    verb or its object, names a noun ("demanded answers from the airline"): the act has an
    addressee there, if no actor; a pronoun ("offered help to us") may stand for one. What
    access is sought to ("demanded consular access to the detainees": access_nouns) is no
    addressee: the counterpart that holds them is."""
    preps = pattern.target_preps
    return any(
        p.pos != "PRON"
        for head in (verb, *ctx.kids(verb.i, frozenset({"dobj"})))
        for kid in ctx.kids(head.i, frozenset({"prep"}))
        if kid.lemma.lower() in preps and not _reached(ctx, head, kid)
        for p in ctx.kids(kid.i, frozenset({"pobj"}))
    )


def _reached(ctx: _Ctx, head: Token, prep: Token) -> bool:
    """Whether a to-phrase names what an access noun reaches ("access to the detainees"),
    not who is asked or given anything (access_nouns)."""
    return prep.lemma.lower() == "to" and head.lemma.lower() in ctx.rules.access_nouns


def _voiced_by_other(ctx: _Ctx, obj: Token) -> bool:
    """Whether an act noun names, in a from- or by-phrase, an author no actor stands for
    ("calls from the opposition", "criticism by rights groups"): the reaction answers that
    voice, not the deed of a state told before; "criticism from Washington" names a state
    (its slot finds it) and is no such voice."""
    return any(
        k.lemma.lower() in ("from", "by")
        and p.pos in ("NOUN", "PROPN")
        and not any(t.i in ctx.by_token for t in ctx.parse.subtree(p.i))
        for k in ctx.kids(obj.i, frozenset({"prep"}))
        for p in _pobjs(ctx, k)
    )


def _counterpart_fits(
    ctx: _Ctx,
    code: str,
    obj: Token | None,
    verb: Token,
    pattern: Pattern,
    home: frozenset[str] = frozenset(),
) -> bool:
    """Whether an act with no target named may be aimed at the source's counterpart.

    An interactional root (counterpart_roots: not saying, meeting or force) told as the
    sentence's news, and an object (or, with none, the object of the clause it governs:
    "pledged to deepen cooperation") that is no business of the source's own ("its own
    army", "the budget", "domestic reforms"), nor a person or group it names vaguely.
    A reversed pattern ("shot down 30 drones") has its parties the other way round; one whose
    act its object's own kind makes ("quit the OSCE": object_kinds with head_target) is none
    without such an object. The source's own state (home: its principals) as the subject of
    its reported clause names no other party (_names_other).
    """
    if pattern.id in ctx.rules.announced_only_patterns:
        if not _shared_border(ctx, code, obj):
            return False  # "Niger closed its airspace": to anyone, no counterpart
    elif code[:2] not in ctx.rules.counterpart_roots:
        return False
    if _names_other(ctx, verb, home) or pattern.reverse:
        return False
    if pattern.object_kinds and pattern.head_target:
        return False
    if _slot_addressee(ctx, verb, pattern):
        return False  # "demanded answers from the airline": its own slot names the addressee
    if not _trigger_told(ctx, verb):
        return False
    if verb.lemma.lower() in ctx.rules.speech_verbs and not _deescalating(ctx, code):
        # "told reporters X should ...": saying is no act on anyone; "declared a ceasefire"
        # is the truce itself, kept with the foe only (reactions._counterpart)
        return False
    if "oprd" in pattern.needs and code[:2] not in ctx.rules.reaction_roots:
        # "Kabul called it a historic step": praise by a name is aimed at the act's author (the
        # deed rules), never at the namer's counterpart; a wrong named still answers one
        return False
    if _quoted_present(ctx, verb):
        return False  # "Japan 'offers help without strings,' she said": a portrait, no act
    if obj is None:
        clauses = ctx.kids(verb.i, frozenset({"xcomp", "ccomp"}))
        if not clauses:
            # "Seoul condemned." is a reaction (see _context_kind); "the ambassador returned"
            # is no act on anyone
            return code[:2] in ctx.rules.reaction_roots
        if _own_ground(ctx, clauses[0]):
            return False  # "promised to build a railway in its northeast": at home
        if any(
            k.lemma.lower() in ctx.rules.blamed_party_nouns
            for k in ctx.kids(clauses[0].i, _ANY_SUBJ)
        ):
            # "warned that the militants could exploit the rift": about them; "promised that
            # the kidnappers would be found": an act on them, at home
            return False
        objs = ctx.kids(clauses[0].i, _OBJ)
        if not objs:
            # "vowed to retaliate", "warned that it would respond"; not "promised to hand
            # over to civilians": its own doing with some common noun named, as with an
            # object below ("that inspectors would return to Fordo" is another's, to a place;
            # "to return to the talks" is to the ones talked with)
            own = clauses[0].dep == "xcomp"
            preps = ctx.kids(clauses[0].i, frozenset({"prep", "dative"})) if own else []
            return not any(
                o.pos == "NOUN" and o.lemma.lower() not in ctx.rules.gathering_nouns
                for p in preps
                if p.lemma.lower() in ctx.rules.recipient_preps
                for o in _pobjs(ctx, p)
            )
        obj = objs[0]
    appraisal = code[:2] in ctx.rules.appraisal_roots
    if any(
        appraisal or (p.lemma.lower() in ctx.rules.recipient_preps and not _reached(ctx, h, p))
        for h in (verb, obj)
        for p in ctx.kids(h.i, frozenset({"prep", "dative"}))
    ):
        # "offered condolences to the victims": someone else is named; "welcomed the rise in
        # tourism": an approval of a state of things, not of an act
        return False
    lemma = obj.lemma.lower()
    if lemma in ctx.rules.domestic_nouns or obj.ent_type in ("GPE", "PERSON", "LOC", "NORP"):
        return False
    if obj.pos == "PROPN" and obj.i not in ctx.by_token:
        return False  # "Trump thanked Grenell": a name the tagger took for no person, no state
    if lemma in ctx.rules.sorrow_nouns or lemma in ctx.rules.hazard_nouns:
        return False  # "regretted the loss of life in the floods": sorrow, aimed at no one
    if _voiced_by_other(ctx, obj):
        return False  # "rejected calls from the opposition": answers that voice
    if obj.text.lower() in ctx.rules.personal_pronouns:
        return False  # "prosecutors accuse him of fraud": a person is named, no state
    if lemma in ctx.rules.role_nouns or lemma in ctx.rules.membership_nouns:
        return False  # "accused Western delegations of ...": someone is named, if vaguely
    if code[:2] == "11" and obj.pos == "NOUN" and lemma in ctx.rules.blamed_party_nouns:
        # "accused 'terrorist groups' of ...": the one blamed is named, a party no state is
        # ("proposed a joint committee" names what is offered, not whom)
        return False
    return not _home_marked(ctx, obj) and not any(
        k.lemma.lower() in ctx.rules.region_qualifiers or k.ent_type == "NORP"
        for k in ctx.kids(obj.i)
    )


def _deescalating(ctx: _Ctx, code: str) -> bool:
    """Whether a code is a truce or a step down (deescalation_codes: 087x, and 0356, the
    intent to one): made with a foe, its counterpart comes only from armed hostility."""
    return any(code.startswith(c) for c in ctx.rules.deescalation_codes)


def _shared_border(ctx: _Ctx, code: str, obj: Token | None) -> bool:
    """Whether a closure closes a border or crossing ("closed the border", "shut two border
    crossings"): it has another side, though no side is named (shared_border_codes, nouns)."""
    if code not in ctx.rules.shared_border_codes or obj is None:
        return False
    nouns = ctx.rules.shared_border_nouns
    return obj.lemma.lower() in nouns or any(
        k.lemma.lower() in nouns for k in ctx.kids(obj.i, frozenset({"compound"}))
    )


def _own_ground(ctx: _Ctx, act: Token) -> bool:
    """Whether a pledged act is placed on the pledger's own ground: a phrase of place on the
    act or its object whose noun its/their own ("build a railway in its northeast", "deploy
    ships in their waters"); what is done at home is done for no counterpart."""
    return any(
        p.lemma.lower() in ctx.rules.place_preps
        and any(
            k.dep == "poss" and k.pos == "PRON"
            for o in ctx.kids(p.i, frozenset({"pobj"}))
            for k in ctx.kids(o.i)
        )
        for head in (act, *ctx.kids(act.i, _OBJ))
        for p in ctx.kids(head.i, frozenset({"prep"}))
    )


_HOME_AIM_PREPS = frozenset({"against", "on"})
_SERVED_PREPS = frozenset({"to", "for"})  # whom a flow reaches (rules served_nouns)


def _home_aim(ctx: _Ctx, verb: Token) -> bool:
    """Whether a measure or appeal with no target names an aim at home: the object of its
    infinitive is the actor's own business ("measures to curb its own spending", "steps to
    protect farmers": domestic_modifiers, domestic_nouns), that of an against/on phrase on
    the verb or its object is its own ("countermeasures against domestic hoarders"), or an
    among-phrase names the crowd it speaks to ("urged calm among investors"), or a to/for
    phrase names households served ("cutting power to 40,000 homes": served_nouns); it
    answers no act of another state told before."""
    heads = (verb, *ctx.kids(verb.i, _OBJ))
    preps = [k for h in heads for k in ctx.kids(h.i, frozenset({"prep"}))]
    if any(
        k.lemma.lower() == "among" and not any(p.i in ctx.by_token for p in _pobjs(ctx, k))
        for k in preps
    ):
        return True
    home = ctx.rules.domestic_modifiers
    aims = [
        o
        for h in heads
        for c in ctx.kids(h.i, frozenset({"xcomp", "acl", "advcl", "relcl"}))
        if c.pos in ("VERB", "AUX")
        for o in ctx.kids(c.i, _OBJ)
    ]
    named = [p for k in preps if k.lemma.lower() in _HOME_AIM_PREPS for p in _pobjs(ctx, k)]
    served = [
        p
        for h in heads
        for k in ctx.kids(h.i, frozenset({"prep", "dative"}))
        if k.lemma.lower() in _SERVED_PREPS
        for p in _pobjs(ctx, k)
    ]
    # "to hundreds of thousands of homes": the counted noun under a number's of-phrase
    served += [
        o
        for p in served
        if p.tag == "CD" or p.lemma.lower() in ctx.rules.quantity_nouns
        for o in _preps(ctx, p, _OF)
    ]
    if any(p.lemma.lower() in ctx.rules.served_nouns for p in served):
        return True  # "cutting power to 40,000 homes": the households served, no state
    # an infinitive's "its" may be what the measure defends ("to safeguard its legitimate
    # rights" answers a deed): only its own business counts there
    return any(
        o.lemma.lower() in ctx.rules.domestic_nouns
        or any(k.lemma.lower() in home for k in ctx.kids(o.i))
        for o in aims
    ) or any(_home_marked(ctx, o) for o in named)


def _quoted_present(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb in the simple present with no auxiliary stands inside a quotation
    ("Cuba 'offers partnership,' she said"): a speaker's portrait of a habit, not a dated act."""
    if verb.tag not in ("VBZ", "VBP") or ctx.kids(verb.i, frozenset({"aux", "auxpass", "neg"})):
        return False
    if any(s.text.lower() in ctx.rules.first_person for s in ctx.kids(verb.i, _SUBJ)):
        return False  # "'Today we open the border,' he said": the speaker's own act, done now
    # inside a quotation of its sentence: an odd number of quotation marks before it
    start = ctx.parse.sentences[verb.sent].token_start
    marks = sum(ctx.tok(i).text in ('"', "\u201c", "\u201d") for i in range(start, verb.i))
    return marks % 2 == 1


def _told(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb tells its sentence's own news: the main clause, a verb joined to it by
    "and", or the clause a saying verb reports ("Warsaw said it had summoned"); not a charge,
    a relative, a purpose or an -ing aside ("accused Chad of allowing", "freeing")."""
    cur = verb
    if (
        cur.dep == "xcomp"
        and cur.head != cur.i
        and ctx.tok(cur.head).lemma.lower() in ctx.rules.litotes_verbs
    ):
        cur = ctx.tok(cur.head)  # "would not hesitate to take further steps": the act is told
    if cur.dep == "amod" and cur.head != cur.i and _rootless_subject(ctx, cur) is not None:
        cur = ctx.tok(cur.head)  # "Pakistan voiced concern.": a clause read as a noun phrase
        if cur.dep == "dobj" and cur.head != cur.i:
            cur = ctx.tok(cur.head)  # "condemned the release, and Seoul voiced concern"
    for _ in range(4):
        if cur.dep != "conj" or cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
    if cur.dep == "ccomp" and cur.head != cur.i:
        head = ctx.tok(cur.head)
        speaker = head
        # "protested the arrests and said its consul had been refused access": what was done
        # to the speaker's side, said beside its own act, is news too (review323); not its own
        # stance so said ("... and said it would not bow to pressure", test_events_coord22)
        for _ in range(4 if ctx.kids(cur.i, _PASSIVE_SUBJ) else 0):
            if speaker.dep != "conj" or speaker.head == speaker.i:
                break
            speaker = ctx.tok(speaker.head)
        if head.lemma.lower() not in ctx.rules.speech_verbs or speaker.head != speaker.i:
            return False
        if _negated(ctx, head):
            return False  # "the ministry did not say how many were refused entry": untold
        cur = speaker
    return cur.head == cur.i and cur.tag != "VBG"


def _trigger_told(ctx: _Ctx, verb: Token) -> bool:
    """_told for a pattern's trigger: an adjective trigger ("said Ankara was ready to resume
    talks") is told by its copula."""
    if verb.dep == "acomp" and verb.head != verb.i:
        verb = ctx.tok(verb.head)
    return _told(ctx, verb)


def _names_other(ctx: _Ctx, verb: Token, own: frozenset[str] = frozenset()) -> bool:
    """Whether a verb's complements name an actor by name ("closed its consulates in
    Venezuela"): another of its patterns may find the target there. The source's own state
    (own: principals) as the subject of a reported clause is no other ("warned that Tehran
    would respond", said by Iran, names no one as "warned that it would respond" does; "that
    adversaries meddled in the U.S. election", said by the United States, still names one).
    Nor does the doer's own nationality qualifying a thing there ("demanded a halt to a wall
    cutting into Ghanaian land", "after three Ghanaian farmers were killed"), nor a pair the
    doer is one of ("near the two countries' border"), nor who tells of the act ("...,
    according to the ministry": attribution_preps)."""
    named = [
        (t, m)
        for k in ctx.kids(verb.i)
        if k.dep not in _SUBJ and k.text.lower() not in ctx.rules.attribution_preps
        for t in ctx.parse.subtree(k.i)
        if (m := ctx.by_token.get(t.i)) is not None and m.kind != "pronoun"
    ]
    if not named:
        return False  # the subject searches below are only for what a complement names
    own_doers = _own_reported_subjects(ctx, verb, own)
    doers = {
        m.actor.principal
        for s in _subject_tokens(ctx, verb)
        if (m := ctx.by_token.get(s.i)) is not None and m.actor is not None
    }
    return any(
        t.i not in own_doers
        and not (t.dep == "amod" and m.actor is not None and m.actor.principal in doers)
        # "promised that patrols in Nampula's markets would be stepped up", said by Mozambique:
        # a place of the doer's own state, deep in the reported clause, names no other party
        and not (
            _home_place(ctx, verb, t, m) and m.actor is not None and m.actor.principal in doers
        )
        and not any(a.principal in doers for a in m.members)
        for t, m in named
    )


def _home_place(ctx: _Ctx, verb: Token, tok: Token, m: Mention) -> bool:
    """Whether a mention is a place (GPE or LOC, not a state's own name) deep in a reported
    clause of the verb, not the clause's own subject or object ("patrols in Nampula's
    markets would be stepped up")."""
    state = m.kind == "name" and m.actor is not None and m.actor.code == m.actor.principal
    if state and tok.ent_type == "GPE":
        return False
    if tok.ent_type not in ("GPE", "LOC"):
        return False
    clauses = ctx.kids(verb.i, _CCOMP)
    return any(tok.i in {t.i for t in ctx.parse.subtree(c.i)} and tok.head != c.i for c in clauses)


_CLAIM_CLAUSE = frozenset({"acl", "ccomp"})  # "suggestions that ...": the parser hangs it either way


def _own_reported_subjects(ctx: _Ctx, verb: Token, own: frozenset[str]) -> set[int]:
    """The tokens of the verb's reported clauses' subjects that name one of the own
    principals ("warned that Tehran would respond", said by Iran: "Tehran"); so too the
    clause of a statement noun it answers ("rejected suggestions that Singapore was shielding
    him", said by Singapore: what it is charged with, as "denied that it was shielding")."""
    told = [
        c
        for o in ctx.kids(verb.i, _OBJ)
        if o.lemma.lower() in ctx.rules.claim_nouns
        for c in ctx.kids(o.i, _CLAIM_CLAUSE)
    ]
    return {
        t.i
        for k in ((*ctx.kids(verb.i, _CCOMP), *told) if own else ())
        for s in ctx.kids(k.i, _SUBJ)
        for t in ctx.parse.subtree(s.i)
        if (m := ctx.by_token.get(t.i)) is not None
        and m.actor is not None
        and m.actor.principal in own
    }


def _deal_user(ctx: _Ctx, verb: Token, deal: Token) -> list[Token]:
    """Who acts under a deal a participle says was made with another, the deal's other side
    ("Jordan began building the plant under a deal signed with Israel", "as part of an
    accord reached with Egypt"): the subject of the clause the deal's phrase hangs on."""
    if verb.dep != "acl" or verb.tag not in ("VBN", "VBD") or deal.dep != "pobj":
        return []  # "a plan agreed with ...": the parser may tag the participle VBD
    if verb.head != deal.i:
        return []
    if deal.lemma.lower() not in ctx.rules.agreement_nouns | ctx.rules.agreed_plan_nouns:
        return []
    prep = ctx.tok(deal.head)
    if prep.lemma.lower() == "of" and prep.head != prep.i:
        part = ctx.tok(prep.head)  # "as part of a deal"
        prep = ctx.tok(part.head) if part.dep == "pobj" and part.head != part.i else prep
    if prep.lemma.lower() not in ctx.rules.agreement_preps or prep.head == prep.i:
        return []
    host = ctx.tok(prep.head)
    return _subject_tokens(ctx, host) if host.pos in ("VERB", "AUX") else []


def _deal_host_partners(ctx: _Ctx, verb: Token, sources: list[Mention]) -> list[Mention]:
    """The other signer of a deal told here first whose participle names no signer ("Peru
    will sell gas to Ecuador under an agreement signed on Monday"): the party the act done
    under it is aimed at, its host's object or a phrase of deal_host_preps. A deal told
    before ("the agreement"), one signed by a named agent or dated years back is left alone:
    its signers are told elsewhere or it is background."""
    users = _deal_user(ctx, verb, ctx.tok(verb.head)) if verb.dep == "acl" else []
    if not users or not sources:
        return []
    deal = ctx.tok(verb.head)
    if not _signed_deal(ctx, deal):
        return []  # "under a deal being negotiated": no deal yet
    dets = [d.text.lower() for d in ctx.kids(deal.i, frozenset({"det"}))]
    if not dets or dets[0] not in ctx.rules.new_deal_determiners:
        return []
    if any(k.lemma.lower() == "by" for k in ctx.kids(verb.i, frozenset({"prep", "agent"}))):
        return []
    if _background_act(ctx, verb):
        return []
    host = ctx.tok(ctx.tok(deal.head).head)
    heads = [k for k in ctx.kids(host.i, _OBJ | frozenset({"dative"})) if k.pos != "ADP"]
    heads += [
        p
        for k in ctx.kids(host.i, frozenset({"prep", "dative"}))
        if k.lemma.lower() in ctx.rules.deal_host_preps
        for p in _pobjs(ctx, k)
    ]
    own = {_principal(m) for m in sources}
    return [m for m in _actors(ctx, heads, "target") if _principal(m) not in own]


def _office_hosts(
    ctx: _Ctx, code: str, subjects: list[Token], sources: list[Mention], verb: Token, obj: Token
) -> list[Mention]:
    """The host state of an office abroad that does a light act ("China's embassy in Buenos
    Aires lodged a protest", "The U.S. Embassy in Bissau suspended visa services"): the act
    its noun names is aimed at the land the office sits in (office_nouns), never the owner's,
    unless it names an addressee no actor stands for ("lodged a protest with the shipping
    company": _told_addressee)."""
    access = obj.lemma.lower() in ctx.rules.office_host_objects
    if not access and not any(code.startswith(c) for c in ctx.rules.office_host_codes):
        return []  # "the embassy in Kyiv issued a warning" warns its citizens, not Ukraine
    if not access and _told_addressee(ctx, verb):
        return []  # ("access to the three fishermen" names those reached, no addressee)
    if access and any(o.i != obj.i for o in ctx.kids(verb.i, _OBJ)):
        return []  # "asked the government in Victoria for consular access": the one asked
    own = {_principal(m) for m in sources}
    offices = [s for s in subjects if s.lemma.lower() in ctx.rules.office_nouns]
    places = [p for s in offices for p in _preps(ctx, s, frozenset({"in"}))]
    covered = [m for o in [*offices, *places] for m in _covered_states(ctx, o)]
    # "Cambodia's embassy in Pretoria, which also covers Mozambique, asked for access": the
    # land the office covers from where it sits
    hosts = covered or _actors(ctx, places, "target", True)
    return [m for m in hosts if _principal(m) not in own]


def _covered_states(ctx: _Ctx, noun: Token) -> list[Mention]:
    """The states a relative clause on an office abroad, or on the place it sits in, says it
    also serves (covering_verbs: "the embassy in Pretoria, which also covers Mozambique",
    "in Cairo, which handles relations with Tunisia", "who is also accredited to Iceland");
    a clause of another verb ("which opened in 2019") names none."""
    states = _state_codes()
    return [
        m
        for c in ctx.kids(noun.i, frozenset({"relcl"}))
        if c.lemma.lower() in ctx.rules.covering_verbs
        for t in ctx.parse.subtree(c.i)
        if t.i > c.i and (m := ctx.by_token.get(t.i)) is not None and _principal(m) in states
    ]


_ADDRESSEE_PREPS = frozenset({"with", "to"})


def _told_addressee(ctx: _Ctx, verb: Token, preps: frozenset[str] = _ADDRESSEE_PREPS) -> bool:
    """Whether an act names whom it is addressed to, on the verb or its object: an indirect
    object or a phrase of preps ("lodged a protest with the company", "gave its farmers $5
    million", "donated $10 million to its defense industry"); an act whose addressee no actor
    stands for is aimed at no state the context offers."""
    for head in (verb, *ctx.kids(verb.i, frozenset({"dobj"}))):
        for kid in ctx.kids(head.i, frozenset({"prep", "dative"})):
            if kid.dep == "dative" and kid.pos != "ADP":
                return True
            if kid.lemma.lower() in preps and ctx.kids(kid.i, frozenset({"pobj"})):
                return True
    return False


def _host_targets(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The target of the clause a participle hangs on: "X criticized Y, threatening to ...".

    A trailing -ing clause with no target of its own acts on whom its host verb acts on.
    """
    if verb.dep != "advcl" or verb.tag != "VBG" or verb.head == verb.i or verb.i < verb.head:
        return []
    host = ctx.tok(verb.head)
    if host.pos not in ("VERB", "AUX"):
        return []
    preps = ctx.rules.host_target_preps
    objs = ctx.kids(host.i, _OBJ)
    # "took aim at X, threatening ...": the phrase may hang on the host's object
    toks = objs + _preps(ctx, host, preps) + [p for o in objs for p in _preps(ctx, o, preps)]
    for t in toks:
        found = _actors(ctx, [t], "target")
        if found:
            return found
    return []


def _names_host_deed(ctx: _Ctx, verb: Token, code: str) -> bool:
    """Whether a trailing -ing clause of judgement names its host's own deed: "ordered three
    diplomats to leave, calling it a response in kind", "recalled its envoy, calling the step
    a reply". The doer judges its own act, aimed at no one (a participle shares its host's
    subject); a host that itself answers an act ("rejected the plan, calling it a trap")
    passes on whom it answers (_host_targets)."""
    rules = ctx.rules
    answering = rules.reaction_roots | rules.appraisal_roots
    if code[:2] not in answering or verb.dep != "advcl" or verb.tag != "VBG":
        return False
    if verb.head == verb.i or verb.i < verb.head:
        return False
    named = [
        o
        for o in ctx.kids(verb.i, frozenset({"dobj"}))
        if _thing_pronoun(ctx, o)
        or (o.lemma.lower() in rules.deed_nouns and not ctx.kids(o.i, frozenset({"poss"})))
    ]
    host = ctx.tok(verb.head)
    patterns = ctx.patterns.verbs.get(host.lemma.lower(), ())
    return bool(named) and bool(patterns) and all(p.code[:2] not in answering for p in patterns)


def _purpose_host_targets(ctx: _Ctx, verb: Token, hosts: frozenset[str]) -> list[Mention]:
    """The one addressed by the call, visit or meeting (a verb of hosts) a purpose infinitive
    with no target of its own hangs on: "called Ruiz to offer his congratulations", "phoned the
    king to express condolences" (purpose_host_verbs), "summoned Peru's envoy to demand an
    explanation" (demand_host_verbs): the host verb reaches the one it is said to."""
    if verb.dep not in ("advcl", "xcomp") or verb.head == verb.i or verb.i < verb.head:
        return []
    if ctx.kids(verb.i, _SUBJ) or not any(
        k.text.lower() == "to" for k in ctx.kids(verb.i, frozenset({"aux"}))
    ):
        return []
    host = ctx.tok(verb.head)
    if host.pos != "VERB" or host.lemma.lower() not in hosts:
        return []
    # "called Ruiz to offer ...": the parser may read the one called as a predicate (oprd)
    found = _actors(ctx, ctx.kids(host.i, _OBJ | frozenset({"oprd"})), "target")
    return found if len({_principal(m) for m in found}) == 1 else []


def _voiced_code(ctx: _Ctx, code: str) -> bool:
    """Whether a code is one a call or visit can voice as its purpose (voiced_purpose_codes)."""
    return any(code.startswith(p) for p in ctx.rules.voiced_purpose_codes)


def _reactors_own_word(ctx: _Ctx, obj: Token, own: set[str]) -> bool:
    """Whether a report or decision noun's "its"/"their" that the resolver ties to the reactors
    stands for the author told before: one dismisses or welcomes another's findings ("A U.N.
    panel said Canada had failed ... Ottawa dismissed its conclusions"), not one's own
    ("Ottawa dismissed its own report" is no reaction to anyone)."""
    rules = ctx.rules
    if obj.lemma.lower() not in rules.claim_nouns | rules.deciding_nouns:
        return False
    poss = ctx.kids(obj.i, frozenset({"poss"}))
    if len(poss) != 1 or poss[0].text.lower() not in rules.reported_possessives:
        return False
    if _own_noun(ctx, obj):
        return False
    m = ctx.by_token.get(poss[0].i)
    return m is None or m.actor is None or m.actor.principal in own


def _telling_authors(ctx: _Ctx, t: Token, hosted: bool) -> list[Mention]:
    """Who did the act a word tells: a verb's subjects (or passive agents); a noun's named
    author ("Iran's proposal", "the sale by X"), or the subject of the verb it is the object
    of ("held exercises"), not of a verb that answers it ("China criticized the pact"). A
    hosted meeting's author is its host ("Egypt will host a summit"); other talks are never
    their host's ("Oman hosted talks": gathering_host_verbs)."""
    verb = t if t.pos == "VERB" else None
    if verb is None:
        # "a deal brokered by Turkey": its mediator is no author; the signers are told elsewhere
        acls = ctx.kids(t.i, frozenset({"acl"}))
        brokered = any(k.lemma.lower() in ctx.rules.brokering_verbs for k in acls)
        found = [] if brokered else _named_author(ctx, t, hosts=hosted)
        if found:
            return [m for m in found if m.actor is not None]
        verb = _governing_verb(ctx, t)
        if verb is None or verb.lemma.lower() in ctx.rules.answering_verbs:
            return []
        if hosted and verb.lemma.lower() not in ctx.rules.hosting_verbs:
            return []
    if verb.lemma.lower() in ctx.rules.speech_verbs:
        return []
    if not hosted and verb.lemma.lower() in ctx.rules.gathering_host_verbs:
        return []  # "Oman hosted talks. Kuwait welcomed the talks": the sides', not Oman's
    agents = [p for a in ctx.kids(verb.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
    if ctx.kids(verb.i, _PASSIVE_SUBJ) or agents:
        found = _body_actors(ctx, agents)
    else:
        found = _body_actors(ctx, _subject_tokens(ctx, verb) + _co_subjects(ctx, verb))
        if found and any(verb.lemma.lower() in f[1] for f in ctx.rules.act_families):
            # "Malawi reached a deal with China", "agreed with Nigeria to reopen the border":
            # the partner made it too (as _family_author reads it)
            withs = _preps(ctx, verb, _WITH) + (_preps(ctx, t, _WITH) if t.i != verb.i else [])
            found += [m for m in _body_actors(ctx, withs) if m not in found]
        elif found and verb.lemma.lower() in ctx.rules.talk_verbs:
            # "Saudi Arabia's foreign minister met Iran's ... welcomed the talks": the one met
            # held them too
            met = ctx.kids(verb.i, _OBJ) + _preps(ctx, verb, _WITH)
            found += [m for m in _body_actors(ctx, met) if m not in found]
    return [m for m in found if m.actor is not None]


_WITH = frozenset({"with"})
_EARLIER_MODS = frozenset({"amod", "advmod"})  # "Previous ceasefires" (_earlier_talks)


_TOLD_WINDOW = 12  # sentences back that a told act is looked for beyond the lead
