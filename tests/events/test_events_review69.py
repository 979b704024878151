"""A diplomatic note told again after it was handed over (session 30, S35): its sender's act.

"X handed Y a protest note. The note, delivered to Y's ambassador, demanded that ...": the
participle that says where the note went restates the sender's handing, so a go-between's
verb (v.relay_messages, 045) whose doer only the earlier telling gives is no mediation
(extract._verb_hits: no told doers for mediation_codes); and the note that acts stands for
its sender named before, as "the statement" does (descriptions.yaml documents), so its demand
is the sender's. Kept: a go-between that relays between two named sides, and a note its
subject only received ("received a note from X. The note urged ..." gives the receiver no
act). And a "who" clause set off by a comma after a visit's by-phrase ("a visit by
Moldova's president, who was welcomed ... by his Romanian counterpart") tells of the person,
never of the act noun the phrase hangs on (parties._act_antecedent: a WP pronoun), so the
welcome is the host's (043). Harm told in the passive with no agent ("Two Tajik soldiers
were wounded when Kyrgyz border guards opened fire on a patrol") is done by the subject of an
active "when"/"as" clause on it (nominals._clause_doer, rules doer_clause_marks), not by a
thing ("when their truck hit a mine") nor in a passive clause. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TALLINN",
        "Estonia handed Latvia a protest note on Monday over a fishing quota. The note, "
        "delivered to Latvia's ambassador at the Foreign Ministry in Tallinn, demanded that "
        "Riga withdraw the decree.",
        "EST>LVA:11 EST>LVA:10",
    ),
    (
        "VILNIUS",
        "Lithuania sent Belarus a note of protest over the balloons on Friday. The note, "
        "passed to the Belarusian charge d'affaires, demanded that Minsk stop the flights.",
        "LTU>BLR:11 LTU>BLR:10",
    ),
    (
        "LJUBLJANA",
        "Slovenia handed Croatia a diplomatic note over the fishing incident. The note demanded "
        "that Zagreb release the trawler.",
        "SVN>HRV:10",
    ),
    # kept: a go-between between two named sides
    ("MUSCAT", "Oman relayed messages between Washington and Tehran on Monday.",
     "OMN>USA:04 OMN>IRN:04"),
]

# "who" after a visit's by-phrase stands for the visitor, never for the visit
CASES += [
    (
        "BUCHAREST",
        "Romania and Moldova signed a gas agreement on Thursday during a visit by Moldova's "
        "president, who was welcomed at the airport by his Romanian counterpart.",
        "ROU>MDA:05 MDA>ROU:05 MDA>ROU:04 ROU>MDA:04",
    ),
    (
        "VIENNA",
        "Austria and Slovakia agreed on a rail link during a trip by Slovakia's prime minister, "
        "who was received in the chancellery by the Austrian chancellor.",
        "AUT>SVK:05 SVK>AUT:05 SVK>AUT:04 AUT>SVK:04",
    ),
]

# harm told in the passive whose doer a "when"/"as" clause names
CASES += [
    (
        "DUSHANBE",
        "Two Tajik soldiers were wounded when Kyrgyz border guards opened fire on a patrol near "
        "the crossing, Tajikistan's military said.",
        "KGZ>TJK:19",
    ),
    (
        "DUSHANBE",
        "Three Tajik border guards were injured as Kyrgyz troops fired mortars across the "
        "border on Tuesday.",
        "KGZ>TJK:19",
    ),
]

NONE: list[NearMiss] = [
    # no actor in the clause, or a clause itself passive
    ("BAKU", "Two Azerbaijani soldiers were killed when their truck hit a mine near the border."),
    ("YEREVAN", "Two Armenian soldiers were wounded when their post was shelled."),
    # a note its subject only received: the receiver is no sender
    ("RIGA", "Latvia received a note from Lithuania on Monday. The note urged Riga to act."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review69_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review69_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
