"""Reactions to an act told anywhere earlier in the story (issue #5, part 7).

Each story is a short wire article (headline, dateline, 6-12 sentences) whose act is told
in the lead and whose reaction comes several sentences later with only a definite noun for
the act ("the pact", "the expulsion", "the exercises"). Only the marked reaction sentence
is checked: it must code exactly the listed "SRC>TGT:RR" events ("a|b" accepts either
root; "" means nothing). Every story was written for this file; none is copied from a gold
set. STORIES were written before the code (with near-misses: a generic noun, a reactor who
did the act, two acts of the same noun by different authors); SECOND were written after it,
as phrasings it was not designed for. GAPS are expected failures, each with its reason.
"""

from __future__ import annotations

import pytest

from audit_cases import matches

# (headline, dateline, body, marker of the checked sentence, expected events there)
Story = tuple[str, str, str, str, str]

_PACT = (
    "Japan and the Philippines signed a reciprocal troop access arrangement on Tuesday, "
    "allowing their forces to train on each other's soil. The two defense ministers met "
    "in Manila for the ceremony. Officials said the text would take effect after "
    "ratification by both parliaments. It is the first such arrangement for Tokyo in "
    "Southeast Asia. Japan already has similar ties with Australia and Britain. Analysts "
    "said the step reflected growing concern over maritime disputes. Several hundred "
    "troops are expected to train together next year."
)

STORIES: list[Story] = [
    # a joint act told by a verb, its noun eight sentences later: both authors
    (
        "Tokyo and Manila seal troop accord",
        "MANILA, PHILIPPINES",
        _PACT + " China criticized the arrangement on Wednesday.",
        "China criticized the arrangement",
        "CHN>JPN:11 CHN>PHL:11",
    ),
    # a reactor who is one of the joint authors answers only the other
    (
        "Tokyo and Manila seal troop accord",
        "TOKYO",
        _PACT + " Japan's foreign minister praised the arrangement on Wednesday.",
        "praised the arrangement",
        "JPN>PHL:05",
    ),
    # verb then its -ion noun, far back; the victim's own reaction is the existing rule
    (
        "Niger expels French envoy",
        "NIAMEY, NIGER",
        "Niger expelled France's ambassador on Monday, giving him 48 hours to leave the "
        "country. The military government accused the envoy of ignoring its instructions. "
        "The ambassador had been in Niamey since 2021. Relations between the two countries "
        "have soured since the coup last July. Thousands of people rallied in the capital "
        "in support of the junta. Protesters waved Russian flags and burned tires. "
        "The European Union condemned the expulsion on Tuesday.",
        "The European Union condemned the expulsion",
        "EU>NER:11",
    ),
    # verb then its -ure noun; the object of the verb is the reactor's own border
    (
        "Algeria shuts western frontier",
        "ALGIERS, ALGERIA",
        "Algeria closed its border with Morocco on Sunday, citing security threats. "
        "Trucks were turned back at the main crossing near Oujda. Algerian state media "
        "said the army had reinforced its positions in the area. Traders on both sides "
        "said they feared heavy losses. Prices of fuel rose sharply in border towns. "
        "Mauritania criticized the closure in a statement on Monday.",
        "Mauritania criticized the closure",
        "MRT>DZA:11",
    ),
    # a joint act that is coded as nothing directed (joint exercises): both authors
    (
        "Russian and Chinese warships drill near Japan",
        "TOKYO",
        "Russia and China held joint naval exercises in the Sea of Japan on Thursday. "
        "More than a dozen warships and several aircraft took part. The drills will last "
        "five days, the Russian Defense Ministry said. Fishing boats were told to stay "
        "clear of the area. The weather was calm and visibility good. "
        "Japan condemned the maneuvers on Friday.",
        "Japan condemned the maneuvers",
        "JPN>RUS:11 JPN>CHN:11",
    ),
    # a noun governed by the act's verb ("approved the sale"); the reaction comes late
    (
        "Washington clears jet sale to Taiwan",
        "WASHINGTON",
        "The United States approved the sale of 66 fighter jets to Taiwan on Friday. "
        "The package is worth about 8 billion dollars. The jets will be delivered over "
        "the next decade. Lawmakers from both parties backed the package. Taiwan's air "
        "force has struggled to replace its aging fleet. China condemned the sale on "
        "Saturday.",
        "China condemned the sale",
        "CHN>USA:11",
    ),
    # the -ing noun of a verb; an approval answers the act's author
    (
        "Saudi Arabia reopens Damascus mission",
        "RIYADH, SAUDI ARABIA",
        "Saudi Arabia reopened its embassy in Damascus on Monday after a 12-year break. "
        "A chargé d'affaires will lead the mission for now. The building had been closed "
        "since 2012. Staff raised the flag in a short ceremony. Several Syrian officials "
        "attended. The Arab League welcomed the reopening.",
        "The Arab League welcomed the reopening",
        "",
    ),
    # near-miss: a generic noun answers no one
    (
        "Sudan army pushes into Khartoum",
        "CAIRO",
        "Sudan's army launched a new offensive in Khartoum on Monday. Heavy fighting was "
        "reported in the north of the capital. Aid groups said thousands had fled. "
        "Hospitals were running short of supplies. Power was cut in several districts. "
        "Kenya criticized the situation in a statement.",
        "Kenya criticized the situation",
        "",
    ),
    # near-miss: the reactor is the act's sole author
    (
        "Niger expels French envoy",
        "NIAMEY, NIGER",
        "Niger expelled France's ambassador on Monday. The ambassador had been in Niamey "
        "since 2021. Crowds gathered outside the embassy. Protesters waved Russian flags. "
        "Shops closed early in the capital. Niger's foreign minister praised the expulsion "
        "on state television.",
        "praised the expulsion",
        "",
    ),
    # near-miss: the same act by two different authors in the nearest telling
    (
        "Horn of Africa rivals trade expulsions",
        "ADDIS ABABA, ETHIOPIA",
        "Ethiopia expelled a Sudanese diplomat on Friday, and Sudan expelled two Ethiopian "
        "diplomats hours later. Both sides accused the envoys of spying. Border crossings "
        "stayed open. Trade between the two neighbors has fallen this year. Traders said "
        "prices had risen. Kenya criticized the expulsions on Saturday.",
        "Kenya criticized the expulsions",
        "",
    ),
]

