"""Review 99 (session 51, O70): a people named by nationality, and a consul, left to the wrong state.

- "The two ministers signed a memorandum" after "pledged ... to help Lebanon care for Syrian
  and Palestinian refugees, as Swedish Foreign Minister X held talks ... with her Lebanese
  counterpart" took the refugees' adjectives for the pair, and coded Syria and the
  Palestinians signing. A state's people named by nationality (refugees, migrants, citizens,
  workers, students: roles REF, CVL, LAB, EDU) are no party to a plural reference, as a
  firm or a news agency is not (plurals.yaml excluded_roles); the ministers named around
  them are the pair.
- "summoned Estonia's honorary consul in Lagos" gave the consul the town's state (no title
  word "consul"), so the summons was dropped as one state's. A consul (honorary, general,
  vice) is a state's title as an ambassador is (offices.yaml GOV titles).
- "The representative, Greta Holm, said ... she had written to Serbia's foreign minister"
  after "The media freedom representative of the OSCE" made Holm a U.S. lawmaker (the title
  default "representative: USA"), so her appeal, and Serbia's rejection of the criticism,
  went to the United States. The title written lowercase ("the representative", never
  "Representative X" or "Rep. X") is no state's office (offices.yaml lower_generic_titles):
  its holder is the IGO's named with "representative of" before (Resolver._lower_generic,
  _titled_of, read by _article_igo). Capitalised, "Representative X" and
  "Rep. X" stay American.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
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

CASES: list[Case] = [
    (
        "BEIRUT",
        "Sweden pledged $40 million on Monday to help Lebanon care for Syrian and Palestinian "
        "refugees, as Swedish Foreign Minister Karin Berg held talks in Beirut with her Lebanese "
        "counterpart. Berg was received at the Foreign Ministry by Lebanese Foreign Minister "
        "Youssef Rahme, who thanked Stockholm for its support. The two ministers signed a "
        "memorandum on water funding, according to a joint statement.",
        "SWE>LBN:03 SWE>LBN:04 LBN>SWE:04 LBN>SWE:05 SWE>LBN:05 LBN>SWE:05",
    ),
    (
        "DHAKA",
        "Japan's foreign minister, Kenji Sato, met Bangladesh's prime minister in Dhaka on "
        "Tuesday to discuss jobs for Bangladeshi and Nepali workers in Japan. The two leaders "
        "signed an agreement on training.",
        "JPN>BGD:04 JPN>BGD:05 BGD>JPN:05",
    ),
    ("ABUJA", "Nigeria summoned Estonia's honorary consul in Lagos on Friday.", "NGA>EST:11"),
    ("LIMA", "Peru summoned the Danish consul in Arequipa on Monday.", "PER>DNK:11"),
    ("QUITO", "Ecuador summoned Chile's consul general in Guayaquil.", "ECU>CHL:11"),
    (
        "VIENNA",
        "The media freedom representative of the Organization for Security and Co-operation in "
        "Europe on Tuesday criticized Serbia over the arrest of a reporter. The representative, "
        "Greta Holm, said in a statement that she had written to Serbia's foreign minister to ask "
        "for the release of the reporter. Serbia's government rejected the criticism.",
        "OSCE>SRB:11 OSCE>SRB:02 SRB>OSCE:12",
    ),
    (
        "WASHINGTON",
        "Representative Nancy Kerr criticized China on Monday. Rep. Tom Hale also criticized "
        "Beijing.",
        "USA>CHN:11 USA>CHN:11",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a people named by nationality is no pair
    ("ROME", "Syrian and Iraqi refugees arrived in Sicily. The two ministers met on Friday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_actors_review99_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_actors_review99_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
