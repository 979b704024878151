"""Review 46 (session 25, builder PT's rule, landed by the lead): an IGO's unnamed-office
spokesperson speaks for the IGO that spoke just before.

"The European Commission said it was studying the law. Spokesman Pieter Vos urged Slovakia
to withdraw it": a person with a bare spokesperson's title, opening the sentence after one
whose subject was an IGO, acts for that IGO (resolve._igo_mouthpiece over _bodies_before, as
a state body's spokesperson takes that state); a ministry's or government's spokesperson is
a state's whoever spoke before. Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

IGO_MOUTHPIECES: list[Case] = [
    (
        "BRUSSELS",
        "The European Commission said it was studying the new media law. Spokesman Pieter Vos "
        "urged Slovakia to withdraw it.",
        "EU>SVK:02",
    ),
    (
        "GENEVA",
        "The World Health Organization said the outbreak was spreading fast. Spokeswoman Amina "
        "Bello urged Uganda to allow more testing.",
        "WHO>UGA:02",
    ),
    (
        "GENEVA",
        'The U.N. refugee agency said it was alarmed by the deportations. "People are being '
        'sent back to danger," spokeswoman Clara Diaz said, urging Pakistan to halt the '
        "expulsions.",
        "UN>PAK:02",
    ),
    # a state body spoke last: its spokeswoman, not the IGO its statement names
    (
        "MOSCOW",
        "Russia's foreign ministry condemned the move, saying the EU was dragging Moldova into "
        "a geopolitical project. Spokeswoman Darya Lebedeva urged Chisinau to reconsider.",
        "RUS>MDA:02",
    ),
]

IGO_MOUTHPIECES_NOT: list[NearMiss] = [
    # a ministry's spokesperson is a state's, whoever spoke before
    (
        "VIENNA",
        "The International Atomic Energy Agency said it had found no rise in radiation. "
        "Foreign Ministry spokesperson Lin Qiao urged Japan to keep monitoring the water.",
    ),
    (
        "BRUSSELS",
        "The European Commission said it was studying the law. Government spokesman Zoltan "
        "Kovacs rejected the criticism and accused Brussels of meddling.",
    ),
]


CASES = IGO_MOUTHPIECES
NONE = IGO_MOUTHPIECES_NOT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review46_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review46_igo_spokespeople(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
