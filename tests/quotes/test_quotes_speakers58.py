"""Quote speakers of session 39 (S54): bodies named as written, places, asked sayings.

1. "Its Department of International Relations and Cooperation said": a body's name runs on
   past its "and" inside one named entity, also when the parser hangs the words after it on
   the head (attribute._joined_name_end); not "the Ministry of Defense and the army".
2. "The U.N. refugee agency said": a body an IGO's own name describes speaks as the article
   names it (attribute._igo_body), not as the whole IGO; "the U.N. nuclear watchdog" (the
   IAEA) still takes the full name given before.
3. "The Saudi customs authority said": an authority is a body, named by its phrase, not by
   its state's word (cues.yaml bodies).
4. "A Taliban spokesman in Kabul ... he said", "a spokeswoman for the U.N. World Food Program
   in Kabul": where an unnamed role or its body sits is no part of the name
   (attribute._with_place, attribute._city_of_body); an embassy keeps its city.
5. "..., and urged Canberra to give everyone “a fair and full hearing.” Canberra did not
   respond.": a full stop inside the marks ends the sentence; the short sentence after it
   is no attribution (attribute._sentences).
6. "It demanded that Tunis explain “...”": a saying asked of another is not said; the asker
   speaks (attribute._asked_cues, cues.yaml request_verbs).
7. "met Syria's president, who thanked Doha for what he called “...”": "he" in a "who"
   clause is the clause's antecedent (attribute._relative_antecedent).

Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's principal or None)
_JOINED_NAME: list[tuple[str, str, str, str | None]] = [
    (
        "Border\n\nWINDHOEK (Reuters) - Namibia sent a protest note to South Africa on Tuesday.\n\n"
        "South Africa rejected the note on Wednesday. Its Department of International Relations "
        'and Cooperation said the barges were working "lawfully and openly" on its side.',
        "lawfully and openly",
        "South Africa's Department of International Relations and Cooperation",
        "ZAF",
    ),
    # near-miss: a name the parser already reads whole
    (
        "Roads\n\nNAIROBI (Reuters) - Kenya's Ministry of Roads and Transport said the new bridge "
        'was "safe for heavy trucks."',
        "safe for heavy trucks",
        "Kenya's Ministry of Roads and Transport",
        "KEN",
    ),
]

_IGO_BODY: list[tuple[str, str, str, str | None]] = [
    (
        'Camps\n\nGENEVA (AP) — The U.N. refugee agency said it was "alarmed" by the expulsions '
        "from the border camps.",
        "alarmed",
        "U.N. refugee agency",
        "UN",
    ),
    (
        "Camps\n\nGENEVA (AP) — The U.N. human rights office in Geneva said the detainees "
        '"must be released at once" and called on Laos to open the prisons.',
        "must be released at once",
        "U.N. human rights office",
        "UN",
    ),
    # near-miss: a watchdog the article named in full before
    (
        "Plant\n\nVIENNA (AP) — The International Atomic Energy Agency sent inspectors to the "
        'plant on Monday.\n\nThe U.N. nuclear watchdog said the site had "lost all outside '
        'power" for two hours.',
        "lost all outside power",
        "International Atomic Energy Agency",
        "IAEA",
    ),
]

_AUTHORITY: list[tuple[str, str, str, str | None]] = [
    (
        "Trucks\n\nAMMAN (AP) — About 300 lorries waited at the crossing. The Omani customs "
        'authority said the ban would stay "until every load is checked."',
        "until every load is checked",
        "Omani customs authority",
        "OMN",
    ),
]

_SEATED_ROLE: list[tuple[str, str, str, str | None]] = [
    (
        'Talks\n\nA Taliban spokesman in Kabul rejected the charge on Friday. "Our neighbors '
        'should mind their own borders," he said in a post on X.',
        "Our neighbors should mind",
        "Taliban spokesman",
        "AFG",
    ),
    (
        "Food\n\nA spokeswoman for the U.N. World Food Program in Dhaka praised the delivery. "
        '"Every sack will be used," she said.',
        "Every sack will be used",
        "spokeswoman for the U.N. World Food Program",
        "UN",
    ),
    # near-miss: anyone else unnamed keeps the city
    (
        'Floods\n\n"The water came in minutes," said a nurse at the main clinic in Sylhet.',
        "The water came in minutes",
        "nurse at the main clinic in Sylhet",
        None,
    ),
    # near-miss: an embassy keeps its city
    (
        "Visas\n\nA spokesperson for China's Embassy in La Paz said the visa rules were "
        '"fair to all."',
        "fair to all",
        "spokesperson for China's Embassy in La Paz",
        "CHN",
    ),
]

_STOPPED: list[tuple[str, str, str, str | None]] = [
    (
        "Boats\n\nCOLOMBO (AP) — The U.N. refugee agency said it was worried by the returns, and "
        'urged Colombo to give every migrant "a proper hearing." Colombo did not respond.',
        "a proper hearing",
        "U.N. refugee agency",
        "UN",
    ),
    # near-miss: a question closed inside the marks, its attribution split off
    (
        'Boats\n\n"Who will pay for the boats?" Silva asked.',
        "Who will pay for the boats",
        "Silva",
        None,
    ),
]

_ASKED: list[tuple[str, str, str, str | None]] = [
    (
        "Envoys\n\nRABAT (Reuters) - The Moroccan Foreign Ministry said in a statement that the "
        'visit was an unfriendly act. It demanded that Algiers explain "why the visitor was '
        'treated as a head of state."',
        "why the visitor was treated",
        "Moroccan Foreign Ministry",
        "MAR",
    ),
    (
        "Envoys\n\nLIMA (Reuters) - Peru's Foreign Ministry asked Quito to explain \"what the "
        'soldiers were doing on our side."',
        "what the soldiers were doing",
        "Peru's Foreign Ministry",
        "PER",
    ),
    # near-miss: the saying is done, not asked
    (
        'Envoys\n\nLIMA (Reuters) - Quito explained on Monday that the soldiers "lost their '
        'way in the fog."',
        "lost their way in the fog",
        "Quito",
        "ECU",
    ),
]

_WHO_CLAUSE: list[tuple[str, str, str, str | None]] = [
    (
        "Aid\n\nDOHA (AP) — The deal was signed by Kuwait's trade minister, Khaled Al-Sabah, and "
        "Oman's energy minister, Salim Al-Harthy. Al-Sabah later met Oman's sultan, who thanked "
        'Kuwait for what he called "a gift from brothers."',
        "a gift from brothers",
        "Oman's sultan",
        "OMN",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "actor"),
    _JOINED_NAME + _IGO_BODY + _AUTHORITY + _SEATED_ROLE + _STOPPED + _ASKED + _WHO_CLAUSE,
)
def test_quotes_speakers58(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor
