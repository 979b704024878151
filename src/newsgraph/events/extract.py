"""Event extraction: match lemma-keyed patterns on the dependency parse, read actors from mentions.

The extractor only codes what a sentence states as done: negated, future, planned and
hypothetical triggers are skipped, and the saying verb of reported speech is never an event
(the reported clause is coded on its own). Both sides must be states or IGOs with different
principals; there is no fallback code.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar
from functools import lru_cache


from newsgraph.actors.addressed import address_words
from newsgraph.events.domestic import domestic_mentions, purpose_verbs, with_domestic
from newsgraph.events.geo import locate_sentence, resolve_place
from newsgraph.events.patterns import Pattern, PatternSet, load_patterns
from newsgraph.events.taxonomy import CameoCode, lookup
from newsgraph.model import (
    Actor,
    Article,
    Entity,
    Event,
    Mention,
    Parse,
    Sentence,
    Token,
    stable_id,
)
from newsgraph.settings import Settings
from newsgraph.data import load_data

log = logging.getLogger(__name__)

_PERSONISH = frozenset({"person", "title", "pronoun", "surname"})
_SUBJ = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
_OBJ = frozenset({"dobj", "obj"})
_PASSIVE_MARKS = frozenset({"nsubjpass", "auxpass"})
_CLIMB = frozenset({"xcomp", "acomp", "pcomp"})
_DASHES = frozenset({"—", "–", "--", "-"})
_HEAD_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr"})  # a phrase's head
_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")  # "beat Greece 3-1": a game's score, one token
_TURN_TOKENS = 400  # tokens back from a pronoun that a transcript turn's label may sit
_LABEL_TOKENS = 12  # words of a speaker label after the name ("Kirby, White House adviser:")


@dataclass(frozen=True, slots=True)
class Rules:
    """Word lists from data/events/rules.yaml."""

    modals: frozenset[str]
    normative_modals: frozenset[str]
    intent_governors: frozenset[str]
    blocking_governors: frozenset[str]
    blocking_marks: frozenset[str]
    blocking_preps: frozenset[str]
    negations: frozenset[str]
    role_nouns: frozenset[str]
    no_possessor_nouns: frozenset[str]
    membership_nouns: frozenset[str]
    client_nouns: frozenset[str]
    generic_plurals: frozenset[str]
    quantity_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    deciding_nouns: frozenset[str]
    weak_pronouns: frozenset[str]
    temporal_preps: frozenset[str]
    sequence_preps: frozenset[str]
    launch_verbs: frozenset[str]
    content_nouns: frozenset[str]
    named_thing_labels: frozenset[str]
    enclosing_labels: frozenset[str]
    speech_verbs: frozenset[str]
    first_person: frozenset[str]
    region_qualifiers: frozenset[str]
    act_nouns: frozenset[str]
    future_modals: frozenset[str]
    future_kept_roots: frozenset[str]
    announced_kept_roots: frozenset[str]
    agreement_nouns: frozenset[str]
    agreement_preps: frozenset[str]
    start_words: frozenset[str]
    condition_marks: frozenset[str]
    exception_marks: frozenset[str]
    condition_nouns: frozenset[str]
    generic_determiners: frozenset[str]
    personal_pronouns: frozenset[str]
    refusal_roots: frozenset[str]
    reaction_roots: frozenset[str]
    continued_roots: frozenset[str]
    sufficiency_words: frozenset[str]
    posted_nouns: frozenset[str]
    bound_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    conditional_modals: frozenset[str]
    response_nouns: frozenset[str]
    response_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    mouth_nouns: frozenset[str]
    partner_roots: frozenset[str]
    object_pcomp_verbs: frozenset[str]
    accompanying_preps: frozenset[str]
    negating_determiners: frozenset[str]
    eliciting_verbs: frozenset[str]
    arriving_verbs: frozenset[str]
    squad_nouns: frozenset[str]
    charge_roots: frozenset[str]
    deed_roots: frozenset[str]
    sports_words: frozenset[str]
    witness_nouns: frozenset[str]
    reported_possessives: frozenset[str]
    bystander_roles: frozenset[str]
    host_target_preps: frozenset[str]
    accompanying_adverbs: frozenset[str]
    echo_verbs: frozenset[str]
    echo_words: frozenset[str]
    echo_act_verbs: frozenset[str]
    echo_nouns: frozenset[str]
    echo_modifiers: frozenset[str]
    seat_nouns: frozenset[str]
    contrast_marks: frozenset[str]
    mirror_verbs: frozenset[str]
    mirroring_verbs: frozenset[str]
    response_preps: frozenset[str]
    giving_preps: frozenset[str]
    coordinators: frozenset[str]
    mediation_codes: frozenset[str]
    hosting_codes: frozenset[str]
    split_prefixes: frozenset[str]
    gathering_nouns: frozenset[str]
    negotiation_nouns: frozenset[str]
    negotiating_roots: frozenset[str]
    permitting_verbs: frozenset[str]
    bare_infinitive_verbs: frozenset[str]
    past_factual_marks: frozenset[str]
    stative_hosts: frozenset[str]
    admission_codes: frozenset[str]
    admission_preps: frozenset[str]
    particle_adverbs: frozenset[str]
    mediated_host_verbs: frozenset[str]
    duration_nouns: frozenset[str]
    antecedent_roots: frozenset[str]
    summary_nouns: frozenset[str]
    background_date_units: frozenset[str]
    background_date_marks: frozenset[str]
    adopting_verbs: frozenset[str]
    culprit_nouns: frozenset[str]
    charge_light_verbs: frozenset[str]
    located_party_nouns: frozenset[str]
    summing_nouns: frozenset[str]
    authoring_verbs: frozenset[str]
    denied_nouns: frozenset[str]
    feeling_nouns: frozenset[str]
    announcing_verbs: frozenset[str]
    doer_judgements: frozenset[str]
    plan_nouns: frozenset[str]
    feeling_preps: frozenset[str]
    parallel_adverbs: frozenset[str]
    partner_nouns: frozenset[str]
    own_answer_nouns: frozenset[str]
    deed_nouns: frozenset[str]
    leading_verbs: frozenset[str]
    calming_roots: frozenset[str]
    calming_words: frozenset[str]
    conflict_roots: frozenset[str]
    delivery_roots: frozenset[str]
    claim_verbs: frozenset[str]
    voicing_verbs: frozenset[str]
    hosted_nouns: frozenset[str]
    boycott_roots: frozenset[str]
    order_roots: frozenset[str]
    portion_nouns: frozenset[str]
    denying_verbs: frozenset[str]
    demanding_verbs: frozenset[str]
    addressing_verbs: frozenset[str]
    mandative_verbs: frozenset[str]
    brokering_verbs: frozenset[str]
    partner_preps: frozenset[str]
    language_words: frozenset[str]
    mishap_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    countering_roots: frozenset[str]
    counterpart_roots: frozenset[str]
    domestic_nouns: frozenset[str]
    domestic_modifiers: frozenset[str]
    place_preps: frozenset[str]
    recipient_preps: frozenset[str]
    appraisal_roots: frozenset[str]
    demand_roots: frozenset[str]
    undoing_nouns: frozenset[str]
    hostile_roots: frozenset[str]
    pledge_roots: frozenset[str]
    gift_codes: frozenset[str]
    money_words: frozenset[str]
    visit_nouns: frozenset[str]
    argument_preps: frozenset[str]
    aimed_preps: frozenset[str]
    unargument_words: frozenset[str]
    merger_nouns: frozenset[str]
    goods_nouns: frozenset[str]
    project_nouns: frozenset[str]
    verbal_support_codes: frozenset[str]
    standing_verbs: frozenset[str]
    author_preps: frozenset[str]
    doer_of_nouns: frozenset[str]
    cancelling_verbs: frozenset[str]
    unclaused_roots: frozenset[str]
    told_roots: frozenset[str]
    definite_determiners: frozenset[str]
    generic_act_nouns: frozenset[str]
    act_suffixes: frozenset[str]
    act_rewrites: frozenset[str]
    continuing_verbs: frozenset[str]
    unsuffixed_nouns: frozenset[str]
    answering_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    encounter_roots: frozenset[str]
    blame_codes: frozenset[str]
    belief_words: frozenset[str]
    body_nouns: frozenset[str]
    private_roles: frozenset[str]
    private_source_roots: frozenset[str]
    private_target_roots: frozenset[str]
    joint_codes: frozenset[str]
    nation_nouns: frozenset[str]
    state_role_words: frozenset[str]
    deciding_words: frozenset[str]
    attributing_verbs: frozenset[str]
    attributing_preps: frozenset[str]
    answered_marks: frozenset[str]
    answered_preps: frozenset[str]
    situation_nouns: frozenset[str]
    foreseeing_words: frozenset[str]
    office_nouns: frozenset[str]
    sports_speakers: frozenset[str]
    answering_roots: frozenset[str]
    joint_roots: frozenset[str]
    contest_words: frozenset[str]
    remark_verbs: frozenset[str]
    game_roots: frozenset[str]
    game_labels: frozenset[str]
    undergone_verbs: frozenset[str]
    followed_roots: frozenset[str]
    outward_nouns: frozenset[str]
    outward_labels: frozenset[str]
    friendly_roots: frozenset[str]
    answer_nouns: frozenset[str]
    party_nouns: frozenset[str]
    unreal_modifiers: frozenset[str]
    agreed_kept_roots: frozenset[str]
    binding_verbs: frozenset[str]
    unsigned_words: frozenset[str]
    meeting_roots: frozenset[str]
    joint_pledge_verbs: frozenset[str]
    arranged_governors: frozenset[str]
    intent_codes: tuple[tuple[str, str], ...]
    reaction_matches: dict[str, frozenset[str]]
    # (nouns, verbs) of one act: "signed an agreement" authors "the deal"
    act_families: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    # (noun, verb) of one act that no ending links: "expulsion" of "expel"
    act_derivations: frozenset[tuple[str, str]] = frozenset()
    # nouns of a process's stage whose "of" names what is acted on ("the opening of X's talks")
    stage_nouns: frozenset[str] = frozenset()
    # participles after a hyphen that leave the ship the state's ("Venezuelan-flagged")
    flag_participles: frozenset[str] = frozenset()
    # roots of undoing a measure ("lifted the ban" after "banned"): _conjunct_targets
    undoing_roots: frozenset[str] = frozenset()
    # dates of the news itself ("on Monday", "today"): _describing_clause
    news_day_words: frozenset[str] = frozenset()
    # code prefixes of an office's light act aimed at its host (_office_hosts)
    office_host_codes: frozenset[str] = frozenset()
    # nouns of a plan agreed with another, beside agreement_nouns (_deal_user)
    agreed_plan_nouns: frozenset[str] = frozenset()
    # "in solidarity with Azerbaijan": a with-phrase after "in" and one of these names no
    # partner of the act (_bystander_phrase)
    aside_nouns: frozenset[str] = frozenset()
    aside_exempt_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The extractor's word lists, read once."""
    raw = load_data("events/rules.yaml")
    codes = raw.pop("intent_codes")
    matches = {str(k): frozenset(str(r) for r in v) for k, v in raw.pop("reaction_matches").items()}
    undoing = {str(k): frozenset(str(r) for r in v) for k, v in raw.pop("undoing_matches").items()}
    matches.update(undoing)
    intent = tuple(sorted(((str(k), str(v)) for k, v in codes.items()), key=lambda kv: -len(kv[0])))
    families = tuple(
        (
            frozenset(str(w).lower() for w in f["nouns"]),
            frozenset(str(w).lower() for w in f["verbs"]),
        )
        for f in raw.pop("act_families").values()
    )
    derivations = frozenset(
        (noun, verb) for noun, verb in (str(p).lower().split() for p in raw.pop("act_derivations"))
    )
    lists: dict[str, Any] = {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}
    for key in ("enclosing_labels", "named_thing_labels"):
        lists[key] = frozenset(str(w) for w in raw[key])
    return Rules(
        **lists,
        intent_codes=intent,
        reaction_matches=matches,
        act_families=families,
        act_derivations=derivations,
        undoing_nouns=frozenset(undoing),
    )


