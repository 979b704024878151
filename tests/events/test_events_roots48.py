"""Roots 48 (session 48, P18): acts told plainly whose other side sat in a phrase the coder did
not read.

- A participle on the object that says who holds, runs or uses it (rules holder_participles,
  parties._holders): "shelled positions held by Chad's army", "struck a base used by
  American troops", "a drone belonging to Russia" reach the holder, as "Chadian positions"
  does. A meeting or act held by someone ("talks held by Qatar") is no holding; an owner
  ("a tanker owned by a Greek firm") is left out, as "Greek-owned" is.
- A stand or step whose of-phrase names a state or body (rules authored_of_nouns): "welcomed
  the decision of Nigeria", "rejected the proposal of the EU" are the named one's, as
  "Nigeria's decision" is; a deed's of-phrase ("the invasion of Mali") and a group or person
  there are not.
- Fire aimed by a phrase on the object at armed men or their lairs in a place
  (prep_place, rules aimed_place_nouns): "carried out air strikes on militants in Iraq" is
  aimed at Iraq, as "struck militants in Iraq" is.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # holders named by a participle on the object
    ("KHARTOUM", "Sudan shelled positions held by Chad's army.", "SDN>TCD:19"),
    ("KHARTOUM", "Sudanese artillery shelled positions held by Chadian troops.", "SDN>TCD:19"),
    ("TEHRAN", "Iran struck a base used by American troops in Syria.", "IRN>USA:19"),
    ("KYIV", "Ukraine struck an airfield controlled by Russian forces in Crimea.", "UKR>RUS:19"),
    ("BAKU", "Azerbaijani drones hit a depot manned by Armenian soldiers.", "AZE>ARM:19"),
    ("KYIV", "Ukrainian drones struck a refinery operated by a Russian state company.", "UKR>RUS:19"),
    # a drone downed is its owner's attack (v.intercept reverse), owner read the same way
    ("KYIV", "Ukraine downed a drone belonging to Russia.", "RUS>UKR:19"),
    # of-phrase authors of a stand or step
    ("ACCRA", "Ghana welcomed the decision of Nigeria to reopen the border.", "GHA>NGA:05"),
    ("ACCRA", "Ghana criticised the decision of Nigeria to close the border.", "GHA>NGA:11"),
    ("ACCRA", "Ghana rejected the proposal of Nigeria.", "GHA>NGA:12"),
    ("ACCRA", "Ghana welcomed the position of Nigeria on the issue.", "GHA>NGA:05"),
    ("ACCRA", "Ghana criticised the conduct of Nigeria during the talks.", "GHA>NGA:11"),
    ("BRUSSELS", "The EU welcomed the decision of the African Union to send monitors.", "EU>AU:05"),
    # fire at armed men or lairs in a place, the phrase hung on the object
    ("ANKARA", "Turkey carried out air strikes on militants in Iraq.", "TUR>IRQ:19"),
    ("ISLAMABAD", "Pakistan conducted air strikes on Taliban hideouts in Afghanistan.", "PAK>AFG:19"),
    ("ANKARA", "Turkey carried out air strikes on militant camps in northern Syria.", "TUR>SYR:19"),
]

NEAR_MISSES: list[NearMiss] = [
    # a meeting held by someone, goods or gear used by private people, an owner
    ("ACCRA", "Ghana attended talks held by Nigeria in Abuja."),
    ("LONDON", "Britain seized weapons used by smugglers from Libya."),
    ("TEHRAN", "Iran seized a tanker owned by a Greek shipping firm."),
    ("TEHRAN", "Iran seized a Greek-owned tanker."),
    # of-phrases naming no state or body, a deed's patient, a negated welcome
    ("ACCRA", "Ghana welcomed the decision of the court."),
    ("ACCRA", "Ghana criticised the policy of isolation toward Cuba."),
    ("ACCRA", "Ghana welcomed the decision of the Nigerian opposition to join the talks."),
    ("ACCRA", "Ghana rejected the plan of Nigeria's opposition leader."),
    ("ACCRA", "Ghana condemned the invasion of Mali."),
    ("ACCRA", "Ghana did not welcome the decision of Nigeria to close the border."),
    # strikes at militants at home, or in no state named
    ("KABUL", "The army carried out air strikes on militants in the north."),
    ("ISLAMABAD", "Pakistan carried out air strikes on militant hideouts in Pakistan."),
]

GAPS: list[Gap] = [
    (
        "TEHRAN",
        "Iran seized a vessel flagged in Panama.",
        "IRN>PAN:17",
        "a flag told by a participle's in-phrase: only '<state>-flagged' is read (flag_participles)",
    ),
    (
        "DAMASCUS",
        "Turkish drones hit a convoy carrying Syrian soldiers.",
        "TUR>SYR:19",
        "who a vehicle carries is not read; 'carrying Iranian oil' would name goods, no target",
    ),
    (
        "KYIV",
        "Ukraine retook villages occupied by Russian forces.",
        "UKR>RUS:19",
        "the tagger reads 'retook' as a noun compound here",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_roots48_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_roots48_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
