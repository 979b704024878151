"""Review 186 (session 56, R56): wire forms that coded the wrong state or the wrong direction.

Forms of real wire copy (seen in the PLOVER gold standard's records, rewritten here with other
names and words) where we coded a state no act touches, or turned an act around:

- a seizure reported as police work (objects._law_enforced, rules enforcement_verbs,
  contraband_nouns): "Ankara said Greek police had confiscated rifles and drugs", "... had
  confiscated boats from smugglers" charges no one, while "is confiscating land" or
  "confiscated weapons from Chilean truckers" still does (v.say_accuse);
- a nationality's political camp (extract._camp, rules camp_nouns): "Slovak police arrested
  three Hungarian nationalists" is no act on Hungary, where "... three Hungarian journalists"
  is;
- a nationality's people placed by "of" in another state (resolve._resident_peoples): "the
  Greeks of southern Albania" are a minority by descent, as "ethnic Greeks" are;
- the subject pronoun of a clause a speech verb reports (coref._clause_sayer): "X refused
  to meet Y, saying he would only receive him in Z", "X met Y and said he would visit Z":
  "he" is the one who says it, not the person named last; after a verb that judges or
  addresses the other ("X praised Y, saying he had helped Z") only when the clause holds
  "him" as well.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# objects._law_enforced
ENFORCED_KEPT: list[Case] = [
    ("PRETORIA", "Washington said Namibia is confiscating farmland.", "USA>NAM:11"),
    (
        "SANTIAGO",
        "Chile said Bolivian police had confiscated rifles from Chilean truckers.",
        "CHL>BOL:11 BOL>CHL:17",
    ),
    (
        "QUITO",
        "Ecuador said Peru had confiscated the catches of Ecuadorian trawlers.",
        "ECU>PER:11 PER>ECU:17",
    ),
]
ENFORCED_NOT: list[NearMiss] = [
    ("ANKARA", "Ankara said Greek police had confiscated rifles and narcotics near the port."),
    ("QUITO", "Colombia said Peruvian guards had confiscated two boats from smugglers."),
    (
        "TUNIS",
        "In a rare raid, Libyan police in Zawiya confiscated guns and grenades from armed gangs, "
        "the Tunisian coast guard said on Sunday.",
    ),
]

# extract._camp
CAMP_KEPT: list[Case] = [
    ("BRATISLAVA", "Slovak police arrested three Hungarian journalists in Komarno.", "SVK>HUN:17"),
    ("BRATISLAVA", "Slovakia cracked down on Hungarian activists on Monday.", "SVK>HUN:17"),
]
CAMP_NOT: list[NearMiss] = [
    ("BRATISLAVA", "Slovak police arrested three Hungarian nationalists in Komarno."),
    ("VILNIUS", "Lithuanian authorities cracked down on Polish ultranationalists on Friday."),
]

# resolve._resident_peoples
RESIDENT_KEPT: list[Case] = [
    ("BUDAPEST", "The Hungarians demanded compensation from Romania.", "HUN>ROU:10"),
    ("ATHENS", "Greece criticized Albania's treatment of the Greeks of southern Albania.", "GRC>ALB:11"),
]
RESIDENT_NOT: list[NearMiss] = [
    (
        "TIRANA",
        "The Greeks of southern Albania are demanding cultural autonomy from Albanian authorities.",
    ),
    ("KYIV", "The Russians of eastern Ukraine criticized Moscow on Sunday."),
    ("TIRANA", "The Greeks of Albania protested against Tirana's new school law."),
]

# coref._clause_sayer
SAYER_KEPT: list[Case] = [
    (
        "SANTIAGO",
        "Chilean President Pedro Lobos met Peru's President Carlos Salas and said he would host "
        "him in Santiago in May.",
        "CHL>PER:04",  # the visit to come is a meeting of the same pair (04)
    ),
    # the gender the article shows still decides first
    (
        "SANTIAGO",
        "Chilean President Pedro Lobos met Peru's President Ana Salas and said she would host "
        "him in Lima in May.",
        "CHL>PER:04 PER>CHL:04",
    ),
    (
        "SANTIAGO",
        "Chilean President Pedro Lobos met Peru's President Carlos Salas and said he would "
        "visit Lima in May.",
        "CHL>PER:04",
    ),
    # a verb that judges or addresses the other (party_object_verbs) may be explained by
    # what that one did: the nearest person, as before, unless the clause holds "him"
    (
        "SANTIAGO",
        "Chilean President Pedro Lobos praised Peru's President Carlos Salas, saying he had "
        "helped Chile in the crisis.",
        "CHL>PER:05 PER>CHL:07",
    ),
    (
        "SANTIAGO",
        "Chilean President Pedro Lobos thanked Peru's President Carlos Salas, saying he would "
        "host him in Santiago in May.",
        "CHL>PER:05 CHL>PER:04",
    ),
]
SAYER_NOT: list[NearMiss] = [
    # the one who says it is no state's: the nearest person, as before
    (
        "SANTIAGO",
        "A Chilean fisherman met Peru's President Carlos Salas on Monday and said he would "
        "not return to the port.",
    ),
]

CASES: list[Case] = ENFORCED_KEPT + CAMP_KEPT + RESIDENT_KEPT + SAYER_KEPT
NONE: list[NearMiss] = ENFORCED_NOT + CAMP_NOT + RESIDENT_NOT + SAYER_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review186_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review186_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
