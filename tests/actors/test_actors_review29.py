"""Review 29 (session 19, reviewer R): an official the story ties to a state is not the
dateline's.

"Spokesman X of the Chinese Foreign Ministry" in a Paris story was France's: an of-phrase
naming a state body now gives the person that body's state, as one naming an IGO did
(``Resolver._body_after``). A spokesperson named after a quotation that opens its sentence
('China's Foreign Ministry rejected the protest. "The islands are ours," spokesman X said')
is placed by the body the sentence before the quotation had as its main subject, as one
opening the sentence is (``Resolver._quote_opening`` in ``_placed_state``); a body in a
clause under that sentence ("while Israeli officials refused ...") places no one. Every
sentence was written for this file; the cases run through the whole pipeline in one batch
(``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    # an of-phrase naming another state's body: that state's, whatever the dateline
    (
        "PARIS",
        "Spokesman Lin Tao of the Chinese Foreign Ministry criticized Japan on Monday. He urged "
        "Tokyo to stop its provocations.",
        "CHN>JPN:11 CHN>JPN:02",
    ),
    (
        "NAIROBI",
        "Colonel Abdi Farah of the Somali army accused Ethiopia of sending troops across the "
        "border.",
        "SOM>ETH:11",
    ),
    (
        "WASHINGTON",
        "Minister Jane Doe of the Canadian government criticized Mexico for the tariffs.",
        "CAN>MEX:11",
    ),
    (
        "LYON, France",
        "Spokesperson Maria Ivanova of the Russian Foreign Ministry accused Ukraine of "
        "sabotaging the talks on Tuesday. She urged Kyiv to return to the table.",
        "RUS>UKR:11 RUS>UKR:02",
    ),
    # a spokesperson after a quotation opening the sentence: the body before it
    (
        "MANILA",
        "China's Foreign Ministry rejected the protest on Monday. \"The islands are ours,\" "
        "spokesman Lin Tao said. He accused the Philippines of provocation.",
        "CHN>PHL:11",
    ),
    (
        "WARSAW",
        "Belarus's Foreign Ministry dismissed the charges. \"Poland is inventing threats,\" "
        "spokeswoman Olga Kravets said. She urged Warsaw to open the border.",
        "BLR>POL:11 BLR>POL:02",
    ),
    (
        "ACCRA",
        "Togo's Foreign Ministry rejected the claim. \"We have nothing to hide. Our border is "
        "open,\" spokesman Koffi Mensah said. He accused Ghana of spreading lies.",
        "TGO>GHA:11",
    ),
    # near-miss: a body in a clause under the sentence before places no one
    (
        "CAIRO",
        "The convoy waited at the crossing while Israeli officials refused to let it pass. "
        "\"This is a deliberate decision,\" Foreign Ministry spokesman Ahmed Fathy said. He "
        "accused Israel of blocking aid.",
        "EGY>ISR:11",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, [], [])


def test_actors_review29_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, [], []))
def test_actors_review29_officials(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
