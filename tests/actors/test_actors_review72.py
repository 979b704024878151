"""Review 72 (session 38, SRC): a complaint acts for its sender; a statement named many
sentences back.

"Lebanon filed a complaint with the Security Council ... The complaint accused Israel": a
document that acts is the body that issued it (described.find_documents); a complaint is now
a document (descriptions.yaml documents) as statements and notes were. Letters are not (a
Gap row: their content mostly retells a demand already told). "The statement also
condemned ..." five sentences after "The two leaders signed a joint statement", past
quotations and other acts, is still that statement: a reader takes the latest statement
named, so the look back (document_lookback) is six sentences, not three. A document with no
earlier issuer ("A complaint accused ..." opening a story) is no one's.
Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    (
        "BEIRUT",
        "Lebanon filed a complaint with the U.N. Security Council on Monday over the strike. The"
        " complaint accused Israel of violating the ceasefire.",
        "LBN>UN:11 LBN>ISR:11",
    ),
    (
        "NAIROBI",
        "Kenya's president hosted his Ethiopian counterpart in Nairobi on Monday. The two"
        ' leaders then signed a joint statement on trade. "We are neighbors," Kenya\'s'
        " president said. Ethiopia's prime minister said the visit was historic. He thanked"
        " Kenya for its patience. The statement also condemned Eritrea's missile tests.",
        "KEN>ETH:04 KEN>ETH:05 ETH>KEN:05 ETH>KEN:05 KEN>ERI:11 ETH>ERI:11",
    ),
    # a note handed in a passive is its receiver's no more: the state that summoned him sent it
    # (session 63, S63: described._received, extract._summoner_of); the handing is a protest
    # lodged (11) as before
    (
        "PRAGUE",
        "The Czech Republic summoned China's ambassador on Monday. The ambassador was handed a"
        " protest note, a ministry spokeswoman said. The note demanded that China stop the"
        " attacks.",
        "CZE>CHN:11 CZE>CHN:11 CZE>CHN:10",
    ),
]

NONE: list[NearMiss] = [
    # no earlier complaint: no issuer
    ("BEIRUT", "A complaint accused Israel of violating the ceasefire."),
]

GAPS: list[Gap] = [
    (
        "NAIROBI",
        "Kenya sent a letter to the African Union on Monday. The letter urged Somalia to"
        " withdraw its troops from the border.",
        "KEN>SOM:02",
        "letters are no documents yet: a letter's content most often retells the demand the"
        " sentence before told ('made the demand in a letter ... The letter asked'), which"
        " would count twice; only a letter told without its act should act for its sender",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review72_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review72_documents(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
