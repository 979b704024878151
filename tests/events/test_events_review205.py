"""Review 205 (session 59, O78): experts sent with relief supplies; an international court's
registry and prosecutors.

"The WHO sent a team of six experts and 10,000 doses of cholera vaccine to Malawi": experts
sent with vaccine, medicine or pesticide are aid (patterns.yaml v.send_rescue's object_words,
073), as the open sets code them, not staff lent (v.send_staff, 060, which leaves them out);
a team of engineers alone stays staff lent, and negotiators sent to talks on vaccine patents
code no aid.

"The International Criminal Court's registry said Kenya had a legal duty ...", "the court's
deputy prosecutor asked Kenya ...": an international court's registry and prosecutors act
for it after its name (roles.yaml igo_staff: registry, registrar, prosecutor(s)); a state's
prosecutors stay its judiciary.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SUPPLIES: list[Case] = [
    (
        "GENEVA",
        "The World Health Organization sent a team of six experts and 10,000 doses of cholera "
        "vaccine to Malawi on Friday.",
        "WHO>MWI:07",
    ),
    (
        "ROME",
        "The Food and Agriculture Organization flew 12 locust specialists and 40 tonnes of "
        "pesticide to Chad on Monday.",
        "UN>TCD:07",
    ),
    (
        "OSLO",
        "Norway dispatched four pharmacists and a planeload of medicine to Moldova.",
        "NOR>MDA:07",
    ),
]
REGISTRY: list[Case] = [
    (
        "THE HAGUE",
        "The International Criminal Court's registry said in a statement that Kenya had a legal "
        "duty to execute arrest warrants.",
        "ICC>KEN:10",
    ),
    (
        "THE HAGUE",
        "The ICC's registrar urged Mali on Thursday to hand over a former militia commander.",
        "ICC>MLI:02",
    ),
]

CASES: list[Case] = SUPPLIES + REGISTRY
NONE: list[NearMiss] = [
    # a venue, no receiver: negotiators sent to talks about vaccine
    ("BRASILIA", "Brazil sent a team of negotiators to Geneva for talks on vaccine patents."),
    # a court named by no IGO: a town's court registry is nobody's
    ("NAIROBI", "The registry of the Nairobi magistrates' court said the files were lost."),
]
GAPS: list[Gap] = []
# staff alone, or staff sent to talks about supplies, keep their own codes
STAFF: list[Case] = [
    ("OSLO", "Norway sent a team of engineers to Ghana to repair the port.", "NOR>GHA:06"),
    # a state's prosecutors are its judiciary, acting for it
    ("NAIROBI", "Kenyan prosecutors asked Uganda to extradite the businessman.", "KEN>UGA:02"),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES + STAFF, NONE, GAPS)


def test_events_review205_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES + STAFF, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES + STAFF, NONE, GAPS))
def test_events_review205_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
