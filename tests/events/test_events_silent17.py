"""Silent sentences that name both actors (session 17, builder BN).

PARTNERED: a verb of commitment with a with-phrase over an act it governs ("Zambia agreed
with Kenya to share intelligence") tells what "Zambia and Kenya agreed to share
intelligence" tells: the partner commits too, so the act is coded as the joined subjects'
act (both ways when it is mutual). Only the commitment verb's own with-phrase counts, and
only over an infinitive it governs: agreeing with a view, a proposal or a request is no
partner. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
Every sentence was written for this file; none is copied from a gold set.

REPORTED: an agentless passive act on another state's envoy or nationals ("the Turkish
ambassador had been summoned", "two Russian diplomats had been expelled") reported by a
state's speaker, with no earlier act to give the counterpart, was done by the speaker's
state. Not a recall (the envoy's own state recalls), not the speaker's own envoy, not with
an agent named.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PARTNERED: list[Case] = [
    (
        "LUSAKA, ZAMBIA",
        "Zambia agreed with Kenya on Monday to share intelligence on arms smuggling.",
        "ZMB>KEN:06 KEN>ZMB:06",
    ),
    (
        "BRUSSELS",
        "The European Union agreed with Canada on Thursday to deepen cooperation on "
        "critical minerals.",
        "EU>CAN:03 CAN>EU:03",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea's defense minister agreed with his Japanese counterpart to share "
        "intelligence on missile launches.",
        "KOR>JPN:06 JPN>KOR:06",
    ),
    (
        "CANBERRA, AUSTRALIA",
        "Australia said it had agreed with Indonesia to hold regular talks on maritime security.",
        "AUS>IDN:03 IDN>AUS:03",
    ),
    (
        "TOKYO",
        "Japan has agreed with the Philippines to hold joint naval drills next year.",
        "JPN>PHL:03 PHL>JPN:03",
    ),
    (
        "DODOMA, TANZANIA",
        "Tanzania agreed with Uganda to expand trade along the lake.",
        "TZA>UGA:03 UGA>TZA:03",
    ),
    (
        "BERLIN",
        "Germany's foreign minister agreed with her French counterpart to send more aid to "
        "Ukraine.",
        "DEU>UKR:03 FRA>UKR:03",
    ),
]

REPORTED: list[Case] = [
    (
        "BAGHDAD, IRAQ",
        "Iraq's foreign minister said on Monday that the Turkish ambassador had been summoned "
        "over the dam.",
        "IRQ>TUR:11",
    ),
    (
        "ROME",
        "Italy's foreign ministry said the Russian ambassador was summoned and handed a "
        "protest note on Monday.",
        "ITA>RUS:11",
    ),
    (
        "OTTAWA, CANADA",
        "Canada's foreign minister said four Chinese diplomats had been expelled for spying.",
        "CAN>CHN:16",
    ),
    (
        "NAIROBI, KENYA",
        "Kenya's foreign ministry said the Ugandan envoy had been summoned to explain the "
        "border incident.",
        "KEN>UGA:11",
    ),
    (
        "SOFIA, BULGARIA",
        "Bulgaria's foreign minister said a senior North Macedonian official had been warned "
        "in writing.",
        "BGR>MKD:13",
    ),
]

NONE: list[NearMiss] = [
    # a recall is made by the envoy's own state; the speaker's own envoy; no speaker
    (
        "MADRID, SPAIN",
        "Spain's foreign minister said the Moroccan ambassador had been recalled for "
        "consultations.",
    ),
    # ("the German ambassador had been summoned in Moscow" is Russia's summons: silent18)
    ("VIENNA, AUSTRIA", "The Hungarian ambassador was summoned on Monday."),
    # a state itself told something is no envoy summoned or warned
    (
        "ATHENS, GREECE",
        "Greece's foreign ministry said Ankara had been warned that the survey ship would be "
        "inspected.",
    ),
    # whose envoy "its ambassador" is, and to whom, the sentence does not say
    (
        "NIAMEY, NIGER",
        "Niger's foreign ministry said its ambassador in Cotonou had been called home.",
    ),
    # agreeing with a proposal or with a domestic party names no partner state
    ("LUSAKA, ZAMBIA", "Zambia agreed with the proposal to expand trade."),
    ("NAIROBI, KENYA", "Kenya agreed with the opposition to hold new talks."),
    ("LIMA, PERU", "Peru agreed with its lawyers to appeal the ruling."),
    # agreeing with a view: no act to share
    ("ACCRA, GHANA", "Ghana agreed with critics that the reforms had gone too far."),
]

# the restructuring with two creditors is an agreement: test_events_silent18 SETTLED
GAPS: list[Gap] = []

CASES = PARTNERED + REPORTED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_silent17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_silent17_codes_each_form(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
