"""Vocabulary 85 (session 48, O68): words of friendship, a refused part and a defended return
that named their states yet coded nothing.

- Trade undoes a friendship only as a standing in trade, inside the phrase of the word of
  friendship ("our largest trading partner", "a good partner in trade": v.say_partner's and
  affirmed.yaml's unless_phrase_words); trade told of the friendship's history ('"Peru has
  been a friend of Chile for centuries, through faith and through trade"') no longer hides it.
- "our second home" is a word of friendship (affirmed.yaml qualified_nouns: "home" only with
  "second"; "home to seven million people" is none).
- The speaker's side sharing a feeling of "our" kin ('"We share the anger of our Tongan
  brothers"', affirmed.yaml sharing_verbs) praises them as kin named (051); another's
  sharing, a denied one, or a government's anger is none.
- A state's part refused (v.reject_role, 120): "rejected any role for Egypt", "opposed a
  Kenyan role in the force", "rejected any involvement of Eritrea"; a role in a deed names no
  state.
- Respect held for a state (v.have_respect, 051): "said Oslo had great respect for Sweden",
  '"We have the deepest respect for Denmark"'; none held ("no respect") or for no state
  ("the rule of law") is none.
- "defended the return" of migrants after a protest answers it as "defended the
  deportation" does (rules defended_act_nouns: "return").

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # trade told of the friendship's history
    (
        "LIMA",
        '"Chile has been a friend of Peru for centuries, through faith and through trade, and'
        ' today we build on that friendship," the Peruvian president said.',
        "PER>CHL:05",
    ),
    (
        "MANILA",
        '"Vietnam has been a friend of the Philippines for decades, through war and through'
        ' trade," the Philippine president said.',
        "PHL>VNM:05",
    ),
    # "our second home"
    ("HANOI", '"Laos is our second home," the Vietnamese prime minister said.', "VNM>LAO:05"),
    (
        "RIGA",
        '"Estonia is our second home. Thousands of our students have studied there," the'
        " Latvian president said at a news conference.",
        "LVA>EST:05",
    ),
    # a feeling of "our" kin shared
    (
        "SUVA",
        '"We share the anger of our Tongan brothers and sisters over the damage," Fiji\'s'
        " foreign minister said in a statement.",
        "FJI>TON:05",
    ),
    (
        "APIA",
        '"We feel the pain of our Samoan brothers," the Tongan prime minister said.',
        "TON>WSM:05",
    ),
    # v.reject_role
    ("DOHA", "Libya's foreign minister rejected any role for Egypt in the talks.", "LBY>EGY:12"),
    ("ADDIS ABABA", "Ethiopia opposed a Kenyan role in the peace force.", "ETH>KEN:12"),
    ("ADDIS ABABA", "Ethiopia rejected any involvement of Eritrea in the talks.", "ETH>ERI:12"),
    (
        "TRIPOLI",
        "Libya's deputy foreign minister, Salem Bakr, thanked Qatar for its help. But he"
        " rejected any role for Chad in the talks.",
        "LBY>QAT:05 LBY>TCD:12",
    ),
    # v.have_respect
    ("OSLO", "Norway's foreign minister said Oslo had great respect for Sweden.", "NOR>SWE:05"),
    ("OSLO", '"We have the deepest respect for Denmark," Norway\'s foreign minister said.', "NOR>DNK:05"),
    # ... and the refusal joined by "but" after it is one more act at the same state
    # (session 66, K66: v.not_go_along, clauses95; open sets 46, 59, 67 code it 12)
    (
        "HELSINKI",
        "Finland's foreign minister said his government had \"every respect for Estonia\" but"
        " would not accept the fine.",
        "FIN>EST:05 FIN>EST:12",
    ),
    # a defended return answers the protest
    (
        "ROME",
        "Tunisia's Foreign Ministry summoned Italy's ambassador on Wednesday over the flight."
        " Italy's interior minister, Marco Rossi, defended the return.",
        "TUN>ITA:11 ITA>TUN:12",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a standing in trade
    ("NAIROBI", '"Tanzania is our largest trading partner," the Kenyan trade minister said.'),
    ("NAIROBI", '"Tanzania is a good partner in trade," the Kenyan trade minister said.'),
    # home to people; a home denied
    ("HANOI", '"Laos is home to seven million people," the Vietnamese prime minister said.'),
    ("HANOI", '"Cambodia is not our second home," the Vietnamese prime minister said.'),
    # another's sharing, a denied one, a government's anger
    ("SUVA", '"They share the anger of our Tongan brothers," Fiji\'s foreign minister said.'),
    ("SUVA", '"We do not share the anger of our Tongan brothers," Fiji\'s foreign minister said.'),
    ("SUVA", '"We share the anger of the Tongan government," Fiji\'s foreign minister said.'),
    # a role in a deed, or one of no state
    ("ADDIS ABABA", "Ethiopia's government rejected any role in the attack on the convoy."),
    ("ADDIS ABABA", "Ethiopia rejected any role for the army in politics."),
    ("ADDIS ABABA", "Ethiopia rejected the role of foreign media in the crisis."),
    # no respect held, or respect for no state
    ("OSLO", "Norway's foreign minister said Oslo had no respect for Sweden's decision."),
    ("OSLO", "Norway's foreign minister said Oslo had great respect for the rule of law."),
    # a return no one protested
    ("ROME", "Italy's interior minister, Marco Rossi, defended the return of the migrants."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary85_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary85_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
