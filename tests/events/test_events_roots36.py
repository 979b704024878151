"""Roots 36 (session 33, NOCODE2): a slot that names another state's officials by an of-phrase
("the foreign ministers of Togo and Benin") names each of those states.

"Ghana wrote to the foreign ministers of Togo and Benin to ask for their support": a pattern
whose target must be its slot's own noun (head_target: v.write_to_ask) takes the states of an
of-phrase on a role or posted noun (rules role_nouns, posted_nouns) and their conjuncts, as it
takes "the Togolese foreign minister" and "Togo's foreign minister" (objects._of_phrase_head).
Kept uncoded: an of-phrase on a noun that is no one's official ("the summit of Togo and
Benin"). Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Ghana's foreign minister said he had also written to the foreign ministers of Togo and"
        " Benin to ask for their support.",
        "GHA>TGO:02 GHA>BEN:02",
    ),
    (
        "ACCRA",
        "Ghana wrote to the Togolese foreign minister to ask for his support.",
        "GHA>TGO:02",
    ),
    (
        "ACCRA",
        "Ghana wrote to Togo's foreign minister to ask for his support.",
        "GHA>TGO:02",
    ),
]

NONE: list[NearMiss] = [
    # an of-phrase on no one's official
    ("ACCRA", "Ghana left the summit of Togo and Benin."),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "Ghana wrote to the president of the Togolese parliament to ask for his support.",
        "GHA>TGO:02",
        "a nationality on the of-phrase's noun ('of the Togolese parliament') is not read as"
        " whose official the slot names",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots36_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots36_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
