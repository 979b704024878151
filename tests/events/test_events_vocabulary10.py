"""Event vocabulary, tenth set (issue #5): offers, pledges and assurances (03), mediation
(045) and wire verbs still missing (returned fire, acting as a go-between, frozen accession,
cut contributions, ambassadors exchanged, endorsing a body's report, acts received from
someone).

Same harness as test_events_vocabulary9.py: each case is a short article (neutral headline,
dateline, body) through the whole pipeline, and the body must code exactly the listed
"SRC>TGT:RR" events ("a|b" accepts either root). The first batch was written family by
family before the patterns of this round (many already coded: they are kept as guards);
the second batch (marked below) afterwards, with phrasings not designed for: 37 of its 46
rows (36 cases, 10 near-misses) coded as first written, all near-misses among them. Of the
nine misses, four were expectations revised on review (a hosting offer for "the Sudanese
parties" is 03 to Sudan, talks that happened code their parties, a frozen accession bid is
16, UNESCO is the UN), one (refugees taken in) was dropped, as the house leaves it
uncoded, and four are GAPS. None is copied from a gold set.
Root choices follow the guidelines' table and the earlier sets: an offer, pledge, assurance
or stated readiness to help is 03 (the place helped stands for its state); a go-between acts
on each party (04, 045); force used in answer is 19 and its target is named in the sentence
or is whoever last acted on the shooter (the extractor's reaction rule); halted accession is
a halt of negotiations (16); money withheld from a body is a cut in aid (16); ambassadors
exchanged or restored raise ties (05); an act received from someone ("received an apology
from Croatia") is the giver's, reversed. NONE holds near-misses that must code nothing.
GAPS are expected failures for reasons outside the pattern file.
"""

from __future__ import annotations

import pytest

