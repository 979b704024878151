"""Agentless measures announced in reported speech (session 12, L1).

A state that says another state's ships, planes or flights "would be barred" or "will be
banned" from its own ground, or "would not be allowed" there,
and "no longer" negates as "not" does ("will no longer issue visas to Russian officials": 16), (a possessive "its"/"their" or the state's own name in the clause)
announces its own measure, as "said it would bar" does (163). Nothing when a third party, an
analyst or no state tells it, when the ground is not the speaker's, when the patient is the
speaker's own, on a condition, or when the saying is negated.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("LIMA", "Peru said Chilean trawlers would be barred from its ports.", "PER>CHL:16"),
    ("ALGIERS", "Algeria said Malian flights would be barred from its airspace.", "DZA>MLI:16"),
    (
        "HANOI",
        "Vietnam announced that Chinese boats will be banned from its harbours.",
        "VNM>CHN:16",
    ),
    (
        "ANKARA",
        "Turkey said Cypriot vessels would be prohibited from Turkish ports from Monday.",
        "TUR>CYP:16",
    ),
    ("LIMA", "Peru said Chilean ships would not be allowed to dock at its ports.", "PER>CHL:16"),
    ("SANTIAGO", "Chile will not permit Bolivian aircraft to land at its airports.", "CHL>BOL:16"),
    ("TOKYO", "Japan will no longer issue visas to Russian officials.", "JPN>RUS:16"),
    ("RIGA", "Latvia declared that Russian planes will be banned from its skies.", "LVA>RUS:16"),
]

NONE: list[NearMiss] = [
    ("KYIV", "Russia no longer shells Ukrainian ports, the mayor said."),
    ("BRUSSELS", "The EU said Chilean ships would be barred from ports."),
    ("LIMA", "Analysts said Chilean freighters would be barred from its ports."),
    ("LIMA", "Peru said Chilean tankers would be barred from its ports if the dispute went on."),
    ("LIMA", "Peru said Bolivian ferries would be barred from Argentine ports."),
    ("LIMA", "Peru said Peruvian ships would be barred from its own ports during the storm."),
    ("LIMA", "Peru did not say Chilean boats would be barred from its ports."),
    ("LIMA", "Peru said Chilean ships would be allowed to dock at its ports."),
    ("LIMA", "Analysts said Chilean ships would not be allowed to dock at its ports."),
    ("LIMA", "Peru said Chilean barges would not be permitted to unload in Argentine ports."),
]

GAPS: list[Gap] = [
    (
        "OSLO",
        "Norway said citizens of Chad would need visas from March.",
        "NOR>TCD:16",
        "a visa requirement told with need has no pattern yet",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context19_codes_announced_passive_measures(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
