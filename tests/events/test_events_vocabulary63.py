"""Vocabulary 63 (session 40, builder OBJ2): a state's craft or firms stripped of their licences.

"Micronesia suspended the licences of 14 Chinese tuna longliners": the census of missed events
in silent development sentences found the trigger ("suspend") with an object ("licence") no
pattern took but the media ones, whose object words ask for a channel or a broadcaster. A
state's craft or firms barred from working by their licence or permit taken are sanctioned
as v.ban_trade bars its firms (163): v.revoke_craft_licence, placed after the media licence
rules (172). The state is the one the of-phrase's craft belong to.

Near misses: a licence renewed, a local fleet's licence (no state named), and a TV channel's
licence (still 17, the media rule's).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# licences or permits of a state's craft revoked or suspended (16)
CRAFT_LICENCES: list[Case] = [
    (
        "PALIKIR",
        "Micronesia suspended the licenses of 14 Chinese tuna longliners on Monday.",
        "FSM>CHN:16",
    ),
    (
        "PALIKIR",
        "Micronesia revoked the fishing licenses of Chinese vessels on Monday.",
        "FSM>CHN:16",
    ),
    (
        "PALIKIR",
        "Micronesia revoked the fishing permits of two Taiwanese trawlers on Monday.",
        "FSM>TWN:16",
    ),
    (
        "MONROVIA",
        "Liberia cancelled the licences of three South Korean fishing boats on Friday.",
        "LBR>KOR:16",
    ),
]

# no state's craft, or nothing taken: nothing coded
NONE: list[NearMiss] = [
    ("PALIKIR", "Micronesia suspended the licenses of 14 local tuna longliners on Monday."),
    ("PALIKIR", "Micronesia renewed the licenses of 14 Chinese tuna longliners on Monday."),
    ("MONROVIA", "Liberia cancelled the licences of three fishing boats on Friday."),
]

# the media rule keeps its own code
MEDIA: list[Case] = [
    (
        "CHISINAU",
        "Moldova suspended the licences of six Russian TV channels on Monday.",
        "MDA>RUS:17",
    ),
]

GAPS: list[Gap] = []

CASES: list[Case] = CRAFT_LICENCES + MEDIA


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary63_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary63_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
