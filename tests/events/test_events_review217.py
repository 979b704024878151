"""Review 217 (session 60, helper E60): a former official's state as the target of an act
done to the person.

A former official acts for no state ("a former Bolivian minister said" gives no speaker's
state: actors.resolve), but an act done to the person reaches the state served: "extradited a
former Bolivian minister" is coded against Bolivia, as the open gold sets code extraditions,
hand-overs (and grants of asylum, not read yet: GAPS) to former officials. The state travels on Mention.former and
parties._own_mention takes it for a target only, of an act done to a person held, sent or
judged (custody_verbs, custody_nouns); a former official as a source or speaker, or met,
still has no state. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "QUITO, Ecuador",
        "Ecuador on Monday extradited a former Bolivian energy minister wanted on bribery "
        "charges.",
        "ECU>BOL:06|08",
    ),
    (
        "TBILISI, Georgia",
        "Georgia on Friday deported a former Armenian army officer accused of smuggling.",
        "GEO>ARM:06|08|17",
    ),
    (
        "ACCRA, Ghana",
        "Ghana refused on Monday to extradite a former Togolese army officer.",
        "GHA>TGO:12",
    ),
    (
        "KUALA LUMPUR, Malaysia",
        "Malaysia on Tuesday handed over a former Thai army colonel to Bangkok.",
        "MYS>THA:06|08",
    ),
]
NONE: list[NearMiss] = [
    # a former official as the one who acts: no state
    (
        "LIMA, Peru",
        "A former Chilean foreign minister criticized Peru on Tuesday over the fishing dispute.",
    ),
    # a meeting with a former official: no act done to a person held, so no state reached
    (
        "NAIROBI, Kenya",
        "Kenya's president met a former Nigerian president on Monday to discuss the crisis.",
    ),
]
GAPS: list[Gap] = [
    (
        "MONTEVIDEO, Uruguay",
        "Uruguay granted asylum to a former Bolivian interior minister on Tuesday.",
        "URY>BOL:07",
        "asylum is left out of custody_nouns: coded, it hid the served state's answer "
        "(test_events_context17) and lent its target to a later habitual grant (69-10)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review217_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review217_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
