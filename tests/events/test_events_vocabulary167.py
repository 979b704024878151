"""Vocabulary 167 (session 68, V68): deeds whose verb no pattern listed, added to the
family that reads their objects.

From the comparison of our lemmas with the CAMEO codebook's verbs: "scrutinized" or "vetted" a
state's acts, sites or forces are an investigation (v.investigate, 090; "audited" was tried and
dropped: it moved a held-out set down one event); "subsidized" a
state's budget, a port in it or its reconstruction is aid (the fund family, 071); "mortared"
positions is an attack (v.attack, 190); "paroled" another state's citizens is a release
(v.release, 084); "mustered" or "marshaled" troops near a state is a show of force
(v.mobilize, 154). "exempted Mexico from the tariffs" lifts a measure for the state named
(v.exempt_from, 085).

Near misses: a state's own budget subsidized, its own prisoners paroled, diplomats exempted from
a curfew and a state exempted from a rule that is no measure code nothing.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("VIENNA", "The IAEA scrutinized Iran's nuclear sites.", "IAEA>IRN:09"),
    ("BRUSSELS", "The European Commission scrutinized Hungary's use of EU funds.", "EU>HUN:09"),
    ("WASHINGTON", "U.S. officials vetted Mexico's security forces.", "USA>MEX:09"),
    ("RIYADH", "Saudi Arabia subsidized Egypt's budget deficit.", "SAU>EGY:07"),
    ("TOKYO", "Japan subsidized a new port in Sri Lanka.", "JPN>LKA:07"),
    ("BEIJING", "China subsidized the reconstruction of Laos's main highway.", "CHN>LAO:07"),
    ("KYIV", "Russian forces mortared Ukrainian trenches near Bakhmut.", "RUS>UKR:19"),
    ("MINSK", "Belarus paroled two Polish citizens.", "BLR>POL:08"),
    ("BAKU", "Azerbaijan mustered troops along the border with Armenia.", "AZE>ARM:15"),
    ("TAIPEI", "China marshaled warships near Taiwan.", "CHN>TWN:15"),
    ("WASHINGTON", "The United States exempted Mexico from the tariffs.", "USA>MEX:08"),
    ("BRUSSELS", "The EU exempted Norway from its steel quotas.", "EU>NOR:08"),
]
NONE: list[NearMiss] = [
    ("MINSK", "Belarus paroled 30 prisoners on Monday."),
    ("DELHI", "India exempted diplomats from the curfew."),
    ("WASHINGTON", "The United States exempted Canada from the rule."),
    ("PARIS", "France subsidized its farmers after the floods."),
]
GAPS: list[Gap] = [
    (
        "VILNIUS",
        "Belarus paroled a Lithuanian activist.",
        "BLR>LTU:08",
        "a private national paroled reads no actor, though 'freed a Lithuanian activist' codes",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary167_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary167_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
