"""Context 87 (session 44, S62; from b/CTX7): a plural reaction that points back to several
acts named before.

- A plural "the agreements" sums up every deal the sentence of its nearest use tells, not that
  use only ("A and B signed a rail agreement, and A and C a power agreement. D welcomed the
  agreements": C too; events/coordination.py _sentence_deals); a deal told as background or
  as a kind ("a similar agreement ... in 2024") is passed over.
- "X's foreign ministry said Foreign Minister Y had spoken with his Togolese and Beninese
  counterparts" under a Lome dateline: the first adjective of a list before "counterparts"
  names a counterpart too (actors/resolve.py _counterpart_span), so Y, whose counterpart is
  of the dateline's state, is not that state's and the reporting ministry gives his state, as
  it already did for one counterpart.
- A deal "signed by the two countries' trade ministers, A of X and B of Y" was made by the
  pair the plural owner names, whatever the apposition gives when the parser splits its
  names (events/coordination.py _pair_owners), so a later welcome of "the deal" goes to both.
Near misses: a dated deal beside the news; counterparts of two states neither of which is the
dateline's; a deal signed by one state's minister.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HANOI",
        "Vietnam and Laos signed a rail agreement on Monday, and Vietnam and Cambodia signed a"
        " power agreement. Thailand's foreign ministry welcomed the agreements.",
        "VNM>LAO:05 LAO>VNM:05 VNM>KHM:05 KHM>VNM:05 THA>VNM:05 THA>LAO:05 THA>KHM:05",
    ),
    # near miss told with its own events: a dated deal of the same kind adds no welcome
    (
        "HANOI",
        "Vietnam signed a rail agreement with Laos on Monday, a year after China signed a"
        " similar agreement with Cambodia in 2024. Thailand's foreign ministry welcomed the"
        " agreements.",
        "VNM>LAO:05 CHN>KHM:05 THA>VNM:05 THA>LAO:05",
    ),
    (
        "LOME",
        "Togo closed its border with Benin on Monday. Ghana offered to mediate, and its foreign"
        " ministry said Foreign Minister Kofi Mensah had spoken by phone with his Togolese and"
        " Beninese counterparts.",
        "TGO>BEN:16 GHA>TGO:03 GHA>BEN:03 GHA>TGO:04 GHA>BEN:04",
    ),
    (
        "HARARE",
        "Zimbabwe and Zambia traded accusations over the dam on Tuesday. Botswana's foreign"
        " ministry said Foreign Minister Lesego Kgosi had spoken by phone with her Zimbabwean and"
        " Zambian counterparts.",
        "ZWE>ZMB:11 ZMB>ZWE:11 BWA>ZWE:04 BWA>ZMB:04",
    ),
    # near miss told with its own events: the dateline's state is no counterpart, so the
    # official stays its own
    (
        "HARARE",
        "Zimbabwe and Zambia traded accusations over the dam on Tuesday. Foreign Minister Tendai"
        " Moyo said he had spoken by phone with his Zambian and Malawian counterparts.",
        "ZWE>ZMB:11 ZMB>ZWE:11 ZWE>ZMB:04 ZWE>MWI:04",
    ),
    (
        "LIMA",
        "Peru will let Bolivian trucks use the port of Ilo under a deal with Bolivia, officials"
        " said on Monday. The deal was signed in Lima by the two countries' trade ministers, Ana"
        " Soto of Peru and Hugo Choque of Bolivia. Ecuador's foreign ministry welcomed the deal.",
        "PER>BOL:03|06|08 PER>BOL:05 ECU>PER:05 ECU>BOL:05",
    ),
    (
        "DAKAR",
        "Senegal will sell gas to Mauritania under a deal, officials said. The deal was signed in"
        " Dakar by the two countries' oil ministers, Awa Ndiaye of Senegal and Sidi Ould Mbareck"
        " of Mauritania. Mali's government welcomed the deal.",
        "SEN>MRT:06 SEN>MRT:05 MRT>SEN:05 MLI>SEN:05 MLI>MRT:05",
    ),
    # near miss told with its own events: one state's minister signed, the welcome is its
    (
        "ASUNCION",
        "Paraguay will buy electricity from Brazil under a new accord, officials said on Friday."
        " The accord was signed in Asuncion by Paraguay's energy minister, Carlos Benitez."
        " Uruguay's government welcomed the accord.",
        "PRY>BRA:06 URY>PRY:05",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context87_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context87_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
