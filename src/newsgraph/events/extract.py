"""Event extraction: match lemma-keyed patterns on the dependency parse, read actors from mentions.

The extractor only codes what a sentence states as done: negated, future, planned and
hypothetical triggers are skipped, and the saying verb of reported speech is never an event
(the reported clause is coded on its own). Both sides must be states or IGOs with different
principals; there is no fallback code.

This module keeps code_events and the matching loop (verb triggers, the per-sentence
pass, conjunct and sequel targets, _with_context). Its parts live beside it, each importing
only those before it: context.py (Rules, load_rules, _Ctx and shared parse walks), parties.py
(actors from mentions; negation and blocking), clauses.py (argument slots), coordination.py,
objects.py (a pattern's target slot), modality.py (future, deals, announcements), sides.py
(hosts, mediators, relative and reported clauses), reactions.py (targets from earlier
sentences) and nominals.py (noun triggers).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from newsgraph.actors.addressed import address_words
from newsgraph.events.affirmed import affirmed_friendships, load_affirmations
from newsgraph.events.clauses import (
    _handed_envoys,
    _progressive,
    _posted,
    _named_principals,
    _apposed_partner,
    _clausal_which,
    _content_clauses,
    _contrasted_clause,
    _declined_host,
    _apposed_participle,
    _fronted_participle,
    _friendly_condition,
    _gap_head,
    _hyphen_agent,
    _misread_head,
    _posted_group,
    _igo_team,
    _state_travellers,
    _relative_head,
    _relative_pronoun,
    _shared_objects,
    _subject_tokens,
    _bare_envoy,
    _told_bare_envoy,
    _told_envoys,
    _trailing_partners,
    _travelling_companions,
)
from newsgraph.events.context import (
    _OF,
    _OWNER_MODS,
    _AIM_DEPS,
    _thing_pronoun,
    _ANY_SUBJ,
    _PREP,
    _agents,
    _late_agents,
    _BYSTANDER_WINDOW,
    _CONTEXT_WINDOW,
    _DENIED_CHARGE_WINDOW,
    _Ctx,
    _DASHES,
    _Hit,
    _OBJ,
    _PASSIVE_SUBJ,
    _PERSONISH,
    _POSS,
    _XCOMP,
    _SUBJ,
    _act_roots,
    _authored,
    _capital_noun,
    _eventless_bodies,
    _governing_verb,
    _has_modal,
    _infinitive,
    _memo,
    _participle_noun,
    _pobjs,
    _preps,
    _principal,
    _state_codes,
    _time_noun,
    intent_code,
    warned_code,
    load_rules,
    _first_conjunct,
    _own_noun,
    _same_act,
    _as_state,
)
from newsgraph.events.coordination import (
    _antecedent_author,
    _co_subjects,
    _differ,
    _each_other,
    _echoes,
    _game_pair,
    _gapped,
    _joint_pledge,
    _pledge_partners,
    _mirrored,
    _parallel_subjects,
    _infinitive_host,
    _partners,
    _response_targets,
    _returns_in_kind,
    _same_state,
)
from newsgraph.events.domestic import domestic_mentions, with_domestic
from newsgraph.events.geo import locate_sentence
from newsgraph.events.modality import (
    _on_condition,
    _REFUSAL,
    _admitting_body,
    _agreed_term,
    _agreed_measure,
    _announced_measure,
    _announced_passive,
    _asserted_clause,
    _binding_deal,
    _conditional_threat,
    _denied_clause,
    _denied_pronoun,
    _future_clause,
    _penalty_clause,
    _conditioned,
    _possible_only,
    _standing_charge,
    _generic_object,
    _lemmas_under,
    _modal_head,
    _passive_conjunct,
    _passive_trigger,
    _pledged_not,
    _pending,
    _refusal,
    _remark_withheld,
    _signed_term,
    _undone_condition,
    _unrealised,
)
from newsgraph.events.nominals import (
    _MODIFIERS,
    _clause_doer,
    _elicited_deeds,
    _noun_hits,
    _protested_doer,
    _protesting_party,
)
from newsgraph.events.objects import (
    _judged_heads,
    _condition_lemmas,
    _WANTS_MERIT,
    _WORDED_CLAUSE_NEEDS,
    _adverbial_patient,
    _ferries_people,
    _goods_origin,
    _gap_named,
    _clause_vocabulary,
    _has_need,
    _uncued,
    _misfit,
    _kind_fits,
    _matched_object,
    _object_words,
    _name_wants_merit,
    _own_policy_condition,
    _participle_agents,
    _pronoun_patient_lemmas,
    _pronoun_patients,
    _refined,
    _targets,
    _undone_clause,
)
from newsgraph.events.parties import (
    _trailing_participle_of,
    _BLOCK,
    _FUTURE,
    _INTENT,
    _act_antecedent,
    _actors,
    _actors_of,
    _block_state,
    _carrier,
    _conj_host,
    _conjuncts,
    _contact_clause,
    _game,
    _listed_modifiers,
    _loose_conjunct,
    _modality,
    _negated,
    _own_word,
    _place_mention,
    _refused_to,
    _reporter,
    _summed_clause,
    _team_voice,
)
from newsgraph.events.patterns import load_patterns, Pattern, PatternSet
from newsgraph.events.reactions import (
    _contrast_joined,
    _asker_relative,
    _background_act,
    _answered_later,
    _undone_later,
    _claim_tellers,
    _claimed_by,
    _remarked_just_before,
    _pointed_voicing,
    _approved_act_parties,
    _co_authored,
    _asked_of_reactor,
    _offer_to_reactor,
    _passage_receiver,
    _fellow_voicers,
    _conflict_sides,
    _joined_appeal_sides,
    _context_target,
    _own_answer,
    _defended_deed,
    _defends_forces,
    _accused_deed,
    _denied_deed,
    _lead_named_act,
    _deal_reaction_parties,
    _joint_statement_parties,
    _deal_consulted,
    _deal_warning,
    _urged_before,
    _lead_deal_parties,
    _counterpart,
    _coup_state,
    _elected_state,
    _decided_before,
    _private_claim,
    _delivery_partner,
    _placed_recipient,
    _fellow_recipient,
    _giver_recipient,
    _lead_recipient,
    _joined_gift,
    _thanked_givers,
    _host_recipient,
    _joined_reaction,
    _fellow_critic_deed,
    _office_judged,
    _giving,
    _latest_deed,
    _lead_end,
    _appeal_partner,
    _also_pledged_partner,
    _other_named,
    _answered_asker,
    _asked_of_complained,
    _parallel_marked,
    _joined_after_partner,
    _joined_reaction_partner,
    _told_envoy_state,
    _conditional_vow,
    _ultimatum_target,
    _bordering_state,
    _own_closure_told,
    _freed_state,
    _jailer,
    _charges_held,
    _frees_held,
    _complained_state,
    _appealed_later,
    _judged_later,
    _met_later,
    _met_partner,
    _named_states,
    _parallel_deed,
    _similar_deed,
    _naming_restated,
    _own_receiver,
    _self_funded,
    _helped_own_work,
    _partnered,
    _private,
    _project_sides,
    _mission_owner,
    _relative,
    _same_source,
    _sole_recipient,
    _told_act,
    _told_owner,
    _told_noun,
    _uncoded_authors,
    _invitation_accepted,
    _voiced_by,
    _charged_before,
    _denial_tellers,
)
from newsgraph.events.sides import (
    _names_other,
    _own_ground,
    _reached,
    _pronoun_act,
    _givers_named,
    _home_marked,
    _absolute_parties,
    _absolute_recipients,
    _accuser_own,
    _charge_host,
    _charged_parties,
    _answers_other,
    _brokered_deal,
    _earlier_talks,
    _clause_act,
    _clause_authors,
    _clause_it,
    _clause_targets,
    _held_staff_states,
    _reported_home_target,
    _own_people_addressed,
    _home_aim,
    _told_addressee,
    _context_kind,
    _counterpart_fits,
    _clause_venue,
    _dateline_door,
    _dateline_host,
    _deed_word,
    _deal_host_partners,
    _deal_user,
    _entered_states,
    _felt_act,
    _for_visit,
    _generic_visit_host,
    _giving_slot,
    _host_party,
    _host_targets,
    _names_host_deed,
    _purpose_host_targets,
    _voiced_code,
    _mediated_parties,
    _negotiation,
    _office_hosts,
    _relative_author,
    _relative_maker,
    _retained_object,
    _role_fits,
    _role_deal,
    _shared_act,
    _sided,
    _talks_partners,
    _quoted_present,
    _told,
    _trigger_told,
    _told_doers,
    _told_talks,
    _unknown_partner,
)
from newsgraph.events.taxonomy import CameoCode, lookup
from newsgraph.events.trace import (
    MISTAGGED,
    SKIPPED,
    BlockTrace,
    note,
    paused,
    rejected,
    tracing,
)
from newsgraph.model import Article, Event, Mention, Parse, Quote, Sentence, stable_id, Token
from newsgraph.quotes import find_quotes
from newsgraph.settings import Settings


log = logging.getLogger(__name__)

_QUALIFIERS = frozenset({"amod", "compound"})  # "a breakaway region", "a separatist province"


def _defends_own(ctx: _Ctx, verb: Token, sources: list[Mention], own: set[str]) -> bool:
    """Whether a defending verb's sources defend a deed only they are named authoring: a
    reply to whoever protested it, no approval of their own act passed over."""
    mine = {m.actor.principal for m in sources if m.actor is not None}
    return verb.lemma.lower() in ctx.rules.defending_verbs and bool(own) and own <= mine


def _undoer_of_done(
    ctx: _Ctx, verb: Token, code: str, targets: Sequence[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """The doer of an agentless passive act told in an after-clause of the verb that undoes it,
    and the ones it was done to ("Ugandan soldiers released six Kenyan engineers, three days
    after they were detained": the soldiers detained the engineers; undoing_matches): the
    ones the verb frees or returns, whom a pronoun there stands for (it may be read as the
    doer) or whom its named patients must be. "Uganda protested two days after Kenyans were
    detained" names no doer; nor does a verb denied."""
    if verb.dep != "advcl" or verb.head == verb.i:
        return [], []
    head = ctx.tok(verb.head)
    lemma = head.lemma.lower()
    if lemma not in ctx.rules.undoing_nouns or code[:2] not in ctx.rules.reaction_matches[lemma]:
        return [], []
    if _memo(ctx, _negated, head) or not any(
        k.lemma.lower() == "after" for k in ctx.kids(verb.i, frozenset({"mark", "prep"}))
    ):
        return [], []
    freed = [m for o in ctx.kids(head.i, _OBJ) for m in _actors_of(ctx, o, "target")]
    principals = {_principal(m) for m in freed}
    if not freed or any(t.kind != "pronoun" and _principal(t) not in principals for t in targets):
        return [], []
    return _actors(ctx, ctx.kids(head.i, _SUBJ), "source"), freed


def _held_before(ctx: _Ctx, verb: Token, targets: Sequence[Mention]) -> list[Mention]:
    """The held party an agentless release or access whose people no state names frees or
    reaches, as a patient for _jailer ("Police in Tunis detained 23 Rwandan students ... Nine
    of the students were freed", "The crews had been given access to Sri Lankan consular
    officials"): the ones it names in another slot (the consul given access, the state they
    were sent back to), else the one state whose people the latest detention or seizure told
    before took (rules freed_after_codes). Only people held (rules held_nouns but
    craft_nouns, a count, "they": not "Its report was handed to the minister", nor "That ship
    was later released", whose owner, not its flag, gets it back), freed by a freeing root
    told as the sentence's news."""
    if not _told(ctx, verb):
        return []
    first = _first_conjunct(ctx, verb)
    if any(a.tag in ("VBP", "VBZ") for a in ctx.kids(first.i, frozenset({"auxpass"}))):
        return []  # "Most crews are fined and sent home within weeks": what is done as a rule
    # "were being held ... and had been given access": the first verb's subject
    freed = ctx.kids(verb.i, _PASSIVE_SUBJ) or ctx.kids(first.i, _PASSIVE_SUBJ)
    named = _actors(ctx, freed, "target")
    if not freed or any(m.kind != "pronoun" for m in named):
        return []  # "The Uzbek airmen were released": the patient hits' own
    people = ctx.rules.held_nouns - ctx.rules.craft_nouns
    heads = [*freed, *(p for f in freed for p in _preps(ctx, f, frozenset({"of"})))]
    # "it had been granted consular access to the men": the held are whom access reaches
    heads += [p for o in ctx.kids(verb.i, _OBJ) for p in _preps(ctx, o, frozenset({"to"}))]
    if not any(
        h.lemma.lower() in people or h.tag == "CD" or h.text.lower() == "they" for h in heads
    ):
        return []  # "the report was released", "funds were freed"
    # "They were released": a pronoun may stand for the detainers, named last
    others = [t for t in targets if t.id not in {m.id for m in named}]
    if others:
        return others  # "had been given access to Sri Lankan consular officials"
    for index in range(verb.sent - 1, -1, -1):
        found = {
            _principal(h.target): h.target
            for h in ctx.sentence_hits.get(index, ())
            if h.target is not None
            and h.code in ctx.rules.freed_after_codes
            and h.context == ""
            and _principal(h.target) in _state_codes()
        }
        if found:
            return list(found.values()) if len(found) == 1 else []
    return []


def _pair_hits(
    ctx: _Ctx,
    pattern: Pattern,
    code: str,
    verb: Token,
    sources: Sequence[Mention],
    targets: Sequence[Mention],
    context: str = "",
) -> list[_Hit]:
    """A hit for every source and target that differ (_differ), sources first: the one way
    _verb_hits pairs the sides it has read."""
    return [
        _Hit(pattern, code, verb, s, t, context)
        for s in sources
        for t in targets
        if _differ(ctx, s, t)
    ]


def _capped_count(ctx: _Ctx, obj: Token) -> bool:
    """Whether a noun's number is limited by one of cap_words ("only 40 observers", "just
    12 inspectors")."""
    return any(
        w.lemma.lower() in ctx.rules.cap_words
        for n in ctx.kids(obj.i, frozenset({"nummod"}))
        for w in ctx.kids(n.i, frozenset({"advmod", "quantmod"}))
    )


def _bodies_named(ctx: _Ctx, verb: Token) -> frozenset[str]:
    """Lemmas under the trigger that only name the body of another noun ("air force
    helicopters": compound_body_nouns as a compound), so a refinement never reads them as
    the act ("ready to use force", "to send a task force to the shoal" keep their threat)."""
    under = [
        t for t in ctx.parse.subtree(verb.i) if t.lemma.lower() in ctx.rules.compound_body_nouns
    ]
    return frozenset(
        t.lemma.lower()
        for t in under
        if all(u.dep == "compound" for u in under if u.lemma.lower() == t.lemma.lower())
    )


def _verb_hits(ctx: _Ctx, verb: Token, pattern: Pattern) -> list[_Hit]:
    """Events one verb pattern yields at one trigger token (empty when it does not fit)."""
    # "Qatar-brokered talks": the name before the hyphen is the agent (sided codes only)
    hyphened = _memo(ctx, _hyphen_agent, verb) if pattern.objects else None
    passive = _memo(ctx, _passive_trigger, verb, hyphened is not None)
    if not passive and _voiceless_early(ctx, verb, pattern):
        return []  # as below, before the set-up: no source would pass the subject tests
    # a light-verb pattern's object is checked first: most patterns tried on a verb name none
    # of its objects (every check before the hits is a pure test, so their order is free)
    obj = _matched_object(ctx, verb, pattern, passive) if pattern.objects else None
    if pattern.objects and obj is None:
        return rejected("object-unmatched")
    if pattern.object_mods and (
        obj is None
        or not any(m.lemma.lower() in pattern.object_mods for m in ctx.kids(obj.i, _MODIFIERS))
    ):
        return rejected("object-mods-missing")  # "pressure", not "military pressure"
    if obj is not None and pattern.code[:2] in ctx.rules.delivery_roots:
        if _ferries_people(ctx, obj):
            # "sent an aircraft carrying its foreign minister to Tehran": a trip
            return rejected("craft-ferries-people")
    denied = _memo(ctx, _negated, verb) or _refused_to(ctx, verb, pattern)
    misfit = _misfit(ctx, verb, pattern)
    if misfit:
        return rejected(misfit)
    if pattern.when_negated != denied and not _refusal(ctx, verb, pattern, pattern.code):
        return rejected("negated" if denied else "not-negated")
    if pattern.when_negated and denied:
        # a refusal still open or bound to a condition: "has not yet accepted Cairo's
        # invitation", "would not accept the offer if it came with conditions"
        if _memo(ctx, _pending, verb):
            return rejected("not-yet")
        if _conditioned(ctx, verb, ctx.rules.condition_marks):
            return rejected("conditional-mark")
    if _memo(ctx, _remark_withheld, verb):
        return rejected("remark-withheld")  # "declined to comment on Libya's request"
    if "nsubjpass" in pattern.forbid and passive and _passive_conjunct(ctx, verb):
        # "... and was accepted into the club": the shared subject is the patient
        return rejected("passive-conjunct")
    modified = _memo(ctx, _participle_noun, verb)
    adverbial = _memo(ctx, _adverbial_patient, verb)  # "After being summoned by X, the envoy"
    if not pattern.objects:
        direct = ctx.kids(verb.i, _PASSIVE_SUBJ if passive else _OBJ)
        direct = direct or ([] if passive else _misread_head(ctx, verb))
        obj = direct[0] if direct else None
        if obj is None and adverbial is not None and _negotiation(ctx, adverbial):
            obj = adverbial  # "Mediated by Qatar, the talks between A and B ended"
    words = _lemmas_under(ctx, verb)
    # a naming verb's object_words and unless_words judge the name given, never the thing
    # named: "called that step a provocation" (unlike "called the deal a step forward")
    # ("a move Zagreb called a provocation": the parser's object is the name, _gap_named)
    naming = "oprd" in pattern.needs
    gap_named = naming and _gap_named(ctx, verb)
    things = (
        {o.lemma.lower() for o in ctx.kids(verb.i, _OBJ)} if naming and not gap_named else set()
    )
    if naming and verb.dep == "relcl" and (gap_named or not ctx.kids(verb.i, _OBJ)):
        things.add(ctx.tok(verb.head).lemma.lower())  # "a step Moscow called illegal"
    if passive and obj is not None and obj.dep in _PASSIVE_SUBJ:
        # "U.N. peacekeepers were withdrawn": the passive's subject is the object the words
        # judge, as the active's direct object is among the complements
        mods = ctx.kids(obj.i, frozenset({"amod", "compound"}))
        words = words | {obj.lemma.lower()}
        words |= {w for k in mods for w in (k.lemma.lower(), k.text.lower())}
    name = words - things
    if naming and _memo(ctx, _name_wants_merit, verb):
        name = name | _WANTS_MERIT  # "a gesture without legal substance": a wrong named
    if pattern.object_words and not (name & pattern.object_words):
        return rejected("object-words-missing")
    if gap_named and not name & pattern.outweigh_words:
        # "a step Tripoli called a turning point": a name read from the object is taken
        # only when it names a wrong (the parser's object may be a plain object after all)
        return rejected("unless-words")
    if not naming and verb.dep == "relcl":
        # "a breakaway Georgian region that Moscow recognizes": the words that qualify the
        # noun the clause is about are judged with it (the noun itself is among the words)
        head = ctx.tok(verb.head)
        name = name | {k.lemma.lower() for k in ctx.kids(head.i, _QUALIFIERS)}
    if (
        pattern.unless_words
        and name & pattern.unless_words
        and (name - _memo(ctx, _averted_only, verb)) & pattern.unless_words
        and not name & pattern.outweigh_words
    ):
        return rejected("unless-words")
    if (naming or "as_phrase" in pattern.needs) and _findings_judged(ctx, verb, name, pattern):
        return rejected("findings-judged")  # "called the IAEA report alarming": what it tells
    if pattern.unless_phrase_words and _phrase_undone(ctx, verb, pattern):
        return rejected("unless-words")  # "our largest trading partner"
    if pattern.unless_objects and any(
        w in pattern.unless_objects
        for o in ctx.kids(verb.i, _PASSIVE_SUBJ if passive else _OBJ)
        for w in _object_names(ctx, o)
    ):
        return rejected("other-sense")  # "met its export target": another sense
    if pattern.unless_prep_objects and any(
        o.lemma.lower() in pattern.unless_prep_objects
        for o in _preps(ctx, verb, pattern.unless_preps or pattern.target_preps)
    ):
        return rejected("other-sense")  # "clashed with the court": a quarrel, no fighting
    read = words | _memo(ctx, _pronoun_patient_lemmas, verb) if pattern.refine else words
    if pattern.refine and read & ctx.rules.compound_body_nouns:
        read = read - _memo(ctx, _bodies_named, verb)
    if pattern.refine and passive:
        # "the Chinese ambassador was expelled by Vietnam": the patient refines as the
        # object of "Vietnam expelled the Chinese ambassador" does, with its own qualifiers
        # ("an Italian embassy official was allowed to see the sailors": the embassy's)
        patients = ctx.kids(verb.i, _PASSIVE_SUBJ)
        if verb.dep == "acl" and verb.head != verb.i:
            # "their boat, seized by the Venezuelan navy near the islands": a participle's
            # patient is the noun it modifies
            patients = [*patients, ctx.tok(verb.head)]
        read = read | {w.lemma.lower() for p in patients for w in (p, *ctx.kids(p.i, _QUALIFIERS))}
    code = _refined(pattern, {obj.lemma.lower()} if pattern.refine_object and obj else read)
    capped = bool(pattern.capped_code) and obj is not None and _capped_count(ctx, obj)
    if capped:
        code = pattern.capped_code  # "will allow only 40 observers": a cap, no opening
    code = _pledged_not(ctx, verb, pattern, code)  # "vowed not to return the land to X"
    if code[:2] in ctx.rules.demand_roots and _asserted_clause(ctx, verb):
        return rejected("asserted-clause")
    if code[:2] in ctx.rules.standing_roots and _standing_share(ctx, verb):
        return rejected("standing-share")  # "Armenia buys most of its gas from Russia"
    if code[:2] == "19" and _measure_aim(ctx, verb):
        return rejected("measure-aim")  # "imposed sanctions on Moscow, targeting its banks"
    state, why = _block_state(ctx, verb, pattern)
    if state == _BLOCK and _refusal(ctx, verb, pattern, code):
        code, state = _REFUSAL, None  # "Kazakhstan will not recognize the new government"
    if (
        state is not None
        and code[:2] in ctx.rules.agreed_kept_roots
        and _signed_term(ctx, verb, state)
    ):
        state = None  # "Under the accord, Turkey will supply gas to Iraq": a term of a deal
    elif state is not None and _binding_deal(ctx, verb) is not None:
        # "a draft accord would commit France to ...": the party does nothing yet
        return rejected("deal-term")
    if state == _BLOCK:
        return rejected(why or "refused")
    if state == _FUTURE and _unrealised(ctx, verb):
        return rejected("hypothetical")  # "would have expelled the envoys if it had known"
    if capped and state in (_INTENT, _FUTURE):
        state = None  # "will allow only 40 observers": the cap is decided now, as "will not"
    # a pattern with a future code of its own ("would take countermeasures": 130) keeps it
    ahead = state in (_INTENT, _FUTURE) and not pattern.future_code
    threat = warned_code(code, ctx.rules) if ahead else None
    if threat is not None and (
        _memo(ctx, _warned_act, verb)
        or (
            state == _FUTURE
            and (
                _future_kept(ctx, pattern, code)
                or (
                    any(code.startswith(c) for c in ctx.rules.held_threat_codes)
                    and _undone_condition(ctx, verb)
                )
            )
            and _conditional_threat(ctx, verb)
        )
    ):
        # "warned that it would cut off gas to Turkey", "said it would cut ties if ...": a
        # threat; a coercion or closure on a condition stays uncoded (_announced_measure)
        code, state = threat, None
    if (
        state == _INTENT
        and pattern.id in ctx.rules.agreed_done_patterns
        and _agreed_measure(ctx, verb, ctx.rules.agreeing_words)
    ):
        # "China agreed to defer Laos' repayments": the creditor's agreement is the relief
        # (the sets give 07/05, no pledge), coded with the act's own code
        state = None
    if (
        state in (_INTENT, _FUTURE)
        and pattern.no_intent
        and not _pledged_help(ctx, verb, code, state)
    ):
        return rejected("planned-only")
    if pattern.id in ctx.rules.answer_ahead_patterns and _answer_done(ctx, verb):
        return rejected("not-future")  # "we have answered in kind": the act returned
    if pattern.future_only and state not in (_INTENT, _FUTURE):
        # "Russia responded to the move by ...": the deed is another pattern's
        return rejected("not-future")
    if pattern.future_only and _answers_other(ctx, verb):
        return rejected("answers-no-act")  # "said it would respond to rising prices"
    if (
        state == _FUTURE
        and pattern.future_code
        and any(code.startswith(c) for c in ctx.rules.held_threat_codes)
        and _on_condition(ctx, verb)
        and not _undone_condition(ctx, verb)
    ):
        # "would take the matter to the council if Chile agreed": a referral on the other
        # side's assent holds nothing over it
        return rejected("conditional-threat")
    if state in (_INTENT, _FUTURE) and pattern.future_code:
        code = pattern.future_code  # "will take necessary measures" threatens
        state = None
    if pattern.ongoing_code and state is None and _progressive(ctx, verb):
        code = pattern.ongoing_code  # "India and Canada had been negotiating a trade deal"
    measure = pattern.id in ctx.rules.announced_only_patterns or any(
        code.startswith(r) for r in ctx.rules.announced_kept_roots
    )
    kept = (
        state == _FUTURE
        and (_future_kept(ctx, pattern, code) or (measure and _announced_measure(ctx, verb)))
        # "would seize any British tanker entering its waters": on a condition, a threat
        and not any(_generic_object(ctx, o) for o in ctx.kids(verb.i, _OBJ))
    ) or (state == _INTENT and measure and _agreed_measure(ctx, verb))
    if (
        state == _INTENT
        and code[:2] not in ("03", "13")
        and _possible_only(ctx, verb)
        # "said it could supply gas if asked": an offer on a condition stays an intent
        and not _conditioned(ctx, verb, ctx.rules.condition_marks)
    ):
        return rejected("possible-only")  # "Chile can sell copper to India": no will told
    if state in (_INTENT, _FUTURE) and not kept and _memo(ctx, _commentator_forecast, verb):
        return rejected("forecast")  # '"Moscow will keep selling gas to Hungary," said an analyst'
    if (
        state in (_INTENT, _FUTURE)
        and code[:2] not in ("03", "13")
        and not kept
        and not _scheduled_meeting(ctx, verb, code, state)
    ):
        remapped = intent_code(code, ctx.rules)
        if remapped is None:
            return rejected("planned-only")
        code = remapped

    if hyphened is not None and not _sided(ctx, pattern, code, obj):
        return rejected("hyphen-unsided")  # "Russia-backed rebels": no act told
    agents = _agents(ctx, verb)
    agents += [hyphened] if hyphened is not None else []
    if passive and not agents:
        agents = _late_agents(ctx, verb)
    if (
        passive
        and not agents
        and (
            (pattern.reciprocal and pattern.objects)
            or verb.text.lower() in ctx.rules.stative_participles
        )
    ):
        # stative "are engaged in battles", "London was committed to the partnership": the
        # patient is the actor
        passive = False
        sources = _actors(ctx, ctx.kids(verb.i, _PASSIVE_SUBJ), "source")
        if not sources and state is None and obj is not None:
            # "The treaty between Rwanda and Congo was signed on Monday": the deal's sides
            sources = _actors(ctx, _preps(ctx, obj, frozenset({"between"})), "source")
        if not sources and state is None and obj is not None:
            sources = _actors(ctx, _deal_user(ctx, verb, obj), "source")
        targets, slot = _targets(ctx, verb, obj, pattern, skip_dobj=True)
        if not targets and state is None and obj is not None:
            targets = _deal_host_partners(ctx, verb, sources)  # "under an agreement signed"
    elif passive and pattern.reverse:
        # "Canada is disappointed by Trump's actions": the patient reacts to the agent
        patient = ctx.kids(verb.i, _PASSIVE_SUBJ) or _passive_conjunct(ctx, verb)
        sources = _actors(ctx, patient, "source")
        targets = _actors(ctx, agents, "target") or _targets(ctx, verb, obj, pattern, True)[0]
        slot = ""
    elif passive:
        sources = _actors(ctx, agents, "source")
        protested = code[:2] in ctx.rules.protested_passive_roots
        if not sources and not agents and state is None and protested:
            # "summoned Azerbaijan's envoy after two Russian journalists were arrested"
            sources = _protested_doer(ctx, verb)
        if not sources and not agents and state is None and code[:2] in ctx.rules.doer_clause_roots:
            # "Two Tajik soldiers were wounded when Kyrgyz border guards opened fire"
            sources = _clause_doer(ctx, verb)
        # "said Vietnamese diplomats would be allowed to visit the men": consular access let
        let = pattern.id in ctx.rules.let_others_patterns
        let = let and verb.lemma.lower() in ctx.rules.permitting_verbs
        if not sources and not agents and state == _FUTURE and (kept or let):
            sources = _announced_passive(ctx, verb, let)  # "said Chilean ships would be barred"
        if not sources and code in ctx.rules.admission_codes:
            sources = _admitting_body(ctx, verb)
        if (
            not sources
            and not agents
            and state is None
            and pattern.id in ctx.rules.served_force_patterns
        ):
            # "Some 400 U.N. peacekeepers were withdrawn from Mali": by whom they serve
            sources = _actors(ctx, ctx.kids(verb.i, _PASSIVE_SUBJ), "source")
        if not sources and not agents and state is None and modified is not None:
            sources = _actors(ctx, _deal_user(ctx, verb, modified), "source")
        patient = [_listed_patient(ctx, modified, verb)] if modified is not None else []
        patient = patient or ctx.kids(verb.i, _PASSIVE_SUBJ) or _passive_conjunct(ctx, verb)
        patient += [adverbial] if adverbial is not None else []
        targets, slot = _targets(ctx, verb, obj, pattern, skip_dobj=True)
        # "Chile's ambassador in Lima was called in by Peru": the object noun the pattern
        # needs is the passive's subject, acted on as the active's direct object is
        needed = obj is not None and obj.head == verb.i and obj.dep in _PASSIVE_SUBJ
        # "Australia was hit with tariffs by China": the object named as the means of a
        # with-phrase leaves the passive's subject the one acted on
        needed = needed or (obj is not None and _means_object(ctx, verb, obj))
        if (
            sources
            and pattern.target[:1] == ("dobj",)
            and ((targets and not pattern.objects) or needed)
        ):
            # "Iraqi forces were expelled from Kuwait by the coalition": the passive's subject
            # is the direct object the pattern reads first, before its later slots
            targets = _actors(ctx, patient, "target", pattern.place_target) or targets
        if not targets and agents and _sided(ctx, pattern, code, obj):
            # "Talks hosted by Oman between Iran and the U.S.": the sides hung on the agent
            sides = [p for a in agents for p in _preps(ctx, a, frozenset({"between"}))]
            targets = _actors(ctx, sides, "target")
        if not targets and _sided(ctx, pattern, code, obj):
            # "the deal brokered by Turkey and the U.N.": the deal's own by-phrase names no party
            parties = _mediated_parties(ctx, verb)
            # "The talks were mediated by Turkey", "The deal was brokered by Qatar": a finite
            # passive's subject, like a participle's noun with no sides, was told before
            finite = parties is None and obj is not None and obj.dep in _PASSIVE_SUBJ
            finite = finite or (obj is not None and obj == adverbial)  # "Hosted by Oman, the"
            before = _negotiation(ctx, obj) or _brokered_deal(ctx, obj)
            before = before and not _earlier_talks(ctx, obj)  # "Previous ceasefires brokered by"
            if (parties == [] or finite) and pattern.objects and state is None and before:
                # "The talks, hosted by Oman, ended": the sides told before
                return [_Hit(pattern, code, verb, s, None, "mediation") for s in sources]
            targets = parties or []
        elif not targets and (not pattern.objects or _retained_object(ctx, verb, obj)):
            targets = _actors(ctx, patient, "target", pattern.place_target)
            if pattern.reciprocal and "dobj" not in pattern.target:
                # "Iran's programme was discussed by the IAEA board": a partner is named by a
                # preposition, so the passive's subject is the topic; its owner is no partner
                # ("Turkey was consulted by the U.S." still names one)
                targets = [
                    t for t in targets if any(t.token_start <= p.i < t.token_end for p in patient)
                ]
            if modified is not None:
                # "a step welcomed by Israel and condemned by ...": who reacts is no author
                reactors = _participle_agents(ctx, modified)
                targets = [t for t in targets if t.id not in reactors]
        summed = _summed_clause(ctx, modified) if modified is not None and agents else None
        if not targets and summed is not None and not pattern.objects:
            # "moved its embassy, in a step welcomed by Israel": the step is the clause's act
            targets = _actors(ctx, _subject_tokens(ctx, summed), "target")
    else:
        active = _memo(ctx, _active_sides, verb, not pattern.reverse)
        subjects, sources = list(active[0]), list(active[1])
        if not sources and state is None and verb.dep == "acl" and pattern.reciprocal:
            sources = _actors(ctx, _deal_user(ctx, verb, ctx.tok(verb.head)), "source")
        if _voiceless(ctx, verb, pattern, code, state, sources):
            return []  # the costly search for targets could give no hit a source
        targets, slot = _targets(ctx, verb, obj, pattern, skip_dobj=False)
        if len(sources) > 1:
            # "the law, which NATO and the EU have asked it to repeal": an object pronoun
            # stands for none of its own verb's joined subjects (one subject: same-state)
            own = {_principal(s) for s in sources}
            targets = [t for t in targets if t.kind != "pronoun" or _principal(t) not in own]
        if _own_side_told(ctx, slot, sources, targets, verb, code):
            targets, slot = [], ""
        if code == _SUMMONS and _own_envoy(ctx, verb, sources):
            # "Peru summoned its own ambassador to Chile": called home, a recall (v.recall_envoy)
            return rejected("own-envoy")
        if not targets and code in ctx.rules.mediation_codes:
            targets = _absolute_parties(ctx, verb)
        if not targets and not pattern.reciprocal:
            if _names_host_deed(ctx, verb, code):
                return rejected("own-deed")
            targets = _host_targets(ctx, verb)
        if not targets and _voiced_code(ctx, code):
            targets = _purpose_host_targets(ctx, verb, ctx.rules.purpose_host_verbs)
        if not targets and code[:2] in ctx.rules.demand_roots:
            targets = _purpose_host_targets(ctx, verb, ctx.rules.demand_host_verbs)
        if not targets and not pattern.reciprocal and obj is not None and pattern.objects:
            targets = _office_hosts(ctx, code, subjects, sources, verb, obj)
        if not targets and obj is not None and _giving(ctx, pattern, code, obj):
            targets = _absolute_recipients(ctx, verb)  # "..., with Japan lending $1 billion"
        if (
            not targets
            and obj is not None
            and _giving(ctx, pattern, code, obj)
            and code[:2] not in ctx.rules.hostile_roots  # "would not deliver the jets on time"
        ):
            targets = _apposed_partner(ctx, verb, subjects)  # "Britain, Ghana's ex-ruler, ..."
        if targets and pattern.place_target:
            # "flew to Geneva for talks with U.S. officials": the talks' partner, not the venue
            own = {_principal(s) for s in sources}
            partners = [p for p in _talks_partners(ctx, verb) if _principal(p) not in own]
            venues = {_principal(t) for t in targets}
            if partners and not venues & {_principal(p) for p in partners}:
                targets = partners
        if targets and pattern.place_target and _trip_on_within(ctx, verb, targets):
            targets = []  # "(BEIJING) ... He travels on to Shanghai": the same visit goes on
        if not targets and pattern.place_target and _for_visit(ctx, verb):
            # "signed in Dushanbe by Uzbekistan's premier, who was on a two-day visit": the
            # place of the clause told; else "who arrived on Sunday for a three-day visit"
            targets = _clause_venue(ctx, verb) or _dateline_host(ctx)
        if not targets and pattern.place_target:
            targets = _generic_visit_host(ctx, verb, sources)  # "to visit the country"
        if not targets:
            # "Egypt opened a conference on Sudan, but Sudan declined to attend"
            targets = _actors(ctx, _declined_host(ctx, verb), "target")
        if not targets and not pattern.reciprocal:
            targets = _response_targets(ctx, verb, code[:2] in ctx.rules.reaction_roots)
        if not targets and not pattern.reciprocal and code[:2] in ctx.rules.deed_roots:
            heads = ctx.kids(verb.i, _OBJ) + [
                p for k in ctx.kids(verb.i, frozenset({"prep"})) for p in _pobjs(ctx, k)
            ]
            targets = _accuser_own(ctx, verb, heads)
        if (
            not targets
            and not pattern.reciprocal
            and code[:2] in ctx.rules.charged_deed_roots  # not "arrested three activists"
            and not _partnered(ctx, verb, obj)  # "ended an accord with separatist groups"
        ):
            targets = _charged_parties(ctx, verb, pattern)
    if not sources and not agents and targets and pattern.reciprocal:
        sources = _host_party(ctx, verb)  # "Syria unveiled a plan agreed with Jordan"
    timed = all(_time_noun(ctx, a) for a in agents)  # "was extended by one year": no agent
    if passive and not sources and timed and state is None and pattern.objects:
        # "Saudi Arabia banned Lebanese fruit ... The ban was imposed in 2021": the doer told;
        # a go-between's verb ("The note, delivered to Iraq's envoy") restates the sender's
        # own act, whose doer is no go-between (mediation_codes)
        mediated = code in ctx.rules.mediation_codes
        doers = [] if mediated else _told_doers(ctx, verb, obj, targets)
        if doers and (pattern.reaction or _yielded_ask(ctx, code, obj)):
            # "Chile invited Peru's minister ... The invitation was accepted": an answer to the
            # act the noun restates is given by the one that act was aimed at; so is a request
            # granted ("Peru asked Chile to extradite him. The request was granted": Chile's)
            return [_Hit(pattern, code, verb, t, s) for s, t in doers]
        if doers:
            return [_Hit(pattern, code, verb, s, t) for s, t in doers]
    kept_out = code[:3] == "160" or (code == "1246" and pattern.code[:3] == "160")
    if passive and not sources and timed and state is None and kept_out:
        # "A British journalist was denied entry to Russia", "was barred from entering India"
        # (an expert team's too, 1246): the state whose door is shut shut it
        outside = _actors(ctx, ctx.kids(verb.i, _PASSIVE_SUBJ), "target")
        shut = _entered_states(ctx, verb, pattern)
        if not shut:
            # "was refused entry at Belgrade airport", "at the port of Bar": the one state
            # that holds the place the door was shut at, none of the kept-out's own
            own = {_principal(o) for o in outside}
            held = {
                p: m
                for h in (verb, *ctx.kids(verb.i, _OBJ))  # "entry at ...", "... at the port"
                for p, m in _held_places(ctx, h).items()
                if p not in own
            }
            shut = list(held.values()) if len(held) == 1 else []
        if not shut and ctx.rules.door_words & (pattern.objects | pattern.object_words):
            shut = _dateline_door(ctx, verb, outside)  # "to one laboratory" (LA PAZ —)
        return _pair_hits(ctx, pattern, code, verb, shut, outside)
    if (
        passive
        and not sources
        and not targets
        and timed
        and state is None
        and code[:2] in ctx.rules.held_patient_roots
        and not pattern.reverse
        and not _actors(ctx, ctx.kids(verb.i, _PASSIVE_SUBJ), "target")
        and (asked := _requesters(ctx, verb))
    ):
        # "He was detained at Belgrade airport on a warrant issued by Belarus": held for the
        # state whose request it was done on, by the one state that holds the place
        asking = {_principal(a) for a in asked}
        held = {p: m for p, m in _held_places(ctx, verb).items() if p not in asking}
        if len(held) == 1:
            return _pair_hits(ctx, pattern, code, verb, list(held.values()), asked)
    if (
        modified is not None
        and passive
        and not sources
        and targets
        and timed
        and state is None
        and code[:2] in ctx.rules.held_patient_roots
        and not pattern.reverse
        and (holder := _one_holder(_held_places(ctx, verb), {_principal(t) for t in targets}))
    ):
        # "the Chilean fishermen detained in Peru in August": a participle on the patient
        # names no doer, but the one state holding the place did it, as for the finite
        # passive ("were detained in Peru": _hosting_place)
        return _pair_hits(ctx, pattern, code, verb, [holder], targets)
    if not sources and state is None and code[:2] in ctx.rules.counterpart_roots:
        handed = _actors(ctx, _handed_envoys(ctx, verb), "target")
        if handed:
            # "Ambassador X was handed a note demanding ...": by the state he was called to,
            # as "Poland's ambassador was summoned" is (the patient hits below)
            return [_Hit(pattern, code, verb, e, None, "patient") for e in handed]
    if (
        passive
        and not sources
        and not agents
        and state is None
        and code[:2] in ctx.rules.freeing_roots
        and not pattern.reverse
    ):
        jailed = _held_before(ctx, verb, targets)
        if jailed:
            # "Nine of the students were freed": by whoever held them (reactions._jailer)
            return [_Hit(pattern, code, verb, k, None, "patient") for k in jailed]
    if passive and not sources and not agents and targets and state is None:
        undoers, undone = _undoer_of_done(ctx, verb, code, targets)
        if undoers:
            # "Ugandan soldiers released six Kenyan engineers, days after they were detained"
            return _pair_hits(ctx, pattern, code, verb, undoers, undone)
        if (
            (
                code[:2] in ctx.rules.counterpart_roots
                or code in ctx.rules.hosted_visitor_codes
                or code[:2] in ctx.rules.held_patient_roots
            )
            and not pattern.reverse
            and (_told(ctx, verb) or _told_aside(ctx, verb))
            and {t.id for t in targets} == {m.id for m in _actors(ctx, patient, "target")}
            and not _standing_charge(ctx, verb, code)
            # "South Sudanese troops had been sent": goods sent (troops too), or where they
            # come from, are no receiver of aid ("troops were given tanks" receive them)
            and not (
                code[:2] == "07"
                and not ctx.kids(verb.i, _OBJ)
                and any(
                    _goods_origin(ctx, t)
                    or ctx.tok(t.token_end - 1).lemma.lower()
                    in ctx.rules.goods_nouns | ctx.rules.sent_force_nouns
                    for t in targets
                )
            )
        ):
            # "Poland's ambassador was summoned": by the counterpart of the one acted on
            return [_Hit(pattern, code, verb, t, None, "patient") for t in targets]
        if (
            code in ctx.rules.own_envoy_codes
            and verb.lemma.lower() in ctx.rules.own_envoy_verbs
            and pattern.objects
            and not pattern.reverse
        ):
            # "Algeria's ambassador to France was recalled": by the envoy's own state, from
            # the state the envoy sits in (the pattern's slots)
            envoys = _actors(ctx, patient, "source")
            return _pair_hits(ctx, pattern, code, verb, envoys, targets)
    if (
        slot == "ccomp_actor"
        and pattern.factual_ccomp_code
        and not _future_clause(ctx, verb)
        and not _penalty_clause(ctx, verb)
    ):
        code = pattern.factual_ccomp_code
    if pattern.reverse and not passive and (slot in ("dobj", "obj_mod") or _giving_slot(ctx, slot)):
        # "Russia shot down Ukrainian drones", "Ukraine received a loan from the IMF", "received
        # $20 million in U.S. aid" (the giver a modifier of the thing received)
        sources, targets = targets, sources
        if not targets and verb.lemma.lower() in ctx.rules.eliciting_verbs and state is None:
            # "The decision won praise from Bulgaria": the deed just told, as noun hits do
            deeds = _elicited_deeds(ctx, verb, pattern, code, _subject_tokens(ctx, verb), sources)
            if deeds:
                return deeds
    sources = [s for s in sources if not _team_voice(ctx, s)]  # a coach's "we" is a team
    if "first_person" in pattern.subject:
        # '"If Minsk does not stop, we will respond"': only the speaker's own words do the act,
        # quoted or told ("Beijing said it would respond if Washington ...")
        sources = [
            s
            for s in sources
            if s.text.lower() in ctx.rules.first_person or _own_word(ctx, verb, s)
        ]
        if not sources:
            note("not-own-words")  # "Togo will respond", said of Togo by no Togolese
        if _condition_lemmas(ctx, verb) & pattern.unless_words or _answers_other(ctx, verb):
            # "would reciprocate if Sweden lifted its visa rules": no threat
            return rejected("conditional-threat")
    if (
        _THREAT_ROOT in (pattern.code[:2], pattern.future_code[:2])
        and not _under_warning(ctx, verb)
        and _friendly_condition(ctx, verb, frozenset(_principal(s) for s in sources))
    ):
        # "would take further steps if Madrid agreed to lift the quotas": a reward held out
        return rejected("friendly-condition")
    sources = _fitting_sources(ctx, verb, pattern, sources)
    if pattern.object_kinds:
        # "phoned his Kyrgyz and Tajik counterparts": states a role noun's modifiers list
        # are that noun's people, whatever kind of mention the names are
        listed = {m.token_start for m in _listed_role_objects(ctx, verb)}
        fitting = [
            t for t in targets if _kind_fits(t, pattern.object_kinds) or t.token_start in listed
        ]
        if targets and not fitting:
            note("object-kind")  # none found is no wrong kind: "no-target" is noted later
        targets = fitting
    if "threat_clause" in pattern.needs and _own_policy_condition(ctx, verb, targets):
        # "The IMF said Turkey would face consequences if it failed to cut inflation": a
        # body no party to the matter foretells the cost of a state's own policy
        sources = [s for s in sources if s.actor is not None and _principal(s) in _state_codes()]
    if (
        _sided(ctx, pattern, code, obj)
        and not passive
        and (_negotiation(ctx, obj) or _brokered_deal(ctx, obj))
        and _told_talks(ctx, verb, obj)
    ):
        # "the AU, which mediated the talks with Kenya": talks told before, between the
        # article's two sides; a with-phrase names a co-mediator (kept if no sides are found)
        fallback = tuple(targets)
        return [_Hit(pattern, code, verb, s, None, "mediation", fallback=fallback) for s in sources]
    if (
        code in ctx.rules.mediation_codes
        and not targets
        and not passive
        and obj is not None
        and obj.lemma.lower() in ctx.rules.mediated_deed_nouns
    ):
        # "Oman said it had mediated the release": the parties of the release told before
        act = obj.lemma.lower()
        return [_Hit(pattern, code, verb, s, None, "mediation", act=act) for s in sources]
    if not targets and "as" in pattern.prep and not passive and _role_deal(ctx, verb) is not None:
        # "agreed to act as guarantors of the accord": the sides of the accord told before
        return [_Hit(pattern, code, verb, s, None, "mediation") for s in sources]
    if pattern.reciprocal and len(sources) > 1:
        # "Kenya and Ethiopia signed a deal to double the power Ethiopia sells to its
        # neighbor": a party named inside the deal is one of the signers, paired below
        own = {_principal(s) for s in sources}
        targets = [t for t in targets if _principal(t) not in own]
        if obj is not None and verb.lemma.lower() in ctx.rules.topic_talk_verbs:
            # "The two sides discussed a planned exercise with the United States": the pair
            # talk with each other; a phrase of the topic names the topic's partner
            targets = [t for t in targets if not _under_token(ctx, t.token_start, obj.i, verb.i)]
    if targets and obj is not None and _forces_to_front(ctx, verb, obj, code):
        # "sent 800 soldiers to the Syrian border": a front, named for its state, is no
        # recipient of the forces (v.mobilize), as "to the area" is none
        return rejected("forces-to-front")
    if tracing() is not None:
        _note_sides(ctx, sources, targets)
    hits = _pair_hits(ctx, pattern, code, verb, sources, targets)
    hits += _mirrored(ctx, verb, hits) + _gapped(ctx, hits)
    if pattern.objects and hits and code == _refined(pattern, words):
        hits = _split_objects(ctx, verb, pattern, hits)
    # (not a name given: "Ethiopia's prime minister called the accord a victory for both
    # nations" judges its own deed, which the deed's telling already codes)
    if not hits and code[:2] in ctx.rules.partner_roots and "oprd" not in pattern.needs:
        hits = [_Hit(pattern, code, verb, s, t) for s in sources for t in _partners(ctx, verb, s)]
    elif not hits and code[:2] in ctx.rules.between_roots and "oprd" not in pattern.needs:
        # "suspended the flights still operating between the two capitals": a deed on the
        # pair's dealings is done to the other member
        hits = [
            _Hit(pattern, code, verb, s, t)
            for s in sources
            for t in _partners(ctx, verb, s, between=True)
        ]
    if (
        not hits
        and not targets
        and len(sources) > 1
        and _each_other(ctx, verb)
        and not _game_pair(ctx, sources, code)
    ):
        # "India and Canada expelled each other's diplomats": every pair both ways
        return _pair_hits(ctx, pattern, code, verb, sources, sources)
    if (
        not hits
        and not targets
        and pattern.reciprocal
        and len(sources) > 1
        and not _unknown_partner(ctx, verb, pattern)
        and not _game_pair(ctx, sources, code)
        # "a deal brokered by Turkey and the United Nations": co-mediators, no pair
        and verb.lemma.lower() not in ctx.rules.brokering_verbs
        # "Chad and Sudan attended the summit": fellow guests of a gathering, no pair
        and not (
            verb.lemma.lower() in ctx.rules.attending_verbs
            and obj is not None
            and obj.lemma.lower() in ctx.rules.many_gathering_nouns
        )
        # "Egypt and Chad opened their borders to refugees": each its own, not to each other
        and not (
            obj is not None
            and obj.tag in ("NNS", "NNPS")
            and obj.lemma.lower() in ctx.rules.own_plural_objects
        )
    ):
        # "A and B met" is coded both ways; an intended meeting only from the first named,
        # unless all pledged it ("A and B agreed to expand trade": each commits, _joint_pledge).
        # With three or more parties, pairs with the first named (the lead party) only.
        first = sources[0]
        if state == _INTENT and not _joint_pledge(ctx, verb):
            pairs = [(first, t) for t in sources[1:]]
        elif len(sources) > 2:
            pairs = [p for t in sources[1:] for p in ((first, t), (t, first))]
        else:
            pairs = [(sources[0], sources[1]), (sources[1], sources[0])]
        hits = [_Hit(pattern, code, verb, s, t) for s, t in pairs if _differ(ctx, s, t)]
    if not hits and not any(_differ(ctx, s, t) for s in sources for t in targets):
        if targets and all(
            s.actor is not None and s.actor.role in address_words().domestic_roles for s in sources
        ):
            # "Lawmakers criticized the government": their own state's
            return rejected("domestic")
        if not targets and obj is not None and _similar_object(ctx, code, obj):
            # "Hungary, which imposed similar bans in 2023": where the latest such deed was
            return [_Hit(pattern, code, verb, s, None, "similar") for s in sources]
        if (
            not targets
            and code[:2] in ctx.rules.calming_roots
            and words & ctx.rules.calming_words
            and not _home_aim(ctx, verb)  # "urged calm among investors": a crowd at home
        ):
            # "France urged both sides to show restraint": the sides of the conflict just told
            return [_Hit(pattern, code, verb, s, None, "sides") for s in sources]
        if (
            not targets
            and verb.lemma.lower() in ctx.rules.offering_verbs
            and words & ctx.rules.go_between_words
        ):
            # "urged Islamabad and Kabul to ... and offered to host a meeting": the sides the
            # appeal it is joined to names (_joined_appeal_sides)
            return [_Hit(pattern, code, verb, s, None, "appeal") for s in sources]
        if not targets and obj is not None and _forces_to_front(ctx, verb, obj, code):
            return rejected("forces-to-front")  # "sent 400 troops to the area": v.mobilize
        given = obj if obj is not None else _prep_object(ctx, verb, pattern)
        if (
            not targets
            and given is not None
            and not pattern.reverse
            and _giving(ctx, pattern, code, given)
            and not _quoted_present(ctx, verb)  # "Cuba 'offers help without strings'": a portrait
            and not _unnamed_recipient(ctx, verb)
            and not _carried_for_owner(ctx, verb, given)
            and not _plural_helped(ctx, verb)
        ):
            # "Washington delivered the first helicopters": to the buyer named before;
            # "Germany pledged 10 million euros": to the one state the story is about; a
            # receiver with no giver named ("Fiji has received grants") gives nothing; a
            # preposition's object stands for the gift a verb like "pay for" has no object for
            # ("Baku will pay for a second bridge": to the partner of the story's works)
            act = given.lemma.lower()
            return [_Hit(pattern, code, verb, s, None, "delivery", act=act) for s in sources]
        if obj is None and not targets:
            obj = _relative_head(ctx, verb)  # "an allegation Moscow dismissed as fabricated"
        elif obj is not None and _relative_pronoun(obj) and not _clausal_which(ctx, obj):
            obj = _gap_head(ctx, verb, ("NOUN",)) or obj  # "a proposal that China rejected"
        clause_act = (
            _clause_act(ctx, verb)
            if {"content_clause", "harm_clause", "threat_clause"} & set(pattern.needs)
            else None
        )
        if not targets and state is None and {"content_clause", "harm_clause"} & set(pattern.needs):
            # "Ottawa said Beijing's decision was unjustified", "said Caracas's blockade would
            # hurt miners": the doer its act noun names
            authors = _clause_authors(ctx, verb)
            if authors:
                return _pair_hits(ctx, pattern, code, verb, sources, authors)
        if not targets and pattern.named_author:
            return rejected("no-named-author")  # "said the reopening was a positive step"
        if not targets and state is None and clause_act is not None:
            said = clause_act.lemma.lower()
            # "told the Russian ambassador that the transfer violated U.N. resolutions": the
            # envoy's state when the story gives the act no author (_with_context)
            told_to = tuple(_actors(ctx, _told_envoys(ctx, verb), "target"))
            if said in ctx.rules.deed_nouns or _deed_word(ctx, said):
                # "Tripoli said the move was unjustified": the deed just told, as "called the
                # move unjustified" answers it; "Manila said the blockade was illegal": a noun
                # of a deed the dictionary knows names the latest act of its roots, as
                # "condemned the blockade" does (_context_kind); else its telling, as below
                named = said not in ctx.rules.deed_nouns
                deed = ctx.rules.reaction_matches.get(said, frozenset())
                if named:
                    deed = deed or _act_roots(ctx, said)
                return [
                    _Hit(
                        pattern,
                        code,
                        verb,
                        s,
                        None,
                        "deed",
                        deed,
                        named,
                        said if named else "",
                        noun=clause_act.i,
                        clause=told_to,
                    )
                    for s in sources
                ]
            # "China said the pact undermined regional stability": the pact's authors
            return [
                _Hit(pattern, code, verb, s, None, "told", noun=clause_act.i, clause=told_to)
                for s in sources
            ]
        if not targets and state is None and "content_clause" in pattern.needs:
            if _clause_it(ctx, verb, sources, pattern.clause_words):
                # "Tripoli said it was a violation of international law": the act just told,
                # as "called it a violation" answers it
                it = ctx.rules.reaction_matches["pronoun"]
                if _memo(ctx, _judged_heads, verb) & ctx.rules.falsity_words:
                    # '"These are lies," the minister said', '"That is not true"': a telling
                    # called false answers the claim just told as well (session 55)
                    it = it | ctx.rules.reaction_matches["claim"]
                return [_Hit(pattern, code, verb, s, None, "reaction", it) for s in sources]
        # "was alarmed by the step", "reacted angrily to the move"
        feeling = (pattern.reverse and pattern.no_object) or "feeling_manner" in pattern.needs
        obj = _felt_act(ctx, verb, _shared_act(ctx, verb, obj), feeling)
        if obj is None and "undone_clause" in pattern.needs:
            # "said the boats must be returned": the undoing names the act it answers
            obj = _undone_clause(ctx, verb, pattern.clause_words)
        if (
            obj is not None
            and code[:2] in ctx.rules.reaction_roots
            and obj.lemma.lower() in pattern.objects
            and obj.lemma.lower() not in ctx.rules.feeling_nouns  # "expressed concern": below
            and not _authored(ctx, obj)
            # "objected to the deal": a noun in the pattern's prepositional phrase is the act
            # answered, not this one
            and not (pattern.prep and obj.dep == "pobj")
            # "would not accept the plan": what a refusal keeps out is another's act that
            # a reaction answers (reaction_matches: a plan, an offer, a demand), no name of
            # the refusal itself ("would not accept pressure" stays the speaker's stance)
            and not (pattern.when_negated and obj.lemma.lower() in ctx.rules.reaction_matches)
        ):
            # "Athens lodged a protest": the noun is this act, not an earlier one; with no
            # target it answers the hostile act just told, as "Seoul condemned." does
            obj = None
        kind = _context_kind(ctx, code, obj, pattern, verb)
        if pattern.id in ctx.rules.contrasted_refusal_patterns:
            # "thanked the fund but said it would not accept ...": aimed only by the word of
            # contrast after an approval (reactions._contrasted_refusal), at nothing its own
            # words name
            return [_Hit(pattern, code, verb, s, None, "refusal") for s in sources]
        if (
            not kind
            and not targets
            and state is None
            and obj is not None
            and _thing_pronoun(ctx, obj)
            and code[:2] in ctx.rules.reaction_roots | ctx.rules.antecedent_roots
            and (act_noun := _pronoun_act(ctx, obj)) is not None
        ):
            # "NATO welcomed the agreement. Russia was quick to criticize it": the act noun
            # the pronoun stands for is what the reaction answers, as if named again
            obj = act_noun
            kind = _context_kind(ctx, code, obj, pattern, verb)
        if (
            not kind
            and not targets
            and state is None
            and obj is not None
            and code[:2] in ctx.rules.appraisal_roots
            and _givers_named(ctx, obj)
        ):
            # "Britain and Canada pledged aid to Jamaica ... Jamaica thanked the donors"
            return [_Hit(pattern, code, verb, s, None, "givers") for s in sources]
        if kind == "unheld":
            return rejected("unheld")  # "called for the release of the full text"
        if kind == "reaction" and _names_host_deed(ctx, verb, code):
            # "Kenya expelled two Somali diplomats, calling it a response in kind": its own
            # deed judged, as with no context (_names_host_deed before _host_targets)
            return rejected("own-deed")
        if (
            kind in ("reaction", "countering")
            and code[:2] not in ctx.rules.reaction_roots  # "denounced the tariffs on its exports"
            and _home_aim(ctx, verb)
        ):
            # "took countermeasures against domestic hoarders": a measure at home
            return rejected("home-aim")
        protesters = (
            _protesting_party(ctx, verb, sources)
            if not targets and state is None and pattern.id in ctx.rules.protested_party_patterns
            else []
        )
        if protesters:
            # "summoned Peru's ambassador after Peruvian authorities closed the crossing"
            return _pair_hits(ctx, pattern, code, verb, sources, protesters)
        claim = obj
        if claim is None and (gap := _contact_clause(ctx, verb)) is not None:
            claim = gap[1]  # "a charge Bucharest rejected", the gap read as a subject
        tellers = (
            _claim_tellers(ctx, verb, claim, sources[0].actor.principal)
            if kind in ("", "reaction")
            and not targets
            and code[:2] == _REFUSAL[:2]
            and claim is not None
            and sources
            and sources[0].actor is not None
            else []
        )
        if tellers:
            # "said Romania was working for Brussels, a charge Bucharest rejected": the teller's
            return _pair_hits(ctx, pattern, code, verb, sources, tellers, "told")
        if (
            kind in ("", "reaction")
            and not targets
            and code[:2] == _REFUSAL[:2]
            and claim is not None
            and _private_claim(ctx, verb, claim)
        ):
            return rejected("private-party")  # "Rights groups accused ..., a charge X denies"
        hosted = _posted_hosts(ctx, verb, sources) if not kind and not targets else []
        if hosted and code[:2] in ctx.rules.posted_asking_roots and not _negated(ctx, verb):
            # "The Dutch ambassador in Caracas demanded an explanation": an envoy's act naming
            # no one is aimed at the state it is posted in
            return [_Hit(pattern, code, verb, s, h, "clause") for s, h in hosted]
        # "The Dominican government shut four official crossings": a land border closed
        # naming no one is closed to the neighbour the story is about (_bordering_state); not
        # "sealed its border during the pandemic", the whole frontier closed to everyone
        bordered = (
            pattern.id in ctx.rules.bordered_patterns
            and obj is not None
            and obj.text.lower() in ctx.rules.bordered_nouns
            and not any(k.pos == "PRON" for k in ctx.kids(obj.i, frozenset({"poss"})))
            and _own_closure_told(ctx, verb, sources)
        )
        if (
            not kind
            and not targets
            and state is None
            and not bordered
            and not _home_roles(ctx, sources)
            and _counterpart_fits(
                ctx, code, obj, verb, pattern, frozenset(_principal(s) for s in sources)
            )
        ):
            kind = "counterpart"  # "Ankara pledged 200 million dollars": to its counterpart
        if kind == "antecedent" and verb.lemma.lower() in ctx.rules.brokering_verbs:
            # "The deal was brokered by Turkey": a go-between signs nothing
            return rejected("go-between")
        author: list[Mention] = []
        reacting = ctx.rules.reaction_roots | ctx.rules.antecedent_roots
        if kind in ("reaction", "antecedent", "deed") and obj is not None and not pattern.reaction:
            author = _relative_author(ctx, verb) or _antecedent_author(ctx, obj)
        elif not kind and not targets and state is None and code[:2] in reacting:
            author = _relative_maker(ctx, verb)  # "a new permit, which Ghana criticized"
        if author and verb.lemma.lower() in ctx.rules.assent_verbs:
            # "Malaysia and Brunei signed a treaty ... Brunei's parliament ratified the
            # treaty": a party's assent to its own pact is made with the other parties
            return _pair_hits(ctx, pattern, code, verb, sources, author, "antecedent")
        own = {a.actor.principal for a in author if a.actor is not None}
        if author and _defends_own(ctx, verb, sources, own):
            # "Botswana's ban on imports ... Botswana defended the ban": its own deed, whose
            # defence answers the protest against it (_defended_deed, in _with_context)
            author = []
        if author:
            # "Armenia's prime minister welcomed the agreement" Armenia signed: its own act
            return [
                _Hit(pattern, code, verb, s, t, "antecedent")
                for s in sources
                if s.actor is not None and s.actor.principal not in own
                for t in author
                if _differ(ctx, s, t)
            ]
        told = _told_noun(ctx, verb, obj, code, sources) if state is None else -1
        if (
            kind == "antecedent"
            and told < 0
            and pattern.reciprocal
            and state is None
            and not _partnered(ctx, verb, obj)
        ):
            # "visited Turkey and signed a gas deal": no deal told before, so one with the
            # state met in the sentence (_met_partner)
            return [_Hit(pattern, code, verb, s, None, "visited") for s in sources]
        if kind == "antecedent":
            # an approval reaches back only to a named act's authors, or its telling anywhere
            return [
                _Hit(pattern, code, verb, s, None, "told", noun=told) for s in sources if told >= 0
            ]
        # a pattern whose idiom needs a target of one kind reads no other (target_kind)
        searched = (
            state is None
            and code[:2] not in ctx.rules.unclaused_roots
            and pattern.target_kind not in ("state", "force", "ties")
            and not _own_people_addressed(ctx, verb)  # "warned its citizens against travel to X"
        )
        clause = _clause_targets(ctx, verb, pattern, code, sources) if searched else []
        if not kind and not clause and not targets:
            if code.startswith(tuple(ctx.rules.accused_held_codes)) and _charges_held(ctx, verb):
                # "seized a Dutch trawler ... accused the vessel of fishing without a licence":
                # of the state whose craft or people its source's state held (_freed_state)
                return [_Hit(pattern, code, verb, s, None, "released") for s in sources]
            if (
                obj is not None
                and code[:2] in ctx.rules.hostile_roots
                and obj.lemma.lower() in ctx.rules.accused_party_nouns
                and _bare_participle(ctx, verb) is not None
            ):
                # "seized two Chinese-flagged trawlers, accusing their crews of ...", "...,
                # accusing the vessel of ..." (a craft told before all the same): the people or
                # craft of the state the act it trails was aimed at (_conjunct_targets)
                return [_Hit(pattern, code, verb, s, None, "trailed") for s in sources]
        if not kind and not clause and told >= 0 and not _after_talk(ctx, verb, code):
            return [_Hit(pattern, code, verb, s, None, "told", noun=told) for s in sources]
        if (
            not kind
            and not clause
            and pattern.when_negated
            and code[:2] in ctx.rules.reaction_roots
        ):
            # "accused Chad of ... and said it would not bow to pressure": a refusal naming no
            # one is aimed only where the judgement joined before it is (_joined_after_partner)
            return [_Hit(pattern, code, verb, s, None, "refusal") for s in sources]
        if (
            not kind
            and not clause
            and state == _FUTURE  # "said it would help", not "agreed to hand over"
            and code[:2] in ctx.rules.pledge_roots
            and _announced_measure(ctx, verb)
            and not _pledged_at_home(ctx, verb)
            and not _plural_helped(ctx, verb)
        ):
            # "praised Ghana's reforms and said Tokyo would help rebuild the highway": a
            # pledge naming no one is made where the act joined before it is aimed
            # (_joined_after_partner)
            return [_Hit(pattern, code, verb, s, None, "pledge") for s in sources]
        if (
            not kind
            and not clause
            and not targets
            and code[:2] in ctx.rules.also_given_roots
            and _parallel_marked(ctx, verb)
            and not _pledged_at_home(ctx, verb)
        ):
            # "Mongolia also pledged to send 40 geologists", "It will also supply the
            # refinery": a pledge or a gift told as one more, naming no one, is made where its
            # source's own acts before it went (_also_pledged_partner)
            return [_Hit(pattern, code, verb, s, None, "pledge") for s in sources]
        if (
            not kind
            and not clause
            and not targets
            and code[:2] in ctx.rules.answered_pledge_roots
            and verb.lemma.lower() not in ctx.rules.asked_after_verbs
            and not _relative(ctx, verb)  # "the ties both countries have committed to"
            and not _pledged_at_home(ctx, verb)
            and _asked_of_sources(ctx, verb, sources)
        ):
            # "Ghana asked Tokyo to fund a bridge ... The minister promised to send engineers":
            # a pledge naming no one answers the request just made of its source (_answered_asker)
            return [_Hit(pattern, code, verb, s, None, "answered") for s in sources]
        if (
            kind in ("", "objectless")
            and not clause
            and not pattern.reverse  # "visited Abu Dhabi and received a loan pledge": its giver's
            and _after_talk(ctx, verb, code, pattern.reciprocal)
        ):
            # "had spoken by phone with China's ambassador and asked for the trucks to be
            # cleared": an appeal naming no one, joined after a talk, is made to whom the talk
            # was with (_joined_after_partner); so is a complaint naming nothing ("met Nepalese
            # officials and lodged a protest"), which would otherwise answer the act just told
            return [_Hit(pattern, code, verb, s, None, "talked") for s in sources]
        if (
            not kind
            and not clause
            and not targets
            and code[:2] in ctx.rules.envoy_told_roots
            and _told_bare_envoy(ctx, verb)
        ):
            # "summoned Peru's ambassador ... told the envoy that Lima expected ...": made to
            # the state whose envoy was summoned (_told_envoy_state)
            return [_Hit(pattern, code, verb, s, None, "envoy") for s in sources]
        if (
            not kind
            and not clause
            and not targets
            and code[:2] == _THREAT_ROOT
            and _conditional_vow(ctx, verb)
        ):
            # "urged Washington to stop ... He warned that China would act if it did not": the
            # sequel of its source's demand just before (_ultimatum_target)
            return [_Hit(pattern, code, verb, s, None, "ultimatum") for s in sources]
        if (
            not kind
            and not clause
            and code[:2] in ctx.rules.freeing_roots
            and _frees_held(ctx, verb)
        ):
            # "A Ugandan court released six of the men": whom its state held before
            return [_Hit(pattern, code, verb, s, None, "released") for s in sources]
        if (
            not kind
            and not clause
            and not targets
            and (
                (obj is not None and code[:3] in ctx.rules.withheld_aid_codes)
                or code.startswith(tuple(ctx.rules.placed_aid_codes))
            )
        ):
            # "froze payments for a road project in western Kenya": aid held back from the
            # state the works are in (_placed_recipient); with none placed, the later rules
            # and patterns ("withheld 12 million dollars from Tonga": v.withhold_aid) read it.
            # So is help naming no one ("will help rebuild bridges in northern Laos"): the
            # state the works helped are placed in
            placed = [
                h
                for s in sources
                for h in _placed_recipient(ctx, _Hit(pattern, code, verb, s, None, "withheld"))
            ]
            if placed:
                return placed
        if (
            not kind
            and not clause
            and not targets
            and code[:2] in ctx.rules.reaction_roots
            and _appeal_joined_after(ctx, verb)
        ):
            # "said it was disappointed by the escalation and called on Peru to resume talks":
            # a judgement naming no one and no deed told is aimed at whom its source appeals
            # to in a verb joined after it (_appeal_partner), and at no one else
            return [_Hit(pattern, code, verb, s, None, "appealed") for s in sources]
        if (
            not kind
            and not clause
            and not targets
            and state is None  # "would ask for talks if ...": no ask made yet
            and code[:2] in ctx.rules.asked_after_roots
            and verb.lemma.lower() in ctx.rules.asked_after_verbs  # not "said every state must"
            # "a rally at which its leaders called for ...": told; "the ministry, which asked
            # for the review": its asker's own ask (_asked_of_doer)
            and (not _relative(ctx, verb) or _asker_relative(ctx, verb, sources))
            and not _addressed_ask(ctx, verb, pattern)
        ):
            # "accused Ugandan police of beating the traders. It demanded that ...": an ask
            # naming no one is made of whom its source just complained (_asked_of_complained)
            return [_Hit(pattern, code, verb, s, None, "asked") for s in sources]
        if (
            not kind
            and not clause
            and not targets
            and code.startswith(tuple(ctx.rules.held_staff_codes))
            and (staff := _held_staff_states(ctx, verb, sources))
        ):
            # "detained a reporter for Swedish public radio": the state whose body employs
            # the held, as "detained a Swedish reporter" is aimed at Sweden
            return [_Hit(pattern, code, verb, s, t, "clause") for s in sources for t in staff]
        if not kind and not clause and not targets and bordered:
            return [_Hit(pattern, code, verb, s, None, "bordered") for s in sources]
        if (
            not kind
            and not clause
            and not targets
            and state is None
            and code.startswith(tuple(ctx.rules.home_struck_codes))
            and (home := _reported_home_target(ctx, verb, sources))
        ):
            # "Russia's Defense Ministry said Ukrainian drones had hit the station": the
            # ground of the state whose guarding body tells the strike
            return [_Hit(pattern, code, verb, s, t, "clause") for s in sources for t in home]
        if (
            not kind
            and not clause
            and not targets
            and state is None
            and code[:2] in ctx.rules.summed_ask_roots
            and (summed_doers := _summed_doers(ctx, verb))
        ):
            # "Somali forces handed over four suspects, a step Nairobi had requested": asked of
            # whoever did the act the apposed noun sums up
            return _pair_hits(ctx, pattern, code, verb, sources, summed_doers)
        if (
            not kind
            and not clause
            and not targets
            and code[:2] in ctx.rules.related_partner_roots
            and _subject_relatives(ctx, verb)
            and not _pledged_at_home(ctx, verb)
        ):
            # "Guyana's president, who visited Paramaribo last week, offered to supply diesel":
            # a pledge naming no one is made to whom its subject's relative clause acted on
            # (_related_partner)
            return [_Hit(pattern, code, verb, s, None, "related") for s in sources]
        if not kind:
            # nothing in the slots and no context rule: the one actor the clause names
            note("no-target")
            return [_Hit(pattern, code, verb, s, t, "clause") for s in sources for t in clause]
        answers: frozenset[str] = frozenset()
        lemma = obj.lemma.lower() if obj is not None else ""
        named = near = denial = False
        if kind == "reaction" and pattern.reaction and code[:2] not in ctx.rules.hostile_roots:
            # "Rabat accepted the invitation", "said he had accepted": what was offered
            matches = ctx.rules.reaction_matches
            answers = matches.get(lemma) or matches["acceptance"]
        elif kind == "reaction" and pattern.reaction:
            # a vow with no aim of its own ("would take all necessary measures") answers
            # hostile words too; "... to contain the outbreak" may be a matter of its own. A
            # stock threat of an idiom's object ("would draw the appropriate conclusions",
            # "warned of consequences") is such a vow as well, its threat code its pattern's
            # own; not one that names what it answers ("would answer any further Hungarian
            # steps in kind": those steps' doer), nor a bare "would respond" (after the
            # source's own criticism of two states it answers neither: test_events_clauses32)
            stock = obj is not None and obj.lemma.lower() in pattern.objects
            vowed = (
                code[:2] == _THREAT_ROOT
                and (code != pattern.code or stock)
                and not _aimed(ctx, verb)
            )
            key = "vowed retaliation" if vowed else "retaliation"
            if code[:2] == _REFUSAL_ROOT:
                key = "answered complaint"  # "said the flight followed the law" after a summons
                if pattern.no_object:
                    key = "bare refusal"  # "Libya refused." after an appeal or an offer
                if "closed_clause" in pattern.needs:
                    key = "closed matter"  # "... was not on the table" after an appeal too
            answers = ctx.rules.reaction_matches[key]
        elif kind == "reaction" and (
            lemma in ctx.rules.denied_nouns
            or (obj is not None and _clausal_which(ctx, obj))
            or (obj is None and _denied_clause(ctx, verb))
            or (code[:2] == _REFUSAL_ROOT and obj is not None and _denied_pronoun(ctx, verb, obj))
        ):
            answers = ctx.rules.reaction_matches["denial"]
            denial = obj is None
        elif kind == "reaction" and obj is not None and obj.pos == "PRON":
            answers = ctx.rules.reaction_matches["pronoun"]
        elif kind == "objectless":
            # "Seoul condemned." answers a hostile act; "Romania said it was pleased" a deed
            key = "decision" if code[:2] in ctx.rules.antecedent_roots else "pronoun"
            kind, answers, named = "reaction", ctx.rules.reaction_matches[key], True
        elif kind == "praised":
            # "Germany called it a victory for diplomacy": a friendly deed, never a strike
            kind, answers, named = "reaction", ctx.rules.reaction_matches["achievement"], True
        elif kind == "countering":
            if state is not None:
                # "would respond by withdrawing": a measure only announced
                return rejected("announced-response")
            kind, answers = "reaction", ctx.rules.reaction_matches["retaliation"]
            near = True
        elif kind == "deed":
            answers = ctx.rules.reaction_matches.get(lemma, frozenset())
            if not answers or lemma in ctx.rules.freeing_nouns:
                # "welcomed the release": the freeing itself, as well as the detention a
                # demanded release undoes (undoing_matches)
                done = [o.lemma.lower() for o in _preps(ctx, obj, _OF)] if obj is not None else []
                answers = answers | _act_roots(ctx, lemma, done[0] if done else "")
            named = lemma not in ctx.rules.deed_nouns  # a named kind, not "the move"
        elif kind == "reaction" and obj is not None:
            answers = ctx.rules.reaction_matches.get(lemma, frozenset())
            # "Iran rejected the report": a statement answers only who made it about Iran
            named = bool(answers) and lemma not in ctx.rules.own_answer_nouns
        act = lemma if named else ""
        # an objectless reaction, or a measure, answers only what was just told
        window = _BYSTANDER_WINDOW if (obj is None or near) and kind == "reaction" else 0
        if denial:
            # "Chad denied that its territory had been used" answers the charge told
            # before the paragraph of its details, a little further back than a bare answer
            window = _DENIED_CHARGE_WINDOW
        elif {
            "lawful_clause",
            "pursuit_clause",
            "intruded_clause",
            "unaimed_clause",
            "denied_own_deed",
        } & set(pattern.needs):
            # "said the boat had been fishing legally", "said its aircraft had not crossed any
            # border": a state's defence of its own deed answers the complaint about it as far
            # back as a context target goes (wire copy tells the charge and its paragraphs
            # first, the accused state's answer later)
            window = _CONTEXT_WINDOW
        return [
            _Hit(
                pattern,
                code,
                verb,
                s,
                None,
                kind,
                answers,
                named,
                act,
                window=window,
                clause=tuple(clause),
                noun=told,
            )
            for s in sources
        ]
    return hits


def _posted_hosts(ctx: _Ctx, verb: Token, sources: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Each source that is the verb's subject and an envoy in person placed in another state
    ("the Dutch ambassador in Caracas": rules posted_people_nouns), with that state's
    mention."""
    out: list[tuple[Mention, Mention]] = []
    for s in sources:
        if s.actor is None or s.kind == "pronoun":
            continue
        head = ctx.tok(s.token_end - 1)
        if head.dep != "nsubj" or head.head != verb.i:
            continue
        if not _posted(ctx, head, ctx.rules.posted_people_nouns):
            continue
        for p in _preps(ctx, head, frozenset({"in"})):
            m = ctx.by_token.get(p.i)
            if m is not None and m.actor is not None and not m.members and _differ(ctx, s, m):
                out.append((s, m))
                break
    if out:
        # "Pakistan's ambassador in Warsaw, who is also accredited to Lithuania, asked ...": a
        # third state named in the sentence may be the one asked
        sent = ctx.parse.sentences[verb.sent]
        named = {
            m.actor.principal
            for i in range(sent.token_start, sent.token_end)
            if (m := ctx.by_token.get(i)) is not None and m.actor is not None and not m.members
        }
        if named - {_principal(x) for pair in out for x in pair}:
            return []
    return out


def _fitting_sources(
    ctx: _Ctx, verb: Token, pattern: Pattern, sources: list[Mention]
) -> list[Mention]:
    """The sources that pass a pattern's tests of its subject (but first_person's, told by
    _verb_hits): its kinds, unless_subject and subject_roles. Pure but for the trace's notes,
    so _verb_hits may also ask it early, before the targets, whether any source is left."""
    if pattern.subject and "first_person" not in pattern.subject:
        # "A Saudi delegation arrived in Cairo": a group of envoys travels as a person does;
        # "Chinese officials flew to Canberra": so does a group of a state's officials
        bodies = "delegation" in pattern.subject
        travellers = "traveller" in pattern.subject
        bodies_of_state = "state_body" in pattern.subject
        # "Angola's national oil company invested in Congo", "the Chinese government will
        # invest": a state's government and its state firms (role GOV) act for it
        organs = "organ" in pattern.subject
        companions = _travelling_companions(ctx, verb) if bodies else set()
        personal = ctx.rules.personal_role_nouns
        sources = [
            s
            for s in sources
            if s.kind in _PERSONISH
            # "his Lao counterpart, who arrived in Hanoi": one person, read as a body
            or (s.kind == "group" and ctx.tok(s.token_end - 1).lemma.lower() in personal)
            or any(s.token_start <= i < s.token_end for i in companions)
            or (s.kind in pattern.subject and not _unless_group(ctx, s, pattern))
            or (bodies and (_posted_group(ctx, s) or _igo_team(ctx, s)))
            or (travellers and _state_travellers(ctx, s))
            or (bodies_of_state and _state_body(s))
            or (organs and s.kind == "group" and s.actor is not None and s.actor.role == "GOV")
        ]
        if not sources:
            note("subject-kind")  # "Protesters marched to the embassy": no person's act
    if pattern.unless_subject:
        sources = [
            s
            for s in sources
            if not (_mention_lemmas(ctx, s) | _modified_subject(ctx, verb, s))
            & pattern.unless_subject
        ]
        if not sources:
            note("unless-subject")  # "the ambassador stayed in Warsaw": he is posted there
    if pattern.subject_words:
        # the subject's own words ("NATO peacekeeping troops"), not an office's owner ("the
        # head of UN peacekeeping arrived in Geneva"), or the subject a state modifies
        # ("Israeli shells landed in ...")
        subjects = {t.i for t in _subject_tokens(ctx, verb)}
        sources = [
            s
            for s in sources
            if (
                _mention_lemmas(ctx, s) & pattern.subject_words
                and subjects & set(range(s.token_start, s.token_end))
            )
            or _modified_subject(ctx, verb, s) & pattern.subject_words
        ]
        if not sources:
            note("subject-words")  # "NATO troops arrived in Kosovo": no peacekeepers said
    if pattern.subject_roles:
        sources = [s for s in sources if _role_fits(ctx, pattern, s, verb)]
        if not sources:
            note("subject-role")
    return sources


def _active_sides(
    ctx: _Ctx, verb: Token, trailing: bool
) -> tuple[tuple[Token, ...], tuple[Mention, ...]]:
    """An active verb's subjects and the source actors they name, the same for each pattern
    tried on it (_verb_hits; a reversed pattern's, ``trailing`` False, take no partner told
    after the act)."""
    subjects = _subject_tokens(ctx, verb) + _co_subjects(ctx, verb)
    subjects += _pledge_partners(ctx, verb)  # "agreed with Kenya to share intelligence"
    if trailing:
        # "condemned the strike, along with Britain and France" (not "received jets from
        # the Netherlands, along with Denmark")
        subjects += _trailing_partners(ctx, verb)
    sources = _actors(ctx, subjects + _parallel_subjects(ctx, verb), "source")
    if not sources:
        sources = _document_authors(ctx, verb, subjects)
    return tuple(subjects), tuple(sources)


def _document_authors(ctx: _Ctx, verb: Token, subjects: list[Token]) -> list[Mention]:
    """Who sent the note a verb's subject is ("summoned Senegal's ambassador and handed him a
    note of protest. The note demanded that Dakar ..."): a definite document noun with no
    author of its own (rules document_nouns) speaks for the source of the act the story told
    it with, the nearest one in the latest sentence (this one or the two before) that holds
    the same noun; a note handed in an agentless passive ("The ambassador was handed a note")
    is the summoner's (_summoner_of), not its receiver's."""
    for s in subjects:
        if s.lemma.lower() not in ctx.rules.document_nouns or not any(
            d.lemma.lower() == "the" for d in ctx.kids(s.i, frozenset({"det"}))
        ):
            continue
        if ctx.kids(s.i, frozenset({"poss", "compound", "amod", "prep"})):
            continue  # "Russia's note", "the Foreign Ministry's note", "the note from Kyiv"
        for i in range(verb.sent, max(-1, verb.sent - 3), -1):
            sent = ctx.parse.sentences[i]
            told = [
                t
                for t in ctx.parse.tokens[sent.token_start : sent.token_end]
                if t.lemma.lower() == s.lemma.lower() and t.i != s.i
            ]
            # (a hit whose source stands in for a side still to be found, none: "the
            # ambassador was handed a note" is held by the envoy until the counterpart is)
            hits = [
                h
                for h in ctx.sentence_hits.get(i, ())
                if h.source.actor is not None and h.context not in _GUESSED
            ]
            if told and hits:
                near = min(hits, key=lambda h: abs(h.trigger.i - told[0].i))
                return [near.source]
            for t in told:
                # "The ambassador was handed a protest note ... The note demanded that Beijing
                # stop": a note handed to an envoy with no hander named is sent by the one that
                # summoned the envoy's state before (_summoner), not by the envoy who got it
                head = ctx.tok(t.head)
                if t.dep != "dobj" or head.lemma.lower() not in ctx.rules.document_verbs:
                    continue
                if ctx.kids(head.i, frozenset({"agent"})):
                    continue  # "was handed a note by Poland's minister": its hander is named
                got_by = ctx.kids(head.i, _PASSIVE_SUBJ)
                got: set[str | None] = {_principal(m) for m in _actors(ctx, got_by, "target")}
                if not got and any(_bare_envoy(ctx, k) for k in got_by):
                    got = {None}  # "The ambassador was handed ...": whichever envoy was summoned
                before = [(j, h) for j in range(i) for h in ctx.sentence_hits.get(j, ())]
                summoner = _summoner_of(got.pop(), before) if len(got) == 1 else None
                if summoner is not None:
                    return [summoner]
            # with no event told: the subject of the verb that sent it ("Ukraine sent a
            # letter to the U.N."), or the from-phrase of one that received it
            for t in told:
                head = ctx.tok(t.head)
                if t.dep != "dobj" or head.lemma.lower() not in ctx.rules.document_verbs:
                    continue
                senders = (
                    _preps(ctx, head, frozenset({"from"})) + _preps(ctx, t, frozenset({"from"}))
                    if head.lemma.lower() == "receive"
                    else _subject_tokens(ctx, head)
                )
                found = _actors(ctx, senders, "source")
                if found:
                    return found
            if told:
                return []
    return []


def _stateless_codes(ctx: _Ctx, verb: Token, pattern: Pattern) -> set[str]:
    """Every code _verb_hits may give a pattern on a verb with no state left (block, intent,
    future): its own and refined codes, the threats they make, its future and ongoing codes,
    and, on a denied verb, a refusal."""
    codes = {pattern.code, *(r.code for r in pattern.refine)}
    codes |= {w for c in codes if (w := warned_code(c, ctx.rules)) is not None}
    codes |= {c for c in (pattern.future_code, pattern.ongoing_code) if c}
    if _memo(ctx, _negated, verb):
        codes.add(_REFUSAL)
    return codes


def _voiceless_early(ctx: _Ctx, verb: Token, pattern: Pattern) -> bool:
    """_voiceless asked before any other check of an active verb, with the sources every
    pattern reads (_active_sides) and, when there is none, every code the pattern may end
    with: "v.be_in" (subject: person) is tried on every "be", and few of their subjects
    are persons, or actors at all. Pure, so _verb_hits may ask it first."""
    if not (
        pattern.subject or pattern.unless_subject or pattern.subject_roles or pattern.subject_words
    ):
        return False  # any source passes: asked early, it would only cost
    if tracing() is not None or pattern.reverse or "first_person" in pattern.subject:
        return False
    sources = list(_memo(ctx, _active_sides, verb, True)[1])
    if sources:
        return _voiceless(ctx, verb, pattern, pattern.code, None, sources)
    return all(
        _voiceless(ctx, verb, pattern, code, None, sources)
        for code in _stateless_codes(ctx, verb, pattern)
    )


def _voiceless(
    ctx: _Ctx, verb: Token, pattern: Pattern, code: str, state: str | None, sources: list[Mention]
) -> bool:
    """Whether an active verb's pattern is sure to code nothing, as none of its sources passes
    its subject tests (_fitting_sources): every hit _verb_hits makes after them takes one of
    those as its source, but a reversed pattern's (whose sides swap) and the hits found only
    when no source is (a reciprocal pattern's host party, the counterpart of handed envoys).
    Asked before the targets, whose search costs the most ("v.be_in" is tried on every "be"
    and few of their subjects are persons); never while tracing, whose notes name the first
    check that stops a pattern."""
    if tracing() is not None or pattern.reverse or "first_person" in pattern.subject:
        return False
    if not sources and (
        pattern.reciprocal or (state is None and code[:2] in ctx.rules.counterpart_roots)
    ):
        return False
    voiced = [s for s in sources if not _team_voice(ctx, s)]
    return not _fitting_sources(ctx, verb, pattern, voiced)


def _own_side_told(
    ctx: _Ctx, slot: str, sources: list[Mention], targets: list[Mention], verb: Token, code: str
) -> bool:
    """Whether the actors a reported clause names are all the speaker's own side.

    "Iran summoned Britain's envoy and warned that Tehran would respond": the capital the
    warning names is Iran itself, no one warned, as "warned that it would respond" names no
    one; the warning is then aimed as that one's is (its counterpart, the act answered). So
    are the speaker's own people a demand asks to be let act ("demanded that its diplomats
    be allowed to see the crew": asked of whoever holds the crew, _let_own_people).
    """
    let = (
        slot == "ccomp_subj"
        and code[:2] in ctx.rules.let_asked_roots
        and _let_own_people(ctx, verb, targets)
    )
    return (
        (slot == "ccomp_actor" or let)
        and bool(sources)
        and bool(targets)
        and all(s.actor is not None for s in sources)
        and not any(_differ(ctx, s, t) for s in sources for t in targets)
    )


def _appeal_joined_after(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb of addressing (addressing_verbs) is joined after the verb or the clause
    it is told in, up to the saying verb ("said it was concerned about the delays and urged
    Accra to ...": "urged" joined to "was"), and the verb judges nothing named: no hazard or
    loss ("was concerned about the floods and urged Peru to accept help" blames no one), no
    actor named ("called Taiwan's diplomacy 'a bribe' and urged Majuro to ..." judges Taiwan)
    and no clause only foreseen ("worried that it could face claims alone": a risk, no deed;
    "was concerned that the claims had been assessed at sea" judges one)."""
    if any(
        a.text.lower() in ctx.rules.modals
        for c in ctx.kids(verb.i, frozenset({"ccomp"}))
        for a in ctx.kids(c.i, frozenset({"aux"}))
    ):
        return False
    things = [
        p
        for k in ctx.kids(verb.i, _PREP)
        if k.lemma.lower() in ctx.rules.judging_preps  # not "in a note delivered to X's embassy"
        for p in _pobjs(ctx, k)
    ]
    if any(t.lemma.lower() in ctx.rules.hazard_nouns | ctx.rules.sorrow_nouns for t in things):
        return False
    judged = [*things, *ctx.kids(verb.i, _OBJ | frozenset({"oprd"}))]
    if any(
        (m := ctx.by_token.get(k.i)) is not None
        and m.actor is not None
        and m.kind in ("name", "metonym")
        for t in judged
        for k in ctx.parse.subtree(t.i)
    ):
        return False
    ups = [verb]
    while len(ups) < 3 and ups[-1].head != ups[-1].i and ups[-1].dep != "conj":
        ups.append(ctx.tok(ups[-1].head))
    return any(
        k.dep == "conj" and k.i > verb.i and k.lemma.lower() in ctx.rules.addressing_verbs
        for u in ups
        for k in ctx.kids(u.i)
    )


def _let_own_people(ctx: _Ctx, verb: Token, targets: list[Mention]) -> bool:
    """Whether every actor named is in the subject of a passive permission the verb's clause
    tells ("that its diplomats be allowed to see them", "that Ghanaian engineers be permitted
    to join"): those let act, not the one asked to let them."""
    let = [
        s
        for c in ctx.kids(verb.i, frozenset({"ccomp"}))
        if c.lemma.lower() in ctx.rules.permitting_verbs
        for s in ctx.kids(c.i, _PASSIVE_SUBJ)
    ]
    return bool(let) and all(
        any(
            _under_verb(ctx, ctx.tok(i), s, verb)
            for s in let
            for i in range(t.token_start, t.token_end)
        )
        for t in targets
    )


def _note_sides(ctx: _Ctx, sources: list[Mention], targets: list[Mention]) -> None:
    """Name for the block trace why the sides read give no pair (noted only when tracing)."""
    if not sources:
        note("source-unresolved")
    elif targets and not any(_differ(ctx, s, t) for s in sources for t in targets):
        note("same-state")


def _skip_sentence(article: Article, parse: Parse, sent: Sentence) -> bool:
    """Headlines, headline-like lines and questions state no coded event."""
    if sent.end <= article.body_start:
        return True
    text = sent.text.strip()
    if not text or text.endswith("?"):
        return True
    last = text.rstrip("\"'”’)]").rstrip()
    if last and last[-1] not in ".!:;" and "\n" in article.text[sent.end : sent.end + 2]:
        return True
    return False


def _dateline_end(parse: Parse, sent: Sentence) -> int:
    """Index of a dash after a leading dateline ("SEOUL —"), else -1. A hyphen glued on both
    sides joins a word ("Senegal, Guinea-Bissau's neighbor, ...", "Timor-Leste signed"): no
    dateline ends there."""
    toks = parse.tokens[sent.token_start : min(sent.token_end, sent.token_start + 8)]
    for t in toks:
        if t.text == "-" and not t.ws and not parse.tokens[t.i - 1].ws:
            continue
        if t.text in _DASHES and t.i > sent.token_start:
            before = parse.tokens[sent.token_start : t.i]
            if all(b.pos in ("PROPN", "PUNCT", "SPACE") or b.text.isupper() for b in before):
                return t.i
            return -1
    return -1


def _home_roles(ctx: _Ctx, sources: list[Mention]) -> bool:
    """Whether every source acts at home when it names no target: "Peruvian judges released
    most of them" is justice done on persons, no act on another state (home_roles)."""
    return bool(sources) and all(
        s.actor is not None and s.actor.role.lower() in ctx.rules.home_roles for s in sources
    )


_GUESSED = frozenset({"counterpart", "patient"})  # contexts of the discourse counterpart
# links from a place's name up to the preposition that tells it ("in the northern city of
# Arequipa", "at Callao's port"): _held_places
_HELD_PLACE_DEPS = frozenset(
    {"pobj", "prep", "amod", "compound", "poss", "nmod", "appos", "case", "conj"}
)
_HOSTING = "043"  # host a visit or a meeting (v.host_talks): done where the host is
_SUMMONS = "114"  # an envoy called in (v.summon, v.call_in_envoy)
_THREAT_ROOT = "13"  # a measure only vowed (a pattern's future_code: "would take measures")
_REFUSAL_ROOT = "12"  # a refusal answers hostile words too ("answered complaint")
_DEMAND_ROOT = "10"  # an order to a state's own forces is no demand (_own_forces_reported)


# hits a later pattern of the same verb that names a target beats
# targets found only from the context after every other reading (_joined_after_partner,
# _told_envoy_state, _ultimatum_target): the last guess, which any other weak hit replaces
_LAST_GUESSES = frozenset(
    {
        "pledge",
        "talked",
        "envoy",
        "ultimatum",
        "released",
        "appealed",
        "asked",
        "answered",
        "bordered",
        "trailed",
        "related",
    }
)
_WEAK = _GUESSED | {"clause", "visited"} | _LAST_GUESSES


def _asked_of_sources(ctx: _Ctx, verb: Token, sources: list[Mention]) -> bool:
    """Whether the sentence before the verb's, or its own before it ("Peru asked Canada for
    help, and Ottawa pledged ..."), coded a request for aid or help (rules answered_ask_codes)
    made of one of its sources by another party: only then may a pledge naming no one answer
    it (_answered_asker)."""
    own = {_principal(s) for s in sources} - {""}
    here = [h for h in ctx.hits_here if h.trigger.i < verb.i]
    return any(
        h.target is not None
        and h.code[:3] in ctx.rules.answered_ask_codes
        and _principal(h.target) in own
        and _principal(h.source) not in own
        for h in [*ctx.sentence_hits.get(verb.sent - 1, ()), *here]
    )


def _yielded_ask(ctx: _Ctx, code: str, obj: Token | None) -> bool:
    """Whether a yielding act (08) is told of what another asks for (asked_nouns: "The
    request was granted"), which the one asked gives."""
    return code[:2] == "08" and obj is not None and obj.lemma.lower() in ctx.rules.asked_nouns


def _granted_ask_hits(ctx: _Ctx, verb: Token) -> list[_Hit]:
    """A request granted in a clause joined to it, which names what it grants only by a
    pronoun or a relative ("X's embassy in Y asked for consular access ... and was granted it",
    "... and that Y had granted it", "asked for access to the men, which Y granted"): the one
    asked (the clause's own subject, else the ask's target) yields to the asker (the ask's
    source), as "the request was granted" does (v.grant_request). A grant negated or only
    planned, or a clause with no subject of its own in the active, gives nothing."""
    patterns = [
        p
        for p in ctx.patterns.verbs.get(verb.lemma.lower(), ())
        if p.id.lower() in ctx.rules.granted_ask_patterns
    ]
    if not patterns or _negated(ctx, verb) or _has_modal(ctx, verb):
        return []
    found = _granting_ask(ctx, verb)
    if found is None:
        return []
    ask, noun = found
    # "had asked ... and was granted it": a clause with no subject of its own shares the
    # ask's mood (an ask blocks what it governs, not what is joined to it)
    joined = verb.dep == "conj" and not ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ)
    if _modality(ctx, ask if joined else verb) is not None:
        return []
    roots = ctx.rules.granted_ask_roots
    coded = [
        h
        for h in ctx.hits_here
        if h.trigger.i == ask.i
        and h.code[:2] in roots
        and not (h.target is None and h.context == "asked")  # no party found yet: the grant's
    ]
    if coded:
        askers = list({_principal(h.source): h.source for h in coded}.values())
        asked = [h.target for h in coded if h.target is not None]
    elif any(p.code[:2] in roots for p in ctx.patterns.verbs.get(ask.lemma.lower(), ())):
        askers = _actors(ctx, _subject_tokens(ctx, ask), "source")
        asked = []
    else:
        return []
    if ctx.kids(verb.i, frozenset({"auxpass"})):
        agents = [o for a in ctx.kids(verb.i, frozenset({"agent"})) for o in _pobjs(ctx, a)]
        granters = _actors(ctx, agents, "source") if agents else asked
    else:
        granters = _actors(ctx, ctx.kids(verb.i, _SUBJ), "source")
    granters = list({_principal(g): g for g in granters}.values())
    if len(askers) != 1 or len(granters) != 1 or not _differ(ctx, granters[0], askers[0]):
        return []
    hits = [_Hit(patterns[0], patterns[0].code, verb, granters[0], askers[0])]
    asking = [
        p
        for p in ctx.patterns.verbs.get(ask.lemma.lower(), ())
        if p.code[:2] in roots and noun.lemma.lower() in p.objects
    ]
    if not coded and asking:
        # "asked for consular access to the men, which Y granted": the ask, naming no one
        # itself, was made of the one who granted it
        hits.insert(0, _Hit(asking[0], asking[0].code, ask, askers[0], granters[0]))
    return hits


def _granting_ask(ctx: _Ctx, verb: Token) -> tuple[Token, Token] | None:
    """The verb asking for what a grant names by a pronoun or a relative (_granted_ask_hits):
    the ask the grant is joined to, whose object or for-phrase is an asked noun ("asked for
    consular access ..., and was granted it"), or the ask whose asked noun phrase the relative
    clause hangs on ("asked for access to the two men, which Y granted"), with that noun."""
    objects = {o.text.lower() for o in ctx.kids(verb.i, _OBJ)}
    ask: Token | None = None
    if verb.dep == "conj" and objects & ctx.rules.restating_pronouns:
        ask = ctx.tok(verb.head)
    elif verb.dep == "relcl" and objects & ctx.rules.relative_pronouns:
        noun = ctx.tok(verb.head)
        for _ in range(_ASKED_PHRASE_DEPTH):
            if noun.lemma.lower() in ctx.rules.asked_nouns or noun.head == noun.i:
                break
            noun = ctx.tok(ctx.tok(noun.head).head) if noun.dep == "pobj" else noun
        if noun.lemma.lower() in ctx.rules.asked_nouns:
            ask = _governing_verb(ctx, noun)
    if ask is None or ask.pos != "VERB":
        return None
    nouns = ctx.kids(ask.i, _OBJ) + _preps(ctx, ask, frozenset({"for"}))
    asked = [n for n in nouns if n.lemma.lower() in ctx.rules.asked_nouns]
    return (ask, asked[0]) if asked else None


def _standing_share(ctx: _Ctx, verb: Token) -> bool:
    """Whether a present-tense verb's object is a share of the subject's own goods ("buys
    most of its gas", "imports 60 percent of its oil"): rules share_words."""
    if verb.tag not in ("VBZ", "VBP") or ctx.kids(verb.i, frozenset({"aux", "auxpass"})):
        return False
    for o in ctx.kids(verb.i, _OBJ):
        shares = [o, *ctx.kids(o.i, frozenset({"quantmod", "nummod", "compound", "amod"}))]
        if not any(w.lemma.lower() in ctx.rules.share_words for w in shares):
            continue
        goods = _preps(ctx, o, frozenset({"of"}))
        owners = [k for g in goods for k in ctx.kids(g.i, frozenset({"poss"}))]
        if any(k.text.lower() in ("its", "their") for k in owners):
            return True
    return False


def _addressed_ask(ctx: _Ctx, verb: Token, pattern: Pattern) -> bool:
    """Whether an ask names whom it is made of, if by no actor: the object of a verb whose
    object is the one asked (addressed_ask_verbs: "urged Pacific nations to ...", "asked a
    neighbor for justice"), or a phrase of the prep slots of a pattern of its verb, a pronoun
    too ("called on sports bodies to ...", "expects the same from them"). Such an ask is made
    of them, not of whom its source complained before (_asked_of_complained)."""
    lemma = verb.lemma.lower()
    if lemma in ctx.rules.addressed_ask_verbs and ctx.kids(verb.i, frozenset({"dobj", "dative"})):
        return True
    preps = pattern.target_preps.union(*(p.target_preps for p in ctx.patterns.verbs.get(lemma, ())))
    # "regretted the decision and called for talks": the pattern's own object words name
    # what is asked for, not whom
    return any(
        any(
            o.lemma.lower() not in pattern.object_words
            for o in ctx.kids(kid.i, frozenset({"pobj"}))
        )
        for head in (verb, *ctx.kids(verb.i, frozenset({"dobj"})))
        # "called on sports bodies": the parser may read "on" as a particle with an object
        for kid in ctx.kids(head.i, frozenset({"prep", "prt"}))
        if kid.lemma.lower() in preps and not _reached(ctx, head, kid)
    )


def _pledged_at_home(ctx: _Ctx, verb: Token) -> bool:
    """Whether a pledge naming no one is kept at home or held back: the act or the clause it
    governs ("would help rebuild its own roads", "would train its border guards", "... in its
    north", "would train 40 officers of its own coast guard") is the pledger's own business, or
    hangs on a condition ("would help rebuild the bridges if the rains stopped"); then it is
    made to no partner (_joined_after_partner)."""
    acts = (verb, *ctx.kids(verb.i, frozenset({"xcomp"})))
    return any(
        _on_condition(ctx, a)
        or _own_ground(ctx, a)
        or any(_home_marked(ctx, n) for o in ctx.kids(a.i, _OBJ) for n in (o, *_preps(ctx, o, _OF)))
        for a in acts
    )


_CLAUSAL = frozenset({"ccomp", "xcomp"})
_RECEIVER_PREPS = frozenset({"for", "to"})


def _plural_helped(ctx: _Ctx, verb: Token) -> bool:
    """Whether a pledge or a gift names its own recipients as a plural of other states (rules
    generic_plurals, as its object, the subject of its clause or a for- or to-phrase: "would
    help island states apply for the money", "funds patrol boats for 12 Pacific nations"): a
    group of states, none of them the partner the context would give it."""
    objects = ctx.kids(verb.i, _OBJ)
    helped = [
        *objects,
        *(s for c in ctx.kids(verb.i, _CLAUSAL) for s in ctx.kids(c.i, _SUBJ)),
        *(p for h in (verb, *objects) for p in _preps(ctx, h, _RECEIVER_PREPS)),
    ]
    return any(
        o.tag in ("NNS", "NNPS") and o.lemma.lower() in ctx.rules.generic_plurals for o in helped
    )


def _pledged_help(ctx: _Ctx, verb: Token, code: str, state: str | None) -> bool:
    """Whether help only planned is pledged all the same: "Australia said it would train
    Philippine coast guard crews" (its own will/would, told by itself, on no condition:
    _announced_measure) or "Turkish officers will train 40 Maldivian sailors" (a plain will,
    rules.pledging_modals, on no condition) is an intent (03x) to help, while "France's plans
    to train Ukrainian soldiers", "Germany could train Ukrainian pilots" or "said Germany
    would train them" stay uncoded (no_intent). The helped must be the verb's object, or its
    passive subject ("40 Afghan pilots will be trained by India"): "would train with
    Philippine forces" plans a drill side by side, no help. A commitment made
    (joint_pledge_verbs: "Germany agreed to train Ukrainian pilots", "vowed to train") is a
    pledge of the help as well; a plan or a hope is not."""
    if state not in (_FUTURE, _INTENT) or code[:2] not in ctx.rules.pledged_help_roots:
        return False
    if not ctx.kids(verb.i, _OBJ | _PASSIVE_SUBJ):
        return False
    if state == _INTENT:
        head = ctx.tok(verb.head) if verb.dep == "xcomp" and verb.head != verb.i else verb
        return (
            head.lemma.lower() in ctx.rules.joint_pledge_verbs
            and not _negated(ctx, head)
            and not _on_condition(ctx, verb)
        )
    head = _modal_head(ctx, verb)
    # a term a relative clause tells of a deal ("a draft deal under which Italy will train
    # ...") is the deal's to bind (modality._binding_deal), no plan told in its own right
    willed = head.dep not in ("relcl", "acl") and any(
        a.text.lower() in ctx.rules.pledging_modals for a in ctx.kids(head.i, frozenset({"aux"}))
    )
    return _announced_measure(ctx, verb) or (willed and not _on_condition(ctx, verb))


# object entries that stand for a kind of named actor, not a word (objects._matched_object)
_OBJECT_KINDS = frozenset({"territory", "demonym"})
# steps up from a relative clause's noun to the asked noun of its phrase ("access to the men,
# which ...": men, access)
_ASKED_PHRASE_DEPTH = 3


def _object_unnamed(pattern: Pattern, named: frozenset[str]) -> bool:
    """Whether a light-verb pattern's objects name none of the words its verb's object could
    be known by (``named``: _voiced_object_words, read once per verb), so _matched_object
    would find none: most light-verb patterns tried on a verb (~38,000 of its ~100,000 tries
    on the dev texts) are turned down here, without the cost of a try. A land named by its
    code ("territory") and a people by its demonym ("demonym") are not words; a pattern of
    such kinds alone whose object is told by one of its unless_words ("expel the diplomats"
    for people named by their demonym) finds none either."""
    if pattern.objects and pattern.objects <= _OBJECT_KINDS:
        return not pattern.unless_words.isdisjoint(named)
    return pattern.objects.isdisjoint(_OBJECT_KINDS) and pattern.objects.isdisjoint(named)


# the relations of a verb that only helps another ("had shown", "was sent"), and those of a
# copula's predicate ("were illegal", "is a partner")
_AUXILIARIES = frozenset({"aux", "auxpass"})
_PREDICATES = frozenset({"acomp", "attr"})


def _helping_verb(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb only helps the head of its clause: an auxiliary, or a "be" whose
    predicate is the act or judgement ("said the patrols were illegal"). Asked only while
    tracing: the block trace does not count the patterns tried on it."""
    if verb.dep in _AUXILIARIES:
        return True
    return verb.lemma.lower() == "be" and bool(ctx.kids(verb.i, _PREDICATES))


def _bare_fit(ctx: _Ctx, verb: Token, pattern: Pattern, misfit: str) -> bool:
    """Whether a pattern with no object that its verb's form turned down (``misfit``:
    _misfit) fitted by its trigger alone: none of its object words under the verb ("said"
    for "said no to"), or a clause need failed with none of the pattern's words in the
    clause but for those that cue nothing (objects._uncued; rules uncueing_words: "be",
    "have"). Asked only while tracing: the block trace does not count such a pattern, as
    every saying tries some 40 clause patterns."""
    if pattern.object_words and pattern.object_words.isdisjoint(_lemmas_under(ctx, verb)):
        return True
    cues = pattern.clause_words - ctx.rules.uncueing_words
    return misfit.startswith("needs-") and _uncued(ctx, verb, misfit[len("needs-") :], cues)


def _voiced_object_words(ctx: _Ctx, verb: Token) -> frozenset[str]:
    """_object_words of a verb in its voice, asked once per verb for all its patterns."""
    hyphened = _memo(ctx, _hyphen_agent, verb)
    passive = _memo(ctx, _passive_trigger, verb, hyphened is not None)
    return _memo(ctx, _object_words, verb, passive)


def _sentence_hits(ctx: _Ctx, sent: Sentence) -> list[_Hit]:
    hits: list[_Hit] = []
    ctx.hits_here = hits  # grows as the verbs are coded, for the later ones to read
    nominal: list[_Hit] = []
    trace = tracing()
    ctx.dateline_end = _dateline_end(ctx.parse, sent)
    for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
        lemma = t.lemma.lower()
        if t.pos in ("VERB", "AUX") or (t.pos == "ADJ" and _predicative(ctx, t)):
            # predicative adjectives ("is disappointed by") read like the verb they come from
            weak: list[_Hit] = []  # a counterpart guessed only if no later pattern names one
            before = len(hits)
            named: frozenset[str] | None = None  # at the verb's first light-verb pattern
            worded: frozenset[str] | None = None  # at its first worded clause pattern
            tried = ctx.patterns.verbs.get(lemma, ())
            # an auxiliary ("had" of "had shown") or a copula ("were" of "were illegal") is
            # no head of an act: the trace keeps its patterns' stops out of its counts
            auxiliary = trace is not None and _helping_verb(ctx, t)
            for k, pattern in enumerate(tried):
                if pattern.objects and named is None:
                    named = _memo(ctx, _voiced_object_words, t)
                clausal = (
                    not pattern.objects
                    and bool(pattern.needs)
                    and pattern.needs[0] in _WORDED_CLAUSE_NEEDS
                )
                if clausal and worded is None:
                    worded = _memo(ctx, _clause_vocabulary, t)
                bare = False  # for the trace: only the trigger fitted (no cue of the clause)
                if named is not None and pattern.objects and _object_unnamed(pattern, named):
                    found = rejected("object-unmatched")  # as _verb_hits would, sooner
                elif clausal and worded is not None and pattern.clause_words.isdisjoint(worded):
                    # _misfit's first check, made here: of the ~30 clause patterns of "say"
                    # tried on each saying, most name no word of its clauses
                    found = [] if trace is None else rejected(f"needs-{pattern.needs[0]}")
                    bare = True
                elif (
                    not pattern.objects
                    and (pattern.needs or pattern.prep or pattern.forbid)
                    and (misfit := _misfit(ctx, t, pattern))
                ):
                    # the first check _verb_hits makes of a pattern with no object, made
                    # before its set-up: most patterns tried are clause patterns of "say"
                    found = rejected(misfit)
                    bare = trace is not None and _bare_fit(ctx, t, pattern, misfit)
                else:
                    found = _verb_hits(ctx, t, pattern)
                if trace is not None:
                    trace.tried(pattern, t.lemma, bool(found), bare=bare or auxiliary)
                if found and all(h.context in _WEAK for h in found):
                    # a pledge's partner (_joined_after_partner) is the last guess: "Japan will
                    # also provide a training ship" keeps a later pattern's counterpart
                    pledged = all(h.context in _LAST_GUESSES for h in weak)
                    weak = found if not weak or pledged else weak
                elif found:
                    hits.extend(found)
                    hits.extend(_other_report_hits(ctx, t, tried[k + 1 :], found))
                    break
            else:
                hits.extend(weak)
            if len(hits) == before:
                hits.extend(_granted_ask_hits(ctx, t))  # "... and was granted it"
            if len(hits) == before and _gerund_noun(ctx, t):
                # "Fighting between Kyrgyz and Tajik troops killed 19": a noun tagged a verb
                for pattern in ctx.patterns.nouns.get(t.text.lower(), ()):
                    found = _noun_hits(ctx, t, pattern)
                    if trace is not None:
                        trace.tried(pattern, t.lemma, bool(found))
                    if found:
                        nominal.extend(found)
                        break
        elif t.pos == "NOUN" or (t.pos == "PROPN" and (t.text.islower() or _capital_noun(ctx, t))):
            # the tagger calls some rare common nouns proper ("weekend airstrike")
            if lemma.endswith("s") and lemma not in ctx.patterns.nouns and _capital_noun(ctx, t):
                lemma = lemma[:-1]  # "Talks between ...": no lemma for a plural read as a name
                if lemma not in ctx.patterns.nouns and lemma.endswith("e"):
                    lemma = lemma[:-1]  # "Skirmishes between ...": a plural in "-es"
            for pattern in ctx.patterns.nouns.get(lemma, ()):
                found = _noun_hits(ctx, t, pattern)
                if trace is not None:
                    trace.tried(pattern, t.lemma, bool(found))
                if found:
                    nominal.extend(found)
                    break
    hits.extend(_appended_denials(ctx, sent, hits))
    every = hits + nominal  # built once: _told_by_infinitive reads it for each hit
    told = [h for h in hits if _told_by_infinitive(ctx, sent, h, every)]
    alleged = [h for h in every if _alleged_friendly(ctx, h)]
    played = [h for h in every if _played(ctx, sent, h)]
    if trace is not None:
        for h in told:
            trace.lose(h.pattern, h.trigger.lemma, "infinitive-told")
        for h in alleged:
            trace.lose(h.pattern, h.trigger.lemma, "alleged-friendly")
        for h in played:
            trace.lose(h.pattern, h.trigger.lemma, "game")
    hits = [h for h in hits if h not in told and h not in alleged and h not in played]
    nominal = [h for h in nominal if h not in alleged and h not in played]
    # Verbs state events more directly than nouns: they win the (source, target) pair.
    return hits + nominal


#: Children that open a clause of their own: a game they tell is not the verb's (_played)
_OTHER_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis"})


def _played(ctx: _Ctx, sent: Sentence, hit: _Hit) -> bool:
    """Whether a hostile act between two states told by their bare names is a game's
    ("Brazil pounded Argentina 4-1 in the qualifier", "England rebuffed France's late charge to
    win the championship"): teams go by their countries' names, and a sentence that tells a
    game in the verb's own phrases (a contest word or a score: parties._game) makes their clash
    no state act (game_roots). A role keeps it an act ("Russian troops shelled the stadium"), as
    do a party the verb does not take itself ("condemned Israel's strike during the final") and
    a game told in another clause ("criticized Japan after the match was called off")."""
    if hit.code[:2] not in ctx.rules.game_roots or hit.target is None:
        return False
    verb = hit.trigger
    for m in (hit.source, hit.target):
        if m.kind != "name" or m.actor is None or m.actor.role:
            return False
        head = ctx.tok(ctx.tok(m.token_end - 1).head)
        if head.i != verb.i and not (head.dep == "prep" and head.head == verb.i):
            return False
    words = [verb]
    for k in ctx.kids(verb.i):
        if k.dep not in _OTHER_CLAUSE_DEPS:
            words.extend(ctx.parse.subtree(k.i))
    return _game(ctx, sorted(words, key=lambda t: t.i))


def _alleged_friendly(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a friendly act (friendly_roots) is only what a charge alleges: "accused France
    of siding with Armenia", "blamed Iran for arming Russia" code the charge (112) against the
    accused, and the gold codes no support of the third it names (a hostile deed charged,
    "accused China of ramming its boat", stays: sides._accuser_own)."""
    if hit.code[:2] not in ctx.rules.friendly_roots:
        return False
    host = _charge_host(ctx, hit.trigger)
    return host is not None and host.lemma.lower() in ctx.rules.charging_verbs


def _told_by_infinitive(ctx: _Ctx, sent: Sentence, hit: _Hit, hits: list[_Hit]) -> bool:
    """Whether a hit of infinitive_told_patterns is told by its infinitive's act, not as an
    agreement between its parties: another hit codes that act ("A and B agreed to meet
    again": the meeting planned), or the act goes to a third ("agreed to send a team to
    Peru", "agreed to submit plans": rules handing_verbs, whoever receives them), or a plural
    subject has another pair in reach ("Chile sells copper to Peru, and the two countries
    agreed to ...": which two is unsure)."""
    if hit.pattern.id not in ctx.rules.infinitive_told_patterns:
        return False
    if any(
        h.trigger.i != hit.trigger.i and hit.trigger.i in _infinitive_governors(ctx, h.trigger)
        for h in hits
    ):
        return True
    acts = ctx.kids(hit.trigger.i, _XCOMP)
    if any(x.lemma.lower() in ctx.rules.handing_verbs for x in acts):
        return True
    pair = {_principal(hit.source)} | ({_principal(hit.target)} if hit.target else set())
    reach = (
        ctx.parse.tokens[sent.token_start : sent.token_end]
        if hit.source.kind == "group"
        else [t for x in acts for t in ctx.parse.subtree(x.i)]
    )
    return any(
        (m := ctx.by_token.get(t.i)) is not None
        and m.actor is not None
        and m.actor.principal not in pair
        # "agreed to ..., after talks mediated by Brazil": a go-between, no third the act goes to
        and not _agent_phrase(ctx, t)
        for t in reach
    )


def _agent_phrase(ctx: _Ctx, t: Token) -> bool:
    """Whether a token lies in the by-phrase of a verb ("mediated by Brazil and the U.N.")."""
    cur = t
    while cur.head != cur.i and cur.dep in ("pobj", "conj", "compound", "cc", "appos", "det"):
        cur = ctx.tok(cur.head)
        if cur.lemma.lower() == "by" and cur.dep in ("agent", "prep"):
            return True
    return False


def _infinitive_governors(ctx: _Ctx, t: Token) -> set[int]:
    """The verbs an act's trigger is the infinitive of, up the xcomp chain, through joined
    infinitives and from an act noun to its verb ("agreed to open a rail link and to start
    talks": "start" and "talks" are under "agreed")."""
    cur = t
    if cur.dep == "dobj" and cur.head != cur.i:
        cur = ctx.tok(cur.head)
    out: set[int] = set()
    while cur.head != cur.i:
        head = ctx.tok(cur.head)
        if cur.dep == "xcomp":
            out.add(head.i)
        elif not (cur.dep == "conj" and head.dep == "xcomp"):
            break
        cur = head
    return out


_DENIAL_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""))  # "denies", "dismisses", "rejects"


