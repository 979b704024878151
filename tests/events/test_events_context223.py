"""Context 223 (session 70, CX70): a thanks or praise of "its neighbours" (rules helper_nouns)
is aimed, as one of "the donors" is, at the
states whose help to the thanker was told before (`sides._givers_named`,
`reactions._thanked_givers`); "its neighbours" (neighbour_nouns) only at helpers near the
thanker (`plurals.nearby_states`: on its continent or bordering it). Help is a gift (gift_codes) or, for givers and helpers alike, an
intent of material help (031) or material cooperation (06: "sent police to restore order").

v.praise had no context look-up for such a group noun: "thanked its neighbours" coded nothing
(a plain `no-target`).

Near misses: a third party's aid to another state named last; a domestic partner ("its
coalition partners", "its business partners"); help only spoken of to the thanker ("told East
Timor that Canberra stood ready to help"); no help told at all; a criticism of the neighbours
(no praise). Strict gaps: "the country's partners", "the country's allies", "its friends" ("partners",
"allies" and "friends" are left out: set 51's "We also thank our partners for their discreet
help" names helpers the story never tells).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HONIARA",
        "Australia and New Zealand sent police to Solomon Islands after riots. Solomon "
        "Islands' government thanked its neighbours for their help.",
        "AUS>SLB:06 NZL>SLB:06 SLB>AUS:05 SLB>NZL:05",
    ),
    # "its neighbours" are helpers near the thanker (plurals.nearby_states): China's offer is
    # help from afar
    (
        "HONIARA",
        "Australia and New Zealand sent police to Solomon Islands after riots. China said it "
        "was ready to provide any assistance Solomon Islands requires. Solomon Islands' "
        "government thanked its neighbours for their help.",
        "AUS>SLB:06 NZL>SLB:06 CHN>SLB:03 SLB>AUS:05 SLB>NZL:05",
    ),
    # a third party's aid to another state, named last, is not the thanker's help
    (
        "SUVA",
        "Australia sent 40 police officers to Fiji after the riots. Japan gave Tonga 5 million "
        "dollars in flood aid. Fiji's prime minister thanked his neighbours on Friday.",
        "AUS>FJI:06 JPN>TON:07 FJI>AUS:05",
    ),
]
NONE_AFTER: list[Case] = [
    (
        "SUVA",
        "Japan gave Laos 5 million dollars in aid. Fiji's prime minister thanked its "
        "neighbours.",
        "JPN>LAO:07",
    ),
    (
        "SUVA",
        "Australia sent 40 police officers to Fiji. Fiji's prime minister thanked his "
        "coalition partners for their support.",
        "AUS>FJI:06",
    ),
    (
        "DILI",
        "Indonesia sent a medical team to East Timor. East Timor's president thanked its "
        "business partners.",
        "IDN>TLS:07",
    ),
    (
        "SUVA",
        "Australia sent 40 police officers to Fiji. Fiji's prime minister criticized its "
        "neighbours.",
        "AUS>FJI:06",
    ),
]
NONE: list[NearMiss] = [
    ("SUVA", "Fiji's prime minister thanked his neighbours on Friday."),
    (
        "DILI",
        "Australia's foreign minister told East Timor that Canberra stood ready to help. East "
        "Timor's president thanked its neighbours.",
    ),
]
GAPS: list[Gap] = [
    (
        "DILI",
        "Indonesia and Australia sent medical teams to East Timor after the earthquake. East "
        "Timor's president praised the country's allies.",
        "IDN>TLS:07 AUS>TLS:07 TLS>IDN:05 TLS>AUS:05",
        "allies are left out of helper_nouns (who they are is not always told)",
    ),
    (
        "DILI",
        "Indonesia said it would send a medical team to East Timor. East Timor's president "
        "thanked its friends in a speech on Sunday.",
        "IDN>TLS:03 TLS>IDN:05",
        "friends are left out of helper_nouns (who they are is not always told)",
    ),
    (
        "SUVA",
        "Australia said it would send 40 police officers to Fiji. New Zealand pledged 2 million "
        "dollars in aid to Fiji. Fiji's prime minister thanked the country's partners on "
        "Friday.",
        "AUS>FJI:03 NZL>FJI:03 FJI>AUS:05 FJI>NZL:05",
        "partners are left out of helper_nouns (set 51: \"our partners\" the story never "
        "names)",
    ),
]

ALL: list[Case] = CASES + NONE_AFTER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(ALL, NONE, GAPS)


def test_events_context223_bodies_are_unique() -> None:
    bodies = audit_bodies(ALL, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(ALL, NONE, GAPS, strict=True)
)
def test_events_context223_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
