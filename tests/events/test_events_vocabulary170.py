"""Vocabulary 170 (session 68, V68): talks, blame and appeals told by phrasal or transitive
forms no pattern read.

"consulted his Chinese counterpart", "consulted Washington before the vote": talks (040), as
v.talk_with's "consulted with" (v.consult, only an actor as the object); "sounded out Tehran"
as well (v.sound_out, the particle form). "singled out India for its interference" blames
(111), "for praise" praises (051) (v.single_out, v.single_out_praise: only with a word of blame
or praise in the clause, so "singled out Japan for its speed" and "as a model" code nothing).
"clamored/clamoured for" and "agitated for" are appeals as "pressed for" (the call-for family,
020; its release 0253 and talks 026 forms; the words join the appeal lists of rules.yaml).

Near misses: experts, lawyers and a melody consulted or sounded out name no actor; a state
singled out for its speed or as a model is neither blamed nor praised by a word.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("ISLAMABAD", "Pakistan's foreign minister consulted his Chinese counterpart.", "PAK>CHN:04"),
    ("TOKYO", "Japan consulted Washington before the vote.", "JPN>USA:04"),
    ("DOHA", "Qatar sounded out Tehran on a prisoner swap.", "QAT>IRN:04"),
    ("OTTAWA", "Canada singled out India for its interference.", "CAN>IND:11"),
    ("LONDON", "Britain singled out China for criticism in its report.", "GBR>CHN:11"),
    ("KYIV", "Zelenskyy singled out Poland for praise.", "UKR>POL:05"),
    ("LONDON", "Britain clamoured for Russia to withdraw its troops.", "GBR>RUS:02"),
    (
        "MADRID",
        "Spain agitated for talks between Israel and the Palestinians.",
        "ESP>ISR:02 ESP>PSE:02",
    ),
    ("PARIS", "France clamored for the release of its citizens held in Iran.", "FRA>IRN:02"),
]
NONE: list[NearMiss] = [
    ("BERLIN", "Germany consulted experts on the pipeline."),
    ("ROME", "Italy consulted its lawyers before the ruling."),
    ("LONDON", "The musician sounded out the melody."),
    ("SUVA", "Fiji's prime minister singled out Japan for its speed."),
    ("HANOI", "The World Bank singled out Vietnam as a model for the region."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary170_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary170_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
