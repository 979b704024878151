"""Said 20 (session 43, O62b): three words of approval and cooperation the coder lacked.

Found in the opened set 62 (its sentences are not used here):
- a state named "a partner we cannot do without": the negation of a need denied away in a
  relative clause on the name is no negation of the name (extract._averted_only), so
  v.call_friend's unless word "not" is not read there; "a neighbor we cannot trust" stays a
  reproach, and "not a partner" a denial;
- "values its brotherhood with Ghana": kinship held dear (brotherhood, sisterhood,
  fraternity, kinship, bond) is approval as ties and friendship are (v.value_ties);
- "will train 30 Fijian forecasters": forecasters, meteorologists, researchers, statisticians
  and other professions trained for another state are cooperation as engineers are
  (v.train_specialists).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        'Uganda\'s foreign minister spoke on Monday. She called Kenya "a partner we simply cannot'
        ' do without."',
        "UGA>KEN:05",
    ),
    (
        "ABUJA",
        "Niger's foreign ministry said in a statement on Tuesday that Niger \"values its "
        'brotherhood with Nigeria."',
        "NER>NGA:05",
    ),
    (
        "DAKAR",
        "Mauritania said it cherished its kinship with Senegal and would reopen the border market.",
        "MRT>SEN:05 MRT>SEN:03",
    ),
    (
        "SUVA",
        "South Korea will train 25 Tongan meteorologists at its weather agency next year.",
        "KOR>TON:03",
    ),
    (
        "VIENTIANE",
        "Singapore will train 40 Laotian statisticians this year under a new grant.",
        "SGP>LAO:03",
    ),
]

NONE: list[NearMiss] = [
    (
        "ACCRA",
        'Ghana\'s president spoke on Monday. He called Togo "a neighbor we cannot trust."',
    ),
    (
        "LOME",
        'Togo\'s president spoke on Monday. He called Benin "not a partner, without doubt."',
    ),
    ("COTONOU", "Benin said it values its brotherhood with its own diaspora."),
    ("LUSAKA", "Zambia will train 30 of its own forecasters this year."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said20_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said20_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
