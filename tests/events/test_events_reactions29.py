"""Reactions 29 (session 27, builder TX): acts whose other party, or whose speaker's state, is
named only in an earlier sentence.

Coded: the speaker of a ministry told just before ("Russia's Foreign Ministry summoned ... A
ministry spokesperson called the refusal 'a hostile act'") is that ministry's state, as "the
ministry" is (actors/resolve.py, find_bare_roles: a bare role phrase led by a body's role word
takes the latest body named with that word, _earlier_body); before, no mention was made, or
the dateline's victim was taken. A measure only vowed ("said it would take all necessary
measures": a threat, 13) answers hostile words aimed at the vower as well as deeds ("Togo
summoned Ghana's ambassador ... Ghana said it would take all necessary measures"), unless it
names an aim of its own ("... to contain the outbreak") or follows the vower's own answer in
its sentence (rules reaction_matches "vowed retaliation", extract._aimed). A ballot cast by
members no actor stands for, or by the reactor itself ("Thirteen members voted for the text",
"The United States, which voted in favor, said it was disappointed"), is no decision a bare
regret answers: the body's act told before is (reactions._ballot, rules ballot_preps, in
_decided_before). A document issued by a joined subject or a role group of two states acts
for all of them ("Kenya and Ethiopia issued a joint statement ... The statement called on
Eritrea": both; actors/described.py find_documents, _issuer). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MINISTRY_SPEAKERS: list[Case] = [
    (
        "OSLO",
        "Norway refused on Monday to let a Russian trawler unload its catch in Tromso. Russia's "
        "Foreign Ministry said it was studying the decision. A ministry spokesperson called the "
        'refusal "a hostile act."',
        # the trawler kept out is v.not_allow_ships' (163), "let" as "allow" (session 45)
        "NOR>RUS:16 RUS>NOR:11",
    ),
    (
        "CAIRO",
        "Egypt closed its embassy in Khartoum on Monday. Sudan's Foreign Ministry said it had not "
        'been told in advance. A ministry spokesman called the closure "premature."',
        "EGY>SDN:16 SDN>EGY:11",
    ),
    (
        "HANOI",
        "China deployed an oil rig near the Paracel Islands on Tuesday. Vietnam's Foreign "
        "Ministry said it was gathering information. A ministry spokeswoman demanded that "
        "Beijing withdraw the rig.",
        "VNM>CHN:10",
    ),
    # the ministry named last is the speaker's, not the state the dateline's story is about
    (
        "VILNIUS, Lithuania",
        "Lithuania banned two Belarusian television channels on Monday. Belarus's Foreign "
        "Ministry summoned Lithuania's envoy. A ministry spokesman demanded that Vilnius lift "
        "the ban.",
        "LTU>BLR:17 BLR>LTU:11 BLR>LTU:10",
    ),
]

VOWS_AFTER_WORDS: list[Case] = [
    (
        "ACCRA, Ghana",
        "Togo summoned Ghana's ambassador on Monday over a fishing dispute. Ghana's foreign "
        "minister said his country would take all necessary measures.",
        "TGO>GHA:11 GHA>TGO:13",
    ),
    (
        "LIMA",
        "Bolivia rejected Peru's protest on Monday. Peru said it would take all necessary "
        "measures.",
        "BOL>PER:12 PER>BOL:13",
    ),
    (
        "NAIROBI",
        "Uganda accused Kenya on Tuesday of harboring rebels. Kenya's foreign minister told "
        "parliament that Nairobi would take all necessary diplomatic and legal steps.",
        "UGA>KEN:11 KEN>UGA:13",
    ),
    (
        "BAKU",
        "Armenia criticized Azerbaijan's new border posts on Monday. Azerbaijan said it would "
        "adopt retaliatory measures.",
        "ARM>AZE:11 AZE>ARM:13",
    ),
    # kept: a vow with an aim of its own answers deeds only; praise is nothing to retaliate
    # for; a vow after the source's own answer in its sentence is that answer's
    (
        "TOKYO",
        "China accused Japan on Monday of hiding a bird flu outbreak. Japan said it would take "
        "all necessary measures to contain the outbreak.",
        "CHN>JPN:11",
    ),
    (
        "ACCRA, Ghana",
        "Togo praised Ghana's election on Monday. Ghana said it would take all necessary "
        "measures.",
        "TGO>GHA:05",
    ),
    (
        "TALLINN",
        "Russia accused Estonia on Monday of harassing its diplomats. Estonia's Foreign "
        "Ministry rejected the charge and warned that Tallinn would take all necessary "
        "measures.",
        "RUS>EST:11 EST>RUS:12 EST>RUS:13",
    ),
]

BALLOTS: list[Case] = [
    (
        "UNITED NATIONS",
        "Russia vetoed a U.N. Security Council resolution on Sudan on Wednesday. Thirteen of "
        "the council's 15 members voted for the text. The United States said it was "
        "disappointed.",
        "RUS>UN:12 USA>RUS:11",
    ),
    (
        "GENEVA",
        "The U.N. Human Rights Council voted on Friday to open an inquiry into Eritrea. Twenty "
        "members voted in favor. Eritrea said it was disappointed.",
        "UN>ERI:09 ERI>UN:11",
    ),
    # kept: a state's ballot, and a body's vote, are decisions a regret may answer
    (
        "BRUSSELS",
        "Hungary voted against new EU tariffs on Chinese cars on Wednesday. Poland said it was "
        "disappointed.",
        # the ballot against the EU's tariffs rejects them (v.vote_against, session 45)
        "HUN>EU:12 POL>HUN:11",
    ),
    (
        "STRASBOURG",
        "The European Parliament voted for a new budget on Wednesday. Hungary said it was "
        "disappointed.",
        "HUN>EU:11",
    ),
]

JOINT_DOCUMENTS: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Ethiopia issued a joint statement on Monday after talks in Addis Ababa. The "
        "statement called on Eritrea to withdraw its troops.",
        "KEN>ETH:04 ETH>KEN:04 KEN>ERI:02 ETH>ERI:02",
    ),
    (
        "SEOUL",
        "The leaders of South Korea and Japan signed a joint statement on Thursday after talks "
        "in Seoul. The statement also condemned North Korea's latest missile launch.",
        "KOR>JPN:05 JPN>KOR:05 KOR>JPN:04 JPN>KOR:04 KOR>PRK:11 JPN>PRK:11",
    ),
    (
        "SEOUL",
        "South Korea's president welcomed Japan's prime minister in Seoul on Thursday. The two "
        "leaders then signed a joint statement. The statement also condemned North Korea's "
        "latest missile launch.",
        "KOR>JPN:04 KOR>JPN:05 JPN>KOR:05 KOR>PRK:11 JPN>PRK:11",
    ),
    # kept: one issuer's statement is that issuer's
    (
        "BEIJING",
        "China's Foreign Ministry issued a statement on Monday. The statement accused Japan of "
        "provoking a confrontation in the East China Sea.",
        "CHN>JPN:11",
    ),
]

NONE: list[NearMiss] = [
    # a ministry's speaker on a domestic matter: nothing to code
    (
        "BRASILIA",
        "Brazil's Health Ministry reported 300 new dengue cases on Monday. A ministry "
        "spokeswoman said the outbreak would peak in April.",
    ),
]
GAPS: list[Gap] = []
CASES = MINISTRY_SPEAKERS + VOWS_AFTER_WORDS + BALLOTS + JOINT_DOCUMENTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions29_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
