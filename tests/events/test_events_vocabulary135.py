"""Vocabulary 135 (session 65, X65): a state's security services by their generic names.

"Russian security services detained a U.S. journalist", "Egypt's security service arrested",
"Chinese state security detained": a state's security service named by its function acts for it
as its police do (actors/roles.yaml COP: security service(s), state security, security
agency/agencies, secret police; SPY: intelligence service, agencies, officers, agents). Found by
X65's probe battery of invented wire sentences, not by any gold set.

Near misses: a private or a company's security service acts for no state; a security service
told with no state and no dateline state acting codes nothing new.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("MOSCOW", "Russian security services detained a Dutch journalist on Tuesday.", "RUS>NLD:17"),
    ("MOSCOW", "Russia's security service arrested two Moldovan citizens.", "RUS>MDA:17"),
    ("CAIRO", "Egyptian security services detained an Italian researcher.", "EGY>ITA:17"),
    ("BEIJING", "Chinese state security detained a Canadian teacher in Dalian.", "CHN>CAN:17"),
    ("MINSK", "The Belarusian security agency accused Poland of sending spies.", "BLR>POL:11"),
    ("LONDON", "Britain's intelligence service accused Iran of plotting attacks.", "GBR>IRN:11"),
]
NONE: list[NearMiss] = [
    ("ISTANBUL", "The private security service of the company detained a Georgian sailor."),
    ("OSLO", "The security service said the threat level was unchanged."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary135_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary135_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
