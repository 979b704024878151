"""Review 224 (session 61, L61): general forms of set 91's misses left open.

"Chad dispatched 500 soldiers to Niger to help the army fight jihadists": a gap (GAPS). The
open sets give troops sent to help a state 07/06, but "soldier" among the shared aid objects
made soldiers handed over as prisoners, their bodies returned, and soldiers sent to guard a
border aid (18 rows of tests/events broke), so it was left out: a help purpose must be read,
not the noun. Sent to a border they are a show of force (154).

"Georgia charged an Armenian journalist with inciting unrest": a charge laid on a state's
private national is no blame of the state (112 is dropped for a private party) but legal
action on the person, which the open sets code to the state as an arrest (v.charge's
private_code, 173; extract._private_recoded). Accusing the journalist stays uncoded.

"IAEA inspectors found weaknesses in the way Peru stores spent fuel": faults an inspecting
state or body finds in another's conduct are criticism (v.find_faults, 111); "the way X did
Y" names X (rules manner_nouns, objects._manner_doers). A funding gap, faults found in one's
own work and none found code nothing.

"Paraguay withdrew its offer of 150 police officers for the UN mission in Haiti": an offer of
help taken back is aid cut (v.withdraw_offer, 162), not troops pulled out.

"Paraguay's foreign ministry replied that Bolivia should respect ...": a reply telling what
another should or must do is an appeal or a demand, as "said" is (v.say_should, v.say_must).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SOLDIERS: list[Case] = [
    ("NDJAMENA", "Chad sent 500 soldiers to its border with Sudan after the clashes.", "TCD>SDN:15"),
    ("NDJAMENA", "Chad deployed soldiers along its border with Libya.", "TCD>LBY:15"),
]
CHARGED: list[Case] = [
    ("TBILISI", "Georgia charged an Armenian journalist with inciting unrest.", "GEO>ARM:17"),
    ("TBILISI", "Georgian prosecutors charged two Turkish businessmen with smuggling.", "GEO>TUR:17"),
    ("TBILISI", "Georgia charged Armenia with violating the water agreement.", "GEO>ARM:11"),
]
FAULTS: list[Case] = [
    (
        "VIENNA",
        "IAEA inspectors found weaknesses in the way Peru stores spent fuel at its research "
        "reactor.",
        "IAEA>PER:11",
    ),
    (
        "VIENNA",
        "The IAEA mission identified serious flaws in Ecuador's radiation monitoring, the agency "
        "said.",
        "IAEA>ECU:11",
    ),
    ("LIMA", "Peru criticized the way Chile handled the crisis.", "PER>CHL:11"),
]
WITHDRAWN: list[Case] = [
    (
        "ASUNCION",
        "Paraguay withdrew its offer of 150 police officers for the United Nations mission in "
        "Haiti.",
        "PRY>UN:16",
    ),
    ("ASUNCION", "Paraguay rescinded its pledge of $5 million to the African Union.", "PRY>AU:16"),
    ("ASUNCION", "Paraguay withdrew its police officers from Haiti.", "PRY>HTI:08"),
]
REPLIED: list[Case] = [
    (
        "ASUNCION",
        "Paraguay's foreign ministry replied that Bolivia should respect the rulings of "
        "Paraguayan judges.",
        "PRY>BOL:02",
    ),
    (
        "ASUNCION",
        "Paraguay's foreign minister retorted that Bolivia must stop interfering.",
        "PRY>BOL:10",
    ),
]
CASES: list[Case] = SOLDIERS + CHARGED + FAULTS + WITHDRAWN + REPLIED

NONE: list[NearMiss] = [
    ("TBILISI", "Georgia accused an Armenian journalist of spreading lies."),
    ("TBILISI", "An Armenian journalist charged Georgia with censorship."),
    ("TBILISI", "Georgia charges Turkish trucks a transit fee."),
    ("NAIROBI", "The IMF found a funding gap of $2 billion in Kenya's budget."),
    ("QUITO", "Ecuador said it had found no irregularities in Peru's customs records."),
    ("QUITO", "Ecuador's auditors found gaps in its own border controls."),
    ("VIENNA", "The IAEA team did not find any shortcomings in Chile's nuclear safety regime."),
    ("LIMA", "Peru changed the way its police handle protests."),
    ("ASUNCION", "Paraguay withdrew its offer to mediate."),
    ("ASUNCION", "Paraguay replied that it should respect the ruling."),
    ("ASUNCION", "Paraguay replied to Bolivia's letter on Monday."),
]
_HELP = "soldiers sent are a show of force (154); only troops are among the aid objects"
GAPS: list[Gap] = [
    (
        "NDJAMENA",
        "Chad dispatched 500 soldiers to Niger last year to help the army fight jihadists.",
        "TCD>NER:07",
        _HELP,
    ),
    (
        "NDJAMENA",
        "Chad sent 500 soldiers to Niger to support its army against jihadists.",
        "TCD>NER:07",
        _HELP,
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review224_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review224_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
