"""One writer at a time: a second process gets StoreLocked with a clear message."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.errors import StoreLocked
from newsgraph.store import Store

_HOLDER = """
import sys
from newsgraph.store import Store
store = Store.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
store.close()
"""


@pytest.fixture()
def held(db_path: str) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the store open for writing until we let it go."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, db_path],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
        yield proc
    finally:
        if proc.poll() is None:
            proc.communicate("\n", timeout=20)


def test_store_locking_second_writer_gets_store_locked(
    db_path: str, held: subprocess.Popen[str]
) -> None:
    with pytest.raises(StoreLocked) as info:
        Store.open(db_path)
    message = str(info.value)
    assert db_path in message
    assert f"PID {held.pid}" in message
    assert "Stop that process" in message and "wait" in message and "--db" in message
    assert message.startswith("[NG301]")


def test_store_locking_reader_also_waits_for_the_writer(
    db_path: str, held: subprocess.Popen[str]
) -> None:
    with pytest.raises(StoreLocked):
        Store.open(db_path, read_only=True)


def test_store_locking_released_when_holder_exits(
    db_path: str, held: subprocess.Popen[str]
) -> None:
    held.communicate("\n", timeout=20)
    assert held.returncode == 0
    with Store.open(db_path) as store:
        assert store.known_ids(["nothing"]) == set()
    assert Path(db_path).is_file()


def test_store_locking_same_process_other_mode(db_path: str) -> None:
    with Store.open(db_path) as writer:
        with pytest.raises(StoreLocked, match="already open in this process"):
            Store.open(db_path, read_only=True)
        with Store.open(db_path) as second_writer:  # same mode: DuckDB shares the file
            assert second_writer.known_ids([]) == set()
        assert writer.known_ids([]) == set()
