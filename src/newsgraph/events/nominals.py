"""Noun-triggered events (_noun_hits: "Russia's invasion of Ukraine"): the sides of an act
noun read from its own phrase (possessors, by-, of- and from-phrases) and the verb it hangs
on, and the reactions a noun says an act drew.

Apart from the verb matching in extract.py because a noun's sides come from its own phrase,
not from a clause's slots.
"""

from __future__ import annotations

from functools import lru_cache


from newsgraph.events.clauses import (
    _asked_subjects,
    _joined_act_agents,
    _of_act,
    _phrase_host,
    _slot_tokens,
    _subject_tokens,
    _under,
)
from newsgraph.events.context import (
    _PREP,
    _RELCL,
    _agents,
    _BYSTANDER_WINDOW,
    _Ctx,
    _HELP,
    _Hit,
    _OBJ,
    _PASSIVE_MARKS,
    _PASSIVE_SUBJ,
    _SUBJ,
    _act_roots,
    _authored,
    _definite_noun,
    _governing_verb,
    _infinitive,
    _own_noun,
    _pobj_host,
    _pobjs,
    _preps,
    _principal,
    _state_codes,
    _territories,
    _verb_up,
)
from newsgraph.events.coordination import (
    _calls_off,
    _co_subjects,
    _differ,
    _dominated,
    _hyphen_pair,
    _hypothetical_subject,
    _stranded_preps,
)
from newsgraph.events.modality import _lemmas_under
from newsgraph.events.objects import _kind_fits, _refined, _state_kind_fits
from newsgraph.events.parties import (
    _BLOCK,
    _PLAIN,
    _actors,
    _block_state,
    _blocked,
    _expanded,
    _modality,
    _negated,
    _summed_clause,
    _witnesses,
)
from newsgraph.events.patterns import Pattern, slot_parts
from newsgraph.events.sides import _accuser_own, _charge_host, _dateline_host, _generic_place_word
from newsgraph.data import load_data
from newsgraph.events.trace import rejected
from newsgraph.model import Mention, Token

#: The phrase of a visit noun that names where it went ("a visit to Syunik"; not "in": "the
#: first visit by a Guatemalan leader in nine years").
_VISITED_PREPS = frozenset({"to"})
_PLACE_PREPS = frozenset({"in", "at"})  # where a signing or talks were held
_PLACE_KINDS = frozenset({"name", "metonym"})  # a mention that names a place
# source slots naming the doers of the verb the noun's phrase modifies (its subjects; a passive
# signing's agents): a pronoun there is a doer, no restatement, and two of them act jointly
_HOST_DOER_SLOTS = ("host_subj", "host_agents")


def _possessed_patients(ctx: _Ctx, noun: Token) -> list[Mention]:
    """The state an event noun's of-phrase names by a resolved its/their: "the expulsion of
    its ambassador by Mexico", "the detention of two of its citizens" (an "its" is a weak
    target elsewhere, where it may stand for a deal or a plan; people and craft are a state's).
    """
    heads = [p for k in _preps_named(ctx, noun, "of") for p in _pobjs(ctx, k)]
    heads += [p for h in heads for k in _preps_named(ctx, h, "of") for p in _pobjs(ctx, k)]
    out: list[Mention] = []
    for h in heads:
        for k in ctx.kids(h.i, frozenset({"poss"})):
            m = ctx.by_token.get(k.i)
            if k.text.lower() in ("its", "their") and m is not None and m.actor is not None:
                out += [e for e in _expanded(m) if e not in out]
    return out


_AIMED_PREPS = frozenset({"on", "against"})


def _reactor_owned(ctx: _Ctx, noun: Token, preps: frozenset[str]) -> list[Mention]:
    """The reactor a weak possessive on an attack noun's phrase stands for: "Yemen recalled its
    envoy after Saudi strikes on its ports", "Iraq condemned Turkish raids on its villages"
    (the protest's subject owns what was struck, as _speakers_own reads a verb's object); not
    "its own", nor an owner the protest's subject is not."""
    host = _protest_host(ctx, noun)
    if host is None and noun.dep == "dobj" and noun.head != noun.i:
        verb = ctx.tok(noun.head)  # "Iraq condemned Turkish raids on its villages"
        protest = verb.pos == "VERB" and verb.lemma.lower() in ctx.rules.protesting_verbs
        if protest and _modality(ctx, verb) is None and not _negated(ctx, verb):
            host = verb
    if host is None:
        return []
    own = {_principal(m) for m in _actors(ctx, _subject_tokens(ctx, host), "source")}
    # the parser may hang the noun's on-phrase on the protest's verb after it
    stranded = [p for p in _preps(ctx, host, _AIMED_PREPS) if p.i > noun.i]
    out: list[Mention] = []
    for place in _preps(ctx, noun, preps) + stranded:
        if _own_noun(ctx, place):
            continue
        for k in ctx.kids(place.i, frozenset({"poss"})):
            m = ctx.by_token.get(k.i)
            if k.text.lower() not in ctx.rules.reported_possessives or m is None:
                continue
            if m.actor is not None and _principal(m) in own and m not in out:
                out.append(m)
    return out


def _foreseen(ctx: _Ctx, noun: Token) -> bool:
    """Whether an act noun is only feared or foreseen: the object of a verb of fearing ("said it
    feared clashes between A and B") or the "of" phrase of a word of danger ("the risk of
    fighting", "warned of clashes", "fears of an invasion"): nothing was done (foreseeing_words)."""
    cur = noun
    for _ in range(3):
        if cur.head == cur.i or cur.dep not in ("dobj", "pobj", "prep", "conj"):
            return False
        head = ctx.tok(cur.head)
        if head.lemma.lower() in ctx.rules.foreseeing_words or (
            head.text.lower() in ctx.rules.foreseeing_words
        ):
            return cur.dep == "dobj" or (cur.dep == "prep" and cur.lemma.lower() == "of")
        cur = head
    return False


def _asked_only(ctx: _Ctx, noun: Token, verb: Token | None) -> bool:
    """Whether an event noun is only offered, asked for or planned: the object of an
    infinitive on an offer, request or plan ("a proposal to hold a summit with Japan") or in
    the to-phrase of one ("an invitation to talks in Cairo"; "Malaysia's offer to host talks
    between Thailand and Cambodia", "host" read as a compound) (asked_nouns, plan_nouns)."""
    asked = ctx.rules.asked_nouns | ctx.rules.plan_nouns
    if verb is not None and verb.dep == "acl" and verb.head != verb.i and _infinitive(ctx, verb):
        return ctx.tok(verb.head).lemma.lower() in asked
    host = _pobj_host(ctx, noun, ("to",))
    return host is not None and host.lemma.lower() in asked


def _conditional_verb_read_as_noun(ctx: _Ctx, noun: Token) -> bool:
    """Whether an event noun is the verb of a condition the tagger read as a plural noun
    ("If Azerbaijan attacks again, Armenia would ask Moscow for help": "attacks" an adverbial
    clause of "ask", the condition's mark hung on "ask" before it) (condition_marks)."""
    if noun.dep != "advcl" or noun.head == noun.i:
        return False
    start = ctx.parse.sentences[noun.sent].token_start
    return any(
        t.dep == "mark" and t.head in (noun.i, noun.head) and t.lemma.lower() in ctx.rules.condition_marks
        for t in ctx.parse.tokens[start : noun.i]
    )


def _untold_noun(ctx: _Ctx, noun: Token) -> bool:
    """Whether a clause on an event noun or its own predicate says it never happened: "talks,
    which never took place", "talks ... were to be held" (planned only)."""
    if _foreseen(ctx, noun):
        return True
    if any(_negated(ctx, r) for r in ctx.kids(noun.i, _RELCL)):
        return True
    if noun.dep not in _SUBJ or noun.head == noun.i:
        return False
    be = ctx.tok(noun.head)
    return be.lemma.lower() == "be" and any(
        _infinitive(ctx, x) for x in ctx.kids(be.i, frozenset({"xcomp"}))
    )


def _preps_named(ctx: _Ctx, host: Token, word: str) -> list[Token]:
    return [k for k in ctx.kids(host.i, frozenset({"prep"})) if k.lemma.lower() == word]


