"""Past acts told in background clauses, and a state's "it" acted on in a clause it hosts.

A relative, "whose", prepositional-relative, "where", participial or "since" clause that tells
a clear past act with named actors codes it (the guidelines require explicit factual past
interactions, dated background included): "Germany, which expelled four Russian diplomats in
April, ...", "Mali, from which France withdrew its troops in 2022, ...". An object "it" in a
clause hosted by a state's own clause is that state ("Venezuela said the United States had
sanctioned it": USA > VEN), unless a common noun told between them may be what "it" is
("rejected the deal after Washington criticized it"). Nothing for a standing relation, a
stance, a future or modal clause.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # clashes between two states' troops as a subject (n.clashes)
    (
        "NEW DELHI",
        "Officials visited the border area where clashes between Indian and Chinese troops "
        "killed 20 soldiers in 2020.",
        "IND>CHN:19",
    ),
    # background relative clauses with a date
    (
        "BERLIN",
        "Germany, which expelled four Russian diplomats in April, summoned the Iranian "
        "ambassador on Monday.",
        "DEU>RUS:16 DEU>IRN:11",
    ),
    (
        "SEOUL",
        "South Korea, whose navy seized a North Korean fishing boat last month, released "
        "the crew on Friday.",
        # the crew released is the one its navy held (reactions._freed_state, review210)
        "KOR>PRK:17 KOR>PRK:08",
    ),
    (
        "TOKYO",
        "Japan, which imposed sanctions on Russia in 2022, welcomed the ceasefire on Monday.",
        "JPN>RUS:16",
    ),
    (
        "WASHINGTON",
        "Washington, which struck Houthi targets in January, warned Iran on Monday.",
        "USA>YEM:19 USA>IRN:13",
    ),
    (
        "KYIV",
        "Ukraine, which Russia invaded in February 2022, thanked Poland for its support.",
        "RUS>UKR:19 UKR>POL:05",
    ),
    (
        "HAVANA",
        "Cuba, whose leader visited Moscow in May, signed a trade pact with Vietnam on Monday.",
        "CUB>RUS:04 CUB>VNM:05",
    ),
    (
        "BAMAKO",
        "The French ambassador, whom Mali expelled in 2022, returned to Paris.",
        "MLI>FRA:16",
    ),
    (
        "PARIS",
        "Mali, from which France withdrew its troops in 2022, held elections on Sunday.",
        "FRA>MLI:08",
    ),
    (
        "CAIRO",
        "Officials recalled the 1979 accord under which Israel returned the Sinai to Egypt.",
        "ISR>EGY:08",
    ),
    (
        "KYIV",
        "Officials visited the town where Russian forces shelled Ukrainian positions in 2022.",
        "RUS>UKR:19",
    ),
    (
        "CARACAS",
        "Officials criticized the sanctions that Washington imposed on Caracas in 2019.",
        "USA>VEN:16",
    ),
    (
        "BERLIN",
        "Germany, having expelled four Russian diplomats in April, summoned the Iranian "
        "ambassador on Monday.",
        "DEU>RUS:16 DEU>IRN:11",
    ),
    (
        "MOSCOW",
        "Ties have been frozen since Washington expelled 60 Russian diplomats in 2018.",
        "USA>RUS:16",
    ),
    (
        "ATHENS",
        "Greece, whose coast guard detained a Turkish fishing crew in May, held elections.",
        "GRC>TUR:17",
    ),
    (
        "RIYADH",
        "Saudi Arabia, which restored ties with Iran in 2023, held elections on Sunday.",
        "SAU>IRN:05",
    ),
    (
        "STOCKHOLM",
        "Ankara, which blocked Sweden's bid in 2022, said on Monday it had no further objections.",
        "TUR>SWE:12",
    ),
    (
        "BOGOTA",
        "Relations have been tense since Quito refused to recognize Caracas's vote last year.",
        "ECU>VEN:12",
    ),
    # an object "it" in a clause its state's own clause hosts (_host_subject_it)
    ("CARACAS", "Venezuela said the United States had sanctioned it.", "USA>VEN:16"),
    (
        "CARACAS",
        "Venezuela has been isolated since the United States sanctioned it in 2019.",
        "USA>VEN:16",
    ),
    (
        "CARACAS",
        "Venezuela has been isolated since Washington imposed oil sanctions on it in 2019.",
        "USA>VEN:16",
    ),
    ("SEOUL", "South Korea said North Korea fired a missile at it.", "PRK>KOR:19"),
    ("SEOUL", "South Korea said North Korea had threatened it.", "PRK>KOR:13"),
    (
        "ATHENS",
        "Greece said the treaty was valid and accused Turkey of violating it.",
        "GRC>TUR:11",
    ),
    # a land named by its own code handed to a state (v.cede_named_territory)
    (
        "LONDON",
        "Officials marked the anniversary of the treaty by which Britain handed Hong Kong "
        "to China.",
        "GBR>CHN:08",
    ),
    # intervening in a state (v.intervene)
    (
        "ABUJA",
        "Nigeria, whose troops intervened in Sierra Leone in 1997, offered to mediate.",
        "NGA>SLE:19",
    ),
]

NONE: list[NearMiss] = [
    ("SANTIAGO", "Bolivia, which borders Chile, held elections on Monday."),
    ("QUITO", "Ecuador, whose capital is Quito, held elections on Sunday."),
    ("GENEVA", "Officials toured the hotel where the two leaders will meet next year."),
    ("RABAT", "The UN discussed Western Sahara, which Rabat regards as its own."),
    ("ANKARA", "Turkey, which wants to join the European Union, held elections on Sunday."),
    ("MADRID", "Spain, which may recognize Palestine next year, held elections on Sunday."),
    ("LIMA", "Peru, which could sue Chile in the future, held elections on Sunday."),
    ("CAIRO", "Egypt, which is home to millions of Sudanese refugees, held elections."),
    # "it" may be the thing told between: no state is acted on
    ("CARACAS", "Venezuela rejected the deal after Washington criticized it."),
    ("CARACAS", "Venezuela said the plan was flawed and Washington had rejected it."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses21_codes_background_clauses(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
