"""The same pipeline on Apache Spark: Parquet tables out, loaded or queried with DuckDB.

``run_spark(inputs, out, master, settings)`` runs ``prepare`` and ``analyse``
per partition and writes ``out/<table>/``; ``load_parquet(out, store)`` adds
that output to a DuckDB store; ``open_parquet(out)`` queries it in place.
pyspark is optional (``pip install 'newsgraph[spark]'``) and imported only
when a job runs.
"""

from newsgraph.distributed.job import DEFAULT_MASTER, SparkJobError, run_spark, spark_session
from newsgraph.distributed.load import describe, load_parquet, open_parquet

__all__ = ["DEFAULT_MASTER", "SparkJobError", "describe", "load_parquet", "open_parquet", "run_spark", "spark_session"]
