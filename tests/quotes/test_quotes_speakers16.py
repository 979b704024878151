"""Quote speakers of session 16: a cue hanging below a body's report in a side clause
("..., while X said") or a subject borrowed through "and" from the reported clause ("said the
convoy's vehicles had no permits and accused Kyiv of “...”") does not take the quotation
from the reporting body; with no cue above a quotation, a clause set beside its own with a
subject of its own ("X blamed “...”, but Y told ...") is another speaker's; a subjectless
conjunct the parser put inside a relative clause ("in which police said ..., and was needed
“...”") belongs to the main clause; diplomatic papers ("a note", "a cable") speak for who
handed or sent them; a capital keeps the article's word unless its state is a subject
beside it ("Tokyo", not "Japanese waters"); "it" after a body named by its proper name is
that body; a statement after ", and" that the parser took for a reported clause is its
own subject's; "add" with a noun object and "to" is no speech; "he" after a paragraph
whose subject is a surname the actors stage did not read is that person, but not over a
later main clause's subject nor a person named only as an object; a mission's members
("observers from the OSCE") speak as the phrase; a chain of coordinated names speaks
whole; what parties "agreed to" inside a body's report is the report's; a lone surname
of the one earlier name with a suffix ("Marcos" of "Ferdinand Marcos Jr.") is that name,
not when the father is named too; a lone capital and full stop after a lowercase word
("wrote on X. The ministry said") ends a sentence the parser ran on; a past-tense verb
hung on a noun ("after Mexico's president, X, called ... “...”") has it as its subject.
Near-misses: a person's words inside a body's report stay the person's (also what they
agreed "that"); a coordinated verb with no subject of its own, a cue governing the
quotation, a relative clause holding it, an email, a capital beside its state, another
state's "it", an "add" that reports, an initial in a name ("George W. Bush") and the main
clause's own cue all keep their readings."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    # 1. told-in-report: a side clause's cue, a borrowed non-person subject
    (
        "TOKYO — China's Foreign Ministry said in a statement that it “firmly opposes” the "
        "visit, while Japanese Prime Minister Kenji Sato said the trip was private.",
        "firmly opposes",
        "China's Foreign Ministry",
    ),
    (
        "MOSCOW — Russia's Foreign Ministry said in a statement that the convoy's vehicles had "
        "no permits and accused Kyiv of “nuclear blackmail.”",
        "nuclear blackmail",
        "Russia's Foreign Ministry",
    ),
    (
        "ANKARA — Turkey's Defense Ministry said in a statement that the Greek aircraft had no "
        "flight plan and called the flights “a provocation.”",
        "a provocation",
        "Turkey's Defense Ministry",
    ),
    (
        "NEW DELHI — Foreign Secretary Anil Sethi told the Pakistani envoy that the strikes were "
        "“unacceptable,” the ministry said in a statement.",
        "unacceptable",
        "Anil Sethi",
    ),
    (
        "NEW DELHI — The ministry said Foreign Secretary Anil Sethi had told the envoy that the "
        "strikes were “unacceptable.”",
        "unacceptable",
        "Anil Sethi",
    ),
    # 2. a clause beside the quotation's own, with its own subject
    (
        "ASHGABAT — Turkmen Railways blamed “a signal failure” for the crash, but a government "
        "official told Reuters the line had not been repaired for years.",
        "a signal failure",
        "Turkmen Railways",
    ),
    (
        "DHAKA — Police fired “warning shots” at the crowd outside parliament, but protesters "
        "said live rounds were used.",
        "warning shots",
        "Police",
    ),
    (
        "ASTANA — Kazakh Railways blamed “a signal failure” for Sunday's derailment and said "
        "services would resume on Monday.",
        "a signal failure",
        "Kazakh Railways",
    ),
    (
        "ASTANA — Kazakh Railways said “a signal failure” caused the derailment, but a union "
        "official told Reuters the line was old.",
        "a signal failure",
        "Kazakh Railways",
    ),
    # 3. a subjectless conjunct the parser put inside a relative clause
    (
        "PARIS — France banned a march in Lyon, the Interior Ministry said.\nThe ministry said "
        "the ban followed a riot in March, in which police said four officers were hurt, and was "
        "needed “to protect public order.”",
        "to protect public order",
        "Interior Ministry",
    ),
    (
        "LYON — Police said four officers were hurt in the riot, which the mayor described as "
        "“the worst in years.”",
        "the worst in years",
        "mayor",
    ),
    (
        "LYON — The ministry cited a riot in which police said four officers were “badly hurt.”",
        "badly hurt",
        "police",
    ),
    # 4. diplomatic papers speak for whoever handed or sent them
    (
        "WARSAW — Poland's Foreign Ministry summoned the Belarusian charge d'affaires on Friday "
        "and handed him a note describing the incursion as “a deliberate provocation.”",
        "a deliberate provocation",
        "Poland's Foreign Ministry",
    ),
    (
        "MINSK — Belarus's Foreign Ministry sent a diplomatic note to Warsaw demanding the "
        "“immediate return” of two detained soldiers.",
        "immediate return",
        "Belarus's Foreign Ministry",
    ),
    (
        "SEOUL — “We are ready to talk,” Unification Minister Kim Soo-min said in an email.",
        "We are ready to talk",
        "Kim Soo-min",
    ),
    # 5. a capital keeps the article's word unless its state is a subject beside it
    (
        "TOKYO — Chinese coast guard ships entered Japanese waters near the Senkaku Islands, and "
        "Tokyo summoned the Chinese ambassador to protest what it called “a serious violation.”",
        "a serious violation",
        "Tokyo",
    ),
    (
        "BEIJING — China denounced the new U.S. tariffs on Tuesday, with Beijing saying they "
        "amounted to “economic bullying.”",
        "economic bullying",
        "China",
    ),
    # 6. "it" after a body named by its proper name
    (
        "ANKARA — Turkey recalled its ambassador from Athens. The Turkish Foreign Ministry also "
        "summoned the Greek envoy for what it called “an unacceptable violation” of Turkish "
        "airspace.",
        "an unacceptable violation",
        "Turkish Foreign Ministry",
    ),
    (
        "ATHENS — The Turkish Foreign Ministry summoned the Greek envoy on Monday. Athens said "
        "it would not accept what it called “intimidation” in the Aegean.",
        "intimidation",
        "Athens",
    ),
    # 7. a coordinated statement the parser took for a reported clause
    (
        "ROME — Italian Foreign Minister Paolo Ricci said Rome had protested to Tehran through "
        "diplomatic channels, and the French Foreign Ministry said it was “deeply troubled” by "
        "the arrests.",
        "deeply troubled",
        "French Foreign Ministry",
    ),
    (
        "ROME — Italian Foreign Minister Paolo Ricci said Rome had protested and the ministry "
        "was “deeply troubled.”",
        "deeply troubled",
        "Paolo Ricci",
    ),
    # 7b. "add" with a noun object and "to" is no speech
    (
        "CARACAS — Washington added Venezuela's state oil company to its sanctions list on "
        "Monday, a step Caracas called “economic terrorism.”",
        "economic terrorism",
        "Caracas",
    ),
    (
        "ROME — Foreign Minister Paolo Ricci added that the sanctions were “only a first step.”",
        "only a first step",
        "Paolo Ricci",
    ),
    (
        "ROME — Foreign Minister Paolo Ricci added a warning to the joint statement, calling the "
        "arrests “unacceptable.”",
        "unacceptable",
        "Paolo Ricci",
    ),
    # 8. "he" after a paragraph whose subject is a surname the actors stage did not read
    (
        "LUSAKA — Zambia and Ghana signed a visa accord on Monday.\n\nThe accord was signed by "
        "Zambian Foreign Minister Mary Banda and her Ghanaian counterpart, Kofi Mensah-Owusu, "
        "during a visit by Banda to Accra.\n\n“Our people will travel freely,” Banda said at the "
        "ceremony.\n\nMensah-Owusu said the accord would also cover students.\n\n“This is what "
        "unity looks like,” he said.",
        "This is what unity looks like",
        "Kofi Mensah-Owusu",
    ),
    (
        "WASHINGTON — The president-elect has not commented on the decision, but his son, Robert "
        "Hale Jr., quickly criticized it.\n\n“They want a war before my father takes office,” he "
        "said on social media.",
        "They want a war",
        "Robert Hale Jr.",
    ),
    (
        "TBILISI — Georgian Prime Minister Levan Kobakhidze defended the media law on "
        "Monday.\n\nThe law, modeled on one passed in Hungary under Viktor Orban, has drawn "
        "criticism from Brussels.\n\n“This law protects our sovereignty,” he said.",
        "protects our sovereignty",
        "Levan Kobakhidze",
    ),
    # 9. a mission's members tied to their body
    (
        "TBILISI — Observers from the Organization for Security and Cooperation in Europe said "
        "the vote was “marred by pressure on voters.”",
        "marred by pressure",
        "Observers from the Organization for Security and Cooperation in Europe",
    ),
    (
        "TBILISI — Monitors from the European Union said the vote was “largely peaceful.”",
        "largely peaceful",
        "Monitors from the European Union",
    ),
    ("TBILISI — Observers said the vote was “largely peaceful.”", "largely peaceful", "Observers"),
    # 10. three or more names coordinated speak together, the whole chain
    (
        "CAIRO — Egypt, Qatar and the United States said in a joint statement that they would "
        "push for “a permanent ceasefire.”",
        "a permanent ceasefire",
        "Egypt, Qatar and the United States",
    ),
    (
        "CAIRO — Egypt and Qatar said in a joint statement that talks would resume “within days.”",
        "within days",
        "Egypt and Qatar",
    ),
    (
        "WASHINGTON — The FBI and CISA said the hackers had gained “broad access” to telecom "
        "networks.",
        "broad access",
        "FBI and CISA",
    ),
    # 11. an act agreed to inside a body's report is the report's words
    (
        "BRUSSELS — The two sides agreed to “intensify talks” on a trade deal, the European "
        "Commission said.",
        "intensify talks",
        "European Commission",
    ),
    (
        "MOSCOW — A statement from the Kremlin said Putin and Xi had agreed to “strengthen "
        "strategic coordination.”",
        "strengthen strategic coordination",
        "Kremlin",
    ),
    (
        "MOSCOW — Putin and Xi agreed that the deal was “historic,” the Kremlin said.",
        "historic",
        "Putin and Xi",
    ),
    (
        "NEW DELHI — Foreign Secretary Anil Sethi urged the envoy to “stop the shelling,” the "
        "ministry said.",
        "stop the shelling",
        "Anil Sethi",
    ),
    # 12. a lone surname of a name with a suffix ("Jr.") is that name, if it is the only one
    (
        "MANILA — Philippine President Ferdinand Marcos Jr. met Japanese Prime Minister Shigeru "
        "Ishiba in Manila on Friday.\n\nMarcos said the pact would help keep the peace.\n\n"
        "“We are not preparing for war,” he said.",
        "We are not preparing for war",
        "Ferdinand Marcos Jr.",
    ),
    (
        "WASHINGTON — President Donald Trump met his son, Donald Trump Jr., on Monday. “We are "
        "winning,” Trump said.",
        "We are winning",
        "Donald Trump",
    ),
    # 13. "on X." ends a sentence the parser ran on: no cue or subject from before it
    (
        "MEXICO CITY — President Claudia Sheinbaum posted the letter on X. Foreign Minister Juan "
        "Ramon de la Fuente said the tariffs were “unacceptable.”",
        "unacceptable",
        "Juan Ramon de la Fuente",
    ),
    (
        "JERUSALEM — Foreign Minister Avi Sharon condemned the decision on X. His ministry "
        "summoned the Danish envoy for what it called “a stern reprimand.”",
        "a stern reprimand",
        "Israel's Foreign Ministry",
    ),
    (
        "WASHINGTON — Former President George W. Bush said the decision was “a mistake.”",
        "a mistake",
        "George W. Bush",
    ),
    (
        "MEXICO CITY — “We will respond,” Sheinbaum wrote on X. “Mexico is not a colony.”",
        "Mexico is not a colony",
        "Sheinbaum",
    ),
    # 14. a finite verb the parser hung on its own subject as a clause of it ("acl")
    (
        "GUATEMALA CITY — “We are not a threat to anyone,” Guatemalan Foreign Minister Luis Arana "
        "said, after Mexico's president, Claudia Robles, called the troop build-up “provocative.”",
        "provocative",
        "Claudia Robles",
    ),
    (
        "GUATEMALA CITY — “We are not a threat to anyone,” Guatemalan Foreign Minister Luis Arana "
        "said, after Mexico's president, Claudia Robles, called the troop build-up “provocative.”",
        "We are not a threat",
        "Luis Arana",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers16_side_clauses_papers_capitals_and_surnames(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
