"""Context 127 (session 57, helper R57a): an accusation of the people just detained, and a
boarding or an interception judged as the seizure it is.

"Mali arrested three Nigerien gendarmes and accused them of spying": "them" names no actor
(coref leaves a plural of people unresolved), so the accusation had no target. For the
roots of rules pronoun_patient_roots, a pronoun object stands for the object of the verb its
own verb is joined to or hangs on (objects._pronoun_patients), as a refinement already read
it: the accusation is aimed where the arrest was.

"seized a trawler ..., Spain's Foreign Ministry said, calling the boarding unjustified":
a boarding or an interception of a ship or a plane is its seizure (rules act_nouns,
reaction_matches), so the judgement answers the seizure told. The second row of each table
was coded before (coref resolves "them" after "detained"; a bare protest answers the act just
told): kept as guards. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the people a pronoun stands for, acted on by the verb it hangs on
ACCUSED: list[Case] = [
    (
        "BAMAKO",
        "Mali's military government arrested three Nigerien gendarmes in March and accused "
        "them of entering its territory to spy for Niamey.",
        "MLI>NER:17 MLI>NER:11",
    ),
    (
        "ASTANA",
        "Kazakh border guards detained four Kyrgyz gendarmes on Sunday, accusing them of "
        "smuggling fuel.",
        "KAZ>KGZ:17 KAZ>KGZ:11",
    ),
]

# a boarding or an interception judged
SEIZED: list[Case] = [
    (
        "NOUAKCHOTT",
        "Mauritania's navy seized a Portuguese-flagged trawler off the coast, Portugal's "
        "Foreign Ministry said on Tuesday, calling the boarding \"unjustified\".",
        "MRT>PRT:17 PRT>MRT:11",
    ),
    (
        "NOUAKCHOTT",
        "Senegal's navy seized an Italian-flagged trawler on Monday. Italy protested, saying "
        "the interception had put the crew at risk.",
        "SEN>ITA:17 ITA>SEN:11",
    ),
]

# near-misses: people no state stands for, a friendly act on the people, a pronoun with no
# verb it hangs on, an interception no one seized anything by
NONE: list[NearMiss] = [
    ("NAIROBI", "Kenyan police arrested three protesters on Monday and accused them of rioting."),
    (
        "NAIROBI",
        "Turkey has hosted Syrian refugees for a decade, and officials blamed them for a "
        "rise in crime.",
    ),
    ("NAIROBI", "Officials in Nairobi accused them of rioting."),
]

KEPT: list[Case] = [
    (
        "NAIROBI",
        "Kenya welcomed two Somali ministers on Monday and praised them for their reforms.",
        "KEN>SOM:04",
    ),
]

GAPS: list[Gap] = []

CASES = ACCUSED + SEIZED + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context127_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context127_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
