"""A duty left undone, given as a deed's reason (session 29, ROOT2): a reproach (111).

"closed its border with X, saying Y had failed to stop ...", "expelled X's envoy, saying Y had
done nothing to prevent ...": a state said to leave a listed duty undone is reproached (v.say_failed, needs
failed_clause, rules failing_verbs / idle_objects). Near-misses: a failure that is no duty
("failed to qualify", "failed to secure a majority"), a duty denied or foretold ("would not
fail to act"), the speaker's own people, an idle deed of no duty ("did nothing to harm"), a
bare report of a failure with no deed ("Kenya said Uganda had failed to honor the accord").
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peru recalled its ambassador from Quito, saying Ecuador had failed to protect the "
        "embassy.",
        "PER>ECU:16 PER>ECU:11",
    ),
    (
        "RIGA",
        "Latvia expelled two Belarusian diplomats, saying Minsk had done nothing to prevent "
        "the border crossings.",
        "LVA>BLR:16 LVA>BLR:11",
    ),
    (
        "NAIROBI",
        "Kenya suspended flights to Uganda, saying Kampala had failed to honor the 2019 accord.",
        "KEN>UGA:16 KEN>UGA:11",
    ),
    (
        "LISBON",
        "Portugal recalled its ambassador from Morocco, saying Rabat had done little to curb "
        "the migrant boats.",
        "PRT>MAR:16 PRT>MAR:11",
    ),
    (
        "ACCRA",
        "Ghana expelled two Togolese diplomats, saying Lome had refused to investigate the "
        "border killings.",
        "GHA>TGO:16 GHA>TGO:11",
    ),
    # near-misses: no reproach
    (
        "OSLO",
        "Norway suspended fishing talks with Iceland, saying Reykjavik had failed to secure a "
        "majority for the quota.",
        "NOR>ISL:16",
    ),
    (
        "NAIROBI",
        "Kenya closed its border with Somalia, saying its own police had failed to stop the "
        "smugglers.",
        "KEN>SOM:16",
    ),
    (
        "LISBON",
        "Portugal suspended fishing talks with Morocco, saying Rabat had done nothing to harm "
        "the talks.",
        "PRT>MAR:16",
    ),
    (
        "ACCRA",
        "Ghana suspended flights to Togo, saying Lome had done nothing to deserve the sanctions.",
        "GHA>TGO:16",
    ),
    (
        "CHISINAU",
        "Moldova suspended the gas deal with Romania, saying Bucharest had failed to qualify "
        "for the tender.",
        "MDA>ROU:16",
    ),
    (
        "MOGADISHU",
        "Kenya closed its border with Somalia, saying Mogadishu would not fail to act.",
        "KEN>SOM:16",
    ),
    (
        "BUDAPEST",
        "Hungary on Tuesday blocked the opening of a new chapter in Serbia's accession talks, "
        "saying Belgrade had failed to protect the language rights of the Hungarian minority.",
        "HUN>SRB:12 HUN>SRB:11",
    ),
]

NONE: list[NearMiss] = [
    # a bare report of a failure is a finding, not a reproach of its own
    ("NAIROBI", "Kenya said Uganda had failed to honor the 2019 accord."),
]
GAPS: list[Gap] = []

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review61_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review61_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
