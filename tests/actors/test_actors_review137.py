"""Actors review 137 (session 65, A65): a bare organ last told as a pronoun's own.

"Cape Verde will train its coast guard ... off the coast of Senegal ... the coast guard
arrested" gave "the coast guard" Senegal, the state named nearest: find_bare_roles runs before
pronouns are resolved. Resolver.own_told_organs gives it the state of the pronoun that owned
the same words last ("its coast guard"), and a later bare telling the same state.

Near misses: a telling with another owner in between ("China's coast guard"), a modifier
("its military cooperation program"), an IGO's pronoun.
"""

from __future__ import annotations

import pytest

from test_actors_review134 import principals

pytestmark = pytest.mark.model


def test_review137_organ_takes_its_pronouns_state() -> None:
    text = (
        "PRAIA (AP) - Cape Verde will train its coast guard. The islands lie off the coast of "
        "Senegal. Last month, the coast guard arrested seven Brazilian fishermen."
    )
    assert principals(text, "the coast guard") == ["CPV"]


def test_review137_later_bare_telling_follows() -> None:
    text = (
        "Fiji will buy two boats for its coast guard. The islands lie east of Vanuatu. The "
        "coast guard arrested nine fishermen. Vanuatu protested, and the coast guard said "
        "the boat was in Fijian waters."
    )
    assert principals(text, "coast guard", part=True) == ["FJI", "FJI"]


def test_review137_near_miss_other_owner_between() -> None:
    text = (
        "Japan will train its coast guard. China's coast guard rammed a Philippine boat on "
        "Monday. The coast guard then detained its 12 Filipino crew."
    )
    assert principals(text, "The coast guard") == ["CHN"]


def test_review137_near_miss_modifier() -> None:
    text = (
        "Portugal suspended its military cooperation program with Guinea-Bissau. The U.N. "
        "chief urged the military to return to the barracks."
    )
    assert principals(text, "the military") == ["GNB"]


def test_review137_near_miss_igo_pronoun() -> None:
    text = (
        "BRUSSELS (Reuters) - NATO will move its forces closer to Latvia on Monday. Russia "
        "protested. The forces will exercise with Estonian troops next month."
    )
    assert "NATO" not in principals(text, "The forces")
