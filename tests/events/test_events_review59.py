"""Review 59 (session 29, ROOT): a summons and the demand its note delivers, two acts.

"X summoned Y's envoy and handed him a note demanding that ...": the summons (11) and the
demand (10) are two acts of one pair, as with "summoned Y's envoy and demanded ..."
(_carried_demand). Kept one act: a note handed with no demand, a note that protests (no
demand root), a note sent by the verb itself ("sent Y a note demanding ...": the demand
only), and a summoned envoy handed a note in a relative clause (no verb joined after the
summons). Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIBREVILLE",
        "Gabon summoned the Cameroonian envoy and handed her a letter demanding the release of "
        "the fishermen.",
        "GAB>CMR:11 GAB>CMR:10",
    ),
    (
        "ACCRA",
        "Ghana summoned the Togolese ambassador and handed him a note demanding that the "
        "fishermen be freed.",
        "GHA>TGO:11 GHA>TGO:10",
    ),
    (
        "LIBREVILLE",
        "Gabon's foreign ministry summoned Cameroon's ambassador on Monday and handed him a "
        "protest note, demanding that Cameroonian troops leave the island immediately.",
        "GAB>CMR:11 GAB>CMR:10",
    ),
    # near-misses: one act
    ("LIBREVILLE", "Gabon summoned the Cameroonian envoy and handed her a note.", "GAB>CMR:11"),
    (
        "LIBREVILLE",
        "Gabon summoned the Cameroonian envoy and handed her a note protesting the arrests.",
        "GAB>CMR:11",
    ),
    (
        "LIBREVILLE",
        "Gabon sent Cameroon a note demanding compensation for the damaged boats.",
        "GAB>CMR:10",
    ),
    (
        "LIBREVILLE",
        "Gabon summoned the Cameroonian envoy, who was handed a note demanding the release of "
        "the fishermen.",
        "GAB>CMR:11",
    ),
    (
        "ACCRA",
        "Ghana summoned the Togolese ambassador to demand that the fishermen be freed.",
        "GHA>TGO:11 GHA>TGO:10",
    ),
    (
        # the doer's own nationality in the demanded thing names no other party (session 30)
        "ACCRA",
        "Ghana summoned the Togolese ambassador and demanded an explanation for the arrest of "
        "three Ghanaian fishermen.",
        "GHA>TGO:11 GHA>TGO:10",
    ),
    (
        # a charge d'affaires is an envoy title (session 32): 'him' finds the envoy
        "LIBREVILLE",
        "Gabon summoned Cameroon's charge d'affaires and handed him a note demanding that work "
        "on the dam stop within 48 hours.",
        "GAB>CMR:11 GAB>CMR:10",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review59_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review59_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
