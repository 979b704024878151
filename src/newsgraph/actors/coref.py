"""Pronouns: "he"/"his" to the nearest fitting person, "it"/"its" to a clear state or IGO."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsgraph.actors.country import _ancestors
from newsgraph.actors.described import last_igo
from newsgraph.actors.plurals import (
    main_parties,
    _aside_top,
    _governing_verbs,
    _infinitive,
    _misread_root_verb,
    _root,
    aside_host,
    first_conjunct,
    named_as_party,
    nearby_states,
    people_plural,
    plain_plural,
    role_group_subject,
)
from newsgraph.data import load_data

if TYPE_CHECKING:
    from newsgraph.actors.resolve import Resolver
    from newsgraph.model import Actor, Parse

log = logging.getLogger(__name__)

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LOOKBACK = 3  # sentences
# Mention kinds that stand for a person ("a Russian diplomat", "the minister"),
# or that are themselves pronouns: never the antecedent of "it"/"its".
_PERSONAL = frozenset({"pronoun", "title", "person", "surname"})


@lru_cache(maxsize=1)
def pronoun_words() -> dict[str, frozenset[str]]:
    """The pronoun lists of pronouns.yaml."""
    data: dict[str, Any] = load_data("actors/pronouns.yaml") or {}
    return {k: frozenset(str(w) for w in v) for k, v in data.items() if isinstance(v, list)}


_QUOTE_OR_BREAK = re.compile('[“”"\n]')  # the only characters quote_spans acts on


@lru_cache(maxsize=1)  # asked twice for each article's text (pronouns, speakers placed first)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans inside quotation marks (curly pairs; straight marks toggle
    and close at a paragraph break)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for found in _QUOTE_OR_BREAK.finditer(text):
        k, ch = found.start(), found.group()
        if ch == "“" or (ch == '"' and open_at is None):
            open_at = k
        elif ch in '”"' and open_at is not None:
            spans.append((open_at, k + 1))
            open_at = None
        elif ch == "\n" and open_at is not None and text[k - 1 : k] == "\n":
            spans.append((open_at, k))
            open_at = None
    return tuple(spans)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Speech verbs of pronouns.yaml plus the quotes stage's cue verbs ("criticized")."""
    cues: dict[str, Any] = load_data("quotes/cues.yaml") or {}
    return (
        pronoun_words()["speech_verbs"]
        | frozenset(cues.get("verbs", ()))
        | frozenset(cues.get("report", ()))
    )


@lru_cache(maxsize=1)
def _gender_words() -> dict[str, dict[str, frozenset[str]]]:
    """gender.yaml: the gender of each pronoun and of gendered title words."""
    data: dict[str, Any] = load_data("quotes/gender.yaml") or {}
    return {
        part: {g: frozenset(v) for g, v in data.get(part, {}).items()}
        for part in ("pronouns", "titles", "first_names")
    }


def gender_of_word(word: str, part: str) -> str | None:
    """The gender a word marks ("she", "Mrs", "Ayse") in one part of data/quotes/gender.yaml
    (pronouns, titles, first_names); the quotes stage reads speakers with the same lists.
    A given name no list holds may show it by its ending (first_name_endings)."""
    for gender, words in _gender_words()[part].items():
        if word in words:
            return gender
    if part == "first_names" and len(word) >= 4 and word.isalpha():
        endings, exceptions = _name_endings()
        if word not in exceptions:
            fits = [(len(end), g) for g, ends in endings.items() for end in ends if word.endswith(end)]
            return max(fits)[1] if fits else None
    return None


def gender_guessed(word: str) -> bool:
    """Whether a given name's gender (if any) is only guessed from its ending: no first_names
    list holds it. The article's own "he"/"she" for the person outranks such a guess."""
    return not any(word in words for words in _gender_words()["first_names"].values())


@lru_cache(maxsize=1)
def _name_endings() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """gender.yaml: the endings of given names that show a gender, and the names that do not."""
    data: dict[str, Any] = load_data("quotes/gender.yaml") or {}
    endings = {g: tuple(v) for g, v in data.get("first_name_endings", {}).items()}
    return endings, frozenset(data.get("first_name_ending_exceptions", ()))


def _genders(r: "Resolver", quoted: list[bool], by_sent: dict[int, list[int]]) -> dict[str, str]:
    """Each person's gender where the article shows it: a gendered title next to the
    name ("spokeswoman X", "Mrs. X"), or "his"/"her" later in a sentence that names
    that person and no one else ("Lahti said her government ...", "Qadir thanked
    Tokyo for what he called ..."); else a given
    name used for one gender only ("Claire Dumont")."""
    out: dict[str, str] = {}
    guessed: set[str] = set()
    n = len(r.toks)
    for idx, d in enumerate(r.drafts):
        if d.person is None or d.kind == "pronoun" or d.person in out:
            continue
        s = r.sent(d.ts)
        lo = d.ts
        while lo > 0 and d.ts - lo < 3 and r.sent(lo - 1) == s:
            lo -= 1
        for k in range(lo, d.te):
            found = gender_of_word(r.lowers[k].rstrip("."), "titles")
            if found is not None:
                out[d.person] = found
                break
        if d.person in out:
            continue
        others = {
            r.drafts[j].person
            for j in by_sent.get(s, ())
            if r.drafts[j].person is not None and r.drafts[j].kind != "pronoun"
        }
        k = d.te if others == {d.person} else n
        taken = _genders_before(r, d.ts, quoted) if k < n else frozenset()
        while k < n and r.sent(k) == s:
            if not quoted[k] and (
                (r.lowers[k] in ("his", "her") and r.toks[k].dep == "poss")
                or (r.lowers[k] in ("he", "she") and r.toks[k].dep in _SUBJECTS)
            ):
                found = gender_of_word(r.lowers[k], "pronouns")
                if found is not None and found not in taken:
                    out[d.person] = found
                break
            k += 1
        words = _canonical(r, d.person)
        if d.person not in out and len(words) > 1:
            found = gender_of_word(words[0].lower(), "first_names")
            if found is not None:
                out[d.person] = found
                if gender_guessed(words[0].lower()):
                    guessed.add(d.person)
    for idx, d in enumerate(r.drafts):
        if d.person in guessed and d.kind != "pronoun":
            shown = _pronoun_next(r, idx, quoted, by_sent, out)
            if shown is not None and shown != out[d.person]:
                out[d.person] = shown
                guessed.discard(d.person)
    return out


def _pronoun_next(
    r: "Resolver",
    idx: int,
    quoted: list[bool],
    by_sent: dict[int, list[int]],
    genders: dict[str, str],
) -> str | None:
    """The gender of the "he"/"she" that is the next sentence's first person, outside quotation
    marks, when the draft's person is the only one its sentence names and its subject, and no
    one of that gender is named before in the paragraph ("Dilnoza X, a specialist, said ...
    “...,” he said"; "Musalia X said ... He said ..."): the article's own word for the person,
    which outranks a gender guessed from the given name's ending."""
    d = r.drafts[idx]
    s = r.sent(d.ts)
    here = [
        j
        for j in by_sent.get(s, ())
        if r.drafts[j].kind != "pronoun" and r.drafts[j].person is not None
    ]
    if {r.drafts[j].person for j in here} != {d.person} or not any(_is_subject(r, j) for j in here):
        return None
    starts = {r.drafts[j].ts for j in by_sent.get(s + 1, ()) if r.drafts[j].kind != "pronoun"}
    k = d.te
    n = len(r.toks)
    while k < n and r.sent(k) <= s:
        k += 1
    shown = None
    while k < n and r.sent(k) == s + 1:
        if not quoted[k]:
            if k in starts:
                return None
            if r.lowers[k] in ("he", "she") and r.toks[k].dep in _SUBJECTS:
                shown = gender_of_word(r.lowers[k], "pronouns")
                break
        k += 1
    if shown is None:
        return None
    text = r.article.text
    para = text.rfind("\n", 0, r.toks[d.ts].start) + 1
    for other in r.drafts:
        if (
            other.person is not None
            and other.person != d.person
            and other.kind != "pronoun"
            and para <= r.toks[other.ts].start < r.toks[k].start
            and not quoted[other.ts]
            and genders.get(other.person) == shown
        ):
            return None
    return shown


def _genders_before(r: "Resolver", start: int, quoted: list[bool]) -> frozenset[str]:
    """The genders of "he"/"she" before a token in its sentence, outside quotation marks: a
    later pronoun of one of them may be that one's ("She held talks with Paul Habimana and
    thanked him for what she called ..." shows nothing of Habimana's gender; "... who thanked
    her for what he called ..." does)."""
    s = r.sent(start)
    k = start - 1
    found: set[str] = set()
    while k >= 0 and r.sent(k) == s:
        if r.lowers[k] in ("he", "she") and not quoted[k]:
            found.add(gender_of_word(r.lowers[k], "pronouns") or "")
        k -= 1
    return frozenset(found)


def _canonical(r: "Resolver", person: str) -> tuple[str, ...]:
    """The words of a person's full name (drafts hold a cluster key until frozen)."""
    if person.isdigit() and int(person) < len(r.clusters):
        return tuple(r.clusters[int(person)].canonical)
    return tuple(person.split())


def _subject_verb(r: "Resolver", idx: int) -> int | None:
    """The verb a mention is the subject of: directly, or as the name in apposition
    to the subject ("his son, Donald Trump Jr., criticized it")."""
    d = r.drafts[idx]
    for k in range(d.ts, d.te):
        tok = r.toks[k]
        if tok.head >= d.ts and tok.head < d.te and tok.head != k:
            continue
        if tok.dep in _SUBJECTS:
            return tok.head
        if tok.dep == "appos" and r.toks[tok.head].dep in _SUBJECTS and r.toks[tok.head].i < d.ts:
            return r.toks[tok.head].head
        own = _misread_root_verb(r, k)
        if own is not None:
            return own
    return _subjectless_verb_after(r, idx)


def _subjectless_verb_after(r: "Resolver", idx: int) -> int | None:
    """The verb a person's name is the misread subject of (see name_verb_after)."""
    d = r.drafts[idx]
    if d.person is None or d.kind == "pronoun":
        return None
    return name_verb_after(r.parse, d.ts, d.te)


def name_verb_after(parse: "Parse", ts: int, te: int) -> int | None:
    """A finite verb right after a name (tokens [ts, te)), with no subject of its own or only
    the word the parser listed the name after: the name's verb, hung elsewhere by the parser
    ("In X, the district capital, vendor Y said ..." read as a list "capital, Y"; a rare
    surname read as an auxiliary, "..., ” Y told reporters"). The quotes stage reads its
    speakers' subjects with it too."""
    toks = parse.tokens
    if te >= len(toks) or te <= ts or toks[te].sent != toks[ts].sent:
        return None
    verb = toks[te]
    if verb.tag not in ("VBD", "VBZ"):
        return None
    last = toks[te - 1]
    listed_after = last.head if last.dep == "conj" else None
    for c in parse.children[te]:
        dep = toks[c].dep
        if dep in ("csubj", "expl", "agent") or (dep in _SUBJECTS and c != listed_after):
            return None
    return te


def _negated(r: "Resolver", verb: int) -> bool:
    """ "has not commented": a verb with a negation attached."""
    lo, hi = max(0, verb - 4), min(len(r.toks), verb + 2)
    return any(r.toks[k].dep == "neg" and r.toks[k].head == verb for k in range(lo, hi))


def _speaks(r: "Resolver", idx: int, speech: frozenset[str]) -> bool:
    """Whether a mention is the subject of a speech verb that is not negated."""
    verb = _subject_verb(r, idx)
    return verb is not None and r.toks[verb].lemma in speech and not _negated(r, verb)


def _states_position(r: "Resolver", idx: int) -> bool:
    """The mention says what an actor wants or does: the subject of a speech verb whose
    reported clause has an actor as its subject ("Fathy said Egypt wanted ...")."""
    verb = _subject_verb(r, idx)
    if verb is None or r.toks[verb].lemma not in speech_verbs() or _negated(r, verb):
        return False
    return any(
        r.toks[c].dep == "ccomp"
        and any(
            r.toks[k].dep in _SUBJECTS
            and (j := r.claimed[k]) is not None
            and r.drafts[j].actor is not None
            and r.drafts[j].person is None
            for k in r.parse.children[c]
        )
        for c in r.parse.children[verb]
    )


def _quoted_tokens(r: "Resolver", spans: tuple[tuple[int, int], ...]) -> list[bool]:
    """For each token, whether it lies inside quotation marks."""
    out = [False] * len(r.toks)
    k = 0
    for a, b in spans:
        while k < len(r.toks) and r.toks[k].start < a:
            k += 1
        j = k
        while j < len(r.toks) and r.toks[j].start < b:
            out[j] = True
            j += 1
    return out


def _nearby(r: "Resolver", by_sent: dict[int, list[int]], s: int, back: int) -> list[int]:
    """Draft indices in sentences s-back .. s."""
    return [idx for k in range(s - back, s + 1) for idx in by_sent.get(k, ())]


