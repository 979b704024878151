"""Review 131 (session 45, helper O63): an answer in kind already given is no threat.

"'N'Djamena chose to make a scandal of it, and we have answered in kind,' said Sudan's foreign
minister" was coded a threat (130, v.respond_in_kind) though the answer is done: the act
returned, told where it was done. An answer of rules.yaml answer_ahead_patterns
told as done (a past or perfect verb with no modal: extract._answer_done) now codes nothing of
its own; an answer in kind told right after the act still returns that act
(extract._echoed_acts). Near misses, kept as before: "would respond in kind", "was ready to
respond in kind", "vowed to respond in kind", "warned that it would respond firmly" (threats).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KHARTOUM",
        "Chad expelled a Sudanese diplomat on Monday. \"N'Djamena chose to make a scandal of it,"
        ' and we have answered in kind," said Sudan\'s foreign minister.',
        "TCD>SDN:16",
    ),
    (
        "KHARTOUM",
        "Chad expelled a Sudanese diplomat on Monday. Sudan answered in kind on Tuesday.",
        "TCD>SDN:16 SDN>TCD:16",
    ),
    # an answer ahead threatens
    (
        "KHARTOUM",
        "Chad expelled a Sudanese diplomat on Monday. Sudan said it would respond in kind.",
        "TCD>SDN:16 SDN>TCD:13",
    ),
    (
        "KHARTOUM",
        "Chad expelled a Sudanese diplomat on Monday. Sudan said it was ready to respond in kind.",
        "TCD>SDN:16 SDN>TCD:13",
    ),
    (
        "KHARTOUM",
        "Chad expelled a Sudanese diplomat on Monday. Sudan vowed to respond in kind.",
        "TCD>SDN:16 SDN>TCD:13",
    ),
    (
        "MANAGUA",
        "Honduras sent a patrol boat toward the cays. Nicaragua warned that it would \"respond"
        ' firmly" to any Honduran vessel in its waters.',
        "NIC>HND:13",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review131_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review131_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
