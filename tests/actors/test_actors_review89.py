"""Review 89 (session 48, lead): people whose state a nameless phrase beside them tells.

- "ACCRA - ... Lome rejected the complaint. A government spokesman, X, said ...": the bare
role ("a government spokesman") is the body the sentence before had as its subject, and the
name beside it is the same speaker, so the person is that state's too, not the dateline's,
which a person stated with no state takes only for want of another
(Resolver.place_apposed_people); so is a name left with no state that the phrase follows in
  apposition ("Belgrade rejected it. Dusan Ilic, a government spokesman, said":
  _apposed_group_after), but not for an opposition role; so is a spokesperson named after a quotation that opens
  the sentence right after a capital's act ("Belgrade rejected the complaint. '...,'
  government spokesman X said": a capital standing for its government is a body the
  sentence before had as subject, Resolver._bodies_before).
- "Her Bolivian counterpart was unmoved. '...,' said Rodrigo Mamani.": a state's
  "counterpart" (read as a group) that is its sentence's subject is held by the bare name that
  speaks in the next sentence, as a nameless title is (Resolver.link_bare_names,
  _counterpart_subject); a counterpart only met (an object) names no speaker.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

DATELINE = "Border row\n\nTIRANA, Albania (Reuters) - Albania on Monday accused Serbia of closing a crossing.\n\n"


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    from newsgraph.pipeline import process

    result = process(DATELINE + body + "\n", date="2026-04-02")
    return [(q.speaker, q.speaker_code) for q in result.quotes]


def _principal(code: str | None) -> str | None:
    return code[:3] if code else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "state"),
    [
        # the metonym just named is the bare role's body, and so the named spokesman's
        (
            'Belgrade rejected the complaint. A government spokesman, Dusan Ilic, said the '
            'closure was temporary.\n\n"Serbia owes nobody an apology," he said.',
            "SRB",
        ),
        (
            'Belgrade rejected the complaint. A government spokeswoman, Mira Kostic, said '
            '"Serbia owes nobody an apology."',
            "SRB",
        ),
        (
            'Belgrade rejected the complaint. "Serbia owes nobody an apology," government '
            "spokesman Dusan Ilic said.",
            "SRB",
        ),
        (
            'Belgrade rejected the complaint. Dusan Ilic, a government spokesman, said the '
            'closure was temporary.\n\n"Serbia owes nobody an apology," he said.',
            "SRB",
        ),
        # near miss: the dateline's own body just named keeps its spokesman
        (
            'Tirana repeated the complaint. A government spokesman, Arben Hoxha, said the '
            'closure was illegal.\n\n"We want it reopened," he said.',
            "ALB",
        ),
        # near miss: a spokesman of a state told with its state keeps it
        (
            'Belgrade rejected the complaint. Albania\'s government spokesman, Arben Hoxha, '
            'said "We want it reopened."',
            "ALB",
        ),
    ],
)
def test_actors_review89_apposed_spokesman_is_the_role_state(body: str, state: str) -> None:
    speakers = _speakers(body)
    assert speakers, "no quote read"
    assert {_principal(code) for _, code in speakers} == {state}, speakers


@pytest.mark.model
def test_actors_review89_opposition_apposition_gives_no_state() -> None:
    """An opposition lawmaker set after a name speaks for no state's government."""
    speakers = _speakers('Edi Gjoni, an opposition lawmaker, said "We want answers."')
    assert speakers == [("Edi Gjoni", None)], speakers


COUNTERPART = (
    "Talks stall\n\nEcuador accused Colombia of delays. Foreign Minister Lucia Andrade met her "
    "Colombian counterpart in Quito. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            'Her Colombian counterpart was unmoved. "Colombia will not be rushed," said '
            "Tomas Rengifo.",
            "COL",
        ),
        (
            'Her Colombian counterpart disagreed. "We need more time," said Tomas Rengifo.',
            "COL",
        ),
        # near miss: a counterpart only met names no speaker
        ('"Colombia will not be rushed," said Tomas Rengifo.', None),
    ],
)
def test_actors_review89_counterpart_subject_held_by_next_speaker(
    body: str, state: str | None
) -> None:
    from newsgraph.pipeline import process

    result = process(COUNTERPART + body + "\n", date="2026-04-02")
    speakers = [(q.speaker, q.speaker_code) for q in result.quotes]
    assert speakers and all(name == "Tomas Rengifo" for name, _ in speakers), speakers
    assert {_principal(code) for _, code in speakers} == {state}, speakers
