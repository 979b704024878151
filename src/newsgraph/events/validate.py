"""The PETRARCH validation suite (PETR_Validate_records_*.xml) run on our pipeline.

Reads each evaluated ``<Sentence>``'s ``<Text>`` (our spaCy pipeline parses it; the stored
CoNLL-U parse is not used; for the ``petrarch`` engine a prefix written apart, "anti- Gondor",
is rejoined first), imports the suite's actor and agent dictionaries named in its
``<Environment>`` (they must sit next to the records file) and codes with the suite's verb
dictionary. Engines: ``petrarch`` (default) reads the dictionary with PETRARCH's semantics
(``newsgraph.events.petrarch.code_petrarch``); ``patterns`` runs our extractor on the
dictionary converted to our patterns; ``ours`` runs our extractor with our own patterns.

An expected event is correct when a system event has the same CAMEO code and the same
source and target at the principal level (the suite's ``ARNGOV`` matches our ``ARN`` or
``ARNMIL``); expected events left unmatched are uncoded; system events left unmatched are
extra. This is how UniversalPetrarch's validation script counted.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsgraph.errors import NewsgraphError
from newsgraph.model import Article, Event, stable_id
from newsgraph.settings import Settings

log = logging.getLogger(__name__)

ENGINES = ("petrarch", "patterns", "ours")
_SENTENCE = re.compile(r"<Sentence\s([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ENV = re.compile(r"<(Verbfile|Actorfile|Agentfile|Discardfile|PICOfile)>\s*([^<]+?)\s*<")
_REQUIRED = ("Verbfile", "Actorfile", "Agentfile")
_ENTITIES = (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"))


class ValidationError(NewsgraphError):
    """The validation records or the dictionaries they name cannot be used."""

    code = "NG502"


@dataclass(frozen=True, slots=True)
class Expected:
    """One ``<EventCoding>`` of a record."""

    code: str
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class Record:
    """One evaluated validation sentence."""

    id: str
    category: str
    date: str | None  # ISO
    text: str
    expected: tuple[Expected, ...]
    noevents: bool = False


@dataclass(frozen=True, slots=True)
class Suite:
    """The records and the dictionary paths named by the file's ``<Environment>``."""

    records: tuple[Record, ...]
    verbs: Path
    actors: tuple[Path, ...]
    agents: tuple[Path, ...]
    discards: tuple[Path, ...] = ()
    ontology: tuple[Path, ...] = ()  # the PICO file: how negated codes read


@dataclass(slots=True)
class Tally:
    """Counts for one category (mutable while scoring)."""

    records: int = 0
    expected: int = 0
    correct: int = 0
    uncoded: int = 0
    extra: int = 0
    exact: int = 0  # correct with the very actor codes (roles and all), not just principals

    def as_dict(self) -> dict[str, float]:
        """Counts with the rates UniversalPetrarch reported (correct and extra per expected)."""
        return {
            "records": self.records,
            "expected": self.expected,
            "correct": self.correct,
            "uncoded": self.uncoded,
            "extra": self.extra,
            "correct_exact": self.exact,
            "correct_rate": round(self.correct / self.expected, 4) if self.expected else 0.0,
            "extra_rate": round(self.extra / self.expected, 4) if self.expected else 0.0,
        }


@dataclass(slots=True)
class Report:
    """Per-category tallies, their total and one line per miss or extra."""

    engine: str
    categories: dict[str, Tally] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)

    @property
    def total(self) -> Tally:
        out = Tally()
        for t in self.categories.values():
            out.records += t.records
            out.expected += t.expected
            out.correct += t.correct
            out.exact += t.exact
            out.uncoded += t.uncoded
            out.extra += t.extra
        return out

    def as_dict(self) -> dict[str, object]:
        cats = {k: v.as_dict() for k, v in sorted(self.categories.items())}
        return {"engine": self.engine, "categories": cats, "total": self.total.as_dict()}


