"""Acceptance on the seed article (its repaired gold text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.actors import resolve_mentions
from newsgraph.model import Article, Mention
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "gold" / "seed.jsonl"


@pytest.fixture(scope="module")
def seed() -> tuple[Article, tuple[Mention, ...]]:
    if not SEED.exists():
        pytest.skip("shared gold not present")
    from newsgraph.nlp import parse_text

    text = json.loads(SEED.read_text("utf-8").splitlines()[0])["text"]
    article = Article(id="seed", text=text, date="2023-01-30")
    return article, resolve_mentions(article, parse_text(text), Settings())


def _about(ms: tuple[Mention, ...], person: str) -> list[Mention]:
    return [m for m in ms if m.person == person]


def test_actors_seed_stoltenberg_every_mention_is_nato(seed) -> None:
    article, ms = seed
    stolt = _about(ms, "Jens Stoltenberg")
    texts = {m.text.lower() for m in stolt}
    assert {"he", "the nato chief", "stoltenberg"} <= texts
    assert all(m.actor is not None and m.actor.principal == "NATO" for m in stolt)
    # every "Stoltenberg" in the body is covered by a Stoltenberg mention
    body = article.text.split("RELATED STORIES")[0]
    starts = [i for i in range(len(body)) if body.startswith("Stoltenberg", i)]
    assert all(any(m.start <= s < m.end for m in stolt) for s in starts)


def test_actors_seed_people_and_offices(seed) -> None:
    _, ms = seed
    yoon = _about(ms, "Yoon Suk-yeol")
    assert yoon and all(m.actor.principal == "KOR" and m.actor.role == "GOV" for m in yoon)
    austin = _about(ms, "Lloyd Austin")
    assert austin and all(m.actor.code in ("USAMIL", "USAGOV") for m in austin)
    lee = _about(ms, "Lee Jong-sup")
    assert lee and all(m.actor.principal == "KOR" for m in lee)


def test_actors_seed_metonyms_and_descriptions(seed) -> None:
    _, ms = seed
    beijing = [m for m in ms if m.text.startswith("Beijing")]
    assert beijing and all(m.actor.principal == "CHN" for m in beijing)
    assert [m.actor.principal for m in ms if m.text == "the alliance"] == ["NATO"]
    media = [m for m in ms if "state media" in m.text]
    assert media and media[0].actor.principal == "PRK"


def test_actors_seed_principals(seed) -> None:
    _, ms = seed
    found = {m.actor.principal for m in ms if m.actor}
    assert {
        "NATO",
        "KOR",
        "PRK",
        "CHN",
        "USA",
        "UKR",
        "RUS",
        "POL",
        "DEU",
        "SWE",
        "NOR",
        "JPN",
    } <= found
