"""Clauses 43 (session 36, helper S47): set 47's misses with both actors named, in general form.

Another state's craft escorted out of one's airspace or waters is an interception (150,
v.escort_out), guarded craft stay v.escort_ships'. Cooperation or aid a state says it will
review or reconsider is put in doubt: a threat to cut it (1313, aid 1311: v.review_ties), not a
review done, under way, asked of another or on a meeting's agenda (ties and relations are left
out: test_events_review10 codes nothing for "would review its fishing ties with Morocco"). A
receiver hung by the parser on the noun of what shared intelligence is about ("would share
intelligence on suspect ships with Ghana") is the sharing verb's (slot topic_sub, rules.yaml
shared_topic_preps). A craft's position or coordinates passed to a state is intelligence
shared (064, v.pass_position), a position on an issue is a stance. Visas granted to another
state's delegation, team or officials ease a barrier at the door (081, v.grant_visas), not
visas for workers, refugees or the young, nor visas a deal's relative clause describes. A
friendship word affirms friendship (051, affirmed.yaml) also when the friend leans on the
speaker's side ("as long as our Bolivian brothers need us": leaning_verbs), when a deed shows
it ("reflected its strong partnership with Chile": showing_verbs), and with strong, close,
solid, excellent or deep for closeness. A force destroying or burning another state's
people's boats is coercion against that state (1712, v.destroy_craft). Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# another state's craft escorted out is intercepted
CASES: list[Case] = [
    ("HELSINKI", "Finnish jets escorted the Russian aircraft out on Monday.", "FIN>RUS:15"),
    (
        "TAIPEI",
        "Taiwan's navy escorted two Chinese warships out of its waters on Tuesday.",
        "TWN>CHN:15",
    ),
    (
        "STOCKHOLM",
        "Swedish Gripen jets were scrambled and escorted the Belarusian aircraft out, the"
        " military said.",
        "SWE>BLR:15",
    ),
    ("OSLO", "Two Russian bombers were escorted out by Norwegian jets on Monday.", "NOR>RUS:15"),
]

# ties put in doubt ahead are threatened
REVIEWED: list[Case] = [
    (
        "ASTANA",
        "Kazakhstan's Foreign Ministry said Astana would review its cooperation with Belarus.",
        "KAZ>BLR:13",
    ),
    ("ASTANA", "Kazakhstan said it would reconsider its partnership with Belarus.", "KAZ>BLR:13"),
    ("BERLIN", "Germany said it would review its aid to Niger after the coup.", "DEU>NER:13"),
    (
        "BERLIN",
        "Germany will reassess its military partnership with Mali, the defence minister said.",
        "DEU>MLI:13",
    ),
    # another state asked to rethink its ties threatens no one
    ("PARIS", "France urged Chad to reconsider its relations with Russia.", "FRA>TCD:02"),
]
CASES += REVIEWED

# the receiver hung on the topic of what is shared, and positions passed on
SHARED: list[Case] = [
    (
        "OSLO",
        "Norway's Foreign Office said it would share intelligence on suspect ships with Ghana.",
        "NOR>GHA:03|06",
    ),
    ("OSLO", "Norway shared intelligence on suspect ships with Ghana on Friday.", "NOR>GHA:06"),
    (
        "ROME",
        "Malta said it would exchange data on migrant boats with Italy.",
        "MLT>ITA:03|06",
    ),
    (
        "COTONOU",
        "Benin's navy had tracked the ship and passed its position to Abuja.",
        "BEN>NGA:06",
    ),
    ("COTONOU", "Benin's navy passed the ship's coordinates to Nigeria.", "BEN>NGA:06"),
    (
        "VALLETTA",
        "Malta's coast guard relayed the boat's location to Italy on Sunday.",
        "MLT>ITA:06",
    ),
]
CASES += SHARED

# visas granted to another state's envoys, team or officials
GRANTED: list[Case] = [
    (
        "OTTAWA",
        "Canada said it had granted visas to the full Jamaican delegation for the games.",
        "CAN>JAM:08",
    ),
    ("OTTAWA", "Canada granted visas to 40 Cuban officials.", "CAN>CUB:08"),
    ("OTTAWA", "Canada has granted visas to all members of Iran's delegation.", "CAN>IRN:08"),
    # visas a deal's relative clause describes are its term
    (
        "TOKYO",
        "Japan and South Korea agreed to double the number of visas they issue to each other's"
        " diplomats.",
        "JPN>KOR:05 KOR>JPN:05",
    ),
]
CASES += GRANTED

# friendship affirmed by a friend leaning on the speaker, a deed showing it, or closeness
AFFIRMED: list[Case] = [
    (
        "LIMA",
        '"We will stay as long as our Bolivian brothers need us," the Peruvian minister said.',
        "PER>BOL:05",
    ),
    (
        "LIMA",
        "Peru's defense minister told reporters in Lima that the troops would stay \"as long as"
        ' our Bolivian brothers need us."',
        "PER>BOL:05",
    ),
    (
        "LIMA",
        "Peru's Justice Ministry said the deal reflected its \"strong partnership with the"
        ' Republic of Chile."',
        "PER>CHL:05",
    ),
    ("LIMA", '"Chile is a close partner," the Peruvian minister said.', "PER>CHL:05"),
]
CASES += AFFIRMED

# a force destroying another state's people's boats coerces that state
DESTROYED: list[Case] = [
    (
        "GEORGETOWN",
        "Guyana summoned Venezuela's ambassador after Venezuelan soldiers destroyed 20 boats"
        " belonging to Guyanese fishermen.",
        "GUY>VEN:11 VEN>GUY:17",
    ),
    (
        "GEORGETOWN",
        "Venezuelan soldiers burned 20 Guyanese fishing boats on the river.",
        "VEN>GUY:17",
    ),
    ("BOGOTA", "Venezuelan troops burned two Colombian canoes near the border.", "VEN>COL:17"),
]
CASES += DESTROYED

NONE: list[NearMiss] = [
    # boats lost to weather, or a state's own people's boats, coerce no other state
    ("GEORGETOWN", "A storm destroyed 20 Guyanese fishing boats."),
    ("GEORGETOWN", "Guyanese police destroyed 20 boats belonging to Guyanese miners."),
    # visas for workers, refugees or the young are migration policy
    ("OTTAWA", "Canada issued 5,000 work visas to Filipino workers."),
    ("OTTAWA", "Canada granted humanitarian visas to 300 Afghan refugees."),
    # closeness of two others, a standing with no closeness, a relation denied
    ("KYIV", '"Belarus is a close ally of Russia," the Ukrainian minister said.'),
    ("LIMA", '"Chile is a key partner in the project," the Peruvian minister said.'),
    ("LIMA", "Peru's foreign minister said the visit showed Russia's friendship with China."),
    ("LIMA", '"This shows that Chile is no friend of ours," the Peruvian minister said.'),
    # a review on a meeting's agenda, done or under way is no threat
    ("NEW DELHI", "The two leaders will review bilateral cooperation during the visit."),
    ("NEW DELHI", "India and Japan will review the progress of their cooperation."),
    (
        "KATHMANDU",
        "Modi said he would review cooperation with Nepal with his Nepalese counterpart.",
    ),
    ("PARIS", "France reviewed its cooperation with Chad last year."),
    ("PARIS", "France is reviewing its cooperation with Chad."),
    # craft guarded, a position on an issue
    (
        "MANILA",
        "Philippine coast guard ships escorted Vietnamese fishing boats through the strait.",
    ),
    ("ATHENS", "Greek frigates escorted the Turkish survey ship to the port."),
    ("VALLETTA", "Malta sent its position on the proposal to Brussels."),
    ("VALLETTA", "Malta passed its position to Italy's foreign minister during the talks."),
]

GAPS: list[Gap] = [
    (
        "OSLO",
        "Norwegian F-35 jets were scrambled and escorted the Russian bombers out of Norwegian"
        " airspace.",
        "NOR>RUS:15",
        "the parser reads F-35 as a number on 'jets': the subject names no state",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses43_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses43_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
