"""Vocabulary 79 (session 46, P7): a name given to another state's act, read by the parser as
anything but an object and its name, coded nothing.

- A naming verb's small clause (context._small_clause_names): "branded Russia's annexation
  illegal" is parsed as a verbless clause ("annexation" the subject of "illegal"), "branded
  the vote a sham" as two objects, "branded Iran's launch a provocation" as an object of the
  object, "called the vote rigged" as a participle on the object, "branded Israel's blockade
  of the port illegal" with the adjective inside the object's phrase, "called Serbia's
  election fraudulent" as one noun phrase. Each is read as object and name (oprd), so
  v.call_names judges the name as it does "called Russia's annexation illegal".
- Verbs of a verdict (rules verdict_verbs: declare, deem, pronounce) give a name as naming
  verbs do; only a wrong named codes them (v.declare_wrong, 111): "deemed Russia's referendum
  illegal", "declared the Venezuelan election fraudulent"; "declared the envoy persona non
  grata" stays an expulsion, "declared the proposal acceptable" is no rebuke.
- A vote named a cheat or void (fraudulent, rigged, fraud, invalid, void) is a wrong named.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a verbless clause under the naming verb
    ("OSLO", "Norway branded Russia's annexation of the islands illegal.", "NOR>RUS:11"),
    ("HELSINKI", "Finland branded the Russian blockade illegal.", "FIN>RUS:11"),
    ("TALLINN", "Estonia branded Minsk's referendum illegal under international law.", "EST>BLR:11"),
    ("RIGA", "Latvia branded China's export curbs unjustified and counterproductive.", "LVA>CHN:11"),
    # two objects, or an object of the object
    ("TOKYO", "Japan branded North Korea's launch a provocation.", "JPN>PRK:11"),
    ("VILNIUS", "Lithuania branded the Russian blockade a violation of international law.", "LTU>RUS:11"),
    # a participle or an adjective hung inside the object
    ("HELSINKI", "Finland called the Belarusian vote rigged.", "FIN>BLR:11"),
    ("DUBLIN", "Ireland branded Israel's blockade of the port illegal.", "IRL>ISR:11"),
    # the thing named read as a modifier of the name
    ("VIENNA", "Austria called Serbia's election fraudulent.", "AUT>SRB:11"),
    # verbs of a verdict
    ("LONDON", "Britain deemed Russia's referendum illegal.", "GBR>RUS:11"),
    ("THE HAGUE", "The Dutch government declared the Venezuelan election fraudulent.", "NLD>VEN:11"),
    ("OTTAWA", "Canada declared Nicaragua's election invalid.", "CAN>NIC:11"),
    ("MADRID", "Spain declared Belarus's vote a fraud.", "ESP>BLR:11"),
    # a praise given stays a praise, a call stays a call
    ("LIMA", "Peru called Chile's response constructive.", "PER>CHL:05"),
    ("LIMA", "Peru called Chile's proposal a good start.", "PER>CHL:05"),
    ("OSLO", "Norway called Russia's ambassador on Tuesday.", "NOR>RUS:04"),
]

NEAR_MISSES: list[NearMiss] = [
    # a praise or a plain name given
    ("NAIROBI", "Kenya termed Uganda's offer helpful."),
    ("ACCRA", "Ghana termed Togo's terms fair."),
    # the verb in another sense
    ("LIMA", "Peru branded its own cattle last week."),
    # a verdict that names no wrong, or a state's own affair
    ("LONDON", "Britain declared Russia's proposal acceptable."),
    ("LONDON", "Britain declared the flooded region a disaster zone."),
    ("LONDON", "Britain deemed the new stadium a success."),
    # a name given to no state's act
    ("HELSINKI", "Finland branded the vote a sham."),
]

GAPS: list[Gap] = [
    (
        "THE HAGUE",
        "The Dutch government declared Venezuela's election null and void.",
        "NLD>VEN:11",
        "a coordinated name of two words is read as a clause of its own; not traced",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary79_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary79_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
