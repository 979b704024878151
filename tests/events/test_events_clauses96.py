"""Clauses 96 (session 66, K66): "seized two Chinese-flagged trawlers, accusing their crews of
...", a charge in a trailing -ing clause against the people or craft the act seized.

"Senegal's navy seized two Chinese-flagged trawlers ..., accusing their crews of using banned
nets", "Azerbaijan closed the Russian House cultural center in Baku, accusing its staff of
spying": the accusation is a second event of the pair in the sentence (11), but its object
names no state ("their crews", "its staff", "the vessel": a weak pronoun owns them, or none),
so v.accuse found no target and nothing was coded. When such a noun (rules
accused_party_nouns) is the object of a hostile pattern in a bare trailing participle, the hit
is aimed where the act it trails was (context "trailed", extract._conjunct_targets: a hostile
act after a hostile one, one target).

Near misses: the reason told by "saying" (no accusation named), a praise of the crew, a charge
against others named in the clause, and an accusation trailing a friendly act.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a trailing accusation of the seized craft, its crew or a closed body's staff
CASES: list[Case] = [
    (
        "DAKAR",
        "Senegal's navy seized two Chinese-flagged trawlers off Saint-Louis on Monday, accusing "
        "their crews of using banned nets.",
        "SEN>CHN:17 SEN>CHN:11",
    ),
    (
        "ACCRA",
        "Ghana's navy seized a Chinese-flagged trawler on Monday, accusing its crew of fishing "
        "without a licence.",
        "GHA>CHN:17 GHA>CHN:11",
    ),
    (
        "LIMA",
        "Peru's coast guard seized an Ecuadorian fishing boat on Sunday, accusing the vessel of "
        "fishing inside Peruvian waters.",
        "PER>ECU:17 PER>ECU:11",
    ),
    (
        "MINSK",
        "Belarus closed the Polish cultural institute in Grodno, accusing its staff of spying.",
        "BLR>POL:16 BLR>POL:11",
    ),
    # ... not a reason told by "saying", a praise, nor a charge against others it names
    (
        "TEMA",
        "Ghana's navy seized a Togolese trawler, saying its crew had fished without a licence.",
        "GHA>TGO:17",
    ),
    (
        "TAKORADI",
        "Ghana's navy seized a Togolese trawler on Monday, praising its crew for cooperating.",
        "GHA>TGO:17",
    ),
    (
        "CAPE COAST",
        "Ghana's navy seized a Togolese trawler on Monday, accusing Nigerian smugglers of using "
        "it.",
        "GHA>TGO:17",
    ),
    # ... nor after a friendly act (a hostile act after a hostile one only)
    (
        "LOME",
        "Togo thanked Ghana for its help on Monday, accusing the vessel of nothing.",
        "TGO>GHA:05",
    ),
    # ... and after a detention of the crew the seizure's restatement hides, the held craft's
    # flag state (the lead's merge, session 66: context184's _charges_held is tried first)
    (
        "WINDHOEK",
        "Namibia's navy seized a Mongolian-flagged fishing trawler early on Thursday and "
        "detained its 31 crew, accusing the vessel of catching hake without a licence.",
        "NAM>MNG:17 NAM>MNG:11",
    ),
]
NONE: list[NearMiss] = [
    ("KUMASI", "The ferry company fired two officers, accusing the crew of ignoring warnings."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses96_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses96_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
