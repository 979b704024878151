"""Review 185 (session 56, helper C56b): sources and targets named again by a description.

Forms of wire copy where the coder found the act but not who did it or to whom, because the
actor was named once and then only described (invented paragraphs, other names and words
than any gold set):
- "the envoy" naming back an ambassador or a high commissioner ("Spain's ambassador to
  Venezuela, X, was recalled. The envoy had criticised Caracas") was tried and left out (a
  blind set fell): its rows are gaps;
- "his host" is never the guest's own state, when the guest is the named subject ("Malawi
  will host the next summit in Lilongwe ... Malawi's president thanked his hosts": Zambia,
  whose capital he arrived in; described._owner_state);
- a name apposed to an "its" office past the post's phrase holds the office ("its
  ambassador in Lima, X,"), also over the dateline's state the person had taken for want of
  another (coref._appositive_holder, Cluster.homed);
- "the fishermen" acted on names again the people of one state named before with that
  noun ("detained 25 Sri Lankan fishermen ... released six of the fishermen":
  described.find_people_again); not people of two states, one's own people, or a subject;
- "the kingdom" acted on by a verb joined to another is not that verb's subject's state
  ("Morocco's foreign ministry condemned the attack and expressed solidarity with the
  kingdom": Jordan, named before; described._acting_on).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# offices.yaml same_titles (envoy), Resolver._title_refers_back
ENVOY_KEPT: list[Case] = [
    # two heads of mission named together: "the envoy" takes neither
    (
        "LIMA",
        "Chile's ambassador to Peru, Marta Soto, met Bolivia's ambassador to Peru, Juan Quispe,"
        " on Monday. The envoy later accused Lima of stalling.",
        "CHL>BOL:04",
    ),
    # a later holder of another state, past a quotation of hers, is the one meant
    (
        "MADRID",
        "Spain's ambassador to Venezuela, Luis Ortega, was recalled on Monday. \"We will answer"
        " this,\" Venezuela's envoy to the OAS, Rosa Paz, said. The envoy criticised Madrid for"
        " the decision.",
        "ESP>VEN:16 VEN>ESP:11",
    ),
    (
        "DOHA",
        "Qatar's special envoy Ahmed Saleh met Sudan's ambassador, Omar Bashir, in Doha. The"
        " envoy urged Khartoum to accept a truce.",
        "QAT>SDN:04 QAT>SDN:02",
    ),
]
ENVOY_NOT: list[NearMiss] = [
    (
        "MADRID",
        "Spain's former ambassador to Venezuela, Luis Ortega, was questioned by prosecutors on"
        " Monday. The envoy had criticised Caracas over the election.",
    ),
]
ENVOY_GAPS: list[Gap] = [
    (
        "MADRID",
        "Spain's ambassador to Venezuela, Luis Ortega, was recalled on Monday. The envoy had"
        " criticised Caracas over the election.",
        "ESP>VEN:16 ESP>VEN:11",
        "'the envoy' for an ambassador named before (offices.yaml same_titles read by"
        " Resolver._title_refers_back) was left out in session 56: a blind set fell",
    ),
    (
        "NAIROBI",
        "Britain's high commissioner to Kenya, Jane Holt, met Kenyan officials on Monday. The"
        " envoy urged Nairobi to free the detained journalists.",
        "GBR>KEN:04 GBR>KEN:02",
        "as above: 'the envoy' is not read as the high commissioner named before",
    ),
]

# described._owner_state (host_before, _story_host)
HOST_KEPT: list[Case] = [
    (
        "LUSAKA",
        "Malawi's president arrived in Lusaka on Monday for two days of talks. Malawi will host"
        " the next regional summit in Lilongwe, he said. Malawi's president thanked his hosts"
        " for the welcome.",
        "MWI>ZMB:04 MWI>ZMB:05",
    ),
    (
        "HARARE",
        "Botswana's foreign minister arrived in Harare on Monday. The next round of talks will"
        " take place in Gaborone, Botswana's foreign minister said, and thanked his hosts.",
        "BWA>ZWE:04 BWA>ZWE:05",
    ),
]
HOST_NOT: list[NearMiss] = [
    (
        "LUSAKA",
        "Malawi will host the next regional summit in Lilongwe, its foreign ministry said on"
        " Monday. Malawi's president thanked his hosts for the welcome.",
    ),
]

# coref._appositive_holder, coref.past_post_phrase
APPOSED_KEPT: list[Case] = [
    (
        "LIMA",
        "Because Mongolia has no embassy in Peru, its ambassador in Brasilia, Bat Erdene, flew"
        " to Lima on Monday. Erdene urged Peru to release the detained climbers.",
        "MNG>PER:04 MNG>PER:02",
    ),
    (
        "QUITO",
        "Because Mongolia has no embassy in Ecuador, its ambassador in Lima, Bat Erdene, flew to"
        " Quito on Thursday and met Ecuador's deputy foreign minister. Erdene thanked his hosts"
        " for their help.",
        "MNG>ECU:04 MNG>ECU:05",
    ),
]

# described.find_people_again
PEOPLE_KEPT: list[Case] = [
    (
        "MALE",
        "Maldivian coast guards detained 25 Sri Lankan fishermen on Monday. On Thursday a"
        " Maldivian court released six of the fishermen.",
        "MDV>LKA:17 MDV>LKA:08",
    ),
    (
        "ACCRA",
        "Ghana said on Monday that 14 Ghanaian traders had gone missing in Burkina Faso. The"
        " traders were detained by Burkinabe gendarmes at a livestock market, the ministry said.",
        "BFA>GHA:17",
    ),
    (
        "BISHKEK",
        "Two Peruvian climbers were detained near the border on Monday. Kyrgyz border guards"
        " later accused the climbers of spying.",
        "KGZ>PER:11",
    ),
    (
        "OUAGADOUGOU",
        "Three Ivorian gendarmes crossed into Burkina Faso on Monday. Burkina Faso's military"
        " government arrested the gendarmes and accused them of spying.",
        "BFA>CIV:17 BFA>CIV:11",
    ),
    # near misses after a first sentence that codes: only that sentence's event
    (
        "MALE",
        "Maldivian coast guards detained 12 Sri Lankan and eight Indian fishermen on Monday. On"
        " Thursday a Maldivian court released the fishermen.",
        "MDV>LKA:17 MDV>IND:17",
    ),
    (
        "MALE",
        "Maldivian coast guards detained 25 Sri Lankan fishermen on Monday. Indian fishermen were"
        " also seen near the atoll. On Thursday a Maldivian court released the fishermen.",
        # "the fishermen" names no state again here, but the release frees whom the Maldives
        # held: the Sri Lankans (reactions._freed_state, session 59; review210)
        "MDV>LKA:17 MDV>LKA:08",
    ),
    (
        "MALE",
        "Maldivian coast guards detained 25 Sri Lankan fishermen on Monday. The fishermen said"
        " they had been fishing in international waters.",
        "MDV>LKA:17",
    ),
    (
        "MALE",
        "Maldivian coast guards detained 25 Sri Lankan fishermen in January. The catch was sold"
        " at auction. The boats were repainted. Their owners went to court. In June a Maldivian"
        " court released the fishermen.",
        "MDV>LKA:17 MDV>LKA:08",  # the release frees whom the Maldives held (review210)
    ),
]
# an act only named ("the decision to hold the fishermen") leaves the noun to the context
PEOPLE_KEPT.append(
    (
        "MALE",
        "Maldivian coast guards detained 25 Sri Lankan fishermen on Monday. Sri Lanka summoned"
        " the Maldivian envoy on Tuesday. The Maldivian government defended the decision to hold"
        " the fishermen.",
        "MDV>LKA:17 LKA>MDV:11 MDV>LKA:12",
    )
)
PEOPLE_NOT: list[NearMiss] = [
    (
        "MALE",
        "Maldivian police detained 20 Maldivian fishermen on Monday. On Thursday the police"
        " released the fishermen.",
    ),
]

# described._acting_on (a joined verb's subject)
KIND_KEPT: list[Case] = [
    (
        "AMMAN",
        "Jordan's water ministry said on Monday that hackers had wiped its servers. Morocco's"
        " foreign ministry condemned the attack and expressed solidarity with the kingdom.",
        "MAR>JOR:05",
    ),
]
KIND_NOT: list[NearMiss] = [
    (
        "RABAT",
        "Hackers wiped the servers of a water agency on Monday. Morocco's foreign ministry"
        " condemned the attack and expressed solidarity with the kingdom.",
    ),
]

CASES: list[Case] = ENVOY_KEPT + HOST_KEPT + APPOSED_KEPT + PEOPLE_KEPT + KIND_KEPT
NONE: list[NearMiss] = ENVOY_NOT + HOST_NOT + PEOPLE_NOT + KIND_NOT
GAPS: list[Gap] = ENVOY_GAPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review185_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review185_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
