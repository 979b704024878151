"""Events stage: code who did what to whom in CAMEO from the parse and the actor mentions."""

from newsgraph.events.extract import code_events
from newsgraph.events.patterns import Pattern, PatternSet, load_patterns
from newsgraph.events.taxonomy import CameoCode, load_taxonomy, lookup

__all__ = [
    "CameoCode",
    "Pattern",
    "PatternSet",
    "code_events",
    "load_patterns",
    "load_taxonomy",
    "lookup",
]
