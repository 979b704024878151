"""Review 35 (session 21, reviewer R): readings of this session's rules (and two older ones)
on stories nobody tuned them to.

Fixed: aircraft flown are piloted, not given, so "the air force flew two jets over the
region" is no military aid to the state in reach (v.fly_aid, split from v.provide_aid with
unless_objects; goods flown are still aid); a plain name for a meeting ("called the talks
'technical'", "routine", "useful") is no disapproval (v.call_names unless_words); a partner in
trade is a fact, no praise ("described Mexico as its largest trading partner":
v.regard_as_friend unless_words, which joins the shared &wrong_names list through
patterns._words). The KGB of today's news is Belarus's (groups.yaml; "Russia's FSB" stays
Russia's). A single companion after "along with" makes the pair with the subject that a later
"the two countries" names ("Chad, along with Niger, condemned ... The two countries recalled
their ambassadors": plurals._bystander passes over only a list of two or more there). What an
act shows of a passive's agent is the agent's ("showed that Belarus was being used by
Moscow": clauses shown_actor), and a concession shown ("had accepted Iran's rights") or a fair
name ("a request Minsk called 'natural'") is no disapproval; a state held a foe is not
praised by the partner word of the as-phrase beside it ("regards Israel as an enemy and the
United States as an unreliable partner": v.regard_as_friend unless_words). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FLIGHTS: list[Case] = [
    ("TAIPEI", "China's air force flew 20 fighter jets near Taiwan on Monday.", "CHN>TWN:15"),
    (
        "COLOMBO",
        "The Indian air force flew relief supplies to Sri Lanka after the cyclone.",
        "IND>LKA:07",
    ),
    ("LILONGWE", "Britain said it had flown 5,000 vaccine doses to Malawi.", "GBR>MWI:07"),
]

FLIGHTS_NONE: list[NearMiss] = [
    (
        "KHARTOUM",
        "Sudan accused its neighbor of provocations. Last week, Ethiopia's air force flew two "
        "jets over the Fashaga region, the Sudanese army said.",
    ),
    ("ISLAMABAD", "India's air force flew three drones over Kashmir on Sunday, Pakistan said."),
    ("SEOUL", "The U.S. Air Force flew two bombers over the Korean peninsula on Friday."),
]

NAMES: list[Case] = [
    # a plain name says what a meeting was; a wrong named is still disapproval
    (
        "NAIROBI",
        'Kenya held talks with Somalia on Monday. Ethiopia called the talks "technical."',
        "KEN>SOM:04",
    ),
    (
        "HANOI",
        'Vietnam held talks with Laos on Friday. Cambodia called the meeting "routine."',
        "VNM>LAO:04",
    ),
    (
        "PRAGUE",
        'Poland held talks with Germany on Tuesday. Hungary called the talks "useful."',
        "POL>DEU:04",
    ),
    (
        "LIMA",
        'Peru recalled its ambassador from Mexico. Mexico called the move "regrettable."',
        "PER>MEX:16 MEX>PER:11",
    ),
    ("BEIJING", "Beijing called the U.S. arms sale to Taiwan a provocation.", "CHN>USA:11"),
]

PARTNERS: list[Case] = [
    (
        "MANILA",
        "Manila regards New Zealand as a reliable partner, the foreign secretary said.",
        "PHL>NZL:05",
    ),
    ("SEOUL", "Seoul sees Washington as a trusted ally, the president said.", "KOR>USA:05"),
    ("HANOI", "Vietnam sees India as a trusted partner in the region.", "VNM>IND:05"),
]

PARTNERS_NONE: list[NearMiss] = [
    (
        "OTTAWA",
        "Canada described Mexico as its most important trading partner in a report released "
        "Friday.",
    ),
    ("SANTIAGO", "Chile regards China as its largest trade partner, the central bank said."),
    ("JAKARTA", "Indonesia sees Japan as a key commercial partner, the trade minister said."),
    # a foe held beside the partner
    ("TEHRAN", "Iran regards Israel as an enemy and the United States as an unreliable partner."),
]

SPIES: list[Case] = [
    ("VILNIUS", "Belarus's KGB said it had detained two Lithuanian citizens.", "BLR>LTU:17"),
    (
        "WARSAW",
        "The Belarusian KGB said it had arrested a Polish spy. Warsaw denied the charge.",
        "BLR>POL:17 POL>BLR:12",
    ),
    (
        "RIGA",
        "The KGB said it had detained a Latvian citizen, the Belarusian state news agency "
        "reported.",
        "BLR>LVA:17",
    ),
    ("KYIV", "Russia's FSB said it had detained a Ukrainian man in Crimea.", "RUS>UKR:17"),
]

COMPANIONS: list[Case] = [
    (
        "N'DJAMENA",
        "Chad, along with Niger, condemned the coup in Mali. The two countries recalled their "
        "ambassadors from Bamako.",
        "TCD>MLI:11 NER>MLI:11 TCD>MLI:16 NER>MLI:16",
    ),
    (
        "NEW YORK",
        "Russia, along with China, vetoed the resolution on Syria. The United States and "
        "Britain criticized the two countries.",
        "RUS>SYR:12 CHN>SYR:12 USA>RUS:11 USA>CHN:11 GBR>RUS:11 GBR>CHN:11",
    ),
]

SHOWN: list[Case] = [
    (
        "WARSAW",
        "Warsaw said the incident showed that Belarus was being used by Moscow.",
        "POL>RUS:11",
    ),
    (
        "SEOUL",
        "Seoul said the launch showed that North Korea remained a threat to the region.",
        "KOR>PRK:11",
    ),
    (
        "MINSK",
        'Russia asked Belarus to host nuclear weapons, a request Minsk called "natural."',
        "RUS>BLR:02",
    ),
]

SHOWN_NONE: list[NearMiss] = [
    (
        "TEHRAN",
        "Tehran said the talks showed that the United States had finally accepted Iran's "
        "rights.",
    ),
]

NONE: list[NearMiss] = FLIGHTS_NONE + PARTNERS_NONE + SHOWN_NONE
GAPS: list[Gap] = []
CASES = FLIGHTS + NAMES + PARTNERS + SPIES + COMPANIONS + SHOWN


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review35_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review35_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
