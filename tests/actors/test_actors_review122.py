"""The story's pair told by the headline's act, and examples after "such as" (session 61, P61).

"Chile suspends fishing talks with Peru ... The United Nations said it was in contact with
both governments": with no list of two in the first sentences, the story's pair came only from
the pair named together most (_named_pair), so a third party's aside with one side, named in
more sentences, took it. The headline's main verb names it: its subject and the first party it
acts on, both named again in the lead (plurals._main_pair); the lead's own act when the
headline names no pair.

"a pact the bloc has offered to exporters such as Ghana and Senegal. The two sides agreed":
a list after "such as" names examples, no pair a later plural refers to (plurals.yaml
sample_words), as "mostly to Mali and Guinea" does.

"Salas said Brazil, which has seen a rise in Venezuelans crossing north, had offered ... and
that officials from both countries would meet": the plural's own sentence names three states,
so it fit nothing and the story's pair was taken; a state named only in an aside on another
mention is left out when the rest then fit (plurals._own_set).

The sentences are ours.
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model

DATE = "2026-05-06"

_SEIZURE = (
    "LIMA (Reuters) - Chile on Monday suspended fishing talks with Peru after Lima seized two "
    "Chilean trawlers off its southern coast. Bolivia has long disputed Peru's fishing rules. "
    "Bolivia's foreign ministry criticized the seizure and thanked Chile for its restraint. "
    "Bolivia's consul in Lima was summoned by Peru's foreign ministry on Tuesday after he "
    "criticized the seizure on radio. The United Nations said it was in contact with both "
    "governments.\n"
)


def _coded(text: str) -> list[tuple[str, str, str]]:
    result = process(text, date=DATE)
    return [
        (e.source_actor.principal, e.target_actor.principal, e.code[:2])
        for e in result.events
        if e.source_actor is not None and e.target_actor is not None
    ]


def test_review122_headline_act_names_the_story_pair() -> None:
    coded = _coded("Chile suspends fishing talks with Peru over trawler seizure\n\n" + _SEIZURE)
    assert ("UN", "CHL", "04") in coded and ("UN", "PER", "04") in coded
    assert ("UN", "BOL", "04") not in coded


def test_review122_pair_of_the_sentences_before_stays() -> None:
    # near miss: the two sentences just before are about Bolivia and Peru alone (the
    # story's other party named in neither): that pair, not the headline's
    text = (
        "Chile suspends fishing talks with Peru over trawler seizure\n\n"
        "LIMA (Reuters) - Chile on Monday suspended fishing talks with Peru after Lima seized "
        "two Chilean trawlers off its southern coast. Bolivia's consul in Lima was summoned by "
        "Peru's foreign ministry on Tuesday after he criticized the seizure on radio. Bolivia "
        "has long disputed Peru's fishing rules. The United Nations said it was in contact with "
        "both governments.\n"
    )
    coded = _coded(text)
    assert ("UN", "BOL", "04") in coded and ("UN", "CHL", "04") not in coded


def test_review122_such_as_list_is_no_pair() -> None:
    text = (
        "EU and Kenya hold trade talks\n\nNAIROBI (Reuters) - The European Union held trade "
        "talks with Kenya in Nairobi on Wednesday. Kenya's trade minister said her government "
        "would not sign a tariff pact the bloc has offered to exporters such as Ghana and "
        "Senegal. The two sides agreed to meet again in June.\n"
    )
    coded = _coded(text)
    assert ("EU", "KEN", "03") in coded
    assert not [c for c in coded if "GHA" in c or "SEN" in c], coded


def test_review122_plain_list_is_still_a_pair() -> None:
    # near miss: a list named with no "such as" is the pair "the two countries" refers to
    text = (
        "EU and Kenya hold trade talks\n\nNAIROBI (Reuters) - The European Union held trade "
        "talks with Kenya in Nairobi on Wednesday. Kenya's trade minister said her government "
        "would not sign a tariff pact the bloc signed last year with Ghana and Senegal. The two "
        "countries agreed to meet again in June.\n"
    )
    coded = _coded(text)
    assert ("GHA", "SEN", "03") in coded, coded


def test_review122_state_in_an_aside_is_no_side() -> None:
    # "both countries" in a speaker's report: the speaker's state and the state told in the
    # sentence, not one named only in a relative clause on it, nor the story's pair
    text = (
        "Peru opens border registry as Venezuela protests\n\nLIMA (Reuters) - Peru opened a "
        "registry for Venezuelan migrants at its northern border on Monday, drawing a protest "
        "from Venezuela. Venezuela's foreign ministry accused Peru of treating migrants as "
        "criminals. Peru rejected the accusation. \"We are protecting people,\" Interior "
        "Minister Jorge Salas told reporters.\n\nSalas said Brazil, which has seen a rise in "
        "Venezuelans crossing north, had offered to share its database, and that officials "
        "from both countries would meet in August.\n"
    )
    coded = _coded(text)
    assert ("BRA", "PER", "04") in coded, coded
    assert ("VEN", "PER", "04") not in coded, coded


def test_review122_state_outside_an_aside_stays() -> None:
    # near miss: three states named outside any aside do not fit "both countries"; none is
    # dropped and no pair is taken from the sentence
    text = (
        "Peru opens border registry\n\nLIMA (Reuters) - Peru opened a registry for migrants "
        "at its northern border on Monday. Peru's interior minister, Jorge Salas, said Brazil "
        "had offered to share its database with Venezuela and that officials from both "
        "countries would meet in August.\n"
    )
    coded = _coded(text)
    assert not [c for c in coded if set(c[:2]) == {"BRA", "PER"} and c[2] == "04"], coded
