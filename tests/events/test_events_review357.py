"""Review 357 (session 65, O95): "External Affairs Minister" stated with no state is India's.

"... as External Affairs Minister X visited Vientiane": the title named no state, so the person
took the article's state (the dateline's) and his visit, talks and appeals were Laos's own
(same-state, or aimed from Laos). India alone titles its foreign minister so in English-language
news; the title is India's (actors/offices.yaml title_states), as "Chief Cabinet Secretary" is
Japan's. Found opening blind set 95 (article 10); the open sets give the title to India in
sets 19, 52, 54 and 65.

Near misses: a state named with the title keeps its state; a plain "Foreign Minister" keeps
the article's state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the title names India wherever the article is datelined
CASES: list[Case] = [
    (
        "VIENTIANE",
        "External Affairs Minister Ravi Kumar visited Vientiane on Friday and held talks with "
        "Foreign Minister Khamphone Sisouk.",
        "IND>LAO:04",
    ),
    (
        "PHNOM PENH",
        "Cambodia freed 30 Indian workers on Monday as External Affairs Minister Anil Rao visited "
        "the capital. Rao was received by Cambodia's prime minister.",
        "KHM>IND:08 IND>KHM:04 KHM>IND:04",
    ),
    (
        "DHAKA",
        "Minister of External Affairs Sunil Verma met Bangladesh's foreign minister in Dhaka on "
        "Tuesday.",
        "IND>BGD:04",
    ),
    # ... a state named with it is its state; a plain foreign minister the article's
    (
        "COLOMBO",
        "Sri Lanka's external affairs minister met Japan's foreign minister in Tokyo on Monday.",
        "LKA>JPN:04",
    ),
    (
        "KATHMANDU",
        "Foreign Minister Arzu Rana met China's ambassador in Kathmandu on Monday.",
        "NPL>CHN:04",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review357_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review357_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
