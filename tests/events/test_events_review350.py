"""Review 350 (session 65, P65): forces withdrawn, told in an agentless passive.

"Some 400 U.N. peacekeepers were withdrawn from Mali": "withdrew its peacekeepers from Mali"
coded, but the passive with no by-phrase named no doer, so nothing. Decision 4 of
tests/gold/README.md "Conventions decided (session 64)" codes an agentless passive act whose
doer is clear; a force withdrawn is withdrawn by the state or body it serves, named on it
("U.N. peacekeepers", "French troops"): the withdrawal patterns of rules served_force_patterns
now take that owner as the source when no agent is told and the act is factual (extract).
Two checks the patterns make read the passive's subject as they read an active's object:
object_words ("peacekeeping troops were withdrawn" is v.withdraw_peacekeepers') and
unless_words ("wounded soldiers were pulled out" is a rescue, no retreat). Reading "the prisoner
swap deal was signed" so showed that v.currency_swap took a prisoner swap for a currency swap in
the active voice too: its unless_words now leave people and land exchanged to v.sign (05).

Near misses: a force withdrawn inside its own state; wounded soldiers brought out; a
withdrawal told as ahead ("will be withdrawn") in no one's words; a demand that forces be
withdrawn (the demander's, named elsewhere).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an agentless withdrawal of a force named with the state or body it serves
CASES: list[Case] = [
    (
        "BAMAKO",
        "Some 400 U.N. peacekeepers were withdrawn from Mali on Friday.",
        "UN>MLI:16",
    ),
    (
        "NIAMEY",
        "French troops were pulled out of Niger on Friday.",
        "FRA>NER:08",
    ),
    (
        "BANGUI",
        "Chadian peacekeeping troops were withdrawn from the Central African Republic.",
        "TCD>CAF:16",
    ),
    (
        "TEHRAN",
        "IAEA inspectors were withdrawn from Iran on Monday.",
        "IAEA>IRN:16",
    ),
    # a prisoner swap is no currency swap, active or passive
    (
        "LONDON",
        "Iran and Britain signed the prisoner swap deal on Monday.",
        "IRN>GBR:05 GBR>IRN:05",
    ),
    (
        "DOHA",
        "The prisoner swap deal was signed by Russia and Ukraine on Monday.",
        "RUS>UKR:05 UKR>RUS:05",
    ),
    # a by-phrase still names the doer
    (
        "MOGADISHU",
        "Ethiopian troops were withdrawn from Somalia by Addis Ababa on Sunday.",
        "ETH>SOM:08",
    ),
]
# ... not at home, not a rescue, not ahead in no one's words
NONE: list[NearMiss] = [
    ("KYIV", "Ukrainian troops were withdrawn from Avdiivka."),
    ("GOMA", "The wounded Kenyan soldiers were pulled out of Congo on Friday."),
    ("JUBA", "Some 300 U.N. peacekeepers will be withdrawn from South Sudan next year."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review350_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review350_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
