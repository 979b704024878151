"""Quote speakers of session 14: a quotation in the "as" phrase of a speech noun judges
the remarks and is the judge's, not the remarks' owner ("rejected Ruto's remarks as
“baseless”"); a body keeps the place the article gives it ("the British High Commission in
Lima", "its embassy in Jakarta"); a capitalised body running on through "of" keeps its
whole name ("the Office of the President"); "its" in a clause joined to one whose subject
is a state is that state's ("China did not comment, but its embassy said"); a motion no
phrase gives an issuer speaks for the body that voted just before; a name holding
lowercase particles ("Pieter de Groot") after a title is its holder, and a known name cut
before its particles ("Pedro Sánchez de la Vega") runs on to its last name. Near-misses: a quotation
inside the claim stays its owner's; a body without a place, a role phrase with one, and
"its" with no conjunct keep their earlier readings; a motion nobody voted stays itself."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    # 1. a quotation judging someone's remarks is the judge's
    (
        "NAIROBI — Kenya's foreign ministry rejected Ruto's remarks as “baseless” on Monday.",
        "baseless",
        "Kenya's foreign ministry",
    ),
    (
        "ADDIS ABABA — Ethiopia's foreign ministry dismissed Abiy's comments as “irresponsible” on Sunday.",
        "irresponsible",
        "Ethiopia's foreign ministry",
    ),
    (
        "TEHRAN — Iran's government described Netanyahu's threats as “empty words”.",
        "empty words",
        "Iran's government",
    ),
    (
        "CAIRO — Egypt's foreign ministry condemned the Ethiopian prime minister's remarks as “a provocation”.",
        "a provocation",
        "Egypt's foreign ministry",
    ),
    (
        "ANKARA — The Turkish foreign ministry slammed Macron's words as “unacceptable” on Friday.",
        "unacceptable",
        "Turkish foreign ministry",
    ),
    (
        "SEOUL — South Korea's unification ministry rejected Kim Yo Jong's statement as “absurd”.",
        "absurd",
        "South Korea's unification ministry",
    ),
    # near-misses: the claim's own content stays its owner's
    (
        "KYIV — Zelenskyy rejected Putin's claim that Ukraine was “a failed state”.",
        "a failed state",
        "Putin",
    ),
    (
        "MOSCOW — Lavrov dismissed Blinken's warning that Russia faced “severe costs” as bluster.",
        "severe costs",
        "Blinken",
    ),
    (
        "NAIROBI — President William Ruto said the deal was “baseless” in his view.",
        "baseless",
        "William Ruto",
    ),
    # 2. a body keeps its place
    (
        "LIMA — “We are monitoring the situation,” the British High Commission in Lima said.",
        "monitoring",
        "British High Commission in Lima",
    ),
    (
        "LIMA — The British High Commission in Lima said: “Our staff are safe.”",
        "Our staff are safe",
        "British High Commission in Lima",
    ),
    (
        "DHAKA — “The visa office is closed,” the Indian High Commission in Dhaka said on Monday.",
        "visa office",
        "Indian High Commission in Dhaka",
    ),
    (
        "ISTANBUL — The Greek consulate in Istanbul said “all citizens are accounted for”.",
        "accounted for",
        "Greek consulate in Istanbul",
    ),
    (
        "NAIROBI — The Ugandan High Commission in Nairobi called the report “false”.",
        "false",
        "Ugandan High Commission in Nairobi",
    ),
    # near-misses: no place given; a role phrase with a place stays the role
    (
        "LONDON — “We are aware,” the British High Commission said in a statement.",
        "We are aware",
        "British High Commission",
    ),
    (
        "LIMA — A British High Commission spokesperson in Lima said: “We are aware.”",
        "We are aware",
        "British High Commission spokesperson",
    ),
    # 3. a capitalised body running on through "of"
    (
        "MANILA — “The president will attend,” the Office of the President said.",
        "will attend",
        "Office of the President",
    ),
    (
        "MANILA — The Office of the Prime Minister said: “He will attend.”",
        "He will attend",
        "Office of the Prime Minister",
    ),
    # near-miss: a name before the body word
    (
        "LONDON — “No decision has been made,” the Home Office said on Monday.",
        "No decision",
        "Home Office",
    ),
    # 4. "its" in a clause joined to one whose subject is a state
    (
        "JAKARTA — The United States sent observers. China did not comment, but its embassy in "
        "Jakarta said that “outside powers” were to blame.",
        "outside powers",
        "China's embassy in Jakarta",
    ),
    (
        "ROME — France backed the plan. Russia stayed silent, but its embassy in Rome called it “reckless”.",
        "reckless",
        "Russia's embassy in Rome",
    ),
    # near-misses: "its" with no conjunct; a conjunct naming its own body
    (
        'OSLO — Norway expelled a Russian diplomat on Monday. "This is a hostile step," its embassy said.',
        "This is a hostile step",
        "Norway's embassy",
    ),
    (
        "JAKARTA — China did not comment, and Indonesia's foreign ministry said the drills were “routine”.",
        "routine",
        "Indonesia's foreign ministry",
    ),
    # 5. a motion no phrase gives an issuer: the body that voted just before
    (
        "THE HAGUE — The Dutch parliament voted on Tuesday to condemn the strikes.\nThe motion, "
        "passed by 80 votes to 50, urges the government to seek “an immediate ceasefire” at the UN.",
        "immediate ceasefire",
        "Dutch parliament",
    ),
    # near-misses: nobody voted; a person voted
    (
        "BERLIN — The motion, tabled on Monday, calls for “restraint” in the region.",
        "restraint",
        "motion",
    ),
    (
        "WASHINGTON — Senator Jane Cole voted against the measure.\nThe resolution, passed 60-40, "
        "calls the deal “a betrayal”.",
        "a betrayal",
        "resolution",
    ),
    # 6. a name with lowercase particles after a title the actors stage read alone
    (
        "BRUSSELS — NATO Secretary-General Pieter de Groot condemned what he called Russia’s "
        "“reckless behavior” on Monday.",
        "reckless behavior",
        "Pieter de Groot",
    ),
    (
        "BRUSSELS — NATO Secretary-General Pieter de Groot said the alliance would defend “every inch”.",
        "every inch",
        "Pieter de Groot",
    ),
    (
        "BRASILIA — Brazilian Foreign Minister Ana da Silva said the deal was “dead”.",
        "dead",
        "Ana da Silva",
    ),
    # near-misses: a title with no name after it stays the title
    (
        "BRUSSELS — The NATO Secretary-General met the envoy on Monday. “We are ready,” he said.",
        "We are ready",
        "NATO Secretary-General",
    ),
    # 7. a known name the actors stage cut before its particles runs on to its last name
    (
        "MADRID — Spanish Prime Minister Pedro Sánchez de la Vega called the move “unacceptable.”",
        "unacceptable",
        "Pedro Sánchez de la Vega",
    ),
    (
        "MADRID — “The move is unacceptable,” said Pedro Sánchez de la Vega, the Spanish prime "
        "minister.",
        "The move is unacceptable",
        "Pedro Sánchez de la Vega",
    ),
    (
        "MADRID — Spanish Prime Minister Pedro Sánchez de la Vega met the king. “We are ready,” "
        "he said.",
        "We are ready",
        "Pedro Sánchez de la Vega",
    ),
    # near-misses: a lowercase word after a particle is no name; a name with none stays
    (
        "MADRID — Spanish Prime Minister Pedro Sánchez de facto conceded, calling the vote “a "
        "disgrace.”",
        "a disgrace",
        "Pedro Sánchez",
    ),
    (
        "MADRID — Spanish Prime Minister Pedro Sánchez called the move “unacceptable.”",
        "unacceptable",
        "Pedro Sánchez",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers15_judged_remarks_places_voting_bodies(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
