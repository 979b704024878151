"""Office holders with dates: the fallback when an article names a person without an office."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from newsgraph.actors.gazetteer import Gazetteer, tokenize
from newsgraph.model import Actor

log = logging.getLogger(__name__)


def holder_actor(
    gaz: Gazetteer, names: Sequence[tuple[str, ...]], date: str | None, any_date: bool = False
) -> Actor | None:
    """The actor of a well-known office holder on the article's date, if the name is known.

    Full names are tried before bare surnames; an undated article takes the
    latest entry that matches (as does ``any_date``, used to find a
    person's state when the article gives the title without it).
    """
    ordered = sorted({tuple(n) for n in names}, key=len, reverse=True)
    full = [tuple(w.lower() for w in n) for n in ordered if len(n) >= 2]
    for name in ordered:
        key = tuple(w.lower().replace("’", "'") for w in name)
        # the list is keyed as spaCy splits names ("Jae-myung" is three tokens)
        entries = gaz.persons.get(key) or gaz.persons.get(tokenize(" ".join(key)))
        if not entries:
            continue
        if len(key) == 1:
            # "Rushan Abbas ... Abbas": a surname alone is the listed holder only
            # if the full name the article gave has the holder's first name
            entries = tuple(e for e in entries if _same_given_name(e.name, key[0], full))
            if not entries:
                continue
        valid = [e for e in entries if e.valid_on(date)]
        if not valid and (not date or any_date):
            valid = sorted(entries, key=lambda e: e.start)[-1:]
        if valid:
            e = valid[-1]
            return gaz.principal_actor(e.principal, e.role)
    return None


def _same_given_name(holder: str, surname: str, full: list[tuple[str, ...]]) -> bool:
    """Whether no full name with this surname has another given name than the holder's."""
    first = holder.split()[0].lower() if holder else ""
    return all(n[0] == first for n in full if n[-1] == surname)
