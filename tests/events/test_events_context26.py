"""Acts done by quoted words (session 14, builder QW).

A state's official who says, inside a direct quotation, words that are a CAMEO act does the
act: the speaker's state is the source ("we", "our", "I" are the speaker's), the state the
words address or name is the target. Most forms already reach the coder through the quote's
speaker (KEPT); this file adds:
EXPECT: '"We expect Bolivia to lift the ban"', "expects Tokyo to apologise": a demand (100)
that another state undo a wrong, as v.expect_compliance codes keeping a ruling; a forecast
("expect China to remain our largest partner", "prices to return") demands nothing, and the
act expected is no plan of the one expected to do it (an intent governor's infinitive with a
subject of its own is blocked: "expects Japan to sign the deal" codes nothing).
NOT_BOW: '"We will not bow to pressure from Beijing"', "will not dance to Washington's tune"
(v.not_bow_to), "will never accept Somalia's claim", "never recognise the annexation ... by
Russia" (v.not_accept_claim): another state's pressure or claim refused in words (120), said
now even when told with "will"; pressure from no state, or bowed to, is no refusal.
IF_THREAT: '"If Minsk does not stop ..., we will respond"', "will retaliate if Kigali
attacks" (v.respond_if): an answer promised on what another state may do threatens it (130);
a condition with no state in it threatens no one, nor a forecast the story tells ("Kenya will
react if Uganda ...", "said it would respond if ...": only "we" or "I", the speaker's own
words, as subject first_person).
HELD: '"Russia must be held accountable"', "said Minsk should be held responsible": a state
to be held to account is blamed (112, v.say_held_accountable); "would be" threatens (130).
TOLERATE: '"We will not tolerate any aggression from India"' (v.not_tolerate_attack): force
not to be borne warns the state it would come from (130); attacks by no one named warn no one.
DISGRACE: '"Tehran's decision is a disgrace"', "an insult to Egypt": nouns of disgrace in
the words (v.say_accuse clause_words) criticise the state named (112).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

EXPECT: list[Case] = [
    (
        "LIMA",
        '"We expect Bolivia to lift the ban on our exports," the Peruvian foreign ministry said.',
        "PER>BOL:10",
    ),
    (
        "SEOUL",
        '"We expect Tokyo to apologise for the wartime abuses," the South Korean foreign '
        "ministry said.",
        "KOR>JPN:10",
    ),
    (
        "MANAGUA",
        "“We expect Costa Rica to return the seized cattle,” Nicaragua's foreign minister said.",
        "NIC>CRI:10",
    ),
    (
        "ABUJA",
        '"Nigeria expects Niger to release our soldiers without delay," the Nigerian defence '
        "minister said.",
        "NGA>NER:10",
    ),
]

EXPECT_NONE: list[NearMiss] = [
    ("WASHINGTON", "The United States expects Japan to sign the deal."),
    (
        "CANBERRA",
        '"We expect China to remain our largest trading partner," the Australian trade minister '
        "said.",
    ),
    ("CANBERRA", '"We expect prices to return to normal by June," the Australian treasurer said.'),
    ("LIMA", '"We expect inflation to fall next year," the Peruvian finance ministry said.'),
]

NOT_BOW: list[Case] = [
    (
        "TAIPEI",
        "'We will not bow to pressure from Beijing,' the Taiwanese president said.",
        "TWN>CHN:12",
    ),
    (
        "CARACAS",
        '"We will not dance to Washington\'s tune," the Venezuelan foreign minister said.',
        "VEN>USA:12",
    ),
    (
        "CHISINAU",
        'Moldova\'s president said her country would not "bow to pressure from Moscow".',
        "MDA>RUS:12",
    ),
    (
        "NAIROBI",
        '"Kenya will never accept Somalia\'s claim to our waters," the Kenyan president said.',
        "KEN>SOM:12",
    ),
    (
        "RIGA",
        '"Our government will never recognise the annexation of Crimea by Russia," the Latvian '
        "foreign minister said.",
        "LVA>RUS:12",
    ),
    (
        "CHISINAU",
        '"We will not accept any interference from Moscow," the Moldovan president said.',
        "MDA>RUS:12",
    ),
]

NOT_BOW_NONE: list[NearMiss] = [
    ("ACCRA", '"We will not bow to pressure from the unions," the Ghanaian finance minister said.'),
    ("BUDAPEST", "Hungary's government bowed to pressure from its farmers."),
    ("ACCRA", '"We will not accept the court\'s ruling," the Ghanaian opposition leader said.'),
]

IF_THREAT: list[Case] = [
    (
        "VILNIUS",
        '"If Minsk does not stop pushing migrants over the border, we will respond," the '
        "Lithuanian interior minister said.",
        "LTU>BLR:13",
    ),
    (
        "MANILA",
        '"We will respond firmly if Beijing crosses this line," the Philippine defence secretary '
        "said.",
        "PHL>CHN:13",
    ),
    (
        "KINSHASA",
        "“We will retaliate if Kigali attacks our territory again,” the Congolese president said.",
        "COD>RWA:13",
    ),
    # told, not quoted: the state's own word (session 22, lead's list; parties._own_word)
    ("MOSCOW", "Russia said it would respond if NATO moved troops into Finland.", "RUS>NATO:13"),
]

IF_THREAT_NONE: list[NearMiss] = [
    # a request answered is no threat (session 22: v.respond_if unless_words read the
    # condition, extract._condition_lemmas)
    ("ABUJA", '"We will respond if Ghana asks for help," the Nigerian foreign minister said.'),
    ("NAIROBI", "Kenya will react if Uganda closes the border, analysts believe."),
    (
        "SUVA",
        '"If the rain continues, we will respond with more aid," the Fijian prime minister said.',
    ),
    (
        "CARACAS",
        '"If Washington lifted the sanctions, we would sell more oil," the Venezuelan oil '
        "minister said.",
    ),
]

DISGRACE: list[Case] = [
    ("RIYADH", "“Tehran’s decision is a disgrace,” the Saudi foreign minister said.", "SAU>IRN:11"),
    (
        "CAIRO",
        '"The Ethiopian move is an insult to Egypt," the Egyptian foreign minister said.',
        "EGY>ETH:11",
    ),
]

DISGRACE_NONE: list[NearMiss] = [
    ("RIYADH", '"The heat this summer is a disgrace," the Saudi minister said.'),
    ("NAIROBI", '"The opposition\'s decision is a disgrace," the Kenyan president said.'),
]

HELD: list[Case] = [
    (
        "LONDON",
        '"Russia must be held accountable for this attack," the British foreign secretary said.',
        "GBR>RUS:11",
    ),
    ("VILNIUS", "Lithuania said Minsk should be held responsible for the crisis.", "LTU>BLR:11"),
    ("ATHENS", "Greece said Turkey would be held responsible.", "GRC>TUR:13"),
]

HELD_NONE: list[NearMiss] = [
    ("KYIV", "Ukraine said it could not be held responsible for the blast."),
    ("LONDON", '"Those responsible must be held accountable," the British minister said.'),
]

TOLERATE: list[Case] = [
    (
        "ISLAMABAD",
        '"We will not tolerate any aggression from India," the Pakistani army chief said.',
        "PAK>IND:13",
    ),
    ("SEOUL", "South Korea said it would not tolerate provocations by Pyongyang.", "KOR>PRK:13"),
]

TOLERATE_NONE: list[NearMiss] = [
    ("THE HAGUE", '"We will not tolerate attacks on our journalists," the Dutch minister said.'),
    ("ISLAMABAD", '"We will not tolerate corruption," the Pakistani prime minister said.'),
]

KEPT: list[Case] = [
    (
        "BRASILIA",
        '"Paraguay must release our fishermen now," the Brazilian foreign minister told reporters.',
        "BRA>PRY:10",
    ),
    (
        "ATHENS",
        "“We call on Ankara to withdraw its survey ship,” the Greek foreign minister said.",
        "GRC>TUR:02",
    ),
    (
        "MANILA",
        '"We thank Japan for its help after the typhoon," the Philippine president said.',
        "PHL>JPN:05",
    ),
    (
        "TOKYO",
        '"We apologize to the Chinese people for the suffering," the Japanese prime minister said.',
        "JPN>CHN:05",
    ),
    (
        "NEW DELHI",
        '"We demand that Pakistan hand over the attackers," India\'s foreign secretary said.',
        "IND>PAK:10",
    ),
    (
        "HANOI",
        "“China must respect our sovereignty,” the Vietnamese foreign ministry spokeswoman said.",
        "VNM>CHN:10",
    ),
    (
        "BOGOTA",
        '"We urge Caracas to hold free elections," Colombia\'s president said. "The people '
        'deserve it."',
        "COL>VEN:02",
    ),
    (
        "SEOUL",
        '"I warn Pyongyang that any provocation will be met with a strong response," the South '
        "Korean defence minister said.",
        "KOR>PRK:13",
    ),
    (
        "OTTAWA",
        '"We reject India\'s allegations as absurd," the Canadian prime minister said.',
        "CAN>IND:12",
    ),
    (
        "MOSCOW",
        '"We blame Kyiv for the attack on the dam," the Russian foreign ministry spokeswoman said.',
        "RUS>UKR:11",
    ),
    (
        "BUCHAREST",
        '"Our country stands with Moldova," the Romanian president said during his visit.',
        "ROU>MDA:05",
    ),
]

KEPT_NONE: list[NearMiss] = [
    (
        "BRASILIA",
        '"The police must release the protesters now," the Brazilian opposition leader told '
        "reporters.",
    ),
    ("ATHENS", '"Will Ankara withdraw its survey ship?" the Greek foreign minister asked.'),
    (
        "MANILA",
        '"We thank our volunteers for their help after the typhoon," the Philippine president '
        "said.",
    ),
    (
        "HANOI",
        '"Our farmers must respect the new rules," the Vietnamese agriculture minister said.',
    ),
    ("TOKYO", '"We apologize to the passengers for the delay," the Japanese rail company said.'),
    ("ANKARA", '"Does Sweden expect us to accept this?" the Turkish foreign minister asked.'),
]

GAPS: list[Gap] = [
    (
        "PARIS",
        '"We strongly deplore," the French foreign ministry said, "Mali\'s decision to expel our '
        'ambassador."',
        "FRA>MLI:11 MLI>FRA:16",
        "a quote split before its object: the verb's object lies in the second part",
    ),
]

# Session 49 (O71): "Korean" is South Korea's unless a story names only the North (states_extra
# KOR adj, false_friends shared_names), so this gap of the first table is closed.
KOREAN: list[Case] = [
    (
        "TOKYO",
        '"We apologize to the Korean people," the Japanese prime minister said in Seoul.',
        "JPN>KOR:05",
    ),
]

CASES = EXPECT + NOT_BOW + IF_THREAT + DISGRACE + HELD + TOLERATE + KEPT + KOREAN
NONE = (
    EXPECT_NONE
    + NOT_BOW_NONE
    + IF_THREAT_NONE
    + DISGRACE_NONE
    + HELD_NONE
    + TOLERATE_NONE
    + KEPT_NONE
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context26_codes_quoted_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
