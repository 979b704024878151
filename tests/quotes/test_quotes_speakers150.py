"""Quote speakers of session 68 (helper S68): an owner the article gives by a pronoun or a
bare noun is resolved and written in news-dev's order.

tests/gold/README.md "Conventions decided (session 68)", decisions 4 and 6:
- "his office said" / "her office said" after the named person: "Office of <full name>", as a
  named owner's office already was ("Netanyahu's office" -> "Office of Benjamin Netanyahu");
  not "<surname>'s office" (attribute._person_body);
- "a spokeswoman for the agency" after "the U.N. refugee agency", "a spokesman for the
  embassy" after "the Chinese Embassy in Washington": "<Body> <role>", the body by the words
  the article named it with (attribute._unnamed_role), not "spokeswoman for the <Body>";
- "Its spokeswoman said" after "Russia's Foreign Ministry rejected ...": "Russia's Foreign
  Ministry spokeswoman" (attribute._possessive_office);
- "a spokesman for its Foreign Ministry" after "Peru rejected ...": "Peru's Foreign Ministry
  spokesman", the pronoun resolved (attribute._pronoun_owner_name);
- "a ministry spokesman" after "China's foreign ministry accused ...": "China's foreign ministry
  spokesman", a bare body noun before the role resolved, its seat cut
  (attribute._bare_owner_voice).

Near misses: an owner named in full keeps the article's words and order ("spokesman for
China's foreign ministry"); a titled office stays the article's words ("president's office");
a minister's "his ministry" stays the ministry; a person only placed at a body ("an official at
the agency") keeps the article's order (session 67's decision 4); "its spokesman" after a state
alone is the state's. Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
OFFICES: list[tuple[str, str, str]] = [
    (
        "Talks\nOTTAWA - Prime Minister Claire Dubois met union leaders on Friday. Her office said"
        ' the meeting had been "constructive and frank."',
        "constructive and frank",
        "Office of Claire Dubois",
    ),
    (
        "Summit\nBUDAPEST - President Tomas Varga did not attend the summit. His office said he"
        ' had a "prior engagement" at home.',
        "prior engagement",
        "Office of Tomas Varga",
    ),
    (
        "Talks\nGENEVA - Foreign Minister Lena Marsh of Norway met the envoy on Monday. \"The"
        ' talks went well," her office said in a statement.',
        "talks went well",
        "Office of Lena Marsh",
    ),
]

VOICES: list[tuple[str, str, str]] = [
    (
        "Summons\nTOKYO - Japan's Foreign Ministry summoned the Chinese ambassador on Monday."
        ' "This is unacceptable," a spokeswoman for the ministry said.',
        "unacceptable",
        "Japan's Foreign Ministry spokeswoman",
    ),
    (
        "Aid\nGENEVA - The U.N. migration agency warned of a surge in crossings. \"The boats are"
        ' fuller than ever," said a spokesperson for the agency.',
        "fuller than ever",
        "U.N. migration agency spokesperson",
    ),
    (
        "Camps\nDHAKA (AP) - The U.N. children's agency warned of a cholera outbreak. A spokesman"
        ' for the agency told reporters the clinics were "running out of everything."',
        "running out of everything",
        "U.N. children's agency spokesman",
    ),
    (
        "Visas\nWASHINGTON (AP) - The Chinese Embassy in Washington rejected the report. A"
        ' spokeswoman for the embassy called the claims "pure fiction."',
        "pure fiction",
        "Chinese Embassy in Washington spokeswoman",
    ),
    (
        "Contracts\nMOSCOW (Reuters) - Russia's Foreign Ministry rejected the accusation. Its"
        ' spokeswoman said every recruit had signed up "of his own free will."',
        "own free will",
        "Russia's Foreign Ministry spokeswoman",
    ),
    (
        "Drills\nBEIJING (AP) - China's Defense Ministry dismissed the report on Friday. Its"
        ' spokesman said the patrols were "routine and lawful."',
        "routine and lawful",
        "China's Defense Ministry spokesman",
    ),
    (
        "Funds\nBRUSSELS (Reuters) - The European Commission rejected the claim. \"Every euro is"
        ' accounted for," its spokeswoman said.',
        "Every euro",
        "European Commission spokeswoman",
    ),
    (
        "Airport\nLIMA - Peru rejected the criticism. A spokesman for its Foreign Ministry said the"
        ' detainees were receiving "meals and medical care."',
        "meals and medical care",
        "Peru's Foreign Ministry spokesman",
    ),
    (
        "Drones\nVILNIUS - Lithuania rejected the criticism. \"We will choose our own partners,\""
        " a spokeswoman for its foreign ministry said.",
        "choose our own partners",
        "Lithuania's foreign ministry spokeswoman",
    ),
    (
        "Ban\nACCRA - Ghana denied the report on Tuesday. \"No such order was given,\" said a"
        " spokesperson for its Interior Ministry.",
        "No such order",
        "Ghana's Interior Ministry spokesperson",
    ),
]

#: near misses: (text, words, speaker) as before
NEAR: list[tuple[str, str, str]] = [
    (  # the owner named in full: the article's words and order
        "Drills\nBEIJING (Reuters) - \"The exercise targets no one,\" a spokesman for China's"
        " foreign ministry said on Tuesday.",
        "targets no one",
        "spokesman for China's foreign ministry",
    ),
    (  # a titled office: the article's words
        'Visit\nACCRA - The president\'s office said the visit was "long overdue."',
        "long overdue",
        "president's office",
    ),
    (  # a person only placed at the body keeps the article's order
        "Aid\nGENEVA - The U.N. refugee agency urged Chad to keep its border open. An official at"
        ' the agency said the camps were "full beyond capacity."',
        "full beyond capacity",
        "official at the U.N. refugee agency",
    ),
    (  # an official of "its" body is no spokesperson: left as written
        "Ban\nACCRA - Ghana denied the report on Tuesday. An official of its Interior Ministry"
        ' said no such order was "ever given."',
        "ever given",
        "official of its Interior Ministry",
    ),
]

#: near misses: (text, words, last word of the speaker)
NEAR_LAST: list[tuple[str, str, str]] = [
    (  # a minister's "his ministry" is the ministry, not an office of the person
        "Raid\nCAIRO - Egyptian Interior Minister Omar Haddad ordered the raid. His ministry said"
        ' the raid was "lawful and necessary."',
        "lawful and necessary",
        "Ministry",
    ),
    (  # "its" after a state alone: the state's spokesman
        "Dam\nKATHMANDU (AP) - Nepal said it would protest the decision. Its spokesman said the"
        ' move was "deeply unfair."',
        "deeply unfair",
        "spokesman",
    ),
    (  # the IGO itself described keeps the IGO's name first
        "Jets\nVILNIUS (AP) - NATO said it would send more jets to the Baltic states. \"We will"
        ' guard every inch," a spokesperson for the alliance said.',
        "every inch",
        "spokesperson",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OFFICES + VOICES + NEAR)
def test_speakers150_owner_resolved_in_news_dev_order(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "last"), NEAR_LAST)
def test_speakers150_near_misses_keep_their_form(run: Run, text: str, words: str, last: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == last, quote.speaker
    assert not quote.speaker.startswith("Office of"), quote.speaker
    assert " for the " not in quote.speaker, quote.speaker


#: a bare body noun before the role: (text, words, speaker)
BARE_OWNER: list[tuple[str, str, str]] = [
    (
        "Summons\nTOKYO - Japan's Foreign Ministry summoned the Chinese ambassador on Monday."
        ' "This is unacceptable," a ministry spokeswoman said.',
        "unacceptable",
        "Japan's Foreign Ministry spokeswoman",
    ),
    (  # its state's possessive and the embassy's city kept: the body as first named
        "Hack\nWELLINGTON - China's Embassy in Wellington rejected the accusation as \"smears.\""
        ' "We urge New Zealand to stop politicizing this," an embassy spokesperson said.',
        "stop politicizing",
        "China's Embassy in Wellington spokesperson",
    ),
    (
        "Fleet\nDUBLIN - Ireland's Department of Foreign Affairs rejected the charge. \"The idea"
        ' that Ireland looks away is wrong," a department spokeswoman said.',
        "looks away",
        "Ireland's Department of Foreign Affairs spokeswoman",
    ),
    (  # the seat cut
        "Drones\nVILNIUS - China's foreign ministry accused Lithuania of meddling. A ministry"
        ' spokesman in Beijing said the drones would "change nothing" at sea.',
        "change nothing",
        "China's foreign ministry spokesman",
    ),
    (
        "Export\nWASHINGTON - The U.S. Commerce Department's Bureau of Industry and Security added"
        ' six firms to its list. A department spokesman said the firms had "supplied drones."',
        "supplied drones",
        "U.S. Commerce Department spokesman",
    ),
    (
        "Visas\nMANILA - The U.S. Embassy in Manila said it was reviewing the case. \"We take this"
        ' seriously," an embassy spokesperson said.',
        "take this seriously",
        "U.S. Embassy in Manila spokesperson",
    ),
    (
        "Loan\nWASHINGTON - The World Bank froze the loan on Friday. \"The rules apply to all,\" a"
        " bank spokesman said.",
        "rules apply to all",
        "World Bank spokesman",
    ),
]

#: near misses of the bare owner: no such body named before, or a name beside the role
BARE_NEAR: list[tuple[str, str, str]] = [
    (
        "Visas\nMANILA - The Philippines said it was reviewing the case. \"We take this"
        ' seriously," an embassy spokesperson said.',
        "take this seriously",
        "embassy spokesperson",
    ),
    (
        "Port\nATHENS - Greece's shipping ministry said the port would reopen. A ministry"
        ' spokesman, Nikos Pappas, said the ferries were "ready to sail."',
        "ready to sail",
        "Nikos Pappas",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), BARE_OWNER + BARE_NEAR)
def test_speakers150_bare_noun_before_the_role(run: Run, text: str, words: str, speaker: str) -> None:
    """"a ministry spokeswoman" after "Japan's Foreign Ministry": "<body as first named>
    <role>" (decision 4; attribute._bare_owner_voice, attribute._first_naming)."""
    assert quote_with(run(text), words).speaker == speaker
