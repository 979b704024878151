"""Give each quotation its speaker, reading the parse only around the quotation.

A cascade of rules, most specific first; the first that yields a speaker wins
and is recorded in ``Quote.rule``:

1. ``cue-governs``: a cue verb ("said", "called", "urged") governs the
   quotation in the dependency tree; its subject (or its "by" agent) speaks.
   The outermost reporting verb wins, but the climb stops at a relative or
   adverbial clause ("..., while B countered that “...”": B).
2. ``cue-attached``: a cue verb attached to the quotation's own clause
   (“...,” he said) or elsewhere in the same sentence, outside any quotation.
3. ``according-to``: "according to X" in the sentence.
4. ``term-owner``: a quoted term's owner ("China's “nine-dash line”", "Trump,
   whose “America First” approach", "the “Reformasi” movement").
5. ``implicit-agent``: an agentless passive of perception ("widely seen as
   “...”"): the observers.
6. ``next-sentence``: "“...” The remark came from X." (phrases in cues.yaml),
   also after a dash ("“...” — those were the words of X") and "“...” ¶ That
   is what X told the crowd."; ``speech-owner``: "The Kremlin's response
   came within hours: “...”".
7. ``questioner``: a question paragraph right after "VOA asked X ..." is the
   asker's. ``continues``: a quotation with no cue continues the speaker of the
   quotation just before it (the same or the previous paragraph).
8. ``colon-intro`` / ``sentence-before``: the subject of a preceding sentence
   ending in a colon ("X said:"), or of the reporting sentence before it (also one
   ending the paragraph before, with no quotation in it).
9. ``clause-subject``: the subject of the verb governing a quoted term
   ("the U.S. pursues an “America First” agenda"; "the 2004 agreement
   provides for “...”" speaks by the agreement's name); a term under a side
   clause's verb first goes on with the quotation just before (``continues``)
   when that is in its paragraph or the one before.
10. ``nearest-person``: the nearest person mentioned before the quotation.

A paragraph left open whose own rule was weak takes the speaker named where
the quotation ends (``continued-later``). Documents speak for their issuer
("Trump's executive order", "the administration launched a strategy"), a
joint statement and agreements or laws for themselves (with the actor of the
body that adopted them); banners and signs for whoever carried them; "the
analyst said", "the 78-year-old said", "the Republican said" refer back to
the person given that role ("the French foreign minister" the "Foreign Minister X"
of the same actor, when the actors stage tied the title to no one). An unnamed
role speaks as its phrase ("a spokesman for China's foreign ministry", "the
ministry's spokeswoman"; "a spokesperson for the bloc" as "European Union
spokesperson"), and "he"/"she" after it is that role. A coordinated statement with
its own subject ("X said ..., while Y said “...”") and a comma-set participle after a
reported clause (", adding that “...”") have their own speaker. A relative owned by
a name speaks as the phrase ("Dumont's mother", and "she" after it); words a person
told someone inside a body's report stay the person's ("X told the envoy “...,” the
ministry said"); "she"/"he" agrees in gender before recency; a bare "a spokesman"
speaks for the body just named ("<body> spokesman", also a body called by its proper
name: "NATO spokeswoman"); "the host" is who hosted, "his host" or "her guest" the person
on that side of the visit's verb ("X received Y"); "the official" after "Foreign Minister
X" is X, as "the minister" is; "it added" after a ministry's quotation goes on with the
ministry, unless the state itself was a main subject since; a channel citing someone ("state
media reported, citing the ministry"; "according to state television, which quoted the
government") is not the speaker, nor one reporting words that have a speaker of
their own ("X denounced the drills as “...”, the news agency reported"); a document
speaks for its issuer, never for a person its own quotation names ("“Ms. X will leave
the post,” the decree said/read"); "the spokeswoman" after "An EU spokeswoman said" is
that one, not a spokeswoman named before it, and "he" after "A spokesman said the
ambassador had ..." the spokesman, not the subject of what he reported. A speaker with
no actor takes the state its own words tie it to ("Iran's atomic
agency", "a spokesperson for the German government", "his spokesman, X", "Sen. X,
R-Iowa").

Names come from the actors stage's mentions; when a pronoun has no mention,
the nearest preceding person mention stands in for it. A comma-set name closing
a role's phrase is its holder ("Lithuania's envoy to NATO, Darius Kaunas,"); a
lone first name the actors stage did not read is the one earlier full name it
opens or ends; "its prime minister" speaks as "<state>'s prime minister"; "the
leaders" of an IGO named before speak as that IGO; an IGO described ("the U.N.
nuclear watchdog") speaks by the name the article gave it; a document's readers
("a report seen by AP") never speak for it.

Parser slips that would hand a quotation to the wrong clause: a cue in a side
clause below a body's report ("..., while X said"), a subject borrowed through
"and" from a reported clause, a report verb beside an uncued quotation ("X blamed
“...”, but Y told"), a conjunct put inside a relative clause (also under an
infinitive, or under a clause with its own subject and no relative word), a statement
after ", and" taken for a reported clause (not one opened by "and that"), a "that"
clause hung on a document noun ("said in a statement that ..."), a reported "that"
read as a relative's object, a comma-set participle hung on a restrictive relative, a
"which" hung on a person, and a sentence run on past "on X." are each read as the
sentence means them, not as the tree hangs them.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache


from newsgraph.actors.coref import gender_guessed, gender_of_word, name_verb_after, speech_verbs
from newsgraph.actors.gazetteer import tokenize
from newsgraph.model import Actor, Article, Mention, Parse, Quote, Sentence, Token, stable_id
from newsgraph.quotes.detect import QuoteSpan
from newsgraph.data import load_data

log = logging.getLogger(__name__)

_PERSON_KINDS = frozenset({"person", "surname", "title", "pronoun"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_NAME_DEPS = frozenset({"compound", "flat", "amod", "nmod", "poss", "case"})
# Dependency labels that open a clause of its own: cue verbs above one do not
# speak the quotation inside it.
_CLAUSE_BOUNDARY = frozenset({"relcl", "acl", "appos", "advcl"})


@dataclass(frozen=True, slots=True)
class CueTable:
    """Attribution words, loaded from ``data/quotes/cues.yaml``."""

    verbs: frozenset[str]
    report: frozenset[str]
    weak: frozenset[str]
    speaker_after: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    pronouns_actor: frozenset[str]
    subject_deps: frozenset[str]
    agent_deps: frozenset[str]
    documents: frozenset[str]
    bodies: frozenset[str] = frozenset()
    joint_words: frozenset[str] = frozenset()
    texts: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    implicit_agents: tuple[tuple[str, frozenset[str]], ...] = ()
    speaker_next: tuple[tuple[str, ...], ...] = ()
    quoting_verbs: frozenset[str] = frozenset()
    speaker_next_needs_speech: frozenset[tuple[str, ...]] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    role_synonyms: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    displays: frozenset[str] = frozenset()
    capital_roles: frozenset[str] = frozenset()
    age_role: re.Pattern[str] | None = None
    agent_roles: frozenset[str] = frozenset()
    verb_objects: frozenset[tuple[str, str]] = frozenset()
    quantity_heads: frozenset[str] = frozenset()
    generic_bodies: frozenset[str] = frozenset()
    name_tags: tuple[tuple[str, re.Pattern[str]], ...] = ()
    as_verbs: frozenset[str] = frozenset()
    reading_verbs: frozenset[str] = frozenset()
    unnamed_roles: frozenset[str] = frozenset()
    unnamed_role_preps: frozenset[str] = frozenset()
    kin_roles: frozenset[str] = frozenset()
    body_voices: frozenset[str] = frozenset()
    hosts: frozenset[str] = frozenset()
    indefinites: frozenset[str] = frozenset()
    name_givers: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()
    voting_verbs: frozenset[str] = frozenset()
    object_senses: frozenset[str] = frozenset()
    act_verbs: frozenset[str] = frozenset()
    seat_preps: frozenset[str] = frozenset()  # "a government spokesman in Baghdad"
    request_verbs: frozenset[str] = frozenset()  # "demanded that X explain": X says nothing
    posted_bodies: frozenset[str] = frozenset()  # "China's Embassy in La Paz": keeps its city
    accredited_bodies: frozenset[str] = frozenset()  # "the U.S. mission to the OAS"
    seated_bodies: frozenset[str] = frozenset()  # "Libya's Foreign Ministry in Tripoli": no city
    body_seats: frozenset[str] = frozenset()  # "a statement from its Geneva headquarters": the body
    peers: frozenset[str] = frozenset()  # "his Togolese counterpart", "her host"
    visit_peers: frozenset[str] = frozenset()  # "her host", "his guest": their own state's
    visit_hosting: frozenset[str] = frozenset()  # "received his guest": who hosts whom
    visit_met: frozenset[str] = frozenset()  # "was met at the airport by": passive only
    visit_going: frozenset[str] = frozenset()  # "arrived in Kampala": a guest's verbs
    citing_verbs: frozenset[str] = frozenset()  # "quoted in a report": no writer of it
    member_heads: frozenset[str] = frozenset()  # "one of the groups": one member speaks
    judging_verbs: frozenset[str] = frozenset()  # "called X's claim “a waste”": the judge's
    naming_nouns: frozenset[str] = frozenset()  # "X's description of it as “...”": X's
    seen_verbs: frozenset[str] = frozenset()  # "a document seen by Reuters": no one's known
    condition_marks: frozenset[str] = frozenset()  # "warned ... if X kept “...”": the warner's
    # "X, who thanked Y for “...”, state television reported": the thanker's (_expressing_verb)
    expressing_verbs: frozenset[str] = frozenset()
    # "Peru's ambassador to Chile", "the director general of the WHO": an office whose
    # prepositional complement is part of the title as first given (_title_in_full)
    titled_heads: frozenset[str] = frozenset()
    body_complement_heads: frozenset[str] = frozenset()
    title_complement_preps: frozenset[str] = frozenset()
    # "a minister, who asked not to be named": an office that speaks unnamed on purpose
    # (_office_held_later); "former", "designate": an office not the one now held
    unnamed_phrases: tuple[str, ...] = ()
    office_time_words: frozenset[str] = frozenset()
    rank_words: frozenset[str] = frozenset()  # "deputy minister" is not "the minister"
    igo_boards: frozenset[str] = frozenset()  # "the World Bank's board" speaks for the bank
    place_particles: frozenset[str] = frozenset()  # "Dar es Salaam": lower-case inside a name
    # "..., a ministry official said" after a body's own act on the quotation: a source
    # that only passes the body's words on (_source_report)
    unnamed_sources: frozenset[str] = frozenset()
    # "asked the ambassador for an explanation": verbs whose object's "for"/"on" phrase is
    # the verb's own, no title's complement (_verb_argument)
    object_arguments: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # "“...” ¶ X made the remarks at ...", "X was speaking to reporters" (_next_remarks_maker)
    remarks_verbs: frozenset[str] = frozenset()
    speaking_verbs: frozenset[str] = frozenset()
    # "the two ministers condemned “...”": office holders of several parties who speak as
    # one, by each party's person (_joint_persons), and the counts that make them a set
    joint_person_heads: frozenset[str] = frozenset()
    pair_counts: frozenset[str] = frozenset()
    # verbs of causing another to act: their object speaks the cue of their infinitive
    causing_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_cues() -> CueTable:
    """The packaged cue table (read once; it is constant data)."""
    raw = load_data("quotes/cues.yaml")
    return CueTable(
        frozenset(raw["verbs"]) | frozenset(raw["report"]),
        frozenset(raw["report"]),
        frozenset(raw["weak"]),
        tuple(tuple(p.lower().split()) for p in raw["speaker_after"]),
        frozenset(raw["pronouns"]),
        frozenset(raw["pronouns_actor"]),
        frozenset(raw["subject_deps"]),
        frozenset(raw["agent_deps"]),
        frozenset(raw.get("documents", ())),
        frozenset(raw.get("bodies", ())),
        frozenset(raw.get("joint_words", ())),
        frozenset(raw.get("texts", ())),
        frozenset(raw.get("naming_verbs", ())),
        frozenset(raw.get("issuing_verbs", ())),
        tuple((name, frozenset(v)) for name, v in (raw.get("implicit_agents") or {}).items()),
        tuple(tuple(p.lower().split()) for p in raw.get("speaker_next", ())),
        frozenset(raw.get("quoting_verbs", ())),
        frozenset(tuple(p.lower().split()) for p in raw.get("speaker_next_needs_speech", ())),
        frozenset(raw.get("speech_nouns", ())),
        {k: frozenset(v) for k, v in (raw.get("role_synonyms") or {}).items()},
        frozenset(raw.get("displays", ())),
        frozenset(raw.get("capital_roles", ())),
        re.compile(raw["age_role"]) if raw.get("age_role") else None,
        frozenset(raw.get("agent_roles", ())),
        frozenset(tuple(p.lower().split()) for p in raw.get("verb_objects", ()) if len(p.split()) == 2),
        frozenset(raw.get("quantity_heads", ())),
        frozenset(raw.get("generic_bodies", ())),
        tuple((code, re.compile(rx)) for code, rx in (raw.get("name_tags") or {}).items()),
        frozenset(raw.get("as_verbs", ())),
        frozenset(raw.get("reading_verbs", ())),
        frozenset(raw.get("unnamed_roles", ())),
        frozenset(raw.get("unnamed_role_preps", ())),
        frozenset(raw.get("kin_roles", ())),
        frozenset(raw.get("body_voices", ())),
        frozenset(raw.get("hosts", ())),
        frozenset(raw.get("indefinites", ())),
        frozenset(raw.get("name_givers", ())),
        frozenset(raw.get("media", ())),
        voting_verbs=frozenset(raw.get("voting_verbs", ())),
        object_senses=frozenset(raw.get("object_senses", ())),
        act_verbs=frozenset(raw.get("act_verbs", ())),
        seat_preps=frozenset(raw.get("seat_preps", ())),
        request_verbs=frozenset(raw.get("request_verbs", ())),
        posted_bodies=frozenset(raw.get("posted_bodies", ())),
        accredited_bodies=frozenset(raw.get("accredited_bodies", ())),
        seated_bodies=frozenset(raw.get("seated_bodies", ())),
        body_seats=frozenset(raw.get("body_seats", ())),
        peers=frozenset(raw.get("peers", ())),
        visit_peers=frozenset(raw.get("visit_peers", ())),
        visit_hosting=frozenset(raw.get("visit_hosting", ())),
        visit_met=frozenset(raw.get("visit_met", ())),
        visit_going=frozenset(raw.get("visit_going", ())),
        citing_verbs=frozenset(raw.get("citing_verbs", ())),
        member_heads=frozenset(raw.get("member_heads", ())),
        judging_verbs=frozenset(raw.get("judging_verbs", ())),
        place_particles=frozenset(raw.get("place_particles", ())),
        naming_nouns=frozenset(raw.get("naming_nouns", ())),
        seen_verbs=frozenset(raw.get("seen_verbs", ())),
        condition_marks=frozenset(raw.get("condition_marks", ())),
        expressing_verbs=frozenset(raw.get("expressing_verbs", ())),
        titled_heads=frozenset(raw.get("titled_heads", ())),
        body_complement_heads=frozenset(raw.get("body_complement_heads", ())),
        title_complement_preps=frozenset(raw.get("title_complement_preps", ())),
        unnamed_phrases=tuple(raw.get("unnamed_phrases", ())),
        office_time_words=frozenset(raw.get("office_time_words", ())),
        rank_words=frozenset(raw.get("rank_words", ())),
        igo_boards=frozenset(raw.get("igo_boards", ())),
        unnamed_sources=frozenset(raw.get("unnamed_sources", ())),
        object_arguments={k: frozenset(v) for k, v in (raw.get("object_arguments") or {}).items()},
        remarks_verbs=frozenset(raw.get("remarks_verbs", ())),
        speaking_verbs=frozenset(raw.get("speaking_verbs", ())),
        joint_person_heads=frozenset(raw.get("joint_person_heads", ())),
        pair_counts=frozenset(raw.get("pair_counts", ())),
        causing_verbs=frozenset(raw.get("causing_verbs", ())),
    )


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a rule found speaking, and the evidence."""

    name: str
    actor: str | None
    code: str | None
    span: tuple[int, int] | None
    cue: str | None
    rule: str
    is_person: bool = True


@dataclass(frozen=True, slots=True)
class _Context:
    """What every rule reads: the parse, the mentions and where the quotations are."""

    article: Article
    parse: Parse
    mentions: tuple[Mention, ...]
    cues: CueTable
    quoted: tuple[tuple[int, int], ...]  # char spans of every quotation, marks included
    previous: Speaker | None = None  # the speaker of the quotation before
    # the start of each mention, in order, and the longest mention's length: the rules ask
    # for the mentions at a token thousands of times, and bisection spares a scan of all
    starts: tuple[int, ...] = ()
    longest: int = 0

    def inside_quote(self, tok: Token) -> bool:
        k = bisect.bisect_right(self.quoted, (tok.start, _BIG)) - 1
        return k >= 0 and self.quoted[k][0] <= tok.start and tok.end <= self.quoted[k][1]

    def holding(self, start: int, end: int) -> list[Mention]:
        """The mentions whose span holds [start, end), in order (none starts before
        end - longest)."""
        lo = bisect.bisect_left(self.starts, end - self.longest)
        hi = bisect.bisect_right(self.starts, start)
        return [m for m in self.mentions[lo:hi] if end <= m.end]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside [start, end), in order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]


def attribute(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], spans: tuple[QuoteSpan, ...]
) -> tuple[Quote, ...]:
    """One Quote per span, with the speaker the first matching rule gives.

    Args:
        article: the article the spans were found in.
        parse: its parse.
        mentions: the actors stage's mentions (may be empty).
        spans: the quotation spans, in text order.

    Returns:
        Quotes in the order of ``spans``.
    """
    cues = load_cues()
    quoted = tuple((s.open_at, _close_end(article.text, s)) for s in spans)
    ordered = tuple(sorted(mentions, key=lambda m: m.start))
    ctx = _Context(
        article,
        parse,
        ordered,
        cues,
        quoted,
        starts=tuple(m.start for m in ordered),
        longest=max((m.end - m.start for m in ordered), default=0),
    )
    out: list[Quote] = []
    previous: tuple[QuoteSpan, Speaker | None] | None = None
    acting: dict[str, tuple[str, str | None]] = {}  # person -> the actor an earlier quote gave
    for span in spans:
        sents = _sentences(parse, span, article.text)
        here = dataclasses.replace(ctx, previous=previous[1] if previous else None)
        speaker = _attribute_one(here, span, sents, previous)
        speaker = _suffixed_name(ctx, speaker, span)
        speaker = _title_in_full(ctx, speaker)
        speaker = _spelled_before(ctx, _igo_in_full(ctx, speaker))
        speaker = _ministry_in_full(ctx, speaker)
        if speaker is not None and speaker.is_person and speaker.actor is None and speaker.name in acting:
            # "Lithuania's envoy to NATO, Darius Kaunas, wrote ... ¶ “...,” Kaunas said"
            actor, code = acting[speaker.name]
            speaker = dataclasses.replace(speaker, actor=actor, code=code)
        elif speaker is not None and speaker.is_person and speaker.actor is not None:
            acting.setdefault(speaker.name, (speaker.actor, speaker.code))
        out.append(_quote(article, span, sents, speaker, parse))
        previous = (span, speaker)
    return tuple(_carried_back(article.text, spans, out))


_WEAK_RULES = frozenset({"", "nearest-person"})


def _suffixed_name(ctx: _Context, speaker: Speaker | None, span: QuoteSpan) -> Speaker | None:
    """"Marcos said" after "President Ferdinand Marcos Jr.": a lone surname the actors
    stage kept apart from a name with a suffix ("Jr.") is that name, when it is the one
    such earlier name."""
    if speaker is None or not speaker.is_person or " " in speaker.name:
        return speaker
    suffixes = _gazetteer().name_suffixes
    if not any(m.person and m.person.split()[-1].lower() in suffixes for m in ctx.mentions):
        return speaker  # (the common case: no such name, no search)
    full = _earlier_full_name(ctx, speaker.name, span.open_at)
    if full is None or full[0].split()[-1].lower() not in suffixes:
        return speaker
    return dataclasses.replace(speaker, name=full[0])


def _title_in_full(ctx: _Context, speaker: Speaker | None) -> Speaker | None:
    """An office speaking with no name speaks by its title as the article first gave it,
    complement included: "Russia's ambassador to Bolivia said" is "Russia's ambassador to
    Bolivia", not "Russia's ambassador"; and "the director general told reporters", after "the
    director general of the World Health Organization met ...", is the director general of
    the WHO (the guidelines' full name as first given). A speaker named otherwise (a person, a
    body, a composed name) is left as it is."""
    if speaker is None or speaker.span is None:
        return speaker
    lo, hi = speaker.span
    text = ctx.article.text
    head = ctx.parse.token_at(hi - 1)
    if head is None or head.end != hi or ctx.inside_quote(head):
        return speaker
    if not _titled(ctx, head):
        # a title already given with its complement ("the representative of the Council of
        # Europe"): only a person named for it later changes it
        if speaker.name != _strip_determiner(text[lo:hi]):
            return speaker
        if head.pos == "NOUN" and head.lemma.lower() in ctx.cues.body_complement_heads:
            # "the WHO's regional office for Africa urged": the office's whole name
            full = _title_complement_end(ctx, head)
            if full > hi:
                return dataclasses.replace(speaker, name=_strip_determiner(text[lo:full]))
        root = _span_root(ctx, head, lo, hi)
        # (also a spokesperson: "A spokeswoman for the WHO director-general said ...
        # the spokeswoman, X, told", _voice_named_later)
        if root is None or not (_titled(ctx, root) or root.lemma.lower() in ctx.cues.body_voices):
            return speaker
        named = _title_named_later(ctx, root, hi, speaker.actor) or _voice_named_later(ctx, root, hi)
        return dataclasses.replace(speaker, name=named) if named else speaker
    own = _strip_determiner(text[lo:hi])
    if not speaker.name.startswith(own) or not text.startswith(speaker.name, hi - len(own)):
        return speaker
    root = _span_root(ctx, head, lo, hi)
    # "A spokesperson for the foreign minister said ... the spokesperson, X, said": the
    # role that heads the phrase, not the office its complement ends on
    named = (
        (_voice_named_later(ctx, root, hi) if root is not None and root.i != head.i else None)
        or _title_named_later(ctx, head, hi, speaker.actor)
        or _office_held_later(ctx, speaker, head)
    )
    if named is not None:
        return dataclasses.replace(speaker, name=named)
    full = _title_complement_end(ctx, head)
    if full > hi:
        name = _strip_determiner(text[lo:full])
        return dataclasses.replace(speaker, name=name) if len(name) > len(speaker.name) else speaker
    if speaker.name != own:
        return speaker
    if speaker.actor is not None and not speaker.is_person and not _indefinite_at(ctx, lo):
        # "the Qatari minister told reporters. “...,” he said": a state's title a pronoun
        # led to is the person of that state the article gave the role before
        held = _office_holder_of(ctx, speaker.actor, _office_words(ctx, lo, hi), lo)
        if held is not None:
            return dataclasses.replace(speaker, name=held, is_person=True)
    first = _title_first_given(ctx, head, lo, speaker.actor)
    return dataclasses.replace(speaker, name=first) if first else speaker


def _igo_in_full(ctx: _Context, speaker: Speaker | None) -> Speaker | None:
    """"the WHO said" after "the World Health Organization sent a team": an IGO that speaks
    by its acronym speaks by its full name as the article first gave it, as a surname is
    the full name (session 64's decision 2); "The U.N. refugee agency, UNHCR," gives the
    description first. The acronym stays when the article never spells the body out."""
    if speaker is None or speaker.is_person or speaker.code not in _gazetteer().igos:
        return speaker
    acronym = speaker.name.replace(".", "")
    if " " in acronym or len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper():
        return speaker
    text = ctx.article.text
    for m in _body_mentions_of(ctx, speaker.code):
        if m.kind != "name":
            continue
        name = re.sub(r"[’']s$", "", _strip_determiner(m.text))
        words = name.split()
        proper = len(words) > 1 and all(w[:1].isupper() or w in _SPELLING_LINKS for w in words)
        if proper and _spells_out(acronym, words):
            return dataclasses.replace(speaker, name=name)
        after = _ACRONYM_AFTER.match(text, m.end)
        if len(words) > 1 and after is not None and after.group(1).replace(".", "") == acronym:
            # "The U.N. refugee agency, UNHCR,": the acronym in apposition to its body
            return dataclasses.replace(speaker, name=name)
    return speaker


def _spelled_before(ctx: _Context, speaker: Speaker | None) -> Speaker | None:
    """"... blamed the Rapid Support Forces ... The RSF said", "the World Health
    Organization's representative ... The WHO said": a speaker still named by an acronym
    (no IGO name mention spelled it, or it is no IGO) speaks by the capitalised words that
    spell it out before it in the body text, outside quotations, as first given: one run of
    words with spaces between ("Brazil, Russia, India, China and South Africa" is a list)."""
    if speaker is None or speaker.span is None or not _ACRONYM.fullmatch(speaker.name):
        return speaker
    toks = ctx.parse.tokens
    end = speaker.span[0]
    for k, tok in enumerate(toks):
        if tok.start >= end:
            break
        if not _CAPITALISED.fullmatch(tok.text) or ctx.inside_quote(tok):
            continue
        j = k
        letters = tok.text[0]
        while j + 1 < len(toks) and toks[j].ws == " " and toks[j + 1].end <= end:
            nxt = toks[j + 1].text
            if not _CAPITALISED.fullmatch(nxt) and nxt not in _SPELLING_LINKS:
                break
            j += 1
            if nxt in _SPELLING_LINKS:
                continue
            letters += nxt[0]  # each word its first letter only, in free text
            if letters == speaker.name:
                return dataclasses.replace(speaker, name=ctx.article.text[tok.start : toks[j].end])
    return speaker


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def _ministry_in_full(ctx: _Context, speaker: Speaker | None) -> Speaker | None:
    """"Qatar's labor ministry said" after "Qatar's Ministry of Labor said": a state's
    ministry that speaks by a short form speaks by its full name as the article first gave
    it (session 64's decision 2), when that name is the same state's and holds the word
    before "ministry" ("labor", "foreign" of "Ministry of Foreign Affairs")."""
    if speaker is None or speaker.is_person or speaker.code is None or speaker.code in _gazetteer().igos:
        return speaker
    words = speaker.name.lower().split()
    if len(words) < 2 or words[-1] != "ministry" or "of" in words:
        return speaker
    for m in _body_mentions_of(ctx, speaker.code):
        name = _strip_determiner(m.text)
        full = _MINISTRY_OF.search(name)
        if full is not None and words[-2] in full.group(1).lower().split():
            return dataclasses.replace(speaker, name=name)
    return speaker


def _body_mentions_of(ctx: _Context, code: str | None) -> Iterator[Mention]:
    """The article's mentions of a body with actor ``code`` in the body text, outside
    quotations and not persons, in order: where its full name as first given is read."""
    for m in ctx.mentions:
        if (
            not m.person
            and m.actor is not None
            and m.actor.code == code
            and m.start >= ctx.article.body_start
            and not _in_quote_span(ctx, m.start)
        ):
            yield m


# a ministry's full name: "Ministry of Foreign Affairs", "Ministry of Agriculture and Fisheries"
_MINISTRY_OF = re.compile(r"\bMinistry of ((?:[A-Z][\w’'-]*)(?: (?:and|of|for|the) [A-Z][\w’'-]*| [A-Z][\w’'-]*)*)$")


# an acronym right after a body's name, in apposition or brackets: "agency, UNHCR," "(WHO)"
_ACRONYM_AFTER = re.compile(r"\s*[,(]\s*([A-Z][A-Z.]+)\b")


def _spells_out(acronym: str, words: list[str]) -> bool:
    """Whether a name's words spell the acronym, in order: each word gives its first letter
    and maybe more of its letters ("SE" of "Southeast" in ASEAN), a linking word ("of",
    "for") its first or none."""
    if not words:
        return not acronym
    word = words[0].lower()
    low = acronym.lower()
    if word in _SPELLING_LINKS and _spells_out(acronym, words[1:]):
        return True
    if not low or low[0] != word[0]:
        return False
    return any(
        _subsequence(low[1:k], word[1:]) and _spells_out(acronym[k:], words[1:])
        for k in range(1, len(acronym) + 1)
    )


# the words a body's name links its nouns with ("Organization for Security and Co-operation in
# Europe"), which an acronym may skip
_SPELLING_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "de", "des", "du"})


