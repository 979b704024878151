"""Implicit targets and events in subordinate clauses (issue #5, part 3), on sentences we wrote.

Each case is a short article (neutral headline, dateline, body of one to three sentences)
through the whole pipeline; the body must code exactly the listed "SRC>TGT:RR" events ("a|b"
accepts either root), the earlier act included. Every sentence was written for this file in
wire style; none is copied from a gold set. NONE holds near-misses that must code exactly what
is listed (often only the earlier act): the reactor's own deed, no earlier act, an earlier act
with no named target. GAPS are expected failures, each with its reason.
"""

from __future__ import annotations

import pytest

from audit_cases import code_bodies, matches, slug  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # a reaction to "the warning", "the appeal", "the offer": whoever made it to the reactor
    (
        "TEHRAN, IRAN",
        "The United States warned Iran on Monday against enriching uranium. "
        "Iran dismissed the warning on Tuesday.",
        "USA>IRN:13 IRN>USA:12",
    ),
    (
        "TEHRAN, IRAN",
        "Washington warned Tehran that it would face consequences. "
        "Iranian officials brushed aside the warning.",
        "USA>IRN:13 IRN>USA:12",
    ),
    (
        "TEHRAN, IRAN",
        "The United Nations urged Iran to release the detained sailors. "
        "Tehran rejected the appeal.",
        "UN>IRN:02 IRN>UN:12",
    ),
    (
        "BAKU, AZERBAIJAN",
        "Russia offered on Monday to mediate between Armenia and Azerbaijan. "
        "Baku rejected the offer.",
        "RUS>ARM:03 RUS>AZE:03 AZE>RUS:12",
    ),
    # "the decision", "the move": the deed just told, also for a bystander and an approval
    (
        "BAMAKO, MALI",
        "Mali expelled the French ambassador on Monday. "
        "The European Union criticized the decision.",
        "MLI>FRA:16 EU>MLI:11",
    ),
    (
        "BAMAKO, MALI",
        "Mali expelled the French ambassador on Monday. France criticized the decision.",
        "MLI>FRA:16 FRA>MLI:11",
    ),
    (
        "MOSCOW",
        "Germany decided to send tanks to Ukraine. "
        "Russia condemned the decision as a provocation.",
        "DEU>UKR:07 RUS>DEU:11",
    ),
    (
        "WARSAW, POLAND",
        "Poland closed its border with Belarus on Monday. The European Union welcomed the move.",
        "POL>BLR:16|19 EU>POL:05",
    ),
    (
        "OTTAWA, CANADA",
        "The United States raised duties on Canadian lumber on Monday. "
        "Canada criticized the decision.",
        "USA>CAN:16 CAN>USA:11",
    ),
    # a charge coordinated after a deed is an act of its own
    (
        "BAMAKO, MALI",
        "The vote comes weeks after Mali expelled France's ambassador and accused Paris of "
        "supporting rebels.",
        "MLI>FRA:16 MLI>FRA:11",
    ),
    (
        "MINSK, BELARUS",
        "Belarus closed two Polish consulates and accused Warsaw of spying.",
        "BLR>POL:16 BLR>POL:11",
    ),
]

# (dateline, body, expected): near-misses that must code only what is listed
NONE: list[tuple[str, str, str]] = [
    # the deed is the reactor's own
    (
        "OTTAWA, CANADA",
        "The United States raised duties on Canadian lumber on Monday. "
        "U.S. Trade Representative Mark Delaney defended the move.",
        "USA>CAN:16",
    ),
    (
        "BAMAKO, MALI",
        "Mali expelled the French ambassador on Monday. Mali's junta defended the decision.",
        "MLI>FRA:16",
    ),
    # no earlier deed
    ("BEIJING", "Japan expressed concern about the drills. China criticized the decision.", ""),
    ("BRUSSELS", "The European Union welcomed the move.", ""),
    ("TEHRAN, IRAN", "Iran dismissed the warning on Tuesday.", ""),
    # one verb of blame after another restates one charge
    ("MOSCOW", "Russia criticized Ukraine and accused Kyiv of lying.", "RUS>UKR:11"),
]

# (dateline, body, expected, why it fails)
GAPS: list[tuple[str, str, str, str]] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every case through the whole pipeline at once (one nlp.pipe batch, the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    rows = [(d, b) for d, b, _ in CASES] + [(d, b) for d, b, _ in NONE]
    rows += [(d, b) for d, b, _, _ in GAPS]
    return code_bodies(rows)


def test_events_context3_bodies_are_unique() -> None:
    bodies = [c[1] for c in CASES] + [c[1] for c in NONE] + [c[1] for c in GAPS]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), CASES, ids=[slug(c[1]) for c in CASES])
def test_events_context3_codes_cases(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), NONE, ids=[slug(c[1]) for c in NONE])
def test_events_context3_near_misses_code_only_the_earlier_act(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    if expected:
        assert matches(coded[body], expected), (body, coded[body], expected)
    else:
        assert coded[body] == [], (body, coded[body])


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [
        pytest.param(d, b, e, marks=pytest.mark.xfail(reason=why), id=slug(b))
        for d, b, e, why in GAPS
    ],
)
def test_events_context3_known_gaps(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)
