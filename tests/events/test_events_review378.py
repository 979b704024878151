"""Review 378 (session 66, X66): "the act" answered, and passives that keep an object holding
the gift.

"Iran seized a Greek tanker ... Athens condemned the act as piracy": "act" was no act noun, so
the condemnation found no earlier act to answer (rules act_nouns; "the move", "the seizure"
already did). An act of parliament is still a law judged ("condemned the act" after "passed a
media act").

"Sudan was given $300 million in emergency loans by the World Bank": a passive keeps its
object and its subject is the receiver (sides._retained_object), but only when the pattern's
noun was that object itself; now also when the noun is the content of the kept amount ("$300
million in loans"). Not a compound noun's modifier ("a large credit line"): read so, "the
ambassador had been handed a protest note demanding the release of ..." coded the handed note
(114) over the demand it carries (set 50 lost its 10), so that stays a gap.

Near misses: the act judged by no state (sailors); a seat granted with no giver.

Every sentence was written for this file (X66's battery). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TEHRAN",
        "Iran seized a Greek tanker in the Gulf of Oman. Athens condemned the act as piracy.",
        "IRN>GRC:17 GRC>IRN:11",
    ),
    ("TEHRAN", "Iran seized a Greek tanker on Wednesday. Greece called the act piracy.", "IRN>GRC:17 GRC>IRN:11"),
    ("VILNIUS", "Belarus detained a Lithuanian lorry driver. Lithuania denounced the act.", "BLR>LTU:17 LTU>BLR:11"),
    (
        "BUDAPEST",
        "Hungary's parliament passed a media act on Monday. The European Union condemned the act.",
        "EU>HUN:11",
    ),
    # ... not judged by a state
    (
        "TEHRAN",
        "Iran seized a Greek tanker on Wednesday. Greek sailors said the act was terrifying.",
        "IRN>GRC:17",
    ),
    # a passive keeping its object: the gift inside it
    ("KHARTOUM", "Sudan was given $300 million in emergency loans by the World Bank.", "WB>SDN:07"),
    ("KYIV", "Ukraine was sent 40 tanks by Poland.", "POL>UKR:07"),
]
NONE: list[NearMiss] = [
    ("NAIROBI", "Kenya was granted a seat on the council last year."),
]
GAPS: list[Gap] = [
    (
        "HARARE",
        "Zimbabwe was granted a large credit line by China.",
        "CHN>ZWE:07",
        "the pattern's noun is a compound modifier of the kept object, not read as kept",
    ),
    (
        "KABUL",
        "The Afghan envoy was handed a strongly worded protest note by Pakistan.",
        "PAK>AFG:11",
        "'protest' is a compound modifier of the kept 'note', not read as kept (see above)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review378_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review378_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