def _subsequence(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(c in rest for c in letters)


def _voice_named_later(ctx: _Context, root: Token, hi: int) -> str | None:
    """"A spokeswoman for the WHO director-general said ... “...,” the spokeswoman, X,
    told": an unnamed spokesperson the same paragraph names right after by "the
    spokesperson, X" is X, whatever state the actors stage guessed for the later title."""
    if root.lemma.lower() not in ctx.cues.body_voices:
        return None
    text = ctx.article.text
    end = text.find("\n", hi)
    return _title_named_later(ctx, root, hi, None, before=len(text) if end < 0 else end)


def _span_root(ctx: _Context, head: Token, lo: int, hi: int) -> Token | None:
    """The token of a speaker's span [lo, hi) ending on ``head`` whose head lies outside it."""
    k = head.i
    while k > 0 and ctx.parse.tokens[k - 1].start >= lo:
        k -= 1
    inside = [t for t in ctx.parse.tokens[k : head.i + 1] if t.start >= lo]
    return next((t for t in inside if not lo <= ctx.parse.tokens[t.head].start < hi or t.head == t.i), None)


def _titled(ctx: _Context, tok: Token) -> bool:
    """A common noun that is an office's title word (cues titled_heads)."""
    return tok.pos == "NOUN" and tok.lemma.lower() in ctx.cues.titled_heads


def _title_named_later(
    ctx: _Context, head: Token, after: int, actor: str | None, before: int | None = None
) -> str | None:
    """"The media freedom representative of the Council of Europe criticized ..., calling
    it “...”. The representative, Ilona Berzina, said ...": an office the article names
    by a person right after is that person (the guidelines' speaker is the person's name):
    the next mention of the bare office word ("the representative") that the actors stage
    tied to a person, of the same state or body, with no other mention of the word between
    (with ``before``, only one before it: then of any state the actors stage gave it)."""
    for m in ctx.mentions:
        if m.start < after or m.kind != "title":
            continue
        if before is not None and m.start >= before:
            return None
        words = _strip_determiner(m.text).lower().split()
        if not words or words[-1] != head.text.lower():
            continue
        if len(words) > 1 or not m.person:
            return None  # another office of the word, or one no one is named for
        if before is None and actor is not None and m.actor is not None and m.actor.principal != actor:
            return None
        given = _appositive_person(ctx, ctx.parse.tokens[m.token_end - 1])
        return m.person if given is not None and given.person == m.person else None
    return None


def _office_held_later(ctx: _Context, speaker: Speaker, head: Token) -> str | None:
    """"Serbia's foreign minister promised a “swift” response ... Serbian Foreign Minister
    Milan Radonjic called it ...", "a Belarusian minister said ... Belarus's minister for
    information, Pavel Lutsko": a state's office told with no name speaks as the one person
    the article names later in that office (the guidelines resolve titles to the name):
    the same office words ("foreign minister"; "prime minister" is another office), the
    same state, one person only, no one named in it before, and no one said to speak
    unnamed ("who asked not to be named")."""
    if speaker.actor is None or speaker.span is None:
        return None
    lo, hi = speaker.span
    own = _office_words(ctx, lo, hi)
    if not own or own[-1] != head.text.lower() or not ctx.article.text[lo:hi].strip()[:1].isupper() and not (
        _indefinite_at(ctx, lo)
    ):
        return None
    if head.sent < len(ctx.parse.sentences) and _speaks_unnamed(ctx.parse.sentences[head.sent].text, ctx.cues):
        return None
    held: list[Mention] = []
    for m in ctx.mentions:
        if not m.person or m.actor is None or m.actor.principal != speaker.actor or _in_quote_span(ctx, m.start):
            continue
        if _held_office(ctx, m) == own:
            held.append(m)
    if len({m.person for m in held}) != 1 or held[0].start < hi:
        return None
    return held[0].person


def _office_holder_of(ctx: _Context, principal: str, office: tuple[str, ...], before: int) -> str | None:
    """The one person of a state the article gave an office before ``before`` whose title
    is ``office``, or holds a bare office word with words that say no other rank (cues
    rank_words): "Foreign Minister X" for "the Omani minister", not "Deputy Prime Minister
    X" for "Cambodia's prime minister"; None when none or several."""
    if not office:
        return None
    found = set()
    for m in ctx.mentions:
        if m.start >= before or not m.person or m.actor is None or m.actor.principal != principal:
            continue
        words = _held_office(ctx, m)
        if words is None:
            continue
        extra = set(words) - set(office)
        if words and words[-1] == office[-1] and set(office) <= set(words) and not (
            extra and (len(office) > 1 or extra & ctx.cues.rank_words)
        ):
            found.add(m.person)
    return found.pop() if len(found) == 1 else None


def _held_office(ctx: _Context, m: Mention) -> tuple[str, ...] | None:
    """The office words a mention gives the person it names: those before the name
    ("Foreign Minister X"), or a title's own when the name follows it in apposition
    ("Belarus's minister for information, Pavel Lutsko"); None for any other mention."""
    if m.kind == "person" and m.person and m.person in m.text:
        return _office_words(ctx, m.start, m.start + m.text.find(m.person))
    if m.kind == "title" and _named_right_after(ctx, m):
        return _office_words(ctx, m.start, m.end)
    return None


def _named_right_after(ctx: _Context, m: Mention) -> bool:
    """A title the article names its holder for in apposition ("Belarus's minister for
    information, Pavel Lutsko"), not one the actors stage tied to a person otherwise."""
    rest = ctx.article.text[m.end : m.end + 200].lstrip()
    return bool(m.person) and rest.startswith(",") and rest[1:].lstrip().startswith(m.person or "")


def _indefinite_at(ctx: _Context, lo: int) -> bool:
    """The phrase at ``lo`` follows an indefinite word ("a", "one": cues indefinites)."""
    words = ctx.article.text[max(0, lo - 10) : lo].split()
    return bool(words) and words[-1].lower() in ctx.cues.indefinites


def _office_words(ctx: _Context, lo: int, hi: int) -> tuple[str, ...]:
    """The lower-cased words of an office title between ``lo`` and ``hi`` ("foreign
    minister" of "Serbia's Foreign Minister", "minister" of "a Belarusian minister for
    information"): no determiner, state or possessive, nothing past its complement; ()
    when a word says the office is past or not yet held ("former", "designate")."""
    words: list[str] = []
    for t in ctx.parse.tokens:
        if t.end > hi:
            break
        if t.start < lo:
            continue
        low = t.text.lower()
        if t.pos == "ADP" or t.text in (",", "(", "—", "-"):
            break
        if t.dep in ("det", "poss", "case") or t.tag == "POS" or t.ent_type in ("GPE", "NORP", "ORG"):
            continue
        if low in ctx.cues.office_time_words:
            return ()
        if t.text.isalpha():
            words.append(low)
    return tuple(words)


def _speaks_unnamed(sentence: str, cues: CueTable) -> bool:
    """The sentence says its speaker chose not to be named ("on condition of anonymity")."""
    low = sentence.lower()
    return any(phrase in low for phrase in cues.unnamed_phrases)


def _title_complement_end(ctx: _Context, head: Token) -> int:
    """Where a title's prepositional complements end ("minister of state for energy
    affairs", "representative on freedom of the media", "commissioner for trade and
    industry"): the head's adjacent "of/to/for/on" phrases, through their own nouns and
    plain coordinated nouns, up to a clause, a comma, an apposition or a date; the head's end
    when it has none."""
    parse = ctx.parse
    hi = head.end
    # a subject's complement the parser hung on the verb after it ("the representative on
    # freedom of the media wrote")
    verb = head.head if head.dep in ("nsubj", "nsubjpass") and head.head > head.i else None
    while True:
        kids = [*parse.kids(head.i), *(k for k in parse.kids(verb) if k.i < verb)] if verb else parse.kids(head.i)
        prep = next(
            (
                k for k in kids
                if k.dep == "prep"
                and k.text.lower() in ctx.cues.title_complement_preps
                and k.start >= hi
                and not ctx.article.text[hi : k.start].strip()
            ),
            None,
        )
        obj = next((g for g in parse.kids(prep.i) if g.dep == "pobj"), None) if prep else None
        if (
            prep is None
            or obj is None
            or _verb_argument(ctx, head, prep)
            or obj.pos not in ("NOUN", "PROPN")
            or obj.ent_type in ("DATE", "TIME")
            or ctx.inside_quote(obj)
        ):
            return hi
        end = prep.end
        for t in parse.subtree(prep.i)[1:]:
            plain_conj = t.dep == "conj" and t.pos in ("NOUN", "PROPN") and not any(
                k.dep in ("det", "poss") for k in parse.kids(t.i)
            )
            stop = t.dep in _PHRASE_ENDS and t.tag != "HYPH" and not plain_conj and not (
                t.dep == "cc" and any(k.dep == "conj" and k.i > t.i for k in parse.kids(t.head))
                and _plain_conj_after(parse, t)
            )
            if stop or ctx.inside_quote(t) or t.ent_type in ("DATE", "TIME"):
                break
            end = t.end
        if end <= hi or end == prep.end:
            return hi
        hi = end


def _verb_argument(ctx: _Context, head: Token, prep: Token) -> bool:
    """"asked the Italian ambassador for an explanation", "briefed the envoy on the talks":
    a title that is the object of a verb taking that preposition (cues object_arguments)
    leaves the phrase to the verb, though the parser hung it on the title."""
    if head.dep != "dobj":
        return False
    verb = ctx.parse.tokens[head.head]
    return verb.lemma.lower() in ctx.cues.object_arguments.get(prep.text.lower(), frozenset())


def _plain_conj_after(parse: Parse, cc: Token) -> bool:
    """The word after "and" is a bare noun joined to the one before ("trade and industry"),
    not a new phrase of its own ("... and Ghana's minister")."""
    nxt = parse.tokens[cc.i + 1] if cc.i + 1 < len(parse.tokens) else None
    return (
        nxt is not None
        and nxt.dep == "conj"
        and nxt.pos in ("NOUN", "PROPN")
        and not any(k.dep in ("det", "poss") for k in parse.kids(nxt.i))
    )


def _title_first_given(ctx: _Context, head: Token, before: int, actor: str | None) -> str | None:
    """"the director general" (or "the Qatari minister") after "the director general of
    the World Health Organization" (or "Qatar's minister of state for energy affairs"): the
    one earlier title of the same office word, outside quotations, that had a complement,
    when the back-reference's own describing words are all in it and its body or state (when
    the back-reference has one) is named there; none when another office of the word
    ("Qatar's energy minister") could be meant."""
    parse = ctx.parse
    text = ctx.article.text
    own = _describing_words(parse, head)
    found: set[str] = set()
    first: str | None = None
    for t in parse.tokens:
        if t.end > before:
            break
        if t.text.lower() != head.text.lower() or t.pos != "NOUN" or ctx.inside_quote(t):
            continue
        if any(k.dep == "appos" for k in parse.kids(t.i)):
            continue  # a title given with a name in apposition is that person's
        lo = _phrase(parse, t)[0]
        if t.dep in ("amod", "compound") and t.head < t.i:
            lo = min(lo, _phrase(parse, parse.tokens[t.head])[0])  # "director general"
        end = _title_complement_end(ctx, t)
        phrase = _strip_determiner(text[lo:end])
        named = {m.actor.principal for m in ctx.mentions if m.actor is not None and lo <= m.start and m.end <= end}
        if actor is not None and named and actor not in named:
            continue  # another state's or body's office ("Trinidad's energy minister")
        if end == t.end:
            if not _describing_words(parse, t) <= own:
                found.add(phrase.lower())  # another office of the word ("the energy minister")
            continue
        words = {w.lower() for w in re.findall(r"[\w-]+", phrase)}
        if not own <= words or (actor is not None and actor not in named):
            continue
        found.add(phrase.lower())
        first = first or phrase
    return first if first is not None and len(found) == 1 else None


def _describing_words(parse: Parse, head: Token) -> set[str]:
    """The words before a title that tell which office it is ("energy" in "Qatar's energy
    minister"), not whose (a nationality, a state or a body named) nor a determiner."""
    return {
        t.text.lower() for t in parse.tokens[max(0, head.i - 6) : head.i]
        if t.dep in ("amod", "compound") and t.head == head.i
        and t.ent_type not in ("NORP", "GPE", "ORG") and t.text[:1].islower()
    }


def _line_start(text: str, span: QuoteSpan) -> int:
    return text.rfind("\n", 0, span.open_at) + 1


def _carried_back(text: str, spans: tuple[QuoteSpan, ...], quotes: list[Quote]) -> list[Quote]:
    """A paragraph left open (or a paragraph that is one quotation) takes the speaker
    named in the quote paragraph right after it (“First, ... ¶ “Second, ...,” X said),
    when it found none better."""
    out = list(quotes)
    for k in range(len(out) - 2, -1, -1):
        span, nxt = spans[k], spans[k + 1]
        runs_on = (span.close_at is None and nxt.continued) or (
            span.whole_paragraph and nxt.paragraph == span.paragraph + 1 and nxt.open_at == _line_start(text, nxt)
        )
        asks = out[k].text.rstrip(" ”\"'’").endswith("?") and span.whole_paragraph
        if runs_on and out[k].rule in _WEAK_RULES and out[k + 1].speaker and not asks:
            later = out[k + 1]
            out[k] = dataclasses.replace(
                out[k],
                speaker=later.speaker,
                speaker_actor=later.speaker_actor,
                speaker_code=later.speaker_code,
                speaker_span=later.speaker_span,
                cue=later.cue,
                rule="continued-later",
            )
    return out


def _close_end(text: str, span: QuoteSpan) -> int:
    if span.close_at is None:
        return span.end
    return span.close_at + (2 if text[span.close_at : span.close_at + 2] in ("’’", "''") else 1)


def _sentences(parse: Parse, span: QuoteSpan, text: str) -> tuple[int, ...]:
    """Indices of the sentences the quotation (with its marks) overlaps, plus a short
    attribution the parser split off after the closing mark (“...?” | Smith said.)."""
    lo, hi = span.open_at, _close_end(text, span)
    found = [s.index for s in parse.sentences if s.start < hi and s.end > lo]
    if not found:
        return (parse.sentence_of(lo),)
    nxt = found[-1] + 1
    if nxt < len(parse.sentences):
        after = parse.sentences[nxt]
        gap = text[hi : after.start]
        size = after.token_end - after.token_start
        # a full stop inside the marks ends the sentence ("... a fair hearing." Canberra
        # did not respond.): what follows is no attribution of it
        stopped = text[span.start : span.end].rstrip().endswith(".")
        if (
            not gap.strip()
            and "\n" not in gap
            and size <= _SPLIT_ATTRIBUTION_TOKENS
            and not stopped
        ):
            found.append(nxt)
    return tuple(found)


_SPLIT_ATTRIBUTION_TOKENS = 12


def _full_name(text: str, who: Speaker | None) -> Speaker | None:
    """A person's name the actors stage cut before its particles ("Spanish Prime Minister
    Pedro Sánchez de la Vega" read as the known "Pedro Sánchez") runs on to its last name."""
    if who is None or not who.is_person or who.span is None:
        return who
    start, end = who.span
    if text[start:end].endswith(who.name):
        tail = _PARTICLE_TAIL.match(text, end)
        if tail is not None:
            return dataclasses.replace(who, name=who.name + tail.group(), span=(start, tail.end()))
        return who
    # "he said": the name as the article wrote it before
    for found in re.finditer(re.escape(who.name), text[:start]):
        tail = _PARTICLE_TAIL.match(text, found.end())
        if tail is not None:
            return dataclasses.replace(who, name=who.name + tail.group())
    return who


def _quote(
    article: Article, span: QuoteSpan, sents: tuple[int, ...], who: Speaker | None, parse: Parse
) -> Quote:
    who = _full_name(article.text, who)
    return Quote(
        id=stable_id(article.id, span.start, span.end),
        article_id=article.id,
        start=span.start,
        end=span.end,
        text=article.text[span.start : span.end],
        speaker=who.name if who else None,
        speaker_actor=who.actor if who else None,
        speaker_code=who.code if who else None,
        speaker_span=who.span if who else None,
        cue=who.cue if who else None,
        partial=_is_partial(article.text, span, parse, sents),
        sentence_indices=sents,
        rule=who.rule if who else "",
    )


def _is_partial(text: str, span: QuoteSpan, parse: Parse, sents: tuple[int, ...]) -> bool:
    """A few quoted words inside a sentence, rather than the speaker's sentence(s)."""
    first = next((ch for ch in text[span.start : span.end] if ch.isalpha()), "")
    if first.islower():
        return True
    sent = parse.sentences[sents[0]] if parse.sentences else None
    before = text[sent.start : span.open_at].strip() if sent and sent.start <= span.open_at else ""
    ends_sentence = text[span.start : span.end].rstrip()[-1:] in ".?!,…"
    return bool(before) and before[-1:] not in ",:" and not ends_sentence


# -- the cascade ----------------------------------------------------------------


def _attribute_one(
    ctx: _Context,
    span: QuoteSpan,
    sents: tuple[int, ...],
    previous: tuple[QuoteSpan, Speaker | None] | None,
) -> Speaker | None:
    parse = ctx.parse
    para_lo, para_hi = _paragraph_bounds(ctx.article.text, span)
    tokens = [t for t in _tokens(parse, sents) if para_lo <= t.start and t.end <= para_hi]
    ends = [t for t in tokens if _false_end(parse, t.i)]
    if ends:
        # the sentence the parser ran on past "on X." is two: keep the quotation's
        lo = max((t.end for t in ends if t.end <= span.open_at), default=-1)
        hi = min((t.end for t in ends if t.start >= span.end), default=_BIG)
        tokens = [t for t in tokens if lo <= t.start and t.end <= hi]
    inner = [t for t in tokens if span.start <= t.start and t.end <= span.end]
    frame = [t for t in tokens if not ctx.inside_quote(t)]
    prev_speaker = previous[1] if previous else None
    if span.continued and prev_speaker is not None:
        return _renamed(prev_speaker, "continues")
    asked = _asked_cues(ctx, frame)
    frame = [t for t in frame if t.i not in asked]
    above = [v for v in _governing_cues(ctx, inner) if v.i not in asked]
    if any(not _channel_report(ctx, v) for v in above):
        # "X denounced the drills as “...”, the news agency reported": X speaks
        channels = {v.i for v in above if _channel_report(ctx, v)}
        frame = [t for t in frame if t.i not in channels]
        above = [v for v in above if v.i not in channels]
    sources = {v.i for v in above if _source_report(ctx, v, span, inner)}
    if sources:
        # "Chile's Foreign Ministry rejected the claim as “...”, a diplomat said":
        # the body whose own act takes the words speaks; the source only passes them on
        frame = [t for t in frame if t.i not in sources]
        above = [v for v in above if v.i not in sources]
    said = [t for t in frame if _is_cue(ctx, t)] + above
    if said and all(_channel_report(ctx, v) for v in said):
        # "Cuba's president, who thanked the emir and “the people of Qatar” for the aid, state
        # television reported": a term under a verb of thanking or judging with a subject of
        # its own is that subject's; the channel only carries the words
        expressing = _expressing_verb(ctx, inner)
        found = _speaker_of_verb(ctx, expressing, span, "channel-clause") if expressing is not None else None
        if found is not None:
            return found
    if above and not any(_is_report(ctx, v) for v in above):
        # "X called the remarks “...” in a meeting with Y, the ministry said": a report the
        # parser set beside the cue's clause reports it as one above it would
        above = above + _side_reports(ctx, above)
    reports = [t for t in above if _is_report(ctx, t)]
    # with no cue above the quotation, its own clause's verb with a subject ("X blamed
    # “...”, but Y told ..."): a clause set beside it with its own subject is Y's
    beside = [] if above else _clause_verb(ctx, inner)
    steps = (
        lambda: _first_speaker(ctx, _colon_cue(ctx, span, frame), span, "colon-cue"),
        lambda: _claim_owner(ctx, span, inner),
        lambda: _text_issuer(ctx, span, inner),
        # "a charge Zagreb rejected as “absurd”": the relative clause's verb takes the words
        # as its own, whatever reporting verb the sentence hangs the clause on
        lambda: _as_owner(ctx, span, inner, sents, relative=True),
        lambda: _relative_expresser(ctx, span, inner, said),
        lambda: _officials_naming(ctx, span, inner),
        lambda: _told_inside_report(ctx, reports, above, inner, span),
        lambda: _first_speaker(ctx, reversed(reports), span, "cue-governs"),
        lambda: _document_sender(ctx, span, inner),
        lambda: _according_to(ctx, span, inner, frame),
        lambda: _first_speaker(ctx, _own_clause_cue(ctx, inner), span, "cue-governs"),
        lambda: _first_speaker(
            ctx, _not_coordinated(ctx, _not_beside(ctx, _nearest_first(ctx, frame, span, True), beside), above), span, "cue-attached"
        ),
        lambda: _first_speaker(ctx, above, span, "cue-governs"),
        lambda: _first_speaker(ctx, _not_beside(ctx, _nearest_first(ctx, frame, span, False), beside), span, "cue-attached"),
    )
    for step in steps:
        found = step()
        if found is not None:
            return found
    for rule in (_as_owner, _term_owner, _implicit_agent, _next_sentence, _speech_owner, _document_misread):
        found = rule(ctx, span, inner, sents)
        if found is not None:
            return found
    found = _questioner(ctx, span)
    if found is not None:
        return found
    # "X called the deal “a victory.” Its minister, Y, thanked India for “standing with
    # us”": a term quoted under a verb of its own sentence is that verb's subject's, not
    # the quotation's before it
    own = _clause_subject(ctx, span, inner, main_only=True) or _predicate_subject(ctx, span, inner)
    if own is not None:
        return own
    found = _reporter_after(ctx, span)
    if found is not None:
        return found
    if previous is not None and prev_speaker is not None and _follows(ctx, previous[0], span):
        return _renamed(prev_speaker, "continues")
    found = _sentence_before(ctx, span, sents, para_lo)
    if found is not None:
        return found
    found = _clause_subject(ctx, span, inner)
    if found is not None and previous is not None and prev_speaker is not None:
        if span.paragraph - previous[0].paragraph <= 1:
            # "..., according to the statement. ¶ It will ensure the U.S. has “its second-strike
            # capability”": a term under a side clause's verb, with no cue in reach, goes on
            # with the quotation just before (its paragraph or the one before), not with that
            # clause's subject
            return _renamed(prev_speaker, "continues")
    if found is not None:
        return found
    return _nearest_person(ctx, span.open_at, "nearest-person", None)


_TERM_REACH = 3  # heads a quoted term may sit under below the preposition of its text


def _text_issuer(ctx: _Context, span: QuoteSpan, inner: list[Token]) -> Speaker | None:
    """A term quoted as what a text is on or about ("passed a law on “foreign
    representatives”, which the EU said ...") is the wording of the text's issuer, the
    subject of the issuing verb ("pass", "adopt") the text is the object of, not of a
    speaker whose clause hangs on the term."""
    parse = ctx.parse
    inside = {t.i for t in inner}
    tops = [t for t in inner if t.head not in inside and t.pos != "PUNCT"]
    if len(tops) != 1:
        return None
    # (the preposition over the term, through a clause the parser may read the term as the
    # subject of: "a law on “foreign agents” ... could silence critics")
    prep = next((a for a in _ancestors(parse, tops[0])[:_TERM_REACH] if a.dep == "prep"), None)
    if prep is None:
        return None
    text = parse.tokens[prep.head]
    if text.lemma.lower() not in ctx.cues.texts or text.dep != "dobj":
        return None
    verb = parse.tokens[text.head]
    if verb.lemma.lower() not in ctx.cues.issuing_verbs:
        return None
    subj = _subject(ctx, verb)
    if subj is None or ctx.inside_quote(subj):
        return None
    return _speaker_of_token(ctx, subj, span.open_at, "text-issuer", verb.text, named_only=True)


_SENDER_REACH = 2  # heads from a quoted term up to the verb whose in-phrase names its paper


def _document_sender(ctx: _Context, span: QuoteSpan, inner: list[Token]) -> Speaker | None:
    """A term quoted under a verb whose in-phrase names the paper it was put in and who sent
    it ("was declared “persona non grata” in a letter from Foreign Minister X", "was called
    “...” in a note from the embassy"): the sender speaks, not a source that only saw a copy
    ("..., according to a copy seen by The Associated Press") nor the one the paper went to.
    Only for a verb with no doer of its own ("In a statement from Honiara, the prime minister
    thanked Fiji for its “...”": the prime minister speaks)."""
    parse = ctx.parse
    inside = {t.i for t in inner}
    tops = [t for t in inner if t.head not in inside and t.pos != "PUNCT"]
    if len(tops) != 1:
        return None
    for verb in _ancestors(parse, tops[0])[:_SENDER_REACH]:
        if verb.pos not in ("VERB", "AUX"):
            continue
        if any(k.dep in ("nsubj", "agent") for k in parse.kids(verb.i)):
            return None  # the verb's own subject or by-agent speaks
        for prep in parse.kids(verb.i):
            if prep.dep != "prep" or prep.lemma.lower() not in ("in", "through", "via"):
                continue
            for paper in parse.kids(prep.i):
                if paper.dep != "pobj" or paper.lemma.lower() not in ctx.cues.documents:
                    continue
                for frm in parse.kids(paper.i):
                    if frm.dep != "prep" or frm.lemma.lower() != "from":
                        continue
                    for sender in parse.kids(frm.i):
                        if sender.dep != "pobj" or ctx.inside_quote(sender):
                            continue
                        found = _speaker_of_token(
                            ctx, sender, span.open_at, "document-sender", paper.text, named_only=True
                        )
                        if found is not None:
                            return found
        break  # the nearest verb only
    return None


_COLON_REACH = 4  # tokens a cue may stand before the colon ("posted on X:", "said in a statement:")


def _colon_cue(ctx: _Context, span: QuoteSpan, frame: list[Token]) -> list[Token]:
    """The cue verb a colon opening the quotation closes ("while the U.S. Embassy posted on X:
    '...'"): the last cue of its sentence before the colon, a few tokens before it at most,
    whatever clause the parser hangs the quotation on."""
    text = ctx.article.text
    if not text[: span.open_at].rstrip().endswith(":"):
        return []
    colon = text.rfind(":", 0, span.open_at)
    before = [t for t in frame if t.end <= colon]
    for t in reversed(before[-_COLON_REACH:]):
        if _is_cue(ctx, t):
            return [t]
        if t.dep in ("dobj", "obj") and t.pos == "NOUN" and t.lemma.lower() in ctx.cues.documents:
            # "X's office published a short statement: “...”": the text's issuer speaks,
            # whatever verb put it out
            verb = ctx.parse.tokens[t.head]
            return [verb] if verb.pos in ("VERB", "AUX") and not ctx.inside_quote(verb) else []
    return []


def _as_owner(
    ctx: _Context,
    span: QuoteSpan,
    inner: list[Token],
    sents: tuple[int, ...],
    relative: bool = False,
) -> Speaker | None:
    """The subject of a verb that takes something "as" the quoted words: "Chile's
    government rejected the remarks as “unacceptable”" -> Chile's government.
    "as" hangs on the verb or on its object; the verb is in as_verbs (with ``relative``,
    only a relative clause's verb: "a charge Zagreb rejected as “absurd”", or a reported
    clause's judging verb with a subject of its own: "It said the president had described the
    case as “...”"; a view reported, "said Washington regarded him as “...”", stays the
    reporter's)."""
    parse = ctx.parse
    inside = {t.i for t in inner}
    for top in inner:
        if top.pos == "PUNCT" or (top.head in inside and top.head != top.i):
            continue
        prep = parse.tokens[top.head]
        if prep.text.lower() != "as" or prep.dep != "prep":
            continue
        named = _naming_owner(ctx, prep)
        if named is not None:
            found = _speaker_of_token(ctx, named[1], span.open_at, "as-verb", named[0].text, named_only=True)
            if found is not None:
                return found
        verb = parse.tokens[prep.head]
        if verb.dep in ("dobj", "nsubjpass") and verb.head != verb.i:
            verb = parse.tokens[verb.head]
        bare = _bare_relative_subject(parse, verb)
        if (
            relative
            and verb.dep != "relcl"
            and bare is None
            and not _contact_clause(parse, verb)
            and not (_reported_clause(parse, verb) and verb.lemma.lower() in ctx.cues.judging_verbs)
        ):
            continue
        if bare is not None and verb.lemma in ctx.cues.as_verbs and not ctx.inside_quote(verb):
            found = _speaker_of_token(ctx, bare, span.open_at, "as-verb", verb.text)
            if found is not None:
                return found
        if verb.lemma in ctx.cues.as_verbs and not ctx.inside_quote(verb):
            found = _speaker_of_verb(ctx, verb, span, "as-verb")
            if found is not None:
                return found
    return None


def _reported_clause(parse: Parse, verb: Token) -> bool:
    """Whether a verb heads a clause reported by another verb, with a named subject of its
    own ("said the president had described ...")."""
    return verb.dep == "ccomp" and any(
        k.dep == "nsubj" and k.pos in ("NOUN", "PROPN") for k in parse.kids(verb.i)
    )


def _naming_owner(ctx: _Context, prep: Token) -> tuple[Token, Token] | None:
    """(noun, owner) of a naming noun the "as" of a quoted name belongs to: "Tikhonova's
    description of the detention as “piracy” was rejected", "Georgia rejected Tikhonova's
    description of it as “piracy”" (the parser may hang "as" on the verb): the one who
    described speaks, not who rejected the description."""
    parse = ctx.parse
    head = parse.tokens[prep.head]
    nouns = [head] if head.pos == "NOUN" else [k for k in parse.kids(head.i) if k.dep in ("dobj", "nsubjpass") and k.i < prep.i]
    of = parse.tokens[head.head]
    if head.dep == "pobj" and of.text.lower() == "of":
        nouns.append(parse.tokens[of.head])  # ("description of the seizure as “...”")
    for noun in nouns:
        if noun.lemma.lower() not in ctx.cues.naming_nouns:
            continue
        owner = next(
            (k for k in parse.kids(noun.i) if k.dep == "poss" and k.tag not in _RELATIVE_TAGS and not ctx.inside_quote(k)),
            None,
        )
        if owner is not None:
            return noun, owner
    return None


def _bare_relative_subject(parse: Parse, verb: Token) -> Token | None:
    """The subject of a relative clause with no pronoun that the parser hung on its noun as
    a participle, reading the subject as the noun's apposition ("..., a charge the health
    ministry rejected as “...”": charge <- ministry (appos), charge <- rejected (acl)); None
    for a participle with a subject of its own or no noun right before it ("a charge
    rejected by the ministry as ...", "a plan, the first of its kind, drawn up as ...")."""
    if verb.dep != "acl" or verb.tag != "VBD" or any(k.dep in ("nsubj", "nsubjpass") for k in parse.kids(verb.i)):
        return None
    noun = parse.tokens[verb.head]
    if noun.pos != "NOUN" or noun.i >= verb.i:
        return None
    for k in parse.kids(noun.i):
        if k.dep == "appos" and noun.i < k.i < verb.i and parse.subtree(k.i)[-1].i == verb.i - 1:
            if not any(t.pos == "PUNCT" for t in parse.tokens[noun.i + 1 : verb.i]):
                return k
    return None


def _contact_clause(parse: Parse, verb: Token) -> bool:
    """Whether a verb is a relative clause with no pronoun that the parser took for a clause
    of two subjects ("..., a charge Zagreb rejected as “absurd”": charge and Zagreb)."""
    subjects = [k for k in parse.kids(verb.i) if k.dep == "nsubj" and k.i < verb.i]
    return len(subjects) == 2 and subjects[0].pos == "NOUN" and subjects[1].i == verb.i - 1


def _term_owner(
    ctx: _Context, span: QuoteSpan, inner: list[Token], sents: tuple[int, ...]
) -> Speaker | None:
    """A quoted term speaks for whoever it is ascribed to: China's “nine-dash line”;
    Trump, whose “America First” approach; the “Reformasi” movement."""
    parse = ctx.parse
    inside = {t.i for t in inner}
    tops = [t for t in inner if t.head not in inside and t.pos != "PUNCT"]
    if len(tops) != 1:
        return None
    top = noun = tops[0]
    if top.dep in ("compound", "amod", "nmod") and parse.tokens[top.head].pos in ("NOUN", "PROPN"):
        noun = parse.tokens[top.head]
    elif top.pos not in ("NOUN", "PROPN"):
        return None
    for kid in parse.kids(noun.i):
        if kid.dep != "poss" or kid.i in inside or ctx.inside_quote(kid):
            continue
        owner: Token | None = kid
        if kid.tag in _RELATIVE_TAGS:  # "whose": the noun the relative clause hangs on
            owner = _relative_head(parse, noun)
        elif kid.tag == "PRP$":
            # "The ministry rewarded Qatar for its “patient diplomacy”": a possessive
            # pronoun is the speaker's own wording of the act; its subject speaks
            acting = _acting_subject(ctx, noun, span)
            if acting is not None:
                return acting
        if owner is None:
            continue
        found = _speaker_of_token(ctx, owner, span.open_at, "term-owner", None, named_only=True)
        if found is not None:
            return found
    after = ctx.article.text[_close_end(ctx.article.text, span) : noun.start]
    if (
        noun is not top
        and not after.strip()
        and ctx.article.text[span.start : span.start + 1].isupper()
        and noun.text.islower()
        and noun.lemma.lower() in ctx.cues.bodies
    ):
        name = f"{ctx.article.text[span.start : span.end]} {noun.text}"
        return Speaker(name, None, None, (span.start, noun.end), None, "term-owner", is_person=False)
    return None


def _acting_subject(ctx: _Context, noun: Token, span: QuoteSpan) -> Speaker | None:
    """The named subject of the nearest verb above a quoted term, outside quotations."""
    for anc in _ancestors(ctx.parse, noun):
        if ctx.inside_quote(anc):
            return None
        if anc.pos not in ("VERB", "AUX"):
            continue
        subj = _subject(ctx, anc)
        if subj is None or span.start <= subj.start < span.end:
            return None
        found = _speaker_of_token(ctx, subj, span.open_at, "clause-subject", anc.text, named_only=True)
        if found is None and subj.pos == "NOUN" and (
            subj.lemma.lower() in _gazetteer().person_nouns or subj.lemma.lower() in ctx.cues.bodies
        ):
            # "The envoy applauded Norway for its “...”": a person or a body unnamed
            found = _speaker_of_token(ctx, subj, span.open_at, "clause-subject", anc.text)
        return found
    return None


def _whose_owner(ctx: _Context, tok: Token) -> Token | None:
    """The named noun a "whose" clause hangs on, for the clause's subject that "whose" owns:
    "welcomed by the European Union, whose delegation in Tbilisi said it “...”" -> Union,
    when the actors stage placed no actor on the subject itself."""
    kids = ctx.parse.kids(tok.i)
    if tok.dep != "nsubj" or not any(k.dep == "poss" and k.tag in _RELATIVE_TAGS for k in kids):
        return None
    if any(k.dep in ("compound", "amod") for k in kids):
        return None  # "whose foreign ministry said": a named body speaks by its own name
    mention = _mention_for(ctx, tok, *_phrase(ctx.parse, tok))
    if mention is not None and mention.actor is not None:
        return None  # "whose foreign ministry said": a body the actors stage placed speaks
    head = _relative_head(ctx.parse, tok)
    if head is not None and head.pos == "NOUN":
        # "welcomed by the U.N. Secretary-General's office, whose spokesman said": a body
        # named by a common noun speaks when the actors stage placed it
        placed = _mention_for(ctx, head, *_phrase(ctx.parse, head))
        return head if placed is not None and placed.actor is not None else None
    return head if head is not None and head.pos == "PROPN" else None


def _relative_head(parse: Parse, tok: Token) -> Token | None:
    """The noun a relative clause hangs on, from a token inside the clause."""
    for anc in _ancestors(parse, tok):
        if anc.dep == "relcl":
            return parse.tokens[anc.head]
    return None


def _implicit_agent(
    ctx: _Context, span: QuoteSpan, inner: list[Token], sents: tuple[int, ...]
) -> Speaker | None:
    """“widely seen as an attempt to “Trump-proof” it”: a passive verb of perception
    with no agent names no one; the unnamed speaker is the observers."""
    parse = ctx.parse
    inside = {t.i for t in inner}
    for top in (t for t in inner if t.head not in inside and t.pos != "PUNCT"):
        for anc in _ancestors(parse, top):
            if ctx.inside_quote(anc) or anc.pos not in ("VERB", "AUX"):
                continue
            kids = parse.kids(anc.i)
            passive = anc.tag == "VBN" and any(k.dep in ("auxpass", "nsubjpass") for k in kids)
            if passive and not any(k.dep in ctx.cues.agent_deps for k in kids):
                for name, lemmas in ctx.cues.implicit_agents:
                    if anc.lemma.lower() in lemmas:
                        return Speaker(name, None, None, None, anc.text, "implicit-agent", is_person=False)
            break  # only the nearest verb above the quotation
    return None


def _document_misread(
    ctx: _Context, span: QuoteSpan, inner: list[Token], sents: tuple[int, ...]
) -> Speaker | None:
    """"“...,” the decree read.": the parser may take "decree read" for one noun; the
    document after the quotation speaks (for its issuer), not the nearest person."""
    parse = ctx.parse
    close = _close_end(ctx.article.text, span)
    for tok in _tokens(parse, sents):
        if tok.start < close or tok.i == 0 or ctx.inside_quote(tok):
            continue
        doc = parse.tokens[tok.i - 1]
        if (
            tok.pos == "NOUN"
            and tok.lemma.lower() in ctx.cues.report
            and doc.head == tok.i
            and doc.dep == "compound"
            and doc.lemma.lower() in ctx.cues.documents
        ):
            return _speaker_of_token(ctx, doc, span.open_at, "cue-attached", tok.text)
    return None


def _next_sentence(
    ctx: _Context, span: QuoteSpan, inner: list[Token], sents: tuple[int, ...]
) -> Speaker | None:
    """“...” The remark came from X. / Those were the words of X. / So said X. Also
    after a dash in the same sentence: “...” — those were the words of X."""
    parse = ctx.parse
    text = ctx.article.text
    close = _close_end(text, span)
    dash = _DASH_AFTER.match(text, close)
    if dash is not None and parse.sentences:
        here = parse.sentence_of(dash.end())
        toks = [t for t in parse.sentence_tokens(here) if t.start >= dash.end() and not ctx.inside_quote(t)]
    else:
        after = len(text) - len(text[close:].lstrip())
        if after >= len(text) or ("\n" in text[close:after] and not span.whole_paragraph):
            return None  # a quotation that is its whole paragraph may be attributed in the next
        nxt = parse.sentence_of(after)
        sent = parse.sentences[nxt] if parse.sentences else None
        if sent is None or sent.start < close:
            return None  # the quotation does not end its sentence
        toks = [t for t in parse.sentence_tokens(nxt) if not ctx.inside_quote(t)]
    words = [t.text.lower() for t in toks]
    for phrase in ctx.cues.speaker_next:
        n = len(phrase)
        for k in range(len(toks) - n + 1):
            if tuple(words[k : k + n]) != phrase:
                continue
            if phrase in ctx.cues.speaker_next_needs_speech and not _speech_subject(ctx, toks[k]):
                continue
            last = toks[k + n - 1]
            heads = [
                c for c in parse.kids(last.i)
                if c.i > last.i and c.dep in ("pobj", "nsubj", "dobj", "attr", "nsubjpass")
            ]
            if not heads and k + n < len(toks):
                heads = [_np_head(parse, toks[k + n])]
            for head in heads:
                found = _speaker_of_token(ctx, head, span.open_at, "next-sentence", " ".join(phrase))
                if found is not None:
                    return found
    if (
        dash is None
        and len(words) > 3
        and words[0] in ("with", "in")
        and words[1] in _POINTERS
        and toks[2].lemma.lower() in ctx.cues.speech_nouns
    ):
        # "“...” ¶ With those words, X opened the debate": the subject of the sentence
        # the words open
        root = next((t for t in toks if t.dep == "ROOT"), None)
        subj = _subject(ctx, root) if root is not None else None
        if root is not None and subj is not None and not ctx.inside_quote(subj):
            found = _speaker_of_token(ctx, subj, span.open_at, "next-sentence", root.text)
            if found is not None:
                return found
    if dash is None:
        found = _next_remarks_maker(ctx, span, toks)
        if found is not None:
            return found
    if dash is None and len(words) > 3 and words[0] in _POINTERS and words[1] in _BE and words[2] in ("what", "how"):
        # "“...” ¶ That is what X told the crowd." / "This was how X put it." (not
        # "That came after X said ...", another statement)
        for tok in toks:
            if not _is_cue(ctx, tok):
                continue
            subj = next(
                (k for k in parse.kids(tok.i) if k.dep == "nsubj" and k.text.lower() not in _POINTERS),
                None,
            )
            if subj is not None:
                found = _speaker_of_token(ctx, subj, span.open_at, "next-sentence", tok.text)
                if found is not None:
                    return found
    return None


def _next_remarks_maker(ctx: _Context, span: QuoteSpan, toks: list[Token]) -> Speaker | None:
    """“...” ¶ "Foreign Minister X made the remarks at a news conference", "X was speaking
    to reporters in Y": the subject of the next sentence, when its main verb makes the
    definite remarks (cues.yaml ``remarks_verbs`` + a speech noun with "the"/"those") or is
    a "was speaking" of its own (``speaking_verbs``); not when the remarks are made
    something ("made the remarks public")."""
    parse = ctx.parse
    root = next((t for t in toks if t.dep == "ROOT"), None)
    if root is None:
        return None
    lemma = root.lemma.lower()
    made = lemma in ctx.cues.remarks_verbs and any(
        k.dep == "dobj"
        and k.lemma.lower() in ctx.cues.speech_nouns
        and any(d.dep == "det" and d.text.lower() in ("the", "those", "these") for d in parse.kids(k.i))
        for k in parse.kids(root.i)
    )
    speaking = (
        lemma in ctx.cues.speaking_verbs
        and root.tag == "VBG"
        and any(k.dep == "aux" and k.text.lower() in ("was", "were") for k in parse.kids(root.i))
    )
    if not made and not speaking or any(k.dep in ("oprd", "ccomp", "xcomp") for k in parse.kids(root.i)):
        return None  # (not "The ministry made the remarks public")
    subj = next((k for k in parse.kids(root.i) if k.dep == "nsubj"), None)
    if subj is None or ctx.inside_quote(subj):
        return None
    return _speaker_of_token(ctx, subj, span.open_at, "next-sentence", root.text)


_POINTERS = frozenset({"that", "this", "those", "these", "such"})
_BE = frozenset({"is", "was", "are", "were", "'s", "’s"})


_DASH_AFTER = re.compile(r"[,.]?[ \t]*(?:—|–|--)[ \t]*(?=\w)")


def _speech_owner(
    ctx: _Context, span: QuoteSpan, inner: list[Token], sents: tuple[int, ...]
) -> Speaker | None:
    """"The Kremlin's response came within hours: “...”", "His words were simple:
    “...”": the owner of the speech noun that introduces the quotation."""
    parse = ctx.parse
    text = ctx.article.text
    if not text[: span.open_at].rstrip().endswith(":"):
        return None
    for tok in reversed(_tokens(parse, sents[:1])):
        if tok.start >= span.open_at or ctx.inside_quote(tok):
            continue
        if tok.lemma.lower() not in ctx.cues.speech_nouns or tok.pos != "NOUN":
            continue
        # "Kenya's answer came from Foreign Minister X: “...”": who it came from speaks
        head = parse.tokens[tok.head]
        if tok.dep == "nsubj" and head.pos == "VERB":
            for prep in parse.kids(head.i):
                if prep.dep != "prep" or prep.text.lower() != "from":
                    continue
                for obj in parse.kids(prep.i):
                    if obj.dep == "pobj" and not ctx.inside_quote(obj) and _is_person(ctx, obj):
                        found = _speaker_of_token(ctx, obj, span.open_at, "speech-owner", tok.text)
                        if found is not None:
                            return found
        for kid in parse.kids(tok.i):
            if kid.dep == "poss" and not ctx.inside_quote(kid):
                found = _speaker_of_token(ctx, kid, span.open_at, "speech-owner", tok.text)
                if found is not None:
                    return found
    return None


_SPEECH_OWNER_PREPS = frozenset({"by", "from", "of"})
_SPEECH_AIM_PREPS = frozenset({"for"})  # "a call from X for “...”": what the speech asks for


def _claim_owner(ctx: _Context, span: QuoteSpan, inner: list[Token]) -> Speaker | None:
    """"Zelenskyy rejected Putin's claim that Ukraine was “...”", "a warning from the
    IAEA that ... “...”": a quotation inside what a speech noun reports is its owner's
    (a possessive, or "by"/"from"/"of" a name), whoever the sentence's subject is. The
    climb stops at the first cue verb: a report inside the claim has its own speaker
    ("Putin's claim that Kyiv said “...”"), and one above it a speech noun without an
    owner is no claim of its own ("X said the claim that “...” was false"). The parser
    often hangs the that-clause and the "from" phrase on the verb ("rejected the warning
    from NATO that Moscow faced “...”"): a speech noun object just before the clause
    owns it then, with the verb's "from"/"by" phrase between them. A quotation in the
    noun's "as" phrase judges the claim ("rejected Ruto's remarks as “baseless”") and
    is not its owner's."""
    parse = ctx.parse
    inside = {t.i for t in inner}
    tops = [t for t in inner if t.head not in inside and t.pos != "PUNCT"]
    for top in tops:
        below = top
        for anc in _ancestors(parse, top):
            if ctx.inside_quote(anc) or anc.i in inside:
                return None
            noun, owner = _speech_noun_of(ctx, anc, below, span)
            if noun is anc and below.dep == "appos" and _judged_object(ctx, anc):
                # "called Bolivia's claim “a waste of time”": the name the judge gives it,
                # hung on the claim as an apposition (the judge speaks, by a later rule)
                return None
            if noun is anc and below.dep == "amod" and below.i < anc.i:
                # "thanked Ottawa for its “fast and generous” response": words that describe
                # the response are the thanker's judgement of it (_term_owner's), not its words
                return None
            if noun is anc and below.dep == "prep" and below.text.lower() == "as":
                # "rejected Ruto's remarks as “baseless”": the quotation judges the
                # remarks; it is no part of them (the judge speaks, by a later rule)
                return None
            below = anc
            if noun is not None:
                if owner is None:
                    return None
                return _speaker_of_token(ctx, owner, span.open_at, "claim-owner", noun.text, named_only=True)
            if _is_cue(ctx, anc):
                return None
    return None


def _judged_object(ctx: _Context, noun: Token) -> bool:
    """Whether a noun is the object of a verb that judges it by a name (judging_verbs)."""
    if noun.dep != "dobj" or noun.head == noun.i:
        return False
    return ctx.parse.tokens[noun.head].lemma.lower() in ctx.cues.judging_verbs


def _speech_noun_of(
    ctx: _Context, anc: Token, below: Token, span: QuoteSpan
) -> tuple[Token | None, Token | None]:
    """The speech noun a climb reaches at ``anc`` (coming up from ``below``) and its owner:
    ``anc`` itself, or the object of a verb whose that-clause ``below`` follows it."""
    parse = ctx.parse
    if anc.pos == "NOUN" and anc.lemma.lower() in ctx.cues.speech_nouns:
        return anc, _speech_noun_owner(ctx, anc, span)
    if below.dep == "prep" and below.text.lower() in _SPEECH_AIM_PREPS and anc.pos == "VERB":
        # "brought a call from the EU for “a ceasefire”": the parser hangs the noun's
        # "for" phrase on the verb; the speech noun object just before it owns it
        noun = next((k for k in parse.kids(anc.i) if k.dep == "dobj" and k.i < below.i), None)
        if noun is not None and noun.pos == "NOUN" and noun.lemma.lower() in ctx.cues.speech_nouns:
            owner = _speech_noun_owner(ctx, noun, span)
            if owner is not None:
                return noun, owner
        return None, None
    if below.dep != "ccomp" or not any(k.dep == "mark" and k.text.lower() == "that" for k in parse.kids(below.i)):
        return None, None
    kids = parse.kids(anc.i)
    noun = next((k for k in kids if k.dep == "dobj" and k.i < below.i), None)
    if noun is None or noun.pos != "NOUN" or noun.lemma.lower() not in ctx.cues.speech_nouns:
        return None, None
    owner = _speech_noun_owner(ctx, noun, span)
    if owner is None:
        # the verb's own "from"/"by" phrase between the noun and the clause
        owner = _speech_noun_owner(ctx, anc, span, between=(noun.i, below.i))
    return noun, owner


def _speech_noun_owner(
    ctx: _Context, noun: Token, span: QuoteSpan, between: tuple[int, int] | None = None
) -> Token | None:
    """Who a speech noun belongs to: "Putin's claim", "a warning from the IAEA"; with
    ``between``, only a "from"/"by"/"of" phrase of ``noun`` (then the verb) inside it."""
    parse = ctx.parse
    lo, hi = between if between is not None else (noun.i, len(parse.tokens))
    for kid in parse.kids(noun.i):
        if kid.dep == "poss" and between is None and kid.tag not in _RELATIVE_TAGS and not ctx.inside_quote(kid):
            return kid
        if kid.dep == "prep" and lo < kid.i < hi and kid.text.lower() in _SPEECH_OWNER_PREPS:
            obj = next((g for g in parse.kids(kid.i) if g.dep == "pobj"), None)
            if obj is not None and obj.end <= span.open_at and not ctx.inside_quote(obj):
                return obj
    return None


def _questioner(ctx: _Context, span: QuoteSpan) -> Speaker | None:
    """"VOA asked X about Y. ¶ “Is Finland ready?”": a quoted question that is its own
    paragraph, right after a sentence saying who asked, is the asker's."""
    parse = ctx.parse
    text = ctx.article.text
    if not span.whole_paragraph or not text[span.start : span.end].rstrip().endswith("?"):
        return None
    here = parse.sentence_of(span.open_at) if parse.sentences else -1
    if here <= 0:
        return None
    for tok in parse.sentence_tokens(here - 1):
        if tok.lemma.lower() != "ask" or tok.pos != "VERB" or ctx.inside_quote(tok):
            continue
        subj = next((k for k in parse.kids(tok.i) if k.dep == "nsubj"), None)
        if subj is not None:
            return _speaker_of_token(ctx, subj, span.open_at, "questioner", tok.text)
    return None


def _speech_subject(ctx: _Context, verb: Token) -> bool:
    """"The remark came from X": the verb's subject is something said."""
    return any(
        k.dep in ("nsubj", "nsubjpass") and k.lemma.lower() in ctx.cues.speech_nouns
        for k in ctx.parse.kids(verb.i)
    )


def _paragraph_bounds(text: str, span: QuoteSpan) -> tuple[int, int]:
    lo = text.rfind("\n", 0, span.open_at) + 1
    hi = text.find("\n", span.end)
    return lo, len(text) if hi < 0 else hi


def _renamed(speaker: Speaker, rule: str) -> Speaker:
    return dataclasses.replace(speaker, rule=rule)


def _tokens(parse: Parse, sents: tuple[int, ...]) -> list[Token]:
    return [t for s in sents for t in parse.sentence_tokens(s)]


def _is_cue(ctx: _Context, tok: Token) -> bool:
    if tok.pos not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma.lower()
    if lemma in ctx.cues.object_senses and _moves_object(ctx, tok):
        return False
    if lemma in ctx.cues.verbs:
        return True
    return any(
        (lemma, k.text.lower()) in ctx.cues.verb_objects
        for k in ctx.parse.kids(tok.i)
        if k.dep in ("dobj", "obj")
    )


def _moves_object(ctx: _Context, tok: Token) -> bool:
    """"Washington added the company to its list": a thing put somewhere, no speech."""
    kids = ctx.parse.kids(tok.i)
    return any(k.dep in ("dobj", "obj") and k.pos in ("NOUN", "PROPN") and not ctx.inside_quote(k) for k in kids) and any(
        k.dep in ("prep", "dative") and k.text.lower() == "to" for k in kids
    )


def _is_report(ctx: _Context, tok: Token) -> bool:
    return tok.lemma.lower() in ctx.cues.report


def _ancestors(parse: Parse, tok: Token) -> list[Token]:
    out = []
    seen = {tok.i}
    while tok.head != tok.i and tok.head not in seen:
        tok = parse.tokens[tok.head]
        seen.add(tok.i)
        out.append(tok)
    return out


def _governing_cues(ctx: _Context, inner: list[Token]) -> list[Token]:
    """Cue verbs above the quotation (nearest first), then cue verbs hanging off it.

    "Officials said Biden will ask Trump not to “walk away”": [ask, said].
    """
    parse = ctx.parse
    inside = {t.i for t in inner}
    tops = [t for t in inner if t.head not in inside or t.head == t.i]
    # a closing full stop hangs on the sentence root: it says nothing of the quote's place
    tops = [t for t in tops if t.pos != "PUNCT"] or tops
    above: list[Token] = []
    for top in tops:
        path = [top]
        for anc in _ancestors(parse, top):
            if _false_end_between(parse, anc.i, top.i):
                break  # a sentence before ("... wrote on X. The ministry said “...”")
            if anc.i not in inside and _relative_beside(ctx, anc, path):
                path.append(anc)
                continue
            path.append(anc)
            if anc.i not in inside and not ctx.inside_quote(anc) and _is_cue(ctx, anc):
                if anc not in above:
                    above.append(anc)
            if (
                anc.i not in inside
                and (
                    (anc.dep == "conj" and (_is_cue(ctx, anc) or _is_cue(ctx, parse.tokens[anc.head])))
                    or (anc.dep == "ccomp" and _is_cue(ctx, anc) and _after_comma_and(parse, anc))
                )
                and _own_subject(ctx, anc)
                and not _opens_with_that(parse, anc)
            ):
                # "X said ..., but Y told reporters “...”", "X said ..., and state media
                # quoted Y as saying “...”": a coordinated statement with its own subject
                # is Y's, whatever the parser hung it on (also as a reported clause: "X
                # said Tokyo had protested, and the State Department said it was “...”")
                break
            if (
                anc.i not in inside
                and anc.dep in _CLAUSE_BOUNDARY
                and not _document_content(ctx, anc)
                and not _that_misread(parse, anc)
                and not _purpose_clause(ctx, anc)
                and not _condition_clause(ctx, anc)
            ):
                # a relative or adverbial clause has its own speaker: "Yoon must
                # contend with Trump, who dismissed the drills as “war games”"
                break
    hanging = [
        kid
        for top in tops
        for kid in parse.kids(top.i)
        if kid.i not in inside and not ctx.inside_quote(kid) and _is_cue(ctx, kid)
    ]
    # the outermost reporting verb is read from the end: hanging cues go first
    return [k for k in hanging if k not in above] + above


def _side_reports(ctx: _Context, above: list[Token]) -> list[Token]:
    """Report verbs with a subject of their own that the parser hung beside a cue verb as
    parataxis ("X lodged “...” with Y, the ministry said")."""
    return [
        k
        for v in above
        for k in ctx.parse.kids(v.i)
        if k.dep == "parataxis" and _is_report(ctx, k) and _own_subject(ctx, k) and not ctx.inside_quote(k)
    ]


def _asked_cues(ctx: _Context, frame: list[Token]) -> set[int]:
    """"It demanded that Tunis explain “...”", "urged Seoul to say “...”": a saying the
    speaker asks another for is not said; the asker's cue governs the words."""
    parse = ctx.parse
    return {
        v.i
        for v in frame
        if v.dep in ("ccomp", "xcomp")
        and _is_cue(ctx, v)
        and parse.tokens[v.head].lemma.lower() in ctx.cues.request_verbs
        and _is_cue(ctx, parse.tokens[v.head])
    }


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


_INITIAL = re.compile(r"[A-Z]\.")


def _false_end(parse: Parse, k: int) -> bool:
    """"wrote on X. His ministry ...": a lone capital and full stop after a lowercase
    word, before a capitalised one, ends a sentence the parser ran on (an initial follows
    a name: "George W. Bush")."""
    toks = parse.tokens
    return (
        0 < k < len(toks) - 1
        and _INITIAL.fullmatch(toks[k].text) is not None
        and toks[k - 1].text[:1].islower()
        and toks[k + 1].text[:1].isupper()
    )


def _false_end_between(parse: Parse, i: int, j: int) -> bool:
    return any(_false_end(parse, k) for k in range(min(i, j) + 1, max(i, j)))


def _after_comma_and(parse: Parse, verb: Token) -> bool:
    """The verb's clause opens right after ", and" / ", but" (not after "that"), or after
    "and" alone when a quotation closes before it ("called it “a turning point” and X said
    it was “...”": the parser may hang X's clause on the first speaker's verb, and the
    clause before on X's: the clause opens with X's subject)."""
    subject = next((k for k in parse.kids(verb.i) if k.dep in ("nsubj", "nsubjpass") and k.i < verb.i), verb)
    left = parse.subtree(subject.i)[0].i
    return (
        left >= 2
        and parse.tokens[left].dep != "mark"
        and parse.tokens[left - 1].text.lower() in ("and", "but")
        and parse.tokens[left - 1].dep == "cc"
        and (parse.tokens[left - 2].text == "," or parse.tokens[left - 2].tag == "''")
    )


def _opens_with_that(parse: Parse, verb: Token) -> bool:
    """"X said the decision showed ... and that Moscow would respond with “...”": a conjunct
    opened by "that" is one more reported clause, not a statement of its own."""
    return any(k.dep == "mark" and k.text.lower() == "that" and k.i < verb.i for k in parse.kids(verb.i))


def _document_content(ctx: _Context, verb: Token) -> bool:
    """"X said in a statement that officials would meet “...”": a "that" clause the parser
    hung on a document noun states what the document says; the climb goes on to the verb
    that reports it."""
    head = ctx.parse.tokens[verb.head]
    return (
        verb.dep == "acl"
        and _opens_with_that(ctx.parse, verb)
        and head.pos == "NOUN"
        and head.lemma.lower() in ctx.cues.documents
    )


def _purpose_clause(ctx: _Context, verb: Token) -> bool:
    """"X telephoned Y on Sunday to express “...”": an infinitive of purpose with no subject
    of its own, on a verb of a done act, is said by that verb's subject; the climb goes on to
    whoever reports the act."""
    kids = ctx.parse.kids(verb.i)
    head = ctx.parse.tokens[verb.head]
    return (
        verb.dep == "advcl"
        and any(k.dep == "aux" and k.tag == "TO" for k in kids)
        and not _own_subject(ctx, verb)
        and head.tag == "VBD"
        and not ctx.inside_quote(head)
    )


def _condition_clause(ctx: _Context, verb: Token) -> bool:
    """"Y warned that aid could be cut if the U.N. kept “lecturing its hosts”": the condition
    of a clause is part of what that clause says, so the climb goes on to its cue."""
    return verb.dep == "advcl" and any(
        k.dep == "mark" and k.text.lower() in ctx.cues.condition_marks for k in ctx.parse.kids(verb.i)
    )


def _that_misread(parse: Parse, verb: Token) -> bool:
    """"X told the ambassador that Nouakchott expected “...”": a "that" the parser took for
    the object of a relative clause whose verb has an object of its own, or kept as the
    clause's conjunction ("told the envoy, Y, that Abuja expected ...": no relative clause
    opens with one), is the reported clause's "that"; the clause is what X told."""
    kids = parse.kids(verb.i)
    return verb.dep == "relcl" and (
        (
            any(k.text.lower() == "that" and k.dep == "dobj" and k.i < verb.i for k in kids)
            and any(k.dep == "dobj" and k.i > verb.i for k in kids)
        )
        or any(k.text.lower() == "that" and k.dep == "mark" and k.i < verb.i for k in kids)
    )


def _relative_beside(ctx: _Context, verb: Token, path: list[Token]) -> bool:
    """"The ministry said the ban followed a riot, in which police said four were hurt,
    and was needed “...”": a finite conjunct with no subject of its own that the parser
    put inside a relative clause; it goes on the clause the relative hangs on, so the
    relative's verb governs nothing of it."""
    parse = ctx.parse
    if verb.dep not in ("relcl", "advcl", "acl"):
        return False
    if not any(
        p.dep == "conj"
        and not any(k.dep in ("nsubj", "nsubjpass", "expl") for k in parse.kids(p.i))
        and (p.tag in _FINITE or any(k.dep in ("aux", "auxpass") and k.tag in _FINITE for k in parse.kids(p.i)))
        for p in path
    ):
        return False
    kids = parse.kids(verb.i)
    if verb.dep == "acl" and any(k.dep == "aux" and k.tag == "TO" for k in kids):
        # "Japan had no right to comment ... and accused Tokyo of “...”": a finite
        # conjunct cannot share an infinitive's clause
        return True
    if verb.dep == "relcl" and not any(k.tag in _RELATIVE_TAGS or k.dep == "mark" for k in kids) and _own_subject(ctx, verb):
        # "there was “no evidence” the drone was Russian and accused Kyiv of “...”": a
        # clause with its own subject and no relative word states the noun's content
        return True
    return any(k.i < verb.i and k.tag in _RELATIVE_TAGS for k in kids) or any(
        k.dep == "prep" and k.i < verb.i and any(g.tag in _RELATIVE_TAGS for g in parse.kids(k.i)) for k in kids
    )


def _own_subject(ctx: _Context, verb: Token) -> bool:
    """The verb has a subject of its own, outside every quotation."""
    return any(
        k.dep in ("nsubj", "nsubjpass") and not ctx.inside_quote(k) for k in ctx.parse.kids(verb.i)
    )


def _own_clause_cue(ctx: _Context, inner: list[Token]) -> list[Token]:
    """A cue verb with a subject of its own in the relative or adverbial clause that
    holds the quotation: it speaks before any reporting verb of the main clause
    ("“...,” said A, while B countered that “...”")."""
    parse = ctx.parse
    inside = {t.i for t in inner}
    tops = [t for t in inner if (t.head not in inside or t.head == t.i) and t.pos != "PUNCT"]
    for top in tops:
        cue: Token | None = None
        for anc in _ancestors(parse, top):
            if anc.i in inside or ctx.inside_quote(anc):
                continue
            if cue is None and _is_cue(ctx, anc):
                cue = anc
            if anc.dep in _CLAUSE_BOUNDARY:
                if cue is None:
                    break
                owner = parse.tokens[cue.head] if cue.dep == "conj" else cue
                if any(
                    k.dep in ("nsubj", "nsubjpass") and not ctx.inside_quote(k)
                    for k in parse.kids(cue.i) + parse.kids(owner.i)
                ):
                    return [cue]
                head = parse.tokens[cue.head]
                if cue is anc and cue.dep == "advcl" and cue.tag == "VBG" and (
                    _is_main_verb(parse, head) or _reporter_of_participle(ctx, cue) is not None
                ):
                    # "X agreed, calling the threat “real”": the participle's subject is
                    # the main clause's ("X said Y would act, warning that “...”": X's)
                    return [cue]
                if cue is anc and cue.dep == "acl" and cue.tag == "VBD" and _named_person(ctx, head):
                    # "..., after Mexico's president, X, called the build-up “...”": a
                    # finite verb the parser hung on its own subject, a person named
                    return [cue]
                break
    return []


_PLANNED = frozenset({"will", "would", "may", "might", "could", "should", "shall", "can", "to"})


def _told_inside_report(
    ctx: _Context, reports: list[Token], above: list[Token], inner: list[Token], span: QuoteSpan
) -> Speaker | None:
    """"Sethi told the ambassador the move “cannot be ...,” the ministry said in a
    statement", "Modi called Trump his “dear friend,” his office said": words a person
    said, reported by a body or a document, are the person's; the outermost reporting
    verb names the speaker only when it is a person's ("Officials said Biden told Trump
    ..." stays with the officials' rule). Any cue verb above the quotation ("called",
    "warned") counts when a body or document reports it, unless it is only planned
    ("would urge"); a cue hanging below the quotation ("if Trump demands ...") never."""
    if not reports:  # (reports are the report verbs of ``above``)
        return None
    outer = reports[-1]
    subj = _subject(ctx, outer)
    if subj is None:
        return None
    lemma = subj.lemma.lower()
    reporter = _speaker_of_verb(ctx, outer, span, "cue-governs")
    by_institution = reporter is not None and not reporter.is_person
    # a body or document noun, or a named institution ("the Kremlin said"; not "a senior
    # administration official told reporters")
    by_body = (subj.pos == "NOUN" and (lemma in ctx.cues.bodies or lemma in ctx.cues.documents)) or (
        subj.pos == "PROPN" and by_institution
    )
    # "Officials in Rome said the ambassador had assured them the loan was “...”": unnamed
    # officials report a past act of a person or office they name, as a body does
    by_officials = (
        subj.pos == "NOUN" and subj.tag == "NNS" and lemma in ctx.cues.unnamed_sources
        and not any(k.dep in ("poss", "appos", "nummod") for k in ctx.parse.kids(subj.i))
    )
    by_body = by_body or by_officials
    if not (by_body or by_institution):
        return None
    over = {a.i for t in inner for a in _ancestors(ctx.parse, t)}
    for verb in above[: above.index(outer)]:
        if verb.i not in over:
            # a cue hanging below the quotation is a side clause's ("..., while X said")
            continue
        if not _is_report(ctx, verb) and (
            not by_body
            or (
                any(k.dep in ("aux", "mark") and k.text.lower() in _PLANNED for k in ctx.parse.kids(verb.i))
                and not _purpose_clause(ctx, verb)
            )
            # "the two sides agreed to “intensify talks,” the Commission said": an act
            # the report words, not the sides' words
            or (verb.lemma.lower() in ctx.cues.act_verbs and any(k.dep == "xcomp" and k.i in over for k in ctx.parse.kids(verb.i)))
        ):
            continue
        own = _subject(ctx, verb)
        if (
            own is not None
            and own.pos == "NOUN"
            and own.lemma.lower() in ctx.cues.documents
            and not any(k.dep == "poss" for k in ctx.parse.kids(own.i))
        ):
            # "The note called the flights “...,” the ministry said": a paper's words, which
            # the body reporting them wrote, not a person named before ("Ruiz's letter" is hers)
            continue
        found = _speaker_of_verb(ctx, verb, span, "told-in-report")
        if found is None:
            continue
        if (
            (found.is_person and (_own_subject(ctx, verb) or _names_person(ctx, found)))
            or _office_subject(ctx, verb)
            or (_own_subject(ctx, verb) and _found_title(ctx, found))
        ):
            # a subject borrowed through "and" from the reported clause ("said the
            # trucks had no permits and accused Kyiv of “...”") is the report's own; an
            # office holder's is theirs ("Qatar's emir spoke with X and pledged to “...”")
            return found
        if by_officials and _person_noun(ctx, _subject(ctx, verb)):
            # "Officials in Rome said the ambassador had assured them ... “...”": the
            # official whose own words the officials pass on
            return found
        if _purpose_clause(ctx, verb) and _person_noun(ctx, _subject(ctx, verb)):
            # "X's foreign minister telephoned Y to express “...”, the ministry said": an
            # official, named or not, said what he telephoned to say
            return found
    return None


def _office_subject(ctx: _Context, verb: Token) -> bool:
    """Whether the verb's subject (its own or borrowed through "and") is an office holder
    the actors stage read as a title ("Qatar's emir", "Peru's foreign minister")."""
    subj = _subject(ctx, verb)
    return subj is not None and any(
        m.kind == "title" and m.start <= subj.start and subj.end <= m.end for m in ctx.mentions
    )


def _found_title(ctx: _Context, found: Speaker) -> bool:
    """Whether the speaker found is an office holder the actors stage read as a title, also
    through a pronoun ("X's prime minister thanked Y for what he called “...”, his office
    said": the prime minister's words, which his office relays)."""
    if found.span is None:
        return False
    lo, hi = found.span
    return any(m.kind == "title" and m.start <= lo and hi <= m.end for m in ctx.mentions)


def _person_noun(ctx: _Context, tok: Token | None) -> bool:
    """Whether a subject is a person's name or a noun for a person ("minister", "envoy")."""
    return tok is not None and (tok.ent_type == "PERSON" or tok.lemma.lower() in _gazetteer().person_nouns)


def _names_person(ctx: _Context, found: Speaker) -> bool:
    """Whether a person mention of the actors stage lies in the speaker's span."""
    if found.span is None:
        return False
    lo, hi = found.span
    return any(m.person and m.start < hi and lo < m.end for m in ctx.mentions)


def _is_main_verb(parse: Parse, tok: Token) -> bool:
    """The root of its sentence, or a verb coordinated with it."""
    while tok.dep == "conj" and tok.head != tok.i:
        tok = parse.tokens[tok.head]
    return tok.dep == "ROOT" or tok.head == tok.i


def _first_speaker(ctx: _Context, verbs, span: QuoteSpan, rule: str) -> Speaker | None:  # type: ignore[no-untyped-def]
    for verb in verbs:
        found = _speaker_of_verb(ctx, verb, span, rule)
        if found is not None:
            return found
    return None


def _nearest_first(ctx: _Context, frame: list[Token], span: QuoteSpan, report: bool) -> list[Token]:
    """Cue verbs of the quotation's sentence outside every quotation, nearest first."""
    cues = [t for t in frame if _is_cue(ctx, t) and _is_report(ctx, t) == report]
    cues.sort(key=lambda t: min(abs(t.start - span.end), abs(span.start - t.end)))
    return cues


_SIDE_CLAUSES = frozenset({"conj", "advcl"})


def _not_beside(ctx: _Context, verbs: list[Token], clause: list[Token]) -> list[Token]:
    """Drop cue verbs of a clause with its own subject set beside the quotation's clause
    ("X blamed “...”, but Y told ...", "Y said ..., but X blamed “...”"); a clause the
    quotation's clause hangs on as an adverbial ("saying ... if X pursues “...”") stays."""
    if not clause:
        return verbs
    verb = clause[0]
    out = []
    for v in verbs:
        linked = (
            (v.dep in _SIDE_CLAUSES and v.head == verb.i)
            or (verb.dep == "conj" and verb.head == v.i)
            or _aside_of_earlier_conjunct(ctx, verb, v)
        )
        own_subject = any(
            k.dep in ("nsubj", "nsubjpass") and k.i < v.i and not ctx.inside_quote(k) for k in ctx.parse.kids(v.i)
        )
        if not (linked and own_subject):
            out.append(v)
    return out


def _verbs_above(ctx: _Context, inner: list[Token]) -> Iterator[Token]:
    """For each top token of a quotation, the nearest verb above it outside any quotation."""
    inside = {t.i for t in inner}
    tops = [t for t in inner if (t.head not in inside or t.head == t.i) and t.pos != "PUNCT"]
    for top in tops:
        verb = next((a for a in _ancestors(ctx.parse, top) if a.pos in ("VERB", "AUX")), None)
        if verb is not None and verb.i not in inside and not ctx.inside_quote(verb):
            yield verb


def _clause_verb(ctx: _Context, inner: list[Token]) -> list[Token]:
    """The nearest verb above a quotation that no cue governs, when it has a subject of
    its own that names an actor ("Sonatrach blamed “technical inspections”")."""
    parse = ctx.parse
    for verb in _verbs_above(ctx, inner):
        subj = next(
            (k for k in parse.kids(verb.i) if k.dep == "nsubj" and k.i < verb.i and not ctx.inside_quote(k)), None
        )
        if subj is not None and (subj.pos == "PROPN" or _mention_for(ctx, subj, *_phrase(parse, subj)) is not None):
            return [verb]
    return []


def _expressing_verb(ctx: _Context, inner: list[Token]) -> Token | None:
    """The nearest verb above a quotation, when it is a verb of thanking or judging
    (cues expressing_verbs) with a subject of its own before it (a relative "who" too)."""
    parse = ctx.parse
    for verb in _verbs_above(ctx, inner):
        if verb.lemma.lower() in ctx.cues.expressing_verbs and any(
            k.dep == "nsubj" and k.i < verb.i and not ctx.inside_quote(k) for k in parse.kids(verb.i)
        ):
            return verb
    return None


def _relative_expresser(
    ctx: _Context, span: QuoteSpan, inner: list[Token], cues: list[Token]
) -> Speaker | None:
    """The subject of a relative clause of thanking or judging (cues expressing_verbs) that
    holds the quotation, straight or through a gerund of its for-phrase: "announced by the
    bank's director, X, with Peru's finance minister, Y, who thanked the bank for acting “in
    weeks, not months.”" -> Y, whatever cue the main clause before it has (the relative's own
    words). Not when a cue follows the quotation: "Peru's president, who thanked Chile for its
    “quick help,” met reporters, Foreign Minister X said" is X's report (test_speakers95)."""
    parse = ctx.parse
    if any(c.start >= span.open_at for c in cues):
        return None
    verbs = list(_verbs_above(ctx, inner))
    mark = parse.token_at(span.open_at)
    if mark is not None and mark.i > 0 and parse.tokens[mark.i - 1].tag == "VBG":
        # "for acting “in months, not years”" with the quotation hung elsewhere by the parser:
        # the gerund the quotation goes on from
        verbs.insert(0, parse.tokens[mark.i - 1])
    for verb in verbs:
        while verb.tag == "VBG" and verb.dep == "pcomp" and verb.head != verb.i:
            prep = parse.tokens[verb.head]
            if prep.dep != "prep" or prep.head == prep.i:
                break
            verb = parse.tokens[prep.head]
        if verb.dep == "relcl" and verb.lemma.lower() in ctx.cues.expressing_verbs:
            return _speaker_of_verb(ctx, verb, span, "relative-expressing")
    return None


def _not_coordinated(ctx: _Context, verbs: list[Token], above: list[Token]) -> list[Token]:
    """Drop reporting verbs of a clause coordinated with the one whose cue governs the
    quotation, or set beside it as an adverbial clause ("X called it “a success,” but
    Y said ...", "X called the talks “very good,” while Y said ...": "said" is Y's)."""
    if not above:
        return verbs
    governing = {a.i for a in above}
    out = []
    for v in verbs:
        if v.i in governing:
            out.append(v)
            continue
        linked = (
            (v.dep in _SIDE_CLAUSES and v.head in governing)
            or any(a.dep in _SIDE_CLAUSES and a.head == v.i for a in above)
            or any(_side_clause_under(ctx, a, v) for a in above)
            or any(_beside_holder(ctx, a, v) for a in above)
            or any(_aside_of_earlier_conjunct(ctx, a, v) for a in above)
        )
        # "..., said the official" mis-parsed as a conjunct is still the attribution:
        # only a clause with its own subject before the verb is another speaker's
        own_subject = any(
            k.dep in ("nsubj", "nsubjpass") and k.i < v.i and not ctx.inside_quote(k)
            for k in ctx.parse.kids(v.i)
        )
        if not (linked and own_subject):
            out.append(v)
    return out


def _beside_holder(ctx: _Context, cue: Token, verb: Token) -> bool:
    """The verb is a side clause hung on a clause that holds the cue deeper down, and does
    not hold the cue itself ("X protested over what it called “...”, while Y said ...": the
    while-clause hangs on "protested", over the naming verb's clause)."""
    if verb.dep not in _SIDE_CLAUSES or verb.head == verb.i:
        return False
    above_cue = {a.i for a in _ancestors(ctx.parse, cue)}
    return verb.head in above_cue and verb.i not in above_cue


def _aside_of_earlier_conjunct(ctx: _Context, clause: Token, verb: Token) -> bool:
    """The verb is a parenthetical report set inside an earlier conjunct, and the clause
    verb that holds the quotation (a cue or not) heads a later conjunct with its own subject
    ("X phoned Y, officials said, and Y thanked X for “...”": the officials report the call;
    the thanks, and its words, are Y's)."""
    if verb.dep != "parataxis" or clause.dep != "conj" or verb.head != clause.head:
        return False
    if not verb.i < clause.i or not _own_subject(ctx, clause):
        return False
    kids = ctx.parse.kids(clause.i)
    subject = min((k.i for k in kids if k.dep in ("nsubj", "nsubjpass")), default=clause.i)
    return verb.i < subject


def _side_clause_under(ctx: _Context, cue: Token, verb: Token) -> bool:
    """The cue sits deeper in a clause with its own subject that is set beside the verb
    and does not hold it ("the ministry said ..., and Sweden thanked Kenya for what it
    called “...”": "said" is not the quotation's)."""
    above_verb = {a.i for a in _ancestors(ctx.parse, verb)} | {verb.i}
    return any(
        p.dep in _SIDE_CLAUSES and p.i not in above_verb and _own_subject(ctx, p)
        for p in _ancestors(ctx.parse, cue)
    )


def _according_to(
    ctx: _Context, span: QuoteSpan, inner: list[Token], frame: list[Token]
) -> Speaker | None:
    """"according to X": X speaks."""
    words = [t.text.lower() for t in frame]
    for phrase in ctx.cues.speaker_after:
        n = len(phrase)
        for k in range(len(frame) - n + 1):
            if tuple(words[k : k + n]) == phrase:
                teller = _person_telling(ctx, frame[k], inner, span)
                if teller is not None:
                    return teller
                last = frame[k + n - 1]
                objs = [c for c in ctx.parse.kids(last.i) if c.dep in ("pobj", "dobj", "obj")]
                if not objs and k + n < len(frame):
                    # ("Kim was quoted as saying by KCNA": "as" names no one)
                    objs = [_np_head(ctx.parse, frame[k + n])]
                    objs = [o for o in objs if o.pos in ("NOUN", "PROPN", "PRON")]
                for obj in objs:
                    # "X praised Chile as “...”, according to the presidential palace": a
                    # channel or any other source only reports what the cue's subject said
                    carried = _carried_teller(ctx, inner, span, _is_channel(ctx, obj))
                    if carried is not None:
                        return carried
                    if obj.lemma.lower() in ctx.cues.documents:
                        # "received by Jordan's king, who thanked Ireland for its “...”,
                        # according to a statement from the court": a term under a person's
                        # own act is that person's, the statement only tells of it
                        # (only a person or an office holder: "The new shield will protect
                        # the country “...”, according to the statement" is the statement's)
                        own = _clause_subject(ctx, span, inner)
                        held = ctx.holding(*own.span) if own is not None and own.span else []
                        if any(m.person or m.kind in ("person", "title") for m in held):
                            return own
                    if _is_channel(ctx, obj):
                        # "according to state television, which quoted the government"
                        obj = _cited_by(ctx, obj, ("relcl", "acl")) or obj
                    found = _speaker_of_token(ctx, obj, span.open_at, "according-to", " ".join(phrase))
                    if found is not None:
                        return found
    return None


def _person_telling(ctx: _Context, source: Token, inner: list[Token], span: QuoteSpan) -> Speaker | None:
    """"According to the ministry, Gerapetritis demanded “...”": a named person whose
    cue verb governs the quotation speaks, the source only reports it."""
    verb = ctx.parse.tokens[source.head]
    if verb.i == source.i or verb not in _governing_cues(ctx, inner):
        return None
    subj = _subject(ctx, verb)
    if subj is None or span.start <= subj.start < span.end or not _is_person(ctx, subj):
        return None
    return _speaker_of_token(ctx, subj, span.open_at, "cue-governs", verb.text)


def _carried_teller(
    ctx: _Context, inner: list[Token], span: QuoteSpan, channel: bool = True
) -> Speaker | None:
    """"X praised Nepal as “...” and said ..., according to the official news agency": who
    the cue verb governing the quotation has as its subject speaks; the channel (or the
    palace, the statement) only carries the words. Under a source that is no channel, a
    document's words ("The note demanded “...”, according to the Foreign Ministry") stay
    the source's: the note is the ministry's."""
    for verb in _governing_cues(ctx, inner):
        subj = _subject(ctx, verb)
        if subj is None or span.start <= subj.start < span.end or _is_channel(ctx, subj):
            continue
        if not channel and subj.lemma.lower() in ctx.cues.documents | ctx.cues.texts:
            # nor a text's ("Quito's accord with Lima marks “...”, according to the joint
            # statement"): the statement says what the accord means
            continue
        return _speaker_of_verb(ctx, verb, span, "cue-governs")
    return None


def _np_head(parse: Parse, tok: Token) -> Token:
    """Climb from a token to the head of its noun phrase."""
    while tok.head != tok.i and tok.dep in _NAME_DEPS | {"det"}:
        tok = parse.tokens[tok.head]
    return tok


def _follows(ctx: _Context, before: QuoteSpan, span: QuoteSpan) -> bool:
    """True when nothing but quotations (and no new subject) separates two spans."""
    if span.paragraph - before.paragraph > 1:
        return False
    if span.paragraph == before.paragraph:
        return True
    # next paragraph: it continues only if the paragraph opens with the quotation
    return span.whole_paragraph or _opens_paragraph(ctx.article.text, span)


def _opens_paragraph(text: str, span: QuoteSpan) -> bool:
    line_start = text.rfind("\n", 0, span.open_at) + 1
    return not text[line_start : span.open_at].strip()


def _sentence_before(
    ctx: _Context, span: QuoteSpan, sents: tuple[int, ...], para_lo: int
) -> Speaker | None:
    """A sentence with no cue takes the speaker of the reporting sentence before it:
    "X said:" (any paragraph), or "X said ..." in the same paragraph."""
    first = sents[0]
    parse = ctx.parse
    if not parse.sentences:
        return None
    sent = parse.sentences[first]
    before = ctx.article.text[max(sent.start, para_lo) : span.open_at].rstrip()
    candidates: list[tuple[int, str]] = []
    main_only = False
    if before.endswith(":"):
        candidates.append((first, "colon-intro"))
    elif first > 0:
        prev = parse.sentences[first - 1]
        if prev.text.rstrip().endswith(":"):
            candidates.append((first - 1, "colon-intro"))
        elif prev.start >= para_lo:
            candidates.append((first - 1, "sentence-before"))
        elif _reporting_paragraph_before(ctx, span, prev, para_lo):
            # (its main reporting verb only: "X said Moscow would respond ..." is X's)
            candidates.append((first - 1, "sentence-before"))
            main_only = True
    for s, rule in candidates:
        toks = [t for t in parse.sentence_tokens(s) if t.start < span.open_at]
        cues = [t for t in toks if _is_cue(ctx, t) and not ctx.inside_quote(t)]
        if rule == "sentence-before":
            cues = [t for t in cues if _is_report(ctx, t) and (not main_only or t.dep == "ROOT")]
        for cue in reversed(cues):
            found = _speaker_of_verb(ctx, cue, span, rule)
            if found is not None:
                return found
    return None


_REPORTER_PATH = frozenset({"advcl", "xcomp", "conj"})


def _reporter_after(ctx: _Context, span: QuoteSpan) -> Speaker | None:
    """“This is unacceptable.” Minister X told reporters ... : a quotation that opens its
    paragraph as a sentence of its own is the one the paragraph's next sentence reports,
    when that sentence's subject speaks in it ("X told", "X did not mince words as she
    told", "X was blunt, telling"), not the quotation or reporting paragraph before it
    (unless that paragraph ends in a colon, "X said:")."""
    text, parse = ctx.article.text, ctx.parse
    if not parse.sentences or not _opens_paragraph(text, span):
        return None
    if text[: text.rfind("\n", 0, span.open_at)].rstrip().endswith(":"):
        return None
    close = _close_end(text, span)
    after = len(text) - len(text[close:].lstrip())
    if after >= len(text) or "\n" in text[close:after]:
        return None
    nxt = parse.sentence_of(after)
    if parse.sentences[nxt].start < close:
        return None  # the quotation does not end its sentence
    toks = [t for t in parse.sentence_tokens(nxt) if not ctx.inside_quote(t)]
    root = next((t for t in toks if t.head == t.i), None)
    subj = _subject(ctx, root) if root is not None else None
    if root is None or subj is None:
        return None
    for cue in (t for t in toks if _is_cue(ctx, t)):
        path = _ancestors(parse, cue)
        if cue.i != root.i and (
            not path or path[-1].i != root.i or any(t.dep not in _REPORTER_PATH for t in [cue, *path[:-1]])
        ):
            continue
        own = _subject(ctx, cue)
        found = _speaker_of_token(ctx, subj, span.open_at, "reporter-after", cue.text)
        if found is None:
            return None
        if own is not None and own.i != subj.i:
            said = _speaker_of_token(ctx, own, span.open_at, "reporter-after", cue.text)
            if said is None or said.name != found.name:
                continue
        return found
    return None


def _reporting_paragraph_before(ctx: _Context, span: QuoteSpan, prev: Sentence, para_lo: int) -> bool:
    """"A NATO spokeswoman said the alliance was ... ¶ “...”": a paragraph that opens
    with the quotation goes on from the reporting sentence just before, when that ends
    a paragraph of its own with no quotation in it."""
    text = ctx.article.text
    if text[para_lo : span.open_at].strip() or prev.start >= para_lo:
        return False
    prev_lo = text.rfind("\n", 0, prev.start) + 1
    return not any(prev_lo <= q_lo < para_lo for q_lo, _ in ctx.quoted)


def _clause_subject(
    ctx: _Context, span: QuoteSpan, inner: list[Token], main_only: bool = False
) -> Speaker | None:
    """The subject of the nearest verb above a quoted term, when it names an actor
    (main_only: only when that verb is the sentence's main verb, not a clause's)."""
    parse = ctx.parse
    relative = _relative_clause_speaker(ctx, span, inner)
    if relative is not None:
        return relative
    for top in _quote_tops(inner):
        for anc in _ancestors(parse, top):
            if anc.pos not in ("VERB", "AUX") or ctx.inside_quote(anc):
                continue
            if main_only and anc.head != anc.i and not _joined_main_clause(parse, anc):
                break  # the nearest verb is a clause's, not the sentence's own
            found = _named_verb_subject(ctx, span, anc)
            if found is not None:
                return found
    return None


def _joined_main_clause(parse: Parse, verb: Token) -> bool:
    """A main clause of its own joined to the sentence's main verb ("Estonia welcomed it, and
    its foreign minister thanked the bloc for “...”"): a conjunct of the root with a subject."""
    return (
        verb.dep == "conj"
        and parse.tokens[verb.head].head == verb.head
        and any(k.dep in ("nsubj", "nsubjpass") for k in parse.kids(verb.i))
    )


def _quote_tops(inner: list[Token]) -> list[Token]:
    """The quote's tokens whose heads lie outside it."""
    inside = {t.i for t in inner}
    return [t for t in inner if t.head not in inside]


def _named_verb_subject(ctx: _Context, span: QuoteSpan, verb: Token) -> Speaker | None:
    """The verb's subject as the quote's speaker, when it lies outside the quote and names
    a speaker (rule "clause-subject")."""
    subj = _subject(ctx, verb)
    if subj is None or span.start <= subj.start < span.end:
        return None
    return _speaker_of_token(ctx, subj, span.open_at, "clause-subject", verb.text, named_only=True)


def _relative_clause_speaker(ctx: _Context, span: QuoteSpan, inner: list[Token]) -> Speaker | None:
    """The one a "who" clause is about, when the quote's words sit under that clause's verb
    ("met Ghana's president, John Mahama, who thanked Nigeria for “standing by us.”"): the
    parser may hang the closing stop on the main verb, whose subject (the visitor) would be
    taken for the speaker."""
    parse = ctx.parse
    for top in (t for t in _quote_tops(inner) if t.pos != "PUNCT"):
        verb = next((a for a in _ancestors(parse, top) if a.pos in ("VERB", "AUX")), None)
        if verb is None or verb.dep != "relcl" or ctx.inside_quote(verb):
            continue
        if not any(k.dep == "nsubj" and k.tag in _RELATIVE_TAGS for k in parse.kids(verb.i)):
            continue
        found = _named_verb_subject(ctx, span, verb)
        if found is not None:
            return found
    return None


def _predicate_subject(ctx: _Context, span: QuoteSpan, inner: list[Token]) -> Speaker | None:
    """"Under the statement, Bolivia “reaffirms its respect for ...”": a quotation that
    opens with its sentence's verb (or a verb joined to it) is the words of that verb's
    own subject, named outside the quotation before it."""
    parse = ctx.parse
    inside = {t.i for t in inner}
    for top in (t for t in inner if t.head not in inside or t.head == t.i):
        if top.pos not in ("VERB", "AUX") or (top.head != top.i and top.dep != "conj"):
            continue
        subj = next(
            (k for k in parse.kids(top.i) if k.dep == "nsubj" and k.end <= span.open_at and not ctx.inside_quote(k)),
            None,
        )
        if subj is None:
            continue
        found = _speaker_of_token(ctx, subj, span.open_at, "clause-subject", top.text, named_only=True)
        if found is not None:
            return found
    return None


# -- from a verb or a token to a speaker ----------------------------------------------


def _misread_subject(ctx: _Context, verb: Token) -> Token | None:
    """A subject the parser hung as a clause before its verb: "ASEAN's secretary-general, in
    Dili for a talk, called ..." reads "general" as an adjective clause with "ASEAN's" as its
    possessor. A possessed word that is no verb, before the verb, is the subject. So is a
    person's name right before a finite verb that has no subject at all ("..., ” Sandvik told
    reporters" with the rare name read as an auxiliary; "In X, the district capital, vendor
    Y said" with the name read as one more item of a list)."""
    kids = ctx.parse.kids(verb.i)
    for kid in kids:
        if (
            kid.dep == "advcl"
            and kid.i < verb.i
            and kid.pos in ("ADJ", "NOUN", "PROPN")
            and not ctx.inside_quote(kid)
            and any(k.dep == "poss" for k in ctx.parse.kids(kid.i))
        ):
            return kid
    if verb.i == 0:
        return None
    before = ctx.parse.tokens[verb.i - 1]
    named = [m for m in ctx.holding(before.start, before.end) if m.person and m.end == before.end]
    if named and not ctx.inside_quote(before) and name_verb_after(ctx.parse, named[0].token_start, named[0].token_end) == verb.i:
        return before
    return None


def _subject(ctx: _Context, verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the verb it depends on when it has none."""
    parse = ctx.parse
    quoted = _quoted_as_saying(ctx, verb) or _cited_source(ctx, verb)
    if quoted is not None:
        return quoted
    tok = verb
    for _ in range(4):
        kids = parse.kids(tok.i)
        # "a resident said by phone": a "by" the parser took for an agent beside an
        # active subject is no speaker
        active = any(k.dep == "nsubj" and not ctx.inside_quote(k) for k in kids)
        for kid in kids:
            if kid.dep in ctx.cues.agent_deps and not active:
                objs = [g for g in parse.kids(kid.i) if g.dep in ("pobj", "obj")]
                if objs:
                    return objs[0]
        # nearest first: a dateline the parser took for a second subject ("KYIV (AP) —
        # “...,” X said") lies farther from the verb than the speaker
        for kid in sorted(kids, key=lambda k: abs(k.i - tok.i)):
            if kid.dep in ctx.cues.subject_deps and not ctx.inside_quote(kid):
                if kid.dep == "nsubjpass":
                    continue
                if tok.dep == "relcl" and kid.tag in _RELATIVE_TAGS:
                    return _resolve_predicate(ctx, _which_antecedent(ctx, tok, kid))
                outer = _misjoined_cue(ctx, verb, tok, kid)
                if outer is not None:
                    return _subject(ctx, outer)
                return _resolve_predicate(ctx, kid)
        misread = _misread_subject(ctx, tok) if tok.i == verb.i else None
        if misread is not None:
            return misread
        if tok.head == tok.i or tok.dep not in ("conj", "xcomp", "advcl", "acl", "pcomp", "relcl"):
            return None
        head = parse.tokens[tok.head]
        if _false_end_between(parse, head.i, tok.i):
            return None  # no subject borrowed from the sentence before "on X."
        caused = None if _is_report(ctx, verb) else _caused_speaker(ctx, tok, head)
        if caused is not None:
            return caused
        if (
            tok.i == verb.i
            and tok.dep == "acl"
            and tok.tag == "VBN"
            and head.pos == "NOUN"
            and not ctx.holding(head.start, head.end)
            and not _person_noun(ctx, head)
        ):
            # "thanked Peru for its “...” in a video posted online": what was posted, no one
            # ("The sultan called Malaysia “...”", misread as a participle, still speaks)
            return None
        if (
            tok.dep == "relcl"
            or (tok.dep == "acl" and (tok.tag in ("VBG", "VBN") or head.pos == "PROPN"))
            or (tok.dep == "acl" and tok.tag == "VBD" and _named_person(ctx, head))
        ) and head.pos in ("PROPN", "NOUN"):
            # "the White House telling VOA ...": the noun the clause hangs on speaks
            return _resolve_predicate(ctx, parse.tokens[tok.head])
        tok = _reporter_of_participle(ctx, tok) or head
    return None


def _caused_speaker(ctx: _Context, tok: Token, head: Token) -> Token | None:
    """The object of a verb of causing whose infinitive the cue stands in: "Denmark barred
    the minister, prompting Oslo to summon the envoy and accuse Copenhagen of “...”" (the
    one prompted speaks, not the one who prompted it). Called for cues of judging and
    urging only, not report verbs: those also name acts ("prompting Oslo to recall its
    envoy"), and a report verb elsewhere in the sentence is no speaker of the words."""
    if tok.dep != "xcomp" or head.lemma.lower() not in ctx.cues.causing_verbs:
        return None
    objs = [k for k in ctx.parse.kids(head.i) if k.dep in ("dobj", "obj") and not ctx.inside_quote(k)]
    return _resolve_predicate(ctx, objs[0]) if objs else None


def _misjoined_cue(ctx: _Context, verb: Token, host: Token, subject: Token) -> Token | None:
    """The cue above a cue misjoined to a clause it reports: "X said that there was “no
    proof” the truck was Bulgarian and accused Y of “...”": the parser joins "accused" to
    "was", whose subject is a thing (no person, no actor); the cue "said" that the clause
    hangs under is what "accused" is joined to, and its subject speaks."""
    if verb.dep != "conj" or host.i == verb.i or host.dep not in ("relcl", "ccomp", "acl"):
        return None
    if subject.pos != "NOUN" or _is_person(ctx, subject):
        return None
    if any(m.actor is not None for m in ctx.holding(subject.start, subject.end)):
        return None
    tok = host
    for _ in range(6):
        if tok.head == tok.i:
            return None
        tok = ctx.parse.tokens[tok.head]
        if tok.i != verb.i and _is_cue(ctx, tok):
            return tok
    return None


def _which_antecedent(ctx: _Context, verb: Token, rel: Token) -> Token:
    """The noun a relative clause speaks for. "which" never stands for a person: "... to
    Norway's ambassador, X, at the Russian Foreign Ministry, which said ...", hung on the
    ambassador, is the noun right before ", which" (the ministry)."""
    parse = ctx.parse
    head = parse.tokens[verb.head]
    k = rel.i - 1
    if (
        rel.text.lower() == "which"
        and _person_noun(ctx, head)
        and k > 0
        and parse.tokens[k].text == ","
        and parse.tokens[k - 1].pos in ("NOUN", "PROPN")
        and not _person_noun(ctx, parse.tokens[k - 1])
        and head.i < k - 1
    ):
        return parse.tokens[k - 1]
    return head


def _named_person(ctx: _Context, noun: Token) -> bool:
    """Whether a noun is a person's name or a noun with a name set beside it ("Mexico's
    president, X"): the only subject a finite verb misread as its clause ("acl") is taken
    to have; any other noun with such a clause is no speaker."""
    if noun.ent_type == "PERSON":
        return True
    return any(k.dep == "appos" and k.pos == "PROPN" for k in ctx.parse.kids(noun.i))


def _reporter_of_participle(ctx: _Context, tok: Token) -> Token | None:
    """"X said Poland would close the border, adding that ...": a participle set off by
    a comma that the parser hung on the reported clause belongs to the reporting verb
    (its subject speaks), not to the reported clause's subject."""
    parse = ctx.parse
    if tok.dep != "advcl" or tok.tag != "VBG" or tok.head == tok.i:
        return None
    head = parse.tokens[tok.head]
    if head.dep in ("relcl", "acl"):
        # (a noun's that-clause too: "X rejected accusations that officials protect the
        # compounds, calling them “baseless”")
        return _above_restrictive(ctx, tok, head)
    if head.dep != "ccomp" or head.head == head.i:
        return None
    reporter = parse.tokens[head.head]
    first = parse.subtree(tok.i)[0]
    if first.i == 0 or parse.tokens[first.i - 1].text != "," or not _is_report(ctx, reporter):
        return None
    return None if ctx.inside_quote(reporter) else reporter


def _above_restrictive(ctx: _Context, participle: Token, relative: Token) -> Token | None:
    """"Japan protested over drills on islands that both countries claim, saying “...”": a
    comma-set participle the parser hung on a restrictive relative clause (no comma before
    it) is the clause's above it: the finite verb the relative's noun depends on."""
    parse = ctx.parse
    first = parse.subtree(relative.i)[0]
    comma = parse.subtree(participle.i)[0].i - 1
    if first.i == 0 or parse.tokens[first.i - 1].text == "," or comma < 0 or parse.tokens[comma].text != ",":
        return None
    for anc in _ancestors(parse, parse.tokens[relative.head]):
        if anc.pos in ("VERB", "AUX") and (
            anc.tag in _FINITE or anc.dep == "ROOT" or any(k.dep == "aux" and k.tag in _FINITE for k in parse.kids(anc.i))
        ):
            return None if ctx.inside_quote(anc) else anc
    return None


def _is_channel(ctx: _Context, tok: Token) -> bool:
    """"state media", "the state news agency KCNA", "state television", "Xinhua": a
    noun phrase naming a channel that carries others' words (by its words, or an
    outlet the actors stage knows as media)."""
    mention = _mention_for(ctx, tok, *_phrase(ctx.parse, tok))
    if mention is not None and mention.actor is not None and mention.actor.role == "MED":
        return True
    return any(
        (t.lemma.lower() in ctx.cues.media or t.text.lower() in ctx.cues.media)
        and t.pos != "PROPN"  # a name's word ("the International Atomic Energy Agency") is no channel
        for t in ctx.parse.subtree(tok.i)
        if t.i == tok.i or (t.head == tok.i and t.dep in ("compound", "appos", "nmod"))
    )


def _channel_subject(ctx: _Context, verb: Token) -> Token | None:
    """The verb's subject when it is a channel ("the state news agency reported")."""
    subject = next((k for k in ctx.parse.kids(verb.i) if k.dep == "nsubj" and not ctx.inside_quote(k)), None)
    return subject if subject is not None and _is_channel(ctx, subject) else None


def _channel_report(ctx: _Context, verb: Token) -> bool:
    """A channel reporting without naming whom it cites: never the speaker when the
    quotation has a speaker of its own below it."""
    return _is_report(ctx, verb) and _channel_subject(ctx, verb) is not None and _cited_source(ctx, verb) is None


def _officials_naming(ctx: _Context, span: QuoteSpan, inner: list[Token]) -> Speaker | None:
    """"Ghana halted the sale over what officials called “...”": bare unnamed
    sources naming a thing in a free relative ("what officials call") name it for the
    state or body whose act the relative hangs on, the subject of the nearest clause
    above; None when that subject is a person or has no actor."""
    parse = ctx.parse
    cues = ctx.cues
    for verb in _verbs_above(ctx, inner):
        if verb.lemma.lower() not in cues.naming_verbs | cues.judging_verbs:
            continue
        if not any(k.text.lower() == "what" for k in parse.kids(verb.i)):
            continue
        subj = next((k for k in parse.kids(verb.i) if k.dep == "nsubj"), None)
        if (
            subj is None
            or subj.tag != "NNS"
            or subj.lemma.lower() not in cues.unnamed_sources
            or any(True for _ in parse.kids(subj.i))
        ):
            continue  # "what Chilean officials called", "what its officials called": theirs
        for anc in _ancestors(parse, verb):
            if anc.pos not in ("VERB", "AUX") or ctx.inside_quote(anc):
                continue
            if _subject(ctx, anc) is None:
                continue
            found = _speaker_of_verb(ctx, anc, span, "officials-naming")
            return found if found is not None and not found.is_person and found.actor else None
    return None


def _source_report(ctx: _Context, verb: Token, span: QuoteSpan, inner: list[Token]) -> bool:
    """A report after the quotation by an unnamed source ("a ministry official said",
    "officials in Lima said"), over a clause whose own verb of saying, naming or judging
    has a named subject of its own ("X rejected the claim as “...”", "X expelled ... after
    what it described as “...”"): that source passes the subject's words on."""
    if verb.start < span.end or not _is_report(ctx, verb):
        return False
    parse = ctx.parse
    subject = next((k for k in parse.kids(verb.i) if k.dep == "nsubj" and not ctx.inside_quote(k)), None)
    if subject is None or subject.pos != "NOUN" or subject.lemma.lower() not in ctx.cues.unnamed_sources:
        return False
    if any(m.person for m in ctx.holding(*_phrase(parse, subject))):
        return False  # "an official, Ana Ruiz, said": a named person speaks
    cues = ctx.cues
    for above in _verbs_above(ctx, inner):
        if above.i == verb.i:
            return False
        lemma = above.lemma.lower()
        if not (_is_cue(ctx, above) or lemma in cues.as_verbs or lemma in cues.judging_verbs):
            continue
        if above.tag != "VBD" or above.dep == "relcl":
            return False  # "Chile would answer “...”, an official said": no act done yet
        own = next((k for k in parse.kids(above.i) if k.dep == "nsubj" and not ctx.inside_quote(k)), None)
        return own is not None and own.i < above.i
    return False


def _cited_source(ctx: _Context, verb: Token) -> Token | None:
    """"state media reported, citing the foreign ministry" / "..., state television
    reported, quoting the government": the channel only carries the words; the one it
    cites speaks (a person or body citing a report still speaks for himself)."""
    if _channel_subject(ctx, verb) is None:
        return None
    return _cited_by(ctx, verb, ("advcl",))


def _cited_by(ctx: _Context, tok: Token, deps: tuple[str, ...]) -> Token | None:
    """The object of a "citing"/"quoting" clause under a token (not "quoting X as
    saying": those words are X's own and read from there)."""
    parse = ctx.parse
    for kid in parse.kids(tok.i):
        if kid.dep not in deps or kid.lemma.lower() not in ctx.cues.quoting_verbs:
            continue
        if any(g.dep == "prep" and g.text.lower() == "as" for g in parse.kids(kid.i)):
            continue
        obj = next((g for g in parse.kids(kid.i) if g.dep in ("dobj", "obj") and not ctx.inside_quote(g)), None)
        if obj is not None:
            return _resolve_predicate(ctx, obj)
    return None


def _quoted_as_saying(ctx: _Context, verb: Token) -> Token | None:
    """"KCNA quoted X as saying", "X was quoted as saying": X speaks, not the outlet."""
    parse = ctx.parse
    if verb.head == verb.i or verb.dep != "pcomp":
        return None
    prep = parse.tokens[verb.head]
    quote = parse.tokens[prep.head]
    if prep.text.lower() != "as" or quote.lemma.lower() not in ctx.cues.quoting_verbs:
        return None
    for dep in ("nsubjpass", "dobj", "obj"):
        for kid in parse.kids(quote.i):
            if kid.dep == dep and not ctx.inside_quote(kid):
                return _resolve_predicate(ctx, kid)
    return None


def _loose_subject(ctx: _Context, verb: Token) -> Token | None:
    """A mis-parsed subject: the nearest bare noun phrase before a reporting verb
    ("opposition party ActionSA, which vowed ..., said")."""
    parse = ctx.parse
    sent = parse.sentences[verb.sent] if parse.sentences else None
    lo = sent.token_start if sent else 0
    for i in range(verb.i - 1, lo - 1, -1):
        tok = parse.tokens[i]
        if ctx.inside_quote(tok) or tok.text == "\n":
            break
        if tok.dep in ("npadvmod", "nsubj") and tok.pos in ("PROPN", "NOUN"):
            head = parse.tokens[tok.head]
            if tok.dep == "npadvmod" and head.pos == "ADJ" and tok.i < head.i < verb.i:
                return head  # "the 52-year-old said" (the parser left it no subject): "old"
            return _resolve_predicate(ctx, tok)
        between = parse.tokens[i + 1 : verb.i]
        if (
            tok.pos == "PROPN"
            and all(t.pos == "PUNCT" for t in between)
            and any(m.person and m.kind != "pronoun" for m in ctx.holding(tok.start, tok.end))
        ):
            # "“...,” Sonatrach's chief executive, Rachid Hachichi, told": the parser
            # hung the role on the quotation and the name (right before the verb) on it
            return tok
        relative = next((k for k in parse.kids(tok.i) if k.dep == "relcl" and k.i > tok.i), None)
        if (
            tok.pos in ("NOUN", "PROPN")
            and relative is not None
            and all(t.pos == "PUNCT" for t in parse.tokens[parse.subtree(relative.i)[-1].i + 1 : verb.i])
        ):
            # "“...,” a spokesperson for the Foreign Office, who declined to be named,
            # said": the parser hung the phrase on the quotation; its head speaks
            while tok.dep == "pobj" and parse.tokens[tok.head].dep == "prep":
                holder = parse.tokens[parse.tokens[tok.head].head]
                if holder.pos != "NOUN" or ctx.inside_quote(holder):
                    break
                tok = holder
            return _resolve_predicate(ctx, tok)
    return None


_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})


