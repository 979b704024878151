"""Descriptive references to an actor named before.

"The 32-member alliance" is "the alliance" with a count before it; "the hosts"
are the state a visit or summit told before took place in; "the declaration"
acts for the body that issued it. Each takes its actor only from what the
article named before it: nothing is guessed when the antecedent is unclear (a
missing actor is a missed event, a wrong one a wrong event).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsgraph.actors.gazetteer import Entry, Gazetteer, tokenize
from newsgraph.data import load_data
from newsgraph.model import Token

if TYPE_CHECKING:
    from newsgraph.actors.resolve import Cluster, Draft, Resolver
    from newsgraph.model import Actor

log = logging.getLogger(__name__)

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# clauses whose act is the one of the verb they hang on (find_visiting_officials)
_CLAUSE_UP = frozenset({"xcomp", "advcl", "ccomp"})
_OPENERS = frozenset({"the", "their", "its", "his", "her"})


@dataclass(frozen=True, slots=True)
class DescriptionWords:
    """The word lists of descriptions.yaml, tokenised."""

    context_heads: frozenset[str]
    backward_heads: frozenset[str]
    context_modifiers: frozenset[str]
    count_nouns: frozenset[str]
    host_nouns: frozenset[tuple[str, ...]]
    host_lookback: int
    guest_lookback: int
    story_sentences: int  # the first sentences naming actors, where the story's visit is told
    host_verbs: frozenset[str]
    guest_nouns: frozenset[str]
    party_nouns: frozenset[str]
    sending_verbs: frozenset[str]
    visiting_nouns: frozenset[str]
    guest_verbs: frozenset[str]
    visitor_pronouns: frozenset[str]
    visit_nouns: frozenset[str]
    visit_judging_verbs: frozenset[str]
    directing_verbs: frozenset[str]
    peer_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    ministry_nouns: frozenset[str]
    visit_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    meeting_verbs: frozenset[str]
    own_state_verbs: frozenset[str]
    expecting_verbs: frozenset[str]
    rebuke_verbs: frozenset[str]
    aiming_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    rebuke_names: frozenset[str]
    rebuked_deeds: frozenset[str]
    own_people_deeds: frozenset[str]
    rebuked_charges: frozenset[str]
    charging_verbs: frozenset[str]
    rebuking_titles: frozenset[str]
    answering_verbs: frozenset[str]
    defending_verbs: frozenset[str]
    state_epithets: frozenset[str]
    epithet_suffixes: frozenset[str]
    state_parts: frozenset[str]
    not_state_parts: frozenset[tuple[str, ...]]
    venue_nouns: frozenset[str]
    documents: frozenset[str]
    summit_documents: frozenset[tuple[str, ...]]
    document_modifiers: frozenset[str]
    document_lookback: int
    summit_lookback: int
    state_crafts: frozenset[tuple[str, ...]] = frozenset()
    craft_lookback: int = 3
    handing_verbs: frozenset[str] = frozenset()
    document_acts: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def description_words() -> DescriptionWords:
    """The description word lists (loaded once)."""
    data: dict[str, Any] = load_data("actors/descriptions.yaml") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, ()))

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tokenize(str(w)) for w in data.get(key, ()))

    return DescriptionWords(
        context_heads=words("context_heads"),
        backward_heads=words("backward_heads"),
        context_modifiers=words("context_modifiers"),
        count_nouns=words("count_nouns"),
        host_nouns=phrases("host_nouns"),
        host_lookback=int(data.get("host_lookback", 4)),
        guest_lookback=int(data.get("guest_lookback", 4)),
        story_sentences=int(data.get("story_sentences", 3)),
        host_verbs=words("host_verbs"),
        guest_nouns=words("guest_nouns"),
        party_nouns=words("party_nouns"),
        sending_verbs=words("sending_verbs"),
        visiting_nouns=words("visiting_nouns"),
        guest_verbs=words("guest_verbs"),
        visitor_pronouns=words("visitor_pronouns"),
        visit_nouns=words("visit_nouns"),
        visit_judging_verbs=words("visit_judging_verbs"),
        directing_verbs=words("directing_verbs"),
        peer_nouns=words("peer_nouns"),
        reporting_verbs=words("reporting_verbs"),
        ministry_nouns=words("ministry_nouns"),
        visit_verbs=words("visit_verbs"),
        arrival_verbs=words("arrival_verbs"),
        meeting_verbs=words("meeting_verbs"),
        own_state_verbs=words("own_state_verbs"),
        expecting_verbs=words("expecting_verbs"),
        rebuke_verbs=words("rebuke_verbs"),
        aiming_verbs=words("aiming_verbs"),
        naming_verbs=words("naming_verbs"),
        rebuke_names=words("rebuke_names"),
        rebuked_deeds=words("rebuked_deeds"),
        own_people_deeds=words("own_people_deeds"),
        rebuked_charges=words("rebuked_charges"),
        charging_verbs=words("charging_verbs"),
        rebuking_titles=words("rebuking_titles"),
        answering_verbs=words("answering_verbs"),
        defending_verbs=words("defending_verbs"),
        state_epithets=words("state_epithets"),
        epithet_suffixes=words("epithet_suffixes"),
        state_parts=words("state_parts"),
        not_state_parts=phrases("not_state_parts"),
        venue_nouns=words("venue_nouns"),
        documents=words("documents"),
        summit_documents=phrases("summit_documents"),
        document_modifiers=words("document_modifiers"),
        document_lookback=int(data.get("document_lookback", 3)),
        state_crafts=phrases("state_crafts"),
        craft_lookback=int(data.get("craft_lookback", 3)),
        handing_verbs=words("handing_verbs"),
        document_acts=words("document_acts"),
        summit_lookback=int(data.get("summit_lookback", 2)),
    )


def described_match(
    gaz: Gazetteer, lowers: list[str], i: int
) -> tuple[int, tuple[Entry, ...]] | None:
    """ "the 32-member alliance", "the Western military alliance": a contextual
    description (``the alliance``) with counts or modifiers after its "the":
    (end, entries), or None."""
    if lowers[i] != "the":
        return None
    w = description_words()
    j = _after_modifiers(lowers, i + 1, w.context_modifiers)
    if j == i + 1:
        return None
    m = gaz.match(["the", *lowers[j : j + gaz.max_len]], 0)
    if m is None:
        return None
    end = j + m[0] - 1
    if lowers[end - 1] not in w.context_heads:
        return None
    entries = tuple(e for e in m[1] if e.kind == "context")
    return (end, entries) if entries else None


def _after_modifiers(lowers: list[str], j: int, modifiers: frozenset[str]) -> int:
    """The first token from j on that is neither one of `modifiers` nor a count ("15-member"):
    a description's head stands there ("the 32-member Western alliance", "the 15-member
    body"), whichever description (a context name, a generic IGO noun) is read."""
    counts = description_words().count_nouns
    n = len(lowers)
    while j < n:
        if lowers[j] in modifiers:
            j += 1
        elif j + 2 < n and lowers[j].isdigit() and lowers[j + 1] == "-" and lowers[j + 2] in counts:
            j += 3
        else:
            break
    return j


def _root(r: "Resolver", ts: int, te: int) -> int:
    """The token of a span whose head lies outside it."""
    return next((k for k in range(ts, te) if not ts <= r.toks[k].head < te), te - 1)


def _opener(r: "Resolver", i: int) -> int:
    """The start of a description whose noun starts at token i: back over the
    modifiers of ``document_modifiers`` to "the"/"their" (i itself if none)."""
    w = description_words()
    k = i
    while k > 0 and r.lowers[k - 1] in w.document_modifiers:
        k -= 1
        if k > 1 and r.lowers[k - 1] == "-" and not r.toks[k - 2].ws:
            k -= 2  # "the non-binding resolution": a hyphened modifier's first part
    if k > 0 and r.lowers[k - 1] in _OPENERS:
        return k - 1
    return i


# -- people named again ------------------------------------------------------

_PEOPLE_LOOKBACK = 3  # sentences back to the people "the fishermen" names again
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})


def find_people_again(r: "Resolver") -> None:
    """ "Maldivian guards detained 25 Sri Lankan fishermen. A court released six of the
    fishermen": a plain "the <people>" acted on (the object, or the passive subject, itself
    or through a count: "six of the fishermen", "nine of the detainees were freed") names
    again the people of one state named before with that noun ("Sri Lankan fishermen",
    "Ghanaian traders"), within _PEOPLE_LOOKBACK sentences. Nothing when people of two
    states were named so, or the noun has words of its own ("the fishermen's families")."""
    from newsgraph.actors.resolve import Draft

    n = len(r.toks)
    for i in range(n - 1):
        k = i + 1
        if r.lowers[i] != "the" or r.toks[k].tag != "NNS" or not r.free(i, k + 1):
            continue
        if k + 1 < n and (r.toks[k + 1].pos in ("NOUN", "PROPN") or r.lowers[k + 1] in ("'s", "'", "’s")):
            continue
        if not _acted_on_people(r, k):
            continue
        found = _people_before(r, k)
        if found is None:
            continue
        actor = r.drafts[found].actor
        log.debug("people again %r -> %s", r.lowers[i : k + 1], actor)
        r.add(Draft(i, k + 1, "group", actor, None, antecedent=found))


