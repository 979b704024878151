"""Two words of acts between states (session 30, S35): a term prolonged, a state outlet's
reporters shut out.

"Peru and Chile agreed to extend the contract by ten years", "agreed to extend the
ceasefire": a term the parties prolong between them is settled like one resumed or renewed
(v.agree_extend, 057 both ways, as v.agree_resume), not money or help extended ("agreed to
extend a loan to Ecuador" stays aid, v.provide_aid), nor a joint activity prolonged (03, as
test_events_vocabulary34 keeps it). "Serbia suspended the accreditation of two correspondents
of the Croatian state channel": a state's outlet shut out through its reporters' passes is
the administrative sanction its licence taken is (v.revoke_media_accreditation, 172), for
an outlet told as the state's ("state", "state-run", "official"); a private outlet ("a Greek
broadcaster", as test_events_vocabulary12 keeps "a German broadcaster") and the press of no
outlet ("two BBC journalists") stay no act (v.revoke_accreditation leaves the press). Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peru and Chile agreed on Tuesday to extend the port contract by ten years.",
        "PER>CHL:05 CHL>PER:05",
    ),
    (
        "QUITO",
        "Ecuador and Colombia agreed to extend the ceasefire along their border.",
        "ECU>COL:05 COL>ECU:05",
    ),
    (
        "ASUNCION",
        "Paraguay and Uruguay agreed to prolong their river transit agreement until 2030.",
        "PRY>URY:05 URY>PRY:05",
    ),
    # kept: money or help extended is aid
    ("LIMA", "The IMF agreed to extend a $2 billion loan to Ecuador.", "IMF>ECU:03"),
    ("BRASILIA", "Brazil agreed to extend its support to Bolivia.", "BRA>BOL:03"),
    # a state outlet's reporters shut out
    (
        "BELGRADE",
        "Serbia's Information Ministry said it had suspended the accreditation of two "
        "correspondents of the Croatian state channel in Belgrade.",
        "SRB>HRV:17",
    ),
    (
        "SKOPJE",
        "North Macedonia revoked the accreditation of two correspondents of Bulgarian state "
        "television.",
        "MKD>BGR:17",
    ),
]

CASES.append(
    (
        "MOSCOW",
        "Russia withdrew the accreditation of two correspondents of the official Chinese news "
        "agency.",
        "RUS>CHN:17",
    )
)

NONE: list[NearMiss] = [
    ("BELGRADE", "Serbia suspended the accreditation of two BBC journalists."),
    ("TIRANA", "Albania withdrew the accreditation of a Greek broadcaster."),
    ("SKOPJE", "North Macedonia suspended the accreditation of two Greek journalists."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary40_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary40_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
