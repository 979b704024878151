"""Context 48 (session 29, helper S31): talks or a deal marked as earlier ones are not the
ones the story told, so a go-between's or host's act on them takes no sides from before.

"Mali and Niger signed a truce ... Previous ceasefires brokered by Algeria collapsed": the
mediation context gave the sides told before (Mali, Niger) to any deal noun with no sides
of its own; a deal or talks marked previous, past, earlier, prior or former
(earlier_talk_marks, sides._earlier_talks) are others, whose sides are not told. Kept: the
deal told ("The truce was brokered by Algeria"), and earlier talks that name their sides.

"Honduras' president had promised during the campaign to restore ties with Taipei" coded
the restoring as done (050): the parser hung "to restore" on "campaign", so no governor was
above it. An infinitive on the noun of a verb's adverbial phrase is that verb's when the verb
governs intent or no act (intent_governors, blocking_governors) and has no clause of its own
(parties._stranded_infinitive_host): a promise (03), not a restoring; not when the noun
governs its own infinitive ("asked the court for permission to join the case").
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_TRUCE = "Mali and Niger signed a truce in Doha on Monday. "
_PAIR = "MLI>NER:05 NER>MLI:05"

# the deal just told, mediated: its sides are those told before
CASES: list[Case] = [
    ("BAMAKO", _TRUCE + "The truce was brokered by Algeria.", _PAIR + " DZA>MLI:04 DZA>NER:04"),
    (
        "NIAMEY",
        _TRUCE + "Earlier talks between Mali and Niger hosted by Senegal ended without a deal.",
        _PAIR + " SEN>MLI:04 SEN>NER:04 MLI>NER:04 NER>MLI:04",
    ),
    # an earlier deal's go-between: no sides from the story
    (
        "GAO",
        _TRUCE + "Previous ceasefires brokered by Algeria and Senegal collapsed within days.",
        _PAIR,
    ),
    ("AGADEZ", _TRUCE + "Earlier talks hosted by Senegal ended without a deal.", _PAIR),
    ("TIMBUKTU", _TRUCE + "Past truces mediated by Ghana broke down within weeks.", _PAIR),
    ("ZINDER", _TRUCE + "Prior agreements brokered by Togo were never carried out.", _PAIR),
]

# an infinitive hung on the noun of a promise's adverbial phrase: promised, not done
PROMISED: list[Case] = [
    (
        "ASUNCION",
        "Paraguay's president had promised during the campaign to restore ties with Beijing.",
        "PRY>CHN:03",
    ),
    (
        "SANTIAGO",
        "Chile's president vowed during the campaign to reopen the embassy in La Paz.",
        "CHL>BOL:03",
    ),
    # kept: a noun that governs its own infinitive ("permission to join"), leave sought for
    # the seeker's own act (the lead, at landing: S28's join rule and this one met in set 28)
    (
        "LJUBLJANA",
        "Slovenia's foreign minister said Ljubljana would ask the court for permission to join "
        "the case on the side of Croatia.",
        "SVN>HRV:03",
    ),
    # kept: the infinitive under the verb itself, and a refusal
    (
        "QUITO",
        "Ecuador's new leader pledged in his inaugural speech to restore relations with Mexico.",
        "ECU>MEX:03",
    ),
    ("NAIROBI", "Kenya refused at the meeting to sign the deal with Somalia.", "KEN>SOM:12"),
]

# near-misses: an earlier deal with no story told before it
NONE: list[NearMiss] = [
    ("MOPTI", "Previous ceasefires brokered by Algeria collapsed within days."),
]

GAPS: list[Gap] = [
    (
        "KAYES",
        _TRUCE + "Past rounds of talks mediated by Algeria ended without a deal.",
        _PAIR,
        "the mark stands on the measure ('rounds of talks'), not on the talks the verb's noun is",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES + PROMISED, NONE, GAPS)


def test_events_context48_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES + PROMISED, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES + PROMISED, NONE, GAPS)
)
def test_events_context48_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
