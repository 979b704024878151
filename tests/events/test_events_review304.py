"""Review 304 (session 64, P64): Qatar's emir of 1995-2013 in archival copy.

Stories of his term name Sheikh Hamad bin Khalifa al-Thani with no state at all ("Sheikh Hamad
bin Khalifa al-Thani launched a mediation effort between ..."): office_holders.yaml now lists
him with his dates, as review127 (tests/actors) lists the other past heads of state, so a
story dated in his term gives him Qatar. Near misses: the same name after his abdication,
and "former emir".
"""

from __future__ import annotations

import pytest

from newsgraph import process

pytestmark = pytest.mark.model


def _pairs(text: str, date: str) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.code[:2]) for e in process(text, date=date).events}


def test_review304_emir_in_term_mediates_for_qatar() -> None:
    text = "Sheikh Hamad bin Khalifa al-Thani launched a mediation effort between Bahrain and Oman on Sunday."
    assert _pairs(text, "2002-03-04") == {("QAT", "BHR", "04"), ("QAT", "OMN", "04")}


def test_review304_emir_in_term_visits_for_qatar() -> None:
    assert _pairs("Sheikh Hamad bin Khalifa al-Thani visited Egypt on Monday.", "2008-03-04") == {
        ("QAT", "EGY", "04")
    }


def test_review304_near_miss_after_abdication() -> None:
    assert not _pairs("Sheikh Hamad bin Khalifa al-Thani visited Egypt on Monday.", "2020-03-04")


def test_review304_near_miss_former_emir() -> None:
    text = "Former emir Sheikh Hamad bin Khalifa al-Thani visited Egypt on Monday."
    assert not _pairs(text, "2016-03-04")
