"""Review 396 (session 67, O100): a sentence's verb after a prepositional aside on its subject.

"Greece, in a statement on Friday, called on Turkey to ...", "The U.S. ambassador to NATO, in
a post on social media, called on Skopje to ...", "Albania, by contrast, offered ...": the
parser hung the verb on the subject as a participle (acl), the sentence rooted on the noun,
and no pattern found its subject. As for a participle phrase between them
(nlp._verb_read_as_phrase), the past verb right after the comma closing one prepositional
phrase set off by commas is restored as the root (nlp._verb_after_aside): only a subject whose
own words run up to the aside, an aside that is one phrase, and a verb with no subject and no
by-agent of its own. A sentence may end on a quotation's closing mark, as a relative clause's
misread verb may (nlp._FULL_SENTENCE_ENDS).

Near misses: a verb with its by-agent ("The tanker, in the port of Piraeus, seized by Greece
...") and a noun subject's own verb that names no act stay as they were.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("ATHENS", "Greece, in a statement on Friday, called on Turkey to withdraw its survey ship.", "GRC>TUR:02"),
    (
        "SKOPJE",
        "The Greek ambassador to the United Nations, in a post on social media, called on North "
        "Macedonia to honour the accord.",
        "GRC>MKD:02",
    ),
    ("TIRANA", "Albania, by contrast, offered on Tuesday to send 60 more troops to Kosovo.", "ALB>XKX:03"),
    ("SOFIA", "Bulgaria, for its part, called on Romania to reopen the crossing.", "BGR>ROU:02"),
    # ... also in a sentence that ends on a quotation's closing mark
    (
        "VALLETTA",
        'The Italian ambassador to the EU, in a post on social media, called on Malta to "stand '
        'with the partners who stood with it."',
        "ITA>MLT:02",
    ),
    ("NICOSIA", "Cyprus, in a statement on Friday, called on Turkey to \u201crespect the law.\u201d", "CYP>TUR:02"),
    # ... as already coded: an aside whose verb the parser reads as the root
    ("ATHENS", "Greece, in a speech on Monday, praised North Macedonia.", "GRC>MKD:05"),
]
NONE: list[NearMiss] = [
    ("ATHENS", "The tanker, in the port of Piraeus, seized by Greece last week, was released."),
    ("ATHENS", "The resolution, in its final form, passed with nine votes."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review396_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review396_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
