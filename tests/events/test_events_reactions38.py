"""Reactions 38 (session 32, helper SIL11): a rejection of a thing a relative clause gives to
a state is aimed at that state, also when the clause opens with a relative pronoun.

"Rejected the conditions Morocco set" already named Morocco (parties._actors_of: a past
relative clause with no object of its own on the verb's object tells who made the thing).
"Rejected a map that Chile filed", "the terms which Togo had set" stopped there: the parser
gives the clause its pronoun as object, so the clause seemed to have an object of its own and
no author was read. A relative pronoun is the clause's gap, not its object. The clause must
still be told as done, its subject a state (not ranchers), and the thing not the speaker's
own; people held ("the smugglers whom X arrested") stay out as before.

The census's other unbuilt forms (appositions, a sought condition, criticism of a deed named
by a noun of its own, a defence of one's own act as necessary) are Gaps below. Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a relative pronoun as the clause's object is its gap: the clause's subject made the thing
GAP_PRONOUN: list[Case] = [
    ("LA PAZ", "Bolivia rejected a map that Paraguay drew last month.", "BOL>PRY:12"),
    (
        "NAIROBI",
        "Kenya's Foreign Ministry said it had handed a note to Tanzania's ambassador, rejecting "
        "a map that Tanzania filed with the United Nations in March.",
        "KEN>TZA:12",
    ),
    ("ACCRA", "Ghana dismissed the terms which Togo had set for the talks.", "GHA>TGO:12"),
    ("HANOI", "Vietnam rejected a chart that Cambodia published on Monday.", "VNM>KHM:12"),
    # the same reading serves approval (051 as the bare relative clause gives it)
    ("TIRANA", "Albania praised the reforms which Montenegro adopted.", "ALB>MNE:05"),
]

# near-misses: a private maker, negation, a hypothetical, the speaker's own thing, people held
NONE: list[NearMiss] = [
    ("LA PAZ", "Bolivia rejected a map that Paraguayan ranchers drew last month."),
    ("LA PAZ", "Bolivia did not reject the map that Paraguay drew."),
    ("LA PAZ", "Bolivia would reject any map that Paraguay drew."),
    ("LA PAZ", "Bolivia rejected a map that it drew in 1990."),
    ("LA PAZ", "Bolivia condemned the smugglers whom Paraguay arrested."),
]

GAPS: list[Gap] = [
    (
        "LA PAZ",
        '"Bolivia rejects the map that Paraguay drew," a Chilean columnist wrote.',
        "",
        "a columnist's quoted words are coded as the state's act ('\"Bolivia rejects "
        "Paraguay's map,\" a columnist wrote' does the same on main): the quote's speaker is "
        "not read",
    ),
    (
        "LA PAZ",
        "Bolivia rejected the terms Paraguay had sought.",
        "BOL>PRY:12",
        "a clause of seeking is read as intent only (_modality), so its subject is no author",
    ),
    (
        "LA PAZ",
        "Bolivia would not accept migrants of other nationalities, a condition Paraguay had "
        "sought to include in earlier drafts.",
        "BOL>PRY:12",
        "the apposition becomes the parser's root clause; no rule reads an appended noun's "
        "relative clause as the author of what is refused",
    ),
    (
        "LA PAZ",
        "Bolivia refused permission for a group of farmers to visit the shrine, a trip "
        "Paraguay had requested in May.",
        "BOL>PRY:12",
        "the apposition is parsed as a ccomp with two subjects ('trip', 'Paraguay')",
    ),
    (
        "BEIJING",
        "Kazakhstan protested China's suspension of Kazakh wheat imports. China's customs "
        'agency said the suspension was "a necessary step to protect our farmers."',
        "KAZ>CHN:11 CHN>KAZ:12",
        "a defence of one's own act as necessary is no lawful clause (v.say_lawful reads law "
        "words only), and a summing noun ('the suspension') is not taken as the speaker's own",
    ),
]

# a deed named by a noun of its own verb is answered at its author (no change: the census's
# set-24 miss is not this form in an invented article)
NAMED_DEED: list[Case] = [
    (
        "ASUNCION",
        "Paraguay deported 30 Bolivian farm workers on a chartered plane on Monday. "
        "Bolivia's president criticized the flight in a post on social media.",
        "PRY>BOL:17 BOL>PRY:11",
    ),
]

CASES = GAP_PRONOUN + NAMED_DEED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions38_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions38_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
