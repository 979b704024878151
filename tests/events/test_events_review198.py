"""Review 198 (session 58, O89): a national told by a title of its own, freed.

"Eritrea released a Swedish journalist", "Chad freed the Sudanese consul": the actors stage
reads "a Swedish journalist" as a title (offices.yaml MED) rather than a group, and v.release
frees only people named by name, group or metonym. v.release_national frees a title when the
title is the object itself (a journalist, an activist, a consul and the like, patterns.yaml);
"released the French ambassador's passport" or "the names of two Kenyan journalists" free no
one, people freed from another's captivity are rescued (v.release's forbid), a release asked in
a noun's clause ("Canada's demand that China release a Canadian journalist") is none done, and
a state freeing its own national codes nothing.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("ROME", "Eritrea on Monday released a Swedish journalist who had been held for three months.",
     "ERI>SWE:08"),
    ("VILNIUS", "Belarus pardoned a Lithuanian activist on Friday.", "BLR>LTU:08"),
    ("N'DJAMENA", "Chad freed the Sudanese consul after two days.", "TCD>SDN:08"),
    (
        "TASHKENT",
        "Uzbekistan on Friday released a German reporter who had been held for two months on "
        "charges of espionage, hours after Germany's foreign minister landed in Tashkent.",
        "UZB>DEU:08 DEU>UZB:04",
    ),
    # a release asked, not done: the demand alone
    (
        "OTTAWA",
        "Canada's demand that China release a Canadian journalist went unanswered.",
        "CAN>CHN:10",
    ),
]
NONE: list[NearMiss] = [
    # the title owns the object: no one freed
    ("BAMAKO", "Mali released the French ambassador's passport on Monday."),
    ("NAIROBI", "Kenya returned the Ugandan ambassador's credentials on Monday."),
    ("MOGADISHU", "The ministry released the names of two Kenyan journalists on Monday."),
    # freed from another's captivity: a rescue, no release conceded
    ("MOGADISHU", "Police freed a Kenyan journalist kidnapped by gunmen on Monday."),
    # a state's own national
    ("ANKARA", "Turkey released a Turkish journalist on Monday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review198_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review198_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
