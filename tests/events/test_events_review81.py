"""Review 81 (session 32, helper S40): forms from set 40's extras.

Military personnel withdrawn: "India, which withdrew its military personnel from the Maldives"
was coded as an envoy recalled (v.recall_envoy read "personnel" as diplomats, 161). Personnel
with a military word are troops pulled out (v.withdraw_military_personnel, 0874); other
personnel stay a recall (v.recall_personnel).

A partner in dealings: "the U.S. Embassy in Yerevan had warned that energy deals with Iran could
trigger U.S. sanctions" was a warning to Iran: the content clause's subject named Iran only as
the partner of the dealings (rules.yaml dealing_nouns, clauses._dealing_partners); the state
warned is whoever deals with it.

Two acts of one pair: "India's prime minister welcomed his guest at Hyderabad House and called
Bhutan 'a friend ...'" coded the praise only. The parser hung "at <place>" on "guest", read as
"guests at the wedding" (described._find_guests: a place on the guest a guest verb welcomed is
the welcome's place); and the naming was dropped as a restatement of the first act
(extract._coordinated_act), as "condemned X, calling it ..." is. A naming of cooperative root
after an encounter (04) is a praise of its own; a blame read from such a name stays left out.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # military personnel are troops
    (
        "DHAKA",
        "Bangladesh, which withdrew its military personnel from Nepal in 2024 at Kathmandu's "
        "request, did not comment on Friday.",
        "BGD>NPL:08",
    ),
    ("ABUJA", "Nigeria pulled its army personnel out of Gambia on Monday.", "NGA>GMB:08"),
    # kept: diplomatic and embassy personnel are recalled
    ("NAIROBI", "Kenya evacuated its diplomatic personnel from Sudan.", "KEN>SDN:16"),
    (
        "ACCRA",
        "Ghana recalled its embassy personnel from Togo after the protests.",
        "GHA>TGO:16",
    ),
    # the warned state named: kept
    (
        "TBILISI",
        "Germany cautioned Georgia that contracts with Russia could trigger sanctions.",
        "DEU>GEO:13",
    ),
    # a state whose own dealings are told is still told of
    (
        "TBILISI",
        "France warned that Iran's trade with Syria broke the embargo.",
        "FRA>IRN:11",
    ),
    # a host's welcome and praise: two acts
    (
        "SUVA",
        "The deal was signed during a three-day visit by Tonga's prime minister. Fiji's prime "
        'minister welcomed his guest at Government House and called Tonga "a friend we can '
        'always count on."',
        "TON>FJI:04 FJI>TON:04 FJI>TON:05",
    ),
    (
        "SUVA",
        "The deal was signed during a three-day visit by Tonga's prime minister. Fiji's prime "
        "minister welcomed his guest at the airport and praised Tonga's reforms.",
        "TON>FJI:04 FJI>TON:04 FJI>TON:05",
    ),
    # kept: guests at a reception are no visitor; a naming restates a blame; a blame named
    # after a meeting is left out
    (
        "SUVA",
        "The deal was signed during a three-day visit by Tonga's prime minister. Fiji's prime "
        "minister spoke to guests at the reception.",
        "TON>FJI:04",
    ),
    ("SUVA", "Fiji condemned Tonga's vote, calling it a betrayal.", "FJI>TON:11"),
    (
        "SUVA",
        "Fiji's prime minister met Tonga's king and called the kingdom a reckless neighbor.",
        "FJI>TON:04",
    ),
]

NONE: list[NearMiss] = [
    # the partner of the dealings is not warned
    (
        "BAKU",
        "On Monday, the British Embassy in Baku had warned that energy deals with Russia could "
        "trigger British sanctions.",
    ),
    ("TBILISI", "Washington warned that business with Iran could bring penalties."),
]

GAPS: list[Gap] = [
    (
        "BAKU",
        "Britain warned that trade with Russia could expose Azerbaijani firms to sanctions.",
        "GBR>AZE:13",
        "the firms exposed are the clause's object, which ccomp_actor does not read",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review81_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review81_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
