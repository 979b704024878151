"""Review 438 (session 68, I68): intent, withdrawal and release-appeal forms of unseen copy.

Three forms a battery of invented wire sentences (roots 03, 08, 10) showed uncoded or coded
under another root:

- "is prepared / ready to help Vietnam rebuild dikes destroyed by the typhoon": the readiness
  pattern (v.ready_to_work) refined any clause holding "destroy", "war" or "attack" to a threat
  (138), so the harm that the help mends made a pledge of help a threat. Help words now refine
  first, to 033 (intent to provide aid); a readiness to use force stays 138.
- "pulled its troops back from positions inside Armenia": a withdrawal (0874) whose from-phrase
  names ground, not the state; the state the ground lies in is the target (prep_place), as
  "fired shells at targets in Rafah" reads a place under the object of a phrase.
- "called for the repatriation of its citizens held in North Korea": an appeal for the return
  of held people is an appeal for their release (0253), its holder the target; with no holder
  ("the return of refugees to Syria") no one is asked.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # help that mends harm is aid intended, not a threat
    (
        "TOKYO",
        "Japan is prepared to help Vietnam rebuild dikes destroyed by the typhoon, its foreign "
        "minister said.",
        "JPN>VNM:03",
    ),
    (
        "WARSAW",
        "Poland is ready to help Ukraine rebuild towns destroyed in the war, the prime minister "
        "said.",
        "POL>UKR:03",
    ),
    (
        "DOHA",
        "Qatar said it was willing to help Lebanon repair the port damaged by the attack.",
        "QAT>LBN:03",
    ),
    # ... while readiness to use force stays a threat
    (
        "ATHENS",
        "Greece said it was ready to use force against Turkey to defend its islands.",
        "GRC>TUR:13",
    ),
    # troops pulled back from ground in another state
    (
        "YEREVAN",
        "Azerbaijan pulled its troops back from positions inside Armenia, the defence ministry in "
        "Yerevan said.",
        "AZE>ARM:08",
    ),
    (
        "KINSHASA",
        "Rwanda pulled its troops back from areas in eastern Congo, the army said.",
        "RWA>COD:08",
    ),
    # the return of held people asked for
    (
        "SEOUL",
        "South Korea called for the repatriation of its six citizens held in North Korea.",
        "KOR>PRK:02",
    ),
    (
        "MANILA",
        "The Philippines called for the return of the fishermen detained by China.",
        "PHL>CHN:02",
    ),
]
# ... no return asked of anyone when no one holds those returned; no state in a bare place
NONE: list[NearMiss] = [
    ("GENEVA", "The U.N. refugee agency called for the return of refugees to their homes."),
    ("ROME", "Italy called for the return of stolen artworks to their museums."),
    ("MOSCOW", "Russia withdrew its troops from positions near the river, the ministry said."),
]
GAPS: list[Gap] = [
    (
        "MOGADISHU",
        "Kenya and Somalia agreed on joint patrols on Monday. The African Union said it was "
        "prepared to fund the patrols' radios if the two sides asked.",
        "KEN>SOM:05 SOM>KEN:05 AU>KEN:03 AU>SOM:03",
        "a 'the two'/'both' pair in a condition names no one since the merge (set 51 read it "
        "from a background sentence; review458)",
    ),
    (
        "BAMAKO",
        "Burkina Faso withdrew its soldiers from two outposts in Mali on Friday.",
        "BFA>MLI:08",
        "an outpost or a base is no aimed place noun (rules aimed_place_nouns), left narrow",
    ),
    (
        "DAMASCUS",
        "Israel pulled back its troops from the buffer zone in Syria.",
        "ISR>SYR:08",
        "the particle 'back' before the object: the withdrawal pattern reads no target",
    ),
    (
        "KYIV",
        "Ukraine called for the return of children deported by Russia.",
        "UKR>RUS:02",
        "'deported' is no holding verb, so the holder slot finds no one",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review438_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review438_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