def _prefixed(code: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for prefix, target in table:
        if code.startswith(prefix):
            return target
    return None


def intent_code(code: str, rules: Rules) -> str | None:
    """The 03x code for a cooperative code stated only as intent, or None."""
    return _prefixed(code, rules.intent_codes)


@dataclass(frozen=True, slots=True)
class _Hit:
    """One coded interaction before it becomes an Event."""

    pattern: Pattern
    code: str
    trigger: Token
    source: Mention
    target: Mention | None  # None: to be taken from the article's earlier events (context)
    context: str = ""  # "reaction" or "continued" when the target comes from context
    answers: frozenset[str] = frozenset()  # roots of the earlier act a reaction can answer
    named: bool = False  # the reaction's object names the act's kind ("the sanctions")
    act: str = ""  # that object's lemma ("sanction"), so later reactions to it can chain
    fallback: tuple[Mention, ...] = ()  # targets to keep when the context has none better
    window: int = 0  # sentences back the context may come from (0: the default windows)
    clause: tuple[Mention, ...] = ()  # the one actor the trigger's clause names (_clause_targets)
    noun: int = -1  # the act noun (token index) told anywhere earlier it may answer (_told_act)


class _Ctx:
    """Per-article lookups shared by the matching helpers."""

    __slots__ = (
        "parse",
        "by_token",
        "rules",
        "patterns",
        "dateline_end",
        "ent_of",
        "by_text",
        "lead_end",
        "tellings",
        "sentence_hits",
        "first_body",
        "domestic",
        "memo",
    )

    def __init__(
        self, parse: Parse, mentions: tuple[Mention, ...], rules: Rules, patterns: PatternSet
    ) -> None:
        self.parse = parse
        self.rules = rules
        self.patterns = patterns
        self.ent_of: dict[int, Entity] = {}
        for e in parse.entities:
            for i in range(e.token_start, e.token_end):
                self.ent_of[i] = e
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            if m.members:
                pass  # "the two countries": stands for its members (see _own_mention)
            elif m.actor is None or not m.actor.principal:
                continue
            if self._enclosed(m) or self._qualified(m):
                continue
            for i in range(m.token_start, m.token_end):
                self.by_token.setdefault(i, m)
        # names the article resolves, by their text: the parts of "U.S.-China" are found here
        self.by_text: dict[str, Mention] = {}
        for m in mentions:
            if m.actor is None or not m.actor.principal or m.members or m.kind == "pronoun":
                continue
            if m.kind in ("name", "metonym"):
                self.by_text.setdefault(m.text.lower(), m)
            # "U.S. President Joe Biden": a place name opening a mention is its state's name
            opening = self.ent_of.get(m.token_start)
            if (
                opening is not None
                and opening.label in ("GPE", "NORP")
                and opening.token_end <= m.token_end
            ):
                self.by_text.setdefault(opening.text.lower(), m)
        self.dateline_end = -1
        # sentences before this index (headline, first body sentences) any told act reaches
        self.lead_end = 0
        # (act key, sentence index) -> the words of that sentence telling the act, last first,
        # with their authors (_told_act; one scan per act and sentence, however many reactions)
        self.tellings: dict[tuple[object, ...], tuple[tuple[int, list[Mention]], ...]] = {}
        # sentence index -> the hits its own words gave before any context (_uncoded_authors)
        self.sentence_hits: dict[int, tuple[_Hit, ...]] = {}
        self.first_body = 0  # index of the first sentence after the headline
        # Settings.domestic (code_events' second pass): pairs of one state's actors with
        # different roles are then two sides (_differ); off, they are one
        self.domestic = False
        # (helper, token index, dateline_end, args) -> what the helper said (_memo)
        self.memo: dict[tuple[object, ...], Any] = {}

    def _enclosed(self, m: Mention) -> bool:
        """A mention strictly inside a non-actor entity ("Latin American", "Taiwan Relations Act")."""
        e = self.ent_of.get(m.token_start)
        if e is None or e.label not in self.rules.enclosing_labels:
            return False
        return (e.token_start, e.token_end) != (m.token_start, m.token_end) and (
            e.token_start <= m.token_start and m.token_end <= e.token_end
        )

    def _qualified(self, m: Mention) -> bool:
        """A demonym under a capitalised qualifier outside the mention ("Central American")."""
        if m.token_start == 0 or m.token_end - m.token_start != 1:
            return False
        t, prev = self.parse.tokens[m.token_start], self.parse.tokens[m.token_start - 1]
        return (
            t.dep in ("amod", "compound")
            and prev.head in (t.i, t.head)
            and prev.dep in ("amod", "compound")
            and prev.text[:1].isupper()
            # a sentence's first word is capitalised anyway ("New American tariffs")
            # a proper name or a region word; a sentence's first word is capitalised anyway
            and (prev.lemma[:1].isupper() or prev.text.lower() in self.rules.region_qualifiers)
            and prev.i not in self.by_token
        )

    def tok(self, i: int) -> Token:
        return self.parse.tokens[i]

    def kids(self, i: int, deps: frozenset[str] | None = None) -> list[Token]:
        tokens = self.parse.tokens  # the hottest helper of the stage: one pass, no copies
        if deps is None:
            return [tokens[j] for j in self.parse.children[i]]
        return [t for j in self.parse.children[i] if (t := tokens[j]).dep in deps]


# ---------------------------------------------------------------- actors from tokens


def _flag_name(ctx: _Ctx, t: Token) -> Token:
    """The name before the hyphen of a flag participle ("Venezuelan-flagged", split by the
    tokenizer), else the token itself (rules.yaml flag_participles)."""
    if t.text.lower() not in ctx.rules.flag_participles or t.i < 2:
        return t
    hyphen, name = ctx.tok(t.i - 1), ctx.tok(t.i - 2)
    if hyphen.text != "-" or name.ws or hyphen.ws or name.sent != t.sent:
        return t
    return name


def _own_mention(ctx: _Ctx, t: Token, role: str) -> Mention | None:
    m = ctx.by_token.get(t.i)
    if m is None or t.i <= ctx.dateline_end:
        return None
    if role == "target" and m.kind == "pronoun" and m.text.lower() in ctx.rules.weak_pronouns:
        return m if _host_subject_it(ctx, t, m) else None
    return m


def _host_subject_it(ctx: _Ctx, t: Token, m: Mention) -> bool:
    """Whether an object "it" is the state that is subject of a clause hosting its own:
    "Venezuela said the United States had sanctioned it", "Caracas has been isolated since
    Washington sanctioned it in 2019". A common noun told between them ("rejected the deal
    after Washington criticized it") may be what "it" is, so then it stays weak."""
    if t.text.lower() != "it" or t.dep not in ("dobj", "pobj") or m.actor is None:
        return False
    cur = ctx.tok(t.head)
    for _ in range(6):
        if cur.head == cur.i:
            return False
        if cur.dep in ("ccomp", "advcl", "relcl", "conj") and cur.pos in ("VERB", "AUX"):
            host = ctx.tok(cur.head)
            for s in ctx.kids(host.i, _SUBJ | {"nsubjpass"}):
                own = ctx.by_token.get(s.i)
                if own is None or own.actor != m.actor or own.kind == "pronoun":
                    continue
                return not any(
                    w.tag == "NN" and w.i not in ctx.by_token and not _in_clause(ctx, w, cur)
                    for w in (ctx.tok(i) for i in range(own.token_end, t.i))
                )
            return False
        cur = ctx.tok(cur.head)
    return False


def _in_clause(ctx: _Ctx, w: Token, verb: Token) -> bool:
    """Whether w belongs to verb's own clause ("fired a missile at it": the missile is
    the act's, not what "it" stands for), not to a clause joined to it."""
    for _ in range(8):
        if w.i == verb.i:
            return True
        if w.head == w.i or w.dep in ("ccomp", "advcl", "conj", "relcl"):
            return False
        w = ctx.tok(w.head)
    return False


def _expanded(m: Mention) -> list[Mention]:
    """A plural reference ("the two countries") as one mention per actor it stands for."""
    if not m.members:
        return [m]
    # each keeps the group's members, so _differ can tell a pair inside the group
    return [replace(m, actor=a) for a in m.members if a.principal]


def _saying_verb(ctx: _Ctx, t: Token) -> Token | None:
    """The saying verb of the same sentence that governs a token's clause (or, when the quote
    is the root, hangs under it), else None."""
    rules = ctx.rules
    cur, child = t, t
    for _ in range(8):
        if cur.head == cur.i:
            break
        child, cur = cur, ctx.tok(cur.head)
        if cur.lemma.lower() in rules.speech_verbs and child.dep in ("ccomp", "parataxis"):
            return cur
    if cur.head == cur.i:
        for k in ctx.kids(cur.i, frozenset({"parataxis", "ccomp"})):
            if k.lemma.lower() in rules.speech_verbs and k.i != child.i:
                return k
    return None


def _speaker_mention(ctx: _Ctx, t: Token) -> Mention | None:
    """The speaker a first-person pronoun stands for: the subject of the saying verb above it.

    "'We reject the claim,' Sheinbaum wrote": "We" is Sheinbaum's state. Only a saying verb
    of the same sentence that governs the pronoun's clause (or, when the quote is the root,
    hangs under it) names the speaker; otherwise the pronoun stays unresolved.
    """
    rules = ctx.rules
    say = _saying_verb(ctx, t)
    if say is None:
        return None
    for s in ctx.kids(say.i, _SUBJ):
        if s.text.lower() in rules.first_person:
            return None
        if _sports_speaker(ctx, say, s):
            return None  # '"We will not bow to pressure," Japan's coach said': a team's words
        found = _actors_of(ctx, s, "source", 1)
        if found:
            return found[0]
    return None


def _team_voice(ctx: _Ctx, m: Mention) -> bool:
    """Whether a first-person source is a team speaking ('"We will not tolerate any aggression
    from India," the Pakistani captain said before the cricket final'): _sports_speaker."""
    if m.text.lower() not in ctx.rules.first_person:
        return False
    t = ctx.tok(m.token_start)
    say = _saying_verb(ctx, t)
    if say is None:
        sent = ctx.parse.sentences[t.sent]
        return _game(ctx, ctx.parse.tokens[sent.token_start : sent.token_end])
    return any(_sports_speaker(ctx, say, s) for s in ctx.kids(say.i, _SUBJ))


def _sports_speaker(ctx: _Ctx, say: Token, speaker: Token) -> bool:
    """Whether a quotation's "we" is a team's: said by a coach, captain or player
    (sports_speakers), a team a sport names, or by no official in a sentence that tells a game
    ("South Korea's manager said before the match"). A team's vows are no state act."""
    if speaker.lemma.lower() in ctx.rules.sports_speakers or _sports_side(ctx, speaker):
        return True
    sent = ctx.parse.sentences[say.sent]
    if not _game(ctx, ctx.parse.tokens[sent.token_start : sent.token_end]):
        return False
    # "the Pakistani foreign minister said after the final was cancelled" speaks for the state
    found = _actors_of(ctx, speaker, "source", 1)
    return not any(m.actor is not None and m.actor.role for m in found)


def _first_person(ctx: _Ctx, t: Token) -> Mention | None:
    """The speaker's mention for an unresolved first-person pronoun ("we", "our"), else None."""
    if t.i in ctx.by_token or t.i <= ctx.dateline_end or t.pos != "PRON":
        return None
    if t.text.lower() not in ctx.rules.first_person:
        return None
    return _speaker_mention(ctx, t) or _label_speaker(ctx, t)


def _label_speaker(ctx: _Ctx, t: Token) -> Mention | None:
    """The person a transcript's speaker label names ("Kirby: We talked to the Turks").

    In an interview printed as question and answer, a paragraph opening with a person's name
    (and perhaps their office) and a colon is that person's turn: its first-person pronouns
    stand for the speaker. A colon after a verb ("Kirby said: ...") is no label.
    """
    start = t.i
    while start > 0 and "\n" not in ctx.tok(start - 1).text and t.i - start < _TURN_TOKENS:
        start -= 1
    if start > 0 and "\n" not in ctx.tok(start - 1).text:
        return None  # no paragraph start within reach
    m = ctx.by_token.get(start)
    if m is None or m.token_start != start or m.kind not in _PERSONISH or m.kind == "pronoun":
        return None
    # "Kirby:", "John Kirby, White House national security communications adviser:"
    for j in range(m.token_end, min(t.i, m.token_end + _LABEL_TOKENS)):
        word = ctx.tok(j)
        if word.text == ":":
            return m
        if word.pos in ("VERB", "AUX") or "\n" in word.text:
            return None
    return None


def _place_mention(ctx: _Ctx, t: Token) -> Mention | None:
    """A place name with no actor mention ("arrived in Seoul") as a mention of its country."""
    e = ctx.ent_of.get(t.i)
    if e is None and t.tag == "NNP" and not ctx.kids(t.i, frozenset({"compound", "amod"})):
        # "Kharkiv was shelled by Russian forces": the tagger left a one-word city unnamed
        e = Entity(t.start, t.end, t.i, t.i + 1, t.text, "GPE", t.sent)
    # "Russian shelling of Kharkiv", "the bombing of Odesa": the tagger may call a one-word
    # city an organisation or a people; in a place slot a known town is still the town
    misread = e is not None and e.label in ("ORG", "NORP") and e.token_end - e.token_start == 1
    if e is None or (e.label not in ("GPE", "LOC", "FAC") and not misread):
        return None
    place = resolve_place(e.text)
    if place is None or not place.country:
        return None
    actor = Actor(place.country, place.country, "", place.name)
    return Mention(
        f"place:{e.start}",
        "",
        e.start,
        e.end,
        e.text,
        e.sent,
        e.token_start,
        e.token_end,
        "place",
        actor,
        label=e.label,
    )


def _nationality_apart(ctx: _Ctx, k: Token, t: Token) -> bool:
    """Whether a nationality before a statement's noun qualifies another noun between them
    ("an American think-tank report" is the think tank's, no state's); an office of state
    between them ("a Russian foreign ministry statement") or a body's name ("a U.N. human
    rights report") keeps the owner."""
    if k.pos != "ADJ":
        return False
    return any(
        w.pos in ("NOUN", "PROPN") and w.lemma.lower() not in ctx.rules.role_nouns
        for w in (ctx.tok(i) for i in range(k.i + 1, t.i))
    )


def _hosted_office(ctx: _Ctx, office: Token, role: str, depth: int) -> list[Mention] | None:
    """The host of an office a stage noun is of, when a place names it: "condemned the opening
    of Taiwan's office in Vilnius" is aimed at Lithuania, which lets it open, never at the
    office's owner (office_nouns); [] when the place is no state's, None when none is named."""
    if role != "target" or office.lemma.lower() not in ctx.rules.office_nouns:
        return None
    if office.dep != "pobj" or office.head == office.i:
        return None
    of = ctx.tok(office.head)
    if of.lemma.lower() != "of" or of.head == of.i:
        return None
    stage = ctx.tok(of.head)
    if stage.lemma.lower() not in ctx.rules.stage_nouns:
        return None
    places = _preps(ctx, office, frozenset({"in"})) or _preps(ctx, stage, frozenset({"in"}))
    if not places:
        return None
    hosts = [m for p in places for m in _actors_of(ctx, p, role, depth + 1)]
    verb = _governing_verb(ctx, stage)
    subjects = [] if verb is None else ctx.kids(verb.i, _SUBJ)
    own = {_principal(m) for s in subjects for m in _actors_of(ctx, s, "source", depth + 1)}
    if any(_principal(h) in own for h in hosts):
        return None  # "Turkey welcomed the opening of the Azerbaijani embassy in Ankara"
    return hosts


def _actors_of(ctx: _Ctx, t: Token, role: str, depth: int = 0) -> list[Mention]:
    """The actor mentions a noun phrase headed by t stands for (several through "of X and Y")."""
    rules = ctx.rules
    lemma = t.lemma.lower()
    if _sports_side(ctx, t) or _witness(ctx, t):
        return []  # "Pakistan's cricket team toured England", "in the presence of Qatar"
    hosted = _hosted_office(ctx, t, role, depth)
    if hosted is not None:
        return hosted  # "protested the opening of Taiwan's office in Vilnius": the host
    m = _own_mention(ctx, t, role)
    if m is None and depth == 0 and t.tag in ("WDT", "WP") and t.dep == "pobj":
        # "Qatar, with which Egypt signed a deal": the noun the relative clause hangs on
        antecedent = _relative_antecedent(ctx, t)
        return [] if antecedent is None else _actors_of(ctx, antecedent, role, depth + 1)
    if m is None and depth == 0 and t.tag in ("WDT", "WP") and t.dep in _SUBJ:
        clause = ctx.tok(t.head)
        if clause.dep == "relcl" and clause.head != clause.i:
            # "Britain, which criticized Iran, and Canada": the noun alone (_relative_subjects)
            return _actors_of(ctx, ctx.tok(clause.head), role, depth + 1)
    if m is None and depth == 0 and t.tag in ("WDT", "WP") and t.dep in _PASSIVE_SUBJ:
        # "the envoy, who was expelled by Lithuania": the noun the passive clause hangs on
        clause = ctx.tok(t.head)
        if clause.dep == "relcl" and clause.head != clause.i:
            noun = ctx.tok(clause.head)
            antecedent = _act_antecedent(ctx, noun, t, clause)
            if antecedent.i == noun.i and not _relative_noun(ctx, noun, t, clause):
                return []  # "struck targets in Lebanon, which was condemned by France"
            return _actors_of(ctx, antecedent, role, depth + 1)
    if m is None and t.pos == "PRON" and t.text.lower() in rules.first_person:
        m = _first_person(ctx, t)
        return [m] if m is not None else []
    if m is None and role == "source" and t.dep in _SUBJ and t.text.lower() in ("it", "they"):
        # "The ministry said it rejects ...": the reporting institution speaks of itself
        m = _speaker_mention(ctx, t)
        if m is not None and m.kind not in _PERSONISH:
            return _expanded(m)
        return []
    seated = lemma in rules.seat_nouns and (m is None or m.kind == "group")
    if seated and m is not None and m.members and _numbered(ctx, t):
        seated = False  # "signed by the two governments in London": the pair, met in a capital
    if seated and not any(
        k.i in ctx.by_token for k in ctx.kids(t.i, frozenset({"poss", "amod", "compound", "nmod"}))
    ):
        # "Kenya and the authorities in Somalia", "the government in Kabul": the state whose
        # seat the place names, whatever state "the government" alone would be (not "the
        # embassy in Kyiv": only nouns of ruling; not "British authorities in Hong Kong")
        for p in _preps(ctx, t, frozenset({"in"})):
            own = _own_mention(ctx, p, role)
            if own is not None and not own.members and own.kind in ("name", "metonym"):
                return [own]
    if m is not None and m.members:
        # "his French, German and British counterparts": the listed states, if any, say it
        listed = _listed_modifiers(ctx, t, role) if lemma in rules.role_nouns else []
        return listed or _expanded(m)
    if m is not None:
        # "Officials from Kosovo ..." opening a sentence: a plural the tagger took for a name
        role_noun = lemma in rules.role_nouns or _noun_lemma(ctx, t) in rules.role_nouns
        if role_noun and t.tag in ("NNS", "NNPS"):
            # "U.S., Japanese and South Korean militaries": every listed state
            listed = [m]
            for k in ctx.kids(t.i, frozenset({"compound", "amod", "nmod"})):
                for c in _conjuncts(ctx, k):
                    own = _own_mention(ctx, c, role)
                    if own is not None and own not in listed:
                        listed.append(own)
            if len(listed) == 1:
                # "Officials from the United States and Ukraine": the listed states say it
                states: list[Mention] = []
                for k in ctx.kids(t.i, frozenset({"prep"})):
                    if k.lemma.lower() in ("of", "from"):
                        for p in _pobjs(ctx, k):
                            for c in _conjuncts(ctx, p):
                                own = _own_mention(ctx, c, role)
                                if own is not None and own not in states and not own.members:
                                    states.append(own)
                if len({n.actor.principal for n in states if n.actor}) > 1:
                    listed = states
                elif states and (m.token_start, m.token_end) == (t.i, t.i + 1):
                    # "Officials from Kosovo, which the United States recognized, met ...":
                    # a bare noun the resolver gave a state is the one its phrase names
                    listed = states
            listed.sort(key=lambda x: x.start)
            return listed
        return [m]
    if depth > 2:
        return []
    if lemma in rules.mouth_nouns:
        # "a spokesman for the State Department": the body it speaks for (mouth_nouns)
        for p in _preps(ctx, t, frozenset({"for", "of"})):
            found = _actors_of(ctx, p, role, depth + 1)
            if found:
                return found
    if role == "target" and lemma in rules.stage_nouns:
        # "vetoed the opening of North Macedonia's talks": the process the stage is of
        for p in _preps(ctx, t, frozenset({"of"})):
            found = _actors_of(ctx, p, role, depth + 1)
            if found:
                return found
    if t.tag in ("NNS", "NNPS") and lemma in rules.generic_plurals:
        # "urged both countries' governments to talk": a pair told before owns them; else
        # generic ("Western governments")
        owners = [_own_mention(ctx, k, role) for k in ctx.kids(t.i, frozenset({"poss"}))]
        return [e for own in owners if own is not None and own.members for e in _expanded(own)]
    kids = ctx.kids(t.i)
    for k in kids:
        if k.dep == "appos":
            if k.i + 1 < len(ctx.parse.tokens) and _contact_clause(ctx, ctx.tok(k.i + 1)):
                continue  # "the envoy Russia expelled": Russia is no apposition
            found = _actors_of(ctx, k, role, depth + 1)
            if found:
                return found
    if lemma in rules.membership_nouns:
        return _named_partner(ctx, t, role)
    agentive = lemma in rules.role_nouns or lemma in rules.agent_nouns or t.pos == "PROPN"
    named = ctx.ent_of.get(t.i)
    if named is not None and named.label in rules.named_thing_labels and t.pos == "PROPN":
        return []  # "the Taiwan Relations Act" is a law, not Taiwan
    if lemma in rules.role_nouns and t.tag in ("NNS", "NNPS"):
        found_all = _listed_modifiers(ctx, t, role)
        if len(found_all) > 1:
            return found_all
    if role == "target" and depth < 2:
        # "rare earths destined for the United States", "weapons bound for Ukraine"
        for k in kids:
            if k.dep == "acl" and k.tag == "VBN" and k.lemma.lower() in rules.bound_verbs:
                for p in _preps(ctx, k, frozenset({"for", "to"})):
                    found = _actors_of(ctx, p, role, depth + 1)
                    if found:
                        return found
    if role == "target" and lemma in rules.posted_nouns:
        # "recalled its ambassador to Algeria": the host of a posting is who is acted on
        for k in kids:
            if k.dep == "prep" and k.lemma.lower() in ("to", "in"):
                for p in _pobjs(ctx, k):
                    found = _actors_of(ctx, p, role, depth + 1)
                    if found:
                        return found
    if role == "target" and lemma not in rules.no_possessor_nouns:
        # "blocked Sweden's NATO bid": the owner, not the noun's modifier, is the target
        for k in kids:
            if k.dep == "poss":
                own = _own_mention(ctx, k, role) or _first_person(ctx, k)
                if own is not None:
                    return _expanded(own)
    if role == "target" or agentive:
        for dep in ("compound", "amod", "nmod"):
            for k in kids:
                if k.dep == dep:
                    own = _own_mention(ctx, k, role)
                    if own is not None:
                        return _expanded(own)
                    recurse = t.pos != "PROPN" or k.lemma.lower() in rules.role_nouns
                    recurse = recurse or k.lemma.lower() in rules.posted_nouns
                    if dep == "compound" and recurse:
                        found = _actors_of(ctx, k, role, depth + 1)
                        if found:
                            return found
    authored = lemma in rules.content_nouns  # "his comment came ...": its author
    if (role == "target" or agentive or authored) and lemma not in rules.no_possessor_nouns:
        for k in kids:
            if k.dep == "poss":
                own = _own_mention(ctx, k, role) or _first_person(ctx, k)
                if own is not None:
                    return _expanded(own)
                antecedent = _whose_antecedent(ctx, k)
                if antecedent is not None:
                    # "Tunisia, whose prime minister visited Algiers": the antecedent's
                    return _actors_of(ctx, antecedent, role, depth + 1)
    if authored and role == "source":
        # "a joint statement by France and Germany condemned ...": every author it names
        by: list[Mention] = []
        for k in kids:
            if k.dep == "prep" and k.lemma.lower() in rules.author_preps:
                for p in _pobjs(ctx, k):
                    for c in _conjuncts(ctx, p):
                        by += _actors_of(ctx, c, role, depth + 1)
        if by:
            return by
        # "a U.N. report that blamed Sudanese soldiers", "a Russian statement accused ...":
        # the body or nationality a statement is named after is who says it ("the Ukraine
        # report", named after a place, is about it)
        for k in kids:
            if k.dep in ("compound", "amod") and k.i < t.i:
                own = _own_mention(ctx, k, role)
                if own is not None and own.label != "GPE" and not _nationality_apart(ctx, k, t):
                    return _expanded(own)
    if lemma in rules.agent_nouns:
        # "drones launched by Russia", "the drones that Russian forces launched"
        for k in kids:
            if k.dep == "acl" and k.tag == "VBN":
                for a in ctx.kids(k.i, frozenset({"agent"})):
                    for p in _pobjs(ctx, a):
                        found = _actors_of(ctx, p, "source", depth + 1)
                        if found:
                            return found
            if k.dep == "relcl" and k.lemma.lower() in rules.launch_verbs:
                for sbj in ctx.kids(k.i, _SUBJ):
                    found = _actors_of(ctx, sbj, "source", depth + 1)
                    if found:
                        return found
    # "boycotted a summit hosted by South Africa": a meeting's host is its author too
    act_noun = lemma in rules.act_nouns or lemma in rules.hosted_nouns
    # "the bombing, which Iraq attributed to Turkish jets": a deed's noun (its patterns' roots)
    deed = t.pos == "NOUN" and bool(_act_roots(ctx, lemma) & rules.deed_roots)
    if role == "target" and (lemma in rules.agent_nouns or act_noun or deed):
        # "condemned an attack by Osgiliath soldiers", "the sanctions imposed by Canada":
        # the author of the act is who is criticised
        for k in kids:
            if k.dep == "prep" and k.lemma.lower() == "by":
                for p in ctx.kids(k.i, frozenset({"pobj"})):
                    # "joint drills by the United States and the Philippines": every author
                    found = [
                        m
                        for c in _conjuncts(ctx, p)
                        for m in _actors_of(ctx, c, "source", depth + 1)
                    ]
                    if found:
                        return list(dict.fromkeys(found))
            # "recalled its envoy in a move criticized by Brazil": a move that sums up its
            # clause was not made by who reacts to it
            summing = lemma in rules.summing_nouns and _summed_clause(ctx, t) is not None
            if k.dep == "acl" and k.tag == "VBN" and act_noun and not summing:
                for a in ctx.kids(k.i, frozenset({"agent"})):
                    for p in _pobjs(ctx, a):
                        found = _actors_of(ctx, p, "source", depth + 1)
                        if found:
                            return found
            if k.dep == "relcl" and (lemma in rules.act_nouns or deed) and k.i > t.i:
                # "criticized the sanctions Washington imposed on Chinese firms": the
                # relative clause's subject authored the act, or the doer it names
                for sbj in _relative_doers(ctx, k):
                    found = _actors_of(ctx, sbj, "source", depth + 1)
                    if found:
                        return found
    objected = t.dep in _OBJ and t.pos == "NOUN" and lemma not in rules.role_nouns
    if role == "target" and depth == 0 and objected:
        # "praised the reforms Kenya adopted", "rejected the conditions Morocco set": what a
        # past relative clause with no object of its own says a state made or did is its,
        # as the object of another verb (not "during talks they hosted"); not whom it held,
        # freed or hurt ("condemned the men Britain arrested")
        for k in kids:
            made = k.dep == "relcl" and k.i > t.i and k.tag in ("VBD", "VBN")
            roots = _act_roots(ctx, k.lemma.lower())
            held = bool(roots) and roots <= _HELD_ROOTS
            if made and not held and not ctx.kids(k.i, _OBJ) and _modality(ctx, k) is None:
                for sbj in _relative_doers(ctx, k):
                    found = _actors_of(ctx, sbj, "source", depth + 1)
                    if found and not _negated(ctx, k):
                        return found
    if lemma in rules.role_nouns or lemma in rules.quantity_nouns or t.pos == "NUM":
        preps = ("of", "from") if lemma in rules.role_nouns else ("of",)
        for k in kids:
            if k.dep == "prep" and k.lemma.lower() in preps:
                out: list[Mention] = []
                for p in ctx.kids(k.i, frozenset({"pobj"})):
                    for c in _conjuncts(ctx, p):
                        out += _actors_of(ctx, c, role, depth + 1)
                if out:
                    return out
    return []


def _relative_doers(ctx: _Ctx, clause: Token) -> list[Token]:
    """Who a relative clause on an act noun names as the act's doer: its subject ("the
    sanctions Washington imposed"), unless the clause only tells, judges or answers the act.

    Then its subject is no author ("the attack, which Ukraine blamed on Russian missiles",
    "the sanctions, which Beijing called illegal", "the strike Paris condemned"): only the
    doer the clause names is ("blamed on Russian missiles", "attributed to Turkish jets",
    "which Kyiv said was carried out by Russian drones"), else none.
    """
    rules = ctx.rules
    lemma = clause.lemma.lower()
    telling = rules.answering_verbs | rules.speech_verbs | rules.claim_verbs | rules.naming_verbs
    # "the claims China made", "the sanctions Washington announced": voiced or authored
    judged = ctx.kids(clause.i, frozenset({"oprd", "xcomp", "acomp", "ccomp"}))
    authoring = lemma in rules.voicing_verbs | rules.authoring_verbs and not judged
    if authoring or (
        lemma not in telling | rules.attributing_verbs
        and not _act_roots(ctx, lemma) & rules.reaction_roots
    ):
        return [s for s in ctx.kids(clause.i, _SUBJ) if s.tag not in ("WDT", "WP")]
    if lemma in rules.attributing_verbs:
        return _preps(ctx, clause, rules.attributing_preps)
    return [
        p
        for c in ctx.kids(clause.i, frozenset({"ccomp"}))
        if not _negated(ctx, c)
        for a in ctx.kids(c.i, frozenset({"agent"}))
        for p in _pobjs(ctx, a)
    ]


def _relative_antecedent(ctx: _Ctx, pron: Token) -> Token | None:
    """The noun a relative pronoun after a preposition stands for, before a comma.

    "Qatar, with which Egypt signed a deal", "Chad, to which France sent troops": only a
    clause set off by a comma, so that its antecedent is a named actor, not an act noun.
    """
    if pron.head == pron.i:
        return None
    prep = ctx.tok(pron.head)
    if prep.head == prep.i or prep.i == 0 or ctx.tok(prep.i - 1).text != ",":
        return None
    clause = ctx.tok(prep.head)
    if clause.dep != "relcl" or clause.head == clause.i or clause.head > prep.i:
        return None
    return ctx.tok(clause.head)


def _whose_antecedent(ctx: _Ctx, poss: Token) -> Token | None:
    """The noun a relative "whose" stands for: "Tunisia" in "Tunisia, whose minister said"."""
    if poss.tag != "WP$" or poss.head == poss.i:
        return None
    cur = ctx.tok(poss.head)
    for _ in range(3):
        if cur.head == cur.i:
            return None
        if cur.dep == "relcl":
            return ctx.tok(cur.head)
        cur = ctx.tok(cur.head)
    return None


def _witness(ctx: _Ctx, t: Token) -> bool:
    """The object of "in the presence of" only watches the act: it is no party to it."""
    if t.dep != "pobj" or t.head == t.i:
        return False
    prep = ctx.tok(t.head)
    if prep.lemma.lower() != "of" or prep.head == prep.i:
        return False
    return ctx.tok(prep.head).lemma.lower() in ctx.rules.witness_nouns


def _sports_side(ctx: _Ctx, t: Token) -> bool:
    """A team or squad named by a sport ("the national football team") plays; it is no actor."""
    if t.lemma.lower() not in ctx.rules.squad_nouns:
        return False
    return any(
        k.lemma.lower() in ctx.rules.sports_words or k.text.lower() in ctx.rules.sports_words
        for k in ctx.kids(t.i, frozenset({"compound", "amod", "nmod"}))
    )


def _listed_modifiers(ctx: _Ctx, t: Token, role: str) -> list[Mention]:
    """The actors named by a plural noun's modifiers ("French, German and British officials")."""
    found: list[Mention] = []
    for k in ctx.kids(t.i, frozenset({"compound", "amod", "nmod"})):
        for c in _conjuncts(ctx, k):
            own = _own_mention(ctx, c, role)
            if own is not None and own not in found and not own.members:
                found.append(own)
    return found


def _named_partner(ctx: _Ctx, t: Token, role: str) -> list[Mention]:
    """The one state a demonym names as an owner's partner ("stood by its Belarusian ally",
    "Moscow's Syrian partner"): a singular membership noun with a possessor; a plural ("its
    Arab neighbours") or a bloc ("its NATO allies") names no one state. A client noun ("Iran's
    Lebanese partner", "its Yemeni proxy") mostly names a militia: the state only when the
    article names it elsewhere."""
    if t.tag != "NN" or not ctx.kids(t.i, frozenset({"poss"})):
        return []
    client = t.lemma.lower() in ctx.rules.client_nouns
    for k in ctx.kids(t.i, frozenset({"amod", "compound"})):
        own = _own_mention(ctx, k, role)
        if own is not None and own.actor is not None and own.actor.principal in _state_codes():
            if not own.members and own.token_start == k.i and own.token_end == k.i + 1:
                if client and not _named_elsewhere(ctx, own):
                    return []
                return [own]
    return []


def _named_elsewhere(ctx: _Ctx, own: Mention) -> bool:
    """Whether the article names a mention's state by another word than its own."""
    principal = own.actor.principal if own.actor is not None else ""
    return any(
        m.actor is not None
        and m.actor.principal == principal
        and m.kind != "pronoun"
        and not (own.token_start <= i < own.token_end)
        for i, m in ctx.by_token.items()
    )


def _numbered(ctx: _Ctx, t: Token) -> bool:
    """Whether a plural noun carries its count ("the two governments", "both sides")."""
    return any(
        k.dep == "nummod" or (k.dep in ("det", "predet", "preconj") and k.lemma.lower() == "both")
        for k in ctx.kids(t.i)
    )


def _conjuncts(ctx: _Ctx, t: Token) -> list[Token]:
    """t and the tokens coordinated with it ("Britain and France")."""
    out = [t]
    stack = [t]
    while stack:
        cur = stack.pop()
        for k in ctx.kids(cur.i, frozenset({"conj", "appos"})):
            if _stolen_subject(ctx, k) is not None or _gapped_remnant(ctx, k) is not None:
                continue  # "sanctioned Iran and Britain froze ...": Britain is no object
            if k.dep == "conj" or k.pos == "PROPN":
                out.append(k)
                stack.append(k)
    return out


def _gapped_remnant(ctx: _Ctx, k: Token) -> Token | None:
    """The remnant that makes an actor joined to an argument the subject of a gapped clause.

    "Ghana sent 200 troops to Mali and Nigeria 300", "expelled two diplomats, Italy one": a
    bare number after the name; "the U.S. imposed sanctions on Iran and the EU on Syria",
    "pledged $2 billion to Kyiv and Seoul $1 billion": after the name, a second phrase of the
    first conjunct's preposition naming an actor, or a second object of the verb. The parser
    joins the name to the object or the verb; it is neither ("sanctions on Iran and Russia on
    Monday" is no remnant: Monday is no actor).
    """
    if k.dep not in ("conj", "appos") or k.pos != "PROPN" or k.i not in ctx.by_token:
        return None
    for r in ctx.kids(k.i, frozenset({"nummod", "appos", "npadvmod"})):
        if r.i > k.i and r.pos == "NUM" and not ctx.kids(r.i):
            return r
    if k.dep != "conj":
        return None
    first = k
    while first.dep == "conj" and first.head != first.i:
        first = ctx.tok(first.head)
    if first.head == first.i:
        return None
    host = ctx.tok(first.head)
    lemma = host.lemma.lower() if first.dep == "pobj" else ""
    verb = ctx.tok(host.head) if first.dep == "pobj" and host.head != host.i else host
    after = max(t.i for t in ctx.parse.subtree(k.i)) + 1
    cands = [r for r in ctx.kids(k.i, frozenset({"prep"})) if r.i > k.i]
    cands += [r for r in ctx.kids(verb.i) if min(t.i for t in ctx.parse.subtree(r.i)) == after]
    for r in cands:
        if r.dep == "prep" and lemma and r.lemma.lower() == lemma:
            if any(
                (m := ctx.by_token.get(o.i)) is not None
                and m.actor is not None
                and o.pos == "PROPN"
                for o in _pobjs(ctx, r)
            ):
                return r
        elif r.dep in _OBJ and r.head == verb.i and any(o.i < k.i for o in ctx.kids(verb.i, _OBJ)):
            return r
    return None


def _second_recipient(ctx: _Ctx, k: Token) -> bool:
    """Whether a name joined to a recipient ("to Gaza", a dative) may be a second recipient as
    well as a giver: "Qatar gave $100 million to Gaza and Lebanon $50 million" (Lebanon gets
    it), "Japan pledged $2 billion to Ukraine and South Korea $1 billion" (Seoul may give). A
    number or object remnant cannot tell which, so the name is neither source nor target; a
    prepositional remnant can ("sold jets to Saudi Arabia and Britain to Qatar")."""
    first = k
    while first.dep == "conj" and first.head != first.i:
        first = ctx.tok(first.head)
    if first.dep == "dative":
        return True
    return (
        first.dep == "pobj"
        and first.head != first.i
        and ctx.tok(first.head).lemma.lower() in ctx.rules.recipient_preps
    )


def _in_remnant(ctx: _Ctx, t: Token) -> bool:
    """Whether t is the object of the remnant phrase of a gapped clause that the parser hung on
    the verb ("imposed tariffs on China and Ottawa on Mexico": Mexico is Ottawa's target)."""
    if t.dep != "pobj" or t.head == t.i or ctx.tok(t.head).i == 0:
        return False
    prep = ctx.tok(t.head)
    cur = ctx.tok(prep.i - 1)
    for _ in range(4):
        if cur.dep == "conj":
            r = _gapped_remnant(ctx, cur)
            return r is not None and r.i == prep.i
        if cur.head == cur.i:
            return False
        cur = ctx.tok(cur.head)
    return False


def _tiled_mentions(ctx: _Ctx, t: Token, role: str) -> list[Mention]:
    """Every mention of a phrase made only of actor mentions joined by "and", else [].

    "U.S. President Donald Trump and Russian President Vladimir Putin met": the parser may
    make "Putin" the head and hang "Trump" inside "President", so no conjunct reaches him.
    When the head's whole phrase is mentions, coordinators, commas and determiners, each
    mention is a party; a phrase with any other word ("Trump and his wife") gives nothing.
    """
    phrase = ctx.parse.subtree(t.i)
    if len(phrase) < 3 or not any(x.lemma.lower() in ctx.rules.coordinators for x in phrase):
        return []
    if any(
        _stolen_subject(ctx, x) is not None or _gapped_remnant(ctx, x) is not None for x in phrase
    ):
        return []
    found: list[Mention] = []
    joined = False
    for x in phrase:
        m = ctx.by_token.get(x.i)
        if m is not None:
            own = _own_mention(ctx, x, role)
            if own is None or own.members:
                return []
            if own not in found:
                found.append(own)
        elif x.lemma.lower() in ctx.rules.coordinators:
            joined = True
        elif x.text == ",":
            continue
        elif x.pos != "DET" or x.lemma.lower() in ctx.rules.negating_determiners:
            return []
    if not joined or len({m.actor.principal for m in found if m.actor}) < 2:
        return []
    return found


def _actors(ctx: _Ctx, tokens: list[Token], role: str, places: bool = False) -> list[Mention]:
    """Actor mentions for argument heads, expanding coordination, one per principal; a
    place slot ("drills near the Falklands") takes no territory (_territories)."""
    out: list[Mention] = []
    seen: set[str] = set(_territories()) if places else set()
    for t in tokens:
        if _in_remnant(ctx, t):
            continue
        for m in _tiled_mentions(ctx, t, role):
            if m.actor is not None and m.actor.principal not in seen and not _language(ctx, m):
                seen.add(m.actor.principal)
                out.append(m)
        for c in _conjuncts(ctx, t):
            found = _actors_of(ctx, c, role)
            if not found and places:
                place = _place_mention(ctx, c) or _party_place(ctx, c)
                found = [place] if place is not None else []
            for m in found:
                if m.actor is not None and m.actor.principal not in seen and not _language(ctx, m):
                    seen.add(m.actor.principal)
                    out.append(m)
    return out


def _party_place(ctx: _Ctx, t: Token) -> Mention | None:
    """The place of a party a place slot names by where it is ("in touch with all rebel groups
    in Syria", "talks with rival factions in Libya"), as a mention of its country."""
    if t.lemma.lower() not in ctx.rules.located_party_nouns:
        return None
    for p in _preps(ctx, t, frozenset({"in"})):
        place = _place_mention(ctx, p)
        if place is not None:
            return place
    return None


def _language(ctx: _Ctx, m: Mention) -> bool:
    """Whether a nationality only names a language ("Russian-language TV channels",
    "Russian-speaking schools"): no state (language_words)."""
    end = m.token_end
    if end + 1 >= len(ctx.parse.tokens) or ctx.tok(end).text not in ("-", "\u2013"):
        return False
    return ctx.tok(end + 1).lemma.lower() in ctx.rules.language_words


# ---------------------------------------------------------------- argument slots


def _pobjs(ctx: _Ctx, prep: Token) -> list[Token]:
    return ctx.kids(prep.i, frozenset({"pobj", "pcomp"}))


def _with_particles(ctx: _Ctx, host: Token) -> list[Token]:
    """The host and its particle adverbs ("pulled its troops back from Kyiv", "put Cuba back
    on its list"): the parser hangs the phrase on the adverb, read as the host's own."""
    return [host] + [
        a
        for a in ctx.kids(host.i, frozenset({"advmod"}))
        if a.lemma.lower() in ctx.rules.particle_adverbs
    ]


def _preps(ctx: _Ctx, host: Token, lemmas: frozenset[str]) -> list[Token]:
    out = []
    # a passive's agent is its source ("Kosovo was welcomed by Albania"), never a "by" target
    passive = bool(ctx.kids(host.i, _PASSIVE_MARKS)) or _participle_noun(ctx, host) is not None
    kids = [
        k
        for h in _with_particles(ctx, host)
        for k in ctx.kids(h.i, frozenset({"prep", "dative", "agent", "prt"}))
    ]
    for k in kids:
        if k.dep == "agent" and passive:
            continue
        if k.lemma.lower() in lemmas and not _bystander_phrase(ctx, k):
            objs = _pobjs(ctx, k)
            out.extend(objs)
            stray = _stray_object(ctx, k, objs)
            if stray is not None:
                out.append(stray)
    return out


def _bystander_phrase(ctx: _Ctx, prep: Token) -> bool:
    """Whether a preposition's phrase names bystanders of the act rather than its partners.

    "signed a treaty, with Canada and Japan acting as witnesses", "with Iran in attendance":
    an absolute clause with a subject of its own; "with Canada as guarantor", "with Qatar
    acting as mediator": a third party's role (bystander_roles) under "as", on the object or
    right after the phrase; "in attendance" (witness_nouns) right after it; "in solidarity
    with" (aside_nouns).
    """
    roles = ctx.rules.bystander_roles
    if prep.lemma.lower() == "with" and prep.i > 1:
        # "closed the border in solidarity with Azerbaijan": the parser hangs the with-phrase
        # of "in solidarity" on the verb; it names a friend, not the act's target
        before = ctx.tok(prep.i - 1)
        host = ctx.tok(prep.head).lemma.lower()
        if (
            before.lemma.lower() in ctx.rules.aside_nouns
            and ctx.tok(before.head).lemma == "in"
            and host not in ctx.rules.aside_exempt_verbs  # "stood in solidarity with Cyprus"
        ):
            return True

    def role(t: Token) -> bool:
        return any(
            a.lemma.lower() == "as" and any(r.lemma.lower() in roles for r in _pobjs(ctx, a))
            for a in ctx.kids(t.i, frozenset({"prep"}))
        )

    objs = _pobjs(ctx, prep)
    # an absolute clause is set off by a comma: "a deal with China covering oil" is a partner's
    set_off = prep.i > 0 and ctx.tok(prep.i - 1).text == ","
    m = ctx.by_token.get(prep.i + 1)
    if set_off and not objs and m is not None and m.token_start == prep.i + 1:
        # "with Iran also in attendance": the subject of a verbless clause beside the phrase
        last = ctx.tok(m.token_end - 1)
        pred = ctx.tok(last.head)
        if last.dep in _SUBJ and pred.i > last.i and pred.head != pred.i:
            return True
    for o in objs:
        if set_off and o.pos in ("VERB", "AUX") and ctx.kids(o.i, _SUBJ):
            return True
        if role(o) or any(role(c) for c in ctx.kids(o.i, frozenset({"acl"}))):
            return True
    # "with Canada as guarantor": the parser may hang the as-phrase right after it elsewhere
    end = max(t.i for t in ctx.parse.subtree(prep.i)) + 1
    if end >= len(ctx.parse.tokens) or not ctx.kids(prep.i, frozenset({"pobj"})):
        return False
    after = ctx.tok(end)
    if after.sent == prep.sent and after.tag == "VBG" and role(after):
        return True  # "with Canada and Japan acting as witnesses", the participle hung higher
    if after.sent != prep.sent or after.dep != "prep":
        return False
    if after.lemma.lower() == "as":
        return any(r.lemma.lower() in roles for r in _pobjs(ctx, after))
    # "with Iran in attendance", not "with Chile in the presence of Brazil's president"
    return after.lemma.lower() == "in" and any(
        r.lemma.lower() in ctx.rules.witness_nouns and not ctx.kids(r.i, frozenset({"prep"}))
        for r in _pobjs(ctx, after)
    )


def _stray_object(ctx: _Ctx, prep: Token, objs: list[Token]) -> Token | None:
    """A whole actor phrase right after a preposition that the parser hung elsewhere.

    "met with U.S. envoy Steve Witkoff, who was part of the push to secure the ceasefire
    deal": the parser may make "deal" the object of "with" and "Witkoff" its subject. A name
    that starts right after the preposition and is nobody's modifier is its object.
    """
    start = prep.i + 1
    if start < len(ctx.parse.tokens) and ctx.tok(start).pos == "DET":
        start += 1
    m = ctx.by_token.get(start)
    if m is None or m.token_start != start or m.sentence_index != prep.sent:
        return None
    if any(m.token_start <= o.i < m.token_end for o in objs):
        return None
    last = ctx.tok(m.token_end - 1)
    if last.dep in ("compound", "amod", "poss", "nmod", "case", "npadvmod"):
        return None
    return last


def _under(ctx: _Ctx, root: Token, lemmas: frozenset[str], depth: int = 3) -> list[Token]:
    """Objects of the given prepositions anywhere a few steps under root."""
    out, frontier = [], [root]
    for _ in range(depth):
        nxt = []
        for cur in frontier:
            for k in ctx.kids(cur.i):
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
                ):
                    nxt.append(k)
                elif k.dep == "amod" and ctx.kids(k.i, _PREP_KIDS):
                    nxt.append(k)  # "contracts worth $1.5 billion with Kenya"
        frontier = nxt
    return out


_PLAIN = Pattern("plain", "verb", (), "")
_PREP_KIDS = frozenset({"prep", "dative"})
_HELD_ROOTS = frozenset({"08", "17", "18"})  # acts whose object is mostly people
_NEAREST_SLOTS = frozenset(
    {"obj_sub", "obj_place", "xcomp_args", "ccomp_actor", "under", "role_sub"}
)
_HELP = frozenset({"help", "support", "assist", "aid", "defend", "bolster", "back", "reinforce"})


def _acting_xcomps(ctx: _Ctx, verb: Token) -> list[Token]:
    """The verb's infinitives that name an act: "declined to comment on Libya's request"
    withholds a remark (remark_verbs) and acts on no one."""
    return [
        x
        for x in ctx.kids(verb.i, frozenset({"xcomp"}))
        if x.lemma.lower() not in ctx.rules.remark_verbs
    ]


