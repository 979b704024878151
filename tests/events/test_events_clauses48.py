"""Clauses 48 (session 43, O62): misses found in the opened set 62 (its sentences are not used
here).

- A state's gendarmes police for it as its police do (actors roles.yaml COP: gendarmes,
  gendarmerie, policemen): "Malian gendarmes arrested two Guinean journalists" is an arrest by
  Mali.
- "asked for the crew's release" with no one asked by name is an appeal for a release
  (v.call_for_release, now with "ask"; one asked by name stays v.ask_for's), aimed at the
  arrest or seizure it would undo; when that act is told in the same sentence by a noun ("to
  protest the arrest of six traders by Nepali police, and asked for their release"), the noun's
  act is coded first so the appeal finds its author (events/reactions.py _undone_later).
Near misses: a release of funds or of a report, gendarmes acting at home.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BAMAKO",
        "Malian gendarmes arrested two Guinean journalists near the border on Sunday.",
        "MLI>GIN:17",
    ),
    (
        "BAMAKO",
        "Nigerien gendarmes detained 14 Beninese traders at the Malanville crossing.",
        "NER>BEN:17",
    ),
    (
        "DHAKA",
        "Myanmar's navy seized two Bangladeshi trawlers on Monday. Dhaka asked for the crews'"
        " release.",
        "MMR>BGD:17 BGD>MMR:02",
    ),
    (
        "NEW DELHI",
        "India summoned Nepal's ambassador to protest the arrest of six Indian traders by Nepali"
        " police, and asked for their release.",
        "IND>NPL:11 NPL>IND:17 IND>NPL:02",
    ),
    (
        "LIMA",
        "Peru summoned Chile's envoy to protest the detention of four Peruvian fishermen by"
        " Chilean sailors, and called for their release.",
        "PER>CHL:11 CHL>PER:17 PER>CHL:02",
    ),
]

NONE: list[NearMiss] = [
    ("DHAKA", "Bangladesh asked for the release of its frozen funds."),
    ("NAIROBI", "Kenya asked for the release of the report on the crash."),
    ("OUAGADOUGOU", "Burkinabe gendarmes detained 12 suspected smugglers on Sunday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses48_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses48_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
