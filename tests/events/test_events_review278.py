"""Review 278 (session 63, H63): a reported verb the tagger read as a noun where a quotation
opens on it.

'A Malaysian spokesman said that Malaysia "reserves the right to respond."': after the opening
quote mark the tagger read "reserves" as a plural noun heading the reported clause, so
v.reserve_right (a retaliation held in store: 13 to whoever last acted on the speaker) never
saw a verb. nlp._quoted_verbs_read_as_nouns makes such a word a present verb when it heads a
clause with a subject before it and an object after it, which no noun has.

Near misses: the noun "reserves" in quotes as a noun ("its "reserves" of foreign currency"),
as the subject of its own clause ("the country's "reserves remain strong""), and a right
reserved against no other state (raising interest rates).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# nlp._quoted_verbs_read_as_nouns: the quoted "reserves" is the reported clause's verb
CASES: list[Case] = [
    (
        "HANOI",
        "Vietnam seized a Malaysian fishing boat near the Spratly Islands on Sunday. A Malaysian "
        'foreign ministry spokesman said that Malaysia "reserves the right to respond."',
        "VNM>MYS:17 MYS>VNM:13",
    ),
    (
        "OTTAWA",
        "India expelled a Canadian diplomat on Tuesday. Canada's foreign minister told reporters "
        'that Ottawa "reserves the right to take appropriate measures."',
        "IND>CAN:16 CAN>IND:13",
    ),
    (
        "SANTIAGO",
        "Argentina expelled a Chilean diplomat on Monday. Chile's foreign ministry said that "
        'Santiago "reserves the right to take countermeasures."',
        "ARG>CHL:16 CHL>ARG:13",
    ),
    (
        "ABUJA",
        "Cameroon arrested six Nigerian fishermen last week. Nigeria's foreign minister said that "
        'Abuja "reserves the right to respond" to the arrests.',
        "CMR>NGA:17 NGA>CMR:13",
    ),
]
# ... not a noun in quotes, nor a noun subject, nor a right held against no state
NONE: list[NearMiss] = [
    (
        "NAIROBI",
        'Kenya\'s central bank said that its "reserves" of foreign currency would last until June.',
    ),
    (
        "BRASILIA",
        'Brazil\'s finance minister said the country\'s "reserves remain strong" despite the fall '
        "of the real.",
    ),
    (
        "SEOUL",
        'South Korea\'s trade minister said the government "reserves the right to raise interest '
        'rates" if inflation rises.',
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review278_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review278_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