def _slot_tokens(ctx: _Ctx, verb: Token, obj: Token | None, slot: str) -> list[Token]:
    name, _, arg = slot.partition(":")
    lemmas = frozenset(arg.split("|")) if arg else frozenset()
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
        return out
    if name == "prep":
        out = _preps(ctx, verb, lemmas)
        if obj is not None and obj.i != verb.i:
            out += _preps(ctx, obj, lemmas)
            if obj.dep == "compound" and obj.head != obj.i:
                obj = ctx.tok(obj.head)  # "a sanctions package against Russia"
                out += _preps(ctx, obj, lemmas)
            prep = ctx.tok(obj.head)
            if obj.dep == "pobj" and prep.head != prep.i and prep.head != verb.i:
                # "$50 million in aid for Ukraine": the phrase the object is the content of
                out += _preps(ctx, ctx.tok(prep.head), lemmas)
        return out
    if name == "under":
        return _under(ctx, verb, lemmas)
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
        # "provided Ukraine with weapons": a direct object that is not the matched object
        return [d for d in ctx.kids(verb.i, _OBJ) if obj is None or d.i != obj.i]
    if name == "xcomp_obj":
        return [o for x in _acting_xcomps(ctx, verb) for o in ctx.kids(x.i, _OBJ)]
    if name == "obj_sub":
        return _under(ctx, obj, lemmas) if obj is not None else []
    if name == "obj_mod":
        if obj is None:
            return []
        # "barred Venezuelan-flagged tankers": a class of ships under a state's flag
        mods = ctx.kids(obj.i, frozenset({"compound", "amod", "nmod", "poss"}))
        return [_flag_name(ctx, k) for k in mods]
    if name == "obj_place":
        places = frozenset({"of", "in", "inside", "near", "across"})
        # "Targets in southern Lebanon were struck by ...": the passive's subject is the object
        objs = ctx.kids(verb.i, _OBJ) or ctx.kids(verb.i, _PASSIVE_SUBJ)
        return [p for o in objs for p in _under(ctx, o, places, 3)] + _under(ctx, verb, places, 2)
    if name == "help_obj":
        out = []
        # "a grant to help Sri Lanka rebuild": an infinitive on the object helps as well
        held = [
            x
            for o in ctx.kids(verb.i, _OBJ)
            for x in ctx.kids(o.i, frozenset({"acl", "relcl"}))
            if _infinitive(ctx, x)
        ]
        for x in ctx.kids(verb.i, frozenset({"xcomp", "advcl"})) + held:
            if x.lemma.lower() in _HELP:
                out += ctx.kids(x.i, _OBJ)
                for c in ctx.kids(x.i, frozenset({"ccomp", "xcomp"})):
                    out += ctx.kids(c.i, _SUBJ)
        return out
    if name == "xcomp_args":
        # "promised to continue military aid to Mozambique", "offered to negotiate with X"
        preps = lemmas or frozenset({"to", "with", "for", "against", "on"})
        out = []
        for x in _acting_xcomps(ctx, verb) + _own_future_clauses(ctx, verb):
            objs = ctx.kids(x.i, _OBJ)
            out += objs
            out += _preps(ctx, x, preps)
            for o in objs:
                out += _preps(ctx, o, preps)
        return out
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
        return [s for c in clauses for s in ctx.kids(c.i, _SUBJ)]
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
        return _asked_subjects(ctx, obj, hung)
    if name == "cond_subj":
        # "threatened to stop the talks if the United States deployed the missiles": the one
        # the condition is put to is the subject of an if/unless clause on the verb or its
        # infinitive
        heads = [verb, *ctx.kids(verb.i, frozenset({"xcomp"}))]
        return [
            s
            for h in heads
            for c in ctx.kids(h.i, frozenset({"advcl"}))
            if any(_marked(ctx, c, w) for w in lemmas or ("if",))
            for s in ctx.kids(c.i, _SUBJ)
        ]
    if name == "ccomp_actor":
        out = []
        for c in _content_clauses(ctx, verb):
            # "said its airspace had been violated by Russian drones": the agent acts
            agents = [p for a in ctx.kids(c.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
            for s in agents or ctx.kids(c.i, _SUBJ | _PASSIVE_SUBJ):
                out.extend(t for t in ctx.parse.subtree(s.i) if t.i in ctx.by_token)
        if not out:
            return []
        # the first mention's head, so its conjuncts count ("the United States and Britain")
        head, mention = out[0], ctx.by_token[out[0].i]
        while head.head != head.i and ctx.by_token.get(head.head) is mention:
            head = ctx.tok(head.head)
        return [head]
    if name == "poss":
        return ctx.kids(verb.i, frozenset({"poss"}))
    if name == "host_subj":
        # "Prabowo said in a call to Trump": the subject of the verb the noun's phrase modifies
        host = _phrase_host(ctx, verb, lemmas)
        return _subject_tokens(ctx, host) if host is not None else []
    if name == "amod":
        return ctx.kids(verb.i, frozenset({"amod", "compound", "nmod"}))
    if name == "premod":
        return _premodifiers(ctx, verb)
    log.debug("unknown slot %s", slot)
    return []


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
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = ctx.tok(noun.head)
    if (prep.lemma.lower() not in lemmas and prep.text.lower() not in lemmas) or (
        prep.head == prep.i
    ):
        return None
    host = ctx.tok(prep.head)
    if host.pos not in ("VERB", "AUX") or _modality(ctx, host) is not None:
        return None  # "will meet X during a visit to Y": the visit is planned too
    return host


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
    out = [_believed(ctx, c) for c in ctx.kids(verb.i, frozenset({"ccomp"}))]
    for p in ctx.kids(verb.i, frozenset({"prep"})):
        if p.lemma.lower() not in ("in", "through", "via"):
            continue
        for n in _pobjs(ctx, p):
            if n.lemma.lower() in ctx.rules.content_nouns:
                out += [
                    c
                    for c in ctx.kids(n.i, frozenset({"acl", "ccomp"}))
                    if c.pos in ("VERB", "AUX")
                    and any(m.lemma.lower() == "that" for m in ctx.kids(c.i, frozenset({"mark"})))
                ]
    return out + [
        k
        for c in out
        for k in ctx.kids(c.i, frozenset({"conj"}))
        if k.pos in ("VERB", "AUX") and not ctx.kids(k.i, _SUBJ | _PASSIVE_SUBJ)
    ]


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


def _past_clause(ctx: _Ctx, clause: Token) -> bool:
    """Whether a past-tense clause hangs on a past-tense host with no modal ("was strong
    until Russia invaded"), not on a future one ("would fight until Russia withdrew").

    The host must be a state that lasted ("was", "had been", "remained") or the clause dated
    ("in 2022"): after an act ("suspended aid until Pyongyang apologized") the clause is the
    condition the act set, told in past narration, not an act that came."""
    if clause.tag != "VBD" or clause.head == clause.i:
        return False
    host = ctx.tok(clause.head)
    modals = ctx.rules.modals | ctx.rules.conditional_modals
    if host.tag not in ("VBD", "VBN") or any(
        a.lemma.lower() in modals or a.text.lower() in modals
        for a in ctx.kids(host.i, frozenset({"aux"}))
    ):
        return False
    if host.lemma.lower() in ctx.rules.stative_hosts:
        return True
    return any(
        (e := ctx.ent_of.get(t.i)) is not None and e.label == "DATE"
        for t in ctx.parse.subtree(clause.i)
    )


def _infinitive(ctx: _Ctx, t: Token) -> bool:
    return any(a.dep == "aux" and a.lemma.lower() == "to" for a in ctx.kids(t.i))


def _marked(ctx: _Ctx, t: Token, word: str) -> bool:
    return any(m.dep == "mark" and m.lemma.lower() == word for m in ctx.kids(t.i))


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
        if _infinitive(ctx, c) or (_marked(ctx, c, "that") and (told or _mandative(ctx, c)))
    ] + list(hung)
    subjects = [s for c in clauses for s in ctx.kids(c.i, _SUBJ)]
    if not subjects and any(_infinitive(ctx, c) for c in clauses):
        # "its demand for Israel to pull back", read as a for-phrase and an infinitive
        subjects = _preps(ctx, noun, frozenset({"for"}))
    return subjects


def _mandative(ctx: _Ctx, t: Token) -> bool:
    """A clause in the base form or with should/must states what is asked, not a fact; a
    present without -s after a singular subject ("that India extradite") is the base form."""
    if t.tag == "VBP" and any(s.tag in ("NNP", "NN") for s in ctx.kids(t.i, _SUBJ)):
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
    own = {_principal(m) for m in _actors(ctx, _subject_tokens(ctx, verb), "source")} - {""}
    if not own:
        return []
    return [
        c
        for c in ctx.kids(verb.i, frozenset({"ccomp"}))
        if c.i > verb.i
        and not _negated(ctx, c)
        and any(a.dep == "aux" and a.text.lower() in ctx.rules.future_modals for a in ctx.kids(c.i))
        and any(_principal(m) in own for m in _actors(ctx, ctx.kids(c.i, _SUBJ), "source"))
    ]


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


def _cut_subject(ctx: _Ctx, verb: Token) -> Token | None:
    """The subject a relative clause cut from its verb, which the parser then hung on it.

    "Brazil, which shares borders with both countries, called on Caracas ...": with no verb
    of its own the sentence's root is the noun, and the finite verb after the comma that
    closes the relative clause is read as a participle on it ("acl"). Only a root noun that
    has a relative clause before the verb, a comma just before the verb, and no passive
    marks (agent, auxiliary) on it: "Troops, backed by tanks, ..." keeps its participle.
    """
    if verb.dep != "acl" or verb.tag not in ("VBD", "VBN") or verb.head == verb.i:
        return None
    head = ctx.tok(verb.head)
    if head.head != head.i or head.pos not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    if verb.i == 0 or ctx.tok(verb.i - 1).text != ",":
        return None
    if not any(k.i < verb.i for k in ctx.kids(head.i, frozenset({"relcl", "appos"}))):
        return None
    if ctx.kids(verb.i, frozenset({"agent", "auxpass", "aux"})):
        return None
    return head


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
        if head.head != head.i:
            return None
    elif verb.head != verb.i or verb.tag == "VBN" or ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ):
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


def _named_actor(ctx: _Ctx, t: Token) -> bool:
    """Whether a token is a name that stands for an actor ("Pakistan", even tagged ADJ)."""
    m = ctx.by_token.get(t.i)
    return m is not None and m.actor is not None and t.pos in ("PROPN", "ADJ", "NOUN")


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


def _subject_tokens(ctx: _Ctx, verb: Token, depth: int = 0) -> list[Token]:
    """Who does the action of verb: its subject, or the controller of a bare clause."""
    cut = _cut_subject(ctx, verb) or _rootless_subject(ctx, verb)
    if cut is not None:
        return [cut]
    contact = _contact_clause(ctx, verb)
    if contact is not None:
        return [contact[0]]  # "the aid Egypt sent to Sudan": the name before the verb
    subj = []
    for k in _joined_clause_subjects(ctx, ctx.kids(verb.i, _SUBJ)):
        if k.text.lower() in ctx.rules.split_prefixes and ctx.tok(k.i + 1).text == "-":
            # "Norway co-chaired the talks": the split prefix is read as the subject, the
            # name before it as its modifier
            subj += ctx.kids(k.i, frozenset({"compound", "nmod", "amod"}))
        elif k.i > ctx.dateline_end:
            subj.append(k)
        else:  # "LIMA, Peru — U.S. President Joe Biden met ...": the name after the dateline
            subj += [a for a in ctx.kids(k.i, frozenset({"appos"})) if a.i > ctx.dateline_end]
    if subj:
        out = []
        for s in subj:
            if s.tag in ("WDT", "WP") and verb.dep == "relcl":
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
        head = _conj_host(ctx, verb) or head
        return _subject_tokens(ctx, head, depth + 1) or ctx.kids(head.i, _PASSIVE_SUBJ)
    if dep == "xcomp" or (dep in ("ccomp", "advcl") and _infinitive(ctx, verb)):
        decider = _decider(ctx, head, verb) if dep == "advcl" else []
        if decider:
            return decider
        if head.pos in ("VERB", "AUX"):
            objs = ctx.kids(head.i, _OBJ)
            # "urged Japan to act": Japan acts; "summoned Japan's envoy to protest": the
            # summoner protests (only verbs of asking and making hand the act to the object)
            if objs and dep == "xcomp" and head.lemma.lower() in ctx.rules.object_control_verbs:
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
        return _subject_tokens(ctx, head, depth + 1)
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
        return _clause_subject(ctx, host, depth)
    if dep == "acl" and verb.tag == "VBG" and head.lemma.lower() in ctx.rules.content_nouns:
        poss = ctx.kids(head.i, frozenset({"poss"}))
        return poss or _clause_subject(ctx, head, depth)
    if dep == "acl" and verb.tag == "VBG" and head.pos in ("NOUN", "PROPN") and verb.i > head.i:
        # "North Korean troops moving into Kursk", "a Chinese delegation visiting Japan":
        # the noun an -ing participle follows is who does it
        return [head]
    if dep == "acl" and _infinitive(ctx, verb) and head.pos in ("NOUN", "PROPN"):
        agent = _noun_agent(ctx, head, verb.i)
        if agent:
            return agent
        if head.lemma.lower() in ctx.rules.deciding_nouns and head.head != head.i:
            return _clause_subject(ctx, ctx.tok(head.head), depth)
    return []


def _relative_subjects(ctx: _Ctx, pronoun: Token, clause: Token) -> list[Token]:
    """Who does the act of a relative clause whose subject is "which"/"who": the noun it
    hangs on, alone when a conjunct of that noun follows the clause ("Britain, which
    criticized Iran, and Canada": the pronoun, read as Britain alone by _actors_of), with the
    names before it when it closes a subject list and its verb is not singular ("Brazil and
    Colombia, which had pressed Caracas, ...": both; "..., which borders Peru": one)."""
    noun = ctx.tok(clause.head)
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
    marks = [clause] + ctx.kids(clause.i, frozenset({"aux", "auxpass"}))
    if any(m.tag == "VBZ" or m.text.lower() == "was" for m in marks):
        return [noun]
    return [first]


def _own_clause_conjuncts(ctx: _Ctx, subj: Token, subjects: list[Token]) -> list[Token]:
    """A subject, or the names joined to it after a clause of its own the parser took for a
    participle ("Brazil, whose border touches both, offered to mediate, and the United States
    urged Colombia": the United States urges): an active verb with an object or infinitive
    and no agent, set off by commas."""
    own = [
        a
        for a in ctx.kids(subj.i, frozenset({"acl"}))
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
    return []


def _noun_agent(ctx: _Ctx, noun: Token, before: int) -> list[Token]:
    """Who a noun of deciding names as its author before index before: possessive or by-phrase.

    "the decision by Poland to send tanks": the by-phrase names who decided, and so who acts;
    never after nouns of asking ("a call by France to end the war": whoever is asked acts).
    """
    poss = ctx.kids(noun.i, frozenset({"poss"}))
    if poss or noun.lemma.lower() in ctx.rules.object_control_verbs:
        return poss
    return [
        p
        for k in ctx.kids(noun.i, frozenset({"prep"}))
        if k.lemma.lower() == "by" and k.i < before
        for p in _pobjs(ctx, k)
    ]


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


def _reporter(ctx: _Ctx, verb: Token) -> list[Token]:
    """The speaker's subject when a past verb joined to a reported clause is the speaker's act.

    "He said his government had never refused help and thanked Moscow": the parser joins
    "thanked" to the reported clause, but the speaker thanks. Kept with the clause when its own
    subject is another actor ("said Chinese ships had entered the zone and rammed a boat"), but
    not when it is only an act or thing an actor owns ("said Turkey's drilling was illegal and
    summoned Turkey's ambassador": Greece summons). The parser may tag such a verb VBN.
    A verb of addressing a party (addressing_verbs: "said Pakistan had shelled its posts and
    warned Islamabad", "said the transfer showed Moscow was arming the North and urged Seoul")
    or one aimed at the clause's own actor is the speaker's whatever that subject is.
    """
    if verb.dep != "conj" or verb.tag not in ("VBD", "VBN") or verb.head == verb.i:
        return []
    if ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ | frozenset({"aux", "auxpass"})):
        return []
    joined = ctx.tok(verb.head)
    if any(k.lemma.lower() != "and" for k in ctx.kids(joined.i, frozenset({"cc", "preconj"}))):
        return []  # "has neither anticipated nor sought": one shared, negated clause
    clause = _enclosing_report(ctx, joined)
    if clause is None:
        return []
    said = ctx.tok(clause.head)
    addressing = verb.lemma.lower() in ctx.rules.addressing_verbs
    if addressing and said.dep == "ccomp" and said.lemma.lower() not in ctx.rules.speech_verbs:
        said = ctx.tok(said.head)  # "said the transfer showed that Moscow was ... and urged"
    if said.lemma.lower() not in ctx.rules.speech_verbs or said.i > verb.i:
        return []
    speaker = [k for k in ctx.kids(said.i, _SUBJ) if k.i > ctx.dateline_end]
    if not speaker:
        return []
    own = [
        a
        for k in ctx.kids(clause.i, _SUBJ | _PASSIVE_SUBJ)
        if k.i in ctx.by_token or k.pos == "PRON" or not _owned_thing(ctx, k)
        for a in _actors_of(ctx, k, "source")
    ]
    told = {a.actor.principal for s in speaker for a in _actors_of(ctx, s, "source") if a.actor}
    others = {a.actor.principal for a in own if a.actor is not None} - told
    if others and not addressing and not others & _object_principals(ctx, verb):
        return []
    return speaker


def _enclosing_report(ctx: _Ctx, tok: Token) -> Token | None:
    """The reported clause (a ccomp) a verb joined at tok sits in, a few steps up at most.

    The parser may join the speaker's own act deep inside a quoted clause: to its infinitive
    ('"has never refused" to cooperate ... and thanked Moscow') or to a relative clause in it
    ('"rewards a government that bars girls" and urged Kazakhstan').
    """
    for _ in range(4):
        if tok.dep == "ccomp":
            return tok if tok.head != tok.i else None
        if tok.dep not in _INSIDE_REPORT or tok.head == tok.i:
            return None
        tok = ctx.tok(tok.head)
    return None


_INSIDE_REPORT = frozenset({"xcomp", "relcl", "dobj", "pobj", "prep"})


def _object_principals(ctx: _Ctx, verb: Token) -> set[str]:
    """The principals a verb's objects name ("called on Beijing to stop": CHN)."""
    objs = ctx.kids(verb.i, _OBJ)
    preps = ctx.kids(verb.i, frozenset({"prep"}))
    objs += [g for p in preps for g in ctx.kids(p.i, frozenset({"pobj"}))]
    return {a.actor.principal for o in objs for a in _actors_of(ctx, o, "target") if a.actor}


def _owned_thing(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun that is no actor itself names only through its possessor or modifier an
    act or thing of an actor ("Turkey's drilling", "the Russian move"), not a body or force
    that acts ("Chinese ships", "Russia's navy": role_nouns, agent_nouns)."""
    lemma = t.lemma.lower()
    if t.pos != "NOUN" or lemma in ctx.rules.role_nouns or lemma in ctx.rules.agent_nouns:
        return False
    return any(
        k.i in ctx.by_token for k in ctx.kids(t.i, frozenset({"poss", "amod", "compound", "nmod"}))
    )


# ---------------------------------------------------------------- blocking


def _negated(ctx: _Ctx, t: Token) -> bool:
    neg = ctx.rules.negations
    return any(
        k.dep == "neg"
        or (k.dep in ("advmod", "det", "preconj") and k.lemma.lower() in neg)
        or _no_longer(ctx, k)
        for k in ctx.kids(t.i)
    )


def _no_longer(ctx: _Ctx, k: Token) -> bool:
    """Whether an adverb is "no longer" ("will no longer issue visas"): a negation."""
    return (
        k.dep == "advmod"
        and k.text.lower() == "longer"
        and any(n.text.lower() == "no" for n in ctx.kids(k.i))
    )


def _no_object(ctx: _Ctx, verb: Token) -> bool:
    """A direct object under a negating determiner ("imposed no new sanctions") negates the act."""
    return any(
        d.lemma.lower() in ctx.rules.negating_determiners
        for o in ctx.kids(verb.i, frozenset({"dobj", "obj"}))
        for d in ctx.kids(o.i, frozenset({"det", "preconj"}))
    )


_BLOCK, _INTENT, _FUTURE = "block", "intent", "future"


def _modality(ctx: _Ctx, verb: Token) -> str | None:
    """_blocked for a verb that is no trigger (no pattern of its own can state intent)."""
    return _blocked(ctx, verb, _PLAIN)


def _blocked(ctx: _Ctx, verb: Token, pattern: Pattern) -> str | None:
    """ "block" when the trigger is negated, hypothetical or refused; "intent" when only planned.

    A `when_negated` pattern ("did not renew the agreement") needs its own negation instead.
    """
    rules = ctx.rules
    cur = verb
    state: str | None = None
    conjoined = False
    for step in range(6):
        if _negated(ctx, cur) and not (step == 0 and pattern.when_negated):
            return _BLOCK
        if step == 0 and not pattern.when_negated and _no_object(ctx, cur):
            return _BLOCK  # "Iran offered no condolences to Israel"
        if step == 0 and _standing_relative(ctx, cur):
            return _BLOCK  # "Western Sahara, which only Rabat recognizes": a stance, no act
        if any(
            d.lemma.lower() in rules.negating_determiners
            for sb in ctx.kids(cur.i, _SUBJ | _PASSIVE_SUBJ)
            for d in ctx.kids(sb.i, frozenset({"det", "preconj"}))
        ):
            return _BLOCK  # "Neither Japan nor South Korea criticized China"
        low = cur.lemma.lower()
        # "called Merz and praised Zelenskyy": a verb joined to another is not governed by it;
        # "helped Ethiopia and Eritrea sign a deal": a bare infinitive takes only modals and
        # negation from its host (conjoined is set on that climb)
        if step > 0 and not conjoined:
            if low in rules.blocking_governors:
                return _BLOCK
            if low in rules.intent_governors or cur.text.lower() in rules.intent_governors:
                state = _INTENT
        for k in ctx.kids(cur.i, frozenset({"aux", "mark"})):
            word = k.lemma.lower()
            if k.dep == "aux" and (
                word in rules.normative_modals or k.text.lower() in rules.normative_modals
            ):
                return _BLOCK
            if k.dep == "aux" and cur.dep == "relcl" and k.text.lower() in rules.conditional_modals:
                return _BLOCK  # "a deal in which Israel would forge ties": hypothetical
            if k.dep == "aux" and (word in rules.modals or k.text.lower() in rules.modals):
                if not (pattern.intent and step == 0):
                    future = word in rules.future_modals or k.text.lower() in rules.future_modals
                    if not (future and state == _INTENT):
                        state = _FUTURE if future and state is None else _INTENT
            if k.dep == "mark" and word in rules.blocking_marks:
                if not (word in rules.past_factual_marks and _past_clause(ctx, cur)):
                    return _BLOCK  # "until Russia withdraws"; "until Russia invaded" is told
        if cur.head == cur.i:
            break
        head = _conj_host(ctx, cur) or ctx.tok(cur.head)
        if cur.dep == "pcomp" and (head.pos == "ADP" or head.dep == "prep"):
            prep = head.lemma.lower()
            if prep in rules.blocking_preps or _blocking_prep(ctx, head):
                return _BLOCK
            if head.head == head.i or prep in rules.temporal_preps:
                break
            host = ctx.tok(head.head)
            # "agreed to a truce, with Qatar acting as mediator": an absolute clause is none
            # of its host's complements, so the host governs it as no intent
            conjoined = prep == "with" and bool(ctx.kids(cur.i, _SUBJ))
            if host.pos in ("NOUN", "PROPN", "PRON") and not conjoined:
                # A gerund under a noun is a topic ("views on strengthening ties"), not an act;
                # an absolute clause misread onto a noun is not ("froze assets, with the EU
                # imposing curbs on Russia")
                return _BLOCK
            cur = host
            continue
        if _infinitive(ctx, cur) and head.lemma.lower() == "be" and _extraposed(ctx, head):
            return _BLOCK  # "it was a mistake to cut aid": an act judged, not done
        if _unreal_clause(ctx, cur, head):
            return _BLOCK  # "denied that its drones had entered", "demanding that Russia return"
        climb = cur.dep in ("xcomp", "acomp") or (
            cur.dep in ("ccomp", "advcl", "acl") and _infinitive(ctx, cur)
        )
        if (
            climb
            and cur.dep == "ccomp"
            and ctx.kids(cur.i, _SUBJ)
            and head.lemma.lower() in rules.intent_governors
        ):
            return _BLOCK  # '"We expect Bolivia to lift the ban"': no plan of Bolivia's
        bare = cur.dep == "ccomp" and head.lemma.lower() in rules.bare_infinitive_verbs
        if bare and not climb:
            # "a deal that would let Israel and Hamas swap prisoners": a bare infinitive
            climb = not ctx.kids(cur.i, frozenset({"aux", "mark"}))
            if climb:
                conjoined = True
                cur = head
                continue
        if cur.dep == "conj" and _reporter(ctx, cur):
            break  # "said ... had never refused help and thanked Moscow": the speaker's own act
        if cur.dep == "conj" and not ctx.kids(cur.i, _SUBJ | _PASSIVE_SUBJ):
            # "should repair divisions and improve relations" share "should"; "did not
            # criticize X but praised Y" does not share the negation
            contrast = any(
                c.lemma.lower() in ("but", "yet") for c in ctx.kids(head.i, frozenset({"cc"}))
            )
            climb = not contrast
        if not climb:
            break
        if cur.dep == "xcomp" and head.lemma.lower() == "be" and _infinitive(ctx, cur):
            state = state or _FUTURE  # "Romania is to reopen its embassy": as "will reopen"
        conjoined = _own_conjunct(ctx, cur, head)
        cur = head
    return state


def _standing_relative(ctx: _Ctx, verb: Token) -> bool:
    """A relative clause set off by a comma, in the simple present, with a verb of stance
    (standing_verbs) describes its head's standing ("Kosovo, which Serbia still claims",
    "Russia, which backs its claim"): background, never an act told; "the sanctions that
    Washington imposes on Syria" (no comma: it says which sanctions), "which Beijing denies"
    (an answer) and "which mediates between them" still tell their act. The present passive
    is the same stance ("Kosovo, which is recognized by the U.S.", "who are armed by Iran");
    the past one ("which was criticized by Japan") tells an act."""
    if verb.dep != "relcl" or verb.lemma.lower() not in ctx.rules.standing_verbs:
        return False
    auxes = ctx.kids(verb.i, frozenset({"aux", "auxpass"}))
    if verb.tag == "VBN":
        # "which is recognized by", "who are armed by": one present "be" and nothing else
        if len(auxes) != 1 or auxes[0].dep != "auxpass" or auxes[0].tag not in ("VBZ", "VBP"):
            return False
    elif verb.tag not in ("VBZ", "VBP") or auxes:
        return False
    start = min(t.i for t in ctx.parse.subtree(verb.i))
    return start > 0 and ctx.tok(start - 1).text == ","


def _blocking_prep(ctx: _Ctx, prep: Token) -> bool:
    """Whether a preposition is one of two words that deny its gerund ("instead of visiting
    Poland", "rather than meeting X": the adverb is in blocking_preps)."""
    return any(
        k.lemma.lower() in ctx.rules.blocking_preps for k in ctx.kids(prep.i, frozenset({"advmod"}))
    )


def _own_conjunct(ctx: _Ctx, verb: Token, head: Token) -> bool:
    """Whether a verb joined to another is an act of its own, not one its head governs.

    "called Merz and praised Zelenskyy": "called" has a person for object and no clause, so
    its sense of asking ("called on X to ...") does not reach "praised"; "threatened to cut gas and to
    seize assets", "called on Kyiv to talk and end the war" still govern their conjuncts.
    """
    if verb.dep != "conj" or _infinitive(ctx, verb):
        return False
    if _tensed(verb):
        return True  # "urged Seoul to end the tests and summoned ...": urging governs no act told
    if ctx.tok(verb.head).dep == "oprd" and _past_participle_conjunct(ctx, verb, head):
        return True  # "called the plan illegal and summoned Chile's envoy" (_conj_host)
    if any(
        k.lemma.lower() == "have" and k.tag in ("VBZ", "VBP", "VBD")
        for k in ctx.kids(verb.i, frozenset({"aux"}))
    ):
        return True  # "has called the vote a sham and has summoned ...": a finite perfect
    if ctx.kids(head.i, frozenset({"xcomp", "ccomp", "advcl"})):
        return False
    objs = ctx.kids(head.i, _OBJ | frozenset({"oprd"}))
    return any(
        (m := ctx.by_token.get(o.i)) is not None and m.kind in ("person", "title") for o in objs
    )


def _unreal_clause(ctx: _Ctx, clause: Token, head: Token) -> bool:
    """Whether a finite that-clause is an act denied or demanded, not one done.

    "Russia denied that its drones had entered Polish airspace", "a resolution demanding that
    Russia return the children": blocked as their infinitives are. After a mandative verb
    only a bare subjunctive is ("insisted that Russia withdraw", not "insisted that Russia
    had shelled the plant").
    """
    if clause.dep != "ccomp" or clause.i < head.i or _infinitive(ctx, clause):
        return False  # "accused Chad of ..., a charge N'Djamena denies": the charge is told
    low = head.lemma.lower()
    if low in ctx.rules.denying_verbs or low in ctx.rules.demanding_verbs:
        return True
    return (
        low in ctx.rules.mandative_verbs
        and clause.tag == "VB"
        and not ctx.kids(clause.i, frozenset({"aux", "auxpass"}))
    )


def _asserted_clause(ctx: _Ctx, verb: Token) -> bool:
    """ "Ukraine insisted that Russian forces had shelled Kharkiv": a mandative verb that only
    asserts (its that-clause is no bare subjunctive) demands nothing."""
    return verb.lemma.lower() in ctx.rules.mandative_verbs and any(
        c.i > verb.i and not _infinitive(ctx, c) and not _unreal_clause(ctx, c, verb)
        for c in ctx.kids(verb.i, frozenset({"ccomp"}))
    )


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


def _denied_clause(ctx: _Ctx, verb: Token) -> bool:
    """ "Moscow denied that its drones had entered": a denial of what it was accused of."""
    return verb.lemma.lower() in ctx.rules.denying_verbs and any(
        c.i > verb.i and not _infinitive(ctx, c) for c in ctx.kids(verb.i, frozenset({"ccomp"}))
    )


# ---------------------------------------------------------------- pattern checks


def _lemmas_under(ctx: _Ctx, verb: Token) -> set[str]:
    """Lemmas of the trigger and its complements (not its subject): what refinements read
    (_complement_lemmas, once per trigger; each pattern tried on it reads them)."""
    return set(_memo(ctx, _complement_lemmas, verb))


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
    skip = _SUBJ | _PASSIVE_SUBJ | {"punct", "cc", "conj", "advcl", "parataxis"}
    stack = [
        k
        for k in ctx.kids(verb.i)
        if k.dep not in skip or (k.dep == "advcl" and _infinitive(ctx, k))  # "urged X ... to do"
    ]
    stray = _stray_infinitive(ctx, verb)
    if stray is not None:
        stack.append(stray)
    contact = _contact_clause(ctx, verb)
    if contact is not None:
        out.add(contact[1].lemma.lower())  # "the oil Saudi Arabia supplied": what it names
    while stack:
        t = stack.pop()
        out.add(t.lemma.lower())
        out.add(t.text.lower())
        stack.extend(k for k in ctx.kids(t.i) if k.dep not in ("relcl", "conj") or t.i != verb.i)
    return out


def _refined(pattern: Pattern, words: set[str]) -> str:
    for r in pattern.refine:
        if words & r.words:
            return r.code
    return pattern.code


def _participle_noun(ctx: _Ctx, verb: Token) -> Token | None:
    """The noun a passive participle modifies: "a plan backed by France", and a participle
    joined to it with an agent of its own ("a step welcomed by A and condemned by B")."""
    if verb.tag != "VBN" or verb.head == verb.i:
        return None
    head = ctx.tok(verb.head)
    if _loose_participle(ctx, verb):
        if head.dep == "acl":
            return _participle_noun(ctx, head)
        # "seized it in a move condemned by A and welcomed by B": joined to the main verb
        for i in range(verb.i - 1, head.i, -1):
            t = ctx.tok(i)
            if t.dep == "acl" and t.tag == "VBN" and t.head < t.i:
                return ctx.tok(t.head)
        return None
    if verb.dep != "acl" or _cut_subject(ctx, verb) is not None:
        return None
    return head


def _loose_participle(ctx: _Ctx, verb: Token) -> bool:
    """A joined participle with an agent but no subject or auxiliary: a passive, never an act
    of the verb it is joined to ("... and welcomed by Iran")."""
    if verb.dep != "conj" or verb.tag != "VBN" or verb.head == verb.i:
        return False
    if not ctx.kids(verb.i, frozenset({"agent"})):
        return False
    if ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ | frozenset({"aux", "auxpass"})):
        return False
    head = ctx.tok(verb.head)
    if head.dep == "acl" and head.tag == "VBN":
        return True
    # joined to an active verb with an object, not to a shared passive or adjective ("is
    # worried and perplexed by ...")
    return head.tag in ("VBD", "VBZ", "VBP") and bool(ctx.kids(head.i, _OBJ))


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
    if verb.tag != "VBN" or verb.head == verb.i or not ctx.kids(verb.i, frozenset({"agent"})):
        return None
    if ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ):
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
    subj = ctx.kids(host.i, _SUBJ | _PASSIVE_SUBJ)
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


