"""Reactions to an earlier act and criticism in reported speech (session 14, builder R).

ABETS: "said Bogota was harbouring rebels", "said Algeria was supporting terrorist groups",
"said Beijing was spreading disinformation": a state said to back armed groups or to spread
lies is accused (112, v.say_abets): a verb and an object (or the object's modifier) of the
words must meet (_worded_clause with modifiers), so "was sheltering refugees", "was fighting
the rebels" or "was supporting its fight against terrorist groups" charges no one. "continued
to sponsor terrorism", "kept arming the rebels": the act it goes on doing (continuing_verbs).
RENEGED: "said Pyongyang had broken its promise" criticises (111, v.say_reneged).
SERVILE: '"Finland has become a tool of NATO," the spokesman said', "said Lithuania was acting
as a pawn of Washington": the role a reported clause gives its actor subject, as predicate or
as-phrase of its verb or infinitive (role_clause, v.say_servile); never "an instrument of
peace", a negated role or a member.
JUDGED: a reaction that judges the act just told ("told reporters that the decision was
unjust", "described the ban as regrettable", "said the expulsion was one-sided"): more
judging words, the hyphenated form as written, and a predicate the parser reads as a passive
verb ("the decision was misguided", "the move was blackmail": _word_form). Nothing for a
state's own act or with no act told.
NAMED: "called the step a provocation": a naming verb's unless_words ("a step forward")
judge the name given, not the thing named.
DERIVED: "cancelled ... the cancellation", "converted ... the conversion", "destroyed ... the
destruction": noun endings a verb's ending replaces (act_rewrites), so a reaction answers
the act's doer; nothing when the doer is no state (a storm, an orchestra).
KEPT: forms that already worked when this file was written (reaction nouns with their
verbs, rejected charges, reported violations, reactions to a domestic act of another state)
and the near-misses of the brief (a natural disaster, a domestic vote, guests welcomed).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ABETS: list[Case] = [
    (
        "CARACAS",
        "Venezuela's president said Bogota was harbouring rebels along the border.",
        "VEN>COL:11",
    ),
    (
        "ISLAMABAD",
        "Pakistan's foreign ministry said Kabul was sheltering terrorists who attack its soldiers.",
        "PAK>AFG:11",
    ),
    ("KINSHASA", "Congo's government said Rwanda was arming the M23 rebels.", "COD>RWA:11"),
    ("ANKARA", "Turkey said Greece was harbouring coup plotters.", "TUR>GRC:11"),
    (
        "KHARTOUM",
        "Sudan's army said the United Arab Emirates was funding the paramilitary forces.",
        "SDN>ARE:11",
    ),
    (
        "BAMAKO",
        "Mali's junta said Algeria was supporting terrorist groups in the north.",
        "MLI>DZA:11",
    ),
    (
        "TAIPEI",
        "Taiwan said Beijing was spreading disinformation before the election.",
        "TWN>CHN:11",
    ),
    (
        "TEHRAN",
        '"The Saudi regime is spreading lies about our country," the Iranian foreign minister '
        "said.",
        "IRN>SAU:11",
    ),
    ("NEW DELHI", "India said Pakistan continued to sponsor terrorism.", "IND>PAK:11"),
    ("GOMA", "Congo said Rwanda kept arming the rebels in the east.", "COD>RWA:11"),
    ("SEOUL", "Seoul said Pyongyang had broken its promise to stop the tests.", "KOR>PRK:11"),
]

ABETS_NONE: list[NearMiss] = [
    ("ANKARA", "Turkey said it was sheltering four million refugees."),
    ("ANKARA", "Turkey said Greece was hosting the migrants in camps."),
    ("BAMAKO", "Mali's junta said France was supporting its fight against terrorist groups."),
    ("KHARTOUM", "Sudan's army said it was fighting the paramilitary forces in Darfur."),
    ("NDJAMENA", "Chad said Sudan was not arming the rebels."),
    ("TAIPEI", "Taiwan said Beijing was preparing for the election."),
    ("ANKARA", "Turkey said Russia continued to support the peace process."),
]

SERVILE: list[Case] = [
    (
        "HAVANA",
        '"Panama has chosen to serve as an instrument of the blockade," the Cuban foreign '
        "minister said on Tuesday.",
        "CUB>PAN:11",
    ),
    (
        "BEIJING",
        '"Lithuania is acting as a pawn of Washington," a Chinese foreign ministry spokesman said.',
        "CHN>LTU:11",
    ),
    (
        "MOSCOW",
        '"Finland has become a tool of NATO," the Kremlin spokesman told reporters.',
        "RUS>FIN:11",
    ),
    (
        "TEHRAN",
        "Iran's foreign minister said the Bahraini government was a puppet of Riyadh.",
        "IRN>BHR:11",
    ),
]

SERVILE_NONE: list[NearMiss] = [
    (
        "HAVANA",
        '"Panama has chosen to serve as a host of the summit," the Cuban foreign minister said.',
    ),
    ("TOKYO", "Japan said the treaty was an instrument of peace."),
    ("MUSCAT", "Oman said Qatar was not a pawn of Iran."),
    ("MOSCOW", "The Kremlin said Finland was a member of NATO."),
]

JUDGED: list[Case] = [
    (
        "SKOPJE",
        "Greece suspended talks with North Macedonia on Thursday. The North Macedonian foreign "
        "minister told reporters in Skopje that the decision was unjust.",
        "GRC>MKD:16 MKD>GRC:11",
    ),
    (
        "NEW DELHI",
        "Nepal banned Indian news channels last week. India's foreign secretary described the ban "
        "as regrettable.",
        "NPL>IND:17 IND>NPL:11",
    ),
    (
        "SANTIAGO",
        "Chile recalled its ambassador from Bolivia. Bolivia's foreign minister said the decision "
        "was misguided.",
        "CHL>BOL:16 BOL>CHL:11",
    ),
    (
        "RIGA",
        "Russia expelled two Latvian diplomats. Riga said the expulsion was one-sided.",
        "RUS>LVA:16 LVA>RUS:11",
    ),
    (
        "VILNIUS",
        "Belarus expelled a Lithuanian consul. Vilnius said the expulsion was politicized.",
        "BLR>LTU:16 LTU>BLR:11",
    ),
    (
        "SOFIA",
        "Russia halted gas deliveries to Bulgaria. Sofia said the move was blackmail.",
        "RUS>BGR:16 BGR>RUS:11",
    ),
]

JUDGED_NONE: list[NearMiss] = [
    (
        "PARIS",
        "France raised the retirement age. The French prime minister said the decision was "
        "necessary.",
    ),
    ("LONDON", "Britain's foreign secretary said the decision was unjust."),
    ("KYIV", "Ukraine said the ceasefire was violated overnight."),
    ("ANKARA", "Turkey's interior minister said the border gate was closed for repairs."),
]

NAMED: list[Case] = [
    (
        "SOFIA",
        "North Macedonia closed a border crossing with Bulgaria. Bulgaria's foreign minister "
        "called the step a provocation.",
        "MKD>BGR:16 BGR>MKD:11",
    ),
    # 'that step a provocation', read as a clause (that = subject, step = verb), is split
    # (context._merged_predicates, session 21: was a gap)
    (
        "SOFIA",
        "North Macedonia closed a border crossing with Bulgaria. Bulgaria's foreign minister "
        "called that step a provocation.",
        "MKD>BGR:16 BGR>MKD:11",
    ),
]

NAMED_NONE: list[NearMiss] = [
    ("ROME", "Italy's foreign minister called the plan a step forward."),
]

DERIVED: list[Case] = [
    (
        "ATHENS",
        "Turkey converted the Hagia Sophia into a mosque. Greece condemned the conversion.",
        "GRC>TUR:11",
    ),
    (
        "KYIV",
        "Hungary excluded Ukrainian officials from the meeting. Kyiv denounced the exclusion.",
        "UKR>HUN:11",
    ),
    (
        "THE HAGUE",
        "Russia revoked the accreditation of two Dutch journalists. The Netherlands protested the "
        "revocation.",
        "NLD>RUS:11",
    ),
    (
        "BRUSSELS",
        "Israel demolished a school funded by the European Union. Brussels deplored the "
        "demolition.",
        "EU>ISR:11",
    ),
    (
        "CAIRO",
        "Ethiopia ratified a new treaty on the Nile basin. Egypt rejected the ratification.",
        "EGY>ETH:12|11",
    ),
    (
        "YEREVAN",
        "Azerbaijan destroyed an Armenian church in Nagorno-Karabakh. Yerevan condemned the "
        "destruction.",
        "ARM>AZE:11",
    ),
]

DERIVED_NONE: list[NearMiss] = [
    ("SUVA", "The storm destroyed crops across Fiji. Australia regretted the destruction."),
    ("VIENNA", "The orchestra cancelled the concert. Austria regretted the cancellation."),
]

KEPT: list[Case] = [
    (
        "VILNIUS",
        "Lithuania expelled three Russian diplomats on Monday. The United States welcomed the "
        "expulsion.",
        "LTU>RUS:16 USA>LTU:05",
    ),
    (
        "CANBERRA",
        "Indonesia cancelled a planned visit by the Australian prime minister. Australia "
        "expressed regret over the cancellation.",
        "IDN>AUS:16 AUS>IDN:11",
    ),
    (
        "DUSHANBE",
        "Kazakhstan accused Tajikistan of sheltering militants. Tajikistan rejected the charge on "
        "Wednesday.",
        "KAZ>TJK:11 TJK>KAZ:12",
    ),
    (
        "WARSAW",
        "Belarus arrested two Polish journalists on Friday. Poland's foreign minister said the "
        "arrests violated that agreement.",
        "BLR>POL:17 POL>BLR:11",
    ),
    (
        "MOSCOW",
        "The UN General Assembly voted to condemn Russia on Thursday. Moscow dismissed the vote.",
        "UN>RUS:11 RUS>UN:12",
    ),
    (
        "MADRID",
        "Algeria recalled its ambassador from Madrid on Saturday. Spain regretted the decision.",
        "DZA>ESP:16 ESP>DZA:11",
    ),
    (
        "DAMASCUS",
        "Washington lifted sanctions on Syria's central bank on Friday. The Syrian foreign "
        "ministry hailed the decision.",
        "USA>SYR:08 SYR>USA:05",
    ),
    (
        "OTTAWA",
        "China released two detained Canadian citizens. Ottawa praised the release.",
        "CHN>CAN:08 CAN>CHN:05",
    ),
    (
        "TEHRAN",
        "Azerbaijan seized an Iranian tanker. Tehran denounced the seizure as piracy.",
        "AZE>IRN:17 IRN>AZE:11",
    ),
    (
        "BEIJING",
        "Japan's prime minister visited the Yasukuni shrine on Friday. China deplored the visit.",
        "CHN>JPN:11",
    ),
    (
        "KAMPALA",
        "Uganda accused Rwanda of backing rebels. Kigali dismissed the accusation as baseless.",
        "UGA>RWA:11 RWA>UGA:12",
    ),
    (
        "ACCRA",
        "Ghana's foreign minister told parliament that Togo's decision to close the border was "
        "hostile.",
        "GHA>TGO:11",
    ),
    (
        "BAKU",
        "A French court ruled that Azerbaijan must pay damages. Baku rejected the ruling.",
        "AZE>FRA:12",
    ),
    (
        "ASTANA",
        "Kyrgyzstan closed its border with Kazakhstan. Astana deplored the closure.",
        "KGZ>KAZ:16 KAZ>KGZ:11",
    ),
    (
        "VILNIUS",
        "Lithuania expelled a Chinese diplomat, saying Beijing had spied on its officials.",
        "LTU>CHN:16 LTU>CHN:11",
    ),
]

KEPT_NONE: list[NearMiss] = [
    (
        "ANKARA",
        "An earthquake struck eastern Turkey on Monday. Greece expressed regret over the loss of "
        "life.",
    ),
    (
        "NAIROBI",
        "Kenya's parliament passed a new finance law. The Kenyan president welcomed the vote.",
    ),
    ("TOKYO", "The Japanese prime minister welcomed the guests at his official residence."),
    ("SUVA", "A cyclone destroyed crops across Fiji. Australia regretted the damage."),
    (
        "MINSK",
        "Police arrested two protesters in Minsk. The Belarusian interior minister said the "
        "arrests were lawful.",
    ),
    ("PANAMA CITY", '"We have chosen to serve our people," the Panamanian minister said.'),
    ("CARACAS", "Venezuela's president said Bogota was hosting the summit this year."),
    (
        "ANKARA",
        "Turkey's constitutional court annulled the decree. The Turkish justice minister welcomed "
        "the ruling.",
    ),
    ("WASHINGTON", "The United States welcomed the new year with fireworks."),
]

GAPS: list[Gap] = [
    (
        "RIGA",
        "Russia suspended rail freight to Latvia. Riga called the suspension blackmail.",
        "RUS>LVA:16 LVA>RUS:11",
        "the rail freight suspended is coded to no one, so the suspension has no doer",
    ),
    (
        "BELGRADE",
        "Bosnia banned Serbian goods. Belgrade said the prohibition was unjust.",
        "BIH>SRB:16|17 SRB>BIH:11",
        "'prohibition' names 'prohibit', not the 'banned' told before (no synonyms of acts)",
    ),
    (
        "OSLO",
        "Norway closed its ports to Russian trawlers, saying Russian ships had repeatedly switched "
        "off their transponders.",
        "NOR>RUS:19 NOR>RUS:11",
        "switching off transponders is no listed misdeed (v.say_accuse clause_words)",
    ),
    (
        "DHAKA",
        "Bangladesh said Myanmar had failed to take back the refugees.",
        "BGD>MMR:11",
        "a failure to act is a reproach only with 'enough' (_falls_short)",
    ),
]

# an authorities' deed on people in a state with no doer named is that state's (clauses
# deed_place, session 51; was a gap)
PLACED_DEED: list[Case] = [
    ("RIYADH", "Canada criticised the arrests of activists in Saudi Arabia.", "CAN>SAU:11"),
]

CASES = ABETS + SERVILE + JUDGED + NAMED + DERIVED + KEPT + PLACED_DEED
NONE = ABETS_NONE + SERVILE_NONE + JUDGED_NONE + NAMED_NONE + DERIVED_NONE + KEPT_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context24_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context24_codes_reactions(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
