"""Clauses 33 (session 23, builder DG): a warning of one's own act on a condition.

Found with the block trace (eval --blocked): of the development sets' silent sentences
whose nearest pattern read the sides but found no other state, "warned that Tehran would
start drilling ... if Kuwait and Riyadh pressed ahead" had v.warn read its own state from
the that-clause (same-state). A warning whose that-clause tells the speaker's own act ahead
(clauses._own_future_clauses), naming no other party but in its condition, threatens the
state of the if/unless clause (v.warn_if, 130), as "threatened to ... if" does
(v.threaten_if; the cond_subj slot now also reads the that-clause). An act naming its own
target keeps its pattern's threat ("would expel the Colombian ambassador if ...": 1313). A
loss foretold, a friendly answer, a forecast by others, a plan of one's own affairs and a
condition on no state code nothing.

Also from the trace (nearest 'source-unresolved'): "A Tajik border service spokesman
rejected the charge" had no actor, "border service" being no role noun; a state's border
service or border guard service is its police (roles.yaml COP, as "border guards" is).
Each row is (dateline, body, expected events).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

WARNED_IF: list[Case] = [
    (
        "LAGOS",
        "Nigeria warned that it would close the border if Benin kept smuggling rice.",
        "NGA>BEN:13",
    ),
    (
        "RIYADH",
        "Iran warned that Tehran would start drilling in the field if Kuwait pressed ahead.",
        "IRN>KWT:13",
    ),
    (
        "BUDAPEST",
        "Hungary cautioned that it would veto the budget unless Poland dropped its objections.",
        "HUN>POL:13",
    ),
    (
        "NAIROBI",
        "Kenya has warned that it will withdraw its troops if Somalia expels more officials.",
        "KEN>SOM:13",
    ),
    (
        "RABAT",
        "Morocco's foreign minister warned on Tuesday that Rabat would halt all cooperation on "
        "migration if Spain hosted the separatist leader again.",
        "MAR>ESP:13",
    ),
    (
        "SEOUL",
        "North Korea warned on Monday that it would respond with force if South Korea continued "
        "the drills.",
        "PRK>KOR:13",
    ),
    # the act names its own target: its own pattern's threat, as before
    (
        "CARACAS",
        "Venezuela warned that it would expel the Colombian ambassador if Bogota recognized the "
        "opposition.",
        "VEN>COL:13",
    ),
    # another state's act foretold: v.warn's own reading, as before
    (
        "MANILA",
        "The Philippines warned that China would block the shoal if the talks failed.",
        "PHL>CHN:13",
    ),
]

BORDER_SERVICES: list[Case] = [
    ("TALLINN", "Russia's border service detained an Estonian citizen on Monday.", "RUS>EST:17"),
    (
        "DUSHANBE",
        "Kyrgyzstan accused Tajik troops of firing first. A Tajik border service spokesman "
        "rejected the charge.",
        "KGZ>TJK:11 TJK>KGZ:12",
    ),
    (
        "ALMATY",
        "The Kazakh border guard service barred two Russian journalists from entering the "
        "country.",
        "KAZ>RUS:16",
    ),
]

NONE: list[NearMiss] = [
    # a border service of no state
    ("EL PASO", "A private border service company hired Mexican workers on Monday."),
    ("ATHENS", "Greece warned that it would lose European funds if Brussels froze the payments."),
    ("CAIRO", "Egypt warned that oil prices would rise if Ethiopia filled the dam."),
    ("NAIROBI", "Analysts warned that Kenya would retaliate if Uganda closed the border."),
    ("SANTIAGO", "Chile cautioned that it would need more time if Peru sent new documents."),
    (
        "BRASILIA",
        "Brazil warned that it would respond positively if Argentina proposed new talks.",
    ),
    ("DELHI", "India warned that it would act if Pakistan-based militants attacked again."),
    ("OTTAWA", "Canada warned that it would not sign the deal if Mexico raised its tariffs."),
    (
        "TUNIS",
        "Tunisia warned that it would hold elections in May if the parliament approved the law.",
    ),
]

GAPS: list[Gap] = []
CASES = WARNED_IF + BORDER_SERVICES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses33_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses33_coded(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
