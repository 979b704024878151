"""One's own envoy called in or home (session 29, ROOT4): a recall (161) of the host, no summons.

"Peru summoned its own ambassador to Chile", "its ambassador in Bogota": the envoy called in is
the summoner's own (its, its own, the summoner's name as owner), so he is called home from the
state he sits in, a reduction of relations with it (extract._own_envoy turns v.summon down and
v.recall_envoy codes 161 to the host). A demand told as the purpose of that recall, or of any
recall, with no target of its own is made to the host and kept beside it (rules
demand_host_verbs, extract._purpose_demand). "Called its ambassador home", "brought home its
envoy" are recalls too (v.call_home_envoy). Kept: a summons of another's envoy ("summoned
Chile's ambassador", "the Chinese envoy in Manila") stays 114; citizens brought home are no
recall; a demand naming its own target keeps it. Each row is (dateline, body, expected events
of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MONTEVIDEO",
        "Uruguay summoned its own ambassador to Paraguay to demand an explanation.",
        "URY>PRY:16 URY>PRY:10",
    ),
    ("QUITO", "Ecuador summoned its ambassador in Bogota for consultations.", "ECU>COL:16"),
    ("HANOI", "Vietnam summoned its envoy to Laos on Tuesday.", "VNM>LAO:16"),
    (
        "BERN",
        "Switzerland summoned Switzerland's ambassador to Austria for talks.",
        "CHE>AUT:16",
    ),
    (
        "RIGA",
        "Latvia recalled its ambassador to Belarus to demand the release of the journalists.",
        "LVA>BLR:16 LVA>BLR:10",
    ),
    ("ACCRA", "Ghana called its ambassador to Togo home for consultations.", "GHA>TGO:16"),
    ("YAOUNDE", "Cameroon brought home its ambassador from Gabon.", "CMR>GAB:16"),
    (
        "HELSINKI",
        "Estonia detained two Finnish sailors. Finland summoned its ambassador in Tallinn.",
        "EST>FIN:17 FIN>EST:16",
    ),
    # near-misses: another's envoy is summoned; people brought home are no envoy
    (
        "LA PAZ",
        "Bolivia summoned Brazil's ambassador to demand an explanation.",
        "BOL>BRA:11 BOL>BRA:10",
    ),
    ("TUNIS", "Tunisia summoned the Algerian ambassador on Monday.", "TUN>DZA:11"),
    (
        "MANILA",
        "The Philippines summoned the Vietnamese envoy in Manila over the collision.",
        "PHL>VNM:11",
    ),
    (
        "OSLO",
        "Norway recalled its envoy to demand an explanation from Iceland.",
        "NOR>ISL:10",
    ),
]

NONE: list[NearMiss] = [("NIAMEY", "Niger brought home 40 citizens from Benin.")]
GAPS: list[Gap] = [
    (
        "LUSAKA",
        "Zambia called home its ambassador to Malawi after the border incident.",
        "ZMB>MWI:16",
        "the parser reads the envoy after 'called home' as a predicate (oprd), which no "
        "light-verb pattern takes as its object",
    ),
    (
        "BERN",
        "Switzerland summoned Switzerland's ambassador to Austria to demand an apology.",
        "CHE>AUT:16 CHE>AUT:10",
        "the envoy named with his own state as owner gives the purpose demand no single "
        "state (_purpose_host_targets reads both owner and host)",
    ),
    (
        "OSLO",
        "Norway recalled its ambassador to demand an explanation from Denmark.",
        "NOR>DNK:16 NOR>DNK:10",
        "a recall naming no host is not given the state its purpose demand names",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots30_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots30_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
