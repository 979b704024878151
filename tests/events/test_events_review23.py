"""Review 23 (session 15, builder DT): the target of a criticised deed.

BACKGROUND: a reaction to "the decision", "the move", "the accusation" or "the sanctions"
answers the news, not an act told as background between the deed and the reaction: one
dated years back on its own clause or on the clause it hangs on ("last year", "in 2021",
"two years ago"), or told in the pluperfect in the story's own voice ("In 2021, Spain had
hosted ..."), in a sentence whose main acts are all such background (_background_sentence).
A reported pluperfect ("NATO said Russia had violated ...") and a dated relative clause in a
sentence of news ("a commission that both set up in 2019") are no background; a reaction
told as background itself may answer one.
RETURNED: a third party's criticism of "the decision" right after a victim's retaliation codes
nothing (_returned_deed). ADOPTED: a resolution an IGO body adopted is the body's act, not its
drafter's (_adopters). CAUSE: an act told after "after" causes its sentence's main act, which
"the decision" answers (_cause_clause).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

BACKGROUND: list[Case] = [
    (
        "ROME",
        "Tunisia closed its border crossings with Libya on Sunday. Relations between the two "
        "soured last year after Libyan militias detained dozens of Tunisian workers. Italy "
        "criticized the decision.",
        # "Libyan militias" act for no state (the guidelines code armed groups only when they
        # stand for a people with no state; session 26 ruling, test_events_review50)
        "TUN>LBY:19|16 ITA>TUN:11",
    ),
    (
        "MADRID",
        "Morocco suspended fishing licences for Spanish vessels on Tuesday. In 2021, Spain had "
        "hosted the leader of the Polisario Front for medical treatment, angering Rabat. The "
        "European Commission called the move disproportionate.",
        # the licences of a state's vessels suspended (v.revoke_craft_licence, session 40)
        "MAR>ESP:16 EU>MAR:11",
    ),
    (
        "MOSCOW",
        "Poland accused Russia of sabotage on its railways on Monday. In 2023, Lithuania had "
        "accused Moscow of similar attacks. Moscow rejected the accusation.",
        "POL>RUS:11 LTU>RUS:11 RUS>POL:12",
    ),
    (
        "LONDON",
        "Britain imposed sanctions on Iran on Monday. In 2019, the United States had imposed "
        "sanctions on Venezuela. Russia criticized the sanctions.",
        "GBR>IRN:16 USA>VEN:16 RUS>GBR:11",
    ),
    (
        "PARIS",
        "Niger expelled the French ambassador on Friday. Mali had expelled France's envoy in "
        "2022. The European Union condemned the expulsion.",
        "NER>FRA:16 MLI>FRA:16 EU>NER:11",
    ),
    (
        "LONDON",
        "Britain seized an Iranian tanker on Monday. In 2019, Iran had seized a British tanker "
        "in the Gulf. Russia criticized the seizure.",
        "GBR>IRN:17 IRN>GBR:17 RUS>GBR:11",
    ),
]

# News told in the pluperfect or with a dated clause: the act answered all the same.
BACKGROUND_KEPT: list[Case] = [
    (
        "BRUSSELS",
        "NATO said Russia had violated Estonian airspace with three fighter jets. Moscow "
        "rejected the accusation.",
        "NATO>RUS:11 RUS>EST:15 RUS>NATO:12",
    ),
    (
        "LONDON",
        "Iran seized a British tanker on Friday, months after Britain had seized an Iranian "
        "tanker off Gibraltar. London condemned the seizure.",
        "IRN>GBR:17 GBR>IRN:17 GBR>IRN:11",
    ),
    (
        "MOSCOW",
        "Last year, Finland closed its border with Russia. Moscow called the step a provocation.",
        "FIN>RUS:19|16 RUS>FIN:11",
    ),
    (
        "VILNIUS",
        "Lithuania said Belarus had detained three of its citizens. Vilnius condemned the "
        "detentions.",
        "LTU>BLR:11",
    ),
]

# A story that opens on a dated act has no news before it: the reaction answers that act.
OPENING: list[Case] = [
    (
        "ATHENS",
        "Bulgaria and Greece signed a gas pipeline deal in 2019. Russia criticized the agreement.",
        "BGR>GRC:05 GRC>BGR:05 RUS>BGR:11 RUS>GRC:11",
    ),
    (
        "BELGRADE",
        "Serbia and Montenegro signed a border accord in 2023. The EU called the agreement "
        "historic. Russia objected.",
        # (session 21, lead's decision: praise by naming is 05 to the act's parties, guidelines)
        "SRB>MNE:05 MNE>SRB:05 EU>SRB:05 EU>MNE:05 RUS>SRB:11 RUS>MNE:11",
    ),
]

# RETURNED: a third party's criticism of "the decision" or "the move" right after a hostile
# deed that returns one just told (the victim's retaliation) may mean either: it codes nothing
# (_returned_deed); the victim's own criticism, a named act or a friendly answer still do.
RETURNED: list[Case] = [
    (
        "PARIS",
        "Algeria expelled twelve French embassy staff on Monday. France responded by recalling "
        "its ambassador from Algiers. The European Union criticized the decision.",
        "DZA>FRA:16 FRA>DZA:16",
    ),
    (
        "OTTAWA",
        "India expelled six Canadian diplomats on Monday. Canada then expelled six Indian "
        "diplomats. Australia criticized the decision.",
        "IND>CAN:16 CAN>IND:16",
    ),
    (
        "WARSAW",
        "Russia expelled four German diplomats on Friday. Germany retaliated by expelling four "
        "Russian envoys. Poland condemned the decision.",
        "RUS>DEU:16 DEU>RUS:16",
    ),
    (
        "ALGIERS",
        "Algeria expelled twelve French embassy staff on Monday. France responded by recalling "
        "its ambassador from Algiers. Algeria condemned the decision.",
        "DZA>FRA:16 FRA>DZA:16 DZA>FRA:11",
    ),
    (
        "RIGA",
        "Belarus detained a Lithuanian diplomat on Tuesday. Lithuania expelled a Belarusian "
        "envoy in retaliation. Latvia condemned the detention.",
        "BLR>LTU:17 LTU>BLR:16 LVA>BLR:11",
    ),
    (
        "BERLIN",
        "Russia expelled four German diplomats on Friday. Germany summoned the Russian "
        "ambassador. Poland condemned the decision.",
        "RUS>DEU:16 DEU>RUS:11 POL>RUS:11",
    ),
]

# ADOPTED: "the resolution" an IGO body adopted, passed or approved is that body's act, not
# its drafter's or sponsor's (_adopters); a veto makes no author.
ADOPTED: list[Case] = [
    (
        "UNITED NATIONS",
        "The UN General Assembly adopted a resolution, drafted by Ukraine, demanding that "
        "Russia withdraw its troops. Russia's envoy rejected the resolution.",
        "UN>RUS:10|02 RUS>UN:12",
    ),
    (
        "GENEVA",
        "The Human Rights Council passed a resolution sponsored by Britain condemning abuses "
        "in Eritrea. Eritrea rejected the resolution as biased.",
        "ERI>UN:12",
    ),
    (
        "BUDAPEST",
        "The European Parliament adopted a resolution, tabled by Polish lawmakers, calling on "
        "Hungary to respect the rule of law. Budapest rejected the resolution.",
        "EU>HUN:02|10 HUN>EU:12",
    ),
    (
        "NEW YORK",
        "A resolution drafted by Ukraine was adopted by the General Assembly on Thursday. "
        "Russia rejected the resolution.",
        "RUS>UN:12",
    ),
    (
        "BEIJING",
        "Russia vetoed a Security Council resolution drafted by the United States. China "
        "criticized the resolution.",
        "RUS>UN:12 CHN>USA:11",
    ),
]

# CAUSE: an act told after "after" or "following" is the cause of its sentence's main act;
# "the decision" a later reaction answers is the main act, or nothing when that is uncoded
# (_cause_clause).
CAUSE: list[Case] = [
    (
        "KAMPALA",
        "Rwanda cut diplomatic ties with Belgium after Brussels froze aid to Kigali. Uganda "
        "criticized the decision.",
        "RWA>BEL:16 BEL>RWA:16 UGA>RWA:11",
    ),
    (
        "NICOSIA",
        "Turkey sent a survey ship into disputed waters after Greece signed a maritime deal "
        "with Egypt. Cyprus condemned the move.",
        "GRC>EGY:05",
    ),
    (
        "ROME",
        "Algeria suspended a friendship treaty with Spain after France backed Morocco's plan "
        "for Western Sahara. Italy called the decision regrettable.",
        "DZA>ESP:16 FRA>MAR:05 ITA>DZA:11",
    ),
]

GAPS: list[Gap] = []

CASES = BACKGROUND + BACKGROUND_KEPT + OPENING + RETURNED + ADOPTED + CAUSE
NONE: list[NearMiss] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review23_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review23_codes_review_findings(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected failures."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
