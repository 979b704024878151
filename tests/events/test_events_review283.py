"""Review 283 (session 64, A64): an agentless release or consular access, done by the state
that held the people before in the story.

"Police in Tunis arrested 23 Rwandan students ... Nine of the students were freed": the release
(08) names no doer, and often no state for the people freed; the story told who held them. The
guidelines code it from the state that holds the people (the one whose detention or seizure
took them, rules freed_after_codes) against the people's state (reactions._jailer): for a
patient named by state ("The Ghanaian fishermen were freed"), for people named by a held noun,
a count or "they" (the one state whose people the latest detention took,
extract._held_before), and for consular access given to another state's officials
("were given access to Sri Lankan consular officials": the officials' state).

Near misses: people kidnapped by gunmen, or soldiers captured in rebels' words, since the
detention (rules captor_words); a report handed over, or a ship released to its owner with no
state named (held people only, not craft_nouns); a state's own citizens held at home (no
detention coded); a release only asked for; a report released; what is done as a rule ("Most
crews are fined and sent home"). Tried and dropped: a detention
told again with no doer or place ("The two women were detained on Saturday") by the same
detainer: the open sets leave such a restatement uncoded (sets 4, 22, 48, 62, 70 gained an
extra each, nothing matched).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a patient named by state: whose detention took them
    (
        "ACCRA",
        "Ivorian gendarmes detained three Ghanaian fishermen near the border. The Ghanaian "
        "fishermen were freed on Friday, the ministry said.",
        "CIV>GHA:17 CIV>GHA:08",
    ),
    (
        "QUITO",
        "Ecuador's navy seized a Colombian fishing boat on Monday. Its six Colombian crew were "
        "freed on Friday.",
        "ECU>COL:17 ECU>COL:08",
    ),
    (
        "DAKAR",
        "Senegalese police arrested five Uzbek airmen on Monday. The Uzbek airmen were released "
        "on Friday.",
        "SEN>UZB:17 SEN>UZB:08",
    ),
    # people no state names: a held noun, a count, "they"
    (
        "TUNIS",
        "Tunisian police arrested 14 Malian traders in a market raid on Monday. Six of the "
        "traders were released on Wednesday.",
        "TUN>MLI:17 TUN>MLI:08",
    ),
    (
        "LIMA",
        "Peruvian police arrested 12 Bolivian miners last week. They were released on bail on "
        "Thursday.",
        "PER>BOL:17 PER>BOL:08",
    ),
    # consular access: to the officials' state, or to the held people's
    (
        "COLOMBO",
        "The Maldivian coast guard detained 31 Sri Lankan fishermen on Tuesday. The men were "
        "later given access to Sri Lankan consular officials.",
        "MDV>LKA:17 MDV>LKA:08",
    ),
    (
        "JAKARTA",
        "Djibouti's coast guard seized an Indonesian trawler and its 19 crew at the weekend. The "
        "crew had been given consular access, a ministry spokesman said.",
        "DJI>IDN:17 DJI>IDN:08",
    ),
    (
        "LUANDA",
        "Angolan police arrested four Portuguese sailors at the port on Sunday. Portugal's "
        "consulate said it had been granted access to the sailors on Tuesday.",
        "AGO>PRT:17 AGO>PRT:08",
    ),
    (
        "MUSCAT",
        "The Omani coast guard detained nine Indian fishermen near Duqm. An official said the men "
        "were being held at a naval base and had been given access to Indian diplomats.",
        "OMN>IND:17 OMN>IND:08",
    ),
    # a detention told again with no doer or place is the story's restatement (the open sets
    # leave it uncoded: tried and dropped, see the module's docstring)
    (
        "MADRID",
        "Spain protested the arrest of two Spanish aid workers by Salvadoran authorities. The two "
        "women were detained on Saturday under emergency laws.",
        "SLV>ESP:17",
    ),
    # ... not people kidnapped since, a release asked for, a report released, soldiers
    # captured in rebels' words
    (
        "ACCRA",
        "Ghanaian police arrested two Nigerian traders on Monday. Its report was handed to "
        "Nigeria's trade minister on Friday.",
        "GHA>NGA:17",
    ),
    (
        "BUSAN",
        "South Korea's coast guard detained a Togo-flagged tanker in 2023. That ship was later "
        "released after its owner paid a fine.",
        "KOR>TGO:17",
    ),
    (
        "MANAMA",
        "Bahrain's coast guard detained eight Qatari fishing boats on Sunday. Most crews are fined "
        "and sent home within weeks.",
        "BHR>QAT:17",
    ),
    (
        "KABUL",
        "Pakistani police arrested 40 Afghan migrants on Monday. Rebels said two Afghan soldiers "
        "were captured.",
        "PAK>AFG:17",
    ),
    (
        "KIGALI",
        "Tunisian police arrested 23 Rwandan students on Monday. Gunmen kidnapped two Rwandan "
        "engineers in Libya on Tuesday. The engineers were freed on Friday.",
        "TUN>RWA:17",
    ),
    (
        "NAIROBI",
        "Kenyan police arrested a Ugandan activist on Monday. Uganda asked that the activist be "
        "released.",
        "KEN>UGA:17",
    ),
    (
        "BAMAKO",
        "Senegalese customs officers seized a Malian truck on Monday. The annual trade report was "
        "released on Friday.",
        "SEN>MLI:17",
    ),
]
# ... nor a state's own citizens, held and freed at home
NONE: list[NearMiss] = [
    ("ABUJA", "Nigerian police arrested 20 activists on Monday. The activists were released on Friday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review283_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review283_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