# written after the code, as phrasings it was not designed for (see the report for the rate)
SECOND: list[Story] = [
    (
        "Russia moves missiles into Belarus",
        "VILNIUS, LITHUANIA",
        "Russia deployed nuclear-capable missiles to Belarus on Monday, the Defense Ministry "
        "in Moscow said. The launchers arrived by rail overnight. Satellite images showed "
        "new shelters at an air base near Minsk. The weapons can reach most of central "
        "Europe. Officials in Minsk declined to comment on the numbers. "
        "Lithuania condemned the deployment on Tuesday.",
        "Lithuania condemned the deployment",
        "LTU>RUS:11",
    ),
    (
        "Ethiopian troops leave Somali region",
        "MOGADISHU, SOMALIA",
        "Ethiopia withdrew its troops from Somalia's Gedo region on Thursday after months of "
        "tension over a port deal. Convoys crossed the border at Dolow before dawn. Local "
        "elders said the bases were handed over to Somali forces. Residents reported a calm "
        "night. The region has seen frequent clashes with militants. The African Union "
        "welcomed the withdrawal in a statement.",
        "The African Union welcomed the withdrawal",
        "AU>ETH:05",
    ),
    (
        "Egypt to host Gaza reconstruction summit",
        "CAIRO",
        "Leaders from more than 20 countries arrived in Cairo on Saturday for talks on "
        "rebuilding Gaza. Delegations were expected to pledge billions of dollars. The "
        "meeting opened with a minute of silence. Aid groups urged donors to act quickly. "
        "Israel boycotted the summit.",
        "Israel boycotted the summit",
        "ISR>EGY:16",
    ),
    (
        "Seoul and Tokyo restore fast-track trade status",
        "SEOUL",
        "South Korea and Japan restored each other's fast-track trade status on Wednesday, "
        "ending a four-year dispute over export controls. Trade ministers announced the "
        "step after talks in Tokyo. Chipmakers in both countries had lobbied for the change. "
        "Shares of electronics firms rose in Seoul. Analysts expect exports to recover by "
        "next year. Washington praised the restoration.",
        "Washington praised the restoration",
        "USA>KOR:05 USA>JPN:05",
    ),
]

# probes written after the second batch, both failing at first and fixed: the passive
# reaction (its by-agent is the reactor, not another party) and "the decision to expel"
# (the act its infinitive names)
STORIES.append(
    (
        "Niger orders French envoy out",
        "NIAMEY, NIGER",
        "Niger expelled France's ambassador on Monday. The envoy was given 48 hours to leave. "
        "Crowds gathered in the capital. Shops closed early. Traffic was light. "
        "The expulsion was condemned by the European Union.",
        "The expulsion was condemned",
        "EU>NER:11",
    )
)
STORIES.append(
    (
        "Niger orders French envoy out",
        "NIAMEY, NIGER",
        "Niger expelled France's ambassador on Monday. The envoy was given 48 hours to leave. "
        "Crowds gathered in the capital. Shops closed early. Traffic was light. "
        "The African Union said it regretted the decision to expel the envoy.",
        "regretted the decision",
        "AU>NER:11|12",
    )
)

