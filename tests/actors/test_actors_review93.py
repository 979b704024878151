"""Review 93 (session 49, O71): people and a name left to the wrong state, or to none.

- "Korean" alone ("the Korean prime minister", "Korean help", "the Korean government") named
  no state, so a story that had named South Korea lost its leader's praise and thanks. It is
  South Korea's adjective now (states_extra.yaml KOR adj, as the open sets annotate "Korean
  companies", "Korean weapons"), except in a story that names North Korea, where it may be
  either's and names neither (false_friends.yaml unless_in_article, now read for adjectives
  too: Resolver._false_friend). "the Korean Peninsula" and "the Korean War" stay places.
- A person stated with no state ("Foreign Minister X") in a visit story took the dateline's
  state, so "the first visit to Nairobi by a Peruvian foreign minister. Foreign Minister X
  was received by Kenya's president" made X Kenyan: the host's reception was lost and the
  visitor's later acts turned into the host's. A person first told as received, welcomed
  or hosted by the dateline state's actor (the agent of the passive, or the subject of the
  active verb) is no official of that state: the one other state named before
  (resolve.Resolver._hosted_by_home, beside _aims_at_home). A bare official who receives a
  guest stays the dateline's.
- A hyphened surname told alone ("Abena Osei-Tutu ... Later, Osei-Tutu spoke by phone") was
  no person (the model may call it an organisation): it is one word of the stored name but
  three tokens of the text; Resolver._find_surnames now matches it over the hyphen.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    # "Korean" after South Korea was named: South Korea
    (
        "NAIROBI",
        "South Korea signed a rail deal with Kenya on Monday. The Korean prime minister praised"
        " Kenya for its hospitality.",
        "KOR>KEN:05 KOR>KEN:05",
    ),
    (
        "ACCRA",
        "South Korea's president visited Ghana on Tuesday. Ghana asked for Korean help with a new port.",
        "KOR>GHA:04 GHA>KOR:02",
    ),
    (
        "MANILA",
        "Seoul and Manila held talks on Friday. The Philippines thanked the Korean government for its aid.",
        "KOR>PHL:04 PHL>KOR:04 PHL>KOR:05",
    ),
    # a story that names the North: neither Korea's
    (
        "TOKYO",
        "North Korea fired a missile over Japan on Monday. Korean state media accused Tokyo of provocation.",
        "PRK>JPN:19",
    ),
    # the peninsula is a place
    (
        "SEOUL",
        "Japan criticized North Korea's missile launch. South Korea urged restraint on the Korean Peninsula.",
        "JPN>PRK:11",
    ),
    # a person received by the dateline state's actor is the visitor
    (
        "NAIROBI",
        "Peru and Kenya signed a coffee deal during the first visit to Nairobi by a Peruvian foreign"
        " minister. Foreign Minister Ana Torres was received by Kenya's president at State House.",
        "PER>KEN:05 KEN>PER:05 PER>KEN:04 KEN>PER:04",
    ),
    (
        "ACCRA",
        "The first visit to Accra by a Chilean foreign minister began on Monday. Ghana's president"
        " welcomed Foreign Minister Pablo Rios at Jubilee House.",
        "CHL>GHA:04 GHA>CHL:04",
    ),
    # one who receives, or is received abroad, stays the dateline's
    (
        "LIMA",
        "The first visit to Lima by a Kenyan foreign minister began on Monday. Foreign Minister Rosa"
        " Flores received Kenya's ambassador.",
        "KEN>PER:04 PER>KEN:04",
    ),
    (
        "HANOI",
        "Japan's foreign minister arrived in Hanoi on Monday. Foreign Minister Tran Duc Minh was"
        " received by Japan's prime minister in Tokyo last year.",
        "JPN>VNM:04",
    ),
    # a hyphened surname alone is the person named before
    (
        "ACCRA",
        "Ghana's Foreign Minister Abena Osei-Tutu criticized Togo on Monday. Later on Tuesday,"
        " Osei-Tutu spoke by phone with her Togolese counterpart.",
        "GHA>TGO:11 GHA>TGO:04",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    ("HANOI", "Vietnam's leader laid a wreath at a Korean War memorial in Seoul."),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "Ghana's Foreign Minister Abena Osei-Tutu criticized Togo on Monday. Osei-Tutu spoke by"
        " phone with her Togolese counterpart on Tuesday.",
        "GHA>TGO:11 GHA>TGO:04",
        "a sentence-initial 'Osei-Tutu' is taken for a new person 'Osei' before the surnames are read",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_actors_review93_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_actors_review93_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
