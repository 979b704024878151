"""Actor references from set 5's miss categories (session 6), each checked on
sentences written for it, with near misses.

A bare "the military", "the junta", "the government" or "the country" that a
state addresses (urges, sanctions, talks with, cuts aid to) is the nearest other
state in reach (not an argument of the same verb); a state's own forces used as its
instrument stay its own, and a bare subject never takes a state named after it
("the junta" unaddressed is the state of an earlier "Niger's junta", else none).
People and organs of an IGO: "United Nations experts", "IAEA inspectors",
"lawmakers in the European Parliament" act for the IGO; the African Union's
Peace and Security Council is the AU, only the UN's own Security Council is UN.
A court outside the guidelines' IGO list (the ICJ) is no party to events. A
title other states share ("Foreign Secretary") takes the article's state when
it is one of them. A subject "it" of a reported clause is the reporting state
("India, which Pakistan accused, said it would respond"); an object "it" is
never the subject of its own verb or of the verb controlling it. All sentences are parsed in one batch (see
``test_actors_coverage``).
"""

from __future__ import annotations

import pytest

from test_actors_blind import run_cases
from test_actors_coverage import Case

CASES = (
    # an addressed bare role: the other state in reach
    Case("urged-military-place", "Troops surrounded the presidential palace in Guinea-Bissau "
         "on Sunday. Senegal urged the military to restore civilian rule.", "the military",
         "GNB"),
    Case("urged-military-actor", "Sudan's army shelled villages in Darfur on Monday. Kenya "
         "urged the military to return to talks.", "the military", "SDN"),
    Case("aid-to-junta", "Soldiers seized power in Niger last month. The African Union "
         "suspended Niger on Friday. France said it had cut aid to the junta.", "the junta",
         "NER"),
    Case("sanctions-on-junta", "Myanmar's junta released 300 prisoners on Monday. Thailand "
         "welcomed the move. The United States said it would keep sanctions on the junta.",
         "the junta", "MMR"),
    Case("urged-junta-subject-first", "Mali's military government expelled the French "
         "ambassador on Monday. The European Union condemned the decision and urged the "
         "junta to reconsider.", "the junta", "MLI"),
    Case("ties-with-country", "Japan and the Philippines signed a defense pact on Friday. "
         "Beijing warned Manila against closer ties with the country.", "the country", "JPN"),
    Case("called-on-regime", "Belarus jailed three opposition leaders on Tuesday. Poland "
         "called on the regime to free them.", "the regime", "BLR"),
    # near misses: the state's own instrument, a bare subject, an unaddressed "the country"
    Case("deployed-own-army", "Chad closed its border with Sudan on Monday. Chad also "
         "deployed the army along the frontier.", "the army", "TCD"),
    Case("deployed-own-army-not-other", "Chad closed its border with Sudan on Monday. Chad "
         "also deployed the army along the frontier.", "the army", None, forbid="SDN"),
    Case("junta-named-before", "Niger's junta seized power in July. The junta expelled the "
         "French ambassador on Monday.", "The junta", "NER"),
    Case("junta-subject-not-fra", "Soldiers seized power in Niger in July. The junta "
         "expelled the French ambassador on Monday.", "The junta", None, forbid="FRA"),
    Case("junta-after-rulers", "Mali's military rulers ordered the Algerian ambassador to "
         "leave on Thursday. The junta gave the envoy 72 hours.", "The junta", "MLI"),
    Case("junta-after-rulers-not-dza", "Mali's military rulers ordered the Algerian ambassador "
         "to leave on Thursday. The junta gave the envoy 72 hours.", "The junta", None,
         forbid="DZA"),
    Case("junta-after-rulers-addressed", "Mali's military rulers expelled the Algerian "
         "ambassador. Algeria's foreign ministry summoned Mali's envoy in Algiers. The African "
         "Union urged the junta to restore civilian rule.", "the junta", "MLI"),
    Case("junta-not-earlier-prep", "Germany sent a warm word from Berlin for the junta. The "
         "junta ordered U.S. troops out of the country.", "The junta", None, forbid="DEU"),
    Case("country-unaddressed", "Japan and the Philippines signed a defense pact on Friday. "
         "The country has built new naval bases.", "The country", None, forbid="PHL"),
    # people and organs acting for an IGO
    Case("un-experts", "United Nations experts have accused Rwanda of backing the rebels.",
         "United Nations experts", "UN"),
    Case("iaea-inspectors", "IAEA inspectors reported that Iran had enriched more uranium.",
         "IAEA inspectors", "IAEA"),
    Case("lawmakers-in-ep", "Lawmakers in the European Parliament voted on Wednesday to "
         "approve the trade deal with Vietnam.", "Lawmakers", "EU"),
    Case("lawmakers-in-ep-not-vnm", "Lawmakers in the European Parliament voted on Wednesday "
         "to approve the trade deal with Vietnam.", "Lawmakers", None, forbid="VNM"),
    Case("au-psc", "The African Union's Peace and Security Council suspended Guinea-Bissau on "
         "Tuesday.", "Peace and Security Council", "AU", dateline="ADDIS ABABA"),
    Case("au-psc-not-un", "The African Union's Peace and Security Council suspended "
         "Guinea-Bissau on Tuesday.", "Peace and Security Council", None, forbid="UN",
         dateline="ADDIS ABABA"),
    Case("au-psc-council", "The African Union's Peace and Security Council suspended "
         "Guinea-Bissau on Tuesday. The council also urged the junta to free the president.",
         "The council", "AU"),
    Case("un-security-council", "The AU Peace and Security Council met on Monday. The U.N. "
         "Security Council will meet on Friday.", "The U.N. Security Council", "UN"),
    Case("un-rights-office", "The U.N. rights office criticized the deal on Tuesday. Its "
         "spokeswoman, Clara Mendes, said Italy had ignored warnings.", "Clara Mendes", "UN",
         dateline="GENEVA"),
    Case("un-rights-office-not-che", "The U.N. rights office criticized the deal on Tuesday. "
         "Its spokeswoman, Clara Mendes, said Italy had ignored warnings.", "Clara Mendes",
         None, forbid="CHE", dateline="GENEVA"),
    Case("european-lawmakers", "The European Parliament approved the trade pact with "
         "Indonesia on Wednesday. The European lawmakers also urged Jakarta to protect "
         "forests.", "European lawmakers", "EU"),
    Case("spokeswoman-for-igo-she", "Clara Mendes, a spokeswoman for the U.N. human rights "
         "office, said the returns broke international law. She urged Rome to suspend the "
         "deal.", "She urged", "UN", dateline="GENEVA"),
    Case("chinese-experts-no-state", "Chinese experts said the dam was safe.",
         "experts", None, forbid="CHN"),
    # a court outside the IGO list is no party; its judges keep their body
    Case("icj-no-party", "Guyana has asked the International Court of Justice to rule on the "
         "border.", "the International Court of Justice", None, forbid="ICJ"),
    Case("icc-party", "Hungary said it would leave the International Criminal Court.",
         "International Criminal Court", "ICC"),
    Case("its-title-object-appos", "India and Bangladesh held talks in New Delhi. Bangladesh "
         "sent its foreign secretary, Nasrin Akter.", "Nasrin Akter", "BGD",
         dateline="NEW DELHI"),
    Case("its-title-object-appos-not-ind", "India and Bangladesh held talks in New Delhi. "
         "Bangladesh sent its foreign secretary, Nasrin Akter.", "Nasrin Akter", None,
         forbid="IND", dateline="NEW DELHI"),
    # a shared title takes the article's state when it is one of the states using it
    Case("foreign-secretary-delhi", "Foreign Secretary Rohan Sethi said the talks were useful.",
         "Rohan Sethi", "IND", dateline="NEW DELHI"),
    Case("foreign-secretary-not-gbr", "Foreign Secretary Rohan Sethi said the talks were "
         "useful.", "Rohan Sethi", None, forbid="GBR", dateline="NEW DELHI"),
    Case("foreign-secretary-london", "Foreign Secretary David Lammy said Britain would send "
         "aid to Sudan.", "David Lammy", "GBR", dateline="LONDON"),
    Case("foreign-secretary-washington", "Foreign Secretary David Lammy met Secretary of State "
         "Marco Rubio on Monday.", "David Lammy", "GBR", dateline="WASHINGTON"),
    # "it" after a state subject stays that state
    Case("it-stays-subject", "Pakistan fired shells across the border on Sunday. India said it "
         "would respond firmly if Pakistan attacked again.", "it would", "IND"),
    Case("it-reporter-past-relative", "India, which Pakistan accused of the attack, said it "
         "would respond.", "it would", "IND"),
    Case("it-reporter-not-relative-subject", "India, which Pakistan accused of the attack, "
         "said it would respond.", "it would", None, forbid="PAK"),
    Case("it-reporter-after-clause", "After Pakistan closed its airspace, India said it would "
         "do the same.", "it would", "IND"),
    Case("it-object-not-own-subject", "Pakistan criticized the talks, saying New Delhi was "
         "trying to isolate it.", "isolate it", "PAK"),
    Case("it-object-not-own-subject-ind", "Pakistan criticized the talks, saying New Delhi was "
         "trying to isolate it.", "isolate it", None, forbid="IND"),
    Case("country-nearest-not-subject", "Washington raised concerns with the Georgian "
         "government. Russia, which fought a war with the country in 2008, said the EU was "
         "meddling.", "the country", "GEO"),
    Case("it-not-previous-object", "China criticized Japan on Monday. India said it would send "
         "a delegation to Tokyo.", "it would", "IND"),
)


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    return run_cases(list(CASES))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_refs4_case(case: Case, results: dict[str, str | None]) -> None:
    assert results[case.id] is None, results[case.id]