# review of session 7: a noun that only looks made of an earlier verb tells no act of it
# ("comment" is no "come", "mission" no "miss", "signal" no "sign")
STORIES += [
    (
        "Biden visits Kyiv",
        "KYIV, UKRAINE",
        "U.S. President Joe Biden came to Kyiv on Monday. Russia criticized the comments.",
        "Russia criticized the comments",
        "",
    ),
    (
        "Ukraine misses deadline",
        "KYIV, UKRAINE",
        "Ukraine missed a deadline set by Hungary on Friday. Officials in Kyiv gave no "
        "reason. Russia criticized the mission.",
        "Russia criticized the mission",
        "",
    ),
    (
        "Trade deal signed",
        "BEIJING",
        "Vietnam signed a trade deal with Laos on Thursday. Exports are expected to grow. "
        "China welcomed the signal.",
        "China welcomed the signal",
        "",
    ),
]

# review of session 7: a told act is looked for up to 12 sentences back, and always in the
# headline and the first two body sentences
_FILLER = (
    "Crowds gathered in the capital. Shops closed early. Traffic was light. Schools stayed "
    "open. Rain fell overnight. Markets were calm. Buses ran on time. Ferries kept sailing. "
    "Banks opened as usual. Flights left on schedule. Power was restored by noon. Hospitals "
    "reported no delays. Farmers brought in the harvest. "
)
STORIES += [
    (
        "Baltic states mark national day",
        "RIGA, LATVIA",
        "Latvia marked its national day on Tuesday with a parade in Riga. Thousands lined the "
        "streets. Last year Russia expelled Latvia's ambassador in a row over language laws. "
        + _FILLER
        + "Poland condemned the expulsion.",
        "Poland condemned the expulsion",
        "",
    ),
    (
        "Russia expels Latvian envoy",
        "RIGA, LATVIA",
        "Russia expelled Latvia's ambassador on Tuesday in a row over language laws. "
        + _FILLER
        + "Lithuania condemned the expulsion.",
        "Lithuania condemned the expulsion",
        "LTU>RUS:11",
    ),
]

# (headline, dateline, body, marker, expected, why it fails)
GAPS: list[tuple[str, str, str, str, str, str]] = []


def _code(rows: list[tuple[str, str, str, str]]) -> dict[str, list[str]]:
    """Every story through the whole pipeline at once; the events of each marked sentence."""
    from newsgraph.model import RawDocument, Result
    from newsgraph.pipeline import analyse, prepare
    from newsgraph.settings import Settings

    settings = Settings()
    articles = [
        prepare(
            RawDocument(f"<story {i}>", f"{h}\n\n{d} — {b}\n", (("date", "2025-03-14"),)), settings
        )
        for i, (h, d, b, _) in enumerate(rows)
    ]
    out: dict[str, list[str]] = {}
    for (_, _, body, marker), result in zip(rows, analyse(articles, settings)):
        assert isinstance(result, Result), result
        at = result.article.text.index(marker)
        sent = next(s.index for s in result.sentences if s.start <= at < s.end)
        out[body] = [
            f"{e.source}>{e.target}:{e.root}" for e in result.events if e.sentence_index == sent
        ]
    return out


def _params() -> list[object]:
    rows: list[object] = [
        pytest.param(h, d, b, m, e, id=m.replace(" ", "-")) for h, d, b, m, e in STORIES + SECOND
    ]
    rows += [
        pytest.param(h, d, b, m, e, marks=pytest.mark.xfail(reason=why), id="gap-" + m)
        for h, d, b, m, e, why in GAPS
    ]
    return rows


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every story through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    rows = [(h, d, b, m) for h, d, b, m, _ in STORIES + SECOND]
    rows += [(h, d, b, m) for h, d, b, m, _, _ in GAPS]
    return _code(rows)


def test_events_context7_bodies_are_unique() -> None:
    bodies = [s[2] for s in STORIES + SECOND] + [g[2] for g in GAPS]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("headline", "dateline", "body", "marker", "expected"), _params())
def test_events_context7_answers_the_told_act(  # type: ignore[no-untyped-def]
    coded, headline: str, dateline: str, body: str, marker: str, expected: str
) -> None:
    """The marked reaction codes exactly what is listed; gaps are expected to fail."""
    del headline, dateline
    got = coded[body]
    assert matches(got, expected), (marker, got, expected)
