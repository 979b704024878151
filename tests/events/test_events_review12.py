"""Review fixes, twelfth round (issue #5): private parties, apologies, joint acts, pairs.

PRIVATE: a group of people who act for no state (firms, investors, the press, citizens,
protesters, students: rules.yaml private_roles) is no source, save of a protest, and a target
only of an act done to the people themselves (aid, release, an order, force, sanctions,
arrests, expulsions, attacks: private_target_roots); a named outlet, a group called "state"
or "official" media, and a people as a whole ("the Turkish people") are the state. APOLOGY:
regret told to a state for the speaker's own deed is an apology (055); regret over another's
act stays disapproval (111). JOINT: a reaction to an act both parties did ("A and B agreed to
a ceasefire", "A signed a treaty with B") answers both. PAIRS: "both countries' governments"
are the pair told before; a trailing "backed by X" clause is a passive, so X is no target of
the clause's subject.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PRIVATE: list[Case] = [
    # acts done to private people are acts on their state (guards)
    ("TEHRAN", "Iranian police detained three German cyclists near the border.", "IRN>DEU:17"),
    ("ANKARA", "Turkey deported 40 Afghan migrants on Tuesday.", "TUR>AFG:17"),
    ("BEIJING", "China expelled two Australian reporters on Friday.", "CHN>AUS:17|16"),
    ("LONDON", "Britain sanctioned four Iranian firms over oil sales.", "GBR>IRN:16"),
    # state media are the state
    ("BEIJING", "Chinese state television accused the Philippines of provocation.", "CHN>PHL:11"),
    ("MOSCOW", "The official news agency of Russia criticized Finland on Monday.", "RUS>FIN:11"),
    # a people as a whole is its nation (rules.yaml nation_nouns)
    ("ANKARA", "Greece offered condolences to the Turkish people after the floods.", "GRC>TUR:01"),
    # a protest by a state's people is coded to it (CAMEO)
    ("SEOUL", "South Korean students staged a rally against Japan on Friday.", "KOR>JPN:14"),
]

PRIVATE_NONE: list[NearMiss] = [
    ("ATHENS", "Greece's prime minister met American investors in Athens on Tuesday."),
    ("LAGOS", "Indian companies signed two port contracts with Nigeria on Thursday."),
    ("MADRID", "Spanish journalists accused Morocco of spying on their phones."),
    ("CAIRO", "Egypt's president thanked Saudi businesses for their investments."),
    ("WARSAW", "Polish farmers praised Ukraine's grain deal on Monday."),
    ("HANOI", "Vietnam welcomed Korean students to its universities."),
    ("OTTAWA", "Canadian banks urged India to ease its capital rules."),
    ("MANILA", "Japan thanked Filipino residents for their help in the rescue."),
    ("ANKARA", "Greek citizens praised Turkey's rescue teams."),
]

APOLOGY: list[Case] = [
    (
        "TOKYO",
        "Japan expressed deep remorse to China for its wartime conduct on Monday.",
        "JPN>CHN:05",
    ),
    ("LONDON", "Britain expressed regret to Kenya for its colonial abuses.", "GBR>KEN:05"),
    # regret over another's act, or for a decision, judges it (v.express, 111)
    ("VIENNA", "Austria expressed regret over Slovakia's decision on Monday.", "AUT>SVK:11"),
    (
        "VIENNA",
        "Austria expressed regret to Slovakia for its decision to close the border crossing.",
        "AUT>SVK:11",
    ),
]

APOLOGY_NONE: list[NearMiss] = [
    # no addressee: regret for one's own deed is aimed at no one named
    ("BERLIN", "Germany expressed regret for its role in the famine."),
]

JOINT: list[Case] = [
    (
        "PARIS",
        "Sudan and South Sudan agreed to a truce on Monday. France welcomed the move.",
        "SDN>SSD:05 SSD>SDN:05 FRA>SDN:05 FRA>SSD:05",
    ),
    (
        "ROME",
        "Serbia signed a border treaty with Montenegro on Friday. Italy praised the move.",
        "SRB>MNE:05 ITA>SRB:05 ITA>MNE:05",
    ),
    (
        "BEIJING",
        "Japan held naval drills with Australia on Monday. China condemned the drills.",
        "JPN>AUS:06 CHN>JPN:11 CHN>AUS:11",
    ),
    # a one-sided act answers its author only
    (
        "BERLIN",
        "Russia shelled Kharkiv on Monday. Germany condemned the move.",
        "RUS>UKR:19 DEU>RUS:11",
    ),
    # a witness named with "as" made no deal
    (
        "WASHINGTON",
        "Iran signed a trade deal with Iraq on Friday, with Turkey as a witness. The United "
        "States criticized the deal.",
        "IRN>IRQ:05 USA>IRN:11 USA>IRQ:11",
    ),
]

PAIRS: list[Case] = [
    (
        "ANKARA",
        "Armenia and Azerbaijan clashed on the border on Monday. Turkey urged both countries' "
        "governments to return to talks.",
        "ARM>AZE:19 AZE>ARM:19 TUR>ARM:02 TUR>AZE:02",
    ),
    (
        "NAIROBI",
        "Uganda hosted talks between Sudan and Chad on Monday, backed by the African Union.",
        "UGA>SDN:04 UGA>TCD:04 SDN>TCD:04 TCD>SDN:04",
    ),
    # the summons, and an explanation asked of the envoy's state (100; guard)
    (
        "TEHRAN",
        "Iran summoned the Dutch ambassador and demanded an explanation.",
        "IRN>NLD:11 IRN>NLD:10",
    ),
]

PAIRS_NONE: list[NearMiss] = [
    ("ANKARA", "Turkey urged Western governments to lift the embargo."),
    ("CAIRO", "Egypt urged both countries' governments to talk on Monday."),
]

GAPS: list[Gap] = [
    (
        "TOKYO",
        "Japan expressed regret to South Korea over North Korea's missile launch.",
        "",
        "extractor: v.express reads 'to South Korea' as the target of the regret over a third "
        "party's act; needs the over-phrase's owner to win over the addressee for 111 (no "
        "condolence or concern told to the addressee)",
    ),
    (
        "NAIROBI",
        "The talks, hosted by Uganda and backed by the African Union, opened in Kampala "
        "between Sudan and Chad.",
        "UGA>SDN:04 UGA>TCD:04 SDN>TCD:04 TCD>SDN:04",
        "extractor: 'between A and B' hung on the main verb 'opened' is not read as the sides "
        "of the talks its subject names (n.talks, _mediated_parties read the noun's own phrase)",
    ),
]

CASES = PRIVATE + APOLOGY + JOINT + PAIRS
NONE = PRIVATE_NONE + APOLOGY_NONE + PAIRS_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review12_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review12_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
