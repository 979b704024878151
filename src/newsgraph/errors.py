"""Coded errors: every message says what went wrong and what to do."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class; ``code`` is stable (e.g. "NG101") and listed in the README."""

    code = "NG000"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ReadError(NewsgraphError):
    """A document could not be read or decoded; recorded in ``failures``."""

    code = "NG101"


class CleanError(NewsgraphError):
    """A document had no usable text after extraction and cleaning."""

    code = "NG102"


class LanguageSkipped(NewsgraphError):
    """A document is not in a language the NLP model handles."""

    code = "NG103"


class DocumentTooLong(NewsgraphError):
    """A document is over ``max_document_chars``; recorded in ``failures``."""

    code = "NG104"


class ModelNotInstalled(NewsgraphError):
    code = "NG201"


class StoreLocked(NewsgraphError):
    code = "NG301"


class StoreError(NewsgraphError):
    code = "NG302"


class GoldFormatError(NewsgraphError):
    code = "NG401"
    exit_code = 2


class UsageError(NewsgraphError):
    code = "NG501"
    exit_code = 2
