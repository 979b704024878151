"""Vocabulary 23 (session 20, builder GL): forms other builders found and left, each read in
a general way.

Coded: a past-tense verb the parser hung as an adjective on the noun after its subject
("Russia armed Mali's army with helicopters", "China armed Pakistan's navy": context.
_verbs_read_as_adjectives makes it the root); a suspension of a body's own work in a state
("suspended its observer mission in Georgia" shuts no state out: v.suspend_member's
unless_objects); a decision undone ("reversed a decision to deport ...": rules revoking_verbs)
or judged with no author named ("criticized the decision to deport ...") does not hand its
act to the subject (clauses._clause_subject); ground lent to another state's use ("allowed
Greece to use its airspace": v.allow_use_ground, 06); an act raised with a state's official
("raised the drills with Russia's deputy minister": v.raise_issue's matters, 04); an unnamed
ministry's speaker placed in a capital ("In Beijing, a Foreign Ministry spokesperson accused
...": actors roles.yaml bare); a visit called off names its visitor in an of-phrase
("postponed the visit of Cambodia's king": v.cancel_visit_of, 16); steps taken to prop
something up aim at no one ("took steps to support the yuan": v.take_steps_against's
unless_words); a charge joined to an infinitive on a noun of a reported clause is the
speaker's ("said Japan had no right to comment ... and accused Tokyo": parties.
_enclosing_report); a sum sent or wired is money given ("sent $5 million to Ghanaian
hospitals": v.give_money). Each row is (dateline, body, expected events of the whole body
as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ADJECTIVE_VERBS: list[Case] = [
    # the form's second sentence: after a dateline the parser reads the first otherwise
    ("MOSCOW", "Talks ended on Monday. Russia armed Mali's army with helicopters.", "RUS>MLI:07"),
    ("BEIJING", "Talks ended on Monday. China armed Pakistan's navy with frigates.", "CHN>PAK:07"),
    (
        "ANKARA",
        "Talks ended on Monday. Turkey armed Azerbaijan's forces with drones.",
        "TUR>AZE:07",
    ),
    ("PARIS", "Talks ended on Monday. France armed Ukraine's troops with tanks.", "FRA>UKR:07"),
    # already read as verbs: unchanged
    ("ABUJA", "Talks ended on Monday. ECOWAS lifted sanctions on Niger.", ""),
    (
        "ACCRA",
        "The talks ended. Ghana's government lifted restrictions on Togolese traders.",
        "GHA>TGO:08",
    ),
    # near-miss: an adverb before the participle keeps it the noun's
    ("BAMAKO", "Talks ended on Monday. Newly armed militias attacked a village in Mali.", ""),
]

SUSPENSIONS: list[Case] = [
    ("ABUJA", "ECOWAS suspended Guinea after the coup.", ""),
    ("ADDIS ABABA", "The African Union suspended Niger from all its activities.", "AU>NER:16"),
    ("ADDIS ABABA", "The AU suspended Mali and Burkina Faso.", "AU>MLI:16 AU>BFA:16"),
    ("CAIRO", "The Arab League suspended Syria in 2011.", ""),
    # near-misses: the body's own mission or programme, in a state, is suspended
    ("VIENNA", "The OSCE suspended its observer mission in Georgia.", ""),
    ("TOKYO", "Japan suspended its aid programme in Haiti.", ""),
    ("NEW YORK", "The UN suspended its operations in northern Sudan.", ""),
    ("BRUSSELS", "The EU suspended its training mission in Mali.", ""),
]

UNDONE_DECISIONS: list[Case] = [
    ("BAGHDAD", "Iraq made a decision to deport Syrian refugees.", "IRQ>SYR:17"),
    ("BAGHDAD", "Iraq announced a decision to deport Afghan refugees.", "IRQ>AFG:17"),
    ("BAGHDAD", "Iraq defended its decision to deport Iranian refugees.", "IRQ>IRN:17"),
    (
        "NEW YORK",
        "The UN condemned Iraq's decision to deport Syrian refugees.",
        "UN>IRQ:11 IRQ>SYR:17",
    ),
    # near-misses: the decision is undone, or judged by another with no author told
    ("BAGHDAD", "Iraq reversed a decision to deport Syrian refugees.", ""),
    ("NAIROBI", "Kenya scrapped its decision to expel the Somali ambassador.", ""),
    ("ACCRA", "Ghana overturned the decision to close its border with Togo.", ""),
    ("LIMA", "Peru postponed its decision to expel the Turkish ambassador.", ""),
    ("AMMAN", "Jordan criticized the decision to deport Syrian refugees.", ""),
    ("ACCRA", "Ghana welcomed the decision to reopen its border with Togo.", ""),
]

GROUND_LENT: list[Case] = [
    ("ATHENS", "Talks ended. Bulgaria allowed Greece to use its airspace.", "BGR>GRC:06"),
    ("BUCHAREST", "Talks ended. Romania allowed U.S. troops to use its bases.", "ROU>USA:06"),
    ("MINSK", "Talks ended. Belarus let Russian forces use its airfields.", "BLR>RUS:06"),
    (
        "MANILA",
        "Talks ended. The Philippines allowed Japan to use its ports for refueling.",
        "PHL>JPN:06",
    ),
    (
        "CHISINAU",
        "Talks ended. Moldova permitted Ukrainian trains to use its railway.",
        "MDA>UKR:06",
    ),
    # near-misses: no state lent the ground, or none lent; weapons allowed stay aid
    ("PARIS", "Talks ended. France allowed tourists to use its beaches.", ""),
    ("ANKARA", "Talks ended. Turkey allowed its own troops to use the base.", ""),
    # a refused permission is a rejection (v.reject's xcomp_permitted, session 45)
    ("BUDAPEST", "Talks ended. Hungary refused to allow Ukraine to use its territory.", "HUN>UKR:12"),
    (
        "WASHINGTON",
        "Talks ended. Washington allowed Ukraine to use U.S. missiles against targets in Russia.",
        "USA>UKR:07",
    ),
]

RAISED_ACTS: list[Case] = [
    (
        "TOKYO",
        "Talks ended. Japan's ambassador in Moscow also raised the drills with Russia's deputy "
        "foreign minister.",
        "JPN>RUS:04",
    ),
    ("SEOUL", "Talks ended. South Korea raised the arrests with China's ambassador.", "KOR>CHN:04"),
    (
        "MANILA",
        "Talks ended. The Philippine foreign secretary raised the incursion with his Chinese "
        "counterpart.",
        "PHL>CHN:04",
    ),
    ("OTTAWA", "Talks ended. Canada raised the deportations with Indian diplomats.", "CAN>IND:04"),
    # near-misses: no state's official to raise it with; a rate raised
    ("PARIS", "Talks ended. France raised the drills at the United Nations.", ""),
    ("BERLIN", "Talks ended. Germany raised its military spending with new loans.", ""),
]

MINISTRY_SPEAKERS: list[Case] = [
    (
        "CANBERRA",
        "Australia signed a defense pact with Fiji on Monday. In Beijing, a Foreign Ministry "
        'spokesperson accused Canberra of "Cold War thinking."',
        "AUS>FJI:05 CHN>AUS:11",
    ),
    (
        "SEOUL",
        "South Korea and Japan held joint drills on Monday. In Pyongyang, a Foreign Ministry "
        "spokesman condemned the drills.",
        "KOR>JPN:06 JPN>KOR:06 PRK>KOR:11 PRK>JPN:11",
    ),
    (
        "TOKYO",
        "Japan protested the drills. In Tokyo, a Foreign Ministry spokesperson accused Beijing "
        "of bullying.",
        "JPN>CHN:11",
    ),
    (
        "NAIROBI",
        "Kenya and Somalia held talks. Speaking in Mogadishu, a Foreign Ministry official "
        "criticized Nairobi.",
        "KEN>SOM:04 SOM>KEN:04 SOM>KEN:11",
    ),
    # near-miss: the speaker's own state's drills are no interaction
    (
        "BEIJING",
        "China held drills near Taiwan on Monday. A Foreign Ministry spokesperson said the "
        "drills were routine.",
        "CHN>TWN:15",
    ),
]

VISITS_OF: list[Case] = [
    ("BANGKOK", "Talks ended. Thailand postponed the visit of Cambodia's king.", "THA>KHM:16"),
    ("LIMA", "Talks ended. Peru cancelled the state visit of the Chilean president.", "PER>CHL:16"),
    (
        "ROME",
        "Talks ended. Italy postponed the visit of Iran's foreign minister to Rome.",
        "ITA>IRN:16",
    ),
    # the host of a to-phrase still comes first
    (
        "HANOI",
        "Talks ended. Vietnam postponed the visit of its prime minister to Laos.",
        "VNM>LAO:16",
    ),
    # near-misses: a gathering, or no state's visitor
    ("BRUSSELS", "Talks ended. Hungary postponed the meeting of EU foreign ministers.", ""),
    ("PARIS", "Talks ended. France cancelled the visit of a group of tourists.", ""),
    ("SEOUL", "Talks ended. South Korea delayed the visit of its envoy.", ""),
]

PROPPING_STEPS: list[Case] = [
    # near-misses: steps taken to prop something up aim at no one
    (
        "BEIJING",
        "The United States imposed new tariffs on Chinese goods. China's central bank took "
        "steps to support the yuan.",
        "USA>CHN:16",
    ),
    (
        "OTTAWA",
        "The United States imposed tariffs on Canadian steel. Canada took steps to support its "
        "steelworkers.",
        "USA>CAN:16",
    ),
    (
        "SEOUL",
        "Japan restricted chip exports to South Korea. South Korea took measures to shield its "
        "chipmakers.",
        "JPN>KOR:16",
    ),
    # steps against a named state, or said to come, still code
    (
        "JERUSALEM",
        "The Palestinian Authority joined the ICC. Israel took steps against the Palestinian "
        "Authority.",
        "PSE>ICC:05 ISR>PSE:16",
    ),
    (
        "BEIJING",
        "Japan released the water. China said it would take steps against Japan.",
        "CHN>JPN:13",
    ),
]

NOUN_INFINITIVE_REPORTS: list[Case] = [
    (
        "MOSCOW",
        "Talks ended. Russia's Foreign Ministry said in a statement that Japan had no right to "
        'comment on military activity on Russian territory and accused Tokyo of "militarizing" '
        "its policy.",
        "RUS>JPN:11",
    ),
    (
        "BEIJING",
        "Talks ended. China's Foreign Ministry said in a statement that Manila had no right to "
        "fish near the shoal and accused the Philippines of provocation.",
        "CHN>PHL:11",
    ),
    (
        "ANKARA",
        "Talks ended. Turkey said Greece had no reason to hold the drills near its coast and "
        "summoned the Greek ambassador.",
        "TUR>GRC:11",
    ),
    (
        "SEOUL",
        "Talks ended. South Korea said the North had made a decision to launch the missile and "
        "condemned Pyongyang.",
        "KOR>PRK:11",
    ),
    # near-miss: the clause's own actor did the joined act, at no one
    (
        "TOKYO",
        "Talks ended. Japan said China had a plan to build a base on the reef and rammed a boat.",
        "",
    ),
]

MONEY_SENT: list[Case] = [
    ("BERLIN", "Talks ended. Germany sent $5 million to Ghanaian hospitals.", "DEU>GHA:07"),
    ("BERLIN", "Talks ended. Germany sent 5 million euros to Ghana.", "DEU>GHA:07"),
    ("OSLO", "Talks ended. Norway wired 2 million euros to Moldova's government.", "NOR>MDA:07"),
    # near-misses: a bill sent, goods traded, a club's fee
    ("PARIS", "Talks ended. France sent a bill of 5 million euros to Algeria.", ""),
    ("MOSCOW", "Talks ended. Russia sent 10 million barrels of oil to China.", ""),
    ("LONDON", "Talks ended. The club sent 5 million pounds to a Spanish team for the player.", ""),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []
CASES = (
    ADJECTIVE_VERBS
    + SUSPENSIONS
    + UNDONE_DECISIONS
    + GROUND_LENT
    + RAISED_ACTS
    + MINISTRY_SPEAKERS
    + VISITS_OF
    + PROPPING_STEPS
    + NOUN_INFINITIVE_REPORTS
    + MONEY_SENT
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary23_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary23_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