def _appended_denials(ctx: _Ctx, sent: Sentence, hits: list[_Hit]) -> list[_Hit]:
    """Denials told in an appended noun phrase, read from the words when the parse fails them.

    "..., a charge Ottawa rejects", "..., allegations the Kremlin denies": after a comma, a
    claim noun (claim_nouns), the actor and a present-tense verb of refusal (a 12 pattern).
    The tagger reads "rejects" as a plural noun, or the clause as the noun's verb: the actor
    answers the accusation the sentence told against it (one of ``hits``, root 11, aimed at
    the denier), and nothing else: read from words, the denial takes no target from context.
    """
    out: list[_Hit] = []
    tokens = ctx.parse.tokens
    for t in tokens[sent.token_start : sent.token_end]:
        if t.i - 1 not in ctx.by_token:
            continue  # most words (the cheapest test first)
        word = t.text.lower()
        if not word.endswith("s") or t.tag in ("VBD", "VBN"):
            continue
        m = ctx.by_token[t.i - 1]
        if m.actor is None or m.token_start < sent.token_start + 2:
            continue
        noun = tokens[m.token_start - 1]
        if noun.lemma.lower() in ("that", "which") and m.token_start >= sent.token_start + 3:
            noun = tokens[m.token_start - 2]
        before = tokens[noun.i - 1]
        if before.pos == "DET" and noun.i - 2 >= sent.token_start:
            before = tokens[noun.i - 2]
        if noun.lemma.lower() not in ctx.rules.claim_nouns or before.text != ",":
            continue
        for suffix, ending in _DENIAL_SUFFIXES:
            lemma = word[: -len(suffix)] + ending if word.endswith(suffix) else ""
            pattern = next(
                (p for p in ctx.patterns.verbs.get(lemma, ()) if p.code[:2] == "12"), None
            )
            accusers = [
                h.source
                for h in hits
                if h.code[:2] == "11"
                and h.target is not None
                and h.target.actor is not None
                and h.target.actor.principal == m.actor.principal
            ]
            if pattern is not None and accusers:
                out.append(_Hit(pattern, pattern.code, t, m, accusers[0]))
                break
    return out


