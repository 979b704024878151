"""Reading the actors a token stands for from the mentions (_actors_of, _actors): speakers,
sports sides, offices, relative antecedents and conjuncts, together with the reporter of
reported speech and the checks that block a trigger (_negated, _modality, _blocked).

The blocking checks live here, not in modality.py, because they and _actors_of call each
other (_actors_of asks whether a clause is blocked; _blocked asks who reports it): the one
cycle of the extractor's call graph, which a module boundary cannot cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsgraph.actors.coref import pronoun_words
from newsgraph.events.context import (
    _OWNER_MODS,
    _XCOMP,
    _ANY_SUBJ,
    _COMPOUND,
    _CONJ,
    _CONJ_APPOS,
    _Ctx,
    _DASHES,
    _HEAD_DEPS,
    _HELD_ROOTS,
    _LABEL_TOKENS,
    _OBJ,
    _OF,
    _PASSIVE_SUBJ,
    _PERSONISH,
    _PLAIN,
    Rules,
    _SCORE,
    _SUBJ,
    _TURN_TOKENS,
    _act_roots,
    _governing_verb,
    _has_modal,
    _infinitive,
    _infinitive_host,
    _marked,
    _noun_lemma,
    _past_clause,
    _pobj_host,
    _pobjs,
    _preps,
    _principal,
    _reported_relative,
    _state_codes,
    _tensed,
    _territories,
    _time_noun,
    _verb_up,
    _first_conjunct,
)
from newsgraph.events.geo import resolve_place
from newsgraph.events.patterns import Pattern
from newsgraph.model import Actor, Entity, Mention, Token


def _own_mention(ctx: _Ctx, t: Token, role: str) -> Mention | None:
    m = ctx.by_token.get(t.i)
    if m is None and role == "target" and _held_person(ctx, t):
        # "extradited a former Maldivian minister": the state he served is the one the act
        # reaches; he acts for it no more, so never as a source or speaker
        m = ctx.former_by_token.get(t.i)
    if m is None or t.i <= ctx.dateline_end:
        return None
    if role == "target" and m.kind == "pronoun" and m.text.lower() in ctx.rules.weak_pronouns:
        if _ruled_owner(ctx, t):
            return m
        if _host_subject_it(ctx, t, m):
            return m
        found = _addressee_it(ctx, t) or _carried_addressee(ctx, t)
        return m if found is None and _urged_it(ctx, t, m) else found
    return m


def _held_person(ctx: _Ctx, t: Token) -> bool:
    """Whether the act on a noun is one done to a person held, sent or judged (custody_verbs,
    custody_nouns): "extradited a former Peruvian minister", "asylum to ...", "the arrest
    of ..."; the words between the noun and its verb, or the verb's object, say it."""
    rules = ctx.rules
    cur = t
    for _ in range(6):
        if cur.head == cur.i:
            break
        cur = ctx.tok(cur.head)
        lemma = cur.lemma.lower()
        if cur.pos in ("VERB", "AUX"):
            objs = ctx.kids(cur.i, frozenset({"dobj"}))
            return lemma in rules.custody_verbs or any(
                o.lemma.lower() in rules.custody_nouns for o in objs
            )
        if lemma in rules.custody_nouns:
            return True
    return False


def _force_owned(kids: list[Token], force_words: frozenset[str]) -> bool:
    """Whether a machine's modifier names a force ("Turkish army bulldozers", "Israeli military
    bulldozers"): its machines act for that force's state, where a nationality alone ("Chinese
    bulldozers built a road") names only where they were made (rules.force_machines)."""
    return any(k.dep in ("compound", "amod") and k.lemma.lower() in force_words for k in kids)


def _ruled_owner(ctx: _Ctx, t: Token) -> bool:
    """Whether "its" owns a ruling body ("discussed Myanmar and urged its military government
    to allow aid") or a state's people ("protested a U.S. decision to refuse visas to 23
    members of its delegation"): no decision or deal has a government or diplomats, so "its"
    is the state it was resolved to (ruling_body_nouns, state_people_nouns; not "its
    visa-free regime")."""
    if t.text.lower() != "its" or t.dep != "poss":
        return False
    owned = ctx.tok(t.head).lemma.lower()
    if owned in ctx.rules.ruling_body_nouns:
        return True
    return owned in ctx.rules.state_people_nouns and _verb_phrase(ctx, ctx.tok(t.head))


def _verb_phrase(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun sits in a verb's own phrases, under no act noun on the way up ("refused
    visas to 23 members of its delegation", not "protested the expulsion of its ambassador
    by Mexico", where the act noun's own phrases name its doer)."""
    cur = noun
    for _ in range(6):
        if cur.head == cur.i:
            return False
        cur = ctx.tok(cur.head)
        if cur.pos in ("VERB", "AUX"):
            return True
        if cur.pos == "NOUN" and (
            cur.lemma.lower() in ctx.rules.act_words or cur.lemma.lower() in ctx.patterns.nouns
        ):
            return False
    return False


def _carrier(ctx: _Ctx, verb: Token) -> Token | None:
    """The note or letter whose words a participle tells ("a note demanding reparations"), or
    None. The parser may hang the participle on the sending verb: then the note is that
    verb's object before it ("sent a note to Chile demanding ..."), or on the addressee its
    to-phrase names ("handed a note to Peru's ambassador demanding ...": the note's words).
    So is the noun a relative clause of its words hangs on ("a statement that accused ...")."""
    if verb.dep == "relcl" and any(k.tag in ("WDT", "WP") for k in ctx.kids(verb.i, _SUBJ)):
        noun = ctx.tok(verb.head)
        if noun.head != noun.i and ctx.tok(noun.head).lemma.lower() in ctx.rules.joint_text_verbs:
            return None  # "signed a joint declaration that sets up a fund": the signers' own
        return noun if noun.lemma.lower() in ctx.rules.content_nouns else None
    if verb.dep not in ("acl", "advcl") or verb.head == verb.i:
        return None
    carrier = ctx.tok(verb.head)
    if verb.dep == "advcl":
        carrier = next((o for o in ctx.kids(verb.head, _OBJ) if o.i < verb.i), verb)
    elif carrier.dep == "pobj" and carrier.head != carrier.i:
        to = ctx.tok(carrier.head)
        if to.lemma.lower() == "to" and to.head != to.i:
            sent = [o for o in ctx.kids(to.head, _OBJ) if o.i < to.i]
            carrier = next(
                (o for o in sent if o.lemma.lower() in ctx.rules.content_nouns), carrier
            )
    return carrier if carrier.lemma.lower() in ctx.rules.content_nouns else None


def _refused_text(ctx: _Ctx, verb: Token) -> bool:
    """Whether the verb tells the words of a text another state blocked ("Russia vetoed a
    resolution that condemned Georgia", "China blocked a statement criticizing Myanmar"): a
    text never adopted says nothing, so neither its drafters nor its blocker did its act
    (content_nouns, refusing_verbs)."""
    if verb.dep not in ("acl", "relcl") or verb.head == verb.i:
        return False
    text = ctx.tok(verb.head)
    if text.lemma.lower() not in ctx.rules.content_nouns or text.head == text.i:
        return False
    if text.dep not in _OBJ and text.dep != "nsubjpass":
        return False
    refusal = ctx.tok(text.head)
    return refusal.lemma.lower() in ctx.rules.refusing_verbs and not _negated(ctx, refusal)


def _addressee_it(ctx: _Ctx, t: Token) -> Mention | None:
    """The state a reporting verb addresses, for the subject "it" of its clause of duty:
    "Erdogan told Sweden that it must crack down on militants", "China told Japan that it
    should stop interfering" (one is told what one must do, whatever "it" was resolved to)."""
    if t.text.lower() != "it" or t.dep != "nsubj" or t.head == t.i:
        return None
    clause = ctx.tok(t.head)
    if clause.dep != "ccomp" or clause.head == clause.i:
        return None
    if not any(
        a.dep == "aux" and a.text.lower() in ctx.rules.normative_modals for a in ctx.kids(clause.i)
    ):
        return None
    for k in ctx.kids(clause.head, frozenset({"dobj", "dative"})):
        own = ctx.by_token.get(k.i)
        if own is not None and own.kind != "pronoun" and own.actor is not None and k.i < t.i:
            return own
    return None


def _carried_addressee(ctx: _Ctx, t: Token) -> Mention | None:
    """The state a note or a word goes to, for the object "it" of the appeal that says what
    it asks: "Poland sent a letter to Germany urging it to pay", "Egypt wrote to Ethiopia
    urging it to halt the filling" (the sender does not urge itself)."""
    if t.text.lower() != "it" or t.dep != "dobj" or t.head == t.i:
        return None
    appeal = ctx.tok(t.head)
    if appeal.tag != "VBG" or appeal.dep not in ("acl", "advcl"):
        return None
    if not ctx.kids(appeal.i, frozenset({"xcomp"})):
        return None  # "sent a note to Chile criticizing it": no appeal, no addressee
    carrier = _carrier(ctx, appeal)
    hosts = [ctx.tok(appeal.head)] if carrier is None else [carrier, ctx.tok(carrier.head)]
    if hosts[-1].pos not in ("VERB", "NOUN") or hosts[-1].i == appeal.i:
        return None
    found = [
        h
        for host in hosts
        for k in ctx.kids(host.i, frozenset({"dative", "prep"}))
        if k.dep == "dative" or k.lemma.lower() == "to"
        for h in (_pobjs(ctx, k) if k.pos == "ADP" else [k])
    ]
    named = [m for h in found if (m := ctx.by_token.get(h.i)) is not None]
    named = [m for m in named if m.kind != "pronoun" and m.actor is not None]
    return named[0] if len(named) == 1 else None


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


def _urged_it(ctx: _Ctx, t: Token, m: Mention) -> bool:
    """Whether an object "it" is asked to act ("had no ties with Palau and urged it to
    recognize Beijing", "asked it to pull back"): one urges a state, not a thing, so "it" is
    the state the resolver tied it to, when a name of that state is told before it in the
    sentence."""
    if t.text.lower() != "it" or t.dep != "dobj" or m.actor is None or t.head == t.i:
        return False
    if not any(x.i > t.i for x in ctx.kids(t.head, _XCOMP)):
        return False
    start = ctx.parse.sentences[t.sent].token_start
    named = (ctx.by_token.get(i) for i in range(start, t.i))
    return any(
        n is not None
        and n.kind != "pronoun"
        and n.actor is not None
        and n.actor.principal == m.actor.principal
        for n in named
    )


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
    hangs under it) names the speaker, by its own subject or the one it shares as a
    conjunct; otherwise the pronoun stays unresolved.
    """
    rules = ctx.rules
    say = _saying_verb(ctx, t)
    if say is None:
        return None
    for _ in range(3):
        if ctx.kids(say.i, _SUBJ) or say.dep != "conj" or say.head == say.i:
            break
        # "praised Romania and said it was ready to ...": the subject the saying verb shares
        # with the verb it is joined to
        say = ctx.tok(say.head)
    for s in ctx.kids(say.i, _SUBJ):
        if s.text.lower() in rules.first_person:
            return None
        if _sports_speaker(ctx, say, s):
            return None  # '"We will not bow to pressure," Japan's coach said': a team's words
        found = _actors_of(ctx, s, "source", 1)
        if found:
            return found[0]
    return None


def _own_word(ctx: _Ctx, verb: Token, m: Mention) -> bool:
    """Whether a pronoun subject of ``verb`` is the state whose saying or warning governs it
    ("Beijing said it would respond if ...", "Turkey warned it would react"): the state's own
    word told, not a forecast by others ("Ankara will retaliate if ..., analysts said"). The
    state or its capital named as the subject is its own word too when the speaker speaks for
    it ("Yerevan will retaliate if Baku attacks, the Armenian defense minister said": a state
    named, or one of its officials, a role)."""
    if m.kind not in _OWN_WORD_KINDS or m.actor is None or verb.dep != "ccomp" or verb.head == verb.i:
        return False
    say = ctx.tok(verb.head)
    if say.lemma.lower() not in ctx.rules.speech_verbs | ctx.rules.warning_verbs:
        return False
    speakers = [ctx.by_token.get(k.i) for k in ctx.kids(say.i, _SUBJ)]
    return any(
        s is not None
        and s.actor is not None
        and s.actor.principal == m.actor.principal
        and (m.kind == "pronoun" or s.kind in _OWN_WORD_KINDS or bool(s.actor.role))
        for s in speakers
    )


#: Subjects that name the speaking state in its own words: a pronoun, the state, its capital
_OWN_WORD_KINDS = frozenset({"pronoun", "name", "metonym"})


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
    stage = _pobj_host(ctx, office, ("of",))
    if stage is None or stage.lemma.lower() not in ctx.rules.stage_nouns:
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


def _placed_force(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun is a state's force that keeps order where it serves: "police in
    Guinea", "security forces in Iraq" (placed_force_nouns), with its compounds."""
    kids = ctx.kids(t.i, _COMPOUND)
    words = " ".join([*(k.lemma.lower() for k in kids), t.lemma.lower()])
    return words in ctx.rules.placed_force_nouns


