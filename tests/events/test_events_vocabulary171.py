"""Vocabulary 171 (session 68, V68): talks or a joint body proposed, and ties wound down, with
words no pattern listed.

"mooted a summit with Iran", "broached talks with Syria", "floated a joint commission with
Poland", "pitched a joint patrol with the Philippines" propose talks (036) or joint work (030),
as "proposed" (v.propose_talks, v.propose_joint). "pared back", "wound down", "dialed back",
"ratcheted down" cooperation or ties with a state reduce relations as "scaled back" (160/161:
v.scale_back_cooperation, v.scale_back_ties).

Near misses: a product pitched, a firm's own operations wound down and a partnership with a
football club name no state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("RIYADH", "Saudi Arabia mooted a summit with Iran.", "SAU>IRN:03"),
    ("ANKARA", "Turkey broached talks with Syria.", "TUR>SYR:03"),
    ("BERLIN", "Germany floated a joint commission with Poland on the river.", "DEU>POL:03"),
    ("TOKYO", "Japan pitched a joint patrol with the Philippines.", "JPN>PHL:03"),
    ("PARIS", "France pared back its military cooperation with Niger.", "FRA>NER:16"),
    ("BAMAKO", "France wound down its military cooperation with Mali.", "FRA>MLI:16"),
    ("BERLIN", "Germany dialed back its partnership with China.", "DEU>CHN:16"),
    ("TOKYO", "Japan ratcheted down its ties with Russia.", "JPN>RUS:16"),
    ("LONDON", "Britain wound down its ties with Iran.", "GBR>IRN:16"),
]
NONE: list[NearMiss] = [
    ("OSLO", "The company pitched a new product."),
    ("PARIS", "The company wound down its operations."),
    ("ROME", "Italy wound down its partnership with the football club."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary171_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary171_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
