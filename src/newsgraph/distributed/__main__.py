"""Command line of the Spark job, for ``python -m newsgraph.distributed`` and spark-submit.

    python -m newsgraph.distributed OUT INPUT... [--master local[2]]
    spark-submit --master yarn ... "$(python -c 'import newsgraph.distributed.__main__ as m; print(m.__file__)')" OUT INPUT...

Prints the run's counts as one JSON line on stdout; exit code 3 when some
documents failed, 1 on a newsgraph error.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

from newsgraph.distributed.job import run_spark
from newsgraph.errors import NewsgraphError
from newsgraph.settings import load_settings

log = logging.getLogger("newsgraph.distributed")

EXIT_SOME_FAILED = 3


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, run the job, report the counts on stdout."""
    parser = argparse.ArgumentParser(prog="newsgraph-spark", description=__doc__.split("\n")[0])
    parser.add_argument("out", help="output directory (any Hadoop URL) for the Parquet tables")
    parser.add_argument("inputs", nargs="+", help="shards: files, directories, globs or URLs")
    parser.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[2])")
    parser.add_argument("--partitions", type=int, default=None, help="analysis partitions (default 2 per core)")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline")
    parser.add_argument("--actors", default=None, help="YAML actor dictionary to add")
    parser.add_argument("--date", default=None, help="article date when the source gives none")
    parser.add_argument("--source", default=None, help="name of the news source")
    parser.add_argument("--batch-size", type=int, default=None, help="articles per nlp.pipe batch")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = load_settings(
        model=args.model, actors_file=args.actors, date=args.date, source=args.source,
        batch_size=args.batch_size,
    )
    try:
        stats = run_spark(args.inputs, args.out, args.master, settings, partitions=args.partitions)
    except NewsgraphError as exc:
        log.error("%s", exc)
        return exc.exit_code
    sys.stdout.write(json.dumps(stats) + "\n")
    return EXIT_SOME_FAILED if stats["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
