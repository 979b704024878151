"""Whether a future, conditional, agreed, signed or announced act is told as done now:
will/would clauses, conditions, terms of signed deals, measures announced as decided,
refusals, and passive triggers.

Apart from the basic blocking checks (_negated, _blocked), which sit in parties.py because
of the cycle named there; these checks build on them for the trigger kinds they govern.
"""

from __future__ import annotations


from newsgraph.events.clauses import (
    _acting_xcomps,
    _content_clauses,
    _deal_binds,
    _purpose_bound,
    _subject_tokens,
)
from newsgraph.events.context import (
    _POSS,
    _ANY_SUBJ,
    _AUX,
    _AUXPASS,
    _XCOMP,
    _Ctx,
    _OBJ,
    _PASSIVE_SUBJ,
    _SUBJ,
    _infinitive,
    _loose_participle,
    _marked,
    _memo,
    _participle_noun,
    _pobjs,
    _principal,
    _state_codes,
    _thing_pronoun,
)
from newsgraph.events.objects import _adverbial_patient, _complement_lemmas, _trailing_participle
from newsgraph.events.parties import (
    _FUTURE,
    _actors,
    _conj_host,
    _contact_clause,
    _modality,
    _negated,
    _no_object,
    _unreal_clause,
)
from newsgraph.events.patterns import Pattern
from newsgraph.model import Mention, Token


def _asserted_clause(ctx: _Ctx, verb: Token) -> bool:
    """ "Ukraine insisted that Russian forces had shelled Kharkiv": a mandative verb that only
    asserts (its that-clause is no bare subjunctive, nor one of duty: "insists Ethiopia must
    stop") demands nothing."""
    return verb.lemma.lower() in ctx.rules.mandative_verbs and any(
        c.i > verb.i
        and not _infinitive(ctx, c)
        and not _unreal_clause(ctx, c, verb)
        and not any(
            a.lemma.lower() in ctx.rules.normative_modals for a in ctx.kids(c.i, frozenset({"aux"}))
        )
        for c in ctx.kids(verb.i, frozenset({"ccomp"}))
    )


def _denied_clause(ctx: _Ctx, verb: Token) -> bool:
    """ "Moscow denied that its drones had entered": a denial of what it was accused of."""
    return verb.lemma.lower() in ctx.rules.denying_verbs and any(
        c.i > verb.i and not _infinitive(ctx, c) for c in ctx.kids(verb.i, frozenset({"ccomp"}))
    )


def _denied_pronoun(ctx: _Ctx, verb: Token, obj: Token) -> bool:
    """ "Armenia denied that.", "disputed it": a denial of what was just told by a pronoun
    (denied_pronoun_verbs), which answers the accuser as "denied that its drones had entered"
    does."""
    return verb.lemma.lower() in ctx.rules.denied_pronoun_verbs and _thing_pronoun(ctx, obj)


def _lemmas_under(ctx: _Ctx, verb: Token) -> set[str]:
    """Lemmas of the trigger and its complements (not its subject): what refinements read
    (_complement_lemmas, once per trigger; each pattern tried on it reads them)."""
    return set(_memo(ctx, _complement_lemmas, verb))


def _future_clause(ctx: _Ctx, verb: Token) -> bool:
    """Whether a that-clause under verb speaks of the future ("... will be used")."""
    modals = ctx.rules.modals
    for c in _content_clauses(ctx, verb):
        for t in ctx.parse.subtree(c.i):
            if t.dep == "aux" and (t.lemma.lower() in modals or t.text.lower() in modals):
                return True
    return False


def _penalty_clause(ctx: _Ctx, verb: Token) -> bool:
    """ "warned that Russian firms were subject to U.S. sanctions": a penalty a that-clause
    says its subject is open to (exposure_words, penalty_nouns) threatens, though told as a
    fact."""
    for c in _content_clauses(ctx, verb):
        preds = (c, *ctx.kids(c.i, frozenset({"acomp", "attr"})))
        if _negated(ctx, c) or not any(p.lemma.lower() in ctx.rules.exposure_words for p in preds):
            continue
        if any(t.lemma.lower() in ctx.rules.penalty_nouns for t in ctx.parse.subtree(c.i)):
            return True
    return False


