"""Event nouns whose phrases the parser hangs low; the terms of a signed deal (issue #5, part 16).

STRANDED: an event noun's by- or to-phrase that the parser hung on the noun of the phrase before
it ("the expulsion of three diplomats by Latvia", "a visit by Kenya's president to Uganda") or
on the active verb whose object the noun is ("protested the harassment of its vessels by
Chinese ships") still names the noun's agent and goal; a resolved its/their on the noun's
of-phrase names the patient ("the expulsion of its ambassador by Mexico"). A noun told as not
done ("a proposed expulsion", "a possible visit") codes nothing, and a sentence-initial plural
the tagger reads as a name ("Talks between ...", "Negotiations between ...") is the noun.
TERMS: an act a signed deal holds ("Under the accord, Turkey will supply gas to Iraq") or binds
a party to ("The accord commits France to take back migrants from Britain", "the agreement
allows Ethiopia to ...", "the deal calls for Turkey to ...") is coded with its own code (roots
05-08), even told with will/would/shall; a deal only proposed, drafted or under negotiation, a condition, a negation
or a term hoped for keeps the plain future reading (an intent, 03x, or nothing). Energy sold
to a state is trade (061) and migrants taken back from a state cooperation (060).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

STRANDED: list[Case] = [
    (
        "WARSAW",
        "The expulsion of five Russian diplomats by Poland on Tuesday angered Moscow.",
        "POL>RUS:16",
    ),
    (
        "RIGA",
        "The expulsion of three Russian diplomats by Latvia followed the spy scandal.",
        "LVA>RUS:16",
    ),
    (
        "SEOUL",
        "A visit by Japan's foreign minister to Seoul on Friday eased tensions.",
        "JPN>KOR:04",
    ),
    (
        "NAIROBI",
        "A visit by Kenya's president to Uganda in March ended a trade dispute.",
        "KEN>UGA:04",
    ),
    (
        "MANILA",
        "Manila protested the harassment of its vessels by Chinese coast guard ships.",
        "CHN>PHL:17",
    ),
    (
        "VILNIUS",
        "Lithuania condemned the detention of two of its citizens by Belarus.",
        "BLR>LTU:17 LTU>BLR:11",
    ),
    # the protest of the act is coded too (v.protest_act, once v.protest_to stopped taking
    # the direct object, session 30)
    (
        "LIMA",
        "Peru protested the expulsion of its ambassador by Mexico.",
        "MEX>PER:16 PER>MEX:11",
    ),
    (
        "BELGRADE",
        "Talks between Serbia and Kosovo in 2023 collapsed over the police issue.",
        "SRB>XKX:04 XKX>SRB:04",
    ),
    (
        "DHAKA",
        "Negotiations between Bangladesh and Myanmar resumed on Monday.",
        "BGD>MMR:04 MMR>BGD:04",
    ),
    # forms that worked before and must stay
    (
        "WARSAW",
        "Poland's expulsion of five Russian diplomats drew a sharp response.",
        "POL>RUS:16",
    ),
    (
        "HANOI",
        "The seizure of a Vietnamese trawler by Chinese coast guard ships drew protests.",
        "CHN>VNM:17",
    ),
    (
        "PRISTINA",
        "Tensions rose after the Serbian arrest of a Kosovo police officer.",
        "SRB>XKX:17",
    ),
    (
        "ABUJA",
        "The arrest of two Ghanaian soldiers by Nigerian police sparked a diplomatic row.",
        "NGA>GHA:17",
    ),
    # a one-word city the tagger calls an organisation (_place_mention)
    ("KHARKIV", "Russia's shelling of Kharkiv killed three people on Sunday.", "RUS>UKR:19"),
]

STRANDED_NONE: list[NearMiss] = [
    # told as not done
    ("WARSAW", "A proposed expulsion of Russian diplomats by Poland was debated."),
    ("WARSAW", "A possible expulsion of Russian diplomats by Poland was discussed."),
    # the agent or goal is no state
    ("LONDON", "The arrest of a suspect wanted by Interpol was announced in London."),
    ("PARIS", "The expulsion of students by the university drew protests in France."),
    ("BERLIN", "The visit by Chinese tourists to Germany rose last year."),
    ("TOKYO", "The seizure of a tanker carrying Iranian oil by pirates alarmed Japan."),
    ("BEIJING", "Talks between Chinese firms and Apple collapsed."),
    # a ban on a product aimed at no state
    ("NEW DELHI", "India's ban on plastic bags took effect on Friday."),
]

TERMS: list[Case] = [
    ("ANKARA", "Under the deal, Turkey will supply gas to Iraq for ten years.", "TUR>IRQ:06"),
    (
        "ANKARA",
        "Under the agreement signed on Monday, Turkey would supply Iraq with gas.",
        "TUR>IRQ:06",
    ),
    ("BERLIN", "Under the pact, Germany shall train Moldovan border guards.", "DEU>MDA:06"),
    ("MANILA", "Under the accord, Japan will train Philippine coast guard officers.", "JPN>PHL:06"),
    ("KYIV", "Under the deal, Britain will provide Ukraine with drones.", "GBR>UKR:07"),
    ("VILNIUS", "Under the pact, Germany will send troops to Lithuania.", "DEU>LTU:07"),
    (
        "COPENHAGEN",
        "Under the security pact signed in Kyiv, Denmark will provide Ukraine with F-16 jets.",
        "DNK>UKR:07",
    ),
    ("DOHA", "Under the ceasefire deal, Israel will release Palestinian prisoners.", "ISR>PSE:08"),
    ("BAGHDAD", "Under the deal, Turkey will release more water to Iraq.", "TUR>IRQ:08"),
    ("PARIS", "The accord commits France to take back migrants from Britain.", "FRA>GBR:06"),
    ("PARIS", "The accord commits France to send aid to Chad.", "FRA>TCD:07"),
    ("PARIS", "The accord allows France to send aid to Chad.", "FRA>TCD:07"),
    ("PARIS", "The accord requires France to send aid to Niger.", "FRA>NER:07"),
    ("BERLIN", "The agreement obliges Germany to train Ukrainian pilots.", "DEU>UKR:06"),
    ("DAMASCUS", "As part of the deal, Turkey will supply electricity to Syria.", "TUR>SYR:06"),
    ("MOGADISHU", "According to the agreement, Turkey will train Somali soldiers.", "TUR>SOM:06"),
    ("CAIRO", "The memorandum enables Egypt to import gas from Israel.", "EGY>ISR:06"),
    (
        "MANILA",
        "The pact will allow Japan to send troops to the Philippines for joint drills.",
        "JPN>PHL:07",
    ),
    (
        "JERUSALEM",
        "Under the accord reached on Friday, Israel will free 50 Palestinian prisoners.",
        "ISR>PSE:08",
    ),
    ("BAGHDAD", "The deal calls for Turkey to supply gas to Iraq.", "TUR>IRQ:06"),
    ("GAZA", "The ceasefire calls for Israel to release Palestinian prisoners.", "ISR>PSE:08"),
    # energy sold and migrants taken back (v.supply_energy, v.take_back_migrants)
    ("DOHA", "Qatar sold liquefied natural gas to Germany last year.", "QAT>DEU:06"),
    ("CAIRO", "Egypt supplied Lebanon with electricity in 2023.", "EGY>LBN:06"),
    ("ROME", "Tunisia took back 300 of its nationals from Italy last month.", "TUN>ITA:06"),
    # pledges keep their intent code
    ("TOKYO", "Japan pledged to provide 50 million dollars in aid to Sri Lanka.", "JPN>LKA:03"),
    ("LONDON", "Britain vowed to send more tanks to Ukraine.", "GBR>UKR:03"),
]

TERMS_KEPT_INTENT: list[Case] = [
    # a deal not in force, a condition, a hope: the plain future reading (intent), no term
    (
        "KYIV",
        "Under a deal being negotiated, Britain would provide Ukraine with drones.",
        "GBR>UKR:03",
    ),
    ("KYIV", "Under the proposed deal, Britain would provide Poland with drones.", "GBR>POL:03"),
    (
        "KYIV",
        "Under the deal, Britain will provide Ukraine with drones if the war continues.",
        "GBR>UKR:03",
    ),
    (
        "KYIV",
        "Ukraine hopes that under a new deal Britain will provide it with drones.",
        "GBR>UKR:03",
    ),
    ("KYIV", "Under the deal, Britain will not provide Ukraine with drones.", "GBR>UKR:12"),
    ("ANKARA", "Iraq demanded that Turkey supply more gas under the deal.", "IRQ>TUR:10"),
    ("BAGHDAD", "Iraq called for Turkey to supply more gas under the deal.", "IRQ>TUR:02"),
    (
        "CHISINAU",
        "Under any future deal, Russia would withdraw its troops from Moldova.",
        "RUS>MDA:03",
    ),
    (
        "JERUSALEM",
        "Under a possible deal, Israel would free 50 Palestinian prisoners.",
        "ISR>PSE:03",
    ),
]

TERMS_NONE: list[NearMiss] = [
    ("PARIS", "The accord does not commit France to send aid to Chad."),
    ("PARIS", "A draft accord would commit France to send aid to Chad."),
    ("PARIS", "Chad wants an accord that requires France to send aid."),
    ("ANKARA", "If signed, the deal would allow Turkey to supply gas to Iraq."),
    ("MANILA", "The pact is expected to allow Japan to send troops to the Philippines."),
    ("MANILA", "The pact would allow Japan to send troops to the Philippines."),
    ("BAGHDAD", "A draft deal calls for Turkey to supply gas to Iraq."),
    ("BAGHDAD", "The deal does not call for Turkey to supply gas to Iraq."),
    ("BAGHDAD", "Iraq's proposal calls for Turkey to supply gas to Iraq."),
    ("MOSCOW", "Gazprom sold gas to customers in Europe."),
    ("BERLIN", "Germany supplied power to its own factories."),
    ("ROME", "Italy took back the migrants' boats from smugglers."),
    ("ROME", "Italy took 300 migrants from the Libyan coast guard to Sicily."),
]

GAPS: list[Gap] = [
    (
        "ANKARA",
        "Sanctions Washington imposed on Turkey in 2020 remain in place.",
        "USA>TUR:16",
        "a relative clause without 'that' on the noun is not read",
    ),
]

CASES = STRANDED + TERMS + TERMS_KEPT_INTENT
NONE = STRANDED_NONE + TERMS_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context16_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context16_codes_stranded_nouns_and_deal_terms(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