def _person_antecedent(
    r: "Resolver",
    i: int,
    quoted: list[bool],
    by_sent: dict[int, list[int]],
    genders: dict[str, str] | None = None,
) -> int | None:
    """The person a "he"/"she" refers to.

    Mentions inside quotation marks are skipped for a pronoun outside them.
    Otherwise the nearest person in the same sentence (for the subject of a
    speech verb, "he said", the nearest who also speaks there), else the
    subject of the latest sentence that names one (a speaker first). People
    the article shows to be of the other gender are passed over.
    """
    s = r.sent(i)
    outside = not quoted[i]
    reported = _reporting_pronoun(r, i) if outside else None
    if reported is not None:
        return reported
    fronted = _fronted_owner(r, i)
    if fronted is not None:
        return fronted
    host_doer = _relative_host_subject(r, i, quoted)
    if host_doer is not None:
        return host_doer
    cands = [
        idx
        for idx in _nearby(r, by_sent, s, _LOOKBACK)
        if r.drafts[idx].person is not None
        and r.drafts[idx].te <= i
        and not (outside and quoted[r.drafts[idx].ts])
        # "after a meeting of ASEAN foreign ministers, he said": one person, no plural
        and not _plural_title(r, idx)
    ]
    cands = [idx for idx in cands if not _named_after(r, idx, cands)]
    if not any(r.sent(r.drafts[idx].ts) == s for idx in cands):
        # "The office of Colombia's president said he had raised ...": a title
        # naming no one, earlier in the pronoun's sentence, before anyone named
        # in the sentences before
        cands += [
            idx
            for idx in by_sent.get(s, ())
            if _nameless_title(r, idx, i, outside, quoted) and not _plural_title(r, idx)
        ]
    invited = _invited_accepter(
        r,
        i,
        cands
        + [
            idx
            for t in (s - 1, s)
            for idx in by_sent.get(t, ())
            if r.drafts[idx].ts < i and _nameless_title(r, idx, i, outside, quoted)
        ],
    )
    if invited is not None:
        return invited
    if r.toks[i].dep in _SUBJECTS and not any(
        r.sent(r.drafts[idx].ts) == s
        or (r.sent(r.drafts[idx].ts) == s - 1 and (_is_subject(r, idx) or _is_agent(r, idx)))
        for idx in cands
    ):
        # "Egypt's foreign minister traveled to Nairobi. He met with ...": with no one named
        # in this or the sentence before, the nameless title that was the sentence before's
        # subject, over anyone named further back ("..., Santos said. ¶ China's spokesperson
        # accused them. She also warned them": not Santos); nor over one named there only
        # as no subject ("Chad's president, who received Weber in his palace, raised the
        # debt. He asked ...": the president)
        titled = [
            idx
            for t in dict.fromkeys((s - 1, _before_quotation(r, s, quoted)))
            for idx in by_sent.get(t, ())
            if _nameless_title(r, idx, i, outside, quoted)
            and _is_subject(r, idx)
            and not _plural_title(r, idx)
            # "Vietnam's spokeswoman, Do Thanh Huyen, told ...": the title names its holder
            and not _holder_next(r, idx)
        ] or _chained_title(r, i, s - 1, by_sent, outside, quoted)
        cands = titled or cands
    verb = _object_verb(r, i)
    if verb is not None:
        # "Abiy received him": not Abiy, whoever the nearest person is; "He invited him":
        # not the one "he" stands for either; "X called Sudan's army chief and urged him":
        # not X, the subject "urged" shares with "called"
        verbs = _shared_subject_verbs(r, verb)
        others = verbs - {verb}  # the verbs "verb" shares its subject with
        met = [
            idx
            for idx in by_sent.get(s, ())
            if _nameless_title(r, idx, i, outside, quoted)
            and _met_verb_of(r, idx) in others
        ]
        if met:
            # "X said the president had spoken with Chile's president and asked him": the one
            # the verbs before met, over the reporter named before
            cands = met
        doers = {r.drafts[k].person for k in cands if _subject_verb(r, k) in verbs} - {None}
        cands = [
            idx
            for idx in cands
            if _subject_verb(r, idx) not in verbs and r.drafts[idx].person not in doers
        ]
        if not cands:
            # "... called Sudan's army chief and urged him": the nameless title the verbs
            # before acted on
            # ("thanked his host ... and invited him": a host, guest or counterpart too)
            cands = [
                idx
                for idx in by_sent.get(s, ())
                if (
                    _nameless_title(r, idx, i, outside, quoted)
                    or _one_of_role(r, idx, i, outside, quoted)
                )
                and _object_verb_of(r, idx) in others
            ]
        if not cands:
            # "Turkey's foreign minister arrived in Athens. Mitsotakis received him": the
            # nameless title that was the subject of this or the sentence before, never the
            # subject "verb" shares ("X thanked his host and invited him": not X)
            resolved = _subject_antecedents(r, verbs)
            cands = [
                idx
                for t in (s, s - 1)
                for idx in by_sent.get(t, ())
                if _nameless_title(r, idx, i, outside, quoted)
                and _is_subject(r, idx)
                and _subject_verb(r, idx) not in verbs
                and idx not in resolved
            ]
            if not cands:
                # "Germany's chancellor called the Turkish president. She urged him": "She"
                # is the caller, so "him" is the nameless title the caller's verb met
                callers = {
                    _subject_verb(r, k) for k in resolved if r.sent(r.drafts[k].ts) == s - 1
                }
                # "Moscow hosted the Iranian president. Putin promised him ...": a subject of
                # the host's state names the host as a pronoun would
                states = _subject_states(r, verbs)
                callers |= {
                    _subject_verb(r, k)
                    for k in by_sent.get(s - 1, ())
                    if _is_subject(r, k)
                    and (a := r.drafts[k].actor) is not None
                    and a.principal in states
                }
                cands = [
                    idx
                    for idx in by_sent.get(s - 1, ())
                    if _nameless_title(r, idx, i, outside, quoted)
                    and _met_verb_of(r, idx) in callers - {None}
                ]
    want = gender_of_word(r.lowers[i], "pronouns")
    if want is not None and genders:
        fitting = [idx for idx in cands if genders.get(r.drafts[idx].person or "", want) == want]
        cands = fitting or cands
    if not cands:
        return None
    sayer = _clause_sayer(r, i) if outside else None
    saying = [
        idx
        for idx in cands
        if sayer is not None and r.drafts[idx].kind != "pronoun" and _subject_verb(r, idx) == sayer
    ]
    if saying:
        # "X refused to meet Y, saying he would only welcome him in Z", "X met Y and said he
        # would visit Z": the one who says it, not the nearest person (one of the other
        # gender is no candidate: "Pedro Lobos met Ana Salas and said she would visit Z")
        return saying[0]
    tok = r.toks[i]
    if tok.dep in _SUBJECTS and r.toks[tok.head].lemma in pronoun_words().get("official_acts", ()):
        # "He had raised the case in a phone call": an official, not the fugitive; one who
        # just stated a state's position ("X said Iran wanted ...") acts as an official too
        officials = [
            idx for idx in cands if r.drafts[idx].actor is not None or _states_position(r, idx)
        ]
        cands = officials or cands
    speech = speech_verbs()
    speaking = tok.dep in _SUBJECTS and r.toks[tok.head].lemma in speech
    same = [idx for idx in cands if r.sent(r.drafts[idx].ts) == s]
    framer = _naming_frame(r, i) if speaking else None
    framing = [idx for idx in same if framer is not None and _subject_verb(r, idx) == framer]
    if framing:
        # "X thanked Y for what he called ...", "X criticized what he called ...": the one
        # whose act the naming frames, not the nearest
        return framing[0]
    owned = r.toks[tok.head] if tok.dep == "poss" else None
    if (
        owned is not None
        and owned.dep in _SUBJECTS
        and r.toks[owned.head].lemma in speech
        and (actors_here := [idx for idx in same if _is_subject(r, idx)])
    ):
        # "Armenia's prime minister spoke with Iran's president and thanked him ..., his
        # office said": the reporting body is the office of the one whose acts it reports,
        # the subject, not the nearest person
        return min(actors_here, key=lambda idx: r.drafts[idx].ts)
    if owned is not None and owned.dep in _SUBJECTS and r.toks[owned.head].lemma in speech:
        # "He asked Japan to ..., his office said": the subject told by a pronoun just before
        told = [
            d.antecedent
            for d in r.drafts
            if d.kind == "pronoun"
            and d.antecedent is not None
            and d.ts < i
            and r.sent(d.ts) == s
            and r.toks[d.ts].dep in _SUBJECTS
        ]
        if told:
            return told[0]
    reporter = _reporting_title(r, i, outside, quoted)
    if reporter is not None:
        return reporter
    if same:
        if speaking:
            talkers = [idx for idx in same if _speaks(r, idx, speech)]
            if talkers:
                return max(talkers, key=lambda idx: r.drafts[idx].ts)
        hosts = _place_clause_hosts(r, i, same)
        if hosts:
            return hosts[0]
        return max(same, key=lambda idx: r.drafts[idx].ts)
    latest = max(r.sent(r.drafts[idx].ts) for idx in cands)
    if not speaking and _private_subject_since(r, latest, i, want):
        return None  # not "A reporter asked about Greece. He said ...": the one who speaks
    prior = [idx for idx in cands if r.sent(r.drafts[idx].ts) == latest]
    subjects = [idx for idx in prior if _is_subject(r, idx) or _is_agent(r, idx)]
    if not subjects and latest == s - 1:
        # "Sudan sent its irrigation minister, Omer Ali. ¶ He told reporters ...": the person
        # the sentence just before introduced as its main verb's object, over an earlier one
        subjects = [idx for idx in prior if _introduced_object(r, idx)]
    if not subjects:
        # "X defended the law. ¶ The law, passed under Putin, ... ¶ “...,” he said":
        # a person named only in a phrase of a background sentence is passed over
        # for the latest person who was the subject of a sentence
        for back in range(latest - 1, s - _LOOKBACK - 1, -1):
            earlier = [idx for idx in cands if r.sent(r.drafts[idx].ts) == back and _is_subject(r, idx)]
            if earlier:
                prior, subjects = earlier, earlier
                break
    if speaking:
        talkers = [idx for idx in subjects if _speaks(r, idx, speech)]
        subjects = talkers or subjects
    return min(subjects or prior, key=lambda idx: r.drafts[idx].ts)


def _relative_host_subject(r: "Resolver", i: int, quoted: list[bool]) -> int | None:
    """The subject of the verb whose object a relative clause hangs on, for a personal pronoun
    that is the clause's other party: "X met Y, whom he thanked for ..." and "X received Y, who
    thanked him for ...". The clause's relative pronoun is Y, and no one acts on himself, so
    the pronoun is not Y, the nearest person, but the one who met or received Y."""
    tok = r.toks[i]
    if tok.head == i or r.toks[i].dep == "poss":
        return None
    verb = r.toks[tok.head]
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    # the relative pronoun, also as the parser may hang it: on an infinitive ("whom she asked
    # to reopen", read as reopen's object) or in a phrase ("with whom he signed")
    relative = [
        r.toks[k]
        for k in range(verb.head + 1, verb.i)
        if r.toks[k].tag in ("WP", "WDT") and _descends(r, k, verb.i)
    ]
    if len(relative) != 1 or r.lowers[relative[0].i] not in ("who", "whom"):
        return None
    if tok.dep in _SUBJECTS:
        if relative[0].dep in _SUBJECTS:
            return None  # "whom he" only: the pronoun is the doer, the relative its object
    elif tok.dep in ("dobj", "dative") and r.lowers[i] in ("him", "her"):
        if relative[0].dep not in _SUBJECTS or relative[0].head != verb.i:
            return None  # "who thanked him" only
    else:
        return None
    noun = r.toks[verb.head]
    host = noun.head
    if noun.dep == "pobj" and r.lowers[host] == "with" and r.toks[host].dep == "prep":
        host = r.toks[host].head  # "spoke with Y, who thanked him"
    elif noun.dep != "dobj":
        return None
    if host == noun.i or r.toks[host].pos not in ("VERB", "AUX"):
        return None
    doers = [
        idx
        for idx, d in enumerate(r.drafts)
        if d.te <= noun.i
        and d.kind != "pronoun"
        and (d.person is not None or d.kind == "title")
        and not quoted[d.ts]
        and _subject_verb(r, idx) == host
    ]
    return doers[0] if len(doers) == 1 else None


def _invited_accepter(r: "Resolver", i: int, cands: list[int]) -> int | None:
    """The one an inviting verb had as its object, for the subject pronoun of an accepting
    verb ("X invited Y to Ankara. He accepted", "... and invited him to Cairo. He accepted
    the invitation"): an invitation is accepted by whom it was made to; the latest such."""
    tok = r.toks[i]
    if tok.dep not in _SUBJECTS:
        return None
    words = pronoun_words()  # rebuilt per call: asked only of subject pronouns
    if r.toks[tok.head].lemma not in words.get("accepting_verbs", ()):
        return None
    invited = [
        idx
        for idx in cands
        if (verb := _object_verb_of(r, idx)) is not None
        and r.toks[verb].lemma in words.get("inviting_verbs", ())
    ]
    return max(invited, key=lambda idx: r.drafts[idx].ts) if invited else None


