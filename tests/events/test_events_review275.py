"""Review 275 (session 63, U63): "the two ministers" long after the talks are the story's pair.

"The Bahamas and Cuba signed ... [detention figures, a rights group's quote] ... The two
ministers also agreed to hold the next review in Havana": a pair of office holders ("the two
presidents", "both ministers") with no list within reach and no act between two parties
nearby takes the pair the article names together most, in at least two sentences and more
than any other pair (plurals._named_pair), as "the two countries" already did
(plurals._choose's last step, by_naming for people whose noun names an office).

Near misses: no pair named together more than another (Kenya with Tanzania once, with Uganda
once); "the two men" (no office) after two people of a state were arrested stays no pair of
states.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_ASIDES = (
    "Traders in the border towns said prices had doubled. A local chief said the markets were "
    "empty. Police said they had seized 40 tankers of fuel. Rights groups urged calm. "
)

CASES: list[Case] = [
    (
        "LIMA",
        "Peru and Bolivia clashed over water rights on Monday. Peru accused Bolivia of "
        "diverting the river. Bolivia denied it. " + _ASIDES + "Late on Thursday the two "
        "presidents spoke by phone and agreed to set up a joint commission.",
        "PER>BOL:11 BOL>PER:11 PER>BOL:11 BOL>PER:12 PER>BOL:04 BOL>PER:04 PER>BOL:03 BOL>PER:03",
    ),
    (
        "ACCRA",
        "Ghana's foreign minister met his Togolese counterpart in Accra on Monday to discuss "
        "fuel smuggling. Ghana has accused Togo of doing too little to stop it. " + _ASIDES
        + "The two ministers also agreed to set up a joint border commission.",
        "GHA>TGO:04 GHA>TGO:11 GHA>TGO:03 TGO>GHA:03",
    ),
]
NOT_PAIRED: list[Case] = [
    (
        "NAIROBI",
        "Kenya accused Tanzania of blocking trucks. Uganda urged Kenya to reopen the road. "
        + _ASIDES
        + "The two presidents agreed to set up a joint committee on trade.",
        "KEN>TZA:11 UGA>KEN:02",
    ),
    (
        "TEHRAN",
        "Iran arrested two British nationals in Tehran on Monday. Britain summoned Iran's "
        "ambassador over the arrests. Iran accused Britain of spying. " + _ASIDES + "The two "
        "men were freed on Friday and agreed to set up a charity.",
        # "were freed" is Iran's release of the men it arrested (review283, reactions._jailer)
        "IRN>GBR:17 GBR>IRN:11 IRN>GBR:11 IRN>GBR:08",
    ),
]
CASES += NOT_PAIRED
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review275_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review275_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
