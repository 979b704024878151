"""Review 446 (session 68, K68): "would take the dispute to the WTO", the to-phrase on the noun.

A referral announced by its own actor after the other side's act is a threat (v.refer_dispute's
future_code 130; decision 6 of "Conventions decided (session 67)"). "Paraguay said it would
take the dispute to Mercosur's arbitration tribunal" coded nothing: the parser hung "to ..." on
"dispute", so the verb had no "to" (no-particle) and the court was no word of its. A verb of
nlp/referred_matters.yaml (take, refer, bring) whose object is a quarrel's noun takes back the
to- or before-phrase right after that noun (nlp._referrals_read_as_object_phrases).

Near misses: a to-phrase of a noun that is no referral's object; a matter taken to one's own
cabinet (no court or body that judges).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ASUNCION",
        "Brazil raised tariffs on Paraguayan soy. Paraguay said it would take the dispute to the "
        "Mercosur tribunal.",
        "BRA>PRY:16 PRY>BRA:13",
    ),
    (
        "NAIROBI",
        "Tanzania banned Kenyan milk imports. Kenya's trade ministry said Nairobi would take the "
        "dispute to the East African Court of Justice.",
        "TZA>KEN:16 KEN>TZA:13",
    ),
    (
        "ACCRA",
        "Togo closed its border with Ghana on Monday. Ghana said it would take the issue to the "
        "regional court.",
        "TGO>GHA:16 GHA>TGO:13",
    ),
]
# ... a to-phrase of another noun, and a matter taken to one's own cabinet
NONE: list[NearMiss] = [
    ("TAMALE", "Ghana said the dispute to the north of Tamale had calmed."),
    ("DHAKA", "Bangladesh said it would take the matter to the cabinet."),
]
GAPS: list[Gap] = [
    (
        "MONTEVIDEO",
        "Egypt banned imports of Uruguayan beef on Monday. Uruguay's trade minister said the "
        "government would take the dispute to the World Trade Organization.",
        "EGY>URY:16 URY>EGY:13",
        "'the government' as the referrer under another's saying: the threat is not coded",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review446_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review446_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
