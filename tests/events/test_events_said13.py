"""Said 13 (session 38, S52): what a speaker did not say, and whose a named spokeswoman is.

1. A clause under a negated saying verb is not told ("South Korea's Justice Ministry did not
   say how many Thais had been refused entry"): an agentless passive there takes no
   counterpart as its doer (sides._told), as the same clause said outright does.
2. "Nepal's Foreign Office summoned Russia's ambassador, a spokeswoman said. “We expect Moscow
   to ...,” the spokeswoman, Sita Rai, said": the named spokeswoman speaks for the body the
   sentence before reported through a spokeswoman (actors.resolve._told_by_mouthpiece, and the
   phrase a name is set in apposition to opens its sentence after the quotation:
   _apposed_to), so "We" is Nepal, not the dateline's India.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

NOT_SAID: list[NearMiss] = [
    (
        "BANGKOK",
        "South Korea's Justice Ministry did not say how many Thais had been refused entry this year.",
    ),
    (
        "MANILA",
        "China's coast guard did not say whether Philippine boats had been blocked near the shoal.",
    ),
    (
        "WARSAW",
        "Poland's foreign ministry did not say whether Russia's ambassador had been summoned.",
    ),
]

# the same clause said outright: told, as before
SAID: list[Case] = [
    (
        "WARSAW",
        "Poland's foreign ministry said Russia's ambassador had been summoned on Monday.",
        "POL>RUS:11",
    ),
]

SPOKESWOMAN: list[Case] = [
    (
        "ISLAMABAD",
        "Nepal's Foreign Office summoned Russia's ambassador to express concern after several "
        'Nepali students were hurt, a spokeswoman said. "We expect Moscow to take concrete '
        'steps," the spokeswoman, Sita Rai, said.',
        "NPL>RUS:11 NPL>RUS:10",
    ),
    (
        "NEW DELHI",
        "India asked Russia to protect its students. Nepal's Foreign Office summoned Russia's "
        'ambassador, a spokeswoman said. "We expect Moscow to take concrete steps," the '
        "spokeswoman, Sita Rai, said.",
        "IND>RUS:02 NPL>RUS:11 NPL>RUS:10",
    ),
]

NONE: list[NearMiss] = NOT_SAID

GAPS: list[Gap] = []

CASES = SAID + SPOKESWOMAN


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said13_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said13_untold_and_spokeswoman(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
