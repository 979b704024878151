"""Vocabulary 132 (session 65, N65): "will let sealed Bolivian cargo pass without inspection",
another state's goods let through.

Two pieces: after "let", which takes no plain noun object, the parser read "cargo pass" as a
noun ("cargo" its compound, "pass" the object), so no one was let act
(nlp._subjects_read_as_compounds now reads the noun object of a verb of
data/nlp/letting_verbs.yaml bare_infinitive_only as the infinitive, its compound as the
subject); and goods were no object of v.allow_ships ("cargo", "goods", "shipment", "freight",
"consignment" now are: a state's trade let through, as its trucks are). Closes the gap
test_events_roots44 kept ("Costa Rica-bound cargo" reads its state as well).

Near misses: one's own cargo; aid let in (humanitarian access, no trade); "made a state visit"
(a noun object of "make" stays one).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peru will also let sealed Bolivian cargo pass without inspection, the ministry said.",
        "PER>BOL:03",
    ),
    (
        "SAN JOSE",
        "Panama and Nicaragua agreed to let Costa Rica-bound cargo wait in their customs yards "
        "without fees.",
        "PAN>CRI:03 NIC>CRI:03",
    ),
    ("LIMA", "Peru let Bolivian goods pass through its ports on Monday.", "PER>BOL:06"),
    # closed from test_events_vocabulary50's gaps
    (
        "LIMA",
        "Peruvian customs will also let sealed Bolivian cargo pass without inspection.",
        "PER>BOL:03",
    ),
    # a plural noun object of "let" is no infinitive
    ("DAMASCUS", "Syria will not let IAEA inspectors into the reactor site.", "SYR>IAEA:12"),
    # a noun object of "make" is no infinitive
    ("NEW DELHI", "The Maldivian president made his first state visit to New Delhi.", "MDV>IND:04"),
]
NONE: list[NearMiss] = [
    ("LIMA", "Peru will let its own cargo pass without inspection."),
    ("LIMA", "Peru let humanitarian cargo pass into Bolivia."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary132_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary132_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
