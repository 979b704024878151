"""Acts read from the clause around them (session 30, S33): an alleged act, a threat's target.

ALLEGED: a friendly act a charge only alleges: the charge is coded, not the act.

"accused France of siding with Armenia", "blamed Iran for arming Russia": the accusation is
the accuser's act on the accused (112), and no gold set codes the support of the third state
it names as an event of its own (extract._alleged_friendly, friendly_roots under a verb of
charging_verbs, sides._charge_host). A hostile deed charged stays with its own rules
("accused Bolivia of shelling its posts"), and a friendly act after a verb of praise or thanks
is still the praised state's act ("thanked Poland for hosting refugees").

SEQUELS: a threat with no target of its own told in a verb joined after an appeal to one state
backs the appeal and is aimed at that state: "called on Tallinn to repeal the law and said
Russia reserved the right to respond in kind" (rules appeal_sequel_roots, beside the hostile
roots extract._conjunct_targets already follows); a cooperative act or a praise before it
aims nothing. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ALLEGED: list[Case] = [
    (
        "ASTANA",
        "Kazakhstan's president, who has long accused Turkey of siding with Georgia, spoke on "
        "Monday.",
        "KAZ>TUR:11",
    ),
    ("ALGIERS", "Algeria accused Qatar of backing Tunisia in the dispute.", "DZA>QAT:11"),
    ("ACCRA", "Ghana blamed Togo for helping Benin in the border row.", "GHA>TGO:11"),
    (
        "CANBERRA",
        "Australia accused Laos of supplying weapons to Myanmar's army.",
        "AUS>LAO:11",
    ),
    # kept: a hostile deed charged against the accuser, a friendly act praised or thanked
    (
        "LA PAZ",
        "Peru accused Bolivia on Monday of shelling its border posts.",
        "PER>BOL:11 BOL>PER:19",
    ),
    (
        "VILNIUS",
        "Estonia praised Lithuania for hosting refugees from Belarus.",
        "EST>LTU:05",
    ),
]

SEQUELS: list[Case] = [
    (
        "MOSCOW",
        "Russia handed Estonia a protest note on Friday over a new language law. \"Tallinn is "
        'trying to silence our compatriots," a Russian deputy minister said. He called on '
        "Tallinn to repeal the law and said Russia reserved the right to respond in kind.",
        "RUS>EST:11 RUS>EST:02 RUS>EST:13",
    ),
    (
        "ANKARA",
        "Turkey called on Greece to remove the troops from the islands and said Ankara reserved "
        "the right to retaliate.",
        "TUR>GRC:02 TUR>GRC:13",
    ),
    (
        "BEIJING",
        "China urged Japan to drop the new export rules and warned that it would take "
        "countermeasures.",
        "CHN>JPN:02 CHN>JPN:13",
    ),
    # kept: a praise before it aims no threat
    (
        "ATHENS",
        "Turkey praised Greece for the rescue and said Ankara reserved the right to respond.",
        "TUR>GRC:05",
    ),
]
CASES = ALLEGED + SEQUELS

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context51_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context51_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
