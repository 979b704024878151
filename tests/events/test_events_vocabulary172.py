"""Vocabulary 172 (session 69, OU69): suspects sent to another state, and wanted people handed
over to the one that wants them.

"Mexico sent 12 suspected cartel bosses to the United States", "Colombia flew two fugitives to
Lima", "handed two alleged traffickers to Brazilian police" are judicial cooperation (063), as
an extradition is (v.send_suspects_to, v.send_suspected_to); "handed over three suspects wanted
in Uganda", "surrendered a commander wanted by the International Criminal Court" cooperate with
the one that wants them, named in the object's in- or by-phrase (v.hand_over_wanted). The open
sets missed this form three times in silent sentences (set 94 and battery 104).

Near misses: suspects moved to a prison of one's own, troops sent to hunt suspects, a case sent
to trial, officers sent abroad name no suspect handed to a state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("MEXICO CITY", "Mexico sent 12 suspected cartel bosses to the United States.", "MEX>USA:06"),
    ("BOGOTA", "Colombia flew two fugitives to Lima on Tuesday.", "COL>PER:06"),
    ("LIMA", "Peru transferred three drug suspects to Chilean police.", "PER>CHL:06"),
    ("LA PAZ", "Bolivia handed two alleged traffickers to Brazilian police.", "BOL>BRA:06"),
    ("ASUNCION", "Paraguay delivered a wanted financier to Argentina on Friday.", "PRY>ARG:06"),
    ("NAIROBI", "Kenyan police handed over three suspects wanted in Uganda.", "KEN>UGA:06"),
    ("TRIPOLI", "Libya surrendered a former militia commander wanted by the International "
     "Criminal Court.", "LBY>ICC:06"),
    ("DAKAR", "Senegal turned over two businessmen wanted in Gambia for fraud.", "SEN>GMB:06"),
    ("NAIROBI", "Kenya handed over to Uganda three men it suspected of smuggling.", "KEN>UGA:06"),
]
NONE: list[NearMiss] = [
    ("BOGOTA", "Colombia transferred the suspects to a military prison."),
    ("MEXICO CITY", "Mexico sent a suspected cartel leader to a prison in Sonora."),
    ("LIMA", "The prosecutor sent the suspected smugglers to trial."),
    ("NAIROBI", "Kenya sent police officers to the coast."),
    ("QUITO", "Ecuador sent soldiers to hunt suspected smugglers."),
    ("LAGOS", "The police handed over the wanted men to a court in Lagos."),
]
GAPS: list[Gap] = [
    ("MEXICO CITY", "Mexico sent the 12 men, all suspected of drug trafficking, to the United "
     "States.", "MEX>USA:06",
     "the suspicion is told in an apposition to the people, no modifier (object_mods)"),
    ("KAMPALA", "Uganda received three suspects from Kenya.", "KEN>UGA:06",
     "a handover told from the receiving side: no pattern reads the sender in a from-phrase"),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary172_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary172_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
