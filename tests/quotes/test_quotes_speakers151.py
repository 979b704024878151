"""Quote speakers of session 69 (helper O101): a body named "<owner>'s foreign policy
service", and an office owned by "its" after a nationality.

- "The European Union's foreign policy service said it stood 'in full solidarity'": the
  speaker is the service as the article names it ("European Union's foreign policy service"),
  not "European Union's foreign policy" (roles.yaml: "foreign policy service" and "diplomatic
  service" are role nouns, so the whole phrase is one mention of the body; session 64's
  decision 2, the institution as the article first names it). The same mention now carries
  the body's appeal joined to its saying verb ("... and called on Serbia to respect").
- "The boat had twelve Italian sailors aboard. Italy's foreign ministry said its consul ...
  urged": the owner of "its consul" is written from the state's name, never from a
  nationality named before ("Italian's consul"; attribute._state_named_before skips NORP
  mentions).

Near misses: an IGO's titled officer keeps the title ("EU's foreign policy chief"); "its
prime minister" after the state's name keeps that name. Every sentence was written for this
file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
CASES: list[tuple[str, str, str]] = [
    (
        "Serbia\nBRUSSELS - The European Union’s foreign policy service said it stood “in full"
        " solidarity” with France and called on Serbia to respect “the rights of its citizens.”",
        "full solidarity",
        "European Union’s foreign policy service",
    ),
    (
        "Arrest\nLONDON - Britain’s diplomatic service said it was “deeply concerned” about the"
        " arrest of a British teacher in Minsk.",
        "deeply concerned",
        "Britain’s diplomatic service",
    ),
    (
        "Crew\nMADRID - The boat had twelve Italian sailors aboard. Italy’s foreign ministry said"
        " its consul in Halifax was following the case and urged Canada to treat the men “with"
        " respect.”",
        "with respect",
        "Italy's consul",
    ),
]

#: near misses: (text, words, speaker) as before
NEAR: list[tuple[str, str, str]] = [
    (  # a body's officer posted "for" a state named first (actors review154) takes no later
        # spokesman's words: the title before the seat is the apposed name's
        "Loans\nACCRA - The World Bank halted two road loans to Ghana. The bank’s country"
        " director for Ghana, Lena Okafor, said in a statement that an audit had found problems."
        " The bank’s spokesman in Washington, Tom Reyes, said the lender remained “deeply"
        " engaged” in Ghana.",
        "deeply",
        "Tom Reyes",
    ),
    (
        "Arrest\nBRUSSELS - The EU’s foreign policy chief said she was “deeply concerned” about"
        " the arrest.",
        "deeply concerned",
        "EU’s foreign policy chief",
    ),
    (
        "Embassy\nDILI - Timor-Leste closed its embassy in Canberra. Its prime minister said the"
        " move was “temporary.”",
        "temporary",
        "Timor-Leste's prime minister",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES + NEAR)
def test_speakers151_service_and_owner(run: Run, text: str, words: str, speaker: str) -> None:
    """The body's whole name; an "its" owner by the state's name, not a nationality."""
    assert quote_with(run(text), words).speaker == speaker


def test_speakers151_service_appeal_coded() -> None:
    """The service's appeal joined to its saying verb is the EU's (one mention of the body)."""
    from newsgraph.model import RawDocument
    from newsgraph.pipeline import analyse, prepare
    from newsgraph.settings import Settings

    settings = Settings()
    text = CASES[0][0]
    art = prepare(RawDocument("s151", text, (("date", "2026-03-04"),)), settings)
    (res,) = list(analyse([art], settings))
    got = {(e.source, e.target, e.root) for e in res.events}  # type: ignore[union-attr]
    assert ("EU", "SRB", "02") in got, got
