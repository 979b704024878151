"""Review 159 (session 48, P19): forms that coded the wrong act, or none.

- A diplomat called to a ministry is summoned (v.call_envoy_to_ministry, 114): the parser
  hangs "to the foreign ministry" on the diplomat ("the ambassador to France"), so
  v.call_to_ministry's phrase is missing and v.phone read a phone call; the to-phrase under
  the object now counts (needs object_to_phrase). A call to thank, or to an envoy to a
  third state, stays a call.
- Talks suspended whatever they are about ("suspended its trade talks with India") halt
  negotiations (164): v.ban_trade no longer reads "trade talks" as trade (unless_objects).
- A gathering boycotted or stayed away from (v.boycott_gathering, v.stay_away_from_gathering,
  163) is a boycott of its host: the participle's agent ("a conference hosted by Egypt") or
  the state of the place it is held in ("the summit in Baku"). The prepositions a particle
  adverb holds ("away from") are the verb's for a pattern's object (objects._verb_preps).
- A go-between's work to free another state's people (v.broker_release: "Qatar facilitated
  the release of three Kenyan hostages held in Somalia", "brokered the release of two
  Israeli hostages") mediates (045) for the state of the people its of-phrase names; a
  release of funds, or one's own people freed, is none. (Before, "brokered the release"
  took the sides of whatever mediation context was told, or nothing.)
- Goods paid for another state (v.pay_for_goods) include craft and machines: "will pay for
  four new ferries for Fiji" (ferry, vessel, minibus, coach, locomotive, tractor, ...).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a summons told by "called ... to the ministry"
    ("BANGKOK", "Thailand called the Laotian ambassador to the foreign ministry on Wednesday.", "THA>LAO:11|16"),
    ("JAKARTA", "Indonesia called the Malaysian envoy to the foreign ministry to protest the arrests.", "IDN>MYS:11|16"),
    # a call that is a call
    ("SINGAPORE", "Singapore's prime minister called the Thai ambassador to thank him for the support.", "SGP>THA:04 SGP>THA:05"),
    ("MONTEVIDEO", "Uruguay called the Paraguayan ambassador to France on Monday.", "URY>PRY:04"),
    # talks halted, whatever they are about
    ("OTTAWA", "Canada suspended its trade talks with Ecuador on Thursday.", "CAN>ECU:16"),
    ("LIMA", "Peru froze free trade negotiations with Chile after the dispute.", "PER>CHL:16"),
    # trade itself stays an embargo
    ("BOGOTA", "Colombia suspended trade with Venezuela on Monday.", "COL>VEN:16"),
    # a gathering boycotted: its host, by name or by place
    ("ACCRA", "Ghana boycotted the summit in Abuja over the border closures.", "GHA>NGA:16"),
    ("GABORONE", "Botswana boycotted a forum organised by South Africa.", "BWA>ZAF:16"),
    ("LUANDA", "Angola stayed away from a conference hosted by Namibia on water sharing.", "AGO>NAM:16"),
    ("QUITO", "Ecuador stayed away from the summit in Lima, citing security concerns.", "ECU>PER:16"),
    # a release brokered
    ("DOHA", "Qatar facilitated the release of three Kenyan hostages held in Somalia.", "QAT>KEN:04"),
    ("CAIRO", "Egypt brokered the release of two Israeli hostages on Sunday.", "EGY>ISR:04"),
    # goods paid for another state
    ("SUVA", "China will pay for four new ferries for Fiji, the embassy said.", "CHN>FJI:03|07"),
    ("NUKU'ALOFA", "Japan will pay for three minibuses for Tonga.", "JPN>TON:03|07"),
]

NEAR_MISSES: list[NearMiss] = [
    # a release of funds, one's own people freed
    ("DOHA", "Qatar facilitated the release of funds for the new airport."),
    ("NAIROBI", "Kenya secured the release of three Kenyan sailors on Friday."),
    # a gathering attended, one's own side's, a negated boycott, no gathering
    ("LIMA", "Peru's delegation stayed at the summit in Quito until Friday."),
    ("LA PAZ", "Bolivia kept its troops away from the border with Chile."),
    ("BRASILIA", "Brazilian lawmakers boycotted the session of Congress in Brasilia."),
    ("BOGOTA", "Ecuador has never boycotted a summit in Bogota."),
    ("KAMPALA", "Local traders boycotted the market in Kampala."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review159_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review159_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