def find_crafts_again(r: "Resolver") -> None:
    """ "A Chinese coast guard ship approached the survey vessel. The coast guard ship ordered
    it to leave": "the <craft>" (descriptions.yaml state_crafts: warships, patrol boats,
    coast guard ships) names again the one state's craft named before with the same noun
    within craft_lookback sentences ("a Chinese warship", "a Philippine navy patrol boat"),
    as that state's armed service. Nothing when two states' crafts were named so, or the
    noun has words of its own ("the warship captain")."""
    from newsgraph.actors.resolve import Draft

    w = description_words()
    n = len(r.toks)
    for i in range(n - 1):
        if r.lowers[i] != "the":
            continue
        craft = max(
            (c for c in w.state_crafts if tuple(r.lowers[i + 1 : i + 1 + len(c)]) == c),
            key=len,
            default=None,
        )
        if craft is None:
            continue
        end = i + 1 + len(craft)
        if not r.free(i, end) or (end < n and r.toks[end].pos in ("NOUN", "PROPN")):
            continue
        found = _craft_before(r, w, end - 1, craft)
        if found is None:
            continue
        principal = r.drafts[found].actor.principal  # type: ignore[union-attr]
        log.debug("craft again %r -> %s", r.lowers[i:end], principal)
        actor = r.gaz.principal_actor(principal, "MIL")
        r.add(Draft(i, end, "group", actor, None, antecedent=found))


def _craft_before(r: "Resolver", w: DescriptionWords, k: int, craft: tuple[str, ...]) -> int | None:
    """The draft of the one state whose craft (its words ending at token k) was named before
    it with the same words (the state's draft modifying them, "a Chinese coast guard ship",
    not "an Indonesian survey ship"; or a draft ending in them, named again)."""
    lemma = r.toks[k].lemma.lower()

    def same(j: int) -> bool:
        return (
            r.toks[j].lemma.lower() == lemma
            and tuple(r.lowers[j - len(craft) + 1 : j]) == craft[:-1]
        )

    s = r.sent(k)
    found: dict[str, int] = {}
    for idx, d in enumerate(r.drafts):
        if d.actor is None or d.person is not None or d.members or d.kind == "pronoun":
            continue
        if d.te > k - 1 or r.sent(d.ts) < s - w.craft_lookback or r.sent(d.ts) == s:
            continue
        principal = d.actor.principal
        if not principal or principal in r.gaz.igos:
            continue
        own = same(d.te - 1) and r.toks[d.te - 1].pos == "NOUN"
        head = _root(r, d.ts, d.te)
        for _ in range(3):
            if own or r.toks[head].dep not in ("amod", "compound", "poss", "nmod"):
                break
            head = r.toks[head].head
            own = same(head)
        if own:
            found[principal] = idx
    return next(iter(found.values())) if len(found) == 1 else None


def _acted_on_people(r: "Resolver", k: int) -> bool:
    """Whether the noun at token k is acted on: a verb's object or passive subject, or the
    of-phrase of a count that is one ("released six of the fishermen")."""
    tok = r.toks[k]
    if tok.dep in _PATIENT_DEPS:
        return _done(r, tok.head)
    if tok.dep != "pobj" or r.lowers[tok.head] != "of":
        return False
    count = r.toks[r.toks[tok.head].head]
    if count.i == tok.head or count.dep not in _PATIENT_DEPS:
        return False
    return count.pos in ("NUM", "PRON", "DET", "ADJ") and _done(r, count.head)


def _done(r: "Resolver", verb: int) -> bool:
    """Whether a verb tells an act, not one only named ("defended the decision to detain the
    fishermen", "plans to free the sailors": the act is the noun's or the plan's)."""
    tok = r.toks[verb]
    if tok.dep in ("acl", "xcomp"):
        return False
    return not any(r.toks[c].tag == "TO" for c in r.parse.children[verb])


def _people_before(r: "Resolver", k: int) -> int | None:
    """The draft of the one state whose people were named before token k with its noun
    ("Sri Lankan fishermen": the adjective's draft; "Ghanaian traders": the group's)."""
    lemma = r.toks[k].lemma.lower()
    s = r.sent(k)
    found: dict[str, int] = {}
    for idx, d in enumerate(r.drafts):
        if d.actor is None or d.person is not None or d.members or d.te > k - 1:
            continue
        if r.sent(d.ts) < s - _PEOPLE_LOOKBACK or d.kind == "pronoun":
            continue
        principal = d.actor.principal
        if not principal or principal in r.gaz.igos:
            continue
        root = r.toks[_root(r, d.ts, d.te)]
        own = r.toks[d.te - 1].lemma.lower() == lemma and r.toks[d.te - 1].tag == "NNS"
        named = root.dep in ("amod", "compound") and r.toks[root.head].lemma.lower() == lemma
        if own or named:
            head = d.te - 1 if own else root.head
            if len(_people_states(r, head)) > 1:
                return None  # "12 Sri Lankan and eight Indian fishermen": either
            found[principal] = idx
    return next(iter(found.values())) if len(found) == 1 else None


def _people_states(r: "Resolver", head: int) -> set[str]:
    """The states named on a people noun and on the nouns joined to it ("12 Sri Lankan and
    eight Indian fishermen": LKA and IND)."""
    tok = r.toks[head]
    joined = {head, *(c for c in r.parse.children[head] if r.toks[c].dep == "conj")}
    if tok.dep == "conj":
        joined.add(tok.head)
    states: set[str] = set()
    for d in r.drafts:
        if d.actor is None or d.person is not None or not d.actor.principal:
            continue
        root = _root(r, d.ts, d.te)
        if root in joined or (r.toks[root].dep in ("amod", "compound") and r.toks[root].head in joined):
            states.add(d.actor.principal)
    return states


# -- the hosts ---------------------------------------------------------------


def met_in_visit(r: "Resolver", k: int) -> bool:
    """Whether the mention whose root is token k is who a visitor met: the object
    of "met", "received", or of "with" after "met", "held talks", "spoke"."""
    w = description_words()
    tok = r.toks[k]
    head = r.toks[tok.head]
    if tok.dep == "dobj":
        return (
            head.lemma in w.meeting_verbs or head.lemma in w.host_verbs or head.lemma == "receive"
        )
    if tok.dep == "pobj" and r.lowers[head.i] == "with":
        above = r.toks[head.head]
        return (
            above.lemma in w.meeting_verbs
            or above.lemma in ("talk", "speak")
            or _venue(r, w, above.i)
        )
    return False


def visit_host_title(r: "Resolver", ts: int, te: int) -> tuple[str, int] | None:
    """The host a bare head's title stands for when a visitor meets it ("Peru's prime
    minister arrived in Quito ... and later held talks with the president"): the object of
    "met" or of "talks with" whose verb's subject (or the subject of the verb it is joined
    to) is of another state than the latest host before it (host_before), as
    (principal, draft). None in a story with no visit, for a title with an of-phrase ("the
    president of the Senate"), for a host's own official meeting the title, or when a
    nameless title of the same words of another state than the host's was told since the
    host ("Peru's president said on Sunday ... the president"): that one is meant."""
    k = _root(r, ts, te)
    if not met_in_visit(r, k) or (te < len(r.toks) and r.lowers[te] == "of"):
        return None  # "met the president of the Senate": a body's head, not a state's
    below = k
    for _ in range(4):
        if r.toks[r.toks[below].head].pos in ("VERB", "AUX") or r.toks[below].head == below:
            break
        below = r.toks[below].head
    verb = r.toks[below].head
    while r.toks[verb].dep == "conj" and not any(
        r.toks[c].dep in _SUBJECTS for c in r.parse.children[verb]
    ):
        below, verb = verb, r.toks[verb].head  # "was welcomed by ... and later held talks with"
    guest = subject_of(r, below)
    host = host_before(r, ts)
    if guest is None or host is None:
        return None
    own = r.drafts[guest].actor
    if own is None or own.principal == host[0]:
        return None
    title = tuple(r.lowers[ts + 1 : te])
    since = r.drafts[host[1]].ts
    if any(
        d.kind == "title"
        and d.person is None
        and d.actor is not None
        and d.actor.principal != host[0]
        and since < d.ts < ts
        and tuple(d.title[-len(title) :]) == title
        for d in r.drafts
    ):
        return None
    return host


def find_hosts(r: "Resolver") -> None:
    """ "The hosts welcomed him": the state a visit or a summit named before took
    place in, as its government."""
    from newsgraph.actors.resolve import Draft

    w = description_words()
    n = len(r.toks)
    for i in range(1, n):
        if r.lowers[i - 1] not in _OPENERS:
            continue
        noun = max(
            (k for k in w.host_nouns if tuple(r.lowers[i : i + len(k)]) == k), key=len, default=None
        )  # the longest: "host nation" before "host"
        if noun is None or not r.free(i - 1, i + len(noun)):
            continue
        end = i + len(noun)
        if end < n and r.toks[end].pos in ("NOUN", "PROPN"):
            continue  # "the host country's", "the hosts' ..." stay; "host nation status" not
        if end < n and r.lowers[end] == "of":
            continue  # "the host of a talk show": a host it names
        own = _owner_state(r, i - 1)
        found = host_before(r, i, own) or _story_host(r, w, i, own)
        if found is None:
            continue
        principal, ante = found
        actor = r.gaz.principal_actor(principal, "GOV")
        log.debug("hosts %r -> %s", r.lowers[i - 1 : end], principal)
        r.add(Draft(i - 1, end, "group", actor, None, antecedent=ante))
    _find_guests(r)