def _struck_patients(ctx: _Ctx, by: Token, verbs: frozenset[str]) -> list[Token]:
    """The patient of a passive verb of harm (or of funding: verbs) whose agent phrase is
    ``by``: its subject ("was hit by"), the noun it modifies ("Venezuela, hit by ...") or the
    subject of the clause it opens; nothing for other verbs ("was angered by the attacks": no
    one attacked)."""
    if by.dep != "agent" or by.head == by.i:
        return []
    struck = ctx.tok(by.head)
    if struck.lemma.lower() not in verbs or _negated(ctx, struck):
        return []
    if _modality(ctx, struck) is not None:
        return []  # "Venezuela could be hit by new US sanctions": only feared
    if ctx.kids(struck.i, _PASSIVE_SUBJ):
        return ctx.kids(struck.i, _PASSIVE_SUBJ)
    if struck.head == struck.i:
        return []
    if struck.dep == "acl":
        return [ctx.tok(struck.head)]
    return _subject_tokens(ctx, ctx.tok(struck.head)) if struck.dep == "advcl" else []


def _stricken(ctx: _Ctx, noun: Token) -> list[Token]:
    """The objects of an active verb of harm (harm_verbs) whose subject is the measure noun
    ("the sanctions hit two banks") or that modifies it as a participle ("sanctions targeting
    the gold trade"), and the at-phrase of a passive verb of aiming whose subject it is ("were
    aimed at its leaders"); a denied or only possible verb ("could hit") hits no one."""
    harm = ctx.rules.harm_verbs
    verbs: list[tuple[Token, bool]] = []
    if noun.dep in ("nsubj", "nsubjpass") and noun.head != noun.i:
        verbs.append((ctx.tok(noun.head), noun.dep == "nsubjpass"))
    verbs += [
        (k, False) for k in ctx.kids(noun.i, frozenset({"acl"})) if k.tag == "VBG"
    ]
    out: list[Token] = []
    for verb, passive in verbs:
        if _negated(ctx, verb) or _modality(ctx, verb) is not None:
            continue
        lemma = verb.lemma.lower()
        if passive:
            if lemma in _AIMING:
                out += _preps(ctx, verb, frozenset({"at"}))
        elif lemma in harm:
            out += ctx.kids(verb.i, _OBJ)
    return out


# verbs of aiming whose passive at-phrase names whom a measure hits ("were aimed at")
_AIMING = frozenset({"aim", "target", "direct"})


def _aimed_at_ownerless(ctx: _Ctx, noun: Token) -> bool:
    """The act noun's on/against phrase names a thing no one owns ("attacks on shipping"),
    not one with a possessor ("strikes on its ports")."""
    objs = _preps(ctx, noun, frozenset({"on", "against"}))
    return bool(objs) and not any(ctx.kids(o.i, frozenset({"poss"})) for o in objs)


# the links from an argument's noun up to its verb (_argument_host)
_ARGUMENT_DEPS = frozenset({"conj", "appos", "pobj", "agent", "nsubj", "nsubjpass", "dobj"})


def _untold_host(ctx: _Ctx, host: Token) -> bool:
    """Whether the verb an event noun is the subject of leaves the event untold ("if the
    China-Japan talks fail"); a past one that only denies its own object ("Spain's request
    drew no reply", "the talks have produced no deal") tells the event all the same, a
    present one a stance ("cooperation between A and B targets no third party")."""
    state, why = _block_state(ctx, host, _PLAIN)
    if state != _BLOCK:
        return False
    told = host.tag == "VBD" or any(
        a.lemma.lower() == "have" for a in ctx.kids(host.i, frozenset({"aux"}))
    )
    return why != "negated-object" or not told


_MODIFIERS = frozenset({"amod", "compound"})  # "a proposed expulsion": unreal_modifiers



@lru_cache(maxsize=1)
def _region_places() -> dict[str, frozenset[str]]:
    """Region names and the states they hold (descriptions.yaml region_places, read through
    its kind_regions)."""
    data = load_data("actors/descriptions.yaml") or {}
    kinds = data.get("kind_regions") or {}
    return {
        str(place).lower(): frozenset(str(c) for c in kinds.get(str(kind).lower(), ()))
        for place, kind in (data.get("region_places") or {}).items()
    }


def _dateline_region(ctx: _Ctx, place: Token) -> bool:
    """Whether a place is a region (region_places) that holds the dateline's state: "the
    first visit to East Africa by an Ecuadorian minister" datelined in Nairobi."""
    words = " ".join(
        t.text.lower() for t in ctx.parse.subtree(place.i) if t.dep not in ("det", "punct")
    )
    held = _region_places().get(words, frozenset())
    return bool(held) and any(_principal(m) in held for m in _dateline_host(ctx))


def _named_principals(m: Mention) -> set[str]:
    """The principals a mention names: its members for a plural, else its own (none when
    it stands for no actor)."""
    if m.members:
        return {a.principal for a in m.members}
    return {_principal(m)} - {""}

def _permitted_clause_noun(ctx: _Ctx, noun: Token) -> bool:
    """Whether the noun heads a clause a verb of permission takes, the clause's bare verb read
    as its modifier ("let North Macedonia open talks": "open talks" a noun phrase, the clause
    or the object of "let"): the act is let, not told as done, as "allowed North Macedonia to
    open talks" is."""
    if noun.dep not in ("ccomp", "xcomp", "dobj") or noun.head == noun.i:
        return False
    return ctx.tok(noun.head).lemma.lower() in ctx.rules.permitting_verbs


def _closed_host(ctx: _Ctx, host: Token) -> bool:
    """Whether a subject noun's verb declares it closed with no "not" ("talks between Sudan and
    Chad were out of the question", "off the table"; rules closing_preps and closed_nouns):
    the act is ruled out, never told as done."""
    for p in ctx.kids(host.i, frozenset({"prep"})):
        if p.lemma.lower() not in ctx.rules.closing_preps:
            continue
        inner = [p, *ctx.kids(p.i, frozenset({"prep"}))]  # "out of the question"
        if any(o.lemma.lower() in ctx.rules.closed_nouns for q in inner for o in _pobjs(ctx, q)):
            return True
    return False


def _ordered_freeing(ctx: _Ctx, noun: Token, verb: Token) -> bool:
    """Whether a freeing noun is the object of an order that decides it ("Egypt's prosecutor
    ordered the release of a Korean aid worker"): the release told, not asked for."""
    return (
        noun.lemma.lower() in ctx.rules.freeing_nouns
        and verb.lemma.lower() in ctx.rules.freeing_orders
        and noun.dep == "dobj"
        and noun.head == verb.i
    )


def _untold_reason(ctx: _Ctx, noun: Token, pattern: Pattern) -> str | None:
    """Why an act noun tells no act done (negated, planned, asked for, hypothetical), if so."""
    if _negated(ctx, noun):
        return "negated"
    if any(
        k.i < noun.i and k.text.lower() in ctx.rules.unreal_modifiers
        for k in ctx.kids(noun.i, _MODIFIERS)
    ):
        # "a proposed expulsion of diplomats by Poland": not told as done
        return "unreal-modifier"
    if _untold_noun(ctx, noun):
        return "untold-noun"
    if noun.dep == "pobj" and ctx.tok(noun.head).lemma.lower() in ctx.rules.blocking_preps:
        return "blocking-prep"
    if _permitted_clause_noun(ctx, noun):
        return "blocking-governor"  # "let North Macedonia open talks with the bloc"
    verb = _governing_verb(ctx, noun)
    if verb is not None and _blocked(ctx, verb, pattern) is not None:
        return "governor-not-done"  # "interested in continuing U.S. aid"
    if _asked_only(ctx, noun, verb):
        return "planned-only"  # "Malaysia's offer to host talks between A and B"
    if noun.dep in _SUBJ and noun.head != noun.i and _untold_host(ctx, ctx.tok(noun.head)):
        return "hypothetical"  # "if the China-Japan talks fail": a condition
    if noun.dep in _SUBJ and noun.head != noun.i and _closed_host(ctx, ctx.tok(noun.head)):
        return "hypothetical"  # "said talks between A and B were out of the question"
    if _conditional_verb_read_as_noun(ctx, noun):
        return "conditional-mark"  # "If Azerbaijan attacks again, Armenia would"
    weighed = (
        "answerer" in pattern.target
        and verb is not None
        and verb.lemma.lower() in ctx.rules.request_answering_verbs
    )
    if (
        verb is not None
        and verb.lemma.lower() in ctx.rules.blocking_governors
        and not weighed
        and not _ordered_freeing(ctx, noun, verb)
    ):
        # "urged cooperation between A and B": asked for, not stated ("is considering
        # Nepal's request" weighs a request made)
        return "blocking-governor"
    return None


def _measure_act(ctx: _Ctx, noun: Token, pattern: Pattern) -> Token | None:
    """The act noun of a pattern's of_owner slot whose of-phrase the noun is ("the possible
    extension of sanctions on Russia"): its own modality is the measure's."""
    for slot in pattern.source:
        name, lemmas = slot_parts(slot)
        if name == "of_owner":
            return _of_act(ctx, noun, lemmas)
    return None


