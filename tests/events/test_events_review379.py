"""Review 379 (session 66, X66): "The Turkish president called Germany's chancellor on Sunday".

With no verb at the sentence's root, the parser reads "The Turkish president called Germany's
chancellor" as a noun with a naming modifier ("the president [who is] called Germany's
chancellor"). context._called_names undid that reading only for a bare name ("the president
called Lula on Monday"); a state's title with its owner named (the title noun with only its
possessor and adjectives) can be no name given either (context._name_or_owned_title), so the
call is coded.

Near misses: a naming with an object ("called Germany's decision a mistake": a judgement); a
naming in a passive participle ("called Europe's strongman by critics").

Every sentence was written for this file (X66's battery). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("ANKARA", "The Turkish president called Germany's chancellor on Sunday.", "TUR>DEU:04"),
    ("MADRID", "The Spanish foreign minister called Morocco's prime minister on Tuesday.", "ESP>MAR:04"),
    (
        "ANKARA",
        "The Turkish president called Spain's prime minister on Sunday and discussed trade.",
        "TUR>ESP:04",
    ),
    # ... a naming with an object stays one, and so does a judgement the parser runs into one
    # phrase with its owner ("Spain's plan constructive": no title)
    ("ANKARA", "The Turkish president called Germany's decision a mistake.", "TUR>DEU:11"),
    ("ROME", "The Italian premier called Spain's plan constructive.", "ITA>ESP:05"),
]
NONE: list[NearMiss] = [
    ("ANKARA", "The Turkish leader, called Europe's strongman by critics, spoke on Sunday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review379_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review379_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
