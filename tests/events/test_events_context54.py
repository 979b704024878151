"""A charge trailing an order to leave, hung on its infinitive (session 31, S36).

"Azerbaijan ordered an Iranian consular official to leave the country within 72 hours,
accusing him of ...": the expulsion (16) and the charge given as its reason (11) are two
acts of one pair (extract._trailing_charge). The parser often hangs the charge on "leave",
the order's own infinitive, not on "ordered"; the charge then looked like a second act of
the pair joined to nothing, and was dropped. A trailing -ing clause on an infinitive of the
deed (extract._infinitive_of) trails the deed itself. Kept: a charge the parser hangs on
the order, and a reason that charges no one ("citing security reasons"). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BAKU",
        "Azerbaijan on Friday ordered an Iranian consular official to leave the country within "
        "72 hours, accusing him of gathering information on oil terminals used by Turkish "
        "engineers, the Foreign Ministry said.",
        "AZE>IRN:16 AZE>IRN:11",
    ),
    (
        "RIGA",
        "Latvia ordered a Russian diplomat to quit the country within three days, accusing him "
        "of spreading propaganda.",
        "LVA>RUS:16 LVA>RUS:11",
    ),
    # kept: the charge hung on the order itself
    (
        "OSLO",
        "Norway on Friday ordered a Russian trade attache to leave the country within 72 hours, "
        "accusing him of recruiting informants at the port.",
        "NOR>RUS:16 NOR>RUS:11",
    ),
    # kept: a reason that charges no one adds no act
    (
        "DHAKA",
        "Bangladesh ordered a Burmese consul to leave the country, citing security reasons.",
        "BGD>MMR:16",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "VILNIUS",
        "Lithuania on Monday ordered a Belarusian consul to leave the country within 72 hours, "
        "accusing him of gathering information on army depots.",
        "LTU>BLR:16 LTU>BLR:11",
        "the accusation has no hit: 'him' finds no actor in 'a Belarusian consul' (only the "
        "demonym is a mention; 'consul' is no title of the office lists)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context54_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context54_trailing_charge(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
