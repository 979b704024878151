"""Implicit targets from the article around a sentence: reactions and the deeds they answer,
uncoded earlier acts, counterparts, deliveries and projects, act nouns told before, decisions
and claims, background sentences (the `+reaction`, `+deed`, `+antecedent` rules).

Apart because these read earlier sentences and events, not only the sentence being coded.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from newsgraph.actors.plurals import bordering_states
from newsgraph.events.clauses import (
    _carrier_sender,
    _content_clauses,
    _contrasted_clause,
    _misread_clause,
    _own_future_clauses,
    _subject_tokens,
    _under,
)
from newsgraph.events.context import (
    _background_act,
    _ANY_SUBJ,
    _ADVMOD,
    _CCOMP,
    _CONJ,
    _XCOMP,
    _BYSTANDER_WINDOW,
    _CONTEXT_WINDOW,
    _DENIED_CHARGE_WINDOW,
    _Ctx,
    _HELP,
    _Hit,
    _OBJ,
    _PREP,
    _OF,
    _PASSIVE_SUBJ,
    _QUOTE_MARKS,
    _SUBJ,
    _act_roots,
    _authored,
    _definite_noun,
    _deverbal,
    _infinitive,
    _own_aside,
    _pobjs,
    _preps,
    _principal,
    _state_codes,
    _verb_up,
    _first_conjunct,
    _same_act,
    _as_state,
    _tensed,
)
from newsgraph.events.coordination import (
    _differ,
    _drafted,
    _kind_only,
    _named_author,
    _subject_clauses,
)
from newsgraph.events.geo import resolve_place
from newsgraph.events.modality import (
    _REFUSAL,
    _agreed_term,
    _announcers,
    _body_actors,
    _conditioned,
    _denied_pronoun,
    _lemmas_under,
    _modal_head,
    _on_condition,
    _remark_withheld,
)
from newsgraph.events.parties import (
    _trailing_participle_of,
    _actors,
    _conj_host,
    _game,
    _modality,
    _negated,
    _no_object,
    _summed_clause,
)
from newsgraph.events.objects import _amount, _demonym_people, _own_marked
from newsgraph.events.patterns import Pattern
from newsgraph.events.sides import (
    _mention_counts,
    _TOLD_WINDOW,
    _dateline_host,
    _deescalating,
    _held_named,
    _quoted_present,
    _reactors_own_word,
    _telling_authors,
    _told,
    _told_addressee,
)
from newsgraph.model import Actor, Mention, Parse, Sentence, Token


def _answered(answers: frozenset[str], code: str) -> bool:
    """Whether a reaction's object may answer an act of this code: its root is listed
    (reaction_matches), or the code itself where only one kind of a root fits ("the attack"
    answers water cannon fired, 175, not an arrest, 173)."""
    return code[:2] in answers or code[:3] in answers


def _private(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention is a group of people who act for no state ("Chinese investors",
    "British journalists", "Sudanese rebels"), not the state's own outlet or firm ("state
    television", Xinhua), nor the armed men of a people with no state ("Hamas militants")."""
    rules = ctx.rules
    if m.actor is None or m.actor.role.lower() not in rules.private_roles or m.kind == "name":
        return False
    if m.actor.principal.lower() in rules.stateless_peoples:
        return False
    words = {t.text.lower() for t in ctx.parse.tokens[m.token_start : m.token_end]}
    # "North Korea's official KCNA news agency": a modifier just before the mention as well
    start = m.token_start
    while start > 0 and ctx.tok(start - 1).dep == "amod" and ctx.tok(start - 1).head >= m.token_start:
        start -= 1
        words.add(ctx.tok(start).text.lower())
    parts = {p for w in words for p in w.split("-")}  # "state-run" as one token or three
    return not (words | parts) & (rules.state_role_words | rules.nation_nouns)


def _same_source(hit: _Hit, principal: str) -> bool:
    """Whether a hit is an act of `principal` (_principal of its source): the earlier acts a
    source's next act continues are its own only, and a source with no actor ("") is
    nobody's, so it never continues another's act nor matches another actorless one."""
    return principal != "" and _principal(hit.source) == principal


def _relative(ctx: _Ctx, t: Token) -> bool:
    """Whether a token sits in a relative clause ("a pact he negotiated with Canada")."""
    cur = t
    for _ in range(12):
        if cur.dep == "relcl":
            return True
        if cur.head == cur.i:
            return False
        cur = ctx.tok(cur.head)
    return False


def _asker_relative(ctx: _Ctx, verb: Token, sources: Sequence[Mention]) -> bool:
    """Whether a verb heads a relative clause told of its own source, its subject the relative
    pronoun ("Namibia's mines ministry, which asked for the review"; not "a rally at which its
    leaders called for ...")."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return False
    if not any(s.tag in ("WDT", "WP") for s in ctx.kids(verb.i, _SUBJ)):
        return False
    antecedent = ctx.by_token.get(verb.head)
    own = {_principal(s) for s in sources}
    return antecedent is not None and antecedent.actor is not None and _principal(antecedent) in own


_THREAT_ROOT = "13"  # a warning coded from a complaint (_asked_of_complained) is no deed


def _complaint_warning(earlier: _Hit) -> bool:
    """Whether a coded act is a warning aimed by its source's complaint just before
    (_asked_of_complained): words that answer that complaint's deed, no deed a later reaction
    answers ("Russia summoned Japan's ambassador ... warned that Moscow would answer. North
    Korea called the sanctions a hostile act": Japan's sanctions, not Russia's warning)."""
    return earlier.context == "asked" and earlier.code[:2] == _THREAT_ROOT

_BLAMING_ROOTS = frozenset({"11", "12"})  # reactions no one aims at its own deed (_latest_deed)
_UNCODED_WINDOW = 3  # sentences back that an uncoded act a reaction answers may be told


def _invitation_accepted(
    ctx: _Ctx, hit: _Hit, sent_index: int, own_sentence: bool = False
) -> list[_Hit]:
    """A bare acceptance answers the invitation or offer told just before it, coded or not.

    "Peru's president invited him to visit Lima. The Chilean leader accepted", "Vargas invited
    his Uruguayan counterpart to Asuncion, and the minister accepted": the subjects of the
    latest inviting verb (inviting_verbs), affirmed and not planned, earlier in the
    acceptance's own sentence or else in the sentence before, are whom it answers; an invitation
    of the accepter's own state, or inviters of two states, give nothing (the pronoun "he" may
    stand for either side). Only an acceptance with no object (accepting_verbs): "accepted the
    invitation" names what it answers (v.accept_told_invitation). ``own_sentence``: only an
    invitation earlier in the acceptance's own sentence (_with_context reads it first).
    """
    verb = hit.trigger
    if verb.lemma.lower() not in ctx.rules.accepting_verbs or ctx.kids(verb.i, _OBJ):
        return []
    for index in (sent_index,) if own_sentence else (sent_index, sent_index - 1):
        if index < ctx.first_body:
            break
        sent = ctx.parse.sentences[index]
        end = verb.i if index == sent_index else sent.token_end
        inviting = [
            t
            for t in ctx.parse.tokens[sent.token_start : end]
            if t.pos == "VERB"
            and t.lemma.lower() in ctx.rules.inviting_verbs
            and not _negated(ctx, t)
            and _modality(ctx, t) is None
        ]
        if not inviting:
            continue
        inviters: dict[str, Mention] = {}
        for m in _actors(ctx, _subject_tokens(ctx, inviting[-1]), "source"):
            if m.actor is not None and m.actor.principal and not _private(ctx, m):
                inviters.setdefault(m.actor.principal, m)
        invitee = _pronoun_invitee(ctx, hit, inviting[-1], inviters) if index == sent_index else None
        if invitee is not None:
            # "Ruiz invited her Chilean counterpart to visit Lima, and he accepted": the one
            # invited answers, whoever the pronoun was first read as
            hit = replace(hit, source=invitee)
        if len(inviters) != 1 or not all(_differ(ctx, hit.source, m) for m in inviters.values()):
            return []
        return [replace(hit, target=m, context="uncoded") for m in inviters.values()]
    return []


def _pronoun_invitee(
    ctx: _Ctx, hit: _Hit, inviting: Token, inviters: dict[str, Mention]
) -> Mention | None:
    """The one invited, when a pronoun accepts an invitation told earlier in its sentence.

    "Ruiz invited her Chilean counterpart to visit Lima, and he accepted": a pronoun's
    acceptance joined after an invitation answers it, so it stands for the invitee (the
    inviting verb's object, one state's, not the inviter's), not for the inviter the pronoun
    may have been resolved to. A named accepter ("and the Chilean minister accepted") keeps
    its own name.
    """
    subjects = _subject_tokens(ctx, hit.trigger)
    if len(subjects) != 1 or subjects[0].pos != "PRON" or len(inviters) != 1:
        return None
    invitees = {
        m.actor.principal: m
        for m in _actors(ctx, list(ctx.kids(inviting.i, _OBJ)), "target")
        if m.actor is not None and m.actor.principal and not _private(ctx, m)
    }
    if len(invitees) != 1 or set(invitees) & set(inviters):
        return None
    return next(iter(invitees.values()))


def _uncoded_authors(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A hostile reaction with no target answers the act told just before, coded or not.

    "Turkey sent a drill ship into disputed waters. Greece reacted angrily. The EU voiced
    concern": an act with no target of its own (or one done to a state's media, ships or
    citizens) is coded as nothing, but the states that answer it answer its actor. Going back
    up to _UNCODED_WINDOW sentences over sentences of reactions only (answering_roots with no
    target of their own), the first other sentence must tell, in its main clause, an act of
    a state or IGO other than the reactor, affirmed and done, on no domestic object ("raised
    its budget"). A sentence with a coded act, an act of someone else (protesters, a
    company) or the reactor's own act ends the search with nothing.
    """
    rules = ctx.rules
    # "said it was deeply concerned": the predicate's verb tells it
    verb = ctx.tok(hit.trigger.head) if hit.trigger.dep in ("acomp", "attr") else hit.trigger
    said = ctx.tok(verb.head)
    told = _told(ctx, verb) or (  # "called the ban illegal and said it would retaliate"
        verb.dep == "ccomp" and said.lemma.lower() in rules.speech_verbs and _told(ctx, said)
    )
    if hit.code[:2] not in rules.answering_roots or not told:
        return []
    if hit.context not in _UNCODED_CONTEXTS or (hit.code[:2] == "02") != (hit.context == "sides"):
        return []  # "appealed for $800 million" asks no one; "urged restraint" answers the act
    if hit.noun < 0 and ctx.kids(hit.trigger.i, frozenset({"ccomp"})):
        return []  # "denied that its planes had entered": a claim, with its own subject
    if hit.act in rules.denied_nouns | rules.claim_nouns or (
        hit.noun < 0 and hit.trigger.lemma.lower() in rules.denying_verbs
    ):
        return []  # "Moscow denied any involvement", "rejected the claims": the accuser's
    if hit.noun < 0 and hit.act and hit.act not in rules.feeling_nouns | rules.answer_nouns:
        return []  # "criticized the attack" after an expulsion: another act, not told
    if _own_topic(ctx, hit.trigger):
        return []  # "voiced concern about rising food prices": a worry of its own
    if hit.context == "sides" and _lemmas_under(ctx, hit.trigger) & rules.party_nouns:
        return []  # "urged both sides to show restraint": sides the story has not named
    for clause in ctx.kids(verb.i, frozenset({"advcl"})):
        # "Japan lodged a protest after China sailed two warships near the islands": the act
        # its own after-clause tells (answered_marks), and no other
        marks = {m.lemma.lower() for m in ctx.kids(clause.i, frozenset({"mark"}))}
        if marks & rules.answered_marks and clause.pos == "VERB":
            authors = _act_authors(ctx, clause, ctx.parse.sentences[sent_index])
            words = list(ctx.parse.subtree(clause.i))
            if not authors or not all(_differ(ctx, hit.source, a) for a in authors):
                return []
            if not _names_act(ctx, hit, words):
                return []
            return [replace(hit, target=a, context="uncoded") for a in authors]
    for index in range(sent_index - 1, max(ctx.first_body, sent_index - _UNCODED_WINDOW) - 1, -1):
        own = ctx.sentence_hits.get(index, ())
        answers = rules.answering_roots | rules.antecedent_roots
        if own and all(
            h.code[:2] in answers
            and h.context
            and (h.target is None or _differ(ctx, hit.source, h.target))
            for h in own
        ):
            # "The EU voiced concern.", "Peru welcomed the vote": other answers, also when the
            # context gave them a target other than the reactor ("The United States condemned
            # the launch. Japan called it unacceptable": the launch, not the condemnation;
            # "France condemned the expulsion. Mali called it interference" is not passed over)
            continue
        if (
            _background_sentence(ctx, index, coded)
            and not _background_act(ctx, hit.trigger)
            and not _set_then(ctx, hit.trigger)  # "In 2021 its navy seized ... Madrid protested at the time"
        ):
            continue  # "In 2021, Spain had hosted ...": told as background, not the act answered
        if any(i == index for i, _ in coded):
            # a coded act: the context rules have spoken, but for a deal or an act on a third
            # state a bystander's bare protest answers ("Egypt and Sudan signed a pact.
            # Ethiopia objected": both)
            speaker = _principal(hit.source)
            if (
                hit.pattern.future_only
                and not _preps(ctx, hit.trigger, frozenset({"to", "against"}))
                and not any(
                    _principal(m) == speaker
                    for m in ctx.by_token.values()
                    if m.sentence_index == index
                )
            ):
                # "Russia cut gas to Bulgaria. Poland said it would respond": an answer
                # announced threatens only one who acted on the speaker; an act told with
                # no word of the speaker ("an Iranian consulate") nor named ("would respond
                # to the deployment") was done to another
                return []
            followed = _followed_answers(ctx, hit, [e for i, e in coded if i == index])
            return _coded_authors(ctx, hit, coded, index) if followed is None else followed
        sent = ctx.parse.sentences[index]
        if _answer_sentence(ctx, sent):
            continue  # "The EU called the agreement a milestone": another answer, uncoded
        # "Canada raised its interest rate. Mexico criticized the move": a summing noun
        # names the lead act told, at home or abroad (an act told later may be a step on
        # the way: "Britain drafted the resolution")
        summed = (
            hit.noun >= 0
            and ctx.tok(hit.noun).lemma.lower() in rules.summing_nouns
            and _lead_sentence(ctx, index)
        )
        authors = _main_act_authors(ctx, sent, summed)
        if not authors or not all(_differ(ctx, hit.source, a) for a in authors):
            return []
        if not _names_act(ctx, hit, ctx.parse.tokens[sent.token_start : sent.token_end]):
            return []
        return [replace(hit, target=a, context="uncoded") for a in authors]
    return []


def _lead_sentence(ctx: _Ctx, index: int) -> bool:
    """Whether a sentence is the story's first with a verb (a dateline before it has none)."""
    return not any(
        t.head == t.i and t.pos == "VERB"
        for sent in ctx.parse.sentences[ctx.first_body : index]
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]
    )


def _own_topic(ctx: _Ctx, verb: Token) -> bool:
    """Whether a feeling names a topic of its own after feeling_preps, not an act told before:
    "voiced concern about rising food prices", "about floods" (an indefinite or bare noun), not
    "over the move" (definite: the act just told)."""
    heads = [verb, *ctx.kids(verb.i, _OBJ)]
    return any(
        k.lemma.lower() in ctx.rules.feeling_preps
        and not _definite_noun(ctx, p)
        and p.i not in ctx.by_token
        and p.pos == "NOUN"
        for h in heads
        for k in ctx.kids(h.i, frozenset({"prep"}))
        for p in _pobjs(ctx, k)
    )


def _answer_sentence(ctx: _Ctx, sent: Sentence) -> bool:
    """Whether a sentence's main verb judges an act told before rather than doing one: its
    object is a definite, unauthored noun of an act ("The EU called the agreement a
    milestone", "Turkey hailed the deal"), which no later bare protest answers (_uncoded_authors
    goes on past it, as past other answers). Only a verb of judging or naming does
    (answering_verbs, naming_verbs): "Israel suspended the agreement" does a new act."""
    roots = [
        t
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]
        if t.head == t.i and t.pos == "VERB"
    ]
    if len(roots) != 1:
        return False
    rules = ctx.rules
    if roots[0].lemma.lower() not in rules.answering_verbs | rules.naming_verbs:
        return False
    acts = rules.act_nouns | rules.agreement_nouns | rules.deed_nouns
    return any(
        _definite_noun(ctx, o) and not _authored(ctx, o) and o.lemma.lower() in acts
        for o in ctx.kids(roots[0].i, _OBJ)
    )


def _names_act(ctx: _Ctx, hit: _Hit, words: Sequence[Token]) -> bool:
    """Whether a reaction's act noun, if any, names the act the words tell ("called the curbs
    coercive" of "imposed export curbs") or sums it up ("the move")."""
    if hit.noun < 0:
        return True
    noun = ctx.tok(hit.noun).lemma.lower()
    return noun in ctx.rules.deed_nouns or any(_same_act(ctx, noun, t) for t in words)


def _coded_authors(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], index: int) -> list[_Hit]:
    """For a hostile reaction that names nothing of its own ("The Maldives protested.", "China
    objected.") by a state no party to a sentence's coded acts: both parties of the one deal
    it codes both ways (joint_roots), or the one author of its acts, none aimed at the
    reactor ("The council voted to open an inquiry into Myanmar": the UN)."""
    if hit.noun >= 0 or hit.context not in ("reaction", "objectless"):
        return []
    events = [e for i, e in coded if i == index and e.target is not None]
    pairs = {(_principal(e.source), _principal(e.target)) for e in events if e.target is not None}
    own = _principal(hit.source)
    if not pairs or any(own in pair for pair in pairs):
        return []
    first = events[0]
    assert first.target is not None
    if len(pairs) == 2 and all(e.code[:2] in ctx.rules.joint_roots for e in events):
        (a, b), other = sorted(pairs)
        if other == (b, a):
            return [replace(hit, target=m, context="uncoded") for m in (first.source, first.target)]
    if (
        len(pairs) == 1
        and hit.trigger.lemma.lower() in ctx.rules.deal_objecting_verbs
        and all(e.code[:2] in ctx.rules.joint_roots and _signed_deal(ctx, e.trigger) for e in events)
    ):
        # "Germany signed a pipeline deal with Poland. Russia objected.": a deal told one way
        # has two parties all the same, as "criticized the deal" answers both (a bare
        # condemnation answers a hostile act, below)
        return [replace(hit, target=m, context="uncoded") for m in (first.source, first.target)]
    # "Russia signed a trade deal with China. Poland condemned.": a deal told one way, or any
    # friendly act, is no act a bare condemnation answers
    hostile = not any(e.code[:2] in ctx.rules.friendly_roots for e in events)
    if hostile and len({a for a, _ in pairs}) == 1:
        return [replace(hit, target=first.source, context="uncoded")]
    return []


