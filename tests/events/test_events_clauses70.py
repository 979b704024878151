"""Clauses 70 (session 49, lead): a phrase about the subject between it and its verb; a
speaker's second act joined to the clause it reported; the part of a state's people.

"Subject, <participle phrase>, verb ..." is common in wire copy and spaCy misreads it three
ways (tests/nlp/test_nlp_having_phrases.py): the verb hung on the subject as a participle,
the sentence rooted on the phrase's participle, the subject read as the phrase's own. The
act is coded from the verb with its subject, as it is without the phrase; the phrase's own
act (a denial, a review) codes nothing here.

"Azerbaijan denied its forces had opened fire and accused Armenian units of ...": the parser
joins "accused" to the denied clause, so the accusation was read as denied too (and its doer
as the forces); a speech act joined there is the speaker's (nlp._speech_acts_joined_to_reports).
Acts a reported subject may do ("had crossed the border and killed two civilians") stay in
the clause.

"Ecuadorean patrol boats detained ...": the parser may hang "Ecuadorean" on "patrol", not on
"boats"; the craft's state is read from the compound before it (parties._actors_of).

"Armenia said one of its soldiers had been killed by Azerbaijani fire": the part's of-phrase
"its soldiers" is the state's army, as "its soldiers were killed" is (actors coref
_part_of_subject).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("LOME", "Togo, having reviewed the evidence, called on Benin to release the detained traders.", "TGO>BEN:02"),
    ("LIMA", "Peru, having studied the ruling, called on Chile to respect it.", "PER>CHL:02"),
    ("KHARTOUM", "Sudan, battered by years of war, called on Egypt to mediate.", "SDN>EGY:02"),
    ("DOHA", "Qatar, having mediated earlier rounds, called on Iran to return to the talks.", "QAT>IRN:02"),
    ("HAVANA", "Cuba, having long denied the charges, accused Washington of lying.", "CUB>USA:11"),
    ("TEHRAN", "Iran, having denied any role, accused Israel of staging the blast.", "IRN>ISR:11"),
    (
        "NDJAMENA",
        "The talks collapsed on Monday.\n\nChad, having been hit by drought, asked Niger for grain.",
        "TCD>NER:02",
    ),
    (
        "KATHMANDU",
        "The talks collapsed on Monday.\n\nNepal, having been struck by an earthquake, asked India for tents.",
        "NPL>IND:02",
    ),
    (
        "BAKU",
        "Azerbaijan's defence ministry denied its forces had opened fire and accused Armenian "
        "units of provoking the exchange.",
        "AZE>ARM:11 AZE>ARM:12",
    ),
    ("ACCRA", "Ghana denied its police had beaten the traders and accused Togo of lying.", "GHA>TGO:11"),
    (
        "MANILA",
        "The Philippines said China had rammed its supply boat and urged Beijing to stop.",
        "PHL>CHN:02",
    ),
    (
        "YEREVAN",
        "Armenia said one of its soldiers had been killed by Azerbaijani sniper fire.",
        "AZE>ARM:19|18",
    ),
    ("NAIROBI", "Kenya said two of its diplomats were expelled by Somalia.", "SOM>KEN:16"),
    (
        "LIMA",
        "Peru protested on Wednesday after Ecuadorean patrol boats detained six Peruvian fishing "
        "vessels.",
        "ECU>PER:17 PER>ECU:11",
    ),
    (
        "LIMA",
        "Peru summoned Chile's ambassador after Ecuadorean patrol boats detained six Peruvian "
        "fishing vessels.",
        "PER>CHL:11 ECU>PER:17",
    ),
    # "its" with an office after it stands for a state named before it in its own sentence,
    # not for the sentence before's subject (actors coref: "Its spokesman, X, said" only)
    (
        "TALLINN",
        "Senegal deplored the killing of its nationals in Mauritania.\n\n"
        "Estonia condemned Russia, saying its jets violated Estonian airspace.",
        "EST>RUS:11 RUS>EST:15",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("BAKU", "Azerbaijan denied its troops had crossed the border and killed two civilians."),
    ("BAMAKO", "Mali said one of its soldiers died in a road accident."),
    ("TOKYO", "A Chinese fishing boat entered Japanese waters near the islands."),
    ("HAVANA", "Cuba, having long denied the charges, accused its own former minister of lying."),
    ("LOME", "Togo, having reviewed the evidence, called on the traders to stay calm."),
    ("KHARTOUM", "Sudan, battered by years of war, weakened by floods."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_clauses70_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_clauses70_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
