"""Actors review 140 (session 66, S66): a body's team named again with a count of its members.

"An International Monetary Fund mission left Eritrea. The seven-member team was received by
the finance minister": "the team" already found the one party named before it
(described._party_before), but a count between "the" and the noun ("the seven-member team",
"the 20-strong delegation") hid it, so the IGO's visit coded nothing. A count of members
(count_nouns) may now stand before a party noun (described._counted_opener); a party noun
modifying a title names no party ("mission chief X, a German diplomat": no team of
Germany's), and a body's name modifying a party noun owns it ("an OSCE monitoring team").

"the mission" itself was tried as a party noun and dropped (one extra event in a blind set
against five open events won): it stays a gap here.

Near misses: two bodies' parties named before ("An IMF team and a World Bank team"); a
counted team of no party ("Zambia's football team ... The 11-member team"); a mission that
is no party at all ("a space mission").
"""

from __future__ import annotations

import pytest

from test_actors_review134 import principals

pytestmark = pytest.mark.model


@pytest.mark.xfail(strict=True, reason="'the mission' is no party noun (dropped, session 66)")
def test_review140_gap_mission_named_again() -> None:
    text = (
        "ACCRA (AP) - An International Monetary Fund mission arrived in Ghana on Monday. The "
        "mission met Finance Minister Ato Forson on Tuesday."
    )
    assert principals(text, "The mission") == ["IMF"]


def test_review140_counted_team_after_mission() -> None:
    text = (
        "ASMARA (AP) - An International Monetary Fund mission left Eritrea on Thursday. The "
        "seven-member team was received in Asmara by the finance minister."
    )
    assert principals(text, "The seven-member team") == ["IMF"]


def test_review140_owner_modifies_party_noun() -> None:
    text = (
        "BISHKEK (AP) - An OSCE border monitoring team arrived in Kyrgyzstan. The 40-member team "
        "met Kyrgyz border officials."
    )
    assert principals(text, "The 40-member team") == ["OSCE"]


def test_review140_near_miss_title_holds_party_noun() -> None:
    text = (
        "BISHKEK (AP) - An OSCE monitoring mission arrived in Kyrgyzstan. Mission chief Helga "
        "Brandt, a German diplomat, said the team would patrol the border."
    )
    assert "DEU" not in principals(text, "the team")


def test_review140_counted_team_spelled_out() -> None:
    text = (
        "DILI (Reuters) - A World Bank team visited East Timor this week. The five-member team "
        "was received by the prime minister."
    )
    assert principals(text, "The five-member team") == ["WB"]


def test_review140_near_miss_two_parties() -> None:
    text = (
        "NAIROBI (AP) - An IMF team and a World Bank team visited Kenya this week. The "
        "six-member team met Finance Minister John Mbadi."
    )
    assert principals(text, "The six-member team") == []


def test_review140_near_miss_counted_team_of_no_party() -> None:
    text = (
        "LUSAKA (AP) - Zambia's football team lost to Ghana on Sunday. The 11-member team flew "
        "home on Monday."
    )
    assert principals(text, "The 11-member team") == []


def test_review140_near_miss_space_mission() -> None:
    text = "ROME (AP) - NASA and Italy launched a space mission. The mission will study Mars."
    assert principals(text, "The mission") == []
