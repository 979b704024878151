"""Context 153 (session 62, E62): a rejection or a denial aimed at who made the charge.

"Ghanaian senators accused Togo of flooding the market with cheap cement. Togo's trade
ministry rejected the accusation": a rejection of a charge or a description (charge_nouns,
remarked_nouns) that no coded act answers is aimed at the one state or IGO whose verb of that
kind (charging; for a description naming and voicing too) made it up to three sentences back,
coded or not (reactions._charged_before). A criticism stays _voiced_by's (its rows are kept
here). A bare denial with a that-clause ("denied that any records had been withheld") that
nothing coded answers is aimed at the one state or IGO whose voice told, in a sentence naming
the denier, what is denied (reactions._denial_tellers).

Near misses: a rejecter never named before (a stranger's "rejected the criticism"); the
description was the rejecter's own; a description made by two states; a denial after a
sentence that names no denier; a denial after two tellers; a denial after the denier's own
voice only; a denial after words of farmers, no actor; a denial with an object (", which
Kampala denies", "denied any role"), whose charge is told with it, not before.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._charged_before: the maker of the charge or description just before
CHARGED: list[Case] = [
    (
        "ACCRA",
        "The IMF urged Ghana to trim its cocoa subsidies. It criticized what it described as "
        '"a habit of borrowing for roads that never pay their way." The government rejected '
        "that description.",
        # the criticism carries on the appeal just before (session 65, reactions._urged_before,
        # test_events_review331; set 79 codes the same form required)
        "IMF>GHA:02 IMF>GHA:11 GHA>IMF:12",
    ),
    (
        "ACCRA",
        "The deal was signed a month after Togo expelled 60 Ghanaian traders, a step that "
        "Ghana's Foreign Ministry denounced at the time as \"rash and cruel.\" A Togolese "
        "diplomat in Accra rejected that description on Monday.",
        "TGO>GHA:17|16 GHA>TGO:11 TGO>GHA:12",
    ),
]
# ... one maker with two targets answered by either; two makers, or a stranger, give nothing
NOT_CHARGED: list[Case] = [
    (
        "KUMASI",
        "Ghana's foreign ministry criticized Togo and Benin over a new cement levy. Benin's "
        "trade ministry rejected the criticism.",
        "GHA>TGO:11 GHA>BEN:11 BEN>GHA:12",
    ),
    (
        "WA",
        "Togo raised its levy on imported cement to 30 percent in March. Ghana's president and "
        "Nigeria's trade minister described the levy as a tax on neighbours. Togo's trade "
        "ministry rejected that description.",
        "",
    ),
    (
        "TAMALE",
        "Ghana's president criticized the cement levy as reckless. Togo's trade ministry also "
        "called it a reckless tax. Nigeria rejected the criticism.",
        "",
    ),
]
# reactions._denial_tellers: the voice that just told what is denied
DENIAL_TOLD: list[Case] = [
    (
        "LILONGWE",
        "The WHO representative in Malawi said the agency had twice asked the government to "
        "share laboratory results. Malawi's health minister denied that any records had been "
        "withheld.",
        "WHO>MWI:02 MWI>WHO:12",
    ),
]
NONE: list[NearMiss] = [
    (
        "KAMPALA",
        "Kenya's foreign ministry said the border had been quiet for a month. Uganda's army "
        "denied that its troops had been moved.",
    ),
    (
        "JINJA",
        "Uganda's army said its troops were on a routine patrol along the border with Kenya. "
        "Uganda's defence minister denied that any soldier had crossed.",
    ),
    (
        "GULU",
        "Farmers in the north said Ugandan soldiers had crossed the border near Busia on "
        "Sunday. Uganda's army denied that its troops had entered Kenya.",
    ),
    (
        "MBALE",
        "Kenya's foreign ministry said the lake patrols had been calm, and Tanzania's police "
        "said two trucks had been held at the crossing. Uganda's army denied that its officers "
        "had done anything wrong.",
    ),
    (
        "ENTEBBE",
        "Kenya's foreign ministry said Ugandan boats had been seen near Migingo island for a "
        "month. Rights groups accuse Ugandan units of smuggling gold across the lake, which "
        "Kampala denies.",
    ),
    (
        "ARUA",
        "Kenya's foreign ministry said Ugandan boats had been seen near Migingo island all "
        "month. Uganda's army denied any role in the smuggling.",
    ),
    (
        "HO",
        "Ghana's foreign ministry described the border dispute as a family quarrel. Ghana's "
        "trade minister later rejected that description.",
    ),
]
CASES: list[Case] = CHARGED + NOT_CHARGED + DENIAL_TOLD
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context153_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context153_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
