"""Clauses 42 (session 35, helper S46): set 46's misses of two acts of one pair told in one
sentence, in general form.

An appeal with no target of its own joined bare after a talk of its subject ("had spoken by
phone with Kyrgyzstan's ambassador and asked for the trucks to be cleared") is made to whom the
talk was with (extract._after_talk: rules.yaml's talk_sequel_roots after talk_verbs; resolved
by reactions._joined_after_partner, context "talked"); an appeal with a target of its own keeps
it. A blame of a group named by the state it works for ("accused hackers working for Russia's
military intelligence") blames that state (v.accuse_linked_group: "work", "act" and the
for-phrase), also when the sentence told a summons of that state's envoy before it. A verb with
a tense of its own hung by the parser on an infinitive ("has invited Japan to lead its mission
and has turned down an offer from Russia") is joined to the infinitive's host: the invitation
does not govern it and Japan does not do it (parties._finite_infinitive_host, read by
_block_state and clauses._subject_tokens). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an appeal joined after a talk is made to whom the talk was with
CASES: list[Case] = [
    (
        "ASTANA",
        "Kazakhstan's foreign minister spoke by phone with Kyrgyzstan's ambassador and asked for"
        " the trucks to be cleared within days.",
        "KAZ>KGZ:04 KAZ>KGZ:02",
    ),
    (
        "ASTANA",
        "Kazakhstan's foreign minister spoke by phone with Kyrgyzstan's ambassador and asked for"
        " the release of the trucks.",
        "KAZ>KGZ:04 KAZ>KGZ:02",
    ),
    (
        "ASTANA",
        "Kazakhstan's president met his Uzbek counterpart on Monday and asked for help with the"
        " water dispute.",
        "KAZ>UZB:04 KAZ>UZB:02",
    ),
    # an appeal naming its own target keeps it
    (
        "ASTANA",
        "Kazakhstan's president met Uzbekistan's president and urged Russia to reopen the border.",
        "KAZ>UZB:04 KAZ>RUS:02",
    ),
]

# a group named by the state it works for: a blame of that state
LINKED: list[Case] = [
    (
        "TBILISI",
        "Georgia on Monday summoned Russia's charge d'affaires and accused hackers working for"
        " Russia's military intelligence of a cyberattack on its power grid.",
        "GEO>RUS:11 GEO>RUS:11",
    ),
    (
        "TBILISI",
        "Georgia accused hackers working for Russia of a cyberattack on its power grid.",
        "GEO>RUS:11",
    ),
    (
        "TBILISI",
        "Georgia blamed a hacking group working for the Russian military intelligence service"
        " for the breach.",
        "GEO>RUS:11",
    ),
]
CASES += LINKED

# a verb with a tense of its own that the parser hung on an infinitive is joined to that
# infinitive's host: neither governed by it nor done by the infinitive's subject
# (parties._finite_infinitive_host)
FINITE: list[Case] = [
    (
        "APIA",
        "Samoa has invited Japan and Canada to lead its observer mission and has turned down an"
        " offer from Russia to send observers.",
        "WSM>JPN:03 WSM>CAN:03 WSM>RUS:12",
    ),
    (
        "APIA",
        "Samoa has asked Japan to lead its observer mission and has expelled two Russian"
        " diplomats.",
        "WSM>JPN:02 WSM>RUS:16",
    ),
    # a bare second infinitive shares its governor
    ("APIA", "Samoa plans to visit Japan and will sign a deal with Tonga.", "WSM>JPN:03 WSM>TON:03"),
]
CASES += FINITE

# a group working for no state blames no state
NONE: list[NearMiss] = [
    ("TBILISI", "Georgia accused a criminal gang working for a local businessman of the theft."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses42_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses42_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
