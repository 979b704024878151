"""Review 101 (session 37, helper S49): parser misreadings of threats and reported seizures.

1. "threatened on Thursday to impose tariffs on Panamanian goods": with a phrase between the
   verb and its infinitive the parser hangs the infinitive as an adverbial clause, so the
   threat had no words of its own and no condition; after a verb of rules.yaml
   infinitive_verbs a bare to-infinitive is its complement again (context
   _adverbial_infinitives), and the threat reads its target and its unless-clause. A verb of
   motion keeps its purpose clause.
2. "boats, which it said were seized by the navy": the parser makes "which" the active subject
   of "seized" beside its passive "were"; a subject of a passive participle is its passive
   subject (context _passive_subjects), and a relative pronoun of a passive clause reported by
   a speech verb stands for the noun that verb's clause is on (context _reported_relative),
   the first of joined nouns too.
3. "Under the threatened measures, X would impose duties on Y": the terms of a threat told with
   a modal are the threat (13), not the measure done (extract._warned_act); "under the plan"
   keeps the announced measure.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a threat's infinitive past a time phrase
THREATS: list[Case] = [
    ("SANTIAGO", "Chile threatened on Monday to impose tariffs on Argentine wine.", "CHL>ARG:13"),
    (
        "NAIROBI",
        "Kenya threatened on Friday to impose duties on Ugandan sugar unless Uganda lifts its"
        " ban on Kenyan milk within two weeks.",
        "KEN>UGA:13",
    ),
    ("MOSCOW", "Russia threatened last week to cut gas supplies to Moldova.", "RUS>MDA:13"),
]

# 2. a seizure told in a relative clause through a speech verb
RELATIVES: list[Case] = [
    (
        "LIMA",
        "Peru demanded that Ecuador free two Peruvian fishing boats, which it said were seized by"
        " the Ecuadorian navy on Friday.",
        "PER>ECU:10 ECU>PER:17",
    ),
    (
        "LIMA",
        "Peru named two Peruvian fishing boats and their crews, which officials said had been"
        " seized by the Ecuadorian navy.",
        "ECU>PER:17",
    ),
]

# 3. the terms of a threat
TERMS: list[Case] = [
    (
        "NAIROBI",
        "Under the threatened measures, Kenya would impose duties of up to 30 percent on Ugandan"
        " sugar, the minister said.",
        "KEN>UGA:13",
    ),
    (
        "NAIROBI",
        "Under the plan, Kenya would impose duties on Ugandan sugar, the minister said.",
        "KEN>UGA:16",
    ),
]

NONE: list[NearMiss] = [
    ("NAIROBI", "The minister travelled on Monday to see the new port in Mombasa."),
]

GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru named two Peruvian fishing boats that it said were seized by the Ecuadorian navy.",
        "ECU>PER:17",
        "a clause opened by 'that' is parsed with 'said' as no relative clause, so the seizure"
        " has no patient",
    ),
]

CASES = THREATS + RELATIVES + TERMS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review101_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review101_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