def _unescape(text: str) -> str:
    for a, b in _ENTITIES:
        text = text.replace(a, b)
    return text


def read_suite(path: str | Path, dictionaries: str | Path | None = None) -> Suite:
    """The evaluated records of a validation file and the dictionaries it names.

    The dictionaries are looked for in ``dictionaries`` (default: next to the file); an
    ``<Actorfile>`` may list several files separated by commas.
    Raises ValidationError when the file or a dictionary it names is missing.
    """
    path = Path(path)
    try:
        raw = path.read_text("utf-8")
    except OSError as exc:
        raise ValidationError(f"cannot read validation records {path}: {exc.strerror}") from exc
    env = dict(_ENV.findall(raw))
    missing = [k for k in _REQUIRED if k not in env]
    if missing:
        raise ValidationError(f"{path}: <Environment> names no {', '.join(missing)}")
    where = Path(dictionaries) if dictionaries else path.parent
    files: dict[str, tuple[Path, ...]] = {}
    for kind, value in env.items():
        found: list[Path] = []
        for name in (n.strip() for n in value.split(",") if n.strip()):
            f = next((d / name for d in (where, path.parent) if (d / name).exists()), where / name)
            if f.exists():
                found.append(f)
            elif kind in _REQUIRED:
                place = f"in {where}" if dictionaries else "next to it"
                raise ValidationError(f"{kind} {f.name} named by {path.name} is not {place}: {f}")
            else:  # discards and the coding ontology refine the coding; go on without them
                log.warning("%s %s named by %s not found; coding without it", kind, name, path)
        files[kind] = tuple(found)
    inc = re.search(r"<Include>([^<]*)<", raw)
    include = set(inc.group(1).split()) if inc else None
    records = []
    for attrs, body in _SENTENCE.findall(_COMMENT.sub("", raw)):
        a = dict(_ATTR.findall(attrs))
        if a.get("evaluate", "true") != "true":
            continue
        if include is not None and a.get("category") not in include:
            continue
        codings = [dict(_ATTR.findall(c)) for c in _CODING.findall(body)]
        text = _TEXT.search(body)
        day = a.get("date", "")
        records.append(
            Record(
                id=a.get("id", ""),
                category=a.get("category", ""),
                date=f"{day[:4]}-{day[4:6]}-{day[6:8]}" if len(day) == 8 else None,
                text=_unescape(" ".join(text.group(1).split())) if text else "",
                expected=tuple(
                    Expected(c["eventcode"], c.get("sourcecode", ""), c.get("targetcode", ""))
                    for c in codings
                    if "eventcode" in c
                ),
                noevents=any(c.get("noevents") == "True" for c in codings),
            )
        )
    return Suite(
        tuple(records),
        files["Verbfile"][0],
        files["Actorfile"],
        files["Agentfile"],
        files.get("Discardfile", ()),
        files.get("PICOfile", ()),
    )


def same_actor(expected: str, actor_code: str, principal: str) -> bool:
    """Same actor at the principal level: "ARNGOV" expected matches our "ARN" or "ARNMIL"."""
    return expected in (actor_code, principal) or (
        len(principal) == 3 and expected[:3] == principal
    )


def score_record(
    record: Record, events: tuple[Event, ...], tally: Tally, details: list[str]
) -> None:
    """Add one record's correct / uncoded / extra counts to tally (misses to details)."""
    tally.records += 1
    used: set[int] = set()
    got = [(e.source_actor.code, e.target_actor.code, e.code) for e in events]
    for exp in record.expected:
        tally.expected += 1
        hit = next(
            (
                k
                for k, e in enumerate(events)
                if k not in used
                and e.code == exp.code
                and same_actor(exp.source, e.source_actor.code, e.source_actor.principal)
                and same_actor(exp.target, e.target_actor.code, e.target_actor.principal)
            ),
            None,
        )
        if hit is None:
            tally.uncoded += 1
            details.append(
                f"UNCODED {record.id} {exp.source}->{exp.target} {exp.code} got={got} | {record.text}"
            )
        else:
            used.add(hit)
            tally.correct += 1
            e = events[hit]
            tally.exact += (e.source_actor.code, e.target_actor.code) == (exp.source, exp.target)
    for k, e in enumerate(events):
        if k not in used:
            tally.extra += 1
            details.append(
                f"EXTRA {record.id} {e.source_actor.code}->{e.target_actor.code} {e.code} {e.rule}"
            )


