"""Review 470 (session 69, RT69): the detention told in a participle on the people freed.

"Greek authorities freed four Turkish fishermen arrested in August": an agentless passive
participle on the object of a freeing verb tells the detention the release undoes, done by the
one who frees them (session 64's decision 4: an agentless passive whose doer is clear from the
story is that doer's event). extract `_undoing_head` gives `_undoer_of_done` (and
`_undone_in_clause`, which keeps both acts of the pair) the freeing verb for such a participle
(acl) or relative clause (relcl) on its object, as it gave the head of an after-clause ("released
six Kenyan engineers, three days after they were detained"). Open sets 104 (twice) and 89 code
the detention so told 17 required beside the release's 08.

Only participles of detention (rules detaining_participles: arrested, detained, held, interned). Near misses: people
freed from another's captivity ("kidnapped by a gang", by-phrase), people rescued (v.release's
unless_words), a person freed who was "convicted" or "jailed for three years" (a court's deed, a
sentence served: open sets 21 and 104 code the release alone), and a release with no participle.
A captivity's length ("detained since May", "held for six weeks": extract `_held_duration`) tells
the person, no taking (test_events_review18 keeps "freed two French tourists detained since May"
08 alone; set 104 codes "jailed for more than two years" so, while set 89 codes "who had been held
for six weeks" 17: a split for a convention).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ATHENS",
        "Greek authorities freed four Turkish fishermen arrested in August off Lesbos.",
        "GRC>TUR:08 GRC>TUR:17",
    ),
    (
        "ANKARA",
        "Turkey released two Greek fishermen detained near Imia on Sunday.",
        "TUR>GRC:08 TUR>GRC:17",
    ),
    (
        "NAIROBI",
        "Kenya freed 12 Somali traders detained last week and apologised.",
        "KEN>SOM:08 KEN>SOM:17",
    ),
    # the after-clause form, as before
    (
        "KAMPALA",
        "Ugandan soldiers released six Kenyan engineers, three days after they were detained.",
        "UGA>KEN:08 UGA>KEN:17",
    ),
]
# another's captives, people rescued, a release alone
NONE: list[NearMiss] = [
    ("NAIROBI", "Police freed two Kenyan engineers kidnapped by a gang."),
    ("ATHENS", "Greece freed three Turkish migrants rescued at sea."),
    # a conviction characterises the person freed: a court's deed, no holding (holding_verbs)
]
CASES += [
    ("ATHENS", "Greek authorities freed four Turkish fishermen on Monday.", "GRC>TUR:08"),
    # a court's deed or a sentence served tells the person (sets 21 and 104: the release alone)
    ("MINSK", "Belarus released a Lithuanian activist jailed for more than three years.", "BLR>LTU:08"),
    # a captivity's length tells the person, no taking (test_events_review18's "since May")
    ("ACCRA", "Ghana freed two Togolese traders arrested for smuggling.", "GHA>TGO:08 GHA>TGO:17"),
]
CASES += [
    (
        "TEHRAN",
        "Iran released a French tourist who had been held for six months on charges of spying.",
        "IRN>FRA:08",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review470_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review470_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