def _actors_of(ctx: _Ctx, t: Token, role: str, depth: int = 0) -> list[Mention]:
    """The actor mentions a noun phrase headed by t stands for (several through "of X and Y")."""
    rules = ctx.rules
    lemma = t.lemma.lower()
    if _sports_side(ctx, t) or (_witness(ctx, t) and not (role == "source" and _tells_own_act(ctx, t))):
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
        # (or its reporting clause does: "boats, which it said were seized by the navy")
        clause = _reported_relative(ctx, ctx.tok(t.head)) or ctx.tok(t.head)
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
    seated = (lemma in rules.seat_nouns or _placed_force(ctx, t)) and (
        m is None or m.kind == "group"
    )
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
    placed = role == "target" and lemma in rules.placed_people_nouns
    if (
        m is None
        and (lemma in rules.kin_nouns or placed)
        and t.tag == "NNS"
        and all(
            k.tag == "PRP$" and not placed for k in ctx.kids(t.i, frozenset({"poss"}))
        )
    ):
        # "ready to help its brothers in Djibouti and Eritrea": the states the place names;
        # a people's kin only (plural, its own at most: not "the emir's brother in Paris");
        # people an act reaches there as well ("sent tents to flood victims in Laos")
        places = [c for p in _preps(ctx, t, frozenset({"in"})) for c in _conjuncts(ctx, p)]
        kin = [_own_mention(ctx, c, role) for c in places]
        kin_states = [
            k for k in kin if k is not None and not k.members and k.kind in ("name", "metonym")
        ]
        if kin_states:
            return kin_states
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
            if not found and p.lemma.lower() in rules.process_parts:
                # "blocked the closing of a chapter in Montenegro's accession talks": the
                # process the part is of
                found = [
                    m
                    for q in _preps(ctx, p, frozenset({"of", "in"}))
                    for m in _actors_of(ctx, q, role, depth + 1)
                ]
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
            names = _named_people(ctx, k) if t.tag in ("NNS", "NNPS") else [k]
            found = list(dict.fromkeys(m for n in names for m in _actors_of(ctx, n, role, depth + 1)))
            if found:
                return found
    # "six Uzbek crew members", "two Kenyan staff members": people of a crew or staff,
    # no member of a bloc or alliance; their demonym is their state's, as "Uzbek sailors"
    grouped = any(
        k.dep == "compound" and k.lemma.lower() in rules.member_group_words for k in ctx.kids(t.i)
    )
    if (lemma in rules.membership_nouns or lemma in rules.role_nouns) and not grouped:
        found = _staff_body(ctx, t, role, depth)
        if found:
            return found
    if lemma in rules.membership_nouns and not grouped:
        return _named_partner(ctx, t, role)
    agentive = lemma in rules.role_nouns or lemma in rules.agent_nouns or t.pos == "PROPN"
    if role == "source" and any(
        k.dep in ("compound", "amod") and k.lemma.lower() in rules.civil_craft_words for k in kids
    ):
        agentive = False  # "a Chinese fishing boat entered Japanese waters": no state's craft
    if not agentive and lemma in rules.force_machines:
        agentive = _force_owned(kids, rules.force_words)  # "Turkish army bulldozers razed ..."
    named = ctx.ent_of.get(t.i)
    firm_end = lemma in pronoun_words().get("firm_name_words", ())
    if (
        named is not None
        and named.label in rules.private_body_labels
        and (named.token_end - named.token_start == 1 or firm_end)
        and t.pos == "PROPN"
        and lemma not in rules.role_nouns
        and any(k.dep == "poss" for k in kids)
    ):
        # "Taiwan's TSMC", "Kenya's Safaricom": a one-word brand no state acts through (not
        # "its State Border Committee", "South Africa's Department of International Relations"),
        # or a longer one a firm's last word ends ("Japan's Toyota Motor")
        return []
    if m is None and t.pos == "PROPN" and any(
        k.dep == "compound" and k.lemma.lower() in pronoun_words().get("firm_nouns", ())
        for k in kids
    ):
        return []  # "South Korean automaker Hyundai": where a firm is from, no state acting
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
        for p in _holders(ctx, t, kids):
            found = _actors_of(ctx, p, role, depth + 1)
            if found:
                return found
        if lemma in rules.land_part_nouns:
            # "sent tents to the flooded north of Tanzania": the land's state, as "Tanzania's
            # north" is (a state by name only; no pair, no town)
            for p in _preps(ctx, t, frozenset({"of"})):
                own = _own_mention(ctx, p, role)
                if own is not None and not own.members and own.kind in ("name", "metonym"):
                    return [own]
    if role == "target" and lemma in rules.posted_nouns:
        # "lodged a protest with both countries' embassies in Tokyo": a pair named as owner
        # is who is acted on, never the land the offices sit in
        for k in kids:
            if k.dep == "poss" and k.tag in ("NNS", "NNPS"):
                own = _own_mention(ctx, k, role)
                if own is not None and own.members:
                    return _expanded(own)
        # "recalled its ambassador to Algeria": the host of a posting is who is acted on
        for k in kids:
            if k.dep == "prep" and k.lemma.lower() in ("to", "in"):
                for p in _pobjs(ctx, k):
                    found = _actors_of(ctx, p, role, depth + 1)
                    if found:
                        return found
    if role == "target" and lemma not in rules.no_possessor_nouns:
        # "blocked Sweden's NATO bid": the owner, not the noun's modifier, is the target;
        # "thanked our Togolese brothers": a pronoun owner only tells whose friends they are
        demonym = any(
            k.dep in ("amod", "compound") and _own_mention(ctx, k, role) is not None for k in kids
        )
        if demonym and _picked_people(ctx, t):
            return []  # "our Russian friends who oppose the war": people, not their state
        for k in kids:
            if k.dep == "poss" and not (demonym and k.pos == "PRON"):
                own = _own_mention(ctx, k, role) or _first_person(ctx, k)
                if own is not None:
                    return _expanded(own)
    if role == "target" or agentive:
        for dep in ("compound", "amod", "nmod"):
            for k in kids:
                if k.dep == dep:
                    own = _own_mention(ctx, k, role)
                    paired = _hyphen_pair(ctx, k) if own is not None and dep == "compound" else None
                    first = _own_mention(ctx, paired, role) if paired is not None else None
                    # "the Nigeria-Benin plan": the first of a hyphened pair as well
                    pair = [] if first is None else _expanded(first)
                    if own is not None and lemma in rules.listed_thing_nouns:
                        # "with Philippine and New Zealand ships": each listed modifier's
                        # (not "Indian and Pakistani fans": people of no state's), before a
                        # noun between as well ("the Brazilian and Paraguayan police
                        # cooperation": both, not the police's state alone)
                        listed = pair + [
                            e
                            for m in kids
                            if m.dep in ("compound", "amod", "nmod")
                            for c in (m, *ctx.kids(m.i, frozenset({"conj"})))
                            if (more := _own_mention(ctx, c, role)) is not None
                            for e in _expanded(more)
                        ]
                        return list(dict.fromkeys(listed))
                    if own is not None:
                        return pair + _expanded(own)
                    if dep != "nmod" and k.tag == "VBN" and k.lemma.lower() in rules.ruler_participles:
                        # "the Taliban-run Foreign Ministry": the ruler hyphened to the participle
                        rulers = [
                            n
                            for kk in ctx.kids(k.i, frozenset({"npadvmod", "compound", "nmod"}))
                            if kk.i < k.i and (n := _own_mention(ctx, kk, role)) is not None
                        ]
                        if rulers:
                            return _expanded(rulers[0])
                    if (
                        dep == "compound"
                        and agentive
                        and role == "source"
                        and t.pos == "NOUN"
                        and k.pos == "NOUN"
                    ):
                        # "Ecuadorean patrol boats" read as "Ecuadorean" on "patrol" on "boats":
                        # the craft's state modifies the compound before it (a doer only: not
                        # a law's or a firm's name, "the Taiwan Relations Act")
                        nested = [
                            n
                            for kk in ctx.kids(k.i, frozenset({"amod", "compound"}))
                            if (n := _own_mention(ctx, kk, role)) is not None and not n.members
                        ]
                        if nested:
                            return _expanded(nested[0])
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
        # "a joint statement by France and Germany condemned ...": every author it names, as
        # the agent of its participle ("issued by"), or a sender ("a statement from Peru")
        by: list[Mention] = []
        issued = [
            a
            for k in kids
            if k.dep == "acl" and k.tag == "VBN"
            for a in ctx.kids(k.i, frozenset({"agent"}))
        ]
        sender = frozenset({"from"}) if lemma in rules.sender_nouns else frozenset()
        for k in kids + issued:
            if k.dep in ("prep", "agent") and k.lemma.lower() in rules.author_preps | sender:
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
    if lemma in rules.agent_nouns or _noun_lemma(ctx, t) in rules.agent_nouns:
        # "drones launched by Russia", "the drones that Russian forces launched"; "Bombs
        # dropped by ..." opening a sentence (a plural read as a name)
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
    if role == "target" and lemma in rules.authored_of_nouns:
        # "welcomed the decision of Nigeria to reopen the border", "rejected the proposal of
        # the EU": a state or body named in the of-phrase of a stand or step is its author,
        # as its possessor is ("Nigeria's decision"); a people or group there is not
        for p in _preps(ctx, t, _OF):
            own = _own_mention(ctx, p, role)
            if own is not None and own.kind in ("name", "metonym"):
                return _expanded(own)
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
            # "threatening a ceasefire brokered by Malaysia": a go-between made no side's act
            brokered = k.lemma.lower() in rules.brokering_verbs
            if k.dep == "acl" and k.tag == "VBN" and act_noun and not summing and not brokered:
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
        # freed or hurt ("condemned the men Britain arrested"); a relative pronoun as the
        # clause's object is its gap, no object of its own ("rejected a map that Chile filed")
        for k in kids:
            made = k.dep == "relcl" and k.i > t.i and k.tag in ("VBD", "VBN")
            roots = _act_roots(ctx, k.lemma.lower())
            held = bool(roots) and roots <= _HELD_ROOTS
            objs = [o for o in ctx.kids(k.i, _OBJ) if o.tag not in ("WDT", "WP")]
            if made and not held and not objs and _modality(ctx, k) is None:
                for sbj in _relative_doers(ctx, k):
                    found = _actors_of(ctx, sbj, "source", depth + 1)
                    if found and not _negated(ctx, k):
                        return found
    titled = _titled_tail(ctx, t)
    # "a teacher from Canada was arrested": whom an act takes or hurts is of the state he is from
    origin = role == "target" and lemma in rules.origin_people_nouns
    counted = lemma in rules.quantity_nouns or t.pos == "NUM"
    if lemma in rules.role_nouns or titled or counted or origin:
        preps = (
            ("of", "from")
            if lemma in rules.role_nouns or titled
            else ("from",) if origin else ("of",)
        )
        for k in [*kids, *_hyphened_preps(ctx, t)]:
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
            break
        if cur.dep == "relcl":
            return ctx.tok(cur.head)
        cur = ctx.tok(cur.head)
    # "at the request of France, whose foreign minister, Jean Barrot, had accused Tehran":
    # the parser joined the clause to the main verb; the name right before ", whose" is meant
    before = ctx.tok(poss.i - 2) if poss.i >= 2 and ctx.tok(poss.i - 1).text == "," else None
    if before is not None and before.pos == "PROPN" and before.i in ctx.by_token:
        return before
    return None


