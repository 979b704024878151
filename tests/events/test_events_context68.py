"""Context 68 (session 34, helper S44): an act done to a party "in a phone call" is also the
call with that party (n.call_told, 041), for the verbs that address their object.

"France's president thanked Oman's sultan in a phone call for what the Elysee Palace called
'patient and discreet' mediation": the thanks were coded, the call was not. Three reasons, each
general: rules.yaml telling_verbs held only verbs of telling (tell, inform, assure), not thank,
congratulate, urge, invite, brief, whose object is the one addressed too; the parser hangs the
in-phrase on the verb's object actor, not on the verb (clauses._phrase_host now climbs from an
object that is an actor to its verb); and the for-phrase after "call" made it an appeal ("call
for", idle_noun_preps) though a call named by its medium (held_call_words: phone, telephone,
video) is a call held. A speech is no call. "Oman's Foreign Ministry said it had mediated the
release" (after "Iran has released two French citizens") had no target: a mediated deed noun
(rules.yaml mediated_deed_nouns) goes between the doer and the one done to of the latest act of
its roots told before (extract._deed_sides), named as states. Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ROME",
        "Italy's prime minister thanked Qatar's emir in a phone call for what Rome called"
        ' "tireless" mediation.',
        "ITA>QAT:05 ITA>QAT:04",
    ),
    (
        "ROME",
        "Italy's prime minister congratulated Chile's president in a phone call on Monday.",
        "ITA>CHL:05 ITA>CHL:04",
    ),
    (
        "ROME",
        "Italy's foreign minister urged his Tunisian counterpart during a phone call to curb"
        " departures.",
        "ITA>TUN:02 ITA>TUN:04",
    ),
    # a speech is no call
    ("ROME", "Italy's prime minister thanked Qatar's emir in a speech on Monday.", "ITA>QAT:05"),
]

# a mediator of a deed told before goes between its doer and the one it was done to (045 to
# each, as states: rules.yaml mediated_deed_nouns, extract._deed_sides)
MEDIATED: list[Case] = [
    (
        "DOHA",
        "Venezuela released three American citizens on Friday. Qatar's Foreign Ministry said it"
        " had mediated the release over several months.",
        "VEN>USA:08 QAT>VEN:04 QAT>USA:04",
    ),
]
CASES += MEDIATED

NONE: list[NearMiss] = [
    # no release told before: no sides
    ("DOHA", "Qatar said it had mediated the release of dozens of hostages."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context68_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context68_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
