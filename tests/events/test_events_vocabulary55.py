"""Vocabulary 55 (session 36, SAY): a harm of the speaker's own side denied in its words;
another people's pain shared.

A state that says its own forces "did not target" another, or that its aircraft "had not
crossed any border", rejects the charge (v.say_not_done, 120) as "denied that its forces had
targeted ..." does (v.reject): aimed at the state the clause names as harmed (clauses slot
denied_deed, now read for a saying verb's denied clause too), else at whoever last complained
to it as far back as a defence reaches (reaction, the window of v.say_lawful). The clause's
verb is one of force or intrusion that codes a harm with its objects (clauses._deed_fits), told
as done (past or perfect: clauses._told_done) and of the speaker's own side
(clauses._denied_own_deeds).

Kept uncoded: another state's forces, a pledge ("would not target"), one who speaks for no
state, a stance ("does not conduct covert operations against its allies"), history ("had not
expelled a diplomat before"), and a denial that names no harmed state with no complaint
before.

A state that shares or understands "the pain of the Icelandic people" makes an empathetic
comment (v.share_pain, 018, as condolences) to the state of the people its of-phrase names;
"felt the pain of American sanctions" suffers them, and "the pain of the victims" names no
state.

A state that expects another "to keep the region's security in mind" appeals to it
(v.expect_restraint, 020): "mind" and "sensitivities" join its words; "expected Kabul to
protect its own interests" forecasts, and analysts speak for no state.

A state that says another "had a sovereign right to build the dam" endorses it (v.say_has_right,
051); the speaker's own right, no country's, a right denied ("had no right", "did not have the
right") or only foretold ("would have the right to appeal if ...") is none, nor one an analyst
upholds. Every sentence was written for this file; each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ACCUSED = (
    "Laos summoned Thailand's ambassador on Monday over shells that landed in a border village."
)

DENIED: list[Case] = [
    (
        "BANGKOK",
        f"{ACCUSED} Thailand's embassy in Vientiane said in a statement that its forces \"did "
        'not target Laos."',
        "LAO>THA:11 THA>LAO:12",
    ),
    (
        "TALLINN",
        "Estonia summoned Belarus's ambassador to protest the flight. Belarus's Defense "
        "Ministry said its helicopter had been on a training flight over its own territory "
        "and had not crossed any border.",
        "EST>BLR:11 BLR>EST:12",
    ),
    # the harmed state named, no complaint told before
    (
        "PHNOM PENH",
        "Cambodia said its troops did not shell Lao villages.",
        "KHM>LAO:12",
    ),
]

NOT_DENIED: list[Case] = [
    # another state's forces
    (
        "BANGKOK",
        f"{ACCUSED} Thailand's embassy said Cambodian forces did not target Laos.",
        "LAO>THA:11",
    ),
    # a pledge, not a denial
    (
        "BANGKOK",
        f"{ACCUSED} Thailand's embassy said its forces would not target Laos.",
        "LAO>THA:11",
    ),
    # no state speaks
    (
        "BANGKOK",
        f"{ACCUSED} An analyst in Bangkok said Thailand's forces did not target Laos.",
        "LAO>THA:11",
    ),
]

NONE: list[NearMiss] = [
    # a stance, no deed denied
    ("ROME", "Italy's embassy said Italy does not conduct covert operations against its allies."),
    # history told, no charge answered
    ("MANILA", "Manila had not expelled a Chinese diplomat before, Philippine officials said."),
    # no harmed state named, no complaint before
    ("MINSK", "Belarus's Defense Ministry said its helicopter had not crossed any border."),
]

SHARED: list[Case] = [
    (
        "OSLO",
        'Norway\'s Foreign Ministry said it understood "the pain of the Icelandic people."',
        "NOR>ISL:01",
    ),
    (
        "OSLO",
        "Norway shares the grief of the Danish people, the prime minister said.",
        "NOR>DNK:01",
    ),
]

NONE += [
    ("TEHRAN", "Iran's oil minister said Iran had felt the pain of American sanctions."),
    ("OSLO", "Norway's Foreign Ministry said it shared the pain of the victims."),
]

MINDED: list[Case] = [
    (
        "ISLAMABAD",
        "Pakistan's Foreign Ministry said it was watching closely and expected Kabul to keep "
        '"the region\'s security in mind."',
        "PAK>AFG:02",
    ),
]

NONE += [
    (
        "ISLAMABAD",
        "Pakistan's Foreign Ministry said it expected Afghanistan to protect its own interests "
        "in the talks with Iran.",
    ),
    ("KABUL", "Analysts expect Afghanistan to keep its options in mind."),
]

RIGHTS: list[Case] = [
    (
        "BEIJING",
        "China, a treaty ally of Laos, said Laos had a sovereign right to build the dam.",
        "CHN>LAO:05",
    ),
    (
        "ANKARA",
        '"Georgia has the right to diversify," a spokeswoman for Turkey\'s Foreign Ministry said.',
        "TUR>GEO:05",
    ),
    # a right denied is no endorsement (the want of standing reproaches: 11, not 05)
    (
        "ANKARA",
        "Turkey's Foreign Ministry said Greece had no right to close the strait.",
        "TUR>GRC:11",
    ),
]

NONE += [
    ("ANKARA", "Turkey's Foreign Ministry said it had the right to respond to any attack."),
    ("ANKARA", "Turkey's Foreign Ministry said no country had the right to interfere."),
    ("ANKARA", "An analyst in Ankara said Georgia had the right to diversify."),
    (
        "ANKARA",
        "Turkey's Foreign Ministry said Greece would have the right to appeal if the court "
        "ruled against it.",
    ),
]

GAPS: list[Gap] = [
    (
        "VILNIUS",
        'Lithuania\'s foreign minister said Vilnius shared "the pain of Latvian families."',
        "LTU>LVA:01",
        "families are a private group, and a comment (01) is no root private_target_roots "
        "lets a private group take for its state",
    ),
]

CASES = DENIED + NOT_DENIED + SHARED + MINDED + RIGHTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary55_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary55_denied_deeds(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
