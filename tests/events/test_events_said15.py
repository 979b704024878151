"""Said 15 (session 39, SAY): a hostile deed said to be begun by its doer blames it.

The census of required misses in silent sentences where a say-pattern is among the nearest
(all development sets) found border clashes told as who fired first: "said Lao troops had
opened fire first" accuses the troops' state (112), the charge that it began the fighting,
where "said Lao troops opened fire on the patrol" reports the fire (19) and no charge.

1. A reported clause whose verb is a hostile deed (a pattern of rules deed_roots fits it,
   clauses._deed_fits) and bears "first" after the verb (rules first_strike_adverbs) is read
   as an accusation (objects._struck_first adds the pseudo-word "provocation" to the clause's
   judged heads, which v.say_accuse lists); the clause's actor is the target.
2. "First" before the verb tells when ("first arrested the smugglers last year"); "was the
   first to recognize" tells no deed; a denial ("had not fired first") or a modal ("would
   never fire first") charges no one.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

STRUCK_FIRST: list[Case] = [
    ("BANGKOK", "Thailand said Cambodian soldiers fired first.", "THA>KHM:11"),
    (
        "BANGKOK",
        "Thailand's army said Cambodian soldiers had attacked first near the temple.",
        "THA>KHM:11",
    ),
    (
        "BANGKOK",
        '"Cambodian troops opened fire first," the Thai army spokesman said.',
        "THA>KHM:11",
    ),
    ("HANOI", "Vietnam said the Chinese coast guard rammed its boat first.", "VNM>CHN:11"),
    (
        "NEW DELHI",
        "India said Pakistani troops shelled Indian posts first.",
        "IND>PAK:11 PAK>IND:19",
    ),
    (
        "ISLAMABAD",
        "Pakistan said Indian forces had fired first on Tuesday when a patrol reached the river.",
        "PAK>IND:11",
    ),
]

NONE: list[NearMiss] = [
    # denied, or told as what one would never do
    ("BANGKOK", "Thailand said its troops had not fired first."),
    ("BANGKOK", "Thailand said Cambodian soldiers would never fire first."),
    # "first" before the verb tells when; "the first to" tells no deed
    ("BANGKOK", "Thailand said Cambodian police first arrested the smugglers last year."),
    ("BANGKOK", "Thailand said it was the first country to recognize the new government."),
    ("NEW DELHI", "India said Pakistan had come first in the tender."),
]

GAPS: list[Gap] = [
    (
        "NEW DELHI",
        "India said Pakistani troops had started the shooting.",
        "IND>PAK:11",
        'a start told by the verb ("started the shooting", "began the clash"), not by "first", '
        "is not read",
    ),
    (
        "BANGKOK",
        "Thailand said Cambodian soldiers had been the first to open fire.",
        "THA>KHM:11",
        '"the first to" with a deed in its infinitive is not read as "fired first"',
    ),
]

CASES = STRUCK_FIRST


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said15_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said15_struck_first(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