def _resolve_predicate(ctx: _Context, tok: Token) -> Token:
    """From a common noun to the name it describes: an appositive name, or the
    subject it is predicated of ("Trump is a leader who ..."; "the head, Cao Lei,")."""
    parse = ctx.parse
    member = _member_of_named_kind(ctx, tok)
    if member is not None:
        return member
    if tok.pos == "PROPN" and not _is_person(ctx, tok):
        # "the website The Conversation, law professor X Y, explained": the parser
        # made the outlet the subject and the person its apposition
        for kid in parse.kids(tok.i):
            if kid.dep == "appos" and kid.i > tok.i and _is_person(ctx, kid):
                return kid
    if tok.pos != "NOUN":
        return tok
    for kid in parse.kids(tok.i):
        if kid.dep == "appos" and (kid.pos == "PROPN" or kid.text[:1].isupper()):
            return kid
    if tok.dep == "appos":
        head = parse.tokens[tok.head]
        if head.pos == "PROPN":
            return head
    if tok.dep == "attr":
        for kid in parse.kids(tok.head):
            if kid.dep in ("nsubj",) and kid.pos in ("PROPN", "PRON"):
                return kid
    return tok


def _member_of_named_kind(ctx: _Context, tok: Token) -> Token | None:
    """"Ana Ruiz of the Chilean group Mar Libre said": the parser may make the body's
    name the subject and hang the person before it on it (nmod) with the "of" phrase
    that names the body's kind; the person speaks, the body is her affiliation."""
    parse = ctx.parse
    if tok.pos != "PROPN":
        return None
    for kid in parse.kids(tok.i):
        if kid.dep != "nmod" or kid.pos != "PROPN" or kid.i >= tok.i or not _is_person(ctx, kid):
            continue
        for prep in parse.kids(kid.i):
            if prep.dep == "prep" and prep.text.lower() == "of" and prep.i == kid.i + 1:
                kinds = [g for g in parse.kids(prep.i) if g.dep == "pobj" and g.pos == "NOUN"]
                if kinds and kinds[-1].i < tok.i:
                    return kid
    return None