def _noun_hits(ctx: _Ctx, noun: Token, pattern: Pattern) -> list[_Hit]:
    """Events stated by a noun phrase ("Russia's invasion of Ukraine")."""
    reason = _untold_reason(ctx, noun, pattern)
    act = _measure_act(ctx, noun, pattern) if reason is None else None
    if act is not None:
        reason = _untold_reason(ctx, act, pattern)  # "urged the extension of sanctions"
    if reason is not None:
        return rejected(reason)
    verb = _governing_verb(ctx, noun)
    if verb is not None and _calls_off(ctx, verb):
        return []  # "Erdogan's trip to Athens was postponed": no visit took place
    held = any(k.lemma.lower() in ctx.rules.held_call_words for k in ctx.kids(noun.i, _MODIFIERS))
    if not held and any(
        f"{noun.lemma.lower()} {k.lemma.lower()}" in ctx.rules.idle_noun_preps
        for k in ctx.kids(noun.i, _PREP)
    ):
        return []  # "talk of a pact with Tunisia", "its call for a truce with Israel"
    words = _lemmas_under(ctx, noun)
    if pattern.unless_words and words & pattern.unless_words:
        return []
    if pattern.object_words and not words & pattern.object_words:
        return []  # "an exchange of fire" is force, "an exchange of prisoners" none
    code = _refined(pattern, words)
    if (
        verb is not None
        and code[:2] in ctx.rules.halted_gift_roots | ctx.rules.halted_meeting_roots
        and verb.lemma.lower() in ctx.rules.halting_verbs
    ):
        # "Canada's aid to Haiti has been cut by half": no gift told; "accession talks with
        # Serbia have been frozen": no meeting told
        return []
    if (
        code[:2] in ctx.rules.continued_roots
        and noun.dep in _SUBJ
        and noun.head != noun.i
        and _modality(ctx, ctx.tok(noun.head)) is not None
    ):
        return []  # "fear fighting between A and B could resume": armed acts only foreseen
    if pattern.between and code[:2] in ctx.rules.continued_roots and _dated_anchor(ctx, noun):
        return []  # "talks resumed, the first since the 2020 clashes between A and B"
    if pattern.between:
        for k in ctx.kids(noun.i, _PREP):
            if k.lemma.lower() == "between":
                sides = _actors(ctx, _pobjs(ctx, k), "target")
                hits = _pair_hits(ctx, pattern, code, noun, sides)
                if hits:
                    return hits
        paired = _hyphen_pair(ctx, noun)
        if paired:
            return _pair_hits(ctx, pattern, code, noun, paired)
    if pattern.reaction:
        return _foretold_answer(ctx, noun, pattern, code)
    sources: list[Mention] = []
    source_slot = ""
    owners: frozenset[str] = frozenset()  # whom a pronoun possessive stands for
    for slot in pattern.source:
        heads: list[Token] = []
        if slot == "witness":
            sources = _witnesses(ctx, noun)  # "in the presence of Qatar's emir"
        else:
            heads = _slot_tokens(ctx, noun, None, slot)
            sources = _actors(ctx, heads, "source")
        if owners:
            # "signed the deal during his visit to Canberra": the host verb's subject, when
            # the possessive stands for it (as "during a visit" reads it)
            sources = [s for s in sources if _principal(s) in owners]
        source_slot = slot
        if sources:
            if not slot.startswith(_HOST_DOER_SLOTS):
                # "his meeting with X" mostly restates a meeting told before: not coded;
                # a clause subject ("he is visiting A with a stop in B") is as good as a verb's
                # "a visit to Algiers by its foreign minister": an agent whose possessive
                # names the state is no restatement by pronoun
                owned = slot == "prep:by"
                kept = [
                    s
                    for s in sources
                    if s.kind != "pronoun"
                    or (owned and all(s.token_start != h.i for h in heads))
                ]
                if not kept and slot == "poss" and not _owner_told(ctx, noun, sources, code):
                    owners = frozenset(_principal(s) for s in sources)
                    sources = kept
                    continue
                sources = kept
            if not sources and _being_on(ctx, noun):
                continue  # "Mirziyoyev, who was on his first trip to Brussels": the clause's subject
            break
    if not sources and not _hypothetical_subject(ctx, noun):
        # "the visit by Chinese Premier Li Qiang to Australia": a by-phrase names the agent
        # of any event noun
        sources = _actors(ctx, _preps(ctx, noun, frozenset({"by"})), "source")
        sources = [s for s in sources if s.kind != "pronoun"]
    if not sources and "prep:by" in pattern.source:
        by = _stranded_preps(ctx, noun, frozenset({"by"})) or _joined_act_agents(ctx, noun)
        sources = [s for s in _actors(ctx, by, "source") if s.kind != "pronoun"]
    named_doer = bool(sources)  # the noun's own phrases name its doer (named_protester)
    # "blamed Kyrgyz troops for the fighting": fighting between sides is no one's own deed
    armed_pair = pattern.between and code[:2] in ctx.rules.continued_roots
    host = _charge_host(ctx, noun) if not sources and not armed_pair else None
    if host is not None:
        # "blamed Russia for a cyberattack on Polish railways": the accused did it
        sources = _actors(ctx, ctx.kids(host.i, _OBJ), "source")
    if not sources and not armed_pair and code[:2] in ctx.rules.protested_roots:
        # "summoned Azerbaijan's envoy over the arrest of two Russian journalists": the one
        # the protest is aimed at did it
        sources = _protested_author(ctx, noun)
    targets: list[Mention] = []
    for slot in pattern.target:
        name, lemmas = slot_parts(slot)
        toks: list[Token] = []
        if name == "prep":
            # "Russia's airstrike, its largest on Ukrainian territory": the apposition's phrase
            for host in [noun, *ctx.kids(noun.i, frozenset({"appos"}))]:
                toks += _preps(ctx, host, lemmas)
            toks += [t for t in _stranded_preps(ctx, noun, lemmas - {"of"}) if t not in toks]
        elif name == "acl_args":
            # "Trump's threat to impose tariffs on Canada": the infinitive's object or phrase
            for v in ctx.kids(noun.i, frozenset({"acl"})):
                if _infinitive(ctx, v):
                    toks += ctx.kids(v.i, _OBJ) + _preps(ctx, v, frozenset({"on", "against", "to"}))
                    for o in ctx.kids(v.i, _OBJ):
                        toks += _preps(ctx, o, frozenset({"on", "against", "to"}))
                    if v.lemma.lower() in _HELP:
                        # "Japan's pledge to help the Philippines modernise ...": who is helped
                        for helped in ctx.kids(v.i, frozenset({"ccomp", "xcomp"})):
                            toks += ctx.kids(helped.i, _SUBJ)
        elif name == "struck" and noun.dep == "pobj" and noun.head != noun.i:
            # "Venezuela, hit by new US sanctions", "Iran's economy was crippled by American
            # sanctions": who a passive verb of harm (harm_verbs) says the act hit
            # "Egypt's economy was hit by attacks on shipping": a loss (unless_objects) of
            # attacks aimed at an ownerless thing is no attack on the loser ("strikes on its
            # ports" still are)
            aimed = _aimed_at_ownerless(ctx, noun)
            toks = [
                t
                for t in _struck_patients(ctx, ctx.tok(noun.head), ctx.rules.harm_verbs)
                if not (aimed and t.lemma.lower() in pattern.unless_objects)
            ]
        elif name in ("protester", "named_protester"):
            # "summoned South Africa's envoy to protest the closure of the main border
            # crossing": a closure that names no side, by the one state the protest is aimed
            # at, was done to the protester (as _protesting_party reads a verb); a bare "to
            # protest the closure" names no place closed: the closure told before, restated.
            # named_protester: only with the doer named in the noun's own phrases ("the
            # seizure of a trawler by the Gabonese navy"), not only the one protested to
            host = _protest_host(ctx, noun) if _preps(ctx, noun, frozenset({"of"})) else None
            if name == "named_protester" and not named_doer:
                host = None
            if host is not None and sources:
                closer = {_principal(m) for m in _protested_state(ctx, host, noun)}
                if closer and {_principal(m) for m in sources} == closer:
                    toks = _subject_tokens(ctx, host)
        elif name == "endured":
            # "Belarus responded to EU sanctions", "complained about new U.S. sanctions": the
            # subject of the clause that answers the measure (rules enduring_verbs), its
            # target; "Poland pushed for EU sanctions" names no one under them (session 55)
            host = _enduring_host(ctx, noun)
            # a participle ("Responding to Japan's new curbs, China imposed ...") restates the
            # measure as the cause of the clause's own act (test_events_recall3)
            if (
                host is not None
                and not (host.tag == "VBG" and host.dep == "advcl")
                and host.pos in ("VERB", "AUX")
                and not _negated(ctx, host)
            ):
                toks = _subject_tokens(ctx, host)
        elif name == "striking":
            # "Canada's new sanctions target Nicaraguan judges", "unveiled sanctions targeting
            # Laos's timber trade", "its sanctions were aimed at Minsk's leaders": whom the
            # measure, as the doer of an active verb of harm (harm_verbs), hits
            toks = _stricken(ctx, noun)
        elif name == "funded" and noun.dep == "pobj" and noun.head != noun.i:
            # "with Suriname's share financed by a loan from China": whose share or works a
            # passive verb of funding (funding_verbs) says the loan paid for
            toks = _struck_patients(ctx, ctx.tok(noun.head), ctx.rules.funding_verbs)
        elif name == "goods":
            # "Azerbaijan's ban on imports of Russian poultry", "curbs on imports from Japan":
            # where the goods the on-phrase names (the slot's words) come from; "the suspension
            # of imports of Egyptian grapes": or the of-phrase of a cut
            for p in _preps(ctx, noun, frozenset({"on", "against", "of"})):
                if p.lemma.lower() in lemmas:
                    toks += _preps(ctx, p, frozenset({"of", "from"}))
        elif name == "clause_subj":
            # "Britain's demand that Russia release ...", "Greece's appeal for Turkey to ...":
            # the one asked ("told": the one accused, "the allegation that Belarus trained")
            toks = _asked_subjects(ctx, noun, told="told" in lemmas)
        elif name == "head_args" and noun.dep == "compound" and noun.head != noun.i:
            # "a U.S. deportation flight carrying Indian nationals": what the head noun carries
            head = ctx.tok(noun.head)
            for v in ctx.kids(head.i, frozenset({"acl"})):
                toks += ctx.kids(v.i, _OBJ)
            toks += _preps(ctx, head, lemmas)
        elif name == "head_landing" and noun.dep == "compound" and noun.head != noun.i:
            # "A U.S. deportation flight carrying 12 men landed in Eswatini": where the craft
            # the noun modifies came down (rules landing_verbs)
            head = ctx.tok(noun.head)
            if head.dep in ("nsubj", "nsubjpass") and head.head != head.i:
                verb = ctx.tok(head.head)
                if verb.lemma.lower() in ctx.rules.landing_verbs:
                    toks = _preps(ctx, verb, lemmas)
        elif name == "host_subj":
            # "signed a truce under Qatari mediation": the sides are the clause's subjects
            toks = [
                t
                for s in _slot_tokens(ctx, noun, None, slot)
                for t in [s, *_co_subjects(ctx, ctx.tok(s.head))]
            ]
        elif name == "answerer" and verb is not None and source_slot.startswith("prep:"):
            # "Japan was studying a request from Manila", "a request by Nepal was approved by
            # China": the one who weighs or answers the request is the one asked, read as the
            # verb's doer ("said it was studying a request": "it" is Japan); only an asker
            # the request's own phrase names ("rejected a Danish request" tells the refusal)
            if verb.lemma.lower() in ctx.rules.request_answering_verbs:
                passive = noun.dep in _PASSIVE_SUBJ
                asked = _agents(ctx, verb) if passive else _subject_tokens(ctx, verb)
                targets = _actors(ctx, asked, "source")
        elif name in ("with_subj", "with_user"):
            # "built the camp with help from Saudi Arabia": the helped act's subject
            toks = _slot_tokens(ctx, noun, None, slot)
        elif name == "host_doers":
            # "The deal was signed by A and B in the presence of Qatar's emir": the doers (a
            # passive's agents, else the subjects) of a verb of taking part in talks or a deal
            # (mediated_host_verbs) the noun's phrase modifies; "spoke in the presence of" none
            partner = _phrase_host(ctx, noun, lemmas) or _argument_host(ctx, noun, lemmas)
            if partner is not None and partner.lemma.lower() in ctx.rules.mediated_host_verbs:
                heads = _agents(ctx, partner) or [
                    t
                    for s in _subject_tokens(ctx, partner)
                    for t in [s, *_co_subjects(ctx, partner)]
                ]
                # "Turkey signed a deal with Iraq in the presence of ...": the partner too
                for h in [partner, *ctx.kids(partner.i, _OBJ)]:
                    heads += _preps(ctx, h, frozenset({"with"}))
                sides = _actors(ctx, heads, "target")
                own = {_principal(m) for m in sources}
                if len(sides) > 1 and not own & {_principal(m) for m in sides}:
                    # a go-between stands between two sides ("Egypt signed a deal in the
                    # presence of Qatar's emir" may be a deal with Qatar), none its own ("by
                    # Italy's minister ... in the presence of Italy's premier")
                    targets = sides
        elif name == "host_told":
            # "told Peru's minister in a phone call": the one the host verb told (telling_verbs)
            host = _phrase_host(ctx, noun, lemmas)
            if host is not None and host.lemma.lower() in ctx.rules.telling_verbs:
                toks = list(ctx.kids(host.i, _OBJ))
        elif name == "host_signed":
            # "signed a deal with Bolivia during talks in La Paz": the with-phrase of a deal or
            # a review (talks_with_verbs) done during the talks names the party they were held
            # with; "clashed with Bolivian troops during talks" names none
            host = _phrase_host(ctx, noun, lemmas)
            if host is not None and host.lemma.lower() in ctx.rules.talks_with_verbs:
                heads = [host, *ctx.kids(host.i, _OBJ)]
                toks = [w for h in heads for w in _preps(ctx, h, frozenset({"with"}))]
        elif name == "host_with":
            # "raised the tolls with his Argentine counterpart in a phone call": the with-phrase
            # of the verb (told as done) the noun's phrase modifies, or of its object ("raised
            # the tolls with Argentina's president"), is the other side of it
            host = _phrase_host(ctx, noun, lemmas)
            heads = [host, *ctx.kids(host.i, _OBJ)] if host is not None else []
            toks = [w for h in heads for w in _preps(ctx, h, frozenset({"with"}))]
        elif name == "host_args":
            # "handed a mask to Congo during a visit by the Belgian king", "signed deals with
            # Kenya during a three-day visit": the host verb's partner is the one visited
            # (only a visit by the host verb's own subject: "during a visit by Indonesia's
            # president" tells nothing of whom Vietnam's deal was with)
            partner = _phrase_host(ctx, noun, lemmas)
            doers = _actors(ctx, _subject_tokens(ctx, partner), "source") if partner else []
            agents = _agents(ctx, partner) if partner is not None else []
            if partner is not None and not doers and ctx.kids(partner.i, _PASSIVE_SUBJ):
                # "The deal was signed in Accra by Nigeria's minister and his Ghanaian
                # counterpart during a visit by the minister": the passive's agents are its doers
                doers = _actors(ctx, agents, "source")
            own = {_principal(m) for m in doers}
            if partner is not None and own and all(_principal(m) in own for m in sources):
                for h in [partner, *ctx.kids(partner.i, _OBJ)]:
                    toks += _preps(ctx, h, frozenset({"to", "with"}))
                    # "signed agreements worth $2 billion with Nigeria": the object's adjective
                    for a in ctx.kids(h.i, frozenset({"amod"})) if h.i != partner.i else []:
                        toks += _preps(ctx, a, frozenset({"with"})) if a.i > h.i else []
                # the other doers ("by X and his Ghanaian counterpart"), then the place the
                # host verb was done in ("signed in Accra")
                toks += [
                    a for a in agents if {_principal(m) for m in _actors(ctx, [a], "target")} - own
                ]
                toks += _preps(ctx, partner, frozenset({"in"}))
            elif partner is not None and sources:
                # "Uzbekistan signed a gas deal in Tashkent during a visit by Turkey's vice
                # president", "The contract was signed in Astana by two executives during a
                # visit by Russia's deputy prime minister": the place the host verb was done in
                # is where the visitor went, whoever its doers were (the visitor's own place
                # is none: _differ)
                toks += _preps(ctx, partner, frozenset({"in"}))
        elif name == "dateline_place" and sources:
            # "Uganda's president began a visit to the capital", "a two-day visit to the
            # country": a place told only by a common noun (generic_place_nouns) is the
            # dateline's state, as a visit with no place is (session 55)
            generic = [p for p in _preps(ctx, noun, lemmas) if _generic_place_word(ctx, p)]
            if generic:
                own = {_principal(m) for m in sources}
                targets = [
                    m
                    for m in _dateline_host(ctx)
                    if _principal(m) not in own and _principal(m) not in _territories()
                ]
        elif name == "dateline" and noun.dep == "pobj" and noun.head != noun.i:
            # "The package, announced during a visit by Japan's deputy foreign minister, ...":
            # a visit told as the frame of the news, with no place named, is made to the
            # dateline's state (as "arrived on Sunday for a three-day visit" is)
            # (never when the sentence names a third actor: "Vietnam signed a deal with the
            # Philippines during a visit by Indonesia's president" tells no place)
            prep = ctx.tok(noun.head)
            host = ctx.tok(prep.head)
            # and only a visit the news tells as made: not "the deal was to be announced
            # during a visit by ..." (the host verb planned, refused or hypothetical)
            real = host.pos != "VERB" or _modality(ctx, host) is None
            # and only a visit whose place is not named: "said during a visit to the southern
            # province of Syunik" went where it says (no state there: the to-slot gave none)
            # (a region that holds the dateline's state names no other place: "on the first
            # visit to East Africa by ..." datelined in Nairobi, _dateline_region)
            placed = any(not _dateline_region(ctx, p) for p in _preps(ctx, noun, _VISITED_PREPS))
            if prep.lemma.lower() in lemmas and sources and real and not placed:
                own = {_principal(m) for m in sources}
                # (a territory's dateline stands for no government, as in a place slot)
                targets = [
                    m
                    for m in _dateline_host(ctx)
                    if _principal(m) not in own and _principal(m) not in _territories()
                ]
                sent = ctx.parse.sentences[noun.sent]
                # (a plural names its members: "the two governments said ... during a visit
                # by Egypt's prime minister" names the host and the visitor, no third actor)
                named = {
                    p
                    for i in range(sent.token_start, sent.token_end)
                    if i in ctx.by_token
                    for p in _named_principals(ctx.by_token[i])
                }
                if named - own - {_principal(m) for m in targets}:
                    targets = []
                if targets:
                    break
        elif name == "of_sub":
            # "Nigeria's refusal of consular access to Ghanaian diplomats", "Finland's closure
            # of its border with Russia": a phrase on the noun's of-object names the party
            for o in _preps(ctx, noun, frozenset({"of"})):
                toks += _preps(ctx, o, lemmas)
        elif name in ("speech_owner", "speaker_subj"):
            # "staged a walkout during Uganda's speech", "... as Armenia's minister spoke": the
            # phrase or the time clause may hang on the noun or on the verb that stages it
            hosts = [noun]
            if noun.dep in _OBJ | _PASSIVE_SUBJ and noun.head != noun.i:
                hosts.append(ctx.tok(noun.head))
            toks = [t for h in hosts for t in _slot_tokens(ctx, h, None, slot)]
        elif name == "said_after":
            # "NATO and Ghana signed a programme, NATO's envoy said after talks in Accra": the
            # talks one named speaker reports having had in a capital (_talks_abroad)
            toks = _talks_abroad(ctx, noun, lemmas, sources)
        elif name == "host_place" and noun.dep == "nsubj" and noun.head != noun.i:
            # "a Russian missile attack started fires in Odesa": where the act's effect was
            toks = _under(ctx, ctx.tok(noun.head), lemmas, 3)
        places = pattern.place_target or name == "host_place"
        for t in toks:
            targets = _actors(ctx, [t], "target", places)
            if targets:
                break
        if targets:
            break
    if not targets and "of" in pattern.target_preps:
        targets = _possessed_patients(ctx, noun)
    if not targets and pattern.place_target:
        targets = _reactor_owned(ctx, noun, pattern.target_preps)
    if pattern.object_kinds:
        targets = [t for t in targets if _kind_fits(t, pattern.object_kinds)]
    if pattern.target_kind == "force":
        # "killed in a clash with Chinese troops", not "in a clash with Brussels"
        targets = [t for t in targets if _state_kind_fits(ctx, pattern, t, [])]
    if not targets and host is not None and code[:2] in ctx.rules.deed_roots:
        heads = [p for k in ctx.kids(noun.i, _PREP) for p in _pobjs(ctx, k)]
        targets = _accuser_own(ctx, noun, heads)
    listed = _listed_elicited(ctx, noun) if verb is None else None
    verb = listed or verb
    eliciting = (
        verb is not None
        and verb.lemma.lower() in ctx.rules.eliciting_verbs
        and (noun.dep in _OBJ or listed is not None)
        and code[:2] in ctx.rules.answering_roots
        and noun.lemma.lower() not in ctx.rules.situation_nouns
    )
    if not targets and not eliciting and code[:2] in ctx.rules.answering_roots:
        targets = _answered_subjects(ctx, noun, sources)
    if eliciting and targets and verb is not None:
        targets = _eliciting_doers(ctx, verb, targets)
    if eliciting and not targets and verb is not None:
        # "Japan's decision drew sharp criticism from China": aimed at the subject's author;
        # the from-phrase may hang on the verb
        if not sources:
            froms = _own_froms(ctx, noun, _preps(ctx, verb, frozenset({"from"})))
            sources = _actors(ctx, froms, "source")
        subjects = _reported_doers(ctx, verb) or _subject_tokens(ctx, verb)
        targets = _actors(ctx, subjects, "target")
        summed = [c for s in subjects if (c := _summed_clause(ctx, s)) is not None]
        if not targets and summed:
            # "fired a missile, a step that drew condemnation from Seoul": the clause's author
            targets = _actors(ctx, _subject_tokens(ctx, summed[0]), "target")
        host = _clause_which_host(ctx, verb) if not targets and not summed else None
        if host is not None:
            # "Britain opened a base in Oman on Monday, which drew criticism from Iran": the
            # parser hangs the clause's "which" on its date; the clause's author
            targets = _actors(ctx, _subject_tokens(ctx, host), "target")
        if not targets and not summed:
            deeds = _elicited_deeds(ctx, noun, pattern, code, subjects, sources)
            if deeds:
                return deeds
    if not targets and code[:2] in ctx.rules.reaction_roots:
        arrived = _arrived_reaction(ctx, noun, pattern, code, sources)
        if arrived:
            return arrived
    hits = [_Hit(pattern, code, noun, s, t) for s in sources for t in targets if _differ(ctx, s, t)]
    if pattern.reciprocal:
        # "a Tajik guard was killed in an exchange of fire with Afghan forces": both fired
        hits += [_Hit(pattern, code, noun, h.target, h.source) for h in hits if h.target is not None]
    joint = source_slot.startswith(_HOST_DOER_SLOTS) or any(s.members for s in sources)
    if not hits and not targets and pattern.between and len(sources) > 1 and joint:
        # "the EU and China made progress in the negotiations", "the two countries' talks":
        # a joint act of the subjects, unless a phrase names another party ("talks with rebels")
        if _preps(ctx, noun, frozenset({"with", "to"})):
            return []
        if _body_gathering(ctx, noun, sources) or _idle_at_gathering(ctx, noun):
            return []
        hits = _pair_hits(ctx, pattern, code, noun, sources)
        if source_slot.startswith("host_agents"):
            hits = _to_home_side(ctx, noun, source_slot, hits)
        return hits
    if not hits and not targets and code[:2] in ctx.rules.continued_roots:
        return [_Hit(pattern, code, noun, s, None, "continued") for s in sources]
    return hits


