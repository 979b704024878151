"""Reactions to an act no event codes, or told far back (session 16, builder IT2).

REFUSALS: a refusal told as done in a main clause ("Canada has refused visas to Iran's chess
team", "Hungary vetoed a statement", "Bulgaria declined an invitation") codes no event when
it names no second state, yet it is a decision: "the decision" a reaction answers, in the
sentences just before or in the story's lead, or a bare regret just after, is aimed at its
author (_done_refusal in _decision_authors), as a decision told by deciding_words is.
REFUSALS_NOT: no refusal is answered when it is negated, withheld a remark ("declined to
comment", "refused to say whether ..."), the reactor's own, told in a clause that only
describes ("a standoff in which Hungary had blocked the step"), or followed by another
state's deed the reaction may mean.
INCURSIONS: "the incursion" names an act told by "entered" or "crossed" ("Two Russian
warplanes entered Estonian airspace ... Latvia called the incursion reckless"), however many
sentences of answers lie between; an entry by people who act for no state is none.
LEAD_UNCODED: "the move", "the decision" or "the step" with nothing coded since answers the act
the lead's main verb tells, done and outward, though it coded no event ("China imposed export
controls on gallium ... Japan criticized the move") (_lead_act); a done act of another actor
told in a main clause between, the reactor's own act, or a domestic one gives nothing.
COUPS: "the coup", "the putsch" or "the takeover" that names no state answers the state the
coup took place in, as "condemned the coup in Niger" does: the one state named (besides the
reactor) in the nearest sentence that tells a coup ("seized power", "took over", "ousted the
president", "a coup") (_coup_state). COUPS_NOT: two states named there, the reactor's own
coup, a firm's takeover, or a coup told only in a speaker's quoted words give nothing new.
PARALLEL: a deed with no target told as one more of the same ("Niger also recalled its
envoy", "recalled their envoys the same day") takes the targets of the latest act of its
code by another actor (_parallel_deed); another kind of act, or the actor's own target,
joins nothing. JOINED: "Japan joined Seoul in condemning the move" answers whom Seoul's
latest act of the root was aimed at (_joined_reaction).
GIFTS: a gift with no recipient joins other givers' gifts to one state (_fellow_recipient)
though another state is named since, when it is named only as one who acts or speaks
("Britain, Pakistan's former colonial ruler, said ..."), not as one who may receive.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

REFUSALS: list[Case] = [
    (
        "OTTAWA",
        "Canada has refused visas to six members of Iran's national chess team ahead of a "
        "tournament in Toronto. The players were due to arrive on Friday. Organizers said the "
        "event would go ahead. A spokesman for the immigration department declined to give "
        "reasons. Iran's Foreign Ministry condemned the decision as discriminatory.",
        "IRN>CAN:11",
    ),
    (
        "BUDAPEST",
        "Hungary on Monday vetoed a joint statement on the war that the other members had "
        "drafted. Diplomats said the talks went on late into the night. A spokesman said more "
        "meetings were planned. Poland criticized the decision.",
        "POL>HUN:11",
    ),
    (
        "SOFIA",
        "Bulgaria declined an invitation to a summit on the Black Sea on Friday. Officials "
        "gave no reason. Romania said it regretted the decision.",
        "ROU>BGR:11",
    ),
    (
        "ROME",
        "Italy refused on Tuesday to let a rescue ship carrying 200 migrants dock in Sicily. "
        "The ship sailed to Malta. Malta said it was disappointed.",
        "MLT>ITA:11",
    ),
    # a third state's ally answers it too
    (
        "BUDAPEST",
        "Hungary vetoed a European Union statement on Ukraine's grain exports on Monday. "
        "Slovakia, Hungary's closest ally, backed the decision.",
        "HUN>EU:12 SVK>HUN:05",
    ),
]

REFUSALS_NOT: list[Case] = [
    # the reactor's own refusal
    (
        "OTTAWA",
        "Canada has refused visas to six members of a chess team from Iran ahead of a "
        "tournament. The players were due to arrive on Friday. Canada's foreign minister "
        "defended the decision.",
        "CAN>IRN:12",
    ),
    # a refusal in a clause that describes: the decision is the EU's
    (
        "BRUSSELS",
        "European Union governments agreed on Tuesday to open membership talks with Moldova, "
        "ending a long standoff in which Hungary had blocked the step. Russia's foreign "
        "ministry condemned the decision.",
        "EU>MDA:03|04|05 RUS>EU:11",
    ),
    # another state's deed since: that one is meant
    (
        "OTTAWA",
        "Canada refused visas to members of Iran's chess team on Monday. On Tuesday, Britain "
        "expelled two Iranian diplomats. Iran condemned the decision.",
        "GBR>IRN:16 IRN>GBR:11",
    ),
]

INCURSIONS: list[Case] = [
    (
        "TALLINN",
        "Two Russian warplanes entered Estonian airspace over the Baltic Sea on Tuesday. "
        "Italian jets flying for NATO escorted them out. Estonia summoned Russia's charge "
        "d'affaires. Moscow denied any violation. NATO's secretary-general said the alliance "
        "would defend its members. Latvia called the incursion reckless.",
        "RUS>EST:15|19 ITA>NATO:07 EST>RUS:11|10 RUS>EST:12 LVA>RUS:11",
    ),
    (
        "SEOUL",
        "A Chinese military aircraft entered South Korea's air defence zone on Thursday "
        "without warning. Seoul scrambled fighter jets. Beijing said the flight was routine. "
        "Officials in Seoul said the plane left after an hour. Japan called the incursion "
        "provocative.",
        "CHN>KOR:15 JPN>CHN:11",
    ),
    (
        "VILNIUS",
        "Two Belarusian military helicopters crossed into Lithuanian airspace on Wednesday, "
        "the army said. They flew about two kilometres before turning back. Minsk said the "
        "crews had lost their way. Officials in Vilnius said an inquiry was under way. Poland "
        "called the incursion a provocation.",
        # session 52: helicopters crossing into Lithuanian airspace code 150 (v.cross_into;
        # military craft are MIL), as the gold of sets 3 and 53 codes such crossings
        "BLR>LTU:15 POL>BLR:11",
    ),
]

LEAD_UNCODED: list[Case] = [
    # the lead deed's target's offer is its reply, no deed 'the decision' sums up (session 18,
    # reactions.py _lead_reply)
    (
        "MOSCOW",
        "Russia will require visas for citizens of Moldova from March, the Foreign Ministry "
        "said on Monday. The ministry said the rule would help fight crime. Moldova's "
        "president said she was ready to work with Moscow on the issue. Analysts said the "
        "measure would hit migrant workers. Ukraine, whose citizens already need visas, said "
        "it regretted the decision.",
        "RUS>MDA:16 MDA>RUS:03 UKR>RUS:11",
    ),
    (
        "BEIJING",
        "China imposed export controls on gallium and germanium on Tuesday. Chipmakers said "
        "prices would rise. Analysts said stocks were low. Japan criticized the move.",
        "JPN>CHN:11",
    ),
    (
        "ATHENS",
        "Turkey sent a survey ship into disputed waters south of Crete on Monday. The ship was "
        "escorted by two frigates. Analysts said tensions would rise. Greece condemned the "
        "move.",
        "GRC>TUR:11",
    ),
    (
        "TEHRAN",
        "Iran tested a new ballistic missile on Sunday, state media said. The missile flew "
        "1,200 kilometres. Officials called the test a success. Israel condemned the step.",
        "ISR>IRN:11",
    ),
]

LEAD_UNCODED_NOT: list[NearMiss] = [
    (
        "BEIJING",
        "China imposed export controls on gallium and germanium on Tuesday. Separately, Vietnam "
        "opened a new port near Haiphong. Japan criticized the move.",
    ),
    (
        "BEIJING",
        "China imposed export controls on gallium and germanium on Tuesday. Chipmakers said "
        "prices would rise. China's commerce ministry defended the move.",
    ),
    (
        "BERLIN",
        "Germany raised its minimum wage on Monday. Unions said the rise was too small. "
        "Analysts said costs would climb. France welcomed the decision.",
    ),
]

COUPS: list[Case] = [
    (
        "NIAMEY",
        "Soldiers in Niger detained President Ali Moussa on Wednesday and announced on state "
        "television that they had seized power. The African Union suspended Niger from its "
        "bodies. France condemned the coup.",
        "AU>NER:16 FRA>NER:11",
    ),
    (
        "LIBREVILLE",
        "Army officers seized power in Gabon on Wednesday and placed President Ali Bongo under "
        "house arrest. France condemned the coup. The United States also condemned the "
        "takeover.",
        "FRA>GAB:11 USA>GAB:11",
    ),
    (
        "NIAMEY",
        "The African Union suspended Niger on Friday, two days after soldiers detained "
        "President Ali Moussa and announced they had taken over. Nigeria condemned the coup.",
        "AU>NER:16 NGA>NER:11",
    ),
    (
        "OUAGADOUGOU",
        "Army captains overthrew Burkina Faso's interim leader on Friday, the second coup this "
        "year. Crowds cheered in the capital. Russia's embassy said it had no comment. Ghana "
        "said it regretted the putsch.",
        "GHA>BFA:11",
    ),
    (
        "CONAKRY",
        "Guinea's president was ousted in a coup on Sunday. France said it was following "
        "events closely. Senegal condemned the coup and urged the return of civilian rule.",
        "SEN>GIN:11",
    ),
    # a speaker's quoted words tell no coup: the one told before them does
    (
        "LISBON",
        "Army officers ousted Guinea-Bissau's president on Sunday. \"No one may take power by "
        "force,\" Portugal's foreign minister said in Lisbon. Spain condemned the coup.",
        "ESP>GNB:11",
    ),
]

COUPS_NOT: list[Case] = [
    # two states in the sentence that tells it
    (
        "KHARTOUM",
        "Sudan's army seized power on Monday, days after Egypt hosted talks with Ethiopia on "
        "the dam. The United Nations condemned the coup.",
        "EGY>ETH:04",
    ),
    # a firm's takeover is no coup (the reaction keeps its earlier reading)
    (
        "PIRAEUS",
        "China's Cosco completed its takeover of Greece's largest port on Monday. Unions "
        "protested. The European Union criticized the takeover.",
        "EU>CHN:11",
    ),
]

PARALLEL: list[Case] = [
    (
        "BAMAKO",
        "Mali recalled its ambassador from Algeria on Wednesday. Niger also recalled its envoy.",
        "MLI>DZA:16 NER>DZA:16",
    ),
    (
        "BAMAKO",
        "Mali recalled its ambassador from Algeria on Wednesday after the Algerian army shot "
        "down a drone. Burkina Faso and Niger recalled their envoys the same day.",
        "MLI>DZA:16 BFA>DZA:16 NER>DZA:16",
    ),
    (
        "BAMAKO",
        "Mali recalled its ambassador from Algeria on Wednesday. Chad recalled its envoy the "
        "same day.",
        "MLI>DZA:16 TCD>DZA:16",
    ),
    (
        "VILNIUS",
        "Lithuania expelled two Russian diplomats on Monday. Latvia followed suit on Tuesday.",
        "LTU>RUS:16 LVA>RUS:16",
    ),
]

PARALLEL_NOT: list[Case] = [
    # another kind of act of the same root
    (
        "BAMAKO",
        "Mali recalled its ambassador from Algeria on Wednesday. Niger also expelled two "
        "journalists.",
        "MLI>DZA:16",
    ),
    (
        "BAMAKO",
        "Mali recalled its ambassador from Algeria on Wednesday. Niger also suspended its flights.",
        "MLI>DZA:16",
    ),
    # no parallel said: the recall answers nothing told
    (
        "BAMAKO",
        "Mali recalled its ambassador from Algeria on Wednesday. Kenya said on Thursday it had "
        "recalled its envoy.",
        "MLI>DZA:16",
    ),
    # the target of the act joined is the actor itself: it answers that act instead
    (
        "TALLINN",
        "Estonia recalled its ambassador from Moscow on Monday. Russia also recalled its envoy.",
        "EST>RUS:16 RUS>EST:16",
    ),
]

JOINED: list[Case] = [
    (
        "SEOUL",
        "South Korea summoned Russia's ambassador on Tuesday over the transfer of fighter jets "
        "to North Korea. Japan joined Seoul in condemning the move.",
        "KOR>RUS:11 JPN>RUS:11",
    ),
    (
        "SEOUL",
        "South Korea condemned Russia's transfer of fighter jets to North Korea on Tuesday. "
        "Japan joined Seoul in condemning the move.",
        "KOR>RUS:11 JPN>RUS:11",
    ),
    # the one joined did nothing of the root: the statement's author is answered
    (
        "SEOUL",
        "South Korea condemned Russia's transfer of fighter jets to North Korea on Tuesday. "
        "Russia joined North Korea in condemning the statement.",
        "KOR>RUS:11 RUS>KOR:11",
    ),
]

GIFTS: list[Case] = [
    (
        "ISLAMABAD",
        "Japan gave Pakistan $10 million for flood relief on Monday. Britain, Pakistan's former "
        "colonial ruler, said its rescue teams were ready to help. The United States "
        "announced $30 million in aid.",
        "JPN>PAK:07 USA>PAK:07",
    ),
    (
        "KAMPALA",
        "The World Health Organization sent 20 tonnes of medical supplies to Uganda on "
        "Tuesday. Kenya said it was screening travellers at the border. The European Union "
        "pledged 10 million euros.",
        "WHO>UGA:07 EU>UGA:07|03",
    ),
    # another state named as one who may receive: the gift may be its
    (
        "KAMPALA",
        "The World Health Organization sent 20 tonnes of medical supplies to Uganda on "
        "Tuesday. Kenya said it had asked Tanzania for vaccines. The European Union pledged "
        "10 million euros.",
        "WHO>UGA:07 KEN>TZA:02|03|07|01",
    ),
]

NONE: list[NearMiss] = LEAD_UNCODED_NOT + [
    (
        "NIAMEY",
        "Soldiers who seized power in Niger on Wednesday ordered France's ambassador to leave. "
        "The European Union condemned the coup.",
    ),
    (
        "BAMAKO",
        "Mali's army chief said on state television that the military had taken over. Mali's "
        "new leaders defended the takeover.",
    ),
    ("CAIRO", "Egypt declined to comment on the report on Monday. Ethiopia expressed regret."),
    (
        "RIGA",
        "Latvia refused to say on Monday whether it would expel more Russian diplomats. Moscow "
        "expressed regret.",
    ),
    (
        "BUDAPEST",
        "Hungary vetoed a joint statement on the war that the other members had drafted. "
        "Hungary's prime minister defended the decision.",
    ),
    (
        "BUDAPEST",
        "Hungary did not block the joint statement on the war on Monday. Diplomats said the "
        "text was weak. Poland welcomed the decision.",
    ),
    (
        "CEUTA",
        "Thousands of migrants entered Spain's enclave of Ceuta by swimming on Monday. Spanish "
        "troops were deployed on the beach. Morocco called the incursion regrettable.",
    ),
    # one's own parliament, court or economy: nothing another state did
    (
        "LONDON",
        "Britain's parliament voted on Tuesday to approve a new fisheries law. The law passed "
        "by 340 votes to 210. The British government welcomed the vote.",
    ),
    (
        "WARSAW",
        "Poland's constitutional court on Tuesday struck down a law on media ownership. The "
        "ruling cannot be appealed. Poland's government criticized the ruling.",
    ),
    (
        "BERLIN",
        "Germany's economy shrank for a second quarter, official data showed on Friday. "
        "Exports fell by two percent. France called the figures worrying.",
    ),
]

GAPS: list[Gap] = [
    (
        "CHISINAU",
        "Moldova's parliament on Friday ratified a free trade agreement, a day after the "
        "government signed it. The pact cuts tariffs on wine. The European Union welcomed the "
        "vote.",
        "EU>MDA:05",
        "'the vote' is not linked to 'ratified' (a ratification in a relative clause of "
        "another state would then be taken)",
    ),
]

CASES = (
    REFUSALS
    + REFUSALS_NOT
    + INCURSIONS
    + LEAD_UNCODED
    + COUPS
    + COUPS_NOT
    + PARALLEL
    + PARALLEL_NOT
    + JOINED
    + GIFTS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context28_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context28_codes_earlier_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
