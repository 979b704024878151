"""Quote speakers of session 32 (helper SPK), from the census of wrong speakers on every
development set: a body speaks by its whole name, not a cut or short form of it.

Sets 35 and 36 gave a body's quotation to a piece of its name: "the office of the U.N.
resident coordinator in Damascus" spoke as "office", and "the Joint Chiefs", after "South
Korea's Joint Chiefs of Staff", as "Joint Chiefs" with no actor. A body noun owned through
the "of" right after it now speaks by the whole phrase (attribute._owner_phrase_end), and
a proper name of two words or more, tied to no actor, speaks by the longer name given before
that holds it, with that name's actor (attribute._earlier_fuller_body). Kept: a body with no
owner after it, a name given whole, a name no earlier one holds. Every text was written for
this file.

Set 18's "Brazil ... said through its Finance Ministry that" spoke as "Brazil": a state that
speaks through a body of its own it names, capitalised, now speaks as that body
("Brazil's Finance Ministry", attribute._through_body); "through its embassy in X" stays the
state's, as set 24's gold has it.

Set 18's "KCNA called the seizure “...” and warned ... against what it called the South's
“provocations”" gave the last quotation to the body of the sentence before, to which the
actors stage tied "it": an "it" after a quotation its own sentence gave a body is that body
(attribute._body_spoke_in_sentence); not after a person's quotation.
"""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_OWNED: list[tuple[str, str, str]] = [
    (
        "VIENTIANE (AP) — The United Nations welcomed the deal. In a statement, the office of "
        "the U.N. resident coordinator in Vientiane called it “a model of cooperation” and "
        "said agencies would help.",
        "a model of cooperation",
        "office of the U.N. resident coordinator in Vientiane",
    ),
    (
        "VIENTIANE (AP) — The office of the U.N. resident coordinator said it was “deeply "
        "concerned” about the floods.",
        "deeply concerned",
        "office of the U.N. resident coordinator",
    ),
    # near-miss: an owner before the body: the phrase as before
    (
        "VIENTIANE (AP) — The U.N. resident coordinator's office said it was “deeply "
        "concerned” about the floods.",
        "deeply concerned",
        "U.N. resident coordinator's office",
    ),
]

_SHORT: list[tuple[str, str, str]] = [
    (
        "HANOI (Reuters) - Vietnamese troops fired warning shots on Thursday, Vietnam’s Joint "
        "Chiefs of Staff said.\n\nThe soldiers returned north after the shots, the military "
        "said.\n\n“We will respond to any provocation,” the Joint Chiefs said in a statement.",
        "We will respond",
        "Vietnam’s Joint Chiefs of Staff",
    ),
    # near-misses: the name given whole; a short name no earlier name holds
    (
        "HANOI (Reuters) - Vietnamese troops fired warning shots on Thursday.\n\n“We will "
        "respond to any provocation,” Vietnam’s Joint Chiefs of Staff said in a statement.",
        "We will respond",
        "Vietnam’s Joint Chiefs of Staff",
    ),
    (
        "HANOI (Reuters) - Vietnamese troops fired warning shots on Thursday.\n\n“We will "
        "respond to any provocation,” the Border Guard Command said in a statement.",
        "We will respond",
        "Border Guard Command",
    ),
]

_THROUGH: list[tuple[str, str, str]] = [
    (
        "LIMA (AP) — Chile, which signed its own swap in 2023, said through its Finance "
        "Ministry that such deals were “normal tools of cooperation” among partners.",
        "normal tools",
        "Chile's Finance Ministry",
    ),
    # near-misses: a channel left unnamed, a spokesman, no "through": the state speaks
    (
        "LIMA (AP) — Chile said through its embassy in Lima that the talks were “useful and "
        "frank.”",
        "useful and frank",
        "Chile",
    ),
    (
        "LIMA (AP) — Chile said through a spokesman that the talks were “useful and frank.”",
        "useful and frank",
        "Chile",
    ),
]

_IT: list[tuple[str, str, str]] = [
    (
        "SEOUL (AP) — Panama's Maritime Authority said it had begun proceedings against the "
        "vessel.\n\nNorth Korea's state news agency KCNA called the seizure “an act of "
        "piracy” and warned that Pyongyang would act against what it called the South's "
        "“provocations.”",
        "provocations",
        "KCNA",
    ),
    # near-miss: a person spoke the quotation before: "it" is left as before
    (
        "SEOUL (AP) — Panama's Maritime Authority said it had begun proceedings against the "
        "vessel.\n\nForeign Minister Ri Son Gwon called the seizure “an act of piracy” and "
        "warned against what it called the South's “provocations.”",
        "provocations",
        "Panama's Maritime Authority",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _IT)
def test_speakers44_it_after_a_body_quote(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _THROUGH)
def test_speakers44_through_named_body(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _OWNED)
def test_speakers44_owned_body(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _SHORT)
def test_speakers44_short_body_name(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


def test_speakers44_short_body_name_takes_the_actor(run: Run) -> None:
    """The longer name's state speaks through the short one."""
    quote = quote_with(run(_SHORT[0][0]), "We will respond")
    assert quote.speaker_actor == "VNM"
