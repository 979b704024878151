"""Quote speakers of session 37 (helper SPK2), from the census of wrong speakers by form.

A visit's "his host" or "her guest" is the person on that side of the visit's verb named
before it (data quotes/cues.yaml visit_hosting: the subject or by-agent of "received" hosts,
its object or passive subject is the guest; visit_going: the subject of "arrived" is the
guest): attribute._visit_party, tried first for a peer the actors stage gave a state, and
for one it gave none (never the owner of "his" himself). A bare "the official" the actors
stage read as its state's group is that state's office holder named before, as "the
minister" is (role_synonyms official: attribute._office_holder_before), unless the article
gave an unnamed "official" before. "X's answer came from Y: “...”" is Y's; "her Ugandan
counterpart" after "Kenya's Foreign Minister X" is "Uganda's foreign minister", the owner's
state dropped from the title. Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's principal or None)
_VISIT_PARTY: list[tuple[str, str, str, str | None]] = [
    (
        "Talks\n\nKAMPALA, Uganda (AP) — Uganda's President Yoweri Museveni hosted Kenya's "
        'President William Ruto on Monday for talks on the border.\n\n"We are brothers," Ruto '
        'said after the talks. His host said the two countries had "no reason to fight."',
        "no reason to fight",
        "Yoweri Museveni",
        "UGA",
    ),
    (
        "Talks\n\nKAMPALA, Uganda (AP) — Kenya's President William Ruto arrived in Kampala on "
        "Monday for a two-day visit.\n\nHe was received by Uganda's President Yoweri Museveni "
        'at State House.\n\n"We are brothers," Ruto said after the talks. His host said the '
        'two countries had "no reason to fight."',
        "no reason to fight",
        "Yoweri Museveni",
        "UGA",
    ),
    (
        "Talks\n\nKAMPALA, Uganda (AP) — Kenya's President William Ruto arrived in Kampala on "
        "Monday for a two-day visit.\n\nUganda's President Yoweri Museveni received his guest "
        "at State House.\n\nThe two leaders discussed trade and the border. They signed three "
        "agreements on roads and power.\n\nKenya's trade minister said the deals would double "
        "trade by 2030. Uganda's energy minister said the power line would be ready next year."
        '\n\n"We are brothers," Museveni said after the talks. His guest said the two '
        'countries had "no reason to fight."',
        "no reason to fight",
        "William Ruto",
        "KEN",
    ),
    (
        "Deals\n\nOman signed a port agreement with India during a two-day visit to Muscat by "
        "India's prime minister.\n\nThe Omani sultan received the Indian leader at the palace, "
        "where the two men held talks. India's foreign ministry said they agreed to raise "
        "trade.\n\nThe port agreement was signed by India's shipping secretary and the head of "
        "Oman's port authority. It lets Indian firms run two berths.\n\n“We are partners,” "
        "India's prime minister told a news conference. Her host said the sultanate saw India "
        "as “a pillar of its economy.”",
        "a pillar of its economy",
        "Omani sultan",
        "OMN",
    ),
]

#: near-misses that must stay as they are: the owner of "his" himself, a host's own quote
_VISIT_KEPT: list[tuple[str, str, str, str | None]] = [
    (
        "Talks\n\nKAMPALA, Uganda (AP) — Uganda's President Yoweri Museveni hosted Kenya's "
        'President William Ruto on Monday.\n\n"We are brothers," Ruto said after the talks.',
        "We are brothers",
        "William Ruto",
        "KEN",
    ),
    (
        "Talks\n\nACCRA, Ghana (AP) — Ghana's President Kofi Mensah welcomed Togo's President "
        'Jean Agbeko on Friday.\n\n"Our borders must stay open," Mensah said.',
        "Our borders must stay open",
        "Kofi Mensah",
        "GHA",
    ),
]

#: (text, words of the quote, speaker, speaker's principal or None)
_OFFICIAL: list[tuple[str, str, str, str | None]] = [
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Kenya's Foreign Minister Grace Wanjiru met Uganda's "
        'envoy on Monday. The official later said the closure was "a mistake."',
        "a mistake",
        "Grace Wanjiru",
        "KEN",
    ),
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Kenya's Defense Minister Peter Otieno visited troops "
        'at the border on Monday.\n\n"Our soldiers are ready," the official said.',
        "Our soldiers are ready",
        "Peter Otieno",
        "KEN",
    ),
    (
        "Talks\n\nLIMA, Peru (AP) — Peru's Interior Minister Rosa Quispe toured the port of "
        'Callao on Tuesday.\n\nThe official told reporters that smugglers had "nowhere to '
        'hide."',
        "nowhere to hide",
        "Rosa Quispe",
        "PER",
    ),
]

#: near-misses that must stay as they are: an unnamed official given before, a bare one
_OFFICIAL_KEPT: list[tuple[str, str, str, str | None]] = [
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Uganda closed its border with Kenya on Monday. A senior "
        'Kenyan official said the move was "a blow."\n\nKenya\'s Trade Minister Peter Otieno '
        'met the Ugandan envoy later in the day.\n\n"We want an answer by Friday," the '
        "official said.",
        "We want an answer by Friday",
        "official",
        "KEN",
    ),
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Kenya's Foreign Minister Grace Wanjiru met Uganda's "
        'envoy on Monday.\n\nThe minister told reporters the closure was "a mistake."',
        "a mistake",
        "Grace Wanjiru",
        "KEN",
    ),
]

#: rows not yet passing: a protest a person "lodged", which a body's report set beside it
#: reports, is the person's ("lodge" as a cue verb took the state's "Beijing had lodged
#: “...”" away from the person telling it, so it is no cue yet)
_LODGED: list[tuple[str, str, str, str | None]] = [
    (
        "Tours\n\nBEIJING (AP) — China summoned Japan's ambassador on Tuesday.\n\nVice "
        "Foreign Minister Wang Lei lodged “stern representations” with Ambassador Kenji Sato, "
        "the ministry said, and demanded that Tokyo retract the remarks.",
        "stern representations",
        "Wang Lei",
        None,
    ),
    (
        "Drills\n\nHANOI (AP) — Vietnam's Deputy Foreign Minister Tran Minh lodged a "
        '"strong protest" with China\'s envoy, the ministry said.',
        "strong protest",
        "Tran Minh",
        "VNM",
    ),
    # near-misses that stay: a body that lodges, a person's words the body only reports
    (
        'Drills\n\nHANOI (AP) — Vietnam\'s Foreign Ministry lodged a "strong protest" with '
        "China over the drills on Tuesday.",
        "strong protest",
        "Vietnam's Foreign Ministry",
        "VNM",
    ),
    (
        "Drills\n\nHANOI (AP) — Deputy Foreign Minister Tran Minh met China's envoy on "
        "Tuesday. China's drills were \"a grave violation,\" Vietnam's Foreign Ministry said.",
        "a grave violation",
        "Vietnam's Foreign Ministry",
        "VNM",
    ),
]

#: (text, words of the quote, speaker, speaker's principal or None): a speech noun that
#: "came from" a person (attribute._speech_owner), and a counterpart of an owner whose title
#: the article gave with the owner's own state ("Kenya's Foreign Minister X"), which speaks
#: by the title alone under the peer's state (attribute._possessed_peer)
_SPEECH_AND_PEER: list[tuple[str, str, str, str | None]] = [
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Uganda closed its border with Kenya on Monday.\n\n"
        'Kenya\'s answer came from Foreign Minister Grace Wanjiru: "We will not beg."',
        "We will not beg",
        "Grace Wanjiru",
        "KEN",
    ),
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Uganda closed its border with Kenya on Monday. "
        'Kenya\'s Foreign Minister Grace Wanjiru called it "a blow."\n\nHer Ugandan '
        'counterpart said the closure was "temporary."',
        "temporary",
        "Uganda's foreign minister",
        "UGA",
    ),
    # near-misses that stay: a speech noun owned by a body, with no "from"
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Kenya's Foreign Ministry summoned Uganda's envoy on "
        'Monday. Its message was blunt: "Reopen the border now."',
        "Reopen the border now",
        "Kenya's Foreign Ministry",
        "KEN",
    ),
]

#: "one of the officials" speaks as its noun (a gap until set 50's "One of the insurgent groups"
#: was fixed, S50, session 37)
_ONE_OF: list[tuple[str, str, str, str | None]] = [
    (
        "Talks\n\nNAIROBI, Kenya (AP) — Kenya expelled two Ugandan diplomats on Monday.\n\n"
        '"This is a matter of security," one of the officials said.',
        "This is a matter of security",
        "official",
        None,
    ),
]

_LODGED_REASON = "'lodge' is no cue verb: the report beside it speaks"


@pytest.mark.parametrize(
    ("text", "words", "speaker", "actor"),
    _VISIT_PARTY
    + _VISIT_KEPT
    + _OFFICIAL
    + _OFFICIAL_KEPT
    + _SPEECH_AND_PEER
    + _ONE_OF
    + _LODGED[2:]
    + [
        pytest.param(*row, marks=pytest.mark.xfail(strict=False, reason=_LODGED_REASON))
        for row in _LODGED[:2]
    ],
)
def test_quotes_speakers55(
    run: Run, text: str, words: str, speaker: str, actor: str | None
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor == actor
