"""Context 47 (session 29, builder S30): whom a pronoun stands for, read from set 30's misses.

An object pronoun is never the state of its own verb's doer, nor of the doer its verb shares
with a verb joined before it by "and" ("Cambodia had no ties with Kosovo and urged it to
withdraw": not Cambodia, in any of its mentions; coref._state_antecedent), and an object
"it" asked to act ("urged it to", "asked it to") is the state the resolver tied it to when a
name of that state is told before it in the sentence (parties._urged_it: one urges a state,
not a thing). "him" after verbs that met a nameless title ("had spoken by phone with
Colombia's president and asked him") is the one met, over the reporter named before
(coref._person_antecedent, _met_verb_of). A clause the parser hangs on the noun of "said in a
statement that it had sent a protest note" is what the teller says of itself, with its own
doer (a pronoun), no participle of the noun (context._participle_noun: content_nouns). Kept: "on suspicion that
it had carried fuel" stays a suspicion of a ship, no act of a state. "his guest" is the
visitor of a visit told up to guest_lookback sentences back when the story names the
visitor's state again within host_lookback (described._visitor_before); a visit told long
before, whose visitor the story has left, gives no guest. "Turkmenistan, which is due to host a
meeting of Kazakhstan's neighbors in Ashgabat, called on both sides": the parser hangs the
name's own verb on it as a clause, and that name is still the one acting on "both sides",
never one of them (plurals._acting_on through _misread_root_verb, moved from coref). Each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

URGED_IT: list[Case] = [
    (
        "PHNOM PENH",
        "A Cambodian Foreign Ministry spokesperson said Cambodia had no diplomatic ties with"
        " Kosovo and urged it to withdraw its request.",
        "KHM>XKX:02",
    ),
    ("ACCRA", "Ghana criticized Togo on Monday and asked it to reopen the border.", "GHA>TGO:11 GHA>TGO:02"),
    (
        "ACCRA",
        "Ghana signed the accord with Togo and asked it to ratify the text quickly.",
        "GHA>TGO:05 GHA>TGO:02",
    ),
]

HIM_MET: list[Case] = [
    (
        "QUITO",
        "Ecuador's information minister, Maria Vera, said the president had spoken by phone"
        " with Colombia's president and asked him to pull the soldiers back.",
        "ECU>COL:04 ECU>COL:02",
    ),
    # kept: a title met and thanked, with no reporter
    (
        "QUITO",
        "Ecuador's president met Colombia's president on Friday and thanked him for the help.",
        "ECU>COL:04 ECU>COL:05",
    ),
]

STATEMENT_CLAUSES: list[Case] = [
    (
        "LIMA",
        "Peru's Foreign Ministry said in a statement that it had sent a protest note to Chile.",
        "PER>CHL:11",
    ),
    (
        "ASTANA",
        "Kazakhstan's Foreign Ministry said in a statement that it had lodged a protest with"
        " Kyrgyzstan over the shooting.",
        "KAZ>KGZ:11",
    ),
]

GUESTS: list[Case] = [
    (
        "ACCRA",
        "The accord was signed in Accra during a one-day visit by Togo's prime minister. Under"
        " the deal, Ghana will sell power to Togo. Togo will pay in cedis. The line will open in"
        ' May. "This is a fair deal," an analyst said. Togo\'s prime minister thanked Ghana\'s'
        " president for the deal. Ghana's president and his guest also agreed to open talks on a"
        " ferry service.",
        "TGO>GHA:04 GHA>TGO:06 TGO>GHA:05 GHA>TGO:03 TGO>GHA:03",
    ),
    # kept: the visit left long before, the guest unknown
    (
        "ACCRA",
        "Togo's prime minister visited Accra in 2019. Ghana and Togo later quarreled over fishing."
        " Ghana closed its border in 2020. The border reopened in 2022. Trade has grown since."
        " Fishermen still complain. Ghana's president met Benin's president on Monday and praised"
        " his guest.",
        "TGO>GHA:04 GHA>TGO:11 TGO>GHA:11 GHA>BEN:04",
    ),
]

BOTH_SIDES: list[Case] = [
    (
        "TASHKENT",
        "Kyrgyzstan closed its main border crossing with Kazakhstan on Wednesday after shots were"
        " fired at a Kyrgyz post. Kyrgyzstan's Foreign Ministry said the crossing would stay shut."
        " The ministry said the attack was the third this year. Kazakhstan's foreign ministry"
        " rejected the closure as hasty. Kyrgyzstan has kept Kazakhstan at arm's length since"
        " 2021. Russia said it was ready to help reinforce the border. \"We are in constant"
        " contact with our Kyrgyz allies,\" a Russian spokeswoman said. Trucks lined up for"
        " several kilometers on the Kazakh side of the bridge, drivers said. Cement and flour make"
        " up most of the cargo. Prices of flour rose in Bishkek markets on Thursday. \"Too many"
        " families depend on the trade,\" said an analyst in Bishkek. Traders said they had lost"
        " money. Some drivers slept in their cabs. Turkmenistan, which is due to host a meeting of"
        " Kazakhstan's neighbors in Ashgabat next week, called on both sides to show restraint.",
        "KGZ>KAZ:16 KAZ>KGZ:12 RUS>KGZ:04 TKM>KGZ:02 TKM>KAZ:02",
    ),
]

NONE: list[NearMiss] = [
    # a suspicion about a ship: no clause of a statement, no state's act
    ("MANILA", "Philippine police held a cargo ship on suspicion that it had carried fuel to a Chinese vessel."),
    # "her", "him" with no state met
    ("QUITO", "Maria Vera said the president had called her on Monday and asked her to resign."),
]

GAPS: list[Gap] = []
CASES = URGED_IT + HIM_MET + STATEMENT_CLAUSES + GUESTS + BOTH_SIDES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context47_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context47_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