def _is_person(ctx: _Context, tok: Token) -> bool:
    """Whether a person mention covers the token."""
    return any(m.person for m in ctx.holding(tok.start, tok.end))


def _speaker_of_verb(ctx: _Context, verb: Token, span: QuoteSpan, rule: str) -> Speaker | None:
    subj = _subject(ctx, verb)
    if subj is None:
        subj = _inverted_document(ctx, verb)
    if subj is None and _is_report(ctx, verb):
        subj = _loose_subject(ctx, verb)
    if subj is None or span.start <= subj.start < span.end:
        # "not to believe “miracle healers” who claim to cure it": the quoted words
        # are no speaker of their own relative clause
        return None
    found = _speaker_of_token(ctx, subj, span.open_at, rule, verb.text)
    return _through_body(ctx, verb, found) or found


def _through_body(ctx: _Context, verb: Token, found: Speaker | None) -> Speaker | None:
    """"Brazil said through its Finance Ministry that ...": a state or IGO that speaks
    through a body of its own it names ("its"/"their" + a capitalised body noun) speaks as
    that body, named "<the state's name>'s <body>" ("Brazil's Finance Ministry"), for the
    state; None otherwise: a person, "through a spokesman", or a channel left unnamed
    ("through its embassy in X": the state still speaks, as set 24's gold has it)."""
    if found is None or found.is_person or found.actor is None:
        return None
    parse = ctx.parse
    for prep in parse.kids(verb.i):
        if prep.dep != "prep" or prep.text.lower() != "through" or ctx.inside_quote(prep):
            continue
        for body in parse.kids(prep.i):
            if body.dep != "pobj" or body.lemma.lower() not in ctx.cues.bodies or not body.text[:1].isupper():
                continue
            its = [k for k in parse.kids(body.i) if k.dep == "poss" and k.text.lower() in _POSSESSIVE_PRONOUNS]
            if not its:
                continue
            words = parse.subtree(body.i)
            name = ctx.article.text[its[0].end : words[-1].end].strip()
            return dataclasses.replace(found, name=f"{found.name}'s {name}")
    return None


def _inverted_document(ctx: _Context, verb: Token) -> Token | None:
    """“...,” read an editorial in X (or one sign): the document the parser took for
    an object."""
    for kid in ctx.parse.kids(verb.i):
        if (
            kid.i > verb.i
            and kid.dep in ("dobj", "obj", "attr")
            and (kid.lemma.lower() in ctx.cues.documents or kid.lemma.lower() in ctx.cues.displays)
        ):
            return kid
    return None


def _based_in(ctx: _Context, m: Mention) -> bool:
    """Whether a mention only says where someone is based ("a Cairo-based economist",
    "a London-based analyst"): the place before "-based"."""
    tokens = ctx.parse.tokens
    if m.token_end >= len(tokens) or m.token_end < 1:
        return False
    head = tokens[tokens[m.token_end - 1].head]
    return head.text.lower() == "based" and head.i >= m.token_end


def _mention_for(ctx: _Context, tok: Token, lo: int, hi: int) -> Mention | None:
    """The mention holding the token, else one inside the phrase [lo, hi)."""
    holding = ctx.holding(tok.start, tok.end)
    if holding:
        return min(holding, key=lambda m: m.end - m.start)
    inside = ctx.within(lo, hi)
    return inside[0] if inside else None


def _phrase(parse: Parse, head: Token) -> tuple[int, int]:
    """Char span of a noun phrase's core: the head and its name-building modifiers."""
    lo, hi = head.start, head.end
    for kid in parse.kids(head.i):
        if _hyphened_to(parse, head, kid):
            hi = max(hi, kid.end)  # "the secretary-general" (read as amod or appos): one title
            continue
        if kid.dep == "amod" and kid.i > head.i:
            continue  # "a source familiar with the talks": the adjective phrase is no name
        if kid.dep in _NAME_DEPS or (kid.dep == "det" and kid.text.lower() not in _DETERMINERS):
            for t in parse.subtree(kid.i):
                lo, hi = min(lo, t.start), max(hi, t.end)
        elif _name_of_phrase(parse, head, kid):
            hi = max(hi, parse.subtree(kid.i)[-1].end)
            hi = _joined_name_end(parse, head, hi)
    return lo, hi


def _adjective_tail_end(ctx: _Context, tok: Token, hi: int) -> int:
    """"a source close to the talks", "people familiar with the matter": an unnamed
    person's adjective phrase after the head is part of the description (session 67's
    decision 4 keeps every modifier after the head), when the adjective takes a preposition
    and someone unnamed is meant ("a", "an", "one", or a plural with no determiner)."""
    parse = ctx.parse
    if tok.pos != "NOUN":
        return hi
    dets = [k.text.lower() for k in parse.kids(tok.i) if k.dep == "det"]
    if not (any(d in ctx.cues.indefinites for d in dets) or (not dets and tok.tag == "NNS")):
        return hi
    for kid in parse.kids(tok.i):
        if kid.dep != "amod" or kid.i != tok.i + 1 or kid.pos != "ADJ":
            # (right after the head: "a diplomat, familiar with ..." is set apart)
            continue
        if not any(g.dep == "prep" and g.i > kid.i for g in parse.kids(kid.i)):
            continue
        tail = parse.subtree(kid.i)
        if any(ctx.inside_quote(t) or t.dep in _CLAUSE_BOUNDARY for t in tail):
            continue
        hi = max(hi, tail[-1].end)
    return hi


def _hyphened_to(parse: Parse, head: Token, kid: Token) -> bool:
    """"the secretary-general": a word joined to the head by a hyphen with no space is part
    of the title ("general" read as an adjective after "secretary")."""
    if kid.i != head.i + 2:
        return False
    dash = parse.tokens[head.i + 1]
    return dash.text == "-" and dash.start == head.end and kid.start == dash.end


def _joined_name_end(parse: Parse, head: Token, hi: int) -> int:
    """"the Department of International Relations and Cooperation": the parser may hang
    the words after the name's "and" on the head; inside the same named body they are
    still the name (not "the Ministry of Defense and the army")."""
    entity = next((e for e in parse.entities if e.token_start <= head.i < e.token_end), None)
    if entity is None:
        return hi
    for kid in parse.kids(head.i):
        if kid.dep != "conj" or kid.i >= entity.token_end or parse.tokens[kid.i].start < hi:
            continue
        rest = parse.subtree(kid.i)
        joiner = parse.tokens[rest[0].i - 1]
        if (
            joiner.text.lower() in _NAME_JOINERS
            and joiner.start - hi <= 1
            and rest[-1].i < entity.token_end
            and all(w.text[:1].isupper() for w in rest)
        ):
            hi = rest[-1].end
    return hi


_NAME_JOINERS = frozenset({"and", "&"})  # joining words inside a capitalised name


def _name_of_phrase(parse: Parse, head: Token, kid: Token) -> bool:
    """"the Department of Foreign Affairs", "the Joint Chiefs of Staff": an "of" right
    after a body's proper name that goes on in capitals is part of the name (not after
    a person: "Sheikh Tamim of Qatar" is Tamim)."""
    if head.pos != "PROPN" or kid.dep != "prep" or kid.text != "of" or kid.i != head.i + 1:
        return False
    words = parse.subtree(kid.i)[1:]
    # "the Ministry of Trade and Industry": a joining word inside the capitals is the name's
    return (
        bool(words)
        and words[-1].pos == "PROPN"
        and words[0].text[:1].isupper()
        and all(w.text[:1].isupper() or w.text.lower() in _NAME_JOINERS for w in words)
        and not any(e.label == "PERSON" and e.token_start <= head.i < e.token_end for e in parse.entities)
    )


def _speaker_of_token(
    ctx: _Context, tok: Token, before: int, rule: str, cue: str | None, named_only: bool = False
) -> Speaker | None:
    """The speaker a subject token stands for."""
    parse = ctx.parse
    lo, hi = _phrase(parse, tok)
    mention = _mention_for(ctx, tok, lo, hi)
    if mention is not None and _based_in(ctx, mention):
        # "a Cairo-based economist": where someone works is no body or state speaking
        mention = None
    if mention is not None and _resolved_inside_quote(ctx, mention):
        # "“... Trump didn't ...,” he said": "he" is not the person quoted about
        mention = None
    if mention is not None and _interrupted_subject(ctx, tok, mention):
        mention = _speaker_before_subject(ctx, tok, mention)
    who = _relative_antecedent(ctx, tok) or _whose_owner(ctx, tok) or _named_one_beside(ctx, tok, mention)
    if who is not None:
        return _speaker_of_token(ctx, who, before, rule, cue, named_only)
    if (
        mention is not None
        and not mention.person
        and tok.pos == "NOUN"
        and tok.lemma.lower() in ctx.cues.documents
        and mention.start <= tok.start
        and mention.end == tok.end
    ):
        # "the statement said", which the actors stage may read as its issuer's group:
        # the document speaks for its issuer by the issuer's name (below)
        mention = None
    holds = mention is not None and mention.start <= tok.start and tok.end <= mention.end
    if tok.pos != "PROPN" and (mention is None or not (holds or mention.person)):
        # "said one of the organizers, Maria Lopez": the person named in apposition, also
        # past a body that only modifies the role ("the African Union Commission
        # chairperson, Moussa Faki Mahamat")
        mention = _appositive_person(ctx, tok) or mention
        if mention is None:
            mention = _comma_set_name(ctx, tok) or _name_given(ctx, tok)
    if mention is not None and mention.kind == "title" and mention.person and tok.lemma.lower() in ctx.cues.body_voices:
        # "An EU spokeswoman said ... “...,” the spokeswoman said": the actors stage may
        # tie "the spokeswoman" to one named before; the unnamed one nearer speaks
        voice = _unnamed_voice_before(ctx, tok, rule, cue)
        last_named = max(
            (m.start for m in ctx.mentions
             if m.person == mention.person and m.kind not in ("pronoun", "title") and m.start < tok.start),
            default=-1,
        )
        given = _given_role(ctx, mention.person, tok)
        if voice is not None and (voice[0] > last_named or not given):
            return voice[1]
        holder = _role_antecedent(ctx, tok, rule, cue, back_only=True) if voice is None and not given else None
        if holder is not None:
            # "Spokeswoman Maria Zakharova ... X met Y. “...,” the spokeswoman said": the one
            # given the role, not the last person the actors stage tied it to
            return holder
    if mention is None or mention.person or mention.actor is None:
        party = _visit_party(ctx, tok, rule, cue)
        if party is not None:
            return party
    kin = _kin_of_name(ctx, tok, mention, lo, hi, rule, cue) or _person_body(ctx, tok, mention, lo, hi, rule, cue)
    if kin is not None:
        return kin
    if tok.pos in ("NOUN", "PROPN") and (mention is None or not mention.person):
        holder = _closing_appositive(ctx, tok, mention, rule, cue) if tok.pos == "NOUN" else None
        if holder is None:
            holder = _possessed_peer(ctx, tok, mention, (lo, hi), rule, cue)
        if holder is None:
            holder = _possessive_office(ctx, tok, mention, lo, hi, rule, cue)
        if holder is None and (mention is None or (mention.start <= tok.start and mention.end == tok.end)):
            # (the actors stage may read "an official" itself as its state's group)
            holder = (
                _bare_owner_voice(ctx, tok, mention, rule, cue)
                or _unnamed_role(ctx, tok, rule, cue)
                or _bare_spokesperson(ctx, tok, rule, cue)
                or _host_before(ctx, tok, rule, cue)
                or _office_holder_before(ctx, tok, mention, rule, cue)
            )
        if holder is None and mention is not None and lo <= mention.start and mention.end <= tok.start:
            holder = _owned_role(ctx, tok, mention, lo, hi, rule, cue) or _former_holder(
                ctx, tok, mention, lo, hi, rule, cue
            )
        if holder is not None:
            return holder
    joint = _joint_persons(ctx, tok, mention, rule, cue)
    if joint is not None:
        return joint
    if tok.tag == "NNS" and (
        mention is None
        or mention.kind == "group"  # "the ministers", a collective the actors stage resolved
        or (mention.actor is None and not mention.person and not mention.members)
    ):
        collective = _collective_igo(ctx, tok, rule, cue)
        if collective is not None:
            return collective
    joined = _joined(ctx, tok)
    earlier = _earlier_body_name(ctx, tok)
    owned = _owned_body(ctx, tok, mention, lo, hi, rule, cue)
    if owned is not None:
        return owned
    if mention is not None and mention.kind == "title" and not mention.person and mention.actor is not None:
        titled = _name_after_title(ctx, mention, tok)
        if titled is not None:
            return Speaker(
                titled[0], mention.actor.principal, mention.actor.code, titled[1], cue, rule
            )
        held = _title_holder(ctx, tok, mention, rule, cue)
        if held is not None:
            return held
        head = _nameless_head(ctx, mention)
        if head is not None:
            return _from_mention(head, rule, cue)
        peer = _peer_before(ctx, tok, mention, (lo, hi), rule, cue)
        if peer is not None:
            return peer
    if mention is not None and mention.kind == "pronoun" and mention.person:
        kin_before = _kin_before(ctx, mention, rule, cue)
        if kin_before is not None:
            return kin_before
        peer = _peer_subject_before(ctx, mention, before, rule, cue)
        if peer is not None:
            return peer
        centred = _centre_subject(ctx, mention, before)
        if centred is None:
            mention = _gender_fit(ctx, mention)
        elif centred.person != mention.person:
            mention = centred
    if mention is not None and mention.kind == "pronoun" and mention.person:
        # "A spokeswoman for the Commission said ... “...,” she said": the actors stage
        # gave "she" the person named before the unnamed role
        named_at = max(
            (m.start for m in ctx.mentions
             if m.person == mention.person and m.kind != "pronoun" and m.start < mention.start
             and not _in_quote_span(ctx, m.start) and not _reported_mention(ctx, m)),
            default=-1,
        )
        unnamed = _unnamed_subject_before(ctx, mention.start, mention.text.lower(), named_at, rule, cue)
        if unnamed is not None and not _other_gender(ctx, unnamed, mention.text.lower()):
            return unnamed
    if mention is not None and mention.kind == "pronoun" and not mention.person and tok.text.lower() in ("he", "she"):
        # "A spokesman for the embassy said the ambassador had ... “...,” he said": the
        # actors stage may tie "he" to an unnamed title inside the clause the spokesman
        # reports; that title is spoken about, the reporter still speaks (as for names)
        base = _antecedent_base(ctx, mention)
        if base is not None and base.kind == "title" and _reported_mention(ctx, base):
            unnamed = _unnamed_subject_before(ctx, mention.start, tok.text.lower(), -1, rule, cue)
            if unnamed is not None and not _other_gender(ctx, unnamed, tok.text.lower()):
                return unnamed
    if mention is not None and mention.kind == "pronoun" and not mention.person and tok.text.lower() == "it":
        state = _state_subject_over(ctx, tok, rule, cue)
        if state is not None:
            return state
        same = _body_spoke_in_sentence(ctx, tok, rule, cue)
        if same is not None:
            return same
        # "His ministry summoned ... what it described as": the body of the same state
        # named before "it" in its sentence, not the bare state
        it_body = _body_before(ctx, tok, rule, cue)
        if it_body is not None and (
            mention.actor is None or it_body.actor == mention.actor.principal or _it_of_body_clause(ctx, tok)
        ):
            return it_body
        spoke = _body_spoke_before(ctx, tok, mention, rule, cue)
        if spoke is not None:
            return spoke
    if mention is not None and mention.kind == "pronoun" and not mention.person:
        # "it said": the institution the pronoun stands for, by the name given
        # ("the Japanese Defense Ministry"), not only its state
        base = _antecedent_base(ctx, mention)
        if base is not None and base.actor is not None and not _in_quote_span(ctx, base.start):
            if joined is None and len(mention.members) > 1:
                # "Spain, Italy and Greece said ... they urged": a plural pronoun for joined
                # parties speaks as all of them, as their coordination would
                joined = _joined(ctx, ctx.parse.tokens[base.token_end - 1])
            mention = base
            if base.kind == "title" and tok.text.lower() in ("he", "she"):
                # "NATO Secretary-General Pieter de Groot condemned what he called": the
                # name right after the title the actors stage read alone
                after = _PROPER_WORDS.match(ctx.article.text, base.end)
                if after is not None and "\n" not in after.group():
                    return Speaker(
                        after.group().strip(), base.actor.principal, base.actor.code,
                        (base.start, after.end()), cue, rule,
                    )
                comma_holder = _comma_set_holder(ctx, base)
                if comma_holder is not None:
                    return Speaker(
                        comma_holder.person or "", base.actor.principal, base.actor.code,
                        (comma_holder.start, comma_holder.end), cue, rule,
                    )
    if mention is not None:
        found = _from_mention(mention, rule, cue)
        # "a British High Commission spokesperson", "a Ugandan police officer": a state's
        # word or its force inside an unnamed role's phrase is no speaker of its own; the
        # role phrase speaks
        role_after = (
            tok.pos == "NOUN" and tok.lemma.lower() in ctx.cues.unnamed_roles and mention.end <= tok.start
        )
        if (
            found is not None
            and not found.is_person
            and (
                tok.tag == "NNS"
                or _proper_phrase(ctx.article.text[lo:hi], tok)
                or (tok.lemma.lower() in ctx.cues.bodies and mention.end <= tok.start)
                or role_after
            )
            and (mention.kind == "name" or (mention.kind == "group" and role_after))
            and not (mention.start <= tok.start and tok.end <= mention.end)
        ):
            # "U.S. agencies", "Chinese officials": a group named by its state;
            # "the Norwegian Refugee Council": a body named after one; "Haiti's
            # transitional council": a body its state owns, by the article's words
            found = dataclasses.replace(found, name=_strip_determiner(ctx.article.text[lo:hi]))
            if tok.lemma.lower() in ctx.cues.bodies and ctx.article.text[lo:hi].rstrip().endswith(tok.text):
                # "the British High Commission in Lima": the body keeps its place
                found = _with_place(ctx, found, tok.end)
        named = ctx.article.text[mention.end : tok.end]
        if (
            found is not None
            and not found.is_person
            and mention.kind == "group"
            and mention.end <= tok.start
            and (_proper_phrase(named, tok) or _proper_head(named, tok))
        ):
            # "Albania's opposition Democratic Party": the state's group the actors stage read
            # names the kind of body; the proper name after it is its name, one word too
            # ("Britain's opposition Conservatives")
            found = dataclasses.replace(found, name=named.strip())
        body = _capital_body(ctx, mention) if found is not None and _is_capital(mention) else None
        if found is not None and body is not None:
            found = dataclasses.replace(found, name=body)
        elif found is not None and not found.is_person and _igo_board(ctx, mention):
            # "the World Bank's board approved ..., warning that ...": an IGO's board speaks
            # for the IGO, by the name the article gives it
            found = dataclasses.replace(found, name=_igo_name(ctx, mention, inclusive=True))
        elif found is not None and not found.is_person and _igo_body(mention):
            # "the U.N. refugee agency said": a body the IGO's own name describes speaks
            # as the article names it, not as the whole IGO
            found = dataclasses.replace(found, name=_strip_determiner(mention.text))
        elif found is not None and not found.is_person and _described_igo(mention):
            found = dataclasses.replace(found, name=_igo_name(ctx, mention))
        elif found is not None and not found.is_person and earlier is not None:
            found = dataclasses.replace(found, name=earlier)
        elif found is not None and not found.is_person and _name_runs_on(ctx, mention, tok, hi):
            # "The Ministry of Labor and Skills said": the actors stage read the known
            # ministry's name; the body's own name runs on past its "and"
            found = dataclasses.replace(found, name=_strip_determiner(ctx.article.text[lo:hi]))
            found = _with_place(ctx, found, hi)
        elif found is not None and not found.is_person and mention.kind != "pronoun":
            found = _with_place(ctx, found, mention.end)
        if found is not None and found.is_person and found.actor is None:
            found = _with_actor(found, _role_owner(ctx, tok))
        if found is not None and found.is_person and found.actor is None and mention.kind != "pronoun":
            tail = ctx.article.text[mention.end : mention.end + 40]
            code = next((c for c, rx in ctx.cues.name_tags if rx.match(tail)), None)
            if code is not None:
                found = dataclasses.replace(found, actor=code, code=code)
        if found is not None:
            if joined is not None:
                return Speaker(joined[0], found.actor, found.code, joined[1], cue, rule)
            return found
    role = _role_antecedent(ctx, tok, rule, cue) if mention is None else None
    if role is not None:
        return role
    word = tok.text.lower()
    if word in ctx.cues.pronouns or tok.pos == "PRON":
        if named_only:
            return None
        at = tok.start if tok.start < before else before
        if word in ctx.cues.pronouns_actor:
            found = (
                _subject_before(ctx, tok, rule, cue)
                or _plural_subject_before(ctx, tok, rule, cue)
                or _previous_or_actor(ctx, at, rule, cue)
            )
            if found is not None and found.is_person and word == "it":
                return _body_before(ctx, tok, rule, cue) or found
            return found
        nearest = _nearest_person(ctx, at, rule, cue)
        floor = nearest.span[0] if nearest is not None and nearest.span is not None else -1
        return _unnamed_subject_before(ctx, at, word, floor, rule, cue) or nearest
    if tok.lemma.lower() in ctx.cues.texts and tok.pos == "NOUN":
        text_name = _text_name(ctx, tok)
        if text_name is not None:
            return Speaker(text_name, None, None, (lo, hi), cue, rule, is_person=False)
    if (
        earlier is None
        and tok.lemma.lower() in ctx.cues.bodies
        and (tok.pos == "NOUN" or (tok.pos == "PROPN" and mention is None))
    ):
        # (a capitalised body word is tagged a name: "the Office of the President said")
        own = _body_name(ctx, tok)
        if own is not None:
            return Speaker(own, None, None, (lo, hi), cue, rule, is_person=False)
    if named_only and tok.pos != "PROPN" and (mention is None or _from_mention(mention, rule, cue) is None):
        # a mention that names no one ("the two men") is no name
        return None
    if tok.lemma.lower() in ctx.cues.displays and not named_only:
        holder = _display_holder(ctx, tok, rule, cue)
        if holder is not None:
            return holder
    if tok.lemma.lower() in ctx.cues.documents and not named_only:
        return _document_author(ctx, tok, rule, cue)
    if joined is not None:
        return Speaker(joined[0], None, None, joined[1], cue, rule, is_person=False)
    if earlier is not None and not named_only:
        earlier_body = _earlier_body(ctx, tok)
        owner = (
            _attached_actor(ctx, earlier_body[1]) or _person_owner(ctx, earlier_body[1])
            if earlier_body is not None
            else None
        )
        return _with_actor(Speaker(earlier, None, None, (lo, hi), cue, rule, is_person=False), owner)
    if tok.lemma.lower() in ctx.cues.generic_bodies and not named_only and mention is None:
        named_body = _organisation_before(ctx, tok, rule, cue)
        if named_body is not None:
            return named_body
    member = _quantity_of(ctx, tok, ctx.cues.member_heads)
    if member is not None and not named_only:
        return _member_speaker(ctx, member, cue, rule)
    of = _quantity_of(ctx, tok, ctx.cues.quantity_heads)
    if of is not None:
        lo, hi = _phrase(parse, of)
    elif mention is None and not named_only:
        hi = _adjective_tail_end(ctx, tok, hi)
    name = _strip_determiner(ctx.article.text[lo:hi])
    if not name or not any(ch.isalpha() for ch in name):
        return None
    fuller = _earlier_fuller_body(ctx, tok, name) if mention is None else None
    if fuller is not None:
        return _with_actor(Speaker(fuller[0], None, None, (lo, hi), cue, rule, is_person=False), fuller[1])
    if tok.pos == "PROPN" and len(name.split()) == 1 and not ctx.mentions:
        name = _fullest(ctx, name, tok.start)
    elif tok.text[:1].isupper() and _lone_word(name, tok) and mention is None:
        # (the parser may tag a lone foreign name a plural noun: "Yohannes said")
        full = _earlier_full_name(ctx, name, tok.start)
        if full is not None:
            return _with_actor(Speaker(full[0], None, None, (lo, hi), cue, rule), full[1])
    owner = _attached_actor(ctx, tok) if tok.pos == "NOUN" else None
    if owner is None and tok.pos == "NOUN":
        # "the secretary-general of ASEAN": the of-phrase may hang on the hyphened word
        hyphened = [k for k in parse.kids(tok.i) if _hyphened_to(parse, tok, k)]
        owner = _attached_actor(ctx, hyphened[0]) if hyphened else None
    if owner is None and tok.pos == "NOUN" and tok.lemma.lower() in ctx.cues.texts and not named_only:
        # "The resolution demands ...": the text speaks for the body that adopted it
        issuer = (
            _issuer(ctx, tok, rule, cue)
            or _earlier_issuer(ctx, tok, rule, cue, tok.lemma.lower())
            or _voting_body(ctx, tok, rule, cue)
        )
        if issuer is not None and issuer.actor is not None:
            # a resolution or motion speaks by the body that passed it, as a statement does
            # ("the motion, passed by the Dutch parliament, said": not "motion")
            return dataclasses.replace(issuer, cue=cue, rule=rule)
    office = (
        owner is not None
        and owner.actor is not None
        and owner.actor.principal in _gazetteer().igos
        and _office_word(tok.lemma.lower())
    )
    if owner is not None and (office or tok.lemma.lower() in ctx.cues.bodies) and tok.text.islower():
        # "the secretary-general of the Association of Southeast Asian Nations said": an
        # IGO's office owned through "of" speaks by the whole phrase, as a body noun does (a
        # state's "ambassador of France" stays the ambassador)
        hi = _owner_phrase_end(ctx, tok, owner, hi)
        name = _strip_determiner(ctx.article.text[lo:hi])
    return _with_actor(Speaker(name, None, None, (lo, hi), cue, rule), owner)


