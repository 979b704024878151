"""Events stage: code who did what to whom in CAMEO from the parse and the actor mentions."""

from newsgraph.events.extract import code_events
from newsgraph.events.patterns import Pattern, PatternSet, compile_patterns, load_patterns
from newsgraph.events.petrarch import load_petrarch_verbs
from newsgraph.events.taxonomy import CameoCode, load_taxonomy, lookup

__all__ = [
    "CameoCode",
    "Pattern",
    "PatternSet",
    "code_events",
    "compile_patterns",
    "load_petrarch_verbs",
    "load_patterns",
    "load_taxonomy",
    "lookup",
]