def _find_guests(r: "Resolver") -> None:
    """ "He praised his guest", "signed it with the visiting minister": the visitor of a
    visit named before (the subject of "visit" or of an arrival, the object of "host" or
    "receive"), as its actor."""
    from newsgraph.actors.resolve import Draft

    w = description_words()
    for i in range(1, len(r.toks)):
        visiting = (
            i >= 2
            and r.lowers[i] in w.visiting_nouns
            and r.lowers[i - 1] == "visiting"
            and r.lowers[i - 2] in _OPENERS
        )
        opener = i - 2 if visiting else _counted_opener(r, w, i)
        if not visiting and (r.lowers[i] not in w.guest_nouns or r.lowers[opener] not in _OPENERS):
            continue
        start = opener
        after = r.toks[i + 1] if i + 1 < len(r.toks) else None
        tok = r.toks[i]
        # "welcomed his guest at Government House and called ...": a place the parser hung on
        # the guest welcomed is the place of the welcome all the same
        welcomed = tok.dep == "dobj" and r.toks[tok.head].lemma in w.guest_verbs
        if not r.free(start, i + 1) or (
            after is not None
            and (
                after.pos in ("NOUN", "PROPN")
                or (r.lowers[after.i] == "of" and after.head == i and not _counted_members(r, w, i))
                or (r.lowers[after.i] == "at" and after.head == i and not welcomed)
                or (r.lowers[after.i] == "from" and after.head == i)
            )
        ):
            # "the guest list", "a visitor of the museum", "guests at the wedding" (not
            # "welcomed his guest at the airport": the place of the welcome); "the visiting
            # officials from the World Bank" name their own body
            continue
        welcomer = subject_of(r, i)
        own = r.drafts[welcomer].actor if welcomer is not None else None
        found = _visitor_before(r, w, i)
        if found is None:
            found = _party_before(r, w, i)
        if found is None and r.lowers[i] not in w.party_nouns and not visiting:
            found = _story_visitor(r, w, i, own.principal if own is not None else "")
        if found is None:
            continue
        host = host_before(r, i)
        if host is not None and own is not None and own.principal != host[0]:
            # "Thailand's prime minister visited Laos. Cambodia's prime minister welcomed his
            # guest": the visit was Laos's to host, so the guest is no Thai visitor
            continue
        actor = r.drafts[found].actor
        if actor is not None and _other_party(r, w, i, found, actor.principal):
            continue
        r.add(Draft(start, i + 1, "group", actor, None, antecedent=found))


def _counted_opener(r: "Resolver", w: DescriptionWords, i: int) -> int:
    """The token before a guest noun at token i, or before the count of a party noun's members
    there ("the seven-member team", "the 20-strong delegation": the party named before)."""
    j = i - 1
    if (
        r.lowers[i] in w.party_nouns
        and j >= 3
        and r.lowers[j] in w.count_nouns
        and r.lowers[j - 1] == "-"
        and r.toks[j - 2].tag == "CD"
    ):
        return j - 3
    return j


def _counted_members(r: "Resolver", w: DescriptionWords, i: int) -> bool:
    """ "The team of 14 epidemiologists was met by ...": an of-phrase that counts the members
    of the party noun at token i tells what it is made of, no body of its own (unlike "a
    visitor of the museum", "the delegation of Ghana")."""
    if r.lowers[i] not in w.party_nouns:
        return False
    return any(
        r.toks[o].dep == "pobj" and any(r.toks[n].dep == "nummod" for n in r.parse.children[o])
        for k in r.parse.children[i]
        if r.toks[k].dep == "prep" and r.lowers[k] == "of"
        for o in r.parse.children[k]
    )


def _party_before(r: "Resolver", w: DescriptionWords, i: int) -> int | None:
    """ "A Bangladeshi delegation met Indian officials. The delegation then flew to Nepal":
    with no visit told, "the delegation" at token i is the one state's delegation named
    within host_lookback sentences before it (a mention whose own words hold a party noun);
    two states' delegations named there give none."""
    if r.lowers[i] not in w.party_nouns:
        return None
    since = r.sent(i) - w.host_lookback
    found: dict[str, int] = {}
    for idx, d in enumerate(r.drafts):
        if d.actor is None or d.ts >= i or r.sent(d.ts) < since:
            continue
        tok = r.toks[_root(r, d.ts, d.te)]
        prep = r.toks[tok.head]
        # "a delegation from Dhaka": the state named in the party noun's from- or of-phrase
        owned = (
            tok.dep == "pobj"
            and r.lowers[prep.i] in ("from", "of")
            and r.lowers[prep.head] in w.party_nouns
        )
        # "an OSCE observation mission": the body named before the party noun it modifies
        owned = owned or _party_modifier(r, w, tok)
        # "The African Union sent a delegation to Benin": its sender (an IGO too)
        sent = _sends_party(r, w, tok) or _visiting_owner(r, w, tok)
        # the party noun in the mention's own words, not one modifying a title in them
        # ("mission chief X, a German diplomat", "the delegation head")
        if owned or sent or any(
            r.lowers[k] in w.party_nouns and r.toks[k].dep != "compound" for k in range(d.ts, d.te)
        ):
            if d.actor.principal not in found or d.ts > r.drafts[found[d.actor.principal]].ts:
                found[d.actor.principal] = idx
    return next(iter(found.values())) if len(found) == 1 else None


def _party_modifier(r: "Resolver", w: DescriptionWords, tok: Token) -> bool:
    """Whether a body's name modifies a party noun through compounds ("an OSCE ceasefire
    observation mission", "a UN monitoring team")."""
    k = tok.i
    for _ in range(4):
        if r.toks[k].dep != "compound" or r.toks[k].head == k:
            return False
        k = r.toks[k].head
        if r.lowers[k] in w.party_nouns:
            return True
    return False


def _other_party(r: "Resolver", w: DescriptionWords, i: int, found: int, principal: str) -> bool:
    """Whether "the delegation" at token i may be another state's than the visitor's (draft
    ``found``): a delegation of another state named since the visit ("A Ugandan delegation
    was also in Nairobi. The delegation met ..."). "The guest", no party noun, never is."""
    if r.lowers[i] not in w.party_nouns:
        return False
    for k in range(r.drafts[found].te, i):
        if r.lowers[k] not in w.party_nouns:
            continue
        for d in r.drafts:
            if d.actor is None or d.actor.principal == principal or r.sent(d.ts) != r.sent(k):
                continue
            root = _root(r, d.ts, d.te)
            if d.ts <= k < d.te or r.toks[root].head == k:
                return True  # "a Ugandan trade delegation", "the Saudi delegation"
    return False


def find_met_names(r: "Resolver", forward: int) -> None:
    """ "a visit that brought Iran's foreign minister to Cairo. Egypt's foreign minister
    welcomed Mehdi Rastegar": a person named with no office, state or description, whom
    another state's actor received or met (``_met_name``), or who is named with such an
    actor ("Abdel-Salam and Rastegar agreed"), is the one nameless office holder named
    before him (within ``forward`` sentences), when that title is the only nameless one
    of the story so far and its state has no named person: a reader ties the two."""
    from newsgraph.actors.resolve import _STATE_ROLES

    for key, c in enumerate(r.clusters):
        if c.actor is not None or c.former or c.titles or c.role or c.described:
            continue
        if not c.drafts:
            continue
        first = r.drafts[c.drafts[0]]
        nameless = {
            idx
            for idx, d in enumerate(r.drafts)
            if d.kind == "title"
            and d.person is None
            and d.actor is not None
            and d.te <= first.ts
            and d.actor.principal not in r.gaz.igos
        }
        holders = {(r.drafts[i].actor.principal, r.drafts[i].title) for i in nameless}  # type: ignore[union-attr]
        if len(holders) != 1:
            continue
        idx = max(nameless, key=lambda i: r.drafts[i].ts)
        d = r.drafts[idx]
        actor = d.actor
        if actor is None or actor.role not in _STATE_ROLES or not d.title:
            continue
        if d.title[-1] not in r.gaz.refer_back or r.sent(first.ts) > r.sent(d.ts) + forward:
            continue
        if any(o.actor is not None and o.actor.principal == actor.principal for o in r.clusters):
            continue  # "Iran's foreign minister" may be any of its named people
        met = any(_met_name(r, r.drafts[i], actor.principal) for i in c.drafts)
        if not met and not _named_next_subject(r, first, d):
            continue
        log.debug("met name %r -> %s", c.canonical, actor.code)
        d.person = str(key)
        d.antecedent = c.drafts[0]
        c.drafts.append(idx)
        c.titles.add(d.title)
        c.actor = actor
        for m in r.drafts:
            if m.person == str(key) and m.actor is None:
                m.actor = actor


