"""Kin named (session 31, S34): "called Ghana 'a sister nation'" is praise; forces driven out.

A state named a sister, a sisterly or kindred one is approved of (v.call_friend, 051), as one
named a brother is; the name is no wrong (v.call_names, 111, leaves kin words alone). A wrong
named beside it still outweighs ("called Ghana's move a betrayal of a sister nation" is no
state named a friend). So is a state its speaker says is a brother or a sister
('"Angola is a brother across the Atlantic"', v.say_partner: kin needs no word of trust
beside it, a partner or an ally still does; "a brother of South Africa" is another's).
"Peruvian troops drove Ecuadorian forces out of the valley": forces driven out are fought,
as troops are, no expulsion (v.kick_out's unless_words held "troop" but not the plural
"forces", since "force" is also the verb's lemma). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LOME",
        "Togo's foreign minister called Ghana \"a sister nation\" and thanked the World Bank for "
        "its support.",
        "TGO>GHA:05 TGO>WB:05",
    ),
    (
        "PRAIA",
        "Cape Verde's president called Portugal a sisterly country during the visit.",
        "CPV>PRT:05",
    ),
    (
        "DILI",
        "East Timor's prime minister called Indonesia \"a kindred people\" after the talks.",
        "TLS>IDN:05",
    ),
    # said of a state in the speaker's own words: kin is closeness itself (v.say_partner)
    (
        "HARARE",
        "\"Botswana is a brother across the Kalahari, and we want this friendship to grow,\" "
        "Zimbabwe's foreign minister, Tendai Moyo, told reporters.",
        "ZWE>BWA:05",
    ),
    # near-misses: another's brother, a standing with no word of closeness
    (
        "HARARE",
        "\"Botswana is a brother of South Africa, not of ours,\" Zimbabwe's foreign minister, "
        "Tendai Moyo, told reporters.",
        "",
    ),
    (
        "HARARE",
        "Zimbabwe's foreign minister said Botswana was a key ally.",
        "",
    ),
    # "forces" driven out are fought, as troops are (v.kick_out unless_words); monitors and
    # envoys sent away stay expulsions
    (
        "LIMA",
        "Peruvian troops drove Ecuadorian forces out of the valley in 1995, and Ecuador has "
        "claimed it ever since.",
        "",
    ),
    (
        "BAMAKO",
        "Mali forced U.N. monitors out of the country on Monday.",
        "MLI>UN:16",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary41_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary41_kin_named(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
