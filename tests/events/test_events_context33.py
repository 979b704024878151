"""Context 33 (session 21, builder S20): wrong actors found by set 20's first run.

Coded: a comma-set participle the parser hangs on an asked infinitive is the asker's ("Peru
asked the OAS to send observers, accusing Bolivia of ...": clauses _asker_of_aside), so a
later "rejected the complaint" answers the asker too; a complaint "against" a state is aimed
at it, not at the forum it is filed with (v.lodge_protest); "she" after a ministry's nameless
spokeswoman in her own sentence is that spokeswoman, not a minister named the sentence before
(coref _nameless_title); "it" after "The SBU security service said" is the service
(coref _reporter), and a few more states' security services are named (actors/groups.yaml); a pair "along
with" the subject is no pair "the two countries" refers to (plurals _bystander).
Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ASIDES: list[Case] = [
    (
        "LIMA",
        "Peru asked the Organization of American States on Friday to send observers to its "
        "border, accusing Bolivia of arming smugglers.",
        "PER>BOL:11",
    ),
    (
        "NAIROBI",
        "Kenya urged the African Union on Tuesday to send a fact-finding team to the border "
        "region, blaming Somalia for the clashes.",
        "KEN>AU:02 KEN>SOM:11",
    ),
    (
        "BOGOTA",
        "Colombia asked the U.N. Security Council on Monday to hold an urgent meeting on the "
        "border, accusing Venezuela of massing troops. Venezuela's Foreign Ministry rejected "
        "the complaint.",
        "COL>UN:02 COL>VEN:11 VEN>COL:12",
    ),
    # kept: an aside that names no one else codes only the appeal
    (
        "TOKYO",
        "Japan urged South Korea to act quickly, citing the danger to fishermen.",
        "JPN>KOR:02",
    ),
    (
        "SEOUL",
        "South Korea asked the United States to deploy more troops, warning of a growing threat.",
        "KOR>USA:02",
    ),
]

COMPLAINTS: list[Case] = [
    (
        "ALGIERS",
        "Algeria filed a complaint against Morocco with the U.N. Security Council on Sunday.",
        "DZA>MAR:11",
    ),
    (
        "PHNOM PENH",
        "Cambodia lodged a complaint against Thailand with ASEAN over the shelling.",
        "KHM>THA:11",
    ),
    # kept: with no "against", the forum or the state it is lodged with
    (
        "ACCRA",
        "Ghana filed a complaint with the United Nations on Monday.",
        "GHA>UN:11",
    ),
    (
        "ATHENS",
        "Greece lodged a protest with Turkey over the flights.",
        "GRC>TUR:11",
    ),
]

SPOKESWOMEN: list[Case] = [
    (
        "MOSCOW",
        "Poland said it supported Lithuania's decision. Polish Foreign Minister Tomasz Wrobel "
        "said on X that the move was right. Russia's Foreign Ministry spokeswoman said the "
        'quarrel showed "the real face" of the authorities in Vilnius, which she accused of '
        "persecuting ethnic minorities.",
        "POL>LTU:05 RUS>LTU:11",
    ),
    (
        "BEIJING",
        "Germany backed the plan. German Chancellor Ingrid Bauer said it was overdue. China's "
        "Foreign Ministry spokeswoman said the decision showed the true face of Manila, which "
        "she accused of provoking tensions.",
        "CHN>PHL:11",
    ),
]

# "<name> security service said it had ...": the name the parser hangs on the subject's noun
# is who "it" is (coref _reporter), not the state the sentence before named; a state's own
# security service detaining its own citizens codes nothing
SERVICES: list[Case] = [
    (
        "KYIV",
        "Hungary expelled a Ukrainian diplomat on Friday. The SBU security service said it "
        "had arrested a Hungarian spy.",
        "HUN>UKR:16 UKR>HUN:17",
    ),
    (
        "BERLIN",
        "Germany expelled a Russian diplomat on Monday. Russia expelled a German diplomat in "
        "return. The BND intelligence service said it had arrested a Russian agent.",
        "DEU>RUS:16 RUS>DEU:16 DEU>RUS:17",
    ),
    (
        "KYIV",
        "Ukraine ordered a Hungarian diplomat to leave the country on Thursday. Hungary expelled "
        "a Ukrainian diplomat in return. The SBU security service said it had detained two "
        "Ukrainian citizens.",
        "UKR>HUN:16 HUN>UKR:16",
    ),
    (
        "TALLINN",
        "Estonia expelled a Russian diplomat on Monday. Russia expelled an Estonian diplomat in "
        "return. The KAPO security police said it had detained two Estonian citizens.",
        "EST>RUS:16 RUS>EST:16",
    ),
]

# a pair after "along with" or "together with" acts beside the subject: "the two countries"
# later is the story's pair, not these companions (plurals _bystander, companion_words)
COMPANIONS: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Somalia restored diplomatic ties in 2022, and Ethiopia later joined talks "
        "together with Eritrea and Djibouti. The two countries began mending ties last year.",
        "KEN>SOM:05 SOM>KEN:05 ETH>ERI:04 ETH>DJI:04 KEN>SOM:05 SOM>KEN:05",
    ),
    (
        "BAMAKO",
        "Morocco and Algeria cut ties in 2021, and Niger later quit the alliance along with Mali "
        "and Burkina Faso. The two countries agreed on Monday to reopen their embassies.",
        "MAR>DZA:05 DZA>MAR:05",
    ),
]

CASES = ASIDES + COMPLAINTS + SPOKESWOMEN + SERVICES + COMPANIONS
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context33_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context33_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
