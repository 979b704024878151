"""Quote speakers of session 69 (helper SP69): a quotation whose own clause has a speaking
subject is that subject's, not the report's set elsewhere in the sentence.

- A parenthetical report inside an earlier conjunct ("X phoned Y, officials said, and Y
  thanked X for “...”") reports that conjunct; the later conjunct with a subject of its own
  holds the words (attribute._aside_of_earlier_conjunct).
- (A gap, strict xfail) another party's own cue inside a body's report ("ECOWAS urged both
  sides to “...”, and ..., Ghana's Foreign Ministry said"): a rule was tried and dropped (it
  lowered blind set 9's speaker floor).
- An office holder's cue reached through a pronoun ("X's prime minister thanked Y for what
  he called “...”, his office said") is the office holder's (attribute._found_title).

Near misses: a pronoun subject ("Athens said it would not accept what it called “...”")
is the reporting body, not another party named before; words the reporting body says it was told or assured ("Denmark had assured it
that ...") stay the body's (decision 5, third case); a report verb inside the report
("recalled its envoy “for consultations,” the ministry said") stays the ministry's. Every sentence was written for this
file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, last word of the speaker)
ASIDE: list[tuple[str, str, str]] = [
    (
        "Grant\nOSLO - Sweden raised its grant on Monday. Sweden's foreign minister phoned the"
        " prime minister on Tuesday, officials in Oslo said, and the prime minister thanked"
        ' Stockholm for "a real friendship."',
        "a real friendship",
        "minister",
    ),
    (
        "Ferry\nTALLINN - Finland's transport minister met Estonia's premier, Kaja Tamm, on Friday,"
        ' the ministry said, and Tamm praised Helsinki for "keeping the ferries running."',
        "keeping the ferries",
        "Tamm",
    ),
    (
        "Dam\nKAMPALA - Kenya's water minister visited the dam on Monday, officials in Nairobi"
        ' said, and Uganda\'s president thanked Nairobi for "years of patience."',
        "years of patience",
        "president",
    ),
]

#: another party's own cue relayed by a body of another principal
RELAYED: list[tuple[str, str, str]] = [
    (
        "Crossing\nOSLO - Norway reopened the crossing on Monday. The African Union urged both"
        ' governments to "keep talking," and Finland\'s foreign minister phoned her Norwegian'
        " counterpart, Finland's Foreign Ministry said.",
        "keep talking",
        "Union",
    ),
    (
        "Border\nLOME - Togo closed the border on Sunday. The European Union called on both sides"
        ' to "lower the temperature," and Ghana\'s president wrote to his Togolese counterpart,'
        " Ghana's Foreign Ministry said.",
        "lower the temperature",
        "Union",
    ),
]

#: an office holder's cue through a pronoun, relayed by the holder's office
HOLDER: list[tuple[str, str, str]] = [
    (
        "Boats\nOSLO - Norway reopened the crossing on Monday. Denmark's prime minister, who met"
        ' Mette Holm on Monday, thanked Norway for what he called "a fine gesture," his office said.',
        "a fine gesture",
        "Denmark's prime minister",
    ),
    (
        "Loan\nACCRA - Japan pledged a loan on Friday. Ghana's president, who received Keiko Sato"
        ' at the palace, praised Tokyo for what he called "patient friendship," his office said.',
        "patient friendship",
        "Ghana's president",
    ),
]

NEAR: list[tuple[str, str, str]] = [
    # "it" in a body's report is the body, whatever mention came before it
    (
        "Aegean\nATHENS - Turkey's Foreign Ministry summoned the Greek envoy on Monday. Athens"
        ' said it would not accept what it called "bullying" in the Aegean.',
        "bullying",
        "Athens",
    ),
    # words the reporter was told or assured stay the reporter's
    (
        "Ferry\nOSLO - Norway reopened the crossing on Monday. The ministry said Denmark had"
        ' assured it that the ferry was "safe to sail."',
        "safe to sail",
        "ministry",
    ),
    # a report verb nested in the report ("recalled" an envoy) is no other party's speech
    (
        "Envoy\nRABAT - Tunisia rejected the protest. Its foreign ministry said the visit was"
        ' private. Tunis also recalled its own ambassador from Rabat "for consultations," the'
        " ministry said.",
        "for consultations",
        "ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "last"), ASIDE + NEAR)
def test_speakers152_clause_speaker_over_report(run: Run, text: str, words: str, last: str) -> None:
    """The clause that holds the words speaks; the report elsewhere does not (or does,
    for the near misses)."""
    speaker = quote_with(run(text), words).speaker or ""
    assert speaker.split()[-1] == last, speaker


@pytest.mark.parametrize(("text", "words", "speaker"), HOLDER)
def test_speakers152_office_holder_through_pronoun(run: Run, text: str, words: str, speaker: str) -> None:
    """"what he called" after an office holder: the holder's words, relayed by the office."""
    assert quote_with(run(text), words).speaker == speaker


@pytest.mark.xfail(strict=True, reason="'his office' after a relative clause naming another person resolves to that person")
def test_speakers152_gap_office_pronoun_after_relative(run: Run) -> None:
    """A gap: "his office" belongs to the subject, not the person named in its relative
    clause; with no quotation under a cue of the subject, the office speaks, misnamed."""
    text = (
        "Boats\nOSLO - Norway reopened the crossing on Monday. Denmark's prime minister, who met"
        ' Mette Holm on Monday, welcomed the step, and the deal was "a fine gesture," his office said.'
    )
    assert "Holm" not in (quote_with(run(text), "a fine gesture").speaker or "")


@pytest.mark.xfail(strict=True, reason="another party's cue inside a body's report: tried (_other_party_relayed), dropped for a blind-set regression")
@pytest.mark.parametrize(("text", "words", "last"), RELAYED)
def test_speakers152_gap_other_party_relayed(run: Run, text: str, words: str, last: str) -> None:
    """A gap: "The African Union urged both governments to “...”, and ..., Finland's Foreign
    Ministry said" gives the ministry; the AU's own cue should speak (session 68's decision 5).
    The rule tried fixed set 75 but lowered blind set 9's speaker floor, so it was dropped."""
    speaker = quote_with(run(text), words).speaker or ""
    assert speaker.split()[-1] == last, speaker
