"""Review 444 (session 68, K68): a naming verb's name hung inside its long object.

"Russia called the expulsion of its diplomats by Estonia unacceptable": the parser read the
name as the object of "by" (with "Estonia" its compound), "the deportation of 40 Peruvians
unacceptable" as an adjective after "Peruvians", and "Sweden's decision to allow the protest
a provocation" as the object of "allow" with "the protest" its subject, so v.call_names found
no name (needs-oprd) and the blame coded nothing. nlp._names_read_in_objects gives the name
back to the naming verb (nlp/naming_participles.yaml: call, describe, term, label, dub,
brand) when its object's words end the clause on a word no object can be: an adjective
after its noun, a noun object with a subject, a verb's second object, or an object after a
dative of a verb that gives nothing (nlp/giving_verbs.yaml).

Near misses: praise stays praise ("useful"); "called a summit to give the region a voice"
(a giving verb's two objects, no name); a harassment with no doer named. Gap: a by-phrase
the parser hangs on the naming verb itself.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MOSCOW",
        "Russia called the expulsion of its diplomats by Latvia unacceptable.",
        "RUS>LVA:11",
    ),
    (
        "NAIROBI",
        "Kenya called the arrest of two Kenyan journalists by Uganda unacceptable.",
        "KEN>UGA:11",
    ),
    (
        "ANKARA",
        "Turkey branded Denmark's decision to allow the rally a provocation.",
        "TUR>DNK:11",
    ),
    (
        "CAIRO",
        "Egypt called Sudan's decision to start building the dam a violation of the treaty.",
        "EGY>SDN:11",
    ),
    (
        "LONDON",
        "Britain termed Iran's decision to seize the ship a clear breach of maritime law.",
        "GBR>IRN:11",
    ),
    (
        "SEOUL",
        "South Korea called Japan's decision to give the island a new name a provocation.",
        "KOR>JPN:11",
    ),
]
# ... praise is no blame, and a giving verb's two objects hold no name
NONE: list[NearMiss] = [
    ("ATHENS", "Greece called the meeting of the two ministers in Nicosia useful."),
    ("ACCRA", "Ghana called a summit to give the region a stronger voice."),
    ("MANILA", "The Philippines called the harassment of 30 Filipino fishermen unacceptable."),
]
GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru called the detention of its fishermen by Ecuador illegal.",
        "PER>ECU:11",
        "the parser hangs the by-phrase on the verb (its name is read), and v.call_names takes "
        "no agent there",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review444_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review444_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