def _met_name(r: "Resolver", m: "Draft", own: str) -> bool:
    """Whether a person's mention is received or met by another state's actor than
    ``own`` (the object of guest_verbs or of a meeting, ``met_in_visit``, whose subject
    is that actor) or joined by "and" to such an actor's person ("X and Y agreed")."""
    w = description_words()
    k = _root(r, m.ts, m.te)
    tok = r.toks[k]
    received = met_in_visit(r, k) or (tok.dep == "dobj" and r.toks[tok.head].lemma in w.guest_verbs)
    if tok.dep == "nsubjpass" and r.toks[tok.head].lemma in w.guest_verbs:
        # "X was received at State House by Zambia's president": the by-agent hosts
        host = _passive_agent(r, tok.head)
        actor = r.drafts[host].actor if host is not None else None
        return actor is not None and actor.principal != own and actor.principal not in r.gaz.igos
    if received:
        host = subject_of(r, k)
        actor = r.drafts[host].actor if host is not None else None
        return actor is not None and actor.principal != own and actor.principal not in r.gaz.igos
    joined = [tok.head] if tok.dep == "conj" else []
    joined += [j for j in r.parse.children[k] if r.toks[j].dep == "conj"]
    for j in joined:
        idx = r.claimed[j]
        other = r.drafts[idx] if idx is not None else None
        if (
            other is not None
            and other.person is not None
            and other.actor is not None
            and other.actor.principal != own
            and other.actor.principal not in r.gaz.igos
        ):
            return True
    return False


def _passive_agent(r: "Resolver", verb: int) -> int | None:
    """The draft with one actor that a passive verb's by-phrase names ("was received ... by
    Zambia's president")."""
    for by in r.parse.children[verb]:
        if r.toks[by].dep != "agent":
            continue
        for k in r.parse.children[by]:
            idx = r.claimed[k] if r.toks[k].dep == "pobj" else None
            if idx is not None and r.drafts[idx].actor is not None and not r.drafts[idx].members:
                return idx
    return None


def _main_subject(r: "Resolver", m: "Draft") -> bool:
    """Whether a mention is the subject of its sentence's main verb, or of what a
    trailing report tells ("X met Y, the ministry said"; not "Officials said X met Y")."""
    tok = r.toks[_root(r, m.ts, m.te)]
    if tok.dep not in ("nsubj", "nsubjpass"):
        return False
    verb = r.toks[tok.head]
    trailing = verb.dep == "ccomp" and verb.head > verb.i and r.toks[verb.head].dep == "ROOT"
    return verb.dep == "ROOT" or trailing


def _named_next_subject(r: "Resolver", first: "Draft", title: "Draft") -> bool:
    """Whether a name is the one a wire story's lede left unnamed: "Chile's foreign
    minister urged Peru ... Ana Rojas said": the title is its sentence's subject and the
    name, first told in the very next sentence, is that sentence's subject too, and a bare
    name ("said shipping analyst X, who criticized ..." is an analyst of no state:
    Resolver.bare_name)."""
    return (
        r.sent(first.ts) == r.sent(title.ts) + 1
        and _main_subject(r, title)
        and _main_subject(r, first)
        and r.bare_name(first, speaking=False)
    )


def find_directed_officials(r: "Resolver") -> None:
    """ "He said he had asked Foreign Minister X to raise the matter": an official of a state
    title stated with no state, whose first mention is the object of a directing verb
    (directing_verbs) whose subject is a head of one state (a president, a prime minister:
    head_titles), is that state's; run once pronouns are resolved, as the head is often
    "he". Another state's envoy directing an official ("Secretary of State X asked Foreign
    Minister Y to press Russia") says nothing of Y's state. Or whose first mention is the
    subject of what a ministry of the title's portfolio reports (_reporting_ministry)."""
    from newsgraph.actors.resolve import _STATE_ROLES

    w = description_words()
    for key, c in enumerate(r.clusters):
        if c.actor is not None or c.former or c.role not in _STATE_ROLES or not c.drafts:
            continue
        first = r.drafts[c.drafts[0]]
        tok = r.toks[_root(r, first.ts, first.te)]
        verb = r.toks[tok.head]
        states = _directing_states(r, w, tok, verb) or _reporting_ministry(r, w, c.titles, tok, verb)
        states = states or _office_told_before(r, w, c.titles, first, tok)
        if len(states) != 1:
            continue
        actor = r.gaz.principal_actor(states.pop(), c.role)
        c.actor = actor
        for d in r.drafts:
            if d.person == str(key) and d.actor is None:
                d.actor = actor


def _office_told_before(
    r: "Resolver", w: DescriptionWords, titles: set[tuple[str, ...]], first: "Draft", tok: Token
) -> set[str]:
    """The state whose nameless holder of the same office was the subject of the sentence
    just before ("Kuwait pledged $150 million as its foreign minister became the first Gulf
    official to visit. Foreign Minister X arrived in Port Sudan"): the official, the subject
    of a sentence that names no actor before him, is that holder named."""
    if tok.dep not in _SUBJECTS or not titles:
        return set()
    s = r.sent(first.ts)
    if any(d.actor is not None and r.sent(d.ts) == s and d.te <= first.ts for d in r.drafts):
        return set()
    if any(t.sent == s - 1 and t.lemma in w.peer_nouns for t in r.toks) or any(
        d.person is not None and r.sent(d.ts) == s - 1 for d in r.drafts
    ):
        return set()  # "Italy's foreign minister met his counterpart": another holder
    states: set[str] = set()
    for d in r.drafts:
        if r.sent(d.ts) != s - 1 or d.person is not None or d.actor is None or d.members:
            continue
        if r.toks[_root(r, d.ts, d.te)].dep not in _SUBJECTS:
            continue
        words = tuple(r.lowers[d.ts : d.te])
        if any(len(t) > 1 and words[-len(t) :] == t for t in titles):
            states.add(d.actor.principal)
    return states


def find_arriving_officials(r: "Resolver") -> None:
    """ "Qatar pledged aid as its foreign minister became the first Gulf official to visit
    Chad. Foreign Minister X arrived in N'Djamena and met Chad's president": an official
    stated with no state, given the article's state for want of another (Cluster.homed),
    who arrives or visits (arrival_verbs, visit_verbs) at his first mention is the
    traveller, the nameless holder of his office the sentence before had as subject
    (_office_told_before). One who meets or receives ("Foreign Minister X met him") is
    left to the host. Run once pronouns are resolved ("its foreign minister")."""
    w = description_words()
    for c, first, tok in _homed_officials(r):
        verb = r.toks[tok.head]
        if tok.dep != "nsubj" or verb.lemma.lower() not in w.arrival_verbs | w.visit_verbs:
            continue
        states = _office_told_before(r, w, c.titles, first, tok)
        if len(states) != 1 or c.actor is None or c.actor.principal in states:
            continue
        _rehome(r, c, states.pop())


def find_visiting_officials(r: "Resolver") -> None:
    """ "Norway pledged aid to Peru during a visit to Lima by Foreign Minister X": an
    official stated with no state, given the article's state for want of another
    (Cluster.homed), whose first mention is the by-phrase of a visit (visit_nouns) told as
    when the clause's act was done ("during", "on") is the visitor, of the one state the
    clause's subject names, not the host's. A visit judged or named as a thing ("criticized
    the visit to Lima by X"), or a subject of the host's own state, changes nothing."""
    w = description_words()
    for c, first, tok in _homed_officials(r):
        prep = r.toks[tok.head]
        if tok.dep != "pobj" or r.lowers[prep.i] != "by" or prep.dep != "prep":
            continue
        visit = r.toks[prep.head]
        if visit.lemma.lower() not in w.visit_nouns or visit.dep != "pobj":
            continue  # "the visit by X angered Beijing", "criticized the visit by X"
        when = r.toks[visit.head]
        verb = r.toks[when.head]
        if when.dep != "prep" or verb.pos not in ("VERB", "AUX"):
            continue
        while verb.dep in _CLAUSE_UP and r.toks[verb.head].pos in ("VERB", "AUX"):
            verb = r.toks[verb.head]  # "pledged $4 million to help Peru monitor ..., during"
        states = {
            d.actor.principal
            for d in _subject_drafts(r, verb)
            if d.actor is not None and d.person is None and not d.members
        }
        if len(states) != 1 or c.actor is None or c.actor.principal in states:
            continue
        _rehome(r, c, states.pop())


