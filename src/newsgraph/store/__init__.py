"""The DuckDB store: schema, migrations and batched, idempotent writes."""

from newsgraph.store.database import Store
from newsgraph.store.schema import LATEST_VERSION, MIGRATIONS, TABLES, Migration
from newsgraph.store.writer import WriteStats

__all__ = ["LATEST_VERSION", "MIGRATIONS", "TABLES", "Migration", "Store", "WriteStats"]
