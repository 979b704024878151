"""Reactions 18 (session 18, builder TG): the target of a reaction whose target the sentence
does not name.

Coded: one party's assent to a joint instrument ("Libya's parliament ratified the deal with
Turkey") is that party's act alone, so "the move" answers the ratifier (assent_verbs,
reactions.py _co_authored); a telling of the act years back is passed over while the news
tells it further back (_told_targets, _background_act: "in January 2024"); the lead deed's
target replying to its doer is no deed a bystander's "the decision" sums up (_lead_reply);
a dateline's last word opening the body no longer cuts the first signer off (nlp).
An act named in "objected to"'s phrase is answered since session 27 (v.object_to_act: "Finland
objected to the decision"). Tried and taken back, kept as gaps with their near-misses: a
prepositional reaction's object of other verbs ("hit out at the decision"), a hostile response
noun ("drew an angry response from"), praise by naming ("called the agreement a milestone").
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PREP_OBJECTS: list[Case] = [
    # near-misses: the prepositional object is no act told, or names its own party
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland objected to the proposal.",
        "RUS>EST:16",
    ),
    (
        "MOSCOW",
        "Russia expelled two Latvian diplomats on Monday. Finland balked at the price.",
        "RUS>LVA:16",
    ),
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finnish lawmakers objected to the "
        "cost of the new border fence.",
        "RUS>EST:16",
    ),
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland hit out at critics at home.",
        "RUS>EST:16",
    ),
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland sided with the government "
        "in Tallinn.",
        "RUS>EST:16",
    ),
]

# an act named in "objected to"'s phrase, told before, is answered (v.object_to_act, session
# 27; gaps until then), as "criticized the decision" is
OBJECTED_ACTS: list[Case] = [
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland objected to the decision.",
        "RUS>EST:16 FIN>RUS:11",
    ),
    (
        "WARSAW",
        "Poland and Ukraine signed a grain deal on Monday. Hungary objected to the agreement.",
        "POL>UKR:05 UKR>POL:05 HUN>POL:11 HUN>UKR:11",
    ),
]

RATIFICATIONS: list[Case] = [
    (
        "TRIPOLI",
        "Libya's parliament ratified a maritime deal with Turkey on Tuesday. Greece condemned "
        "the move.",
        "LBY>TUR:05 GRC>LBY:11",
    ),
    (
        "STOCKHOLM",
        "Sweden's parliament ratified the defense agreement with the United States on "
        "Tuesday. Russia criticized the decision.",
        "SWE>USA:05 RUS>SWE:11",
    ),
    (
        "MANILA",
        "The Philippine Senate ratified a troop pact with Japan on Monday. China criticized "
        "the move.",
        "PHL>JPN:05 CHN>PHL:11",
    ),
    (
        "TRIPOLI",
        "Libya's parliament ratified a maritime accord with Turkey on Wednesday. Egypt "
        "rejected the ratification.",
        "LBY>TUR:05 EGY>LBY:12",
    ),
    # kept: a deal signed (by both, or by one with a partner) answers both
    (
        "TRIPOLI",
        "Libya and Turkey signed a maritime deal on Tuesday. Greece condemned the move.",
        "LBY>TUR:05 TUR>LBY:05 GRC>LBY:11 GRC>TUR:11",
    ),
    (
        "TRIPOLI",
        "Libya signed a maritime deal with Turkey on Thursday. Greece condemned the decision.",
        "LBY>TUR:05 GRC>LBY:11 GRC>TUR:11",
    ),
]

ANGRY_RESPONSES: list[Case] = [
    # near-misses: a response told with no stance, or promised
    (
        "BRUSSELS",
        "The European Union imposed new sanctions on Belarus on Monday, drawing a response from "
        "Minsk within hours.",
        "EU>BLR:16",
    ),
    (
        "BRUSSELS",
        "The European Union imposed new sanctions on Belarus on Tuesday, a move that drew a "
        "swift reaction from Moscow.",
        "EU>BLR:16",
    ),
    (
        "BRUSSELS",
        "The European Union approved a new farm budget on Wednesday, a decision that drew an "
        "angry response from farmers.",
        "",
    ),
]

# a telling of the act years back ("in 2024", "in January 2024": wire copy names a month's
# year only when it is past) is passed over while the news tells the act further back
BACKGROUND_TELLINGS: list[Case] = [
    (
        "KIGALI",
        "Rwanda closed its airspace to Burundian aircraft on Monday. Burundi closed its land "
        "border with Rwanda in January 2024. The United States called the closure an "
        "escalation.",
        "RWA>BDI:16 BDI>RWA:16 USA>RWA:11",
    ),
    (
        "KIGALI",
        "Rwanda closed its airspace to Burundian planes on Tuesday. Burundi closed its land "
        "border with Rwanda in 2024. Kenya regretted the closure.",
        "RWA>BDI:16 BDI>RWA:16 KEN>RWA:11",
    ),
    (
        "ATHENS",
        "Turkey deployed a survey ship to disputed waters on Monday. Greece deployed warships to "
        "the area in August 2020. France criticized the deployment.",
        "FRA>TUR:11",
    ),
    # kept: with no news telling it, the act years back is the one answered
    (
        "KIGALI",
        "Burundi closed its land border with Rwanda in January 2024. The United States "
        "criticized the closure.",
        "BDI>RWA:16 USA>BDI:11",
    ),
]

# the dateline's last word opening the body ("THIMPHU, Bhutan — Bhutan and China ..."): the
# parser cut "Bhutan" off as a sentence, and the deal lost its first signer (nlp
# _mark_paragraphs)
DATELINE_SIGNERS: list[Case] = [
    (
        "THIMPHU, Bhutan",
        "Bhutan and China signed a border agreement on Tuesday. The United Nations welcomed the "
        "agreement.",
        "BTN>CHN:05 CHN>BTN:05 UN>BTN:05 UN>CHN:05",
    ),
]

# near-misses of praise by naming: a signer's praise of its own deal adds nothing beyond the
# signing ("Kabul called the deal a historic milestone"), a name of blame is blame, a negated
# naming is none
PRAISE_NAMES_NOT: list[Case] = [
    (
        "ISLAMABAD",
        "Pakistan and Afghanistan signed a transit deal on Monday. Kabul called the deal a "
        "historic milestone.",
        "PAK>AFG:05 AFG>PAK:05",
    ),
    (
        "BAKU",
        "Armenia and Azerbaijan signed a peace agreement on Saturday. Iran called the agreement "
        "a great mistake.",
        # (session 21, lead's decision: a disapproving name is 11 to the act's parties,
        # guidelines; the wrong named outweighs 'great': v.call_names outweigh_words)
        "ARM>AZE:05 AZE>ARM:05 IRN>ARM:11 IRN>AZE:11",
    ),
    (
        "BAKU",
        "Armenia and Azerbaijan signed a peace agreement on Sunday. Iran called the agreement a "
        "victory for foreign powers.",
        "ARM>AZE:05 AZE>ARM:05",
    ),
    (
        "BAKU",
        "Armenia and Azerbaijan signed a peace agreement on Tuesday. Iran did not call the "
        "agreement a success.",
        "ARM>AZE:05 AZE>ARM:05",
    ),
]
# a third party's praise by naming (session 21, v.call_praise; lead's decision: 05 to the act's
# parties, guidelines), once gaps here
PRAISE_NAMES: list[Case] = [
    (
        "PORT LOUIS",
        "Mauritius signed a treaty with Britain on Wednesday. The African Union called the "
        "treaty a victory for decolonization.",
        "MUS>GBR:05 AU>MUS:05 AU>GBR:05",
    ),
    (
        "BAKU",
        "Armenia and Azerbaijan signed a peace agreement on Friday. The European Union called "
        "the agreement a historic milestone.",
        "ARM>AZE:05 AZE>ARM:05 EU>ARM:05 EU>AZE:05",
    ),
]

# a reply of the lead deed's target to its doer (an appeal, an offer: reply_roots; any reply
# beyond _BYSTANDER_WINDOW) is no deed a bystander's "the decision" sums up (_lead_reply)
LEAD_REPLIES: list[Case] = [
    (
        "DUSHANBE",
        "Russia will require visas for citizens of Tajikistan from January. Tajikistan summoned "
        "the Russian ambassador. Dushanbe asked Moscow to postpone the rule. Tajikistan said it "
        "was ready to share police databases with Russian authorities. Uzbekistan said it "
        "regretted the decision.",
        "RUS>TJK:16 TJK>RUS:11 TJK>RUS:02 TJK>RUS:03 UZB>RUS:11",
    ),
    (
        "BISHKEK",
        "Kazakhstan closed its border with Kyrgyzstan to trucks on Monday. Bishkek asked Astana "
        "to reopen the crossings. Kyrgyzstan offered to hold talks with Kazakhstan. Uzbekistan "
        "criticized the decision.",
        "KAZ>KGZ:16 KGZ>KAZ:02 KGZ>KAZ:03 UZB>KAZ:11",
    ),
    # kept: a retaliation in kind is a decision of its own
    (
        "TALLINN",
        "Russia expelled two Estonian diplomats on Monday. Estonia expelled two Russian "
        "diplomats in return. Latvia backed the decision.",
        "RUS>EST:16 EST>RUS:16 LVA>EST:05",
    ),
]

PREP_GAP = "a prepositional reaction's object is no act (tried: cost precision unseen)"
ANGRY_GAP = "a hostile response noun is no reaction (tried: cost precision on dev set 13)"
DROPPED_GAPS: list[Gap] = [
    (
        "MOSCOW",
        "Russia expelled two Latvian diplomats on Monday. Lithuania hit out at the decision.",
        "RUS>LVA:16 LTU>RUS:11",
        PREP_GAP,
    ),
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats on Monday. Finland railed against the expulsions.",
        "RUS>EST:16 FIN>RUS:11",
        PREP_GAP,
    ),
    (
        "HELSINKI",
        "Russia expelled two Finnish diplomats on Tuesday. Sweden said it was opposed to the move.",
        "RUS>FIN:16 SWE>RUS:12",
        PREP_GAP,
    ),
    (
        "WARSAW",
        "Poland closed its border crossings with Belarus on Monday. The European Union stood "
        "behind the decision.",
        "POL>BLR:19 EU>POL:05",
        PREP_GAP,
    ),
    (
        "WARSAW",
        "Poland shut two border crossings with Belarus on Friday. Lithuania sided with the "
        "decision.",
        "POL>BLR:19 LTU>POL:05",
        PREP_GAP,
    ),
    (
        "BRUSSELS",
        "The European Union imposed new sanctions on Belarus on Wednesday, a decision that drew "
        "an angry response from Minsk.",
        "EU>BLR:16 BLR>EU:11",
        ANGRY_GAP,
    ),
    (
        "BRUSSELS",
        "The European Union imposed new sanctions on Belarus on Thursday. The decision prompted "
        "a furious reaction from Moscow.",
        "EU>BLR:16 RUS>EU:11",
        ANGRY_GAP,
    ),
    (
        "BRUSSELS",
        "The European Union imposed new sanctions on Belarus on Friday, drawing a sharp "
        "response from Russia.",
        "EU>BLR:16 RUS>EU:11",
        ANGRY_GAP,
    ),
    (
        "WARSAW",
        "Polish troops fired warning shots at Belarusian soldiers on Wednesday, drawing a "
        "hostile reaction from Minsk.",
        "POL>BLR:15 BLR>POL:11",
        ANGRY_GAP,
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = DROPPED_GAPS
CASES = (
    PREP_OBJECTS
    + OBJECTED_ACTS
    + RATIFICATIONS
    + ANGRY_RESPONSES
    + BACKGROUND_TELLINGS
    + DATELINE_SIGNERS
    + PRAISE_NAMES_NOT
    + PRAISE_NAMES
    + LEAD_REPLIES
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions18_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions18_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