def _gerund_noun(ctx: _Ctx, t: Token) -> bool:
    """Whether an -ing word the tagger read as a verb heads a noun phrase: a subject or object
    with no subject or object of its own ("Fighting between A and B killed 19", "Shelling of
    Kharkiv by Russian forces"), not "fighting Russia" nor "after Russia began shelling"."""
    return (
        t.tag == "VBG"
        and t.dep in _SUBJ | _PASSIVE_SUBJ | _OBJ | {"pobj"}
        and not ctx.kids(t.i, _SUBJ | _OBJ | {"aux", "auxpass"})
    )


def _predicative(ctx: _Ctx, t: Token) -> bool:
    """An adjective that predicates of a subject: "is disappointed", "(is) ... and perplexed",
    or one the parser made its clause's head, as it does a quoted one ("said it was 'deeply
    disappointed' by the decision": a subject and a "be" of its own), when a phrase of its
    own names what it is about (a bare quoted "deeply concerned" is left as before)."""
    if t.pos != "ADJ":
        return False
    if t.dep == "acomp":
        return True
    if (
        ctx.kids(t.i, _ANY_SUBJ)
        and ctx.kids(t.i, frozenset({"prep", "agent"}))
        and any(
            k.lemma.lower() == "be" for k in ctx.kids(t.i, frozenset({"aux", "auxpass", "cop"}))
        )
    ):
        return True
    if t.dep != "conj" or t.head == t.i:
        return False
    head = ctx.tok(t.head)
    return head.dep == "acomp" or head.pos in ("VERB", "AUX")


