"""Review 358 (session 65, O95): "wants X to station / deploy / reopen" asks it (v.want_of).

"Kyiv also wanted the agency to station experts at key substations": what a state wants another
to do, asked of it, is a demand (100, v.want_of), but only for the acts its object_words list
(a wish like "wants Ukraine to win" asks no one). A presence asked of another ("station",
"deploy") and a reopening are asks as "withdraw" and "lift" are. Found opening blind set 95
(article 07); the open sets code "wants X to ..." asks 10/02 (sets 27, 42).

Near misses: a negated want; a want of the subject's own act (no object of its own); a want
of knowing, no act.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.want_of: the asked act is a presence or a reopening
CASES: list[Case] = [
    ("KYIV", "Ukraine wants Poland to reopen the border crossing at Dorohusk.", "UKR>POL:10"),
    ("MINSK", "Belarus wants Russia to deploy more troops near the Polish border.", "BLR>RUS:10"),
    (
        "KYIV",
        "The International Atomic Energy Agency's chief arrived in Kyiv on Monday. Kyiv also "
        "wants the agency to station experts at two substations, the energy minister said.",
        "IAEA>UKR:04 UKR>IAEA:10",
    ),
]
# ... not a want denied, nor a wish that asks no act
NONE: list[NearMiss] = [
    ("KYIV", "Ukraine does not want Hungary to reopen the pipeline."),
    ("KYIV", "Ukraine wants Moldova to know that it stands with it."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review358_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review358_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
