"""Every gold set's figures in one table: `newsgraph eval` once per set, in parallel.

Usage:
    python benchmarks/gold_table.py [NAMES ...] [-j 2] [--out TABLE.json]
        [--details DIR] [--blind 6,8,...] [--compare OLD.json]

NAMES are ``seed``, ``news-dev`` (../shared/gold) and hand-made set numbers (``1`` is
tests/gold/handmade.jsonl, ``N`` is handmadeN.jsonl); none means all of them. Each set is
scored in its own process, as ``newsgraph eval`` would. ``--details DIR`` writes the miss,
extra and wrong-speaker lines of each set to DIR/NAME.txt, except for the sets named by
``--blind``: those stay held out, so only their numbers and counts (causes, root swaps,
blocking conditions, none of which carries text) are kept. ``--compare`` prints, for every
set, the change from an earlier ``--out`` file, so that a rule's effect on all sets is read
at a glance.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_GOLD = ROOT.parent / "shared" / "gold"
HANDMADE = ROOT / "tests" / "gold"


def gold_path(name: str) -> Path:
    """The gold file a set name stands for."""
    if name in ("seed", "news-dev"):
        return SHARED_GOLD / f"{name}.jsonl"
    return HANDMADE / ("handmade.jsonl" if name == "1" else f"handmade{int(name)}.jsonl")


def all_names() -> list[str]:
    """seed, news-dev, then every hand-made set in number order."""
    numbers = sorted(
        1 if p.stem == "handmade" else int(p.stem[len("handmade"):])
        for p in HANDMADE.glob("handmade*.jsonl")
    )
    return ["seed", "news-dev", *(str(n) for n in numbers)]


def score_set(name: str, details_dir: str | None, blind: bool) -> dict:
    """Score one set; write its detail lines unless it is held out."""
    from newsgraph.evaluate.run import evaluate_files
    from newsgraph.settings import Settings

    score = evaluate_files([str(gold_path(name))], Settings(), blocked=True)
    data = score.to_dict()
    data.pop("per_document", None)
    ev, qu = data["events"], data["quotes"]
    row = {
        "name": name,
        "P": ev["precision"], "R": ev["recall"], "F1": ev["f1"],
        "qP": qu["precision"], "qR": qu["recall"], "spk": qu["speaker_accuracy"],
        "matched": ev["matched"], "system": ev["system"], "gold": ev["gold_required"],
        "wrong_speakers": len(score.wrong_speakers()),
        "missed_by_cause": ev["missed_by_cause"],
        "extra_by_cause": ev["extra_by_cause"],
        "root_swaps": ev["root_swaps"],
        "blocked": ev.get("missed_silent_blocked_by", {}),
        "by_root": ev["by_root"],
    }
    if details_dir and not blind:
        Path(details_dir, f"{name}.txt").write_text(
            "\n".join(score.detail_lines()) + "\n", encoding="utf-8"
        )
    return row


def _fmt(row: dict) -> str:
    return (
        f"{row['name']:>9}  P {row['P']:.3f}  R {row['R']:.3f}  F1 {row['F1']:.3f}  "
        f"q {row['qP']:.3f}/{row['qR']:.3f}  spk {row['spk']:.3f}  "
        f"({row['matched']}/{row['system']}/{row['gold']})"
    )


def _delta(new: dict, old: dict | None) -> str:
    if old is None:
        return "  new"
    parts = [
        f"{k} {old[k]:.3f}->{new[k]:.3f}"
        for k in ("P", "R", "F1", "qP", "qR", "spk")
        if abs(new[k] - old[k]) >= 0.0005
    ]
    return ("  " + ", ".join(parts)) if parts else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--details", type=Path)
    parser.add_argument("--blind", default="", help="comma-separated held-out set numbers")
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args(argv)

    names = args.names or all_names()
    missing = [n for n in names if not gold_path(n).exists()]
    if missing:
        parser.error(f"no gold file for {', '.join(missing)} (looked in {SHARED_GOLD} and {HANDMADE})")
    blind = {b.strip() for b in args.blind.split(",") if b.strip()}
    if args.details:
        args.details.mkdir(parents=True, exist_ok=True)
    old = {}
    if args.compare:
        old = {r["name"]: r for r in json.loads(args.compare.read_text(encoding="utf-8"))}

    details = str(args.details) if args.details else None
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        rows = list(pool.map(score_set, names, [details] * len(names), [n in blind for n in names]))
    for row in rows:
        mark = " (blind)" if row["name"] in blind else ""
        print(_fmt(row) + mark + (_delta(row, old.get(row["name"])) if args.compare else ""))
    silent = [r["name"] for r in rows if r["gold"] and not r["system"] and not r["qR"]]
    if silent:
        # a broken data file or model makes every document fail, and the scores read 0
        print(
            f"warning: no event and no quote at all on {', '.join(silent)}: the pipeline most"
            " likely failed on every document; run `newsgraph eval` on one set to see why",
            file=sys.stderr,
        )
        return 1
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
