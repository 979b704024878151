"""Review fixes for passive relative clauses, "until" clauses and bare infinitives after "help".

A "which" set off by a comma after a verb's object may tell of the whole act before it
("Israel struck targets in Lebanon, which was condemned by France"): it stands for its noun
only when that noun heads or hangs in its clause's subject, or is an appositive name, and
agrees with the clause's "be". A clause hung on the last name of an act's phrase tells the act
only for a reaction (criticize, condemn, praise) with no charge named; other verbs act on the
name ("Israel's strike on Syria, which was attacked by Turkey in 2019": Syria attacked).
A present passive relative clause of stance ("Kosovo, which is recognized by the U.S.") is a
standing, like the active one. A past "until" clause after an act ("suspended aid until
Pyongyang apologized") is the act's condition; after a lasting state or dated it is told.
"Helped A and B sign a deal" tells the signing ("help" passes on only modals and negation).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a "which" after a whole act: no target from the verb's object
    ("BEIRUT", "Israel struck targets in Lebanon, which was condemned by France.", "ISR>LBN:19"),
    (
        "TALLINN",
        "Russia expelled two Estonian diplomats, which was condemned by the EU.",
        "RUS>EST:16",
    ),
    (
        "TAIPEI",
        "China sent warships near Taiwan, which was criticized by Japan on Monday.",
        "CHN>TWN:15",
    ),
    (
        "MANILA",
        "China's coast guard fired water cannon at a Philippine vessel, which was condemned by "
        "the U.S.",
        "CHN>PHL:17",
    ),
    (
        "ATHENS",
        "Turkey sent a drill ship into waters claimed by Greece, which was criticized by the EU.",
        "",
    ),
    # the subject's own clause or an appositive name still takes the clause
    (
        "WARSAW",
        "Poland, which was criticized by Germany over the wall, defended the project.",
        "DEU>POL:11",
    ),
    (
        "OSLO",
        "Its neighbour, Norway, which was praised by Sweden for the plan, hosted the talks.",
        "SWE>NOR:05",
    ),
    # a clause on an act's phrase: only a reaction is re-aimed at the act
    (
        "DAMASCUS",
        "Israel's strike on Syria, which was attacked by Turkey in 2019, drew protests.",
        "TUR>SYR:19 ISR>SYR:19",
    ),
    (
        "GAZA",
        "Israel's blockade of Gaza, which was criticized by Turkey, was tightened.",
        "TUR>ISR:11 ISR>PSE:19",
    ),
    (
        "CARACAS",
        "The U.S. sanctions on Venezuela, which was praised by Cuba for resisting them, were "
        "eased.",
        "CUB>VEN:05 USA>VEN:16",
    ),
    (
        "BEIRUT",
        "Israel's strike on Lebanon, which was condemned by Egypt, killed two soldiers.",
        "EGY>ISR:11 ISR>LBN:19",
    ),
    # "helped A and B sign": the signing is told
    (
        "NAIROBI",
        "Kenya helped Ethiopia and Eritrea sign a peace deal in 2018.",
        "KEN>ETH:07 KEN>ERI:07 ETH>ERI:05 ERI>ETH:05",
    ),
    (
        "DOHA",
        "Qatar helped Israel and Hamas reach a ceasefire in January.",
        "QAT>ISR:07 QAT>PSE:07 ISR>PSE:05 PSE>ISR:05",
    ),
    # a past "until" clause after a lasting state, or dated, is told
    (
        "SEOUL",
        "Ties remained close until China imposed sanctions on South Korea.",
        "CHN>KOR:16",
    ),
    (
        "KYIV",
        "Ukraine bought Russian gas until Russia invaded Ukraine in 2022.",
        "RUS>UKR:19",
    ),
    # the halt is told, the apology it waits for is not
    (
        "VIENNA",
        "Iran said it halted talks with the agency until the IAEA apologized to Iran.",
        "IRN>IAEA:16",
    ),
    # ... as a land border closed is, to the neighbour named (test_events_context173)
    (
        "MINSK",
        "Lithuania closed the border until Belarus withdrew its troops from the area.",
        "LTU>BLR:16",
    ),
]

NONE: list[NearMiss] = [
    # a present passive relative clause of stance
    ("PRISTINA", "Kosovo, which is recognized by the U.S., held elections."),
    ("KHARTOUM", "Sudan's army, which is supported by Egypt, retook the capital."),
    ("SANAA", "The Houthis, who are armed by Iran, attacked a ship."),
    ("NICOSIA", "Northern Cyprus, which is recognized only by Turkey, held a vote."),
    ("TAIPEI", "Taiwan, which is claimed by China, held drills on Monday."),
    # a past "until" clause after an act is its condition
    ("SEOUL", "South Korea suspended aid to the North until Pyongyang apologized to Seoul."),
]

GAPS: list[Gap] = [
    (
        "LONDON",
        "Britain's embargo on Russia, which was accused by Kyiv of war crimes, was widened.",
        "GBR>RUS:16 UKR>RUS:11",
        "the parser hangs the clause on the embargo and the charge on Kyiv",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review15_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review15_codes_relative_until_help(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
