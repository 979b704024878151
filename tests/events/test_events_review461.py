"""Review 461 (session 69, O101): "ordered the release of" captives is the release decided.

"Egypt's public prosecutor ordered the release of a South Korean aid worker": "order" is a
blocking governor (rules blocking_governors: "ordered talks with X" holds no talks), so the
release noun coded nothing. An order that frees captives is the holder's decision to free them,
the act itself (08/084), as "freed" is: a freeing noun (rules freeing_nouns) that is the direct
object of a verb of rules freeing_orders ("order", "decree") is told
(nominals._ordered_freeing), and the ordering verb's subject is its source (patterns.yaml
n.release, slot "stager_subj:order|decree").

Near misses: a release asked for ("urged Turkey to order the release"), negated or planned;
an ordered arrest is no release. Gaps (strict): "ordered the arrest of" codes no arrest.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "CAIRO",
        "Egypt’s public prosecutor on Tuesday ordered the release of a Jordanian aid worker who "
        "had been held since May.",
        "EGY>JOR:08",
    ),
    ("ANKARA", "A Turkish court ordered the release of two Greek soldiers on Friday.", "TUR>GRC:08"),
    ("ANKARA", "Turkey ordered the release of two Greek soldiers on Friday.", "TUR>GRC:08"),
    ("ATHENS", "Greece ordered the release of a Turkish fishing boat on Friday.", "GRC>TUR:08"),
    # asked for: the appeal alone
    ("ATHENS", "Greece urged Turkey to order the release of two Greek soldiers.", "GRC>TUR:02"),
]
NONE: list[NearMiss] = [
    ("ANKARA", "Turkey did not order the release of two Greek soldiers."),
    ("ANKARA", "Turkey will order the release of two Greek soldiers, officials said."),
    ("ANKARA", "A Turkish court ordered the release of a new report on the economy."),
]
GAPS: list[Gap] = [
    (
        "ANKARA",
        "Turkey ordered the arrest of two Greek soldiers on Friday.",
        "TUR>GRC:17",
        "an ordered arrest is blocked by the governor",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review461_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review461_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
