"""Clauses 95 (session 66, K66): "thanked X ... but said it would not accept ...", a refusal
joined by a word of contrast after an approval.

"Woldemichael thanked the fund ... but said Eritrea would not accept a program", "said Moscow
valued its partnership with Tashkent but would not stop enforcing its migration rules": the
second clause refuses what the state just approved pressed for (120, said now even with
"will"), one more event of the same pair in the sentence. Its verb names nothing of that state,
so no pattern fired (v.not_accept_claim and its kin need an object of theirs). v.not_go_along
reads the negated will of a few verbs of giving way (accept, stop, interfere, budge, relent,
compromise) and aims it only where its source's approval, pledge or meeting of one state
(rules contrast_host_roots), joined before it by "but" (contrast_words), was aimed
(reactions._contrasted_refusal); never at a state its own clause names ("a program written in
Washington").

Near misses: the same refusal joined by "and", told alone, said by another state after "but",
after an approval of two states; a judgement before it keeps its own reading.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a negated will after "but", refusing whom the approval, pledge or meeting before it was aimed
CASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya's president thanked the IMF for its advice but said Nairobi would not accept a "
        "program written in Washington.",
        "KEN>IMF:05 KEN>IMF:12",
    ),
    (
        "TASHKENT",
        "Russia said it valued its partnership with Uzbekistan but would not stop enforcing its "
        "migration rules.",
        "RUS>UZB:05 RUS>UZB:12",
    ),
    (
        "TBILISI",
        "Georgia said it respected Turkey as a partner but would not interfere in a legal process.",
        "GEO>TUR:05 GEO>TUR:12",
    ),
    (
        "BRIDGETOWN",
        "Barbados welcomed the IMF payment but said it would not stop funding pensions.",
        "BRB>IMF:05 BRB>IMF:12",
    ),
    (
        "LIMA",
        "Peru's foreign minister met his Chilean counterpart in Lima but said Peru would not "
        "budge on the maritime boundary.",
        "PER>CHL:04 PER>CHL:12",
    ),
    (
        "SUVA",
        "Fiji's prime minister welcomed the Australian loan but said Suva would never "
        "compromise on its fishing rights.",
        "FJI>AUS:05 FJI>AUS:12",
    ),
    # ... not joined by "and", not another state's words, not after an approval of two states
    (
        "MOMBASA",
        "Kenya thanked the IMF for its advice and said it would not accept new loans.",
        "KEN>IMF:05",
    ),
    (
        "KISUMU",
        "Kenya thanked the IMF for its advice, but Uganda said it would not accept new loans.",
        "KEN>IMF:05",
    ),
    (
        "CAIRO",
        "Egypt thanked Sudan and Ethiopia for the talks but said it would not accept any new dam "
        "on the Nile.",
        "EGY>SDN:05 EGY>ETH:05 SDN>ETH:04 ETH>SDN:04",
    ),
    # ... and a judgement before it is aimed as before (the refusal names no one)
    (
        "ELDORET",
        "Kenya accused Uganda of meddling and said it would not accept new loans.",
        "KEN>UGA:11",
    ),
]
# ... nor a refusal told alone
NONE: list[NearMiss] = [
    ("NAKURU", "Kenya said it would not accept the result of the vote."),
    ("ACCRA", "Ghana's finance minister said Accra would not stop paying its debts."),
]
GAPS: list[Gap] = [
    (
        "MUSCAT",
        "Oman praised Iran's restraint yet said it would not accept any change to shipping "
        "rules in the strait.",
        "OMN>IRN:05 OMN>IRN:12",
        "the parser hangs 'yet' on the saying verb as an adverb, not as the praise's "
        "conjunction (_contrast_joined reads a 'cc' of the host verb)",
    ),
    (
        "HANOI",
        "Vietnam pledged to buy more rice from Cambodia but said it would not stop inspecting "
        "every shipment.",
        "VNM>KHM:03 VNM>KHM:12",
        "the pledge is coded on 'buy', and 'but' hangs on 'pledged' (_contrast_joined reads "
        "the host hit's own trigger)",
    ),
    (
        "GEORGETOWN",
        "Guyana thanked OPEC for the talks but said it had no plans to accept output limits.",
        "GUY>OPEC:05 GUY>OPEC:12",
        "'no plans to accept' is no negated will: v.not_go_along's when_negated reads a "
        "negation of its own verb",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses95_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses95_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