def _clause_sayer(r: "Resolver", i: int) -> int | None:
    """For the subject pronoun of a clause a speech verb reports, the verb whose subject says
    it: the speech verb's own, or, for one with none ("..., saying he would", "... and said
    he would"), the verb it hangs on; None when the saying is denied. A verb that judges or
    addresses a person (party_object_verbs: "praised Y, saying he had helped") may be
    explained by what that person did, so it gives none unless the clause also holds a
    person pronoun as its object ("..., saying he would only welcome him")."""
    tok = r.toks[i]
    if tok.dep not in _SUBJECTS or tok.head == i:
        return None
    clause = r.toks[tok.head]
    if clause.dep != "ccomp" or clause.head == clause.i:
        return None
    said = r.toks[clause.head]
    if said.lemma not in speech_verbs() or _negated(r, said.i):
        return None
    other = any(
        r.toks[k].dep in ("dobj", "dative", "pobj") and r.lowers[k] in ("him", "her")
        for c in r.parse.children[clause.i]
        for k in (c, *(r.parse.children[c] if r.toks[c].dep == "prep" else ()))
    )
    judging = pronoun_words().get("party_object_verbs", frozenset())
    for _ in range(3):
        if any(r.toks[c].dep in _SUBJECTS for c in r.parse.children[said.i]):
            return said.i if other or said.lemma not in judging else None
        if said.dep not in ("advcl", "conj") or said.head == said.i:
            return None
        said = r.toks[said.head]
    return None


def _fronted_owner(r: "Resolver", i: int) -> int | None:
    """The subject a possessive in a phrase opening its sentence refers ahead to: "During his
    visit to Hanoi, the Lao prime minister signed ...", "On her arrival in Lima, Chile's
    foreign minister said ...". The phrase must open the sentence and hang on the verb whose
    subject, after it, is a person or a title; else None (the usual look back)."""
    t = r.toks[i]
    if t.dep != "poss" or r.lowers[i] not in ("his", "her"):
        return None
    start = i
    while start > 0 and r.toks[start - 1].sent == t.sent:
        start -= 1
    cur = t
    for _ in range(6):
        if cur.head == cur.i:
            return None
        up = r.toks[cur.head]
        if up.dep == "prep" and up.i == start:
            break
        cur = up
    else:
        return None
    verb = r.toks[up.head]
    if verb.pos not in ("VERB", "AUX") or up.head == up.i:
        return None
    for k in range(i + 1, len(r.toks)):
        tok = r.toks[k]
        if tok.sent != t.sent:
            return None
        if tok.head == verb.i and tok.dep in ("nsubj", "nsubjpass"):
            idx = r.claimed[k]
            if idx is None:
                return None
            d = r.drafts[idx]
            return idx if d.kind in ("person", "title", "surname") else None
    return None


def _introduced_object(r: "Resolver", idx: int) -> bool:
    """Whether a name stands in apposition to a title that is the direct object of its
    sentence's main verb ("Sudan sent its irrigation minister, Omer Ali.")."""
    root = r.toks[_root(r, idx)]
    if root.dep != "appos":
        return False
    title = r.toks[root.head]
    return (
        title.dep == "dobj"
        and r.toks[title.head].dep == "ROOT"
        and (r.lowers[title.i] in r.title_vocab or r.lowers[title.i] in r.gaz.person_nouns)
    )


def _reporting_pronoun(r: "Resolver", i: int) -> int | None:
    """What the pronoun subject of a saying verb stands for, for a possessive that owns the
    subject of the clause it reports: "He said his government had 'every respect for
    Bangladesh'" (his = he, whoever "he" was resolved to, a title naming no one included)."""
    tok = r.toks[i]
    if tok.dep != "poss" or tok.head == i:
        return None
    owned = r.toks[tok.head]
    if owned.dep not in _SUBJECTS or owned.head == owned.i:
        return None
    clause = r.toks[owned.head]
    if clause.dep != "ccomp" or clause.head == clause.i:
        return None
    said = r.toks[clause.head]
    if said.lemma not in speech_verbs():
        return None
    for d in r.drafts:
        if (
            d.kind == "pronoun"
            and d.antecedent is not None
            and d.te - d.ts == 1
            and r.toks[d.ts].head == said.i
            and r.toks[d.ts].dep in _SUBJECTS
        ):
            return d.antecedent
    return None


def _reporting_title(r: "Resolver", i: int, outside: bool, quoted: list[bool]) -> int | None:
    """The nameless title that is the subject of the saying verb whose reported clause has the
    pronoun at ``i`` as its subject ("Laos's prime minister, speaking at a market in Luang
    Namtha, said he had raised ...": the prime minister speaks of himself, not of a town the
    tagger took for a person), else None."""
    tok = r.toks[i]
    verb = r.toks[tok.head]
    if tok.dep not in _SUBJECTS or verb.dep != "ccomp" or verb.head == verb.i:
        return None
    said = r.toks[verb.head]
    if said.lemma not in speech_verbs():
        return None
    for c in r.parse.children[said.i]:
        idx = r.claimed[c] if r.toks[c].dep in _SUBJECTS else None
        if idx is not None and _nameless_title(r, idx, i, outside, quoted):
            return idx
    return None


def _place_clause_hosts(r: "Resolver", i: int, same: list[int]) -> list[int]:
    """The subjects of the clause a "where" clause's place hangs on, when the pronoun is that
    clause's subject ("X hosted Y at the palace, where he praised ...": X, who stays the
    doer, not Y, the nearer one)."""
    tok = r.toks[i]
    if tok.dep not in _SUBJECTS or tok.head == i:
        return []
    verb = r.toks[tok.head]
    if verb.dep != "relcl" or not any(
        r.toks[k].dep == "advmod" and r.lowers[k] == "where" and r.toks[k].head == verb.i
        for k in range(max(0, verb.i - 4), verb.i)
    ):
        return []
    main = next((a for a in _ancestors(r.parse, verb.i) if r.toks[a].pos in ("VERB", "AUX")), None)
    return [idx for idx in same if main is not None and _subject_verb(r, idx) == main]


def _naming_frame(r: "Resolver", i: int) -> int | None:
    """The verb a free relative of naming hangs on, for its subject pronoun ("thanked Y for
    what he called ...", "criticized what she described as ..."): who names is who acts."""
    verb = r.toks[i].head
    if not any(r.lowers[c] == "what" for c in r.parse.children[verb]):
        return None
    up = r.toks[verb]
    if up.dep == "pcomp" and up.head != verb and r.toks[up.head].dep == "prep":
        return r.toks[up.head].head
    if up.dep in ("ccomp", "dobj") and up.head != verb:
        return up.head
    return None


def _private_subject_since(r: "Resolver", latest: int, i: int, want: str | None) -> bool:
    """Whether a sentence after the latest one naming a person has for subject one private
    person no actor stands for ("The officer, a major in the army, was arrested. Prosecutors
    said he had met Chinese agents"): "he" is that person, not the minister named before.
    The pronoun of a speech verb is left to the speakers ("A reporter asked about Greece. He
    said ...": the official asked)."""
    words = pronoun_words()
    gendered = {"male": words.get("private_men", frozenset()), "female": words.get("private_women", frozenset())}
    people = words.get("private_people", frozenset()).union(*gendered.values())
    other = frozenset().union(*(v for g, v in gendered.items() if want is not None and g != want))
    wanted = people - other
    k = i - 1
    while k >= 0 and r.sent(k) > latest:
        if _unclaimed_subject(r, k, wanted):
            return True
        k -= 1
    return False


def _craft_subject_before(r: "Resolver", i: int) -> bool:
    """Whether an "it" follows, in its own sentence, a craft no actor's mention covers as a
    subject ("the jet had been hit by a Russian missile before it tried to land"): the craft
    is what "it" stands for, no state named near it (pronouns.yaml unowned_crafts)."""
    if r.lowers[i] != "it":
        return False
    crafts = pronoun_words().get("unowned_crafts", frozenset())
    k = i - 1
    while k >= 0 and r.sent(k) == r.sent(i):
        if _unclaimed_subject(r, k, crafts) and not any(
            _state_claimed(r, c) for c in r.parse.children[k]  # "a Russian drone"
        ):
            return True
        k -= 1
    return False


def _unclaimed_subject(r: "Resolver", k: int, nouns: frozenset[str]) -> bool:
    """Whether token k is a subject, a singular common noun of ``nouns`` no mention covers
    ("the officer", "the jet"): one no actor stands for, whom a later pronoun may mean."""
    t = r.toks[k]
    return t.dep in _SUBJECTS and t.tag == "NN" and t.lemma.lower() in nouns and r.claimed[k] is None


def _state_claimed(r: "Resolver", k: int) -> bool:
    """Whether a token lies in a mention of a state's or IGO's actor other than its business
    ("Russian", "the Chinese coast guard"; not "Embraer", a firm's name)."""
    idx = r.claimed[k]
    actor = r.drafts[idx].actor if idx is not None else None
    return actor is not None and actor.role != "BUS"


def _shared_subject_verbs(r: "Resolver", verb: int) -> set[int]:
    """A verb and the verbs it is joined to by "and" before it, whose subject it shares
    ("called Sudan's army chief and urged him")."""
    out = {verb}
    for _ in range(3):
        tok = r.toks[verb]
        if tok.dep != "conj" or tok.head == verb or any(
            r.toks[c].dep in _SUBJECTS for c in r.parse.children[verb]
        ):
            break
        verb = tok.head
        out.add(verb)
    return out


def _subject_antecedents(r: "Resolver", verbs: set[int]) -> set[int]:
    """The drafts the pronoun subjects of these verbs stand for ("She urged him": the one
    "She" was resolved to, whom "him" cannot be)."""
    out: set[int] = set()
    for verb in verbs:
        for c in r.parse.children[verb]:
            j = r.claimed[c] if r.toks[c].dep in _SUBJECTS else None
            ante = r.drafts[j].antecedent if j is not None and r.drafts[j].kind == "pronoun" else None
            if ante is not None:
                out.add(ante)
    return out


def _subject_states(r: "Resolver", verbs: set[int]) -> set[str]:
    """The states of the named subjects of these verbs (no pronouns: _subject_antecedents)."""
    out: set[str] = set()
    for verb in verbs:
        for c in r.parse.children[verb]:
            j = r.claimed[c] if r.toks[c].dep in _SUBJECTS else None
            d = r.drafts[j] if j is not None else None
            if d is not None and d.kind != "pronoun" and d.actor is not None:
                out.add(d.actor.principal)
    return out


def _object_verb_of(r: "Resolver", idx: int) -> int | None:
    """The verb a mention is the direct object of ("called Sudan's army chief")."""
    root = r.toks[_root(r, idx)]
    return root.head if root.dep == "dobj" else None


def _met_verb_of(r: "Resolver", idx: int) -> int | None:
    """The verb a mention is the direct object of, or met "with" ("spoke with Chile's
    president")."""
    root = r.toks[_root(r, idx)]
    if root.dep == "pobj" and root.head != root.i:
        prep = r.toks[root.head]
        return prep.head if r.lowers[prep.i] == "with" and prep.head != prep.i else None
    return _object_verb_of(r, idx)


def _object_verb(r: "Resolver", i: int) -> int | None:
    """The verb an object pronoun ("him", "her" not possessive, "it") depends on:
    its subject is someone else."""
    tok = r.toks[i]
    if r.lowers[i] not in ("him", "her", "it") or tok.dep == "poss":
        return None
    if tok.dep in ("dobj", "dative", "iobj"):
        return tok.head
    if tok.dep == "pobj" and r.toks[tok.head].dep == "prep":
        prep = r.toks[tok.head]
        if r.toks[prep.head].pos in ("VERB", "AUX"):
            return prep.head  # "spoke with him"
    return None


def _nameless_title(r: "Resolver", idx: int, i: int, outside: bool, quoted: list[bool]) -> bool:
    """A title with an actor that names no one ("Colombia's president"), before
    token i and, for a pronoun outside quotation marks, outside them too; so is a
    ministry's one person ("Russia's Foreign Ministry spokeswoman", read as the ministry:
    a title word last) unless its word marks the other gender than the pronoun's."""
    d = r.drafts[idx]
    last = r.lowers[d.te - 1]
    marked = gender_of_word(last, "titles")
    return (
        (
            d.kind == "title"
            or (
                d.kind == "group"
                and last in r.gaz.refer_back
                and marked in (None, gender_of_word(r.lowers[i], "pronouns"))
            )
        )
        and d.person is None
        and d.actor is not None
        and not d.members
        and d.te <= i
        and not (outside and quoted[d.ts])
    )


def _one_of_role(r: "Resolver", idx: int, i: int, outside: bool, quoted: list[bool]) -> bool:
    """A one-person phrase of a state's that names no one by a role rather than a title
    ("his host", "her guest", "his counterpart": pronouns.yaml role_nouns), before token i
    and, for a pronoun outside quotation marks, outside them too."""
    d = r.drafts[idx]
    return (
        d.kind == "group"
        and r.lowers[d.te - 1] in pronoun_words().get("role_nouns", ())
        and d.person is None
        and d.actor is not None
        and not d.members
        and d.te <= i
        and not (outside and quoted[d.ts])
    )


