"""Context 187 (session 66, T66): "Armenia denied that.", a denial by a pronoun.

"Azerbaijan's foreign ministry accused Armenia of using Syria to polish its image ... Armenia
denied that.": v.reject (12) had only "that" (or "it", "this"), a thing pronoun, so its target
was the counterpart guess, which a state named inside the charge ("Syria") stopped. A denying
verb (rules denying_verbs) of a thing pronoun (thing_pronouns) now reads as a denial of the
charge just told (modality._denied_pronoun, in sides._context_kind and extract's denial
answers), as "denied that its drones had entered" and "denied the charge" do: it answers the
accuser.

Near misses: a report by no state; a domestic story whose teller is no actor; a friendly
remark before.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "YEREVAN",
        "Azerbaijan's foreign ministry accused Armenia of using Syria to polish its image. "
        "Armenia denied that.",
        "AZE>ARM:11 ARM>AZE:12",
    ),
    (
        "CHISINAU",
        "Romania accused Moldova on Monday of letting Russian money into Ukraine. Moldova "
        "denied it.",
        "ROU>MDA:11 MDA>ROU:12",
    ),
    (
        "BELGRADE",
        "Croatia's foreign minister accused Serbia of arming groups in Bosnia. The Serbian "
        "government dismissed this.",
        "HRV>SRB:11 SRB>HRV:12",
    ),
    # ... not after a friendly remark
    (
        "ATHENS",
        "Turkey and Greece signed a trade deal on Monday. Turkish officials said the talks went "
        "well. Greece denied it.",
        "TUR>GRC:05 GRC>TUR:05",
    ),
]
# ... nor a report by no state, nor at home
NONE: list[NearMiss] = [
    (
        "YEREVAN",
        "A news agency reported that Armenian volunteers had fought in Syria. Armenia denied "
        "that.",
    ),
    (
        "TIRANA",
        "Albania's parliament approved a new budget on Monday. The opposition said the budget "
        "was too small. The government denied that.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context187_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context187_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
