"""Review 16: games, gapped remnants, echoes and reactions (fixes of reviewer findings).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file or by the reviewer; none is copied from a gold set.

GAMES: a pair reference names two teams only when a sentence naming the pair tells a game (a
contest word outside a name of another kind, a score that is no date range); even then the
teams' pact is coded ("played a friendly match. The two countries then signed a defence
pact"): only meeting and blaming are a game's (game_roots).

GAPPED: a name joined to a recipient with a bare number or object after it ("to Gaza and
Lebanon $50 million") may be a second recipient or a giver: neither is coded. A prepositional
remnant ("to Egypt and Italy to Qatar") still makes it the giver.

ECHOES: a target echoing an act only returns it ("Russia expelled diplomats from Estonia and
Latvia. Latvia did the same": LVA>RUS, not LVA>EST); a third party's "responded in kind" is no
return and codes nothing.

ANSWERS: only a sentence judging or naming an act ("The EU called the agreement historic") is
passed over by a later bare protest; "Israel suspended the agreement" is an act the protest
answers. An uncoded sentence between a deed and "the decision" hides the deed only when another
doer (not the deed's target) does something to an object ("Sweden's foreign minister flew home"
does not).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

GAMES: list[Case] = [
    (
        "MUSCAT",
        "Iran and the United States held talks in Muscat on April 12-13. The two sides signed a "
        "framework agreement.",
        "IRN>USA:04 USA>IRN:04 IRN>USA:05 USA>IRN:05",
    ),
    (
        "DOHA",
        "Egypt and Qatar clashed over Libya at the Arab League summit on Monday. The two sides "
        "accused each other of meddling.",
        "EGY>QAT:11 QAT>EGY:11 EGY>QAT:11 QAT>EGY:11",
    ),
    (
        "MUSCAT",
        "Iran and the U.S. held talks in Oman with the goal of reviving the nuclear deal. The two "
        "sides signed a framework agreement.",
        "IRN>USA:04 USA>IRN:04 IRN>USA:05 USA>IRN:05",
    ),
    (
        "LONDON",
        "Britain and France played a friendly match in London. The two countries then signed a "
        "defence pact.",
        "GBR>FRA:05 FRA>GBR:05",
    ),
    (
        "CAIRO",
        "Egypt and Ethiopia held talks in Cairo on May 5-6. The two sides signed a water accord.",
        "EGY>ETH:04 ETH>EGY:04 EGY>ETH:05 ETH>EGY:05",
    ),
    (
        "RABAT",
        "Morocco and Algeria met at the Arab League summit on Monday. Each side blamed the other "
        "for the border closure.",
        "MAR>DZA:04 DZA>MAR:04 MAR>DZA:11 DZA>MAR:11",
    ),
]

GAMES_NONE: list[NearMiss] = [
    (
        "MADRID",
        "Spain beat Portugal 3-1 in the Nations League final. The two sides accused each other "
        "of diving.",
    ),
    (
        "ACCRA",
        "Ghana and Nigeria drew 2 - 2 in Accra on Saturday. Each side blamed the other for the "
        "brawl.",
    ),
    ("BUENOS AIRES", "Brazil beat Argentina in the World Cup final. Argentina protested."),
]

GAPPED: list[Case] = [
    ("DOHA", "Qatar gave $100 million to Gaza and Lebanon $50 million.", "QAT>PSE:07"),
    ("RIYADH", "Saudi Arabia donated $20 million to Yemen and Sudan $10 million.", "SAU>YEM:07"),
    ("ANKARA", "Turkey sent 300 tents to Syria and Iraq 100.", "TUR>SYR:07"),
    # a prepositional remnant names the second giver's own recipient
    ("PARIS", "France sold jets to Egypt and Italy to Qatar.", "FRA>EGY:07 ITA>QAT:07"),
    ("BRUSSELS", "The EU imposed sanctions on Iran and Britain on Syria.", "EU>IRN:16 GBR>SYR:16"),
]

ECHOES: list[Case] = [
    (
        "TALLINN",
        "Russia expelled diplomats from Estonia and Latvia on Monday. Latvia did the same on "
        "Tuesday.",
        "RUS>EST:16 RUS>LVA:16 LVA>RUS:16",
    ),
    (
        "TALLINN",
        "Russia expelled diplomats from Estonia and Latvia on Monday. Latvia took a similar step "
        "on Tuesday.",
        "RUS>EST:16 RUS>LVA:16 LVA>RUS:16",
    ),
    (
        "VILNIUS",
        "Belarus expelled diplomats from Lithuania and Poland. Poland followed suit a day later.",
        "BLR>LTU:16 BLR>POL:16 POL>BLR:16",
    ),
    (
        "BEIJING",
        "China imposed tariffs on Japan and South Korea on Monday. Seoul did the same on "
        "Wednesday.",
        "CHN>JPN:16 CHN>KOR:16 KOR>CHN:16",
    ),
    # a third party echoes the act on every target
    (
        "HANOI",
        "China imposed tariffs on Japan and South Korea on Monday. Vietnam did the same on "
        "Wednesday.",
        "CHN>JPN:16 CHN>KOR:16 VNM>JPN:16 VNM>KOR:16",
    ),
    # answers in kind: only a target's returns the act
    ("ALGIERS", "Algeria expelled 12 French diplomats. Britain responded in kind.", "DZA>FRA:16"),
    ("MOSCOW", "Russia expelled two Polish diplomats. Germany responded in kind.", "RUS>POL:16"),
    (
        "PARIS",
        "Algeria expelled 12 French diplomats. Paris responded in kind.",
        "DZA>FRA:16 FRA>DZA:16",
    ),
    (
        "CHISINAU",
        "Russia banned imports from Georgia and Moldova. Chisinau reciprocated.",
        "RUS>GEO:16 RUS>MDA:16 MDA>RUS:16",
    ),
]

ANSWERS: list[Case] = [
    (
        "CAIRO",
        "Egypt and Israel signed a gas deal in 2019. On Monday, Israel suspended the agreement. "
        "Egypt objected.",
        "EGY>ISR:05 ISR>EGY:05 EGY>ISR:11",
    ),
    (
        "ANKARA",
        "Turkey and Russia signed a grain deal in 2022. On Friday, Russia scrapped the deal. "
        "Turkey protested.",
        "TUR>RUS:05 RUS>TUR:05 TUR>RUS:11",
    ),
    (
        "DOHA",
        "Qatar and Bahrain agreed a border pact in 2021. On Friday, Bahrain cancelled the pact. "
        "Qatar objected.",
        "QAT>BHR:05 BHR>QAT:05 QAT>BHR:11",
    ),
    # a judging sentence is passed over: the protest answers the deal
    (
        "BRUSSELS",
        "Serbia and Kosovo signed an accord in 2023. The EU called the agreement historic. "
        "Russia objected.",
        # (session 21, lead's decision: praise by naming is 05 to the act's parties, guidelines)
        "SRB>XKX:05 XKX>SRB:05 EU>SRB:05 EU>XKX:05 RUS>SRB:11 RUS>XKX:11",
    ),
    (
        "ANKARA",
        "Turkey blocked Sweden's bid on Monday. Sweden's foreign minister flew home early. "
        "Finland criticized the decision.",
        "TUR>SWE:12 FIN>TUR:11",
    ),
    (
        "ANKARA",
        "Turkey blocked Sweden's bid on Tuesday. Sweden's foreign minister returned home early. "
        "Finland condemned the decision.",
        "TUR>SWE:12 FIN>TUR:11",
    ),
    (
        "ATHENS",
        "Turkey detained two Greek soldiers on Monday. Greece's defence minister cut short a "
        "visit. France condemned the move.",
        "TUR>GRC:17 FRA>TUR:11",
    ),
    # another doer's act on an object between: "the decision" may be that one
    (
        "NICOSIA",
        "Iran seized a Greek tanker on Monday. Separately, Cyprus opened a new port. Italy "
        "welcomed the decision.",
        "IRN>GRC:17",
    ),
]

GAPS: list[Gap] = []

CASES = GAMES + GAPPED + ECHOES + ANSWERS
NONE = GAMES_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review16_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review16_codes_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