def _talks_abroad(
    ctx: _Ctx, noun: Token, lemmas: frozenset[str], sources: list[Mention]
) -> list[Token]:
    """The place of bare talks ("after talks in Accra", no "the talks" told before) that one
    named official (a person or a title, no group of "officials") says something after,
    when the sentence names the place's state as a party besides it: the talks were held
    with the host ("NATO and Ghana signed ..., NATO's envoy said after talks in Accra").
    A venue city whose state the sentence names nowhere else ("said after talks in Geneva")
    hosts no one."""
    host = _phrase_host(ctx, noun, frozenset({"after", "following"}))
    if host is None or host.lemma.lower() not in ctx.rules.speech_verbs:
        return []
    if len(sources) != 1 or sources[0].kind not in ("person", "title", "surname"):
        return []
    if ctx.kids(noun.i, frozenset({"det", "poss"})):
        return []
    sent = ctx.parse.sentences[noun.sent]
    places = _preps(ctx, noun, lemmas)
    spans = {k.i for t in places for k in ctx.parse.subtree(t.i)}
    named = {
        p
        for i in range(sent.token_start, sent.token_end)
        if i in ctx.by_token and i not in spans
        for p in _named_principals(ctx.by_token[i])
    }
    out = []
    for t in places:
        for m in _actors(ctx, [t], "target", True):
            if _principal(m) in named and _principal(m) != _principal(sources[0]):
                out.append(t)
                break
    return out


