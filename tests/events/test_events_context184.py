"""Context 184 (session 66, T66): an accusation of the held charges the state it holds them of.

"Senegal's navy seized a Dutch trawler ... The fisheries ministry accused the vessel of fishing
without a licence": v.accuse (112) has only "the vessel", a held noun no state is named in, so
its target was sought as an act told before ("no-told-target") and none was found. The held
craft or people are the state's its source's state just detained or seized, as a release of
"the men" frees them (reactions._freed_state): an accusation whose object is a held noun
(rules held_nouns) or a person's pronoun (rules accused_held_pronouns) is aimed at the one state
whose people or craft the latest detention by its source's state took (rules accused_held_codes,
reactions._charges_held).

Near misses: two states' people held; an accuser that held no one; a domestic detention; a
person named before the pronoun in its own sentence; a second craft stopped by no one.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DAKAR",
        "Senegal's navy seized a Dutch trawler off Saint-Louis on Monday. The fisheries "
        "ministry accused the vessel of fishing for sardinella without a licence.",
        "SEN>NLD:17 SEN>NLD:11",
    ),
    (
        "NASSAU",
        "The Bahamas detained a Russian tanker off Grand Bahama on Monday. The coast guard "
        "accused the ship of switching off its tracking transponder.",
        "BHS>RUS:17 BHS>RUS:11",
    ),
    (
        "TRIPOLI",
        "Libyan authorities detained a Danish-flagged tanker near Zuwara on Sunday. The oil "
        "ministry accused the crew of smuggling fuel out of the country.",
        "LBY>DNK:17 LBY>DNK:11",
    ),
    (
        "RIGA",
        "Belarus detained a Latvian border guard on Monday. The Belarusian KGB accused him of "
        "photographing military positions.",
        "BLR>LVA:17 BLR>LVA:11",
    ),
    (
        "VILNIUS",
        "Belarus detained a Lithuanian trucker at a border post on Friday. In a statement on "
        "Saturday, the Belarusian KGB accused him of carrying drones.",
        "BLR>LTU:17 BLR>LTU:11",
    ),
    # ... not when two states' people were held, nor by a state that held no one
    (
        "RIGA",
        "Belarus detained a Latvian and a Lithuanian border guard on Tuesday. The Belarusian KGB "
        "accused them of spying.",
        "BLR>LVA:17 BLR>LTU:17",
    ),
    (
        "TALLINN",
        "Belarus detained an Estonian border guard on Monday. Russia accused him of spying.",
        "BLR>EST:17",
    ),
    # ... nor for a person the sentence names before the pronoun
    (
        "KAUNAS",
        "Belarus detained a Lithuanian border guard on Wednesday. On Thursday the Belarusian "
        "president met an opposition leader and accused him of treason.",
        "BLR>LTU:17",
    ),
]
# ... nor a domestic detention
NONE: list[NearMiss] = [
    (
        "MINSK",
        "Belarusian police detained a local journalist on Monday. The prosecutor accused him of "
        "fraud.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context184_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context184_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
