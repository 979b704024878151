"""Said 9 (session 35, FRND): friendship, partnership and trust affirmed in quoted words (051).

'"Bolivia is a trusted friend," the Peruvian minister said' praises Bolivia in Peru's name
(05, 051), also in a quoted sentence with no saying verb of its own: the quotation's speaker
(newsgraph.quotes) gives the source, and the target is the state the friendship word is said
of (events/affirmed.py): the subject of its copula, a state under the noun ("a friend of
Bolivia", "our Bolivian friends"), the object of a verb of trust ("we trust Bolivia", "we can
count on Bolivia"), or the state a pronoun subject stands for earlier in the quotation ('"It
is a partner we can count on"'). One event per quotation and pair, in the sentence of its
attribution when that one affirms it too.

The said-clauses of a state's speaker and the pairs its words name no state of are in
test_events_roots38; the vocabulary row by row in test_events_vocabulary54.

Kept uncoded: an analyst's words, a relation denied or supposed ("no friend of ours", "if
Bolivia were our partner"), one past ("a former ally"), one held toward another state
("China's closest partner"), one between two other states ("Chile and Bolivia are
partners"), a friend who is a party to another act ("our Bolivian friends will respond"),
the speaker's own people ("our brothers in the diaspora"). Every sentence was written for
this file; each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

AFFIRMED: list[Case] = [
    # the predicate's subject
    (
        "LIMA",
        '"Bolivia is a brother nation," Peru\'s foreign minister told reporters in Lima.',
        "PER>BOL:05",
    ),
    # the speaker first, the state under the noun
    (
        "WINDHOEK",
        '"We are a faithful friend of Botswana," Namibia\'s president said at a rally.',
        "NAM>BWA:05",
    ),
    # a demonym under the noun, the noun in the copula's subject
    (
        "HANOI",
        '"The prosperity of our Laotian brothers is the prosperity of Vietnam," the '
        "Vietnamese prime minister said.",
        "VNM>LAO:05",
    ),
    # a verb of trust in a sentence with no saying verb
    (
        "TBILISI",
        "Georgia's prime minister spoke in Tbilisi on Friday. \"We trust Armenia. We have "
        'always trusted it," he said.',
        "GEO>ARM:05",
    ),
    # a pronoun subject: the state the quotation named before; one event, with the
    # attribution
    (
        "OSLO",
        "Norway's foreign minister spoke in Oslo on Monday. \"Iceland is a close friend. It is "
        'a partner we can count on in the Arctic," the Norwegian minister said.',
        "NOR>ISL:05",
    ),
    # the sentence codes another act of the pair: no second event
    (
        "SANTIAGO",
        '"We thank Uruguay, a true friend," Chile\'s foreign minister said.',
        "CHL>URY:05",
    ),
]

NONE: list[NearMiss] = [
    # an analyst's words
    (
        "LIMA",
        '"Bolivia is a trusted friend of Peru," said Jorge Salas, a historian at a private '
        "university in Lima.",
    ),
    # denied
    ("QUITO", '"Colombia is no friend of ours," Ecuador\'s defense minister said.'),
    # supposed
    (
        "QUITO",
        '"If Colombia were our partner, it would have warned us," Ecuador\'s defense minister '
        "said.",
    ),
    # past
    ("QUITO", '"Colombia was a former ally of this country," Ecuador\'s defense minister said.'),
    # held toward another state
    ("QUITO", "\"Colombia is Brazil's closest partner,\" Ecuador's defense minister said."),
    # two other states
    ("QUITO", '"Colombia and Brazil are partners," Ecuador\'s defense minister said.'),
    # a party to another act
    (
        "LUSAKA",
        '"We are confident our Malawian friends will answer soon," the Zambian trade minister '
        "said.",
    ),
    # the speaker's own people
    (
        "MANILA",
        '"Our brothers in the diaspora are the pride of this nation," the Philippine labor '
        "secretary said.",
    ),
]

GAPS: list[Gap] = [
    # a friend told by what it is not: "neighbor" alone is no word of friendship
    (
        "OTTAWA",
        '"Iceland is the neighbor we phone first," Canada\'s foreign minister said.',
        "CAN>ISL:05",
        "data/events/affirmed.yaml nouns hold no 'neighbor': a neighbor is a standing, and "
        "the closeness here is told by the relative clause only",
    ),
]

CASES = AFFIRMED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said9_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said9_affirmed(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
