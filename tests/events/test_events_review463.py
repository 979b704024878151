"""Review 463 (session 69, NT69): an agentless arrest done on another state's request.

"He was arrested in Lima on a warrant issued by Chile": the held names no actor, so neither the
patient rule (a foreign national held where the place is) nor the slots find a side, and the
pattern stopped at source-unresolved. The request the act was done on names whom it was done
for (rules requested_act_preps, requested_act_nouns: "on a warrant issued by", "at X's
request", "at the request of", "on an Interpol notice issued at X's request": the innermost
request noun's actor), and the one state that holds the place it was done at (extract
`_held_places`) did it (extract `_requesters`).

Near misses: a warrant of the holding state's own; no place told; a warrant of a body that is
no state; two requesters; an act of harm that is no state's holding (a kidnapping).
Gap: the warrant phrase hung on a "while" clause instead of the arrest.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("", "He was arrested in Lima on a warrant issued by Chile.", "PER>CHL:17"),
    (
        "",
        "The blogger, who ran a channel from Vilnius, was detained at Belgrade airport in March "
        "on an Interpol notice issued at Belarus's request.",
        "SRB>BLR:17",
    ),
    ("", "The activist was arrested in Tbilisi on Friday at the request of Russia.", "GEO>RUS:17"),
    ("", "The former general was detained in Madrid at Venezuela's request.", "ESP>VEN:17"),
]
# ... not the holder's own warrant, no place, no state's request, two requesters, no holding
NONE: list[NearMiss] = [
    ("", "The journalist was arrested in Moscow on a warrant issued by a Russian court."),
    ("", "He was arrested on Tuesday on a warrant issued by Chile."),
    ("", "The banker was arrested in Lima on a warrant issued by Interpol."),
    ("", "The pilot was arrested in Lima at the request of Chile and Argentina."),
    ("", "The engineer was kidnapped in Bamako at the request of Algeria."),
]
GAPS: list[Gap] = [
    (
        "",
        "He was detained at Belgrade airport while changing planes, on a warrant issued by Bosnia.",
        "SRB>BIH:17",
        "codes nothing: the parser hangs the warrant phrase on 'changing', not on 'detained'",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review463_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review463_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