def find_aiming_officials(r: "Resolver") -> None:
    """ "Peru, Ghana sign cocoa pact as visa row lingers ... Foreign Minister X urged Peru to
    restore the permits": a titled person stated with no state (none at all, or the article's
    for want of another, Cluster.homed), whose first mention is the subject of an act aimed
    (aiming_verbs, rebuke_verbs) at one of exactly two states the first sentence names (the
    homed one's own), is the other state's official. Run once pronouns are resolved."""
    w = description_words()
    verbs = w.aiming_verbs | w.rebuke_verbs
    headline = {
        d.actor.principal
        for d in r.drafts
        if d.actor is not None
        and d.person is None
        and d.kind in ("name", "metonym", "adj")
        and r.sent(d.ts) == 0
    }
    if len(headline) != 2 or headline & r.gaz.igos:
        return
    for c in r.clusters:
        if (c.actor is not None and not c.homed) or c.former or not c.drafts or not c.titles:
            continue
        first = r.drafts[c.drafts[0]]
        if r.sent(first.ts) == 0:
            continue
        tok = r.toks[_root(r, first.ts, first.te)]
        verb = r.toks[tok.head]
        if tok.dep != "nsubj" or verb.lemma.lower() not in verbs:
            continue
        objects = [k for k in r.parse.children[verb.i] if r.toks[k].dep in ("dobj", "dative")]
        aimed = {
            d.actor.principal
            for d in r.drafts
            for k in objects
            if d.ts <= k < d.te
            and d.actor is not None
            and d.person is None
            and d.kind in ("name", "metonym")
        }
        if len(aimed) != 1 or not aimed <= headline:
            continue
        if c.actor is not None and c.actor.principal not in aimed:
            continue  # homed for want of another, and aiming elsewhere: left as it was
        _rehome(r, c, (headline - aimed).pop())


def _homed_officials(r: "Resolver") -> Iterator[tuple["Cluster", "Draft", Token]]:
    """The titled officials given the article's state for want of another (Cluster.homed),
    with their first mention and its head token: the ones a later rule may home elsewhere."""
    for c in r.clusters:
        if not c.homed or c.actor is None or not c.drafts or not c.titles:
            continue
        first = r.drafts[c.drafts[0]]
        yield c, first, r.toks[_root(r, first.ts, first.te)]


def _rehome(r: "Resolver", c: "Cluster", principal: str) -> None:
    """Give an official homed for want of another state this state, in every mention that
    carried the old one."""
    old, c.actor = c.actor, r.gaz.principal_actor(principal, c.role or "GOV")
    c.homed = False
    for d in r.drafts:
        if d.actor == old and (d.person is not None and r.clusters[int(d.person)] is c):
            d.actor = c.actor


def _subject_drafts(r: "Resolver", verb: Token) -> list["Draft"]:
    """The drafts with an actor that cover a verb's subject."""
    subjects = [k for k in r.parse.children[verb.i] if r.toks[k].dep == "nsubj"]
    return [d for d in r.drafts for k in subjects if d.ts <= k < d.te and d.actor is not None]


def _directing_states(r: "Resolver", w: DescriptionWords, tok: Token, verb: Token) -> set[str]:
    """The states of the heads that direct an official (the object of a directing verb)."""
    if tok.dep != "dobj" or verb.lemma.lower() not in w.directing_verbs:
        return set()
    return {
        d.actor.principal  # type: ignore[union-attr]
        for d in _subject_drafts(r, verb)
        if d.actor.role == "GOV" and _heads_state(r, d)  # type: ignore[union-attr]
    }


def _reporting_ministry(
    r: "Resolver", w: DescriptionWords, titles: set[tuple[str, ...]], tok: Token, verb: Token
) -> set[str]:
    """The state of the ministry that reports what its own minister did ("its foreign ministry
    said Foreign Minister X had spoken with ..."): the official is the subject of a clause of
    a reporting verb (reporting_verbs) whose subject is a ministry (ministry_nouns) of the
    title's portfolio, the title's words before its last all in the ministry's name."""
    if tok.dep != "nsubj" or verb.dep != "ccomp" or verb.head == verb.i:
        return set()
    speech = r.toks[verb.head]
    if speech.lemma.lower() not in w.reporting_verbs:
        return set()
    portfolios = [set(t[:-1]) for t in titles if len(t) > 1]
    return {
        d.actor.principal  # type: ignore[union-attr]
        for d in _subject_drafts(r, speech)
        if d.kind not in ("person", "surname", "title", "pronoun")
        and r.lowers[d.te - 1] in w.ministry_nouns
        and any(p <= set(r.lowers[d.ts : d.te]) for p in portfolios)
    }


def _heads_state(r: "Resolver", d: "Draft") -> bool:
    """Whether a mention (or the one a pronoun stands for) is a head of state or government
    by its title (head_titles): "Brazil's president", "he" after it, "President X"."""
    seen: set[int] = set()
    while True:
        titles = {d.title} | (r.clusters[int(d.person)].titles if d.person is not None else set())
        if titles & r.gaz.head_titles:
            return True
        if d.antecedent is None or d.antecedent in seen:
            return False
        seen.add(d.antecedent)
        d = r.drafts[d.antecedent]


def _visitor_before(r: "Resolver", w: DescriptionWords, i: int) -> int | None:
    """The latest mention before token i (within host_lookback sentences, or guest_lookback
    for a visitor whose state is named again within host_lookback) that is a
    visitor: the subject of a visit or an arrival, the object of hosting or receiving, the
    by-phrase or the owner of a visit ("a two-day visit by Thailand's prime minister", "the
    Thai prime minister's first official visit")."""
    recent = list(_recent_states(r, w, i, w.guest_lookback))
    since = r.sent(i) - w.host_lookback
    near = {p for _, d, p in recent if r.sent(d.ts) >= since}
    return _latest_visitor(
        r, w, [(idx, d, p) for idx, d, p in recent if r.sent(d.ts) >= since or p in near]
    )  # a visit told long before is left out when the story has left its visitor


def _story_visitor(r: "Resolver", w: DescriptionWords, i: int, own: str = "") -> int | None:
    """The visitor of the story's visit, for "his guest" further back than guest_lookback: the
    one state visiting in the first story_sentences sentences that name actors ("Kenya's
    president arrived in Kampala for a state visit" in the lede), when the story still names
    it within host_lookback ("... His guest thanked him", paragraphs on), as _story_host
    finds his host; never ``own``, the welcomer's state."""
    story = sorted({r.sent(d.ts) for d in r.drafts if d.actor is not None})[: w.story_sentences]
    told = [
        (idx, d, p)
        for idx, d, p in _recent_states(r, w, i, r.sent(i))
        if r.sent(d.ts) in story and p != own
    ]
    found = _latest_visitor(r, w, told)
    if found is None:
        return None
    principal = r.drafts[found].actor.principal  # type: ignore[union-attr]
    since = r.sent(i) - w.host_lookback
    near = {p for _, d, p in _recent_states(r, w, i) if r.sent(d.ts) >= since}
    from newsgraph.actors.plurals import first_conjunct

    visiting = {
        _root(r, d.ts, d.te): p
        for idx, d, p in told
        if _latest_visitor(r, w, [(idx, d, p)]) is not None
    }
    visitors = set(visiting.values())
    for _, d, p in told:  # "Kenya's president and Tanzania's president arrived": both visit
        tok = r.toks[_root(r, d.ts, d.te)]
        if tok.dep == "conj" and first_conjunct(r, tok, 8).i in visiting:
            visitors.add(p)
    return found if visitors == {principal} and principal in near else None


def _latest_visitor(
    r: "Resolver", w: DescriptionWords, mentions: list[tuple[int, "Draft", str]]
) -> int | None:
    """The latest of these (index, draft, principal) mentions that is a visitor (see
    _visitor_before)."""
    best: int | None = None
    for idx, d, principal in mentions:
        tok = r.toks[_root(r, d.ts, d.te)]
        head = r.toks[tok.head]
        visiting = tok.dep in _SUBJECTS and head.lemma in w.visit_verbs | w.arrival_verbs
        by_visit = (
            tok.dep == "pobj"
            and r.lowers[head.i] == "by"
            and r.toks[head.head].lemma in w.visit_nouns
        )
        visiting = visiting or by_visit
        # "during the Togolese president's first state visit to Ghana": the visit's owner
        visiting = visiting or (tok.dep == "poss" and head.lemma in w.visit_nouns)
        visiting = visiting or (  # "began a state visit to Ghana", "paid a visit to Oslo"
            tok.dep in _SUBJECTS
            and head.lemma not in w.visit_judging_verbs  # "Hart welcomed the visit": a host
            and any(
                r.toks[c].dep == "dobj" and r.toks[c].lemma in w.visit_nouns
                for c in r.parse.children[head.i]
            )
        )
        visiting = visiting or _talks_abroad(r, w, tok, principal) or _met_at_home(r, w, tok, principal)
        visiting = visiting or _sends_party(r, w, tok)
        if visiting or (tok.dep == "dobj" and head.lemma in w.guest_verbs):
            if by_visit and r.indefinite(d.ts):
                # "Kenya's president signed ..., the first visit by a Kenyan head of state":
                # an office named with "a" is any holder; the visitor is the state's leader
                # the sentence names before it
                named = _named_before_in_sentence(r, d, principal)
                if named is None:
                    continue
                idx = named
            if best is None or r.drafts[idx].ts > r.drafts[best].ts:
                best = idx
    return best


