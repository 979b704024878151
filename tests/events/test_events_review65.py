"""Review 65 (session 30, helper S32): the one told in a call or meeting is the one talked with.

"Rashidov said he had told the Taliban's acting foreign minister in a phone call" coded
nothing: n.talks needs a with- or to-phrase for the other side. n.call_told reads a call,
conversation, talk or meeting an in- or during-phrase hangs on a verb of telling (rules
telling_verbs: tell, inform, assure, reassure) as held between the teller and the one told
(040; 041 by phone). Reporters, one's own cabinet and a call still to come name no pair. Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BOGOTA",
        "Foreign Minister Ana Ruiz said she had told Peru's foreign minister in a phone call on "
        "Monday that Bogota expected a binding deal.",
        "COL>PER:04",
    ),
    (
        "BOGOTA",
        "In a phone call on Monday, Colombia's president told Peru's president that the border "
        "would stay open.",
        "COL>PER:04",
    ),
    (
        "KIGALI",
        "Rwanda's foreign minister informed his Burundian counterpart during a meeting in Kigali "
        "that the border would reopen.",
        "RWA>BDI:04",
    ),
    # the assurance is its own act beside the call
    (
        "DODOMA",
        "Tanzania's president assured Malawi's president in a telephone conversation that the "
        "lake border was not in dispute.",
        "TZA>MWI:03 TZA>MWI:04",
    ),
    # a call told twice is one call
    (
        "NAIROBI",
        "Kenya's president called Uganda's president on Monday and told him in a phone call that "
        "the border would reopen.",
        "KEN>UGA:04",
    ),
]

# reporters and one's own cabinet are no party; a call still to come is no call held
NONE: list[NearMiss] = [
    ("NAIROBI", "Kenya's foreign minister told reporters in a phone call that talks would resume."),
    (
        "NAIROBI",
        "Kenya's president told his cabinet in a meeting on Monday that the border would reopen.",
    ),
    (
        "NAIROBI",
        "Kenya's president will tell Uganda's president in a phone call next week that the border "
        "must reopen.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review65_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review65_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
