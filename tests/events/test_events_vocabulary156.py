"""Vocabulary 156 (session 67, N67): a measure told through the act noun that takes it.

"The EU's imposition of tariffs on Chinese electric vehicles", "Japan's extension of sanctions
on Russia", "China's imposition of a ban on South Korean films": the measure noun (n.sanctions,
n.ban) has no owner of its own; the owner or by-phrase of the act noun whose of-phrase it is
(slot of_owner: imposition, introduction, extension, adoption, reimposition, tightening,
expansion, broadening, renewal, prolongation, application, enforcement) takes it. An
extension continues what it extends and takes its root (decision 3 of tests/gold/README.md
"Conventions decided (session 66)").

Near misses: the act noun's own modality is the measure's (nominals._measure_act): asked for
("called for the imposition of ...", "urged the extension of ..."), only possible or
proposed, negated ("no imposition of ..."), hypothetical ("would hurt"); a measure undone
("the lifting of sanctions") has no such act noun; a tax on goods names no state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BRUSSELS",
        "The EU's imposition of tariffs on Chinese electric vehicles took effect on Friday.",
        "EU>CHN:16",
    ),
    ("TOKYO", "Japan's extension of sanctions on Russia was announced on Friday.", "JPN>RUS:16"),
    (
        "TEHRAN",
        "The EU's adoption of new sanctions against Iran came after the drone sales.",
        "EU>IRN:16",
    ),
    ("OTTAWA", "Canada's introduction of duties on Chinese steel began on Monday.", "CAN>CHN:16"),
    (
        "CARACAS",
        "The extension of sanctions on Venezuela by the United States was announced.",
        "USA>VEN:16",
    ),
    ("SEOUL", "China's imposition of a ban on South Korean films began in 2017.", "CHN>KOR:16"),
    (
        "CANBERRA",
        "Australia's tightening of restrictions on Chinese investment was announced on Monday.",
        "AUS>CHN:16",
    ),
    (
        "DELHI",
        "India's extension of its ban on Chinese apps was announced on Monday.",
        "IND>CHN:16",
    ),
    (
        "MOSCOW",
        "Russia criticized the EU's extension of sanctions on Russian banks.",
        "RUS>EU:11 EU>RUS:16",
    ),
]
NONE: list[NearMiss] = [
    ("TOKYO", "Japan's lifting of sanctions on Russia was announced on Friday."),
    ("OTTAWA", "Canada called for the imposition of sanctions on Russia by the EU."),
    ("KYIV", "Ukraine urged the extension of sanctions on Russia."),
    ("MANILA", "The possible extension of sanctions on Myanmar by Japan was discussed."),
    ("BRUSSELS", "There was no imposition of tariffs on Chinese cars by the EU."),
    ("BERLIN", "The EU's proposed imposition of tariffs on Chinese cars was debated."),
    ("LONDON", "Britain's imposition of a tax on sugary drinks began in 2018."),
    (
        "WASHINGTON",
        "The imposition of tariffs on Mexico would hurt American farmers, economists said.",
    ),
    ("DHAKA", "India urged the imposition of a ban on Chinese apps."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary156_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary156_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
