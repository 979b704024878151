"""Clauses 84 (session 62, X62): the second act or second party of a sentence.

"condemned the seizure of two Peruvian trawlers and the detention of their crews by Ecuador's
navy": wire copy lists the acts of one doer and names the doer once, after the last; a later
act noun of a root of the first one's lends it its by-phrase (clauses._joined_act_agents), for
the act noun's own source and for the condemnation's target. A joined noun of another root
(a visit) names no doer of the seizure.

"protested to Russia over the suspension of imports of Georgian wine": a cut in trade names
the state hit by where the goods come from, as a ban on imports does (n.suspension's goods
slot, read through the of-phrase as well).

"demanded that Colombia free three Panamanian sailors and their cargo ship, seized by the
Colombian coast guard": a participle set off by a comma after a list the parser hung it on
the last of tells of the whole list (extract._listed_patient); with no comma it describes
only the last noun. The noun a participle modifies refines its code as a passive's subject
does: a boat seized near islands is property seized (171), not the islands taken (192).

"summoned South Africa's envoy to protest the closure of the main border crossing": a
closure that names no side, by the one state the protest is aimed at, was done to the
protester (n.closure's protester slot), as a closure verb in an after-clause is
(nominals._protesting_party); a closure by a third state is not, nor a bare "to protest the
closure", which restates the closure told before.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

JOINED: list[Case] = [
    (
        "LIMA",
        "Peru condemned the seizure of two Peruvian trawlers and the detention of their crews "
        "by Ecuador's navy.",
        "PER>ECU:11 ECU>PER:17",
    ),
    (
        "ACCRA",
        "Ghana protested the arrest of three Ghanaian traders and the confiscation of their "
        "goods by Togolese police.",
        "GHA>TGO:11 TGO>GHA:17",
    ),
]
GOODS: list[Case] = [
    (
        "TBILISI",
        "Georgia protested to Russia over the suspension of imports of Georgian wine.",
        "GEO>RUS:11 RUS>GEO:16",
    ),
    (
        "CHISINAU",
        "Moldova criticized Russia's suspension of imports of Moldovan fruit.",
        "MDA>RUS:11 RUS>MDA:16",
    ),
]
LISTED: list[Case] = [
    (
        "PANAMA CITY",
        "Panama demanded that Colombia free three Panamanian sailors and their cargo ship, "
        "seized by the Colombian coast guard last week.",
        "PAN>COL:10 COL>PAN:17",
    ),
    (
        "DAKAR",
        "Senegal called for the release of two Senegalese fishermen and their boat, seized by "
        "Guinea-Bissau's navy on Monday.",
        "GNB>SEN:17",
    ),
    # the boat the participle modifies refines the seizure, not the islands it was near
    (
        "PANAMA CITY",
        "Panama demanded that Colombia free four Panamanian fishermen and their boat, seized "
        "by the Colombian navy near the San Andres islands.",
        "PAN>COL:10 COL>PAN:17",
    ),
    ("GEORGETOWN", "Venezuela seized a Guyanese island in the river.", "VEN>GUY:19"),
]
CLOSED: list[Case] = [
    (
        "LUSAKA",
        "Zambia summoned Tanzania's envoy to protest the closure of the Tunduma border crossing.",
        "ZMB>TZA:11 TZA>ZMB:16",
    ),
    (
        "ASUNCION",
        "Paraguay summoned Argentina's ambassador on Monday to protest the closure of the main "
        "border crossing between the two countries, which Argentina shut at the weekend.",
        "PRY>ARG:11 ARG>PRY:16",
    ),
    # a bare "the closure" restates one told before: no new act
    ("LUSAKA", "Zambia summoned Tanzania's envoy to protest the closure.", "ZMB>TZA:11"),
    # closed by a third state: no closure on the protester by the state protested to
    (
        "LUSAKA",
        "Zambia summoned Tanzania's envoy to protest the closure of the border crossing by "
        "Malawi.",
        "ZMB>TZA:11 ZMB>MWI:11",
    ),
]
# an aid cut that names no receiver, decided by the state protested to, is done to the
# protester (session 63: nominals._protested_decision, test_events_clauses85)
DECIDED: list[Case] = [
    (
        "TEGUCIGALPA",
        "Honduras summoned Sweden's envoy to protest Stockholm's decision to suspend aid.",
        "HND>SWE:11 SWE>HND:16",
    ),
]
CASES: list[Case] = JOINED + GOODS + LISTED + CLOSED + DECIDED

NONE: list[NearMiss] = [
    (
        "LIMA",
        "Peru condemned the seizure of two Peruvian trawlers and a visit by Ecuador's navy chief "
        "to the islands.",
    ),
    ("LIMA", "Peru reported the seizure of two Peruvian trawlers and a visit by Ecuadorian officials."),
    ("TBILISI", "Georgia announced the suspension of imports of wine."),
    ("CHISINAU", "Moldova welcomed the suspension of imports of Russian gas."),
    ("PANAMA CITY", "Officials counted three Panamanian sailors and a boat seized by the Colombian coast guard."),
    ("LUSAKA", "Zambian officials discussed the closure of the Tunduma border crossing."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses84_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses84_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
