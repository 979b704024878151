"""Vocabulary 162 (session 67, V2): a U.N. body renewing a rapporteur's mandate on a state.

Decision 1 of tests/gold/README.md "Conventions decided (session 67)": a U.N. body's mandate
for a rapporteur, commission or investigators on one state, created or renewed, is the UN ->
that state, roots 09 and 11, code 092 on human rights. v.renew_probe_mandate ("renewed /
extended / prolonged the mandate of its special rapporteur on Eritrea") codes 090, 092 for a
rapporteur's or a rights mandate; the state is the on-phrase under the mandate.

Near misses: a peacekeeping mission's or an envoy's mandate (no investigating word: no probe),
a state rejecting the mandate, negated, hypothetical, and the mandate as a topic.

Gaps: the state told deeper under the mandate than obj_sub reads ("the commission of inquiry
on Syria", three phrases down) or in a place phrase ("on human rights in Burundi": obj_sub
does not enter place phrases).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.renew_probe_mandate: the UN -> the state of the mandate (09)
CASES: list[Case] = [
    (
        "GENEVA",
        "The U.N. Human Rights Council on Friday renewed the mandate of its special "
        "rapporteur on Eritrea for another year.",
        "UN>ERI:09",
    ),
    (
        "GENEVA",
        "The U.N. Human Rights Council voted on Thursday to extend the mandate of the "
        "special rapporteur on Belarus.",
        "UN>BLR:09",
    ),
    (
        "GENEVA",
        "The U.N. Human Rights Council extended the mandate of its investigators on "
        "Venezuela by two years.",
        "UN>VEN:09",
    ),
    (
        "GENEVA",
        "The U.N. Human Rights Council prolonged the inquiry's mandate on Myanmar.",
        "UN>MMR:09",
    ),
]
# ... not a mission's or envoy's mandate, a state's rejection, negated, hypothetical, a topic
NONE: list[NearMiss] = [
    (
        "NEW YORK",
        "The U.N. Security Council renewed the mandate of its peacekeeping mission in South Sudan.",
    ),
    ("BRUSSELS", "The European Union extended the mandate of its special envoy to the Sahel."),
    ("ASMARA", "Eritrea rejected the mandate of the special rapporteur on Eritrea on Friday."),
    (
        "GENEVA",
        "The U.N. Human Rights Council did not renew the mandate of the special "
        "rapporteur on Burundi.",
    ),
    (
        "GENEVA",
        "The U.N. Human Rights Council may renew the mandate of the special rapporteur "
        "on Cambodia next year.",
    ),
    (
        "GENEVA",
        "Activists discussed the mandate of the special rapporteur on Iran at a forum in Geneva.",
    ),
]
GAPS: list[Gap] = [
    (
        "GENEVA",
        "The U.N. Human Rights Council renewed the mandate of the commission of inquiry on Syria.",
        "UN>SYR:09",
        "the state is three phrases under the mandate, past obj_sub's depth",
    ),
    (
        "GENEVA",
        "The U.N. Human Rights Council renewed the mandate of the special rapporteur on "
        "human rights in Burundi.",
        "UN>BDI:09",
        "obj_sub does not enter the place phrase",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary162_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary162_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
