"""Reactions 36 (session 32, helper S39): a reaction that names an earlier act in quoted words.

'called the measure "collective punishment"' is parsed with the quoted name as the object's
apposition, and 'called the protest "a show staged for the cameras"' with it as a clause of
its own ("a show" its subject, "staged" its verb, which the tagger may read as a past
verb): in both the naming verb found no name (v.call_names needs an oprd) and the reaction was
lost. context._quoted_names makes a quotation opening right after the object the verb's
complement, with a bare participle clause hung on the name. A quoted clause with an auxiliary
('"a start that will not last"') keeps its parse.

"Soldiers fired on a patrol boat ... The United States condemned the shooting": the shooting is
the firing told before (rules.yaml act_derivations "shooting fire"), so the condemnation
answers the firers.

'Uruguay "does not take orders from Buenos Aires"': another state's orders refused (120), as
its lessons are (v.not_accept_lessons lists orders, dictates and instructions, and reads the
from-phrase hung on the verb as well as on the object); orders from no state ("from anyone",
"from the president") name no one.

"Kenya called for talks between Rwanda and Uganda": an appeal to meet (026) to each side the
between-phrase names (v.call_for_talks); talks on a matter name no one. Each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PARIS",
        "France has suspended visas for Malian officials. Mali's Foreign Ministry called the "
        'measure "collective punishment" and said it would not bow to pressure.',
        "FRA>MLI:16 MLI>FRA:11 MLI>FRA:12",
    ),
    (
        "PARIS",
        "France has suspended visas for Malian officials. Mali's Foreign Ministry called the "
        "measure “collective punishment.”",
        "FRA>MLI:16 MLI>FRA:11",
    ),
    (
        "GEORGETOWN",
        "Suriname lodged a protest with Guyana on Monday. Guyanese Foreign Minister Ana Lopes "
        'called the protest "a show staged for the cameras" and said Georgetown remained open '
        "to talks.",
        "SUR>GUY:11 GUY>SUR:11",
    ),
    (
        "ACCRA",
        "Ghana banned imports of Togolese rice on Monday. Togo's trade ministry called Ghana's "
        "ban “a decision taken in haste” on Tuesday.",
        "GHA>TGO:16 TGO>GHA:11",
    ),
    (
        "LIMA",
        'Ecuador closed its border with Peru on Monday. Peru called the closure "a gesture made '
        'for voters at home."',
        "ECU>PER:16 PER>ECU:11",
    ),
    (
        "PARAMARIBO",
        "Suriname summoned Brazil's ambassador on Wednesday after Brazilian soldiers fired on a "
        "Surinamese army patrol boat. A crew member said the shooting lasted ten minutes. The "
        "United States condemned the shooting.",
        "SUR>BRA:11 BRA>SUR:19 USA>BRA:11",
    ),
    (
        "MONTEVIDEO",
        "Uruguay's government spokesman told reporters the requests would be handled by the "
        'courts and that Uruguay "does not take orders from Buenos Aires."',
        "URY>ARG:12",
    ),
    (
        "ASUNCION",
        "Paraguay will not take instructions from Brasilia on its energy policy, the minister "
        "said.",
        "PRY>BRA:12",
    ),
    (
        "NAIROBI",
        "Rwanda has suspended visas for Ugandan officials. Kenya called for talks between Rwanda "
        "and Uganda.",
        "RWA>UGA:16 KEN>RWA:02 KEN>UGA:02",
    ),
    (
        "KAMPALA",
        "Burundi has suspended visas for Tanzanian officials. Kenya called for talks between the "
        "two governments.",
        "BDI>TZA:16 KEN>BDI:02 KEN>TZA:02",
    ),
]

NONE: list[NearMiss] = [
    ("MONTEVIDEO", "Uruguay does not take orders from anyone, the minister said on Monday."),
    ("MONTEVIDEO", "The general said his troops take orders from the president alone."),
    ("NAIROBI", "Kenya called for talks on the border dispute on Monday."),
]
GAPS: list[Gap] = [
    (
        "NAIROBI",
        "Uganda banned imports of Kenyan milk on Monday. A Kenyan ministry spokesperson, Amina "
        'Otieno, called Uganda\'s ban "disproportionate" and said Nairobi had offered to send '
        "inspectors.",
        "UGA>KEN:16 KEN>UGA:11 KEN>UGA:03",
        "the apposed subject's 'called' is parsed as the noun's modifier (acl) with two "
        "complements, the object read as one; _called_names mends only a proper name",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions36_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions36_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
