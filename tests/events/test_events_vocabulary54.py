"""Vocabulary 54 (session 35, FRND): the words of friendship of data/events/affirmed.yaml.

Each noun, modifier and verb of trust the quoted friendship reads (events/affirmed.py) codes
praise (05) from the speaker's state to the state it is said of, in a row of its own; the
undoing words and suppositions code nothing, and a partner or ally (standings) codes only
with a word of closeness beside it ("a partner we trust"; "a key partner" is a standing). Every sentence was written for this file; each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SAID = "the Kenyan foreign minister said"

WORDS: list[Case] = [
    ("NAIROBI", f'"Uganda is a friend we value," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Our friendship with Uganda is old," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Uganda is a brother to every Kenyan," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Uganda is our sister republic," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Uganda is a partner we can always trust," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Our partnership with Uganda is unshakable," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Uganda is a loyal ally of long standing," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Uganda is family," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Uganda is a brotherly country," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Uganda is a fraternal nation," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"Uganda is a friendly neighbor," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"We trust Uganda," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"We can rely on Uganda," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"We can count on Uganda," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"We can depend on Uganda," {SAID}.', "KEN>UGA:05"),
    ("NAIROBI", f'"We have always believed in Uganda," {SAID}.', "KEN>UGA:05"),
]

NONE: list[NearMiss] = [
    ("NAIROBI", f'"Uganda was a former ally," {SAID}.'),
    ("NAIROBI", f'"Uganda is a rival, not a friend," {SAID}.'),
    ("NAIROBI", f'"Uganda would be a good partner," {SAID}.'),
    ("NAIROBI", f'"Uganda could be a friend one day," {SAID}.'),
    ("NAIROBI", f'"Uganda is no longer our partner," {SAID}.'),
    ("NAIROBI", f'"We do not trust Uganda," {SAID}.'),
    # a partner or ally with no word of closeness is a standing; a partner in trade
    ("NAIROBI", f'"Uganda is a key partner in the region," {SAID}.'),
    ("NAIROBI", f'"Uganda is our largest trading partner and a trusted one," {SAID}.'),
]

GAPS: list[Gap] = [
    (
        "NAIROBI",
        f'"Uganda is friendly," {SAID}.',
        "KEN>UGA:05",
        "affirmed._friendship_word reads a modifier of friendship only on a noun; a "
        "predicate adjective is not read",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(WORDS, NONE, GAPS)


def test_events_vocabulary54_bodies_are_unique() -> None:
    bodies = audit_bodies(WORDS, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(WORDS, NONE, GAPS))
def test_events_vocabulary54_words(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
