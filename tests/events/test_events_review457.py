"""Review 457 (session 68, P68): readiness to penalise under a condition aims at its party.

"Britain, France and Germany said they were ready to trigger the return of U.N. sanctions if
Iran did not reverse course": v.ready_to_work (threat refined, 1312) found no party in its
slots, and the clause fallback took the one actor its clause names, the UN of "U.N.
sanctions". Readiness to penalise (v.ready_to_punish_if: sanctions, tariffs, an embargo) with
no party in the act is aimed at the one whose deed it waits on, as v.threaten_if reads
"threatened to stop the talks if ..." (cond_subj; the parser hangs the condition of "was
ready" on the copula). A penalty named by its maker ("U.N. sanctions", "EU sanctions") is no
target of an infinitive's slot (xcomp_args); its own phrases still are.

Near misses: a penalty undone ("ready to lift its tariffs if Washington lifted its own") is a
reward, no threat: since the merge with I68's condition party on v.ready_to_work it is an
offer to ease (0354) to the condition's party; an offer to help or send "if asked" is v.ready_to_work's,
aimed at the asker (review458 keeps "air force helicopters" an offer and a "both" pair
unnamed); a party named in the act keeps it.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # readiness to punish, the party only in the condition
    (
        "LONDON",
        "Britain, France and Germany said they were ready to trigger the return of U.N. "
        "sanctions if Iran did not reverse course.",
        "GBR>IRN:13 FRA>IRN:13 DEU>IRN:13",
    ),
    (
        "LONDON",
        "Britain said it was ready to reimpose U.N. sanctions if Iran did not reverse course.",
        "GBR>IRN:13",
    ),
    (
        "PARIS",
        "France said it was prepared to impose sanctions if Mali's junta delayed the vote again.",
        "FRA>MLI:13",
    ),
    (
        "BRUSSELS",
        "The EU threatened to reimpose EU sanctions if Minsk did not free the prisoners.",
        "EU>BLR:13",
    ),
    # ... a party named in the act keeps it
    (
        "SEOUL",
        "South Korea said it was ready to help North Korea if Pyongyang asked.",
        "KOR>PRK:03",
    ),
    (
        "WASHINGTON",
        "The United States threatened to impose U.S. tariffs on Mexico.",
        "USA>MEX:13",
    ),
    # a penalty undone is a reward offered to the condition's party
    (
        "OTTAWA",
        "Canada said it was ready to lift its tariffs if Washington lifted its own.",
        "CAN>USA:03",
    ),
    (
        "BRUSSELS",
        "The EU said it was ready to ease sanctions if Minsk freed the prisoners.",
        "EU>BLR:03",
    ),
    # an offer on request, or on the other party's deed: aimed at that party
    (
        "PRETORIA",
        "South Africa said it was ready to send air force helicopters if Antananarivo asked "
        "for them.",
        "ZAF>MDG:03",
    ),
    (
        "ANKARA",
        "Turkey said it was ready to resume talks if Greece withdrew its ships.",
        "TUR>GRC:03",
    ),
]
NONE: list[NearMiss] = [
    # a condition on no party's deed names no one
    ("OSLO", "Norway said it was ready to send more aid if the drought worsened."),
]
GAPS: list[Gap] = [
    (
        "LONDON",
        "Britain said it was ready to reimpose U.N. sanctions on Iran.",
        "GBR>IRN:13",
        "the on-phrase of a readiness's infinitive is no slot of v.ready_to_work",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review457_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review457_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
