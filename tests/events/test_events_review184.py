"""Review 184 (session 56, helper C56a): talks told beside a signing are a meeting of the signers.

The open gold sets code a meeting (04) in a signing's sentence only where a word of meeting
tells it ("after two days of talks", "during a visit to Tunis", "after a meeting between the
two presidents"); an in-person signing alone ("was signed in Lusaka by X and his Y
counterpart", "X and Y signed an accord in Geneva") has no 04 of its own there, so none is
coded from the signing verb. What was missed: talks the signing came after
("signed the grant with Fiji's minister following talks": n.talks_before_signing),
a passive's two signers who held them ("was signed in Accra by Togo's minister and Ghana's
minister after a day of talks": clauses host_agents, from the visitor to the host where the
place or the dateline is one side's home, nominals._to_home_side), and a visit phrase the
parser hangs on a restated second object ("signed a ferry agreement with Tunisia on Monday,
the first such deal between the two countries, during a visit to Tunis":
clauses._restated_object). Negotiations are bargaining, no meeting; signings to come, by
letter, with a company, of a decree, or ratifications tell no talks of the pair.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# n.talks_before_signing, clauses host_agents, nominals._to_home_side
TALKS_KEPT: list[Case] = [
    (
        "DAKAR",
        "Senegal's energy minister signed a gas accord with Mauritania after two days of talks.",
        "SEN>MRT:05 SEN>MRT:04",
    ),
    (
        "APIA",
        "Samoa's prime minister signed the grant with Fiji's finance minister following talks "
        "at the ministry.",
        "WSM>FJI:05 WSM>FJI:04",
    ),
    (
        "ACCRA",
        "The pact was signed in Accra by Togo's trade minister and Ghana's finance minister "
        "after a day of talks.",
        "TGO>GHA:05 GHA>TGO:05 TGO>GHA:04",
    ),
    (
        "RIGA",
        "The treaty was signed by Latvia's defense minister and Poland's defense minister after "
        "talks at the ministry.",
        "LVA>POL:05 POL>LVA:05 POL>LVA:04",
    ),
    (
        "VIENNA",
        "The accord was signed in Vienna by Serbia's energy minister and Hungary's foreign "
        "minister after two days of talks.",
        "SRB>HUN:05 HUN>SRB:05 SRB>HUN:04 HUN>SRB:04",
    ),
]
TALKS_NONE: list[Case] = [
    # bargaining is no meeting
    (
        "ACCRA",
        "The pact was signed in Accra by Togo's trade minister and Ghana's finance minister "
        "after two years of negotiations.",
        "TGO>GHA:05 GHA>TGO:05",
    ),
    # an in-person signing with no word of meeting: the open gold codes no 04
    (
        "LUSAKA",
        "The deal was signed in Lusaka by Zambia's mines minister and his Malawian counterpart.",
        "ZMB>MWI:05 MWI>ZMB:05",
    ),
    (
        "GENEVA",
        "Georgia and Moldova signed a trade accord in Geneva on Monday.",
        "GEO>MDA:05 MDA>GEO:05",
    ),
    # talks a third party mediated are its act (the sides' own meeting is optional at most)
    (
        "MAPUTO",
        "Malawi signed a border accord with Zambia after talks mediated by Tanzania.",
        "MWI>ZMB:05 TZA>MWI:04 TZA>ZMB:04",
    ),
    # a ratification is no signing at a meeting
    ("LOME", "Togo ratified the customs treaty with Ghana after two days of talks.", "TGO>GHA:05"),
    # by letter
    ("LOME", "Benin signed the customs accord with Niger by letter on Monday.", "BEN>NER:05"),
]
TALKS_NOT: list[NearMiss] = [
    ("LIMA", "Ecuador's president signed the decree after talks with his cabinet."),
    (
        "LOME",
        "Togo's trade minister signed a supply deal with a Ghanaian company after two days of "
        "talks.",
    ),
]

# clauses._restated_object
RESTATED_KEPT: list[Case] = [
    (
        "TUNIS",
        "Malta's prime minister signed a ferry agreement with Tunisia on Monday, the first such "
        "deal between the two countries, during a two-day visit to Tunis.",
        "MLT>TUN:05 MLT>TUN:04",
    ),
]

CASES: list[Case] = TALKS_KEPT + TALKS_NONE + RESTATED_KEPT
NONE: list[NearMiss] = TALKS_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review184_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review184_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
