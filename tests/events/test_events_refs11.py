"""Actors taken from the wrong place (refs part 11): extras of the development sets.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.

PAIRS: a pair reference ("both governments", "the two sides", "both leaders") stands for
the wrong states when the nearest set is a route ("a rail plan through Uzbekistan": a place,
locatives), a nearer list that leaves out the state its actor already acts on ("lodged a
protest with Tokyo and warned both governments": the pair Tokyo belongs to, from as far back
as an earlier plural), or one side and a third party that acted on it ("Moscow warned
Yerevan ... Turkey praised both leaders": the story's pair, the first list of two in the
article's first sentences, when both are still named nearby).

SPEAKERS: a verb of addressing a party joined to a clause a speaker reports ("Egypt said
Ethiopia had broken its promises and urged Sudan to join talks") is the speaker's act, not the
reported subject's (addressing_verbs); other verbs stay with that subject ("said Chinese ships
had entered its waters and rammed a boat").

SUBJECTS: a subject followed by a clause of its own the parser took for a participle ("Brazil,
whose border touches both countries, offered to mediate, and the United States urged
Colombia") does not urge; "Germany, backed by France, urged" is one clause.

ENVOYS: an ambassador or envoy named by title with no state ("Ambassador Wu Jiang") is the
one envoy with a state named in its own or the two sentences before ("summoned China's
ambassador"), not the dateline's state; with none, the article's state as before.

LAWMAKERS: a senator, lawmaker or MP named with no state takes the capital a fronted "In
Washington," puts them in, as ministers do (place_titles): "In Washington, Sen. X criticized
the administration" in a Havana story is a domestic act, no Cuban one.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PAIRS: list[Case] = [
    (
        "ASTANA",
        "Kyrgyzstan and Tajikistan signed a border treaty on Friday. The treaty ends a long "
        "feud. It was reached after years of talks. China will pay for new roads on the line. "
        "Iran said it was not consulted. Russia welcomed the accord but criticized a rail plan "
        "through Uzbekistan. Turkey congratulated the two governments.",
        "KGZ>TJK:05 TJK>KGZ:05 RUS>KGZ:05 RUS>TJK:05",
    ),
    (
        "ABU DHABI",
        "Kenya and Somalia signed a maritime accord on Monday. The deal was signed by Kenyan "
        "President Daniel Otieno and Somali President Ahmed Warsame. The accord sets a sea "
        "border. Norway will fund a survey of the line. Russia said it had not been told. Egypt "
        "welcomed the deal but voiced concern about shipping via Eritrea. Qatar praised both "
        "leaders.",
        # "both leaders" are the two presidents named just before (session 63, U63's pair rule)
        "KEN>SOM:05 SOM>KEN:05 KEN>SOM:05 SOM>KEN:05 QAT>KEN:05 QAT>SOM:05",
    ),
    (
        "MANILA",
        "Japan and the Philippines signed a defense pact on Monday. The pact was signed in "
        'Manila by the two defense ministers. It must still be ratified. "It targets no one," '
        'one minister said. "It is about disasters." Officials said Japanese troops would train '
        "with Philippine and Australian forces. China lodged a protest with Tokyo and warned "
        "both governments against provocation.",
        "JPN>PHL:05 PHL>JPN:05 JPN>PHL:05 PHL>JPN:05 CHN>JPN:11 CHN>JPN:13 CHN>PHL:13",
    ),
    (
        "BAKU",
        'Armenia and Azerbaijan signed a peace treaty on Tuesday. "The war is over," the '
        "Azerbaijani president said. Washington pledged money to clear mines. Russia said it "
        "had not been consulted. Moscow also warned Yerevan against hosting Western troops. "
        "Turkey, which backed Azerbaijan in the war, praised both leaders.",
        # the clause's backing and the praise: two acts of one root, both coded (session 17)
        "ARM>AZE:05 AZE>ARM:05 RUS>ARM:13 TUR>AZE:05 TUR>ARM:05 TUR>AZE:05",
    ),
    (
        "ADDIS ABABA",
        'Eritrea and Ethiopia agreed on Sunday to reopen their border. "Families will meet '
        'again," the Eritrean minister said. Sudan said it was ready to help. Egypt criticized '
        "Addis Ababa over its dam on the Nile. Kenya congratulated the two governments.",
        "ERI>ETH:05 ETH>ERI:05 EGY>ETH:11 KEN>ERI:05 KEN>ETH:05",
    ),
    (
        "HANOI",
        "Vietnam and Cambodia signed a trade deal on Monday. Laos praised both governments.",
        "VNM>KHM:05 KHM>VNM:05 LAO>VNM:05 LAO>KHM:05",
    ),
    (
        "DOHA",
        "Israel and Hamas agreed to a truce on Sunday. Qatar urged both sides to respect it.",
        "ISR>PSE:05 PSE>ISR:05 QAT>ISR:02 QAT>PSE:02",
    ),
    (
        "BERLIN",
        "Armenia accused Azerbaijan of shelling its villages. Germany urged the two countries "
        "to return to talks.",
        "ARM>AZE:11 AZE>ARM:19 DEU>ARM:02 DEU>AZE:02",
    ),
    (
        "SEOUL",
        "South Korea and Japan agreed on Tuesday to share missile data. The data will come from "
        "American and Korean radars. North Korea condemned Seoul and warned both countries of a "
        "firm response.",
        "KOR>JPN:05 JPN>KOR:05 PRK>KOR:11 PRK>KOR:13 PRK>JPN:13",
    ),
]

SPEAKERS: list[Case] = [
    (
        "CAIRO",
        "Egypt's foreign ministry said Ethiopia had broken its promises and urged Sudan to join "
        "talks.",
        "EGY>ETH:11 EGY>SDN:02",
    ),
    (
        "NEW DELHI",
        "India said Pakistan had shelled its posts and warned Islamabad of a response.",
        "PAK>IND:19 IND>PAK:13",
    ),
    (
        "SEOUL",
        "Ukraine's foreign ministry said Moscow was arming North Korea and urged Seoul to send "
        "air defenses to Kyiv.",
        "RUS>PRK:07 UKR>KOR:02",
    ),
    (
        "RIYADH",
        "Saudi Arabia said the Houthis had fired drones at its oil sites and asked Iran to "
        "restrain them.",
        "SAU>IRN:02",
    ),
    (
        "WARSAW",
        "Poland's president said Belarus had pushed migrants over the border and pressed the "
        "EU to fund a wall.",
        "POL>EU:02",
    ),
    (
        "MANILA",
        "The Philippines said Chinese ships had entered its waters and rammed a supply boat.",
        "CHN>PHL:15",
    ),
    (
        "TOKYO",
        "Japan said Russian bombers had flown near Hokkaido and then circled back.",
        "RUS>JPN:15|19",
    ),
]

SUBJECTS: list[Case] = [
    (
        "BOGOTA",
        "Brazil, whose border touches both countries, offered to mediate, and the United States "
        "urged Colombia to show restraint.",
        "USA>COL:02",
    ),
    (
        "RABAT",
        "Spain, which ruled the territory until 1975, offered to help, and France urged Algeria "
        "to reopen the border.",
        "FRA>DZA:02",
    ),
    (
        "LIMA",
        "Chile, which borders both countries, offered to host talks, and Argentina urged Peru "
        "to accept.",
        "ARG>PER:02",
    ),
    (
        "BERLIN",
        "Germany, backed by France, urged Serbia to recognize Kosovo.",
        "FRA>DEU:05 DEU>SRB:02",
    ),
]

ENVOYS: list[Case] = [
    (
        "SEOUL",
        "Japan summoned China's ambassador on Monday over the drills. Japan's Deputy Minister Ken "
        "Sato told Ambassador Wu Jiang that the exercises were dangerous. Wu rejected the "
        "complaint.",
        "JPN>CHN:11 JPN>CHN:11 CHN>JPN:12",
    ),
    (
        "VILNIUS",
        "Lithuania summoned Russia's envoy on Tuesday over the airspace violation. Envoy Pavel "
        "Orlov dismissed the protest as baseless.",
        "LTU>RUS:11 RUS>LTU:12",
    ),
    (
        "ANKARA",
        "Turkey summoned Sweden's ambassador on Monday. Later, Ambassador Erik Lund met "
        "Turkey's deputy foreign minister.",
        "TUR>SWE:11 SWE>TUR:04",
    ),
    (
        "PARIS",
        "France recalled its ambassador to Mali. Ambassador Claire Roux criticized the junta "
        "before leaving Bamako.",
        "FRA>MLI:16 FRA>MLI:11",
    ),
    (
        "WASHINGTON",
        "Ambassador Linda Moore said Washington would send more aid to Ukraine.",
        "USA>UKR:03|07",
    ),
]

LAWMAKERS: list[Case] = [
    (
        "HAVANA",
        "In Washington, Senator Mark Delgado accused Cuba of hosting Chinese spies.",
        "USA>CUB:11",
    ),
    (
        "BEIJING",
        "In Tokyo, lawmaker Kenji Mori urged China to release the detained businessman.",
        "JPN>CHN:02",
    ),
    (
        "LONDON",
        "In Ottawa, MP Claire Dubois criticized India over the killing of a Sikh activist.",
        "CAN>IND:11",
    ),
]

LAWMAKERS_NONE: list[NearMiss] = [
    (
        "HAVANA",
        "In Washington, Sen. Mark Delgado, a Florida Republican, criticized the administration "
        "for its migration policy.",
    ),
    (
        "TEHRAN",
        "In Washington, Senator Ruth Bell criticized the White House over its budget.",
    ),
    (
        "MOSCOW",
        "In London, MP John Reed accused the prime minister of weakness.",
    ),
]

GAPS: list[Gap] = [
    (
        "BEIJING",
        "India and the United States signed a defense framework on Monday. It covers drones "
        "and ships. Officials in both capitals praised it. Troops from Indian and French units "
        "will drill next year. China summoned India's ambassador and warned the two countries "
        "against forming blocs.",
        "IND>USA:05 USA>IND:05 CHN>IND:11 CHN>IND:13 CHN>USA:13",
        "the nearer list also holds India, so 'the two countries' is India and France",
    ),
]

NONE: list[NearMiss] = [
    ("BUDAPEST", "Hungary, which buys Russian gas, offered to host the summit."),
    *LAWMAKERS_NONE,
]

CASES = PAIRS + SPEAKERS + SUBJECTS + ENVOYS + LAWMAKERS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs11_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_refs11_codes_actors_in_place(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