def _verb_up(ctx: _Ctx, tok: Token, steps: int) -> Token | None:
    """The nearest verb at or above a token, at most ``steps`` heads up; None past them
    (an appended act noun the parser hangs on the last noun of the clause it sums up)."""
    for _ in range(steps):
        if tok.head == tok.i or tok.pos in ("VERB", "AUX"):
            break
        tok = ctx.tok(tok.head)
    return tok if tok.pos in ("VERB", "AUX") else None


def _summed_clause(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb whose clause a noun of deciding sums up: "moved its embassy, in a step ...",
    "seized the tanker, a move ...", "unveiled a plan ...": the noun names no author of its own.
    """
    if noun.lemma.lower() not in ctx.rules.summing_nouns:
        return None
    if ctx.kids(noun.i, frozenset({"poss"})) or _preps(ctx, noun, frozenset({"by", "of"})):
        return None  # "Poland's move", "a step by Poland": an author of its own
    if noun.head == noun.i:
        return None
    head = ctx.tok(noun.head)
    if noun.dep == "pobj" and head.lemma.lower() in ("in", "as") and head.head != head.i:
        host = ctx.tok(head.head)  # "in a move", "as a step"
        return host if host.pos in ("VERB", "AUX") else None
    start = min(t.i for t in ctx.parse.subtree(noun.i))
    if noun.dep == "appos" and head.pos != "VERB" and ctx.tok(start - 1).text == ",":
        # "sent troops to Lithuania, a move ...": the parser hangs the move on the last noun
        return _verb_up(ctx, head, 3)
    if head.pos not in ("VERB", "AUX"):
        return None
    if noun.dep in _OBJ | frozenset({"appos", "npadvmod"}) and start > head.i:
        if ctx.tok(start - 1).text == ",":
            return head  # "seized the tanker on Monday, a move ..."
        if noun.dep in _OBJ and head.lemma.lower() in ctx.rules.authoring_verbs:
            return head  # "Egypt unveiled a plan backed by France"
    return None


def _matched_object(ctx: _Ctx, verb: Token, pattern: Pattern, passive: bool) -> Token | None:
    """The object noun a light-verb pattern needs ("impose sanctions"), or None."""
    for c, lemma, text in _memo(ctx, _object_candidates, verb, passive):
        if lemma in pattern.objects or text in pattern.objects:
            return c
        named = ctx.by_token.get(c.i)
        if "territory" in pattern.objects and named is not None and named.actor is not None:
            if named.actor.principal in _territories():
                return c  # "returned Hong Kong to China": a land named by its own code
    return None


def _object_candidates(ctx: _Ctx, verb: Token, passive: bool) -> tuple[tuple[Token, str, str], ...]:
    """The nouns a light-verb pattern's object may be (_matched_object), in the order they are
    tried, each with its lemma and lowercase text: the same for every pattern of the verb."""
    cands = ctx.kids(verb.i, _PASSIVE_SUBJ if passive else _OBJ)
    if passive:
        # "was refused entry by Belarus": an object the passive keeps (_retained_object)
        cands += ctx.kids(verb.i, _OBJ)
    else:
        cands += ctx.kids(verb.i, frozenset({"attr"}))  # "became a full member of BRICS"
    contact = _contact_clause(ctx, verb)
    if contact is not None:
        cands.append(contact[1])  # "the aid package Egypt sent to Sudan"
    elif verb.dep in ("relcl", "acl") and verb.head != verb.i and _cut_subject(ctx, verb) is None:
        cands.append(ctx.tok(verb.head))  # "sanctions imposed by X on Y"
        if verb.dep == "relcl" and passive:
            # "duties on Chinese cars, which were imposed by the EU": the clause hung on the
            # last noun of the phrase may tell the phrase's head
            cands += _phrase_head(ctx, ctx.tok(verb.head))
    elif verb.dep == "amod" and (_rootless_subject(ctx, verb) or _hyphen_agent(ctx, verb)):
        # "Azerbaijan hosted talks between ...": a misread root; "Qatar-brokered talks"
        cands.append(ctx.tok(verb.head))
    elif _loose_participle(ctx, verb):
        # "talks hosted by Ghana and mediated by Qatar": a joined participle's noun
        noun = _participle_noun(ctx, verb)
        if noun is not None:
            cands.append(noun)
    adverbial = _adverbial_patient(ctx, verb) if passive else None
    if adverbial is not None:
        cands.append(adverbial)  # "Mediated by Qatar, the talks between A and B ended"
    if not passive and verb.lemma.lower() in ctx.rules.permitting_verbs:
        # "allowed U.N. aid convoys to enter": the infinitive's subject is what is allowed
        for c in ctx.kids(verb.i, frozenset({"ccomp", "xcomp"})):
            if _infinitive(ctx, c):
                cands += ctx.kids(c.i, _SUBJ)
    for k in (h for p in _with_particles(ctx, verb) for h in ctx.kids(p.i, _PREP_KIDS)):
        if k.lemma.lower() in ("with", "in", "of", "to", "into", "on"):  # "agreed on sanctions"
            cands += _pobjs(ctx, k)
    more = []
    for c in cands:
        more += _conjuncts(ctx, c)
        for k in ctx.kids(c.i, frozenset({"prep"})):
            if k.lemma.lower() in ("in", "of"):
                more += _pobjs(ctx, k)
        more += ctx.kids(c.i, frozenset({"compound"}))
    return tuple((c, _noun_lemma(ctx, c), c.text.lower()) for c in cands + more)


def _act_antecedent(ctx: _Ctx, noun: Token, opener: Token, clause: Token | None = None) -> Token:
    """The act noun a clause set off by a comma tells of, when the parser hung the clause on
    the last name of the act's phrase ("Israel's strike on Syria, condemned by France": the
    strike is condemned, not Syria); else the noun itself.

    With a relative pronoun (clause given) only a reaction (reaction_roots, or praise: 05)
    is re-aimed, its "be" agreeing with the act noun and no charge named ("which was accused
    by Kyiv of war crimes" accuses the place; "which was attacked by Turkey" attacks it)."""
    if opener.i == 0 or ctx.tok(opener.i - 1).text != ",":
        return noun
    heads = _phrase_head(ctx, noun)
    if not heads:
        return noun
    act = heads[0]
    lemma = act.lemma.lower()
    if clause is None:
        return act if lemma in ctx.rules.act_nouns else noun
    if lemma not in ctx.rules.act_nouns and not _act_roots(ctx, lemma) - {"**"}:
        return noun
    if not _act_roots(ctx, clause.lemma.lower()) & (ctx.rules.reaction_roots | {"05"}):
        return noun
    if not _agrees(ctx, act, clause) or _preps(ctx, clause, frozenset({"of", "for"})):
        return noun
    return act


def _agrees(ctx: _Ctx, noun: Token, clause: Token) -> bool:
    """Whether a relative clause's "be" agrees in number with a common noun ("diplomats,
    which was" does not); a name or a clause with no "be" agrees."""
    if noun.pos == "PROPN" or noun.i in ctx.by_token:
        return True
    plural = noun.tag == "NNS"
    for a in ctx.kids(clause.i, frozenset({"aux", "auxpass"})):
        word = a.text.lower()
        if word in ("is", "was", "has") and plural:
            return False
        if word in ("are", "were", "have") and not plural:
            return False
    return True


def _relative_noun(ctx: _Ctx, noun: Token, opener: Token, clause: Token) -> bool:
    """Whether a relative pronoun stands for the noun its clause hangs on. A "which" set off
    by a comma after an object may tell of the whole act before it ("Israel struck targets
    in Lebanon, which was condemned by France"): it stands for the noun only when that noun
    heads, or hangs in, its clause's subject, or is an appositive name, and agrees with it."""
    if opener.text.lower() != "which" or opener.i == 0 or ctx.tok(opener.i - 1).text != ",":
        return True
    if not _agrees(ctx, noun, clause):
        return False
    cur = noun
    for _ in range(8):
        if cur.dep in _SUBJ | _PASSIVE_SUBJ or cur.head == cur.i:
            return True
        if cur.dep == "appos":
            return noun.pos == "PROPN" or noun.i in ctx.by_token
        if cur.dep not in ("pobj", "prep", "compound", "poss", "conj", "amod", "nmod"):
            return False
        head = ctx.tok(cur.head)
        if cur.dep == "pobj" and head.head != head.i and ctx.tok(head.head).pos in ("VERB", "AUX"):
            return False  # "struck targets in Lebanon": in the verb's own phrase
        cur = head
    return False


def _phrase_head(ctx: _Ctx, noun: Token) -> list[Token]:
    """The noun a prepositional phrase's object hangs on ("duties" of "duties on cars")."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return []
    prep = ctx.tok(noun.head)
    if prep.dep != "prep" or prep.head == prep.i:
        return []
    head = ctx.tok(prep.head)
    return [head] if head.pos in ("NOUN", "PROPN") else []


def _shared_objects(ctx: _Ctx, verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it ("condemned and protested X").

    Only a bare verb (no object, particle or clause of its own) right before "and"/"or" and a
    subjectless second verb shares; "met and later criticized X" does not.
    """
    if ctx.kids(verb.i, _OBJ | _CLIMB | {"ccomp", "prt", "dative", "prep"}):
        return []
    for c in ctx.kids(verb.i, frozenset({"conj"})):
        if c.pos != "VERB" or ctx.kids(c.i, _SUBJ | _PASSIVE_SUBJ):
            continue
        between = ctx.parse.tokens[verb.i + 1 : c.i]
        if all(t.dep == "cc" or t.pos == "PUNCT" for t in between):
            return ctx.kids(c.i, _OBJ)
    return []


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
    return None


def _time_noun(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun after a naming verb's object tells when, not what it is called ("called
    Kyiv's office a second time", "a day later")."""
    if t.lemma.lower() in ("time", *ctx.rules.duration_nouns):
        return True
    e = ctx.ent_of.get(t.i)
    return e is not None and e.label in ("DATE", "TIME", "ORDINAL")


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
        if c.i < verb.i or c.lemma.lower() not in ctx.rules.naming_verbs:
            continue
        if not any(w.lemma.lower() == "what" for w in ctx.kids(c.i, _OBJ)):
            continue
        out += ctx.kids(c.i, frozenset({"oprd"}))
        out += _preps(ctx, c, frozenset({"as"}))
    return out


def _has_need(ctx: _Ctx, verb: Token, need: str, pattern_words: frozenset[str]) -> bool:
    if need == "undone_clause":
        return _undone_clause(ctx, verb, pattern_words) is not None
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
            # "called Zelenskyy's office a second time": a call, no name given
            return not all(_time_noun(ctx, k) for k in named)
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
        )
    if need == "content_clause":
        # "said that X violates the rules": a factual, affirmed clause of the listed verbs
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
            misread = _word_form(ctx, c) in pattern_words and bool(
                ctx.kids(c.i, frozenset({"auxpass"}))
            )
            denied = _negated(ctx, c) or any(
                _negated(ctx, o) for o in ctx.kids(c.i, _OBJ | {"attr", "acomp", "xcomp"})
            )
            denied = denied or c.lemma.lower() in ctx.rules.blocking_governors  # "refused to"
            if denied and _negated(ctx, c) and _falls_short(ctx, c):
                # "the three countries were not doing enough to halt ...": a reproach
                heads, denied = heads | {"insufficient"}, False
            # a subject of its own, of the clause it is joined to, or a passive's agent
            subject = (
                ctx.kids(c.i, _SUBJ | frozenset({"agent"}))
                or (c.dep == "conj" and ctx.kids(c.head, _SUBJ))
                or (misread and ctx.kids(c.i, _PASSIVE_SUBJ))
            )
            if heads & pattern_words and subject and not denied:
                if not _has_modal(ctx, c):
                    return True
        return False
    if need in ("threat_clause", "harm_clause"):
        # "said Turkey would face consequences" (a future clause only), "said the move would
        # harm ties": a clause whose verb and one of its objects are both clause_words
        return _worded_clause(ctx, verb, pattern_words, need == "threat_clause")
    if need == "abet_clause":
        # "said Bogota was harbouring rebels", "said Algeria was supporting terrorist groups":
        # as a harm clause, the object's modifier may be the word
        return _worded_clause(ctx, verb, pattern_words, False, modifiers=True)
    if need == "role_clause":
        # "'Panama has chosen to serve as an instrument of the blockade,' the minister said",
        # "said Lithuania was a pawn of Washington": the role an affirmed, factual clause gives
        # its actor subject, as its predicate or as-phrase (of its verb or infinitive)
        for c in _content_clauses(ctx, verb):
            if _negated(ctx, c) or _has_modal(ctx, c):
                continue
            subjects = [ctx.by_token.get(k.i) for k in ctx.kids(c.i, _SUBJ)]
            if not any(m is not None and m.actor is not None for m in subjects):
                continue
            hosts = [c, *ctx.kids(c.i, frozenset({"xcomp"}))]
            roles = [k for h in hosts for k in ctx.kids(h.i, frozenset({"attr"}))] + [
                o
                for h in hosts
                for p in ctx.kids(h.i, frozenset({"prep"}))
                if p.lemma.lower() == "as"
                for o in _pobjs(ctx, p)
            ]
            if any(r.lemma.lower() in pattern_words and not _negated(ctx, r) for r in roles):
                return True
        return False
    if need == "obliged_clause":
        # "said China must return the ship": an active, affirmed clause with a modal of
        # obligation (from clause_words) whose subject is an actor
        for c in _content_clauses(ctx, verb):
            modal = any(a.dep == "aux" and a.text.lower() in pattern_words for a in ctx.kids(c.i))
            if modal and not _negated(ctx, c) and ctx.kids(c.i, _SUBJ):
                return True
        return False
    if need == "own_deed":
        # "expressed regret to Seoul for its wartime actions": the for-phrase names the
        # subject's own deed (a possessor standing for the subject, or "own"); regret "over"
        # an act, or for a decision or plan ("for its decision": whose is unclear), judges it
        doers = {_principal(m) for m in _actors(ctx, _subject_tokens(ctx, verb), "source")} - {""}
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
        named = [
            t for o in phrase for t in (o, *ctx.kids(o.i, frozenset({"amod", "compound"})))
        ] + [
            a
            for h in bases[1:]
            for a in ctx.kids(h.i, frozenset({"amod", "acomp"}))
            if not _negated(ctx, a)
            if any(k.lemma.lower() == "as" for k in ctx.kids(a.i, frozenset({"advmod", "prep"})))
        ]
        return any(t.lemma.lower() in pattern_words and t.pos in ("NOUN", "ADJ") for t in named)
    if need == "xcomp":
        return any(
            k.dep == "xcomp" or _infinitive(ctx, k)
            for k in ctx.kids(verb.i, frozenset({"xcomp", "advcl", "ccomp"}))
        ) or (_stray_infinitive(ctx, verb) is not None)
    return bool(ctx.kids(verb.i, frozenset({need})))


def _charge_objects(ctx: _Ctx, verb: Token) -> set[str]:
    """What a light verb's object names ("was committing genocide", "engaged in piracy",
    "carried out acts of sabotage", "continue the ripoff of America"): the object, the object
    of "in", and the of-phrase of either."""
    objs = ctx.kids(verb.i, _OBJ) + [
        o
        for p in ctx.kids(verb.i, frozenset({"prep"}))
        if p.lemma.lower() == "in"
        for o in _pobjs(ctx, p)
    ]
    ofs = [
        g
        for o in objs
        for p in ctx.kids(o.i, frozenset({"prep"}))
        if p.lemma.lower() == "of"
        for g in _pobjs(ctx, p)
    ]
    return {o.lemma.lower() for o in objs + ofs}


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


def _worded_clause(
    ctx: _Ctx, verb: Token, words: frozenset[str], future: bool, modifiers: bool = False
) -> bool:
    """Whether a reported, affirmed clause with a subject has a verb and an object (or adverb or
    predicate: "would pay dearly", "would be held responsible") that are both of the words,
    with a future modal when asked, or (``modifiers``: a charge against the actor the subject
    names) an object whose modifier is one ("terrorist groups"). A comparative cost ("would
    pay higher prices") judges nothing."""
    for c in _content_clauses(ctx, verb):
        subject = ctx.kids(c.i, _SUBJ | _PASSIVE_SUBJ)
        if modifiers and not any(
            (m := ctx.by_token.get(s.i)) is not None and m.actor is not None for s in subject
        ):
            continue  # "said the agreement, signed in Beijing, broke a commitment"
        if c.lemma.lower() in ctx.rules.continuing_verbs and not _negated(ctx, c):
            # "said Pakistan continued to sponsor terrorism": the act it goes on doing
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
            if p.lemma.lower() == "with"
            for o in _pobjs(ctx, p)
        ]
        objs = ctx.kids(c.i, _OBJ | frozenset({"advmod", "oprd", "acomp"})) + met
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


