"""Said 8 (session 34, SAYJ2): two acts of one saying verb, and whose deed a defence defends.

"said the halt was 'a necessary step' and would remain in force until Thailand tightened its
checks" defends the speaker's measure (v.say_lawful, 12) and demands of the other state
(v.say_held_until, 10): one saying verb that reports two joined clauses carries one act per
clause, of two roots (extract._other_report_hits, _two_reports); the first pattern found
otherwise states the verb's one act. A modal only in the joined clause ("would remain")
leaves the defence a defence (objects lawful_clause). A noun that sums up the deed ("the
halt") is the speaker's own when the nearest verb telling that act has the speaker as its doer
or its object (objects._told_parties), and a defence answers the complaint about the deed as
far back as a context target goes (extract: _CONTEXT_WINDOW for lawful_clause).

Kept uncoded: another state's deed defended, a defence told only as possible ("would be a
necessary step"). Every sentence was written for this file; each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HALTED = "Vietnam halted purchases of Thai rice on Tuesday. Thailand called the halt unfair."

TWO_ACTS: list[Case] = [
    (
        "HANOI",
        f'{HALTED} Vietnam\'s trade ministry said the halt was "a necessary step" and would '
        "remain in force until Thailand tightened its checks.",
        "VNM>THA:16 THA>VNM:11 VNM>THA:12 VNM>THA:10",
    ),
    (
        "LISBON",
        "Portugal suspended fishing licences for Moroccan trawlers on Friday. Rabat criticized "
        "the suspension. Portugal's fisheries minister said the suspension was \"a "
        'precautionary measure" and would stay in force until Morocco shared its catch data.',
        # the licences of a state's trawlers suspended (v.revoke_craft_licence, session 40)
        "PRT>MAR:16 MAR>PRT:11 PRT>MAR:12 PRT>MAR:10",
    ),
]

ONE_ACT: list[Case] = [
    # one clause: the defence alone
    (
        "HANOI",
        f"{HALTED} Vietnam's trade ministry said the halt was a necessary step to protect "
        "Vietnam's farmers.",
        "VNM>THA:16 THA>VNM:11 VNM>THA:12",
    ),
    # another state's halt, judged necessary: no defence of its own
    (
        "BANGKOK",
        "Thailand halted purchases of Vietnamese rice on Tuesday. Vietnam called the halt "
        'unfair. Vietnam\'s trade ministry said the halt was "a necessary step."',
        "THA>VNM:16 VNM>THA:11",
    ),
    # the defence only possible ("would be"): the demand alone
    (
        "HANOI",
        f'{HALTED} Vietnam\'s trade ministry said the halt would be "a necessary step" and '
        "would remain in force until Thailand tightened its checks.",
        "VNM>THA:16 THA>VNM:11 VNM>THA:10",
    ),
    # the weather judged: no deed defended
    (
        "HANOI",
        f"{HALTED} Vietnam's trade ministry said the weather was normal and the harvest would "
        "remain in storage until Thailand paid.",
        "VNM>THA:16 THA>VNM:11",
    ),
    # the complaint five sentences back: still the one the defence answers
    (
        "OSLO",
        "Norway's coast guard detained a Russian trawler near Svalbard on Monday. Moscow "
        "protested to the Norwegian ambassador. The trawler carried 22 crew members. Its owner "
        "is based in Murmansk. Local officials said the crew were in good health. Russia's "
        "fisheries agency said the trawler had been fishing legally.",
        "NOR>RUS:17 RUS>NOR:11 RUS>NOR:12",
    ),
]

NONE: list[NearMiss] = [
    # no deed told, a defence only possible
    (
        "HANOI",
        'Vietnam\'s trade ministry said the halt would be "a necessary step" if Thai exports '
        "kept failing checks.",
    ),
]

# a joined clause of no deed ("ties ... remained strong") spoils the defence no more
# (objects._own_defended, session 62: once a gap)
JOINED_NO_DEED: list[Case] = [
    (
        "HANOI",
        f'{HALTED} Vietnam\'s trade ministry said the halt was "a necessary step" and that '
        "ties with Bangkok remained strong.",
        "VNM>THA:16 THA>VNM:11 VNM>THA:12",
    ),
]

GAPS: list[Gap] = []

CASES = TWO_ACTS + ONE_ACT + JOINED_NO_DEED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said8_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said8_two_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