def _span(m: Mention) -> tuple[int, int]:
    return (m.start, m.end)


def _event_date(article: Article, parse: Parse, sent: Sentence) -> str | None:
    """A DATE entity of the sentence resolved against the article date, else the article date."""
    if not article.date:
        return None
    try:
        from newsgraph.ingest.dates import resolve_relative
    except ImportError:
        return article.date
    for e in parse.entities:
        if e.sent == sent.index and e.label == "DATE":
            try:
                resolved = resolve_relative(e.text, article.date)
            except (ValueError, TypeError, OverflowError):
                log.debug("unresolvable date %r", e.text)
                continue
            if resolved:
                return resolved
    return article.date


def _echoed_acts(ctx: _Ctx, sent: Sentence, coded: list[tuple[int, _Hit]]) -> list[_Hit]:
    """The acts of the sentence before, repeated by a sentence that only echoes them.

    "Lithuania expelled two Russian diplomats. Latvia did the same on Tuesday", "... Latvia and
    Estonia followed suit": the echo's subjects do what the first source of the sentence before
    did, to the same targets, or back to that source when the echo's subject is its target
    (a root verb that echoes: _echoes; "Latvia may follow suit" and "is expected to follow
    suit" do not). A target that answers in kind returns them: "Algeria expelled 12 French
    diplomats. Paris responded in kind" (_returns_in_kind; no third party does).
    """
    last = [h for i, h in coded if i == sent.index - 1]
    out: list[_Hit] = []
    for v in ctx.parse.tokens[sent.token_start : sent.token_end]:
        if v.head != v.i or v.pos not in ("VERB", "AUX"):
            continue
        mirror = _returns_in_kind(ctx, v)
        if not mirror and not _echoes(ctx, v):
            continue
        before = last
        if v.lemma.lower() in ctx.rules.echo_act_verbs and not any(
            h.code[:2] in ctx.rules.deed_roots for h in last
        ):
            # "The EU imposed sanctions on Belarus. Russia condemned the move. The United
            # States announced similar measures": a step taken echoes the story's last deed,
            # not the words said of it
            before = _last_deeds(ctx, sent, coded)
        if not before:
            continue
        first = _principal(before[0].source)
        for s in _actors(ctx, ctx.kids(v.i, _SUBJ), "source"):
            # a target echoing the act only returns it: "Russia expelled diplomats from
            # Estonia and Latvia. Latvia did the same" is no act of Latvia on Estonia
            hit_one = any(
                _same_source(h, first) and h.target is not None and not _differ(ctx, s, h.target)
                for h in before
            )
            for h in before:
                if not _same_source(h, first) or h.target is None or _principal(s) == first:
                    continue
                if (mirror or hit_one) and _differ(ctx, s, h.target):
                    continue  # "Britain expelled two Russian diplomats. France responded in kind"
                if _differ(ctx, s, h.target):
                    out.append(replace(h, source=s, trigger=v))
                elif h.code[:2] not in ctx.rules.complied_roots:
                    # "Russia expelled two Estonian diplomats. Estonia did the same": in kind,
                    # but "Laos asked Cambodia to ... . Cambodia did so" only complied
                    out.append(replace(h, source=s, target=h.source, trigger=v))
    return out


def _last_deeds(ctx: _Ctx, sent: Sentence, coded: list[tuple[int, _Hit]]) -> list[_Hit]:
    """The deeds (deed_roots) of the latest sentence within _ECHO_WINDOW before this one that
    tells any."""
    for back in range(1, _ECHO_WINDOW + 1):
        deeds = [
            h for i, h in coded if i == sent.index - back and h.code[:2] in ctx.rules.deed_roots
        ]
        if deeds:
            return deeds
    return []


_ECHO_WINDOW = 4  # sentences back that "took a similar step" may find the deed it repeats


def _in_kind_verbs(ctx: _Ctx, sent: Sentence, coded: list[tuple[int, _Hit]]) -> set[int]:
    """The root verbs of a sentence that return in kind an act of the sentence before: they
    stand only for that act returned (_echoed_acts), so a third party's "Britain responded in
    kind" after "Algeria expelled 12 French diplomats" codes nothing of its own."""
    if not any(i == sent.index - 1 for i, _ in coded):
        return set()
    return {
        v.i
        for v in ctx.parse.tokens[sent.token_start : sent.token_end]
        if v.head == v.i and v.pos in ("VERB", "AUX") and _returns_in_kind(ctx, v)
    }


def _to_event(article: Article, parse: Parse, sent: Sentence, hit: _Hit) -> Event:
    try:
        entry = lookup(hit.code)
    except KeyError:
        # A code outside CAMEO 1.1b3 (custom PETRARCH dictionaries use some): keep it, unweighted.
        log.debug("code %s is not in the CAMEO taxonomy", hit.code)
        entry = CameoCode(hit.code, "", hit.code[:2], 0, 0.0)
    assert hit.target is not None  # context targets are filled in before
    trig = (hit.trigger.start, hit.trigger.end)
    src, tgt = _span(hit.source), _span(hit.target)
    lo = max(sent.start, min(trig[0], src[0], tgt[0]))
    hi = min(sent.end, max(trig[1], src[1], tgt[1]))
    s_actor, t_actor = hit.source.actor, hit.target.actor
    assert s_actor is not None and t_actor is not None
    return Event(
        id=stable_id(article.id, sent.index, s_actor.code, t_actor.code, hit.code, trig[0]),
        article_id=article.id,
        sentence_index=sent.index,
        sentence=sent.text,
        source_actor=s_actor,
        target_actor=t_actor,
        code=hit.code,
        root=entry.root,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        trigger=trig,
        source_span=src,
        target_span=tgt,
        rule=hit.pattern.id + (f"+{hit.context}" if hit.context else ""),
        # a target taken from an earlier sentence is less certain than one stated here
        confidence=hit.pattern.confidence * (0.75 if hit.context else 1.0),
        date=_event_date(article, parse, sent),
        location=locate_sentence(article, parse, sent),
        evidence=article.text[lo:hi],
    )


def _listed_patient(ctx: _Ctx, modified: Token, verb: Token) -> Token:
    """The noun a passive participle tells the patient of: the act noun it sums up
    (_act_antecedent), or, set off by a comma after a list the parser hung it on the last
    of, the list's first noun, which carries the rest ("free five Grenadian fishermen and
    their boat, seized by the Venezuelan navy": the fishermen were seized too). With no
    comma the participle only describes the last ("fishermen and a boat seized last year")."""
    noun = _act_antecedent(ctx, modified, verb)
    if noun.i != modified.i or noun.dep != "conj" or verb.i == 0 or ctx.tok(verb.i - 1).text != ",":
        return noun
    return _first_conjunct(ctx, noun)


def _means_object(ctx: _Ctx, verb: Token, obj: Token) -> bool:
    """Whether the object is the verb's own with-phrase ("was hit with tariffs")."""
    prep = ctx.tok(obj.head)
    return obj.dep == "pobj" and prep.lemma.lower() == "with" and prep.head == verb.i != prep.i


def _object_names(ctx: _Ctx, obj: Token) -> set[str]:
    """An object's lemma and its two-word names with each compound before it: unless_objects
    may name a thing by both words ("aircraft carrier"), where the first alone names another
    thing ("aircraft") that a pattern's objects list."""
    lemma = obj.lemma.lower()
    return {lemma} | {f"{k.text.lower()} {lemma}" for k in ctx.kids(obj.i, _COMPOUND_ONLY)}


_COMPOUND_ONLY = frozenset({"compound"})


def _phrase_undone(ctx: _Ctx, verb: Token, pattern: Pattern) -> bool:
    """Whether a noun of the pattern's clause_words under the trigger holds one of its
    unless_phrase_words in its own phrase ("our largest trading partner and a trusted one")."""
    for t in ctx.parse.subtree(verb.i):
        if t.pos in ("NOUN", "PROPN") and t.lemma.lower() in pattern.clause_words:
            if any(k.lemma.lower() in pattern.unless_phrase_words for k in ctx.parse.subtree(t.i)):
                return True
    return False


def code_events(
    article: Article,
    parse: Parse,
    mentions: tuple[Mention, ...],
    settings: Settings,
    patterns: PatternSet | None = None,
) -> tuple[Event, ...]:
    """Code the CAMEO events the article states.

    Args:
        article: the cleaned article (its text holds every offset).
        parse: the article's parse.
        mentions: actor mentions from ``newsgraph.actors.resolve_mentions``.
        settings: pipeline settings (``domestic``: also code acts inside one state).
        patterns: an alternative pattern set (e.g. from ``load_petrarch_verbs``).

    Returns:
        Events in text order, one per (sentence, source, target).
    """
    events = _code_events(article, parse, mentions, patterns, settings, domestic=False)
    if not settings.domestic:
        return events
    # Domestic mode adds the acts inside one state from a second pass (its own people as
    # mentions, _differ taking roles as sides) and keeps every event of the first as it is.
    with paused():  # the block trace is the first pass's
        more = _code_events(
            article,
            parse,
            domestic_mentions(article, parse, mentions),
            with_domestic(patterns or load_patterns()),
            settings,
            domestic=True,
        )
    known = {e.id for e in events}
    inside = [e for e in more if e.source == e.target and e.id not in known]
    return tuple(sorted((*events, *inside), key=lambda e: (e.sentence_index, e.trigger)))


def _code_events(
    article: Article,
    parse: Parse,
    mentions: tuple[Mention, ...],
    patterns: PatternSet | None,
    settings: Settings,
    domestic: bool,
) -> tuple[Event, ...]:
    """The events of one pass of the coder (see code_events)."""
    quoted = parse  # the quotes stage reads the parse as it came
    ctx = _Ctx(parse, mentions, load_rules(), patterns or load_patterns())
    found_quotes: list[tuple[Quote, ...]] = []

    def quotes() -> tuple[Quote, ...]:
        # asked only of a sentence with a word of friendship (events/affirmed.py)
        if not found_quotes:
            found_quotes.append(find_quotes(article, quoted, mentions, settings))
        return found_quotes[0]

    parse = ctx.parse  # with its misread double objects mended (_double_objects)
    ctx.domestic = domestic
    headline = sum(1 for sent in parse.sentences if sent.end <= article.body_start)
    ctx.lead_end = _lead_end(parse, headline)
    ctx.first_body = headline
    events: list[Event] = []
    coded: list[tuple[int, _Hit]] = []  # (sentence index, hit) of every event, in order
    trace = tracing()
    for sent in parse.sentences:
        if trace is not None:
            trace.begin(article.id, sent.index)
        if _skip_sentence(article, parse, sent):
            if trace is not None:
                trace.lose(None, "", SKIPPED)
                trace.end(True)
            continue
        told = len(events)
        seen: dict[tuple[str, str, str], _Hit] = {}
        roots: dict[tuple[str, str], set[str]] = {}
        # an echo stands for what its own verb would code ("took a similar step", "responded
        # in kind"); other verbs of the sentence keep their acts
        echoed = _echoed_acts(ctx, sent, coded)
        echoes = {h.trigger.i for h in echoed} | _in_kind_verbs(ctx, sent, coded)
        pending = [h for h in _sentence_hits(ctx, sent) if h.trigger.i not in echoes] + echoed
        pending = _carried_demands_first(ctx, pending)
        ctx.sentence_hits[sent.index] = tuple(pending)
        pending.reverse()
        while pending:
            found = pending.pop()
            if found.target is None:
                later = _answered_later(ctx, found, pending)
                later = _undone_later(ctx, found, pending) if later is None else later
                later = _met_later(ctx, found, pending) if later is None else later
                later = _appealed_later(ctx, found, pending) if later is None else later
                later = _judged_later(ctx, found, pending) if later is None else later
                if later is not None:
                    # "South Korea protested after Chinese ships entered its waters": the
                    # act it answers is coded first
                    pending.insert(later, found)
                    continue
                # resolved now, so an earlier hit of this sentence can be its antecedent
                # "said it was disappointed and urged Lome to ...": the appeal joined after
                # names whom the judgement is aimed at, before any earlier act of the context
                # "accused X of ... and said it would not accept lectures": the judgement
                # before the refusal names whom it refuses (with no other context kind, nothing
                # else does)
                resolved = _joined_after_partner(ctx, found, coded, sent.index)
                # "Japan lent Sri Lanka $900 million ... It would also send 30 engineers": a
                # pledge told as one more goes where its source's own acts went
                resolved = resolved or _also_pledged_partner(ctx, found, coded, sent.index)
                # "Ghana asked Tokyo to fund a bridge ... The minister promised to send
                # engineers": a pledge answering a request goes to the asker
                resolved = resolved or _answered_asker(ctx, found, coded, sent.index)
                if (
                    not resolved
                    and found.context in ("counterpart", "deed")
                    and _after_talk(ctx, found.trigger, found.code, found.pattern.reciprocal)
                ):
                    # "summoned Chile's envoy and asked that Bolivian consuls be allowed to see
                    # the pilot": the one talked with before any counterpart guessed (none
                    # coded: "handed the ambassador a note demanding ..." is the counterpart's);
                    # "visited Hanoi and signed a grant for clean water": a joint act naming no
                    # partner is done with the one talked with (not "met X and welcomed the
                    # decision", an approval of whoever made it)
                    talked = replace(found, context="talked")
                    resolved = _joined_after_partner(ctx, talked, coded, sent.index)
                if found.context == "appealed":
                    resolved = _appeal_partner(ctx, found, coded, sent.index)
                if found.context == "envoy":
                    resolved = _told_envoy_state(ctx, found, coded, sent.index)
                if found.context == "ultimatum":
                    resolved = _ultimatum_target(ctx, found, coded, sent.index)
                if found.context == "released":
                    resolved = _freed_state(ctx, found, coded, sent.index)
                if found.context == "bordered":
                    resolved = _bordering_state(ctx, found, coded, sent.index)
                if found.context == "trailed":
                    resolved = _conjunct_targets(ctx, found, coded, sent.index)
                if found.context == "related":
                    resolved = _related_partner(ctx, found, coded, sent.index)
                if found.context == "asked":
                    # "welcomed the move but called for the remaining curbs to be lifted": an
                    # ask joined by a word of contrast is made of whom the act before it was
                    resolved = (
                        _asked_of_complained(ctx, found, coded, sent.index)
                        or _conjunct_targets(ctx, found, coded, sent.index)
                        or _deal_warning(ctx, found, coded, sent.index)
                        or _deal_consulted(ctx, found, coded, sent.index)
                    )
                if not resolved and found.context not in _LAST_GUESSES | {"refusal"}:
                    resolved = _appeal_partner(ctx, found, coded, sent.index)
                    if not resolved:
                        resolved = _with_context(ctx, found, coded, sent.index)
                        resolved = _passage_receiver(ctx, found, resolved, coded, sent.index)
                        # "The United States welcomed the move": both parties of a friendly act
                        resolved = _approved_act_parties(ctx, found, resolved, coded, sent.index)
                    resolved = resolved or _conjunct_targets(ctx, found, coded, sent.index)
                    resolved = resolved or _sequel_targets(ctx, found, coded, sent.index)
                    resolved = resolved or _joined_reaction_partner(ctx, found, coded, sent.index)
                    # "Otherwise China will take further measures": a vow answering no deed
                    # the context tells is the sequel of its source's demand before it
                    resolved = resolved or _ultimatum_target(ctx, found, coded, sent.index)
                    # "summoned Iceland's envoy ... demanded the release of the crew": whom the
                    # source complained of, when the holding itself went uncoded
                    resolved = resolved or _complained_state(ctx, found, coded, sent.index)
                if found.pattern.id in ctx.rules.complaint_answer_patterns:
                    # "Yemen's coast guard said the dhows had strayed into its waters": only
                    # whoever complained to the speaker (_complained_to_source)
                    resolved = [h for h in resolved if _complained_to_source(h, coded, sent.index)]
                if found.code in ctx.rules.shared_border_codes:
                    # "rejected the U.N.'s criticism and closed the border": a border closed
                    # with no side named is shared with a state (sides._shared_border)
                    resolved = [
                        h
                        for h in resolved
                        if h.target is not None and _principal(h.target) in _state_codes()
                    ]
                if found.source.members and any(
                    found.code.startswith(c) for c in ctx.rules.outward_plural_codes
                ):
                    # "Mali and Niger signed a pact. The two countries pledged $10 million": a
                    # target guessed from before for what a plural gives or asks is never one of
                    # its own members (joint work between them is: "the two built the dam")
                    own = {a.principal for a in found.source.members}
                    resolved = [
                        h for h in resolved if h.target is None or _principal(h.target) not in own
                    ]
                if trace is not None and not resolved:
                    trace.lose(found.pattern, found.trigger.lemma, _unresolved(found))
                pending.extend(reversed(resolved))
                continue
            hit = _private_recoded(ctx, found)
            assert hit.target is not None
            assert hit.source.actor is not None and hit.target.actor is not None
            if _restated_apology(ctx, hit, coded):
                continue
            if _private_party(ctx, hit):
                log.debug("private party dropped: %s %s", hit.code, hit.trigger.text)
                if trace is not None:
                    trace.lose(hit.pattern, hit.trigger.lemma, "private-party")
                continue
            if hit.pattern.place_target and (
                _inland_leg(ctx, hit) or _leg_of_told_visit(ctx, hit, coded)
            ):
                if trace is not None:
                    trace.lose(hit.pattern, hit.trigger.lemma, "inland-leg")
                continue
            if {_principal(hit.source), _principal(hit.target)} & _eventless_bodies():
                if trace is not None:
                    trace.lose(hit.pattern, hit.trigger.lemma, "eventless-body")
                continue
            # One verbal event per ordered pair and sentence (the first trigger states it),
            # plus a nominal one when it says something else ("met ... and signed"), plus one
            # more when one of the two verbs only describes in a relative clause ("despite a
            # pact he negotiated with Canada, Trump imposed tariffs on Canada"), or when two
            # verbs share one object ("criticized and sanctioned X": two acts), or the first
            # is told in a clause set before its host ("While visiting Kyiv, X pledged ...").
            pair = (hit.source.actor.principal, hit.target.actor.principal)
            key = (*pair, hit.pattern.kind)
            first = seen.get(key)
            # the act of this root already coded for the pair ("dismissed X and offered to hold
            # talks": the offer, not the dismissal, is what a second 03 would repeat)
            same = next((h for i, h in coded if i == sent.index and _same_pair_root(h, hit)), first)
            if (
                hit.code[:2] in roots.get(pair, ())
                and not (
                    # "summoned X's envoy and accused X of ...": two acts of one root
                    same is not None
                    and same.code != hit.code
                    and hit.code[:2] not in ctx.rules.encounter_roots
                    and not (_blame(ctx, hit.code) and _blame(ctx, same.code))
                    # "has funded demining since the 1990s and says it has paid $150 million":
                    # two acts whose one target the context gives tell one act twice
                    and not (hit.context and same.context)
                    and (
                        _coordinated_act(ctx, hit, same)
                        # "called the ban censorship and summoned X's envoy": the judgement,
                        # aimed by the summons after it (_appeal_partner), is coded second
                        or (hit.trigger.i < same.trigger.i and _coordinated_act(ctx, same, hit))
                    )
                )
                and not _background_apart(ctx, hit, [h for i, h in coded if i == sent.index])
            ):
                log.debug("same root dropped: %s %s %s", pair, hit.code, hit.trigger.text)
                continue
            if (
                first is not None
                and not (
                    _relative(ctx, first.trigger)
                    or _relative(ctx, hit.trigger)
                    or bool(_shared_objects(ctx, first.trigger))
                    or _leading_clause(ctx, first.trigger)
                    or _trailing_charge(ctx, hit, first)
                    or _coordinated_act(ctx, hit, first)
                    # "Turkey condemned the vote and warned Athens": the reaction, resolved from
                    # the context, comes after the later verb that named its own target
                    or (hit.trigger.i < first.trigger.i and _coordinated_act(ctx, first, hit))
                    or _sequenced_gerund(ctx, hit.trigger)
                    # "rejected the criticism, writing that Spain should ...": the main verb's
                    # reaction, resolved from the context after its trailing clause was coded
                    or (
                        bool(hit.context)
                        and hit.code[:2] != first.code[:2]
                        and _trailing_participle_of(first.trigger, hit.trigger)
                    )
                    or _purpose_demand(ctx, hit, first)
                    # "accused Eritrea of ... and summoned its envoy to demand an explanation": the
                    # purpose of a later act of the pair than the first
                    or any(
                        _purpose_demand(ctx, hit, h)
                        for i, h in coded
                        if i == sent.index and h.trigger.i == hit.trigger.head
                    )
                    or _carried_demand(ctx, hit, first)
                    or _subordinate_occasion(ctx, hit, first)
                    or _undone_in_clause(ctx, hit, first)
                    or _second_report(ctx, hit, first)
                    or _hosted_occasion(ctx, hit, first)
                    or _term_beside_signing(ctx, hit, first)
                    or _signing_under(ctx, hit, first)
                )
            ):
                log.debug("second act dropped: %s %s %s", pair, hit.code, hit.trigger.text)
                continue
            if _read_by_governor(ctx, hit, [h for i, h in coded if i == sent.index]):
                log.debug("governed act dropped: %s %s %s", pair, hit.code, hit.trigger.text)
                if trace is not None:
                    trace.lose(hit.pattern, hit.trigger.lemma, "governed")
                continue
            if (
                hit.pattern.id in ctx.rules.restating_patterns
                or _named_it(ctx, hit)
                or _quoted_it(ctx, hit)
                # "Germany urged both countries to show restraint. 'All sides should avoid
                # steps ...,' its spokesman said": the appeal to the sides restates it
                or hit.context == "sides"
            ) and _told_pair(hit, coded):
                log.debug("restatement dropped: %s %s %s", pair, hit.code, hit.trigger.text)
                if trace is not None:
                    trace.lose(hit.pattern, hit.trigger.lemma, "restated")
                continue
            roots.setdefault(pair, set()).add(hit.code[:2])
            seen.setdefault(key, hit)
            events.append(_to_event(article, parse, sent, hit))
            coded.append((sent.index, hit))
        if not domestic:  # the domestic pass codes acts inside one state only
            for hit in (
                _affirmed_hits(ctx, sent, quotes, coded)
                + _quoted_demand_hits(ctx, sent, quotes, coded)
                + _quoted_cost_hits(ctx, sent, quotes, coded)
            ):
                events.append(_to_event(article, parse, sent, hit))
                coded.append((sent.index, hit))
        if trace is not None:
            if trace.tried_none():
                _untried_triggers(ctx, sent, trace)
            trace.end(len(events) == told)
    return tuple(events)


