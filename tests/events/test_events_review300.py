"""Review 300 (session 64, C64): a friendly condition holds out a reward, not a threat.

Session 63's H63 left a known limit: a threat pattern read an if-clause's actor as the one
threatened whatever the condition was ("would draw conclusions if Madrid agreed to lift the
quotas": 13 at Spain), and so did the vague vows (v.take_countermeasures,
v.consider_countermeasures, v.take_steps_against's "ultimatum" guess). Decision 2 of
tests/gold/README.md "Conventions decided (session 63)" makes an act announced on a condition
a threat when the condition is laid on the other state as a demand. Now a pattern of a threat
(its code or future code 13) is dropped when the act is promised on an if-clause that holds a
friendly step (rules friendly_condition_words: agree, lift, reopen, talks ...), with no
denial or turn in it (negations, rules condition_turns: "did not lift", "refused to lift",
"kept the quotas") and naming no third state ("if the EU agreed to admit Kosovo" is no step
toward Serbia) (clauses._friendly_condition). A warning or a threat verb over the act
(warning_verbs) still threatens, whatever the condition (extract._under_warning).

Near misses (they stay threats): the step denied or refused, an unless-clause (what is
demanded), a third state named, a warning.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a vague act promised on the other side's friendly step: no threat
CASES: list[Case] = [
    (
        "ROME",
        "Italy urged Spain to lift its quotas on olive oil. The minister said Rome would take "
        "further steps if Madrid agreed to lift the quotas.",
        "ITA>ESP:02",
    ),
    (
        "ROME",
        "Italy urged Spain to lift its quotas on olive oil. The minister said Rome would draw "
        "the appropriate conclusions if Madrid agreed to lift the quotas.",
        "ITA>ESP:02",
    ),
    (
        "WARSAW",
        "Poland urged Belarus to free two Polish journalists. Poland's foreign minister said "
        "Warsaw would consider appropriate measures if Minsk agreed to talks on their case.",
        "POL>BLR:02",
    ),
    # ... but a step denied, refused or kept from, what an unless-clause demands, a third
    # state named or a warning still threaten
    (
        "PARIS",
        "Spain imposed quotas on French wine in May. France's trade minister said Paris would "
        "draw conclusions if Madrid did not lift the quotas.",
        "FRA>ESP:13",
    ),
    (
        "LISBON",
        "Spain imposed quotas on Portuguese wine in May. Portugal's trade minister said Lisbon "
        "would draw conclusions if Madrid refused to lift the quotas.",
        "PRT>ESP:13",
    ),
    (
        "ATHENS",
        "Turkey imposed quotas on Greek cotton in May. Greece's trade minister said Athens "
        "would take appropriate measures unless Ankara lifted the quotas.",
        "GRC>TUR:13",
    ),
    (
        "BELGRADE",
        "Serbia's president said Belgrade would draw conclusions if the European Union agreed "
        "to admit Kosovo.",
        "SRB>EU:13",
    ),
    (
        "VIENNA",
        "Hungary imposed quotas on Austrian timber in May. Austria's trade minister warned of "
        "countermeasures if Budapest agreed to talks.",
        "AUT>HUN:13",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review300_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review300_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