def _visiting_owner(r: "Resolver", w: DescriptionWords, tok: Token) -> bool:
    """ "Inspectors from the IAEA visited the site. The team was received by ...": the body or
    state a visiting subject's from- or of-phrase names sent a party, so a later "the team"
    is its own (_party_before), as one a sending verb tells (_sends_party)."""
    prep = r.toks[tok.head]
    if (k := r.claimed[tok.i]) is not None and r.drafts[k].kind == "group" and tok.dep in _SUBJECTS:
        # "IAEA inspectors visited", "Inspectors from the IAEA visited" read as one group of the
        # body's staff: the visiting subject is the body's own
        actor = r.drafts[k].actor
        return actor is not None and actor.principal in r.gaz.igos and (
            prep.lemma in w.visit_verbs | w.arrival_verbs
        )
    if tok.dep != "pobj" or r.lowers[prep.i] not in ("from", "of") or prep.head == prep.i:
        return False
    owner = r.toks[prep.head]
    return owner.dep in _SUBJECTS and r.toks[owner.head].lemma in w.visit_verbs | w.arrival_verbs


def _sends_party(r: "Resolver", w: DescriptionWords, tok: Token) -> bool:
    """ "The African Union sent a delegation to Benin. The delegation was received by ...":
    the subject of a sending verb whose object is a party noun sent a visitor, so a later
    "the delegation" is its own."""
    head = r.toks[tok.head]
    return (
        tok.dep in _SUBJECTS
        and head.lemma in w.sending_verbs
        and any(
            r.toks[c].dep == "dobj" and r.lowers[c] in w.party_nouns
            for c in r.parse.children[head.i]
        )
    )


def _named_before_in_sentence(r: "Resolver", d: "Draft", principal: str) -> int | None:
    """The latest person or title of ``principal`` before draft d in its sentence, named with
    no indefinite article."""
    found = [
        j
        for j, e in enumerate(r.drafts)
        if e.te <= d.ts
        and r.sent(e.ts) == r.sent(d.ts)
        and e.kind in ("person", "title")
        and e.actor is not None
        and e.actor.principal == principal
        and not r.indefinite(e.ts)
    ]
    return max(found, key=lambda j: r.drafts[j].ts) if found else None


def _talks_abroad(r: "Resolver", w: DescriptionWords, tok: Token, principal: str) -> bool:
    """Whether a mention is the subject of talks held in another state's place ("Albania's
    prime minister held talks in Ankara with Turkey's president", _hosting): a visitor."""
    if tok.dep not in _SUBJECTS:
        return False
    for d in r.drafts:
        if d.actor is None or d.members or d.actor.principal in ("", principal):
            continue
        k = _root(r, d.ts, d.te)
        place = r.toks[k]
        if place.dep != "pobj" or not _hosting(r, w, k):
            continue
        above = r.toks[r.toks[place.head].head]  # "held talks in Ankara": the verb or its talks
        if above.i == tok.head or (above.dep == "dobj" and above.head == tok.head):
            return True
    return False


def _met_at_home(r: "Resolver", w: DescriptionWords, tok: Token, principal: str) -> bool:
    """Whether a mention is who another state's actor met or received in a place of the
    host's own state ("Ghana's foreign minister met his Ivorian counterpart in Accra",
    "Kenya's president received Tanzania's minister in Nairobi"): a visitor."""
    if tok.dep != "dobj" or not met_in_visit(r, tok.i):
        return False
    host = subject_of(r, tok.i)
    own = r.drafts[host].actor if host is not None else None
    if own is None or own.principal in ("", principal) or own.principal in r.gaz.igos:
        return False
    for d in r.drafts:
        if d.actor is None or d.members or d.actor.principal != own.principal:
            continue
        place = r.toks[_root(r, d.ts, d.te)]
        if place.dep == "pobj" and r.lowers[place.head] in ("in", "at"):
            met = r.toks[place.head].head in (tok.head, tok.i)  # "met X in Accra", hung on X
            if met and d.kind in ("metonym", "place", "name"):
                return True
    return False


def host_before(r: "Resolver", i: int, own: str = "") -> tuple[str, int] | None:
    """The latest state before token i (within host_lookback sentences) that hosts
    something: the subject of "host", the object of "visit", the destination of
    an arrival, the place of a summit: (principal, draft); never ``own``, the state of
    the guest whose host is sought."""
    w = description_words()
    best: tuple[int, str, int] | None = None
    for idx, d, principal in _recent_states(r, w, i):
        if d.person is not None or principal == own:
            continue
        if best is not None and d.ts < best[0]:
            continue
        if _hosting(r, w, _root(r, d.ts, d.te)):
            best = (d.ts, principal, idx)
    return (best[1], best[2]) if best is not None else None


def _owner_state(r: "Resolver", k: int) -> str:
    """The state of the guest a "his"/"her" at token k stands for, when the guest is the
    subject of its verb, named ("Malawi's president thanked his host": Malawi); "" for
    another opener, a pronoun subject (read later) or a state the guest took only from the
    dateline (Cluster.homed): a guest's host is never the guest's own state ("The talks
    will resume in Lilongwe, Malawi's envoy said, and thanked his hosts": not Malawi)."""
    if r.lowers[k] not in ("his", "her"):
        return ""
    idx = subject_of(r, k + 1)
    if idx is None:
        return ""
    d = r.drafts[idx]
    if d.kind == "pronoun" or d.actor is None:
        return ""
    if d.person is not None and r.clusters[int(d.person)].homed:
        return ""
    return d.actor.principal


def _story_host(
    r: "Resolver", w: DescriptionWords, i: int, own: str = ""
) -> tuple[str, int] | None:
    """The host of the story's visit, for "his host" further back than host_lookback: the one
    state hosting in the first story_sentences sentences that name actors ("a two-day visit to
    Honiara by Papua New Guinea's prime minister" in the lede), when the story still names it
    within host_lookback ("... also invited his host to Port Moresby", paragraphs on); never
    ``own``, the guest's state."""
    # the headline (or, with none there, the lede) and the next ones naming actors; a
    # dateline line ("ASTANA, Kazakhstan (AP) —") names none and is no story sentence
    story = sorted({r.sent(d.ts) for d in r.drafts if d.actor is not None})[: w.story_sentences]
    hosts: dict[str, int] = {}
    for idx, d, principal in _recent_states(r, w, i, r.sent(i)):
        if r.sent(d.ts) in story and d.person is None and principal != own:
            if _hosting(r, w, _root(r, d.ts, d.te)):
                hosts.setdefault(principal, idx)
    since = r.sent(i) - w.host_lookback
    near = {p for _, d, p in _recent_states(r, w, i) if r.sent(d.ts) >= since}
    if len(hosts) != 1 or not set(hosts) <= near:
        return None
    return next(iter(hosts.items()))


def _recent_states(
    r: "Resolver", w: DescriptionWords, i: int, back: int | None = None
) -> Iterator[tuple[int, "Draft", str]]:
    """(index, draft, principal) of each single state's mention ending before token i, within
    ``back`` sentences (host_lookback by default): where a host or a visitor named before
    can be."""
    s = r.sent(i)
    back = w.host_lookback if back is None else back
    for idx, d in enumerate(r.drafts):
        if d.te > i or r.sent(d.ts) < s - back or d.actor is None or d.members:
            continue
        if d.kind == "pronoun" or not d.actor.principal or d.actor.principal in r.gaz.igos:
            continue
        yield idx, d, d.actor.principal


def _hosting(r: "Resolver", w: DescriptionWords, k: int) -> bool:
    """Whether the mention whose root is token k names a host."""
    tok = r.toks[k]
    head = r.toks[tok.head]
    if tok.dep in _SUBJECTS and head.lemma in w.host_verbs:
        return True  # "Kenya hosted a summit"
    if _receives_visitor(r, w, head if tok.dep == "poss" else tok):
        return True  # "a visit by Chile's president, who was received by Peru's president"
    if tok.dep == "dobj" and head.lemma in w.visit_verbs:
        return True  # "visited Brazil"
    if tok.dep != "pobj" or head.dep != "prep":
        return False
    prep = r.lowers[head.i]
    above = r.toks[head.head]
    if prep == "in" and above.dep == "dobj" and r.toks[above.head].lemma in w.guest_verbs:
        above = r.toks[above.head]  # "received Paraguay's minister in Montevideo", hung on him
    if prep in ("to", "in") and above.lemma in w.arrival_verbs:
        return True  # "arrived in Tokyo", "traveled to Budapest"
    if prep == "in" and (above.lemma in w.meeting_verbs or above.lemma in w.guest_verbs):
        return True  # "ministers met in Canada", "received Tanzania's minister in Nairobi"
    if prep in ("in", "at") and any(
        r.toks[c].dep == "dobj" and _venue(r, w, c) for c in r.parse.children[above.i]
    ):
        return True  # "held talks in Muscat"
    if prep in ("in", "at", "to") and above.pos in ("NOUN", "PROPN") and _venue(r, w, above.i):
        return True  # "the summit in Nairobi", "a visit to Hanoi"
    return False


def _receives_visitor(r: "Resolver", w: DescriptionWords, person: Token) -> bool:
    """Whether a person is the by-agent of a guest verb in a passive whose subject is the
    visitor ("who was welcomed at the airport by Zambia's president"); "the deal was welcomed
    by Zambia's president" receives no one."""
    by = r.toks[person.head]
    if person.dep != "pobj" or by.dep != "agent":
        return False
    verb = r.toks[by.head]
    return verb.lemma in w.guest_verbs and any(
        r.toks[c].dep == "nsubjpass" and r.lowers[c] in w.visitor_pronouns
        for c in r.parse.children[verb.i]
    )


