"""Reactions 23 (session 22, builder AM): a third party's approval of "the measure", "the
decision", "the move" or "the step" after a hostile deed that returns one just told.

Coded nothing: "Norway banned imports from Israeli settlements. Israel recalled its ambassador
to Norway. Egypt welcomed the measure" may welcome the ban (the story's news) or the recall
(the latest act of the kind), so the approval takes neither, as a criticism already did
(reactions._returned_deed, now for antecedent_roots too, when the returning act is of another
kind); the same holds when the returning act is told by a deciding word that "the step" may
sum up ("Somalia ordered two Kenyan diplomats to leave": reactions._returns_told in
_told_targets) and when it is told in the deed's own sentence ("..., prompting China to
recall ..."). A retaliation in kind stays "the decision" of its own (test_events_reactions18):
gaps here.
Kept: the reactor names the author ("Hungary welcomed Israel's decision") or the kind ("the
recall", "the ban"); the only deed is the counter-measure; the answer is a summons (a
protest, no deed: the news deed is meant); the later deed is a third party's (the EU's
sanctions on Moscow after its strike); the reactor is one of the two sides; a noun that is
the very word of the latest deed ("backed the tariffs").
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an approval after a deed returned by its target: either deed may be meant, so none is
RETURNED: list[Case] = [
    (
        "OSLO",
        "Norway banned imports from Israeli settlements on Monday. Israel recalled its "
        "ambassador to Norway. Egypt welcomed the measure.",
        "NOR>ISR:16 ISR>NOR:16",
    ),
    (
        "OSLO",
        "Norway banned imports from Israeli settlements on Monday. Israel recalled its "
        "ambassador to Norway. Egypt welcomed the move.",
        "NOR>ISR:16 ISR>NOR:16",
    ),
    (
        "CANBERRA",
        "Australia banned Chinese telecom equipment on Wednesday. China recalled its "
        "ambassador from Canberra. Japan backed the decision.",
        "AUS>CHN:16 CHN>AUS:16",
    ),
    (
        "CANBERRA",
        "Australia banned Chinese telecom equipment on Wednesday, prompting China to recall "
        "its ambassador. Japan backed the decision.",
        "AUS>CHN:16 CHN>AUS:16",
    ),
    (
        "WARSAW",
        "Poland closed its border with Belarus on Thursday. Belarus expelled the Polish "
        "consul. Lithuania welcomed the measure.",
        "POL>BLR:16 BLR>POL:16",
    ),
    (
        "BANGKOK",
        "Cambodia banned Thai fruit imports on Monday. Thailand sealed its border with "
        "Cambodia in response. Laos welcomed the move.",
        # a border sealed in answer to a ban is a measure in kind since closures are 16
        # (session 26): "the move" is its own (test_events_reactions18)
        "KHM>THA:16 THA>KHM:16 LAO>THA:05",
    ),
    # the returning act told by a deciding word ("ordered ... to leave") that "the step" sums up
    (
        "NAIROBI",
        "Kenya suspended flights from Somalia on Monday. Somalia ordered two Kenyan diplomats "
        "to leave. Uganda welcomed the step.",
        "KEN>SOM:16 SOM>KEN:16",
    ),
    (
        "WARSAW",
        "Poland closed its border with Belarus on Thursday. Belarus ordered the Polish consul "
        "to leave. Lithuania welcomed the decision.",
        "POL>BLR:16 BLR>POL:16",
    ),
    # a criticism was already ambiguous, and stays so
    (
        "OSLO",
        "Norway banned imports from Israeli settlements on Monday. Israel recalled its "
        "ambassador to Norway. Egypt condemned the move.",
        "NOR>ISR:16 ISR>NOR:16",
    ),
    (
        "BANGKOK",
        "Cambodia banned Thai fruit imports on Monday. Thailand sealed its border with "
        "Cambodia in response. Laos criticized the move.",
        "KHM>THA:16 THA>KHM:16",
    ),
    # an approval after a hostile answer to a friendly act aimed at a third state (a gap
    # until session 23: test_events_roots22 RETURNED)
    (
        "OSLO",
        "Norway recognised the state of Palestine on Monday. Israel recalled its ambassador to "
        "Norway. Egypt welcomed the decision.",
        "NOR>PSE:05 ISR>NOR:16",
    ),
]

# the deed meant is told: by its author's name, by its kind, or as the only deed
KEPT: list[Case] = [
    (
        "OSLO",
        "Norway banned imports from Israeli settlements. Israel recalled its ambassador to "
        "Norway. Hungary welcomed Israel's decision.",
        "NOR>ISR:16 ISR>NOR:16 HUN>ISR:05",
    ),
    (
        "MADRID",
        "Spain expelled two Russian diplomats on Tuesday. Russia expelled three Spanish "
        "diplomats in response. Belarus welcomed Moscow's decision.",
        "ESP>RUS:16 RUS>ESP:16 BLR>RUS:05",
    ),
    (
        "DHAKA",
        "Bangladesh suspended rice exports to India. India imposed tariffs on Bangladeshi jute "
        "in retaliation. Nepal welcomed India's move.",
        "BGD>IND:16 IND>BGD:16 NPL>IND:05",
    ),
    (
        "OSLO",
        "Norway banned imports from Israeli settlements on Monday. Israel recalled its "
        "ambassador to Norway. Hungary welcomed the recall.",
        "NOR>ISR:16 ISR>NOR:16 HUN>ISR:05",
    ),
    (
        "OSLO",
        "Norway banned imports from Israeli settlements on Monday. Israel recalled its "
        "ambassador to Norway. Egypt welcomed the ban.",
        "NOR>ISR:16 ISR>NOR:16 EGY>NOR:05",
    ),
    (
        "JERUSALEM",
        "Israel recalled its ambassador to Norway on Monday. Hungary welcomed the decision.",
        "ISR>NOR:16 HUN>ISR:05",
    ),
    (
        "LIMA",
        "Peru expelled the Venezuelan ambassador on Tuesday. Chile welcomed the decision.",
        "PER>VEN:16 CHL>PER:05",
    ),
    # a summons answers in words: the news deed is the one meant
    (
        "ANKARA",
        "Turkey imposed tariffs on Greek olive oil on Friday. Greece summoned the Turkish "
        "ambassador. Bulgaria supported the move.",
        "TUR>GRC:16 GRC>TUR:11 BGR>TUR:05",
    ),
    (
        "RABAT",
        "Algeria closed its airspace to Moroccan planes on Friday. Morocco summoned the "
        "Algerian ambassador. Mauritania backed the step.",
        "DZA>MAR:16 MAR>DZA:11 MRT>DZA:05",
    ),
    # a third party's deed against the first deed's author returns nothing
    (
        "KYIV",
        "Russia struck Kharkiv on Monday. The EU imposed sanctions on Moscow. Poland welcomed "
        "the move.",
        "RUS>UKR:19 EU>RUS:16 POL>EU:05",
    ),
    # the reactor is one of the sides
    (
        "MADRID",
        "Spain expelled two Russian diplomats on Wednesday. Russia expelled three Spanish "
        "diplomats in response. Spain condemned the decision.",
        "ESP>RUS:16 RUS>ESP:16 ESP>RUS:11",
    ),
    # the noun is the latest deed's own word
    (
        "SEOUL",
        "Japan restricted exports of chemicals to South Korea. Seoul imposed tariffs on "
        "Japanese seafood in retaliation. Taiwan backed the tariffs.",
        "JPN>KOR:16 KOR>JPN:16 TWN>KOR:05",
    ),
    (
        "OTTAWA",
        "Canada imposed duties on Mexican steel on Monday as Ottawa and Mexico City argue over "
        "Mexican tariffs on Canadian lumber. Chile's president called Ottawa, unlike Peru, "
        "which backed the tariffs.",
        "CAN>MEX:16 MEX>CAN:16 PER>MEX:05",
    ),
]

NONE: list[NearMiss] = [
    # no state acts: nothing to approve
    ("OSLO", "Norwegian shops stopped selling settlement goods. Egypt welcomed the measure."),
]

GAPS: list[Gap] = [
    # a retaliation in kind is kept as "the decision" of its own (test_events_reactions18,
    # session 18), though either deed may be meant, as a criticism of it finds
    (
        "MADRID",
        "Spain expelled two Russian diplomats on Tuesday. Russia expelled three Spanish "
        "diplomats in response. Portugal welcomed the decision.",
        "ESP>RUS:16 RUS>ESP:16",
        "a retaliation in kind is taken as the decision meant",
    ),
    (
        "BERLIN",
        "Germany froze the assets of a Chinese bank. China imposed sanctions on three German "
        "firms in retaliation. France praised the step.",
        "DEU>CHN:16 CHN>DEU:16",
        "a retaliation in kind is taken as the decision meant",
    ),
    (
        "PRAGUE",
        "The Czech Republic expelled 18 Russian diplomats on Sunday. Russia ordered 20 Czech "
        "diplomats to leave. Slovakia supported the step.",
        "CZE>RUS:16 RUS>CZE:16",
        "a retaliation in kind is taken as the decision meant",
    ),
    (
        "LISBON",
        "Spain expelled two Russian diplomats on Monday. Russia expelled three Spanish "
        "diplomats in response. Portugal welcomed the expulsions.",
        "ESP>RUS:16 RUS>ESP:16",
        "a named kind both deeds share goes to _told_act's nearest telling",
    ),
    (
        "SOFIA",
        "Turkey imposed tariffs on Greek cheese on Friday. Greece threatened to retaliate. "
        "Bulgaria welcomed the move.",
        "TUR>GRC:16 GRC>TUR:13 BGR>TUR:05",
        "a threat to retaliate is taken as a returned deed, though the news deed is meant",
    ),
]
CASES = RETURNED + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions23_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions23_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
