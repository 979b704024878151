"""Review 104 (session 57, lead): who accepts an invitation.

"Turkey's president invited Kenya's president to Ankara. He accepted": the subject pronoun of an
accepting verb is the one an inviting verb just before had as its object, not the inviter who
was that sentence's subject (pronouns.yaml accepting_verbs, inviting_verbs;
coref._invited_accepter), a person or a title naming no one ("invited the Turkish president"). With no one invited as an object ("was invited by"), the pronoun is
read as before.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _run(text: str):  # type: ignore[no-untyped-def]
    from newsgraph.pipeline import process

    return process(text + "\n", date="2026-05-12")


def _he(text: str) -> str | None:
    result = _run(text)
    found = [m for m in result.mentions if m.kind == "pronoun" and m.text == "He"]
    return found[-1].person if found else None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Visit\n\nANKARA (Reuters) - Turkish President Recep Erdogan invited Kenyan President "
            "William Ruto to Ankara on Tuesday. He accepted, Ruto's office said.",
            "William Ruto",
        ),
        (
            "Talks\n\nNAIROBI (Reuters) - Egypt's foreign minister phoned his Kenyan counterpart "
            "Musalia Mudavadi on Tuesday and invited him to Cairo for talks. He accepted the "
            "invitation, Kenya's foreign ministry said.",
            "Musalia Mudavadi",
        ),
        # near miss: the one invited is the subject of a passive, read as before
        (
            "Visit\n\nANKARA (Reuters) - Turkish President Recep Erdogan was invited to Nairobi by "
            "Kenyan President William Ruto on Tuesday. He accepted, Erdogan's office said.",
            "Recep Erdogan",
        ),
        # near miss: no accepting verb, read as before (the sentence before's subject)
        (
            "Visit\n\nANKARA (Reuters) - Turkish President Recep Erdogan invited Kenyan President "
            "William Ruto to Ankara on Tuesday. He said the two would discuss trade.",
            "Recep Erdogan",
        ),
    ],
)
def test_review104_invited_accepts(text: str, person: str) -> None:
    assert _he(text) == person


def test_review104_a_nameless_title_invited_accepts() -> None:
    """The one invited may be a title naming no one ("the Turkish president")."""
    result = _run(
        "Visit\n\nSOFIA (Reuters) - Romania's prime minister Elena Ionescu thanked Turkey for its "
        "help on Tuesday and invited the Turkish president to visit Bucharest next year. He "
        "accepted, his office said."
    )
    events = {(e.source, e.target, e.root) for e in result.events}
    assert ("TUR", "ROU", "03") in events, events


def test_review104_acceptance_is_coded_from_the_invited() -> None:
    result = _run(
        "Visit\n\nANKARA (Reuters) - Turkish President Recep Erdogan invited Kenyan President "
        "William Ruto to Ankara on Tuesday. He accepted, Ruto's office said."
    )
    events = {(e.source, e.target, e.root) for e in result.events}
    assert ("KEN", "TUR", "03") in events, events
