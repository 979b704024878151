"""Quote speakers of session 62 (Q62): bodies named by their city or their for-phrase, and the
subject of a relative clause with no pronoun.

"..., a charge the finance ministry in Dakar rejected as “baseless”": the parser may hang
"rejected" on "charge" as a participle and read "the finance ministry" as the noun's
apposition; that apposition is the clause's subject and speaks
(attribute._bare_relative_subject). A participle with its agent ("a charge rejected by X as
...") is no such clause: the rule leaves it alone (it is still a gap: the accuser speaks).

"The finance ministry in Dakar said": a seat at home told by its city alone keeps the city in
its name (attribute._city_names_body); one whose state is named in the phrase ("Senegal's
finance ministry in Dakar") or a role ("a government spokesman in Dakar") keeps none.

"The bank's regional office for West Africa urged": an office speaks by its whole name, its
for-phrase included (cues body_complement_heads); "the president's office on Monday" keeps
no date.

"Officials in Rome said the ambassador assured Ethiopian officials that the loan was “...”":
unnamed officials pass on the words of an office or person they name, as a body does
(attribute._told_inside_report, by_officials). Near misses: the officials' own words beside
another's act ("... said the loan was “...”, and the ambassador agreed"), and a planned act
("Officials said X will ask Y to “...”")."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker's whole name)
_CASES: list[tuple[str, str, str]] = [
    (
        "DAKAR, Mar 3 (Reuters) - The World Bank on Monday accused Senegal’s government of "
        "hiding debt figures for nearly two years, a charge the finance ministry in Dakar "
        "rejected as “baseless and hostile.”",
        "baseless and hostile",
        "finance ministry in Dakar",
    ),
    (
        "LIMA (AP) - The IMF on Friday faulted Peru's central bank, a charge the economy "
        'ministry in Lima dismissed as "unfair."',
        "unfair",
        "economy ministry in Lima",
    ),
    (
        "The World Bank on Monday criticised Senegal.\nSenegal's finance ministry in Dakar "
        'called the report "hostile."',
        "hostile",
        "Senegal's finance ministry",
    ),
    (
        "The World Bank on Monday criticised Senegal.\nA government spokesman in Dakar called "
        'the report "unbalanced."',
        "unbalanced",
        "government spokesman",
    ),
    (
        "The World Bank on Monday criticised Senegal's debt figures.\nThe bank's regional "
        "office for West Africa, in Abidjan, urged Dakar to give its auditors “full and prompt "
        "access” to the accounts.",
        "full and prompt access",
        "bank's regional office for West Africa",
    ),
    (
        "MANILA — The president's office on Monday called the talks with Hanoi \"useful.\"",
        "useful",
        "president's office",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_quotes_speakers115_body_name(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker



#: (text, words of the quote, speaker's last word)
_OFFICIALS: list[tuple[str, str, str]] = [
    (
        "Ethiopia on Monday asked the Italian ambassador for an explanation of the loan.\n"
        "Officials in Rome said the ambassador assured Ethiopian officials that the loan was "
        '"purely commercial."',
        "purely commercial",
        "ambassador",
    ),
    (
        "Hungary's envoy, Peter Kovacs, was summoned in Kyiv on Monday.\nOfficials in Budapest "
        'said Kovacs told Ukrainian diplomats that the pipeline deal was "strictly business."',
        "strictly business",
        "Kovacs",
    ),
    # near misses: the officials' own words; a planned act
    (
        "Ethiopia on Monday asked the Italian ambassador for an explanation of the loan.\n"
        'Officials in Rome said the loan was "purely commercial," and the ambassador agreed.',
        "purely commercial",
        "Rome",
    ),
    (
        "Peru's president will visit Madrid next week.\nOfficials said Peru's president will "
        'ask Spain to "stay the course."',
        "stay the course",
        "Officials",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _OFFICIALS)
def test_quotes_speakers115_officials_pass_on_words(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker, quote.speaker
