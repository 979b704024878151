"""The actors stage: resolve every mention of a state, IGO or person to a canonical actor."""

from newsgraph.actors.resolve import resolve_mentions

__all__ = ["resolve_mentions"]
