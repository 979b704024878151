"""Review 183 (session 55, lead): peoples by descent, and places at a border, name no state.

Forms of real wire copy that coded a state where none acts or is acted on (seen in the PLOVER
gold standard's records, rewritten here with other names and words): a nationality after
"ethnic" is a people by descent ("Serb forces killed three ethnic Albanians in southern
Serbia": no act on Albania; resolve._descent_name), as are two nationalities written together
as a people ("Bosnian Serbs", "Turkish Cypriots", "Kosovo Albanians": resolve._minority_names);
a border or front a seizure or an arrest is at names its neighbour only as a place ("captured
a rebel camp on the Thai border", "arrested four men near the border with Serbia":
sides._front_place, rules placed_seizure_codes). A state's nationals by nationality alone are
still its people ("Latvian police detained three Russian activists" codes 17 on Russia), a
border's own slots still name the state beyond it ("closed its border with Georgia"), and
troops moved or shells fired near a border are still aimed beyond it (older rows of
vocabulary16, 18, 27, 62).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# resolve._descent_name, resolve._minority_names
DESCENT_KEPT: list[Case] = [
    ("RIGA", "Latvian police detained three Russian activists outside parliament.", "LVA>RUS:17"),
    ("ANKARA", "Turkey said it would defend the rights of Cyprus in the talks.", "TUR>CYP:03"),
    ("NICOSIA", "Greek police arrested two Albanian smugglers near Kastoria.", "GRC>ALB:17"),
]
DESCENT_NOT: list[NearMiss] = [
    ("BELGRADE", "Serbian troops killed two ethnic Albanians in a clash in southern Serbia."),
    ("RIGA", "Latvian police detained three ethnic Russian activists outside parliament."),
    ("RIGA", "Latvian police detained three ethnic-Russian activists at a rally."),
    ("PRISTINA", "Kosovo police arrested four ethnic Serbs in the town of Zvecan."),
    ("SKOPJE", "Ethnic Albanians in North Macedonia demanded a U.N. presence."),
    ("SARAJEVO", "Bosnian Serbs said their forces had pulled out of the town of Foca."),
    ("PRISTINA", "Kosovo Serbs protested against Serbia's new tax on Monday."),
    ("ANKARA", "Turkey vowed to defend the Turkish Cypriots against any pressure."),
]

# sides._front_place
BORDER_KEPT: list[Case] = [
    ("TBILISI", "Russia closed its border with Georgia on Monday.", "RUS>GEO:16"),
    ("BANGKOK", "Myanmar troops shelled a Thai village near Mae Sot on Monday.", "MMR>THA:19"),
    ("BANGKOK", "Myanmar moved two battalions toward the Thai border.", "MMR>THA:15"),
]
BORDER_NOT: list[NearMiss] = [
    ("BANGKOK", "Myanmar troops captured a rebel camp on the Thai border on Sunday."),
    ("BANGKOK", "Myanmar troops seized part of a rebel base on the Thai frontier."),
    ("PRISTINA", "Kosovo police arrested four smugglers near the border with Serbia."),
]

CASES: list[Case] = DESCENT_KEPT + BORDER_KEPT
NONE: list[NearMiss] = DESCENT_NOT + BORDER_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review183_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review183_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
