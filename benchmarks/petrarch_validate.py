"""Our event coder on the UD-PETRARCH validation suite, with the suite's own dictionaries.

Usage: python benchmarks/petrarch_validate.py [--records XML] [--ours] [--show]

Reads each evaluated <Sentence>'s <Text> (our spaCy pipeline parses it; the stored CoNLL-U
parse is not used), imports the suite's actor and agent dictionaries with
``newsgraph.actors.dictionaries.import_petrarch``, codes with the suite's verb dictionary
(``--ours``: with our own patterns instead) and prints correct / uncoded / extra per category.
An expected event is correct when a system event has the same CAMEO code and the same
source and target principals (the first three letters of the suite's actor codes).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from newsgraph.events import code_events, compile_patterns, load_patterns, load_petrarch_verbs
from newsgraph.model import Article, stable_id
from newsgraph.settings import Settings

PEERS = Path(__file__).resolve().parents[1] / ".." / "shared" / "peers" / "UniversalPetrarch"
_SENTENCE = re.compile(r"<Sentence\s([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def read_records(path: Path) -> tuple[list[dict], set[str], dict[str, str]]:
    """Evaluated records, the included categories and the <Environment> file names."""
    raw = path.read_text("utf-8")
    env = dict(re.findall(r"<(Verbfile|Actorfile|Agentfile)>([^<]+)<", raw))
    include = set(re.search(r"<Include>([^<]*)<", raw).group(1).split())  # type: ignore[union-attr]
    records = []
    for attrs, body in _SENTENCE.findall(_COMMENT.sub("", raw)):
        a = dict(_ATTR.findall(attrs))
        if a.get("evaluate", "true") != "true" or a.get("category") not in include:
            continue
        codings = [dict(_ATTR.findall(c)) for c in _CODING.findall(body)]
        text = _TEXT.search(body)
        records.append(
            {
                "id": a.get("id", ""),
                "category": a["category"],
                "date": a.get("date", ""),
                "text": " ".join(text.group(1).split()) if text else "",
                "expected": [c for c in codings if "eventcode" in c],
                "noevents": any(c.get("noevents") == "True" for c in codings),
            }
        )
    return records, include, env


def _same_actor(expected: str, actor_code: str, principal: str) -> bool:
    """Same actor at the principal level: "ARNGOV" expected matches our "ARN" or "ARNMIL"."""
    return expected in (actor_code, principal) or (
        len(principal) == 3 and expected[:3] == principal
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", default=str(PEERS / "PETR_Validate_records_2_02.xml"))
    ap.add_argument(
        "--ours", action="store_true", help="code with our patterns, not the suite's verbs"
    )
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    records_path = Path(args.records)
    if not records_path.exists():
        print(f"validation records not found: {records_path}", file=sys.stderr)
        return 2
    records, _, env = read_records(records_path)
    base = records_path.parent
    try:
        from newsgraph.actors.dictionaries import import_petrarch
    except ImportError:
        print(
            "missing: newsgraph.actors.dictionaries.import_petrarch (actors stage)", file=sys.stderr
        )
        return 2
    from newsgraph.actors import resolve_mentions
    from newsgraph.nlp import load_nlp, to_parse

    with tempfile.TemporaryDirectory() as tmp:
        actors_yaml = str(Path(tmp) / "petr_actors.yaml")
        counts = import_petrarch(
            [str(base / env["Actorfile"]), str(base / env["Agentfile"])], actors_yaml
        )
        settings = Settings(actors_file=actors_yaml)
        patterns = (
            load_patterns()
            if args.ours
            else compile_patterns(load_petrarch_verbs(base / env["Verbfile"]))
        )
        nlp = load_nlp(settings)
        tally: dict[str, Counter] = defaultdict(Counter)
        for rec in records:
            day = rec["date"]
            iso = f"{day[:4]}-{day[4:6]}-{day[6:8]}" if len(day) == 8 else None
            article = Article(id=stable_id(rec["id"], rec["text"]), text=rec["text"], date=iso)
            parse = to_parse(nlp(article.text))
            mentions = resolve_mentions(article, parse, settings)
            events = list(code_events(article, parse, mentions, settings, patterns=patterns))
            cat = tally[rec["category"]]
            cat["records"] += 1
            used: set[int] = set()
            for exp in rec["expected"]:
                hit = next(
                    (
                        k
                        for k, e in enumerate(events)
                        if k not in used
                        and e.code == exp["eventcode"]
                        and _same_actor(exp.get("sourcecode", ""), e.source_actor.code, e.source)
                        and _same_actor(exp.get("targetcode", ""), e.target_actor.code, e.target)
                    ),
                    None,
                )
                if hit is None:
                    cat["uncoded"] += 1
                    if args.show:
                        got = [(e.source_actor.code, e.target_actor.code, e.code) for e in events]
                        print(f"UNCODED {rec['id']} {exp} got={got} | {rec['text'][:120]}")
                else:
                    used.add(hit)
                    cat["correct"] += 1
            extra = [e for k, e in enumerate(events) if k not in used]
            cat["extra"] += len(extra)
            if args.show:
                for e in extra:
                    print(
                        f"EXTRA {rec['id']} {e.source_actor.code}->{e.target_actor.code} {e.code} {e.rule}"
                    )
    print(f"dictionaries: {counts}; patterns: {'ours' if args.ours else env['Verbfile']}")
    total: Counter = Counter()
    for cat in sorted(tally):
        c = tally[cat]
        total.update(c)
        print(
            f"{cat:10s} records={c['records']:3d} correct={c['correct']:3d} uncoded={c['uncoded']:3d} extra={c['extra']:3d}"
        )
    expected = total["correct"] + total["uncoded"]
    print(
        f"{'TOTAL':10s} records={total['records']:3d} correct={total['correct']:3d} "
        f"uncoded={total['uncoded']:3d} extra={total['extra']:3d} "
        f"recall={total['correct'] / max(expected, 1):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
