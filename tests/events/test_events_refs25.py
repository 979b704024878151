"""References 25 (session 38, SIDES): a person described by a participle after a request.

"Kenya has refused Tanzania's request to extradite a property developer wanted in a $20
million fraud case, the Interior Ministry said" can be parsed with "wanted" as a clause's verb
(ccomp of "refused") whose subject is "request": the refusal then has no object, and the
requester whose request is refused is lost (a miss blocked at ``no-target``). A participle of
rules.yaml person_participles ("wanted", "accused", "suspected", ...) with no object or clause
of its own, right after the object of an infinitive on its subject noun, under a verb with no
object, is made that object's modifier again and the noun the verb's object
(context._person_participles). A clause with no such infinitive keeps its reading. The gaps
are other misses of the census of targets not found (session 38). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR"); every sentence was
written for this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

REFUSED_REQUESTS: list[Case] = [
    (
        "NAIROBI",
        "Kenya has refused Tanzania’s request to extradite a property developer wanted in a $20"
        " million fraud case, the Interior Ministry said on Friday.",
        "KEN>TZA:12",
    ),
    (
        "LUSAKA",
        "Zambia has refused Malawi’s request to extradite a mining executive wanted in a $60"
        " million fraud case, the Home Affairs Ministry said on Monday.",
        "ZMB>MWI:12",
    ),
    # the parser's own reading, kept
    (
        "ASTANA",
        "Kazakhstan has refused Russia’s request to extradite an opposition journalist accused"
        " of treason, the Prosecutor General's office said on Monday.",
        "KAZ>RUS:12",
    ),
    (
        "HANOI",
        "Vietnam has rejected Cambodia’s request to extradite a casino owner wanted in a $40"
        " million tax case, the ministry said on Monday.",
        "VNM>KHM:12",
    ),
]

NONE: list[NearMiss] = [
    # a clause of its own: nothing refused
    ("MOSCOW", "Russia said the request to extradite the man failed in court."),
    ("KAMPALA", "Uganda's plan to deport the activist charged in the case drew criticism."),
]

# misses of the same census (a target the pattern does not read), not yet coded
GAPS: list[Gap] = [
    (
        "TOKYO",
        "Japan agreed on Monday to roll over $300 million in Mongolian debt.",
        "JPN>MNG:07",
        "'over' after 'roll' is parsed as a quantity's modifier ('over $300 million'), so the"
        " verb has no particle and no debt as its object",
    ),
    (
        "COLOMBO",
        "Sri Lanka extradited a former Maldivian fisheries minister on Thursday.",
        "LKA>MDV:06",
        "a former official's title takes the nationality into a mention with no actor, so the"
        " national extradited has no state (a 'Maldivian businessman' has one)",
    ),
    (
        "TBILISI",
        "Georgia has been split since 2008, when Russia invaded the north.",
        "RUS>GEO:19",
        "a compass part with no of-phrase ('the north') names no state: the one the sentence"
        " names is not read as its whole",
    ),
]

CASES: list[Case] = REFUSED_REQUESTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs25_person_participles(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
