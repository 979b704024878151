"""Roots 21 (session 22, builder OL): open gaps of the lead's list, each a general form.

A state returned to a list of sanctioned states or state sponsors of terrorism is put on it
again (v.blacklist takes "return", 163), not released (v.release, 084); people returned stay
a release. A state's own word that it will respond if another state acts is a threat; fellow
guests of a summit meet no one by attending it; a trip to a venue for talks with a third
state's officials is a meeting with that state; an offer by "It" after the same state's
appeal to two states is made to them. Every sentence was written for this file;
each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

RELISTED: list[Case] = [
    (
        "WASHINGTON",
        "In March, Washington returned North Korea to its list of state sponsors of terrorism.",
        "USA>PRK:16",
    ),
    (
        "LONDON",
        "Britain returned two Russian banks to its sanctions list on Thursday.",
        "GBR>RUS:16",
    ),
    # near misses: people sent back are released; a state added is listed as before
    ("TEHRAN", "Iran returned two British sailors to London on Monday.", "IRN>GBR:08"),
    (
        "WASHINGTON",
        "The United States added Venezuela to its list of state sponsors of terrorism.",
        "USA>VEN:16",
    ),
]

# A state that says or warns it will respond if another state acts threatens it (v.respond_if,
# 130), as "we will respond if ..." in its own quoted words does (parties._own_word); an
# answer to a friendly step or a request is no threat, nor is a forecast by others.
RESPONSES: list[Case] = [
    (
        "BEIJING",
        "Beijing said it would respond if Washington imposed the new tariff.",
        "CHN>USA:13",
    ),
    (
        "ANKARA",
        "Turkey warned it would react if Greece extended its territorial waters.",
        "TUR>GRC:13",
    ),
    (
        "BRUSSELS",
        "The European Union said it would retaliate if Washington raised tariffs on European "
        "steel.",
        "EU>USA:13",
    ),
    (
        "NEW DELHI",
        "India said on Monday that it would respond if Pakistan attacked its posts again.",
        "IND>PAK:13",
    ),
]

RESPONSES_NONE: list[NearMiss] = [
    ("PARIS", "France said it would respond if Germany asked for help."),
    ("TOKYO", "Japan said it would respond positively if China proposed talks."),
    ("WARSAW", "Poland said it would react quickly if Lithuania requested more troops."),
    ("OSLO", "Norway said it would reciprocate if Sweden lifted its visa rules."),
    ("ANKARA", "Ankara will retaliate if Athens expels Turkish diplomats, analysts said."),
    ("MOSCOW", "Russia said it would respond if the closure lasted."),
]

# Coordinated subjects that attend a gathering of many (many_gathering_nouns) went to it
# together and met no one by it; talks they attend, or a summit they hold, are a meeting.
ATTENDANCE: list[Case] = [
    (
        "CAIRO",
        "Egypt and Jordan attended the summit hosted by Saudi Arabia.",
        "SAU>EGY:04 SAU>JOR:04",
    ),
    ("NAIROBI", "Kenya and Uganda joined the negotiations on Tuesday.", "KEN>UGA:04 UGA>KEN:04"),
    (
        "ADDIS ABABA",
        "Chad and Sudan attended talks in Addis Ababa on Monday.",
        "TCD>SDN:04 SDN>TCD:04",
    ),
    ("N'DJAMENA", "Chad and Sudan held a summit in N'Djamena on Monday.", "TCD>SDN:04 SDN>TCD:04"),
    # the event's owner is met, the fellow guest not
    (
        "LIMA",
        "Peru and Chile attended the inauguration of Bolivia's president.",
        "PER>BOL:04 CHL>BOL:04",
    ),
]

ATTENDANCE_NONE: list[NearMiss] = [
    ("ADDIS ABABA", "Chad, along with Sudan, attended the summit in Addis Ababa."),
    ("GENEVA", "Kenya, together with Uganda, attended the conference on Monday."),
]

# A trip to a place for talks with another state's officials is a meeting with them, not a
# visit to the venue (v.travel_to; sides._talks_partners); talks with the host's own
# officials, or with one's own, keep the venue.
VENUES: list[Case] = [
    (
        "TOKYO",
        "The Japanese foreign minister flew to Geneva for talks with U.S. officials.",
        "JPN>USA:04",
    ),
    (
        "TEHRAN",
        "Iran's foreign minister traveled to Oman on Sunday for talks with American envoys.",
        "IRN>USA:04",
    ),
    (
        "SEOUL",
        "South Korea's trade minister flew to Brussels for a meeting with Chinese officials.",
        "KOR>CHN:04",
    ),
    # near misses
    (
        "TEHRAN",
        "Iran's foreign minister traveled to Oman for talks with Omani officials.",
        "IRN>OMN:04",
    ),
    ("TOKYO", "The Japanese foreign minister flew to Geneva on Monday.", "JPN>CHE:04"),
    (
        "DUSHANBE",
        "Tajik President Emomali Rahmon flew to Moscow for talks with his Russian counterpart.",
        "TJK>RUS:04",
    ),
]

# An offer to host or mediate that names no sides, by "It" opening the sentence after the
# same state's appeal to two states, is made to them (reactions._joined_appeal_sides), as
# when joined to the appeal in one sentence; another state's offer, or an offer after praise
# or after an appeal to one state, names no one.
OFFERS: list[Case] = [
    (
        "NAIROBI",
        "Kenya urged Sudan and South Sudan to reopen the border. It also offered to host a "
        "meeting.",
        "KEN>SDN:02 KEN>SSD:02 KEN>SDN:03 KEN>SSD:03",
    ),
    (
        "ANKARA",
        "Turkey called on Armenia and Azerbaijan to show restraint. It offered to host talks "
        "in Istanbul.",
        "TUR>ARM:02 TUR>AZE:02 TUR>ARM:03 TUR>AZE:03",
    ),
    # near misses
    (
        "DOHA",
        "Qatar urged Ethiopia and Egypt to resume talks on the dam. Oman offered to host a "
        "meeting in Muscat.",
        # session 68: another state's offer is made to the sides the appeal just named
        # (test_events_context209)
        "QAT>ETH:02 QAT>EGY:02 OMN>ETH:03 OMN>EGY:03",
    ),
    (
        "DOHA",
        "Qatar urged Ethiopia to resume talks on the dam. It offered to host a meeting in Doha.",
        "QAT>ETH:02",
    ),
]

NONE: list[NearMiss] = [
    ("CARACAS", "Venezuela returned to the list of top oil exporters in May."),
    *RESPONSES_NONE,
    *ATTENDANCE_NONE,
]
GAPS: list[Gap] = [
    (
        "DOHA",
        "Qatar urged Ethiopia and Egypt to resume talks on the dam. It offered to host them in "
        "Doha.",
        "QAT>ETH:02 QAT>EGY:02 QAT>ETH:03 QAT>EGY:03",
        "'host them': the pronoun object names the sides, yet no target is read from it",
    ),
]
CASES = RELISTED + RESPONSES + ATTENDANCE + VENUES + OFFERS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots21_codes(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
