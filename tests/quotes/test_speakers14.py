"""Quote speakers of session 13: a state's word inside an unnamed role's phrase ("a
British High Commission spokesperson") is no speaker of its own, the role phrase speaks;
"its embassy" / "the embassy" is the body the article named before with its owner
("China's embassy in Manila"), not another state named nearer; a document whose issuer
is named speaks for the issuer ("the motion, passed by the Lithuanian parliament").
Near-misses: a body word without a state keeps its own name; "its embassy" with no
embassy named before stays the pronoun's state's."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        'DHAKA — "No visas were refused," an Australian High Commission official told reporters.',
        "No visas were refused",
        "Australian High Commission official",
    ),
    (
        "LONDON — A Canadian High Commission spokeswoman said: “Talks will continue.”",
        "Talks will continue",
        "Canadian High Commission spokeswoman",
    ),
    (
        'NAIROBI — "The matter is closed," a Kenyan State House spokesman said.',
        "The matter is closed",
        "Kenyan State House spokesman",
    ),
    (
        'WELLINGTON — "We take this seriously," a New Zealand High Commission spokesperson said.',
        "We take this seriously",
        "New Zealand High Commission spokesperson",
    ),
    # near-misses: the role phrase a mention already covers, and a role "for" a body
    (
        'ROME — "Nothing changes," an Italian spokesman said.',
        "Nothing changes",
        "Italian spokesman",
    ),
    (
        'LAGOS — "We have no comment," a spokesperson for the British High Commission said.',
        "We have no comment",
        "spokesperson for the British High Commission",
    ),
    # "its embassy" / "the embassy": the owner given with the embassy before
    (
        "HANOI — China's embassy in Hanoi rejected the report on Monday. The United States "
        'has backed Vietnam in the dispute. "Outside powers should stay away," its embassy said.',
        "Outside powers should stay away",
        "China's embassy in Hanoi",
    ),
    (
        "BERLIN — Iran's embassy in Berlin denied the charge. Germany summoned the Iranian "
        'envoy. "The accusation is baseless," its embassy said.',
        "The accusation is baseless",
        "Iran's embassy in Berlin",
    ),
    (
        "CANBERRA — The Chinese embassy in Canberra protested the article. Australia's prime "
        'minister met Japan\'s leader on Friday. "This harms trust," the embassy said.',
        "This harms trust",
        "Chinese embassy in Canberra",
    ),
    # near-misses: no embassy named before; a party's own name before a common noun
    (
        'OSLO — Norway expelled a Russian diplomat on Monday. "This is a hostile step," its '
        "embassy said.",
        "This is a hostile step",
        "Norway's embassy",
    ),
    (
        "PRETORIA — The Democratic Alliance party criticized the budget. “This is theft,” "
        "the party said.",
        "This is theft",
        "Democratic Alliance",
    ),
    # a motion or resolution speaks by the body that passed it
    (
        "VILNIUS — Lithuania's parliament passed a motion condemning the visit. “It is an "
        "affront,” the motion said.",
        "It is an affront",
        "Lithuania's parliament",
    ),
    (
        'BRATISLAVA — "The border must stay open," the resolution, passed by the Slovak parliament, said.',
        "The border must stay open",
        "Slovak parliament",
    ),
    (
        "GENEVA — The Human Rights Council passed a resolution on Friday. “Abuses must end,” "
        "the resolution said.",
        "Abuses must end",
        "Human Rights Council",
    ),
    # near-miss: a joint statement has no single issuer and speaks as itself
    (
        "JAKARTA — “A new chapter has begun,” according to the joint statement.",
        "A new chapter has begun",
        "joint statement",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers14_roles_embassies_documents(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
