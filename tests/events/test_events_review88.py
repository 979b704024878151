"""Review 88 (session 33, helper S42): a seized aircraft, a drift named as a wrong, and a
sentence the parser cut after a number.

"Chile's navy seized a Bolivian state-owned cargo plane at Arica airport": an aircraft taken
is property seized (171), even at an airport; the airport itself taken is an occupation (192)
(patterns.yaml v.seize refine). "called the project 'another step in the militarization of the
Andes'": the step's goal is a wrong named, so the call is disapproval (111, v.call_names), no
praise (v.call_praise read "step" alone); "a historic step" stays praise (wrong_names:
militarization, confrontation, ...). "Kenya will also hand over to Oman 12 Omani nationals
...": the parser opened a sentence at "Omani" with no mark before it, so the act lost its
object; inside a line no sentence opens right after a word or a number (nlp._mark_paragraphs).
"The Peruvian Foreign Ministry said Peru had acted 'within the law'": a defence of its own deed
(120, v.say_lawful), as "acted lawfully" is.
Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SANTIAGO",
        "Chile's navy seized a Bolivian state-owned cargo plane at Arica airport on Monday.",
        "CHL>BOL:17",
    ),
    (
        "NAIROBI",
        "Kenyan police seized a Tanzanian military helicopter at Wilson airport on Sunday.",
        "KEN>TZA:17",
    ),
    # the airport itself taken: an occupation, as before
    ("NAIROBI", "Kenyan soldiers seized the Somali airport at Kismayo.", "KEN>SOM:19"),
    (
        "LIMA",
        "Chile and Peru signed an agreement on Monday to build a naval base in Arica. Bolivia's "
        'Foreign Ministry called the project "another step in the militarization of the Andes".',
        "CHL>PER:05 PER>CHL:05 BOL>CHL:11 BOL>PER:11",
    ),
    (
        "ACCRA",
        "Ghana and Togo signed a deal on Friday to build a joint airfield. Burkina Faso called "
        'the plan "a step toward confrontation in the region."',
        "GHA>TGO:05 TGO>GHA:05 BFA>GHA:11 BFA>TGO:11",
    ),
    # a step named with no wrong is praise still
    (
        "QUITO",
        "Chile and Peru signed an agreement on Monday to build a naval base in Arica. Ecuador "
        'called the agreement "a historic step for the region."',
        "CHL>PER:05 PER>CHL:05 ECU>CHL:05 ECU>PER:05",
    ),
    (
        "NAIROBI",
        "Under the security agreement, the two countries' border police will hold joint patrols. "
        "Kenya will also hand over to Oman 12 Omani nationals wanted for drug trafficking, "
        "Ortiz said.",
        "KEN>OMN:03",
    ),
    (
        "WARSAW",
        "Under the security agreement, the two countries' border police will hold joint patrols. "
        "Poland will also hand over to Oman 12 Omani nationals wanted for drug trafficking, "
        "Nowak said.",
        "POL>OMN:03",
    ),
]

# a state's own deed said kept within or under the law rejects the protest against it (120,
# v.say_lawful: objects.py _LAW_PREPS); another's deed so judged is no defence
LAWFUL: list[Case] = [
    (
        "LIMA",
        "Peruvian authorities seized a Chilean state-owned fishing vessel on Monday. Chile "
        'condemned the seizure. The Peruvian Foreign Ministry said Peru had acted "within the '
        'law."',
        "PER>CHL:17 CHL>PER:11 PER>CHL:12",
    ),
    (
        "NAIROBI",
        "Kenyan police detained six Ugandan officials on Monday. Uganda protested the arrests. "
        "Kenya's Interior Ministry said its officers had acted under international law.",
        "KEN>UGA:17 UGA>KEN:11 KEN>UGA:12",
    ),
    (
        "NAIROBI",
        "Kenyan police detained six Ugandan officials on Monday. Uganda protested the arrests. "
        "Tanzania said Kenya's police had acted within the law.",
        "KEN>UGA:17 UGA>KEN:11",
    ),
    (
        "NAIROBI",
        "Kenya and Uganda held talks on Monday. Kenya said the talks were held under difficult "
        "conditions.",
        "KEN>UGA:04 UGA>KEN:04",
    ),
]

# a state its speaker calls a steadfast or staunch friend is praised (051, v.say_partner);
# another's partner ("of France") is none
STEADFAST: list[Case] = [
    (
        "NAIROBI",
        'Kenyan Defense Minister Amos Kiprono said at the ceremony that Uganda was "a steadfast '
        'friend who helps Kenya defend itself."',
        "KEN>UGA:05",
    ),
    ("ACCRA", "Ghana's president said Togo was a staunch ally.", "GHA>TGO:05"),
]

CASES += LAWFUL + STEADFAST

NONE: list[NearMiss] = [
    # another's partner is no praise of the speaker's
    ("ACCRA", "Ghana's president said Togo was a steadfast partner of France."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review88_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review88_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)


#: (text, a phrase whose sentence must hold the other phrase too)
UNCUT: list[tuple[str, str, str]] = [
    (
        "Under the security agreement, the two countries' border police will hold joint patrols. "
        "Kenya will also hand over to Oman 12 Omani nationals wanted for drug trafficking, "
        "Ortiz said.",
        "hand over to Oman",
        "Omani nationals",
    ),
    (
        "Under the security agreement, the two countries' border police will hold joint patrols. "
        "Poland will also hand over to Oman 12 Omani nationals wanted for drug trafficking, "
        "Nowak said.",
        "hand over to Oman",
        "Nowak said.",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("body", "first", "second"), UNCUT)
def test_events_review88_no_cut_after_a_number(  # type: ignore[no-untyped-def]
    nlp, body: str, first: str, second: str
) -> None:
    """No sentence opens right after a number with no mark before it."""
    import newsgraph

    del nlp
    result = newsgraph.process(f"World news in brief\n\nMUSCAT (AP) — {body}\n", date="2026-03-02")
    text = result.article.text
    at = text.index(first)
    sentence = next(s for s in result.sentences if s.start <= at < s.end)
    assert second in text[sentence.start : sentence.end], text[sentence.start : sentence.end]
