"""Context 67 (session 34, S43): a blame of a group named by its state, solidarity declared
in quoted words, and a threat joined before a judgement.

"blamed a hacking group linked to Russia's military intelligence service": a group the
accusation names only by the state it is linked to, tied to or backed by is a blame of that
state (112; 1125 for hacking or spying; v.accuse_linked_group). "stood 'in full solidarity with
Austria'": the parser may hang the with-phrase on the noun, not the verb; the support is the
same (051, v.stand_in_solidarity). "said Russia would 'draw the appropriate conclusions' and
accused Lisbon of ...": a threat with no target is aimed at the state its source judges after
it in the same sentence (reactions._judged_later codes the judgement first, _own_answer reads
it); a judgement of two states aims it at neither. Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TALLINN",
        "Estonia on Monday blamed a hacking group linked to Russia's military intelligence"
        " service for a breach of the parliament's network.",
        "EST>RUS:11",
    ),
    (
        "TALLINN",
        "Estonia blamed hackers tied to Russia's intelligence agency for the attack.",
        "EST>RUS:11",
    ),
    (
        "TALLINN",
        "Estonia accused a group backed by Russia's security service of stealing the data.",
        "EST>RUS:11",
    ),
    (
        "VIENNA",
        "The European Union said in a statement that it stood \u201cin full solidarity with"
        " Slovakia\u201d and was ready to consider further steps.",
        "EU>SVK:05",
    ),
    (
        "VIENNA",
        "Germany said it stood \u201cin solidarity with Austria\u201d after the attack.",
        "DEU>AUT:05",
    ),
    (
        "VILNIUS",
        "Latvia stands in full solidarity with Lithuania, its foreign ministry said.",
        "LVA>LTU:05",
    ),
]

CASES += [
    (
        "LISBON",
        "Portugal on Monday extradited a Russian businessman to the United States despite"
        " objections from Moscow. Russia's Foreign Ministry condemned the decision and summoned"
        " Portugal's ambassador. Ministry spokeswoman Olga Petrova told reporters that Russia"
        ' would "draw the appropriate conclusions" and accused Lisbon of ignoring a Russian'
        " request.",
        # (session 67, review403: the ignoring is the charge's content, no defiance of its own)
        "PRT>USA:06 RUS>PRT:11 RUS>PRT:11 RUS>PRT:11 RUS>PRT:13",
    ),
    (
        "ANKARA",
        "Turkey's foreign ministry said Ankara would take all necessary measures and accused"
        " Athens of arming the islands.",
        "TUR>GRC:11 TUR>GRC:13",
    ),
    (
        "ANKARA",
        "Turkey's foreign ministry warned that Ankara would retaliate and criticized Greece's"
        " new law.",
        "TUR>GRC:11 TUR>GRC:13",
    ),
    # a judgement of two states: the threat answers neither
    (
        "ANKARA",
        "Turkey's foreign ministry said Ankara would take all necessary measures and accused"
        " Athens and Nicosia of arming the islands.",
        "TUR>GRC:11 TUR>CYP:11",
    ),
]

# a Gap until session 35 (S46's v.accuse_linked_group 'working for')
CASES += [
    (
        "TALLINN",
        "Estonia accused hackers working for Russia's military intelligence of stealing the data.",
        "EST>RUS:11",
    ),
]

NONE: list[NearMiss] = [
    # a group linked to no state; solidarity with people
    ("TALLINN", "Estonia blamed a criminal gang linked to the port for the thefts."),
    (
        "VILNIUS",
        "Latvia said it stood in solidarity with the victims of the fire in Lithuania.",
    ),
]

GAPS: list[Gap] = [
    (
        "TALLINN",
        "Estonia accused a Russia-backed hacking group of stealing the data.",
        "EST>RUS:11",
        "the hyphened backer ('Russia-backed') is read by no target slot of the pattern",
    ),
    (
        "HELSINKI",
        "Finland said it remained in full solidarity with Latvia after the attack.",
        "FIN>LVA:05",
        "'remained' with the with-phrase on the verb finds no target in the pattern's slots",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context67_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context67_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
