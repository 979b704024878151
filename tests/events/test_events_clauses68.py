"""Clauses 68 (session 48, P20): acts told outside the main clause that coded nothing.

- A participle phrase set off by commas between the subject and its verb ("Ethiopia, citing
  the risk of escalation, called on Kenya ..."): the parser may root the sentence on the
  participle (its subject "Ethiopia") or on the subject, and hang the sentence's verb on the
  phrase's last noun as a participle, leaving the verb no subject. The repair that restores
  the verb after a relative clause (nlp._verbs_read_as_participles) now reads the phrase as
  well (nlp._subject_clause), also after a common noun ("The ministry, citing ..., called").
- A border crossing closed "between" two states names the other side as its with-phrase
  does (v.close_border's obj_sub slot): "the crossing between Zambia and Malawi, which
  Malawi shut at the weekend".
- An expulsion's purpose clause is no object of it: "expelled Libya's ambassador to protest a
  maritime accord" coded a deportation (174) because v.expel's unless_words (accord, deal,
  ...; the remembering sense of "recall" once in it) read the whole clause; they now judge
  the object only (unless_objects).
- "The decision" after "X expelled Y's envoy to protest an accord Z signed with W" sums up
  the expulsion, not the signing told in a clause on the accord
  (reactions._told_under_act).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a participle phrase between the subject and its verb (nlp._subject_clause)
    ("NAIROBI", "Uganda, citing the risk of a wider war, called on Rwanda to pull back its troops.", "UGA>RWA:02"),
    ("LIMA", "The foreign ministry in Quito, citing the danger of escalation, called on Colombia to show restraint.", "ECU>COL:02"),
    ("HANOI", "Laos, citing the threat of new flooding, called for Thailand to open the dam's gates.", "LAO>THA:02"),
    ("DOHA", "Oman, citing concern over regional stability, called on Yemen and Saudi Arabia to resume talks.", "OMN>YEM:02 OMN>SAU:02"),
    ("BAKU", "Georgia, acting on a request from its parliament, summoned Armenia's ambassador.", "GEO>ARM:11|16"),
    # the relative clause the repair read before, kept
    ("KUWAIT CITY", "Jordan, which mediated during earlier disputes, called on Iraq to show restraint.", "JOR>IRQ:02"),
    # a crossing between two states closed (v.close_border, obj_sub:between)
    ("LUSAKA", "Trucks queued at the main border crossing between Zambia and Malawi, which Malawi shut at the weekend.", "MWI>ZMB:16"),
    ("NIAMEY", "Niger closed the border crossing between Niger and Benin on Sunday.", "NER>BEN:16"),
    # an expulsion with a purpose clause about a deal (v.expel unless_objects)
    ("ROME", "Italy expelled Tunisia's ambassador on Friday to protest a new migration deal.", "ITA>TUN:16"),
    ("ROME", "Italy expelled Tunisia's ambassador on Friday in protest at a fishing accord.", "ITA>TUN:16"),
    # "the decision" sums up the act over a clause, not the act the clause tells
    (
        "ROME",
        "Italy expelled Tunisia's ambassador on Friday to protest a fishing accord Tunis signed with Algeria. The decision drew praise from Malta.",
        "ITA>TUN:16 TUN>DZA:05 MLT>ITA:05",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # the same phrase before a call by private people, or a call not made
    ("NAIROBI", "Farmers, citing the risk of drought, called on the government to act."),
    ("NAIROBI", "Uganda, citing the risk of a wider war, has not called on Rwanda to pull back."),
    ("NAIROBI", "Uganda, citing the risk of a wider war, may call on Rwanda to pull back its troops."),
    # a crossing between a state's own provinces, or closed by no state
    ("LUSAKA", "Zambia closed the only crossing between its two northern provinces."),
    ("LUSAKA", "Floods closed the border crossing between Zambia and Malawi on Sunday."),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "Togo, having reviewed the evidence, called on Benin to hand over the suspects.",
        "TGO>BEN:02",
        "the parser hangs 'called' on the name as a participle after the whole phrase, the "
        "phrase its own clause (not the repair's shape: no noun of the phrase holds the verb)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_clauses68_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_clauses68_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
