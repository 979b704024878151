"""Quote speakers of session 48 (P16), offices: a state's title does not refer back to a
holder of another office of that state, a lower rank of it ("Cambodia's prime minister"
is not the "deputy prime minister" named before) or an envoy's post ("Togo's foreign
minister" is not "Togo's ambassador"); a rank and the portfolio after it are one title
("deputy finance minister"; actors/resolve.py _same_office, _other_office,
_ranked_title; offices.yaml lower_ranks). A state's bare leader whom the article gave only
as someone's counterpart speaks as that counterpart ("his Ivorian counterpart ... The
Ivorian leader said" -> "Ivory Coast's president"; quotes/attribute.py _peer_before), and
"his guest" is the visit's other side even when the actors stage gave it the host's state
(_possessed_peer); "received X's president in Kampala": the place is the visit's, no part
of the name (_with_place).
Near misses: the same office referred to again keeps its holder."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker as the article first gives it)
_OFFICES: list[tuple[str, str, str]] = [
    (
        "ACCRA (Reuters) - Ghana's foreign ministry summoned Togo's ambassador, Koffi Amegah,"
        " and handed him a note of protest.\n\nLome did not respond, but Togo's foreign minister"
        ' said in a radio interview that his government would "not bow to pressure" from Accra.',
        "not bow to pressure",
        "Togo's foreign minister",
    ),
    (
        "HANOI (AP) - Vietnam agreed on Tuesday to give Laos 20 water pumps during a visit to"
        " Hanoi by Laos's prime minister.\n\nThe deal was signed by Vietnamese Foreign Minister"
        " Tran Van Hieu and Laos's deputy prime minister, Khamla Sisouk, after the two prime"
        " ministers held talks.\n\nLaos's prime minister thanked Hanoi for what he called"
        ' "a gift to our farmers."',
        "gift to our farmers",
        "Laos's prime minister",
    ),
    (
        "LUSAKA (Reuters) - Zambia's finance minister, Mwila Banda, met Malawi's deputy finance"
        " minister, Chisomo Phiri, in Lilongwe. Malawi's finance minister later called the"
        ' talks "very useful."',
        "very useful",
        "Malawi's finance minister",
    ),
    # near misses: the same office again is its holder
    (
        "ACCRA (Reuters) - Ghana's foreign ministry summoned Togo's ambassador, Koffi Amegah,"
        " on Monday.\n\nTogo's ambassador told reporters the charges were"
        ' "entirely invented."',
        "entirely invented",
        "Koffi Amegah",
    ),
    (
        "LUSAKA (Reuters) - Zambia's finance minister, Mwila Banda, met Malawi's deputy finance"
        ' minister, Chisomo Phiri, in Lilongwe.\n\n"We agreed on a lot," the deputy minister'
        " said.",
        "agreed on a lot",
        "Chisomo Phiri",
    ),
    (
        "HANOI (AP) - Laos's deputy prime minister, Khamla Sisouk, arrived in Hanoi on Monday."
        ' Laos\'s deputy prime minister called the visit "long overdue."',
        "long overdue",
        "Khamla Sisouk",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _OFFICES)
def test_speakers75_another_office_is_not_its_holder(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


#: (text, words of the quote, the speaker, the speaker's actor)
_PEERS: list[tuple[str, str, str, str]] = [
    (
        "DAKAR (AP) - Senegal's president received his Gambian counterpart at the palace on"
        " Thursday. The two leaders held talks for two hours.\n\nThe Gambian leader called"
        ' Senegal "our elder brother."',
        "our elder brother",
        "Gambia's president",
        "GMB",
    ),
    (
        "PORT MORESBY (AP) - Papua New Guinea's prime minister signed a hospital deal on"
        " Tuesday after talks with his Fijian counterpart.\n\nThe Fijian leader said his country"
        ' would "never forget this help."',
        "never forget this help",
        "Fiji's prime minister",
        "FJI",
    ),
    # "his guest" the actors stage gave the host's state: the visit's other side
    (
        "CAIRO (AP) - Egypt's president received his Libyan counterpart in Cairo on Monday."
        '\n\nThe Egyptian leader called the visit "a new start." His guest said he was'
        ' "optimistic."',
        "optimistic",
        "Libya's president",
        "LBY",
    ),
    # where the visit was is no part of the guest's name
    (
        "KAMPALA (AP) - Uganda's president received Rwanda's president in Kampala on Monday."
        '\n\n"We are brothers," his guest said.',
        "We are brothers",
        "Rwanda's president",
        "RWA",
    ),
    # near miss: a leader named before is that person
    (
        "DAKAR (AP) - Gambian President Lamin Jobe arrived in Dakar on Thursday for talks with"
        ' Senegal\'s president.\n\nThe Gambian leader called Senegal "our elder brother."',
        "our elder brother",
        "Lamin Jobe",
        "GMB",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), _PEERS)
def test_speakers75_leader_given_as_a_counterpart(
    run: Run, text: str, words: str, speaker: str, actor: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor


def test_speakers75_embassy_keeps_its_city(run: Run) -> None:
    """Near miss of the head-of-state rule: an embassy keeps the city it is in."""
    quote = quote_with(
        run(
            "LUSAKA (AP) - Zambia's president received Angola's president on Monday."
            '\n\n"We back Zambia\'s plan," the Chinese Embassy in Lusaka said on X.'
        ),
        "We back Zambia",
    )
    assert quote.speaker == "Chinese Embassy in Lusaka"