def _before_quotation(r: "Resolver", s: int, quoted: list[bool]) -> int:
    """The sentence before the quotation that sentence s closes: '"Jordan has a free press.
    The government does not write the news," he told reporters': for "he", the sentence
    before "Jordan has a free press" (up to two quoted sentences back), else s - 1."""
    back = s - 1
    for _ in range(2):
        words = [t for t in r.toks if t.sent == back and t.pos not in ("PUNCT", "SPACE")]
        if not words or not all(quoted[t.i] for t in words):
            break
        back -= 1
    return back


def _chained_title(
    r: "Resolver", i: int, s: int, by_sent: dict[int, list[int]], outside: bool, quoted: list[bool]
) -> list[int]:
    """The nameless title a subject pronoun of the same gender in sentence s stands for
    ("Chile's foreign minister arrived. He said talks went well. He and his Peruvian
    counterpart signed ...": the second "He" is the first's minister, the pronoun the subject
    between them)."""
    want = gender_of_word(r.lowers[i], "pronouns")
    return [
        ante
        for idx in by_sent.get(s, ())
        if r.drafts[idx].kind == "pronoun"
        and (ante := r.drafts[idx].antecedent) is not None
        and gender_of_word(r.lowers[r.drafts[idx].ts], "pronouns") == want
        and _is_subject(r, idx)
        and _nameless_title(r, ante, i, outside, quoted)
    ]


def _named_after(r: "Resolver", idx: int, cands: list[int]) -> bool:
    """A title followed by the comma-set name of its holder ("Pakistan's finance
    minister, Ayesha Malik, urged ..."): the name, not the title, is the person a
    later "she" refers to, whoever an earlier pass bound the title to."""
    d = r.drafts[idx]
    if d.kind != "title" or d.te >= len(r.toks) or r.lowers[d.te] != ",":
        return False
    return any(
        r.drafts[j].ts == d.te + 1 and r.drafts[j].kind in ("person", "surname") for j in cands
    )


def _holder_next(r: "Resolver", idx: int) -> bool:
    """Whether a mention is followed by the comma-set name of a person (its holder); the
    name may have lost a first word to the parser ("Do Thanh Huyen", "Do" read as a verb)."""
    te = r.drafts[idx].te
    if te >= len(r.toks) or r.lowers[te] != ",":
        return False
    return any(te < d.ts <= te + 2 and d.kind in ("person", "surname") for d in r.drafts)


def _is_subject(r: "Resolver", idx: int) -> bool:
    return _subject_verb(r, idx) is not None


def _is_agent(r: "Resolver", idx: int) -> bool:
    """The agent of a passive ("was criticized by Senator X"): a subject in meaning."""
    d = r.drafts[idx]
    for k in range(d.ts, d.te):
        tok = r.toks[k]
        if d.ts <= tok.head < d.te and tok.head != k:
            continue
        if tok.dep == "pobj" and r.toks[tok.head].dep == "agent":
            return True
    return False


def _plural_noun(r: "Resolver", idx: int) -> bool:
    """A mention headed by a plural common noun ("Chinese warships", "Russian
    officials"): never what "it"/"its" stands for ("Japan said Chinese warships
    had entered its waters" is Japan's)."""
    d = r.drafts[idx]
    if d.kind in ("name", "metonym"):
        return False  # a state's own name, whatever its tag
    heads = [k for k in range(d.ts, d.te) if not d.ts <= r.toks[k].head < d.te or r.toks[k].head == k]
    return bool(heads) and r.toks[heads[0]].tag == "NNS"


_MODIFIERS = frozenset({"amod", "compound", "poss"})


def _plural_title(r: "Resolver", idx: int) -> bool:
    """A title or group headed by a plural noun ("ASEAN foreign ministers"): never "he" or
    "she" (a person's name the tagger took for a plural, "Bouzid", still may be)."""
    return r.drafts[idx].kind in ("title", "group") and _plural_noun(r, idx)


def _role_of(r: "Resolver", idx: int) -> str:
    """The mention's grammatical role; a later conjunct of a modifier is a modifier ("French
    and British criticism of its war": "British" modifies the noun as "French" does), and
    of a prepositional object one too ("ties with India and China": "China" is inside the
    phrase as "India" is)."""
    d = r.drafts[idx]
    heads = [k for k in range(d.ts, d.te) if r.toks[k].head < d.ts or r.toks[k].head >= d.te]
    if not heads:
        root = next((k for k in range(d.ts, d.te) if r.toks[k].head == k), None)
        return "nsubj" if root is not None and _misread_root_verb(r, root) is not None else ""
    tok = r.toks[heads[0]]
    first = first_conjunct(r, tok, 5)
    return first.dep if first.dep in _MODIFIERS or first.dep == "pobj" else tok.dep


def _told_aside(r: "Resolver", idx: int, i: int) -> bool:
    """Whether a mention lies in an aside hung on another actor's mention that the pronoun
    at token i is outside of: "Benin, Togo's eastern neighbor, put its troops on alert",
    "Benin, which borders Togo, recalled its envoy": the aside describes Benin, and what
    follows it goes on about Benin."""
    d = r.drafts[idx]
    host = aside_host(r, d.te - 1)
    if host is None or host[1] == idx or r.drafts[host[1]].actor is None:
        return False
    # not when the pronoun is in the aside too
    return host[0] not in [i, *_ancestors(r.parse, i)[:11]]


def _aside_on_unnamed_subject(r: "Resolver", idx: int, i: int) -> bool:
    """Whether a mention of the sentence before lies in an aside hung on that sentence's main
    subject when the subject is a name that stands for no actor, and the "Its" at ``i`` opens
    its own sentence: "The Vatan Alliance, which Tajikistan banned in 2015, says it is
    peaceful. Its leader ..." goes on about the movement (no state), as _told_aside reads an
    aside on a state's name."""
    if r.lowers[i] != "its" or (i > 0 and r.sent(i - 1) == r.sent(i)):
        return False
    top = _aside_top(r, r.drafts[idx].te - 1)
    if top is None:
        return False
    host = r.toks[top].head
    owner = r.claimed[host]
    return (
        (owner is None or r.drafts[owner].actor is None)
        and r.toks[host].tag in ("NNP", "NNPS")
        and r.toks[host].dep in _SUBJECTS
        and r.toks[r.toks[host].head].dep == "ROOT"
    )


def _state_antecedent(
    r: "Resolver", i: int, by_sent: dict[int, list[int]], main_first: bool = False
) -> int | None:
    """A state/IGO mention (not a person) in this or the previous sentence.

    "its" never stands for a person, named or by title: in "Estonia ordered a
    Russian diplomat to leave, days after its police arrested ..." it is Estonia.
    A non-state armed group may be the antecedent, and then there is none.

    Prefers the mention in the same grammatical role as the pronoun ("thanked
    South Korea ... but urged it"), then one outside a prepositional phrase,
    then the nearest. With ``main_first`` (an office after "its": "Its spokesman,
    X, said") the previous sentence's main-clause subject or passive agent first.
    """
    s = r.sent(i)
    if _craft_subject_before(r, i):
        return None
    accused = _accused(r, i)
    if accused is not None:
        # "accused Laos of ..., a charge it denies": the accused, or no one when it is no state
        return next(
            (x for k in accused if (x := r.claimed[k]) is not None and r.drafts[x].actor is not None),
            None,
        )
    want = r.toks[i].dep
    attacker = _attacker(r, i)
    reporter = _reporter(r, i)
    judged = _judged(r, i)
    shared = _conjunct_subject(r, i) | _object_owner(r, i)
    if _firm_reporter(r, reporter):
        return None  # "Turkish drone maker Baykar said it had signed": the firm's, no state's
    verbs: set[int] = set()
    verb = _object_verb(r, i)
    asked = verb is not None and any(
        r.toks[c].dep == "xcomp" and c > i for c in r.parse.children[verb]
    )
    if asked and verb is not None:
        # "China said it had no ties with Palau and urged it to ...": one asked to act is a
        # state, and not the doer "urged" shares with the verb before it ("said it would fund
        # it" may be a thing: left as it was)
        verbs |= _shared_subject_verbs(r, verb)
    for _ in range(3):
        if verb is None:
            break
        verbs.add(verb)  # "was trying to isolate it": the controller of "isolate" too
        # "wrote to Ethiopia urging it to halt": the writer urges, so is not urged
        up = r.toks[verb].dep == "xcomp" or (
            r.toks[verb].dep == "advcl"
            and r.toks[verb].tag == "VBG"
            and r.lowers[i] == "it"
            and r.toks[i].dep == "dobj"
            and r.toks[verb].lemma.lower() in pronoun_words().get("object_control", frozenset())
            and not any(r.toks[c].dep in _SUBJECTS for c in r.parse.children[verb])
        )
        verb = r.toks[verb].head if up else None
    # "The ministry said the kingdom rejects it. It added ...": who goes on
    # speaking is the previous sentence's main subject, not its reported one.
    speaks = want in _SUBJECTS and r.toks[r.toks[i].head].lemma.lower() in speech_verbs()
    near = _nearby(r, by_sent, s, 1)
    # "The ICC's registry said Uganda had a duty to ... It thanked Kampala": a subject "It"
    # that opens its sentence goes on with the previous sentence's main subject, whatever
    # its verb, not with a reported clause's subject
    speaks = speaks or _opening_subject(r, i, near)
    best: tuple[int, int, int] | None = None
    # the state of whoever does the act is not the one it is done to, in any of its mentions
    # ("A Chinese spokesperson said China had no ties with Palau and urged it to ...")
    doers = {
        d.actor.principal
        for idx in near
        if (d := r.drafts[idx]).actor is not None and d.te <= i and _subject_verb(r, idx) in verbs
    } if asked else set()
    for idx in near:
        d = r.drafts[idx]
        if (d.actor is None and not d.nonstate) or d.person is not None or d.te > i:
            continue
        if verbs and _subject_verb(r, idx) in verbs:
            continue  # "New Delhi was trying to isolate it": not New Delhi
        if d.actor is not None and d.actor.principal in doers:
            continue
        if any(k in attacker for k in range(d.ts, d.te)):
            continue
        if d.kind in _PERSONAL or _plural_noun(r, idx):
            continue
        if r.sent(d.ts) == s and _told_aside(r, idx, i):
            continue
        if r.sent(d.ts) == s - 1 and _aside_on_unnamed_subject(r, idx, i):
            continue
        role = _role_of(r, idx)
        body = _igo_on_subject(r, idx) if r.sent(d.ts) == s - 1 else None
        if body is not None:
            role = "nsubj"  # "The United Nations Support Mission in Libya urged ...": the UN's
        main = (main_first or speaks) and r.sent(d.ts) == s - 1 and (
            _main_subject(r, idx) or (body is not None and r.toks[body].dep == "ROOT")
        )
        if main and role not in _SUBJECTS:
            role = "nsubj"  # "was condemned by Togo, which said ...": Togo acts
        if r.sent(d.ts) == s - 1 and role not in _SUBJECTS:
            continue
        score = (2 if role == want or (role in _SUBJECTS and want in _SUBJECTS) else 0) + (
            0 if role in ("pobj", "poss", "compound", "amod") else 1
        ) + (1 if main else 0)
        if any(k in reporter or _modifies(r, k, reporter) for k in range(d.ts, d.te)):
            # "India, which Pakistan accused, said it would respond": India; "The NATO-led
            # force in Kosovo said it": the name on the reporter's noun, not the place after
            score += 4
        if any(k in judged for k in range(d.ts, d.te)):
            score += 4  # "criticized Israel over drones that it sold": Israel
        if any(k in shared for k in range(d.ts, d.te)):
            score += 4  # "the ministry said X ..., and it warned Y": the ministry goes on
        if best is None or (score, d.ts) > best[:2]:
            best = (score, d.ts, idx)
    if best is None and attacker:
        return _state_antecedent_any(r, i, by_sent)
    if best is None or r.drafts[best[2]].nonstate:
        return None  # "the RSF said its fighters": the group's, so no state's
    return best[2]


_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "poss", "nmod", "punct", "case"})


def _opening_subject(r: "Resolver", i: int, near: list[int]) -> bool:
    """Whether "it" at ``i`` is the subject of its own sentence's main verb with no actor named
    before it there: it opens the sentence, so it goes on with who acted in the one before."""
    tok = r.toks[i]
    if r.lowers[i] != "it" or tok.dep not in _SUBJECTS or r.toks[tok.head].dep != "ROOT":
        return False
    s = r.sent(i)
    return not any(
        r.sent((d := r.drafts[idx]).ts) == s and d.ts < i and (d.actor is not None or d.person)
        for idx in near
    )


