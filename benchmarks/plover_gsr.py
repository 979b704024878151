"""Our event coder on the PLOVER gold standard records (CAMEO manual examples, PLOVER 0.5).

Usage: python benchmarks/plover_gsr.py [--gsr PATH] [--mapping CAMEO2PLOVER.txt] [--show]
    [--domestic] [--raw-codes]

Each record's text is parsed with our pipeline, actors come from the actors stage, events
from ``code_events``; our CAMEO codes become PLOVER types through the CAMEO2PLOVER table
(default: ../shared/peers/PLOVER/CAMEO2PLOVER-2021.txt, falling back to our own root
mapping). Gold 0.5 names are renamed to the table's 0.8 names (data/events/plover.yaml).
Prints event-type accuracy (a record is right when one of our events has its type) and
micro P/R/F1 of source and target country codes, plus the accuracy on the international
records (a gold source and a gold target with no country in common): our events need two
different states, so a domestic record ("Sudan's government lifted a curfew in Darfur")
cannot be coded, and that subset shows how far the patterns themselves fall short.
With --show, every missed record is listed with its gold actors. With --domestic the coder
runs with ``Settings(domestic=True)`` and also codes acts between one state's actors of
different roles ("police arrested protesters"), which PLOVER codes and our guidelines do not.
Actor codes are compared like with like: the records write every IGO as the generic ``IGO`` and
a few states by old CAMEO codes (JAP, ITL, VTN; data/events/plover.yaml gsr_actor_codes), so our
IGO codes count as IGO and those codes as ISO3; --raw-codes compares them as written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

import yaml

from newsgraph.events import code_events
from newsgraph.events.exports import load_plover_map, plover_of
from newsgraph.model import Article, stable_id
from newsgraph.settings import Settings

PLOVER = Path(__file__).resolve().parents[1] / ".." / "shared" / "peers" / "PLOVER"


def _codes(side: object, renames: dict[str, str]) -> set[str]:
    """A record's actor codes, with its old CAMEO state codes read as ISO3."""
    if not isinstance(side, list):
        return set()
    codes = {str(a.get("code")) for a in side if isinstance(a, dict) and a.get("code")}
    return {renames.get(c, c) for c in codes}


def _prf(c: Counter) -> str:
    p = c["tp"] / max(c["tp"] + c["fp"], 1)
    r = c["tp"] / max(c["tp"] + c["fn"], 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gsr", default=str(PLOVER / "PLOVER_GSR_CAMEO.txt"))
    ap.add_argument("--mapping", default=str(PLOVER / "CAMEO2PLOVER-2021.txt"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--domestic", action="store_true", help="Settings(domestic=True)")
    ap.add_argument(
        "--raw-codes",
        action="store_true",
        help="compare actor codes as written (the records' generic IGO and old CAMEO state "
        "codes never match our IGO codes and ISO3); the measure before session 62",
    )
    args = ap.parse_args(argv)
    if not Path(args.gsr).exists():
        print(f"GSR file not found: {args.gsr}", file=sys.stderr)
        return 2
    table = load_plover_map(None)
    if Path(args.mapping).exists():
        table.update(load_plover_map(args.mapping))
    plover = yaml.safe_load(
        resources.files("newsgraph").joinpath("data/events/plover.yaml").read_text("utf-8")
    )
    renames = plover["renames_0_5"]
    code_renames = {} if args.raw_codes else plover["gsr_actor_codes"]
    records = [
        r for r in json.loads(Path(args.gsr).read_text("utf-8")) if r.get("event") != "DOCUMENT"
    ]

    from newsgraph.actors import resolve_mentions
    from newsgraph.actors.gazetteer import load_gazetteer
    from newsgraph.nlp import load_nlp, to_parse

    igos = set() if args.raw_codes else set(load_gazetteer().igos)

    def ours_code(code: str) -> str:
        """Our actor code as the records write it: any IGO of ours is their generic IGO."""
        return "IGO" if code in igos else code

    settings = Settings(domestic=args.domestic)
    nlp = load_nlp(settings)
    tally: Counter = Counter()
    src: Counter = Counter()
    tgt: Counter = Counter()
    per_type: dict[str, Counter] = {}
    for rec in records:
        text = rec.get("text", "")
        article = Article(id=stable_id(rec["id"]), text=text, date=rec.get("date"))
        parse = to_parse(nlp(text))
        events = code_events(article, parse, resolve_mentions(article, parse, settings), settings)
        gold_type = renames.get(rec["event"], rec["event"])
        ours = {e.code: plover_of(e.code, table) for e in events}
        types = {p.event for p in ours.values() if p is not None}
        gold_src = _codes(rec.get("source"), code_renames)
        gold_tgt = _codes(rec.get("target"), code_renames)
        international = bool(gold_src and gold_tgt and not gold_src & gold_tgt)
        row = per_type.setdefault(gold_type, Counter())
        row["records"] += 1
        tally["records"] += 1
        if events:
            tally["coded"] += 1
            row["coded"] += 1
        tally["international"] += international
        if gold_type in types:
            tally["right"] += 1
            tally["international_right"] += international
            row["right"] += 1
        for gold, sys_set, acc in (
            (gold_src, {ours_code(e.source) for e in events}, src),
            (gold_tgt, {ours_code(e.target) for e in events}, tgt),
        ):
            acc["tp"] += len(gold & sys_set)
            acc["fp"] += len(sys_set - gold)
            acc["fn"] += len(gold - sys_set)
        if args.show and gold_type not in types:
            got = [(ours_code(e.source), ours_code(e.target), e.code) for e in events]
            pair = f"{','.join(sorted(gold_src))}->{','.join(sorted(gold_tgt))}"
            print(f"{rec['id']} gold={gold_type} {pair} got={got} | {text[:110]}")
    n = tally["records"]
    print(
        f"records={n} coded={tally['coded']} type_accuracy={tally['right'] / max(n, 1):.3f} "
        f"(on coded records {tally['right'] / max(tally['coded'], 1):.3f})"
    )
    k = tally["international"]
    print(f"international records={k} type_accuracy={tally['international_right'] / max(k, 1):.3f}")
    print(f"source countries {_prf(src)}")
    print(f"target countries {_prf(tgt)}")
    for name in sorted(per_type):
        c = per_type[name]
        print(f"  {name:12s} records={c['records']:3d} coded={c['coded']:3d} right={c['right']:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
