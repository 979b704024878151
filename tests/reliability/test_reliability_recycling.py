"""Recycled workers (``worker_max_batches``): fresh processes, same results, same order."""

from __future__ import annotations

import gc
import os

import pytest

from newsgraph.model import Failure, RawDocument, Result
from newsgraph.pipeline import Pipeline, _pool
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

_TEXTS = (
    "Chad accuses Niger of border raid\n\nChad accused Niger on Monday of sending troops "
    'across the border. "We will defend every village," the defence minister said.',
    "Kenya and Uganda sign trade pact\n\nKenya signed a trade agreement with Uganda in "
    "Nairobi on Tuesday, officials said.",
    "Protesters clash with police in Lima\n\nPolice in Peru arrested dozens of protesters "
    'on Wednesday. "The arrests were unlawful," a lawyer for the group told reporters.',
    "Japan offers aid after floods\n\nJapan pledged $5 million in emergency aid to "
    "Bangladesh after floods killed at least 40 people.",
    "Talks stall over ceasefire\n\nSudan rejected a ceasefire proposal from Ethiopia, "
    "saying it favoured the rebels. The foreign minister said talks would resume next week.",
    "Germany expels diplomats\n\nGermany expelled two Russian diplomats on Thursday. "
    '"This is an unfriendly act," the Russian embassy said in a statement.',
    "France praises Morocco\n\nFrance praised Morocco for its help in the investigation, "
    "the interior ministry said on Friday.",
)


def _docs() -> list[RawDocument]:
    return [
        RawDocument(f"recycle/{i}.txt", text, (("date", "2024-05-06"),))
        for i, text in enumerate(_TEXTS)
    ]


def _outcome(items: list[Result | Failure | str]) -> list[tuple[object, ...]]:
    """What must not change with the process layout: ids, events and quotes, in order."""
    out: list[tuple[object, ...]] = []
    for item in items:
        if isinstance(item, Result):
            out.append((item.article.id, item.events, item.quotes, item.mentions))
        else:
            out.append((item,))
    return out


@pytest.fixture(scope="module")
def in_process() -> list[tuple[object, ...]]:
    """The reference: one process, no pool."""
    return _outcome(list(Pipeline(Settings(workers=1, batch_size=1)).process(_docs())))


def test_reliability_recycling_every_batch_gives_the_same_results_in_order(
    in_process: list[tuple[object, ...]],
) -> None:
    settings = Settings(workers=2, batch_size=1, worker_max_batches=1)
    recycled = _outcome(list(Pipeline(settings).process(_docs())))
    assert any(r[1] for r in in_process if len(r) > 1)  # the texts do yield events
    assert recycled == in_process


def test_reliability_recycling_replaces_a_worker_after_its_batches(
    in_process: list[tuple[object, ...]],
) -> None:
    with _pool(Settings(workers=2, worker_max_batches=1)) as pool:
        pids = [pool.apply_async(os.getpid).get(timeout=60) for _ in range(4)]
        frozen = [pool.apply_async(gc.get_freeze_count).get(timeout=60) for _ in range(2)]
    with _pool(Settings(workers=1, worker_max_batches=0)) as pool:
        kept = {pool.apply_async(os.getpid).get(timeout=60) for _ in range(4)}
    assert min(frozen) > 10_000  # a replacement starts warm: forked from the loaded server
    assert len(set(pids)) == 4  # one batch each, then a fresh process
    assert len(kept) == 1  # 0: never recycled


def test_reliability_pool_raises_a_model_it_cannot_load() -> None:
    """A worker that cannot load its model raises the error with its first batch; a pool
    would otherwise replace it, forever, by another worker failing the same way."""
    from newsgraph.errors import NewsgraphError

    settings = Settings(workers=2, model="no_such_model_installed")
    with pytest.raises(NewsgraphError, match="not installed"):
        list(Pipeline(settings).process(_docs()[:2]))
    # the pool's next run, with settings it can load, is not poisoned by that error
    assert _outcome(list(Pipeline(Settings(workers=2)).process(_docs()[:2])))[0][1]


def test_worker_warm_up_loads_every_stage_table_before_the_first_batch() -> None:
    """Whatever the forkserver's warm-up leaves unloaded, each worker loads again after
    its fork (time before its first batch and memory it cannot share)."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from newsgraph.pipeline import _worker_init, analyse, prepare\n"
        "from newsgraph.model import RawDocument\n"
        "from newsgraph.settings import Settings\n"
        "def sizes():\n"
        "    return {f'{m.__name__}.{k}': v.cache_info().currsize for m in list(sys.modules.values())\n"
        "            if getattr(m, '__name__', '').startswith(('newsgraph.actors', 'newsgraph.events',\n"
        "                                                     'newsgraph.quotes', 'newsgraph.nlp'))\n"
        "            for k, v in list(vars(m).items())\n"
        "            if hasattr(v, 'cache_info') and getattr(v, '__module__', '') == m.__name__}\n"
        "_worker_init(Settings())\n"
        "before = sizes()\n"
        "texts = sys.stdin.read().split('\\f')\n"
        "analyse([prepare(RawDocument(f'{i}.txt', t), Settings()) for i, t in enumerate(texts)], Settings())\n"
        "print(sorted(k for k, n in sizes().items() if n and not before.get(k)))\n"
    )
    texts = [
        "ROME (AP) \u2014 Italy condemned Libya's seizure of a fishing boat off Benghazi on "
        'Monday. "This is unacceptable," Foreign Minister Marco Verdi said. He said Rome '
        "would summon Libya's ambassador.",
        *_TEXTS,
    ]
    done = subprocess.run(
        [sys.executable, "-c", probe],
        input="\f".join(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]", done.stdout