def _lead_deal_parties(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """An outsider's bare answer that nothing nearer places: both parties of the story's one
    deal, told both ways in the lead (joint_roots).

    "Georgia and Armenia signed a deal to lay a pipeline ... [a paragraph of details and the
    EU's funding] ... Russia objected", "... It said Moscow would take all necessary steps to
    protect its rights": the objection and the vow answer the deal the story is about, though
    it lies beyond the reach of the acts just told (_uncoded_authors). Only a bare objection
    (deal_objecting_verbs: "reacted sharply" answers a hostile act) or a vow with no aim of
    its own ("would take measures to contain the outbreak" is a matter of its own), by a
    state no party to the deal, when the story codes no other deal both ways before it
    (which one is meant is not said) and no act aimed at the reactor."""
    rules = ctx.rules
    if hit.context != "reaction" or hit.noun >= 0 or hit.act:
        return []
    objection = hit.trigger.lemma.lower() in rules.deal_objecting_verbs
    if not objection and hit.answers != rules.reaction_matches["vowed retaliation"]:
        return []
    return _story_deal(ctx, hit, coded, sent_index)


def _deal_warning(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """An outsider's warning that names no one and answers nothing nearer: both parties of
    the story's one deal, told both ways in the lead (_story_deal).

    "Azerbaijan and Romania signed a deal to lay a power cable under the Black Sea ... Moscow
    reacted coolly. A Russian spokeswoman said the route passed near its navy's waters and
    warned that Moscow could not guarantee the cable's safety": the threat (13) is aimed at
    the deal's makers. Only a warning verb (deal_warning_verbs) told as its source's news, not
    an analyst's forecast, and never when an act was aimed at the warner first (_story_deal).
    The warned clause must tell the warner's own act, its subject the warner by name ("that
    Moscow could not guarantee", "that Beijing would defend its rights"): "warned that prices
    would rise" threatens no one, and the "it" of "warned that it would raise tensions" may be
    the deal. Nor after another party's hostile act, which the warning may answer instead, nor
    after an act of the warner's own."""
    if hit.code[:2] != "13" or hit.noun >= 0 or hit.act:
        return []
    if hit.trigger.lemma.lower() not in ctx.rules.deal_warning_verbs:
        return []
    own = _principal(hit.source)
    doers = [
        m
        for clause in ctx.kids(hit.trigger.i, frozenset({"ccomp"}))
        for m in _actors(ctx, _subject_tokens(ctx, clause), "source")
    ]
    if not any(_principal(m) == own and m.kind != "pronoun" for m in doers):
        return []  # "warned that it would raise tensions": "it" may be the deal itself
    if any(
        i < sent_index and h.code[:2] in ctx.rules.hostile_roots and _principal(h.source) != own
        for i, h in coded
    ):
        return []  # "Argentina accused Chile of overfishing. Bolivia warned ...": which is meant?
    if any(i <= sent_index and _principal(h.source) == own for i, h in coded):
        # "Chile welcomed the plan ... warned that Chile would respond firmly to any threat":
        # the warner's own stance told before decides what its warning answers
        # (test_events_context82)
        return []
    return _story_deal(ctx, hit, coded, sent_index)


def _deal_consulted(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """An outsider's ask to be consulted that names no one: both parties of the story's one
    deal, told both ways in the lead (_story_deal).

    "Zambia and Zimbabwe signed an agreement to share the water of Lake Kariba ... Mozambique,
    which lies downstream, asked to be consulted on any future changes": the ask (02, 10:
    consulted_ask_roots) is made of the deal's makers. Only an ask whose clause is a passive
    of a consulted verb (consulted_verbs) of the asker ("to be consulted") or of a group no
    state is named in ("that all Caspian states be consulted"), and never after another
    party's hostile act, which the ask may answer instead."""
    if hit.code[:2] not in ctx.rules.consulted_ask_roots or hit.noun >= 0 or hit.act:
        return []
    own = _principal(hit.source)
    clauses = [
        c
        for c in ctx.kids(hit.trigger.i, frozenset({"xcomp", "ccomp"}))
        if c.lemma.lower() in ctx.rules.consulted_verbs
        and ctx.kids(c.i, frozenset({"auxpass"}))
    ]
    if not clauses or any(
        _principal(m) != own
        for c in clauses
        for m in _actors(ctx, _subject_tokens(ctx, c), "source")
    ):
        return []  # "asked that Angola be consulted": asked for another, if of anyone
    if any(
        i < sent_index and h.code[:2] in ctx.rules.hostile_roots and _principal(h.source) != own
        for i, h in coded
    ):
        return []  # "Argentina accused Chile of overfishing. Bolivia asked ...": which is meant?
    return _story_deal(ctx, hit, coded, sent_index)


def _bare_deal(ctx: _Ctx, hit: _Hit) -> Token | None:
    """The hit's object when it is "the <deal>" with no author or phrase of its own
    (agreement_nouns, definite): "the deal on gas prices", "the pact signed in May" name
    one of their own, so no deal told elsewhere is meant."""
    if hit.noun < 0:
        return None
    noun = ctx.tok(hit.noun)
    if noun.lemma.lower() not in ctx.rules.agreement_nouns or _authored(ctx, noun):
        return None
    if not _definite_noun(ctx, noun) or ctx.kids(noun.i, frozenset({"prep", "acl", "relcl"})):
        return None
    return noun


def _deal_reaction_parties(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A third party's judgement of "the deal" that no telling in reach placed: both parties
    of the story's one deal, told both ways in the lead (_story_deal).

    "Kenya and Tanzania signed a deal on Lake Victoria fishing ... [a paragraph of quotes,
    details and background] ... The World Bank praised the deal": "the deal" (agreement_nouns,
    definite, no author of its own) is the one the story is about, though its telling lies
    beyond _told_act's window."""
    if _bare_deal(ctx, hit) is None:
        return []
    return _story_deal(ctx, hit, coded, sent_index, deal_told=True)


def _joint_statement_parties(ctx: _Ctx, hit: _Hit, sent_index: int) -> list[_Hit]:
    """A third party's judgement of "the agreement" that no telling placed: the pair that
    announced it together just before or in the lead.

    "Senegal will provide armed escorts for fuel trucks traveling to Mali, the two governments
    said ... The African Union welcomed the agreement", "Chile and Argentina said in a joint
    statement that they would share data on glacier melt. Peru welcomed the agreement": what
    two states announce together (a saying verb whose subjects name two states or more) is
    their agreement, though no word of a deal tells it. Only "the <deal>" with no author or
    phrase of its own (as _deal_reaction_parties), by a state no party to it, from the nearest
    such statement within _BYSTANDER_WINDOW sentences or in the lead, when that sentence
    names no other state (the pair speaking of another's deal: "France and Germany said the
    EU's deal with Mercosur was flawed") and no other pair's statement.
    """
    noun = _bare_deal(ctx, hit)
    if noun is None:
        return []
    own = _principal(hit.source)
    for sent in reversed(ctx.parse.sentences[ctx.first_body : noun.sent]):
        if noun.sent - sent.index > _BYSTANDER_WINDOW and sent.index >= ctx.lead_end:
            continue
        pairs: dict[frozenset[str], list[Mention]] = {}
        for i in range(sent.token_start, sent.token_end):
            t = ctx.tok(i)
            if t.pos != "VERB" or t.lemma.lower() not in ctx.rules.speech_verbs:
                continue
            speakers = _actors(ctx, _subject_tokens(ctx, t), "source")
            principals = frozenset(_principal(m) for m in speakers)
            if len(principals) > 1:
                pairs.setdefault(principals, speakers)
        if not pairs:
            continue
        if len(pairs) > 1:
            return []  # two pairs' statements: which agreement is meant is not said
        pair, speakers = next(iter(pairs.items()))
        named = {
            p
            for i in range(sent.token_start, sent.token_end)
            if (m := ctx.by_token.get(i)) is not None
            for p in ([m.actor.principal] if m.actor is not None else [])
            + [a.principal for a in m.members]
        }
        if own in pair or not named <= pair:
            return []
        return [replace(hit, target=m, context="uncoded") for m in speakers]
    return []


def _story_deal(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int, deal_told: bool = False
) -> list[_Hit]:
    """Both parties of the story's one deal, told both ways in the lead (joint_roots), as the
    targets of a reaction by a state no party to it: none when the story codes another deal
    both ways before the reaction (which one is meant is not said) or an act aimed at the
    reactor (what it may answer). ``deal_told``: the lead or that sentence must also tell a
    deal (agreement_nouns, undertaking_verbs: "agreed to buy", "the deal was announced"), not
    only thanks and praise both ways, which "the agreement" need not mean."""
    own = _principal(hit.source)
    earlier = [(i, h) for i, h in coded if i < sent_index and h.target is not None]
    if any(_principal(h.target) == own for _, h in earlier if h.target is not None):
        return []  # an act aimed at the reactor is what it may answer
    ways: dict[tuple[str, str], tuple[int, _Hit]] = {}
    for i, h in earlier:
        if h.code[:2] in ctx.rules.joint_roots and h.target is not None:
            ways.setdefault((_principal(h.source), _principal(h.target)), (i, h))
    pairs = {frozenset(p) for p in ways if (p[1], p[0]) in ways and p[0] != p[1]}
    if len(pairs) != 1:
        return []
    pair = next(iter(pairs))
    a, b = sorted(pair)
    index, first = min(ways[(a, b)], ways[(b, a)], key=lambda ih: ih[0])
    lead_end = _lead_end(ctx.parse, ctx.first_body, verbs=True)
    if own in pair or index >= lead_end:
        return []
    if deal_told and not _tells_deal(ctx, {*range(ctx.first_body, lead_end), index}):
        return []
    assert first.target is not None
    return [replace(hit, target=m, context="uncoded") for m in (first.source, first.target)]


def _tells_deal(ctx: _Ctx, indices: set[int]) -> bool:
    """Whether one of these sentences tells a deal (agreement_nouns, undertaking_verbs)."""
    words = ctx.rules.agreement_nouns | ctx.rules.undertaking_verbs
    return any(
        t.lemma.lower() in words
        for i in indices
        for t in ctx.parse.tokens[
            ctx.parse.sentences[i].token_start : ctx.parse.sentences[i].token_end
        ]
    )


def _signed_deal(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb's object is a deal (agreement_nouns): "signed a pipeline deal"."""
    return any(o.lemma.lower() in ctx.rules.agreement_nouns for o in ctx.kids(verb.i, _OBJ))


def _followed_answers(ctx: _Ctx, hit: _Hit, events: list[_Hit]) -> list[_Hit] | None:
    """For a bystander's bare protest after a sentence of other states' answers only: the act
    they answer, through their targets ("North Korea fired two missiles. South Korea condemned
    the launch. Japan lodged a protest": PRK, not KOR). An answer is criticism or rejection
    (followed_roots) of a thing done ("condemned North Korea's launch": _act_object), an
    answer whose target came from an earlier act (a context: "Israel warned of consequences"),
    or praise of an earlier act (antecedent_roots, "called the agreement historic");
    a threat or charge told outright ("China threatened Taiwan", "Russia accused Estonia of
    spying") is an act of its own. None when the sentence holds anything else or the protester
    is a party to it (_coded_authors decides)."""
    rules = ctx.rules
    if hit.noun >= 0 or hit.context not in ("reaction", "objectless") or not events:
        return None
    bare = rules.answer_nouns | rules.feeling_nouns
    if any(o.lemma.lower() not in bare for o in ctx.kids(hit.trigger.i, _OBJ)):
        return None  # "Iran criticized a deal reached at talks": an object of its own
    # praise of the act found as an antecedent answers it too ("The EU called the agreement
    # historic. Russia objected": the signers, as after "The EU condemned the agreement")
    answers = [
        e
        for e in events
        if e.target is not None
        and (
            (e.code[:2] in rules.answering_roots and e.context)
            or (e.code[:2] in rules.antecedent_roots and e.context == "antecedent")
            or (e.code[:2] in rules.followed_roots and _act_object(ctx, e.trigger))
        )
    ]
    own = _principal(hit.source)
    if len(answers) != len(events) or any(
        own in (_principal(e.source), _principal(e.target)) for e in answers if e.target is not None
    ):
        return None
    targets = {_principal(e.target): e.target for e in answers if e.target is not None}
    return [replace(hit, target=t, context="uncoded") for t in targets.values()]


def _act_object(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb's object is a thing done, not an actor or words ("condemned North Korea's
    launch", not "accused Estonia of spying", "criticized Estonia", "traded accusations")."""
    objs = ctx.kids(verb.i, _OBJ)
    said = ctx.rules.claim_nouns | ctx.rules.answer_nouns  # "traded accusations": words
    return bool(objs) and all(
        o.pos == "NOUN" and o.i not in ctx.by_token and o.lemma.lower() not in said for o in objs
    )


_UNCODED_CONTEXTS = frozenset({"reaction", "objectless", "deed", "counterpart", "sides"})


def _main_appeal(ctx: _Ctx, sent: Sentence) -> bool:
    """Whether a sentence's main verb asks someone to act ("Ukraine's minister asked the
    committee to ban Russia", "urged Kenya to reopen the border"): an object and an infinitive
    of what is asked, the act not done. An order (deciding_words: "ordered the envoy to
    leave") decides it."""
    return any(
        t.head == t.i
        and t.pos == "VERB"
        and t.lemma.lower() not in ctx.rules.deciding_words
        and ctx.kids(t.i, _OBJ)
        and any(_infinitive(ctx, x) for x in ctx.kids(t.i, _XCOMP))
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]
    )


def _main_act_authors(ctx: _Ctx, sent: Sentence, summed: bool = False) -> list[Mention]:
    """The states or IGOs whose act a sentence's main verb tells, done and affirmed, on an
    object that is no domestic business (none for saying, a copula, or private actors); or
    the act a saying verb reports as done ("Lithuania said it had banned three channels").
    ``summed``: the act a summing noun names ("the move"), at home too, and one declared or
    announced ("The WHO declared an emergency")."""
    roots = [
        t
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]
        if t.head == t.i and t.pos == "VERB"
    ]
    if len(roots) != 1 or _main_appeal(ctx, sent):
        return []  # "Ukraine asked the committee to ban Russia": asked, not done
    verb = roots[0]
    declared = summed and bool(ctx.kids(verb.i, frozenset({"dobj"})))
    if verb.lemma.lower() in ctx.rules.speech_verbs and not _negated(ctx, verb) and not declared:
        clauses = [c for c in ctx.kids(verb.i, frozenset({"ccomp"})) if c.pos == "VERB"]
        return _act_authors(ctx, clauses[0], sent) if len(clauses) == 1 else []
    return _act_authors(ctx, verb, sent, summed)


def _act_authors(ctx: _Ctx, verb: Token, sent: Sentence, summed: bool = False) -> list[Mention]:
    """The states or IGOs whose done, affirmed act a verb tells (see _main_act_authors)."""
    rules = ctx.rules
    lemma = verb.lemma.lower()
    # done: "sent", "has sent" (not "will send", "sends", "is sending")
    perfect = verb.tag == "VBN" and any(
        a.lemma.lower() == "have" for a in ctx.kids(verb.i, frozenset({"aux"}))
    )
    spoken = lemma in rules.speech_verbs and not summed
    if spoken or lemma in ("be", "have") or not (verb.tag == "VBD" or perfect):
        return []
    words = ctx.parse.tokens[sent.token_start : sent.token_end]
    if _game(ctx, words):
        return []  # "Brazil beat Argentina in the World Cup final": a game, no act
    if _negated(ctx, verb) or _modality(ctx, verb) is not None or _no_object(ctx, verb):
        return []
    if _remark_withheld(ctx, verb):
        return []  # "Egypt declined to comment on the report": no act another answers
    if _dissenting_vote(ctx, verb):
        return []  # "Hungary voted against the tariffs": the tariffs are the bloc's act
    for obj in ctx.kids(verb.i, _OBJ) if not summed else []:
        if obj.lemma.lower() in rules.domestic_nouns or any(
            k.lemma.lower() in rules.domestic_modifiers for k in ctx.kids(obj.i)
        ):
            return []  # "raised its minimum wage", "passed a new budget"
    authors = _actors(ctx, _subject_tokens(ctx, verb), "source")
    out: dict[str, Mention] = {}
    for m in authors:
        if m.actor is None or not m.actor.principal or _private(ctx, m):
            return []
        out.setdefault(m.actor.principal, m)
    return list(out.values()) if summed or _outward(ctx, verb, frozenset(out)) else []


def _outward(ctx: _Ctx, verb: Token, authors: frozenset[str]) -> bool:
    """Whether a state's uncoded act is one that another state answers: done to or in another
    state (its name, citizens, ships: "granted asylum to a Russian officer"), in or toward a
    place beyond its author's business (outward_nouns, a named sea or region: "into disputed
    waters", "along the border", "in the Pacific") or with arms (outward_nouns: "tested a
    missile"), a hostile measure (an object, or a verb, whose acts are all hostile: "imposed
    export curbs", "vetoed the aid package") or a treaty. What a state undergoes, scores or
    chooses at home ("suffered floods", "beat Greece 3-1", "appointed a new minister", "raised
    interest rates", "posted record exports to China": undergone_verbs) is no such act."""
    rules = ctx.rules
    if verb.lemma.lower() in rules.undergone_verbs:
        return False
    subjects = {
        i for s in _subject_tokens(ctx, verb) for i in (t.i for t in ctx.parse.subtree(s.i))
    }
    words = [t for t in ctx.parse.subtree(verb.i) if t.i not in subjects]
    roots = _act_roots(ctx, verb.lemma.lower())
    owned = any(
        k.dep == "poss" or k.lemma.lower() in rules.domestic_modifiers
        for o in ctx.kids(verb.i, _OBJ)
        for k in ctx.kids(o.i)
    )
    if roots and roots <= rules.hostile_roots and not owned:
        return True  # "vetoed the aid package", not "cut its interest rates"
    for t in words:
        lemma = t.lemma.lower()
        m = ctx.by_token.get(t.i)
        if m is not None and m.actor is not None and m.actor.principal not in authors:
            return True
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label.lower() in rules.outward_labels and m is None:
            place = resolve_place(ent.text)  # "in the Pacific", "a Russian officer", not Hatay
            if place is None or place.country not in authors:
                return True
        if t.pos in ("NOUN", "PROPN") and (
            lemma in rules.outward_nouns
            or t.text.lower() in rules.outward_nouns
            or lemma in rules.agreement_nouns
            or {p.code[:2] for p in ctx.patterns.nouns.get(lemma, ())} & rules.hostile_roots
        ):
            return True
    return False


def _answered_later(ctx: _Ctx, hit: _Hit, pending: list[_Hit]) -> int | None:
    """Where a reaction with no target goes in the sentence's pending stack (its top last) so
    that the act it answers, told later in a clause or phrase of its own, is coded first.

    "South Korea protested after Chinese ships entered its waters", "Egypt condemned the
    strike after Ethiopian drones hit a base in Sudan", "protested following the seizure of
    its trawler by Russia": a clause or phrase on the trigger opened by answered_marks, or
    by "in response to" (response_nouns), holds the act. None when no pending hit sits there.
    """
    if hit.context != "reaction" and hit.code[:2] not in ctx.rules.reaction_roots:
        return None
    rules = ctx.rules
    spans: list[tuple[int, int]] = []
    clauses = frozenset({"advcl", "prep"})
    # "condemned the strike, calling it a violation, after ...": the mark may hang on an aside
    asides = [k for k in ctx.kids(hit.trigger.i, frozenset({"advcl"})) if k.tag == "VBG"]
    for k in [c for h in (hit.trigger, *asides) for c in ctx.kids(h.i, clauses)]:
        marks = {m.lemma.lower() for m in ctx.kids(k.i, frozenset({"mark", "prep"}))}
        if k.dep == "prep":
            marks |= {k.lemma.lower(), k.text.lower()}  # "following": its lemma is "follow"
            if any(p.lemma.lower() in rules.response_nouns for p in _pobjs(ctx, k)):
                marks.add("after")  # "in response to", "in retaliation for"
        elif k.tag == "VBG" and k.lemma.lower() in rules.response_verbs:
            marks.add("after")  # "responding to"
        if marks & rules.answered_marks:
            sub = [t.i for t in ctx.parse.subtree(k.i)]
            spans.append((min(sub), max(sub)))
    inside = [
        n
        for n, h in enumerate(pending)
        if h is not hit and any(a <= h.trigger.i <= b for a, b in spans)
    ]
    return min(inside) if inside else None


def _undone_later(ctx: _Ctx, hit: _Hit, pending: list[_Hit]) -> int | None:
    """Where an undoing reaction with no target goes in the sentence's pending stack so that
    the act it would undo, told in the same sentence by a noun still pending, is coded first
    ("summoned Nepal's envoy to protest the arrest of six traders by Nepali police, and asked
    for their release": the arrest's author is asked). None when no such act is pending."""
    answers = ctx.rules.reaction_matches.get(hit.act)
    if hit.context != "reaction" or hit.act not in ctx.rules.undoing_nouns or answers is None:
        return None
    inside = [
        n
        for n, h in enumerate(pending)
        if h is not hit and h.trigger.i < hit.trigger.i and _answered(answers, h.code)
    ]
    return min(inside) if inside else None


def _met_later(ctx: _Ctx, hit: _Hit, pending: list[_Hit]) -> int | None:
    """Where a partnerless deal goes in the pending stack so that the meeting or visit of its
    source told later in the sentence is coded first ("signed a gas deal while visiting
    Turkey": _met_partner)."""
    if hit.context != "visited":
        return None
    inside = [
        n
        for n, h in enumerate(pending)
        if h.code[:2] in ctx.rules.meeting_roots
        and h.trigger.i != hit.trigger.i
        and _same_source(h, _principal(hit.source))
    ]
    return min(inside) if inside else None


def _appealed_later(ctx: _Ctx, hit: _Hit, pending: list[_Hit]) -> int | None:
    """Where a judgement with no target goes in the pending stack so that the appeals its
    source makes after it in the sentence are coded first (_appeal_partner)."""
    inside = [
        n
        for n, h in enumerate(pending)
        if _later_appeal(ctx, hit, h)
        and h.target is not None
        and _open_judgement(ctx, hit, _principal(h.target))
    ]
    return min(inside) if inside else None


def _judged_later(ctx: _Ctx, hit: _Hit, pending: list[_Hit]) -> int | None:
    """Where a threat with no target goes in the pending stack so that a judgement its source
    joins after it in the sentence is coded first: "said Russia would 'draw the appropriate
    conclusions' and accused Madrid of ignoring a Russian request" threatens the state it
    accuses (_own_answer then finds that judgement in the sentence)."""
    if hit.code[:2] not in ctx.rules.judged_threat_roots or hit.context != "reaction":
        return None
    own = _principal(hit.source)
    inside = [
        n
        for n, h in enumerate(pending)
        if h.target is not None
        and h.code[:2] in ctx.rules.reaction_roots
        and h.trigger.i > hit.trigger.i
        and _same_source(h, own)
    ]
    return min(inside) if inside else None


def _open_judgement(ctx: _Ctx, hit: _Hit, appealed: str) -> bool:
    """Whether a judgement (reaction_roots) may be aimed at the state ``appealed`` to after
    it: it judges nothing named ("said it was deeply disappointed") or a deed whose words name
    no state but that one and the source's own ("criticized the arrests and called on Belarus
    to free them", "called the visit a violation of Ghana's sovereignty and urged Tehran");
    "criticized Russia's arrests and called on Belarus ..." judges a third state's deed."""
    if hit.code[:2] not in ctx.rules.reaction_roots:
        return False
    own = _principal(hit.source)
    for obj in ctx.kids(hit.trigger.i, _OBJ):
        sub = [t.i for t in ctx.parse.subtree(obj.i)]
        named = _mention_counts(ctx, min(sub), max(sub) + 1)
        if set(named) - {own, appealed}:
            return False
    return True


def _later_appeal(ctx: _Ctx, hit: _Hit, appeal: _Hit) -> bool:
    """Whether ``appeal`` is an appeal (appealed_roots; a demand, told_appealed_roots, after a
    reported charge or a rejection only), a charge (accused_after_roots) or a
    concession (conceding_patterns) with a target, told after the judgement's trigger by the
    judgement's own source."""
    return (
        appeal.target is not None
        and (
            appeal.code[:2] in ctx.rules.appealed_roots | ctx.rules.accused_after_roots
            or (
                (hit.context == "told" or hit.code[:2] == "12")
                and appeal.code[:2] in ctx.rules.told_appealed_roots
            )
            or (
                appeal.pattern.id in ctx.rules.conceding_patterns
                and any(
                    o.lemma.lower() in ctx.rules.conceded_nouns
                    for o in ctx.kids(hit.trigger.i, _OBJ)
                )
            )
        )
        and appeal.trigger.i > hit.trigger.i
        and _same_source(appeal, _principal(hit.source))
    )


def _appeal_after(ctx: _Ctx, hit: _Hit, appeal: _Hit) -> bool:
    """Whether ``appeal`` is a later appeal (_later_appeal) in a verb joined after the
    judgement's trigger or the clause it is told in ("said it was disappointed and urged Lome
    ...": "urged" joined to "said")."""
    if not _later_appeal(ctx, hit, appeal) or appeal.trigger.dep != "conj":
        return False
    host = _conj_host(ctx, appeal.trigger)
    if host is None:
        return False
    # "said the deployment was 'provocative' and urged Beijing to ...": the parser joins the
    # appeal to the reported clause the saying verb's judgement is told in; a judgement of a
    # deed the context tells ("said the presence of foreign fleets threatened the region")
    # is aimed at its doer, not at whom the appeal is
    reported = (
        hit.context == "told"
        and hit.pattern.id not in ctx.rules.claim_judging_patterns
        and host.dep == "ccomp"
        and host.head == hit.trigger.i
        and hit.trigger.i != host.i
    )
    return reported or _climbs_to(ctx, hit.trigger, host)


def _climbs_to(ctx: _Ctx, tok: Token, host: Token) -> bool:
    """Whether ``host`` is a token, its clause or the saying verb over it (_three_up)."""
    return any(cur.i == host.i for cur in _three_up(ctx, tok))


def _three_up(ctx: _Ctx, tok: Token) -> Iterator[Token]:
    """A token, its clause and the saying verb over it: the token and its heads, three at
    most, up to the root."""
    yield tok
    for _ in range(2):
        if tok.head == tok.i:
            return
        tok = ctx.tok(tok.head)
        yield tok


def _appeal_partner(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The one state a judgement with no target of its own is aimed at when its source appeals
    to that state in a verb joined after it ("said it was deeply disappointed and urged Lome
    to honor its obligations": Togo); none when its later appeals name two ("condemned the
    launch, urged Pyongyang to ... and called on Moscow to ...": whose launch?). A judgement
    of nothing told ("appealed": "said it remained concerned about the displaced families and
    called on both governments to publish audits") is aimed at all the one appeal names; one
    of a deed its by-phrase names ("by the escalation") only at the side the story told doing
    it (_appealed_doer)."""
    if hit.code[:2] not in ctx.rules.reaction_roots:
        return []
    later = [
        h
        for i, h in coded
        if i == sent_index
        and _later_appeal(ctx, hit, h)
        and (
            h.code[:2] not in ctx.rules.accused_after_roots
            or _acted_against(hit, h, coded, sent_index)
        )
    ]
    targets = {_principal(h.target): h.target for h in later if h.target is not None}
    one_appeal = hit.context == "appealed" and len({h.trigger.i for h in later}) == 1
    if not targets or (len(targets) > 1 and not one_appeal):
        return []
    if (hit.named or hit.context == "told") and not set(targets) & _state_codes():
        # "called the strike 'a flagrant violation' and urged the UN Security Council to act",
        # "said the settlement plans violated international law and urged the U.N. Security
        # Council to act": a body asked to act on a deed the judgement names or tells is no
        # author of it; the context gives the deed's doer
        return []
    if not any(_appeal_after(ctx, hit, h) for h in later):
        return []
    if len(targets) == 1 and _feeling_deed(ctx, hit.trigger):
        doer = _done_to_appealed(ctx, hit, next(iter(targets)), coded, sent_index)
        if doer is not None:
            return [replace(hit, target=doer)]
    if len(targets) > 1 and _feeling_deed(ctx, hit.trigger):
        # "was disappointed by the escalation and called on Reykjavik and Oslo to ...": the
        # deed judged is the one side's the story told acting on the other, not both sides'
        return [replace(hit, target=t) for t in _appealed_doer(ctx, targets, coded, sent_index)]
    return [replace(hit, target=t) for t in targets.values()]


def _feeling_deed(ctx: _Ctx, verb: Token) -> bool:
    """Whether a feeling names its cause in a by-phrase, a deed with no actor in its words
    ("concerned by the escalation", "alarmed by reports that workers were held"), not nothing
    ("said it was disappointed"), a state's deed ("dismayed by Russia's decision") nor a
    topic ("concerned about compensation for displaced families": the appealed parties' own)."""
    return any(
        p.pos == "NOUN" and not any(t.i in ctx.by_token for t in ctx.parse.subtree(p.i))
        for k in ctx.kids(verb.i, frozenset({"prep", "agent"}))
        if k.lemma.lower() == "by"
        for p in _pobjs(ctx, k)
    )


def _done_to_appealed(
    ctx: _Ctx, hit: _Hit, appealed: str, coded: list[tuple[int, _Hit]], sent_index: int
) -> Mention | None:
    """Who did the deed a feeling names in its by-phrase, when the latest act of that kind the
    story told was done to the one state appealed to: "was deeply troubled by the transfer and
    called on Dushanbe to guarantee him a fair trial", after the UAE sent him to Tajikistan,
    is aimed at the UAE; the appealed state is asked to mend what it was handed, not blamed
    for it. Words of support ("thanked the UAE for its cooperation") are no deed of the kind.
    None when the latest such act was the appealed state's own, or no act of the noun's kind
    was told."""
    roots: frozenset[str] = frozenset()
    for k in ctx.kids(hit.trigger.i, frozenset({"prep", "agent"})):
        if k.lemma.lower() == "by":
            for p in _pobjs(ctx, k):
                roots |= _act_roots(ctx, p.lemma.lower())
    told = [
        (i, h)
        for i, h in coded
        if i < sent_index
        and h.target is not None
        and h.code[:2] in roots
        and h.code[:3] not in ctx.rules.verbal_support_codes  # a thanks for it is no such deed
    ]
    if not told:
        return None
    latest = max(told, key=lambda pair: (pair[0], pair[1].trigger.i))[1]
    assert latest.target is not None
    if _principal(latest.target) != appealed or _principal(latest.source) == appealed:
        return None
    return latest.source if _differ(ctx, hit.source, latest.source) else None


def _appealed_doer(
    ctx: _Ctx,
    targets: dict[str, Mention],
    coded: list[tuple[int, _Hit]],
    sent_index: int,
) -> list[Mention]:
    """The one state of those appealed to that the story told before doing a hostile deed
    (deed_roots: no words, a threat or a protest) to another of them, the lead's deed as well
    as a later one; none when no such deed is told, or more than one of them acted (a tit for
    tat: whose escalation?)."""
    doers = {
        doer
        for index, earlier in coded
        if index < sent_index
        and earlier.target is not None
        and earlier.code[:2] in ctx.rules.deed_roots
        and (doer := _principal(earlier.source)) in targets
        and _principal(earlier.target) in targets.keys() - {doer}
    }
    return [targets[d] for d in doers] if len(doers) == 1 else []


def _acted_against(
    hit: _Hit, charge: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> bool:
    """Whether a sentence before told an act of the charged state against the judgement's
    source (accused_after_roots: "Belarus called the decision illegal and accused Latvia of
    ...", after "Latvia expelled two Belarusian diplomats")."""
    assert charge.target is not None
    pair = (_principal(charge.target), _principal(hit.source))
    return any(
        i < sent_index and h.target is not None and (_principal(h.source), _principal(h.target)) == pair
        for i, h in coded
    )


def _clause_joined_after(ctx: _Ctx, later: Token, earlier: Token) -> bool:
    """Whether ``later`` (or a clause over it, up to a saying verb) is a verb joined after
    ``earlier`` or the clause ``earlier`` is told in ("accused X of ... and said it would not
    ...": "said" joined to "accused"), or after the clause a saying verb that told the earlier
    act reports ("said Lima's tariff was an aggression and that it would not negotiate ...":
    the second reported clause joined to the first)."""
    reporting = earlier.lemma.lower() in ctx.rules.speech_verbs
    return any(
        (host := _conj_host(ctx, cur)) is not None
        and host.i < later.i
        and (
            _climbs_to(ctx, earlier, host)
            or (reporting and host.dep == "ccomp" and host.head == earlier.i)
        )
        for cur in _three_up(ctx, later)
    )


def _joined_after_partner(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The one state a refusal or a pledge with no target of its own is aimed at, from the
    act of its source it is joined after. A refusal, said as a negated will ("would not
    accept lectures from a former colonial power", "will not bow to pressure"), is aimed at
    when it is joined after its source's own judgement of that state in the sentence
    ("accused Chad of meddling and said it would not accept lectures": Chad), before any
    counterpart the context offers; none when the judgements before it name two states, or
    another state's refusal is told."""
    if hit.pattern.id in ctx.rules.contrasted_refusal_patterns:
        # "respected Turkey as a partner but would not interfere": refused only where the
        # approval, pledge or meeting joined before it by "but" was aimed
        return _contrasted_refusal(ctx, hit, coded, sent_index)
    if hit.context == "pledge":
        # "praised Ghana's reforms and said Tokyo would help rebuild the highway": a pledge
        # naming no one is made to the one state its source's act before it is aimed at
        roots = ctx.rules.pledged_after_roots
    elif hit.context == "talked":
        roots = ctx.rules.talk_roots  # "spoke with X's envoy and asked for ...": asked of X
    elif (
        # "... and that his government would not negotiate under pressure": the pressure a
        # deed noun, refused where the judgement joined before it is aimed, before its author
        hit.context in ("refusal", "counterpart", "deed")
        and hit.pattern.when_negated
        and hit.code[:2] in ctx.rules.reaction_roots
    ):
        roots = ctx.rules.refused_after_roots
    else:
        return []
    context = hit.context if hit.context in ("pledge", "talked") else "refusal"
    return _joined_targets(ctx, hit, coded, sent_index, roots, context)


def _contrast_joined(ctx: _Ctx, host: Token, later: Token) -> bool:
    """Whether a word of contrast (rules contrast_words) joins ``later``'s clause to the verb
    ``host`` before it ("welcomed the decision but demanded compensation")."""
    return any(
        c.dep == "cc" and host.i < c.i < later.i and c.lemma.lower() in ctx.rules.contrast_words
        for c in ctx.kids(host.i)
    )


def _contrasted_refusal(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A refusal of contrasted_refusal_patterns aimed at the one state its source's acts of
    contrast_host_roots, joined before it by a word of contrast, were aimed at: "thanked the
    fund ... but said Eritrea would not accept a program": the fund. None otherwise."""
    found = _joined_targets(ctx, hit, coded, sent_index, ctx.rules.contrast_host_roots, "refusal")
    own = _principal(hit.source)
    hosts = [
        h
        for i, h in coded
        if i == sent_index
        and h.target is not None
        and _same_source(h, own)
        and h.code[:2] in ctx.rules.contrast_host_roots
        and _contrast_joined(ctx, h.trigger, hit.trigger)
    ]
    aimed = {_principal(h.target) for h in hosts if h.target is not None}
    return [f for f in found if f.target is not None and _principal(f.target) in aimed]


def _joined_targets(
    ctx: _Ctx,
    hit: _Hit,
    coded: list[tuple[int, _Hit]],
    sent_index: int,
    roots: frozenset[str],
    context: str,
) -> list[_Hit]:
    """The hit aimed at the one state that its source's acts of these roots, told before it in
    the sentence and with a clause it is joined after, are aimed at; none for two states."""
    own = _principal(hit.source)
    earlier = [
        h
        for i, h in coded
        if i == sent_index
        and h.target is not None
        and h.trigger.i < hit.trigger.i
        and h.code[:2] in roots
        and _same_source(h, own)
    ]
    targets = {_principal(h.target): h.target for h in earlier if h.target is not None}
    joined = any(
        _clause_joined_after(ctx, hit.trigger, h.trigger)
        or (hit.context == "talked" and _trailing_participle_of(hit.trigger, h.trigger))
        for h in earlier
    )
    if len(targets) != 1 or not joined:
        return []
    return [replace(hit, target=t, context=context) for t in targets.values()]



def _also_pledged_partner(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The one state a pledge naming no one, told as one more ("also": _parallel_marked), is
    made to: the one its source's own acts of also_pledged_roots told before it in the story
    were aimed at ("Japan lent Sri Lanka $900 million ... Japan would also send 30
    engineers": Sri Lanka). The "also" ties it to those acts; when the source made none, to
    the pledges and gifts (also_given_roots) other states made before it, as one more of
    them. None when those acts were aimed at two states, or its clause names a third party
    ("also promised to push within the EU for debt relief")."""
    if hit.context != "pledge" or not _parallel_marked(ctx, hit.trigger):
        return []
    own = _principal(hit.source)
    aimed = _aimed_before(hit, coded, sent_index, ctx.rules.also_pledged_roots, own)
    if not aimed:
        # "Benin's first 200 police officers arrived in Haiti ... Chile and Peru have also
        # promised officers": with no act of its own, one more of the gifts others made
        aimed = _aimed_before(
            hit, coded, sent_index, ctx.rules.also_given_roots, own, own_acts=False
        )
    found = _one_state_aimed(hit, aimed, "pledge", latest=False)
    if any(_other_named(ctx, hit.trigger, {own, _principal(h.target)}) for h in found if h.target):
        return []  # "also promised to push within the EU for ...": made to whom it names
    return found


_ANSWER_LOOKBACK = 1  # sentences before a pledge that the request it answers may be in


def _answered_asker(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The state a pledge naming no one answers: the one that made a request (rules
    answered_ask_codes: for aid or help) of its source in the sentence before ("Ghana
    asked Tokyo to fund a bridge ... The minister promised to send engineers": Ghana), or
    earlier in its own ("Peru asked Canada for help, and Ottawa pledged to send ships"). None
    when two states asked, when the request was made of another party, or when the pledge's
    clause names a third party."""
    if hit.context != "answered":
        return []
    own = _principal(hit.source)
    askers = [
        (i, h.source)
        for i, h in coded
        if (i == sent_index - _ANSWER_LOOKBACK or _told_ago(hit, i, h, sent_index) == 0)
        and h.target is not None
        and h.code[:3] in ctx.rules.answered_ask_codes
        and _principal(h.target) == own
        and not _same_source(h, own)
    ]
    found = _one_state_aimed(hit, askers, "answered", latest=True)
    if any(_other_named(ctx, hit.trigger, {own, _principal(h.target)}) for h in found if h.target):
        return []  # "promised to raise the matter with the EU": made to whom it names
    return found


def _other_named(ctx: _Ctx, verb: Token, allowed: set[str]) -> bool:
    """Whether the verb's complements name an actor other than the allowed principals (the
    place "in Salta" of the state the pledge goes to is no other party)."""
    return any(
        m.actor is not None
        and m.actor.principal not in allowed
        and not any(a.principal in allowed for a in m.members)
        for k in ctx.kids(verb.i)
        if k.dep not in _SUBJ
        for t in ctx.parse.subtree(k.i)
        if (m := ctx.by_token.get(t.i)) is not None and m.kind != "pronoun"
    )

_ULTIMATUM_LOOKBACK = 1  # sentences before a conditional vow that its source's demand may be in


def _conditional_vow(ctx: _Ctx, verb: Token) -> bool:
    """Whether a threat hangs on a condition: the vowed act itself or the act a warning
    tells ("warned that Quito would file a complaint if the ban was not lifted", "would not
    hesitate to act if ...") has an if- or unless-clause (modality._on_condition), or an
    adverb that makes it the sequel of a demand (rules ultimatum_adverbs: "Otherwise Seoul
    will take further measures")."""
    acts = [verb, *ctx.kids(verb.i, frozenset({"ccomp", "xcomp"}))]
    acts += [x for a in acts[1:] for x in ctx.kids(a.i, frozenset({"xcomp"}))]
    return any(
        _on_condition(ctx, a)
        or any(
            k.lemma.lower() in ctx.rules.ultimatum_adverbs
            for t in (a, _modal_head(ctx, a))
            for k in ctx.kids(t.i, frozenset({"advmod"}))
        )
        for a in acts
    )


def _ultimatum_target(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The state a conditional threat naming no one is aimed at: the one its source's latest
    demand, appeal or official complaint (rules ultimatum_after_roots and _codes), told in
    its sentence before it or in the one before, is aimed at ("urged Washington to stop ...
    Otherwise China will take further measures"; "delivered a protest note to Hanoi ... She
    warned that Quito would go to the WTO if the ban was not lifted"); none when that
    sentence's acts aim at two states, or the source made none."""
    if hit.code[:2] != "13" or not _conditional_vow(ctx, hit.trigger):
        return []
    own = _principal(hit.source)
    aimed = [
        (i, h.target)
        for i, h in coded
        if sent_index - _ULTIMATUM_LOOKBACK <= i <= sent_index
        and (i < sent_index or h.trigger.i < hit.trigger.i)
        and h.target is not None
        and (
            h.code[:2] in ctx.rules.ultimatum_after_roots
            or h.code in ctx.rules.ultimatum_after_codes
        )
        and _same_source(h, own)
    ]
    return _one_state_aimed(hit, aimed, "ultimatum", latest=True)


def _frees_held(ctx: _Ctx, verb: Token) -> bool:
    """Whether a release frees people or craft held (rules held_nouns), named by its object or
    passive subject or by their of-phrase ("released six of the men", "freed the crew"), not
    "released its budget" or "sent them home": only then may it free whom its state held
    before (_freed_state)."""
    freed = ctx.kids(verb.i, _OBJ | _PASSIVE_SUBJ)
    freed += [p for o in freed for p in _preps(ctx, o, frozenset({"of"}))]
    return any(t.lemma.lower() in ctx.rules.held_nouns for t in freed)


def _charges_held(ctx: _Ctx, verb: Token) -> bool:
    """Whether an accusation's object is the held (rules accused_held_codes): a held noun
    ("accused the vessel of fishing", "the crew") or a person's pronoun ("accused him of
    spying", rules accused_held_pronouns); only then may it charge whom its state held before
    (_freed_state)."""
    charged = ctx.kids(verb.i, _OBJ)
    if _frees_held(ctx, verb):
        return True
    if not any(t.text.lower() in ctx.rules.accused_held_pronouns for t in charged):
        return False
    # "met an opposition leader and accused him of treason": a person named before it in its
    # own sentence is whom the pronoun stands for, not the held
    people = ctx.rules.role_nouns | ctx.rules.held_nouns
    return not any(
        t.dep in ("dobj", "pobj", "conj")
        and (t.ent_type == "PERSON" or t.lemma.lower() in people)
        for t in ctx.parse.sentence_tokens(verb.sent)
        if t.i < verb.i
    )


def _freed_state(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int) -> list[_Hit]:
    """The state whose people a release naming none frees: the one its source's state held
    in its latest detention or seizure told before it (rules freed_after_codes: "Ugandan
    police detained 20 Kenyan fishermen ... A Ugandan court released six of the men on bail");
    none when that detention took two states' people, or the source held none. So too the
    state an accusation of the held charges (_charges_held: "accused the vessel of ...")."""
    if hit.code.startswith(tuple(ctx.rules.accused_held_codes)):
        if not _charges_held(ctx, hit.trigger):
            return []
    elif hit.code[:2] not in ctx.rules.freeing_roots or not _frees_held(ctx, hit.trigger):
        return []
    own = _principal(hit.source)
    held = [
        (i, target)
        for i, h, target in _detentions_before(ctx, hit, coded, sent_index)
        if _same_source(h, own)
    ]
    return _one_state_aimed(hit, held, "released", latest=True)


def _detentions_before(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[tuple[int, _Hit, Mention]]:
    """The detentions and seizures (rules freed_after_codes) told before a release, with
    their sentence indices and the held: whom it frees and who held them are read from
    these."""
    return [
        (i, h, h.target)
        for i, h in coded
        if (i < sent_index or h.trigger.i < hit.trigger.i)
        and h.target is not None
        and h.code in ctx.rules.freed_after_codes
    ]


def _jailer(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int) -> Mention | None:
    """The state that holds the people an agentless release names by their state ("Police in
    Dakar detained five Uzbek airmen ... The Uzbek airmen were released on Friday"): the one
    source of the latest detention or seizure (rules freed_after_codes) told before that took
    that state's people or craft, as _freed_state reads the release's target from its
    source's. Only a patient hit (the freed people's state its source) of a freeing root
    (a detention told again with no doer is the story's restatement, left uncoded); none when
    that detention had two doers, when its people's own state held them (never coded), or
    when a captivity no state holds is told since (rules captor_words). A visit to the held
    allowed ("An Uzbek consul was allowed to see the men": rules held_visit_codes and
    held_visit_verbs) is let by the same state."""
    visit = (
        hit.code in ctx.rules.held_visit_codes
        and hit.trigger.lemma.lower() in ctx.rules.held_visit_verbs
    )
    if hit.context != "patient" or not (hit.code[:2] in ctx.rules.freeing_roots or visit):
        return None
    held = _principal(hit.source)
    doers = [
        (i, h.source)
        for i, h, target in _detentions_before(ctx, hit, coded, sent_index)
        if _principal(target) == held
    ]
    if not doers:
        return None
    latest = max(i for i, _ in doers)
    found = {_principal(s): s for i, s in doers if i == latest}
    if len(found) != 1 or held in found:
        return None
    since = ctx.parse.tokens[ctx.parse.sentences[latest].token_start : hit.trigger.i]
    if any(t.lemma.lower() in ctx.rules.captor_words for t in since):
        return None  # "... Gunmen kidnapped two Rwandan engineers": held by no state
    return next(iter(found.values()))


def _own_closure_told(ctx: _Ctx, verb: Token, sources: Sequence[Mention]) -> bool:
    """Whether a closure naming no one is its source's own act told as news, which alone is
    closed to a neighbour (_bordering_state): the main clause, a relative clause ("the
    crossing, which Algerian authorities shut") or the source's own report ("Thailand's army
    said it had also closed ...": its reported clause's subject a pronoun for the sayer). Not
    a closure another party reports ("Bangladesh said India had closed the border", "Officials
    said the Dominican Republic had closed the border"), a charge ("accused Togo of closing"),
    an after-clause (the deed a protest answers) or a quotation. Nor the passive ("The
    crossing was closed by Gabon, but Cameroon criticized it"): news tells such a closure as
    its closer's act, and a passive closed border is a standing state ("has been closed")."""
    if ctx.kids(verb.i, _PASSIVE_SUBJ | frozenset({"auxpass"})):
        return False
    start = ctx.parse.sentences[verb.sent].token_start
    if sum(ctx.tok(i).text in _QUOTE_MARKS for i in range(start, verb.i)) % 2:
        return False
    first = _first_conjunct(ctx, verb)
    if first.dep == "relcl":
        return first.tag != "VBG"
    if not _told(ctx, verb):
        return False
    if first.dep != "ccomp":
        return True
    if not all(s.pos == "PRON" for s in ctx.kids(first.i, _SUBJ)):
        return False
    own = {_principal(s) for s in sources}
    return any(
        (m := ctx.by_token.get(s.i)) is not None and m.actor is not None and _principal(m) in own
        for s in ctx.kids(first.head, _SUBJ)
    )


def _bordering_state(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The neighbour a land border closed naming no one is closed to (rules bordered_nouns):
    the one state sharing a land border with the source that the story names up to the
    closure ("PORT-AU-PRINCE, Haiti -- ... The Dominican government shut four official
    crossings": Haiti); of several so named, the one the source's acts coded so far were
    with, either way ("Turkey and Armenia reopened the crossing ... Turkey closed the border
    in 1993 in solidarity with Azerbaijan": Armenia). None when the story names no neighbour,
    or two the coded acts do not tell apart, or when the closure was coded just before as a
    noun ("Nigeria summoned Benin's ambassador to protest the closure of the Seme crossing.
    Benin shut the crossing last week": the one closure, told twice)."""
    own = _principal(hit.source)
    borders = bordering_states(own)
    if not borders:
        return []
    end = ctx.parse.sentences[sent_index].token_end
    named = {p for p in _mention_counts(ctx, 0, end) if p in borders}
    if len(named) > 1:
        paired = {
            p
            for i, h in coded
            if i <= sent_index and h.target is not None
            for p in (
                [_principal(h.target)] if _same_source(h, own)
                else [_principal(h.source)] if _principal(h.target) == own
                else []
            )
        }
        named &= paired
    if len(named) != 1:
        return []
    state = next(iter(named))
    if any(
        sent_index - 1 <= i <= sent_index
        and h.pattern.kind == "noun"
        and h.code == hit.code
        and h.target is not None
        and _same_source(h, own)
        and _principal(h.target) == state
        for i, h in coded
    ):
        return []
    told = [
        m
        for i in range(end)
        if (m := ctx.by_token.get(i)) is not None
        and m.actor is not None
        and m.actor.principal == state
        and not m.members
        and m.kind != "pronoun"
    ]
    return [replace(hit, target=told[-1], context="bordered")] if told else []


def _one_state_aimed(
    hit: _Hit, aimed: list[tuple[int, Mention]], context: str, latest: bool
) -> list[_Hit]:
    """The hit aimed at the one state of the (sentence, target) pairs its source's earlier
    acts were aimed at (with ``latest``, those of the latest such sentence only); none when
    they name two states or the source's own."""
    by_sent: dict[int, dict[str, Mention]] = {}
    for i, target in aimed:
        by_sent.setdefault(i if latest else 0, {})[_principal(target)] = target
    if not by_sent:
        return []
    states = by_sent[max(by_sent)]
    if len(states) != 1 or _principal(hit.source) in states:
        return []
    return [replace(hit, target=t, context=context) for t in states.values()]


def _held_demand(ctx: _Ctx, verb: Token, held: bool = False) -> bool:
    """Whether a demand asks for the release or return of what is held, or access to it
    (rules held_demand_nouns): its object, a noun joined to it, or the object of its
    for-phrase ("demanded an explanation and the release of the crew", "asked for consular
    access"). With ``held``, only of someone or something held (_held_named: not "the
    release of the report")."""
    return any(
        h.lemma.lower() in ctx.rules.held_demand_nouns and (not held or _held_named(ctx, h))
        for h in _asked_heads(ctx, verb)
    )


def _asked_heads(ctx: _Ctx, verb: Token) -> list[Token]:
    """What an ask asks for: its object, the object of its for-phrase, and the nouns joined to
    them ("demanded an explanation and the release of the crew", "asked for the review")."""
    heads = ctx.kids(verb.i, frozenset({"dobj"}))
    heads += [p for k in ctx.kids(verb.i, _PREP) if k.lemma.lower() == "for" for p in _pobjs(ctx, k)]
    return heads + [c for h in heads for c in ctx.kids(h.i, frozenset({"conj"}))]


def _complained_state(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The state a demand for the release of what is held (_held_demand) is made of when no
    act the context tells is the holding: the one its source complained of or to before it
    in the story (rules held_complaint_roots: "Denmark summoned Iceland's ambassador ...
    Denmark's Foreign Ministry demanded the release of the crew"); none when its complaints
    were aimed at two states, or the source made none."""
    if hit.code[:2] not in ctx.rules.held_demand_roots or not _held_demand(ctx, hit.trigger):
        return []
    own = _principal(hit.source)
    complained = _aimed_before(hit, coded, sent_index, ctx.rules.held_complaint_roots, own)
    return _one_state_aimed(hit, complained, "complained", latest=False)


def _told_ago(hit: _Hit, index: int, earlier: _Hit, sent_index: int) -> int | None:
    """How many sentences before the hit a coded act (told in sentence ``index``) was told: 0
    for one earlier in its own sentence; None for one told at or after it."""
    if index < sent_index:
        return sent_index - index
    if index == sent_index and earlier.trigger.i < hit.trigger.i:
        return 0
    return None


def _aimed_before(
    hit: _Hit,
    coded: list[tuple[int, _Hit]],
    sent_index: int,
    roots: Collection[str],
    own: str,
    own_acts: bool = True,
) -> list[tuple[int, Mention]]:
    """(sentence, target) of the coded acts of these roots told before the hit (an earlier
    sentence, or earlier in its own) by its source (own_acts) or by anyone else: the acts a
    context rule reads a target from."""
    return [
        (i, h.target)
        for i, h in coded
        if _told_ago(hit, i, h, sent_index) is not None
        and h.target is not None
        and h.code[:2] in roots
        and _same_source(h, own) == own_acts
    ]


_ASKED_LOOKBACK = 1  # sentences before an ask naming no one that its source's complaint may be in


def _asked_of_complained(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The state an ask or a demand naming no one is made of: the one its source complained
    of or to (held_complaint_roots: an accusation, a protest, a summons) earlier in its
    sentence or in the latest sentence at most _ASKED_LOOKBACK before ("Kenya accused Ugandan
    police of beating three traders. It demanded that Kenyan diplomats see them": Uganda).
    The complaint ties the ask to that state, so none when the latest complaints name two
    states, or none was made just before (the story may have moved on). With no complaint, an
    ask for the release of what is held or access to it (_held_demand: "had asked for access to
    its citizens") is made of the state that held the source's people in its latest detention
    or seizure told before it (freed_after_codes, as _freed_state reads a release); none when
    two states held its people in the story. None either when its clause names a third party."""
    if hit.context != "asked":
        return []
    if _relative(ctx, hit.trigger):
        # "the ministry, which asked for the review": told of its asker, answering no complaint
        return _asked_of_doer(ctx, hit, coded, sent_index)
    own = _principal(hit.source)
    complained = [
        (i, h.target)
        for i, h in coded
        if sent_index - _ASKED_LOOKBACK <= i <= sent_index
        and (i < sent_index or h.trigger.i < hit.trigger.i)
        and h.target is not None
        and h.code[:2] in ctx.rules.held_complaint_roots
        and _same_source(h, own)
    ]
    found = _one_state_aimed(hit, complained, "asked", latest=True)
    if not found and not complained and _held_demand(ctx, hit.trigger, held=True):
        holders = [
            (i, h.source)
            for i, h in coded
            if (i < sent_index or h.trigger.i < hit.trigger.i)
            and h.target is not None
            and h.code in ctx.rules.freed_after_codes
            and _principal(h.target) == own
        ]
        found = _one_state_aimed(hit, holders, "asked", latest=False)
    if not found and not complained:
        found = _asked_of_doer(ctx, hit, coded, sent_index)
    if any(_other_named(ctx, hit.trigger, {own, _principal(h.target)}) for h in found if h.target):
        return []  # its clause names a third party, where no slot of its pattern reads
    return found


def _asked_of_doer(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The party an ask for a help, a mission or a review (rules asked_done_nouns) naming no
    one is made of, when the story told it given before: the one party the source dealt with
    so far, by acts (asked_done_roots) that party aimed at it ("A team from the IAEA found gaps
    at the mine ... the mines ministry, which asked for the review": the IAEA). None when the
    source's coded dealings before it name two parties, include a hostile act, or none was
    aimed at the source, nor for a speaker's own ask recalled in the first person ('"We asked
    for help, and Benin answered," he said': no ask of the news)."""
    if not any(h.lemma.lower() in ctx.rules.asked_done_nouns for h in _asked_heads(ctx, hit.trigger)):
        return []
    if any(s.text.lower() in ctx.rules.first_person for s in ctx.kids(hit.trigger.i, _SUBJ)):
        return []
    own = _principal(hit.source)
    dealt = [
        h
        for i, h in coded
        if _told_ago(hit, i, h, sent_index) is not None
        and h.target is not None
        and own in (_principal(h.source), _principal(h.target))
    ]
    others = {_principal(h.source) for h in dealt} | {_principal(h.target) for h in dealt if h.target}
    if len(others - {own}) != 1 or any(h.code[:2] not in ctx.rules.asked_done_roots for h in dealt):
        return []
    givers = [(0, h.source) for h in dealt if h.target is not None and _principal(h.target) == own]
    return _one_state_aimed(hit, givers, "asked", latest=False)


_ENVOY_LOOKBACK = 3  # sentences before a bare envoy's telling that its summons may be told in


def _told_envoy_state(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The state whose envoy a demand, an appeal or a threat told to "the envoy" is aimed at:
    the one its source summoned in the latest sentence, at most _ENVOY_LOOKBACK before, that
    tells a summons of its ("The Hague summoned Senegal's ambassador. ... the envoy was told
    that the Netherlands expected ..."); none when that sentence summons two states' envoys
    or the source summoned none."""
    own = _principal(hit.source)
    summoned = [
        (i, h.target)
        for i, h in coded
        if sent_index - _ENVOY_LOOKBACK <= i <= sent_index
        and h.target is not None
        and h.pattern.id.lower() in ctx.rules.envoy_summons_patterns
        and _same_source(h, own)
    ]
    return _one_state_aimed(hit, summoned, "envoy", latest=True)


def _joined_reaction_partner(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A refusal of a request, or an appeal for a release, that answers no act the context
    tells: aimed at the one state its source dealt with in the act it is joined after
    ("pledged $5 million to the AU but turned down a request to send soldiers", "called his
    Chilean counterpart and asked for the release of the fishermen"), as a pledge or an
    appeal with no target is (_joined_after_partner)."""
    if hit.context != "reaction" or hit.code[:2] not in ctx.rules.joined_reaction_roots:
        return []
    verb = hit.trigger
    preps = ctx.kids(verb.i, _PREP)
    heads = [*ctx.kids(verb.i, _OBJ), *(p for k in preps for p in _pobjs(ctx, k))]
    if not any(h.lemma.lower() in ctx.rules.joined_reaction_nouns for h in heads):
        return []  # "signed a deal with Togo and rejected the criticism": no request of Togo's
    context = "refusal" if hit.code[:2] == "12" else "talked"
    roots = ctx.rules.joined_reaction_after_roots
    return _joined_targets(ctx, hit, coded, sent_index, roots, context)


def _partnered(ctx: _Ctx, verb: Token, obj: Token | None) -> bool:
    """Whether a deal names a partner of any kind ("signed a rail deal with Indian firms",
    "an agreement with Toyota"): then it is no deal with the state met (_met_partner)."""
    preps = ctx.rules.partner_preps
    return any(_under(ctx, t, preps, depth=2) for t in (verb, obj) if t is not None)


def _met_partner(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The one state a source met or visited in the same sentence, for a deal it signed there
    with no partner named ("While visiting Japan, Modi signed a rail deal", "visited Turkey
    and signed a gas deal"); two states met give none."""
    own = _principal(hit.source)
    met = {
        h.target.actor.principal: h.target
        for i, h in coded
        if i == sent_index
        and h.code[:2] in ctx.rules.meeting_roots
        and _same_source(h, own)
        and h.target is not None
        and h.target.actor is not None
    }
    return (
        [replace(hit, target=t, context="visited") for t in met.values()] if len(met) == 1 else []
    )


def _naming_restated(ctx: _Ctx, t: Token) -> bool:
    """Whether a trailing naming clause only restates its host's object ("condemned the
    attack, calling it an assault on ..."): it is aimed where its host is, so no earlier act
    gives it a target of its own."""
    if t.lemma.lower() not in ctx.rules.naming_verbs or t.dep != "advcl" or t.head >= t.i:
        return False
    return any(o.text.lower() in ctx.rules.weak_pronouns for o in ctx.kids(t.i, _OBJ))


def _saying_restated(ctx: _Ctx, t: Token) -> bool:
    """Whether a trailing saying clause only judges its host's object ("welcomed the
    agreement, saying it would strengthen Chad's economy"): the states it names are no
    parties of the act, as those of a naming clause are not (_naming_restated); one whose
    clause has a subject of its own ("saying Chad would ...") is no restatement."""
    if t.dep != "advcl" or t.head >= t.i or t.tag != "VBG":
        return False
    if t.lemma.lower() not in ctx.rules.speech_verbs:
        return False
    # "saying a million Afghans lacked food": a state's people by its demonym alone is the
    # need the act meets, no party to it (objects._demonym_people)
    return any(
        s.text.lower() in ctx.rules.weak_pronouns or _demonym_people(s, ctx.by_token.get(s.i))
        for c in ctx.kids(t.i, _CCOMP)
        for s in ctx.kids(c.i, _SUBJ)
    )


def _co_authored(ctx: _Ctx, found: _Hit, coded: list[tuple[int, _Hit]]) -> list[_Hit]:
    """A reaction aimed at the author of an earlier act, and at every co-author of that act.

    "France and Britain accused Iran of arming Russia. Iran rejected the charge": the charge
    is both states' (two events of one trigger), so the rejection answers both; "France accused
    Iran, and Britain expelled a diplomat" are two acts, and only the charge's author is answered.
    """
    if found.context == "continued" or found.target is None or found.source.actor is None:
        return [found]
    act = next((e for _, e in reversed(coded) if e.source == found.target), None)
    if act is None or act.target is None or act.target.actor is None:
        return [found]
    out, principals = [found], {found.source.actor.principal, _principal(found.target)}
    for _, e in coded:
        if e.trigger.i != act.trigger.i or e.target is None or e.target.actor is None:
            continue
        if e.target.actor.principal != act.target.actor.principal:
            continue
        if e.source.actor is None or e.source.actor.principal in principals:
            continue
        principals.add(e.source.actor.principal)
        out.append(replace(found, target=e.source))
    # "Israel and Hamas agreed to a ceasefire. Germany welcomed the move": an act its trigger
    # tells both ways, or a deal signed with a partner (joint_codes), is its target's own too
    # the partner's own, unless one party's assent alone (assent_verbs: "ratified the deal")
    joint = act.trigger.lemma.lower() not in ctx.rules.assent_verbs
    said = found.act or (ctx.tok(found.noun).lemma.lower() if found.noun >= 0 else "")
    met = act.code in ctx.rules.meeting_codes and said in ctx.rules.meeting_nouns
    mutual = met or (joint and act.code in ctx.rules.joint_codes) or any(
        e.trigger.i == act.trigger.i
        and e.target is not None
        and _principal(e.source) == act.target.actor.principal
        and _principal(e.target) == _principal(act.source)
        for _, e in coded
    )
    if mutual and act.target.actor.principal not in principals:
        out.append(replace(found, target=act.target))
    return sorted(out, key=lambda h: h.target.token_start if h.target is not None else -1)


# contexts of an approval that answers an act told before (_approved_act_parties)
_APPROVED_CONTEXTS = frozenset({"deed", "told", "antecedent", "reaction", "parallel"})


def _approved_act_parties(
    ctx: _Ctx, hit: _Hit, found: list[_Hit], coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A bystander's approval of "the agreement" aimed at one party: aimed at the other too.

    "New Zealand agreed to fund a new hospital in the Cook Islands ... Australia welcomed the
    agreement", "Portugal signed a gas agreement with Algeria ... The Commission welcomed the
    agreement": the open sets give such a welcome (approval_codes) to both parties of the
    deal (agreement_nouns), where the context found only the one that acted; the other is
    every target of that party's latest act told before the sentence, when that act is
    friendly (approved_act_codes: pledges, agreements, cooperation, aid) and told one way. The
    reactor is never its own target; an author whose latest act is hostile gives no other
    party, and two parties found already, or a deal told both ways, are read as before.
    """
    rules = ctx.rules
    if hit.context not in _APPROVED_CONTEXTS or not any(
        hit.code.startswith(c) for c in rules.approval_codes
    ):
        return found
    said = ctx.tok(hit.noun).lemma.lower() if hit.noun >= 0 else hit.act
    if len(found) != 1 or said not in rules.agreement_nouns:
        # "welcomed the move", "the decision", "the release", "the pledge": the open sets give
        # these to the author alone as often as to both; a deal is both parties' own
        return found
    own = _principal(hit.source)
    aimed = {_principal(h.target) for h in found if h.target is not None}
    out = list(found)
    for h in found:
        if h.target is None:
            continue
        author = _principal(h.target)
        act = next(
            (
                e
                for i, e in reversed(coded)
                if i < sent_index and e.target is not None and _principal(e.source) == author
            ),
            None,
        )
        if act is None or not any(act.code.startswith(c) for c in rules.approved_act_codes):
            continue
        if any(
            e.trigger.i == act.trigger.i and e.target is not None and _principal(e.target) == author
            for _, e in coded
        ):
            continue  # a deal told both ways: its parties are read where it is (_co_authored)
        for _, e in coded:
            if e.trigger.i != act.trigger.i or e.target is None or _principal(e.source) != author:
                continue
            other = _principal(e.target)
            if other in aimed or other == own:
                continue
            aimed.add(other)
            out.append(replace(h, target=e.target))
    return out


def _offer_to_reactor(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A reply to "the offer" that no word "offer" told: the latest promise made to the reactor.

    "Iran said it was ready to resume crude sales to Sri Lanka. Sri Lanka's president welcomed
    the offer": an offer is made to someone, and its addressee's reply answers the latest act
    the noun answers (reaction_matches) aimed at the replier, up to _BYSTANDER_WINDOW
    sentences back. A third party's reply (whose offer?) and the replier's own promise give
    nothing (addressed_nouns).
    """
    noun = ctx.tok(hit.noun).lemma.lower() if hit.noun >= 0 else ""
    if noun not in ctx.rules.addressed_nouns:
        return []
    return _asked_of_reactor(ctx, hit, coded, sent_index, ctx.rules.reaction_matches[noun])


def _asked_of_reactor(
    ctx: _Ctx,
    hit: _Hit,
    coded: list[tuple[int, _Hit]],
    sent_index: int,
    answers: frozenset[str],
) -> list[_Hit]:
    """The author of the latest act of ``answers`` aimed at the reactor, up to
    _BYSTANDER_WINDOW sentences back: what an addressee's reply answers ("welcomed the
    offer", "Libya refused."); a third party's reply and the reactor's own act give nothing.
    An act asking for the very act the reply refuses comes first ("Romania asked Hungary to
    extradite the men. Austria urged both sides to show restraint. Hungary refused to
    extradite the suspects": Romania's). Such an ask is found up to _CONTEXT_WINDOW back, past
    quotes and background ("Finland demanded a public apology from Hungary ... [quotes, the
    remarks' history] ... Hungary's government declined to apologize": _asked_refused)."""
    own = _principal(hit.source)
    refused = _infinitive_lemmas(ctx, hit.trigger)
    latest: list[_Hit] = []
    for index, earlier in reversed(coded):
        if index > sent_index:
            continue
        if sent_index - index > _CONTEXT_WINDOW:
            break
        far = sent_index - index > _BYSTANDER_WINDOW
        if earlier.target is None or not _answered(answers, earlier.code):
            continue
        if _principal(earlier.target) != own or _principal(earlier.source) == own:
            continue
        if far and not _asked_refused(ctx, hit.trigger, earlier.trigger):
            continue
        answer = [replace(hit, target=earlier.source)]
        if not refused or refused & _infinitive_lemmas(ctx, earlier.trigger):
            return answer
        if _asked_refused(ctx, hit.trigger, earlier.trigger):
            return answer  # "demanded a public apology ... declined to apologize"
        latest = latest or answer
    return latest


def _asked_refused(ctx: _Ctx, refusing: Token, asking: Token) -> bool:
    """Whether an ask asks for the very act a refusal's infinitive names: by the same verb
    ("asked Hungary to extradite ... refused to extradite") or by the ask's object noun of that
    act ("demanded a public apology ... declined to apologize": _same_act)."""
    refused = [k for k in ctx.kids(refusing.i, _XCOMP | _CCOMP) if k.pos in ("VERB", "AUX")]
    if {k.lemma.lower() for k in refused} & _infinitive_lemmas(ctx, asking):
        return True
    return any(
        _same_act(ctx, o.lemma.lower(), k) for o in ctx.kids(asking.i, _OBJ) for k in refused
    )


def _infinitive_lemmas(ctx: _Ctx, verb: Token) -> frozenset[str]:
    """The lemmas of the infinitives a verb asks for or refuses ("asked Hungary to extradite",
    "refused to extradite"): the act an appeal and its refusal share."""
    return frozenset(
        k.lemma.lower() for k in ctx.kids(verb.i, _XCOMP | _CCOMP) if k.pos in ("VERB", "AUX")
    )


def _passage_receiver(
    ctx: _Ctx, hit: _Hit, found: list[_Hit], coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A third state's judgement of a passage ("welcomed the extradition", "condemned the
    delivery") aimed at its giver answers the receiver too: the act is both parties'.

    "Paraguay extradited a gang leader to Brazil ... The US welcomed the extradition": Paraguay
    and Brazil, the receiver named by the giver's latest act of passage_roots in reach; the
    reactor itself, or a giver of two states, adds nobody.
    """
    if hit.noun < 0 or ctx.tok(hit.noun).lemma.lower() not in ctx.rules.passage_nouns:
        return found
    givers = {_principal(h.target) for h in found if h.target is not None}
    if len(givers) != 1 or hit.source.actor is None:
        return found
    giver = next(iter(givers))
    act = next(
        (
            e
            for i, e in reversed(coded)
            if sent_index - _TOLD_WINDOW <= i < sent_index
            and e.source.actor is not None
            and e.source.actor.principal == giver
            and (
                e.code[:2] in ctx.rules.passage_roots
                or _pledged_deed(ctx, ctx.tok(hit.noun).lemma.lower(), e)
            )
        ),
        None,
    )
    if act is None or act.target is None or act.target.actor is None:
        return found
    if act.target.actor.principal in {giver, hit.source.actor.principal}:
        return found
    return [*found, replace(found[0], target=act.target)]


_VOICERS_WINDOW = 8  # sentences back that a criticism one reply answers may be voiced
_FAR_CRITICISM_ROOTS = frozenset({"11"})  # the acts voiced beyond _BYSTANDER_WINDOW it answers


def _fellow_voicers(
    ctx: _Ctx, hit: _Hit, found: list[_Hit], coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """Every other state whose criticism the reply answers: "Chile said it was concerned about
    the drill. Argentina called on Bolivia to explain it. Bolivia rejected the criticism": the
    acts of the kind the noun answers aimed at the reactor in the sentences since its own
    latest act (the deed they criticize), each a critic: up to _BYSTANDER_WINDOW back any act
    the noun answers, up to _VOICERS_WINDOW back a rebuke proper (_FAR_CRITICISM_ROOTS: wire
    copy tells each critic in a paragraph of its own, quotes and all, before the reply; an
    appeal told that far back is the story's setting, no part of "the criticism", unless a
    critic found made it jointly with its author: _joint_with)."""
    own = _principal(hit.source)
    critics = {_principal(h.target) for h in found if h.target is not None}
    seen = {own} | critics
    out: list[_Hit] = []
    for index, earlier in reversed(coded):
        if index > sent_index:
            continue
        if sent_index - index > _VOICERS_WINDOW or _principal(earlier.source) == own:
            break
        if earlier.target is None or _principal(earlier.target) != own:
            continue
        if not _answered(hit.answers, earlier.code) or _principal(earlier.source) in seen:
            continue
        if (
            sent_index - index > _BYSTANDER_WINDOW
            and earlier.code[:2] not in _FAR_CRITICISM_ROOTS
            and not _joint_with(earlier, coded, critics)
        ):
            continue
        if _background_only(ctx, hit, earlier):
            continue
        if _rejected_since(ctx, coded, index, sent_index, _principal(earlier.source)):
            continue  # "Mali condemned the pact. Mauritania rejected the warning": answered
        seen.add(_principal(earlier.source))
        out.append(replace(hit, target=earlier.source))
    return out


def _joint_with(earlier: _Hit, coded: list[tuple[int, _Hit]], critics: set[str]) -> bool:
    """Whether an act is one a critic already found did jointly (the same trigger coded from
    both: "Chile and Peru urged Bolivia to act ... Peru lodged a protest. Bolivia rejected the
    criticism"): the appeal the critic made with a partner is part of the pressure answered,
    however far back, and the partner a critic too (_fellow_voicers)."""
    return any(
        e.trigger.i == earlier.trigger.i and _principal(e.source) in critics
        for _, e in coded
        if e is not earlier
    )


def _rejected_since(
    ctx: _Ctx, coded: list[tuple[int, _Hit]], first: int, last: int, critic: str
) -> bool:
    """Whether a critic's words were already answered: a rejection (answered_critic_roots) aimed
    at it told after sentence first and before sentence last. "Mali condemned the
    pact ... Mauritania rejected the warning. Russia also criticized the move. NATO dismissed
    the criticism": Russia's, not Mali's, which its partner already rejected."""
    return any(
        first < i < last
        and h.target is not None
        and _principal(h.target) == critic
        and h.code[:2] in ctx.rules.answered_critic_roots
        for i, h in coded
    )


_COUNTERPART_WINDOW = 3  # sentences back that a source's counterpart may be found
# ... and, for a threat, further back up to this when no other state is named since, not even
# as a place ("Qatar detained Moroccan sailors. Rabat has 9,000 nationals in Qatar. [two
# sentences of background] Morocco's foreign minister said Morocco would not hesitate to ..."):
# a threat answers the act before whatever background comes between; a denial or a demand so
# far back is not sure of it (test_events_context130, context134)
_QUIET_COUNTERPART_WINDOW = 5


def _counterpart(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int, reply: bool
) -> Mention | None:
    """The one other principal of the latest coded events that involve a party.

    "Turkey and Iraq signed a water deal. Ankara pledged 200 million dollars": the latest
    sentence, up to _COUNTERPART_WINDOW back (for a threat _QUIET_COUNTERPART_WINDOW when no
    other state is named since, even as a place), with an event that has the party on one side
    gives the other side; for a reply (a reaction), only an event done to the party counts
    ("Indian troops shelled Pakistani posts. Islamabad lodged a protest"). Two different
    counterparts in that sentence, or a third state named in it or since (the story moved
    on), give nothing. A truce (deescalation_codes) is made with a foe: only armed hostility
    (warring_roots) gives its counterpart, never the envoy or body that urged it.
    """
    party = hit.source  # the patient, for an agentless passive
    own = party.actor.principal if party.actor is not None else ""
    calming = _deescalating(ctx, hit.code)
    found: dict[str, Mention] = {}
    at = -1
    threat = hit.code[:2] == _THREAT_ROOT
    window = _QUIET_COUNTERPART_WINDOW if threat else _COUNTERPART_WINDOW
    for index, earlier in reversed(coded):
        if sent_index - index > window or (at >= 0 and index != at):
            break
        e_src, e_tgt = earlier.source.actor, earlier.target.actor if earlier.target else None
        if e_src is None or e_tgt is None or earlier.target is None:
            continue
        if _relative(ctx, earlier.trigger):
            continue  # "Egypt, which mediated the talks with Sudan, ...": a description
        if reply and hit.answers and not _answered(hit.answers, earlier.code):
            continue  # "Japan praised Mexico. Mexico took measures": no retaliation for praise
        hostile = ctx.rules.hostile_roots
        if calming and earlier.code[:2] not in ctx.rules.warring_roots:
            continue  # "The U.N. envoy urged Zambia to ... Zambia observed a truce": no U.N.
        if (
            not calming
            and (hit.code[:2] in hostile) != (earlier.code[:2] in hostile)
            and not _talks_offered(ctx, hit, earlier, index == sent_index)
            and not _refused_ask(ctx, hit, earlier, own)
        ):
            continue  # "France sanctioned Russian banks. Paris praised the investigators": no
        if e_tgt.principal == own and e_src.principal != own:
            other = earlier.source
        elif e_src.principal == own and e_tgt.principal != own and not reply:
            other = earlier.target
        else:
            continue
        assert other.actor is not None
        found.setdefault(other.actor.principal, other)
        at = index
    if len(found) != 1:
        return None
    other = next(iter(found.values()))
    # from the counterpart's sentence on: "signed deals with Israel and Greece" is two
    # counterparts even when only one was coded
    first = ctx.parse.sentences[at].token_start
    quiet = sent_index - at > _COUNTERPART_WINDOW  # beyond the window: no state named at all
    named = _named_states(ctx, first, ctx.parse.sentences[sent_index].token_end, party, quiet)
    assert other.actor is not None
    return None if any(p != other.actor.principal for p in named) else other


def _urged_before(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> Mention | None:
    """The one state its source's appeal in the sentence just before was made to, for a
    criticism naming no one that goes on from it.

    "In a report ..., the bank urged the Maldives to cut energy subsidies. It criticized what
    it described as a pattern of borrowing": the criticism (critic_roots) carries on the
    words of the appeal (appeal_roots) its source just made, to the same state. Only the
    previous sentence's acts, all the source's appeals to that one state, and no other state
    named from there on; the source's own hostility or anything done to it since is what a
    counterpart reads (_counterpart)."""
    rules = ctx.rules
    if hit.code[:2] not in rules.critic_roots:
        return None
    own = _principal(hit.source)
    before = [h for i, h in coded if i == sent_index - 1]
    here = [h for i, h in coded if i == sent_index and h.trigger.i < hit.trigger.i]
    if here or not before:
        return None
    if any(
        h.target is None
        or _principal(h.source) != own
        or h.code[:2] not in rules.appeal_roots
        for h in before
    ):
        return None
    targets = {_principal(h.target): h.target for h in before if h.target is not None}
    if len(targets) != 1:
        return None
    other = next(iter(targets.values()))
    first = ctx.parse.sentences[sent_index - 1].token_start
    named = _named_states(ctx, first, ctx.parse.sentences[sent_index].token_end, hit.source)
    return None if any(p != _principal(other) for p in named) else other


def _refused_ask(ctx: _Ctx, hit: _Hit, earlier: _Hit, own: str) -> bool:
    """Whether a refusal answers what was asked of its refuser: "Chile asked Peru to extradite
    the suspects. Lima declined to give a date" turns the request down, though a request is
    friendly and a refusal hostile. Only what was asked of the refuser (reaction_matches
    "refused request": an appeal or a demand)."""
    return (
        hit.code[:2] == _REFUSAL[:2]
        and hit.context != "patient"
        and earlier.target is not None
        and _principal(earlier.target) == own
        and _answered(ctx.rules.reaction_matches["refused request"], earlier.code)
    )


def _talks_offered(ctx: _Ctx, hit: _Hit, earlier: _Hit, same_sentence: bool) -> bool:
    """Whether an offer to talk goes to the side its offerer just acted against: "rejected
    the claim and offered to convene the joint commission" (rules.yaml talks_offer_codes):
    the offerer's own hostile act in the same sentence gives the other side, though offers
    otherwise answer only cooperation; not across sentences ("ready to discuss compensation"
    after a protest may be meant for a firm), nor for a passive's patient ("had been
    invited")."""
    return (
        same_sentence
        and hit.context != "patient"
        and hit.code.startswith(tuple(ctx.rules.talks_offer_codes))
        and _same_source(earlier, _principal(hit.source))
    )


def _recent_orders(
    ctx: _Ctx, coded: list[tuple[int, _Hit]], sent_index: int
) -> Iterator[tuple[int, _Hit, Actor, Actor]]:
    """The cooperative acts (order_roots) between two actors up to _CONTEXT_WINDOW sentences
    back, latest first, with their source and target actors: the deals a delivery or a
    gift "for the project" may belong to."""
    for index, earlier in reversed(coded):
        if sent_index - index > _CONTEXT_WINDOW:
            break
        e_src, e_tgt = earlier.source.actor, earlier.target.actor if earlier.target else None
        if e_src is not None and e_tgt is not None and earlier.code[:2] in ctx.rules.order_roots:
            yield index, earlier, e_src, e_tgt


def _delivery_partner(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The recipient of a delivery that names none: the partner of the deal that ordered it.

    "Poland bought 96 Apache helicopters from the United States ... Washington delivered the
    first helicopters": the latest cooperative act (order_roots) up to _CONTEXT_WINDOW
    sentences back whose sentence names the same goods and which has the deliverer as one
    side gives the other side. Goods not named before, or a deal of others, give nothing.
    """
    src = hit.source.actor
    assert src is not None
    # "Under the agreement, Italy will fund patrol boats": the deal names the goods as its own
    termed = any(_agreed_term(ctx, t) for t in (hit.trigger, _modal_head(ctx, hit.trigger)))
    for index, earlier, e_src, e_tgt in _recent_orders(ctx, coded, sent_index):
        sent = ctx.parse.sentences[index]
        goods = (t.lemma.lower() for t in ctx.parse.tokens[sent.token_start : sent.token_end])
        if not termed and hit.act not in ctx.rules.portion_nouns and hit.act not in goods:
            continue  # "the first tranche" is part of whatever the deal gave
        if e_src.principal == src.principal and earlier.target is not None:
            return [replace(hit, target=earlier.target, act="")]
        if e_tgt.principal == src.principal:
            return [replace(hit, target=earlier.source, act="")]
    return []


def _project_sides(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The two recipients of a gift "for the project" that names none: the sides of the
    latest joint act.

    "Kenya and Uganda agreed to build a railway ... Japan pledged 300 million dollars for the
    project": a for-phrase under the gift naming a project noun (project_nouns), and the
    latest cooperative act (order_roots) up to _CONTEXT_WINDOW sentences back coded both ways
    between two states give both; a giver that is one of them gives nothing here. A gift to
    the pair's joint body ("will lend the joint company $300 million") is one for their
    project too (_joint_receiver).
    """
    if not (_for_project(ctx, hit.trigger) or _joint_receiver(ctx, hit.trigger)):
        return []
    src = hit.source.actor
    assert src is not None
    for index, earlier, a, b in _recent_orders(ctx, coded, sent_index):
        if src.principal in (a.principal, b.principal):
            return []
        mutual = any(
            i == index
            and h.target is not None
            and h.source.actor is not None
            and h.target.actor is not None
            and (h.source.actor.principal, h.target.actor.principal) == (b.principal, a.principal)
            for i, h in coded
        )
        if mutual and earlier.target is not None:
            return [
                replace(hit, target=earlier.source, act=""),
                replace(hit, target=earlier.target, act=""),
            ]
    return []


def _mission_owner(ctx: _Ctx, hit: _Hit) -> list[_Hit]:
    """The recipient of a gift "for the mission" that names none: the IGO whose mission the
    story named before.

    "Chad will withdraw its soldiers from the African Union mission in Sudan ... The EU said it
    would release 30 million euros for the mission": a for-phrase under the gift's verb or its
    object naming a mission told before (mission_nouns, "the" or "this", nothing named under
    it), also as the owner of what the phrase pays for ("for half of the mission's budget"),
    and the latest earlier phrase of the same noun with an IGO's name under it ("the
    African Union mission", "the U.N. force") give that IGO; a state's mission gives nothing.
    """
    verb = hit.trigger
    nouns = [
        o
        for h in (verb, *ctx.kids(verb.i, _OBJ))
        for p in _preps(ctx, h, frozenset({"for"}))
        for o in ctx.parse.subtree(p.i)
        if o.lemma.lower() in ctx.rules.mission_nouns
        and any(k.dep == "det" and k.lemma.lower() in ("the", "this") for k in ctx.kids(o.i))
        and not any(t.i in ctx.by_token for t in ctx.parse.subtree(o.i))
    ]
    if not nouns:
        return []
    start = ctx.parse.sentences[ctx.first_body].token_start
    for t in reversed(ctx.parse.tokens[start : nouns[0].i]):
        if t.lemma.lower() != nouns[0].lemma.lower():
            continue
        owners = [
            m
            for k in ctx.kids(t.i, frozenset({"compound", "amod", "nmod", "poss"}))
            if (m := ctx.by_token.get(k.i)) is not None and m.actor is not None
        ]
        if owners:
            igo = owners[0]
            if _principal(igo) in _state_codes() or not _differ(ctx, hit.source, igo):
                return []
            return [replace(hit, target=igo, act="")]
    return []


def _for_project(ctx: _Ctx, verb: Token) -> bool:
    """Whether a "for" phrase under a verb's own clause names a project ("pledged 300 million
    euros in loans for the pipeline"), or an "of" phrase a share of its cost (_project_share);
    one inside a clause below it does not count."""
    for t in ctx.parse.subtree(verb.i):
        if t.dep != "prep" or not any(_project_share(ctx, t, p) for p in _pobjs(ctx, t)):
            continue
        cur = ctx.tok(t.head)
        while cur.i != verb.i and cur.pos not in ("VERB", "AUX") and cur.head != cur.i:
            cur = ctx.tok(cur.head)
        if cur.i == verb.i:
            return True
    return False


def _joint_receiver(ctx: _Ctx, verb: Token) -> bool:
    """Whether a gift's indirect object or to-phrase is a joint body told before ("lend the
    joint company", "a grant to the joint venture": joint_body_words, "the" or "this", and
    nothing else under it): the body two states set up for their project; one whose owners
    are named ("the joint venture of two firms") is theirs."""
    nouns = [k for k in ctx.kids(verb.i, frozenset({"dative"})) if k.pos != "ADP"]
    nouns += _preps(ctx, verb, _GIFT_PREPS)
    objs = ctx.kids(verb.i, frozenset({"dobj"}))
    nouns += [p for o in objs for p in _preps(ctx, o, _GIFT_PREPS)]
    joint, told = ctx.rules.joint_body_words, ("the", "this")
    return any(
        any(k.dep == "amod" and k.lemma.lower() in joint for k in ctx.kids(n.i))
        and any(k.dep == "det" and k.lemma.lower() in told for k in ctx.kids(n.i))
        and all(k.dep in ("det", "amod", "compound") for k in ctx.kids(n.i))
        for n in nouns
    )


def _project_share(ctx: _Ctx, prep: Token, noun: Token) -> bool:
    """Whether a preposition's object names a project told before: "for the pipeline", or a
    share "of the cost" ("68 million euros of its 90 million-euro cost": project_cost_nouns,
    owned by no one named, as "of Chad's costs" is)."""
    word = prep.lemma.lower()
    if word == "for":
        return _told_project(ctx, noun)
    if word != "of" or noun.lemma.lower() not in ctx.rules.project_cost_nouns:
        return False
    kids = ctx.kids(noun.i)
    told = ("the", "its", "this", "their")
    if not any(k.dep in ("det", "poss") and k.text.lower() in told for k in kids):
        return False
    # "its" may be read as the payer's own; the cost is the thing's told, so only a name counts
    named = (t for t in ctx.parse.subtree(noun.i) if t.pos != "PRON")
    if any(t.i in ctx.by_token for t in named):
        return False
    # "most of the costs of the previous mission": a cost of another thing named is that
    # thing's, no share of the project told before ("of the cost of the bridge" is one)
    return all(_told_project(ctx, o) for o in _preps(ctx, noun, _OF))


def _told_project(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun is a project told before ("the project", "this pipeline"), not a new
    one ("a solar project") nor one placed or owned ("the project in Chad", "Kenya's dam")."""
    if noun.lemma.lower() not in ctx.rules.project_nouns:
        return False
    kids = ctx.kids(noun.i)
    if not any(k.dep == "det" and k.lemma.lower() in ("the", "this", "that") for k in kids):
        return False
    return not any(t.i in ctx.by_token for t in ctx.parse.subtree(noun.i))


def _giving(ctx: _Ctx, pattern: Pattern, code: str, obj: Token) -> bool:
    """Whether an act gives something: a delivery (delivery_roots, also when only promised:
    "would provide aid"), or a promise whose object is a sum of money ("pledged 10 million
    euros")."""
    if code[:2] in ctx.rules.delivery_roots or pattern.code[:2] in ctx.rules.delivery_roots:
        return True
    if code[:2] not in ctx.rules.pledge_roots:
        return False
    money = ctx.rules.money_words
    return obj.ent_type == "MONEY" or any(
        t.lemma.lower() in money for t in (obj, *ctx.kids(obj.i, frozenset({"nmod", "quantmod"})))
    )


_WORKS_DEPS = frozenset({"prep", "pobj", "dobj", "conj", "compound", "nmod", "npadvmod"})
_WORKS_DEPTH = 5  # steps from what a gift pays for down to the phrase placing it


def _placed_recipient(ctx: _Ctx, hit: _Hit) -> list[_Hit]:
    """A gift with no recipient goes to the one state the place of the works it pays for names.

    "Britain and Norway pledged $40 million to clear mines along the railway in northern Ghana,
    a route France promotes": what the gift is for (an infinitive of purpose on the verb, a
    for-phrase of the verb, of its object or of the aid a sum object is in: "froze 45 million
    euros in funding for schools in Laos", or the works object itself with the verb's own
    in-phrase: "will fund a new wharf in Tonga") holds an in-phrase (works_place_preps) whose
    place is of exactly one state other than the givers; phrases under a relative clause or an
    apposition are asides, and a gathering ("for a conference in Geneva") is a venue and a
    business ("for a private company in Senegal") a firm (business_nouns), no works. The
    giver's own works abroad ("to repair its embassy in Ghana") and a gift told to a receiver of
    its own ("to a British charity for schools in Ghana") go to no state here; nor one told as
    a charge or an aside (an -ing form, as in _sole_recipient)."""
    verb = hit.trigger
    # an -ing form is an aside ("accusing Chad of ...") or, under way, often what another says
    # ("Uganda said Rwanda was arming the rebels": a charge, no gift)
    if verb.tag == "VBG" or _told_addressee(ctx, verb, _GIFT_PREPS):
        return []
    objs = ctx.kids(verb.i, _OBJ)
    # "to clear mines", or the bare infinitive help takes ("will help rebuild bridges")
    heads = [
        c
        for c in ctx.kids(verb.i, frozenset({"advcl", "xcomp"}))
        if _infinitive(ctx, c) or (c.dep == "xcomp" and c.tag == "VB")
    ]
    money = ctx.rules.money_words
    # "froze 45 million euros in funding for schools in Laos": the aid a sum is in, its
    # in-phrase hung on the verb past an aside ("45 million euros ($52 million) in funding")
    aid = [
        p
        for o in objs
        if o.ent_type == "MONEY" or o.lemma.lower() in money
        for h in (o, verb)
        for p in _preps(ctx, h, frozenset({"in"}))
    ]
    heads += [p for h in (verb, *objs, *aid) for p in _preps(ctx, h, frozenset({"for"}))]
    works = [o for o in objs if o.ent_type != "MONEY" and o.lemma.lower() not in money]
    heads += works
    rules, places, frontier, seen = ctx.rules, [], heads, list(heads)
    if works:  # "will fund a new wharf in Tonga": the in-phrase hung on the verb places them
        places = list(_preps(ctx, verb, rules.works_place_preps))
    for a in aid:  # "euros in funding for schools in Laos", the in-phrase hung on the aid
        if _preps(ctx, a, frozenset({"for"})):
            places += _preps(ctx, a, rules.works_place_preps)
    for _ in range(_WORKS_DEPTH):
        nxt = []
        for cur in frontier:
            if cur.lemma.lower() in rules.gathering_nouns:
                return []  # "for a conference in Geneva": a venue
            if cur.lemma.lower() in rules.business_nouns:
                return []  # "for a private company in Senegal": a firm, no state's works
            for k in ctx.kids(cur.i):
                if k.dep not in _WORKS_DEPS:
                    continue
                if k.dep == "prep" and k.lemma.lower() in rules.works_place_preps:
                    places += _pobjs(ctx, k)
                else:
                    nxt.append(k)
        seen += nxt
        frontier = nxt
    givers = _givers(ctx, hit) | {_principal(hit.source)}
    if _own_marked(ctx, seen, givers):
        return []  # "to repair its embassy in Ghana": the giver's own works
    found = {
        _principal(m): m
        for m in _actors(ctx, places, "target", True)
        if _principal(m) in _state_codes() and _principal(m) not in givers
    }
    if len(found) != 1:
        return []
    return [replace(hit, target=next(iter(found.values())), act="")]


_RECIPIENT_WINDOW = 2  # sentences back that the one state a gift may go to is looked for


_RECIPIENT_DEPS = frozenset({"pobj", "dobj", "dative", "appos", "attr", "conj"})


def _sole_recipient(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A gift with no recipient and no deal behind it goes to the one other state in reach.

    "Floods have displaced 300,000 people in Somalia. Germany pledged 10 million euros": the
    states named in this sentence and the _RECIPIENT_WINDOW before it, apart from the giver,
    its fellow givers of a sum of money or of aid (the verb's other subjects) and names used as
    modifiers ("Russian-made tanks"), must be exactly one (IGOs are givers and venues, not
    recipients); two states, or none, give nothing. Not for a gift told as a charge or an aside
    ("accused Chad of arming the rebels": an -ing form), nor when the giver made a deal in reach
    of which the gift is no part (see _delivery_partner).
    """
    src = hit.source.actor
    assert src is not None
    if hit.trigger.tag == "VBG":
        return []
    for index, earlier in reversed(coded):
        if sent_index - index > _CONTEXT_WINDOW:
            break
        sides = (earlier.source.actor, earlier.target.actor if earlier.target else None)
        if earlier.code[:2] in ctx.rules.order_roots and any(
            a is not None and a.principal == src.principal for a in sides
        ):
            return []
    first = ctx.parse.sentences[max(0, sent_index - _RECIPIENT_WINDOW)].token_start
    seen = _named_states(ctx, first, ctx.parse.sentences[sent_index].token_end, hit.source)
    if _money_object(ctx, hit.trigger) or hit.code[:2] in ctx.rules.delivery_roots:
        # "Britain and Japan pledged $38 million", "Egypt and Jordan sent rescue teams": a
        # fellow giver of a sum or of aid is no recipient ("Senegal and Gambia agreed to
        # build a bridge" is built for each other)
        sentence = ctx.parse.sentences[sent_index]
        for giver in _givers(ctx, hit) | _sum_givers(ctx, hit, sentence):
            seen.pop(giver, None)
    if len(seen) != 1:
        return []
    m, fits = next(iter(seen.values()))
    return [replace(hit, target=m, act="")] if fits else []


_FELLOW_WINDOW = 4  # sentences back that other givers' gifts a gift may join are told


_GIFT_PREPS = frozenset({"to"})  # "sent tents to flood victims": the gift's own receiver


def _own_receiver(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a gift names its receiver as the giver's own ("gave $3 million to its own
    charities", "gave its farmers $5 million", "armed its new battalion with drones"): a
    possessive pronoun or "own" on the noun of a to-phrase or indirect object of the verb or
    its object, or on the object of a pattern whose first slot is the object (the armed);
    such a gift goes to no state the context offers. "National" or "local" may be the
    receiver's ("to the national disaster agency" of the flooded state), and goods are no
    receiver: "added 5 million dollars to its aid to Tonga" joins a gift, "will fund its
    share" pays a part (goods_nouns, portion_nouns)."""
    verb = hit.trigger
    objs = ctx.kids(verb.i, frozenset({"dobj"}))
    nouns = [
        o
        for head in (verb, *objs)
        for kid in ctx.kids(head.i, frozenset({"prep", "dative"}))
        for o in (
            _pobjs(ctx, kid)
            if kid.lemma.lower() in _GIFT_PREPS
            else [kid] if kid.dep == "dative" and kid.pos != "ADP" else []
        )
    ]
    if hit.pattern.target[:1] == ("dobj",):
        nouns += [o for o in objs if o.lemma.lower() not in hit.pattern.objects]
    # "will pay its own soldiers' salaries in Haiti": wages owned by the payer's own people
    nouns += [k for o in objs for k in ctx.kids(o.i, frozenset({"poss"})) if k.pos != "PRON"]
    kept = ctx.rules.goods_nouns | ctx.rules.portion_nouns
    return any(
        (k.dep == "poss" and k.pos == "PRON") or k.lemma.lower() == "own"
        for o in nouns
        if o.lemma.lower() not in kept
        for k in ctx.kids(o.i)
    )


def _self_funded(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a gift is the purpose of the giver's own getting of means ("Laos, which borrowed
    heavily from China to build dams", "received $2 billion from Brazil to build the
    pipeline"): an infinitive with no subject of its own on a funding_host_verbs verb builds
    or pays for the getter's own works, for no partner the context offers."""
    verb = hit.trigger
    if verb.dep not in ("advcl", "xcomp") or verb.head == verb.i or ctx.kids(verb.i, _SUBJ):
        return False
    if not any(k.text.lower() == "to" for k in ctx.kids(verb.i, frozenset({"aux"}))):
        return False
    return ctx.tok(verb.head).lemma.lower() in ctx.rules.funding_host_verbs


def _helped_own_work(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a gift is the helped party's own work ("Japan vowed to help Vietnam build a
    metro line", "will assist Ghana to build a port"): the infinitive of a verb of helping
    with a helped party of its own builds at home, for no partner the context offers (the
    helper's deed is the help itself)."""
    verb = hit.trigger
    if verb.dep not in ("xcomp", "ccomp") or verb.head == verb.i:
        return False
    host = ctx.tok(verb.head)
    if host.lemma.lower() not in _HELP:
        return False
    return bool(ctx.kids(host.i, _OBJ) or ctx.kids(verb.i, _SUBJ))


def _thanked_givers(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """Every state whose gift (gift_codes) to the thanker was told before a thanks or praise of
    "the donors" (giver_nouns): "Britain, Canada and the EU pledged aid to Jamaica ...
    Jamaica's prime minister thanked the donors": Britain, Canada and the EU. Gifts to
    another state are not the thanker's; with none told, no one."""
    own = _principal(hit.source)
    givers: dict[str, Mention] = {}
    for index, earlier in coded:
        if index > sent_index or (index == sent_index and earlier.trigger.i > hit.trigger.i):
            continue
        if earlier.target is None or _principal(earlier.target) != own:
            continue
        if _gift_code(ctx, earlier.code):
            givers.setdefault(_principal(earlier.source), earlier.source)
    return [
        replace(hit, target=m)
        for p, m in givers.items()
        if p != own and _differ(ctx, hit.source, m)
    ]


def _round_gift(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a gift with no recipient may be one more gift of the round the story tells
    (_fellow_recipient, _lead_recipient): of gift_codes, and not told as a charge or an aside
    (an -ing form), as a standing fact ("Iran has supplied drones"), in a quoted present ('"India
    sends helicopters, China sends money," he said': a portrait), nor naming a receiver no actor
    stands for ("donated 10 million euros to its own defense industry": _told_addressee)."""
    if hit.trigger.tag == "VBG" or not _gift_code(ctx, hit.code):
        return False
    if _told_addressee(ctx, hit.trigger, _GIFT_PREPS):
        return False
    if any(a.lemma.lower() == "have" for a in ctx.kids(hit.trigger.i, frozenset({"aux"}))):
        return False
    return not _quoted_present(ctx, hit.trigger)


def _fellow_recipient(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A gift with no recipient joins the other givers' gifts told just before, all to one state.

    "Japan gave Pakistan $10 million for flood relief. China sent tents. The United States
    announced $30 million in aid": every gift (gift_codes) coded up to _FELLOW_WINDOW
    sentences back went to Pakistan, from givers other than this one, so this gift goes there
    too. Gifts to two states, another state named since the first of those gifts (a gift
    to it may have gone uncoded: "Germany sent 10 million euros to Somalia"), or the giver a
    party to any act in reach (its own deal or quarrel is what the gift may be for) give
    nothing; nor a gift told as a charge or an aside (an -ing form, as in _sole_recipient),
    nor one that names a receiver no actor stands for ("donated 10 million euros to its own
    defense industry": _told_addressee).
    """
    if not _round_gift(ctx, hit):
        return []
    giver = _principal(hit.source)
    found: Mention | None = None
    parties = {giver}
    first = sent_index
    for index, earlier in reversed(coded):
        if sent_index - index > _FELLOW_WINDOW:
            break
        if earlier.target is None:
            continue
        given = _gift_code(ctx, earlier.code)
        if giver in (_principal(earlier.source), _principal(earlier.target)) and not (
            given
            and giver == _principal(earlier.source)
            and earlier.code[:2] in ctx.rules.delivery_roots
        ):
            # only a delivery made ("flew relief supplies to Manila"), not one agreed ("agreed
            # to supply Ukraine with air defense ... delivered the first tanks": other goods)
            return []
        if not given:
            continue
        # "Japan flew relief supplies to Manila ... Tokyo also pledged $10 million": the
        # giver's own gift told before goes to the same state as the others'
        found = found or earlier.target
        if _principal(found) != _principal(earlier.target):
            return []
        parties |= {_principal(earlier.source), _principal(earlier.target)}
        first = index
    if found is None:
        return []
    return _named_since(ctx, hit, coded, sent_index, found, first, parties)


def _giver_recipient(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A gift with no recipient goes where its giver's own aid went just before.

    "The EU pledged 100 million euros in aid to Moldova ... The bloc has already delivered 60
    generators to hospitals": every act the giver did up to _FELLOW_WINDOW sentences back was
    aimed at one state, one of them a gift (gift_codes) of money or aid (_aid_gift), so the
    goods it gives now, named for no one or for a body no actor stands for ("to hospitals",
    "to the grid operator": that state's own), are more of that aid. The giver's acts aimed
    at two states, a gift of named goods only ("agreed to supply Ukraine with air defense
    systems": "the first tanks" may be another deal's), a gift told as an aside or a standing
    fact ("has funded monitoring for years"), or another state named since the aid, even as
    a speaker or a place (it may be whom the goods are for), give nothing; a receiver owned
    by the giver is kept home earlier (_own_receiver)."""
    verb = hit.trigger
    if verb.tag == "VBG" or _quoted_present(ctx, verb) or _standing(ctx, verb):
        return []
    if not _gift_code(ctx, hit.code):
        return []
    giver = _principal(hit.source)
    own = [
        (i, h)
        for i, h in coded
        if (ago := _told_ago(hit, i, h, sent_index)) is not None
        and ago <= _FELLOW_WINDOW
        and h.target is not None
        and _same_source(h, giver)
    ]
    if len({_principal(h.target) for _, h in own if h.target is not None}) != 1:
        return []
    aid = [
        (i, h)
        for i, h in own
        if _gift_code(ctx, h.code) and _aid_gift(ctx, h.trigger)
    ]
    found = aid[-1][1].target if aid else None
    if found is None:
        return []
    first = aid[-1][0]
    receiver = _principal(found)
    # any state named since the latest aid, as a speaker or a place too ("Togo said floods
    # had displaced 20,000 people"), may be whom the goods are for; fellow givers to the same
    # receiver are not ("Japan also sent tents to Tonga"), nor a name that only qualifies
    # ("a winter without Russian gas")
    fellows = {
        _principal(h.source)
        for i, h in coded
        if first <= i <= sent_index
        and h.target is not None
        and _principal(h.target) == receiver
        and _gift_code(ctx, h.code)
    }
    start = ctx.parse.sentences[first].token_start
    named = _named_states(ctx, start, ctx.parse.sentences[sent_index].token_end, hit.source)
    others = {p for p, (m, _) in named.items() if not _qualifier(ctx, m)}
    if others - {giver, receiver} - fellows:
        return []
    return [replace(hit, target=found, act="")]


def _gift_code(ctx: _Ctx, code: str) -> bool:
    """Whether a CAMEO code is a gift's (rules gift_codes, matched as prefixes)."""
    return any(code.startswith(c) for c in ctx.rules.gift_codes)


def _qualifier(ctx: _Ctx, m: Mention) -> bool:
    """Whether a name only qualifies a noun ("Russian gas", "Soviet-era"): an adjective or a
    compound on a noun outside the mention, no party."""
    return _mention_root(ctx, m).dep in ("amod", "compound")


def _aid_gift(ctx: _Ctx, verb: Token) -> bool:
    """Whether a gift's verb gives money or aid ("pledged $10 million", "sent humanitarian
    aid": money_words, helping_words), not named goods only ("systems", "tanks")."""
    helping = ctx.rules.helping_words
    return _money_object(ctx, verb) or any(
        t.lemma.lower() in helping
        for o in ctx.kids(verb.i, _OBJ)
        for t in ctx.parse.subtree(o.i)
    )


def _named_since(
    ctx: _Ctx,
    hit: _Hit,
    coded: list[tuple[int, _Hit]],
    sent_index: int,
    found: Mention,
    first: int,
    parties: set[str],
    places: bool = True,
) -> list[_Hit]:
    """The gift aimed at found, unless a state other than the parties, named from sentence
    first on, may be its receiver (_fellow_recipient, _lead_recipient); ``places``: a name
    after a preposition of place counts too."""
    start = ctx.parse.sentences[first].token_start
    end = ctx.parse.sentences[sent_index].token_end
    named = _named_states(ctx, start, end, hit.source, places)
    # a state named only as one who speaks or gives, uncoded ("Britain, Ghana's former ruler,
    # said it would cancel debt"), is no recipient; one named as an object may be, and a
    # party to another coded act ("Russia condemned the delivery") may be what the gift is for
    acting = {
        _principal(m)
        for index, earlier in coded
        if first <= index <= sent_index and earlier.target is not None
        for m in (earlier.source, earlier.target)
    }
    # a state that gave to the same recipient earlier in the story is a fellow giver, not
    # the gift's receiver ("Australia pledged aid to Tonga ... The prime minister singled out
    # Australia and New Zealand for their speed. Japan said it would provide $3 million"),
    # and one a from-phrase names is where something comes from (_origin)
    givers = {
        _principal(earlier.source)
        for index, earlier in coded
        if index < sent_index
        and earlier.target is not None
        and _principal(earlier.target) == _principal(found)
        and _gift_code(ctx, earlier.code)
    }
    receivers = {
        p for p, (m, fits) in named.items() if (fits and not _origin(ctx, m)) or p in acting
    }
    if receivers - parties - givers:
        return []
    return [replace(hit, target=found, act="")]


def _lead_recipient(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A gift with no recipient in a story whose lead tells gifts to one state: to that state.

    "Britain, Canada and the EU pledged emergency aid to Jamaica as the island counted the
    damage ... [eight sentences] ... Japan said it would send tents and a relief team": every
    gift (gift_codes) the lead (ctx.lead_end) codes went to one state, the giver is a side of
    no coded act since (its own deal or quarrel is what the gift may be for, its own gift may
    be of other goods), and no other state named since may be the receiver, a place's name
    aside ("from an air base in Honduras": _named_since); a gift of the round (_round_gift).
    """
    if not _round_gift(ctx, hit):
        return []
    lead = [
        (i, e.target)
        for i, e in coded
        if i < ctx.lead_end and e.target is not None and _gift_code(ctx, e.code)
    ]
    if not lead or len({_principal(t) for _, t in lead}) != 1:
        return []
    first, found = lead[0]
    receiver, giver = _principal(found), _principal(hit.source)
    if giver == receiver:
        return []
    for index, earlier in coded:
        if index < first or earlier.target is None:
            continue
        if giver in (_principal(earlier.source), _principal(earlier.target)):
            # "Japan and China signed a deal ... Japan sent tents": for whom? And a giver of
            # the lead's own ("agreed to supply Ukraine with air defense ... delivered the
            # first tanks") may send other goods under another deal (as _fellow_recipient)
            return []
    return _named_since(ctx, hit, coded, sent_index, found, first, {giver, receiver}, False)


def _joined_gift(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> bool:
    """Whether a gift naming no recipient is joined after a verb of the same giver that gave
    a sum to a recipient the context found ("Tokyo pledged $10 million in grants and sent a
    medical team"): the pair's aid is told once, by the first verb."""
    verb = hit.trigger
    if verb.dep != "conj" or verb.head == verb.i:
        return False
    head = ctx.tok(verb.head)
    if head.pos != "VERB" or not any(_amount(ctx, o) for o in ctx.kids(head.i, _OBJ)):
        return False
    return any(
        index == sent_index
        and earlier.trigger.i == head.i
        and earlier.context == "delivery"
        and earlier.target is not None
        and _principal(earlier.source) == _principal(hit.source)
        for index, earlier in coded
    )


def _origin(ctx: _Ctx, m: Mention) -> bool:
    """Whether a state is named as where something comes from, a from-phrase ("France sent a
    military aircraft from New Caledonia"): an origin, no receiver of a gift."""
    head = _mention_root(ctx, m)
    return head.dep == "pobj" and head.head != head.i and ctx.tok(head.head).lemma.lower() == "from"


def _mention_root(ctx: _Ctx, m: Mention) -> Token:
    """The token of a mention whose head lies outside it: where the name hangs in the clause."""
    head = ctx.tok(m.token_start)
    while m.token_start <= head.head < m.token_end and head.head != head.i:
        head = ctx.tok(head.head)
    return head


def _host_recipient(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A promise or gift of money (no goods) that no rule above gives a recipient goes to
    the state the story is datelined in, when the story has made that state a party already.

    "NAIROBI, Kenya — India signed rail contracts with Kenya ... India also agreed to extend a
    $250 million line of credit for irrigation projects": the dateline's state
    (_dateline_host), other than the giver, a side of an act coded before, with no state but
    the givers named in the sentence; nothing when the giver is a party to an act in reach
    with a third state (its own deal or quarrel there is what the gift may be for), nor when
    the _RECIPIENT_WINDOW sentences before tell an act the host is no side to, a joint act of
    the host and another state, an act of the host on a third state but thanks, or name another
    state as a recipient (as _fellow_recipient: the gift may be for it); nor when the body
    names a third state before more often than the host (_mention_counts: the story is about
    it). Not a gift told as a charge or an aside (an -ing form), a standing fact ("has funded
    ... for years", "since 2023"), one placed beyond the host (wide_places), nor one that
    names a receiver no actor stands for ("pledged $5 million to its own navy").
    """
    rules = ctx.rules
    if hit.trigger.tag == "VBG" or not _gift_code(ctx, hit.code):
        return []
    if hit.code[:2] in rules.delivery_roots and not _money_object(ctx, hit.trigger):
        return []  # "France delivered the first helicopters": goods, a deal's (_delivery_partner)
    if _told_addressee(ctx, hit.trigger, _GIFT_PREPS):
        return []
    if _standing(ctx, hit.trigger):
        return []  # "has funded patrols for years": a standing fact, not the news's gift
    if any(
        t.dep == "pobj"
        and t.lemma.lower() in rules.wide_places
        and ctx.tok(t.head).lemma.lower() in rules.place_preps
        for t in ctx.parse.subtree(hit.trigger.i)
    ):
        return []  # "for clean energy projects in Africa", "around the world": beyond the host
    hosts = [m for m in _dateline_host(ctx) if _differ(ctx, hit.source, m)]
    if not hosts:
        return []
    host, giver = _principal(hosts[0]), _principal(hit.source)
    party = False
    for index, earlier in coded:
        if earlier.target is None or index >= sent_index:
            continue
        sides = {_principal(earlier.source), _principal(earlier.target)}
        party = party or host in sides
        if giver in sides and not sides <= {giver, host} and sent_index - index <= _CONTEXT_WINDOW:
            return []
    if not party:
        return []
    sent = ctx.parse.sentences[sent_index]
    givers = _givers(ctx, hit) | _sum_givers(ctx, hit, sent)
    if set(_named_states(ctx, sent.token_start, sent.token_end, hit.source)) - givers:
        # "for refugees in Bangladesh": a recipient of its own; "financed the expansion of
        # Gabon's port" names the host in a way the rules above did not take
        return []
    first = max(ctx.first_body, sent_index - _RECIPIENT_WINDOW)
    partners = givers | {host}  # states the host dealt with in reach: no rival recipients
    pairs: set[tuple[str, str]] = set()
    for index, e in coded:
        if e.target is None or not first <= index < sent_index:
            continue
        pair = (_principal(e.source), _principal(e.target))
        if host not in pair:
            return []  # "Kenya said it had asked Tanzania for vaccines. The EU pledged ..."
        if (
            pair[0] == host
            and pair[1] not in givers
            and pair[1] in _state_codes()
            and not e.code.startswith("05")
        ):
            # "Kenya urged Sudan to agree a truce. The United States pledged $50 million": the
            # host's own dealings with a third state make the gift maybe that state's; not
            # its thanks to a helper ("Haiti thanked Kenya for leading the force")
            return []
        partners |= set(pair)
        pairs.add(pair)
    if any((b, a) in pairs and {a, b} - givers - {host} for a, b in pairs):
        return []  # "Zambia and Malawi signed a deal. China donated ...": for either side
    told = _mention_counts(ctx, ctx.parse.sentences[ctx.first_body].token_start, sent.token_start)
    if any(n > told[host] for p, n in told.items() if p not in givers | {host}):
        # "Sudan's warring sides agreed to a truce. Sudan thanked Kenya for hosting the talks.
        # The United States pledged $50 million": a story about another state more than the
        # host (named more often before), the gift maybe that state's
        return []
    start = ctx.parse.sentences[first].token_start
    named = _named_states(ctx, start, sent.token_start, hit.source)
    if any(fits for p, (_, fits) in named.items() if p not in partners):
        return []  # "Germany sent 10 million euros to Somalia. Norway pledged ...": whose?
    return [replace(hit, target=hosts[0], act="")]


def _money_object(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb's object is a sum of money ("announced a $50 million grant", "gave 10
    million euros"), not goods ("delivered the first tanks")."""
    money = ctx.rules.money_words
    return any(
        t.ent_type == "MONEY" or t.lemma.lower() in money
        for o in ctx.kids(verb.i, _OBJ)
        for t in ctx.parse.subtree(o.i)
    )


def _standing(ctx: _Ctx, verb: Token) -> bool:
    """Whether a perfect verb tells a standing fact: "has funded monitoring for years", "have
    supplied arms since 2022" (a since-phrase, or a for-phrase of duration_nouns, on the verb
    or its object)."""
    if not any(a.lemma.lower() == "have" for a in ctx.kids(verb.i, frozenset({"aux"}))):
        return False
    heads = [verb, *ctx.kids(verb.i, _OBJ)]  # "funded water monitoring for years"
    for p in (k for h in heads for k in ctx.kids(h.i, frozenset({"prep"}))):
        lemma = p.lemma.lower()
        if lemma == "since" or (
            lemma == "for"
            and any(o.lemma.lower() in ctx.rules.duration_nouns for o in _pobjs(ctx, p))
        ):
            return True
    return False


def _givers(ctx: _Ctx, hit: _Hit) -> set[str]:
    """The principals of every subject of a gift's verb: givers named together give
    alongside one another, not to each other."""
    return {_principal(m) for m in _actors(ctx, _subject_tokens(ctx, hit.trigger), "source")}


def _sum_givers(ctx: _Ctx, hit: _Hit, sentence: Sentence) -> set[str]:
    """The principals of the subjects of the sentence's other verbs that give a sum of money,
    or say they will ("Australia said it would provide 50 million dollars, and New Zealand
    pledged a further 20 million"), and the givers of its other gifts of aid ("and the United
    States said it would send a team of doctors"): donors listed one after another give
    alongside the gift's giver, as _givers' fellow subjects do, and are no recipients of it."""
    out: set[str] = set()
    giving = ctx.rules.sum_giving_verbs
    for i in range(sentence.token_start, sentence.token_end):
        verb = ctx.tok(i)
        if verb.pos != "VERB" or i == hit.trigger.i or verb.lemma.lower() not in giving:
            continue
        if _money_object(ctx, verb):
            # the giving verb's own subject ("it" of "said it would provide"), never the
            # teller of another's gift ("the minister said Tokyo had offered $30 million")
            out |= {_principal(m) for m in _actors(ctx, _subject_tokens(ctx, verb), "source")}
    # "The EU pledged 3 million euros for the response, and the United States said it would
    # send a team of doctors": the giver of the sentence's other gift of aid (gift_codes),
    # money or not, gives alongside, as the United States' gift sees the EU's
    out |= {
        _principal(h.source)
        for h in ctx.sentence_hits.get(sentence.index, ())
        if h.trigger.i != hit.trigger.i
        and h.source.actor is not None
        and _gift_code(ctx, h.code)
    }
    return out


def _named_states(
    ctx: _Ctx, first: int, last: int, party: Mention, places: bool = True
) -> dict[str, tuple[Mention, bool]]:
    """States other than a party named in tokens first..last, with whether one is named as a
    recipient (an object); a name that only qualifies ("Russian-made") is not counted, nor
    one after a preposition of place unless places."""
    seen: dict[str, tuple[Mention, bool]] = {}  # principal -> (a mention, named as recipient)
    for i in range(first, last):
        m = ctx.by_token.get(i)
        if m is None or m.actor is None or m.members or not _differ(ctx, party, m):
            continue
        if m.actor.principal not in _state_codes():
            continue
        head = ctx.tok(i)
        if _speech_place(ctx, head):
            continue  # "told reporters in Moscow": where one spoke, no party
        if not places and head.dep == "pobj" and head.head != head.i:
            if ctx.tok(head.head).lemma.lower() in ctx.rules.place_preps:
                continue
        if not m.token_start <= head.head < m.token_end:
            # a subject gives or acts, a modifier only qualifies ("Russian-made"), goods come
            # from a seller ("will pay for 40 tanks from South Korea"): no recipient
            fits = head.dep in _RECIPIENT_DEPS or _placed_owner(ctx, head)
            seller = head.dep == "pobj" and ctx.tok(head.head).lemma.lower() == "from"
            fits = fits and not seller
            seen[m.actor.principal] = (m, fits or seen.get(m.actor.principal, (m, False))[1])
    return seen


def _speech_place(ctx: _Ctx, tok: Token) -> bool:
    """Whether a name is only where someone spoke ("told reporters in Moscow", "said at a
    briefing in Astana"): an "in" on a speech verb, or on its object or prepositional phrase,
    names the speaker's seat, not a place a gift or an act goes to."""
    if tok.dep != "pobj" or tok.head == tok.i or ctx.tok(tok.head).lemma.lower() != "in":
        return False
    k = ctx.tok(tok.head).head
    for _ in range(3):
        cur = ctx.tok(k)
        if cur.pos in ("VERB", "AUX"):
            return cur.lemma.lower() in ctx.rules.speech_verbs
        if cur.head == cur.i:
            return False
        k = cur.head
    return False


def _placed_owner(ctx: _Ctx, tok: Token) -> bool:
    """Whether a state owns the place a preposition of place names ("posts along Chad's
    frontier", "schools in Mali's north"): the gift goes there, as with "in Chad"; also
    through of-phrases of the place a gift is sent to or for ("relief to quake-hit areas of
    Nepal's Gorkha district")."""
    if tok.dep != "poss" or tok.head == tok.i:
        return False
    owned = ctx.tok(tok.head)
    nested = False
    for _ in range(3):
        if owned.dep != "pobj" or owned.head == owned.i:
            return False
        prep = ctx.tok(owned.head)
        if prep.lemma.lower() != "of" or prep.head == prep.i:
            break
        owned, nested = ctx.tok(prep.head), True  # "areas of Nepal's district": the areas
    word = ctx.tok(owned.head).lemma.lower()
    return word in ctx.rules.place_preps or (nested and word in ("to", "for"))


def _coup_state(ctx: _Ctx, hit: _Hit, sent_index: int) -> list[_Hit]:
    """A reaction to "the coup" or "the takeover" that names no state: aimed at the state the
    coup took place in, as "condemned the coup in Niger" is (v.criticize_rule_in).

    "Soldiers detained President Moussa and seized power in Niger. ECOWAS suspended Niger.
    France condemned the coup": the nearest sentence, up to _CONTEXT_WINDOW back, that tells
    a coup (_tells_coup) gives the one state it names other than the reactor (IGOs are no
    place of a coup); two states, or none but the reactor ("Gabon's new leaders defended the
    takeover"), give nothing.
    """
    if hit.noun < 0 or ctx.tok(hit.noun).lemma.lower() not in ctx.rules.coup_nouns:
        return []
    states = _state_codes()
    for index in range(sent_index, max(ctx.first_body, sent_index - _CONTEXT_WINDOW) - 1, -1):
        sent = ctx.parse.sentences[index]
        tokens = ctx.parse.tokens[sent.token_start : sent.token_end]
        # "France condemned the coup": another answer's noun tells no coup of its own
        answers = {h.noun for h in ctx.sentence_hits.get(index, ())} | {hit.noun}
        if not any(t.i not in answers and _tells_coup(ctx, t) for t in tokens):
            continue
        found: dict[str, Mention] = {}
        for t in tokens:
            # "Soldiers seized power, Nigerian officials said": not the state that reports it
            m = None if _coup_reporter(ctx, t) else ctx.by_token.get(t.i)
            if m is None or m.actor is None or m.members or m.actor.principal not in states:
                continue
            if _differ(ctx, hit.source, m):
                found.setdefault(m.actor.principal, m)
        if len(found) != 1:
            return []
        return [replace(hit, target=m, context="told") for m in found.values()]
    return []


def _elected_state(ctx: _Ctx, hit: _Hit, sent_index: int) -> list[_Hit]:
    """The state whose vote a greeting to its winner answers ("Peru held a presidential runoff
    on Sunday. Chile and Colombia congratulated the winner").

    The nearest sentence, up to _ELECTION_WINDOW back, with a noun of a vote (election_nouns)
    gives the one state named on that noun ("Kyrgyzstan's presidential election", "the
    election in Peru") or in the subject of the verb it is the object of ("Peru held a
    runoff", "Ghana's opposition leader won the election"); two states, or none, give nothing.
    """
    states = _state_codes()
    for index in range(sent_index, max(ctx.first_body, sent_index - _ELECTION_WINDOW) - 1, -1):
        sent = ctx.parse.sentences[index]
        found: dict[str, Mention] = {}
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if t.lemma.lower() not in ctx.rules.election_nouns or t.pos != "NOUN":
                continue
            owners = [
                *ctx.kids(t.i, frozenset({"poss", "amod", "compound", "nmod"})),
                *(
                    p
                    for k in ctx.kids(t.i, frozenset({"prep"}))
                    if k.lemma.lower() == "in"
                    for p in _pobjs(ctx, k)
                ),
            ]
            if t.dep == "dobj" and not any(o.i in ctx.by_token for o in owners):
                owners = [
                    w
                    for k in ctx.kids(t.head, frozenset({"nsubj"}))
                    for w in ctx.parse.subtree(k.i)
                ]
            for o in owners:
                m = ctx.by_token.get(o.i)
                if m is None or m.actor is None or m.members or m.actor.principal not in states:
                    continue
                if _differ(ctx, hit.source, m):
                    found.setdefault(m.actor.principal, m)
        if not found:
            if _other_win(ctx, sent.token_start, sent.token_end):
                return []  # "Kipchoge won the Berlin marathon. Ethiopia congratulated the winner"
            continue
        if len(found) != 1:
            return []
        # the winner greeted stands for the state ("Ghana's opposition leader won"): GHA
        return [
            replace(hit, target=_as_state(m), context="told")
            for m in found.values()
            if m.actor is not None
        ]
    return []


_ELECTION_WINDOW = 3  # sentences back that a greeting to a vote's winner looks for the vote


def _other_win(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether tokens start..end-1 tell a win of something other than a vote ("won the Berlin
    marathon", "won the cup"; not "won 52 percent of the vote"): a greeting to "the winner"
    after it is for that one."""
    return any(
        t.lemma.lower() == "win"
        and t.pos == "VERB"
        and any(
            all(w.lemma.lower() not in ctx.rules.election_nouns for w in ctx.parse.subtree(o.i))
            for o in ctx.kids(t.i, _OBJ)
        )
        for t in ctx.parse.tokens[start:end]
    )


def _coup_reporter(ctx: _Ctx, t: Token) -> bool:
    """Whether a name is, or modifies, the subject of a saying verb ("Nigerian officials
    said", "Ghana's foreign ministry said") or the source after "according to": who tells
    of a coup, not where it was. Not when what is said has a pronoun for its subject: the
    speakers tell their own deed ("Gabon's army said it had seized power")."""
    for _ in range(4):
        if t.dep not in ("amod", "compound", "poss", "nmod") or t.head == t.i:
            break
        t = ctx.tok(t.head)
    head = ctx.tok(t.head)
    if t.dep == "nsubj" and head.lemma.lower() in ctx.rules.speech_verbs:
        said = ctx.kids(head.i, frozenset({"ccomp"}))
        return not any(s.pos == "PRON" for c in said for s in ctx.kids(c.i, _ANY_SUBJ))
    return (
        t.dep == "pobj"
        and head.text.lower() == "to"
        and head.head != head.i
        and ctx.tok(head.head).text.lower() == "according"
    )


def _tells_coup(ctx: _Ctx, t: Token) -> bool:
    """Whether a word tells a coup: a noun of coup_words, "seized power" (power_verbs), "took
    over" with no object, or a verb of ousting_verbs with an object, affirmed and tensed; not
    in a quotation (a speaker's words about it)."""
    first = ctx.parse.sentences[t.sent].token_start
    if sum(x.text in _QUOTE_MARKS for x in ctx.parse.tokens[first : t.i]) % 2:
        return False
    rules = ctx.rules
    lemma = t.lemma.lower()
    if t.pos == "NOUN":
        return lemma in rules.coup_words
    if t.pos != "VERB" or t.tag in ("VBG", "VB") or _negated(ctx, t):
        return False  # "no justification for taking power by force": no coup told
    objs = ctx.kids(t.i, _OBJ)
    if lemma in rules.ousting_verbs:
        return bool(objs)
    if lemma not in rules.power_verbs:
        return False
    if any(o.lemma.lower() == "power" for o in objs):
        return True
    over = any(k.lemma.lower() == "over" for k in ctx.kids(t.i, frozenset({"prt"})))
    return lemma == "take" and over and not objs


def _parallel_deed(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A deed with no target told as one more of the same: "Mali recalled its ambassador from
    Algeria. Niger also recalled its envoy", "... recalled their envoys the same day".

    When the verb says so (_parallel_marked), the deed takes the targets of the latest act told
    by the same pattern by another actor, up to _BYSTANDER_WINDOW sentences back; the actor itself is
    never its own target ("Estonia recalled its envoy from Moscow. Russia also recalled its
    ambassador": nothing).
    """
    if not _parallel_marked(ctx, hit.trigger):
        return []
    own = _principal(hit.source)
    for index, earlier in reversed(coded):
        if sent_index - index > _BYSTANDER_WINDOW:
            break
        if earlier.target is None or earlier.pattern.id != hit.pattern.id:
            continue  # "Niger also expelled two journalists" is no more of a recall
        if _principal(earlier.source) == own:
            continue
        return _parallel_to(hit, coded, index, earlier, own)
    return []


def _joined_reaction(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A reaction told as joining another's: "Japan joined Seoul in condemning the move"
    answers whom Seoul's latest act of the same root, up to _CONTEXT_WINDOW sentences back,
    was aimed at (every target of that act), never the joiner itself."""
    verb = hit.trigger
    prep = ctx.tok(verb.head)
    if verb.dep != "pcomp" or prep.lemma.lower() != "in" or prep.head == prep.i:
        return []
    join = ctx.tok(prep.head)
    if join.lemma.lower() != "join":
        return []
    partners = {_principal(m) for m in _actors(ctx, ctx.kids(join.i, _OBJ), "source")}
    own = _principal(hit.source)
    for index, earlier in reversed(coded):
        if sent_index - index > _CONTEXT_WINDOW:
            break
        if earlier.target is None or _principal(earlier.source) not in partners:
            continue
        if earlier.code[:2] != hit.code[:2]:
            continue
        return _parallel_to(hit, coded, index, earlier, own)
    return []


def _office_judged(ctx: _Ctx, hit: _Hit) -> list[_Hit]:
    """A friendly judgement by an office abroad that no context rule placed: aimed at the
    state the office sits in (office_nouns with an "in" phrase), whose act it judges.

    "Indonesian police broke up a smuggling ring ... The Australian Embassy in Jakarta
    praised the operation": an embassy speaks of its host's deeds (office_judged_roots; not
    hostile words, which may judge a third state's deed done there)."""
    if hit.code[:2] not in ctx.rules.office_judged_roots or hit.source.kind == "pronoun":
        return []
    head = ctx.tok(hit.source.token_end - 1)
    if head.lemma.lower() not in ctx.rules.office_nouns:
        return []
    places = _preps(ctx, head, frozenset({"in"}))
    hosts = [m for m in _actors(ctx, places, "target", True) if _differ(ctx, hit.source, m)]
    if len({_principal(m) for m in hosts}) != 1:
        return []
    # the host's deed is told in the sentence or the one before: some mention of the host
    # outside the office's own phrase ("Finland's service ... welcomed by Kenya's embassy in
    # Stockholm" judges Finland's step, not Sweden's: nothing is coded)
    host = _principal(hosts[0])
    phrase = {t.i for t in ctx.parse.subtree(head.i)}
    first = ctx.parse.sentences[max(hit.trigger.sent - 1, ctx.first_body)].token_start
    last = ctx.parse.sentences[hit.trigger.sent].token_end
    if not any(
        (m := ctx.by_token.get(i)) is not None and m.actor is not None and _principal(m) == host
        for i in range(first, last)
        if i not in phrase
    ):
        return []
    return [replace(hit, target=hosts[0], context="office")]


def _fellow_critic_deed(
    ctx: _Ctx, hit: _Hit, found: list[_Hit], coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A reaction to "the move" told as one more of the same whose latest deed is the earlier
    reactor's own: "Mali condemned the agreement ... It warned that it would close the border
    ... Russia also criticized the move" sets Russia beside Mali ("also"), so the move is not
    Mali's threat but what Mali condemned: the targets of that reaction (_parallel_to).

    Only when the verb says so (_parallel_marked) and the deed found (``found``) is aimed
    from the doer of the latest reaction of the same root by another actor, up to
    _BYSTANDER_WINDOW sentences back; otherwise ``found`` stands.
    """
    if not found or not _parallel_marked(ctx, hit.trigger):
        return found
    own = _principal(hit.source)
    for index, earlier in reversed(coded):
        if sent_index - index > _BYSTANDER_WINDOW:
            break
        if earlier.target is None or _principal(earlier.source) == own:
            continue
        if earlier.code[:2] != hit.code[:2] or not _answers_earlier(ctx, earlier):
            continue
        critic = _principal(earlier.source)
        if not all(h.target is not None and _principal(h.target) == critic for h in found):
            return found
        joined = _parallel_to(hit, coded, index, earlier, own)
        return joined or found
    return found


def _similar_deed(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A deed with no target whose object is told as one more of a kind: "Poland extended its
    ban on Ukrainian grain. Hungary and Slovakia, which imposed similar bans in 2023, ...".

    The deed takes the targets of the latest act of the same root (deed_roots) by another
    actor, up to _CONTEXT_WINDOW sentences back (or earlier in its own sentence): "similar"
    points back to the story's deed as "the move" does, across quotes; the actor is never its
    own target. _verb_hits sends only objects with a parallel adjective here.
    """
    own = _principal(hit.source)
    for index, earlier in reversed(coded):
        if sent_index - index > _CONTEXT_WINDOW:
            break
        if earlier.target is None or earlier.code[:2] != hit.code[:2]:
            continue
        if _principal(earlier.source) == own:
            continue
        return _parallel_to(hit, coded, index, earlier, own)
    return []


def _parallel_to(
    hit: _Hit, coded: list[tuple[int, _Hit]], index: int, earlier: _Hit, own: str
) -> list[_Hit]:
    """The act aimed at every target of an earlier act (all of that trigger's events in its
    sentence), never at its own actor: one more of the same."""
    targets = {
        _principal(h.target): h.target
        for i, h in coded
        if i == index and h.trigger.i == earlier.trigger.i and h.target is not None
    }
    return [replace(hit, target=t, context="parallel") for p, t in targets.items() if p != own]


def _parallel_marked(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb tells its act as one more of the same: "also" (parallel_adverbs) or a
    time that is the same ("the same day", "on the same night": duration_nouns)."""
    rules = ctx.rules
    if any(a.lemma.lower() in rules.parallel_adverbs for a in ctx.kids(verb.i, _ADVMOD)):
        return True
    return any(
        t.lemma.lower() in rules.duration_nouns
        and any(m.lemma.lower() == "same" for m in ctx.kids(t.i, _AMOD))
        for k in ctx.kids(verb.i, frozenset({"npadvmod", "prep"}))
        for t in ctx.parse.subtree(k.i)
    )


_AMOD = frozenset({"amod"})


def _conflict_sides(
    ctx: _Ctx,
    hit: _Hit,
    coded: list[tuple[int, _Hit]],
    sent_index: int,
    roots: frozenset[str] | None = None,
) -> list[_Hit]:
    """An appeal for calm with no target of its own is aimed at both sides of the latest conflict.

    "Israeli forces struck targets in Lebanon. France urged both sides to show restraint": the
    latest hostile act (conflict_roots) up to _CONTEXT_WINDOW sentences back gives its source
    and its target. Only a third party's appeal: one side calling for restraint ("the Canadian
    Chamber of Commerce called for restraint" in a trade war) may speak to its own. No such
    act, no target (``roots``: other roots that make a quarrel, conflict_roots by default).
    An IGO is no side: its warning or sanction answers the conflict, whose
    side it names ("Turkey sent a drill ship ... the EU warned Ankara ... Washington urged
    restraint on all sides": Turkey, not the EU).
    """
    if _appeal_addressee(ctx, hit.trigger):
        return []  # "urged restraint by police facing protesters": asked of others, named
    states = _state_codes()
    aside = [t for t in _aside_pair(ctx, hit.source) if _principal(t) in states]
    if len(aside) > 1 and all(_differ(ctx, hit.source, t) for t in aside):
        return [replace(hit, target=t) for t in aside]
    for index, earlier in reversed(coded):
        if sent_index - index > _CONTEXT_WINDOW:
            break
        appealed = _appealed_sides(ctx, hit, earlier, coded)
        if appealed:
            return [replace(hit, target=t) for t in appealed]
        if (
            index < sent_index
            and earlier.code in ctx.rules.mediation_codes
            and not _differ(ctx, hit.source, earlier.source)
        ):
            # "Qatar hosted talks between Sudan's army and the RSF. The Gulf state urged both
            # sides to ...": the sides of its own mediation told before, not an older
            # conflict's; a mediation that coded one state only was between a state and a
            # group at home (one in an aside of the appeal's own sentence is background)
            return _mediated_sides(ctx, hit, earlier, coded)
        if earlier.code[:2] not in (roots or ctx.rules.conflict_roots) or earlier.target is None:
            continue
        if _background_only(ctx, hit, earlier):
            continue  # "Since the junta seized power in 2020, it has expelled French forces"
        sides = [
            m
            for m in (earlier.source, earlier.target)
            if m.actor is not None and m.actor.principal in states
        ]
        if not all(_differ(ctx, hit.source, t) for t in sides):
            return []
        return [replace(hit, target=t) for t in sides]
    return []


def _mediated_sides(
    ctx: _Ctx, hit: _Hit, earlier: _Hit, coded: list[tuple[int, _Hit]]
) -> list[_Hit]:
    """An appeal's sides when its source's own mediation was told last: the two or more
    states the mediation coded as its targets, else none (one state and a group at home)."""
    sides = _act_states(earlier, coded)
    if len(sides) < 2 or not all(_differ(ctx, hit.source, t) for t in sides.values()):
        return []
    return [replace(hit, target=t) for t in sides.values()]


def _aside_pair(ctx: _Ctx, source: Mention) -> list[Mention]:
    """The members of a pair reference in an aside on an appeal's source ("Brazil, a partner
    of both countries in Mercosur, called for calm", "Angola, which mediates between the two
    countries, urged calm": lead's ruling, session 24, as set 22's gold reads it): the sides
    the appeal is made to, whatever acts the story told between them; [] when the aside names
    no pair. An aside is an apposition or a relative clause set off by a comma."""
    head = ctx.tok(source.token_end - 1)
    asides = ctx.kids(head.i, frozenset({"appos"})) + [
        r for r in ctx.kids(head.i, frozenset({"relcl"})) if ctx.tok(head.i + 1).text == ","
    ]
    for aside in asides:
        for t in ctx.parse.subtree(aside.i):
            m = ctx.by_token.get(t.i)
            if m is not None and len(m.members) > 1:
                return [replace(m, actor=a) for a in m.members]
    return []


def _appeal_addressee(ctx: _Ctx, verb: Token) -> bool:
    """Whether an appeal for calm names those it asks in a phrase that is no state ("urged
    restraint by police", "calm among supporters"): no sides of a conflict are meant; "restraint
    from both sides", "by the two governments", "on the border" leave the sides to the story."""
    rules = ctx.rules
    spared = rules.party_nouns | rules.generic_plurals
    return any(
        k.lemma.lower() in ("from", "by", "among")
        and p.i not in ctx.by_token
        and p.pos == "NOUN"
        and p.lemma.lower() not in spared
        for h in [verb, *ctx.kids(verb.i, _OBJ)]
        for k in ctx.kids(h.i, frozenset({"prep", "agent"}))
        for p in _pobjs(ctx, k)
    )


def _act_states(earlier: _Hit, coded: list[tuple[int, _Hit]]) -> dict[str, Mention]:
    """The states, by principal, that the act at ``earlier``'s trigger by its source coded
    as targets."""
    states = _state_codes()
    sides: dict[str, Mention] = {}
    for _, e in coded:
        if e.trigger.i == earlier.trigger.i and e.source == earlier.source and e.target is not None:
            if e.target.actor is not None and e.target.actor.principal in states:
                sides.setdefault(e.target.actor.principal, e.target)
    return sides


def _appealed_sides(
    ctx: _Ctx, hit: _Hit, earlier: _Hit, coded: list[tuple[int, _Hit]]
) -> list[Mention]:
    """The states another third party's appeal just told was made to, when it was made to
    two or more ("The AU urged both governments to respect the ruling. The United States
    urged restraint"): the same sides, whatever their quarrel."""
    if earlier.code[:2] not in ctx.rules.calming_roots or not _differ(
        ctx, hit.source, earlier.source
    ):
        return []
    sides = _act_states(earlier, coded)
    if len(sides) < 2 or not all(_differ(ctx, hit.source, t) for t in sides.values()):
        return []
    return list(sides.values())


def _joined_appeal_sides(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """An offer to mediate or hold talks that names no sides is made to the two or more
    states the source's own appeal it is joined to names ("urged Islamabad and Kabul to
    reopen the crossing and offered to host a meeting"), or that an "It" opening the next
    sentence goes on with ("... to reopen the border. It also offered to host a meeting");
    "spoke to Putin and Zelenskyy and offered to mediate" (no appeal) and an offer told
    alone name no one."""
    joined = _conj_host(ctx, hit.trigger)
    # "Qatar urged Ethiopia and Egypt to resume talks. It offered to host them": an offer by
    # "it" opening the next sentence goes on with the appeal of the sentence before
    after = joined is None and hit.source.kind == "pronoun" and _opens_sentence(ctx, hit.source)
    if not after and (joined is None or joined.i > hit.trigger.i):
        return []
    states = _state_codes()
    own = _principal(hit.source)
    sides: dict[str, Mention] = {}
    for i, e in coded:
        if (
            (
                (after and i == sent_index - 1)
                or (joined is not None and i == sent_index and e.trigger.i == joined.i)
            )
            and e.code[:2] in ctx.rules.calming_roots
            and _principal(e.source) == own
            and e.target is not None
            and _principal(e.target) in states
        ):
            sides.setdefault(_principal(e.target), e.target)
    if len(sides) < 2 or not all(_differ(ctx, hit.source, t) for t in sides.values()):
        return []
    return [replace(hit, target=t) for t in sides.values()]


def _opens_sentence(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention is the first word of its sentence ("It offered ...")."""
    return ctx.parse.sentences[m.sentence_index].token_start == m.token_start


def _circumstance(ctx: _Ctx, earlier: _Hit, index: int, coded: list[tuple[int, _Hit]]) -> bool:
    """A noun's act in a prepositional phrase under a verb's act coded in the same sentence
    ("Niger cut ties with France with the backing of Mali"): a circumstance of that act, not
    the deed a later "the move" or "the decision" names (a noun naming its kind, "the visit"
    after "on a state visit to France", still takes it)."""
    if earlier.pattern.kind != "noun":
        return False
    hosts = {
        h.trigger.i
        for i, h in coded
        if i == index and h.pattern.kind == "verb" and h.trigger.i != earlier.trigger.i
    }
    if not hosts:
        return False
    t, through = earlier.trigger, False
    while t.head != t.i:
        through = through or t.dep == "prep"
        t = ctx.tok(t.head)
        if t.i in hosts:
            return through
    return False


def _latest_deed(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A reaction to "the decision" or "the move": aimed at the author of the deed just told.

    "Mali expelled the French ambassador. The EU criticized the decision": the latest act of a
    kind the noun answers, up to _BYSTANDER_WINDOW sentences back, whoever it was aimed at,
    or the story's lead deed when only words, meetings and other answers were coded since
    ("Kazakhstan recognised the Taliban ... [quotes, thanks, a meeting] ... The EU criticized
    the move": wire copy tells reactions to its lead paragraphs later). The reactor's own deed
    ("U.S. officials defended the move") gives no target. A noun that names its kind ("the
    blockade", "the walkout": hit.named) takes the latest act of that kind or told by that
    very verb, and nothing when that sentence tells such acts by two authors other than the
    reactor (which one is meant is not said).
    """
    src = hit.source.actor
    assert src is not None
    noun = hit.act if hit.named else ""
    kinds = set() if noun else _deed_kinds(ctx, hit)
    caused = -1  # a sentence whose after-clause told a cause: its main act is the deed
    cause: _Hit | None = None  # that cause
    for index, earlier in reversed(coded):
        # beyond the window only the lead's deed, and no deed of the kind coded since
        far = sent_index - index > _BYSTANDER_WINDOW and index >= ctx.lead_end
        if index < caused:
            return []  # "Turkey sent a ship after Greece signed a deal": Turkey's, uncoded
        if earlier.target is None or _described_reactor(ctx, hit, earlier, index, sent_index):
            continue
        if _complaint_warning(earlier):
            continue  # "summoned Japan's envoy and warned that Moscow would answer": no deed
        if (
            index < sent_index
            and _cause_clause(ctx, earlier.trigger)
            and not _background_only(ctx, hit, earlier)
        ):
            caused, cause = index, earlier
            continue
        answer = (
            earlier.code[:2] in ctx.rules.answering_roots
            and not any(earlier.code.startswith(c) for c in ctx.rules.rejecting_deed_codes)
            and not _refused_request(ctx, earlier)
        )
        if not noun and not far and _elicited_by_uncoded(ctx, earlier, index):
            # "Turkey sent a drilling ship into Cypriot waters, prompting a protest from
            # Nicosia. ... Greece also condemned the move": the uncoded act that drew the
            # protest, its target's; the protested state's own reaction names no one
            if not _differ(ctx, hit.source, earlier.target):
                return []
            return _co_authored(ctx, replace(hit, target=earlier.target), coded)
        if sent_index - index > _BYSTANDER_WINDOW and answer and not noun:
            continue  # the lead's warning or protest answers its deed: no "move" of its own
        if _background_only(ctx, hit, earlier):
            continue  # "Relations soured last year after Libya detained ...": another occasion
        if noun and _dated_deed(ctx, hit, earlier) and _told_act(ctx, hit, coded):
            # "G7 ministers pledged $400 million ... adding that Ottawa had sent Tuvalu $12
            # million since 2020. Australia welcomed the pledge": a gift dated years back is no
            # pledge of the news; the story's own telling of the noun (_told_act) is meant
            return []
        if _standing_aside(ctx, earlier.trigger):
            continue  # "Russia, which has deployed instructors to Mali since 2021, ...": no news
        if not noun and _told_under_act(ctx, earlier, index, coded):
            continue  # "expelled Libya's envoy to protest an accord Tripoli signed": the expulsion
        if not noun and _object_of_deed(ctx, earlier, index, coded):
            continue  # "Hungary blocked the EU aid package for Ukraine": the block is the move
        if index < sent_index and _answers_same_noun(ctx, hit, earlier, index):
            continue  # "China took note of the decision and said ties would continue": no decision
        if _answers_earlier(ctx, earlier):
            # "Belgium and Austria praised the decision": praise is no decision, but a reaction
            # to the same deed ("the decision", "the step") shares its author
            if _sums_up_deed(ctx, earlier) and not far:
                return _shared_authors(ctx, hit, earlier, coded)
            continue
        if not noun and _demand_in_answer(ctx, earlier, index, coded):
            continue  # "Libya expelled Italian diplomats. Italy demanded an explanation": no move
        if not noun and _backing(ctx, hit, earlier, index, coded):
            continue  # "Poland closed its border. Germany sent police to help Warsaw": Poland's
        if not noun and _relief_after_deed(ctx, hit, earlier, index, coded):
            continue  # "The IMF suspended its loans ... India offered Colombo a credit line": the cut
        same = bool(noun) and (
            _deverbal(ctx, noun, earlier.trigger) or _pledged_deed(ctx, noun, earlier)
        )
        if not same and _circumstance(ctx, earlier, index, coded):
            continue  # "cut ties with France with the backing of Mali": the move is the cut
        if not _answered(hit.answers, earlier.code) and not same:
            continue
        if kinds and not _of_kind(ctx, kinds, earlier):
            continue  # "the sanctions decision": sanctions lifted, not prisoners freed since
        if noun in ctx.rules.hosted_nouns and earlier.code in ctx.rules.visiting_codes:
            continue  # "came to Cairo ... Sudan called the meeting a farce": no guest held it
        if earlier.code[:3] in ctx.rules.verbal_support_codes and not same:
            continue  # "Russia stood by its ally. The EU backed the move": words, no deed
        if (
            (far or earlier.code[:2] in ctx.rules.reply_roots)
            and _lead_reply(ctx, earlier, index, coded)
            and (far or _differ(ctx, hit.source, earlier.target))
        ):
            # "Dushanbe asked Moscow to postpone the rule": the news's own sequel, for a
            # bystander; the one asked answers it ("Ecuador freed six Peruvians. Lima urged
            # Quito to free the rest. That call was rejected by Ecuador's minister")
            continue
        if far and _lead_author_again(ctx, hit, earlier, coded):
            continue  # "Mongolia hosted ... The two governments signed deals": one author
        if far:
            return []  # a deed of the kind between the lead and the window: which is meant?
        if not _differ(ctx, hit.source, earlier.source):
            # "Chile and Bolivia reopened their crossing ... Bolivia welcomed the step": a
            # joint act (its trigger told both ways) is the partner's too; else the reactor's
            # own deed gives no target
            partners = [
                e.source
                for i, e in coded
                if i == index
                and e.trigger.i == earlier.trigger.i
                and e.target is not None
                and not _differ(ctx, e.target, hit.source)
            ]
            if (
                not partners
                and index == caused
                and cause is not None
                and hit.code[:2] in ctx.rules.reaction_roots  # no approval of its own deed
                and _answered(hit.answers, cause.code)
                and _differ(ctx, hit.source, cause.source)
            ):
                # "Peru recalled its envoy a day after Chile granted asylum to a former
                # minister. Peru said the decision to shelter him was a hostile act": the
                # reactor's own deed answers the cause its after-clause told, and the decision
                # it condemns is that cause's ("He said the decision had been approved by the
                # president" is its own)
                return _co_authored(ctx, replace(hit, target=cause.source), coded)
            if (
                not partners
                and hit.code[:2] in _BLAMING_ROOTS
                and any(
                    i == index
                    and e.target is not None
                    and e.trigger.i < earlier.trigger.i
                    and not _differ(ctx, e.target, hit.source)
                    for i, e in coded
                )
            ):
                # "Ghana turned down Togo's request, and Lome recalled its ambassador. ...
                # Togo called the decision an unfriendly act": no reactor blames its own deed,
                # so the one done to it just before, in the same sentence, is meant
                continue
            return _retargeted(ctx, hit, partners, set())
        if (
            noun
            and any(
                i == index
                and other.target is not None
                and other.trigger.i != earlier.trigger.i  # "A and B blockaded X": one act
                and (_answered(hit.answers, other.code) or _deverbal(ctx, noun, other.trigger))
                and _differ(ctx, other.source, earlier.source)
                and _differ(ctx, other.source, hit.source)
                # "A and B clashed": one act, both ways
                and _differ(ctx, other.source, earlier.target)
                for i, other in coded
            )
        ):
            return []  # "A blockaded X and B blockaded Y. Z condemned the blockade": which?
        if not noun and _uncoded_doer(ctx, hit, earlier, range(index + 1, sent_index)):
            return []  # "Separately, Cyprus opened a new port": that may be the decision
        if not noun and _uncoded_doer(ctx, hit, earlier, _told_before(ctx, index)):
            return []  # "The WHO declared an emergency. The US pledged aid": whose decision?
        if not noun and _told_since(ctx, hit, earlier, index, sent_index):
            return []  # "A Thai farm group announced record exports. Vietnam welcomed the
            # announcement": the one told since, no state's
        if _another_of_kind(ctx, hit, index, sent_index):
            return []  # "Analysts said a decision on a rail link was due": which decision?
        if _returned_deed(ctx, hit, earlier, coded, index):
            return []  # "... France recalled its envoy. The EU criticized the decision": which?
        lead = _lead_rival(ctx, hit, earlier, index, coded) if noun else None
        if lead is not None:
            # "Russia expelled two Estonian diplomats. ... Moldova also expelled a Russian
            # diplomat. The EU condemned the expulsions": the story's, told in the lead
            return _co_authored(ctx, replace(hit, target=lead.source), coded)
        answered = _answered_doer(ctx, hit, earlier, index)
        if answered is not None:
            # "Azerbaijan closed the corridor. Armenia recalled its envoy from Baku. The EU
            # criticized the decision": the act the recall answers, told but not coded
            return [replace(hit, target=answered)] if _differ(ctx, hit.source, answered) else []
        aimed = _deed_at_reactor(ctx, hit, coded, sent_index, index)
        found = _co_authored(ctx, replace(hit, target=(aimed or earlier).source), coded)
        return found + _plural_deeds(ctx, hit, aimed or earlier, coded, index, found)
    return []


def _relief_after_deed(
    ctx: _Ctx, hit: _Hit, earlier: _Hit, index: int, coded: list[tuple[int, _Hit]]
) -> bool:
    """Whether the act a bystander's blaming reaction to "the decision" meets first is a
    friendly one (friendly_roots) to a state another's cut (relieved_cut_roots) was aimed at
    within _BYSTANDER_WINDOW sentences before it: "The IMF suspended its loan program for Sri
    Lanka. India offered Colombo a credit line. China criticized the decision" blames the cut,
    not the help given to the one cut off. Not the cut's own author ("Russia struck Kyiv.
    Germany sent air defence systems to Ukraine. Moscow condemned the move": the help)."""
    if hit.code[:2] not in _BLAMING_ROOTS or earlier.code[:2] not in ctx.rules.friendly_roots:
        return False
    if earlier.target is None:
        return False
    helped = _principal(earlier.target)
    return any(
        index - _BYSTANDER_WINDOW <= i <= index
        and (i < index or h.trigger.i < earlier.trigger.i)
        and h.target is not None
        and _principal(h.target) == helped
        and h.code[:2] in ctx.rules.relieved_cut_roots
        and _differ(ctx, h.source, earlier.source)
        and _differ(ctx, h.source, hit.source)
        for i, h in coded
    )


def _dated_deed(ctx: _Ctx, hit: _Hit, earlier: _Hit) -> bool:
    """Whether an act of the kind a reaction's named deed answers is told as dated years
    back ("had sent Tuvalu $12 million since 2020": _background_act) while the reaction is
    the news's own."""
    return (
        _answered(hit.answers, earlier.code)
        and _background_act(ctx, earlier.trigger)
        and not _background_act(ctx, hit.trigger)
    )


def _plural_deeds(
    ctx: _Ctx,
    hit: _Hit,
    earlier: _Hit,
    coded: list[tuple[int, _Hit]],
    index: int,
    found: list[_Hit],
) -> list[_Hit]:
    """The other doers a plural act noun sums up: "Poland closed its border with Belarus.
    Lithuania did the same. Belarus condemned the closures" answers both, each an act of the
    same code on the same target, told within _BYSTANDER_WINDOW before the one found."""
    objs = [o for o in ctx.kids(hit.trigger.i, _OBJ) if o.tag == "NNS"]
    if not hit.named or not objs or earlier.target is None:
        return []
    doers = [
        other.source
        for i, other in coded
        if index - _BYSTANDER_WINDOW <= i <= index
        and other.target is not None
        and other.code == earlier.code
        and _principal(other.target) == _principal(earlier.target)
    ]
    return _retargeted(ctx, hit, doers, {_principal(h.target) for h in found if h.target})


def _backing(
    ctx: _Ctx, hit: _Hit, earlier: _Hit, index: int, coded: list[tuple[int, _Hit]]
) -> bool:
    """Whether a friendly act (friendly_roots) is a third party's backing of the author of a
    deed told just before it that the reaction's noun answers too ("Lithuania expelled three
    Russian diplomats. The United States pledged support to Vilnius. Belarus condemned the
    decision": Lithuania's): the story's sequel, no move of its own that "the decision" or
    "the move" sums up. Backing of the deed's target ("Russia struck Kyiv. Germany sent air
    defences to Ukraine") answers nothing told and is left to be the move."""
    if earlier.code[:2] not in ctx.rules.friendly_roots or earlier.target is None:
        return False
    backed = _principal(earlier.target)
    return any(
        index - _BYSTANDER_WINDOW <= i < index
        and deed.target is not None
        and _principal(deed.source) == backed
        and _answered(hit.answers, deed.code)
        and deed.code[:2] not in ctx.rules.friendly_roots
        and _differ(ctx, deed.source, earlier.source)
        and _differ(ctx, deed.source, hit.source)
        for i, deed in coded
    )


def _demand_in_answer(ctx: _Ctx, hit: _Hit, index: int, coded: list[tuple[int, _Hit]]) -> bool:
    """Whether a coded demand is aimed at a state that acted on the demander in an earlier
    sentence ("Libya expelled three Italian diplomats. Italy demanded an explanation"): it
    answers that act, and a later "the decision" or "the move" sums up the act, not the
    demand. A demand of the source's own ("Turkey demanded that Greece demilitarize its
    islands"), or one told with the act it answers ("ordered a Xinhua correspondent to leave,
    in response to Beijing's expulsion of ..."), is the move."""
    if hit.code[:2] not in ctx.rules.demand_roots or hit.target is None:
        return False
    src, tgt = _principal(hit.source), _principal(hit.target)
    return any(
        i < index
        and e.target is not None
        and _principal(e.source) == tgt
        and _principal(e.target) == src
        for i, e in coded
    )


def _lead_author_again(ctx: _Ctx, hit: _Hit, earlier: _Hit, coded: list[tuple[int, _Hit]]) -> bool:
    """Whether a deed told after the lead is one more act of the lead deed's author, so that
    "the switch" a reaction answers beyond the window has one author whichever is meant:
    "Saint Lucia ended its ties with Taiwan and established ties with China ... its minister
    and China's signed a joint communique ... The United States said it was disappointed by
    the switch" (Saint Lucia's). The lead deed is the latest one of a kind the noun answers
    told in the lead, not the reactor's."""
    assert earlier.target is not None
    lead = next(
        (
            e
            for i, e in reversed(coded)
            if i < ctx.lead_end
            and e.target is not None
            and _answered(hit.answers, e.code)
            and _differ(ctx, hit.source, e.source)
        ),
        None,
    )
    if lead is None:
        return False
    return _principal(lead.source) in (_principal(earlier.source), _principal(earlier.target))


def _lead_reply(ctx: _Ctx, earlier: _Hit, index: int, coded: list[tuple[int, _Hit]]) -> bool:
    """Whether an act is the lead deed's target acting on its doer ("Russia will require
    visas for Tajiks ... Dushanbe asked Moscow to postpone the rule, and said it was ready to
    share police databases"): the story's reply to its news, no other deed a bystander's
    "regretted the decision" could sum up beyond _BYSTANDER_WINDOW, nor, when only an appeal
    or an offer (reply_roots), within it. A retaliation in kind is _returned_deed's. A meeting
    or a visit (meeting_roots) told in the act's own sentence is no deed it replies to but
    where it was agreed: "Bahrain will deposit $350 million in Jordan's central bank, the two
    governments said after talks ... The IMF welcomed the deposit" is Bahrain's gift."""
    if earlier.target is None:
        return False
    doer, done_to = _principal(earlier.target), _principal(earlier.source)
    return any(
        i < ctx.lead_end
        and lead.target is not None
        and _principal(lead.source) == doer
        and _principal(lead.target) == done_to
        and lead.code[:2] not in ctx.rules.answering_roots
        and not (i == index and lead.code[:2] in ctx.rules.meeting_roots)
        for i, lead in coded
    )


def _answered_doer(ctx: _Ctx, hit: _Hit, earlier: _Hit, index: int) -> Mention | None:
    """The target of a hostile deed when it is the subject of an act told, uncoded, in the
    main clause of a lead sentence before it (_LEAD_SENTENCES): the deed answers that act,
    which is what a third party's criticism of "the decision" or "the move" is about ("Iran
    began enriching uranium to 90 percent. Israel threatened to strike. France condemned the
    move": Iran's, not Israel's threat). The deed must be a measure or a threat
    (countering_roots, answering_roots), or the lead's act the one the reaction's noun names:
    "Ukraine's parliament approved a budget. Russia struck Kyiv. Poland condemned the attack"
    is Russia's. None when an act of that subject's was coded on the way back, or for a
    reaction that is no hostile one."""
    rules = ctx.rules
    if earlier.target is None or hit.code[:2] not in rules.reaction_roots:
        return None
    if earlier.code[:2] not in rules.conflict_roots:
        return None
    # a measure or a threat answers an act; an attack or an arrest, only the act the
    # reaction's noun names ("launched an offensive ... France condemned the offensive")
    answer = earlier.code[:2] in rules.countering_roots | rules.answering_roots
    noun = hit.act if hit.named else ""
    if not answer and not noun:
        return None
    doer = _principal(earlier.target)
    for i in range(index - 1, -1, -1):
        if i >= ctx.lead_end:
            continue  # "Ukraine's parliament passed a budget": the lead's act is the story's
        if any(_principal(h.source) == doer for h in ctx.sentence_hits.get(i, ())):
            return None  # its act was coded: the deed chain is told in full
        sent = ctx.parse.sentences[i]
        for verb in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if verb.head != verb.i or verb.pos != "VERB" or verb.tag not in ("VBD", "VBZ", "VBN"):
                continue
            if verb.lemma.lower() in rules.speech_verbs or _negated(ctx, verb):
                continue
            # "began enriching uranium": the object of the verb it governs
            heads = [verb.i, *(x.i for x in ctx.kids(verb.i, frozenset({"xcomp"})))]
            objs = [o.lemma.lower() for k in heads for o in ctx.kids(k, _OBJ)]
            if not objs or not (answer or noun in objs or _deverbal(ctx, noun, verb)):
                continue
            if any(o in rules.domestic_nouns for o in objs):
                continue  # "Iran's parliament approved a budget. Israel threatened ...": no deed
            for subj in _subject_tokens(ctx, verb):
                for m in _actors(ctx, [subj], "source"):
                    if m.actor is not None and m.actor.principal == doer:
                        return m
    return None


def _cause_clause(ctx: _Ctx, trigger: Token) -> bool:
    """Whether an act is told in a clause after answered_marks, as the cause of its sentence's
    main act ("Rwanda cut ties with Belgium after Brussels froze aid"): "the decision" a later
    reaction answers is the main act, not its cause."""
    verb = _verb_up(ctx, trigger, len(ctx.parse.tokens))
    return (
        verb is not None
        and verb.dep == "advcl"
        and any(
            m.lemma.lower() in ctx.rules.answered_marks
            for m in ctx.kids(verb.i, frozenset({"mark"}))
        )
    )


def _returned_deed(
    ctx: _Ctx, hit: _Hit, earlier: _Hit, coded: list[tuple[int, _Hit]], index: int
) -> bool:
    """Whether a third party's criticism or approval of "the decision" follows a hostile deed
    that returns one just told ("Algeria expelled twelve French staff. France responded by
    recalling its ambassador. The EU criticized the decision"; "Norway banned imports from
    Israeli settlements. Israel recalled its ambassador. Egypt welcomed the measure"): either
    deed may be meant, so neither is. An approval (antecedent_roots) keeps a retaliation in
    kind ("Russia expelled two Estonian diplomats. Estonia expelled two Russian diplomats in
    return. Latvia backed the decision": a decision of its own) and a deed whose word is the
    approval's noun ("... over EU tariffs on Chinese cars ... Paris, which backed the tariffs").
    """
    rules = ctx.rules
    approval = hit.code[:2] in rules.antecedent_roots
    if approval:
        if hit.named and _deverbal(ctx, hit.act, earlier.trigger):
            return False
    elif hit.code[:2] not in rules.reaction_roots:
        return False
    if earlier.code[:2] not in rules.conflict_roots:
        return False
    if earlier.target is None or not (
        _differ(ctx, hit.source, earlier.source) and _differ(ctx, hit.source, earlier.target)
    ):
        return False
    # an approval after a hostile answer to a friendly act of its target, whoever that act
    # reached, is as ambiguous ("Norway recognised Palestine. Israel recalled its ambassador
    # from Oslo. Egypt welcomed the decision": the recognition is the news, the recall its
    # answer); one after a penalty for a hostile act approves the penalty ("Russia shelled
    # Odesa. Britain imposed sanctions on Moscow. Kyiv welcomed the move")
    return any(
        index - _BYSTANDER_WINDOW <= i <= index
        and other.trigger.i < earlier.trigger.i
        and other.target is not None
        and not (approval and other.code[:3] == earlier.code[:3])
        and _principal(other.source) == _principal(earlier.target)
        and (
            (
                other.code[:2] in rules.conflict_roots
                and _principal(other.target) == _principal(earlier.source)
            )
            or (approval and other.code[:2] not in rules.conflict_roots)
        )
        for i, other in coded
    )


def _described_reactor(ctx: _Ctx, hit: _Hit, earlier: _Hit, index: int, sent_index: int) -> bool:
    """Whether an act coded in the reaction's own sentence lies in a clause set off on the
    reactor's subject ("Peru, whose navy trains with Chilean crews, also backed the decision",
    "Ghana, which condemned the coup, welcomed the move"): it describes the reactor and is
    never the deed the reaction answers."""
    if index != sent_index:
        return False
    at = earlier.trigger.i
    return any(
        at != s.i and any(t.i == at for t in ctx.parse.subtree(s.i))
        for s in _subject_tokens(ctx, hit.trigger)
    )


def _elicited_by_uncoded(ctx: _Ctx, earlier: _Hit, index: int) -> bool:
    """Whether an earlier reaction noun is the object of an eliciting participle (rules
    eliciting_verbs: "prompting a protest from Nicosia and a warning from the EU") hung on its
    sentence's act by the state the reaction is aimed at, an act no pattern coded: "the move" a
    bystander condemns later is that act, not the protest nor a reply to it told since. So is
    the sentence's main act that a summing noun's relative clause tells drew the reaction
    ("struck the tankers off its registry, a step that drew a protest from Moscow")."""
    if earlier.target is None:
        return False
    lead = _first_conjunct(ctx, earlier.trigger)
    if lead.pos != "NOUN" or lead.dep not in _OBJ or lead.head == lead.i:
        return False
    verb = ctx.tok(lead.head)
    if verb.lemma.lower() not in ctx.rules.eliciting_verbs or verb.head == verb.i:
        return False
    if verb.tag == "VBG" and verb.dep in ("advcl", "xcomp", "conj"):
        act = ctx.tok(verb.head)
    elif verb.dep == "relcl" and _tensed(verb):
        summed = _summed_clause(ctx, ctx.tok(verb.head))
        if summed is None:
            return False
        act = summed
        if act.tag == "VBG" and act.dep == "advcl" and act.head != act.i:
            act = ctx.tok(act.head)  # "removed the ships, saying ..., a step that drew": removed
        if act.head != act.i:
            return False  # "let Taiwan open an office, a step that ...": which act is summed?
    else:
        return False
    if act.pos != "VERB" or _negated(ctx, act) or _modality(ctx, act) is not None:
        return False
    if any(h.trigger.i == act.i for h in ctx.sentence_hits.get(index, ())):
        return False  # the act was coded: the loop finds it itself
    target = _principal(earlier.target)
    return any(
        m.actor is not None and m.actor.principal == target
        for m in _actors(ctx, _subject_tokens(ctx, act), "source")
    )


def _standing_aside(ctx: _Ctx, verb: Token) -> bool:
    """Whether a deed is told in a relative clause as a standing fact, in the perfect or with
    "since" ("Russia, which has deployed military instructors to Mali since 2021, declined to
    comment"): a description of an actor, not the news "the decision" sums up. A clause on
    any other noun ("the accord, which both parliaments have ratified") may tell the news. So
    does a deed dated years back (_background_act) in such a clause, or joined in it ("the
    United States, which is not a member and imposed sanctions on ICC judges in 2025")."""
    rel = _first_conjunct(ctx, verb)
    if rel.dep != "relcl" or rel.head == rel.i:
        return False
    described = ctx.by_token.get(rel.head)
    if described is None or described.actor is None:
        return False
    perfect = any(a.lemma.lower() == "have" for a in ctx.kids(verb.i, frozenset({"aux"})))
    since = any(p.lemma.lower() == "since" for p in ctx.kids(verb.i, frozenset({"prep"})))
    return perfect or since or _background_act(ctx, verb)


def _told_under_act(ctx: _Ctx, earlier: _Hit, index: int, coded: list[tuple[int, _Hit]]) -> bool:
    """Whether a deed is told in a clause on a noun inside another coded act of its sentence
    ("Greece expelled Libya's ambassador to protest a maritime accord Tripoli signed with
    Egypt"): what that act is about, not the news "the decision" or "the move" sums up (the
    act over it is)."""
    if earlier.trigger.dep not in ("relcl", "acl") or earlier.trigger.head == earlier.trigger.i:
        return False
    above, cur = set(), earlier.trigger
    while cur.head != cur.i:
        cur = ctx.tok(cur.head)
        above.add(cur.i)
    return any(
        i == index and h is not earlier and h.target is not None and h.trigger.i in above
        for i, h in coded
    )


def _background_only(ctx: _Ctx, hit: _Hit, earlier: _Hit) -> bool:
    """Whether an earlier act is told in a background sentence (_background_sentence) and a
    reaction is not: "... a commission that Bulgaria and North Macedonia set up in 2019.
    Marinova called that step regrettable" is dated in a clause of the news only."""
    return _background_sentence(ctx, earlier.trigger.sent, [(-1, earlier)]) and not (
        _background_act(ctx, hit.trigger)
    )


def _background_sentence(ctx: _Ctx, index: int, coded: list[tuple[int, _Hit]]) -> bool:
    """Whether a sentence told after the story's news is background: its main acts and every
    act coded in it (_main_background). A story that opens on a dated act ("Serbia and
    Kosovo signed an accord in 2023. ... Russia objected") has no news before it."""
    return (
        _main_background(ctx, index) is True
        and all(_background_act(ctx, e.trigger) for i, e in coded if i in (index, -1))
        and any(_main_background(ctx, i) is False for i in range(ctx.first_body, index))
    )


def _main_background(ctx: _Ctx, index: int) -> bool | None:
    """Whether a sentence's main acts are told as background (_background_act): its root, or
    the verbs under a noun root misread as such ("Relations between the two soured last
    year"); None for a sentence with no verb (a dateline)."""
    sent = ctx.parse.sentences[index]
    tokens = ctx.parse.tokens[sent.token_start : sent.token_end]
    mains = [t for t in tokens if t.head == t.i and t.pos in ("VERB", "AUX")] or [
        t for t in tokens if t.pos in ("VERB", "AUX") and _top_verb(ctx, t)
    ]
    return all(_background_act(ctx, t) for t in mains) if mains else None


def _top_verb(ctx: _Ctx, verb: Token) -> bool:
    """Whether no verb governs a verb (it hangs on a noun root, or is the root)."""
    t = verb
    for _ in range(12):
        if t.head == t.i:
            return True
        t = ctx.tok(t.head)
        if t.pos in ("VERB", "AUX"):
            return False
    return False


_INDEFINITE_DETS = frozenset({"a", "an", "another"})


def _lead_rival(
    ctx: _Ctx, hit: _Hit, earlier: _Hit, index: int, coded: list[tuple[int, _Hit]]
) -> _Hit | None:
    """A deed of the same root as the one a reaction's named noun found after the lead, told in
    the lead by another author: the story's deed, which the noun names as well ("Russia expelled
    two Estonian diplomats. ... Moldova also expelled a Russian diplomat. The EU condemned the
    expulsions": Russia's). A deed aimed at the found one's author (returned: _returned_deed)
    or done by the reactor is none; None when the found deed is itself in the lead."""
    if index < ctx.lead_end:
        return None
    if earlier.target is not None and not _differ(ctx, hit.source, earlier.target):
        return None  # "Hungary expelled a Serbian diplomat. Serbia condemned the expulsion"
    named = _noun_parties(ctx, hit)
    root = earlier.code[:2]
    for i, other in coded:
        if i >= ctx.lead_end or other.target is None or other.code[:2] != root:
            continue
        if not _differ(ctx, other.source, earlier.source) or not _differ(
            ctx, other.source, hit.source
        ):
            continue
        if named and not named & {_principal(other.source), _principal(other.target)}:
            continue  # "condemned the expulsion of the Serbian envoy": the found deed's party
        if _differ(ctx, other.target, earlier.source):
            return other
    return None


def _noun_parties(ctx: _Ctx, hit: _Hit) -> set[str]:
    """The principals named inside a reaction's noun phrase ("the expulsion of the Serbian
    envoy", "Hungary's decision"), or inside the reaction verb's object: empty for a bare
    noun."""
    nouns = [hit.noun] if hit.noun >= 0 else [o.i for o in ctx.kids(hit.trigger.i, _OBJ)]
    return {
        m.actor.principal
        for n in nouns
        for t in ctx.parse.subtree(n)
        if t.i != n
        for m in [ctx.by_token.get(t.i)]
        if m is not None and m.actor is not None
    }


def _another_of_kind(ctx: _Ctx, hit: _Hit, index: int, sent_index: int) -> bool:
    """Whether a sentence between a deed and a reaction to "the decision" brings up another
    of the reaction's noun, indefinite ("Kazakhstan recognised the Taliban. Analysts said a
    decision on a rail link was due. The EU welcomed the decision"): which is meant is not said.
    A predicate noun ("it was a decision taken by the junta alone") names the deed itself."""
    if hit.noun < 0 or not index < sent_index - 1:
        return False
    lemma = ctx.tok(hit.noun).lemma.lower()
    start = ctx.parse.sentences[index + 1].token_start
    end = ctx.parse.sentences[sent_index - 1].token_end
    return any(
        t.lemma.lower() == lemma
        and t.pos == "NOUN"
        and t.dep not in ("attr", "appos")
        and any(d.lemma.lower() in _INDEFINITE_DETS for d in ctx.kids(t.i, frozenset({"det"})))
        for t in ctx.parse.tokens[start:end]
    )


def _declared_act(ctx: _Ctx, verb: Token) -> bool:
    """Whether a saying verb does an act by its saying: an object and no clause of what was
    said ("declared the outbreak a global emergency", "announced sanctions"), not words about
    words ("confirmed the report": claim_nouns, answer_nouns), nor a telling whose object is
    only its audience ("the minister told reporters": addressing_verbs)."""
    said = ctx.rules.claim_nouns | ctx.rules.answer_nouns
    objs = ctx.kids(verb.i, _OBJ)
    return (
        bool(objs)
        and verb.lemma.lower() not in ctx.rules.addressing_verbs
        and not ctx.kids(verb.i, frozenset({"ccomp"}))
        and all(o.pos == "NOUN" and o.lemma.lower() not in said for o in objs)
    )


def _told_before(ctx: _Ctx, index: int) -> list[int]:
    """The body sentences before a deed's, in the lead or just before it (_BYSTANDER_WINDOW),
    whose news is not told as background ("In 2021, Chad had closed ..."): where an uncoded
    act another did may be the decision meant (_uncoded_doer)."""
    near = range(max(ctx.first_body, index - _BYSTANDER_WINDOW), index)
    lead = range(ctx.first_body, min(ctx.lead_end, index))
    return [i for i in sorted(set(near) | set(lead)) if _main_background(ctx, i) is False]


def _uncoded_doer(ctx: _Ctx, hit: _Hit, earlier: _Hit, indices: Sequence[int]) -> bool:
    """Whether a sentence between a deed and a reaction to "the decision" / "the move" (or just
    before the deed: _told_before) tells, uncoded, a done act of another named doer ("Iran
    seized a Greek tanker. Separately, Cyprus opened a new port. Italy welcomed the decision":
    the port, no act on anyone; "The Security Council voted to end the mission in Mali. The US
    envoy demanded elections. Algeria criticized the decision": the Council's): that act, not
    the coded one, is what the noun may sum up. The deed's author, its target or the reactor
    doing more ("The junta accused him of meddling", "Sweden's minister flew home") keeps the
    deed, as does a verb with no object ("flew home": no act to sum up) or one whose object is
    a meeting ("Nigeria chaired the meeting": hosted_nouns)."""
    kept = {_principal(earlier.source), _principal(hit.source)}
    if earlier.target is not None:
        kept.add(_principal(earlier.target))
    for i in indices:
        if ctx.sentence_hits.get(i):
            continue
        sent = ctx.parse.sentences[i]
        for verb in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if verb.head != verb.i or verb.pos != "VERB" or verb.tag != "VBD":
                continue
            if _negated(ctx, verb) or (
                verb.lemma.lower() in ctx.rules.speech_verbs and not _declared_act(ctx, verb)
            ):
                continue
            # "voted to extend emergency rule": a decision's object is of the verb it governs
            # ("tried to calm tensions" decides nothing)
            decided = verb.lemma.lower() in ctx.rules.deciding_words
            heads = [verb, *(ctx.kids(verb.i, frozenset({"xcomp"})) if decided else ())]
            objs = [o for h in heads for o in ctx.kids(h.i, _OBJ)]
            if not objs:
                continue
            if all(o.lemma.lower() in ctx.rules.hosted_nouns for o in objs):
                continue  # "Nigeria chaired the meeting": where the deed was decided, no deed
            if all(o.lemma.lower() in ctx.rules.deed_nouns for o in objs):
                continue  # "Amnesty International criticized the decision": the same deed's
            for subj in _subject_tokens(ctx, verb):
                doers = _actors(ctx, [subj], "source")
                if any(m.actor is not None and m.actor.principal not in kept for m in doers):
                    return True
                if not doers and subj.ent_type in ("ORG", "PERSON", "GPE", "NORP"):
                    return True
    return False


def _refused_request(ctx: _Ctx, earlier: _Hit) -> bool:
    """Whether a refusal turns down a request, offer or bid ("Peru turned down a Chinese
    request for a naval base"): a decision, which a reaction to "the decision" may answer from
    the lead, unlike a warning, a protest or a denial, which only answer."""
    return earlier.code[:2] in ctx.rules.rebuff_roots and any(
        o.lemma.lower() in ctx.rules.asked_nouns
        for o in ctx.kids(earlier.trigger.i, _OBJ | frozenset({"nsubjpass"}))
    )


def _answers_same_noun(ctx: _Ctx, hit: _Hit, earlier: _Hit, index: int) -> bool:
    """Whether a deed's sentence itself answers the act the reaction's noun sums up: it holds
    that noun with "the", "this" or "that" apart from the deed ("Peru turned down China's
    request. China's embassy took note of the decision and said military cooperation between
    the two countries would continue. Chile welcomed the decision": the refusal, told before
    the cooperation). A noun whose clause tells the deed ("announced the decision to expel
    the envoy") is the deed's own."""
    nouns = {hit.act} if hit.act else {
        o.lemma.lower() for o in ctx.kids(hit.trigger.i, _OBJ)
    } & ctx.rules.deed_nouns
    if not nouns:
        return False
    trigger = earlier.trigger
    for t in ctx.parse.sentence_tokens(index):
        if t.lemma.lower() not in nouns or t.pos != "NOUN" or t.i == trigger.i:
            continue
        dets = ctx.kids(t.i, frozenset({"det"}))
        if not any(k.text.lower() in _POINTING_DETS for k in dets):
            continue
        if trigger in ctx.parse.subtree(t.i) or t in ctx.parse.subtree(trigger.i):
            continue  # "announced the decision to expel the envoy": the deed's own noun
        return True
    return False


_POINTING_DETS = frozenset({"the", "this", "that"})


def _object_of_deed(ctx: _Ctx, earlier: _Hit, index: int, coded: list[tuple[int, _Hit]]) -> bool:
    """Whether a coded act told by a noun lies under the verb of another deed coded in its
    sentence ("Hungary blocked the EU aid package for Ukraine": the aid is what was blocked):
    "the move" sums up that verb's deed, not the thing it acted on."""
    noun = earlier.trigger
    if noun.pos != "NOUN":
        return False
    return any(
        i == index
        and other.target is not None
        and other.trigger.pos == "VERB"
        and other.trigger.i != noun.i
        and not _answers_earlier(ctx, other)
        and any(t.i == noun.i for t in ctx.parse.subtree(other.trigger.i))
        for i, other in coded
    )


def _told_since(ctx: _Ctx, hit: _Hit, earlier: _Hit, index: int, sent_index: int) -> bool:
    """Whether the verb a reaction's deed noun is made from ("announced" of "the
    announcement", "decided" of "the decision") is told, done and by a subject other than the
    deed's author, after the deed and before the reaction: that telling is what the noun
    names, not the coded deed."""
    nouns = [
        o.lemma.lower()
        for o in ctx.kids(hit.trigger.i, _OBJ)
        if o.lemma.lower() in ctx.rules.deed_nouns
    ]
    if not nouns:
        return False
    start = ctx.parse.sentences[index].token_end
    for verb in ctx.parse.tokens[start : hit.trigger.i]:
        if verb.pos != "VERB" or _negated(ctx, verb):
            continue
        if not any(_same_act(ctx, n, verb) for n in nouns):
            continue
        doers = _actors(ctx, _subject_tokens(ctx, verb), "source")
        if not any(m.actor is not None and not _differ(ctx, m, earlier.source) for m in doers):
            return True
    return False


def _deed_at_reactor(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int, latest: int
) -> _Hit | None:
    """An earlier deed of the kind a reaction answers that was aimed at the reactor, when the
    latest such deed was not: "Algeria expelled two French diplomats. Morocco then recalled
    its envoy from Algiers. Paris condemned the decision": Algeria's act is France's concern.
    None when the latest deed is aimed at the reactor too, or no earlier one is.
    """
    src = _principal(hit.source)
    noun = hit.act if hit.named else ""
    hostile = hit.code[:2] in ctx.rules.reaction_roots
    found: _Hit | None = None
    for index, earlier in reversed(coded):
        if sent_index - index > _BYSTANDER_WINDOW:
            break
        if earlier.target is None or _answers_earlier(ctx, earlier) or index > latest:
            continue
        same = bool(noun) and _deverbal(ctx, noun, earlier.trigger)
        if not _answered(hit.answers, earlier.code) and not same:
            continue
        # a condemnation answers a hostile act, a welcome a friendly one ("Russia struck
        # Kharkiv. The EU imposed sanctions on Moscow. Kyiv welcomed the move": the EU's)
        fits = (earlier.code[:2] in ctx.rules.conflict_roots) == hostile
        aimed = _principal(earlier.target) == src and fits
        if index == latest and aimed:
            return None  # the latest deed is aimed at the reactor itself
        if aimed and _differ(ctx, hit.source, earlier.source) and found is None:
            found = earlier
    return found


def _answers_earlier(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a coded event is itself a verbal reaction to an earlier act (a praise or a
    condemnation of "the decision", a rejection of "the charge"): no deed a later "the
    decision" or "the move" can sum up. A retaliation (a measure taken in answer) is a deed."""
    reacting = ctx.rules.reaction_roots | ctx.rules.antecedent_roots
    # "Egypt vowed to retaliate": an answer to an uncoded act, whatever its root
    # "said Warsaw would respond": a threat aimed at whoever acted on it is words, no deed
    return (
        hit.context == "uncoded"
        or (hit.context in _ANSWERING and hit.code[:2] in reacting)
        or (hit.context == "reaction" and hit.code[:2] in ctx.rules.answering_roots)
    )


# "counterpart": "Israel rejected the case", aimed at whoever acted on the rejecter (extract)
_ANSWERING = frozenset(
    {
        "deed",
        "told",
        "reaction",
        "antecedent",
        "parallel",
        "objectless",
        "uncoded",
        "counterpart",
        "charged",
    }
)


def _shared_authors(
    ctx: _Ctx, hit: _Hit, earlier: _Hit, coded: list[tuple[int, _Hit]]
) -> list[_Hit]:
    """Every author an earlier reaction to the same deed answered (one event per author, all
    of one trigger and reactor): "Russia and China decided to form a bloc. Britain rejected
    the move. France also criticized the decision" answers both deciders."""
    authors = [
        e.target
        for _, e in coded
        if e.trigger.i == earlier.trigger.i and e.source == earlier.source and e.target is not None
    ]
    return _retargeted(ctx, hit, authors, set())


def _retargeted(ctx: _Ctx, hit: _Hit, targets: list[Mention], seen: set[str]) -> list[_Hit]:
    """The hit aimed at each target of a distinct principal not in ``seen``, none the
    source's own: the parties one reaction answers together."""
    out: list[_Hit] = []
    for t in targets:
        key = _principal(t)
        if key in seen or not _differ(ctx, hit.source, t):
            continue
        seen.add(key)
        out.append(replace(hit, target=t))
    return out


def _pledged_deed(ctx: _Ctx, noun: str, earlier: _Hit) -> bool:
    """Whether a promise (pledge_roots) tells the deed a noun names in its own words: "Japan
    agreed to lend Vietnam $2 billion ... Thailand praised the loan", "pledged a loan": the
    loan is that promise, not yet a deed of its own roots (07). The trigger ("lend" read as
    the promise) or its complements tell it; its subject names none."""
    if earlier.code[:2] not in ctx.rules.pledge_roots:
        return False
    heads = [k for k in ctx.kids(earlier.trigger.i) if k.dep not in _ANY_SUBJ]
    words = [earlier.trigger, *(t for k in heads for t in ctx.parse.subtree(k.i))]
    return any(_same_act(ctx, noun, t) for t in words)


def _deed_kinds(ctx: _Ctx, hit: _Hit) -> set[str]:
    """The kinds of act a compound names on a reaction's deed noun ("the sanctions decision",
    "the visa move": a noun of reaction_matches or of an act's patterns): the deed summed up
    is one of that kind."""
    return {
        k.lemma.lower()
        for o in ctx.kids(hit.trigger.i, _OBJ | frozenset({"prep"}))
        for t in ctx.parse.subtree(o.i)
        if t.pos == "NOUN" and t.lemma.lower() in ctx.rules.deed_nouns
        for k in ctx.kids(t.i, frozenset({"compound"}))
        if k.pos == "NOUN"
        and (k.lemma.lower() in ctx.rules.reaction_matches or _act_roots(ctx, k.lemma.lower()))
    }


def _of_kind(ctx: _Ctx, kinds: set[str], earlier: _Hit) -> bool:
    """Whether a coded act is of a kind a deed noun's compound names (_deed_kinds): told by
    that word ("lifted sanctions", "the sanctions were lifted"), or of a root the word answers
    (reaction_matches: "imposed an embargo" is of "the sanctions decision")."""
    trigger = earlier.trigger
    told = {t.lemma.lower() for t in [trigger, *ctx.kids(trigger.i, _PASSIVE_SUBJ)]}
    if kinds & (_lemmas_under(ctx, trigger) | told):
        return True
    matches = ctx.rules.reaction_matches
    return any(_answered(matches.get(k, frozenset()), earlier.code) for k in kinds)


def _sums_up_deed(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a reaction's object is, or holds, a deed noun ("praised the decision",
    "expressed support for the step"): the deed that later "the move" sums up too."""
    objects = ctx.kids(hit.trigger.i, _OBJ | frozenset({"prep"}))
    return any(
        t.lemma.lower() in ctx.rules.deed_nouns
        for o in objects
        for t in ctx.parse.subtree(o.i)
        if t.pos == "NOUN"
    )


def _told_noun(ctx: _Ctx, verb: Token, obj: Token | None, code: str, sources: list[Mention]) -> int:
    """The act noun a reaction may answer from anywhere earlier in the story, else -1.

    A reaction (told_roots) or a refused meeting (boycott_roots, hosted_nouns) whose object is
    a definite or demonstrative noun ("the pact", "this expulsion") that names no author nor
    any actor in its own phrase, in a clause that names no party but the reactors ("was
    condemned by the EU" names its reactor), and that is no generic word ("the war").
    """
    if obj is None or obj.pos != "NOUN":
        return -1
    own = {m.actor.principal for m in sources if m.actor is not None}
    if any(
        m.kind != "pronoun" and (m.actor is None or m.actor.principal not in own)
        for k in ctx.kids(verb.i)
        if k.dep not in _SUBJ and k.dep != "conj"  # "... and warned Athens": a clause of its own
        if not _misread_clause(ctx, k)  # "..., and Seoul voiced concern" read as an object
        # "welcomed the agreement, while the EU said it would fund ...": another's statement
        if not _contrasted_clause(ctx, verb, k)
        # "criticized the memorandum, calling it 'a step toward dragging Norway into a bloc'":
        # the name given restates the object; the states it names are no parties
        if not _naming_restated(ctx, k)
        if not _saying_restated(ctx, k)  # "welcomed the accord, saying it would help Chad"
        for t in ctx.parse.subtree(k.i)
        if (m := ctx.by_token.get(t.i)) is not None
    ):
        return -1
    rules = ctx.rules
    lemma = obj.lemma.lower()
    root = code[:2]
    refusal = root in rules.boycott_roots and lemma in rules.hosted_nouns
    if lemma in rules.generic_act_nouns or not (root in rules.told_roots or refusal):
        return -1
    if _reactors_own_word(ctx, obj, own):
        return obj.i  # "Ottawa dismissed its conclusions": the report told before
    if not _definite_noun(ctx, obj):
        return -1
    if _authored(ctx, obj) or _named_author(ctx, obj):
        return -1
    return obj.i


_LEAD_SENTENCES = 2  # body sentences after the headline that any told act reaches


_DATELINE_TOKENS = 4  # a body "sentence" this short is a dateline cut off ("BANGKOK", "—")


def _lead_end(parse: Parse, headline: int, verbs: bool = False) -> int:
    """Index after the lead: the first _LEAD_SENTENCES body sentences, not counting a
    dateline parsed as sentences of its own ("BANGKOK" "—" "Thailand ordered ..."). ``verbs``:
    nor a longer one with no verb ("BELGRADE, Serbia (AP)", "BISHKEK (Reuters) -"), as the
    story's one deal is sought (_story_deal); the lead of the other rules stays as it was."""
    counted = 0
    for sent in parse.sentences[headline:]:
        words = parse.tokens[sent.token_start : sent.token_end]
        if len(words) > _DATELINE_TOKENS and (
            not verbs or any(t.pos in ("VERB", "AUX") for t in words)
        ):
            counted += 1
            if counted == _LEAD_SENTENCES:
                return sent.index + 1
    return len(parse.sentences)


def _told_act(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]]) -> list[_Hit]:
    """A reaction to "the <act>" that no nearer rule placed: aimed at the act's authors.

    "Japan and the Philippines signed a troop pact ... [eight sentences] ... China criticized
    the pact": the nearest telling of the act anywhere earlier in the story, headline
    included (_same_act), whose author is an actor gives the target: both authors of a joint
    act, the host of a refused meeting. The reactor answers only its co-author, never itself;
    two different authors in the nearest sentence that tells the act give nothing. A noun of
    a named kind (hit.named: "the sanctions") told by that very noun keeps the bystander
    window of _context_target; only a verb or another noun of the act reaches further.
    "The decision", "the move" may also sum up a decision told just before (deciding_words,
    _BYSTANDER_WINDOW, with no act coded since); "the report", "the findings" a statement
    about the reactor (_reporting_authors).
    """
    noun = ctx.tok(hit.noun)
    lemma = noun.lemma.lower()
    src = hit.source.actor
    assert src is not None
    # "the decision to expel the envoy": the act is the one its infinitive names
    named = tuple(k for k in ctx.kids(noun.i, frozenset({"acl"})) if k.tag == "VB")
    about = src.principal if lemma in ctx.rules.claim_nouns else ""
    found = _told_targets(ctx, hit, coded, named, about, own_doings=False)
    if not found and about:
        # no report about the reactor but a speaker's words about his own doings with it
        # ("Britain said it would raise the issue with Egypt. Egypt condemned the statement")
        found = _told_targets(ctx, hit, coded, named, about, own_doings=True)
    return found


def _told_owner(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A charge against "the <thing>" that no telling of an act placed: aimed at the one state
    the thing was told as belonging to.

    "Chad seized three Sudanese trucks ... Chad's government said the trucks had been carrying
    weapons": the nearest earlier telling of the noun (up to _TOLD_WINDOW sentences back) with
    a state's name as its modifier or its conjunct's ("three trucks and 12 Sudanese drivers")
    gives that state. Only a charge (reaction_roots) answering that state's complaint or
    demand coded since the telling (a hostile act of the owner on the accuser), and not one the
    sentence's own reaction already made ("defended the seizure, saying the boat was fishing
    illegally"); never the accuser's own state, nor two owners, nor a thing its own sentence
    places with another state.
    """
    if hit.noun < 0 or hit.code[:2] not in ctx.rules.reaction_roots:
        return []
    noun = ctx.tok(hit.noun)
    if noun.pos != "NOUN" or ctx.kids(noun.i, _OWNER_DEPS):
        return []  # "the Omani boats", "its boats": owned in the sentence itself
    lemma = noun.lemma.lower()
    first = ctx.parse.sentences[noun.sent].token_start
    for sent in reversed(ctx.parse.sentences[: noun.sent]):
        if noun.sent - sent.index > _TOLD_WINDOW:
            break
        owners: dict[str, Mention] = {}
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if t.lemma.lower() != lemma or t.pos != "NOUN":
                continue
            things = [t, *ctx.kids(t.i, _CONJ)]
            if t.dep == "conj" and t.head != t.i:
                things.append(ctx.tok(t.head))
            for thing in things:
                for k in ctx.kids(thing.i, _OWNER_DEPS):
                    m = ctx.by_token.get(k.i)
                    if m is not None and m.actor is not None and m.kind != "pronoun":
                        owners.setdefault(m.actor.principal, m)
        if not owners:
            continue  # "their boats": a telling that names no owner
        if len(owners) != 1:
            return []
        owner = next(iter(owners.values()))
        here = _named_states(ctx, first, ctx.parse.sentences[noun.sent].token_end, hit.source)
        if not _differ(ctx, hit.source, owner) or owner.actor is None:
            return []
        if owner.actor.principal not in _state_codes() or set(here) - {owner.actor.principal}:
            return []
        principal, accuser = owner.actor.principal, _principal(hit.source)
        complained = any(
            sent.index <= i < sent_index
            and h.code[:2] in ctx.rules.hostile_roots
            and _same_source(h, principal)
            and h.target is not None
            and _principal(h.target) == accuser
            for i, h in coded
        )
        answered = any(
            i == sent_index
            and _same_source(h, accuser)
            and h.target is not None
            and _principal(h.target) == principal
            for i, h in coded
        )
        return [replace(hit, target=owner)] if complained and not answered else []
    return []


_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _told_targets(
    ctx: _Ctx,
    hit: _Hit,
    coded: list[tuple[int, _Hit]],
    named: tuple[Token, ...],
    about: str,
    own_doings: bool,
) -> list[_Hit]:
    """_told_act's search back through the story; own_doings: a speaker's clause about his
    own doings tells a report about the reactor too (_reporting_authors)."""
    noun = ctx.tok(hit.noun)
    lemma = noun.lemma.lower()
    src = hit.source.actor
    assert src is not None
    # "welcomed the idea of a joint border patrol", "the plan to build a fence": a plan with
    # content of its own is that plan, no summing-up of a decision told before (an
    # infinitive's act is still found through named)
    content = bool(named) or any(
        k.lemma.lower() == "of" for k in ctx.kids(noun.i, frozenset({"prep"}))
    )
    own = _subject_clauses(ctx, hit.trigger)
    # "Rwanda closed its airspace to Burundi ... Burundi closed its border with Rwanda in
    # 2024 ... The US called the closure an escalation": a telling years back (_background_act)
    # is held while the news may still tell the act further back; a reaction itself told as
    # background takes it at once
    recent = not _background_act(ctx, hit.trigger) and not _points_back(ctx, hit.trigger, noun)
    held: list[_Hit] = []
    held_aside: list[_Hit] = []
    for sent in reversed(ctx.parse.sentences[: noun.sent + 1]):
        if noun.sent - sent.index > _TOLD_WINDOW and sent.index >= ctx.lead_end:
            continue  # a background paragraph far back tells another occasion
        # "the move" sums up a decision only when nothing was done since (_latest_deed)
        deciding = (
            # ("the proposal of a rail link", a plan with content, though a deed noun too)
            (lemma in ctx.rules.deed_nouns | ctx.rules.plan_nouns)
            and not (lemma in ctx.rules.plan_nouns and content)
            # just before, or the story's lead ("Venezuela ordered the observers out ...
            # Russia backed the decision")
            and (noun.sent - sent.index <= _BYSTANDER_WINDOW or sent.index < ctx.lead_end)
            and not any(
                sent.index < i <= noun.sent
                and _answered(hit.answers, h.code)
                # "Finland, which sold Estonia two boats, praised the move": the reactor's own
                # description is no act done since
                and not _described_reactor(ctx, hit, h, i, noun.sent)
                for i, h in coded
            )
        )
        key = (lemma, hit.named, tuple(k.i for k in named), deciding, about, own_doings)
        cached = _cached_tellings(ctx, key, sent)
        found: dict[frozenset[str], list[Mention]] = {}
        # "Israel voted against", "the resolution, drafted by Ukraine": a ballot or a draft,
        # held while the act of the body that adopted it is sought further back
        ballots: dict[frozenset[str], list[Mention]] = {}
        dated = recent
        # "The United States has imposed its own sanctions": held behind any other telling
        # held, a background one included ("The EU had already sanctioned 21 officials")
        aside = recent
        # "The deal was signed by ...": a definite noun refers back to the lead's act
        referring = True
        for i, authors in cached:
            if i < noun.i and i not in own:
                weak = _dissenting_vote(ctx, ctx.tok(i)) or _drafted(ctx, ctx.tok(i))
                told = ballots if weak else found
                told.setdefault(frozenset(a.actor.principal for a in authors if a.actor), authors)
                referring = referring and not weak and _definite_noun(ctx, ctx.tok(i))
                kind = _own_kind(ctx, ctx.tok(i))
                aside = aside and kind
                dated = dated and (
                    told is ballots
                    or _background_act(ctx, ctx.tok(i))
                    or kind
                    # "Togo agreed to release six fishermen": held behind the deal both signed
                    # ("the decision" may well be that undertaking)
                    or (lemma in ctx.rules.agreement_nouns and _undertaking(ctx, ctx.tok(i), authors))
                )
        if ballots and not found:
            found, dated = ballots, True
        if not found and deciding and sent.index < min(ctx.lead_end, noun.sent):
            lead = _lead_act(ctx, hit, sent.index, coded)
            # "Japan expressed concern ...": an answer; the story's acts are coded: theirs
            if lead and _only_answered(ctx, coded, sent.index, noun.sent, lead):
                found[frozenset(_principal(a) for a in lead)] = lead
                dated = referring = False
        if len(found) > 1:
            return []  # "A expelled ... and B expelled ...": which one is meant is not said
        if found and deciding and _returns_told(ctx, hit, coded, sent.index, next(iter(found))):
            return []  # "Russia ordered 20 Czech diplomats to leave. Slovakia backed the step"
        if found:
            fuller = (
                _fuller_lead_telling(ctx, key, sent.index, next(iter(found))) if referring else []
            )
            targets: dict[str, Mention] = {}
            for a in fuller or next(iter(found.values())):
                if _differ(ctx, hit.source, a) and a.actor is not None:
                    targets.setdefault(a.actor.principal, a)
            # "condemned the vote and warned Athens": a verb joined to the reaction that names
            # some of the act's authors keeps only those ("... and summoned Finland's
            # ambassador", naming none of them, keeps all)
            joined = _joined_parties(ctx, hit.trigger, src.principal) & targets.keys()
            out = [
                replace(hit, target=a, context="told")
                for p, a in targets.items()
                if not joined or p in joined
            ]
            if not dated:
                return out
            if aside:
                held_aside = held_aside or out
            else:
                held = held or out
    return held or held_aside


def _undertaking_verb(ctx: _Ctx, t: Token) -> bool:
    """Whether a word is an undertaking verb with an infinitive ("agreed to release")."""
    return (
        t.pos == "VERB"
        and t.lemma.lower() in ctx.rules.undertaking_verbs
        and any(k.tag == "VB" for k in ctx.kids(t.i, _XCOMP))
    )


def _undertaken_for(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The states an undertaking is made to, named by its infinitive: an indirect object
    ("agreed to give Kenya five more years"), an object ("agreed to help Chad") or an
    object's possessor ("agreed to defer Laos' repayments"). They are parties to the deal
    the undertaking makes, as a with-phrase's partner is ("agreed with Nigeria to reopen")."""
    heads: list[Token] = []
    for inf in ctx.kids(verb.i, _XCOMP):
        if inf.tag != "VB":
            continue
        for k in ctx.kids(inf.i, frozenset({"dative", "dobj"})):
            heads.append(k)
            if k.dep == "dobj":
                heads += ctx.kids(k.i, frozenset({"poss"}))
    # a state named there itself: "to free 12 Ugandan fishermen" frees people, no party
    named = [h for h in heads if h.i in ctx.by_token]
    return [m for m in _actors(ctx, named, "target") if m.kind != "pronoun"]


def _undertaking(ctx: _Ctx, t: Token, authors: list[Mention]) -> bool:
    """Whether a telling of "the agreement" is one side's undertaking: an undertaking verb
    with an infinitive and a single state as subject ("Under a separate protocol, Togo agreed
    to release six Ghanaian fishermen"). A deal told further back, signed by both ("Ghana and
    Togo signed an agreement"), is the one meant; "Ghana and Togo agreed to share a line" is
    that deal itself."""
    if not _undertaking_verb(ctx, t):
        return False
    undertaken = {_principal(m) for m in _undertaken_for(ctx, t)}
    return len({_principal(a) for a in authors} - undertaken) == 1


_TellingKey = tuple[str, bool, tuple[int, ...], bool, str, bool]


def _cached_tellings(
    ctx: _Ctx, key: _TellingKey, sent: Sentence
) -> tuple[tuple[int, list[Mention]], ...]:
    """_tellings of a sentence for (lemma, skip_noun, named token indices, deciding, about,
    own_doings), kept on the context: each reaction to the same act searches the same
    sentences again."""
    cached = ctx.tellings.get((*key, sent.index))
    if cached is None:
        lemma, skip_noun, named_i, deciding, about, own_doings = key
        named = tuple(ctx.tok(i) for i in named_i)
        cached = tuple(
            _tellings(ctx, sent, lemma, skip_noun, named, deciding, about, own_doings)
        )
        ctx.tellings[(*key, sent.index)] = cached
    return cached


def _fuller_lead_telling(
    ctx: _Ctx, key: _TellingKey, index: int, authors: frozenset[str]
) -> list[Mention]:
    """The authors of the story's lead telling of an act that a later telling names only in
    part ("Kuwait and Oman signed a water accord ... The accord was signed by Kuwait's
    minister ... Jordan welcomed the accord": both signers; "Oman agreed to release ten
    fishermen under the accord": the accord is still both sides'). The nearest lead
    sentence (headline included) whose telling names every later author and more gives
    them; two different fuller tellings there, or none, give nothing."""
    for sent in reversed(ctx.parse.sentences[: min(ctx.lead_end, index)]):
        fuller: dict[frozenset[str], list[Mention]] = {}
        for _, told in _cached_tellings(ctx, key, sent):
            principals = frozenset(a.actor.principal for a in told if a.actor)
            if principals > authors:
                fuller.setdefault(principals, told)
        if len(fuller) == 1:
            return next(iter(fuller.values()))
        if fuller:
            return []
    return []


def _own_kind(ctx: _Ctx, t: Token) -> bool:
    """Whether a telling names the act as its doer's own ("The United States has imposed its
    own sanctions"): one of the kind set beside the story's, which "the sanctions" means
    only when the story tells no other (held, as a telling years back is)."""
    told = (t, *ctx.kids(t.i, _OBJ))
    return any(_own_aside(ctx, o, frozenset({o.lemma.lower()})) for o in told)


def _returns_told(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], index: int, authors: frozenset[str]
) -> bool:
    """Whether the act a sentence tells, which "the decision" or "the step" may sum up, is coded
    there as a hostile deed of its authors that returns one just told (_returned_deed): "The
    Czech Republic expelled 18 Russian diplomats. Russia ordered 20 Czech diplomats to leave.
    Slovakia backed the step" may mean either expulsion."""
    return any(
        i == index and _principal(e.source) in authors and _returned_deed(ctx, hit, e, coded, i)
        for i, e in coded
    )


def _points_back(ctx: _Ctx, trigger: Token, noun: Token) -> bool:
    """Whether a reaction points at the act told just before, even one told years back: a
    demonstrative on its noun ("criticized that closure") or a phrase setting it at that time
    ("At the time, the United States criticized the closure", "back then")."""
    rules = ctx.rules
    if any(
        d.lemma.lower() in rules.pointing_determiners for d in ctx.kids(noun.i, frozenset({"det"}))
    ):
        return True
    return _set_then(ctx, trigger)


def _set_then(ctx: _Ctx, trigger: Token) -> bool:
    """Whether an act's sentence sets it at the time of the act told before it ("Madrid
    protested at the time", "back then") (coeval_nouns)."""
    rules = ctx.rules
    sent = ctx.parse.sentences[trigger.sent]
    for i in range(sent.token_start, sent.token_end):
        t = ctx.tok(i)
        if t.lemma.lower() not in rules.coeval_nouns or t.head == t.i:
            continue
        head = ctx.tok(t.head)
        if t.lemma.lower() == "then" and head.lemma.lower() == "back":
            return True  # "back then"
        if t.dep == "pobj" and head.lemma.lower() == "at":
            return True  # "at the time"
    return False


def _only_answered(
    ctx: _Ctx, coded: list[tuple[int, _Hit]], index: int, before: int, authors: list[Mention]
) -> bool:
    """Whether the lead act a sentence tells, uncoded, is all that "the move" may sum up: the
    sentence finds no answer and nothing is coded before the reaction, but answers aimed at
    the act's authors (answering_roots): "Liberia removed 31 tankers from its registry, a step
    that drew a protest from Moscow ... Russia accused Monrovia of acting on pretexts ... The
    EU welcomed the move" (Liberia's); "Japan expressed concern about the drills" is itself
    an answer (its main verb), and "Peru closed its border ... Chile recalled its envoy"
    codes a deed."""
    names = {_principal(a) for a in authors}
    answers = ctx.rules.answering_roots | ctx.rules.antecedent_roots

    def aimed(h: _Hit) -> bool:
        return h.target is not None and _principal(h.target) in names

    # in the lead sentence, only a clause beside the act ("saying the ships carried Russian
    # crude", "a step that drew a protest"), by the act's authors or at them
    return all(
        h.trigger.head != h.trigger.i and (aimed(h) or _principal(h.source) in names)
        for h in ctx.sentence_hits.get(index, ())
        if h.code[:2] in answers
    ) and all(h.code[:2] in ctx.rules.answering_roots and aimed(h) for i, h in coded if i < before)


def _answers_authors(
    ctx: _Ctx, verb: Token, authors: set[str], coded: list[tuple[int, _Hit]]
) -> bool:
    """Whether a verb coded an answer (answering_roots) aimed at one of ``authors``: no act
    of its own that "the move" might sum up ("Russia accused Monrovia of acting on
    pretexts"; "Russia expelled Liberia's envoy" is one)."""
    return any(
        h.trigger.i == verb.i
        and h.code[:2] in ctx.rules.answering_roots
        and h.target is not None
        and _principal(h.target) in authors
        for i, h in coded
        if i == verb.sent
    )


def _lead_act(ctx: _Ctx, hit: _Hit, index: int, coded: list[tuple[int, _Hit]]) -> list[Mention]:
    """The authors of the act a lead sentence's main verb tells, uncoded, that "the decision",
    "the move" or "the step" far below may sum up: "China imposed export controls on gallium
    ... Japan criticized the move" (_main_act_authors: done, affirmed, outward, by states or
    IGOs). None when a sentence between tells, in its main clause, a done act of another actor
    than that author or the reactor ("Separately, Vietnam opened a new port"): that act may be
    the one meant."""
    if _main_background(ctx, index):
        return []  # "In 2021, Spain had hosted ...": another occasion
    authors = _main_act_authors(ctx, ctx.parse.sentences[index])
    kept = {_principal(a) for a in authors} | {_principal(hit.source)}
    for i in range(index + 1, hit.trigger.sent):
        sent = ctx.parse.sentences[i]
        for verb in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if verb.head != verb.i or verb.pos != "VERB" or verb.tag != "VBD":
                continue
            if verb.lemma.lower() in ctx.rules.speech_verbs or not ctx.kids(verb.i, _OBJ):
                continue
            if _answers_authors(ctx, verb, {_principal(a) for a in authors}, coded):
                continue  # "Iran accused Accra of acting on pretexts": an answer to the act
            doers = _actors(ctx, _subject_tokens(ctx, verb), "source")
            if any(m.actor is not None and m.actor.principal not in kept for m in doers):
                return []
    return authors


def _joined_parties(ctx: _Ctx, verb: Token, own: str) -> set[str]:
    """The actors (other than the reactor) named by verbs joined to a reaction with no subject
    of their own ("Turkey condemned the vote and warned Athens": GRC). What a joined saying
    verb's clause speaks of is no party acted on ("welcomed the agreement and said a stable
    Lao economy was in the region's interest"); one told it is ("and told Athens ...")."""
    return {
        m.actor.principal
        for k in ctx.kids(verb.i, frozenset({"conj"}))
        if not ctx.kids(k.i, _SUBJ)  # "..., but Russia criticized it": another reactor's clause
        for said in (_said_content(ctx, k),)
        for t in ctx.parse.subtree(k.i)
        if t.i not in said
        if (m := ctx.by_token.get(t.i)) is not None
        and m.kind != "pronoun"
        and m.actor is not None
        and m.actor.principal != own
        and not _in_noun_phrase(ctx, t, k)
    }


def _said_content(ctx: _Ctx, verb: Token) -> set[int]:
    """The tokens of a saying verb's content clauses (speech_verbs), none for another verb."""
    if verb.lemma.lower() not in ctx.rules.speech_verbs:
        return set()
    return {t.i for c in ctx.kids(verb.i, _CCOMP) for t in ctx.parse.subtree(c.i)}


def _in_noun_phrase(ctx: _Ctx, t: Token, verb: Token) -> bool:
    """Whether a token under a verb hangs in a phrase of one of its nouns ("repeated its
    opposition to any road through Armenia"): a thing spoken of, no party the verb acts on
    as "warned Athens" or "called on Athens" does."""
    cur = t
    while cur.i != verb.i and cur.head != cur.i:
        head = ctx.tok(cur.head)
        if cur.dep == "prep" and head.pos in ("NOUN", "PROPN"):
            return True
        cur = head
    return False


def _tellings(
    ctx: _Ctx,
    sent: Sentence,
    lemma: str,
    skip_noun: bool,
    named: tuple[Token, ...],
    deciding: bool,
    about: str,
    own_doings: bool = False,
) -> Iterator[tuple[int, list[Mention]]]:
    """The words of a sentence that tell the act (_same_act) and have authors, last first.

    skip_noun: the act's own noun does not tell it (a noun of a named kind, see _told_act);
    named: the infinitives that name the act ("the decision to expel"); deciding: a word of
    deciding_words tells it too ("agreed to station troops" of "the decision"); about: the
    reactor whose "report" a saying verb about it tells (_reporting_authors, with
    own_doings).
    """
    hosted = lemma in ctx.rules.hosted_nouns
    for i in range(sent.token_end - 1, sent.token_start - 1, -1):
        t = ctx.tok(i)
        word = t.lemma.lower()
        if skip_noun and t.pos == "NOUN" and word == lemma:
            # "In a statement, Venezuela accused ...": a statement's vehicle names its author
            # even where the noun itself tells no act (skip_noun)
            vehicle = _statement_authors(ctx, t) if about else []
            if vehicle:
                yield i, vehicle
            continue
        if t.pos == "NOUN" and _kind_only(ctx, t):
            continue
        if about and t.pos == "VERB" and word in ctx.rules.speech_verbs:
            authors = _reporting_authors(ctx, t, about, own_doings)
        elif any(
            word == k.lemma.lower() if t.pos == "VERB" else _same_act(ctx, word, k) for k in named
        ) or _same_act(ctx, lemma, t):
            if _commitment_on_act(ctx, t, lemma) or _shared_view(ctx, t):
                continue
            if (
                t.pos == "VERB"
                and _modality(ctx, t) is not None
                and not _announced_plan(ctx, t)
                and not (_attributed_plan(ctx, t) and _sole_telling(ctx, lemma, t))
            ):
                continue  # "Australia will continue to sail there": a stance, no transit told
            authors = _telling_authors(ctx, t, hosted)
            if t.pos == "VERB" and word != lemma and word in ctx.rules.talk_verbs:
                # "the talks" told by a meeting ("met his Colombian counterpart") are both
                # sides' (_telling_authors); one side meeting no state ("officials met in
                # Rome", "met business leaders") tells no talks of states
                authors = authors if len({_principal(a) for a in authors}) > 1 else []
            if authors and _undertaking_verb(ctx, t):
                # "China agreed to defer Laos' repayments": the deal is Laos' too
                authors = authors + [m for m in _undertaken_for(ctx, t) if m not in authors]
            if not authors and deciding:
                # "Ethiopia announced it would fill the reservoir ... the announcement": a
                # saying verb tells no act of its own, but may tell a decision
                authors = _decision_authors(ctx, t, hosted) or []
        elif (
            deciding
            and lemma not in ctx.rules.verb_deed_nouns
            and not _free_to_decide(ctx, t)
            and (decided := _decision_authors(ctx, t, hosted)) is not None
        ):
            authors = decided
        else:
            continue
        if authors:
            yield i, authors


def _statement_authors(ctx: _Ctx, noun: Token) -> list[Mention]:
    """Who issued a statement told as the vehicle of a clause's words: "In a statement,
    Venezuela's Foreign Ministry accused the OPEC secretariat of ...", "said in a letter":
    the subject of the verb the noun's phrase hangs on (clauses._carrier_sender), so that
    "Guyana rejected the statement" answers its author, not the one it accused. Only a
    statement noun (claim_nouns, content_nouns) in a prepositional phrase on a verb."""
    rules = ctx.rules
    word = noun.lemma.lower()
    if noun.pos != "NOUN" or word not in rules.claim_nouns | rules.content_nouns:
        return []
    if noun.dep != "pobj" or noun.head == noun.i or _named_author(ctx, noun):
        return []  # "over a statement by Greece's minister": its own author, named on it
    prep = ctx.tok(noun.head)
    if prep.lemma.lower() not in rules.statement_vehicle_preps or prep.dep != "prep":
        return []  # "accused Athens over a statement": no vehicle of the accuser's words
    if prep.head == prep.i or ctx.tok(prep.head).pos != "VERB":
        return []
    found = _body_actors(ctx, _carrier_sender(ctx, noun, 0))
    return [m for m in found if m.actor is not None]


def _free_to_decide(ctx: _Ctx, verb: Token) -> bool:
    """Whether a deciding verb only says who may or will decide ("Member states are free to
    decide who uses their ports", "ready to decide"): the infinitive of an adjective tells
    no decision taken that "the move" could sum up."""
    return verb.pos == "VERB" and verb.dep == "xcomp" and ctx.tok(verb.head).pos == "ADJ"


def _announced_plan(ctx: _Ctx, verb: Token) -> bool:
    """Whether a future verb is the decision its subject announced ("France announced it
    would sell armored vehicles to Armenia ... Azerbaijan criticized the sale"): a decided
    act a reaction answers as it answers a done one (_announced_decision)."""
    head = ctx.tok(verb.head)
    return (
        verb.head != verb.i
        and _announced_decision(ctx, head)
        and any(c.i == verb.i for c in _content_clauses(ctx, head))
    )


def _sole_telling(ctx: _Ctx, lemma: str, verb: Token) -> bool:
    """Whether no other verb of the story tells an act a noun names by another doer: "South
    Korea will send rice, and Japan will send wheat ... welcomed the shipment" says not whose
    (_attributed_plan's plan is taken only when the story tells it alone)."""
    own = {_principal(m) for s in ctx.kids(verb.i, _SUBJ) if (m := ctx.by_token.get(s.i))}
    return not any(
        u.i != verb.i
        and u.pos == "VERB"
        and _same_act(ctx, lemma, u)
        and any(
            (m := ctx.by_token.get(s.i)) is None or _principal(m) not in own
            for s in ctx.kids(u.i, _SUBJ)
        )
        for u in ctx.parse.tokens
    )


def _attributed_plan(ctx: _Ctx, verb: Token) -> bool:
    """Whether a future act told first and attributed after it is its doer's announced plan:
    "India will send wheat to Afghanistan, the ministry said ... The WFP welcomed the
    shipment" answers India as "India said it would send" does (_announced_decision). The
    doer is one named state; the teller names no other state ("..., Pakistan's ministry
    said" reports a neighbour's word, no plan announced)."""
    if not any(
        a.dep == "aux" and a.text.lower() in ctx.rules.future_modals for a in ctx.kids(verb.i)
    ) or _negated(ctx, verb) or _conditioned(ctx, verb, ctx.rules.condition_marks):
        return False  # "would send troops if the fighting spread": no plan yet
    doers = [m for s in ctx.kids(verb.i, _SUBJ) if (m := ctx.by_token.get(s.i)) is not None]
    if len(doers) != 1 or doers[0].kind == "pronoun" or doers[0].actor is None:
        return False
    head = ctx.tok(verb.head)
    tellers = [
        t
        for t in ([head] if verb.dep in _CCOMP and head.i > verb.i else [])
        + [k for k in ctx.kids(verb.i, frozenset({"parataxis"})) if k.i > verb.i]
        if t.pos == "VERB" and t.lemma.lower() in ctx.rules.announcing_verbs
    ]
    return any(
        not _negated(ctx, t)
        and {_principal(m) for m in _announcers(ctx, t)} <= {_principal(doers[0])}
        for t in tellers
    )


def _commitment_on_act(ctx: _Ctx, verb: Token, lemma: str) -> bool:
    """Whether a verb that tells an act by its own word commits its subjects to do something
    about that act named by a noun ("The US and the UAE agreed to act as guarantors of the
    accord" of "the agreement"): the act is another, made before, not this commitment. An
    indefinite noun is one still to be made ("agreed to restart talks on a trade deal"): the
    verb tells this agreement."""
    if verb.pos != "VERB":
        return False
    return any(
        n.pos == "NOUN"
        and _same_act(ctx, lemma, n)
        and (_definite_noun(ctx, n) or bool(ctx.kids(n.i, frozenset({"poss"}))))
        for x in ctx.kids(verb.i, _XCOMP)
        for n in ctx.parse.subtree(x.i)
    )


def _shared_view(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb agrees with a view, not with a party ("Norway agreed with the findings of
    the panel"): an opinion shared, no deal made (claim_nouns, content_nouns)."""
    if verb.pos != "VERB":
        return False
    views = ctx.rules.claim_nouns | ctx.rules.content_nouns
    return any(p.lemma.lower() in views for p in _preps(ctx, verb, _WITH))


_WITH = frozenset({"with"})


def _decision_authors(ctx: _Ctx, t: Token, hosted: bool = False) -> list[Mention] | None:
    """Who a word telling a decision names as deciding (a word of deciding_words, a refusal
    told as done, or an announced decision, _announced_decision); None when the word tells no
    decision."""
    if _drafted(ctx, t):
        return None  # "France drafted the resolution": the body that adopted it decided
    if _asked_of_others(ctx, t):
        return None  # "called on both governments to resolve the dispute": no one decided
    if t.pos in ("VERB", "NOUN") and t.lemma.lower() in ctx.rules.deciding_words:
        return _telling_authors(ctx, t, hosted)
    if _done_refusal(ctx, t):
        return _telling_authors(ctx, t, hosted)
    if _announced_decision(ctx, t):
        return _announcers(ctx, t)
    return None


def _asked_of_others(ctx: _Ctx, t: Token) -> bool:
    """Whether a verb is the act an appeal asks of others, its infinitive ("South Africa
    called on the government and the AU to resolve the dispute": the head verb's hit of
    asked_act_roots): a decision of no one yet, least of all the one who asks."""
    if t.pos != "VERB" or t.tag != "VB" or t.dep not in ("xcomp", "advcl") or t.head == t.i:
        return False
    roots = ctx.rules.asked_act_roots
    return any(
        h.trigger.i == t.head and h.code[:2] in roots for h in ctx.sentence_hits.get(t.sent, ())
    )


def _dissenting_vote(ctx: _Ctx, t: Token) -> bool:
    """Whether a verb tells a vote cast against something ("China and Iran voted against",
    "Hungary voted against the tariffs"): the voters opposed what the body decided, so they
    are no authors of "the decision" or "the resolution" a reaction answers."""
    return (
        t.pos == "VERB"
        and t.lemma.lower() in ctx.rules.voting_verbs
        and any(
            k.lemma.lower() in ctx.rules.dissent_preps for k in ctx.kids(t.i, frozenset({"prep"}))
        )
    )


def _ballot(ctx: _Ctx, t: Token) -> bool:
    """Whether a verb tells a ballot cast ("voted for the text", "voted against", "in favor"),
    not a vote to do something ("voted to leave the bloc")."""
    return (
        t.pos == "VERB"
        and t.lemma.lower() in ctx.rules.voting_verbs
        and any(k.lemma.lower() in ctx.rules.ballot_preps for k in ctx.kids(t.i, frozenset({"prep"})))
    )


def _done_refusal(ctx: _Ctx, t: Token) -> bool:
    """Whether a verb tells a refusal as done and affirmed (refusing_verbs) in a main clause of
    the news: "Canada has refused visas to Iran's team", "Slovakia blocked the package"; not
    "would refuse", "did not block", a remark withheld ("declined to comment", "refused to
    say"), nor a clause that only describes ("a standoff in which Hungary had blocked the
    step") or background ("In 2019, Hungary had blocked ...")."""
    if t.pos != "VERB" or t.lemma.lower() not in ctx.rules.refusing_verbs:
        return False
    top = _first_conjunct(ctx, t)
    said = ctx.tok(top.head)
    main = top.head == top.i or (
        top.dep == "ccomp" and said.head == said.i and said.lemma.lower() in ctx.rules.speech_verbs
    )
    return main and not (
        _negated(ctx, t)
        or _modality(ctx, t) is not None
        or _remark_withheld(ctx, t)
        or _background_act(ctx, t)
    )


def _announced_decision(ctx: _Ctx, t: Token) -> bool:
    """Whether a saying verb tells a decision of its own subject, which "the decision" or a
    bare regret may answer: "Hungary announced it would leave the OSCE", "announced its
    withdrawal" (a clause of the speaker's own future doing, or its own act noun)."""
    if t.pos != "VERB" or t.lemma.lower() not in ctx.rules.announcing_verbs or _negated(ctx, t):
        return False
    speakers = {m.actor.principal for m in _announcers(ctx, t) if m.actor is not None}
    if not speakers:
        return False
    for c in _content_clauses(ctx, t):
        if any(m.lemma.lower() in ctx.rules.blocking_marks for m in ctx.kids(c.i)):
            continue  # "refused to say whether it would expel more diplomats": a question
        if c.lemma.lower() in ctx.rules.demanding_verbs:
            # "said it would ask the AU to examine the ban": a request, whose asked body
            # decides; no decision of the speaker's that "the move" sums up
            continue
        subj = ctx.kids(c.i, _SUBJ)
        future = any(
            a.dep == "aux" and a.text.lower() in ctx.rules.future_modals for a in ctx.kids(c.i)
        )
        # "it would leave": the speaker itself (a pronoun resolved to another actor is not)
        own = [
            s
            for s in subj
            if s.tag == "PRP"
            and ((m := ctx.by_token.get(s.i)) is None or _principal(m) in speakers | {""})
        ]
        if (
            future
            and own
            and len(own) == len(subj)
            and not _negated(ctx, c)
            and _acts_on_other(ctx, c, subj, speakers)
        ):
            return True
    acts = ctx.rules.act_nouns | ctx.rules.deciding_nouns
    return any(
        o.lemma.lower() in acts
        and any(p.tag == "PRP$" for p in ctx.kids(o.i, frozenset({"poss"})))
        and _acts_on_other(ctx, o, ctx.kids(o.i, frozenset({"poss"})), speakers)
        for o in ctx.kids(t.i, _OBJ)
    )


def _acts_on_other(ctx: _Ctx, head: Token, owners: list[Token], speakers: set[str]) -> bool:
    """Whether a decided clause or act noun reaches beyond who decides: it names another actor
    ("would leave the OSCE") or is a state's measure on something ("it would raise tolls on
    foreign trucks", "its withdrawal"). A person's own step ("she would retire next year",
    "he would leave his post": personal_pronouns) decides nothing another state answers."""
    skip = {t.i for s in owners for t in ctx.parse.subtree(s.i)}
    if any(
        (m := ctx.by_token.get(t.i)) is not None
        and m.actor is not None
        and _principal(m) not in speakers
        for t in ctx.parse.subtree(head.i)
        if t.i not in skip
    ):
        return True
    if any(o.text.lower() in ctx.rules.personal_pronouns for o in owners):
        return False
    return head.pos == "NOUN" or any(  # "it would stop issuing transit permits"
        t.dep in _OBJ and t.i not in skip for t in ctx.parse.subtree(head.i)
    )


def _decided_before(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]]) -> list[_Hit]:
    """A verbal reaction with no act named that no coded act answered ("Hungary announced it
    would leave the OSCE. Poland said it was deeply disappointed"): aimed at who decided in
    the nearest sentence, up to _BYSTANDER_WINDOW back with nothing coded since, that tells a
    decision (deciding_words, _announced_decision). A decision with no actor as author, by
    the reactor itself, or by two different authors, gives nothing."""
    trigger = hit.trigger
    own = _principal(hit.source)
    for sent in reversed(ctx.parse.sentences[: trigger.sent + 1]):
        if trigger.sent - sent.index > _BYSTANDER_WINDOW:
            break
        if any(sent.index < i < trigger.sent for i, _ in coded):
            break  # the story moved on: an act told since is what a feeling would answer
        found: dict[str, Mention] = {}
        told = False
        for i in range(sent.token_start, min(sent.token_end, trigger.i)):
            authors = _decision_authors(ctx, ctx.tok(i))
            if authors is None:
                continue
            if _ballot(ctx, ctx.tok(i)) and all(
                a.actor is None or _principal(a) == own for a in authors
            ):
                # "Thirteen members voted for the text", "The United States, which voted in
                # favor, said it was disappointed": ballots in the body's act, no decision
                continue
            told = True
            for a in authors:
                found.setdefault(_principal(a), a)
        if told:
            if len(found) != 1 or own in found:
                return []
            return [replace(hit, target=a, context="told") for a in found.values()]
    return []


def _reporting_authors(
    ctx: _Ctx, verb: Token, about: str, own_doings: bool = False
) -> list[Mention]:
    """Who reported something about the reactor: "the EU's observer mission said the count in
    Malawi was flawed ... The government rejected the report" (EU). A saying verb of the
    sentence's main clause whose own words (not its subject) name the reactor; the reactor's
    own statements tell no report it answers. A clause about the speaker's own doings ("he
    said he had met Egypt's foreign minister") counts only with own_doings: _told_act first
    looks past it for a report of the reactor further back. A participle of saying on the
    main verb ("condemned the pipeline, saying Togo had ignored the treaty") reports its
    subject's words as well. The place the speaker spoke in ("told reporters in Baku":
    _speech_place) is no one reported on."""
    if _negated(ctx, verb) or not (verb.head == verb.i or _main_participle(ctx, verb)):
        return []
    subjects = _subject_tokens(ctx, verb)
    own = {t.i for s in subjects for t in ctx.parse.subtree(s.i)}
    # "he told reporters in Baku": where he spoke names no one his words are about
    own |= {t.i for t in ctx.parse.subtree(verb.i) if _speech_place(ctx, t)}
    if not own_doings:
        own |= {
            t.i
            for c in _content_clauses(ctx, verb)
            if any(
                k.tag == "PRP" and not _criticized_thing(ctx, verb, k)
                for k in ctx.kids(c.i, _ANY_SUBJ)
            )
            for t in ctx.parse.subtree(c.i)
            if t.dep not in _ANY_SUBJ
        }
    if not any(
        m.actor is not None and m.actor.principal == about
        for t in ctx.parse.subtree(verb.i)
        if t.i not in own and (m := ctx.by_token.get(t.i)) is not None
    ):
        return []
    found = _body_actors(ctx, subjects)
    return [m for m in found if m.actor is not None and m.actor.principal != about]


def _criticized_thing(ctx: _Ctx, verb: Token, pronoun: Token) -> bool:
    """Whether the "it" of a saying participle's clause is the thing its main verb acts on
    ("criticized the project, saying it turned Moldova into a hub"): the project's doing,
    no speaker's own, whatever state the resolver tied the pronoun to."""
    if pronoun.text.lower() != "it" or not _main_participle(ctx, verb):
        return False
    return any(
        o.pos == "NOUN" and o.i not in ctx.by_token for o in ctx.kids(verb.head, _OBJ)
    )


def _main_participle(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb is a participle with no subject of its own on the sentence's main verb
    ("criticized the project, saying ..."): its words are the main subject's."""
    head = ctx.tok(verb.head)
    return (
        verb.tag == "VBG"
        and verb.dep == "advcl"
        and head.head == head.i
        and not ctx.kids(verb.i, _ANY_SUBJ)
    )


def _claim_tellers(ctx: _Ctx, verb: Token, obj: Token, about: str) -> list[Mention]:
    """Who told the claim a rejection appended to their report answers.

    "Serbia's foreign ministry said Romania was acting on orders from Brussels, a charge
    Bucharest rejected as absurd", "accused Romania of spying, a charge Bucharest denied":
    the claim noun (claim_nouns) the rejecting clause hangs on
    (the parser may make it the verb's second or passive subject, parties._contact_clause)
    stands in a clause a saying verb reports, or in a clause on a statement it tells ("said in
    a statement that ..."), or the parser hangs the rejection on the saying verb itself; the
    saying verb's words, beside the rejection and the speaker, name the rejecting state, and
    its subject is the claimant. A report naming no rejecter ("said the drought was the worst
    in decades, a claim Cairo rejected") or a report denied ("did not say") gives nothing.
    """
    head = _claim_teller_verb(ctx, verb, obj)
    if head is None:
        return []
    rejecting = set(ctx.parse.subtree(verb.i))
    subjects = _subject_tokens(ctx, head)
    # the words the saying verb tells, but the rejection's own (the parser may hang the
    # appended rejection on the saying verb itself)
    own = rejecting | {t for s in subjects for t in ctx.parse.subtree(s.i)}
    named = any(
        m.actor is not None and m.actor.principal == about
        for t in ctx.parse.subtree(head.i)
        if t not in own and (m := ctx.by_token.get(t.i)) is not None
    )
    if not named or _negated(ctx, head):
        return []
    tellers = _body_actors(ctx, subjects)
    return [m for m in tellers if m.actor is not None and m.actor.principal != about]


def _claim_teller_verb(ctx: _Ctx, verb: Token, obj: Token) -> Token | None:
    """The saying or charging verb that told the claim a rejection appended to it answers
    (_claim_tellers): climbing from the claim noun to a saying verb whose reported clause
    (or a clause on a statement, "said in a statement that ...") holds it, or to a charging
    verb ("accused Romania of spying, a charge Bucharest rejected"); else None."""
    if obj.lemma.lower() not in ctx.rules.claim_nouns:
        return None
    cur = verb if obj.head == verb.i else obj
    reported = False
    for _ in range(8):
        if cur.head == cur.i:
            return None
        head = ctx.tok(cur.head)
        reported = reported or (cur.dep == "acl" and head.lemma.lower() in ctx.rules.content_nouns)
        if head.lemma.lower() in ctx.rules.speech_verbs and (cur.dep == "ccomp" or reported):
            return head
        if head.pos == "VERB" and head.lemma.lower() in ctx.rules.charging_verbs:
            return head
        cur = head
    return None


def _private_claim(ctx: _Ctx, verb: Token, obj: Token) -> bool:
    """Whether the claim a rejection is appended to was told by no state or IGO: "Rights
    groups accused the army of torture, an accusation the government rejected", "The
    opposition accused the government of fraud, a charge officials deny". The denial
    answers its tellers, who are no party, so it codes nothing (not some earlier actor)."""
    head = _claim_teller_verb(ctx, verb, obj)
    if head is None or _negated(ctx, head):
        return False
    subjects = _subject_tokens(ctx, head)
    return bool(subjects) and not _body_actors(ctx, subjects) and not any(
        t.i in ctx.by_token for s in subjects for t in ctx.parse.subtree(s.i)
    )


def _counter_claim(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether an act is only what its own target says of the other side.

    "China's spokesman said the Philippine vessel had intruded into Chinese waters": a third
    party condemning "the incident" does not condemn that claim.
    """
    if hit.target is None or hit.target.actor is None:
        return False
    return any(
        m.actor is not None and m.actor.principal == hit.target.actor.principal
        for m in _claimants(ctx, hit.trigger)
    )


def _claimants(ctx: _Ctx, trigger: Token) -> list[Mention]:
    """Who says that an act happened: the subject of the saying verb whose clause tells it."""
    cur = trigger
    for _ in range(8):
        if cur.head == cur.i:
            return []
        head = ctx.tok(cur.head)
        if cur.dep == "ccomp" and head.lemma.lower() in ctx.rules.speech_verbs:
            return _actors(ctx, _subject_tokens(ctx, head), "source")
        cur = head
    return []


def _pointed_voicing(ctx: _Ctx, noun: Token, word: str) -> bool:
    """Whether a noun of disapproval voiced carries a pointing determiner ("rejected that
    criticism", "this complaint"): the words told just before, looked up as a remark is,
    not the latest act on the reactor of a criticism's roots (an appeal further back)."""
    if word not in ctx.rules.voiced_nouns:
        return False
    dets = ctx.kids(noun.i, frozenset({"det"}))
    return any(d.lemma.lower() in ctx.rules.pointing_determiners for d in dets)


def _remarked_just_before(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> _Hit | None:
    """A rejection of "the remarks" (remarked_nouns) right after another state's voice spoke:
    aimed at that state, before the latest act on the reactor.

    "The Commission said it would give Peru 50 million euros. A Chilean foreign ministry
    spokeswoman said the port lay near waters Chile's navy patrols. Peru rejected the
    remarks": the sentence just before, when it codes no act on the reactor but the voice's
    own, and whose main saying verb (speech_verbs) has as subject one state's voice other
    than the reactor's, gives that state; a remark of the reactor's own side, of two states,
    or none, gives nothing (the usual context rules then decide), and so does a voice that
    speaks of the very claim ("The EU said it was studying the claim"), no maker of it.
    Tellings that name no act of their own ("Tonga rejected that account", "that view") are
    remarks as well (session 52)."""
    if hit.noun < 0 or ctx.tok(hit.noun).pos != "NOUN":
        return None  # "declined to comment": no remark rejected
    # "rejected that account": a telling that names no act of its own (own_answer_nouns) is
    # looked up by its word, as a remark is by its act
    noun = ctx.tok(hit.noun)
    word = hit.act or noun.lemma.lower()
    if word not in ctx.rules.remarked_nouns and not _pointed_voicing(ctx, noun, word):
        return None
    if sent_index - 1 < ctx.first_body:
        return None
    if not _definite_noun(ctx, noun) or ctx.kids(noun.i, frozenset({"acl", "ccomp"})):
        return None  # "rejected suggestions that the move was aimed at Israel": its own words
    own = _principal(hit.source)
    before = sent_index - 1
    found = _voices(ctx, hit, before)
    if not found and before - 1 >= ctx.first_body and _aside(ctx, before, coded):
        # "Kenya's army said its soldiers were shot at. The park is the country's largest.
        # Tanzania rejected that account": a sentence of description between tells no account
        before -= 1
        found = _voices(ctx, hit, before)
    if not found and before - 1 >= ctx.first_body and _quote_continued(ctx, before):
        # '"We share your grief," Maheu said. "But holding seamen ... is not the Pacific
        # way." Micronesia rejected that description': the quotation's second sentence has
        # no saying verb; its speaker is the one of the sentence that opened it
        found = _voices(ctx, hit, before - 1)
    if len(found) != 1:
        return None
    said = ctx.parse.sentences[before]
    if any(
        t.lemma.lower() == word for t in ctx.parse.tokens[said.token_start : said.token_end]
    ):
        return None  # "said it was studying the claim": spoken of, not made
    if any(
        i == before
        and h.target is not None
        and _principal(h.target) == own
        and _principal(h.source) not in found  # the voice's own words on the reactor answer
        for i, h in coded
    ):
        return None
    return replace(hit, target=next(iter(found.values())))


def _aside(ctx: _Ctx, index: int, coded: list[tuple[int, _Hit]]) -> bool:
    """Whether sentence ``index`` only describes: it codes no act, holds no saying verb
    (speech_verbs) and no quotation, so a remark rejected after it was made before it."""
    if any(i == index for i, _ in coded) or ctx.sentence_hits.get(index):
        return False
    sent = ctx.parse.sentences[index]
    if any(q in sent.text for q in _QUOTE_MARKS):
        return False
    tokens = ctx.parse.tokens[sent.token_start : sent.token_end]
    return not any(t.lemma.lower() in ctx.rules.speech_verbs for t in tokens)


def _voices(ctx: _Ctx, hit: _Hit, index: int) -> dict[str, Mention]:
    """The states other than the reactor's whose voice is the subject of the main saying verb
    (speech_verbs) of sentence ``index``."""
    sent = ctx.parse.sentences[index]
    found: dict[str, Mention] = {}
    for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
        if t.dep != "ROOT" or t.lemma.lower() not in ctx.rules.speech_verbs:
            continue
        subjects = ctx.kids(t.i, frozenset({"nsubj"}))
        for m in _actors(ctx, subjects, "source"):
            if m.actor is not None and _differ(ctx, hit.source, m):
                found.setdefault(_principal(m), m)
    return found


def _quote_continued(ctx: _Ctx, index: int) -> bool:
    """Whether sentence ``index`` goes on the quotation of the sentence before: the quoted
    words of one paragraph, with no saying verb (speech_verbs) of their own."""
    sent = ctx.parse.sentences[index]
    toks = [t for t in ctx.parse.tokens[sent.token_start : sent.token_end] if t.pos != "SPACE"]
    if not toks or toks[0].text not in _QUOTE_MARKS:
        return False
    if any(t.lemma.lower() in ctx.rules.speech_verbs for t in toks):
        return False
    prev = ctx.parse.sentences[index - 1]
    gap = ctx.parse.tokens[max(prev.token_end - 1, 0) : toks[0].i]
    return not any("\n" in t.ws or (t.pos == "SPACE" and "\n" in t.text) for t in gap)


def _claimed_by(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int) -> list[_Hit]:
    """A rejection of "the claim" that no earlier act answers: aimed at whoever claimed it.

    "Beijing said the Philippine vessel had rammed a Chinese ship. Manila dismissed that
    claim": the latest act, up to _BYSTANDER_WINDOW sentences back, told in a reported
    clause that has the reactor as a party gives the reporter. A claim about others, or one
    the reactor itself reported, gives nothing.
    """
    src = hit.source.actor
    assert src is not None
    for index, earlier in reversed(coded):
        if sent_index - index > _BYSTANDER_WINDOW:
            break
        sides = (earlier.source.actor, earlier.target.actor if earlier.target else None)
        if not any(a is not None and a.principal == src.principal for a in sides):
            continue
        # "Park told the Russian envoy that the transfer violated ..., the ministry said": a
        # charge told by a saying verb is its teller's claim, not the reporter's
        said = earlier.trigger.lemma.lower() in ctx.rules.speech_verbs
        claimants = [earlier.source] if said else _claimants(ctx, earlier.trigger)
        speakers = [m for m in claimants if _differ(ctx, hit.source, m)]
        if speakers:
            return [replace(hit, target=speakers[0])]
    return []


def _voiced_by(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int) -> list[_Hit]:
    """A rejection of "the criticism" or "the concerns" that no earlier act answers: aimed at
    whoever last voiced disapproval, coded or not.

    "Italy and Tunisia signed a deal. The U.N. rights office said it was concerned that the
    deal lacked safeguards. Tunisia rejected the criticism": up to _BYSTANDER_WINDOW sentences
    back, the latest sentence in which an actor voices disapproval (_critics) gives that actor.
    The reactor's own disapproval gives nothing, and so does a reactor the article has not
    named before: a stranger's "rejected the criticism" answers a criticism of someone else.
    """
    rules = ctx.rules
    if hit.code[:2] != "12" or hit.noun < 0 or hit.act not in rules.voiced_nouns:
        return []
    own = _principal(hit.source)
    if not _named_before(ctx, own, sent_index):
        return []  # "Brazil rejected the criticism" of a deal it was never told a part of
    for index in range(sent_index - 1, max(ctx.first_body, sent_index - _BYSTANDER_WINDOW) - 1, -1):
        critics = _critics(ctx, index, coded)
        if not critics:
            continue
        if any(_principal(m) == own for m in critics):
            return []
        out: dict[str, Mention] = {}
        for m in critics:
            out.setdefault(_principal(m), m)
        return [replace(hit, target=m, context="voiced") for m in out.values()]
    return []


def _charged_before(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A rejection of "the accusation" or "that description" that no coded act answers:
    aimed at the one state or IGO whose verb of that kind, coded or not, made it just before.

    "Chilean lawmakers accused Bolivia of dumping sugar. Bolivia rejected the accusation",
    "The bank criticized what it described as reckless borrowing. The government rejected that
    description": up to _BYSTANDER_WINDOW sentences back, the latest sentence with a verb of
    the noun's kind (_charged_verbs), in any clause, whose subject is an actor gives that
    actor. The reactor's own words, two actors, or no such verb give nothing; a telling by a
    saying verb is _claimed_by's and _remarked_just_before's.
    """
    rules = ctx.rules
    if hit.code[:2] not in rules.answered_critic_roots or hit.noun < 0 or not hit.act:
        return []
    verbs = _charged_verbs(ctx, hit.act)
    if not verbs:
        return []
    own = _principal(hit.source)
    if not _named_before(ctx, own, sent_index):
        return []  # a stranger's "rejected the criticism" answers one made of someone else
    for index in range(sent_index - 1, max(ctx.first_body, sent_index - _BYSTANDER_WINDOW) - 1, -1):
        sent = ctx.parse.sentences[index]
        makers: dict[str, Mention] = {}
        for verb in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if verb.pos != "VERB" or _negated(ctx, verb):
                continue
            if verb.lemma.lower() not in verbs and not _same_act(ctx, hit.act, verb):
                continue
            for m in _announcers(ctx, verb):
                if m.actor is not None and m.actor.principal and not _private(ctx, m):
                    makers.setdefault(_principal(m), m)
        if not makers:
            continue
        if own in makers or len(makers) != 1:
            return []  # its own words, or two makers: which one is answered is not said
        return [replace(hit, target=m, context="charged") for m in makers.values()]
    return []


def _named_before(ctx: _Ctx, principal: str, sent_index: int) -> bool:
    """Whether the story's body named an actor before a sentence (a rejecter named only now
    answers no criticism told of others)."""
    return any(
        _principal(m) == principal
        for m in ctx.by_token.values()
        if ctx.first_body <= m.sentence_index < sent_index
    )


def _denial_tellers(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A bare denial ("denied that any data had been hidden") that no act coded before
    answers: aimed at the one state or IGO whose voice just told what is denied.

    "Kenya's foreign ministry said Ugandan soldiers had crossed the border. Uganda denied that
    its troops had entered Kenya": up to _BYSTANDER_WINDOW sentences back, the latest
    sentence that names the denier and in which a state or IGO other than the denier is the
    subject of a verb of saying, charging or voicing (speech_verbs, charging_verbs,
    voicing_words) gives that teller. Sentences of the denier's own voice, or naming no
    denier, are passed over; two tellers in one sentence give nothing. A deed of the denier's
    own coded within _DENIED_CHARGE_WINDOW is _denied_deed's to judge.
    """
    rules = ctx.rules
    if (
        hit.context != "reaction"
        or hit.noun >= 0
        or hit.code[:2] not in rules.answered_critic_roots
        or hit.answers != rules.reaction_matches["denial"]
        or not (
            any(c.pos in ("VERB", "AUX") for c in ctx.kids(hit.trigger.i, _CCOMP))
            # "Cyprus denied that.": what the teller just said, as a clause of it would be
            or any(_denied_pronoun(ctx, hit.trigger, o) for o in ctx.kids(hit.trigger.i, _OBJ))
        )
    ):
        return []  # ", which Bamako denies", "denied involvement": the charge told with it
    own = _principal(hit.source)
    first = max(ctx.first_body, sent_index - _DENIED_CHARGE_WINDOW)
    if any(
        first <= i < sent_index and _same_source(e, own) and e.code[:2] in rules.deed_roots
        for i, e in coded
    ):
        return []  # "Rwanda said a Burundian helicopter had entered ...": _denied_deed's
    verbs = rules.speech_verbs | rules.charging_verbs | rules.voicing_words
    # the voice just heard, as a bare answer's window goes (a charge told further back, past
    # the paragraph of its details, is the context rules' to reach or not)
    nearest = max(ctx.first_body, sent_index - _BYSTANDER_WINDOW)
    for index in range(sent_index - 1, nearest - 1, -1):
        sent = ctx.parse.sentences[index]
        tellers: dict[str, Mention] = {}
        voices: set[int] = set()
        for verb in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if verb.pos != "VERB" or verb.lemma.lower() not in verbs or _negated(ctx, verb):
                continue
            for m in _announcers(ctx, verb):
                if m.actor is not None and m.actor.principal and not _private(ctx, m):
                    tellers.setdefault(_principal(m), m)
                    voices.add(m.token_start)
        tellers.pop(own, None)
        if not tellers:
            continue
        named = any(
            _principal(m) == own and m.token_start not in voices
            for m in ctx.by_token.values()
            if m.sentence_index == index
        )
        if not named:
            continue  # "The mission said it would stay": no word of the denier told
        if len(tellers) != 1:
            return []
        return [replace(hit, target=m, context="charged") for m in tellers.values()]
    return []


def _charged_verbs(ctx: _Ctx, noun: str) -> frozenset[str]:
    """The verbs that make what a rejected noun names: a charge only by charging
    ("accused"), a description by naming, voicing or charging ("described it as", "called
    it", "criticized it as"). A criticism or a concern is _voiced_by's, whose critics are told
    in the main clause: any clause's voicing verb reaches too far back."""
    rules = ctx.rules
    if noun in rules.charge_nouns:
        return rules.charging_verbs
    if noun in rules.remarked_nouns - rules.claim_nouns:
        return rules.naming_verbs | rules.voicing_words | rules.charging_verbs
    return frozenset()


def _critics(ctx: _Ctx, index: int, coded: list[tuple[int, _Hit]]) -> list[Mention]:
    """The states or IGOs that voice disapproval in a sentence: the sources of its coded or
    targetless hits of criticism (reaction_matches), or the subjects of its main clause whose
    verb, or whose saying verb's clause, is a word of voicing ("said it was concerned that")."""
    rules = ctx.rules
    roots = rules.reaction_matches["criticism"]
    hits = [e for i, e in coded if i == index] + [
        h for h in ctx.sentence_hits.get(index, ()) if h.target is None
    ]
    found = [h.source for h in hits if h.code[:2] in roots]
    if not found:
        sent = ctx.parse.sentences[index]
        roots_of = [
            t
            for t in ctx.parse.tokens[sent.token_start : sent.token_end]
            if t.head == t.i and t.pos in ("VERB", "AUX")
        ]
        if len(roots_of) != 1 or _negated(ctx, roots_of[0]):
            return []
        verb = roots_of[0]
        preds = [verb]
        if verb.lemma.lower() in rules.speech_verbs:
            preds = [c for c in ctx.kids(verb.i, frozenset({"ccomp"})) if not _negated(ctx, c)]
        words = preds + [a for p in preds for a in ctx.kids(p.i, frozenset({"acomp"}))]
        if not any(w.lemma.lower() in rules.voicing_words for w in words):
            return []
        found = _announcers(ctx, verb)
    return [m for m in found if m.actor is not None and m.actor.principal and not _private(ctx, m)]


def _content_of(ctx: _Ctx, outer: Token, inner: Token) -> bool:
    """Whether inner lies in the that-clause of outer: the act is what outer tells, no deed
    it answers ("Grenada complained that Saint Lucia had ignored the ruling"); a relative
    clause ("accused Abidjan of sheltering plotters, which Ivory Coast denies") answers, and
    so does a clause of time or cause ("declared the envoy persona non grata after the bloc
    added officials to its list", the parser's ccomp or not)."""
    cur = inner
    for _ in range(8):
        if cur.head == cur.i:
            return False
        marks = ctx.kids(cur.i, frozenset({"mark"}))
        if any(m.lemma.lower() not in ("that", "whether", "if") for m in marks):
            return False
        if cur.head == outer.i:
            return cur.dep == "ccomp" and cur.pos in ("VERB", "AUX")
        cur = ctx.tok(cur.head)
    return False


def _fellow_subject(ctx: _Ctx, hit: _Hit, other: Mention) -> bool:
    """Whether another state is named with the reactor as the subject of its verb ("Indonesia
    and Malaysia called the law discriminatory", "Both countries ..." after their talks): they
    answer something together, not each other."""
    if hit.trigger.pos != "VERB" or other.actor is None:
        return False
    subjects = _actors(ctx, _subject_tokens(ctx, hit.trigger), "source")
    members = {a.principal for m in subjects for a in m.members}
    return other.actor.principal in members | {_principal(m) for m in subjects}


def _context_target(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> _Hit | None:
    """One target for a reaction or a continued act (see _with_context)."""
    src = hit.source.actor
    assert src is not None
    # a noun that sums up a hostile act ("the incident") looks as far back as any context
    window = _CONTEXT_WINDOW if hit.act in ctx.rules.summary_nouns else _BYSTANDER_WINDOW
    bystander: _Hit | None = None  # "The Kremlin criticized the sanctions" the EU put on Belarus
    told: bool | None = None  # whether the reaction's document noun was told with its author
    named = _named_act_aimed(ctx, hit, coded, sent_index)
    if named is not None:
        return named
    for index, earlier in reversed(coded):
        if hit.window and sent_index - index > hit.window:
            break
        if sent_index - index > _CONTEXT_WINDOW and not hit.answers:
            break  # an act of the named kind may be answered from anywhere earlier
        e_src, e_tgt = earlier.source.actor, earlier.target.actor if earlier.target else None
        if e_src is None or e_tgt is None or _complaint_warning(earlier):
            continue
        if index == sent_index and _content_of(ctx, earlier.trigger, hit.trigger):
            continue  # "Grenada complained that Saint Lucia had ignored the ruling": told in it
        if hit.context == "reaction" and e_tgt.principal == src.principal:
            if told is None:
                # "The IAEA board passed a resolution censuring Iran. Israel accused Tehran
                # ... Iran rejected the resolution": a document told earlier with its author
                # (_told_act) is that author's, no answer to the latest act aimed at the reactor;
                # so is a charge ("Laos accused Cambodia ... a Thai spokesman said Cambodian
                # soldiers had laid mines. Cambodia rejected the charge": the Thai one)
                noun = ctx.tok(hit.noun).lemma.lower() if hit.noun >= 0 else ""
                documents = ctx.rules.content_nouns | ctx.rules.charge_nouns
                told = noun in documents and bool(_told_act(ctx, hit, coded))
            if told:
                return None
            if (
                e_src.principal != src.principal
                and (not hit.answers or _answered(hit.answers, earlier.code))
                and not _background_only(ctx, hit, earlier)  # "In 2023, Lithuania had accused"
                and not _fellow_subject(ctx, hit, earlier.source)
            ):
                if _stateless_telling(ctx, hit, index, sent_index):
                    return None  # "... On Tuesday, gunmen attacked an army post": theirs
                if _stateless_charge(ctx, hit, index, sent_index):
                    return None  # "..., a decision critics called a reward. U.S. officials
                    # denied any link": the critics' words, no state's
                return replace(hit, target=earlier.source)
        if (
            hit.context == "reaction"
            and hit.code[:2] in ctx.rules.posture_roots
            and e_src.principal == src.principal
            and e_tgt.principal != src.principal
            and earlier.code[:2] in ctx.rules.conflict_roots
            and not _background_only(ctx, hit, earlier)
        ):
            # "Cambodian troops crossed into Lao territory ... Cambodia sent 400 more troops to
            # the area": a show of force naming no one keeps up the source's own latest hostility
            return replace(hit, target=earlier.target, context=hit.context)
        if (
            bystander is None
            and hit.named
            and sent_index - index <= window
            and _answered(hit.answers, earlier.code)
            and src.principal not in (e_src.principal, e_tgt.principal)
            and not _counter_claim(ctx, earlier)
            # "Poland said it would respond. The Kremlin criticized the sanctions": a threat
            # answering the deed is none the noun names
            and not _answers_earlier(ctx, earlier)
            and not _background_only(ctx, hit, earlier)
        ):
            if _returned_deed(ctx, hit, earlier, coded, index):
                return None  # "Germany retaliated ... Poland condemned the expulsions": whose?
            if _stateless_telling(ctx, hit, index, sent_index):
                return None  # "... gunmen attacked a police post. Kenya condemned the attack"
            # "Belarus deployed nuclear weapons. Poland moved troops to its border. Lithuania
            # condemned the deployment": the act the troop move answers, told but not coded
            answered = _answered_doer(ctx, hit, earlier, index)
            if answered is not None and not _differ(ctx, hit.source, answered):
                return None
            lead = _lead_rival(ctx, hit, earlier, index, coded)
            if lead is not None:  # "Russia expelled ... Moldova also expelled ...": the lead's
                answered = lead.source
            bystander = replace(hit, target=answered or earlier.source, context=hit.context)
        if (
            bystander is None
            and hit.act
            and earlier.act == hit.act
            and sent_index - index <= _CONTEXT_WINDOW
            and src.principal not in (e_src.principal, e_tgt.principal)
        ):
            # "Belarus condemned the sanctions [the EU's] ... The Kremlin criticized the
            # sanctions": an earlier reaction to the same named act already found its author
            bystander = replace(hit, target=earlier.target, context=hit.context)
        if hit.context == "continued" and e_src.principal == src.principal:
            if _background_act(ctx, hit.trigger) and not _background_act(ctx, earlier.trigger):
                # "Sudan retook the plain in 2020 while Ethiopia's military was fighting in
                # Tigray": a fight told years back goes on with no act of the news
                return bystander
            if earlier.code[:2] in ctx.rules.pressed_roots and e_tgt.principal != src.principal:
                return replace(hit, target=earlier.target)
        if (
            hit.context == "continued"
            and e_tgt.principal == src.principal
            and e_src.principal != src.principal
            and earlier.code[:2] in ctx.rules.continued_roots
            and not _background_act(ctx, hit.trigger)
        ):
            # "Ukrainian drones struck a refinery in Russia ... civilians killed in Russian
            # attacks": the foe that just struck the source is the one its attacks go on at
            return replace(hit, target=earlier.source)
    return bystander


def _lead_named_act(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A third party's reaction to a named act that no nearer rule placed: the lead's act of
    that kind, aimed at another, when it is the only act of the kind told before ("Guinea
    ordered the ICC's envoy to leave ... [eight paragraphs] ... France said it regretted the
    expulsion": wire copy tells the reactions to its lead last, as _latest_deed does for "the
    move"). Nothing when another author's act of the kind was told after the lead
    (_rival_since_lead: its own doer's later acts and its target's answers by another word do
    not count), or the lead tells such
    acts by two authors ("Bosnia expelled a Serbian diplomat, and Serbia responded by expelling
    a Bosnian one": which one is meant is not said), or the reactor is a side of one, or the
    lead told it by that very noun ("imposed sanctions ... criticized the sanctions" keeps the
    bystander window, as _told_act says, unless the story went on telling its sides since)."""
    src = hit.source.actor
    if hit.context != "reaction" or not hit.named or not hit.act or not hit.answers or src is None:
        return []  # a bare reaction ("Poland condemned.") answers only what was just told
    found: list[_Hit] = []
    later: list[_Hit] = []  # acts of the kind told since the lead
    first = -1  # the sentence of the lead's act
    for index, earlier in reversed(coded):
        if index >= sent_index or earlier.target is None:
            continue
        if not _answered(hit.answers, earlier.code):
            continue
        if src.principal in (_principal(earlier.source), _principal(earlier.target)):
            return []
        if index >= ctx.lead_end:
            later.append(earlier)
            continue
        if _background_only(ctx, hit, earlier) or _answers_earlier(ctx, earlier):
            continue
        found.append(earlier)
        first = index
    if len({_principal(h.source) for h in found}) != 1:
        return []
    if any(_rival_since_lead(ctx, hit, found[0], h) for h in later):
        return []  # another author's act of the kind since the lead
    if _owned_by_other(ctx, hit, _principal(found[0].source)):
        return []  # "China has opposed Western sanctions": not the lead's
    if _stateless_telling(ctx, hit, first, sent_index):
        return []  # "... Pirates attacked a tug. Malaysia condemned the attack": theirs
    sent = ctx.parse.sentences[found[0].trigger.sent]
    sides = _hit_sides(found[0])
    if any(
        t.pos == "NOUN" and t.lemma.lower() == hit.act
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]
    ) and not any(
        first < i < sent_index and sides & _hit_sides(h) for i, h in coded
    ):
        # told by that very noun: it keeps the bystander window (_told_act), unless the story
        # has gone on telling the lead act's sides since ("The EU imposed sanctions on Belarus
        # ... Minsk said it would respond ... Russia criticized the sanctions")
        return []
    return [replace(hit, target=found[0].source)]


def _owned_by_other(ctx: _Ctx, hit: _Hit, doer: str | None) -> bool:
    """Whether a reaction's act noun is owned by a name that is not the lead doer's ("has
    opposed Western sanctions", "criticized Russian sanctions" after Australia's): a proper
    qualifier or owner that no actor, or another actor, stands for."""
    nouns = [ctx.tok(hit.noun)] if hit.noun >= 0 else []
    nouns += [o for o in ctx.kids(hit.trigger.i, _OBJ) if o.lemma.lower() == hit.act]
    for noun in nouns:
        for q in ctx.kids(noun.i, frozenset({"amod", "compound", "poss"})):
            if not q.text[:1].isupper():
                continue
            owners = {_principal(m) for m in _actors(ctx, [q], "source")}
            if owners != {doer}:
                return True
    return False


def _hit_sides(h: _Hit) -> set[str]:
    """The principals of a hit's source and target (the target when there is one)."""
    return {_principal(h.source)} | ({_principal(h.target)} if h.target is not None else set())


def _rival_since_lead(ctx: _Ctx, hit: _Hit, lead: _Hit, since: _Hit) -> bool:
    """Whether an act of the kind a reaction's noun names, told after the lead's, may be the
    one meant instead: not when its doer did the lead's act too ("Chinese ships fired water
    cannon at a Vietnamese boat ... On Tuesday Chinese ships blocked two survey vessels ...
    Japan condemned the water cannon attack"), nor when the lead act's target answers its doer
    by an act of another root that the noun does not name by its own word ("Ecuador banned
    Colombian rice ... Bogota said it would draw conclusions ... Peru criticized the measure":
    a vow is no ban; a counter-ban, or a counter-expulsion after an expulsion, still is)."""
    doer = _principal(lead.source)
    if _principal(since.source) == doer:
        return False
    return not (
        lead.target is not None
        and since.target is not None
        and _principal(since.source) == _principal(lead.target)
        and _principal(since.target) == doer
        and since.code[:2] != lead.code[:2]
        and not _same_act(ctx, hit.act, since.trigger)
    )


def _named_act_aimed(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> _Hit | None:
    """The doer of the latest act aimed at the reactor that the reaction's noun names by its
    own verb ("Latvia expelled two Belarusian diplomats. Poland closed a crossing. Belarus
    condemned the expulsion": Latvia), before the latest act of any kind it answers (Poland's
    closure is of a kind an expulsion answers, but no expulsion); None when no act of that
    word is aimed at the reactor, or the word is only told by a doer that is no state."""
    if hit.context != "reaction" or not hit.named or not hit.act:
        return None
    src = _principal(hit.source)
    for index, earlier in reversed(coded):
        if sent_index - index > _CONTEXT_WINDOW:
            break
        if (
            index < sent_index
            and earlier.target is not None
            and _principal(earlier.target) == src
            and _principal(earlier.source) != src
            and _same_act(ctx, hit.act, earlier.trigger)
            and (not hit.answers or _answered(hit.answers, earlier.code))
            and not _background_only(ctx, hit, earlier)
        ):
            if _stateless_telling(ctx, hit, index, sent_index):
                return None
            return replace(hit, target=earlier.source)
    return None


_BACKWARD_DETS = frozenset({"the", "this", "that", "these", "those"})  # a doer told before


def _stateless_telling(ctx: _Ctx, hit: _Hit, index: int, sent_index: int) -> bool:
    """Whether the act a reaction's noun names is told again after the coded act of sentence
    ``index``, before the reaction, by a doer that is no actor ("Chinese ships fired water
    cannon at a Philippine boat. On Tuesday, gunmen attacked an army post in Mindanao. Manila
    condemned the attack"): the noun answers that latest telling, which names no state. A
    pronoun, a definite or owned doer ("The drones attacked the port again") or an agentless
    passive may be the coded doer's and tells nothing here."""
    noun = hit.act if hit.named else ""
    if not noun:
        return False
    for i in range(index + 1, sent_index + 1):
        sent = ctx.parse.sentences[i]
        for verb in ctx.parse.tokens[sent.token_start : min(sent.token_end, hit.trigger.i)]:
            if verb.pos != "VERB" or not _deverbal(ctx, noun, verb) or _negated(ctx, verb):
                continue
            doers = ctx.kids(verb.i, _SUBJ) or [
                p
                for a in ctx.kids(verb.i, frozenset({"agent"}))
                for p in ctx.kids(a.i, frozenset({"pobj"}))
            ]
            if _actorless_doers(ctx, doers, ("NOUN", "PROPN")):
                return True
    return False


def _actorless_doers(ctx: _Ctx, doers: Sequence[Token], tags: tuple[str, ...]) -> bool:
    """Whether a verb's doers are bare nouns no actor stands for ("gunmen", "critics of the
    deal"): no pronoun, no owned or definite doer that may be a coded actor's."""
    return bool(doers) and all(
        d.pos in tags
        and not ctx.kids(d.i, frozenset({"poss"}))
        and not any(k.lemma.lower() in _BACKWARD_DETS for k in ctx.kids(d.i, frozenset({"det"})))
        and not any(m.actor is not None for m in _actors(ctx, [d], "source"))
        for d in doers
    )


def _stateless_charge(ctx: _Ctx, hit: _Hit, index: int, sent_index: int) -> bool:
    """Whether a rejection answers words told after the coded act of sentence ``index`` by
    voices that are no actor: "South Africa criticized the deal. ... Washington granted
    Eswatini duty-free access, a decision critics of the deal called a reward. U.S. officials
    denied any link" denies what the critics said (a naming or charging verb whose subjects are
    bare nouns no actor stands for), no answer to South Africa's criticism."""
    if hit.code[:2] not in ctx.rules.answered_critic_roots:
        return False
    verbs = ctx.rules.naming_verbs | ctx.rules.charging_verbs
    for i in range(index + 1, sent_index + 1):
        sent = ctx.parse.sentences[i]
        for verb in ctx.parse.tokens[sent.token_start : min(sent.token_end, hit.trigger.i)]:
            if verb.pos != "VERB" or verb.lemma.lower() not in verbs or _negated(ctx, verb):
                continue
            if _actorless_doers(ctx, ctx.kids(verb.i, _SUBJ), ("NOUN",)):
                return True
    return False


# sentences back a threat naming no one looks for its source's own judgement (_own_answer)
_OWN_THREAT_WINDOW = 1


def _own_answer(ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int) -> list[_Hit]:
    """The target of the source's own latest criticism or rejection (reaction_roots) told
    within an objectless reaction's window (its own sentence first), when all of its acts
    there had one target.

    "The EU imposed duties on Turkish steel. [two sentences of detail] Turkey's Trade Ministry
    condemned the decision. Aksoy said Turkey would respond in kind": the deed answered lies
    beyond the window, but the condemnation just told names whom the vow answers. Tried only
    when nothing else in the context gives a target.

    A warning of the source's own act that names no one ("Niger criticized the plan. Its
    spokesman warned that Niger would respond to any violation") is such a vow when its source
    judged a state in the sentence before: the threat is aimed where that judgement was
    (_OWN_THREAT_WINDOW); not one that tells what others will face ("warned that companies
    involved will face consequences").
    """
    src = hit.source.actor
    # a vow with no aim of its own ("would take all necessary steps to protect its rights")
    # answers as an objectless reaction does, whatever its object
    vowed = hit.answers == ctx.rules.reaction_matches["vowed retaliation"]
    warned = (
        hit.context == "counterpart"
        and hit.code[:2] in ctx.rules.judged_threat_roots
        and bool(_own_future_clauses(ctx, hit.trigger))  # "that Niger would", no third party's
    )
    window = hit.window or (_BYSTANDER_WINDOW if vowed else _OWN_THREAT_WINDOW if warned else 0)
    if src is None or (hit.context != "reaction" and not warned):
        return []
    if not window and hit.code[:2] not in ctx.rules.judged_threat_roots:
        # a threat with no window of its own still answers whom its source judged in its own
        # sentence ("would draw the appropriate conclusions and accused Madrid of ...":
        # _judged_later codes the judgement first)
        return []
    for index, earlier in reversed(coded):
        if sent_index - index > window:
            break
        if index > sent_index or not _same_source(earlier, src.principal):
            continue  # "said the deployment was unacceptable and warned that Tehran would not
            # remain indifferent": an answer told earlier in the same sentence comes first
        if earlier.code[:2] not in ctx.rules.reaction_roots or earlier.target is None:
            continue
        targets = {
            _principal(h.target): h.target
            for i, h in coded
            if i == index and h.target is not None and _same_source(h, src.principal)
        }
        if not targets or (len(targets) != 1 and not (vowed or warned)) or src.principal in targets:
            return []  # (a vow answers a criticism of a pair as it does one of a state)
        # "condemned the sanctions imposed by Japan and South Korea": a state named there but
        # not coded may be whom the answer is for, as in _sequel_targets
        sent = ctx.parse.sentences[index]
        if set(_named_states(ctx, sent.token_start, sent.token_end, hit.source, False)) - set(
            targets
        ):
            return []
        return [replace(hit, target=t) for t in targets.values()]
    return []


_DEFENCE_CODE = "120"  # a defence of one's deed rejects the protest against it
# a complaint the defence answers: a summons, a protest note (114), a lawsuit (115: "Poland
# sued the Commission ... The Commission defended its decision"), and a criticism or an
# accusation in words (111, 112: "China called the duties protectionist ... Thailand's minister
# defended the duties", as the hand-made sets 35-48 code it)
_COMPLAINT_CODES = frozenset({"111", "112", "114", "115"})


def _defended_deed(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A state's defence of its own deed rejects the protest of the state it was done to.

    "Ugandan police detained nine Kenyan fishermen. Kenya summoned Uganda's envoy ...
    Uganda's government defended the operation": no state is named, but the deed defended is
    the source's latest hostile act (deed_roots, within _CONTEXT_WINDOW sentences: wire copy
    tells the defence after the protest's details), and its target complained of it
    since the deed (_COMPLAINT_CODES: a summons, a protest lodged, a lawsuit, a criticism or
    accusation in words: "Russia called the expulsion hostile ... French officials defended the
    move"): the defence is the reply, a rejection (_DEFENCE_CODE) aimed at that target. A deed
    no one protested ("The United
    States raised duties on Canadian lumber ... Washington defended the move" after Canada's
    counter-tariffs), one done to no state, another's deed ("defended Japan's decision") or
    a noun of no act ("defended its borders") codes nothing here.
    """
    rules = ctx.rules
    src = hit.source.actor
    if src is None or hit.trigger.lemma.lower() not in rules.defending_verbs:
        return []
    # (the act noun told before, else the verb's own object: "defended the decision, saying
    # the site met EU rules" tells no noun the story named before)
    objs = ctx.kids(hit.trigger.i, _OBJ)
    if hit.noun < 0 and not objs:
        return []
    noun = ctx.tok(hit.noun) if hit.noun >= 0 else objs[0]
    acts = rules.defended_act_nouns | rules.deed_nouns | rules.deed_kind_nouns
    # "defended its soldiers": the forces that did the deed stand for it
    if noun.lemma.lower() not in acts | rules.defended_agent_nouns:
        return []
    for owner in ctx.kids(noun.i, frozenset({"poss"})):
        m = ctx.by_token.get(owner.i)
        if m is not None and m.actor is not None and _differ(ctx, hit.source, m):
            return []  # "defended Japan's decision": another's deed, backed
    # "defended the decision to raise fuel taxes": the deed its clause names
    named = [k for k in ctx.kids(noun.i, frozenset({"acl"})) if _infinitive(ctx, k)]
    for index, deed in reversed(coded):
        if index > sent_index:
            continue
        if sent_index - index > _CONTEXT_WINDOW:
            break
        if deed.target is None or not _same_source(deed, src.principal):
            continue
        hostile = deed.code[:2] in rules.deed_roots
        if not hostile and deed.code[:2] not in rules.friendly_roots:
            continue  # its words ("said the move was lawful") are no deed defended
        if hostile and not _differ(ctx, hit.source, deed.target):
            return []
        if named and not any(deed.code[:2] in _act_roots(ctx, k.lemma.lower()) for k in named):
            return []  # another deed than the one coded ("... to raise fuel taxes")
        # the protest may be told before the deed ("Cameroon summoned Malabo's ambassador over
        # the closure ... Its police arrested 43 Cameroonians ... The government defended the
        # measure"): any within the window
        complaints = {
            _principal(e.source): e.source
            for i, e in coded
            if sent_index - _CONTEXT_WINDOW <= i <= sent_index
            and e.target is not None
            and _principal(e.target) == src.principal
            and e.code[:3] in _COMPLAINT_CODES
        }
        if hostile:
            victim = _principal(deed.target)
            if victim not in complaints:
                return []
            # the protesting state, not the deed's patient: "arrested five Ugandan traders"
            # names private people, whose state protested
            return [replace(hit, target=complaints[victim], code=_DEFENCE_CODE, context="defended")]
        # "Morocco and Mauritania opened a border crossing ... Algeria summoned Mauritania's
        # ambassador ... Mauritania defended the decision": a friendly deed with a partner
        # is defended against the one third state that protested it since
        third = [m for p, m in complaints.items() if p != _principal(deed.target)]
        if len(third) != 1 or not _differ(ctx, hit.source, third[0]):
            return []
        return [replace(hit, target=third[0], code=_DEFENCE_CODE, context="defended")]
    return [] if named else _protested_uncoded(ctx, hit, coded, sent_index)


def _protested_uncoded(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A defence of a deed no coded deed of the source told, aimed at the one state that
    complained of the source (_COMPLAINT_CODES) within _CONTEXT_WINDOW
    sentences before it: "Croatia approved a waste site near the border. Bosnia lodged a
    protest with Croatia ... Croatia's ministry defended the choice" (the approval is done at
    home, so no deed is coded). Called by _defended_deed only when the window holds no coded
    act of the source's; two protesting states leave it open which protest is answered."""
    src = hit.source.actor
    assert src is not None
    complaints = {
        _principal(e.source): e.source
        for i, e in coded
        if sent_index - _CONTEXT_WINDOW <= i < sent_index
        and e.target is not None
        and _principal(e.target) == src.principal
        and e.code[:3] in _COMPLAINT_CODES
    }
    if len(complaints) != 1:
        return []
    (protester,) = complaints.values()
    if not _differ(ctx, hit.source, protester):
        return []
    return [replace(hit, target=protester, code=_DEFENCE_CODE, context="defended")]


def _defends_forces(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a defence names forces (defended_agent_nouns: "defended its soldiers"), which
    answer a protest only as the deed they did (_defended_deed), never as a reaction of
    their own."""
    if hit.trigger.lemma.lower() not in ctx.rules.defending_verbs:
        return False
    objs = ctx.kids(hit.trigger.i, _OBJ)
    return bool(objs) and objs[0].lemma.lower() in ctx.rules.defended_agent_nouns


_OF_FOR = frozenset({"of", "for"})


def _charged_deed(ctx: _Ctx, accusation: _Hit) -> bool:
    """Whether an accusation names a deed of the accused by a gerund ("accusing Addis Ababa
    of breaking its promises by starting two more turbines", "of firing without warning"),
    not a stance or a charge by a noun only ("accused Kigali of bad faith"). The parser may
    hang the phrase on the accused ("accused Costa Rican police of firing")."""
    heads = [accusation.trigger, *ctx.kids(accusation.trigger.i, _OBJ)]
    return any(k.tag == "VBG" for h in heads for k in _preps(ctx, h, _OF_FOR))


def _accused_deed(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A criticism of "the move" or "the shooting" that no told deed placed, by a source whose
    own accusation told the deed: aimed at the accused.

    "Egypt asked the council to meet, accusing Addis Ababa of breaking its promises by
    starting two more turbines. Mansour said the move was 'a dangerous unilateral step'": the
    move is known only as the deed Egypt charged Ethiopia with. The source's latest criticism
    (root 11) must be that accusation, with a gerund deed (_charged_deed) and one target,
    told within _BYSTANDER_WINDOW sentences or in the story's lead; from the lead, no
    sentence between may tell an act of a third state (_main_act_authors), which may be the
    move meant. The noun must name an act (deed_nouns, judged_act_nouns, culprit_nouns, or a
    kind of act: hit.named). Tried when nothing else placed the criticism.
    """
    rules = ctx.rules
    src = hit.source.actor
    if src is None or hit.noun < 0 or hit.code[:2] != "11":
        return []
    lemma = ctx.tok(hit.noun).lemma.lower()
    if not (hit.named or lemma in rules.deed_nouns | rules.judged_act_nouns | rules.culprit_nouns):
        return []
    for index, earlier in reversed(coded):
        if index >= sent_index:
            continue
        if sent_index - index > _CONTEXT_WINDOW:
            return []
        if not _same_source(earlier, src.principal) or earlier.target is None:
            continue
        if sent_index - index > _BYSTANDER_WINDOW and index >= ctx.lead_end:
            return []  # its own criticism between the lead and the window: another matter
        if earlier.code[:2] != "11":
            continue
        if not _charged_deed(ctx, earlier) or not _differ(ctx, hit.source, earlier.target):
            return []
        accused = _principal(earlier.target)
        targets = {
            _principal(h.target)
            for i, h in coded
            if i == index
            and h.target is not None
            and _same_source(h, src.principal)
            and h.code[:2] == "11"
        }
        if targets != {accused}:
            return []  # "accused Kigali and Kampala of ...": whose deed is meant?
        for between in range(index + 1, sent_index):
            sent = ctx.parse.sentences[between]
            others = {_principal(m) for m in _main_act_authors(ctx, sent)}
            if others - {accused, src.principal}:
                return []  # a third party's act told since: that may be the deed meant
        return [replace(hit, target=earlier.target, context="accused")]
    return []


_DENIAL_WINDOW = 5  # sentences back an account a denial rejects may be told (its quotes follow)
_HAPPENED_WINDOW = 8  # sentences back a deed denied to have happened may be told


def _deed_happened(ctx: _Ctx, clause: Token, doers: list[Token]) -> bool:
    """Whether a denied clause says a deed happened, naming no doer ("denied that any
    violation had taken place", "that an incursion occurred": rules happened_deed_nouns as
    the subject of happening_verbs, "take" only with "place")."""
    lemma = clause.lemma.lower()
    if lemma not in ctx.rules.happening_verbs:
        return False
    if lemma == "take" and not any(o.lemma.lower() == "place" for o in ctx.kids(clause.i, _OBJ)):
        return False
    return any(d.lemma.lower() in ctx.rules.happened_deed_nouns for d in doers)


def _denied_deed(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A denial that the source's own people did a deed another state's words just told:
    aimed at that state.

    "Rwanda's foreign minister said the closure was taken after a Burundian helicopter
    entered Rwandan airspace ... Burundi denied that any of its aircraft had crossed the
    border": the denied clause is about the source's own ("its aircraft", "Burundi"), done
    (past), and the source's latest hostile deed coded within _DENIAL_WINDOW sentences
    was told by a saying verb of the state it was done to: the denial rejects that account.
    A deed the source's own words told, one told by a third party, or a denial of a stance
    ("denied that its economy was in crisis": no deed coded) codes nothing here.
    """
    rules = ctx.rules
    src = hit.source.actor
    if src is None or hit.noun >= 0 or hit.trigger.lemma.lower() not in rules.denying_verbs:
        return []
    clauses = [c for c in ctx.kids(hit.trigger.i, _CCOMP) if c.pos == "VERB"]
    if len(clauses) != 1:
        return []
    clause = clauses[0]
    aux = ctx.kids(clause.i, frozenset({"aux"}))
    if clause.tag != "VBD" and not any(a.lemma.lower() == "have" for a in aux):
        return []  # "denied that its troops would cross": no deed done
    # "denied that its army had been involved": a passive clause of involvement
    # (implicating_verbs) has the own party as its subject
    doers = _subject_tokens(ctx, clause)
    if not doers and clause.lemma.lower() in rules.implicating_verbs:
        doers = ctx.kids(clause.i, _PASSIVE_SUBJ)
    subject = [w for s in doers for w in ctx.parse.subtree(s.i)]
    own = any(
        (w.tag == "PRP$" and w.text.lower() in ("its", "their"))
        or (w.i in ctx.by_token and _principal(ctx.by_token[w.i]) == src.principal)
        for w in subject
    )
    happened = not own and _deed_happened(ctx, clause, doers)
    if not own and not happened:
        return []
    # "denied that its army had planned an attack on Congo": a denied act that names another
    # state is no denial of the deed told
    named = {
        _principal(ctx.by_token[t.i])
        for t in ctx.parse.subtree(clause.i)
        if t.i in ctx.by_token and ctx.by_token[t.i].actor is not None
    }
    window = _HAPPENED_WINDOW if happened else _DENIAL_WINDOW
    for index, deed in reversed(coded):
        if index >= sent_index:
            continue
        if sent_index - index > window:
            return []
        if not _same_source(deed, src.principal) or deed.target is None:
            continue
        if deed.code[:2] not in rules.deed_roots:
            return []
        victim = _principal(deed.target)
        if named - {src.principal, victim}:
            return []  # "... had crossed into Congo": another state's matter
        if happened:
            # "denied that any violation had taken place": the victim's complaint since
            complained = any(
                index <= i < sent_index
                and sent_index - i <= _DENIAL_WINDOW
                and _same_source(h, victim)
                and h.target is not None
                and _principal(h.target) == src.principal
                and h.code[:2] in rules.hostile_roots
                for i, h in coded
            )
            if not complained or not _differ(ctx, hit.source, deed.target):
                return []
            return [replace(hit, target=deed.target, context="denied")]
        sent = ctx.parse.sentences[index]
        tellers = {
            _principal(m)
            for t in ctx.parse.tokens[sent.token_start : sent.token_end]
            if t.pos == "VERB" and t.lemma.lower() in rules.speech_verbs
            for m in _actors(ctx, _subject_tokens(ctx, t), "source")
        }
        if victim not in tellers or not _differ(ctx, hit.source, deed.target):
            return []
        return [replace(hit, target=deed.target, context="denied")]
    return []
