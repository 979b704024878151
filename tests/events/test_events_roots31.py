"""A demand after a summons whose sentence names the summoner's own nationality (session 30, TWO).

"Senegal summoned Gambia's ambassador and demanded an inquiry after four Senegalese fishermen
were shot": a demand with no target of its own is made to the summoned envoy's state (the
counterpart, sides._counterpart_fits), unless its complements name another actor, where
another pattern may find the target (sides._names_other). The doer's own nationality
qualifying a thing there ("Senegalese fishermen", "Senegalese farmland"), or a pair the doer is
one of ("near the two countries' border"), names no other party, so it no longer stops the
counterpart. (Since session 60, C60, a demand joined bare after a summons is asked of the
summoned envoy's state whatever its complements name, the summons read as an address as a talk
is, extract._after_talk: "demanded an inquiry after four Malian fishermen were shot" and "after
clashes near the two countries' border", which another nationality or a pair of others told
before kept from the counterpart, are asked of the envoy's state; the guidelines aim an act at
whom it addresses.) Kept: a demand negated, hypothetical or made by a third state does not
take the summons' pair; an own state told as owner ("convey Canada's objection") still
counts as named, as before. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # (a gap until session 60: "demanded an end to work" took no counterpart; after the
    # summons, an address, it is asked of the envoy's state)
    (
        "DAKAR",
        "Senegal summoned Gambia's ambassador on Friday and demanded an end to work on a dam "
        "that it says floods Senegalese farmland.",
        "SEN>GMB:11 SEN>GMB:10",
    ),
    (
        "DAKAR",
        "Senegal summoned Gambia's ambassador on Friday and demanded an inquiry after four "
        "Senegalese fishermen were shot near the river.",
        "SEN>GMB:11 SEN>GMB:10",
    ),
    (
        "ACCRA",
        "Ghana summoned Togo's ambassador on Monday and demanded a halt to work on a wall that "
        "it says cuts into Ghanaian land.",
        "GHA>TGO:11 GHA>TGO:10",
    ),
    (
        "ACCRA",
        "Ghana summoned Togo's ambassador on Monday and demanded an explanation after three "
        "Ghanaian farmers were killed near the border.",
        "GHA>TGO:11 GHA>TGO:10",
    ),
    (
        "NOUAKCHOTT",
        "Mauritania summoned Senegal's ambassador and demanded an inquiry after nine "
        "Mauritanian herders were killed near the two countries' border.",
        "MRT>SEN:11 MRT>SEN:10",
    ),
    # near-misses: negated, hypothetical, a third state's demand, another's nationality, a pair
    # the doer is not one of
    (
        "DAKAR",
        "Senegal summoned Gambia's ambassador on Friday but did not demand an inquiry after "
        "four Senegalese fishermen were shot near the river.",
        "SEN>GMB:11",
    ),
    (
        "DAKAR",
        "Senegal summoned Gambia's ambassador on Friday and said it might demand an inquiry "
        "after four Senegalese fishermen were shot near the river.",
        "SEN>GMB:11",
    ),
    (
        "DAKAR",
        "Senegal summoned Gambia's ambassador on Friday, and Mali demanded an inquiry after "
        "four Senegalese fishermen were shot near the river.",
        "SEN>GMB:11",
    ),
    (
        "DAKAR",
        "Senegal summoned Gambia's ambassador on Friday and demanded an inquiry after four "
        "Malian fishermen were shot near the river.",
        "SEN>GMB:11 SEN>GMB:10",
    ),
    (
        "DAKAR",
        "Mali and Niger closed their shared border on Monday. Senegal summoned Gambia's "
        "ambassador and demanded an inquiry after clashes near the two countries' border.",
        "SEN>GMB:11 SEN>GMB:10",
    ),
]

NONE: list[NearMiss] = [
    ("DAKAR", "Senegal demanded an inquiry on Friday after four Senegalese fishermen were shot."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots31_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots31_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