def _stray_infinitive(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb's infinitive complement misread as a modifier of an adverbial set before it.

    "urged Rabat at the time to withdraw", "asked Cairo in a letter to release ...": the parser
    hangs "to withdraw" on "time" or "letter". Only after an actor the verb takes as object,
    when the verb has no infinitive of its own and the noun is no possessed or deciding noun
    ("pressed Rabat on its plan to withdraw" is about the plan).
    """
    if any(
        k.dep == "xcomp" or _infinitive(ctx, k)
        for k in ctx.kids(verb.i, frozenset({"xcomp", "advcl", "ccomp"}))
    ):
        return None
    preps = ctx.kids(verb.i, frozenset({"prep"}))
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
    return None


def _falls_short(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause says its subject does not do enough ("not doing enough to stop")."""
    return any(
        k.lemma.lower() in ctx.rules.sufficiency_words
        for k in ctx.kids(clause.i, _OBJ | {"advmod", "acomp", "attr"})
    )


def _fits(ctx: _Ctx, verb: Token, pattern: Pattern) -> bool:
    """The structural conditions of a verb pattern (needs, forbids, particles)."""
    if any(not _has_need(ctx, verb, n, pattern.clause_words) for n in pattern.needs):
        return False
    if pattern.forbid and _forbidden(ctx, verb, pattern.forbid):
        return False
    if pattern.prep and not any(
        k.lemma.lower() in pattern.prep
        for k in ctx.kids(verb.i, frozenset({"prep", "prt", "agent", "dative", "advmod"}))
    ):
        # "will hand over 37 detainees": the particle misread as the number's "over"
        nxt = ctx.tok(verb.i + 1) if verb.i + 1 < len(ctx.parse.tokens) else None
        if nxt is None or nxt.tag != "RP" or nxt.lemma.lower() not in pattern.prep:
            return False
    return not (pattern.no_object and ctx.kids(verb.i, _OBJ))


def _forbidden(ctx: _Ctx, verb: Token, forbid: tuple[str, ...]) -> bool:
    """Whether a verb has a relation its pattern forbids (_fits; most patterns forbid none,
    and only a few name a child's child, so those scans run only for them)."""
    banned = [k for k in ctx.kids(verb.i) if k.dep in forbid]
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
    if f"^{verb.dep}" in forbid:
        return True  # "^advcl": the verb's own relation ("objections to Finland joining NATO")
    # "Finland, which joined NATO in 2023, said ...": a portrait of Finland
    return "^relcl>nsubj" in forbid and _describing_clause(ctx, verb)


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

    def own(m: Mention, c: Token) -> bool:
        last = ctx.tok(m.token_end - 1)
        return m.token_start <= c.i < m.token_end or (last.dep == "nmod" and last.head == c.i)

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
    heads = ctx.rules.role_nouns | ctx.rules.agent_nouns
    if pattern.target_kind == "ties":
        heads = heads.union(*(r.words for r in pattern.refine))
    if top.pos == "NOUN":
        # a mention that spans its own noun ("Polish firms", "Chinese warships")
        return top.lemma.lower() in heads
    if top.head != top.i and ctx.tok(top.head).lemma.lower() in heads:
        return True
    if pattern.target_kind == "force":
        return False
    own = any(c.i in inside for t in slots for c in _conjuncts(ctx, t))
    return own or top.dep == "poss"


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


def _targets(
    ctx: _Ctx, verb: Token, obj: Token | None, pattern: Pattern, skip_dobj: bool
) -> tuple[list[Mention], str]:
    """The target mentions and the slot that gave them."""
    for slot in pattern.target:
        if skip_dobj and slot == "dobj":
            continue
        places = pattern.place_target or slot == "obj_place"
        tokens = _slot_tokens(ctx, verb, obj, slot)
        if slot.split(":")[0] in _NEAREST_SLOTS:
            # searched slots: the nearest phrase with an actor, not every actor below (the
            # nearest phrase alone for a head_target pattern: "in the talks in Brussels")
            for t in tokens[:1] if pattern.head_target else tokens:
                found = _slot_actors(ctx, pattern, [t], places)
                if found:
                    return found, slot
            continue
        found = _slot_actors(ctx, pattern, tokens, places)
        if slot in ("dobj", "dobj_other") and pattern.code[:2] in ("03", "07"):
            found = [m for m in found if not _goods_origin(ctx, m)]
        if not found and slot in ("obj_mod", "dobj") and (pattern.objects or slot == "dobj"):
            # "Greece said Turkish jets had violated its airspace", "had seized its boats"
            others = ctx.rules.membership_nouns | ctx.rules.no_possessor_nouns  # "its allies"
            owners = [
                k
                for t in tokens
                if t.lemma.lower() not in others
                for k in ctx.kids(t.i, frozenset({"poss"}))
            ]
            owners = tokens if slot == "obj_mod" else owners
            found = [m for t in owners if (m := _speakers_own(ctx, verb, t)) is not None]
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
    if any(k.lemma.lower() == "own" for k in ctx.kids(poss.head, frozenset({"amod"}))):
        return None
    m = ctx.by_token.get(poss.i)
    clause = verb
    while clause.dep == "conj" and clause.head != clause.i:
        clause = ctx.tok(clause.head)
    if m is None or m.actor is None or clause.dep not in ("ccomp", "advcl"):
        return None
    said = ctx.tok(clause.head)
    if clause.dep == "advcl":
        # "South Korea protested after Chinese ships entered its waters": the reactor's own
        marks = {k.lemma.lower() for k in ctx.kids(clause.i, frozenset({"mark"}))}
        if not marks & ctx.rules.answered_marks or clause.i < said.i:
            return None
    elif said.lemma.lower() not in ctx.rules.speech_verbs or clause.head == clause.i:
        return None
    speakers = _actors(ctx, _subject_tokens(ctx, said), "source")
    own = m.actor.principal
    return m if any(s.actor is not None and s.actor.principal == own for s in speakers) else None


def _giving_slot(ctx: _Ctx, slot: str) -> bool:
    """Whether a slot names a giver only ("prep:from"): its actor is a reverse pattern's source."""
    name, _, arg = slot.partition(":")
    lemmas = frozenset(arg.split("|")) if arg else frozenset()
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
    before (negotiation_nouns): "the talks" are, "the summit", "the meeting" gather many."""
    return obj is not None and _noun_lemma(ctx, obj) in ctx.rules.negotiation_nouns


def _brokered_deal(ctx: _Ctx, obj: Token | None) -> bool:
    """Whether a go-between's or witness's object is a deal (agreement_nouns), whose sides,
    like those of talks, may be told before: "Turkey brokered the deal", "The truce was
    mediated by Qatar", "The accord was witnessed by Egypt's president"."""
    return obj is not None and _noun_lemma(ctx, obj) in ctx.rules.agreement_nouns


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
        if head.pos in ("VERB", "AUX") and cur.dep in ("dobj", "pobj", "prep"):
            if head.lemma.lower() not in hosts and head.dep == "xcomp" and head.head != head.i:
                # "agreed to reopen the border after talks mediated by Qatar"
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
            return _actors(ctx, sides, "target")
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
    visit", "flew in on a two-day trip" (visit_nouns after "for" or "on"); "for a visit to
    Uganda" names its own place."""
    return any(
        p.lemma.lower() in ctx.rules.visit_nouns and not ctx.kids(p.i, frozenset({"prep"}))
        for k in ctx.kids(verb.i, frozenset({"prep"}))
        if k.lemma.lower() in ("for", "on")
        for p in _pobjs(ctx, k)
    )


def _dateline_host(ctx: _Ctx) -> list[Mention]:
    """The state of the article's dateline ("NAIROBI —", "Nairobi, Kenya —"), the place a
    visit with no place named is made to; none without a dateline."""
    sents = ctx.parse.sentences
    if ctx.first_body >= len(sents):
        return []
    start = sents[ctx.first_body].token_start
    toks = ctx.parse.tokens[start : start + 8]
    dash = next((t.i for t in toks if t.text in _DASHES and t.i > start), None)
    if dash is None:
        return []
    words = []
    for t in ctx.parse.tokens[start:dash]:
        if t.text == "," or "\n" in t.text:
            break
        if t.pos not in ("PROPN", "SPACE") and not t.text.isupper():
            return []  # "Japan's envoy — who ...": a sentence, no dateline
        words.append(t.text)
    place = resolve_place(" ".join(words))
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
            " ".join(words),
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
    partners = _preps(ctx, host, withs) + [
        p for o in ctx.kids(host.i, _OBJ) for p in _preps(ctx, o, withs)
    ]  # "signed a treaty with Chile, with Brazil serving as mediator"
    subjects = _subject_tokens(ctx, host) + _co_subjects(ctx, host)
    return _actors(ctx, subjects + partners, "target")


def _future_clause(ctx: _Ctx, verb: Token) -> bool:
    """Whether a that-clause under verb speaks of the future ("... will be used")."""
    modals = ctx.rules.modals
    for c in _content_clauses(ctx, verb):
        for t in ctx.parse.subtree(c.i):
            if t.dep == "aux" and (t.lemma.lower() in modals or t.text.lower() in modals):
                return True
    return False


# ---------------------------------------------------------------- announced measures

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
    if _future_aux(ctx, t) and any(
        a.lemma.lower() == "have" for a in ctx.kids(t.i, frozenset({"aux"}))
    ):
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


def _inverted(ctx: _Ctx, clause: Token) -> bool:
    """Whether a clause opens with its auxiliary ("should the attacks continue", "had they
    attacked"): a condition."""
    subjects = ctx.kids(clause.i, _SUBJ | _PASSIVE_SUBJ)
    return bool(subjects) and any(
        a.i < subjects[0].i for a in ctx.kids(clause.i, frozenset({"aux"}))
    )


def _own_announcement(ctx: _Ctx, head: Token) -> bool:
    """Whether a will/would clause is told by its own actor: "Algeria said it would close its
    border" (a pronoun for the speaker, or the speaker's own actor), not "Algeria said Mali
    would close its border"."""
    if head.dep != "ccomp" or head.head == head.i:
        return False
    say = ctx.tok(head.head)
    if say.lemma.lower() not in ctx.rules.announcing_verbs or _negated(ctx, say):
        return False
    speakers = {_principal(m) for m in _announcers(ctx, say)}
    subjects = ctx.kids(head.i, _SUBJ)
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
    infinitive = verb.dep == "xcomp" or (verb.dep == "ccomp" and _infinitive(ctx, verb))
    if verb.dep == "advcl" and _infinitive(ctx, verb) and _marked(ctx, verb, "for"):
        infinitive = True
    if not infinitive or verb.head == verb.i:
        return None
    bind = ctx.tok(verb.head)
    if bind.lemma.lower() not in ctx.rules.binding_verbs:
        return None
    subjects = ctx.kids(bind.i, _SUBJ)
    if not any(s.lemma.lower() in ctx.rules.agreement_nouns for s in subjects):
        return None
    return bind


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
    if state != _FUTURE or not _told_clause(ctx, head):
        return False
    preps = ctx.rules.agreement_preps  # "According to the deal": the lemma is "accord"
    return any(
        (p.lemma.lower() in preps or p.text.lower() in preps)
        and any(_signed_deal(ctx, n) for n in ctx.parse.subtree(p.i) if n.i != p.i)
        for t in (verb, head)
        for p in ctx.kids(t.i, frozenset({"prep"}))
    )


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
    marks = ctx.rules.condition_marks | ctx.rules.exception_marks
    if any(_conditioned(ctx, t, marks) for t in (verb, head)):
        return False  # "would close the border if the attacks go on": a threat
    return (
        _own_announcement(ctx, head)
        or bool(_announced_passive(ctx, verb))
        or any(_agreed_term(ctx, t) or _dated_start(ctx, t) for t in (verb, head))
    )


def _announced_passive(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The state that announces an agentless will/would passive measure on its own ground:
    "Peru said Chilean ships would be barred from its ports" is Peru's act, as "said it would
    bar" is; the clause must name the speaker's own ground ("its ports", "Peruvian
    airspace"), so "the EU said Chilean ships would be barred" or "analysts said ..." give
    nothing, and never on a condition."""
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
        return []
    return speakers[:1]


def _generic_object(ctx: _Ctx, obj: Token) -> bool:
    """Whether a measure's object is whoever may meet a condition, not someone in hand: under
    a generic determiner ("any British tanker", "every soldier") or an indefinite noun that
    a clause restricts ("soldiers who cross the border", "ships entering its waters")."""
    dets = {d.lemma.lower() for d in ctx.kids(obj.i, frozenset({"det", "predet"}))}
    if dets & ctx.rules.generic_determiners:
        return True
    if dets & ctx.rules.definite_determiners or ctx.kids(obj.i, frozenset({"poss"})):
        return False
    return obj.pos == "NOUN" and bool(ctx.kids(obj.i, frozenset({"relcl", "acl"})))


def _agreed_measure(ctx: _Ctx, verb: Token) -> bool:
    """Whether a measure is what its actor agreed to ("Algeria agreed to close its border with
    Mali"): a term of a deal told as done, not a plan ("will agree to", "expected to agree")."""
    if verb.dep != "xcomp" or verb.head == verb.i:
        return False
    head = ctx.tok(verb.head)
    marks = ctx.rules.condition_marks | ctx.rules.exception_marks
    return (
        head.lemma.lower() in ctx.rules.deciding_words
        and _modality(ctx, head) is None
        and not any(_conditioned(ctx, t, marks) for t in (verb, head))
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


_R = TypeVar("_R")


def _memo(ctx: _Ctx, fn: Callable[..., _R], t: Token, *args: object) -> _R:
    """``fn(ctx, t, *args)`` once per token: _sentence_hits tries up to 32 patterns on one verb,
    and what does not depend on the pattern is the same for each. Only for helpers that read
    nothing of ctx that changes but dateline_end (part of the key) and return what no caller
    mutates."""
    key = (fn, t.i, ctx.dateline_end, args)
    out = ctx.memo.get(key, _UNSET)
    if out is _UNSET:
        out = ctx.memo[key] = fn(ctx, t, *args)
    return out  # type: ignore[no-any-return]


_UNSET = object()  # no entry in ctx.memo yet


def _remark_withheld(ctx: _Ctx, verb: Token) -> bool:
    """ "declined to comment on Libya's request": a remark withheld, no act (no object)."""
    return not ctx.kids(verb.i, _OBJ) and any(
        x.lemma.lower() in ctx.rules.remark_verbs for x in ctx.kids(verb.i, frozenset({"xcomp"}))
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
        or hyphened
    ) and _contact_clause(ctx, verb) is None  # "the sanctions the EU imposed": active


def _verb_hits(ctx: _Ctx, verb: Token, pattern: Pattern) -> list[_Hit]:
    """Events one verb pattern yields at one trigger token (empty when it does not fit)."""
    # "Qatar-brokered talks": the name before the hyphen is the agent (sided codes only)
    hyphened = _memo(ctx, _hyphen_agent, verb) if pattern.objects else None
    passive = _memo(ctx, _passive_trigger, verb, hyphened is not None)
    # a light-verb pattern's object is checked first: most patterns tried on a verb name none
    # of its objects (every check before the hits is a pure test, so their order is free)
    obj = _matched_object(ctx, verb, pattern, passive) if pattern.objects else None
    if pattern.objects and obj is None:
        return []
    if not _fits(ctx, verb, pattern) or (
        pattern.when_negated != _memo(ctx, _negated, verb)
        and not _refusal(ctx, verb, pattern, pattern.code)
    ):
        return []
    if _memo(ctx, _remark_withheld, verb):
        return []  # "declined to comment on Libya's request": a remark withheld, no act
    modified = _memo(ctx, _participle_noun, verb)
    adverbial = _memo(ctx, _adverbial_patient, verb)  # "After being summoned by X, the envoy"
    if not pattern.objects:
        direct = ctx.kids(verb.i, _PASSIVE_SUBJ if passive else _OBJ)
        direct = direct or ([] if passive else _misread_head(ctx, verb))
        obj = direct[0] if direct else None
        if obj is None and adverbial is not None and _negotiation(ctx, adverbial):
            obj = adverbial  # "Mediated by Qatar, the talks between A and B ended"
    words = _lemmas_under(ctx, verb)
    if pattern.object_words and not (words & pattern.object_words):
        return []
    # a naming verb's unless_words judge the name given, never the thing named: "called that
    # step a provocation" (unlike "called the deal a step forward")
    things = {o.lemma.lower() for o in ctx.kids(verb.i, _OBJ)} if "oprd" in pattern.needs else set()
    if pattern.unless_words and (words - things) & pattern.unless_words:
        return []
    code = _refined(pattern, {obj.lemma.lower()} if pattern.refine_object and obj else words)
    if code[:2] in ctx.rules.demand_roots and _asserted_clause(ctx, verb):
        return []
    state = _blocked(ctx, verb, pattern)
    if state == _BLOCK and _refusal(ctx, verb, pattern, code):
        code, state = _REFUSAL, None  # "Kazakhstan will not recognize the new government"
    if (
        state is not None
        and code[:2] in ctx.rules.agreed_kept_roots
        and _signed_term(ctx, verb, state)
    ):
        state = None  # "Under the accord, Turkey will supply gas to Iraq": a term of a deal
    elif state is not None and _binding_deal(ctx, verb) is not None:
        return []  # "a draft accord would commit France to ...": the party does nothing yet
    if state == _BLOCK:
        return []
    if state in (_INTENT, _FUTURE) and pattern.no_intent:
        return []
    if state in (_INTENT, _FUTURE) and pattern.future_code:
        code = pattern.future_code  # "will take necessary measures" threatens
        state = None
    measure = any(code.startswith(r) for r in ctx.rules.announced_kept_roots)
    kept = (
        state == _FUTURE
        and (code[:2] in ctx.rules.future_kept_roots or (measure and _announced_measure(ctx, verb)))
        # "would seize any British tanker entering its waters": on a condition, a threat
        and not any(_generic_object(ctx, o) for o in ctx.kids(verb.i, _OBJ))
    ) or (state == _INTENT and measure and _agreed_measure(ctx, verb))
    if state in (_INTENT, _FUTURE) and code[:2] not in ("03", "13") and not kept:
        remapped = intent_code(code, ctx.rules)
        if remapped is None:
            return []
        code = remapped

    if hyphened is not None and not _sided(ctx, pattern, code, obj):
        return []  # "Russia-backed rebels", "a U.S.-drafted resolution": no act told
    agents = [p for a in ctx.kids(verb.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
    agents += [hyphened] if hyphened is not None else []
    if passive and not agents:
        # "Sanctions were slapped on Iranian firms by Washington": a late "by" parsed as a
        # preposition is the agent all the same
        # ("was declared persona non grata by Mexico": or hung on the predicate noun)
        # ("was refused entry by Belarus": or on the object the passive keeps)
        hosts = [verb, *ctx.kids(verb.i, frozenset({"oprd"}) | _OBJ)]
        # ("was threatened with retaliation by North Korea", "shells were fired toward the
        # islands by North Korea": or on the object of the verb's own later phrase, unless
        # that is an act with an agent of its own: "criticised for the killing by police")
        hosts += [
            p
            for k in ctx.kids(verb.i, frozenset({"prep"}))
            if k.i > verb.i
            for p in _pobjs(ctx, k)
            if p.lemma.lower() not in ctx.patterns.nouns
            and p.lemma.lower() not in ctx.rules.act_nouns
        ]
        agents = [
            p
            for h in hosts
            for a in ctx.kids(h.i, frozenset({"prep"}))
            if a.lemma.lower() == "by"
            for p in _pobjs(ctx, a)
        ]
    if passive and not agents and pattern.reciprocal and pattern.objects:
        passive = False  # stative "are engaged in battles": the patient is the actor
        sources = _actors(ctx, ctx.kids(verb.i, _PASSIVE_SUBJ), "source")
        if not sources and state is None and obj is not None:
            # "The treaty between Rwanda and Congo was signed on Monday": the deal's sides
            sources = _actors(ctx, _preps(ctx, obj, frozenset({"between"})), "source")
        if not sources and state is None and obj is not None:
            sources = _actors(ctx, _deal_user(ctx, verb, obj), "source")
        targets, slot = _targets(ctx, verb, obj, pattern, skip_dobj=True)
    elif passive and pattern.reverse:
        # "Canada is disappointed by Trump's actions": the patient reacts to the agent
        sources = _actors(ctx, ctx.kids(verb.i, _PASSIVE_SUBJ), "source")
        targets = _actors(ctx, agents, "target") or _targets(ctx, verb, obj, pattern, True)[0]
        slot = ""
    elif passive:
        sources = _actors(ctx, agents, "source")
        if not sources and not agents and state == _FUTURE and kept:
            sources = _announced_passive(ctx, verb)  # "said Chilean ships would be barred"
        if not sources and code in ctx.rules.admission_codes:
            sources = _admitting_body(ctx, verb)
        if not sources and not agents and state is None and modified is not None:
            sources = _actors(ctx, _deal_user(ctx, verb, modified), "source")
        patient = [_act_antecedent(ctx, modified, verb)] if modified is not None else []
        patient = patient or ctx.kids(verb.i, _PASSIVE_SUBJ)
        patient += [adverbial] if adverbial is not None else []
        targets, slot = _targets(ctx, verb, obj, pattern, skip_dobj=True)
        if targets and sources and pattern.target[:1] == ("dobj",) and not pattern.objects:
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
            if (parties == [] or finite) and pattern.objects and state is None and before:
                # "The talks, hosted by Oman, ended": the sides told before
                return [_Hit(pattern, code, verb, s, None, "mediation") for s in sources]
            targets = parties or []
        elif not targets and (not pattern.objects or _retained_object(ctx, verb, obj)):
            targets = _actors(ctx, patient, "target", pattern.place_target)
            if modified is not None:
                # "a step welcomed by Israel and condemned by ...": who reacts is no author
                reactors = _participle_agents(ctx, modified)
                targets = [t for t in targets if t.id not in reactors]
        summed = _summed_clause(ctx, modified) if modified is not None and agents else None
        if not targets and summed is not None and not pattern.objects:
            # "moved its embassy, in a step welcomed by Israel": the step is the clause's act
            targets = _actors(ctx, _subject_tokens(ctx, summed), "target")
    else:
        subjects = _subject_tokens(ctx, verb) + _co_subjects(ctx, verb)
        sources = _actors(ctx, subjects + _parallel_subjects(ctx, verb), "source")
        if not sources and state is None and verb.dep == "acl" and pattern.reciprocal:
            sources = _actors(ctx, _deal_user(ctx, verb, ctx.tok(verb.head)), "source")
        targets, slot = _targets(ctx, verb, obj, pattern, skip_dobj=False)
        if not targets and code in ctx.rules.mediation_codes:
            targets = _absolute_parties(ctx, verb)
        if not targets and not pattern.reciprocal:
            targets = _host_targets(ctx, verb)
        if not targets and not pattern.reciprocal and obj is not None and pattern.objects:
            targets = _office_hosts(ctx, code, subjects, sources, verb)
        if not targets and obj is not None and _giving(ctx, pattern, code, obj):
            targets = _absolute_recipients(ctx, verb)  # "..., with Japan lending $1 billion"
        if not targets and pattern.place_target and _for_visit(ctx, verb):
            targets = _dateline_host(ctx)  # "who arrived on Sunday for a three-day visit"
        if not targets and not pattern.reciprocal:
            targets = _response_targets(ctx, verb, code[:2] in ctx.rules.reaction_roots)
        if not targets and not pattern.reciprocal and code[:2] in ctx.rules.deed_roots:
            heads = ctx.kids(verb.i, _OBJ) + [
                p for k in ctx.kids(verb.i, frozenset({"prep"})) for p in _pobjs(ctx, k)
            ]
            targets = _accuser_own(ctx, verb, heads)
    if not sources and not agents and targets and pattern.reciprocal:
        sources = _host_party(ctx, verb)  # "Syria unveiled a plan agreed with Jordan"
    timed = all(_time_noun(ctx, a) for a in agents)  # "was extended by one year": no agent
    if passive and not sources and timed and state is None and pattern.objects:
        # "Saudi Arabia banned Lebanese fruit ... The ban was imposed in 2021": the doer told
        doers = _told_doers(ctx, verb, obj, targets)
        if doers:
            return [_Hit(pattern, code, verb, s, t) for s, t in doers]
    if passive and not sources and timed and state is None and code[:3] == "160":
        # "A British journalist was denied entry to Russia", "was barred from entering India":
        # the state whose door is shut shut it
        outside = _actors(ctx, ctx.kids(verb.i, _PASSIVE_SUBJ), "target")
        shut = _entered_states(ctx, verb, pattern)
        return [
            _Hit(pattern, code, verb, s, t) for s in shut for t in outside if _differ(ctx, s, t)
        ]
    if passive and not sources and not agents and targets and state is None:
        if (
            code[:2] in ctx.rules.counterpart_roots
            and not pattern.reverse
            and _told(ctx, verb)
            and {t.id for t in targets} == {m.id for m in _actors(ctx, patient, "target")}
        ):
            # "Poland's ambassador was summoned": by the counterpart of the one acted on
            return [_Hit(pattern, code, verb, t, None, "patient") for t in targets]
    if slot == "ccomp_actor" and pattern.factual_ccomp_code and not _future_clause(ctx, verb):
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
        # '"If Minsk does not stop, we will respond"': only the speaker's own words do the act
        sources = [s for s in sources if s.text.lower() in ctx.rules.first_person]
    elif pattern.subject:
        sources = [s for s in sources if s.kind in _PERSONISH or s.kind in pattern.subject]
    if pattern.subject_roles:
        sources = [s for s in sources if _role_fits(ctx, pattern, s, verb)]
    if pattern.object_kinds:
        targets = [t for t in targets if _kind_fits(t, pattern.object_kinds)]
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
    hits = [_Hit(pattern, code, verb, s, t) for s in sources for t in targets if _differ(ctx, s, t)]
    hits += _mirrored(ctx, verb, hits) + _gapped(ctx, hits)
    if not hits and code[:2] in ctx.rules.partner_roots:
        hits = [_Hit(pattern, code, verb, s, t) for s in sources for t in _partners(ctx, verb, s)]
    if (
        not hits
        and not targets
        and len(sources) > 1
        and _each_other(ctx, verb)
        and not _game_pair(ctx, sources, code)
    ):
        # "India and Canada expelled each other's diplomats": every pair both ways
        return [
            _Hit(pattern, code, verb, s, t) for s in sources for t in sources if _differ(ctx, s, t)
        ]
    if (
        not hits
        and not targets
        and pattern.reciprocal
        and len(sources) > 1
        and not _unknown_partner(ctx, verb)
        and not _game_pair(ctx, sources, code)
        # "a deal brokered by Turkey and the United Nations": co-mediators, no pair
        and verb.lemma.lower() not in ctx.rules.brokering_verbs
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
            return []  # "Lawmakers criticized the government": their own state's, domestic
        if not targets and code[:2] in ctx.rules.calming_roots and words & ctx.rules.calming_words:
            # "France urged both sides to show restraint": the sides of the conflict just told
            return [_Hit(pattern, code, verb, s, None, "sides") for s in sources]
        if (
            not targets
            and obj is not None
            and not pattern.reverse
            and _giving(ctx, pattern, code, obj)
        ):
            # "Washington delivered the first helicopters": to the buyer named before;
            # "Germany pledged 10 million euros": to the one state the story is about; a
            # receiver with no giver named ("Fiji has received grants") gives nothing
            act = obj.lemma.lower()
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
        if not targets and state is None and "content_clause" in pattern.needs:
            # "Ottawa said Beijing's decision was unjustified": the doer its act noun names
            authors = _clause_authors(ctx, verb)
            if authors:
                return [
                    _Hit(pattern, code, verb, s, t)
                    for s in sources
                    for t in authors
                    if _differ(ctx, s, t)
                ]
        if not targets and state is None and clause_act is not None:
            said = clause_act.lemma.lower()
            if said in ctx.rules.deed_nouns:
                # "Tripoli said the move was unjustified": the deed just told, as "called the
                # move unjustified" answers it (else its telling, as below)
                deed = ctx.rules.reaction_matches.get(said, frozenset())
                return [
                    _Hit(pattern, code, verb, s, None, "deed", deed, noun=clause_act.i)
                    for s in sources
                ]
            # "China said the pact undermined regional stability": the pact's authors
            return [_Hit(pattern, code, verb, s, None, "told", noun=clause_act.i) for s in sources]
        if not targets and state is None and "content_clause" in pattern.needs:
            if _clause_it(ctx, verb, sources, pattern.clause_words):
                # "Tripoli said it was a violation of international law": the act just told,
                # as "called it a violation" answers it
                it = ctx.rules.reaction_matches["pronoun"]
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
        ):
            # "Athens lodged a protest": the noun is this act, not an earlier one; with no
            # target it answers the hostile act just told, as "Seoul condemned." does
            obj = None
        kind = _context_kind(ctx, code, obj, pattern, verb)
        if (
            not kind
            and not targets
            and state is None
            and _counterpart_fits(ctx, code, obj, verb, pattern)
        ):
            kind = "counterpart"  # "Ankara pledged 200 million dollars": to its counterpart
        if kind == "antecedent" and verb.lemma.lower() in ctx.rules.brokering_verbs:
            return []  # "The deal was brokered by Turkey": a go-between signs nothing
        if kind in ("reaction", "antecedent", "deed") and obj is not None and not pattern.reaction:
            author = _relative_author(ctx, verb) or _antecedent_author(ctx, obj)
            if author:
                # "Armenia's prime minister welcomed the agreement" Armenia signed: its own act
                own = {a.actor.principal for a in author if a.actor is not None}
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
        )
        clause = _clause_targets(ctx, verb, pattern, code, sources) if searched else []
        if not kind and not clause and told >= 0:
            return [_Hit(pattern, code, verb, s, None, "told", noun=told) for s in sources]
        if not kind:
            # nothing in the slots and no context rule: the one actor the clause names
            return [_Hit(pattern, code, verb, s, t, "clause") for s in sources for t in clause]
        answers: frozenset[str] = frozenset()
        lemma = obj.lemma.lower() if obj is not None else ""
        named = near = False
        if kind == "reaction" and pattern.reaction and code[:2] not in ctx.rules.hostile_roots:
            # "Rabat accepted the invitation", "said he had accepted": what was offered
            matches = ctx.rules.reaction_matches
            answers = matches.get(lemma) or matches["acceptance"]
        elif kind == "reaction" and pattern.reaction:
            answers = ctx.rules.reaction_matches["retaliation"]
        elif kind == "reaction" and (
            lemma in ctx.rules.denied_nouns
            or (obj is not None and _clausal_which(ctx, obj))
            or (obj is None and _denied_clause(ctx, verb))
        ):
            answers = ctx.rules.reaction_matches["denial"]
        elif kind == "reaction" and obj is not None and obj.pos == "PRON":
            answers = ctx.rules.reaction_matches["pronoun"]
        elif kind == "objectless":
            # "Seoul condemned." answers a hostile act; "Romania said it was pleased" a deed
            key = "decision" if code[:2] in ctx.rules.antecedent_roots else "pronoun"
            kind, answers, named = "reaction", ctx.rules.reaction_matches[key], True
        elif kind == "countering":
            if state is not None:
                return []  # "would respond by withdrawing": a measure only announced
            kind, answers = "reaction", ctx.rules.reaction_matches["retaliation"]
            near = True
        elif kind == "deed":
            answers = ctx.rules.reaction_matches.get(lemma) or _act_roots(ctx, lemma)
            named = lemma not in ctx.rules.deed_nouns  # a named kind, not "the move"
        elif kind == "reaction" and obj is not None:
            answers = ctx.rules.reaction_matches.get(lemma, frozenset())
            # "Iran rejected the report": a statement answers only who made it about Iran
            named = bool(answers) and lemma not in ctx.rules.own_answer_nouns
        act = lemma if named else ""
        # an objectless reaction, or a measure, answers only what was just told
        window = _BYSTANDER_WINDOW if (obj is None or near) and kind == "reaction" else 0
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


_CLAUSE_DEPTH = 6  # dependency steps under a trigger that the clause search walks
# what the clause search walks through: objects, prepositional chains, appositions; never a
# reported (ccomp), adverbial (advcl) or relative (relcl) clause, whose speaker or act differ
_CLAUSE_WALK = frozenset(
    {"dobj", "obj", "dative", "prep", "pobj", "pcomp", "xcomp", "acl", "conj", "appos", "prt"}
)


def _clause_targets(
    ctx: _Ctx, verb: Token, pattern: Pattern, code: str, sources: list[Mention]
) -> list[Mention]:
    """The one actor an argument position of the trigger's own clause names, else nothing.

    The fallback after a pattern's own slots and the context rules found no target: "walked
    out of the talks with Egypt" (deeper than the slots look), "filed a protest over the
    actions of Chinese ships". Below the trigger's own object and phrases (its pattern's
    slots read those), objects, objects of argument prepositions (argument_preps; those in
    aimed_preps only for a hostile act) and "of" complements of what was found count. Another
    event noun's arguments are its own: only a reaction reads its author ("over incursions by
    Turkish troops"). It never enters another trigger's clause, a reported clause or a
    negated phrase; one position may name parallel targets, two naming different actors
    (other than the source) give nothing.
    """
    rules = ctx.rules
    hostile = code[:2] in rules.hostile_roots
    # "condemned the attack on the embassy": a reaction answers the act's author, never its victim
    answering = code[:2] in rules.reaction_roots or code[:2] in rules.appraisal_roots
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
                nxt.append(k)
                if k.dep in _OBJ and cur.i != verb.i:
                    # the trigger's own object is its pattern's business ("calling the U.S. a
                    # ...", "met the aspirations of"): only objects further down count
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
                        if k.lemma.lower() in rules.sequence_preps:
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
                        heads.extend(_pobjs(ctx, k))
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
                or any(_same_act(ctx, lemma, k) for k in ctx.kids(h.trigger.i, _OBJ))
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


def _retained_object(ctx: _Ctx, verb: Token, obj: Token | None) -> bool:
    """Whether a passive keeps the pattern's object noun as its own object: "was refused entry
    by Belarus", "was handed a protest note by Beijing". Its subject is then the receiver,
    the act's target, as the dative of the active is."""
    return obj is not None and obj.dep in _OBJ and obj.head == verb.i


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


def _unknown_partner(ctx: _Ctx, verb: Token) -> bool:
    """Whether a "with" phrase names a party that is no known actor: "hold talks with the group".

    The subjects then act together on that party, not on one another.
    """
    hosts = [verb, *ctx.kids(verb.i, _OBJ)]
    words = ctx.rules.partner_nouns | ctx.rules.role_nouns
    for p in (p for h in hosts for p in _preps(ctx, h, frozenset({"with"}))):
        if p.lemma.lower() in words or p.text.lower() in words or p.pos == "PROPN":
            return True
    return False


def _told_talks(ctx: _Ctx, verb: Token, obj: Token | None) -> bool:
    """Whether a mediator's object is "the talks" told before, with no sides of its own.

    "Qatar mediated talks between A and B" names the sides; "the AU, which mediated the
    talks with Kenya" does not (Kenya mediates alongside).
    """
    if obj is None or not any(
        d.lemma.lower() == "the" for d in ctx.kids(obj.i, frozenset({"det"}))
    ):
        return False
    between = frozenset({"between"})
    if _preps(ctx, obj, frozenset({"of", "for"})):
        return False  # "hosted the meeting of foreign ministers": its own participants
    return not _preps(ctx, obj, between) and not _preps(ctx, verb, between)


def _charge_host(ctx: _Ctx, t: Token) -> Token | None:
    """The verb of blame whose of/for phrase holds t: "accused China of ramming ...".

    Only when the verb's object (the accused) comes before the phrase, as
    _subject_tokens reads it. A conjunct stands where its first conjunct does.
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
    if host.lemma.lower() not in ctx.rules.object_pcomp_verbs or not objs or objs[0].i > prep.i:
        return None
    return host


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
        if any(a.lemma.lower() == "own" for a in ctx.kids(h.i, frozenset({"amod"}))):
            continue
        for p in ctx.kids(h.i, frozenset({"poss"})):
            if p.pos != "PRON" or p.lemma.lower() in ctx.rules.first_person:
                continue
            m = ctx.by_token.get(p.i)
            if m is None or (m.actor is not None and m.actor.principal in sides):
                return accusers
    return []


def _clausal_which(ctx: _Ctx, obj: Token) -> bool:
    """A ", which" object of a relative clause: it stands for the whole claim before it."""
    return (
        obj.tag == "WDT"
        and obj.lemma.lower() == "which"
        and obj.head != obj.i
        and ctx.tok(obj.head).dep == "relcl"
        and obj.i > 0
        and ctx.tok(obj.i - 1).text == ","
    )


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
    modifier = ctx.tok(source.token_end - 1).dep in ("amod", "compound")
    return modifier or bool(ctx.kids(verb.i, _OBJ))


def _relative_head(ctx: _Ctx, verb: Token) -> Token | None:
    """The noun a reduced relative clause leaves as its verb's object: "a charge Kabul denies".

    Only a clause with a subject of its own (not "the country that condemned ...") and no
    object (not "the talks, which Qatar mediated").
    """
    if ctx.kids(verb.i, _OBJ):
        return None
    subj = ctx.kids(verb.i, _SUBJ)
    if not subj or any(sb.tag in ("WDT", "WP") for sb in subj):
        return None
    if verb.dep != "relcl":
        return _glued_head(ctx, verb, subj)
    return _gap_head(ctx, verb, ("NOUN",))


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
    """The noun before a relative clause whose verb it completes: "a summit Washington shunned"."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    head = ctx.tok(verb.head)
    return head if head.pos in pos and head.i < verb.i else None


def _relative_pronoun(t: Token) -> bool:
    """Whether an object is a relative pronoun ("which", "whom", or "that" as an object)."""
    return t.tag in ("WDT", "WP") or (t.lemma.lower() == "that" and t.dep in _OBJ)


def _relative_author(ctx: _Ctx, verb: Token) -> list[Mention]:
    """Who made the act a reaction in a relative clause answers, when its sentence says so.

    "Officials in Bamako repeated the accusation, which Paris denied", "Moscow levelled a
    charge Kyiv dismissed": the author named on the act noun itself ("Mali's charge"), or the
    subject of the verb that voices it (voicing_verbs), before the noun.
    """
    head = _gap_head(ctx, verb, ("NOUN",))
    if head is None and verb.dep != "relcl":
        head = _glued_head(ctx, verb, ctx.kids(verb.i, _SUBJ))
    if head is None or head.lemma.lower() not in ctx.rules.act_nouns:
        return []
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


def _summed_host(ctx: _Ctx, noun: Token) -> Token | None:
    """The clause an appended act noun sums up: "Israel freed 50 prisoners, a step Washington
    welcomed" (its subject, ISR, did the act), the verb of the clause the noun is set off from
    by a comma; a statement noun sums up the saying, not what is said ("Iran said Israel
    spied on it, a claim Israel denies": IRN)."""
    if noun.head == noun.i:
        return None
    phrase = noun.head if noun.dep == "compound" else noun.i
    start = min(t.i for t in ctx.parse.subtree(phrase))
    if start == 0 or ctx.tok(start - 1).text != ",":
        return None
    host: Token | None = None
    if noun.dep in ("npadvmod", "appos"):
        host = _verb_up(ctx, ctx.tok(noun.head), 4)
    else:
        # the noun parsed as a subject or glued onto one ("a step Brussels criticized"):
        # the summed clause is that verb's complement
        own = noun.dep in _SUBJ or noun.dep in _OBJ
        subj = noun if own else ctx.tok(noun.head)
        if (own or subj.dep in _SUBJ) and (subj.i == noun.i or noun.dep == "compound"):
            host = next(
                (c for c in ctx.kids(subj.head, frozenset({"ccomp"})) if c.i < noun.i), None
            )
    if host is None or host.pos not in ("VERB", "AUX") or host.i > noun.i:
        return None
    said = noun.dep in ("npadvmod", "appos") and host.dep == "ccomp"
    if said and noun.lemma.lower() in ctx.rules.claim_nouns:
        return ctx.tok(host.head)  # the saying, not what is said
    return host


def _relative_object(ctx: _Ctx, verb: Token) -> list[Token]:
    """The antecedent a relative clause's verb acts on: its object is the clause's gap.

    "a G20 summit the United States boycotted" (no object, a subject of its own) or "Algeria,
    which Macron visited in 2022" (the object is the relative pronoun): the noun the clause
    hangs on is the verb's object.
    """
    objs = ctx.kids(verb.i, _OBJ)
    if objs and not all(_relative_pronoun(o) for o in objs):
        return []
    if any(_clausal_which(ctx, o) for o in objs) and verb.lemma.lower() in ctx.rules.claim_verbs:
        return []  # "sent aid to Kenya, which Somalia denies": the claim is denied
    contact = _contact_clause(ctx, verb)
    if not objs and _relative_head(ctx, verb) is None and contact is None:
        return []
    head = _gap_head(ctx, verb, ("NOUN", "PROPN")) or (contact[1] if contact else None)
    if head is None or head.lemma.lower() in ctx.rules.act_nouns:
        return []  # "the sanctions Beijing imposed", "a charge Paris denied": the clause's act
    return [head]


def _contact_clause(ctx: _Ctx, verb: Token) -> tuple[Token, Token] | None:
    """The subject and gap noun of a relative clause with no pronoun that the parser broke up.

    "the envoy Russia expelled", "the aid package Egypt sent to Sudan", "the sanctions the EU
    imposed on Russia", "the drones North Korea flew into the South ... were": a noun, a
    named actor right after it and a past verb with no object right after that, which the
    parser hangs on the noun or the name (acl, appos), makes the sentence's subject (csubj),
    or reads as the root with the true verb coordinated after it. The verb is past and bare,
    so a planned, possible or denied act ("the levy Ankara may impose") has no such shape;
    "its ally Russia sent troops" has an object and is an apposition.
    """
    if verb.pos != "VERB" or verb.tag not in ("VBD", "VBN") or verb.i < 3:
        return None
    marks = _OBJ | _PASSIVE_SUBJ | frozenset({"agent", "auxpass", "ccomp", "xcomp"})
    if ctx.kids(verb.i, marks):
        return None
    m = ctx.by_token.get(verb.i - 1)
    if m is None or m.kind == "pronoun" or m.actor is None or m.token_end != verb.i:
        return None
    start = m.token_start
    if ctx.tok(start - 1).lemma.lower() == "the":
        start -= 1
    noun, name = ctx.tok(start - 1), ctx.tok(m.token_end - 1)
    # "the two Russian diplomats Oslo expelled": a group of a state's people may be the gap
    held = ctx.by_token.get(noun.i)
    grouped = held is not None and held.kind == "group" and held.token_end == noun.i + 1
    if noun.pos != "NOUN" or noun.i <= ctx.dateline_end or (held is not None and not grouped):
        return None
    # "The oil Saudi Arabia supplied ... was": the parser may glue the noun onto the name
    owner = ctx.tok(noun.head) if noun.dep == "compound" and noun.head == name.i else noun
    determined = any(d.i < noun.i for d in ctx.kids(owner.i, frozenset({"det", "poss"})))
    if not determined and noun.tag != "NNS":  # "Sanctions Washington imposed ... remain"
        return None
    subj = {k.i for k in ctx.kids(verb.i, _SUBJ)}
    if verb.dep in ("acl", "relcl", "csubj", "csubjpass"):
        # "The drones Iran supplied to Russia were shot down": a passive main verb's subject
        subject = verb.dep in ("csubj", "csubjpass")
        hung = verb.head > verb.i if subject else verb.head in (noun.i, name.i)
        return (name, noun) if hung and subj <= {name.i, noun.i} else None
    later = any(
        c.pos in ("VERB", "AUX") and c.i > verb.i for c in ctx.kids(verb.i, frozenset({"conj"}))
    )
    if verb.head == verb.i and later and subj & {noun.i, name.i}:
        return name, noun
    return None


def _clause_act(ctx: _Ctx, verb: Token) -> Token | None:
    """The act a reported charge is about when its clause names no actor: "China said the
    pact undermined regional stability", "said the expulsion was unacceptable": a definite
    act noun with no author as the clause's subject, whose authors a telling gives
    (_told_act); no generic word ("the situation"). A passive's subject too ("said the
    decision would be met with a firm response")."""
    for c in _content_clauses(ctx, verb):
        for subj in ctx.kids(c.i, _SUBJ | _PASSIVE_SUBJ):
            if (
                _definite_noun(ctx, subj)
                and subj.lemma.lower() not in ctx.rules.generic_act_nouns
                and not any(t.i in ctx.by_token for t in ctx.parse.subtree(subj.i))
                and not _named_author(ctx, subj)
            ):
                return subj
    return None


def _clause_authors(ctx: _Ctx, verb: Token) -> list[Mention]:
    """The doers a reported judgement's act names: "said Beijing's decision was unjustified",
    "said the sanctions imposed by Washington were unfair" (an act noun subject whose phrase
    names its author; "said the pressure on Iran was counterproductive" names none)."""
    for c in _content_clauses(ctx, verb):
        for subj in ctx.kids(c.i, _SUBJ | _PASSIVE_SUBJ):
            if subj.lemma.lower() in ctx.rules.act_nouns:
                found = _named_author(ctx, subj)
                if found:
                    return found
    return []


def _clause_it(ctx: _Ctx, verb: Token, sources: list[Mention], words: frozenset[str]) -> bool:
    """Whether a reported charge's clause calls "it", "this" or "that" one of its words
    ("said it was a violation of law", "said this was unacceptable"): the act just told. A
    subject that stands for another actor, or a word that judges a doer rather than an act
    ("it was responsible"), is no such charge; nor is a quotation set before its speaker
    ('"It was a provocation," he said' mostly restates a charge just told)."""
    own = {_principal(m) for m in sources}
    for c in _content_clauses(ctx, verb):
        if c.lemma.lower() != "be" or _negated(ctx, c) or c.i < verb.i:
            continue
        said = {k.lemma.lower() for k in ctx.kids(c.i, frozenset({"attr", "acomp"}))}
        if not said & words or said & ctx.rules.doer_judgements or _extraposed(ctx, c):
            continue
        for subj in ctx.kids(c.i, _SUBJ):
            if subj.lemma.lower() not in ("it", "this", "that") or subj.pos not in ("PRON", "DET"):
                continue
            m = ctx.by_token.get(subj.i)
            if m is None or m.actor is None or m.actor.principal in own:
                return True
    return False


def _extraposed(ctx: _Ctx, be: Token) -> bool:
    """Whether a "be" clause's "it" only anticipates a clause told after it ("it was a mistake
    to cut aid", "it was unacceptable that mercenaries operated there", "it was wrong for
    Chad to act"): that clause, not the act just told, is what is judged. A relative clause
    with its own pronoun ("a provocation that could not go unanswered") is no such clause."""

    def clausal(k: Token) -> bool:
        if k.dep in ("xcomp", "ccomp", "csubj"):
            return True
        if k.dep in ("advcl", "acl", "relcl"):
            return _infinitive(ctx, k) or any(
                m.lemma.lower() == "that" for m in ctx.kids(k.i, frozenset({"mark"}))
            )
        return False

    if not any(s.lemma.lower() == "it" for s in ctx.kids(be.i, _SUBJ)):
        return False  # "Erdogan was among the first leaders to congratulate Trump"
    said = ctx.kids(be.i, frozenset({"attr", "acomp"}))
    return any(clausal(k) for h in (be, *said) for k in ctx.kids(h.i))


def _manner_feeling(ctx: _Ctx, k: Token, words: frozenset[str]) -> bool:
    """Whether a verb's dependent states the feeling it is done with: an adverb ("angrily")
    or a with-phrase ("with dismay") of one of the words."""
    if k.dep == "advmod":
        return k.lemma.lower() in words or k.text.lower() in words
    if k.dep == "prep" and k.lemma.lower() in ("with", "in"):
        return any(p.lemma.lower() in words for p in _pobjs(ctx, k))
    return False


def _shared_act(ctx: _Ctx, verb: Token, obj: Token | None) -> Token | None:
    """The act "it" stands for in a clause joined to another reaction: "Kyiv praised the
    ruling, while Moscow dismissed it", "France welcomed the vote, but Russia criticized it":
    the host verb's definite object noun with no author, else the object itself."""
    if obj is None or obj.pos != "PRON" or obj.lemma.lower() != "it":
        return obj
    if verb.dep not in ("conj", "advcl") or verb.head == verb.i or not ctx.kids(verb.i, _SUBJ):
        return obj
    for noun in ctx.kids(verb.head, _OBJ):
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
    if obj is None or obj.lemma.lower() not in ctx.rules.feeling_nouns:
        return obj
    for k in ctx.kids(obj.i, frozenset({"prep"})) + ctx.kids(verb.i, frozenset({"prep"})):
        if k.lemma.lower() not in ctx.rules.feeling_preps:
            continue
        for p in _pobjs(ctx, k):
            if k.lemma.lower() == "at" and p.lemma.lower() in ctx.rules.hosted_nouns:
                continue  # "expressed concern at the meeting of ministers": where, not what
            if _definite_noun(ctx, p):
                return p
    return obj


def _definite_noun(ctx: _Ctx, t: Token) -> bool:
    """A common noun with a definite determiner ("the pact", "this step"): a known act."""
    dets = ctx.kids(t.i, frozenset({"det"}))
    return t.pos == "NOUN" and any(d.lemma.lower() in ctx.rules.definite_determiners for d in dets)


def _authored(ctx: _Ctx, obj: Token) -> bool:
    """Whether an act noun names its author by a possessive ("protested Japan's claims")."""
    return any(k.i in ctx.by_token for k in ctx.kids(obj.i, frozenset({"poss"})))


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


def _context_kind(
    ctx: _Ctx, code: str, obj: Token | None, pattern: Pattern, verb: Token | None = None
) -> str:
    """Whether an event with no named target takes it from the article's earlier events.

    "reaction": answers an earlier act (named by the object, or any); "antecedent": only a
    named act's authors; "parallel": joins the reaction told just before ("Japan also
    expressed concern"); "objectless": "Seoul condemned." answers the hostile act just told.
    ("mediation" is decided in _verb_hits.)
    """
    rules = ctx.rules
    root = code[:2]
    if root in rules.continued_roots and obj is None:
        return "continued"
    if pattern.reaction:
        return "reaction"
    lemma = obj.lemma.lower() if obj is not None else ""
    if root in rules.demand_roots and lemma in rules.undoing_nouns and obj is not None:
        # "Greece demanded the release of the crews": of those who detained them
        return "" if _authored(ctx, obj) else "reaction"
    acts = rules.act_nouns | {n for nouns, _ in rules.act_families for n in nouns}
    reacting = rules.reaction_roots | rules.antecedent_roots
    if root in reacting and obj is not None and lemma in rules.deed_nouns:
        # "the EU welcomed the move", "France criticized the decision": the deed just told
        if not _authored(ctx, obj):
            return "deed"
        reactors = _actors(ctx, _subject_tokens(ctx, verb), "source") if verb is not None else []
        principals = {m.actor.principal for m in reactors if m.actor is not None}
        return "deed" if principals and _reactors_own_word(ctx, obj, principals) else ""
    if (
        root in reacting
        and obj is not None
        and obj.pos == "NOUN"
        and lemma not in acts
        and lemma not in rules.feeling_nouns
        and _act_roots(ctx, lemma)
        and not _authored(ctx, obj)
    ):
        # "Guyana condemned the blockade", "Cairo regretted the walkout": a noun of an act
        # the dictionary knows, or named after a verb told just before, is that deed
        return "deed"
    if root in rules.reaction_roots and obj is not None:
        # "condemned the sanctions", not "protested Japan's claims" (the author is named)
        authored = _authored(ctx, obj)
        if lemma in acts and not authored:
            return "reaction"
        if root == "12" and lemma in rules.denied_nouns and not authored:
            return "reaction"  # "Moscow denied any involvement": answers the accuser
        if root == "12" and _clausal_which(ctx, obj):
            return "reaction"  # "accused China of hacking, which Beijing denies"
        called = verb is not None and bool(ctx.kids(verb.i, frozenset({"oprd"})))
        if root == "11" and obj.pos == "PRON" and lemma in ("it", "this", "that") and called:
            return "reaction"  # "and called it a blatant violation": the act just told
    if root == "12" and obj is None and verb is not None and _denied_clause(ctx, verb):
        return "reaction"  # "Moscow denied that its drones had entered": answers the accuser
    # "The U.S. also backed the project", "also condemned the coup": a definite thing no one
    # is named to have done joins the reactions just told, as a bare "also" reaction does
    joined = obj is not None and _definite_noun(ctx, obj) and not _authored(ctx, obj)
    if (
        verb is not None
        and root in rules.reaction_roots | rules.antecedent_roots
        and (obj is None or lemma in rules.feeling_nouns or joined)
        and any(
            a.lemma.lower() in rules.parallel_adverbs
            for a in ctx.kids(verb.i, frozenset({"advmod"}))
        )
        # "also expressed concern about inflation" has a topic of its own
        and not any(
            p.ent_type not in ("DATE", "TIME")
            for h in (verb, obj)
            if h is not None
            for k in ctx.kids(h.i, frozenset({"prep"}))
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


def _counterpart_fits(
    ctx: _Ctx, code: str, obj: Token | None, verb: Token, pattern: Pattern
) -> bool:
    """Whether an act with no target named may be aimed at the source's counterpart.

    An interactional root (counterpart_roots: not saying, meeting or force) told as the
    sentence's news, and an object (or, with none, the object of the clause it governs:
    "pledged to deepen cooperation") that is no business of the source's own ("its own
    army", "the budget", "domestic reforms"), nor a person or group it names vaguely.
    A reversed pattern ("shot down 30 drones") has its parties the other way round; one whose
    act its object's own kind makes ("quit the OSCE": object_kinds with head_target) is none
    without such an object.
    """
    if code[:2] not in ctx.rules.counterpart_roots or _names_other(ctx, verb) or pattern.reverse:
        return False
    if pattern.object_kinds and pattern.head_target:
        return False
    if not _told(ctx, verb) or verb.lemma.lower() in ctx.rules.speech_verbs:
        return False  # "told reporters X should ...": saying is no act on anyone
    if _quoted_present(ctx, verb):
        return False  # "Japan 'offers help without strings,' she said": a portrait, no act
    if obj is None:
        clauses = ctx.kids(verb.i, frozenset({"xcomp", "ccomp"}))
        if not clauses:
            # "Seoul condemned." is a reaction (see _context_kind); "the ambassador returned"
            # is no act on anyone
            return code[:2] in ctx.rules.reaction_roots
        objs = ctx.kids(clauses[0].i, _OBJ)
        if not objs:
            return True  # "vowed to retaliate", "warned that it would respond"
        obj = objs[0]
    appraisal = code[:2] in ctx.rules.appraisal_roots
    if any(
        appraisal or p.lemma.lower() in ctx.rules.recipient_preps
        for h in (verb, obj)
        for p in ctx.kids(h.i, frozenset({"prep", "dative"}))
    ):
        # "offered condolences to the victims": someone else is named; "welcomed the rise in
        # tourism": an approval of a state of things, not of an act
        return False
    lemma = obj.lemma.lower()
    if lemma in ctx.rules.domestic_nouns or obj.ent_type in ("GPE", "PERSON", "LOC", "NORP"):
        return False
    if lemma in ctx.rules.role_nouns or lemma in ctx.rules.membership_nouns:
        return False  # "accused Western delegations of ...": someone is named, if vaguely
    return not any(
        (k.dep == "poss" and k.pos == "PRON")
        or k.lemma.lower() in ctx.rules.domestic_modifiers
        or k.lemma.lower() in ctx.rules.region_qualifiers
        or k.ent_type == "NORP"
        for k in ctx.kids(obj.i)
    )


def _quoted_present(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb in the simple present with no auxiliary stands inside a quotation
    ("Cuba 'offers partnership,' she said"): a speaker's portrait of a habit, not a dated act."""
    if verb.tag not in ("VBZ", "VBP") or ctx.kids(verb.i, frozenset({"aux", "auxpass", "neg"})):
        return False
    if any(s.text.lower() in ctx.rules.first_person for s in ctx.kids(verb.i, _SUBJ)):
        return False  # "'Today we open the border,' he said": the speaker's own act, done now
    marks = 0
    for i in range(verb.i - 1, -1, -1):
        t = ctx.tok(i)
        if t.sent != verb.sent:
            break
        marks += t.text in ('"', "\u201c", "\u201d")
    return marks % 2 == 1


def _told(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb tells its sentence's own news: the main clause, a verb joined to it by
    "and", or the clause a saying verb reports ("Warsaw said it had summoned"); not a charge,
    a relative, a purpose or an -ing aside ("accused Chad of allowing", "freeing")."""
    cur = verb
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
        if head.lemma.lower() not in ctx.rules.speech_verbs or head.head != head.i:
            return False
        cur = head
    return cur.head == cur.i and cur.tag != "VBG"


def _names_other(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb's complements name an actor by name ("closed its consulates in
    Venezuela"): another of its patterns may find the target there."""
    return any(
        (m := ctx.by_token.get(t.i)) is not None and m.kind != "pronoun"
        for k in ctx.kids(verb.i)
        if k.dep not in _SUBJ
        for t in ctx.parse.subtree(k.i)
    )


def _act_roots(ctx: _Ctx, lemma: str) -> frozenset[str]:
    """Roots of the acts a noun names: its own noun or verb patterns ("blockade": 16, 19);
    a noun made of a verb and its particle ("walkout", "takeover") is linked in _deverbal."""
    found = ctx.patterns.nouns.get(lemma, ()) + ctx.patterns.verbs.get(lemma, ())
    roots = frozenset(p.code[:2] for p in found)
    if roots or not lemma.isalpha():
        return roots
    return frozenset({"**"}) if _particle_split(lemma) else frozenset()


def _particle_split(lemma: str) -> tuple[str, str] | None:
    """ "walkout" -> ("walk", "out"), "takeover" -> ("take", "over"): a phrasal verb's noun."""
    for prt in ("out", "over", "off", "down", "up", "back", "in"):
        if lemma.endswith(prt) and len(lemma) - len(prt) >= 3:
            return lemma[: -len(prt)], prt
    return None


def _deverbal(ctx: _Ctx, noun: str, trigger: Token) -> bool:
    """Whether a deed noun names the act of an earlier trigger: the same word ("blockaded ...
    the blockade"), or the verb with its particle ("walked out ... the walkout")."""
    verb = trigger.lemma.lower()
    if noun == verb:
        return True
    split = _particle_split(noun)
    if split is None or split[0] != verb:
        return False
    return any(k.lemma.lower() == split[1] for k in ctx.kids(trigger.i, frozenset({"prt", "prep"})))


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


def _office_hosts(
    ctx: _Ctx, code: str, subjects: list[Token], sources: list[Mention], verb: Token
) -> list[Mention]:
    """The host state of an office abroad that does a light act ("China's embassy in Buenos
    Aires lodged a protest", "The U.S. Embassy in Bissau suspended visa services"): the act
    its noun names is aimed at the land the office sits in (office_nouns), never the owner's,
    unless it names an addressee no actor stands for ("lodged a protest with the shipping
    company": _told_addressee)."""
    if not any(code.startswith(c) for c in ctx.rules.office_host_codes):
        return []  # "the embassy in Kyiv issued a warning" warns its citizens, not Ukraine
    if _told_addressee(ctx, verb):
        return []
    own = {_principal(m) for m in sources}
    places = [
        p
        for s in subjects
        if s.lemma.lower() in ctx.rules.office_nouns
        for p in _preps(ctx, s, frozenset({"in"}))
    ]
    return [m for m in _actors(ctx, places, "target", True) if _principal(m) not in own]


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


def _word_form(ctx: _Ctx, t: Token) -> str:
    """A word as written, with a hyphenated first part ("one-sided", "ill-advised")."""
    if t.i >= 2 and ctx.tok(t.i - 1).tag == "HYPH" and ctx.tok(t.i - 2).head == t.i:
        return f"{ctx.tok(t.i - 2).text}-{t.text}".lower()
    return t.text.lower()


def _has_modal(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb has a modal auxiliary of its own ("may follow suit", "would face")."""
    return any(a.dep == "aux" and a.text.lower() in ctx.rules.modals for a in ctx.kids(verb.i))


def _hypothetical_subject(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun is the subject of a modal verb ("more support by X could allow ...")."""
    if noun.dep not in _SUBJ or noun.head == noun.i:
        return False
    verb = ctx.tok(noun.head)
    return _has_modal(ctx, verb) or _modality(ctx, verb) is not None


def _joint_pledge(ctx: _Ctx, verb: Token) -> bool:
    """Whether an intended act hangs on a verb of commitment its subjects all make ("A and B
    agreed to expand trade", "vowed to coordinate"): each side commits to the other."""
    cur = verb
    for _ in range(4):
        clause = cur.dep in ("ccomp", "advcl") and _infinitive(ctx, cur)
        if cur.head == cur.i or not (cur.dep in ("xcomp", "conj") or clause):
            return False
        cur = ctx.tok(cur.head)
        if cur.lemma.lower() in ctx.rules.joint_pledge_verbs:
            return True
    return False


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
    hosts = ctx.kids(verb.i, frozenset({"prep"})) + ctx.kids(subj[0].i, frozenset({"prep"}))
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


def _parallel_subjects(ctx: _Ctx, verb: Token) -> list[Token]:
    """Subjects of elliptic clauses that repeat the verb's act with no verb of their own.

    "Chile recalled its envoy, as did Peru", "..., and Peru followed suit" (an echo verb:
    _echoes) and gapping, where only a remnant of the second clause is left: "Georgia applied
    in 2010 and Armenia in 2024" (_gapped_subjects).
    """
    top = verb
    while top.dep == "xcomp" and top.head != top.i:  # "agreed to reopen it, as did Peru"
        top = ctx.tok(top.head)
    clause: list[Token] = []
    stack = [top]
    while stack and len(clause) < 6:
        cur = stack.pop()
        clause.append(cur)
        stack += ctx.kids(cur.i, frozenset({"xcomp"}))
    out = [
        s
        for v in clause
        for k in ctx.kids(v.i, frozenset({"conj", "advcl"}))
        if k.i > verb.i and _echoes(ctx, k)
        for s in ctx.kids(k.i, _SUBJ)
    ]
    return out + _gapped_subjects(ctx, clause)


def _mirrored(ctx: _Ctx, verb: Token, hits: list[_Hit]) -> list[_Hit]:
    """The acts a target returns in a clause joined after the verb: "Russia expelled two
    Estonian diplomats, and Tallinn responded in kind" (mirror_verbs with "in kind", or
    mirroring_verbs alone: "and Estonia reciprocated"): the same act, the other way."""
    out: list[_Hit] = []
    for k in ctx.kids(verb.i, frozenset({"conj", "advcl"})):
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
        for prep in ctx.kids(verb.i, frozenset({"prep"}))
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
        args = ctx.kids(v.i, _OBJ | {"npadvmod"})
        for k in ctx.kids(v.i, frozenset({"prep", "dative"})):
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
        for x in ctx.kids(h.i, frozenset({"conj"})):
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
    stack = [x for h in clause + every for x in ctx.kids(h.i, frozenset({"conj", "appos"}))]
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
    led by Saudi Arabia struck ...": the leaders are the sources (leading_verbs).
    """
    out = []
    for n in [subj, *(p for k in ctx.kids(subj.i, frozenset({"prep"})) for p in _pobjs(ctx, k))]:
        for k in ctx.kids(n.i, frozenset({"acl"})):
            if k.tag == "VBN" and k.lemma.lower() in ctx.rules.leading_verbs:
                out += [p for a in ctx.kids(k.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
    return out


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
        return _family_author(ctx, noun, family)
    first = ctx.parse.sentences[max(0, noun.sent - 2)].token_start
    for i in range(noun.i - 1, first - 1, -1):
        t = ctx.tok(i)
        if t.lemma.lower() != lemma or t.pos != "NOUN":
            continue
        adopters = _adopters(ctx, t)
        if adopters:
            return adopters
        for k in ctx.kids(t.i, frozenset({"poss", "compound", "prep", "acl"})):
            if k.dep == "compound":
                m = ctx.by_token.get(k.i)
                found = [m] if m is not None and m.kind in ("person", "title", "surname") else []
            elif k.dep == "poss":
                found = _actors(ctx, [k], "source")
            elif k.dep == "prep" and k.lemma.lower() == "by":
                found = _actors(ctx, _pobjs(ctx, k), "source")
            else:
                agents = ctx.kids(k.i, frozenset({"agent"})) if k.tag == "VBN" else []
                found = _actors(ctx, [p for a in agents for p in _pobjs(ctx, a)], "source")
            if found:
                return found
        return []  # the nearest earlier use names no author: nothing is guessed
    return []


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


def _named_author(ctx: _Ctx, t: Token) -> list[Mention]:
    """Who a noun of an act names as its author: "Iran's proposal", "a deal between A and B".

    Besides a possessive, a by-phrase or a participle's agent: both sides of a "between"
    phrase, and the subject that said something "in a report".
    """
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
        elif k.dep == "acl" and k.tag == "VBN":
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


def _family_author(
    ctx: _Ctx, noun: Token, family: tuple[frozenset[str], frozenset[str]]
) -> list[Mention]:
    """The authors of the act "the <noun>" refers back to, found through the act's family.

    The nearest earlier noun of the family (up to _FAMILY_WINDOW sentences back: a definite
    "the deal" mostly means the story's own) that names an author, or that is the object of
    a verb of the family (whose subjects made it: "A and B signed a peace agreement", "North
    Korea fired two missiles"), or said "in a report" (its speaker). Uses that name no author
    are passed over.
    """
    nouns, verbs = family
    first = ctx.parse.sentences[max(0, noun.sent - _FAMILY_WINDOW)].token_start
    own = _subject_clauses(ctx, ctx.tok(noun.head)) if noun.dep in _OBJ else set()
    for i in range(noun.i - 1, first - 1, -1):
        t = ctx.tok(i)
        if t.lemma.lower() not in nouns or t.pos not in ("NOUN", "PROPN") or i in own:
            continue
        found = _named_author(ctx, t)
        if found:
            return found
        if t.head == t.i:
            continue
        head = ctx.tok(t.head)
        if t.dep == "pobj" and head.lemma.lower() == "of" and head.head != head.i:
            # "signed a series of energy agreements": the quantity noun is the verb's object
            outer = ctx.tok(head.head)
            if outer.lemma.lower() in ctx.rules.quantity_nouns:
                t, head = outer, ctx.tok(outer.head)
        if t.dep in _PASSIVE_SUBJ and head.lemma.lower() in verbs:
            if head.lemma.lower() in ctx.rules.brokering_verbs:
                continue  # "the agreement was brokered by Turkey": a mediator, no author
            agents = ctx.kids(head.i, frozenset({"agent"}))
            found = _actors(ctx, [p for a in agents for p in _pobjs(ctx, a)], "source")
        elif t.dep == "pobj" and head.lemma.lower() == "in" and head.head != head.i:
            speaker = ctx.tok(head.head)
            if speaker.lemma.lower() in ctx.rules.speech_verbs:
                found = _actors(ctx, _subject_tokens(ctx, speaker), "source")
        else:
            verb = _governing_verb(ctx, t)
            if verb is not None and verb.lemma.lower() in verbs and verb.i < t.i:
                found = _actors(ctx, _subject_tokens(ctx, verb), "source")
                if found:
                    # "Armenia signed a peace treaty with Azerbaijan": the partner made it too
                    withs = _preps(ctx, verb, _WITH) + _preps(ctx, t, _WITH)
                    found += [m for m in _actors(ctx, withs, "source") if m not in found]
        if found:
            return found
    return []


_WITH = frozenset({"with"})


def _partners(ctx: _Ctx, verb: Token, source: Mention) -> list[Mention]:
    """The other members of a group the source belongs to, named in the verb's complements.

    "Biden wants to deepen the partnership between the two countries", "... the partnership,
    which the two countries signed": a cooperative act of one member on the pair's relation
    is an act on the other members.
    """
    if source.actor is None or source.members:
        return []
    own = source.actor.principal
    skip = _SUBJ | _PASSIVE_SUBJ | {"punct", "cc", "conj", "advcl", "parataxis"}
    for k in ctx.kids(verb.i):
        if k.dep in skip:
            continue
        for t in ctx.parse.subtree(k.i):
            m = ctx.by_token.get(t.i)
            if m is None or not m.members or m.actor is not None:
                continue
            if own in {a.principal for a in m.members}:
                return [replace(m, actor=a) for a in m.members if a.principal != own]
    return []


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
        for k in ctx.kids(cur.i, frozenset({"prep", "advcl"})):
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
    subjects = [ctx.parse.subtree(k.i) for k in ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ)]
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


def _game(ctx: _Ctx, words: Sequence[Token]) -> bool:
    """Whether words tell a game: a contest word heading its phrase ("before the rugby final",
    tagged ADJ; "in the Gulf Cup"), not inside a name of another kind ("the Arab League
    summit"), a modifier ("a final deal") or an aim with an of-phrase ("with the goal of
    reviving the deal"); or a score ("beat Argentina 2-1", "drew 1 - 1"), not a date range
    ("on April 12-13")."""
    for n, t in enumerate(words):
        if t.lemma.lower() in ctx.rules.contest_words and (
            t.pos in ("NOUN", "PROPN") or t.dep in _HEAD_DEPS
        ):
            ent = ctx.ent_of.get(t.i)
            named = ent is not None and ent.label.lower() not in ctx.rules.game_labels
            aim = any(k.lemma.lower() == "of" for k in ctx.kids(t.i, frozenset({"prep"})))
            if not named and not aim:
                return True
        if n + 2 < len(words) and words[n + 1].text in _DASHES:
            pair = (t, words[n + 2])
            if all(x.text.isdigit() and len(x.text) <= 2 for x in pair) and not any(
                (e := ctx.ent_of.get(x.i)) is not None and e.label in ("DATE", "TIME") for x in pair
            ):
                return True
        if _SCORE.fullmatch(t.text) and not (
            (e := ctx.ent_of.get(t.i)) is not None and e.label in ("DATE", "TIME")
        ):
            return True
    return False


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


def _governing_verb(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through one preposition.

    A noun of quantity is passed through: "to host a new round of talks" governs the talks.
    """
    cur = noun
    for _ in range(4):
        if cur.head == cur.i:
            return None
        head = ctx.tok(cur.head)
        if cur.dep == "prep" and head.lemma.lower() in ctx.rules.quantity_nouns:
            cur = head
            continue
        argument = cur.dep == "prep" and cur.lemma.lower() in ("for", "to", "on")  # "call for"
        # "offered to host talks": an infinitive the tagger took for a noun is a verb
        verbal = head.pos in ("VERB", "AUX") or _infinitive(ctx, head)
        if verbal and (cur.dep in ("dobj", "pobj", "nsubjpass") or argument):
            return head
        if head.pos != "ADP":
            return None
        cur = head
    return None


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
    out += [t for k in ctx.kids(noun.i, frozenset({"prep"})) for t in _preps(ctx, k, lemmas)]
    stack = [p for k in ctx.kids(noun.i, frozenset({"prep"})) for p in _pobjs(ctx, k)]
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


def _untold_noun(ctx: _Ctx, noun: Token) -> bool:
    """Whether a clause on an event noun or its own predicate says it never happened: "talks,
    which never took place", "talks ... were to be held" (planned only)."""
    if _foreseen(ctx, noun):
        return True
    if any(_negated(ctx, r) for r in ctx.kids(noun.i, frozenset({"relcl"}))):
        return True
    if noun.dep not in _SUBJ or noun.head == noun.i:
        return False
    be = ctx.tok(noun.head)
    return be.lemma.lower() == "be" and any(
        _infinitive(ctx, x) for x in ctx.kids(be.i, frozenset({"xcomp"}))
    )


def _preps_named(ctx: _Ctx, host: Token, word: str) -> list[Token]:
    return [k for k in ctx.kids(host.i, frozenset({"prep"})) if k.lemma.lower() == word]


def _struck_patients(ctx: _Ctx, by: Token) -> list[Token]:
    """The patient of a passive verb of harm whose agent phrase is ``by``: its subject ("was
    hit by"), the noun it modifies ("Venezuela, hit by ...") or the subject of the clause it
    opens; nothing for other verbs ("was angered by the attacks": no one attacked)."""
    if by.dep != "agent" or by.head == by.i:
        return []
    struck = ctx.tok(by.head)
    if struck.lemma.lower() not in ctx.rules.harm_verbs or _negated(ctx, struck):
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


def _noun_hits(ctx: _Ctx, noun: Token, pattern: Pattern) -> list[_Hit]:
    """Events stated by a noun phrase ("Russia's invasion of Ukraine")."""
    if _negated(ctx, noun):
        return []
    if any(
        k.i < noun.i and k.text.lower() in ctx.rules.unreal_modifiers
        for k in ctx.kids(noun.i, frozenset({"amod", "compound"}))
    ):
        return []  # "a proposed expulsion of diplomats by Poland": not told as done
    if _untold_noun(ctx, noun):
        return []
    if noun.dep == "pobj" and ctx.tok(noun.head).lemma.lower() in ctx.rules.blocking_preps:
        return []
    verb = _governing_verb(ctx, noun)
    if verb is not None and _blocked(ctx, verb, pattern) is not None:
        return []  # "interested in continuing U.S. aid": not a stated fact
    if noun.dep in _SUBJ and noun.head != noun.i and _modality(ctx, ctx.tok(noun.head)) == _BLOCK:
        return []  # "if the China-Japan talks fail": a condition, not a fact
    if verb is not None and verb.lemma.lower() in ctx.rules.blocking_governors:
        return []  # "urged cooperation between A and B": asked for, not stated
    if verb is not None and _calls_off(ctx, verb):
        return []  # "Erdogan's trip to Athens was postponed": no visit took place
    words = _lemmas_under(ctx, noun)
    if pattern.unless_words and words & pattern.unless_words:
        return []
    code = _refined(pattern, words)
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
        for k in ctx.kids(noun.i, frozenset({"prep"})):
            if k.lemma.lower() == "between":
                sides = _actors(ctx, _pobjs(ctx, k), "target")
                hits = _pair_hits(ctx, pattern, code, noun, sides)
                if hits:
                    return hits
        paired = _hyphen_pair(ctx, noun)
        if paired:
            return _pair_hits(ctx, pattern, code, noun, paired)
    sources: list[Mention] = []
    source_slot = ""
    for slot in pattern.source:
        sources = _actors(ctx, _slot_tokens(ctx, noun, None, slot), "source")
        source_slot = slot
        if sources:
            if not slot.startswith("host_subj"):
                # "his meeting with X" mostly restates a meeting told before: not coded;
                # a clause subject ("he is visiting A with a stop in B") is as good as a verb's
                sources = [s for s in sources if s.kind != "pronoun"]
            break
    if not sources and not _hypothetical_subject(ctx, noun):
        # "the visit by Chinese Premier Li Qiang to Australia": a by-phrase names the agent
        # of any event noun
        sources = _actors(ctx, _preps(ctx, noun, frozenset({"by"})), "source")
        sources = [s for s in sources if s.kind != "pronoun"]
    if not sources and "prep:by" in pattern.source:
        by = _stranded_preps(ctx, noun, frozenset({"by"}))
        sources = [s for s in _actors(ctx, by, "source") if s.kind != "pronoun"]
    # "blamed Kyrgyz troops for the fighting": fighting between sides is no one's own deed
    armed_pair = pattern.between and code[:2] in ctx.rules.continued_roots
    host = _charge_host(ctx, noun) if not sources and not armed_pair else None
    if host is not None:
        # "blamed Russia for a cyberattack on Polish railways": the accused did it
        sources = _actors(ctx, ctx.kids(host.i, _OBJ), "source")
    targets: list[Mention] = []
    for slot in pattern.target:
        name, _, arg = slot.partition(":")
        lemmas = frozenset(arg.split("|"))
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
            toks = _struck_patients(ctx, ctx.tok(noun.head))
        elif name == "goods":
            # "Azerbaijan's ban on imports of Russian poultry", "curbs on imports from Japan":
            # where the goods the on-phrase names (the slot's words) come from
            for p in _preps(ctx, noun, frozenset({"on", "against"})):
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
        elif name == "host_subj":
            # "signed a truce under Qatari mediation": the sides are the clause's subjects
            toks = [
                t
                for s in _slot_tokens(ctx, noun, None, slot)
                for t in [s, *_co_subjects(ctx, ctx.tok(s.head))]
            ]
        elif name == "host_args":
            # "handed a mask to Congo during a visit by the Belgian king", "signed deals with
            # Kenya during a three-day visit": the host verb's partner is the one visited
            # (only a visit by the host verb's own subject: "during a visit by Indonesia's
            # president" tells nothing of whom Vietnam's deal was with)
            partner = _phrase_host(ctx, noun, lemmas)
            doers = _actors(ctx, _subject_tokens(ctx, partner), "source") if partner else []
            own = {_principal(m) for m in doers}
            if partner is not None and own and all(_principal(m) in own for m in sources):
                for h in [partner, *ctx.kids(partner.i, _OBJ)]:
                    toks += _preps(ctx, h, frozenset({"to", "with"}))
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
    if not targets and any(
        s.startswith("prep:") and "of" in s[5:].split("|") for s in pattern.target
    ):
        targets = _possessed_patients(ctx, noun)
    if pattern.object_kinds:
        targets = [t for t in targets if _kind_fits(t, pattern.object_kinds)]
    if not targets and host is not None and code[:2] in ctx.rules.deed_roots:
        heads = [p for k in ctx.kids(noun.i, frozenset({"prep"})) for p in _pobjs(ctx, k)]
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
    if eliciting and not targets and verb is not None:
        # "Japan's decision drew sharp criticism from China": aimed at the subject's author;
        # the from-phrase may hang on the verb
        if not sources:
            froms = _own_froms(ctx, noun, _preps(ctx, verb, frozenset({"from"})))
            sources = _actors(ctx, froms, "source")
        subjects = _subject_tokens(ctx, verb)
        targets = _actors(ctx, subjects, "target")
        summed = [c for s in subjects if (c := _summed_clause(ctx, s)) is not None]
        if not targets and summed:
            # "fired a missile, a step that drew condemnation from Seoul": the clause's author
            targets = _actors(ctx, _subject_tokens(ctx, summed[0]), "target")
        if not targets and not summed:
            deeds = _elicited_deeds(ctx, noun, pattern, code, subjects, sources)
            if deeds:
                return deeds
    if not targets and code[:2] in ctx.rules.reaction_roots:
        arrived = _arrived_reaction(ctx, noun, pattern, code, sources)
        if arrived:
            return arrived
    hits = [_Hit(pattern, code, noun, s, t) for s in sources for t in targets if _differ(ctx, s, t)]
    joint = source_slot.startswith("host_subj") or any(s.members for s in sources)
    if not hits and not targets and pattern.between and len(sources) > 1 and joint:
        # "the EU and China made progress in the negotiations", "the two countries' talks":
        # a joint act of the subjects, unless a phrase names another party ("talks with rebels")
        if _preps(ctx, noun, frozenset({"with", "to"})):
            return []
        return _pair_hits(ctx, pattern, code, noun, sources)
    if not hits and not targets and code[:2] in ctx.rules.continued_roots:
        return [_Hit(pattern, code, noun, s, None, "continued") for s in sources]
    return hits


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


# ---------------------------------------------------------------- sentences


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
    """Index of a dash after a leading dateline ("SEOUL —"), else -1."""
    toks = parse.tokens[sent.token_start : min(sent.token_end, sent.token_start + 8)]
    for t in toks:
        if t.text in _DASHES and t.i > sent.token_start:
            before = parse.tokens[sent.token_start : t.i]
            if all(b.pos in ("PROPN", "PUNCT", "SPACE") or b.text.isupper() for b in before):
                return t.i
            return -1
    return -1


_GUESSED = frozenset({"counterpart", "patient"})  # contexts of the discourse counterpart
# hits a later pattern of the same verb that names a target beats
_WEAK = _GUESSED | {"clause", "visited"}


def _sentence_hits(ctx: _Ctx, sent: Sentence) -> list[_Hit]:
    hits: list[_Hit] = []
    nominal: list[_Hit] = []
    ctx.dateline_end = _dateline_end(ctx.parse, sent)
    for t in ctx.parse.tokens[sent.token_start : sent.token_end]:
        lemma = t.lemma.lower()
        if t.pos in ("VERB", "AUX") or _predicative(ctx, t):
            # predicative adjectives ("is disappointed by") read like the verb they come from
            weak: list[_Hit] = []  # a counterpart guessed only if no later pattern names one
            before = len(hits)
            for pattern in ctx.patterns.verbs.get(lemma, ()):
                found = _verb_hits(ctx, t, pattern)
                if found and all(h.context in _WEAK for h in found):
                    weak = weak or found
                elif found:
                    hits.extend(found)
                    break
            else:
                hits.extend(weak)
            if len(hits) == before and _gerund_noun(ctx, t):
                # "Fighting between Kyrgyz and Tajik troops killed 19": a noun tagged a verb
                for pattern in ctx.patterns.nouns.get(t.text.lower(), ()):
                    found = _noun_hits(ctx, t, pattern)
                    if found:
                        nominal.extend(found)
                        break
        elif t.pos == "NOUN" or (t.pos == "PROPN" and t.text.islower()) or _capital_noun(ctx, t):
            # the tagger calls some rare common nouns proper ("weekend airstrike")
            if _capital_noun(ctx, t) and lemma.endswith("s") and lemma not in ctx.patterns.nouns:
                lemma = lemma[:-1]  # "Talks between ...": no lemma for a plural read as a name
                if lemma not in ctx.patterns.nouns and lemma.endswith("e"):
                    lemma = lemma[:-1]  # "Skirmishes between ...": a plural in "-es"
            for pattern in ctx.patterns.nouns.get(lemma, ()):
                found = _noun_hits(ctx, t, pattern)
                if found:
                    nominal.extend(found)
                    break
    hits.extend(_appended_denials(ctx, sent, hits))
    # Verbs state events more directly than nouns: they win the (source, target) pair.
    return hits + nominal


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
        word = t.text.lower()
        if not word.endswith("s") or t.tag in ("VBD", "VBN") or t.i - 1 not in ctx.by_token:
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


def _noun_lemma(ctx: _Ctx, t: Token) -> str:
    """A noun's lowercase lemma, a capitalised first-word plural read as a name made singular
    ("Talks hosted by Oman ...": "talk")."""
    lemma = t.lemma.lower()
    if lemma.endswith("s") and _capital_noun(ctx, t):
        return lemma[:-1]
    return lemma


def _capital_noun(ctx: _Ctx, t: Token) -> bool:
    """Whether a proper noun is a common noun capitalised as the sentence's first word
    ("Talks between Serbia and Kosovo ...", "Negotiations resumed"): no entity, first word."""
    first = max(ctx.dateline_end + 1, ctx.parse.sentences[t.sent].token_start)
    return t.pos == "PROPN" and not t.ent_type and t.i == first and t.text[1:].islower()


def _predicative(ctx: _Ctx, t: Token) -> bool:
    """An adjective that predicates of a subject: "is disappointed", "(is) ... and perplexed"."""
    if t.pos != "ADJ":
        return False
    if t.dep == "acomp":
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
    before = [h for i, h in coded if i == sent.index - 1]
    if not before:
        return []
    first = _principal(before[0].source)
    out: list[_Hit] = []
    for v in ctx.parse.tokens[sent.token_start : sent.token_end]:
        if v.head != v.i or v.pos not in ("VERB", "AUX"):
            continue
        mirror = _returns_in_kind(ctx, v)
        if not mirror and not _echoes(ctx, v):
            continue
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
                else:  # "Russia expelled two Estonian diplomats. Estonia did the same": in kind
                    out.append(replace(h, source=s, target=h.source, trigger=v))
    return out


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
    events = _code_events(article, parse, mentions, patterns, domestic=False)
    if not settings.domestic:
        return events
    # Domestic mode adds the acts inside one state from a second pass (its own people as
    # mentions, _differ taking roles as sides) and keeps every event of the first as it is.
    more = _code_events(
        article,
        parse,
        domestic_mentions(article, parse, mentions),
        with_domestic(patterns or load_patterns()),
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
    domestic: bool,
) -> tuple[Event, ...]:
    """The events of one pass of the coder (see code_events)."""
    ctx = _Ctx(parse, mentions, load_rules(), patterns or load_patterns())
    ctx.domestic = domestic
    headline = sum(1 for sent in parse.sentences if sent.end <= article.body_start)
    ctx.lead_end = _lead_end(parse, headline)
    ctx.first_body = headline
    events: list[Event] = []
    coded: list[tuple[int, _Hit]] = []  # (sentence index, hit) of every event, in order
    for sent in parse.sentences:
        if _skip_sentence(article, parse, sent):
            continue
        seen: dict[tuple[str, str, str], _Hit] = {}
        roots: dict[tuple[str, str], set[str]] = {}
        # an echo stands for what its own verb would code ("took a similar step", "responded
        # in kind"); other verbs of the sentence keep their acts
        echoed = _echoed_acts(ctx, sent, coded)
        echoes = {h.trigger.i for h in echoed} | _in_kind_verbs(ctx, sent, coded)
        pending = [h for h in _sentence_hits(ctx, sent) if h.trigger.i not in echoes] + echoed
        ctx.sentence_hits[sent.index] = tuple(pending)
        pending.reverse()
        while pending:
            found = pending.pop()
            if found.target is None:
                later = _answered_later(ctx, found, pending)
                later = _met_later(ctx, found, pending) if later is None else later
                if later is not None:
                    # "South Korea protested after Chinese ships entered its waters": the
                    # act it answers is coded first
                    pending.insert(later, found)
                    continue
                # resolved now, so an earlier hit of this sentence can be its antecedent
                resolved = _with_context(ctx, found, coded, sent.index)
                resolved = resolved or _conjunct_targets(ctx, found, coded, sent.index)
                resolved = resolved or _sequel_targets(ctx, found, coded, sent.index)
                pending.extend(reversed(resolved))
                continue
            hit = found
            assert hit.target is not None
            assert hit.source.actor is not None and hit.target.actor is not None
            if _private_party(ctx, hit):
                log.debug("private party dropped: %s %s", hit.code, hit.trigger.text)
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
            if hit.code[:2] in roots.get(pair, ()) and not (
                # "summoned X's envoy and accused X of ...": two acts of one root
                first is not None
                and first.code != hit.code
                and hit.code[:2] not in ctx.rules.encounter_roots
                and not (_blame(ctx, hit.code) and _blame(ctx, first.code))
                and _coordinated_act(ctx, hit, first)
            ):
                log.debug("same root dropped: %s %s %s", pair, hit.code, hit.trigger.text)
                continue
            if first is not None and not (
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
            ):
                log.debug("second act dropped: %s %s %s", pair, hit.code, hit.trigger.text)
                continue
            roots.setdefault(pair, set()).add(hit.code[:2])
            seen.setdefault(key, hit)
            events.append(_to_event(article, parse, sent, hit))
            coded.append((sent.index, hit))
    return tuple(events)


_CONTEXT_WINDOW = 12  # sentences back that an implicit target may come from
_BYSTANDER_WINDOW = 3  # sentences back that a third party's reaction to a named act looks


def _private(ctx: _Ctx, m: Mention) -> bool:
    """Whether a mention is a group of people who act for no state ("Chinese investors",
    "British journalists"), not the state's own outlet or firm ("state television", Xinhua)."""
    rules = ctx.rules
    if m.actor is None or m.actor.role.lower() not in rules.private_roles or m.kind == "name":
        return False
    words = {t.text.lower() for t in ctx.parse.tokens[m.token_start : m.token_end]}
    parts = {p for w in words for p in w.split("-")}  # "state-run" as one token or three
    return not (words | parts) & (rules.state_role_words | rules.nation_nouns)


def _private_party(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a hit's source for anything but a protest (private_source_roots), or its target
    for anything but an act done to the people themselves (arrest, sanction, attack, aid:
    private_target_roots), is a private group. In domestic mode a state's own people are a
    side of its domestic acts ("protesters demanded the government's resignation")."""
    assert hit.target is not None
    if ctx.domestic and _same_state(hit.source, hit.target):
        return False
    if _private(ctx, hit.source) and hit.code[:2] not in ctx.rules.private_source_roots:
        return True
    return _private(ctx, hit.target) and hit.code[:2] not in ctx.rules.private_target_roots


def _trailing_charge(ctx: _Ctx, hit: _Hit, first: _Hit) -> bool:
    """Whether a trailing -ing clause or a coordinated verb states a charge of its own after a deed.

    "Belarus expelled two Polish diplomats, accusing Warsaw of lobbying", "Mali expelled
    France's ambassador and accused Paris of arming rebels": the expulsion (16) and the
    accusation (11) are two acts; "criticized X, calling it ..." restates one.
    """
    if not _joined_after(ctx, hit.trigger, first.trigger, hit.trigger):
        return False
    return hit.code[:2] in ctx.rules.charge_roots and first.code[:2] in ctx.rules.deed_roots


def _blame(ctx: _Ctx, code: str) -> bool:
    """Whether a code blames (criticize, accuse: blame_codes), so two in a row are one charge."""
    return code[:3] in ctx.rules.blame_codes


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
        and bool(ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ))
    ):
        return True
    return bool(_reporter(ctx, verb))


def _joined_after(ctx: _Ctx, t: Token, host: Token, anchor: Token) -> bool:
    """Whether ``anchor`` (t itself, or the conjunct t's clause hangs from) is a verb coordinated
    after ``host`` ("condemned X and urged Y", also as the third of a list: _conj_host) or a
    trailing -ing clause of it ("..., accusing Y")."""
    if anchor.i < host.i or t.i == host.i:
        return False
    if anchor.head == host.i and anchor.dep == "advcl" and anchor.tag == "VBG":
        return True
    cur: Token | None = anchor
    for _ in range(4):
        if cur is None or not (cur.dep == "conj" or _loose_conjunct(ctx, cur)):
            return False
        cur = _conj_host(ctx, cur)
        if cur is not None and cur.i == host.i:
            return True
    return False


def _said_conjunct(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb a subjectless saying verb is joined after, when ``verb`` heads what it says
    ("denounced the expulsion and said Moscow would retaliate": the threat acts on whom the
    denunciation did, as "and threatened to retaliate" would; _conjunct_targets)."""
    if verb.dep != "ccomp" or verb.head == verb.i:
        return None
    said = ctx.tok(verb.head)
    if said.lemma.lower() not in ctx.rules.speech_verbs or ctx.kids(said.i, _SUBJ | _PASSIVE_SUBJ):
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
    # "expelled two Estonian diplomats, threatening further measures": a trailing -ing clause
    # with no actor of its own acts on the same one
    host = (
        _bare_conjunct(ctx, hit.trigger)
        or _bare_participle(ctx, hit.trigger)
        or _said_conjunct(ctx, hit.trigger)
    )
    undoing = hit.code[:2] in ctx.rules.undoing_roots
    if host is None or hit.source.actor is None or (hit.code[:2] not in hostile and not undoing):
        return []
    if undoing and not any(
        _same_act(ctx, o.lemma.lower(), t)
        for o in ctx.kids(hit.trigger.i, _OBJ)
        for t in [host, *ctx.kids(host.i, _OBJ)]
    ):
        return []
    src = hit.source.actor.principal
    targets = {
        h.target.actor.principal: h.target
        for i, h in coded
        if i == sent_index
        and h.trigger.i == host.i
        and h.target is not None
        and h.target.actor is not None
        and _same_source(h, src)
    }
    first = {h.code[:2] for i, h in coded if i == sent_index and h.trigger.i == host.i}
    if len(targets) != 1 or not first <= hostile:
        return []
    return [replace(hit, target=t) for t in targets.values()]


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
    if src is None or verb.pos != "VERB":
        return []
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


def _same_source(hit: _Hit, principal: str) -> bool:
    """Whether a hit is an act of `principal` (_principal of its source): the earlier acts a
    source's next act continues are its own only, and a source with no actor ("") is
    nobody's, so it never continues another's act nor matches another actorless one."""
    return principal != "" and _principal(hit.source) == principal


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
    if verb.pos != "VERB" or ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ):
        return False
    return bool(ctx.kids(verb.i, _OBJ | frozenset({"xcomp", "prep"})))


def _conj_host(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb a coordinated verb is joined to, past a misattachment to a gerund.

    "accused Egypt of meddling and suspended talks": a finite verb the parser joins to a gerund
    (coordinated gerunds are gerunds too) is joined to the verb the gerund's preposition hangs on.
    """
    if verb.head == verb.i or not (verb.dep == "conj" or _loose_conjunct(ctx, verb)):
        return None
    head = ctx.tok(verb.head)
    if head.tag == "VBG" and head.dep == "pcomp" and verb.tag != "VBG" and head.head != head.i:
        prep = ctx.tok(head.head)
        if prep.dep == "prep" and prep.head != prep.i and ctx.tok(prep.head).pos == "VERB":
            return ctx.tok(prep.head)
    if (
        _tensed(verb)
        and head.dep == "xcomp"
        and _infinitive(ctx, head)
        and ctx.tok(head.head).pos == "VERB"
    ):
        # "urged Pyongyang to return to talks and called on China to ...": a tensed verb
        # joined to an infinitive is joined to the infinitive's governor
        return ctx.tok(head.head)
    if (
        head.dep == "oprd"
        and head.pos in ("ADJ", "NOUN")
        and ctx.tok(head.head).pos == "VERB"
        and head.head < head.i
        and (_tensed(verb) or _past_participle_conjunct(ctx, verb, ctx.tok(head.head)))
    ):
        # "called the plan illegal and summoned Chile's envoy": a tensed verb joined to the
        # predicate of a naming verb is joined to that verb
        return ctx.tok(head.head)
    return head


def _past_participle_conjunct(ctx: _Ctx, verb: Token, host: Token) -> bool:
    """Whether a joined verb tagged VBN with no auxiliary is a past tense like its host's.

    "Peru called the plan illegal and summoned Chile's envoy": the parser may tag the second
    verb a participle; after a host in the simple past it is the same tense.
    """
    return (
        verb.tag == "VBN"
        and host.tag == "VBD"
        and _tensed(host)
        and not ctx.kids(verb.i, frozenset({"aux", "auxpass"}))
    )


def _stolen_subject(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb whose subject the parser took as the last of a list of objects, if any.

    "Germany sanctioned Iran and Britain froze Iranian assets": "Britain" hangs on "Iran", and
    "froze", joined to "sanctioned", has no subject; an actor right before a tensed verb with
    no subject (adverbs aside: "and Britain also froze") is that verb's subject.
    """
    if noun.dep != "conj" or noun.pos not in ("PROPN", "NOUN") or noun.i not in ctx.by_token:
        return None
    for i in range(noun.i + 1, min(noun.i + 4, len(ctx.parse.tokens))):
        v = ctx.tok(i)
        if v.dep == "advmod" and v.head > i:
            continue
        if v.dep == "conj" and _tensed(v) and not ctx.kids(v.i, _SUBJ | _PASSIVE_SUBJ):
            return v
        return None
    return None


def _subject_before(ctx: _Ctx, verb: Token) -> Token | None:
    """The actor right before a joined verb that the parser took as an object (_stolen_subject)."""
    for i in range(verb.i - 1, max(verb.i - 4, -1), -1):
        t = ctx.tok(i)
        if t.dep == "advmod" and t.head == verb.i:
            continue
        stolen = _stolen_subject(ctx, t)
        return t if stolen is not None and stolen.i == verb.i else None
    return None


def _loose_conjunct(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb the parser left loose ("dep") after a comma is a second verb of its head.

    "Peru condemned the raid on Monday, then urged Chile to ...": a tensed verb with no subject
    after its head's clause shares the subject, as a conjunct does.
    """
    return (
        verb.dep == "dep"
        and verb.head < verb.i
        and _tensed(verb)
        and ctx.tok(verb.head).pos == "VERB"
        and not ctx.kids(verb.i, _SUBJ | _PASSIVE_SUBJ)
        and any(ctx.tok(i).text == "," for i in range(verb.head + 1, verb.i))
    )


def _tensed(t: Token) -> bool:
    """Whether a verb shows a finite inflection ("summoned", "urges"; not "cut", "put")."""
    return t.tag in ("VBD", "VBZ") and t.text.lower() != t.lemma.lower()


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
    if t.pos != "VERB" or (
        t.lemma.lower() in ctx.rules.speech_verbs and not _saying_act(ctx, hit, first)
    ):
        return False
    if hit.pattern.reciprocal and t.dep != "conj":
        # "signed an MOU, expanding relations between the two": the one act; "met in Lima and
        # signed a deal" tells two
        return False
    if t.lemma.lower() == first_t.lemma.lower() or hit.target is None:
        return False
    if t.lemma.lower() in ctx.rules.naming_verbs and not ctx.kids(t.i, frozenset({"prep", "prt"})):
        return False  # "..., calling the U.S. a hacker empire": the first act, named
    # a reaction whose target the context gave, clauses deep after the first act, restates
    # it ("protested to Minsk and said it had decided to criticize the move": the deed the
    # protest answered, or another clause's); one clause up it may be an act of its own
    anchor = _clause_anchor(ctx, t, first_t, climb=hit.context in ("", "clause"))
    host = first_t
    if anchor.head != first_t.i and anchor.head != anchor.i and first_t.i < anchor.i:
        # "said Kabul was ready to work with Berlin and urged Germany to ...": the first act
        # sits in the clause the second verb is joined to
        clause = ctx.tok(anchor.head)
        if _under_verb(ctx, first_t, clause, t):
            host = clause
    if not (
        _joined_after(ctx, t, host, anchor)
        or _reported_sequel(ctx, anchor, first_t)
        or _semicolon_apart(ctx, first_t, anchor)
        or _contrasted_clause(ctx, host, anchor)
        or _with_clause(ctx, host, anchor)
    ):
        return False
    if hit.pattern.reciprocal or _with_clause(ctx, host, anchor):
        # "Peru and Chile met ... and signed a deal": the partners are the subject; "signed a
        # deal, with the bloc pledging loans": the with-clause names its own doer
        return True
    own = range(hit.target.token_start, hit.target.token_end)
    if any(_under_verb(ctx, ctx.tok(i), t, first_t) for i in own):
        return True
    # "Iran summoned the British envoy and demanded an explanation": a bare conjunct whose
    # target the context or its host verb gave is an act of its own
    if bool(hit.context) and _bare_conjunct(ctx, t) is not None:
        return True
    # "condemned the expulsion and said Moscow would retaliate", "respected its sovereignty
    # and would keep providing aid": so is the clause of a conjunct with no subject of its own
    # (not "pledged to send firefighters": the conjunct's own act, coded, holds the second)
    # "met the ambassador and promised that police would protect the workers": a that-clause
    # is the conjunct's complement as an object is
    if (
        bool(hit.context)
        and anchor.dep == "conj"
        and not ctx.kids(anchor.i, _SUBJ | _PASSIVE_SUBJ)
        and (
            (anchor.i != t.i and not _acting_verb(ctx, anchor))
            or (anchor.i == t.i and bool(ctx.kids(t.i, frozenset({"ccomp"}))))
        )
    ):
        return True
    # "expelled two Estonian diplomats, threatening further measures": a trailing -ing clause
    # with no actor of its own acts on its host's target, a hostile act after a hostile one
    hostile = ctx.rules.hostile_roots
    return (
        _bare_participle(ctx, t) is not None
        and hit.code[:2] in hostile
        and first.code[:2] in hostile
    )


def _clause_anchor(ctx: _Ctx, t: Token, first: Token, climb: bool = True) -> Token:
    """The verb whose clause holds ``t`` and that hangs on the first act's clause (_coordinated_act).

    "met his counterpart and promised that Warsaw would keep supplying fuel to Kyiv", "restored
    ties, but ties soured after Ecuador expelled Colombian diplomats": up through complements
    (xcomp, ccomp) and subordinate clauses with a subject of their own (advcl), to the
    conjunct or clause joined to the first act's verb (at most _ANCHOR_STEPS up; with
    climb false, only the verb whose complement ``t`` is).
    """
    anchor = t
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
    ("signed a trade deal, with the bloc pledging 500 million euros"): a second act."""
    if clause.dep != "pcomp" or clause.i < host.i or not ctx.kids(clause.i, _SUBJ):
        return False
    prep = ctx.tok(clause.head)
    return prep.lemma.lower() == "with" and prep.head == host.i


def _contrasted_clause(ctx: _Ctx, host: Token, clause: Token) -> bool:
    """Whether ``clause`` is a clause with a subject of its own set against ``host`` after it
    ("praised Sweden's reforms, while it still blocked Stockholm's bid": contrast_marks)."""
    return (
        clause.dep == "advcl"
        and clause.head == host.i
        and clause.i > host.i
        and bool(ctx.kids(clause.i, _SUBJ))
        and any(
            k.lemma.lower() in ctx.rules.contrast_marks
            for k in ctx.kids(clause.i, frozenset({"mark"}))
        )
    )


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


def _sequenced_gerund(ctx: _Ctx, t: Token) -> bool:
    """Whether a trigger is a gerund under "before"/"after" ("fought X before agreeing to a
    truce with X"): an act in sequence with its host's, not a restatement of it."""
    if t.dep != "pcomp" or t.tag != "VBG" or t.head == t.i:
        return False
    prep = ctx.tok(t.head)
    return prep.dep == "prep" and prep.lemma.lower() in ctx.rules.sequence_preps


def _leading_clause(ctx: _Ctx, t: Token) -> bool:
    """Whether a trigger heads an adverbial clause set before the verb it hangs on.

    "While visiting Kyiv, ...", "After meeting Ishiba, ...": the clause tells an act of its own;
    a trailing one ("..., threatening to cut aid") mostly elaborates its host.
    """
    cur = t
    if cur.dep == "pcomp" and cur.head != cur.i:
        cur = ctx.tok(cur.head)  # "after meeting X": the preposition hangs on the host
        if cur.dep != "prep":
            return False
    elif cur.dep != "advcl" and not _fronted_participle(ctx, cur):
        return False
    return cur.head != cur.i and cur.i < cur.head


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
    coded: list[tuple[int, _Hit]], sent_index: int, mediator: str, roots: frozenset[str]
) -> list[Mention]:
    """The two sides of the latest negotiating act (roots) coded both ways ("A and B held
    talks", "signed an agreement"): a pair that only traded blows or charges held no talks."""
    for index, earlier in reversed(coded):
        if sent_index - index > _CONTEXT_WINDOW:
            break
        a, b = earlier.source, earlier.target
        if a.actor is None or b is None or b.actor is None or earlier.code[:2] not in roots:
            continue
        if mediator in (a.actor.principal, b.actor.principal):
            continue
        for i, other in coded:
            if (
                i == index
                and other.target is not None
                and other.source.actor is not None
                and other.target.actor is not None
                and other.source.actor.principal == b.actor.principal
                and other.target.actor.principal == a.actor.principal
            ):
                return [a, b]
    return []


def _with_context(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """The hit with its target(s) taken from the article's earlier events (none if not found).

    "China denounced the new tariffs" after "Trump imposed tariffs on China": the reaction's
    target is who last acted on China. "The Russian attack damaged a school" after "Russia
    struck Kharkiv": the attack continues Russia's last attack, on the same target.
    """
    src = hit.source.actor
    if src is None or _naming_restated(ctx, hit.trigger):
        return []
    if hit.context == "parallel":
        joined = _parallel(hit, coded, sent_index)
        # "Peru also welcomed the vote" with no reaction of its kind just told: the vote's
        return joined or (_told_act(ctx, hit, coded) if hit.noun >= 0 else [])
    if hit.context == "mediation":
        sides = _latest_sides(coded, sent_index, src.principal, ctx.rules.negotiating_roots)
        chosen = sides or list(hit.fallback)
        return [replace(hit, target=t) for t in chosen if _differ(ctx, hit.source, t)]
    if hit.context == "sides":
        # "Cyprus urged restraint" after an act that coded nothing: an appeal to its actor
        appeals = _conflict_sides(ctx, hit, coded, sent_index)
        return appeals or _uncoded_authors(ctx, hit, coded, sent_index)
    if hit.context == "patient":
        # "Poland's ambassador was summoned": the hit holds the patient as its source
        other = _counterpart(ctx, hit, coded, sent_index, reply=False)
        return [] if other is None else [replace(hit, source=other, target=hit.source)]
    if hit.context == "told":
        return _told_act(ctx, hit, coded)
    if hit.context == "visited":
        return _met_partner(ctx, hit, coded, sent_index)
    if hit.context == "deed":
        out = _latest_deed(ctx, hit, coded, sent_index)
    elif hit.context == "delivery":
        out = _delivery_partner(ctx, hit, coded, sent_index)
        out = out or _project_sides(ctx, hit, coded, sent_index)
        out = out or _sole_recipient(ctx, hit, coded, sent_index)
        out = out or _fellow_recipient(ctx, hit, coded, sent_index)
        if hit.code[:2] in ctx.rules.delivery_roots:
            return out  # goods that no deal in reach named are no part of it (_delivery_partner)
    elif hit.context == "counterpart":
        out = []
    else:
        found = _context_target(ctx, hit, coded, sent_index)
        if found is None and hit.act in ctx.rules.claim_nouns:
            out = _claimed_by(ctx, hit, coded, sent_index)
        else:
            out = [] if found is None else _co_authored(ctx, found, coded)
    if not out and hit.clause and hit.context != "continued":
        # the context rules found nothing: the one actor the trigger's own clause names
        return [replace(hit, target=t, context="clause") for t in hit.clause]
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
    if out or hit.context == "continued" or hit.named or not _told(ctx, hit.trigger):
        return out  # "condemned the attack" answers the attacker only, found or not
    # nothing of the kind told: the source's counterpart; a reaction, only who acted on it
    reply = hit.context in ("reaction", "deed") or hit.code[:2] in ctx.rules.reaction_roots
    other = _counterpart(ctx, hit, coded, sent_index, reply)
    return [] if other is None else [replace(hit, target=other, context="counterpart")]


_UNCODED_WINDOW = 3  # sentences back that an uncoded act a reaction answers may be told


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
        if own and all(h.target is None and h.code[:2] in answers and h.context for h in own):
            continue  # "The EU voiced concern.", "Peru welcomed the vote": other answers
        if _background_sentence(ctx, index, coded) and not _background_act(ctx, hit.trigger):
            continue  # "In 2021, Spain had hosted ...": told as background, not the act answered
        if any(i == index for i, _ in coded):
            # a coded act: the context rules have spoken, but for a deal or an act on a third
            # state a bystander's bare protest answers ("Egypt and Sudan signed a pact.
            # Ethiopia objected": both)
            followed = _followed_answers(ctx, hit, [e for i, e in coded if i == index])
            return _coded_authors(ctx, hit, coded, index) if followed is None else followed
        sent = ctx.parse.sentences[index]
        if _answer_sentence(ctx, sent):
            continue  # "The EU called the agreement a milestone": another answer, uncoded
        authors = _main_act_authors(ctx, sent)
        if not authors or not all(_differ(ctx, hit.source, a) for a in authors):
            return []
        if not _names_act(ctx, hit, ctx.parse.tokens[sent.token_start : sent.token_end]):
            return []
        return [replace(hit, target=a, context="uncoded") for a in authors]
    return []


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
    # "Russia signed a trade deal with China. Poland condemned.": a deal told one way, or any
    # friendly act, is no act a bare condemnation answers
    hostile = not any(e.code[:2] in ctx.rules.friendly_roots for e in events)
    if hostile and len({a for a, _ in pairs}) == 1:
        return [replace(hit, target=first.source, context="uncoded")]
    return []


def _followed_answers(ctx: _Ctx, hit: _Hit, events: list[_Hit]) -> list[_Hit] | None:
    """For a bystander's bare protest after a sentence of other states' answers only: the act
    they answer, through their targets ("North Korea fired two missiles. South Korea condemned
    the launch. Japan lodged a protest": PRK, not KOR). An answer is criticism or rejection
    (followed_roots) of a thing done ("condemned North Korea's launch": _act_object), or an
    answer whose target came from an earlier act (a context: "Israel warned of consequences");
    a threat or charge told outright ("China threatened Taiwan", "Russia accused Estonia of
    spying") is an act of its own. None when the sentence holds anything else or the protester
    is a party to it (_coded_authors decides)."""
    rules = ctx.rules
    if hit.noun >= 0 or hit.context not in ("reaction", "objectless") or not events:
        return None
    bare = rules.answer_nouns | rules.feeling_nouns
    if any(o.lemma.lower() not in bare for o in ctx.kids(hit.trigger.i, _OBJ)):
        return None  # "Iran criticized a deal reached at talks": an object of its own
    answers = [
        e
        for e in events
        if e.target is not None
        and e.code[:2] in rules.answering_roots
        and (e.context or (e.code[:2] in rules.followed_roots and _act_object(ctx, e.trigger)))
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


def _main_act_authors(ctx: _Ctx, sent: Sentence) -> list[Mention]:
    """The states or IGOs whose act a sentence's main verb tells, done and affirmed, on an
    object that is no domestic business (none for saying, a copula, or private actors); or
    the act a saying verb reports as done ("Lithuania said it had banned three channels")."""
    roots = [
        t
        for t in ctx.parse.tokens[sent.token_start : sent.token_end]
        if t.head == t.i and t.pos == "VERB"
    ]
    if len(roots) != 1:
        return []
    verb = roots[0]
    if verb.lemma.lower() in ctx.rules.speech_verbs and not _negated(ctx, verb):
        clauses = [c for c in ctx.kids(verb.i, frozenset({"ccomp"})) if c.pos == "VERB"]
        return _act_authors(ctx, clauses[0], sent) if len(clauses) == 1 else []
    return _act_authors(ctx, verb, sent)


def _act_authors(ctx: _Ctx, verb: Token, sent: Sentence) -> list[Mention]:
    """The states or IGOs whose done, affirmed act a verb tells (see _main_act_authors)."""
    rules = ctx.rules
    lemma = verb.lemma.lower()
    # done: "sent", "has sent" (not "will send", "sends", "is sending")
    perfect = verb.tag == "VBN" and any(
        a.lemma.lower() == "have" for a in ctx.kids(verb.i, frozenset({"aux"}))
    )
    if lemma in rules.speech_verbs or lemma in ("be", "have") or not (verb.tag == "VBD" or perfect):
        return []
    words = ctx.parse.tokens[sent.token_start : sent.token_end]
    if _game(ctx, words):
        return []  # "Brazil beat Argentina in the World Cup final": a game, no act
    if _negated(ctx, verb) or _modality(ctx, verb) is not None or _no_object(ctx, verb):
        return []
    for obj in ctx.kids(verb.i, _OBJ):
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
    return list(out.values()) if _outward(ctx, verb, frozenset(out)) else []


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
    mutual = act.code in ctx.rules.joint_codes or any(
        e.trigger.i == act.trigger.i
        and e.target is not None
        and _principal(e.source) == act.target.actor.principal
        and _principal(e.target) == _principal(act.source)
        for _, e in coded
    )
    if mutual and act.target.actor.principal not in principals:
        out.append(replace(found, target=act.target))
    return sorted(out, key=lambda h: h.target.token_start if h.target is not None else -1)


def _principal(m: Mention) -> str:
    """A mention's principal actor code ("" for none)."""
    return m.actor.principal if m.actor is not None else ""


_COUNTERPART_WINDOW = 3  # sentences back that a source's counterpart may be found


def _counterpart(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int, reply: bool
) -> Mention | None:
    """The one other principal of the latest coded events that involve a party.

    "Turkey and Iraq signed a water deal. Ankara pledged 200 million dollars": the latest
    sentence, up to _COUNTERPART_WINDOW back, with an event that has the party on one side
    gives the other side; for a reply (a reaction), only an event done to the party counts
    ("Indian troops shelled Pakistani posts. Islamabad lodged a protest"). Two different
    counterparts in that sentence, or a third state named in it or since (the story moved
    on), give nothing.
    """
    party = hit.source  # the patient, for an agentless passive
    own = party.actor.principal if party.actor is not None else ""
    found: dict[str, Mention] = {}
    at = -1
    for index, earlier in reversed(coded):
        if sent_index - index > _COUNTERPART_WINDOW or (at >= 0 and index != at):
            break
        e_src, e_tgt = earlier.source.actor, earlier.target.actor if earlier.target else None
        if e_src is None or e_tgt is None or earlier.target is None:
            continue
        if _relative(ctx, earlier.trigger):
            continue  # "Egypt, which mediated the talks with Sudan, ...": a description
        if reply and hit.answers and earlier.code[:2] not in hit.answers:
            continue  # "Japan praised Mexico. Mexico took measures": no retaliation for praise
        hostile = ctx.rules.hostile_roots
        if (hit.code[:2] in hostile) != (earlier.code[:2] in hostile):
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
    named = _named_states(ctx, first, ctx.parse.sentences[sent_index].token_end, party, False)
    assert other.actor is not None
    return None if any(p != other.actor.principal for p in named) else other


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
    between two states give both; a giver that is one of them gives nothing here.
    """
    if not _for_project(ctx, hit.trigger):
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


def _for_project(ctx: _Ctx, verb: Token) -> bool:
    """Whether a "for" phrase under a verb's own clause names a project ("pledged 300 million
    euros in loans for the pipeline"); one inside a clause below it does not count."""
    for t in ctx.parse.subtree(verb.i):
        if t.dep != "prep" or t.lemma.lower() != "for":
            continue
        if not any(_told_project(ctx, p) for p in _pobjs(ctx, t)):
            continue
        cur = ctx.tok(t.head)
        while cur.i != verb.i and cur.pos not in ("VERB", "AUX") and cur.head != cur.i:
            cur = ctx.tok(cur.head)
        if cur.i == verb.i:
            return True
    return False


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


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    """Codes of lands that are no sovereign state (data/actors/territories.yaml)."""
    return frozenset(str(k) for k in load_data("actors/territories.yaml") or ())


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    """Principals that are states (the actors' gazetteer), as against IGOs."""
    return frozenset(str(k) for k in load_data("actors/states.yaml"))


_RECIPIENT_WINDOW = 2  # sentences back that the one state a gift may go to is looked for
_RECIPIENT_DEPS = frozenset({"pobj", "dobj", "dative", "appos", "attr", "conj"})


def _sole_recipient(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """A gift with no recipient and no deal behind it goes to the one other state in reach.

    "Floods have displaced 300,000 people in Somalia. Germany pledged 10 million euros": the
    states named in this sentence and the _RECIPIENT_WINDOW before it, apart from the giver
    and names used as modifiers ("Russian-made tanks"), must be exactly one (IGOs are givers
    and venues, not recipients); two states, or none, give nothing. Not for a gift told as a
    charge or an aside ("accused Chad of arming the rebels": an -ing form), nor when the
    giver made a deal in reach of which the gift is no part (see _delivery_partner).
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
    if len(seen) != 1:
        return []
    m, fits = next(iter(seen.values()))
    return [replace(hit, target=m, act="")] if fits else []


_FELLOW_WINDOW = 4  # sentences back that other givers' gifts a gift may join are told
_GIFT_PREPS = frozenset({"to"})  # "sent tents to flood victims": the gift's own receiver


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
    gift = ctx.rules.gift_codes
    if hit.trigger.tag == "VBG" or not any(hit.code.startswith(c) for c in gift):
        return []
    if _told_addressee(ctx, hit.trigger, _GIFT_PREPS):
        return []
    if any(a.lemma.lower() == "have" for a in ctx.kids(hit.trigger.i, frozenset({"aux"}))):
        return []  # "Iran has supplied drones": a standing fact, not one more gift of the round
    giver = _principal(hit.source)
    found: Mention | None = None
    parties = {giver}
    first = sent_index
    for index, earlier in reversed(coded):
        if sent_index - index > _FELLOW_WINDOW:
            break
        if earlier.target is None:
            continue
        if giver in (_principal(earlier.source), _principal(earlier.target)):
            return []
        if not any(earlier.code.startswith(c) for c in gift):
            continue
        found = found or earlier.target
        if _principal(found) != _principal(earlier.target):
            return []
        parties |= {_principal(earlier.source), _principal(earlier.target)}
        first = index
    if found is None:
        return []
    start = ctx.parse.sentences[first].token_start
    named = _named_states(ctx, start, ctx.parse.sentences[sent_index].token_end, hit.source)
    if set(named) - parties:
        return []
    return [replace(hit, target=found, act="")]


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
        if not places and head.dep == "pobj" and head.head != head.i:
            if ctx.tok(head.head).lemma.lower() in ctx.rules.place_preps:
                continue
        if not m.token_start <= head.head < m.token_end:
            # a subject gives or acts, a modifier only qualifies ("Russian-made"): no recipient
            fits = head.dep in _RECIPIENT_DEPS or _placed_owner(ctx, head)
            seen[m.actor.principal] = (m, fits or seen.get(m.actor.principal, (m, False))[1])
    return seen


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


def _conflict_sides(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> list[_Hit]:
    """An appeal for calm with no target of its own is aimed at both sides of the latest conflict.

    "Israeli forces struck targets in Lebanon. France urged both sides to show restraint": the
    latest hostile act (conflict_roots) up to _CONTEXT_WINDOW sentences back gives its source
    and its target. Only a third party's appeal: one side calling for restraint ("the Canadian
    Chamber of Commerce called for restraint" in a trade war) may speak to its own. No such
    act, no target. An IGO is no side: its warning or sanction answers the conflict, whose
    side it names ("Turkey sent a drill ship ... the EU warned Ankara ... Washington urged
    restraint on all sides": Turkey, not the EU).
    """
    states = _state_codes()
    for index, earlier in reversed(coded):
        if sent_index - index > _CONTEXT_WINDOW:
            break
        if earlier.code[:2] not in ctx.rules.conflict_roots or earlier.target is None:
            continue
        sides = [
            m
            for m in (earlier.source, earlier.target)
            if m.actor is not None and m.actor.principal in states
        ]
        if not all(_differ(ctx, hit.source, t) for t in sides):
            return []
        return [replace(hit, target=t) for t in sides]
    return []


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
    caused = -1  # a sentence whose after-clause told a cause: its main act is the deed
    for index, earlier in reversed(coded):
        # beyond the window only the lead's deed, and no deed of the kind coded since
        far = sent_index - index > _BYSTANDER_WINDOW and index >= ctx.lead_end
        if index < caused:
            return []  # "Turkey sent a ship after Greece signed a deal": Turkey's, uncoded
        if earlier.target is None or _described_reactor(ctx, hit, earlier, index, sent_index):
            continue
        cause = index < sent_index and _cause_clause(ctx, earlier.trigger)
        if cause and not _background_only(ctx, hit, earlier):
            caused = index
            continue
        answer = earlier.code[:2] in ctx.rules.answering_roots
        if sent_index - index > _BYSTANDER_WINDOW and answer and not noun:
            continue  # the lead's warning or protest answers its deed: no "move" of its own
        if _background_only(ctx, hit, earlier):
            continue  # "Relations soured last year after Libya detained ...": another occasion
        if _answers_earlier(ctx, earlier):
            # "Belgium and Austria praised the decision": praise is no decision, but a reaction
            # to the same deed ("the decision", "the step") shares its author
            if _sums_up_deed(ctx, earlier) and not far:
                return _shared_authors(ctx, hit, earlier, coded)
            continue
        same = bool(noun) and _deverbal(ctx, noun, earlier.trigger)
        if earlier.code[:2] not in hit.answers and not same:
            continue
        if earlier.code[:3] in ctx.rules.verbal_support_codes and not same:
            continue  # "Russia stood by its ally. The EU backed the move": words, no deed
        if far:
            return []  # a deed of the kind between the lead and the window: which is meant?
        if not _differ(ctx, hit.source, earlier.source):
            return []
        if (
            noun
            and any(
                i == index
                and other.target is not None
                and other.trigger.i != earlier.trigger.i  # "A and B blockaded X": one act
                and (other.code[:2] in hit.answers or _deverbal(ctx, noun, other.trigger))
                and _differ(ctx, other.source, earlier.source)
                and _differ(ctx, other.source, hit.source)
                # "A and B clashed": one act, both ways
                and _differ(ctx, other.source, earlier.target)
                for i, other in coded
            )
        ):
            return []  # "A blockaded X and B blockaded Y. Z condemned the blockade": which?
        if not noun and _uncoded_doer_between(ctx, hit, earlier, index, sent_index):
            return []  # "Separately, Cyprus opened a new port": that may be the decision
        if _another_of_kind(ctx, hit, index, sent_index):
            return []  # "Analysts said a decision on a rail link was due": which decision?
        if _returned_deed(ctx, hit, earlier, coded, index):
            return []  # "... France recalled its envoy. The EU criticized the decision": which?
        aimed = _deed_at_reactor(ctx, hit, coded, sent_index, index)
        return _co_authored(ctx, replace(hit, target=(aimed or earlier).source), coded)
    return []


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
    """Whether a third party's criticism of "the decision" follows a hostile deed that returns
    one just told ("Algeria expelled twelve French staff. France responded by recalling its
    ambassador. The EU criticized the decision"): either deed may be meant, so neither is."""
    rules = ctx.rules
    if hit.code[:2] not in rules.reaction_roots or earlier.code[:2] not in rules.conflict_roots:
        return False
    if earlier.target is None or not (
        _differ(ctx, hit.source, earlier.source) and _differ(ctx, hit.source, earlier.target)
    ):
        return False
    return any(
        index - _BYSTANDER_WINDOW <= i <= index
        and other.trigger.i < earlier.trigger.i
        and other.target is not None
        and other.code[:2] in rules.conflict_roots
        and _principal(other.source) == _principal(earlier.target)
        and _principal(other.target) == _principal(earlier.source)
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


def _background_act(ctx: _Ctx, trigger: Token) -> bool:
    """Whether an act is told as background, years back: dated so on its own clause or on a
    clause it hangs on ("last year after Libyan militias detained ...", "in 2021"), or in the
    pluperfect in the story's own voice ("In 2021, Spain had hosted ...", not the reported
    "NATO said Russia had violated ...") (background_date_units, background_date_marks)."""
    rules = ctx.rules
    path = [trigger]
    while path[-1].head != path[-1].i and len(path) < 12:
        path.append(ctx.tok(path[-1].head))
    verbs = [t for t in path if t.pos in ("VERB", "AUX")]
    # a main clause only: "recalled its envoy after Algeria had expelled ..." is the news
    if verbs and all(v.dep == "conj" for v in verbs[:-1]):
        aux = ctx.kids(verbs[0].i, frozenset({"aux"}))
        if verbs[0].tag == "VBN" and any(a.lemma.lower() == "have" and a.tag == "VBD" for a in aux):
            return True
    on_path = {t.i for t in verbs}
    sent = ctx.parse.sentences[trigger.sent]
    dates = {
        id(e): e
        for i in range(sent.token_start, sent.token_end)
        if (e := ctx.ent_of.get(i)) is not None and e.label == "DATE"
    }
    for e in dates.values():
        words = ctx.parse.tokens[e.token_start : e.token_end]
        lows = {w.text.lower() for w in words}
        years = [w for w in words if len(w.text) == 4 and w.text.isdigit() and w.text[0] in "12"]
        # "in 2021", "since 1993", not "March 3, 2024" (the day's news)
        bare = bool(years) and not any(w.pos in ("PROPN", "NUM") for w in words if w not in years)
        units = lows & rules.background_date_units and lows & rules.background_date_marks
        if not bare and not units:
            continue
        top = next((w for w in words if not e.token_start <= w.head < e.token_end), words[0])
        at = _verb_up(ctx, top, len(ctx.parse.tokens))
        if at is not None and at.i in on_path:
            return True
    return False


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


def _uncoded_doer_between(ctx: _Ctx, hit: _Hit, earlier: _Hit, index: int, sent_index: int) -> bool:
    """Whether a sentence between a deed and a reaction to "the decision" / "the move" tells,
    uncoded, a done act of another named doer ("Iran seized a Greek tanker. Separately, Cyprus
    opened a new port. Italy welcomed the decision": the port, no act on anyone): that act,
    not the coded one further back, is what the noun may sum up. The deed's author, its
    target or the reactor doing more ("The junta accused him of meddling", "Sweden's minister
    flew home") keeps the deed, as does a verb with no object ("flew home": no act to sum up)."""
    kept = {_principal(earlier.source), _principal(hit.source)}
    if earlier.target is not None:
        kept.add(_principal(earlier.target))
    for i in range(index + 1, sent_index):
        if ctx.sentence_hits.get(i):
            continue
        sent = ctx.parse.sentences[i]
        for verb in ctx.parse.tokens[sent.token_start : sent.token_end]:
            if verb.head != verb.i or verb.pos != "VERB" or verb.tag != "VBD":
                continue
            if verb.lemma.lower() in ctx.rules.speech_verbs or _negated(ctx, verb):
                continue
            if not ctx.kids(verb.i, _OBJ):
                continue
            for subj in _subject_tokens(ctx, verb):
                doers = _actors(ctx, [subj], "source")
                if any(m.actor is not None and m.actor.principal not in kept for m in doers):
                    return True
                if not doers and subj.ent_type in ("ORG", "PERSON", "GPE", "NORP"):
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
        if earlier.code[:2] not in hit.answers and not same:
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
    return hit.context == "uncoded" or (hit.context in _ANSWERING and hit.code[:2] in reacting)


_ANSWERING = frozenset(
    {"deed", "told", "reaction", "antecedent", "parallel", "objectless", "uncoded"}
)


def _shared_authors(
    ctx: _Ctx, hit: _Hit, earlier: _Hit, coded: list[tuple[int, _Hit]]
) -> list[_Hit]:
    """Every author an earlier reaction to the same deed answered (one event per author, all
    of one trigger and reactor): "Russia and China decided to form a bloc. Britain rejected
    the move. France also criticized the decision" answers both deciders."""
    out: list[_Hit] = []
    seen: set[str] = set()
    for _, e in coded:
        if e.trigger.i != earlier.trigger.i or e.source != earlier.source or e.target is None:
            continue
        key = _principal(e.target)
        if key in seen or not _differ(ctx, hit.source, e.target):
            continue
        seen.add(key)
        out.append(replace(hit, target=e.target))
    return out


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
    if not any(d.lemma.lower() in rules.definite_determiners for d in ctx.kids(obj.i)):
        return -1
    if _authored(ctx, obj) or _named_author(ctx, obj):
        return -1
    return obj.i


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
    if any(k.lemma.lower() == "own" for k in ctx.kids(obj.i, frozenset({"amod"}))):
        return False
    m = ctx.by_token.get(poss[0].i)
    return m is None or m.actor is None or m.actor.principal in own


_STEM_MIN = 4  # letters a verb stem left by an ending must keep
_REWRITE_STEM_MIN = 3  # letters before a rewritten ending ("den-ial" of "deny")


def _same_act(ctx: _Ctx, noun: str, t: Token) -> bool:
    """Whether a word tells the act a noun names: the same noun, a noun of its family
    ("the maneuvers" of "exercises"), or the verb it is made from by an ending or a listed
    pair ("closed" of "the closure", "expelled" of "the expulsion", "walked out")."""
    word = t.lemma.lower()
    if t.pos == "NOUN":
        return word == noun or any(noun in f[0] and word in f[0] for f in ctx.rules.act_families)
    if t.pos != "VERB" or (t.tag == "VBG" and (t.dep != "xcomp" or bool(ctx.kids(t.head, _OBJ)))):
        # "condemned the Quran burning": an -ing form names, it does not tell ("began
        # discharging the water", whose host has no object of its own, does)
        return False
    if word == noun or (noun, word) in ctx.rules.act_derivations or _deverbal(ctx, noun, t):
        return True
    if noun in ctx.rules.unsuffixed_nouns:
        return False
    for suffix in ctx.rules.act_suffixes:
        stem = noun[: -len(suffix)]
        if not noun.endswith(suffix) or len(stem) < _STEM_MIN:
            continue  # "comment" is no "come": a short stem matches unrelated verbs
        # "settlement" keeps its "e" ("settle"); "closure" drops it ("close")
        if word == stem or (word == stem + "e" and suffix != "ment"):
            return True
    for rewrite in ctx.rules.act_rewrites:
        # "cancellation" of "cancel", "conversion" of "convert", "denial" of "deny"
        ending, _, verb_ending = rewrite.partition(" ")
        stem = noun[: -len(ending)]
        if noun.endswith(ending) and len(stem) >= _REWRITE_STEM_MIN and word == stem + verb_ending:
            return True
    return False


def _telling_authors(ctx: _Ctx, t: Token, hosted: bool) -> list[Mention]:
    """Who did the act a word tells: a verb's subjects (or passive agents); a noun's named
    author ("Iran's proposal", "the sale by X"), or the subject of the verb it is the object
    of ("held exercises"), not of a verb that answers it ("China criticized the pact"). A
    hosted meeting's author is its host ("Egypt will host a summit")."""
    verb = t if t.pos == "VERB" else None
    if verb is None:
        # "a deal brokered by Turkey": its mediator is no author; the signers are told elsewhere
        acls = ctx.kids(t.i, frozenset({"acl"}))
        brokered = any(k.lemma.lower() in ctx.rules.brokering_verbs for k in acls)
        found = [] if brokered else _named_author(ctx, t)
        if found:
            return [m for m in found if m.actor is not None]
        verb = _governing_verb(ctx, t)
        if verb is None or verb.lemma.lower() in ctx.rules.answering_verbs:
            return []
        if hosted and verb.lemma.lower() not in ctx.rules.hosting_verbs:
            return []
    if verb.lemma.lower() in ctx.rules.speech_verbs:
        return []
    agents = [p for a in ctx.kids(verb.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
    if ctx.kids(verb.i, _PASSIVE_SUBJ) or agents:
        found = _body_actors(ctx, agents)
    else:
        found = _body_actors(ctx, _subject_tokens(ctx, verb) + _co_subjects(ctx, verb))
    return [m for m in found if m.actor is not None]


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


_LEAD_SENTENCES = 2  # body sentences after the headline that any told act reaches
_TOLD_WINDOW = 12  # sentences back that a told act is looked for beyond the lead


_DATELINE_TOKENS = 4  # a body "sentence" this short is a dateline cut off ("BANGKOK", "—")


def _lead_end(parse: Parse, headline: int) -> int:
    """Index after the lead: the first _LEAD_SENTENCES body sentences, not counting a
    dateline parsed as sentences of its own ("BANGKOK" "—" "Thailand ordered ...")."""
    counted = 0
    for sent in parse.sentences[headline:]:
        if sent.token_end - sent.token_start > _DATELINE_TOKENS:
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
    for sent in reversed(ctx.parse.sentences[: noun.sent + 1]):
        if noun.sent - sent.index > _TOLD_WINDOW and sent.index >= ctx.lead_end:
            continue  # a background paragraph far back tells another occasion
        # "the move" sums up a decision only when nothing was done since (_latest_deed)
        deciding = (
            (lemma in ctx.rules.deed_nouns or (lemma in ctx.rules.plan_nouns and not content))
            # just before, or the story's lead ("Venezuela ordered the observers out ...
            # Russia backed the decision")
            and (noun.sent - sent.index <= _BYSTANDER_WINDOW or sent.index < ctx.lead_end)
            and not any(sent.index < i <= noun.sent and h.code[:2] in hit.answers for i, h in coded)
        )
        key = (lemma, hit.named, tuple(k.i for k in named), deciding, about, own_doings, sent.index)
        cached = ctx.tellings.get(key)
        if cached is None:
            cached = tuple(
                _tellings(ctx, sent, lemma, hit.named, named, deciding, about, own_doings)
            )
            ctx.tellings[key] = cached
        found: dict[frozenset[str], list[Mention]] = {}
        for i, authors in cached:
            if i < noun.i and i not in own:
                found.setdefault(frozenset(a.actor.principal for a in authors if a.actor), authors)
        if len(found) > 1:
            return []  # "A expelled ... and B expelled ...": which one is meant is not said
        if found:
            targets: dict[str, Mention] = {}
            for a in next(iter(found.values())):
                if _differ(ctx, hit.source, a) and a.actor is not None:
                    targets.setdefault(a.actor.principal, a)
            # "condemned the vote and warned Athens": a verb joined to the reaction that names
            # some of the act's authors keeps only those ("... and summoned Finland's
            # ambassador", naming none of them, keeps all)
            joined = _joined_parties(ctx, hit.trigger, src.principal) & targets.keys()
            return [
                replace(hit, target=a, context="told")
                for p, a in targets.items()
                if not joined or p in joined
            ]
    return []


def _joined_parties(ctx: _Ctx, verb: Token, own: str) -> set[str]:
    """The actors (other than the reactor) named by verbs joined to a reaction with no subject
    of their own ("Turkey condemned the vote and warned Athens": GRC)."""
    return {
        m.actor.principal
        for k in ctx.kids(verb.i, frozenset({"conj"}))
        if not ctx.kids(k.i, _SUBJ)  # "..., but Russia criticized it": another reactor's clause
        for t in ctx.parse.subtree(k.i)
        if (m := ctx.by_token.get(t.i)) is not None
        and m.kind != "pronoun"
        and m.actor is not None
        and m.actor.principal != own
    }


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
            continue
        if about and t.pos == "VERB" and word in ctx.rules.speech_verbs:
            authors = _reporting_authors(ctx, t, about, own_doings)
        elif any(
            word == k.lemma.lower() if t.pos == "VERB" else _same_act(ctx, word, k) for k in named
        ) or _same_act(ctx, lemma, t):
            authors = _telling_authors(ctx, t, hosted)
        elif deciding and (decided := _decision_authors(ctx, t, hosted)) is not None:
            authors = decided
        else:
            continue
        if authors:
            yield i, authors


def _decision_authors(ctx: _Ctx, t: Token, hosted: bool = False) -> list[Mention] | None:
    """Who a word telling a decision names as deciding (a word of deciding_words, or an
    announced decision, _announced_decision); None when the word tells no decision."""
    if t.pos in ("VERB", "NOUN") and t.lemma.lower() in ctx.rules.deciding_words:
        return _telling_authors(ctx, t, hosted)
    if _announced_decision(ctx, t):
        return _announcers(ctx, t)
    return None


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


def _announcers(ctx: _Ctx, t: Token) -> list[Mention]:
    """The actors who say something: a saying verb's subjects (a body for its actor)."""
    return [m for m in _body_actors(ctx, _subject_tokens(ctx, t)) if m.actor is not None]


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
    looks past it for a report of the reactor further back."""
    if verb.head != verb.i or _negated(ctx, verb):
        return []
    subjects = _subject_tokens(ctx, verb)
    own = {t.i for s in subjects for t in ctx.parse.subtree(s.i)}
    if not own_doings:
        own |= {
            t.i
            for c in _content_clauses(ctx, verb)
            if any(k.tag == "PRP" for k in ctx.kids(c.i, _SUBJ | _PASSIVE_SUBJ))
            for t in ctx.parse.subtree(c.i)
            if t.dep not in _SUBJ | _PASSIVE_SUBJ
        }
    if not any(
        m.actor is not None and m.actor.principal == about
        for t in ctx.parse.subtree(verb.i)
        if t.i not in own and (m := ctx.by_token.get(t.i)) is not None
    ):
        return []
    found = _body_actors(ctx, subjects)
    return [m for m in found if m.actor is not None and m.actor.principal != about]


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
        speakers = [m for m in _claimants(ctx, earlier.trigger) if _differ(ctx, hit.source, m)]
        if speakers:
            return [replace(hit, target=speakers[0])]
    return []


def _context_target(
    ctx: _Ctx, hit: _Hit, coded: list[tuple[int, _Hit]], sent_index: int
) -> _Hit | None:
    """One target for a reaction or a continued act (see _with_context)."""
    src = hit.source.actor
    assert src is not None
    # a noun that sums up a hostile act ("the incident") looks as far back as any context
    window = _CONTEXT_WINDOW if hit.act in ctx.rules.summary_nouns else _BYSTANDER_WINDOW
    bystander: _Hit | None = None  # "The Kremlin criticized the sanctions" the EU put on Belarus
    for index, earlier in reversed(coded):
        if hit.window and sent_index - index > hit.window:
            break
        if sent_index - index > _CONTEXT_WINDOW and not hit.answers:
            break  # an act of the named kind may be answered from anywhere earlier
        e_src, e_tgt = earlier.source.actor, earlier.target.actor if earlier.target else None
        if e_src is None or e_tgt is None:
            continue
        if hit.context == "reaction" and e_tgt.principal == src.principal:
            if (
                e_src.principal != src.principal
                and (not hit.answers or earlier.code[:2] in hit.answers)
                and not _background_only(ctx, hit, earlier)  # "In 2023, Lithuania had accused"
            ):
                return replace(hit, target=earlier.source, context=hit.context)
        if (
            bystander is None
            and hit.named
            and sent_index - index <= window
            and earlier.code[:2] in hit.answers
            and src.principal not in (e_src.principal, e_tgt.principal)
            and not _counter_claim(ctx, earlier)
            and not _background_only(ctx, hit, earlier)
        ):
            if _returned_deed(ctx, hit, earlier, coded, index):
                return None  # "Germany retaliated ... Poland condemned the expulsions": whose?
            bystander = replace(hit, target=earlier.source, context=hit.context)
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
            if earlier.code[:2] in ("17", "18", "19", "20") and e_tgt.principal != src.principal:
                return replace(hit, target=earlier.target)
    return bystander