from audit_cases import (
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # first batch, written before the patterns of this round
    # offers and pledges
    ("COPENHAGEN, DENMARK", "Norway offered divers and sonar equipment to Denmark.", "NOR>DNK:03"),
    (
        "PORT-AU-PRINCE, HAITI",
        "Japan pledged $40 million to rebuild schools in Haiti.",
        "JPN>HTI:03|07",
    ),
    ("MOGADISHU, SOMALIA", "Kenya said it would keep funding the Somali army.", "KEN>SOM:03|07"),
    ("ATHENS, GREECE", "Spain said it was ready to send firefighters to Greece.", "ESP>GRC:03"),
    ("ANKARA", "Turkey offered to mediate between Russia and Ukraine.", "TUR>RUS:03 TUR>UKR:03"),
    ("BEIRUT", "France offered to help Lebanon rebuild its port.", "FRA>LBN:03"),
    (
        "KYIV, UKRAINE",
        "Germany pledged another 500 million euros in military aid to Ukraine.",
        "DEU>UKR:03|07",
    ),
    ("TRIPOLI, LIBYA", "Italy offered Libya help with migrant patrols.", "ITA>LBY:03"),
    ("AMMAN, JORDAN", "The EU promised Jordan more support for refugees.", "EU>JOR:03"),
    (
        "NAIROBI, KENYA",
        "The United States pledged to support Kenya's mission in Haiti.",
        "USA>KEN:03",
    ),
    ("MANILA, PHILIPPINES", "Japan has offered the Philippines five patrol vessels.", "JPN>PHL:03"),
    ("DHAKA, BANGLADESH", "India stands ready to assist Bangladesh.", "IND>BGD:03"),
    ("ANKARA", "Iran offered condolences to Turkey.", "IRN>TUR:01"),
    # mediation
    (
        "JERUSALEM",
        "The ceasefire came after months of talks brokered by Qatar between Israel and Hamas.",
        "QAT>ISR:04 QAT>PSE:04",
    ),
    (
        "MUSCAT, OMAN",
        "Iran and the United States held indirect talks mediated by Oman.",
        "IRN>USA:04 USA>IRN:04 OMN>IRN:04 OMN>USA:04",
    ),
    ("CAIRO", "Egypt is mediating between Israel and Hamas.", "EGY>ISR:04 EGY>PSE:04"),
    (
        "RIYADH",
        "Saudi Arabia brokered a prisoner swap between Russia and Ukraine.",
        "SAU>RUS:04 SAU>UKR:04",
    ),
    ("ALGIERS", "Algeria acted as a mediator between Mali and Niger.", "DZA>MLI:04 DZA>NER:04"),
    (
        "ADDIS ABABA, ETHIOPIA",
        "The African Union is facilitating talks between Ethiopia and Eritrea.",
        "AU>ETH:04 AU>ERI:04 ETH>ERI:04 ERI>ETH:04",
    ),
    (
        "BEIRUT",
        "The United States brokered a ceasefire between Israel and Lebanon.",
        "USA>ISR:04 USA>LBN:04",
    ),
    # verbs and objects
    ("TBILISI, GEORGIA", "Russia suspended flights to Tbilisi.", "RUS>GEO:16"),
    ("WARSAW, POLAND", "Poland halted rail traffic to Belarus.", "POL>BLR:16"),
    ("CARACAS, VENEZUELA", "Venezuela broke off relations with Paraguay.", "VEN>PRY:16"),
    ("MANAGUA, NICARAGUA", "Nicaragua severed diplomatic ties with Israel.", "NIC>ISR:16"),
    ("NAIROBI, KENYA", "Trump congratulated Ruto on his election victory.", "USA>KEN:05"),
    ("PARIS", "Macron telephoned Erdogan on Monday.", "FRA>TUR:04"),
    ("BERLIN", "Scholz spoke by phone with Xi.", "DEU>CHN:04"),
    (
        "ISLAMABAD",
        "Indian forces shelled Pakistani border posts, and Pakistani troops returned fire.",
        "IND>PAK:19 PAK>IND:19",
    ),
    ("STOCKHOLM", "Sweden backed Finland's findings.", "SWE>FIN:05"),
    ("VIENNA", "Germany endorsed the report by the IAEA.", "DEU>IAEA:05"),
    (
        "MANAMA, BAHRAIN",
        "Bahrain and Qatar restored diplomatic relations.",
        "BHR>QAT:05|06 QAT>BHR:05|06",
    ),
    (
        "RIYADH",
        "Saudi Arabia and Iran agreed to exchange ambassadors.",
        "SAU>IRN:05|03 IRN>SAU:05|03",
    ),
    ("MOSCOW", "Russia handed over the prisoners to U.S. officials.", "RUS>USA:08"),
    (
        "PARIS",
        "France expressed concern over Iran's transfers of drones to Russia.",
        "FRA>IRN:11 IRN>RUS:07",
    ),
    ("KYIV, UKRAINE", "Ukraine asked Germany for more air defense systems.", "UKR>DEU:02"),
    ("BEIJING", "China protested Japan's new export controls.", "CHN>JPN:11"),
    ("BEIJING", "Beijing lodged a protest with Manila.", "CHN>PHL:11"),
    ("TBILISI, GEORGIA", "The EU froze the accession process with Georgia.", "EU>GEO:16"),
    ("GENEVA", "The United States cut its contributions to the WHO.", "USA>WHO:16"),
    (
        "KYIV, UKRAINE",
        "Ukraine received a pledge of 50 million euros from Germany.",
        "DEU>UKR:03|07",
    ),
    # first batch, a second family sweep (also written before its patterns)
    (
        "KYIV, UKRAINE",
        "Germany promised to send more air defense systems to Ukraine.",
        "DEU>UKR:03",
    ),
    ("KYIV, UKRAINE", "Sweden has agreed to provide Ukraine with fighter jets.", "SWE>UKR:03|07"),
    (
        "ISTANBUL",
        "Turkey expressed readiness to mediate between Russia and Ukraine.",
        "TUR>RUS:03 TUR>UKR:03",
    ),
    ("KYIV, UKRAINE", "Japan committed $4.5 billion to Ukraine's reconstruction.", "JPN>UKR:03|07"),
    ("KYIV, UKRAINE", "Canada earmarked $100 million for Ukraine.", "CAN>UKR:03|07"),
    (
        "KYIV, UKRAINE",
        "Norway will provide Ukraine with more air defense systems.",
        "NOR>UKR:03",
    ),
    ("KYIV, UKRAINE", "The Netherlands is to send F-16 jets to Ukraine.", "NLD>UKR:03|07"),
    ("DHAKA, BANGLADESH", "Japan plans to donate vaccines to Bangladesh.", "JPN>BGD:03"),
    ("LUSAKA, ZAMBIA", "China made an offer of debt relief to Zambia.", "CHN>ZMB:03"),
    ("KYIV, UKRAINE", "Britain vowed continued support for Ukraine.", "GBR>UKR:03"),
    ("KYIV, UKRAINE", "Ukraine secured a $2 billion loan from Japan.", "JPN>UKR:07"),
    ("KYIV, UKRAINE", "Ukraine obtained Patriot systems from Germany.", "DEU>UKR:07"),
    (
        "DOHA, QATAR",
        "Qatar has been mediating talks between Israel and Hamas.",
        "QAT>ISR:04 QAT>PSE:04 ISR>PSE:04 PSE>ISR:04",
    ),
    (
        "ANKARA",
        "Turkey helped broker the truce between Russia and Ukraine.",
        "TUR>RUS:04 TUR>UKR:04",
    ),
    (
        "MUSCAT, OMAN",
        "Oman passed messages between Washington and Tehran.",
        "OMN>USA:04 OMN>IRN:04",
    ),
    (
        "DOHA, QATAR",
        "Qatar has acted as an intermediary between the United States and the Taliban.",
        "QAT>USA:04 QAT>AFG:04",
    ),
    (
        "DOHA, QATAR",
        "Qatar served as a go-between for Iran and the United States.",
        "QAT>IRN:04 QAT>USA:04",
    ),
    (
        "RIYADH",
        "Saudi Arabia played a mediating role between Russia and Ukraine.",
        "SAU>RUS:04 SAU>UKR:04",
    ),
    ("WASHINGTON", "Rubio shuttled between Israel and Egypt.", "USA>ISR:04 USA>EGY:04"),
    ("TBILISI, GEORGIA", "Russia scrapped visa-free travel for Georgians.", "RUS>GEO:16"),
    ("PARIS", "Macron held a phone call with Erdogan.", "FRA>TUR:04"),
    ("PARIS", "Macron phoned the Turkish president.", "FRA>TUR:04"),
    ("PARIS", "France protested to Italy over the remarks.", "FRA>ITA:11"),
    ("MANILA, PHILIPPINES", "The Philippines filed a formal complaint with China.", "PHL>CHN:11"),
    ("GENEVA", "The United States withdrew its funding from the WHO.", "USA>WHO:16"),
    (
        "NEW YORK",
        "Washington stopped paying its dues to the United Nations.",
        "USA>UN:16",
    ),
    (
        "ISLAMABAD",
        "Pakistani soldiers returned fire at Afghan border guards.",
        "PAK>AFG:19",
    ),
    ("VIENNA", "Germany welcomed the report by the OSCE.", "DEU>OSCE:05"),
    ("BRUSSELS", "The EU suspended Turkey's accession negotiations.", "EU>TUR:16"),
    ("GENEVA", "Argentina halted its payments to the WHO.", "ARG>WHO:16"),
    ("DOHA, QATAR", "Qatar reinstated its ambassador to Egypt.", "QAT>EGY:05"),
    (
        "NEW DELHI",
        "India and Canada restored their high commissioners.",
        "IND>CAN:05 CAN>IND:05",
    ),
    # first batch, a third sweep in longer wire sentences (also written before its patterns)
    (
        "BERLIN",
        "Germany will send another Patriot system to Ukraine, Chancellor Olaf Scholz said on "
        "Tuesday.",
        "DEU>UKR:03",
    ),
    (
        "BRUSSELS",
        "The European Union on Monday pledged 50 million euros in humanitarian aid for Gaza.",
        "EU>PSE:03",
    ),
    ("WASHINGTON", "Washington has promised Kyiv more long-range missiles.", "USA>UKR:03"),
    (
        "TOKYO",
        "Japan said it would provide $5 million in emergency aid to Morocco.",
        "JPN>MAR:03",
    ),
    ("BEIJING", "China is ready to work with Brazil to deepen cooperation, Xi said.", "CHN>BRA:03"),
    (
        "NEW DELHI",
        "The United Arab Emirates pledged to invest $50 billion in India.",
        "ARE>IND:03",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea vowed to deepen security cooperation with Japan.",
        "KOR>JPN:03",
    ),
    ("NAIROBI, KENYA", "The World Bank promised Kenya a $1 billion loan.", "WB>KEN:03"),
    ("PORT-AU-PRINCE, HAITI", "Canada will donate 10,000 doses of vaccine to Haiti.", "CAN>HTI:03"),
    (
        "MADRID",
        "Spain announced it would deliver six more Leopard tanks to Ukraine.",
        "ESP>UKR:03",
    ),
    (
        "COPENHAGEN, DENMARK",
        "Denmark pledged to donate its entire artillery to Ukraine.",
        "DNK>UKR:03",
    ),
    (
        "MOGADISHU, SOMALIA",
        "Turkey offered Somalia naval support under a defense pact.",
        "TUR>SOM:03",
    ),
    (
        "CAIRO",
        "Egypt and Qatar, which have mediated between Israel and Hamas, urged calm.",
        "EGY>ISR:04 EGY>PSE:04 QAT>ISR:04 QAT>PSE:04",
    ),
    (
        "ISTANBUL",
        "Turkey hosted Russian and Ukrainian negotiators in Istanbul.",
        "TUR>RUS:04 TUR>UKR:04",
    ),
    (
        "RIYADH",
        "Saudi Arabia hosted talks between U.S. and Ukrainian officials in Jeddah.",
        "SAU>USA:04 SAU>UKR:04 USA>UKR:04 UKR>USA:04",
    ),
    (
        "WASHINGTON",
        "The United States mediated a peace deal between Rwanda and Congo.",
        "USA>RWA:04 USA>COD:04",
    ),
    (
        "ANKARA",
        "Turkey brokered a deal between Somalia and Ethiopia in December.",
        "TUR>SOM:04 TUR>ETH:04",
    ),
    (
        "BAKU, AZERBAIJAN",
        "Armenia and Azerbaijan signed a peace deal brokered by the United States.",
        "ARM>AZE:05 AZE>ARM:05 USA>ARM:04 USA>AZE:04",
    ),
    (
        "WASHINGTON",
        "Trump said he had spoken to Putin and Zelenskyy and offered to mediate.",
        "USA>RUS:04 USA>UKR:04 USA>RUS:03 USA>UKR:03",
    ),
    ("WARSAW, POLAND", "Poland closed its last consulate in Russia.", "POL>RUS:16"),
    ("TAIPEI, TAIWAN", "Beijing cut off communication with Taipei.", "CHN>TWN:16"),
    ("NAIROBI, KENYA", "Xi congratulated Kenya on its independence anniversary.", "CHN>KEN:05"),
    ("ANKARA", "Putin spoke with Erdogan by telephone on Friday.", "RUS>TUR:04"),
    ("LONDON", "Britain endorsed the findings of the IAEA.", "GBR>IAEA:05"),
    ("BERLIN", "Germany backed the territorial integrity of Ukraine.", "DEU>UKR:05"),
    ("BEIJING", "China handed over two suspects to Thai authorities.", "CHN>THA:06"),
    ("KYIV, UKRAINE", "Ukraine handed over the Russian prisoners.", "UKR>RUS:08"),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea lodged a formal protest with Japan over the textbooks.",
        "KOR>JPN:11",
    ),
    ("GENEVA", "Israel cut its funding to UNRWA.", "ISR>UN:16"),
    # assurances and guarantees (the first batch's "received assurances", then its family)
    ("TEHRAN", "Iran received assurances from China.", "CHN>IRN:03"),
    ("YEREVAN, ARMENIA", "Armenia won guarantees from Russia.", "RUS>ARM:03"),
    (
        "KYIV, UKRAINE",
        "Kyiv secured a commitment from Berlin to deliver more tanks.",
        "DEU>UKR:03",
    ),
    (
        "WASHINGTON",
        "The United States provided security guarantees to Ukraine.",
        "USA>UKR:03",
    ),
    ("YEREVAN, ARMENIA", "Russia gave Armenia security guarantees.", "RUS>ARM:03"),
    ("DUBLIN", "Britain gave assurances to Ireland over the border.", "GBR>IRL:03"),
    ("TOKYO", "China handed a protest note to Japan over the incident.", "CHN>JPN:11"),
    ("LONDON", "Iran handed over the tanker to Britain.", "IRN>GBR:08"),
    # acts received from someone (the giver is the source, reversed)
    ("KYIV, UKRAINE", "Zelenskyy received a phone call from Erdogan.", "TUR>UKR:04"),
    ("NEW DELHI", "Modi received an invitation from Putin.", "RUS>IND:03"),
    (
        "NAIROBI, KENYA",
        "Kenya won praise from the United States for its role in Haiti.",
        "USA>KEN:05",
    ),
    ("YEREVAN, ARMENIA", "Armenia received support from France.", "FRA>ARM:05"),
    ("DAMASCUS, SYRIA", "Syria received military support from Iran.", "IRN>SYR:07"),
    (
        "BUDAPEST, HUNGARY",
        "Hungary faced pressure from Brussels to drop its veto.",
        "EU>HUN:02",
    ),
    ("BELGRADE, SERBIA", "Serbia received an apology from Croatia.", "HRV>SRB:05"),
    ("KYIV, UKRAINE", "Ukraine received an offer of help from Turkey.", "TUR>UKR:03"),
    (
        "ISLAMABAD",
        "Pakistan got a request from China to extradite the suspects.",
        "CHN>PAK:02",
    ),
    ("TAIPEI, TAIWAN", "Taiwan received congratulations from Japan.", "JPN>TWN:05"),
    # backing another's sanctions: support (05) for the imposer, never a sanction by the
    # backer (CAMEO has no such 16) nor support for the target (guards, no new pattern)
    (
        "NIAMEY, NIGER",
        "France backed sanctions imposed on Niger by ECOWAS.",
        "",
    ),
    (
        "BERLIN",
        "Germany supported the EU's sanctions against Russia.",
        "DEU>EU:05 EU>RUS:16",
    ),
    # a role that is no mediation: only the talks' own parties code
    (
        "BAKU, AZERBAIJAN",
        "Russia played a destructive role in the talks between Armenia and Azerbaijan.",
        "ARM>AZE:04 AZE>ARM:04",
    ),
    # second batch, written after the patterns of this round (not designed for)
    ("BEIRUT", "Cyprus offered Lebanon the use of its ports.", "CYP>LBN:03"),
    ("ANKARA", "Azerbaijan promised Turkey it would keep gas flowing.", "AZE>TUR:03"),
    (
        "MANILA, PHILIPPINES",
        "Australia has committed to training Philippine marines.",
        "AUS>PHL:03",
    ),
    ("TUNIS, TUNISIA", "The EU said it stood ready to support Tunisia's economy.", "EU>TUN:03"),
    (
        "KHARTOUM, SUDAN",
        "Egypt expressed its willingness to host talks between the Sudanese parties.",
        "EGY>SDN:03",
    ),
    ("KINGSTON, JAMAICA", "Mexico offered Jamaica assistance after the hurricane.", "MEX>JAM:03"),
    ("BAGHDAD", "Iran gave Iraq assurances that it would respect its borders.", "IRN>IRQ:03"),
    (
        "KYIV, UKRAINE",
        "Ukraine won a commitment from Norway to fund new air defenses.",
        "NOR>UKR:03",
    ),
    (
        "DOHA, QATAR",
        "Qatar's emir has been mediating between Washington and Kabul.",
        "QAT>USA:04 QAT>AFG:04",
    ),
    (
        "ABU DHABI",
        "The United Arab Emirates has acted as a broker between Russia and Ukraine in prisoner "
        "exchanges.",
        "ARE>RUS:04 ARE>UKR:04",
    ),
    (
        "VATICAN CITY",
        "The Vatican served as an intermediary between Cuba and the United States.",
        "VAT>CUB:04 VAT>USA:04",
    ),
    (
        "RIYADH",
        "Saudi Arabia facilitated a prisoner exchange between Russia and the United States.",
        "SAU>RUS:04 SAU>USA:04",
    ),
    (
        "MUSCAT, OMAN",
        "Oman carried messages between Iran and the United States during the talks.",
        "OMN>IRN:04 OMN>USA:04",
    ),
    (
        "ANKARA",
        "Turkey played a key role in the talks between Russia and Ukraine.",
        "TUR>RUS:04 TUR>UKR:04 RUS>UKR:04 UKR>RUS:04",
    ),
    (
        "NAIROBI, KENYA",
        "Kenya offered to mediate between Ethiopia and Egypt.",
        "KEN>ETH:03 KEN>EGY:03",
    ),
    ("MOSCOW", "Ukrainian troops returned fire at Russian positions.", "UKR>RUS:19"),
    ("NEW DELHI", "India froze Pakistan's accession bid.", "IND>PAK:16"),
    ("GENEVA", "Argentina stopped funding the WHO.", "ARG>WHO:16"),
    ("PARIS", "The United States withdrew its contributions to UNESCO.", "USA>UN:16"),
    ("CAIRO", "Qatar returned its ambassador to Cairo.", "QAT>EGY:05"),
    ("RIYADH", "Iran and Saudi Arabia exchanged ambassadors last year.", "IRN>SAU:05 SAU>IRN:05"),
    ("VIENNA", "France backed the conclusions of the IAEA.", "FRA>IAEA:05"),
    ("ABUJA, NIGERIA", "Nigeria handed over the Cameroonian soldiers.", "NGA>CMR:08"),
    ("MINSK, BELARUS", "Belarus received a phone call from Putin.", "RUS>BLR:04"),
    ("WARSAW, POLAND", "Poland received an apology from Ukraine over the remarks.", "UKR>POL:05"),
    ("TAIPEI, TAIWAN", "Taiwan drew praise from Washington for its response.", "USA>TWN:05"),
    ("HAVANA", "Cuba got an invitation from Russia to join the bloc.", "RUS>CUB:03"),
    (
        "YEREVAN, ARMENIA",
        "Armenia faced demands from Azerbaijan to change its constitution.",
        "AZE>ARM:10",
    ),
    ("SEOUL, SOUTH KOREA", "Seoul received assurances from Washington.", "USA>KOR:03"),
    ("ISLAMABAD", "Pakistan received condolences from China.", "CHN>PAK:01"),
    ("MOGADISHU, SOMALIA", "Somalia received military support from Turkey.", "TUR>SOM:07"),
    ("ACCRA, GHANA", "China vowed to help Ghana restructure its debt.", "CHN>GHA:03"),
    # a state's mediators are its actors (roles.yaml GOV, session 10)
    ("CAIRO", "Egyptian mediators shuttled between Israel and Qatar.", "EGY>ISR:04 EGY>QAT:04"),
    # a meeting a third party only offers to host (the host verb tagged as a noun)
    ("DOHA, QATAR", "Qatar offered to host talks between Sudan and Chad.", "QAT>SDN:03 QAT>TCD:03"),
    (
        "CAIRO",
        "Under Egyptian mediation, Israel and Hamas agreed to a truce.",
        "EGY>ISR:04 EGY>PSE:04 ISR>PSE:05 PSE>ISR:05",
    ),
    # the owner two phrases under the for-phrase (a gap until session 14: _placed_owner)
    (
        "KYIV, UKRAINE",
        "Lithuania pledged 5 million euros for the reconstruction of Ukraine's energy grid.",
        "LTU>UKR:03",
    ),
    # a plain will on training pledges it (session 33: extract._pledged_help, a Gap until then)
    ("COLOMBO, SRI LANKA", "India will train Sri Lankan naval officers.", "IND>LKA:03|06"),
]

