"""Context 32 (session 20, lead): a request to one's own legislature for what one would give
another state is an intent to give it (033).

news-dev codes "President Joe Biden has asked Congress for an additional $24 billion to
support Ukraine" as USA -> UKR 03/07; the coder read an appeal to Congress (domestic, so
nothing). ``v.ask_funding`` fires when the one asked is the subject's own legislature
(``needs: own_legislature``) and takes the target from the help infinitive on what is asked
for (``help_obj`` now reads one on a for-phrase too), never from another infinitive's object
("urged parliament to condemn Moldova").
Every sentence was written for this file; the cases run through the whole pipeline in one
batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import pytest
from audit_cases import audit_params, code_audit, matches

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    (
        "WASHINGTON",
        "President Joe Biden asked Congress for $10 billion to help Israel and Ukraine.",
        "USA>ISR:03 USA>UKR:03",
    ),
    (
        "LONDON",
        "Prime Minister Keir Starmer asked parliament for 3 billion pounds to help Ukraine buy "
        "drones.",
        "GBR>UKR:03",
    ),
    (
        "BRUSSELS",
        "President Emmanuel Macron asked parliament for more money to support Moldova.",
        "FRA>MDA:03",
    ),
    # another state's legislature is appealed to, as before
    (
        "WASHINGTON",
        "Ukrainian President Volodymyr Zelenskyy asked Congress for more weapons.",
        "UKR>USA:02",
    ),
    (
        "BERLIN",
        "Chancellor Friedrich Merz asked Poland for funds to help Ukraine.",
        "DEU>POL:02",
    ),
]

NONE: list[tuple[str, str]] = [
    # nothing for another state in the request, or no request made
    ("WASHINGTON", "President Joe Biden asked Congress to fund the border wall."),
    ("TOKYO", "Prime Minister Shigeru Ishiba urged lawmakers to approve a trade deal with Canada."),
    ("BRUSSELS", "Prime Minister Mark Carney urged lawmakers to approve new sanctions on Iran."),
    ("LONDON", "Prime Minister Keir Starmer did not ask parliament for money to support Ukraine."),
    ("BRUSSELS", "President Emmanuel Macron urged parliament to condemn Moldova."),
]

GAPS: list[tuple[str, str, str, str]] = [
    (
        "TOKYO",
        "Prime Minister Shigeru Ishiba urged lawmakers to approve a loan to the Philippines.",
        "JPN>PHL:03",
        "a loan named in another infinitive's object: the infinitive's objects are not read, "
        "as 'urged parliament to condemn Moldova' would then code",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_events_context32_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES] + [b for _, b in NONE] + [b for _, b, _, _ in GAPS]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context32_request_to_own_legislature(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