def _igo_on_subject(r: "Resolver", idx: int) -> int | None:
    """The verb whose subject an IGO's name modifies, when that subject's noun names no actor
    of its own: "The United Nations Support Mission in Libya urged", "The OPEC secretariat
    wrote". The body acts as the IGO does, so the name stands for the subject."""
    d = r.drafts[idx]
    if d.actor is None or d.actor.principal not in r.gaz.igos:
        return None
    heads = [
        k for k in range(d.ts, d.te) if not d.ts <= r.toks[k].head < d.te and r.toks[k].dep != "det"
    ]
    k = heads[-1] if heads else None
    for _ in range(4):
        if k is None or r.toks[k].dep not in _MODIFIER_DEPS or r.toks[k].head == k:
            return None
        k = r.toks[k].head
        if r.claimed[k] is not None and r.claimed[k] != idx:
            return None  # "the IMF's Kenya team": a mention of its own
        if r.toks[k].dep in _SUBJECTS and r.toks[k].pos in ("NOUN", "PROPN"):
            return r.toks[k].head
    return None


def _modifies(r: "Resolver", k: int, heads: frozenset[int]) -> bool:
    """Whether token ``k`` is a modifier on one of ``heads`` (through modifiers only): "NATO"
    in "NATO's peacekeeping force", "the NATO-led force"; not "Kosovo" in "the force in
    Kosovo", which only places it."""
    backing = pronoun_words().get("backing_words", frozenset())
    for _ in range(4):
        tok = r.toks[k]
        if tok.dep not in _MODIFIER_DEPS or tok.head == k:
            return False
        k = tok.head
        if r.lowers[k] in backing:
            return False  # "the Russian-backed government": a backer's name
        if k in heads:
            return True
    return False


def _conjunct_subject(r: "Resolver", i: int) -> frozenset[int]:
    """The subject of the verb that the verb of "it" at ``i`` is a later conjunct of ("the
    ministry said ... Georgetown, and it warned Trinidad"): coordinated clauses keep their
    subject, so it outranks the previous sentence's speaker and a name in between."""
    tok = r.toks[i]
    if r.lowers[i] != "it" or tok.dep not in _SUBJECTS:
        return frozenset()
    verb = r.toks[tok.head]
    if verb.dep != "conj" or verb.head == tok.head or r.toks[verb.head].dep == "ccomp":
        # "Astana said CNNC will lead ..., and it signed": a reported clause's subject is not
        # the teller who goes on (_reporter's)
        return frozenset()
    return frozenset(c for c in r.parse.children[verb.head] if r.toks[c].dep in _SUBJECTS)


def _object_owner(r: "Resolver", i: int) -> frozenset[int]:
    """The subject of the verb whose direct object "its" at ``i`` is on, when that verb is a
    later conjunct with no subject of its own ("Vietnam ignored China's warning and sent its
    boats to the reef"): the doer goes on acting with its own things, so the shared subject
    outranks a possessor in between, which the same-role preference would pick. Only for
    verbs of moving one's own forces or craft (pronouns.yaml own_things_verbs): "rejected
    its demand", "summoned its ambassador" answer the other side's."""
    tok = r.toks[i]
    if r.lowers[i] != "its" or tok.dep != "poss" or r.toks[tok.head].dep != "dobj":
        return frozenset()
    verb = r.toks[r.toks[tok.head].head]
    if verb.lemma.lower() not in pronoun_words().get("own_things_verbs", ()):
        return frozenset()
    if verb.dep != "conj" or any(r.toks[c].dep in _SUBJECTS for c in r.parse.children[verb.i]):
        return frozenset()
    return frozenset(c for c in r.parse.children[verb.head] if r.toks[c].dep in _SUBJECTS)


def _reporter(r: "Resolver", i: int) -> frozenset[int]:
    """The subject tokens of the speech verb whose reported clause has "it" at
    ``i`` as its subject ("India said it would ...", "... and that it would ..."),
    or "its" on that subject ("India said its troops had ..."): a state reporting
    on itself outranks a state named in between ("Vietnam accused China ..., and
    said its coast guard ...": Vietnam, the subject the speech verb shares)."""
    tok = r.toks[i]
    if r.lowers[i] == "it" and tok.dep in _SUBJECTS:
        v = tok.head
    elif r.lowers[i] == "its" and tok.dep == "poss" and r.toks[tok.head].dep in _SUBJECTS:
        v = r.toks[tok.head].head
    else:
        return frozenset()
    for _ in range(3):
        if r.toks[v].dep != "conj" or r.toks[v].head == v:
            break
        v = r.toks[v].head  # "that X ... and that it would ..."
        if r.lowers[i] == "its" and any(
            r.toks[c].dep in _SUBJECTS and r.toks[c].pos != "PRON" for c in r.parse.children[v]
        ):
            # "Japan said China had stepped up drills and its warships had sailed ...": the
            # reported clause before has a subject of its own, whose "its" this is
            return frozenset()
    if r.toks[v].dep != "ccomp" or r.toks[v].head == v:
        return frozenset()
    said = r.toks[v].head
    if r.toks[said].lemma.lower() not in speech_verbs():
        return frozenset()
    for _ in range(3):
        subjects = frozenset(c for c in r.parse.children[said] if r.toks[c].dep == "nsubj")
        # "Kosovo was warned by Serbia that it would not tolerate ...": the passive's agent
        subjects = subjects or frozenset(
            p
            for a in r.parse.children[said]
            if r.toks[a].dep == "agent"
            for p in r.parse.children[a]
            if r.toks[p].dep == "pobj"
        )
        if subjects or r.toks[said].dep != "conj" or r.toks[said].head == said:
            # "The SBU security service said it had ...": the name before the subject's noun
            # is the one mention of the reporter
            names = [
                c
                for s in subjects
                for c in r.parse.children[s]
                if r.toks[c].dep in ("compound", "amod")
            ]
            return subjects | frozenset(names)
        said = r.toks[said].head  # "accused China ... and said": the first verb's subject
    return frozenset()


def _firm_reporter(r: "Resolver", reporter: frozenset[int]) -> bool:
    """A reporter ``_reporter`` found that is a firm no actor stands for: a firm noun
    (pronouns.yaml firm_nouns) on the subject, its compounds or its apposition
    ("Norwegian energy firm Equinor", "Baykar, a drone maker"), and no noun there an
    actor's. The state its adjective names is where the firm is from, not who acts."""
    if not reporter:
        return False
    firms = pronoun_words().get("firm_nouns", frozenset())
    words = set(reporter)
    for k in reporter:
        words.update(c for c in r.parse.children[k] if r.toks[c].dep == "appos")
    owners = [(k, r.claimed[k]) for k in words]
    if any(
        d is not None
        and r.drafts[d].actor is not None
        and r.toks[k].pos != "ADJ"  # "South Korean automaker Hyundai": the firm's origin
        for k, d in owners
    ):
        return False  # "Chinese firm Huawei" (a business role), "the SBU security service"
    names = pronoun_words().get("firm_name_words", frozenset())
    return any(
        r.toks[k].lemma.lower() in firms
        or (r.toks[k].pos == "PROPN" and r.lowers[k] in names)
        or _owned_name(r, k)
        for k in words
    )


def _owned_name(r: "Resolver", k: int) -> bool:
    """A firm's name no actor stands for after a state's possessive ("Italy's Leonardo said
    it had signed ...", "Japan's Toyota Motor"): an organisation of one word or ending in a
    firm's word, as the coder reads a brand (parties._actors_of); not "its Maritime
    Authority", nor "Italy's government" or "Italy's Meloni", who are actors."""
    d = r.claimed[k]
    if r.toks[k].pos != "PROPN" or (d is not None and r.drafts[d].actor is not None):
        return False
    ent = next((e for e in r.parse.entities if e.token_start <= k < e.token_end), None)
    if ent is None or ent.label != "ORG":
        return False
    firm_end = r.lowers[ent.token_end - 1] in pronoun_words().get("firm_name_words", ())
    if ent.token_end - ent.token_start > 1 and not firm_end:
        return False
    owners = [r.claimed[c] for c in r.parse.children[k] if r.toks[c].dep == "poss"]
    actors = [r.drafts[o].actor for o in owners if o is not None]
    return any(a is not None and not a.role for a in actors)


def _judged(r: "Resolver", i: int) -> frozenset[int]:
    """The object tokens of a verb of blame or praise whose for- or over-phrase holds a
    relative clause with "it" at ``i`` as its subject: the deed blamed is the object's, not
    the judge's ("Armenia criticized Israel over drones that it sold to Azerbaijan")."""
    tok = r.toks[i]
    if r.lowers[i] != "it" or tok.dep not in _SUBJECTS or r.toks[tok.head].dep != "relcl":
        return frozenset()
    words = pronoun_words()
    clause = r.toks[tok.head].lemma.lower()
    if clause in words.get("speech_verbs", frozenset()) | words.get("judge_own_verbs", frozenset()):
        return frozenset()  # "criticized Japan over remarks that it described as provocative"
    noun = r.toks[r.toks[tok.head].head]
    prep = r.toks[noun.head]
    if noun.dep != "pobj" or r.lowers[prep.i] not in ("for", "over") or prep.head == prep.i:
        return frozenset()
    verb = prep.head
    if r.toks[verb].lemma.lower() not in words.get("judging_verbs", frozenset()):
        return frozenset()
    return frozenset(c for c in r.parse.children[verb] if r.toks[c].dep == "dobj")


def _accused(r: "Resolver", i: int) -> frozenset[int] | None:
    """The object tokens of a verb of accusing when "it" at ``i`` denies the charge in a
    clause on it ("Chad accused Sudan of arming rebels, a charge it denies"): the denier is the
    accused ("Critics accused the government of ceding land to Laos, a charge it denies": the
    government, never Laos). None when "it" stands in no such clause."""
    tok = r.toks[i]
    words = pronoun_words()
    verb = r.toks[tok.head]
    if r.lowers[i] != "it" or tok.dep not in _SUBJECTS or verb.dep != "relcl":
        return None
    noun = r.toks[verb.head]
    if verb.lemma.lower() not in words.get("denial_verbs", frozenset()) or (
        noun.lemma.lower() not in words.get("charge_nouns", frozenset())
    ):
        return None
    k = noun.head
    for _ in range(4):
        if r.toks[k].lemma.lower() in words.get("accusing_verbs", frozenset()):
            return frozenset(c for c in r.parse.children[k] if r.toks[c].dep == "dobj")
        if r.toks[k].head == k:
            break
        k = r.toks[k].head
    return None


def _main_subject(r: "Resolver", idx: int) -> bool:
    """The subject (or passive agent) of its sentence's main verb: "Togo's government
    said that Ghana had closed the border. Its spokesman ..." is Togo's, not the
    subordinate clause's Ghana."""
    verb = _subject_verb(r, idx)
    if verb is None and _is_agent(r, idx):
        d = r.drafts[idx]
        by = next(
            (r.toks[k].head for k in range(d.ts, d.te) if r.toks[r.toks[k].head].dep == "agent"),
            None,
        )
        verb = None if by is None else r.toks[by].head
    return verb is not None and (
        r.toks[verb].dep == "ROOT" or _misread_root_verb(r, r.toks[verb].head) == verb
    )


def _attacker(r: "Resolver", i: int) -> frozenset[int]:
    """The subject tokens of a hostile act whose object "its" qualifies: "Iran
    said the United States had struck its bases" -> {States}. "its own" and a
    possessive anywhere else name no attacker."""
    tok = r.toks[i]
    if r.lowers[i] != "its" or tok.dep != "poss":
        return frozenset()
    if i + 1 < len(r.toks) and r.lowers[i + 1] == "own":
        return frozenset()
    noun = r.toks[tok.head]
    of = r.toks[noun.head]
    if noun.dep == "pobj" and r.lowers[of.i] == "of" and _partitive(r, of.head):
        noun = r.toks[of.head]  # "seized one of its tankers": the part is the object
    if noun.dep == "pobj" and r.lowers[noun.head] in ("at", "on", "against"):
        noun = r.toks[noun.head]  # "fired missiles at its cities": the act's prep
    elif noun.dep != "dobj":
        return frozenset()
    if noun.head == noun.i:
        return frozenset()
    verb = r.toks[noun.head]
    if verb.pos == "NOUN" and verb.dep == "dobj" and verb.head != verb.i:
        verb = r.toks[verb.head]  # "launched attacks on its posts": the launcher
    if verb.lemma.lower() not in pronoun_words().get("hostile_acts", frozenset()):
        return frozenset()
    subjects = frozenset(
        t.i for t in r.toks if t.head == verb.i and t.dep == "nsubj" and t.i != verb.i
    )
    prep = r.toks[verb.head]
    if not subjects and verb.dep == "pcomp" and prep.dep == "prep" and prep.head != prep.i:
        # "accused the Philippines of violating its waters": the accused is the actor
        return frozenset(
            t.i for t in r.toks if t.head == prep.head and t.dep == "dobj" and t.i != prep.head
        )
    return subjects


def _partitive(r: "Resolver", i: int) -> bool:
    """A number or a word of how many heading a part ("one of", "dozens of": partitive_words)."""
    return r.toks[i].pos == "NUM" or r.lowers[i] in pronoun_words().get("partitive_words", ())


