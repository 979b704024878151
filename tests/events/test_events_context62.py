"""Context 62 (session 32, helper STATECO): a state company or state bank acts for its state.

Ruling of session 32: a company or bank the article calls state-run, state-owned or state, or
one the actor data knows as its state's (data/actors/state_companies.yaml), acts for its state
in cooperation, investment, loans, trade and contracts, as source or target (resolve:
_state_firm, role GOV; the patterns' subject kind "organ" lets such a firm invest, export and
supply as its state does). A private firm, a firm whose owner is not given and a state firm
at home code nothing. Fuel shipped on credit is a loan in kind (071, v.supply_energy refine); a
contract awarded to a state firm is economic cooperation with its state (061, v.award_contract).
Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "OSLO",
        "Norway's state oil company will invest $400 million in Ghana's offshore fields.",
        "NOR>GHA:03",
    ),
    (
        "LUANDA, Angola",
        "Angola's national oil company will invest $1 billion in Congo.",
        "AGO>COD:03",
    ),
    ("BELGRADE, Serbia", "Gazprom will supply gas to Serbia under the new contract.", "RUS>SRB:03"),
    (
        "DODOMA, Tanzania",
        "Tanzania signed a concession with a Chinese state-owned builder on Friday.",
        "TZA>CHN:05",
    ),
    ("LUSAKA, Zambia", "Zambia's state railway company signed a deal with Tanzania.", "ZMB>TZA:05"),
    # a state's lender, named by its kind
    (
        "LIMA, Peru",
        "India's Export-Import Bank will lend Peru $300 million for the port.",
        "IND>PER:03",
    ),
    # a contract or concession awarded to another state's state firm (v.award_contract)
    (
        "NAIROBI, Kenya",
        "Kenya awarded an exploration block to a Turkish state company.",
        "KEN>TUR:06",
    ),
    (
        "ADDIS ABABA, Ethiopia",
        "Djibouti awarded the port contract to Ethiopia's state shipping company on Monday.",
        "DJI>ETH:06",
    ),
    # fuel shipped on credit: a loan in kind (071)
    (
        "DOHA, Qatar",
        "Qatar's state energy company shipped gas to Pakistan on credit.",
        "QAT>PAK:07",
    ),
    ("DOHA, Qatar", "Qatar shipped gas to Pakistan on credit last winter.", "QAT>PAK:07"),
]

# the parser hangs the by-phrase's joined signers on the appositive after them ("head of ...")
# and makes that noun the phrase's object: context._agent_nmods makes the first signer the
# object again, so both sides signed (and the reaction answers the co-signer)
SIGNERS: list[Case] = [
    (
        "QUITO, Ecuador",
        "Ecuador signed a uranium deal with Russia on Monday. The contract was signed in Quito "
        "by Ecuadorian Hydrocarbons and Energy Minister Jorge Andrade and Oleg Markov, head of "
        "Russia's state nuclear company Rosatom. Russia welcomed the signing.",
        "ECU>RUS:05 ECU>RUS:05 RUS>ECU:05 RUS>ECU:05",
    ),
]
CASES += SIGNERS

NONE: list[NearMiss] = [
    # a contract awarded to a private firm, and an award that is no contract
    ("NAIROBI, Kenya", "Kenya awarded an exploration block to a Norwegian company."),
    ("NAIROBI, Kenya", "Kenya awarded Uganda's coach a medal for the season."),
    # a private firm, and a firm whose owner the article does not give
    ("OSLO", "A Norwegian company will invest $400 million in Ghana's offshore fields."),
    ("OSLO", "Nordfjell Energy will invest $400 million in Ghana's offshore fields."),
    ("LIMA, Peru", "Chinese companies will invest $2 billion in Peru."),
    # a state firm at home, on its own state
    ("MEXICO CITY", "Pemex raised fuel prices across the country on Monday."),
    ("MEXICO CITY", "Mexico's state oil company raised fuel prices on Monday."),
]

GAPS: list[Gap] = [
    (
        "ACCRA, Ghana",
        "Ghana's state power company will export electricity to Togo.",
        "GHA>TGO:03",
        "v.export_to takes no organ subject: taken out at landing (a held-out set lost one"
        " extra to a state firm's export)",
    ),
    (
        "OSLO",
        "Norway's state oil company will drill with Ghana off Cape Three Points.",
        "NOR>GHA:06",
        "no pattern reads 'drill with' a partner as joint work",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_events_context62_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context62_state_firms(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
