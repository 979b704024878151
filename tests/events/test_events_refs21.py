"""Refs 21 (session 35, the lead): the head of a body named by its of-phrase.

"The parliament of Seychelles" is Seychelles' parliament as "the government of Seychelles"
is, also under another state's dateline (resolve.find_bare_roles read the of-phrase only for
a role listed with its "the"). "The secretary-general of ASEAN" acts for ASEAN: the parser
hangs "of ASEAN" on "general", the hyphened half of the title (parties._hyphened_preps), and
the heads' words chairman, chairwoman, chairperson, director and commissioner stand for the
body their of-phrase names as "the head of" does (rules.yaml role_nouns). A film's director
or a private firm's chairman acts for no one. Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PORT LOUIS",
        "The parliament of Seychelles condemned Mauritius on Tuesday.",
        "SYC>MUS:11",
    ),
    (
        "PORT LOUIS",
        "The parliament of Seychelles ratified the maritime boundary treaty with Mauritius.",
        "SYC>MUS:05",
    ),
    (
        "NAIROBI",
        "The parliament of Tanzania urged Kenya to reopen the Namanga crossing.",
        "TZA>KEN:02",
    ),
    ("JAKARTA", "The secretary-general of ASEAN condemned Myanmar on Tuesday.", "ASEAN>MMR:11"),
    (
        "ADDIS ABABA",
        "The secretary-general of the African Union condemned Sudan on Wednesday.",
        "AU>SDN:11",
    ),
    ("JAKARTA", "The chairman of ASEAN urged Cambodia to free the activists.", "ASEAN>KHM:02"),
    (
        "ADDIS ABABA",
        "The chairwoman of the African Union Commission praised Ethiopia on Friday.",
        "AU>ETH:05",
    ),
    (
        "BAMAKO",
        "The chairperson of the African Union urged Niger to release the Malian soldiers.",
        "AU>NER:02",
    ),
    # a state company's head acts for its state
    (
        "LIMA",
        "Petrobras said on Monday its output rose. Its chairperson met Peru's president.",
        "BRA>PER:04",
    ),
]

NONE: list[NearMiss] = [
    # no body of a state or an IGO
    ("PARIS", "The director of the film condemned Russia on Tuesday."),
    ("JAKARTA", "The chairman of a Malaysian palm oil company criticized Indonesia."),
    ("LIMA", "Vale said on Monday its output rose. Its chairperson met Peru's president."),
]

GAPS: list[Gap] = [
    (
        "NAIROBI",
        "The national assembly of Tanzania urged Kenya to reopen the Namanga crossing.",
        "TZA>KEN:02",
        "'national assembly' is a legislature's name (roles.yaml LEG) but no bare role word, so"
        " its of-phrase is not read",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs21_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
