"""Review 70 (session 36, helper S48): a pair reference after parties that only looked on.

"X accused Y ... Z's foreign ministry called it reckless, and W's foreign ministry urged
calm. The United States was in contact with both governments": with no list of two just
named, "both governments" took the states of the sentence before, two onlookers that each
voiced something on their own. plurals._onlookers_only: a sentence whose parties are each the
subject of their own verb of onlooker_verbs (plurals.yaml), acting on no one named, gives no
pair to a third party's appeal or contact ("in contact with", "in touch with", "spoke with");
the pair of the latest act between two parties before it does (or the story's pair without
the onlookers), as for a list that only looked on. A pair that acted together ("Ecuador and
Colombia signed ...") keeps its place. A name set off by commas right after a title, person
noun or counterpart ("talks with his Omani counterpart, Hamad al-Dhaheri, on Monday") holds
it though the parse hung the name on the verb (resolve._comma_set_after, beside the
apposition _office_before_comma reads), so a later "invited al-Dhaheri" has a state. Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

# a contact or appeal aimed at "both governments" after two onlookers: the pair at odds
CASES: list[Case] = [
    (
        "RIGA",
        "Latvia expelled two Lithuanian diplomats on Tuesday. Estonia's foreign ministry"
        " expressed regret, and Poland's foreign ministry called for dialogue. In Brussels, a"
        " European Commission spokesperson said the bloc was in touch with both capitals.",
        "LVA>LTU:16 EST>LVA:11 POL>LVA:02 POL>LTU:02 EU>LVA:04 EU>LTU:04",
    ),
    (
        "OSLO",
        "Sweden accused Finland of closing the border on Monday. Norway's foreign ministry"
        ' called it "unfortunate," and Denmark\'s foreign ministry urged dialogue. Germany said'
        " it was in contact with both governments.",
        "SWE>FIN:11 NOR>SWE:11 DEU>SWE:04 DEU>FIN:04",
    ),
    (
        "MANILA",
        "Malaysia seized three Indonesian trawlers on Sunday. Singapore's foreign ministry"
        " voiced concern on Monday, and Brunei's foreign ministry called for restraint. Japan's"
        " foreign minister spoke with both governments by phone.",
        "MYS>IDN:17 SGP>MYS:11 BRN>MYS:02 BRN>IDN:02 JPN>MYS:04 JPN>IDN:04",
    ),
    # a pair that acted together keeps "both governments"
    (
        "QUITO",
        "Ecuador and Colombia signed a border pact on Monday. Peru's foreign ministry welcomed"
        " the pact, and Venezuela's foreign ministry praised the deal. Spain said it was in"
        " contact with both governments.",
        "ECU>COL:05 COL>ECU:05 PER>ECU:05 PER>COL:05 VEN>ECU:05 VEN>COL:05 ESP>ECU:04 ESP>COL:04",
    ),
]

# a name set off by commas after a counterpart, hung by the parse on the verb: the holder
CASES += [
    (
        "ISLAMABAD",
        "Interior Minister Saqib Rana held talks in Muscat with his Omani counterpart, Hamad"
        " al-Dhaheri, on Monday. Rana also invited al-Dhaheri to visit Islamabad, and the Omani"
        " minister accepted, the joint statement said.",
        "PAK>OMN:04 PAK>OMN:03 OMN>PAK:03",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "CAIRO",
        "Sudan accused Chad of arming rebels. Egypt's foreign ministry criticized Chad, and"
        " Libya's foreign ministry urged restraint. Qatar said it was in contact with both"
        " governments.",
        "SDN>TCD:11 EGY>TCD:11 QAT>SDN:04 QAT>TCD:04",
        "a sentence of three parties between the pair and the plural, one of them acting on a"
        " side: the pair two sentences back is not reached (no list, no onlookers only)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review70_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review70_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
