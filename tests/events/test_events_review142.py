"""Review 142 (session 46, prober P5R): a text another state blocked says nothing.

"Russia vetoed a resolution that condemned Georgia", "China blocked a statement criticizing
Myanmar": the clause under a text noun that a refusing verb (veto, block) takes as its object
is the words of a text never adopted, so it codes no act, neither of its drafters nor of its
blocker (parties._refused_text, read by _block_state); the veto itself stays. Near misses: a
text issued or circulated keeps its words' act.

And a state named only inside the quotation of the sentence before is no candidate for a bare
"the ministry" (resolve._recent_state): "Analysts said “Hungary is isolated.” The ministry
accused Romania" is the story's state's ministry, not Hungary's; one in the organ's own
sentence may still be its own ("“Ukraine must be part of any deal,” the ministry said"). Each row is (dateline, body, expected events
of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

BLOCKED_TEXTS: list[Case] = [
    (
        "NEW YORK",
        "Britain on Thursday vetoed a Security Council resolution that condemned Bolivia's "
        "elections.",
        "GBR>UN:12",
    ),
    (
        "BRUSSELS",
        "Austria blocked an EU declaration that condemned Iran's crackdown on protesters.",
        "AUT>EU:12",
    ),
    # a text whose words did come out: its words' act stays
    (
        "PARIS",
        "Belgium circulated a statement criticizing Sudan's military government.",
        "BEL>SDN:11",
    ),
]

BLOCKED_TEXTS_NOT: list[NearMiss] = [
    (
        "NEW YORK",
        "France blocked a draft resolution demanding that Syria withdraw its forces.",
    ),
    (
        "NEW YORK",
        "China blocked a draft statement criticizing Eritrea's mobilisation of reservists.",
    ),
    (
        "BRUSSELS",
        "Malta vetoed a joint statement condemning Belarus for the forced landing.",
    ),
]

QUOTED_STATES: list[Case] = [
    (
        "LISBON",
        "Portuguese Prime Minister Rui Costa held talks with his Spanish counterpart on Friday. "
        "Commentators wrote that \"Morocco holds the key.\" The foreign ministry later "
        "criticized Algeria for closing the border.",
        "PRT>ESP:04 PRT>DZA:11",
    ),
    (
        "OSLO",
        "Norway hosted talks on Tuesday. Observers said \"Russia will not give up.\" The ministry "
        "urged Finland to reopen the crossings.",
        "NOR>FIN:02",
    ),
    # the organ's own quotation may name its own state
    (
        "GENEVA",
        "\"Ukraine must be part of any deal,\" the ministry said, accusing Hungary of blocking "
        "the talks.",
        "UKR>HUN:11|12",
    ),
]

CASES = BLOCKED_TEXTS + QUOTED_STATES
NONE = BLOCKED_TEXTS_NOT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review142_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review142_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
