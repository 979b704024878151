"""Review 445 (session 68, K68): a sanction its actor agreed to is imposed.

"EU foreign ministers agreed to extend sanctions against Russia for another six months" coded
nothing: "agree" governs its infinitive as an intent (rules intent_governors), under which a
conflictual act is dropped unless it is a measure of announced_kept_roots (a border closed,
"agreed to close its border"). A sanction (root 16, future_kept_roots) is already coded when
only announced ("will impose sanctions on X"); one its actor agreed to, with no modal,
condition or other governor on the agreeing (modality._agreed_measure), is decided as well:
the EU's sanctions are agreed by its members, and the agreement is the decision.

Near misses: an agreement expected, refused or on a condition; sanctions only to be
considered.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BRUSSELS",
        "EU ambassadors agreed on Wednesday to extend economic sanctions on Russia until July.",
        "EU>RUS:16",
    ),
    (
        "BRUSSELS",
        "The European Union agreed to impose new sanctions on Belarusian officials.",
        "EU>BLR:16",
    ),
    (
        "LONDON",
        "Britain and Canada agreed to tighten sanctions on Iran's oil sector.",
        "GBR>IRN:16 CAN>IRN:16",
    ),
    (
        "CANBERRA",
        "New Zealand agreed to suspend free trade talks with India.",
        "NZL>IND:16",
    ),
]
# ... an agreement expected, refused or on a condition, and sanctions only considered
NONE: list[NearMiss] = [
    ("BRUSSELS", "EU envoys are expected to agree to extend sanctions on Russia next week."),
    ("BUDAPEST", "Hungary refused to agree to new sanctions on Russian gas."),
    ("OTTAWA", "Canada will agree to impose sanctions on Iran if the talks fail."),
    ("BRUSSELS", "EU leaders agreed to consider new sanctions on Georgia."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review445_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review445_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
