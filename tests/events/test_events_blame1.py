"""Blame 1 (session 44, lead): forms of criticism a probe of new sentences found uncoded or
misread.

- words attacked, no force: "attacked Ethiopia's handling of the talks", "attacked the
  remarks by ..." (v.attack_words, 111; v.attack skips such objects: stance, policy,
  remarks, statement, speech, record, decision, proposal, approach, handling ...);
- another side's good faith put in doubt: "questioned Ethiopia's commitment to the deal",
  "doubted Kyiv's willingness to negotiate" (v.question_good_faith, 111);
- "had harsh words for Minsk", "reserved his sharpest words for ..." (v.have_words, 111;
  only hard words: object_mods);
- a reported clause whose verb shows a stance by its object: "said Kyiv had shown total
  disregard for civilian lives", "said the strikes displayed contempt for human life"
  (rules charge_light_verbs show, display, demonstrate; v.say_accuse contempt, disregard);
- a naming joined by "and" to a reaction of another root, naming another deed: "denied the
  charge and called the closure 'unjustified'" rejects one thing and blames another (12 and
  11: extract._names_another_act); naming the thing rejected ("and called them baseless",
  "and called the accusation a lie") stays one act;
- the deed of the accused when the accusing verb is a relative clause on them ("four North
  Korean officials it accused of supplying shells to Russia" coded the accuser as supplier,
  070 to Russia): only alleged, as "accused X of supplying" is (sides._charge_host, builder
  P1's form of this fix, kept over the lead's, which coded the claim PRK>RUS);
- good faith named is no blame: "called the release 'an act of goodwill'" coded 111 (v.call_names
  unless_words + goodwill, humanitarian, generous, generosity, kindness), and another's
  deed so named is praise ("called the release 'a humanitarian gesture'": v.call_praise).
A military position attacked stays 190. Near misses: kind words, a question asked of an
official, "questioned whether", solidarity or commitment shown.

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "CAIRO",
        "Egypt's foreign minister attacked Ethiopia's stance on the dam in a speech to the Arab"
        " League on Sunday.",
        "EGY>ETH:11",
    ),
    (
        "NAIROBI",
        "Kenya's president attacked Somalia's handling of the maritime case.",
        "KEN>SOM:11",
    ),
    (
        "LIMA",
        "Peru's foreign minister attacked the remarks by Chile's president about the border.",
        "PER>CHL:11",
    ),
    (
        "TUNIS",
        "Tunisia's president questioned Libya's commitment to the border deal.",
        "TUN>LBY:11",
    ),
    ("MOSCOW", "Russia doubted Moldova's willingness to negotiate over the region.", "RUS>MDA:11"),
    (
        "SEOUL",
        "South Korea's foreign minister had harsh words for Pyongyang on Friday.",
        "KOR>PRK:11",
    ),
    (
        "RIGA",
        "Latvia's president reserved his sharpest words for Belarus in the annual address.",
        "LVA>BLR:11",
    ),
    (
        "KYIV",
        "Ukraine's foreign ministry said Russia had shown total disregard for civilian lives in"
        " the region.",
        "UKR>RUS:11",
    ),
    (
        "VILNIUS",
        "Lithuania said the latest Belarusian balloon flights displayed contempt for its"
        " sovereignty.",
        "LTU>BLR:11",
    ),
    # force against a military position stays an attack
    (
        "DAKAR",
        "Malian troops attacked a Senegalese army position near the border on Monday.",
        "MLI>SEN:19",
    ),
    (
        "LUSAKA",
        "Malawi shut the Mchinji crossing on Friday, accusing Zambian police of beating Malawian"
        " traders. Lusaka denied the charge and called the closure \"unjustified.\"",
        "MWI>ZMB:16 MWI>ZMB:11 ZMB>MWI:12 ZMB>MWI:11",
    ),
    (
        "LILONGWE",
        "Zambia accused Malawi of shielding smugglers. Lilongwe rejected the claims and called"
        " the accusation a lie.",
        "ZMB>MWI:11 MWI>ZMB:12",
    ),
    (
        "LONDON",
        "Britain sanctioned four North Korean officials it accused of supplying shells to"
        " Russia.",
        "GBR>PRK:16 GBR>PRK:11",
    ),
    (
        "BOGOTA",
        "Venezuela freed four Colombian fishermen on Sunday. Colombia's foreign ministry called"
        " the release \"a humanitarian gesture.\"",
        "VEN>COL:08 COL>VEN:05",
    ),
    (
        "CARACAS",
        "Venezuela freed four Colombian fishermen on Sunday. Its foreign minister, Ana Ruiz,"
        " called the release \"an act of goodwill\" and urged Bogota to stop \"provocations.\"",
        "VEN>COL:08 VEN>COL:02",
    ),
]

NONE: list[NearMiss] = [
    ("ACCRA", "Ghana's foreign minister had kind words for Togo on Monday."),
    ("ACCRA", "Ghana's foreign minister questioned whether the Togo deal would hold."),
    ("ACCRA", "Reporters questioned Togo's president about the border deal."),
    ("WARSAW", "Ukraine said Poland had shown great solidarity with its people."),
    ("WARSAW", "Ukraine said Lithuania had demonstrated its commitment to the alliance."),
]

GAPS: list[Gap] = [
    (
        "CAIRO",
        "Egypt's foreign minister said the deadlock was Ethiopia's fault.",
        "EGY>ETH:11",
        "a blame noun's possessor in a copular clause is no subject the clause tells acting"
        " (ccomp_actor reads only subjects and agents)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_blame1_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_blame1_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
