"""Said 6 (session 34, SAYJ): a state defending its own deed as routine, defensive or needed.

After a complaint against it, a state that says its own deed was no more than routine or
defence ("said the deployment was 'purely defensive'", "said the patrol was a routine fisheries
mission", "had made a routine, scheduled stop", "said the suspension was 'a necessary step'",
"had been fishing legally") rejects that complaint (v.say_lawful, 120), as a deed said to keep
the law already did: the words join v.say_lawful's, a predicate noun's modifier counts
(objects._worded_clause predicate), and the clause's subject must name a deed, the means a
state acts with, or a thing told just before (objects._deed_or_means).

Kept uncoded: no complaint before, another state's deed so judged, a deed only possible
("would be purely defensive"), a judgement of the weather, of relations or of the situation,
a denial, and a defence that restates a rejection told just before ("Senegal rejected the
accusation. 'These are routine exercises,' the minister said": rules restating_patterns).
Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ACCUSED = "Mali's junta accused Senegal of massing troops near the border on Monday."

DEFENDED: list[Case] = [
    (
        "ASTANA",
        "China suspended imports of Kazakh wheat on Monday. Kazakhstan called the suspension "
        'unjustified. China\'s customs agency said the suspension was "a necessary step" and '
        "would stay in place until Kazakhstan improved its inspections.",
        "CHN>KAZ:16 KAZ>CHN:11 CHN>KAZ:12 CHN>KAZ:10",
    ),
    (
        "DAKAR",
        f'{ACCUSED} Senegal\'s Foreign Ministry said the deployment was "purely defensive."',
        "MLI>SEN:11 SEN>MLI:12",
    ),
    (
        "SUVA",
        "Fiji summoned Australia's envoy on Tuesday to protest an Australian navy patrol near "
        "Rotuma. The Australian High Commission said the patrol was a routine fisheries mission.",
        "FJI>AUS:11 AUS>FJI:12",
    ),
    (
        "OSLO",
        "Norway summoned Denmark's ambassador over the frigate's stop in Svalbard. Denmark's "
        "Defense Ministry said the frigate had made a routine, scheduled stop.",
        "NOR>DNK:11 DNK>NOR:12",
    ),
    (
        "TASHKENT",
        "Uzbekistan suspended imports of Tajik cotton on Monday. Tajikistan called the "
        "suspension unjustified. Uzbekistan's customs agency said the suspension was "
        '"a necessary step to protect our farmers."',
        "UZB>TJK:16 TJK>UZB:11 UZB>TJK:12",
    ),
    (
        "SANTIAGO",
        "Peru's navy seized a Chilean trawler off Ilo. Chile lodged a protest with Peru. "
        "Chile's Foreign Ministry said the trawler had been fishing legally in international "
        "waters.",
        "PER>CHL:17 CHL>PER:11 CHL>PER:12",
    ),
    # a thing told just before, no deed noun: the complaint was about it
    (
        "ZAGREB",
        "Serbia lodged a formal protest with Hungary over a planned border fence. Hungary's "
        "interior ministry said the fence was purely defensive.",
        "SRB>HUN:11 HUN>SRB:12",
    ),
]

NOT_DEFENDED: list[Case] = [
    # another state's deed so judged is no defence of the speaker's own
    (
        "CONAKRY",
        f"{ACCUSED} Guinea's Foreign Ministry said Senegal's deployment was purely defensive.",
        "MLI>SEN:11",
    ),
    # only possible
    (
        "DAKAR",
        "Mali's junta accused Senegal of planning a deployment near the border on Monday. "
        "Senegal's Foreign Ministry said any deployment would be purely defensive.",
        "MLI>SEN:11",
    ),
    # the weather, relations, the situation: no deed and nothing told before
    (
        "DAKAR",
        f"{ACCUSED} Senegal's Foreign Ministry said the weather in the region was normal for "
        "the season.",
        "MLI>SEN:11",
    ),
    (
        "DAKAR",
        f"{ACCUSED} Senegal's Foreign Ministry said relations with Mali were normal.",
        "MLI>SEN:11",
    ),
    (
        "DAKAR",
        f"{ACCUSED} Senegal's Foreign Ministry said the situation at the border was normal.",
        "MLI>SEN:11",
    ),
    # the speaker's own, but no deed: "its economy"
    (
        "DAKAR",
        f"{ACCUSED} Senegal's Foreign Ministry said its economy was normal.",
        "MLI>SEN:11",
    ),
    # denied: another's deed called not defensive is no defence
    (
        "DAKAR",
        f"{ACCUSED} Senegal's Foreign Ministry said Mali's own deployment was not defensive.",
        "MLI>SEN:11",
    ),
    # a defence restating the rejection just told is not coded twice
    (
        "DAKAR",
        f"{ACCUSED} Senegal rejected the accusation. \"These are routine exercises on our own "
        'soil," Senegal\'s defense minister said.',
        "MLI>SEN:11 SEN>MLI:12",
    ),
]

NONE: list[NearMiss] = [
    # nothing done to the speaker before: no complaint to answer
    ("DAKAR", "Senegal's Foreign Ministry said the deployment was purely defensive."),
    ("ACCRA", "Ghana's navy said the exercise was routine and had been planned for months."),
]

GAPS: list[Gap] = [
    (
        "BRATISLAVA",
        "Slovakia barred Czech companies from moving ammunition across its territory. Prague "
        'criticized the ban. Slovakia\'s prime minister said the decision was "sovereign and '
        'final."',
        "SVK>CZE:16 CZE>SVK:11 SVK>CZE:12",
        "'the decision' sums up a deed with no owner in its clause (objects._own_defended): "
        "whose decision it was is not looked up before",
    ),
]

CASES = DEFENDED + NOT_DEFENDED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said6_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said6_defences(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
