"""Actors review 146 (session 67, A67): a bare role as the by-agent of a passive is none of
its patient's states.

"MANAGUA — A Lithuanian priest was detained by police in the northern city of Esteli": a bare
role ("police", "the coast guard") takes a state subject of its sentence first
(Resolver._recent_state), and the passive's subject is the detained, so the police were
Lithuania's and the arrest coded nothing. The states named in the subject of the passive whose
by-agent the role is are now no candidate (Resolver._agent_patients): the place, the dateline
or the sentence before decides; the patient's state stays only when nothing else and no
article state is there.

Near misses: an active clause ("Police detained a Lithuanian priest") and a by-agent of a
passive whose subject names no state keep what they took.
"""

from __future__ import annotations

import pytest

from test_actors_review134 import principals

pytestmark = pytest.mark.model


def test_review146_police_agent_takes_the_place() -> None:
    text = (
        "MANAGUA (AP) - A Lithuanian priest was detained by police in the northern city of "
        "Esteli on Friday."
    )
    assert principals(text, "police") == ["NIC"]


def test_review146_police_agent_takes_the_dateline() -> None:
    text = (
        "MALE (AFP) - A Swedish journalist was detained by police on the island of Thilafushi "
        "on Monday."
    )
    assert principals(text, "police") == ["MDV"]


def test_review146_coast_guard_agent_takes_the_state_before() -> None:
    text = (
        "Ghana said on Monday it would protect its fishing grounds. Two Togolese fishermen were "
        "arrested by the coast guard off Keta."
    )
    assert principals(text, "the coast guard") == ["GHA"]


def test_review146_near_miss_active_clause() -> None:
    text = "MANAGUA (AP) - Police detained a Lithuanian priest in Esteli on Friday."
    assert principals(text, "Police") == ["NIC"]


def test_review146_near_miss_patient_names_no_state() -> None:
    text = "MALE (AFP) - Two protesters were detained by police on Monday."
    assert principals(text, "police") == ["MDV"]


def test_review146_near_miss_only_the_patients_state() -> None:
    text = "A Lithuanian man was arrested by police in Vilnius on Friday."
    assert principals(text, "police") == ["LTU"]


def test_review146_near_miss_two_states_before() -> None:
    text = (
        "Kenya held border talks with Uganda on Monday. A Somali trader was arrested by police "
        "on Friday."
    )
    assert principals(text, "police") != ["KEN"]
