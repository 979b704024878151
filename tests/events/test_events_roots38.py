"""Roots 38 (session 35, FRND): friendship affirmed by a pair or in a said-clause (051).

A state's speaker who names no state but a pair ('"We are two brotherly nations"', '"we are
neighbors and brothers"', '"a sign of trust between our peoples"', '"between two partners"')
praises the state the story last told its own dealing with (extract._counterpart_of). A
said-clause of a state's speaker is read as its quotation is (affirmed._reports): "She said
Pakistan trusted Turkey", "said its partnership with Turkey was unshakable", "said Rome had
'always believed in Tunisia'" (events/affirmed.py).

Kept uncoded: "our brothers" alone (the speaker's own people, no pair), a pair with no
dealing told before, a said-clause of an analyst or of a saying verb denied, two other
states' partnership reported, what a deed is said to show ("said the visit showed that Malawi
was a reliable partner"), a verb of trust whose object is a thing of a state ("depended on
Bolivian gas"), a quotation that tells what friends do not do. Every sentence was written
for this file; each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MET = "Sierra Leone's president met Liberia's president in Freetown on Monday."

PAIRS: list[Case] = [
    (
        "FREETOWN",
        f'{MET} "We are two brotherly nations," the Sierra Leonean leader said.',
        "SLE>LBR:04 SLE>LBR:05",
    ),
    (
        "FREETOWN",
        f'{MET} "We are neighbors and brothers," the Sierra Leonean leader told reporters.',
        "SLE>LBR:04 SLE>LBR:05",
    ),
    (
        "FREETOWN",
        f'{MET} "This road is a sign of trust between our peoples," the Sierra Leonean leader '
        "said.",
        "SLE>LBR:04 SLE>LBR:05",
    ),
    (
        "FREETOWN",
        f'{MET} "Today we are two trusted partners with one plan," the Sierra Leonean leader said.',
        "SLE>LBR:04 SLE>LBR:05",
    ),
    # our brothers alone: the speaker's own people, no pair
    (
        "FREETOWN",
        f'{MET} "Our brothers abroad are welcome home," the Sierra Leonean leader said.',
        "SLE>LBR:04",
    ),
    # what friends do not do: a reproach, no praise
    (
        "FREETOWN",
        f'{MET} "We are friends, and friends do not close roads," the Sierra Leonean leader said.',
        "SLE>LBR:04",
    ),
]

REPORTED: list[Case] = [
    (
        "ISLAMABAD",
        "Pakistan's foreign minister said on Monday that Pakistan trusted Turkey.",
        "PAK>TUR:05",
    ),
    (
        "ISLAMABAD",
        "Pakistan's foreign ministry said its partnership with Turkey was unshakable.",
        "PAK>TUR:05",
    ),
    (
        "ROME",
        'Italy\'s foreign minister said Rome had "always believed in Tunisia."',
        "ITA>TUN:05",
    ),
]

# what a deed is said to show: an inference, not the speaker's own word of friendship
SHOWN: list[Case] = [
    (
        "LUSAKA",
        "Malawi's president flew to Harare on Monday. Zambia said the visit showed that "
        "Malawi was a reliable partner.",
        "MWI>ZWE:04",
    ),
]

NONE: list[NearMiss] = [
    # a pair with no dealing told before
    ("FREETOWN", '"We are two brotherly nations," the Sierra Leonean leader said.'),
    # an analyst's said-clause
    ("ISLAMABAD", "An analyst at a Karachi think tank said Pakistan trusted Turkey."),
    # the saying verb denied
    ("ISLAMABAD", "Pakistan's foreign ministry did not say whether Pakistan trusted Turkey."),
    # two other states
    ("ISLAMABAD", "Pakistan's foreign ministry said Iran and Turkey were partners."),
    # a thing of the state relied on
    ("LIMA", "Peru's energy minister said Peru depended on Bolivian gas."),
]

GAPS: list[Gap] = [
    # a pair named by a verb other than a copula
    (
        "FREETOWN",
        f'{MET} "This bridge joins two families," the Sierra Leonean leader said.',
        "SLE>LBR:04 SLE>LBR:05",
        "affirmed._predicated takes a word of friendship only in what a copula says; "
        "'joins two families' tells it by another verb",
    ),
]

CASES = PAIRS + REPORTED + SHOWN


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots38_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots38_pairs_and_reports(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
