"""Review 107 (session 39, helper S53): a work raised with a state, a second reported
clause, training with another state's forces, and their keep paid for.

1. "Namibia's president raised the dredging with South Africa's president in a phone call":
   a work or a closing put to a state's leader is a matter raised too (040; 041 on the
   phone), as an act is (patterns.yaml v.raise_issue's raised_matters, now with dredging,
   mining, drilling, fishing, logging, construction, closure, blockade, treatment, shelling);
   a quota or a royalty raised is increased, and a with-phrase naming no state names no one
   consulted.
2. "said a request to Sierra Leone was pending and that it would send a similar request to
   Guinea": a second that-clause joined to the first is told by the same verb
   (modality._own_announcement), so an act its own actor announces there is kept as in the
   first clause; another state's clause stays a forecast.
3. "Kenyan soldiers exercised with Ugandan forces": training or exercising beside another
   state's forces is military cooperation (062, patterns.yaml v.train_with), the with-phrase
   those forces (target_kind force): runners or equipment are no one's forces. Only done: a
   drill announced ("said its troops would train with the Polish units", which set 53 codes
   DEU>POL 06/03) stays uncoded, as clauses27 and refs11 keep it (a Gap here).
4. "Estonia paid for housing for the British soldiers": the keep of another state's troops
   bought for them is aid, as goods are (v.pay_for_goods, now with housing, accommodation,
   lodging, shelter); its own troops' housing is no one's.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a work raised with a state's leader
RAISED: list[Case] = [
    (
        "HANOI",
        "Vietnam's foreign minister raised the drilling with his Chinese counterpart on Monday.",
        "VNM>CHN:04",
    ),
    ("LIMA", "Peru raised the illegal fishing with Ecuador's ambassador on Tuesday.", "PER>ECU:04"),
    (
        "GABORONE",
        "Botswana's president raised the mining with Zimbabwe's president in a phone call.",
        "BWA>ZWE:04",
    ),
]

# 2. a second that-clause told by the same verb
SECOND_CLAUSE: list[Case] = [
    (
        "SANTIAGO",
        "Chile's foreign ministry said the talks had stalled and that it would ask Argentina to"
        " extradite the two men.",
        "CHL>ARG:02",
    ),
    (
        "ALGIERS",
        "Algeria said the attacks had continued and that it would close its border with Mali on"
        " Friday.",
        "DZA>MLI:16",
    ),
]

# 3. training beside another state's forces
TRAINED_WITH: list[Case] = [
    (
        "NAIROBI",
        "Kenyan soldiers exercised with Ugandan forces near the border last month.",
        "KEN>UGA:06",
    ),
]

# 4. the keep of another state's troops paid for
KEEP_PAID: list[Case] = [
    (
        "TALLINN",
        "Estonia paid for housing for the British soldiers stationed at Tapa.",
        "EST>GBR:07",
    ),
]

CASES: list[Case] = RAISED + SECOND_CLAUSE + TRAINED_WITH + KEEP_PAID

NONE: list[NearMiss] = [
    # a quota raised is increased; a with-phrase naming no state
    ("LIMA", "Peru raised the fishing quota on Tuesday."),
    ("NAIROBI", "Kenya raised the mining royalty with investors."),
    # another state's clause, or another's words: a forecast
    (
        "SANTIAGO",
        "Chile's foreign ministry said the talks had stalled and that Peru would ask Argentina"
        " to extradite the two men.",
    ),
    (
        "ALGIERS",
        "An analyst said the attacks had continued and that Algeria would close its border with"
        " Mali.",
    ),
    # runners or equipment are no one's forces
    ("NAIROBI", "Kenyan athletes trained with Ugandan runners in Iten."),
    ("NAIROBI", "Kenya's army trained with new equipment from Uganda."),
    # its own troops' housing
    ("VILNIUS", "Lithuania will pay for housing for its own troops."),
]

GAPS: list[Gap] = [
    (
        "BERLIN",
        "Germany, which keeps a brigade in Lithuania, said its troops would train with the"
        " Polish units from next year.",
        "DEU>POL:03",
        "an announced drill side by side is left uncoded (v.train_with no_intent), as"
        " clauses27's and refs11's rows keep it; set 53 codes it (DEU>POL 06/03)",
    ),
    (
        "NAIROBI",
        "Kenyan soldiers trained with Ugandan troops in Jinja on Monday.",
        "KEN>UGA:06",
        "the sources of 'trained' are not resolved here (source-unresolved) though 'exercised'"
        " in the same form codes",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review107_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review107_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