def _witness(ctx: _Ctx, t: Token) -> bool:
    """The object of "in the presence of" only watches the act: it is no party to it."""
    host = _pobj_host(ctx, t, ("of",))
    return host is not None and host.lemma.lower() in ctx.rules.witness_nouns


def _tells_own_act(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun is the subject of a relative clause of its own, "who" right after it
    ("in the presence of Ghana's president, who was on a two-day visit"): a witness of the
    act watched, but the doer of the clause's act (wherever the parser hung the clause:
    clauses._relative_subjects)."""
    if t.i + 2 >= len(ctx.parse.tokens) or ctx.tok(t.i + 1).text != ",":
        return False
    who = ctx.tok(t.i + 2)
    return who.tag == "WP" and who.dep == "nsubj"


def _witnesses(ctx: _Ctx, noun: Token) -> list[Mention]:
    """Who a witness noun's of-phrase names ("in the presence of Qatar's emir and Egypt's
    president"): no party to the act watched (_witness), but the doer of the noun's own
    act of standing by it (n.presence)."""
    out: list[Mention] = []
    for p in _preps(ctx, noun, frozenset({"of"})):
        for c in _conjuncts(ctx, p):
            m = _own_mention(ctx, c, "source")
            for k in ctx.kids(c.i, frozenset({"poss"})) if m is None else []:
                m = _own_mention(ctx, k, "source")  # "the EU's energy commissioner"
            if m is not None and m.actor is not None and m.kind != "pronoun":
                out.append(m)
    return out


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


def _staff_body(ctx: _Ctx, t: Token, role: str, depth: int) -> list[Mention]:
    """The body or office a member or official belongs to (staff_nouns): "refused visas to
    nine members of Iran's delegation", "phoned a minister at the South Korean Embassy" (the
    at-phrase right after the object may hang on the verb); a state owning the body is it
    ("Russia's U.N. delegation" is Russia's, not the U.N.'s; "the Belarusian embassy in
    Warsaw" Belarus's)."""
    bodies = _preps(ctx, t, frozenset({"of", "at"}))
    nxt = ctx.tok(t.i + 1) if t.i + 1 < len(ctx.parse.tokens) else None
    if nxt is not None and nxt.lemma.lower() == "at" and nxt.dep == "prep" and nxt.head == t.head:
        bodies += _pobjs(ctx, nxt)
    for p in bodies:
        if p.lemma.lower() not in ctx.rules.staff_nouns:
            continue
        for k in ctx.kids(p.i, _OWNER_MODS):
            # "the Belarusian embassy in Warsaw": the owner, not the host (_hosted_office)
            own = _own_mention(ctx, k, role)
            if own is not None and own.actor is not None and own.actor.principal in _state_codes():
                return _expanded(own)
        found = _actors_of(ctx, p, role, depth + 1)
        if found:
            return found
    return []


def _named_partner(ctx: _Ctx, t: Token, role: str) -> list[Mention]:
    """The one state a demonym names as an owner's partner ("stood by its Belarusian ally",
    "Moscow's Syrian partner", "our Indonesian friends"): a membership noun with a possessor
    and a demonym of one state; "its Arab neighbours" or a bloc ("its NATO allies") names no
    one state. A client noun ("Iran's
    Lebanese partner", "its Yemeni proxy") mostly names a militia: the state only when the
    article names it elsewhere."""
    if t.tag not in ("NN", "NNS") or not ctx.kids(t.i, frozenset({"poss"})):
        return []
    if _picked_people(ctx, t):
        return []  # "our Iranian friends living in exile": people, not their state
    client = t.lemma.lower() in ctx.rules.client_nouns
    for k in ctx.kids(t.i, frozenset({"amod", "compound"})):
        own = _own_mention(ctx, k, role)
        if own is not None and own.actor is not None and own.actor.principal in _state_codes():
            if not own.members and own.token_start == k.i and own.token_end == k.i + 1:
                if client and not _named_elsewhere(ctx, own):
                    return []
                return [own]
    return []


def _picked_people(ctx: _Ctx, t: Token) -> bool:
    """Whether a plural noun with a pronoun owner is narrowed by a clause to some people ("our
    Russian friends who oppose the war", "our Belarusian brothers jailed by the regime", "our
    Iranian friends living in exile"): a demonym then names no state's friendship."""
    return (
        t.tag == "NNS"
        and any(k.pos == "PRON" for k in ctx.kids(t.i, frozenset({"poss"})))
        and bool(ctx.kids(t.i, frozenset({"relcl", "acl"})))
    )


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


def _named_people(ctx: _Ctx, name: Token) -> list[Token]:
    """A plural's appositive name and the people's names coordinated with it: "the two
    ministers, Ana Ruiz of Peru and Jorge Vela of Ecuador", where the parser may join Vela
    to "Peru" instead of to Ruiz."""
    out = [name]
    for t in out:  # grows as names are found
        for host in [t, *_preps(ctx, t, _OF)]:
            for c in ctx.kids(host.i, _CONJ):
                m = ctx.by_token.get(c.i)
                if m is not None and m.kind in _PERSONISH and c not in out:
                    out.append(c)
    return out


def _conjuncts(ctx: _Ctx, t: Token) -> list[Token]:
    """t and the tokens coordinated with it ("Britain and France"), but one set off by "not"
    ("a target in Russia, not Slovakia": the one denied)."""
    out = [t]
    stack = [t]
    while stack:
        cur = stack.pop()
        for k in ctx.kids(cur.i, _CONJ_APPOS):
            if _stolen_subject(ctx, k) is not None or _gapped_remnant(ctx, k) is not None:
                continue  # "sanctioned Iran and Britain froze ...": Britain is no object
            start = min(x.i for x in ctx.parse.subtree(k.i))
            if start > 0 and ctx.tok(start - 1).text.lower() == "not":
                continue  # "a target in Russia, not Slovakia": the one denied
            if k.dep == "conj" or k.pos == "PROPN":
                out.append(k)
                stack.append(k)
    return out


def _titled_tail(ctx: _Ctx, t: Token) -> bool:
    """Whether t is a title's tail the parser made the title's head, a role noun right before
    it as its compound: "The secretary general(compound secretary) of NATO" (rules
    title_tails)."""
    if t.i == 0 or t.text.lower() not in ctx.rules.title_tails:
        return False
    first = ctx.tok(t.i - 1)
    return first.dep == "compound" and first.head == t.i and first.lemma.lower() in ctx.rules.role_nouns


def _hyphened_preps(ctx: _Ctx, t: Token) -> list[Token]:
    """The phrases of a title's hyphened second half ("the secretary-general of ASEAN": the
    parser hangs "of ASEAN" on "general", a modifier of "secretary"), or of its second word
    written apart when that word is a title's tail ("the director general of the WHO": rules
    title_tails)."""
    if t.i + 1 >= len(ctx.parse.tokens):
        return []
    if ctx.tok(t.i + 1).text == "-" and t.i + 2 < len(ctx.parse.tokens):
        half = ctx.tok(t.i + 2)
    elif ctx.tok(t.i + 1).text.lower() in ctx.rules.title_tails:
        half = ctx.tok(t.i + 1)
    else:
        return []
    if half.head != t.i or half.dep not in ("amod", "compound", "appos"):
        return []
    return list(ctx.kids(half.i, frozenset({"prep"})))


def _hyphen_pair(ctx: _Ctx, t: Token) -> Token | None:
    """The state a hyphen joins before a state's name ("the Nigeria-Benin plan", "the
    Ghana-Togo agreement": the parser hangs the first on the second as a compound): the
    pair's other party, a modifier of the noun as the second is."""
    if t.i < 2 or ctx.tok(t.i - 1).text != "-" or t.i not in ctx.by_token:
        return None
    k = ctx.tok(t.i - 2)
    if k.dep != "compound" or k.head != t.i or k.pos != "PROPN":
        return None
    first, second = ctx.by_token.get(k.i), ctx.by_token[t.i]
    if first is None or first.actor is None or second.actor is None:
        return None
    return k if first.actor.principal != second.actor.principal else None


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
    first = _first_conjunct(ctx, k)
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
    first = _first_conjunct(ctx, k)
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
    if not ctx.kid_tokens[t.i]:
        return []  # a lone word (most mentions tried): no phrase to read
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


_EMPLOYER_PREPS = frozenset({"for", "of", "at"})


def _arriving_part(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun of a force's sending is the subject of a verb of coming down ("the
    first deployment of NATO troops arrived"): only then is it the force (rules
    arriving_partitives; "a response to the deployment of Korean troops" names no party)."""
    return (
        t.lemma.lower() in ctx.rules.arriving_partitives
        and t.dep in ("nsubj", "nsubjpass")
        and ctx.tok(t.head).lemma.lower() in ctx.rules.landing_verbs
    )


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
            if not found and (
                c.lemma.lower() in ctx.rules.partitive_heads
                or (places and c.lemma.lower() in ctx.rules.named_place_heads)
            ):
                # "from most of Japan", "in the southern city of Almaty": the of-phrase's
                found = _actors(ctx, _preps(ctx, c, frozenset({"of"})), role, places)
            if not found and _arriving_part(ctx, c):
                # "the first deployment of NATO troops arrived in Bosnia": the troops'
                found = _actors(ctx, _preps(ctx, c, frozenset({"of"})), role, places)
            if not found and c.lemma.lower() in ctx.rules.employee_nouns:
                # "a correspondent for China's state news agency": the state body it works for
                found = [
                    m
                    for m in _actors(ctx, _preps(ctx, c, _EMPLOYER_PREPS), role, places)
                    if m.actor is not None and m.actor.role.lower() in ctx.rules.employer_roles
                ]
            if not found and places:
                place = _place_mention(ctx, c) or _party_place(ctx, c)
                found = [place] if place is not None else []
            for m in found:
                if m.actor is not None and m.actor.principal not in seen and not _language(ctx, m):
                    seen.add(m.actor.principal)
                    out.append(m)
    return out


def _holders(ctx: _Ctx, t: Token, kids: list[Token]) -> list[Token]:
    """Who a participle on a noun says holds, runs or uses it (rules holder_participles): the
    by-phrase of "positions held by Chad's army", "a base used by American troops", the
    to-phrase of "a drone belonging to Russia"; the thing is theirs as a target, as "Chadian
    positions" is. A meeting or an act held by someone ("talks held by Qatar") is no
    holding: its host is read elsewhere (hosted_nouns)."""
    lemma = t.lemma.lower()
    if lemma in ctx.rules.hosted_nouns or lemma in ctx.rules.act_words:
        return []
    out: list[Token] = []
    for k in kids:
        if k.dep != "acl" or k.lemma.lower() not in ctx.rules.holder_participles:
            continue
        if k.tag == "VBN":
            out += [p for a in ctx.kids(k.i, frozenset({"agent"})) for p in _pobjs(ctx, a)]
        elif k.tag == "VBG":
            out += _preps(ctx, k, frozenset({"to"}))
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
    "Russian-speaking schools") or a currency ("pledged 8 million Australian dollars"): no
    state (language_words; money_words, the mention modifying the money noun right after it)."""
    end = m.token_end
    if end >= len(ctx.parse.tokens):
        return False
    after = ctx.tok(end)
    last = ctx.tok(end - 1)
    if (
        after.pos == "NOUN"
        and after.lemma.lower() in ctx.rules.money_words
        and last.head == after.i
        and last.dep in ("amod", "compound", "nmod")
    ):
        return True  # not "Israel pounded Gaza": a verb of the same spelling
    if end + 1 >= len(ctx.parse.tokens) or after.text not in ("-", "\u2013"):
        return False
    return ctx.tok(end + 1).lemma.lower() in ctx.rules.language_words


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
    joiners = {k.lemma.lower() for k in ctx.kids(joined.i, frozenset({"cc", "preconj"}))}
    if joiners - {"and", "but", "yet"}:
        # "has neither anticipated nor sought": one shared, negated clause ("said Kenya had
        # made progress but urged the government": a contrast is the speaker's turn)
        return []
    clause = _enclosing_report(ctx, joined)
    if clause is None:
        return []
    said = _report_verb(ctx, clause)
    addressing = verb.lemma.lower() in ctx.rules.addressing_verbs
    if addressing and said.dep == "ccomp" and said.lemma.lower() not in ctx.rules.speech_verbs:
        said = ctx.tok(said.head)  # "said the transfer showed that Moscow was ... and urged"
    for _ in range(2):
        if said.dep != "ccomp" or said.head == said.i or ctx.kids(said.i, _SUBJ):
            break
        # "said that Jordan had been told that the trucks would need ..., and accused Amman":
        # a report with no speaker of its own sits in the outer one, whose speaker acts
        clause, said = said, ctx.tok(said.head)
    if said.lemma.lower() not in ctx.rules.speech_verbs or said.i > verb.i:
        return []
    speaker = [k for k in ctx.kids(said.i, _SUBJ) if k.i > ctx.dateline_end]
    if not speaker:
        return []
    own = [
        a
        for k in ctx.kids(clause.i, _ANY_SUBJ)
        if k.i in ctx.by_token or k.pos == "PRON" or not _owned_thing(ctx, k)
        for a in _actors_of(ctx, k, "source")
    ]
    told = {a.actor.principal for s in speaker for a in _actors_of(ctx, s, "source") if a.actor}
    others = {a.actor.principal for a in own if a.actor is not None} - told
    objects = _object_principals(ctx, verb)
    if (
        others
        and not addressing
        and not others & objects
        # "Israel said Iran was enriching uranium and threatened Israel": no speaker acts on
        # itself, so the clause's subject keeps the act the tense break would give away
        and not (_tense_break(ctx, joined, verb) and not told & objects)
    ):
        return []
    return speaker


def _tense_break(ctx: _Ctx, joined: Token, verb: Token) -> bool:
    """Whether a simple past joined to a reported clause's verb cannot share its tense, so it
    is the speaker's act: "said NATO was expanding recklessly and accused Britain", "said the
    bloc would collapse and summoned ...", "said Israel poses a threat and urged ..." (a past
    "had entered the zone and rammed a boat" shares the clause's tense and subject). Only a
    verb of an answer in words (answering_roots): "said ships were blocking the shoal and
    fired water cannon" keeps the ships' deed with them."""
    if not _tensed(verb) or verb.tag != "VBD":
        return False
    patterns = ctx.patterns.verbs.get(verb.lemma.lower(), ())
    if not any(p.code[:2] in ctx.rules.answering_roots for p in patterns):
        return False
    if joined.tag in ("VBZ", "VBP"):
        return True
    auxes = ctx.kids(joined.i, frozenset({"aux"}))
    return joined.tag in ("VBG", "VB") and any(
        a.tag == "MD" or a.lemma.lower() == "be" for a in auxes
    )


def _enclosing_report(ctx: _Ctx, tok: Token) -> Token | None:
    """The reported clause (a ccomp) a verb joined at tok sits in, a few steps up at most.

    The parser may join the speaker's own act deep inside a quoted clause: to its infinitive
    ('"has never refused" to cooperate ... and thanked Moscow') or to a relative clause in it
    ('"rewards a government that bars girls" and urged Kazakhstan'), or to an infinitive on a
    noun in it ("said Japan had no right to comment on the drills and accused Tokyo"), or to
    a clause on the predicate noun of it ("said there was no evidence the drone was Croatian
    and accused Zagreb").
    """
    for _ in range(4):
        if tok.dep == "ccomp":
            return tok if tok.head != tok.i else None
        if _statement_clause(ctx, tok):
            return tok
        if tok.dep not in _INSIDE_REPORT or tok.head == tok.i:
            return None
        tok = ctx.tok(tok.head)
    return None


_INSIDE_REPORT = frozenset({"xcomp", "relcl", "acl", "dobj", "pobj", "prep", "attr"})


def _statement_clause(ctx: _Ctx, tok: Token) -> bool:
    """Whether a that-clause hangs on the noun of a verb's phrase ("said in a statement that
    the border would stay closed"): the parser's reading of a clause the verb reports."""
    if tok.dep != "acl" or not any(
        m.lemma.lower() == "that" for m in ctx.kids(tok.i, frozenset({"mark"}))
    ):
        return False
    noun = ctx.tok(tok.head)
    if noun.dep != "pobj" or noun.head == noun.i:
        return False
    prep = ctx.tok(noun.head)
    return prep.dep == "prep" and prep.head != prep.i and ctx.tok(prep.head).pos == "VERB"


def _report_verb(ctx: _Ctx, clause: Token) -> Token:
    """The verb that reports a clause: its head, or the verb a statement clause's noun hangs
    on (_statement_clause)."""
    if clause.dep == "acl":
        return ctx.tok(ctx.tok(ctx.tok(clause.head).head).head)
    return ctx.tok(clause.head)


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


def _negated(ctx: _Ctx, t: Token) -> bool:
    """Whether t is denied; a denied litotes verb ("would not hesitate to strike") affirms."""
    return t.lemma.lower() not in ctx.rules.litotes_verbs and _denied(ctx, t)


def _denied(ctx: _Ctx, t: Token) -> bool:
    """Whether a negation modifies t."""
    # a loop, not any() over a generator: asked of most words tried (a generator's frame
    # cost a third of it)
    neg = ctx.rules.negations
    for k in ctx.kid_tokens[t.i]:
        if (
            k.dep == "neg"
            or (k.dep in ("advmod", "det", "preconj") and k.lemma.lower() in neg)
            or (k.dep == "advmod" and _no_longer(ctx, k))
        ):
            return True
    return False


def _denial_of_refusal(pattern: Pattern) -> bool:
    """Whether a pattern fires on a denied trigger with a code of its own that an affirmed
    refusal of the act also takes (_refused_to); a rejection's (12) is the refusing verb's."""
    return pattern.when_negated and pattern.code[:2] != "12"


def _refused_to(ctx: _Ctx, t: Token, pattern: Pattern) -> bool:
    """Whether t is the infinitive of an affirmed refusal ("refused to allow Turkish warships
    to enter", "declined to renew the accord") that a pattern firing only on a denied trigger
    (when_negated) takes as "did not allow"; not one of a rejection (12), which the refusing
    verb tells itself (v.reject: "refused to recognize the result")."""
    if not _denial_of_refusal(pattern):
        return False
    if t.dep != "xcomp" or t.head == t.i:
        return False
    head = ctx.tok(t.head)
    return head.lemma.lower() in ctx.rules.refusing_verbs and not _negated(ctx, head)


def _no_longer(ctx: _Ctx, k: Token) -> bool:
    """Whether an adverb is "no longer" ("will no longer issue visas"): a negation."""
    return (
        k.dep == "advmod"
        and k.text.lower() == "longer"
        and any(n.text.lower() == "no" for n in ctx.kids(k.i))
    )


_DETERMINERS = frozenset({"det", "preconj"})  # "no new sanctions", "neither Japan nor ..."


def _no_object(ctx: _Ctx, verb: Token) -> bool:
    """A direct object under a negating determiner ("imposed no new sanctions") negates the act."""
    return any(
        d.lemma.lower() in ctx.rules.negating_determiners
        for o in ctx.kids(verb.i, _OBJ)
        for d in ctx.kids(o.i, _DETERMINERS)
    )


_BLOCK, _INTENT, _FUTURE = "block", "intent", "future"


def _call_purpose(ctx: _Ctx, head: Token, verb: Token) -> bool:
    """Whether "called X to ..." tells a phone call's purpose, voiced by the caller ("called
    Ruiz to congratulate her", "to offer his congratulations"): call_purpose_words."""
    words = ctx.rules.call_purpose_words
    return head.lemma.lower() == "call" and (
        verb.lemma.lower() in words or any(o.lemma.lower() in words for o in ctx.kids(verb.i, _OBJ))
    )


def _modality(ctx: _Ctx, verb: Token) -> str | None:
    """_blocked for a verb that is no trigger (no pattern of its own can state intent)."""
    return _blocked(ctx, verb, _PLAIN)


def _directed_bodies(ctx: _Ctx, head: Token, objs: list[Token]) -> bool:
    """Whether a command's objects are businesses no actor names ("told travel agencies to
    stop selling tours to Japan"): the commander does what they are made to do."""
    if head.lemma.lower() not in ctx.rules.directing_verbs:
        return False
    named = frozenset({"compound", "amod", "nmod"})
    return bool(objs) and all(
        o.lemma.lower() in ctx.rules.directed_bodies
        and o.i not in ctx.by_token
        and not any(k.i in ctx.by_token for k in ctx.kids(o.i, named))
        for o in objs
    )


def _leave_seeker(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb that asks for a leave noun ("asked the court for permission", "sought
    permission": rules seeking_verbs), else None: its subject seeks leave for its own act."""
    head = ctx.tok(noun.head)
    if noun.dep == "pobj" and head.lemma.lower() == "for" and head.head != head.i:
        head = ctx.tok(head.head)
    elif noun.dep not in ("dobj", "obj"):
        return None
    return head if head.lemma.lower() in ctx.rules.seeking_verbs else None


def _blocked(ctx: _Ctx, verb: Token, pattern: Pattern) -> str | None:
    """ "block" when the trigger is negated, hypothetical or refused; "intent" when only planned.

    A `when_negated` pattern ("did not renew the agreement") needs its own negation instead.
    """
    return _block_state(ctx, verb, pattern)[0]


_AUX_MARK = frozenset({"aux", "mark"})  # the modals and marks _block_state reads


def _led_effort(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun of intent is an effort a verb leads ("has led international efforts to
    help Lebanon"): the effort is under way, so what it is to do is done, not meant."""
    if noun.pos != "NOUN" or noun.dep != "dobj" or noun.head == noun.i:
        return False
    if ctx.kids(noun.i, frozenset({"poss"})):
        return False  # "led Moldova's bid to join the EU": the owner's effort, still meant
    verb = ctx.tok(noun.head)
    if verb.lemma.lower() not in ctx.rules.effort_leading_verbs or verb.dep in ("xcomp", "acl"):
        return False  # "pledged to lead efforts to help": still meant
    return not _has_modal(ctx, verb)  # "will lead efforts to help": to come


_PRESENT_TAGS = frozenset({"VBP", "VBZ"})
_WISH_MODALS = frozenset({"would", "'d", "should"})


def _performative_wish(ctx: _Ctx, wish: Token, act: Token) -> bool:
    """Whether the act is thanks voiced as a present wish ('"I want to thank Peru"', "would
    like to congratulate Ghana"): saying so thanks, so the wish makes no intent of it."""
    rules = ctx.rules
    if act.dep != "xcomp" or act.head != wish.i or act.lemma.lower() not in rules.performative_acts:
        return False
    if wish.lemma.lower() not in rules.performative_wishes:
        return False
    if wish.lemma.lower() == "like":
        return any(k.text.lower() in _WISH_MODALS for k in ctx.kids(wish.i, _AUX_MARK))
    return wish.tag in _PRESENT_TAGS and not ctx.kids(wish.i, _AUX_MARK)


def _block_state(ctx: _Ctx, verb: Token, pattern: Pattern) -> tuple[str | None, str]:
    """_blocked, with the name of the check that blocked (for the block trace, trace.py).

    A `when_negated` pattern ("did not renew the agreement") needs its own negation instead.
    """
    rules = ctx.rules
    cur = verb
    state: str | None = None
    conjoined = False
    finite = False  # cur is the host of a conjunct with a tense of its own (_finite_conjunct)
    last: Token | None = None  # the token the climb came from
    sought: set[int] = set()  # the leave noun and the verb asking it (_leave_seeker)
    for step in range(6):
        came, last = (last.dep if last is not None else ""), cur
        if _negated(ctx, cur) and not (step == 0 and pattern.when_negated) and not finite:
            return _BLOCK, "negated"
        if step == 0 and not pattern.when_negated and _no_object(ctx, cur):
            return _BLOCK, "negated-object"  # "Iran offered no condolences to Israel"
        if step == 0 and _refused_text(ctx, cur):
            return _BLOCK, "refused-text"  # "vetoed a resolution that condemned Georgia"
        if step == 0 and _standing_relative(ctx, cur):
            return _BLOCK, "stance"  # "Western Sahara, which only Rabat recognizes": no act
        if step == 0 and _habitual_journey(ctx, cur):
            return _BLOCK, "stance"  # "visas for officials who travel to London": no journey
        if step == 0 and _scheduled(ctx, cur):
            state = _FUTURE  # "Japan's prime minister visits India next month": as "will visit"
        if any(
            d.lemma.lower() in rules.negating_determiners
            for sb in ctx.kids(cur.i, _ANY_SUBJ)
            for d in ctx.kids(sb.i, _DETERMINERS)
        ):
            return _BLOCK, "negated-subject"  # "Neither Japan nor South Korea criticized China"
        low = cur.lemma.lower()
        if step > 0 and not conjoined and low in rules.leave_nouns:
            seeker = _leave_seeker(ctx, cur)
            if seeker is not None:
                # "would ask the court for permission to join the case": leave sought for
                # one's own act is the intent to do it; the climb goes on from the asking
                # verb ("would", "refused to seek"), which blocks it no more than the noun
                state, sought = _INTENT, {cur.i, seeker.i}
                cur, conjoined, finite = seeker, False, False
                continue
        # "called Merz and praised Zelenskyy": a verb joined to another is not governed by it;
        # "helped Ethiopia and Eritrea sign a deal": a bare infinitive takes only modals and
        # negation from its host (conjoined is set on that climb)
        if step > 0 and not conjoined and cur.i not in sought:
            if (
                (low in rules.blocking_governors or low in rules.stirring_governors)
                and not (verb.head == cur.i and _call_purpose(ctx, cur, verb))
                # "refused to let a Russian frigate dock" is the denial a when_negated
                # pattern fires on (_refused_to)
                and not (step == 1 and _refused_to(ctx, verb, pattern))
                # "told travel agencies to stop selling tours to Japan": the order is the act
                and not (
                    step == 1
                    and verb.dep == "xcomp"
                    and _directed_bodies(ctx, cur, ctx.kids(cur.i, _OBJ))
                )
            ):
                return _BLOCK, "blocking-governor"
            if low in rules.litotes_verbs and not _denied(ctx, cur):
                return _BLOCK, "hesitated"  # "hesitated to impose sanctions": not done
            if low in rules.opposing_governors and came != "conj":
                return _BLOCK, "opposed"  # "rejected calls to expel Russian diplomats"
            if step == 1 and _performative_wish(ctx, cur, verb):
                # the wish is the thanks; the climb goes on for negation and reporting
                cur, conjoined, finite = ctx.tok(cur.head), False, False
                if cur.i == last.i:
                    break
                continue
            if (
                low in rules.intent_governors or cur.text.lower() in rules.intent_governors
            ) and not _led_effort(ctx, cur):
                state = _INTENT
        if _may_come(ctx, cur):
            return _BLOCK, "time-clause"  # "will alert Ireland when Russian ships enter"
        for k in ctx.kids(cur.i, _AUX_MARK):
            word = k.lemma.lower()
            if k.dep == "aux" and finite:
                continue  # "would resend the trucks and had asked the U.S.": "had" is its own
            if k.dep == "aux" and (
                word in rules.normative_modals or k.text.lower() in rules.normative_modals
            ):
                return _BLOCK, "normative-modal"
            if k.dep == "aux" and cur.dep == "relcl" and k.text.lower() in rules.conditional_modals:
                return _BLOCK, "hypothetical"  # "a deal in which Israel would forge ties"
            if k.dep == "aux" and (word in rules.modals or k.text.lower() in rules.modals):
                if not (pattern.intent and step == 0):
                    future = word in rules.future_modals or k.text.lower() in rules.future_modals
                    if not (future and state == _INTENT):
                        state = _FUTURE if future and state is None else _INTENT
            if k.dep == "mark" and word in rules.blocking_marks:
                if not (word in rules.past_factual_marks and _past_clause(ctx, cur)):
                    return _BLOCK, "conditional-mark"  # "until Russia withdraws"; not "invaded"
        if cur.head == cur.i:
            break
        head = _conj_host(ctx, cur) or ctx.tok(cur.head)
        if cur.dep == "pcomp" and (head.pos == "ADP" or head.dep == "prep"):
            prep = head.lemma.lower()
            if prep in rules.blocking_preps or _blocking_prep(ctx, head):
                return _BLOCK, "blocking-prep"
            if head.head == head.i or prep in rules.temporal_preps:
                break
            host = ctx.tok(head.head)
            if prep == "from" and host.lemma.lower() in rules.hindering_verbs:
                return _BLOCK, "held-back"  # "the dispute has kept the two countries from signing"
            if host.pos == "ADJ" and host.lemma.lower() in rules.disposition_adjectives:
                return _BLOCK, "disposition-gerund"  # "cautious about selling arms to India"
            # "agreed to a truce, with Qatar acting as mediator": an absolute clause is none
            # of its host's complements, so the host governs it as no intent
            conjoined = prep == "with" and bool(ctx.kids(cur.i, _SUBJ))
            if host.pos in ("NOUN", "PROPN", "PRON") and not conjoined:
                # A gerund under a noun is a topic ("views on strengthening ties"), not an act;
                # an absolute clause misread onto a noun is not ("froze assets, with the EU
                # imposing curbs on Russia")
                return _BLOCK, "topic-gerund"
            cur, finite = host, False
            continue
        if _infinitive(ctx, cur) and head.lemma.lower() == "be" and _extraposed(ctx, head):
            return _BLOCK, "judged-act"  # "it was a mistake to cut aid": not done
        if (
            _infinitive(ctx, cur)
            and head.lemma.lower() in rules.lasting_verbs
            and any(_time_noun(ctx, o) for o in ctx.kids(head.i, _OBJ))
        ):
            return _BLOCK, "judged-act"  # "it would take years to repair ties": how long, no plan
        if _unreal_clause(ctx, cur, head):
            return _BLOCK, "unreal-clause"  # "denied that its drones had entered"
        if _wished_clause(ctx, cur, head):
            return _BLOCK, "wished"  # "hoped Russia and Ukraine would sign a truce"
        copula = _rank_copula(ctx, cur, head)
        if copula is not None and _conditioned(ctx, copula, cur):
            return _BLOCK, "hypothetical"  # "If it goes ahead, Serbia would be the first to quit"
        if copula is not None:
            # "Hungary would be the first country to leave the OSCE": the rank's copula
            # carries the act's modals and negation
            cur, conjoined, finite = copula, False, False
            continue
        climb = cur.dep in ("xcomp", "acomp") or (
            cur.dep in ("ccomp", "advcl", "acl") and _infinitive(ctx, cur)
        )
        if (
            climb
            and cur.dep == "ccomp"
            and ctx.kids(cur.i, _SUBJ)
            and head.lemma.lower() in rules.intent_governors
        ):
            return _BLOCK, "expected-of-other"  # '"We expect Bolivia to lift the ban"'
        bare = cur.dep == "ccomp" and head.lemma.lower() in rules.bare_infinitive_verbs
        if (
            bare
            and step == 0
            and head.lemma.lower() in rules.permitting_verbs
            and ctx.kids(cur.i, _SUBJ)
            and not ctx.kids(cur.i, frozenset({"aux", "mark"}))
        ):
            # "Austria let Serbia open talks with the bloc": let, not told as done, as "allowed
            # Serbia to open talks" is
            return _BLOCK, "blocking-governor"
        if bare and not climb:
            # "a deal that would let Israel and Hamas swap prisoners": a bare infinitive
            climb = not ctx.kids(cur.i, frozenset({"aux", "mark"}))
            if climb:
                conjoined, finite = True, False
                cur = head
                continue
        if (
            cur.dep == "conj"
            and ctx.kids(cur.i, _ANY_SUBJ)
            and _marked(ctx, cur, "that")
        ):
            # "denied that the drills were aimed at Estonia and that it had sent troops": a
            # second that-clause is denied or demanded as the first one is (its own tense
            # kept, and the first clause's verb governs it not); one the parser hung on the
            # first clause's infinitive is joined to that clause's verb ("said the firm
            # expected to restore output and that Quito was talking to Peru": to "expected",
            # whose intent it does not share)
            conjoined, finite = True, True
            cur = _infinitive_host(ctx, head)
            continue
        if cur.dep == "conj" and _reporter(ctx, cur):
            break  # "said ... had never refused help and thanked Moscow": the speaker's own act
        if cur.dep == "conj" and not ctx.kids(cur.i, _ANY_SUBJ):
            # "should repair divisions and improve relations" share "should"; "did not
            # criticize X but praised Y" does not share the negation
            contrast = any(
                c.lemma.lower() in ("but", "yet") for c in ctx.kids(head.i, frozenset({"cc"}))
            )
            climb = not contrast
        if not climb and _pending_frame(ctx, cur, head):
            climb = True  # "asked Accra to reopen the shops while the two governments discuss"
        if not climb:
            break
        if (
            cur.dep == "xcomp"
            and head.lemma.lower() == "be"
            and _infinitive(ctx, cur)
            # "Mexico was the last country to recognize ...": a rank, no plan
            and not any(_ranked(ctx, a) for a in ctx.kids(head.i, frozenset({"attr"})))
        ):
            state = state or _FUTURE  # "Romania is to reopen its embassy": as "will reopen"
        if cur.dep == "acl" and _infinitive(ctx, cur):
            head = _stranded_infinitive_host(ctx, head) or head
        conjoined = _own_conjunct(ctx, cur, head)
        finite = _finite_conjunct(ctx, cur)
        moved = _finite_infinitive_host(ctx, cur) if finite else None
        if moved is not None:
            head, conjoined = moved, True  # joined to the host, which does not govern it
        cur = head
    return state, ""


def _stranded_infinitive_host(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb whose infinitive the parser hung on the noun of its adverbial phrase ("had
    promised during the campaign to restore ties": "to restore" on "campaign"; "urged Chile
    at the summit to lift the ban"): a governor of intent or of no act
    (intent_governors, blocking_governors) with no clause of its own governs it. A noun that is
    such a governor itself holds its own infinitive ("would ask the court for permission to join
    the case": the leave sought, parties' leave seeker reads it)."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    rules = ctx.rules
    if _governs(rules, noun):
        return None
    prep = ctx.tok(noun.head)
    if prep.dep != "prep" or prep.head == prep.i:
        return None
    verb = ctx.tok(prep.head)
    if verb.pos not in ("VERB", "AUX") or verb.i > noun.i:
        return None
    if not _governs(rules, verb):
        return None
    if ctx.kids(verb.i, _COMPLEMENTS):
        return None
    return verb


def _governs(rules: Rules, word: Token) -> bool:
    """Whether the word governs an infinitive as intent or as no act (intent_governors,
    blocking_governors)."""
    lemma = word.lemma.lower()
    return lemma in rules.intent_governors or lemma in rules.blocking_governors


def _pending_frame(ctx: _Ctx, cur: Token, head: Token) -> bool:
    """Whether a present-tense adverbial clause sets the time of an act only asked or planned
    ("asked Accra to reopen the shops while the two governments discuss the matter", "urged
    Chile to halt the drilling until the two countries resolve the dispute"): it is part of
    the infinitive's frame, so what governs the infinitive governs it; a past clause ("urged
    Russia to withdraw after it invaded") is told."""
    return (
        cur.dep == "advcl"
        and cur.tag in ("VBP", "VBZ")
        and head.dep == "xcomp"
        and _infinitive(ctx, head)
    )


def _rank_copula(ctx: _Ctx, cur: Token, head: Token) -> Token | None:
    """The "be" or "become" whose ranking attribute an infinitive is on ("was the first
    leader to congratulate", "was among the first to call"): its subject does the act
    (clauses._ranked_doer) and its modals and negation are the act's; None otherwise."""
    if cur.dep not in ("acl", "relcl") or not _infinitive(ctx, cur):
        return None
    up = _rank_host(ctx, head)
    # "Japan was not the first country to recognize Kosovo" still recognized it
    return None if up is None or _negated(ctx, up) else up


def _may_come(ctx: _Ctx, clause: Token) -> bool:
    """Whether a present-tense time clause (rules.generic_marks, a mark or the parser's
    advmod "when") tells an act that may come: under a host with a modal ("will warn Sweden
    when Russian jets enter"), or opened by "whenever" or "every time" (_habitual_time)."""
    if clause.tag not in ("VBP", "VBZ") or clause.head == clause.i:
        return False
    if _habitual_time(ctx, clause):
        return True
    if clause.dep != "advcl":
        return False
    marks = {
        k.text.lower()
        for k in ctx.kids(clause.i, frozenset({"mark", "advmod"}))
        if k.i < clause.i and k.text.lower() in ctx.rules.generic_marks
    }
    if not marks:
        return False
    if "whenever" in marks:
        return True
    modals = ctx.rules.modals | ctx.rules.conditional_modals
    return any(
        a.lemma.lower() in modals or a.text.lower() in modals
        for a in ctx.kids(clause.head, frozenset({"aux"}))
    )


def _habitual_time(ctx: _Ctx, clause: Token) -> bool:
    """Whether a present-tense clause is opened by "every time" or "each time" (rules
    habitual_time_dets), read by the parser as a relative clause on "time" ("Every time the
    two governments fight, ...") or as a time clause with "time" before its verb ("Each time
    Kenya attacks, ..."): what happens whenever it does, as "whenever" tells."""
    if clause.dep == "relcl":
        times = [ctx.tok(clause.head)]
    elif clause.dep == "advcl":
        times = [k for k in ctx.kids(clause.i, frozenset({"npadvmod"})) if k.i < clause.i]
    else:
        return False
    return any(
        t.lemma.lower() == "time"
        and any(d.text.lower() in ctx.rules.habitual_time_dets for d in ctx.kids(t.i, frozenset({"det"})))
        for t in times
    )


def _conditioned(ctx: _Ctx, verb: Token, act: Token) -> bool:
    """Whether a verb with a conditional modal has an if- or unless-clause, on it or on the
    act it ranks ("if it goes ahead, Serbia would be the first country to quit", "would be
    the first to recognize Palestine if the cabinet approves"): supposed, not done nor planned."""
    if not any(
        k.text.lower() in ctx.rules.conditional_modals for k in ctx.kids(verb.i, frozenset({"aux"}))
    ):
        return False
    return any(
        m.lemma.lower() in ("if", "unless")
        for v in (verb, act)
        for c in ctx.kids(v.i, frozenset({"advcl"}))
        for m in ctx.kids(c.i, frozenset({"mark"}))
    )


def _rank_host(ctx: _Ctx, head: Token) -> Token | None:
    """The "be" or "become" a ranking phrase is the attribute of: "was the first foreign
    leader", "was among the first" (the object of "among" under it). A rank word
    (rank_words) on the phrase, or the phrase itself, is needed ("was a move" ranks
    nothing); None otherwise."""
    if not _ranked(ctx, head) or head.head == head.i:
        return None
    up = ctx.tok(head.head)
    if head.dep == "pobj" and up.lemma.lower() == "among" and up.head != up.i:
        head, up = up, ctx.tok(up.head)
    if head.dep not in ("attr", "prep") or up.lemma.lower() not in ("be", "become"):
        return None
    return up


def _ranked(ctx: _Ctx, t: Token) -> bool:
    """Whether a word is, or is modified by, a rank word ("the first leader", "among the
    first", "the only state"): rank_words."""
    words = ctx.rules.rank_words
    return t.lemma.lower() in words or any(
        k.lemma.lower() in words or _superlative(ctx, k) for k in ctx.kids(t.i, frozenset({"amod"}))
    )


def _superlative(ctx: _Ctx, adj: Token) -> bool:
    """Whether an adjective is a superlative ("the highest-ranking", "the most senior":
    rank_degree_words), which ranks its noun as a rank word does."""
    return adj.tag == "JJS" or any(
        k.lemma.lower() in ctx.rules.rank_degree_words
        for k in ctx.kids(adj.i, frozenset({"advmod"}))
    )


def _finite_conjunct(ctx: _Ctx, verb: Token) -> bool:
    """Whether a joined verb carries a tense or a modal of its own, so its host's modal and
    negation cannot reach it: "said it would not tolerate the drilling and has condemned
    Greece", "would resend the trucks and had asked the U.S.", "would not follow Brunei's lead
    and would restrict imports" (a bare "and withdraw" shares them)."""
    if verb.dep != "conj" or any(
        k.lemma.lower() != "and" for k in ctx.kids(verb.head, frozenset({"cc", "preconj"}))
    ):
        return False  # "has neither anticipated nor sought": one shared, negated clause
    return (
        _tensed(verb)
        or any(
            (k.lemma.lower() in ("have", "be") and k.tag in ("VBZ", "VBP", "VBD"))
            or (k.dep == "aux" and k.tag == "MD")
            for k in ctx.kids(verb.i, frozenset({"aux", "auxpass"}))
        )
        or _past_after_copula(ctx, verb)
    )


def _finite_infinitive_host(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb a joined verb with a tense of its own is coordinated with when the parser hung
    it on an infinitive ("has invited Japan to lead its mission and has turned down an
    offer": "invited", not "lead"), else None. A joined verb with a modal of its own cannot
    be a to-infinitive's either, nor one a noun holds ("welcomed any effort to close the
    routes and would share radar data": "welcomed", the verb the noun hangs on)."""
    modal = verb.dep == "conj" and any(
        k.tag == "MD" for k in ctx.kids(verb.i, frozenset({"aux"}))
    )
    if not (modal or _finite_conjunct(ctx, verb)):
        return None
    head = ctx.tok(verb.head)
    if not _infinitive(ctx, head):
        return None
    if head.dep == "xcomp":
        return _infinitive_host(ctx, head)
    if head.dep != "acl" or head.head == head.i:
        return None
    noun = ctx.tok(head.head)
    if noun.dep in ("dobj", "nsubjpass") and noun.head != noun.i:
        host = ctx.tok(noun.head)
        return host if host.pos in ("VERB", "AUX") else None
    return None


def _past_after_copula(ctx: _Ctx, verb: Token) -> bool:
    """Whether a joined verb with an object follows a copula that has a complement of its own
    ("which is not a member and imposed sanctions on ICC judges"): the parser may tag it a
    participle, but a "be" that already links "a member" is no auxiliary of it, so the verb
    is past tense and takes neither the copula's negation nor its tense."""
    host = ctx.tok(verb.head)
    return (
        verb.tag in ("VBD", "VBN")
        and host.lemma.lower() == "be"
        and bool(ctx.kids(host.i, frozenset({"attr", "acomp"})))
        and bool(ctx.kids(verb.i, _OBJ))
        and not ctx.kids(verb.i, frozenset({"aux", "auxpass"}))
    )


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


def _habitual_journey(ctx: _Ctx, verb: Token) -> bool:
    """A relative clause in the simple present with a verb of a journey on a plural noun
    (habitual_journey_verbs: "senior officials who travel to London") says which people, a
    habit, and tells no journey; "officials who traveled to London" tells one."""
    if verb.dep != "relcl" or verb.lemma.lower() not in ctx.rules.habitual_journey_verbs:
        return False
    if verb.tag not in ("VBZ", "VBP") or ctx.kids(verb.i, frozenset({"aux", "auxpass"})):
        return False
    return verb.head != verb.i and ctx.tok(verb.head).tag in ("NNS", "NNPS")


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
    if _has_modal(ctx, verb) and _has_modal(ctx, head):
        # "would push for sanctions and would not rule out ...": each with a modal of its own
        return True
    if ctx.tok(verb.head).dep == "oprd" and _past_participle_conjunct(ctx, verb, head):
        return True  # "called the plan illegal and summoned Chile's envoy" (_conj_host)
    if any(
        k.lemma.lower() == "have" and k.tag in ("VBZ", "VBP", "VBD")
        for k in ctx.kids(verb.i, frozenset({"aux"}))
    ):
        return True  # "has called the vote a sham and has summoned ...": a finite perfect
    if ctx.kids(head.i, frozenset({"oprd"})) and ctx.kids(verb.i, _OBJ):
        # "calling the claim “baseless” and urging Hanoi to stop ...": a name given (the
        # naming sense of "call") governs no act joined to it
        return True
    if ctx.kids(head.i, frozenset({"xcomp", "ccomp", "advcl"})):
        return False
    if (
        _past_participle_conjunct(ctx, verb, head)
        and ctx.kids(head.i, frozenset({"dobj"}))
        and ctx.kids(verb.i, _OBJ)
    ):
        return True  # "denied the charge and accused Pakistani troops of ...": a thing denied
    objs = ctx.kids(head.i, _OBJ | frozenset({"oprd"}))
    return any(
        (m := ctx.by_token.get(o.i)) is not None and m.kind in ("person", "title") for o in objs
    )


_AUXES = frozenset({"aux", "auxpass"})  # a verb's own tense or voice
_COMPLEMENTS = frozenset({"xcomp", "ccomp"})  # a verb's own clause (_stranded_infinitive_host)


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
        and _bare_subjunctive(ctx, clause)
        and not ctx.kids(clause.i, _AUXES)
    )


def _bare_subjunctive(ctx: _Ctx, clause: Token) -> bool:
    """Whether a finite verb is a bare subjunctive: tagged VB, or the plain present form after
    one singular noun, which the tagger reads as VBP ("insisted that Venezuela respect the
    result": a present would be "respects"; "that the talks resume" is no such sign)."""
    if clause.tag == "VB":
        return True
    if clause.tag != "VBP":
        return False
    subjects = ctx.kids(clause.i, frozenset({"nsubj"}))
    return len(subjects) == 1 and subjects[0].tag in ("NN", "NNP") and not ctx.kids(
        subjects[0].i, frozenset({"conj"})
    )


def _scheduled(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb in the simple present is dated ahead ("visits India next month", "signs
    a deal later this month", "holds talks in the coming days"): a date of its own clause
    with a word of the time ahead (scheduling_words) tells a plan, as "will" does."""
    if verb.tag not in ("VBZ", "VBP") or ctx.kids(verb.i, _AUXES):
        return False
    for t in ctx.parse.subtree(verb.i):
        e = ctx.ent_of.get(t.i)
        if e is None or e.label != "DATE" or t.text.lower() not in ctx.rules.scheduling_words:
            continue
        cur = t
        while cur.head != cur.i and cur.i != verb.i and cur.pos not in ("VERB", "AUX"):
            cur = ctx.tok(cur.head)
        if cur.i == verb.i:
            return True
    return False


def _wished_clause(ctx: _Ctx, clause: Token, head: Token) -> bool:
    """Whether a finite clause is a wish for others, no plan of theirs: "France hoped Russia
    and Ukraine would sign a truce", "expressed hope that India and Pakistan would hold talks"
    (wishing_words). A clause with a personal pronoun may hold the hoper's own plan ("hopes it
    will sign") or a promise to it ("hopes that Britain will provide it with drones")."""
    if clause.dep not in ("ccomp", "acl") or clause.i < head.i or _infinitive(ctx, clause):
        return False
    if head.lemma.lower() not in ctx.rules.wishing_words:
        return False
    if not ctx.kids(clause.i, _ANY_SUBJ):
        return False
    return not any(t.tag == "PRP" for t in ctx.parse.subtree(clause.i))


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
        host = _relative_main(ctx, ctx.tok(head.head))  # "in a move", "as a step"
        return host if host.pos in ("VERB", "AUX") else None
    start = min(t.i for t in ctx.parse.subtree(noun.i))
    if noun.dep == "appos" and head.pos != "VERB" and ctx.tok(start - 1).text == ",":
        # "sent troops to Lithuania, a move ...": the parser hangs the move on the last noun
        summed = _verb_up(ctx, head, 3)
        if summed is not None and summed.dep == "advcl" and _infinitive(ctx, summed):
            # "banned maize exports to its neighbours to protect domestic supplies, a measure
            # that angered Malawi": a purpose sums up no act; the act it is the purpose of
            return ctx.tok(summed.head)
        return summed
    if head.pos not in ("VERB", "AUX"):
        return None
    # "Greece will send troops, officials said, a move ...": the move read as said's attribute
    saying = noun.dep == "attr" and head.lemma.lower() in ctx.rules.speech_verbs
    if (noun.dep in _OBJ | frozenset({"appos", "npadvmod"}) or saying) and start > head.i:
        if ctx.tok(start - 1).text == ",":
            return _reported_before(ctx, head)  # "seized the tanker on Monday, a move ..."
        if noun.dep in _OBJ and head.lemma.lower() in ctx.rules.authoring_verbs:
            return head  # "Egypt unveiled a plan backed by France"
    return None


def _reported_before(ctx: _Ctx, verb: Token) -> Token:
    """The clause a saying verb set after it reports, else the verb itself: "Greece will
    station troops in Cyprus, the two governments said, a move that drew condemnation from
    Turkey" is parsed with the move hung on "said", though it sums up the stationing."""
    if verb.lemma.lower() not in ctx.rules.speech_verbs:
        return verb
    told = [k for k in ctx.kids(verb.i, frozenset({"ccomp"})) if k.i < verb.i]
    return told[0] if len(told) == 1 else verb


def _relative_main(ctx: _Ctx, verb: Token) -> Token:
    """The verb whose object a relative clause's "that" or "which" stands for, else the verb
    itself: "signed an agreement that gives the navy access to Duqm, in a deal that drew
    criticism" is parsed with the deal hung on "gives", though it sums up the signing."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return verb
    if not any(k.tag == "WDT" for k in ctx.kids(verb.i, frozenset({"nsubj"}))):
        return verb
    noun = ctx.tok(verb.head)
    if noun.dep not in _OBJ or noun.head == noun.i:
        return verb
    main = ctx.tok(noun.head)
    return main if main.pos in ("VERB", "AUX") else verb


def _said_gap(ctx: _Ctx, verb: Token, clause: Token) -> Token | None:
    """The noun summing up a clause ("seized the tanker, a step London said violated the
    law") that a relative clause of saying is hung on, when the clause it reports leaves its
    subject out: the relative gap, so the step is what London said violated the law."""
    if verb.dep not in ("relcl", "acl") or verb.head == verb.i or clause.i < verb.i:
        return None
    if ctx.kids(clause.i, _ANY_SUBJ):
        return None
    noun = ctx.tok(verb.head)
    return noun if _summed_clause(ctx, noun) is not None else None


def _act_antecedent(ctx: _Ctx, noun: Token, opener: Token, clause: Token | None = None) -> Token:
    """The act noun a clause set off by a comma tells of, when the parser hung the clause on
    the last name of the act's phrase ("Israel's strike on Syria, condemned by France": the
    strike is condemned, not Syria); else the noun itself.

    With a relative pronoun (clause given) only a reaction (reaction_roots, or praise: 05)
    is re-aimed, its "be" agreeing with the act noun and no charge named ("which was accused
    by Kyiv of war crimes" accuses the place; "which was attacked by Turkey" attacks it)."""
    if opener.i == 0 or ctx.tok(opener.i - 1).text != ",":
        return noun
    if opener.tag == "WP":
        return noun  # "a visit by Chad's president, who was welcomed by ...": a person's
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
        if cur.dep in _ANY_SUBJ or cur.head == cur.i:
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


# a verb with any of these is no bare past verb of a broken-up relative clause (_contact_clause)
_CONTACT_MARKS_BUT_PASSIVE = _OBJ | frozenset({"agent", "auxpass", "ccomp", "xcomp"})


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
    # "a charge Bucharest rejected as absurd": the parser may make the gap noun a second subject
    # (or a passive one) beside the name's, with no passive auxiliary (one is among the marks)
    both = ctx.kids(verb.i, _ANY_SUBJ)
    misread = len(both) == 2
    if ctx.kids(verb.i, _CONTACT_MARKS_BUT_PASSIVE) or (
        not misread and any(k.dep in _PASSIVE_SUBJ for k in both)
    ):
        return None
    # "a charge Lome has repeatedly denied": a perfect and its adverbs may stand between
    last = verb.i - 1
    while last > 0 and ctx.tok(last).head == verb.i and (
        ctx.tok(last).dep == "advmod"
        or (ctx.tok(last).dep == "aux" and ctx.tok(last).lemma.lower() == "have")
    ):
        last -= 1
    m = ctx.by_token.get(last)
    if m is None or m.kind == "pronoun" or m.actor is None or m.token_end != last + 1:
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
    # ("a move Guyana's army called reckless": or make it a modifier, nmod, of the name)
    owner = ctx.tok(noun.head) if noun.dep in ("compound", "nmod") and noun.head == name.i else noun
    determined = any(d.i < noun.i for d in ctx.kids(owner.i, frozenset({"det", "poss"})))
    if not determined and noun.tag != "NNS":  # "Sanctions Washington imposed ... remain"
        return None
    subj = {k.i for k in ctx.kids(verb.i, _SUBJ)}
    if misread:
        return (name, noun) if {k.i for k in both} == {owner.i, name.i} else None
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


def _trailing_participle_of(later: Token, earlier: Token) -> bool:
    """Whether ``later`` is an -ing clause trailing the verb ``earlier`` ("wrote to Spain,
    asking for ..."), the participle form of a verb joined after it."""
    return later.dep == "advcl" and later.tag == "VBG" and later.head == earlier.i < later.i


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
    if verb.tag == "VBG" and head.tag == "VB" and _infinitive(ctx, head):
        # "rejecting a request from the Commission to lift it and drawing a protest from
        # Kyiv": a gerund joined to an infinitive is joined to the gerund above it
        up = head
        for _ in range(4):
            if up.head == up.i:
                break
            up = ctx.tok(up.head)
            if up.tag == "VBG" and up.pos == "VERB":
                return up
    if (
        _tensed(verb)
        and head.dep in ("xcomp", "advcl")
        and _infinitive(ctx, head)
        and ctx.tok(head.head).pos == "VERB"
    ):
        # "urged Pyongyang to return to talks and called on China to ...": a tensed verb
        # joined to an infinitive is joined to the infinitive's governor (an advcl in "called
        # on Rwanda and Congo to show restraint and offered to host talks")
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
    if _set_off_passive(ctx, verb, head):
        # "shut its crossing, two days after a farmer was killed, and accused Salvadoran
        # soldiers of ...": an active verb joined to the passive of a clause set off by commas
        # is joined to the verb that clause hangs on
        return ctx.tok(head.head)
    return head


def _set_off_passive(ctx: _Ctx, verb: Token, head: Token) -> bool:
    """Whether ``head`` is the passive verb of a subordinate clause set off by commas after
    its host, and ``verb`` a tensed active verb with an object joined to it after a comma."""
    if not (_tensed(verb) and ctx.kids(verb.i, _OBJ) and head.dep == "advcl"):
        return False
    if head.head == head.i or head.head > head.i or ctx.tok(head.head).pos != "VERB":
        return False
    if not (ctx.kids(head.i, frozenset({"auxpass"})) and ctx.kids(head.i, _PASSIVE_SUBJ)):
        return False
    start = min(t.i for t in ctx.parse.subtree(head.i) if t.i <= head.i)
    opened = start > 0 and ctx.tok(start - 1).text == ","
    closed = verb.i > 1 and ctx.tok(verb.i - 1).dep == "cc" and ctx.tok(verb.i - 2).text == ","
    return opened and closed


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
        if v.dep == "conj" and _tensed(v) and not ctx.kids(v.i, _ANY_SUBJ):
            return v
        return None
    return None


def _loose_conjunct(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb the parser left loose ("dep") after a comma is a second verb of its head.

    "Peru condemned the raid on Monday, then urged Chile to ...": a tensed verb with no subject
    after its head's clause shares the subject, as a conjunct does. So does one the parser
    hangs as a second reported clause of a speech verb, right after a joining word ("said the
    ship circled an island where its coast guard keeps a station and warned that ...": the
    "and" left on the relative clause's verb, "warned" reported by "said"): the speaker's
    second act.
    """
    if not _tensed(verb) or verb.head >= verb.i or ctx.kids(verb.i, _ANY_SUBJ):
        return False
    head = ctx.tok(verb.head)
    if verb.dep == "ccomp":
        return (
            head.lemma.lower() in ctx.rules.speech_verbs
            and ctx.tok(verb.i - 1).dep == "cc"
            and not ctx.kids(verb.i, frozenset({"mark", "aux", "auxpass"}))
            and any(k.i < verb.i for k in ctx.kids(head.i, frozenset({"ccomp"})) if k.i != verb.i)
        )
    return (
        verb.dep == "dep"
        and head.pos == "VERB"
        and any(ctx.tok(i).text == "," for i in range(verb.head + 1, verb.i))
    )
