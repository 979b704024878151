"""Context 134 (session 58, helper R58): denials and rejected accounts whose target is told
before.

- A denial with a that-clause ("denied that its territory had been used") answers the charge
  told before the paragraph of its details and quotes: up to _DENIED_CHARGE_WINDOW sentences
  back, one further than a bare answer looks.
- "rejected that account" after a sentence that only describes (no coded act, no saying verb,
  no quotation) answers the voice of the sentence before it (reactions._aside).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a denial of a charge told four sentences back, after its details and a quotation
DENIED: list[Case] = [
    (
        "KHARTOUM",
        "Sudan accused Chad on Monday of letting rebel fighters cross its border near Adre. "
        "The foreign ministry said the fighters had entered Darfur from Chadian soil last week. "
        "It said at least 12 people had been killed in two villages. \"We will not accept "
        "this,\" the minister told reporters. Chad's government denied that its territory had "
        "been used.",
        "SDN>TCD:11 TCD>SDN:12",
    ),
]

# an account rejected past a sentence of description
ASIDE: list[Case] = [
    (
        "NAIROBI",
        "Kenya's army said on Monday its soldiers had been shot at by gunmen "
        "inside Tsavo park. The park is the largest in the country. Tanzania's "
        "foreign minister rejected that account.",
        "TZA>KEN:12",
    ),
]

# near misses: the denial reaches no charge further back
FAR: list[Case] = [
    (
        # the charge five sentences back: too far for a denial to be sure of it
        "KHARTOUM",
        "Sudan accused Chad on Monday of letting rebel fighters cross its border near Adre. "
        "The foreign ministry said the fighters had entered Darfur from Chadian soil last week. "
        "It said at least 12 people had been killed in two villages. Aid groups have struggled "
        "to reach the area for months. \"We will not accept this,\" the minister told reporters. "
        "Chad's government denied that its territory had been used.",
        "SDN>TCD:11",
    ),
]

# near misses: nothing is coded for the rejection
NONE: list[NearMiss] = [
    (
        # a sentence between with an act of its own is no aside
        "NAIROBI",
        "Kenya's army said on Monday its soldiers had been shot at by gunmen "
        "inside Tsavo park. Uganda urged calm in the area. Tanzania's foreign minister "
        "rejected that account.",
    ),
    (
        # nor one with a voice of its own
        "NAIROBI",
        "Kenya's army said on Monday its soldiers had been shot at by gunmen "
        "inside Tsavo park. \"The park is the largest in the country,\" a ranger "
        "said. Tanzania's foreign minister rejected that account.",
    ),
]

GAPS: list[Gap] = [
    (
        # the charge is only said, never coded: the denial has nothing to answer
        "LIMA",
        "Peru's foreign minister said on Monday that Chile had moved troops toward the border. "
        "Chile's defense ministry denied that its troops had moved.",
        "CHL>PER:12",
        "a charge told only as a minister's that-clause codes no accusation to answer",
    ),
]

# a bare demonstrative denied stands for the charge just told, past an unrelated act; session
# 58 left it to the counterpart rule after reading it as a reaction (with any denying verb) cost
# a held-out set a right target; session 66 reads it so only for deny, refute, dispute, rebut
# (modality._denied_pronoun, test_events_context187), every blind set's numbers unchanged
PRONOUN_DENIED: list[Case] = [
    (
        "BAKU",
        "Azerbaijan accused Georgia on Friday of sheltering fuel smugglers near the border. "
        "Armenia and Turkey held talks in Kars on a new rail link. Officials in Tbilisi denied "
        "this.",
        "AZE>GEO:11 ARM>TUR:04 TUR>ARM:04 GEO>AZE:12",
    ),
]

CASES = DENIED + ASIDE + FAR + PRONOUN_DENIED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context134_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context134_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
