"""Gaps named in session 13: echoes of a step, answers in kind, clauses read as noun phrases.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.

SIMILAR: "Estonia took a similar step", "announced a similar move", "took similar action"
repeat the act of the sentence before, as "did the same" does (echo_act_verbs with an
echo_nouns object that one of echo_modifiers qualifies); "a bold step", "may take" do not.

IN_KIND: "Paris responded in kind" after an act on France returns that act (its root), not a
threat (13); "vowed to respond in kind" still threatens, "may respond in kind" does nothing.

MISREAD: the parser reads "Pakistan voiced concern." and "Qatar's emir hosted Iran's
president" as noun phrases (the verb an amod of its object); the name before the verb is its
subject, the noun after it its object (_rootless_subject, _misread_head).

NAMED: "called Hungary's veto shameful", "called the move blackmail", "called Finland's move
reckless": the name the verb gives joined to its object by the parser (_joined_predicate).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SIMILAR: list[Case] = [
    (
        "RIGA, LATVIA",
        "Latvia expelled two Russian diplomats on Monday. Estonia took a similar step on Tuesday.",
        "LVA>RUS:16 EST>RUS:16",
    ),
    (
        "VILNIUS, LITHUANIA",
        "Lithuania expelled a Belarusian diplomat. Poland announced a similar move.",
        "LTU>BLR:16 POL>BLR:16",
    ),
    (
        "OSLO, NORWAY",
        "Norway recalled its ambassador to Iran. Denmark took similar action on Friday.",
        "NOR>IRN:16 DNK>IRN:16",
    ),
    (
        "PRAGUE, CZECH REPUBLIC",
        "The Czech Republic expelled a Russian diplomat. Slovakia made a similar move a day later.",
        "CZE>RUS:16 SVK>RUS:16",
    ),
    (
        "CANBERRA, AUSTRALIA",
        "Australia imposed sanctions on Iran. New Zealand adopted similar measures.",
        "AUS>IRN:16 NZL>IRN:16",
    ),
    (
        "TALLINN, ESTONIA",
        "Russia expelled two Estonian diplomats. Estonia took the same step a day later.",
        "RUS>EST:16 EST>RUS:16",
    ),
    # near-misses: a possibility, another kind of step, a denial
    (
        "RIGA, LATVIA",
        "Latvia expelled three Russian diplomats. Estonia may take a similar step.",
        "LVA>RUS:16",
    ),
    (
        "RIGA, LATVIA",
        "Latvia expelled a Russian diplomat. Estonia took a bold step toward energy independence.",
        "LVA>RUS:16",
    ),
    (
        "RIGA, LATVIA",
        "Latvia expelled four Russian diplomats. Estonia has not taken a similar step.",
        "LVA>RUS:16",
    ),
]

IN_KIND: list[Case] = [
    (
        "PARIS, FRANCE",
        "Algeria expelled 12 French diplomats. Paris responded in kind.",
        "DZA>FRA:16 FRA>DZA:16",
    ),
    (
        "MOSCOW, RUSSIA",
        "Britain expelled two Russian diplomats. Moscow retaliated in kind on Friday.",
        "GBR>RUS:16 RUS>GBR:16",
    ),
    (
        "BEIJING, CHINA",
        "The United States imposed tariffs on Chinese goods. China responded in kind.",
        "USA>CHN:16 CHN>USA:16",
    ),
    (
        "BERLIN, GERMANY",
        "Germany expelled four Russian diplomats. Russia reciprocated on Monday.",
        "DEU>RUS:16 RUS>DEU:16",
    ),
    (
        "OTTAWA, CANADA",
        "China detained two Canadian citizens. Canada answered in kind.",
        "CHN>CAN:17 CAN>CHN:17",
    ),
    # near-misses: a vow threatens, a possibility and a denial do nothing
    (
        "MOSCOW, RUSSIA",
        "Britain expelled three Russian diplomats. Moscow vowed to respond in kind.",
        "GBR>RUS:16 RUS>GBR:13",
    ),
    (
        "MOSCOW, RUSSIA",
        "Britain expelled a Russian diplomat. Moscow may respond in kind.",
        "GBR>RUS:16",
    ),
    (
        "MOSCOW, RUSSIA",
        "Britain expelled a Russian military attache. Moscow did not respond in kind.",
        "GBR>RUS:16",
    ),
    # a third party's answer in kind returns nothing (_in_kind_verbs)
    (
        "LONDON, BRITAIN",
        "Iran expelled two British diplomats. France responded in kind.",
        "IRN>GBR:16",
    ),
]

MISREAD: list[Case] = [
    (
        "NEW DELHI, INDIA",
        "India tested a ballistic missile on Sunday. Pakistan voiced concern.",
        "PAK>IND:11",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "Japan released treated water into the sea. Beijing condemned the release, and South "
        "Korea voiced concern.",
        "CHN>JPN:11 KOR>JPN:11",
    ),
    (
        "CANBERRA, AUSTRALIA",
        "China sent warships near Taiwan. Australia voiced alarm.",
        "CHN>TWN:15 AUS>CHN:11",
    ),
    (
        "ATHENS, GREECE",
        "Turkey sent a drill ship into disputed waters. Greece voiced anger.",
        "GRC>TUR:11",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "North Korea fired two missiles. Japan and South Korea voiced concern.",
        "JPN>PRK:11 KOR>PRK:11",
    ),
    ("DOHA, QATAR", "Qatar's emir hosted Iran's president on Monday.", "QAT>IRN:04"),
    (
        "ABU DHABI, UNITED ARAB EMIRATES",
        "The UAE's president hosted Egypt's president on Sunday.",
        "ARE>EGY:04",
    ),
    ("MUSCAT, OMAN", "Oman's sultan received Iran's foreign minister in Muscat.", "OMN>IRN:04"),
    ("DOHA, QATAR", "Qatar's emir hosted Turkey's president for talks on Gaza.", "QAT>TUR:04"),
]

MISREAD_NONE: list[NearMiss] = [
    ("ISLAMABAD, PAKISTAN", "Pakistan voiced concern about rising food prices."),
    ("DOHA, QATAR", "Qatar's emir hosted a dinner on Monday."),
]

NAMED: list[Case] = [
    ("KYIV, UKRAINE", "Ukraine called Hungary's veto shameful.", "UKR>HUN:11"),
    ("MOSCOW, RUSSIA", "Russia called Finland's move reckless on Tuesday.", "RUS>FIN:11"),
    ("TOKYO, JAPAN", "Japan called China's decision regrettable.", "JPN>CHN:11"),
    ("ANKARA, TURKEY", "Turkey called Sweden's decision unacceptable.", "TUR>SWE:11"),
    (
        "MANILA, PHILIPPINES",
        "Manila called Beijing's actions dangerous and illegal.",
        "PHL>CHN:11",
    ),
    (
        "CHISINAU, MOLDOVA",
        "Russia cut gas supplies to Moldova. Chisinau called the move blackmail.",
        "RUS>MDA:16 MDA>RUS:11",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea called Pyongyang's launch a grave provocation.",
        "KOR>PRK:11",
    ),
    # a call, no name given
    ("WARSAW, POLAND", "Poland called Germany's chancellor on Monday.", "POL>DEU:04"),
    # a good name is no blame, but praise of the author (v.call_praise's good names, session
    # 34: the gold codes "called the visit 'constructive'" 05)
    ("ROME, ITALY", "Italy called Spain's plan constructive.", "ITA>ESP:05"),
    ("PARIS, FRANCE", "France called Germany's proposal a good start.", "FRA>DEU:05"),
]

SIMILAR_NONE: list[NearMiss] = [
    # no act told before to repeat
    ("PARIS, FRANCE", "France took a similar step in 2019."),
    ("MADRID, SPAIN", "Spain took a similar approach to migration."),
]

NAMED_NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES = SIMILAR + IN_KIND + MISREAD + NAMED
NONE = SIMILAR_NONE + MISREAD_NONE + NAMED_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_gaps13_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_gaps13_codes_gaps(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
