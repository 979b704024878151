"""Context 50 (session 30, helper S32): a that-clause joined to an infinitive's clause does not
share the infinitive's intent.

"said the consortium expected to restore pumping and that Astana was talking to Azerbaijan"
coded an intent to meet (036): the parser hangs the second that-clause on the infinitive
("restore"), and the climb from it reached "expected", an intent governor. A that-clause is
joined to a clause, not to an infinitive: the climb now goes on from the verb the infinitive
belongs to (context._infinitive_host), so the talks are told as held (040). An infinitive
joined with "and to" still shares the intent, and a clause's own modal is kept.

"Austin condemned Russia's recent barrage of missiles and drones targeting Ukraine": the
parser may hang the participle on "condemned" (xcomp), and its subject did the attack. A
participle after the verb's object is the object's act (clauses._subject_tokens), unless the
object is a time ("spent weeks negotiating with Turkey"). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "QUITO",
        "The minister said the company expected to restore full output within a week and that "
        "Ecuador was talking to Peru about more gas.",
        "ECU>PER:04",
    ),
    (
        "LUSAKA",
        "The minister said the mine expected to resume exports in May and that Zambia was "
        "talking with Congo about the border post.",
        "ZMB>COD:04",
    ),
    # kept: a done act after the first clause, the clause's own "would", a joined infinitive
    (
        "ACCRA",
        "The minister said the refinery hoped to reopen next month and that Ghana had signed a "
        "supply deal with Nigeria.",
        "GHA>NGA:05",
    ),
    (
        "RIGA",
        "The minister said the port planned to expand its berths and that Latvia would meet "
        "Estonian officials next week.",
        "LVA>EST:04",
    ),
    (
        "ABUJA",
        "The minister said Ghana hoped to reopen the refinery and to sign a supply deal with "
        "Nigeria.",
        "GHA>NGA:03",
    ),
]

# a participle after the object is the object's act, after a time the subject's
CASES += [
    (
        "WASHINGTON",
        "During his call with Umerov, Rubio condemned Russia’s recent barrage of missiles and "
        "drones targeting Ukraine’s power plants.",
        "USA>RUS:11 RUS>UKR:19 USA>UKR:04",
    ),
    ("ATHENS", "Greece spent weeks negotiating with Turkey over the islands.", "GRC>TUR:04"),
]

# a second that-clause under a denial is denied as the first one
NONE: list[NearMiss] = [
    (
        "HANOI",
        "Vietnam's army denied that it planned to mass troops on the border and that it had "
        "shelled Cambodian villages.",
    ),
]

GAPS: list[Gap] = [
    (
        "WASHINGTON",
        "Hegseth condemned Iran's recent barrage of missiles and drones targeting Israel.",
        "USA>IRN:11 IRN>ISR:19",
        "after a one-line dateline the parser reads the participle as an adverbial clause "
        "(advcl) of 'condemned', whose subject an aside keeps; only its xcomp reading is "
        "given to the object",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context50_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context50_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
