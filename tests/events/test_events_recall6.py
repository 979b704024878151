"""Recall 6 (session 22, builder FR3): forms of fresh wire stories on political transitions
(elections and the calls, congratulations and recognitions that follow them).

Coded: a phone call told as "called Restrepo on Monday", which the parser reads as a naming
("called X a Y") with the name as its predicate (oprd), or, in a sentence with no verb at its
root, as a noun with a naming modifier ("the president called Mensah": context.py
_called_names); an infinitive on a ranking phrase ("was the first foreign leader to
congratulate ...", "was among the first to call ...", "was the last country to recognize
...") is the act of the copula's subject, and told, not planned (rank_words: clauses.py
_ranked_doer, parties.py _blocked); a recognition of a person as a state's leader
("recognized Senate leader Carmen Quiroga as Bolivia's interim president": v.recognize_as)
recognizes that state, and the person the as-phrase gives a state's office acts for it
afterwards (actors resolve.py _installed_as). Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CALLS: list[Case] = [
    (
        "BRASILIA",
        "Colombia's president-elect, Ana Restrepo, won a runoff on Sunday. Brazil's president "
        "called Restrepo on Monday.",
        "BRA>COL:04",
    ),
    (
        "ASUNCION",
        "Paraguay's newly elected president, Rosa Benitez, won 58% of the vote on Sunday. "
        "Uruguay's president called Benitez on Monday.",
        "URY>PRY:04",
    ),
    (
        "SOFIA",
        "Bulgaria's president-elect, Petar Ivanov, won the runoff. Greece's prime minister "
        "called Ivanov on Monday to discuss energy.",
        "GRC>BGR:04",
    ),
    # the sentence after a dateline, read as a noun with a naming modifier
    (
        "SOFIA",
        "The Greek prime minister called Dimitrov on Monday. Bulgaria's president-elect, "
        "Stefan Dimitrov, won the runoff on Sunday.",
        "GRC>BGR:04",
    ),
]

CALLS_NOT: list[NearMiss] = [
    # a naming: the verb has no subject of its own, or names its object
    ("MBABANE", "Eswatini, formerly called Swaziland, held elections on Friday."),
    ("ACCRA", "Protesters in Accra called Mensah a traitor to Ghana."),
    ("LIMA", "A border town called Tacna was flooded on Sunday."),
    ("KIGALI", "A rebel group called M23 seized the town of Goma in Congo on Monday."),
]

RANKED: list[Case] = [
    (
        "ACCRA",
        "Ghana's president-elect, Kofi Mensah, won 54% of the vote on Saturday. Togo's "
        "president was the first foreign leader to congratulate Mensah.",
        "TGO>GHA:05",
    ),
    (
        "COLOMBO",
        "Sri Lanka's newly elected president, Nalin Perera, won 56% of the vote. India's prime "
        "minister was among the first to call Perera on Monday.",
        "IND>LKA:04",
    ),
    (
        "LA PAZ",
        "Mexico was the last Latin American country to recognize the new government in "
        "Bolivia.",
        "MEX>BOL:05",
    ),
    (
        "NAIROBI",
        "Kenya's president was the first foreign leader to visit Sri Lanka after the vote.",
        "KEN>LKA:04",
    ),
]

RANKED_NOT: list[NearMiss] = [
    # no rank, or a rank of what is not an actor
    ("TOKYO", "Japan's decision was a move to punish the regime in Myanmar."),
    ("BAMAKO", "The vote was the first to be held in Mali since the coup."),
    ("SANTIAGO", "Chile's president was the first to arrive at the summit."),
]

RECOGNIZED_AS: list[Case] = [
    (
        "LA PAZ",
        "Argentina recognized Senate leader Carmen Quiroga as Bolivia's interim president on "
        "Thursday.",
        "ARG>BOL:05",
    ),
    (
        "CARACAS",
        "Brazil and Uruguay on Friday recognized opposition leader Juan Ortega as the "
        "legitimate president of Venezuela.",
        "BRA>VEN:05 URY>VEN:05",
    ),
    (
        "MOGADISHU",
        "Turkey acknowledged Ali Hassan as Somalia's new prime minister on Monday.",
        "TUR>SOM:05",
    ),
]

RECOGNIZED_AS_NOT: list[NearMiss] = [
    # the as-phrase names no leader or government of another state
    ("NAIROBI", "Kenya recognized the ceasefire deal as a step forward for Sudan."),
    ("SANTIAGO", "Chile recognized Gabriela Mistral as its greatest poet."),
]

RECOGNIZED_AS_GAPS: list[Gap] = [
    (
        "ROME",
        "Italy recognised the rebel council as Libya's legitimate government on Monday.",
        "ITA>LBY:05",
        "the parser hangs the as-phrase on the object, and v.recognize_as reads it on the verb",
    ),
]

# a person an as-phrase gives a state's office acts for that state afterwards
INSTALLED: list[Case] = [
    (
        "MOGADISHU",
        "Somalia's parliament elected Ali Hassan as Somalia's new president on Sunday. Kenya's "
        "president congratulated Hassan.",
        "KEN>SOM:05",
    ),
    (
        "LA PAZ",
        "Paraguay recognized Senate leader Ana Suarez as Bolivia's interim president on "
        "Thursday. Brazil's president phoned Suarez on Friday.",
        "PRY>BOL:05 BRA>BOL:04",
    ),
]

INSTALLED_NOT: list[NearMiss] = [
    # the office is a party's, or names no state
    ("BOGOTA", "Colombia's opposition nominated Juan Perez as its candidate. Ecuador's "
     "president met Perez."),
]

INSTALLED_GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru's Congress swore in Dina Rojas as the country's president. Chile's foreign "
        "minister met Rojas in Lima.",
        "CHL>PER:04",
        "'the country's president' names its state only through the subject of the verb",
    ),
]

NONE: list[NearMiss] = CALLS_NOT + RANKED_NOT + RECOGNIZED_AS_NOT + INSTALLED_NOT
GAPS: list[Gap] = RECOGNIZED_AS_GAPS + INSTALLED_GAPS
CASES = CALLS + RANKED + RECOGNIZED_AS + INSTALLED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_recall6_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_recall6_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
