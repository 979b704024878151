"""Actor gaps of session 4, each checked on sentences written for it.

Officials, diplomats and authorities placed in a capital are its state's;
descriptive names of U.N. bodies ("the U.N. health agency" = WHO); "the bloc"
for the bloc the article named, EU only by default; "its" on the object of a
hostile act is not the attacker's; a name in apposition to "his <nationality>
counterpart" or "X's envoy to Y" is a person of that actor. Near misses sit
beside each rule. All sentences are parsed in one batch (see
``test_actors_coverage``).
"""

from __future__ import annotations

import pytest

from test_actors_blind import run_cases
from test_actors_coverage import Case

CASES = (
    # 1. a role placed in a capital: the capital's state, not the sentence's subject
    Case("placed-officials", "Washington's envoy met officials in Kabul on Monday.",
         "officials", "AFG"),
    Case("placed-officials-not-subject", "Washington's envoy met officials in Kabul on Monday.",
         "officials", None, forbid="USA"),
    Case("placed-diplomats", "Diplomats in Beijing said the talks had stalled.", "Diplomats",
         "CHN"),
    Case("placed-authorities", "Authorities in Nairobi arrested three men on Monday.",
         "Authorities", "KEN"),
    Case("placed-two-capitals", "The U.N. envoy said he was in contact with officials in "
         "Kabul and Islamabad.", "officials", "PAK"),
    Case("placed-two-capitals-first", "The U.N. envoy said he was in contact with officials in "
         "Kabul and Islamabad.", "officials", "AFG"),
    Case("placed-capital-and-town", "Officials in Kabul and Kandahar said the road was closed.",
         "Officials", "AFG"),
    # near misses: a place that is no capital, and a role with its own state word
    Case("placed-not-capital", "Police said authorities in Texas had detained him.",
         "authorities", None, forbid="USA"),
    Case("placed-own-adjective", "Chinese officials in Kabul said the mine would reopen.",
         "Chinese officials", "CHN"),
    Case("placed-own-adjective-near", "Chinese officials in Kabul said the mine would reopen.",
         "Chinese officials", None, forbid="AFG"),
    # 2. descriptive names of U.N. bodies
    Case("un-health", "The U.N. health agency warned that cholera was spreading.",
         "U.N. health agency", "WHO"),
    Case("un-health-plain", "The UN health agency said it would send more vaccines.",
         "UN health agency", "WHO"),
    Case("un-refugee", "The U.N. refugee agency said 2,000 people had fled.",
         "U.N. refugee agency", "UN"),
    Case("un-atomic", "The U.N. atomic watchdog said its inspectors had left Iran.",
         "U.N. atomic watchdog", "IAEA"),
    Case("un-humanitarian", "The U.N. humanitarian office said aid convoys were blocked.",
         "U.N. humanitarian office", "UN"),
    Case("un-food", "The U.N. food agency said it would cut rations in Yemen.",
         "U.N. food agency", "UN"),
    # near miss: the health agency is WHO, not the U.N. at large
    Case("un-health-not-un", "The U.N. health agency warned that cholera was spreading.",
         "U.N. health agency", None, forbid="UN"),
    # 3. "the bloc": the bloc named last, else one named later, EU by default
    Case("bloc-au", "The African Union suspended Niger. The bloc said the coup was "
         "unacceptable.", "The bloc", "AU"),
    Case("bloc-au-not-eu", "The African Union suspended Niger. The bloc said the coup was "
         "unacceptable.", "The bloc", None, forbid="EU"),
    Case("bloc-g7", "G7 foreign ministers met in Canada. The bloc pledged more aid to Ukraine.",
         "The bloc", "G7"),
    Case("bloc-regional", "ECOWAS leaders met in Abuja. The regional bloc called for elections.",
         "regional bloc", "ECOWAS"),
    Case("bloc-named-later", "The bloc said it would send observers, the Economic Community "
         "of West African States announced.", "The bloc", "ECOWAS"),
    Case("bloc-eu-named", "The European Union and the African Union met in Brussels. The "
         "European Union later said the bloc would add sanctions.", "the bloc", "EU"),
    Case("bloc-default", "The bloc said it would meet again in March.", "The bloc", "EU"),
    # 4. "its" on the object of a hostile act: the reporter, not the attacker
    Case("its-struck", "Iran said the United States had struck its bases.", "its bases", "IRN"),
    Case("its-struck-not-attacker", "Iran said the United States had struck its bases.",
         "its bases", None, forbid="USA"),
    Case("its-airspace", "Poland said Russia had violated its airspace on Monday.",
         "its airspace", "POL"),
    Case("its-fired-at", "Israel said Iran had fired missiles at its cities.", "its cities",
         "ISR"),
    Case("its-launched-on", "Pakistan said Afghan forces had launched attacks on its border "
         "posts.", "its border", "PAK"),
    Case("its-accused-of", "Poland accused Russia of violating its airspace on Monday.",
         "its airspace", "POL"),
    Case("its-accused-of-near", "Poland accused Russia of violating its airspace on Monday.",
         "its airspace", None, forbid="RUS"),
    Case("bloc-first-named-later", "The bloc agreed new sanctions, European Union officials "
         "said, after talks with the African Union.", "The bloc", "EU"),
    # near misses: a friendly act keeps its subject, and so do "its own" and a lone state
    Case("its-friendly", "Canada recalled its ambassador from Riyadh.", "its ambassador", "CAN"),
    Case("its-own", "Russia said it had struck its own ammunition depot by mistake.",
         "its own", "RUS"),
    Case("its-talks", "Japan said China had held talks on its fishing rights.", "its fishing",
         "CHN"),
    Case("its-lone", "Britain expelled its diplomats on Monday.", "its diplomats", "GBR"),
    # 5. a name in apposition to a counterpart or an envoy to a state
    Case("counterpart-org-label", "Ethiopian Foreign Minister Gedion Timothewos met his "
         "Eritrean counterpart, Yohannes Tekle, in Asmara.", "Yohannes Tekle", "ERI"),
    Case("envoy-to-state", "Ethiopia's envoy to Sudan, Yibeltal Aemero, said the border "
         "would reopen.", "Yibeltal Aemero", "ETH"),
    Case("envoy-to-capital", "Qatar's envoy to Washington, Meshal Al Thani, said talks "
         "would continue.", "Meshal Al Thani", "QAT"),
    # near misses: the envoy is not the state of his post
    Case("envoy-to-state-near", "Ethiopia's envoy to Sudan, Yibeltal Aemero, said the border "
         "would reopen.", "Yibeltal Aemero", None, forbid="SDN"),
    Case("counterpart-near", "Ethiopian Foreign Minister Gedion Timothewos met his "
         "Eritrean counterpart, Yohannes Tekle, in Asmara.", "Yohannes Tekle", None,
         forbid="ETH"),
)


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    return run_cases(list(CASES))


def test_actors_gaps6_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_gaps6_resolves(case: Case, results: dict[str, str | None]) -> None:
    assert results[case.id] is None, f"{case.text}\n{results[case.id]}"
