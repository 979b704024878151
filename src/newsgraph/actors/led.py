"""A force led by a state acts for it: "the Saudi-led coalition struck" is SAU.

The guidelines code actors that clearly act for a state. A coalition, force or
mission written as "<state>-led" is the leading state's military: the state's
name inside the phrase becomes a mention of the whole phrase, so the phrase's
head ("coalition", "forces") is an actor where the parser makes it a subject
or an object. Only "-led" does this ("Iranian-backed militias" are not Iran),
and only before the heads listed in ``false_friends.yaml`` (``led_heads``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from newsgraph.actors.gazetteer import Gazetteer
from newsgraph.data import load_data
from newsgraph.model import Mention, Parse, Token, stable_id

_ROLE = "MIL"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("actors/false_friends.yaml") or {}
    heads = frozenset(str(w).lower() for w in data.get("led_heads", ()))
    mods = frozenset(str(w).lower() for w in data.get("led_modifiers", ()))
    return heads, mods


@lru_cache(maxsize=1)
def _led_by_heads() -> frozenset[str]:
    data = load_data("actors/false_friends.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("led_by_heads", ()))


@lru_cache(maxsize=1)
def _group_head_titles() -> frozenset[str]:
    data = load_data("actors/false_friends.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("group_head_titles", ()))


def _led_end(parse: Parse, m: Mention, text: str) -> int | None:
    """Index after the head noun of "<m>-led [modifiers] <head>", else None."""
    heads, mods = _words()
    toks = parse.tokens
    k = m.token_end
    if k >= len(toks):
        return None
    last = toks[m.token_end - 1]
    if last.text.lower().endswith("-led") and text[m.end : last.end].lower() == "-led":
        pass  # "U.S.-led" is one token
    elif k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text.lower() == "led":
        k += 2
    else:
        return None
    while k < len(toks) and toks[k].text.lower() in mods and toks[k].sent == last.sent:
        k += 1
    if k < len(toks) and toks[k].text.lower() in heads and toks[k].sent == last.sent:
        return k + 1
    return None


def add_led_forces(
    text: str, article_id: str, parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions with each "<state>-led <force>" phrase as one mention of its state."""
    out: list[Mention] = []
    changed = False
    for m in mentions:
        if m.actor is None or m.members or m.kind not in ("name", "metonym"):
            out.append(m)
            continue
        end = _led_end(parse, m, text)
        if end is None:
            out.append(m)
            continue
        ts = m.token_start
        if ts > 0 and parse.tokens[ts - 1].text.lower() == "the":
            ts -= 1
        start, stop = parse.tokens[ts].start, parse.tokens[end - 1].end
        role = "" if m.actor.principal in gaz.igos else _ROLE
        actor = gaz.principal_actor(m.actor.principal, role)
        out.append(
            replace(
                m,
                id=stable_id(article_id, start, stop),
                start=start,
                end=stop,
                text=text[start:stop],
                token_start=ts,
                token_end=end,
                actor=actor,
            )
        )
        changed = True
    return tuple(out) if changed else mentions


def add_led_groups(
    text: str, article_id: str, parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions with each group "<noun>, led by <X>" (led_by_heads) that no mention
    covers as a mention of X's body, when X acts for an IGO: "The nine-member mission, led by
    IAEA official Maria Lopez, spent ten days at the site" is the IAEA's mission, so its acts
    are the IAEA's. A leader of no actor, of several (a plural), or of a state ("The mission,
    led by Spanish diplomat X": an international mission may have a national at its head)
    gives the group nothing."""
    heads = _led_by_heads()
    toks = parse.tokens
    covered = {k for m in mentions for k in range(m.token_start, m.token_end)}
    by_token = {k: m for m in mentions for k in range(m.token_start, m.token_end)}
    added: list[Mention] = []
    for t in toks:
        if t.text.lower() not in heads or t.i in covered or t.pos not in ("NOUN", "PROPN"):
            continue
        leader = _leader(parse, t, by_token)
        if leader is None or leader.actor is None or leader.actor.principal not in gaz.igos:
            continue
        ts = min([t.i, *(k for k in parse.children[t.i] if k < t.i)])
        start, stop = toks[ts].start, t.end
        added.append(
            Mention(
                id=stable_id(article_id, start, stop),
                article_id=article_id,
                start=start,
                end=stop,
                text=text[start:stop],
                sentence_index=leader.sentence_index,
                token_start=ts,
                token_end=t.i + 1,
                kind="group",
                actor=leader.actor,
            )
        )
    if not added:
        return mentions
    return tuple(sorted([*mentions, *added], key=lambda m: (m.start, m.end)))


def _leader(parse: Parse, noun: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The one mention of the by-phrase of a "led" participle on the noun, or None."""
    toks = parse.tokens
    for k in parse.children[noun.i]:
        led = toks[k]
        if led.dep != "acl" or led.lemma.lower() != "lead" or led.tag != "VBN":
            continue
        for a in parse.children[led.i]:
            if toks[a].dep != "agent":
                continue
            found = {by_token[p].id: by_token[p] for p in parse.children[a] if p in by_token}
            if len(found) == 1:
                m = next(iter(found.values()))
                return None if m.members else m
    return None


def add_group_leaders(
    parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions with the leader of an IGO's team given the IGO: "an IMF mission led by
    Ana Ruiz" and "the head of an IMF staff team, Ana Ruiz" speak for the IMF, and so does
    a later "Ruiz said". Every mention of that person with no actor of its own takes the IGO;
    a leader of a state's team, or one with a state of their own ("led by Spanish diplomat
    X"), keeps what they had, and a namesake ("Jose Ruiz") is another person."""
    by_token = {k: m for m in mentions for k in range(m.token_start, m.token_end)}
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.actor is not None or m.person is None or m.person in found:
            continue
        team = _led_team(parse, m, by_token)
        if team is not None and team.actor is not None and team.actor.principal in gaz.igos:
            found[m.person] = team
    if not found:
        return mentions
    out = []
    for m in mentions:
        team = found.get(m.person or "")
        if team is not None and m.actor is None:
            m = replace(m, actor=team.actor)
        out.append(m)
    return tuple(out)


def _led_team(parse: Parse, m: Mention, by_token: dict[int, Mention]) -> Mention | None:
    """The group mention ``m`` leads: the noun of "<team> led by <m>", or the of-phrase of
    "the head of <team>" when ``m`` is that head or its appositive name."""
    toks = parse.tokens
    heads = _led_by_heads()
    for k in range(m.token_start, m.token_end):
        t = toks[k]
        if t.head == k or t.head in range(m.token_start, m.token_end):
            continue
        up = toks[t.head]
        if t.dep == "pobj" and up.dep == "agent":
            led = toks[up.head]
            if led.lemma.lower() == "lead" and led.tag == "VBN" and led.dep == "acl":
                team = by_token.get(led.head)
                if team is not None and toks[led.head].text.lower() in heads:
                    return team
        title = t if t.text.lower() in _group_head_titles() else None
        if title is None and t.dep == "appos" and up.text.lower() in _group_head_titles():
            title = up
        if title is not None:
            for p in parse.children[title.i]:
                if toks[p].dep != "prep" or toks[p].text.lower() != "of":
                    continue
                for o in parse.children[p]:
                    team = by_token.get(o)
                    if team is not None and toks[o].text.lower() in heads:
                        return team
        return None
    return None