NONE: list[tuple[str, str]] = [
    ("ABUJA, NIGERIA", "The ministry offered no details."),
    ("KHARTOUM, SUDAN", "Qatar's offer was rejected."),
    ("ABUJA, NIGERIA", "Nigeria pledged to fight corruption."),
    ("LONDON", "The company offered to buy the stadium."),
    ("ACCRA, GHANA", "Ghana's president offered to resign."),
    ("LONDON", "The club offered its fans free tickets."),
    ("PARIS", "The minister pledged to cut taxes."),
    ("LONDON", "The lawyer mediated between the two companies."),
    ("LONDON", "The union asked a judge to mediate the dispute."),
    ("DOHA, QATAR", "Qatar did not mediate between Israel and Hamas."),
    ("LONDON", "Talks mediated by the league ended without a deal."),
    ("TBILISI, GEORGIA", "The flight to Tbilisi was suspended because of fog."),
    ("LONDON", "The soldiers returned home on Monday."),
    ("PARIS", "The airline suspended flights to Lyon because of a strike."),
    ("LONDON", "The singer broke off relations with her label."),
    ("LONDON", "The coach congratulated his players on their victory."),
    ("LONDON", "The president telephoned his mother."),
    ("LONDON", "The minister backed the findings of the inquiry."),
    ("LONDON", "Scientists expressed concern over rising temperatures."),
    ("LONDON", "The union protested the measures."),
    ("LONDON", "Police returned fire."),
    ("LONDON", "The lawyer acted as a mediator between the two families."),
    ("DOHA, QATAR", "Qatar did not act as a go-between for Israel and Hamas."),
    ("LONDON", "The club froze the membership process for new fans."),
    ("LONDON", "The company cut its contributions to the pension fund."),
    ("LONDON", "The two clubs exchanged players in January."),
    ("LONDON", "The treaty offered Ukraine's farmers little hope."),
    ("BERLIN", "Germany endorsed the plan by a wide margin."),
    ("LONDON", "The broker made an offer to the seller."),
    ("LONDON", "The club made an offer for the striker."),
    ("LONDON", "The actor played a key role in the film."),
    ("LONDON", "The striker played a role in the talks between the clubs."),
    ("LONDON", "The courier carried messages between the two offices."),
    ("LONDON", "The bus shuttled between the airport and the hotel."),
    ("LONDON", "The charity withdrew its funding from the project."),
    ("LONDON", "The firm stopped paying its workers."),
    ("BERLIN", "Germany stopped paying attention to the issue."),
    ("LONDON", "The team welcomed the report by the coach."),
    ("KYIV, UKRAINE", "France is considering sending military instructors to Ukraine."),
    ("DOHA, QATAR", "Qatar helped secure the release of Ukrainian children from Russia."),
    ("MOSCOW", "Aeroflot suspended flights to Dubai."),
    ("MOSCOW", "Russian air defenses returned fire, the ministry said."),
    ("ROME", "Italy's foreign minister joined the meeting by video."),
    ("LONDON", "Britain backed the investigation of the crash."),
    ("LONDON", "The coach handed over the captaincy to a younger player."),
    ("LONDON", "The candidate promised voters lower taxes."),
    ("LONDON", "The city hosted trade representatives from the region."),
    ("LONDON", "The company received assurances from the bank."),
    ("KYIV, UKRAINE", "Ukraine did not receive guarantees from NATO."),
    ("LONDON", "The minister gave assurances to voters over the budget."),
    ("LONDON", "The striker received an offer from Chelsea."),
    ("PARIS", "The plan drew support from France."),
    ("LONDON", "The singer received praise from critics."),
    ("LONDON", "The firm got a call from the regulator."),
    ("RIYADH", "Iran did not receive an invitation from Saudi Arabia."),
    ("TAIPEI, TAIWAN", "Taiwan faces a growing military threat from China."),
    ("KYIV, UKRAINE", "Ukraine enjoys strong support from the United States."),
    ("NIAMEY, NIGER", "France backed the sanctions imposed on Niger."),
    # second batch
    ("LONDON", "The striker returned fire at the referee in a post-match interview."),
    ("LONDON", "The bank offered customers better rates."),
    ("LONDON", "The governor pledged to rebuild the schools."),
    ("LONDON", "The diplomat shuttled between meetings in the capital."),
    ("LONDON", "The student received an invitation from the university."),
    ("LONDON", "The club received an apology from the referee."),
    ("LONDON", "The firm secured a commitment from its lenders."),
    ("LONDON", "The mayor acted as a mediator between the unions and the company."),
    ("LONDON", "The charity stopped funding the shelter."),
    ("LONDON", "The broker passed messages between the two buyers."),
]

# (dateline, body, expected events, why it fails today)
GAPS: list[tuple[str, str, str, str]] = [
    (
        "ISTANBUL",
        "The grain deal was an accord that Turkey helped negotiate between Ukraine and Russia.",
        "TUR>UKR:04 TUR>RUS:04",
        "parser: 'helped' is tagged an auxiliary of 'negotiate', so v.help never fires",
    ),
    (
        "ROME",
        "Zelenskyy joined the G7 talks by video link.",
        "UKR>G7:04",
        "patterns: v.hold_talks reads no modifier of the talks (an obj_mod slot would make "
        "'attended the Ukraine peace summit' a meeting with Ukraine)",
    ),
    (
        "DOHA, QATAR",
        "Qatar is prepared to host a summit between Iran and the United States.",
        "QAT>IRN:03 QAT>USA:03",
        "extractor: the adjective 'prepared' is no intent governor (rules.yaml has 'prepare'), "
        "so the hosting codes 04 and the summit noun 04 between the parties",
    ),
    (
        "ABUJA, NIGERIA",
        "Nigeria secured pledges of support from France.",
        "FRA>NGA:03",
        "parser: 'secured' is tagged an adjective of 'pledges', the root",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary10_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary10_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
