"""Said 5 (session 33, NOCODE): a state its speaker names a friend, family or trusted
partner of the speaker's own state is praised (v.say_partner, 051), each tested on sentences
written here.

Coded: kin or a friend named is closeness itself ('"Ecuador and Peru are family," the
Ecuadorian minister said', '"Laos and Cambodia are good friends of Vietnam," a Vietnamese
spokesperson said'); of joined subjects the one not the speaker's is praised; a predicate's
conjunct is a role too ("our closest neighbor and our most important partner"); an of-phrase
or possessive elsewhere in the clause is no bar ("a trusted partner in Italy's energy
security"). Kept uncoded: a relation held toward another state ("a friend of Thailand",
"Thailand's closest partner"), a denial, a condition, a former friend, a partner with no word
of trust, a family that is no state. Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FRIEND_OF_SPEAKER: list[Case] = [
    (
        "OSLO",
        '"Sweden is a partner we can rely on," the Norwegian minister told reporters.',
        "NOR>SWE:05",
    ),
    (
        "QUITO",
        '"Ecuador and Peru are family, and families look after each other," the Ecuadorian'
        " minister said.",
        "ECU>PER:05",
    ),
    (
        "LIMA",
        '"Bolivia is family to millions of Peruvians," Peru\'s trade minister said in a statement.',
        "PER>BOL:05",
    ),
    (
        "HANOI",
        '"Laos and Cambodia are good friends of Vietnam," a Vietnamese Foreign Ministry'
        " spokesperson said.",
        "VNM>LAO:05 VNM>KHM:05",
    ),
    (
        "ROME",
        '"Tunisia is a trusted partner in Italy\'s energy security," the Italian prime minister'
        " told a news conference.",
        "ITA>TUN:05",
    ),
    (
        "ULAANBAATAR",
        '"Kazakhstan is our closest neighbor and our most important partner," the Mongolian'
        " president said.",
        "MNG>KAZ:05",
    ),
    ("ACCRA", "The Ghanaian foreign minister said Togo was a true friend.", "GHA>TGO:05"),
]

NONE: list[NearMiss] = [
    # a relation held toward another state: its of-phrase or possessor names it
    ("HANOI", '"Laos is a friend of Thailand," the Vietnamese minister said.'),
    ("HANOI", '"Laos is Thailand\'s closest partner," the Vietnamese minister said.'),
    # denied, only supposed, or past
    ("HANOI", "The Vietnamese minister said Laos was not a friend."),
    ("HANOI", '"Laos would be a friend if it opened the border," the Vietnamese minister said.'),
    ("LIMA", "The Peruvian minister said Bolivia was a former friend."),
    # a partner with no word of trust is a standing; a family that is no state
    ("LIMA", '"Bolivia is a partner in the project," the Peruvian minister said.'),
    ("LIMA", '"Our family is waiting for news," the Peruvian minister said.'),
]

GAPS: list[Gap] = [
    (
        "HANOI",
        '"We are a friend of Laos, but a friend does not cross a border without asking," the'
        " Vietnamese minister told reporters.",
        "VNM>LAO:05",
        "the speaker's own state is the subject and the friend its of-phrase: role_clause"
        " reads only a subject that is not the speaker",
    ),
]
CASES = FRIEND_OF_SPEAKER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said5_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said5_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
