"""The second act of a sentence (session 15, builder OE).

SECOND CLAUSES: one sentence telling two acts of one pair codes both when the second sits in a
clause of its own joined to the first: a complement of a conjunct ("met his counterpart and
promised that Warsaw would keep supplying fuel to Kyiv"), a subordinate clause with a subject
of its own under a conjunct ("restored ties, but ties soured after Ecuador expelled Colombian
diplomats"), an absolute with-clause ("signed a deal, with the bloc pledging loans"), and a
reaction's second clause whose target the context gives ("condemned the expulsion and said
Moscow would retaliate") (_clause_anchor, _with_clause, _coordinated_act); a hostile act told
by a subjectless "and said" acts on whom the verb before it acted on (_said_conjunct). A
complement of a conjunct that is itself coded ("pledged to send firefighters") stays one act.
A saying verb joined right after the first act is an act of its own when what it says codes
another root ("thanked Guatemala but said the boats must be returned": _saying_act).
DENIALS: "..., a charge Ottawa rejects", "..., allegations the Kremlin denies": the tagger reads
the present-tense verb as a plural noun, or the clause as the noun's verb; the words (comma,
claim noun, actor, refusal verb) say the actor answers the accusation (_appended_denials).
LISTED: "prompting a protest from Nicosia and a warning from the EU", "drew condemnation from
Rome and criticism from the EU": a later reaction noun of the list is drawn by the same act as
the first (_listed_elicited).
VISITS: "handed a mask to Congo during a visit by the Belgian king": a visit by the host verb's
own subject with no place of its own visits the verb's partner (n.visit host_args, _phrase_host).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SECOND_CLAUSES: list[Case] = [
    (
        "WARSAW",
        "Poland's foreign minister met his Ukrainian counterpart in Lviv on Monday and promised "
        "that Warsaw would keep supplying fuel to Kyiv.",
        "POL>UKR:04 POL>UKR:03|07",
    ),
    (
        "BRUSSELS",
        "The European Union and Chile signed a trade agreement on Monday, with the bloc pledging "
        "500 million euros in loans for lithium projects.",
        "EU>CHL:05 CHL>EU:05 EU>CHL:03|07",
    ),
    (
        "BOGOTA",
        "Colombia and Ecuador restored diplomatic relations in 2022, but ties soured again after "
        "Ecuador's government expelled Colombian diplomats in March.",
        "COL>ECU:05 ECU>COL:05 ECU>COL:16",
    ),
    (
        "TALLINN",
        "Estonia expelled a Russian diplomat on Monday. Russia's Foreign Ministry condemned the "
        "expulsion as a provocation and said Moscow would retaliate.",
        "EST>RUS:16 RUS>EST:11 RUS>EST:13",
    ),
    (
        "MOSCOW",
        "Finland closed its border crossings with Russia on Friday. The Kremlin denounced the "
        "closure and said Russia would take countermeasures.",
        "FIN>RUS:19|16 RUS>FIN:11 RUS>FIN:13",
    ),
    (
        "JUBA",
        "China's envoy said Beijing respected South Sudan's sovereignty and would keep providing "
        "development aid to the country.",
        "CHN>SSD:05 CHN>SSD:03|07",
    ),
    (
        "ATHENS",
        "Greece praised Cyprus for the rescue and said it would fund a new coast guard station "
        "on the island.",
        "GRC>CYP:05 GRC>CYP:03|07",
    ),
    (
        "VILNIUS",
        "Lithuania expelled a Belarusian diplomat on Monday. The ministry said the diplomat had "
        "worked against the state. Officials gave no further details. The diplomat has 48 hours "
        "to leave the country. Belarus's Foreign Ministry condemned the expulsion and said Minsk "
        "would retaliate.",
        "LTU>BLR:16 BLR>LTU:11 BLR>LTU:13",
    ),
    (
        "BELMOPAN",
        "Guatemala seized two Belizean fishing boats on Monday. Belize's foreign minister "
        "thanked Guatemala for the release of the crews but said the boats must be returned.",
        "GTM>BLZ:17 BLZ>GTM:05 BLZ>GTM:10",
    ),
    (
        "BERLIN",
        "Germany criticized Poland's court reform and said Warsaw must respect the rule of law.",
        "DEU>POL:11 DEU>POL:10",
    ),
    # near-misses: one act only
    (
        "ANKARA",
        "Turkey condemned Greece's decision and said it was illegal.",
        "TUR>GRC:11",
    ),
    (
        "RIGA",
        "Latvia expelled a Belarusian diplomat on Monday. The ministry said the diplomat had "
        "worked against the state. Officials gave no further details. The diplomat has 48 hours "
        "to leave the country. Belarus's Foreign Ministry condemned the expulsion and said the "
        "European Union would retaliate.",
        "LVA>BLR:16 BLR>LVA:11",
    ),
    (
        "SOFIA",
        "Bulgaria praised Romania's efforts and pledged to send 30 firefighters to the blaze.",
        "BGR>ROU:05 BGR>ROU:03",
    ),
    (
        "ANKARA",
        "Turkey praised Azerbaijan's restraint and said the region would keep growing calmer.",
        "TUR>AZE:05",
    ),
    (
        "BERLIN",
        "Germany criticized Hungary's veto and said the bloc would find another way.",
        "DEU>HUN:11",
    ),
    (
        "SANTIAGO",
        "Chile and Peru signed a fisheries accord, with officials praising the deal.",
        "CHL>PER:05 PER>CHL:05",
    ),
    (
        "LIMA",
        "Peru condemned Bolivia's border closure and said it would respond if the closure "
        "lasted another week.",
        "PER>BOL:11",
    ),
    (
        "PRAGUE",
        "The Czech Republic met Slovakia's foreign minister and said relations were good.",
        "CZE>SVK:04",
    ),
]

DENIALS: list[Case] = [
    (
        "NAIROBI",
        "Uganda has accused Kenya of harbouring rebel commanders near the border, a charge "
        "Nairobi rejects.",
        "UGA>KEN:11 KEN>UGA:12",
    ),
    (
        "ACCRA",
        "Ghana accused Togo of sheltering coup plotters, allegations the Togolese government "
        "denies.",
        "GHA>TGO:11 TGO>GHA:12",
    ),
    (
        "ABIDJAN",
        "Ivory Coast accused Burkina Faso of arming smugglers, allegations Ouagadougou rejects "
        "as lies.",
        "CIV>BFA:11 BFA>CIV:12",
    ),
    (
        "QUITO",
        "Ecuador said Peru had violated the accord, claims Lima denies.",
        "ECU>PER:11 PER>ECU:12",
    ),
    (
        "DAKAR",
        "Senegal accused Mali of detaining its fishermen, a charge that Bamako denies.",
        "SEN>MLI:11 MLI>SEN:17 MLI>SEN:12",
    ),
    # near-miss: a denial answers an accusation, not a thanks
    (
        "SANTIAGO",
        "Chile thanked Peru for the rescue, a claim Lima rejects.",
        "CHL>PER:05",
    ),
]

LISTED: list[Case] = [
    (
        "ADDIS ABABA",
        "Ethiopia signed a port deal with Somaliland, prompting a protest from Somalia and a "
        "warning from the African Union.",
        "SOM>ETH:11 AU>ETH:13",
    ),
    (
        "NICOSIA",
        "Turkey sent a drilling ship into waters off Cyprus on Thursday, drawing a protest from "
        "Nicosia and sharp criticism from Greece.",
        "CYP>TUR:11 GRC>TUR:11",
    ),
    (
        "TUNIS",
        "Tunisia expelled an Italian diplomat, a step that drew condemnation from Rome and "
        "criticism from the European Union.",
        "TUN>ITA:16 ITA>TUN:11 EU>TUN:11",
    ),
    # near-misses: no state in the second from-phrase
    (
        "VALLETTA",
        "Libya seized a Maltese trawler on Thursday, drawing a protest from Valletta and "
        "applause from nationalist lawmakers.",
        "LBY>MLT:17 MLT>LBY:11",
    ),
    (
        "SEOUL",
        "North Korea fired a missile on Monday, drawing condemnation from Seoul and rain from "
        "the clouds.",
        "KOR>PRK:11",
    ),
]

VISITS: list[Case] = [
    (
        "KINSHASA",
        "Belgium handed over a ceremonial mask to Congo in 2022, during a visit by the Belgian "
        "king.",
        "BEL>COD:08|07 BEL>COD:04",
    ),
    (
        "MANILA",
        "Japan signed a defense pact with the Philippines during a visit by Prime Minister "
        "Kishida.",
        "JPN>PHL:05 JPN>PHL:04",
    ),
    (
        "ROME",
        "Italy protested to Libya during a visit by the Italian interior minister.",
        "ITA>LBY:11 ITA>LBY:04",
    ),
    # near-misses: a visit by another state's leader, a visit with a place of its own
    (
        "HANOI",
        "Vietnam signed a rice deal with the Philippines during a visit by Indonesia's president.",
        "VNM>PHL:05",
    ),
    (
        "LIMA",
        "Chile signed a trade pact with Peru during a visit to Brazil.",
        "CHL>PER:05 CHL>BRA:04",
    ),
    (
        "SEOUL",
        "Japan will sign a pact with South Korea during a visit next week.",
        "JPN>KOR:03",
    ),
]

DENIALS_NONE: list[NearMiss] = [
    ("ROME", "Italy accused the company of dumping waste, a charge the firm rejects."),
    ("BOGOTA", "The rebels accused Colombia of breaking the truce, a charge the army rejects."),
]

GAPS: list[Gap] = [
    (
        "HANOI",
        "Vietnam has accused China of ramming its fishing boats near the Paracel Islands, claims "
        "Beijing disputes.",
        "VNM>CHN:11 CHN>VNM:19 CHN>VNM:12",
        "'dispute' is no verb of refusal in the patterns (it would code 'disputed islands')",
    ),
    (
        "HAVANA",
        "Russia delivered crude oil to Cuba on Wednesday, the first shipment since Moscow "
        "promised in May to help Havana end blackouts.",
        "RUS>CUB:06|07 RUS>CUB:03",
        "the promise hangs on a noun in apposition to the sentence, no clause joined to the first",
    ),
]

CASES = SECOND_CLAUSES + DENIALS + LISTED + VISITS
NONE = DENIALS_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord16_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_coord16_codes_second_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
