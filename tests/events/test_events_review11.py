"""Reactions to an act told in the same sentence's relative or subordinate clause (issue #5).

RELATIVE: a relative clause on a reacted-to act noun that only tells, judges or answers the act
("the strike, which Lithuania blamed on Belarusian helicopters", "which Baghdad said was carried
out by Turkish jets", "which Brasilia called illegal") names no author by its subject: only the
doer it names ("blamed on", "carried out by") is the reaction's target, else the author told
before; "blamed the cyberattack on Russian hackers" is itself a charge (112). A clause whose
verb does the act ("the sanctions Washington imposed") still names the author.
AFTER: a reaction with no target of its own whose act is told later in a clause or phrase after
"after", "following", "over" or "upon" ("protested after Chinese survey ships entered its zone",
"condemned the raid, calling it ..., after Egyptian jets bombed a camp") answers that act; a
named addressee is kept ("protested to Manila after ..."), a storm or a meeting answers nothing.
OWN: "its" on the object of a reported act, or of the act a reaction answers, tied by the
resolver to the speaker or reactor, is that state ("Cyprus said Turkish warplanes had violated
its airspace"); "its own rules", "its allies" are not.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

RELATIVE: list[Case] = [
    (
        "WARSAW",
        "Poland condemned the strike, which Lithuania blamed on Belarusian helicopters.",
        "POL>BLR:11 LTU>BLR:11",
    ),
    (
        "OSLO",
        "Norway condemned the raid, which Baghdad said was carried out by Turkish jets.",
        "NOR>TUR:11",
    ),
    (
        "OTTAWA",
        "Canada imposed tariffs on Brazilian steel. Argentina criticized the tariffs, which "
        "Brasilia called illegal.",
        "CAN>BRA:16 ARG>CAN:11",
    ),
    (
        "PARIS",
        "France criticized the sanctions Washington imposed on Venezuelan banks.",
        "FRA>USA:11 USA>VEN:16",
    ),
    ("RIGA", "Latvia blamed the cyberattack on Russian hackers.", "LVA>RUS:11"),
    # a deed's noun that is no act noun: its patterns' roots say it is one
    (
        "AMMAN",
        "Jordan condemned the bombing, which Iraq attributed to Turkish drones.",
        "JOR>TUR:11",
    ),
    (
        "CHISINAU",
        "Moldova condemned the shelling, which Kyiv blamed on Russian artillery.",
        "MDA>RUS:11 UKR>RUS:11",
    ),
]

RELATIVE_NONE: list[NearMiss] = [
    # the clause's subject only answers the act: no author, none told before
    ("ROME", "Italy condemned the bombing, for which no group has claimed responsibility."),
    ("ROME", "Italy condemned the attack, which Tunisia denied carrying out."),
    ("ROME", "Italy condemned the attack, which Tunisia blamed on smugglers."),
    ("RIGA", "Latvia blamed the outage on a faulty cable."),
    ("CHISINAU", "Moldova condemned the shelling, which Kyiv reported on Monday."),
]

AFTER: list[Case] = [
    (
        "HANOI",
        "Vietnam protested after Chinese survey ships entered its exclusive economic zone.",
        "VNM>CHN:11 CHN>VNM:15",
    ),
    (
        "MANILA",
        "The Philippines lodged a protest after a Chinese coast guard ship rammed a Philippine "
        "supply boat.",
        "PHL>CHN:11 CHN>PHL:19",
    ),
    (
        "ALGIERS",
        "Algeria condemned the raid, calling it a breach of Libyan sovereignty, after Egyptian "
        "jets bombed a camp in Libya.",
        "DZA>EGY:11 EGY>LBY:19",
    ),
    (
        "SEOUL",
        "South Korea protested following the seizure of its fishing boat by Chinese forces.",
        "KOR>CHN:11 CHN>KOR:17",
    ),
    # a named addressee is kept: the target is who is addressed
    (
        "HANOI",
        "Vietnam protested to Manila after Chinese ships entered its waters.",
        "VNM>PHL:11 CHN>VNM:15",
    ),
    # a meeting is no act to answer
    (
        "HANOI",
        "Vietnam's foreign minister protested after meeting Chinese officials in Beijing.",
        "VNM>CHN:04",
    ),
]

AFTER_NONE: list[NearMiss] = [
    ("HANOI", "Vietnam protested after a typhoon hit its northern coast."),
    ("SEOUL", "South Korea protested after the floods hit Busan."),
]

OWN: list[Case] = [
    (
        "NICOSIA",
        "Cyprus said Turkish warplanes had violated its airspace twice on Monday.",
        "CYP>TUR:11 TUR>CYP:15",
    ),
    (
        "TOKYO",
        "Japan said Chinese coast guard vessels had seized its fishing boats.",
        "CHN>JPN:17",
    ),
    # "its own": the clause subject's
    ("NICOSIA", "Cyprus said Turkey had violated its own rules on trade.", "CYP>TUR:11"),
]

OWN_NONE: list[NearMiss] = [
    ("PARIS", "France said Russia had attacked its allies."),
]

GAPS: list[Gap] = [
    (
        "RIGA",
        "Latvia condemned the invasion, which Moscow called a special operation.",
        "LVA>RUS:11",
        "a relative clause that only names the act gives no author, even when its subject is "
        "the doer",
    ),
    (
        "NICOSIA",
        "Turkish warplanes violated its airspace on Monday, Cyprus said.",
        "CYP>TUR:11 TUR>CYP:15",
        "the resolver ties a possessive told before its speaker to the clause subject",
    ),
]

CASES = RELATIVE + AFTER + OWN
NONE = RELATIVE_NONE + AFTER_NONE + OWN_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review11_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review11_codes_reactions_to_clause_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
