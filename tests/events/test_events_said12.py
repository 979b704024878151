"""Said 12 (session 37, NOEV): support and appeals said of a named state, with no event before.

The census of required misses in silent sentences that name both actors (roots 05 and 02) put
these shapes first; each is now a pattern or a word of one:

1. A state's whole people stood by ("Beijing stands with the Filipino people") is that state
   supported (v.stand_with_people, 051); a group of them ("Filipino fishermen") is v.stand_with's.
2. A state said never to have been, or never to be, abandoned ("Algeria has never abandoned
   Tunisia") is backed (v.never_abandon, 051; 030 when only vowed); abandoning is no support,
   and talks or a state's own citizens not abandoned name no other state.
3. A state respected or treated as a brother or partner is held a friend, as one regarded so
   (v.regard_as_friend gains respect and treat), and so is one held "one of" its partners (the
   of-phrase of "one" names the kind: objects._needs as_phrase) or a pillar of a common good
   (pillar, anchor, bulwark, cornerstone, as v.call_friend); a rival or a trading partner is not.
4. A state expected to take another's concerns into account, to do the same or to follow suit
   is called on to (v.expect_restraint, 020), and one expected not to do something is asked to
   refrain (v.expect_compliance, 100); an expectation denied, or a forecast by analysts, asks
   nothing.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PEOPLE: list[Case] = [
    (
        "MANILA",
        'The Chinese Embassy said Beijing "stands with the Filipino people after the floods."',
        "CHN>PHL:05",
    ),
    ("ROME", "Italy stood by the Greek people during the wildfires.", "ITA>GRC:05"),
    ("TOKYO", "Japan stands behind the Ukrainian nation, the prime minister said.", "JPN>UKR:05"),
    # vowed not to stay passive: no support (v.not_remain_indifferent's, with nothing before)
    ("ANKARA", "Turkey would not stand idly by the Syrian people, its president said.", ""),
]

ABANDONED: list[Case] = [
    (
        "ALGIERS",
        '"Morocco has never abandoned Mauritania, and it never will," the king told lawmakers.',
        "MAR>MRT:05",
    ),
    ("CAIRO", "Egypt did not desert Sudan in its darkest hour, the minister said.", "EGY>SDN:05"),
    # vowed: an intent of support
    ("MOSCOW", "Russia said it would never abandon Belarus.", "RUS>BLR:03"),
]

REGARDED: list[Case] = [
    ("ACCRA", '"Benin respects Niger as a brother," the Beninese president said.', "BEN>NER:05"),
    (
        "LIMA",
        "Peru treats Ecuador as a trusted partner, the Peruvian foreign minister said.",
        "PER>ECU:05",
    ),
    # one of a kind: the of-phrase names the kind
    ("MUSCAT", "Saudi Arabia regards Oman as one of its most trusted partners.", "SAU>OMN:05"),
    # a support of a common good
    ("AMMAN", "Kuwait sees Jordan as a pillar of stability in the region.", "KWT>JOR:05"),
]

EXPECTED: list[Case] = [
    (
        "HANOI",
        "Vietnam expected Cambodia to take its security concerns into account, a spokesman said.",
        "VNM>KHM:02",
    ),
    (
        "SEOUL",
        "South Korea expects Japan to take the victims' feelings into consideration.",
        "KOR>JPN:02",
    ),
    ("OSLO", '"We expect Finland to do the same," the Norwegian minister said.', "NOR>FIN:02"),
    ("RIGA", "Latvia expects Estonia to follow suit.", "LVA>EST:02"),
    (
        "KABUL",
        "Pakistan expects Afghanistan not to let militants use its soil, the ministry said.",
        "PAK>AFG:10",
    ),
]

NONE: list[NearMiss] = [
    ("MOSCOW", "Russia abandoned Armenia, the Armenian opposition said."),
    ("MOSCOW", "Russia did not abandon the talks with Georgia."),
    ("MOSCOW", "Russia has never abandoned its citizens abroad."),
    ("ACCRA", "Benin treats Niger as a rival."),
    ("MUSCAT", "Saudi Arabia regards Iran as one of its main rivals."),
    ("MUSCAT", "Saudi Arabia sees India as one of its largest trading partners."),
    ("MUSCAT", "Saudi Arabia regards the pipeline as one of the pillars of its strategy."),
    ("HANOI", "Vietnam does not expect Cambodia to change course."),
    ("HANOI", "Analysts expect Vietnam not to cut interest rates."),
    ("HANOI", "Vietnam expects Cambodia to remain its top trading partner."),
]

GAPS: list[Gap] = [
    (
        "DHAKA",
        "India expected Nepal's territory \"not to be used against India's interests.\"",
        "IND>NPL:10",
        "the state owns the subject of the expected clause (a possessive): ccomp_subj reads "
        "the subject's own noun only",
    ),
]

CASES = PEOPLE + ABANDONED + REGARDED + EXPECTED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said12_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said12_support_and_appeals(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
