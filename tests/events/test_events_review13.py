"""Review fixes, thirteenth round: reactions, announcements and report authors.

CLEFT: an "it" that only anticipates a clause told after it ("it was a mistake to cut aid",
"it was unacceptable that ...") is not the act just told, and the act that clause names is
judged, not done. CAUSE: a feeling whose cause a "by" phrase names ("disappointed by the
West's slow deliveries") answers no act just told. DECISION: an announced decision a later
regret answers acts on another actor ("said she would retire next year" decides nothing
another state answers). THREAT: a measure announced for whoever meets a condition ("would
seize any British tanker entering its waters") is a threat, not the act. REPORT: a statement
named after a nationality with another noun between them ("An American think-tank report")
has no state author; an office of state between them, or a body's name, keeps it. DESCRIBE:
a negated word of the as-phrase ("as regrettable but not a provocation") names no wrong.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file (or quotes the reviewer's report); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CLEFT: list[Case] = [
    # the act just told, called a wrong (guards)
    (
        "NDJAMENA",
        "Chad expelled the French ambassador on Monday. France said it was a violation of "
        "international law.",
        "TCD>FRA:16 FRA>TCD:11",
    ),
    (
        "NIAMEY",
        "Niger recalled its ambassador from Benin on Tuesday. Benin said it was a provocation "
        "that could not go unanswered.",
        "NER>BEN:16 BEN>NER:11",
    ),
    # "it" anticipating the clause after it (reviewer's sentences, then ours)
    (
        "NDJAMENA",
        "Chad expelled the French ambassador on Monday. France said it was a mistake to cut aid "
        "to the Sahel.",
        "TCD>FRA:16",
    ),
    (
        "PARIS",
        "Chad expelled the French ambassador on Monday. France said it was unacceptable that "
        "Russian mercenaries operated in the region.",
        "TCD>FRA:16",
    ),
    (
        "COPENHAGEN",
        "Mali expelled the Danish envoy on Friday. Denmark said it was wrong for the junta to "
        "ignore the elections.",
        "MLI>DNK:16",
    ),
    (
        "COTONOU",
        "Niger recalled its ambassador from Benin on Thursday. Benin said it was a mistake that "
        "the two capitals had stopped talking.",
        "NER>BEN:16",
    ),
]

CAUSE: list[Case] = [
    # a feeling about nothing named, or about the act itself (guards)
    (
        "KYIV",
        "Russia struck Kyiv on Monday. Ukraine said it was deeply disappointed.",
        "RUS>UKR:19 UKR>RUS:11",
    ),
    (
        "KYIV",
        "Russia struck Kharkiv on Tuesday. Ukraine was dismayed by the strike.",
        "RUS>UKR:19 UKR>RUS:11",
    ),
    # a cause of its own named by "by" (reviewer's sentences, then ours)
    (
        "KYIV",
        "Russia struck Kyiv on Monday. Ukraine said it was deeply disappointed by the West's "
        "slow deliveries.",
        "RUS>UKR:19",
    ),
    (
        "NIAMEY",
        "Chad expelled Niger's ambassador on Monday. Niger was disappointed by its team's defeat.",
        "TCD>NER:16",
    ),
    (
        "YEREVAN",
        "Azerbaijan shelled Armenian villages on Sunday. Armenia said it was frustrated by the "
        "slow pace of the talks in Brussels.",
        "AZE>ARM:19",
    ),
    (
        "ACCRA",
        "Togo closed its border with Ghana on Friday. Ghana said it was saddened by the death "
        "of its former president.",
        "TGO>GHA:16",
    ),
]

DECISION: list[Case] = [
    # a decision that acts on another actor (guards)
    (
        "WARSAW",
        "Hungary announced it would leave the OSCE. Poland said it was deeply disappointed.",
        "HUN>OSCE:16 POL>HUN:11",
    ),
    (
        "VIENNA",
        "Hungary announced its withdrawal from the OSCE. Austria expressed regret.",
        "HUN>OSCE:16 AUT>HUN:11",
    ),
    # a state's own measure on something names no actor but still decides
    (
        "BUDAPEST",
        "Serbia said it would double the fees on foreign lorries. Hungary expressed regret.",
        "HUN>SRB:11",
    ),
]

DECISION_NONE: list[NearMiss] = [
    (
        "BRASILIA",
        "Brazil's foreign minister said she would retire next year. Argentina expressed regret.",
    ),
    ("BAMAKO", "Mali's president said he would step down in June. France expressed regret."),
    ("LIMA", "Chile's ambassador announced he would leave his post in May. Peru voiced regret."),
    ("SANTIAGO", "Peru's president said she would seek a second term. Chile expressed regret."),
]

THREAT: list[Case] = [
    # a measure on someone in hand, told as decided (guards)
    ("TEHRAN", "Iran said it would seize the British tanker on Monday.", "IRN>GBR:17"),
    (
        "ALGIERS",
        "Algeria said it would expel the French diplomats who met the rebels.",
        "DZA>FRA:16|17",
    ),
    # the threat told as one
    (
        "TEHRAN",
        "Iran threatened to seize any British tanker entering its waters.",
        "IRN>GBR:13",
    ),
]

THREAT_NONE: list[NearMiss] = [
    ("TEHRAN", "Iran said it would seize any British tanker entering its waters."),
    ("MOSCOW", "Russia said it would arrest any Ukrainian soldier who crossed the border."),
    ("ANKARA", "Turkey said it would detain Greek fishermen who entered its waters."),
    ("BEIJING", "China said it would expel any Japanese journalist who visited Tibet."),
]

REPORT: list[Case] = [
    # the nationality or body right before the statement's noun, or an office of state (guards)
    ("MOSCOW", "A Russian foreign ministry statement accused Ukraine of shelling.", "RUS>UKR:11"),
    ("KHARTOUM", "A U.N. human rights report accused Sudan of abuses.", "UN>SDN:11"),
    ("WASHINGTON", "An American report accused China of hacking.", "USA>CHN:11"),
]

REPORT_NONE: list[NearMiss] = [
    ("WASHINGTON", "An American think-tank report accused China of hacking."),
    ("BERLIN", "A German rights group report accused Russia of torture."),
    ("NEW DELHI", "An Indian business lobby statement criticized China on Monday."),
]

DESCRIBE: list[Case] = [
    # a wrong named (guards)
    (
        "PARIS",
        "Chad expelled the French ambassador on Monday. Paris described the expulsion as a "
        "provocation.",
        "TCD>FRA:16 FRA>TCD:11",
    ),
    (
        "ATHENS",
        "Turkey detained two Greek soldiers on Monday. Athens portrayed the arrests as hostile.",
        "TUR>GRC:17 GRC>TUR:11",
    ),
    # the word negated (reviewer's sentence, then ours)
    (
        "PARIS",
        "Chad expelled the French ambassador on Friday. Paris described the expulsion as "
        "regrettable but not a provocation.",
        "TCD>FRA:16",
    ),
    (
        "PARIS",
        "Chad expelled the French ambassador on Sunday. Paris described the expulsion as no "
        "provocation.",
        "TCD>FRA:16",
    ),
    (
        "ATHENS",
        "Turkey detained two Greek soldiers on Friday. Athens portrayed the arrests as not "
        "hostile.",
        "TUR>GRC:17",
    ),
]

GAPS: list[Gap] = []

CASES = CLEFT + CAUSE + DECISION + THREAT + REPORT + DESCRIBE
NONE = DECISION_NONE + THREAT_NONE + REPORT_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review13_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review13_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
