"""Review 301 (session 64, C64): announced acts whose object a clause describes.

Decision 2 of tests/gold/README.md "Conventions decided (session 63)" codes an act its own
state announces, with no condition, as the act (16). Two such announcements coded nothing
because their object looked generic (modality._generic_object: "would seize any British
tanker", "ships entering its waters" are whoever may meet a condition, so the act is a
threat, not kept): an indefinite noun with any clause on it counted as generic, so "would put
off a planned visit by Libyan officials to discuss fishing zones" (an infinitive of purpose)
and "would suspend a joint commission of historians that the two countries set up in 2019"
(a relative clause in the past) were plans, dropped. An infinitive of purpose or a clause in
the past restricts nothing now (modality._purpose_or_past).

The joint body's pair: "a joint commission that Bulgaria and North Macedonia set up" names its
makers in the relative clause, so the cut is aimed at the other maker (v.suspend_cooperation's
slot joint_founders, as "the two countries' joint commission" gives the other owner).

Near misses: an object a present clause restricts ("ships that enter its waters"), a body that
is not joint, a commission made by others.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an announced cut whose object an infinitive of purpose or a past clause describes
CASES: list[Case] = [
    (
        "VALLETTA",
        "Tunisian coast guards fired on a Maltese trawler on Sunday. Malta's prime minister said "
        "his government would put off a planned visit by Tunisian officials to discuss fishing "
        "quotas.",
        "TUN>MLT:19 MLT>TUN:16",
    ),
    (
        "SKOPJE",
        "Greece barred North Macedonia's minister on Monday. North Macedonia's prime minister "
        "said his government would suspend a joint commission of historians that Greece and "
        "North Macedonia set up in 2019.",
        # the bar on the minister is an entry ban since session 66 (v.bar_officials)
        "GRC>MKD:16 MKD>GRC:16 MKD>GRC:06 GRC>MKD:06",
    ),
    (
        "VILNIUS",
        "Lithuania froze a joint commission that it had created with Belarus in 2015.",
        "LTU>BLR:16 LTU>BLR:06",
    ),
]
# ... not an object a present clause restricts, a body of no pair, or one made by others
NONE: list[NearMiss] = [
    (
        "LONDON",
        "Britain said it would seize Iranian ships that enter its territorial waters.",
    ),
    (
        "SOFIA",
        "Bulgaria's government said it would suspend a commission of historians that its "
        "parliament set up in 2019.",
    ),
]
GAPS: list[Gap] = [
    (
        "SKOPJE",
        "Greece barred North Macedonia's culture minister from entering on Monday. North "
        "Macedonia's prime minister said his government would suspend a joint commission of "
        "archaeologists that Greece and North Macedonia set up in 2021.",
        "GRC>MKD:16 MKD>GRC:16 MKD>GRC:06 GRC>MKD:06",
        "the announced cut is lost when a cut of the same root against the speaker was coded "
        "just before (not traced yet)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review301_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review301_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
