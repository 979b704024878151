"""Review 41 (session 25, builder QS): a counterpart holds the office of the one whose
counterpart they are; a title a person's possessive owns is an office of that person's state.

"Greek Foreign Minister X said ... His Turkish counterpart, Y, was more cautious. The
minister urged Cyprus to ..." gave "the minister" to X: Y's only title was "counterpart",
so X was the one holder of a minister's title (resolve._counterpart_title). The counterpart
now takes the title of the person "his"/"her" stands for (resolve._owner_before), or of the
person named before in the sentence ("met his Greek counterpart, Y"). A counterpart met in
the subject's own sentence still leaves "the president" to that subject
(``_salient_holder``). "Marcos's national security adviser, X," holds an office of the
Philippines (resolve._possessor, also for "X, Mwangi's chief of staff,"); "Trump's lawyer"
is no office. Every sentence was written for this file; the cases run through the
whole pipeline in one batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    (
        "ATHENS",
        "Greek Foreign Minister Giorgos Gerapetritis said the talks would start in April. He "
        "said the first round would be held in Ankara.\n\nHis Turkish counterpart, Hakan "
        "Fidan, was more cautious. The minister urged Cyprus to show flexibility.",
        "TUR>CYP:02",
    ),
    (
        "LIMA",
        "Peruvian Defense Minister Walter Astudillo arrived in Quito on Tuesday. He said the "
        "visit would deepen ties.\n\nHer Ecuadorean counterpart, Gian Carlo Loffredo, "
        "welcomed him. The minister later criticized Colombia for its border policy.",
        "PER>ECU:04 ECU>PER:04 ECU>COL:11",
    ),
    # a title owned by a person's possessive is an office of that person's state
    (
        "MANILA",
        "Philippine President Ferdinand Marcos Jr. met reporters on Monday. Marcos's national "
        "security adviser, Eduardo Año, accused China of harassing fishermen.",
        "PHL>CHN:11",
    ),
    # kept: a counterpart met in the subject's sentence; "the president" is the subject
    (
        "NAIROBI",
        "Kenyan President William Ruto met his Ugandan counterpart, Yoweri Museveni, on "
        "Monday. The president later criticized Tanzania for its trade policy.",
        "KEN>UGA:04 KEN>TZA:11",
    ),
]

NONE: list[tuple[str, str]] = [
    # a private role owned by a person is no office
    (
        "WASHINGTON",
        "Former President Donald Trump spoke in Ohio on Monday. Trump's lawyer, Alina Habba, "
        "criticized Canada for its tariffs.",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_actors_review41_bodies_are_unique() -> None:
    bodies = [c[1] for c in CASES] + [n[1] for n in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review41_counterpart(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
