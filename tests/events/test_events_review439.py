"""Review 439 (session 68, I68): readiness to act told with its party elsewhere.

"His Turkish counterpart said Ankara was ready to resume talks", "said Kyiv was ready to carry
out an all-for-all exchange": a readiness (v.ready_to_work) whose clause names no party coded
nothing, where "Ankara pledged to resume talks" is aimed at the source's counterpart. The
adjective trigger is no verb of its own, so the check that the act is the sentence's news
(sides._told) failed on it; it is now told by its copula (sides._trigger_told), in the
counterpart's fit and in its finder alike. And an offer made on the other party's consent or
request names that party in its condition: "ready to send a larger team tomorrow if Iran
agrees" (cond_subj).

Near misses: a readiness with no counterpart in the story; a condition naming no actor.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the counterpart of the story
    (
        "ATHENS",
        "Greece and Turkey signed a migration deal on Monday. Turkey's foreign minister said "
        "Ankara was ready to resume talks on the continental shelf.",
        "GRC>TUR:05 TUR>GRC:05 TUR>GRC:03",
    ),
    (
        "KYIV",
        "Russia and Ukraine swapped 200 prisoners on Friday. Ukraine's foreign minister said Kyiv "
        "was ready to carry out an all-for-all exchange at any time.",
        "RUS>UKR:08 UKR>RUS:08 UKR>RUS:03",
    ),
    (
        "PARIS",
        "Britain asked France to take back migrants. Paris said it was willing to discuss returns "
        "at the European level.",
        "GBR>FRA:02 FRA>GBR:03",
    ),
    (
        "HANOI",
        "Japan's foreign minister arrived in Hanoi on Monday for talks on flood recovery. He said "
        "Tokyo stood ready to help.",
        "JPN>VNM:04 JPN>VNM:03",
    ),
    # the party whose consent or request the offer waits on
    (
        "VIENNA",
        "The IAEA demanded full access to Iran's Natanz site. Its director said the agency was "
        "ready to send a larger team tomorrow if Iran agrees.",
        "IAEA>IRN:10 IAEA>IRN:03",
    ),
    (
        "CAIRO",
        "Egypt said it was willing to send medical teams to hospitals in Port Sudan if Khartoum "
        "requested them.",
        "EGY>SDN:03",
    ),
]
NONE: list[NearMiss] = [
    ("SEOUL", "Seoul is ready to help, a spokesman said."),
    ("MOSCOW", "Russia is ready to resume talks if the West lifts sanctions, the Kremlin said."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review439_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review439_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
