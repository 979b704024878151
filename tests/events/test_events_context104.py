"""Context 104 (session 46, P11): who called in an envoy, and a participle set off on the
subject.

- An agentless summons of an envoy that names no office or place ("Uruguay's ambassador to
  Paraguay was summoned") is made by the state the envoy is posted to: the posting phrase
  under the envoy ("to Paraguay", "in Asuncion") gives the summoner when the verb tells no
  place (extract._summoning_place), before any earlier act of the story (_counterpart). A
  recall ("was recalled") stays the envoy's own state's; an envoy called home or back to his
  own capital, or posted to an IGO, gives no summoner.
- An -ing clause set off by commas on the subject of a later verb ("The Estonian president,
  hosting his Finnish counterpart, praised Helsinki's support") tells an act of its own, as
  the same clause set before the subject does ("Hosting his Finnish counterpart, the
  president praised ..."): the pair's second act of another root is kept
  (clauses._apposed_participle, read by extract._leading_clause). A trailing participle
  ("..., accusing Ljubljana of delays") still elaborates its host.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the envoy's posting names the summoner
    ("LONDON", "Uruguay's ambassador to Paraguay was summoned on Friday.", "PRY>URY:11"),
    ("LONDON", "The Kenyan ambassador to Tanzania was summoned on Tuesday.", "TZA>KEN:11"),
    ("LONDON", "Egypt's envoy in Addis Ababa was summoned over the dam dispute.", "ETH>EGY:11"),
    (
        "LONDON",
        "Ghana's ambassador to Nigeria was handed a protest note on Monday.",
        "NGA>GHA:11",
    ),
    # a place or a by-phrase told beats the posting
    (
        "LONDON",
        "Uruguay's ambassador to Paraguay was summoned by the Brazilian foreign ministry.",
        "BRA>URY:11",
    ),
    # a recall is the envoy's own state's
    ("LONDON", "Uruguay's ambassador to Paraguay was recalled on Friday.", "URY>PRY:16"),
    # a participle set off on the subject: two acts of the pair
    (
        "LONDON",
        "The Estonian president, hosting his Finnish counterpart, praised Helsinki's support.",
        "EST>FIN:04 EST>FIN:05",
    ),
    (
        "LONDON",
        "Croatia's prime minister, meeting his Slovenian counterpart, criticized Ljubljana's"
        " border policy.",
        "HRV>SVN:04 HRV>SVN:11",
    ),
    (
        "LONDON",
        "Latvia's president, speaking to his Lithuanian counterpart by phone, thanked Vilnius"
        " for its help.",
        "LVA>LTU:04 LVA>LTU:05",
    ),
    # one root told twice stays one act
    (
        "LONDON",
        "The Estonian president, hosting his Latvian counterpart, held talks with him on trade.",
        "EST>LVA:04",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # an envoy to an IGO, a summons denied or only possible
    ("LONDON", "Uruguay's ambassador to the United Nations was summoned on Friday."),
    ("LONDON", "Uruguay's ambassador to Paraguay was not summoned on Friday."),
    ("LONDON", "Uruguay's ambassador to Paraguay may be summoned next week."),
    # called to his own capital: no summons by the host (a recall, not yet coded: GAPS)
    ("LONDON", "Uruguay's ambassador to Paraguay was summoned to Montevideo on Friday."),
    # a participle on a subject that acts on no other state
    ("LONDON", "The Estonian president, hosting a concert in Tallinn, praised the musicians."),
]

GAPS: list[Gap] = [
    (
        "LONDON",
        "Uruguay's ambassador to Paraguay was summoned home on Friday.",
        "URY>PRY:16",
        "found by writing: an envoy summoned home is recalled, but v.recall_envoy reads the"
        " host from the verb's own phrases and the agentless passive names no recaller",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context104_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context104_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
