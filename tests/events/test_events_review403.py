"""Review 403 (session 67, P67): a matter named, not an act on a party: a stance closed to
debate, and a defiance that is a charge's content.

'"Our position on Palestine is not for sale"' coded MYS>PSE 120: v.say_not_negotiable reads
the party a closed matter names in the on- or with-phrase of the clause's subject (slot
closed_act: "talks with Kyiv were off the table" turns Kyiv down), and "position" passed as
such a matter. A noun of one's own stance or ties (rules closed_stance_nouns: position, stance,
policy, ties, relations ...) names in its phrase the topic or the partner, neither of whom
pressed the speaker; the matter's party is no longer read there (the reaction's lookback for
whoever pressed the speaker still is).

Near misses (still code): talks, or an act done to a state ("lifting the ban on Libyan
flights"), ruled out.

Second form: "Morocco accused Paraguay of ignoring United Nations resolutions" coded PRY>UN 128
beside the charge, and "accused Malta of ignoring distress calls" MLT>ITA 128 by the deed rules:
v.defy's gerund under a preposition ("accused X of ignoring", "criticized X for ignoring") is
what the charge says, coded as the charge (open gold: such rows are optional 11/12 at most), so
v.defy now forbids "^pcomp". Near misses: a defiance told as done, main verb or -ing aside
("..., defying an International Criminal Court warrant").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# talks or an act ruled out still turn down the party they name
CASES: list[Case] = [
    (
        "KUALA LUMPUR",
        "Malaysia's prime minister said talks with Israel were off the table.",
        "MYS>ISR:12",
    ),
    (
        "CAIRO",
        "Egypt's foreign minister said lifting the ban on Libyan flights was out of the question.",
        "EGY>LBY:12",
    ),
    # a charge's content is the charge only; a defiance told as done still codes
    ("RABAT", "Morocco accused Paraguay of ignoring United Nations resolutions.", "MAR>PRY:11"),
    (
        "TEHRAN",
        "Iran criticized Azerbaijan for ignoring Iranian concerns about the corridor.",
        "IRN>AZE:11",
    ),
    ("PYONGYANG", "North Korea defied the United Nations with a new missile test.", "PRK>UN:12"),
    (
        "ULAANBAATAR",
        "Mongolia welcomed Putin on Tuesday, defying an International Criminal Court warrant.",
        "MNG>RUS:04 MNG>ICC:12",
    ),
]
# one's own stance or ties on or with a state: no one refused
NONE: list[NearMiss] = [
    ("KUALA LUMPUR", "Malaysia's home minister said: \"Our position on Palestine is not for sale.\""),
    ("CAIRO", "Egypt's foreign minister said the country's stance on Libya was not negotiable."),
    ("AMMAN", "Jordan's king said the kingdom's ties with Egypt were not up for negotiation."),
    ("ANKARA", "Turkey's foreign minister said Ankara's policy on Cyprus was not on the table."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review403_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review403_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