def _standing_charge(ctx: _Ctx, verb: Token, code: str) -> bool:
    """ "Iran has been accused of hiring criminal networks in several European countries": a
    charge in the perfect passive with no accuser stands against a state, told by no one (no
    counterpart made its accuser); "was accused of" tells an accusation made, "had been
    summoned" a summons (114)."""
    return code[:3] == "112" and any(
        a.lemma.lower() == "have" for a in ctx.kids(verb.i, frozenset({"aux"}))
    )


_REFUSAL = "120"  # a cooperative act its actor says it will not do: a refusal (CAMEO 120)


def _future_aux(ctx: _Ctx, t: Token) -> bool:
    """Whether t carries a will/would of its own."""
    fut = ctx.rules.future_modals
    return any(
        a.dep == "aux" and (a.lemma.lower() in fut or a.text.lower() in fut) for a in ctx.kids(t.i)
    )


def _modal_head(ctx: _Ctx, verb: Token) -> Token:
    """The verb that carries a trigger's will/would: itself or the verb it complements
    ("will start imposing", "would begin to expel")."""
    cur = verb
    for _ in range(3):
        if _future_aux(ctx, cur) or cur.dep != "xcomp" or cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
    return cur


def _possible_only(ctx: _Ctx, verb: Token) -> bool:
    """Whether a trigger is only able or possible, not willed: a can or could on it or
    on the verb it complements and no will/would ("can sell copper", "could begin to send")."""
    cur = verb
    for _ in range(3):
        auxes = {a.text.lower() for a in ctx.kids(cur.i, frozenset({"aux"}))}
        if auxes & ctx.rules.future_modals:
            return False
        if auxes & ctx.rules.possibility_modals:
            return True
        if cur.dep != "xcomp" or cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
    return False


def _conditioned(ctx: _Ctx, t: Token, marks: frozenset[str]) -> bool:
    """Whether t's act hangs on a condition: a clause opened by one of marks ("if the attacks
    go on"), an inverted one ("should the attacks continue"), a case ("in case of attacks",
    "in response to any attack") or a past never realised ("would have closed")."""
    for c in ctx.kids(t.i, frozenset({"advcl"})):
        if any(m.lemma.lower() in marks for m in ctx.kids(c.i, frozenset({"mark"}))):
            return True
        if _inverted(ctx, c):
            return True
    if t.dep == "ccomp" and t.head != t.i:
        # "said it would close the border should the attacks continue": the inverted clause
        # read as the saying verb's second clause
        later = ctx.kids(t.head, frozenset({"ccomp", "advcl"}))
        if any(c.i > t.i and _inverted(ctx, c) for c in later):
            return True
    if _unrealised(ctx, t):
        return True
    for p in ctx.kids(t.i, frozenset({"prep"})):
        for n in _pobjs(ctx, p):
            low = n.lemma.lower()
            if low in ctx.rules.condition_nouns:
                return True
            if low in ctx.rules.response_nouns and any(
                d.lemma.lower() == "any" for d in ctx.parse.subtree(n.i) if d.dep == "det"
            ):
                return True
    return False


_WOULD = frozenset({"would", "'d"})  # the modal of a past never realised ("would have ...")


def _unrealised(ctx: _Ctx, t: Token) -> bool:
    """Whether t's act carries "would have", itself or on the verb it complements: "would have
    expelled the envoys if it had known" tells a past never realised ("will have withdrawn
    by June" tells a plan)."""
    auxes = {a.text.lower() for a in ctx.kids(_modal_head(ctx, t).i, frozenset({"aux"}))}
    return bool(auxes & _WOULD) and "have" in auxes


