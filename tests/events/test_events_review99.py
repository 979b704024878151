"""Review 99 (session 36, helper S47): set 47's extras, in general form.

A game hosted ("Peru, which co-hosts the championship with Chile and Ecuador") is no visit: the
with-phrase names its co-hosts, no guests (patterns.yaml v.host unless_objects, from rules.yaml
contest_words). An investigation into a state's trade ("an anti-dumping probe into Chilean
sugar", "an investigation into Chilean trade barriers") is a trade remedy, a step against that
state (16), no inquiry into wrongdoing (09): investigate_refine; smuggling and trafficking stay
a crime probed (091); a probe into a state's subsidies is a trade remedy too (16, ruled in
session 36: test_events_vocabulary56). An extradition whose to-phrase the parser hangs in a clause on
the one extradited ("extradited a Chilean man suspected of running a drug ring to Chile") is
judicial cooperation with that person's state (v.extradite's direct object, 063), no
deportation (v.deport's 174). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a visitor hosted is a visit (the game-hosting rows are near-misses below)
CASES: list[Case] = [
    ("LIMA", "Peru hosted Chile's president in Lima on Monday.", "PER>CHL:04"),
    (
        "ASTANA",
        "Kazakhstan, which hosted Uzbekistan's foreign minister last week, said it would reopen"
        " the border.",
        "KAZ>UZB:04",
    ),
]

# an investigation into a state's trade is a trade remedy against it
TRADE: list[Case] = [
    (
        "LIMA",
        "Peru opened an anti-dumping probe into Chilean sugar on Thursday.",
        "PER>CHL:16",
    ),
    (
        "HANOI",
        "Vietnam's Trade Ministry said it would open an investigation into Thai trade barriers.",
        "VNM>THA:16|13",
    ),
    (
        "LA PAZ",
        "Bolivia launched a safeguard investigation into Paraguayan soybean imports on Monday.",
        "BOL>PRY:16",
    ),
    ("JAKARTA", "Indonesia will investigate Malaysian steel imports.", "IDN>MYS:16|13"),
    # a crime probed stays an investigation
    (
        "LIMA",
        "Peru opened an investigation into Chile's role in the smuggling of imports.",
        "PER>CHL:09",
    ),
    ("HANOI", "Vietnam opened an investigation into Thai war crimes.", "VNM>THA:09"),
]
CASES += TRADE

# an extradition whose to-phrase hangs in a clause on the one extradited is still judicial
# cooperation with that person's state (063), no deportation (174)
EXTRADITED: list[Case] = [
    (
        "LIMA",
        "Peru extradited a Chilean man suspected of running a drug ring to Chile on Monday.",
        "PER>CHL:06",
    ),
    (
        "HANOI",
        "Vietnam extradited two Thai nationals accused of fraud to Thailand.",
        "VNM>THA:06",
    ),
    # people deported stay a deportation
    ("HANOI", "Vietnam deported two Thai nationals accused of fraud to Thailand.", "VNM>THA:17"),
]
CASES += EXTRADITED

# a game hosted with partners hosts no one of them
NONE: list[NearMiss] = [
    (
        "LIMA",
        "Peru, which co-hosts the championship with Chile and Ecuador, said on Monday it would"
        " build two new stadiums.",
    ),
    ("QUITO", "Ecuador hosted the football tournament with Colombia in 2024."),
    ("ASTANA", "Kazakhstan will host the games with Uzbekistan next year."),
    ("ACCRA", "Ghana co-hosted the cup with Togo on Saturday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review99_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review99_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
