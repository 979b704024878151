"""Vocabulary 120 (session 60, helper F60): verbs and nouns with a split prefix.

The tokenizer split "co-hosted", "re-opened" into prefix, hyphen and stem, and the parser
read the prefix as the subject; merged before the tagger (nlp._merge_split_prefixes) with
the stem's lemma, the verb is coded by the stem's patterns ("re-established ties" as
"established ties"), or by the joined word's ("co-operate": cooperate). Near misses: a
prefix word that names an act no pattern codes, a hyphened name, and a surname "Co".
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PREFIXED: list[Case] = [
    ("LIMA", "Peru re-opened its embassy in Quito on Thursday.", "PER>ECU:05"),
    ("SANTIAGO", "Chile re-established diplomatic ties with Bolivia on Friday.", "CHL>BOL:05"),
    ("TOKYO", "Japan co-finances the new port with Cambodia, the ministry said on Tuesday.", "JPN>KHM:07"),
    (
        "NAIROBI",
        "Kenya and Tanzania co-operate on border security, Kenya's foreign minister said.",
        "KEN>TZA:06 TZA>KEN:06",
    ),
]
NOT_PREFIXED: list[NearMiss] = [
    # a prefixed noun that names no act
    ("ACCRA", "Ghana's pre-election debate drew large crowds on Tuesday."),
    # an election at home
    ("DAKAR", "Senegal re-elected its president on Sunday."),
    # a surname "Co" after a title of a prefix word
    ("MADRID", "The co-president of the club, Ana Co, spoke in Madrid on Monday."),
]
GAPS: list[Gap] = [
    (
        "ROME",
        "Italy's co-chair of the contact group, Maria Rossi, met Libya's prime minister in"
        " Tripoli.",
        "ITA>LBY:04",
        "a co-chair named in apposition is not read as her state's official",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(PREFIXED, NOT_PREFIXED, GAPS)


def test_events_vocabulary120_bodies_are_unique() -> None:
    bodies = audit_bodies(PREFIXED, NOT_PREFIXED, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(PREFIXED, NOT_PREFIXED, GAPS))
def test_events_vocabulary120_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
