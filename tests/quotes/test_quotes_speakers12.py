"""Quote speakers of session 10, part 2: "he said" after an unnamed spokesman who spoke
of another person is the spokesman (a name inside the clause a cue verb reports is spoken
about, not the reporter); "the spokeswoman" is the unnamed one said before, not the last
person named, when that person was never called a spokeswoman; "the statement read" with
no issuer named speaks as "statement", never as a place visited or a name its own
quotation gives; "the office" refers back to the full name a capitalised body was given
("The Office of the U.N. High Commissioner for ..."). Near-misses: a person named as the
main subject after the spokesman keeps "he", a named spokeswoman keeps "the spokeswoman",
a statement after a body's act speaks for the body."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    # the reporter, not the person his words were about
    (
        "TOKYO — A spokesman said Foreign Minister Yoko Kamikawa met her South Korean "
        "counterpart on Tuesday. “She raised our concerns about the islands,” he said.",
        "She raised our concerns",
        "spokesman",
    ),
    (
        "SEOUL — A government spokeswoman said Defense Minister Shin Won-sik had called his "
        "Japanese counterpart. “He asked for restraint,” she said.",
        "He asked for restraint",
        "government spokeswoman",
    ),
    # near-misses: the spokeswoman speaks after the named one; a named main subject after her
    (
        "SEOUL — Defense Minister Shin Won-sik spoke to reporters on Tuesday. A spokeswoman "
        "said the talks were useful. “He asked for restraint,” she said.",
        "He asked for restraint",
        "spokeswoman",
    ),
    (
        "SEOUL — A spokeswoman said the talks were useful.\n\nDefense Minister Shin Won-sik "
        "flew to Tokyo on Tuesday. “We asked for restraint,” he said.",
        "We asked for restraint",
        "Shin Won-sik",
    ),
    # "the spokeswoman" is the unnamed one before, not the last person named
    (
        "BRUSSELS — A NATO spokeswoman said the alliance was watching the border. "
        "Secretary-General Mark Rutte later met Prime Minister Donald Tusk. “Allies stand "
        "ready,” the spokeswoman said.",
        "Allies stand ready",
        "NATO spokeswoman",
    ),
    # near-miss: a spokeswoman named after her
    (
        "BRUSSELS — A NATO spokeswoman said the alliance was watching the border. Its chief "
        "spokeswoman, Allison Hart, briefed reporters later. “Allies stand ready,” the "
        "spokeswoman said.",
        "Allies stand ready",
        "Allison Hart",
    ),
    # a spokeswoman named beside the role, before a person her title was tied to
    (
        "KYIV — The president's spokeswoman, Olena Bondar, spoke to reporters on Monday. "
        "President Emmanuel Macron later met President Volodymyr Zelensky. “The visit was "
        "productive,” the spokeswoman said.",
        "The visit was productive",
        "Olena Bondar",
    ),
    (
        "MOSCOW — Spokeswoman Maria Zakharova rejected the claim on Monday. Sergei Lavrov met "
        "Wang Yi in Beijing. “Such claims are absurd,” the spokeswoman said.",
        "Such claims are absurd",
        "Maria Zakharova",
    ),
    # a statement with no issuer named is the statement, not a name in its quotation
    (
        "PARIS — President Emmanuel Macron arrived in Dakar on Sunday. “France will keep its "
        "promises to Senegal, and Macron will be back,” the statement read.",
        "France will keep its promises",
        "statement",
    ),
    # near-miss: a body that acted speaks through the statement
    (
        "PARIS — France's foreign ministry summoned the Iranian envoy on Sunday. “Iran must "
        "release the detainees,” the statement said.",
        "Iran must release",
        "France's foreign ministry",
    ),
    # a bare body noun refers back to the full name given
    (
        "GENEVA — The Office of the U.N. High Commissioner for Human Rights criticized the "
        "verdict on Friday. “The trial fell short of basic standards,” the office said.",
        "The trial fell short",
        "Office of the U.N. High Commissioner for Human Rights",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers12_reporters_and_bodies(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
