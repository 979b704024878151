"""Review 85 (session 32, helper S39b): fire on a place near a town; an apposed subject's verb.

"A Sudanese army drone fired on a market near Ndele": what fire is aimed at stands for the
place its phrase names (v.fire_at's prep_place). A market is such a place (rules.yaml
aimed_place_nouns), and "near" a town, region or district (a place mention, no state's name)
is still inside the town's state (clauses._NEAR_PREPS); near a state's own name ("into the sea
near Japan", "at a target area near Japan") is outside it, aimed at no one. Fire by no state
("gunmen") and a market opened, not fired on, code nothing. Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").

'A Kenyan ministry spokesperson, Amina Otieno, called Uganda's ban "disproportionate" and said
...': the parser hangs "called" on the subject (or on its apposition) as a modifier, "said" the
root, and reads the possessed object as a complement, so the naming had no subject and no
object. context._apposed_verbs makes the first verb the root, the noun its subject and "said"
its conjunct; of two complements the first noun is the object, and a quoted adjective hung on a
lone complement ('called Beijing's move "unacceptable"') is the name given; with curly quotes
('called Zambia’s ban “disproportionate”') the object and its possessor may hang on the quoted
adjective, and the noun right before the quotation is the object again.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BANGUI",
        "Government spokesman Jean Malo said that a Sudanese army drone fired on a market near "
        "Ndele on Sunday.",
        "SDN>CAF:19",
    ),
    (
        "BAMAKO",
        "Malian officials said a Burkinabe army helicopter fired at a village near Sikasso on "
        "Tuesday.",
        "BFA>MLI:19",
    ),
    (
        "NAIROBI",
        "Uganda banned imports of Kenyan milk on Monday. A Kenyan ministry spokesperson, Amina "
        'Otieno, called Uganda\'s ban "disproportionate" and said Nairobi would study the decision.',
        "UGA>KEN:16 KEN>UGA:11",
    ),
    (
        "HANOI",
        "China detained two Vietnamese fishermen on Monday. A Vietnamese government spokeswoman, "
        'Pham Thu Hang, called Beijing\'s move "unacceptable" and said Hanoi would study the case.',
        "CHN>VNM:17 VNM>CHN:11",
    ),
    (
        "OSLO",
        "Russia closed its waters to Norwegian trawlers on Monday. A Norwegian foreign ministry "
        'spokesman, Lars Berg, called Russia\'s decision "unlawful" and said Oslo would study '
        "its options.",
        "RUS>NOR:16 NOR>RUS:11",
    ),
    (
        # curly quotes: the object and its possessor hung on the quoted adjective
        "LILONGWE",
        "Zambia banned imports of Malawian maize on Monday. A Malawian trade ministry "
        "spokesperson, Chikondi Banda, called Zambia’s ban “disproportionate” and said Lilongwe "
        "would study the decision.",
        "ZMB>MWI:16 MWI>ZMB:11",
    ),
]

NONE: list[NearMiss] = [
    ("TOKYO", "North Korea fired two missiles into the sea near Japan on Sunday."),
    ("TOKYO", "North Korea fired two missiles at a target area near Japan on Sunday."),
    ("BANGUI", "Sudanese traders opened a market near Ndele on Sunday."),
    ("BANGUI", "Gunmen fired on a market near Ndele on Sunday."),
    # a participle of its own with no "and" joining it to the root: no verb of the subject
    (
        "NAIROBI",
        "A Kenyan ministry spokesperson, Amina Otieno, called to the podium, said Nairobi would "
        "study the decision.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review85_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review85_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
