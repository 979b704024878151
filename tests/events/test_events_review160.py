"""Review 160 (session 48, lead): where one spoke is no party to an act; notes that protest.

- A capital named only as where a speaker spoke ("told reporters in Moscow", "said at a
briefing in Astana") is no state a gift or an act with no stated target may go to
(reactions._speech_place, in _named_states): "Russia welcomed the deal. '...,' a spokeswoman
told reporters in Moscow. The UNDP pledged $5 million for irrigation" gave the pledge to
Russia, the one state in reach. The state a gift goes to, named around such a capital, is
now the only one left ("Drought hit Chad, the minister told reporters in Paris. Germany
pledged 10 million euros" gave nothing: two states).
- A note or letter handed or sent with a participle saying it protests ("handed a diplomatic
  note to the Chinese Embassy protesting the ship's presence") is an official complaint
  (v.note_protesting, 114, needs carried_clause), as "a protest note" is; a note about a
  protest by others, or one sent by private persons, is none.
- "The minister invited Ba to ...": the model may read a lowercase verb into a PERSON name
  ("invited Ba"); the verb is no part of the name (Resolver._person_spans) and no name
  follows the title (find_titles asks for a name-like token), so "the minister" refers back
  to the minister named before and the invitation is coded.
- "condemned what it called a violation of Romanian airspace by a Russian drone": the
  by-phrase of the deed a free relative names (hung on the name, or after it on "called")
  is its doer (clauses._named_what), as the possessor of "what it called Russia's
  provocation" is.
- A refusal of an act that names no one ("Uganda refused to hand them over") answers the
  appeal, demand or offer just made of the refuser, as a bare "Uganda refused." does
  (v.refused_to, 120, needs unnamed_xcomp: the infinitive names what was asked only by a
  pronoun); a refusal to comment refuses nothing asked, one after a criticism only answers
  nothing, and one whose infinitive names a party or a thing ("refused to amend its
  constitution to recognize a Bulgarian minority", "refused to extradite a former Tunisian
  minister") is left to the patterns that read it, or stays an uncoded act another answers.
- A request approved, honoured or fulfilled is one agreed to (v.accede, 080; the open gold
  gives a request agreed to 05/08): "Vietnam approved Laos's request for electricity imports".
- A naming ("called the report 'alarming'") is no phone call: a demand or complaint naming
  no one joined after it is not made to the named thing's owner (extract._after_talk), as
  one joined after a real call is made to whom was called.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the capital a speaker spoke in leaves the one state a gift is for
    (
        "",
        "Drought has hit Niger this year, the minister told reporters in Paris. Italy pledged "
        "12 million euros.",
        "ITA>NER:03|07",
    ),
    (
        "",
        "Floods have swept Malawi, a minister said at a briefing in Vienna. Norway pledged "
        "5 million dollars.",
        "NOR>MWI:03|07",
    ),
    # a note that carries a protest
    (
        "",
        "Laotian officials handed a diplomatic note to the Thai Embassy protesting the "
        "dam's construction.",
        "LAO>THA:11",
    ),
    ("", "Estonia sent Latvia a letter protesting the arrests.", "EST>LVA:11"),
    ("", "Moldova sent a letter to Romania protesting the border checks.", "MDA>ROU:11"),
    # a demand joined after a real call goes to whom was called
    (
        "",
        "The Thai prime minister called his Cambodian counterpart and said the border must "
        "reopen.",
        "THA>KHM:04 THA>KHM:10",
    ),
    # a naming is no call: the demand joined after it names no one
    (
        "",
        "Serbia called the Croatian plan \"reckless\" and said the world must act.",
        "SRB>HRV:11",
    ),
    # a title before a verb the model read into a name
    (
        "DAKAR, Senegal",
        "President Ousmane Ba met Guinean Foreign Minister Mariama Conde on Tuesday. Conde "
        "thanked Senegal for its help. The minister invited Ba to attend the summit as guest "
        "of honour.",
        "SEN>GIN:04 GIN>SEN:05 GIN>SEN:03|04",
    ),
    # the doer of the deed a free relative names
    (
        "",
        "Lithuania on Saturday condemned what it called a \"reckless\" violation of Latvian "
        "airspace by a Belarusian drone.",
        "LTU>BLR:11",
    ),
    ("", "Finland condemned what it termed an incursion by Russian troops.", "FIN>RUS:11"),
    # a refusal of the act asked
    (
        "",
        "Zambia asked Malawi to extradite the two suspects. Malawi declined to hand them over.",
        "ZMB>MWI:02 MWI>ZMB:12",
    ),
    (
        "",
        "The EU urged Montenegro to impose sanctions on Belarus. Podgorica refused to impose "
        "them.",
        "EU>MNE:02 MNE>EU:12",
    ),
    # ... but not one to comment
    (
        "",
        "Zambia asked Malawi to extradite the suspects. Malawi declined to comment.",
        "ZMB>MWI:02",
    ),
    # ... nor one whose infinitive names a party: read by its own patterns
    (
        "",
        "The EU urged Skopje to compromise. Skopje has since refused to amend its constitution "
        "to recognize a Bulgarian minority.",
        "EU>MKD:02",
    ),
    # ... nor one after a criticism only
    ("", "Zambia criticized Malawi over the raid. Malawi refused to apologise.", "ZMB>MWI:11"),
    # a request approved or honoured
    ("", "Thailand approved Cambodia's request for electricity imports.", "THA>KHM:05|08"),
    ("", "Slovenia honoured Croatia's request to extradite the banker.", "SVN>HRV:05|08"),
    # a gift with its recipient named keeps it
    (
        "",
        "Spain sent tents to Morocco after the quake, officials said in Madrid.",
        "ESP>MAR:07",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # the only state in reach spoke there: no recipient
    (
        "",
        "Belarus welcomed the water deal. \u201cIt sets an example,\u201d a spokeswoman told "
        "reporters in Minsk. The World Bank pledged $5 million to modernise irrigation.",
    ),
    (
        "",
        "Hungary praised the truce, a spokesman said in Budapest. The United Nations pledged "
        "$2 million to rebuild schools.",
    ),
    # the named deed's doer is no state
    ("", "Moldova condemned what it called an attack on its border post by unknown gunmen."),
    # a domestic approval
    ("", "The Kenyan parliament approved the government's request for more funds."),
    # a note about others' protest, or a private letter
    ("", "Estonia sent Latvia a letter about the protest by farmers."),
    ("", "Farmers sent a letter to Romania protesting the border checks."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review160_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review160_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
