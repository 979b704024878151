"""Review 328 (session 64, C2): a counterpart further back when the story names no other state.

'Morocco's foreign minister said Morocco would not hesitate to take further measures' codes a
threat (v.take_steps_against, 13) at the counterpart of the latest event the speaker's state
took part in (reactions._counterpart). That search stopped three sentences back
(_COUNTERPART_WINDOW), so two or three sentences of background between the act and the answer
("Rabat has 9,000 nationals in Qatar. Most of them work on fishing boats.") lost it. A threat
(root 13) now reaches five back (_QUIET_COUNTERPART_WINDOW) when no state other than the two is
named since, not even as a place ("Rights groups in Malaysia"), which within three sentences is
allowed. Other acts keep three (a denial or a demand that far back: test_events_context130 and
context134 hold the near misses; widening for all cost seven open sets one extra each).

Near misses: a third state named as a place since, the counterpart six sentences back.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the counterpart four or five sentences back, no other state named since (the first row
# was review302's gap)
CASES: list[Case] = [
    (
        "RABAT",
        "Qatar detained 12 Moroccan sailors on Friday. Rabat has 9,000 nationals in Qatar. "
        "Most of them work on fishing boats. Rights groups have long criticised the work "
        "permits. Morocco's foreign minister said Morocco would not hesitate to take further "
        "measures.",
        "QAT>MAR:17 MAR>QAT:13",
    ),
    (
        "MANILA",
        "Taiwan seized a Philippine fishing boat on Sunday. Taipei said the boat had entered its "
        "waters. About 200 fishermen work in the area. Most of them come from the north. Local "
        "officials said catches had fallen. The Philippine foreign secretary said Manila would "
        "not hesitate to take further steps.",
        "TWN>PHL:17 PHL>TWN:13",
    ),
    # near misses: a third state named since as a place; the act six sentences back
    (
        "DHAKA",
        "Myanmar detained 20 Bangladeshi fishermen on Monday. Dhaka has many workers abroad. "
        "Rights groups in Malaysia have criticised the system. Most of them work on farms. "
        "Bangladesh's foreign minister said Bangladesh would not hesitate to take further "
        "measures.",
        "MMR>BGD:17",
    ),
    (
        "LIMA",
        "Chile detained nine Peruvian fishermen on Monday. The fishermen work off the coast. Most "
        "of them are young. Many have families. Catches have fallen for years. Prices rose last "
        "month. Peru's foreign minister said Peru would not hesitate to take further measures.",
        "CHL>PER:17",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review328_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review328_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
