"""Review 382 (session 66, O99): a sentence's own verb after a relative clause about its
subject, hung by the parser inside the clause.

"Turkey, which has long demanded that the pipeline be halted, seized on the ruling": the parser
rooted the sentence on "Turkey" and hung "seized" on the clause's verb (advcl of "demanded") or
on the verb of the clause's that-clause (conj of "halted"), so the sentence had no verb and the
next sentence's "Its Foreign Ministry" found no main subject to go on with. nlp's
_verbs_read_as_participles already restored a verb hung on a noun of such a clause; it now also
restores one hung on a verb of it (advcl or conj, a past verb right after the closing comma,
with no subject of its own), with the verbs joined after it.

Near misses: the same sentence form with no target, and a verb the parser read right.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the verb after the clause's closing comma is the sentence's; "Its" goes on with the subject
CASES: list[Case] = [
    (
        "ANKARA",
        "Turkey, which has long demanded that the pipeline be halted, seized on the ruling within "
        "hours. Its Foreign Ministry called on Greece to drop the project.",
        "TUR>GRC:02",
    ),
    (
        "BELGRADE",
        "Serbia, which has long demanded that the mission be ended, accused Kosovo of provocations "
        "and recalled its envoy from Pristina.",
        "SRB>XKX:11 SRB>XKX:16",
    ),
    (
        "CAIRO",
        "Egypt, which has long demanded that the dam be stopped, seized on the report on Monday and "
        "urged Ethiopia to halt the filling.",
        "EGY>ETH:02",
    ),
    (
        "RABAT",
        "Morocco, which has long asked that the border be reopened, welcomed the Algerian offer on "
        "Monday.",
        "MAR>DZA:05",
    ),
    # ... a verb the parser read right stays as it was
    (
        "BAMAKO",
        "Mali, which was suspended from the bloc in 2021, expelled the French ambassador.",
        "MLI>FRA:16",
    ),
]
# ... and a verb with no one it is aimed at codes nothing
NONE: list[NearMiss] = [
    (
        "ACCRA",
        "Ghana, which has long argued that the tariffs be scrapped, welcomed the ruling, officials "
        "said.",
    ),
    ("SANTIAGO", "Chile, which has long demanded that the dam be halted, seized on the ruling within hours."),
]
GAPS: list[Gap] = []

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review382_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review382_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
