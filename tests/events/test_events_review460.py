"""Review 460 (session 69, O101): "rejected that criticism" answers the words told just before.

"Peru's foreign minister said Santiago had ignored a hotline ... Chile rejected that
criticism": a noun of disapproval voiced (rules voiced_nouns) under a pointing determiner
("that", "this": rules pointing_determiners) is the criticism the sentence just before told, so
it is looked up as a remark is (reactions `_remarked_just_before`, through `_pointed_voicing`):
the one state whose voice spoke there, coded or not. Before, such a criticism that coded no act
of its own was passed over for the latest act of a criticism's roots aimed at the reactor, an
appeal by a third state further back ("The Netherlands urged Chile to release the crew"), and
that appeal's maker was also added as a fellow critic. A pointed criticism is one criticism, so
no fellow critics are added to it.

Near misses: the reactor's own side or a private body spoke just before. The plain "the
criticism" keeps every critic's appeal (`_fellow_voicers`), and a criticism that coded its own act
is answered as before (cases).
Gaps (strict): a pointed criticism told two sentences back, behind a third state's appeal, is
still the appeal's; "the criticism" after an uncoded criticism and an appeal finds only the
appeal.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Chile seized a Peruvian fishing boat on Monday. The Netherlands urged Chile to release "
        "the crew. Peru’s foreign minister, Ana Ruiz, said Santiago had ignored a hotline set up "
        "for such cases, calling the seizure “an act of force.” Chilean Fisheries Minister Pablo "
        "Soto rejected that criticism.",
        "CHL>PER:17 NLD>CHL:02 CHL>PER:12",
    ),
    (
        "OSLO",
        "Norway detained a Russian trawler near Svalbard. Sweden called on Norway to treat the "
        "crew fairly. Russia’s foreign ministry said Oslo had not warned Moscow before the "
        "boarding. Norway rejected that criticism.",
        "NOR>RUS:17 SWE>NOR:02 NOR>RUS:12",
    ),
    (
        "HANOI",
        "China expelled two Vietnamese diplomats on Friday. Japan urged Beijing to explain the "
        "move. Vietnam’s foreign ministry said China had given no reason for the expulsions. "
        "Beijing dismissed that complaint.",
        "CHN>VNM:16 JPN>CHN:02 CHN>VNM:12",
    ),
    # a pointed criticism that coded its own act: that act's maker alone, no fellow appeal
    (
        "ACCRA",
        "Togo closed its border with Ghana on Tuesday. Nigeria asked Togo to reopen it quickly. "
        "Ghana’s trade minister said Lome had broken a regional agreement. Togo rejected this "
        "criticism.",
        "TGO>GHA:16 NGA>TGO:02 GHA>TGO:11 TGO>GHA:12",
    ),
    ("SANTIAGO", "Chile criticized Peru’s fishing fleet on Monday. Peru rejected that criticism.",
     "CHL>PER:11 PER>CHL:12"),
]
# a plain "the criticism" keeps its critics as before (here the appeal's maker)
CASES += [
    (
        "LIMA",
        "Chile seized a Peruvian fishing boat on Monday. The Netherlands urged Chile to free the "
        "crew. Chile rejected the criticism.",
        "CHL>PER:17 NLD>CHL:02 CHL>NLD:12",
    ),
]
# the reactor's own side's words, or a private body's, just before: no state criticised
NONE: list[NearMiss] = [
    ("SANTIAGO", "Chilean officials said the new port would open in May. Chile rejected that criticism."),
    (
        "SANTIAGO",
        "A Chilean union said the new port was too expensive. The government rejected that criticism.",
    ),
]
GAPS: list[Gap] = [
    (
        "OSLO",
        "Norway detained a Russian trawler near Svalbard. Russia’s foreign ministry said Oslo had "
        "not warned Moscow before the boarding. Sweden called on Norway to treat the crew fairly. "
        "Norway rejected that criticism.",
        "NOR>RUS:17 SWE>NOR:02 NOR>RUS:12",
        "only the sentence just before is looked at: the appeal between wins",
    ),
    (
        "LIMA",
        "Chile seized a Peruvian fishing boat on Monday. Peru’s foreign minister said Santiago "
        "had ignored a hotline set up for such cases. The Netherlands urged Chile to release the "
        "crew. Chile rejected the criticism.",
        "CHL>PER:17 NLD>CHL:02 CHL>PER:12 CHL>NLD:12",
        "an uncoded criticism is no fellow critic of the plain noun",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review460_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review460_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
