"""Review 323 (session 64, A2): consular visits allowed, or access refused, with no one named
as doing it, after a detention.

"Senegalese police arrested five Uzbek airmen ... An Uzbek consul was allowed to visit the
men": the visit (v.allow_nationals' consular refine, 050) is let by the state that holds the
men, as an agentless release is (reactions._jailer, review283; rules held_visit_codes and
held_visit_verbs). Before, the patient hit found no doer: detention (17) is no counterpart root.

"Peru protested the detentions and said its consul had been refused access to the men": a
passive clause reported by a saying verb joined by "and" to the main verb is the sentence's
news too (sides._told climbs the conjunction from the saying verb, as it did from the act), so
the agentless refusal is coded as "Peru said its consul had been refused access" was. Only a
passive one: the speaker's own stance so said ("... and said N'Djamena would not bow to
pressure", test_events_coord22; '... and said: "We want answers."', review213) stays uncoded.

Near misses: people held by gunmen or rebels; a state's own citizens; a third state's consul;
the holder's own diplomats; a refusal the speaker did not say.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a consular visit allowed with no one named: by whoever holds the people
CASES: list[Case] = [
    (
        "BANGKOK",
        "Thai police detained six Cambodian fishermen on Sunday. A Cambodian consul was allowed "
        "to visit the men on Tuesday.",
        "THA>KHM:17 THA>KHM:05",
    ),
    (
        "NAIROBI",
        "Kenyan police arrested four Ugandan traders at a market. Uganda's foreign ministry said "
        "its consul was permitted to see them on Monday.",
        "KEN>UGA:17 KEN>UGA:05",
    ),
    # ... and a refusal or a visit told in a said-clause joined to the main verb
    (
        "LIMA",
        "Chilean police detained three Peruvian fishermen on Monday. Peru protested the "
        "detentions and said its consul had been refused access to the men.",
        "CHL>PER:17 PER>CHL:11 CHL>PER:12",
    ),
    (
        "TASHKENT",
        "Senegalese police arrested five Uzbek airmen on Friday. Uzbekistan called the arrests a "
        "mistake and said an Uzbek consul was allowed to visit the men on Monday.",
        "SEN>UZB:17 UZB>SEN:11 SEN>UZB:05",
    ),
    # ... not a third state's consul, nor the holder's own diplomats, nor a refusal unsaid
    (
        "DAKAR",
        "Senegalese police arrested five Uzbek airmen on Friday. A Kazakh consul was allowed to "
        "visit the men on Monday.",
        "SEN>UZB:17",
    ),
    (
        "DAKAR",
        "Senegalese police arrested five Uzbek airmen on Friday. Senegalese diplomats were "
        "allowed to attend the hearing.",
        "SEN>UZB:17",
    ),
    (
        "LIMA",
        "Chilean police detained three Peruvian fishermen on Monday. Peru protested the "
        "detentions but did not say whether its consul had been refused access to the men.",
        "CHL>PER:17 PER>CHL:11",
    ),
]
# ... nor people held by gunmen or rebels, nor a state's own citizens
NONE: list[NearMiss] = [
    (
        "ABUJA",
        "Gunmen kidnapped five Uzbek engineers on Friday. An Uzbek consul was allowed to visit "
        "the men on Monday.",
    ),
    (
        "BAMAKO",
        "Rebels captured two Malian soldiers near the border. A Malian envoy was allowed to see "
        "the men.",
    ),
    (
        "DAKAR",
        "Police arrested five Senegalese traders on Friday. A Senegalese consul was allowed to "
        "visit the men.",
    ),
]
GAPS: list[Gap] = [
    (
        "DAKAR",
        "Senegalese police arrested five Uzbek airmen on Friday. A consul from the Uzbek "
        "embassy in Paris was allowed to visit the men on Monday.",
        "SEN>UZB:17 SEN>UZB:05",
        "v.allow_nationals' target (obj_mod) does not read the consul's from-phrase",
    ),
    (
        "DAKAR",
        "Senegalese police arrested five Uzbek airmen on Friday. Uzbekistan's ambassador flew to "
        "Dakar on Monday. He was allowed to see the detainees for an hour.",
        "SEN>UZB:17 UZB>SEN:04 SEN>UZB:05",
        "a pronoun is no object word of v.allow_nationals, so no patient hit is made",
    ),
    (
        "DAKAR",
        "Senegalese police arrested five Uzbek airmen on Friday. Uzbekistan criticized Dakar for "
        "a week of silence during which its consular officers were refused access to the men.",
        "SEN>UZB:17 UZB>SEN:11 SEN>UZB:12",
        "a refusal in a relative clause is no news of the sentence (sides._told)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review323_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review323_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
