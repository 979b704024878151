"""Nominal events and visits told as nouns (session 14, builder N).

CITY: an armed-act noun whose of-phrase names a one-word city the tagger calls an
organisation or a people ("Russian shelling of Kharkiv", "Russian bombing of Odesa"): in a
place slot a known town is still its state (_place_mention), as "an attack on Odesa" was.
VISIT_OF: "the visit of the German chancellor to Turkey": the of-phrase names the visitor
(n.visit, after the possessor, adjective and by-phrase), never a company's people.
KEPT: nominal forms that already worked when this file was written.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CITY: list[Case] = [
    ("KYIV", "Russian shelling of Kharkiv killed five civilians on Monday.", "RUS>UKR:19"),
    ("KYIV", "Russia's shelling of Kharkiv killed five people on Monday.", "RUS>UKR:19"),
    ("KYIV", "Russian bombing of Odesa damaged the port on Sunday.", "RUS>UKR:19"),
    ("KYIV", "Russian shelling of Odesa killed five.", "RUS>UKR:19"),
]

CITY_NONE: list[NearMiss] = [
    ("KYIV", "The shelling of Kharkiv killed five people on Monday."),
    ("LONDON", "Chelsea's win over Liverpool was celebrated on Monday."),
    ("TOKYO", "A visit of Toyota engineers to Kharkiv ended on Monday."),
]

VISIT_OF: list[Case] = [
    ("ANKARA", "The visit of the German chancellor to Turkey ended on Tuesday.", "DEU>TUR:04"),
    ("ACCRA", "The visit of Kenya's president to Ghana ended on Friday.", "KEN>GHA:04"),
]

VISIT_OF_NONE: list[NearMiss] = [
    ("PARIS", "A visit of Airbus executives to India ended on Monday."),
    ("ACCRA", "A tour of Ghana began on Monday."),
    ("ACCRA", "A tour of Africa by the French president began on Monday."),
    ("NAIROBI", "The Kenyan president hosted a dinner for journalists on Tuesday."),
    ("PARIS", "A visit by the Airbus chief to India was planned for May."),
    ("LONDON", "Tourists from Germany arrived in London on Monday."),
]

KEPT: list[Case] = [
    # a gap until session 28: a by-phrase visit takes the place of the clause it hangs on
    # (nominals host_args, test_events_context44 VISIT_PLACES)
    (
        "AMSTERDAM",
        "Trade deals were signed in Jakarta during a visit by the Dutch queen on Monday.",
        "NLD>IDN:04",
    ),
    ("KYIV", "A Russian attack on Kharkiv killed five.", "RUS>UKR:19"),
    ("WARSAW", "The expulsion of Russian diplomats by Poland angered Moscow.", "POL>RUS:16"),
    ("TAIPEI", "Chinese air strikes on Vietnam were reported on Monday.", "CHN>VNM:19"),
    ("BAGHDAD", "A Turkish drone strike in northern Iraq killed three people.", "TUR>IRQ:19"),
    ("DOHA", "The blockade of Qatar by Saudi Arabia ended in 2021.", "SAU>QAT:19"),
    ("LONDON", "Iran's seizure of a British tanker drew protests on Friday.", "IRN>GBR:17"),
    ("BEIJING", "A Chinese naval blockade of Taiwan began on Monday.", "CHN>TWN:19"),
    (
        "BRUSSELS",
        "Talks between the EU and Britain in Brussels broke down on Monday.",
        "EU>GBR:04 GBR>EU:04",
    ),
]

GAPS: list[Gap] = [
    (
        "KINSHASA",
        "Rwandan shelling of Goma killed ten civilians on Tuesday.",
        "RWA>COD:19",
        "the tagger calls Goma a person, and a person is never read as a town",
    ),
    (
        "KYIV",
        "The Russian shelling of Kherson continued overnight.",
        "RUS>UKR:19",
        "the tagger calls Kherson a person here, and a person is never read as a town",
    ),
    (
        "BISHKEK",
        "The first 40 monitors of an OSCE mission arrived in Kyrgyzstan on Friday.",
        "OSCE>KGZ:04",
        "an arrival whose subject is a group of an IGO's people is not read",
    ),
    (
        "BERLIN",
        "The deployment of German troops to Lithuania began on Monday.",
        "DEU>LTU:04|06|07",
        "n.deployment reads only deployments near a state (154), not to one",
    ),
    (
        "GENEVA",
        "The signing of the accord by Armenia and Azerbaijan was delayed on Monday.",
        "ARM>AZE:05 AZE>ARM:05",
        "no noun pattern for signing an accord",
    ),
]

CASES = CITY + VISIT_OF + KEPT
NONE = CITY_NONE + VISIT_OF_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_nominal14_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_nominal14_codes_nominal_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
