"""Context 189 (session 66, O99): a feeling about a deed done to the state then appealed to.

"The U.N. human rights office said it was deeply troubled by the transfer and called on
Tajikistan to guarantee Kholov a fair trial", after the UAE sent him to Tajikistan:
reactions._appeal_partner aimed a feeling with no target of its own at the one state its
joined appeal names. When the feeling names a deed in its by-phrase and the latest act of that
deed's kind the story told was done to that appealed state by another, the feeling is now
aimed at the doer (_done_to_appealed): the appealed state is asked to mend what was done to it.
Words of support told between ("thanked the UAE for its cooperation") are no deed of the kind.

Near miss (something else): the appealed state did the deed itself, and the feeling stays its.
Gap: a deportation (174) is not among the acts the noun "transfer" names.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DOHA",
        "Qatar has sent a prominent Egyptian dissident back to Egypt, where he faces charges. The "
        "U.N. human rights office said it was deeply troubled by the transfer and called on Egypt "
        "to guarantee him a fair trial.",
        "QAT>EGY:06 UN>EGY:02 UN>QAT:11",
    ),
    # ... past a thanks for it, which is no deed of the kind
    (
        "KUWAIT",
        "Kuwait has sent a prominent Iraqi dissident back to Iraq, where he faces charges. "
        "Iraq's Foreign Ministry thanked Kuwait for its close cooperation. The U.N. human rights "
        "office said it was deeply troubled by the transfer and called on Iraq to guarantee him a "
        "fair trial.",
        "KWT>IRQ:06 IRQ>KWT:05 UN>IRQ:02 UN>KWT:11",
    ),
    (
        "TALLINN",
        "Russia expelled an Estonian diplomat on Monday. The EU said it was troubled by the "
        "expulsion and urged Estonia to show restraint.",
        "RUS>EST:16 EU>EST:02 EU>RUS:11",
    ),
    # ... the appealed state's own deed stays its own
    (
        "RIGA",
        "Latvia expelled a Russian diplomat on Monday. The EU said it was troubled by the "
        "expulsion and urged Latvia to show restraint.",
        "LVA>RUS:16 EU>LVA:02 EU>LVA:11",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "MANAMA",
        "Bahrain has sent a prominent Iraqi dissident back to Iraq. The U.N. human rights office "
        "said it was deeply troubled by the transfer and called on Iraq to guarantee him a fair "
        "trial.",
        "BHR>IRQ:17 UN>IRQ:02 UN>BHR:11",
        "the noun transfer names no deportation (174), so no act of its kind is found",
    ),
]

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context189_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context189_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