def _state_antecedent_any(r: "Resolver", i: int, by_sent: dict[int, list[int]]) -> int | None:
    """``_state_antecedent`` without the hostile-act exclusion: the attacker is the
    only state in reach ("Britain expelled its diplomats"), so keep the old answer."""
    s = r.sent(i)
    want = r.toks[i].dep
    best: tuple[int, int, int] | None = None
    for idx in _nearby(r, by_sent, s, 1):
        d = r.drafts[idx]
        if (d.actor is None and not d.nonstate) or d.person is not None or d.te > i:
            continue
        if d.kind in _PERSONAL or _plural_noun(r, idx):
            continue
        role = _role_of(r, idx)
        if r.sent(d.ts) == s - 1 and role not in _SUBJECTS:
            continue
        score = (2 if role == want or (role in _SUBJECTS and want in _SUBJECTS) else 0) + (
            0 if role in ("pobj", "poss", "compound", "amod") else 1
        )
        if best is None or (score, d.ts) > best[:2]:
            best = (score, d.ts, idx)
    if best is None or r.drafts[best[2]].nonstate:
        return None
    return best[2]


def _split_its(r: "Resolver", i: int) -> bool:
    """ "Its" tokenised as "It" + "s", or misspelt "It's": possibly a possessive."""
    return (
        i + 1 < len(r.toks)
        and not r.toks[i].ws
        and r.toks[i + 1].text.replace("’", "'") in ("s", "'s")
        and r.claimed[i + 1] is None
    )


_OFFICE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "MED"})


def _office_after(r: "Resolver", i: int, owner: "Actor") -> tuple[int, str, "Actor"] | None:
    """ "its prime minister", "its Foreign Ministry", "its army": a title or a
    state's role phrase after "its", when it acts (a subject, or the agent of a
    passive, or of such a subject's part: "one of its soldiers was killed"), is the
    office of the state (or IGO) "its" stands for: (end,
    kind, actor). A former holder ("its former president") acts
    for no one, and a private role ("its citizens") is no office."""
    n = len(r.toks)
    k = i + 1
    while k < n and r.lowers[k] in r.gaz.modifiers:
        k += 1
    if k >= n or r.lowers[k] in r.gaz.former or not r.free(i, k):
        return None
    igo = owner.principal in r.gaz.igos
    title = r.gaz.match_in(r.gaz.titles, r.lowers, k)
    role = r.gaz.match_in(r.gaz.roles, r.lowers, k)
    if title is not None and (role is None or title[0] >= role[0]):
        end, kind, found = k + title[0], "title", str(title[1] or "GOV")
    elif role is not None and role[1] in _OFFICE_ROLES:
        end, kind, found = k + role[0], "group", str(role[1])
    else:
        return None
    if not r.free(k, end) or r.toks[end - 1].pos not in ("NOUN", "PROPN"):
        return None
    if end < n and r.toks[end].pos in ("NOUN", "PROPN") and r.lowers[end] not in ("'s", "'"):
        return None  # "its army base": the noun is a modifier
    head = r.toks[end - 1]
    actor = r.gaz.principal_actor(owner.principal) if igo else r.gaz.principal_actor(owner.principal, found)
    if head.dep not in _SUBJECTS and not (
        head.dep == "pobj" and (r.toks[head.head].dep == "agent" or _part_of_subject(r, head.head))
    ):
        # "Canada recalled its ambassador": the state's own, left to "its"; a name
        # in apposition still holds the office ("sent its foreign secretary, X,")
        if kind == "title":
            _appositive_holder(r, end, actor)
        return None
    return end, kind, actor


def _part_of_subject(r: "Resolver", of: int) -> bool:
    """Whether an of-phrase is that of a subject's part: "one of its soldiers was killed",
    "two of its diplomats were expelled" (a number or a word of how many, _partitive)."""
    tok = r.toks[of]
    return (
        r.lowers[of] == "of"
        and tok.head != of
        and _partitive(r, tok.head)
        and r.toks[tok.head].dep in _SUBJECTS
    )


def _plural_antecedent(r: "Resolver", i: int, by_sent: dict[int, list[int]]) -> int | None:
    """The nearest plural group before "their" in its sentence: "in contact with
    Estonian authorities and praised their vigilance" -> Estonian authorities. A
    state or an alliance is singular ("its"); only a plural noun ("officials",
    "authorities") of one actor is taken, never a person."""
    best: int | None = None
    for idx in by_sent.get(r.sent(i), ()):
        d = r.drafts[idx]
        if d.actor is None or d.person is not None or d.te > i or d.kind in _PERSONAL:
            continue
        heads = [k for k in range(d.ts, d.te) if not d.ts <= r.toks[k].head < d.te or r.toks[k].head == k]
        if not heads or r.toks[heads[0]].tag not in ("NNS", "NNPS"):
            continue
        if best is None or d.ts > r.drafts[best].ts:
            best = idx
    return best


def _them_antecedent(
    r: "Resolver", i: int, by_sent: dict[int, list[int]]
) -> tuple[int, "Actor | None", tuple["Actor", ...]] | None:
    """What an object "them" stands for: the plural subject of the sentence before
    (``_they_antecedent`` one sentence back), when nothing plural is named before
    it in its own sentence, which "them" might stand for instead: a pair named there
    ("Ethiopia, which borders both countries, urged them to talk"), when nothing else
    plural comes between. With no plural subject there, "them" is the one pair the
    sentence before named as a party ("The AU called on both governments to show
    restraint. Russia urged them to ...", "China warned Japan and the Philippines. It
    accused them of ..."), not a place ("met in Lima and Quito")."""
    s = r.sent(i)
    go_betweens = _mediators(r, i)
    own = [
        idx
        for idx in by_sent.get(s, ())
        if r.drafts[idx].te <= i
        and (r.drafts[idx].members or _joined_actors(r, idx)[1:] or _plural_noun(r, idx))
        and not any(r.drafts[idx].ts <= k < r.drafts[idx].te for k in go_betweens)
    ]
    if own:
        return _own_pair(r, i, own)
    sent = r.parse.sentences[s - 1] if s > 0 else None
    party = _party_object(r, i) or (
        r.toks[i].dep == "dobj"
        and r.toks[r.toks[i].head].lemma in pronoun_words().get("party_object_verbs", ())
    )
    if sent is not None and _plain_plurals(r, sent.token_start, sent.token_end, _OBJECTS, party):
        return None  # "... sent weapons to militias in Syria. The Navy seized them"
    they = _they_antecedent(r, i, by_sent, own=False)
    if they is not None or sent is None:
        return they
    if _plain_plurals(r, sent.token_start, sent.token_end, _SUBJ_DEPS, True):
        return None  # "Protesters from Serbia and Hungary blocked ... Austria urged them"
    pairs = [
        idx
        for idx in by_sent.get(s - 1, ())
        if (len(r.drafts[idx].members) > 1 or len(_joined_actors(r, idx)) > 1)
        and named_as_party(r, idx)
    ]
    if not pairs and _party_object(r, i):
        return _main_sides(r, i, by_sent)
    if len(pairs) != 1 or (_recipient(r, pairs[0]) and not _party_object(r, i)):
        return None
    return pairs[0], None, r.drafts[pairs[0]].members or _joined_actors(r, pairs[0])


def _main_sides(
    r: "Resolver", i: int, by_sent: dict[int, list[int]]
) -> tuple[int, "Actor | None", tuple["Actor", ...]] | None:
    """An appeal's "them" after a sentence that names no pair at once but whose main verb
    sets one party against another ("Egypt accused Ethiopia of breaching the treaty. The AU
    urged them to return to talks"): those two, when neither is named before "them" in its
    own sentence (an appeal by one side is made to the other alone)."""
    sent = r.parse.sentences[r.sent(i) - 1]
    if any(
        r.toks[k].dep in _MAIN_ARGS and r.toks[k].tag == "NNS"
        for k in range(sent.token_start, sent.token_end)
    ):
        return None  # "Peru expelled three Bolivian diplomats. Chile urged them to leave"
    found = main_parties(r, r.sent(i) - 1)
    if found is None:
        return None
    sides = tuple(r.drafts[x].actor for x in found)
    if any(a is None for a in sides):
        return None
    own = {
        r.drafts[idx].actor.principal  # type: ignore[union-attr]
        for idx in by_sent.get(r.sent(i), ())
        if r.drafts[idx].te <= i and r.drafts[idx].actor is not None
    }
    if own & {a.principal for a in sides}:  # type: ignore[union-attr]
        return None
    return max(found, key=lambda x: r.drafts[x].ts), None, sides  # type: ignore[return-value]


def _mediators(r: "Resolver", i: int) -> frozenset[int]:
    """The subject tokens of a verb that mediates "between them" ("Turkey and Qatar brokered
    talks between them", "mediated between them"): go-betweens are never the sides, so
    "them" is a pair told before."""
    tok = r.toks[i]
    if tok.dep != "pobj" or r.lowers[tok.head] != "between":
        return frozenset()
    verb = r.toks[tok.head].head
    if r.toks[verb].dep in ("dobj", "nsubjpass") and r.toks[verb].pos == "NOUN":
        verb = r.toks[verb].head  # "brokered talks between them"
    if r.toks[verb].lemma not in pronoun_words().get("mediating_verbs", ()):
        return frozenset()
    stack = [c for c in r.parse.children[verb] if r.toks[c].dep == "nsubj"]
    out: set[int] = set()
    while stack:
        k = stack.pop()
        out.add(k)
        stack.extend(c for c in r.parse.children[k] if r.toks[c].dep == "conj")
    return frozenset(out)


def _recipient(r: "Resolver", idx: int) -> bool:
    """Whether a mention receives what its verb hands over ("sold arms to Taiwan and
    Japan", "sent Kyiv and Vilnius tanks"): a "them" after it may mean the things, so
    "China condemned them" names no one; an appeal ("urged them to stop") still does."""
    tok = r.toks[_root(r, idx)]
    if tok.dep == "pobj" and r.lowers[tok.head] == "to":
        verb = r.toks[tok.head].head
    elif tok.dep == "dative":
        verb = tok.head
    else:
        return False
    return any(r.toks[c].dep == "dobj" for c in r.parse.children[verb])


def _own_pair(
    r: "Resolver", i: int, own: list[int]
) -> tuple[int, "Actor | None", tuple["Actor", ...]] | None:
    """The pair of states named earlier in the sentence of an object "them" (``own``: its
    plural mentions before it), when it is the last plural there (its own conjuncts
    aside) and no plain plural noun comes between ("refugees from both countries")."""
    pairs = [x for x in own if len(r.drafts[x].members or _joined_actors(r, x)) > 1]
    if not pairs:
        return None
    best = max(pairs, key=lambda x: r.drafts[x].ts)
    d = r.drafts[best]
    if any(r.drafts[x].ts > d.ts and not _joined_to(r, x, best) for x in own):
        return None
    first = r.parse.sentences[r.sent(i)].token_start
    if _plain_plurals(r, first, i, _OBJECTS + _SUBJ_DEPS, _party_object(r, i)):
        return None
    return best, None, d.members or _joined_actors(r, best)


def _party_object(r: "Resolver", i: int) -> bool:
    """Whether "them" at token i is the object of an appeal with an infinitive
    ("urged them to talk", "called on them to show restraint") or follows
    "between" ("to mediate between them"): people or parties, never things."""
    tok = r.toks[i]
    verb = tok.head
    if tok.dep == "pobj" and r.lowers[verb] == "between":
        return True
    if tok.dep == "pobj":
        verb = r.toks[verb].head  # "called on them to"
    elif tok.dep not in ("dobj", "dative"):
        return False
    if r.toks[verb].lemma not in pronoun_words().get("object_control", frozenset()):
        return False
    return any(
        r.toks[c].dep in ("xcomp", "advcl")
        and c > i
        and any(r.lowers[g] == "to" for g in r.parse.children[c])
        for c in r.parse.children[verb]
    )


_OBJECTS = ("dobj", "pobj", "obj")
_MAIN_ARGS = ("nsubj", "nsubjpass", "dobj", "obj")
_SUBJ_DEPS = ("nsubj", "nsubjpass")


def _plain_plurals(
    r: "Resolver", start: int, end: int, deps: tuple[str, ...], people: bool = False
) -> bool:
    """Whether a plural noun in one of ``deps`` between two tokens stands for no actor
    ("militias", "weapons", "opposition groups"): a plural pronoun may mean it. With
    ``people``, only a noun of people counts (an appeal's "them" is never "accusations")."""
    return any(
        r.toks[k].dep in deps and plain_plural(r, k) and (not people or people_plural(r, k))
        for k in range(start, end)
    )


