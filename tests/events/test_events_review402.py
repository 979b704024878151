"""Review 402 (session 67, P67): talks a state is let open are not talks held.

"Albania dropped its veto and let North Macedonia open talks with the bloc" coded MKD>EU 04
from n.talks: the parser read "North Macedonia open talks" as one noun phrase, the object or
the clause of "let", so no verb pattern saw the permission; and "Austria let Serbia open talks
with the bloc", parsed right, coded SRB>EU 04 from v.hold_talks, since a bare infinitive takes
only modals and negation from its host ("helped Ethiopia and Eritrea sign a deal" is a
signing). "allowed North Macedonia to open talks" codes nothing (allow blocks its clause), so a
permission by "let" does not either: an act noun that is the clause or the object of a verb of
permission (nominals._permitted_clause_noun), and a bare infinitive with its own subject right
under one (parties._block_state), are let, not told as done.

Near misses (still code): the permission's own patterns ("let Russian warships pass": ships
allowed in), talks opened with no permission, and a bare infinitive under "helped".

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # talks opened outright still code; the permission's own patterns still code
    (
        "TIRANA",
        "Albania dropped its veto, and North Macedonia opened talks with the bloc.",
        "MKD>EU:04",
    ),
    ("ANKARA", "Turkey let Russian warships pass through the straits.", "TUR>RUS:06"),
    (
        "ASMARA",
        "Qatar helped Ethiopia and Eritrea sign a border deal.",
        "QAT>ETH:07 QAT>ERI:07 ETH>ERI:05 ERI>ETH:05",
    ),
]
# talks let open by another
NONE: list[NearMiss] = [
    ("TIRANA", "Albania dropped its veto and let North Macedonia open talks with the bloc."),
    ("TIRANA", "The EU let North Macedonia open talks with the bloc."),
    ("VIENNA", "Austria let Serbia open talks with the bloc."),
    ("TIRANA", "The EU allowed North Macedonia to open talks with the bloc."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review402_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review402_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
