"""Clauses 97 (session 67, C67): a personal pronoun in a relative clause on the object of a
meeting, "met Y, whom he thanked", "received Y, who thanked him".

"Chile's president received Peru's foreign minister, whom he thanked for Peru's help": the
relative pronoun is the guest, so "he" is not the guest (no one thanks himself) but the one who
received him. Coreference took the nearest person, the guest, and the thanks were dropped as a
state acting on itself; so was "who thanked him" (him = the host). A personal pronoun that is
the other party of such a clause (coref._relative_host_subject) is the subject of the verb whose
object (or with-phrase: "spoke with Y, who thanked him") the clause hangs on, when that verb
has one person subject. The relative pronoun may sit under an infinitive ("whom she asked to
reopen the pass") or in a phrase ("with whom he signed a treaty").

Near misses: "who" as the clause's own subject with a pronoun inside a reported clause ("who
said he would visit"), "whom he had known for years" (no act), a relative clause on a subject
("Peru's minister, whom he thanked, ..." is no meeting's object: left to the nearest person).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # "whom he/she <acted>": the host acts on the guest
    (
        "SANTIAGO",
        "Chile's president received Peru's foreign minister, whom he thanked for Peru's help "
        "during the floods.",
        "CHL>PER:04 CHL>PER:05",
    ),
    (
        "NAIROBI",
        "Kenya's president hosted Uganda's president, whom he thanked for Uganda's support "
        "against the rebels.",
        "KEN>UGA:04 KEN>UGA:05",
    ),
    (
        "RABAT",
        "Morocco's king received Mauritania's president, whom he invited to a summit in Rabat.",
        "MAR>MRT:04 MAR>MRT:03",
    ),
    (
        "CANBERRA",
        "Australia's prime minister welcomed Fiji's prime minister, whom she praised for Fiji's "
        "leadership on climate.",
        "AUS>FJI:04 AUS>FJI:05",
    ),
    (
        "CAIRO",
        "Egypt's foreign minister telephoned his Sudanese counterpart, whom he urged to accept a "
        "ceasefire.",
        "EGY>SDN:04 EGY>SDN:02",
    ),
    # ... under an infinitive, or in a with-phrase
    (
        "MENDOZA",
        "Chile's foreign minister met Argentina's foreign minister, whom she asked to reopen the "
        "mountain pass.",
        "CHL>ARG:04 CHL>ARG:02",
    ),
    (
        "JAKARTA",
        "Indonesia's president met Malaysia's prime minister, with whom he signed a border "
        "treaty.",
        "IDN>MYS:04 IDN>MYS:05",
    ),
    # "who <acted on> him": the guest acts on the host
    (
        "LIMA",
        "Chile's president received Peru's foreign minister, who thanked him for Chile's help.",
        "CHL>PER:04 PER>CHL:05",
    ),
    (
        "ANKARA",
        "Turkey's president spoke with Azerbaijan's president, who thanked him for Turkey's "
        "support.",
        "TUR>AZE:04 AZE>TUR:05",
    ),
    # ... not a pronoun in a clause the guest reports, nor a clause telling no act
    (
        "CUSCO",
        "Chile's president met Peru's foreign minister, whom he had known for years.",
        "CHL>PER:04",
    ),
    (
        "AREQUIPA",
        "Chile's president met Peru's foreign minister, who said he would visit Santiago in May.",
        "CHL>PER:04 PER>CHL:04",
    ),
]
NONE: list[NearMiss] = [
    ("TACNA", "The mayor met the singer, whom he thanked for the concert."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses97_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses97_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
