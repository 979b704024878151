"""Clauses 82 (session 62, helper J62): praise and blame told in a said-clause or a naming.

"The authorities have shown a strong commitment to reform," a lender's envoy said: a state its
speaker tells to have shown resolve is praised (05, v.say_shown_resolve), as one said to have
kept its word is; "described the plan as the most credible basis for talks": an act named an
achievement in an as-phrase is approved of (05, v.describe_praise), aimed at its author as
"called the plan a milestone" is; "said the report was full of falsehoods": a predicate of
fullness judges as what fills it (rules judged_fullness_words), so the report is called false
(11). Near misses: resolve weighed as too little, denied, asked for or the speaker's own; a
thing described as a threat or as something plain; a report full of details.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SHOWN_RESOLVE: list[Case] = [
    (
        "ACCRA",
        "The World Bank said in a statement that the Ghanaian authorities had shown a strong"
        " commitment to fiscal discipline.",
        "WB>GHA:05",
    ),
    (
        "BRUSSELS",
        "The European Union's envoy Anna Berg said Moldova had demonstrated real determination"
        " to fight corruption.",
        "EU>MDA:05",
    ),
]
DESCRIBED_PRAISE: list[Case] = [
    (
        "LIMA",
        "Peru described Chile's proposal for a joint fishing zone as a model for the region.",
        "PER>CHL:05",
    ),
    (
        "MANAGUA",
        'Nicaragua described the Honduran plan as "the most serious and credible basis" for'
        " talks on the gulf.",
        "NIC>HND:05",
    ),
]
# resolve asked for is a demand (v.say_must), a plan described as a threat a reproach
# (v.describe_as): no praise
NO_PRAISE: list[Case] = [
    (
        "ACCRA",
        "Germany's envoy said Ghana must show commitment to fiscal discipline.",
        "DEU>GHA:10",
    ),
    (
        "LIMA",
        "Peru described Chile's proposal for a joint fishing zone as a threat to its fleet.",
        "PER>CHL:11",
    ),
]
FULL_OF: list[Case] = [
    (
        "NAIROBI",
        "Kenya's government spokesman said Uganda's report on the shooting was full of falsehoods.",
        "KEN>UGA:11",
    ),
]
NOTHING: list[NearMiss] = [
    # resolve unweighed (a stance reported), weighed as too little, denied or the speaker's own
    ("ACCRA", "Germany's envoy said Ghana had shown its commitment to fiscal discipline."),
    ("ACCRA", "The bank's envoy said Ghana had shown little commitment to fiscal discipline."),
    ("ACCRA", "Germany's envoy said Ghana had not shown any commitment to fiscal discipline."),
    (
        "ACCRA",
        '"We have shown our commitment to fiscal discipline," Ghana\'s finance minister said.',
    ),
    # something else shown: no resolve
    ("ACCRA", "Germany's envoy said Ghana's figures showed the deficit had narrowed."),
    # a plan described plainly
    ("LIMA", "Peru described Chile's proposal as a plan for a joint fishing zone."),
    # a report full of plain things
    ("NAIROBI", "Kenya's government spokesman said Uganda's report was full of details."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(SHOWN_RESOLVE + DESCRIBED_PRAISE + NO_PRAISE + FULL_OF, NOTHING, GAPS)


def test_events_clauses82_bodies_are_unique() -> None:
    bodies = audit_bodies(SHOWN_RESOLVE + DESCRIBED_PRAISE + NO_PRAISE + FULL_OF, NOTHING, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    audit_params(SHOWN_RESOLVE + DESCRIBED_PRAISE + NO_PRAISE + FULL_OF, NOTHING, GAPS),
)
def test_events_clauses82_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