def _affirmed_hits(
    ctx: _Ctx,
    sent: Sentence,
    quotes: Callable[[], Sequence[Quote]],
    coded: list[tuple[int, _Hit]],
) -> list[_Hit]:
    """Friendship a state's speaker affirms in the sentence's quoted words (events/affirmed.py),
    unless the sentence codes another act of that pair (a meeting or a visit hosted aside:
    friendship_beside_roots)."""
    pattern = load_affirmations().pattern
    told = _told_pairs(
        sent, [(i, h) for i, h in coded if h.code[:2] not in ctx.rules.friendship_beside_roots]
    )
    out: list[_Hit] = []
    speaker = lambda q: _quote_speaker(ctx, q, sent)  # noqa: E731
    partner = lambda own: _counterpart_of(own, coded)  # noqa: E731
    for a in affirmed_friendships(ctx, sent, quotes, speaker, partner):
        pair = (_principal(a.source), _principal(a.target))
        if pair not in told and pair[0] != pair[1]:
            told.add(pair)
            out.append(_Hit(pattern, pattern.code, a.trigger, a.source, a.target))
    return out


def _told_pairs(sent: Sentence, coded: list[tuple[int, _Hit]]) -> set[tuple[str, str]]:
    """The (source, target) principals of the acts the sentence has coded so far: a reading
    of quoted words adds nothing for a pair its sentence already told."""
    return {
        (_principal(h.source), _principal(h.target))
        for i, h in coded
        if i == sent.index and h.source is not None and h.target is not None
    }


def _quoted_demand_hits(
    ctx: _Ctx,
    sent: Sentence,
    quotes: Callable[[], Sequence[Quote]],
    coded: list[tuple[int, _Hit]],
) -> list[_Hit]:
    """'"This is a violation of our sovereignty. Caracas must withdraw its ships today," the
    minister said': quoted words tell in their speaker's name what another state must do, a
    demand, as "said Caracas must withdraw" is (v.say_must's code and refinements), also in
    a quoted sentence with no saying verb of its own or one whose saying verb's subject is
    not resolved; only an active verb with "must" whose subject is a state other than the
    speaker's, and a pair the sentence has coded nothing for (v.say_must's hit first)."""
    toks = ctx.parse.tokens[sent.token_start : sent.token_end]
    if not any(t.text.lower() == "must" for t in toks):
        return []
    pattern = next((p for p in ctx.patterns.verbs.get("say", ()) if p.id == "v.say_must"), None)
    if pattern is None:
        return []
    told = _told_pairs(sent, coded)
    out: list[_Hit] = []
    for q, speaker in _state_quotes(ctx, sent, quotes):
        for v in toks:
            if not (q.start <= v.start and v.end <= q.end) or v.pos not in ("VERB", "AUX"):
                continue
            if not any(a.text.lower() == "must" for a in ctx.kids(v.i, frozenset({"aux"}))):
                continue
            if ctx.kids(v.i, _PASSIVE_SUBJ):
                continue  # "the boats must be returned": v.say_must_undone's
            words = {t.lemma.lower() for t in ctx.parse.subtree(v.i)}
            for m in _actors(ctx, ctx.kids(v.i, _SUBJ), "target"):
                pair = (_principal(speaker), _principal(m))
                if m.actor is None or pair[1] not in _state_codes() or pair[0] == pair[1]:
                    continue
                if pair not in told:
                    told.add(pair)
                    out.append(_Hit(pattern, _refined(pattern, words), v, speaker, m))
    return out


def _quoted_cost_hits(
    ctx: _Ctx,
    sent: Sentence,
    quotes: Callable[[], Sequence[Quote]],
    coded: list[tuple[int, _Hit]],
) -> list[_Hit]:
    """'"We expect Canada to reverse this decision," the minister said. "Otherwise there will
    be consequences."': a cost foretold after a demand, in the speaker's quoted words with no
    actor of its own, threatens (v.say_threat's 130) the state the speaker's demand just before
    is aimed at (rules ultimatum_after_roots, ultimatum_after_codes), or the one state a
    for-phrase on the cost names ("consequences for Canadian sporting events"). Only with an
    adverb that makes it the demand's sequel (ultimatum_adverbs: "otherwise") and a cost noun
    (threatened_costs) as the subject of "be"; a pair the sentence coded nothing for."""
    rules = ctx.rules
    toks = ctx.parse.tokens[sent.token_start : sent.token_end]
    if not any(t.lemma.lower() in rules.ultimatum_adverbs and t.dep == "advmod" for t in toks):
        return []
    costs = [
        t
        for t in toks
        if t.lemma.lower() in rules.threatened_costs
        and t.dep in ("nsubj", "attr")  # "there will be consequences": an attribute
        and ctx.tok(t.head).lemma.lower() == "be"
    ]
    pattern = next((p for p in ctx.patterns.verbs.get("say", ()) if p.id == "v.say_threat"), None)
    if not costs or pattern is None:
        return []
    told = _told_pairs(sent, coded)
    out: list[_Hit] = []
    for q, speaker in _state_quotes(ctx, sent, quotes):
        own = _principal(speaker)
        for cost in costs:
            if not q.start <= cost.start < q.end:
                continue
            named = [
                m
                for p in _preps(ctx, cost, frozenset({"for"}))
                for t in ctx.parse.subtree(p.i)
                if (m := ctx.by_token.get(t.i)) is not None
                and m.actor is not None
                and _principal(m) != own
                and _principal(m) in _state_codes()
            ]
            aimed = {_principal(m): m for m in named}
            if not aimed:
                aimed = {
                    _principal(h.target): h.target
                    for i, h in coded
                    if sent.index - 1 <= i <= sent.index
                    and h.target is not None
                    and (
                        h.code[:2] in rules.ultimatum_after_roots
                        or h.code in rules.ultimatum_after_codes
                    )
                    and _same_source(h, own)
                }
            if len(aimed) != 1:
                continue
            target = next(iter(aimed.values()))
            pair = (own, _principal(target))
            if pair[0] != pair[1] and pair not in told:
                told.add(pair)
                out.append(_Hit(pattern, pattern.code, ctx.tok(cost.head), speaker, target))
    return out


def _counterpart_of(own: str, coded: list[tuple[int, _Hit]]) -> Mention | None:
    """The state the last coded event before shows dealing with ``own`` (either side): whom a
    pair of its speaker's words means ("we are two friendly nations")."""
    for _, h in reversed(coded):
        if h.source is None or h.target is None:
            continue
        pair = (_principal(h.source), _principal(h.target))
        if own in pair and pair[0] != pair[1]:
            other = h.target if pair[0] == own else h.source
            return other if _principal(other) in _state_codes() else None
    return None


def _state_quotes(
    ctx: _Ctx, sent: Sentence, quotes: Callable[[], Sequence[Quote]]
) -> Iterator[tuple[Quote, Mention]]:
    """The sentence's quotations a state's speaker says, each with the mention standing for
    that speaker: whose words a quoted demand or a foretold cost are."""
    for q in quotes():
        if sent.index not in q.sentence_indices or q.speaker_actor not in _state_codes():
            continue
        speaker = _quote_speaker(ctx, q, sent)
        if speaker is not None:
            yield q, speaker


def _quote_speaker(ctx: _Ctx, q: Quote, sent: Sentence) -> Mention | None:
    """A mention standing for a quotation's speaker: the one its attribution names, else a
    word of the sentence that stands for the speaker's state ("we", "our")."""
    if q.speaker_span is not None:
        lo, hi = q.speaker_span
        for m in ctx.by_token.values():
            if m.start < hi and lo < m.end and _principal(m) == q.speaker_actor:
                return m
    for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
        word = ctx.by_token.get(t.i)
        if word is not None and _principal(word) == q.speaker_actor:
            return word
    return None


def _prep_object(ctx: _Ctx, verb: Token, pattern: Pattern) -> Token | None:
    """The object of the preposition a pattern requires on its trigger ("will pay for a second
    bridge": the bridge), standing for the direct object such a verb lacks."""
    if not pattern.prep:
        return None
    return next(iter(_preps(ctx, verb, pattern.prep)), None)


def _measure_aim(ctx: _Ctx, verb: Token) -> bool:
    """Whether a participle only tells what a penalty just imposed aims at: "imposed fresh
    sanctions on Moscow, targeting its banks" (no strike), "slapped tariffs on China, hitting
    its exporters"."""
    if verb.dep != "advcl" or verb.tag != "VBG" or verb.head == verb.i:
        return False
    return any(o.lemma.lower() in ctx.rules.penalty_nouns for o in ctx.kids(verb.head, _OBJ))


def _trip_on_within(ctx: _Ctx, verb: Token, targets: list[Mention]) -> bool:
    """Whether a trip told as going "on" (rules continuing_particles) is to a place of the
    dateline's state only ("BEIJING — ... He travels on to Shanghai"): the visit there goes
    on, no new one ("travels on to Nicosia" from Athens is)."""
    if not any(
        k.dep in ("prt", "advmod") and k.lemma.lower() in ctx.rules.continuing_particles
        for k in ctx.kids(verb.i)
    ):
        return False
    host = {_principal(m) for m in _dateline_host(ctx)}
    return bool(host) and {_principal(t) for t in targets} <= host