def _earlier_fuller_body(ctx: _Context, tok: Token, name: str) -> tuple[str, Mention | None] | None:
    """"South Korea's Joint Chiefs of Staff said ... “...,” the Joint Chiefs said": a body's
    proper name of two words or more, tied to no actor, that a longer name given before
    (outside quotations) holds speaks by that longer name, the first the article gave, and
    for its actor; None when no such name was given."""
    parse = ctx.parse
    if tok.pos != "PROPN" or len(name.split()) < 2 or not all(w[:1].isupper() for w in name.split()):
        return None
    for cand in parse.tokens[: tok.i]:
        if cand.text != tok.text or cand.pos != "PROPN" or ctx.inside_quote(cand):
            continue
        full = _strip_determiner(ctx.article.text[slice(*_phrase(parse, cand))])
        if len(full) > len(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", full):
            return full, _attached_actor(ctx, cand)
    return None


def _owner_phrase_end(ctx: _Context, tok: Token, owner: Mention, hi: int) -> int:
    """"the office of the U.N. resident coordinator in Damascus said": a body noun owned
    through the "of" right after it speaks by the whole phrase, its owner included, as the
    article gives it (not as a bare "office"); the end of the phrase, else ``hi``."""
    parse = ctx.parse
    # right after the noun, or after its hyphened second word ("secretary-general of")
    joined = [k for k in parse.kids(tok.i) if _hyphened_to(parse, tok, k)]
    at = {tok.i + 1} | {k.i + 1 for k in joined}
    of = next(
        (
            k
            for h in (tok, *joined)
            for k in parse.kids(h.i)
            if k.dep == "prep" and k.text.lower() == "of" and k.i in at
        ),
        None,
    )
    if of is None:
        return hi
    words = parse.subtree(of.i)
    if not (words[0].start <= owner.start and owner.end <= words[-1].end) or any(ctx.inside_quote(t) for t in words):
        return hi
    return max(hi, words[-1].end)


def _lone_word(name: str, tok: Token) -> bool:
    """Whether a speaker's phrase is one word: the token itself, or a hyphenated name the
    tokenizer split ("Nomin-Erdene" for "Nomin-Erdene Bold", "Asante-Boateng")."""
    return name == tok.text or (" " not in name and "-" in name and name.endswith(tok.text))


_COMMA = re.compile(r"[ \t]*,[ \t]*")
_AFTER_NAME = re.compile(r"[ \t]*[,.;]")


def _comma_set_holder(ctx: _Context, title: Mention) -> Mention | None:
    """The person named between commas after a title's phrase, for "he"/"she" later ("its
    ambassador in Quito, Dilani Perera, said ... “...,” she told": Perera), as the title's own
    subject reading names her, though the actors stage missed the name as a person."""
    heads = [
        t for t in ctx.parse.tokens
        if title.start <= t.start and t.end <= title.end and t.pos == "NOUN"
        and not (title.start <= ctx.parse.tokens[t.head].start and ctx.parse.tokens[t.head].end <= title.end)
    ]
    if len(heads) != 1:
        return None
    named = _appositive_person(ctx, heads[0]) or _comma_set_name(ctx, heads[0])
    return named if named is not None and named.person else None


def _appositive_person(ctx: _Context, tok: Token) -> Mention | None:
    """The person named in apposition after a noun ("one of the organizers, Maria Lopez")."""
    for kid in ctx.parse.kids(tok.i):
        if kid.dep == "appos" and kid.i > tok.i and not ctx.inside_quote(kid):
            named = _mention_for(ctx, kid, kid.start, kid.end)
            if named is not None and named.person and named.kind != "pronoun":
                return named
    return None


def _comma_set_name(ctx: _Context, tok: Token) -> Mention | None:
    """"According to the alliance's chief, Mark Rutte, the incursion was ...": a person
    named between commas right after a role's phrase holds it, though the parser hung
    the name elsewhere (on the comma)."""
    parse = ctx.parse
    ends = [t.end for t in parse.subtree(tok.i) if t.pos != "PUNCT" and t.i >= tok.i]
    if not ends:
        return None
    end = max(ends)
    if tok.lemma.lower() not in _gazetteer().person_nouns:
        return _name_on_a_place(ctx, tok, end) if _may_be_someone(ctx, tok) else None
    text = ctx.article.text
    comma = _COMMA.match(text, end)
    named = None if comma is None else next((m for m in ctx.mentions if m.start == comma.end()), None)
    if named is None:
        return _name_on_a_place(ctx, tok, end)
    if (
        not named.person
        or named.kind == "pronoun"
        or _in_quote_span(ctx, named.start)
        or _AFTER_NAME.match(text, named.end) is None
    ):
        return None
    return named


def _name_on_a_place(ctx: _Context, tok: Token, end: int) -> Mention | None:
    """"A refugee from the border town of Tavush, Anahit Grigoryan, said": a proper
    name set off by commas that closes a role's phrase is the role's, though the parser
    hung it on the place or body before it (which no person stands in apposition to).
    The actors stage may have missed the name: it is then a person by its words alone."""
    parse = ctx.parse
    text = ctx.article.text
    for cand in parse.subtree(tok.i):
        if (
            cand.dep != "appos"
            or cand.pos != "PROPN"
            or cand.end != end
            or cand.head == tok.i
            or ctx.inside_quote(cand)
            or _AFTER_NAME.match(text, cand.end) is None
        ):
            continue
        host = parse.tokens[cand.head]
        of = parse.tokens[parse.tokens[host.head].head] if host.dep == "pobj" else host
        if host.pos != "PROPN" or (
            _is_person(ctx, host) and not (of.pos == "NOUN" and of.lemma.lower() not in _gazetteer().person_nouns)
        ):
            return None  # (a name after "the village of" is a place, whatever the actors stage says)
        between = _ancestors(parse, host)
        if any(
            a.lemma.lower() in _gazetteer().person_nouns or a.lemma.lower() in ctx.cues.unnamed_roles
            for a in between[: next((k for k, a in enumerate(between) if a.i == tok.i), 0)]
        ):
            return None  # "a spokesman for the mayor of Kharkiv, Ihor Terekhov": the mayor's
        words = parse.subtree(cand.i)
        first = words[0]
        if (
            not 2 <= len(words) <= 4
            or any(w.pos != "PROPN" or not w.text[:1].isupper() for w in words)
            or not text[: first.start].rstrip(" \t").endswith(",")
        ):
            return None
        known = next((m for m in ctx.mentions if m.start == first.start), None)
        if known is not None:
            return known if known.person and known.kind != "pronoun" else None
        if _gazetteer().match([w.text.lower() for w in words], 0):
            return None  # (a place or body the gazetteer knows)
        name = text[first.start : cand.end]
        return Mention(
            id=stable_id("quote-name", ctx.article.id, str(first.start)), article_id=ctx.article.id, start=first.start, end=cand.end,
            text=name, sentence_index=parse.sentence_of(first.start), token_start=first.i,
            token_end=cand.i + 1, kind="name", person=name,
        )
    return None


def _owned_body(
    ctx: _Context, tok: Token, mention: Mention | None, lo: int, hi: int, rule: str, cue: str | None
) -> Speaker | None:
    """An office owned by an unnamed post ("The U.N. secretary-general's office
    said"): the institution speaks, by the name the article gives it, for the
    post's actor. A named owner's office ("Netanyahu's office") is left to the
    person, whom the scorer takes for "Office of <name>"."""
    if (
        mention is None
        or mention.actor is None
        or mention.person
        or mention.kind == "pronoun"
        or tok.pos not in ("NOUN", "PROPN")  # "Malaysia's Prime Minister's Office"
        or tok.lemma.lower() not in ctx.cues.bodies
        or not (lo <= mention.start and mention.end <= tok.start)
        or not _owner_of(ctx, mention, tok)
    ):
        return None
    run = _NAME_FOR.match(ctx.article.text, hi) if tok.text[:1].isupper() else None
    if run is not None and "\n" not in run.group():
        hi = run.end()  # "Kyrgyzstan's State Committee for National Security": a capitalised
        # body's name runs on through "for" + capitals, as _with_place reads it
    name = _strip_determiner(ctx.article.text[lo:hi])
    earlier = _earlier_body_name(ctx, tok)
    if earlier is not None:
        name = earlier  # "China's ministry": the fuller name given that body before
    actor = mention.actor
    return Speaker(name, actor.principal, actor.code, (lo, hi), cue, rule, is_person=False)


_POSSESSIVE_MARKS = ("'s", "’s")  # _owner_of: "the government's foreign ministry"


def _owner_of(ctx: _Context, mention: Mention, tok: Token) -> bool:
    """Whether a mention is the possessor of a body's noun, right before it or before the
    noun's own modifiers ("the government's foreign ministry": "foreign" is the
    ministry's)."""
    gap = ctx.article.text[mention.end : tok.start].strip()
    mark = next((m for m in _POSSESSIVE_MARKS if gap.startswith(m)), None)
    if mark is None:
        return False
    k = tok.i - 1
    while k >= 0 and ctx.parse.tokens[k].start >= mention.end:
        t = ctx.parse.tokens[k]
        if t.text not in _POSSESSIVE_MARKS and (t.head != tok.i or t.dep not in ("amod", "compound")):
            return False
        k -= 1
    return True


_OWNER_PREPS = frozenset({"for", "of", "at", "from"})
_POST_PREPS = frozenset({"to", "in", "at", "for", "of", "from", "on"})


def _closing_appositive(
    ctx: _Context, tok: Token, mention: Mention | None, rule: str, cue: str | None
) -> Speaker | None:
    """"Lithuania's envoy to NATO, Darius Kaunas, wrote": a name set off by commas at
    the end of a role's phrase names the role's holder, though the parser hung it on
    the last noun of the role's prepositional phrase ("NATO"). The person speaks, for
    the role's actor ("the head of Kenya's electoral commission, X": Kenya). Not when
    that noun is a person itself ("the wife of the opposition leader, X": X is the
    leader)."""
    parse = ctx.parse
    if tok.lemma.lower() not in _gazetteer().person_nouns and (mention is None or mention.kind != "title"):
        return None
    titled = mention is not None and mention.kind == "title" and mention.actor is not None
    found = _appositive_in_chain(ctx, tok, titled)
    if found is None:
        return None
    appos, named = found
    lo, hi = _phrase(parse, appos)
    if named is not None:
        speaker = _from_mention(named, rule, cue)
        if speaker is None:
            return None
        span = (min(tok.start, named.start), named.end)
    else:
        speaker = Speaker(ctx.article.text[lo:hi], None, None, (lo, hi), cue, rule)
        span = (tok.start, hi)
    speaker = dataclasses.replace(speaker, span=span)
    if speaker.actor is None:
        if mention is not None and mention.actor is not None and mention.kind != "pronoun":
            speaker = dataclasses.replace(speaker, actor=mention.actor.principal, code=mention.actor.code)
        else:
            speaker = _with_actor(speaker, _attached_actor(ctx, tok))
    return speaker


def _owned_role(
    ctx: _Context, tok: Token, owner: Mention, lo: int, hi: int, rule: str, cue: str | None
) -> Speaker | None:
    """"the ministry's spokeswoman said", "the Chinese Embassy's spokesman said": an
    unnamed role owned by a body speaks as the role's phrase, for the body's actor, not
    as the body itself (a person's spokesman, "Starmer's spokesman", is left to the
    person). The dev gold names unnamed spokespeople by their role ("European Union
    spokesperson"), and the scorer accepts a speaker sharing the gold's last word."""
    if (
        tok.pos != "NOUN"
        or tok.lemma.lower() not in ctx.cues.unnamed_roles
        or owner.person
        or owner.kind == "pronoun"
        or owner.actor is None
        or any(k.dep == "appos" for k in ctx.parse.kids(tok.i))
        or not any(k.dep == "poss" for k in ctx.parse.kids(tok.i))
    ):
        return None
    name = _strip_determiner(ctx.article.text[lo:hi])
    return Speaker(name, owner.actor.principal, owner.actor.code, (lo, hi), cue, rule)


def _former_holder(
    ctx: _Context, tok: Token, owner: Mention, lo: int, hi: int, rule: str, cue: str | None
) -> Speaker | None:
    """"Palau's former president said": a state's former office holder, unnamed, speaks as
    the whole possessive phrase and for no one (a former holder acts for no state), not as
    the state that owns the title."""
    parse = ctx.parse
    if tok.pos != "NOUN" or owner.person or owner.kind == "pronoun":
        return None
    if any(k.dep == "appos" for k in parse.kids(tok.i)):
        return None  # "Palau's former president, X,": the name speaks
    if not any(k.dep == "poss" and owner.start <= k.start < owner.end for k in parse.kids(tok.i)):
        return None
    gaz = _gazetteer()
    former = next((k for k in parse.kids(tok.i) if k.text.lower() in gaz.former), None)
    if former is None or not lo <= former.start:
        return None
    words = tuple(t.text.lower() for t in parse.tokens[former.i + 1 : tok.i + 1])
    if words not in gaz.titles:
        return None
    return Speaker(_strip_determiner(ctx.article.text[lo:hi]), None, None, (lo, hi), cue, rule)


def _kin_of_name(
    ctx: _Context, tok: Token, owner: Mention | None, lo: int, hi: int, rule: str, cue: str | None
) -> Speaker | None:
    """"Dumont's mother said": a relative (or lawyer, friend) owned by a named person
    speaks as the whole possessive phrase, as an unnamed spokesperson does; not as
    the person named, who is someone else. A private person: no actor. A name in
    apposition ("Dumont's mother, Anne Dumont,") is left to that name."""
    parse = ctx.parse
    if (
        owner is None
        or not owner.person
        or owner.kind == "pronoun"
        or tok.pos != "NOUN"
        or tok.text.lower() not in ctx.cues.kin_roles
        or not (lo <= owner.start and owner.end <= tok.start)
        or any(k.dep == "appos" for k in parse.kids(tok.i))
        or not any(k.dep == "poss" and owner.start <= k.start < owner.end for k in parse.kids(tok.i))
    ):
        return None
    name = _strip_determiner(ctx.article.text[lo:hi])
    return Speaker(name, None, None, (lo, hi), cue, rule)


_PERSON_POSSESSIVES = frozenset({"his", "her"})


def _person_body(
    ctx: _Context, tok: Token, owner: Mention | None, lo: int, hi: int, rule: str, cue: str | None
) -> Speaker | None:
    """"Foreign Minister Avi Sharon ... His ministry said": a body owned by a person's
    "his"/"her" speaks as the body, never as the person. Named after the holder's
    title ("Foreign Minister" -> "Foreign Ministry"), with the holder's state in
    front when known ("Israel's Foreign Ministry"), else "<surname>'s <body>"
    ("Girard's party"); for the holder's state. A body owned by a named person is
    "<surname>'s <body>" too ("Kaya's party said"), and a bare office is "Office of
    <full name>" ("Prime Minister Viktor Horvat's office said"). An office named after a
    title, in capitals ("Singapore's Prime Minister's Office said"), is the body by that
    name, never the title's holder."""
    parse = ctx.parse
    if (
        owner is not None
        and owner.kind == "title"
        and tok.pos == "PROPN"
        and tok.lemma.lower() in ctx.cues.bodies
        and lo <= owner.start
        and owner.end <= tok.start
    ):
        return _with_actor(Speaker(ctx.article.text[lo:hi], None, None, (lo, hi), cue, rule, is_person=False), owner)
    if (
        owner is None
        or not owner.person
        or tok.pos != "NOUN"
        or tok.lemma.lower() not in ctx.cues.bodies
    ):
        return None
    if owner.kind != "pronoun":
        if not any(
            k.dep == "poss" and owner.start <= k.start and k.end <= owner.end and not ctx.inside_quote(k)
            for k in parse.kids(tok.i)
        ):
            return None
        rest = re.sub(r"^['’]s?\s*", "", ctx.article.text[owner.end : hi].strip())
        # (annotators name a leader's own office as "Office of <full name>")
        name = f"Office of {owner.person}" if rest.lower() == "office" else f"{owner.person.split()[-1]}'s {rest}"
        return _with_actor(Speaker(name, None, None, (lo, hi), cue, rule, is_person=False), owner)
    if not any(
        k.dep == "poss" and k.text.lower() in _PERSON_POSSESSIVES and k.start == owner.start
        for k in parse.kids(tok.i)
    ):
        return None
    named = [m for m in ctx.mentions if m.person == owner.person and m.kind != "pronoun" and m.start < owner.start]
    actor = next((m.actor for m in named if m.actor is not None), None)
    rest = ctx.article.text[owner.end : hi].strip()
    title = next((m.text[: m.text.find(owner.person)].strip() for m in named if owner.person in m.text), "")
    words = title.split()
    if rest.lower() == "ministry" and len(words) > 1 and words[-1].lower() == "minister":
        name = " ".join(words[:-1] + ["Ministry"])
        names = _gazetteer().names
        if actor is not None and not any((re.sub(r"['’]s$", "", w.lower()),) in names for w in words):
            name = f"{_state_named_before(ctx, actor.principal, owner.start)}'s {name}"
    elif rest.lower() == "office":
        # "his office said" after the named leader: "Office of <full name>", as a named
        # owner's office is (session 68's decision 4, news-dev's form)
        name = f"Office of {owner.person}"
    else:
        name = f"{owner.person.split()[-1]}'s {rest}"
    if actor is None:
        return Speaker(name, None, None, (lo, hi), cue, rule, is_person=False)
    return Speaker(name, actor.principal, actor.code, (lo, hi), cue, rule, is_person=False)


def _previous_paragraph_start(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts (this one's, if first);
    blank lines between paragraphs are no paragraph."""
    para = text.rfind("\n", 0, at)
    if para <= 0:
        return 0
    return text.rfind("\n", 0, len(text[:para].rstrip())) + 1


def _kin_before(ctx: _Context, pronoun: Mention, rule: str, cue: str | None) -> Speaker | None:
    """"Dumont's mother spoke on Monday. “...,” she said": a "she" the actors stage gave
    the person named only as the owner of the relative who was a subject since is
    that relative ("Dumont's mother"). Not when the person is named again after, nor
    when the relative's word is of the other gender ("Dumont's father ... she")."""
    parse = ctx.parse
    floor = _previous_paragraph_start(ctx.article.text, pronoun.start)
    want = gender_of_word(pronoun.text.lower(), "pronouns")
    for tok in reversed(parse.tokens):
        if tok.start >= pronoun.start:
            continue
        if tok.start < floor:
            break
        if tok.dep not in ("nsubj", "nsubjpass") or tok.text.lower() not in ctx.cues.kin_roles:
            continue
        if ctx.inside_quote(tok):
            continue
        lo, hi = _phrase(parse, tok)
        owner = _mention_for(ctx, tok, lo, hi)
        kin = _kin_of_name(ctx, tok, owner, lo, hi, rule, cue)
        if kin is None or owner is None or owner.person != pronoun.person:
            continue
        if any(
            m.person == pronoun.person and m.kind != "pronoun" and hi <= m.start < pronoun.start
            and not _in_quote_span(ctx, m.start)
            for m in ctx.mentions
        ):
            return None
        has = gender_of_word(tok.text.lower(), "titles")
        return None if want is not None and has not in (None, want) else kin
    return None


# Dependents that end a role's phrase: what follows them is no part of its name.
_PHRASE_ENDS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj"})


def _name_runs_on(ctx: _Context, mention: Mention, tok: Token, hi: int) -> bool:
    """Whether the subject's name phrase (ending at ``hi``) runs on past the body mention
    that holds its head through a joining word inside the name ("Ministry of Labor" in "the
    Ministry of Labor and Skills")."""
    if mention.kind == "pronoun" or not (mention.start <= tok.start < mention.end) or hi <= mention.end:
        return False
    rest = ctx.article.text[mention.end : hi].split()
    return len(rest) > 1 and rest[0].lower() in _NAME_JOINERS and all(w[:1].isupper() for w in rest[1:])


def _ownerless(ctx: _Context, lo: int, tok: Token) -> bool:
    """Whether a role's phrase from ``lo`` has nothing before its head ``tok`` but a
    determiner, ranks and words that tie it to no state ("A senior official", "Officials",
    "a senior aid official", "a Western diplomat", as the open sets keep their place), no
    owner ("A government spokesman": a state body's role word; "a bank spokesman": a body's
    word, cues ``bodies``; "Chinese officials": an actor named)."""
    gaz = _gazetteer()
    words = _strip_determiner(ctx.article.text[lo : tok.start]).lower().split()
    if all(w in gaz.modifiers for w in words):
        return True
    return not any((w,) in gaz.roles or w in ctx.cues.bodies for w in words) and not any(
        m.actor is not None and lo <= m.start < tok.start for m in ctx.mentions
    )


def _unnamed_role(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"a spokesman for China's foreign ministry said": an unnamed role tied to its body
    by a preposition speaks as the whole phrase ("spokesman for China's foreign
    ministry", as the annotators write it), for the body's actor; not as a bare
    "spokesman". A role with a name in apposition is left to that name."""
    parse = ctx.parse
    listed = tok.lemma.lower() in ctx.cues.unnamed_roles
    if tok.pos != "NOUN" or not (listed or _indefinite_someone(ctx, tok) or _kin_of_one(ctx, tok)):
        return None
    if any(k.dep == "appos" for k in parse.kids(tok.i)):
        return None
    prep = next(
        (
            k for k in parse.kids(tok.i)
            if k.dep == "prep" and k.i > tok.i and k.text.lower() in ctx.cues.unnamed_role_preps
        ),
        None,
    )
    if prep is None:
        return None
    obj = next((g for g in parse.kids(prep.i) if g.dep == "pobj"), None)
    if obj is None or ctx.inside_quote(obj):
        return None
    if obj.pos not in ("NOUN", "PROPN") and not _partitive_one(ctx, obj):
        return None
    lo = _phrase(parse, tok)[0]
    seated = prep.text.lower() in ctx.cues.seat_preps
    seat = _mention_for(ctx, obj, obj.start, obj.end) if seated else None
    if listed and seat is not None and seat.actor is not None and seat.kind in ("metonym", "name"):
        # "a government spokesman in Baghdad said": the role, where it sits dropped, as
        # annotated ("Iraqi government spokesman"); a state's place is no body of its own
        # A role named by nothing but the seat and its ranks speaks as the whole phrase
        # ("Officials in Tripoli said", "A senior official in Tripoli said", as the open sets
        # annotate them): the place is all the article says of whose role it is
        # An owned role other than a body's voice keeps its seat too, as every described
        # speaker keeps its modifiers (session 67's decision 4: "Japanese Embassy official in
        # Hanoi"); a spokesperson's seat stays dropped, as session 63's decision 3 names them
        voice = tok.lemma.lower() in ctx.cues.body_voices
        end = obj.end if not voice or _ownerless(ctx, lo, tok) else tok.end
        role = _strip_determiner(ctx.article.text[lo:end])
        held = _attached_actor(ctx, tok) or seat
        return _with_actor(Speaker(role, None, None, (lo, end), cue, rule), held)
    owned = _attached_actor(ctx, tok) if listed and seated else None
    if owned is not None and _place_name(ctx, obj) and owned.actor is not None:
        # "a U.N. spokesperson in New York said": a role its own words tie to a body sits
        # in a city that is no body, so speaks as the role ("U.N. spokesperson")
        role = _strip_determiner(ctx.article.text[lo : tok.end])
        return _with_actor(Speaker(role, None, None, (lo, tok.end), cue, rule), owned)
    hi = obj.end
    for t in parse.subtree(obj.i):
        if t.i > obj.i and (
            t.dep in _PHRASE_ENDS or ctx.inside_quote(t) or (listed and _city_of_body(ctx, obj, t))
        ):
            break
        hi = max(hi, t.end)
    # a body's name running on past "and" ("the Organization for Security and
    # Cooperation in Europe"), as the actors stage read it
    hi = max([hi] + [m.end for m in ctx.mentions if m.start <= obj.start < m.end and not m.person])
    name = _strip_determiner(ctx.article.text[lo:hi])
    words = ctx.article.text[obj.start : hi].split()
    its = _pronoun_owner_name(ctx, obj, hi) if tok.lemma.lower() in ctx.cues.body_voices else None
    if its is not None:
        # "Peru rejected the criticism. A spokesman for its Foreign Ministry said": the
        # owner resolved, in news-dev's order ("Peru's Foreign Ministry spokesman",
        # session 68's decision 4)
        name = f"{its} {_strip_determiner(ctx.article.text[lo : tok.end])}"
    elif listed and words and not any(w[:1].isupper() for w in words):
        # a body only described: by the name the article gave it before, in news-dev's
        # order "<Body> <role>" (session 68's decisions 4 and 6: "a spokesperson for the
        # bloc" -> "European Union spokesperson"; "a spokesman for the embassy" ->
        # "Chinese Embassy in Washington spokesman")
        role = _strip_determiner(ctx.article.text[lo : tok.end])
        mention = _mention_for(ctx, obj, obj.start, hi)
        voice = tok.lemma.lower() in ctx.cues.body_voices or prep.text.lower() == "for"
        earlier = _earlier_body(ctx, obj, _first_naming if voice else None)
        body = earlier[0] if earlier is not None else None
        agency = _earlier_igo_body(ctx, mention, obj) if mention is not None else None
        # (a person only placed at the body keeps the article's order, session 67's
        # decision 4: "senior official at the presidential office")
        if agency is not None:
            # "a spokeswoman for the agency" after "the U.N. refugee agency": a body of the
            # IGO, not the IGO, by the words the article named it with
            name = f"{agency} {role}" if voice else f"{role} {prep.text.lower()} the {agency}"
        elif mention is not None and _described_igo(mention):
            name = f"{_igo_name(ctx, mention)} {role}"
        elif body is not None:
            name = f"{_strip_determiner(body)} {role}" if voice else f"{role} {prep.text.lower()} the {body}"
    owner = _attached_actor(ctx, tok) or next(
        # "a spokesman for Prime Minister Keir Starmer": the person's actor
        (m for m in ctx.mentions if prep.end <= m.start and m.end <= hi and m.person and m.actor is not None),
        None,
    )
    return _with_actor(Speaker(name, None, None, (lo, hi), cue, rule), owner)


def _pronoun_owner_name(ctx: _Context, obj: Token, hi: int) -> str | None:
    """"its Foreign Ministry" (up to ``hi``) with "its" resolved to the state or IGO the
    actors stage tied it to, by the name the article last gave it ("Peru's Foreign
    Ministry"); None when the body has no "its"/"their" or the pronoun no such actor."""
    poss = next(
        (k for k in ctx.parse.kids(obj.i) if k.dep == "poss" and k.text.lower() in _POSSESSIVE_PRONOUNS), None
    )
    if poss is None or ctx.inside_quote(poss):
        return None
    pron = _mention_for(ctx, poss, poss.start, poss.end)
    if pron is None or pron.actor is None or pron.person or pron.actor.role:
        return None
    rest = ctx.article.text[poss.end : hi].strip()
    if not rest or "\n" in rest:
        return None
    return f"{_state_named_before(ctx, pron.actor.principal, poss.start)}'s {rest}"


def _city_of_body(ctx: _Context, body: Token, prep: Token) -> bool:
    """"a spokeswoman for the U.N. World Food Program in Kabul": where a listed role's body
    sits is no part of the role's name, as annotated, unless the body is one posted abroad
    ("a spokesperson for China's Embassy in La Paz"); anyone else unnamed keeps it ("an aid
    worker with a medical charity in Goma")."""
    if prep.head != body.i or prep.text.lower() not in ctx.cues.seat_preps:
        return False
    if body.lemma.lower() in ctx.cues.posted_bodies:
        return False
    place = next((g for g in ctx.parse.kids(prep.i) if g.dep == "pobj"), None)
    return place is not None and _place_name(ctx, place)


def _place_name(ctx: _Context, tok: Token) -> bool:
    """Whether a proper noun is only a place the parser's entities name (GPE, LOC), no
    institution's name."""
    return tok.pos == "PROPN" and any(
        e.label in ("GPE", "LOC") and e.token_start <= tok.i < e.token_end for e in ctx.parse.entities
    )


def _speaking_kin(ctx: _Context, tok: Token) -> bool:
    """A kin noun (kin_roles) that is the subject of a speech verb ("a cousin of one of the
    sailors said"), owned by no one ("whose nephew", "her brother")."""
    head = ctx.parse.tokens[tok.head]
    return (
        tok.lemma.lower() in ctx.cues.kin_roles
        and tok.dep == "nsubj"
        and head.lemma.lower() in speech_verbs()
        and not any(k.dep == "poss" for k in ctx.parse.kids(tok.i))
    )


def _speaking_one_of(ctx: _Context, tok: Token) -> bool:
    """"One of the fired judges said": a partitive "one" of people (a role or
    person noun) as the subject of a speech verb, an unnamed person a pronoun may take up."""
    if not _partitive_one(ctx, tok) or tok.dep != "nsubj":
        return False
    if ctx.parse.tokens[tok.head].lemma.lower() not in speech_verbs():
        return False
    people = ctx.cues.unnamed_roles | _gazetteer().person_nouns
    return any(
        g.dep == "pobj" and g.pos == "NOUN" and g.lemma.lower() in people
        for k in ctx.parse.kids(tok.i)
        if k.dep == "prep" and k.text.lower() == "of"
        for g in ctx.parse.kids(k.i)
    )


def _kin_of_one(ctx: _Context, tok: Token) -> bool:
    """"the wife of one of the sailors": a kin noun owned through "one of", which speaks as
    the whole phrase as an indefinite one does."""
    return tok.lemma.lower() in ctx.cues.kin_roles and any(
        k.dep == "prep" and k.text.lower() == "of" and any(
            g.dep == "pobj" and _partitive_one(ctx, g) for g in ctx.parse.kids(k.i)
        )
        for k in ctx.parse.kids(tok.i)
    )


def _partitive_one(ctx: _Context, tok: Token) -> bool:
    """"one of the detained men" ("a relative of one of the detained men said"): "one" with
    its of-phrase, which names whom the role belongs to as a noun would."""
    return tok.text.lower() == "one" and any(
        k.dep == "prep" and k.text.lower() == "of" for k in ctx.parse.kids(tok.i)
    )


def _indefinite_someone(ctx: _Context, tok: Token) -> bool:
    """"an aid worker with a medical charity in Goma said": a singular common noun
    with "a"/"one" as a speaking subject is an unnamed person the article describes
    by the whole phrase (as annotated), not a body, a text or a crowd."""
    if tok.tag != "NN" or not _may_be_someone(ctx, tok):
        return False
    return any(k.dep == "det" and k.text.lower() in ctx.cues.indefinites for k in ctx.parse.kids(tok.i))


def _may_be_someone(ctx: _Context, tok: Token) -> bool:
    """A common noun that may stand for a person: no body, text, crowd or display."""
    lemma = tok.lemma.lower()
    cues = ctx.cues
    return tok.pos == "NOUN" and not any(
        lemma in words
        for words in (
            cues.bodies, cues.documents, cues.texts, cues.quantity_heads, cues.displays, cues.generic_bodies
        )
    )


# How a name given in a clause hangs there: set off ("her first name, X") or named
# ("named X", "identified as X"); not an owner ("Ahmad's driver") or a clause subject.
_GIVEN_NAME_DEPS = frozenset({"appos", "oprd", "attr", "dobj", "pobj", "npadvmod"})


def _name_given(ctx: _Context, tok: Token) -> Mention | None:
    """"said a resident who gave only her first name, Mariama" / "a trader named
    Mariama": the name an unnamed person's own clause gives (set off by a comma or
    after a naming word), not a name the clause merely mentions ("an aide to Biden")."""
    parse = ctx.parse
    if not _may_be_someone(ctx, tok):
        return None
    for kid in parse.kids(tok.i):
        if kid.dep not in ("relcl", "acl", "appos") or kid.i < tok.i:
            continue
        for t in parse.subtree(kid.i):
            misread = _misread_given_name(ctx, t)
            if ctx.inside_quote(t) or not misread and (t.pos != "PROPN" or t.dep not in _GIVEN_NAME_DEPS):
                continue
            lo, hi = (t.start, t.end) if misread else _phrase(parse, t)
            m = _mention_for(ctx, t, lo, hi)
            if m is not None and (not m.person or m.kind == "pronoun" or m.actor is not None):
                continue
            before = ctx.article.text[max(tok.end, lo - 12) : lo].lower()
            # after a naming word the recognizer's label does not count ("her first
            # name, Mariama" read as an organisation); after a bare comma it does
            named = any(w in ctx.cues.name_givers for w in re.findall(r"[a-z]+", before))
            if not named and ("," not in before or t.ent_type in _NOT_NAMES):
                continue
            if m is None:
                # a first name the recognizer missed ("her first name, Mariama")
                text = ctx.article.text[lo:hi]
                m = Mention("", ctx.article.id, lo, hi, text, t.sent, t.i, t.i + 1, "person", person=text)
            return m
    return None


_PRONOUN_CHAIN = 8  # pronouns followed back to the name they stand for


def _named_one_beside(ctx: _Context, tok: Token, mention: Mention | None) -> Token | None:
    """"Outside Lima Cathedral, where ..., a student who gave only her first name, Carla,
    said": a fronted place the parser read as the subject, with the person set beside it
    as its apposition; the person the clause names speaks, not the place. Also for a
    pronoun the actors stage tied to that place, or to a place in the person's own phrase
    ("a driver from Tacna who gave only his first name, Zayed, said ... “...,” he said")."""
    parse = ctx.parse
    pronoun = mention is not None and mention.kind == "pronoun" and mention.antecedent
    if pronoun:
        by_id = {m.id: m for m in ctx.mentions}
        ante = by_id.get(mention.antecedent or "")  # type: ignore[union-attr]
        for _ in range(_PRONOUN_CHAIN):  # "his ... he": the chain back to a name
            if ante is None or ante.kind != "pronoun":
                break
            ante = by_id.get(ante.antecedent or "")
        if ante is None or ante.kind == "pronoun" or ante.token_end <= 0:
            return None
        tok = parse.tokens[ante.token_end - 1]
    if tok.pos != "PROPN":
        return None
    beside = next(
        (k for k in parse.kids(tok.i) if k.dep == "appos" and k.i > tok.i and _name_given(ctx, k) is not None),
        None,
    )
    if beside is not None or not pronoun or tok.dep != "pobj":
        return beside
    prep = parse.tokens[tok.head]
    owner = parse.tokens[prep.head] if prep.dep == "prep" else None
    return owner if owner is not None and owner.pos == "NOUN" and _name_given(ctx, owner) is not None else None


def _misread_given_name(ctx: _Context, t: Token) -> bool:
    """"who gave only his first name, Zayed," with the name tagged a verb or an adjective:
    a lone capitalised word set off by a comma right after a naming word ("name, X") is
    the name given, whatever the tagger read it as."""
    if t.pos == "PROPN" or not t.text[:1].isupper() or not t.text.isalpha() or t.i < 2:
        return False
    toks = ctx.parse.tokens
    return toks[t.i - 1].text == "," and toks[t.i - 2].text.lower() in ctx.cues.name_givers


_BARE_SPOKESPERSON_LOOKBACK = 1  # sentences


def _bare_spokesperson(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"Turkey's foreign ministry condemned the raid. “...,” a spokesman said": a bare
    spokesperson speaks for the body named just before, as "<body> spokesman" (the
    role word last, as annotators write "foreign ministry spokesman"), for its actor.
    Left bare when no body with an actor is named in its sentence or the one before."""
    parse = ctx.parse
    if tok.pos != "NOUN" or tok.text.lower() not in ctx.cues.body_voices:
        return None
    if any(k.dep != "det" for k in parse.kids(tok.i) if k.i < tok.i or k.dep in ("prep", "appos")):
        return None
    # "the spokesman" is the spokesperson the article gave before, when it gave one
    # (only before it: "Greek government spokesman Pavlos Marinakis" named next is another's)
    earlier = _role_antecedent(ctx, tok, rule, cue, back_only=True)
    unnamed = _unnamed_voice_before(ctx, tok, rule, cue)
    if unnamed is not None and (earlier is None or earlier.span is None or earlier.span[0] < unnamed[0]):
        # "An EU spokeswoman said ... “...,” the spokeswoman said": the unnamed one
        # nearer than a spokeswoman named before is this one
        return unnamed[1]
    if earlier is not None:
        return earlier
    body = _body_just_before(ctx, tok)
    if body is None:
        return None
    name = f"{body[0]} {tok.text.lower()}"
    return Speaker(name, body[1].principal, body[1].code, (tok.start, tok.end), cue, rule)


def _bare_owner_voice(
    ctx: _Context, tok: Token, mention: Mention | None, rule: str, cue: str | None
) -> Speaker | None:
    """"Japan's Foreign Ministry summoned the envoy. “...,” a ministry spokeswoman said": a
    spokesperson whose body is told by a bare noun before the role speaks as "<the body as
    the article named it> <role>" ("Foreign Ministry spokeswoman"), session 68's decision 4,
    its seat cut ("a ministry spokesman in Beijing"); left as written when no such body was
    named before, or the one named is another state's than the actors stage gave the role."""
    parse = ctx.parse
    if tok.pos != "NOUN" or tok.text.lower() not in ctx.cues.body_voices:
        return None
    before = [k for k in parse.kids(tok.i) if k.i < tok.i and k.dep != "det"]
    if len(before) != 1 or any(
        k.dep in ("appos", "prep") and k.text.lower() not in ctx.cues.seat_preps
        for k in parse.kids(tok.i) if k.i > tok.i
    ):
        return None
    noun = before[0]
    if (
        noun.dep != "compound"
        or noun.i != tok.i - 1
        or not noun.text.islower()
        or noun.lemma.lower() not in ctx.cues.bodies
        or parse.kids(noun.i)
        or ctx.inside_quote(noun)
    ):
        return None
    word = noun.lemma.lower()
    found = _body_after_prior(ctx, noun, word, _first_naming)
    if found is None:
        return None
    body = _attached_actor(ctx, found[1])
    if body is None or body.actor is None:
        return None
    if mention is not None and mention.actor is not None and mention.actor.principal != body.actor.principal:
        return None
    name = f"{_strip_determiner(found[0])} {tok.text.lower()}"
    return Speaker(name, body.actor.principal, body.actor.code, (noun.start, tok.end), cue, rule)


def _body_just_before(ctx: _Context, tok: Token) -> tuple[str, Actor, str] | None:
    """The body with an actor named nearest before a spokesperson noun, in its sentence or
    the one before ("Turkey's foreign ministry condemned ..."): its name without a leading
    determiner, its actor, and its phrase as the article wrote it ("the European
    Commission"); None when none is."""
    parse = ctx.parse
    lo_sent = max(0, tok.sent - _BARE_SPOKESPERSON_LOOKBACK)
    lo_tok = parse.sentences[lo_sent].token_start if parse.sentences else 0
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.pos not in ("NOUN", "PROPN") or ctx.inside_quote(cand):
            continue
        lo, hi = _phrase(parse, cand)
        mention = _mention_for(ctx, cand, lo, hi)
        if mention is None or mention.actor is None or mention.person:
            continue
        if cand.lemma.lower() not in ctx.cues.bodies and not (cand.pos == "PROPN" and _named_organisation(mention)):
            continue
        phrase = ctx.article.text[lo:hi].strip()
        if ctx.article.text[max(0, lo - 4) : lo].lower() == "the ":
            phrase = "the " + phrase  # "The European Commission": the phrase past its article
        return _strip_determiner(phrase), mention.actor, phrase
    return None


def _unnamed_voice_before(ctx: _Context, tok: Token, rule: str, cue: str | None) -> tuple[int, Speaker] | None:
    """Where and who the nearest unnamed spokesperson (same word) speaking as a subject
    in the sentences just before is ("A NATO spokeswoman said ..."); None for a named one."""
    parse = ctx.parse
    if not any(k.dep == "det" and k.text.lower() == "the" for k in parse.kids(tok.i)) or not parse.sentences:
        return None
    for cand in _subjects_back(ctx, tok.sent, tok.i):
        if cand.lemma.lower() != tok.lemma.lower() or any(
            k.dep == "det" and k.text.lower() == "the" for k in parse.kids(cand.i)
        ):
            continue
        for kid in parse.kids(cand.i):
            # "Zelensky's spokeswoman, Iryna Mudra, spoke": the name set beside the role
            named = _mention_for(ctx, kid, kid.start, kid.end) if kid.dep == "appos" and kid.i > cand.i else None
            holder = _from_mention(named, rule, cue) if named is not None and named.kind != "pronoun" else None
            if holder is not None and holder.is_person:
                return cand.start, dataclasses.replace(holder, span=(tok.start, tok.end))
        found = _speaker_of_token(ctx, cand, tok.start, rule, cue)
        if found is None or found.name.lower() == tok.text.lower():
            return None
        return cand.start, dataclasses.replace(found, span=(tok.start, tok.end))
    return None


def _named_organisation(m: Mention) -> bool:
    """"NATO", "the Kremlin", "Hamas": a body the article calls by its proper name, whose
    spokesperson speaks as "<name> spokesman" (a state's or a capital's never does)."""
    return m.label == "ORG" and m.kind in ("name", "metonym")


_HOST_LOOKBACK = 6  # sentences


def _host_before(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"Kenya hosted the summit on Friday. “...,” the host said": "the host" is who
    hosted, the subject of the nearest "host" verb before it outside quotations."""
    parse = ctx.parse
    if (
        tok.pos != "NOUN"
        or tok.lemma.lower() not in ctx.cues.hosts
        or not any(k.dep == "det" and k.text.lower() == "the" for k in parse.kids(tok.i))
        or any(k.dep in ("poss", "compound", "amod", "prep", "appos") for k in parse.kids(tok.i))
    ):
        return None
    lo_sent = max(0, tok.sent - _HOST_LOOKBACK)
    lo_tok = parse.sentences[lo_sent].token_start if parse.sentences else 0
    for verb in reversed(parse.tokens[lo_tok : tok.i]):
        if verb.pos != "VERB" or verb.lemma.lower() not in ctx.cues.hosts or ctx.inside_quote(verb):
            continue
        subj = _subject(ctx, verb)
        if subj is None or subj.i == tok.i or subj.lemma.lower() in ctx.cues.hosts:
            return None
        found = _speaker_of_token(ctx, subj, tok.start, rule, cue, named_only=True)
        return dataclasses.replace(found, span=(tok.start, tok.end)) if found is not None else None
    return None


_PEER_LOOKBACK = 4  # sentences
_VISIT_LOOKBACK = 8  # sentences: a visit's guest or host, as the actors' guest_lookback
_OWNED_TITLE = re.compile(r"^.+?['’]s\s+(.+)$")


def _possessed_peer(
    ctx: _Context, tok: Token, mention: Mention | None, span: tuple[int, int], rule: str, cue: str | None
) -> Speaker | None:
    """"Benin's president said ... His Togolese counterpart said": a peer owned by "his"/
    "her" speaks as the holder of the owner's office in the peer's state ("Togo's
    president"); "His host said", "His guest called ..." as the host's or guest's state's
    leader last named outside quotations ("Portugal's prime minister", or a name). The owner is the nearest
    person or title of another state before it; nothing when none is in reach."""
    parse = ctx.parse
    if (
        tok.pos != "NOUN"
        or tok.lemma.lower() not in ctx.cues.peers
        or mention is None
        or mention.actor is None
        or mention.person
        or not any(k.dep == "poss" and k.text.lower() in _PERSON_POSSESSIVES for k in parse.kids(tok.i))
    ):
        return None
    return _peer_speaker(ctx, tok, mention, span, rule, cue)


def _peer_speaker(
    ctx: _Context, tok: Token, mention: Mention, span: tuple[int, int], rule: str, cue: str | None
) -> Speaker | None:
    """The speaker a peer owned by "his"/"her" stands for (_possessed_peer, once the peer
    is known to be owned so): the holder of its owner's office in the peer's state."""
    parse = ctx.parse
    if mention.actor is None:
        return None
    state = mention.actor.principal
    visit_peer = tok.lemma.lower() in ctx.cues.visit_peers
    lo_sent = max(0, tok.sent - (_VISIT_LOOKBACK if visit_peer else _PEER_LOOKBACK))
    lo = parse.sentences[lo_sent].start if parse.sentences else 0
    # "the first visit by an Indonesian head of state": an office named with "a" is anyone's
    people = [
        m for m in ctx.mentions
        if lo <= m.start < tok.start and m.actor is not None and m.kind in ("person", "title")
        and not _in_quote_span(ctx, m.start) and not (m.start <= tok.start < m.end)
        and ctx.article.text[max(0, m.start - 3) : m.start].strip().lower() not in ("a", "an")
    ]
    owner = next((m for m in reversed(people) if m.actor is not None and m.actor.principal != state), None)
    # (the actors stage may give "his guest" the owner's state: then the visit's other side)
    party = (_visit_party(ctx, tok, rule, cue, state) or _visit_party(ctx, tok, rule, cue)) if visit_peer else None
    if party is not None:
        return dataclasses.replace(party, span=span)
    if visit_peer and (owner is not None or tok.lemma.lower() not in ctx.cues.hosts):
        # a guest's owner (the host) may be named by no person: "a visit by Moldova's
        # president ... His guest called"
        host = next(
            (m for m in reversed(people) if m.actor is not None and m.actor.principal == state), None
        )
        found = _from_mention(host, rule, cue) if host is not None else None
        return dataclasses.replace(found, span=span) if found is not None else None
    if owner is None:
        return None
    if owner.person:
        title = owner.text[: owner.text.find(owner.person)].strip() if owner.person in owner.text else ""
        # "Kenya's Foreign Minister X": the title without the owner's own state
        owned_title = _OWNED_TITLE.match(title)
        # "Serbian Foreign Minister X": the office words, without the state's adjective
        title = owned_title.group(1) if owned_title else " ".join(
            _office_words(ctx, owner.start, owner.start + len(title))
        ) or title
    else:
        owned = _OWNED_TITLE.match(_strip_determiner(owner.text))
        # "The Polish president was welcomed by his Tanzanian counterpart": the office
        # words of a title its state gives as an adjective
        title = owned.group(1) if owned else " ".join(_office_words(ctx, owner.start, owner.end))
    if not title:
        return None
    given = _head_given_before(ctx, state, title, tok.start)
    if given is not None:
        return Speaker(given, state, mention.actor.code, span, cue, rule)
    name = f"{_state_named_before(ctx, state, tok.start)}'s {title.lower()}"
    return Speaker(name, state, mention.actor.code, span, cue, rule)


def _visit_party(
    ctx: _Context, tok: Token, rule: str, cue: str | None, state: str | None = None
) -> Speaker | None:
    """"Uganda's president received Kenya's president ... “...,” his host said": a visit's
    host or guest owned by "his"/"her" is the person on that side of the nearest verb of
    the visit before it (visit_hosting: its subject or by-agent hosts, its object or
    passive subject is the guest; visit_going: its subject is the guest), acting for
    ``state`` when the actors stage gave one, else for a state other than the owner's."""
    parse = ctx.parse
    lemma = tok.lemma.lower()
    if tok.pos != "NOUN" or lemma not in ctx.cues.visit_peers or not parse.sentences:
        return None
    poss = next(
        (k for k in parse.kids(tok.i) if k.dep == "poss" and k.text.lower() in _PERSON_POSSESSIVES), None
    )
    if poss is None:
        return None
    owner = _mention_for(ctx, poss, poss.start, poss.end)
    hosting = lemma in ctx.cues.hosts
    lo_tok = parse.sentences[max(0, tok.sent - _VISIT_LOOKBACK)].token_start
    for verb in reversed(parse.tokens[lo_tok : tok.i]):
        verb_lemma = verb.lemma.lower()
        if verb.pos != "VERB" or ctx.inside_quote(verb):
            continue
        kids = parse.kids(verb.i)
        met = verb_lemma in ctx.cues.visit_met and any(k.dep == "nsubjpass" for k in kids)
        if verb_lemma in ctx.cues.visit_hosting or met:
            agents = [g for k in kids if k.dep == "agent" for g in parse.kids(k.i) if g.dep == "pobj"]
            hosts = [k for k in kids if k.dep == "nsubj"] + agents
            guests = [k for k in kids if k.dep in ("dobj", "nsubjpass")]
        elif verb_lemma in ctx.cues.visit_going and not hosting:
            hosts, guests = [], [k for k in kids if k.dep == "nsubj"]
        else:
            continue
        side = next(iter(hosts if hosting else guests), None)
        if side is None or side.lemma.lower() in ctx.cues.visit_peers:
            continue
        found = _speaker_of_token(ctx, side, tok.start, rule, cue, named_only=True)
        if found is None or found.actor is None:
            continue
        if state is not None and found.actor != state:
            continue
        if state is None and owner is not None and (
            found.name == owner.person or (owner.actor is not None and owner.actor.principal == found.actor)
        ):
            continue
        return dataclasses.replace(found, span=(tok.start, tok.end))
    return None


_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def _possessive_office(
    ctx: _Context, tok: Token, mention: Mention | None, lo: int, hi: int, rule: str, cue: str | None
) -> Speaker | None:
    """"Timor-Leste ... Its prime minister said": an office owned by "its" speaks as
    "<the state>'s prime minister", the name the pronoun stands for, for that state."""
    parse = ctx.parse
    owner = next(
        (k for k in parse.kids(tok.i) if k.dep == "poss" and k.text.lower() in _POSSESSIVE_PRONOUNS), None
    )
    if owner is None or ctx.inside_quote(owner) or tok.lemma.lower() in ctx.cues.documents:
        return None  # ("its reply, which said": a paper speaks for its issuer, _document_author)
    earlier = _earlier_body(ctx, tok)
    if earlier is not None:
        # "China's embassy in Manila rejected ... “...,” its embassy said": the owner the
        # article gave that body, not another state "its" may be tied to nearer
        return _with_actor(
            Speaker(earlier[0], None, None, (lo, hi), cue, rule, is_person=False), _attached_actor(ctx, earlier[1])
        )
    actor = mention.actor if mention is not None and mention.kind != "pronoun" else None
    conj = _conjunct_subject_actor(ctx, tok)
    if conj is not None and (actor is None or actor.principal != conj.principal):
        actor = dataclasses.replace(conj, code=conj.principal + (actor.role if actor is not None else ""))
    if actor is None:
        pron = _mention_for(ctx, owner, owner.start, owner.end)
        if pron is None or pron.actor is None or pron.person:
            return _office_of_subject(ctx, tok, owner, (lo, hi), rule, cue)
        words = tuple(t.text.lower() for t in parse.tokens[owner.i + 1 : tok.i + 1])
        gaz = _gazetteer()
        role = gaz.titles.get(words) or gaz.roles.get(words) or ""
        actor_code, principal = pron.actor.principal + role, pron.actor.principal
    else:
        actor_code, principal = actor.code, actor.principal
    rest = ctx.article.text[owner.end : hi].strip()
    if not rest:
        return None
    if rest.lower() in ctx.cues.body_voices:
        # "Russia's Foreign Ministry rejected the accusation. Its spokeswoman said": "its" is
        # the body just named, so the voice is that body's ("Russia's Foreign Ministry
        # spokeswoman": the guidelines' pronoun resolved, in news-dev's order "<Body>
        # <role>", session 68's decision 6), not the state's
        body = _body_just_before(ctx, tok)
        if body is not None and body[1].principal == principal:
            return Speaker(f"{body[0]} {rest.lower()}", principal, body[1].code, (lo, hi), cue, rule, is_person=False)
    referent = _state_named_before(ctx, principal, owner.start)
    found = Speaker(f"{referent}'s {rest}", principal, actor_code, (lo, hi), cue, rule, is_person=False)
    if tok.lemma.lower() in ctx.cues.bodies and ctx.article.text[lo:hi].rstrip().endswith(tok.text):
        found = _with_place(ctx, found, tok.end)  # "its embassy in Jakarta"
    return found


def _office_of_subject(
    ctx: _Context, tok: Token, owner: Token, span: tuple[int, int], rule: str, cue: str | None
) -> Speaker | None:
    """"The rival administration in eastern Libya condemned the transfer. Its foreign ministry
    said": "its" tied to no actor stands for the body that was the subject of the sentence
    before, so the office speaks as "foreign ministry of the rival administration in eastern
    Libya" (the guidelines' pronoun resolved, the article's words kept), not "Its foreign
    ministry"; only a body noun's office, and only after a subject that is a described body
    (no person, no name)."""
    parse = ctx.parse
    if tok.lemma.lower() not in ctx.cues.bodies or owner.text.lower() != "its" or tok.sent == 0:
        return None
    prev = parse.sentences[tok.sent - 1]
    subject = next(
        (
            t for t in parse.tokens[prev.token_start : prev.token_end]
            if t.dep == "nsubj" and parse.tokens[t.head].dep == "ROOT" and not ctx.inside_quote(t)
        ),
        None,
    )
    if subject is None or subject.pos != "NOUN" or not subject.text.islower() or _person_noun(ctx, subject):
        return None
    if not any(k.dep == "det" and k.text.lower() == "the" for k in parse.kids(subject.i)):
        return None
    words = [subject]
    for t in parse.subtree(subject.i):
        if t.i > subject.i and (t.dep in _PHRASE_ENDS or ctx.inside_quote(t)):
            break
        words.append(t)
    lo = min(t.start for t in parse.subtree(subject.i))
    hi = max(t.end for t in words)
    body = ctx.article.text[lo:hi]
    if "\n" in body:
        return None
    rest = ctx.article.text[owner.end : span[1]].strip()
    body = body[:1].lower() + body[1:] if body[:4] == "The " else body
    return Speaker(f"{rest} of {body}", None, None, span, cue, rule, is_person=False)


def _conjunct_subject_actor(ctx: _Context, tok: Token) -> Actor | None:
    """"China did not comment, but its embassy in Jakarta said": "its" in a clause
    joined to one whose subject is a state is that state's, whatever state the actors
    stage tied the pronoun to (the subject of the sentence before)."""
    parse = ctx.parse
    verb = parse.tokens[tok.head] if tok.dep in ("nsubj", "nsubjpass") else None
    if verb is None or verb.dep != "conj":
        return None
    first = parse.tokens[verb.head]
    subj = next((k for k in parse.kids(first.i) if k.dep in ("nsubj", "nsubjpass")), None)
    if subj is None or ctx.inside_quote(subj):
        return None
    named = _mention_for(ctx, subj, subj.start, subj.end)
    if named is None or named.kind == "pronoun" or named.person or named.actor is None:
        return None
    return named.actor


def _head_given_before(ctx: _Context, principal: str, title: str, before: int) -> str | None:
    """"Tajikistan's president arrived ... Georgia's prime minister welcomed him ... His Tajik
    counterpart thanked Georgia": a leader's counterpart is the one head of the peer's state
    (head_titles, not the bare "leader") the article's body named before with no name, as
    first given; None when the owner's office is no head's, or the body gave the state no
    such head or several."""
    gaz = _gazetteer()
    if tuple(title.lower().split()) not in gaz.head_titles:
        return None
    # (the generic "leader", head_words, names no office of its own)
    heads = gaz.head_titles - gaz.head_words
    given = {
        _strip_determiner(m.text)
        for m in ctx.mentions
        if ctx.article.body_start <= m.start < before and m.kind == "title" and not m.person
        and m.actor is not None and m.actor.principal == principal and not _in_quote_span(ctx, m.start)
        and _office_words(ctx, m.start, m.end) in heads
    }
    return given.pop() if len(given) == 1 else None


def _state_named_before(ctx: _Context, principal: str, before: int) -> str:
    """The name the article last gave a state or IGO before an offset (else its own); a
    nationality ("six Spanish sailors") names no owner of an office ("Spain's consul", not
    "Spanish's consul")."""
    for m in reversed(ctx.mentions):
        if m.start >= before or _in_quote_span(ctx, m.start) or m.label == "NORP":
            continue
        if m.kind == "name" and m.actor is not None and m.actor.principal == principal and not m.actor.role:
            name = _strip_determiner(m.text)
            if name and name[:1].isupper():
                return name
    return _gazetteer().principal_names.get(principal, principal)


def _collective_igo(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"Leaders of the African Union met ... the leaders said": people named only as a
    plural referring back to an IGO's members speak as that IGO, by the name the
    article gave it. Leaders of several states ("the leaders of Japan and South
    Korea") stay "leaders"."""
    parse = ctx.parse
    lemma = tok.lemma.lower()
    kids = parse.kids(tok.i)
    if (
        lemma not in _gazetteer().person_nouns
        or not parse.sentences
        or not any(k.dep == "det" and k.text.lower() == "the" for k in kids)
        or any(k.dep in ("compound", "amod", "poss", "nmod", "prep", "nummod") for k in kids)
    ):
        return None
    lo_tok = parse.sentences[max(0, tok.sent - _COLLECTIVE_LOOKBACK)].token_start
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.lemma.lower() != lemma or ctx.inside_quote(cand) or cand.start < ctx.article.body_start:
            continue
        owner = next(
            (
                m for m in ctx.mentions
                if m.start <= cand.start and cand.end <= m.end and m.actor is not None and not m.person
            ),
            None,
        ) or _attached_actor(ctx, cand)
        if owner is None and (cand.dep not in ("nsubj", "nsubjpass") or _bare_definite(parse, cand)):
            continue  # "the leaders" again, or "to meet military leaders": no topic of the article
        actor = owner.actor if owner is not None else None
        if actor is None or actor.role or actor.principal not in _gazetteer().igos:
            return None
        objs = [o for g in parse.kids(cand.i) if g.dep == "prep" for o in parse.kids(g.i)]
        if any(k.dep == "conj" for o in objs for k in parse.kids(o.i)):
            return None  # "leaders of the EU and Japan": more than one
        assert owner is not None
        name = _igo_name(ctx, owner, inclusive=True)
        span = (tok.start, tok.end)
        return Speaker(name, actor.principal, actor.code, span, cue, rule, is_person=False)
    return None


def _bare_definite(parse: Parse, tok: Token) -> bool:
    """"the leaders": a plural with "the" and nothing else that sets it apart."""
    kids = parse.kids(tok.i)
    return any(k.dep == "det" and k.text.lower() == "the" for k in kids) and not any(
        k.dep in ("compound", "amod", "poss", "nmod", "prep", "nummod", "acl", "relcl") for k in kids
    )


def _appositive_in_chain(
    ctx: _Context, tok: Token, titled: bool
) -> tuple[Token, Mention | None] | None:
    """The comma-set name ending a role's phrase, hung on a noun of its "to"/"in"/"of"
    chain: the name's token and its person mention (None for a proper name the
    actors stage did not read, when no actor mention covers it)."""
    parse = ctx.parse
    sub = [t for t in parse.subtree(tok.i) if t.pos != "PUNCT"]
    if not sub or sub[-1].i <= tok.i:
        return None
    node = tok
    for _ in range(4):
        preps = [
            k for k in parse.kids(node.i)
            if k.dep == "prep" and k.i > node.i and k.text.lower() in _POST_PREPS
        ]
        if not preps:
            return None
        objs = [g for g in parse.kids(preps[-1].i) if g.dep == "pobj"]
        if not objs:
            return None
        node = objs[0]
        appos = [k for k in parse.kids(node.i) if k.dep == "appos" and k.i > node.i]
        if not appos:
            continue
        name = appos[-1]
        last = [t for t in parse.subtree(name.i) if t.pos != "PUNCT"]
        before = parse.tokens[parse.subtree(name.i)[0].i - 1]
        if last[-1].i != sub[-1].i or before.text != "," or ctx.inside_quote(name) or name.pos != "PROPN":
            return None
        if _is_person(ctx, node) or node.lemma.lower() in _gazetteer().person_nouns:
            return None  # "the wife of the opposition leader, X": X is the leader
        named = _mention_for(ctx, name, name.start, name.end)
        if named is not None and named.person and named.kind != "pronoun":
            return name, named
        if named is not None:
            return None
        lo, hi = _phrase(parse, name)
        words = ctx.article.text[lo:hi].split()
        if len(words) < 2 or any(w.lower() in ctx.cues.bodies for w in words):
            return None  # "the director of the museum, the State Hermitage Museum,"
        if not titled and any(e.start < hi and lo < e.end and e.label in _NOT_NAMES for e in parse.entities):
            return None  # (after a title of a state, the parser's ORG is often a person)
        return name, None
    return None


# Entity labels of things a comma-set proper name may be instead of a person (a GPE
# label is left out: the parser gives it to many an African or Asian name).
_NOT_NAMES = frozenset({"ORG", "FAC", "LOC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "NORP"})


@lru_cache(maxsize=1)
def _office_word(word: str) -> bool:
    """Whether a word ends the title of an IGO's officer ("secretary-general", "director",
    "head", "chairperson"): an office that speaks through "of" and its body. (Read from the
    gazetteer the workers load before their first batch, with no table of its own.)"""
    if word == "general":
        return False  # "secretary-general" ends in the word of its hyphen
    return word == "secretary" or any(t[-1] == word for t in _gazetteer().igo_titles)


def _gazetteer():  # type: ignore[no-untyped-def]
    """The packaged gazetteer (its person nouns, titles and IGO codes)."""
    from newsgraph.actors.gazetteer import load_gazetteer

    return load_gazetteer()


def _quantity_of(ctx: _Context, tok: Token, heads: frozenset[str]) -> Token | None:
    """"hundreds of demonstrators": the people counted, not the count (the plural after
    "of" when the token is one of ``heads``)."""
    if tok.text.lower() not in heads:
        return None
    for kid in ctx.parse.kids(tok.i):
        if kid.dep == "prep" and kid.text.lower() == "of":
            for obj in ctx.parse.kids(kid.i):
                if obj.dep == "pobj" and obj.tag in ("NNS", "NNPS") and not ctx.inside_quote(obj):
                    return obj
    return None


def _member_speaker(ctx: _Context, plural: Token, cue: str | None, rule: str) -> Speaker:
    """"One of the insurgent groups said": one member speaks, by the kind the plural
    names in the singular ("insurgent group"), for the state its own words tie it to
    ("one of the Chinese diplomats" acts for China)."""
    lo, hi = _phrase(ctx.parse, plural)
    text = ctx.article.text
    name = _strip_determiner(text[lo : plural.start] + plural.lemma + text[plural.end : hi])
    return _with_actor(Speaker(name, None, None, (lo, hi), cue, rule), _attached_actor(ctx, plural))


def _organisation_before(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"Hezbollah claimed the attack. ¶ “...,” the group said": the latest proper-noun
    subject of the sentences just before that is no person."""
    parse = ctx.parse
    if not parse.sentences or not any(k.dep == "det" and k.text.lower() == "the" for k in parse.kids(tok.i)):
        return None
    lo_tok = parse.sentences[max(0, tok.sent - _CUE_SUBJECT_LOOKBACK)].token_start
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.dep not in ("nsubj", "nsubjpass") or cand.pos != "PROPN" or ctx.inside_quote(cand):
            continue
        if _is_person(ctx, cand) or any(
            m.kind == "group" for m in ctx.holding(cand.start, cand.end)
        ):
            continue  # a role noun capitalised at the sentence's start ("Police detained ...")
        if not any(e.start <= cand.start < e.end and e.label in ("ORG", "NORP") for e in parse.entities) and not any(
            m.start <= cand.start < m.end and m.actor is not None for m in ctx.mentions
        ):
            continue
        found = _speaker_of_token(ctx, cand, tok.start, rule, cue, named_only=True)
        if found is not None:
            return found
    return None


def _attached_actor(ctx: _Context, head: Token) -> Mention | None:
    """The state or IGO a noun phrase is tied to by its own words: "Iran's atomic
    agency", "a spokesperson for the German government"."""
    parse = ctx.parse
    spots: list[Token] = []
    for kid in parse.kids(head.i):
        if kid.dep in ("poss", "compound", "amod", "nmod") and kid.i < head.i:
            spots.extend(parse.subtree(kid.i))
        elif kid.dep == "prep" and kid.i > head.i and kid.text.lower() in _OWNER_PREPS:
            spots.extend(t for g in parse.kids(kid.i) if g.dep == "pobj" for t in parse.subtree(g.i))
    for tok in spots:
        if ctx.inside_quote(tok):
            continue
        for m in ctx.mentions:
            if (
                m.start <= tok.start
                and tok.end <= m.end
                and m.actor is not None
                and not m.person
                and m.kind != "pronoun"
                and not _based_in(ctx, m)
            ):
                return m
    return None


# (a name may hold lowercase particles: "Pieter de Groot", "Ana da Silva")
_PARTICLES = "de|van|von|der|den|da|dos|du|del|la|le|al|bin|ibn"
_PROPER_WORDS = re.compile(rf"\s+(?:(?:[A-Z][\w.'’-]*|{_PARTICLES})\s+){{0,3}}[A-Z][\w.'’-]*")
# particles and a last name after a known name ("Pedro Sánchez| de la Vega"): _full_name
_PARTICLE_TAIL = re.compile(rf"(?:[ ](?:{_PARTICLES}))+[ ][A-Z][\w'’-]*")


def _name_after_title(ctx: _Context, title: Mention, tok: Token) -> tuple[str, tuple[int, int]] | None:
    """"Brazilian Foreign Minister Rafael Lima": the capitalised words after a title
    mention, up to the subject token, are the person's name when the actors stage
    read none (a surname that is also a city)."""
    if tok.pos != "PROPN" or tok.start < title.end or _in_quote_span(ctx, tok.start):
        return None
    found = _PROPER_WORDS.match(ctx.article.text, title.end)
    if found is None or title.end + len(found.group()) != tok.end:
        return None
    start = tok.end - len(found.group().strip())
    return ctx.article.text[start : tok.end], (title.start, tok.end)


_FORMER = frozenset({"former", "ex", "ex-", "retired", "onetime", "erstwhile"})


def _role_owner(ctx: _Context, tok: Token) -> Mention | None:
    """"his spokesman, Dmitry Orlov": the owner of a role that acts for it (a
    spokesman, an envoy) named in apposition to the speaker, when it has an actor."""
    parse = ctx.parse
    roles = [k for k in parse.kids(tok.i) if k.dep == "appos"]
    if tok.dep == "appos" and tok.head != tok.i:
        roles.append(parse.tokens[tok.head])
    for role in roles:
        if role.lemma.lower() not in ctx.cues.agent_roles or ctx.inside_quote(role):
            continue
        if any(k.text.lower() in _FORMER for k in parse.kids(role.i)):
            continue  # "a former Egyptian ambassador" acts for no one now
        for kid in parse.kids(role.i):
            if kid.dep != "poss":
                continue
            m = _mention_for(ctx, kid, kid.start, kid.end)
            if m is not None and m.actor is not None and not _resolved_inside_quote(ctx, m):
                return m
        owner = _attached_actor(ctx, role)
        if owner is not None:
            return owner
    return None


def _with_actor(found: Speaker, owner: Mention | None) -> Speaker:
    if owner is None or owner.actor is None or found.actor is not None:
        return found
    return dataclasses.replace(found, actor=owner.actor.principal, code=owner.actor.code)


_BODY_LOOKBACK = 6  # sentences
_COLLECTIVE_LOOKBACK = 12  # sentences: a summit's "the leaders" refers far back
_CAPITAL_LOOKBACK = 2  # sentences


def _is_capital(m: Mention) -> bool:
    """A capital standing for its government ("Jakarta said"), not a seat ("the Kremlin")."""
    return (
        m.kind == "metonym"
        and m.actor is not None
        and not m.text.lower().startswith("the ")
        and m.text != m.actor.name
        and m.actor.role == "GOV"
    )


def _capital_body(ctx: _Context, m: Mention) -> str | None:
    """"Jakarta said" right after "the Indonesian Foreign Ministry clarified": that body
    (else the capital stays the speaker, as the article gives it)."""
    assert m.actor is not None
    for other in reversed(ctx.mentions):
        if other.start >= m.start or other.sentence_index < m.sentence_index - _CAPITAL_LOOKBACK:
            continue
        if (
            other.kind == "group"
            and other.actor is not None
            and other.actor.code == m.actor.code
            and any(w[:1].isupper() for w in _strip_determiner(other.text).split()[1:])
            and not _in_quote_span(ctx, other.start)
        ):
            return _strip_determiner(other.text)
        if (
            other.sentence_index == m.sentence_index
            and other.kind == "name"
            and other.actor is not None
            and not other.actor.role
            and other.actor.principal == m.actor.principal
            and not _in_quote_span(ctx, other.start)
            and _names_subject(ctx, other)
            and not _said_of(ctx, other)
        ):
            # "China denounced the tariffs, with Beijing saying ...": the state named
            # as a subject (not "Japanese waters", "returned Cuba to its list", nor "Moscow
            # said Croatia was “acting on orders,” a charge Zagreb rejected as “absurd”")
            found = _from_mention(other, "", None)
            return found.name if found is not None else None
    return None


def _said_of(ctx: _Context, m: Mention) -> bool:
    """Whether the mention is inside a clause another speaker reports ("said in a statement
    that Croatia was ..."): what is said of a state, not the state speaking; a that-clause
    is one wherever the parser hung it."""
    if _reported_mention(ctx, m):
        return True
    tok = ctx.parse.token_at(m.end - 1)
    if tok is None or tok.head == tok.i:
        return False
    return any(k.dep == "mark" and k.text.lower() == "that" for k in ctx.parse.kids(tok.head))


def _names_subject(ctx: _Context, m: Mention) -> bool:
    """Whether the mention's head word is a clause's subject."""
    toks = [t for t in (ctx.parse.token_at(m.start), ctx.parse.token_at(m.end - 1)) if t is not None]
    heads = [t for t in toks if t.head < toks[0].i or t.head > toks[-1].i or t.head == t.i] if toks else []
    return any(t.dep in ("nsubj", "nsubjpass") for t in heads)


def _relative_antecedent(ctx: _Context, tok: Token) -> Token | None:
    """"met Syria's president, who thanked Doha for what he called “...”": "he" inside a
    "who" clause, with no other subject between, is the one the clause is about, whoever
    the actors stage tied the pronoun to. So is the named subject of the clause that a free
    relative "what he called" hangs on ("His Tajik counterpart thanked Georgia for what he
    called “...”")."""
    parse = ctx.parse
    if tok.text.lower() not in ("he", "she") or tok.dep != "nsubj":
        return None
    verb = parse.tokens[tok.head]
    free = verb.dep == "pcomp" and any(k.tag == "WP" for k in parse.kids(verb.i))
    for anc in _ancestors(parse, tok)[1:]:
        subjects = [k for k in parse.kids(anc.i) if k.dep in ("nsubj", "nsubjpass")]
        if anc.dep == "relcl" and any(k.text.lower() == "who" for k in subjects):
            head = parse.tokens[anc.head]
            return head if head.pos in ("NOUN", "PROPN") else None
        if subjects:
            first = subjects[0]
            named = first.pos in ("NOUN", "PROPN") and first.i < tok.i
            return first if free and named and anc.i == parse.tokens[verb.head].head else None
    return None


_JOINT_LOOKBACK = 12  # sentences: "the two ministers" may refer far back, as "the leaders" does


def _joint_persons(
    ctx: _Context, tok: Token, mention: Mention | None, rule: str, cue: str | None
) -> Speaker | None:
    """"In a joint communique, the two ministers condemned “...”": a counted plural of
    office holders ("the two ministers", "both leaders") that the actors stage resolved to
    two or more parties speaks as the person of each party the article last named before
    it, joined by "and" in the order the article named the parties (session 67's decision
    3: a quotation of several parties is all of theirs). Not when one party has no named
    person, or two parties share one."""
    if mention is None or mention.kind != "group" or len(mention.members) < 2 or tok.tag != "NNS":
        return None
    if tok.lemma.lower() not in ctx.cues.joint_person_heads:
        return None
    counted = any(
        (k.dep == "nummod" and k.lemma.lower() in ctx.cues.pair_counts)
        or (k.dep in ("det", "predet") and k.lemma.lower() == "both")
        for k in ctx.parse.kids(tok.i)
    )
    if not counted:
        return None
    lo_sent = max(0, tok.sent - _JOINT_LOOKBACK)
    people: list[Mention] = []
    for member in mention.members:
        named = [
            m for m in ctx.mentions
            if m.person and m.actor is not None and m.actor.principal == member.principal
            and m.kind in ("person", "surname") and lo_sent <= m.sentence_index and m.end <= tok.start
            and not _in_quote_span(ctx, m.start)
        ]
        if len({m.person for m in named}) > 1:
            # a party with more than one person named: the one the article gave the office
            titled = {m.person for m in ctx.mentions if tok.lemma.lower() in m.text.lower()}
            named = [m for m in named if m.person in titled]
        if not named or len({m.person for m in named}) > 1:
            return None
        people.append(named[-1])
    names = [m.person for m in people if m.person]
    if len(set(names)) != len(mention.members):
        return None
    joined = " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
    first = people[0].actor
    return Speaker(
        joined, first.principal if first else None, first.code if first else None,
        (tok.start, tok.end), cue, rule,
    )


def _earlier_body_name(ctx: _Context, tok: Token) -> str | None:
    """"the embassy", "the party": the name the article gave that body before
    ("the Chinese Embassy in Washington", "the Democratic Alliance party"),
    taken from the latest sentence naming one, its subject first."""
    found = _earlier_body(ctx, tok)
    return found[0] if found is not None else None


def _earlier_body(ctx: _Context, tok: Token, namer: _Namer | None = None) -> tuple[str, Token] | None:
    """The name and the head token of the body "the <noun>" refers back to (named by
    ``namer``, else _body_name)."""
    parse = ctx.parse
    if tok.pos != "NOUN" or not tok.text.islower():
        return None
    kids = parse.kids(tok.i)
    # "China's ministry" after "China's Ministry of Public Security": a state's own
    # possessive refers back as "its" does, to a body that state owns
    states = [k for k in kids if k.dep == "poss" and k.pos == "PROPN" and _state_word(ctx, k)]
    owner = _attached_actor(ctx, tok) if states else None
    its = [k for k in kids if k.dep == "poss" and k.text.lower() in _POSSESSIVE_PRONOUNS] + states
    if not its and not any(k.dep == "det" and k.text.lower() == "the" for k in kids):
        return None
    if any(k.dep in ("compound", "amod", "poss", "nmod") and k not in its for k in kids):
        return None
    word = tok.lemma.lower()
    if word not in ctx.cues.bodies:
        return None
    if owner is None and not its:
        return _body_after_prior(ctx, tok, word, namer)
    return _latest_body(ctx, tok, word, owner, namer)


def _body_after_prior(
    ctx: _Context, tok: Token, word: str, namer: _Namer | None = None
) -> tuple[str, Token] | None:
    """"Jakarta rejected that account. In a statement, the ministry said ...": the body of
    the state the sentence before names as its subject, when one was named, else the latest
    body of that word (_latest_body)."""
    prior = _prior_subject_state(ctx, tok)
    found = _latest_body(ctx, tok, word, prior, namer) if prior is not None else None
    return found if found is not None else _latest_body(ctx, tok, word, None, namer)


def _prior_subject_state(ctx: _Context, tok: Token) -> Mention | None:
    """The state the sentence right before names, by its name or capital alone, as the
    subject of its main verb ("Jakarta rejected that account.")."""
    parse = ctx.parse
    if tok.sent < 1 or tok.sent > len(parse.sentences):
        return None
    sent = parse.sentences[tok.sent - 1]
    for t in parse.tokens[sent.token_start : sent.token_end]:
        if t.dep != "nsubj" or parse.tokens[t.head].head != t.head:
            continue
        lo, hi = _phrase(parse, t)
        held = [
            m
            for m in ctx.holding(t.start, t.end)
            if m.actor is not None and not m.person and m.kind != "pronoun"
        ]
        if held and held[0].start <= lo and hi <= held[0].end:
            return held[0]  # the whole subject is the name ("Jakarta", not "Jakarta's envoy")
    return None


def _latest_body(
    ctx: _Context, tok: Token, word: str, owner: Mention | None, namer: _Namer | None = None
) -> tuple[str, Token] | None:
    """The latest body named "<word>" before tok (its subject first), of owner's state if
    given: the name and head token "the <word>" refers back to."""
    parse = ctx.parse
    lo_sent = max(0, tok.sent - _BODY_LOOKBACK)
    lo_tok = parse.sentences[lo_sent].token_start if parse.sentences else 0
    best: tuple[int, bool, str, Token] | None = None  # (sentence, is subject, name, head)
    for cand in parse.tokens[lo_tok : tok.i]:
        if cand.lemma.lower() != word or ctx.inside_quote(cand):
            continue
        if cand.tag == "NNS" and tok.tag == "NN":
            continue  # "the agency said" is not "aid agencies say" told before it
        if owner is not None and not _same_owner(ctx, cand, owner):
            continue
        name = (namer or _body_name)(ctx, cand) or _person_body_name(ctx, cand)
        if name is None:
            continue
        key = (cand.sent, cand.dep in ("nsubj", "nsubjpass"), name, cand)
        if best is None or key[:2] >= best[:2]:
            best = key
    return (best[2], best[3]) if best is not None else None


def _same_owner(ctx: _Context, head: Token, owner: Mention) -> bool:
    """Whether a body noun's own words tie it to the owner's state."""
    tied = _attached_actor(ctx, head)
    return (
        tied is not None
        and tied.actor is not None
        and owner.actor is not None
        and tied.actor.principal == owner.actor.principal
    )


def _person_owner(ctx: _Context, head: Token) -> Mention | None:
    """The named person whose "'s" owns a body noun ("Netanyahu's office")."""
    lo, hi = _phrase(ctx.parse, head)
    m = _mention_for(ctx, head, lo, hi)
    return m if m is not None and m.person and m.kind != "pronoun" and m.end <= head.start else None


def _person_body_name(ctx: _Context, head: Token) -> str | None:
    """"Prime Minister X's office said ... the office said": the name _person_body gives
    the body a named person owns, for "the <body>" to refer back to."""
    owner = _person_owner(ctx, head)
    if owner is None:
        return None
    lo, hi = _phrase(ctx.parse, head)
    found = _person_body(ctx, head, owner, lo, hi, "", None)
    return found.name if found is not None else None


def _first_naming(ctx: _Context, head: Token) -> str | None:
    """A body as the article named it, with its state's possessive ("Israel's Foreign
    Ministry", "China's Embassy in Wellington", "Ireland's Department of Foreign Affairs"),
    for a spokesperson written "<Body> <role>" (session 68's decision 4, "which naming");
    _body_name's name when another possessive owns it, None when no word is capitalised."""
    parse = ctx.parse
    mods = [k for k in parse.kids(head.i) if k.i < head.i and k.dep in ("compound", "amod", "nmod", "poss")]
    if any(k.dep == "poss" and not _state_word(ctx, k) for k in mods):
        return _body_name(ctx, head)
    lo = min((t.start for m in mods for t in parse.subtree(m.i) if t.i < head.i), default=head.start)
    name = _strip_determiner(ctx.article.text[lo : head.end])
    if "\n" in name or not any(w[:1].isupper() for w in name.split()):
        return None
    return _with_place(ctx, Speaker(name, None, None, None, None, ""), head.end).name


_Namer = Callable[[_Context, Token], "str | None"]


def _body_name(ctx: _Context, head: Token) -> str | None:
    """The capitalised name built on a body noun: "Chinese Embassy" (+ "in Washington"),
    or the name before a common noun ("Democratic Alliance" of "... Alliance party")."""
    parse = ctx.parse
    mods = [
        k for k in parse.kids(head.i)
        if k.i < head.i and k.dep in ("compound", "amod", "nmod", "poss") and k.text[:1].isupper()
    ]
    owned = bool(mods) and not head.text[:1].isupper() and all(_state_word(ctx, m) for m in mods)
    if not owned:
        mods = [m for m in mods if m.dep != "poss"]
    if not mods:
        # "The Office of the U.N. High Commissioner for Refugees": a capitalised body noun
        # whose name runs on through "of"/"for" + names
        if not head.text[:1].isupper() or head.pos not in ("NOUN", "PROPN"):
            return None
        run = _NAME_RUNS_ON.match(ctx.article.text, head.end)
        if run is None or "\n" in run.group():
            return None
        name = ctx.article.text[head.start : _joined_name_end(parse, head, run.end())]
        return name[:-1] if name.endswith(".") and name.split()[-1].count(".") == 1 else name
    lo = min(t.start for m in mods for t in parse.subtree(m.i) if t.i < head.i)
    if head.text[:1].isupper() or owned:
        # "the Chinese Embassy in Washington"; "China's embassy in Manila", "the Chinese
        # embassy in Canberra": a state's body by the whole phrase, not the state's word
        found = Speaker(ctx.article.text[lo : head.end], None, None, None, None, "")
        return _with_place(ctx, found, head.end).name
    hi = max(m.end for m in mods)
    return _strip_determiner(ctx.article.text[lo:hi])


def _state_word(ctx: _Context, tok: Token) -> bool:
    """The token is a state's (or IGO's) name or word ("China's", "Chinese"), no person."""
    return any(
        m.start <= tok.start and tok.end <= m.end and m.actor is not None and not m.person and m.kind != "pronoun"
        for m in ctx.mentions
    )


_NAME_RUNS_ON = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)+")
_NAME_GOES_ON = re.compile(r"\s+(?:on|of|for|in)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_NAME_FOR = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w-]*(?:(?:\s+|,\s+|,?\s+and\s+(?:the\s+)?)[A-Z][\w-]*)*")
_NAME_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")
_NAME_ON = re.compile(r"\s+on\s+[A-Z][\w-]*(?:(?:\s+|,\s+|,?\s+and\s+)[A-Z][\w-]*)*")


def _dated(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether a date or time entity lies in the text [lo, hi) ("on Monday", "on March 3")."""
    return any(e.label in ("DATE", "TIME") and e.start < hi and lo < e.end for e in ctx.parse.entities)


@lru_cache(maxsize=4)
def _place_of(particles: frozenset[str]) -> re.Pattern[str]:
    """ "in"/"of" + a capitalised name, whose words may be joined by the lower-case particles
    of place names ("the U.S. Embassy in Dar es Salaam", "in Rio de Janeiro"): a particle
    counts only between two capitalised words, so "in Kabul de facto" stops at "Kabul"."""
    joint = "|".join(sorted(re.escape(p) for p in particles))
    between = rf"\s+(?:(?:{joint})\s+)?" if joint else r"\s+"
    word = r"[A-Z][\w.'’-]*"
    return re.compile(rf"\s+(?:in|of)\s+(?:the\s+)?{word}(?:{between}{word})*")


def _with_place(ctx: _Context, found: Speaker, end: int) -> Speaker:
    """An institution's full name runs on through "in"/"of" + a name
    ("the Chinese Embassy in Washington", "the Ministry of Defense"); a body at home
    (seated_bodies, or bodies not posted_bodies) keeps no city: "Libya's Foreign Ministry in
    Tripoli" speaks as "Libya's Foreign Ministry", as the annotators give it, "the Korean
    Seafarers' Union in Busan" as "Korean Seafarers' Union"; nor does an unnamed role
    ("Taliban spokesman")."""
    m = _place_of(ctx.cues.place_particles).match(ctx.article.text, end)
    if m is None and found.name.split() and found.name.split()[-1][:1].isupper():
        # "Britain's Department for Environment, Food and Rural Affairs": a capitalised
        # body's name runs on through "for" and a list of capitalised words
        m = _NAME_FOR.match(ctx.article.text, end)
    if m is None and found.name.split() and found.name.split()[-1][:1].isupper():
        # "the U.N. Office on Drugs and Crime", "the Senate Committee on Foreign Relations":
        # a capitalised body's name runs on through "on" + capitals, a date not ("on Monday")
        m = _NAME_ON.match(ctx.article.text, end)
        if m is not None and _dated(ctx, m.start(), m.end()):
            m = None
    if m is None and any(w.lower() in ctx.cues.accredited_bodies for w in found.name.split()[-1:]):
        # "The United States mission to the OAS": a mission accredited to a body or state is
        # named by it, as an embassy by its city
        m = _NAME_TO.match(ctx.article.text, end)
    if m is None or "\n" in m.group():
        return found
    if any(found.name.lower().endswith(" " + " ".join(t)) for t in _gazetteer().head_titles):
        # "Uganda's president received Kenya's president in Kampala": where the visit was;
        # a head of state or government is named by no place
        return found
    words = found.name.lower().split()
    home_bodies = ctx.cues.seated_bodies | ctx.cues.unnamed_roles | (ctx.cues.bodies - ctx.cues.posted_bodies)
    if (
        m.group().split()[0] == "in"
        and words
        and words[-1] in home_bodies
        and not _city_names_body(ctx, found, m.end(), home_bodies)
    ):
        # "a Taliban spokesman in Kabul": a role, as a seat at home, keeps no city; nor does
        # any body not posted abroad ("the Korean Seafarers' Union in Busan"; the Chinese
        # Embassy in Washington keeps it, as do people: "opposition lawmakers in Rome")
        return found
    stop = _joined_of_end(ctx, m)
    if m.group().split()[0] == "of" and (more := _NAME_FOR.match(ctx.article.text, stop)) is not None:
        if "\n" not in more.group():
            stop = more.end()  # "the U.N. Office of the High Commissioner for Human Rights":
            # an "of" name runs on through "for" + capitals, as a body's own name does
    place = ctx.article.text[end:stop]
    if place.endswith(".") and place.split()[-1].count(".") == 1:
        place = place[:-1]  # the sentence's full stop ("... in Washington."), not "U.S."
    return dataclasses.replace(found, name=found.name + place)


def _joined_of_end(ctx: _Context, m: re.Match[str]) -> int:
    """"Somalia's Ministry of Ports and Marine Transport": an "of" name the parse joins by
    "and" through capitals only (_name_of_phrase) runs on past the "and" the place pattern
    stops at; "the Ministry of Defense and the army" stops."""
    of = ctx.parse.token_at(m.start() + len(m.group()) - len(m.group().lstrip()))
    if of is None or of.text != "of" or of.dep != "prep" or of.i == 0:
        return m.end()
    head = ctx.parse.tokens[of.head]
    if not _name_of_phrase(ctx.parse, head, of):
        return m.end()
    return max(m.end(), ctx.parse.subtree(of.i)[-1].end)


def _city_names_body(ctx: _Context, found: Speaker, end: int, home_bodies: frozenset[str]) -> bool:
    """Whether a seat at home is told by its city alone: "the health ministry in Bissau"
    names no state but through the city, so the city stays in its name (as the article gives
    it); "Libya's Foreign Ministry in Tripoli" names its state already and keeps no city, nor
    does a role ("a Taliban spokesman in Kabul") or a body of no state the city names."""
    if found.span is None or found.actor is None or found.name.lower().split()[-1] in ctx.cues.unnamed_roles:
        return False
    lo, hi = found.span
    if any(t.ent_type in ("GPE", "NORP") or t.dep == "poss" for t in ctx.parse.tokens if lo <= t.start < hi):
        return False  # a state or owner named in the phrase ("Libya's", "the Libyan")
    return any(
        m.actor is not None and m.actor.principal == found.actor and hi < m.start and m.end <= end
        for m in ctx.mentions
    )


def _interrupted_subject(ctx: _Context, tok: Token, mention: Mention) -> bool:
    """Whether a pronoun of a cue set inside a clause ("Paredes, he said, would “...”") was
    tied to that clause's own named subject: the one spoken about is not the speaker."""
    if mention.kind != "pronoun" or mention.person is None or tok.dep != "nsubj" or tok.tag != "PRP":
        return False
    cue = ctx.parse.tokens[tok.head]
    if cue.dep != "parataxis" or cue.head == cue.i:
        return False
    told = [k for k in ctx.parse.kids(cue.head) if k.dep == "nsubj" and k.i < tok.i]
    return any(
        m.person == mention.person and m.kind != "pronoun"
        for k in told
        if (m := _mention_for(ctx, k, *_phrase(ctx.parse, k))) is not None
    )


def _speaker_before_subject(ctx: _Context, tok: Token, mention: Mention) -> Mention | None:
    """For a pronoun wrongly tied to the subject of the clause its cue interrupts: the
    nearest person or title named before that subject, outside quotations, who is another
    person ("Ecuador's president wrote ... Paredes, he said, would “...”")."""
    start = min(k.start for k in ctx.parse.kids(ctx.parse.tokens[tok.head].head) if k.dep == "nsubj")
    before = [
        m for m in ctx.mentions
        if m.end <= start and m.kind in ("person", "title") and m.person != mention.person
        and not _in_quote_span(ctx, m.start)
    ]
    return max(before, key=lambda m: m.start) if before else None


def _resolved_inside_quote(ctx: _Context, mention: Mention) -> bool:
    """A pronoun the actors stage tied to a name that occurs only inside a quotation."""
    if mention.kind != "pronoun" or not mention.antecedent:
        return False
    by_id = {m.id: m for m in ctx.mentions}
    seen: set[str] = set()
    current: Mention | None = mention
    while current is not None and current.antecedent and current.antecedent not in seen:
        seen.add(current.antecedent)
        current = by_id.get(current.antecedent)
        if current is not None and _in_quote_span(ctx, current.start):
            return True
        if current is not None and current.kind != "pronoun":
            return False
    return False


def _body_spoke_in_sentence(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"KCNA called the seizure “an act of piracy” and warned ... against what it called the
    South's “provocations”": an "it" after a quotation its own sentence gave a body (no
    person) is that body, though the actors stage tied "it" to a body of the sentence
    before; None when the quotation before lies in another sentence or a person spoke it."""
    prev = ctx.previous
    if prev is None or prev.is_person or prev.span is None:
        return None
    sent = ctx.parse.sentences[tok.sent]
    if not (sent.start <= prev.span[0] and prev.span[1] <= tok.start):
        return None
    return dataclasses.replace(prev, cue=cue, rule=rule)


_SPOKE_LOOKBACK = 3  # sentences


def _body_spoke_before(
    ctx: _Context, tok: Token, mention: Mention, rule: str, cue: str | None
) -> Speaker | None:
    """"Kenya's Foreign Ministry said ... “...” ¶ “...,” it added": an "it" the actors stage
    gave a state goes on with the body of that state that spoke the quotation before,
    when no main clause since had a subject acting for that state (then "it" is that one)."""
    prev = ctx.previous
    if (
        prev is None
        or prev.is_person
        or prev.span is None
        or mention.actor is None
        or prev.actor != mention.actor.principal
        or not prev.span[1] <= tok.start
        or not ctx.parse.sentences
    ):
        return None
    since = ctx.parse.sentence_of(prev.span[0])
    if tok.sent - since > _SPOKE_LOOKBACK:
        return None
    for cand in ctx.parse.tokens[ctx.parse.sentences[since].token_start : tok.i]:
        if cand.start < prev.span[1] or cand.dep not in ("nsubj", "nsubjpass") or ctx.inside_quote(cand):
            continue
        if ctx.parse.tokens[cand.head].dep != "ROOT":
            continue  # (a reported clause's subject, "It said Kenya would ...", is no new topic)
        named = _mention_for(ctx, cand, cand.start, cand.end)
        if (
            named is not None
            and named.kind != "pronoun"
            and named.actor is not None
            and named.actor.principal == prev.actor
        ):
            return None  # "Kenya expelled ...", "Mali's junta summoned ...": "it" is that one
    return dataclasses.replace(prev, span=(tok.start, tok.end), cue=cue, rule=rule)


def _nameless_head(ctx: _Context, mention: Mention) -> Mention | None:
    """The head named by title alone ("Bhutan's prime minister") that the actors stage
    tied a later "the Bhutanese leader" to: the head speaks, by the title the article
    first gave it."""
    if not mention.antecedent:
        return None
    base = next((m for m in ctx.mentions if m.id == mention.antecedent), None)
    if (
        base is None
        or base.kind != "title"
        or base.person
        or base.actor is None
        or mention.actor is None
        or base.actor.principal != mention.actor.principal
        or _in_quote_span(ctx, base.start)
    ):
        return None
    return base


def _peer_before(
    ctx: _Context, tok: Token, mention: Mention, span: tuple[int, int], rule: str, cue: str | None
) -> Speaker | None:
    """"Benin's president received his Togolese counterpart ... The Togolese leader said":
    a state's bare leader ("leader", head_words) whom the article gave only as someone's
    counterpart, guest or host before speaks as that peer does (_possessed_peer: "Togo's
    president"), not as "Togolese leader"."""
    if mention.actor is None or (tok.lemma.lower(),) not in _gazetteer().head_words:
        return None
    parse = ctx.parse
    lo_sent = max(0, tok.sent - _VISIT_LOOKBACK)
    lo = parse.sentences[lo_sent].start if parse.sentences else 0
    for m in reversed(ctx.mentions):
        if m.start >= tok.start or m.start < lo or m.person or m.actor is None or _in_quote_span(ctx, m.start):
            continue
        if m.actor.principal != mention.actor.principal:
            continue
        last = parse.tokens[m.token_end - 1]
        if last.lemma.lower() not in ctx.cues.peers:
            continue
        return _possessed_peer(ctx, last, m, span, rule, cue)
    return None


def _antecedent_base(ctx: _Context, mention: Mention) -> Mention | None:
    """The first mention in a pronoun's antecedent chain that is not a pronoun."""
    by_id = {m.id: m for m in ctx.mentions}
    seen: set[str] = set()
    current: Mention | None = mention
    while current is not None and current.kind == "pronoun" and current.antecedent:
        if current.antecedent in seen:
            return None
        seen.add(current.antecedent)
        current = by_id.get(current.antecedent)
    return current if current is not None and current.kind != "pronoun" else None


def _joined(ctx: _Context, tok: Token) -> tuple[str, tuple[int, int]] | None:
    """"The FBI and CISA said": both names, as one speaker."""
    parse = ctx.parse
    conj = [k for k in parse.kids(tok.i) if k.dep == "conj" and k.pos == "PROPN"]
    if tok.pos != "PROPN" or not conj:
        return None
    lo = _phrase(parse, tok)[0]
    # the whole chain: "Egypt, Qatar and the United States" hangs each on the one before
    while True:
        more = [k for k in parse.kids(conj[-1].i) if k.dep == "conj" and k.pos == "PROPN"]
        if not more:
            break
        conj.append(more[-1])
    hi = max(_phrase(parse, k)[1] for k in conj)
    return _strip_determiner(ctx.article.text[lo:hi]), (lo, hi)


_ROLE_LOOKBACK = 10  # sentences
_ROLE_LOOKAHEAD = 2  # sentences


def _role_antecedent(
    ctx: _Context,
    tok: Token,
    rule: str,
    cue: str | None,
    principal: str | None = None,
    back_only: bool = False,
) -> Speaker | None:
    """"the analyst said" after "Bonnie Grant, an analyst at ...": the person the
    article gave that role (in apposition, or as a title: "Representative X" for
    "the lawmaker"); with ``principal``, only a person acting for that actor counts
    ("the Chinese minister" is not the Russian one named nearer, nor an analyst whose
    role word is the same), and only a role of the same kind ("the foreign minister"
    is not "Prime Minister X"); with ``back_only``, only a person given before it counts
    (a bare spokesperson is not the other side's spokesman named next)."""
    parse = ctx.parse
    if not parse.sentences:
        return None
    age = _age_antecedent(ctx, tok, rule, cue)
    if age is not None:
        return age
    if not any(k.dep == "det" and k.text.lower() == "the" for k in parse.kids(tok.i)):
        return None
    capital = tok.text.lower() in ctx.cues.capital_roles
    word = tok.text.lower() if capital else _role_word(parse, tok)
    hyphened = "-" in word and word.islower()
    if not capital and not hyphened and (tok.pos != "NOUN" or not tok.text.islower()):
        return None
    lemmas = ctx.cues.role_synonyms.get(word, frozenset()) | {word}
    kinds = _role_modifiers(ctx, tok) if principal is not None else frozenset()
    lo_tok = parse.sentences[max(0, tok.sent - _ROLE_LOOKBACK)].token_start
    # (a title tied to an actor is read back only: "the French minister" before the name
    # of one introduces another)
    ahead = 0 if principal is not None else _ROLE_LOOKAHEAD
    hi_sent = min(len(parse.sentences) - 1, tok.sent + ahead)
    hi_tok = parse.sentences[hi_sent].token_end
    # before it first, nearest first; then (the article names the person later) after it
    scans: list[tuple[Iterable[Token], bool]] = [(reversed(parse.tokens[lo_tok : tok.i]), True)]
    if not back_only:
        scans.append((parse.tokens[tok.i + 1 : hi_tok], False))
    # then further back, for a person the story has just named again ("Its state secretary,
    # X, said ... ¶ (ten sentences) ¶ X said ... “...,” the state secretary said")
    recent = _recently_named(ctx, tok)
    scans.append((reversed(parse.tokens[:lo_tok]), False))
    for cands, back in scans:
        far = cands is scans[-1][0]
        for cand in cands:
            if _role_word(parse, cand) not in lemmas or ctx.inside_quote(cand):
                continue
            if not kinds <= _nearby_words(parse, cand):
                continue  # "the foreign minister" is not "Prime Minister X"
            anchors = [parse.tokens[cand.head]] if cand.dep in ("appos", "compound") else []
            anchors += [k for k in parse.kids(cand.i) if k.dep == "appos"] + _of_body_appositives(ctx, cand)
            other = False
            for anchor in anchors:
                mention = _mention_for(ctx, anchor, anchor.start, anchor.end)
                if mention is not None and mention.person and (not far or mention.person in recent):
                    found = _from_mention(mention, rule, cue)
                    if found is not None and principal is not None and found.actor != principal:
                        other = True
                    elif found is not None:
                        return found
            if other:
                continue
            if back:
                # "a spokesman for the ministry said ... the spokeswoman said": that phrase
                unnamed = _unnamed_role(ctx, cand, rule, cue)
                if unnamed is not None:
                    return unnamed
            if back and _role_word(parse, cand) == word:
                # the role was last given to no one named: "the press secretary" is that
                # phrase when it said more ("The Pentagon's press secretary"), else bare
                return _fuller_description(ctx, tok, cand, rule, cue)
    return None


def _recently_named(ctx: _Context, tok: Token) -> frozenset[str]:
    """The people named (not by a pronoun) outside quotation marks in a token's sentence
    before it or in the sentence before: whom a bare role word can mean however far back
    the story gave them the role."""
    lo = ctx.parse.sentences[max(0, tok.sent - 1)].token_start
    return frozenset(
        m.person
        for m in ctx.mentions
        if m.person
        and m.kind != "pronoun"
        and lo <= m.token_start < tok.i
        and not ctx.inside_quote(ctx.parse.tokens[m.token_start])
    )


def _of_body_appositives(ctx: _Context, cand: Token) -> list[Token]:
    """"The head of the International Atomic Energy Agency, Rafael Grossi,": the parser
    hangs the name set off after a role's of-phrase on the body it names; the name is the
    role's holder, when the body is no person."""
    parse = ctx.parse
    out: list[Token] = []
    for prep in parse.kids(cand.i):
        if prep.dep != "prep" or prep.text.lower() != "of" or prep.i < cand.i:
            continue
        for obj in parse.kids(prep.i):
            body = _mention_for(ctx, obj, obj.start, obj.end) if obj.dep == "pobj" else None
            if body is not None and not body.person:
                out += [k for k in parse.kids(obj.i) if k.dep == "appos" and k.pos == "PROPN"]
    return out


def _fuller_description(
    ctx: _Context, tok: Token, cand: Token, rule: str, cue: str | None
) -> Speaker | None:
    """"The Pentagon's press secretary told reporters ... “...,” the press secretary
    said": a definite role read back speaks as the fuller phrase the article gave it
    first, with that phrase's actor, when the earlier phrase holds every word of the
    later one and ties it to a state or IGO ("a senior U.S. official" for "the
    official"); an earlier phrase tied to no actor adds nothing ("a senior official"),
    unless a common noun's possessive describes whose role it is ("The ship's agent in Dakar, who
    asked not to be named, said ... the agent said": "ship's agent in Dakar", its seat kept,
    as session 67's decision 4 resolves a later "the official" to the first description)."""
    owner = _attached_actor(ctx, cand)
    actorless = owner is None or owner.actor is None
    if actorless and not any(k.dep == "poss" and k.pos == "NOUN" for k in ctx.parse.kids(cand.i)):
        return None
    text = ctx.article.text
    lo, hi = _phrase(ctx.parse, cand)
    name = _strip_determiner(text[lo:hi])
    later = _strip_determiner(text[slice(*_phrase(ctx.parse, tok))]).lower().split()
    if not set(later) <= set(name.lower().split()) or len(name.split()) <= len(later):
        return None
    found = Speaker(name, None, None, (lo, hi), cue, rule)
    if actorless:
        return _with_place(ctx, found, hi)
    if name.split()[-1][:1].isupper():
        # "Kyrgyzstan's State Committee for National Security ... the committee said": a
        # body's proper name runs on through its phrase as when it speaks itself
        found = _with_place(ctx, found, hi)
    return _with_actor(found, owner)


def _role_modifiers(ctx: _Context, tok: Token) -> frozenset[str]:
    """The words that make a role a kind of its own ("foreign" of "the French foreign
    minister"), leaving out the capitalised words of an actor ("French", "NATO")."""
    return frozenset(
        k.text
        for k in ctx.parse.kids(tok.i)
        if k.dep in ("compound", "amod") and k.i < tok.i and k.text.isalpha() and k.text.islower()
    )


def _nearby_words(parse: Parse, cand: Token) -> frozenset[str]:
    """The words of a role's own phrase, up to three before it ("Foreign Minister")."""
    words = {t.text.lower() for t in parse.tokens[max(0, cand.i - 3) : cand.i]}
    return frozenset(words | {k.text.lower() for k in parse.kids(cand.i) if k.dep in ("compound", "amod")})


def _role_word(parse: Parse, tok: Token) -> str:
    """The role a token names, lower-cased: its lemma, or a hyphened title the parser
    split ("secretary-general" from "secretary", "-", "general")."""
    if tok.i >= 2:
        hyph, first = parse.tokens[tok.i - 1], parse.tokens[tok.i - 2]
        if hyph.text == "-" and hyph.start == first.end and tok.start == hyph.end:
            return f"{first.text}-{tok.text}".lower()
    return tok.lemma.lower()


def _title_holder(
    ctx: _Context, tok: Token, title: Mention, rule: str, cue: str | None
) -> Speaker | None:
    """"the French foreign minister said" after "Foreign Minister Jean-Noel Barrot", "the
    NATO chief said" after "Mark Rutte, the alliance's chief,": a title the actors
    stage tied to no one is the person given that role before, when they act for the
    same actor."""
    assert title.actor is not None
    found = _role_antecedent(ctx, tok, rule, cue, title.actor.principal)
    return found if found is not None and found.is_person else None


def _office_holder_before(
    ctx: _Context, tok: Token, mention: Mention | None, rule: str, cue: str | None
) -> Speaker | None:
    """"Foreign Minister X met ... “...,” the official said": a bare role the actors stage
    read as its state's group is the person of that state given the role, or one of its
    synonyms (role_synonyms: a minister is an official), before it; not when the article
    gave the role word itself before ("A senior official said ... the official said")."""
    if mention is None or mention.actor is None or mention.person or tok.text.lower() not in ctx.cues.role_synonyms:
        return None
    parse = ctx.parse
    lo_tok = parse.sentences[max(0, tok.sent - _ROLE_LOOKBACK)].token_start if parse.sentences else 0
    if any(t.lemma.lower() == tok.lemma.lower() and not ctx.inside_quote(t) for t in parse.tokens[lo_tok : tok.i]):
        return None  # "A senior official said ... the official said": that one, not a minister
    found = _role_antecedent(ctx, tok, rule, cue, mention.actor.principal, back_only=True)
    return found if found is not None and found.is_person else None


def _age_antecedent(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"the 78-year-old said", "the 52-year-old former diplomat said": the person speaking
    or named just before."""
    if ctx.cues.age_role is None:
        return None
    lo = max(0, tok.start - 48)
    if not ctx.cues.age_role.search(ctx.article.text[lo : tok.end]):
        return None
    lo = tok.start
    prev = ctx.previous
    if prev is not None and prev.is_person and prev.span is not None and prev.span[0] < tok.start:
        return dataclasses.replace(prev, cue=cue, rule=rule)
    return _nearest_person(ctx, lo, rule, cue)


_ISSUER_LOOKBACK = 6  # sentences
_CUE_SUBJECT_LOOKBACK = 2  # sentences


def _subject_before(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"The X party not only opposed the law — along with Y — it also objected":
    "it" is the subject of an earlier clause of the same sentence that names a body."""
    parse = ctx.parse
    if tok.dep not in ("nsubj", "nsubjpass"):
        return None
    sent = parse.sentences[tok.sent] if parse.sentences else None
    if sent is None:
        return None
    for cand in parse.tokens[sent.token_start : tok.i]:
        if cand.dep != "nsubj" or cand.pos not in ("NOUN", "PROPN") or ctx.inside_quote(cand):
            continue
        if cand.head == tok.head or parse.tokens[cand.head].dep not in ("ROOT", "conj", "ccomp"):
            continue
        found = _speaker_of_token(ctx, cand, tok.start, rule, cue, named_only=True)
        if found is not None and not found.is_person:
            return found
    return None


def _body_before(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"His ministry summoned the envoy for what it described as ...": an "it" that
    would go to a person (never an "it") or a bare state is the nearest body named
    before it as a subject in its sentence or the one before, when that body speaks
    for someone ("his ministry", "the embassy"), in the singular ("courts" is no "it")."""
    parse = ctx.parse
    if not parse.sentences:
        return None
    lo_tok = parse.sentences[max(0, tok.sent - 1)].token_start
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        # (a body by its proper name too: "The Turkish Foreign Ministry summoned ...")
        if cand.pos not in ("NOUN", "PROPN") or cand.lemma.lower() not in ctx.cues.bodies or ctx.inside_quote(cand):
            continue
        if cand.dep not in ("nsubj", "nsubjpass") and not _controls(parse, cand, tok):
            continue  # a subject only: not "Denmark closed its embassy, and it called ..."
        if cand.tag in ("NNS", "NNPS"):
            continue  # "after Emirati courts reviewed the request. It said": no "it"
        found = _speaker_of_token(ctx, cand, tok.start, rule, cue, named_only=True)
        return found if found is not None and not found.is_person else None
    return None


def _state_subject_over(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """The state named as the nearest subject before an "it" in its own sentence, whose
    clause holds the "it" ("Peru also summoned Bolivia's envoy to protest what it called"),
    or its capital ("Santiago rejected what it called"): that state speaks, not a body
    named in a sentence before."""
    lo_tok = ctx.parse.sentences[tok.sent].token_start
    for cand in reversed(ctx.parse.tokens[lo_tok : tok.i]):
        if cand.dep not in ("nsubj", "nsubjpass") or ctx.inside_quote(cand):
            continue
        named = ctx.holding(cand.start, cand.end)
        if cand.pos != "PROPN" or not named or named[0].actor is None:
            return None
        if (named[0].actor.role or named[0].kind != "name") and not (
            _is_capital(named[0]) and not _said_of(ctx, named[0])
        ):
            # a capital stands for its state ("Santiago rejected what it called"), not one
            # a speaker reports on ("KCNA warned that Pyongyang would act against what it
            # called")
            return None
        if not any(t.i == tok.i for t in ctx.parse.subtree(cand.head)):
            return None
        return _speaker_of_token(ctx, cand, tok.start, rule, cue, named_only=True)
    return None


def _it_of_body_clause(ctx: _Context, tok: Token) -> bool:
    """"Cuba's Foreign Ministry thanked Jamaica for what it called a “dignified”
    response": an "it" inside the clause of its own sentence's body subject, with no
    other singular subject named between, is that body, whatever state the actors
    stage tied the "it" to across sentences."""
    parse = ctx.parse
    lo_tok = parse.sentences[tok.sent].token_start
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.dep not in ("nsubj", "nsubjpass") or ctx.inside_quote(cand):
            continue
        if cand.pos not in ("NOUN", "PROPN") or cand.lemma.lower() not in ctx.cues.bodies:
            if cand.pos == "PRON" or cand.tag in ("NNS", "NNPS"):
                continue  # "that it had revoked", "because the officials had": no rival
            return False  # "the ministry said Chile had done what it called": Chile's word
        return any(t.i == tok.i for t in parse.subtree(cand.head))
    return False


def _controls(parse: Parse, obj: Token, tok: Token) -> bool:
    """"He ordered his ministry to summon the envoy over what it described as": an
    object whose verb's to-infinitive holds ``tok`` is that infinitive's subject."""
    if obj.dep != "dobj":
        return False
    return any(
        kid.dep == "xcomp" and kid.i > obj.i and any(t.i == tok.i for t in parse.subtree(kid.i))
        for kid in parse.kids(obj.head)
    )


def _text_name(ctx: _Context, tok: Token) -> str | None:
    """The name of an agreement or a law: "a law called the X Act" -> "X Act"; "the
    2004 agreement" -> the name the article gave before ("the Igaliku Agreement")."""
    parse = ctx.parse
    for kid in parse.kids(tok.i):
        if kid.dep == "acl" and kid.lemma.lower() in ctx.cues.naming_verbs:
            for obj in parse.kids(kid.i):
                if obj.dep in ("oprd", "attr", "dobj", "xcomp", "npadvmod") and obj.i > kid.i:
                    sub = parse.subtree(obj.i)
                    end = sub[-1].end
                    more = _NAME_GOES_ON.match(ctx.article.text, end)
                    if more is not None and "\n" not in more.group():
                        end = more.end()
                    return _strip_determiner(ctx.article.text[sub[0].start : end])
    lemma = tok.lemma.lower()
    lo_sent = max(0, tok.sent - 3 * _BODY_LOOKBACK)
    lo_tok = parse.sentences[lo_sent].token_start if parse.sentences else 0
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.pos == "PROPN" and cand.text[:1].isupper() and cand.text.lower() == lemma:
            lo, hi = _phrase(parse, cand)
            name = _strip_determiner(ctx.article.text[lo:hi])
            if len(name.split()) > 1:
                return name
    if _is_joint(ctx, tok):
        return _joint_name(ctx, tok)
    return None


def _is_joint(ctx: _Context, tok: Token) -> bool:
    """"a joint statement", "a joint communique": a document of several issuers together."""
    return any(k.dep == "amod" and k.text.lower() in ctx.cues.joint_words for k in ctx.parse.kids(tok.i))


def _earlier_joint(ctx: _Context, tok: Token) -> Token | None:
    """The joint document a definite "the statement" refers back to: the latest document of
    its word before it (within _ISSUER_LOOKBACK sentences), when that one was joint."""
    parse = ctx.parse
    if not any(k.dep == "det" and k.text.lower() == "the" for k in parse.kids(tok.i)):
        return None
    lo_sent = max(0, tok.sent - _ISSUER_LOOKBACK)
    lo_tok = parse.sentences[lo_sent].token_start if parse.sentences else 0
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.lemma.lower() == tok.lemma.lower() and cand.pos == "NOUN" and not ctx.inside_quote(cand):
            return cand if _is_joint(ctx, cand) else None
    return None


def _joint_name(ctx: _Context, tok: Token) -> str:
    """"a joint statement": the document itself, from its adjectives to its head."""
    kids = [k for k in ctx.parse.kids(tok.i) if k.i < tok.i and k.dep in ("amod", "compound")]
    lo = min([k.start for k in kids] + [tok.start])
    return ctx.article.text[lo : tok.end]


def _issuer(
    ctx: _Context, doc: Token, rule: str, cue: str | None, unnamed: bool = False
) -> Speaker | None:
    """Who issued a document, from its own phrase: "Trump's executive order", "an
    order signed by X", "the administration launched a strategy"; with ``unnamed``,
    also signers the article does not name ("a letter signed by 40 senators")."""
    parse = ctx.parse
    for kid in parse.kids(doc.i):
        if kid.dep == "poss":
            found = _speaker_of_token(ctx, kid, doc.start, rule, cue, named_only=True)
            if found is not None:
                return found
        if kid.dep == "acl" and kid.lemma.lower() not in ctx.cues.reading_verbs:
            # ("a report seen by The Associated Press": the agent read it, not wrote it)
            for agent in parse.kids(kid.i):
                if agent.dep in ctx.cues.agent_deps:
                    for obj in parse.kids(agent.i):
                        if obj.dep == "pobj":
                            found = _speaker_of_token(ctx, obj, doc.start, rule, cue, named_only=True)
                            if found is not None:
                                return found
                            if unnamed and obj.tag == "NNS" and not ctx.inside_quote(obj):
                                # "a letter signed by 40 senators": the signers, unnamed
                                lo, hi = _phrase(parse, obj)
                                name = _strip_determiner(ctx.article.text[lo:hi])
                                return Speaker(name, None, None, (lo, hi), cue, rule, is_person=False)
    # "A statement from the European Commission said ... ¶ “...,” the statement said"
    found = _phrase_author(ctx, doc, doc.start, rule, cue, ("from", "by"))
    if found is not None:
        return found
    head = parse.tokens[doc.head]
    if doc.dep in ("dobj", "obj") and head.lemma.lower() in ctx.cues.issuing_verbs:
        subj = _subject(ctx, head)
        if subj is not None:
            return _speaker_of_token(ctx, subj, doc.start, rule, cue, named_only=True)
    if doc.dep == "pobj" and head.text.lower() == "in" and head.head != head.i:
        # "the watchdog said in a confidential report": who said it in the document
        verb = parse.tokens[head.head]
        # "made the request in a letter", "set out its terms in a note": whoever acted in
        # the document wrote it ("quoted in a report", "read in the letter" did not)
        if (
            verb.pos in ("VERB", "AUX")
            and verb.lemma.lower() not in ctx.cues.reading_verbs
            and verb.lemma.lower() not in ctx.cues.citing_verbs
        ) and not ctx.inside_quote(verb):
            subj = _subject(ctx, verb)
            if subj is not None and subj.i != doc.i:
                return _speaker_of_token(ctx, subj, doc.start, rule, cue, named_only=True)
    return None


def _earlier_issuer(
    ctx: _Context, tok: Token, rule: str, cue: str | None, lemma: str | None = None
) -> Speaker | None:
    """"the order stated", "according to the statement": the issuer named with the
    latest document before it (this sentence or the few before); with ``lemma``, the
    latest text of that kind ("adopted a resolution ... The resolution demands")."""
    parse = ctx.parse
    lo_sent = max(0, tok.sent - _ISSUER_LOOKBACK)
    lo_tok = parse.sentences[lo_sent].token_start if parse.sentences else 0
    kinds = ctx.cues.documents if lemma is None else frozenset({lemma})
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.lemma.lower() not in kinds or cand.pos != "NOUN" or ctx.inside_quote(cand):
            continue
        found = _issuer(ctx, cand, rule, cue, unnamed=cand.lemma.lower() == tok.lemma.lower())
        if found is not None:
            return found
    return None


def _voting_body(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"The Dutch parliament voted to ... ¶ The motion, passed by 94 votes to 41, calls
    for “...”": a text no phrase gives an issuer speaks for the body that voted in the
    sentences just before (the latest subject of a voting verb that is a state's body)."""
    parse = ctx.parse
    lo_tok = parse.sentences[max(0, tok.sent - _ISSUER_LOOKBACK)].token_start if parse.sentences else 0
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.lemma.lower() not in ctx.cues.voting_verbs or cand.pos != "VERB" or ctx.inside_quote(cand):
            continue
        subj = _subject(ctx, cand)
        if subj is None:
            continue
        found = _speaker_of_token(ctx, subj, tok.start, rule, cue, named_only=True)
        if found is not None and found.actor is not None and not found.is_person:
            return found
    return None


def _cue_subject_before(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"U.S. agencies have long warned ... ¶ ..., according to an advisory": the
    latest subject of a cue verb in the sentences just before."""
    parse = ctx.parse
    lo_sent = max(0, tok.sent - _CUE_SUBJECT_LOOKBACK)
    lo_tok = parse.sentences[lo_sent].token_start if parse.sentences else 0
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.dep != "nsubj" or ctx.inside_quote(cand) or cand.sent == tok.sent:
            continue
        verb = parse.tokens[cand.head]
        if not _is_cue(ctx, verb) or verb.dep not in ("ROOT", "conj"):
            continue
        found = _speaker_of_token(ctx, cand, tok.start, rule, cue, named_only=True)
        if found is not None and not _spoken_about(ctx, tok, found):
            return found
    return None


def _spoken_about(ctx: _Context, tok: Token, found: Speaker) -> bool:
    """"“Ms. Traore will leave the post,” the decree said": a person the document's own
    quotation names (the subject of the quoted clause) is who it speaks about, not its
    issuer."""
    if not found.is_person or not ctx.parse.sentences:
        return False
    last = found.name.split()[-1].lower() if found.name.split() else ""
    sent = ctx.parse.sentences[tok.sent]
    lo, hi = ctx.parse.tokens[sent.token_start].start, ctx.parse.tokens[sent.token_end - 1].end
    return any(
        last in (w.lower() for w in re.findall(r"[\w'’-]+", ctx.article.text[q_lo:q_hi]))
        for q_lo, q_hi in ctx.quoted
        if q_lo < hi and lo < q_hi
    )


def _document_author(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"An editorial in the Chosun Ilbo said": the paper; "the statement said": its issuer."""
    parse = ctx.parse
    joint = tok if _is_joint(ctx, tok) else _earlier_joint(ctx, tok)
    if joint is not None:
        # ("... said in a joint statement. ¶ The statement said": the joint one again)
        name = _joint_name(ctx, joint)
        return Speaker(name, None, None, (tok.start, tok.end), cue, rule, is_person=False)
    names = [k for k in parse.kids(tok.i) if k.dep == "compound" and k.pos == "PROPN"]
    if names:
        lo = min(t.start for t in parse.subtree(names[0].i))
        hi = names[-1].end
        mention = _mention_for(ctx, names[-1], lo, hi)
        found = _from_mention(mention, rule, cue) if mention is not None else None
        return found or Speaker(
            ctx.article.text[lo:hi], None, None, (lo, hi), cue, rule, is_person=False
        )
    found = _phrase_author(ctx, tok, tok.start, rule, cue, ("in", "by", "from", "of"))
    if found is not None:
        return found
    head = parse.tokens[tok.head]
    if tok.dep in ("dobj", "obj") and head.lemma.lower() in ctx.cues.reading_verbs:
        # "Estonia received a note from Russia that called ...": the sender, not the reader
        for kid in parse.kids(head.i):
            if kid.dep == "prep" and kid.text.lower() == "from":
                for obj in parse.kids(kid.i):
                    found = _speaker_of_token(ctx, obj, tok.start, rule, cue, named_only=True)
                    if obj.dep == "pobj" and found is not None:
                        return found
    if _seen_copy(ctx, tok):
        lo, hi = _phrase(parse, tok)
        return Speaker(_strip_determiner(ctx.article.text[lo:hi]), None, None, (lo, hi), cue, rule, is_person=False)
    found = _issuer(ctx, tok, rule, cue, unnamed=True) or _earlier_issuer(ctx, tok, rule, cue)
    if found is None and tok.lemma.lower() != "post":
        found = _cue_subject_before(ctx, tok, rule, cue)
    if found is not None:
        return found
    if ctx.previous is not None:
        return dataclasses.replace(ctx.previous, cue=cue, rule=rule)
    near = _nearest_actor(ctx, tok.start, rule, cue, subjects=True)
    if near is not None:
        return near
    lo, hi = _phrase(parse, tok)
    name = _strip_determiner(ctx.article.text[lo:hi])
    return Speaker(name, None, None, (lo, hi), cue, rule, is_person=False)


def _seen_copy(ctx: _Context, doc: Token) -> bool:
    """"A government document seen by Reuters said": a paper the press saw, named by no
    issuer, speaks as itself, not as whoever spoke last."""
    parse = ctx.parse
    return any(k.dep == "det" and k.text.lower() in ctx.cues.indefinites for k in parse.kids(doc.i)) and any(
        k.dep == "acl" and k.lemma.lower() in ctx.cues.seen_verbs and any(a.dep in ctx.cues.agent_deps for a in parse.kids(k.i))
        for k in parse.kids(doc.i)
    )


def _phrase_author(
    ctx: _Context, doc: Token, at: int, rule: str, cue: str | None, preps: tuple[str, ...]
) -> Speaker | None:
    """"a statement from the European Commission", "an editorial in the Hankyoreh
    newspaper": the author a document's own prepositional phrase names."""
    parse = ctx.parse
    for kid in parse.kids(doc.i):
        if kid.dep == "prep" and kid.text.lower() in preps:
            for obj in parse.kids(kid.i):
                if obj.ent_type in ("DATE", "TIME"):
                    continue  # "its statement in December": a time, no author
                if obj.dep == "pobj" and obj.lemma.lower() in ctx.cues.body_seats:
                    # "a statement from its Geneva headquarters": the seat is where the body
                    # spoke from; its owner speaks, by the name the owner is given
                    seat_owner = next((k for k in parse.kids(obj.i) if k.dep == "poss"), None)
                    if seat_owner is not None:
                        found = _speaker_of_token(ctx, seat_owner, at, rule, cue, named_only=True)
                        if found is not None:
                            return found
                named = obj.pos == "PROPN" or _mention_for(ctx, obj, obj.start, obj.end) is not None
                if obj.dep == "pobj" and (named or any(k.dep == "appos" for k in parse.kids(obj.i))):
                    # ("a statement from the Commission chairperson, Moussa Faki Mahamat")
                    found = _speaker_of_token(ctx, obj, at, rule, cue, named_only=True)
                    if found is not None:
                        return found
                owners = [k for k in parse.kids(obj.i) if k.dep == "poss"] if obj.dep == "pobj" and obj.pos == "NOUN" else []
                for owner in owners:
                    # "a statement from Zelenskyy's office": the office's owner
                    found = _speaker_of_token(ctx, owner, at, rule, cue, named_only=True)
                    if found is not None and owner.pos != "PROPN":
                        # "a statement from the prime minister's office": an owner named by
                        # title only leaves the office speaking, as the open sets name it
                        lo, hi = _phrase(parse, obj)
                        office = _strip_determiner(ctx.article.text[lo:hi])
                        return dataclasses.replace(found, name=office, span=(lo, hi), is_person=False)
                    if found is not None:
                        return found
                if obj.dep == "pobj" and obj.pos == "NOUN":
                    # "an editorial in the Hankyoreh newspaper": the paper's name
                    paper = _body_name(ctx, obj)
                    if paper is not None:
                        return Speaker(paper, None, None, (obj.start, obj.end), cue, rule, is_person=False)
    return None


def _display_holder(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"Protesters carried a banner reading “...”", "placards held by students": who
    carried the thing speaks, named or not."""
    parse = ctx.parse
    holder: Token | None = None
    head = parse.tokens[tok.head]
    if tok.dep in ("dobj", "obj") and head.pos in ("VERB", "AUX"):
        holder = _subject(ctx, head)
    if holder is None:
        for kid in parse.kids(tok.i):
            if kid.dep == "acl":
                agents = [o for a in parse.kids(kid.i) if a.dep in ctx.cues.agent_deps for o in parse.kids(a.i)]
                holder = next((o for o in agents if o.dep == "pobj"), None)
                if holder is not None:
                    break
    if holder is None and tok.sent > 0:
        # "Students filled the square. “...,” read one sign.": the people just named
        prev = parse.sentences[tok.sent - 1]
        for cand in parse.tokens[prev.token_start : prev.token_end]:
            head = parse.tokens[cand.head]
            if cand.dep == "nsubj" and (head.dep == "ROOT" or head.head == head.i) and not ctx.inside_quote(cand):
                if cand.tag == "NNS" or _is_person(ctx, cand):
                    holder = cand
                break
    if holder is None or ctx.inside_quote(holder):
        return None
    found = _speaker_of_token(ctx, holder, tok.start, rule, cue)
    if found is not None:
        return found
    lo, hi = _phrase(parse, holder)
    return Speaker(_strip_determiner(ctx.article.text[lo:hi]), None, None, (lo, hi), cue, rule, is_person=False)


def _strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    return " ".join(words).strip(" ,")


def _from_mention(m: Mention, rule: str, cue: str | None) -> Speaker | None:
    actor = m.actor.principal if m.actor else None
    code = m.actor.code if m.actor else None
    if m.person:
        return Speaker(m.person, actor, code, (m.start, m.end), cue, rule)
    if m.actor is None:
        return None
    if m.kind == "pronoun" or (m.kind == "name" and _abbreviated_state(m)):
        name = m.actor.name or m.actor.principal  # "U.S." speaks as the United States
    else:
        name = _strip_determiner(m.text) or m.actor.name
    return Speaker(name, actor, code, (m.start, m.end), cue, rule, is_person=False)


def _abbreviated_state(m: Mention) -> bool:
    """A state named by a dotted abbreviation ("U.S.", "U.K."), not an IGO's acronym."""
    return (
        m.actor is not None
        and not m.actor.role
        and "." in m.text
        and m.text.replace(".", "").isupper()
        and bool(m.actor.name)
        and m.actor.name != m.actor.principal
    )


# a verb's clause the sentence reports ("X said he had called her"): its subject is no speaker
_REPORTED_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl"})


def _person_gender(ctx: _Context, person: str, skip: Mention | None = None) -> str | None:
    """A person's gender as the article shows it by a title word just before or in a
    name ("Foreign Minister Mrs. X", "spokeswoman X"), else by a given name used for
    one gender only (gender.yaml, as the actors stage reads it); a gender guessed from the
    name's ending yields to the article's own "he"/"she" for the person (other than
    ``skip``, the pronoun being read, which shows nothing of the person it is given)."""
    toks = ctx.parse.tokens
    for m in ctx.mentions:
        if m.person != person or m.kind == "pronoun":
            continue
        for k in range(max(m.token_start - 3, 0), min(m.token_end, len(toks))):
            found = gender_of_word(toks[k].text.lower().rstrip("."), "titles")
            if found is not None:
                return found
    words = person.split()
    if len(words) < 2:
        return None
    found = gender_of_word(words[0].lower(), "first_names")
    if found is not None and gender_guessed(words[0].lower()):
        # the actors stage gave the person a "he said" against the ending's guess only where
        # the article itself shows it ("Dilnoza X ... said ... “...,” he said"); a "he" in the
        # person's own sentence or quotation may be another ("X, whose husband ..., said he")
        speech = speech_verbs()
        shown = {
            gender_of_word(m.text.lower(), "pronouns")
            for m in ctx.mentions
            if m.person == person
            and m.kind == "pronoun"
            and m is not skip
            and m.text.lower() in ("he", "she")
            and not ctx.inside_quote(toks[m.token_start])
            and toks[m.token_start].dep == "nsubj"
            and toks[toks[m.token_start].head].lemma.lower() in speech
            and toks[toks[m.token_start].head].dep not in _REPORTED_CLAUSES
        }
        if len(shown) == 1:
            return shown.pop()
    return found


def _gender_fit(ctx: _Context, pronoun: Mention) -> Mention:
    """""..., said Ayse Demir ... Kemal Aksoy ... She urged": a "she" the actors stage
    gave a person the article shows nothing of, or shows to be a man, is the nearest
    woman named before in its paragraph or the one before, outside quotations (and
    "he" likewise). Kept when the pronoun's person spoke the quotation before ("“...,”
    Rossi said. “...,” she said") or no one of its gender is named."""
    want = gender_of_word(pronoun.text.lower(), "pronouns")
    person = pronoun.person
    if want is None or person is None or _person_gender(ctx, person, pronoun) == want:
        return pronoun
    if ctx.previous is not None and ctx.previous.is_person and ctx.previous.name == person:
        return pronoun
    floor = _previous_paragraph_start(ctx.article.text, pronoun.start)
    unknown = _person_gender(ctx, person, pronoun) is None
    if unknown and any(
        m.person == person and m.kind != "pronoun" and m.sentence_index == pronoun.sentence_index
        and m.end <= pronoun.start and _is_main_subject(ctx.parse, m.token_start, m.token_end)
        for m in ctx.mentions
    ):
        return pronoun  # "Lukas thanked his host for what he called": its own sentence's subject
    fitting = [
        m for m in ctx.mentions
        if m.person and m.person != person and m.kind != "pronoun"
        and floor <= m.start and m.end <= pronoun.start
        and not _in_quote_span(ctx, m.start)
        and _person_gender(ctx, m.person) == want
        # (over a person the article shows nothing of, only one who acts: not "a law
        # passed under Vladimir Putin")
        and (not unknown or _is_main_subject(ctx.parse, m.token_start, m.token_end))
    ]
    if fitting:
        return max(fitting, key=lambda m: m.start)
    if unknown or ctx.previous is None or not ctx.previous.is_person:
        return pronoun
    # "“...,” Castellvi said ... “...,” she said", the actors stage having given "she" a man
    # named before: the quotation before's speaker, named in this paragraph or the one
    # before, when nothing shows the other gender
    last = ctx.previous.name.split()[-1]
    if _person_gender(ctx, ctx.previous.name) not in (None, want) or not re.search(
        r"\b" + re.escape(last) + r"\b", ctx.article.text[floor : pronoun.start]
    ):
        return pronoun
    return dataclasses.replace(pronoun, person=ctx.previous.name)


def _narrative_sentence_before(ctx: _Context, pronoun: Mention, before: int) -> Sentence | None:
    """The sentence just before a pronoun's quotation, when it is in the same paragraph or the
    one before (not the headline) and no person is named between it and the pronoun ("Qadir
    thanked Tokyo for what he described as": a nearer name): the sentence whose subject a
    wire's next "he"/"she" continues."""
    parse = ctx.parse
    if not parse.sentences:
        return None
    k = parse.sentence_of(min(pronoun.start, before)) - 1
    if k < 0:
        return None
    sent = parse.sentences[k]
    text = ctx.article.text
    if sent.start < _previous_paragraph_start(text, pronoun.start) or "\n" not in text[: sent.start]:
        return None  # (too far back, or the headline)
    if any(
        m.person and m.kind != "pronoun" and sent.end <= m.start and m.end <= pronoun.start
        and not _in_quote_span(ctx, m.start)
        for m in ctx.mentions
    ):
        return None
    return sent


def _centre_subject(ctx: _Context, pronoun: Mention, before: int) -> Mention | None:
    """"Park said he had spoken with Tanaka by phone. “...,” he said": the one person
    who is the main subject of the narrative sentence just before the quotation, when
    nothing shows that person to be of the other gender: a wire's next "he"/"she"
    continues the last sentence's subject (an object or a by-phrase name does not),
    before any nearer person merely known to be of the pronoun's gender."""
    parse = ctx.parse
    want = gender_of_word(pronoun.text.lower(), "pronouns")
    if want is None or pronoun.person is None:
        return None
    sent = _narrative_sentence_before(ctx, pronoun, before)
    if sent is None:
        return None
    subjects = [
        m for m in ctx.mentions
        if m.person and sent.start <= m.start and m.end <= sent.end
        and not _in_quote_span(ctx, m.start)
        and _is_main_subject(parse, m.token_start, m.token_end)
    ]
    if not subjects:
        # "A refugee from Tavush, Anahit Grigoryan, said": a role named in apposition
        subjects = [
            named for tok in parse.tokens[sent.token_start : sent.token_end]
            if tok.dep == "nsubj" and tok.pos == "NOUN" and parse.tokens[tok.head].dep == "ROOT"
            for named in (_appositive_person(ctx, tok) or _comma_set_name(ctx, tok),) if named is not None
        ]
    if not subjects:
        # "Asante-Boateng said ...": a surname the actors stage did not read, of the one
        # person named before in full
        subjects = [
            named for tok in parse.tokens[sent.token_start : sent.token_end]
            if tok.dep == "nsubj" and tok.pos == "PROPN" and parse.tokens[tok.head].dep == "ROOT"
            and _mention_for(ctx, tok, tok.start, tok.end) is None
            for named in (_earlier_person(ctx, tok),) if named is not None
        ]
    people = {m.person for m in subjects}
    if len(people) != 1:
        return None
    chosen = subjects[0]
    if chosen.person is None or _person_gender(ctx, chosen.person) not in (None, want):
        return None
    if _person_gender(ctx, chosen.person) is None and any(
        m.person and m.person != chosen.person and m.kind != "pronoun"
        and sent.start <= m.start and m.end <= sent.end and not _in_quote_span(ctx, m.start)
        and _in_apposition(parse, m.token_start, m.token_end)
        and _person_gender(ctx, m.person) == want
        for m in ctx.mentions
    ):
        # "Ferri met his Croatian counterpart, Ivana Horvat. “...,” she said": a person the
        # sentence introduces in apposition, shown to fit, over a subject shown nothing of
        return None
    if _later_subject(ctx, sent, chosen):
        return None
    return chosen


def _peer_subject_before(
    ctx: _Context, pronoun: Mention, before: int, rule: str, cue: str | None
) -> Speaker | None:
    """"Ruiz had asked her Italian counterpart to ... Her counterpart confirmed it. “...,” he
    said": when the main subject of the sentence just before the quotation is a peer owned
    by "his"/"her" ("Her counterpart"), the wire's next "he"/"she" continues that peer (as
    _centre_subject continues a named subject), not the peer's owner the actors stage tied
    the pronoun to. The peer speaks as _possessed_peer names it: its own mention when it has
    a state ("His Italian counterpart"), else the latest earlier peer of another state than
    its owner's ("her Italian counterpart"). Nothing when a person is named in between."""
    parse = ctx.parse
    if gender_of_word(pronoun.text.lower(), "pronouns") is None:
        return None
    sent = _narrative_sentence_before(ctx, pronoun, before)
    if sent is None:
        return None
    for tok in parse.tokens[sent.token_start : sent.token_end]:
        if (
            tok.dep != "nsubj" or tok.pos != "NOUN" or parse.tokens[tok.head].dep != "ROOT"
            or tok.lemma.lower() not in ctx.cues.peers or _in_quote_span(ctx, tok.start)
        ):
            continue
        owner = next(
            (k2 for k2 in parse.kids(tok.i) if k2.dep == "poss" and k2.text.lower() in _PERSON_POSSESSIVES), None
        )
        if owner is None:
            return None
        span = _phrase(parse, tok)
        own = _mention_for(ctx, tok, *span)
        if own is not None and own.actor is not None and not own.person and own.kind != "pronoun":
            return _possessed_peer(ctx, tok, own, span, rule, cue)
        of_owner = _mention_for(ctx, owner, owner.start, owner.end)
        if of_owner is None or of_owner.actor is None:
            return None
        lo = parse.sentences[max(0, parse.sentence_of(sent.start) - _PEER_LOOKBACK)].start
        for m in reversed(ctx.mentions):
            if m.start >= sent.start or m.start < lo or m.person or m.actor is None or _in_quote_span(ctx, m.start):
                continue
            last = parse.tokens[m.token_end - 1]
            # ("her Kuwaiti counterpart": the parser may hang "her" on the adjective)
            owned = ctx.article.text[max(0, m.start - 4) : m.start].strip().lower() in _PERSON_POSSESSIVES
            if last.lemma.lower() in ctx.cues.peers and owned and m.actor.principal != of_owner.actor.principal:
                return _peer_speaker(ctx, last, m, span, rule, cue)
        return None
    return None


def _later_subject(ctx: _Context, sent: Sentence, chosen: Mention) -> bool:
    """"The president-elect has not commented, but his son, X, criticized it": a main
    clause after the chosen subject's with another person as its subject."""
    parse = ctx.parse
    for tok in parse.tokens[chosen.token_end : sent.token_end]:
        head = parse.tokens[tok.head]
        if tok.dep != "nsubj" or head.dep != "conj" or not _is_main_verb(parse, head):
            continue
        if any(
            m.person and m.person != chosen.person and m.kind != "pronoun"
            and any(m.start <= t.start and t.end <= m.end for t in parse.subtree(tok.i))
            for m in ctx.mentions
        ):
            return True
    return False


def _earlier_person(ctx: _Context, tok: Token) -> Mention | None:
    """The person mention of the one earlier full name a lone name stands for."""
    lo, hi = _phrase(ctx.parse, tok)
    full = _earlier_full_name(ctx, ctx.article.text[lo:hi], lo)
    if full is None:
        return None
    return next((m for m in ctx.mentions if m.person == full[0] and m.kind != "pronoun" and m.start < lo), None)


def _other_gender(ctx: _Context, found: Speaker, pronoun: str) -> bool:
    """The person found is shown to be of the other gender than the pronoun asks
    ("The agency's chief, Omar Haddad, ... she said" is not Haddad)."""
    want = gender_of_word(pronoun, "pronouns")
    has = _person_gender(ctx, found.name) if found.is_person else None
    return want is not None and has is not None and has != want


_UNNAMED_LOOKBACK = 2  # sentences


def _reported_subject(ctx: _Context, tok: Token) -> bool:
    """"A spokesman said the ambassador had ...": the subject of a clause a cue verb
    reports is spoken about, not who "he" after it is."""
    parse = ctx.parse
    verb = parse.tokens[tok.head]
    return verb.dep == "ccomp" and verb.head != verb.i and _is_cue(ctx, parse.tokens[verb.head])


def _reported_mention(ctx: _Context, m: Mention) -> bool:
    """"A spokesman said Foreign Minister X met Y": a name inside the clause a cue verb
    reports is spoken about; "he said" after it is still the reporter."""
    parse = ctx.parse
    span = range(m.token_start, min(m.token_end, len(parse.tokens)))
    heads = [parse.tokens[i] for i in span if parse.tokens[i].head not in span or parse.tokens[i].head == i]
    if not heads:
        return False
    for anc in [heads[0], *_ancestors(parse, heads[0])]:
        if anc.dep == "ccomp" and anc.head != anc.i and _is_cue(ctx, parse.tokens[anc.head]):
            return True
    return False


_ROLE_REACH = 4  # tokens either side of a name


def _given_role(ctx: _Context, person: str, role: Token) -> bool:
    """The article gave ``person`` the role word of ``role`` next to a name of theirs
    ("spokeswoman Maria X", "X, a spokeswoman"), outside quotations."""
    parse = ctx.parse
    word = role.lemma.lower()
    for m in ctx.mentions:
        if m.person != person or m.kind == "pronoun" or m.start >= role.start or _in_quote_span(ctx, m.start):
            continue
        if any(parse.tokens[i].dep == "poss" for i in range(m.token_start, min(m.token_end, len(parse.tokens)))):
            continue  # ("Zelensky's spokeswoman" is another's role)
        lo, hi = max(0, m.token_start - _ROLE_REACH), min(len(parse.tokens), m.token_end + _ROLE_REACH)
        if any(t.lemma.lower() == word and t.i != role.i and not ctx.inside_quote(t) for t in parse.tokens[lo:hi]):
            return True
    return False


def _subjects_back(ctx: _Context, sent: int, hi: int) -> Iterator[Token]:
    """Subjects outside quotations that are not persons, nearest first, from token ``hi``
    back through the _UNNAMED_LOOKBACK sentences before sentence ``sent``: where an
    unnamed role that speaks is looked for."""
    lo = ctx.parse.sentences[max(0, sent - _UNNAMED_LOOKBACK)].token_start
    for tok in reversed(ctx.parse.tokens[lo:hi]):
        if tok.dep in ("nsubj", "nsubjpass") and not ctx.inside_quote(tok):
            # "was welcomed by Fiji's prime minister, who said ...": a relative "who" stands
            # for the noun its clause hangs on, when the pronoun is past the clause ("who
            # thanked Doha for what he called" holds its own "he": read as it stands)
            if max(t.i for t in ctx.parse.subtree(tok.head)) < hi:
                tok = _speaking_relative_noun(ctx, tok) or tok
            if not _is_person(ctx, tok):
                yield tok


def _speaking_relative_noun(ctx: _Context, tok: Token) -> Token | None:
    """The noun a relative "who" subject of a speech verb stands for (the head of its relcl
    verb); not a noun set in apposition to a name ("Nadia X, an activist who said" is X)."""
    verb = ctx.parse.tokens[tok.head]
    if tok.tag != "WP" or verb.dep != "relcl" or verb.head == verb.i or not _is_cue(ctx, verb):
        return None
    noun = ctx.parse.tokens[verb.head]
    return None if noun.dep == "appos" else noun


def _unnamed_subject_before(
    ctx: _Context, before: int, pronoun: str, floor: int, rule: str, cue: str | None
) -> Speaker | None:
    """"A spokeswoman for the European Commission said ... “...,” she said", "Niger's
    junta leader spoke ... He said:", "a cousin of the jailed sailor said ... “...,” she
    said": an unnamed role, person or kin noun that is the subject
    of a sentence after ``floor`` (where the nearest named person was) is what
    "he"/"she" stands for, when its word fits the pronoun's gender."""
    parse = ctx.parse
    gender = gender_of_word(pronoun, "pronouns")
    if gender is None or not parse.sentences:
        return None
    at = parse.token_at(before)
    hi = at.i if at is not None else len(parse.tokens)
    for tok in _subjects_back(ctx, parse.sentence_of(before), hi):
        if tok.start <= floor:
            return None
        if _speaking_one_of(ctx, tok):
            # "One of the fired judges said ... ¶ “...,” she said": that one
            found = _speaker_of_token(ctx, tok, before, rule, cue)
            return dataclasses.replace(found, is_person=True) if found is not None else None
        if (
            tok.pos != "NOUN"
            or tok.tag != "NN"
            or (
                tok.lemma.lower() not in ctx.cues.unnamed_roles
                and tok.lemma.lower() not in _gazetteer().person_nouns
                # "a relative of one of the detained men said ... “...,” she said": a kin noun
                # only as the one speaking, not one told of ("X, whose nephew was detained, said")
                and not _speaking_kin(ctx, tok)
            )
            or gender_of_word(tok.text.lower(), "titles") not in (None, gender)
            or _reported_subject(ctx, tok)
        ):
            continue
        found = _speaker_of_token(ctx, tok, before, rule, cue)
        # ("a Kremlin spokesman" comes back named after its body: still a person)
        return dataclasses.replace(found, is_person=True) if found is not None else None
    return None


def _nearest_person(ctx: _Context, before: int, rule: str, cue: str | None) -> Speaker | None:
    """The nearest person before an offset, main-clause subjects first.

    Reads the actors stage's person mentions; with none, the parse's PERSON
    entities and proper-noun subjects stand in. The previous quotation's
    speaker counts as a candidate at the place it was named.
    """
    parse = ctx.parse
    candidates: list[tuple[int, bool, Speaker]] = []  # (offset, is main subject, speaker)
    people = [
        m for m in ctx.mentions if m.end <= before and m.person and not _in_quote_span(ctx, m.start)
    ]
    for m in people:
        found = _from_mention(m, rule, cue)
        if found is not None:
            candidates.append((m.start, _is_main_subject(parse, m.token_start, m.token_end), found))
    for m in ctx.mentions:
        # "EU foreign policy chief Kaja Lind", a name the actors stage did not read
        if m.kind != "title" or m.person or m.actor is None or m.end > before or _in_quote_span(ctx, m.start):
            continue
        named = _PROPER_WORDS.match(ctx.article.text, m.end)
        if named is None or m.end + len(named.group()) > before or "\n" in named.group():
            continue
        hi = m.end + len(named.group())
        last = parse.token_at(hi - 1)
        if last is None or last.pos != "PROPN" or any(
            e.start < hi and m.end < e.end and e.label in _NOT_PEOPLE - {"ORG"} for e in parse.entities
        ):
            continue
        name = named.group().strip()
        speaker = Speaker(name, m.actor.principal, m.actor.code, (m.start, hi), cue, rule)
        candidates.append((m.start, _is_main_subject(parse, last.i, last.i + 1), speaker))
    covered = [(m.start, m.end) for m in ctx.mentions]
    for e in parse.entities:
        if e.end > before or e.start < ctx.article.body_start or _in_quote_span(ctx, e.start):
            continue
        if any(lo <= e.start < hi or e.start <= lo < e.end for lo, hi in covered):
            continue
        if e.label != "PERSON" and not (
            e.label not in _NOT_PEOPLE
            and _is_main_subject(parse, e.token_start, e.token_end)
            and parse.tokens[e.token_end - 1].pos == "PROPN"
        ):
            continue
        name = _fullest(ctx, e.text, e.start)
        speaker = Speaker(name, None, None, (e.start, e.end), cue, rule)
        candidates.append((e.start, _is_main_subject(parse, e.token_start, e.token_end), speaker))
    covered += [(e.start, e.end) for e in parse.entities]
    taken = {off for lo, hi in covered for off in range(lo, hi)}
    at = parse.token_at(before)
    for tok in parse.tokens[: at.i if at is not None else None]:
        # an unrecognised name that is a main-clause subject ("Christian-Geraud Neema, ..., said")
        if tok.pos != "PROPN" or tok.start < ctx.article.body_start or tok.start in taken:
            continue
        if _in_quote_span(ctx, tok.start):
            continue
        if _is_main_subject(parse, tok.i, tok.i + 1):
            lo, hi = _phrase(parse, tok)
            speaker = Speaker(ctx.article.text[lo:hi], None, None, (lo, hi), cue, rule)
            candidates.append((lo, True, speaker))
    prev = ctx.previous
    if prev is not None and prev.span is not None and prev.span[0] < before and prev.is_person:
        candidates.append((prev.span[0], True, _renamed(prev, rule)))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    subjects = [c for c in candidates if c[1]]
    best = subjects[-1] if subjects else candidates[-1]
    return dataclasses.replace(best[2], cue=cue, rule=rule)


_NOT_PEOPLE = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG", "DATE", "TIME", "EVENT", "LAW"})


def _plural_subject_before(ctx: _Context, tok: Token, rule: str, cue: str | None) -> Speaker | None:
    """"Republican senators criticized the plan. “...,” they said": "they" is the latest
    plural subject named after the previous quotation's speaker (or with none)."""
    parse = ctx.parse
    if tok.tag != "PRP" or tok.lemma.lower() != "they" or not parse.sentences:
        return None
    lo_sent = max(0, tok.sent - _CUE_SUBJECT_LOOKBACK)
    lo_tok = parse.sentences[lo_sent].token_start
    prev = ctx.previous
    floor = prev.span[1] if prev is not None and prev.span is not None else -1
    for cand in reversed(parse.tokens[lo_tok : tok.i]):
        if cand.start < floor:
            break
        if cand.dep != "nsubj" or cand.tag != "NNS" or ctx.inside_quote(cand) or cand.sent == tok.sent:
            continue
        if parse.tokens[cand.head].dep not in ("ROOT", "conj"):
            continue
        found = _speaker_of_token(ctx, cand, tok.start, rule, cue)
        if found is not None:
            return found
        lo, hi = _phrase(parse, cand)
        return Speaker(_strip_determiner(ctx.article.text[lo:hi]), None, None, (lo, hi), cue, rule, is_person=False)
    return None


def _previous_or_actor(ctx: _Context, before: int, rule: str, cue: str | None) -> Speaker | None:
    """"it said", "they added": the previous speaker, else the nearest actor mentioned."""
    if ctx.previous is not None:
        return dataclasses.replace(ctx.previous, cue=cue, rule=rule)
    return _nearest_actor(ctx, before, rule, cue)


def _is_main_subject(parse: Parse, tok_lo: int, tok_hi: int) -> bool:
    """Some token of the phrase is the subject of a sentence's main verb (or of its conjunct),
    or the phrase is a name the parser hung away from the verb right after it."""
    verb = name_verb_after(parse, tok_lo, tok_hi)
    if verb is not None and (parse.tokens[verb].dep in ("ROOT", "conj") or parse.tokens[verb].head == verb):
        return True
    for i in range(tok_lo, min(tok_hi, len(parse.tokens))):
        tok = parse.tokens[i]
        if tok.dep not in ("nsubj", "nsubjpass"):
            continue
        head = parse.tokens[tok.head]
        if head.dep in ("ROOT", "conj") or head.head == head.i:
            return True
    return False


def _in_apposition(parse: Parse, tok_lo: int, tok_hi: int) -> bool:
    """The phrase is set in apposition to a noun before it ("his counterpart, Ivana Horvat")."""
    hi = min(tok_hi, len(parse.tokens))
    return any(
        parse.tokens[i].dep == "appos" and not tok_lo <= parse.tokens[i].head < hi
        for i in range(tok_lo, hi)
    )


def _fullest(ctx: _Context, name: str, before: int) -> str:
    """Without mentions, the nearest earlier, longer PERSON entity holding the name."""
    word = re.sub(r"[’']s$", "", name)
    best = word
    for e in ctx.parse.entities:
        if e.start >= before:
            break
        text = re.sub(r"[’']s$", "", e.text)
        if e.label == "PERSON" and word in text.split() and len(text) > len(word):
            best = text
    return best


def _proper_head(text: str, head: Token) -> bool:
    """The text is the proper-noun head alone, capitalised ("Conservatives", "Socialists")."""
    return head.pos == "PROPN" and text.strip() == head.text and head.text[:1].isupper()


def _proper_phrase(text: str, head: Token) -> bool:
    """A proper-noun head whose phrase is capitalised throughout ("Norwegian Refugee Council")."""
    words = _strip_determiner(text).split()
    return head.pos == "PROPN" and len(words) > 1 and all(w[:1].isupper() or w in _NAME_LINKS for w in words)


def _described_igo(m: Mention) -> bool:
    """An IGO named by a description ("the U.N. nuclear watchdog", "the bloc")."""
    words = m.text.split()
    return (
        m.kind == "name"
        and m.actor is not None
        and not m.actor.role
        and m.actor.principal in _gazetteer().igos
        and bool(words)
        and words[-1][:1].islower()
    )


def _igo_board(ctx: _Context, m: Mention) -> bool:
    """ "The International Monetary Fund's executive board", "the bank's board": an IGO's
    governing board (cues igo_boards) named by its owner's possessive."""
    if m.actor is None or m.actor.principal not in _gazetteer().igos:
        return False
    text = _strip_determiner(m.text)
    owner = _OWNER_OF_BODY.match(text)
    return owner is not None and text[owner.end() :].strip().lower() in ctx.cues.igo_boards


def _igo_body(m: Mention) -> bool:
    """"the U.N. refugee agency", "the U.N. human rights office": a described IGO whose
    description opens with the IGO's own name is one of its bodies, no other name of it
    (not "the U.N. nuclear watchdog", the IAEA, whose full name the article may give)."""
    if not _described_igo(m):
        return False
    assert m.actor is not None
    words = _strip_determiner(m.text).split()
    found = _gazetteer().match(list(tokenize(words[0])), 0) if words[0][:1].isupper() else None
    return found is not None and any(
        e.kind == "igo" and e.principal == m.actor.principal for e in found[1]
    )


def _earlier_igo_body(ctx: _Context, m: Mention, noun: Token) -> str | None:
    """"the agency" after "the U.N. refugee agency": the nearest earlier body of the same IGO
    (_igo_body) outside quotations whose head is the same noun, as the article named it."""
    if not _described_igo(m):
        return None
    assert m.actor is not None
    found = None
    for other in ctx.mentions:
        if other.start >= m.start:
            break
        if (
            other.actor is not None
            and other.actor.code == m.actor.code
            and not _in_quote_span(ctx, other.start)
            and _igo_body(other)
            and _strip_determiner(other.text).split()[-1].lower() == noun.text.lower()
        ):
            found = _strip_determiner(other.text)
    return found


def _igo_name(ctx: _Context, m: Mention, inclusive: bool = False) -> str:
    """The name the article gives an IGO it also describes: its fullest proper name
    before the description ("International Atomic Energy Agency" for "the U.N.
    nuclear watchdog"), else the IGO's own name. A body it owns gives the owner's name
    ("the International Monetary Fund's executive board")."""
    assert m.actor is not None
    best = ""
    for other in ctx.mentions:
        if other.start > m.start or (other.start == m.start and not inclusive):
            break
        if (
            other.actor is None
            or other.actor.code != m.actor.code
            or other.start < ctx.article.body_start
            or _in_quote_span(ctx, other.start)
        ):
            continue
        if other.kind == "name":
            name = _strip_determiner(other.text)
        else:
            owner = _OWNER_OF_BODY.match(_strip_determiner(other.text))
            name = owner.group(1) if owner else ""
        if name and all(w[:1].isupper() or w in _NAME_LINKS for w in name.split()) and len(name) > len(best):
            best = name
    return best or m.actor.name or m.actor.principal


_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "de", "des", "du"})
# the owner named before a possessive body: "International Monetary Fund" of "...'s board"
_OWNER_OF_BODY = re.compile(r"^(.+?)['’]s\s")


def _earlier_full_name(ctx: _Context, word: str, before: int) -> tuple[str, Mention | None] | None:
    """"Yemane said" after "his Eritrean counterpart, Yemane Tesfay": a lone name the
    actors stage did not read is the one earlier full name (a person mention, a PERSON
    entity, a name in apposition or after a title) whose first or last word it is;
    with the mention that gives its actor. Two people sharing the word: no one."""
    parse = ctx.parse
    word = re.sub(r"[’']s$", "", word)
    found: dict[str, Mention | None] = {}

    suffixes = _gazetteer().name_suffixes

    def offer(name: str, owner: Mention | None) -> None:
        words = name.split()
        if len(words) >= 3 and words[-1].lower() in suffixes:
            words = words[:-1]  # "Marcos" of "Ferdinand Marcos Jr."
        if len(words) >= 2 and word in (words[0], words[-1]):
            if found.get(name) is None:
                found[name] = owner
            else:
                found.setdefault(name, owner)

    for m in ctx.mentions:
        if m.start >= before or _in_quote_span(ctx, m.start):
            continue
        if m.person:
            offer(m.person, m if m.actor is not None else None)
        elif m.kind == "title" and m.actor is not None:
            named = _PROPER_WORDS.match(ctx.article.text, m.end)
            if named is not None and "\n" not in named.group():
                offer(named.group().strip(), m)
    for e in parse.entities:
        if e.start >= before or e.start < ctx.article.body_start or _in_quote_span(ctx, e.start):
            continue
        if e.label == "PERSON":
            offer(re.sub(r"[’']s$", "", e.text), None)
    for t in parse.tokens:
        if t.start >= before:
            break
        if t.dep != "appos" or t.pos != "PROPN" or t.start < ctx.article.body_start or ctx.inside_quote(t):
            continue
        lo, hi = _phrase(parse, t)
        name = ctx.article.text[lo:hi]
        if not all(w[:1].isupper() for w in name.split()):
            continue
        if any(m.actor is not None and m.start < hi and lo < m.end for m in ctx.mentions):
            continue
        head = parse.tokens[t.head]
        owner = _mention_for(ctx, head, head.start, head.end)
        acts = owner is not None and owner.actor is not None and owner.kind != "pronoun"
        offer(name, owner if acts else None)
    return next(iter(found.items())) if len(found) == 1 else None


def _nearest_actor(
    ctx: _Context, before: int, rule: str, cue: str | None, subjects: bool = False
) -> Speaker | None:
    """The nearest non-person actor before an offset; with ``subjects``, only one outside
    quotations that is a main clause's subject (a document's issuer is not a place visited,
    nor a name its own quotation gives)."""
    actors = [
        m for m in ctx.mentions
        if m.end <= before and m.actor is not None and not m.person
        and (not subjects or (
            not _in_quote_span(ctx, m.start) and _is_main_subject(ctx.parse, m.token_start, m.token_end)
        ))
    ]
    return _from_mention(actors[-1], rule, cue) if actors else None


def _in_quote_span(ctx: _Context, offset: int) -> bool:
    k = bisect.bisect_right(ctx.quoted, (offset, _BIG)) - 1
    return k >= 0 and ctx.quoted[k][0] <= offset < ctx.quoted[k][1]


_BIG = 1 << 62
