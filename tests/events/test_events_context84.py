"""Context 84 (session 42, builder CTX5): talks told as one side meeting the other are both
sides' talks.

"Venezuela's foreign minister met his Colombian counterpart on Sunday. The United States
criticized the talks": a meeting is held by both the one who met and the one met, though the
sentence tells it one way (VEN>COL 040). A third party's judgement of "the talks" or "the
meeting" answers both of them, as it does when the talks were told both ways ("The two leaders
discussed trade") or with a with-phrase ("held talks with"). Before, the reaction reached the
subject's state alone (or, for "welcomed the talks", found no telling at all).

Two mechanisms: a reaction whose act is a meeting (rules meeting_codes: 040-044, 046; not
mediation) and whose object names a meeting (meeting_nouns: "the talks", "the visit"; not "the
presence" of forces, which answers a visit too) reaches the one met as well
(reactions._co_authored); and "the talks" / "the meeting" are told by a meeting verb
(rules act_derivations "talk meet", "meeting meet"), whose authors are its subject and the one
met (sides._telling_authors, talk_verbs); a meeting of one side with no state
("officials met in Rome") tells no talks of states (reactions._tellings).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a meeting told one way, then a third party's judgement of the talks or the meeting: both
MET_ONE_WAY: list[Case] = [
    (
        "CARACAS",
        "Venezuela's foreign minister met his Colombian counterpart on Sunday. The United"
        " States criticized the talks.",
        "VEN>COL:04 USA>VEN:11 USA>COL:11",
    ),
    (
        "ANKARA",
        "Turkey's president met the Syrian president in Ankara on Friday. Greece criticized"
        " the meeting.",
        "TUR>SYR:04 GRC>TUR:11 GRC>SYR:11",
    ),
    (
        "RIYADH",
        "Saudi Arabia's foreign minister met Iran's foreign minister in Riyadh on Wednesday."
        " The United States welcomed the talks.",
        "SAU>IRN:04 USA>SAU:05 USA>IRN:05",
    ),
    (
        "MINSK",
        "Belarus's president met the Russian president on Thursday. Poland condemned the"
        " meeting.",
        "BLR>RUS:04 POL>BLR:11 POL>RUS:11",
    ),
    (
        "MADRID",
        "Spain's foreign minister met his Moroccan counterpart on Monday. Algeria criticized"
        " the visit.",
        "ESP>MAR:04 DZA>ESP:11 DZA>MAR:11",
    ),
    (
        "HANOI",
        "Vietnam's president visited Laos on Monday. Thailand welcomed the visit.",
        "VNM>LAO:04 THA>VNM:05 THA>LAO:05",
    ),
]

# unchanged: talks told both ways or with a with-phrase, and judgements of another act
KEPT: list[Case] = [
    (
        "BAKU",
        "Azerbaijan's prime minister held talks with his Iranian counterpart in Baku on"
        " Monday. Israel criticized the talks.",
        "AZE>IRN:04 ISR>AZE:11 ISR>IRN:11",
    ),
    (
        "NAIROBI",
        "Kenya's foreign minister met his Ugandan counterpart in Kampala on Monday. The two"
        " discussed a rail link. Tanzania welcomed the meeting.",
        "KEN>UGA:04 KEN>UGA:04 UGA>KEN:04 TZA>UGA:05 TZA>KEN:05",
    ),
    (
        # "the move" is the sanctions, not the meeting told after them
        "TOKYO",
        "Japan imposed sanctions on Russia on Monday. Later that day, Japan's foreign minister"
        " met his Chinese counterpart. Ukraine welcomed the move.",
        "JPN>RUS:16 JPN>CHN:04 UKR>JPN:05",
    ),
    (
        "ACCRA",
        "Ghana's president met Togo's president on Monday. He later expelled two Nigerian"
        " diplomats. Nigeria condemned the decision.",
        "GHA>TGO:04 GHA>NGA:16 NGA>GHA:11",
    ),
    (
        "NAIROBI",
        "Kenya's president met Somalia's president on Monday. Ethiopia criticized Kenya.",
        "KEN>SOM:04 ETH>KEN:11",
    ),
]

# a meeting of officials that names no state met: no talks of states told
NONE: list[NearMiss] = [
    (
        "ROME",
        "Trade officials from several ministries met in Rome on Monday. Chile criticized the"
        " talks.",
    ),
]

GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru's president spoke by phone with Chile's president on Tuesday. Bolivia welcomed"
        " the talks.",
        "PER>CHL:04 BOL>PER:05 BOL>CHL:05",
        "a phone call (041) is told by 'spoke', no derivation of 'the talks' (only 'meet' is"
        " listed), and the reaction path finds no act of its kind",
    ),
]

CASES: list[Case] = MET_ONE_WAY + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context84_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context84_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
