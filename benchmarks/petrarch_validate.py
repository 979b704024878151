"""Our event coder on the UD-PETRARCH validation suite, with the suite's own dictionaries.

Usage: python benchmarks/petrarch_validate.py [--records XML] [--engine E] [--dictionaries DIR]
       [--show] [--json]

A thin wrapper over ``newsgraph.events.validate`` (the same as ``newsgraph validate-petrarch``):
prints correct / uncoded / extra per record category. Engines: petrarch (default: the
suite's verb dictionary read with PETRARCH's semantics), patterns (our extractor on the
dictionary converted to our patterns), ours (our extractor and our own patterns).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsgraph.events.validate import ENGINES, ValidationError, validate

PEERS = Path(__file__).resolve().parents[1] / ".." / "shared" / "peers" / "UniversalPetrarch"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", default=str(PEERS / "PETR_Validate_records_2_02.xml"))
    ap.add_argument("--engine", choices=ENGINES, default="petrarch")
    ap.add_argument("--dictionaries", help="folder of the named dictionaries (default: beside)")
    ap.add_argument("--ours", action="store_true", help="same as --engine ours")
    ap.add_argument("--show", action="store_true", help="list every miss and extra")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    try:
        report = validate(
            args.records, "ours" if args.ours else args.engine, dictionaries=args.dictionaries
        )
    except ValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.show:
        print("\n".join(report.details))
    if args.json:
        print(json.dumps(report.as_dict()))
        return 0
    rows = [*sorted(report.categories.items()), ("TOTAL", report.total)]
    for cat, c in rows:
        d = c.as_dict()
        print(
            f"{cat:10s} records={c.records:3d} expected={c.expected:3d} correct={c.correct:3d} "
            f"uncoded={c.uncoded:3d} extra={c.extra:3d} exact={c.exact:3d} "
            f"correct%={100 * d['correct_rate']:.1f} extra%={100 * d['extra_rate']:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
