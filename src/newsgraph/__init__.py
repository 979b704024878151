"""newsgraph: who did what to whom, and who said what, from raw news."""

__version__ = "0.1.0"
