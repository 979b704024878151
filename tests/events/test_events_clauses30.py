"""Clauses 30 (session 21, builder CH): an act named a wrong in a relative clause set off after
the clause that tells it ("..., a move Guyana's army called reckless").

Coded: the parser breaks such a clause up in ways the relative readers now follow. It may
label the naming verb a modifier (acl) of the act noun, which it made a second object of the
clause's verb ("sent a ship near the islands, a move Chile's navy called ..."): _gap_head
takes an acl with a subject of its own as a relative clause, and _summed_host sums up the
verb of such a second object (an infinitive's host: "asked Mexico to hand him over, a request
..." is the asker's). Or it makes the act noun a modifier (nmod) of the clause's subject
("a move" on "Guyana's government"): _contact_clause reads that as the compound it already
read, and _relative_head and _relative_author take the act noun from it. Either way the one
who did the act is the summed clause's subject, as the appositive reading already coded.
Near-misses: the namer's own act, a name that praises, a participle ("a move backed by Cuba"),
a thing named, not an act.
Also coded: "said the decision showed (that) Vilnius was afraid of the truth" disapproves of
the state an act is said to reveal (v.say_shows: an act noun's show, prove, reveal, expose or
demonstrate; the revealed clause's subject or the of-phrase of the thing revealed); not data
("the figures showed"), praise, the speaker's own side, a denial or a neutral "confirms".
And "regarded New Zealand as a reliable partner" praises the state held a friend
(v.regard_as_friend); not one held a rival or a threat, a plan, a denial, a passive.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# "a move X called Y" after a clause with no coded event: the clause's subject did the act
BROKEN_RELATIVES: list[Case] = [
    # the naming verb an acl of the act noun, the noun a second object of the clause's verb
    (
        "QUITO",
        "Last week, Peru's coast guard sent a cutter to waters near the Hormigas de Afuera "
        'Islands, a move Ecuador\'s navy called "provocative."',
        "ECU>PER:11",
    ),
    (
        "HELSINKI",
        "Last week, Russia's navy sent a submarine to waters near the Aland Islands, a move "
        'Finland\'s defense ministry called "unnecessary."',
        "FIN>RUS:11",
    ),
    (
        "BEIJING",
        "India's army built a new road near the Doklam plateau last year, a move Beijing "
        'called "a violation of the border accords."',
        "CHN>IND:11",
    ),
    # the act noun a modifier of the namer
    (
        "GEORGETOWN",
        "Last month, Venezuela's army sent two battalions to the area near the Essequibo "
        'River, a move Guyana\'s government called "reckless."',
        "GUY>VEN:11",
    ),
]

# the namer's own act, a name that praises, a participle, a thing that is no act: no 11
BROKEN_RELATIVES_NOT: list[Case] = [
    (
        "SANTIAGO",
        "Last week, Chile's navy sent a patrol ship to waters near the Diego Ramirez Islands, "
        'a move Chile\'s defense ministry called "routine."',
        "",
    ),
    (
        "QUITO",
        "Last week, Peru's coast guard sent a cutter to waters near the Hormigas de Afuera "
        'Islands, a move Ecuador\'s navy called "a welcome step."',
        "",
    ),
    (
        "GEORGETOWN",
        "Last month, Venezuela's army sent two battalions to the area near the Essequibo "
        "River, a move backed by Cuba's government.",
        "CUB>VEN:05",
    ),
    (
        "HELSINKI",
        "Last week, Russia's navy sent a submarine to waters near the Aland Islands, a vessel "
        'Finland\'s sailors called "the Shadow."',
        "",
    ),
]

# "said the decision showed (that) X ...": an act said to reveal what a state is or does
# disapproves of that state (v.say_shows; needs shown_clause, slot shown_actor)
SHOWN_STATES: list[Case] = [
    (
        "MOSCOW",
        "Estonia banned two Russian television channels on Monday. The Russian Embassy in "
        'Tallinn wrote on Telegram that the decision showed the Estonian authorities were "afraid '
        'of the truth."',
        "EST>RUS:17 RUS>EST:11",
    ),
    (
        "BOGOTA",
        "Iran delivered drones to Venezuela last month. Colombia's Foreign Ministry said the "
        'delivery showed that Tehran was "arming a dictatorship in our backyard."',
        "IRN>VEN:07 COL>IRN:11",
    ),
    (
        "CAIRO",
        "Greece ratified the accord on Monday. Egypt's foreign minister said the decision "
        'proved that Turkey was "isolated in the region."',
        "EGY>TUR:11",
    ),
]

# data, praise, the speaker's own side, a denied or neutral "confirms": nothing revealed
SHOWN_STATES_NOT: list[Case] = [
    (
        "LIMA",
        "Chile released trade data on Monday. Peru's trade minister said the figures showed "
        "that Chile's economy was slowing.",
        "",
    ),
    (
        "MOGADISHU",
        "Kenya's president flew to Addis Ababa on Monday. Somalia said the visit showed that "
        "Kenya was a reliable partner.",
        "KEN>ETH:04",
    ),
    (
        "CAIRO",
        'Greece ratified the accord on Monday. "This decision shows that Greece and Egypt are '
        'neighbors at sea," an Egyptian spokesman said.',
        "",
    ),
    (
        "ANKARA",
        'Greece ratified the accord on Tuesday. "This decision confirms that Turkey is '
        'isolated," an Egyptian spokesman said.',
        "",
    ),
    (
        "MOSCOW",
        "Estonia banned two Russian television channels on Monday. The Russian Embassy said the "
        "decision did not show that Estonia was afraid.",
        "EST>RUS:17",
    ),
]

# "regarded New Zealand as a reliable partner": a state held a friend is praised
# (v.regard_as_friend)
HELD_FRIENDS: list[Case] = [
    (
        "BANGKOK",
        'A Thai foreign ministry spokesperson said Bangkok regarded Vietnam as "a reliable '
        'partner" and expected a trade deal by June.',
        "THA>VNM:05",
    ),
    (
        "NAIROBI",
        "Kenya's president said Nairobi sees Ethiopia as a trusted friend.",
        "KEN>ETH:05",
    ),
    (
        "NEW DELHI",
        "India's foreign minister described Japan as an indispensable partner in the region.",
        "IND>JPN:05",
    ),
]

# a state held a threat or a rival, a plan held reliable, a denial, a passive with no holder
HELD_FRIENDS_NOT: list[Case] = [
    ("NAIROBI", "Kenya's president said Nairobi regarded Ethiopia as a rival.", ""),
    ("WARSAW", "Poland's defense minister described Russia as a threat.", "POL>RUS:11"),
    (
        "SANTIAGO",
        "Chile's foreign minister said Santiago regarded Peru's plan as a reliable basis for "
        "talks.",
        "",
    ),
    (
        "BUDAPEST",
        "Hungary's prime minister said Budapest did not regard Ukraine as a reliable partner.",
        "",
    ),
    ("MANAGUA", "Ortega is regarded as a key ally of Russia in the region.", ""),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = (
    BROKEN_RELATIVES
    + BROKEN_RELATIVES_NOT
    + SHOWN_STATES
    + SHOWN_STATES_NOT
    + HELD_FRIENDS
    + HELD_FRIENDS_NOT
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses30_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses30_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
