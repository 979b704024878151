"""Review 52 (session 26, lead): a closed border is a cut in relations; a trip inside the
host state is no new visit.

- A state's own border, crossing, airspace or ports closed to another state is coded 163 (root
  16, reduce relations: an embargo on its traffic), not 191: every gold set lists root 16 for
  such closures and a third of them 16 alone (sets 1-3, 24, 26 and blind 9), while 19 comes
  with 16 where listed. A sea passage others sail (a strait, a canal) barred to them still
  restricts movement (191, v.close_waterway and refinements). A closed border with no side
  named is closed on the counterpart, as before (sides._context_kind, _shared_border).
- "was due to travel from Riyadh to Medina" on a visit to Saudi Arabia is a leg of that visit,
  not a new one (extract._inland_leg: a place-target trip whose from-phrase names a place of
  the same state).
Rows are (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

CLOSURES: list[Case] = [
    ("KINSHASA", "Congo closed its main border crossing with Zambia on Tuesday.", "COD>ZMB:16"),
    (
        "BAMAKO",
        "Mali accused Mauritania of harboring rebels. Mauritania closed the border on Monday.",
        "MLI>MRT:11 MRT>MLI:16",
    ),
    ("WARSAW", "Poland blocked border crossings with Belarus on Sunday.", "POL>BLR:16"),
    (
        "VILNIUS",
        "Lithuania extended the closure of its airspace to Belarusian airlines.",
        "LTU>BLR:16",
    ),
    (
        "HELSINKI",
        # its own airspace closed to no one named: no counterpart (as before)
        "Russia expelled two Finnish diplomats. Finland closed its airspace on Monday.",
        "RUS>FIN:16",
    ),
    ("ANKARA", "Turkey closed the Bosporus to Russian warships.", "TUR>RUS:19"),
    ("CAIRO", "Egypt ordered the closure of the Suez Canal to Israeli ships.", "EGY>ISR:19"),
    ("LONDON", "Britain imposed an asset freeze on three Russian officials.", "GBR>RUS:16"),
]
TRIPS: list[Case] = [
    (
        "RIYADH",
        "Pakistan's prime minister arrived in Riyadh on Monday. He was due to travel from "
        "Riyadh to Medina on Tuesday.",
        "PAK>SAU:04",
    ),
    ("NAIROBI", "Kenya's president flew from Nairobi to Addis Ababa on Monday.", "KEN>ETH:04"),
    ("NEW DELHI", "India's foreign minister traveled from Moscow to Beijing on Friday.", "IND>CHN:04"),
]
NONE: list[NearMiss] = [
    ("ABUJA", "Nigeria closed its schools on Monday because of the floods."),
]
CASES = CLOSURES + TRIPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review52_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review52_closures_and_trips(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