def _venue(r: "Resolver", w: DescriptionWords, k: int) -> bool:
    return r.toks[k].lemma in w.venue_nouns or r.lowers[k] in w.venue_nouns


# -- documents ---------------------------------------------------------------


def find_documents(r: "Resolver") -> None:
    """ "The declaration urges Russia ...", "The statement accused Japan ...": a
    document that acts (the subject of a verb) is the body that issued it."""
    from newsgraph.actors.resolve import Draft

    w = description_words()
    for i, low in enumerate(r.lowers):
        if low not in w.documents or r.claimed[i] is not None:
            continue
        if r.toks[i].tag != "NN" or not _acts(r, i):
            continue
        ts = _opener(r, i)
        if ts == i:
            ts, summit = _summit_owner(r, w, i)
            if summit is None:
                continue  # "a statement", "Monday's statement": no reference back
        if not r.free(ts, i + 1):
            continue
        found = _issuer(r, w, i, ts)
        if found is None:
            continue
        ante, announced, members = found
        if len(members) > 1:
            # "Kenya and Ethiopia issued a joint statement ... The statement called on
            # Eritrea": every issuer's, as "the two countries" is
            r.add(Draft(ts, i + 1, "group", None, None, members=members, antecedent=ante))
            continue
        actor = r.drafts[ante].actor
        assert actor is not None
        log.debug("document %r -> %s", r.lowers[ts : i + 1], actor.principal)
        # A statement its issuer announced stands for the issuer as "it" does, so
        # that a quotation it gives is the issuer's ("China's foreign ministry
        # said in a statement ... the statement said"); a summit document speaks
        # by its own name.
        kind = "pronoun" if announced else "group"
        r.add(Draft(ts, i + 1, kind, actor, None, antecedent=ante))
    _handed_document_it(r, w)


def _handed_document_it(r: "Resolver", w: DescriptionWords) -> None:
    """ "X said he had handed the protest note to Y's ambassador. It asks Z to ...": a
    sentence's first word "It", left unresolved, that asks, demands or says
    (``document_acts``) right after a sentence whose one document noun is the object of a
    handing verb (``handing_verbs``) with an actor for subject, is that document, and so
    its sender. A thing named otherwise ("It rained"), a sentence with two documents or a
    document no one is told to hand over gets nothing."""
    from newsgraph.actors.resolve import Draft

    for i, low in enumerate(r.lowers):
        tok = r.toks[i]
        if low != "it" or r.claimed[i] is not None or tok.dep != "nsubj":
            continue
        s = r.sent(i)
        if s == 0 or (i > 0 and r.sent(i - 1) == s):
            continue  # not the sentence's first word
        verb = r.toks[tok.head]
        if verb.lemma.lower() not in w.document_acts:
            continue
        before = r.parse.sentences[s - 1]
        docs = [
            k
            for k in range(before.token_start, before.token_end)
            if r.lowers[k] in w.documents and r.toks[k].pos == "NOUN"
        ]
        if len(docs) != 1 or r.toks[docs[0]].dep != "dobj":
            continue
        handing = r.toks[r.toks[docs[0]].head]
        if handing.lemma.lower() not in w.handing_verbs:
            continue
        sender = subject_of(r, docs[0])
        if sender is None:
            continue
        actor = r.drafts[sender].actor
        if actor is not None:
            r.add(Draft(i, i + 1, "pronoun", actor, None, antecedent=sender))


def _summit_owner(r: "Resolver", w: DescriptionWords, i: int) -> tuple[int, int | None]:
    """ "the summit's final declaration": (start of the phrase, the summit noun's
    token), or (i, None) when no summit owns the document."""
    k = i
    while k > 0 and r.lowers[k - 1] in w.document_modifiers:
        k -= 1
    if k < 3 or r.lowers[k - 1] not in ("'s", "'", "’s"):
        return i, None
    owner = k - 2
    if not _venue(r, w, owner) or r.lowers[owner - 1] != "the":
        return i, None
    return owner - 1, owner


def _acts(r: "Resolver", i: int) -> bool:
    """Whether the noun at token i is the subject of a verb (also when the parser
    hangs the verb from it: "The declaration called on ..." as noun + acl)."""
    tok = r.toks[i]
    if tok.dep in _SUBJECTS:
        return True
    nxt = i + 1
    return (
        tok.dep == "ROOT"
        and nxt < len(r.toks)
        and r.toks[nxt].head == i
        and r.toks[nxt].tag in ("VBD", "VBZ", "VBP")
    )


def _issuer(
    r: "Resolver", w: DescriptionWords, i: int, ts: int
) -> tuple[int, bool, tuple["Actor", ...]] | None:
    """The draft of the body that issued the document at token i, whether it
    announced it, and the states that issued it together (a joined subject, a role
    group of two: "The leaders of South Korea and Japan signed a joint statement"):
    the subject of the verb an earlier mention of the same noun hangs from ("said in
    a statement"), else, for a summit document, the IGO named last."""
    from newsgraph.actors.coref import _joined_actors

    s = r.sent(i)
    noun = r.lowers[i]
    for k in range(i - 1, -1, -1):
        if r.sent(k) < s - w.document_lookback:
            break
        if r.lowers[k] != noun or k >= ts:
            continue
        if _received(r, k):
            continue  # "The ambassador was handed a protest note": he got it, not sent it
        subject = subject_of(r, k, joint=True)
        if subject is not None:
            return subject, True, r.drafts[subject].members or _joined_actors(r, subject)
        group = _role_group_issuer(r, k)
        if group is not None:
            return group[0], True, group[1]
    words = tuple(r.lowers[ts + 1 : i + 1])
    if not any(words[len(words) - len(doc) :] == doc for doc in w.summit_documents):
        return None
    best: int | None = None
    for idx, d in enumerate(r.drafts):
        if d.te > ts or r.sent(d.ts) < s - w.summit_lookback or d.actor is None or d.members:
            continue
        if d.actor.principal not in r.gaz.igos or d.kind == "pronoun":
            continue
        if best is None or d.ts > r.drafts[best].ts:
            best = idx
    return None if best is None else (best, False, ())


def _received(r: "Resolver", k: int) -> bool:
    """Whether the document at token k is the object of a passive verb ("The envoy was
    handed a note", "was given a letter"): that verb's subject is who got the document,
    so no issuer of it (the events' document authors find the hander)."""
    tok = r.toks[k]
    if tok.dep != "dobj" or tok.head == k:
        return False
    return any(r.toks[c].dep == "nsubjpass" for c in r.parse.children[tok.head])


def _role_group_issuer(r: "Resolver", k: int) -> tuple[int, tuple["Actor", ...]] | None:
    """The draft of the actors whose role group is the subject of the verb token k hangs
    from, with the group's members ("Leaders of the Group of 20 adopted a joint
    declaration": the IGO named in it; "The leaders of South Korea and Japan signed a
    joint statement": both)."""
    from newsgraph.actors.plurals import role_group_subject

    g = role_group_subject(r, r.sent(k))
    if g is None or (g.actor is None and not g.members):
        return None
    verb = r.toks[k].head
    return (g.draft, g.members) if r.toks[g.head].head == verb and verb != k else None


def subject_of(r: "Resolver", k: int, joint: bool = False) -> int | None:
    """The draft with one actor that is the subject of the verb token k hangs
    from ("China's foreign ministry said in a statement"); ``joint``: or a draft
    of several ("The two leaders signed a joint statement")."""
    for _ in range(4):
        tok = r.toks[k]
        if tok.head == k:
            break
        k = tok.head
        if r.toks[k].pos in ("VERB", "AUX"):
            break
    if r.toks[k].pos not in ("VERB", "AUX"):
        return None
    for c in r.parse.children[k]:
        if r.toks[c].dep not in _SUBJECTS or r.claimed[c] is None:
            continue
        d = r.drafts[r.claimed[c]]  # type: ignore[index]
        if d.actor is not None and d.actor.principal and not d.members:
            return r.claimed[c]
        if joint and len(d.members) > 1:
            return r.claimed[c]
    return None


# -- states described by their kind ------------------------------------------


@dataclass(frozen=True, slots=True)
class KindWords:
    """The kind lists of descriptions.yaml: "the island nation", "the emirate"."""

    nouns: frozenset[str]
    regions: dict[tuple[str, ...], frozenset[str]]
    heads: dict[tuple[str, ...], frozenset[str]]
    blocked: frozenset[str]
    lookback: int
    max_modifiers: int


@lru_cache(maxsize=1)
def kind_words() -> KindWords:
    """The kind lists (loaded once)."""
    data: dict[str, Any] = load_data("actors/descriptions.yaml") or {}

    def table(key: str) -> dict[tuple[str, ...], frozenset[str]]:
        return {
            tokenize(str(k)): frozenset(str(c) for c in v) for k, v in (data.get(key) or {}).items()
        }

    return KindWords(
        nouns=frozenset(str(w).lower() for w in data.get("kind_nouns", ())),
        regions=table("kind_regions"),
        heads=table("kind_heads"),
        blocked=frozenset(str(w).lower() for w in data.get("kind_blocked", ())),
        lookback=int(data.get("kind_lookback", 8)),
        max_modifiers=int(data.get("kind_max_modifiers", 2)),
    )


