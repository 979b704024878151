"""Shards as Spark hands them over: (URL, bytes) pairs, read exactly as locally.

Spark's ``binaryFiles`` gives each file's URL and its bytes. The readers of
``newsgraph.ingest.readers`` decide by file name and content (text, HTML,
JSONL, WARC, gzip, binary sniffing); to keep one reader, the bytes are
written to a private temporary file of the same name, read with
``iter_documents``, and every path in what comes back is mapped to the
shard's own name. A ``file:`` URL becomes the plain local path, so a Spark
run and a local run over the same files record the same paths.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from newsgraph.errors import NewsgraphError
from newsgraph.ingest.readers import iter_documents
from newsgraph.model import Article, Failure, RawDocument
from newsgraph.settings import Settings

log = logging.getLogger(__name__)

STAGE = "prepare"

#: Where a document came from: the shard's name, then the record's number in
#: it. The smallest wins among copies of one article, as the first seen wins
#: in a local run over the same files in sorted order.
Ordinal = tuple[str, int]


def shard_name(url: str) -> str:
    """The name a local run would record for a shard: a ``file:`` URL's path, else the URL."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return parts.path or url
    return url


def _rename(value: Any, local: str, name: str) -> Any:
    return value.replace(local, name) if isinstance(value, str) else value


def _renamed(item: RawDocument | Failure, local: str, name: str) -> RawDocument | Failure:
    if isinstance(item, Failure):
        return Failure(_rename(item.path, local, name), item.stage, _rename(item.reason, local, name))
    meta = tuple((key, _rename(value, local, name)) for key, value in item.meta)
    return replace(item, path=_rename(item.path, local, name), meta=meta)


def read_shard(url: str, data: bytes) -> list[RawDocument | Failure]:
    """The documents of one shard, as ``iter_documents`` reads the same file locally.

    Args:
        url: the shard's URL as Spark gives it (``file:/...``, ``hdfs://...``).
        data: the shard's whole content.
    Returns:
        RawDocuments and read Failures, in file order, naming ``shard_name(url)``.
    """
    name = shard_name(url)
    base = os.path.basename(urlsplit(url).path.rstrip("/")) or "document"
    with tempfile.TemporaryDirectory(prefix="newsgraph-shard-") as tmp:
        local = os.path.join(tmp, base)
        with open(local, "wb") as handle:
            handle.write(data)
        return [_renamed(item, local, name) for item in iter_documents([local])]


def prepare_shard(
    url: str, data: bytes, settings: Settings
) -> Iterator[tuple[Ordinal, Article | Failure]]:
    """Read and prepare every document of one shard; a bad one becomes a Failure."""
    from newsgraph.pipeline import prepare

    name = shard_name(url)
    for number, doc in enumerate(read_shard(url, data)):
        if isinstance(doc, Failure):
            yield (name, number), doc
            continue
        try:
            yield (name, number), prepare(doc, settings)
        except NewsgraphError as exc:
            yield (name, number), Failure(doc.path, STAGE, exc.message)
