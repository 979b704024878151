"""Context 207 (session 68, K68): a reaction to an act noun an earlier sentence gave an owner.

"Swedish police said they had foiled an Iranian plot to kill a dissident. The European Union
also condemned the plot": the reaction names no doer, and the uncoded-act rule
(reactions._uncoded_authors) gave it the subject of the sentence that told of the plot, the
state whose police thwarted it (EU>SWE 11). The noun told there with a state for its
adjective, compound or possessive ("an Iranian plot", "a Russian sabotage plot", "Iran's
plot") is that owner's act, whoever reported or foiled it (reactions._act_noun_owners).

Only a noun of an act (rules act_nouns, culprit_nouns, or a noun or verb of a pattern) is
owned: "seized a Chinese fishing vessel ... said the vessel had been fishing illegally" keeps
the vessel a thing (test_events_review95). The nearest earlier sentence that holds the noun
decides, in the uncoded-act rule and in the
rule that finds an act noun told before (reactions._told_act, reactions._owned_before).
Near misses: a plot told with no owner; a summing noun ("the move", "the decision") still
sums the verb's act. Gap: the reactor's own plot ("Germany condemned" a German plot) gives no
owner, and the foiler is still taken.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "COPENHAGEN",
        "Danish police said they had foiled an Iranian plot to attack a newspaper. Norway also "
        "condemned the plot.",
        "NOR>IRN:11",
    ),
    (
        "WARSAW",
        "German police arrested four men over a Russian sabotage plot on Tuesday. Lithuania "
        "condemned the plot.",
        "LTU>RUS:11",
    ),
    # ... told as a noun the reaction's own noun meets again (reactions._told_act)
    (
        "OSLO",
        "Norwegian authorities said they had thwarted a Russian cyberattack on the parliament. "
        "Denmark condemned the cyberattack.",
        "DNK>RUS:11",
    ),
    # ... joined owners, each
    (
        "RIGA",
        "Police said on Monday they had foiled a Russian and Belarusian plot to blow up a bridge. "
        "Latvia condemned the plot.",
        "LVA>RUS:11 LVA>BLR:11",
    ),
    # ... a summing noun sums the verb's act, not the noun's owner
    (
        "VILNIUS",
        "Lithuania expelled three Russian diplomats on Monday over a Russian spying operation. "
        "Moscow condemned the move.",
        "LTU>RUS:16 RUS>LTU:11",
    ),
]
# ... nor a pronoun's ("its own sanctions"): the story's sanctions are the lead's
CASES += [
    (
        "SAN JOSE",
        "The European Union imposed sanctions on eight Nicaraguan officials on Monday. "
        "Washington has imposed its own sanctions on dozens of officials. Panama welcomed the "
        "sanctions.",
        "EU>NIC:16 PAN>EU:05",
    ),
]
# ... a plot told with no owner names none
NONE: list[NearMiss] = [
    (
        "ROME",
        "Italian police said they had foiled a plot by extremists to attack a synagogue. Israel "
        "condemned the plot.",
    ),
]
GAPS: list[Gap] = [
    (
        "PRAGUE",
        "Czech police said they had broken up a Belarusian spying operation in Brno. Slovakia "
        "criticized the operation.",
        "SVK>BLR:11",
        "only a noun of an act (rules act_nouns, culprit_nouns, or a pattern's word) is owned: "
        "'operation' is none, so the police's state is still taken",
    ),
    (
        "BERLIN",
        "Dutch police said they had foiled a German plot to smuggle arms. Germany condemned the "
        "plot.",
        "",
        "the reactor's own plot gives no owner, and the uncoded-act rule then gives the foiler "
        "(DEU>NLD:11), as before",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context207_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_context207_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
