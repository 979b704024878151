"""Reactions 19 (session 19, builder RX): reactions whose target the sentence does not name.

Coded: a rejection of "the criticism" or "the concerns" that no earlier act answers is aimed
at whoever last voiced disapproval in the sentences just before, coded or not ("The U.N.
rights office said it was concerned that the deal lacked safeguards. Tunisia rejected the
criticism": reactions._voiced_by, rules voiced_nouns, voicing_words). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

VOICED: list[Case] = [
    (
        "ATHENS",
        "Greece and Egypt signed a maritime deal on Monday. The European Commission said it "
        "was concerned that the deal ignored Cyprus. Egypt rejected the criticism.",
        "GRC>EGY:05 EGY>GRC:05 EGY>EU:12",
    ),
    (
        "NAIROBI",
        "Kenya and Ethiopia signed a water pact on Tuesday. Sudan said it was alarmed that the "
        "pact gave Ethiopia control of the river. Nairobi dismissed the criticism.",
        "KEN>ETH:05 ETH>KEN:05 KEN>SDN:12",
    ),
    (
        "HANOI",
        "Vietnam began building a new runway on a disputed reef last month. China said it was "
        "deeply concerned. Hanoi brushed aside the concerns.",
        "CHN>VNM:11 VNM>CHN:12",
    ),
    (
        "WARSAW",
        "Poland expanded its border fence with Belarus this year. The United Nations said it "
        "was worried that the fence would trap migrants. Warsaw rejected those concerns.",
        "POL>UN:12",
    ),
    # kept: a criticism coded with the reactor as its target was found before
    (
        "MANILA",
        "The Philippines opened a new naval base facing Taiwan. Beijing has criticized the "
        "base as provocative, officials said. Manila rejected the criticism on Friday.",
        "CHN>PHL:11 PHL>CHN:12",
    ),
]

VOICED_NOT: list[Case] = [
    # a stranger to the story, the reactor's own criticism, a non-state critic, nothing
    # voiced, approval voiced, a criticism only studied
    (
        "CAIRO",
        "Egypt and Greece signed a maritime deal on Monday. The European Commission said it "
        "was concerned that the deal ignored Cyprus. Brazil rejected the criticism.",
        "EGY>GRC:05 GRC>EGY:05",
    ),
    (
        "ROME",
        "Italy signed a migration deal with Libya on Wednesday. Italy's interior minister said "
        "he was concerned that the deal lacked safeguards. Italy rejected the criticism.",
        "ITA>LBY:05",
    ),
    (
        "TUNIS",
        "Tunisia signed a migration deal with Italy on Wednesday. Rights groups said they were "
        "concerned that the deal lacked safeguards. Tunisia rejected the criticism.",
        "TUN>ITA:05",
    ),
    (
        "TUNIS",
        "Tunisia signed a migration deal with Italy on Wednesday. The agreement runs for five "
        "years. Tunisia rejected the criticism.",
        "TUN>ITA:05",
    ),
    (
        "TUNIS",
        "Tunisia signed a migration deal with Italy on Wednesday. The European Union said it "
        "was pleased with the deal. Tunisia rejected the criticism.",
        "TUN>ITA:05 EU>TUN:05 EU>ITA:05",
    ),
    (
        "ROME",
        "Italy and Tunisia signed a migration deal on Wednesday. The U.N. refugee agency said "
        "it was concerned that the deal lacked safeguards. Tunisia said it would study the "
        "criticism.",
        "ITA>TUN:05 TUN>ITA:05",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = VOICED + VOICED_NOT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions19_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
