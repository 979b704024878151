"""Review R1 of session 14, findings 2, 7 and 15 (fixer T3).

FORESEEN (finding 2): fighting or an attack that is only feared or foreseen ("said it feared
clashes between Serbia and Kosovo", "the risk of clashes", "warned of renewed fighting",
"fears of a Russian invasion") is no act done (_foreseen, rules foreseeing_words); fighting told
as done, or a fear for others after a real attack, still codes.
HOSTED (finding 7): a stage noun of an office ("condemned the opening of Taiwan's office in
Vilnius") is aimed at the host state the place names, never at the office's owner; a place of
no state codes nothing; when the host is the reacting state itself, the owner is the target
("Turkey welcomed the opening of the Azerbaijani embassy in Ankara"). A stage of acts by
several authors reaches every one ("joint drills by the United States and the Philippines").
TEAM (finding 15): a quotation's "we" said by a coach, captain or player, or by no official in
a sentence that tells a game, is a team, no state (_team_voice); an official's words near a
game still code.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). The
reviewer's sentences are ours; every other sentence was written for this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FORESEEN: list[Case] = [
    ("KYIV", "Russia's shelling of Kharkiv killed twelve civilians on Tuesday.", "RUS>UKR:19"),
    (
        "GENEVA",
        "The UN said it feared for civilians after Russia's shelling of Kharkiv.",
        "RUS>UKR:19",
    ),
]

FORESEEN_NONE: list[NearMiss] = [
    ("GENEVA", "The UN said it feared clashes between Serbia and Kosovo."),
    ("NEW DELHI", "Analysts fear renewed fighting between India and Pakistan in Kashmir."),
    ("ADDIS ABABA", "The African Union warned of renewed fighting between Ethiopia and Eritrea."),
    ("BRUSSELS", "The EU voiced fears of a Russian invasion of Moldova."),
    ("ISLAMABAD", "Diplomats raised the prospect of fighting between India and Pakistan."),
    ("KHARTOUM", "The risk of clashes between Sudan and South Sudan grew this week."),
]

HOSTED: list[Case] = [
    (
        "VILNIUS",
        "China condemned the opening of Taiwan's office in Vilnius on Monday.",
        "CHN>LTU:11",
    ),
    (
        "BEIJING",
        "China on Tuesday protested the opening of a Taiwanese representative office in Lithuania.",
        "CHN>LTU:11",
    ),
    ("BEIJING", "China criticised the opening of a Taiwanese office in Prague.", "CHN>CZE:11"),
    ("ANKARA", "Turkey welcomed the opening of the Azerbaijani embassy in Ankara.", "TUR>AZE:05"),
    ("SKOPJE", "Greece vetoed the opening of North Macedonia's accession talks.", "GRC>MKD:12"),
    (
        "BEIJING",
        "China denounced the start of joint drills by the United States and the Philippines.",
        "CHN>USA:11 CHN>PHL:11",
    ),
    # the attack itself is coded too since session 37: "its" is Iran, no longer the United
    # States (a later conjunct of a prepositional object, coref._role_of)
    (
        "TEHRAN",
        "Iran condemned an attack by Israel and the United States on its nuclear sites.",
        "IRN>ISR:11 IRN>USA:11 ISR>IRN:19 USA>IRN:19",
    ),
]

HOSTED_NONE: list[NearMiss] = [
    ("BEIJING", "China condemned the opening of Taiwan's office in Somaliland."),
]

TEAM: list[Case] = [
    (
        "TOKYO",
        "“We will not bow to pressure from Beijing,” the Japanese foreign minister said.",
        "JPN>CHN:12",
    ),
    (
        "ISLAMABAD",
        "“We will not tolerate any aggression from India,” the Pakistani army chief said.",
        "PAK>IND:13",
    ),
    (
        "ISLAMABAD",
        "“We will not tolerate any aggression from India,” the Pakistani foreign minister said "
        "after the cricket final was cancelled.",
        "PAK>IND:13",
    ),
]

TEAM_NONE: list[NearMiss] = [
    ("TOKYO", "Japan's coach said: “We will not bow to pressure from Brazil's attack.”"),
    (
        "ISLAMABAD",
        "“We will not tolerate any aggression from India,” the Pakistani captain said before the "
        "cricket final.",
    ),
    ("DOHA", "“If Iran attacks early, we will respond,” the Qatari striker said."),
    ("LONDON", "“We will not bow to pressure from France,” the English rugby captain said."),
    (
        "SEOUL",
        "“We will respond if Japan scores first,” South Korea's manager said before the match.",
    ),
]

GAPS: list[Gap] = []

CASES = FORESEEN + HOSTED + TEAM
NONE = FORESEEN_NONE + HOSTED_NONE + TEAM_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review22_codes_review_findings(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected failures."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
