"""Shared checks for the reliability tests: read a store back, match it to the cases."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import duckdb

from reliability_corpus import Case

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of a query on a closed store file, read-only."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for a ``newsgraph`` subprocess: this venv, no user config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSGRAPH_")}
    env.update(extra)
    env["PYTHONPATH"] = str(REPO / "src")
    return env


def account(root: Path, cases: list[Case], db: Path) -> dict[str, list[str]]:
    """Compare the store with what every case must become; return the problems by kind."""
    stored = {p for (p,) in rows(db, "SELECT path FROM articles")}
    failed: dict[str, list[tuple[str, str]]] = {}
    for path, stage, reason in rows(db, "SELECT path, stage, reason FROM failures"):
        failed.setdefault(path, []).append((stage, reason))
    problems: dict[str, list[str]] = {"lost": [], "wrongly stored": [], "wrong failure": []}
    for case in cases:
        names = {case.name, str(root / case.name)}
        is_stored = bool(names & stored)
        if case.name.endswith("#"):
            fails = [f for p, fs in failed.items() if p.startswith(str(root / case.name)) for f in fs]
        else:
            fails = [f for n in names for f in failed.get(n, [])]
        if case.expect == "stored" and not is_stored:
            problems["lost"].append(f"{case.name}: not stored; failures {fails}")
        elif case.expect == "failed":
            if is_stored:
                problems["wrongly stored"].append(case.name)
            elif not any(
                (not case.stage or stage == case.stage) and case.reason in reason.lower()
                for stage, reason in fails
            ):
                problems["wrong failure"].append(f"{case.name}: want {case.stage}/{case.reason!r}, got {fails}")
        elif case.expect == "either" and not is_stored and not fails:
            problems["lost"].append(f"{case.name}: neither stored nor failed")
    return {k: v for k, v in problems.items() if v}