def _aimed(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb or its object has an infinitive of purpose ("would take all necessary
    measures to contain the outbreak", "steps to protect its waters"). The infinitive of a
    noun of leave (rules blocking_governors: "reserves the right to take all appropriate
    measures") is what is held in store, no purpose: the aim is that infinitive's own."""
    heads = [verb, *ctx.kids(verb.i, _OBJ)]
    held = [h for h in heads[1:] if h.lemma.lower() in ctx.rules.blocking_governors]
    for noun in held:
        acts = [k for k in ctx.kids(noun.i, _AIM_DEPS) if _infinitive(ctx, k)]
        heads += [h for a in acts for h in (a, *ctx.kids(a.i, _OBJ))]
    return any(
        _infinitive(ctx, k) and not _guarding(ctx, k)
        for h in heads
        if h not in held
        for k in ctx.kids(h.i, _AIM_DEPS)
    )


def _guarding(ctx: _Ctx, aim: Token) -> bool:
    """Whether an aim only guards the vower's own ("to protect its rights", "to defend our
    sovereignty"): an answer to the act before, no matter of its own (rules guarding_verbs)."""
    return aim.lemma.lower() in ctx.rules.guarding_verbs and any(
        p.dep == "poss" and p.text.lower() in ctx.rules.guarded_owners
        for o in ctx.kids(aim.i, _OBJ)
        for p in ctx.kids(o.i)
    )


def _unresolved(hit: _Hit) -> str:
    """The block trace's name for a hit whose target the context rules did not find."""
    return f"no-{hit.context or 'context'}-target"


def _untried_triggers(ctx: _Ctx, sent: Sentence, trace: BlockTrace) -> None:
    """A sentence where no pattern was tried: a word with a trigger's lemma, tagged so that
    none of its patterns was tried ("the attack" parsed as a verb), is named for the trace."""
    for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
        lemma = t.lemma.lower()
        if lemma in ctx.patterns.verbs or lemma in ctx.patterns.nouns:
            trace.lose(None, t.lemma, MISTAGGED)


def _read_by_governor(ctx: _Ctx, hit: _Hit, earlier: Iterable[_Hit]) -> bool:
    """Whether an intended act is the infinitive an earlier act of the same pair read as its
    own content, one of its pattern's object_words ("the two governments agreed to resume
    talks": v.agree_resume codes the agreement from "resume", so the talks resumed are no
    second act, told only as intended; "called Ruiz to offer his congratulations" is a
    call, and the congratulations offered are done)."""
    return hit.code.startswith("03") and any(
        "xcomp" in h.pattern.needs
        and h.trigger.lemma.lower() in ctx.rules.intent_governors
        and hit.trigger.lemma.lower() in h.pattern.object_words
        and hit.trigger.dep == "xcomp"
        and hit.trigger.head == h.trigger.i
        and _same_pair(h, hit)
        for h in earlier
    )


def _same_pair(earlier: _Hit, hit: _Hit) -> bool:
    """Whether two hits have the same ordered pair of states."""
    return (
        earlier.target is not None
        and hit.target is not None
        and (_principal(earlier.source), _principal(earlier.target))
        == (_principal(hit.source), _principal(hit.target))
    )


def _same_pair_root(earlier: _Hit, hit: _Hit) -> bool:
    """Whether an earlier hit has the hit's ordered pair of states and root."""
    return earlier.code[:2] == hit.code[:2] and _same_pair(earlier, hit)


def _background_apart(ctx: _Ctx, hit: _Hit, earlier: Iterable[_Hit]) -> bool:
    """Whether an act of a root its pair already has in the sentence is another occasion: the
    earlier acts of that pair and root all sit in a relative clause on an actor and this one
    does not ("The EU, which signed its own memorandum with Tunisia in 2023, welcomed the
    agreement": the signing is background, the welcome today's act; gold codes both). Not
    an encounter ("The minister, who flew in for a visit, met Erdogan": one occasion)."""
    assert hit.target is not None
    if hit.code[:2] in ctx.rules.encounter_roots:
        return False
    same = [h for h in earlier if _same_pair_root(h, hit)]
    return (
        bool(same)
        and not _relative(ctx, hit.trigger)
        and all(_relative(ctx, h.trigger) for h in same)
    )


def _named_it(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether an approval names "it" (or "this", "that") something, the deed just told ("Iraq
    praised the deal. Its foreign ministry called it a victory for dialogue"): after the
    same praise of the pair it restates it."""
    return hit.code[:2] in ctx.rules.antecedent_roots and any(
        _thing_pronoun(ctx, o) for o in ctx.kids(hit.trigger.i, _OBJ)
    )


def _quoted_it(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a charge calls "it" (or "this") a wrong in a quotation set before its speaker
    ('"It was a deliberate provocation," Tokonov said', sides._clause_it): after the same
    charge of the pair it restates it; with none before, it answers the deed just told."""
    return (
        hit.context == "reaction"
        and "content_clause" in hit.pattern.needs
        and any(c.i < hit.trigger.i for c in _content_clauses(ctx, hit.trigger))
    )


def _complained_to_source(hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int) -> bool:
    """Whether the hit's target complained to its source, demanded of it or threatened it
    (reaction_matches "answered complaint") within _CONTEXT_WINDOW sentences before: the
    state an account of the other's boats or trucks answers (complaint_answer_patterns).
    "Chile protested to Bolivia ... Santiago said the Bolivian smugglers' trucks had crossed
    into Chilean territory" is the complainer's own charge, which answers no one."""
    if hit.target is None:
        return False
    pair = (_principal(hit.target), _principal(hit.source))
    return any(
        (_principal(h.source), _principal(h.target)) == pair
        and h.code[:2] in hit.answers
        and sent_index - _CONTEXT_WINDOW <= i < sent_index
        for i, h in coded
        if h.target is not None
    )


def _told_pair(hit: _Hit, coded: list[tuple[int, _Hit]], root: str = "") -> bool:
    """Whether an earlier sentence coded the hit's pair with its root (restating_patterns), or
    with ``root`` when given."""
    assert hit.target is not None
    pair = (_principal(hit.source), _principal(hit.target), root or hit.code[:2])
    return any(
        (_principal(h.source), _principal(h.target), h.code[:2]) == pair
        for i, h in coded
        if i < hit.trigger.sent and h.target is not None
    )


def _scheduled_meeting(ctx: _Ctx, verb: Token, code: str, state: str | None) -> bool:
    """Whether a meeting or visit (meeting_roots) is told as to come, not as wished: "will meet
    Xi on Friday", "said he would travel to Seoul", "is due to visit Beijing" (an arrangement,
    arranged_governors). The sets give such a meeting its own root (04, often with 03, never
    03 alone), so it keeps its code; one only wanted, offered or planned ("wants to meet",
    "offered to host talks", "plans to visit") stays an intent to meet (036)."""
    if code[:2] not in ctx.rules.meeting_roots:
        return False
    if any(o.lemma.lower() in ctx.rules.posting_nouns for o in ctx.kids(verb.i, _OBJ)):
        return False  # "will send an ambassador to Beijing": a post filled, no trip
    head = ctx.tok(verb.head)
    if (
        verb.dep in ("acl", "ccomp", "relcl")
        and head.pos == "NOUN"
        and head.lemma.lower() in ctx.rules.intent_governors
    ):
        return False  # "a commitment that the two would consult each other": the pledge's
    if verb.dep == "conj" and any(
        o.lemma.lower() in ctx.rules.addressed_nouns for o in ctx.kids(head.i, _OBJ)
    ):
        return False  # "accepted the invitation and will travel to Prague": the visit accepted
    if state == _FUTURE:
        return True
    if state != _INTENT or verb.dep != "xcomp" or verb.head == verb.i:
        return False
    return bool({head.lemma.lower(), head.text.lower()} & ctx.rules.arranged_governors)


def _future_kept(ctx: _Ctx, pattern: Pattern, code: str) -> bool:
    """Whether a future act of this code is stated as the act itself ("will impose sanctions":
    future_kept_roots), unless its pattern is kept only when announced as decided (a closed
    border: announced_only_patterns)."""
    return code[:2] in ctx.rules.future_kept_roots and pattern.id not in (
        ctx.rules.announced_only_patterns
    )


def _inland_leg(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a trip to a place starts inside the same state ("was due to travel from Riyadh
    to Medina" on a visit to Saudi Arabia): a leg of a visit already made, no new one."""
    assert hit.target is not None
    goal = _principal(hit.target)
    for k in ctx.kids(hit.trigger.i, frozenset({"prep"})):
        if k.lemma.lower() != "from":
            continue
        for p in _pobjs(ctx, k):
            start = ctx.by_token.get(p.i) or _place_mention(ctx, p)
            # "recalled its envoy from Bolivia": the from-phrase is the target itself
            if (
                start is not None
                and start.token_start != hit.target.token_start
                and _principal(start) == goal
            ):
                return True
    return False


def _leg_of_told_visit(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]]) -> bool:
    """Whether a trip to a town of a state is made by a traveller an earlier sentence coded
    meeting that state and told visiting it ("ISLAMABAD — ... held talks with her Pakistani
    counterpart in Islamabad, the first visit by a Bangladeshi foreign minister in 14 years
    ... She travels to Lahore on Friday", "a three-day state visit to Hanoi by the South
    Korean leader ... The leader travels to Da Nang"): a leg of the visit under way, as a trip
    "on" to one is (_trip_on_within). A trip to the state or its capital named may be a visit
    of its own, one after a meeting only ("met China's premier in Beijing. He travels to
    Shanghai") is coded as before, and so is one outside the dateline's state."""
    assert hit.target is not None
    # "is due to travel to Osaka" (036 as only planned) is a leg of the visit all the same
    root = hit.pattern.code[:2]
    if hit.target.kind != "place" or root != "04" or not _told_pair(hit, coded, root):
        return False
    host = {_principal(m) for m in _dateline_host(ctx)}
    if host and _principal(hit.target) not in host:
        return False
    return _visit_told_by(ctx, _principal(hit.source), hit.trigger.sent)


def _visit_told_by(ctx: _Ctx, principal: str, before: int) -> bool:
    """Whether a sentence before ``before`` tells a visit (rules visit_nouns) by the principal
    (its possessor, by- or of-phrase), not dated years back ("the first visit by a Bangladeshi
    foreign minister in 14 years"; not "his 2019 visit": reactions._background_act)."""
    for sent in ctx.parse.sentences[ctx.first_body : before]:
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if t.pos != "NOUN" or t.lemma.lower() not in ctx.rules.visit_nouns:
                continue
            owners = ctx.kids(t.i, _POSS) + [
                o
                for p in ctx.kids(t.i, _PREP)
                if p.lemma.lower() in ("by", "of")
                for o in _pobjs(ctx, p)
            ]
            if any(
                (m := ctx.by_token.get(o.i)) is not None and _principal(m) == principal
                for o in owners
            ) and not _background_act(ctx, t):
                return True
    return False


def _private_recoded(ctx: _Ctx, hit: _Hit) -> _Hit:
    """The hit under its pattern's private_code when its own code would be dropped for a
    private party but that code reaches one ("charged a Danish journalist with spying": no
    blame of Denmark, but legal action on its national, 173)."""
    if not hit.pattern.private_code or not _private_party(ctx, hit):
        return hit
    recoded = replace(hit, code=hit.pattern.private_code)
    return hit if _private_party(ctx, recoded) else recoded


def _private_party(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a hit's source for anything but a protest (private_source_roots), or its target
    for anything but an act done to the people themselves (arrest, sanction, attack, aid:
    private_target_roots), is a private group. The two sides a between-pattern names act
    together ("clashes between Kenyan police and Somali gunmen"): a private one on either
    side leaves no interaction of states. In domestic mode a state's own people are a side
    of its domestic acts ("protesters demanded the government's resignation")."""
    assert hit.target is not None
    if ctx.domestic and _same_state(hit.source, hit.target):
        return False
    if _private(ctx, hit.source) and hit.code[:2] not in ctx.rules.private_source_roots:
        return True
    if _named_armed_group(ctx, hit.target) and hit.code[:2] in ctx.rules.backed_group_roots:
        return True  # "Iran supported the Houthi rebels": no cooperation with Yemen
    if not _private(ctx, hit.target):
        return False
    if _camp(ctx, hit.target):
        return True  # "cracked down on Serbian nationalists": no act on Serbia
    # an act announced (its intent, 03) is done to the people as the act itself would be
    # ("will waive visa fees for Bangladeshi students": the pattern's own root); a code
    # refined to another root is that root's ("a contract with a Chinese contractor", 061)
    done = hit.pattern.code[:2] if hit.code[:2] == "03" else hit.code[:2]
    if hit.code in ctx.rules.private_target_codes:
        return hit.pattern.between  # "handed over Chinese nationals suspected of fraud": 063
    if done in ctx.rules.pronoun_patient_roots and _patients_held(ctx, hit):
        return False  # "detained 11 Saudi citizens, accusing them of ...": the arrest's state
    return hit.pattern.between or done not in ctx.rules.private_target_roots


def _under_warning(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb is, or is told under, a warning verb ("warned that Rome would draw
    conclusions if ...", "threatened to walk out if ..."): a threat whatever its condition."""
    cur = verb
    for _ in range(3):
        if cur.lemma.lower() in ctx.rules.warning_verbs:
            return True
        if cur.head == cur.i or cur.dep not in ("ccomp", "xcomp", "conj"):
            return False
        cur = ctx.tok(cur.head)
    return cur.lemma.lower() in ctx.rules.warning_verbs


def _patients_held(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a hit's target is the people a pronoun object stands for (_pronoun_patients)
    whom the verb it hangs on acts on as an act done to the people themselves
    (private_target_roots: "detained 11 Saudi citizens, accusing them of poaching"): the
    charge goes with the arrest to their state; "met three British tourists and accused them
    of ..." does not."""
    assert hit.target is not None
    verb = hit.trigger
    patients = _pronoun_patients(ctx, verb, ctx.kids(verb.i, _OBJ))
    held = [p for p in patients if hit.target.token_start <= p.i < hit.target.token_end]
    return any(
        _act_roots(ctx, ctx.tok(p.head).lemma.lower(), p.lemma.lower())
        & ctx.rules.private_target_roots
        for p in held
    )


def _camp(ctx: _Ctx, m: Mention) -> bool:
    """Whether a private group is a political camp its nationality names (camp_nouns:
    "Serbian nationalists"): a people's allegiance, held by citizens of any state, where
    "British journalists" arrested are the state's own nationals."""
    words = ctx.parse.tokens[m.token_start : m.token_end]
    return any(t.lemma.lower() in ctx.rules.camp_nouns for t in words)


def _forces_to_front(ctx: _Ctx, verb: Token, obj: Token, code: str) -> bool:
    """Whether a delivery sends forces to a front, named for a state or not ("sent 400 troops
    to the area", "rushed tanks to the Syrian border"), or into a state ("sent soldiers into
    eastern Ukraine"): a deployment, coded by v.mobilize, no gift to anyone."""
    rules = ctx.rules
    if code[:2] not in rules.delivery_roots or obj.lemma.lower() not in rules.sent_force_nouns:
        return False
    # the to- or into-phrases of the verb or of the forces ("sent troops to the Syrian
    # border"); all of them fronts, so "sent tanks to Ukraine and troops to the border" still
    # gives Ukraine its tanks
    fronts = [
        k.lemma.lower() == "into" or p.lemma.lower() in rules.front_place_nouns
        for head in (verb, obj)
        for k in ctx.kids(head.i, _PREP | {"dative"})
        if k.lemma.lower() in ("to", "into")
        for p in _pobjs(ctx, k)
    ]
    return bool(fronts) and all(fronts)


def _carried_for_owner(ctx: _Ctx, verb: Token, goods: Token) -> bool:
    """Whether goods carried are named as another's own ("ships much of Malawi's fuel through
    its port": carrying_verbs): a service to their owner, no gift to anyone."""
    return verb.lemma.lower() in ctx.rules.carrying_verbs and bool(
        ctx.kids(goods.i, frozenset({"poss"}))
    )


def _unnamed_recipient(ctx: _Ctx, verb: Token) -> bool:
    """Whether a gift's to-phrase names its recipient as no one in particular ("the largest
    donation Nairobi has made to another country"): a country noun with a word that leaves it
    unnamed (unnamed_determiners)."""
    rules = ctx.rules
    heads = [verb, *ctx.kids(verb.i, _OBJ)]
    return any(
        p.lemma.lower() in rules.generic_plurals
        and any(k.lemma.lower() in rules.unnamed_determiners for k in ctx.kids(p.i))
        for h in heads
        for k in ctx.kids(h.i, _PREP)
        if k.lemma.lower() == "to"
        for p in _pobjs(ctx, k)
    )


def _named_armed_group(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention is an armed group named by its own name ("the Houthis", "Hezbollah":
    armed_group_roles), not a stateless people's ("Hamas")."""
    return (
        m.kind == "name"
        and m.actor is not None
        and m.actor.role.lower() in ctx.rules.armed_group_roles
        and m.actor.principal.lower() not in ctx.rules.stateless_peoples
    )


def _trailing_charge(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether a trailing -ing clause or a coordinated verb states a charge of its own after a deed.

    "Belarus expelled two Polish diplomats, accusing Warsaw of lobbying", "Mali expelled
    France's ambassador and accused Paris of arming rebels": the expulsion (16) and the
    accusation (11) are two acts, as are a refusal (rebuff_roots) or a demand
    (demand_charge_roots) and the reproach given as its reason; "criticized X, calling it ..."
    restates one.
    """
    t = hit.trigger
    # "suspended flights to X and banned imports, accusing Y of ...": the clause hangs on a
    # deed joined after the first, one act with it (same root), so it follows the first too
    deed = ctx.tok(t.head) if t.dep == "advcl" and t.tag == "VBG" and t.head != t.i else None
    if not (
        _joined_after(ctx, t, first.trigger, t)
        or (deed is not None and _joined_after(ctx, deed, first.trigger, deed))
        or (deed is not None and _infinitive_of(ctx, deed, first.trigger))
    ):
        return False
    if hit.code[:2] not in ctx.rules.charge_roots:
        return False
    if first.code[:2] in ctx.rules.rebuff_roots | ctx.rules.demand_charge_roots:
        # not a name given to the thing refused or demanded
        return t.lemma.lower() in ctx.rules.rebuff_charge_verbs
    return first.code[:2] in ctx.rules.deed_roots


def _infinitive_of(ctx: _Ctx, t: Token, host: Token) -> bool:
    """Whether ``t`` is an infinitive of ``host``'s, directly or through others ("ordered a
    Chinese diplomat to leave within 72 hours, accusing him of spying": the parser hangs the
    trailing charge on "leave", the deed's own infinitive, and it trails the deed)."""
    for _ in range(3):
        if t.dep != "xcomp" or t.head == t.i:
            return False
        t = ctx.tok(t.head)
        if t.i == host.i:
            return True
    return False


def _subordinate_occasion(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether one of two acts of a pair is told in a clause of its own subject set under the
    other's by a subordinator: another occasion, not a restatement ("border guards exchanged
    fire ..., weeks after Iran's president warned the Taliban to respect the treaty"). A
    condition ("if", "unless") tells no act done. The subordinate act's source must be its
    clause's subject (or a passive's by-agent): "recalled its envoy after the Algerian army shot down a Malian drone"
    read backwards (the drone's owner as source, v.intercept) is no act of that clause's own.
    """
    rules = ctx.rules
    for low, high in ((hit, first), (first, hit)):
        # "..., a week after Greek police found the drugs and arrested two Albanians": a verb
        # joined to the clause's first verb shares its subject and subordinator
        a = _first_conjunct(ctx, low.trigger)
        # "after Huber was received at the palace by Senegal's president": a passive
        # clause's doer is its by-agent
        subj = ctx.kids(a.i, _SUBJ) or ctx.kids(a.i, frozenset({"agent"}))
        # "agreed to launch joint patrols, after their presidents met": the clause may hang
        # on the verb whose infinitive the other act is
        host = high.trigger
        while host.dep == "xcomp" and host.head != host.i and host.i != a.head:
            host = ctx.tok(host.head)
        # "pledged $50 million to build schools and to supply buses, as its minister
        # visited": or on the other act's purpose infinitive (or one joined to it)
        anchor = ctx.tok(a.head) if a.head != a.i else a
        for _ in range(4):
            if anchor.i in (host.i, high.trigger.i) or anchor.head == anchor.i:
                break
            if anchor.dep != "conj" and not (anchor.dep == "advcl" and _infinitive(ctx, anchor)):
                break
            anchor = ctx.tok(anchor.head)
        # "Qatar will give ..., the government announced after the emir received ...": or
        # on the trailing report of the other act
        # (a ccomp of the report, or the report read as the act's own clause)
        reported = anchor.i > host.i and (
            (host.dep == "ccomp" and host.head == anchor.i)
            or (
                anchor.dep in ("advcl", "parataxis")
                and anchor.head == host.i
                and anchor.lemma.lower() in rules.speech_verbs
            )
        )
        if a.dep != "advcl" or not (anchor.i in (host.i, high.trigger.i) or reported) or not subj:
            continue
        if low.source.token_start not in {t.i for t in ctx.parse.subtree(subj[0].i)}:
            continue
        marks = {m.lemma.lower() for m in ctx.kids(a.i, frozenset({"mark"}))}
        if marks and not marks & (rules.blocking_marks | rules.condition_marks):
            return True
    return False


def _undone_in_clause(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether an act of the pair is the one the other undoes, told in that one's after-clause
    (_undoer_of_done): "released six Kenyan engineers, days after they were detained" tells
    the detention as well as the release."""
    for low, high in ((hit, first), (first, hit)):
        undoer = high.trigger
        lemma = undoer.lemma.lower()
        if (
            low.trigger.dep == "advcl"
            and low.trigger.head == undoer.i
            and lemma in ctx.rules.undoing_nouns
            and low.code[:2] in ctx.rules.reaction_matches[lemma]
        ):
            return True
    return False


def _term_beside_signing(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether an act is a term of the deal whose signing a participle told first: "Under the
    deal, signed by the two transport ministers, Pakistan will pay $90 million for a stake"
    tells the payment as well as the signing, two acts of the pair, as does a deal so signed
    that binds a party ("The accord, signed by ..., commits Kazakhstan to sell ..."); a
    participle naming no signers ("Under the deal reached in May, the two agreed to ...") restates the deal."""
    signed = first.trigger
    if signed.dep != "acl" or signed.head == signed.i or hit.trigger.i == signed.i:
        return False
    if not ctx.kids(signed.i, frozenset({"agent"})):
        return False
    deal = ctx.tok(signed.head)
    bind = _binding_deal(ctx, hit.trigger)
    if bind is not None and deal.i in {s.i for s in ctx.kids(bind.i, _SUBJ)}:
        # "The accord, signed by the two energy ministers, commits Baku to sell power"
        return True
    return any(
        _agreed_term(ctx, t) and deal.i in {k.i for k in ctx.parse.subtree(t.i)}
        for t in (hit.trigger, _modal_head(ctx, hit.trigger))
    )


def _answer_done(ctx: _Ctx, verb: Token) -> bool:
    """Whether an answer is told as done: a past or perfect verb with no modal ("we have
    answered in kind", not "would respond firmly" nor "is ready to respond")."""
    auxes = ctx.kids(verb.i, frozenset({"aux"}))
    if any(a.tag == "MD" for a in auxes):
        return False
    return verb.tag == "VBD" or (
        verb.tag == "VBN" and any(a.lemma.lower() == "have" for a in auxes)
    )


def _signing_under(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether an act is the signing of a deal told here first that the first act is done
    under ("Peru will sell gas to Ecuador under an agreement signed on Monday"): the deal
    and the sale are two acts of the pair, the signers read from the sale
    (sides._deal_host_partners)."""
    signed = hit.trigger
    if signed.dep != "acl" or signed.head == signed.i or not hit.pattern.reciprocal:
        return False
    prep = ctx.tok(ctx.tok(signed.head).head)
    if prep.lemma.lower() not in ctx.rules.agreement_preps or prep.head == prep.i:
        return False
    host = ctx.tok(prep.head)  # "will send doctors to X and train nurses, under a deal"
    return first.trigger.i in (host.i, host.head if host.dep == "conj" else host.i)


def _hosted_occasion(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether one of two acts of a pair is the hosting of talks the other's time phrase
    names: "Nigeria and Chad signed a pact after two days of talks hosted by Nigeria" tells
    the hosting (043, hosting_codes) as an occasion of its own before the signing, as "after
    Nigeria hosted talks" would (_subordinate_occasion)."""
    rules = ctx.rules
    for low, high in ((hit, first), (first, hit)):
        a = low.trigger
        if low.code not in rules.hosting_codes or a.dep != "acl" or a.head == a.i:
            continue
        noun = ctx.tok(a.head)
        if noun.lemma.lower() not in rules.gathering_nouns:
            continue
        # "after two days of talks": the quantity the talks fill
        while noun.dep == "pobj" and ctx.tok(noun.head).lemma.lower() == "of":
            noun = ctx.tok(ctx.tok(noun.head).head)
        prep = ctx.tok(noun.head)
        if (
            noun.dep == "pobj"
            # "following" is lemmatized as the verb "follow"
            and prep.text.lower() in rules.temporal_preps
            and prep.head == high.trigger.i
        ):
            return True
    return False


def _blame(ctx: _Ctx, code: str) -> bool:
    """Whether a code blames (criticize, accuse: blame_codes), so two in a row are one charge."""
    return code[:3] in ctx.rules.blame_codes


def _similar_object(ctx: _Ctx, code: str, obj: Token) -> bool:
    """Whether a deed's object tells it as one more of a kind ("imposed similar bans",
    "expelled the same number of diplomats"): a parallel adjective on the object, for a deed
    (deed_roots) only; a similar statement or deal is no deed (_similar_deed)."""
    if code[:2] not in ctx.rules.deed_roots:
        return False
    if any(t.i in ctx.by_token for t in ctx.parse.subtree(obj.i)):
        return False  # "a similar ban on its own farmers' exports to Russia": its own parties
    return any(
        a.lemma.lower() in ctx.rules.parallel_adjectives
        for a in ctx.kids(obj.i, frozenset({"amod"}))
    )


def _own_envoy(ctx: _Ctx, verb: Token, sources: list[Mention]) -> bool:
    """Whether the envoy a verb calls in is its subject's own ("Peru summoned its ambassador
    to Chile", "its own envoy", "Peru's ambassador"): one's own envoy is called home, no
    summons of the host (a recall, v.recall_envoy); "summoned Chile's ambassador", or an
    "its" the resolver ties to another state, stays a summons."""
    own = {_principal(s) for s in sources}
    for o in ctx.kids(verb.i, frozenset({"dobj"})):
        if not _posted(ctx, o):
            continue
        if _own_noun(ctx, o):
            return True
        for k in ctx.kids(o.i, frozenset({"poss"})):
            m = ctx.by_token.get(k.i)
            if m is not None and m.actor is not None:
                return _principal(m) in own
            return k.text.lower() in ctx.rules.reported_possessives
    return False


def _own_forces_reported(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether an agentless order to a state's forces is reported by that state's own voice:
    "Congo's defence ministry said Congolese soldiers had been told to avoid any contact": its
    own order to its own forces (rules defended_agent_nouns), no demand of another state's (a
    gift to them may be: "Ukrainian troops were given 40 tanks, its army said")."""
    head = ctx.tok(hit.source.token_end - 1)
    if hit.source.actor is None or head.lemma.lower() not in ctx.rules.defended_agent_nouns:
        return False
    if hit.code[:2] != _DEMAND_ROOT:
        return False
    cur = _first_conjunct(ctx, hit.trigger)
    if cur.dep != "ccomp" or cur.head == cur.i:
        return False
    said = ctx.tok(cur.head)
    if said.lemma.lower() not in ctx.rules.speech_verbs:
        return False
    voices = [m for k in ctx.kids(said.i, _SUBJ) for m in _actors_of(ctx, k, "source")]
    return bool(voices) and all(not _differ(ctx, m, hit.source) for m in voices)


def _reporting_state(ctx: _Ctx, hit: _Hit) -> Mention | None:
    """The state whose speaker reports an agentless act on another's envoy or national.

    "Iraq's foreign minister said the Turkish ambassador had been summoned": with no earlier
    act to give the counterpart (_counterpart), the speaker's own state did what its speaker
    reports was done to the other's envoy. Only a clause the speech verb governs directly,
    and one state told as the speaker, other than the patient's; never a recall, which the
    envoy's own state makes (own_envoy_verbs), and only an envoy or national the sentence
    names by state ("the Turkish ambassador"), not "its ambassador" or a titled name. So
    too a threat to answer another's acts ("said any further Danish steps would be answered
    'in kind'"): the speaker's state answers them.
    """
    if not (
        _state_named_envoy(ctx, hit)
        or _envoy_named_before(ctx, hit)
        or (hit.pattern.reaction and hit.code[:2] == "13")
    ):
        return None
    found = _reporting_voices(ctx, hit)
    patient = hit.source.actor.principal if hit.source.actor is not None else ""
    if len(found) != 1 or patient in found:
        return None
    # "said the Belarusian ambassador had been summoned in Warsaw": the clause names where,
    # and so who, summoned him ("over the Russian drone incursion" names no summoner)
    if set(_place_states(ctx, hit.trigger)) - {patient, *found}:
        return None
    return next(iter(found.values()))


def _envoy_named_before(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a summons (114) is done to an envoy the story named before by state and now by
    surname ("China's ambassador, Zhou Ming ... Zhou was summoned again, her office said"):
    one summons only envoys, and the surname carries the state the story gave him, as
    "the Chinese ambassador" does (_state_named_envoy); a titled name told first here
    ("Ambassador Zhou was summoned") gives no state of its own."""
    return hit.code == _SUMMONS and hit.source.kind == "surname" and hit.source.actor is not None


def _reporting_voices(ctx: _Ctx, hit: _Hit) -> dict[str, Mention]:
    """The states, by principal, told as the speakers of a speech verb that governs the hit's
    clause directly ("the Turkish ambassador had been summoned, Iraq's foreign minister
    said"; "was summoned and handed a protest note": the first verb's)."""
    cur = _first_conjunct(ctx, hit.trigger)
    if cur.dep != "ccomp" or cur.head == cur.i:
        return {}
    said = ctx.tok(cur.head)
    if said.lemma.lower() not in ctx.rules.speech_verbs:
        return {}
    subjects = [
        t for k in ctx.kids(said.i, _SUBJ) for t in (k, *ctx.kids(k.i, frozenset({"conj"})))
    ]  # "..., Chile and Peru said": two voices, no one doer
    return {
        m.actor.principal: m
        for k in subjects
        if k.i > ctx.dateline_end
        for m in _actors_of(ctx, k, "source")
        if m.actor is not None and _principal(m) in _state_codes()
    }


def _held_reporter(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> Mention | None:
    """The state whose voice reports an agentless detention or seizure of another state's
    people or craft with no place told: "The Uzbek cargo plane was seized late on Thursday,
    Senegal's Interior Ministry said" (decision 4 of session 64: the doer the story makes
    clear, here the one state that tells it holds them).

    Only a patient the sentence names by state ("Three Chinese nationals", not "the two
    women"), one state told as the speaker, other than the patient's (its own people's
    detention has no clear doer), no dateline of a third state, and never a restatement:
    people whose state's people a detention coded before took (review283: the open sets leave
    it uncoded); a craft seized after its crew's arrest is a second act (rules
    reported_held_roots, craft_nouns)."""
    if hit.code[:2] not in ctx.rules.reported_held_roots:
        return None
    named = range(hit.source.token_start, hit.source.token_end)
    heads = ctx.kids(_first_conjunct(ctx, hit.trigger).i, _PASSIVE_SUBJ)
    if not any(ctx.tok(i).ent_type in ("NORP", "GPE") for i in named) or not any(
        h.pos == "NOUN" and h.i >= hit.source.token_start for h in heads
    ):
        return None  # "Togo was ...", "the two women": no people or craft named by state
    patient = _principal(hit.source)
    found = _reporting_voices(ctx, hit)
    if len(found) != 1 or patient in found:
        return None
    if {_principal(m) for m in _dateline_host(ctx)} - {patient, *found}:
        return None  # "LIMA — ..., the U.S. embassy said": a third state's report
    if not any(h.lemma.lower() in ctx.rules.craft_nouns for h in heads) and any(
        h.code[:2] in ctx.rules.reported_held_roots
        and h.target is not None
        and _principal(h.target) == patient
        for i, h in coded
        if i < sent_index
    ):
        return None  # "Police arrested 27 South Koreans ... The South Koreans were detained"
    return next(iter(found.values()))


def _state_named_envoy(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether an agentless act was done to an envoy or national the sentence names by state
    ("the Turkish ambassador"), and not a recall, which the envoy's own state makes
    (own_envoy_verbs): only then may a reporter's state be its doer."""
    if hit.trigger.lemma.lower() in ctx.rules.own_envoy_verbs:
        return False  # "said the Moroccan ambassador had been recalled": by Morocco
    if hit.source.kind not in ("title", "group"):
        return False  # "Warsaw had been warned that ...": a state told, not its envoy
    named = range(hit.source.token_start, hit.source.token_end)
    # "its ambassador", "Ambassador X": whose envoy, and to whom, is unsaid
    return any(ctx.tok(i).ent_type in ("NORP", "GPE") for i in named)


def _according_state(ctx: _Ctx, hit: _Hit) -> Mention | None:
    """The one state an "according to" phrase of an agentless act on another's envoy names
    as its teller ("The Indonesian ambassador was summoned, according to a statement from
    Malaysia's foreign ministry", "According to Hanoi, the Chinese envoy was called in"): the
    teller did what it tells was done, as a speaker's state does (_reporting_state)."""
    if not _state_named_envoy(ctx, hit):
        return None
    found = _place_states(
        ctx, _first_conjunct(ctx, hit.trigger), tuple(ctx.rules.attribution_preps)
    )
    found.pop(_principal(hit.source), None)
    return next(iter(found.values())) if len(found) == 1 else None


def _place_states(
    ctx: _Ctx, trigger: Token, preps: tuple[str, ...] = ("in", "at", "to", "by")
) -> dict[str, Mention]:
    """The states named in the phrases that tell where or by whom an act was done ("was
    summoned to the Polish Foreign Ministry", "in Warsaw", "at the Kremlin", "by Poland"), by
    principal; "over the Russian drone incursion" tells no place. ``preps`` ("in", "at"):
    where only; a preposition is known by its lemma or its text ("according", lemma
    "accord": _according_state)."""
    return {
        _principal(m): m
        for k in ctx.kids(trigger.i, frozenset({"prep", "agent"}))
        if k.lemma.lower() in preps or k.text.lower() in preps
        for t in ctx.parse.subtree(k.i)
        if (m := ctx.by_token.get(t.i)) is not None and _principal(m) in _state_codes()
    }


def _summoned_envoys(ctx: _Ctx, hit: _Hit) -> list[Token]:
    """The envoys (posted_nouns) an agentless act is done to: the passive subjects of its
    verb, or of the first verb it is joined to ("was summoned and handed a note")."""
    return [
        p for p in ctx.kids(_first_conjunct(ctx, hit.trigger).i, _PASSIVE_SUBJ) if _posted(ctx, p)
    ]


def _summoning_place(ctx: _Ctx, hit: _Hit) -> Mention | None:
    """The state whose office an agentless act on another's envoy took place in.

    "Ukraine's ambassador was summoned to the Polish Foreign Ministry", "the Russian envoy was
    called in at the Foreign Ministry in Warsaw": the place names who summoned him, before any
    earlier act of the story (_counterpart); with no place told, the state the envoy is posted
    to ("Uruguay's ambassador to Paraguay was summoned"). Only an envoy (posted_nouns: where a
    claim was dismissed or a deal signed names no doer), one state other than the patient's,
    and never a recall, which the envoy's own state makes from wherever he sits
    (own_envoy_verbs).
    """
    if hit.trigger.lemma.lower() in ctx.rules.own_envoy_verbs:
        return None
    envoys = _summoned_envoys(ctx, hit)
    if not envoys:
        return None  # "Ukraine's allegation was dismissed in Minsk": only an envoy's summons
    patient = _principal(hit.source)
    # "The Chilean ambassador in Lima was summoned to the ministry": the actors stage may tie
    # "the ministry" to the envoy's own state, which summons no one to it (a capital of his
    # own, "summoned to Santiago", is a recall's place and stays told)
    told = {
        p: m
        for p, m in _place_states(ctx, hit.trigger).items()
        if not (p == patient and m.kind == "group")
    }
    places = {p: m for p, m in told.items() if p != patient}
    if not told and not any(
        k.lemma.lower() in ctx.rules.particle_adverbs for k in ctx.kids(hit.trigger.i)
    ):
        # "Uruguay's ambassador to Paraguay was summoned", "the envoy in Asuncion": with no
        # place told, the state the envoy is posted to called him in ("summoned home", "back
        # to Montevideo" call him to his own)
        places = {
            p: m
            for e in envoys
            for p, m in _place_states(ctx, e, ("to", "in")).items()
            if p != patient
        }
    return next(iter(places.values())) if len(places) == 1 else None


def _fellow_giver(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a gift's receiver, found from context, is one of the pair told as its giver
    ("the two governments would work together ... and announced 12 million dollars for sea
    walls": neither of the two gives to the other by that telling). Only aid (07): works the
    pair builds together ("the two countries will build a pipeline", 061) are its own."""
    if hit.target is None or hit.code[:2] != "07":
        return False
    verb = _first_conjunct(ctx, hit.trigger)
    for subj in ctx.kids(verb.i, frozenset({"nsubj", "nsubjpass"})):
        m = ctx.by_token.get(subj.i)
        if (
            m is not None
            and m.members
            and _principal(hit.target) in {a.principal for a in m.members}
        ):
            return True
    return False


def _hosting_place(ctx: _Ctx, hit: _Hit) -> Mention | None:
    """The state a visitor was received in with no host named ("Chile's foreign minister was
    received in Lima", "Bolivian officials were welcomed in La Paz ... at the palace in
    Quito"): the one state other than the visitor's named in the in- or at-phrases of the
    agentless reception (hosted_visitor_codes), the host of the visit (session 55). So too
    the state foreigners were held in (held_patient_roots: "Two Ecuadorian fishermen were
    arrested in Lima"), read from the place itself only (_held_places)."""
    held = hit.code[:2] in ctx.rules.held_patient_roots
    if hit.code not in ctx.rules.hosted_visitor_codes and not held:
        return None
    visitor = held or hit.source.kind in _PERSONISH or _state_travellers(ctx, hit.source)
    heads = ctx.kids(_first_conjunct(ctx, hit.trigger).i, _PASSIVE_SUBJ)
    if not visitor and not any(_posted(ctx, p) for p in heads):
        return None  # "the Chilean proposal was welcomed in Lima": no visitor received
    patient = _principal(hit.source)
    if held:
        places = _held_places(ctx, hit.trigger)
        # "was placed under arrest in Caracas": the place of the phrase's noun of holding
        for noun in _preps(ctx, hit.trigger, hit.pattern.prep):
            if noun.lemma.lower() in hit.pattern.object_words:
                places = {**_held_places(ctx, noun), **places}
    else:
        places = _place_states(ctx, hit.trigger, ("in", "at"))
    return _one_holder(places, {patient}) if held else _one_holder(places, set(), {patient})


def _one_holder(
    places: dict[str, Mention], patients: set[str], others: frozenset[str] | set[str] = frozenset()
) -> Mention | None:
    """The one state, by principal, of the places an act on ``patients`` was done in, none
    when they were held at home too ("arrested in Quito and Lima"); states in ``others`` are
    left out of the count (a visitor's own capital is no host)."""
    if patients & places.keys():
        return None
    found = [m for p, m in places.items() if p not in others]
    return found[0] if len(found) == 1 else None


def _summed_doers(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The doers of the act a noun of deciding sums up, when the verb is a relative clause on
    that noun set off after it ("handed over the suspects, a step Nairobi had requested":
    Somalia's; parties._summed_clause): a deed done, not a saying, a negated act or a plan."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return []
    summed = _summed_clause(ctx, ctx.tok(verb.head))
    telling = ctx.rules.speech_verbs | ctx.rules.answering_verbs | ctx.rules.claim_verbs
    if summed is None or summed.i > verb.i or summed.lemma.lower() in telling:
        return []
    if _negated(ctx, summed) or _modality(ctx, summed) is not None:
        return []
    return _actors(ctx, _subject_tokens(ctx, summed), "target")


def _requesters(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The actors whose request an act was done on (rules requested_act_preps and
    requested_act_nouns: "on a warrant issued by Bosnia's state court", "at Peru's request",
    "at the request of Chile"): those the innermost request noun of the phrase names ("on an
    Interpol notice issued at Belarus's request": Belarus's, not the notice's issuer), none
    when they are of two principals."""
    rules = ctx.rules
    for k in ctx.kids(verb.i, frozenset({"prep"})):
        if k.lemma.lower() not in rules.requested_act_preps:
            continue
        for noun in _pobjs(ctx, k):
            if noun.lemma.lower() not in rules.requested_act_nouns:
                continue
            inner = [
                t for t in ctx.parse.subtree(noun.i) if t.lemma.lower() in rules.requested_act_nouns
            ]
            found: dict[str, Mention] = {}
            for t in ctx.parse.subtree(inner[-1].i):
                m = ctx.by_token.get(t.i)
                if m is not None and m.actor is not None:
                    found.setdefault(_principal(m), m)
            if len(found) == 1:
                return list(found.values())
    return []


def _held_places(ctx: _Ctx, trigger: Token) -> dict[str, Mention]:
    """The states, by principal, of the places an act was done in (rules held_place_preps:
    "arrested in Lima", "at the port of Callao", "in a raid in Tumbes"): the state named by
    the place or by a place inside it, not by a thing an inner phrase names ("in a raid on
    a Chinese-run casino" is no place of China's)."""
    preps = ctx.rules.held_place_preps
    found: dict[str, Mention] = {}
    for k in ctx.kids(trigger.i, frozenset({"prep"})):
        if k.lemma.lower() not in preps or k.lemma.lower() == "of":
            continue
        for t in ctx.parse.subtree(k.i):
            m = ctx.by_token.get(t.i)
            if m is None or _principal(m) not in _state_codes():
                continue
            cur = t
            while cur.i != k.i and cur.head != cur.i:
                if cur.dep == "prep" and cur.lemma.lower() not in preps:
                    break
                if cur.dep not in _HELD_PLACE_DEPS:
                    break
                cur = ctx.tok(cur.head)
            if cur.i == k.i:
                found.setdefault(_principal(m), m)
    return found


def _dateline_summoner(ctx: _Ctx, hit: _Hit) -> Mention | None:
    """The dateline's state, for an envoy of another state summoned "to the ministry" with no
    summoner, state or earlier counterpart told ("QUITO — The Colombian ambassador was
    summoned to the ministry"): the ministry the story names without an owner is the
    dateline capital's. A bare "was summoned on Monday" names no ministry and stays
    uncoded, as does an envoy posted elsewhere ("Uruguay's ambassador to the United
    Nations"). Only a summons (114) of an envoy (posted_nouns), never a recall
    (own_envoy_verbs)."""
    if hit.code != _SUMMONS or hit.trigger.lemma.lower() in ctx.rules.own_envoy_verbs:
        return None
    envoys = _summoned_envoys(ctx, hit)
    if not envoys or any(_preps(ctx, e, frozenset({"to", "in"})) for e in envoys):
        return None
    ministries = [
        p
        for k in ctx.kids(hit.trigger.i, frozenset({"prep"}))
        if k.lemma.lower() == "to"
        for p in _pobjs(ctx, k)
        if p.lemma.lower() in ctx.rules.summoning_places
    ]
    if not ministries or any(m.kind != "group" for m in _place_states(ctx, hit.trigger).values()):
        return None  # "summoned on Monday", "summoned to Santiago": no host's ministry told
    hosts = {_principal(m): m for m in _dateline_host(ctx)}
    hosts.pop(_principal(hit.source), None)
    return next(iter(hosts.values())) if len(hosts) == 1 else None


def _summoner(hit: _Hit, coded: list[tuple[int, _Hit]]) -> Mention | None:
    """The state that summoned the envoy a note was handed to with no hander told: the one
    source of the coded summonses (114) of the envoy's state before ("Russia summoned
    Azerbaijan's ambassador ... Azerbaijani police detained two Russian reporters ... The
    ambassador was handed a note demanding their release": Russia, not the reporters the
    latest act names)."""
    return _summoner_of(_principal(hit.source), coded)


def _summoner_of(patient: str | None, coded: list[tuple[int, _Hit]]) -> Mention | None:
    """The one source of the coded summonses (114) of envoys of the state ``patient`` (None:
    of any state's)."""
    found = {
        _principal(h.source): h.source
        for _, h in coded
        if h.code == _SUMMONS
        and h.target is not None
        and (patient is None or _principal(h.target) == patient)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _reported_sequel(ctx: _Ctx, verb: Token, said: Token) -> bool:
    """Whether a verb joined to the clause a saying verb reports is the speaker's next act
    ("Greece said Turkey's drilling was illegal and summoned Turkey's ambassador": _reporter),
    so an act of its own after the saying one; so is a second reported clause with a subject
    of its own ("Canada said India had interfered in its election and that it had expelled six
    diplomats"), a statement of its own, not a restatement of the first clause."""
    if verb.head == verb.i or ctx.tok(verb.head).head != said.i:
        return False
    if (
        verb.dep == "conj"
        and ctx.tok(verb.head).dep == "ccomp"
        and bool(ctx.kids(verb.i, _ANY_SUBJ))
    ):
        return True
    return bool(_reporter(ctx, verb))


def _joined_after(ctx: _Ctx, t: Token, host: Token, anchor: Token) -> bool:
    """Whether ``anchor`` (t itself, or the conjunct t's clause hangs from) is a verb coordinated
    after ``host`` ("condemned X and urged Y", also as the third of a list: _conj_host) or a
    trailing -ing clause of it ("..., accusing Y"), or a verb joined after such a clause."""
    if anchor.i < host.i or t.i == host.i:
        return False
    cur: Token | None = anchor
    for _ in range(4):
        if cur is not None and _trailing_participle_of(cur, host):
            # "protested a ban, calling it unjust and asking X to lift it": the -ing clause,
            # or one joined after it, trails the first verb
            return True
        if cur is None or not (cur.dep == "conj" or _loose_conjunct(ctx, cur)):
            return False
        cur = _conj_host(ctx, cur)
        if cur is not None and cur.i == host.i:
            return True
    return False


def _split_objects(ctx: _Ctx, verb: Token, pattern: Pattern, hits: list[_Hit]) -> list[_Hit]:
    """Acts of a second object with a phrase of its own, which the parser joins to the first
    phrase's party: "received loans from the World Bank and aid pledges from Kuwait", "sent
    tanks to Ukraine and food aid to Syria". The second object (one of the pattern's) gets the
    party its phrase names; each act is refined by its own object's words (the loans are no
    pledge). Only hits whose code is the pattern's refinement (no intent remapping)."""
    out = list(hits)
    for h in hits:
        for role in ("source", "target"):
            party = getattr(h, role)
            if party is None:
                continue
            for x, phrase in _object_remnants(ctx, verb, pattern, party):
                skip = {t.i for k in (x, phrase) for t in ctx.parse.subtree(k.i)}
                own = {t.lemma.lower() for k in (x, phrase) for t in ctx.parse.subtree(k.i)}
                rest = {verb.lemma.lower()} | {
                    t.lemma.lower()
                    for k in ctx.kids(verb.i, _OBJ | frozenset({"prep", "dative"}))
                    for t in ctx.parse.subtree(k.i)
                    if t.i not in skip
                }
                first = replace(h, code=_refined(pattern, rest))
                out = [first if o is h else o for o in out]
                second = _refined(pattern, own)
                for m in _actors(ctx, _pobjs(ctx, phrase), role):
                    source = m if role == "source" else h.source
                    target = m if role == "target" else h.target
                    if target is None or h.target is None or not _differ(ctx, source, target):
                        continue
                    pair = (_principal(source), _principal(target))
                    if pair == (_principal(h.source), _principal(h.target)):
                        continue
                    # a party the first reading already gave ("tanks from Germany and loans
                    # from the IMF") keeps its act, with its own object's code
                    out = [o for o in out if (_principal(o.source), _pair_target(o)) != pair]
                    out.append(replace(h, code=second, source=source, target=target))
    return out


def _pair_target(hit: _Hit) -> str:
    """The principal of a hit's target ("" for none yet)."""
    return _principal(hit.target) if hit.target is not None else ""


def _object_remnants(
    ctx: _Ctx, verb: Token, pattern: Pattern, party: Mention
) -> list[tuple[Token, Token]]:
    """(second object, its phrase) pairs joined to a party named in a phrase of the verb or its
    object: the conjunct is a common noun the pattern takes as its object, with a phrase of the
    same preposition under it or on the verb after it."""
    out = []
    for t in (ctx.tok(i) for i in range(party.token_start, party.token_end)):
        if t.dep != "pobj" or t.head == t.i:
            continue
        prep = ctx.tok(t.head)
        if prep.head not in (verb.i, *(o.i for o in ctx.kids(verb.i, _OBJ))):
            continue
        lemma = prep.lemma.lower()
        # the second object joined to the first party, or (parsed right) to the first object
        joined = ctx.kids(t.i, frozenset({"conj"}))
        if prep.head != verb.i:
            joined += [x for x in ctx.kids(prep.head, frozenset({"conj"})) if x.i > t.i]
        for x in joined:
            if x.pos != "NOUN" or x.i in ctx.by_token or x.lemma.lower() not in pattern.objects:
                continue
            phrases = [k for k in ctx.kids(x.i, frozenset({"prep"})) if k.lemma.lower() == lemma]
            phrases += [
                k
                for k in ctx.kids(verb.i, frozenset({"prep", "dative"}))
                if k.i > x.i and k.lemma.lower() == lemma
            ]
            out += [(x, phrases[0])] if phrases else []
    return out


def _said_conjunct(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb a subjectless saying verb is joined after, when ``verb`` heads what it says
    ("denounced the expulsion and said Moscow would retaliate": the threat acts on whom the
    denunciation did, as "and threatened to retaliate" would; _conjunct_targets). A verb of
    warning does the same ("and warned that Moscow would adopt countermeasures")."""
    if verb.dep != "ccomp" or verb.head == verb.i:
        return None
    said = ctx.tok(verb.head)
    saying = ctx.rules.speech_verbs | ctx.rules.warning_verbs
    if said.lemma.lower() not in saying or ctx.kids(said.i, _ANY_SUBJ):
        return None
    host = _conj_host(ctx, said)
    return host if host is not None and host.i < said.i else None


def _conjunct_targets(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The targets of the verb a second verb is coordinated after, when nothing else gave any.

    "Turkey condemned the Israeli strike and recalled its ambassador", "China criticized
    Japan's decision and announced sanctions": a bare conjunct (_bare_conjunct) acts on whom
    the verb it shares its subject with acted on, in this sentence, if that is one actor
    ("sanctioned Syria and Libya, and condemned the crackdown": whose?), and only a hostile act
    after a hostile one (hostile_roots), as a counterpart is answered in kind: "praised
    Qatar's mediation and recalled its ambassador" recalls it from no one named. An undoing
    verb (undoing_roots) whose object is the act the first verb told acts on the same one:
    "banned Georgian wine in 2006 and lifted the ban in 2013" (not "expelled two diplomats and
    lifted the ban on wine").
    """
    hostile = ctx.rules.hostile_roots
    if hit.code[:2] in ctx.rules.appeal_sequel_roots:
        # "called on Oslo to withdraw the rules and said Russia reserved the right to respond":
        # a threat joined after an appeal backs it, aimed at whom the appeal is
        hostile = hostile | ctx.rules.appealed_roots
    # "expelled two Estonian diplomats, threatening further measures": a trailing -ing clause
    # with no actor of its own acts on the same one
    host = (
        _bare_conjunct(ctx, hit.trigger)
        or _bare_participle(ctx, hit.trigger)
        or _said_conjunct(ctx, hit.trigger)
    )
    undoing = hit.code[:2] in ctx.rules.undoing_roots
    contrast = host is not None and _contrasted(ctx, hit, host)
    if host is None or hit.source.actor is None:
        return []
    if hit.code[:2] not in hostile and not undoing and not contrast:
        return []
    if hit.trigger.lemma.lower() in ctx.rules.response_verbs and _bare_participle(ctx, hit.trigger):
        # "suspended licenses for Peruvian cement, retaliating for Peru's ban": the trailing
        # answer names the act it is told with as a retaliation; that act is the one coded
        return []
    if undoing and not any(
        _same_act(ctx, o.lemma.lower(), t)
        for o in ctx.kids(hit.trigger.i, _OBJ)
        for t in [host, *ctx.kids(host.i, _OBJ)]
    ):
        return []
    targets = _joined_targets(coded, sent_index, host, hit.source.actor.principal)
    first = {h.code[:2] for i, h in coded if i == sent_index and h.trigger.i == host.i}
    # "condemned the exercises of Seoul and Washington and warned that Pyongyang would adopt
    # countermeasures": a clause told after one act on several (one root) names no object
    # that could be one of theirs only, so it is aimed at them all
    clause = _said_conjunct(ctx, hit.trigger) is not None or _warned_clause(ctx, hit.trigger)
    several = len(first) == 1 and clause
    in_kind = first <= hostile or (contrast and first <= ctx.rules.contrast_host_roots)
    if not targets or (len(targets) > 1 and not several) or not in_kind:
        return []
    if hit.context == "patient":
        # "Chad's envoy flew to Niamey but was refused permission to visit the prison": a
        # passive conjunct's hit holds its patient as the source; whom the patient's first act
        # reached did the second to him
        return [replace(hit, source=t, target=hit.source) for t in targets.values()]
    return [replace(hit, target=t) for t in targets.values()]


def _contrasted(ctx: _Ctx, hit: _Hit, host: Token) -> bool:
    """Whether an appeal, demand, criticism or refusal (rules contrast_sequel_roots) is joined
    to the verb before it by a word of contrast ("welcomed the decision but demanded
    compensation"): asked of whom that verb acted on, though the acts differ in kind."""
    if hit.code[:2] not in ctx.rules.contrast_sequel_roots:
        return False
    return _contrast_joined(ctx, host, hit.trigger)


def _sequel_targets(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The one target of the source's own act told just before, for an act it "also" did.

    "Pakistan accused India of backing militants. It also suspended trade": a verb with a
    parallel adverb (parallel_adverbs), no target and no other state named in its sentence
    continues the latest sentence (up to _PARALLEL_WINDOW back) where the same source acted,
    when every act there had one and the same target and is as hostile as this one
    (hostile_roots): "praised Qatar ... It also expelled two diplomats" names no one.
    """
    src = hit.source.actor
    verb = hit.trigger
    if src is None or verb.pos != "VERB" or _told_addressee(ctx, verb):
        return []  # "also gave $3 million to its own charities": aimed where it says
    rules = ctx.rules
    advs = ctx.kids(verb.i, frozenset({"advmod"}))
    if not any(a.lemma.lower() in rules.parallel_adverbs for a in advs):
        return []
    sent = ctx.parse.sentences[sent_index]
    if _named_states(ctx, sent.token_start, sent.token_end, hit.source, False):
        return []
    hostile = hit.code[:2] in rules.hostile_roots
    for index, earlier in reversed(coded):
        if sent_index - index > _PARALLEL_WINDOW:
            break
        if index == sent_index or not _same_source(earlier, src.principal):
            continue
        own = [h for i, h in coded if i == index and _same_source(h, src.principal)]
        targets = {
            h.target.actor.principal: h.target
            for h in own
            if h.target is not None and h.target.actor is not None
        }
        if len(targets) != 1 or any((h.code[:2] in rules.hostile_roots) != hostile for h in own):
            return []
        # "condemned sanctions imposed by Japan and South Korea": a state named but not coded
        first = ctx.parse.sentences[index].token_start
        if set(_named_states(ctx, first, sent.token_start, hit.source, False)) - set(targets):
            return []
        return [replace(hit, target=t, context="sequel") for t in targets.values()]
    return []


def _under_token(ctx: _Ctx, i: int, top: int, stop: int) -> bool:
    """Whether token i's heads reach token top before token stop (or a root)."""
    cur = ctx.tok(i)
    for _ in range(12):
        if cur.i == top:
            return True
        if cur.i == stop or cur.head == cur.i:
            return False
        cur = ctx.tok(cur.head)
    return False


def _listed_role_objects(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The states listed as modifiers of a plural role noun the verb takes as its object
    ("his Kyrgyz and Tajik counterparts"), else []."""
    return [
        m
        for o in ctx.kids(verb.i, _OBJ)
        if o.lemma.lower() in ctx.rules.role_nouns
        and o.tag in ("NNS", "NNPS")
        and o.i not in ctx.by_token
        for m in _listed_modifiers(ctx, o, "target")
    ]


def _bare_conjunct(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb a second verb is joined after, when it has an object or complement of its own
    and no subject (_bare_verb): an act of its own whose target the context or that verb gives
    ("summoned the British envoy and demanded an explanation", "condemned the Israeli strike
    and recalled its ambassador").
    """
    if not _bare_verb(ctx, verb):
        return None
    host = _conj_host(ctx, verb)
    return host if host is not None and host.i < verb.i else None


_OFFERED_ACTS = frozenset({"xcomp", "advcl"})


def _offered_go_between(ctx: _Ctx, verb: Token) -> bool:
    """Whether an offer's own act is a go-between's (rules go_between_words): its object
    ("offered mediation"), its infinitive or one more under it ("offered to mediate",
    "offered to help mediate"), or their object ("offered to host talks"); not a word
    further down ("offered to share its experience of the negotiations")."""
    acts = [verb]
    for _ in range(2):
        # "offered on Monday to mediate": the infinitive read as an adverbial clause
        acts += [k for a in acts for k in ctx.kids(a.i, _OFFERED_ACTS) if k not in acts]
    heads = acts[1:] + [o for a in acts for o in ctx.kids(a.i, _OBJ)]
    return any(h.lemma.lower() in ctx.rules.go_between_words for h in heads)


def _contacted_sides(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The parties an appeal for calm with no target of its own is made to when it is joined
    after its source's contact with them ("was in contact with both governments and urged
    restraint", "phoned the two presidents and urged calm"): the contact's targets
    (meeting_roots) in the sentence, before the conflict the story told last."""
    host = _bare_conjunct(ctx, hit.trigger)
    if host is None or hit.source.actor is None:
        return []
    src = hit.source.actor.principal
    targets = _joined_targets(coded, sent_index, host, src, ctx.rules.meeting_roots)
    return [replace(hit, target=t) for t in targets.values() if _differ(ctx, hit.source, t)]


def _joined_targets(
    coded: list[tuple[int, _Hit]],
    sent_index: int,
    host: Token,
    src: str,
    roots: frozenset[str] | None = None,
) -> dict[str, Mention]:
    """The targets, by principal, of the source's acts the sentence coded at the verb
    ``host`` (of those roots only, when given)."""
    return {
        h.target.actor.principal: h.target
        for i, h in coded
        if i == sent_index
        and h.trigger.i == host.i
        and (roots is None or h.code[:2] in roots)
        and h.target is not None
        and h.target.actor is not None
        and _same_source(h, src)
    }


_REPORTING_DEPS = frozenset({"xcomp", "ccomp", "conj"})


def _subject_relatives(ctx: _Ctx, verb: Token) -> list[Token]:
    """The verbs of relative clauses on the subject of ``verb``, or of the verbs it is the
    complement or conjunct of ("Japan, which gave Palau a patrol boat, said it would send a
    team": gave); an act of the subject told aside, whose partner a pledge naming no one
    is made to (_related_partner)."""
    found: list[Token] = []
    seen: set[int] = set()
    cur: Token | None = verb
    while cur is not None and cur.i not in seen:
        seen.add(cur.i)
        subjects = list(ctx.kids(cur.i, _ANY_SUBJ))
        if cur.dep == "acl" and cur.head != cur.i:
            # "Guyana's president, who visited Paramaribo, offered ...": the verb misread as
            # a modifier of its subject, after the relative clause
            subjects.append(ctx.tok(cur.head))
        for subj in subjects:
            found.extend(r for r in ctx.kids(subj.i, frozenset({"relcl"})) if r.i < verb.i)
        if found or cur.dep not in _REPORTING_DEPS or cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
    return found


def _related_partner(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The states a pledge naming no one is made to, from its subject's relative clause: the
    targets of the friendly acts (related_partner_act_roots) of the same source coded at that
    clause's verb ("Guyana's president, who visited Paramaribo last week, offered to supply
    diesel": Suriname). None when the clause coded no such act ("Nigeria, whose troops
    intervened in Sierra Leone in 1997, offered to mediate": background, no partner), or the
    pledge's clause names a third party."""
    own = _principal(hit.source)
    if _partner_by_noun(ctx, hit.trigger):
        return []
    targets: dict[str, Mention] = {}
    for rel in _subject_relatives(ctx, hit.trigger):
        targets.update(
            _joined_targets(coded, sent_index, rel, own, ctx.rules.related_partner_act_roots)
        )
    if not targets or _other_named(ctx, hit.trigger, {own, *targets}):
        return []
    return [replace(hit, target=t) for t in targets.values()]


_PARTNER_PREPS = frozenset({"with", "to", "toward", "towards"})


def _partner_by_noun(ctx: _Ctx, verb: Token) -> bool:
    """Whether the act names its partners by a common noun no actor stands for ("has sought
    closer ties with Western donors", "offered diesel to its neighbours"): then it names
    someone, and its subject's relative clause gives no partner (_related_partner)."""
    acts = (verb, *ctx.kids(verb.i, frozenset({"xcomp"})))
    return any(
        p.pos == "NOUN" and p.i not in ctx.by_token
        for a in acts
        for host in (a, *ctx.kids(a.i, _OBJ))
        for p in _preps(ctx, host, _PARTNER_PREPS)
    )


def _after_talk(ctx: _Ctx, verb: Token, code: str, joint: bool = False) -> bool:
    """Whether an appeal (talk_sequel_roots) is a bare verb joined after a talk of its
    subject (talk_verbs: "had spoken by phone with X's ambassador and asked for ...") or
    another address (talk_address_verbs), or a trailing -ing clause of one ("wrote to Spain
    asking for the return of the fishermen"); ``joint``: the act is a reciprocal pattern's,
    which talk_joint_roots let follow a talk too."""
    rules = ctx.rules
    roots = rules.talk_sequel_roots | rules.talk_complaint_roots | rules.talk_offer_roots
    if joint:
        roots = roots | rules.talk_joint_roots
    if code[:2] not in roots or ctx.kids(verb.i, _ANY_SUBJ):
        return False
    if (
        code[:2] in rules.talk_offer_roots
        and ctx.kids(verb.i, frozenset({"ccomp"}))
        and _names_other(ctx, verb)
    ):
        # "spoke with Bolivia's minister and promised that guards would watch over the bus
        # stations in La Paz": a promise whose reported clause names a party is read as a
        # counterpart's is (sides._names_other), not "proposed talks in Nairobi"
        return False
    # "and asked for the trucks to be cleared": no object needed
    host = _conj_host(ctx, verb) or _bare_participle(ctx, verb)
    thanks = host is not None and host.lemma.lower() in ctx.rules.thanks_address_verbs
    called_on = any(p.lemma.lower() == "on" for p in ctx.kids(verb.i, frozenset({"prep"})))
    if thanks and (
        ctx.kids(verb.i, _OBJ) or called_on or code[:2] not in ctx.rules.talk_sequel_roots
    ):
        # "thanked Peru and urged other Andean states to follow", "praised Amman and called on
        # other countries to cut ties": others asked; "thanked Paraguay's president ... and
        # said the help showed ...": no complaint made to him
        return False
    if any(
        (m := ctx.by_token.get(k.i)) is not None and m.actor is not None
        for o in ctx.kids(verb.i, _OBJ)
        for k in (o, *ctx.kids(o.i))
    ):
        # "summoned Chad's envoy and asked Lao citizens to avoid the border": the actor its
        # object names is the one asked (here its own people: no one), not the one talked with
        return False
    if code[:2] in ctx.rules.envoy_told_roots and _told_bare_envoy(ctx, verb):
        # "handed the ambassador a note demanding ...": the envoy unnamed is whose the context
        # tells (_told_envoy_state), not a talk's partner coded before
        return False
    judged = host is not None and host.lemma.lower() in ctx.rules.judgement_address_verbs
    if judged and ctx.kids(verb.i, _XCOMP):
        # "condemned the decision and called on sports bodies to stop ...": others told to act
        return False
    return (
        host is not None
        and host.i < verb.i
        and (
            host.lemma.lower() in ctx.rules.talk_verbs | ctx.rules.talk_address_verbs
            or thanks
            or judged
            or _in_talks(ctx, host)
        )
        # "called the report 'alarming' and said the world must act": a naming, no call
        and not _has_need(ctx, host, "oprd", frozenset())
    )


def _in_talks(ctx: _Ctx, host: Token) -> bool:
    """Whether a verb tells its subject in a talk ("was in contact with Libyan authorities",
    "remained in touch with Rabat"), as a talk verb does."""
    return any(
        p.text.lower() == "in"
        and any(
            o.lemma.lower() in ctx.rules.talk_state_nouns
            for o in ctx.kids(p.i, frozenset({"pobj"}))
        )
        for p in ctx.kids(host.i, _PREP)
    )


def _bare_participle(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb a trailing -ing clause with no subject hangs on ("..., threatening further
    measures", "..., vowing to respond"), as _bare_conjunct for a joined verb."""
    if verb.dep != "advcl" or verb.tag != "VBG" or verb.head >= verb.i or not _bare_verb(ctx, verb):
        return None
    if ctx.kids(verb.i, frozenset({"mark"})):
        return None  # "..., while urging X": a clause of its own kind
    host = ctx.tok(verb.head)
    return host if host.pos == "VERB" else None


def _bare_verb(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb has no subject of its own but an object or complement ("and threatened
    to retaliate", "and warned of reprisals"): a bare verb ("and left") tells no act."""
    if verb.pos != "VERB" or ctx.kids(verb.i, _ANY_SUBJ):
        return False
    return (
        bool(ctx.kids(verb.i, _OBJ | frozenset({"xcomp", "prep"})))
        or _warned_clause(ctx, verb)
        or _for_clause(ctx, verb)
    )


def _for_clause(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb's complement is a for-to clause the parse hangs on it as an adverbial
    one ("and called for the remaining curbs to be lifted": "for" marks "lifted")."""
    return any(
        any(
            m.dep == "mark" and m.lemma.lower() in ctx.rules.complement_marks for m in ctx.kids(c.i)
        )
        for c in ctx.kids(verb.i, frozenset({"advcl"}))
    )


def _warned_clause(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb of warning tells its act by a that-clause alone ("and warned that it
    would take further countermeasures"): no object of its own that could be one party's, and
    the clause's subject the warner ("it", "Pyongyang"), not "warned that the war could
    spread" (a forecast, no act held over anyone)."""
    if verb.lemma.lower() not in ctx.rules.warning_verbs or ctx.kids(verb.i, _OBJ):
        return False
    return any(_warner_clause(ctx, verb, c) for c in ctx.kids(verb.i, frozenset({"ccomp"})))


def _told_aside(ctx: _Ctx, verb: Token) -> bool:
    """Whether a passive relative clause set off by a comma tells news of the noun the told
    clause acts on: "The note was handed to France's ambassador, who was summoned to the
    ministry" (the summons is as much the story's news as the note)."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return False
    pronouns = [p for p in ctx.kids(verb.i, _PASSIVE_SUBJ) if p.tag in ("WP", "WDT")]
    if len(pronouns) != 1 or pronouns[0].i == 0 or ctx.tok(pronouns[0].i - 1).text != ",":
        return False
    host = _governing_verb(ctx, ctx.tok(verb.head))
    return host is not None and _told(ctx, host)


def _warned_act(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb is the act of a warning's that-clause told by the warner itself ("Iran
    warned that it would cut off gas to Turkey"): held over another, not done. So is an act
    told with a modal as the terms of a threat ("Under the threatened measures, Costa Rica
    would impose duties on ...": a phrase of "under" whose noun is threatened; "under the
    threat of sanctions" is the subject's own plight)."""
    if _has_modal(ctx, verb) and any(
        p.lemma.lower() == "under"
        and any(
            w.lemma.lower() in ctx.rules.warning_verbs
            for o in _pobjs(ctx, p)
            for w in ctx.kids(o.i, frozenset({"amod"}))
        )
        for p in ctx.kids(verb.i, frozenset({"prep"}))
    ):
        return True
    if verb.dep == "xcomp" and ctx.tok(verb.head).lemma.lower() in ctx.rules.litotes_verbs:
        verb = ctx.tok(verb.head)  # "warned that it would not hesitate to impose sanctions"
    if verb.dep != "ccomp" or verb.head == verb.i:
        return False
    warning = ctx.tok(verb.head)
    return warning.lemma.lower() in ctx.rules.warning_verbs and _warner_clause(ctx, warning, verb)


def _warner_clause(ctx: _Ctx, verb: Token, clause: Token) -> bool:
    """Whether a warning's that-clause has the warner as its subject: a pronoun for it, or a
    name of the same state as the subject of the warning or of the verb it is joined to."""
    subjects = ctx.kids(clause.i, _SUBJ)
    if any(s.text.lower() in ("it", "we", "they") for s in subjects):
        return True
    hosts = [h for h in (verb, _conj_host(ctx, verb)) if h is not None]
    own = {
        m.actor.principal
        for h in hosts
        for m in _actors(ctx, _subject_tokens(ctx, h), "source")
        if m.actor is not None
    }
    return any(
        m.actor is not None and m.actor.principal in own for m in _actors(ctx, subjects, "source")
    )


def _names_another_act(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether a naming verb joined by "and" to the first act, of another root, names another
    thing than the first act's object: "denied the charge and called the closure
    'unjustified'" rejects one thing and blames another (12, 11); "rejected the claims,
    calling them baseless" and "... and called them baseless" name the thing rejected, as
    "... and called the accusation a lie" does: the thing named must be a deed, whose roots are
    no reaction's (rules reaction_roots: "the closure", "the expulsion", not "the charge")."""
    t, first_t = hit.trigger, first.trigger
    if t.dep != "conj" or t.head != first_t.i or hit.code[:2] == first.code[:2]:
        return False
    named = [o for o in ctx.kids(t.i, _OBJ) if o.pos == "NOUN"]
    before = {o.lemma.lower() for o in ctx.kids(first_t.i, _OBJ)}
    said = ctx.rules.reaction_roots
    return bool(named) and all(
        o.lemma.lower() not in before
        and (roots := _act_roots(ctx, o.lemma.lower()) - {"**"})
        and not roots & said
        for o in named
    )


def _coordinated_act(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether a second act for the same pair is one of its own, coordinated after the first.

    "Germany condemned the launch and urged Tehran to halt ...", "Turkey accused Sweden of ...
    and threatened to block Stockholm's bid", "..., accusing Kyiv of ...": another verb, joined
    to the first (or a clause of such a conjunct: "and said it would support X"), with another
    root and a target of its own, found under the second verb (not one shared with the first).
    "met and held talks" (one root), "criticized X, calling it ..." (a naming, one root) and
    verbs of saying restate one act.
    """
    t, first_t = hit.trigger, first.trigger
    # "said it was ready to work with Lima": a predicative adjective reads as its verb would,
    # but only with a target named under it (below), even beside an act of its own root
    # ("offered to host talks and said it was ready to send doctors to Sudan": two offers),
    # unless one saying verb reports both ("said it would send experts to Serbia and that it
    # was prepared to share data with Belgrade": one 03 told)
    adjective = _predicative(ctx, t)
    if adjective and hit.code[:2] == first.code[:2]:
        told = _reporting_verb(ctx, t)
        if told is not None and told == _reporting_verb(ctx, first_t):
            return False
    # "said Muscat was in contact with Tehran": a copula carries the act of its phrase
    if (t.pos not in ("VERB", "AUX") and not adjective) or (
        t.lemma.lower() in ctx.rules.speech_verbs
        # "said it would add 20 million euros for X": given, to a target named under it
        and not (_thing_said_as_given(ctx, t) and not hit.context)
        and not _saying_act(ctx, hit, first)
    ):
        return False
    host_verb = _infinitive_host(ctx, t)
    if (
        hit.pattern.reciprocal
        and (host_verb.dep != "conj" or (host_verb.i != t.i and _trigger_of_hit(ctx, host_verb)))
        # "thanked Peru for its help, as the two countries signed agreements": a clause told
        # beside the first act with a subject of its own is an act of its own
        and not _contrasted_clause(ctx, first_t, host_verb)
        and not (not first.pattern.reciprocal and _reported_own_act(ctx, t, first_t, hit.source))
    ):
        # "signed an MOU, expanding relations between the two": the one act; "met in Lima and
        # signed a deal" tells two, as does "met and agreed to set up a joint commission"
        # (not "met and agreed to reopen the border", whose agreeing is the act coded)
        return False
    if t.lemma.lower() == first_t.lemma.lower() or hit.target is None:
        return False
    if (
        t.lemma.lower() in ctx.rules.naming_verbs
        and not ctx.kids(t.i, frozenset({"prep", "prt"}))
        and not (
            (first.code[:2] in ctx.rules.encounter_roots or first.code[:2] < "10")
            and hit.code[:2] < "10"
        )
        and not _names_another_act(ctx, hit, first)
    ):
        # "..., calling the U.S. a hacker empire": the first act, named ("welcomed his guest
        # and called Bhutan a friend" names no encounter: a praise of its own, as "would
        # provide the loan and called the deal a milestone" names no pledge; a blame read
        # from such a name is left out with the naming as before)
        return False
    # a reaction whose target the context gave, clauses deep after the first act, restates
    # it ("protested to Minsk and said it had decided to criticize the move": the deed the
    # protest answered, or another clause's); one clause up it may be an act of its own
    anchor = _clause_anchor(ctx, t, first_t, climb=hit.context in ("", "clause"))
    carrier = _carrier(ctx, t) if anchor.i == t.i else None
    if carrier is not None and carrier.dep in _OBJ and carrier.head not in (carrier.i, first_t.i):
        # "criticized Thailand, and the parliament passed a resolution calling on Bangkok
        # to ...": the words a resolution or note carries stand where the verb passing it does
        anchor = ctx.tok(carrier.head)
    host = first_t
    if anchor.head != first_t.i and anchor.head != anchor.i and first_t.i < anchor.i:
        # "said Kabul was ready to work with Berlin and urged Germany to ...": the first act
        # sits in the clause the second verb is joined to
        clause = ctx.tok(anchor.head)
        if _under_verb(ctx, first_t, clause, t):
            host = clause
    joined = _conj_host(ctx, anchor)
    if (
        joined is not None
        and joined.i != first_t.i
        and _under_verb(ctx, first_t, joined, t)
        and anchor.i != first_t.i
    ):
        # "told travel agencies to stop selling tours to Japan and summoned Japan's envoy":
        # the first act is the infinitive of the verb the second is joined to ("urged X to
        # talk and offered to host them": the hosting is the offer's own, one act)
        host = joined
    if not (
        _joined_after(ctx, t, host, anchor)
        or _reported_sequel(ctx, anchor, first_t)
        or _semicolon_apart(ctx, first_t, anchor)
        or _contrasted_clause(ctx, host, anchor)
        or _contrasted_clause(ctx, host, t)  # "agreed to resume drills as X visited ..."
        or _with_clause(ctx, host, anchor)
        or _trails_conjunct(ctx, t, host)
    ):
        return False
    if hit.pattern.reciprocal or _with_clause(ctx, host, anchor):
        # "Peru and Chile met ... and signed a deal": the partners are the subject; "signed a
        # deal, with the bloc pledging loans": the with-clause names its own doer
        return True
    own = range(hit.target.token_start, hit.target.token_end)
    if any(_under_verb(ctx, ctx.tok(i), t, first_t) for i in own):
        return True
    if adjective:
        return False  # "praised X and said it was ready to help": the praise's target, given
    # "Iran summoned the British envoy and demanded an explanation": a bare conjunct whose
    # target the context or its host verb gave is an act of its own
    if bool(hit.context) and (
        _bare_conjunct(ctx, t) is not None
        or hit.context == "talked"
        or _same_subject_conjunct(ctx, t, first_t)
    ):
        return True  # (an appeal after a talk is joined bare: _after_talk)
    if _after_talk(ctx, t, hit.code) and first.code[:2] not in ctx.rules.talk_sequel_roots:
        # "met Bolivian officials, asking for help": the appeal made in the talk; after an
        # appeal ("called on Peru's president, demanding an apology") it restates that appeal
        return True
    # "condemned the expulsion and said Moscow would retaliate", "respected its sovereignty
    # and would keep providing aid": so is the clause of a conjunct with no subject of its own
    # (not "pledged to send firefighters": the conjunct's own act, coded, holds the second)
    # "met the ambassador and promised that police would protect the workers": a that-clause
    # is the conjunct's complement as an object is
    if (
        bool(hit.context)
        and anchor.dep == "conj"
        and not ctx.kids(anchor.i, _ANY_SUBJ)
        and (
            (anchor.i != t.i and not _acting_verb(ctx, anchor))
            or (anchor.i == t.i and bool(ctx.kids(t.i, frozenset({"ccomp"}))))
        )
    ):
        return True
    # "expelled two Estonian diplomats, threatening further measures": a trailing -ing clause
    # with no actor of its own acts on its host's target, a hostile act after a hostile one;
    # its toll ("..., injuring four sailors") is what the first act did
    hostile = ctx.rules.hostile_roots
    return (
        _bare_participle(ctx, t) is not None
        and hit.code[:2] in hostile
        and first.code[:2] in hostile
        and t.lemma.lower() not in ctx.rules.toll_verbs
    )


def _reporting_verb(ctx: _Ctx, t: Token) -> Token | None:
    """The nearest verb of saying a trigger's clause hangs under (None: no such verb)."""
    cur = t
    for _ in range(6):
        if cur.head == cur.i:
            return None
        cur = ctx.tok(cur.head)
        if cur.lemma.lower() in ctx.rules.speech_verbs:
            return cur
    return None


def _two_reports(ctx: _Ctx, verb: Token) -> bool:
    """Whether a saying verb reports two joined clauses ("said the suspension was 'a
    necessary step' and would stay in place until ...": a clause and its conjunct)."""
    clauses = _content_clauses(ctx, verb)
    heads = {c.i for c in clauses}
    return any(c.dep == "conj" and c.head in heads for c in clauses)


def _other_report_hits(
    ctx: _Ctx, verb: Token, rest: Sequence[Pattern], found: list[_Hit]
) -> list[_Hit]:
    """The hits of the first later pattern of a saying verb with another root, when the verb
    reports two joined clauses (_two_reports): "said the suspension was 'a necessary step'
    and would stay in place until Kazakhstan improved its inspections" defends the measure
    (12) and demands (10), one act per clause; the first pattern found otherwise states the
    verb's one act. Hits whose target is only guessed (_WEAK) are no second act."""
    if verb.lemma.lower() not in ctx.rules.speech_verbs or not _two_reports(ctx, verb):
        return []
    roots = {h.code[:2] for h in found}
    for pattern in rest:
        if pattern.code[:2] in roots:
            continue
        more = _verb_hits(ctx, verb, pattern)
        if more and not any(h.context in _WEAK or h.code[:2] in roots for h in more):
            return more
    return []


def _second_report(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether a second act for the pair is told in a second reported clause of the saying verb
    that coded the first, with a subject of its own and another root: "said the expulsion
    was unjustified and that it would respond in a proportionate way" (a judgement, then a
    threat). One reported clause ("said it was unjustified and would not be tolerated") and
    a restatement of the same root stay one act."""
    said, t = first.trigger, hit.trigger
    if said.lemma.lower() not in ctx.rules.speech_verbs or hit.code[:2] == first.code[:2]:
        return False
    if t.i == said.i:
        return _two_reports(ctx, said)  # one saying verb, two joined clauses (_other_report_hits)
    while t.dep == "xcomp" and t.head != t.i:
        t = ctx.tok(t.head)  # "and that it was ready to respond"
    if t.dep != "conj" or not ctx.kids(t.i, _SUBJ):
        return False
    reported = ctx.tok(t.head)
    return reported.dep == "ccomp" and reported.head == said.i


def _trigger_of_hit(ctx: _Ctx, t: Token) -> bool:
    """Whether a pattern of the sentence fired on t (ctx.sentence_hits)."""
    return any(h.trigger.i == t.i for h in ctx.sentence_hits.get(t.sent, ()))


def _clause_anchor(ctx: _Ctx, t: Token, first: Token, climb: bool = True) -> Token:
    """The verb whose clause holds ``t`` and that hangs on the first act's clause (_coordinated_act).

    "met his counterpart and promised that Warsaw would keep supplying fuel to Kyiv", "restored
    ties, but ties soured after Ecuador expelled Colombian diplomats": up through complements
    (xcomp, ccomp) and subordinate clauses with a subject of their own (advcl), to the
    conjunct or clause joined to the first act's verb (at most _ANCHOR_STEPS up; with
    climb false, only the verb whose complement ``t`` is).
    """
    anchor = t
    if anchor.dep == "acomp" and anchor.head != anchor.i:
        anchor = ctx.tok(anchor.head)  # "said it was ready to ...": the copula's clause
    if anchor.dep in ("xcomp", "ccomp") and anchor.head != anchor.i:
        anchor = ctx.tok(anchor.head)
    for _ in range(_ANCHOR_STEPS if climb else 0):
        if anchor.i == first.i or anchor.head in (anchor.i, first.i) or anchor.dep == "conj":
            break
        own_clause = anchor.dep == "advcl" and bool(ctx.kids(anchor.i, _SUBJ))
        if anchor.dep not in ("xcomp", "ccomp") and not own_clause:
            break
        anchor = ctx.tok(anchor.head)
    return anchor


_ANCHOR_STEPS = 3


def _trails_conjunct(ctx: _Ctx, verb: Token, host: Token) -> bool:
    """Whether a trailing -ing clause hangs on a verb joined after the first act's ("met the
    king and promised help, while urging the government to ..."): it trails that second verb,
    after the first act, as a clause trailing the first verb itself does (_joined_after)."""
    if verb.dep != "advcl" or verb.tag != "VBG" or verb.head >= verb.i:
        return False
    deed = ctx.tok(verb.head)
    return deed.i != host.i and _joined_after(ctx, deed, host, deed)


def _reported_own_act(ctx: _Ctx, verb: Token, first: Token, source: Mention) -> bool:
    """Whether a verb is the clause that a saying verb joined after the first act reports,
    with a noun subject of its own ("called on both sides to show restraint and said its
    envoy had spoken with their leaders"), or a pronoun read as the act's source, the sayer
    ("lifted its ban on Yemeni fish and said it would resume flights to Sanaa"): an act
    reported beside the first. After the partners' own joint act ("signed a deal and said
    their ministers had talked for months") the caller does not ask: that is the one story
    told twice."""
    if verb.dep != "ccomp" or verb.head == verb.i:
        return False
    said = ctx.tok(verb.head)
    host = _conj_host(ctx, said) if said.lemma.lower() in ctx.rules.speech_verbs else None
    if host is None or host.i != first.i:
        return False
    return any(
        s.pos in ("NOUN", "PROPN")
        or (s.pos == "PRON" and source.kind == "pronoun" and source.token_start == s.i)
        for s in ctx.kids(verb.i, _SUBJ)
    )


def _thing_said_as_given(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb of saying is used as a verb of doing: a thing for its object, no actor
    and no reported clause ("said it would add 20 million euros for the border posts" gives
    money; "added that ..." and "told Ghana's envoy" say)."""
    objects = ctx.kids(verb.i, _OBJ)
    if (
        not objects
        or _content_clauses(ctx, verb)
        or ctx.kids(verb.i, frozenset({"ccomp"}) | _XCOMP)
    ):
        return False
    return not _actors(ctx, objects, "target")


def _same_subject_conjunct(ctx: _Ctx, verb: Token, first: Token) -> bool:
    """Whether a verb is joined by a conjunction right after the first act's verb with a
    subject of its own that is the first verb's: "We respect Lima's choice and we expect the
    same respect": a second main clause of the one speaker tells an act of its own."""
    host = _conj_host(ctx, verb) if verb.dep == "conj" else None
    if host is None or host.i != first.i:
        return False
    own = [s.text.lower() for s in ctx.kids(verb.i, _SUBJ)]
    return bool(own) and own == [s.text.lower() for s in ctx.kids(first.i, _SUBJ)]


def _saying_act(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether a saying verb joined right after the first act codes an act of another root by
    what it says ("thanked Guatemala for the call but said the boats must be returned": a
    demand after the thanks); one of the same root restates the first ("condemned the strike
    and said it was illegal")."""
    t = hit.trigger
    host = _conj_host(ctx, t) if t.dep == "conj" else None
    return host is not None and host.i == first.trigger.i and hit.code[:2] != first.code[:2]


def _acting_verb(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb triggers a hit of the sentence being coded (the last one found)."""
    if not ctx.sentence_hits:
        return False
    current = next(reversed(ctx.sentence_hits.values()))
    return any(h.trigger.i == verb.i for h in current)


def _with_clause(ctx: _Ctx, host: Token, clause: Token) -> bool:
    """Whether ``clause`` is an absolute with-clause after ``host`` with a subject of its own
    ("signed a trade deal, with the bloc pledging 500 million euros"): a second act. The
    parser may hang it on a word of the host's clause ("opened talks on renewing the treaty,
    with Dhaka pressing its neighbor for ...": on "renewing")."""
    if clause.dep != "pcomp" or clause.i < host.i or not ctx.kids(clause.i, _SUBJ):
        return False
    prep = ctx.tok(clause.head)
    if prep.lemma.lower() != "with" or prep.head == prep.i:
        return False
    return prep.head == host.i or _under_verb(ctx, ctx.tok(prep.head), host, clause)


def _semicolon_apart(ctx: _Ctx, first: Token, clause: Token) -> bool:
    """Whether ``clause`` is a clause with a subject of its own set after a semicolon that
    follows ``first`` ("sanctioned three U.S. firms; it also summoned the U.S. envoy").

    The parser often makes the first clause a ccomp of the second: the semicolon, not the
    attachment, says they are two statements.
    """
    if not first.i < clause.i or not ctx.kids(clause.i, _SUBJ):
        return False
    return any(
        ctx.tok(i).text == ";" and ctx.tok(ctx.tok(i).head).pos in ("VERB", "AUX")
        for i in range(first.i + 1, clause.i)
    )


def _under_verb(ctx: _Ctx, tok: Token, verb: Token, stop: Token) -> bool:
    """Whether ``verb`` governs ``tok`` (a few steps up) without passing through ``stop``."""
    cur = tok
    for _ in range(8):
        if cur.i == verb.i:
            return True
        if cur.i == stop.i or cur.head == cur.i:
            return False
        cur = ctx.tok(cur.head)
    return False


def _averted_only(ctx: _Ctx, verb: Token) -> set[str]:
    """Lemmas found under ``verb`` only in unless-clauses: what another must do to avert the
    act ("would impose sanctions unless Togo released the detainees") tells not what the act
    is, so no unless_words of the trigger's are read there; nor the negation of a need
    denied away ("a partner we cannot do without"). A negated if-clause is an unless-clause
    ("would suspend the commission if Harare did not agree to an inquiry")."""
    averted: set[int] = set()
    spans = [verb, *ctx.kids(verb.i, frozenset({"npadvmod"}))]  # "days after the attack"
    for prep in (p for head in spans for p in ctx.kids(head.i, frozenset({"prep"}))):
        if _occasion_phrase(ctx, prep):
            # "sent engineers to Malawi days after the attack": the occasion, not the act
            averted.update(a.i for a in ctx.parse.subtree(prep.i))
    for t in ctx.parse.subtree(verb.i):
        if t.dep == "advcl" and t.i not in averted and _unmet_condition(ctx, t):
            averted.update(a.i for a in ctx.parse.subtree(t.i))
        if t.dep == "relcl" and any(
            p.lemma.lower() == "without" and not ctx.kids(p.i)
            for p in ctx.kids(t.i, frozenset({"prep"}))
        ):
            # "a partner we cannot do without": a need denied away praises; its "not" denies
            # nothing of the name
            averted.update(n.i for n in ctx.kids(t.i, frozenset({"neg"})))
    if not averted:
        return set()
    rest = {t.lemma.lower() for t in ctx.parse.subtree(verb.i) if t.i not in averted}
    return {ctx.tok(i).lemma.lower() for i in averted} - rest


def _occasion_phrase(ctx: _Ctx, prep: Token) -> bool:
    """Whether a prep phrase of the verb tells only when it was done, by the event it came
    after ("days after the attack", "following the floods"): a noun phrase under one of
    occasion_preps, not a gerund ("after attacking the base" tells the act's own deed)."""
    preps = ctx.rules.occasion_preps
    told = prep.lemma.lower() in preps or prep.text.lower() in preps
    return told and not ctx.kids(prep.i, frozenset({"pcomp"}))  # "following": lemma "follow"


def _unmet_condition(ctx: _Ctx, clause: Token) -> bool:
    """Whether an adverbial clause is a condition another must meet to avert the act: "unless
    Togo released them", "if Togo did not release them"."""
    marks = {m.lemma.lower() for m in ctx.kids(clause.i, frozenset({"mark"}))}
    return "unless" in marks or ("if" in marks and bool(ctx.kids(clause.i, frozenset({"neg"}))))


def _purpose_demand(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether a demand is the purpose of the act just coded ("summoned the South Korean
    ambassador to demand that Seoul act"): the summons is made to voice it, so both are told;
    other purposes ("visited Moscow to sign a deal") stay one act, only planned, and a protest
    or a deed (conflict_roots) states its aim, not a demand of its own ("protesters blocked
    highways to demand ..."), unless an envoy is called in or home for it (demand_host_verbs)."""
    t = hit.trigger
    rules = ctx.rules
    # "called Ruiz to offer his congratulations": a voiced purpose of a call (_purpose_host_targets)
    voiced = _voiced_code(ctx, hit.code) and first.trigger.lemma.lower() in rules.purpose_host_verbs
    return (
        (hit.code[:2] in rules.demand_roots or voiced)
        and (
            first.code[:2] not in rules.conflict_roots
            # "recalled its ambassador to Chile to demand an explanation": an envoy called
            # home to voice a demand, as a summons is (demand_host_verbs)
            or first.trigger.lemma.lower() in rules.demand_host_verbs
        )
        and t.dep in ("advcl", "xcomp")
        and t.head == first.trigger.i
        and any(k.text.lower() == "to" for k in ctx.kids(t.i, frozenset({"aux"})))
    )


def _carried_demand(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether a demand or an appeal (rules carried_roots) is told by the note handed over in a
    verb joined after the act just coded ("summoned the envoy and handed him a note demanding
    that ...", "met the envoy and handed him a note asking for ..."): the meeting and the
    demand it delivered are two acts, as with "summoned the envoy and demanded ..."; a note
    sent by the first verb itself ("sent a note demanding ...") states that act's demand."""
    host = _note_conjunct(ctx, hit.trigger)
    return (
        host is not None
        and host.i == first.trigger.i
        and hit.code[:2] in ctx.rules.carried_roots
        and first.code[:2] not in ctx.rules.conflict_roots
    )


def _carried_demands_first(ctx: _Ctx, hits: list[_Hit]) -> list[_Hit]:
    """The hits with a demand a note carries put before the handing of that note: "handed the
    ambassador a protest note demanding the return of the boats" tells the demand (10), and
    the handing (114) restates it as one act, as "handed him a note demanding ..." codes the
    demand alone; the order makes the demand the pair's first act (the second is dropped)."""
    out = list(hits)
    for demand in hits:
        if demand.target is None or demand.code[:2] not in ctx.rules.demand_roots:
            continue
        carrier = _carrier(ctx, demand.trigger)
        if carrier is None or carrier.head == carrier.i or carrier.dep not in _OBJ:
            continue
        handing = next(
            (
                h
                for h in out
                if h.trigger.i == carrier.head
                and h.code[:2] != demand.code[:2]
                and _same_pair(h, demand)
            ),
            None,
        )
        if handing is not None and out.index(handing) < out.index(demand):
            out.remove(demand)
            out.insert(out.index(handing), demand)
    return out


def _note_conjunct(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb the handing of a note is joined after, for the participle that tells the note's
    words ("summoned the envoy and handed him a note demanding ..." gives "summoned"), or None."""
    carrier = _carrier(ctx, verb)
    if carrier is None or carrier.head == carrier.i:
        return None
    return _bare_conjunct(ctx, ctx.tok(carrier.head))


def _sequenced_gerund(ctx: _Ctx, t: Token) -> bool:
    """Whether a trigger is a gerund under "before"/"after" ("fought X before agreeing to a
    truce with X"): an act in sequence with its host's, not a restatement of it."""
    if t.dep != "pcomp" or t.tag != "VBG" or t.head == t.i:
        return False
    prep = ctx.tok(t.head)
    return prep.dep == "prep" and prep.lemma.lower() in ctx.rules.sequence_preps


def _leading_clause(ctx: _Ctx, t: Token) -> bool:
    """Whether a trigger heads an adverbial clause set before the verb it hangs on.

    "While visiting Kyiv, ...", "After meeting Ishiba, ...", "The president, hosting his
    Finnish counterpart, ...": the clause tells an act of its own; a trailing one ("...,
    threatening to cut aid") mostly elaborates its host.
    """
    cur = t
    if _apposed_participle(ctx, cur):
        return True
    if cur.dep == "pcomp" and cur.head != cur.i:
        cur = ctx.tok(cur.head)  # "after meeting X": the preposition hangs on the host
        if cur.dep != "prep":
            return False
    elif cur.dep != "advcl" and not _fronted_participle(ctx, cur):
        return False
    return cur.head != cur.i and cur.i < cur.head


_PARALLEL_WINDOW = 2  # sentences back that "also expressed concern" joins a reaction


def _parallel(hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int) -> list[_Hit]:
    """ "The United States condemned the incident. Japan and Australia also expressed concern."

    A reaction with no target that says "also" joins the latest act of the same root by
    another actor, up to _PARALLEL_WINDOW sentences back: it takes every target that act's
    trigger had.
    """
    src = hit.source.actor
    assert src is not None
    root = hit.code[:2]
    for index, earlier in reversed(coded):
        if sent_index - index > _PARALLEL_WINDOW:
            break
        e_src = earlier.source.actor
        if e_src is None or earlier.target is None or e_src.principal == src.principal:
            continue
        if earlier.code[:2] != root:
            continue  # "France also voiced concern" joins a criticism, not a veto (12)
        targets = [
            h.target
            for i, h in coded
            if i == index and h.trigger.i == earlier.trigger.i and h.target is not None
        ]
        out, seen = [], set()
        for t in targets:
            if t.actor is None or t.actor.principal in seen or t.actor.principal == src.principal:
                continue
            seen.add(t.actor.principal)
            out.append(replace(hit, target=t))
        return out
    return []


def _latest_sides(
    ctx: _Ctx,
    coded: list[tuple[int, _Hit]],
    sent_index: int,
    mediator: str,
    roots: frozenset[str],
    hosts: frozenset[str] = frozenset(),
    one_way: bool = False,
) -> list[Mention]:
    """The two sides of the latest negotiating act (roots) coded both ways ("A and B held
    talks", "signed an agreement"): a pair that only traded blows or charges held no talks.
    With ``hosts`` (a hosting act's subjects), a pair that met in another state than theirs
    met at no meeting they hosted ("Iran and Saudi Arabia held talks in Baghdad. Norway hosted
    the meeting on Arctic fisheries"; "Egypt and Qatar hosted the talks" held in Cairo); a
    go-between may mediate anywhere. ``one_way``: the doer and the one done to of the latest
    act of a deed mediated, as states ("Iran released two French citizens ... Oman said it had
    mediated the release": Iran and France)."""
    for index, earlier in reversed(coded):
        if sent_index - index > _CONTEXT_WINDOW:
            break
        a, b = earlier.source, earlier.target
        if a.actor is None or b is None or b.actor is None or earlier.code[:2] not in roots:
            continue
        if mediator in (a.actor.principal, b.actor.principal):
            continue
        if one_way:
            return [_as_state(m) for m in (a, b) if m.actor is not None]
        for i, other in coded:
            if (
                i == index
                and other.target is not None
                and other.source.actor is not None
                and other.target.actor is not None
                and other.source.actor.principal == b.actor.principal
                and other.target.actor.principal == a.actor.principal
            ):
                # "held talks in Baghdad": the place hangs on the act or on its object
                venues = {
                    p
                    for h in (earlier.trigger, *ctx.kids(earlier.trigger.i, _OBJ))
                    for p in _place_states(ctx, h, ("in", "at"))
                }
                return [] if hosts and venues and not venues & hosts else [a, b]
    return []


def _compared_stance(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a reaction is a predicative stance compared with others' and about nothing
    ("The United States was more critical.", "Egypt was less enthusiastic."): the lead-in to
    the account the next sentences give, which codes its own act; no act told before is its
    target (rules comparing_words)."""
    t = hit.trigger
    degrees = {k.lemma.lower() for k in ctx.kids(t.i, frozenset({"advmod"}))}
    return (
        hit.noun < 0
        and t.pos == "ADJ"
        and t.dep == "acomp"
        and bool(degrees & ctx.rules.comparing_words)
        and not ctx.kids(t.i, frozenset({"prep"}))
    )


def _authored_by_other(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether the noun a reaction answers names its author by a body's name that is no actor
    ("the decision by FIFA", "FIFA's decision"), or by a common noun of no state in a by-phrase
    ("said the blockade by the unions was illegal"): the act is that body's, not one the
    context holds."""
    nouns = [ctx.tok(hit.noun)] if hit.noun >= 0 else ctx.kids(hit.trigger.i, _OBJ)
    spared = ctx.rules.party_nouns | ctx.rules.generic_plurals
    for noun in nouns:
        owners = ctx.kids(noun.i, frozenset({"poss"}))
        by = [
            o
            for k in ctx.kids(noun.i, frozenset({"prep"}))
            if k.lemma.lower() == "by"
            for o in ctx.kids(k.i, frozenset({"pobj"}))
        ]
        for o in owners + by:
            m = ctx.by_token.get(o.i)
            # a body's name (not a person's: "Trudeau's decision" may be his state's)
            if o.pos == "PROPN" and o.ent_type == "ORG" and (m is None or m.actor is None):
                return True
            if o in by and o.pos == "NOUN" and m is None and o.lemma.lower() not in spared:
                return True
    return False


def _clause_fallback(ctx: _Ctx, hit: _Hit) -> list[_Hit]:
    """The hit aimed at the actors its own clause names (hit.clause), other than its source:
    what is left when the context gives no target."""
    return [
        replace(hit, target=t, context="clause") for t in hit.clause if _differ(ctx, hit.source, t)
    ]


def _commentator_forecast(ctx: _Ctx, verb: Token) -> bool:
    """Whether an act told as coming or possible is in the words of a commentator (an analyst,
    an expert: commentator_nouns): '"Canberra is betting that it can sell iron ore to China,"
    said an analyst', '"Moscow will keep selling gas to Hungary," said an energy analyst' are
    forecasts, no intent of the state. The climb goes up the clauses that carry the act to
    the verb of saying; its subject, or the subject's apposition, is the commentator."""
    cur = verb
    for _ in range(6):
        if cur.dep not in ("ccomp", "conj", "xcomp", "advcl") or cur.head == cur.i:
            return False
        cur = ctx.tok(cur.head)
        if cur.lemma.lower() in ctx.rules.speech_verbs:
            break
    else:
        return False
    for s in ctx.kids(cur.i, _SUBJ):
        heads = [s, *ctx.kids(s.i, frozenset({"appos"}))]
        if any(h.lemma.lower() in ctx.rules.commentator_nouns for h in heads):
            return True
    return False


def _forecast_by_other(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether an answer announced is told by another state's speaker, as a forecast: '"Russia
    will respond," a German diplomat predicted', "Washington said Moscow would respond"; a
    vow is its own state's ("Peskov said Russia would respond", "He said Warsaw would
    respond"). A commentator's is a forecast too ("Analysts said Moscow would respond":
    commentator_nouns)."""
    verb = hit.trigger
    if verb.dep != "ccomp" or verb.head == verb.i:
        return False
    subjects = _subject_tokens(ctx, ctx.tok(verb.head))
    if any(s.lemma.lower() in ctx.rules.commentator_nouns for s in subjects):
        return True
    sayers = [m for m in _actors(ctx, subjects, "source") if m.actor is not None]
    own = _principal(hit.source)
    return bool(sayers) and all(_principal(m) != own for m in sayers)


def _outcome_of_other(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int) -> bool:
    """Whether the result noun a reaction answers ("welcomed the outcome": result_nouns) is the
    result of a process, not of the deed told before: an of-phrase names it ("the outcome of
    the summit"), or a sentence after the latest deed of the noun's kind tells a process with
    an outcome of its own (outcome_processes: "Canada and Mexico held talks", "voters elected
    a president"). Words said between ("Congo condemned the decision", a quote) leave the
    deed ("Hungary blocked the embargo ... Rwanda welcomed the outcome")."""
    rules = ctx.rules
    nouns = [ctx.tok(hit.noun)] if hit.noun >= 0 else ctx.kids(hit.trigger.i, _OBJ)
    results = [n for n in nouns if n.lemma.lower() in rules.result_nouns]
    if not results:
        return False
    if any(k.lemma.lower() == "of" for n in results for k in ctx.kids(n.i, frozenset({"prep"}))):
        return True
    kinds = rules.reaction_matches.get(results[0].lemma.lower(), frozenset())
    deeds = [
        i
        for i, e in coded
        if i < sent_index and e.code[:2] in kinds and e.code[:2] not in rules.answering_roots
    ]
    for index in range(sent_index - 1, max(deeds, default=ctx.first_body - 1), -1):
        sent = ctx.parse.sentences[index]
        for root in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if root.head != root.i or root.pos not in ("VERB", "AUX"):
                continue
            words = [root, *ctx.kids(root.i, _SUBJ | _OBJ | frozenset({"xcomp"}))]
            if any(w.lemma.lower() in rules.outcome_processes for w in words):
                return True
    return False


def _state_body(m: Mention) -> bool:
    """Whether a group subject acts for a body: a state's with a role ("Chinese warships",
    "Turkey's navy": MIL) or an organisation's ("IAEA inspectors"), not a state's people,
    who have none ("a million Germans")."""
    return (
        m.kind == "group"
        and m.actor is not None
        and (bool(m.actor.role) or m.actor.principal not in _state_codes())
    )


def _unless_group(ctx: _Ctx, m: Mention, pattern: Pattern) -> bool:
    """Whether a group subject names itself by one of the pattern's unless_words ("Thai and
    Cambodian forces clashed over a temple": forces fight; "the two governments" quarrel)."""
    return m.kind == "group" and bool(_mention_lemmas(ctx, m) & pattern.unless_words)


def _mention_lemmas(ctx: _Ctx, m: Mention) -> set[str]:
    """The lowercased lemmas of a mention's own words."""
    return {t.lemma.lower() for t in ctx.parse.tokens[m.token_start : m.token_end]}


def _modified_subject(ctx: _Ctx, verb: Token, m: Mention) -> set[str]:
    """The lemma of the verb's subject noun a mention only modifies ("Israeli shells":
    shell), for subject_words and unless_subject: a state's weapon stands for the state as
    its craft does, and is told apart by its noun."""
    span = range(m.token_start, m.token_end)
    out: set[str] = set()
    for t in _subject_tokens(ctx, verb):
        if t.i in span:
            continue
        # "a team of 40 Cuban doctors", "a medical team from Jordan": a crew noun's people
        # ("the first deployment of NATO peacekeeping troops": rules arriving_partitives)
        crews = ctx.rules.crew_nouns | ctx.rules.arriving_partitives
        heads = [t] + [
            p
            for p in _preps(ctx, t, frozenset({"of"}))
            if t.lemma.lower() in crews and p.pos == "NOUN"
        ]
        owned = [
            c
            for h in heads
            for k in ctx.kids(h.i, _OWNER_MODS) + _preps(ctx, h, frozenset({"from"}))
            for c in _conjuncts(ctx, k)
        ]
        if any(k.i in span for k in owned):
            out |= {h.lemma.lower() for h in heads}
            out |= {
                k.lemma.lower()
                for h in heads
                for k in ctx.kids(h.i, frozenset({"compound", "amod"}))
            }
    return out


def _freed_states(ctx: _Ctx, hit: _Hit) -> set[str]:
    """The states whose people a reaction's noun of freeing names ("welcomed the release of
    the two Poles": POL): freed, so no author of the release (freeing_nouns)."""
    if hit.act not in ctx.rules.freeing_nouns:
        return set()
    nouns = [o for o in ctx.kids(hit.trigger.i, _OBJ) if o.lemma.lower() == hit.act]
    freed = _actors(ctx, [p for n in nouns for p in _preps(ctx, n, frozenset({"of"}))], "target")
    return {_principal(m) for m in freed}


def _restated_apology(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]]) -> bool:
    """Whether a disapproval told as regret (apology_feelings) comes from a state that has
    apologized (055) to its target earlier in the story: the apology restated."""
    if not hit.code.startswith("11") or hit.target is None:
        return False
    if not any(
        o.lemma.lower() in ctx.rules.apology_feelings
        for o in (hit.trigger, *ctx.kids(hit.trigger.i, _OBJ))
    ):
        return False
    own, aimed = _principal(hit.source), _principal(hit.target)
    below, owners = [hit.trigger.i], []
    while below:  # "regretted Hanoi's decision": an act the target is named to own
        k = below.pop()
        below.extend(  # (not whom it was told to: "to Mongolia's ambassador")
            c for c in ctx.parse.children[k] if ctx.tok(c).lemma.lower() not in ("to", "with")
        )
        owners += [ctx.tok(k)] if ctx.tok(k).dep == "poss" else []
    if any(_principal(m) == aimed for m in _actors(ctx, owners, "target")):
        return False
    return any(
        h.code.startswith("055")
        and h.target is not None
        and _principal(h.source) == own
        and _principal(h.target) == aimed
        for _, h in coded
    )


def _findings_judged(ctx: _Ctx, verb: Token, name: set[str], pattern: Pattern) -> bool:
    """Whether a naming judges what a body's findings tell, not the body: "France called the
    IAEA report alarming", "described the UN findings as alarming" (findings_nouns named, and
    no wrong named but alarm_names) is alarm at the facts reported, no rebuke of the agency;
    "called the report biased" blames it."""
    if not any(o.lemma.lower() in ctx.rules.findings_nouns for o in ctx.kids(verb.i, _OBJ)):
        return False
    wrongs = name & (pattern.outweigh_words | pattern.object_words | pattern.clause_words)
    return bool(name & ctx.rules.alarm_names) and wrongs <= ctx.rules.alarm_names


def _with_context(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The hit with its target(s) taken from the article's earlier events (none if not found).

    "China denounced the new tariffs" after "Trump imposed tariffs on China": the reaction's
    target is who last acted on China. "The Russian attack damaged a school" after "Russia
    struck Kharkiv": the attack continues Russia's last attack, on the same target.
    """
    src = hit.source.actor
    if src is None or _naming_restated(ctx, hit.trigger) or _compared_stance(ctx, hit):
        return []
    if _authored_by_other(ctx, hit):
        return []  # "regretted the decision by FIFA": the act named is no state's
    if hit.pattern.future_only and _forecast_by_other(ctx, hit):
        return []  # '"Russia will respond," a German diplomat predicted': no Russian vow
    matches = ctx.rules.reaction_matches
    if hit.answers == matches["vowed retaliation"] and any(
        i == sent_index and _same_source(h, src.principal) for i, h in coded
    ):
        # "denounced the drills and warned that Pyongyang would take countermeasures": a vow
        # after the source's own answer in its sentence is that answer's (_own_answer), no
        # reply to words aimed at the source before
        hit = replace(hit, answers=matches["retaliation"])
    if _outcome_of_other(ctx, hit, coded, sent_index):
        return []  # "Voters elected a new president. Turkey welcomed the outcome": no deed's
    if hit.context == "reaction":
        # "invited her Omani counterpart to visit Sofia, and he accepted": the invitation its
        # own sentence told first is what a bare acceptance answers, before any earlier act
        accepted = _invitation_accepted(ctx, hit, sent_index, own_sentence=True)
        if accepted:
            return accepted
    defended = _defended_deed(ctx, hit, coded, sent_index)
    if defended:
        return defended  # "Uganda's government defended the operation": Kenya's protest
    if _defends_forces(ctx, hit):
        return []  # "defended Ghana's soldiers", or its own with no deed protested: nothing answered
    if hit.context == "elected":
        return _elected_state(ctx, hit, sent_index)  # "congratulated the winner": the vote's
    if hit.context == "givers":
        return _thanked_givers(ctx, hit, coded, sent_index)  # "thanked the donors": theirs
    coup = _coup_state(ctx, hit, sent_index)  # "France condemned the coup": the state it was in
    if coup:
        return coup
    joined = _joined_reaction(ctx, hit, coded, sent_index)  # "joined Seoul in condemning"
    if joined:
        return joined
    if hit.context == "parallel":
        # "The deal was also welcomed by the EU": the story's one deal's parties, whatever
        # reaction was told just before ("X thanked Y")
        deal = _deal_reaction_parties(ctx, hit, coded, sent_index)
        joined = deal or _parallel(hit, coded, sent_index)
        # "Peru also welcomed the vote" with no reaction of its kind just told: the vote's
        return joined or (_told_act(ctx, hit, coded) if hit.noun >= 0 else [])
    if hit.context == "mediation":
        hosts = frozenset(
            {src.principal, *_named_principals(ctx, ctx.kids(hit.trigger.i, _SUBJ))}
            if hit.code.startswith(_HOSTING)
            else ()
        )
        roots = ctx.rules.negotiating_roots
        if hit.act:  # "mediated the release": the deed's two parties
            done = _act_roots(ctx, hit.act)
            sides = _latest_sides(ctx, coded, sent_index, src.principal, done, one_way=True)
        else:
            sides = _latest_sides(ctx, coded, sent_index, src.principal, roots, hosts)
        chosen = sides or list(hit.fallback)
        return [replace(hit, target=t) for t in chosen if _differ(ctx, hit.source, t)]
    if hit.context == "similar":
        return _similar_deed(ctx, hit, coded, sent_index)
    if hit.context == "appeal":
        # "urged Kabul and Islamabad to talk and offered to host them": the appeal's sides;
        # with none joined, an offer told alone ("Saudi Arabia offered to mediate") is made
        # to the sides its source just spoke with, or to those of the latest quarrel, as an
        # appeal for calm is (a party to it offers no go-between's help)
        joined = _joined_appeal_sides(ctx, hit, coded, sent_index)
        if joined or not _offered_go_between(ctx, hit.trigger):
            return joined
        offered = _contacted_sides(ctx, hit, coded, sent_index)
        offered = offered or _conflict_sides(ctx, hit, coded, sent_index, ctx.rules.disputed_roots)
        return offered if len({_principal(h.target) for h in offered if h.target}) > 1 else []
    if hit.context == "sides":
        # "Cyprus urged restraint" after an act that coded nothing: an appeal to its actor
        appeals = _contacted_sides(ctx, hit, coded, sent_index)
        appeals = appeals or _conflict_sides(ctx, hit, coded, sent_index)
        return appeals or _uncoded_authors(ctx, hit, coded, sent_index)
    if hit.context == "patient":
        # "Poland's ambassador was summoned": the hit holds the patient as its source
        if _own_forces_reported(ctx, hit):
            return []  # "its soldiers had been told to avoid any contact, the ministry said"
        other = _summoning_place(ctx, hit)  # "... summoned to the Polish Foreign Ministry"
        other = other or _hosting_place(ctx, hit)  # "Chile's minister was received in Lima"
        if hit.code[:2] in ctx.rules.held_patient_roots:
            # "Two Peruvian fishermen were detained": only where they were held tells by whom
            # (a detention told again is the story's restatement, review283), or the one
            # state that reports it ("..., Peru's interior ministry said")
            other = other or _held_reporter(ctx, hit, coded, sent_index)
            return [] if other is None else [replace(hit, source=other, target=hit.source)]
        other = other or _according_state(ctx, hit)  # "..., according to Poland's ministry"
        if other is None and _handed_envoys(ctx, hit.trigger):
            other = _summoner(hit, coded)  # "Ambassador X was handed a note demanding ..."
        if other is None:
            other = _jailer(ctx, hit, coded, sent_index)  # "The Uzbek airmen were released"
        if other is None:
            other = _counterpart(ctx, hit, coded, sent_index, reply=False)
        if other is None:
            other = _reporting_state(ctx, hit)  # "Iraq's minister said the envoy was summoned"
        if other is None:
            other = _dateline_summoner(ctx, hit)  # "QUITO — The Colombian ambassador was ..."
        return [] if other is None else [replace(hit, source=other, target=hit.source)]
    if hit.context == "told":
        # the envoy a charge about the act was told to, when no telling gives its author
        out = _told_act(ctx, hit, coded) or _clause_fallback(ctx, hit)
        said = ctx.tok(hit.noun).lemma.lower() if hit.noun >= 0 else ""
        out = out or _deal_reaction_parties(ctx, hit, coded, sent_index)  # "praised the deal"
        out = out or _joint_statement_parties(ctx, hit, sent_index)  # "..., the two said"
        out = out or _offer_to_reactor(ctx, hit, coded, sent_index)  # "welcomed the offer"
        out = out or _told_owner(ctx, hit, coded, sent_index)  # "said the boats fished illegally"
        if out or said not in ctx.rules.deed_kind_nouns or _preps(ctx, ctx.tok(hit.noun), _OF):
            return out or _accused_deed(ctx, hit, coded, sent_index)  # "called the shooting"
        # "told hundreds of Cambodian migrants to leave ... Cambodia said the expulsions were
        # cruel": no word tells the act, but a noun of a hostile deed's kind answers the latest
        # act of its roots, as "called the expulsions cruel" does (context "deed"); not words
        # ("said the claims were false": _claimed_by's), nor a noun whose of-phrase names what
        # was done ("the deployment of the rig"), which only its telling places
        answers = ctx.rules.reaction_matches[said]
        deed = replace(hit, context="deed", answers=answers, named=True, act=said)
        out = [h for h in _latest_deed(ctx, deed, coded, sent_index) if h.target is not None]
        return out or _accused_deed(ctx, hit, coded, sent_index)
    if hit.context == "visited":
        return _met_partner(ctx, hit, coded, sent_index)
    if hit.context == "deed":
        freed = _freed_states(ctx, hit)
        out = [
            h
            for h in _latest_deed(ctx, hit, coded, sent_index)
            if h.target is not None and _principal(h.target) not in freed
        ]
        # "Mali condemned the pact. It warned ... Russia also criticized the move": not Mali's
        out = _fellow_critic_deed(ctx, hit, out, coded, sent_index)
    elif hit.context == "delivery" and (
        _own_receiver(ctx, hit) or _self_funded(ctx, hit) or _helped_own_work(ctx, hit)
    ):
        # "also gave $3 million to its own charities", "borrowed from China to build dams",
        # "will help Vietnam build a metro line": a gift kept at home
        return []
    elif hit.context == "delivery" and _joined_gift(ctx, hit, coded, sent_index):
        return []  # "pledged $10 million and sent a medical team": the pair's aid told once
    elif hit.context == "delivery":
        out = _delivery_partner(ctx, hit, coded, sent_index)
        out = out or _project_sides(ctx, hit, coded, sent_index)
        out = out or _mission_owner(ctx, hit)  # "for the mission": the AU's, named before
        out = out or _placed_recipient(ctx, hit)  # "to clear mines in northern Ghana"
        out = out or _giver_recipient(ctx, hit, coded, sent_index)  # where its own aid went
        out = out or _sole_recipient(ctx, hit, coded, sent_index)
        out = out or _fellow_recipient(ctx, hit, coded, sent_index)
        out = out or _lead_recipient(ctx, hit, coded, sent_index)  # the lead's one recipient
        out = out or _host_recipient(ctx, hit, coded, sent_index)  # money: the dateline's state
        out = [h for h in out if not _fellow_giver(ctx, h)]
        if hit.code[:2] in ctx.rules.delivery_roots or hit.act in ctx.rules.aid_nouns:
            # goods that no deal in reach named are no part of it (_delivery_partner); aid
            # offered ("offered Turkish help") is a gift only, no act on a counterpart
            return out
    elif hit.context == "counterpart":
        # "Uganda released six of the men": whom it held before, else its counterpart
        out = _freed_state(ctx, hit, coded, sent_index)
    elif hit.context == "reaction" and hit.pattern.no_object and hit.code[:2] == _REFUSAL_ROOT:
        # "Libya refused.": only the one asked refuses (v.refused)
        return _asked_of_reactor(ctx, hit, coded, sent_index, hit.answers)
    else:
        # "... a Chilean spokeswoman said ... Peru rejected the remarks": the voice just heard
        found = _remarked_just_before(ctx, hit, coded, sent_index)
        found = found or _context_target(ctx, hit, coded, sent_index)
        if found is None and hit.act in ctx.rules.claim_nouns:
            out = _claimed_by(ctx, hit, coded, sent_index)
        elif found is None and hit.act in ctx.rules.voiced_nouns:
            out = _voiced_by(ctx, hit, coded, sent_index)  # "rejected the criticism"
        else:
            out = [] if found is None else _co_authored(ctx, found, coded)
            pointed = hit.noun >= 0 and _pointed_voicing(ctx, ctx.tok(hit.noun), hit.act)
            if found is not None and hit.act in ctx.rules.voiced_nouns and not pointed:
                # "rejected the criticism" answers every critic; "that criticism" the one told
                out += _fellow_voicers(ctx, hit, out, coded, sent_index)
        if not out and found is None:
            # "Chilean lawmakers accused Bolivia of dumping sugar. Bolivia rejected the
            # accusation": the charge's maker, though its charge coded nothing
            out = _charged_before(ctx, hit, coded, sent_index)
    if not out and hit.context == "reaction" and hit.code[:2] in ctx.rules.deed_roots:
        out = _parallel_deed(ctx, hit, coded, sent_index)  # "Niger also recalled its envoy"
    if not out and hit.clause and hit.context != "continued":
        # the context rules found nothing: the one actor the trigger's own clause names
        return _clause_fallback(ctx, hit)
    if not out and hit.noun >= 0:
        out = _told_act(ctx, hit, coded)  # "China criticized the pact" Japan and Manila signed
        if out:
            return out
    verbal = ctx.rules.reaction_roots | ctx.rules.antecedent_roots
    if not out and hit.context == "reaction" and hit.noun < 0 and not hit.pattern.reaction:
        if hit.code[:2] in verbal and (not hit.act or hit.act in ctx.rules.feeling_nouns):
            out = _decided_before(ctx, hit, coded)  # "Austria expressed regret": a decision
            if out:
                return out
    if not out:
        out = _uncoded_authors(ctx, hit, coded, sent_index)  # "Greece reacted angrily."
    if not out and hit.context == "reaction":
        out = _invitation_accepted(ctx, hit, sent_index)  # "invited him ... He accepted."
    if not out:
        out = _own_answer(ctx, hit, coded, sent_index)  # "condemned the duties ... would respond"
    if not out:
        out = _accused_deed(ctx, hit, coded, sent_index)  # "accusing Addis Ababa ... the move"
    if not out:
        out = _denied_deed(ctx, hit, coded, sent_index)  # "denied that its aircraft had crossed"
    if not out:
        out = _denial_tellers(ctx, hit, coded, sent_index)  # "X said ... Y denied that ..."
    if not out and not _forecast_by_other(ctx, hit):
        # "Georgia and Armenia signed a pipeline deal ... Russia objected.": the story's deal;
        # '"Ankara will respond," an analyst predicted' is no vow of Ankara's
        out = _lead_deal_parties(ctx, hit, coded, sent_index)
    if not out:
        out = _lead_named_act(ctx, hit, coded, sent_index)  # "regretted the expulsion": the lead's
    if not out:
        out = _office_judged(ctx, hit)  # "The Australian Embassy in Jakarta praised the raid"
    if out or hit.context == "continued" or hit.named or not _trigger_told(ctx, hit.trigger):
        return out  # "condemned the attack" answers the attacker only, found or not
    # nothing of the kind told: the source's counterpart; a reaction, only who acted on it
    reply = hit.context in ("reaction", "deed") or hit.code[:2] in ctx.rules.reaction_roots
    other = _counterpart(ctx, hit, coded, sent_index, reply)
    if other is None and hit.context == "counterpart":
        other = _urged_before(ctx, hit, coded, sent_index)  # "urged Peru to ... It criticized"
        if other is None:
            # "warned that Moscow could not ...", "asked to be consulted": of the story's deal
            return _deal_warning(ctx, hit, coded, sent_index) or _deal_consulted(
                ctx, hit, coded, sent_index
            )
    return [] if other is None else [replace(hit, target=other, context="counterpart")]
