"""Review 313 (session 64, O94): an object pronoun is none of its verb's joined subjects.

"the foreign funding law, which NATO and the European Union have repeatedly asked it to
repeal" (opened set 94, article 04) coded NATO>EU 02: the object "it" was resolved to the
European Union, one of the verb's own subjects. With two or more sources, a pronoun target whose
state is one of them is dropped (extract, active sides; a lone subject gives same-state already).
Where the pronoun resolves past the subjects ("They asked it to hold talks") the event stays.

Gaps: the pronoun is not yet read back to the state it stands for (Georgia, Iran, Morocco):
those sentences now code nothing instead of a wrong pair.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a pronoun that reaches past the joined subjects keeps its event
CASES: list[Case] = [
    (
        "PARIS",
        "France and Germany urged Poland to drop the plan. They asked it to hold talks.",
        "FRA>POL:02 DEU>POL:02 FRA>POL:02 DEU>POL:02",
    ),
]
# ... a pronoun read as one of the joined subjects gives no pair of the two subjects
NONE: list[NearMiss] = [
    (
        "TBILISI",
        "Georgia would not withdraw the law, which NATO and the European Union have repeatedly "
        "asked it to repeal.",
    ),
]
GAPS: list[Gap] = [
    (
        "BRUSSELS",
        "Georgia passed the law in May. NATO and the European Union asked it to repeal the law.",
        "NATO>GEO:02 EU>GEO:02",
        "the pronoun is not read back past the joined subjects to Georgia",
    ),
    (
        "ROME",
        "Italy and Spain said Morocco had helped them. They thanked it for the help.",
        "MAR>ITA:07 MAR>ESP:07 ITA>MAR:05 ESP>MAR:05",
        "the pronoun is not read back past the joined subjects to Morocco",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review313_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review313_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
