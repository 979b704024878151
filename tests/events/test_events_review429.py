"""Review 429 (session 67, G2): aid held back for works placed in a state, told through a sum or
as under way.

"froze 20 million dollars in aid for schools in northern Kenya": a sum object names no works;
the aid noun it is in ("in aid", "in funding", "in loans") carries the for-phrase of the works,
whose place names the state the aid was held from (reactions._placed_recipient). "was suspending
funding for a water project in Mozambique": an -ing form under way (an auxiliary "be") is the
cut told as done, not an aside. Aid for a gathering, a topic, a business (rules.yaml
business_nouns), the giver's own state, a sum in the giver's own accounts, works in two states
and a cut told as an -ing aside code nothing.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SUMS: list[Case] = [
    (
        "OSLO",
        "Norway said on Monday it had frozen 20 million dollars in aid for schools in northern "
        "Kenya.",
        "NOR>KEN:16",
    ),
    (
        "TOKYO",
        "Japan froze 3 billion yen in loans for a port in Sri Lanka.",
        "JPN>LKA:16",
    ),
    # an aside after the sum hangs the aid on the verb
    (
        "ROME",
        "Italy said it had frozen 20 million euros ($23 million) in aid for clinics in southern "
        "Somalia.",
        "ITA>SOM:16",
    ),
]
# a gift under way told as what another says is a charge, no gift (lead, at the merge)
CHARGES: list[Case] = [
    ("KAMPALA", "Uganda said Rwanda was arming the rebels in eastern Congo.", "UGA>RWA:11"),
    ("OSLO", "Norway said it was concerned that Iran was funding militias in Yemen.", "NOR>IRN:11"),
]
CASES: list[Case] = SUMS + CHARGES
NONE: list[NearMiss] = [
    ("NAIROBI", "Norway froze 20 million dollars in aid for a conference in Nairobi."),
    ("OSLO", "Norway froze 20 million dollars in aid for research on malaria."),
    (
        "PARIS",
        "France said it was suspending 5 million euros in funding for a private company in "
        "Senegal.",
    ),
    ("PARIS", "France suspended funding for a private company in Senegal."),
    ("BERLIN", "Germany was suspending funding for hospitals in Germany."),
    ("TOKYO", "Japan froze 3 billion yen in its accounts in Sri Lanka."),
    ("TOKYO", "Japan was suspending 3 billion yen in loans for a port in Sri Lanka and China."),
    (
        "LONDON",
        "The bank issued a statement on Monday, suspending funding for a road project in Kenya.",
    ),
]
GAPS: list[Gap] = [
    (
        "OTTAWA",
        "Canada is freezing 12 million dollars in funding for clinics in Haiti after an audit "
        "found missing money.",
        "CAN>HTI:16",
        "an -ing form under way is read as an aside (as below)",
    ),
    (
        "THE HAGUE",
        "The Netherlands was suspending funding for a water project in Mozambique, its embassy "
        "said.",
        "NLD>MOZ:16",
        "an -ing form under way is read as an aside (G2's reading of it as done coded charges "
        "such as 'said Iran was arming the rebels' as gifts; dropped at the merge)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review429_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review429_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
