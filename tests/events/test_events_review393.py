"""Review 393 (session 66, G2): an agentless summons of an envoy named again by surname,
reported by one state's voice, is that state's act.

"China's ambassador, Zhou Ming ... Zhou was summoned again on Tuesday, Australia's foreign
ministry said": the surname carries the state the story gave the envoy, as "the Chinese
ambassador" does, and the one state that reports the summons made it (decision 4 of session 64
in tests/gold/README.md; extract._envoy_named_before, read by extract._reporting_state).

Near misses: the envoy's own state reporting (a summons of its own envoy names no summoner), a
recall (the envoy's own state's act, rules own_envoy_verbs), a voice no state owns, and a
person never told as an envoy of another state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BAGHDAD",
        "Turkey's ambassador, Ali Demir, toured a dam site last week. Demir was summoned on "
        "Monday, Iraq's foreign ministry said.",
        "IRQ>TUR:11|16",
    ),
    (
        "OSLO",
        "Russia's ambassador, Pavel Orlov, is a former naval officer. Orlov was summoned to explain "
        "the incident, Norway's foreign ministry said on Friday.",
        "NOR>RUS:11|16",
    ),
]
NONE: list[NearMiss] = [
    # the envoy's own state reports it
    (
        "ANKARA",
        "Turkey's ambassador, Selim Aksoy, toured a dam site last week. Aksoy was summoned on "
        "Monday, Turkey's foreign ministry said.",
    ),
    # a recall is the envoy's own state's act
    (
        "RIGA",
        "Belarus's ambassador, Igor Sokol, opened a trade fair last week. Sokol was recalled on "
        "Monday, Latvia's foreign ministry said.",
    ),
    # a voice no state owns
    (
        "VIENNA",
        "Hungary's ambassador, Zoltan Kiss, gave a lecture last week. Kiss was summoned on "
        "Monday, a university spokesman said.",
    ),
]
GAPS: list[Gap] = [
    (
        "CANBERRA",
        "Foreign Minister Jane Whitfield said Australia had raised the case with Fiji's "
        "ambassador, Sami Ratu, twice. Ratu was summoned again on Tuesday, her office said.",
        "AUS>FJI:11|16",
        "'her office' is not resolved to the minister's state by the actors stage",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review393_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review393_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
