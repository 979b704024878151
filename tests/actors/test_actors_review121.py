"""Officials named by new names (session 61, V61).

A visitor or official first told by office, then named, was left with no state or with the
host's: a capital's name as the given name after a title ("Foreign Minister Sofia X": the
model read "Sofia" as the city, so no person at all); a bare "Commerce Minister Y" signing
beside the host's minister (Resolver._cosigner_office); "X, a junior foreign minister," right
after "a British minister made the first visit" (Resolver._introduced_holder); a bare new
name received by the host's leader in a passive ("X was received at State House by Zambia's
president": described._met_name); and a monarch the sentence places at home ("the emir
received Lebanon's army commander in Doha", Resolver.place_bare_titles); and a name set off
after a title told again ("The army commander, Gen. X, thanked Qatar": Resolver._add_title).

The sentences are ours.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

DATE = "2026-04-09"


def _states(text: str) -> dict[str, str | None]:
    """Each mention's text with its actor's principal (None: no actor)."""
    result = process(text, date=DATE)
    return {m.text: (m.actor.principal if m.actor else None) for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "mention", "state"),
    [
        # a capital as the given name after a title
        (
            "Story\n\nMANILA (AP) - Chile opened an embassy in Manila on Monday, and its foreign"
            " minister used the ceremony to praise the Philippines.\n\nForeign Minister Victoria"
            " Fuentes was received at the palace by her Philippine counterpart.\n",
            "Foreign Minister Victoria Fuentes",
            "CHL",
        ),
        # two signers: the host's minister and a bare title told before of the guest's state
        (
            "Story\n\nNAIROBI (AP) - Kenya and Japan signed a port deal on Monday, during a visit"
            " to Nairobi by Japan's trade minister.\n\nThe deal was signed by Kenya's Foreign"
            " Minister Amina Odhiambo and Trade Minister Kenji Sato.\n",
            "Trade Minister Kenji Sato",
            "JPN",
        ),
        # the same with the host's minister named second, in apposition
        (
            "Story\n\nHANOI (AP) - Norway agreed on Tuesday to help Vietnam build wind farms, as"
            " Norway's foreign minister became the first Norwegian minister to visit.\n\nThe"
            " memorandum was signed by Foreign Minister Ingrid Dahl and Vietnam's energy minister,"
            " Tran Van Minh, at the ministry.\n",
            "Foreign Minister Ingrid Dahl",
            "NOR",
        ),
        # an indefinite title introducing the official just told
        (
            "Story\n\nACCRA (Reuters) - Canada pledged $30 million on Thursday to help Ghana"
            " build clinics, as a Canadian minister made the first visit to the country in a"
            " decade.\n\nLaura Chen, a junior trade minister, was received by Ghana's president"
            " and later met the finance minister.\n",
            "Laura Chen",
            "CAN",
        ),
        # a bare new name received by the host's leader in a passive
        (
            "Story\n\nHANOI (AP) -- Chile's foreign minister pledged $5 million for flood"
            " shelters on Tuesday, on the first visit to Hanoi by a Chilean foreign minister in"
            " 20 years.\n\nCamila Rojas was received at the Presidential Palace by Vietnam's"
            " president, who thanked Chile for its help.\n",
            "Camila Rojas",
            "CHL",
        ),
        # a monarch placed at home by his own verb, beside another state's army
        (
            "Story\n\nKUWAIT CITY (AP) - Kuwait will pay the Jordanian army $40 million this year"
            " to help it guard the border with Syria, the government announced on Monday after"
            " the emir received Jordan's army chief in Kuwait City.\n",
            "the emir",
            "KWT",
        ),
        # a title told again, then the name set off after it: the name holds the title
        (
            "Story\n\nKUWAIT CITY (AP) - Kuwait will pay the Jordanian army $40 million this"
            " year, the government said after the emir received Jordan's army commander.\n\nThe"
            " army commander, Gen. Omar Haddad, thanked Kuwait for its help.\n",
            "Gen. Omar Haddad",
            "JOR",
        ),
    ],
)
def test_review121_official_named_anew(text: str, mention: str, state: str) -> None:
    assert _states(text).get(mention) == state


@pytest.mark.parametrize(
    ("text", "mention", "state"),
    [
        # a capital after a title that is no given name: still the city
        (
            "Story\n\nSOFIA (AP) - Greece's foreign minister met Bulgarian officials on Monday."
            "\n\nThe minister arrived in Sofia by train.\n",
            "Sofia",
            "BGR",
        ),
        # no office told before: the bare co-signer stays the host's
        (
            "Story\n\nNAIROBI (AP) - Kenya and Japan signed a port deal on Monday.\n\nThe deal was"
            " signed by Kenya's Foreign Minister Amina Odhiambo and Trade Minister Peter"
            " Mwangi.\n",
            "Trade Minister Peter Mwangi",
            "KEN",
        ),
        # a passive of no reception: the name is no one's guest
        (
            "Story\n\nHANOI (AP) -- Chile's foreign minister pledged $5 million for flood"
            " shelters on Tuesday.\n\nThe shelters will be built in the north.\n\nCamila Rojas"
            " was praised by Vietnam's president for her work.\n",
            "Camila Rojas",
            None,
        ),
    ],
)
def test_review121_near_misses(text: str, mention: str, state: str | None) -> None:
    assert _states(text).get(mention, "missing") == state
