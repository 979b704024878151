"""Context 141 (session 59, helper N59): a charge against "the <thing>" is aimed at the state
the thing was told as belonging to.

- "Costa Rica demanded that Nicaragua free five Costa Rican fishing boats ... Nicaragua's
  government said the boats had been fishing illegally": the accusation's told noun has no
  act told before whose author is another state (the seizure is the accuser's own), but its
  nearest earlier telling names one state as its owner, by a modifier of the noun or of its
  conjunct ("40 Senegalese fishermen and their canoes") (reactions._told_owner).
- Only a charge answering the owner's complaint or demand coded since the telling, and not
  one the sentence's own reaction already made ("defended the seizure, saying ...").
- Never two owners, the accuser's own things, a noun told with no owner, or a charge whose
  own sentence names a third state.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a charge against a thing told before as another state's
OWNED: list[Case] = [
    (
        "MANAGUA",
        "Costa Rica demanded that Nicaragua free five Costa Rican fishing boats seized off the "
        "coast. The foreign minister called the seizure unjustified. Nicaragua's government "
        "said the boats had been fishing illegally in Nicaraguan waters.",
        "CRI>NIC:10 NIC>CRI:11",
    ),
    (
        "NOUAKCHOTT",
        "Senegal protested after Mauritania detained 40 Senegalese fishermen and their canoes "
        "near Nouadhibou. Dakar summoned Mauritania's ambassador. Mauritania's fisheries "
        "ministry said the fishermen had been working illegally without permits.",
        "MRT>SEN:17 SEN>MRT:11 SEN>MRT:11 MRT>SEN:11",
    ),
]

# near misses: no single other owner
UNOWNED: list[Case] = [
    (
        # the boats were told with no owner
        "MANAGUA",
        "Costa Rica demanded that Nicaragua free five fishing boats seized off the coast. The "
        "foreign minister called the seizure unjustified. Nicaragua's government said the "
        "boats had been fishing illegally in Nicaraguan waters.",
        "CRI>NIC:10",
    ),
    (
        # two owners
        "MANAGUA",
        "Costa Rica demanded that Nicaragua free five Costa Rican and Panamanian fishing boats "
        "seized off the coast. The foreign minister called the seizure unjustified. "
        "Nicaragua's government said the boats had been fishing illegally in Nicaraguan "
        "waters.",
        "CRI>NIC:10",
    ),
    (
        # a third state named in the charge's own sentence
        "MANAGUA",
        "Costa Rica demanded that Nicaragua free five Costa Rican fishing boats seized off the "
        "coast. The foreign minister called the seizure unjustified. Nicaragua's government "
        "said the boats had been fishing illegally in Panamanian waters.",
        "CRI>NIC:10",
    ),
    (
        # the owner never complained: a charge told on its own answers no one
        "MANAGUA",
        "Nicaragua's navy seized five Costa Rican fishing boats off the coast on Monday. A "
        "navy spokesman said the boats had been fishing illegally.",
        "NIC>CRI:17",
    ),
    (
        # the defence already answers the protest; its saying clause is no second charge
        "MANAGUA",
        "Nicaragua's seizure of five Costa Rican fishing boats angered San Jose. Costa Rica "
        "lodged a formal protest with Nicaragua. Managua defended the seizure, saying the "
        "boats had been fishing illegally.",
        "NIC>CRI:17 CRI>NIC:11 NIC>CRI:12",
    ),
    (
        # a release on terms is no charge
        "MANAGUA",
        "Costa Rica demanded that Nicaragua free five Costa Rican fishing boats seized off the "
        "coast. Nicaragua's government said the boats would be released if their owners paid "
        "a fine.",
        "CRI>NIC:10",
    ),
]

# near misses: the accuser's own things
NONE: list[NearMiss] = [
    (
        "MANAGUA",
        "Nicaragua said it had seized five Nicaraguan fishing boats for breaking the ban. "
        "Nicaragua's government said the boats had been fishing illegally in Nicaraguan waters.",
    ),
]

GAPS: list[Gap] = []

CASES = OWNED + UNOWNED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context141_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context141_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