def _they_antecedent(
    r: "Resolver", i: int, by_sent: dict[int, list[int]], own: bool = True
) -> tuple[int, "Actor | None", tuple["Actor", ...]] | None:
    """What a subject "they" stands for: the subject before it in its sentence,
    else the main subject of the sentence before, when that subject is plural
    and acts for someone: a role or title in the plural with one actor ("G7
    leaders met ... they called on China", "Iranian officials said they"), a
    plural reference, or names joined by "and" ("Russia and Ukraine swapped
    prisoners. They also agreed ..."): (draft, actor, members). A singular or
    unresolved subject ("Protesters gathered ...") gives nothing."""
    s = r.sent(i)
    first = r.parse.sentences[s].token_start
    if own and _plain_plurals(r, first, i, ("nsubj", "nsubjpass")):
        return None  # "Opposition groups in Sudan said they ...": the groups, no actor
    for t in (s, s - 1) if own else (s - 1,):
        subjects = sorted(
            (
                idx
                for idx in by_sent.get(t, ())
                if r.drafts[idx].te <= (i if t == s else len(r.toks))
                and r.drafts[idx].kind != "pronoun"
                and _role_of(r, idx) in _SUBJECTS
            ),
            key=lambda idx: r.drafts[idx].ts,
        )
        if t == s:
            subjects = subjects[-1:]  # the nearest before it
        if not subjects:
            if t == s:
                continue
            # "Foreign ministers of the Group of Seven met in Lyon. They urged ..."
            g = role_group_subject(r, t)
            return None if g is None else (g.draft, g.actor, g.members)
        idx = subjects[0]
        d = r.drafts[idx]
        if t < s and any(
            _plural_subject(r, x) and _principals(r, x) != _principals(r, idx)
            for x in subjects[1:]
            if not _joined_to(r, x, idx)
        ):
            return None  # "Sudan and Chad traded accusations, while Egypt and Libya stayed silent"
        if d.members:
            return idx, None, d.members
        g = role_group_subject(r, t) if t < s else None
        if g is not None and g.members and d.ts <= g.head < d.te:
            return g.draft, None, g.members  # "Officials from Japan and South Korea met"
        joined = _joined_actors(r, idx)
        if len(joined) > 1:
            return idx, None, joined
        if d.actor is not None and d.person is None and _plural_noun(r, idx):
            return idx, d.actor, ()
        if t < s:
            return _met_pair(r, idx)
        return None
    return None


def _met_pair(r: "Resolver", idx: int) -> tuple[int, None, tuple["Actor", ...]] | None:
    """A "they" after one person met another: the two ("Indonesia's foreign minister met his
    Malaysian counterpart on Monday. They signed a memorandum"). The sentence's main verb is
    a verb of meeting (pronouns.yaml pair_meeting_verbs) whose subject acts for one state and
    whose object or with-phrase for another."""
    d = r.drafts[idx]
    verb = _subject_verb(r, idx)
    if d.actor is None or verb is None or _negated(r, verb):
        return None
    if r.toks[verb].head != verb or r.toks[verb].lemma.lower() not in pronoun_words().get(
        "pair_meeting_verbs", frozenset()
    ):
        return None
    met = [
        o
        for o in range(len(r.drafts))
        if r.drafts[o].kind != "pronoun"
        and r.drafts[o].actor is not None
        and _met_verb_of(r, o) == verb
    ]
    if len(met) != 1:
        return None
    other = r.drafts[met[0]].actor
    assert other is not None
    if other.principal == d.actor.principal:
        return None
    return idx, None, (d.actor, other)


def _plural_subject(r: "Resolver", idx: int) -> bool:
    """A subject that a "they" or "them" could stand for: a plural reference, names
    joined by "and", or a plural noun of one actor ("Egyptian officials")."""
    d = r.drafts[idx]
    return (
        bool(d.members)
        or len(_joined_actors(r, idx)) > 1
        or (d.person is None and _plural_noun(r, idx))
    )


def _principals(r: "Resolver", idx: int) -> frozenset[str]:
    """The principals a subject stands for: its members, its joined names or its actor."""
    d = r.drafts[idx]
    actors = d.members or _joined_actors(r, idx) or ((d.actor,) if d.actor is not None else ())
    return frozenset(a.principal for a in actors)


def _joined_to(r: "Resolver", idx: int, first: int) -> bool:
    """Whether mention idx is a conjunct of the subject list opened by mention first."""
    stack = [_root(r, first)]
    while stack:
        k = stack.pop()
        if r.claimed[k] == idx:
            return True
        stack.extend(c for c in r.parse.children[k] if r.toks[c].dep == "conj")
    return False


def _joined_actors(r: "Resolver", idx: int) -> tuple["Actor", ...]:
    """The actors of a subject and the names joined to it by "and" ("Russia and
    Ukraine", "Vucic and Kurti"), each once, in order; () when any of them has none."""
    out: list["Actor"] = []
    stack = [_root(r, idx)]
    while stack:
        k = stack.pop()
        owner = r.claimed[k]
        if owner is None or r.drafts[owner].actor is None:
            return ()
        actor = r.drafts[owner].actor
        assert actor is not None
        if all(a.principal != actor.principal for a in out):
            out.append(actor)
        stack.extend(c for c in r.parse.children[k] if r.toks[c].dep == "conj")
    return tuple(out)


def _controller(r: "Resolver", i: int, verbs: frozenset[str]) -> tuple[int, ...]:
    """The objects that control the infinitive clause holding a possessive:
    "Ishiba urged China to ... lift its ban" -> China; "called on Beijing to
    reconsider its decision" -> Beijing; "pressed Israel and Egypt to open
    their borders" -> both. State/IGO mentions, else none."""
    k = r.toks[i].head
    for _ in range(12):  # up through the possessed noun's verb, conjuncts and xcomps
        tok = r.toks[k]
        if tok.pos in ("VERB", "AUX") and any(
            r.toks[c].dep in _SUBJECTS for c in r.parse.children[k]
        ):
            return ()  # a clause with its own subject: "... that Japan lift its ban"
        if tok.head == k:
            return ()
        verb = tok.head
        if (
            tok.pos in ("VERB", "AUX")
            and tok.dep in ("xcomp", "advcl")  # the parser takes some for purpose clauses
            and r.toks[verb].lemma in verbs
            and _infinitive(r, k)
        ):
            break
        k = verb
    else:
        return ()
    objects = []
    for c in r.parse.children[verb]:
        if r.toks[c].dep == "dobj" and c < k:
            objects.append(c)
        elif r.toks[c].dep == "prep" and c < k:  # "call on X", "appeal to X"
            objects.extend(g for g in r.parse.children[c] if r.toks[g].dep == "pobj")
    objects.extend(g for o in list(objects) for g in r.parse.children[o] if r.toks[g].dep == "conj")
    found: list[int] = []
    for o in objects:
        idx = r.claimed[o]
        if idx is None or idx in found:
            continue
        d = r.drafts[idx]
        if d.actor is not None and d.person is None and d.kind != "pronoun":
            found.append(idx)
    return tuple(found)


def _expletive(r: "Resolver", i: int, heads: frozenset[str], acting: frozenset[str]) -> bool:
    """Whether "it" is no one ("it was important", "it will take years"); "it would take
    legal action" is a state's act (acting, the objects that make the head an act)."""
    tok = r.toks[i]
    head = r.toks[tok.head]
    if tok.dep not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss"):
        return True
    if tok.dep == "nsubj" and head.lemma in heads:
        return not any(
            r.toks[c].dep == "dobj" and r.toks[c].lemma in acting for c in r.parse.children[head.i]
        )
    return False


def _group_igo(r: "Resolver", i: int, by_sent: dict[int, list[int]]) -> int | None:
    """The bloc "the group" at token i (the noun) refers to: the nearest named body
    before it (an IGO, a group, a non-state group, or an organisation the model
    found), when that body is a membership IGO of pronouns.yaml."""
    words = pronoun_words()
    s = r.sent(i)
    lookback = int(load_data("actors/pronouns.yaml").get("group_lookback", 2))
    best: tuple[int, int] | None = None  # (token start, draft index or -1)
    for idx in _nearby(r, by_sent, s, lookback):
        d = r.drafts[idx]
        if d.te > i - 1 or d.kind in _PERSONAL or d.members:
            continue
        if d.nonstate or (d.actor is not None and (d.actor.principal in r.gaz.igos or d.actor.role)):
            if best is None or d.ts > best[0]:
                best = (d.ts, idx)
    for ent in r.parse.entities:
        if ent.label != "ORG" or ent.token_end > i - 1 or r.sent(ent.token_start) < s - lookback:
            continue
        if any(
            r.claimed[k] is not None and r.drafts[r.claimed[k]].actor is not None  # type: ignore[index]
            for k in range(ent.token_start, ent.token_end)
        ):
            continue  # an actor's name: the drafts above have it
        if best is None or ent.token_start > best[0]:
            best = (ent.token_start, -1)
    if best is None or best[1] < 0:
        return None
    d = r.drafts[best[1]]
    if d.actor is None or d.actor.principal not in words.get("group_igos", ()):
        return None
    return best[1]


def _neighbor(
    r: "Resolver", i: int, by_sent: dict[int, list[int]], owner: str | None = None
) -> int | None:
    """ "Tanzania congratulated its neighbor": the latest mention of the one state,
    named in this or the previous sentence before ``i``, that the owner is not; None when
    there are several (which is unclear). The owner is the latest subject before ``i``
    with the names joined to it ("Peru and Ecuador opened talks, with Quito pressing its
    neighbor": Quito, not the pair that opened the talks); with no subject before it, the
    state ``owner`` that "its" stands for ("Kenya accused Uganda ... Its western neighbour
    denied": Uganda), and then only a state that may be called its neighbour."""
    s = r.sent(i)
    subjects = [
        idx
        for idx in by_sent.get(s, ())
        if r.drafts[idx].actor is not None
        and r.drafts[idx].kind != "pronoun"
        and r.drafts[idx].ts < i
        and _role_of(r, idx) in _SUBJECTS
    ]
    owners: set[str] = set()
    if subjects:
        latest = max(subjects, key=lambda idx: r.drafts[idx].ts)
        owners = {a.principal for a in _joined_actors(r, latest)}
        owners.add(r.drafts[latest].actor.principal)  # type: ignore[union-attr]
    elif owner is not None:
        owners = {owner}
    near = nearby_states(owner) if owner is not None and not subjects else None
    found: dict[str, int] = {}
    for idx in _nearby(r, by_sent, s, 1):
        d = r.drafts[idx]
        if d.actor is None or d.person is not None or d.te > i or d.kind not in ("name", "metonym"):
            continue
        p = d.actor.principal
        if p in owners or p in r.gaz.igos or (near is not None and p not in near):
            continue
        if p not in found or d.ts > r.drafts[found[p]].ts:
            found[p] = idx
    return next(iter(found.values())) if len(found) == 1 else None


def _ally(r: "Resolver", i: int, by_sent: dict[int, list[int]], owner: str) -> int | None:
    """ "The United States backed its ally": the first state other than the owner that the
    next sentence names not as a subject, under a verb of backing (ally_backing_verbs), when
    the owner is a subject there (its own word on whom it backs: "'We share Japan's concern,'
    the U.S. Embassy said"; not "'We condemn Kenya's raids,' ..."); else None. Not
    the one other state in reach, as "its neighbor" takes: that is as often the ally's
    adversary ("... asked Beijing not to obstruct it. The United States backed its ally")."""
    after = [
        idx
        for idx in by_sent.get(r.sent(i) + 1, ())
        if r.drafts[idx].actor is not None and r.drafts[idx].kind != "pronoun"
    ]
    if not any(
        r.drafts[idx].actor.principal == owner and _role_of(r, idx) in _SUBJECTS  # type: ignore[union-attr]
        for idx in after
    ):
        return None
    backing = pronoun_words().get("ally_backing_verbs", frozenset())
    named = [
        idx
        for idx in after
        if r.drafts[idx].kind in ("name", "metonym")
        and r.drafts[idx].person is None
        and r.drafts[idx].actor.principal not in (owner, *r.gaz.igos)  # type: ignore[union-attr]
        and _role_of(r, idx) not in _SUBJECTS
        and any(r.toks[v].lemma.lower() in backing for v in _governing_verbs(r, r.drafts[idx].ts))
    ]
    return min(named, key=lambda idx: r.drafts[idx].ts) if named else None


def _kin_state(
    r: "Resolver", i: int, by_sent: dict[int, list[int]], owner: str, words: dict[str, frozenset[str]]
) -> tuple[int, int] | None:
    """ "its neighbour" (neighbor_nouns: _neighbor), else "its ally" (ally_nouns: _ally) at the
    "its" at token ``i`` of ``owner``: the phrase's end and the draft of the state it stands
    for, the phrase's tokens free; else None."""
    finders = (
        ("neighbor_nouns", lambda: _neighbor(r, i, by_sent, owner)),
        ("ally_nouns", lambda: _ally(r, i, by_sent, owner)),
    )
    for nouns, find in finders:
        stop = _neighbor_end(r, i, words.get(nouns, frozenset()))
        if stop is not None and r.free(i, stop) and (other := find()) is not None:
            return stop, other
    return None


def _colonial_ruler(
    r: "Resolver", i: int, owner: str, words: dict[str, frozenset[str]]
) -> tuple[int, "Actor"] | None:
    """ "Algeria demanded an apology from its former colonial ruler": the one state that
    ruled the owner as a colony (colonial_rulers), at the "its" at token ``i``: the phrase's
    end and that state's actor; None for an owner ruled by several or by none listed."""
    stop = _neighbor_end(r, i, words.get("colonial_nouns", frozenset()))
    if stop is None or not r.free(i, stop):
        return None
    if not words.get("colonial_words", frozenset()) & set(r.lowers[i + 1 : stop]):
        return None  # "its former ruler" may be a king
    rulers = [p for p, ruled in colonial_rulers().items() if owner in ruled]
    if len(rulers) != 1:
        return None
    return stop, r.gaz.principal_actor(rulers[0])


