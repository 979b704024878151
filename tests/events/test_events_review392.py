"""Review 392 (session 66, G2): an agentless detention or seizure of another state's people or
craft, reported by one state's voice in the sentence, is that state's act.

"The Uzbek cargo plane was seized at the airport on Thursday, Senegal's Interior Ministry said":
the passive names no doer, but the one state that tells it holds the plane did it (decision 4
of session 64 in tests/gold/README.md: an agentless passive whose doer the story makes clear is
the doer's event). Read by extract._held_reporter (rules reported_held_roots) after the place
of holding (extract._hosting_place), which wins when told.

Near misses: the patient's own state reporting (its own people's detention names no doer), two
states told as the voice, a third state's report from another state's dateline, a patient no
state names ("the two women"), a captivity no state holds (kidnapped), a detention told again
after the story coded one of the same people (a restatement, review283), and a state that says
so before the passive ("Bolivia said ... were detained": the patient's own voice).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a trailing voice: "..., <state>'s ministry said"
    (
        "LIMA",
        "Two Bolivian miners were detained near the border on Tuesday, Peru's interior ministry "
        "said. They had crossed without papers.",
        "PER>BOL:17",
    ),
    (
        "ACCRA",
        "Three Togolese fishermen were arrested off the coast on Thursday, Ghana's navy said.",
        "GHA>TGO:17",
    ),
    (
        "DAKAR",
        "An Uzbek cargo plane was seized on Thursday after customs officers opened its crates, "
        "Senegal's Interior Ministry said.",
        "SEN>UZB:17",
    ),
    # a person who speaks for the state, or a leading voice
    (
        "TBILISI",
        "Four Armenian truck drivers were detained at a checkpoint on Monday, a Georgian police "
        "spokesman said.",
        "GEO>ARM:17",
    ),
    (
        "HANOI",
        "Vietnam's Ministry of Public Security said nine Chinese nationals had been arrested in a "
        "raid on a gambling den.",
        "VNM>CHN:17",
    ),
    # a craft seized after its crew's arrest is a second act
    (
        "BISSAU",
        "Police in Bissau arrested seven Moroccan sailors on Friday. A Moroccan fishing boat was "
        "seized on Saturday, Guinea-Bissau's fisheries ministry said.",
        "GNB>MAR:17 GNB>MAR:17",
    ),
    # the patient's own dateline does not hide the voice
    (
        "TOKYO",
        "Two Japanese engineers were detained on Wednesday, China's Ministry of State Security "
        "said.",
        "CHN>JPN:17",
    ),
]
NONE: list[NearMiss] = [
    # the patient's own state reports: who holds them is unsaid
    (
        "MANILA",
        "Five Filipino sailors were detained on Sunday, the Philippines' foreign ministry said.",
    ),
    # two voices
    ("BANGKOK", "Two Cambodian loggers were arrested on Friday, Thailand and Laos said."),
    # a third state's report from another state's dateline
    ("NAIROBI", "Six Somali traders were detained on Monday, the U.S. embassy said."),
    # no people named by state
    ("QUITO", "The two women were detained on Saturday, Ecuador's interior ministry said."),
    # a captivity no state holds
    ("NIAMEY", "Three Beninese engineers were kidnapped on Sunday, Niger's army said."),
    # the patient's own voice before the passive
    ("SUCRE", "Bolivia said four Bolivian truckers were detained at the crossing on Tuesday."),
]
GAPS: list[Gap] = [
    (
        "DHAKA",
        "Bangladeshi police arrested 14 Nepali workers on Monday. Two more Nepali workers were "
        "detained on Tuesday, the home ministry said.",
        "BGD>NPL:17 BGD>NPL:17",
        "a second detention of the same state's people reads as the first one told again "
        "(review283's restatement guard), and a bare 'the home ministry' names no state",
    ),
    (
        "LUSAKA",
        "Zambian police detained a Congolese trader on Monday. The trader was held with two "
        "Angolan drivers, the police said.",
        "ZMB>COD:17 ZMB>AGO:17",
        "people held 'with' others name no held party of their own; the voice is no state's",
    ),
    (
        "NAIROBI",
        "A cargo plane, registered in Kyrgyzstan, was seized at the airport on Thursday, Kenya's "
        "interior ministry said.",
        "KEN>KGZ:17",
        "a craft's state told by a trailing 'registered in' phrase is not read as the patient's "
        "(only a demonym or a flag before the noun is)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review392_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review392_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