def agent_roles(paths: tuple[Path, ...]) -> dict[str, str]:
    """Agent word -> role code of PETRARCH agents files; a prefix role keeps its tilde.

    ``DIPLOMAT [~GOV]`` follows the state ("ARNGOV"); ``MSF [NGO~]`` precedes it ("NGOARN").
    """
    from newsgraph.actors.dictionaries import read_agents

    roles: dict[str, str] = {}
    for f in paths:
        prefixes = set(re.findall(r"\[\s*(\w+)~\s*\]", f.read_text("utf-8", "replace")))
        for role, words in read_agents(str(f)).items():
            for word in words:
                roles.setdefault(word, role + "~" if role in prefixes else role)
    return roles


def validate(
    path: str | Path,
    engine: str = "petrarch",
    settings: Settings | None = None,
    progress: Callable[[int, int], None] | None = None,
    dictionaries: str | Path | None = None,
) -> Report:
    """Run the validation suite at path and count correct / uncoded / extra per category.

    Args: the records file; the engine (see ``ENGINES``); base settings (the suite's
    actors replace the actor dictionary); a callback given (done, total) after each record;
    the folder holding the dictionaries the file names (default: the file's folder).
    Raises ValidationError for a missing file or dictionary, or an unknown engine.
    """
    if engine not in ENGINES:
        raise ValidationError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    suite = read_suite(path, dictionaries)
    from newsgraph.actors import resolve_mentions
    from newsgraph.actors.dictionaries import import_petrarch
    from newsgraph.events import code_events, compile_patterns, load_patterns
    from newsgraph.events.petrarch import (
        code_petrarch,
        join_detached_prefixes,
        load_petrarch_verbs,
        read_petrarch_discards,
        read_petrarch_negations,
        read_petrarch_dictionary,
    )
    from newsgraph.nlp import load_nlp, parse_copy, to_parse

    report = Report(engine)
    base = settings or Settings()
    with tempfile.TemporaryDirectory() as tmp:
        actors_yaml = str(Path(tmp) / "petrarch_actors.yaml")
        counts = import_petrarch([str(f) for f in (*suite.actors, *suite.agents)], actors_yaml)
        log.info("suite dictionaries: %s", counts)
        settings = replace(base, actors_file=actors_yaml)
        dictionary = read_petrarch_dictionary(suite.verbs) if engine == "petrarch" else None
        roles = agent_roles(suite.agents)
        discards = tuple(w for f in suite.discards for w in read_petrarch_discards(f))
        negations = read_petrarch_negations(suite.ontology[0]) if suite.ontology else None
        patterns = None
        if engine == "patterns":
            patterns = compile_patterns(load_petrarch_verbs(suite.verbs))
        elif engine == "ours":
            patterns = load_patterns()
        nlp = load_nlp(settings)
        for n, rec in enumerate(suite.records, 1):
            text = join_detached_prefixes(rec.text) if dictionary is not None else rec.text
            article = Article(id=stable_id(rec.id, rec.text), text=text, date=rec.date)
            parse = to_parse(nlp(parse_copy(article.text)), article.text)  # as parse_texts reads it
            mentions = resolve_mentions(article, parse, settings)
            if dictionary is not None:
                events = code_petrarch(
                    article, parse, mentions, dictionary, roles, discards, negations
                )
            else:
                events = code_events(article, parse, mentions, settings, patterns=patterns)
            tally = report.categories.setdefault(rec.category, Tally())
            score_record(rec, events, tally, report.details)
            if progress is not None:
                progress(n, len(suite.records))
    return report
