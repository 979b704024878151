"""Vocabulary 83 (session 47, O67): a state respected, nationals hired, and two senses kept out.

- A state itself respected is approval (v.respect_state, 051), as "respected Turkey" is coded
  in the open sets: "Saudi Arabia respects Oman and its people", the object itself a state
  (objects state_object: "we respect it" reads no counterpart); its decision or sovereignty
  respected stay v.respect_decision's and v.respect_sovereignty's; denied, or said of a people's
  own ways, it is none.
- Forces that arrive for exercises or training keep no order (v.police_arrive's unless_words):
  "Two Vietnamese frigates arrived in Manila for joint drills" is no 074; police come to keep
  order still are.
- A state taking another state's nationals into its service is economic cooperation
  (v.hire_workers, 061; announced, an intent: 03): "Kuwait recruited 500 nurses from the
  Philippines"; firms hiring, or hiring with no state named, are none.
- A lender following a loan or reform program investigates nothing (v.inspect's
  unless_words): "the IMF, which is monitoring an Egyptian loan program" is no 090; the IAEA
  monitoring a nuclear program still is.

Every sentence was written for this file (new names and states); each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # v.respect_state
    (
        "RIYADH",
        "Saudi Arabia's foreign minister told reporters that his country \"respects Oman and its"
        " people\" but would not accept pressure on its courts.",
        # the refusal joined by "but" is aimed at Oman as the respect is (extract._contrasted,
        # session 51; guidelines: refuse -> 12)
        "SAU>OMN:05 SAU>OMN:12",
    ),
    (
        "RIYADH",
        "Saudi Arabia respects Oman and its people, the foreign minister said.",
        "SAU>OMN:05",
    ),
    (
        "RIYADH",
        "Saudi Arabia's foreign minister said Riyadh respects Oman and its people.",
        "SAU>OMN:05",
    ),
    ("HANOI", "Vietnam respects Laos's decision, the foreign ministry said.", "VNM>LAO:05"),
    # an object that names no state: no deed or counterpart read from elsewhere
    (
        "HANOI",
        "Laos signed a pact with Thailand on Monday. Asked about it, a Vietnamese spokesman said"
        " Hanoi respected \"normal exchanges between sovereign states.\"",
        "LAO>THA:05",
    ),
    (
        "HANOI",
        "Thailand asked Vietnam to allow foreign bases. \"Our law forbids foreign bases, and we"
        " respect it,\" a Vietnamese spokesman said.",
        "THA>VNM:02",
    ),
    # v.hire_workers
    (
        "KUWAIT CITY",
        "Kuwait recruited 500 nurses from the Philippines last year, the health ministry said.",
        "KWT>PHL:06",
    ),
    ("DOHA", "Qatar's health ministry hired nurses from the Philippines.", "QAT>PHL:06"),
    (
        "KUWAIT CITY",
        "Kuwait will recruit 1,000 Filipino nurses for its public hospitals, the health ministry"
        " said.",
        "KWT>PHL:03",
    ),
    (
        "DOHA",
        "Qatar will deposit $500 million in Egypt's central bank and hire up to 3,000 Egyptian"
        " teachers over four years, officials said.",
        "QAT>EGY:03 QAT>EGY:03",
    ),
    # forces for a task other than drills, and the IAEA's monitoring, as before
    (
        "PORT-AU-PRINCE",
        "Kenyan police officers arrived in Haiti on Monday to help keep order.",
        "KEN>HTI:07",
    ),
    ("VIENNA", "The IAEA monitored Iran's nuclear program for years.", "IAEA>IRN:09"),
    ("VIENNA", "The IAEA inspected Syria's reactor site on Monday.", "IAEA>SYR:09"),
]

NEAR_MISSES: list[NearMiss] = [
    # respect denied, or a people's own ways
    ("HANOI", "Vietnam does not respect Laos, the foreign minister said."),
    ("HANOI", "The Vietnamese minister said the people of Laos respect their elders."),
    # firms hiring; no other state named
    ("DOHA", "Qatari firms hired 3,000 Egyptian workers last year."),
    ("DOHA", "Qatar hired 3,000 new teachers last year."),
    ("DOHA", "Qatar hired a British law firm to defend it."),
    # frigates come for drills
    (
        "MANILA",
        "Two Vietnamese frigates arrived in Manila on Monday for five days of joint exercises"
        " with the Philippine navy.",
    ),
    (
        "MANILA",
        "Two Vietnamese frigates arrived in Manila on Monday for joint drills with the Philippine"
        " navy.",
    ),
    # a lender's program followed
    (
        "AMMAN",
        "The International Monetary Fund, which is monitoring an Egyptian loan program, welcomed"
        " the deposit.",
    ),
]

GAPS: list[Gap] = [
    (
        "RIYADH",
        "Saudi Arabia's foreign minister said his country respects Oman and its people.",
        "SAU>OMN:05",
        "found by writing, not yet traced: \"his country\" as the subject of an unquoted reported"
        " clause codes nothing, where \"Riyadh\" or the quoted words do",
    ),
    (
        "MANILA",
        "Two Vietnamese frigates arrived in Manila on Monday for joint drills with the Philippine"
        " navy and the coast guard.",
        "VNM>PHL:06 PHL>VNM:06",
        "found by writing: joint drills with a state's navy named after the arrival code nothing"
        " (n.joint_drills reads them with the Sri Lankan navy, not here)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary83_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary83_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
