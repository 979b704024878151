"""Clauses 47 (session 43, O62b): who a bare title and a "he" after a nameless title are.

Found in the opened set 62 (its sentences are not used here):
- "Australia pledged ... as Australia's defense minister visited Honiara. The minister, X,
  signed the package with Solomon Islands' police minister": a bare title that names its
  holder next took no state from the title told before, so the holder took the dateline's
  (the host's) and the signing, the later meeting with him and his report of an acceptance
  were lost (actors/resolve.py _named_back: the holder is the unnamed one told before, as
  the bare title alone would be, _nameless_before);
- "Fiji's prime minister, who received X at his residence, raised ... He asked Japan to
  ...": "he" went to the person named only as an object in the relative clause; a subject
  pronoun now takes the nameless title that was the sentence before's subject over one named
  there only as no subject (actors/coref.py _person_antecedent); and "..., his office said"
  after such a "he" is that one's office (the speaker of a quotation in it);
- "Under a separate agreement signed by the two industry ministers, Mongolia will sell ...":
  "the two industry ministers" was no plural (a portfolio noun between the number and
  "ministers", plurals.yaml portfolio_heads), and once the signing was coded the term beside it
  was dropped as a second act of the pair: a term of the deal a participle with its signers
  told first is an act of its own (extract._term_beside_signing);
- "pledged ... to build barracks ... and to supply two patrol boats, as Australia's defense
  minister visited Honiara": the visit hangs on the pledge's purpose infinitive, a subordinate
  occasion of its own (extract._subordinate_occasion).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ROME",
        "Austria pledged 50 million euros on Monday to rebuild schools in Italy, as Austria's "
        "interior minister visited Rome. The minister, Karl Huber, signed the package with "
        "Italian Interior Minister Paolo Ricci.",
        "AUT>ITA:03 AUT>ITA:04 AUT>ITA:05",
    ),
    (
        "APIA",
        "New Zealand pledged 20 million dollars on Friday to build clinics in Samoa, as New "
        "Zealand's health minister visited Apia. The minister, Jane Ward, signed the grant with "
        "Samoan Health Minister Tui Lemalu.",
        "NZL>WSM:03 NZL>WSM:04 NZL>WSM:05",
    ),
    (
        "GENEVA",
        "A spokesman for Kenya's trade minister spoke on Monday. The minister, John Otieno, later "
        "criticized Tanzania's new export tax.",
        "KEN>TZA:11",
    ),
    (
        "N'DJAMENA",
        "Germany's development minister, Lena Weber, visited N'Djamena on Monday. Chad's "
        "president, who received Weber at his palace, raised the country's debt. He asked "
        "Germany to cancel part of it.",
        "DEU>TCD:04 TCD>DEU:04 TCD>DEU:02",
    ),
    (
        "ACCRA",
        "Ghana's finance minister, Kofi Mensah, hosted Togo's finance minister in Accra. Togo's "
        "president, who spoke with Mensah by phone, praised the talks. He asked Ghana to reopen "
        "the border.",
        "GHA>TGO:04 TGO>GHA:04 TGO>GHA:02",
    ),
    (
        "SUVA",
        "Fiji's prime minister, who hosted Yamada at his residence, spoke of the fishing accord. "
        "He urged Japan to keep its fleet out of the reef zone.",
        "FJI>JPN:02",
    ),
    # a counted plural with a portfolio noun ("the two mining ministers") is the pair; the deal
    # it signs in a participle clause is told beside the term the sentence holds
    (
        "ULAANBAATAR",
        "Japan will lend Mongolia $300 million to build a copper smelter. Under a separate accord "
        "signed by the two mining ministers, Mongolia will sell half of the smelter's copper to "
        "Japan.",
        "JPN>MNG:03 JPN>MNG:05 MNG>JPN:05 MNG>JPN:06",
    ),
    # a deal "reached" with no signers named restates the deal: one act of the pair
    (
        "LUSAKA",
        "Zambia and Malawi signed a border deal on Monday. Under the deal reached in Lusaka, the "
        "two countries agreed to set up a joint customs post.",
        "ZMB>MWI:05 MWI>ZMB:05 ZMB>MWI:05 MWI>ZMB:05",
    ),
    # a visit told "as" the minister visited, under the pledge's purpose infinitive
    (
        "SUVA",
        "New Zealand pledged 30 million New Zealand dollars ($18 million) on Monday to build "
        "clinics in three provinces of Fiji and to supply two ambulances, as New Zealand's health "
        "minister visited Suva.",
        "NZL>FJI:03 NZL>FJI:04",
    ),
    # a person named as the subject keeps "she"
    (
        "N'DJAMENA",
        "Lena Weber, Germany's development minister, met Chad's president on Monday. She asked "
        "Chad to publish its debt figures.",
        "DEU>TCD:04 DEU>TCD:02",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses47_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses47_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
