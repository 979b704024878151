"""Batch 1 (session 27, builder SPD): a story is coded the same alone, in a batch, in any order.

A helper once saw a story coded differently inside a batch of ten than alone. Whatever the
coder keeps between articles (module caches, a memo keyed by a reused object, the order of a
set) must not reach what it finds: the stories below, which share states, people and words
(Peru, Chile, Bolivia and Vargas; Kenya, Somalia and Ethiopia; "accusations", "deal"), are
coded one by one, in one batch, in that batch reversed and in a process with another
PYTHONHASHSEED, and each gives the same events and quotes every time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.model import RawDocument, Result
from newsgraph.settings import Settings

STORIES: list[str] = [
    "Peru and Chile sign fishing pact\n\nLIMA — Peru and Chile signed a fishing agreement on "
    "Monday after two years of talks, officials said. Peruvian Foreign Minister Elena Vargas "
    'praised Chile for its patience. "This is a good day for both our peoples," Vargas told '
    "reporters in Lima. Bolivia criticized the deal, saying it ignored its access to the sea.\n",
    "Chile recalls envoy from Bolivia\n\nSANTIAGO — Chile recalled its ambassador from Bolivia "
    'on Tuesday after La Paz accused Santiago of spying. "We reject these accusations '
    'completely," Chilean Foreign Minister Alberto Rojas said. Peru urged both countries to '
    "resolve the dispute through dialogue.\n",
    "Kenya hosts Somali president\n\nNAIROBI — Kenyan President William Ruto hosted Somalia's "
    "president in Nairobi on Wednesday for talks on border security. The two leaders agreed to "
    'reopen a border crossing. "Our neighbors are our partners," Ruto said. Ethiopia welcomed '
    "the meeting.\n",
    "Somalia accuses Ethiopia over port deal\n\nMOGADISHU — Somalia accused Ethiopia on Thursday "
    "of violating its sovereignty with a port deal, and expelled the Ethiopian ambassador. Kenya "
    'called on both sides to show restraint. "Somalia will defend every inch of its land," a '
    "government spokesman said.\n",
    "Vargas visits Santiago\n\nLIMA — Peruvian Foreign Minister Elena Vargas will travel to "
    "Santiago next week to meet her Chilean counterpart, her ministry said Friday. Vargas said "
    "Peru wanted closer trade ties with Chile. Bolivia's government did not comment.\n",
    "Ethiopia rejects Somali charges\n\nADDIS ABABA — Ethiopia rejected Somalia's accusations on "
    "Friday and said the port agreement respected international law. \"We have no designs on "
    'anyone\'s territory," an Ethiopian foreign ministry spokesman said. Kenya offered to '
    "mediate between the two neighbors.\n",
]

Found = list[list[list[object]]]  # per story, its events and quotes as plain rows


def _coded(order: list[int]) -> dict[int, list[list[object]]]:
    """The stories of ``order`` coded in one batch, by story: their events and quotes."""
    from newsgraph.pipeline import analyse, prepare

    settings = Settings()
    articles = [
        prepare(RawDocument(f"<story {i}>", STORIES[i], (("date", "2026-03-04"),)), settings)
        for i in order
    ]
    out: dict[int, list[list[object]]] = {}
    for i, result in zip(order, analyse(articles, settings)):
        assert isinstance(result, Result), result
        rows: list[list[object]] = [
            ["E", e.sentence_index, e.source_actor.code, e.target_actor.code, e.code, e.rule]
            for e in result.events
        ]
        rows += [["Q", q.start, q.end, q.speaker, q.speaker_actor] for q in result.quotes]
        out[i] = rows
    return out


def _in_order(found: dict[int, list[list[object]]]) -> Found:
    return [found[i] for i in range(len(STORIES))]


@pytest.fixture(scope="module")
def alone() -> Found:
    """Each story coded in a batch of its own."""
    return [_coded([i])[i] for i in range(len(STORIES))]


def test_stories_code_something(alone: Found) -> None:
    """The stories give events and quotes to compare (an empty coder would pass the rest)."""
    assert all(any(r[0] == "E" for r in rows) for rows in alone)
    assert sum(r[0] == "Q" for rows in alone for r in rows) >= 4


def test_batch_codes_as_alone(alone: Found) -> None:
    assert _in_order(_coded(list(range(len(STORIES))))) == alone


def test_reversed_batch_codes_as_alone(alone: Found) -> None:
    assert _in_order(_coded(list(reversed(range(len(STORIES)))))) == alone


def test_twice_in_one_batch_codes_the_same(alone: Found) -> None:
    """A story coded again later in the same batch, after the others, finds the same."""
    found = _coded([0, 3, 1, 4, 2, 5])
    again = _coded([5, 4, 3, 2, 1, 0, 2, 0])
    assert _in_order(found) == alone
    assert _in_order(again) == alone


def test_another_hash_seed_codes_the_same(alone: Found) -> None:
    """Another process with a fixed PYTHONHASHSEED (this one's is random unless set): the
    order of sets and dicts of strings differs, the events and quotes must not."""
    seed = "1" if os.environ.get("PYTHONHASHSEED") == "0" else "0"
    env = {**os.environ, "PYTHONHASHSEED": seed, "NEWSGRAPH_BATCH1_CHILD": "1"}
    proc = subprocess.run(
        [sys.executable, __file__],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
        cwd=str(Path(__file__).resolve().parent),
    )
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == json.loads(json.dumps(alone))


if __name__ == "__main__" and os.environ.get("NEWSGRAPH_BATCH1_CHILD"):
    # the child of test_another_hash_seed_codes_the_same: the stories in one shuffled batch
    print(json.dumps(_in_order(_coded([4, 1, 5, 0, 3, 2]))))
