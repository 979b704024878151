"""Review 361 (session 65, X65): a game's clash between teams named as their states.

Sports copy names teams by their countries: "Brazil pounded Argentina 4-1 in the qualifier"
read as an attack (190), "rebuffed France's charge in the final" as a rejection. A hostile act
(game_roots) between two states' bare names, each taken by the verb itself (its subject and its
object or prepositional object), in a verb whose own phrases tell a game (a contest word or a
score, parties._game) is no state act (extract._played). Found by X65's probe battery of invented
wire sentences (/tmp/s65/X65/battery.py), not by any gold set.

Near misses: a role keeps the act ("Russian missiles struck a football stadium"); a party the
verb does not take itself ("condemned Israel's strike ... during the World Cup final"); a game
told in another clause ("after the match was called off"); friendly acts (game_roots lists only
hostile roots and meetings).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# acts kept: a role, a party not the verb's own, a game in another clause
CASES: list[Case] = [
    ("KYIV", "Russian missiles struck a football stadium in Kharkiv on Sunday.", "RUS>UKR:19"),
    (
        "DOHA",
        "Qatar condemned Israel's strike on Gaza during the World Cup final.",
        "QAT>ISR:11 ISR>PSE:19",
    ),
    ("BEIJING", "China criticized Japan after the match in Osaka was called off.", "CHN>JPN:11"),
    (
        "SEOUL",
        "South Korea beat Japan in the final, and Seoul later summoned Tokyo's envoy over a "
        "textbook.",
        "KOR>JPN:11",
    ),
    ("DOHA", "Qatar rejected Saudi Arabia's bid to host the tournament.", "QAT>SAU:12"),
]
# teams named as their states in a game's own phrases
NONE: list[NearMiss] = [
    ("LIMA", "Brazil pounded Argentina 4-1 in the qualifier on Tuesday."),
    ("SYDNEY", "Australia thrashed India by nine wickets in the final."),
    ("OSAKA", "Japan hammered China 3-0 on Tuesday night."),
    ("NAGOYA", "South Korea pummeled Vietnam 4 - 1 on a rainy evening."),
    ("LISBON", "Portugal crushed Belgium 3-1 in the Nations League."),
    ("CARDIFF", "Wales rejected a late charge from Ireland in the championship decider."),
]
GAPS: list[Gap] = [
    (
        "LONDON",
        "England rebuffed a late charge from France to win the championship.",
        "",
        "the charge's from-phrase names France, not the verb: no party taken by the verb itself",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review361_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review361_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