@lru_cache(maxsize=1)
def colonial_rulers() -> dict[str, frozenset[str]]:
    """Each former colonial power and the states it ruled (pronouns.yaml colonial_rulers)."""
    table = load_data("actors/pronouns.yaml").get("colonial_rulers") or {}
    return {str(p): frozenset(str(s) for s in ruled) for p, ruled in table.items()}


def _latest_pair(
    r: "Resolver", i: int, by_sent: dict[int, list[int]]
) -> tuple[int, tuple["Actor", ...]] | None:
    """The latest two states joined by "and" before token i, in its sentence or the one
    before ("Morocco and Algeria"): (first draft, the two actors); None when none."""
    s = r.sent(i)
    for t in (s, s - 1):
        pairs = [
            idx
            for idx in by_sent.get(t, ())
            if r.drafts[idx].te <= i and len(_joined_actors(r, idx)) == 2
        ]
        if pairs:
            best = max(pairs, key=lambda idx: r.drafts[idx].ts)
            actors = _joined_actors(r, best)
            if all(a.principal not in r.gaz.igos for a in actors):
                return best, actors
            return None
    return None


def _neighbor_end(r: "Resolver", i: int, nouns: frozenset[str]) -> int | None:
    """The end of "its neighbour" at token i, adjectives of the noun allowed between ("its
    northern neighbour", "its giant neighbour"), else None."""
    k = i + 1
    while k < len(r.toks) and k - i <= 2 and r.toks[k].tag in ("JJ", "JJR", "JJS"):
        k += 1
    if (
        k < len(r.toks)
        and r.lowers[k] in nouns
        and all(r.toks[j].head == k for j in range(i + 1, k))
    ):
        return k + 1
    return None


def _appositive_holder(r: "Resolver", end: int, actor: "Actor") -> None:
    """ "Its spokesman, Maxime Balalou, said", "its ambassador in Brasilia, X,": the name in
    apposition to an "its" office holds it, so the person (and each later mention of the
    person) takes the office's actor when nothing else placed them."""
    comma = past_post_phrase(r, end)
    if comma + 1 >= len(r.toks) or r.lowers[comma] != ",":
        return
    d = next((x for x in r.drafts if x.ts == comma + 1 and x.kind == "person"), None)
    if d is None or d.person is None:
        return
    cluster = r.clusters[int(d.person)]
    # a state given only for want of another (the dateline's: Cluster.homed) gives way
    # to the office the name is apposed to ("BOGOTA -- ... its ambassador in Brasilia, X,")
    homed = cluster.homed and cluster.actor is not None and d.actor == cluster.actor
    if (d.actor is not None or cluster.actor is not None or cluster.former) and not homed:
        return
    old = cluster.actor
    cluster.actor = actor
    cluster.homed = False
    for idx in cluster.drafts:
        if r.drafts[idx].actor is None or (old is not None and r.drafts[idx].actor == old):
            r.drafts[idx].actor = actor


def past_post_phrase(r: "Resolver", end: int) -> int:
    """The token after the phrase of an office's post that follows it ("its ambassador in
    Brasilia, X,", "its envoy to the talks, X,"): a preposition the title's head governs and
    its object, up to a comma; ``end`` itself when none follows."""
    n = len(r.toks)
    if end >= n or r.toks[end].dep != "prep" or r.toks[end].head != end - 1:
        return end
    k = end + 1
    while k < n and r.lowers[k] != "," and r.sent(k) == r.sent(end) and _descends(r, k, end):
        k += 1
    return k


def _descends(r: "Resolver", k: int, top: int) -> bool:
    """Whether token k is token ``top`` or hangs below it."""
    for _ in range(12):
        if k == top:
            return True
        if r.toks[k].head == k:
            return False
        k = r.toks[k].head
    return False


def resolve_pronouns(r: "Resolver") -> None:
    """Add pronoun mentions that have a clear antecedent."""
    from newsgraph.actors.resolve import Draft

    words = pronoun_words()
    quoted = _quoted_tokens(r, quote_spans(r.article.text))
    by_sent: dict[int, list[int]] = {}
    for idx, d in enumerate(r.drafts):
        by_sent.setdefault(r.sent(d.ts), []).append(idx)

    def add(draft: Draft) -> None:
        by_sent.setdefault(r.sent(draft.ts), []).append(r.add(draft))

    genders = _genders(r, quoted, by_sent)
    n = len(r.toks)
    for i in range(1, n):
        if (
            r.lowers[i] in words.get("group_nouns", ())
            and r.lowers[i - 1] == "the"
            and r.free(i - 1, i + 1)
            and not (i + 1 < n and r.lowers[i + 1] in ("of", "'s", "’s"))
            and (ante := _group_igo(r, i, by_sent)) is not None
        ):
            a = r.drafts[ante]
            add(Draft(i - 1, i + 1, "name", a.actor, None, antecedent=ante))
    for i in range(1, n):
        # "Mogadishu accused the neighbour of ...": as "its neighbour", the one
        # other state in reach that no subject of the sentence names.
        if (
            r.lowers[i] in words.get("neighbor_nouns", ())
            and r.lowers[i - 1] == "the"
            and r.free(i - 1, i + 1)
            and not (i + 1 < n and r.toks[i + 1].pos in ("NOUN", "PROPN"))
            and (other := _neighbor(r, i - 1, by_sent)) is not None
        ):
            add(Draft(i - 1, i + 1, "name", r.drafts[other].actor, None, antecedent=other))
    home = r.dateline_state.principal if r.dateline_state is not None else None
    for i in range(1, n - 1):
        # "Tunisia accused Libya ... The neighbouring country rejected it": the one state in
        # reach that borders the dateline's state (with no subject before it; none with no
        # dateline, where neighbouring whom is unclear)
        if (
            home is not None
            and r.lowers[i] in words.get("neighboring_words", ())
            and r.lowers[i + 1] in words.get("neighbor_kind_nouns", ())
            and r.lowers[i - 1] == "the"
            and r.free(i - 1, i + 2)
            and not (i + 2 < n and r.toks[i + 2].pos in ("NOUN", "PROPN"))
            and (other := _neighbor(r, i - 1, by_sent, home)) is not None
        ):
            add(Draft(i - 1, i + 2, "name", r.drafts[other].actor, None, antecedent=other))
    order = load_data("actors/pronouns.yaml").get("order_words") or {}
    for i in range(1, n):
        if (
            r.lowers[i] in order
            and r.lowers[i - 1] == "the"
            and r.free(i - 1, i + 1)
            and not (i + 1 < n and r.toks[i + 1].pos in ("NOUN", "PROPN", "ADJ", "NUM"))
            and (pair := _latest_pair(r, i - 1, by_sent)) is not None
        ):
            ante, actors = pair
            actor = actors[int(order[r.lowers[i]])]
            add(Draft(i - 1, i + 1, "name", actor, None, antecedent=ante))
    members = [tuple(m.split()) for m in words.get("member_nouns", ())]
    igo_back = int(load_data("actors/pronouns.yaml").get("group_lookback", 2))
    member_firsts = {key[0] for key in members if key}
    for i in range(n):
        if r.lowers[i] not in member_firsts:
            continue  # one probe instead of a slice per member noun
        for key in members:
            end = i + len(key)
            if tuple(r.lowers[i:end]) != key or not r.free(i, end):
                continue
            if i > 0 and r.claimed[i - 1] is not None:
                continue  # "NATO member states": the name's own phrase
            ts = i - 1 if i > 0 and r.lowers[i - 1] in ("the", "its") and r.free(i - 1, i) else i
            ante = last_igo(r, ts, igo_back)  # "the member states": of the IGO named last
            if ante is not None:
                add(Draft(ts, end, "group", r.drafts[ante].actor, None, antecedent=ante))
            break
    for i in range(n):
        if r.claimed[i] is not None or r.toks[i].pos not in ("PRON", "DET"):
            continue
        low = r.lowers[i]
        if low in words["person"]:
            ante = _person_antecedent(r, i, quoted, by_sent, genders)
            if ante is None:
                continue
            a = r.drafts[ante]
            if i + 1 < n and low in ("his", "her") and r.lowers[i + 1] in words["country_nouns"]:
                if a.actor is None or a.actor.principal in r.gaz.igos:
                    continue
                actor = r.gaz.principal_actor(a.actor.principal)
                add(Draft(i, i + 2, "pronoun", actor, None, antecedent=ante))
                continue
            add(Draft(i, i + 1, "pronoun", a.actor, a.person, antecedent=ante))
            shown = gender_of_word(low, "pronouns")
            if a.person is not None and shown is not None:
                # "She held talks with X and thanked him for what she called his ...": once
                # "She" is the host and "him" the guest, "she" and "his" are no longer open
                genders.setdefault(a.person, shown)
        elif (
            low in words.get("controlled", ())
            and r.toks[i].dep == "poss"
            and (ctl := _controller(r, i, words.get("object_control", frozenset())))
        ):
            a = r.drafts[ctl[0]]
            if len(ctl) == 1 or low == "its":
                add(Draft(i, i + 1, "pronoun", a.actor, None, antecedent=ctl[0], members=a.members))
            else:  # "their" for coordinated objects: stands for each of them
                each = tuple(x for x in (r.drafts[c].actor for c in ctl) if x is not None)
                add(Draft(i, i + 1, "pronoun", None, None, antecedent=ctl[0], members=each))
        elif (
            low in words.get("plural_subject", ())
            and r.toks[i].dep in _SUBJECTS
            and not quoted[i]
            and (they := _they_antecedent(r, i, by_sent)) is not None
        ):
            add(Draft(i, i + 1, "pronoun", they[1], None, antecedent=they[0], members=they[2]))
        elif (
            low in words.get("plural_object", ())
            and r.toks[i].dep in ("dobj", "dative", "pobj")
            and not quoted[i]
            and (them := _them_antecedent(r, i, by_sent)) is not None
        ):
            add(Draft(i, i + 1, "pronoun", them[1], None, antecedent=them[0], members=them[2]))
        elif (
            low in words.get("plural_possessive", ())
            and r.toks[i].dep == "poss"
            and not quoted[i]
            and (ante := _plural_antecedent(r, i, by_sent)) is not None
        ):
            a = r.drafts[ante]
            add(Draft(i, i + 1, "pronoun", a.actor, None, antecedent=ante, members=a.members))
        elif low in words["state"]:
            # "Its prime minister" split "It" + "s", or spelt "It's": a possessive
            # when an office follows
            split = low == "it" and _split_its(r, i)
            ante = _state_antecedent(r, i, by_sent) if split else None
            if ante is not None and r.drafts[ante].actor is not None:
                office = _office_after(r, i + 1, r.drafts[ante].actor)  # type: ignore[arg-type]
                if office is not None:
                    end, kind, actor = office
                    add(Draft(i, end, kind, actor, None, antecedent=ante))
                    continue
            if low == "it" and _expletive(r, i, words["expletive_heads"], words["acting_objects"]):
                continue
            ante = _state_antecedent(r, i, by_sent)
            if ante is None:
                continue
            a = r.drafts[ante]
            kin = (
                _kin_state(r, i, by_sent, a.actor.principal, words)
                if low == "its" and a.actor is not None
                else None
            )
            if kin is not None:
                stop, other = kin
                add(Draft(i, stop, "name", r.drafts[other].actor, None, antecedent=other))
                continue
            ruler = _colonial_ruler(r, i, a.actor.principal, words) if low == "its" and a.actor is not None else None
            if ruler is not None:
                stop, actor = ruler
                add(Draft(i, stop, "name", actor, None))
                continue
            office = _office_after(r, i, a.actor) if low == "its" and a.actor is not None else None
            if office is not None:
                # "Its spokesman, X, said" after the sentence that named the speaker's state;
                # not "Estonia condemned Russia, saying its jets ...": states named before
                # "its" in its own sentence are what it stands for
                opening = not any(
                    (d := r.drafts[idx]).actor is not None and d.person is None
                    and r.sent(d.ts) == r.sent(i) and d.te <= i
                    for idx in by_sent.get(r.sent(i), ())
                )
                main = _state_antecedent(r, i, by_sent, main_first=True) if opening else None
                # "The Arab League said its secretary-general had ...": a subject before the
                # office in its own sentence keeps it, whoever spoke in the sentence before
                reporting = (
                    r.sent(a.ts) == r.sent(i) and a.te <= i and _role_of(r, ante) in _SUBJECTS
                )
                if (
                    main is not None
                    and main != ante
                    and r.drafts[main].actor is not None
                    and not reporting
                ):
                    ante, a = main, r.drafts[main]
                    office = _office_after(r, i, a.actor) or office  # type: ignore[arg-type]
                end, kind, actor = office
                add(Draft(i, end, kind, actor, None, antecedent=ante))
                _appositive_holder(r, end, actor)
                continue
            add(Draft(i, i + 1, "pronoun", a.actor, None, antecedent=ante))
