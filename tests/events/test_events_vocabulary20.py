"""Robustness to rewording (session 15, builder RW): the same act told in other words.

Forty wire-style sentences the coder coded right (BASES, roots 02-19: visits, talks, deals,
aid, praise, criticism, accusations, demands, refusals, threats, shows of force, expulsions,
sanctions, seizures, arrests, attacks), each told five more ways (REWORDED): another tense;
the passive with a by-agent; the act in a relative or participial clause dated to the news
day; a time phrase or an apposition between subject and verb; the actor as a capital, a
ministry, a title or a pronoun; the act as a noun with a possessor; reported speech. Before
this file 186 of the 200 coded the base's event, after it 196. The forms that failed and the
rules that now read them, each with near-misses that must code nothing:
ASKED: "Britain's demand that Russia release ...", "Bangladesh's request that India
extradite ...", "Greece's appeal for Turkey to withdraw ...", "Pakistan's accusation (on
Monday) that India sponsored ...": the subject of a request noun's clause is the one asked
(n.demand, n.appeal, n.call_on: clause_subj; a that-clause only in the base form, a verb
without -s after a singular name being one); an accusation's clause of fact names the
accused (n.accusation: clause_subj:told), as an ultimatum's names the threatened (n.threat).
A passive clause or one on a thing names no one; a warning's clause is left alone (most
forecast: "Germany's warning that Russia could attack NATO").
HELPED: "Japan's pledge to help the Philippines modernise ...": the one helped (acl_args).
LATE_BY: "South Korea was threatened with retaliation by North Korea", "shells were fired
toward the islands by North Korea": a passive's by-phrase hung on the object of the verb's
own later phrase is its agent, unless that object is an act with an agent of its own ("was
criticised over the detention of activists by police").
PASSIVE_PLACE: "Targets in southern Lebanon were struck by Israeli aircraft": the passive's
subject is the object whose place is hit (obj_place).
OFFICE: "Netanyahu's office rejected ...", "the Italian prime minister's office condemned
...", "the Ukrainian presidency accused ...": a leader's office acts for the state
(agent_nouns).
GOODS: "Azerbaijan's ban on imports of Russian poultry", "tariffs on imports from Japan": the
goods' origin under the on-phrase of a ban or sanction noun (goods slot).
STRUCK: "Venezuela, hit by new US sanctions", "Iran's economy was crippled by American
sanctions", "the grid was damaged by Russian attacks": an attack or sanction noun in the
agent phrase of a passive verb of harm (the struck slot's words) with no target of its own
hits the verb's patient; not a verb of feeling ("France was shocked by the Russian attacks"
answers them), not one only feared ("could be hit by").
INVITED: "Saudi Arabia's invitation to Iran's foreign minister": an intent to meet (036, as
v.invite); an invitation accepted stays v.accept_invitation's, with no reversed event.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set. GAPS are expected
failures (strict: a fixed gap fails the run).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ASKED: list[Case] = [
    (
        "LONDON",
        "Britain's demand that Russia release a detained British journalist went unanswered.",
        "GBR>RUS:10",
    ),
    (
        "DHAKA",
        "Bangladesh's request that India extradite the former prime minister was sent on Monday.",
        "BGD>IND:02|10",
    ),
    (
        "ISLAMABAD",
        "Pakistan's accusation that India sponsored attacks in Balochistan was rejected as "
        "baseless.",
        "PAK>IND:11",
    ),
    ("ATHENS", "Greece's appeal for Turkey to withdraw its survey ship was ignored.", "GRC>TUR:02"),
    (
        "KYIV",
        "Ukraine's allegation that Belarus trained Russian troops was dismissed in Minsk.",
        "UKR>BLR:11 BLR>RUS:06",
    ),
    (
        "MANILA",
        "The Philippines' demand that China stop harassing its fishermen came after a collision on "
        "Sunday.",
        "PHL>CHN:10",
    ),
    (
        "TOKYO",
        "Japan's request that South Korea return the statue was made on Tuesday.",
        "JPN>KOR:02|10",
    ),
    ("KYIV", "Kyiv's request that Berlin deliver Taurus missiles went unanswered.", "UKR>DEU:02"),
    ("BAMAKO", "Mali's accusation that Algeria harbours terrorists strained ties.", "MLI>DZA:11"),
    (
        "GEORGETOWN",
        "Guyana's request on Friday that Venezuela withdraw its troops was ignored.",
        "GUY>VEN:02",
    ),
    (
        "WARSAW",
        "Poland's demand on Monday that Belarus reopen the border crossings went unheeded.",
        "POL>BLR:10",
    ),
    (
        "WASHINGTON",
        "The US ultimatum for Iran to halt enrichment expired on Friday.",
        "USA>IRN:13|10",
    ),
    ("KYIV", "Ukraine's plea for Germany to send Taurus missiles went unanswered.", "UKR>DEU:02"),
]

ASKED_NONE: list[NearMiss] = [
    ("BERLIN", "Germany's demand that the budget be balanced angered unions."),
    ("PARIS", "France's accusation that the report was leaked caused a stir."),
    ("LONDON", "The demand that Russia rejected was Britain's."),
    ("TOKYO", "Japan's request that its citizens avoid travel was issued on Monday."),
    ("OTTAWA", "Canada's demand that Chinese steel be taxed came from unions."),
    ("ANKARA", "Turkey's demand that its citizens be protected was heard."),
    ("NAIROBI", "Kenya's request that donors increase aid went unanswered."),
    ("MOSCOW", "The allegation that Russia denied was repeated on Monday."),
    ("KYIV", "Ukraine's allegation that the report was forged was dismissed."),
    ("LONDON", "Britain's warning that inflation would rise hit markets."),
    ("NEW YORK", "The UN's warning that Sudan faces famine was repeated on Monday."),
    ("WASHINGTON", "The IMF's warning that Argentina would miss its targets unsettled investors."),
    ("BERLIN", "Germany's warning that Russia could attack NATO within five years made headlines."),
    (
        "TOKYO",
        "Japan's warning that China was expanding its nuclear arsenal came in a white paper.",
    ),
]

HELPED: list[Case] = [
    (
        "TOKYO",
        "Japan's pledge to help the Philippines modernise its coast guard was its largest yet.",
        "JPN>PHL:03",
    ),
    (
        "BERLIN",
        "Germany's promise to help Ukraine rebuild its power grid was welcomed.",
        "DEU>UKR:03",
    ),
    ("ANKARA", "Turkey's pledge to help Syria rebuild its army came on Monday.", "TUR>SYR:03"),
    ("DOHA", "Qatar's promise to help Lebanon pay its soldiers was welcomed.", "QAT>LBN:03"),
]

HELPED_NONE: list[NearMiss] = [
    ("BERLIN", "Germany's pledge to help the poor was widely praised."),
    ("OSLO", "Norway's pledge to help refugees find homes was renewed."),
]

LATE_BY: list[Case] = [
    (
        "SEOUL",
        "South Korea was threatened with retaliation by North Korea on Saturday.",
        "PRK>KOR:13",
    ),
    (
        "SEOUL",
        "Artillery shells were fired toward South Korea's border islands by North Korea on Monday.",
        "PRK>KOR:19",
    ),
    ("MINSK", "Belarus was warned of consequences by Poland on Tuesday.", "POL>BLR:13"),
    ("TALLINN", "Estonia was warned of reprisals by Russia on Tuesday.", "RUS>EST:13"),
    ("RIYADH", "Missiles were launched toward Saudi Arabia by Iran on Monday.", "IRN>SAU:19"),
    ("YEREVAN", "Armenia was threatened with force by Azerbaijan on Friday.", "AZE>ARM:13"),
]

LATE_BY_NONE: list[NearMiss] = [
    ("NAIROBI", "Kenya was criticised for the killing of protesters by police."),
    ("LONDON", "Britain was praised for the rescue of sailors by the coast guard."),
    ("NAIROBI", "Kenya was criticised over the detention of activists by police."),
    ("TOKYO", "Japan was told of the decision by phone."),
    ("ATHENS", "Greece was praised for the rescue of migrants by its coast guard."),
]

PASSIVE_PLACE: list[Case] = [
    (
        "BEIRUT",
        "Targets in southern Lebanon were struck by Israeli aircraft on Sunday.",
        "ISR>LBN:19",
    ),
    (
        "KABUL",
        "Positions in eastern Afghanistan were shelled by Pakistani forces on Wednesday.",
        "PAK>AFG:19",
    ),
    ("KYIV", "Areas of Kharkiv were bombed by Russian jets overnight.", "RUS>UKR:19"),
    ("DAMASCUS", "Sites near Damascus were hit by Israeli missiles on Tuesday.", "ISR>SYR:19"),
    (
        "KHARTOUM",
        "Markets in Sudan's capital were shelled by Chadian forces on Monday.",
        "TCD>SDN:19",
    ),
]

PASSIVE_PLACE_NONE: list[NearMiss] = [
    ("BEIRUT", "Targets in southern Lebanon were identified by Israeli officials."),
    ("YEREVAN", "Villages near the border were shelled on Monday."),
]

OFFICE: list[Case] = [
    (
        "JERUSALEM",
        "Netanyahu's office rejected an Egyptian ceasefire proposal on Sunday.",
        "ISR>EGY:12",
    ),
    (
        "JERUSALEM",
        "The Israeli prime minister's office rejected an Egyptian ceasefire proposal on Sunday.",
        "ISR>EGY:12",
    ),
    ("KYIV", "Zelenskyy's office accused Russia on Monday of targeting civilians.", "UKR>RUS:11"),
    (
        "ROME",
        "The Italian prime minister's office condemned Russia's strike on Odesa.",
        "ITA>RUS:11 RUS>UKR:19",
    ),
    (
        "WASHINGTON",
        "The US Trade Representative's office imposed tariffs on Chinese steel on Monday.",
        "USA>CHN:16",
    ),
    ("KYIV", "The Ukrainian presidency accused Hungary on Monday of blocking aid.", "UKR>HUN:11"),
    ("VILNIUS", "China protested the opening of Taiwan's office in Vilnius.", "CHN>LTU:11|14|16"),
]

OFFICE_NONE: list[NearMiss] = [
    ("LONDON", "The office of the British prime minister is at 10 Downing Street."),
    ("NAIROBI", "Kenya's statistics office said exports to Uganda fell in May."),
]

GOODS: list[Case] = [
    ("BAKU", "Azerbaijan's ban on imports of Russian poultry took effect on Monday.", "AZE>RUS:16"),
    ("BEIJING", "China's ban on imports from Japan took effect on Monday.", "CHN>JPN:16"),
    (
        "NEW DELHI",
        "India's curbs on imports of Chinese solar panels took effect on Monday.",
        "IND>CHN:16",
    ),
    ("OTTAWA", "Canada's tariffs on imports of Chinese steel took effect on Monday.", "CAN>CHN:16"),
    ("BRUSSELS", "The EU's embargo on shipments of Russian oil began on Monday.", "EU>RUS:16"),
]

GOODS_NONE: list[NearMiss] = [
    ("BEIJING", "China's ban on imports of ivory took effect on Monday."),
    ("NEW DELHI", "India's curbs on imports of gold took effect on Monday."),
    ("WASHINGTON", "The US ban on imports of shrimp from private farms took effect."),
]

STRUCK: list[Case] = [
    ("CARACAS", "Venezuela was hit by new US sanctions on Tuesday.", "USA>VEN:16"),
    ("KYIV", "Ukraine's power grid was damaged by Russian attacks overnight.", "RUS>UKR:19"),
    ("BEIJING", "Chinese exporters were hurt by new US tariffs on Monday.", "USA>CHN:16"),
    ("TEHRAN", "Iran's economy has been crippled by American sanctions.", "USA>IRN:16"),
    ("CARACAS", "Venezuela, hit by new US sanctions on Tuesday, vowed to retaliate.", "USA>VEN:16"),
    ("KYIV", "Kharkiv, hit by Russian drones overnight, lost power.", "RUS>UKR:19"),
    ("HAVANA", "Cuba has been hurt by the US embargo for decades.", "USA>CUB:16"),
    ("PARIS", "France was shocked by the Russian attacks.", "FRA>RUS:11"),
]

STRUCK_NONE: list[NearMiss] = [
    ("TOKYO", "Tokyo was hit by a powerful typhoon on Monday."),
    ("CARACAS", "Venezuela was hurt by falling oil prices."),
    ("MOSCOW", "Russia was hit by Western sanctions."),
    ("CARACAS", "Venezuela could be hit by new US sanctions."),
    ("TEHRAN", "Iran was not hurt by American sanctions, officials said."),
    ("TEHRAN", "Iran's economy would be crippled by American sanctions."),
]

INVITED: list[Case] = [
    ("MOSCOW", "Russia's invitation to the Taliban drew criticism.", "RUS>AFG:03"),
    (
        "DAMASCUS",
        "An invitation from Moscow to the Syrian president arrived on Friday.",
        "RUS>SYR:03",
    ),
    ("TOKYO", "Japan accepted China's invitation to the summit.", "JPN>CHN:05|04|03"),
    ("ANKARA", "Turkey accepted an invitation from Azerbaijan to visit Baku.", "TUR>AZE:05|04|03"),
]

INVITED_NONE: list[NearMiss] = [("BEIJING", "China's invitation to foreign investors was renewed.")]

BASES: list[Case] = [
    ("PARIS", "France urged Iran on Monday to release two detained aid workers.", "FRA>IRN:02"),
    ("TOKYO", "Japan pledged to help the Philippines modernise its coast guard.", "JPN>PHL:03"),
    ("NEW DELHI", "Indian Prime Minister Narendra Modi visited Moscow on Tuesday.", "IND>RUS:04"),
    (
        "WARSAW",
        "German Foreign Minister Anna Keller met her Polish counterpart in Warsaw on Wednesday.",
        "DEU>POL:04",
    ),
    (
        "CAIRO",
        "Egypt hosted Sudanese Prime Minister Kamil Idris for talks on Sunday.",
        "EGY>SDN:04",
    ),
    (
        "ANKARA",
        "Turkey praised Azerbaijan on Thursday for its support during the floods.",
        "TUR>AZE:05",
    ),
    ("NAIROBI", "Kenya signed a trade agreement with Tanzania on Friday.", "KEN>TZA:05|06"),
    ("SEOUL", "South Korea shared intelligence on missile launches with Japan.", "KOR>JPN:06"),
    (
        "BRUSSELS",
        "The European Union sent 40 million euros in humanitarian aid to Sudan on Friday.",
        "EU>SDN:07",
    ),
    (
        "WASHINGTON",
        "The United States delivered air defence systems to Ukraine on Monday.",
        "USA>UKR:07",
    ),
    ("LONDON", "Britain demanded that Russia release a detained British journalist.", "GBR>RUS:10"),
    ("BEIJING", "China condemned Japan's new defence budget on Tuesday.", "CHN>JPN:11"),
    (
        "ISLAMABAD",
        "Pakistan accused India on Monday of sponsoring attacks in Balochistan.",
        "PAK>IND:11",
    ),
    (
        "MADRID",
        "Spain criticised Morocco over the treatment of migrants at the border.",
        "ESP>MAR:11",
    ),
    ("BUDAPEST", "Hungary rejected the European Union's migration plan on Wednesday.", "HUN>EU:12"),
    ("JERUSALEM", "Israel rejected an Egyptian ceasefire proposal on Sunday.", "ISR>EGY:12"),
    ("PYONGYANG", "North Korea threatened South Korea with retaliation on Saturday.", "PRK>KOR:13"),
    ("MOSCOW", "Russia warned Finland against hosting NATO troops.", "RUS>FIN:13"),
    ("TAIPEI", "China deployed warships around Taiwan on Monday.", "CHN>TWN:15"),
    ("VILNIUS", "Lithuania expelled two Russian diplomats on Thursday.", "LTU>RUS:16"),
    (
        "WASHINGTON",
        "The United States imposed new sanctions on Venezuela on Tuesday.",
        "USA>VEN:16",
    ),
    ("NIAMEY", "Niger cut diplomatic ties with Ukraine on Tuesday.", "NER>UKR:16"),
    ("TEHRAN", "Iran seized a British oil tanker in the Strait of Hormuz on Friday.", "IRN>GBR:17"),
    ("BEIJING", "Chinese police arrested two Japanese nationals on spying charges.", "CHN>JPN:17"),
    ("KYIV", "Russia attacked Ukraine's power grid overnight.", "RUS>UKR:19"),
    ("BEIRUT", "Israeli aircraft struck targets in southern Lebanon on Sunday.", "ISR>LBN:19"),
    ("KABUL", "Pakistani forces shelled Afghan border posts on Wednesday.", "PAK>AFG:19"),
    ("CARACAS", "Venezuela recalled its ambassador from Argentina on Monday.", "VEN>ARG:16"),
    ("BERLIN", "Germany summoned the Russian ambassador on Tuesday.", "DEU>RUS:11|16"),
    ("MANILA", "The Philippines protested to China over the water cannon attack.", "PHL>CHN:11|14"),
    ("NEW YORK", "The UN Security Council condemned North Korea's missile launch.", "UN>PRK:11"),
    ("VIENNA", "The IAEA criticised Iran for blocking inspectors.", "IAEA>IRN:11"),
    ("ADDIS ABABA", "Ethiopia withdrew its troops from Somalia on Saturday.", "ETH>SOM:08"),
    ("OTTAWA", "Canada welcomed India's decision to resume visa services.", "CAN>IND:05"),
    ("DHAKA", "Bangladesh asked India to extradite the former prime minister.", "BGD>IND:02|10"),
    ("BAKU", "Azerbaijan banned imports of Russian poultry on Monday.", "AZE>RUS:16"),
    ("RABAT", "Morocco deported three Algerian nationals on Friday.", "MAR>DZA:17"),
    ("HANOI", "Vietnam offered to mediate between Cambodia and Thailand.", "VNM>KHM:03 VNM>THA:03"),
    (
        "SEOUL",
        "North Korea fired artillery shells toward South Korea's border islands on Monday.",
        "PRK>KOR:19",
    ),
    ("RIYADH", "Saudi Arabia invited Iran's foreign minister to Riyadh.", "SAU>IRN:04|03"),
]

REWORDED: list[Case] = [
    ("PARIS", "France has urged Iran to release two detained aid workers.", "FRA>IRN:02"),
    (
        "PARIS",
        "Iran was urged by France on Monday to release two detained aid workers.",
        "FRA>IRN:02",
    ),
    (
        "PARIS",
        "France's foreign minister, Jean-Noel Barrot, on Monday urged Iran to release two detained "
        "aid workers.",
        "FRA>IRN:02",
    ),
    ("PARIS", "Paris urged Tehran on Monday to release two detained aid workers.", "FRA>IRN:02"),
    (
        "PARIS",
        "The foreign ministry said on Monday that France had urged Iran to release two detained aid "
        "workers.",
        "FRA>IRN:02",
    ),
    ("TOKYO", "Japan has pledged to help the Philippines modernise its coast guard.", "JPN>PHL:03"),
    (
        "TOKYO",
        "Japan's prime minister, Shigeru Ishiba, on Tuesday pledged to help the Philippines "
        "modernise its coast guard.",
        "JPN>PHL:03",
    ),
    ("TOKYO", "Tokyo pledged on Tuesday to help Manila modernise its coast guard.", "JPN>PHL:03"),
    (
        "TOKYO",
        "Japan, which on Tuesday pledged to help the Philippines modernise its coast guard, is "
        "Manila's largest donor.",
        "JPN>PHL:03",
    ),
    (
        "TOKYO",
        "Japan's pledge on Tuesday to help the Philippines modernise its coast guard was its "
        "largest yet.",
        "JPN>PHL:03",
    ),
    (
        "NEW DELHI",
        "Indian Prime Minister Narendra Modi has visited Moscow, his first trip to Russia in a "
        "year.",
        "IND>RUS:04",
    ),
    (
        "NEW DELHI",
        "Moscow was visited by Indian Prime Minister Narendra Modi on Tuesday.",
        "IND>RUS:04",
    ),
    ("NEW DELHI", "The Indian prime minister visited Moscow on Tuesday.", "IND>RUS:04"),
    (
        "NEW DELHI",
        "Narendra Modi, India's prime minister, on Tuesday visited Moscow for the first time in a "
        "year.",
        "IND>RUS:04",
    ),
    (
        "NEW DELHI",
        "Indian Prime Minister Narendra Modi's visit to Moscow on Tuesday lasted six hours.",
        "IND>RUS:04",
    ),
    (
        "WARSAW",
        "German Foreign Minister Anna Keller has met her Polish counterpart in Warsaw.",
        "DEU>POL:04",
    ),
    (
        "WARSAW",
        "Polish Foreign Minister Radek Sikorski was visited by his German counterpart on Wednesday.",
        "DEU>POL:04",
    ),
    (
        "WARSAW",
        "German Foreign Minister Anna Keller, who met her Polish counterpart in Warsaw on "
        "Wednesday, said the talks were frank.",
        "DEU>POL:04",
    ),
    (
        "WARSAW",
        "The German foreign minister met her Polish counterpart in Warsaw on Wednesday.",
        "DEU>POL:04",
    ),
    (
        "WARSAW",
        "Berlin said on Wednesday that its foreign minister had met her Polish counterpart in "
        "Warsaw.",
        "DEU>POL:04",
    ),
    (
        "CAIRO",
        "Egypt is hosting Sudanese Prime Minister Kamil Idris for talks this week.",
        "EGY>SDN:04",
    ),
    (
        "CAIRO",
        "Sudanese Prime Minister Kamil Idris was hosted by Egypt for talks on Sunday.",
        "EGY>SDN:04",
    ),
    (
        "CAIRO",
        "Egypt's president, Abdel Fattah al-Sisi, on Sunday hosted Sudanese Prime Minister Kamil "
        "Idris for talks.",
        "EGY>SDN:04",
    ),
    (
        "CAIRO",
        "Cairo hosted Sudanese Prime Minister Kamil Idris for talks on Sunday.",
        "EGY>SDN:04",
    ),
    (
        "CAIRO",
        "Egyptian President Abdel Fattah al-Sisi, hosting Sudanese Prime Minister Kamil Idris on "
        "Sunday, called for calm.",
        "EGY>SDN:04",
    ),
    ("ANKARA", "Turkey has praised Azerbaijan for its support during the floods.", "TUR>AZE:05"),
    (
        "ANKARA",
        "Azerbaijan was praised by Turkey on Thursday for its support during the floods.",
        "TUR>AZE:05",
    ),
    (
        "ANKARA",
        "The Turkish foreign ministry praised Azerbaijan on Thursday for its support during the "
        "floods.",
        "TUR>AZE:05",
    ),
    ("ANKARA", "Turkey's praise for Azerbaijan on Thursday was unusually warm.", "TUR>AZE:05"),
    (
        "ANKARA",
        "Turkey's foreign minister, Hakan Fidan, on Thursday praised Azerbaijan for its support "
        "during the floods.",
        "TUR>AZE:05",
    ),
    ("NAIROBI", "Kenya has signed a trade agreement with Tanzania.", "KEN>TZA:05|06"),
    ("NAIROBI", "A trade agreement with Tanzania was signed by Kenya on Friday.", "KEN>TZA:05|06"),
    (
        "NAIROBI",
        "Kenya, which signed a trade agreement with Tanzania on Friday, hopes to double its "
        "exports.",
        "KEN>TZA:05|06",
    ),
    (
        "NAIROBI",
        "Kenya's trade minister, Lee Kinyanjui, on Friday signed a trade agreement with Tanzania.",
        "KEN>TZA:05|06",
    ),
    ("NAIROBI", "Nairobi signed a trade agreement with Dodoma on Friday.", "KEN>TZA:05|06"),
    ("SEOUL", "South Korea has shared intelligence on missile launches with Japan.", "KOR>JPN:06"),
    (
        "SEOUL",
        "Intelligence on missile launches was shared with Japan by South Korea on Monday.",
        "KOR>JPN:06",
    ),
    ("SEOUL", "Seoul shared intelligence on missile launches with Tokyo on Monday.", "KOR>JPN:06"),
    (
        "SEOUL",
        "Officials said on Monday that South Korea had shared intelligence on missile launches with "
        "Japan.",
        "KOR>JPN:06",
    ),
    (
        "BRUSSELS",
        "The European Union has sent 40 million euros in humanitarian aid to Sudan.",
        "EU>SDN:07",
    ),
    (
        "BRUSSELS",
        "Forty million euros in humanitarian aid were sent to Sudan by the European Union on "
        "Friday.",
        "EU>SDN:07",
    ),
    (
        "BRUSSELS",
        "The European Union, which on Friday sent 40 million euros in humanitarian aid to Sudan, "
        "called on donors to do more.",
        "EU>SDN:07",
    ),
    (
        "BRUSSELS",
        "The European Commission sent 40 million euros in humanitarian aid to Sudan on Friday.",
        "EU>SDN:07",
    ),
    (
        "BRUSSELS",
        "The European Union's delivery of 40 million euros in aid to Sudan on Friday was its "
        "largest this year.",
        "EU>SDN:07",
    ),
    ("WASHINGTON", "The United States has delivered air defence systems to Ukraine.", "USA>UKR:07"),
    (
        "WASHINGTON",
        "Air defence systems were delivered to Ukraine by the United States on Monday.",
        "USA>UKR:07",
    ),
    (
        "WASHINGTON",
        "The United States, Ukraine's largest military backer, on Monday delivered air defence "
        "systems to Ukraine.",
        "USA>UKR:07",
    ),
    ("WASHINGTON", "Washington delivered air defence systems to Kyiv on Monday.", "USA>UKR:07"),
    (
        "WASHINGTON",
        "The Pentagon said on Monday that the United States had delivered air defence systems to "
        "Ukraine.",
        "USA>UKR:07",
    ),
    (
        "LONDON",
        "Britain has demanded that Russia release a detained British journalist.",
        "GBR>RUS:10",
    ),
    (
        "LONDON",
        "Russia was told by Britain on Monday to release a detained British journalist.",
        "GBR>RUS:10",
    ),
    (
        "LONDON",
        "Britain's foreign secretary, David Lammy, on Monday demanded that Russia release a "
        "detained British journalist.",
        "GBR>RUS:10",
    ),
    (
        "LONDON",
        "London demanded on Monday that Moscow release a detained British journalist.",
        "GBR>RUS:10",
    ),
    (
        "LONDON",
        "Britain's demand on Monday that Russia release a detained British journalist went "
        "unanswered.",
        "GBR>RUS:10",
    ),
    ("BEIJING", "China has condemned Japan's new defence budget.", "CHN>JPN:11"),
    ("BEIJING", "Japan's new defence budget was condemned by China on Tuesday.", "CHN>JPN:11"),
    (
        "BEIJING",
        "China, which on Tuesday condemned Japan's new defence budget, is itself raising military "
        "spending.",
        "CHN>JPN:11",
    ),
    ("BEIJING", "Beijing condemned Tokyo's new defence budget on Tuesday.", "CHN>JPN:11"),
    (
        "BEIJING",
        "China said on Tuesday that it condemned Japan's new defence budget.",
        "CHN>JPN:11",
    ),
    ("ISLAMABAD", "Pakistan has accused India of sponsoring attacks in Balochistan.", "PAK>IND:11"),
    (
        "ISLAMABAD",
        "India was accused by Pakistan on Monday of sponsoring attacks in Balochistan.",
        "PAK>IND:11",
    ),
    (
        "ISLAMABAD",
        "Pakistan's interior minister, Mohsin Naqvi, on Monday accused India of sponsoring attacks "
        "in Balochistan.",
        "PAK>IND:11",
    ),
    (
        "ISLAMABAD",
        "Islamabad accused New Delhi on Monday of sponsoring attacks in Balochistan.",
        "PAK>IND:11",
    ),
    (
        "ISLAMABAD",
        "Pakistan's accusation on Monday that India sponsored attacks in Balochistan was rejected "
        "as baseless.",
        "PAK>IND:11",
    ),
    (
        "MADRID",
        "Spain criticises Morocco over the treatment of migrants at the border.",
        "ESP>MAR:11",
    ),
    (
        "MADRID",
        "Morocco was criticised by Spain over the treatment of migrants at the border.",
        "ESP>MAR:11",
    ),
    (
        "MADRID",
        "Spain, which on Monday criticised Morocco over the treatment of migrants at the border, "
        "wants more EU help.",
        "ESP>MAR:11",
    ),
    (
        "MADRID",
        "The Spanish government criticised Morocco on Monday over the treatment of migrants at the "
        "border.",
        "ESP>MAR:11",
    ),
    (
        "MADRID",
        "Spain's foreign minister spoke to reporters on Monday. He criticised Morocco over the "
        "treatment of migrants at the border.",
        "ESP>MAR:11",
    ),
    ("BUDAPEST", "Hungary has rejected the European Union's migration plan.", "HUN>EU:12"),
    (
        "BUDAPEST",
        "The European Union's migration plan was rejected by Hungary on Wednesday.",
        "HUN>EU:12",
    ),
    (
        "BUDAPEST",
        "Hungary's prime minister, Viktor Orban, on Wednesday rejected the European Union's "
        "migration plan.",
        "HUN>EU:12",
    ),
    ("BUDAPEST", "Budapest rejected the EU's migration plan on Wednesday.", "HUN>EU:12"),
    (
        "BUDAPEST",
        "Hungary's rejection of the European Union's migration plan on Wednesday angered other "
        "members.",
        "HUN>EU:12",
    ),
    ("JERUSALEM", "Israel has rejected an Egyptian ceasefire proposal.", "ISR>EGY:12"),
    ("JERUSALEM", "An Egyptian ceasefire proposal was rejected by Israel on Sunday.", "ISR>EGY:12"),
    (
        "JERUSALEM",
        "Israel, which on Sunday rejected an Egyptian ceasefire proposal, pressed on with its "
        "offensive.",
        "ISR>EGY:12",
    ),
    (
        "JERUSALEM",
        "Officials said on Sunday that Israel had rejected an Egyptian ceasefire proposal.",
        "ISR>EGY:12",
    ),
    ("PYONGYANG", "North Korea has threatened South Korea with retaliation.", "PRK>KOR:13"),
    (
        "PYONGYANG",
        "North Korea's leader, Kim Jong Un, on Saturday threatened South Korea with retaliation.",
        "PRK>KOR:13",
    ),
    (
        "PYONGYANG",
        "North Korea's leader spoke at a party meeting on Saturday. He threatened South Korea with "
        "retaliation.",
        "PRK>KOR:13",
    ),
    (
        "PYONGYANG",
        "North Korea's threat of retaliation against South Korea on Saturday raised tensions.",
        "PRK>KOR:13",
    ),
    ("MOSCOW", "Russia has warned Finland against hosting NATO troops.", "RUS>FIN:13"),
    ("MOSCOW", "Finland was warned by Russia on Monday against hosting NATO troops.", "RUS>FIN:13"),
    (
        "MOSCOW",
        "Russia, which on Monday warned Finland against hosting NATO troops, has long opposed the "
        "alliance's expansion.",
        "RUS>FIN:13 RUS>NATO:12",
    ),
    ("MOSCOW", "The Kremlin warned Finland on Monday against hosting NATO troops.", "RUS>FIN:13"),
    (
        "MOSCOW",
        "Russian officials said on Monday that Moscow had warned Finland against hosting NATO "
        "troops.",
        "RUS>FIN:13",
    ),
    ("TAIPEI", "China has deployed warships around Taiwan.", "CHN>TWN:15"),
    (
        "TAIPEI",
        "China's military, in a show of force, on Monday deployed warships around Taiwan.",
        "CHN>TWN:15",
    ),
    ("TAIPEI", "Beijing deployed warships around Taiwan on Monday.", "CHN>TWN:15"),
    (
        "TAIPEI",
        "Taiwan's defence ministry said on Monday that China had deployed warships around Taiwan.",
        "CHN>TWN:15",
    ),
    ("VILNIUS", "Lithuania has expelled two Russian diplomats.", "LTU>RUS:16"),
    ("VILNIUS", "Two Russian diplomats were expelled by Lithuania on Thursday.", "LTU>RUS:16"),
    (
        "VILNIUS",
        "Lithuania, which expelled two Russian diplomats on Thursday, gave no reason.",
        "LTU>RUS:16",
    ),
    (
        "VILNIUS",
        "Lithuania's expulsion of two Russian diplomats on Thursday drew a swift response.",
        "LTU>RUS:16",
    ),
    (
        "VILNIUS",
        "The foreign ministry in Vilnius said on Thursday that Lithuania had expelled two Russian "
        "diplomats.",
        "LTU>RUS:16",
    ),
    ("WASHINGTON", "The United States has imposed new sanctions on Venezuela.", "USA>VEN:16"),
    (
        "WASHINGTON",
        "New sanctions were imposed on Venezuela by the United States on Tuesday.",
        "USA>VEN:16",
    ),
    (
        "WASHINGTON",
        "The United States, for the third time this year, on Tuesday imposed new sanctions on "
        "Venezuela.",
        "USA>VEN:16",
    ),
    ("WASHINGTON", "The US Treasury imposed new sanctions on Venezuela on Tuesday.", "USA>VEN:16"),
    ("NIAMEY", "Niger has cut diplomatic ties with Ukraine.", "NER>UKR:16"),
    (
        "NIAMEY",
        "Niger, which cut diplomatic ties with Ukraine on Tuesday, gave no further details.",
        "NER>UKR:16",
    ),
    (
        "NIAMEY",
        "Niger's military government, in a statement read on state television, on Tuesday cut "
        "diplomatic ties with Ukraine.",
        "NER>UKR:16",
    ),
    ("NIAMEY", "Niamey cut diplomatic ties with Kyiv on Tuesday.", "NER>UKR:16"),
    (
        "NIAMEY",
        "State television said on Tuesday that Niger had cut diplomatic ties with Ukraine.",
        "NER>UKR:16",
    ),
    ("TEHRAN", "Iran has seized a British oil tanker in the Strait of Hormuz.", "IRN>GBR:17"),
    (
        "TEHRAN",
        "A British oil tanker was seized by Iran in the Strait of Hormuz on Friday.",
        "IRN>GBR:17",
    ),
    (
        "TEHRAN",
        "Iran, which seized a British oil tanker in the Strait of Hormuz on Friday, said the ship "
        "broke maritime rules.",
        "IRN>GBR:17",
    ),
    (
        "TEHRAN",
        "Iran's Revolutionary Guards seized a British oil tanker in the Strait of Hormuz on Friday.",
        "IRN>GBR:17",
    ),
    (
        "TEHRAN",
        "Iran's seizure of a British oil tanker in the Strait of Hormuz on Friday alarmed shippers.",
        "IRN>GBR:17",
    ),
    (
        "BEIJING",
        "Chinese police have arrested two Japanese nationals on spying charges.",
        "CHN>JPN:17",
    ),
    (
        "BEIJING",
        "Two Japanese nationals were arrested by Chinese police on spying charges.",
        "CHN>JPN:17",
    ),
    (
        "BEIJING",
        "Chinese police, acting on a tip, on Monday arrested two Japanese nationals on spying "
        "charges.",
        "CHN>JPN:17",
    ),
    (
        "BEIJING",
        "The arrest of two Japanese nationals by Chinese police on Monday strained ties.",
        "CHN>JPN:17",
    ),
    (
        "BEIJING",
        "Japan's foreign ministry said on Monday that Chinese police had arrested two Japanese "
        "nationals.",
        "CHN>JPN:17",
    ),
    ("KYIV", "Russia has attacked Ukraine's power grid again.", "RUS>UKR:19"),
    ("KYIV", "Ukraine's power grid was attacked by Russia overnight.", "RUS>UKR:19"),
    (
        "KYIV",
        "Russia, which attacked Ukraine's power grid overnight, said it hit only military targets.",
        "RUS>UKR:19",
    ),
    (
        "KYIV",
        "Russia, using drones and missiles, overnight attacked Ukraine's power grid.",
        "RUS>UKR:19",
    ),
    (
        "KYIV",
        "Ukraine's energy ministry said on Monday that Russia had attacked Ukraine's power grid "
        "overnight.",
        "RUS>UKR:19",
    ),
    ("BEIRUT", "Israeli aircraft have struck targets in southern Lebanon.", "ISR>LBN:19"),
    (
        "BEIRUT",
        "Israeli aircraft, which struck targets in southern Lebanon on Sunday, also flew low over "
        "Beirut.",
        "ISR>LBN:19",
    ),
    ("BEIRUT", "The Israeli military struck targets in southern Lebanon on Sunday.", "ISR>LBN:19"),
    ("BEIRUT", "Israeli strikes on southern Lebanon on Sunday killed three people.", "ISR>LBN:19"),
    ("KABUL", "Pakistani forces have shelled Afghan border posts.", "PAK>AFG:19"),
    ("KABUL", "Afghan border posts were shelled by Pakistani forces on Wednesday.", "PAK>AFG:19"),
    (
        "KABUL",
        "Pakistani forces, in a second night of clashes, on Wednesday shelled Afghan border posts.",
        "PAK>AFG:19",
    ),
    ("KABUL", "Pakistan's army shelled Afghan border posts on Wednesday.", "PAK>AFG:19"),
    (
        "KABUL",
        "The Taliban government said on Wednesday that Pakistani forces had shelled Afghan border "
        "posts.",
        "PAK>AFG:19",
    ),
    ("CARACAS", "Venezuela has recalled its ambassador from Argentina.", "VEN>ARG:16"),
    (
        "CARACAS",
        "Venezuela, which recalled its ambassador from Argentina on Monday, called the step "
        "temporary.",
        "VEN>ARG:16",
    ),
    (
        "CARACAS",
        "Venezuela's government, in a statement, on Monday recalled its ambassador from Argentina.",
        "VEN>ARG:16",
    ),
    ("CARACAS", "Caracas recalled its ambassador from Buenos Aires on Monday.", "VEN>ARG:16"),
    (
        "CARACAS",
        "The foreign ministry said on Monday that Venezuela had recalled its ambassador from "
        "Argentina.",
        "VEN>ARG:16",
    ),
    ("BERLIN", "Germany has summoned the Russian ambassador.", "DEU>RUS:11|16"),
    ("BERLIN", "The Russian ambassador was summoned by Germany on Tuesday.", "DEU>RUS:11|16"),
    (
        "BERLIN",
        "Germany, which summoned the Russian ambassador on Tuesday, gave no details of the meeting.",
        "DEU>RUS:11|16",
    ),
    (
        "BERLIN",
        "The German foreign ministry summoned the Russian ambassador on Tuesday.",
        "DEU>RUS:11|16",
    ),
    (
        "BERLIN",
        "Germany's summoning of the Russian ambassador on Tuesday followed the drone incident.",
        "DEU>RUS:11|16",
    ),
    (
        "MANILA",
        "The Philippines has protested to China over the water cannon attack.",
        "PHL>CHN:11|14",
    ),
    (
        "MANILA",
        "The Philippines, in a strongly worded note, on Monday protested to China over the water "
        "cannon attack.",
        "PHL>CHN:11|14",
    ),
    ("MANILA", "Manila protested to Beijing over the water cannon attack.", "PHL>CHN:11|14"),
    (
        "MANILA",
        "The Philippines' protest to China over the water cannon attack was its tenth this year.",
        "PHL>CHN:11|14",
    ),
    (
        "MANILA",
        "The foreign ministry said on Monday that the Philippines had protested to China over the "
        "water cannon attack.",
        "PHL>CHN:11|14",
    ),
    (
        "NEW YORK",
        "The UN Security Council has condemned North Korea's missile launch.",
        "UN>PRK:11",
    ),
    (
        "NEW YORK",
        "North Korea's missile launch was condemned by the UN Security Council.",
        "UN>PRK:11",
    ),
    (
        "NEW YORK",
        "The UN Security Council, which condemned North Korea's missile launch on Friday, will meet "
        "again next week.",
        "UN>PRK:11",
    ),
    (
        "NEW YORK",
        "The UN Security Council, in a unanimous statement, on Friday condemned North Korea's "
        "missile launch.",
        "UN>PRK:11",
    ),
    (
        "NEW YORK",
        "The UN Security Council's condemnation of North Korea's missile launch on Friday was "
        "unanimous.",
        "UN>PRK:11",
    ),
    ("VIENNA", "The IAEA has criticised Iran for blocking inspectors.", "IAEA>IRN:11"),
    ("VIENNA", "Iran was criticised by the IAEA for blocking inspectors.", "IAEA>IRN:11"),
    (
        "VIENNA",
        "The IAEA's director general, Rafael Grossi, on Monday criticised Iran for blocking "
        "inspectors.",
        "IAEA>IRN:11",
    ),
    (
        "VIENNA",
        "The UN nuclear watchdog criticised Iran on Monday for blocking inspectors.",
        "IAEA>IRN:11",
    ),
    (
        "VIENNA",
        "Diplomats said on Monday that the IAEA had criticised Iran for blocking inspectors.",
        "IAEA>IRN:11",
    ),
    ("ADDIS ABABA", "Ethiopia has withdrawn its troops from Somalia.", "ETH>SOM:08"),
    (
        "ADDIS ABABA",
        "Ethiopia, which withdrew its troops from Somalia on Saturday, said the mission was "
        "complete.",
        "ETH>SOM:08",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia, after months of talks, on Saturday withdrew its troops from Somalia.",
        "ETH>SOM:08",
    ),
    ("ADDIS ABABA", "Addis Ababa withdrew its troops from Somalia on Saturday.", "ETH>SOM:08"),
    (
        "ADDIS ABABA",
        "Ethiopia's withdrawal of its troops from Somalia on Saturday ended a two-year deployment.",
        "ETH>SOM:08",
    ),
    ("OTTAWA", "Canada has welcomed India's decision to resume visa services.", "CAN>IND:05"),
    ("OTTAWA", "India's decision to resume visa services was welcomed by Canada.", "CAN>IND:05"),
    (
        "OTTAWA",
        "Canada's foreign minister, Anita Anand, on Monday welcomed India's decision to resume visa "
        "services.",
        "CAN>IND:05",
    ),
    ("OTTAWA", "Ottawa welcomed New Delhi's decision to resume visa services.", "CAN>IND:05"),
    (
        "OTTAWA",
        "Canada said on Monday that it welcomed India's decision to resume visa services.",
        "CAN>IND:05",
    ),
    (
        "DHAKA",
        "Bangladesh has asked India to extradite the former prime minister.",
        "BGD>IND:02|10",
    ),
    (
        "DHAKA",
        "India was asked by Bangladesh to extradite the former prime minister.",
        "BGD>IND:02|10",
    ),
    (
        "DHAKA",
        "Bangladesh, which on Monday asked India to extradite the former prime minister, expects a "
        "reply soon.",
        "BGD>IND:02|10",
    ),
    (
        "DHAKA",
        "Dhaka asked New Delhi on Monday to extradite the former prime minister.",
        "BGD>IND:02|10",
    ),
    ("BAKU", "Azerbaijan has banned imports of Russian poultry.", "AZE>RUS:16"),
    ("BAKU", "Imports of Russian poultry were banned by Azerbaijan on Monday.", "AZE>RUS:16"),
    (
        "BAKU",
        "Azerbaijan's food safety agency, citing bird flu, on Monday banned imports of Russian "
        "poultry.",
        "AZE>RUS:16",
    ),
    ("BAKU", "Baku banned imports of Russian poultry on Monday.", "AZE>RUS:16"),
    ("RABAT", "Morocco has deported three Algerian nationals.", "MAR>DZA:17"),
    ("RABAT", "Three Algerian nationals were deported by Morocco on Friday.", "MAR>DZA:17"),
    (
        "RABAT",
        "Morocco, which deported three Algerian nationals on Friday, said they had entered "
        "illegally.",
        "MAR>DZA:17",
    ),
    ("RABAT", "Moroccan authorities deported three Algerian nationals on Friday.", "MAR>DZA:17"),
    (
        "RABAT",
        "Algeria's foreign ministry said on Friday that Morocco had deported three Algerian "
        "nationals.",
        "MAR>DZA:17",
    ),
    (
        "HANOI",
        "Vietnam has offered to mediate between Cambodia and Thailand.",
        "VNM>KHM:03 VNM>THA:03",
    ),
    (
        "HANOI",
        "Vietnam's prime minister, Pham Minh Chinh, on Monday offered to mediate between Cambodia "
        "and Thailand.",
        "VNM>KHM:03 VNM>THA:03",
    ),
    ("HANOI", "Hanoi offered to mediate between Phnom Penh and Bangkok.", "VNM>KHM:03 VNM>THA:03"),
    (
        "HANOI",
        "Vietnam's offer to mediate between Cambodia and Thailand came on Monday.",
        "VNM>KHM:03 VNM>THA:03",
    ),
    (
        "HANOI",
        "Officials said on Monday that Vietnam had offered to mediate between Cambodia and "
        "Thailand.",
        "VNM>KHM:03 VNM>THA:03",
    ),
    (
        "SEOUL",
        "North Korea has fired artillery shells toward South Korea's border islands.",
        "PRK>KOR:19",
    ),
    (
        "SEOUL",
        "North Korea, which fired artillery shells toward South Korea's border islands on Monday, "
        "called it a drill.",
        "PRK>KOR:19",
    ),
    (
        "SEOUL",
        "North Korea, for the second time this month, on Monday fired artillery shells toward South "
        "Korea's border islands.",
        "PRK>KOR:19",
    ),
    (
        "SEOUL",
        "South Korea's military said on Monday that North Korea had fired artillery shells toward "
        "South Korea's border islands.",
        "PRK>KOR:19",
    ),
    ("RIYADH", "Saudi Arabia has invited Iran's foreign minister to Riyadh.", "SAU>IRN:04|03"),
    ("RIYADH", "Iran's foreign minister was invited to Riyadh by Saudi Arabia.", "SAU>IRN:04|03"),
    (
        "RIYADH",
        "Saudi Arabia's crown prince, Mohammed bin Salman, on Monday invited Iran's foreign "
        "minister to Riyadh.",
        "SAU>IRN:04|03",
    ),
    ("RIYADH", "Riyadh invited the Iranian foreign minister for talks.", "SAU>IRN:04|03"),
    (
        "RIYADH",
        "Saudi Arabia's invitation to Iran's foreign minister was delivered on Monday.",
        "SAU>IRN:04|03",
    ),
    # session 67 (N67, vocabulary156): the owner of the act noun whose of-phrase names the
    # measure imposes it (n.sanctions, slot of_owner; a gap until then)
    (
        "WASHINGTON",
        "The United States' imposition of new sanctions on Venezuela on Tuesday hit the oil sector.",
        "USA>VEN:16",
    ),
]

GAPS: list[Gap] = [
    (
        "SEOUL",
        "South Korea's defence ministry, in a rare step, on Monday shared intelligence on missile "
        "launches with Japan.",
        "KOR>JPN:06",
        "'shared' read as an adjective ('shared intelligence') after the inserted phrase",
    ),
    (
        "TAIPEI",
        "Warships were deployed around Taiwan by China on Monday.",
        "CHN>TWN:15",
        "with a Taipei dateline the passive's place 'around Taiwan' names no target",
    ),
    (
        "BEIJING",
        "China's call for Japan to retract the remarks drew no response.",
        "CHN>JPN:02",
        "the parser reads 'call for Japan to retract' as a clausal subject",
    ),
    (
        "SEOUL",
        "Seoul's demand that Pyongyang free the abductees was repeated on Monday.",
        "KOR>PRK:10",
        "the parser tags 'free' an adverb",
    ),
    (
        "WASHINGTON",
        "The US call for Israel to allow more aid into Gaza was renewed on Friday.",
        "USA>ISR:02",
        "the parser reads 'The US' as the subject of 'call'",
    ),
    (
        "CAIRO",
        "Egypt's demand that Ethiopia halt filling the dam was repeated on Tuesday.",
        "EGY>ETH:10",
        "the parser misreads 'halt filling the dam'",
    ),
    (
        "TEHRAN",
        "Iran was hit with new sanctions by the United States on Monday.",
        "USA>IRN:16",
        "the by-phrase hangs on the act noun 'sanctions', read as the act's own agent",
    ),
    (
        "MOSCOW",
        "Russia's warning that Finland would pay a price for joining NATO came on Monday.",
        "RUS>FIN:13",
        "a warning's clause is not read: most forecast ('Germany's warning that Russia could attack "
        "NATO'), few threaten",
    ),
]

CASES = (
    ASKED + HELPED + LATE_BY + PASSIVE_PLACE + OFFICE + GOODS + STRUCK + INVITED + BASES + REWORDED
)
NONE = (
    ASKED_NONE
    + HELPED_NONE
    + LATE_BY_NONE
    + PASSIVE_PLACE_NONE
    + OFFICE_NONE
    + GOODS_NONE
    + STRUCK_NONE
    + INVITED_NONE
)


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary20_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary20_codes_reworded_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    del dateline
    assert matches(coded[body], expected), (body, coded[body], expected)
