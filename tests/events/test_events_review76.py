"""Review 76 (session 31, helper S38): forms of set 38's extras, on invented sentences.

A verb of handing the parser tags as a past, joined with no subject of its own to a passive
("Hungary's ambassador was also summoned and handed a protest note"), is the participle that
shares the passive's patient: the envoy receives the note, so the note is no protest of his
state (modality._retained_handing: ditransitive_verbs, one object left, no particle, no
object of the subject's own: "and presented his credentials" hands them).

A gerund under the preposition of an adjective of disposition ("had long been cautious about
selling weapons to Egypt", "wary of sending troops": disposition_adjectives) is an act weighed,
not done ("proud of sending doctors" tells one done). Ending ties already cut or cooled
("ending three years of downgraded ties", v.end_ties' unless_words) restores them: no cut;
"ended diplomatic ties with Taiwan" still cuts. A return to a court ("would return to the
African Union's court": v.travel_to's unless_words) is a case taken up again, no trip. A
participle the parser hangs on a note's addressee ("handed a note to Hungary's ambassador
demanding new guarantees") tells the note's words, its sender's, to that addressee
(parties._carrier, clauses._subject_tokens), not the ambassador's demand. Each row is (dateline, body, expected events
of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the envoy summoned and handed a note receives it: one protest, by the summoner
HANDED: list[Case] = [
    (
        "VADUZ",
        "Austria on Monday ordered a Hungarian diplomat to leave the country, accusing him of "
        "spying. Hungary's ambassador was also summoned and handed a protest note.",
        "AUT>HUN:16 AUT>HUN:11 AUT>HUN:11",
    ),
    (
        "RIGA",
        "Latvia's ambassador was summoned by Estonia and handed over a list of demands.",
        "EST>LVA:11",
    ),
    (
        "RIGA",
        "Latvia's new ambassador was received by the president of Estonia and presented his "
        "credentials.",
        "EST>LVA:04",
    ),
]

# an act weighed under an adjective of disposition is not done
DISPOSED: list[Case] = [
    (
        "PARIS",
        "France had long been cautious about selling weapons to Egypt, but on Monday it agreed "
        "to sell Cairo 30 fighter jets.",
        "FRA>EGY:07",
    ),
    (
        "ROME",
        "France is proud of sending doctors to Haiti after the earthquake.",
        "FRA>HTI:07",
    ),
]

# ending ties that were cut or cooled is no cut; ending ties is
ENDED: list[Case] = [
    ("SEOUL", "Nicaragua ended diplomatic ties with Taiwan on Friday.", "NIC>TWN:16"),
    ("SEOUL", "Panama ended decades of ties with Taiwan last year.", "PAN>TWN:16"),
]

# a return to a court is no trip; a return to a capital is
COURT: list[Case] = [
    (
        "VIENNA",
        "Slovakia warned Hungary on Thursday that it would return to the European Union's top "
        "court unless Budapest honored the deal.",
        "SVK>HUN:13",
    ),
    ("VIENNA", "Slovakia's foreign minister will return to Budapest next week.", "SVK>HUN:04"),
]

# a note's words told by a participle hung on its addressee are the sender's
NOTE: list[Case] = [
    (
        "VIENNA",
        "Slovakia handed a note to Hungary's ambassador demanding new guarantees.",
        "SVK>HUN:10",
    ),
    (
        "VIENNA",
        "Slovak Environment Minister Jan Novak said Bratislava had sent a formal note to the "
        "Hungarian government demanding new guarantees for villages near the border.",
        "SVK>HUN:10",
    ),
]

NONE: list[NearMiss] = [
    ("ACCRA", "Ghana said it would return to the African Union's court if the dispute went on."),
    ("PARIS", "France had long been cautious about selling weapons to Egypt."),
    ("PARIS", "France has been wary of sending troops to Mali."),
    ("PARIS", "France had long been hesitant about providing loans to Tunisia, officials said."),
    (
        "HANOI",
        "The two governments exchanged envoys, ending a decade of frozen relations between "
        "Chile and Bolivia.",
    ),
]

GAPS: list[Gap] = [
    (
        "HANOI",
        "Vietnam named a new ambassador to Laos on Monday, ending three years of downgraded ties.",
        "VNM>LAO:05|08|03",
        "an ambassador named to a state is no pattern yet (only sent or returned ones are)",
    ),
]

CASES = HANDED + DISPOSED + ENDED + COURT + NOTE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review76_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review76_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
