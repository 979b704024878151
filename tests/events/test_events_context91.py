"""Context 91 (session 44, P2): condolences that "also" join those told just before.

"Italy expressed condolences to Morocco. Spain and France also sent condolences": a wire
story names the consoled state once and lets the others' condolences follow with "also".
Congratulations already joined the greeting told before that way (sides.py, the "parallel"
context); condolences and sympathy are now such greetings too (rules.yaml greeting_words),
though their root (01) is no reaction's.
Near misses: no condolences told before, an act of another root told before (criticism,
praise), condolences with an addressee or a topic of their own ("to the families of its own
victims", "for the protesters").

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ROME",
        "Italy expressed condolences to Albania on Sunday after the floods. Greece and Croatia"
        " also sent condolences.",
        "ITA>ALB:01 GRC>ALB:01 HRV>ALB:01",
    ),
    (
        "LIMA",
        "Peru expressed condolences to Ecuador after the landslide. Chile also expressed its"
        " sympathy, its foreign ministry said.",
        "PER>ECU:01 CHL>ECU:01",
    ),
    (
        "VIENNA",
        "Austria's president offered condolences to Slovenia on Monday. Hungary's prime minister"
        " also conveyed his condolences on Monday evening.",
        "AUT>SVN:01 HUN>SVN:01",
    ),
    (
        "ROME",
        "Italy criticized Tunisia on Sunday over the delays. Malta also sent condolences.",
        "ITA>TUN:11",
    ),
    (
        "ROME",
        "Italy congratulated Tunisia on Sunday. Malta also expressed its sympathy.",
        "ITA>TUN:05",
    ),
    (
        "ROME",
        "Italy expressed condolences to Tunisia on Sunday. Malta also sent condolences to the"
        " families of its own victims.",
        "ITA>TUN:01",
    ),
    (
        "ROME",
        "Italy expressed condolences to Tunisia on Sunday. Malta also expressed sympathy for the"
        " striking dockers.",
        "ITA>TUN:01",
    ),
]

NONE: list[NearMiss] = [
    ("VALLETTA", "Malta also sent condolences on Sunday."),
    ("VALLETTA", "The storm killed nine people. Malta also sent condolences."),
]

GAPS: list[Gap] = [
    (
        "ROME",
        "Italy expressed condolences to Tunisia on Sunday. Malta also sent two rescue boats.",
        "ITA>TUN:01 MLT>TUN:07",
        "aid that 'also' follows condolences has another root; only same-root acts join",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context91_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context91_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
