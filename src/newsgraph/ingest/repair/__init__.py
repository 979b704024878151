"""Text repair: undo mojibake (UTF-8 read with a wrong codec), strict or lossy.

>>> from newsgraph.ingest.repair import fix
>>> fix("Russia\u9225\u6a9a invasion")
'Russia’s invasion'
"""

from __future__ import annotations

from newsgraph.ingest.repair.core import Repaired, explain, fix, repair_text, repaired_span
from newsgraph.ingest.repair.detect import decode_bytes, repair_bytes

__all__ = [
    "Repaired",
    "repair_text",
    "repair_bytes",
    "decode_bytes",
    "fix",
    "explain",
    "repaired_span",
]
