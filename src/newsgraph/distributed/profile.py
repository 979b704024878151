"""Where a Spark job's time goes: per-task records from the Python workers, CPU per process.

Wall-clock ratios mean little on a shared machine; CPU seconds do. Each
analysis task reports its own wall and CPU time (setup apart from the work
on articles) through a Spark accumulator; the driver reads the CPU of the
JVM and of its Python workers from ``/proc`` between phases. Off Linux the
``/proc`` figures are simply absent.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

try:
    from pyspark.accumulators import AccumulatorParam
except ImportError:  # pyspark is optional; nothing here runs without it
    AccumulatorParam = object  # type: ignore[assignment,misc]

#: One worker task's timings: phase, pid, partition, counts, seconds.
TaskRecord = dict[str, Any]

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


class RecordsParam(AccumulatorParam):  # type: ignore[misc,valid-type]
    """Accumulates lists of task records (a tuple, so adding never mutates)."""

    def zero(self, value: tuple[TaskRecord, ...]) -> tuple[TaskRecord, ...]:
        return ()

    def addInPlace(  # noqa: N802 - pyspark's name
        self, first: tuple[TaskRecord, ...], second: tuple[TaskRecord, ...]
    ) -> tuple[TaskRecord, ...]:
        return (*first, *second)


@dataclass(frozen=True, slots=True)
class Clock:
    """Wall and process CPU seconds at one instant, to subtract."""

    wall: float
    cpu: float

    @staticmethod
    def now() -> "Clock":
        return Clock(time.perf_counter(), time.process_time())

    def since(self, start: "Clock") -> tuple[float, float]:
        return round(self.wall - start.wall, 4), round(self.cpu - start.cpu, 4)


def partition_id() -> int:
    """The running task's partition (-1 outside a Spark task)."""
    from pyspark import TaskContext

    context = TaskContext.get()
    return context.partitionId() if context is not None else -1


def timed_partition(phase: str, items: Iterable[Any], records: Any) -> Iterator[Any]:
    """Pass a partition through, adding one record of its wall and CPU time to ``records``."""
    start = Clock.now()
    count = 0
    for item in items:
        count += 1
        yield item
    wall, cpu = Clock.now().since(start)
    records.add(({"phase": phase, "pid": os.getpid(), "partition": partition_id(),
                  "items": count, "wall": wall, "cpu": cpu},))


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds of the process and its reaped children) from /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # After the name: state ppid ... utime(12) stime(13) cutime(14) cstime(15), 1-based from state at 0.
    ticks = sum(int(v) for v in fields[11:15])
    return int(fields[1]), ticks / _TICKS


def own_cpu(pid: int) -> float | None:
    """CPU seconds of one process, all its threads, not its children."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS


def descendants_cpu(root: int) -> float | None:
    """CPU seconds of every live descendant of ``root`` (and the children they reaped)."""
    if not os.path.isdir("/proc"):
        return None
    parents: dict[int, tuple[int, float]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            found = _stat(int(name))
            if found is not None:
                parents[int(name)] = found
    total, frontier = 0.0, {root}
    while frontier:
        children = {pid for pid, (ppid, _) in parents.items() if ppid in frontier}
        total += sum(parents[pid][1] for pid in children)
        frontier = children
    return round(total, 2)


def jvm_pid(sc: Any) -> int | None:
    """The driver JVM's pid when this process launched it (local runs), else None."""
    proc = getattr(getattr(sc, "_gateway", None), "proc", None)
    return getattr(proc, "pid", None)


class PhaseMeter:
    """Driver-side phases: wall seconds, and CPU of the JVM and of its Python workers."""

    def __init__(self, sc: Any) -> None:
        self._pid = jvm_pid(sc)
        self.phases: dict[str, dict[str, float | None]] = {}
        self._mark = self._read()

    def _read(self) -> tuple[float, float | None, float | None]:
        if self._pid is None:
            return time.perf_counter(), None, None
        return time.perf_counter(), own_cpu(self._pid), descendants_cpu(self._pid)

    def lap(self, phase: str) -> None:
        """Close a phase begun at the previous lap (or at creation)."""
        now = self._read()

        def delta(i: int) -> float | None:
            a, b = self._mark[i], now[i]
            return round(b - a, 2) if a is not None and b is not None else None

        self.phases[phase] = {"wall": delta(0), "jvm_cpu": delta(1), "python_workers_cpu": delta(2)}
        self._mark = now


def summarise(records: Iterable[TaskRecord]) -> dict[str, Any]:
    """Per phase: tasks, items, worker processes, total and slowest wall, total, most and least CPU."""
    out: dict[str, Any] = {}
    for record in records:
        phase = out.setdefault(record["phase"], {"tasks": 0, "items": 0, "pids": set(),
                                                  "wall": 0.0, "cpu": 0.0, "max_wall": 0.0})
        phase["tasks"] += 1
        phase["items"] += record.get("items", 0)
        phase["pids"].add(record["pid"])
        for key in ("wall", "cpu"):
            phase[key] += record.get(key, 0.0)
        phase["max_wall"] = max(phase["max_wall"], record.get("wall", 0.0))
        # Skew: the busiest and the idlest task by CPU (the tail a core waits on).
        phase["max_cpu"] = max(phase.get("max_cpu", 0.0), record.get("cpu", 0.0))
        phase["min_cpu"] = min(phase.get("min_cpu", float("inf")), record.get("cpu", 0.0))
        for key, value in record.items():
            if key.endswith(("_wall", "_cpu")) or key == "chars":
                phase[key] = phase.get(key, 0.0) + value
    for phase in out.values():
        phase["workers"] = len(phase.pop("pids"))
        for key, value in phase.items():
            if isinstance(value, float):
                phase[key] = round(value, 2)
    return out
