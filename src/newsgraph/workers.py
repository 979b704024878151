"""Warm start for parser processes: imported by the pipeline's forkserver.

``pipeline._pool`` names this module as the forkserver's preload and hands its
settings over in an environment variable. Importing it there loads the spaCy
model and every stage's data once; each worker forked from the server inherits
them warm. The loaded objects live as long as the server, so they are frozen
out of the collector's sight: a worker's collections neither walk them nor
dirty the pages it shares with the server and its siblings.
"""

from __future__ import annotations

import base64
import gc
import logging
import os
import pickle

from newsgraph.pipeline import _INIT_ERROR, WORKER_SETTINGS_ENV, _worker_init

log = logging.getLogger(__name__)


def _warm_up() -> None:
    raw = os.environ.get(WORKER_SETTINGS_ENV)
    if not raw:
        return
    try:
        _worker_init(pickle.loads(base64.b64decode(raw)))
    except Exception as exc:  # noqa: BLE001 - a broken hand-over: each worker loads its own
        log.warning("the forkserver could not read its settings (%r); workers load their own", exc)
        return
    if _INIT_ERROR:
        # each worker's initializer meets the same error and raises it with its first batch
        log.warning("the forkserver could not preload the model: %s", _INIT_ERROR[0])
        _INIT_ERROR.clear()
        return
    gc.freeze()


_warm_up()