@dataclass(frozen=True, slots=True)
class IgoWords:
    """The generic IGO descriptions of descriptions.yaml: "the body", "the organization"."""

    nouns: frozenset[str]
    modifiers: frozenset[str]
    lookback: int


@lru_cache(maxsize=1)
def igo_words() -> IgoWords:
    """The generic IGO descriptions ("the body", "the 15-member organization"): data, so that
    the nouns a wire uses for a body it has just named can grow without code (loaded once)."""
    data: dict[str, Any] = load_data("actors/descriptions.yaml") or {}
    return IgoWords(
        nouns=frozenset(str(w).lower() for w in data.get("igo_nouns", ())),
        modifiers=frozenset(str(w).lower() for w in data.get("igo_modifiers", ()))
        | description_words().context_modifiers,
        lookback=int(data.get("igo_lookback", 3)),
    )


def find_igo_bodies(r: "Resolver") -> None:
    """ "The body urged ...", "the 15-member body said": the IGO named last before it,
    only as the subject of an active verb ("the body of a hostage was returned" is
    none) and only when no other IGO or other organisation competes for it."""
    w = igo_words()
    n = len(r.toks)
    for i, low in enumerate(r.lowers):
        if low != "the" or r.claimed[i] is not None:
            continue
        k = _after_modifiers(r.lowers, i + 1, w.modifiers)
        if k >= n or r.lowers[k] not in w.nouns or r.toks[k].dep != "nsubj":
            continue
        if k + 1 < n and (r.lowers[k + 1] == "of" or r.toks[k + 1].pos in ("NOUN", "PROPN")):
            continue
        if not r.free(i, k + 1):
            continue
        idx = _latest_igo(r, w, i)
        if idx is None:
            continue
        actor = r.drafts[idx].actor
        assert actor is not None
        r.add(_draft(i, k + 1, r.gaz.principal_actor(actor.principal, ""), idx))
        log.debug("igo body %r -> %s", r.lowers[i : k + 1], actor.principal)


def _igo_named(r: "Resolver", idx: int, i: int) -> str:
    """The IGO draft idx names before token i ("" for none): only a name or description of
    the body itself can be taken up again, not a pronoun (already taken up) or a
    member group ("NATO members" are states)."""
    d = r.drafts[idx]
    if d.te > i or d.actor is None or d.members or d.kind == "pronoun":
        return ""
    return d.actor.principal if d.actor.principal in r.gaz.igos else ""


def last_igo(r: "Resolver", i: int, lookback: int) -> int | None:
    """The draft of the IGO named last before token i, at most `lookback` sentences back:
    the one antecedent "the body" (find_igo_bodies) and "member states" (coref) take up, so
    both reach back alike; each caller adds its own doubts."""
    s = r.sent(i)
    best: int | None = None
    for idx, d in enumerate(r.drafts):
        if _igo_named(r, idx, i) and r.sent(d.ts) >= s - lookback:
            if best is None or d.ts > r.drafts[best].ts:
                best = idx
    return best


def _latest_igo(r: "Resolver", w: IgoWords, i: int) -> int | None:
    """The IGO "the body" at token i takes up (last_igo), unless another could be meant: a
    second IGO named in that sentence, or an organisation that is no IGO named after it."""
    best = last_igo(r, i, w.lookback)
    if best is None:
        return None
    last = r.sent(r.drafts[best].ts)
    named = {_igo_named(r, idx, i) for idx, d in enumerate(r.drafts) if r.sent(d.ts) == last}
    if len(named - {""}) > 1:
        return None
    for k in range(r.drafts[best].te, i):
        at = r.claimed[k]
        if at is None and r.toks[k].ent_type == "ORG":
            return None  # "... the WHO said. Oxfam said the organization ..."
        if at is not None and r.drafts[at].actor is None:
            return None  # an aid group, a militia or a person of no state may be meant
    return best


def find_kinds(r: "Resolver") -> None:
    """ "The island nation", "the Gulf state", "the emirate": the latest state named
    before that is of that kind (a wrong state makes a wrong event, so nothing
    when the latest sentence naming one names two of that kind)."""
    w = kind_words()
    for i, low in enumerate(r.lowers):
        if low != "the" or r.claimed[i] is not None:
            continue
        found = _kind_at(r, w, i)
        if found is None:
            continue
        end, fits, role = found
        idx = _latest_of_kind(r, w, i, fits, _acting_on(r, end - 1))
        if idx is None:
            continue
        actor = r.drafts[idx].actor
        assert actor is not None
        r.add(_draft(i, end, r.gaz.principal_actor(actor.principal, role), idx))
        log.debug("kind %r -> %s", r.lowers[i:end], actor.principal)


def _draft(ts: int, te: int, actor: Any, antecedent: int) -> Any:
    from newsgraph.actors.resolve import Draft

    return Draft(ts, te, "name", actor, None, antecedent=antecedent)


def _kind_at(r: "Resolver", w: KindWords, i: int) -> tuple[int, frozenset[str], str] | None:
    """(end, the states it fits, role) of a description of a state's kind at "the"."""
    n = len(r.toks)
    k = i + 1
    while k < n and k - i <= w.max_modifiers and _free_modifier(r, w, k):
        k += 1
    for start in range(k, i, -1):  # the modifiers may end in a region word ("the oil-rich Gulf")
        found = _kind_phrase(r, w, start)
        if found is not None:
            break
    else:
        return None
    end, fits, role = found
    if end < n and r.toks[end].pos in ("NOUN", "PROPN") and r.lowers[end] not in ("'s", "'"):
        return None  # "the Gulf state media", "the island nation's" passes
    if end < n and r.lowers[end] == "of":
        return None  # "the kingdom of Bahrain": the name follows
    if not r.free(i, end) or r.sent(i) != r.sent(end - 1):
        return None
    return end, fits, role


def _free_modifier(r: "Resolver", w: KindWords, k: int) -> bool:
    """A plain adjective before the kind ("the tiny", "the oil-rich")."""
    tok = r.toks[k]
    if r.lowers[k] in w.blocked or r.claimed[k] is not None:
        return False
    if tok.text == "-" or (not tok.ws and k + 1 < len(r.toks) and r.toks[k + 1].text == "-"):
        return True
    return tok.pos == "ADJ" or tok.tag == "VBN"


def _kind_phrase(r: "Resolver", w: KindWords, k: int) -> tuple[int, frozenset[str], str] | None:
    """A region word and a kind noun, or a kind head (with an optional region
    word before it), starting at token k."""
    fits: frozenset[str] | None = None
    j = k
    for size in (3, 2, 1):
        key = tuple(r.lowers[k : k + size])
        if key in w.regions:
            fits, j = w.regions[key], k + size
            break
    for size in (2, 1):
        key = tuple(r.lowers[j : j + size])
        if key in w.heads:
            kind = w.heads[key]
            return j + size, kind if fits is None else fits & kind, ""
    if fits is None or j >= len(r.toks) or r.lowers[j] not in w.nouns:
        return None
    return j + 1, fits, "GOV" if r.lowers[j] == "government" else ""


def _acting_on(r: "Resolver", k: int) -> int | None:
    """The draft of the state that acts on a description whose root is token k, as its
    verb's object or phrase ("Japan pledged $1 million to the island nation"), also the
    subject of the verb a joined verb shares: a state is not the one it gives to or acts on,
    so it is no antecedent of the description."""
    if r.toks[k].dep not in ("dobj", "pobj", "dative"):
        return None
    found = subject_of(r, k)
    if found is not None:
        return found
    # "Saudi Arabia condemned the attack and expressed solidarity with the kingdom": a verb
    # joined to another shares its subject
    v = k
    for _ in range(4):
        if r.toks[v].head == v or r.toks[v].pos in ("VERB", "AUX"):
            break
        v = r.toks[v].head
    if r.toks[v].pos not in ("VERB", "AUX") or r.toks[v].dep != "conj":
        return None
    return subject_of(r, v)


def _latest_of_kind(
    r: "Resolver", w: KindWords, i: int, fits: frozenset[str], actor: int | None = None
) -> int | None:
    """The draft of the latest state named before token i that is of the kind, not the
    draft of the actor acting on it; None when that sentence names two states of the kind."""
    s = r.sent(i)
    doer = r.drafts[actor].actor if actor is not None else None
    best: dict[int, list[int]] = {}
    for idx, d in enumerate(r.drafts):
        if d.te > i or d.actor is None or d.members or d.nonstate or d.actor.principal not in fits:
            continue
        if doer is not None and d.actor.principal == doer.principal:
            continue
        if r.sent(d.ts) >= s - w.lookback:
            best.setdefault(r.sent(d.ts), []).append(idx)
    if not best:
        return None
    found = best[max(best)]
    if len({r.drafts[x].actor.principal for x in found}) > 1:  # type: ignore[union-attr]
        return None
    return max(found, key=lambda x: r.drafts[x].ts)
