"""Offline place resolution for event locations (no model)."""

from __future__ import annotations

from newsgraph.events.geo import locate_sentence, resolve_place
from newsgraph.model import Article, Parse, Sentence


def test_geo_resolves_city_country_and_state() -> None:
    seoul = resolve_place("Seoul")
    assert seoul is not None and seoul.country == "KOR" and seoul.lat is not None
    france = resolve_place("France")
    assert france is not None and france.country == "FRA"
    texas = resolve_place("Texas")
    assert texas is not None and texas.country == "USA"
    assert resolve_place("Nowhereville Xyz") is None


def test_geo_falls_back_to_dateline() -> None:
    article = Article(id="a", text="Talks went on.", dateline="KYIV")
    parse = Parse((Sentence(0, 0, 14, "Talks went on.", 0, 0),), (), ())
    found = locate_sentence(article, parse, parse.sentences[0])
    assert found is not None and found.country == "UKR"