def _clause_which_host(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb of the clause a ", which" relative after a date sums up ("opened a base in
    Oman on Monday, which drew criticism"): a date is nothing a reaction answers."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    which = [k for k in ctx.kids(verb.i, _SUBJ) if k.tag == "WDT" and k.lemma.lower() == "which"]
    if not which or ctx.tok(which[0].i - 1).text != ",":
        return None
    date = ctx.tok(verb.head)
    e = ctx.ent_of.get(date.i)
    if e is None or e.label not in ("DATE", "TIME"):
        return None
    return _verb_up(ctx, date, 3)


def _owner_told(ctx: _Ctx, noun: Token, owners: list[Mention], code: str) -> bool:
    """Whether a noun owned by a pronoun restates an act its owner was told doing before ("Austin
    spoke with Umerov ... During his call with Umerov, Austin condemned ..."): an earlier
    sentence's act of the same root by the same state; or the noun is a state of being
    ("who was on his first trip": _being_on, the clause's subject)."""
    if _being_on(ctx, noun):
        return True
    own = {_principal(m) for m in owners}
    return any(
        h.code[:2] == code[:2] and _principal(h.source) in own
        for i, hits in ctx.sentence_hits.items()
        if i < noun.sent
        for h in hits
    )


def _protest_host(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb of protest or reprisal (protesting_verbs) an act noun is told as the cause of:
    "summoned X's envoy over the arrest of ...", "expelled two diplomats after the expulsion
    of ...", "to protest the seizure of ...", "in response to the closure of ...", "lodged a
    protest with X over a ban on ..."."""
    rules = ctx.rules
    for _ in range(4):
        if noun.dep != "conj" or noun.head == noun.i:
            break
        noun = ctx.tok(noun.head)  # "to protest the closure of ... and the arrest of ..."
    if noun.head == noun.i:
        return None
    head = ctx.tok(noun.head)
    if noun.dep in _OBJ and head.lemma.lower() in rules.protesting_words:
        if not _infinitive(ctx, head) or ctx.kids(head.i, _SUBJ) or head.head == head.i:
            return None
        host = ctx.tok(head.head)  # "summoned X's envoy to protest the arrest of ..."
    elif noun.dep in ("pobj", "dobj") and head.head != head.i:
        # "following" is tagged a verb with its own lemma
        marks = {head.lemma.lower(), head.text.lower()}
        host = ctx.tok(head.head)
        said = host.lemma.lower()
        if host.pos == "NOUN" and (said in rules.response_nouns or said in rules.protesting_words):
            # "in response to the expulsion of ...", "in protest at the seizure of ..."
            outer = ctx.tok(host.head)
            if (
                not marks & rules.protest_preps
                or host.dep != "pobj"
                or outer.lemma.lower() not in ("in", "as")
                or outer.head == outer.i
            ):
                return None
            host = ctx.tok(outer.head)
        elif noun.dep == "dobj" and head.pos != "VERB":
            return None
        elif not marks & rules.answered_marks and not (
            marks & rules.protest_preps and _in_protest(ctx, host)
        ):
            return None
    else:
        return None
    if host.dep in _OBJ and host.head != host.i and host.pos == "NOUN":
        host = ctx.tok(host.head)  # "lodged a protest with Botswana over a ban on ...": its verb
    if host.dep == "pcomp" and ctx.tok(host.head).head != host.head:
        host = ctx.tok(ctx.tok(host.head).head)  # "barred X from entering the country over ..."
    if host.pos != "VERB" or host.lemma.lower() not in rules.protesting_verbs:
        return None
    if _modality(ctx, host) is not None or _negated(ctx, host):
        return None
    return host


def _in_protest(ctx: _Ctx, host: Token) -> bool:
    """Whether "in protest" or "in response" hangs on a verb or its object, so that a phrase the
    parser hung on the verb is what it answers ("summoned X's envoy in protest at ...")."""
    rules = ctx.rules
    return any(
        n.lemma.lower() in rules.protesting_words or n.lemma.lower() in rules.response_nouns
        for h in [host, *ctx.kids(host.i, _OBJ)]
        for n in _preps(ctx, h, frozenset({"in"}))
    )


def _protested_author(ctx: _Ctx, noun: Token) -> list[Mention]:
    """Who did a hostile act told as a noun with no author of its own, when a protest or
    reprisal answers it: the one state the protest is aimed at ("Kenya lodged a protest with
    Tanzania over a ban on imports of Kenyan maize" -> Tanzania's ban).

    The guidelines code every interaction a sentence states; wire copy tells the act a
    summons or an expulsion answers in the same sentence, its doer named only as the one
    protested to. None when the protest is aimed at several states or at no state (an IGO
    heard as a judge: "complained to the WTO over a ban ..."), or when the act's phrase names a
    third state ("over the arrest of two Kenyan traders in Uganda").
    """
    host = _protest_host(ctx, noun)
    return [] if host is None else _protested_state(ctx, host, noun)


def _answering_protest(ctx: _Ctx, verb: Token) -> Token | None:
    """The protest verb (rules protesting_verbs, stated and not negated) whose after- or
    following-clause (rules answered_marks) the verb heads, else None: the act it answers."""
    if verb.dep != "advcl" or verb.head == verb.i:
        return None
    marks = {m.lemma.lower() for m in ctx.kids(verb.i, frozenset({"mark"}))}
    host = ctx.tok(verb.head)
    if host.dep == "xcomp" and host.head != host.i:
        host = ctx.tok(host.head)  # "ordered a Russian diplomat to leave after ...": the order
    if not marks & ctx.rules.answered_marks or host.pos != "VERB":
        return None
    if host.lemma.lower() not in ctx.rules.protesting_verbs:
        return None
    if _modality(ctx, host) is not None or _negated(ctx, host):
        return None
    return host


def _protested_doer(ctx: _Ctx, verb: Token) -> list[Mention]:
    """Who did a hostile act told in the passive with no agent, in a clause a protest answers:
    the one state the protest is aimed at ("Russia summoned Azerbaijan's envoy after two
    Russian journalists were arrested in Baku"), as _protested_author reads an act noun."""
    host = _answering_protest(ctx, verb)
    if host is None:
        return []
    return _protested_state(ctx, host, verb)


_ADVCL = frozenset({"advcl"})
_CLAUSE_MARKS = frozenset({"mark", "advmod"})  # "when", "as": what opens a clause (_clause_doer)
_NSUBJ = frozenset({"nsubj"})


def _clause_doer(ctx: _Ctx, verb: Token) -> list[Mention]:
    """Who did harm told in the passive with no agent, named by the subject of an active
    clause of doer_clause_marks on it: "Two Tajik soldiers were wounded when Kyrgyz border
    guards opened fire on a patrol" (the guards), not "when their truck hit a mine" (no
    actor), nor a clause that is itself passive ("when their post was shelled")."""
    found: list[Mention] = []
    for clause in ctx.kids(verb.i, _ADVCL):
        marks = {m.lemma.lower() for m in ctx.kids(clause.i, _CLAUSE_MARKS)}
        if not marks & ctx.rules.doer_clause_marks or clause.i < verb.i:
            continue
        if ctx.kids(clause.i, _PASSIVE_MARKS):
            continue
        found += _actors(ctx, ctx.kids(clause.i, _NSUBJ), "source")
    return found


def _protesting_party(ctx: _Ctx, verb: Token, sources: list[Mention]) -> list[Mention]:
    """Whom a closure that names no side (rules protested_party_patterns), told in a clause a
    protest answers, was done to: the protester, when the closer is the one state the protest
    is aimed at ("Chile summoned Peru's ambassador after Peruvian authorities closed the main
    border crossing": closed on Chile), as _protested_doer reads a passive act's doer. Other
    deeds may be done to the doer's own ("after opposition leaders were arrested in
    Kampala") and are left to their own slots."""
    host = _answering_protest(ctx, verb) or _protested_decision(ctx, verb)
    if host is None:
        return _answering_forces(ctx, verb, sources)
    aimed = {_principal(m) for m in _protested_state(ctx, host, verb, doer_named=True)}
    if not aimed or {_principal(m) for m in sources} != aimed:
        return []
    protesters = _actors(ctx, _subject_tokens(ctx, host), "source")
    return [m for m in protesters if _principal(m) not in aimed]


def _protested_decision(ctx: _Ctx, verb: Token) -> Token | None:
    """The protest (_protest_host) whose object is the state decision noun (rules
    state_decision_nouns) the verb is the infinitive of, else None: "summoned Sweden's envoy
    to protest Stockholm's decision to suspend aid" (the suspension answered, as an
    after-clause's act is by _answering_protest)."""
    if verb.dep != "acl" or verb.head == verb.i or not _infinitive(ctx, verb):
        return None
    noun = ctx.tok(verb.head)
    if noun.lemma.lower() not in ctx.rules.state_decision_nouns:
        return None
    return _protest_host(ctx, noun)


def _answering_forces(ctx: _Ctx, verb: Token, sources: list[Mention]) -> list[Mention]:
    """The other state whose forces answer on the spot an act that names no side, told in
    their after-clause (rules force_answering_verbs): "Peruvian troops fired warning shots
    after Bolivian soldiers crossed the border" (crossed into Peru); none when the answer is
    only planned, denied, or fired by the doer's own side."""
    if verb.dep != "advcl" or verb.head == verb.i:
        return []
    marks = {m.lemma.lower() for m in ctx.kids(verb.i, frozenset({"mark"}))}
    host = ctx.tok(verb.head)
    if not marks & ctx.rules.answered_marks or host.pos != "VERB":
        return []
    if host.lemma.lower() not in ctx.rules.force_answering_verbs:
        return []
    if _modality(ctx, host) is not None or _negated(ctx, host):
        return []
    own = {_principal(m) for m in sources}
    forces = _actors(ctx, _subject_tokens(ctx, host), "source")
    states = {_principal(m) for m in forces}
    if len(states) != 1 or states & own or not states <= _state_codes():
        return []
    return forces


def _protested_state(
    ctx: _Ctx, host: Token, act: Token, doer_named: bool = False
) -> list[Mention]:
    """The one state a verb of protest is aimed at, as the doer of the act it answers (act:
    the act's noun or verb); none when the act's phrase names a third state (doer_named:
    the act's subject names its doer, so the protester's own state in it is no third)."""
    objs = ctx.kids(host.i, _OBJ)
    heads = objs + _preps(ctx, host, ctx.rules.protested_preps)
    heads += [p for o in objs for p in _preps(ctx, o, ctx.rules.protested_preps)]
    own = {_principal(m) for m in _actors(ctx, _subject_tokens(ctx, host), "source")}
    aimed = [m for m in _actors(ctx, heads, "target") if _principal(m) not in own]
    states = {_principal(m) for m in aimed}
    if not own or len(states) != 1 or not states <= _state_codes():
        return []
    named = {
        _principal(ctx.by_token[t.i])
        for t in ctx.parse.subtree(act.i)
        if t.i in ctx.by_token and ctx.by_token[t.i].actor is not None
    }
    if len(named - states - (own if doer_named else set())) > 1:
        # the act's own target, and a third state; with the doer named as the act's subject,
        # the protester's own nationality in the phrase ("a Peruvian-flagged tanker") is
        # none (a deed with no doer named, "the arrest of Kenyan traders in Uganda", may be
        # the third state's)
        return []
    return aimed


def _argument_host(ctx: _Ctx, noun: Token, lemmas: frozenset[str]) -> Token | None:
    """The verb, told as done, whose argument the parser hung a noun's phrase on: "signed by
    A and his Syrian counterpart in the presence of ..." (the phrase on "counterpart")."""
    cur = _pobj_host(ctx, noun, lemmas)
    if cur is None:
        return None
    for _ in range(4):
        if cur.pos in ("VERB", "AUX"):
            return cur if _modality(ctx, cur) is None else None
        if cur.dep not in _ARGUMENT_DEPS or cur.head == cur.i:
            return None
        cur = ctx.tok(cur.head)
    return None


def _own_froms(ctx: _Ctx, noun: Token, froms: list[Token]) -> list[Token]:
    """The from-phrases on an eliciting verb that are its object noun's: "drew condemnation
    from Greece and praise from Azerbaijan" (the parser hangs both on the verb) gives the
    condemnation Greece alone; a from-phrase after a later noun of the list is that noun's."""
    listed = [
        k.i
        for f in froms
        for k in ctx.kids(f.i, frozenset({"conj"}))
        if k.pos == "NOUN" and k.i > noun.i and k.i not in ctx.by_token
    ]
    return [f for f in froms if not listed or f.i < min(listed)]


def _dated_anchor(ctx: _Ctx, noun: Token) -> bool:
    """Whether an act noun only dates the news by a past year: "since the 2020 clashes between
    A and B", "after deadly fighting between them in 2022" (background of a long-running
    conflict, optional in the guidelines and left out by writers)."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return False
    if ctx.tok(noun.head).lemma.lower() not in ctx.rules.temporal_preps:
        return False
    return any(
        t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100
        for t in ctx.parse.subtree(noun.i)
    )


def _enduring_host(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb whose subject answers a measure noun (nominals endured): "responded to EU
    sanctions", "complained about new U.S. sanctions", "retaliated against a new round of EU
    sanctions" (a batch noun stands for the measure: measure_batch_nouns; enduring_verbs).
    A measure only lived under ("has been under EU sanctions", "is subject to U.N.
    sanctions", "faces Western sanctions") is background the gold leaves out (set 21)."""
    rules = ctx.rules
    if noun.dep == "pobj" and noun.head != noun.i:
        prep = ctx.tok(noun.head)
        batch = ctx.tok(prep.head) if prep.head != prep.i else None
        if prep.lemma.lower() == "of" and batch is not None and batch.lemma.lower() in rules.measure_batch_nouns:
            noun = batch  # "a new round of EU sanctions"
    if noun.head == noun.i:
        return None
    head = ctx.tok(noun.head)
    if noun.dep == "dobj":
        return head if head.lemma.lower() in rules.enduring_verbs else None
    if noun.dep != "pobj" or head.head == head.i:
        return None
    above = ctx.tok(head.head)
    return above if above.lemma.lower() in rules.enduring_verbs else None


def _body_gathering(ctx: _Ctx, noun: Token, sides: list[Mention]) -> bool:
    """Whether a gathering noun belongs to a body or a party other than the sides ("voted
    against it at a meeting of the Pacific Islands Forum", "after a session of the council"):
    members of one body at its meeting did not meet each other; "a meeting of their foreign
    ministers" is the sides' own."""
    own = {_principal(m) for m in sides}
    owners = _actors(ctx, _preps(ctx, noun, frozenset({"of"})), "target")
    return any(_principal(m) not in own for m in owners)


def _idle_at_gathering(ctx: _Ctx, noun: Token) -> bool:
    """Whether two subjects were only at a gathering, no meeting of theirs: "Ghana and Togo
    backed the plan at a meeting in Lome" (test_events_vocabulary34) against "signed a deal
    at a meeting", "agreed at talks" (the host verb one of talks_with_verbs)."""
    if noun.dep != "pobj" or noun.head == noun.i or ctx.tok(noun.head).lemma.lower() != "at":
        return False
    host = _phrase_host(ctx, noun, frozenset({"at"}))
    # "signed ... at talks hosted by Brazil": a third party's talks (test_events_dev11; "during
    # talks hosted by Kenya" still codes the pair, test_events_vocabulary25)
    hosted = any(ctx.kids(v.i, frozenset({"agent"})) for v in ctx.kids(noun.i, frozenset({"acl"})))
    return hosted or host is None or host.lemma.lower() not in ctx.rules.talks_with_verbs


def _to_home_side(ctx: _Ctx, noun: Token, slot: str, hits: list[_Hit]) -> list[_Hit]:
    """The talks of two signers told where one of them is at home ("was signed in Lima by
    Peru's minister and his Chilean counterpart after talks"), from the visitor to the host
    only: the gold leaves the host's side of them out or optional. The place is the signing's
    or the talks' in- or at-phrase, else the dateline's; a place of neither side (talks in a
    third state), or none, keeps both ways."""
    _, lemmas = slot_parts(slot)
    signed = _phrase_host(ctx, noun, lemmas)
    heads = [] if signed is None else _preps(ctx, signed, _PLACE_PREPS)
    places = [
        m
        for m in _actors(ctx, heads + _preps(ctx, noun, _PLACE_PREPS), "target", True)
        if m.kind in _PLACE_KINDS  # "at the ministry" names a building, no side's home
    ]
    homes = {_principal(m) for m in places or _dateline_host(ctx)}
    home = homes & {_principal(h.source) for h in hits}
    if len(home) != 1:
        return hits
    return [h for h in hits if h.target is not None and _principal(h.target) in home]


def _pair_hits(
    ctx: _Ctx, pattern: Pattern, code: str, noun: Token, sides: list[Mention]
) -> list[_Hit]:
    """The acts of a pair of sides a noun names ("talks between A and B"): both ways, or for a
    `stated_order` pattern only from the side named first ("fighting between A and B" is A
    against B; the hand-made gold requires the stated direction, the reverse is optional and
    mostly left out)."""
    if not pattern.stated_order:
        return [_Hit(pattern, code, noun, a, b) for a in sides for b in sides if _differ(ctx, a, b)]
    ordered = sorted(sides, key=lambda m: m.start)  # stable: a pair pronoun's members in order
    return [
        _Hit(pattern, code, noun, a, b)
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
        if _differ(ctx, a, b)
    ]


def _reported_doers(ctx: _Ctx, verb: Token) -> list[Token]:
    """The doers of the act a teller reports before an eliciting participle hung on the
    telling ("Iran barred the inspectors, the agency said, prompting criticism from France"):
    the reaction answers the act reported (Iran's), not the teller's words."""
    if verb.tag != "VBG" or verb.dep != "advcl" or verb.head == verb.i:
        return []
    teller = ctx.tok(verb.head)
    if teller.lemma.lower() not in ctx.rules.speech_verbs:
        return []
    told = [c for c in ctx.kids(teller.i, frozenset({"ccomp"})) if c.i < teller.i]
    return [s for c in told for s in _subject_tokens(ctx, c)]


def _listed_elicited(ctx: _Ctx, noun: Token) -> Token | None:
    """The eliciting verb whose object a later noun of a list follows ("prompting a protest
    from Nicosia and a warning from the EU": the warning is drawn as the protest is)."""
    lead = noun
    for _ in range(4):
        if lead.dep != "conj" or ctx.tok(lead.head).pos not in ("NOUN", "PROPN"):
            break
        lead = ctx.tok(lead.head)
    if lead.i == noun.i:
        return None
    prep = ctx.tok(lead.head)
    if lead.dep == "pobj" and prep.lemma.lower() == "from" and prep.head != prep.i:
        # "drew condemnation from Rome and criticism from the EU": joined to the first source
        lead = prep
    if lead.dep not in _OBJ and lead.dep != "prep":
        return None
    verb = ctx.tok(lead.head)
    return verb if verb.lemma.lower() in ctx.rules.eliciting_verbs else None


def _foretold_answer(ctx: _Ctx, noun: Token, pattern: Pattern, code: str) -> list[_Hit]:
    """An answer of one's own foretold by its quality ('"If these provocations continue, our
    response will be stronger"', "Hanoi's answer will be firm"): a threat to whoever last
    acted against its owner (a hostile act), as "we will respond" is (v.vow_response). Only
    as the subject of "will be" or "would be" with an adjective, not negated; a response
    told ("China's response was muted") or a reply to a question is none."""
    if noun.dep not in _SUBJ or noun.head == noun.i:
        return []
    verb = ctx.tok(noun.head)
    if verb.lemma.lower() != "be" or not ctx.kids(verb.i, frozenset({"acomp"})) or _negated(ctx, verb):
        return []
    if not any(a.lemma.lower() in ("will", "would") for a in ctx.kids(verb.i, frozenset({"aux"}))):
        return []
    answers = ctx.rules.reaction_matches["retaliation"]
    owners = [t for slot in pattern.source for t in _slot_tokens(ctx, noun, None, slot)]
    return [_Hit(pattern, code, noun, s, None, "reaction", answers) for s in _actors(ctx, owners, "source")]


def _arrived_reaction(
    ctx: _Ctx, noun: Token, pattern: Pattern, code: str, sources: list[Mention]
) -> list[_Hit]:
    """A reaction noun told only to have come ("A protest from Rabat followed.", "A sharp rebuke
    came from Washington.", "Condemnation poured in from the EU and Canada."): it answers the
    hostile act just told, as the objectless "Rabat protested." does. The from-phrase may hang
    on the verb; an object of the verb ("followed the vote") is left to other rules."""
    if noun.dep not in _SUBJ or noun.head == noun.i:
        return []
    verb = ctx.tok(noun.head)
    if verb.lemma.lower() not in ctx.rules.arriving_verbs or ctx.kids(verb.i, _OBJ):
        return []
    if _modality(ctx, verb) is not None or _negated(ctx, verb):
        return []
    if not sources:
        sources = _actors(ctx, _preps(ctx, verb, frozenset({"from"})), "source")
    answers = ctx.rules.reaction_matches["pronoun"]
    return [
        _Hit(pattern, code, noun, s, None, "reaction", answers, True, window=_BYSTANDER_WINDOW)
        for s in sources
        if s.kind != "pronoun"
    ]


def _eliciting_doers(ctx: _Ctx, verb: Token, targets: list[Mention]) -> list[Mention]:
    """The doers of the act that drew a reaction, when the reaction's own phrase names one of
    them ("Peru and Bolivia began a joint drill, drawing concern from Chile over Bolivia's
    naval presence": the drill is both states', so is the concern); a phrase naming someone
    else ("over Brazil's role") keeps its own."""
    doers = _actors(ctx, _subject_tokens(ctx, verb), "target")
    own = {_principal(m) for m in doers}
    if len(own) < 2 or not {_principal(m) for m in targets} <= own:
        return targets
    return targets + [m for m in doers if _principal(m) not in {_principal(t) for t in targets}]


def _elicited_deeds(
    ctx: _Ctx,
    noun: Token,
    pattern: Pattern,
    code: str,
    subjects: list[Token],
    sources: list[Mention],
) -> list[_Hit]:
    """A reaction noun an unauthored act noun drew ("The decision drew praise from Bulgaria",
    "The levy drew protests from Kampala"): aimed, as "Bulgaria praised the decision" is, at
    the deed just told (deed_nouns) or at the told act the noun names (_told_act)."""
    acts = [s for s in subjects if s.pos == "NOUN" and not _authored(ctx, s)]
    if len(acts) != 1 or not _definite_noun(ctx, acts[0]):
        return []
    lemma = acts[0].lemma.lower()
    if lemma in ctx.rules.deed_nouns:
        deed = ctx.rules.reaction_matches.get(lemma, frozenset())
        return [_Hit(pattern, code, noun, s, None, "deed", deed, noun=acts[0].i) for s in sources]
    if lemma in ctx.rules.act_nouns or _act_roots(ctx, lemma):
        return [_Hit(pattern, code, noun, s, None, "told", noun=acts[0].i) for s in sources]
    return []


def _answered_subjects(ctx: _Ctx, noun: Token, sources: list[Mention]) -> list[Mention]:
    """Who a reaction noun with no target of its own is aimed at, when it is told in a phrase
    its host clause answers or defies: the clause's subject ("Greece halted the survey after a
    warning from Ankara", "India went ahead despite protests from Beijing").

    Nothing when the host is planned, negated or a noun, or names a third party of its own
    ("imposed sanctions on Russia after criticism from Washington": at whom is unclear).
    """
    if not sources or noun.dep != "pobj" or noun.head == noun.i:
        return []
    if noun.lemma.lower() in ctx.rules.situation_nouns:
        return []
    prep = ctx.tok(noun.head)
    # "following" is tagged a verb with its own lemma
    if not {prep.lemma.lower(), prep.text.lower()} & ctx.rules.answered_preps:
        return []
    if prep.head == prep.i:
        return []
    host = ctx.tok(prep.head)
    if host.dep in _OBJ and host.head != host.i:
        host = ctx.tok(host.head)  # "pressed ahead with the works despite ...": hung on the object
    if host.pos not in ("VERB", "AUX") or _modality(ctx, host) is not None or _negated(ctx, host):
        return []
    subjects = _actors(ctx, _subject_tokens(ctx, host), "target")
    known = {_principal(m) for m in subjects + sources}
    others = {
        _principal(m)
        for i, m in ctx.by_token.items()
        if m.actor is not None
        and abs(i - host.i) < 40
        and _dominated(ctx, ctx.tok(i), host)
        and i != prep.i
        and not _dominated(ctx, ctx.tok(i), prep)
    }
    if others - known:
        return []
    return subjects


def _being_on(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun is what its clause's subject is on ("who was on his first visit to
    Brussels"): the clause states the trip; its possessive only repeats the subject."""
    verb = _pobj_host(ctx, noun, ("on",))
    return verb is not None and verb.lemma.lower() == "be" and bool(ctx.kids(verb.i, _SUBJ))