def _inverted(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause opens with its auxiliary ("should the attacks continue", "had they
    attacked"): a condition."""
    subjects = ctx.kids(clause.i, _ANY_SUBJ)
    return bool(subjects) and any(
        a.i < subjects[0].i for a in ctx.kids(clause.i, frozenset({"aux"}))
    )


def _own_announcement(ctx: _Ctx, head: Token, joined: bool = False) -> bool:
    """Whether a will/would clause is told by its own actor: "Algeria said it would close its
    border" (a pronoun for the speaker, or the speaker's own actor), not "Algeria said Mali
    would close its border"; for a measure (``joined``), a joined verb with no subject of its
    own is told as the first ("said Rome had recalled its envoy and would ask the EU to act";
    a refusal or a threat keeps to its own clause); a second that-clause joined to the first
    is told by the same verb ("said the request was pending and that it would send another")."""
    subjects = ctx.kids(head.i, _SUBJ)
    while joined and head.dep == "conj" and not subjects and head.head != head.i:
        head = ctx.tok(head.head)
        subjects = ctx.kids(head.i, _SUBJ)
    if subjects and head.dep == "conj" and _marked(ctx, head, "that"):
        while head.dep == "conj" and head.head != head.i:
            head = ctx.tok(head.head)
    if head.dep != "ccomp" or head.head == head.i:
        return False
    say = ctx.tok(head.head)
    if say.lemma.lower() not in ctx.rules.announcing_verbs or _negated(ctx, say):
        return False
    speakers = {_principal(m) for m in _announcers(ctx, say)}
    if not speakers or not subjects:
        return False
    for s in subjects:
        m = ctx.by_token.get(s.i)
        if m is None and s.tag != "PRP":
            return False
        if m is not None and _principal(m) not in speakers:
            return False
    return True


def _agreed_term(ctx: _Ctx, t: Token) -> bool:
    """Whether a deal holds the act: "under the agreement", "as part of the deal"."""
    return any(
        p.lemma.lower() in ctx.rules.agreement_preps
        and any(n.lemma.lower() in ctx.rules.agreement_nouns for n in ctx.parse.subtree(p.i))
        for p in ctx.kids(t.i, frozenset({"prep"}))
    )


def _signed_deal(ctx: _Ctx, deal: Token) -> bool:
    """Whether an agreement noun names a deal in force, not one proposed or under talks ("the
    draft accord", "a deal that would let", "a deal being negotiated", "if signed")."""
    if deal.lemma.lower() not in ctx.rules.agreement_nouns:
        return False
    words = ctx.rules.unreal_modifiers | ctx.rules.unsigned_words
    return not any(
        t.lemma.lower() in words or t.text.lower() in words for t in ctx.parse.subtree(deal.i)
    )


def _binding_deal(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb that binds a party to verb's act with a deal as its subject ("The accord
    commits France to take back migrants", "the pact allows Japan to station troops", "the
    deal calls for Turkey to supply gas")."""
    if verb.head == verb.i:
        return None
    bind = ctx.tok(verb.head)
    infinitive = verb.dep == "xcomp" or (verb.dep == "ccomp" and _infinitive(ctx, verb))
    if verb.dep == "advcl" and _infinitive(ctx, verb) and _marked(ctx, verb, "for"):
        infinitive = True
    if not infinitive:
        # "The deal commits Egypt to fund a study": parsed as a purpose clause
        return bind if _purpose_bound(ctx, bind, verb) else None
    return bind if _deal_binds(ctx, bind) else None


def _signed_term(ctx: _Ctx, verb: Token, state: str) -> bool:
    """Whether a future or governed act is a term of a signed deal: held by it ("Under the
    deal, Turkey will supply gas to Iraq": a will/would/shall of a told clause only) or bound
    by it ("The accord commits France to take back migrants"); never negated or on a
    condition."""
    head = _modal_head(ctx, verb)
    marks = ctx.rules.condition_marks | ctx.rules.exception_marks
    if any(_negated(ctx, t) or _conditioned(ctx, t, marks) for t in (verb, head)):
        return False
    bind = _binding_deal(ctx, verb)
    if bind is not None:
        if _negated(ctx, bind) or not _in_force(ctx, bind):
            return False  # "a draft accord would commit Turkey to ...": not in force
        return not _conditioned(ctx, bind, marks) and any(
            _signed_deal(ctx, s) for s in ctx.kids(bind.i, _SUBJ)
        )
    deal = _relative_deal(ctx, head)
    if state != _FUTURE or not (_told_clause(ctx, head) or deal is not None):
        return False
    preps = ctx.rules.agreement_preps  # "According to the deal": the lemma is "accord"
    return any(
        (p.lemma.lower() in preps or p.text.lower() in preps)
        and any(
            _signed_deal(ctx, deal if deal is not None and n.tag == "WDT" else n)
            for n in ctx.parse.subtree(p.i)
            if n.i != p.i
        )
        for t in (verb, head)
        for p in ctx.kids(t.i, frozenset({"prep"}))
    )


def _relative_deal(ctx: _Ctx, head: Token) -> Token | None:
    """The deal a relative clause tells a term of ("a deal under which Italy will train 500
    Tunisian officers": its "under which" is "under the deal"), or None."""
    if head.dep != "relcl" or head.head == head.i:
        return None
    deal = ctx.tok(head.head)
    return deal if deal.lemma.lower() in ctx.rules.agreement_nouns else None


def _in_force(ctx: _Ctx, bind: Token) -> bool:
    """Whether a deal's binding verb is told as fact or plain future ("commits", "will allow"),
    not as hypothetical or planned ("would allow", "is expected to allow")."""
    state = _modality(ctx, bind)
    if state is None:
        return True
    sure = frozenset({"will", "shall", "'ll"})
    return state == _FUTURE and any(
        a.text.lower() in sure for a in ctx.kids(bind.i, frozenset({"aux"}))
    )


def _told_clause(ctx: _Ctx, head: Token) -> bool:
    """Whether a clause is stated as such: the sentence's own or one a saying verb reports
    ("said that under the deal ..."), not one hoped, feared or asked for."""
    if head.dep in ("ROOT", "conj") or head.head == head.i:
        return True
    say = ctx.tok(head.head).lemma.lower()
    return head.dep == "ccomp" and (
        say in ctx.rules.speech_verbs or say in ctx.rules.announcing_verbs
    )


def _dated_start(ctx: _Ctx, t: Token) -> bool:
    """Whether the act has a set start: "from Friday", "starting Monday", "effective March 5"."""
    for k in ctx.kids(t.i, frozenset({"prep", "advcl", "advmod", "acomp", "npadvmod"})):
        if k.lemma.lower() not in ctx.rules.start_words:
            continue
        dates = (ctx.ent_of.get(d.i) for d in ctx.parse.subtree(k.i) if d.i != k.i)
        if any(e is not None and e.label in ("DATE", "TIME") for e in dates):
            return True
    return False


def _announced_measure(ctx: _Ctx, verb: Token) -> bool:
    """Whether a future act is a measure told as decided now (announced_kept_roots): its own
    actor announces it, a deal holds it, or it has a set start; never on a condition."""
    head = _modal_head(ctx, verb)
    if _on_condition(ctx, verb):
        return False  # "would close the border if the attacks go on": a threat
    return (
        _own_announcement(ctx, head, joined=True)
        or bool(_announced_passive(ctx, verb))
        or any(_agreed_term(ctx, t) or _dated_start(ctx, t) for t in (verb, head))
    )


def _conditional_threat(ctx: _Ctx, verb: Token) -> bool:
    """Whether a will/would act hangs on a condition and is told by its own actor: "Hungary
    said it would leave the OSCE if the plan goes ahead", "said it would expel the envoys
    unless Kigali apologized" hold the act over the other side (a threat, 13x), as the
    annotators code "would respond with mirror measures if the ban was not lifted"; a past
    never realised threatens no one ("would have expelled the envoys if it had known")."""
    head = _modal_head(ctx, verb)
    return (
        _future_aux(ctx, head)
        and not _unrealised(ctx, verb)
        and _own_announcement(ctx, head)
        and _on_condition(ctx, verb)
    )


def _on_condition(ctx: _Ctx, verb: Token) -> bool:
    """Whether a trigger or the verb carrying its will/would hangs on an if- or unless-clause
    (or another condition _conditioned reads)."""
    marks = ctx.rules.condition_marks | ctx.rules.exception_marks
    return any(_conditioned(ctx, t, marks) for t in (verb, _modal_head(ctx, verb)))


def _undone_condition(ctx: _Ctx, verb: Token) -> bool:
    """Whether a will/would act hangs on a duty the other side leaves undone: an unless-clause,
    or an if-clause negated or of failing_verbs ("if Gaborone did not lift the ban", "if
    Ethiopia failed to stop"), or of the other side pressing on ("if the tender went ahead":
    persisting_verbs, persisting_particles), on the trigger or the verb carrying its will/would; "if Chile
    agreed" puts no duty."""
    rules = ctx.rules
    return any(
        m.lemma.lower() in rules.exception_marks
        or (
            m.lemma.lower() in rules.condition_marks
            and (
                _negated(ctx, a)
                or a.lemma.lower() in rules.failing_verbs
                # "if the tender went ahead": the other side presses on with what is disputed
                or a.lemma.lower() in rules.persisting_verbs
                or any(k.lemma.lower() in rules.persisting_particles for k in ctx.kids(a.i))
            )
        )
        for t in {verb, _modal_head(ctx, verb)}
        for a in ctx.kids(t.i, frozenset({"advcl"}))
        for m in ctx.kids(a.i, frozenset({"mark"}))
    )


def _announced_passive(ctx: _Ctx, verb: Token, let: bool = False) -> list[Mention]:
    """The state that announces an agentless will/would passive measure on its own ground:
    "Peru said Chilean ships would be barred from its ports" is Peru's act, as "said it would
    bar" is; the clause must name the speaker's own ground ("its ports", "Peruvian
    airspace"), so "the EU said Chilean ships would be barred" or "analysts said ..." give
    nothing, and never on a condition; ``let``: a permission of people (let_others_patterns), which
    needs no ground when it lets another state's people act (_let_others)."""
    if not ctx.kids(verb.i, _PASSIVE_SUBJ) or ctx.kids(verb.i, frozenset({"agent"})):
        return []
    head = _modal_head(ctx, verb)
    if head.dep != "ccomp" or head.head == head.i or not _future_aux(ctx, head):
        return []
    marks = ctx.rules.condition_marks | ctx.rules.exception_marks
    if any(_conditioned(ctx, t, marks) for t in (verb, head)):
        return []
    say = ctx.tok(head.head)
    if say.lemma.lower() not in ctx.rules.announcing_verbs or _negated(ctx, say):
        return []
    states = _state_codes()
    speakers = [m for m in _announcers(ctx, say) if _principal(m) in states]
    if len({_principal(m) for m in speakers}) != 1:
        return []
    own = _principal(speakers[0])
    ground = [
        t
        for t in ctx.parse.subtree(verb.i)
        if t.dep == "poss"
        and t.text.lower() in ("its", "their")
        and ctx.tok(t.head).dep != "nsubjpass"
    ]
    named = [
        m
        for t in ctx.parse.subtree(verb.i)
        if t.dep != "nsubjpass" and (m := ctx.by_token.get(t.i)) is not None
    ]
    if not ground and not any(_principal(m) == own for m in named):
        if not (let and _let_others(ctx, verb, own)):
            return []
    return speakers[:1]


def _let_others(ctx: _Ctx, verb: Token, own: str) -> bool:
    """Whether an agentless will/would permission lets another state's people act ("said
    Vietnamese diplomats would be allowed to visit the men"): the speaker's state lets them,
    as its "said it would allow" does; its own people let act ("said its diplomats would be
    allowed to visit") are let by someone else."""
    if verb.lemma.lower() not in ctx.rules.permitting_verbs:
        return False
    let = {_principal(m) for m in _actors(ctx, ctx.kids(verb.i, _PASSIVE_SUBJ), "target")}
    return bool(let) and own not in let and let <= _state_codes()


def _generic_object(ctx: _Ctx, obj: Token) -> bool:
    """Whether a measure's object is whoever may meet a condition, not someone in hand: under
    a generic determiner ("any British tanker", "every soldier") or an indefinite noun that
    a clause restricts ("soldiers who cross the border", "ships entering its waters"); an
    infinitive of purpose or a clause in the past restricts nothing ("a planned visit by
    Libyan officials to discuss fishing zones", "a joint commission that the two set up in
    2019": one thing in hand)."""
    dets = {d.lemma.lower() for d in ctx.kids(obj.i, frozenset({"det", "predet"}))}
    if dets & ctx.rules.generic_determiners:
        return True
    if dets & ctx.rules.definite_determiners or ctx.kids(obj.i, frozenset({"poss"})):
        return False
    return obj.pos == "NOUN" and any(
        not _purpose_or_past(ctx, c) for c in ctx.kids(obj.i, frozenset({"relcl", "acl"}))
    )


def _purpose_or_past(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause on a noun is an infinitive ("a visit to discuss fishing zones") or a
    relative clause told in the past at a date ("that the two countries set up in 2019"); a
    past with no date may be reported speech's ("would detain fishermen who entered its
    waters": whoever does)."""
    aux = {k.text.lower() for k in ctx.kids(clause.i, frozenset({"aux"}))}
    if clause.dep == "acl":
        return "to" in aux
    return (clause.tag == "VBD" or bool(aux & {"had", "has", "have"})) and any(
        t.ent_type == "DATE" for t in ctx.parse.subtree(clause.i)
    )


def _agreed_measure(ctx: _Ctx, verb: Token, words: frozenset[str] | None = None) -> bool:
    """Whether a measure is what its actor agreed to ("Algeria agreed to close its border with
    Mali"): a term of a deal told as done, not a plan ("will agree to", "expected to agree").
    ``words``: the governing verbs that count (default rules deciding_words)."""
    if verb.dep != "xcomp" or verb.head == verb.i:
        return False
    head = ctx.tok(verb.head)
    marks = ctx.rules.condition_marks | ctx.rules.exception_marks
    return (
        head.lemma.lower() in (ctx.rules.deciding_words if words is None else words)
        and _modality(ctx, head) is None
        and not any(_conditioned(ctx, t, marks) for t in (verb, head))
    )


def _pledged_not(ctx: _Ctx, verb: Token, pattern: Pattern, code: str) -> str:
    """The code of a pledge (an intent pattern) whose pledged act is negated: a refusal (120)
    when the act is one given or yielded ("vowed not to return the villages to Azerbaijan":
    withheld_acts), else restraint, the pattern's own code ("vowed not to attack Armenia":
    030, not the attack's 138); ``code`` when no pledged act is negated."""
    if not pattern.intent:
        return code
    held = [x for x in _acting_xcomps(ctx, verb) if _negated(ctx, x)]
    if not held:
        return code
    if any(x.lemma.lower() in ctx.rules.withheld_acts for x in held):
        return _REFUSAL
    return pattern.code


def _pending(ctx: _Ctx, verb: Token) -> bool:
    """Whether a denied act is told as not done so far ("has not yet accepted the offer"):
    still open, no refusal (rules pending_adverbs)."""
    return any(
        k.lemma.lower() in ctx.rules.pending_adverbs
        for k in ctx.kids(verb.i, frozenset({"advmod"}))
    )


def _refusal(ctx: _Ctx, verb: Token, pattern: Pattern, code: str) -> bool:
    """Whether a negated will/would of cooperation is a refusal told now: "Kazakhstan will
    not recognize the new government (unless ...)", "said it would not attend the summit";
    not on a condition ("would not attend if ..."), nor told by another actor, nor a
    receiver's ("Ukraine will not receive jets from the U.S." is no refusal of the giver's)."""
    rules = ctx.rules
    if pattern.when_negated or pattern.intent or pattern.reverse:
        return False
    if code[:2] not in rules.refusal_roots:
        return False
    if not _negated(ctx, verb) or not _future_aux(ctx, verb) or verb.dep == "relcl":
        return False
    # "said that it would not attend": the reported clause's "that" is no condition or cause
    marks = [m for m in ctx.kids(verb.i, frozenset({"mark"})) if m.lemma.lower() != "that"]
    if marks or _conditioned(ctx, verb, rules.condition_marks):
        return False
    if _no_object(ctx, verb) or any(
        d.lemma.lower() in rules.negating_determiners
        for sb in ctx.kids(verb.i, _SUBJ)
        for d in ctx.kids(sb.i, frozenset({"det", "preconj"}))
    ):
        return False  # "no state will recognize it"
    return verb.head == verb.i or _own_announcement(ctx, verb)


def _admitting_body(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The body an agentless passive admission names: "was admitted to NATO" or "was
    admitted as the bloc's 11th member" (the body admits, so it is the source)."""
    bodies: list[Token] = []
    for k in ctx.kids(verb.i, frozenset({"prep"})):
        for p in _pobjs(ctx, k):
            if k.lemma.lower() in ctx.rules.admission_preps:
                bodies.append(p)
            elif k.lemma.lower() == "as":
                bodies.extend(ctx.kids(p.i, frozenset({"poss"})))
    return _actors(ctx, bodies, "source")


def _remark_withheld(ctx: _Ctx, verb: Token) -> bool:
    """ "declined to comment on Libya's request": a remark withheld, no act (no object)."""
    return not ctx.kids(verb.i, _OBJ) and any(
        x.lemma.lower() in ctx.rules.remark_verbs for x in ctx.kids(verb.i, _XCOMP)
    )


def _passive_trigger(ctx: _Ctx, verb: Token, hyphened: bool) -> bool:
    """Whether a trigger tells its act in the passive: a passive subject, a participle of a
    noun ("a plan backed by France"), with an agent, or after a hyphened name (``hyphened``)."""
    return (
        bool(ctx.kids(verb.i, _PASSIVE_SUBJ))
        or _participle_noun(ctx, verb) is not None
        or _adverbial_patient(ctx, verb) is not None
        or _loose_participle(ctx, verb)
        or _trailing_participle(ctx, verb)
        or bool(_passive_conjunct(ctx, verb))
        or hyphened
    ) and _contact_clause(ctx, verb) is None  # "the sanctions the EU imposed": active


def _passive_conjunct(ctx: _Ctx, verb: Token) -> list[Token]:
    """The patient of a passive verb joined with no subject of its own after an active one:
    the subject the two share ("Armenia seized a village and was shelled by Azerbaijani forces"),
    whom the agent acted on; empty for any other verb (and for verbs whose patient is people
    sent away: people_patient_verbs). A bare participle joined to a passive shares its
    auxiliary and its patient ("The diplomat was declared persona non grata and given a week
    to leave": the diplomat is given the week)."""
    if verb.dep != "conj":
        return []
    if not ctx.kids(verb.i, _AUXPASS):
        return _shared_passive(ctx, verb)
    if verb.lemma.lower() in ctx.rules.people_patient_verbs:
        return []
    if ctx.kids(verb.i, _ANY_SUBJ):
        return []
    host = _conj_host(ctx, verb)
    if host is None or host.i > verb.i:
        return []
    # "Turkey was criticized by Greece and was condemned by the EU": the host's patient
    return ctx.kids(host.i, _PASSIVE_SUBJ) or _subject_tokens(ctx, host)


def _shared_passive(ctx: _Ctx, verb: Token) -> list[Token]:
    """The passive subject of the passive verb a bare participle is joined to, when the
    participle has no subject or auxiliary of its own ("was declared ... and given"). A
    verb of handing tagged as a past ("was summoned and handed a protest note": the same form)
    is that participle when one object is left to it (the retained thing) and no particle
    ("and handed over the files" hands them)."""
    if verb.lemma.lower() in ctx.rules.people_patient_verbs:
        return []
    if verb.tag != "VBN" and not _retained_handing(ctx, verb):
        return []
    if ctx.kids(verb.i, _ANY_SUBJ) or ctx.kids(verb.i, _AUX):
        return []
    host = _conj_host(ctx, verb)
    if host is None or host.i > verb.i or not ctx.kids(host.i, _AUXPASS):
        return []
    return ctx.kids(host.i, _PASSIVE_SUBJ)


#: a particle or an addressee object ("handed over the files", "handed him a note")
_PRT_DATIVE = frozenset({"prt", "dative"})


def _retained_handing(ctx: _Ctx, verb: Token) -> bool:
    """Whether a past-tagged verb of handing (ditransitive_verbs) has the one object and no
    particle a passive participle keeps ("handed a protest note"), in the participle's form.
    An object of the subject's own ("and presented his credentials") is handed by it."""
    objs = ctx.kids(verb.i, _OBJ)
    return (
        verb.tag == "VBD"
        and verb.lemma.lower() in ctx.rules.ditransitive_verbs
        and len(objs) == 1
        and not ctx.kids(objs[0].i, _POSS)
        and not ctx.kids(verb.i, _PRT_DATIVE)
    )


def _body_actors(ctx: _Ctx, tokens: list[Token]) -> list[Mention]:
    """The actors of a told act's authors, a body standing for the actor that names it.

    "The EU's observer mission said ...", "a WTO panel found ...", "NATO allies agreed ...",
    "observers from the EU", "a panel of U.N. experts": a body noun (body_nouns) that is no
    mention itself acts for the actor its possessive, compound or from/of phrase names.
    """
    found = _actors(ctx, tokens, "source")
    if found:
        return found
    out: list[Mention] = []
    for t in tokens:
        if t.lemma.lower() not in ctx.rules.body_nouns or t.i in ctx.by_token:
            continue
        for k in ctx.kids(t.i, frozenset({"poss", "compound", "prep"})):
            if k.dep != "prep":
                out += _actors(ctx, [k], "source")
            elif k.lemma.lower() in ("from", "of"):
                out += _body_actors(ctx, _pobjs(ctx, k))
    return out


def _announcers(ctx: _Ctx, t: Token) -> list[Mention]:
    """The actors who say something: a saying verb's subjects (a body for its actor)."""
    return [m for m in _body_actors(ctx, _subject_tokens(ctx, t)) if m.actor is not None]
