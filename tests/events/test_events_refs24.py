"""References 24 (session 38, S52): a loss attacks struck is no attack on its owner.

"Egypt's economy has been hit hard by Houthi attacks on shipping in the Red Sea": the attacks
were on shipping; the economy lost by them is no target, so neither the verb (v.hit, the verbs
of v.attack that also say a loss was struck, with unless_objects) nor the attack noun's
``struck`` slot (n.invasion, when its on-phrase names a thing no one owns:
nominals._aimed_at_ownerless) makes Egypt attacked. Attacks on a thing the state owns ("strikes
on its ports") and a grid or a capital hit still are; a state that targets an economy attacks.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

LOSSES: list[NearMiss] = [
    ("CAIRO", "Egypt's economy has been hit hard by Houthi attacks on shipping in the Red Sea."),
    ("CAIRO", "Houthi attacks hit Egypt's canal revenue."),
    ("MOSCOW", "Western sanctions hit Russia's economy hard last year."),
]

ATTACKS: list[Case] = [
    (
        "KYIV",
        "Ukraine's economy was battered by Russian strikes on its ports and power plants.",
        "RUS>UKR:19",
    ),
    ("KYIV", "Ukraine's power grid was hit by Russian attacks on Sunday night.", "RUS>UKR:19"),
    ("KYIV", "Russian missiles hit Ukraine's capital overnight.", "RUS>UKR:19"),
    ("KYIV", "Russia targeted Ukraine's economy with strikes on ports.", "RUS>UKR:19"),
]

GAPS: list[Gap] = [
    (
        "KYIV",
        "Russian missiles hit Ukraine's economy hard, the central bank said.",
        "RUS>UKR:19",
        "weapons as the subject of a verb of loss: v.hit's unless_objects reads the object only",
    ),
]

NONE = LOSSES

CASES = ATTACKS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs24_losses(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
