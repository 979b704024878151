"""Context 64 (session 33, helper S42): reactions aimed at every party the text gives them.

"Peru and Bolivia began a joint naval exercise, drawing concern from Chile over Bolivia's growing
naval presence": the over-phrase named one of the drill's two doers, so the concern went to it
alone; the act that drew it is both states', so the concern is aimed at both
(nominals._eliciting_doers). An over-phrase naming someone else keeps its own ("over Brazil's
presence"). "Chile criticized the move. Benin also condemned the closure. Ghana rejected the
criticism": the rejection answered the latest critic only; it answers every state whose act of
the kinds "criticism" answers was aimed at the reactor since its own latest act, up to three
sentences back (reactions._fellow_voicers); a critic told after the reply, or before the
reactor's next act, is none. "Togo welcomed the cooperation" after "Nigeria and Benin agreed to
hold joint patrols": the cooperation just told is the deed answered, as "the move" is. Every sentence was written for this file; each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LA PAZ",
        "Peru and Bolivia began their first joint naval exercise on Lake Titicaca on Monday, "
        "drawing concern from Chile and Argentina over Bolivia's growing naval presence.",
        "PER>BOL:06 BOL>PER:06 CHL>BOL:11 CHL>PER:11 ARG>BOL:11 ARG>PER:11",
    ),
    # the over-phrase names a third state: its own
    (
        "LA PAZ",
        "Peru and Bolivia began their first joint naval exercise on Lake Titicaca on Monday, "
        "drawing concern from Chile over Brazil's growing naval presence.",
        "PER>BOL:06 BOL>PER:06 CHL>BRA:11",
    ),
    # one doer: as before
    (
        "LA PAZ",
        "Bolivia began a naval exercise on Lake Titicaca on Monday, drawing concern from Chile "
        "over Bolivia's growing naval presence.",
        "CHL>BOL:11",
    ),
    (
        "ACCRA",
        "Ghana closed its border with Togo on Monday. Nigeria criticized the move. Benin also "
        "condemned the closure. Ghana rejected the criticism.",
        "GHA>TGO:16 NGA>GHA:11 BEN>GHA:11 GHA>BEN:12 GHA>NGA:12",
    ),
    (
        "LA PAZ",
        "Peru and Bolivia began their first joint naval exercise on Lake Titicaca on Monday. "
        "Chile said it was concerned about the drill and urged Bolivia to be transparent. "
        "Argentina's Foreign Ministry called on Bolivia to explain the drill. Bolivia rejected "
        "the criticism.",
        "PER>BOL:06 BOL>PER:06 CHL>PER:11 CHL>BOL:11 CHL>BOL:02 ARG>BOL:02 BOL>ARG:12 "
        "BOL>CHL:12",
    ),
    # a critic told after the reply is not answered by it
    (
        "ACCRA",
        "Ghana closed its border with Togo on Monday. Nigeria criticized the move. Ghana "
        "rejected the criticism. On Tuesday, Benin condemned the closure.",
        "GHA>TGO:16 NGA>GHA:11 GHA>NGA:12 BEN>GHA:11",
    ),
    # a critic of an earlier deed, before the reactor's latest act, is not answered
    (
        "ACCRA",
        "Ghana expelled two Togolese diplomats on Monday. Nigeria criticized the move. Ghana "
        "later closed its border with Togo. Benin condemned the closure. Ghana rejected the "
        "criticism.",
        "GHA>TGO:16 NGA>GHA:11 GHA>TGO:16 BEN>GHA:11 GHA>BEN:12",
    ),
]

# "the cooperation" sums up the help or joint work just told (rules.yaml deed_nouns,
# reaction_matches), aimed at its authors; a hostile deed is no cooperation
COOPERATION: list[Case] = [
    (
        "LOME",
        "Nigeria and Benin agreed on Wednesday to hold joint patrols along their border. Togo "
        "welcomed the cooperation.",
        "NGA>BEN:03 BEN>NGA:03 TGO>NGA:05 TGO>BEN:05",
    ),
    (
        "BAMAKO",
        "Under a memorandum signed on Friday, the two armies of Chad and Niger will hold joint "
        "patrols. Mali welcomed the cooperation and said it was ready to join.",
        "TCD>NER:05 NER>TCD:05 MLI>TCD:05 MLI>NER:05",
    ),
    (
        "ABUJA",
        "Ghana closed its border with Togo on Monday. Nigeria welcomed the cooperation.",
        "GHA>TGO:16",
    ),
    # a comparative wishes for more: no deed told is answered
    (
        "ABUJA",
        "Ghana and Togo signed three deals on Monday. Nigeria welcomed the deals. Nigeria's "
        'foreign minister said Abuja supported "deeper cooperation between our neighbors."',
        "GHA>TGO:05 TGO>GHA:05 NGA>GHA:05 NGA>TGO:05",
    ),
]

CASES += COOPERATION

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context64_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context64_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
