"""Context 139 (session 59, G59): the wrong party of a right act, by an office or a misparse.

An embassy's concern is about a deed, not about its host: "A Chinese ship fired a water
cannon at a Vietnamese boat. South Korea's embassy in Hanoi expressed concern" was aimed at
Vietnam, since every 11 act of an office abroad naming no one went to the state the office
sits in (rules office_host_codes, sides._office_hosts). Only a protest lodged (114) is
addressed to the host that way; a concern or a criticism of an office now finds its deed
as any other reaction does (the host still, when the deed is the host's own).

"The ministry declared X, a first secretary at the Serbian embassy, persona non grata and
gave him 72 hours to leave": the parser reads "persona" as a clause verb with the diplomat
for its subject, and "gave" as its conjunct, so the diplomat's state gave its own envoy the
hours, aimed at the expelling state. A verb joined to such a predicate (rules
predicates_read_as_verbs) joins the verb it completes (context._predicate_conjuncts).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# rules office_host_codes: an office's concern finds the deed's doer
OFFICE_CONCERN: list[Case] = [
    (
        "HANOI",
        "A Chinese coast guard ship fired a water cannon at a Vietnamese fishing boat on Monday. "
        'South Korea\'s embassy in Hanoi expressed "serious concern."',
        "CHN>VNM:17 KOR>CHN:11",
    ),
    (
        "MANILA",
        "A Chinese navy ship rammed a Philippine supply boat near a disputed shoal on Tuesday. "
        "Canada's embassy in Manila voiced deep concern.",
        "CHN>PHL:19 CAN>CHN:11",
    ),
]
# ... the host's own deed is still the host's; a protest lodged is still the host's
OFFICE_CONCERN_HOST: list[Case] = [
    (
        "JAKARTA",
        "Indonesian police detained 40 Malaysian fishermen on Monday. Malaysia's embassy in "
        "Jakarta expressed concern over the arrests.",
        "IDN>MYS:17 MYS>IDN:11",
    ),
    (
        "NAIROBI",
        "Kenyan police arrested three Ugandan opposition activists in Nairobi on Monday. "
        "Uganda's embassy in Nairobi criticized the arrests.",
        "KEN>UGA:17 UGA>KEN:11",
    ),
    ("BUENOS AIRES", "China's embassy in Buenos Aires lodged a formal protest on Friday.", "CHN>ARG:11"),
]

# context._predicate_conjuncts: the expeller gives the hours
PERSONA_CONJUNCT: list[Case] = [
    (
        "ZAGREB",
        "The Foreign Ministry in Zagreb declared Ivan Petrovic, a first secretary at the Serbian "
        "embassy, persona non grata and gave him 72 hours to leave the country.",
        "HRV>SRB:16",
    ),
    (
        "ZAGREB",
        "Croatia expelled a Serbian diplomat on Monday, and Serbia promised a response. The "
        "Foreign Ministry in Zagreb declared Ivan Petrovic, a first secretary at the Serbian "
        "embassy, persona non grata and gave him three days to leave the country.",
        "HRV>SRB:16 SRB>HRV:13 HRV>SRB:16",
    ),
]
# ... a conjunct with its own subject keeps it
PERSONA_CONJUNCT_NOT: list[Case] = [
    (
        "RIGA",
        "Latvia declared a Belarusian diplomat persona non grata on Monday, and Belarus vowed to "
        "respond.",
        "LVA>BLR:16 BLR>LVA:13",
    ),
]

CASES: list[Case] = OFFICE_CONCERN + OFFICE_CONCERN_HOST + PERSONA_CONJUNCT + PERSONA_CONJUNCT_NOT
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context139_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context139_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
