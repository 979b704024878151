"""Reactions 30 (session 28, builder S27): answers to an act told before, read from set 27's
misses and extras.

A name that says an act is a good turn ("called the reopening 'a turning point for our
traders'", "a lifeline for the Chaco", "a gateway to Europe") is no name-calling (v.call_names
unless_words), as "a milestone" or "a pillar" is not; a wrong beside it still outweighs it
("a gateway for occupation" and "a provocation"). More time given to a state to repay its
debt (v.give_time_to_repay) was taken back (session 28) and is back since session 46 (its
rows in DEBT_TIME). A vow with no aim of its own, or one
that only guards the vower's own ("would take all necessary steps to protect its rights":
rules guarding_verbs, extract._aimed), answers the vower's own criticism told up to three
sentences back, of a pair as of one state (reactions._own_answer), past a sentence of the
vower's own argument between; a vow to contain an oil spill stays a matter of its own. A
dispute taken to a treaty's compliance committee on a condition the other side leaves
undone is a threat (v.refer_dispute object_words). Legal action given up yields (08) to the
state it was brought against, and a counterclaim dropped to the side whose case it answered
(v.drop_case, rules reaction_matches counterclaim); a case kept, or dropped against private
people, is none. "Malta also welcomed it" after "The Commission welcomed the deal" joins the
reaction just told, "it" as a definite noun does (sides._context_kind: parallel). A state's
defence of its own choice or decision done at home (coded as nothing) rejects the one state
that protested to it officially since (reactions._defended_deed, rules defended_act_nouns
choice; the verb's own object when no noun told before names the act: "defended the
decision, saying ..."). A criticism of "the memorandum" whose trailing name ("calling it 'a
step toward dragging Norway into a bloc'") names a state still answers the pact told before
(reactions._told_noun passes over the naming clause, _naming_restated), and ships that
"sailed lawfully in international waters" are in no one's waters (v.enter_waters
unless_words international). Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a good turn named is no disapproval
GOOD_TURNS: list[Case] = [
    (
        "PORTO-NOVO",
        "Benin and Niger reopened their border on Monday. Niger's president called the "
        'reopening "a turning point for our traders."',
        "BEN>NER:08 NER>BEN:08",
    ),
    # kept: a wrong beside it outweighs it
    (
        "RABAT",
        "Spain and Morocco signed a port deal on Tuesday. Algeria's Foreign Ministry called the "
        'deal "a gateway for occupation" and "a provocation."',
        "ESP>MAR:05 MAR>ESP:05 DZA>ESP:11 DZA>MAR:11",
    ),
    (
        "VILNIUS",
        "Lithuania closed two border crossings with Belarus on Monday. Belarus's Foreign "
        'Ministry called the closure "a turning point toward confrontation" and a provocation.',
        "LTU>BLR:16 BLR>LTU:11",
    ),
]


# a vow answers the vower's own criticism just told
VOWS: list[Case] = [
    (
        "VALLETTA",
        "Malta and Greece signed a gas pipeline deal on Monday. Turkey condemned the deal. "
        "Turkey's Foreign Ministry said the route crosses its continental shelf. The ministry "
        "said Ankara would take all necessary steps to defend its rights.",
        "MLT>GRC:05 GRC>MLT:05 TUR>MLT:11 TUR>GRC:11 TUR>MLT:13 TUR>GRC:13",
    ),
    (
        "NDJAMENA",
        "Chad and Niger signed a grazing pact on Monday. Sudan denounced the pact as a violation "
        "of its rights. Sudan's Foreign Ministry said the pact ignores its herders. It said "
        "Khartoum would take all necessary measures.",
        "TCD>NER:05 NER>TCD:05 SDN>TCD:11 SDN>NER:11 SDN>TCD:13 SDN>NER:13",
    ),
    (
        "SKOPJE",
        "North Macedonia lodged a protest with Serbia on Monday over a landfill near the border. "
        "Foreign Minister Ana Petrova said North Macedonia would take the matter to the Aarhus "
        "Convention's compliance committee if Serbia did not reply within 30 days.",
        "MKD>SRB:11 MKD>SRB:13",
    ),
    # kept: a vow with an aim of its own answers nothing
    (
        "TUNIS",
        "Tunisia and Italy signed an agreement on Wednesday to build an undersea power cable. "
        "Libya denounced the project. Libya's Foreign Ministry said the route crosses waters on "
        "Libya's continental shelf. It said Tripoli would take all necessary steps to contain "
        "the oil spill off Zuwara.",
        "TUN>ITA:05 ITA>TUN:05 LBY>TUN:11 LBY>ITA:11",
    ),
]

# legal action given up
DROPPED_CASES: list[Case] = [
    (
        "LIMA",
        "Peru and Bolivia agreed on Monday to restore relations. Peru, in turn, will withdraw "
        "the case it filed against Bolivia at the International Court of Justice, and La Paz "
        "will drop its counterclaim.",
        "PER>BOL:05 BOL>PER:05 PER>BOL:03 PER>BOL:11 BOL>PER:03",
    ),
    (
        "GEORGETOWN",
        "Guyana withdrew its complaint against Suriname at the Permanent Court of Arbitration "
        "on Friday.",
        "GUY>SUR:08",
    ),
    ("KYIV", "Ukraine dropped its lawsuit against Russia over the dam.", "UKR>RUS:08"),
    # kept: a case kept is no refusal told to anyone
    (
        "NEW DELHI",
        "India filed a case against the UAE at the WTO over steel duties in March. Indian "
        "officials said they would not drop the case.",
        "IND>ARE:11",
    ),
]

# "also" with "it" joins the reaction just told
ALSO_IT: list[Case] = [
    (
        "ROME",
        "Italy and Tunisia signed a power cable deal on Wednesday. The European Commission "
        "welcomed the deal and called on Libya to respect the rights of EU member states. Malta, "
        "whose own planned cable link with Italy has stalled amid Libyan objections, also "
        "welcomed it.",
        "ITA>TUN:05 TUN>ITA:05 EU>ITA:05 EU>TUN:05 EU>LBY:02 MLT>ITA:05 MLT>TUN:05",
    ),
    (
        "VALLETTA",
        "Italy and Tunisia signed a power cable deal on Wednesday. The European Commission "
        "welcomed the deal. Malta also welcomed it.",
        "ITA>TUN:05 TUN>ITA:05 EU>ITA:05 EU>TUN:05 MLT>ITA:05 MLT>TUN:05",
    ),
    # kept: a verb with a party of its own is no joined reaction
    (
        "TRIPOLI",
        "Italy and Tunisia signed a power cable deal on Wednesday. Algeria criticized the deal. "
        "Malta also discussed it with Libya.",
        "ITA>TUN:05 TUN>ITA:05 DZA>ITA:11 DZA>TUN:11 MLT>LBY:04",
    ),
]

# a defence of one's own choice answers the protest against it
DEFENCES: list[Case] = [
    (
        "PODGORICA",
        "Montenegro lodged a formal protest with Albania on Wednesday over a landfill site near "
        "their shared border. Albania's Environment Ministry defended the choice.",
        "MNE>ALB:11 ALB>MNE:12",
    ),
    (
        "SHKODER",
        "Montenegro lodged a formal protest with Albania on Wednesday after the Albanian "
        "government approved a landfill site near their shared border. Albania's Environment "
        "Ministry defended the decision.",
        "MNE>ALB:11 ALB>MNE:12",
    ),
    (
        "ULCINJ",
        "Montenegro lodged a formal protest with Albania on Wednesday over a landfill site near "
        "their shared border. Albania's Environment Ministry defended the decision, saying the "
        "site met European Union rules.",
        "MNE>ALB:11 ALB>MNE:12",
    ),
    (
        "DURRES",
        "Montenegro lodged a formal protest with Albania on Wednesday over a landfill site. "
        "Montenegro's Foreign Ministry asked Tirana to suspend the decision. Albania's "
        "Environment Ministry defended the choice.",
        "MNE>ALB:11 MNE>ALB:02 ALB>MNE:12",
    ),
    # kept: two protesters, no one answered
    (
        "VLORE",
        "Montenegro and Kosovo lodged protests with Albania on Monday over a landfill site near "
        "their borders. Albania's Environment Ministry defended the choice.",
        "MNE>ALB:11 XKX>ALB:11",
    ),
]

# a criticism with a trailing name that names a state
NAMED_CRITICISM: list[Case] = [
    (
        "OSLO (Reuters)",
        "Norway and Denmark signed a memorandum on Wednesday to share information on undersea "
        "cables. Russia's Embassy in Oslo criticized the memorandum, calling it \"another step "
        'toward dragging Norway into a bloc," and said Russian ships sailed lawfully in '
        "international waters.",
        "NOR>DNK:05 DNK>NOR:05 RUS>NOR:11 RUS>DNK:11",
    ),
    # kept: a state's own waters entered
    (
        "TALLINN",
        "Russian warships sailed into Estonian waters on Monday, Estonia's navy said.",
        "RUS>EST:15",
    ),
]

NONE: list[NearMiss] = [
    (
        "KORCE",
        "Albania approved a landfill site near its border on Monday. Albania's Environment "
        "Ministry defended the choice.",
    ),
    ("QUITO", "Ecuador's police dropped the case against two Peruvian fishermen."),
    (
        "BOGOTA",
        "Colombia's foreign minister said a farmers' group had dropped its case against the "
        "government.",
    ),
    (
        "SKOPJE",
        "Lawmakers said they would take the matter to the parliamentary foreign affairs "
        "committee if the government did not explain the deal.",
    ),
    (
        "ACCRA",
        "Ghana will give its cocoa farmers two more years to repay state loans, the finance "
        "ministry said.",
    ),
    ("LIMA", "Peru gave the Chinese mining firm three more years to repay its tax debts."),
]

GAPS: list[Gap] = []

# time given to repay (session 46, P9): v.give_time_to_repay is back, test_events_vocabulary18's
# near-miss "Germany gave Greece five more years to repay its loans" now a case (07, as sets 27
# and 45 code such relief); these were its gaps here
DEBT_TIME: list[Case] = [
    (
        "APIA",
        "China agreed on Thursday to give the Samoan government five more years to repay its "
        "loans.",
        "CHN>WSM:03",
    ),
    ("TOKYO", "Japan granted Sri Lanka two extra years to repay its yen loans.", "JPN>LKA:07"),
]

# a good turn named of a deed is praise of its doers since session 57 (O85: v.call_praise's
# gateway, lifeline, bridge, window), no longer a plain name (moved from the near misses)
PRAISED_TURNS: list[Case] = [
    (
        "ASUNCION",
        "Paraguay and Bolivia opened a gas pipeline on Friday. Brazil's energy minister called "
        'the pipeline "a lifeline for the Chaco."',
        "BRA>PRY:05 BRA>BOL:05",
    ),
]

# a gap of session 28 that session 29's rules code (moved from the gaps at its end)
NOW_CODED: list[Case] = [
    (
        "BERAT",
        "Montenegro lodged a formal protest with Albania on Wednesday after the Albanian "
        "government approved a landfill site near their shared border. Albania's Environment "
        "Ministry defended the choice, saying the site met European Union rules.",
        "MNE>ALB:11 ALB>MNE:12",
    ),
]

CASES = (
    GOOD_TURNS + PRAISED_TURNS + VOWS + DROPPED_CASES + ALSO_IT + DEFENCES + NAMED_CRITICISM + NOW_CODED + DEBT_TIME
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions30_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions30_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
