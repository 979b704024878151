"""Clauses 52 (session 44, prober P1): clause forms of conflict stories that a probe of new
wire-style articles found aimed at the wrong party.

- a warning whose content clause has an assault as its subject: the one struck ("any attack on
  Taiwan", "an armed attack on its vessels", "a blockade of Cuba") is no one warned; a doer
  the clause names ("China's attacks on ...", "by Iraq") still is (rules assault_nouns,
  assault_preps; clauses._dealing_partners, read by ccomp_actor);
- a with-phrase of a conjunct verb that has its own object ("stepped up surveillance and was
  sharing information with Japan") is no phrase of the first verb's (clauses._own_act, in
  _under): sharing codes, the stepped-up surveillance aims at no one;
- a charge told in a relative clause on the accused ("four firms it accuses of supplying drones
  to Russia"): the supply is only alleged, as with "accused Iran of supplying drones to Russia"
  (sides._charge_host reads the relative gap as the accused).
Near misses: an assault whose doer is named, verbs sharing one object, a supply told as fact.

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the one struck by an assault with no doer is no one warned
    ("CANBERRA", "Australia warned that any attack on Nauru would be met with force.", ""),
    (
        "MANILA",
        "Washington warned on Sunday that an armed assault on Philippine vessels would invoke its"
        " treaty obligations.",
        "",
    ),
    ("HAVANA", "Mexico warned that a naval blockade of Cuba would be a grave error.", ""),
    # a doer named still is
    (
        "HANOI",
        "Vietnam warned that Chinese raids on its fishing boats could wreck the talks.",
        "VNM>CHN:13",
    ),
    (
        "ANKARA",
        "Turkey warned that an invasion of Syria by Iraq would be a grave mistake.",
        "TUR>IRQ:13",
    ),
    # a conjunct's own with-phrase
    (
        "TOKYO",
        "Japan's defense ministry said it had stepped up air patrols and was sharing radar data"
        " with South Korea and Australia.",
        "JPN>KOR:06 JPN>AUS:06",
    ),
    # a supply charged in a relative clause is only alleged
    (
        "BRUSSELS",
        "The EU blacklisted three firms it accuses of shipping weapons parts to Russia.",
        "",
    ),
    (
        "LONDON",
        "Britain sanctioned two Iranian companies it accuses of selling drone engines to Russia.",
        "GBR>IRN:16",
    ),
    # a supply told as fact still codes
    (
        "BRUSSELS",
        "The EU said Iran had supplied drones to Russia last year.",
        "IRN>RUS:07",
    ),
]

NONE: list[NearMiss] = [
    ("CANBERRA", "Australia said an attack on Nauru had been avoided."),
    ("OTTAWA", "Canada's navy stepped up patrols off its Arctic coast on Monday."),
]

GAPS: list[Gap] = [
    (
        "HELSINKI",
        "Finland stepped up patrols and closed two crossings on its border with Russia.",
        "FIN>RUS:16 FIN>RUS:15",
        "a place phrase of a conjunct with its own object ('closed two crossings on its border"
        " with Russia') may be where both acts happen; the first verb no longer reads it",
    ),
    (
        "BRUSSELS",
        "The EU froze the assets of three firms it accuses of shipping weapons parts to Russia.",
        "",
        "an asset freeze reads the to-phrase of the charge in the relative clause on the owners"
        " as its target (EU>RUS 16)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses52_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses52_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
