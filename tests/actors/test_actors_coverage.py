"""Coverage of the actor gazetteer on sentences written for this audit.

Every UN member state plus Taiwan, Palestine, Kosovo and the Holy See by name,
adjective, plural demonym and capital; seats of power; ministries and bodies;
state media; IGOs and their organs; office holders named without a title; and
false friends that must not become a state. The cases live in
``actors_coverage_cases.yaml`` beside this file; all of them are parsed in one
batch so that the file stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsgraph.model import Mention

CASES_FILE = Path(__file__).resolve().parent / "actors_coverage_cases.yaml"

# Sentence templates for the state table: {x} is the name, adjective, demonym or capital.
_STATE_TEMPLATES = {
    "name": "{x} said on Monday that it would expand trade with its neighbors.",
    "other": "Talks with {x} ended without a deal on Tuesday, officials said.",
    "adj": "The {x} government said on Monday that it would expand trade with its neighbors.",
    "people": "Thousands of {x} protested on Monday against the new tax law.",
    "capital": "{x} said on Monday that it would expand trade with its neighbors.",
}
# State names that take "the" in running text.
_WITH_THE = (
    "Bahamas",
    "Philippines",
    "Netherlands",
    "Maldives",
    "Comoros",
    "Seychelles",
    "Marshall Islands",
    "Solomon Islands",
    "United States",
    "United Arab Emirates",
    "Gambia",
    "Central African Republic",
    "Dominican Republic",
    "Czech Republic",
    "Democratic Republic of Congo",
    "Democratic Republic of the Congo",
    "Republic of the Congo",
    "Vatican",
    "Holy See",
    "State of Palestine",
    "Russian Federation",
    "Republic of Korea",
    "Republic of China",
    "Federated States of Micronesia",
    "United Kingdom",
    "U.K.",
    "U.S.",
    "DRC",
    "UAE",
    "Islamic Republic",
    "People's Republic of China",
)


@dataclass(frozen=True, slots=True)
class Case:
    """One sentence and what the stretch ``span`` of it must resolve to.

    ``principal`` None means the sentence must have no mention of ``forbid``.
    """

    id: str
    text: str
    span: str
    principal: str | None
    forbid: str = ""
    date: str = "2025-06-15"
    dateline: str | None = None


def _state_cases(rows: list[list[Any]]) -> list[Case]:
    out: list[Case] = []
    for code, name, adj, people, capital, others in rows:

        def lead(x: str) -> str:
            return f"The {x}" if x in _WITH_THE else x

        def inner(x: str) -> str:
            return f"the {x}" if x in _WITH_THE else x

        t = _STATE_TEMPLATES
        out.append(Case(f"name-{code}", t["name"].format(x=lead(name)), name, code))
        for other in others:
            out.append(
                Case(f"other-{code}-{other}", t["other"].format(x=inner(other)), other, code)
            )
        if adj:
            out.append(Case(f"adj-{code}", t["adj"].format(x=adj), adj, code))
        if people:
            out.append(Case(f"plural-{code}", t["people"].format(x=people), people, code))
        if capital:
            out.append(Case(f"capital-{code}", t["capital"].format(x=capital), capital, code))
    return out


def load_cases() -> list[Case]:
    """Every case of the YAML file: the state table expanded, then the listed sentences."""
    data = yaml.safe_load(CASES_FILE.read_text("utf-8"))
    out = _state_cases(data["states"])
    for section in ("seats", "bodies", "media", "igos", "people", "false_friends"):
        for k, item in enumerate(data.get(section) or ()):
            out.append(
                Case(
                    id=f"{section}-{k}-{item['span']}",
                    text=item["text"],
                    span=item["span"],
                    principal=item.get("principal"),
                    forbid=item.get("forbid", ""),
                    date=str(item.get("date", "2025-06-15")),
                    dateline=item.get("dateline"),
                )
            )
    return out


def problem(case: Case, mentions: tuple[Mention, ...]) -> str | None:
    """Why the mentions do not satisfy the case, or None when they do."""
    start = case.text.find(case.span)
    assert start >= 0, f"{case.id}: span {case.span!r} not in the text"
    end = start + len(case.span)
    over = [m for m in mentions if m.start < end and start < m.end]
    if case.principal is None:
        bad = [
            m
            for m in mentions
            if (m.actor and m.actor.principal == case.forbid)
            or any(a.principal == case.forbid for a in m.members)
        ]
        if bad:
            return f"{case.forbid} found: {[(m.text, m.actor) for m in bad]}"
        return None
    got = [m.actor.principal for m in over if m.actor] + [
        a.principal for m in over for a in m.members
    ]
    if case.principal in got:
        return None
    return f"want {case.principal} for {case.span!r}; got {[(m.text, m.actor and m.actor.code) for m in over]}"


def run_cases(cases: list[Case]) -> dict[str, str | None]:
    """Parse every case (one batch) and resolve its mentions: case id -> problem."""
    from newsgraph.actors import resolve_mentions
    from newsgraph.model import Article
    from newsgraph.nlp import parse_texts
    from newsgraph.settings import Settings

    settings = Settings()
    out: dict[str, str | None] = {}
    for case, parse in zip(cases, parse_texts([c.text for c in cases], settings), strict=True):
        article = Article(id="c", text=case.text, date=case.date, dateline=case.dateline)
        out[case.id] = problem(case, resolve_mentions(article, parse, settings))
    return out


CASES = load_cases()


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    return run_cases(CASES)


def test_actors_coverage_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_coverage_resolves(case: Case, results: dict[str, str | None]) -> None:
    assert results[case.id] is None, f"{case.text}\n{results[case.id]}"
